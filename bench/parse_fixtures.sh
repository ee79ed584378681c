#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# parse_fixtures.sh - seconds the segmenter takes over every layout fixture
# (tests/data/layouts: text, HTML, DOCX, PDF), `referat-index --parse` on
# each file, ROUNDS rounds; with two build dirs the rounds alternate
# between them, so a busy machine slows both alike (a rule's cost: build
# the commit before it into another dir). Timing only: no test depends
# on it.
# Usage: bench/parse_fixtures.sh [BUILD_DIR [OTHER_BUILD_DIR]] [ROUNDS=3]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
a=${1:-$root/build}
b=${2:-}
rounds=${3:-3}
files=""
for f in "$root"/tests/data/layouts/*; do
    case $f in *.json | *.md | */src) continue ;; esac
    files="$files$f
"
done
files=${files%?} # the last newline
echo "## machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## $(echo "$files" | wc -l) fixtures, $rounds rounds"
one() { # build dir -> seconds for one pass
    t0=$(date +%s.%N)
    for f in $files; do "$1/bin/referat-index" --parse "$f" >/dev/null 2>&1 || true; done
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc
}
ta=0 tb=0 i=0
while [ $i -lt "$rounds" ]; do
    ta=$(echo "$ta + $(one "$a")" | bc)
    [ -n "$b" ] && tb=$(echo "$tb + $(one "$b")" | bc)
    i=$((i + 1))
done
echo "$a: $(echo "scale=3; $ta / $rounds" | bc) s a pass"
[ -n "$b" ] && echo "$b: $(echo "scale=3; $tb / $rounds" | bc) s a pass"
exit 0
