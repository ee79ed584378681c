/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatprobe.c - transcripts flattened to one line a page
 * (a document site's text of a PDF): where items start inside a page
 * line, the classes round ez found by flattening the fixtures of a
 * heading a line. Each case is a few lines in our own words. */
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

/* A short meeting prints its contents and its first items on one page:
 * the page's text after the contents' last entry (its page number, the
 * running header) opens with the first entry's title again, and the
 * items are read from there on, not lost with the contents. */
static void test_contents_and_items_on_one_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Referat Teknisk Udvalg Onsdag 4/9 2024 kl. 16.00 Mødelokale 3, "
        "Rådhuset Fraværende: Lise Holm (A) Indholdsfortegnelse 1. "
        "Godkendelse af dagsorden ........................ 2 2. Trafikplan "
        "for Nørregade ....................... 2 3. Vintertjeneste "
        "2024-2025 ...................... 3 Teknisk Udvalg 4/9 2024      "
        "Side 2 1. Godkendelse af dagsorden Beslutning Godkendt. 2. "
        "Trafikplan for Nørregade Sagsfremstilling Planen har været i "
        "høring i seks uger. Der kom fire høringssvar. Beslutning "
        "Anbefales. Teknisk Udvalg 4/9 2024      Side 3 3. Vintertjeneste "
        "2024-2025 Sagsfremstilling\n"
        "\n"
        "2 Ruterne er de samme som sidste år. Beslutning Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Trafikplan for Nørregade",
                                         "Vintertjeneste 2024-2025"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_and_items_on_one_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
