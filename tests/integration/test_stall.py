# SPDX-License-Identifier: GPL-2.0-or-later
"""No client can stall referatd: requests whose client has gone are
dropped, not run; every search has a deadline (--query-timeout); operator
files that are not regular files (a FIFO, /dev/zero) cannot wedge the
reloader, and SIGTERM always exits.

The corpus is corpus/ copied 40 times (~2,000 items), so a query of 64
wildcards over 100 hits at offset 900 costs a worker real time."""
import collections
import json
import os
import re
import shutil
import signal
import socket
import tempfile
import time
import unittest

import searchd_harness as h

COPIES = 40


def copies_source(tmp):
    src = os.path.join(tmp, "src")
    os.makedirs(src, exist_ok=True)
    for n in range(COPIES):
        for f in h.corpus_files():
            shutil.copyfile(os.path.join(h.CORPUS, f),
                            os.path.join(src, "%03d-%s" % (n, f)))
    return src


def costly_query():
    """64 wildcards of 3 letters, each expanding to fewer terms than the
    200 a wildcard may (so the query is allowed, and as costly as one
    can be)."""
    words = set()
    for f in h.corpus_files():
        with open(os.path.join(h.CORPUS, f), encoding="utf-8") as fh:
            words.update(w for w in re.findall(r"\w+", fh.read().lower())
                         if len(w) >= 4 and w.isalpha())
    pref = collections.defaultdict(set)
    for w in words:
        pref[w[:3]].add(w)
    good = sorted((p for p, s in pref.items() if 8 <= len(s) <= 60),
                  key=lambda p: (-len(pref[p]), p))[:64]
    return " ".join(p + "*" for p in good)


def costly_line(q):
    return ("SEARCH " + json.dumps({"q": q, "limit": 100, "offset": 900}) +
            "\n").encode()


def stats(d):
    r = d.request("STATS")
    assert r[0] == "OK", r
    return r[1]


def wait_for(pred, timeout=60, step=0.05):
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()


class AbandonedTest(h.DaemonTestCase):
    """Many clients send one costly search each and close at once: their
    requests are dropped (STATS dropped_abandoned), and a fast query
    after them is answered. Before the fix each abandoned search ran to
    the end, and a fast query waited behind all of them (or got busy)."""

    daemon_args = ("--threads", "1", "--query-timeout", "0")
    external_ok = False

    @classmethod
    def make_source(cls, tmp):
        return copies_source(tmp)

    def test_costly_query_is_allowed_and_runs(self):
        r = self.d.request(costly_line(costly_query()))
        self.assertEqual(r[0], "OK", r)
        self.assertEqual(len(r[1]["hits"]), 100)
        self.assertFalse(r[1]["timed_out"])

    def storm(self, n, line=None, http_path=None):
        """n connections each send one request and close at once."""
        socks = []
        for _ in range(n):
            s = socket.create_connection((self.d.host, self.d.http_port
                                          if http_path else self.d.line_port),
                                         timeout=10)
            if http_path:
                s.sendall(("GET %s HTTP/1.1\r\nHost: x\r\n\r\n" %
                           http_path).encode())
            else:
                s.sendall(line)
            socks.append(s)
        for s in socks:
            s.close()

    def test_abandoned_line_requests_are_dropped(self):
        before = stats(self.d)["requests"]
        sent = 150
        self.storm(sent, line=costly_line(costly_query()))
        with self.d.connect(timeout=60) as c:
            r = c.request('SEARCH {"q":"hjemløse","limit":1}')
        self.assertEqual(r[0], "OK", r)
        self.assertEqual(len(r[1]["hits"]), 1)
        # every abandoned request is accounted for: dropped or answered
        self.assertTrue(wait_for(
            lambda: stats(self.d)["workers"]["running"] == 0))
        after = stats(self.d)["requests"]
        dropped = after["dropped_abandoned"] - before["dropped_abandoned"]
        ran = after["searches"] - before["searches"] - 1
        self.assertGreater(dropped, 0, after)
        self.assertEqual(dropped + ran, sent, (before, after))
        self.assertTrue(self.d.alive())

    def test_abandoned_http_requests_are_dropped(self):
        import urllib.parse
        before = stats(self.d)["requests"]["dropped_abandoned"]
        path = "/search?" + urllib.parse.urlencode(
            {"q": costly_query(), "limit": 100, "offset": 900})
        self.storm(100, http_path=path)
        status, _, body = self.d.http_json("/search?q=hjeml%C3%B8se&limit=1",
                                           timeout=60)
        self.assertEqual(status, 200, body)
        self.assertTrue(wait_for(
            lambda: stats(self.d)["workers"]["running"] == 0))
        self.assertGreater(stats(self.d)["requests"]["dropped_abandoned"],
                           before)

    def test_one_connection_holds_one_request_at_a_worker(self):
        """A client pipelining many costly searches without reading holds
        one of them at a worker at a time: it cannot fill the queue."""
        n = 12
        with self.d.connect(timeout=120) as c:
            c.send(costly_line(costly_query()) * n)
            peak = 0
            for _ in range(20):
                w = stats(self.d)["workers"]
                peak = max(peak, w["running"], w["queued"])
                time.sleep(0.02)
            self.assertLessEqual(peak, 1)
            for _ in range(n):
                self.assertEqual(c.read_reply()[0], "OK")

    def test_half_closed_client_gets_no_answer_for_a_search(self):
        """Shutting down the sending side abandons a search not yet
        answered (TCP cannot tell it from a close); the connection is
        closed without a reply."""
        # the one worker is kept busy, so the search is still queued
        # when the end of the client's stream is seen
        busy = [self.d.connect(timeout=120) for _ in range(6)]
        for c in busy:
            c.send(costly_line(costly_query()))
        s = socket.create_connection((self.d.host, self.d.line_port),
                                     timeout=30)
        s.sendall(costly_line(costly_query()))
        s.shutdown(socket.SHUT_WR)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        s.close()
        self.assertEqual(data, b"")
        for c in busy:
            self.assertEqual(c.read_reply()[0], "OK")
            c.close()
        self.assertEqual(self.d.request("PING"), ("OK", {"pong": True}))


class QueryTimeoutTest(unittest.TestCase):
    """--query-timeout: past it a search answers what it found with
    "timed_out": true, or ERR timeout; never a crash, and the daemon goes
    on answering. Whether a given search finishes within a millisecond
    depends on the machine, so the checks accept either a complete answer
    or a timed-out one; an expired deadline (a microsecond) and an
    enormous one are deterministic."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="test-querytimeout-")
        cls.db = h.make_index(cls.tmp, source=copies_source(cls.tmp))
        cls.q = costly_query()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def daemon(self, timeout):
        d = h.Daemon(self.db, "--query-timeout", timeout, tmpdir=self.tmp,
                     external_ok=False)
        self.addCleanup(self.stop, d)
        return d

    def stop(self, d):
        rc = d.stop()
        self.assertEqual(rc, 0, d.log()[-3000:])

    def check_answer(self, r):
        """OK (complete, or partial and marked) or ERR timeout."""
        if r[0] == "ERR":
            self.assertEqual(r[1], "timeout", r)
            return "error"
        self.assertEqual(r[0], "OK", r)
        self.assertIn("timed_out", r[1])
        self.assertLessEqual(len(r[1]["hits"]), 100)
        if not r[1]["timed_out"]:
            self.assertEqual(len(r[1]["hits"]), 100, r[1]["total"])
        return "timed_out" if r[1]["timed_out"] else "complete"

    def test_expired_deadline_is_err_timeout(self):
        d = self.daemon("0.000001")
        for q in (self.q, "hjemløse", '"social indsats"'):
            r = d.request("SEARCH " + json.dumps({"q": q}))
            self.assertEqual(r[:2], ("ERR", "timeout"), r)
        status, _, body = d.http_json("/search?q=hjeml%C3%B8se")
        self.assertEqual(status, 503, body)
        self.assertEqual(body["error"]["code"], "timeout")
        self.assertEqual(d.request("PING"), ("OK", {"pong": True}))
        self.assertGreaterEqual(stats(d)["requests"]["timed_out"], 4)

    def test_tiny_deadline_never_crashes(self):
        d = self.daemon("0.002")
        seen = collections.Counter()
        for facets in (True, False):
            for _ in range(5):
                r = d.request(("SEARCH " + json.dumps(
                    {"q": self.q, "limit": 100, "offset": 900,
                     "facets": facets})).encode(), timeout=60)
                seen[self.check_answer(r)] += 1
        self.assertEqual(sum(seen.values()), 10)
        self.assertEqual(d.request("PING"), ("OK", {"pong": True}))
        self.assertTrue(d.alive())

    def test_deadline_starts_no_timer_threads(self):
        """Xapian's own time limit (Enquire::set_time_limit) arms a POSIX
        timer that notifies on a thread of glibc's and writes into the
        matcher's stack frame, even after the match has ended: under load
        that killed referatd ("free(): invalid size", a 2 ms deadline).
        The deadline is ours alone, so searching with one starts no
        thread: the daemon has as many threads after timed searches (the
        first of which would have started glibc's timer helper) as
        before."""
        d = self.daemon("0.002")
        tasks = "/proc/%d/task" % d.proc.pid
        if not os.path.isdir(tasks):
            self.skipTest("no /proc")
        self.assertEqual(d.request("PING"), ("OK", {"pong": True}))
        before = sorted(os.listdir(tasks))
        for facets in (True, False):
            for q in (self.q, "hjemløse", '"social indsats"'):
                r = d.request(("SEARCH " + json.dumps(
                    {"q": q, "limit": 10, "facets": facets})).encode(),
                    timeout=60)
                self.assertIn(r[0], ("OK", "ERR"), r)
                if r[0] == "ERR":
                    self.assertEqual(r[1], "timeout", r)
        self.assertEqual(sorted(os.listdir(tasks)), before)
        self.assertTrue(d.alive())

    def test_enormous_deadline_never_times_out(self):
        d = self.daemon("3600")
        for facets in (True, False):
            r = d.request(("SEARCH " + json.dumps(
                {"q": self.q, "limit": 100, "offset": 900,
                 "facets": facets})).encode(), timeout=60)
            self.assertEqual(r[0], "OK", r)
            self.assertFalse(r[1]["timed_out"])
            self.assertEqual(len(r[1]["hits"]), 100)
        self.assertEqual(stats(d)["requests"]["timed_out"], 0)

    def test_bad_values_are_refused(self):
        for v in ("-1", "abc", "1e3", "", "2.", "99999"):
            r = h.subprocess.run(
                [h.binary("referatd"), "--db", self.db, "--query-timeout", v],
                stdout=h.subprocess.PIPE, stderr=h.subprocess.PIPE, timeout=30)
            self.assertEqual(r.returncode, 2, (v, r.stderr))
            self.assertIn(b"query-timeout", r.stderr)


class OperatorFilesTest(unittest.TestCase):
    """The thesaurus (reread on SIGHUP) and the word list are operators'
    files. One replaced by a FIFO wedged the reloader in open() (and then
    SIGTERM never exited: shutdown waits for it); one on /dev/zero was
    read without end. Both are refused as not regular files, the old
    thesaurus is kept, and SIGTERM exits."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="test-opfiles-")
        cls.db = h.make_index(cls.tmp)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def replaced_thesaurus_is_refused(self, replace):
        thes = os.path.join(self.tmp, "thesaurus-%s.tsv" % replace.__name__)
        shutil.copyfile(h.THESAURUS, thes)
        d = h.Daemon(self.db, "--thesaurus", thes, tmpdir=self.tmp,
                     external_ok=False)
        try:
            groups = stats(d)["analysis"]["synonym_groups"]
            self.assertGreater(groups, 0)
            os.remove(thes)
            replace(thes)
            d.proc.send_signal(signal.SIGHUP)
            self.assertTrue(wait_for(lambda: "not a regular file" in d.log(),
                                     timeout=30), d.log()[-2000:])
            self.assertEqual(stats(d)["analysis"]["synonym_groups"], groups)
            self.assertEqual(len(d.search("hjemløse", limit=1)["hits"]), 1)
        finally:
            rc = d.stop(timeout=30)
        self.assertEqual(rc, 0, d.log()[-2000:])

    def test_thesaurus_replaced_by_a_fifo(self):
        def fifo(path):
            os.mkfifo(path)
        self.replaced_thesaurus_is_refused(fifo)

    def test_thesaurus_replaced_by_dev_zero(self):
        def zero(path):
            os.symlink("/dev/zero", path)
        self.replaced_thesaurus_is_refused(zero)

    def test_start_with_special_files_fails_at_once(self):
        fifo = os.path.join(self.tmp, "words.fifo")
        os.mkfifo(fifo)
        for opt, path in (("--thesaurus", "/dev/zero"), ("--lexicon", fifo),
                          ("--lexicon", "/dev/zero"), ("--thesaurus", fifo),
                          ("--thesaurus", self.tmp)):
            args = [h.binary("referatd"), "--db", self.db, "--listen",
                    "127.0.0.1:0", "--http", "127.0.0.1:0", opt, path]
            if os.geteuid() == 0:
                args.append("--allow-root")
            r = h.subprocess.run(args, stdout=h.subprocess.PIPE,
                                 stderr=h.subprocess.PIPE, timeout=60)
            self.assertEqual(r.returncode, 1, (opt, path, r.stderr[-500:]))
            self.assertIn(b"not a regular file", r.stderr, (opt, path))


if __name__ == "__main__":
    unittest.main()
