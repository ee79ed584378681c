/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_commissions.c - classes the blind dl- round (session 28:
 * committees with unusual names and structures - beredskabskommissioner,
 * folkeoplysningsudvalg) brought up: a commission named on a line of its
 * own; a page whose first heading is glued to the empty contents list
 * and one of whose items prints its decision above its first section.
 * Each case is a few lines in our own words. */
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

/* The municipality's fire and rescue commission: "Beredskabskommissionen"
 * alone over the meeting's day names the council, as "-udvalget" or
 * "-nævnet" would. */
static void test_commission_line_names_council(void **state)
{
    (void)state;
    static const char text[] = "Beredskabskommissionen\n\n"
                               "Onsdag den 09-12-2015 kl. 15:30\n\n"
                               "1. Budgetopfølgning 2015\n"
                               "Der ventes et mindreforbrug.\n\n"
                               "2. Aftale om brandhaner\nAftalen godkendes.\n\n"
                               "3. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    assert_non_null(m.council);
    assert_string_equal(m.council, "Beredskabskommissionen");
    mnt_meeting_fini(&m);
}

/* A page that names no council of its own: a national commission an
 * item reports on ("Ydelseskommissionens anbefalinger") is no council of
 * these minutes; only the municipality's own commission is one. */
static void test_national_commission_no_council(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nMandag den 3. maj 2021 kl. 16:00\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Orientering om Ydelseskommissionens anbefalinger\n"
        "Ydelseskommissionen har afleveret sin rapport.\n\n"
        "3. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    assert_null(m.council);
    mnt_meeting_fini(&m);
}

/* The first heading glued to an empty contents list
 * ("Indholdsfortegnelse1. Fraværende"), every item opened by "Resume"
 * except one that prints its "Beslutning" first: the reading that cuts
 * the glued heading off finds the titled headings; the one that opens
 * items at their first section splits that item in two and has no
 * titles. The titled headings win though they count one item less. */
static void test_glued_first_heading_decision_first(void **state)
{
    (void)state;
    static const char text[] =
        "Beredskabskommissionen - Referat\n\n"
        "Dato: 12. september 2013\nLokale: Mødelokale 2\n\n\n"
        "Indholdsfortegnelse1. Fraværende\n\n\n"
        "Resume\n\nSagsforløb: BEKO\n\nBeslutning\n\nIngen.\n\n"
        "Til toppen\n\n\n"
        "2. Orientering om ny vejledning\n\n\n"
        "Beslutning\n\nTil efterretning.\n\n"
        "Resume\n\nSagsforløb: BEKO\n\n"
        "Styrelsen har udsendt en ny vejledning.\n\n"
        "Sagsfremstilling\n\nVejledningen skal følges ved næste revision.\n\n"
        "Til toppen\n\n\n"
        "3. Budget 2014\n\n\n"
        "Resume\n\nSagsforløb: BEKO\n\n"
        "Budgettet fremlægges til godkendelse.\n\n"
        "Beslutning\n\nAnbefales.\n\nTil toppen\n\n\n"
        "4. Eventuelt\n\n\n"
        "Resume\n\nSagsforløb: BEKO\n\nBeslutning\n\nIntet.\n\n"
        "Til toppen\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Fraværende",
                                         "Orientering om ny vejledning",
                                         "Budget 2014", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_commission_line_names_council),
        cmocka_unit_test(test_national_commission_no_council),
        cmocka_unit_test(test_glued_first_heading_decision_first),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
