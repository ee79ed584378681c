# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared helpers for the referat-index integration tests (python3 stdlib
only): test_indexer.py (what files become) and test_indexer_runs.py
(the index folder across runs). Runs the built referat-index, reads its
summary line and its --dump, and gives each test a copy of the seed
files of corpus/ in a temporary folder (IndexerCase).

Environment: REFERAT_BIN (folder of the built binaries) and
REFERAT_SOURCE_DIR (the repository); both default to this checkout.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile
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


def seeds():
    return sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))


class IndexerCase(unittest.TestCase):
    """A copy of corpus/'s seed files (self.corpus) and an index folder
    to build (self.db) in a temporary folder of each test."""

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
