# SPDX-License-Identifier: GPL-2.0-or-later
"""The Debian package: `cpack -G DEB` in the build folder makes
referat_<version>_<arch>.deb; its control fields (Depends from
dpkg-shlibdeps, conffiles, maintainer scripts) are checked, it is
extracted into a throwaway root, and the installed binaries index
corpus/ with the installed config file's keys and answer a query.
Prints the package size and the extract-to-first-answer time (measured,
not asserted). Environment: REFERAT_BUILD_DIR, REFERAT_SOURCE_DIR."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("REFERAT_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
BUILD = os.environ.get("REFERAT_BUILD_DIR") or os.path.join(SRC, "build")


def sh(*args, timeout=600, **kw):
    r = subprocess.run(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout, **kw)
    if r.returncode != 0:
        raise AssertionError("%s failed (%d): %s" % (args, r.returncode,
                                                     r.stderr.decode(errors="replace")[-2000:]))
    return r.stdout.decode(errors="replace")


class DebTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        for old in glob.glob(os.path.join(BUILD, "referat_*.deb")):
            os.unlink(old)
        sh("cpack", "-G", "DEB", cwd=BUILD, timeout=1800)
        debs = glob.glob(os.path.join(BUILD, "referat_*.deb"))
        if len(debs) != 1:
            raise AssertionError("want one referat_*.deb, have %r" % debs)
        cls.deb = debs[0]
        cls.tmp = tempfile.mkdtemp(prefix="referat-deb-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def field(self, name):
        return sh("dpkg-deb", "-f", self.deb, name).strip()

    def test_control_fields(self):
        self.assertRegex(os.path.basename(self.deb), r"^referat_[0-9.]+_[a-z0-9]+\.deb$")
        self.assertEqual(self.field("Package"), "referat")
        deps = self.field("Depends")
        for want in ("libc6", "libxapian30", "libevent-2.1-7", "libinih1", "adduser"):
            self.assertIn(want, deps)
        print("\npackage %s: %d bytes, Installed-Size %s KiB"
              % (os.path.basename(self.deb), os.path.getsize(self.deb),
                 self.field("Installed-Size")), file=sys.stderr)

    def test_conffiles_and_maintainer_scripts(self):
        ctl = os.path.join(self.tmp, "control")
        sh("dpkg-deb", "-e", self.deb, ctl)
        with open(os.path.join(ctl, "conffiles")) as f:
            self.assertIn("/etc/referat/referat.conf", f.read().split())
        with open(os.path.join(ctl, "postinst")) as f:
            post = f.read()
        self.assertIn("adduser --system", post)
        self.assertIn("/var/lib/referat", post)
        with open(os.path.join(ctl, "postrm")) as f:
            self.assertRegex(f.read(), r'"\$1" = purge \]; then\s+rm -rf /var/lib/referat')
        for s in ("postinst", "prerm", "postrm"):
            path = os.path.join(ctl, s)
            self.assertTrue(os.access(path, os.X_OK), s)
            sh("sh", "-n", path)

    def test_files_in_place(self):
        listing = sh("dpkg-deb", "-c", self.deb)
        for path in ("./usr/bin/referatd", "./usr/bin/referat-index", "./usr/bin/referat",
                     "./usr/share/referat/thesaurus.tsv", "./usr/share/referat/README",
                     "./usr/share/referat/thesaurus-mythes-da.tsv",
                     "./usr/share/doc/referat/thesaurus-mythes-da.COPYING",
                     "./etc/referat/referat.conf",
                     "./lib/systemd/system/referatd.service",
                     "./lib/systemd/system/referat-index.service",
                     "./lib/systemd/system/referat-index.timer",
                     "./usr/share/man/man8/referatd.8.gz", "./usr/share/man/man1/referat.1.gz",
                     "./usr/share/man/man1/referat-index.1.gz",
                     "./usr/share/man/man5/referat.conf.5.gz",
                     "./usr/share/doc/referat/copyright"):
            self.assertIn(" " + path + "\n", listing)

    def test_installed_binaries_index_and_answer(self):
        root = os.path.join(self.tmp, "root")
        t0 = time.monotonic()
        sh("dpkg-deb", "-x", self.deb, root)
        binp = os.path.join(root, "usr", "bin")
        self.assertIn("referat-index", sh(os.path.join(binp, "referat-index"), "--version"))
        if shutil.which("man") is not None:  # the installed, compressed pages
            for page in glob.glob(os.path.join(root, "usr/share/man/man*/*.gz")):
                r = subprocess.run(["man", "-l", "--warnings", "-E", "UTF-8", page],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   env=dict(os.environ, MANWIDTH="80", LC_ALL="C.UTF-8"),
                                   timeout=60)
                self.assertEqual((r.returncode, r.stderr), (0, b""), page)
        # the installed config file with this root's paths
        with open(os.path.join(root, "etc", "referat", "referat.conf")) as f:
            conf = f.read()
        var = os.path.join(root, "var", "lib", "referat")
        os.makedirs(var)  # what postinst does, as root, outside a chroot
        conf = (conf.replace("/var/lib/referat/index", os.path.join(var, "index"))
                .replace("/var/lib/referat/minutes", os.path.join(SRC, "corpus"))
                .replace("/usr/share/referat", os.path.join(root, "usr", "share", "referat")))
        cpath = os.path.join(root, "etc", "referat", "referat.conf")
        with open(cpath, "w") as f:
            f.write(conf)
        sh(os.path.join(binp, "referat-index"), "--config", cpath)
        args = [os.path.join(binp, "referatd"), "--config", cpath,
                "--listen", "127.0.0.1:0", "--http", "127.0.0.1:0"]
        if os.geteuid() == 0:
            args.append("--allow-root")
        d = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            ready = d.stdout.readline().decode().split()
            self.assertEqual(len(ready), 4, ready)
            self.assertEqual(ready[0], "READY")
            out = sh(os.path.join(binp, "referat"), "--config", cpath, "--port", ready[2],
                     "--no-color", "hjemløse", timeout=60)
            elapsed = time.monotonic() - t0
            self.assertIn("Hjemløsetælling", out)
            body = urllib.request.urlopen("http://127.0.0.1:%s/metrics" % ready[3],
                                          timeout=30).read().decode()
            self.assertIn('referat_requests_total{verb="search",outcome="ok"} 1', body)
            print("\nextract + index corpus/ + first answer: %.2f s" % elapsed,
                  file=sys.stderr)
        finally:
            d.terminate()
            rc = d.wait(timeout=60)
            err = d.stderr.read().decode(errors="replace")
        self.assertEqual(rc, 0, err[-2000:])
        # the installed thesaurus, named by the installed config file
        self.assertIn("thesaurus=<%s/usr/share/referat/thesaurus.tsv>" % root, err)
        self.assertIn("thesaurus=<%s/usr/share/referat/thesaurus-mythes-da.tsv>"
                      % root, err)
        self.assertIn("config=<%s>" % cpath, err)


if __name__ == "__main__":
    unittest.main()
