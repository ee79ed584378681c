#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# pdf.sh - throughput of the PDF reader (lib/extract/pdf.c, ocr.c):
#   1. text PDFs: pages per second over the five seeds as PDF (20 rounds);
#   2. OCR: seconds per page over the scanned fixtures;
#   3. 1,000 PDFs (copies of the seeds) read one after another with a
#      progress line every 100 files, peak RSS from /usr/bin/time -v,
#      against 100 PDFs: memory must not grow with the number of files.
# Until the indexer reads PDFs through lib/extract, this measures
# ext_read_pdf() itself (bench/pdf_bench.c). Usage: bench/pdf.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
fix=$root/tests/data/formats/pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --build "$build" -j1 --target extract core >/dev/null
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

mkdir -p "$work/many"
i=0
while [ $i -lt 1000 ]; do
    for s in $seeds; do
        cp "$s" "$work/many/$i.pdf"
        i=$((i + 1))
    done
done
for n in 100 1000; do
    echo "## $n PDFs, one process"
    ls "$work/many"/*.pdf | head -n $n | xargs /usr/bin/time -v \
        "$work/pdf_bench" 2>"$work/time.txt" >"$work/out.txt" || true
    grep -E '^[0-9]+ files,' "$work/time.txt" | tail -2
    cat "$work/out.txt"
    grep -E 'Maximum resident|Elapsed' "$work/time.txt"
done
