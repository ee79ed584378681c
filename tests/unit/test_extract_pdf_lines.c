/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_extract_pdf_lines.c - lib/extract's PDF line builder (pdf_lines.c,
 * pdf_page_lines()) on made-up characters: two columns poppler ran into
 * one line a row, a field table's rows, numbered rows, cells apart, a
 * row's pieces kept in place. Split from test_extract_pdf_blocks.c. No PDF
 * files needed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "extract/extract.h"
#include "extract/pdf_internal.h"

/* Characters of two columns that poppler ran into one line per row. */
static void test_page_lines_columns(void **state)
{
    (void)state;
    static const char *const left[] = {"aaaa aaaa aaaa", "bbbb bbbb bbbb",
                                       "cccc cccc cccc", "dddd dddd dddd"};
    static const char *const right[] = {"wwww wwww wwww", "xxxx xxxx xxxx",
                                        "yyyy yyyy yyyy", "zzzz zzzz zzzz"};
    struct pdf_char c[256];
    size_t n = 0;
    for (int row = 0; row < 4; row++)
        for (int side = 0; side < 2; side++) {
            const char *s = side ? right[row] : left[row];
            float x = side ? 320 : 72;
            for (size_t k = 0; s[k]; k++, x += 12) {
                c[n] = (struct pdf_char){
                    (uint32_t)s[k],
                    {x, 100.0f + row * 15, x + 11, 112.0f + row * 15},
                    12,
                    0,
                    (uint8_t)(side == 0 && k == 0)};
                n++;
            }
        }
    struct pdf_lines ls = {0};
    struct err e = {0};
    assert_int_equal(pdf_page_lines(c, n, 1, &ls, &e), ERR_OK);
    assert_int_equal(ls.n, 8);
    for (int i = 0; i < 4; i++) {
        assert_string_equal(ls.v[i].text, left[i]);
        assert_int_equal(ls.v[i].col, 0);
        assert_string_equal(ls.v[4 + i].text, right[i]);
        assert_int_equal(ls.v[4 + i].col, 1);
    }
    pdf_lines_fini(&ls);
}

/* Characters of a row as poppler may give them: one line (a break only
 * before the first), `s` from x on, 6 pt a character. */
static void add_run(struct pdf_char *c, size_t *n, const char *s, float x,
                    float y, int brk)
{
    for (size_t k = 0; s[k]; k++, x += 6)
        c[(*n)++] = (struct pdf_char){(uint32_t)s[k],
                                      {x, y, x + 6, y + 11},
                                      11,
                                      0,
                                      (uint8_t)(brk && k == 0)};
}

static void add_text(struct pdf_char *c, size_t *n, const char *s, float x,
                     float y)
{
    add_run(c, n, s, x, y, 1);
}

/* A field table as poppler gives its first rows: every label, then the
 * title under the table, then every value, each piece a line of its own.
 * Body lines across the page above it: one column. The rows come back
 * whole, label before value, and the title after them. */
static void test_page_lines_field_rows(void **state)
{
    (void)state;
    struct pdf_char c[512];
    size_t n = 0;
    for (int row = 0; row < 3; row++)
        add_text(c, &n,
                 "Body text that runs from the left margin to the right one",
                 72, 20.0f + 13 * row);
    add_text(c, &n, "Sagsnr.:", 72, 100);
    add_text(c, &n, "Dato:", 72, 115);
    add_text(c, &n, "Meddelelser", 72, 140);
    add_text(c, &n, "17/10112", 250, 100);
    add_text(c, &n, "14.09.2017", 250, 115);
    struct pdf_lines ls = {0};
    struct err e = {0};
    assert_int_equal(pdf_page_lines(c, n, 1, &ls, &e), ERR_OK);
    assert_int_equal(ls.n, 6);
    assert_string_equal(ls.v[3].text, "Sagsnr.: 17/10112");
    assert_string_equal(ls.v[4].text, "Dato: 14.09.2017");
    assert_string_equal(ls.v[5].text, "Meddelelser");
    pdf_lines_fini(&ls);
}

/* Word's numbering: the number, a tab, the text; poppler gives every
 * number of the list first, then every text. Each row comes back whole. A
 * row whose left piece is no number or label keeps its pieces apart. */
static void test_page_lines_numbered_rows(void **state)
{
    (void)state;
    struct pdf_char c[512];
    size_t n = 0;
    for (int row = 0; row < 3; row++)
        add_text(c, &n,
                 "Body text that runs from the left margin to the right one",
                 72, 20.0f + 13 * row);
    add_text(c, &n, "1.", 72, 100);
    add_text(c, &n, "2.", 72, 115);
    add_text(c, &n, "(3)", 72, 130);
    add_text(c, &n, "Aaben", 72, 145);
    add_text(c, &n, "Godkendelse", 108, 100);
    add_text(c, &n, "Eventuelt", 108, 115);
    add_text(c, &n, "Budget", 108, 130);
    add_text(c, &n, "Lokalplan", 108, 145);
    struct pdf_lines ls = {0};
    struct err e = {0};
    assert_int_equal(pdf_page_lines(c, n, 1, &ls, &e), ERR_OK);
    assert_int_equal(ls.n, 8);
    assert_string_equal(ls.v[3].text, "1. Godkendelse");
    assert_string_equal(ls.v[4].text, "2. Eventuelt");
    assert_string_equal(ls.v[5].text, "(3) Budget");
    assert_string_equal(ls.v[6].text, "Aaben");
    assert_string_equal(ls.v[7].text, "Lokalplan");
    pdf_lines_fini(&ls);
}

/* Two table cells that poppler ran into one word ("24-031Åben"): a gap of
 * more than an em with no blank in it parts them; a word space and
 * letters set close stay one line. */
static void test_page_lines_cells_apart(void **state)
{
    (void)state;
    struct pdf_char c[256];
    size_t n = 0;
    add_run(c, &n, "Sagsnr. 24-031", 300, 100, 1);
    add_run(c, &n, "Aaben", 420, 100, 0);
    add_run(c, &n, "Birgit Sand", 72, 115, 1);
    add_run(c, &n, "Lise Vang", 250, 115, 0);
    add_run(c, &n, "tight", 72, 130, 1);
    add_run(c, &n, "er", 103, 130, 0); /* 1 pt apart: kerning */
    add_run(c, &n, "wide", 72, 145, 1);
    add_run(c, &n, " words", 96, 145, 0); /* a blank in the gap */
    struct pdf_lines ls = {0};
    struct err e = {0};
    assert_int_equal(pdf_page_lines(c, n, 1, &ls, &e), ERR_OK);
    assert_int_equal(ls.n, 6);
    assert_string_equal(ls.v[0].text, "Sagsnr. 24-031");
    assert_string_equal(ls.v[1].text, "Aaben");
    assert_string_equal(ls.v[2].text, "Birgit Sand");
    assert_string_equal(ls.v[3].text, "Lise Vang");
    assert_string_equal(ls.v[4].text, "tighter");
    assert_string_equal(ls.v[5].text, "wide words");
    pdf_lines_fini(&ls);
}

/* Heading tables (`5` | title | `Lukket sag`) as poppler orders them:
 * the right-hand cells of the tables down the page in one flow of their
 * own, so a status or case number comes under the item before its own
 * (`24-412`) or after the page's last line (`Lukket sag`). Each comes
 * back after the pieces left of it on its row, and after a title wrapped
 * in its cell (`Groenningen`), which already comes first. */
static void test_page_lines_row_pieces_in_place(void **state)
{
    (void)state;
    struct pdf_char c[512];
    size_t n = 0;
    add_text(c, &n, "Godkendelse", 72, 100);
    add_text(c, &n, "24-031", 400, 100);
    add_text(c, &n, "24-412", 400, 200);
    add_text(c, &n, "Beslutning", 72, 130);
    add_text(c, &n, "Godkendt.", 72, 143);
    add_text(c, &n, "Regnskab", 72, 200);
    add_text(c, &n, "Sagsfremstilling", 72, 230);
    add_text(c, &n, "2 Forslag til", 72, 300);
    add_text(c, &n, "Groenningen", 84, 313);
    add_text(c, &n, "Aaben sag", 400, 300);
    add_text(c, &n, "Resume", 72, 340);
    add_text(c, &n, "5", 72, 400);
    add_text(c, &n, "Salg af grund", 100, 400);
    add_text(c, &n, "Beslutning", 72, 430);
    add_text(c, &n, "Godkendt.", 72, 443);
    add_text(c, &n, "Lukket sag", 400, 400);
    static const char *const want[] = {
        "Godkendelse", "24-031",     "Beslutning",       "Godkendt.",
        "Regnskab",    "24-412",     "Sagsfremstilling", "2 Forslag til",
        "Groenningen", "Aaben sag",  "Resume",           "5 Salg af grund",
        "Lukket sag",  "Beslutning", "Godkendt."};
    struct pdf_lines ls = {0};
    struct err e = {0};
    assert_int_equal(pdf_page_lines(c, n, 1, &ls, &e), ERR_OK);
    assert_int_equal(ls.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < ls.n; i++)
        assert_string_equal(ls.v[i].text, want[i]);
    pdf_lines_fini(&ls);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_lines_columns),
        cmocka_unit_test(test_page_lines_field_rows),
        cmocka_unit_test(test_page_lines_numbered_rows),
        cmocka_unit_test(test_page_lines_cells_apart),
        cmocka_unit_test(test_page_lines_row_pieces_in_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
