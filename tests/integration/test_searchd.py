# SPDX-License-Identifier: GPL-2.0-or-later
"""referatd over its line protocol (docs/protocol.md), on an index of corpus/:
ranking, filters, phrases, facets, errors, hostile input, limits, 50
concurrent clients, a reindex under load and a clean shutdown."""
import json
import os
import re
import shutil
import socket
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402


def norm(text):
    return re.sub(r"\s+", " ", text.lower())


class IndexedCorpus(h.DaemonTestCase):
    """One index of corpus/ and one daemon per test class."""

    def assert_alive(self):
        """The daemon still answers a new connection."""
        self.assertTrue(self.d.alive(), self.d.log()[-2000:])
        self.assertEqual(self.d.request("PING"), ("OK", {"pong": True}))


class ProtocolTest(IndexedCorpus):
    def test_ping_hello_version_stats(self):
        with self.d.connect() as c:
            self.assertEqual(c.request("PING"), ("OK", {"pong": True}))
            ok, hello = c.request("HELLO 1")
            self.assertEqual(ok, "OK")
            self.assertEqual(hello["protocol"], 1)
            self.assertEqual(hello["server"], "referatd")
            r = c.request("HELLO 2")
            self.assertEqual(r[:2], ("ERR", "unsupported"))
            self.assertEqual(c.request("version")[0], "OK")  # verbs: any case
            ok, stats = c.request("STATS")
            self.assertEqual(stats["documents"], 49)
            self.assertGreater(stats["revision"], 0)

    def test_hjemloesetaelling_ranks_herning_first(self):
        ans = self.d.search("hjemløsetælling")
        self.assertGreater(len(ans["hits"]), 0)
        top = ans["hits"][0]
        self.assertEqual(top["id"], h.HERNING_HJEMLOS, [x["id"] for x in ans["hits"]])
        self.assertEqual(top["title"], "Hjemløsetælling 2017")
        self.assertIn("Herning", top["council"])

    def test_hit_fields_and_snippets(self):
        ans = self.d.search("hjemløse", limit=5)
        for key in ("total", "offset", "limit", "took_ms", "hits", "facets",
                    "suggestion", "corrected"):
            self.assertIn(key, ans)
        for k in ("estimated", "lower", "upper"):
            self.assertIsInstance(ans["total"][k], int)
        self.assertEqual(ans["limit"], 5)
        self.assertLessEqual(len(ans["hits"]), 5)
        scores = [x["score"] for x in ans["hits"]]
        self.assertEqual(scores, sorted(scores, reverse=True))
        for hit in ans["hits"]:
            for k in ("id", "council", "authority", "date", "label", "title",
                      "file", "score", "snippet", "snippet_html"):
                self.assertIn(k, hit)
            self.assertNotIn("path", hit)
            self.assertNotIn("/", hit["file"])  # a name, not a server path
            self.assertRegex(hit["snippet"], r"\[[^\]]+\]")
            self.assertIn("<mark>", hit["snippet_html"])
            self.assertNotRegex(hit["snippet_html"], r"<(?!/?mark>)")

    def test_council_filter(self):
        all_ = self.d.search("hjemløse", limit=100)
        her = self.d.search("hjemløse", council="Herning", limit=100)
        self.assertGreater(len(her["hits"]), 0)
        self.assertLess(her["total"]["estimated"], all_["total"]["estimated"])
        for hit in her["hits"]:
            self.assertIn("Herning", hit["council"] + " " + hit["authority"])
        lower = self.d.search("hjemløse", council="herning", limit=100)
        self.assertEqual([x["id"] for x in lower["hits"]], [x["id"] for x in her["hits"]])

    def test_date_filters(self):
        late = self.d.search("udsatte", limit=100, **{"from": "2020"})
        self.assertGreater(len(late["hits"]), 0)
        for hit in late["hits"]:
            self.assertGreaterEqual(hit["date"], "2020-01-01")
        y2017 = self.d.search("udsatte", limit=100, **{"from": "2017", "to": "2017"})
        self.assertGreater(len(y2017["hits"]), 0)
        self.assertTrue(all(x["date"].startswith("2017") for x in y2017["hits"]))
        nov = self.d.search("udsatte", limit=100, **{"from": "2017-11", "to": "2017-11-30"})
        self.assertTrue(nov["hits"])
        self.assertTrue(all(x["date"] == "2017-11-30" for x in nov["hits"]))
        years = {f["value"] for f in y2017["facets"]["year"]}
        self.assertEqual(years, {"2017"})

    def test_phrase_matches_only_the_phrase(self):
        phrase = self.d.search('"socialt udsatte"', limit=100, facets=False)
        both = self.d.search("socialt AND udsatte", limit=100, facets=False)
        pids = {x["id"] for x in phrase["hits"]}
        self.assertTrue(pids)
        self.assertLess(len(pids), len(both["hits"]))
        for i in pids:
            self.assertIn("socialt udsatte", norm(self.d.item(i)["text"]))
        for x in both["hits"]:
            if x["id"] not in pids:
                self.assertNotIn("socialt udsatte", norm(self.d.item(x["id"])["text"]))

    def test_facets_add_up_to_total(self):
        for q in ("hjemløse", "udsatte", "bolig*", '"housing first"'):
            ans = self.d.search(q, limit=3)
            t = ans["total"]
            self.assertEqual(t["lower"], t["upper"], q)  # exact: whole match set
            self.assertEqual(sum(f["count"] for f in ans["facets"]["council"]), t["estimated"], q)
            self.assertEqual(sum(f["count"] for f in ans["facets"]["year"]), t["estimated"], q)
        off = self.d.search("hjemløse", facets=False)
        self.assertIsNone(off["facets"])

    def test_without_snippets(self):
        full = self.d.search("hjemløse", limit=20)
        bare = self.d.search("hjemløse", limit=20, snippets=False)
        self.assertTrue(full["hits"])
        self.assertEqual(bare["total"], full["total"])
        self.assertEqual(bare["facets"], full["facets"])
        for a, b in zip(full["hits"], bare["hits"]):
            self.assertEqual(b["id"], a["id"])
            self.assertEqual(b["score"], a["score"])
            self.assertEqual(b["title"], a["title"])
            self.assertEqual(b["council"], a["council"])
            self.assertIn("snippet", a)
            self.assertNotIn("snippet", b)
            self.assertNotIn("snippet_html", b)
        self.assertEqual(len(bare["hits"]), len(full["hits"]))
        r = self.d.request('SEARCH {"q":"hjemløse","snippets":"no"}')
        self.assertEqual(r[:2], ("ERR", "bad_request"))

    def test_paging(self):
        full = self.d.search("udsatte", limit=20, facets=False)
        p2 = self.d.search("udsatte", offset=10, limit=10, facets=False)
        self.assertEqual([x["id"] for x in p2["hits"]], [x["id"] for x in full["hits"][10:20]])
        r = self.d.request('SEARCH {"q":"udsatte","limit":101}')
        self.assertEqual(r[:2], ("ERR", "limit"))
        r = self.d.request('SEARCH {"q":"udsatte","offset":995,"limit":10}')
        self.assertEqual(r[:2], ("ERR", "limit"))

    def test_item_round_trip(self):
        it = self.d.item(h.HERNING_HJEMLOS)
        self.assertEqual(it["id"], h.HERNING_HJEMLOS)
        self.assertEqual(it["title"], "Hjemløsetælling 2017")
        self.assertNotIn("path", it)
        self.assertTrue(it["sections"])
        self.assertEqual(self.d.request("ITEM no-such-file.txt#1")[:2], ("ERR", "not_found"))

    def test_malformed_requests_keep_the_connection(self):
        bad = [
            ("FROB", "unknown_command"),
            ("", "bad_request"),
            ("SEARCH", "bad_request"),
            ("SEARCH not json", "bad_request"),
            ('SEARCH ["q"]', "bad_request"),
            ('SEARCH {"q":1}', "bad_request"),
            ('SEARCH {"q":"x","bogus":1}', "bad_request"),
            ('SEARCH {"q":"x","q":"y"}', "bad_request"),
            ('SEARCH {"q":""}', "bad_request"),
            ('SEARCH {"q":"x","from":"2017-13"}', "bad_request"),
            ('SEARCH {"q":"x","from":"2020","to":"2017"}', "bad_request"),
            ('SEARCH {"q":"x","limit":-1}', "bad_request"),
            ('SEARCH {"q":"((x"}', "bad_query"),
            ("PING extra", "bad_request"),
            ("HELLO x", "bad_request"),
            ("ITEM", "bad_request"),
        ]
        with self.d.connect() as c:
            for line, code in bad:
                r = c.request(line)
                self.assertEqual(r[:2], ("ERR", code), line)
                self.assertEqual(c.request("PING"), ("OK", {"pong": True}), line)

    def test_pipelined_requests_answer_in_order(self):
        with self.d.connect() as c:
            c.send("PING\nSEARCH {\"q\":\"hjemløse\",\"limit\":1}\nFROB\nSTATS\n"
                   "ITEM " + h.HERNING_HJEMLOS + "\nPING\n")
            self.assertEqual(c.read_reply(), ("OK", {"pong": True}))
            self.assertEqual(len(c.read_reply()[1]["hits"]), 1)
            self.assertEqual(c.read_reply()[:2], ("ERR", "unknown_command"))
            self.assertIn("documents", c.read_reply()[1])
            self.assertEqual(c.read_reply()[1]["id"], h.HERNING_HJEMLOS)
            self.assertEqual(c.read_reply(), ("OK", {"pong": True}))

    def test_crlf_and_quit(self):
        with self.d.connect() as c:
            self.assertEqual(c.request(b"PING\r\n"), ("OK", {"pong": True}))
            self.assertEqual(c.request("QUIT"), ("OK", {}))
            self.assertTrue(c.closed_by_peer())

    def test_half_closed_client_gets_inline_answers(self):
        """A client that shuts its sending side is answered what needs no
        worker; a search it leaves behind is dropped (test_stall.py)."""
        s = socket.create_connection((self.d.host, self.d.line_port), timeout=10)
        s.sendall(b"PING\nSTATS\n")
        s.shutdown(socket.SHUT_WR)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        s.close()
        self.assertTrue(data.startswith(b"OK 13\n{\"pong\":true}\nOK "), data[:80])


class HostileInputTest(IndexedCorpus):
    """Each hostile request ends with a check that a new connection is
    answered. A short idle timeout makes 'half a request' quick."""

    daemon_args = ("--idle-timeout", "1")

    def test_overlong_line(self):
        with self.d.connect() as c:
            c.send(b"SEARCH " + b"x" * 100000)
            r = c.read_reply()
            self.assertEqual(r[:2], ("ERR", "too_large"))
            self.assertTrue(c.closed_by_peer())
        self.assert_alive()

    def test_overlong_line_with_newline(self):
        with self.d.connect() as c:
            c.send(b"PING " + b"y" * 9000 + b"\nPING\n")
            self.assertEqual(c.read_reply()[:2], ("ERR", "too_large"))
            self.assertTrue(c.closed_by_peer())
        self.assert_alive()

    def test_invalid_utf8(self):
        with self.d.connect() as c:
            for bad in (b'SEARCH {"q":"\xff\xfe"}', b"SEARCH {\"q\":\"hjeml\xf8se\"}",
                        b"\xc0\xafPING", b'ITEM \xed\xa0\x80'):
                r = c.request(bad)
                self.assertEqual(r[:2], ("ERR", "bad_request"), bad)
            self.assertEqual(c.request("PING"), ("OK", {"pong": True}))
        self.assert_alive()

    def test_nul_and_control_bytes(self):
        with self.d.connect() as c:
            for bad in (b"PI\x00NG", b'SEARCH {"q":"a\x00b"}', b"\x00\x00\x00",
                        b'SEARCH {"q":"x\x1b[31m"}', b'SEARCH {"q":"x\\u0000"}'):
                r = c.request(bad)
                self.assertEqual(r[0], "ERR", bad)
                self.assertEqual(r[1], "bad_request", bad)
            self.assertEqual(c.request("PING"), ("OK", {"pong": True}))
        self.assert_alive()

    def test_ten_thousand_terms(self):
        # 10,000 terms cannot fit in one request line: too_large, closed.
        q = " ".join("ord%d" % i for i in range(10000))
        with self.d.connect() as c:
            c.send("SEARCH " + json.dumps({"q": q}) + "\n")
            self.assertEqual(c.read_reply()[:2], ("ERR", "too_large"))
            self.assertTrue(c.closed_by_peer())
        # As many as fit in a line: the query's own term cap answers.
        q = " ".join("t%d" % i for i in range(700))
        r = self.d.request("SEARCH " + json.dumps({"q": q}))
        self.assertEqual(r[:2], ("ERR", "limit"))
        self.assert_alive()

    def test_deep_nesting_and_wildcards(self):
        r = self.d.request("SEARCH " + json.dumps({"q": "(" * 1000 + "x" + ")" * 1000}))
        self.assertEqual(r[0], "ERR")
        self.assertIn(r[1], ("limit", "bad_query"))
        r = self.d.request("SEARCH " + json.dumps({"q": "a*"}))
        self.assertIn(r[0], ("OK", "ERR"))
        if r[0] == "ERR":
            self.assertEqual(r[1], "limit")
        self.assert_alive()

    def test_binary_garbage(self):
        import random
        rnd = random.Random(5)
        with self.d.connect() as c:
            c.send(bytes(rnd.randrange(256) for _ in range(3000)) + b"\n")
            r = c.read_reply()
            self.assertEqual(r[0], "ERR")
        self.assert_alive()

    def test_half_a_request_then_silence(self):
        with self.d.connect() as c:
            c.send(b'SEARCH {"q":"hjem')
            self.assertEqual(c.read_reply()[:2], ("ERR", "timeout"))
            self.assertTrue(c.closed_by_peer())
        self.assert_alive()

    def test_slow_loris_is_cut_off(self):
        with self.d.connect() as c:
            # a byte every 0.3 s for 30 s: the deadline cuts it long before
            line = b'SEARCH {"q":"hjemloese"' + b" " * 75 + b"}"
            try:
                for ch in line:
                    c.send(bytes([ch]))
                    time.sleep(0.3)
            except OSError:
                pass  # closed on us: fine
            # cut while still sending: a whole request would be answered
            self.assertEqual(c.read_reply()[:2], ("ERR", "timeout"))
        self.assert_alive()

    def test_idle_connection_is_closed(self):
        with self.d.connect() as c:
            self.assertEqual(c.read_reply()[:2], ("ERR", "timeout"))
            self.assertTrue(c.closed_by_peer())
        self.assert_alive()


class ConnectionLimitTest(IndexedCorpus):
    daemon_args = ("--max-connections", "3")

    def test_past_max_connections_busy_and_closed(self):
        conns = [self.d.connect() for _ in range(3)]
        try:
            for c in conns:
                self.assertEqual(c.request("PING"), ("OK", {"pong": True}))
            with self.d.connect() as extra:
                self.assertEqual(extra.read_reply()[:2], ("ERR", "busy"))
                self.assertTrue(extra.closed_by_peer())
            status, _, body = self.d.http("GET", "/health")
            self.assertEqual(status, 503)
            self.assertEqual(json.loads(body)["error"]["code"], "busy")
            for c in conns:  # the others are still served
                self.assertEqual(c.request("PING"), ("OK", {"pong": True}))
        finally:
            for c in conns:
                c.close()
        deadline = time.time() + 5
        while time.time() < deadline:
            try:
                if self.d.request("PING") == ("OK", {"pong": True}):
                    break
            except (EOFError, OSError):
                pass
            time.sleep(0.1)
        self.assert_alive()


class QueueLimitTest(IndexedCorpus):
    daemon_args = ("--threads", "1", "--queue-max", "1")

    def test_full_queue_answers_busy(self):
        conns = [self.d.connect() for _ in range(40)]
        try:
            line = ("SEARCH " + json.dumps({"q": "bolig* OR udsat* OR social*",
                                            "limit": 100}) + "\n").encode()
            for c in conns:
                c.send(line)
            replies = [c.read_reply() for c in conns]
        finally:
            for c in conns:
                c.close()
        codes = [r[0] if r[0] == "OK" else r[1] for r in replies]
        self.assertTrue(set(codes) <= {"OK", "busy"}, codes)
        self.assertIn("busy", codes)
        self.assertIn("OK", codes)
        self.assert_alive()


class ConcurrencyTest(IndexedCorpus):
    # 500 searches at once wait for 2 workers: under ASan on a loaded
    # machine a wait may pass the default query timeout, and the verdict
    # must not depend on how busy the machine is
    daemon_args = ("--query-timeout", "120")

    def test_fifty_concurrent_clients(self):
        queries = ["hjemløse", "udsatte", '"socialt udsatte"', "bolig*",
                   "misbrug", "hjemløsetælling", "herning", "psykiatri"]
        expect = {q: [x["id"] for x in self.d.search(q, limit=20)["hits"]] for q in queries}
        errors, answered = [], []
        start = threading.Barrier(50)

        def client(n):
            try:
                with self.d.connect(timeout=60) as c:
                    start.wait(60)
                    for k in range(10):
                        q = queries[(n + k) % len(queries)]
                        r = c.request("SEARCH " + json.dumps({"q": q, "limit": 20}))
                        if r[0] != "OK":
                            errors.append((n, q, r))
                        elif [x["id"] for x in r[1]["hits"]] != expect[q]:
                            errors.append((n, q, "different hits"))
                        answered.append(n)
            except Exception as e:  # noqa: BLE001 - report every failure
                errors.append((n, repr(e)))

        threads = [threading.Thread(target=client, args=(n,)) for n in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(180)
        self.assertEqual([t for t in threads if t.is_alive()], [])
        self.assertEqual(errors, [])
        self.assertEqual(len(answered), 50 * 10)


class ReindexTest(unittest.TestCase):
    """The indexer commits new revisions while clients query: none fails,
    and the new text is found without a restart."""

    def test_reindex_during_queries_loses_none(self):
        tmp = tempfile.mkdtemp(prefix="test-reindex-")
        try:
            src = h.copy_corpus(tmp)
            db = h.make_index(tmp, src)
            d = h.Daemon(db, tmpdir=tmp, external_ok=False)
            stop = threading.Event()
            per_thread = [0] * 4
            failures = []

            def load(k):
                try:
                    with d.connect(timeout=60) as c:
                        while not stop.is_set():
                            for q in ("hjemløse", "udsatte", "bolig*"):
                                r = c.request("SEARCH " + json.dumps({"q": q}))
                                if r[0] != "OK" or not r[1]["hits"]:
                                    failures.append((q, r))
                                else:
                                    per_thread[k] += 1
                except Exception as e:  # noqa: BLE001
                    failures.append(repr(e))

            threads = [threading.Thread(target=load, args=(k,))
                       for k in range(4)]
            for t in threads:
                t.start()
            herning = os.path.join(src, "herning-udsatteraad-2017-10-06.txt")
            for rnd in range(3):
                with open(herning, "a", encoding="utf-8") as f:
                    f.write("\nEventuelt\n\nZebrafinkeprojekt%d blev nævnt.\n" % rnd)
                h.make_index(tmp, src, db=db)
                time.sleep(0.3)
            # A new revision: the added word is found without a restart.
            deadline = time.time() + 5
            found = 0
            while time.time() < deadline and not found:
                found = d.search("zebrafinkeprojekt2")["total"]["estimated"]
                time.sleep(0.1)
            stop.set()
            for t in threads:
                t.join(120)
            alive = [t for t in threads if t.is_alive()]
            rc = d.stop()
            self.assertEqual(alive, [])
            self.assertEqual(failures, [])
            # every load thread searched, and all of them often
            self.assertTrue(all(n > 0 for n in per_thread), per_thread)
            self.assertGreater(sum(per_thread), 50)
            self.assertGreater(found, 0)
            self.assertEqual(rc, 0, d.log()[-3000:])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


class HitListTest(unittest.TestCase):
    """Hit lists without snippets come from searchd's in-memory hit table;
    items added or changed since it was built read their stored data. Both
    give the same hits as a search with snippets."""

    def same_hits(self, d, q):
        # Two workers may briefly stand on two revisions after a commit,
        # and two revisions can have equal totals but another order (a
        # changed file changes lengths, so weights): retry until the two
        # answers agree; a persistent difference fails.
        keys = ("id", "council", "authority", "date", "label", "title", "file")
        for _ in range(100):
            full = d.search(q, limit=20, facets=False)
            bare = d.search(q, limit=20, facets=False, snippets=False)
            got = [[x[k] for k in keys] for x in bare["hits"]]
            want = [[x[k] for k in keys] for x in full["hits"]]
            if bare["total"] == full["total"] and got == want:
                break
            time.sleep(0.05)
        self.assertEqual(got, want, q)
        return bare

    def test_added_and_changed_files(self):
        tmp = tempfile.mkdtemp(prefix="test-hits-")
        try:
            src = h.copy_corpus(tmp)
            herning = os.path.join(src, "herning-udsatteraad-2017-10-06.txt")
            aside = os.path.join(tmp, "herning.txt")
            os.rename(herning, aside)
            db = h.make_index(tmp, src)
            d = h.Daemon(db, tmpdir=tmp, external_ok=False)
            self.addCleanup(d.stop)
            before = self.same_hits(d, "hjemløsetælling")["hits"]
            self.assertNotIn(h.HERNING_HJEMLOS, [x["id"] for x in before])
            self.same_hits(d, "udsatte")
            # an added file: the same generation, new documents
            os.rename(aside, herning)
            h.make_index(tmp, src, db=db)
            deadline = time.time() + 10
            bare = {"hits": before}
            while time.time() < deadline and bare["hits"] == before:
                bare = self.same_hits(d, "hjemløsetælling")
            self.assertEqual(bare["hits"][0]["id"], h.HERNING_HJEMLOS)
            self.assertEqual(bare["hits"][0]["title"], "Hjemløsetælling 2017")
            # a changed file: a new generation, every document id new
            with open(herning, "a", encoding="utf-8") as f:
                f.write("\nEventuelt\n\nZebrafinkeprojekt blev nævnt.\n")
            h.make_index(tmp, src, db=db)
            deadline = time.time() + 10
            while (time.time() < deadline and
                   not d.search("zebrafinkeprojekt")["hits"]):
                self.same_hits(d, "hjemløsetælling udsatte")
            for q in ("zebrafinkeprojekt", "hjemløsetælling", "udsatte bolig"):
                self.same_hits(d, q)
            self.assertEqual(d.stop(), 0, d.log()[-3000:])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


class ShutdownTest(unittest.TestCase):
    def test_sigterm_finishes_in_flight_and_exits_clean(self):
        tmp = tempfile.mkdtemp(prefix="test-stop-")
        try:
            db = h.make_index(tmp)
            d = h.Daemon(db, tmpdir=tmp, external_ok=False)
            conns = [d.connect() for _ in range(8)]
            for c in conns:  # all accepted
                self.assertEqual(c.request("PING")[0], "OK")
            line = ("SEARCH " + json.dumps({"q": "bolig* OR udsat*"}) + "\n").encode()
            for c in conns:
                c.send(line)
            d.proc.send_signal(15)
            for c in conns:
                r = c.read_reply()
                self.assertIn(r[0] if r[0] == "OK" else r[1], ("OK", "busy"))
                c.close()
            self.assertEqual(d.stop(), 0, d.log()[-3000:])
            # Refuses to run as root without --allow-root.
            if os.geteuid() == 0:
                import subprocess
                r = subprocess.run([h.binary("referatd"), "--db", db], timeout=30,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                self.assertEqual(r.returncode, 1)
                self.assertIn(b"root", r.stderr)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def test_bad_options_exit_2(self):
        import subprocess
        for args in (["--db"], ["--threads", "0", "--db", "x"], ["--listen", "nowhere", "--db", "x"],
                     ["--bogus"], []):
            r = subprocess.run([h.binary("referatd")] + args, timeout=30,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            self.assertEqual(r.returncode, 2, args)
            self.assertIn(b"usage:", r.stderr)
        r = subprocess.run([h.binary("referatd"), "--help"], stdout=subprocess.PIPE, timeout=30)
        self.assertEqual(r.returncode, 0)
        for opt in (b"--listen", b"--http", b"--threads", b"--max-connections",
                    b"--idle-timeout", b"--query-log", b"--cors", b"--allow-root"):
            self.assertIn(opt, r.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
