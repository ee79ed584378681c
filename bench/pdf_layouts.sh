#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# pdf_layouts.sh - pages per second of the real indexer on the Word-like
# layout PDFs (tests/data/layouts/pdf-*.pdf, made by
# tests/layouts/make_word_pdf.py): 1. `referat-index --parse` on each file
# (read, blocks, segmenter; no index), 2. a whole indexing run (--jobs 1)
# over COPIES copies of them. Timing only: no test depends on it.
# Usage: bench/pdf_layouts.sh [BUILD_DIR] [COPIES]   (default build, 20)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
copies=${2:-20}
bin=$build/bin/referat-index
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=$(ls "$root"/tests/data/layouts/pdf-*.pdf)
pages=0
for f in $files; do
    p=$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')
    pages=$((pages + p))
done
nfiles=$(echo "$files" | wc -l)
echo "## machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## $nfiles PDFs, $pages pages; $copies copies of each"
t0=$(date +%s.%N)
i=0
while [ $i -lt "$copies" ]; do
    for f in $files; do "$bin" --parse "$f" >/dev/null; done
    i=$((i + 1))
done
t1=$(date +%s.%N)
echo "parse (one process per file): $(echo "$pages * $copies / ($t1 - $t0)" | bc -l | cut -c1-6) pages/s"
i=0
while [ $i -lt "$copies" ]; do
    mkdir -p "$work/in/$i"
    cp $files "$work/in/$i/"
    i=$((i + 1))
done
t0=$(date +%s.%N)
"$bin" --db "$work/db" -q -j 1 "$work/in"
t1=$(date +%s.%N)
echo "index run (--jobs 1): $(echo "$pages * $copies / ($t1 - $t0)" | bc -l | cut -c1-6) pages/s, $(echo "$t1 - $t0" | bc -l | cut -c1-5) s"
