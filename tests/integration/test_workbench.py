# SPDX-License-Identifier: GPL-2.0-or-later
"""The researcher's workbench on the real indexer and referatd: timeline,
export, kwic, terms, similar and coverage over HTTP, the line protocol
and the client, checked against brute force (searches, --dump)."""
import collections
import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

# Two meetings of a made-up council, written for this test: a title with
# a quote and a comma (CSV quoting), and an item like one in the other
# meeting (similar items across meetings).
FIXTURES = {
    "citatby-udsatteraad-2023-03-01.txt": """\
Dagsorden og referat, Udsatterådet, Citatby Kommune
Mødedato: 1. marts 2023

Dagsorden
1. Forslag om "varmestue, nat" og dagtilbud
2. Natcafé for hjemløse borgere

1. Forslag om "varmestue, nat" og dagtilbud
Rådet drøftede et forslag om en varmestue med åbent om natten og et
dagtilbud for hjemløse borgere i Citatby.

2. Natcafé for hjemløse borgere
Frivillige vil drive en natcafé med suppe, kaffe og en seng til
hjemløse borgere. Natcaféen skal have plads til tyve gæster.
""",
    "citatby-udsatteraad-2024-09-12.txt": """\
Dagsorden og referat, Udsatterådet, Citatby Kommune
Mødedato: 12. september 2024

Dagsorden
1. Evaluering af natcaféen

1. Evaluering af natcaféen
Natcaféen for hjemløse borgere har haft tyve gæster de fleste nætter.
Frivillige serverer suppe og kaffe, og der er en seng til alle.
""",
}


def dump_items(db):
    r = subprocess.run([h.binary("referat-index"), "--db", db, "--dump"],
                       stdout=subprocess.PIPE, timeout=60, check=True)
    return [json.loads(x) for x in r.stdout.decode().splitlines() if x.strip()]


class Workbench(h.DaemonTestCase):
    external_ok = False

    @classmethod
    def make_source(cls, tmp):
        src = h.copy_corpus(tmp)
        for name, text in FIXTURES.items():
            with open(os.path.join(src, name), "w", encoding="utf-8") as f:
                f.write(text)
        return src

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.items = dump_items(cls.db)

    def get_json(self, path, **params):
        st, hdr, body = self.d.http("GET", path + "?" + urllib.parse.urlencode(params),
                                    timeout=60)
        self.assertEqual(st, 200, body[:300])
        self.assertTrue(hdr["content-type"].startswith("application/json"))
        return json.loads(body)

    def all_hits(self, q, **kw):
        """Every hit of a search, page by page (brute force)."""
        hits, off = [], 0
        while True:
            a = self.d.search(q, offset=off, limit=100, facets=False,
                              snippets=False, **kw)
            hits += a["hits"]
            off += 100
            if not a["hits"] or off >= 1000:
                return hits

    # ---- timeline ----------------------------------------------------------

    def test_timeline_counts_are_brute_force_counts(self):
        for q in ("hjemløse", "bolig", '"socialt udsatte"'):
            ans = self.get_json("/timeline", q=q, by="year")
            want = collections.Counter((x["council"], x["date"][:4])
                                       for x in self.all_hits(q))
            got = {(c["council"], c["period"]): c["count"] for c in ans["cells"]
                   if c["count"] > 0}
            self.assertEqual(got, dict(want), q)
            self.assertEqual(ans["total"], sum(want.values()))
            self.assertFalse(ans["timed_out"])
            indexed = collections.Counter((x["council"], x["date"][:4])
                                          for x in self.items)
            for c in ans["cells"]:
                self.assertEqual(c["indexed"], indexed[(c["council"], c["period"])], c)
            # every council x year with items is there, with 0 if no match
            self.assertEqual({(c["council"], c["period"]) for c in ans["cells"]},
                             set(indexed))

    def test_timeline_periods_filters_and_empty_query(self):
        ans = self.get_json("/timeline", q="", council="Citatby", by="month")
        self.assertEqual([(c["period"], c["count"], c["indexed"]) for c in ans["cells"]],
                         [("2023-03", 2, 2), ("2024-09", 1, 1)])
        ans = self.get_json("/timeline", q="hjemløse", by="quarter", to="2023-12-31",
                            council="Citatby")
        self.assertEqual([(c["period"], c["count"]) for c in ans["cells"]],
                         [("2023-Q1", 2)])
        st, _, body = self.d.http("GET", "/timeline?q=x&by=week")
        self.assertEqual(st, 400)
        st, _, body = self.d.http("GET", "/timeline?q=%28%28x")
        self.assertEqual(st, 400)

    def test_timeline_line_protocol_same_as_http(self):
        web = self.get_json("/timeline", q="hjemløse")
        r = self.d.request('TIMELINE {"q":"hjemløse"}')
        self.assertEqual(r[0], "OK", r)
        self.assertEqual(r[1]["cells"], web["cells"])
        self.assertEqual(self.d.request("TIMELINE {\"q\":\"x\",\"by\":1}")[0], "ERR")

    # ---- export ------------------------------------------------------------

    def export(self, **params):
        st, hdr, body = self.d.http("GET", "/export?" + urllib.parse.urlencode(params),
                                    timeout=60)
        self.assertEqual(st, 200, body[:300])
        self.assertEqual(hdr.get("transfer-encoding"), "chunked")
        return hdr, body

    def test_export_csv_rows_equal_total_and_parse(self):
        hdr, body = self.export(q="hjemløse", format="csv", bom=1)
        self.assertTrue(hdr["content-type"].startswith("text/csv"))
        self.assertTrue(body.startswith(b"\xef\xbb\xbf"))
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
        self.assertEqual(rows[0][:2], ["id", "council"])
        self.assertEqual(rows[0], ["id", "council", "municipality", "date", "label",
                                   "title", "score", "url", "snippet"])
        n = self.get_json("/timeline", q="hjemløse")["total"]
        self.assertEqual(len(rows) - 1, n)
        self.assertEqual({r[0] for r in rows[1:]}, {x["id"] for x in self.all_hits("hjemløse")})
        titled = [r for r in rows if r[0] == "citatby-udsatteraad-2023-03-01.txt#1"]
        self.assertEqual(titled[0][5], 'Forslag om "varmestue, nat" og dagtilbud')
        self.assertEqual(titled[0][2], "Citatby Kommune")

    def test_export_jsonl_and_everything(self):
        _, body = self.export(q="", format="jsonl")
        lines = body.decode().splitlines()
        self.assertEqual(len(lines), len(self.items))
        rows = [json.loads(x) for x in lines]
        self.assertEqual(list(rows[0])[0], "id")
        self.assertEqual({r["id"] for r in rows}, {x["id"] for x in self.items})

    def test_export_line_protocol_pages(self):
        ids, off = [], 0
        while off is not None:
            r = self.d.request('EXPORT {"q":"udsatte","format":"json","limit":7,'
                               '"offset":%d}' % off)
            self.assertEqual(r[0], "OK", r)
            ids += [x["id"] for x in r[1]["rows"]]
            off = r[1]["next"]
        self.assertEqual(len(ids), r[1]["total"])
        self.assertEqual(set(ids), {x["id"] for x in self.all_hits("udsatte")})
        self.assertEqual(self.d.request('EXPORT {"q":"x","limit":5000}')[1], "limit")

    def test_export_client_csv(self):
        rc, out, err = h.run_client("export", "hjemløse", "--csv", "--port",
                                    str(self.d.line_port))
        self.assertEqual(rc, 0, err)
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertEqual(len(rows) - 1, self.get_json("/timeline", q="hjemløse")["total"])

    def test_export_client_that_leaves_is_dropped(self):
        s = socket.create_connection((self.d.host, self.d.http_port), timeout=10)
        s.sendall(b"GET /export?q=&format=csv HTTP/1.1\r\nHost: x\r\n\r\n")
        s.recv(100)
        s.close()
        time.sleep(0.3)
        self.assertTrue(self.d.alive())
        self.assertEqual(self.get_json("/timeline", q="hjemløse")["timed_out"], False)

    # ---- kwic --------------------------------------------------------------

    def test_kwic_lines_hold_the_match_and_context(self):
        ans = self.get_json("/kwic", q="hjemløse", width=3, limit=1000)
        self.assertGreater(ans["total"], 5)
        self.assertEqual(len(ans["lines"]), ans["total"])
        for l in ans["lines"]:
            self.assertTrue(l["match"], l)
            self.assertLessEqual(len(re.findall(r"\w+(?:[-.,]\w+)*", l["left"])), 3, l)
            self.assertLessEqual(len(re.findall(r"\w+(?:[-.,]\w+)*", l["right"])), 3, l)
        fx = [l for l in ans["lines"] if l["id"] == "citatby-udsatteraad-2024-09-12.txt#1"]
        self.assertEqual([(l["left"], l["match"], l["right"]) for l in fx],
                         [("natcaféen Natcaféen for", "hjemløse", "borgere har haft")])
        self.assertEqual(fx[0]["date"], "2024-09-12")
        # every inflection and compound the search found, not only the word
        matches = {l["match"].lower() for l in ans["lines"]}
        self.assertIn("hjemløsetælling", matches)
        self.assertIn("hjemløsheden", matches)
        # the words a snippet marks are the lines' matches
        hit = self.d.search("hjemløse", limit=1)["hits"][0]
        marked = {m.lower() for m in re.findall(r"\[([^\]]+)\]", hit["snippet"])}
        self.assertTrue(marked <= matches, (marked, matches))

    def test_kwic_sort_paging_csv(self):
        ans = self.get_json("/kwic", q="borgere", width=2, sort="right", limit=1000)
        keys = [(re.findall(r"\w+", l["right"].lower()) or [""])[0]
                for l in ans["lines"]]
        self.assertEqual(keys, sorted(keys))
        page = self.get_json("/kwic", q="borgere", width=2, sort="right", limit=3, offset=2)
        self.assertEqual(page["lines"], ans["lines"][2:5])
        st, hdr, body = self.d.http("GET", "/kwic?q=borgere&format=csv&limit=5")
        self.assertEqual(st, 200)
        self.assertTrue(hdr["content-type"].startswith("text/csv"))
        rows = list(csv.reader(io.StringIO(body.decode(), newline="")))
        self.assertEqual(rows[0], ["id", "date", "council", "left", "match", "right"])
        self.assertEqual(len(rows), 6)
        st, _, _ = self.d.http("GET", "/kwic?q=")
        self.assertEqual(st, 400)

    # ---- terms -------------------------------------------------------------

    def test_terms(self):
        ans = self.get_json("/terms", q="natcafé OR natcaféen", limit=10)
        terms = [t["term"] for t in ans["terms"]]
        self.assertTrue(terms)
        self.assertNotIn("natcafé", terms)
        self.assertNotIn("natcaféen", terms)
        self.assertTrue({"suppe", "kaffe", "frivillige"} & set(terms), terms)
        for t in ans["terms"]:
            self.assertGreater(t["score"], 0)
            self.assertEqual(t["term"], t["term"].lower())
        r = self.d.request('TERMS {"q":"natcafé OR natcaféen","limit":10}')
        self.assertEqual([t["term"] for t in r[1]["terms"]], terms)

    # ---- similar -----------------------------------------------------------

    def test_similar_excludes_its_own_meeting(self):
        me = "citatby-udsatteraad-2023-03-01.txt#2"
        st, _, ans = self.d.http_json("/similar/" + urllib.parse.quote(me, safe="") +
                                      "?limit=5")
        self.assertEqual(st, 200)
        files = [x["file"] for x in ans["hits"]]
        self.assertTrue(files)
        self.assertNotIn("citatby-udsatteraad-2023-03-01.txt", files)
        self.assertEqual(ans["hits"][0]["id"], "citatby-udsatteraad-2024-09-12.txt#1")
        self.assertLessEqual(len(ans["hits"]), 5)
        self.assertIn("snippet", ans["hits"][0])
        st, _, _ = self.d.http("GET", "/similar/nope")
        self.assertEqual(st, 404)
        r = self.d.request('SIMILAR {"id":"%s","limit":3}' % me)
        self.assertEqual(r[0], "OK")
        self.assertNotIn("citatby-udsatteraad-2023-03-01.txt", [x["file"] for x in r[1]["hits"]])

    # ---- coverage ----------------------------------------------------------

    def test_coverage_matches_dump(self):
        ans = self.get_json("/coverage")
        by = collections.defaultdict(list)
        for x in self.items:
            by[x["council"]].append(x)
        self.assertEqual({c["council"] for c in ans["councils"]}, set(by))
        for c in ans["councils"]:
            xs = by[c["council"]]
            self.assertEqual(c["items"], len(xs))
            self.assertEqual(c["meetings"], len({x["file"] for x in xs}))
            self.assertEqual(c["first"], min(x["date"] for x in xs))
            self.assertEqual(c["last"], max(x["date"] for x in xs))
            self.assertEqual(c["authority"], xs[0]["authority"])
        self.assertRegex(ans["indexed_at"], r"^\d{4}-\d\d-\d\dT")
        self.assertEqual(self.d.request("COVERAGE")[1]["councils"], ans["councils"])

    # ---- client ------------------------------------------------------------

    def test_client_subcommands(self):
        port = ["--port", str(self.d.line_port)]
        rc, out, err = h.run_client("timeline", "hjemløse", *port)
        self.assertEqual(rc, 0, err)
        self.assertIn("Citatby Kommune", out)
        self.assertTrue(any(ch in out for ch in "▁▂▃▄▅▆▇█"))
        rc, out, _ = h.run_client("timeline", "hjemløse", "--csv", *port)
        rows = list(csv.reader(io.StringIO(out, newline="")))
        self.assertEqual(rows[0], ["council", "period", "count", "indexed", "per_100"])
        rc, out, _ = h.run_client("kwic", "natcafé", *port)
        self.assertEqual(rc, 0)
        self.assertIn("[natcafé]", out.lower())
        rc, out, _ = h.run_client("coverage", *port)
        self.assertIn("Citatby Kommune", out)
        # columns padded by characters, not bytes: every row's first date
        # stands under the header's "first", "Udsatterådet" or not
        lines = out.splitlines()
        rows = [l for l in lines[1:] if re.match(r".* \d{4}-\d\d-\d\d ", l)]
        self.assertTrue(rows and any(not l.isascii() for l in rows), out)
        for l in rows:
            self.assertEqual(re.search(r"\d{4}-\d\d-\d\d", l).start(),
                             lines[0].index("first"), out)
        # the subcommand after the options is still the subcommand
        rc, after, err = h.run_client(*port, "coverage")
        self.assertEqual((rc, after), (0, out), err)
        rc, out, _ = h.run_client("terms", "natcafé", *port)
        self.assertEqual(rc, 0)
        rc, out, _ = h.run_client("similar", "nope", *port)
        self.assertEqual(rc, 1)
        rc, _, err = h.run_client("kwic", "--width", "99", "x", *port)
        self.assertEqual(rc, 2, err)
        # --port is checked as for a search (was passed to the resolver:
        # "Servname not supported", exit 3)
        for bad in ("abc", "0", "70000"):
            rc, _, err = h.run_client("timeline", "x", "--port", bad)
            self.assertEqual(rc, 2, err)
            self.assertIn("--port <%s>: want a number 1..65535" % bad, err)


class WorkbenchExportMemory(h.DaemonTestCase):
    """An export of every item of a larger index streams: while the client
    does not read, the daemon's resident memory grows by far less than the
    export's size (it waits instead of buffering); then all of it comes.
    Meanwhile the one worker is held, so a timeline waits past the query
    time limit and is answered `timeout`: the limit holds for the
    workbench too."""
    external_ok = False
    daemon_args = ("--query-timeout", "0.5", "--threads", "1")

    @classmethod
    def make_source(cls, tmp):
        src = os.path.join(tmp, "many")
        os.makedirs(src)
        # 80 copies make the export far larger than the daemon's memory
        # noise and than the sockets' buffers, so the export holds the one
        # worker while the client does not read (fewer, under ASan, let
        # the kernel take it all and free the worker: the timeline then
        # answers 200). Indexing them under ASan on a loaded machine takes
        # minutes: make_index's guard allows for it.
        for i in range(80):
            for f in h.corpus_files():
                shutil.copyfile(os.path.join(h.CORPUS, f),
                                os.path.join(src, "%02d-%s" % (i, f)))
        return src

    def rss_kb(self):
        with open("/proc/%d/status" % self.d.proc.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def under_asan(self):
        with open("/proc/%d/maps" % self.d.proc.pid) as f:
            return "asan" in f.read()

    def test_export_streams_in_bounded_memory(self):
        n = self.d.http_json("/timeline?q=")[2]["indexed"]
        before = self.rss_kb()
        s = socket.create_connection((self.d.host, self.d.http_port), timeout=60)
        s.sendall(b"GET /export?q=&format=jsonl HTTP/1.1\r\nHost: x\r\n"
                  b"Connection: close\r\n\r\n")
        got = s.recv(4096)
        t = socket.create_connection((self.d.host, self.d.http_port), timeout=60)
        t.sendall(b"GET /timeline?q=borgere HTTP/1.1\r\nHost: x\r\n"
                  b"Connection: close\r\n\r\n")
        time.sleep(1.5)  # not reading: the daemon must wait, not buffer
        grown = (self.rss_kb() - before) * 1024
        s.settimeout(60)
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
        s.close()
        late = b""
        while True:
            chunk = t.recv(65536)
            if not chunk:
                break
            late += chunk
        t.close()
        self.assertTrue(late.startswith(b"HTTP/1.1 503"), late[:200])
        self.assertIn(b'"timeout"', late)
        body = got.split(b"\r\n\r\n", 1)[1]
        # chunked framing: count the JSON lines, each one item
        rows = sum(1 for x in body.split(b"\n") if x.startswith(b'{"id":'))
        self.assertEqual(rows, n)
        if not self.under_asan():  # ASan's quarantine keeps freed memory
            self.assertLess(grown, len(body) / 2, (grown, len(body)))
        self.assertTrue(self.d.alive())

    def test_export_client_leaves_midway(self):
        """A client that leaves mid-export ends it: the worker is free
        again (the one worker serves the next request) and nothing
        breaks (under ASan: no use after free of the request)."""
        for _ in range(3):
            s = socket.create_connection((self.d.host, self.d.http_port), timeout=60)
            s.sendall(b"GET /export?q=&format=csv HTTP/1.1\r\nHost: x\r\n\r\n")
            self.assertTrue(s.recv(4096).startswith(b"HTTP/1.1 200"))
            s.close()
        st, _, ans = self.d.http_json("/coverage", timeout=60)
        self.assertEqual(st, 200)
        self.assertTrue(self.d.alive())


if __name__ == "__main__":
    unittest.main()
