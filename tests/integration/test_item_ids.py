#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Item ids are unique across the index and stable across runs; the
indexer reads no symlink out of the folders it indexes; what it logs is
escaped; and the small things a new user tripped on (--version, a folder
with nothing to index, -v's levels)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

# Written for these tests (no text of real minutes).
MINUTES = """Dagsorden og referat, Udsatterådet, {town} Kommune
Mødedato: {date}

1. Godkendelse af dagsorden
Dagsordenen blev godkendt.

2. {title}
Rådet drøftede {word} og besluttede at følge op på næste møde.
"""


def write(path, town, date, title, word):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(MINUTES.format(town=town, date=date, title=title, word=word))


def indexer(*args, check=True):
    r = subprocess.run([h.binary("referat-index")] + list(args),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=h.INDEX_HANG_GUARD)
    if check and r.returncode != 0:
        raise AssertionError("referat-index %r: %d %s" %
                             (args, r.returncode, r.stderr.decode()))
    return r


def dump(db):
    out = indexer("--db", db, "--dump").stdout.decode()
    return [json.loads(line) for line in out.splitlines()]


class IdsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test-ids-")
        self.src = os.path.join(self.tmp, "src")
        self.db = os.path.join(self.tmp, "db")
        write(os.path.join(self.src, "a", "minutes.txt"), "Aby", "1. marts 2024",
              "Varmestuen", "kvistrupfonden")
        write(os.path.join(self.src, "b", "minutes.txt"), "Bby", "2. marts 2024",
              "Natcafeen", "bjerringlunden")
        # names that are not UTF-8, one byte apart
        bsrc = os.fsencode(self.src)
        for byte, word in ((b"\xff", "toftegaardsmarken"), (b"\xfe", "lysholtparken")):
            p = os.path.join(bsrc, b"x" + byte + b"y.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(MINUTES.format(town="Cby", date="3. marts 2024",
                                       title="Herberget", word=word))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def ids(self):
        return sorted(d["id"] for d in dump(self.db))

    def test_ids_unique_readable_and_stable(self):
        indexer("--db", self.db, self.src)
        want = ["a/minutes.txt#1", "a/minutes.txt#2", "b/minutes.txt#1",
                "b/minutes.txt#2", "x%FEy.txt#1", "x%FEy.txt#2",
                "x%FFy.txt#1", "x%FFy.txt#2"]
        self.assertEqual(self.ids(), want)  # --dump lists every item
        # ITEM finds each one, not its namesake in the other folder
        d = h.Daemon(self.db, tmpdir=self.tmp, external_ok=False)
        try:
            self.assertIn("Varmestuen", d.item("a/minutes.txt#2")["title"])
            self.assertIn("Natcafeen", d.item("b/minutes.txt#2")["title"])
            self.assertIn("lysholtparken", d.item("x%FEy.txt#2")["text"])
            self.assertIn("toftegaardsmarken", d.item("x%FFy.txt#2")["text"])
            hit = d.search("bjerringlunden", facets=False)["hits"][0]
            self.assertEqual(hit["id"], "b/minutes.txt#2")
            st, _, j = d.http_json("/item/" + "x%25FFy.txt%232")
            self.assertEqual(st, 200)
            self.assertIn("toftegaardsmarken", j["text"])
        finally:
            self.assertEqual(d.stop(), 0)
        # stable: an add, a change (a full build), a rebuild
        write(os.path.join(self.src, "c", "minutes.txt"), "Dby", "4. marts 2024",
              "Frivillige", "engsoeparken")
        indexer("--db", self.db, self.src)
        self.assertEqual(self.ids(), sorted(want + ["c/minutes.txt#1",
                                                    "c/minutes.txt#2"]))
        write(os.path.join(self.src, "a", "minutes.txt"), "Aby", "1. marts 2024",
              "Varmestuen", "kvistrupfonden og mere")
        indexer("--db", self.db, self.src)
        self.assertEqual(len(self.ids()), 10)
        self.assertIn("a/minutes.txt#2", self.ids())
        indexer("--db", self.db, "--rebuild", self.src)
        self.assertEqual(self.ids(), sorted(want + ["c/minutes.txt#1",
                                                    "c/minutes.txt#2"]))

    def test_same_name_under_two_roots(self):
        a = os.path.join(self.src, "a")
        b = os.path.join(self.src, "b")
        indexer("--db", self.db, a, b)
        ids = self.ids()
        self.assertEqual(len(ids), 4)
        self.assertEqual(len(set(ids)), 4)
        self.assertIn("minutes.txt#1", ids)
        self.assertIn("b/minutes.txt#1", ids)
        # indexed again from the parent: the names stay
        indexer("--db", self.db, a, b)
        self.assertEqual(self.ids(), ids)

    def test_corpus_ids_unchanged(self):
        # the shipped corpus is flat: ids are the file names, as before
        # (bench/eval's judgments refer to them)
        indexer("--db", self.db, h.CORPUS)
        ids = self.ids()
        self.assertIn(h.HERNING_HJEMLOS, ids)
        self.assertTrue(all("/" not in i for i in ids))


class SymlinkTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test-links-")
        self.src = os.path.join(self.tmp, "src")
        self.outside = os.path.join(self.tmp, "private", "secret.txt")
        write(self.outside, "Hemmelig", "5. marts 2024", "Hemmeligt",
              "fortroligordet")
        write(os.path.join(self.src, "a.txt"), "Aby", "1. marts 2024",
              "Varmestuen", "kvistrupfonden")
        os.symlink(self.outside, os.path.join(self.src, "x.txt"))
        os.symlink(os.path.join(self.src, "a.txt"),
                   os.path.join(self.src, "inside.txt"))
        self.db = os.path.join(self.tmp, "db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_links_out_are_not_followed(self):
        r = indexer("--db", self.db, self.src)
        err = r.stderr.decode()
        self.assertIn("x.txt", err)
        self.assertIn("not followed", err)
        texts = " ".join(d["title"] or "" for d in dump(self.db))
        self.assertNotIn("Hemmeligt", texts)
        files = {d["file"] for d in dump(self.db)}
        self.assertEqual(files, {"a.txt", "inside.txt"})  # inside is fine
        r = indexer("--db", self.db, "--follow-symlinks", self.src)
        files = {d["file"] for d in dump(self.db)}
        self.assertIn("x.txt", files)


class LogAndUsageTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test-idxlog-")
        self.db = os.path.join(self.tmp, "db")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_file_names_escaped_in_log(self):
        src = os.path.join(self.tmp, "src")
        os.makedirs(src)
        bad = os.path.join(src, "evil\n2026-01-01T00:00:00Z forged\x1b[2J.txt")
        with open(bad, "wb") as f:
            f.write(b"\x00\x01\x02 binary")
        r = indexer("--db", self.db, src, check=False)
        err = r.stderr.decode(errors="replace")
        self.assertNotIn("\x1b", err)
        self.assertIn("evil\\x0a2026", err)
        for line in err.splitlines():
            self.assertFalse(line.startswith("2026-01-01T00:00:00Z forged"), err)

    def test_version(self):
        r = indexer("--version")
        self.assertRegex(r.stdout.decode(), r"^referat-index \d+\.\d+\.\d+ ")
        self.assertIn("--version", indexer("--help").stdout.decode())

    def test_nothing_to_index(self):
        src = os.path.join(self.tmp, "empty")
        os.makedirs(src)
        with open(os.path.join(src, "notes.doc"), "w") as f:
            f.write("not minutes")
        r = indexer("--db", self.db, src, check=False)
        self.assertEqual(r.returncode, 1)
        self.assertIn("no minutes files", r.stderr.decode())

    def test_verbose_facts_are_info(self):
        r = indexer("-v", "--db", self.db,
                    os.path.join(h.SRC, "tests", "data", "minutes",
                                 "unknown-layout.txt"))
        lines = r.stderr.decode().splitlines()
        facts = [l for l in lines if "layout <generic>" in l
                 or "split on" in l]
        self.assertEqual(len(facts), 2, lines)
        for l in facts:
            self.assertIn(" I [index] ", l)


if __name__ == "__main__":
    unittest.main()
