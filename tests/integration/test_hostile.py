# SPDX-License-Identifier: GPL-2.0-or-later
"""bench/hostile.py --light against the built referatd: idle flood past
--max-connections, slow-loris clients, non-readers, 1 MB lines, garbage,
invalid UTF-8, huge queries and offsets over both protocols, while 8
well-behaved clients measure latency. The tool checks and reports; its
exit status says whether the daemon held (see bench/HOSTILE.md)."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

TOOL = os.path.join(h.SRC, "bench", "hostile.py")


class HostileLoadTest(unittest.TestCase):
    def run_tool(self):
        r = subprocess.run([sys.executable, TOOL, "--light", "--bin", h.BIN],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=240)
        return r.returncode, r.stdout.decode(errors="replace")

    def test_daemon_holds_under_hostile_clients(self):
        h.binary("referatd")
        rc, out = self.run_tool()
        if rc == 2:
            # Only the p99 ratio failed: a latency measurement on a shared
            # machine; everything else held. Measure once more.
            sys.stderr.write("hostile: p99 ratio missed, measuring again\n" + out)
            rc, out = self.run_tool()
        self.assertEqual(rc, 0, out)
        self.assertIn("PASSED", out)


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class HttpNonReaderTest(unittest.TestCase):
    """A client that pipelines HTTP requests and never reads the replies:
    once its first reply is stuck, evhttp keeps reading into the input
    buffer without a callback, so without a read watermark the daemon
    buffered everything sent (~100 MB/s per connection)."""

    def test_pipelining_non_reader_is_bounded(self):
        tmp = tempfile.mkdtemp(prefix="test-nonreader-")
        d = None
        try:
            d = h.Daemon(h.make_index(tmp), tmpdir=tmp, external_ok=False)
            before = rss_kb(d.proc.pid)
            req = b"GET /stats HTTP/1.1\r\nHost: x\r\n\r\n" * 2000
            socks, sent = [], 0
            for _ in range(2):
                s = socket.create_connection((d.host, d.http_port))
                s.setblocking(False)
                socks.append(s)
                deadline = time.monotonic() + 3
                while time.monotonic() < deadline:
                    try:
                        sent += s.send(req)
                    except BlockingIOError:
                        time.sleep(0.02)
            grown = rss_kb(d.proc.pid) - before
            for s in socks:
                s.close()
            # the daemon stops reading us: what it took is kernel buffers
            # plus its own input limit, not everything we had to send
            self.assertLess(sent, 32 << 20, "daemon read %d bytes" % sent)
            self.assertLess(grown, 16 << 10, "RSS grew %d KB" % grown)
            self.assertEqual(d.http_json("/health")[0], 200)
            self.assertEqual(d.stop(), 0, d.log()[-3000:])
            d = None
        finally:
            if d is not None:
                d.kill()
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
