# SPDX-License-Identifier: GPL-2.0-or-later
"""Faults: the indexer killed with SIGKILL at random moments, a full disk
while indexing, the daemon restarted under load, and the client's one
retry. (Reindexing under query load is test_searchd.py's ReindexTest.)

Environment: REFERAT_FAULT_KILLS (default 20) kills, REFERAT_FAULT_COPIES
copies of the seed minutes in the killed runs' corpus (default: as many
as make a run take about a second on this machine and build, 2-100),
REFERAT_FAULT_SEED to replay the random kill moments of a failed run."""
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

KILLS = int(os.environ.get("REFERAT_FAULT_KILLS", "20"))
COPIES = int(os.environ.get("REFERAT_FAULT_COPIES", "0"))  # 0: calibrate
MARK = "zebrafinkeprojekt%d"


def indexer(*args, env=None):
    return subprocess.run([h.binary("referat-index")] + list(args),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=600, env=env)


def dump(db):
    p = indexer("--db", db, "--dump")
    if p.returncode != 0:
        raise AssertionError("--dump failed (%d): %s" % (p.returncode, p.stderr))
    return sorted(p.stdout.splitlines())


def xapian_check(db):
    # xapian-check opens a stub file, not a folder holding one
    stub = os.path.join(db, "XAPIANDB")
    if os.path.exists(stub):
        db = stub
    p = subprocess.run(["xapian-check", db], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, timeout=120)
    return p.returncode, p.stdout


def generation(db):
    """The generation the index folder's stub names (None: no stub)."""
    try:
        with open(os.path.join(db, "XAPIANDB"), encoding="ascii") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write_corpus(src, copies, run):
    """copies x the seeds, renamed; every file ends with run's marker, so
    every run changes every file (and reindexes all of it)."""
    os.makedirs(src, exist_ok=True)
    for n in range(copies):
        for f in h.corpus_files():
            with open(os.path.join(h.CORPUS, f), "rb") as i:
                text = i.read()
            with open(os.path.join(src, "c%03d-%s" % (n, f)), "wb") as o:
                o.write(text + ("\n\nEventuelt\n\n%s blev nævnt.\n" %
                                (MARK % run).capitalize()).encode())


@unittest.skipIf(shutil.which("xapian-check") is None,
                 "xapian-check missing (Debian package xapian-tools)")
class KillIndexerTest(unittest.TestCase):
    """SIGKILL of referat-index at random moments: each time the previous
    index opens, passes xapian-check, dumps the same items and answers
    queries through referatd (which keeps serving throughout); the next
    run completes."""

    def calibrate(self, tmp):
        """Copies of the seeds that make a run take about a second."""
        if COPIES:
            return COPIES
        took = []
        for n in (1, 4):  # a run's fixed cost, and its cost per copy
            src, db = os.path.join(tmp, "cal"), os.path.join(tmp, "cal-db")
            write_corpus(src, n, 0)
            t0 = time.monotonic()
            p = indexer("--db", db, "-q", src)
            took.append(time.monotonic() - t0)
            self.assertEqual(p.returncode, 0, p.stderr)
            shutil.rmtree(src)
            shutil.rmtree(db)
        per_copy = max((took[1] - took[0]) / 3, 0.005)
        fixed = max(took[0] - per_copy, 0)
        return max(2, min(100, int(round((1.0 - fixed) / per_copy))))

    def test_kill_at_random_moments(self):
        tmp = tempfile.mkdtemp(prefix="test-kill-")
        d = None
        try:
            copies = self.calibrate(tmp)
            src, db = os.path.join(tmp, "src"), os.path.join(tmp, "db")
            write_corpus(src, copies, 0)
            t0 = time.monotonic()
            p = indexer("--db", db, "-q", src)
            full = time.monotonic() - t0
            self.assertEqual(p.returncode, 0, p.stderr)
            expected, committed = dump(db), 0
            self.assertEqual(len(expected), 49 * copies)
            d = h.Daemon(db, tmpdir=tmp, external_ok=False)
            self.check(d, db, expected, committed, None, copies)

            seed = int(os.environ.get("REFERAT_FAULT_SEED", "0")) or \
                random.randrange(1, 1 << 30)
            rnd = random.Random(seed)
            kills, finished, moments = 0, 0, []
            for run in range(1, 3 * KILLS):
                if kills >= KILLS:
                    break
                write_corpus(src, copies, run)
                delay = rnd.uniform(0, 1.1 * full)
                gen = generation(db)
                proc = subprocess.Popen(
                    [h.binary("referat-index"), "--db", db, "-q", src],
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                time.sleep(delay)
                killed = proc.poll() is None
                if killed:
                    proc.send_signal(signal.SIGKILL)
                err = proc.communicate()[1]
                # it may have exited between poll() and the signal
                killed = killed and proc.returncode != 0
                if killed:
                    kills += 1
                    moments.append(delay)
                    self.assertEqual(proc.returncode, -signal.SIGKILL, err)
                    what = "seed %d, run %d, killed after %.3f s" % (
                        seed, run, delay)
                    if generation(db) == gen:
                        # the previous index, whole
                        self.check(d, db, expected, committed, run, copies,
                                   what)
                    else:
                        # killed after its new generation went live (while
                        # it removed the old one): the new one, whole
                        self.check(d, db, dump(db), run, committed, copies,
                                   what + " (after the switch)")
                    # the next run completes
                    p = indexer("--db", db, "-q", src)
                    self.assertEqual(p.returncode, 0, p.stderr)
                    self.assertEqual(p.stderr, "")
                else:
                    finished += 1
                    self.assertEqual(proc.returncode, 0, err)
                expected, committed = dump(db), run
                self.check(d, db, expected, committed, None, copies)
            self.assertGreaterEqual(kills, KILLS, "only %d runs were killed "
                                    "(%d finished first)" % (kills, finished))
            sys.stderr.write(
                "kill -9: %d kills (seed %d) at %.2f-%.2f s of a %.2f s run "
                "(%d files); %d runs finished before their kill\n" %
                (kills, seed, min(moments), max(moments), full, 5 * copies,
                 finished))
            self.assertEqual(d.stop(), 0, d.log()[-3000:])
            d = None
        finally:
            if d is not None:
                d.kill()
            shutil.rmtree(tmp, ignore_errors=True)

    def check(self, d, db, expected, committed, gone, copies, what=""):
        rc, out = xapian_check(db)
        self.assertEqual(rc, 0, "%s\n%s" % (what, out[-2000:]))
        self.assertEqual(dump(db), expected, what)
        # referatd follows the revision: the committed run's marker is
        # found in every file, the killed run's in none
        want = 5 * copies
        deadline = time.monotonic() + 10
        while True:
            total = d.search(MARK % committed, limit=0)["total"]["estimated"]
            if total == want or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        self.assertEqual(total, want, what)
        if gone is not None:
            # each worker moves to a new revision at its next request; one
            # CI run saw the other worker answer once from the previous
            # generation right after a switch: wait for it, within bounds
            while True:
                gone_total = d.search(MARK % gone, limit=0)["total"]["estimated"]
                if gone_total == 0 or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            self.assertEqual(gone_total, 0, what)


class FullDiskTest(unittest.TestCase):
    """Index into a 2 MB tmpfs until it is full: a clear error, exit 3,
    the previous index intact and searchable; with room again, the next
    run completes."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test-disk-")
        self.mnt = os.path.join(self.tmp, "mnt")
        os.mkdir(self.mnt)
        if shutil.which("mount") is None:
            self.skipTest("no mount command")
        p = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs",
                            self.mnt], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
        if p.returncode != 0:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.skipTest("cannot mount a tmpfs (needs root with "
                          "CAP_SYS_ADMIN): %s" % p.stdout.strip())

    def tearDown(self):
        subprocess.run(["umount", "-l", self.mnt])
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_disk_full_keeps_the_previous_index(self):
        db = os.path.join(self.mnt, "db")
        p = indexer("--db", db, "-q", h.CORPUS)
        self.assertEqual(p.returncode, 0, p.stderr)
        before = dump(db)
        self.assertEqual(len(before), 49)

        big = os.path.join(self.tmp, "big")
        write_corpus(big, 20, 1)
        # a low flush threshold makes Xapian write (and fail) early; Xapian
        # itself leaks an object when that flush fails (see the file)
        supp = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            "lsan-xapian-enospc.supp")
        env = dict(os.environ, XAPIAN_FLUSH_THRESHOLD="100",
                   LSAN_OPTIONS="print_suppressions=0:suppressions=" + supp)
        p = indexer("--db", db, "-q", h.CORPUS, big, env=env)
        self.assertEqual(p.returncode, 3, p.stderr)
        self.assertIn("No space left on device", p.stderr)
        self.assertIn(db, p.stderr)
        self.assertEqual(len(p.stderr.strip().splitlines()), 1, p.stderr)

        if shutil.which("xapian-check"):
            rc, out = xapian_check(db)
            self.assertEqual(rc, 0, out)
        self.assertEqual(dump(db), before)
        d = h.Daemon(db, tmpdir=self.tmp, external_ok=False)
        try:
            self.assertEqual(d.search("hjemløsetælling")["hits"][0]["id"],
                             h.HERNING_HJEMLOS)
        finally:
            self.assertEqual(d.stop(), 0, d.log()[-3000:])

        # room again: the same run completes
        r = subprocess.run(["mount", "-o", "remount,size=256m", self.mnt])
        self.assertEqual(r.returncode, 0)
        env = dict(os.environ, XAPIAN_FLUSH_THRESHOLD="100")
        p = indexer("--db", db, "-q", h.CORPUS, big, env=env)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(len(dump(db)), 49 * 21)


class DaemonRestartTest(unittest.TestCase):
    """referatd stopped (SIGTERM, SIGKILL) and started again on the same
    port while clients search: every reply is whole or the connection
    fails cleanly, never garbage; clients reconnect; the referat client
    exits 0 or 3 with a connection message."""

    def test_restart_under_load(self):
        tmp = tempfile.mkdtemp(prefix="test-restart-")
        port = h.free_port()
        db = h.make_index(tmp)
        args = ("--listen", "127.0.0.1:%d" % port, "--http", "off")
        d = h.Daemon(db, *args, tmpdir=tmp, external_ok=False)
        stop = threading.Event()
        lock = threading.Lock()
        seen = {"ok": 0, "conn_error": 0, "busy": 0, "cli_ok": 0, "cli_down": 0}
        garbage = []

        def count(k):
            with lock:
                seen[k] += 1

        per_searcher = [0] * 4
        cli_runs = []

        def searcher(k):
            c = None
            while not stop.is_set():
                try:
                    if c is None:
                        c = h.LineConn("127.0.0.1", port, timeout=10)
                    r = c.request("SEARCH " + json.dumps(
                        {"q": ["hjemløse", "bolig", "udsatte"][k % 3]}))
                    if r[0] == "OK" and r[1]["hits"]:
                        count("ok")
                        per_searcher[k] += 1
                    elif r[:2] == ("ERR", "busy"):
                        count("busy")  # shutting down: a clean refusal
                        c.close()
                        c = None
                    else:
                        garbage.append(repr(r)[:200])
                except (OSError, EOFError):
                    count("conn_error")
                    if c is not None:
                        c.close()
                    c = None
                    time.sleep(0.02)
                except (AssertionError, ValueError) as e:  # bad head, JSON
                    garbage.append("%s: %s" % (type(e).__name__, e))
                    if c is not None:
                        c.close()
                    c = None
            if c is not None:
                c.close()

        def cli():
            while not stop.is_set():
                rc, out, err = h.run_client("--port", str(port), "--json",
                                            "hjemløse")
                cli_runs.append(rc)
                if rc == 0 and json.loads(out)["hits"]:
                    count("cli_ok")
                elif rc == 3 and ("cannot connect" in err or
                                  "closed the connection" in err or
                                  "reset" in err.lower()):
                    count("cli_down")
                elif rc == 4 and "busy" in err:
                    count("busy")
                else:
                    garbage.append("client %d: %r %r" % (rc, out[:100], err))

        threads = [threading.Thread(target=searcher, args=(k,)) for k in range(4)]
        threads.append(threading.Thread(target=cli))
        try:
            for t in threads:
                t.start()
            for sig in (signal.SIGTERM, signal.SIGKILL, signal.SIGTERM):
                time.sleep(1.0)
                before = seen["ok"]
                self.assertGreater(before, 0)
                if sig == signal.SIGKILL:
                    d.kill()
                    d.proc.stdout.close()
                    d.stderr.close()
                else:
                    self.assertEqual(d.stop(), 0, d.log()[-3000:])
                time.sleep(0.5)  # down for a while: clients see it
                d = h.Daemon(db, *args, tmpdir=tmp, external_ok=False)
            deadline = time.monotonic() + 10
            while seen["ok"] == before and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(1.0)
        finally:
            stop.set()
            for t in threads:
                t.join(120)
            rc = d.stop()
            shutil.rmtree(tmp, ignore_errors=True)
        sys.stderr.write("restart under load: %r\n" % seen)
        self.assertEqual([t for t in threads if t.is_alive()], [])
        self.assertTrue(all(n > 0 for n in per_searcher), per_searcher)
        self.assertTrue(cli_runs)
        self.assertEqual(garbage, [])
        self.assertEqual(rc, 0)
        self.assertGreater(seen["ok"], before, seen)  # served after restart
        self.assertGreater(seen["conn_error"], 0, seen)
        self.assertGreater(seen["cli_ok"], 0, seen)


class FakeDaemon(threading.Thread):
    """A listener that answers connection by connection as told: 'drop'
    (close at once), 'drop-after-request' (read the line, close),
    'answer', 'garbage', 'silent' (read, never answer)."""

    ANSWER = json.dumps({"total": {"estimated": 0, "lower": 0, "upper": 0},
                         "offset": 0, "limit": 10, "took_ms": 0.1, "hits": [],
                         "facets": None, "suggestion": None,
                         "corrected": False}).encode()

    def __init__(self, plan):
        super().__init__(daemon=True)
        self.plan = list(plan)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(15)
        self.port = self.sock.getsockname()[1]
        self.requests = []
        self.accepted = 0

    def run(self):
        try:
            while True:
                c, _ = self.sock.accept()
                self.accepted += 1
                how = self.plan.pop(0) if self.plan else "drop"
                with c:
                    if how == "drop":
                        continue
                    c.settimeout(5)
                    line = b""
                    while not line.endswith(b"\n"):
                        chunk = c.recv(4096)
                        if not chunk:
                            break
                        line += chunk
                    self.requests.append(line)
                    if how == "answer":
                        c.sendall(b"OK %d\n%s\n" % (len(self.ANSWER), self.ANSWER))
                    elif how == "garbage":
                        # (an HTTP answer gets its own message: the
                        # client was pointed at the HTTP port)
                        c.sendall(b"220 mail.example ESMTP ready\r\n")
                    elif how == "silent":
                        time.sleep(3)
        except OSError:
            pass

    def close(self):
        self.sock.close()


class ClientRetryTest(unittest.TestCase):
    """The client retries once, only where that is safe: a connection lost
    before the reply (the daemon restarting) - not garbage, not a slow
    answer, and never more than once."""

    def run_client(self, plan, *extra):
        f = FakeDaemon(plan)
        f.start()
        try:
            rc, out, err = h.run_client("--port", str(f.port), "--json",
                                        *(extra + ("hjemløse",)))
        finally:
            f.close()
            f.join(30)
        self.assertFalse(f.is_alive())
        return rc, out, err, f

    def test_retries_once_after_a_dropped_connection(self):
        for first in ("drop", "drop-after-request"):
            rc, out, err, f = self.run_client([first, "answer"])
            self.assertEqual(rc, 1, err)  # answered: no hits
            self.assertEqual(json.loads(out)["hits"], [])
            self.assertEqual(f.accepted, 2, first)
            # the same request both times
            self.assertEqual(len(set(f.requests)), 1)
            self.assertTrue(f.requests[-1].startswith(b"SEARCH {"))

    def test_gives_up_after_the_second_drop(self):
        rc, out, err, f = self.run_client(["drop", "drop", "answer"])
        self.assertEqual(rc, 3)
        self.assertRegex(err, "closed the connection|reset by peer")
        self.assertEqual(out, "")
        self.assertEqual(f.accepted, 2)

    def test_garbage_is_not_retried(self):
        rc, out, err, f = self.run_client(["garbage", "answer"])
        self.assertEqual(rc, 3)
        self.assertIn("garbled reply", err)
        self.assertEqual(out, "")
        self.assertEqual(f.accepted, 1)

    def test_slow_answer_is_not_retried(self):
        rc, out, err, f = self.run_client(["silent", "answer"], "--timeout", "1")
        self.assertEqual(rc, 3)
        self.assertIn("in time", err)
        self.assertEqual(f.accepted, 1)

    def test_no_daemon_is_a_clear_error(self):
        rc, out, err = h.run_client("--port", str(h.free_port()), "hjemløse")
        self.assertEqual(rc, 3)
        self.assertIn("cannot connect to referatd", err)
        self.assertEqual(out, "")


if __name__ == "__main__":
    unittest.main(verbosity=2)
