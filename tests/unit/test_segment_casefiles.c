/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_casefiles.c - a case system's PDF read through a document
 * site, one line a page (the en- blind round): a closed item's page
 * holding nothing but its heading and the status cell "Lukket sag"; a
 * first page naming the record ("Tillægsreferat Dato: …") after the
 * running header; a page's title opening with a section's name
 * ("Indstilling af medlemmer til …"); a contents that kept its first
 * entry's number only; the pages' number and running header left out of
 * the items' text, and a closing list of attachments out of the last. Each case
 * is a few lines in our own words. */
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

/* "6 Ældrerådet Mødedato Side Lukket - Valg af prismodtager Lukket sag":
 * a closed item's page has no case fields after the status cell, so the
 * cell ends the page; it is the case's, no part of the title. */
static void test_closed_page_status_cell_ends(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 Referat Ældrerådet Mødedato: Tirsdag den 10. marts 2015 "
        "Mødetidspunkt: Kl. 9:00 Sluttidspunkt: Kl. 11:00 Mødested: "
        "Bemærkninger: Medlemmer: Aage Brask Eva Lund Ole Berg Deltagere: "
        "Fraværende: Ole Berg Sagsoversigt Side 01. Godkendelse af "
        "dagsorden Lukket - Valg af prismodtager Høring om trafikplan "
        "Status på madservice Eventuelt...6\n"
        "\n"
        "2\n"
        "\n"
        "3 Ældrerådet Mødedato Side Godkendelse af dagsorden Åben sag "
        "Sagsnr.: Sagen afgøres i: Bilag: Ældrerådet Indstilling Formanden "
        "indstiller: At dagsordenen godkendes Beslutninger Ældrerådet den "
        "Ikke til stede: Ole Berg Godkendt.\n"
        "\n"
        "4 Ældrerådet Mødedato Side Lukket - Valg af prismodtager Lukket "
        "sag\n"
        "\n"
        "5 Ældrerådet Mødedato Side Høring om trafikplan Åben sag Sagsnr.: "
        "Sagen afgøres i: Bilag: 15/2211 Ældrerådet Indledning/Baggrund "
        "Planen er sendt i høring med frist i april. Indstilling Formanden "
        "indstiller: At rådet afgiver høringssvar. Beslutninger Ældrerådet "
        "den Ikke til stede: Ole Berg Rådet afgiver høringssvar.\n"
        "\n"
        "6 Ældrerådet Mødedato Side Status på madservice Åben sag Sagsnr.: "
        "Sagen afgøres i: Bilag: Ældrerådet Indledning/Baggrund "
        "Leverandøren har skiftet køkken. Indstilling Formanden "
        "indstiller: At status tages til efterretning. Beslutninger "
        "Ældrerådet den Ikke til stede: Ole Berg Taget til efterretning.\n"
        "\n"
        "7 Ældrerådet Mødedato Side Eventuelt Åben sag Sagsnr.: Sagen "
        "afgøres i: Bilag: Ældrerådet Beslutninger Ældrerådet den Ikke til "
        "stede: Ole Berg Intet.\n"
        "\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Lukket - Valg af prismodtager",
        "Høring om trafikplan", "Status på madservice", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 5, titles);
    mnt_meeting_fini(&m);
}

/* "1 Teknikudvalget Tillægsreferat Dato: Mandag den …": the first page,
 * cut after the running header like the others, names the record and
 * then the meeting's fields; it heads no item (items 21 and 22 do). */
static void test_record_page_no_item(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 Teknikudvalget Tillægsreferat Dato: Mandag den 9. marts 2015 "
        "Mødetidspunkt: 17:00 Mødelokale: Medlemmer: Afbud: Fraværende: "
        "Mødelokale 2 på Rådhuset Aage Brask (formand), Eva Lund, Ole Berg "
        "Ingen Ingen\n"
        "\n"
        "2 Indholdsfortegnelse Punkter til dagsorden Side 21. TU - "
        "Vejbelysning på Skolevej TU - Salg af grus fra depotet "
        "Underskriftsside\n"
        "\n"
        "3 Teknikudvalget 21. TU - Vejbelysning på Skolevej Sagsnr.: "
        "15/210 Beslutningstema Udvalget skal tage stilling til ny "
        "belysning på Skolevej, hvor lamperne er over 40 år gamle og "
        "bruger meget strøm. Indstilling Center for Teknik indstiller, at "
        "belysningen udskiftes. Sagsfremstilling De nye lamper bruger en "
        "tredjedel af strømmen. Økonomi Udgiften Side 1\n"
        "\n"
        "4 Teknikudvalget afholdes af vejbudgettet. Beslutning "
        "Teknikudvalget den Godkendt. Side 2\n"
        "\n"
        "5 Teknikudvalget 22. TU - Salg af grus fra depotet Sagsnr.: "
        "15/388 Beslutningstema Udvalget skal tage stilling til salg af "
        "overskydende grus fra depotet ved genbrugspladsen. Indstilling "
        "Center for Teknik indstiller, at gruset sælges til højestbydende. "
        "Sagsfremstilling Der er tre bydende. Beslutning Teknikudvalget "
        "den Godkendt. Side 3\n"
        "\n"
        "6 Underskriftsside Aage Brask Eva Lund Ole Berg Side 4\n"
        "\n";
    static const char *const labels[] = {"21", "22"};
    static const char *const titles[] = {"TU - Vejbelysning på Skolevej",
                                         "TU - Salg af grus fra depotet"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* "4 Kulturudvalget Sag nr Indstilling af medlemmer til Musikrådet
 * Sagsfremstilling …": a page's title may open with a section's name
 * governing "af" or "om"; it is the title, and the page heads an item
 * of its own. */
static void test_title_opens_with_section_word(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 Kulturudvalget Protokol kl. 16:00 Udvalgsværelse 2 Medlemmer Ib "
        "Holm Eva Lund Ole Berg deltog deltog deltog Derudover deltog "
        "Direktør Anne Hald Side 1 af 6\n"
        "\n"
        "\n"
        "3 Kulturudvalget Sag nr Tilskud til sommerkoncerter "
        "Sagsfremstilling Tre foreninger søger om tilskud til koncerter i "
        "parken. Beslutningskompetence Kulturudvalget. Indstilling "
        "Forvaltningen foreslår, at der gives tilskud. Kulturudvalget den "
        "Godkendt. Side 3 af 6\n"
        "\n"
        "4 Kulturudvalget Sag nr Indstilling af medlemmer til Musikrådet "
        "Sagsfremstilling To medlemmer af rådet er udtrådt, og "
        "foreningerne har foreslået nye. Beslutningskompetence "
        "Kommunalbestyrelsen. Indstilling Forvaltningen foreslår, at de "
        "foreslåede anbefales. Kulturudvalget den Anbefalet. Side 4 af 6\n"
        "\n"
        "5 Kulturudvalget Sag nr Åbningstider i biblioteket "
        "Sagsfremstilling Biblioteket foreslår længere åbent om torsdagen. "
        "Beslutningskompetence Kulturudvalget. Indstilling Forvaltningen "
        "foreslår, at forslaget godkendes. Kulturudvalget den Godkendt. "
        "Side 5 af 6\n"
        "\n"
        "6 Kulturudvalget Sag nr Meddelelser til udvalgets medlemmer - maj "
        "2014 Sagsfremstilling Orientering om sommerens arrangementer. "
        "Kulturudvalget den Taget til efterretning. Side 6 af 6\n"
        "\n";
    static const char *const titles[] = {
        "Tilskud til sommerkoncerter",
        "Indstilling af medlemmer til Musikrådet", "Åbningstider i biblioteket",
        "Meddelelser til udvalgets medlemmer - maj 2014"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

/* "Indholdsfortegnelse Punkt nr. Side 52. Vinterberedskab … Tilskud til
 * … Eventuelt": the transcript kept the contents' number of the first
 * entry only. The items run on from it (52 to 55), as the case system
 * numbered them through the year, not from 1. */
static void test_contents_first_number_counts_on(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 Referat Vejudvalget Torsdag den 12. maj 2016 Kl. 15:00 "
        "Mødelokale 3 Medlemmer Aage Brask (V) Eva Lund (A) Ole Berg (F) "
        "Kaj Due (O) Fraværende Ole Berg (F)\n"
        "\n"
        "2 Side 1 Indholdsfortegnelse Punkt nr. Side 52. "
        "Vinterberedskab for veje og stier Tilskud til nye cykelstier "
        "Trafiksikkerhed ved skolerne Eventuelt...6\n"
        "\n"
        "3 Side Vinterberedskab for veje og stier Sagsnr.: 16/1101 "
        "Sagen afgøres i: Vejudvalget Resumé Udvalget skal godkende "
        "planen for saltning og snerydning i den kommende vinter. "
        "Sagsfremstilling Planen følger sidste års, men to nye ruter er "
        "lagt til i\n"
        "\n"
        "4 Side yderområderne. Indstilling Direktøren indstiller, at "
        "planen godkendes. Beslutning i Vejudvalget den Godkendt. "
        "Fraværende: Ole Berg (F)\n"
        "\n"
        "5 Side Tilskud til nye cykelstier Sagsnr.: 16/0877 Sagen "
        "afgøres i: Vejudvalget Resumé Staten giver tilskud til to nye "
        "stier mellem byerne. Indstilling Direktøren indstiller, at "
        "tilskuddet modtages. Beslutning i Vejudvalget den Godkendt. "
        "Fraværende: Ole Berg (F)\n"
        "\n"
        "6 Side Trafiksikkerhed ved skolerne Sagsnr.: 16/0951 Sagen "
        "afgøres i: Vejudvalget Resumé Skolebestyrelserne ønsker lavere "
        "hastighed på skolevejene. Indstilling Direktøren indstiller, "
        "at forslaget drøftes. Beslutning i Vejudvalget den Drøftet. "
        "Fraværende: Ole Berg (F)\n"
        "\n"
        "7 Side Eventuelt Sagsnr.: 16/0012 Sagen afgøres i: Vejudvalget "
        "Resumé Intet. Indstilling Ingen. Beslutning i Vejudvalget den "
        "Intet. Fraværende: Ole Berg (F)\n";
    static const char *const labels[] = {"52", "53", "54", "55"};
    static const char *const titles[] = {
        "Vinterberedskab for veje og stier", "Tilskud til nye cykelstier",
        "Trafiksikkerhed ved skolerne", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Six pages of a case system's minutes read one line a page, the last
 * a list of the meeting's attachments. */
static const char furniture_text[] =
    "1 Referat Ældrerådet Mødedato: Tirsdag den 10. marts 2015 "
    "Mødetidspunkt: Kl. 9:00 Sluttidspunkt: Kl. 11:00 Mødested: "
    "Bemærkninger: Medlemmer: Aage Brask Eva Lund Ole Berg Deltagere: "
    "Fraværende: Ole Berg Sagsoversigt Side 01. Godkendelse af "
    "dagsorden Høring om trafikplan Status på madservice "
    "Eventuelt...6\n"
    "\n"
    "2 Ældrerådet Mødedato Side Godkendelse af dagsorden Åben sag "
    "Sagsnr.: Sagen afgøres i: Bilag: Ældrerådet Indstilling Formanden "
    "indstiller: At dagsordenen godkendes Beslutninger Ældrerådet den "
    "Ikke til stede: Ole Berg Godkendt.\n"
    "\n"
    "3 Ældrerådet Mødedato Side Høring om trafikplan Åben sag Sagsnr.: "
    "Sagen afgøres i: Bilag: 15/2211 Ældrerådet Indledning/Baggrund "
    "Planen er sendt i høring med frist i april, og den lægger op til "
    "færre busser i yderområderne om aftenen.\n"
    "\n"
    "4 Ældrerådet Mødedato Side forslaget rammer ældre uden bil "
    "hårdest. Indstilling Formanden indstiller: At rådet afgiver "
    "høringssvar. Beslutninger Ældrerådet den Ikke til stede: Ole Berg "
    "Rådet afgiver høringssvar.\n"
    "\n"
    "5 Ældrerådet Mødedato Side Status på madservice Åben sag Sagsnr.: "
    "Sagen afgøres i: Bilag: Ældrerådet Indledning/Baggrund "
    "Leverandøren har skiftet køkken. Indstilling Formanden "
    "indstiller: At status tages til efterretning. Beslutninger "
    "Ældrerådet den Ikke til stede: Ole Berg Taget til efterretning.\n"
    "\n"
    "6 Ældrerådet Mødedato Side Eventuelt Åben sag Sagsnr.: Sagen "
    "afgøres i: Bilag: Ældrerådet Beslutninger Ældrerådet den Ikke til "
    "stede: Ole Berg Intet.\n"
    "\n"
    "7 Bilagsliste Høring om trafikplan 1. Udkast til trafikplan (2211/15) "
    "Status på madservice 1. Notat om det nye køkken (1873/15) "
    "2. Menuplan for foråret (1874/15)\n"
    "\n";

/* A flattened page's number and running header ("6 Ældrerådet Mødedato
 * Side") are the page's furniture: no part of the text of the item the
 * page goes on with, nor of the item before the page whose title follows
 * them. Its snippets and attendees would otherwise carry them. */
static void test_page_furniture_not_in_text(void **state)
{
    (void)state;
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Høring om trafikplan",
                                         "Status på madservice", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(furniture_text, &m);
    expect_titles(&m, 4, titles);
    for (size_t i = 0; i < m.nitems; i++)
        assert_null(strstr(m.items[i].body, "Mødedato Side"));
    /* the text on both pages is kept, joined */
    assert_non_null(strstr(m.items[1].body, "om aftenen."));
    assert_non_null(strstr(m.items[1].body, "forslaget rammer ældre"));
    mnt_meeting_fini(&m);
}

/* "7 Bilagsliste …" after the last item lists every item's attachments:
 * the meeting's, kept in its record (appendix), no text of the last item
 * ("Eventuelt" would be found for every attachment's name). */
static void test_attachment_list_after_last_item(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(furniture_text, &m);
    assert_int_equal(m.nitems, 4);
    assert_string_equal(m.items[3].title, "Eventuelt");
    assert_null(strstr(m.items[3].body, "Bilagsliste"));
    assert_null(strstr(m.items[3].body, "Menuplan"));
    assert_non_null(strstr(m.items[3].body, "Intet."));
    assert_non_null(m.appendix);
    assert_non_null(strstr(m.appendix, "Menuplan for foråret"));
    mnt_meeting_fini(&m);
}

/* A city council's transcript whose contents kept only the first
 * entry's number (`Punkt nr. Side 120.`), one item a page after the
 * page's number and "Side". */
static const char numbered_contents_text[] =
    "1 Referat Byrådet Byrådsmøde Onsdag den 10. april 2019 Kl. 16:00 "
    "Byrådssalen Medlemmer Aage Brask (A) Eva Lund (V) Ole Berg (F) Kim Dahl "
    "(A) Fraværende Ole Berg (F)\n"
    "\n"
    "2 Side 1 Indholdsfortegnelse Punkt nr. Side 120. Spørgetid "
    "boligselskabet Vest - salg af fælleshus Kvalitetsstandard for "
    "rengøring 2019 Høring om ny trafikplan Eventuelt og meddelelser\n"
    "\n"
    "3 Side Spørgetid Sagsnr.: 19/100 Sagen afgøres i: Byrådet Beslutning "
    "i Byrådet den Der blev ikke stillet spørgsmål.\n"
    "\n"
    "4 Side boligselskabet Vest - salg af fælleshus Sagsnr.: 19/200 Sagen "
    "afgøres i: Byrådet Resumé Boligselskabet vil sælge fælleshuset i "
    "afdeling 4, og salget kræver kommunens godkendelse. Beslutning i "
    "Byrådet den Godkendt.\n"
    "\n"
    "5 Side Kvalitetsstandard for rengøring 2019 Sagsnr.: 19/300 Sagen "
    "afgøres i: Byrådet Resumé Standarden revideres hvert år. Beslutning "
    "i Byrådet den Godkendt.\n"
    "\n"
    "6 Side Høring om ny trafikplan Sagsnr.: 19/400 Sagen afgøres i: "
    "Byrådet Resumé Trafikselskabet har sendt planen i høring. Beslutning "
    "i Byrådet den Høringssvaret blev godkendt.\n"
    "\n"
    "7 Side Eventuelt og meddelelser Sagsnr.: 19/500 Sagen afgøres i: "
    "Byrådet Beslutning i Byrådet den Borgmesteren orienterede om "
    "vejarbejdet.\n"
    "\n";

/* "… rengøring 2019 Høring om …": the year ends the entry before; it is
 * no number of the next, so the first entry's 120 still counts on. */
static void test_contents_year_is_no_number(void **state)
{
    (void)state;
    static const char *const labels[] = {"120", "121", "122", "123", "124"};
    static const char *const titles[] = {
        "Spørgetid", "boligselskabet Vest - salg af fælleshus",
        "Kvalitetsstandard for rengøring 2019", "Høring om ny trafikplan",
        "Eventuelt og meddelelser"};
    struct mnt_meeting m;
    parse_text(numbered_contents_text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* "4 Side boligselskabet Vest - salg af …": a title may open in lower
 * case with a name; the page's first words, named by the contents and
 * followed by the case file's field, head an item all the same. */
static void test_lower_case_title_named_by_contents(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(numbered_contents_text, &m);
    assert_int_equal(m.nitems, 5);
    assert_string_equal(m.items[1].title,
                        "boligselskabet Vest - salg af fælleshus");
    assert_null(strstr(m.items[0].body, "boligselskabet"));
    mnt_meeting_fini(&m);
}

/* "03. Frigivelse af anlægsmidler … og tilhørende" in a flattened
 * contents whose wrapped entry lost its last line: the page's heading
 * goes on in lower case to its case file's field ("… og tilhørende
 * stiforbindelse Sagsnr.: …"), and the title with it. */
static void test_contents_entry_wrap_lost(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTranskript\n\n"
        "1 Referat Økonomiudvalget Mødedato: Mandag den 13. april 2015 "
        "Sagsoversigt Side 01. Godkendelse af dagsorden 2 02. Frigivelse "
        "af anlægsmidler til ny legeplads i Lundby og tilhørende\n\n"
        "2 Side 2 01. Godkendelse af dagsorden Sagsnr.: 15/2907 Beslutning "
        "Godkendt. 02. Frigivelse af anlægsmidler til ny legeplads i Lundby "
        "og tilhørende stiforbindelse Sagsnr.: 15/2908 Beslutningstema: "
        "Udvalget skal tage stilling. Beslutning Anbefales.\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Frigivelse af anlægsmidler til ny legeplads i Lundby og tilhørende "
        "stiforbindelse"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 2, titles);
    mnt_meeting_fini(&m);
}

/* "135. LUKKET SAG Salg af grund … Lukket sag Økonomiudvalget, …": a
 * closed item's title opens with its mark; the status cell after it is
 * the case's ("Åben sag" stands there on the open items). */
static void test_closed_title_status_cell(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Økonomiudvalget Referat Mødedato: Mandag den 14-10-2013 "
        "Starttidspunkt "
        "for møde: 08:30 Mødelokale: Mødelokale 2 Deltagere: Aage Brask, "
        "Eva Lund, Ole Berg Bemærkninger: Fraværende: Afbud: Økonomiudvalget, "
        "Mandag den 14-10-2013 Indholdsfortegnelse Sag nr.            "
        "                                                             "
        "       Side 131. 132. 133. 134. 135. Meddelelser Tilskud til "
        "forsamlingshuset i Lundby Udlejning af den tidligere skole i "
        "Søby Havnetakster 2014 for Nørrevig LUKKET SAG Salg af grund "
        "i Holmby erhvervsområde Bilagsoversigt\n"
        "\n"
        "2 Underskriftsside 131 132 133 135 136 137 138 Økonomiudvalget, "
        "Mandag den 14-10-2013 131 131. Meddelelser 13/20411 00.01.00G01 "
        "Åben sag Beslutning Borgmesteren orienterede om status på færgeruten "
        "og om mødet med regionen om busbetjeningen. Taget til efterretning. "
        "Fraværende: Økonomiudvalget, Mandag den 14-10-2013 132 132. "
        "Tilskud til forsamlingshuset i Lundby 13/18872 18.15.00Ø54 Åben "
        "sag Sagsfremstilling Forsamlingshuset har søgt om 45.000 kr. "
        "til nye vinduer i salen.\n"
        "\n"
        "3 Huset bruges af lokale foreninger flere gange om ugen. Indstilling "
        "Administrationen indstiller, at der gives tilskud på 30.000 "
        "kr. Beslutning Tiltrådt. Fraværende: Økonomiudvalget, Mandag "
        "den 14-10-2013 133 133. Udlejning af den tidligere skole i Søby "
        "13/16120 82.06.00P20 Åben sag Sagsfremstilling Bygningen har "
        "stået tom siden sommeren. En lokal forening ønsker at leje "
        "stueetagen til værksteder og møder. Indstilling Administrationen "
        "indstiller, at der indgås en lejeaftale for 5 år. Beslutning "
        "Anbefales. Fraværende: Økonomiudvalget, Mandag den 14-10-2013 "
        "135 134. Havnetakster 2014 for Nørrevig 13/19007 08.00.05S29 "
        "Åben sag Sagsfremstilling\n"
        "\n"
        "4 Havnene foreslår taksterne hævet med pristalsreguleringen. "
        "1. Lystbådepladser hæves med 2 procent. 2. Gæstesejlere betaler "
        "uændret. Indstilling Administrationen indstiller, at taksterne "
        "godkendes. Beslutning Anbefales over for Kommunalbestyrelsen. "
        "Fraværende: Økonomiudvalget, Mandag den 14-10-2013 136 135. "
        "LUKKET SAG Salg af grund i Holmby erhvervsområde Lukket sag "
        "Økonomiudvalget, Mandag den 14-10-2013 137 Bilagsoversigt 132. "
        "Tilskud til forsamlingshuset i Lundby 1. Ansøgning fra "
        "forsamlingshuset "
        "(95312/13) 134. Havnetakster 2014 for Nørrevig 1. Takstblad "
        "2014 (96001/13)\n";
    static const char *const titles[] = {
        "Meddelelser", "Tilskud til forsamlingshuset i Lundby",
        "Udlejning af den tidligere skole i Søby",
        "Havnetakster 2014 for Nørrevig",
        "LUKKET SAG Salg af grund i Holmby erhvervsområde"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 5, titles);
    mnt_meeting_fini(&m);
}

/* "Punkt 5 Salg af grund i Lundby (Lukket) Punkt 6 …": a closed mark in
 * brackets after a flattened title is the title's own, as the heading
 * prints it. */
static void test_paren_closed_mark_kept(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet - 21-02-2022\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Byrådet - 21-02-2022 Referat Udvalg: Dato: Mandag, 21 februar, "
        "2022 - 17:00 Hent som fil: Lokation: Dagsorden publiceret: Torsdag, "
        "17 februar, 2022 - 04:45 Referat publiceret: Tirsdag, 22 februar, "
        "2022 - 22:20 Punkt 1 Godkendelse af dagsorden Beslutning i Byrådet "
        "den 21-02-2022 Godkendt. Punkt 2 Budget 2022-2025 - tilpasning "
        "til ny udvalgsstruktur pr. 1. januar 2022 Sagsresumé Med "
        "konstitueringen "
        "af det nye byråd skal bevillingsrammerne flyttes, så de passer "
        "til den nye udvalgsstruktur. Sagen er en formel godkendelse af "
        "omplaceringerne i budget 2022-2025. Sagsbeskrivelse:\n"
        "\n"
        "2 Den nye styrelsesvedtægt gælder fra 1. januar 2022 og giver "
        "nye udvalg med nye opgaver. Omplaceringerne gælder alle budgetter "
        "inden for udvalgenes områder, dvs. service, anlæg og renter. "
        "På udvalgsniveau giver det følgende ændringer: Tabel 1 Netto, "
        "hele 1.000 kr. (2022-pris) Budget 2022 (før) Budget 2022 (efter) "
        "Netto- ændring Teknisk Udvalg 118.240\n"
        "\n"
        "3 By- og Miljøudvalget 96.310 -21.930 Kultur- og Idrætsudvalget "
        "74.118 81.502 7.384 I alt 192.358 177.812 -14.546 Økonomiske "
        "konsekvenser: Ingen. Ændringerne går i nul for kommunen som "
        "helhed. Indstilling: Direktionen indstiller,\n"
        "\n"
        "4 1. at bevillingerne omplaceres som vist i tabel 1. Beslutning "
        "i Økonomiudvalget den 14-02-2022 Anbefales. Beslutning i Byrådet "
        "den 21-02-2022 Godkendt. Punkt 3 Valg af medlem til Fredericia "
        "Musikskoles bestyrelse Sagsresumé Et medlem af musikskolens "
        "bestyrelse er fraflyttet kommunen, og byrådet skal vælge et "
        "nyt. Indstilling: Borgmesteren indstiller, 1. at Line Hjort (V) "
        "vælges for resten af valgperioden. Beslutning i Byrådet den "
        "21-02-2022\n"
        "\n"
        "5 Godkendt. Punkt 4 Spørgsmål fra byrådsmedlemmer Sagsresumé "
        "Der var indkommet ét spørgsmål om vejbelysningen på Kolding "
        "Landevej. Beslutning i Byrådet den 21-02-2022 Borgmesteren besvarede "
        "spørgsmålet. Punkt 5 Salg af grund i Lundby (Lukket) Punkt "
        "6 Underskriftsark Beslutning i Byrådet den 21-02-2022 Underskrevet.\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Budget 2022-2025 - tilpasning til ny udvalgsstruktur pr. 1. januar "
        "2022",
        "Valg af medlem til Fredericia Musikskoles bestyrelse",
        "Spørgsmål fra byrådsmedlemmer",
        "Salg af grund i Lundby (Lukket)",
        "Underskriftsark"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 6, titles);
    mnt_meeting_fini(&m);
}

/* "5. Trafik gennem Holmby Der har igen været klager …": "gennem" is a
 * preposition like "til" and "ved", so the place after it ends the title
 * and the sentence opens at "Der". */
static void test_place_after_gennem(void **state)
{
    (void)state;
    static const char text[] =
        "HolmbyLokalrådTræTil stede: Ulla Krogh, Bent S. Madsen, Tove "
        "Lind, Ina Rask, Pernille Holt, Jens Kirk, Svend Aagaard, Kasper "
        "Bonde\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 HolmbyLokalrådTræTil stede: Ulla Krogh, Bent S. Madsen, Tove "
        "Lind, Ina Rask, Pernille Holt, Jens Kirk, Svend Aagaard, Kasper "
        "Bonde Afbud: Lise Fog 0. Godkendelse af dagsorden Dagsordenen "
        "blev godkendt uden bemærkninger. 1. Evt. bemærkninger til referatet "
        "fra sidste møde 2/11 (referatet findes på www.holmby.dk) samt "
        "den udsendte to-do-liste 2021 - nr. 5). Ingen bemærkninger til "
        "referatet. Svend gik to-do-listen igennem punkt for punkt. 2. "
        "Nyt fra formand og kasserer Svend fortalte om forslaget til ny "
        "kommuneplan, der er i høring. Alle i bestyrelsen opfordres til "
        "at læse de afsnit, der handler om landsbyerne på Hindsholm. "
        "Link til hjemmeside: Høringer lige nu (kerteminde.dk) Kassereren "
        "oplyste, at der står 18.400 kr. på kontoen. 3. Afholdte arrangementer "
        "a) Fællesspisning 16/11 Betaling sker fortsat med MobilePay "
        "til foreningens nummer. Den, der ikke har MobilePay, kan betale "
        "kontant ved døren. b) Juletræ/juletræstænding Tak til Gl. "
        "Skovgaard for juletræet. Omkring 60 mødte op til tændingen "
        "1. søndag i advent, og Tove havde pakket 40 poser godter, hvilket "
        "passede fint. 4. Kommende arrangementer Generalforsamlingen med "
        "fællesspisning den 25/1 2022 må udskydes, fordi forsamlingshusene "
        "efter de nye regler ikke må holde åbent for offentligheden "
        "før februar. Vi fastsatte i stedet den 8. marts 2022 til "
        "generalforsamling "
        "og fællesspisning, og den næste fællesspisning bliver den "
        "26. april 2022. Tove spørger, om huset er ledigt begge aftener. "
        "Kokken kan begge dage. Bent gennemgik regnskabet for 2021, som "
        "skal revideres før generalforsamlingen. Svend tager imod idéer "
        "til beretningen. Valg til bestyrelsen 2022:\n"
        "\n"
        "2 På valg er Svend, Ulla, Jens, Kasper (suppleant) og Ole Brink "
        "(revisor). Ulla ønsker ikke genvalg, de øvrige modtager gerne "
        "genvalg. 5. Trafik gennem Holmby Der har igen været klager over "
        "hastigheden på Hovedvejen. Jens skriver til kommunens vejafdeling "
        "og beder om en hastighedsmåling i foråret. 6. Eventuelt Intet. "
        "Næste møde: onsdag den 16. februar 2022 kl. 19.00 hos Pernille. "
        "Referent: Pernille Holt\n";
    static const char *const labels[] = {"0", "1", "2", "3", "4", "5", "6"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 7);
    for (size_t i = 0; i < 7; i++)
        assert_string_equal(m.items[i].label, labels[i]);
    assert_string_equal(m.items[5].title, "Trafik gennem Holmby");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_closed_page_status_cell_ends),
        cmocka_unit_test(test_record_page_no_item),
        cmocka_unit_test(test_title_opens_with_section_word),
        cmocka_unit_test(test_contents_first_number_counts_on),
        cmocka_unit_test(test_page_furniture_not_in_text),
        cmocka_unit_test(test_attachment_list_after_last_item),
        cmocka_unit_test(test_contents_year_is_no_number),
        cmocka_unit_test(test_lower_case_title_named_by_contents),
        cmocka_unit_test(test_contents_entry_wrap_lost),
        cmocka_unit_test(test_closed_title_status_cell),
        cmocka_unit_test(test_paren_closed_mark_kept),
        cmocka_unit_test(test_place_after_gennem),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
