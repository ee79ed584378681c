/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_kkr.c - classes the blind ci- round (the regions'
 * committees, KKR and § 17 stk. 4 udvalg, session 25) brought up. Each
 * case is a few lines in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/segment_internal.h"
#include "segment_util.h"
#include "test_filter.h"

/* rm.dk prints its anchor '#' before the item's time slot too ("…
 * besøgsrum # (kl. 13.00-13.30)"): no part of the title, the slot is. */
static void test_anchor_before_time_slot(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\ntil\nmødet i Psykiatri- og socialudvalget\n"
        "den 14. september 2022 kl. 13:00\n\n"
        "Sagnr.: 1-00-7-22\n\n"
        "1. Foretræde ved foreningen om besøgsrum # (kl. 13.00-13.30)\n\n"
        "Sagsfremstilling\n\nForeningen har bedt om foretræde.\n\n"
        "Beslutning\n\nDer var foretræde.\n\nTilbage til toppen\n"
        "Sagnr.: 1-00-7-22\n\n"
        "2. Tema: Bostederne # (13.30-14.30)\n\nSagsfremstilling\n\n"
        "En gennemgang.\n\nBeslutning\n\nTaget til efterretning.\n\n"
        "Tilbage til toppen\nSagnr.: 1-00-7-22\n\n"
        "3. Eventuelt\n\nBeslutning\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Foretræde ved foreningen om besøgsrum (kl. 13.00-13.30)",
        "Tema: Bostederne (13.30-14.30)", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Region Hovedstaden's decisions pages print the section in capitals and
 * in the plural ("SAG NR. 8 EVENTUELT BESLUTNINGER Intet."): a section
 * word inside a flattened line that ends the title, as "KONKLUSION"
 * does; in lower case it is a title's word ("Beslutninger om …"). */
static void test_caps_plural_decisions_end_title(void **state)
{
    (void)state;
    static const char s1[] = "BESLUTNINGER Intet. 19";
    static const char s2[] = "Beslutninger om budgettet";
    assert_true(mnt_section_word_at(s1, strlen(s1)));
    assert_false(mnt_section_word_at(s2, strlen(s2)));
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_anchor_before_time_slot),
        cmocka_unit_test(test_caps_plural_decisions_end_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
