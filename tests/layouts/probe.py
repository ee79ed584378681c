#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""probe.py OUTDIR caps|council|flat|furniture[:KIND]|date[:FORM][+DECOY]|
lists[:LIST]|SHAPE:
metamorphic variants of the plain-text layout fixtures, to find classes
of failure a council's template would bring (session 36). Run from the
repository's root; score the variants with
`python3 tests/layouts/score.py build/bin OUTDIR`.

caps   every expected title set in capitals wherever it stands whole in
       the text (contents and headings); only fixtures where every copy
       of a title's first three words is the whole title are written (a
       wrapped copy left in small letters would make a false failure).
council  every expected council name set in capitals wherever it stands
       whole in the text (a letterhead's `UDVALGET FOR BØRN OG UNGE`).
flat   a fixture of short lines (a heading a line) flattened as a
       document site's transcript of its PDF prints it: its first line,
       `Transkript`, then pages of 35 lines each joined into one line
       after the page's number; each item's expected line is its page's.
furniture  a fixture of short lines with a PDF transcript's page
       furniture between its pages (at its form feeds, else every 30
       lines), one shape a fixture in turn (or the shape named after a
       colon, `furniture:glued`): FURNITURE below. Items' lines move with
       the lines put in.
date   the meeting's date, where one of a header's first 40 lines (above
       item 1) prints it, rewritten in one of 16 forms a council's site or
       template prints (round ic), one form a fixture in turn or the form
       named after a colon (`date:english`): long (`3. april 2019`),
       weekday (`Onsdag den 3. april 2019 kl. 16.00`), comma (`Onsdag, 3
       april, 2019`), english (`Onsdag, April 3, 2019 - 18:00`), dspaced
       (`d. 3. 4. 2019`), dshort (`d. 3.4. 2019`), hyphen (`3-apr-2019`),
       slash (`3/4-2019`), slashweek (`onsdag den 3/4 2019`), dotted
       (`03.04.2019`), short (`3.4.19`), stamp (`03-04-2019 13:30:00`),
       iso, range (`3.-4. april 2019`), caps (`ONSDAG DEN 3. APRIL 2019`)
       and split: a labelled field's value moved to the line under its
       label (`Dato:` / `3. april 2019`; only where a colon ends the
       label). A `den` before a bare date is kept (`møde den …`). After a
       plus, a decoy line under the date naming another day in the same
       form: next (`Næste møde: …`, 28 days on), printed (`Udskrevet den
       …`, 2 days on), approved (`Referatet fra mødet den … blev
       godkendt.`, 28 days before), deadline (`Frist for bemærkninger:
       …`, 14 days on); the expected date stays the meeting's. Fixtures
       holding several meetings and probes' own `-var-` fixtures are left
       out; items' lines move with a split or a decoy.
lists  a numbered list (3-6 short entries) put into the body of each
       item of a fixture of short lines (round ig): under the item's
       first `Indstilling`/`Beslutning`-type line (`Beslutning`,
       `Borgmesteren indstiller,`), else under the body's first line;
       one shape a fixture in turn or the shape named after a colon
       (`lists:runon`): own (the items' own label shape, restarted at 1,
       entries like titles: `1. Trafik ved skolen`), runon (`4. at …`,
       numbers running on from the item's own), restart (`1. at …` in
       each item), paren (`1) at …`), letter (`a) …`), ad (`Ad 1:
       Godkendt.`), attendee (`1. Navn Efternavn (A)`) and wrap (`1. at
       …` entries wrapping onto a second line, one opening with a
       number). Titles, dates and councils stay; items' lines move with
       the lines put in. Probes' own `-var-` fixtures are left out.
SHAPE  every `N. Title` (labels numeric, every item found so, the
       contents included) printed in another label shape: punktkolon
       (`Punkt N: Title`), pkt (`Pkt. N Title`), paren (`N) Title`),
       sagnr (`Sag nr. N Title`), dash (`N - Title`), paragraf (`§ N
       Title`).

The expectations change with the text (titles in capitals), so a
variant is right when a reader would read it so. Some failures are the
script's own (a contents and a page printing a title differently, a
doubled number `1.  1. Title` relabelled once): judge each before a rule.
python3 standard library only; CI never runs it."""
import glob
import json
import os
import re
import sys

SHAPES = {'punktkolon': 'Punkt {n}: {t}', 'pkt': 'Pkt. {n} {t}',
          'paren': '{n}) {t}', 'sagnr': 'Sag nr. {n} {t}',
          'dash': '{n} - {t}', 'paragraf': '§ {n} {t}'}


def whole(title):
    return re.compile(r'(?<!\w)' + re.escape(title) + r'(?!\w)')


def in_capitals(text, items):
    """text and items with every title in capitals, or None."""
    done = 0
    for it in items:
        ti = it.get('title')
        if not ti or ti.upper() == ti:
            continue
        pat = whole(ti)
        k = len(pat.findall(text))
        head = ' '.join(ti.split()[:3])
        if k == 0 or len(re.findall(re.escape(head), text)) != k:
            return None
        text = pat.sub(lambda m, t=ti: t.upper(), text)
        it['title'] = ti.upper()
        done += 1
    return text if done else None


def council_in_capitals(text, ex):
    """text with the expected council names in capitals, or None."""
    c = ex.get('council')
    names = [x for x in (c if isinstance(c, list) else [c]) if x]
    done = 0
    for x in sorted(names, key=len, reverse=True):
        pat = whole(x)
        if pat.search(text):
            text = pat.sub(x.upper(), text)
            done += 1
    if not done:
        return None
    ex['council'] = [x.upper() for x in names] + names
    return text


PAGE_LINES = 35


def flattened(text, items):
    """text as a transcript of one line a page, items' lines moved, or None."""
    lines = text.split('\n')
    if (len(items) < 2 or any(i.get('line') is None for i in items) or
            len(lines) < 20 or max(len(x) for x in lines) > 300 or
            any('Transkript' in x for x in lines[:15])):
        return None
    out, page_line, page_of = [lines[0].strip(), '', 'Transkript', ''], {}, {}
    for p0 in range(0, len(lines), PAGE_LINES):
        page = p0 // PAGE_LINES + 1
        for k in range(p0, min(p0 + PAGE_LINES, len(lines))):
            page_of[k + 1] = page
        words = ' '.join(x.strip() for x in lines[p0:p0 + PAGE_LINES]
                         if x.strip())
        if words:
            page_line[page] = len(out) + 1
            out += ['%d %s' % (page, words), '']
    for it in items:
        if page_of.get(it['line']) not in page_line:
            return None
        it['line'] = page_line[page_of[it['line']]]
    return '\n'.join(out)


MONTHS = ('januar februar marts april maj juni juli august september '
          'oktober november december').split()
FURNITURE = ('sideaf', 'sidenr', 'capshead', 'referathead', 'fortsat',
             'initials', 'glued', 'logo', 'flathead')
FURN_PAGE = 30


def council_of(ex):
    c = ex.get('council')
    c = c[0] if isinstance(c, list) and c else c
    return c or 'Udvalget'


def date_of(ex, long_form):
    m = re.match(r'(\d{4})-(\d\d)-(\d\d)$', ex.get('date') or '')
    if not m:
        return '12.03.2019' if not long_form else '12. marts 2019'
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if long_form:
        return '%d. %s %d' % (d, MONTHS[mo - 1], y)
    return '%02d.%02d.%d' % (d, mo, y)


def furniture_lines(shape, ex, page, pages, label):
    """(footer lines, head lines) between page and page + 1."""
    council = council_of(ex)
    side = 'Side %d af %d' % (page, pages)
    if shape == 'sideaf':
        return [side], ['%s %s' % (council, date_of(ex, False))]
    if shape == 'sidenr':
        return ['Sidenr. %d' % page], []
    if shape == 'capshead':
        return ['Side %d' % page], ['%s Dagsorden' % council.upper()]
    if shape == 'referathead':
        return [date_of(ex, True)], ['Referat - %s' % council]
    if shape == 'fortsat':
        head = ['Punkt %s fortsat' % label] if label else []
        return ['Side %d' % page], head
    if shape == 'initials':
        return ['Underskrift: ____________', 'Initialer: ______',
                'Side %d' % page], []
    if shape == 'logo':
        return ['Side %d' % page], [ex.get('authority') or 'Kommune']
    return [side], []


def furnished(text, ex, items, shape):
    """text with page furniture between its pages, items' lines moved, or
    None. glued: each item from the second opens a page, the footer run
    into its heading line (`Side 4 af 97. Orientering`)."""
    lines = text.split('\n')
    if (len(items) < 2 or any(i.get('line') is None for i in items) or
            len(lines) < 20 or max(len(x) for x in lines) > 300):
        return None
    starts = sorted(i['line'] for i in items)
    if shape == 'glued':
        breaks = [n - 1 for n in starts[1:]]
    elif any('\f' in x for x in lines):
        breaks = [k for k, x in enumerate(lines) if '\f' in x]
    else:
        breaks = list(range(FURN_PAGE, len(lines), FURN_PAGE))
    breaks = [b for b in breaks if 0 < b < len(lines)]
    if not breaks:
        return None
    pages, label_at = len(breaks) + 1, {}
    for it in sorted(items, key=lambda i: i['line']):
        label_at[it['line']] = it.get('label')
    out, new_of, cur, bset = [], {}, None, set(breaks)
    glue = None
    for k, x in enumerate(lines):
        n = k + 1
        cur = label_at.get(n, cur)
        if k in bset:
            page = breaks.index(k) + 1
            foot, head = furniture_lines(shape, ex, page, pages, cur)
            if shape == 'glued' and re.match(r'\d', x.strip()):
                glue = foot[-1]
                foot = foot[:-1]
            out += foot + [''] + head
        if glue:
            x, glue = glue + x.strip(), None
        new_of[n] = len(out) + 1
        out.append(x)
    for it in items:
        it['line'] = new_of[it['line']]
    return '\n'.join(out)


def flat_furnished(text, ex, items):
    """the flat variant with a running head after each page's number and a
    footer ending its line (heads in flat lines), or None."""
    text = flattened(text, items)
    if text is None:
        return None
    lines, pages = text.split('\n'), 0
    for k, x in enumerate(lines):
        if k > 3 and re.match(r'\d+ ', x):
            pages += 1
    head = '%s %s' % (council_of(ex), date_of(ex, False))
    for k, x in enumerate(lines):
        m = re.match(r'(\d+) (.*)', x)
        if k > 3 and m:
            lines[k] = '%s %s %s Side %s af %d' % (m.group(1), head,
                                                   m.group(2), m.group(1),
                                                   pages)
    return '\n'.join(lines)


DAYS = 'mandag tirsdag onsdag torsdag fredag lørdag søndag'.split()
EN_MONTHS = ('January February March April May June July August September '
             'October November December').split()
# realistic forms of a meeting's date (round ic); {W} the weekday, {d}
# {m} {y} numbers, {M} the Danish month, {E} the English one
DATE_FORMS = {
    'long': '{d}. {M} {y}',
    'weekday': '{W} den {d}. {M} {y} kl. 16.00',
    'comma': '{W}, {d} {M}, {y}',
    'english': '{W}, {E} {d}, {y} - 18:00',
    'dspaced': 'd. {d}. {m}. {y}',
    'dshort': 'd. {d}.{m}. {y}',
    'hyphen': '{d}-{Ms}-{y}',
    'slash': '{d}/{m}-{y}',
    'slashweek': '{w} den {d}/{m} {y}',
    'dotted': '{dd}.{mm}.{y}',
    'short': '{d}.{m}.{yy}',
    'stamp': '{dd}-{mm}-{y} 13:30:00',
    'iso': '{y}-{mm}-{dd}',
    'range': '{d}.-{d1}. {M} {y}',
    'caps': '{W2} DEN {d}. {MU} {y}',
    'split': '\n{d}. {M} {y}',
}
BARE_FORMS = ('long', 'hyphen', 'slash', 'dotted', 'short', 'iso', 'range',
              'stamp')
DECOYS = {'next': 'Næste møde: {0}', 'printed': 'Udskrevet den {0}',
          'approved': 'Referatet fra mødet den {0} blev godkendt.',
          'deadline': 'Frist for bemærkninger: {0}'}
DECOY_SHIFT = {'next': 28, 'printed': 2, 'approved': -28, 'deadline': 14}
DATE_HEAD = 40  # lines where a header prints the meeting's date


def date_text(form, y, m, d):
    import datetime
    day = datetime.date(y, m, d)
    w = DAYS[day.weekday()]
    d1 = (day + datetime.timedelta(days=1)).day
    return DATE_FORMS[form].format(
        W=w.capitalize(), w=w, W2=w.upper(), d=d, m=m, y=y, dd='%02d' % d,
        mm='%02d' % m, yy='%02d' % (y % 100), M=MONTHS[m - 1],
        MU=MONTHS[m - 1].upper(), Ms=MONTHS[m - 1][:3],
        E=EN_MONTHS[m - 1], d1=d1 if d1 > d else d)


def date_pattern(y, m, d):
    """the forms a fixture may print the date (y, m, d) in, with a weekday
    and `den`/`d.` before it."""
    dn, mn = r'0?%d' % d, r'0?%d' % m
    yr = r'(?:%d|%02d)' % (y, y % 100)
    names = [MONTHS[m - 1], MONTHS[m - 1][:3] + r'\.?', EN_MONTHS[m - 1]]
    mon = '(?:%s)' % '|'.join(names)
    alts = [dn + r'\. ?' + mon + r',? ' + str(y),
            dn + r' ' + mon + r',? ' + str(y),
            dn + r'-' + mon + r'-' + str(y),
            mon + r' ' + dn + r', ' + str(y),
            dn + r'\. ?' + mn + r'\. ?' + yr,
            dn + r'-' + mn + r'-' + yr,
            dn + r'/' + mn + r'[-/ ]' + yr,
            r'%d-%02d-%02d' % (y, m, d)]
    wd = r'(?P<wd>(?:%s),? )?(?P<den>(?:den|d\.) )?' % '|'.join(DAYS)
    return re.compile(r'(?<![\w.\-/])' + wd + '(?:' + '|'.join(alts) +
                      r')(?![\w/]|[.\-]\d)', re.I)


def dated(text, ex, items, form, decoy):
    """text with the meeting's date, where a header's first lines print it,
    in the form given, a decoy date's line under it; items' lines moved;
    or None."""
    import datetime
    m = re.match(r'(\d{4})-(\d\d)-(\d\d)$', ex.get('date') or '')
    if not m or 'meetings' in ex:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    lines, pat = text.split('\n'), date_pattern(y, mo, d)
    first = min([i['line'] for i in items if i.get('line')] or [DATE_HEAD])
    for k, x in enumerate(lines[:min(DATE_HEAD, first - 1)]):
        hit = pat.search(x)
        if hit:
            break
    else:
        return None
    new = date_text(form, y, mo, d)
    if hit.group('den') and not hit.group('wd') and form in BARE_FORMS:
        new = 'den ' + new  # `møde den …` keeps its `den`
    if form == 'split':
        pre = x[:hit.start()].rstrip()
        if not pre.endswith(':'):
            return None  # only a labelled field's value goes down a line
        new = new.lstrip('\n')
        add = [pre, new + x[hit.end():]]
    else:
        add = [x[:hit.start()] + new + x[hit.end():]]
    if decoy:
        other = datetime.date(y, mo, d) + datetime.timedelta(
            days=DECOY_SHIFT[decoy])
        add.append(DECOYS[decoy].format(
            date_text(form if form != 'split' else 'long', other.year,
                      other.month, other.day).strip()))
    lines[k:k + 1] = add
    for it in items:
        if it.get('line') is not None and it['line'] > k + 1:
            it['line'] += len(add) - 1
    return '\n'.join(lines)


def relabelled(text, items, fmt):
    """text with every `N. Title` heading in the shape fmt, or None."""
    if len(items) < 2:
        return None
    for it in items:
        lab, ti = it.get('label'), it.get('title')
        if not lab or not ti or not str(lab).isdigit():
            return None
        pat = re.compile(r'(?<![\w.])' + re.escape(str(lab)) + r'\. +' +
                         re.escape(ti) + r'(?!\w)')
        if not pat.search(text):
            return None
        text = pat.sub(lambda m, n=lab, t=ti: fmt.format(n=n, t=t), text)
    return text


# entries of the lists the `lists` mode puts into items (round ig), in
# invented words: recommendations, decisions, title-like points, names
LIST_AT = ['at budgettet for vejpuljen godkendes',
           'at forvaltningen udarbejder en tidsplan',
           'at sagen sendes i høring hos skolebestyrelserne',
           'at der afsættes 0,4 mio. kr. til projektet',
           'at udvalget orienteres igen til foråret',
           'at ordningen evalueres efter et år']
LIST_DONE = ['Godkendt.', 'Tiltrådt med de nævnte ændringer.',
             'Taget til efterretning.', 'Udsat til næste møde.',
             'Godkendt, idet Venstre tog forbehold.']
LIST_TITLES = ['Trafik ved skolen', 'Ny legeplads i parken',
               'Status på byggeriet', 'Udbud af rengøring',
               'Budget for idrætshallen']
LIST_NAMES = ['Birthe Vang (A)', 'Ole Frandsen (V)', 'Mette Kragh (F)',
              'Jens Lyhne (C)', 'Karin Dahl (O)']
LIST_WRAP = [('at der til renovering af idrætshallen afsættes en bevilling på',
              '1,2 mio. kr. finansieret af anlægspuljen, og'),
             ('at forvaltningen bemyndiges til at indgå aftale med',
              'foreningen om drift af klubhuset i de kommende år,'),
             ('at sagen genoptages, når der foreligger et',
              'revideret overslag fra rådgiveren.')]
LISTS = ('own', 'runon', 'restart', 'paren', 'letter', 'ad', 'attendee',
         'wrap')
LIST_AFTER = re.compile(r'(?:indstilling|beslutning|forslag)\b|'
                        r'.{0,60}\b(?:indstiller|foreslår)\b', re.I)


def own_label(line, lab):
    """the shape of an item's own label in its heading line (`{n}. `)."""
    m = re.match(r'(\s*\D{0,12}?)' + re.escape(str(lab)) + r'([.):]* *)',
                 line)
    if not m or not m.group(2):
        return '{n}. '
    return m.group(1).lstrip() + '{n}' + m.group(2).replace('  ', ' ')


def list_lines(shape, k, lab, line):
    """the lines of item k's list in shape (k picks its length)."""
    n, own = 3 + k % 4, own_label(line, lab)
    if shape == 'own':
        return [own.format(n=i + 1) + t
                for i, t in enumerate(LIST_TITLES[:min(n, 5)])]
    if shape == 'runon' and str(lab).isdigit():
        return [own.format(n=int(lab) + 1 + i) + t
                for i, t in enumerate(LIST_AT[:n])]
    if shape in ('runon', 'restart'):
        return ['%d. %s' % (i + 1, t) for i, t in enumerate(LIST_AT[:n])]
    if shape == 'paren':
        return ['%d) %s' % (i + 1, t) for i, t in enumerate(LIST_AT[:n])]
    if shape == 'letter':
        return ['%s) %s' % ('abcdef'[i], t) for i, t in
                enumerate(LIST_AT[:n])]
    if shape == 'ad':
        return ['Ad %d: %s' % (i + 1, t) for i, t in
                enumerate(LIST_DONE[:min(n, 5)])]
    if shape == 'attendee':
        return ['%d. %s' % (i + 1, t) for i, t in
                enumerate(LIST_NAMES[:min(n, 5)])]
    out = []
    for i, (a, b) in enumerate(LIST_WRAP):
        out += ['%d. %s' % (i + 1, a), b]
    return out


def body_start(lines, it, end):
    """index of the line after which item it's list goes, or None: its
    first `Indstilling`-type line, else its body's first line."""
    k, title = it['line'] - 1, it.get('title') or ''
    last = title.split()[-1] if title.split() else ''
    seen = lines[k]
    while last and last not in seen and k + 1 < end and k < it['line'] + 3:
        k += 1
        seen += ' ' + lines[k]
    body = [j for j in range(k + 1, end) if lines[j].strip()]
    if not body:
        return None
    for j in body:
        if len(lines[j]) < 120 and LIST_AFTER.match(lines[j].strip()):
            return j
    return body[0]


def listed(text, items, shape):
    """text with a numbered list in each item's body, items' lines moved,
    or None."""
    lines = text.split('\n')
    if (len(items) < 2 or any(i.get('line') is None for i in items) or
            len(lines) < 20 or max(len(x) for x in lines) > 300):
        return None
    order = sorted(items, key=lambda i: i['line'])
    ends = [i['line'] - 1 for i in order[1:]] + [len(lines)]
    adds = []
    for k, (it, end) in enumerate(zip(order, ends)):
        j = body_start(lines, it, end)
        if j is not None:
            adds.append((j, list_lines(shape, k, it.get('label') or '1',
                                       lines[it['line'] - 1])))
    if not adds:
        return None
    for j, add in reversed(adds):
        lines[j + 1:j + 1] = add
    for it in items:
        it['line'] += sum(len(a) for j, a in adds if j < it['line'] - 1)
    return '\n'.join(lines)


def write_variant(out, f, text, ex, enc='utf-8'):
    """Write a variant of fixture f into out: its text (in enc, characters
    enc cannot hold as character references), its expectation and its
    sidecar. probe_html.py writes its variants so too."""
    name = os.path.basename(f)
    with open(os.path.join(out, name), 'w', encoding=enc,
              errors='xmlcharrefreplace') as fh:
        fh.write(text)
    with open(os.path.join(out, name + '.expect.json'), 'w',
              encoding='utf-8') as fh:
        json.dump(ex, fh, ensure_ascii=False, indent=1)
    if os.path.exists(f + '.meta'):
        with open(f + '.meta', encoding='utf-8') as src, \
                open(os.path.join(out, name + '.meta'), 'w',
                     encoding='utf-8') as dst:
            dst.write(src.read())


def main():
    mode, _, fshape = (sys.argv[2] if len(sys.argv) == 3 else '').partition(
        ':')
    dform, _, decoy = fshape.partition('+')
    if len(sys.argv) != 3 or (
            mode not in ('caps', 'council', 'flat', 'furniture', 'date',
                         'lists') and mode not in SHAPES) or (
            mode == 'lists' and fshape and fshape not in LISTS) or (
            mode == 'furniture' and fshape and fshape not in FURNITURE) or (
            mode == 'date' and ((dform and dform not in DATE_FORMS) or
                                (decoy and decoy not in DECOYS))) or (
            mode not in ('furniture', 'date', 'lists') and fshape):
        sys.exit('usage: probe.py OUTDIR caps|council|flat|furniture[:' +
                 '|'.join(FURNITURE) + ']|date[:FORM][+' +
                 '|'.join(DECOYS) + ']|lists[:' + '|'.join(LISTS) +
                 ']|' + '|'.join(SHAPES) +
                 '\n  FORM: ' + '|'.join(DATE_FORMS))
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    n, n_seen, name_of = 0, 0, {}
    for f in sorted(glob.glob('tests/data/layouts/*.txt')):
        name = os.path.basename(f)
        if name.startswith('eu-') or not os.path.exists(f + '.expect.json'):
            continue  # eu-: this probe's own variants, kept
        if mode in ('furniture', 'date', 'lists') and '-var-' in name:
            continue  # a probe's variant kept as a fixture
        with open(f + '.expect.json', encoding='utf-8') as fh:
            ex = json.load(fh)
        with open(f, encoding='utf-8') as fh:
            text = fh.read()
        items = ex.get('items', [])
        if mode == 'caps':
            text = in_capitals(text, items)
        elif mode == 'council':
            text = council_in_capitals(text, ex)
        elif mode == 'flat':
            text = flattened(text, items)
        elif mode == 'furniture':
            shape = fshape or FURNITURE[n_seen % len(FURNITURE)]
            n_seen += 1
            if shape == 'flathead':
                text = flat_furnished(text, ex, items)
            else:
                text = furnished(text, ex, items, shape)
            if text is not None:
                name_of[name] = shape
        elif mode == 'date':
            forms = list(DATE_FORMS)
            form = dform or forms[n_seen % len(forms)]
            text = dated(text, ex, items, form, decoy)
            if text is not None:
                n_seen += 1  # the next form to the next fixture written
                name_of[name] = form + ('+' + decoy if decoy else '')
        elif mode == 'lists':
            shape = fshape or LISTS[n_seen % len(LISTS)]
            text = listed(text, items, shape)
            if text is not None:
                n_seen += 1
                name_of[name] = shape
        else:
            text = relabelled(text, items, SHAPES[mode])
        if text is None:
            continue
        write_variant(out, f, text, ex)
        n += 1
    if name_of:
        with open(os.path.join(out, 'shapes.tsv'), 'w') as fh:
            fh.writelines('%s\t%s\n' % kv for kv in sorted(name_of.items()))
    print(n, 'variants in', out)


if __name__ == '__main__':
    main()
