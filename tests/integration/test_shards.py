#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""referatd on a Xapian stub naming two local indexes (issue 15).

Each index numbers its own words in its word table, and Xapian gives a
phrase's posting source one shard at a time with that shard's document
ids. Phrases were resolved in the first shard's table (the combined
database's metadata) and streams in memory read by combined ids: on
tests/data/shards `"udsatte borgere"` missed items of the second shard
and found false ones. Every answer here must equal that of one index of
the same files: the same item ids, the same counts.

Indexes with the built referat-index, starts the built referatd on free
loopback ports, stops it (exit 0)."""
import os
import shutil
import tempfile
import unittest

import searchd_harness as h

SHARDS = os.path.join(h.SRC, "tests", "data", "shards")

QUERIES = (
    '"udsatte borgere"',           # a phrase the whole query needs
    '"Udsatte borgere" OR vejanlæg',  # a phrase inside OR
    '~"udsat borger"',             # across inflections
    'udsatte borgere',             # OR with the side-by-side bonus
    '"borgere klagede"',           # only in the second shard
    '"borgere på herberget"',      # only in the first
    '"udsatte projekter" OR "udsatte unge"',
    'title:"udsatte borgere"',
    'budget NOT "udsatte borgere"',
)


def answer(d, q):
    a = d.search(q, limit=50)
    return (sorted(x["id"] for x in a["hits"]), a["total"]["lower"],
            a["total"]["upper"])


class TwoShards(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="test-shards-")
        one = os.path.join(cls.tmp, "one")
        os.makedirs(one)
        for sub in ("a", "b"):
            src = os.path.join(SHARDS, sub)
            h.make_index(cls.tmp, source=src,
                         db=os.path.join(cls.tmp, "shard-" + sub))
            for f in os.listdir(src):
                shutil.copyfile(os.path.join(src, f), os.path.join(one, f))
        cls.one_db = h.make_index(cls.tmp, source=one,
                                  db=os.path.join(cls.tmp, "one-db"))
        cls.stub = os.path.join(cls.tmp, "stub.xapiandb")
        with open(cls.stub, "w") as f:
            for sub in ("a", "b"):
                f.write("auto %s\n" % os.path.join(cls.tmp, "shard-" + sub))
        cls.daemons = []

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def start(self, db):
        d = h.Daemon(db, tmpdir=self.tmp, external_ok=False)
        self.addCleanup(self.stop, d)
        return d

    def stop(self, d):
        rc = d.stop()
        self.assertEqual(rc, 0, d.log()[-4000:])

    def test_stub_answers_as_one_index(self):
        one, two = self.start(self.one_db), self.start(self.stub)
        for q in QUERIES:
            with self.subTest(q=q):
                want = answer(one, q)
                self.assertEqual(answer(two, q), want)
        # the fixture is what the test is about: the phrase finds items
        # of both shards, and only those with the words side by side
        ids = answer(one, '"udsatte borgere"')[0]
        self.assertEqual(len(ids), 2, ids)
        self.assertTrue(any("lindholm" in i for i in ids), ids)
        self.assertTrue(any("bakkeby" in i for i in ids), ids)


if __name__ == "__main__":
    unittest.main()
