/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_pagefields.c - a flattened transcript of a protocol, one
 * line a page, each item's page opening with a one-word running head
 * and the case file's fields before the unnumbered title ("4 Sidenr
 * Sagsid.: … J.nr.: … Title BAGGRUND: …"), the contents on the
 * transcript's second page and again in the hosting page's download
 * line. Each case is a few lines in our own words. */
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

/* The hosting page's head and the transcript's first two pages; each
 * test adds the items' pages. */
#define PROTOCOL_HEAD                                                            \
    "Indholdsfortegnelse Byrådet Sidenr Formandens initialer\n\n"               \
    "Størrelse: px\nStarte visningen fra side:\n\n"                             \
    "Download \"Indholdsfortegnelse Byrådet 14-03-2011. Sidenr. 212. "          \
    "Formandens initialer\"\n\nTranskript\n\n"                                   \
    "1 Sidenr Protokol Mødedato: 14. marts 2011 Mødetidspunkt: 18:30 "         \
    "Sluttidspunkt: 20:05 Mødelokale: Fraværende: Rådssalen Ida Holm "        \
    "GODKENDELSE AF FORSLAG TIL DAGSORDENEN: Godkendtes.\n\n"                    \
    "2 Indholdsfortegnelse Sidenr Sagsnr. Side 1. Takster for "                  \
    "svømmehallen Ombygning af rådhusets kantine Ny gangbro over åen i Sdr. " \
    "Vium "                                                                      \
    "Regnskab for vandløbene Køb af skov - LUKKET SAG\n\n"

/* The title after the fields the page opens with (the running word
 * "Sidenr" passed over, head_fields_end() in page_heads.c), the contents
 * read from the transcript's page rather than the download line
 * (mnt_flat_toc_text()), a place's abbreviation kept in the title
 * (mnt_line_is_prose()), and a closed item's page with no fields and
 * its mark after its title (closed_title_end()). */
static void test_page_fields_before_title(void **state)
{
    (void)state;
    static const char text[] = PROTOCOL_HEAD
        "3 Sidenr Sagsid.: 11/3301 J.nr.: G01 Takster for svømmehallen "
        "BAGGRUND: Taksterne følger prisudviklingen. Entréen for voksne "
        "stiger med to kroner, et klippekort med ti kroner, og "
        "foreningernes leje af banerne er uændret. FORVALTNINGEN "
        "INDSTILLER: Kultur- og Fritidsudvalget indstiller, at taksterne "
        "godkendes. AFGØRELSE: Godkendt. Formandens initialer\n\n"
        "4 Sidenr Sagsid.: 11/2150 J.nr.: S20 Ombygning af rådhusets kantine "
        "BAGGRUND: Kantinen er slidt og skal have nyt køkken. FORVALTNINGEN "
        "INDSTILLER: Økonomiudvalget indstiller, at der gives en "
        "anlægsbevilling. AFGØRELSE: Godkendt. Formandens initialer\n\n"
        "5 Sidenr Sagsid.: 11/0877 J.nr.: P13 Ny gangbro over åen i Sdr. Vium "
        "BAGGRUND: "
        "Den gamle træbro over åen er mørnet, og den blev lukket for "
        "biler i efteråret. En ny bro af beton koster 2,1 mio. kr. og kan "
        "bygges i løbet af sommeren. FORVALTNINGEN INDSTILLER: "
        "Teknisk Udvalg indstiller, at broen fornyes. AFGØRELSE: Godkendt. "
        "Formandens initialer\n\n"
        "6 Sidenr Sagsid.: 11/4410 J.nr.: P06 Regnskab for vandløbene "
        "BAGGRUND: Vedligeholdelsen kostede mindre end ventet. FORVALTNINGEN "
        "INDSTILLER: Teknisk Udvalg indstiller, at regnskabet godkendes. "
        "AFGØRELSE: Godkendt. Formandens initialer\n\n"
        "7 Sidenr Køb af skov - LUKKET SAG Formandens initialer\n";
    static const char *const titles[] = {
        "Takster for svømmehallen", "Ombygning af rådhusets kantine",
        "Ny gangbro over åen i Sdr. Vium", "Regnskab for vandløbene",
        "Køb af skov - LUKKET SAG"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 5, titles);
    mnt_meeting_fini(&m);
}

/* A protocol's pages under a running header ("N Miljø- og Teknikudvalget,
 * den … Side"), no contents page, the headings in capitals before the
 * case file's fields: one heading stands inside a page, after the
 * decision of the item before it ("… Godkendt. SALG AF GRUND VED
 * SKOVVEJ 2010 J.nr.: …"), and is cut there too (caps_title_at() in
 * inline_split.c). */
static void test_caps_title_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Miljø- og Teknikudvalget Beslutningsprotokol Dato: 9. marts 2010 "
        "Lokale: Mødesal 2, Rådhuset Tidspunkt: Kl. 9:00-11:15 Hanne Berg, "
        "Formand (A) Per Lund (V) Ole Vang (C) Sofie Dahl (F)\n\n"
        "2 Miljø- og Teknikudvalget, den 9. marts 2010 Side RENOVERING AF "
        "BROEN VED MØLLEÅEN J.nr.: /abcdefg 10/311 Åben sag MT "
        "Sagsfremstilling: Broen er fra 1962, og rækværket er tæret "
        "igennem flere steder. Udbedringen er anslået til 640.000 kr., som "
        "kan holdes inden for vejbudgettet. Indstilling: Fagenheden "
        "indstiller, at broen renoveres i sommeren 2010. Beslutning: "
        "Godkendt.\n\n"
        "3 Miljø- og Teknikudvalget, den 9. marts 2010 Side NY AFFALDSPLAN "
        "FOR KOMMUNEN J.nr.: /abcdefg 10/402 Åben sag MT/ØK "
        "Sagsfremstilling: Planen skal gælde de næste tolv år og lægger op "
        "til sortering af madaffald fra 2012. Indstilling: Fagenheden "
        "indstiller, at planen sendes i høring i otte uger. Beslutning: "
        "Godkendt. SALG AF GRUND VED SKOVVEJ 2010 J.nr.: /abcdefg 10/090 "
        "Åben sag MT Sagsfremstilling: En nabo vil købe en smal strimmel "
        "af kommunens grund. Beslutning: Anbefales.\n\n"
        "4 Miljø- og Teknikudvalget, den 9. marts 2010 Side TILSKUD TIL "
        "GRUNDEJERFORENINGENS VEJE J.nr.: /abcdefg 10/155 Åben sag MT "
        "Sagsfremstilling: Foreningen søger om tilskud til ny asfalt på "
        "to private fællesveje, som bruges af skolebørn hver dag. "
        "Indstilling: Fagenheden indstiller, at der gives 75.000 kr. i "
        "tilskud. Beslutning: Godkendt.\n\n"
        "5 Miljø- og Teknikudvalget, den 9. marts 2010 Side ORIENTERING "
        "J.nr.: Åben sag MT Sagsfremstilling: Status på kloakeringen i "
        "Nørrebyen, der er forsinket af frost. Beslutning: Taget til "
        "efterretning.\n";
    static const char *const titles[] = {
        "RENOVERING AF BROEN VED MØLLEÅEN", "NY AFFALDSPLAN FOR KOMMUNEN",
        "SALG AF GRUND VED SKOVVEJ 2010",
        "TILSKUD TIL GRUNDEJERFORENINGENS VEJE", "ORIENTERING"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 5, titles);
    mnt_meeting_fini(&m);
}

/* A committee's transcript whose contents page lost item 1's entry and
 * heading: the contents' last page lists the titles from "2." on, and
 * item 1's fields and text follow on the same page ("3 2. Salg af … Nyt
 * fra formanden Åben sag Sagsid: …"). That page is no second copy of
 * heading 2 (it goes on with heading 3's title: lists_next_title() in
 * chain.c) but item 1, untitled (lost_first_item() in layout_lost.c). */
static void test_contents_page_holds_untitled_item_one(void **state)
{
    (void)state;
    static const char text[] =
        "Referat. Miljø- og Vejudvalget. Møde nr.: 3/2014 Mødedato: Mandag "
        "den\n\nStørrelse: px\nStarte visningen fra side:\n\n"
        "Download \"Referat. Miljø- og Vejudvalget. Møde nr.: 3/2014 "
        "Mødedato: Mandag den 10-03-2014 Mødetidspunkt: 16:00-18:10\"\n\n"
        "Transkript\n\n"
        "1 Referat Miljø- og Vejudvalget Møde nr.: 3/2014 Mødedato: Mandag den "
        "Mødetidspunkt: 16:00-18:10 Mødested: Byrådssalen Medlemmer Eva Holt "
        "(EH) A Lars Bonde (LB) V Mette Krag (MK) C Jonas Friis (JF) A "
        "Birthe Sand (BS) O Ulla Dyhr (UD) V Kim Lerche (KL) F Fraværende "
        "Kim Lerche (KL) F Bemærkninger\n\n"
        "2 Indholdsfortegnelse Punkt nr. Side\n\n"
        "3 2. Salg af kommunens grusgrav ved Torpvej Ny cykelsti langs "
        "Bakkevej Vintertjenestens regnskab Nyt fra formanden og direktøren "
        "Åben sag Sagsid: 14/1010 Sagen afgøres i: Miljø- og Vejudvalget "
        "Bilag: Indledning Direktøren indstiller, at dagsordenen godkendes. "
        "Beslutning i Miljø- og Vejudvalget den Godkendt. Fraværende: Ingen "
        "Sagsgang MVU ØK BY x x\n\n"
        "4 2. Salg af kommunens grusgrav ved Torpvej. Åben sag Sagsid: 14/0871 "
        "Sagen afgøres i: Byrådet Bilag: 1 Kort over grusgraven (2201/14) "
        "Indledning Grusgraven er udgravet, og en lokal vognmand vil købe "
        "den til oplag. Prisen er fastsat af en ejendomsmægler. Indstilling "
        "Direktøren indstiller, at grusgraven sælges. Beslutning i Miljø- og "
        "Vejudvalget den Anbefales. Fraværende: Ingen\n\n"
        "5 3. Ny cykelsti langs Bakkevej Åben sag Sagsid: 14/0930 Sagen "
        "afgøres i: Miljø- og Vejudvalget Bilag: Indledning Stien skal "
        "binde to landsbyer sammen med skolen, og den kan bygges for "
        "anlægspuljen til trafiksikkerhed. Indstilling Direktøren "
        "indstiller, at stien anlægges i 2014. Beslutning i Miljø- og "
        "Vejudvalget den Godkendt. Fraværende: Ingen\n\n"
        "6 4. Vintertjenestens regnskab Åben sag Sagsid: 14/0102 Sagen "
        "afgøres i: Miljø- og Vejudvalget Bilag: Indledning Den milde "
        "vinter gav et mindreforbrug på salt og mandskab, som overføres "
        "til næste år efter de gældende regler. Indstilling Direktøren "
        "indstiller, at regnskabet tages til efterretning. Beslutning i "
        "Miljø- og Vejudvalget den Taget til efterretning. Fraværende: "
        "Ingen\n\n"
        "7 5. Nyt fra formanden og direktøren Åben sag Sagsid: 14/0005 Sagen "
        "afgøres i: Miljø- og Vejudvalget Bilag: Formanden orienterede om "
        "mødet med nabokommunen. Beslutning i Miljø- og Vejudvalget den "
        "Taget til efterretning. Fraværende: Ingen\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 5)
        fail_msg("%zu items (layout %s), want 5", m.nitems, m.layout);
    assert_null(m.items[0].title);
    assert_string_equal(m.items[0].label, "1");
    expect_title(&m.items[1], "Salg af kommunens grusgrav ved Torpvej");
    assert_string_equal(m.items[1].label, "2");
    /* item 2 is the page that prints it, not the contents' line */
    assert_non_null(strstr(m.items[1].body, "vognmand"));
    assert_null(strstr(m.items[1].body, "Bakkevej"));
    expect_title(&m.items[4], "Nyt fra formanden og direktøren");
    mnt_meeting_fini(&m);
}

/* A transcript that printed item 1's title before its number, the point
 * after the number a sentence ("ÅBEN DEL Beretninger 1. Formanden
 * fortalte om …"): the contents' entry for 1 ends the piece before the
 * number, so it is the title, the sentence the item's text
 * (mnt_agenda_title_before(), agenda_titles.c). */
static void test_title_before_its_number(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT Udvalget for Kultur og Fritid den 14. marts 2006 i "
        "mødelokale 2\n\nTranskript\n\n"
        "1 REFERAT Udvalget for Kultur og Fritid den 14. marts 2006 i "
        "mødelokale 2 ÅBEN DEL 1. Beretninger 2. Tilskud til "
        "musikskolens orkester 3. Leje af idrætshallen om sommeren 4. "
        "Bibliotekets åbningstider 5. Forslag til kulturpris LUKKET DEL 6. "
        "Personsag\n\n"
        "2 1 Fraværende: Ingen. Mødet slut kl.: ÅBEN DEL Beretninger 1. "
        "Formanden fortalte om mødet med idrætsforeningerne den 2. marts. "
        "K01/ KF/AB KF 2. Tilskud til musikskolens orkester Orkestret skal "
        "spille ved et stævne i Tyskland og søger om et tilskud til bussen. "
        "Det indstilles til Udvalget for Kultur og Fritid, - at der gives et "
        "tilskud på kr. Beslutning: Godkendt. K02/ KF/AB KF 3. Leje af "
        "idrætshallen om sommeren Hallen står tom i juli, og en skole vil "
        "leje den til en sommerlejr. Det indstilles, - at hallen udlejes. "
        "Beslutning: Godkendt.\n\n"
        "3 2 K03/ KF/LM KF 4. Bibliotekets åbningstider Biblioteket "
        "foreslår at åbne en time tidligere om lørdagen, uden flere "
        "ansatte. Det indstilles, - at forslaget godkendes. Beslutning: "
        "Godkendt. K04/ KF/LM KF 5. Forslag til kulturpris Der er kommet "
        "fire forslag til årets kulturpris. Det indstilles, - at prisen "
        "gives til koret. Beslutning: Godkendt. LUKKET DEL 6. Personsag "
        "Beslutning: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {"Beretninger",
                                         "Tilskud til musikskolens orkester",
                                         "Leje af idrætshallen om sommeren",
                                         "Bibliotekets åbningstider",
                                         "Forslag til kulturpris",
                                         "Personsag"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript that dropped the digits of the head's date field and of
 * item 1's number after it ("Dato: 12.03.2014 1. Velkomst" printed
 * "Dato: Velkomst …"), the page going on with "2. …": the text after
 * the emptied field is item 1, titled as the others (lost_with_date()
 * in layout_lost.c). */
static void test_item_one_lost_with_date_digits(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde i Erhvervsrådet Nordkysten onsdag den 12. marts "
        "2014 kl hos Fjordværket, Hundested\n\n"
        "Transkript\n\n"
        "1 Erhvervsrådet Nordkysten Havnevej 4 DK Hundested T F E W "
        "erhverv.dk Referat fra møde i Erhvervsrådet Nordkysten onsdag den "
        "12. marts 2014 kl hos Fjordværket, Hundested Dato: Godkendelse af "
        "dagsordenen Dagsordenen blev godkendt uden bemærkninger, og "
        "formanden bød de nye medlemmer velkommen. 2. Rundvisning på "
        "Fjordværket ved direktør Palle Storm Palle Storm viste rådet rundt "
        "og fortalte om værkets nye linje. 3. Strategi for turisme at "
        "Erhvervsrådet drøfter udkastet til strategien Rådet bakkede op om "
        "udkastet med enkelte bemærkninger. 4. Eventuelt Næste møde holdes "
        "den 4. juni\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 4)
        fail_msg("%zu items (layout %s), want 4", m.nitems, m.layout);
    expect_title(&m.items[0], "Godkendelse af dagsordenen");
    expect_title(&m.items[3], "Eventuelt");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_fields_before_title),
        cmocka_unit_test(test_caps_title_inside_page),
        cmocka_unit_test(test_contents_page_holds_untitled_item_one),
        cmocka_unit_test(test_title_before_its_number),
        cmocka_unit_test(test_item_one_lost_with_date_digits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
