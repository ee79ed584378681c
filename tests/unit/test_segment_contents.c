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

/* A flattened contents line whose open part ends in the closed part's
 * heading ("… 215. Meddelelser Punkter på lukket møde: 216. Lukket punkt: …"):
 * entry 215's title is "Meddelelser", not "Meddelelser Punkter på
 * lukket møde:", so its heading, the second on a page's line, is found. */
static void test_flat_contents_group_heading(void **state)
{
    (void)state;
    static const char text[] =
        "1 side 1 Åbent referat for Byrådets møde den kl. 17:30 Byrådssalen "
        "Tilgår pressen Fraværende: Birthe Lund (A). Stedfortræder: Anders "
        "Kjær (A)\n"
        "\n"
        "2 side 2 Indholdsfortegnelse: 211. Spørgetid 212. Godkendelse "
        "af budgetopfølgning pr. 30. september 213. Takster for "
        "affaldsordningen "
        "214. Ny lokalplan for boliger ved Lodsbakken 215. Meddelelser "
        "Punkter på lukket møde: 216. Lukket punkt: Salg af grund i Langeskov "
        "217. Lukket punkt: Personalesag\n"
        "\n"
        "3 side 3 211. Spørgetid Der var ingen spørgsmål fra borgerne. "
        "Beslutning: Taget til efterretning. 212. Godkendelse af "
        "budgetopfølgning "
        "pr. 30. september S01 sagsnr. 13/6042 Økonomiafdelingen har lavet "
        "opfølgning på budgettet efter tredje kvartal. Der ventes et samlet "
        "mindreforbrug på 4,8 mio. kr., især på anlæg. Indstilling: "
        "Direktionen "
        "indstiller, at budgetopfølgningen godkendes, og at "
        "tillægsbevillingerne "
        "i bilag 1 gives. Økonomiudvalget den : Anbefales.\n"
        "\n"
        "4 side 4 Beslutning: Godkendt. 213. Takster for affaldsordningen "
        "S02 sagsnr. 13/5890 Taksterne for dagrenovation og genbrugspladser "
        "skal fastsættes for næste år. Affaldsselskabet, som Kerteminde "
        "Kommune ejer sammen med to nabokommuner, har sendt forslag, som "
        "hæver taksten for en almindelig husstand med 85 kr. Indstilling: "
        "Direktionen indstiller, at taksterne godkendes som foreslået. "
        "Miljø- og Teknikudvalget den : Anbefales. Økonomiudvalget den "
        ": Anbefales. Beslutning: Godkendt. Venstres 5 medlemmer stemte "
        "imod.\n"
        "\n"
        "5 side 5 214. Ny lokalplan for boliger ved Lodsbakken S03 sagsnr. "
        "12/8811 Forslaget til lokalplan har været i offentlig høring i "
        "otte uger. Der er kommet to høringssvar om udsigt og trafik. "
        "Indstilling: "
        "Direktionen indstiller, at lokalplanen vedtages endeligt med de "
        "små ændringer, der står i notatet. Miljø- og Teknikudvalget den "
        ": Anbefales. Beslutning: Godkendt. 215. Meddelelser Borgmesteren "
        "orienterede om mødet med regionen om busplanen. Beslutning: Taget "
        "til efterretning.\n"
        "\n"
        "6 side 6 216. Lukket punkt: Salg af grund i Langeskov 217. Lukket "
        "punkt: Personalesag\n";
    static const char *const labels[] = {"211", "212", "213", "214",
                                         "215", "216", "217"};
    static const char *const titles[] = {
        "Spørgetid",
        "Godkendelse af budgetopfølgning pr. 30. september",
        "Takster for affaldsordningen",
        "Ny lokalplan for boliger ved Lodsbakken",
        "Meddelelser",
        "Lukket punkt: Salg af grund i Langeskov",
        "Lukket punkt: Personalesag"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 7, labels, titles);
    mnt_meeting_fini(&m);
    /* a title that ends in a name and a colon is whole */
    static const char named[] =
        "1 side 1 Åbent referat for Byrådets møde den kl. 17:30 Byrådssalen "
        "Tilgår pressen Fraværende: Ingen\n\n"
        "2 side 2 Indholdsfortegnelse: 31. Spørgetid 32. Orientering fra "
        "Økonomiudvalget: 33. Eventuelt\n\n"
        "3 side 3 31. Spørgetid Der var ingen spørgsmål fra borgerne, og "
        "ingen havde sendt spørgsmål skriftligt inden fristen. Beslutning: "
        "Taget til efterretning. 32. Orientering fra Økonomiudvalget: "
        "Formanden orienterede om arbejdet med budgettet for næste år og om "
        "den nye plan for vedligeholdelse af kommunens bygninger, som "
        "udvalget drøfter i næste måned. Beslutning: Taget til "
        "efterretning. 33. Eventuelt Intet.\n";
    static const char *const nlabels[] = {"31", "32", "33"};
    static const char *const ntitles[] = {
        "Spørgetid", "Orientering fra Økonomiudvalget", "Eventuelt"};
    parse_text(named, &m);
    expect_items(&m, 3, nlabels, ntitles);
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
        cmocka_unit_test(test_flat_contents_group_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
