#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""generate.py - deterministic synthetic council minutes for benchmarks.

  python3 bench/gen/generate.py --size 50MB --out DIR [--seed 1]

Writes one meeting per file, <council>-<date>.txt, 5-40 KB each, until the
total reaches --size, in the four layouts of the real minutes in corpus/
(Region "Punkt N:" with a table of contents and Resume/Indstilling/
Sagsfremstilling/Beslutning sections; Herning "Sagsnr.: ... Sagsbehandler:"
blocks with committee-code columns; Odense "1." and "3a)" with wrapped,
hyphenated lines; Fredericia "N." with "Bilag N:" lines), for real Danish
municipalities and regions, dated 2010-2026. The text is real Danish:
sentences of the seed minutes (names of places and councils swapped),
sentences of Danish prose from Debian documentation packages (see pool.py)
and council sentences built from hand-written templates and theme words
(vocab.py). Never random letters.

Also writes DIR/MANIFEST.tsv: one row per agenda item with the file, the
label, the title, authority, council, date and the item's byte range
(start, end) in the file, so peers can index exactly the same items.
The same --seed, --size, corpus and package versions give the same bytes;
a rerun with the same parameters finds DIR/.generated and does nothing.
"""
import argparse
import datetime
import glob
import hashlib
import math
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pool  # noqa: E402
import vocab  # noqa: E402
from layouts import LAYOUTS, MIX_CASE, cap  # noqa: E402

GEN_VERSION = "1"
FILE_MIN = 5 * 1024
FILE_MAX = 40 * 1024
DATE_FIRST = datetime.date(2010, 1, 1)
DATE_LAST = datetime.date(2026, 12, 31)


def parse_size(text):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*", text, re.I)
    if not m:
        raise argparse.ArgumentTypeError("size like 50MB, 500KB, 1GB: %r"
                                         % text)
    mult = {"": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}
    return int(float(m.group(1)) * mult[m.group(2).upper()])


class Rng:
    """Only random() of Python's Mersenne Twister, which is stable across
    Python versions; the helpers below are ours."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def f(self):
        return self.r.random()

    def below(self, n):
        return min(int(self.r.random() * n), n - 1)

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def between(self, lo, hi):  # inclusive
        return lo + self.below(hi - lo + 1)

    def weighted(self, items, weights):
        t = self.f() * sum(weights)
        for it, w in zip(items, weights):
            t -= w
            if t < 0:
                return it
        return items[-1]

    def sample(self, seq, k):
        idx = list(range(len(seq)))
        out = []
        for _ in range(min(k, len(seq))):
            out.append(seq[idx.pop(self.below(len(idx)))])
        return out


def slug(s):
    s = s.lower()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("é", "e")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def genitive(s):
    return s if s.endswith("s") else s + "s"


# ---- the meeting's identity -----------------------------------------------

class Meeting:
    def __init__(self, rng, pools):
        self.rng = rng
        self.pools = pools
        if rng.f() < 0.12:
            reg = rng.pick(vocab.REGIONER)
            self.authority = "Region " + reg
            self.town = vocab.REGION_SEATS[reg]
            bodies = vocab.BODIES_REGION
            self.layout = "region"
        else:
            self.town = rng.pick(vocab.KOMMUNER)
            self.authority = self.town + " Kommune"
            bodies = vocab.BODIES_KOMMUNE
            self.layout = rng.weighted(
                ("region", "herning", "odense", "fredericia"), (1, 3, 3, 3))
        b = rng.weighted(bodies, [x[3] for x in bodies])
        self.body, self.body_short, self.body_slug = b[0], b[1], b[2]
        if self.layout == "region" and self.authority.startswith("Region"):
            self.council = "%s %s" % (genitive(self.authority),
                                      self.body_short)
        else:
            self.council = "%s, %s" % (self.body, self.authority)
        days = (DATE_LAST - DATE_FIRST).days
        d = DATE_FIRST + datetime.timedelta(days=rng.below(days + 1))
        while d.weekday() > 3:  # meetings Monday to Thursday
            d -= datetime.timedelta(days=1)
        self.date = d
        self.year = d.year
        self.themes = rng.sample(sorted(vocab.TEMAER), 6)
        self.members = [self.person() for _ in range(rng.between(6, 12))]
        self.staff = [self.person() for _ in range(rng.between(1, 3))]
        self.absent = rng.sample(self.members, rng.between(0, 4))
        self.place = self.make_place()
        self._subst = self._make_subst()

    def person(self):
        r = self.rng
        names = vocab.FORNAVNE_K if r.f() < 0.5 else vocab.FORNAVNE_M
        n = r.pick(names)
        if r.f() < 0.2:
            n += " " + r.pick(names)
        return n + " " + r.pick(vocab.EFTERNAVNE)

    def make_place(self):
        r = self.rng
        s = r.pick(vocab.STEDER).format(n=r.between(1, 9), m=r.between(1, 40))
        if r.f() < 0.6:
            s += ", %s %d, %d %s" % (r.pick(vocab.GADER), r.between(1, 120),
                                     r.between(1000, 9990), self.town)
        return s

    def _make_subst(self):
        town, auth, body = self.town, self.authority, self.body
        pairs = [
            ("Region Midtjyllands", genitive(auth)),
            ("Region Midtjylland", auth),
            ("Herning Kommunes", genitive(auth)),
            ("Odense Kommunes", genitive(auth)),
            ("Fredericia Kommunes", genitive(auth)),
            ("Herning Kommune", auth), ("Odense Kommune", auth),
            ("Fredericia Kommune", auth),
            ("Herning", town), ("Odense", town), ("Fredericia", town),
            ("Udsatterådets", genitive(body)), ("Udsatterådet", body),
            ("Udsatteråd", self.body_short),
        ]
        pat = re.compile("|".join(re.escape(a) for a, _ in pairs))
        table = dict(pairs)
        return lambda s: pat.sub(lambda m: table[m.group(0)], s)

    # ---- sentences ---------------------------------------------------------

    def theme_word(self, theme):
        return self.rng.pick(vocab.TEMAER[theme])

    def template(self, theme):
        r = self.rng
        t = r.pick(vocab.SAETNINGER)
        other = r.pick(self.themes)
        vals = {
            "Raad": self.body, "raad": self.body,
            "raads": genitive(self.body), "kommune": self.authority,
            "by": self.town, "x": self.theme_word(theme),
            "y": self.theme_word(other if r.f() < 0.4 else theme),
            "Navn": r.pick(self.members + self.staff),
            "org": r.pick(vocab.ORGANISATIONER),
            "Forv": r.pick(vocab.FORVALTNINGER),
            "aar": str(self.year + r.between(-1, 1)),
            "tal": str(r.between(2, 95)),
            "dato": self.date_text(self.date + datetime.timedelta(
                days=r.between(20, 120))),
            "maaned": r.pick(vocab.MAANEDER),
        }
        return cap(t.format(**vals))

    def sentence(self, theme, mix):
        """One sentence: a template, a seed sentence or a prose sentence,
        with probabilities mix = (template, seed, prose)."""
        src = self.rng.weighted(("t", "s", "p"), mix)
        if src == "t":
            return self.template(theme)
        if src == "s":
            return self._subst(self.rng.pick(self.pools["seed"]))
        return self.rng.pick(self.pools["prose"])

    def paragraph(self, theme, mix, lo=2, hi=6):
        n = self.rng.between(lo, hi)
        return " ".join(self.sentence(theme, mix) for _ in range(n))

    def bullets(self, theme, n=None):
        r = self.rng
        n = n or r.between(3, 6)
        out = []
        for _ in range(n):
            if r.f() < 0.5:
                out.append(cap(self.theme_word(theme)))
            else:
                s = self.template(theme)
                out.append(s)
        return out

    def date_text(self, d):
        return "%d. %s %d" % (d.day, vocab.MAANEDER[d.month - 1], d.year)

    # ---- items -------------------------------------------------------------

    def title(self, theme):
        r = self.rng
        t = r.pick(vocab.TITEL_SKABELONER)
        x = self.theme_word(theme)
        return t.format(x=x, X=cap(x), navn=r.pick(self.members + self.staff),
                        aar=self.year, aar2=self.year + r.between(1, 3),
                        org=r.pick(vocab.ORGANISATIONER))

    def fixed_title(self, seq):
        return self.rng.pick(seq).format(aar=self.year + 1)

    def plan_items(self, target):
        """Titles and themes of the items, and each one's byte budget."""
        r = self.rng
        n = max(3, min(16, int(target / r.between(1800, 3200))))
        items = []
        starts = r.between(0, 2)
        ends = r.between(1, 2)
        for i in range(n):
            theme = r.pick(self.themes)
            if i < starts:
                items.append((self.fixed_title(vocab.FASTE_PUNKTER_START),
                              theme, "fixed"))
            elif i >= n - ends:
                items.append((self.fixed_title(vocab.FASTE_PUNKTER_SLUT),
                              theme, "fixed"))
            else:
                items.append((self.title(theme), theme, "theme"))
        weights = [0.25 if k == "fixed" else 0.5 + r.f() for _, _, k in items]
        tot = sum(weights)
        return [(t, th, k, int(target * w / tot))
                for (t, th, k), w in zip(items, weights)]


# ---- writing: text with item byte ranges ----------------------------------

class Writer:
    def __init__(self):
        self.parts = []
        self.nbytes = 0
        self.items = []
        self._open = None

    def put(self, s):
        self.parts.append(s)
        self.nbytes += len(s.encode("utf-8"))

    def start_item(self, label, title):
        self.end_item()
        self._open = [label, title, self.nbytes]

    def end_item(self):
        if self._open is not None:
            label, title, start = self._open
            text = "".join(self.parts)
            end = len(text.encode("utf-8").rstrip())
            self.items.append((label, title, start, end))
            self._open = None

    def text(self):
        self.end_item()
        return "".join(self.parts)


def make_meeting(seed, index, pools):
    """Text and item ranges of meeting number `index`; deterministic."""
    rng = Rng(seed * 1000003 + index)
    m = Meeting(rng, pools)
    # Log-uniform sizes between 5 and 40 KB (median ~14 KB); the budget
    # leaves room for headers, wrapping and the odd long paragraph.
    target = math.exp(math.log(FILE_MIN * 1.1) + rng.f()
                      * (math.log(FILE_MAX * 0.85) - math.log(FILE_MIN * 1.1)))
    budget = target
    for _ in range(6):
        w = Writer()
        LAYOUTS[m.layout](m, m.plan_items(budget), w)
        text = w.text()
        n = len(text.encode("utf-8"))
        if FILE_MIN <= n <= FILE_MAX:
            break
        budget *= (target / n) * (0.95 if n > FILE_MAX else 1.1)
    else:
        # Still out of range: cut at an item boundary or pad with a last
        # paragraph; both are rare.
        while n > FILE_MAX and len(w.items) > 1:
            w.items.pop()
            cut = w.items[-1][3]
            text = text.encode("utf-8")[:cut].decode("utf-8") + "\n"
            n = len(text.encode("utf-8"))
        while n < FILE_MIN:
            text += m.paragraph(m.themes[0], MIX_CASE) + "\n\n"
            n = len(text.encode("utf-8"))
    return m, text, w.items


def load_pools(args):
    return {
        "seed": pool.seed_pool(args.corpus),
        "prose": pool.prose_pool(args.cache, install=not args.no_install),
    }


def pools_digest(pools):
    h = hashlib.sha256()
    for k in ("seed", "prose"):
        for s in pools[k]:
            h.update(s.encode("utf-8") + b"\n")
    return h.hexdigest()[:16]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=parse_size, required=True,
                    help="total bytes to write, e.g. 5MB, 50MB, 500MB")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..",
                                                     "corpus"))
    ap.add_argument("--cache", default=os.path.join(here, "cache"))
    ap.add_argument("--no-install", action="store_true",
                    help="do not apt-get the documentation packages")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args()
    if args.size < FILE_MIN or args.size > 64 * 1024 ** 3:
        ap.error("--size must be between 5KB and 64GB")

    pools = load_pools(args)
    stamp = "generate.py v%s seed=%d size=%d pools=%s\n" % (
        GEN_VERSION, args.seed, args.size, pools_digest(pools))
    stamp_path = os.path.join(args.out, ".generated")
    try:
        with open(stamp_path, encoding="utf-8") as f:
            if f.read() == stamp:
                if not args.quiet:
                    print("generate.py: %s is up to date" % args.out)
                return 0
    except OSError:
        pass
    os.makedirs(args.out, exist_ok=True)
    for p in glob.glob(os.path.join(args.out, "*.txt")) + [stamp_path]:
        os.remove(p) if os.path.exists(p) else None

    total, index, nitems = 0, 0, 0
    names = set()
    manifest = ["file\tlabel\ttitle\tauthority\tcouncil\tdate\tstart\tend\n"]
    while total < args.size:
        m, text, items = make_meeting(args.seed, index, pools)
        index += 1
        d = m.date
        for _ in range(400):  # same council, same day: next day
            name = "%s-%s-%s.txt" % (slug(m.town if not
                                          m.authority.startswith("Region")
                                          else m.authority),
                                     m.body_slug, d.isoformat())
            if name not in names:
                break
            d += datetime.timedelta(days=1)
        names.add(name)
        data = text.encode("utf-8")
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        total += len(data)
        for label, title, start, end in items:
            manifest.append("%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\n" % (
                name, label, title.replace("\t", " "), m.authority, m.council,
                m.date.isoformat(), start, end))
            nitems += 1
    with open(os.path.join(args.out, "MANIFEST.tsv"), "w",
              encoding="utf-8") as f:
        f.writelines(manifest)
    with open(stamp_path, "w", encoding="utf-8") as f:
        f.write(stamp)
    if not args.quiet:
        print("generate.py: %d files, %d items, %d bytes in %s"
              % (index, nitems, total, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
