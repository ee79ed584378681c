#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# deps.sh - install the Debian 12 packages Referat builds, runs and tests
# with. Idempotent: installs only what is missing. Needs root (or sudo).
# mythes-da is the source of corpus/thesaurus-mythes-da.tsv (only
# scripts/make_thesaurus.py reads it; the filtered file is committed).
set -eu

PKGS="build-essential cmake pkg-config python3 clang clang-format libclang-rt-14-dev
libxapian-dev xapian-tools libevent-dev libstemmer-dev libjansson-dev libzstd-dev
libcmocka-dev libinih-dev wdanish mythes-da poppler-utils curl valgrind man-db
libpoppler-glib-dev libxml2-dev libzip-dev libtesseract-dev tesseract-ocr-dan
tesseract-ocr-eng chromium"
# The browser test (tests/browser) drives chromium with playwright-core
# from npm. node may come from elsewhere: NodeSource's nodejs carries its
# own npm, which Debian's npm package would conflict with.
command -v node >/dev/null 2>&1 || PKGS="$PKGS nodejs"
command -v npm >/dev/null 2>&1 || PKGS="$PKGS npm"

missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
        grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "deps: all packages present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then
    SUDO=sudo
fi
echo "deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
