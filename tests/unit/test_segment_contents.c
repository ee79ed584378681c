/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_contents.c - the segmenter (lib/minutes) on a PDF's
 * contents page read column by column (the numbers "131." / "132." on
 * lines of their own, the titles below them) and on a closed item's
 * status printed under its heading ("Lukket sag"): neither heads an item
 * nor runs into a title; and on a transcript flattened one line a page
 * whose items carry running numbers of three digits ("601. Regnskab
 * 2008 Sagsnr J.nr …"). Found by the blind k-* round (Langeland,
 * Nordfyns). A contents entry whose wrapped title carries the leaders
 * on its second line (round f). */
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

/* A contents entry whose number stands alone and whose title wraps, the
 * leaders and page number only on the wrapped line ("1." / "Ny
 * belysning på stien langs" / "åen ......1"): an entry, not item 1,
 * though its title below reads as a heading. */
static void test_contents_wrapped_entry(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\nBeslutningsprotokol\nDato:\nTirsdag den 9. "
        "maj 2017\nIndholdsfortegnelse\nSide\n1.\nNy belysning på stien "
        "langs\nåen ..........................................1\n2.\n"
        "Salg af jord ved skolen ...............................3\n"
        "Nordby Kommune\nKommunalbestyrelsen\n09-05-2017\n1.\nNy belysning på "
        "stien langs åen\n17/2231\nÅben sag\n"
        "Sagsfremstilling\nStien har kun få lamper.\nIndstilling\n"
        "Direktøren indstiller, at der gives en bevilling.\n"
        "Beslutning i Kommunalbestyrelsen den 9. maj 2017:\nGodkendt.\n"
        "2.\nSalg af jord ved skolen\n17/2290\nÅben sag\n"
        "Sagsfremstilling\nDer er kommet to bud.\n"
        "Beslutning i Kommunalbestyrelsen den 9. maj 2017:\nGodkendt.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Ny belysning på stien langs åen",
                                         "Salg af jord ved skolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    assert_int_equal(m.items[0].first_line, 15);
    mnt_meeting_fini(&m);
}

/* A contents list whose entries end in their page numbers, but for the
 * closed item at its end, printed without one ("5 (Lukket) Salg af
 * ejendom"): still a contents list, its titles end before the page
 * numbers, and the items are read at their headings below it. */
static void test_contents_closed_tail_no_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat - Forretningsudvalget\n\n12-04-2021 09:30\n\n"
        "Indholdsfortegnelse\n\n"
        "1 (Åben) Godkendelse af dagsorden 3\n\n"
        "2 (Åben) Budget for vejvedligeholdelse 4\n\n"
        "3 (Åben) Nyt tag på sygehusets bygning 6\n\n"
        "4 (Lukket) Køb af grund\n\n\n"
        "1 (Åben) Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "2 (Åben) Budget for vejvedligeholdelse\n\nSagsfremstilling\n\n"
        "Budgettet deles mellem de fire driftsområder.\n\nBeslutning\n\n"
        "Godkendt.\n\n"
        "3 (Åben) Nyt tag på sygehusets bygning\n\nSagsfremstilling\n\n"
        "Taget er utæt.\n\nBeslutning\n\nGodkendt.\n\n"
        "4 (Lukket) Køb af grund\n\nBeslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Budget for vejvedligeholdelse",
        "Nyt tag på sygehusets bygning", "Køb af grund"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_true(m.items[0].first_line > 12);
    mnt_meeting_fini(&m);
}

/* An agenda list, then item 1's text listing what was said in points
 * numbered like the items ("1. Afbud. …" / "2. Besøg. …", a blank
 * between), right above item 2's heading, which the list names. Both
 * readings find four items with text; the list's titles say which "2."
 * heads item 2 (its heading glued to the page's "Referat" label). */
static void test_agenda_names_heading_over_list_point(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\nRegionsrådet 08-06-2021 13:00\n\n\n"
        "1.Orientering fra formanden\n"
        "2.Godkendelse - Regnskab 2020 for busdriften\n"
        "3.Beslutning - Plan for akutberedskabet\n"
        "4.Eventuelt\n\n"
        "1. Orientering fra formandenReferat\n\n"
        " Formanden nævnte følgende på mødet den 8. juni 2021:\n\n"
        "1. Afbud. Der var afbud fra Ida Holm.\n\n"
        "2. Tak. Formanden takkede for samarbejdet med kommunerne.\n\n"
        "2. Godkendelse - Regnskab 2020 for busdriftenReferat\n\n"
        " Regionsrådet godkendte regnskabet.\n\n"
        "3. Beslutning - Plan for akutberedskabetReferat\n\n"
        " Regionsrådet godkendte planen.\n\n"
        "4. EventueltReferat\n\n Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Orientering fra formanden",
        "Godkendelse - Regnskab 2020 for busdriften",
        "Beslutning - Plan for akutberedskabet", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_int_equal(m.items[1].first_line, 18);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_columns),
        cmocka_unit_test(test_flat_running_numbers),
        cmocka_unit_test(test_contents_wrapped_entry),
        cmocka_unit_test(test_contents_closed_tail_no_page),
        cmocka_unit_test(test_agenda_names_heading_over_list_point),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
