/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_pagetext.c - transcripts of PDF minutes, one line a page,
 * from the randomly drawn councils (issue 11, session 23): a status cell
 * before the case file's fields, a plan's number inside a title, a
 * heading's number between its title and its bracketed type, case
 * fields printed without labels, one item a page that lost its number,
 * an ordinal title after a page's number. Each case is a few lines in
 * our own words. */
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

/* A case system's status cell after each heading on a flattened page
 * ("N. Title Åben sag Sagsnr.: …"): the status is no part of the title,
 * also where the title ends in a number ("… 2012/13 Åben sag", "… den
 * 4.3.2014 Åben sag") or in capitals ("… - LUKKET SAG Lukket sag"), which
 * no lower-case word before the capital "Åben" cuts off. */
static void test_flat_status_before_fields(void **state)
{
    (void)state;
    static const char text[] =
        "1 NORDBY KOMMUNE Referat til Byrådet Mødedato: Tirsdag den 25. "
        "marts 2014 Mødetidspunkt: 18:00\n\n"
        "2 1. Kvalitetsrapport for skoleåret 2012/13 Åben sag Sagsnr.: "
        "14/2207 Sagsansvarlig: abc.bu RESUMÉ Rapporten viser fremgang i "
        "dansk. BESLUTNING I BYRÅDET DEN Godkendt. 2\n\n"
        "3 2. Beslutninger fra Økonomiudvalgets møde den 4.3.2014 Åben sag "
        "Sagsnr.: 14/1010 Sagsansvarlig: kbj.of RESUMÉ Referatet er sendt "
        "til medlemmerne. BESLUTNING I BYRÅDET DEN Taget til efterretning. "
        "3\n\n"
        "4 3. Vejbelysning på Skolevej Åben sag Sagsnr.: 14/0877 "
        "Sagsansvarlig: tek.tf RESUMÉ Der er kommet to tilbud. BESLUTNING I "
        "BYRÅDET DEN Godkendt. 4\n\n"
        "5 4. Salg af grund ved havnen - LUKKET SAG Lukket sag Sagsnr.: "
        "14/0301 Sagsansvarlig: kbj.of BESLUTNING I BYRÅDET DEN Godkendt. "
        "5\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Kvalitetsrapport for skoleåret 2012/13",
        "Beslutninger fra Økonomiudvalgets møde den 4.3.2014",
        "Vejbelysning på Skolevej", "Salg af grund ved havnen - LUKKET SAG"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same status cell where the pages lost their headings' numbers and
 * a running header opens each ("4 Byrådet d Meddelelser Åben sag Sagsnr.:
 * …", the date dropped): a title cut before the case file's fields ends
 * before the status too. */
static void test_untitled_pages_status_before_fields(void **state)
{
    (void)state;
    static const char text[] =
        "1 NORDBY KOMMUNE Åbent referat til Byrådet Mødedato: Tirsdag den "
        "31. januar 2017 Mødetidspunkt: 18:30 Mødelokale: Medlemmer: Afbud: "
        "Byrådssalen Ane Bak, Ole Dam, Eva Krog Ingen\n\n"
        "2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse af "
        "dagsorden Meddelelser Lokalplan for Vestgården, endelig vedtagelse "
        "Spørgetid\n\n"
        "3 Byrådet d Godkendelse af dagsorden Åben sag Sagsnr.: 17/1065 "
        "Sagsansvarlig: kbj.of Fraværende: Afbud: BESLUTNING I BYRÅDET DEN "
        "Godkendt. 2\n\n"
        "4 Byrådet d Meddelelser Åben sag Sagsnr.: 17/1065 Sagsansvarlig: "
        "kbj.of Fraværende: Afbud: RESUMÉ A. Borgmesteren orienterede om "
        "vinterens vejsaltning. BESLUTNING I BYRÅDET DEN Taget til "
        "efterretning. 3\n\n"
        "5 Byrådet d Lokalplan for Vestgården, endelig vedtagelse Åben sag "
        "Sagsnr.: 16/18691 Sagsansvarlig: HMJ.TF Fraværende: Afbud: RESUMÉ "
        "Forslaget har været i høring i otte uger. INDSTILLING Teknisk "
        "Forvaltning indstiller, at lokalplanen vedtages endeligt. "
        "BESLUTNING I BYRÅDET DEN Godkendt. 4\n\n"
        "6 Byrådet d Spørgetid Åben sag Sagsnr.: 17/1065 Sagsansvarlig: "
        "kbj.of Fraværende: Afbud: BESLUTNING I BYRÅDET DEN Ingen "
        "spørgsmål. 5\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Meddelelser",
        "Lokalplan for Vestgården, endelig vedtagelse", "Spørgetid"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

/* A plan's number inside a title on a flattened page ("Lokalplan 65.1
 * Endelig vedtagelse Åben sag Sagsnr.: …"): no sub-item 65.1 cut out of
 * the page, so the item its page heads is kept whole. */
static void test_plan_number_is_no_subitem(void **state)
{
    (void)state;
    static const char text[] =
        "1 NORDBY KOMMUNE Åbent referat til Byrådet Mødedato: Tirsdag den "
        "31. januar 2017 Mødetidspunkt: 18:30 Mødelokale: Medlemmer: Afbud: "
        "Byrådssalen Ane Bak, Ole Dam, Eva Krog Ingen\n\n"
        "2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse af "
        "dagsorden Meddelelser Lokalplan 65.1 Endelig vedtagelse "
        "Spørgetid\n\n"
        "3 Byrådet d Godkendelse af dagsorden Åben sag Sagsnr.: 17/1065 "
        "Sagsansvarlig: kbj.of Fraværende: Afbud: BESLUTNING I BYRÅDET DEN "
        "Godkendt. 2\n\n"
        "4 Byrådet d Meddelelser Åben sag Sagsnr.: 17/1065 Sagsansvarlig: "
        "kbj.of Fraværende: Afbud: RESUMÉ A. Borgmesteren orienterede om "
        "vinterens vejsaltning. BESLUTNING I BYRÅDET DEN Taget til "
        "efterretning. 3\n\n"
        "5 Byrådet d Lokalplan 65.1 Endelig vedtagelse Åben sag Sagsnr.: "
        "16/18691 Sagsansvarlig: HMJ.TF Fraværende: Afbud: RESUMÉ Forslaget "
        "har været i høring i otte uger. INDSTILLING Teknisk Forvaltning "
        "indstiller, at lokalplanen vedtages endeligt. BESLUTNING I BYRÅDET "
        "DEN Godkendt. 4\n\n"
        "6 Byrådet d Spørgetid Åben sag Sagsnr.: 17/1065 Sagsansvarlig: "
        "kbj.of Fraværende: Afbud: BESLUTNING I BYRÅDET DEN Ingen "
        "spørgsmål. 5\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Meddelelser",
        "Lokalplan 65.1 Endelig vedtagelse", "Spørgetid"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

/* A heading whose number the PDF set in a cell of its own beside a
 * title that wrapped: the transcript gives the title, then the number
 * alone (read as a page footer), then the bracketed type the other
 * headings print after their titles ("Title" / "2" / "(Beslutning)").
 * It heads item 2, titled by the title and the type. */
static void test_number_between_title_and_type(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet\n\nReferat\n\n14. marts 2019 kl. 17:00\n\n"
        "1 Regnskab for havnen 2018 (Beslutning)\n\nSagsfremstilling\n\n"
        "Havnen kom ud med et lille overskud.\n\n"
        "Byrådet, den 14. marts 2019, pkt. 1\n\nGodkendt.\n\n"
        "Anlægsbevilling til ny belægning på stierne omkring den gamle "
        "kirkegård\n\n2\n\n(Beslutning)\n\nSagsfremstilling\n\n"
        "Stierne er slidte og skal have ny belægning.\n\n"
        "Byrådet, den 14. marts 2019, pkt. 2\n\nGodkendt.\n\n"
        "Byrådet 14.03.2019\n\n4\n\n"
        "3 Takster for parkering 2019 (Beslutning)\n\nSagsfremstilling\n\n"
        "Taksterne er uændrede.\n\n"
        "Byrådet, den 14. marts 2019, pkt. 3\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Regnskab for havnen 2018 (Beslutning)",
        "Anlægsbevilling til ny belægning på stierne omkring den gamle "
        "kirkegård (Beslutning)",
        "Takster for parkering 2019 (Beslutning)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript whose headings all lost their numbers, each page opening
 * with the running header, a title and the case file's fields printed
 * without labels: a journal group (a KL facet "S00" or a KLE number
 * "13.05P20"), the case's number and its status ("S00 13/615 Åben sag
 * Sagsgang: …"). Those fields end the title as "Sagsnr.:" does, so the
 * pages are items. */
static void test_flat_unlabelled_case_fields(void **state)
{
    (void)state;
    static const char text[] =
        "Teknik- og miljøudvalget REFERAT\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Teknik- og miljøudvalget REFERAT Sted: Mødelokale 4, "
        "rådhuset Dato: Tirsdag den 4. juni 2013 Start kl.: 15:00 Slut "
        "kl.: 17:30 Medlemmer: Per Berg (A) Ida Krogh (V) Jens Lau (O) "
        "Fraværende: Ingen Sydby Kommune\n"
        "\n"
        "2 Teknik- og miljøudvalget Indholdsfortegnelse Side 1. "
        "Vintertjeneste på de kommunale veje Ny busrute til stationen "
        "Meddelelser...6 Bilagsoversigt...7 Sydby Kommune\n"
        "\n"
        "3 Teknik- og miljøudvalget Vintertjeneste på de kommunale veje "
        "S00 13/615 Åben sag Sagsgang: TMU Sagsfremstilling Vinteren "
        "har kostet mere end budgetteret, fordi der blev saltet mange "
        "flere gange end normalt. Indstilling Teknikdirektøren "
        "indstiller, at orienteringen tages til efterretning. "
        "Beslutning i Teknik- og miljøudvalget den Taget til "
        "efterretning. Sydby Kommune 1\n"
        "\n"
        "4 Teknik- og miljøudvalget Ny busrute til stationen 13.05P20 "
        "13/902 Åben sag Sagsgang: TMU, ØK Sagsfremstilling "
        "Trafikselskabet foreslår en ny rute fra bydelen nord for åen "
        "til stationen. Ruten vil koste 300.000 kr. om året. "
        "Indstilling Teknikdirektøren indstiller, at ruten oprettes. "
        "Beslutning i Teknik- og miljøudvalget den Anbefales. Sydby "
        "Kommune 2\n"
        "\n"
        "5 Teknik- og miljøudvalget Meddelelser A00 13/21 Åben sag "
        "Sagsgang: TMU Sagsfremstilling Formanden orienterede om mødet "
        "med vejlauget. Beslutning i Teknik- og miljøudvalget den Taget "
        "til efterretning. Sydby Kommune 3\n";
    static const char *const titles[] = {"Vintertjeneste på de kommunale veje",
                                         "Ny busrute til stationen",
                                         "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 3, titles);
    mnt_meeting_fini(&m);
}

/* A transcript of one line a page that lost every heading's number, one
 * item a page: "4 P Title Sagsfremstilling …" (the page's number, a
 * symbol font's glyph read as a capital, the title the contents name, the
 * item's first section), closed items' pages "7 Lukket punkt: Title"
 * before the running footer "Udvalg, 3. maj 2011 Side 4". Each such page
 * heads an item; the short pages' numbers, counting on from the pages
 * before, are no item numbers. */
static void test_page_a_item_lost_numbers(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Teknisk Udvalg Referat Møde 3. maj 2011 kl. 15:00 i Rådhuset "
        "Pkt. Tekst Side 21 Vintertjenesten i sæsonen Ny busplan for "
        "landdistrikterne 2 23 Lukket punkt: Køb af areal Lukket punkt: "
        "Salg af materielgård 4\n\n"
        "2 Ø Vintertjenesten i sæsonen 2010-2011 Sagsfremstilling "
        "Vejafdelingen gør status over vinteren, som var den hårdeste i ti "
        "år. Der er brugt 2.400 tons salt, og budgettet er overskredet med "
        "1,2 mio. kr. Afdelingen foreslår, at beredskabet for næste vinter "
        "lægges som i år, og at saltlageret udvides med 500 tons. Beslutning "
        "Taget til efterretning. Teknisk Udvalg, 3. maj 2011 Side 1\n\n"
        "3 P Ny busplan for landdistrikterne Resumé Trafikselskabet har "
        "sendt et forslag til ny busplan i høring. Beslutning Udvalget "
        "anbefaler planen. Teknisk Udvalg, 3. maj 2011 Side 2\n\n"
        "4 Lukket punkt: Køb af areal Teknisk Udvalg, 3. maj 2011 Side 3\n\n"
        "5 Lukket punkt: Salg af materielgård Teknisk Udvalg, 3. maj 2011 "
        "Side 4\n";
    static const char *const titles[] = {"Vintertjenesten i sæsonen 2010-2011",
                                         "Ny busplan for landdistrikterne",
                                         "Lukket punkt: Køb af areal",
                                         "Lukket punkt: Salg af materielgård"};
    static const unsigned first[] = {5, 7, 9, 11};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 4);
    for (size_t k = 0; k < 4; k++) {
        expect_title(&m.items[k], titles[k]);
        assert_int_equal(m.items[k].first_line, first[k]);
    }
    mnt_meeting_fini(&m);
}

/* A transcript's page opening with its number, then an item whose title
 * itself opens with an ordinal ("3 1. 1. behandling af budget …"): the
 * item is cut there as "4 2. Takster …" is; "Sagsnr. 23/0412" (no colon,
 * a number after it) is the case file's field that ends the title, also
 * after a period of years (bl- round, Frederikshavn on docplayer). */
static void test_page_number_then_ordinal_title(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Byrådet Ordinært møde Dato 30. september 2009 Tid "
        "19:00 Sted Rådhuset NB. Fraværende Ingen Medlemmer Finn Rydahl (V) "
        "Kaj Bro (A) - Formand\n\n"
        "2 1. 1. behandling af budget 2010-2013 Sagsnr. 09/8812 "
        "Sagsbehandler Anne Lund Sagsfremstilling Budgettet har et "
        "råderum på 12 mio. kr. Beslutning Byrådet den 30. september 2009 "
        "Oversendt til 2. behandling. Byrådet - Referat september 2009 "
        "Side 2 af 4\n\n"
        "3 2. Takster for havnene 2010 Sagsnr. 09/5540 Sagsbehandler Bo "
        "Tange Sagsfremstilling Taksterne stiger med to procent. "
        "Beslutning Byrådet den 30. september 2009 Godkendt. Byrådet - "
        "Referat september 2009 Side 3 af 4\n\n"
        "4 3. Helhedsplan for ældreområdet Sagsnr. 09/2204 Sagsbehandler "
        "Lis Hove Sagsfremstilling Planen beskriver behovet for "
        "plejeboliger. Beslutning Byrådet den 30. september 2009 "
        "Godkendt. Byrådet - Referat september 2009 Side 4 af 4\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"1. behandling af budget 2010-2013",
                                         "Takster for havnene 2010",
                                         "Helhedsplan for ældreområdet"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A referat page as text with its titles collapsed away (the bu- round's
 * Svendborg page): "Beslutning i Økonomiudvalget den …" is the most
 * frequent section because the approval of the agenda holds nothing
 * else, while it closes every later item ("Beslutningstema" … "Sagen
 * afgøres i" … decision). The decision naming its body and date is a
 * decision as a bare "Beslutning" is: the items open at
 * "Beslutningstema", and the lone decision before the first of them is
 * item 1. */
static void test_named_decision_closes_untitled_items(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\n"
        "Referat • 10. juni 2025 kl. 15.30\n"
        "Indhold\n"
        "Beslutning i Økonomiudvalget den 10-06-2025\n"
        "Dagsorden godkendt.\n"
        "Beslutningstema\n"
        "Status på budget 2026-29.\n"
        "Indstilling\n"
        "Direktionen indstiller, at status tages til efterretning.\n"
        "Sagen afgøres i\n"
        "Økonomiudvalget.\n"
        "Beslutning i Økonomiudvalget den 10-06-2025\n"
        "Taget til efterretning.\n"
        "Beslutningstema\n"
        "Låneoptagelse for 2025.\n"
        "Indstilling\n"
        "Direktionen indstiller, at der optages lån.\n"
        "Sagen afgøres i\n"
        "Kommunalbestyrelsen.\n"
        "Beslutning i Økonomiudvalget den 10-06-2025\n"
        "Anbefales.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {NULL, NULL, NULL};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_int_equal(m.items[0].first_line, 4); /* the lone decision */
    assert_int_equal(m.items[1].first_line, 6); /* Beslutningstema */
    assert_int_equal(m.items[2].first_line, 14);
    mnt_meeting_fini(&m);
}

/* A Drupal agenda list flattened to text keeps each entry's bullet
 * before its labelled heading ("  • Punkt 1 Title", closed items with no
 * body); the bullets are the headings. A bulleted list whose headings
 * follow again without bullets ("• Pkt. 1 Title" above "Pkt. 1") stays a
 * list of contents. */
static void test_bulleted_labelled_headings(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen - 24-04-2019\n\n"
        "Dato: Onsdag den 24. april 2019 Tid: Kl. 17:30\n"
        "  \xE2\x80\xA2 Punkt 1 Godkendelse af dagsorden\n\n"
        "    Beslutningstema\n\n"
        "    Kommunalbestyrelsen skal godkende dagsordenen.\n\n"
        "    Beslutning Kommunalbestyrelsen den 24-04-2019\n\n"
        "    Godkendt.\n\n"
        "  \xE2\x80\xA2 Punkt 2 Salg af en grund(Lukket)\n\n"
        "  \xE2\x80\xA2 Punkt 3 ØU - Regnskab 2018\n\n"
        "    Beslutningstema\n\n"
        "    Regnskabet skal godkendes.\n\n"
        "    Beslutning Kommunalbestyrelsen den 24-04-2019\n\n"
        "    Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Salg af en grund(Lukket)",
                                         "ØU - Regnskab 2018"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);

    static const char listed[] =
        "Referat\n\n"
        "Social- og Sundhedsudvalget mandag den 11. januar 2021\n\n"
        " \xE2\x80\xA2 Pkt. 1 Godkendelse af dagsorden\n"
        " \xE2\x80\xA2 Pkt. 2 Takster for madservice\n\n"
        "Pkt. 1\n\nGodkendelse af dagsorden\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Pkt. 2\n\nTakster for madservice\n\n"
        "Beslutning\n\nGodkendt.\n";
    static const char *const titles2[] = {"Godkendelse af dagsorden",
                                          "Takster for madservice"};
    parse_text(listed, &m);
    expect_items(&m, 2, labels, titles2);
    assert_true(m.items[0].first_line > 5);
    mnt_meeting_fini(&m);
}

/* A transcript of one item a page, the headings' numbers lost (dx-
 * variant round): every page opens with a running header after its
 * number ("3 Vejle Kommune Teknisk Udvalg Referat 02-03-2015 Ø Title
 * Sagsfremstilling …") and ends in a footer with the page count ("…
 * Teknisk Udvalg 02-03-2015 Side 3 af 5"); page 1 ends in its contents'
 * last entry before its own footer. The header is passed over, the
 * footer found, and the closed item's page heads an item too. */
static void test_page_heads_under_running_header(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Vejle Kommune Teknisk Udvalg Referat 02-03-2015 Teknisk Udvalg "
        "Referat Møde 2. marts 2015 kl. 15:00 i Rådhuset, mødelokale 2 på "
        "første sal, med deltagelse af formand Hans Berg, Lise Dam, Ole "
        "Krog og Per Lund samt direktør Anne Vind Afbud fra/fraværende: "
        "- Pkt. Tekst Side 21 Vintertjeneste Status for kloakfornyelse "
        "3 23 Lukket punkt: Køb af areal 4 Side 1 af 5\n\n"
        "2 Vejle Kommune Teknisk Udvalg Referat 02-03-2015 Ø "
        "Vintertjeneste Sagsfremstilling Vinteren kostede 4 mio. kr. mere "
        "end budgetteret. Beslutning Taget til efterretning. Teknisk "
        "Udvalg 02-03-2015 Side 2 af 5\n\n"
        "3 Vejle Kommune Teknisk Udvalg Referat 02-03-2015 P Status for "
        "kloakfornyelse Sagsfremstilling Arbejdet er halvt færdigt. "
        "Beslutning Taget til efterretning. Teknisk Udvalg 02-03-2015 "
        "Side 3 af 5\n\n"
        "4 Vejle Kommune Teknisk Udvalg Referat 02-03-2015 Lukket punkt: "
        "Køb af areal Teknisk Udvalg 02-03-2015 Side 4 af 5\n\n"
        "5 Vejle Kommune Teknisk Udvalg Referat 02-03-2015 Underskriftsblad "
        "Teknisk Udvalg 02-03-2015 Side 5 af 5\n";
    static const char *const titles[] = {"Vintertjeneste",
                                         "Status for kloakfornyelse",
                                         "Lukket punkt: Køb af areal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_non_null(m.items[i].title);
        assert_string_equal(m.items[i].title, titles[i]);
    }
    mnt_meeting_fini(&m);
}

/* Pages that lost their headings' numbers, each opening with the running
 * header, a title and its case file's fields - but the last item,
 * `Eventuelt`, has no case file: its title goes straight on into its
 * decision ("… Udvalget Eventuelt Beslutning i Vejudvalget den Intet.").
 * The section word after the header's title heads it as a field would. */
static void test_fieldless_last_item_page(void **state)
{
    (void)state;
    static const char text[] =
        "1 Vejudvalget Referat Dato 3. marts 2015 Mødetidspunkt 16:00 "
        "Sted Rådhuset Medlemmer Ane Bak, Ole Dam\n\n"
        "2 Indholdsfortegnelse Sag nr. Side 1. Vintertjeneste Cykelsti "
        "ved Nørregade Eventuelt...6 Bilagsoversigt...7\n\n"
        "3 Nordby Kommune Dato Side Vejudvalget Vintertjeneste Sagsnr.: "
        "15/ Sagen afgøres i: Vejudvalget Sagsfremstilling Der er saltet "
        "40 gange i vinter, og forbruget af salt var højere end året før. "
        "Entreprenøren har kørt på alle ruter til tiden, og der er kun "
        "kommet få klager fra borgerne. Indstilling Administrationen "
        "indstiller, at orienteringen tages til efterretning. Beslutning i "
        "Vejudvalget den Taget til "
        "efterretning. 2\n\n"
        "4 Nordby Kommune Dato Side Vejudvalget Cykelsti ved Nørregade "
        "Sagsnr.: 15/ Sagen afgøres i: Vejudvalget Sagsfremstilling "
        "Stien forlænges med 300 meter til skolen, så eleverne kan cykle "
        "hele vejen på sti. Prisen er afsat i budgettet for 2015, og "
        "arbejdet kan gå i gang til sommer. Indstilling Administrationen "
        "indstiller, at stien anlægges. Beslutning i "
        "Vejudvalget den Godkendt. 4\n\n"
        "5 Nordby Kommune Dato Side Vejudvalget Eventuelt Beslutning i "
        "Vejudvalget den Intet. 6\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Vintertjeneste",
                                         "Cykelsti ved Nørregade", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_status_before_fields),
        cmocka_unit_test(test_untitled_pages_status_before_fields),
        cmocka_unit_test(test_plan_number_is_no_subitem),
        cmocka_unit_test(test_number_between_title_and_type),
        cmocka_unit_test(test_flat_unlabelled_case_fields),
        cmocka_unit_test(test_page_a_item_lost_numbers),
        cmocka_unit_test(test_page_number_then_ordinal_title),
        cmocka_unit_test(test_named_decision_closes_untitled_items),
        cmocka_unit_test(test_bulleted_labelled_headings),
        cmocka_unit_test(test_page_heads_under_running_header),
        cmocka_unit_test(test_fieldless_last_item_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
