/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_furniture.c - page furniture in PDF transcripts (running
 * heads, footers, page numbers) where it falls inside items or runs into
 * their headings: the classes round ht's `furniture` probe found. Each
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

/* A template that opens every item on a new page: the transcript runs
 * the footer `Side N af M` into the next page's heading, `Side 1 af
 * 315. Title` (page 1 of 3, item 15). The pages' count is the fewest
 * digits that leave the headings numbered on and no page past the
 * count: 3 here, 12 in the second (`Side 2 af 124.`: page 2 of 12,
 * item 4, not page 2 of 1). */
static void test_footer_glued_to_heading(void **state)
{
    (void)state;
    static const char text[] = "Skovby Kommune\n"
                               "Referat\n"
                               "Teknisk Udvalg\n"
                               "Mødedato: 4. september 2024\n"
                               "\n"
                               "14. Godkendelse af dagsorden\n"
                               "\n"
                               "Beslutning\n"
                               "Godkendt.\n"
                               "\n"
                               "Side 1 af 315. Trafikplan for Nørregade\n"
                               "\n"
                               "Sagsfremstilling\n"
                               "Planen har været i høring i seks uger.\n"
                               "Beslutning\n"
                               "Anbefales.\n"
                               "\n"
                               "Side 2 af 316. Vintertjeneste 2024-2025\n"
                               "\n"
                               "Sagsfremstilling\n"
                               "Ruterne er de samme som sidste år.\n"
                               "Beslutning\n"
                               "Godkendt.\n";
    static const char *const labels[] = {"14", "15", "16"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Trafikplan for Nørregade",
                                         "Vintertjeneste 2024-2025"};
    static const char twelve[] = "Skovby Kommune\n"
                                 "Referat\n"
                                 "Teknisk Udvalg\n"
                                 "Mødedato: 4. september 2024\n"
                                 "\n"
                                 "2. Godkendelse af dagsorden\n"
                                 "\n"
                                 "Beslutning\n"
                                 "Godkendt.\n"
                                 "\n"
                                 "Side 1 af 123. Trafikplan for Nørregade\n"
                                 "\n"
                                 "Beslutning\n"
                                 "Anbefales.\n"
                                 "\n"
                                 "Side 2 af 124. Vintertjeneste 2024-2025\n"
                                 "\n"
                                 "Beslutning\n"
                                 "Godkendt.\n";
    static const char *const labels12[] = {"2", "3", "4"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
    parse_text(twelve, &m);
    expect_items(&m, 3, labels12, titles);
    mnt_meeting_fini(&m);
}

/* A running head naming the item open at the page break (`Punkt 15
 * fortsat`) heads no item: the item keeps its own heading and title
 * (here a web page's print, each title over `Sag nr. N`, where the
 * head read as `Punkt N` took the item's place). */
static void test_running_head_item_continued(void **state)
{
    (void)state;
    static const char text[] = "Teknisk Udvalg\n"
                               "\n"
                               "04-09-2024\n"
                               "\n"
                               "Sager 14 - 16\n"
                               "\n"
                               "Godkendelse af dagsorden\n"
                               "Sag nr. 14\n"
                               "\n"
                               "Beslutning\n"
                               "\n"
                               "Godkendt.\n"
                               "\n"
                               "Trafikplan for Nørregade\n"
                               "Sag nr. 15\n"
                               "\n"
                               "Sagens kerne\n"
                               "\n"
                               "Planen har været i høring i seks uger.\n"
                               "Side 1\n"
                               "\n"
                               "Punkt 15 fortsat\n"
                               "Der kom fire høringssvar.\n"
                               "\n"
                               "Beslutning\n"
                               "\n"
                               "Anbefales.\n"
                               "\n"
                               "Vintertjeneste 2024-2025\n"
                               "Sag nr. 16\n"
                               "\n"
                               "Sagens kerne\n"
                               "\n"
                               "Ruterne er de samme som sidste år.\n"
                               "Side 2\n"
                               "\n"
                               "Punkt 16 fortsat\n"
                               "\n"
                               "Beslutning\n"
                               "\n"
                               "Godkendt.\n";
    static const char *const labels[] = {"14", "15", "16"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Trafikplan for Nørregade",
                                         "Vintertjeneste 2024-2025"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page's number printed as a template's field, `Sidenr. N`, alone on
 * the page's last line, is page furniture like `Side N`: not the end of
 * the title above it (`Takster 2025 Sidenr. 2`) nor a title of its own
 * (round hy; the shared reader, page_number.c). */
static void test_sidenr_footer(void **state)
{
    (void)state;
    static const char text[] = "Byrådet\n"
                               "Referat\n"
                               "Mødedato: 30. oktober 2024\n"
                               "\n"
                               "Pkt. 41\n"
                               "\n"
                               "Godkendelse af dagsorden\n"
                               "\n"
                               "Sagsnr. 1201 Byrådet Åbent punkt\n"
                               "\n"
                               "Beslutning\n"
                               "Godkendt.\n"
                               "\n"
                               "Pkt. 42\n"
                               "\n"
                               "Takster for havneleje 2025\n"
                               "\n"
                               "Sidenr. 2\n"
                               "\n"
                               "Sagsnr. 1202 Byrådet Åbent punkt\n"
                               "\n"
                               "Beslutning\n"
                               "Godkendt.\n"
                               "\n"
                               "Pkt. 43\n"
                               "\n"
                               "Vinterbadning ved Nordstranden\n"
                               "\n"
                               "Sagsnr. 1203 Byrådet Åbent punkt\n"
                               "\n"
                               "Beslutning\n"
                               "Udsat.\n";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Takster for havneleje 2025",
                                         "Vinterbadning ved Nordstranden"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A running head a page opens with under its footer (`Side 2`), the
 * same on every page (a logo's municipality, the council and date), is
 * no title: a heading whose title the page break put on the next page
 * (`Punkt: 2` / `Side 1` / `Skovby Kommune` / title) keeps its own; a
 * page that opens with an item's section is no running head. */
static void test_running_head_over_title(void **state)
{
    (void)state;
    static const char text[] = "Skovby Kommune\n"
                               "Teknisk Udvalg\n"
                               "Referat 4. september 2024\n"
                               "\n"
                               "Punkt: 1\n"
                               "Godkendelse af dagsorden\n"
                               "Beslutning\n"
                               "Godkendt.\n"
                               "\n"
                               "Punkt: 2\n"
                               "Side 1\n"
                               "\n"
                               "Teknisk Udvalg 04.09.2024\n"
                               "Trafikplan for Nørregade\n"
                               "Sagsfremstilling\n"
                               "Planen har været i høring i seks uger.\n"
                               "\n"
                               "Punkt: 3\n"
                               "Side 2\n"
                               "\n"
                               "Teknisk Udvalg 04.09.2024\n"
                               "Vintertjeneste 2024-2025\n"
                               "Beslutning\n"
                               "Godkendt.\n"
                               "Side 3\n"
                               "\n"
                               "Teknisk Udvalg 04.09.2024\n"
                               "Punkt: 4\n"
                               "Eventuelt\n"
                               "Beslutning\n"
                               "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Trafikplan for Nørregade",
        "Vintertjeneste 2024-2025", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A contents list over two pages (round im): the page's footer (a date
 * alone) and the next page's running head stand between entries 3 and
 * 4, and print the same on every page. The list goes on over them: the
 * items open below where each of its five titles stands again, printed
 * without a number (the agenda style). */
static void test_agenda_over_page_furniture(void **state)
{
    (void)state;
    static const char text[] = "Skovby Kommune\n"           /* 1 */
                               "Referat - Teknisk Udvalg\n" /* 2 */
                               "\n"
                               "Indhold\n"
                               "1. Godkendelse af dagsorden\n" /* 5 */
                               "2. Trafikplan for Nørregade\n"
                               "3. Vintertjeneste 2024-2025\n"
                               "4. september 2024\n"
                               "\n"
                               "Referat - Teknisk Udvalg\n" /* 10 */
                               "4. Cykelsti langs Åvej\n"
                               "5. Eventuelt\n"
                               "\n"
                               "Godkendelse af dagsorden\n" /* 14 */
                               "Godkendt.\n"
                               "\n"
                               "Trafikplan for Nørregade\n" /* 17 */
                               "Planen har været i høring i seks uger.\n"
                               "\n"
                               "Vintertjeneste 2024-2025\n" /* 20 */
                               "Godkendt med en bemærkning om ruterne.\n"
                               "4. september 2024\n"
                               "\n"
                               "Referat - Teknisk Udvalg\n" /* 24 */
                               "Cykelsti langs Åvej\n"      /* 25 */
                               "Udvalget anbefaler projektet.\n"
                               "\n"
                               "Eventuelt\n" /* 28 */
                               "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Trafikplan for Nørregade",
        "Vintertjeneste 2024-2025", "Cykelsti langs Åvej", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    assert_int_equal(m.items[0].first_line, 14);
    assert_int_equal(m.items[3].first_line, 25);
    assert_int_equal(m.items[4].first_line, 28);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_footer_glued_to_heading),
        cmocka_unit_test(test_running_head_item_continued),
        cmocka_unit_test(test_sidenr_footer),
        cmocka_unit_test(test_running_head_over_title),
        cmocka_unit_test(test_agenda_over_page_furniture),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
