# SPDX-License-Identifier: GPL-2.0-or-later
"""The systemd units in dist/systemd: `systemd-analyze verify` accepts
them without a message (ExecStart pointed at the built binaries, as the
package's are not installed here), `systemd-analyze security --offline`
rates both services at most "OK", and referatd.service keeps the
settings the issue asks for."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.environ.get("REFERAT_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
BIN = os.environ.get("REFERAT_BIN") or os.path.join(SRC, "build", "bin")
UNITS = os.path.join(SRC, "dist", "systemd")


@unittest.skipIf(shutil.which("systemd-analyze") is None, "no systemd-analyze")
class UnitsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="referat-units-")
        for f in os.listdir(UNITS):
            with open(os.path.join(UNITS, f)) as src, \
                    open(os.path.join(self.tmp, f), "w") as dst:
                dst.write(src.read().replace("/usr/bin/", BIN + "/"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def analyze(self, *args):
        r = subprocess.run(["systemd-analyze"] + list(args), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=120)
        return r.returncode, r.stdout.decode(), r.stderr.decode()

    def test_verify(self):
        units = [os.path.join(self.tmp, u) for u in
                 ("referatd.service", "referat-index.service", "referat-index.timer")]
        rc, out, err = self.analyze("verify", "--man=no", *units)
        self.assertEqual(rc, 0, err)
        self.assertEqual(err.strip(), "")

    def test_security_exposure(self):
        for unit in ("referatd.service", "referat-index.service"):
            rc, out, err = self.analyze("security", "--offline=yes", "--no-pager",
                                        os.path.join(self.tmp, unit))
            if "--offline" in err and rc != 0:
                self.skipTest("systemd-analyze has no --offline (systemd < 252)")
            m = re.search(r"Overall exposure level for \S+: ([0-9.]+) (\w+)", out)
            self.assertIsNotNone(m, out[-500:] + err)
            self.assertIn(m.group(2), ("SAFE", "OK"), out[-2000:])

    def test_referatd_unit_settings(self):
        with open(os.path.join(UNITS, "referatd.service")) as f:
            text = f.read()
        for line in ("User=referat", "ReadOnlyPaths=/var/lib/referat",
                     "ProtectSystem=strict", "ProtectHome=yes", "NoNewPrivileges=yes",
                     "PrivateTmp=yes", "PrivateDevices=yes",
                     "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
                     "SystemCallFilter=@system-service", "CapabilityBoundingSet=",
                     "ExecReload=/bin/kill -HUP $MAINPID", "Type=exec"):
            self.assertRegex(text, "(?m)^" + re.escape(line) + "$")
        with open(os.path.join(UNITS, "referat-index.timer")) as f:
            self.assertRegex(f.read(), "(?m)^Persistent=true$")


if __name__ == "__main__":
    unittest.main()
