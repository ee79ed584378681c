#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# setup.sh - what the browser test needs: Debian's chromium and node/npm
# (installed with apt when missing and we are root or may sudo), and
# playwright-core in tests/browser/node_modules (npm, as pinned by
# package-lock.json). Exits 77 (the test is skipped) only when chromium
# or node cannot be installed; any other failure is a failure (1).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

skip() {
    echo "" >&2
    echo "browser: ************************************************************" >&2
    echo "browser: SKIPPED: $1" >&2
    echo "browser: the web page was NOT tested in a browser." >&2
    echo "browser: install it (sh scripts/deps.sh) and run again." >&2
    echo "browser: ************************************************************" >&2
    exit 77
}

apt_install() {
    if [ "$(id -u)" = 0 ]; then
        sudo=""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo="sudo -n"
    else
        return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086
    $sudo apt-get install -y -qq --no-install-recommends "$@" >&2 ||
        { $sudo apt-get update -qq >&2 &&
              $sudo apt-get install -y -qq --no-install-recommends "$@" >&2; }
}

if [ ! -x "$CHROMIUM" ]; then
    echo "browser: $CHROMIUM missing: installing the chromium package" >&2
    apt_install chromium || true
    [ -x "$CHROMIUM" ] || skip "chromium ($CHROMIUM) is not installed and apt-get could not install it"
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "browser: node/npm missing: installing nodejs and npm" >&2
    apt_install nodejs npm || true
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
        skip "node and npm are not installed and apt-get could not install them"
fi
if [ ! -f "$HERE/node_modules/playwright-core/package.json" ]; then
    echo "browser: installing playwright-core into $HERE/node_modules" >&2
    (cd "$HERE" && npm install --no-audit --no-fund) >&2 ||
        { echo "browser: FAIL: npm install of playwright-core failed" >&2; exit 1; }
fi
exit 0
