/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_technical.c - classes the blind dc- round of technical,
 * environment, plan and housing committees brought up. Each case is a
 * few lines in our own words. */
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

/* An item's numbered attachment list ("1. Notat … (pdf)", "2. Brev …")
 * right above the next heading ("3. Title") is no agenda list keyed to
 * the "Ad 1:" / "Ad 2:" decisions of that item: it stands after the
 * items' sections, so heading 3 stays an item. */
static void test_attachment_list_before_heading_no_agenda(void **state)
{
    (void)state;
    const char *text = "Referat - Vejudvalget den 2. april 2019\n\n"
                       "1. Godkendelse af dagsorden\n\n"
                       "Beslutning i Vejudvalget den 02-04-2019\n\n"
                       "Godkendt.\n\n"
                       "2. Meddelelser\n\n"
                       "Beslutning i Vejudvalget den 02-04-2019\n\n"
                       "Taget til efterretning.\n\n"
                       "Bilag\n\n"
                       "  1. Notat om gadelys (pdf)\n"
                       "  2. Brev fra busselskabet (pdf)\n\n"
                       "3. Parkering ved skolen\n\n"
                       "Indstilling\n\n"
                       "  1. at der indføres parkering i 2 timer\n"
                       "  2. at ordningen evalueres\n\n"
                       "Beslutning i Vejudvalget den 02-04-2019\n\n"
                       "Ad 1: Godkendt.\n\n"
                       "Ad 2: Godkendt.\n\n"
                       "4. Eventuelt\n\n"
                       "Beslutning i Vejudvalget den 02-04-2019\n\n"
                       "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Meddelelser",
                                         "Parkering ved skolen", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attachment_list_before_heading_no_agenda),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
