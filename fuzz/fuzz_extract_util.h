/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_extract_util.h - what every reader's output must satisfy, whatever
 * the input: blocks of valid UTF-8 without control characters or double
 * spaces, empty only when blank, lengths that match, styles in range; a
 * dump that can be made. */
#ifndef REFERAT_FUZZ_EXTRACT_UTIL_H
#define REFERAT_FUZZ_EXTRACT_UTIL_H

#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "text/txt.h"

static inline void check_doc(const struct ext_doc *d)
{
    size_t total = 0;
    for (size_t i = 0; i < d->nblocks; i++) {
        const struct ext_block *b = &d->blocks[i];
        if (b->text == NULL || strlen(b->text) != b->len ||
            !utf8_valid(b->text, b->len))
            __builtin_trap();
        /* an empty block is a blank line (plain text's, or an HTML <ol>'s
         * entry holding no text, which keeps its number), and a blank
         * line is empty */
        if ((b->len == 0) != (b->kind == EXT_BLANK))
            __builtin_trap();
        if (b->len > 0 && (b->text[0] == ' ' || b->text[b->len - 1] == ' ' ||
                           strstr(b->text, "  ") != NULL))
            __builtin_trap();
        for (size_t k = 0; k < b->len; k++)
            if ((unsigned char)b->text[k] < 0x20)
                __builtin_trap();
        if (b->kind > EXT_BLANK || b->bold > 1 || b->row_start > 1 ||
            (b->kind == EXT_HEADING && (b->level < 1 || b->level > 6)) ||
            (b->kind != EXT_HEADING && b->level != 0) ||
            (b->row_start && b->kind != EXT_TABLE_CELL))
            __builtin_trap();
        total += b->len + 1;
    }
    if (total != d->text_bytes || total > EXT_TEXT_MAX + EXT_BLOCKS_MAX)
        __builtin_trap();
    if (d->title != NULL && !utf8_valid(d->title, strlen(d->title)))
        __builtin_trap();
    free(ext_dump(d));
}

#endif
