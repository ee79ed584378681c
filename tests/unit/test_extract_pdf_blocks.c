/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_extract_pdf_blocks.c - lib/extract's PDF line and block builder
 * (pdf_blocks.c) on made-up lines: running headers and footers, OCR
 * heading wraps, paragraphs; OCR's rules (ocr_rules.c); a hostile page;
 * and the one hyphen rule (hyphen.c). A page's characters to lines
 * (pdf_lines.c): test_extract_pdf_lines.c. No PDF files needed. */
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
#include "extract/hyphen.h"
#include "extract/pdf_internal.h"

static void test_hyphen_rule(void **state)
{
    (void)state;
    static const struct {
        const char *left, *right;
        enum ext_hyphen want;
    } cases[] = {
        {"en frivillig ind-", "sats fra", EXT_HYPHEN_DROP},
        {"Social-", "og Sundhedsudvalget", EXT_HYPHEN_SPACE},
        {"Kultur-", "eller Idræt", EXT_HYPHEN_SPACE},
        {"som Region-", "Midtjylland", EXT_HYPHEN_KEEP},
        {"COVID-", "19", EXT_HYPHEN_KEEP},
        {"Sundheds-", ", Ældre", EXT_HYPHEN_KEEP},
        {"se https://kommune.dk/social-", "og-sundhed", EXT_HYPHEN_KEEP},
        {"tæt på å-", "åen", EXT_HYPHEN_DROP},
        {"det er den -", "sidste", EXT_HYPHEN_NONE},
        {"to --", "x", EXT_HYPHEN_NONE},
        {"ingen bindestreg", "her", EXT_HYPHEN_NONE},
        {"-", "x", EXT_HYPHEN_NONE},
        {"2015-", "2018", EXT_HYPHEN_KEEP},
        {"ADMINISTRATION AF RÅDIGHEDS-", "REGLERNE", EXT_HYPHEN_DROP},
        {"BØRNE-", "OG UNGEUDVALGET", EXT_HYPHEN_SPACE},
        {"COVID-", "19 OG", EXT_HYPHEN_KEEP},
        {"A-", "KASSE", EXT_HYPHEN_KEEP},
        {"den udsendte to-", "do-liste 2021", EXT_HYPHEN_KEEP},
        {"en ny e-", "mail-adresse", EXT_HYPHEN_KEEP},
        {"en ny be-", "slutning - med", EXT_HYPHEN_DROP},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        if (ext_hyphen_join(cases[i].left, strlen(cases[i].left),
                            cases[i].right,
                            strlen(cases[i].right)) != cases[i].want)
            fail_msg("case %zu <%s|%s>", i, cases[i].left, cases[i].right);
}

/* ---- the block builder on made-up lines ---- */

static void add_line(struct pdf_lines *ls, uint32_t page, float y, float x2,
                     float size, int bold, const char *text)
{
    struct pdf_line l;
    memset(&l, 0, sizeof l);
    l.text = (char *)text;
    l.len = (uint32_t)strlen(text);
    l.box = (struct pdf_box){72, y, x2, y + size * 1.2f};
    l.size = size;
    l.bold = (uint8_t)bold;
    l.conf = -1;
    l.page = page;
    l.right = 520;
    l.first_w = 30;
    assert_int_equal(pdf_lines_add(ls, &l), ERR_OK);
}

/* The blocks of the `npages` pages of ls into d, which is initialised
 * here and freed by the caller (ext_doc_fini()). */
static void blocks_of(const struct pdf_lines *ls, uint32_t npages,
                      struct ext_doc *d)
{
    struct err e = {0};
    ext_doc_init(d);
    assert_int_equal(pdf_blocks(ls, npages, d, &e), ERR_OK);
}

/* Four pages with a running header (name and a date that changes) and a
 * footer; a body line at the top of some pages stays. */
static void test_blocks_running(void **state)
{
    (void)state;
    struct pdf_lines ls = {0};
    char foot[4][32], date[4][32];
    for (uint32_t p = 1; p <= 4; p++) {
        snprintf(date[p - 1], sizeof date[0], "%u. marts 2024", p + 9);
        snprintf(foot[p - 1], sizeof foot[0], "Side %u af 4", p);
        add_line(&ls, p, 40, 200, 8, 0, "Udsatterådet");
        add_line(&ls, p, 52, 200, 8, 0, date[p - 1]);
        add_line(&ls, p, 100, 520, 12, 0,
                 p == 1 ? "Dagsorden" : "Brødtekst på siden.");
        add_line(&ls, p, 130, 300, 14, 1, "1. Et punkt");
        add_line(&ls, p, 160, 300, 12, 0, "Kort linje.");
        add_line(&ls, p, 800, 120, 8, 0, foot[p - 1]);
    }
    struct ext_doc d;
    blocks_of(&ls, 4, &d);
    assert_true(d.body_size == 12);
    assert_int_equal(d.nblocks, 12);
    assert_string_equal(d.blocks[0].text, "Dagsorden");
    assert_int_equal(d.blocks[1].kind, EXT_HEADING);
    assert_int_equal(d.blocks[1].level, 1);
    for (size_t i = 0; i < d.nblocks; i++) {
        assert_null(strstr(d.blocks[i].text, "Udsatterådet"));
        assert_null(strstr(d.blocks[i].text, "marts"));
        assert_null(strstr(d.blocks[i].text, "Side"));
    }
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
}

/* The running header is dropped from the blocks but kept aside as the
 * first page prints it (`d.head`), its rows joined by " | " and the page
 * number left out: it may be all that names the municipality. */
static void test_blocks_running_head_kept(void **state)
{
    (void)state;
    struct pdf_lines ls = {0};
    char foot[3][32];
    for (uint32_t p = 1; p <= 3; p++) {
        snprintf(foot[p - 1], sizeof foot[0], "Side %u", p);
        add_line(&ls, p, 40, 200, 8, 0, "Thisted Kommune");
        add_line(&ls, p, 52, 300, 8, 0, "Social- og Sundhedsudvalget");
        add_line(&ls, p, 100, 520, 12, 0, "Brødtekst på siden.");
        add_line(&ls, p, 130, 300, 14, 1, "1. Et punkt");
        add_line(&ls, p, 800, 120, 8, 0, foot[p - 1]);
    }
    struct ext_doc d;
    blocks_of(&ls, 3, &d);
    assert_non_null(d.head);
    assert_string_equal(d.head,
                        "Thisted Kommune | Social- og Sundhedsudvalget");
    for (size_t i = 0; i < d.nblocks; i++)
        assert_null(strstr(d.blocks[i].text, "Thisted"));
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
}

/* A body line that opens two pages of three under the running header
 * (each item's `Beslutning i … den 11. november 2019:` over
 * `Fraværende: …`) sits a margin away from the header and close over
 * the body: it stays, only the header goes. */
static void test_blocks_repeated_body_under_header(void **state)
{
    (void)state;
    struct pdf_lines ls = {0};
    static const char *const body[] = {"Godkendt.", "Taget til efterretning.",
                                       "Budgettet sættes på i januar."};
    char foot[3][32];
    for (uint32_t p = 1; p <= 3; p++) {
        snprintf(foot[p - 1], sizeof foot[0], "Side %u af 3", p);
        add_line(&ls, p, 34, 200, 9, 0, "Slagelse Kommune");
        add_line(&ls, p, 60, 400, 11, 1,
                 p == 1 ? "293. Godkendelse af dagsorden"
                        : "Beslutning i Børne- og Ungeudvalget den 11. "
                          "november 2019:");
        add_line(&ls, p, 74, 300, 11, 0,
                 p == 1 ? "Sagsnr.: 330-2017-81122"
                        : "Fraværende: Hanne Lykke (A)");
        add_line(&ls, p, 88, 520, 11, 0, body[p - 1]);
        add_line(&ls, p, 800, 120, 8, 0, foot[p - 1]);
    }
    struct ext_doc d;
    blocks_of(&ls, 3, &d);
    size_t decisions = 0, absent = 0;
    for (size_t i = 0; i < d.nblocks; i++) {
        assert_null(strstr(d.blocks[i].text, "Slagelse Kommune"));
        decisions += strstr(d.blocks[i].text, "Beslutning i") != NULL;
        absent += strstr(d.blocks[i].text, "Fraværende:") != NULL;
    }
    assert_int_equal(decisions, 2);
    assert_int_equal(absent, 2);
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
}

/* OCR measures sizes from line heights: a wrapped heading's lone last
 * word ("Midtjylland", all ascenders and descenders) reads 17 pt under a
 * 14 pt line, two heading levels; it still continues the heading. A short
 * heading line is not continued by the heading below it. */
static void test_blocks_ocr_heading_wrap(void **state)
{
    (void)state;
    struct pdf_lines ls = {0};
    static const char body[] = "Brødtekst i et referat med en hel linje af "
                               "almindelig tekst i tolv punkt.";
    add_line(&ls, 1, 100, 515, 14, 0, "Punkt 2: Tema om behandling i Region");
    add_line(&ls, 1, 118, 200, 17, 0, "Midtjylland");
    add_line(&ls, 1, 150, 400, 12, 0, body);
    add_line(&ls, 1, 180, 200, 14, 0, "Punkt 3: Kort");
    add_line(&ls, 1, 198, 200, 17, 0, "Eventuelt");
    add_line(&ls, 1, 230, 400, 12, 0, body);
    for (size_t i = 0; i < ls.n; i++)
        ls.v[i].conf = 90;
    struct ext_doc d;
    blocks_of(&ls, 1, &d);
    assert_int_equal(d.nblocks, 5);
    assert_int_equal(d.blocks[0].kind, EXT_HEADING);
    assert_string_equal(d.blocks[0].text,
                        "Punkt 2: Tema om behandling i Region Midtjylland");
    assert_string_equal(d.blocks[2].text, "Punkt 3: Kort");
    assert_string_equal(d.blocks[3].text, "Eventuelt");
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
}

/* Wrapped lines join only when the line before is full; a bold short
 * line is a heading one level below the larger ones. */
static void test_blocks_paragraphs(void **state)
{
    (void)state;
    struct pdf_lines ls = {0};
    add_line(&ls, 1, 100, 300, 16, 1, "Referat");
    add_line(&ls, 1, 130, 515, 12, 0, "En lang linje der fylder hele");
    add_line(&ls, 1, 144.4f, 515, 12, 0, "bredden og fortsætter her, og");
    add_line(&ls, 1, 158.8f, 200, 12, 0, "slutter her.");
    add_line(&ls, 1, 173.2f, 200, 12, 0, "Ny linje.");
    add_line(&ls, 1, 200, 200, 12, 1, "Beslutning");
    add_line(&ls, 1, 230, 200, 12, 0, "- et punkt i en liste");
    struct ext_doc d;
    blocks_of(&ls, 1, &d);
    assert_int_equal(d.nblocks, 5);
    assert_int_equal(d.blocks[0].kind, EXT_HEADING);
    assert_int_equal(d.blocks[0].level, 1);
    assert_string_equal(d.blocks[1].text, "En lang linje der fylder hele "
                                          "bredden og fortsætter her, og "
                                          "slutter her.");
    assert_string_equal(d.blocks[2].text, "Ny linje.");
    assert_int_equal(d.blocks[3].kind, EXT_HEADING);
    assert_int_equal(d.blocks[3].level, 2);
    assert_int_equal(d.blocks[4].kind, EXT_PARA);
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
}

/* A paragraph whose last line happens to be full, then the template's
 * space after a paragraph and a new one: more than the gap between the
 * document's wrapped lines (boxes overlapping by 1.4 pt, as LibreOffice's
 * and Word's single spacing gives), so a new block. */
static void test_blocks_paragraph_space(void **state)
{
    (void)state;
    struct pdf_lines ls = {0};
    add_line(&ls, 1, 100, 300, 16, 1, "Referat");
    add_line(&ls, 1, 130, 515, 12, 0, "Renoveringen blev afsluttet i");
    add_line(&ls, 1, 143, 515, 12, 0, "foråret, og regnskabet viser et");
    add_line(&ls, 1, 156, 515, 12, 0, "mindreforbrug på i alt ganske");
    add_line(&ls, 1, 169, 515, 12, 0, "præcis 0,4 mio. kr.");
    add_line(&ls, 1, 187.4f, 300, 12, 0, "Beslutning Økonomiudvalget");
    struct ext_doc d;
    blocks_of(&ls, 1, &d);
    assert_int_equal(d.nblocks, 3);
    assert_string_equal(d.blocks[1].text,
                        "Renoveringen blev afsluttet i foråret, og "
                        "regnskabet viser et mindreforbrug på i alt ganske "
                        "præcis 0,4 mio. kr.");
    assert_string_equal(d.blocks[2].text, "Beslutning Økonomiudvalget");
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
}

/* A numbered paragraph indented as a list (its wrapped lines at the
 * list's indent, the last one full) and then a field line at the margin
 * with no space between (a Word list paragraph over Normal, round gm):
 * a line left of the paragraph's shared left edge, or of a numbered
 * paragraph's first line, starts a new one. A first-line indent (the
 * first line right of the rest) still wraps. */
static void test_blocks_outdent_after_list(void **state)
{
    (void)state;
    struct pdf_lines ls = {0};
    add_line(&ls, 1, 100, 515, 12, 0, "159. Forslag til lokalplan nr. 4 for");
    add_line(&ls, 1, 113, 515, 12, 0, "Havdrup Stationsområde og tillæg");
    add_line(&ls, 1, 126, 300, 12, 0, "Sagsnummer: 01.02.05-P00-14-19");
    add_line(&ls, 1, 145, 515, 12, 0, "Byrådet skal tage stilling til");
    add_line(&ls, 1, 158, 300, 12, 0, "forslaget.");
    add_line(&ls, 1, 177, 515, 12, 0, "161. Orientering om budgettet");
    add_line(&ls, 1, 190, 300, 12, 0, "Sagsnummer: 00.30.14-Ø00-6-19");
    ls.v[0].box.x1 = ls.v[1].box.x1 = ls.v[5].box.x1 = 88;
    ls.v[3].box.x1 = 90;
    struct ext_doc d;
    blocks_of(&ls, 1, &d);
    assert_int_equal(d.nblocks, 5);
    assert_string_equal(d.blocks[0].text,
                        "159. Forslag til lokalplan nr. 4 for Havdrup "
                        "Stationsområde og tillæg");
    assert_string_equal(d.blocks[1].text, "Sagsnummer: 01.02.05-P00-14-19");
    assert_string_equal(d.blocks[2].text,
                        "Byrådet skal tage stilling til forslaget.");
    assert_string_equal(d.blocks[3].text, "161. Orientering om budgettet");
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
}

/* A bold 13 pt heading wrapped before its last short word (`(O)`, an
 * item's status), its first line ending a point short of where the
 * space and that word would reach the column's right edge (LibreOffice
 * and Word break a little before the edge, round gm): the line was
 * full, so the heading is one block. */
static void test_blocks_heading_wrap_near_edge(void **state)
{
    (void)state;
    struct pdf_lines ls = {0};
    add_line(&ls, 1, 100, 515, 11, 0, "Forvaltningen orienterer om planen.");
    add_line(&ls, 1, 130, 485.2f, 13, 1, "493. Genåbning af skolerne efter");
    add_line(&ls, 1, 145, 120, 13, 1, "(O)");
    add_line(&ls, 1, 170, 300, 11, 0, "Sagsnr.: 330-2020-24584");
    struct ext_doc d;
    blocks_of(&ls, 1, &d);
    assert_int_equal(d.nblocks, 3);
    assert_string_equal(d.blocks[1].text,
                        "493. Genåbning af skolerne efter (O)");
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
}

/* A page image (4 bytes a pixel, 100 dpi) with a one-row bordered table
 * around a short text, a filled box, and a glyph's stem: the table's
 * rules go white, the box and the text stay. */
static void test_ocr_rules_erased(void **state)
{
    (void)state;
    enum {
        W = 400,
        H = 200,
        S = W * 4
    };
    unsigned char *px = malloc((size_t)S * H);
    assert_non_null(px);
    memset(px, 255, (size_t)S * H);
#define INK(x, y) memset(px + (size_t)(y)*S + (size_t)(x)*4, 0, 3)
    for (int x = 20; x <= 320; x++) /* the table's top and bottom rules */
        INK(x, 20), INK(x, 50);
    for (int y = 20; y <= 50; y++) /* its sides, 30 px: 0.3 inch */
        INK(20, y), INK(120, y), INK(320, y);
    for (int y = 30; y < 42; y++) /* a glyph's stem inside a cell */
        INK(60, y);
    for (int y = 100; y < 160; y++) /* a filled box, 2 inch wide */
        for (int x = 50; x < 250; x++)
            INK(x, y);
#undef INK
    assert_int_equal(pdf_ocr_erase_rules(px, W, H, S, 100), ERR_OK);
    assert_int_equal(px[20 * S + 200 * 4], 255); /* top rule */
    assert_int_equal(px[50 * S + 100 * 4], 255); /* bottom rule */
    assert_int_equal(px[35 * S + 120 * 4], 255); /* a side */
    assert_int_equal(px[35 * S + 60 * 4], 0);    /* the text */
    assert_int_equal(px[130 * S + 150 * 4], 0);  /* the box */
    assert_int_equal(px[100 * S + 150 * 4], 0);  /* the box's edge */
    free(px);
}

/* A 300 dpi page image with dust (a lone pixel, a 2x3 and a 3x3 blot),
 * an 8 pt full stop (4x4), and a speck touching a glyph's stem: the
 * dust goes white, the full stop and the stem with its speck stay. */
static void test_ocr_despeckle(void **state)
{
    (void)state;
    enum {
        W = 60,
        H = 40,
        S = W * 4
    };
    unsigned char *px = malloc((size_t)S * H);
    assert_non_null(px);
    memset(px, 255, (size_t)S * H);
#define INK(x, y) memset(px + (size_t)(y)*S + (size_t)(x)*4, 0, 3)
#define AT(x, y)  px[(size_t)(y)*S + (size_t)(x)*4]
    INK(5, 5);                    /* a lone pixel */
    for (int y = 10; y < 12; y++) /* a 3 x 2 blot */
        for (int x = 10; x < 13; x++)
            INK(x, y);
    for (int y = 20; y < 23; y++) /* a 3 x 3 blot */
        for (int x = 5; x < 8; x++)
            INK(x, y);
    for (int y = 20; y < 24; y++) /* a full stop, 4 x 4 */
        for (int x = 20; x < 24; x++)
            INK(x, y);
    for (int y = 5; y < 30; y++) /* a stem, and a speck on it */
        INK(40, y);
    INK(41, 15);
    pdf_ocr_despeckle(px, W, H, S, 300);
    assert_int_equal(AT(5, 5), 255);
    assert_int_equal(AT(11, 11), 255);
    assert_int_equal(AT(6, 21), 255);
    assert_int_equal(AT(21, 21), 0);
    assert_int_equal(AT(40, 15), 0);
    assert_int_equal(AT(41, 15), 0);
#undef AT
#undef INK
    free(px);
}

/* A hostile page: as many one-character lines as a page may hold, all
 * on one row and as wide as the page (every line in the header row, every
 * line across any gutter), on a few pages. Bounded work, no hang. */
static void test_hostile_page(void **state)
{
    (void)state;
    size_t n = PDF_PAGE_CHARS_MAX;
    struct pdf_char *c = malloc(n * sizeof *c);
    assert_non_null(c);
    for (size_t i = 0; i < n; i++)
        c[i] = (struct pdf_char){'a' + (uint32_t)(i % 26),
                                 {(float)(i % 500), 100, 520, 112},
                                 12,
                                 0,
                                 1};
    struct pdf_lines ls = {0};
    struct err e = {0};
    for (uint32_t p = 1; p <= 3; p++)
        assert_int_equal(pdf_page_lines(c, n, p, &ls, &e), ERR_OK);
    assert_true(ls.n <= 3 * PDF_PAGE_LINES_MAX);
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(pdf_blocks(&ls, 3, &d, &e), ERR_OK);
    ext_doc_fini(&d);
    pdf_lines_fini(&ls);
    free(c);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hyphen_rule),
        cmocka_unit_test(test_blocks_running),
        cmocka_unit_test(test_blocks_running_head_kept),
        cmocka_unit_test(test_blocks_repeated_body_under_header),
        cmocka_unit_test(test_blocks_ocr_heading_wrap),
        cmocka_unit_test(test_blocks_paragraphs),
        cmocka_unit_test(test_blocks_paragraph_space),
        cmocka_unit_test(test_blocks_outdent_after_list),
        cmocka_unit_test(test_blocks_heading_wrap_near_edge),
        cmocka_unit_test(test_ocr_rules_erased),
        cmocka_unit_test(test_ocr_despeckle),
        cmocka_unit_test(test_hostile_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
