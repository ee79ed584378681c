/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_newest.c - shapes of the minutes of 2025 and 2026 the dj-
 * blind round drew: an agenda app's page of one item whose title holds
 * the day a status is made up to ("Budgetopfølgning pr. 31.03.2026 for
 * …"), and one that reports the item's route through two earlier
 * committees' dated decisions while the council's own decision carries
 * no date. Each case is a few lines in our own words. */
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

/* The app's page: the site's and the municipality's names, the title
 * with "pr. 31.03.2026" in it, the case number with an empty second
 * part, the app's labels, then the sections and a flattened table. The
 * abbreviation's dot ends no sentence: the first line under the names
 * is the item's title, not the table's last row. */
static void test_app_title_with_abbreviation(void **state)
{
    (void)state;
    static const char text[] =
        "Monrad\nHerning\n\n"
        "Budgetopfølgning pr. 31.03.2026 for Kulturudvalget\n\n"
        "00.30.14-Ø00-4-26 -\n\nPrompt resultater\n\nBilag\n\n"
        "First-agenda Sagsfremstilling\n\nResume\n\n"
        "Forvaltningen har gjort status over forbruget.\n\n"
        "Sagsfremstilling\n\nTabel 1: Drift\n\n"
        "Udvalg -Vedtaget budget 2026Korrigeret\nbudget pr.\n31/3-2026\n"
        "Museer12,4000,15012,550\nBiblioteker8,9000,0008,900\n\n"
        "Indstilling\n\nat opfølgningen godkendes.\n\n"
        "Beslutning\n\nGodkendt.\n";
    static const char *const titles[] = {
        "Budgetopfølgning pr. 31.03.2026 for Kulturudvalget"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 1, titles);
    mnt_meeting_fini(&m);
}

/* The status's day written out ("pr. 1. april 2026"): the dot of the
 * day's number ends no sentence either. */
static void test_app_title_with_day_in_words(void **state)
{
    (void)state;
    static const char text[] =
        "Monrad\nHerning\n\nAnlægsoversigt pr. 1. april 2026\n\n"
        "00.30.14-Ø00-4-26 -\n\nPrompt resultater\n\nBilag\n\n"
        "First-agenda Sagsfremstilling\n\nResume\n\n"
        "Forvaltningen har gjort status over anlæggene.\n\n"
        "Sagsfremstilling\n\nTabel 1: Anlæg\n\n"
        "Skoler12,4000,15012,550\nVeje8,9000,0008,900\n\n"
        "Indstilling\n\nat oversigten tages til efterretning.\n\n"
        "Beslutning\n\nTaget til efterretning.\n";
    static const char *const titles[] = {"Anlægsoversigt pr. 1. april 2026"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 1, titles);
    assert_null(m.date);
    mnt_meeting_fini(&m);
}

/* The same page's only full date is the status's day in its title: no
 * meeting's date (the page prints none). */
static void test_status_day_is_no_meeting_date(void **state)
{
    (void)state;
    static const char text[] =
        "Monrad\nHerning\n\n"
        "Budgetopfølgning pr. 31.03.2026 for Kulturudvalget\n\n"
        "00.30.14-Ø00-4-26 -\n\nPrompt resultater\n\nBilag\n\n"
        "First-agenda Sagsfremstilling\n\nResume\n\n"
        "Forvaltningen har gjort status over forbruget.\n\n"
        "Indstilling\n\nat opfølgningen godkendes.\n\n"
        "Beslutning\n\nGodkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_null(m.date);
    mnt_meeting_fini(&m);
}

/* A council's page of one item: two committees' earlier decisions, each
 * "Beslutning fra <udvalg>, den <dato>, punkt N:", then the council's
 * own "Beslutning" with no date. The first committee's day is no date
 * of this meeting. */
static void test_route_dates_are_no_meeting_date(void **state)
{
    (void)state;
    static const char text[] =
        "Mariagerfjord\n\nTilskud til nye legepladser\n\n"
        "27.00.00-G01-212-24 -\n\nPrompt resultater\n\nRelevans v1\n\n"
        "Nej\n\nBilag\n\nFirst-agenda Sagsfremstilling\n\n"
        "Forventet sagsgang\n\nBFU, ØK, BY\n\n"
        "Indstilling\n\nDirektionen indstiller til Byrådet:\n\n"
        "  1. At tilskuddet bevilges.\n\n"
        "Beslutning fra Børne- og Familieudvalget, den 4. november 2025, "
        "punkt 88:\n\nIndstilles godkendt.\n\n"
        "Beslutning fra Økonomiudvalget, den 2. december 2025, punkt 270:\n\n"
        "Indstilles godkendt.\n\n"
        "Sagsfremstilling\n\nTo legepladser er slidt ned.\n\n"
        "Beslutning\n\nGodkendt.\n";
    static const char *const titles[] = {"Tilskud til nye legepladser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 1, titles);
    assert_null(m.date);
    mnt_meeting_fini(&m);
}

/* One earlier decision alone still dates a page that prints nothing
 * else: the route rule wants another body's day below it. */
static void test_single_route_date_kept(void **state)
{
    (void)state;
    static const char text[] =
        "Mariagerfjord\n\nTilskud til nye legepladser\n\n"
        "27.00.00-G01-212-24 -\n\nPrompt resultater\n\nNej\n\nBilag\n\n"
        "First-agenda Sagsfremstilling\n\n"
        "Indstilling\n\nDirektionen indstiller til Økonomiudvalget:\n\n"
        "  1. At tilskuddet bevilges.\n\n"
        "Beslutning fra Økonomiudvalget, den 2. december 2025, punkt 270:\n\n"
        "Godkendt.\n\n"
        "Sagsfremstilling\n\nTo legepladser er slidt ned.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2025-12-02");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_app_title_with_abbreviation),
        cmocka_unit_test(test_app_title_with_day_in_words),
        cmocka_unit_test(test_status_day_is_no_meeting_date),
        cmocka_unit_test(test_route_dates_are_no_meeting_date),
        cmocka_unit_test(test_single_route_date_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
