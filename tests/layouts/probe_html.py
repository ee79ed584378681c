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

Round ft's modes (session 39; round ew's kinds, and what the `pages`
corpus shows around the content) keep the headings and add or reshape
what is around them:

menu     a nav list of the council's other committees (links) before
         the content (Sitecore's and Drupal's `Politik` menus,
         Skanderborg's, Samsø's and Vesthimmerland's pages).
menudiv  the same menu as a plain list in a `div` whose class names no
         menu (`<div class="udvalg"><ul><li><a>…`: older Sitecore and
         PolWeb sites, and pages saved without their scripts' markup).
cookie   a cookie dialog, `Cookieerklæringen blev sidst opdateret
         12.03.2021`, at the top of the body (Cookiebot on Sitecore and
         Drupal pages: Brønderslev, Hvidovre, Glostrup).
cookieend the same dialog at the bottom of the body (Cookiebot when the
         page loads it last).
others   a side list of other meetings with their dates (`Byrådet
         24.08.2020`, `Økonomiudvalget 3. september 2020`) at the top of the
         body, before the content (First Agenda's and eDoc's `Andre møder`).
othersend the same list after the content.
othersdiv the same meetings as plain paragraphs under `Møder` in a `div`
         at the bottom (eDoc's and PolWeb's meeting lists).
othershour the same, each meeting with its hour (`Byrådet den 28.
         september 2020 kl. 19.00`: PolWeb's).
cookiediv the cookie dialog in a `div` whose id names no cookie
         (`coiOverlay`, Cookie Information's).
footerdiv the footer in a `div id="bottom"` (older municipal sites).
rows     every section headed `<hN>Sagsfremstilling</hN>` (and the other
         section words) as a table row, `<tr><th>Sagsfremstilling</th>
         <td>...</td></tr>` (SharePoint's and Acadre's pages).
dl       the same sections as `dt`/`dd` pairs (Acadre's and eDoc's
         print views).
crumb    a breadcrumb `Forside > Politik > Byrådet > Referater` at the
         top (every municipal Sitecore and Drupal site).
share    a bar `Print` `Del på Facebook` `Del på LinkedIn` `Til toppen`
         above the content (Drupal and WordPress municipal sites).
footer   a footer with the council's address, telephone, CVR and opening
         hours (every municipal site).

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
AROUND = ('menu', 'menudiv', 'cookie', 'cookieend', 'cookiediv', 'others',
          'othersend', 'othersdiv', 'othershour', 'rows', 'dl', 'crumb',
          'share', 'footer', 'footerdiv')

MENU = ('<nav class="committees"><h2>Udvalg</h2><ul>'
        '<li><a href="/politik/byraadet">Byrådet</a></li>'
        '<li><a href="/politik/oekonomiudvalget">Økonomiudvalget</a></li>'
        '<li><a href="/politik/bu">Børne- og Ungeudvalget</a></li>'
        '<li><a href="/politik/tmu">Teknik- og Miljøudvalget</a></li>'
        '<li><a href="/politik/ssu">Social- og Sundhedsudvalget</a></li>'
        '<li><a href="/politik/handicapraad">Handicaprådet</a></li>'
        '</ul></nav>\n')
COOKIE = ('<div id="CybotCookiebotDialog"><h2>Denne hjemmeside bruger '
          'cookies</h2><p>Vi bruger cookies til at tilpasse vores indhold '
          'og til at analysere vores trafik.</p><p>Cookieerklæringen blev '
          'sidst opdateret 12.03.2021</p><button>Tillad alle</button>'
          '<button>Afvis</button></div>\n')
OTHERS = ('<aside class="meetings"><h2>Andre møder</h2><ul>'
          '<li><a href="/m/1">Byrådet 24.08.2020</a></li>'
          '<li><a href="/m/2">Økonomiudvalget 3. september 2020</a></li>'
          '<li><a href="/m/3">Byrådet 28.09.2020</a></li>'
          '</ul></aside>\n')
MENUDIV = MENU.replace('<nav class="committees"><h2>Udvalg</h2>',
                       '<div class="udvalg">').replace('</nav>', '</div>')
COOKIEDIV = COOKIE.replace('CybotCookiebotDialog', 'coiOverlay')
OTHERSDIV = ('<div class="moeder"><h3>Møder</h3><p>Byrådet 24.08.2020</p>'
             '<p>Økonomiudvalget 3. september 2020</p><p>Byrådet 28.09.2020'
             '</p><p>Byrådet 26.10.2020</p></div>\n')
OTHERSHOUR = ('<div class="moeder"><h3>Møder</h3><p>Byrådet den 24. august '
              '2020 kl. 19.00</p><p>Økonomiudvalget den 3. september 2020 kl. '
              '15.00</p><p>Byrådet den 28. september 2020 kl. 19.00</p>'
              '<p>Byrådet den 26. oktober 2020 kl. 19.00</p></div>\n')
CRUMB = ('<nav class="breadcrumb"><a href="/">Forside</a> &gt; '
         '<a href="/politik">Politik</a> &gt; <a href="/politik/byraadet">'
         'Byrådet</a> &gt; Referater</nav>\n')
SHARE = ('<div class="share"><a href="#" onclick="print()">Print</a> '
         '<a href="https://facebook.com/share">Del på Facebook</a> '
         '<a href="https://linkedin.com/share">Del på LinkedIn</a> '
         '<a href="#top">Til toppen</a></div>\n')
FOOTER = ('<footer><p>Kommunen, Rådhustorvet 1, 9999 Byen</p>'
          '<p>Telefon 99 99 99 99</p><p>CVR 12345678</p>'
          '<p>Åbningstider: Mandag-onsdag 10-15, torsdag 10-17, '
          'fredag 10-13</p></footer>\n')
FOOTERDIV = FOOTER.replace('<footer>', '<div id="bottom">').replace(
    '</footer>', '</div>')
SECTION = re.compile(
    r'<(h[1-6])[^>]*>\s*((?:Sagsfremstilling|Indstilling|Resum[eé]|'
    r'Baggrund|Beslutning|Økonomi|Sagsbeskrivelse|Sagens indhold|'
    r'Lovgrundlag|Vurdering|Høring|Kommunikation|Sagsforløb|'
    r'Tidligere beslutninger|Forslag|Bilag)[^<]{0,60})</\1>')
SECTION_END = re.compile(r'<h[1-6][\s>]|</div>|</section>|</article>|'
                         r'</body>|<hr')


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


def body_at(text, end):
    """where the body's content starts (or, end, ends)."""
    if end:
        m = re.search(r'</body>', text, re.I)
        return m.start() if m else len(text)
    m = re.search(r'<body[^>]*>', text, re.I)
    return m.end() if m else 0


def content_at(text, items):
    """the start of the first item heading's block (a whole line)."""
    first = min(heading(it['label'], it['title']).search(text).start()
                for it in items)
    return text.rfind('\n', 0, first) + 1


def sections(text, items, mode):
    """every section heading after the first item heading, with its body
    up to the next heading or block's end, as table rows or dt/dd."""
    first = content_at(text, items)
    out, at = [], first
    n = 0
    for m in SECTION.finditer(text, first):
        if m.start() < at:
            continue
        e = SECTION_END.search(text, m.end())
        stop = e.start() if e else len(text)
        label, body = m.group(2).strip(), text[m.end():stop]
        if mode == 'rows':
            new = ('<table class="felter"><tr><th>%s</th><td>%s</td></tr>'
                   '</table>' % (label, body))
        else:
            new = '<dl><dt>%s</dt><dd>%s</dd></dl>' % (label, body)
        out.append(text[at:m.start()] + new)
        at = stop
        n += 1
    if n == 0:
        return None
    return text[:first] + ''.join(out) + text[at:]


def around(text, items, mode):
    """text with mode's furniture added around the content, or None."""
    if mode in ('rows', 'dl'):
        return sections(text, items, mode)
    adds = {'menu': MENU, 'menudiv': MENUDIV, 'cookie': COOKIE,
            'cookieend': COOKIE, 'cookiediv': COOKIEDIV, 'others': OTHERS,
            'othersend': OTHERS, 'othersdiv': OTHERSDIV,
            'othershour': OTHERSHOUR, 'crumb': CRUMB,
            'share': SHARE, 'footer': FOOTER, 'footerdiv': FOOTERDIV}
    add = adds[mode]
    if mode in ('cookieend', 'footer', 'othersend', 'othersdiv',
                'othershour', 'footerdiv'):
        at = body_at(text, True)
    elif mode == 'share':
        at = content_at(text, items)
    else:
        at = body_at(text, False)
    return text[:at] + '\n' + add + text[at:]


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
    if mode in AROUND:
        return around(text, items, mode)
    if demoted(text, items, mode):
        return None
    for it in items:
        lab, ti = it['label'], it['title']
        text = heading(lab, ti).sub(
            lambda m, n=lab, t=ti: rewrite(m, n, t, mode), text)
    return text


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in MODES + AROUND:
        sys.exit('usage: probe_html.py OUTDIR ' + '|'.join(MODES + AROUND))
    out, mode = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    n = 0
    for f in sorted(glob.glob('tests/data/layouts/*.html')):
        name = os.path.basename(f)
        if name.startswith(('fo-', 'ft-')) or not os.path.exists(f + '.expect.json'):
            continue  # fo-, ft-: this probe's own variants, kept
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
