/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatprobe.c - transcripts flattened to one line a page
 * (a document site's text of a PDF): where items start inside a page
 * line, the classes round ez found by flattening the fixtures of a
 * heading a line. Each case is a few lines in our own words. */
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

/* A short meeting prints its contents and its first items on one page:
 * the page's text after the contents' last entry (its page number, the
 * running header) opens with the first entry's title again, and the
 * items are read from there on, not lost with the contents. */
static void test_contents_and_items_on_one_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Referat Teknisk Udvalg Onsdag 4/9 2024 kl. 16.00 Mødelokale 3, "
        "Rådhuset Fraværende: Lise Holm (A) Indholdsfortegnelse 1. "
        "Godkendelse af dagsorden ........................ 2 2. Trafikplan "
        "for Nørregade ....................... 2 3. Vintertjeneste "
        "2024-2025 ...................... 3 Teknisk Udvalg 4/9 2024      "
        "Side 2 1. Godkendelse af dagsorden Beslutning Godkendt. 2. "
        "Trafikplan for Nørregade Sagsfremstilling Planen har været i "
        "høring i seks uger. Der kom fire høringssvar. Beslutning "
        "Anbefales. Teknisk Udvalg 4/9 2024      Side 3 3. Vintertjeneste "
        "2024-2025 Sagsfremstilling\n"
        "\n"
        "2 Ruterne er de samme som sidste år. Beslutning Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Trafikplan for Nørregade",
                                         "Vintertjeneste 2024-2025"};
    /* the entries grouped under headings and dotted to their pages: the
     * first entry's words are looked for, not its leader and group */
    static const char grouped[] =
        "SKOVBY BYRÅD\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 SKOVBY BYRÅD REFERAT fra møde i SKOVBY BYRÅD tirsdag den 6. "
        "marts 2007 kl. 19.00 i byrådssalen Medlemmer: Anne Bro, Kaj "
        "Lind, Ruth Sand Side 88 SKOVBY BYRÅD Indholdsfortegnelse: Åbne "
        "efterretningssager 21. Kvartalsrapport for hjemmeplejen "
        "............ 89 Åbne beslutningssager 22. Salg af grund ved "
        "Mosevej ........................ 90 23. Valg af nyt medlem til "
        "skolebestyrelsen ....... 90 Side 89 SKOVBY BYRÅD ÅBNE "
        "EFTERRETNINGSSAGER 21. Kvartalsrapport for hjemmeplejen. J.nr.: "
        "27.12.00 Sagsid: 07/1201 Åben sag Sagsfremstilling: Rapporten "
        "viser færre besøg end budgetteret.\n"
        "\n"
        "2 Beslutning: Taget til efterretning. ÅBNE BESLUTNINGSSAGER 22. "
        "Salg af grund ved Mosevej. J.nr.: 82.02.00 Sagsid: 07/0440 Åben "
        "sag Sagsfremstilling: Grunden har været udbudt. Beslutning: "
        "Godkendt. 23. Valg af nyt medlem til skolebestyrelsen. J.nr.: "
        "17.01.00 Sagsid: 07/0119 Åben sag Beslutning: Lise Dahl blev "
        "valgt.\n";
    static const char *const grouped_labels[] = {"21", "22", "23"};
    static const char *const grouped_titles[] = {
        "Kvartalsrapport for hjemmeplejen", "Salg af grund ved Mosevej",
        "Valg af nyt medlem til skolebestyrelsen"};
    /* the contents in small letters, the page's headings in capitals */
    static const char caps[] =
        "SKOVBY KOMMUNE\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 SKOVBY KOMMUNE ÅBENT REFERAT SOCIALUDVALG Mødedato: 2. "
        "september 2014 Mødested: Rådhuset, lokale 4 Fraværende: Jens "
        "Bro INDHOLDSFORTEGNELSE Sag nr.: Emne Side 1. Budgetforslag 2015 "
        "for ældreområdet ........ 1 2. Takster for madservice "
        "................ 2 SIDE 1 1. BUDGETFORSLAG 2015 FOR "
        "ÆLDREOMRÅDET Sagsnr 14-2210 Dok.nr 50112-14 ÅBENT INDSTILLING "
        "Direktionen indstiller, at forslaget godkendes. BESLUTNING "
        "Godkendt.\n"
        "\n"
        "2 SIDE 2 2. TAKSTER FOR MADSERVICE Sagsnr 14-3301 Dok.nr "
        "50240-14 ÅBENT BESLUTNING Godkendt.\n";
    static const char *const caps_labels[] = {"1", "2"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
    parse_text(caps, &m);
    assert_int_equal(m.nitems, 2);
    for (size_t k = 0; k < 2; k++)
        assert_string_equal(m.items[k].label, caps_labels[k]);
    mnt_meeting_fini(&m);
    parse_text(grouped, &m);
    expect_items(&m, 3, grouped_labels, grouped_titles);
    mnt_meeting_fini(&m);
}

/* Labels of a word's abbreviation inside a page line: a Word template's
 * "Pkt. nr. 61   Title" (Frederikshavn) and "Nr.60 - Title" (Lemvig,
 * Fredensborg) open items there as they do at a line's start; a plan's
 * "lokalplan nr. 12" inside a title opens none. */
static void test_word_labels_inside_page(void **state)
{
    (void)state;
    static const char pkt[] =
        "Frederikshavn Kommune\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Frederikshavn Kommune Kultur- og Fritidsudvalget REFERAT "
        "Mødedato: onsdag 6. okt. 2021 Mødetid: 15:00 - 17:00 Mødested: "
        "Mødelokale 1.10 Fraværende: Vagn Rask (V) Pkt. nr. 41   "
        "Godkendelse af dagsorden Sagsnr.: 21/7710 Beslutning Godkendt. "
        "Pkt. nr. 42   Tilskud til lokalplan nr. 12 for Vestergade "
        "Sagsnr.: 21/6120 Baggrund Foreningen søger 40.000 kr. "
        "Beslutning Godkendt.\n"
        "\n"
        "2 Pkt. nr. 43   Orientering fra formanden Beslutning Til "
        "efterretning.\n";
    static const char nr[] =
        "Lemvig Kommune\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Lemvig Kommune Teknisk Udvalg Beslutningsprotokol Møde den "
        "2/5-2019 kl. 14.00 i mødelokale 2 Afbud: Ole Dam Nr.31 - "
        "Godkendelse af dagsorden Sagsid.: 19/1201 Beslutning Godkendt. "
        "Nr.32 - Asfaltering af Havnevej Sagsid.: 19/0455 Resume "
        "Vejen er slidt og skal have nyt slidlag. Beslutning Godkendt.\n"
        "\n"
        "2 Nr.33 - Meddelelser Beslutning Ingen.\n";
    static const char *const pkt_labels[] = {"41", "42", "43"};
    static const char *const pkt_titles[] = {
        "Godkendelse af dagsorden",
        "Tilskud til lokalplan nr. 12 for Vestergade",
        "Orientering fra formanden"};
    static const char *const nr_labels[] = {"31", "32", "33"};
    static const char *const nr_titles[] = {
        "Godkendelse af dagsorden", "Asfaltering af Havnevej", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(pkt, &m);
    expect_items(&m, 3, pkt_labels, pkt_titles);
    mnt_meeting_fini(&m);
    parse_text(nr, &m);
    expect_items(&m, 3, nr_labels, nr_titles);
    mnt_meeting_fini(&m);
}

/* The first heading on a page after the meeting's header, its piece
 * running on into the item's text up to an absent member and party
 * ("… godkendt. Fraværende med afbud: Ole Dam (O)"): a person and party
 * after a sentence's end are the item's attendance, not a member list's
 * entry, so the heading keeps its item. */
static void test_piece_ending_in_party(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalget for Kultur\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Udvalget for Kultur Referat 14.05.2013 kl. 16:30 Medlemmer: "
        "Eva Lund (F), Formand Kim Bak (A) Ole Dam (O) Øvrige deltagere: "
        "Dagmar Juel, Udvalgssekretær 301. Godkendelse af dagsorden "
        "Beslutning Dagsordenen godkendt. Fraværende med afbud: Ole Dam "
        "(O) 302. Tilskud til musikfestival på torvet Sagens kerne En "
        "forening søger om 50.000 kr. Beslutning Godkendt.\n"
        "\n"
        "2 303. Orientering fra formanden Beslutning Formanden orienterede "
        "om mødet med biblioteket.\n";
    static const char *const labels[] = {"301", "302", "303"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Tilskud til musikfestival på torvet",
                                         "Orientering fra formanden"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title ending in a place's name runs into a section's name of a
 * definite noun in the genitive ("… skolevejen i Ølsted Sagens kerne
 * Forældre …"): the genitive before a word in lower case opens the
 * text, where a name's next word goes on in capitals ("… af
 * Folkeoplysningens Dag"). */
static void test_title_before_genitive_section(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalget for Teknik\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Udvalget for Teknik Referat 11.06.2013 kl. 16:30 Medlemmer: Eva "
        "Lund (F), Kim Bak (A) 41. Godkendelse af dagsorden Beslutning "
        "Godkendt. 42. Trafiksikring af skolevejen i Ølsted Sagens kerne "
        "Forældre har bedt om en sikker krydsning ved skolen. Beslutning "
        "Godkendt. 43. Evaluering af Folkeoplysningens Dag Sagens kerne "
        "Dagen havde 800 gæster. Beslutning Til efterretning.\n";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Trafiksikring af skolevejen i Ølsted",
                                         "Evaluering af Folkeoplysningens Dag"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The item's status in brackets between its number and title ("2
 * (Åben) Title", "3 (Lukket) Title": Gentofte's and Morsø's template)
 * heads an item inside a flattened page as at a line's start. */
static void test_status_after_number_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Skovby Kommune\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Økonomiudvalget Tirsdag, 8. oktober 2019 kl. 15:30 Mødelokale "
        "2, Rådhuset Referat Fraværende: Ingen 1 (Åben) Godkendelse af "
        "dagsorden Sags ID: EMN-2019-01001 Beslutning Godkendt. "
        "Økonomiudvalget | 08-10-2019 | Side 2 2 (Åben) Salg af grund ved "
        "Engvej Sags ID: EMN-2019-00412 Sagsbeskrivelse Grunden har været "
        "udbudt to gange. Beslutning Anbefales.\n"
        "\n"
        "2 3 (Lukket) Køb af ejendom Sags ID: EMN-2019-00777 Beslutning "
        "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    struct mnt_meeting m;
    parse_text(text, &m);
    /* the items' bounds; where a title ends before "Sags ID:" is the
     * title rules' */
    assert_int_equal(m.nitems, 3);
    for (size_t k = 0; k < 3; k++)
        assert_string_equal(m.items[k].label, labels[k]);
    mnt_meeting_fini(&m);
}

/* Headings typed with no space after the number's full stop ("1.Valg af
 * mødeleder"), a run of them inside a flattened page; a list in an
 * item's text typed so in lower case ("1.flere hænder") heads nothing. */
static void test_glued_numbers_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Skovby Kommune\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Skovby Kommune Seniorrådet REFERAT Møde: onsdag d. 5. juni "
        "2019 kl. 10.00 Sted: Rådhuset, lokale 2 Til stede: Bo Ager, Kaj "
        "Lund, Inge Holm Fraværende: Per Dal 1.Valg af mødeleder Kaj Lund "
        "blev valgt. 2.Høring om ny busplan Rådet ønsker: 1.flere afgange "
        "om aftenen 2.bedre skilte ved stoppestederne Formanden sender "
        "svaret. 3. Næste møde Onsdag d. 3. juli 2019 4.Eventuelt Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Valg af mødeleder", "Høring om ny busplan", "Næste møde", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title of one short word before the text's subject and verb (`fd-`
 * round, Hørsholm's transcript of 2006: "ØU-72/06-D Budget Udvalget
 * drøftede …"), and a title ending in a range of years before a
 * sentence ("… Budget 2007-2010 Udvalget drøftede …"). */
static void test_short_title_and_year_range(void **state)
{
    (void)state;
    static const char text[] =
        "1 Beslutninger fra mødet torsdag den 8. juni 2006 Ordinært møde "
        "Økonomiudvalget\n\n"
        "2 Følgende sager blev behandlet på mødet ØU-70/06-O Økonomisk "
        "orientering maj 2006 Forbruget ligger inden for budgettet. "
        "Beslutning: Taget til efterretning. Side 5 ØU-71/06-D Budget "
        "Udvalget drøftede de første forslag. Beslutning: Drøftet. Side 7 "
        "ØU-72/06-D Budget 2007-2010 Udvalget drøftede de næste forslag. "
        "Beslutning: Drøftet. Side 9 Økonomiudvalget Side 2\n";
    static const char *const labels[] = {"70", "71", "72"};
    static const char *const titles[] = {"Økonomisk orientering maj 2006",
                                         "Budget", "Budget 2007-2010"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A closed mark a dash joins to its title in a flattened contents
 * ("3. … 2019 - Lukket punkt 4. Eventuelt") is the title's own, no
 * status heading "Lukket punkt 4." of the next item (round ff). */
static void test_dash_closed_mark_in_contents(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Handicaprådet Møde 03-10-2019 kl. 16:00 PUNKTER 1. "
        "Godkendelse af dagsorden 2. Høring om ny busplan 3. Uddeling af "
        "foreningsprisen 2019 - Lukket punkt 4. Eventuelt 1. Godkendelse "
        "af dagsorden Sagsgang og sagstype Handicaprådet Beslutning i "
        "Handicaprådet den 03-10-2019 Godkendt.\n\n"
        "2 Referat Sagsfremstilling 2. Høring om ny busplan Sagsgang og "
        "sagstype Handicaprådet Beslutning i Handicaprådet den 03-10-2019 "
        "Rådet afgiver høringssvar. Referat Sagsfremstilling 3. Uddeling "
        "af foreningsprisen 2019 - Lukket punkt Referat Sagsfremstilling "
        "4. Eventuelt Sagsgang og sagstype Handicaprådet Beslutning i "
        "Handicaprådet den 03-10-2019 Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Høring om ny busplan",
        "Uddeling af foreningsprisen 2019 - Lukket punkt", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The page's own heading after such a title: "… 2019 - Lukket punkt
 * 4. Eventuelt …" - the number after the mark is the next item's label,
 * no reference "punkt 4" in a sentence (round ff). */
static void test_label_after_dash_closed_mark(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Handicaprådet Møde 03-10-2019 kl. 16:00 PUNKTER 1. "
        "Godkendelse af dagsorden 2. Høring om ny busplan 3. Uddeling af "
        "foreningsprisen 2019 - Lukket punkt 4. Eventuelt 1. Godkendelse "
        "af dagsorden Sagsgang og sagstype Handicaprådet Beslutning i "
        "Handicaprådet den 03-10-2019 Godkendt.\n\n"
        "2 Referat Sagsfremstilling 2. Høring om ny busplan Sagsgang og "
        "sagstype Handicaprådet Beslutning i Handicaprådet den 03-10-2019 "
        "Rådet afgiver høringssvar. Referat Sagsfremstilling 3. Uddeling "
        "af foreningsprisen 2019 - Lukket punkt 4. Eventuelt Sagsgang og "
        "sagstype Handicaprådet Beslutning i Handicaprådet den 03-10-2019 "
        "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Høring om ny busplan",
        "Uddeling af foreningsprisen 2019 - Lukket punkt", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A programme's time slot before a title on a flattened page ("85.
 * Kl. 16.15: Dialogmøde …") goes as it does from a heading line
 * (round ff). */
static void test_time_slot_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Udvalget for Kultur og Fritid Mødedato: 10. marts 2020 "
        "Mødetidspunkt: 15:00 Sted: Mødelokale 2 Fraværende: Ingen "
        "20.00.00-A00-1-20 84. Godkendelse af dagsorden Forventet sagsgang "
        "KF Beslutning Godkendt. 20.00.00-A08-7-19 85. Kl. 16.15: "
        "Dialogmøde med Foreningsrådet Forventet sagsgang KF Anledning "
        "Udvalget mødes hvert år med rådet.\n\n"
        "2 Beslutning Drøftet. 20.00.00-A08-2-20 86. Kl. 16.45: Orientering "
        "om ny hal i Hobro Forventet sagsgang KF Anledning Byggeriet går "
        "efter planen. Beslutning Taget til efterretning.\n";
    static const char *const labels[] = {"84", "85", "86"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Dialogmøde med Foreningsrådet",
                                         "Orientering om ny hal i Hobro"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A closed item titled by its mark alone inside a flattened page ("154.
 * Lukket punkt 155. Salg af areal …"): the mark is its title, no status
 * heading of the next item, whose number is its label (round ff). */
static void test_closed_mark_alone_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Økonomiudvalget Mødedato: 4. marts 2019 Sted: "
        "Mødelokale 1 152. Godkendelse af dagsorden Sagsnummer: "
        "00.01.00-A00-1-19 Beslutning Godkendt. 153. Budgetopfølgning pr. "
        "31. januar Sagsnummer: 00.30.14-S00-2-19 Resume Forbruget følger "
        "budgettet. Beslutning Anbefales. Fraværende: Ole Vang (V). 154. "
        "Lukket punkt 155. Salg af areal ved Vestergade Sagsnummer: "
        "82.12.00-G10-3-19 Resume En køber har budt på arealet. Beslutning "
        "Godkendt.\n";
    static const char *const labels[] = {"152", "153", "154", "155"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Budgetopfølgning pr. 31. januar",
        "Lukket punkt", "Salg af areal ved Vestergade"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A document site titles a file by its first words: a publishing
 * system's PDF that opens with item 1's heading has that heading for
 * its title, above the mark and again at page 1's start. The title is
 * no item of its own: item 1 opens on page 1 (round hl; without the
 * rule the title line took item 1 and page 1's heading was lost). */
static void test_title_line_is_first_heading(void **state)
{
    (void)state;
    static const char text[] =
        "1.      Salg af grund ved Mosevej\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 1.      Salg af grund ved Mosevej Sagsnr. 450-2024-1187 "
        "Initialer KMB Åbent Sagsfremstilling Grunden har været udbudt i "
        "fire uger, og der er kommet to bud. Indstilling Det indstilles, "
        "at grunden sælges til højeste bud. Beslutning Godkendt.\n"
        "\n"
        "2 2.      Vintertjeneste 2024-2025 Sagsnr. 450-2024-2210 "
        "Initialer PLH Åbent Sagsfremstilling Ruterne er de samme som "
        "sidste år. Beslutning Godkendt.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Salg af grund ved Mosevej",
                                         "Vintertjeneste 2024-2025"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    assert_int_equal(m.items[0].first_line, 5);
    mnt_meeting_fini(&m);
}

/* An agenda list inside a flattened page whose first entry's title opens
 * with an ordinal ("1. 3. økonomi- og aktivitetsrapportering 2024"): the
 * entry is read as the list's first, so the list ends where its title
 * stands again; without the rule the list went unread and item 1's
 * heading, after a long last entry ending in a year ("… 2025 1.      3.
 * økonomi- …"), was lost (round hp). */
static void test_agenda_entry_opens_with_ordinal(void **state)
{
    (void)state;
    static const char text[] =
        "Forretningsudvalget - referat 04-12-2024\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Forretningsudvalget - referat 04-12-2024 Mødedato: 04-12-2024 "
        "Kl. 14:00-15:30 Mødested: Regionshuset. Dagsorden 1. 3. økonomi- "
        "og aktivitetsrapportering 2024 2. Ventetider på høreapparater 3. "
        "Strategi for indsatsen mod luftforurening 2025 1.      3. økonomi- "
        "og aktivitetsrapportering 2024 Sagsnr: 24/3310 Resumé Rapporten "
        "dækker årets første ti måneder. Beslutning Taget til "
        "efterretning.\n"
        "\n"
        "2 2.      Ventetider på høreapparater Sagsnr: 24/2871 Resumé "
        "Ventetiden er faldet til fire måneder. Beslutning Taget til "
        "efterretning. 3.      Strategi for indsatsen mod luftforurening "
        "2025 Sagsnr: 24/1902 Resumé Strategien drøftes. Beslutning "
        "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "3. økonomi- og aktivitetsrapportering 2024",
        "Ventetider på høreapparater",
        "Strategi for indsatsen mod luftforurening 2025"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A web archive's contents printed without page numbers, its last entry
 * running on into the meeting's fields and item 1's heading on the same
 * page ("… Orienteringssager 3 Status for … Medlemmer: … Meddelelser:
 * Beslutningssager 1. Regnskab …"): with no page number to end it, the
 * last entry ran to the line's end and item 1's heading was lost in it;
 * the first entry's title standing again after the entry's start opens
 * item 1 (round hw). */
static void test_last_entry_without_page_number(void **state)
{
    (void)state;
    static const char text[] =
        "Havneudvalget\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Havneudvalget Publiceret 14-03-2016 Mandag den 14-03-2016 kl. "
        "16:00 Indholdsfortegnelse: Beslutningssager 1 Regnskab for "
        "lystbådehavnen 2015 2 Takster for vinteroplag af både "
        "Orienteringssager 3 Status for uddybning af sejlrenden Medlemmer: "
        "Villads Krag Oda Stenholt Bertel Ravnkilde Signe Lyhne Asger "
        "Brodersen Havnefoged Tue Mørup Godkendelse af dagsorden: Godkendt "
        "Fraværende: Signe Lyhne Meddelelser: Beslutningssager 1. Regnskab "
        "for lystbådehavnen 2015 08.01A00 - 2016/10422 Sagsfremstilling "
        "Havnen kom ud med et lille overskud.\n"
        "\n"
        "2 Administrationens indstilling Administrationen indstiller, at "
        "regnskabet godkendes.Beslutning Godkendt 2. Takster for "
        "vinteroplag af både 08.02A00 - 2016/10511 Sagsfremstilling "
        "Taksterne hæves med to procent. Beslutning Godkendt "
        "Orienteringssager 3. Status for uddybning af sejlrenden 08.03A00 - "
        "2016/10630 Sagsfremstilling Arbejdet går efter planen. Beslutning "
        "Taget til efterretning\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Regnskab for lystbådehavnen 2015",
                                         "Takster for vinteroplag af både",
                                         "Status for uddybning af sejlrenden"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A heading whose title opens with an ordinal after a running head's
 * page number inside a flattened page ("… Tilbage til toppen Byrådet
 * 14.05.2025 212 41. 2. etape af Engvejen …", "… Side 3 af 8 12. 2.
 * behandling af …"): a bare number before the heading is a page's, not
 * a list's point ("1. 2. 3.") nor a date's day ("13. 2. kvartal"), so
 * the number heads the ordinal title as it heads a capital's; without
 * the rule the item was lost in the one before it (round ib). */
static void test_ordinal_title_after_page_number(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet 14.05.2025\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Byrådet 14.05.2025 Åbne sager Byrådet 14.05.2025 210 40. "
        "Takster for svømmehallen Sagsnr.: 2025-1180 Resume Taksterne "
        "hæves med to procent. Beslutning: Byrådet, 14.05.2025 Godkendt. "
        "Tilbage til toppen Byrådet 14.05.2025 212 41. 2. etape af "
        "Engvejen Sagsnr.: 2025-1231 Resume Byggemodningen kan begynde, "
        "når lokalplanen er vedtaget. Beslutning: Byrådet, 14.05.2025 "
        "Godkendt. Tilbage til toppen Byrådet 14.05.2025 214 42. Valg til "
        "skolebestyrelsen Sagsnr.: 2025-1307 Resume Et medlem er flyttet. "
        "Beslutning: Byrådet, 14.05.2025 Godkendt.\n";
    static const char *const labels[] = {"40", "41", "42"};
    static const char *const titles[] = {"Takster for svømmehallen",
                                         "2. etape af Engvejen",
                                         "Valg til skolebestyrelsen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_and_items_on_one_page),
        cmocka_unit_test(test_word_labels_inside_page),
        cmocka_unit_test(test_piece_ending_in_party),
        cmocka_unit_test(test_title_before_genitive_section),
        cmocka_unit_test(test_status_after_number_inside_page),
        cmocka_unit_test(test_glued_numbers_inside_page),
        cmocka_unit_test(test_short_title_and_year_range),
        cmocka_unit_test(test_dash_closed_mark_in_contents),
        cmocka_unit_test(test_label_after_dash_closed_mark),
        cmocka_unit_test(test_time_slot_inside_page),
        cmocka_unit_test(test_closed_mark_alone_inside_page),
        cmocka_unit_test(test_title_line_is_first_heading),
        cmocka_unit_test(test_agenda_entry_opens_with_ordinal),
        cmocka_unit_test(test_last_entry_without_page_number),
        cmocka_unit_test(test_ordinal_title_after_page_number),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
