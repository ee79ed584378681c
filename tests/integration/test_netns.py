#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Shards on other hosts: each shard of a `referat-index --shards 2`
index is served by Debian's stock xapian-tcpsrv inside its own network
namespace (`ip netns` + a veth pair, link-local addresses, made and
removed here), referatd runs in the root namespace on a stub of
`remote HOST:PORT` lines. Then:

- all up: full answers, the counts of the local stub of the same shards;
- a shard's server killed: within the query deadline an answer flagged
  "partial" naming the missing shard; with "strict": ERR unavailable;
- its server back: full answers again by themselves;
- the shard's link down (packets dropped: a blackhole, no refusal):
  no hang, a partial answer within the deadline;
- the link up again: full answers again.

Needs root, `ip` and xapian-tcpsrv; otherwise every test is skipped
(ctest shows SKIPPED). No traffic leaves the namespaces and their veth
pairs. Bounded: every wait has a deadline."""
import atexit
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

NSHARDS = 2
PORT = 33333
QUERY_TIMEOUT = 4.0  # referatd --query-timeout; remote requests get half
# An answer must come within this (the deadline plus room for a loaded
# machine and ASan); a hang would take far longer.
ANSWER_WITHIN = 3 * QUERY_TIMEOUT + 10
BACK_WITHIN = 30.0  # a shard retried every second must be back by then

TAG = "rf%d" % (os.getpid() % 100000)
NET = 1 + os.getpid() % 250  # 169.254.NET.0/24: link-local, never routed


def why_skip():
    if os.geteuid() != 0:
        return "needs root for ip netns"
    for tool in ("ip", "xapian-tcpsrv"):
        if shutil.which(tool) is None:
            return "needs %s" % tool
    if not os.path.exists(os.path.join(h.SRC, "lib", "xap", "xap_shards.cc")):
        # referatd opens a stub of shards one by one (lib/xap/xap_shards.cc)
        return "this referatd has no shard support (issue 15)"
    r = subprocess.run(["ip", "netns", "list"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return None if r.returncode == 0 else "ip netns does not work here"


def ip(*args, check=True):
    r = subprocess.run(["ip"] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=30)
    if check and r.returncode != 0:
        raise RuntimeError("ip %s: %s" % (" ".join(args), r.stderr.decode()))
    return r


class Net:
    """Namespaces ns-k with veth pairs host-k <-> peer-k, each a /30:
    169.254.NET.4k+1 in the root namespace, .4k+2 inside."""

    def __init__(self, n):
        self.n = n
        self.made = []
        atexit.register(self.remove)  # even if the test process dies
        for k in range(n):
            ns, host, peer = self.names(k)
            ip("netns", "add", ns)
            self.made.append(k)
            ip("link", "add", host, "type", "veth", "peer", "name", peer)
            ip("link", "set", peer, "netns", ns)
            ip("addr", "add", "%s/30" % self.host_addr(k), "dev", host)
            ip("link", "set", host, "up")
            ip("-n", ns, "addr", "add", "%s/30" % self.shard_addr(k), "dev",
               peer)
            ip("-n", ns, "link", "set", peer, "up")
            ip("-n", ns, "link", "set", "lo", "up")

    @staticmethod
    def names(k):
        return "%sns%d" % (TAG, k), "%sh%d" % (TAG, k), "%sp%d" % (TAG, k)

    @staticmethod
    def host_addr(k):
        return "169.254.%d.%d" % (NET, 4 * k + 1)

    @staticmethod
    def shard_addr(k):
        return "169.254.%d.%d" % (NET, 4 * k + 2)

    def link(self, k, up):
        """The shard side of the pair up or down: down, packets to it are
        dropped without an answer (the root side keeps its route)."""
        ns, _, peer = self.names(k)
        ip("-n", ns, "link", "set", peer, "up" if up else "down")

    def remove(self):
        for k in self.made:
            ns, host, _ = self.names(k)
            ip("netns", "del", ns, check=False)  # takes its veth end along
            ip("link", "del", host, check=False)
        self.made = []


class Shard:
    """xapian-tcpsrv serving one shard folder inside namespace k."""

    def __init__(self, net, k, folder):
        self.net, self.k, self.folder = net, k, folder
        self.proc = None
        self.start()

    def start(self):
        ns = self.net.names(self.k)[0]
        self.proc = subprocess.Popen(
            ["ip", "netns", "exec", ns, "xapian-tcpsrv", "--interface",
             self.net.shard_addr(self.k), "--port", str(PORT), self.folder],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # its group: the server and its forks
        # listening once a connection from the root namespace works
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.probe():
                return
            time.sleep(0.2)
        raise RuntimeError("xapian-tcpsrv of shard %d not up" % self.k)

    def probe(self):
        try:
            socket.create_connection((self.net.shard_addr(self.k), PORT),
                                     timeout=1).close()
            return True
        except OSError:
            return False

    def stop(self):
        """Kill the server and the process it forked for each open
        connection (a dead host takes those along too)."""
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(10)
        self.proc = None


@unittest.skipIf(why_skip() is not None, why_skip() or "")
class NetnsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="test-netns-")
        cls.net = cls.shards = cls.daemon = cls.local = None
        try:
            cls.setup_all()
        except Exception:
            cls.tearDownClass()
            raise

    @classmethod
    def setup_all(cls):
        cls.db = os.path.join(cls.tmp, "db")
        r = subprocess.run(
            [h.binary("referat-index"), "-q", "--db", cls.db, "--shards",
             str(NSHARDS), "--stub-remote",
             ",".join("%s:%d" % (Net.shard_addr(k), PORT)
                      for k in range(NSHARDS)), h.CORPUS],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        if r.returncode != 0:
            raise RuntimeError("referat-index: %s" % r.stderr.decode())
        cls.net = Net(NSHARDS)
        cls.shards = [Shard(cls.net, k, os.path.join(cls.db, "shard-%d" % k))
                      for k in range(NSHARDS)]
        # the same shards as a local stub: the answers to expect
        cls.local = h.Daemon(cls.db, "--query-timeout", str(QUERY_TIMEOUT),
                             tmpdir=cls.tmp, external_ok=False)
        cls.daemon = h.Daemon(os.path.join(cls.db, "remote.stub"),
                              "--query-timeout", str(QUERY_TIMEOUT),
                              tmpdir=cls.tmp, external_ok=False)

    @classmethod
    def tearDownClass(cls):
        for d in (getattr(cls, "daemon", None), getattr(cls, "local", None)):
            if d is not None:
                d.kill()
        for s in cls.shards or []:
            s.stop()
        if cls.net is not None:
            cls.net.remove()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def ask(self, q="dagsordenen", **kw):
        """(answer or ERR tuple, seconds taken)."""
        t = time.time()
        params = dict(q=q, limit=10)
        params.update(kw)
        r = self.daemon.request("SEARCH " + json.dumps(params),
                                timeout=ANSWER_WITHIN)
        took = time.time() - t
        self.assertLess(took, ANSWER_WITHIN, "no answer within the deadline")
        return r, took

    def full_again(self, want_total):
        deadline = time.time() + BACK_WITHIN
        while time.time() < deadline:
            r, _ = self.ask()
            if r[0] == "OK" and not r[1].get("partial") and \
                    r[1]["total"]["estimated"] == want_total:
                return r[1]
            time.sleep(0.5)
        self.fail("no full answer %s s after the shard came back: %r" %
                  (BACK_WITHIN, r))

    def assert_partial(self, missing_k):
        r, took = self.ask()
        print("shard %d missing: answered in %.2f s" % (missing_k, took))
        self.assertEqual(r[0], "OK", r)
        self.assertTrue(r[1].get("partial"), r[1])
        name = "%s:%d" % (Net.shard_addr(missing_k), PORT)
        self.assertTrue(any(name in str(m) for m in r[1]["missing_shards"]),
                        r[1]["missing_shards"])
        strict, _ = self.ask(strict=True)
        self.assertEqual(strict[:2], ("ERR", "unavailable"), strict)
        return r[1]

    def test_shard_faults(self):
        want = self.local.search("dagsordenen", limit=10)
        full = self.full_again(want["total"]["estimated"])
        self.assertEqual([x["id"] for x in full["hits"]],
                         [x["id"] for x in want["hits"]])
        # 1. the server of shard 1 killed: a refused connection
        self.shards[1].stop()
        part = self.assert_partial(1)
        self.assertLess(part["total"]["estimated"],
                        want["total"]["estimated"])
        self.shards[1].start()
        self.full_again(want["total"]["estimated"])
        # 2. shard 0's link down: its packets vanish (no refusal, no RST)
        self.net.link(0, False)
        try:
            self.assert_partial(0)
            self.assertTrue(self.daemon.alive())
        finally:
            self.net.link(0, True)
        self.full_again(want["total"]["estimated"])

    def test_namespaces_are_separate_hosts(self):
        # the shard address answers from the root namespace over the veth,
        # and inside its namespace nothing but lo and the veth exist
        self.assertTrue(self.shards[0].probe())
        links = ip("-n", self.net.names(0)[0], "-o", "link").stdout.decode()
        self.assertEqual(len(links.strip().splitlines()), 2, links)


if __name__ == "__main__":
    unittest.main()
