/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_otheryears.c - real minutes of other years of councils
 * the fixtures imitate (round fv): a docplayer transcript whose item
 * pages lost their numbers, each under the committee's name as a
 * running header with no footer, the title the contents name, the case
 * handler's name and "Beslutningstema"; a contents headed by its open
 * part with the first number only; a closed item's page of its title
 * alone; a protocol whose headings and contents lost their numbers,
 * the contents under the open part's heading, each heading before
 * "Journalnummer … / SagsID:". Each case is a few lines in our own
 * words. */
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

#define UDV "Fritidsudvalget for Land og By"

/* The pages: the committee's name (a running header: no footer frames
 * the pages, one of them a long line), the title, the case handler's
 * name, "Beslutningstema";
 * the contents "Punkter på åbent møde: 12. Title Title …" keep the first
 * number of each part, which the items count on from; the closed
 * item's page holds its title and the link back only. */
static void test_running_head_title_then_name(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat " UDV " kl. 15:00 Mødelokale 2, Rådhuset Nordby "
        "Kommune\n\n"
        "2 " UDV " Punkter på åbent møde: 12. Orientering fra formanden "
        "Tilskud til Nordby Spejdere Ny plan for idrætshallerne Punkter "
        "på lukket møde: 15. Køb af areal ved skolen Afbud:\n\n"
        "3 " UDV " Orientering fra formanden Lise Dam Beslutningstema "
        "Formanden orienterer. Sagsbeskrivelse Formanden orienterer om "
        "mødet med foreningerne i marts, om den nye aftale med skolerne "
        "om hallernes brug om eftermiddagen og om kommunernes fælles "
        "konference om frivillighed, som holdes i Aalborg til efteråret. "
        "Bilag: " UDV ", den Taget til efterretning. Fraværende: "
        "Tilbage til toppen\n\n"
        "4 " UDV " Tilskud til Nordby Spejdere Lise Dam Beslutningstema "
        "Stillingtagen til ansøgning. Sagsbeskrivelse Spejderne søger om "
        "tilskud til en hytte. Bilag: " UDV ", den Godkendt. Fraværende: "
        "Tilbage til toppen\n\n"
        "5 " UDV " Ny plan for idrætshallerne Ole Brink Krogh "
        "Beslutningstema Udvalget skal godkende planen. Sagsbeskrivelse "
        "Planen samler hallernes drift. Bilag: " UDV ", den Godkendt. "
        "Fraværende: Tilbage til toppen\n\n"
        "6 " UDV " Køb af areal ved skolen Tilbage til toppen\n";
    static const char *const labels[] = {"12", "13", "14", "15"};
    static const char *const titles[] = {
        "Orientering fra formanden", "Tilskud til Nordby Spejdere",
        "Ny plan for idrætshallerne", "Køb af areal ved skolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The name after a title is two or three capitalised words the
 * contents' entry lacks; a title's own last word, or a case number,
 * is none. */
static void test_name_after_title(void **state)
{
    (void)state;
    static const char toc[] = "12. Orientering fra formanden Tilskud til "
                              "Nordby Spejdere Budget for Skovvej";
    static const char t1[] = "Orientering fra formanden Lise Dam";
    static const char t2[] = "Budget for Skovvej Ole Brink Krogh";
    static const char t3[] = "Tilskud til Nordby Spejdere";
    static const char t4[] = "Budget for Skovvej 2013";
    size_t tn = sizeof toc - 1;
    assert_int_equal(mnt_name_after_title(toc, tn, t1, sizeof t1 - 1), 25);
    assert_int_equal(mnt_name_after_title(toc, tn, t2, sizeof t2 - 1), 18);
    assert_int_equal(mnt_name_after_title(toc, tn, t3, sizeof t3 - 1),
                     sizeof t3 - 1);
    assert_int_equal(mnt_name_after_title(toc, tn, t4, sizeof t4 - 1),
                     sizeof t4 - 1);
    assert_true(mnt_case_number_last("Tilskud til koncerter 10/10455", 30));
    assert_false(mnt_case_number_last("Budget for Skovvej 2013", 23));
    assert_true(mnt_section_or_theme_at("Beslutningstema Udvalget skal", 29));
    assert_false(mnt_section_or_theme_at("Beslutningstemaer for året", 26));
}

/* A protocol whose headings and contents lost their numbers (Tønder's
 * Sammenlægningsudvalg, 2006): the contents open with the open part's
 * heading and hold an ordinal inside a title ("2. behandling"); each
 * heading is followed by KMD's case cell "Journalnummer S02 / SagsID:",
 * the first under the part's heading "Åbent møde", the closed one under
 * "Lukket møde". */
static void test_part_heading_and_journal_cell(void **state)
{
    (void)state;
    static const char text[] =
        "1 Beslutningsprotokol Mødedato: 9. november 2006 Mødelokale: "
        "Byrådssalen, Nordby Rådhus Starttidspunkt for møde "
        "Sluttidspunkt for møde Fraværende: Ingen. november\n\n"
        "2 Indholdsfortegnelse Åbent møde Takster for skolefritidsordninger "
        "Vedtægt for Handicaprådet Styrelsesvedtægt, 2. behandling Lukket "
        "møde Lukket sag november\n\n"
        "3 Åbent møde Takster for skolefritidsordninger Journalnummer S02 / "
        "SagsID: Åben sag Baggrund/sagsfremstilling: Taksterne for næste år "
        "skal fastsættes ud fra det budget, udvalget vedtog i oktober, og de "
        "gamle kommuners takster harmoniseres, så forældrebetalingen udgør "
        "en fjerdedel af udgiften. Administrativ indstilling: "
        "Administrationen indstiller, at taksterne godkendes. Beslutning: "
        "Godkendt. november\n\n"
        "4 Vedtægt for Handicaprådet Journalnummer A20 / SagsID: Åben sag "
        "Baggrund/sagsfremstilling: Rådet får 7 medlemmer. Beslutning: "
        "Godkendt. november\n\n"
        "5 Styrelsesvedtægt, 2. behandling Journalnummer A01 / SagsID: Åben "
        "sag Baggrund/sagsfremstilling: Der er ikke kommet ændringsforslag. "
        "Beslutning: Vedtaget. november\n\n"
        "6 Lukket møde Lukket sag Journalnummer / SagsID: Lukket sag "
        "Beslutning: Godkendt. november\n";
    static const char *const titles[] = {
        "Takster for skolefritidsordninger", "Vedtægt for Handicaprådet",
        "Styrelsesvedtægt, 2. behandling", "Lukket sag"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_running_head_title_then_name),
        cmocka_unit_test(test_name_after_title),
        cmocka_unit_test(test_part_heading_and_journal_cell),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
