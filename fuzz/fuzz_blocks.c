/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_blocks.c - libFuzzer: the one segmenter (mnt_parse_blocks) on
 * random blocks, as any reader (HTML, DOCX, PDF, OCR) might make them:
 * each block is four style bytes (kind, flags, size, length) and its
 * text. It must take any of them without crashing, hanging or leaking,
 * and keep its contract. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "minutes/minutes.h"
#include "text/txt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Blocks from the bytes: kind (mod 5), flags (bit 0 bold, 1 italic, 2 row
 * start, 3-5 heading level), size (quarter points), text length. */
static void make_blocks(const uint8_t *p, size_t n, struct ext_doc *d)
{
    if (n > 0)
        d->body_size = (float)(p[0] % 64) / 2, p++, n--;
    for (uint32_t page = 1; n >= 4 && d->nblocks < 4096;) {
        unsigned kind = p[0] % 5, flags = p[1], len = p[3];
        float size = (float)p[2] / 4;
        p += 4, n -= 4;
        if (len > n)
            len = (unsigned)n;
        struct ext_block *b = ext_add(d, kind, (const char *)p, len, NULL);
        p += len, n -= len;
        if (b == NULL)
            continue;
        b->bold = flags & 1;
        b->italic = (flags >> 1) & 1;
        b->row_start = (flags >> 2) & 1;
        b->line_break = (flags >> 5) & 1; /* after a <br> */
        b->level = kind == EXT_HEADING ? (uint8_t)(1 + (flags >> 3) % 6) : 0;
        b->size = size;
        page += (flags >> 6) == 3; /* now and then a new page */
        b->page = page;
        b->list_no = kind == EXT_LIST_ITEM ? (flags >> 3) % 8 : 0;
        b->conf = (flags & 0x80) ? (float)(flags % 101) : -1;
    }
}

static int utf8_or_null(const char *s)
{
    return s == NULL || utf8_valid(s, strlen(s));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ext_doc d;
    ext_doc_init(&d);
    make_blocks(data, size, &d);
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    /* every meeting of the file (several on a year's page), numbered in
     * order, none past MNT_MEETINGS_MAX */
    unsigned seq = 0;
    for (const struct mnt_meeting *x =
             mnt_parse_blocks(&d, NULL, &m, NULL) == ERR_OK ? &m : NULL;
         x != NULL; x = x->next) {
        if (x->nitems == 0 || x->confidence < 0 || x->confidence > 1 ||
            x->seq != ++seq || seq > 64)
            __builtin_trap(); /* contract: items, a confidence in 0..1 */
        for (size_t i = 0; i < x->nitems; i++) {
            const struct mnt_item *it = &x->items[i];
            if (it->label == NULL || it->body == NULL ||
                !utf8_or_null(it->title) || !utf8_or_null(it->body) ||
                it->first_line > it->last_line ||
                (it->closed && it->body[0] != '\0'))
                __builtin_trap();
        }
    }
    mnt_meeting_fini(&m);
    char *dump = ext_dump(&d);
    free(dump);
    ext_doc_fini(&d);
    return 0;
}
