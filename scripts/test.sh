#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# test.sh - the README's second command: install dependencies, build with
# warnings as errors, run every test; then the same under ASan+UBSan;
# then each libFuzzer harness for 60 s (scripts/fuzz.sh, clang).
set -eu
cd "$(dirname "$0")/.."
sh scripts/deps.sh
sh scripts/format-check.sh
sh scripts/build.sh build -DWERROR=ON
(cd build && ctest --output-on-failure -j 2)
sh scripts/build.sh build-asan -DWERROR=ON -DSANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug
(cd build-asan &&
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --output-on-failure -j 2)
sh scripts/fuzz.sh 60
