/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_docplayer.c - PDF minutes read through a transcript site
 * (one line per page, numbers and punctuation of fields dropped), from
 * the bm- blind round: a title that runs into its case file's fields
 * holds capitalised names, a closed item's mark before the next heading,
 * a page's number after "Side", a contents entry cut short by its page
 * number. Each case is a few lines in our own words. */
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

/* "562. Varmeværk Nord - Kommunegaranti Sagsnr J.nr Varmeværk Nord A/S
 * anmoder …": the case file's fields right after the title end it; a
 * capital after a lower-case word before them ("… Nord", "… region
 * Syddanmark") is a name in the title, no sentence's start. */
static void test_flat_title_runs_to_fields(void **state)
{
    (void)state;
    static const char text[] =
        "1 KOMMUNALBESTYRELSEN FOR VESTBY KOMMUNE REFERAT FRA MØDE NR. 12 "
        "TORSDAG DEN 26. FEBRUAR 2009, KL PÅ RÅDHUSET, BYRÅDSSALEN\n\n"
        "2 Kommunalbestyrelsen 26. februar 2009 Side: 2 TIL "
        "KOMMUNALBESTYRELSENS AFGØRELSE 301. Varmeværk Nord - "
        "Kommunegaranti Sagsnr J.nr Varmeværket søger om garanti for et "
        "lån til en ny tank. Beslutning: Godkendt. 302. Aftale med "
        "kommunerne i region Syddanmark Sagsnr J.nr Aftalen gælder i fire "
        "år. Beslutning: Godkendt. 303. Regulativ for vandværker i Vestby "
        "Kommune Sagsnr J.nr Regulativet er sendt i høring. Beslutning: "
        "Godkendt.\n";
    static const char *const labels[] = {"301", "302", "303"};
    static const char *const titles[] = {
        "Varmeværk Nord - Kommunegaranti",
        "Aftale med kommunerne i region Syddanmark",
        "Regulativ for vandværker i Vestby Kommune"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "573. LUKKET PUNKT: 574. LUKKET PUNKT:": the closed mark's word and
 * colon end the title before the next heading; "PUNKT: 574" is no
 * "Punkt: 12" label of a heading. */
static void test_closed_mark_before_heading(void **state)
{
    (void)state;
    static const char text[] =
        "1 KOMMUNALBESTYRELSEN FOR VESTBY KOMMUNE REFERAT FRA MØDE NR. 12 "
        "TORSDAG DEN 26. FEBRUAR 2009, KL PÅ RÅDHUSET, BYRÅDSSALEN\n\n"
        "2 Kommunalbestyrelsen 26. februar 2009 Side: 2 SAGER TIL "
        "EFTERRETNING 310. Orientering fra borgmesteren Sagsnr J.nr "
        "Borgmesteren orienterede om sygehusplanen og om møderne i "
        "regionen. Beslutning: Taget til efterretning. 311. "
        "Brugerundersøgelse i hjemmeplejen Sagsnr J.nr De fleste er "
        "tilfredse med hjælpen. Ældreudvalgets indstilling: Undersøgelsen "
        "tages til efterretning. Beslutning: Taget til efterretning.\n\n"
        "3 Kommunalbestyrelsen 26. februar 2009 Side: 3 LUKKEDE SAGER 312. "
        "LUKKET PUNKT: 313. LUKKET PUNKT:\n";
    static const char *const labels[] = {"310", "311", "312", "313"};
    static const char *const titles[] = {"Orientering fra borgmesteren",
                                         "Brugerundersøgelse i hjemmeplejen",
                                         "LUKKET PUNKT", "LUKKET PUNKT"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "1 Åben dagsorden Økonomiudvalget Sekretariatet Side 1. Mødedato: …":
 * the number after "Side" is the page's, no heading "1. Mødedato"
 * that would take item 1's place. */
static void test_page_number_is_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "1 Åben dagsorden Økonomiudvalget Sekretariatet Side 1. Mødedato: "
        "Mødet påbegyndt: kl. 14:30 Mødested: Mødelokale 2, Vestby Rådhus "
        "Følgende sager behandles: Pkt. Tekst Side 1 Status på cykelsti "
        "mellem Nordby og Sønderby efter 2 offentlighedsfase Tilskud fra "
        "pulje til landdistrikter 3 Meddelelser 4\n\n"
        "2 Økonomiudvalget, 9. marts 2016 Side 2 1. Status på cykelsti "
        "mellem Nordby og Sønderby efter offentlighedsfase Sagsnr.: "
        "05.01.00-G01-2-16 Resumé Lodsejerne ønsker stien på vestsiden. "
        "Indstilling Sekretariatet indstiller, at stien lægges mod vest.\n\n"
        "3 Økonomiudvalget, 9. marts 2016 Side 3 2. Tilskud fra pulje til "
        "landdistrikter 2016 Sagsnr.: 24.10.00-Ø40-3-16 Resumé Der er "
        "kommet elleve ansøgninger. Indstilling Sekretariatet indstiller, "
        "at der gives tilskud efter oversigten.\n\n"
        "4 Økonomiudvalget, 9. marts 2016 Side 4 3. Meddelelser Sagsnr.: "
        "00.01.00-A00-1-16 Resumé Borgmesteren orienterer om aktuelle "
        "sager. Indstilling Sekretariatet indstiller, at orienteringen "
        "tages til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Status på cykelsti mellem Nordby og Sønderby efter "
        "offentlighedsfase",
        "Tilskud fra pulje til landdistrikter 2016", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents entry split by its page number ("… Hirtshals
 * efter 12 offentlighedsfase") or short of the year it lost ("…
 * landdistrikter Kanalvej …") names less than the page's heading, whose
 * title runs to its case file's fields: the page's title stands. */
static void test_short_contents_entry_yields_to_fields(void **state)
{
    (void)state;
    static const char text[] =
        "1 Åben dagsorden Økonomiudvalget Sekretariatet Mødedato: "
        "Mødet påbegyndt: kl. 14:30 Mødested: Mødelokale 2, Vestby Rådhus "
        "Følgende sager behandles: Pkt. Tekst Side 1 Status på cykelsti "
        "mellem Nordby og Sønderby efter 2 offentlighedsfase Tilskud fra "
        "pulje til landdistrikter 3 Meddelelser 4\n\n"
        "2 Økonomiudvalget, 9. marts 2016 Side 2 1. Status på cykelsti "
        "mellem Nordby og Sønderby efter offentlighedsfase Sagsnr.: "
        "05.01.00-G01-2-16 Resumé Lodsejerne ønsker stien på vestsiden. "
        "Indstilling Sekretariatet indstiller, at stien lægges mod vest.\n\n"
        "3 Økonomiudvalget, 9. marts 2016 Side 3 2. Tilskud fra pulje til "
        "landdistrikter 2016 Sagsnr.: 24.10.00-Ø40-3-16 Resumé Der er "
        "kommet elleve ansøgninger. Indstilling Sekretariatet indstiller, "
        "at der gives tilskud efter oversigten.\n\n"
        "4 Økonomiudvalget, 9. marts 2016 Side 4 3. Meddelelser Sagsnr.: "
        "00.01.00-A00-1-16 Resumé Borgmesteren orienterer om aktuelle "
        "sager. Indstilling Sekretariatet indstiller, at orienteringen "
        "tages til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Status på cykelsti mellem Nordby og Sønderby efter "
        "offentlighedsfase",
        "Tilskud fra pulje til landdistrikter 2016", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Fraværende: Ib Holm Punkt nr. 57 : Principper for …": a Word
 * template's heading inside a flattened page, "Punkt nr." and a space
 * before the colon; like "Punkt nr. 56: …" it opens an item, not a
 * sentence of the item before. A reference in a sentence ("jf. punkt
 * nr. 59 på …") opens none. */
static void test_punkt_nr_space_colon(void **state)
{
    (void)state;
    static const char text[] =
        "MØDE I SAMMENLÆGNINGSUDVALGET FOR VESTBY "
        "KOMMUNE\n\nTranskript\n\n1 Referat MØDE I SAMMENLÆGNINGSUDVALGET "
        "FOR VESTBY KOMMUNE Tirsdag, den 4. april 2006 Mødet afholdes i "
        "Byrådssalen, kl\n\n2 INDHOLDSFORTEGNELSE ÅBEN MØDE: Punkt nr. "
        "56: Forretningsorden, 2. behandling...3 Punkt nr. 57 : "
        "Principper for budgetlægningen for Punkt nr. 58: Fælles "
        "telefonløsning...5 Side 2 af 5\n\n3 SAMMENLÆGNINGSUDVALGET "
        "VESTBY KOMMUNE MØDEDATO: J.NR.: A01 SAGSNR.: 31 SAGSBEH.: KL "
        "Fraværende: Ib Holm Punkt nr. 56: Forretningsorden, 2. "
        "behandling Sagsfremstilling Reglerne er rettet siden 1. "
        "behandling. Beslutning Vedtaget. Side 3 af 5\n\n4 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: S00 "
        "SAGSNR.: 12 SAGSBEH.: HP Fraværende: Ib Holm Punkt nr. 57 : "
        "Principper for budgetlægningen Sagsfremstilling Budgettet lægges "
        "i faste priser. Beslutning Godkendt. Side 4 af 5\n\n5 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: G01 "
        "SAGSNR.: 40 SAGSBEH.: KL Fraværende: Ib Holm Punkt nr. 58: "
        "Fælles telefonløsning Sagsfremstilling Der købes én central, jf. "
        "punkt nr. 59 på næste møde. Beslutning Godkendt. Side 5 af 5\n";
    static const char *const labels[] = {"56", "57", "58"};
    static const char *const titles[] = {"Forretningsorden, 2. behandling",
                                         "Principper for budgetlægningen",
                                         "Fælles telefonløsning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Punkt nr. 57: Overførsel … i Nordby Kommune fra 2005 til 2006
 * Sagsfremstilling …" under a contents entry that lost its year and page
 * ("… fra 2005 til Punkt nr. 58: …"): the entry names more than the
 * capital of the name would leave, and the heading's year before its
 * first section is the title's too. */
static void test_contents_lost_year_runs_on(void **state)
{
    (void)state;
    static const char text[] =
        "MØDE I SAMMENLÆGNINGSUDVALGET FOR VESTBY "
        "KOMMUNE\n\nTranskript\n\n1 Referat MØDE I SAMMENLÆGNINGSUDVALGET "
        "FOR VESTBY KOMMUNE Tirsdag, den 4. april 2006 Mødet afholdes i "
        "Byrådssalen, kl\n\n2 INDHOLDSFORTEGNELSE ÅBEN MØDE: Punkt nr. "
        "56: Forretningsorden, 2. behandling...3 Punkt nr. 57: Overførsel "
        "af anlægsmidler i Nordby Kommune fra 2005 til Punkt nr. 58: "
        "Fælles telefonløsning...5 Side 2 af 5\n\n3 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: A01 "
        "SAGSNR.: 31 SAGSBEH.: KL Fraværende: Ib Holm Punkt nr. 56: "
        "Forretningsorden, 2. behandling Sagsfremstilling Reglerne er "
        "rettet siden 1. behandling. Beslutning Vedtaget. Side 3 af "
        "5\n\n4 SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: "
        "S00 SAGSNR.: 12 SAGSBEH.: HP Fraværende: Ib Holm Punkt nr. 57: "
        "Overførsel af anlægsmidler i Nordby Kommune fra 2005 til 2006 "
        "Sagsfremstilling Der er uforbrugte midler til skolebyggeri. "
        "Beslutning Godkendt. Side 4 af 5\n\n5 SAMMENLÆGNINGSUDVALGET "
        "VESTBY KOMMUNE MØDEDATO: J.NR.: G01 SAGSNR.: 40 SAGSBEH.: KL "
        "Fraværende: Ib Holm Punkt nr. 58: Fælles telefonløsning "
        "Sagsfremstilling Der købes én central. Beslutning Godkendt. Side "
        "5 af 5\n";
    static const char *const labels[] = {"56", "57", "58"};
    static const char *const titles[] = {
        "Forretningsorden, 2. behandling",
        "Overførsel af anlægsmidler i Nordby Kommune fra 2005 til 2006",
        "Fælles telefonløsning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Der købes én central, jf. punkt 59 på næste møde og punkt 60
 * Budget." in the last item of a flattened transcript: the word in lower
 * case makes a reference in a sentence, not the headings of items 59
 * and 60 (a heading's word is capitalised: "Punkt 3", "PUNKT 3"). */
static void test_lowercase_punkt_is_reference(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat MØDE I SAMMENLÆGNINGSUDVALGET FOR VESTBY KOMMUNE "
        "Tirsdag, den 4. april 2006 Mødet afholdes i Byrådssalen, kl\n\n2 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: A01 "
        "SAGSNR.: 31 SAGSBEH.: KL Fraværende: Ib Holm Punkt nr. 56: "
        "Forretningsorden, 2. behandling Sagsfremstilling Reglerne er "
        "rettet siden 1. behandling. Beslutning Vedtaget. Side 2 af "
        "4\n\n3 SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: "
        "S00 SAGSNR.: 12 SAGSBEH.: HP Fraværende: Ib Holm Punkt nr. 57 : "
        "Principper for budgetlægningen Sagsfremstilling Budgettet lægges "
        "i faste priser. Beslutning Godkendt. Side 3 af 4\n\n4 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: G01 "
        "SAGSNR.: 40 SAGSBEH.: KL Fraværende: Ib Holm Punkt nr. 58: "
        "Fælles telefonløsning Sagsfremstilling Der købes én central, jf. "
        "punkt 59 på næste møde og punkt 60 Budget. Beslutning Godkendt. "
        "Side 4 af 4\n";
    static const char *const labels[] = {"56", "57", "58"};
    static const char *const titles[] = {"Forretningsorden, 2. behandling",
                                         "Principper for budgetlægningen",
                                         "Fælles telefonløsning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_title_runs_to_fields),
        cmocka_unit_test(test_closed_mark_before_heading),
        cmocka_unit_test(test_page_number_is_no_heading),
        cmocka_unit_test(test_short_contents_entry_yields_to_fields),
        cmocka_unit_test(test_punkt_nr_space_colon),
        cmocka_unit_test(test_contents_lost_year_runs_on),
        cmocka_unit_test(test_lowercase_punkt_is_reference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
