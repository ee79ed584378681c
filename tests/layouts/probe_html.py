#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""probe_html.py OUTDIR MODE: metamorphic variants of the HTML layout
fixtures, as the web pages of the publishing systems print the same
items (session 38, round fo; round ew's probes, kept). Run from the
repository's root; score the variants with
`python3 tests/layouts/score.py build/bin OUTDIR`.

Every mode rewrites the item headings `<hN ...>N. Title</hN>` (labels
numeric, every expected item found so, the title whole in the heading)
and writes only fixtures where each item's heading was found:

numel    the number in an element of its own over the heading,
         `<div class="nr">N</div><hN>Title</hN>` (Sitecore and Drupal
         municipal pages, Middelfart's and Mariagerfjord's own pages).
numspan  the number in a span of its own inside the heading, run into
         the title, `<hN><span class="nr">N</span>Title</hN>` (First
         Agenda's exports: `38Godkendelse af dagsorden`).
nodot    the number and a space, no dot, `<hN>N Title</hN>` (PolWeb).
glued    the number's dot glued to the title, `<hN>N.Title</hN>`.
h4       the heading as `h4` (eDoc's and Acadre's item headings).
bold     the heading as a bold paragraph, `<p><strong>N. Title</strong></p>`
         (SharePoint pages, WordPress editors).
fold     the heading inside an accordion's button with the text
         `Klik her for at folde ud` after the title (municipal accordion
         pages: Drupal, Sitecore).
totop    a `Til toppen` link after every item's heading block, before the
         next heading (print views and long accordion pages).
attach   a `Bilag` list under every heading, numbered from 1 (First
         Agenda, eDoc).

The expectations are the original's (an item's line is looked up by
score.py in the text). A variant a reader would not read as the same
items is not written (a heading whose title is not whole in it; h4 or
bold under sections headed h1-h4, or any heading: demoted below its
sections). Judge
each failure before a rule. python3 standard library only; CI never
runs it."""
import glob
import json
import os
import re
import sys

from probe import write_variant

MODES = ('numel', 'numspan', 'nodot', 'glued', 'h4', 'bold', 'fold',
         'totop', 'attach')


def heading(lab, ti):
    """a pattern for the heading `<hN ...>lab. ti</hN>`."""
    return re.compile(r'<(h[1-6])([^>]*)>\s*' + re.escape(str(lab)) +
                      r'\.?\s+' + re.escape(ti) + r'\s*</\1>')


def rewrite(m, lab, ti, mode):
    tag, attrs = m.group(1), m.group(2)
    if mode == 'numel':
        return '<div class="nr">%s</div><%s%s>%s</%s>' % (lab, tag, attrs,
                                                         ti, tag)
    if mode == 'numspan':
        return '<%s%s><span class="nr">%s</span>%s</%s>' % (tag, attrs, lab,
                                                            ti, tag)
    if mode == 'nodot':
        return '<%s%s>%s %s</%s>' % (tag, attrs, lab, ti, tag)
    if mode == 'glued':
        return '<%s%s>%s.%s</%s>' % (tag, attrs, lab, ti, tag)
    if mode == 'h4':
        return '<h4%s>%s. %s</h4>' % (attrs, lab, ti)
    if mode == 'bold':
        return '<p><strong>%s. %s</strong></p>' % (lab, ti)
    if mode == 'fold':
        return ('<%s%s><button class="accordion" aria-expanded="false">'
                '%s. %s <span class="sr-only">Klik her for at folde ud'
                '</span></button></%s>' % (tag, attrs, lab, ti, tag))
    if mode == 'totop':
        return ('<p><a href="#top">Til toppen</a></p>\n<%s%s>%s. %s</%s>' %
                (tag, attrs, lab, ti, tag))
    if mode == 'attach':
        return ('<%s%s>%s. %s</%s>\n<h5>Bilag</h5>\n<ol><li>1. Notat om '
                'sagen</li><li>2. Kort over området</li></ol>' %
                (tag, attrs, lab, ti, tag))
    raise ValueError(mode)


def demoted(text, items, mode):
    """Would mode set the item headings below their sections' headings
    (h4 under `<h3>Beslutning`, a bold paragraph under any heading)? A
    reader would not read those as the same items."""
    if mode not in ('h4', 'bold'):
        return False
    spans = [m.span() for it in items
             for m in heading(it['label'], it['title']).finditer(text)]
    first = min(a for a, _ in spans)
    for m in re.finditer(r'<h([1-6])[^>]*>', text[first:]):
        at = first + m.start()
        if any(a <= at < b for a, b in spans):
            continue
        if mode == 'bold' or int(m.group(1)) <= 4:
            return True
    return False


def variant(text, items, mode):
    """text with every item heading rewritten by mode, or None."""
    if len(items) < 1:
        return None
    for it in items:
        lab, ti = it.get('label'), it.get('title')
        if not lab or not ti or not str(lab).isdigit():
            return None
        pat = heading(lab, ti)
        if len(pat.findall(text)) != 1:
            return None
    if demoted(text, items, mode):
        return None
    for it in items:
        lab, ti = it['label'], it['title']
        text = heading(lab, ti).sub(
            lambda m, n=lab, t=ti: rewrite(m, n, t, mode), text)
    return text


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in MODES:
        sys.exit('usage: probe_html.py OUTDIR ' + '|'.join(MODES))
    out, mode = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    n = 0
    for f in sorted(glob.glob('tests/data/layouts/*.html')):
        name = os.path.basename(f)
        if name.startswith('fo-') or not os.path.exists(f + '.expect.json'):
            continue  # fo-: this probe's own variants, kept
        with open(f + '.expect.json', encoding='utf-8') as fh:
            ex = json.load(fh)
        with open(f, 'rb') as fh:
            raw = fh.read()
        try:
            enc = 'utf-8'
            raw.decode(enc)
        except UnicodeDecodeError:
            enc = 'latin-1'  # a page served in its charset, kept so
        text = variant(raw.decode(enc), ex.get('items', []), mode)
        if text is None:
            continue
        write_variant(out, f, text, ex, enc)
        n += 1
    print(n, 'variants in', out)


if __name__ == '__main__':
    main()
