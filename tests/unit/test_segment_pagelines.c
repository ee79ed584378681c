/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_pagelines.c - real minutes flattened to a line a page
 * and an app's page of one item, that earlier rounds left as known
 * misses (round fl): a protocol's item heads with their number after
 * the title; a contents without page numbers whose last entry ends in a
 * number of its own; an attachment's date in a list of attachments.
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

/* A protocol transcript (Lyngby-Taarbæk's): each item opens with its
 * status, the running header ending in the page ("Åbent punkt
 * Økonomiudvalget den , s.3"), its title and then its own number before
 * its first section, one or two items a page; the contents lost their
 * numbers. A number inside a title ("Lokalplan 12 for …") is no item's. */
static void test_status_head_number_after_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Økonomiudvalget den , s. 1 NORDBY KOMMUNE Økonomiudvalget "
        "Protokol Tirsdag den 8. maj 2012 kl. 16:00 afholdt "
        "Økonomiudvalget møde i Mødelokale 1.\n\n"
        "2 Økonomiudvalget den , s. 2 INDHOLDSFORTEGNELSE Sag nr: Side: "
        "Salg af grund på Havnevej. Lokalplan 12 for Søparken. Budget "
        "for vejvedligehold\n\n"
        "3 Åbent punkt Økonomiudvalget den , s.3 Salg af grund på "
        "Havnevej. 1 Sagsfremstilling Grunden har været udbudt i to "
        "måneder. Økonomiudvalget den Godkendt. Åbent punkt "
        "Økonomiudvalget den , s.3 Lokalplan 12 for Søparken. 2 "
        "Sagsfremstilling Planen giver mulighed for 40 boliger. "
        "Økonomiudvalget den Anbefales.\n\n"
        "4 Åbent punkt Økonomiudvalget den , s.4 Budget for "
        "vejvedligehold 3 Sagsfremstilling Puljen fordeles efter vejenes "
        "tilstand. Økonomiudvalget den Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Salg af grund på Havnevej",
                                         "Lokalplan 12 for Søparken",
                                         "Budget for vejvedligehold"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Indholdsfortegnelse 1. Valg af formand 2. … 3. Mødeplan for udvalget
 * 2019 1. Valg af formand Anledning …": no entry prints a page number,
 * so the last one's "2019" before the first item's heading is its
 * title's, no page number. */
static void test_last_entry_keeps_its_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 Udvalg: Teknik- og Miljøudvalget Dato: Tirsdag den 08. januar "
        "2019 Tid: Kl. 17:00 Sted: Mødelokale 2 Indholdsfortegnelse 1. TMU "
        "- Valg af formand 2. TMU - Valg af næstformand 3. TMU - Mødeplan "
        "for udvalget 2019 1. TMU - Valg af formand Anledning Udvalget "
        "vælger en formand for valgperioden. Beslutning Valgt blev Ruth "
        "Engholm.\n\n"
        "2 2. TMU - Valg af næstformand Anledning Udvalget vælger en "
        "næstformand. Beslutning Valgt blev Otto Sejr. 3. TMU - Mødeplan "
        "for udvalget 2019 Anledning Udvalget fastlægger sine møder. "
        "Beslutning Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"TMU - Valg af formand",
                                         "TMU - Valg af næstformand",
                                         "TMU - Mødeplan for udvalget 2019"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An agenda app's copy of one item: no meeting date on the page, only
 * its attachments' ("- Bilag 1 - Notat fra borgermøde den 4. marts
 * 2025"), which are no meeting's; a date field elsewhere still is. */
static void test_attachment_date_is_no_meeting_date(void **state)
{
    (void)state;
    static const char text[] =
        "Beslutning: Ny legeplads ved Havnevej\n"
        "Bilag\n"
        "- Bilag 1 - Notat fra borgermøde den 4. marts 2025\n"
        "- Bilag 2 - Tegning af legepladsen\n"
        "Sagsfremstilling\n"
        "Borgerne ønsker en ny legeplads ved havnen.\n"
        "Indstilling\n"
        "Administrationen indstiller, at legepladsen bygges.\n"
        "Beslutning\n"
        "Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_null(m.date);
    mnt_meeting_fini(&m);
    static const char dated[] =
        "Referat Teknisk Udvalg\n"
        "Bilag 3 til sag 4 fra mødet den 4. marts 2025\n"
        "Mødedato: Tirsdag den 1. april 2025\n\n"
        "1. Ny legeplads ved Havnevej\n"
        "Sagsfremstilling\n"
        "Borgerne ønsker en ny legeplads.\n";
    parse_text(dated, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2025-04-01");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_status_head_number_after_title),
        cmocka_unit_test(test_last_entry_keeps_its_number),
        cmocka_unit_test(test_attachment_date_is_no_meeting_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
