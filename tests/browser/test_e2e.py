# SPDX-License-Identifier: GPL-2.0-or-later
"""The web page in a real browser: setup.sh (chromium, node,
playwright-core), an index of corpus/, the built referatd on 127.0.0.1
with a kernel-chosen port, then e2e.js drives Debian's chromium through
it. Screenshots go to $REFERAT_BUILD_DIR/browser/. Exit 77 (ctest SKIP)
only when chromium or node cannot be installed."""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))
import searchd_harness as h  # noqa: E402


def main():
    r = subprocess.run(["sh", os.path.join(HERE, "setup.sh")])
    if r.returncode != 0:
        return r.returncode
    build = os.environ.get("REFERAT_BUILD_DIR") or os.path.dirname(h.BIN)
    out = os.path.join(build, "browser")
    with tempfile.TemporaryDirectory(prefix="referat-browser-") as tmp:
        d = h.Daemon(h.make_index(tmp), tmpdir=tmp, external_ok=False)
        try:
            url = "http://127.0.0.1:%d" % d.http_port
            r = subprocess.run(["node", os.path.join(HERE, "e2e.js"), url, out],
                               cwd=HERE, timeout=600)
        finally:
            rc = d.stop()
        if rc != 0:
            print("browser: referatd exited %r:\n%s" % (rc, d.log()), file=sys.stderr)
            return 1
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
