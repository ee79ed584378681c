/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ocr_rules.c - a table's rules erased from a page image before OCR.
 * Word templates draw each item's heading as a bordered table (`5` |
 * title | `Lukket sag`); tesseract reads the borders as `|` and `I`,
 * runs the cells together and loses the number beside a rule ("I |
 * Godkendelse", a title with no number). A rule is no text: thin
 * horizontal runs of dark pixels an inch long or more, and the vertical
 * runs that meet them (a cell's sides), are painted white. No cairo or
 * tesseract here, so tests feed it made-up images.
 * Specks go too (pdf_ocr_despeckle): a scanner's dust is no text. */
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

/* Whether the box x0..x1 x y0..y1 (inclusive, inside the image) has no
 * dark pixel on its border. */
static int light_ring(unsigned char *px, size_t stride, size_t x0, size_t y0,
                      size_t x1, size_t y1)
{
    for (size_t x = x0; x <= x1; x++)
        if (dark(px_at(px, stride, x, y0)) || dark(px_at(px, stride, x, y1)))
            return 0;
    for (size_t y = y0 + 1; y < y1; y++)
        if (dark(px_at(px, stride, x0, y)) || dark(px_at(px, stride, x1, y)))
            return 0;
    return 1;
}

/* A scan's dust: tesseract reads a page of specks as words of their own
 * (`EE`, `FEE`, `KE`) around every line, so headings and titles carry
 * them. A dark blot that fits in a square of 0.25 mm with white all
 * round it is painted white; a full stop of 8 pt type is wider (0.3 mm),
 * so no mark of text is so small. */
void pdf_ocr_despeckle(unsigned char *px, size_t w, size_t h, size_t stride,
                       double dpi)
{
    size_t s = (size_t)(dpi / 100); /* 0.25 mm */
    if (s < 1 || w < s + 2 || h < s + 2 || stride < w * 4)
        return;
    for (size_t y = 1; y + s < h; y++)
        for (size_t x = 1; x + s < w; x++) {
            if (!dark(px_at(px, stride, x, y)))
                continue;
            /* every s x s box holding (x, y) whose ring is inside */
            for (size_t j = 0; j < s && j < y; j++)
                for (size_t i = 0; i < s && i < x; i++) {
                    size_t bx = x - i, by = y - j;
                    if (bx + s >= w || by + s >= h ||
                        !light_ring(px, stride, bx - 1, by - 1, bx + s, by + s))
                        continue;
                    for (size_t k = by; k < by + s; k++)
                        for (size_t l = bx; l < bx + s; l++) {
                            unsigned char *p = px_at(px, stride, l, k);
                            p[0] = p[1] = p[2] = 255;
                        }
                    i = j = s; /* cleared: the next pixel */
                }
        }
}
