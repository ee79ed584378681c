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

/* KL's news page on a KKR meeting: the council is "KKR Sjælland", named
 * by no council noun; a KKR is no one municipality's, so KL's address in
 * the footer ("2300 København S") names no authority. */
static void test_kkr_council_no_authority(void **state)
{
    (void)state;
    static const char text[] =
        "Gå til hovedindhold\n\n25. juni 2019\n\n"
        "Nyhedsbrev KKR Sjælland juni 2019\n\n"
        "På mødet den 18. juni 2019 drøftede KKR Sjælland bredbånd og "
        "vejprojekter.\n\n"
        "Bredbånd i landdistrikterne\n\nKKR Sjælland drøftede dækningen.\n\n"
        "Fælles vejprojekter\n\nKKR Sjælland drøftede vejene.\n\n"
        "KL · Weidekampsgade 10 · 2300 København S\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_string_equal(m.council, "KKR Sjælland");
    assert_null(m.authority);
    mnt_meeting_fini(&m);
}

/* A letter-spaced title page ("K K R H O V E D S T A D E N", joined to
 * one word) names the KKR; its members' municipalities in the list of
 * attendees name no authority. */
static void test_spaced_kkr_council(void **state)
{
    (void)state;
    static const char text[] =
        "K K R H O V E D S T A D E N\n\n"
        "Deltagere Ole Berg, Egedal Kommune Ida Holm, Furesø Kommune "
        "Per Lund, Egedal Kommune\n\n"
        "1. Godkendelse af referat\n\nGodkendt.\n\n"
        "2. Eventuelt\n\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_string_equal(m.council, "KKR Hovedstaden");
    assert_null(m.authority);
    mnt_meeting_fini(&m);
}

/* KL's KKR referat via docplayer: one line a page, every number lost,
 * the contents opening with "Deltagerfortegnelse" (their heading lost
 * too); each item on a page of its own, a group's heading printed over
 * its first item ("Regionalpolitiske sager Fælles udspil …", "Siden
 * sidst Siden sidst"). The pages are the items; the group's heading is
 * no part of the title. */
static void test_kkr_pages_group_headings(void **state)
{
    (void)state;
    static const char text[] =
        "K K R S J Æ L L A N D\n\nTranskript\n\n"
        "1 REFERAT 2016 K K R S J Æ L L A N D Dato: :00 Sted: Rådhuset "
        "Mission KL bidrager til et stærkt lokalt demokrati og varetager "
        "kommunernes fælles interesser. KL er kommunernes samlede "
        "forhandlingsorganisation, videnscenter og forum for fælles "
        "initiativer og beslutninger. Vision KL opnår, med et "
        "helhedsperspektiv på opgaverne, indflydelse og resultater på "
        "kommunernes vegne, til gavn for borgerne og samfundet.\n\n"
        "2 Deltagerfortegnelse Godkendelse af referat Godkendelse af "
        "referat Siden sidst Siden sidst Regionalpolitiske sager Fælles "
        "udspil om cykelstier Fordeling af flygtninge Udpegninger Nye "
        "medlemmer af KKR Sjælland Eventuelt Eventuelt SIDE 2\n\n"
        "3 Deltagerfortegnelse Deltagere Ole Berg, Ebeltoft Kommune Ida "
        "Holm, Grenå Kommune Afbud Per Lund, Ebeltoft Kommune SIDE 3\n\n"
        "4 Godkendelse af referat Godkendelse af referat Baggrund "
        "Referatet er udsendt. Indstilling Det indstilles, at referatet "
        "godkendes. Beslutning Godkendt. SIDE 4\n\n"
        "5 Siden sidst Siden sidst Baggrund Formanden orienterer om "
        "møder siden sidst. Beslutning Taget til efterretning. SIDE 5\n\n"
        "6 Regionalpolitiske sager Fælles udspil om cykelstier Baggrund "
        "Kommunerne har lavet et fælles udspil om nye cykelstier. "
        "Beslutning Godkendt. SIDE 6\n\n"
        "7 Fordeling af flygtninge Baggrund Landstallet er nedjusteret. "
        "Beslutning Kvoterne blev godkendt. SIDE 7\n\n"
        "8 Udpegninger Nye medlemmer af KKR Sjælland Baggrund To nye "
        "borgmestre indtræder. Beslutning De blev budt velkommen. "
        "SIDE 8\n\n"
        "9 Eventuelt Eventuelt Beslutning Intet. SIDE 9\n";
    static const char *const titles[] = {
        "Godkendelse af referat",        "Siden sidst",
        "Fælles udspil om cykelstier",   "Fordeling af flygtninge",
        "Nye medlemmer af KKR Sjælland", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 6, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_anchor_before_time_slot),
        cmocka_unit_test(test_caps_plural_decisions_end_title),
        cmocka_unit_test(test_kkr_council_no_authority),
        cmocka_unit_test(test_spaced_kkr_council),
        cmocka_unit_test(test_kkr_pages_group_headings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
