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
        "Bemærkninger: Medlemmer: Ib Holm Eva Lund Ole Berg Deltagere: "
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
        "Mødelokale 2 på Rådhuset Ib Holm (formand), Eva Lund, Ole Berg "
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
        "6 Underskriftsside Ib Holm Eva Lund Ole Berg Side 4\n"
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
        "Mødelokale 3 Medlemmer Ib Holm (V) Eva Lund (A) Ole Berg (F) "
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
    "Bemærkninger: Medlemmer: Ib Holm Eva Lund Ole Berg Deltagere: "
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
    "Byrådssalen Medlemmer Ib Holm (A) Eva Lund (V) Ole Berg (F) Kim Dahl "
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

/* A flattened transcript whose titles are set in capitals: a section's
 * name inside a title ("FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. …",
 * "BESLUTNING OM …") goes on into more capitals, or governs "OM"/"AF",
 * so it is the title's word; a section's name stands before its text
 * ("INDSTILLING Forvaltningen indstiller …"). */
static void test_caps_title_holds_section_word(void **state)
{
    (void)state;
    static const char a[] = "INDSTILLING VEDR. TILSKUD Sagsnr. 15/1";
    static const char b[] = "BESLUTNING OM TAKSTER Sagsnr. 15/2";
    static const char c[] = "INDSTILLING Forvaltningen indstiller, at";
    static const char d[] = "INDSTILLING";
    assert_false(mnt_section_word_at(a, strlen(a)));
    assert_false(mnt_section_word_at(b, strlen(b)));
    assert_true(mnt_section_word_at(c, strlen(c)));
    assert_true(mnt_section_word_at(d, strlen(d)));

    static const char text[] =
        "1 Referat Byrådet Ordinært møde Dato 26. august 2015 Tid 19:00 "
        "Sted Byrådssalen, Havneby Rådhus\n\n"
        "2 Indholdsfortegnelse Punkt 1: TILSKUD TIL SPEJDERHYTTEN...3 "
        "Punkt 2: FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. LOKALETILSKUD"
        "...4 Punkt 3: BESLUTNING OM TAKSTER FOR HAVNENE...5 "
        "Byrådet - Referat august 2015 Side 2 af 5\n\n"
        "3 Punkt 1: TILSKUD TIL SPEJDERHYTTEN Sagsnr. 15/101 Sagsfremstilling "
        "Spejderne har søgt om tilskud til nyt tag. Indstilling "
        "Forvaltningen indstiller, at der gives tilskud. Beslutning "
        "Godkendt. Byrådet - Referat august 2015 Side 3 af 5\n\n"
        "4 Punkt 2: FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. "
        "LOKALETILSKUD Sagsnr. 15/102 Sagsfremstilling Udvalget har "
        "behandlet reglerne for lokaletilskud. Beslutning Godkendt. "
        "Byrådet - Referat august 2015 Side 4 af 5\n\n"
        "5 Punkt 3: BESLUTNING OM TAKSTER FOR HAVNENE Sagsnr. 15/103 "
        "Sagsfremstilling Havnene har sendt forslag til takster. "
        "Beslutning Godkendt. Byrådet - Referat august 2015 Side 5 af 5\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "TILSKUD TIL SPEJDERHYTTEN",
        "FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. LOKALETILSKUD",
        "BESLUTNING OM TAKSTER FOR HAVNENE"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page whose headings are set in capitals and run straight
 * into their text ("ØU-63/07-B SALG AF RESTAREAL VED FOLEHAVEVEJ Kommunen
 * ejer …"): the title ends where a word in small letters after its
 * capital starts the text; a dash before the text is no part of it. */
static void test_caps_title_ends_before_text(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Økonomiudvalget Mødedato: 14. juni 2007 Sted: Rådhuset "
        "Økonomiudvalget Side 1\n\n"
        "2 Følgende sager blev behandlet på mødet ØU-61/07-O ØKONOMISK "
        "ORIENTERING FOR MAJ Orienteringen viser forbruget på udvalgenes "
        "bevillinger. Beslutning: Taget til efterretning. Side 2 ØU-62/07-B "
        "SALG AF RESTAREAL VED ÅBRINKEN Kommunen ejer et restareal ved "
        "åen. Beslutning: Anbefales. Økonomiudvalget Side 2\n\n"
        "3 ØU-63/07-O FORMANDSORIENTERING - Der er holdt møde med "
        "foreningerne om vinterens aktiviteter. Beslutning: Taget til "
        "efterretning. Økonomiudvalget Side 3\n";
    static const char *const labels[] = {"61", "62", "63"};
    static const char *const titles[] = {"ØKONOMISK ORIENTERING FOR MAJ",
                                         "SALG AF RESTAREAL VED ÅBRINKEN",
                                         "FORMANDSORIENTERING"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title set in capitals that opens with an ordinal ("2. BEHANDLING
 * AF BUDGET …" under the bullet "• 2"): the noun an ordinal counts
 * keeps its number, as "2. behandling" in small letters does; another
 * capitals word after a number is a label's title. */
static void test_caps_ordinal_title(void **state)
{
    (void)state;
    static const char a[] = "2. BEHANDLING AF BUDGET 2021-2024";
    static const char b[] = "2. HALVÅR 2015";
    static const char c[] = "2. BEHANDLINGSTID";
    static const char d[] = "2. GODKENDELSE AF BUDGET";
    assert_true(mnt_ordinal_title(a, strlen(a)));
    assert_true(mnt_ordinal_title(b, strlen(b)));
    assert_false(mnt_ordinal_title(c, strlen(c)));
    assert_false(mnt_ordinal_title(d, strlen(d)));

    static const char text[] =
        "Referat\n\nTorsdag den 22. oktober 2020 kl. 17:00\n\n"
        "Mødested: Havnestuen\nUdvalg: Økonomiudvalget\n\n"
        "  • 1\n    SALG AF GRUND VED HAVNEN\n    Sagsid.: 20/3117\n\n"
        "    RESUMÉ:\n\n    Kommunen sælger grunden ved havnen.\n\n"
        "    BESLUTNING:\n\n    Godkendt.\n\n"
        "  • 2\n    2. BEHANDLING AF BUDGET 2021-2024\n"
        "    Sagsid.: 20/2260\n\n    RESUMÉ:\n\n"
        "    Budgettet behandles anden gang.\n\n"
        "    BESLUTNING:\n\n    Anbefalet.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"SALG AF GRUND VED HAVNEN",
                                         "2. BEHANDLING AF BUDGET 2021-2024"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* Horsens's committee codes before titles set in capitals ("1. ØK
 * LÅNEOPTAGELSE …", "2. BS NY STRUKTUR …", "4. ØK LUKKET PUNKT: …"):
 * cut off when every title opens with a short word of capitals and the
 * meeting prints one code twice; short first words that never repeat
 * ("NY SKOLE", "KB ARKIV") are the titles' own. */
static void test_caps_title_committee_code(void **state)
{
    (void)state;
    static const char coded[] =
        "Byrådet - Referat\n\nDato: 29. marts 2016\n\n"
        "1. ØK LÅNEOPTAGELSE FOR 2016\n\nSagsnummer\n00.34.00-S00-2-14\n"
        "Resume\n\nKommunen kan låne 30 mio. kr.\n\n"
        "2. BS NY STRUKTUR FOR UNGDOMSSKOLEN\n\nSagsnummer\n"
        "17.03.00-A00-1-15\nResume\n\nUndervisningen samles.\n\n"
        "3. ØK SALG AF AREAL VED HAVNEN\n\nSagsnummer\n"
        "01.02.05-P16-4-15\nResume\n\nArealet sælges.\n";
    static const char plain[] =
        "Referat\n\n"
        "1. NY SKOLE I SØBY\n\nSagsfremstilling\n\n"
        "Der bygges en skole.\n\nBeslutning\n\nGodkendt.\n\n"
        "2. KB ARKIV OG JOURNAL\n\nSagsfremstilling\n\n"
        "Arkivet flyttes.\n\nBeslutning\n\nGodkendt.\n\n"
        "3. EU TILSKUD TIL CYKELSTIER\n\nSagsfremstilling\n\n"
        "Der søges om tilskud.\n\nBeslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"LÅNEOPTAGELSE FOR 2016",
                                         "NY STRUKTUR FOR UNGDOMSSKOLEN",
                                         "SALG AF AREAL VED HAVNEN"};
    static const char *const kept[] = {"NY SKOLE I SØBY", "KB ARKIV OG JOURNAL",
                                       "EU TILSKUD TIL CYKELSTIER"};
    struct mnt_meeting m;
    parse_text(coded, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
    parse_text(plain, &m);
    expect_items(&m, 3, labels, kept);
    mnt_meeting_fini(&m);
}

/* "2 Udpegning af suppleant til LAG Vestkysten 24.10.00-A00-1-14
 * Sagsfremstilling …": a case's number printed without a label after
 * the title on a flattened page - a KLE number with its facet, a bare
 * case's number before its KLE number, a year and a running number -
 * ends the title like a labelled field; a year's span ("2014-2018") and
 * a plan's number stay the title's. */
static void test_unlabelled_case_number_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Kommunalbestyrelsen\n\nTranskript\n\n"
        "1 Søby Kommune Kommunalbestyrelsen Referat Mødedato: 23. juni "
        "2015 Mødested: Byrådssalen\n\n"
        "2 Søby Kommune Kommunalbestyrelsen 1. Godkendelse af dagsorden "
        "00.01.00-A00-2-15 Beslutning Godkendt. 2. Udpegning af suppleant "
        "til LAG Vestkysten 24.10.00-A00-1-14 Sagsfremstilling Kommunens "
        "suppleant er flyttet. Beslutning Ib Lund udpeges.\n\n"
        "3 Søby Kommune Kommunalbestyrelsen 3. Ændring af vedtægter for "
        "Holm Borgerforening 13/20411 00.01.00G01 Sagsfremstilling "
        "Foreningen har ændret sine vedtægter. Beslutning Godkendt. 4. "
        "Orientering fra Tilgængelighedsudvalget 2012-20417 "
        "Sagsbeskrivelse Udvalget har set på ramper. Beslutning Taget til "
        "efterretning. 5. Trafikplan 2014-2018 Sagsfremstilling Planen "
        "følges. Beslutning Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Udpegning af suppleant til LAG Vestkysten",
        "Ændring af vedtægter for Holm Borgerforening",
        "Orientering fra Tilgængelighedsudvalget", "Trafikplan 2014-2018"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* "13 Ledighedstal september 2013 Medlemmer: …": a flattened contents
 * whose entries end in a year read as a page's number names the title
 * without it; the page's heading runs on over the year to its case file
 * ("… september 2013 15.00G01 - 2013/00413 Sagsfremstilling"), and the
 * title keeps its year. */
static void test_contents_entry_year_runs_on(void **state)
{
    (void)state;
    static const char text[] =
        "Arbejdsmarkedsudvalget\n\nTranskript\n\n"
        "1 Arbejdsmarkedsudvalget Publiceret 30-10-2013 Onsdag den "
        "30-10-2013 kl. 07:30 Indholdsfortegnelse: Åbne 11 "
        "Beskæftigelsesplan 2014 - endelig vedtagelse 12 Kvartalsrapport "
        "for jobcentret, 3. kvartal 2013 13 Ledighedstal september 2013 "
        "Medlemmer: Ib Holm Eva Lund Ole Berg Godkendelse af dagsorden: "
        "Godkendt. Fraværende: Ole Berg\n\n"
        "2 Meddelelser: Åbne 11. Beskæftigelsesplan 2014 - endelig "
        "vedtagelse 15.20G00 - 2013/02215 Sagsfremstilling Planen har været "
        "i høring. Beslutning Anbefales. 12. Kvartalsrapport for jobcentret, "
        "3. kvartal 2013 15.00G01 - 2013/00412 Sagsfremstilling Rapporten "
        "viser udviklingen. Beslutning Taget til efterretning. 13. "
        "Ledighedstal september 2013 15.00G01 - 2013/00413 Sagsfremstilling "
        "Ledigheden faldt i september. Beslutning Taget til efterretning.\n";
    static const char *const labels[] = {"11", "12", "13"};
    static const char *const titles[] = {
        "Beskæftigelsesplan 2014 - endelig vedtagelse",
        "Kvartalsrapport for jobcentret, 3. kvartal 2013",
        "Ledighedstal september 2013"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title on a flattened page ending in a name after a definite noun
 * or a preposition, right before its first section ("… på Bostedet
 * Kildebakken Sagsfremstilling", "… ved Regionshospitalet Silkeborg
 * (13.00-14.00) Sagsfremstilling") keeps the name: no sentence opens with
 * a word a section's name follows. A town ending in an s ("… i Randers
 * Resume") is no genitive owning the section. */
static void test_name_before_section_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "Regionsrådet\n\nTranskript\n\n"
        "1 Regionsrådet Referat Mødedato: 3. marts 2021 Sted: Regionshuset "
        "1. Godkendelse af dagsorden Resume Dagsordenen godkendes. "
        "Beslutning Godkendt. Sagnr.: 1-01-76-14-20 2. Anlægsbevilling til "
        "ny sterilcentral i Randers Resume Der søges om en bevilling. "
        "Beslutning Godkendt. Sagnr.: 1-01-76-14-21 3. Orientering om "
        "tilsyn på Bostedet Kildebakken Sagsfremstilling Tilsynet gav "
        "ingen påbud. Beslutning Taget til efterretning. Sagnr.: "
        "1-01-76-14-22 4. Besøg ved Regionshospitalet Silkeborg "
        "(13.00-14.00) Sagsfremstilling Udvalget besøger hospitalet. "
        "Beslutning Taget til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Anlægsbevilling til ny sterilcentral i Randers",
        "Orientering om tilsyn på Bostedet Kildebakken",
        "Besøg ved Regionshospitalet Silkeborg (13.00-14.00)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Pkt. 350 Spørgsmål fra kommunalbestyrelsesmedlem Karen Holt om …": a
 * capitalised word after a person's role, and the names after it, go on
 * with the title; no sentence opens there. */
static void test_name_after_role_in_title(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\n\nTranskript\n\n"
        "1 Referat til mødet i Kommunalbestyrelsen den 1. november 2021 kl. "
        "19:00 i Kommunalbestyrelsens mødesal Dagsordenspunkter Pkt. 350 "
        "Spørgsmål fra kommunalbestyrelsesmedlem Karen Holt om ventelister "
        "til specialklasser Sagsfremstilling Foretoges. Borgmesteren "
        "svarede på spørgsmålet. Pkt. 351 Valg af næstformand "
        "Sagsfremstilling Der skal vælges en ny næstformand. Beslutning Eva "
        "Lund blev valgt.\n";
    static const char *const labels[] = {"350", "351"};
    static const char *const titles[] = {
        "Spørgsmål fra kommunalbestyrelsesmedlem Karen Holt om ventelister "
        "til specialklasser",
        "Valg af næstformand"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Pkt. 351 Forslag til beslutning fra …", "… – til beslutning
 * Sagsfremstilling": a section's name in lower case after a small word
 * is the title's own words; only the capitalised name ends it. */
static void test_lower_section_word_in_title(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\n\nTranskript\n\n"
        "1 Referat til mødet i Kommunalbestyrelsen den 1. november 2021 kl. "
        "19:00 i Kommunalbestyrelsens mødesal Dagsordenspunkter Pkt. 351 "
        "Forslag til beslutning fra kommunalbestyrelsesmedlem Emil Sander "
        "om flere bænke Sagsfremstilling Forslaget blev oversendt til "
        "udvalget. Pkt. 352 Valg til Ældrerådet 2021 – til beslutning "
        "Sagsfremstilling Der afholdes valg i november. Beslutning "
        "Godkendt.\n";
    static const char *const labels[] = {"351", "352"};
    static const char *const titles[] = {
        "Forslag til beslutning fra kommunalbestyrelsesmedlem Emil Sander "
        "om flere bænke",
        "Valg til Ældrerådet 2021 – til beslutning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
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
        "for møde: 08:30 Mødelokale: Mødelokale 2 Deltagere: Ib Holm, "
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
        cmocka_unit_test(test_caps_title_holds_section_word),
        cmocka_unit_test(test_caps_title_ends_before_text),
        cmocka_unit_test(test_caps_ordinal_title),
        cmocka_unit_test(test_caps_title_committee_code),
        cmocka_unit_test(test_unlabelled_case_number_ends_title),
        cmocka_unit_test(test_contents_entry_year_runs_on),
        cmocka_unit_test(test_name_before_section_ends_title),
        cmocka_unit_test(test_name_after_role_in_title),
        cmocka_unit_test(test_lower_section_word_in_title),
        cmocka_unit_test(test_contents_entry_wrap_lost),
        cmocka_unit_test(test_closed_title_status_cell),
        cmocka_unit_test(test_paren_closed_mark_kept),
        cmocka_unit_test(test_place_after_gennem),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
