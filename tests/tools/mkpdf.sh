#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# mkpdf.sh - rebuild the PDF fixtures of tests/data/formats/pdf/ from the
# shipped seeds (corpus/*.txt). Needs a C compiler and cairo's headers;
# CI does not run it: the PDFs are committed. Heading lines per seed come
# from `referat-index --dump` (first item line whose text holds the title).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/tests/data/formats/pdf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -o "$tmp/mkpdf" \
    "$root/tests/tools/mkpdf.c" $(pkg-config --cflags --libs cairo)
mkdir -p "$out"
while IFS='	' read -r seed name date heads; do
    case $seed in '#'* | '') continue ;; esac
    "$tmp/mkpdf" seed "$root/corpus/$seed.txt" "$out/$seed.pdf" \
        "$name" "$date" "$heads"
done < "$root/tests/tools/seeds.tsv"
for s in fredericia-udsatteraad-2022-08-24 \
    odense-raadet-for-socialt-udsatte-2017-11-30; do
    grep "^$s	" "$root/tests/tools/seeds.tsv" | {
        IFS='	' read -r seed name date heads
        "$tmp/mkpdf" scan "$root/corpus/$seed.txt" "$out/$seed-scan.pdf" \
            "$name" "$date" "$heads" 200
    }
done
"$tmp/mkpdf" twocol "$out/two-columns.pdf"
"$tmp/mkpdf" hyphen "$out/hyphen-pages.pdf" "$out/hyphen-pages-scan.pdf" \
    "$out/hyphen-pages-mixed.pdf"
"$tmp/mkpdf" encrypted "$out/encrypted.pdf"
ls -l "$out"
