#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""A file that holds several meetings (a råd's year of minutes on one
page): one meeting record each, its own date and items, ids of the file
plus the meeting's number (the first keeps the plain ids); the real
indexer and referatd on a copy of the layout fixture
h-yeartext-koege-handicapraad.txt (three meetings of 2019)."""
import os
import shutil
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

FIXTURE = os.path.join(h.SRC, "tests", "data", "layouts",
                       "h-yeartext-koege-handicapraad.txt")
NAME = "aar2019.txt"


class SeveralMeetingsTest(h.DaemonTestCase):
    @classmethod
    def make_source(cls, tmp):
        src = os.path.join(tmp, "src")
        os.makedirs(src)
        shutil.copy(FIXTURE, os.path.join(src, NAME))
        return src

    def ids(self, q):
        return sorted(x["id"] for x in self.d.search(q)["hits"])

    def test_one_record_per_meeting(self):
        hits = self.d.search("kind:meeting")["hits"]
        self.assertEqual(sorted((x["id"], x["date"]) for x in hits), [
            (NAME + "#m2.meeting", "2019-03-04"),
            (NAME + "#m3.meeting", "2019-05-06"),
            (NAME + "#meeting", "2019-01-14")])
        # each record's attendance is its own meeting's
        self.assertEqual(self.ids("deltager:Jonas"), [NAME + "#m2.meeting"])

    def test_items_belong_to_their_meeting(self):
        it = self.d.item(NAME + "#m2.4")
        self.assertEqual(it["title"], "Handicapprisen 2019")
        self.assertEqual(it["date"], "2019-03-04")
        self.assertEqual(it["meeting"], NAME + "#m2.meeting")
        self.assertEqual([x["id"] for x in it["meeting_items"]],
                         [NAME + "#m2.%d" % k for k in (1, 2, 3, 5)])
        first = self.d.item(NAME + "#3")
        self.assertEqual(first["date"], "2019-01-14")
        self.assertEqual(first["meeting"], NAME + "#meeting")
        rec = self.d.item(NAME + "#m3.meeting")
        self.assertEqual([x["id"] for x in rec["items"]],
                         [NAME + "#m3.%d" % k for k in (1, 2, 3, 4)])

    def test_search_finds_each_meeting_item(self):
        self.assertEqual(self.ids("indstillinger"), [NAME + "#m2.4"])
        self.assertEqual(self.ids("kørestolsbrugere"), [NAME + "#m3.3"])
        self.assertEqual(self.ids("elevatoren"), [NAME + "#3"])


if __name__ == "__main__":
    unittest.main()
