/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_docplayer.c - PDF minutes read through a transcript site
 * (one line per page, numbers and punctuation of fields dropped), from
 * the bm- blind round: a title that runs into its case file's fields
 * holds capitalised names, and a closed item's mark before the next
 * heading. Each case is a few lines in our own words. */
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

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_title_runs_to_fields),
        cmocka_unit_test(test_closed_mark_before_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
