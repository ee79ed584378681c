/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatheads.c - headings inside a transcript flattened to
 * one line a page (the bw- blind round): "Punkt nr. 57 : Title" with a
 * space before the colon, a lower-case "punkt 59" that is only a
 * reference, and a heading keeping the year its flattened contents
 * entry lost. Each case is a few lines in our own words. */
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
        cmocka_unit_test(test_punkt_nr_space_colon),
        cmocka_unit_test(test_contents_lost_year_runs_on),
        cmocka_unit_test(test_lowercase_punkt_is_reference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
