#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""test_indexer.py - the real referat-index on copies of corpus/: items and
metadata in --dump, incremental runs (new files added to the live
generation, a changed or removed file rebuilding a new one), --jobs,
removed, broken and Latin-1 files, the old layout migrated, and kill -9
in the middle of runs.

Environment: REFERAT_BIN (folder of the built binaries) and
REFERAT_SOURCE_DIR (the repository); both default to this checkout.
"""
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("REFERAT_SOURCE_DIR",
                     os.path.normpath(os.path.join(HERE, "..", "..")))
BIN = os.environ.get("REFERAT_BIN", os.path.join(SRC, "build", "bin"))
INDEXER = os.path.join(BIN, "referat-index")
CORPUS = os.path.join(SRC, "corpus")

# Items per seed file, as printed in them (issue 2; eval/items.tsv).
EXPECTED = {
    "fredericia-udsatteraad-2022-08-24.txt": 11,
    "herning-udsatteraad-2017-10-06.txt": 7,
    "odense-raadet-for-socialt-udsatte-2017-11-30.txt": 12,
    "region-midtjylland-udsatteraad-2024-06-19.txt": 10,
    "region-midtjylland-udsatteraad-2025-10-22.txt": 9,
}
COUNCIL_WORD = {
    "fredericia": "Fredericia",
    "herning": "Herning",
    "odense": "Odense",
    "region": "Region Midtjylland",
}
SUMMARY = re.compile(
    r"(?:rebuilt \(\d+ jobs?\)|added|unchanged): "
    r"indexed (\d+) files \((\d+) items\), skipped (\d+) unchanged, "
    r"failed (\d+), removed (\d+), in \d+\.\d\d s \(\d+\.\d MB/s\)")
MODE = re.compile(r"^(rebuilt|added|unchanged)\b", re.M)


# Generous: an ASan build indexing 500 files on a loaded 2-core machine
# took over 240 s once; a test asserts what is indexed, never how fast.
def run(*args, timeout=900):
    return subprocess.run([INDEXER, *args], capture_output=True, text=True,
                          timeout=timeout)


def summary(proc):
    m = SUMMARY.search(proc.stderr)
    if m is None:
        raise AssertionError("no summary line in stderr:\n" + proc.stderr)
    return tuple(int(x) for x in m.groups())


def mode(proc):
    """How the run wrote: "rebuilt", "added" or "unchanged"."""
    m = MODE.search(proc.stderr)
    if m is None:
        raise AssertionError("no summary line in stderr:\n" + proc.stderr)
    return m.group(1)


def generation(db):
    """The live generation the stub names, or None (no stub)."""
    try:
        with open(os.path.join(db, "XAPIANDB"), encoding="ascii") as f:
            line = f.read()
    except FileNotFoundError:
        return None
    m = re.fullmatch(r"glass gen-(\d+)\n", line)
    if m is None:
        raise AssertionError("stub of %s: %r" % (db, line))
    return int(m.group(1))


def leftovers(db):
    """What an index folder holds besides the stub, its lock and the live
    generation: must be nothing once a run has finished."""
    live = "gen-%d" % generation(db)
    return sorted(n for n in os.listdir(db)
                  if n not in ("XAPIANDB", ".lock", live))


def stub_or_db(db):
    # xapian-check opens a stub file, not a folder holding one
    stub = os.path.join(db, "XAPIANDB")
    return stub if os.path.exists(stub) else db


def dump(db):
    p = run("--db", db, "--dump")
    if p.returncode != 0:
        raise AssertionError("--dump failed: %s" % p.stderr)
    return [json.loads(line) for line in p.stdout.splitlines()]


def per_file(items):
    counts = {}
    for it in items:
        counts[it["file"]] = counts.get(it["file"], 0) + 1
    return counts


def all_terms(db):
    p = subprocess.run(["xapian-delve", "-a", "-v", db], capture_output=True,
                       text=True)
    if p.returncode != 0:
        raise AssertionError("xapian-delve failed: %s" % p.stderr)
    return p.stdout


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


def seeds():
    return sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))


def copy_seeds(dst, copies):
    """`copies` copies of the seed files in a new folder `dst`, named
    000-<seed>, 001-<seed>, ..."""
    os.mkdir(dst)
    for n in range(copies):
        for f in seeds():
            shutil.copy(os.path.join(CORPUS, f),
                        os.path.join(dst, "%03d-%s" % (n, f)))


class IndexerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test_indexer.")
        self.corpus = os.path.join(self.tmp, "corpus")
        os.mkdir(self.corpus)
        for f in seeds():
            shutil.copy(os.path.join(CORPUS, f), self.corpus)
        self.db = os.path.join(self.tmp, "db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def index(self, *paths, want=0, extra=()):
        p = run("--db", self.db, *extra, *(paths or (self.corpus,)))
        self.assertEqual(p.returncode, want, p.stderr)
        return p

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

    def test_incremental_runs(self):
        self.index()
        before = dump(self.db)
        self.assertEqual(generation(self.db), 1)
        p = self.index()
        self.assertEqual(summary(p), (0, 0, 5, 0, 0))
        self.assertEqual(mode(p), "unchanged")
        self.assertEqual(dump(self.db), before)
        self.assertEqual(generation(self.db), 1)

        # change one file: a new generation of every file; its new title
        # shows, the old one is gone
        herning = os.path.join(self.corpus, "herning-udsatteraad-2017-10-06.txt")
        with open(herning, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("\nHjemløsetælling 2017\n", text)
        with open(herning, "w", encoding="utf-8") as f:
            f.write(text.replace("\nHjemløsetælling 2017\n",
                                 "\nHjemløsetælling 2019\n"))
        p = self.index()
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        self.assertEqual(mode(p), "rebuilt")
        self.assertEqual(generation(self.db), 2)
        self.assertEqual(leftovers(self.db), [])
        after = dump(self.db)
        self.assertEqual(len(after), 49)
        titles = [it["title"] for it in after]
        self.assertIn("Hjemløsetælling 2019", titles)
        self.assertNotIn("Hjemløsetælling 2017", titles)

        # remove one: its items go, the others are indexed again
        os.unlink(os.path.join(self.corpus,
                               "fredericia-udsatteraad-2022-08-24.txt"))
        p = self.index()
        self.assertEqual(summary(p), (4, 38, 0, 0, 1))
        self.assertEqual(mode(p), "rebuilt")
        self.assertEqual(generation(self.db), 3)
        left = dump(self.db)
        self.assertEqual(len(left), 38)
        self.assertNotIn("fredericia-udsatteraad-2022-08-24.txt",
                         per_file(left))

        # add one: added to the live generation, nothing rebuilt
        shutil.copy(os.path.join(CORPUS,
                                 "fredericia-udsatteraad-2022-08-24.txt"),
                    self.corpus)
        p = self.index()
        self.assertEqual(summary(p), (1, 11, 4, 0, 0))
        self.assertEqual(mode(p), "added")
        self.assertEqual(generation(self.db), 3)
        self.assertEqual(dump(self.db), after)
        os.unlink(os.path.join(self.corpus,
                               "fredericia-udsatteraad-2022-08-24.txt"))
        p = self.index()
        self.assertEqual(summary(p), (4, 38, 0, 0, 1))
        self.assertEqual(dump(self.db), left)

        # --rebuild gives the same items as the incremental runs, and the
        # very same terms as a first run over the same files
        p = self.index(extra=("--rebuild",))
        self.assertEqual(summary(p), (4, 38, 0, 0, 0))
        self.assertEqual(mode(p), "rebuilt")
        self.assertEqual(dump(self.db), left)
        self.assertEqual(leftovers(self.db), [])
        fresh = os.path.join(self.tmp, "fresh")
        p = run("--db", fresh, self.corpus)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(all_terms(self.db), all_terms(fresh))

    def test_other_schema_is_rebuilt(self):
        # Generations have no termlist, which xapian-metadata needs to
        # write: the index of another schema is an old-layout one.
        subprocess.run(["xapian-metadata", "set", self.db, "referat:schema",
                        "0"], check=True)
        self.assertTrue(os.path.exists(os.path.join(self.db, "iamglass")))
        p = self.index()
        self.assertIn("rebuilding", p.stderr)
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        self.assertEqual(len(dump(self.db)), 49)
        got = subprocess.run(["xapian-metadata", "get", self.db,
                              "referat:schema"], capture_output=True,
                             text=True, check=True).stdout.strip()
        self.assertNotEqual(got, "0")
        self.assertEqual(leftovers(self.db), [])

    def test_old_layout_is_migrated(self):
        # An old-layout index (the folder itself a glass database) of this
        # schema: its files list counts, so a file indexed from elsewhere
        # is kept; the old glass files go once the stub is live.
        other = os.path.join(self.tmp, "elsewhere")
        os.mkdir(other)
        kept = os.path.join(other, "herning-udsatteraad-2017-10-06.txt")
        os.rename(os.path.join(self.corpus, os.path.basename(kept)), kept)
        p = run("--db", self.db, "-q", "--dump")
        self.assertEqual(p.returncode, 3)
        schema = re.search(r"Index schema version (\S+)\.",
                           run("--help").stdout).group(1)
        for key, value in (("referat:schema", schema),
                           ("referat:file:" + kept, "0" * 64 + " 7")):
            subprocess.run(["xapian-metadata", "set", self.db, key, value],
                           check=True)
        p = self.index()
        self.assertIn("old index layout", p.stderr)
        self.assertEqual(summary(p), (5, 49, 0, 0, 0))
        self.assertEqual(mode(p), "rebuilt")
        self.assertEqual(generation(self.db), 1)
        self.assertEqual(leftovers(self.db), [])
        self.assertEqual(per_file(dump(self.db)), EXPECTED)
        check = subprocess.run(["xapian-check", stub_or_db(self.db)],
                               capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)

    def test_jobs_give_the_same_index(self):
        one, two = os.path.join(self.tmp, "one"), os.path.join(self.tmp, "two")
        big = os.path.join(self.corpus, "copies")
        copy_seeds(big, 3)
        p1 = run("--db", one, "--jobs", "1", self.corpus)
        p2 = run("--db", two, "--jobs", "2", self.corpus)
        self.assertEqual((p1.returncode, p2.returncode), (0, 0),
                         p1.stderr + p2.stderr)
        self.assertIn("rebuilt (1 job)", p1.stderr)
        self.assertIn("rebuilt (2 jobs)", p2.stderr)
        self.assertEqual(summary(p1), (20, 196, 0, 0, 0))
        self.assertEqual(summary(p1), summary(p2))
        by_id = lambda items: sorted(items, key=lambda it: it["id"])
        self.assertEqual(by_id(dump(one)), by_id(dump(two)))
        # the same terms with the same frequencies, whatever the docids
        self.assertEqual(all_terms(one), all_terms(two))
        ids = [it["id"] for it in dump(two)]
        self.assertEqual(len(ids), len(set(ids)))
        for bad in ("0", "65", "x", "-1"):
            self.assertEqual(run("--db", one, "--jobs", bad,
                                 self.corpus).returncode, 2)

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

    def db_bytes(self):
        """Bytes of every table in the index folder, shards included."""
        return sum(os.path.getsize(os.path.join(top, f))
                   for top, _dirs, files in os.walk(self.db)
                   for f in files if f.endswith(".glass"))

    def kill_run(self, env=None, when=None):
        """Start the indexer on the corpus and kill -9 it once when() is
        true; it must not have finished by then."""
        proc = subprocess.Popen([INDEXER, "--db", self.db, "-q", self.corpus],
                                stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, env=env)
        try:
            deadline = time.monotonic() + 120
            while not when() and proc.poll() is None:
                self.assertLess(time.monotonic(), deadline, "never true")
                time.sleep(0.01)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.communicate()
        self.assertEqual(proc.returncode, -signal.SIGKILL,
                         "indexer finished before it was killed")
        check = subprocess.run(["xapian-check", stub_or_db(self.db)],
                               capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)

    def test_kill_during_run_keeps_previous_index(self):
        self.index()
        before = dump(self.db)
        big = os.path.join(self.corpus, "big")
        copy_seeds(big, 100)

        # killed early (0.3 s): while it holds the lock, a second indexer
        # is refused
        start = time.monotonic()

        def early():
            if time.monotonic() - start < 0.3:
                return False
            second = run("--db", self.db, self.corpus)
            self.assertEqual(second.returncode, 3, second.stderr)
            self.assertIn("locked", second.stderr)
            return True

        self.kill_run(when=early)
        self.assertEqual(dump(self.db), before)

        # killed after Xapian has spilled uncommitted changes into the
        # table files (a low flush threshold makes it do so early)
        env = dict(os.environ, XAPIAN_FLUSH_THRESHOLD="100")
        size = self.db_bytes()
        self.kill_run(env=env, when=lambda: self.db_bytes() > size)
        self.assertEqual(dump(self.db), before)

        p = self.index(extra=("-q",))
        self.assertEqual(p.stderr, "")
        self.assertEqual(len(dump(self.db)), 49 * 101)

    def test_kill_during_full_builds(self):
        """kill -9 at random moments of full builds (a changed file makes
        each run one): the previous generation stays live and whole, the
        next run completes and removes what the killed ones left."""
        big = os.path.join(self.corpus, "big")
        copy_seeds(big, 30)
        herning = os.path.join(self.corpus, "herning-udsatteraad-2017-10-06.txt")

        def change(n):
            with open(herning, "a", encoding="utf-8") as f:
                f.write("\nEventuelt\n\nMærkeord%d blev nævnt.\n" % n)

        self.index(extra=("-q",))
        change(0)
        t0 = time.monotonic()
        self.index(extra=("-q",))
        full = time.monotonic() - t0
        before = dump(self.db)
        seed = int(os.environ.get("REFERAT_FAULT_SEED", "0")) or \
            random.randrange(1, 1 << 30)
        rnd = random.Random(seed)
        kills = 0
        for n in range(1, 40):
            if kills >= 10:
                break
            change(n)
            gen = generation(self.db)
            proc = subprocess.Popen([INDEXER, "--db", self.db, "-q",
                                     self.corpus], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
            time.sleep(rnd.uniform(0, full))
            killed = proc.poll() is None
            if killed:
                proc.send_signal(signal.SIGKILL)
            err = proc.communicate()[1]
            what = "seed %d, run %d" % (seed, n)
            if proc.returncode == 0:  # it may exit between poll and kill
                before = dump(self.db)
                continue
            self.assertEqual(proc.returncode, -signal.SIGKILL, err)
            kills += 1
            if generation(self.db) != gen:
                # killed after the switch, removing the old generation:
                # the new one is live, whole
                before = dump(self.db)
                self.assertEqual(len(before), 49 * 31, what)
            self.assertEqual(dump(self.db), before, what)
            check = subprocess.run(["xapian-check", stub_or_db(self.db)],
                                   capture_output=True, text=True)
            self.assertEqual(check.returncode, 0,
                             what + check.stdout + check.stderr)
        self.assertEqual(kills, 10, "runs finished before their kill")
        p = self.index(extra=("-q",))
        self.assertEqual(p.stderr, "")
        self.assertEqual(leftovers(self.db), [])
        self.assertEqual(len(dump(self.db)), 49 * 31)

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
