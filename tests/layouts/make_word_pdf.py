#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""make_word_pdf.py - print plain-text layout fixtures as a council's Word
template would: tests/data/layouts/NAME.txt -> pdf-NAME.pdf (a leading
"pdf-" of NAME is not doubled) and its .expect.json (the .txt's, without
"line": a PDF has no line numbers to compare).

Each fixture becomes a flat ODF text document (.fodt) that LibreOffice
headless (`soffice --convert-to pdf`, Debian's libreoffice-writer) prints:

- the title block (the lines before the first blank line) bold, 16 pt;
- item headings (the .expect.json's "line"s, wrapped titles joined into
  one paragraph) bold, 13 pt; short section labels (`Beslutning`,
  `Sagsfremstilling:`, capitals) bold at body size; body 11 pt;
- lines wrapped in the text joined into paragraphs that the PDF wraps
  again at its own width; column gaps and dotted contents lines become
  tab stops (a right-aligned, dot-led page number for contents);
- the text's page markers (`Side 3`, `2 / 8`, a lone right-aligned number,
  form feeds) become page breaks, the lines repeated under them go; every
  page gets a running header (committee and date) and a footer `Side N af
  M`; a document with fewer than two page markers gets a page break inside
  its second item, so every PDF breaks an item across pages.

With --tabs the output is pdf-tab-NAME.pdf and a heading's or list
item's number is followed by a tab, as Word's automatic numbering prints
it ("1.<tab>Godkendelse af dagsorden"): the number and the title are two
pieces of one row in the PDF.

With --docx the same document is saved as a Word file instead,
docx-NAME.docx (`soffice --convert-to docx:"MS Word 2007 XML"`), the way a
council's template makes one: item headings in the paragraph style
"Heading 1" with Word's automatic numbering (a list: the number is in
word/numbering.xml and the paragraph's w:numPr, not in the text; a
number out of turn restarts the list there; a heading whose label is no
plain `N.`, `N)`, `Punkt N`, ... of the document's commonest shape keeps
its typed number), section labels in "Heading 2", the title block in
"Title", the running header and `Side N af M` footer. With --docx
--typed the output is docx-typed-NAME.docx: the numbers typed in the
text and the headings and labels only bold (direct formatting, no
heading style), as minutes typed without a template are.

With --odt the same document is saved as OpenDocument text instead,
odt-NAME.odt (`soffice --convert-to odt`), as --docx makes it: item
headings text:h in "Heading 1" numbered by a text:list, labels in
"Heading 2"; --odt --typed gives odt-typed-NAME.odt. --odt --outline
(odt-outline-NAME.odt) numbers those headings by chapter numbering
instead (the outline style's level 1, Tools > Chapter Numbering: no
text:list, a number out of turn is the heading's text:start-value, a
level-1 heading the list does not number an unnumbered entry).

With --out DIR the PDFs and their .expect.json are written to DIR
instead of tests/data/layouts (a sample printed to be scored, not kept).

Deterministic input; the PDFs themselves carry LibreOffice's creation
date, so they are committed and CI never runs this. Usage:
  make_word_pdf.py [--tabs | (--docx | --odt) [--typed] | --odt --outline]
                   [--out DIR] NAME...
  (names without .txt)
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
LAYOUTS = os.path.join(ROOT, "tests", "data", "layouts")

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli",
          "august", "september", "oktober", "november", "december"]
SECTION_WORDS = ("sagsfremstilling", "beslutning", "indstilling", "resume",
                 "resumé", "bilag", "lovgrundlag", "økonomi", "høring",
                 "sagsbeskrivelse", "baggrund", "vurdering", "fraværende",
                 "bemærkninger til dagsorden", "medlemmer", "deltagere")
PAGE_MARK = re.compile(r"^(.*\bside\s+\d+(\s+(af|/)\s+\d+)?|\d+\s*/\s*\d+|"
                       r"\d+)$", re.I)
TOC_LINE = re.compile(r"^(.*?\S)\s*(?:\.{3,}|\s{3,})\s*(\d+)$")
LIST_START = re.compile(r"^(\d+[.)]|[-•*–]\s|[a-z]\)\s)")
GLUED_HEAD = re.compile(r"^(.*(?:[a-zæøå]|\d{4})[.!?])(\d[\d/]*[.)]?\s*\S.*)$")
LABEL_START = re.compile(r"^[^\s:]+( [^\s:]+)?:")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Sans" svg:font-family="'DejaVu Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Sans" fo:font-size="11pt"
   fo:language="da" fo:country="DK" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Title" style:family="paragraph">
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Item" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always">
   <style:tab-stops><style:tab-stop style:position="1.3cm"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="List" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="0.8cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Toc" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="2.5cm"/>
    <style:tab-stop style:position="16cm" style:type="right"
    style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Field" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.05cm">
   <style:tab-stops><style:tab-stop style:position="4.5cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
%(styles)s
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm"
   fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm"
   fo:margin-bottom="0.8cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm"
   fo:margin-top="0.8cm"/></style:footer-style>
 </style:page-layout>
%(breaks)s
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">%(header)s</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Side <text:page-number
   text:select-page="current">1</text:page-number> af <text:page-count
   >1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
"""
STYLES = ("Standard", "Title", "Item", "Sub", "List", "Toc", "Field")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def header_text(exp):
    # a template prints the committee's name as the minutes give it (the
    # first of the expected names), not a shortened alternative
    council = exp["council"] or exp.get("authority") or "Referat"
    if isinstance(council, list):
        council = council[0]
    if not exp.get("date"):  # minutes that print no date
        return "%s - referat" % council
    y, m, d = (int(x) for x in exp["date"].split("-"))
    return "%s - referat %d. %s %d" % (council, d, MONTHS[m - 1], y)


def is_sub(s):
    t = s.rstrip(":").strip()
    if not t or len(t) > 40 or t[0].isdigit():
        return False
    if t.casefold() in SECTION_WORDS:
        return True
    if s.endswith(":") and len(t.split()) <= 4:
        return True
    return t.upper() == t and any(c.isalpha() for c in t) and len(t) > 3


def pages(lines):
    """Split the text at its page markers; drop the markers and the
    lines every page repeats (the document's first lines)."""
    first = [l.strip() for l in lines
             if l.strip() and not PAGE_MARK.match(l.strip())][:2]
    out, cur, marked = [], [], 0
    after_break = False
    for no, raw in enumerate(lines, 1):
        s = raw.strip()
        parts = raw.split("\f")
        if len(parts) > 1:
            out.append(cur)
            cur, after_break, marked = [], True, marked + 1
            s = parts[-1].strip()
            raw = parts[-1]
        indent = len(raw) - len(raw.lstrip(" "))
        if s and PAGE_MARK.match(s) and (indent >= 20 or
                                         s.lower().startswith("side")):
            # a footer or header line: the page ends here
            if cur and any(t for _, t in cur):
                out.append(cur)
                marked += 1
            cur, after_break = [], True
            continue
        if after_break and out and s in first:  # not on page 1
            continue
        if s:
            after_break = False
        cur.append((no, raw.rstrip()))
    out.append(cur)
    return [p for p in out if any(t.strip() for _, t in p)], marked


def is_label_line(s, label):
    return label and re.match(r"^(?:[•*-]\s*)?(?:pkt\.?|punkt|sag nr\.?|"
                              r"sag|nr\.?)?\s*%s[.:)]?$" % re.escape(label),
                              s.strip(), re.I)


def label_line(paras, page, i, label, text):
    """A heading's number alone on the line above or below its title
    ("Pkt. 25", "Sag nr. 44") is part of the heading: bold too (the
    last paragraph above or the next line below is made an Item)."""
    if not label or re.search(r"\b%s\b" % re.escape(label), text):
        return
    k = len(paras) - 2
    if k >= 0 and paras[k][0] in ("Standard", "List") and \
            is_label_line(paras[k][1], label):
        # a web page's bullet before the number is no part of a heading
        paras[k][:2] = ["Item", re.sub(r"^[•*-]\s*", "", paras[k][1])]
        return
    j = i
    while j < len(page) and not page[j][1].strip():
        j += 1
    if j < len(page) and is_label_line(page[j][1], label):
        paras.append(["Item", page[j][1].strip()])
        page[j] = (page[j][0], "")


def paragraphs(page, heads, titles, labels={}):
    """(style, text) paragraphs of one page's (line number, text)."""
    paras, prev, i = [], None, 0
    while i < len(page):
        no, raw = page[i]
        s = raw.strip()
        i += 1
        if not s:
            prev = None
            continue
        if no in heads:
            title = norm(titles[no] or "")
            text = s
            glued = GLUED_HEAD.match(s)
            if glued and title and title[:10] in norm(glued.group(2)):
                # a flattened page's decision glued to the next number:
                # in Word they are two paragraphs
                paras.append(["Standard", glued.group(1)])
                text = glued.group(2)
            if title and title[:10] in norm(s):
                while title not in norm(text) and i < len(page) and \
                        page[i][1].strip() and page[i][0] not in heads:
                    text += " " + page[i][1].strip()
                    i += 1
                paras.append(["Item", text])
            else:  # number above its title: both lines bold
                # a web page's bullet before the number is no part of it
                paras.append(["Item", re.sub(r"^[•*]\s*", "", text)])
                # the title a blank line under its number is the heading's
                j = i
                while j < len(page) and not page[j][1].strip():
                    j += 1
                if j < len(page) and title and page[j][0] not in heads \
                        and title[:10] in norm(page[j][1]):
                    i = j
                while i < len(page) and page[i][1].strip() and \
                        title and title not in norm(" ".join(
                            p[1] for p in paras[-2:])):
                    paras.append(["Item", page[i][1].strip()])
                    i += 1
            label_line(paras, page, i, labels.get(no), text)
            prev = None
            continue
        m = TOC_LINE.match(s)
        if m and ("...." in s or re.search(r"\S\s{3,}\d+$", s)):
            paras.append(["Toc", re.sub(r"\s{3,}", "\t", m.group(1)) +
                          "\t" + m.group(2)])
            prev = None
            continue
        if re.search(r"\S\s{3,}\S", s):
            paras.append(["Field", re.sub(r"\s{3,}", "\t", s)])
            prev = None
            continue
        if is_sub(s):
            paras.append(["Sub", s])
            prev = None
            continue
        style = "List" if LIST_START.match(s) else "Standard"
        if prev is not None and len(prev) >= 60 and style == "Standard" \
                and not LABEL_START.match(s):
            paras[-1][1] += " " + s
        else:
            paras.append([style, s])
        prev = s
    return paras


def print_fodt(doc, out_name, ext="pdf", filt="pdf"):
    """The bytes of the PDF LibreOffice headless prints of the flat ODF
    text `doc` (also used by make_word_shapes.py), or of the file of
    another `ext` it saves with filter `filt` (docx)."""
    with tempfile.TemporaryDirectory(prefix="wordpdf-") as tmp:
        fodt = os.path.join(tmp, out_name + ".fodt")
        with open(fodt, "w", encoding="utf-8") as f:
            f.write(doc)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp +
                        "/profile", "--headless", "--convert-to", filt,
                        "--outdir", tmp, fodt], check=True,
                       capture_output=True, timeout=300)
        with open(os.path.join(tmp, out_name + "." + ext), "rb") as f:
            return f.read()


DOCX_STYLES = """
 <style:style style:name="Heading_20_1" style:display-name="Heading 1"
  style:family="paragraph" style:default-outline-level="1"
  style:list-style-name="">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2"
  style:family="paragraph" style:default-outline-level="2"
  style:list-style-name="">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
"""
DOCX_AUTO = """
 <text:list-style style:name="Num">
  <text:list-level-style-number text:level="1" style:num-format="1"
   style:num-prefix="%(prefix)s" style:num-suffix="%(suffix)s">
   <style:list-level-properties
    text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab"
     text:list-tab-stop-position="1.3cm" fo:text-indent="-1.3cm"
     fo:margin-left="1.3cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <style:style style:name="Bold" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Bold_brk" style:family="paragraph"
  style:parent-style-name="Bold">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
"""
# a heading's label Word's numbering can print: prefix, number, suffix
AUTO_LABEL = re.compile(r"^((?:punkt|pkt\.|sag nr\.|§) ?)?(\d{1,3})([.):]?)"
                        r"\s+(?=\S)(.*)$", re.I)


OUTLINE = """
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1"
   style:num-prefix="%(prefix)s" style:num-suffix="%(suffix)s"/>
 </text:outline-style>
"""


def docx_body(body, typed, titles, outline=False):
    """The text paragraphs of `body` ([style, text, page break]) as a
    Word template saves them: items in "Heading 1" numbered by a list,
    labels in "Heading 2" (typed: both plain paragraphs in bold). The
    list's prefix and suffix are the commonest label shape's. Only a
    number that is the item's label and stands before its title
    (`titles`: label -> title) is the list's: a transcript's page number
    before a page line is text."""
    def auto_label(style, text):
        m = AUTO_LABEL.match(text) if style == "Item" else None
        t = titles.get(m.group(2).lstrip("0")) if m else None
        return m if t and norm(m.group(4)).startswith(norm(t)[:10]) \
            else None

    shapes = {}
    for style, text, _ in body:
        m = auto_label(style, text)
        if m:
            key = ((m.group(1) or ""), m.group(3))
            shapes[key] = shapes.get(key, 0) + 1
    shape = max(shapes, key=shapes.get) if shapes else ("", ".")
    xml, last = [], None
    for style, text, brk in body:
        t = escape(text).replace("\t", "<text:tab/>")
        if typed and style in ("Item", "Sub"):
            st = "Bold_brk" if brk else "Bold"
            xml.append('<text:p text:style-name="%s">%s</text:p>' % (st, t))
            continue
        if style not in ("Item", "Sub"):
            st = style + "_brk" if brk else style
            xml.append('<text:p text:style-name="%s">%s</text:p>' % (st, t))
            continue
        level = 1 if style == "Item" else 2
        st = "H%d_brk" % level if brk else "Heading_20_%d" % level
        m = auto_label(style, text)
        if not m or ((m.group(1) or ""), m.group(3)) != shape:
            bare = ' text:is-list-header="true"' if outline and \
                level == 1 else ""
            xml.append('<text:h text:style-name="%s" text:outline-level='
                       '"%d"%s>%s</text:h>' % (st, level, bare, t))
            continue
        no = int(m.group(2))
        start = '' if last is not None and no == last + 1 else \
            ' text:start-value="%d"' % no
        last = no
        t = escape(m.group(4)).replace("\t", "<text:tab/>")
        if outline:
            restart = ' text:restart-numbering="true"' if start else ""
            xml.append('<text:h text:style-name="%s" text:outline-level="1"'
                       '%s%s>%s</text:h>' % (st, restart, start, t))
            continue
        xml.append('<text:list text:style-name="Num" text:continue-numbering='
                   '"true"><text:list-item%s><text:h text:style-name="%s" '
                   'text:outline-level="1">%s</text:h></text:list-item>'
                   '</text:list>' % (start, st, t))
    affix = {"prefix": escape(shape[0], {'"': "&quot;"}),
             "suffix": escape(shape[1])}
    auto = DOCX_AUTO % affix
    auto += "".join(
        ' <style:style style:name="H%d_brk" style:family="paragraph" '
        'style:parent-style-name="Heading_20_%d"><style:paragraph-properties '
        'fo:break-before="page"/></style:style>\n' % (k, k) for k in (1, 2))
    return xml, auto, OUTLINE % affix if outline else ""


TITLE_LINES = 5
TITLE_LEN = 80
NUMBER_GAP = re.compile(r"^(\d{1,3}[.)]?) +(?=\S)")


def build(name, tabs=False, outdir=LAYOUTS, docx=False, typed=False,
          odt=False, outline=False):
    src = os.path.join(LAYOUTS, name + ".txt")
    with open(src + ".expect.json", encoding="utf-8") as f:
        exp = json.load(f)
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    heads = {it["line"]: it.get("title") for it in exp["items"]}
    labels = {it["line"]: it.get("label") for it in exp["items"]}
    page_list, marked = pages(lines)
    body, first = [], True
    for pno, page in enumerate(page_list):
        paras = paragraphs(page, heads, heads, labels)
        if first:  # the title block: up to the first blank line or
            # heading, at most TITLE_LINES lines (a web page's menu or a
            # text without blank lines is no 16 pt title); only the
            # page's first paragraphs, not the same words further down
            block = []
            for no, raw in page[:TITLE_LINES]:
                if not raw.strip() or no in heads:
                    break
                block.append(raw.strip())
            # a field line ("Udvalg: ...") or a long one is no title
            titled = [t for t in block if len(t) <= TITLE_LEN and
                      not LABEL_START.match(t)]
            for p in paras[:len(block)]:
                if p[1] in titled and p[0] in ("Standard", "Sub"):
                    p[0] = "Title"
            first = False
        for k, p in enumerate(paras):
            p.append(pno > 0 and k == 0)
        body.extend(paras)
    if marked < 2:  # break a page inside the second item
        idx = [k for k, p in enumerate(body) if p[0] == "Item"]
        if len(idx) >= 2:
            end = idx[2] if len(idx) > 2 else len(body)
            inner = [k for k in range(idx[1] + 1, end)
                     if body[k][0] not in ("Item", "Sub")]
            if inner:
                body[inner[len(inner) // 2]][2] = True
    if tabs:  # a list is numbered from 1 on: "3. december ..." is text
        for k, p in enumerate(body):
            listed = p[0] == "List" and (
                re.match(r"1\b", p[1]) or body[k - 1][0] == "List")
            if p[0] == "Item" or listed:
                p[1] = NUMBER_GAP.sub("\\1\t", p[1])
    xml, auto, chapters = [], "", ""
    # chapter numbering numbers a heading style that names no list style
    styles = DOCX_STYLES.replace(' style:list-style-name=""', "") \
        if outline else DOCX_STYLES
    if docx:
        xml, auto, chapters = docx_body(body, typed, {
            str(it.get("label") or "").lstrip("0"): it.get("title") or ""
            for it in exp["items"]}, outline)
    for style, text, brk in [] if docx else body:
        st = style + "_brk" if brk else style
        t = escape(text).replace("\t", "<text:tab/>")
        xml.append('<text:p text:style-name="%s">%s</text:p>' % (st, t))
    breaks = "\n".join(
        ' <style:style style:name="%s_brk" style:family="paragraph" '
        'style:parent-style-name="%s"><style:paragraph-properties '
        'fo:break-before="page"/></style:style>' % (s, s) for s in STYLES)
    doc = HEAD % {"breaks": breaks + auto, "header": escape(header_text(exp)),
                  "body": "\n".join(xml),
                  "styles": (styles if docx and not typed else "") +
                  chapters}
    ext = "odt" if odt else "docx" if docx else "pdf"
    prefix = ext + "-typed-" if typed else ext + "-outline-" if outline \
        else ext + "-" if docx else \
        "pdf-tab-" if tabs else "pdf-"
    out_name = prefix + (name[4:] if name.startswith("pdf-") else name)
    filt = {"docx": 'docx:MS Word 2007 XML', "odt": "odt"}.get(ext, "pdf")
    pdf = print_fodt(doc, out_name, ext, filt)
    out = os.path.join(outdir, out_name + "." + ext)
    with open(out, "wb") as f:
        f.write(pdf)
    want = dict(exp)
    want["items"] = [{k: v for k, v in it.items() if k != "line"}
                     for it in exp["items"]]
    with open(out + ".expect.json", "w", encoding="utf-8") as f:
        json.dump(want, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(out_name + "." + ext, len(pdf), "bytes")


def main(argv):
    if not argv:
        sys.exit(__doc__)
    opts = ("tabs", "docx", "typed", "odt", "outline")
    tabs, docx, typed, odt, outline = ("--" + o in argv for o in opts)
    argv = [a for a in argv if a[2:] not in opts]
    outdir = LAYOUTS
    if "--out" in argv:
        k = argv.index("--out")
        outdir = argv[k + 1]
        del argv[k:k + 2]
        os.makedirs(outdir, exist_ok=True)
    for name in argv:
        build(name, tabs, outdir, docx or typed or odt, typed,
              odt or outline, outline)


if __name__ == "__main__":
    main(sys.argv[1:])
