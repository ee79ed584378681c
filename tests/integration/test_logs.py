# SPDX-License-Identifier: GPL-2.0-or-later
"""Log formats (lib/core/log.c): --log-format json writes one JSON
object a line; under systemd (JOURNAL_STREAM names the stderr stream)
text lines carry no time stamp and start with a syslog priority; with
JOURNAL_STREAM naming another stream the usual lines stay."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402


class LogTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="referat-logs-")
        cls.db = h.make_index(cls.tmp)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def run_daemon(self, *extra, journal=None):
        """Start referatd, stop it at READY; its stderr lines."""
        path = os.path.join(self.tmp, "stderr-%d" % len(os.listdir(self.tmp)))
        with open(path, "wb") as err:
            env = dict(os.environ)
            env.pop("JOURNAL_STREAM", None)
            if journal == "match":
                st = os.fstat(err.fileno())
                env["JOURNAL_STREAM"] = "%d:%d" % (st.st_dev, st.st_ino)
            elif journal == "other":
                env["JOURNAL_STREAM"] = "1:1"
            args = [h.binary("referatd"), "--config", "none", "--db", self.db,
                    "--listen", "127.0.0.1:0", "--http", "off"] + list(extra)
            if os.geteuid() == 0:
                args.append("--allow-root")
            p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=err, env=env)
            line = p.stdout.readline().decode()
            p.terminate()
            self.assertEqual(p.wait(timeout=60), 0)
        self.assertTrue(line.startswith("READY"), line)
        with open(path, encoding="utf-8") as f:
            return f.read().splitlines()

    def test_json_lines(self):
        lines = self.run_daemon("--log-format", "json")
        self.assertGreaterEqual(len(lines), 3)
        for ln in lines:
            o = json.loads(ln)
            self.assertEqual(set(o), {"time", "prog", "pid", "level", "area", "msg"})
            self.assertEqual(o["prog"], "referatd")
            self.assertIn(o["level"], ("error", "warn", "info", "debug"))
            self.assertRegex(o["time"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertTrue(any("starting" in json.loads(ln)["msg"] for ln in lines))

    def test_indexer_json_lines_summary_too(self):
        r = subprocess.run([h.binary("referat-index"), "--config", "none", "--db",
                            os.path.join(self.tmp, "db2"), "--log-format", "json",
                            h.CORPUS, os.path.join(self.tmp, "missing")],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=h.INDEX_HANG_GUARD)
        self.assertEqual(r.returncode, 1)  # one path failed
        lines = r.stderr.decode().splitlines()
        objs = [json.loads(ln) for ln in lines]
        self.assertTrue(any(o["level"] == "warn" and "missing" in o["msg"] for o in objs))
        self.assertTrue(any(o["level"] == "info" and "indexed 5 files" in o["msg"]
                            for o in objs), lines)

    def test_journal_lines_have_priority_and_no_stamp(self):
        lines = self.run_daemon(journal="match")
        self.assertGreaterEqual(len(lines), 3)
        for ln in lines:
            self.assertRegex(ln, r"^<[3467]>[EWID] \[[a-z]+\] ")
        self.assertTrue(any(ln.startswith("<6>I [main] referatd") for ln in lines))

    def test_journal_stream_of_another_stream_is_ignored(self):
        for ln in self.run_daemon(journal="other"):
            self.assertRegex(ln, r"^\d{4}-\d\d-\d\dT\S+Z referatd\[\d+\] [EWID] ")

    def test_bad_log_format(self):
        r = subprocess.run([h.binary("referatd"), "--config", "none", "--db", self.db,
                            "--log-format", "xml"], stderr=subprocess.PIPE, timeout=30)
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"--log-format <xml>", r.stderr)


if __name__ == "__main__":
    unittest.main()
