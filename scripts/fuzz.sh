#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# fuzz.sh [SECONDS] - build the libFuzzer harnesses (fuzz/fuzz_*.c) with
# clang under ASan+UBSan in build-fuzz/ and run each for SECONDS (default
# 60; past ten harnesses they share ten times SECONDS), seeded from
# fuzz/seeds/<harness>/ (fuzz_minutes and fuzz_text: the
# real minutes in corpus/ and tests/data/; fuzz_html: the HTML fixtures
# in tests/data/formats/ and tests/data/layouts/). First every input kept in
# fuzz/regressions/<harness>/ is replayed and must pass. A crash, leak or
# hang (one input over 10 s) fails the script and leaves the input in
# build-fuzz/crash-*, leak-* or timeout-*: once fixed, keep it in
# fuzz/regressions/<harness>/.
# FUZZ_SEED (default 1) seeds libFuzzer's mutations, so the test command
# walks the same inputs on every run and its verdict is the code's, not
# the draw's; FUZZ_SEED=0 draws a new seed each run (exploration: run it
# long before a change lands, and keep what it finds as a regression).
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
seed=${FUZZ_SEED:-1}
case $secs in
'' | *[!0-9]* | 0) # libFuzzer takes 0 as "no limit"
    echo "usage: fuzz.sh [SECONDS], SECONDS a whole number > 0" >&2
    exit 2
    ;;
esac
case $seed in
'' | *[!0-9]*)
    echo "fuzz.sh: FUZZ_SEED must be a whole number (0: a new one each run)" >&2
    exit 2
    ;;
esac
harnesses=$(for f in fuzz/fuzz_*.c; do basename "$f" .c; done)
# CI's time is bounded: past ten harnesses they share ten times SECONDS
n=$(echo "$harnesses" | wc -w)
if [ "$n" -gt 10 ]; then
    secs=$((secs * 10 / n))
    [ "$secs" -gt 0 ] || secs=1
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DFUZZ=ON -DSANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug >/dev/null
# shellcheck disable=SC2086
cmake --build build-fuzz -j "$(nproc)" --target $harnesses >/dev/null
export ASAN_OPTIONS=detect_leaks=1
status=0
for name in $harnesses; do
    f=build-fuzz/bin/$name
    work=build-fuzz/corpus-$name
    mkdir -p "$work"
    case $name in
    fuzz_minutes | fuzz_text) seeds="corpus tests/data" ;;
    # the HTML test fixtures are its seeds (read, not copied)
    fuzz_html) seeds="tests/data/formats tests/data/layouts" ;;
    *) seeds="fuzz/seeds/$name" ;;
    esac
    [ -d "fuzz/seeds/$name" ] || [ "$seeds" != "fuzz/seeds/$name" ] ||
        seeds=""
    # replay regressions first: each must pass
    reg=fuzz/regressions/$name
    if [ -d "$reg" ] && [ -n "$(ls -A "$reg")" ]; then
        if ! "$f" "$reg"/* >"build-fuzz/$name.regressions.log" 2>&1; then
            echo "fuzz: $name fails a regression input" >&2
            tail -40 "build-fuzz/$name.regressions.log" >&2
            status=1
        else
            echo "fuzz: $name passes $(find "$reg" -type f | wc -l) regression inputs"
        fi
    fi
    echo "fuzz: $name for ${secs}s"
    # shellcheck disable=SC2086
    if ! "$f" -max_total_time="$secs" -seed="$seed" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -artifact_prefix=build-fuzz/ "$work" $seeds \
        >"build-fuzz/$name.log" 2>&1; then
        echo "fuzz: $name FAILED, see build-fuzz/$name.log" >&2
        tail -40 "build-fuzz/$name.log" >&2
        status=1
    else
        tail -1 "build-fuzz/$name.log"
    fi
done
exit $status
