/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_lists.c - classes the blind q- round of minutes brought
 * up (issue 11): a Word contents table flattened to a number, a title
 * and a page on lines of their own; an agenda list with a nested list
 * of sub-points; an anchor glyph after a title; a post's publication
 * stamp above the meeting's date; a decision labelled in the genitive;
 * bold attendance labels; a page of one unnumbered item. (Numbered
 * points inside items: test_segment_points.c.) Each case is a few lines
 * in our own words. */
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

/* An old Word page's contents table as text: "1." / title / page on
 * lines of their own. It is the agenda list, not the items: the items
 * are the headings below that repeat its titles. */
static void test_contents_rows_are_the_agenda(void **state)
{
    (void)state;
    static const char text[] =
        "Integrationsrådet\n\nReferat\n\naf mødet den 16. november 2011\n\n"
        "INDHOLDSFORTEGNELSE:\n\nPkt. nr.\n\nSag\n\nSidetal\n\n"
        "1.\n\nGodkendelse af dagsorden\n\n2\n\n"
        "2.\n\nValg af formand for rådet\n\n3\n\n"
        "3.\n\nEventuelt\n\n4\n\n\n\n"
        "1.               Godkendelse af dagsorden\n\nJ.nr.: 00.01.00\n\n"
        "Åbent\n\nDagsordenen forelægges.\n\nGodkendt.\n\n\n"
        "2.               Valg af formand for rådet\n\nJ.nr.: 00.01.00\n\n"
        "Åbent\n\nRådet skal vælge en formand.\n\nOle Brask blev valgt.\n\n\n"
        "3.               Eventuelt\n\nÅbent\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Valg af formand for rådet", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[0].body, "Dagsordenen forelægges"));
    assert_non_null(strstr(m.items[1].body, "Ole Brask blev valgt"));
    mnt_meeting_fini(&m);
}

/* A heading's anchor link ("… (14.00-15.00) #", "… ¶") is no part of
 * its title; a '#' with a number stays ("Tema # 2"). */
static void test_anchor_glyph_after_title(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\ntil\nmødet i Udvalg for regional udvikling\n"
        "den 4. september 2019 kl. 13:00\n\n"
        "1. Tema: Trafik på el (13.00-14.00) #\n\nEt oplæg om busser.\n\n"
        "2. Høring om trafikplan ¶\n\nRegionen svarer inden fristen.\n\n"
        "3. Tema # 2\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Tema: Trafik på el (13.00-14.00)",
                                         "Høring om trafikplan", "Tema # 2"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A blog post's "Udgivet 24. april 2019" stamps the post, not the
 * meeting held on the date the text gives. */
static void test_publication_stamp_is_no_meeting_date(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT ÆLDRERÅDET: Møde nr. 04-2019\n"
        "Udgivet 24. april 2019 af redaktionen\n\nREFERAT\n\n"
        "Tirsdag den 9. april 2019 kl. 13.00 – 16.00, Rådhuset\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2019-04-09");
    mnt_meeting_fini(&m);
}

/* A blog post's agenda list (the format's numbers) holding a nested
 * list of sub-points under item 5, its last entry a paragraph that
 * prints its number ("8.Eventuelt."); the minutes below repeat the
 * list. The sub-points are no entries and the list goes on to 8. */
static void test_agenda_list_with_nested_points(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_HEADING, 0, 1, "REFERAT ÆLDRERÅDET: Møde nr. 04-2019"},
        {EXT_PARA, 0, 0, "Tirsdag den 9. april 2019 kl. 13.00, Rådhuset"},
        {EXT_PARA, 1, 0, "Dagsorden:"},
        {EXT_LIST_ITEM, 0, 1, "Godkendelse af dagsorden."},
        {EXT_LIST_ITEM, 0, 2, "Meddelelser fra formanden."},
        {EXT_LIST_ITEM, 0, 3, "Høringer mv."},
        {EXT_LIST_ITEM, 0, 1, "Høring om madservice"},
        {EXT_LIST_ITEM, 0, 2, "Høring om bybusser"},
        {EXT_LIST_ITEM, 0, 4, "Budget 2019."},
        {EXT_PARA, 0, 0, "5.Eventuelt."},
        {EXT_PARA, 1, 0, "Referat:"},
        {EXT_LIST_ITEM, 1, 1, "Godkendelse af dagsorden."},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 1, 2, "Meddelelser fra formanden."},
        {EXT_PARA, 0, 0, "Formanden har været til møde om besøgsvenner."},
        {EXT_LIST_ITEM, 1, 3, "Høringer mv."},
        {EXT_PARA, 0, 0, "a. Rådet er positivt over for madservicen."},
        {EXT_PARA, 0, 0, "b. Rådet skriver et svar om bybusserne."},
        {EXT_LIST_ITEM, 1, 4, "Budget 2019."},
        {EXT_PARA, 0, 0, "Der er brugt en tredjedel af budgettet."},
        {EXT_PARA, 1, 0, "5.Eventuelt."},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Meddelelser fra formanden", "Høringer mv.",
        "Budget 2019", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 5, labels, titles);
    assert_non_null(strstr(m.items[3].body, "tredjedel"));
    mnt_meeting_fini(&m);
}

/* Items headed by a bare number with the title on the line below
 * ("5." / "Igangværende sager"); inside them, points written inline
 * ("5.1 Seniormesse", "6.1" with no title): the points are the item's
 * text, not items. ("2.1 Title" under "2. Title", both inline, are
 * sub-items: test_segment_shapes.c.) */
static void test_inline_points_under_bare_numbers(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde i Middelfart Ældreråd torsdag den 12. marts 2015\n\n"
        "1.\nGodkendelse af dagsordenen\nGodkendt.\n\n"
        "2.\nIgangværende sager\n"
        "2.1 Seniormesse\nDer er lejet plads i hallen.\n"
        "2.2 Trafik\nBussen kører nu til sygehuset.\n\n"
        "3.\nSiden sidst\n3.1\nFormanden har holdt en tale.\n"
        "3.2 Kurser\nTo medlemmer tager på kursus.\n\n"
        "4.\nEventuelt\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsordenen",
                                         "Igangværende sager", "Siden sidst",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_non_null(strstr(m.items[1].body, "Seniormesse"));
    mnt_meeting_fini(&m);
}

/* Copenhagen's page of one item from a decision record: bold group
 * heading, the numbered item, its bold sections - the decision labelled
 * "<udvalg>s beslutning i mødet den …" is a section, not an item. */
static void test_genitive_decision_is_a_section(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Mødedato: 14.09.2006, kl. 14:00"},
        {EXT_PARA, 0, 0, "Kultur- og Fritidsudvalget"},
        {EXT_PARA, 1, 0, "BESLUTNINGSPROTOKOL"},
        {EXT_PARA, 0, 0, "fra ordinært møde torsdag den 14. september 2006"},
        {EXT_PARA, 1, 0, "Sager til beslutning"},
        {EXT_PARA, 1, 0, "7. Tilskud til byens koncerter"},
        {EXT_PARA, 0, 0, "KFU 99/2006 J.nr. 12/2006"},
        {EXT_PARA, 1, 0, "INDSTILLING OG BESLUTNING"},
        {EXT_PARA, 0, 0, "Forvaltningen indstiller, at puljen fordeles."},
        {EXT_PARA, 1, 0,
         "Kultur- og Fritidsudvalgets beslutning i mødet den 14. september "
         "2006"},
        {EXT_PARA, 0, 0, "Indstillingen blev godkendt."},
        {EXT_PARA, 1, 0, "RESUME"},
        {EXT_PARA, 0, 0, "Puljen er på en halv million kroner."},
    };
    static const char *const labels[] = {"7"};
    static const char *const titles[] = {"Tilskud til byens koncerter"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 1, labels, titles);
    assert_non_null(strstr(m.items[0].body, "Indstillingen blev godkendt"));
    mnt_meeting_fini(&m);
}

/* Bold attendance labels under the items ("Fraværende med afbud" /
 * names) are fields, not unnumbered headings of items of their own. */
static void test_attendance_label_heads_no_item(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_HEADING, 0, 1, "Referat af møde i Lokaludvalget 26.02.2014"},
        {EXT_PARA, 1, 0, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Dagsordenen blev godkendt."},
        {EXT_PARA, 1, 0, "Puljeansøgninger"},
        {EXT_PARA, 0, 0, "Udvalget gav tilskud til to gadefester."},
        {EXT_PARA, 1, 0, "Fraværende med afbud"},
        {EXT_PARA, 0, 0, "Lise Tang og Karsten Ahl."},
        {EXT_PARA, 1, 0, "Fraværende uden afbud:"},
        {EXT_PARA, 0, 0, "Jens Ravn."},
    };
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Puljeansøgninger"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page of one item with no number: the meeting's fields, then the
 * item's title as the page's heading, its sections under it. The
 * heading is the title, not a field line before it. */
static void test_one_item_page_titled_by_heading(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Mødedato: 26.02.2014, kl. 18:30"},
        {EXT_PARA, 0, 0, "Mødested: Beboerhuset, Torvegade 3"},
        {EXT_HEADING, 0, 1, "Eventuelt"},
        {EXT_HEADING, 0, 2, "Beslutning"},
        {EXT_PARA, 0, 0, "Et medlem spurgte til arbejdsgrupperne."},
        {EXT_HEADING, 0, 2, "Om mødet"},
        {EXT_PARA, 0, 0, "Mødet sluttede kl. 21.10."},
    };
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    assert_int_equal(m.nitems, 1);
    expect_title(&m.items[0], "Eventuelt");
    assert_non_null(strstr(m.items[0].body, "arbejdsgrupperne"));
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_rows_are_the_agenda),
        cmocka_unit_test(test_anchor_glyph_after_title),
        cmocka_unit_test(test_publication_stamp_is_no_meeting_date),
        cmocka_unit_test(test_agenda_list_with_nested_points),
        cmocka_unit_test(test_inline_points_under_bare_numbers),
        cmocka_unit_test(test_genitive_decision_is_a_section),
        cmocka_unit_test(test_attendance_label_heads_no_item),
        cmocka_unit_test(test_one_item_page_titled_by_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
