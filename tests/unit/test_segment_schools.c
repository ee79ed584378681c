/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_schools.c - classes the blind cn- round (children, school
 * and youth committees, session 26) brought up: a web page's items as
 * bulleted numbers glued under the text above, each over its title and
 * case field, with "Ad 1)" / "Ad 1:" points inside an item's text. Each
 * case is a few lines in our own words. */
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

/* dragoer.dk as text: " • 2" / title / "Sagsid.:" right under the last
 * line of the item before (no blank between), while that item's text
 * holds "Ad 2: …" and "Ad 3: …" paragraphs with text of their own. The
 * bullet, a title and the case's field head the items; the "Ad"
 * paragraphs are points of item 1. */
static void test_bullet_number_over_case_field(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTorsdag den 3. oktober 2019 kl. 17:00\n\n"
        "Mødested: Havnestuen\nUdvalg: Skoleudvalget\n"
        "Afbud fra: Bo Hald (T)\n"
        " • 1\n  Orientering fra skolelederne\n  Sagsid.: 19/4112\n\n"
        "  RESUMÉ:\n\n  Udvalget mødes med skolelederne.\n\n"
        "  BESLUTNING: Skoleudvalget den 03-10-2019\n\n  Til efterretning.\n\n"
        "  SAGSFREMSTILLING:\n\n"
        "  Ad 1: Frikvarterer\n\n  Skolerne fastlægger selv pauserne.\n\n"
        "  Ad 2: Holddannelse\n\n  To skoler prøver hold i matematik.\n\n"
        "  Ad 3: Trivsel\n\n  Målingen viser et stabilt billede.\n"
        " • 2\n  Budgetopfølgning pr. 31. august 2019\n  Sagsid.: 19/118\n\n"
        "  BESLUTNING: Skoleudvalget den 03-10-2019\n\n  Til efterretning.\n"
        " • 3\n  Tilsyn med de frie grundskoler\n  Sagsid.: 19/3951\n\n"
        "  BESLUTNING: Skoleudvalget den 03-10-2019\n\n  Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Orientering fra skolelederne",
                                         "Budgetopfølgning pr. 31. august 2019",
                                         "Tilsyn med de frie grundskoler"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[0].body, "stabilt billede"));
    mnt_meeting_fini(&m);
}

/* A list of points inside an item's text ("Ad 1) Frikvarterer" … under
 * "SAGSFREMSTILLING:"), whose titles the paragraphs below repeat ("Ad 1:
 * Frikvarterer"), is no agenda list: the agenda stands before the items'
 * sections. The items keep the titles under their own numbers. */
static void test_points_after_sections_are_no_agenda(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTorsdag den 3. oktober 2019 kl. 17:00\n\n"
        "Udvalg: Skoleudvalget\n\n"
        " • 1\n  Orientering fra skolelederne\n  Sagsid.: 19/4112\n\n"
        "  RESUMÉ:\n\n  Udvalget mødes med skolelederne.\n\n"
        "  SAGSFREMSTILLING:\n\n  Udvalget orienteres om følgende:\n\n"
        "  Ad 1) Frikvarterer og pauser\n\n  Ad 2) Holddannelse\n\n"
        "  Ad 3) Elevernes trivsel\n\n"
        "  Ad 1: Frikvarterer og pauser\n\n  Skolerne fastlægger selv "
        "pauserne.\n\n"
        "  Ad 2: Holddannelse\n\n  To skoler prøver hold i matematik.\n\n"
        "  Ad 3: Elevernes trivsel\n\n  Målingen viser et stabilt billede.\n\n"
        " • 2\n  Budgetopfølgning pr. 31. august 2019\n  Sagsid.: 19/118\n\n"
        "  BESLUTNING: Skoleudvalget den 03-10-2019\n\n  Til efterretning.\n\n"
        " • 3\n  Tilsyn med de frie grundskoler\n  Sagsid.: 19/3951\n\n"
        "  BESLUTNING: Skoleudvalget den 03-10-2019\n\n  Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Orientering fra skolelederne",
                                         "Budgetopfølgning pr. 31. august 2019",
                                         "Tilsyn med de frie grundskoler"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A temporary committee named by its paragraph without the stk. and
 * joined to the noun ("§17-udvalget"), its task after a colon ("§17-
 * udvalget: Ny skole", htk.dk): that is the council, task included. */
static void test_paragraph_committee_with_task(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde d. 14.11.2016\n\n§17-udvalget: Ny skole\n\n"
        "Deltagere:\nBent Overgaard (formand)\nMalene Kirk\n"
        "Per Ulstrup (afbud)\n\n"
        "1. Godkendelse af dagsorden\n\nReferat:\nGodkendt.\n\n"
        "2. Tidsplan for konkurrencen /ved Ib\n\nIb gennemgår tidsplanen.\n\n"
        "Referat:\nTaget til efterretning.\n\n3. Evt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_string_equal(m.council, "§17-udvalget: Ny skole");
    assert_int_equal(m.nitems, 3);
    mnt_meeting_fini(&m);
}

/* A temporary committee's heading naming it by the paragraph, a full
 * stop and its task's name, no noun "udvalg" ("§17, Stk. 4. Strategi og
 * Samskabelse i Gribskov 2030", gribskov.dk): the whole heading is the
 * council, not the body's "temaudvalget". */
static void test_paragraph_stop_names_committee(void **state)
{
    (void)state;
    static const char text[] =
        "Se hvilke fagudvalg der er aktive\n\n"
        "§17, Stk. 4. Strategi og Samskabelse i Byen 2030\n\n"
        "Tirsdag den 05-03-2019 kl. 17:00\n\nTilbage\n\n"
        "16. Godkendelse af dagsorden\n\n"
        "Administrationen indstiller til temaudvalget,\n"
        "  1. at godkende dagsorden\n\nBeslutning\n  1. Godkendt\n\n"
        "17. Meddelelser\n\nAdministrationen indstiller til temaudvalget,\n"
        "  1. at tage orienteringen til efterretning\n\nBeslutning\n"
        "  1. Taget til efterretning\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_string_equal(m.council,
                        "§17, Stk. 4. Strategi og Samskabelse i Byen 2030");
    assert_int_equal(m.nitems, 2);
    mnt_meeting_fini(&m);
}

/* A board's minutes whose agenda list lost its numbers (an <ol> pasted
 * as text): after "Dagsorden:" each item is a title line with its
 * minutes right under it, the items set apart by wide gaps of spacer
 * lines. Those title lines head the items; two such blocks are too few
 * to tell an agenda from paragraphs. */
static void test_gapped_unnumbered_items(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Ungdomsskolens bestyrelsesmøde\n\n"
        "Onsdag  d. 26. September 2018 kl. 16:30 - 19.00\n\n \n\n"
        "Medlemmer:\n\nFrida Krogh\n\nByrådsmedlem - formand\n\n \n\n"
        "Dagsorden:\n \n\n \n\n"
        "Godkendelse af referat og dagsorden\nReferat godkendt\n"
        "Dagsorden godkendt\n\n\n \n\n \n\n"
        "Information fra formanden:\n- Budget 2019.\n\n"
        "  Byrådet forhandler stadig budgettet.\n \n\n \n\n"
        "Eventuelt\nCykelparkeringen skal forbedres.\n";
    static const char *const titles[] = {"Godkendelse af referat og dagsorden",
                                         "Information fra formanden",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 3, titles);
    assert_non_null(strstr(m.items[1].body, "forhandler stadig"));
    mnt_meeting_fini(&m);
    static const char two[] =
        "Referat\n\nOnsdag d. 26. september 2018\n\nDagsorden:\n\n\n\n"
        "Godkendelse af referat\nReferat godkendt\n\n\n\n"
        "Eventuelt\nIntet.\n";
    parse_text(two, &m);
    assert_int_equal(m.nitems, 1);
    mnt_meeting_fini(&m);
}

/* An Aula page's agenda table as text (round ij): "Pkt. 2 (Sif)", the
 * item's number and who brings it in, in a paragraph of its own over
 * the title; the name in brackets is no title. */
static void test_presenter_after_number_is_no_title(void **state)
{
    (void)state;
    static const char text[] =
        "Referat 25. maj 2022\n\n"
        "Skolebestyrelsesmøde den 25. maj 2022 kl. 18.30 - Personalerummet\n\n"
        "Pkt. 1\n\nGodkendelse af dagsorden\n\nKl. 18.30\n\nGodkendt\n\n"
        "Pkt. 2 (Sif)\n\nElevrådet har ordet\n\n18.35-18.45\n\n"
        "Elevrådet kom ikke.\n\n"
        "Pkt. 3 (Anne Mette)\n\nSkolens trafikplan\n\n18.45-19.00\n\n"
        "Planen blev drøftet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Elevrådet har ordet",
                                         "Skolens trafikplan"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same table where the first cell's last paragraph, the title, runs
 * into the row's other cells after a tab (time slot, kind, minutes): the
 * title ends at the tab, the minutes are the item's text. */
static void test_row_cells_after_title_under_number(void **state)
{
    (void)state;
    static const char text[] =
        "Referat 25. maj 2022\n\n"
        "Skolebestyrelsesmøde den 25. maj 2022 kl. 18.30 - Personalerummet\n\n"
        "Pkt. 1\n\nGodkendelse af dagsorden\n\nKl. 18.30\tBeslutning\n\n"
        "Pkt. 2\n\nSkolens budget – status\t18.35-18.45\tOrientering\t"
        "Budgettet holder. Der er penge til nye borde.\n\n"
        "Pkt. 3\n\nEventuelt\t18.45-19.00\tOrientering\tIntet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Skolens budget – status", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "nye borde"));
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bullet_number_over_case_field),
        cmocka_unit_test(test_points_after_sections_are_no_agenda),
        cmocka_unit_test(test_paragraph_committee_with_task),
        cmocka_unit_test(test_paragraph_stop_names_committee),
        cmocka_unit_test(test_gapped_unnumbered_items),
        cmocka_unit_test(test_presenter_after_number_is_no_title),
        cmocka_unit_test(test_row_cells_after_title_under_number),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
