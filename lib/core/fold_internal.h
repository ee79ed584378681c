/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fold_internal.h - the Latin folding table shared by fold.c and
 * fold_table.c. */
#ifndef REFERAT_CORE_FOLD_INTERNAL_H
#define REFERAT_CORE_FOLD_INTERNAL_H

#include "core/fold.h"

/* Folding of U+00C0..U+024F: NUL-ended UTF-8 (empty: not a letter) and
 * whether the code point is upper case. */
#define FOLD_LATIN_FIRST 0xC0
#define FOLD_LATIN_N     (0x250 - 0xC0)
struct fold_entry {
    char f[4];
    unsigned char upper;
};
extern const struct fold_entry fold_latin[FOLD_LATIN_N];

#endif
