/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatstatus.c - titles of transcripts flattened to one
 * line a page where an item's status stands beside its title: a closed
 * item's mark ("Lukket punkt"), a status cell before its section, a case
 * label that lost its number (round iu). Moved from
 * test_segment_flattitles.c when that grew past 600 lines. Each case is a few
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

/* A closed item's title before its "Sag nr." label on a flattened page
 * ("… Taget til efterretning. Lukket punkt: Salg af grund ved Skovvej
 * Sag nr. 26"): the colon of "Lukket punkt:" ends no sentence, the mark is the
 * title's. */
static void test_closed_mark_before_label(void **state)
{
    (void)state;
    static const char text[] =
        "Social- og Sundhedsudvalget\n\n"
        "Transkript\n\n"
        "1 Social- og Sundhedsudvalget 05-04-2022 Medlemmer Formand Eva "
        "Holm (A) Bo Dal (C) Sager 24 - 26 Fold alle ud Meddelelser Sag nr. "
        "24 Beslutningskompetence: SOSU Sagens kerne Oversigt fremlægges til "
        "orientering. Indstilling\n\n"
        "2 Meddelelserne forelægges til orientering. Beslutning Taget til "
        "efterretning. Plejeboliger Sag nr. 25 Beslutningskompetence: SOSU "
        "Sagens kerne Fra 10. januar til 11. marts 2022 blev 29 "
        "ansøgninger behandlet. Beslutning Taget til efterretning. Lukket "
        "punkt: Salg af grund ved Skovvej Sag nr. 26 "
        "Beslutningskompetence: KB Beslutning Indstilles godkendt.\n";
    static const char *const labels[] = {"24", "25", "26"};
    static const char *const titles[] = {
        "Meddelelser", "Plejeboliger",
        "Lukket punkt: Salg af grund ved Skovvej"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A template printing each item's status cell after its title ("…
 * Åben sag Sagsnr.: …"): a closed item's page has no case file's fields,
 * so its cell stands before the item's first section ("5. Køb af
 * ejendom i Lund Lukket sag Beslutning Lukket punkt."), which ends the
 * title as the fields do (round gn). A mark joined by a dash stays. */
static void test_status_cell_before_section(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTranskript\n\n"
        "1 Referat Byrådet 14. juni 2023 Side 1 af 4\n\n"
        "2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 23/101 Beslutning "
        "Godkendt. Side 2 af 4\n\n"
        "3 2. Køb af ejendom i Lund Lukket sag Beslutning Lukket punkt. "
        "Side 3 af 4\n\n"
        "4 3. Salg af grund - Lukket sag Beslutning Lukket punkt. Side 4 "
        "af 4\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Køb af ejendom i Lund",
                                         "Salg af grund - Lukket sag"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A closed item's page of its title alone on a transcript's page line
 * ("6 Journal nr.: Sag nr. 34 Lejekontrakt for Åkanden Børnehus Lukket
 * punkt. 6 / 7", round hu): the title runs to the closed mark only the
 * page's number follows, a capital inside it ("Børnehus") opening no
 * sentence on such a page. */
static void test_closed_page_title_to_mark(void **state)
{
    (void)state;
    static const char text[] =
        "Dagsorden til møde Tirsdag den 6. marts 2012 kl i Byrådssalen\n\n"
        "Størrelse: px\nStarte visningen fra side:\n\n"
        "Download \"Dagsorden til møde Tirsdag den 6. marts 2012 kl. 19.00 i "
        "Byrådssalen\"\n\nTranskript\n\n"
        "1 Byrådet Dagsorden til møde Tirsdag den 6. marts 2012 kl i "
        "Byrådssalen MØDEDELTAGERE Ib Holm (A) Eva Lund (V) Kaj Bro (C) "
        "Mette Dal (F) 1 / 7\n\n"
        "2 Indhold ÅBENT MØDE Sag nr. 31 Tillæg til lokalplan 012 Sag nr. 32 "
        "Takster for madservice LUKKET MØDE Sag nr. 33 Sag nr. 34 Sag nr. 35 "
        "Salg af grund Lejekontrakt for Åkanden Børnehus Forpagtning af jord "
        "ved Mølleengen 2 / 7\n\n"
        "3 Journal nr.: Sag nr. 31 Tillæg til lokalplan 012 Lovgrundlag: "
        "Planloven Sagsfremstilling: Tillægget har været i høring i otte uger, "
        "og der er kommet to bemærkninger. Økonomiske konsekvenser: Ingen. "
        "Indstilling: Direktionen indstiller, at tillægget vedtages endeligt. "
        "Beslutning i Økonomiudvalget den Anbefales. Fraværende: Ingen. 3 / "
        "7\n\n"
        "4 Journal nr.: Sag nr. 32 Takster for madservice Lovgrundlag: "
        "Serviceloven Sagsfremstilling: Taksterne følger prisudviklingen for "
        "råvarer og løn. Økonomiske konsekvenser: Ingen. Indstilling: "
        "Direktionen indstiller, at taksterne godkendes. Beslutning i "
        "Økonomiudvalget den Anbefales. Fraværende: Ingen. 4 / 7\n\n"
        "5 Journal nr.: Sag nr. 33 Salg af grund Lukket punkt. 5 / 7\n\n"
        "6 Journal nr.: Sag nr. 34 Lejekontrakt for Åkanden Børnehus Lukket "
        "punkt. 6 / 7\n\n"
        "7 Journal nr.: Sag nr. 35 Forpagtning af jord ved Mølleengen Lukket "
        "punkt. 7 / 7\n";
    static const char *const labels[] = {"31", "32", "33", "34", "35"};
    static const char *const titles[] = {
        "Tillæg til lokalplan 012", "Takster for madservice", "Salg af grund",
        "Lejekontrakt for Åkanden Børnehus",
        "Forpagtning af jord ved Mølleengen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A closed item's status cell after its title on a transcript's page
 * line, the next item's number after it ("63. Lukket sag: Køb af grund
 * Lukket sag 64. Lukket sag: …", round hz): contents without numbers
 * list the next entry with the same mark ("… Køb af grund Lukket sag:
 * Personalesag"), so the words the page and the contents share run on
 * into the cell; the title ends before it. */
static void test_closed_cell_before_next_entry(void **state)
{
    (void)state;
    static const char text[] =
        "1 Egebjerg Kommune Økonomiudvalget Referat Dato: Starttidspunkt for "
        "møde: Kl Mødested: Afbud fra: Fraværende: Mødedeltagere: Torsdag "
        "den 05-juni-2003 Udvalgsværelse I Ingen. Ane Bech, Ole Fog, Rita "
        "Hjort åben\n\n"
        "2 Indholdsfortegnelse Til efterretning - for åbne døre Til "
        "efterretning - Fynsk Naturgas Til efterretning - kvartalsrapport Til "
        "behandling - for lukkede døre Lukket sag: Køb af grund Lukket sag: "
        "Personalesag Bilagsliste åben\n\n"
        "3 12 Til efterretning - for åbne døre 61. Til efterretning - Fynsk "
        "Naturgas J.nr.: Ø05 Sagsid.: Initialer: svl Åben sag Selskabet "
        "oplyser, at udbyttet til kommunerne er uændret i år. Til "
        "efterretning. 62. Til efterretning - kvartalsrapport J.nr.: Ø22 "
        "Sagsid.: Initialer: hbn Åben sag Rapporten viser, at budgettet "
        "holder på alle områder. Til efterretning. åben\n\n"
        "4 13 Til behandling - for lukkede døre 63. Lukket sag: Køb af grund "
        "Lukket sag 64. Lukket sag: Personalesag Lukket sag lukket\n";
    static const char *const labels[] = {"61", "62", "63", "64"};
    static const char *const titles[] = {"Til efterretning - Fynsk Naturgas",
                                         "Til efterretning - kvartalsrapport",
                                         "Lukket sag: Køb af grund",
                                         "Lukket sag: Personalesag"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_closed_mark_before_label),
        cmocka_unit_test(test_status_cell_before_section),
        cmocka_unit_test(test_closed_page_title_to_mark),
        cmocka_unit_test(test_closed_cell_before_next_entry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
