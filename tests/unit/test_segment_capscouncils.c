/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_capscouncils.c - the committee that met, named in a
 * letterhead or in capitals in the regions' transcripts (blind rounds g-,
 * bq-, gw-; issue 11): a compound name whole, the committee under its
 * council's letterhead, a committee in every page head over the region
 * heading the first. Split from test_segment_regions.c. Each case is a few
 * lines in our own words. */
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

/* A letterhead naming the town's whole council over a line naming one of
 * its committees: the committee met. */
static void test_letterhead_council_over_committee(void **state)
{
    (void)state;
    static const char text[] =
        "AALBORG BYRÅD\n\nReferat\n\nAalborg Byråd\n\nMagistraten\n\n"
        "Mødet den 16.01.2017, kl. 09:00\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Salg af en grund\n\nGodkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    if (strncmp(m.council, "Magistraten", 11) != 0)
        fail_msg("council <%s>, want <Magistraten…>", m.council);
    mnt_meeting_fini(&m);
}

/* Region Hovedstaden's "K O N K L U S I O N E R" transcript (bq- blind
 * round): the committee in capitals with a hyphenated part and an
 * adjective ("REGIONAL UDVIKLINGSPLANS- OG TRAFIKUDVALGET") is named
 * whole, not by its last part; the section "KONKLUSION" in capitals ends
 * a heading's title ("SAG NR. 2 EVENTUELT KONKLUSION Intet."). */
static void test_caps_compound_committee_konklusion(void **state)
{
    (void)state;
    static const char text[] =
        "REGIONAL UDVIKLINGSPLANS- OG TRAFIKUDVALGET. Torsdag den 27. "
        "oktober Klokken: 17:00 19:00. Sted: Regionsgården. Møde nr.\n\n"
        "1 K O N K L U S I O N E R REGION NORDHAVN REGIONAL "
        "UDVIKLINGSPLANS- OG TRAFIKUDVALGET Torsdag den 27. oktober 2011 "
        "Klokken: 17:00 19:00 Sted: Regionsgården Møde nr. 8 Medlemmer: "
        "Anna Berg Bo Dal Carl Eng\n\n"
        "3 Den 27. oktober 2011 REGIONAL UDVIKLINGSPLANS- OG "
        "TRAFIKUDVALGET SAG NR. 1 SKITSE TIL NY PLAN SAGSFREMSTILLING "
        "Udvalget drøfter en skitse. KONKLUSION Udvalget drøftede skitsen. "
        "Sagsnr: 11002233 3\n\n"
        "4 Den 27. oktober 2011 REGIONAL UDVIKLINGSPLANS- OG "
        "TRAFIKUDVALGET SAG NR. 2 EVENTUELT KONKLUSION Intet. 4\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"SKITSE TIL NY PLAN", "EVENTUELT"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    assert_non_null(m.council);
    if (strncmp(m.council, "Regional Udviklingsplans- og Trafikudvalget", 43) !=
        0)
        fail_msg("council <%s>", m.council);
    mnt_meeting_fini(&m);
}

/* Region Hovedstaden's DAGSORDEN transcript (gw- blind round): an
 * adjective before the last part's noun ("MILJØ OG GRØN VÆKSTUDVALGET",
 * "KLIMA OG SOCIAL OMSORGSUDVALGET") belongs to the name joined by "OG",
 * not a word before "Vækstudvalget"; alone ("GRØN VÆKSTUDVALGET") it
 * stays out. */
static void test_caps_compound_adjective_part(void **state)
{
    (void)state;
    static const char *const names[] = {"MILJØ OG GRØN VÆKSTUDVALGET",
                                        "KLIMA OG SOCIAL OMSORGSUDVALGET",
                                        "GRØN VÆKSTUDVALGET"};
    static const char *const want[] = {"Miljø og Grøn Vækstudvalget",
                                       "Klima og Social Omsorgsudvalget",
                                       "Vækstudvalget"};
    for (size_t i = 0; i < 3; i++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "%s. Tirsdag den 11. september Klokken: Sted: "
                 "Regionsgården. Møde nr. 5.\n\n"
                 "1 DAGSORDEN REGION NORDHAVN %s Tirsdag den 11. september "
                 "2012 Klokken: Sted: Regionsgården Møde nr. 5 Medlemmer: "
                 "Anna Berg Bo Dal Carl Eng Afbud: Fraværende:\n\n"
                 "3 Den 11. september 2012 %s SAG NR. 1 OPLÆG OM VANDET "
                 "SAGSFREMSTILLING Et oplæg. KONKLUSION Sagsnr: 3\n\n"
                 "4 Den 11. september 2012 %s SAG NR. 2 EVENTUELT "
                 "KONKLUSION 4\n",
                 names[i], names[i], names[i], names[i]);
        struct mnt_meeting m;
        parse_text(text, &m);
        assert_non_null(m.council);
        if (strncmp(m.council, want[i], strlen(want[i])) != 0 ||
            (m.council[strlen(want[i])] != '\0' &&
             m.council[strlen(want[i])] != ','))
            fail_msg("%s: council <%s>", names[i], m.council);
        mnt_meeting_fini(&m);
    }
}

/* The same transcript without the hosting site's title line: the
 * committee is named in capitals after the date in every page head ("3
 * Den 27. oktober 2011 FORRETNINGSUDVALGET SAG NR. 1 …"), so it met -
 * not the region whose name heads the first page (bq- blind round). */
static void test_council_after_date_in_page_heads(void **state)
{
    (void)state;
    static const char text[] =
        "1 K O N K L U S I O N E R REGION NORDHAVN FORRETNINGSUDVALGET "
        "Torsdag den 27. oktober 2011 Klokken: 17:00 19:00 Sted: "
        "Regionsgården Møde nr. 8 Medlemmer: Anna Berg Bo Dal Carl Eng\n\n"
        "3 Den 27. oktober 2011 FORRETNINGSUDVALGET SAG NR. 1 SKITSE TIL NY "
        "PLAN SAGSFREMSTILLING Udvalget drøfter en skitse. KONKLUSION "
        "Udvalget drøftede skitsen. 3\n\n"
        "4 Den 27. oktober 2011 FORRETNINGSUDVALGET SAG NR. 2 LÅN TIL "
        "HOSPITALER SAGSFREMSTILLING Lånet søges. KONKLUSION Anbefales. 4\n\n"
        "5 Den 27. oktober 2011 FORRETNINGSUDVALGET SAG NR. 3 EVENTUELT "
        "KONKLUSION Intet. 5\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    if (strncmp(m.council, "Forretningsudvalget", 19) != 0)
        fail_msg("council <%s>", m.council);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letterhead_council_over_committee),
        cmocka_unit_test(test_caps_compound_committee_konklusion),
        cmocka_unit_test(test_caps_compound_adjective_part),
        cmocka_unit_test(test_council_after_date_in_page_heads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
