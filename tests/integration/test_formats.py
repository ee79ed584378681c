#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""test_formats.py - every format end to end through the real referat-index
and referatd:

- the five shipped seeds (corpus/*.txt) rendered as HTML, DOCX, ODT and PDF
  (tests/data/formats/seeds/, tests/data/formats/pdf/) give the .txt's
  labels, titles, dates, councils and item counts (`--parse`); the scanned
  Fredericia seed the same labels, dates and council, its titles within a
  few characters, `format` "ocr" and an `ocr_conf` on every item; the
  scanned Odense seed (sub-items, body lines OCR'd at heading size) the
  same labels and titles within a few characters;
- a folder of all renderings indexed: one search finds the same item in
  every format, and `/item` and `--dump` say which format (and the OCR
  confidence of the scan);
- bad input in a folder (encrypted, truncated and 2,001-page PDFs, DOCX
  zip bombs with honest and lying sizes, HTML nested 100,000 deep, an old
  Word file, a scan): one line
  naming each broken file, the rest indexed, exit 1, and a later run with
  broken files leaves what was indexed searchable.

Environment: REFERAT_BIN (folder of the built binaries) and
REFERAT_SOURCE_DIR (the repository); both default to this checkout.
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import urllib.parse
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import searchd_harness as harness  # noqa: E402

SRC = harness.SRC
CORPUS = harness.CORPUS
FORMATS = os.path.join(SRC, "tests", "data", "formats")
PDFS = os.path.join(FORMATS, "pdf")
SCAN = "fredericia-udsatteraad-2022-08-24"
# The scan's title may differ from the text's by this many edits per title
# (a dash read as a hyphen, a speck read as a full stop).
OCR_TITLE_EDITS = 3


def indexer(*args, timeout=900):
    return subprocess.run([harness.binary("referat-index"),
                           *harness.OCR_ALL_THE_TIME, *args],
                          capture_output=True, text=True, timeout=timeout)


def seeds():
    return sorted(f[:-4] for f in os.listdir(CORPUS) if f.endswith(".txt"))


def renderings(seed):
    """The seed's renderings with a text layer that exist: (kind, path)."""
    cands = [("html", os.path.join(FORMATS, "seeds", "html", seed + ".html")),
             ("docx", os.path.join(FORMATS, "seeds", "docx", seed + ".docx")),
             ("odt", os.path.join(FORMATS, "seeds", "odt", seed + ".odt")),
             ("pdf", os.path.join(PDFS, seed + ".pdf"))]
    return [(k, p) for k, p in cands if os.path.exists(p)]


def parse(*paths):
    """`--parse` of the files: {path: (meeting, [items])}; fails the test's
    caller through an exception if any file could not be read."""
    p = indexer("--parse", *paths)
    if p.returncode != 0:
        raise AssertionError("--parse failed (%d): %s" % (p.returncode,
                                                          p.stderr))
    out = {}
    for line in p.stdout.splitlines():
        o = json.loads(line)
        if o["kind"] == "meeting":
            out[o["file"]] = (o, [])
        else:
            out[o["file"]][1].append(o)
    return out


def edits(a, b):
    """Levenshtein distance between two strings."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1,
                           prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def letters(n):
    """n as a word of letters (0 -> "a", 26 -> "ba"): text that differs
    from page to page even with its digits removed."""
    w = ""
    while True:
        w = chr(97 + n % 26) + w
        n //= 26
        if n == 0:
            return w


def make_pdf(pages):
    """A minimal PDF of `pages` pages, each with one line of its own words
    (a line repeated on every page would be dropped as a running header)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(
            "%d 0 R" % (4 + 2 * i) for i in range(pages)).encode(), pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i in range(pages):
        stream = b"BT /F1 12 Tf 72 760 Td (Side %s om %s) Tj ET\n" % (
            letters(i).encode(), letters(i * 7 + 3).encode())
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                    b"/Contents %d 0 R /Resources << /Font << /F1 3 0 R >> "
                    b">> >>" % (5 + 2 * i))
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream +
                    b"endstream")
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


def make_zip_bomb_docx(path, inflated=200 << 20, lie=False):
    """A DOCX whose document.xml inflates to `inflated` bytes of blanks
    (about 200 KB on disk): past lib/extract's EXT_UNZIP_MAX (64 MiB).
    With `lie`, its headers claim 1,000 bytes, so only counting the bytes
    actually inflated stops it."""
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship '
            'Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    head = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
            '<w:r><w:t>')
    tail = '</w:t></w:r></w:p></w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", head + " " * inflated + tail)
    if not lie:
        return
    with open(path, "r+b") as f:
        b = bytearray(f.read())
        name = b"word/document.xml"
        i = b.find(name)
        while i >= 0:
            # the uncompressed size: 22 bytes into a local header (its name
            # at 30), 24 into a central directory entry (its name at 46)
            if b[i - 30:i - 26] == b"PK\x03\x04":
                struct.pack_into("<I", b, i - 30 + 22, 1000)
            elif b[i - 46:i - 42] == b"PK\x01\x02":
                struct.pack_into("<I", b, i - 46 + 24, 1000)
            i = b.find(name, i + 1)
        f.seek(0)
        f.write(b)


class SeedRenderings(unittest.TestCase):
    """Each seed's renderings with a text layer split exactly as its .txt
    does (the scan: AllFormatsIndexed)."""

    @classmethod
    def setUpClass(cls):
        paths = [os.path.join(CORPUS, s + ".txt") for s in seeds()]
        for s in seeds():
            paths += [p for _, p in renderings(s)]
        cls.hyphen_scan = os.path.join(PDFS, "hyphen-pages-scan.pdf")
        cls.parsed = parse(*paths, cls.hyphen_scan)

    def reference(self, seed):
        return self.parsed[os.path.join(CORPUS, seed + ".txt")]

    def test_every_seed_has_its_renderings(self):
        for s in seeds():
            self.assertEqual([k for k, _ in renderings(s)][-1], "pdf", s)
            self.assertGreaterEqual(len(renderings(s)), 3, s)

    def test_renderings_give_the_texts_items(self):
        for s in seeds():
            ref_m, ref_items = self.reference(s)
            self.assertGreater(len(ref_items), 5, s)
            for kind, path in renderings(s):
                with self.subTest(seed=s, format=kind):
                    m, items = self.parsed[path]
                    self.assertEqual(m["format"], kind)
                    for k in ("council", "authority", "date", "items"):
                        self.assertEqual(m[k], ref_m[k], k)
                    self.assertEqual(
                        [(i["item"], i["title"], i["case"], i["closed"])
                         for i in items],
                        [(i["item"], i["title"], i["case"], i["closed"])
                         for i in ref_items])
                    self.assertFalse(any("ocr_conf" in i for i in items))


    def test_parse_says_a_scan_is_ocr(self):
        m, items = self.parsed[self.hyphen_scan]
        self.assertEqual(m["format"], "ocr")
        self.assertTrue(items)
        self.assertTrue(all(0 < i["ocr_conf"] <= 100 for i in items))


class OdenseScan(unittest.TestCase):
    """The Odense seed printed and scanned: OCR sets short body lines at
    heading size ("En indgang"), and sub-items 3a-3d; the numbers, not the
    type sizes, say where items start, so the labels are the text's and
    the titles within a few characters."""

    def test_scan_gives_the_texts_labels(self):
        seed = "odense-raadet-for-socialt-udsatte-2017-11-30"
        txt = os.path.join(CORPUS, seed + ".txt")
        scan = os.path.join(PDFS, seed + "-scan.pdf")
        got = parse(txt, scan)
        ref_m, ref_items = got[txt]
        m, items = got[scan]
        self.assertEqual(m["format"], "ocr")
        self.assertEqual(m["date"], ref_m["date"])
        self.assertEqual([i["item"] for i in items],
                         [i["item"] for i in ref_items])
        for a, b in zip(items, ref_items):
            self.assertLessEqual(edits(a["title"], b["title"]),
                                 OCR_TITLE_EDITS, (a["title"], b["title"]))


class AllFormatsIndexed(unittest.TestCase):
    """One folder holding every rendering, indexed and searched."""

    FOLDERS = ("txt", "html", "docx", "odt", "pdf", "scan")

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="referat-formats-")
        src = os.path.join(cls.tmp, "all")
        for f in cls.FOLDERS:
            os.makedirs(os.path.join(src, f))
        for s in seeds():
            shutil.copy(os.path.join(CORPUS, s + ".txt"),
                        os.path.join(src, "txt"))
            for kind, path in renderings(s):
                shutil.copy(path, os.path.join(src, kind))
        shutil.copy(os.path.join(PDFS, SCAN + "-scan.pdf"),
                    os.path.join(src, "scan"))
        cls.db = harness.make_index(cls.tmp, source=src)
        cls.d = harness.Daemon(cls.db, tmpdir=cls.tmp, external_ok=False)

    @classmethod
    def tearDownClass(cls):
        try:
            rc = cls.d.stop()
        finally:
            shutil.rmtree(cls.tmp, ignore_errors=True)
        if rc != 0:
            raise AssertionError("referatd exited %r" % rc)

    def test_search_finds_the_item_in_every_format(self):
        r = self.d.request("SEARCH " + json.dumps(
            {"q": "landspanelmøde anbefalinger", "limit": 6}))
        self.assertEqual(r[0], "OK", r)
        ids = sorted(h["id"] for h in r[1]["hits"])
        want = sorted("%s/%s.%s#4" % (f, SCAN, f) for f in self.FOLDERS
                      if f != "scan") + ["scan/%s-scan.pdf#4" % SCAN]
        self.assertEqual(ids, sorted(want))

    def test_item_says_its_format_and_ocr_confidence(self):
        for f in self.FOLDERS:
            ext = "pdf" if f == "scan" else f
            name = SCAN + ("-scan" if f == "scan" else "")
            iid = "%s/%s.%s#4" % (f, name, ext)
            with self.subTest(id=iid):
                st, _, it = self.d.http_json(
                    "/item/" + urllib.parse.quote(iid, safe=""))
                self.assertEqual(st, 200)
                self.assertEqual(it["format"], "ocr" if f == "scan" else f)
                self.assertEqual(it["date"], "2022-08-24")
                if f == "scan":
                    self.assertTrue(0 < it["ocr_conf"] <= 100, it)
                else:
                    self.assertNotIn("ocr_conf", it)

    def test_scan_gives_the_texts_items_titles_within_a_few_characters(self):
        # read from the index, so the scan is OCR'd once in this file
        ref_m, ref_items = parse(os.path.join(CORPUS, SCAN + ".txt"))[
            os.path.join(CORPUS, SCAN + ".txt")]
        p = indexer("--db", self.db, "--dump")
        self.assertEqual(p.returncode, 0, p.stderr)
        items = [json.loads(x) for x in p.stdout.splitlines()]
        items = [i for i in items if i["id"].startswith("scan/")]
        self.assertEqual([i["item"] for i in items],
                         [i["item"] for i in ref_items])
        for got, want in zip(items, ref_items):
            for k in ("council", "authority", "date"):
                self.assertEqual(got[k], ref_m[k], k)
            self.assertEqual(got["format"], "ocr")
            self.assertLessEqual(edits(got["title"], want["title"]),
                                 OCR_TITLE_EDITS,
                                 (got["title"], want["title"]))
            self.assertTrue(0 < got["ocr_conf"] <= 100, got)

    def test_dump_shows_ocr_conf_for_scanned_items_only(self):
        p = indexer("--db", self.db, "--dump")
        self.assertEqual(p.returncode, 0, p.stderr)
        items = [json.loads(x) for x in p.stdout.splitlines()]
        scanned = [i for i in items if i["id"].startswith("scan/")]
        self.assertEqual(len(scanned), 11)
        for i in items:
            self.assertEqual("ocr_conf" in i, i["id"].startswith("scan/"),
                             i["id"])
        self.assertTrue(all(i["format"] == "ocr" for i in scanned))


SUMMARY = re.compile(r"indexed (\d+) files \((\d+) items\), skipped (\d+) "
                     r"unchanged, failed (\d+)")


class BadInput(unittest.TestCase):
    """Broken files among good ones: each named once, skipped; the rest
    indexed; the index of an earlier run stays searchable."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="referat-bad-")
        self.src = os.path.join(self.tmp, "minutes")
        os.mkdir(self.src)
        self.db = os.path.join(self.tmp, "db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def put(self, name, data):
        with open(os.path.join(self.src, name), "wb") as f:
            f.write(data)

    def add_good(self):
        shutil.copy(os.path.join(CORPUS, "herning-udsatteraad-2017-10-06.txt"),
                    os.path.join(self.src, "good.txt"))
        shutil.copy(os.path.join(PDFS, "region-midtjylland-udsatteraad-"
                                 "2024-06-19.pdf"),
                    os.path.join(self.src, "good.pdf"))

    def add_broken(self):
        """The broken files and the reason each must be named with."""
        with open(os.path.join(PDFS, "odense-raadet-for-socialt-udsatte-"
                               "2017-11-30.pdf"), "rb") as f:
            whole = f.read()
        self.put("truncated.pdf", whole[:len(whole) // 2])
        shutil.copy(os.path.join(PDFS, "encrypted.pdf"), self.src)
        self.put("huge.pdf", make_pdf(2001))
        make_zip_bomb_docx(os.path.join(self.src, "bomb.docx"))
        make_zip_bomb_docx(os.path.join(self.src, "liar.docx"), lie=True)
        # an old binary Word file named .txt: unsupported, not text
        self.put("old-word.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" +
                 bytes(range(256)) * 16)
        return {"truncated.pdf": "truncated PDF",
                "encrypted.pdf": "encrypted PDF",
                "huge.pdf": "PDF has <2001> pages, max <2000>",
                "bomb.docx": "declares <209715367> bytes, max <67108864>",
                "liar.docx": "inflates past <67108864> bytes",
                "old-word.txt": "binary"}

    def summary(self, p):
        m = SUMMARY.search(p.stderr)
        self.assertIsNotNone(m, p.stderr)
        return tuple(int(x) for x in m.groups())

    def assert_named_once(self, p, broken):
        lines = p.stderr.splitlines()
        for name, reason in broken.items():
            hits = [x for x in lines
                    if os.path.join(self.src, name) + ":" in x]
            self.assertEqual(len(hits), 1, (name, p.stderr))
            self.assertIn(reason, hits[0])

    def test_broken_files_named_skipped_rest_indexed(self):
        self.add_good()
        broken = self.add_broken()
        # nested 100,000 deep: read (deeper elements as text), with a warning
        self.put("deep.html", b"<html><body>" + b"<div>" * 100000 +
                 b"<h2>1. Om dybe sider</h2><p>Teksten her.</p>" +
                 b"</div>" * 100000 + b"</body></html>")
        # a scan (no text layer): read through OCR
        shutil.copy(os.path.join(PDFS, "hyphen-pages-scan.pdf"), self.src)
        # not a minutes type: left out of a folder walk
        self.put("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
        p = indexer("--db", self.db, self.src)
        self.assertEqual(p.returncode, 1, p.stderr)  # some failed, rest in
        files, items, _, failed = self.summary(p)
        self.assertEqual((files, failed), (4, len(broken)), p.stderr)
        self.assert_named_once(p, broken)
        self.assertIn("deep.html: elements nested deeper than <256>", p.stderr)
        self.assertNotIn("photo.png", p.stderr)
        dumped = indexer("--db", self.db, "--dump")
        got = {json.loads(x)["id"].split("#")[0]
               for x in dumped.stdout.splitlines()}
        self.assertEqual(got, {"good.txt", "good.pdf", "deep.html",
                               "hyphen-pages-scan.pdf"})

    def test_2001_pages_refused_named_file(self):
        path = os.path.join(self.tmp, "bundle.pdf")
        with open(path, "wb") as f:
            f.write(make_pdf(2001))
        p = indexer("--parse", path)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stderr.strip(), "referat-index: %s: PDF has <2001> "
                         "pages, max <2000>" % path)
        # 2,000 pages are read
        with open(path, "wb") as f:
            f.write(make_pdf(2000))
        p = indexer("--parse", path)
        self.assertEqual(p.returncode, 0, p.stderr)

    def test_later_run_with_broken_files_keeps_the_index(self):
        self.add_good()
        p = indexer("--db", self.db, self.src)
        self.assertEqual(p.returncode, 0, p.stderr)
        before = indexer("--db", self.db, "--dump").stdout
        self.assertEqual(self.summary(p)[:2], (2, 17))
        broken = self.add_broken()
        p = indexer("--db", self.db, self.src)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(self.summary(p), (0, 0, 2, len(broken)))
        self.assert_named_once(p, broken)
        self.assertEqual(indexer("--db", self.db, "--dump").stdout, before)
        # an indexed file that now fails keeps its items (nothing else
        # changed, so the run has nothing to rebuild)
        with open(os.path.join(self.src, "good.pdf"), "r+b") as f:
            f.truncate(os.path.getsize(f.name) // 2)
        p = indexer("--db", self.db, self.src)
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertEqual(self.summary(p), (0, 0, 1, len(broken) + 1))
        self.assert_named_once(p, dict(broken, **{"good.pdf": "truncated"}))
        self.assertEqual(indexer("--db", self.db, "--dump").stdout, before)
        # and searchable through the daemon
        d = harness.Daemon(self.db, tmpdir=self.tmp, external_ok=False)
        try:
            r = d.request("SEARCH " + json.dumps({"q": "hjemløse",
                                                  "limit": 50}))
            self.assertEqual(r[0], "OK", r)
            files = {h["id"].split("#")[0] for h in r[1]["hits"]}
            self.assertIn("good.txt", files)
            self.assertTrue(files <= {"good.txt", "good.pdf"}, files)
        finally:
            self.assertEqual(d.stop(), 0)


if __name__ == "__main__":
    unittest.main()
