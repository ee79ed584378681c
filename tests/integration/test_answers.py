#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Answers a new user tripped on: a council filter alone, wildcards in
phrases, the query log's escaping and cuts, and the client's output
(control characters from titles, "1 punkt", the HTTP port, a council
that matches nothing, --help's query language)."""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

# Written for these tests; the title holds U+009B (a CSI) and U+0085.
EXTRA = ("Dagsorden og referat, Udsatterådet, Prøvested Kommune\n"
         "Mødedato: 1. marts 2024\n\n"
         "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
         "2. Varmestuen \u009b2J og \u0085 lys\n"
         "Rådet drøftede kvistrupfonden og besluttede at følge op.\n")


class AnswersTest(h.DaemonTestCase):
    external_ok = False

    @classmethod
    def make_source(cls, tmp):
        src = h.copy_corpus(tmp)
        with open(os.path.join(src, "proevested-2024-03-01.txt"), "w",
                  encoding="utf-8") as f:
            f.write(EXTRA)
        cls.qlog = os.path.join(tmp, "query.log")
        cls.daemon_args = ("--query-log", cls.qlog)
        return src

    # ---- council filter alone ----------------------------------------

    def test_council_filter_alone_lists_by_date(self):
        a = self.d.search("council:Herning", facets=False, limit=100)
        self.assertEqual(a["total"]["lower"], 7)
        self.assertTrue(all("Herning" in x["council"] for x in a["hits"]))
        a = self.d.search("council:Udsatterådet", facets=False, limit=100)
        dates = [x["date"] for x in a["hits"]]
        self.assertGreater(len(set(dates)), 2)
        self.assertEqual(dates, sorted(dates, reverse=True))  # newest first
        st, _, j = self.d.http_search(q="council:Herning")
        self.assertEqual(st, 200)
        self.assertEqual(j["total"]["lower"], 7)

    def test_date_filter_in_the_query(self):
        # år:/dato: filter like from/to, alone (a browse) or with words
        a = self.d.search("hjemløse år:2017", facets=False, limit=100)
        self.assertGreater(a["total"]["lower"], 0)
        self.assertTrue(all(x["date"][:4] == "2017" for x in a["hits"]))
        a = self.d.search("hjemløse dato:2017..2022", facets=False, limit=100)
        years = {x["date"][:4] for x in a["hits"]}
        self.assertEqual(years, {"2017", "2022"})
        # the request's from narrows it
        st, _, j = self.d.http_search(q="hjemløse år:2017..2022", **{
            "from": "2020"})
        self.assertEqual(st, 200)
        self.assertEqual({x["date"][:4] for x in j["hits"]}, {"2022"})
        a = self.d.search("år:2025", facets=False, limit=100)
        self.assertEqual({x["date"] for x in a["hits"]}, {"2025-10-22"})
        st, _, j = self.d.http_search(q="hjemløse år:17")
        self.assertEqual(st, 400)
        self.assertIn("date <17>", j["error"]["message"])

    def test_same_field_filters_or(self):
        # two councils in one query mean either (a researcher comparing
        # them), not both: before, kommune:A kommune:B found nothing
        a = self.d.search("hjemløse kommune:Herning kommune:Odense",
                          facets=False, limit=100)
        councils = {x["council"] for x in a["hits"]}
        self.assertEqual(len(councils), 2, councils)
        self.assertTrue(all("Herning" in c or "Odense" in c
                            for c in councils))
        # a multi-word council is still all its words; fields still AND
        a = self.d.search('council:Herning council:"Region Midtjylland" '
                          "år:2025", facets=False, limit=100)
        self.assertGreater(a["total"]["lower"], 0)
        self.assertTrue(all("Region Midtjylland" in x["council"] and
                            x["date"][:4] == "2025" for x in a["hits"]))
        # filters alone: a browse of both, newest first
        a = self.d.search("råd:Herning råd:Fredericia", facets=False,
                          limit=100)
        dates = [x["date"] for x in a["hits"]]
        self.assertEqual(dates, sorted(dates, reverse=True))
        self.assertEqual(len({x["council"] for x in a["hits"]}), 2)
        # two dates: either (before, both: nothing)
        n17 = len(self.d.search("år:2017", facets=False, limit=100)["hits"])
        n25 = len(self.d.search("år:2025", facets=False, limit=100)["hits"])
        a = self.d.search("år:2017 år:2025", facets=False, limit=100)
        self.assertEqual(len(a["hits"]), n17 + n25)
        self.assertEqual({x["date"][:4] for x in a["hits"]}, {"2017", "2025"})
        a = self.d.search("hjemløse år:..2017 dato:2025-10..",
                          facets=False, limit=100)
        self.assertEqual({x["date"][:4] for x in a["hits"]}, {"2017", "2025"})
        # with the request's from: both it and the OR hold
        st, _, j = self.d.http_search(q="år:2017 år:2025", **{"from": "2020"})
        self.assertEqual(st, 200)
        self.assertEqual({x["date"][:4] for x in j["hits"]}, {"2025"})
        # kind:item kind:meeting: either kind
        a = self.d.search("council:Herning kind:item kind:meeting",
                          facets=False, limit=100)
        self.assertGreater(a["total"]["lower"], 7)

    # ---- wildcards in phrases ----------------------------------------

    def test_wildcard_in_phrase(self):
        a = self.d.search('"social* udsatte"', facets=False, limit=100)
        self.assertGreater(a["total"]["lower"], 0)
        both = self.d.search("social* AND udsatte", facets=False, limit=100)
        self.assertLessEqual(a["total"]["lower"], both["total"]["lower"])
        for hit in a["hits"]:
            # the phrase is marked whole, as one mark
            self.assertRegex(hit["snippet"].lower(),
                             r"\[social\w* udsatte\]")
        none = self.d.search('"zzqxv* udsatte"', facets=False)
        self.assertEqual(none["total"]["lower"], 0)
        r = self.d.request('SEARCH {"q":"\\"s* udsatte\\""}')
        self.assertEqual(r[:2], ("ERR", "limit"))

    # ---- query log ---------------------------------------------------

    def qlog_lines(self, marker):
        deadline = time.time() + 10
        while time.time() < deadline:
            with open(self.qlog, "rb") as f:
                lines = [l for l in f.read().split(b"\n") if marker in l]
            if lines:
                return lines
            time.sleep(0.05)
        self.fail("no query log line with %r" % marker)

    def test_query_log_cut_and_escaped(self):
        q = "qlogmark " + "a" * 190 + "æøå"  # byte 200 inside "æ"
        with self.assertRaises(UnicodeDecodeError):
            q.encode()[:200].decode()
        self.d.http_search(q=q)
        line = self.qlog_lines(b"qlogmark")[-1]
        line.decode("utf-8")  # no character cut in two
        self.assertIn(b"a\" cut", line)
        self.d.http_search(q="qlogsep a\u0085b\u2028c\u2029d")
        line = self.qlog_lines(b"qlogsep")[-1]
        text = line.decode("utf-8")
        for ch in "\u0085\u2028\u2029":
            self.assertNotIn(ch, text)
        self.assertIn("a\\xc2\\x85b\\xe2\\x80\\xa8c", text)

    # ---- the client --------------------------------------------------

    def client(self, *args, port=None):
        r = subprocess.run(
            [h.binary("referat"), "--port", str(port or self.d.line_port),
             "--no-color"] + list(args),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        return r.returncode, r.stdout.decode(), r.stderr.decode()

    def test_client_escapes_c1_controls(self):
        rc, out, err = self.client("kvistrupfonden")
        self.assertEqual(rc, 0, err)
        self.assertIn("Varmestuen", out)
        for ch in "\u009b\u0085\x1b":
            self.assertNotIn(ch, out)
        rc, out, err = self.client("--item", "proevested-2024-03-01.txt#2")
        self.assertEqual(rc, 0, err)
        self.assertIn("Varmestuen", out)
        self.assertNotIn("\u009b", out)

    def test_client_one_punkt(self):
        rc, out, _ = self.client("kvistrupfonden")
        self.assertIn("af 1 punkt ", out)
        self.assertNotIn("1 punkter", out)
        rc, out, _ = self.client("hjemløse")
        self.assertRegex(out, r"af \d+ punkter")

    def test_client_on_http_port(self):
        rc, out, err = self.client("hjemløse", port=self.d.http_port)
        self.assertEqual(rc, 3)
        self.assertIn("HTTP port", err)
        self.assertNotIn("garbled", err)

    def test_client_council_matching_nothing(self):
        rc, out, err = self.client("--council", "Nowhere", "hjemløse")
        self.assertEqual(rc, 1)
        self.assertIn("Intet råd", out)
        self.assertIn("Herning", out)  # where the query does find items
        rc, out, err = self.client("--council", "Herning", "zzqxvbnm")
        self.assertEqual(rc, 1)
        self.assertNotIn("Intet råd", out)  # the council exists

    def test_client_help_lists_the_language(self):
        r = subprocess.run([h.binary("referat"), "--help"],
                           stdout=subprocess.PIPE, timeout=30)
        text = r.stdout.decode()
        for syntax in ('"lighed i sundhed"', '~"', "+valg", "-kommune",
                       "hjemløs*", "title:", "resume:", "deltager:",
                       "council:Herning", "NOT", "( )"):
            self.assertIn(syntax, text)


if __name__ == "__main__":
    unittest.main()
