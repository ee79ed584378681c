/* SPDX-License-Identifier: GPL-2.0-or-later */
/* text_columns.c - plain text laid out in two columns (pdftotext -layout
 * of a two-column page: each line holds a piece of the left column, a
 * wide gap and a piece of the right one) read column by column, the left
 * column's lines first, each piece keeping its source line. A run of
 * lines is two columns only when many of them have prose on both sides
 * of one gutter that no line crosses, so aligned "Label:   value" fields,
 * a page number beside a contents entry and a heading's "Åben sag" far
 * right stay lines. */
#include <stdlib.h>
#include <string.h>

#include "extract/readers_internal.h"

#define COL_MIN   30u /* the right column starts this far right or more */
#define GAP_MIN   3u  /* spaces between the columns */
#define SIDED_MIN 5u  /* lines with text on both sides in a run */
#define SIDE_AVG  12u /* characters of each side on average */
#define WIDTH_MAX 400u

/* Byte offset of character column c in s[0..n), or n if the line is
 * shorter. */
static size_t byte_at(const char *s, size_t n, size_t c)
{
    size_t i = 0;
    while (i < n && c > 0) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        c--;
    }
    return i;
}

/* Is the gutter before column r clear in s[0..n) - the GAP_MIN - 1
 * characters before it blanks or past the line's end - and no tab? */
static int clear_at(const char *s, size_t n, size_t r)
{
    if (memchr(s, '\t', n) != NULL)
        return 0;
    size_t b = byte_at(s, n, r - (GAP_MIN - 1));
    for (size_t k = b; k < n && k < b + GAP_MIN - 1; k++)
        if (s[k] != ' ')
            return 0;
    return 1;
}

/* Characters of non-blank text of s[0..n) (trimmed length). */
static size_t text_chars(const char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    size_t i = 0, c = 0;
    while (i < n && s[i] == ' ')
        i++;
    for (; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* The column the most lines start a piece of text at after a gap of
 * GAP_MIN blanks or more (or the line's indent), COL_MIN or further
 * right; 0 if fewer than SIDED_MIN + 1 lines do. */
static size_t gutter(const struct ext_span *v, size_t n)
{
    unsigned *count = calloc(WIDTH_MAX, sizeof *count);
    if (count == NULL)
        return 0;
    for (size_t i = 0; i < n; i++) {
        size_t col = 0, blanks = 0;
        for (size_t k = 0; k < v[i].len && col < WIDTH_MAX; k++) {
            unsigned char ch = (unsigned char)v[i].s[k];
            if ((ch & 0xC0) == 0x80)
                continue;
            if (ch == ' ') {
                blanks++;
            } else {
                /* after a gap, or the right column alone on its line */
                if (blanks >= GAP_MIN && col >= COL_MIN)
                    count[col]++;
                blanks = 0;
            }
            col++;
        }
    }
    size_t best = 0;
    for (size_t c = COL_MIN; c < WIDTH_MAX; c++)
        if (count[c] > count[best])
            best = c;
    size_t r = count[best] > SIDED_MIN ? best : 0;
    free(count);
    return r;
}

/* Does the run of lines [a, b) read as two columns at r? */
static int two_columns(const struct ext_span *v, size_t a, size_t b, size_t r)
{
    size_t sided = 0, lines = 0, left = 0, right = 0;
    for (size_t i = a; i < b; i++) {
        size_t cut = byte_at(v[i].s, v[i].len, r);
        size_t l = text_chars(v[i].s, cut);
        size_t rt = text_chars(v[i].s + cut, v[i].len - cut);
        lines += l + rt > 0;
        if (l > 0 && rt > 0)
            sided++, left += l, right += rt;
    }
    return sided >= SIDED_MIN && 3 * sided >= lines &&
           left >= SIDE_AVG * sided && right >= SIDE_AVG * sided;
}

size_t ext_text_columns(const struct ext_span *v, size_t n,
                        struct ext_span *out)
{
    size_t r = gutter(v, n), k = 0;
    for (size_t i = 0; i < n;) {
        size_t b = i;
        while (r > 0 && b < n && clear_at(v[b].s, v[b].len, r))
            b++;
        if (b == i) {
            out[k++] = v[i++];
            continue;
        }
        if (!two_columns(v, i, b, r)) {
            while (i < b)
                out[k++] = v[i++];
            continue;
        }
        for (int side = 0; side < 2; side++)
            for (size_t j = i; j < b; j++) {
                size_t cut = byte_at(v[j].s, v[j].len, r);
                out[k] = v[j];
                if (side == 0)
                    out[k].len = cut;
                else
                    out[k].s += cut, out[k].len -= cut;
                k++;
            }
        i = b;
    }
    return k;
}
