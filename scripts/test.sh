#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# test.sh - the README's second command: install dependencies, build with
# warnings as errors, run every test; then the same under ASan+UBSan;
# then each libFuzzer harness for 45 s (scripts/fuzz.sh, clang; past ten
# harnesses they share 450 s, so the whole stays near 30 minutes on two
# cores: 33-36 minutes with 60 s in session 35's runs).
# Every stage runs even when an earlier one failed (a test stage only
# needs its own build); a table of the stages' results and the tests
# that were skipped (a missing tool) ends the output. Exit status 1 if
# any stage failed.
set -u
cd "$(dirname "$0")/.." || exit 2

results=""
failed=0

# run NAME COMMAND...: run a stage, record its result; its status is the
# command's.
run() {
    name=$1
    shift
    echo "=== $name"
    start=$(date +%s)
    if "$@"; then
        rc=0
        word="ok"
    else
        rc=$?
        word="FAILED (status $rc)"
        failed=1
    fi
    secs=$(($(date +%s) - start))
    results="$results$(printf '%-12s %-24s %5d s' "$name" "$word" "$secs")
"
    return $rc
}

# not_run NAME WHY: a stage left out because what it needs failed.
not_run() {
    echo "=== $1: not run, $2"
    results="$results$(printf '%-12s %s' "$1" "not run: $2")
"
    failed=1
}

# ctest_in DIR: every test of a build; then list the skipped ones, which
# ctest counts as passed when a file skipped only some of its tests.
ctest_in() {
    (cd "$1" && ctest --output-on-failure -j 2)
    rc=$?
    log=$1/Testing/Temporary/LastTest.log
    if [ -f "$log" ] && grep -q -e '^SKIPPED: ' -e '\[  SKIPPED \]' "$log"; then
        echo "--- skipped in $1:"
        grep -e '^SKIPPED: ' -e '\[  SKIPPED \]' "$log" | sort -u
    fi
    return $rc
}

asan_ctest() {
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest_in build-asan
}

run deps sh scripts/deps.sh
run format sh scripts/format-check.sh
if run build sh scripts/build.sh build -DWERROR=ON; then
    run test ctest_in build
else
    not_run test "the build failed"
fi
if run build-asan sh scripts/build.sh build-asan -DWERROR=ON -DSANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug; then
    run test-asan asan_ctest
else
    not_run test-asan "the ASan build failed"
fi
run fuzz sh scripts/fuzz.sh 45

echo
echo "=== results"
printf '%s' "$results"
if [ $failed -ne 0 ]; then
    echo "test.sh: FAILED"
    exit 1
fi
echo "test.sh: all stages passed"
