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
                                         "Meddelelser", "Parkering ved skolen",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page whose titles are collapsed away, items opened by "Resume": the
 * meeting's place line above the first and the item before's "Bilag"
 * entry above the second are no titles when the third has none. */
static void test_bilag_entry_above_section_no_title(void **state)
{
    (void)state;
    const char *text = "Referat\n"
                       "Vejudvalget tirsdag den 18. maj 2021 kl. 16:30\n\n"
                       "Via Microsoft Teams\n\n"
                       "Resume\n\n"
                       "Lokalplan for rækkehuse ved åen skal vedtages.\n\n"
                       "Indstilling\n\n"
                       "at lokalplanen vedtages.\n\n"
                       "Beslutning\n\n"
                       "Godkendt.\n\n"
                       "Bilag\n\n"
                       "Hvidbog - høringssvar\n\n"
                       "Resume\n\n"
                       "Orientering om vintertjenesten i sæsonen.\n\n"
                       "Indstilling\n\n"
                       "at orienteringen tages til efterretning.\n\n"
                       "Beslutning\n\n"
                       "Taget til efterretning.\n\n"
                       "Resume\n\n"
                       "Der søges om midler til cykelstativer.\n\n"
                       "Indstilling\n\n"
                       "at bevillingen frigives.\n\n"
                       "Beslutning\n\n"
                       "Anbefales.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 3)
        fail_msg("%zu items (layout %s), want 3", m.nitems, m.layout);
    for (size_t i = 0; i < 3; i++)
        if (m.items[i].title != NULL)
            fail_msg("item %zu titled <%s>", i + 1, m.items[i].title);
    mnt_meeting_fini(&m);
}

/* A committee named by its areas with a two-letter one ("Udvikling,
 * By og Land") over the meeting's day is the council (composed with the
 * municipality a body names), not the municipality alone. */
static void test_areas_name_with_two_letter_word(void **state)
{
    (void)state;
    expect_text_council("Dagsordener og referater\n\n"
                        "Se hvilke fagudvalg der er aktive\n\n"
                        "Natur, By og Hav\n\n"
                        "Tirsdag den 15-10-2019 kl. 17:00\n\n"
                        "Tilbage\n\n"
                        "211. Godkendelse af dagsorden\n\n"
                        "Beslutning\n\n"
                        "Godkendt\n\n"
                        "212. Budget for Holmstrup Kommune\n\n"
                        "Sagsfremstilling\n\n"
                        "Holmstrup Kommunes kasse er presset.\n\n"
                        "Beslutning\n\n"
                        "Drøftet\n",
                        "Natur, By og Hav, Holmstrup Kommune");
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_attachment_list_before_heading_no_agenda),
        cmocka_unit_test(test_bilag_entry_above_section_no_title),
        cmocka_unit_test(test_areas_name_with_two_letter_word),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
