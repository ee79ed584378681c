#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""A read replica with Debian's xapian-replicate-server / xapian-replicate
(docs/deploy.md): the master index folder (written with --positions
xapian, whose generations have the termlist a replica copy needs, and
XAPIAN_MAX_CHANGESETS so commits leave changesets) is served by
xapian-replicate-server from its parent folder; xapian-replicate keeps
the replica folder (its own stub, replica_0/replica_1), restarted when
it exits as the deployment's unit restarts it; a referatd on the
replica folder answers a client that searches without pause while the
master commits three times (new files: changesets) and builds a new
generation (a changed file: a full copy). Not one query may fail, and
each change must reach the replica's answers. The lag from the commit to
the first answer that shows it is printed (bench/shards.py measures it)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

REPLICATE_EVERY = 1  # xapian-replicate --interval, seconds
SEEN_WITHIN = 60.0  # a change must reach the replica's answers by then
# xapian-replicate --timeout: without one (its default) a connection the
# server never answers would hold replication back for ever, the process
# alive and silent. Twice in about 50 runs on a loaded machine no change
# reached the replica in 60 s and xapian-replicate had not exited: such a
# connection is the likeliest cause. With a timeout it is a network error,
# retried at the next interval. wait_seen()'s failure says what the master
# and the replica hold, to tell replication from referatd's reopening.
SOCKET_TIMEOUT = 10

# Written for these tests (no text of real minutes).
MINUTES = """Dagsorden og referat, Udsatterådet, {town} Kommune
Mødedato: {day}. april 2024

1. Godkendelse af dagsorden
Dagsordenen blev godkendt.

2. {title}
Rådet drøftede {word} og besluttede at følge op på næste møde.
"""


def why_skip():
    for tool in ("xapian-replicate", "xapian-replicate-server"):
        if shutil.which(tool) is None:
            return "needs %s (xapian-tools)" % tool
    return None


def write(path, town, day, title, word):
    with open(path, "w", encoding="utf-8") as f:
        f.write(MINUTES.format(town=town, day=day, title=title, word=word))


class Replicator(threading.Thread):
    """xapian-replicate kept running, as docs/deploy.md's unit does with
    Restart=always: it exits on any error that is not the network's (a
    changeset read while the master commits, say), and only a restart
    takes replication up again. Each exit is recorded with its stderr,
    so a failure to follow says whether replication itself stopped."""

    def __init__(self, argv, logdir):
        super().__init__(daemon=True)
        self.argv = argv
        self.logdir = logdir
        self.stop = threading.Event()
        self.proc = None
        self.exits = []  # (return code, last stderr lines)
        self.lock = threading.Lock()

    def run(self):
        n = 0
        while not self.stop.is_set():
            log = os.path.join(self.logdir, "xapian-replicate-%d.log" % n)
            with open(log, "wb") as f:
                with self.lock:
                    if self.stop.is_set():
                        return
                    self.proc = subprocess.Popen(
                        self.argv, stdout=subprocess.DEVNULL, stderr=f)
                rc = self.proc.wait()
            if self.stop.is_set():
                return
            with open(log, "rb") as f:
                tail = f.read()[-500:].decode("utf-8", "replace").strip()
            self.exits.append((rc, tail))
            n += 1
            self.stop.wait(REPLICATE_EVERY)  # Restart's pause

    def halt(self):
        with self.lock:
            self.stop.set()
            if self.proc is not None and self.proc.poll() is None:
                self.proc.kill()
        self.join(30)


class Client(threading.Thread):
    """Searches without pause; every answer that is not OK is a failure."""

    def __init__(self, daemon):
        super().__init__(daemon=True)
        self.d = daemon
        self.stop = threading.Event()
        self.ok = 0
        self.failures = []

    def run(self):
        while not self.stop.is_set():
            try:
                r = self.d.request("SEARCH " + json.dumps(
                    {"q": "dagsordenen OR rådet", "limit": 5}), timeout=30)
                if r[0] == "OK":
                    self.ok += 1
                else:
                    self.failures.append(r)
            except Exception as e:  # a reset or a timeout fails too
                self.failures.append(repr(e))


@unittest.skipIf(why_skip() is not None, why_skip() or "")
class ReplicaTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="test-replica-")
        self.src = os.path.join(self.tmp, "src")
        os.makedirs(self.src)
        self.master = os.path.join(self.tmp, "master", "idx")
        self.replica = os.path.join(self.tmp, "replica", "idx")
        os.makedirs(os.path.dirname(self.master))
        os.makedirs(os.path.dirname(self.replica))
        for i in range(6):
            write(os.path.join(self.src, "m%d.txt" % i), "Aby", 1 + i,
                  "Sag %d" % i, "varmestuen")
        self.index()
        self.procs = []
        port = h.free_port()
        self.spawn(["xapian-replicate-server", "-I", "127.0.0.1", "-p",
                    str(port), os.path.dirname(self.master)])
        self.replicator = Replicator(
            ["xapian-replicate", "-h", "127.0.0.1", "-p", str(port), "-m",
             "idx", "-i", str(REPLICATE_EVERY), "-r", "1", "-t",
             str(SOCKET_TIMEOUT), "-q",
             self.replica], self.tmp)
        self.replicator.start()
        deadline = time.time() + 30
        stub = os.path.join(self.replica, "XAPIANDB")
        while time.time() < deadline and not self.has_docs():
            time.sleep(0.2)
        self.assertTrue(os.path.exists(stub), "no replica after 30 s")
        self.daemon = h.Daemon(self.replica, tmpdir=self.tmp,
                               external_ok=False)

    def has_docs(self):
        r = subprocess.run(["xapian-delve", self.replica],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        return b"number of documents = " in r.stdout and \
            b"number of documents = 0\n" not in r.stdout

    def spawn(self, argv):
        self.procs.append(subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))

    def tearDown(self):
        if getattr(self, "replicator", None) is not None:
            self.replicator.halt()
        if getattr(self, "daemon", None) is not None:
            self.daemon.kill()
        for p in self.procs:
            p.kill()
            p.wait(10)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def index(self):
        env = dict(os.environ, XAPIAN_MAX_CHANGESETS="10")
        r = subprocess.run([h.binary("referat-index"), "-q", "--positions",
                            "xapian", "--db", self.master, self.src],
                           env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=h.INDEX_HANG_GUARD)
        self.assertEqual(r.returncode, 0, r.stderr.decode())

    def wait_seen(self, word):
        """Seconds until the replica's referatd finds `word`."""
        t0 = time.time()
        while time.time() - t0 < SEEN_WITHIN:
            r = self.daemon.request("SEARCH " + json.dumps({"q": word}))
            if r[0] == "OK" and r[1]["total"]["estimated"] > 0:
                return time.time() - t0
            time.sleep(0.05)
        self.fail("%r not on the replica after %s s; xapian-replicate "
                  "exits: %r; master: %s; replica: %s; referatd: %s" %
                  (word, SEEN_WITHIN, self.replicator.exits,
                   self.delve(self.master), self.delve(self.replica),
                   self.daemon.request("STATS")))

    @staticmethod
    def delve(db):
        """What xapian-delve says of db's documents and revision."""
        r = subprocess.run(["xapian-delve", db], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
        return "; ".join(x for x in r.stdout.decode(errors="replace")
                         .splitlines() if "documents" in x or "revision" in x
                         or "UUID" in x or "rror" in x)

    def test_follows_commits_without_failed_queries(self):
        client = Client(self.daemon)
        client.start()
        lags = []
        try:
            for i, word in enumerate(["kvistrupfonden", "bjerringlunden",
                                      "ravnsholtstien"]):
                write(os.path.join(self.src, "new%d.txt" % i), "Bby", 10 + i,
                      "Ny sag %d" % i, word)
                self.index()  # added: a commit, a changeset
                lags.append(("commit", self.wait_seen(word)))
            # a changed file: a new generation, a full copy to the replica
            write(os.path.join(self.src, "m0.txt"), "Aby", 1, "Sag 0",
                  "hedegaardsvej")
            self.index()
            lags.append(("new generation", self.wait_seen("hedegaardsvej")))
            time.sleep(2 * REPLICATE_EVERY)  # and queries go on after it
        finally:
            client.stop.set()
            client.join(60)
        print("replication lag (s): %s; %d queries answered; "
              "xapian-replicate restarted %d times %r" %
              (", ".join("%s %.2f" % x for x in lags), client.ok,
               len(self.replicator.exits), self.replicator.exits))
        self.assertEqual(client.failures, [])
        self.assertGreater(client.ok, 10)
        # the replica answers as the master: the same items
        master = h.Daemon(self.master, tmpdir=self.tmp, external_ok=False)
        try:
            q = {"q": "dagsordenen", "limit": 50}
            want = master.search(**q)
            got = self.daemon.search(**q)
            self.assertEqual([x["id"] for x in got["hits"]],
                             [x["id"] for x in want["hits"]])
        finally:
            master.stop()


if __name__ == "__main__":
    unittest.main()
