# SPDX-License-Identifier: GPL-2.0-or-later
"""layouts.py - how the generated minutes look on the page: the four
layouts of the real minutes in corpus/ (Region "Punkt N:" with a table
of contents and sections; Herning "Sagsnr.: ... Sagsbehandler:" blocks
with committee-code columns; Odense "1." and "3a)" with wrapped,
hyphenated lines; Fredericia "N." with "Bilag N:" lines), each writing a
meeting's planned items (generate.py's Meeting) through its Writer.
Apart from generate.py, which decides what a meeting says and writes
the files."""
import vocab


def cap(s):
    return s[:1].upper() + s[1:]


def wrap(text, width, rng, hyph_p):
    """Break `text` into lines of at most ~width characters the way PDF
    extraction does, now and then splitting a long word with a hyphen."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if not w:
            continue
        if not cur:
            cur = w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w
            continue
        room = width - len(cur) - 2
        if len(w) >= 8 and room >= 3 and w.isalpha() and rng.f() < hyph_p:
            k = min(room, len(w) - 3)
            k = max(3, k - rng.below(3))
            lines.append(cur + " " + w[:k] + "-")
            cur = w[k:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


MIX_CASE = (3, 4, 3)      # Sagsfremstilling: template, seed, prose
MIX_DECISION = (6, 3, 1)  # Beslutning
MIX_SHORT = (4, 4, 2)


def fill(m, theme, budget, mix, first_short=False):
    """Paragraphs adding up to about `budget` bytes."""
    paras, used = [], 0
    while used < budget and len(paras) < 40:
        if m.rng.f() < 0.12:
            p = m.bullets(theme)
        else:
            p = m.paragraph(theme, mix, 1 if first_short else 2, 6)
        first_short = False
        paras.append(p)
        used += sum(len(x) + 3 for x in p) if isinstance(p, list) \
            else len(p) + 2
    return paras


def layout_region(m, plan, w):
    r = m.rng
    d = m.date
    w.put("\n\nREFERAT %s d. %02d-%02d-%d\n\n" % (m.body, d.day, d.month,
                                                   d.year))
    w.put("Mødedato %s d. %s kl. %02d:00\n\n" % (
        vocab.UGEDAGE[d.weekday()], m.date_text(d), r.between(9, 16)))
    w.put("Mødested %s\n\n" % m.place)
    w.put("Indholdsfortegnelse\n\n")
    page = 3
    for t, _, _, _ in plan:
        w.put("%s.....\t%d\n" % (t, page))
        page += r.between(1, 3)
    w.put("\n")
    journal = "%d-%02d-%02d-%02d-%02d" % (r.between(1, 9), r.between(1, 30),
                                           r.between(1, 99), r.between(1, 30),
                                           r.between(10, 30))
    for i, (t, theme, kind, budget) in enumerate(plan, 1):
        w.start_item(str(i), t)
        w.put("Punkt %d: %s\n\n%s\n\n" % (i, t, journal))
        if kind == "theme":
            w.put("Resume\n\n%s\n\n" % m.paragraph(theme, MIX_SHORT, 1, 3))
            w.put("Indstilling\n\nDet indstilles,\n\nat %s drøfter %s.\n\n"
                  % (m.body, m.theme_word(theme)))
        w.put("Sagsfremstilling\n\n")
        for p in fill(m, theme, budget * 0.6, MIX_CASE):
            if isinstance(p, list):
                w.put("".join("- %s\n" % b for b in p) + "\n")
            else:
                w.put(p + "\n\n")
        w.put("Beslutning\n\n")
        dec = fill(m, theme, budget * 0.3, MIX_DECISION, True)
        if kind == "fixed" and r.f() < 0.5:
            dec = [r.pick(vocab.BESLUTNINGER)]
        for p in dec:
            if isinstance(p, list):
                w.put("".join("- %s\n" % b for b in p) + "\n")
            else:
                w.put(p + "\n\n")
        if kind == "theme" and r.f() < 0.6:
            w.put("Bilag\n\n")
            for _ in range(r.between(1, 3)):
                w.put(cap(r.pick(vocab.BILAG).format(
                    x=m.theme_word(theme), raad=m.body, aar=m.year)) + "\n\n")
    w.end_item()
    w.put("Alle var mødt, undtagen %s, der havde meldt afbud.\n\n"
          "Mødet startede kl. 10.00 og sluttede kl. 13.00.\n"
          % (", ".join(m.absent) or "ingen"))


CODES = ("DIR", "FOU", "BFU", "SOS", "BSK", "KFU", "BYP", "TMU", "ØKE", "BYR")
NBSP = "\u00a0"


def layout_herning(m, plan, w):
    r = m.rng
    w.put("Dagsordener og referater\n\nUdvalg: %s\nMødedato: %s\n"
          "Mødested: %s\n\nDagsordenpunkter\n\n"
          % (m.body_short, m.date_text(m.date), m.place))
    sep = "\n\n%s\n\n" % NBSP
    handler = r.pick(m.staff)
    for i, (t, theme, kind, budget) in enumerate(plan, 1):
        w.start_item(str(i), t)
        w.put("Sagsnr.: %02d.%02d.%02d-%s%02d-%d-%02d Sagsbehandler: %s %s\n\n"
              % (r.between(0, 29), r.between(0, 40), r.between(0, 20),
                 r.pick("AGPK"), r.between(0, 40), r.between(1, 400),
                 m.year % 100, handler, NBSP))
        w.put("%s\n\n" % t)
        if r.f() < 0.5:
            w.put("\n\n".join(CODES) + "\n\n")
            ticks = [NBSP] * 11
            if r.f() < 0.5:
                ticks[r.below(11)] = " x"
            w.put("\n\n".join(" " + x if x == NBSP else x for x in ticks)
                  + "\n\n")
            w.put("Øvrige sagsbehandlere: -\n\n")
        if kind == "theme":
            w.put("Sagsresume\n\n%s%s" % (m.paragraph(theme, MIX_SHORT, 1, 3),
                                          sep))
        w.put("Sagsfremstilling\n\n")
        for p in fill(m, theme, budget * 0.6, MIX_CASE):
            if isinstance(p, list):
                w.put("".join(" • %s\n" % b for b in p) + sep.lstrip("\n"))
            else:
                w.put(p + sep)
        if kind == "theme":
            w.put("Indstilling\n\n%s\n\nat orienteringen tages til "
                  "efterretning.\n\n" % r.pick((
                      "Det indstilles", "Direktøren for Social, Sundhed og "
                      "Beskæftigelse indstiller,",
                      "Forvaltningen indstiller,")))
        w.put("Beslutning\n\n")
        for p in fill(m, theme, budget * 0.3, MIX_DECISION, True):
            if isinstance(p, list):
                w.put("".join(" • %s\n" % b for b in p) + "\n")
            else:
                w.put(p + "\n\n")
        w.put("Bilag\n\n%s\n\n" % NBSP)
    w.end_item()


def put_wrapped(w, m, text, width, hyph_p, lead=""):
    for line in wrap(lead + text, width, m.rng, hyph_p):
        w.put(line + " \n")


def layout_odense(m, plan, w):
    r = m.rng
    width = r.between(62, 72)
    w.put(" Kære Rådsmedlemmer \n\nReferat for møde i %s d. %s \n"
          "kl. %d.30 – %d.30 \n \n" % (m.body, m.date_text(m.date),
                                       r.between(13, 16), r.between(17, 19)))
    put_wrapped(w, m, "Mødet blev afholdt på %s." % m.place, width, 0.5)
    w.put(" \n")
    put_wrapped(w, m, "Deltagere: " + ", ".join(
        x for x in m.members if x not in m.absent), width, 0.4)
    w.put("\n \n\n")
    if m.absent:
        put_wrapped(w, m, "Afbud: " + ", ".join(m.absent), width, 0.4)
        w.put("\n \n\n")
    sub_at = r.between(2, max(2, len(plan) - 2)) if r.f() < 0.5 else -1
    page, pages = 1, max(2, len(plan) // 2)
    for i, (t, theme, kind, budget) in enumerate(plan, 1):
        w.start_item(str(i), t)
        w.put("\n%d. %s  \n" % (i, t))
        if i == sub_at:
            subs = [(chr(ord("a") + k), m.title(theme))
                    for k in range(r.between(2, 4))]
            w.put("\nHvert punkt har fået sin egen overskrift %s.  \n\n \n\n"
                  % ", ".join("%d%s" % (i, s) for s, _ in subs))
            for s, st in subs:
                w.put("• %d%s: %s \n\n" % (i, s, st))
            w.put(" \n\n")
            for s, st in subs:
                w.start_item("%d%s" % (i, s), st)
                w.put(" %d%s) %s \n\n" % (i, s, st))
                for p in fill(m, theme, budget / len(subs), MIX_CASE):
                    if isinstance(p, list):
                        for b in p:
                            put_wrapped(w, m, b, width, 0.3, "• ")
                            w.put("\n")
                    else:
                        put_wrapped(w, m, p, width, 0.35)
                    w.put(" \n\n")
            continue
        if kind == "fixed" and r.f() < 0.6:
            w.put("%s \n \n" % r.pick(vocab.BESLUTNINGER))
            continue
        for p in fill(m, theme, budget, MIX_CASE, True):
            if isinstance(p, list):
                for b in p:
                    put_wrapped(w, m, b, width, 0.3, "• ")
                    w.put("\n")
            else:
                put_wrapped(w, m, p, width, 0.35)
            w.put(" \n")
        if r.f() < 0.25 and page < pages:
            page += 1
            w.put("\n\n   \n  %d/%d \n\n" % (page, pages))
    w.end_item()


def layout_fredericia(m, plan, w):
    r = m.rng
    width = r.between(88, 98)
    d = m.date
    w.put("\n \n \n \n \n\nMødedato: %d.%d.%02d \n \n\nMødetidspunkt: %d-%d \n"
          " \n\nSted: %s \n \n\nDeltagere:  \n \n"
          % (d.day, d.month, d.year % 100, r.between(9, 16),
             r.between(17, 19), m.place))
    put_wrapped(w, m, "Medlemmer: " + ", ".join(m.members) + ".", width, 0.4)
    w.put(" \n")
    put_wrapped(w, m, "Forvaltningen: " + ", ".join(m.staff), width, 0.4)
    w.put(" \n")
    if m.absent:
        put_wrapped(w, m, "Afbud: " + ", ".join(m.absent), width, 0.4)
    w.put("\n \n\n \n\nDagsorden \n \n\n")
    bilag = 1
    for i, (t, theme, kind, budget) in enumerate(plan, 1):
        w.start_item(str(i), t)
        w.put("%d. %s  \n \n" % (i, t))
        if kind == "fixed":
            w.put("%s \n \n" % r.pick(vocab.BESLUTNINGER))
            if r.f() < 0.4:
                w.put("Bilag %d: %s  \n\n" % (bilag, cap(r.pick(
                    vocab.BILAG).format(x=m.theme_word(theme), raad=m.body,
                                        aar=m.year))))
                bilag += 1
            w.put("  \n")
            continue
        paras = fill(m, theme, budget * 0.7, MIX_CASE, True)
        for k, p in enumerate(paras):
            if isinstance(p, list):
                for b in p:
                    w.put("- %s \n" % b)
                w.put(" \n")
                continue
            lead = ""
            if k == len(paras) - 1:
                lead = "Drøftelsens hovedpointer: "
            put_wrapped(w, m, p, width, 0.4, lead)
            w.put(" \n")
        if r.f() < 0.5:
            for _ in range(r.between(1, 3)):
                w.put("Bilag %d: %s \n" % (bilag, cap(r.pick(
                    vocab.BILAG).format(x=m.theme_word(theme), raad=m.body,
                                        aar=m.year))))
                bilag += 1
            w.put(" \n")
        if r.f() < 0.6:
            put_wrapped(w, m, m.paragraph(theme, MIX_DECISION, 1, 2), width,
                        0.4, "Beslutning: ")
            w.put(" \n")
        w.put("\n")
    w.end_item()


LAYOUTS = {"region": layout_region, "herning": layout_herning,
           "odense": layout_odense, "fredericia": layout_fredericia}
