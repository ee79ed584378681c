/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_pdf_lines.c - the PDF reader's own code past poppler: characters
 * with boxes and fonts (as pdf.c takes them from poppler) made into
 * reading-order lines (pdf_lines.c) and blocks (pdf_blocks.c), with the
 * hyphen rule. Input: 10-byte records, one character each; a flag starts
 * a new page. Checks: blocks are valid UTF-8 without control bytes, on an
 * existing page, headings leveled 1..6. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/hyphen.h"
#include "extract/pdf_internal.h"

#define PAGES_MAX 16
#define CHARS_MAX 4096 /* per page */

static int valid_block(const struct ext_block *b, uint32_t npages)
{
    if (b->page < 1 || b->page > npages || strlen(b->text) != b->len)
        return 0;
    if (b->kind == EXT_HEADING ? b->level < 1 || b->level > 6 : b->level != 0)
        return 0;
    for (size_t i = 0; i < b->len; i++)
        if ((unsigned char)b->text[i] < 0x20)
            return 0;
    return 1;
}

/* One record: cp (2 bytes; 0xFFxx picks a few non-ASCII letters), x, y
 * (2 bytes each, points), width, height, size (1 byte each), flags (bit 0
 * bold, bit 1 poppler line break, bit 2 new page). */
static const uint32_t letters[] = {0xE6, 0xF8,   0xE5, 0xC6, 0xA0,
                                   0x2D, 0x2022, 0x20, 0xAD, 0x1F600};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct pdf_char *c = malloc(CHARS_MAX * sizeof *c);
    struct pdf_lines ls = {0};
    struct err e = {0};
    uint32_t page = 1;
    size_t n = 0;
    if (c == NULL)
        return 0;
    for (size_t at = 0; at + 10 <= size; at += 10) {
        const uint8_t *r = data + at;
        if ((r[9] & 4) && n > 0) {
            if (pdf_page_lines(c, n, page, &ls, &e) != ERR_OK)
                __builtin_trap();
            n = 0;
            if (++page > PAGES_MAX)
                break;
        }
        if (n == CHARS_MAX)
            continue;
        uint32_t cp = (uint32_t)r[0] << 8 | r[1];
        if (cp >= 0xFF00)
            cp = letters[cp % (sizeof letters / sizeof *letters)];
        else if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = 'x';
        float x = (float)(r[2] << 8 | r[3]) / 64,
              y = (float)(r[4] << 8 | r[5]) / 64;
        c[n++] = (struct pdf_char){cp,
                                   {x, y, x + r[6] / 8.0f, y + r[7] / 8.0f},
                                   r[8] / 4.0f,
                                   (uint8_t)(r[9] & 1),
                                   (uint8_t)((r[9] >> 1) & 1)};
    }
    if (n > 0 && page <= PAGES_MAX &&
        pdf_page_lines(c, n, page, &ls, &e) != ERR_OK)
        __builtin_trap();
    struct ext_doc d;
    ext_doc_init(&d);
    uint32_t npages = page > PAGES_MAX ? PAGES_MAX : page;
    if (pdf_blocks(&ls, npages, &d, &e) == ERR_OK)
        for (size_t i = 0; i < d.nblocks; i++)
            if (!valid_block(&d.blocks[i], npages))
                __builtin_trap();
    /* the hyphen rule on the raw bytes, split in two */
    if (size > 1)
        (void)ext_hyphen_join((const char *)data, size / 2,
                              (const char *)data + size / 2, size - size / 2);
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
    free(c);
    return 0;
}
