/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_fullcouncils.c - classes the blind da- round of full
 * councils' and economy committees' minutes of 2020-2023 brought up. Each
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

/* A council's page with no date field: "Referat", then its whole agenda
 * run together on one line, an entry's title holding a date ("pr. 31.
 * marts 2022"). That date is a title's; the meeting's is the one the
 * council's decisions repeat. */
static void test_agenda_line_date_is_a_titles(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\n"
        "1. Godkendelse af dagsordenen 2. Budgetopfølgning pr. 31. marts "
        "2022 - Overblikssag 3. Salg af grund (FOR LUKKEDE DØRE)\n\n"
        "Deltagere:\n\nAnne Holm, A\nBo Lund, V\n\n"
        " 1.  1. Godkendelse af dagsordenen\n\n"
        "  Sagsfremstilling\n\n  At godkende dagsordenen.\n\n"
        "  Beslutning i Kommunalbestyrelsen den 22-06-2022\n\n"
        "  Godkendt.\n\n"
        " 2.  2. Budgetopfølgning pr. 31. marts 2022 - Overblikssag\n\n"
        "  Sagsfremstilling\n\n  Et merforbrug på 6 mio. kr.\n\n"
        "  Beslutning i Kommunalbestyrelsen den 22-06-2022\n\n"
        "  Godkendt.\n\n"
        " 3.  3. Salg af grund (FOR LUKKEDE DØRE)\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2022-06-22");
    assert_int_equal(m.nitems, 3);
    mnt_meeting_fini(&m);
}

/* The same run on a transcript's first page after the meeting's date
 * ("Referat 5. maj 2021 1. Godkendelse … 2. … 3. …"): a date before the
 * run's entry 1 is still the meeting's. */
static void test_date_before_agenda_run_kept(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet Referat 5. maj 2021 1. Godkendelse af dagsorden 2. "
        "Regnskab pr. 31. marts 2021 3. Eventuelt\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Regnskab pr. 31. marts 2021\n\nTaget til efterretning.\n\n"
        "3. Eventuelt\n\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2021-05-05");
    mnt_meeting_fini(&m);
}

/* A video player's agenda: all items on one line, each number glued to
 * the title before it, also where that title ends in a year ("… i
 * 20237. Revision …") and to the year of the date before the first
 * ("… den 25. januar 2023.1. Ny aftale …"). */
static void test_numbers_glued_to_years(void **state)
{
    (void)state;
    static const char text[] =
        "Klik her for udvidet dagsorden\n"
        "Velkommen til mødet i regionsrådet den 25. januar 2023.1. Ny "
        "aftale om lægevagten2. Placering af et nærhospital3. Plan for "
        "akutberedskabet4. Anlægsbevillinger til affaldsplanen i 20235. "
        "Revision af råstofplan 20206. Indsatsplan for jordforurening\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Ny aftale om lægevagten",
        "Placering af et nærhospital",
        "Plan for akutberedskabet",
        "Anlægsbevillinger til affaldsplanen i 2023",
        "Revision af råstofplan 2020",
        "Indsatsplan for jordforurening"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    assert_string_equal(m.date, "2023-01-25");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_agenda_line_date_is_a_titles),
        cmocka_unit_test(test_date_before_agenda_run_kept),
        cmocka_unit_test(test_numbers_glued_to_years),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
