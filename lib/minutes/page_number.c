/* SPDX-License-Identifier: GPL-2.0-or-later */
/* page_number.c - a transcript page's number (`Side N af M` and kin): see
 * page_number.h. */
#include "minutes/page_number.h"

#include <string.h>

#include "minutes/minutes_internal.h"

#define PAGE_DIGITS    4 /* N: a page's number past 9999 is text */
#define ROMAN_MAX      8 /* `Side xxxviii` */
#define TOTAL_SATURATE 100000000u

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    size_t k;
    while (i < n && (k = mnt_space_len(s + i, n - i)) > 0)
        i += k;
    return i;
}

/* The word at s[i..n) and its length, white space after it included;
 * 0 if none (a word must be followed by white space; `Sidenr.` may run
 * into its number). */
static size_t page_word(const char *s, size_t n, size_t i,
                        enum mnt_pageno_word *w)
{
    size_t k = fold_prefix(s + i, n - i, "sidenr");
    *w = MNT_PAGENO_SIDENR;
    if (k > 0 && i + k < n && s[i + k] == '.')
        return skip_spaces(s, n, i + k + 1) - i;
    if (k == 0) {
        k = fold_prefix(s + i, n - i, "side");
        *w = MNT_PAGENO_SIDE;
    }
    if (k == 0) {
        k = fold_prefix(s + i, n - i, "page");
        *w = MNT_PAGENO_PAGE;
    }
    size_t e = k > 0 ? skip_spaces(s, n, i + k) : i;
    return e > i + k ? e - i : 0;
}

static unsigned roman_value(char c)
{
    switch (c | 0x20) {
    case 'i':
        return 1;
    case 'v':
        return 5;
    case 'x':
        return 10;
    case 'l':
        return 50;
    default:
        return 0;
    }
}

/* A roman numeral in one case at s[i..n) not followed by a letter: its
 * length and value in *v, 0 if none. */
static size_t roman(const char *s, size_t n, size_t i, unsigned *v)
{
    size_t k = 0;
    unsigned sum = 0, prev = 0;
    while (i + k < n && k <= ROMAN_MAX && roman_value(s[i + k]) > 0 &&
           (s[i + k] & 0x20) == (s[i] & 0x20))
        k++;
    if (k == 0 || k > ROMAN_MAX ||
        (i + k < n && (mnt_ascii_letter(s[i + k]) || (s[i + k] & 0x80))))
        return 0;
    for (size_t j = k; j-- > 0;) {
        unsigned d = roman_value(s[i + j]);
        sum = d < prev ? sum - d : sum + d;
        prev = d > prev ? d : prev;
    }
    *v = sum;
    return k;
}

/* M after N: `af`/`of` between spaces, or `/`, then digits. */
static void page_total(const char *s, size_t n, struct mnt_pageno *pn)
{
    size_t i = skip_spaces(s, n, pn->end), k;
    char sep = '/';
    if (i < n && s[i] == '/')
        i++;
    else if (i > pn->end && ((k = fold_prefix(s + i, n - i, "af")) > 0 ||
                             (k = fold_prefix(s + i, n - i, "of")) > 0)) {
        sep = (char)(s[i] | 0x20) == 'a' ? 'a' : 'o';
        i += k;
        if (i < n && !mnt_digit(s[i]) && mnt_space_len(s + i, n - i) == 0)
            return;
    } else
        return;
    i = skip_spaces(s, n, i);
    size_t d0 = i;
    unsigned v = 0;
    for (; i < n && mnt_digit(s[i]); i++)
        v = v < TOTAL_SATURATE ? v * 10 + (unsigned)(s[i] - '0') : v;
    if (i == d0)
        return;
    pn->sep = sep;
    pn->total = v;
    pn->total_at = d0;
    pn->total_len = i - d0;
    pn->end = i;
}

int mnt_page_number(const char *s, size_t n, size_t at, unsigned flags,
                    struct mnt_pageno *pn)
{
    memset(pn, 0, sizeof *pn);
    if (at >= n)
        return 0;
    size_t i = at + page_word(s, n, at, &pn->word);
    if (i == at) {
        if (!(flags & MNT_PAGENO_BARE))
            return 0;
        pn->word = MNT_PAGENO_NONE;
    }
    pn->page_at = i;
    size_t k = 0;
    for (; i + k < n && mnt_digit(s[i + k]); k++)
        if (k < PAGE_DIGITS)
            pn->page = pn->page * 10 + (unsigned)(s[i + k] - '0');
    if (k > PAGE_DIGITS)
        return 0;
    if (k == 0 && pn->word == MNT_PAGENO_SIDE &&
        (k = roman(s, n, i, &pn->page)) > 0)
        pn->roman = 1;
    if (k == 0)
        return 0;
    pn->page_len = k;
    pn->end = i + k;
    page_total(s, n, pn);
    return 1;
}
