/* SPDX-License-Identifier: GPL-2.0-or-later */
/* page_number.h - a transcript page's number as its footer or head prints
 * it: `Side N af M`, `Side N`, `Sidenr. N`, `side N/M`, `Page N of M`,
 * a roman `Side iv`, and with MNT_PAGENO_BARE a number with no word
 * (`N / M`, `N af M`, `N`). One reader for the places that look for
 * page furniture (lines.c, footer_glued.c, council_footer.c,
 * item_closed.c), each then asking for the shapes it trusts. */
#ifndef REFERAT_MINUTES_PAGE_NUMBER_H
#define REFERAT_MINUTES_PAGE_NUMBER_H

#include <stddef.h>

/* The word before the number. */
enum mnt_pageno_word {
    MNT_PAGENO_NONE,   /* no word (MNT_PAGENO_BARE) */
    MNT_PAGENO_SIDE,   /* `Side`, any case */
    MNT_PAGENO_SIDENR, /* `Sidenr.`, `Sidenr` */
    MNT_PAGENO_PAGE    /* `Page` */
};

#define MNT_PAGENO_BARE 1 /* a number with no word before it is one too */

struct mnt_pageno {
    enum mnt_pageno_word word;
    unsigned page;    /* N: its digits' or roman numeral's value */
    int roman;        /* N a roman numeral (`Side iv`) */
    size_t page_at;   /* N's first byte */
    size_t page_len;  /* N's bytes */
    char sep;         /* before M: 'a' `af`, 'o' `of`, '/', 0 if no M */
    unsigned total;   /* M, 0 if none */
    size_t total_at;  /* M's first digit */
    size_t total_len; /* M's digits, 0 if none */
    size_t end;       /* just past the last digit (or numeral) read */
};

/* Read a page's number at s[at..n): the word (`Side`, `Sidenr.`, `Page`;
 * with MNT_PAGENO_BARE none), white space, N (one to four digits, or a
 * roman numeral after `Side`), then optionally `af`/`of` between spaces
 * or `/` and M's digits (M's digits all read: a footer run into a
 * heading's number, `Side 4 af 97.`, leaves the caller to split them).
 * Returns 1 and fills *pn, or 0 if s does not open so at `at`. What
 * follows the footer is the caller's to judge. */
int mnt_page_number(const char *s, size_t n, size_t at, unsigned flags,
                    struct mnt_pageno *pn);

#endif
