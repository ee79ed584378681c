# SPDX-License-Identifier: GPL-2.0-or-later
"""referatd's security promises (docs/security.md): loopback by default,
refusing root without --allow-root, no command over either protocol that
changes the index or reads a file named by the client, no server paths in
answers."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402

# Ids and paths a client might try to read files with.
PATHS = ["../../etc/passwd", "/etc/passwd", "corpus/../../../etc/passwd",
         "file:///etc/passwd", "..\\..\\etc\\passwd", "/proc/self/environ",
         "herning-udsatteraad-2017-10-06.txt", "herning-udsatteraad-2017-10-06.txt#../3"]


def db_state(db):
    """Name and content digest of every file of the index (its folders
    of generations included)."""
    out = {}
    for top, _dirs, files in os.walk(db):
        for name in files:
            path = os.path.join(top, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, db)] = \
                    hashlib.sha256(f.read()).hexdigest()
    return out


class StartupTest(unittest.TestCase):
    def run_daemon(self, *args):
        return subprocess.run([h.binary("referatd")] + list(args),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, timeout=30)

    def test_loopback_by_default(self):
        # A missing index stops it after the start-up line (which names
        # every setting) and before it listens anywhere.
        p = self.run_daemon("--db", "/nonexistent-referat-db", "--allow-root")
        self.assertEqual(p.returncode, 1, p.stderr)
        self.assertIn("listen=<127.0.0.1:7700>", p.stderr)
        self.assertIn("http=<127.0.0.1:7701>", p.stderr)
        p = self.run_daemon("--help")
        self.assertIn("[127.0.0.1:7700]", p.stdout)
        self.assertIn("[127.0.0.1:7701]", p.stdout)

    @unittest.skipUnless(os.geteuid() == 0, "needs root (CI runs as root)")
    def test_refuses_root_without_allow_root(self):
        tmp = tempfile.mkdtemp(prefix="test-root-")
        try:
            db = h.make_index(tmp)
            p = self.run_daemon("--db", db, "--listen", "127.0.0.1:0",
                                "--http", "127.0.0.1:0")
            self.assertEqual(p.returncode, 1)
            self.assertIn("refusing to run as root", p.stderr)
            self.assertIn("--allow-root", p.stderr)
            self.assertEqual(p.stdout, "")  # never got to READY
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


class NoWritesNoFilesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="test-security-")
        cls.db = h.make_index(cls.tmp)
        cls.before = db_state(cls.db)
        cls.d = h.Daemon(cls.db, tmpdir=cls.tmp, external_ok=False)

    @classmethod
    def tearDownClass(cls):
        rc = cls.d.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)
        if rc != 0:
            raise AssertionError("referatd exit status %r" % rc)

    def assert_no_file_content(self, body):
        text = body if isinstance(body, str) else body.decode(errors="replace")
        self.assertNotIn("root:", text)
        self.assertNotIn("PATH=", text)
        self.assertNotIn(self.tmp, text)

    def test_item_with_a_path_is_not_found(self):
        with self.d.connect() as c:
            for p in PATHS:
                r = c.request("ITEM " + p)
                self.assertEqual(r[:2], ("ERR", "not_found"), p)
                self.assert_no_file_content(r[2])

    def test_http_paths_are_not_files(self):
        for path in ["/item/..%2F..%2Fetc%2Fpasswd", "/item/../../etc/passwd",
                     "/item/%2Fetc%2Fpasswd", "/../../etc/passwd", "/etc/passwd",
                     "/..%2F..%2Fetc%2Fpasswd", "/index.html/../../etc/passwd",
                     "/search/../../etc/passwd?q=x", "//etc/passwd"]:
            st, _, body = self.d.http("GET", path)
            self.assertEqual(st, 404, path)
            self.assert_no_file_content(body)

    def test_answers_carry_no_server_paths(self):
        ans = self.d.search("hjemløse", limit=100)
        self.assertTrue(ans["hits"])
        for hit in ans["hits"]:
            self.assertNotIn("/", hit["file"])
            item = self.d.item(hit["id"])
            self.assertNotIn("path", item)
            blob = json.dumps(item, ensure_ascii=False)
            self.assertNotIn(self.tmp, blob)
            self.assertNotIn(h.CORPUS, blob)

    def test_no_command_changes_the_index(self):
        rev = self.d.request("STATS")[1]["revision"]
        with self.d.connect() as c:
            for verb in ("ADD", "DELETE", "INDEX", "REINDEX", "RELOAD", "SET",
                         "PUT", "WRITE", "COMMIT", "OPEN", "LOAD", "SHUTDOWN",
                         "CONFIG", "DEBUG"):
                r = c.request(verb + " /etc/passwd")
                self.assertEqual(r[:2], ("ERR", "unknown_command"), verb)
            for line in ('SEARCH {"q":"x","db":"/tmp"}',
                         'SEARCH {"q":"x","path":"/etc/passwd"}'):
                self.assertEqual(c.request(line)[:2], ("ERR", "bad_request"))
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            for path in ("/search?q=x", "/item/x", "/", "/index"):
                st, _, _ = self.d.http(method, path)
                self.assertEqual(st, 405, (method, path))
        # Every request above and a round of ordinary ones later, the
        # index files are byte for byte what the indexer wrote.
        self.d.search("hjemløse")
        self.assertEqual(self.d.request("STATS")[1]["revision"], rev)
        self.assertEqual(db_state(self.db), self.before)


class NoQueriesInTheLogTest(unittest.TestCase):
    def test_queries_stay_out_of_the_daemon_log(self):
        """Even with -v (debug), the daemon's own log names peers, never
        queries or ids; those go only to the opt-in --query-log."""
        tmp = tempfile.mkdtemp(prefix="test-nolog-")
        try:
            qlog = os.path.join(tmp, "queries.log")
            d = h.Daemon(h.make_index(tmp), "-v", "--query-log", qlog,
                         tmpdir=tmp, external_ok=False)
            d.request('SEARCH {"q":"hemmeligtord"}')
            d.request("ITEM hemmeligtid#1")
            d.request('SEARCH {"q":"((hemmeligfejl"}')
            d.http("GET", "/search?q=hemmeligthttp")
            self.assertEqual(d.stop(), 0)
            log = d.log()
            self.assertIn(" D [", log)  # debug lines are there
            self.assertNotIn("hemmelig", log)
            with open(qlog, encoding="utf-8") as f:
                q = f.read()
            for word in ("hemmeligtord", "hemmeligtid#1", "hemmeligthttp"):
                self.assertIn('q="%s"' % word, q)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
