/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_contents.c - the segmenter (lib/minutes) on a PDF's
 * contents page read column by column (the numbers "131." / "132." on
 * lines of their own, the titles below them) and on a closed item's
 * status printed under its heading ("Lukket sag"): neither heads an item
 * nor runs into a title; and on a transcript flattened one line a page
 * whose items carry running numbers of three digits ("601. Regnskab
 * 2008 Sagsnr J.nr …"). Found by the blind k-* round (Langeland,
 * Nordfyns). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "minutes/minutes.h"
#include "segment_util.h"
#include "test_filter.h"

static void test_contents_columns(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\nReferat\nMødedato: 14-10-2013\n\n"
        "Indholdsfortegnelse\nSag nr.                       Side\n"
        "31.\n32.\n33.\nMeddelelser\nSalg af grund\nEventuelt\n"
        "2\n3\n4\n\n\n"
        "2\n31. Meddelelser\nÅben sag\nBeslutning\nTaget til efterretning.\n\n"
        "3\n32. Salg af grund i Rudkøbing erhvervsområde med tilhørende "
        "vejareal og sti\nLukket sag\n\n"
        "4\n33. Eventuelt\nÅben sag\nBeslutning\nIntet.\n";
    static const char *const labels[] = {"31", "32", "33"};
    static const char *const titles[] = {
        "Meddelelser",
        "Salg af grund i Rudkøbing erhvervsområde med tilhørende vejareal "
        "og sti",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_true(m.items[0].first_line > 14);
    mnt_meeting_fini(&m);
}

static void test_flat_running_numbers(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "1 KOMMUNALBESTYRELSEN FOR EGEBY KOMMUNE REFERAT FRA MØDE NR. 31 "
        "TORSDAG DEN 25. JUNI 2009, KL PÅ RÅDHUSET, BYRÅDSSALEN\n"
        "2 Kommunalbestyrelsen 25. juni 2009 Side: 2 Fraværende: Lone Kragh. "
        "Til behandling forelå: TIL KOMMUNALBESTYRELSENS AFGØRELSE Regnskab "
        "2008 Salg af byggegrunde i Morud SAGER TIL EFTERRETNING Orientering "
        "fra borgmesteren...3\n"
        "3 Kommunalbestyrelsen 25. juni 2009 Side: 3 TIL KOMMUNALBESTYRELSENS "
        "AFGØRELSE 601. Regnskab 2008 Sagsnr J.nr Regnskabet for 2008 viser "
        "et resultat, der er bedre end budgetteret. Revisionen har ingen "
        "væsentlige bemærkninger. Beslutning: Godkendt. 602. Salg af "
        "byggegrunde i Morud Sagsnr J.nr Der er kommet bud på fire af de seks "
        "grunde. Beslutning: Godkendt.\n"
        "4 Kommunalbestyrelsen 25. juni 2009 Side: 4 SAGER TIL EFTERRETNING "
        "603. Orientering fra borgmesteren Sagsnr J.nr Borgmesteren "
        "orienterede om mødet med nabokommunerne. Beslutning: Taget til "
        "efterretning.\n";
    static const char *const labels[] = {"601", "602", "603"};
    static const char *const titles[] = {"Regnskab 2008",
                                         "Salg af byggegrunde i Morud",
                                         "Orientering fra borgmesteren"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_columns),
        cmocka_unit_test(test_flat_running_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
