/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_bornholm.c - what a regional municipality's advisory
 * councils' PDF transcripts bring to the segmenter (round ja:
 * tests/data/layouts/ja-*): a contents' last entry closed by the page's
 * number set between dashes ("6. Eventuelt -3-"), and a members' list
 * whose "Regionsrådsmedlem" is one member's office, not the council's
 * kind, and a two-word contents entry ending in a preposition ("Mødeplan
 * for", its year lost) that ends its heading's title. Each case is a few
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

/* A transcript of one line a page, each page closed by its number
 * between dashes: the contents' last entry ends before the page's mark,
 * so it names the last item's title as the others do, and the item's
 * heading stops before the status table's labels run on after it. */
static void test_contents_last_entry_before_dash_mark(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 REFERAT FRA HAVNERÅDET FOR ØSTERVIG Tirsdag den 4. marts 2014 "
        "kl i mødelokale C, Havnegade 2 -1-\n"
        "\n"
        "2 INDHOLDSFORTEGNELSE: 1. Godkendelse af dagsorden 2. Nye "
        "takster for lystbåde 3. Eventuelt -2-\n"
        "\n"
        "3 1. Godkendelse af dagsorden Behandling Mødedato Åbent punkt "
        "Lukket punkt Havnerådet 4. marts 2014 1 Havnerådet den 4. marts "
        "2014: Godkendt. -3-\n"
        "\n"
        "4 2. Nye takster for lystbåde Behandling Mødedato Åbent punkt "
        "Lukket punkt Havnerådet 4. marts 2014 2 Havnefogeden foreslår en "
        "ny takst for gæstesejlere om sommeren. Havnerådet den 4. marts "
        "2014: Taksten blev anbefalet. -4-\n"
        "\n"
        "5 3. Eventuelt Behandling Mødedato Åbent punkt Lukket punkt "
        "Havnerådet 4. marts 2014 3 Havnerådet den 4. marts 2014: Næste "
        "møde holdes i juni. -5-\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Nye takster for lystbåde", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A municipality's traffic council whose members' page names one
 * member as "Regionsrådsmedlem": the office says where that member
 * sits, not that the council is a region's, so the municipality the
 * page names is the authority, not its region (Region Nordjylland). */
static void test_member_office_is_no_regionsraad(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT TRAFIKRÅDET FOR ØSTERVIG\n"
        "\n"
        "Mandag den 10. marts 2014 kl. 16.00 i mødelokale B\n"
        "\n"
        "Rådets medlemmer Læsø Kommune: Borgmester Hanne Dal "
        "Kommunalbestyrelsesmedlem Per Holm Regionsrådsmedlem Lis Bro "
        "Læsø Erhvervsråd: Direktør Kaj Lund\n"
        "\n"
        "1. Godkendelse af dagsorden\n"
        "\n"
        "Godkendt.\n"
        "\n"
        "2. Nye busruter\n"
        "\n"
        "Trafikchefen orienterede om to nye ruter til havnen.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.authority == NULL || strcmp(m.authority, "Læsø Kommune") != 0)
        fail_msg("authority <%s>, want <Læsø Kommune>",
                 m.authority ? m.authority : "(null)");
    mnt_meeting_fini(&m);
}

/* A transcript of one line a page whose contents number only their
 * first entry and lost every year: "Mødeplan for" is an entry of two
 * words ending in a preposition, and its heading's page runs on with the
 * text ("4. Mødeplan for Rådets møder holdes …"). The contents go on with
 * the words the next heading opens with ("5. Gensidig orientering"), so
 * the entry ends the title there. */
static void test_two_word_entry_ends_at_next_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Møde den 9. marts 2011 kl\n"
        "\n"
        "Save this PDF as:\n"
        "WORD  PNG  TXT  JPG\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Referat Møde den 9. marts 2011 kl. 10.00\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Læsø Kommune Onsdag den side 1 Referat Møde den 9. marts "
        "2011 kl Indholdsfortegnelse 1. Godkendelse af dagsorden "
        "Orientering fra formanden Høring om busplanen Mødeplan for "
        "Gensidig orientering Eventuelt... 4\n"
        "\n"
        "2 Læsø Kommune Onsdag den side 2 Fraværende: Bemærkninger "
        "til dagsordenen: Trafikchefen er indbudt til at orientere om "
        "busplanen for de kommende år. Der var kaffepause kl\n"
        "\n"
        "3 Læsø Kommune Onsdag den side 3 1. Godkendelse af "
        "dagsorden. Godkendt. 2. Orientering fra formanden Formanden "
        "har deltaget i et møde om plejeboliger og orienterede om "
        "drøftelserne. Kommunen vil bygge tolv nye boliger ved "
        "skolen, og rådet får planerne i høring i løbet af foråret, "
        "når udvalget har behandlet dem.\n"
        "\n"
        "4 Læsø Kommune Onsdag den side 4 3. Høring om busplanen "
        "Trafikchefen orienterede om planen. Rådet ønsker flere "
        "afgange om aftenen, en bedre forbindelse til færgen og en "
        "rute forbi plejecentret. Følgegruppen skriver et udkast til "
        "høringssvar, som sendes til rådets medlemmer inden fristen. "
        "4. Mødeplan for Rådets møder holdes hver måned på rådhuset, "
        "dog ikke i juli. Planen blev godkendt.\n"
        "\n"
        "5 Læsø Kommune Onsdag den side 5 5. Gensidig orientering Et "
        "medlem fortalte om et borgermøde om stier ved havnen, hvor "
        "der mangler belysning og bænke. Rådet tager sagen op med "
        "teknisk forvaltning på et af de kommende møder. 6. Eventuelt "
        "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Orientering fra formanden",
        "Høring om busplanen",      "Mødeplan for",
        "Gensidig orientering",     "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_last_entry_before_dash_mark),
        cmocka_unit_test(test_member_office_is_no_regionsraad),
        cmocka_unit_test(test_two_word_entry_ends_at_next_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
