/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_lists.c - classes the blind q- round of minutes brought
 * up (issue 11): a Word contents table flattened to a number, a title
 * and a page on lines of their own; an agenda list with a nested list
 * of sub-points; an anchor glyph after a title; a post's publication
 * stamp above the meeting's date. Each case is a few lines in our own
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

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_rows_are_the_agenda),
        cmocka_unit_test(test_anchor_glyph_after_title),
        cmocka_unit_test(test_publication_stamp_is_no_meeting_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
