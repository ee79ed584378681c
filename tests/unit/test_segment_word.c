/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_word.c - what council Word templates printed to PDF bring
 * to the segmenter (issue 11, the e- round: tests/data/layouts/e-*.pdf):
 * a heading table's status cell `Lukket` after its case number cell, a
 * room named with its number (`Mødelokale 2, …`), a cover page's
 * `Mødested` label over its value, a field's value never running on into
 * a heading, `Punkt 14` set small over an unnumbered title, a title
 * wrapped in its cell after a comma, a status pushed onto a wrapped
 * title's last line or read by OCR into its first. Each case is a few
 * lines in our own words. */
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

/* A heading printed as a table row, `Pkt. 10` | title | `Sagsnr. 24-090`
 * | `Lukket`: the PDF gives each cell as a block, so the status comes
 * after the case number, a line of its own at the top of the body. Such a
 * mark alone on one of the body's first lines closes the item; the word
 * in a sentence does not. */
static void test_status_cell_closes_item(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Økonomiudvalget"},
        {EXT_PARA, 0, 0, "Møde onsdag den 14. februar 2024 kl. 13.00"},
        {EXT_HEADING, 1, 2, "Pkt. 7"},
        {EXT_HEADING, 1, 2, "Godkendelse af dagsorden"},
        {EXT_HEADING, 1, 2, "Sagsnr. 24-031"},
        {EXT_HEADING, 1, 2, "Åben"},
        {EXT_HEADING, 1, 2, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt. Døren var lukket"},
        {EXT_HEADING, 1, 2, "Pkt. 8 Personalesag"},
        {EXT_HEADING, 1, 2, "Sagsnr. 24-090"},
        {EXT_HEADING, 1, 2, "Lukket"},
        {EXT_HEADING, 1, 2, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    static const char *const labels[] = {"7", "8"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Personalesag"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 2, labels, titles);
    assert_false(m.items[0].closed);
    assert_true(m.items[1].closed);
    mnt_meeting_fini(&m);
}

/* "Mødelokale 2, Brøndby Rådhus": the room's name with its number is
 * the place, not a label "Mødelokale" and a value "2, …". */
static void test_room_number_is_the_place(void **state)
{
    (void)state;
    static const char text[] = "Referat - Handicaprådet\n"
                               "Torsdag den 29. februar 2024 kl. 16.30\n"
                               "Mødelokale 2, Brøndby Rådhus\n\n"
                               "1. Godkendelse af dagsorden\n"
                               "Godkendt.\n\n"
                               "2. Eventuelt\n"
                               "Intet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.place);
    assert_string_equal(m.place, "Mødelokale 2, Brøndby Rådhus");
    mnt_meeting_fini(&m);
}

/* A room named by a letter (`Mødelokale B, Ullasvej 23, Rønne`, under a
 * Bornholm cover's date) is the place whole, as a room's number is. */
static void test_room_letter_is_the_place(void **state)
{
    (void)state;
    static const char text[] = "Referat\n"
                               "Fritids-, Kultur- og Forebyggelsesudvalget\n"
                               "14-08-2013 kl. 15:00\n"
                               "Mødelokale B, Ullasvej 23, Rønne\n\n"
                               "1. Godkendelse af dagsorden\n"
                               "Godkendt.\n\n"
                               "2. Eventuelt\n"
                               "Intet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.place);
    assert_string_equal(m.place, "Mødelokale B, Ullasvej 23, Rønne");
    mnt_meeting_fini(&m);
}

/* A cover page of labels over their values (`Mødedato` / `Mandag den …`,
 * `Mødested` / `Byrådssalen, …`), then a member list whose long line is
 * followed by a bold heading: the place is the value under its label,
 * and the heading `Indholdsfortegnelse` is no part of the attendance. */
static void test_cover_labels_over_values(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Byrådet"},
        {EXT_HEADING, 1, 3, "Mødedato"},
        {EXT_PARA, 0, 0, "Mandag den 10. juni 2024"},
        {EXT_HEADING, 1, 3, "Mødested"},
        {EXT_PARA, 0, 0, "Byrådssalen, Odder Rådhus"},
        {EXT_PARA, 0, 0,
         "Deltagere: Helle Brix, Morten Ries, Jannik Toft, Mona Saxe, "
         "Aksel Fink"},
        {EXT_HEADING, 1, 3, "Indholdsfortegnelse"},
        {EXT_HEADING, 1, 2, "61. Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2, "62. Spørgsmål fra borgerne"},
        {EXT_PARA, 0, 0, "Ingen."},
    };
    static const char *const labels[] = {"61", "62"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Spørgsmål fra borgerne"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 2, labels, titles);
    assert_non_null(m.place);
    assert_string_equal(m.place, "Byrådssalen, Odder Rådhus");
    assert_non_null(m.attendees);
    assert_string_equal(m.attendees, "Deltagere: Helle Brix, Morten Ries, "
                                     "Jannik Toft, Mona Saxe, Aksel Fink");
    mnt_meeting_fini(&m);
}

/* Blocks with their font size, as the PDF reader gives them. */
struct sized {
    enum ext_kind kind;
    unsigned level;
    float size;
    const char *text;
};

static void parse_sized(const struct sized *b, size_t n, struct mnt_meeting *m)
{
    struct ext_doc x;
    ext_doc_init(&x);
    x.body_size = 11;
    for (size_t i = 0; i < n; i++) {
        struct ext_block *k = blk_add(&x, b[i].kind, b[i].text);
        k->level = (uint8_t)b[i].level;
        k->bold = b[i].kind == EXT_HEADING;
        k->size = b[i].size;
    }
    parse_doc(&x, m);
}

/* `Punkt 14` in 9 pt in a block of its own over each unnumbered 14 pt
 * bold title: the number labels the item and is no part of the item
 * before; the header's field right above the first (`Mødedato: …`) is
 * no title printed above its number. */
static void test_punkt_number_over_title(void **state)
{
    (void)state;
    static const struct sized b[] = {
        {EXT_HEADING, 1, 16, "Referat"},
        {EXT_PARA, 0, 11, "Kultur- og Fritidsudvalget"},
        {EXT_PARA, 0, 11, "Mødedato: 8. april 2024"},
        {EXT_PARA, 0, 9, "Punkt 14"},
        {EXT_HEADING, 2, 14, "Godkendelse af dagsorden"},
        {EXT_HEADING, 3, 11, "Beslutning"},
        {EXT_PARA, 0, 11, "Godkendt."},
        {EXT_PARA, 0, 9, "Punkt 15"},
        {EXT_HEADING, 2, 14, "Fritidspas til børn"},
        {EXT_HEADING, 3, 11, "Beslutning"},
        {EXT_PARA, 0, 11, "Anbefales."},
        {EXT_PARA, 0, 9, "Punkt 16"},
        {EXT_HEADING, 2, 14, "Tilskud til musikfestival"},
        {EXT_HEADING, 3, 11, "Beslutning"},
        {EXT_PARA, 0, 11, "Bevilget."},
    };
    static const char *const labels[] = {"14", "15", "16"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Fritidspas til børn",
                                         "Tilskud til musikfestival"};
    struct mnt_meeting m;
    parse_sized(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    assert_null(strstr(m.items[0].body, "Punkt 15"));
    mnt_meeting_fini(&m);
}

/* A heading table's title cell wrapped after a comma (`42. Klimatilpasning
 * langs Grejsdalen,` / `forundersøgelse`), the case type cell after it;
 * and Word's tab to the right-hand status gone onto a wrapped title's
 * last line (`… og kajakforening Åbent punkt`). Neither title ends at
 * the comma or holds the status. */
static void test_wrapped_title_comma_and_status(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Teknik- og Miljøudvalget"},
        {EXT_PARA, 0, 0, "Mødedato: Tirsdag den 23. april 2024"},
        {EXT_HEADING, 1, 2, "41. Godkendelse af dagsorden"},
        {EXT_HEADING, 1, 2, "Beslutningssag"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2, "42. Klimatilpasning langs Grejsdalen,"},
        {EXT_HEADING, 1, 2, "forundersøgelse"},
        {EXT_HEADING, 1, 3, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Ved skybrud blev tolv huse oversvømmet."},
        {EXT_HEADING, 1, 2,
         "43. Anmodning om forlængelse af lejeaftale for havnens"},
        {EXT_HEADING, 1, 2,
         "gamle pakhus med sejlklubben og kajakforeningen Åbent punkt"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Klimatilpasning langs Grejsdalen, forundersøgelse",
        "Anmodning om forlængelse af lejeaftale for havnens gamle pakhus "
        "med sejlklubben og kajakforeningen"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A heading table read by OCR: the rules gone, the status cell read into
 * the row's first line (`2 Forslag … ved Åben sag`), the title's second
 * line under it. The title goes on over the status and leaves it out. */
static void test_ocr_status_inside_wrapped_title(void **state)
{
    (void)state;
    static const char text[] =
        "Plan- og Miljøudvalget\n"
        "Mødedato: Tirsdag den 12. marts 2024 kl. 15.30\n\n"
        "1 Godkendelse af dagsorden Åben sag\n"
        "Beslutning\n"
        "Godkendt.\n\n"
        "2 Forslag til lokalplan for boliger ved Åben sag\n"
        "Grønningen\n"
        "Resumé\n"
        "Et byggefirma vil opføre rækkehuse.\n\n"
        "3 Meddelelser Åben sag\n"
        "Ingen.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Forslag til lokalplan for boliger ved Grønningen", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A field table under the heading gives its cells as lines of their own
 * (`Sagsnr.` / `29.30.00-A00-4-24`), a heading table `Sagsnr. 24-031`
 * without a colon: both are the item's case number. */
static void test_case_number_cells(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Social- og Sundhedsudvalget"},
        {EXT_PARA, 0, 0, "Mødedato: 09.04.2024"},
        {EXT_HEADING, 1, 2, "12. Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Sagsnr."},
        {EXT_PARA, 0, 0, "29.30.00-A00-4-24"},
        {EXT_PARA, 0, 0, "Sagsbehandler"},
        {EXT_PARA, 0, 0, "Lene Holm"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2, "13. Regnskab for færgedriften"},
        {EXT_HEADING, 1, 2, "Sagsnr. 24-031"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
    };
    static const char *const labels[] = {"12", "13"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Regnskab for færgedriften"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 2, labels, titles);
    assert_non_null(m.items[0].case_no);
    assert_string_equal(m.items[0].case_no, "29.30.00-A00-4-24");
    assert_non_null(m.items[1].case_no);
    assert_string_equal(m.items[1].case_no, "24-031");
    mnt_meeting_fini(&m);
}

/* Journal numbers on their own line under the heading: KLE's facet
 * letter a Danish one (Bornholm's `18.15.00Ø40-0011`), a journal number
 * and the case's id apart by ` - ` (Gribskov's `00.30S00 -
 * 2016/04417`). Both are the item's case number, not its body. */
static void test_case_number_lines(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Fritids- og Kulturudvalget"},
        {EXT_PARA, 0, 0, "Mødedato: 14-08-2013"},
        {EXT_HEADING, 1, 2, "14. Tilskud til nordisk stævne"},
        {EXT_PARA, 0, 0, "18.15.00Ø40-0011"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2, "15. Skoledistrikter i Helsinge by"},
        {EXT_PARA, 0, 0, "00.30S00 - 2016/04417"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    static const char *const labels[] = {"14", "15"};
    static const char *const titles[] = {"Tilskud til nordisk stævne",
                                         "Skoledistrikter i Helsinge by"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 2, labels, titles);
    assert_non_null(m.items[0].case_no);
    assert_string_equal(m.items[0].case_no, "18.15.00Ø40-0011");
    assert_non_null(m.items[1].case_no);
    assert_string_equal(m.items[1].case_no, "00.30S00 - 2016/04417");
    mnt_meeting_fini(&m);
}

/* A journal number in a block of its own right above each heading (an
 * SBSYS page prints it so): the next item's case number, no part of the
 * text of the item before. A KLE number with its facet
 * (`04.04.00-P20-2-18`) is no date though it opens like one. */
static void test_case_number_above_heading(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Udvalget for Natur og Fritid"},
        {EXT_PARA, 0, 0, "Referat til mødet den 3. maj 2021"},
        {EXT_PARA, 0, 0, "85.02.02-G01-4-21"},
        {EXT_HEADING, 1, 3, "12. Godkendelse af dagsorden"},
        {EXT_HEADING, 1, 4, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 0, 0, "04.04.00-P20-2-18"},
        {EXT_HEADING, 1, 3, "13. Nye bænke ved søen"},
        {EXT_HEADING, 1, 4, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt med to bænke mere."},
        {EXT_PARA, 0, 0, "00.01.00-A00-9-21"},
        {EXT_HEADING, 1, 3, "14. Orientering"},
        {EXT_HEADING, 1, 4, "Beslutning"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
    };
    static const char *const labels[] = {"12", "13", "14"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Nye bænke ved søen", "Orientering"};
    static const char *const cases[] = {
        "85.02.02-G01-4-21", "04.04.00-P20-2-18", "00.01.00-A00-9-21"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    for (size_t i = 0; i < 3; i++) {
        assert_non_null(m.items[i].case_no);
        assert_string_equal(m.items[i].case_no, cases[i]);
        assert_null(strstr(m.items[i].body, "-21"));
        assert_null(strstr(m.items[i].body, "-18"));
    }
    mnt_meeting_fini(&m);
}

/* A closed item's status typed into its Word heading after a dash
 * (`65.<tab>Klage over afgørelse - Lukket punkt`, Mariagerfjord's SBSYS
 * template) is the title as printed: not a status cell cut off, which
 * left `Klage over afgørelse -`. The item is closed all the same. */
static void test_dash_status_stays_in_title(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Beskæftigelsesudvalget"},
        {EXT_PARA, 0, 0, "Mødedato: 13. juni 2022"},
        {EXT_HEADING, 1, 2, "61.\tGodkendelse af dagsorden"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2, "62.\tKlage over afgørelse - Lukket punkt"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    static const char *const labels[] = {"61", "62"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Klage over afgørelse - Lukket punkt"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 2, labels, titles);
    assert_false(m.items[0].closed);
    assert_true(m.items[1].closed);
    mnt_meeting_fini(&m);
}

/* A contents table read as a column of labels and a column of titles
 * (`Sag nr. 1` … `Sag nr. 4`, then the titles), each item's plain `Sag
 * nr. 1` over its bold title: the column heads nothing, and a label over
 * a styled heading is that heading's number, not the number after the
 * contents' last title above it (Frederikssund, once the extraction kept
 * the labels opening pages). */
static void test_label_column_and_label_over_heading(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Kultur-, Fritid- og Idrætsudvalget"},
        {EXT_PARA, 0, 0, "Tirsdag den 10. januar 2012 kl. 17.00"},
        {EXT_PARA, 0, 0, "Indhold"},
        {EXT_PARA, 0, 0, "Sag nr. 1"},
        {EXT_PARA, 0, 0, "Sag nr. 2"},
        {EXT_PARA, 0, 0, "Sag nr. 3"},
        {EXT_PARA, 0, 0, "Skulpturpark ved rosenhaven"},
        {EXT_PARA, 0, 0, "Musikskolen - status 2011"},
        {EXT_PARA, 0, 0, "Meddelelser"},
        {EXT_PARA, 0, 0, "Sag nr. 1"},
        {EXT_HEADING, 1, 2, "Skulpturpark ved rosenhaven"},
        {EXT_HEADING, 1, 3, "Beslutning:"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 0, 0, "Sag nr. 2"},
        {EXT_HEADING, 1, 2, "Musikskolen - status 2011"},
        {EXT_HEADING, 1, 3, "Beslutning:"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_PARA, 0, 0, "Sag nr. 3"},
        {EXT_HEADING, 1, 2, "Meddelelser"},
        {EXT_HEADING, 1, 3, "Beslutning:"},
        {EXT_PARA, 0, 0, "Ingen."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Skulpturpark ved rosenhaven",
                                         "Musikskolen - status 2011",
                                         "Meddelelser"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_cell_closes_item),
        cmocka_unit_test(test_room_number_is_the_place),
        cmocka_unit_test(test_room_letter_is_the_place),
        cmocka_unit_test(test_cover_labels_over_values),
        cmocka_unit_test(test_punkt_number_over_title),
        cmocka_unit_test(test_wrapped_title_comma_and_status),
        cmocka_unit_test(test_ocr_status_inside_wrapped_title),
        cmocka_unit_test(test_case_number_cells),
        cmocka_unit_test(test_case_number_lines),
        cmocka_unit_test(test_case_number_above_heading),
        cmocka_unit_test(test_dash_status_stays_in_title),
        cmocka_unit_test(test_label_column_and_label_over_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
