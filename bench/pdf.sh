#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# pdf.sh - throughput of PDF reading:
#   1. the reader alone (lib/extract/pdf.c through bench/pdf_bench.c):
#      text PDFs, pages per second over the five seeds as PDF (20 rounds);
#   2. the reader alone: OCR seconds per page over the scanned fixtures;
#   3. the real indexer (referat-index, PDFs read in-process) on 100 and
#      on 1,000 PDFs (copies of the seeds, 10,800 pages): its progress line
#      (under a pseudo-terminal, as a user sees it), pages per second of
#      the parse phase and of the whole run, peak RSS from /usr/bin/time -v:
#      memory must not grow with the number of files;
#   4. the real indexer on the scans (--jobs 1): OCR seconds per page.
# Usage: bench/pdf.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
fix=$root/tests/data/formats/pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --build "$build" -j1 --target extract core referat-index >/dev/null
cc -O2 -I"$root/lib" "$root/bench/pdf_bench.c" \
    "$build/lib/extract/libextract.a" "$build/lib/core/libcore.a" \
    $(pkg-config --libs poppler-glib tesseract lept libxml-2.0 libzip) \
    -fopenmp -lm -o "$work/pdf_bench"

seeds=$(ls "$fix"/*.pdf | grep -v -e '-scan\.pdf$' -e encrypted -e two-col \
    -e hyphen)
echo "## machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## text PDFs: the five seeds, 20 rounds"
set --
for r in $(seq 20); do set -- "$@" $seeds; done
"$work/pdf_bench" "$@"

echo "## OCR: the scanned fixtures (300 dpi, tesseract dan)"
/usr/bin/time -v "$work/pdf_bench" "$fix"/*-scan.pdf 2>"$work/time.txt"
grep -E 'Maximum resident' "$work/time.txt"

# pages of the seeds: 200 copies of each make the 1,000 files
seed_pages=0
for f in $seeds; do
    seed_pages=$((seed_pages + $(pdfinfo "$f" | sed -n 's/^Pages: *//p')))
done
index=$build/bin/referat-index
for n in 100 1000; do
    rm -rf "$work/many" "$work/db"
    mkdir -p "$work/many"
    i=0
    while [ $i -lt $n ]; do
        for s in $seeds; do
            cp "$s" "$work/many/$i.pdf"
            i=$((i + 1))
        done
    done
    pages=$((seed_pages * n / 5))
    echo "## referat-index on $n PDFs ($pages pages), 2 jobs"
    # a pseudo-terminal, so the indexer draws its progress line
    script -qec "/usr/bin/time -v -o '$work/time.txt' '$index' -v --jobs 2 \
        --db '$work/db' '$work/many'" "$work/tty.log" >/dev/null
    tr '\r' '\n' <"$work/tty.log" | grep -a -E '^.\[K(reading|indexing)' |
        sed 's/^.\[K//' >"$work/progress.txt" || true
    echo "progress lines drawn: $(wc -l <"$work/progress.txt"), e.g.:"
    sed -n '1p;$p' "$work/progress.txt"
    tr '\r' '\n' <"$work/tty.log" | sed 's/^.\[K//' |
        grep -a -E '^rebuilt|generation [0-9]+: read'
    parse=$(tr '\r' '\n' <"$work/tty.log" |
        sed -n 's/.*read and parsed by \([0-9.]*\) s.*/\1/p' | head -1)
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' \
        "$work/time.txt")
    echo "pages/s: parse phase $(echo "$pages / $parse" | bc) (${parse} s)"
    echo "wall $wall; $(grep -E 'Maximum resident' "$work/time.txt")"
done

echo "## referat-index on the scans, --jobs 1 (OCR)"
rm -rf "$work/scans" "$work/db"
mkdir -p "$work/scans"
cp "$fix"/*-scan.pdf "$work/scans/"
pages=0
for f in "$work/scans"/*.pdf; do
    pages=$((pages + $(pdfinfo "$f" | sed -n 's/^Pages: *//p')))
done
t0=$(date +%s.%N)
/usr/bin/time -v -o "$work/time.txt" "$index" --jobs 1 --db "$work/db" \
    "$work/scans" 2>&1 | tail -1
t1=$(date +%s.%N)
echo "OCR: $pages pages, $(echo "($t1 - $t0) / $pages" | bc -l |
    cut -c1-4) s/page through the indexer"
grep -E 'Maximum resident' "$work/time.txt"
