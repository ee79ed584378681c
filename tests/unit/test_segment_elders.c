/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_elders.c - classes the blind cf- round (ældreråd and
 * seniorråd minutes, session 25) brought: a råd's own page writing each
 * item's minute on its heading's line after the title ("1.Valg af
 * ordstyrer. Hanne valgt som ordstyrer."), also when the minute makes
 * the line long, with an item 0 before item 1, and naming the council
 * only in those minutes; and one of a municipality's several seniorråd
 * named by its district ("Seniorråd Øst"). Each case is a few lines in
 * our own words. */
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

/* "1.Valg af ordstyrer. Hanne valgt som ordstyrer.": the minute follows
 * the title on the heading's line. It opens with its subject and a
 * participle ("Dagsorden godkendt", "Hanne valgt som …"), a passive verb
 * ("Valget afholdes …") or a finite one; the title before it may end in
 * a year, a word with a letter outside ASCII ("råd.") or a committee's
 * initials ("ØU."), and a comma before those initials ends no title. */
static void test_minute_on_heading_line(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde den 6. oktober 2022\n\n"
        "Torsdag den 6.oktober 2022 kl. 10.00 – 12.00 på Rosenly\n\n"
        "Afbud fra Bente og Ole.\n\n"
        "1.Valg af ordstyrer. Hanne valgt som ordstyrer.\n\n"
        "2.Godkendelse af dagsorden. Dagsorden godkendt.\n\n"
        "3.Godkendelse af referat af mødet den 8.september 2022. Referat "
        "godkendt med en rettelse.\n\n"
        "4.Nyt fra plejecentrenes råd. Intet nyt fra centrene.\n\n"
        "5.Valg til Seniorrådet. Valget afholdes den 16. november som "
        "brevvalg.\n\n"
        "6.Relationer til udvalgene SSU, ØU. Rådet har ingen bemærkninger til "
        "dagsordenerne.\n\n"
        "7.Eventuelt. Næste møde er den 3. november 2022.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6", "7"};
    static const char *const titles[] = {
        "Valg af ordstyrer",
        "Godkendelse af dagsorden",
        "Godkendelse af referat af mødet den 8.september 2022",
        "Nyt fra plejecentrenes råd",
        "Valg til Seniorrådet",
        "Relationer til udvalgene SSU, ØU",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 7, labels, titles);
    mnt_meeting_fini(&m);
}

/* "3.Meddelelser fra formand og kasserer. Lise orienterede om …, hvor
 * … Kassereren oplyste …": a long minute on the heading's line makes it
 * longer than a heading (over 200 bytes); the number, the title and the
 * minute after its full stop (a subject and a verb in the past's -ede)
 * still head an item. */
static void test_long_minute_on_heading_line(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde den 3. november 2022\n\n"
        "Torsdag den 3.november 2022 kl. 10.00 – 12.00 på Rosenly\n\n"
        "1.Valg af ordstyrer. Hanne valgt som ordstyrer.\n\n"
        "2.Godkendelse af dagsorden. Dagsorden godkendt.\n\n"
        "3.Meddelelser fra formand, kasserer og medlemmer. Lise orienterede "
        "om mødet med borgmesteren, hvor valget til rådet og samarbejdet "
        "om høringerne i det nye år blev drøftet grundigt. Kassereren "
        "oplyste, at regnskabet følger budgettet for året.\n\n"
        "- herunder evaluering af seniorsiden i avisen.\n\n"
        "4.Høringssvar. Rådet har afgivet et høringssvar om madservice.\n\n"
        "5.Eventuelt. Næste møde er den 1. december 2022.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Valg af ordstyrer", "Godkendelse af dagsorden",
        "Meddelelser fra formand, kasserer og medlemmer", "Høringssvar",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* "0. Gæstebesøg ved … . Formanden fortalte …" before "1.Valg af …": a
 * råd's page numbers a guest's visit before its standing items 0; the
 * item is labelled "0" and its minute (a subject and a past tense in
 * -te) is no part of its title. */
static void test_item_zero_before_first(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde den 12. januar 2023\n\n"
        "Torsdag den 12.januar 2023 kl. 10.00 – 12.00 på Rosenly\n\n"
        "0. Besøg af formanden for Ældreudvalget. Formanden fortalte om "
        "planerne for plejecentrene.\n\n"
        "1.Valg af ordstyrer. Hanne valgt som ordstyrer.\n\n"
        "2.Godkendelse af dagsorden. Dagsorden godkendt.\n\n"
        "3.Eventuelt. Næste møde er den 9. februar 2023.\n";
    static const char *const labels[] = {"0", "1", "2", "3"};
    static const char *const titles[] = {
        "Besøg af formanden for Ældreudvalget", "Valg af ordstyrer",
        "Godkendelse af dagsorden", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "4.Høringssvar. Seniorrådet har afgivet …": with no council in the
 * header, the council is the one the text names most; the minutes
 * written on the headings' lines after their titles are text, not
 * headings, and name it. */
static void test_council_named_in_heading_minutes(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde den 1. december 2022\n\n"
        "Torsdag den 1.december 2022 kl. 10.00 – 12.00 på Rosenly\n\n"
        "1.Valg af ordstyrer. Hanne valgt som ordstyrer.\n\n"
        "2.Godkendelse af dagsorden. Dagsorden godkendt.\n\n"
        "3.Høringssvar. Seniorrådet har afgivet høringssvar om "
        "madservice.\n\n"
        "4.Budget. Seniorrådet har ingen bemærkninger til budgettet.\n\n"
        "5.Eventuelt. Seniorrådet holder julefrokost den 8. december.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 5);
    assert_non_null(m.council);
    assert_string_equal(m.council, "Seniorrådet");
    mnt_meeting_fini(&m);
}

/* "Seniorråd Øst" over a meeting's minutes: a municipality with several
 * seniorråd names each by its district after the noun; the name is kept
 * whole, not read as "Seniorrådet". */
static void test_council_named_by_district(void **state)
{
    (void)state;
    static const char text[] =
        "Seniorråd Nord\n\n"
        "Her kan du læse referater fra rådets møder.\n\n"
        "Referat 4. marts 2020\n\n"
        "Mødet blev holdt på Lindegården.\n\n"
        "1. Valg af referent\n\nReferat: Poul.\n\n"
        "2. Nyt fra formanden\n\nFormanden fortalte om årsmødet.\n\n"
        "3. Næste møde\n\nNæste møde er den 1. april.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_string_equal(m.council, "Seniorråd Nord");
    mnt_meeting_fini(&m);
}

/* A transcript that lost every number (round do-, an ældreråd's "Åben
 * referat" via a document site): the contents keep only their column
 * heads ("Indholdsfortegnelse Sag Side …") and the titles, a page's
 * headings read "Sag Title Sagsnr. 13/661 Initialer … Åben sag". The
 * contents' titles followed by the case file's field are the headings,
 * also two on one page and a title ending in a year. */
static void test_unnumbered_contents_name_heads(void **state)
{
    (void)state;
    static const char text[] =
        "Åben referat Seniorrådet Sekretariatet\n\n"
        "Transkript\n\n"
        "1 Åben referat Seniorrådet Sekretariatet Mødedato 3. juni 2014 "
        "Mødested Rådhuset, mødelokale 2 Fraværende Ida Kjær "
        "Indholdsfortegnelse Sag Side Godkendelse af dagsorden Valg til "
        "Seniorrådet 2014 - tidsplan Høring om madservice Eventuelt "
        "Underskriftsside\n\n"
        "2 Seniorrådet, Åben referat, Mødedato 3. juni 2014 Side 2 Sag "
        "Godkendelse af dagsorden Sagsnr. 14/301 Initialer kaho Åben sag "
        "Beslutning Godkendt. Sag Valg til Seniorrådet 2014 - tidsplan "
        "Sagsnr. 14/88 Initialer kaho Åben sag Sagsfremstilling Valget "
        "holdes i november. Beslutning Tidsplanen blev godkendt.\n\n"
        "3 Seniorrådet, Åben referat, Mødedato 3. juni 2014 Side 3 Sag "
        "Høring om madservice Sagsnr. 14/290 Initialer lasø Åben sag "
        "Sagsfremstilling Menuen skal ændres. Beslutning Rådet ønsker to "
        "retter at vælge imellem. Sag Eventuelt Sagsnr. 14/301 Initialer "
        "kaho Åben sag Beslutning Intet.\n\n"
        "4 Seniorrådet, Åben referat, Mødedato 3. juni 2014 Side 4 "
        "Underskriftsside Ane Bo Ida Kjær Finn Rydahl\n";
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Valg til Seniorrådet 2014 - tidsplan",
                                         "Høring om madservice", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_minute_on_heading_line),
        cmocka_unit_test(test_long_minute_on_heading_line),
        cmocka_unit_test(test_item_zero_before_first),
        cmocka_unit_test(test_council_named_in_heading_minutes),
        cmocka_unit_test(test_council_named_by_district),
        cmocka_unit_test(test_unnumbered_contents_name_heads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
