#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""test_indexer.py - the real referat-index on copies of corpus/: what
files become: items and metadata in --dump, broken, too large and
Latin-1 files, sidecars and unknown layouts, PDF files, --parse and
--dump-blocks, closed items, usage. How the index folder goes through
runs (incremental, --jobs, migration, kill -9) is test_indexer_runs.py's;
the shared helpers are indexer_harness.py's.

Environment: REFERAT_BIN (folder of the built binaries) and
REFERAT_SOURCE_DIR (the repository); both default to this checkout.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from indexer_harness import (EXPECTED, INDEXER, SRC,  # noqa: E402
                             IndexerCase, dump, mode, per_file, run,
                             summary)

COUNCIL_WORD = {
    "fredericia": "Fredericia",
    "herning": "Herning",
    "odense": "Odense",
    "region": "Region Midtjylland",
}


def make_pdf(lines):
    """A minimal one-page PDF (Helvetica, WinAnsi) showing `lines`."""
    content = "BT /F1 12 Tf 14 TL 72 760 Td\n"
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(")
        content += "(" + esc.replace(")", "\\)") + ") Tj T*\n"
    stream = (content + "ET\n").encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


class IndexerTest(IndexerCase):
    def test_corpus_items_and_metadata(self):
        p = self.index()
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        items = dump(self.db)
        self.assertEqual(len(items), 49)
        self.assertEqual(per_file(items), EXPECTED)
        for it in items:
            date = re.search(r"(\d{4}-\d\d-\d\d)\.txt$", it["file"]).group(1)
            self.assertEqual(it["date"], date, it)
            word = COUNCIL_WORD[it["file"].split("-")[0]]
            self.assertIn(word, (it["council"] or "") + " " +
                          (it["authority"] or ""), it)
            self.assertTrue(it["title"], it)
            self.assertTrue(it["id"].startswith(it["file"] + "#"), it)
            self.assertLessEqual(it["first_line"], it["last_line"], it)
        ids = [it["id"] for it in items]
        self.assertEqual(len(ids), len(set(ids)))
        odense = [it["item"] for it in items if it["file"].startswith("od")]
        self.assertEqual(odense, ["1", "2", "3", "3a", "3b", "3c", "3d",
                                  "4", "5", "6", "7", "8"])
        herning = [it for it in items if it["file"].startswith("herning")]
        self.assertEqual(herning[2]["title"], "Hjemløsetælling 2017")
        self.assertTrue(all(it["case"] for it in herning), herning)
        region = [it["item"] for it in items
                  if it["file"].startswith("region-midtjylland-udsatteraad-2024")]
        self.assertEqual(region, [str(i) for i in range(1, 11)])
        # the dump is sorted by file, then item order
        order = [(it["file"], it["first_line"]) for it in items]
        self.assertEqual(order, sorted(order))

    def test_broken_files_among_good_ones(self):
        with open(os.path.join(self.corpus, "binary.txt"), "wb") as f:
            f.write(bytes(range(256)) * 64)
        open(os.path.join(self.corpus, "empty.txt"), "wb").close()
        p = self.index(want=1)
        self.assertEqual(summary(p), (5, 49, 0, 2, 0))
        self.assertRegex(p.stderr, r"binary\.txt: .*binary")
        self.assertRegex(p.stderr, r"empty\.txt: .*empty")
        self.assertEqual(len(dump(self.db)), 49)
        # broken files stay failed on the next run, the rest is unchanged
        p = self.index(want=1)
        self.assertEqual(summary(p), (0, 0, 5, 2, 0))

    def test_too_large_files(self):
        p = self.index(want=1, extra=("--max-file-size", "15000"))
        # herning (20 kB) and both region files (26 kB, 18 kB)
        self.assertEqual(summary(p), (2, 23, 0, 3, 0))
        self.assertEqual(len(re.findall(r"\.txt: too large", p.stderr)), 3)
        p = run("--db", self.db, "--max-file-size", "-1", self.corpus)
        self.assertEqual(p.returncode, 2)

    def test_ocr_seconds_option(self):
        # text files need no OCR: a budget given is taken, a bad one refused
        p = self.index(extra=("--ocr-seconds", "2.5"))
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        for bad in ("0", "-1", "abc", "3601"):
            p = run("--db", self.db, "--ocr-seconds", bad, self.corpus)
            self.assertEqual(p.returncode, 2, bad)
            self.assertIn("--ocr-seconds <%s>" % bad, p.stderr)

    def test_latin1_file(self):
        src = os.path.join(self.corpus, "herning-udsatteraad-2017-10-06.txt")
        with open(src, encoding="utf-8") as f:
            text = f.read()
        os.unlink(src)
        latin = os.path.join(self.corpus, "herning-latin1-2017-10-06.txt")
        with open(latin, "wb") as f:
            f.write(text.encode("cp1252"))
        p = self.index(extra=("-v",))
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        self.assertIn("Windows-1252", p.stderr)
        items = [it for it in dump(self.db)
                 if it["file"] == "herning-latin1-2017-10-06.txt"]
        self.assertEqual(len(items), 7)
        self.assertEqual(items[0]["title"], "Projekt Sårbare Unge")
        self.assertEqual(items[2]["title"], "Hjemløsetælling 2017")

    def test_sidecar_and_unknown_layout(self):
        notes = os.path.join(self.corpus, "notes.txt")
        with open(notes, "w", encoding="utf-8") as f:
            f.write("Referat af møde\n\nVi talte om boliger til hjemløse "
                    "borgere og om varmestuen.\n\nNæste møde aftales "
                    "senere.\n")
        p = self.index()
        self.assertEqual(summary(p)[:2], (6, 50))
        self.assertRegex(p.stderr, r"notes\.txt: layout <generic>, 1 items")
        with open(notes + ".meta", "w", encoding="utf-8") as f:
            f.write("# given by hand\ncouncil: Udsatterådet, Testby "
                    "Kommune\nauthority: Testby Kommune\n"
                    "date: 2021-03-04\n")
        # a new sidecar changes the file's hash: a full build
        p = self.index()
        self.assertEqual(summary(p)[:3], (6, 50, 0))
        self.assertEqual(mode(p), "rebuilt")
        items = [it for it in dump(self.db) if it["file"] == "notes.txt"]
        self.assertEqual(len(items), 1)
        self.assertEqual(items[0]["council"], "Udsatterådet, Testby Kommune")
        self.assertEqual(items[0]["authority"], "Testby Kommune")
        self.assertEqual(items[0]["date"], "2021-03-04")

    def test_pdf_files(self):
        pdfdir = os.path.join(self.tmp, "pdf")
        os.mkdir(pdfdir)
        good = os.path.join(pdfdir, "møde.pdf")
        with open(good, "wb") as f:
            f.write(make_pdf(["Referat af møde i Udsatterådet", "",
                              "1. Hjemløse i Århus",
                              "Vi drøftede boliger til hjemløse.", "",
                              "2. Eventuelt", "Intet."]))
        with open(os.path.join(pdfdir, "broken.pdf"), "wb") as f:
            f.write(b"%PDF-1.4\nnot really a pdf\n")
        probe = run("--dump-blocks", good)
        if "reader not built" in probe.stderr:
            self.skipTest("PDF reader not built (lib/extract/pdf.c)")
        # read in-process (poppler): no pdftotext on the PATH is needed
        env = dict(os.environ, PATH=os.path.join(self.tmp, "nowhere"))
        p = subprocess.run([INDEXER, "--db", self.db, pdfdir],
                           capture_output=True, text=True, env=env,
                           timeout=240)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(summary(p), (1, 2, 0, 1, 0))
        self.assertRegex(p.stderr, r"broken\.pdf: ")
        items = dump(self.db)
        self.assertEqual([it["title"] for it in items],
                         ["Hjemløse i Århus", "Eventuelt"])
        self.assertEqual({it["format"] for it in items}, {"pdf"})

    def test_parse_and_dump_blocks(self):
        data = os.path.join(SRC, "tests", "data", "minutes")
        closed = os.path.join(data, "closed-items.txt")
        p = run("--parse", closed, os.path.join(data, "shape-nr-dash.txt"))
        self.assertEqual(p.returncode, 0, p.stderr)
        lines = [json.loads(line) for line in p.stdout.splitlines()]
        self.assertEqual(len(lines), 1 + 3 + 1 + 3)
        meeting = lines[0]
        self.assertEqual((meeting["format"], meeting["layout"],
                          meeting["items"]), ("txt", "fredericia", 3))
        self.assertEqual(meeting["confidence"], 1.0)
        self.assertEqual([it["closed"] for it in lines[1:4]],
                         [False, True, False])
        self.assertEqual(lines[2]["body_bytes"], 0)
        nr = lines[4]
        self.assertLess(nr["confidence"], 1.0)  # an unknown layout
        self.assertIn("unknown layout", " ".join(nr["warnings"]))
        self.assertEqual([it["item"] for it in lines[5:]],
                         ["60", "61", "62"])
        p = run("--dump-blocks", os.path.join(data, "shape-colon.txt"))
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("| 1 : Godkendelse af dagsorden", p.stdout)
        self.assertIn("# format txt, 12 blocks", p.stdout)
        # a reader that fails names the file; the others are still read
        junk = os.path.join(self.tmp, "x.docx")
        with open(junk, "wb") as f:
            f.write(b"PK not a zip")
        p = run("--parse", junk, closed)
        self.assertEqual(p.returncode, 1)
        self.assertIn("x.docx: ", p.stderr)
        self.assertEqual(len(p.stdout.splitlines()), 4)
        self.assertEqual(run("--parse", "--db", self.db, closed).returncode, 2)
        self.assertEqual(run("--parse").returncode, 2)

    def test_closed_item_title_only(self):
        data = os.path.join(SRC, "tests", "data", "minutes")
        shutil.copy(os.path.join(data, "closed-items.txt"), self.corpus)
        shutil.copy(os.path.join(data, "shape-nr-dash.txt"), self.corpus)
        self.index()
        items = [it for it in dump(self.db)
                 if it["file"] == "closed-items.txt"]
        self.assertEqual([it.get("closed", False) for it in items],
                         [False, True, False])
        self.assertEqual(items[1]["sections"], [])
        self.assertEqual(items[1]["format"], "txt")
        self.assertEqual(items[0]["confidence"], 1.0)
        self.assertNotIn("warnings", items[0])
        # an unknown layout: less confidence, the warning on the first item
        nr = [it for it in dump(self.db) if it["file"] == "shape-nr-dash.txt"]
        self.assertEqual([it["item"] for it in nr], ["60", "61", "62"])
        self.assertLess(nr[0]["confidence"], 1.0)
        self.assertIn("unknown layout", " ".join(nr[0]["warnings"]))
        self.assertNotIn("warnings", nr[1])

    def test_usage_and_missing_index(self):
        p = run("--help")
        self.assertEqual(p.returncode, 0)
        self.assertIn("Exit status", p.stdout)
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run("--db", self.db).returncode, 2)
        self.assertEqual(run("--db", self.db, "--bogus", "x").returncode, 2)
        p = run("--db", os.path.join(self.tmp, "none"), "--dump")
        self.assertEqual(p.returncode, 3)
        self.assertIn("none", p.stderr)


if __name__ == "__main__":
    if not os.access(INDEXER, os.X_OK):
        sys.exit("test_indexer: no indexer at %s (set REFERAT_BIN)" % INDEXER)
    unittest.main(verbosity=2)
