/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_reordered.c - items printed in the order a meeting
 * handled them, which its header reports (round fk, drawn blind from a
 * regional forretningsudvalg's page of 2013): an item added to the
 * agenda, numbered after the agenda's last, handled and printed second
 * ("32.", "41.", "33.", …). Each case is a few lines in our own words. */
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

#define ITEMS                                                                  \
    "Sagnr.: 1-30-1-13\n\n32. Belægningen på de medicinske afdelinger\n\n"   \
    "Resume\n\nEt notat om belægningen.\n\nBeslutning\n\nDrøftet.\n\n"       \
    "Tilbage til toppen\nSagnr.: 1-30-2-13\n\n"                                \
    "41. Henvendelse om ventetider til høreapparater\n\n"                     \
    "Resume\n\nEt medlem har bedt om en drøftelse.\n\n"                       \
    "Beslutning\n\nDrøftet.\n\nTilbage til toppen\nSagnr.: 1-30-3-13\n\n"     \
    "33. Overførsel af driftsmidler\n\nResume\n\nMindreforbruget føres "     \
    "over.\n\nBeslutning\n\nAnbefalet.\n\nTilbage til toppen\n"                \
    "Sagnr.: 1-30-4-13\n\n34. Eventuelt\n\nBeslutning\n\nIntet.\n"

/* The header names the added item and where it was handled: its
 * heading, between 32 and 33, is an item in the order printed. Without
 * that sentence, or with an attendance note naming the number ("under
 * behandlingen af punkt 41"), the same page reads 32, 33, 34 (41's text
 * stays in 32: a number out of the run that nothing explains). */
static void test_added_item_handled_second(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\ntil\nmødet i Forretningsudvalget\nden 21. maj 2013 kl. "
        "10:00\n\n"
        "Alle medlemmer var mødt.\n\n"
        "Dagsordenen blev suppleret med et punkt om ventetider.\n\n"
        "Punkt 41, Henvendelse om ventetider til høreapparater blev "
        "behandlet som punkt 2.\n\n\n" ITEMS;
    static const char *const labels[] = {"32", "41", "33", "34"};
    static const char *const titles[] = {
        "Belægningen på de medicinske afdelinger",
        "Henvendelse om ventetider til høreapparater",
        "Overførsel af driftsmidler", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);

    static const char plain[] =
        "Referat\ntil\nmødet i Forretningsudvalget\nden 21. maj 2013 kl. "
        "10:00\n\n"
        "Alle medlemmer var mødt.\n\n\n" ITEMS;
    static const char *const l2[] = {"32", "33", "34"};
    static const char *const t2[] = {"Belægningen på de medicinske afdelinger",
                                     "Overførsel af driftsmidler", "Eventuelt"};
    parse_text(plain, &m);
    expect_items(&m, 3, l2, t2);
    mnt_meeting_fini(&m);

    static const char note[] =
        "Referat\ntil\nmødet i Forretningsudvalget\nden 21. maj 2013 kl. "
        "10:00\n\n"
        "Lone Brix forlod mødet under behandlingen af punkt 41.\n\n\n" ITEMS;
    parse_text(note, &m);
    expect_items(&m, 3, l2, t2);
    mnt_meeting_fini(&m);
}

/* The same with "Punkt N: Title" headings, another style's chain. */
static void test_added_item_punkt_labels(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nmødet i Forretningsudvalget den 21. maj 2013\n\n"
        "Punkt 41, Henvendelse om høreapparater blev behandlet som punkt "
        "2.\n\n\n"
        "Sagnr.: 1-30-1-13\n\nPunkt 32: Belægningen på afdelingerne\n\n"
        "Resume\n\nEt notat om belægningen.\n\nBeslutning\n\nDrøftet.\n\n"
        "Sagnr.: 1-30-2-13\n\nPunkt 41: Henvendelse om høreapparater\n\n"
        "Resume\n\nEt medlem har bedt om en drøftelse.\n\n"
        "Beslutning\n\nDrøftet.\n\nSagnr.: 1-30-3-13\n\n"
        "Punkt 33: Overførsel af driftsmidler\n\nResume\n\nMindreforbruget "
        "føres over.\n\nBeslutning\n\nAnbefalet.\n\nSagnr.: 1-30-4-13\n\n"
        "Punkt 34: Eventuelt\n\nBeslutning\n\nIntet.\n";
    static const char *const labels[] = {"32", "41", "33", "34"};
    static const char *const titles[] = {
        "Belægningen på afdelingerne", "Henvendelse om høreapparater",
        "Overførsel af driftsmidler", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* An added item handled and printed first, the header naming it as a
 * "sag" (a line that is a candidate heading itself): its heading before
 * 32 is the first item, with its sections inline and with bare section
 * headings under it ("Resume" / "Beslutning": no chain may start after
 * the first section, so the chain from 32 is sought past them). */
static void test_added_item_handled_first(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nmødet i Forretningsudvalget den 21. maj 2013\n\n"
        "Sag 41 blev behandlet som første sag.\n\n\n"
        "41. Henvendelse om høreapparater\n\nEt medlem har bedt om en "
        "drøftelse.\n\nBeslutning: Drøftet.\n\n"
        "32. Belægningen på afdelingerne\n\nEt notat om belægningen.\n\n"
        "Beslutning: Drøftet.\n\n33. Overførsel af driftsmidler\n\n"
        "Mindreforbruget føres over.\n\nBeslutning: Anbefalet.\n\n"
        "34. Eventuelt\n\nBeslutning: Intet.\n";
    static const char *const labels[] = {"41", "32", "33", "34"};
    static const char *const titles[] = {
        "Henvendelse om høreapparater", "Belægningen på afdelingerne",
        "Overførsel af driftsmidler", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);

    static const char bare[] =
        "Referat\n\nmødet i Forretningsudvalget den 21. maj 2013\n\n"
        "Sag 41 blev behandlet som første sag.\n\n\n"
        "41. Henvendelse om høreapparater\n\nResume\n\nEt medlem har bedt "
        "om en drøftelse.\n\nBeslutning\n\nDrøftet.\n\n"
        "32. Belægningen på afdelingerne\n\nResume\n\nEt notat.\n\n"
        "Beslutning\n\nDrøftet.\n\n33. Overførsel af driftsmidler\n\n"
        "Resume\n\nMindreforbruget føres over.\n\nBeslutning\n\n"
        "Anbefalet.\n\n34. Eventuelt\n\nBeslutning\n\nIntet.\n";
    parse_text(bare, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_added_item_handled_second),
        cmocka_unit_test(test_added_item_punkt_labels),
        cmocka_unit_test(test_added_item_handled_first),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
