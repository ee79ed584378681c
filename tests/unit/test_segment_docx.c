/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_docx.c - what Word files saved by a council's template
 * bring to the segmenter (round `go`: make_word_pdf.py --docx): item
 * headings in "Heading 1" whose numbers Word's list numbering prints
 * (the number in numbering.xml, not in the text), from 1 or from the
 * council's count of the year. Each case is a few blocks in our own
 * words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "segment_util.h"
#include "test_filter.h"

struct wblk {
    enum ext_kind kind;
    unsigned level, list_no;
    const char *text;
};

static void parse_word(const struct wblk *b, size_t n, struct mnt_meeting *m)
{
    struct ext_doc x;
    ext_doc_init(&x);
    x.body_size = 11;
    for (size_t i = 0; i < n; i++) {
        struct ext_block *k = blk_add(&x, b[i].kind, b[i].text);
        k->level = (uint8_t)b[i].level;
        k->bold = b[i].kind == EXT_HEADING;
        k->list_no = b[i].list_no;
        k->list_depth = b[i].list_no > 0 ? 1 : 0;
    }
    parse_doc(&x, m);
}

/* The title in "Title" (a heading too) over the items in "Heading 1"
 * numbered 121, 122, 123 by the list, an item's decision in points "1.
 * At …", "2. At …" typed in the text: the list's numbers are the items'
 * labels, neither the order of the headings (the title item 1) nor the
 * typed points. */
static void test_heading_numbered_by_list(void **state)
{
    (void)state;
    static const struct wblk b[] = {
        {EXT_HEADING, 1, 0, "Referat"},
        {EXT_PARA, 0, 0, "Udvalget for Veje og Parker, mødet den 3. maj 2021"},
        {EXT_HEADING, 1, 121, "Godkendelse af dagsorden"},
        {EXT_HEADING, 2, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 122, "Ny belægning på Torvegade"},
        {EXT_HEADING, 2, 0, "Indstilling"},
        {EXT_PARA, 0, 0, "Forvaltningen indstiller,"},
        {EXT_PARA, 0, 0, "1. At arbejdet udbydes i efteråret"},
        {EXT_PARA, 0, 0, "2. At naboerne orienteres"},
        {EXT_HEADING, 2, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Tiltrådt."},
        {EXT_HEADING, 1, 123, "Orientering"},
        {EXT_PARA, 0, 0, "Formanden orienterede om vejarbejdet."},
    };
    struct mnt_meeting m;
    parse_word(b, sizeof b / sizeof *b, &m);
    static const char *const labels[] = {"121", "122", "123"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Ny belægning på Torvegade", "Orientering"};
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title that opens with an ordinal or a small letter ("2. økonomiske
 * redegørelse", "1. behandling af budgettet") in a heading the list
 * numbers: the list's number is the item's, the ordinal the title's. */
static void test_list_heading_title_opens_with_ordinal(void **state)
{
    (void)state;
    static const struct wblk b[] = {
        {EXT_HEADING, 1, 0, "Referat"},
        {EXT_PARA, 0, 0, "Økonomiudvalget, mødet den 9. juni 2020"},
        {EXT_HEADING, 1, 301, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 302, "2. økonomiske redegørelse 2020"},
        {EXT_PARA, 0, 0, "Redegørelsen viser et mindreforbrug."},
        {EXT_HEADING, 1, 303, "Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    struct mnt_meeting m;
    parse_word(b, sizeof b / sizeof *b, &m);
    static const char *const labels[] = {"301", "302", "303"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "2. økonomiske redegørelse 2020",
                                         "Eventuelt"};
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The rest of the label typed before a title the list numbers: the
 * item's status ("(Åben) Godkendelse af dagsorden" numbered 1, a
 * municipality printing "1 (Åben) Title") and a dash after the number
 * ("- Meddelelser" numbered 81, a template printing "81 - Title"): the
 * title is what follows them. */
static void test_list_heading_status_before_title(void **state)
{
    (void)state;
    static const struct wblk b[] = {
        {EXT_HEADING, 1, 0, "Vejudvalget"},
        {EXT_PARA, 0, 0, "Referat af mødet den 4. marts 2020"},
        {EXT_HEADING, 1, 80, "(Åben) Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 81, "- Meddelelser fra formanden"},
        {EXT_PARA, 0, 0, "Formanden orienterede om vejarbejdet."},
        {EXT_HEADING, 1, 82, "(Lukket) Køb af grund ved Møllevej"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    struct mnt_meeting m;
    parse_word(b, sizeof b / sizeof *b, &m);
    static const char *const labels[] = {"80", "81", "82"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Meddelelser fra formanden",
                                         "Køb af grund ved Møllevej"};
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The agenda typed as a contents list above the items ("1. Godkendelse
 * af dagsorden" … "3. Lukket - Køb af areal 5", a page number after
 * the last), as many entries as the headings the list numbers below:
 * those headings are the items, not the contents' lines. */
static void test_contents_list_above_list_headings(void **state)
{
    (void)state;
    static const struct wblk b[] = {
        {EXT_HEADING, 1, 0, "FAABORG KOMMUNE"},
        {EXT_PARA, 0, 0, "Referat"},
        {EXT_PARA, 0, 0, "Kulturudvalgets møde"},
        {EXT_PARA, 0, 0, "Mandag den 06-05-2019 Kl. 15:00"},
        {EXT_PARA, 0, 0, "Indholdsfortegnelse"},
        {EXT_PARA, 0, 0, "Sag Tekst Sidenr."},
        {EXT_PARA, 0, 0, "1. Godkendelse af dagsorden 2"},
        {EXT_PARA, 0, 0, "2. Tilskud til sommerkoncert i Byparken og til"},
        {EXT_PARA, 0, 0, "byfesten 3"},
        {EXT_PARA, 0, 0, "3. Lukket - Køb af areal 4"},
        {EXT_PARA, 0, 0, "Kulturudvalgets møde den 06-05-2019 Side 2"},
        {EXT_HEADING, 1, 1, "Godkendelse af dagsorden"},
        {EXT_HEADING, 2, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2,
         "Tilskud til sommerkoncert i Byparken og til byfesten"},
        {EXT_HEADING, 2, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Bevilget."},
        {EXT_HEADING, 1, 3, "Lukket - Køb af areal"},
        {EXT_PARA, 0, 0, "Punktet er lukket."},
    };
    struct mnt_meeting m;
    parse_word(b, sizeof b / sizeof *b, &m);
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Tilskud til sommerkoncert i Byparken og til byfesten",
        "Lukket - Køb af areal"};
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A meeting of one item whose heading the list numbers 7 (the
 * committee's count of the year): the item is 7, as a printed "7."
 * heading alone would be. */
static void test_lone_heading_numbered_by_list(void **state)
{
    (void)state;
    static const struct wblk b[] = {
        {EXT_PARA, 0, 0, "Socialudvalget"},
        {EXT_HEADING, 2, 0, "DAGSORDEN"},
        {EXT_PARA, 0, 0, "for ordinært møde onsdag den 9. april 2008"},
        {EXT_HEADING, 1, 7, "Medlemsforslag om nye regler for referater"},
        {EXT_PARA, 0, 0, "SUD 133/2008 J.nr. 133/2008"},
        {EXT_HEADING, 2, 0, "Baggrund for forslaget:"},
        {EXT_PARA, 0, 0, "Referaterne skal skrives på mødet."},
    };
    struct mnt_meeting m;
    parse_word(b, sizeof b / sizeof *b, &m);
    static const char *const labels[] = {"7"};
    static const char *const titles[] = {
        "Medlemsforslag om nye regler for referater"};
    expect_items(&m, 1, labels, titles);
    mnt_meeting_fini(&m);
}

/* A board's minutes in "Heading 1" without numbers under the document's
 * own heading in "Title" (a level-1 heading too): "Referat" and the
 * meeting it reports on is no item (own_heading_first()), and the two
 * headings that end in their colon, "Information fra formanden:", set
 * as the others between them, are items (mnt_styled_colon_heads(),
 * styled.c); "Deltagere:" set lower is a label. */
static void test_unnumbered_headings_ending_in_colon(void **state)
{
    (void)state;
    static const struct wblk b[] = {
        {EXT_HEADING, 1, 0, "Referat Musikskolens bestyrelsesmøde"},
        {EXT_PARA, 0, 0, "Tirsdag d. 6. marts 2018 kl. 17:00 - 19.00"},
        {EXT_HEADING, 2, 0, "Deltagere:"},
        {EXT_PARA, 0, 0, "Anne Vig, Bo Holm, Carl Ruth"},
        {EXT_HEADING, 1, 0, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Dagsordenen blev godkendt."},
        {EXT_HEADING, 1, 0, "Nyt fra formanden:"},
        {EXT_PARA, 0, 0, "- Lokaler til sammenspil."},
        {EXT_PARA, 0, 0, "Formanden har talt med kulturhuset om lokaler."},
        {EXT_HEADING, 1, 0, "Nyt fra skolelederen:"},
        {EXT_PARA, 0, 0, "- Koncerter i foråret."},
        {EXT_PARA, 0, 0, "Der holdes tre elevkoncerter før sommerferien."},
        {EXT_HEADING, 1, 0, "Takster for næste skoleår"},
        {EXT_PARA, 0, 0, "Bestyrelsen anbefaler uændrede takster."},
        {EXT_HEADING, 1, 0, "Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    struct mnt_meeting m;
    parse_word(b, sizeof b / sizeof *b, &m);
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Nyt fra formanden", "Nyt fra skolelederen",
        "Takster for næste skoleår", "Eventuelt"};
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_numbered_by_list),
        cmocka_unit_test(test_list_heading_title_opens_with_ordinal),
        cmocka_unit_test(test_list_heading_status_before_title),
        cmocka_unit_test(test_contents_list_above_list_headings),
        cmocka_unit_test(test_lone_heading_numbered_by_list),
        cmocka_unit_test(test_unnumbered_headings_ending_in_colon),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
