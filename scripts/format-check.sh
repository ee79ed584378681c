#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# format-check.sh - fail if a tracked C/C++ file is not clang-format clean
# (.clang-format; clang-format 14). Fix with: clang-format -i FILE...
set -eu
cd "$(dirname "$0")/.."
files=$(git ls-files '*.c' '*.h' '*.cc' '*.hh')
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files
echo "format-check: $(echo "$files" | wc -l) files clean"
