/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_groups.c - group headings over lettered items in Danish
 * minutes: when "2a." under "2. Orienteringssager" is an item of its
 * own, and when the lettered points are the text of one item. Each case
 * is a small document in our own words. */
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

/* Two groups ("2. Orienteringssager", "3. Beslutningssager"), each a
 * short name with nothing under it but its lettered cases, and every
 * case with sections of its own: the cases are the items, the group
 * headings none, in both the glued ("2a.") and the spaced ("3 a.")
 * letter. */
static void test_group_cases_with_sections(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nUdvalget for Natur og Fritid\n\n"
        "Mødedato: 5. februar 2025\nMødested: Byrådssalen\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Orienteringssager\n\n"
        "2a. Badevandskvalitet i sommeren 2024\n\n"
        "Sagsfremstilling\nAlle prøver fra de seks strande var i orden.\n\n"
        "Beslutning\nTaget til efterretning.\n\n"
        "2b. Nye bænke langs åen\n\n"
        "Beslutning\nTaget til efterretning.\n\n"
        "3. Beslutningssager\n\n"
        "3 a. Tilskud til spejdernes hytte\n\n"
        "Sagsfremstilling\nSpejderne søger 40.000 kr. til et nyt tag.\n\n"
        "Indstilling\nForvaltningen indstiller, at tilskuddet gives.\n\n"
        "Beslutning\nGodkendt.\n\n"
        "3 b. Åbningstider på genbrugspladsen\n\n"
        "Sagsfremstilling\nPladsen foreslås åben til kl. 19 om torsdagen.\n\n"
        "Beslutning\nGodkendt.\n\n"
        "4. Eventuelt\n\nBeslutning\nIntet.\n";
    static const char *const labels[] = {"1", "2a", "2b", "3 a", "3 b", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Badevandskvalitet i sommeren 2024",
                                         "Nye bænke langs åen",
                                         "Tilskud til spejdernes hytte",
                                         "Åbningstider på genbrugspladsen",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same headings over short lettered lines with no section between
 * them (the decision under the last): the points are the text of their
 * item, which keeps its heading. */
static void test_letter_points_without_sections(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nUdvalget for Natur og Fritid\n\n"
        "Mødedato: 5. februar 2025\nMødested: Byrådssalen\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Meddelelser\n"
        "2a. Formanden har holdt møde med jægerforeningen.\n"
        "2b. Direktøren orienterede om sygefraværet.\n\n"
        "Beslutning\nTaget til efterretning.\n\n"
        "3. Status\n"
        "3a. Stien ved mosen er færdig.\n"
        "3b. Legepladsen åbner i maj.\n\n"
        "Beslutning\nTaget til efterretning.\n\n"
        "4. Eventuelt\n\nBeslutning\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Meddelelser", "Status", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same groups labelled "Punkt N:" (a region's template, read by
 * the region layout): "Punkt 2: Orienteringssager" over "Punkt 2a:
 * Title" is no item there either. */
static void test_group_heads_in_punkt_labels(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nRegionsrådets Udvalg for Trafik\n\n"
        "Mødedato: 11. marts 2025\nMødested: Regionshuset, lokale 4\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "Punkt 2: Orienteringssager\n\n"
        "Punkt 2a: Passagertal på lokalbanerne\n\n"
        "Sagsfremstilling\nTallet steg med 6 procent i 2024.\n\n"
        "Beslutning\nTaget til efterretning.\n\n"
        "Punkt 2b: Nye busstoppesteder ved sygehuset\n\n"
        "Sagsfremstilling\nTo stoppesteder flyttes nærmere indgangen.\n\n"
        "Beslutning\nTaget til efterretning.\n\n"
        "Punkt 3: Beslutningssager\n\n"
        "Punkt 3a: Tilskud til natbusser\n\n"
        "Indstilling\nAdministrationen indstiller, at tilskuddet gives.\n\n"
        "Beslutning\nGodkendt.\n\n"
        "Punkt 4: Eventuelt\n\nBeslutning\nIntet.\n";
    static const char *const labels[] = {"1", "2a", "2b", "3a", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Passagertal på lokalbanerne",
                                         "Nye busstoppesteder ved sygehuset",
                                         "Tilskud til natbusser", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* The letter after the number's full stop ("2.a Title"): a case
 * labelled as printed; "2.a" in a sentence, no capital after it, heads
 * nothing. */
static void test_letter_after_full_stop(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nSocialudvalget\n\n"
        "Mødedato: 3. juni 2025\nMødested: Rådhuset\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Sager til beslutning\n\n"
        "2.a Nyt botilbud for unge\n\n"
        "Sagsfremstilling\nTilbuddet får 12 pladser, jf. pkt.\n"
        "2.a i planen fra sidste år.\n\n"
        "Beslutning\nGodkendt.\n\n"
        "2.b Takster for madservice\n\n"
        "Sagsfremstilling\nPrisen stiger med 2 kr. pr. måltid.\n\n"
        "Beslutning\nGodkendt.\n\n"
        "3. Eventuelt\n\nBeslutning\nIntet.\n";
    static const char *const labels[] = {"1", "2.a", "2.b", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Nyt botilbud for unge",
                                         "Takster for madservice", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_group_cases_with_sections),
        cmocka_unit_test(test_letter_points_without_sections),
        cmocka_unit_test(test_group_heads_in_punkt_labels),
        cmocka_unit_test(test_letter_after_full_stop),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
