/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_climate.c - classes the blind cq- round of climate,
 * planning, environment and rural committees brought up: an "Udvalget
 * for …" in the genitive before "møde" with capitalised words; "Det
 * Grønne Råd"; two committees meeting jointly; folded-away titles over
 * items that open with their decision; a committee named only in page
 * footers under the whole council's letterhead; a flattened heading run
 * on into "… Forvaltningen indstiller". Round dv- added untitled items
 * opened by a dated decision and a case's route leading its item. Each
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

/* "Udvalget for By og Lands møde den …": the heading says whose meeting
 * it is; the genitive's "s" is not part of the committee's name, also
 * when the words after "for" are capitalised. */
static void test_genitive_council_for_capital_words(void **state)
{
    (void)state;
    expect_text_council("Udvalget for Skov og Strands møde den 14. maj 2019\n"
                        "Rådhuset, mødelokale 2 kl. 09.00\n"
                        "Referat\n"
                        "1. Godkendelse af dagsorden\n"
                        "Beslutning\n"
                        "Godkendt.\n"
                        "2. Stier langs kysten\n"
                        "Beslutning\n"
                        "Drøftet.\n",
                        "Udvalget for Skov og Strand");
}

/* "Natur og Miljøs møde tirsdag, 7 maj, 2024": the genitive before "møde"
 * and the date right after it, its weekday before it, no "den" (round
 * ic); the same words before a line that goes on with no date name none. */
static void test_genitive_council_date_without_den(void **state)
{
    (void)state;
    static const char *const heads[] = {
        "Natur og Miljøs møde tirsdag, 7 maj, 2024",
        "Natur og Miljøs møde 7. maj 2024 kl. 16.00",
        "Natur og Miljøs møde Tirsdag, May 7, 2024 - 18:00"};
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
        char text[512];
        snprintf(text, sizeof text,
                 "%s\n"
                 "Rådhuset, mødelokale 2\n"
                 "Referat\n"
                 "1. Godkendelse af dagsorden\n"
                 "Beslutning\n"
                 "Godkendt.\n"
                 "2. Stier langs kysten\n"
                 "Beslutning\n"
                 "Drøftet.\n",
                 heads[k]);
        expect_text_council(text, "Natur og Miljø");
    }
}

/* "Det Grønne Råd - Referat": an article and a capitalised adjective in
 * its definite form name a council with the bare noun ("Råd"), as "Grønt
 * Råd" does without the article. */
static void test_article_definite_adjective_council(void **state)
{
    (void)state;
    expect_text_council("Det Grønne Råd - Referat\n\n"
                        "Dato: 3. marts 2022\n"
                        "Lokale: Mødelokale 4\n"
                        "Tidspunkt: Kl. 16:00\n\n"
                        "1. Godkendelse af dagsorden\n\n"
                        "Beslutning\n\n"
                        "Godkendt.\n\n"
                        "2. Naturpleje ved fjorden\n\n"
                        "Beslutning\n\n"
                        "Drøftet.\n",
                        "Det Grønne Råd");
}

/* A joint meeting of two committees: "Kultur- og Demokratiudvalget og
 * Landdistriktsudvalget 23. september 2019" over decisions headed with
 * the same pair - the meeting's council is the pair, not its first half;
 * a case routed on to "Økonomiudvalget og Byrådet" joins nothing. */
static void test_joint_committees_meeting(void **state)
{
    (void)state;
    expect_text_council(
        "Referat\n"
        "Skole- og Fritidsudvalget og Landsbyudvalget 2. maj 2022\n"
        "Dato\n02.05.2022\n"
        "1. Godkendelse af dagsorden\n"
        "Beslutning\n"
        "Skole- og Fritidsudvalget og Landsbyudvalget, 02.05.2022\n"
        "Godkendt.\n"
        "2. Stier til skolerne\n"
        "Indstilling\n"
        "Sagen sendes videre til Økonomiudvalget og Byrådet til "
        "orientering.\n"
        "Beslutning\n"
        "Skole- og Fritidsudvalget og Landsbyudvalget, 02.05.2022\n"
        "Drøftet.\n",
        "Skole- og Fritidsudvalget og Landsbyudvalget");
}

/* Titles folded away, every item "Beslutning", "Sagsfremstilling",
 * "Økonomi", "Indstilling" - the decision first, the last item only a
 * decision and its case: read at "Økonomi" the page would open with an
 * item that is just the others' tail; the items open at the decision. */
static void test_decision_first_opens_untitled_items(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalget for Skov og Strands møde den 14. maj 2019\n\n"
        "Referat\n\n"
        "Fold alle punkter [ud] [ind]\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Sagsfremstilling\n\nEn ny bænk ved stranden er foreslået.\n\n"
        "Økonomi\n\nIngen bemærkninger.\n\n"
        "Indstilling\n\nAt bænken opstilles.\n"
        "Beslutning\n\nDrøftet.\n\n"
        "Sagsfremstilling\n\nSkovens stier skal ryddes.\n\n"
        "Økonomi\n\nAfholdes af driftsbudgettet.\n\n"
        "Indstilling\n\nAt sagen drøftes.\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Sagsfremstilling\n\nEt nyt skilt ved parkeringen.\n\n"
        "Økonomi\n\nIngen bemærkninger.\n\n"
        "Indstilling\n\nAt skiltet godkendes.\n"
        "Beslutning\n\nTaget til efterretning.\n\n"
        "Sagsfremstilling\n\nOrientering fra formanden.\n";
    static const unsigned first[] = {6, 21, 36, 51};
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 4)
        fail_msg("%zu items (layout %s), want 4", m.nitems, m.layout);
    for (size_t i = 0; i < 4; i++)
        if (m.items[i].first_line != first[i])
            fail_msg("item %zu at line %u, want %u", i + 1,
                     m.items[i].first_line, first[i]);
    mnt_meeting_fini(&m);
}

/* Titles folded away, every item's decision first and dated ("Beslutning
 * i Skoleudvalget den 14-08-2024"), then its sections - one item without
 * "Beslutningstema", another without "Indstilling", an empty "Indhold"
 * tab above the first: each decision opens an item (read as closing
 * them, the first item would be the first decision alone). Round dv-. */
static void test_dated_decision_first_opens_items(void **state)
{
    (void)state;
    static const char text[] =
        "Skoleudvalget\n"
        "Referat - 14. august 2024 kl. 15.30\n"
        "Indhold\n"
        "Beslutning i Skoleudvalget den 14-08-2024\n" /* 4 */
        "Godkendt.\n"
        "Beslutningstema\nNye temaer til budgettet.\n"
        "Indstilling\nAt temaerne sendes videre.\n"
        "Sagsfremstilling\nUdvalget sendte tre temaer i juni.\n"
        "Beslutning i Skoleudvalget den 14-08-2024\n" /* 12 */
        "Taget til efterretning.\n"
        "Beslutningstema\nElevtal for skoleåret.\n"
        "Sagsfremstilling\nDer er 412 elever.\n"
        "Beslutning i Skoleudvalget den 14-08-2024\n" /* 18 */
        "Udsat.\n"
        "Indstilling\nEt medlem foreslår gratis frugt.\n"
        "Sagsfremstilling\nFrugt styrker koncentrationen.\n"
        "Beslutning i Skoleudvalget den 14-08-2024\n" /* 24 */
        "Taget til efterretning.\n"
        "Beslutningstema\nMeddelelser.\n"
        "Sagsfremstilling\nStatus på byggeriet.\n";
    static const unsigned first[] = {4, 12, 18, 24};
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 4)
        fail_msg("%zu items (layout %s), want 4", m.nitems, m.layout);
    for (size_t i = 0; i < 4; i++)
        if (m.items[i].first_line != first[i])
            fail_msg("item %zu at line %u, want %u", i + 1,
                     m.items[i].first_line, first[i]);
    mnt_meeting_fini(&m);
}

/* Untitled items opened by "Baggrund", each but the first with the
 * case's route above it ("Sagens forløb:" / "ØU - KB"): the route leads
 * its item - it is no trailer of the item before. Round dv-. */
static void test_case_route_leads_untitled_item(void **state)
{
    (void)state;
    static const char text[] =
        "Baggrund\nDer var ingen spørgsmål.\n\n"
        "Beslutning Kommunalbestyrelsen den 28-01-2019\nIngen.\n\n"
        "Sagens forløb:\nKB\n\n" /* 7 */
        "Baggrund\nBorgmesteren orienterede om budgettet.\n\n"
        "Beslutning Kommunalbestyrelsen den 28-01-2019\n"
        "Taget til efterretning.\n\n"
        "Sagens forløb:\nØU - KB\n\n" /* 16 */
        "Baggrund\nEn lokalplan for nye rækkehuse.\n\n"
        "Beslutning Kommunalbestyrelsen den 28-01-2019\nGodkendt.\n\n"
        "Sagens forløb:\nKB\n\n" /* 25 */
        "Baggrund\nSpørgsmål efter mødet.\n\n"
        "Beslutning Kommunalbestyrelsen den 28-01-2019\nIngen.\n";
    static const unsigned first[] = {1, 7, 16, 25};
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 4)
        fail_msg("%zu items (layout %s), want 4", m.nitems, m.layout);
    for (size_t i = 0; i < 4; i++)
        if (m.items[i].first_line != first[i])
            fail_msg("item %zu at line %u, want %u", i + 1,
                     m.items[i].first_line, first[i]);
    mnt_meeting_fini(&m);
}

/* A transcript whose letterhead names only the whole council ("Holmby
 * Byråd") while every page ends with the committee's footer ("Natur- og
 * Vandudvalget Mødet den kl Side 3 af 9"): the committee met. */
static void test_committee_in_page_footers(void **state)
{
    (void)state;
    expect_text_council(
        "Referat. Holmby Byråd. Mødet den kl Rådhuset\n\n"
        "Størrelse: px\nStarte visningen fra side:\n\n"
        "Download \"Referat. Holmby Byråd. Mødet den kl Rådhuset\"\n\n"
        "Transkript\n\n"
        "1 Referat HOLMBY BYRÅD Holmby Byråd Mødet den kl Rådhuset\n\n"
        "2 Tid Tirsdag 4. juni 2019, kl Sted Rådhuset Afbud Til stede "
        "Eva Dam, Ole Skov\n\n"
        "3 Punkt 1. Godkendelse af dagsorden Beslutning: Godkendt. Natur- og "
        "Vandudvalget Mødet den kl Side 1 af 9\n\n"
        "4 Punkt 2. Vandløb i Holmby Forvaltningen indstiller, at sagen "
        "drøftes. Beslutning: Drøftet. Natur- og Vandudvalget Mødet den kl "
        "Side 3 af 9\n\n"
        "5 Punkt 3. Eventuelt Beslutning: Intet. Natur- og Vandudvalget "
        "Mødet den kl Side 9 af 9\n",
        "Natur- og Vandudvalget");
}

/* A flattened page runs a heading on into the recommendation's subject
 * ("… for Lilleå Å Natur- og Vandforvaltningen indstiller, at …", "…
 * om Kystplan Natur- og …"): the capitalised words up to "indstiller"
 * are no part of the title, even after a one-letter word or a name a
 * preposition opened. */
static void test_flat_title_before_recommender(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 AALBORG BYRÅD Naturudvalget Mødet den 10.09.2019, "
        "Boulevarden 13\n\n"
        "3 AALBORG BYRÅD Fraværende Mette Kjær Til stede Ib Hald, Lone Brix "
        "Åben Punkt 1. Regulativ for Lilleå Å Natur- og Vandforvaltningen "
        "indstiller, at udvalget vedtager regulativet. Sagsbeskrivelse "
        "Der kom to høringssvar fra lodsejere. "
        "Beslutning: Godkendt. Møde den Side 1\n\n"
        "4 Punkt 2. Godkendelse af høring om Kystplan Natur- og "
        "Vandforvaltningen indstiller, at planen sendes i høring. "
        "Sagsbeskrivelse Planen har 34 indsatser, heraf 12 nye. "
        "Beslutning: Godkendt. Møde den Side 2\n\n"
        "5 Punkt 3. Tilskud til projekt \"Ren strand\" Forvaltningen "
        "indstiller, at udvalget bevilger tilskuddet. Sagsbeskrivelse "
        "Projektet løber over to sæsoner i Nørresundby. Beslutning: "
        "Godkendt. Møde den Side 3\n\n"
        "6 Punkt 4. Salg af restareal ved Skovvej Kommunen ejer et areal på "
        "410 m2, som en nabo vil købe til sin have. Sagsbeskrivelse Prisen "
        "følger vurderingen fra sidste år. Beslutning: Godkendt. Møde den "
        "Side 4\n\n"
        "7 Punkt 5. Orientering fra Vandrådet Næste møde holdes "
        "den 19. maj. Beslutning: Taget til efterretning. Møde den Side 5\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Regulativ for Lilleå Å", "Godkendelse af høring om Kystplan",
        "Tilskud til projekt \"Ren strand\"", "Salg af restareal ved Skovvej",
        "Orientering fra Vandrådet"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_genitive_council_for_capital_words),
        cmocka_unit_test(test_genitive_council_date_without_den),
        cmocka_unit_test(test_article_definite_adjective_council),
        cmocka_unit_test(test_joint_committees_meeting),
        cmocka_unit_test(test_decision_first_opens_untitled_items),
        cmocka_unit_test(test_dated_decision_first_opens_items),
        cmocka_unit_test(test_case_route_leads_untitled_item),
        cmocka_unit_test(test_committee_in_page_footers),
        cmocka_unit_test(test_flat_title_before_recommender),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
