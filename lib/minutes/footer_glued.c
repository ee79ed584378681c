/* SPDX-License-Identifier: GPL-2.0-or-later */
/* footer_glued.c - a page footer `Side N af M` a transcript ran into the
 * next page's first line, an item's heading: `Side 4 af 97. Orientering`
 * is page 4 of 9 and item 7. A template that opens every item on a new
 * page prints it so on every page but the first; the heading is lost
 * unless the footer is cut off the line's start. */
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"
#include "minutes/page_number.h"

#define MAX_GLUED 64

/* `Side N af D` at the start of s: N in *page, the digits D at *d0 (*dn
 * of them); 0 if s opens otherwise. */
static int footer_digits(const char *s, size_t n, unsigned *page, size_t *d0,
                         size_t *dn)
{
    struct mnt_pageno pn;
    if (!mnt_page_number(s, n, 0, 0, &pn) || pn.word != MNT_PAGENO_SIDE ||
        pn.roman || pn.sep != 'a')
        return 0;
    *page = pn.page;
    *d0 = pn.total_at;
    *dn = pn.total_len;
    return *dn <= 7;
}

/* The number a line's heading opens with after the footer's digits: D's
 * digits from `from` on, then a full stop and a space or the line's end
 * (`97. Orientering`: from 1, 7), or with no full stop a space and a
 * capital or a status in brackets (`42  Status …`, `52 (Åben) …`: *bare
 * set); -1 if none. */
static long heading_no(const char *s, size_t n, size_t d0, size_t dn,
                       size_t from, int *bare)
{
    size_t e = d0 + dn, sp = 0;
    if (from == 0 || from >= dn || s[d0 + from] == '0' || e >= n)
        return -1;
    long v = 0;
    for (size_t i = d0 + from; i < e; i++)
        v = v * 10 + (s[i] - '0');
    *bare = s[e] != '.';
    if (!*bare)
        return e + 1 == n || mnt_space_len(s + e + 1, n - e - 1) ? v : -1;
    while (e < n && (sp = mnt_space_len(s + e, n - e)) > 0)
        e += sp;
    if (e == d0 + dn || e >= n)
        return -1;
    uint32_t cp = 0;
    utf8_decode(s + e, n - e, &cp);
    return s[e] == '(' || (fold_is_letter(cp) && !fold_is_lower(cp)) ? v : -1;
}

/* The pages' count, M, that a footer on a line of its own prints
 * (`Side 2 af 9`), 0 if none does. */
static unsigned footer_total(const struct mnt_doc *d)
{
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        unsigned page;
        size_t d0, dn;
        if (l->kind == MNT_LINE_FOOTER &&
            footer_digits(l->s, l->len, &page, &d0, &dn) && d0 + dn == l->len)
            return (unsigned)strtoul(l->s + d0, NULL, 10);
    }
    return 0;
}

/* How many of D's digits are the pages' count, the same for every glued
 * line: the count a footer of its own prints, else the fewest digits
 * that leave a count no smaller than any page's number and headings
 * numbered on in the lines' order (`Side 1 af 5122.`, `Side 2 af 5123.`:
 * 5 pages, items 122 and 123, not 51 pages); 0 if none. */
static size_t total_len(const struct mnt_doc *d, const size_t *at, size_t n,
                        const size_t *d0, const size_t *dn,
                        const unsigned *page)
{
    unsigned known = footer_total(d);
    for (size_t plen = 1; plen < dn[0]; plen++) {
        unsigned total = 0;
        for (size_t k = 0; k < plen; k++)
            total = total * 10 + (unsigned)(d->lines[at[0]].s[d0[0] + k] - '0');
        int ok = known == 0 || total == known;
        long last = 0;
        int bare = 0;
        for (size_t g = 0; ok && g < n; g++) {
            const char *s = d->lines[at[g]].s;
            long no =
                heading_no(s, d->lines[at[g]].len, d0[g], dn[g], plen, &bare);
            /* a number with no full stop heads only as one of a run */
            ok = no > last && page[g] <= total && (!bare || n >= 2) &&
                 memcmp(s + d0[g], d->lines[at[0]].s + d0[0], plen) == 0;
            last = no;
        }
        if (ok)
            return plen;
    }
    return 0;
}

void mnt_unglue_footers(struct mnt_doc *d)
{
    size_t at[MAX_GLUED], d0[MAX_GLUED], dn[MAX_GLUED], n = 0;
    unsigned page[MAX_GLUED];
    for (size_t i = 0; i < d->nlines && n < MAX_GLUED; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind == MNT_LINE_TEXT &&
            footer_digits(l->s, l->len, &page[n], &d0[n], &dn[n]) &&
            dn[n] >= 2 && d0[n] + dn[n] < l->len)
            at[n++] = i;
    }
    size_t plen = n ? total_len(d, at, n, d0, dn, page) : 0;
    for (size_t g = 0; plen > 0 && g < n; g++) {
        struct mnt_line *l = &d->lines[at[g]];
        l->s += d0[g] + plen;
        l->len -= d0[g] + plen;
    }
}
