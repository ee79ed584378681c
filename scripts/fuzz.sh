#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# fuzz.sh [SECONDS] - build the libFuzzer harnesses with clang under
# ASan+UBSan and run each for SECONDS (default 60), seeded from corpus/,
# tests/data and the regression inputs in fuzz/regressions/<harness>/.
# A crash leaves its input in build-fuzz/crash-* and fails the script; keep
# it in fuzz/regressions/<harness>/ once fixed (it is replayed every run).
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DFUZZ=ON -DSANITIZE=ON \
    -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-fuzz -j "$(nproc)" >/dev/null
status=0
for f in build-fuzz/bin/fuzz_*; do
    name=$(basename "$f")
    work=build-fuzz/corpus-$name
    mkdir -p "$work" "fuzz/regressions/$name"
    case $name in
    fuzz_minutes | fuzz_text) seeds="corpus tests/data" ;;
    *) seeds="fuzz/seeds/$name" ;;
    esac
    [ -d "fuzz/seeds/$name" ] || [ "$seeds" != "fuzz/seeds/$name" ] ||
        seeds=""
    # replay regressions first: each must pass
    if [ -n "$(ls -A "fuzz/regressions/$name" 2>/dev/null)" ]; then
        "$f" "fuzz/regressions/$name"/* >/dev/null 2>&1 || {
            echo "fuzz: $name fails a regression input" >&2
            status=1
        }
    fi
    echo "fuzz: $name for ${secs}s"
    if ! ASAN_OPTIONS=detect_leaks=1 "$f" -max_total_time="$secs" \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix=build-fuzz/ "$work" $seeds \
        >"build-fuzz/$name.log" 2>&1; then
        echo "fuzz: $name FAILED, see build-fuzz/$name.log" >&2
        tail -40 "build-fuzz/$name.log" >&2
        status=1
    else
        tail -1 "build-fuzz/$name.log"
    fi
done
exit $status
