# SPDX-License-Identifier: GPL-2.0-or-later
"""referat.conf (lib/conf): read by referatd, referat-index and referat;
the command line overrides it; unknown sections and keys, repeats, bad
values and over-long lines are errors naming FILE:LINE; referatd
--check-config prints the effective settings."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import searchd_harness as h  # noqa: E402


def run(*args, timeout=60):
    r = subprocess.run(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout)
    return r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")


class ConfigTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="referat-conf-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def conf(self, text, name="referat.conf"):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def check(self, text, *extra):
        return run(h.binary("referatd"), "--config", self.conf(text),
                   "--check-config", *extra)

    def test_check_config_prints_file_values_and_flags_override(self):
        rc, out, err = self.check(
            "# comment\n[index]\ndb = /srv/idx\n\n[referatd]\n"
            "threads = 3\ncors = https://eksempel.dk ; why\n"
            "query-timeout = 1.5\nverbose = yes\n", "--threads", "2")
        self.assertEqual(rc, 0, err)
        self.assertIn("db = /srv/idx\n", out)
        self.assertIn("threads = 2\n", out)  # the flag wins
        self.assertIn("cors = https://eksempel.dk\n", out)
        self.assertIn("query-timeout = 1.5\n", out)
        self.assertIn("verbose = yes\n", out)
        self.assertIn("# note: no index at </srv/idx> yet", out)

    def test_thesaurus_sources_repeat_and_flags_replace_them(self):
        text = ("[index]\ndb = /srv/idx\n[referatd]\n"
                "thesaurus = /a/domain.tsv\nthesaurus = /a/mythes.tsv\n")
        rc, out, err = self.check(text)
        self.assertEqual(rc, 0, err)
        self.assertIn("thesaurus = /a/domain.tsv\nthesaurus = /a/mythes.tsv\n",
                      out)
        # the command line's list replaces the file's: one source off
        rc, out, err = self.check(text, "--thesaurus", "/a/domain.tsv")
        self.assertEqual(rc, 0, err)
        self.assertIn("thesaurus = /a/domain.tsv\n", out)
        self.assertNotIn("mythes", out)
        rc, out, err = self.check(text, "--thesaurus", "none")
        self.assertEqual(rc, 0, err)
        self.assertIn("thesaurus = none\n", out)
        rc, _, err = self.check(text, *["--thesaurus", "/a/x.tsv"] * 9)
        self.assertEqual(rc, 2, err)
        self.assertIn("at most <8> files", err)

    def test_errors_name_file_and_line(self):
        cases = [
            ("[referatd]\nthreads = 2\ncolour = red\n", ":3: unknown key <colour> in [referatd]"),
            ("[index]\ndb = /x\n[searchd]\nthreads = 2\n", ":4: unknown section <[searchd]>"),
            ("[referatd]\nthreads = 2\n\nthreads = 3\n", ":4: <threads> in [referatd] again (first on line 2)"),
            ("[referatd]\nthreads = 0\n", ":2: [referatd] threads: "),
            ("[referatd]\nlisten = nowhere\n", ":2: [referatd] listen: "),
            ("[referatd]\nverbose = perhaps\n", ":2: [referatd] verbose: <perhaps> is not yes or no"),
            ("[referatd]\nthreads = 2\nno equals sign\n", ":3: not a [section]"),
            ("threads = 2\n", ":1: <threads> outside a [section]"),
            ("[index]\ndb = /" + "x" * 400 + "\n", ":2: line longer than"),
            ("[referat-index]\n" + "folders = /x\n" * 5000, ":4098: more than 4096 entries"),
            ("[referat]\nport = 99999\n", None),  # the client's key: referatd ignores it
        ]
        for text, want in cases:
            with self.subTest(want=want):
                rc, out, err = self.check("[index]\ndb = /x\n" if want is None else text)
                if want is None:
                    self.assertEqual(rc, 0, err)
                    continue
                self.assertEqual(rc, 2, err)
                self.assertIn("referat.conf" + want, err.splitlines()[0])

    def test_shipped_config_is_valid_for_all_three(self):
        shipped = os.path.join(h.SRC, "dist", "referat.conf")
        rc, out, err = run(h.binary("referatd"), "--config", shipped, "--check-config")
        self.assertEqual(rc, 0, err)
        self.assertIn("db = /var/lib/referat/index\n", out)
        self.assertIn("thesaurus = /usr/share/referat/thesaurus.tsv\n"
                      "thesaurus = /usr/share/referat/thesaurus-mythes-da.tsv\n",
                      out)
        # past the config file: no index there (3), not a usage error (2)
        rc, _, err = run(h.binary("referat-index"), "--config", shipped,
                         "--db", os.path.join(self.tmp, "none"), "--dump")
        self.assertEqual(rc, 3, err)
        rc, _, err = h.run_client("--config", shipped, "--port", str(h.free_port()), "x")
        self.assertEqual(rc, 3, err)

    def test_missing_named_config_is_an_error_and_none_reads_nothing(self):
        rc, _, err = run(h.binary("referatd"), "--config", "/nonexistent/x.conf",
                         "--check-config", "--db", "/x")
        self.assertEqual(rc, 2)
        self.assertIn("/nonexistent/x.conf", err)
        rc, out, err = run(h.binary("referatd"), "--config", "none",
                           "--check-config", "--db", "/x")
        self.assertEqual(rc, 0, err)
        self.assertIn("# config file: none", out)

    def test_help_works_with_a_broken_config(self):
        bad = self.conf("[nonsense]\nx = 1\n", "bad.conf")
        for prog in ("referatd", "referat-index", "referat"):
            rc, out, err = run(h.binary(prog), "--config", bad, "--help")
            self.assertEqual(rc, 0, err)
            self.assertIn("--config", out)
            rc, out, err = run(h.binary(prog), "--config", bad, "x")
            self.assertEqual(rc, 2, prog)
            self.assertIn("bad.conf:2: unknown section", err)

    def test_indexer_indexes_the_configured_folders_then_daemon_and_client(self):
        files = h.corpus_files()
        dirs = [os.path.join(self.tmp, "a"), os.path.join(self.tmp, "b")]
        for d in dirs:
            os.makedirs(d, exist_ok=True)
        shutil.copy(os.path.join(h.CORPUS, files[0]), dirs[0])
        shutil.copy(os.path.join(h.CORPUS, files[1]), dirs[1])
        db = os.path.join(self.tmp, "db")
        # two folders: a repeated key's continuation line (inih multi-line)
        path = self.conf("[index]\ndb = %s\n[referat-index]\nfolders = %s\n  %s\n"
                         "jobs = 1\n" % (db, dirs[0], dirs[1]), "idx.conf")
        rc, out, err = run(h.binary("referat-index"), "--config", path)
        self.assertEqual(rc, 0, err)
        self.assertIn("indexed 2 files", out + err)
        rc, out, err = run(h.binary("referat-index"), "--config", path, "--dump")
        self.assertEqual(rc, 0, err)
        self.assertIn(files[0], out)
        self.assertIn(files[1], out)

        # referatd takes db from [index]; the client its port from
        # [referatd] listen unless [referat] port says otherwise
        d = h.Daemon(db, "--listen", "127.0.0.1:0", "--http", "off",
                     "--config", path, external_ok=False)
        try:
            cc = self.conf("[referatd]\nlisten = 127.0.0.1:%d\n[referat]\ntimeout = 20\n"
                           % d.line_port, "client.conf")
            rc, out, err = h.run_client("--config", cc, "--json", "udsatte")
            self.assertEqual(rc, 0, err)
            self.assertIn('"hits"', out)
            cc2 = self.conf("[referatd]\nlisten = 127.0.0.1:%d\n[referat]\nport = %d\n"
                            % (d.line_port, h.free_port()), "client2.conf")
            rc, out, err = h.run_client("--config", cc2, "udsatte")
            self.assertEqual(rc, 3, err)
            rc, out, err = h.run_client("--config", cc2, "--port", str(d.line_port),
                                        "udsatte")
            self.assertEqual(rc, 0, err)  # the flag wins
            # the workbench finds the daemon the same way (it once asked
            # 127.0.0.1:7700 whatever the file said)
            rc, out, err = h.run_client("coverage", "--config", cc, "--json")
            self.assertEqual(rc, 0, err)
            self.assertIn('"councils"', out)
            rc, out, err = h.run_client("timeline", "--config", cc2, "udsatte")
            self.assertEqual(rc, 3, err)
            rc, out, err = h.run_client("timeline", "--config", cc2, "--port",
                                        str(d.line_port), "udsatte")
            self.assertEqual(rc, 0, err)
            bad = self.conf("[referat]\ntimeout = 0\n", "client3.conf")
            rc, out, err = h.run_client("kwic", "--config", bad, "udsatte")
            self.assertEqual(rc, 2)
            self.assertIn("[referat] timeout", err)
        finally:
            self.assertEqual(d.stop(), 0)


if __name__ == "__main__":
    unittest.main()
