# SPDX-License-Identifier: GPL-2.0-or-later
"""The man pages in dist/man: `man -l --warnings` renders each without
a warning, each option `--help` prints is in its program's page, and
each key of lib/conf/conf.c's table is in referat.conf(5)."""
import os
import re
import shutil
import subprocess
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("REFERAT_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get("REFERAT_BIN") or os.path.join(SRC, "build", "bin")
MAN = os.path.join(SRC, "dist", "man")
PAGES = {"referatd": "referatd.8", "referat-index": "referat-index.1",
         "referat": "referat.1"}


def page_text(name):
    """The page's source with troff's escapes undone: \\- is -."""
    with open(os.path.join(MAN, name), encoding="utf-8") as f:
        return f.read().replace("\\-", "-").replace("\\fI", "").replace("\\fP", "")


class ManTest(unittest.TestCase):
    def test_pages_render_without_warnings(self):
        if shutil.which("man") is None:
            self.skipTest("man-db not installed (scripts/deps.sh installs it)")
        env = dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8")
        pages = sorted(os.listdir(MAN))
        self.assertEqual(len(pages), 4, pages)
        for p in pages:
            with self.subTest(page=p):
                r = subprocess.run(["man", "-l", "--warnings", "-E", "UTF-8",
                                    os.path.join(MAN, p)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env, timeout=60)
                self.assertEqual(r.returncode, 0, r.stderr.decode())
                self.assertEqual(r.stderr.decode(), "")
                self.assertIn(b"NAME", r.stdout)

    def test_every_help_option_is_in_the_page(self):
        for prog, page in PAGES.items():
            r = subprocess.run([os.path.join(BIN, prog), "--help"],
                               stdout=subprocess.PIPE, timeout=30)
            self.assertEqual(r.returncode, 0)
            usage = r.stdout.decode()
            # options at the start of a help line: "  -v, --verbose ..."
            opts = set()
            for line in usage.splitlines():
                m = re.match(r"^\s+((?:-[A-Za-z], )?--[a-z][a-z-]*)", line)
                if m:
                    opts.update(re.findall(r"--?[A-Za-z][a-z-]*", m.group(1)))
            self.assertGreater(len(opts), 8, prog)
            text = page_text(page)
            for o in sorted(opts):
                with self.subTest(prog=prog, option=o):
                    self.assertRegex(text, r"(?<![\w-])" + re.escape(o) + r"(?![\w-])")

    def test_every_config_key_is_in_referat_conf_5(self):
        with open(os.path.join(SRC, "lib", "conf", "conf.c")) as f:
            keys = re.findall(r'\{"([a-z-]+)", "([a-z-]+)", [01]\}', f.read())
        self.assertGreater(len(keys), 15)
        text = page_text("referat.conf.5")
        for section, key in keys:
            with self.subTest(section=section, key=key):
                self.assertIn("[" + section + "]", text)
                self.assertRegex(text, r"(?<![\w-])" + re.escape(key) + r"(?![\w-])")


if __name__ == "__main__":
    unittest.main()
