/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatbefore.c - what stands before an item's number inside
 * a transcript flattened to one line a page (split from
 * test_segment_flatparts.c): added items "3a." after their item's text,
 * dotted sub-items "3.1" after a title-only heading its points, an
 * agenda entry before a sender group's heading, "Lukket sag" a status
 * before the next number, a number a list in the text had already
 * (round gd); the first heading after an attendee list's last comma
 * (round gn), a room's number before the attendees' key no heading
 * (round gn); a status in the next item's title a piece ends in is
 * that item's (round gy). Each case is a few lines in our own words. */
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

/* "… 3. Status på årsberetningen. Gruppen har … 3a. Henvendelse fra en
 * borger …": items added to the agenda as "3a." and "6a." after item 3's
 * and item 6's text; in a flattened page each item's text stands on its
 * heading's cut line, so the next cut is no point right under a heading
 * ("1. Startpunkter:" / "1a. …"), and the added items stay. */
static void test_added_letter_items_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Seniorrådet\n\nTranskript\n\n"
        "1 Referat af mødet 4. marts 2019 i Seniorrådet Tilstede var: Eva "
        "Dahl (ED), Aage Brask (IH), Lis Krog (LK) 1. Godkendelse af "
        "dagsorden. Dagsordenen blev godkendt. 2. Referat fra sidste møde. "
        "Referatet blev godkendt uden bemærkninger. 3. Status på "
        "årsberetningen. Gruppen har skrevet et udkast, og IH retter "
        "afsnittet om trafik til. 3a. Henvendelse om trappelift. En borger "
        "har skrevet om ventetiden. LK undersøger sagen hos forvaltningen. "
        "4. Høringer. Rådet har ingen bemærkninger til høringen.\n\n"
        "2 5. Økonomi. Regnskabet for februar viser et lille overskud, og "
        "kassereren lægger det frem på næste møde. 6. Nyt fra "
        "arbejdsgrupperne. Gruppen for sundhed har holdt to møder om "
        "faldforebyggelse. 6a. Fælles tur til konferencen. Rådet sender "
        "to medlemmer til konferencen i maj. 7. Eventuelt. Intet.\n";
    static const char *const labels[] = {"1", "2", "3",  "3a", "4",
                                         "5", "6", "6a", "7"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 9);
    for (size_t k = 0; k < 9; k++)
        assert_string_equal(m.items[k].label, labels[k]);
    mnt_meeting_fini(&m);
}

/* "… 12.  Cykelsti langs åen Fra Magistraten 13.  …": an agenda list
 * grouping its entries by the committee sending them prints the group's
 * heading between two entries; cut from a flattened page, the entry
 * before it ran on into it, and its short title named no heading below
 * ("12.  Cykelsti langs åen Sagsnr.: …"): item 12 was lost. */
static void test_agenda_entry_before_sender_group(void **state)
{
    (void)state;
    static const char text[] =
        "Åben dagsorden\n\nTranskript\n\n"
        "1 Åben dagsorden Kommunalbestyrelsen Den 4. maj 2015, kl. "
        "19.00-21.30 Ane Bak havde meldt forfald. 10.  Spørgsmål fra "
        "rådmand Ole Dahl om busser til hospitalet Fra By- og "
        "Miljøudvalget 11.  Forslag til lokalplan 210 for boliger ved "
        "Åboulevarden 12.  Cykelsti langs åen Fra Magistraten 13.  "
        "Udpegning af nyt medlem til Ældrerådet 10.  Spørgsmål fra "
        "rådmand Ole Dahl om busser til hospitalet Sagsnr.: "
        "00.01.00-P35-10-15 Foretoges. Fra By- og Miljøudvalget 11.  "
        "Forslag til lokalplan 210 for boliger ved Åboulevarden Sagsnr.: "
        "01.02.05-P16-5-15 Beslutning Tiltrådt. 12.  Cykelsti langs åen "
        "Sagsnr.: 05.01.00-P20-3-15 Beslutning Tiltrådt. Fra Magistraten "
        "13.  Udpegning af nyt medlem til Ældrerådet Sagsnr.: "
        "00.22.04-A00-4-15 Beslutning Lis Krog blev udpeget.\n";
    static const char *const labels[] = {"10", "11", "12", "13"};
    static const char *const titles[] = {
        "Spørgsmål fra rådmand Ole Dahl om busser til hospitalet",
        "Forslag til lokalplan 210 for boliger ved Åboulevarden",
        "Cykelsti langs åen", "Udpegning af nyt medlem til Ældrerådet"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Salg af kommunal ejendom Lukket sag 05. Eventuelt Åben sag …": a
 * template printing each item's status ("Åben sag", "Lukket sag") after
 * its title; in a flattened page the next heading's number follows the
 * status, and "sag 05." is no reference to a case ("jf. sag 5."). */
static void test_heading_after_status_sag(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\n\nTranskript\n\n"
        "1 Økonomiudvalget 2. marts 2015 Side 1 01. Godkendelse af "
        "dagsorden Åben sag Beslutninger Økonomiudvalget den 02-03-2015 "
        "Godkendt. 02. Salg af grund ved stationen Åben sag Sagsnr.: "
        "15/310 Resume En køber har budt på grunden, og prisen svarer til "
        "vurderingen. Beslutninger Økonomiudvalget den 02-03-2015 "
        "Anbefales.\n\n"
        "2 Økonomiudvalget 2. marts 2015 Side 2 03. Lukket - Køb af "
        "ejendom Lukket sag 04. Eventuelt Åben sag Beslutninger "
        "Økonomiudvalget den 02-03-2015 Borgmesteren orienterede om mødet "
        "med regionen om den nye busrute og om planen for havnen, som "
        "kommer på næste møde. Beslutninger Økonomiudvalget den "
        "02-03-2015 Taget til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 4);
    for (size_t k = 0; k < 4; k++)
        assert_string_equal(m.items[k].label, labels[k]);
    mnt_meeting_fini(&m);
}

/* "… anbefaler over for regionsrådet: 1. at der optages lån …, 2. at
 * lånet optages … POLITISK BEHANDLING … JOURNALNUMMER 17000311 2.
 * Nyt netværk …": a list in the text had its point 2 already, so the
 * next "2." after it is no point of that list but the next item's
 * number (it was taken for the list's point and the item lost). */
static void test_heading_after_list_that_had_its_number(void **state)
{
    (void)state;
    static const char text[] =
        "Regionsrådet\n\nTranskript\n\n"
        "1 Regionsrådet Referat Mødedato: 14. marts 2017 1. Lån til "
        "byggeriet INDSTILLING Forretningsudvalget anbefaler over for "
        "regionsrådet: 1. at der optages lån på 150 mio. kr., 2. at lånet "
        "optages med en fast rente og en løbetid på 25 år. POLITISK "
        "BEHANDLING Regionsrådets beslutning den 14. marts 2017: Godkendt. "
        "JOURNALNUMMER 17000311 2. Nyt netværk på hospitalerne INDSTILLING "
        "Forretningsudvalget anbefaler, at der gives en bevilling. "
        "POLITISK BEHANDLING Regionsrådets beslutning den 14. marts 2017: "
        "Godkendt.\n\n"
        "2 JOURNALNUMMER 17000412 3. Orientering om spørgetid INDSTILLING "
        "Administrationen indstiller, at orienteringen tages til "
        "efterretning, og at spørgetiden fortsat holdes før hvert møde i "
        "rådet. POLITISK BEHANDLING Regionsrådets beslutning den 14. marts "
        "2017: Taget til efterretning. JOURNALNUMMER 17000413\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Lån til byggeriet",
                                         "Nyt netværk på hospitalerne",
                                         "Orientering om spørgetid"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… 3. Siden sidst 3.1 Elevator på stationen Formanden har … 3.2
 * Handicapprisen …": cut from one flattened page line, an item's heading
 * holding its title alone and its dotted sub-items after it; the
 * sub-items are its text's points, no items (the page printed "3." over
 * its title and "3.1 Title" inline, which the line no longer shows). */
static void test_dotted_points_under_title_only_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Handicaprådet\n\nTranskript\n\n"
        "1 Referat Handicaprådet Onsdag den 6. april 2022 kl. 15.00 "
        "Mødelokale 2 1. Godkendelse af dagsorden Godkendt. 2. Referat "
        "fra sidste møde Underskrevet. 3. Siden sidst 3.1 Elevator på "
        "stationen Formanden har skrevet til banen om den manglende "
        "elevator. Der er ikke kommet svar. 3.2 Handicapprisen 2022 Der "
        "er kommet tre indstillinger, og rådet vælger på næste møde. 3.3 "
        "Kursus for nye medlemmer To medlemmer deltager i maj.\n\n"
        "2 4. Temamøde med udvalget Rådet drøftede emnerne til mødet med "
        "Social- og Sundhedsudvalget i juni, og formanden sender listen "
        "til sekretariatet inden udgangen af måneden. 5. Eventuelt "
        "Intet. Referent: Eva Dahl, sekretariatet, som sender referatet "
        "til rådets medlemmer.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Referat fra sidste møde", "Siden sidst",
        "Temamøde med udvalget", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Deltagere Eva Holm (A), Palle Ussing, Borgermedlem, 52. Godkendelse
 * af dagsorden Sagsbehandler: …": a web page's header flattened with
 * its attendees, the first heading right after the list's last comma
 * (round gn); a number after a comma elsewhere goes on a sentence. */
static void test_heading_after_attendee_list_comma(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTranskript\n\n"
        "1 Referat Idrætsudvalget 3. maj 2021 Dato 03.05.2021 Tid 16.00 "
        "Sted Torvet 2, 1. sal, lokale 4 Deltagere Eva Holm (A), Tine C. "
        "Berg (Foreninger inkl. klubber), Palle Ussing, Borgermedlem, 52. "
        "Godkendelse af dagsorden Sagsbehandler: Sagsnr.: 00.01.00-A00-1-21 "
        "Beslutning Godkendt. 53. Tilskud til baneanlæg Sagsbehandler: "
        "Sagsnr.: 18.15.00-A00-2-21 Resume Klubben søger om 40.000 kr., "
        "2. rate af tilskuddet. Beslutning Bevilget.\n\n"
        "2 54. Meddelelser Sagsbehandler: Sagsnr.: 00.01.00-A00-3-21 "
        "Beslutning Taget til efterretning.\n";
    static const char *const labels[] = {"52", "53", "54"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Tilskud til baneanlæg", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Sted Torvet 2, Mødelokale 8 Deltagere Eva Holm (A), …": the
 * header's room number before the attendees' key, no item 8 titled
 * "Deltagere" (a number without its full stop before a party's letter
 * and fields reads as a heading elsewhere). */
static void test_room_number_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTranskript\n\n"
        "1 Referat Idrætsudvalget 3. maj 2021 Dato 03.05.2021 Tid 16.00 "
        "Sted Torvet 2, Mødelokale 8 Deltagere Eva Holm (A), Palle Ussing "
        "(V), Tove Dam (Ø). 12. Godkendelse af dagsorden Sagsbehandler: "
        "Sagsnr.: 00.01.00-A00-1-21 Beslutning Godkendt. 13. Tilskud til "
        "baneanlæg Sagsbehandler: Sagsnr.: 18.15.00-A00-2-21 Resume "
        "Klubben søger om tilskud. Beslutning Bevilget.\n";
    static const char *const labels[] = {"12", "13"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Tilskud til baneanlæg"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* Which items a flattened page's pieces close: a piece ends where the
 * next heading's words stand - its title printed before its number ("…
 * Intet. Lukket punkt: Køb af grund ved Mosevej Sag nr. 42 …"), or a
 * first copy of the heading before the one the chain took ("… Godkendt.
 * 4. Salg af grund ved havnen (B) - Lukket 4. Salg af …") - and the
 * status in them is that item's, not the item's before. */
static void expect_closed(const char *text, size_t n, const int *closed)
{
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != n)
        fail_msg("%zu items, want %zu in:\n%s", m.nitems, n, text);
    for (size_t k = 0; k < n; k++)
        if (m.items[k].closed != closed[k])
            fail_msg("item %s closed %d, want %d in:\n%s", m.items[k].label,
                     m.items[k].closed, closed[k], text);
    mnt_meeting_fini(&m);
}

static void test_next_title_status_not_this_items(void **state)
{
    (void)state;
    static const int before_number[] = {0, 0, 1};
    expect_closed(
        "Referat\n\nTranskript\n\n"
        "1 Økonomiudvalget 12-03-2024 Medlemmer Formand Ida Bro (A) Kaj "
        "Lund (V) Sager 40 - 42 Meddelelser Sag nr. 40 "
        "Beslutningskompetence: ØU Beslutning Taget til efterretning. "
        "Eventuelt Sag nr. 41 Beslutningskompetence: ØU Beslutning Intet. "
        "Lukket punkt: Køb af grund ved Mosevej Sag nr. 42 "
        "Beslutningskompetence: KB Beslutning Anbefales.\n",
        3, before_number);
    static const int first_copy[] = {0, 0, 1};
    expect_closed(
        "Referat\n\nTranskript\n\n"
        "1 Økonomiudvalget Referat 16. marts 2020 2. Regnskab for havnen "
        "(B) 2.     Regnskab for havnen (B) Sagsnr.: 330-2020-101 Åbent "
        "Beslutning i Økonomiudvalget den 16. marts 2020: Godkendt. 3. "
        "Valg til bestyrelsen for Erhvervshuset (D) 3.     Valg til "
        "bestyrelsen for Erhvervshuset (D) Sagsnr.: 330-2020-102 Åbent "
        "Beslutning i Økonomiudvalget den 16. marts 2020: Ole Dam valgt. "
        "4. Salg af grund ved havnen (B) - Lukket 4.     Salg af grund ved "
        "havnen (B) - Lukket Sagsnr.: 330-2020-103 Lukket Beslutning i "
        "Økonomiudvalget den 16. marts 2020: Godkendt.\n",
        3, first_copy);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_added_letter_items_inside_page),
        cmocka_unit_test(test_agenda_entry_before_sender_group),
        cmocka_unit_test(test_heading_after_status_sag),
        cmocka_unit_test(test_heading_after_list_that_had_its_number),
        cmocka_unit_test(test_dotted_points_under_title_only_heading),
        cmocka_unit_test(test_heading_after_attendee_list_comma),
        cmocka_unit_test(test_room_number_no_heading),
        cmocka_unit_test(test_next_title_status_not_this_items),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
