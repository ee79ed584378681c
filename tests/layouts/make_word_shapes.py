#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""make_word_shapes.py - print minutes written in a small markup as council
Word templates lay them out, shapes that make_word_pdf.py's plain-text
fixtures cannot give: tests/data/layouts/src/NAME.word.txt -> NAME.pdf
(LibreOffice headless, through make_word_pdf.print_fodt). The
.expect.json is written by hand beside the PDF.

With --scan NAME the PDF NAME.pdf is also "scanned": each page rendered
by pdftoppm (poppler-utils) to a 1-bit image at 200 dpi, speckled with a
fixed seed, and written as NAME-scan.pdf, page images without a text
layer (for the OCR path); its .expect.json is NAME's.

Markup, one directive a line; every other non-blank line is a paragraph
of body text (Word wraps it at the page's width):

  #header LEFT | RIGHT       a line of the running header on every page
                             (the right part at a right tab stop, a
                             middle one of three centred), 9 pt;
                             repeat it for a header of several lines
  #footer TEXT               footer, `{page}` and `{pages}` replaced by
                             the page number and count (default none)
  #title TEXT                16 pt bold
  #sub TEXT                  bold at body size (section labels)
  #big TEXT                  an unnumbered heading, 14 pt bold
  #tabhead LEFT | RIGHT      a 12 pt bold heading with RIGHT at a right
                             tab stop (`3. Title ... Åbent punkt`)
  #numhead NUM | TITLE [| RIGHT]   a 12 pt bold heading printed as Word's
                             numbering does: NUM, a tab, TITLE (and
                             RIGHT at the right tab stop)
  #hanghead NUM | TITLE [| RIGHT]  the same with a hanging indent: a
                             wrapped title stays right of the number
  #small TEXT                9 pt grey, kept with the next paragraph
                             (`Punkt 14` over a title)
  #grid A | B ...            a row of a bordered table of equal columns;
                             consecutive rows make one table
  #gridwidths W | W ...      column widths (cm) of the next #grid table
                             instead of equal ones (a wide first column)
  #rowhead A | B [| C ...]   a heading as a one-row bordered table, bold
                             (cells after the second 10 pt, right-aligned;
                             `//` starts a 9 pt plain paragraph in a cell)
  #fields L | V | L | V ...  a bordered two-column table of fields
                             (label, value), one row per pair
  #cols / #colbreak / #endcols   a two-column section
  #toc NUM | TITLE | PAGE    a contents line: NUM, TITLE, a dot-led
                             right-aligned PAGE
  #list TEXT                 an indented list paragraph
  #tabline LEFT | MID | RIGHT   a plain body-size line with MID at a
                             centred and RIGHT at a right tab stop
                             (`Sagsnr.: …   Dok.nr.: …   Åbent`); with
                             two cells RIGHT only
  #page                      the next paragraph or table starts a page
"""
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from make_word_pdf import LAYOUTS, print_fodt  # noqa: E402

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
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
  <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Big" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="TabHead" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:keep-with-next="always">
   <style:tab-stops><style:tab-stop style:position="1.2cm"/>
    <style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="NumHead" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:keep-with-next="always"
   fo:margin-left="1.2cm" fo:text-indent="-1.2cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/>
    <style:tab-stop style:position="14.8cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0cm"
   fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="9pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="TabLine" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="8cm"
    style:type="center"/><style:tab-stop style:position="16cm"
    style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
 </style:style>
 <style:style style:name="CellSmall" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="HeadCell" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="HeadCellRight" style:family="paragraph"
  style:parent-style-name="HeadCell">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="List" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.05cm"/>
 </style:style>
 <style:style style:name="Toc" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="1.2cm"/>
    <style:tab-stop style:position="16cm" style:type="right"
    style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="8cm"
    style:type="center"/><style:tab-stop style:position="16cm"
    style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
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
 <style:style style:name="Sect2" style:family="section">
  <style:section-properties><style:columns fo:column-count="2"
   fo:column-gap="1cm"/></style:section-properties>
 </style:style>
 <style:style style:name="ColBrk" style:family="paragraph"
  style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="column"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="16cm" table:align="left"
   fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="TblBrk" style:family="table">
  <style:table-properties style:width="16cm" table:align="left"
   fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:break-before="page"/>
 </style:style>
 <style:style style:name="Box" style:family="table-cell">
  <style:table-cell-properties fo:border="0.5pt solid #000000"
   fo:padding="0.1cm"/>
 </style:style>
%(cols)s
%(breaks)s
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  %(header)s
  %(footer)s
 </style:master-page>
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
"""
STYLES = ("Standard", "Title", "Sub", "Big", "TabHead", "NumHead", "Small",
          "List", "Toc", "TabLine")
# column widths (cm) of a heading row by its number of cells, and of fields
ROW_WIDTHS = {2: (12.0, 4.0), 3: (1.5, 11.5, 3.0), 4: (2.0, 8.5, 3.5, 2.0)}
FIELD_WIDTHS = (4.0, 12.0)


def cells(rest):
    return [c.strip() for c in rest.split("|")]


def inline(text):
    return escape(text).replace("\t", "<text:tab/>")


class Doc:
    def __init__(self):
        self.body, self.widths, self.brk = [], set(), False
        self.tables = 0

    def para(self, style, text):
        st = style + "_brk" if self.brk else style
        self.brk = False
        self.body.append('<text:p text:style-name="%s">%s</text:p>' %
                         (st, inline(text)))

    def table(self, rows, widths, cell_style):
        """rows: lists of cell texts; cell_style(row, col) -> para style."""
        self.tables += 1
        self.widths.update(widths)
        st = "TblBrk" if self.brk else "Tbl"
        self.brk = False
        out = ['<table:table table:name="T%d" table:style-name="%s">' %
               (self.tables, st)]
        for w in widths:
            out.append('<table:table-column table:style-name="W%s"/>' %
                       str(w).replace(".", "_"))
        for r, row in enumerate(rows):
            out.append("<table:table-row>")
            for c, text in enumerate(row):
                # "//" parts a cell's paragraphs; the later ones plain
                paras = [t.strip() for t in text.split("//")]
                out.append('<table:table-cell table:style-name="Box" '
                           'office:value-type="string">%s'
                           '</table:table-cell>' % "".join(
                               '<text:p text:style-name="%s">%s</text:p>' %
                               (cell_style(r, c, len(row)) if k == 0
                                else "CellSmall", inline(t))
                               for k, t in enumerate(paras)))
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.body.append("\n".join(out))


def build(name):
    src = os.path.join(LAYOUTS, "src", name + ".word.txt")
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    d, header, footer, grid = Doc(), [], "", []
    gridw = None
    for raw in lines + [""]:
        s = raw.strip()
        if grid and not s.startswith("#grid"):  # the grid's rows end
            w = gridw or [16.0 / len(grid[0])] * len(grid[0])
            d.table(grid, w, lambda r, c, n: "Cell")
            grid, gridw = [], None
        if not s.startswith("#"):
            if s:
                d.para("Standard", s)
            continue
        word, _, rest = s.partition(" ")
        rest = rest.strip()
        if word == "#header":
            header.append(cells(rest))
        elif word == "#footer":
            footer = rest
        elif word == "#title":
            d.para("Title", rest)
        elif word == "#sub":
            d.para("Sub", rest)
        elif word == "#big":
            d.para("Big", rest)
        elif word == "#tabhead":
            d.para("TabHead", "\t".join(cells(rest)))
        elif word == "#numhead":
            d.para("TabHead", "\t".join(cells(rest)))
        elif word == "#hanghead":
            d.para("NumHead", "\t".join(cells(rest)))
        elif word == "#small":
            d.para("Small", rest)
        elif word == "#gridwidths":
            gridw = [float(c) for c in cells(rest)]
        elif word == "#grid":
            grid.append(cells(rest))
        elif word == "#tabline":
            c = cells(rest)
            d.para("TabLine", "\t".join(c[:1] + [""] + c[1:]
                                        if len(c) == 2 else c))
        elif word == "#list":
            d.para("List", rest)
        elif word == "#toc":
            num, title, page = cells(rest)
            d.para("Toc", "%s\t%s\t%s" % (num, title, page))
        elif word == "#rowhead":
            row = cells(rest)
            d.table([row], ROW_WIDTHS[len(row)],
                    lambda r, c, n: "HeadCellRight" if c >= 2
                    else "HeadCell")
        elif word == "#fields":
            c = cells(rest)
            d.table([c[i:i + 2] for i in range(0, len(c), 2)], FIELD_WIDTHS,
                    lambda r, c, n: "Cell")
        elif word == "#cols":
            d.body.append('<text:section text:style-name="Sect2" '
                          'text:name="S%d">' % len(d.body))
        elif word == "#colbreak":
            d.body.append('<text:p text:style-name="ColBrk"/>')
        elif word == "#endcols":
            d.body.append("</text:section>")
        elif word == "#page":
            d.brk = True
        else:
            sys.exit("%s: unknown directive %s" % (src, word))
    cols = "\n".join(
        ' <style:style style:name="W%s" style:family="table-column">'
        '<style:table-column-properties style:column-width="%scm"/>'
        '</style:style>' % (str(w).replace(".", "_"), w)
        for w in sorted(d.widths))
    breaks = "\n".join(
        ' <style:style style:name="%s_brk" style:family="paragraph" '
        'style:parent-style-name="%s"><style:paragraph-properties '
        'fo:break-before="page"/></style:style>' % (s, s) for s in STYLES)
    head_xml = foot_xml = ""
    if header:
        head_xml = "<style:header>%s</style:header>" % "".join(
            '<text:p text:style-name="Header">%s</text:p>' %
            "<text:tab/>".join(escape(h) for h in (
                row[:1] + [""] + row[1:] if len(row) == 2 else row))
            for row in header)
    if footer:
        f = escape(footer).replace(
            "{page}", '<text:page-number text:select-page="current">1'
            '</text:page-number>').replace(
            "{pages}", "<text:page-count>1</text:page-count>")
        foot_xml = ('<style:footer><text:p text:style-name="Footer">%s'
                    '</text:p></style:footer>' % f)
    doc = HEAD % {"cols": cols, "breaks": breaks, "header": head_xml,
                  "footer": foot_xml, "body": "\n".join(d.body)}
    pdf = print_fodt(doc, name)
    out = os.path.join(LAYOUTS, name + ".pdf")
    with open(out, "wb") as f:
        f.write(pdf)
    print(name + ".pdf", len(pdf), "bytes")


def speckle(pbm, rng):
    """(width, height, rows) of a binary PBM (P4), a few black specks set
    with the fixed-seed `rng`."""
    m = re.match(rb"P4\s+(\d+)\s+(\d+)\s", pbm)
    w, h = int(m.group(1)), int(m.group(2))
    data = bytearray(pbm[m.end():])
    stride = (w + 7) // 8
    for _ in range(w * h // 4000):
        x, y = rng.randrange(w), rng.randrange(h)
        data[y * stride + x // 8] |= 0x80 >> (x % 8)
    return w, h, bytes(data)


def image_pdf(pages, dpi):
    """A PDF of 1-bit page images (PBM rows: 1 is black), no text layer."""
    objs = []  # bodies; object n is objs[n - 1]

    def add(body):
        objs.append(body)
        return len(objs)

    kids = []
    pages_no = add(b"")  # filled in below
    for w, h, rows in pages:
        data = zlib.compress(rows, 9)
        img = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d "
                  b"/ColorSpace /DeviceGray /BitsPerComponent 1 "
                  b"/Decode [1 0] /Filter /FlateDecode /Length %d >>\n"
                  b"stream\n" % (w, h, len(data)) + data +
                  b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        content = add(b"<< /Length %d >>\nstream\n" % len(draw) + draw +
                      b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f "
                        b"%.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" %
                        (pages_no, pw, ph, img, content)))
    objs[pages_no - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_no)
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, xref))
    return bytes(out)


def scan(name):
    src = os.path.join(LAYOUTS, name + ".pdf")
    out = os.path.join(LAYOUTS, name + "-scan.pdf")
    rng, dpi = random.Random(21), 200
    with tempfile.TemporaryDirectory(prefix="wordscan-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-mono", src,
                        os.path.join(tmp, "p")], check=True, timeout=300)
        pages = []
        for p in sorted(p for p in os.listdir(tmp) if p.endswith(".pbm")):
            with open(os.path.join(tmp, p), "rb") as f:
                pages.append(speckle(f.read(), rng))
    with open(out, "wb") as f:
        f.write(image_pdf(pages, dpi))
    with open(os.path.join(LAYOUTS, name + ".pdf.expect.json"),
              encoding="utf-8") as f:
        exp = f.read()
    with open(out + ".expect.json", "w", encoding="utf-8") as f:
        f.write(exp)
    print(os.path.basename(out), os.path.getsize(out), "bytes")


def main(argv):
    if not argv:
        sys.exit(__doc__)
    if argv[0] == "--scan":
        for name in argv[1:]:
            scan(name)
        return
    for name in argv:
        build(name)


if __name__ == "__main__":
    main(sys.argv[1:])
