/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ocr_rules.c - a table's rules erased from a page image before OCR.
 * Word templates draw each item's heading as a bordered table (`5` |
 * title | `Lukket sag`); tesseract reads the borders as `|` and `I`,
 * runs the cells together and loses the number beside a rule ("I |
 * Godkendelse", a title with no number). A rule is no text: thin
 * horizontal runs of dark pixels an inch long or more, and the vertical
 * runs that meet them (a cell's sides), are painted white. No cairo or
 * tesseract here, so tests feed it made-up images. */
#include <stdlib.h>

#include "extract/pdf_internal.h"

/* The pixel at x, y of a 4-byte-per-pixel image: dark when its three
 * colour bytes average under half (the channel order does not matter). */
static unsigned char *px_at(unsigned char *px, size_t stride, size_t x,
                            size_t y)
{
    return px + y * stride + x * 4;
}

static int dark(const unsigned char *p)
{
    return p[0] + p[1] + p[2] < 3 * 128;
}

/* How thick the dark run through (x, y) is, up and down, at most lim + 1. */
static size_t thickness(unsigned char *px, size_t h, size_t stride, size_t x,
                        size_t y, size_t lim)
{
    size_t n = 1;
    for (size_t k = y; k > 0 && n <= lim && dark(px_at(px, stride, x, k - 1));
         k--)
        n++;
    for (size_t k = y + 1; k < h && n <= lim && dark(px_at(px, stride, x, k));
         k++)
        n++;
    return n;
}

int pdf_ocr_erase_rules(unsigned char *px, size_t w, size_t h, size_t stride,
                        double dpi)
{
    size_t hmin = (size_t)dpi;            /* an inch along */
    size_t vmin = (size_t)(dpi * 0.12);   /* a cell's side */
    size_t thin = (size_t)(dpi / 50) + 1; /* a rule's thickness: 0.5 mm */
    if (w == 0 || h == 0 || hmin < 8 || stride < w * 4)
        return ERR_OK;
    unsigned char *rule = calloc(w * h, 1);
    if (rule == NULL)
        return ERR_NOMEM;
    for (size_t y = 0; y < h; y++)
        for (size_t x = 0; x < w;) {
            if (!dark(px_at(px, stride, x, y))) {
                x++;
                continue;
            }
            size_t e = x;
            while (e < w && dark(px_at(px, stride, e, y)))
                e++;
            /* thin where it is long: a rule, not a filled box */
            if (e - x >= hmin &&
                thickness(px, h, stride, (x + e) / 2, y, thin) <= thin)
                for (size_t k = x; k < e; k++)
                    rule[y * w + k] = 1;
            x = e;
        }
    for (size_t x = 0; x < w; x++)
        for (size_t y = 0; y < h;) {
            if (!dark(px_at(px, stride, x, y))) {
                y++;
                continue;
            }
            size_t e = y;
            while (e < h && dark(px_at(px, stride, x, e)))
                e++;
            /* a side meets a rule at its top or bottom */
            if (e - y >= vmin && (rule[y * w + x] || rule[(e - 1) * w + x]))
                for (size_t k = y; k < e; k++)
                    rule[k * w + x] = 2;
            y = e;
        }
    for (size_t y = 0; y < h; y++)
        for (size_t x = 0; x < w; x++)
            if (rule[y * w + x]) {
                unsigned char *p = px_at(px, stride, x, y);
                p[0] = p[1] = p[2] = 255;
            }
    free(rule);
    return ERR_OK;
}
