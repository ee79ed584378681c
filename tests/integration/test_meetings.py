#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Meeting records (one per meeting: the text before the first item, the
agenda, the attendance, a closing list of attachments), items linked to
them, and a sidecar's url with every hit; the real indexer and referatd
on tests/data/meetings (two files named referat.txt in a/ and b/, and a
PDF transcript one line a page in c/, written for these tests)."""
import json
import os
import sys
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

SOURCE = os.path.join(h.SRC, "tests", "data", "meetings")
URL = "https://dagsordener.vesterby.example/handicapraad/2024-03-20"


class MeetingTest(h.DaemonTestCase):
    @classmethod
    def make_source(cls, tmp):
        return SOURCE

    def ids(self, q, **kw):
        return [x["id"] for x in self.d.search(q, **kw)["hits"]]

    def test_record_found_by_attendee(self):
        # a name from the header's Deltagere: line, in the people field
        self.assertEqual(self.ids("deltager:Ravnkilde"), ["a/referat.txt#meeting"])
        self.assertEqual(self.ids("kind:meeting Ravnkilde"),
                         ["a/referat.txt#meeting"])
        # Afbud: and Gæst: are attendance too
        self.assertEqual(self.ids("deltager:Skovbjerg"), ["a/referat.txt#meeting"])
        self.assertEqual(self.ids("deltager:Fiskbæk"), ["b/referat.txt#meeting"])

    def test_record_found_by_agenda_title_and_header(self):
        hits = self.d.search("kind:meeting plejecentret")["hits"]
        self.assertEqual([x["id"] for x in hits], ["a/referat.txt#meeting"])
        self.assertEqual(hits[0]["kind"], "meeting")
        self.assertEqual(hits[0]["council"], "Ældrerådet, Kvistrup Kommune")
        self.assertEqual(hits[0]["date"], "2024-02-14")
        # text before the first item that is no field at all
        self.assertEqual(self.ids("kind:meeting ekstraordinært"),
                         ["b/referat.txt#meeting"])
        # kind:meeting alone lists every record, newest meeting first
        self.assertEqual(self.ids("kind:meeting"),
                         ["b/referat.txt#meeting", "a/referat.txt#meeting",
                          "c/transkript.txt#meeting"])

    def test_plain_search_returns_items_only(self):
        for q in ("Ravnkilde", "ekstraordinært", "referat", "Vesterby",
                  "plejecentret"):
            for hit in self.d.search(q)["hits"]:
                self.assertEqual(hit["kind"], "item", (q, hit["id"]))
                self.assertNotIn("#meeting", hit["id"])
        # the agenda title still finds its item
        self.assertEqual(self.ids("plejecentret"), ["a/referat.txt#2"])
        # kind:all finds both
        self.assertEqual(sorted(self.ids("kind:all plejecentret")),
                         ["a/referat.txt#2", "a/referat.txt#meeting"])

    def test_stats_count_items_and_meetings(self):
        r = self.d.request("STATS")
        self.assertEqual(r[0], "OK")
        self.assertEqual((r[1]["documents"], r[1]["meetings"]), (8, 3))
        st, _, health = self.d.http_json("/health")
        self.assertEqual((health["documents"], health["meetings"]), (8, 3))

    def test_bad_kind_is_a_clear_error(self):
        r = self.d.request("SEARCH " + json.dumps({"q": "kind:referat x"}))
        self.assertEqual(r[:2], ("ERR", "bad_query"))
        self.assertIn("want item, meeting or all", r[2])

    def test_item_lists_its_meeting(self):
        it = self.d.item("a/referat.txt#2")
        self.assertEqual(it["meeting"], "a/referat.txt#meeting")
        self.assertEqual(it["meeting_items"], [
            {"id": "a/referat.txt#1", "label": "1",
             "title": "Godkendelse af dagsorden"},
            {"id": "a/referat.txt#3", "label": "3", "title": "Eventuelt"}])
        # the same over HTTP
        st, _, ans = self.d.http_json(
            "/item/" + urllib.parse.quote("a/referat.txt#2", safe=""))
        self.assertEqual(st, 200)
        self.assertEqual(ans["meeting_items"], it["meeting_items"])
        # the record lists all of its items, and its attendance
        rec = self.d.item("b/referat.txt#meeting")
        self.assertEqual(rec["kind"], "meeting")
        self.assertEqual([x["id"] for x in rec["items"]],
                         ["b/referat.txt#1", "b/referat.txt#2"])
        self.assertIn("Anton Lykkegaard", rec["attendees"])
        self.assertNotIn("meeting_items", rec)

    def test_records_of_same_named_files_stay_apart(self):
        a = self.d.item("a/referat.txt#meeting")
        b = self.d.item("b/referat.txt#meeting")
        self.assertIn("Gudrun Ravnkilde", a["attendees"])
        self.assertNotIn("Lykkegaard", a["attendees"])
        self.assertIn("Birthe Kornerup", b["attendees"])
        self.assertEqual(a["council"], "Ældrerådet, Kvistrup Kommune")
        self.assertEqual(b["council"], "Handicaprådet, Vesterby Kommune")
        self.assertEqual([x["id"] for x in a["items"]],
                         ["a/referat.txt#1", "a/referat.txt#2",
                          "a/referat.txt#3"])

    def test_url_from_sidecar_with_every_hit(self):
        for snippets in (True, False):  # stored data and the hit table
            hits = self.d.search("lift", snippets=snippets)["hits"]
            self.assertEqual([x["id"] for x in hits], ["b/referat.txt#2"])
            self.assertEqual(hits[0]["url"], URL)
            other = self.d.search("fortove", snippets=snippets)["hits"]
            self.assertEqual(other[0]["id"], "a/referat.txt#2")
            self.assertIsNone(other[0]["url"])  # no sidecar, no url
        self.assertEqual(self.d.item("b/referat.txt#1")["url"], URL)
        st, _, ans = self.d.http_search(q="lift")
        self.assertEqual(ans["hits"][0]["url"], URL)

    def test_attachment_list_is_the_meetings(self):
        # "5 Bilagsliste …" after the last item names every item's files:
        # the record's text, not the last item's ("Eventuelt")
        def text(item_id):
            return "\n".join(s["name"] + " " + s["text"]
                             for s in self.d.item(item_id)["sections"])
        self.assertEqual(self.ids("Fjordbakken"), [])
        self.assertEqual(self.ids("kind:all Fjordbakken"),
                         ["c/transkript.txt#meeting"])
        self.assertIn("Kort over ruterne", text("c/transkript.txt#meeting"))
        self.assertEqual(self.d.item("c/transkript.txt#3")["title"],
                         "Eventuelt")
        self.assertNotIn("Bilagsliste", text("c/transkript.txt#3"))
        # and the pages' number and running header are no item's text
        for k in (1, 2, 3):
            self.assertNotIn("Mødedato Side", text("c/transkript.txt#%d" % k))
        self.assertIn("ventetid i bussen.\n\nventetiden bør",
                      text("c/transkript.txt#2"))

    def test_item_attendees_are_not_its_body(self):
        # item 2 says "afbud fra vejafdelingen" in a long paragraph
        att = self.d.item("a/referat.txt#2")["attendees"]
        self.assertIn("afbud fra vejafdelingen", att)
        self.assertNotIn("kantsten", att)
        self.assertNotIn("Lindely", att)

    def test_client_shows_url_and_meeting(self):
        port = str(self.d.line_port)
        rc, out, err = h.run_client("--port", port, "--no-color", "lift")
        self.assertEqual(rc, 0, err)
        self.assertIn("Kilde: " + URL, out)
        rc, out, err = h.run_client("--port", port, "--no-color", "--item",
                                    "a/referat.txt#2")
        self.assertEqual(rc, 0, err)
        self.assertIn("Møde: a/referat.txt#meeting", out)
        self.assertIn("Mødets øvrige punkter:", out)
        self.assertIn("3. Eventuelt  a/referat.txt#3", out)
        rc, out, err = h.run_client("--port", port, "--no-color", "--item",
                                    "b/referat.txt#meeting")
        self.assertEqual(rc, 0, err)
        self.assertIn("Kilde: " + URL, out)
        self.assertIn("2. Tilgængelighed i den nye svømmehal  b/referat.txt#2",
                      out)


if __name__ == "__main__":
    unittest.main()
