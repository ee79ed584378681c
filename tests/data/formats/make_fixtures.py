#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""make_fixtures.py - render the five shipped minutes (corpus/*.txt) as
HTML, DOCX and (one) ODT, and write the hand-made DOCX/ODT fixtures, for
tests/unit/test_extract.c and the end-to-end format checks.

Deterministic (fixed zip timestamps and order; python3 stdlib only), so
running it again gives byte-identical files:

    python3 tests/data/formats/make_fixtures.py

Each non-blank line of a seed becomes one paragraph, as the .txt reader
sees one line per block; the item headings (the lines listed in HEADINGS,
taken from what the text parser finds in the .txt) become real headings:
<h2> in HTML, a "Heading 1" paragraph in DOCX (for Herning the Danish
"Overskrift 1" name, with no outline level, as Danish Word writes it),
text:h in ODT. A heading broken over lines in the .txt is one heading.
"""
import html
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SEEDS = os.path.join(HERE, "seeds")

# seed -> [(first line of the heading, 1-based; last words of its title)]
HEADINGS = {
    "fredericia-udsatteraad-2022-08-24": [
        (35, "sidste møde"), (43, "dagsorden"), (49, "(60min)"),
        (93, "anbefalinger"), (125, "Socialudvalget"), (148, "Udsathed"),
        (192, "Hellestedet"), (211, "arbejdsgruppe"), (226, "Petersen"),
        (231, "Graversen"), (263, "Evt."),
    ],
    "herning-udsatteraad-2017-10-06": [
        (11, "Unge"), (75, "stofmisbrug"), (154, "2017"),
        (256, "funktionsperiode"), (411, "Psykiatri"), (435, "unge udsatte"),
        (455, "Eventuelt"),
    ],
    "odense-raadet-for-socialt-udsatte-2017-11-30": [
        (26, "sidste møde"), (30, "dagsorden"), (36, "formanden"),
        (74, "Socialudvalget"), (188, "Valg"), (222, "gere."),
        (246, "fremover"), (269, "afbud)"), (285, "Rundvisning"),
        (293, "forvaltningen"), (432, "møde"), (438, "Evt."),
    ],
    "region-midtjylland-udsatteraad-2024-06-19": [
        (22, "mødet"), (34, "Midtjylland"), (116, "sidste møde"),
        (180, "Udsatterådet"), (232, "Udsatterådet"), (303, "Udsatterådet"),
        (319, "Midtjylland"), (341, "orientering"), (353, "Herning"),
        (381, "Mødedeltagelse"),
    ],
    "region-midtjylland-udsatteraad-2025-10-22": [
        (21, "mødet"), (33, "Udsatterådet"), (69, "sundhedsreformen"),
        (119, "funktionsperioden"), (159, "Udsatterrådet"),
        (171, "Midtjylland"), (217, "sidste møde"), (247, "mødet"),
        (259, "Mødedeltagelse"),
    ],
}
DANISH_STYLES = {"herning-udsatteraad-2017-10-06"}
ODT_SEEDS = {"fredericia-udsatteraad-2022-08-24"}

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraphs(seed):
    """[(is_heading, text)] for the seed's non-blank lines."""
    with open(os.path.join(ROOT, "corpus", seed + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    heads = dict(HEADINGS[seed])
    out, i = [], 0
    while i < len(lines):
        if i + 1 in heads:
            end_words = heads[i + 1]
            j = i
            while end_words not in lines[j]:
                j += 1
                if j > i + 6:
                    raise SystemExit(f"{seed}:{i + 1}: heading end not found")
            text = ""
            for ln in lines[i:j + 1]:
                ln = ln.strip()
                if not ln:
                    continue
                if text.endswith("-") and ln[:1].islower():
                    text = text[:-1] + ln
                else:
                    text = (text + " " + ln).strip()
            out.append((True, text))
            i = j + 1
            continue
        if lines[i].strip():
            out.append((False, lines[i].strip()))
        i += 1
    return out


def write_zip(path, parts):
    """Parts in the given order, fixed time stamps: same bytes every run.
    ODF wants "mimetype" first and stored."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = (zipfile.ZIP_STORED if name == "mimetype"
                                  else zipfile.ZIP_DEFLATED)
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


def make_html(seed, paras):
    title = paras[0][1]
    body = []
    for is_head, text in paras:
        tag = "h2" if is_head else "p"
        body.append(f"<{tag}>{html.escape(text, quote=False)}</{tag}>")
    return ("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n"
            "<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title, quote=False)}</title>\n"
            "</head>\n<body>\n<main>\n" + "\n".join(body) +
            "\n</main>\n</body>\n</html>\n")


# ---- DOCX ----

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>
"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>
"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>
"""


def styles_xml(danish):
    """Normal 11 pt; heading styles by name. Danish Word names them
    "Overskrift N" with ids "OverskriftN"; the English ones carry an
    outline level as Word writes it."""
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:styles xmlns:w="{W_NS}">\n'
           '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr>'
           '</w:rPrDefault></w:docDefaults>\n'
           '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
           '<w:name w:val="Normal"/></w:style>\n'
           '<w:style w:type="paragraph" w:styleId="ListParagraph">'
           '<w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
           '</w:style>\n']
    for n, size in ((1, 32), (2, 26)):
        sid = f"Overskrift{n}" if danish else f"Heading{n}"
        name = f"Overskrift {n}" if danish else f"heading {n}"
        outline = "" if danish else f'<w:outlineLvl w:val="{n - 1}"/>'
        out.append(f'<w:style w:type="paragraph" w:styleId="{sid}">'
                   f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
                   f'<w:pPr><w:keepNext/>{outline}</w:pPr>'
                   f'<w:rPr><w:b/><w:sz w:val="{size}"/></w:rPr></w:style>\n')
    # a template's own item style: a level-2 outline inherited through
    # basedOn from a style whose name says nothing
    out.append('<w:style w:type="paragraph" w:styleId="Punktniveau">'
               '<w:name w:val="Punktniveau"/><w:basedOn w:val="Normal"/>'
               '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\n'
               '<w:style w:type="paragraph" w:styleId="Dagsordenpunkt">'
               '<w:name w:val="Dagsordenpunkt"/>'
               '<w:basedOn w:val="Punktniveau"/>'
               '<w:rPr><w:b/></w:rPr></w:style>\n')
    out.append('<w:style w:type="character" w:styleId="Strong">'
               '<w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>\n')
    out.append("</w:styles>\n")
    return "".join(out)


NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>
"""


def core_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{html.escape(title, quote=False)}</dc:title>"
            "</cp:coreProperties>\n")


def w_run(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (
            f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return (f'<w:r>{rpr}<w:t xml:space="preserve">'
            f"{html.escape(text, quote=False)}</w:t></w:r>")


def w_para(runs, style=None, num=None, extra=""):
    ppr = ""
    if style or num or extra:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if num:
            ppr += (f'<w:numPr><w:ilvl w:val="{num[1]}"/>'
                    f'<w:numId w:val="{num[0]}"/></w:numPr>')
        ppr += extra + "</w:pPr>"
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def docx(path, body, title, danish=False):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>\n' + "\n".join(body) +
           '\n<w:sectPr/></w:body></w:document>\n')
    write_zip(path, [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/document.xml", doc),
        ("word/styles.xml", styles_xml(danish)),
        ("word/numbering.xml", NUMBERING),
        ("docProps/core.xml", core_xml(title)),
    ])


def make_docx(seed, paras, path):
    danish = seed in DANISH_STYLES
    head = "Overskrift1" if danish else "Heading1"
    body = [w_para([w_run(t)], head if h else None) for h, t in paras]
    docx(path, body, paras[0][1], danish)


# ---- ODT ----

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.2"')
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS}><office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Strong_20_Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles></office:document-styles>
"""


def odt(path, body, title):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
               f"<office:document-content {ODF_NS}><office:automatic-styles>"
               '<style:style style:name="P1" style:family="paragraph" '
               'style:parent-style-name="Standard"><style:text-properties '
               'fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P2" style:family="paragraph" '
               'style:parent-style-name="Heading_20_1"/>'
               '<text:list-style style:name="L1"><text:list-level-style-number '
               'text:level="1" style:num-format="1" text:start-value="1"/>'
               '</text:list-style><text:list-style style:name="L2">'
               '<text:list-level-style-bullet text:level="1" '
               'text:bullet-char="•"/></text:list-style>'
               "</office:automatic-styles><office:body><office:text>\n" +
               "\n".join(body) +
               "\n</office:text></office:body></office:document-content>\n")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<office:document-meta {ODF_NS}><office:meta>"
            f"<dc:title>{html.escape(title, quote=False)}</dc:title>"
            "</office:meta></office:document-meta>\n")
    write_zip(path, [
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", ODT_MANIFEST),
        ("content.xml", content),
        ("styles.xml", ODT_STYLES),
        ("meta.xml", meta),
    ])


def t_para(text, style="Standard"):
    return (f'<text:p text:style-name="{style}">'
            f"{html.escape(text, quote=False)}</text:p>")


def make_odt(paras, path):
    body = []
    for h, t in paras:
        if h:
            body.append('<text:h text:style-name="Heading_20_1" '
                        f'text:outline-level="1">{html.escape(t, quote=False)}'
                        "</text:h>")
        else:
            body.append(t_para(t))
    odt(path, body, paras[0][1])


# ---- hand-made fixtures: a committee's minutes in our own words ----

def hand_docx(path):
    """Danish style names, Word numbering (numbered items, a restarted
    list, bullets), a field table, a bold paragraph, a page break."""
    P, R = w_para, w_run
    body = [
        P([R("Referat", size=40)], "Overskrift1"),
        P([R("Ældrerådet i Søby Kommune", bold=True)]),
        "<w:tbl>"
        "<w:tr><w:tc>" + P([R("Mødedato")]) + "</w:tc><w:tc>" +
        P([R("4. marts 2025 kl. 14.00")]) + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + P([R("Sted")]) + "</w:tc><w:tc>" +
        P([R("Mødelokale 2, Rådhuset")]) + P([R("Indgang fra gården")]) +
        "</w:tc></w:tr></w:tbl>",
        P([R("Godkendelse af dagsorden")], "Overskrift2", (1, 0)),
        P([R("Dagsordenen blev godkendt uden bemærkninger.")]),
        P([R("Budget for næste år")], "Overskrift2", (1, 0)),
        P([R("Rådet drøftede tre forhold:")]),
        P([R("takster for madservice")], "ListParagraph", (1, 1)),
        P([R("kørsel til aktivitetscentre")], "ListParagraph", (1, 1)),
        P([R("Indstillingen blev "), R("tiltrådt", bold=True), R(".")]),
        P([R("Orientering fra formanden")], "Dagsordenpunkt"),
        P([R("Beslutning: ", bold=True), R("Godkendt", bold=True)]),
        P([R("Eventuelt")], "Overskrift2", (1, 0),
          '<w:pageBreakBefore/>'),
        P([R("Kaffe og kage")], None, (2, 0)),
        P([R("Næste møde")], None, (2, 0)),
        P([R("Punkt fem")], None, (3, 0)),
        P([R("Punkt seks")], None, (3, 0)),
        '<w:p><w:r><w:t>Før skiftet</w:t></w:r><w:r><w:br w:type="page"/>'
        '</w:r><w:r><w:t>Efter skiftet</w:t></w:r></w:p>',
        '<w:p><w:r><w:delText>slettet tekst</w:delText></w:r>'
        '<w:r><w:t>Tilbage</w:t></w:r><w:r><w:t xml:space="preserve"> '
        'står</w:t></w:r></w:p>',
    ]
    docx(path, body, "Referat Ældrerådet 4. marts 2025", danish=True)


def hand_odt(path):
    body = [
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">'
        "Referat fra Handicaprådet</text:h>",
        '<text:p text:style-name="P1">Mødet blev holdt på biblioteket</text:p>',
        '<text:p text:style-name="P2">Deltagere</text:p>',
        '<text:list text:style-name="L1"><text:list-item><text:p>Velkomst'
        '</text:p></text:list-item><text:list-item><text:p>Orientering om '
        '<text:span text:style-name="Strong_20_Emphasis">tilgængelighed'
        "</text:span></text:p></text:list-item></text:list>",
        '<text:list text:style-name="L2"><text:list-item><text:p>Et punkt uden '
        "nummer</text:p></text:list-item></text:list>",
        '<table:table><table:table-row><table:table-cell><text:p>Navn</text:p>'
        "</table:table-cell><table:table-cell><text:p>Forening</text:p>"
        "</table:table-cell></table:table-row><table:table-row>"
        "<table:table-cell><text:p>Anna</text:p></table:table-cell>"
        "<table:table-cell><text:p>Gangforeningen</text:p></table:table-cell>"
        "</table:table-row></table:table>",
        '<text:h text:outline-level="2">Eventuelt</text:h>',
        "<text:soft-page-break/>",
        "<text:p>Ingen<text:s/>bemærkninger<text:note><text:note-body>"
        "<text:p>en fodnote</text:p></text:note-body></text:note></text:p>",
    ]
    odt(path, body, "Handicaprådet, referat")


def main():
    for sub in ("html", "docx", "odt"):
        os.makedirs(os.path.join(SEEDS, sub), exist_ok=True)
    for seed in sorted(HEADINGS):
        paras = paragraphs(seed)
        with open(os.path.join(SEEDS, "html", seed + ".html"), "w",
                  encoding="utf-8", newline="\n") as f:
            f.write(make_html(seed, paras))
        make_docx(seed, paras, os.path.join(SEEDS, "docx", seed + ".docx"))
        if seed in ODT_SEEDS:
            make_odt(paras, os.path.join(SEEDS, "odt", seed + ".odt"))
    hand_docx(os.path.join(HERE, "aeldreraad.docx"))
    hand_odt(os.path.join(HERE, "handicapraad.odt"))


if __name__ == "__main__":
    main()
