/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatbullets.c - an agenda site's page printed to PDF and
 * flattened to one line a page: the site sets each item's number, and
 * each section's name, after a list's bullet ("• 2 Title • Resume …"),
 * and the transcript runs them all into the page's line (round jd's
 * flat probe). Each case is a few lines in our own words. */
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

/* A bulleted number without a full stop heads an item where its title
 * runs into the next bullet's section ("• Resume", "• Beslutningstema")
 * or into the case file's field ("Sagsid.:"); a bulleted count in the
 * text ("• 3 Bænke …") runs into neither and heads nothing. */
static void test_bulleted_numbers_inside_page(void **state)
{
    (void)state;
    static const char sections[] =
        "Ældrerådet\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Ældrerådet - Referat fra mødet den 14-03-2023 Referat • 1 "
        "Godkendelse af dagsorden • Beslutning Godkendt. • 2 Nye bænke "
        "langs åstien • Resume Rådet har foreslået flere steder at hvile "
        "sig. Forvaltningen har fundet plads til: • 3 Bænke ved broen • 2 "
        "Bænke ved søen • Beslutning Rådet takker for forslaget.\n"
        "\n"
        "2 • 3 Orientering fra formanden • Beslutningstema Formanden "
        "fortalte om dialogmødet med udvalget. • 4 Eventuelt • Beslutning "
        "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Nye bænke langs åstien",
        "Orientering fra formanden", "Eventuelt"};
    static const char fields[] =
        "Skoleudvalget\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Referat Tirsdag den 7. marts 2023 kl. 17:00 Mødested: Salen "
        "Udvalg: Skoleudvalget Afbud fra: Mette Lund (C) • 1 Ny "
        "skolevejsplan Sagsid.: 23/1104 RESUMÉ: Planen viser de sikre "
        "ruter til skolerne. BESLUTNING: Godkendt. • 2 Budgetopfølgning "
        "pr. 28. februar 2023 Sagsid.: 23/0902 RESUMÉ: Området forventer "
        "balance. BESLUTNING: Taget til efterretning.\n"
        "\n"
        "2 • 3 Meddelelser Sagsid.: 23/0120 BESLUTNING: Formanden "
        "orienterede om skolernes trivselsmåling.\n";
    static const char *const field_titles[] = {
        "Ny skolevejsplan", "Budgetopfølgning pr. 28. februar 2023",
        "Meddelelser"};
    struct mnt_meeting m;
    parse_text(sections, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
    parse_text(fields, &m);
    expect_items(&m, 3, labels, field_titles);
    mnt_meeting_fini(&m);
}

/* A title cut out of a flattened page ends before a bullet: the web
 * page set its first section's name after one ("Punkt 12 Title •
 * Sagsfremstilling"), and no title holds a bullet of its own. */
static void test_bullet_ends_flat_title(void **state)
{
    (void)state;
    static const char text[] =
        "Mødedetaljer\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Mødedetaljer Udvalg Dato Type Byrådet 22-05-2024 17:00 Referat "
        "Punkt 212 Spørgetid 22. maj 2024 • Sagsfremstilling Der var ingen "
        "spørgsmål. Punkt 213 Regnskab 2023 - overførsler • Resumé "
        "Regnskabet viser et overskud. • Beslutning Godkendt. Punkt 214 "
        "Lokalplan 410 - boliger ved Skovbrynet • Sagsfremstilling Planen "
        "har været i høring.\n"
        "\n"
        "2 • Beslutning Vedtaget.\n";
    static const char *const labels[] = {"212", "213", "214"};
    static const char *const titles[] = {
        "Spørgetid 22. maj 2024", "Regnskab 2023 - overførsler",
        "Lokalplan 410 - boliger ved Skovbrynet"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bulleted_numbers_inside_page),
        cmocka_unit_test(test_bullet_ends_flat_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
