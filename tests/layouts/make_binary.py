#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""make_binary.py - rebuild the PDF and DOCX layout fixtures (u-pdf-*,
u-docx-*, w-pdf-*, w-docx-*) of tests/data/layouts/ from text in our own words.

PDFs: each tests/data/layouts/src/NAME.pdf.txt becomes NAME.pdf through
tests/tools/mkpdf.c ("seed" mode: A4, wrapped lines, a running header and
a "Side N af M" footer). Its first line "#% header|date" gives the running
header; lines starting "#H " are item headings (larger, bold). DOCX: built
here with the helpers of tests/data/formats/make_fixtures.py.

Needs cc and cairo's headers; CI does not run it (the files are committed).
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "tests", "data", "layouts")
sys.path.insert(0, os.path.join(ROOT, "tests", "data", "formats"))
import make_fixtures as mf  # noqa: E402


def build_mkpdf(tmp):
    exe = os.path.join(tmp, "mkpdf")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "cairo"],
                           capture_output=True, text=True,
                           check=True).stdout.split()
    subprocess.run(["cc", "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-O2",
                    "-o", exe, os.path.join(ROOT, "tests", "tools", "mkpdf.c")]
                   + flags, check=True)
    return exe


def make_pdf(exe, src, tmp):
    with open(src, encoding="utf-8") as f:
        lines = f.read().split("\n")
    name, date = lines[0][3:].split("|")
    body, heads = [], []
    for ln in lines[1:]:
        if ln.startswith("#H "):
            ln = ln[3:]
            heads.append(str(len(body) + 1))
        body.append(ln)
    text = os.path.join(tmp, "in.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write("\n".join(body))
    out = os.path.join(OUT, os.path.basename(src)[:-len(".txt")])
    subprocess.run([exe, "seed", text, out, name, date, " ".join(heads)],
                   check=True)


def docx_taarnby(path):
    """A Word memo: upper-case field table, Word-numbered items with
    lettered sub-points (ilvl 1), no heading styles."""
    P, R = mf.w_para, mf.w_run
    cell = lambda t: "<w:tc>" + P([R(t)]) + "</w:tc>"  # noqa: E731
    row = lambda a, b: "<w:tr>" + cell(a) + cell(b) + "</w:tr>"  # noqa: E731
    body = [
        P([R("TÅRNBY KOMMUNE", bold=True)]),
        P([R("REFERAT", bold=True, size=32)]),
        "<w:tbl>" + row("MØDE I:", "Handicaprådet, lokale 211, kl. 16.00") +
        row("DATO:", "14. maj 2019") +
        row("EMNE:", "Ordinært møde") +
        row("SAGSNR.:", "19/1402") +
        row("DELTAGERE:", "Tina Weis, Jan Juul, Carsten Fur, Lars Brogård, "
            "Dorthe Hald, Liv Gram, Ann Nør") +
        row("AFBUD:", "Einer Lyd") + row("MØDENR.:", "3") + "</w:tbl>",
        P([R("Godkendelse af dagsorden")], None, (1, 0)),
        P([R("Dagsorden blev godkendt.")]),
        P([R("Orienteringspunkter")], None, (1, 0)),
        P([R("Nyt fra Center for Handicap.")], None, (1, 1)),
        P([R("Centerchefen fortalte om ventetiden på bostøtte.")]),
        P([R("Status på handicapplanen.")], None, (1, 1)),
        P([R("Sekretariatet gennemgik de seks indsatser.")]),
        P([R("Beslutningspunkter")], None, (1, 0)),
        P([R("Høringssvar om busplanen.")], None, (1, 1)),
        P([R("Rådet vil have flere lavgulvsbusser og sender et kort svar.")]),
        P([R("Eventuelt")], None, (1, 0)),
        P([R("Næste møde er den 10. september 2019.")]),
        P([R("Referent: Leon Hon")]),
    ]
    mf.docx(path, body, "Referat Handicaprådet 14. maj 2019", danish=True)


def docx_lyngby(path):
    """Word minutes with bold paragraphs for headings: "Pkt. N" on its own
    line, the title on the next; the attendance as one line per person."""
    P, R = mf.w_para, mf.w_run
    body = [
        P([R("Referat fra møde i Integrationsrådet", bold=True, size=28)]),
        P([R("Lyngby-Taarbæk Kommune")]),
        P([R("Torsdag d.10.09.15.")]),
        P([R("Til stede:", bold=True)]),
        P([R("Gitte Kær, formand, udpeget af Kommunalbestyrelsen")]),
        P([R("Fatma Ismail, etnisk repræsentant")]),
        P([R("Ruth Jessen, LyngbyGuiderne")]),
        P([R("Bjarne Ott, Lyngby Frivillignet")]),
        P([R("Karina Hoy, Center for Social Indsats (referent)")]),
        P([R("Afbud:", bold=True)]),
        P([R("Anne Sejr, Oplysningsforbundene")]),
        P([R("Ye Lin, etnisk repræsentant")]),
        P([R("Pkt. 1", bold=True)]),
        P([R("Valg af ny formand samt næstformand", bold=True)]),
        P([R("Den tidligere formand er udtrådt af rådet. Gitte Kær blev "
             "valgt som formand med fuld opbakning.")]),
        P([R("Pkt. 2", bold=True)]),
        P([R("Integrationsrådets årsplan", bold=True)]),
        P([R("Rådet vil i år arbejde med tre temaer:")]),
        P([R("sprog og job for kvinder")], "ListParagraph", (1, 0)),
        P([R("foreningslivet")], "ListParagraph", (1, 0)),
        P([R("boligsociale indsatser")], "ListParagraph", (1, 0)),
        P([R("Pkt. 3", bold=True)]),
        P([R("Eventuelt", bold=True)]),
        P([R("Intet.")]),
    ]
    mf.docx(path, body, "Referat Integrationsrådet", danish=True)


def docx_furesoe(path):
    """Word minutes of a seniorråd: item titles in the Danish heading style
    with the number typed in ("1. …"), the date as "6/3 2024", members in
    a two-column table, a Word-numbered list inside an item."""
    P, R = mf.w_para, mf.w_run
    cell = lambda t: "<w:tc>" + P([R(t)]) + "</w:tc>"  # noqa: E731
    row = lambda a, b: "<w:tr>" + cell(a) + cell(b) + "</w:tr>"  # noqa: E731
    body = [
        P([R("Furesø Kommune")]),
        P([R("Seniorrådet", bold=True, size=32)]),
        P([R("Referat af møde onsdag den 6/3 2024 kl. 10.00-12.00, "
             "Farum Rådhus, lokale 112")]),
        "<w:tbl>" + row("Deltagere:", "Bent Aas, Karen Dyhr, Lise Holm, "
                        "Poul Kirk, Vera Mose") +
        row("Afbud:", "Jørn Krat") + row("Referent:", "Sif Lerche") +
        "</w:tbl>",
        P([R("1. Godkendelse af dagsorden")], "Overskrift1"),
        P([R("Godkendt.")]),
        P([R("2. Høring om værdighedspolitikken")], "Overskrift1"),
        P([R("Rådet har tre bemærkninger til udkastet:")]),
        P([R("besøgsvenner skal nævnes")], None, (1, 0)),
        P([R("maden på plejecentrene skal have et afsnit")], None, (1, 0)),
        P([R("pårørende skal inddrages tidligere")], None, (1, 0)),
        P([R("Lise skriver svaret.")]),
        P([R("3. Seniorrådets årsmøde")], "Overskrift1"),
        P([R("Årsmødet holdes den 18. april i Farum Kulturhus.")]),
        P([R("4. Eventuelt")], "Overskrift1"),
        P([R("Intet.")]),
    ]
    mf.docx(path, body, "Seniorrådet referat", danish=True)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        exe = build_mkpdf(tmp)
        src = os.path.join(OUT, "src")
        for name in sorted(os.listdir(src)):
            if name.endswith(".pdf.txt"):
                make_pdf(exe, os.path.join(src, name), tmp)
    docx_taarnby(os.path.join(OUT, "u-docx-taarnby-handicapraad.docx"))
    docx_lyngby(os.path.join(OUT, "u-docx-lyngby-integrationsraad.docx"))
    docx_furesoe(os.path.join(OUT, "w-docx-furesoe-seniorraad.docx"))


if __name__ == "__main__":
    main()
