/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_page_number.c - the one reader of a transcript page's number
 * (page_number.c): `Side N af M` and its kin, read at an offset, with
 * N, M and where the footer ends; and what it must not read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "minutes/page_number.h"

#define N(a) (sizeof(a) / sizeof *(a))

static void test_page_number_shapes(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t at;
        unsigned flags;
        enum mnt_pageno_word word;
        unsigned page, total;
        int roman;
        char sep;
        size_t end; /* bytes from the start of `in` */
    } cases[] = {
        {"Side 3 af 7", 0, 0, MNT_PAGENO_SIDE, 3, 7, 0, 'a', 11},
        {"side 12", 0, 0, MNT_PAGENO_SIDE, 12, 0, 0, 0, 7},
        {"SIDE 2 AF 9", 0, 0, MNT_PAGENO_SIDE, 2, 9, 0, 'a', 11},
        {"Sidenr. 4", 0, 0, MNT_PAGENO_SIDENR, 4, 0, 0, 0, 9},
        {"Sidenr.4", 0, 0, MNT_PAGENO_SIDENR, 4, 0, 0, 0, 8},
        {"Sidenr 14", 0, 0, MNT_PAGENO_SIDENR, 14, 0, 0, 0, 9},
        {"side 5/12", 0, 0, MNT_PAGENO_SIDE, 5, 12, 0, '/', 9},
        {"Side 5 / 12", 0, 0, MNT_PAGENO_SIDE, 5, 12, 0, '/', 11},
        {"Page 3 of 8", 0, 0, MNT_PAGENO_PAGE, 3, 8, 0, 'o', 11},
        {"Side iv", 0, 0, MNT_PAGENO_SIDE, 4, 0, 1, 0, 7},
        {"Side xii af 20", 0, 0, MNT_PAGENO_SIDE, 12, 20, 1, 'a', 14},
        {"Side IX", 0, 0, MNT_PAGENO_SIDE, 9, 0, 1, 0, 7},
        /* at an offset: a footer at a flattened page's end */
        {"Godkendt. Side 4 af 9", 10, 0, MNT_PAGENO_SIDE, 4, 9, 0, 'a', 21},
        /* run into a heading: M's digits all read, the rest left */
        {"Side 4 af 97. Orientering", 0, 0, MNT_PAGENO_SIDE, 4, 97, 0, 'a', 12},
        {"Side 1 af 3Pkt. 222", 0, 0, MNT_PAGENO_SIDE, 1, 3, 0, 'a', 11},
        /* no M after a word that is not `af`: N's end */
        {"Side 3 after", 0, 0, MNT_PAGENO_SIDE, 3, 0, 0, 0, 6},
        {"Side 3 af", 0, 0, MNT_PAGENO_SIDE, 3, 0, 0, 0, 6},
        /* no word: only with MNT_PAGENO_BARE */
        {"5 / 7", 0, MNT_PAGENO_BARE, MNT_PAGENO_NONE, 5, 7, 0, '/', 5},
        {"12 af 14", 0, MNT_PAGENO_BARE, MNT_PAGENO_NONE, 12, 14, 0, 'a', 8},
        {"7", 0, MNT_PAGENO_BARE, MNT_PAGENO_NONE, 7, 0, 0, 0, 1},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_pageno pn;
        const char *s = cases[i].in;
        if (!mnt_page_number(s, strlen(s), cases[i].at, cases[i].flags, &pn))
            fail_msg("<%s>: no page number", s);
        if (pn.word != cases[i].word || pn.page != cases[i].page ||
            pn.total != cases[i].total || pn.roman != cases[i].roman ||
            pn.sep != cases[i].sep || pn.end != cases[i].end)
            fail_msg("<%s>: word %d page %u total %u roman %d sep %c end %zu",
                     s, pn.word, pn.page, pn.total, pn.roman,
                     pn.sep ? pn.sep : '-', pn.end);
    }
}

/* M's digits where they stand, for a caller that splits a footer run
 * into a heading's number (footer_glued.c). */
static void test_page_number_total_digits(void **state)
{
    (void)state;
    static const char s[] = "Side 1 af 5122. Budget";
    struct mnt_pageno pn;
    assert_true(mnt_page_number(s, strlen(s), 0, 0, &pn));
    assert_int_equal(pn.page_at, 5);
    assert_int_equal(pn.page_len, 1);
    assert_int_equal(pn.total_at, 10);
    assert_int_equal(pn.total_len, 4);
}

static void test_page_number_not(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        unsigned flags;
    } cases[] = {
        {"Siden 3", 0},               /* another word */
        {"Sider 3-5", 0},             /* pages of a report */
        {"Side3", 0},                 /* no space after the word */
        {"Side 12345", 0},            /* too many digits for a page */
        {"Side vej", 0},              /* letters after the numeral */
        {"Side idé", 0},              /* a Danish letter after it */
        {"Page iv", 0},               /* roman only after `Side` */
        {"5 / 7", 0},                 /* no word, no MNT_PAGENO_BARE */
        {"Punkt 4", MNT_PAGENO_BARE}, /* no number at the offset */
        {"", MNT_PAGENO_BARE},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_pageno pn;
        const char *s = cases[i].in;
        if (mnt_page_number(s, strlen(s), 0, cases[i].flags, &pn))
            fail_msg("<%s>: read as page %u", s, pn.page);
    }
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_number_shapes),
        cmocka_unit_test(test_page_number_total_digits),
        cmocka_unit_test(test_page_number_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
