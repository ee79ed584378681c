/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_older.c - the segmenter (lib/minutes) on older minutes
 * (1998-2012) found by the blind cj-* round: a Word contents read flat
 * whose numbers carry the tab's dotted leader ("1... Meddelelser"); a
 * Word template's "Pkt.nr. N Title" headings and its dated decision
 * lines "… møde 26. april 2010 Punkt N:"; "Åbent punkt N. Title" and
 * "Åbent punkt N Title" inside a flattened page and a title in capitals
 * going on with an ordinal after a comma ("…, 2. BEHANDLING"); an ESDH
 * page's "62/1. Title (Åben sag)" headings glued to the decision before
 * them; a title ending in a school year that lost its second half
 * ("2007/"), or in a house number right before the case file's fields; a
 * closed item printed after the last open one in the meeting's
 * numbering; a short first page of a flattened transcript, no item 1; an
 * Acadre transcript with no contents (its title after the case handler's
 * name, an attachment's "bilag 1." no heading). */
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

/* The contents' numbers with leaders after them are its entries: the
 * headings are cut where the entries say, and a title with a place's
 * name in it ("Måløv Byvej") is whole - not cut where a contents title's
 * tail ("Byvej, etape 2 …") seems to head a numberless item. */
static void test_contents_number_leaders(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Teknisk Udvalg tirsdag den 5. april 2011, kl. 13:00 i Lokale 4 "
        "Åbent møde Tilstede Lene Holst (A) - formand Kaj Dal (V) "
        "INDHOLDSFORTEGNELSE Åbent møde 1... Meddelelser 2... Måløv Byvej, "
        "etape 2 - renovering af fortove 3... Cykelsti langs Ballerupvej "
        "anlægsregnskab 4... Salg af areal ved Lautrupvang\n\n"
        "2 1. Meddelelser Sagsnr.: Dok.nr.: a) Miljøavisen udkommer i uge "
        "16. Teknisk Udvalgs møde 5. april 2011 Punkt 1: Til efterretning. "
        "2. Måløv Byvej, etape 2 - renovering af fortove Sagsnr.: Dok.nr.: "
        "Resumé Fortovene er nedslidte. Teknisk Udvalgs møde 5. april 2011 "
        "Punkt 2: Anbefales.\n\n"
        "3 3. Cykelsti langs Ballerupvej anlægsregnskab Sagsnr.: Dok.nr.: "
        "Resumé Stien er færdig. Teknisk Udvalgs møde 5. april 2011 Punkt "
        "3: Godkendt. 4. Salg af areal ved Lautrupvang Sagsnr.: Dok.nr.: "
        "Teknisk Udvalgs møde 5. april 2011 Punkt 4: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Meddelelser", "Måløv Byvej, etape 2 - renovering af fortove",
        "Cykelsti langs Ballerupvej anlægsregnskab",
        "Salg af areal ved Lautrupvang"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Word template's headings "Pkt.nr. 2 Title" inside a flattened page,
 * each item's decision labelled by the meeting's dated name ("…
 * Kommunalbestyrelsens møde 26. april 2010 Punkt 2: Godkendt.", an
 * earlier committee's too): the headings open the items and give the
 * titles, the decisions' "Punkt N:" head nothing. */
static void test_pktnr_headings_dated_decisions(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT. for. Kommunalbestyrelsens møde den 26. april 2010, Kl på "
        "Rådhuset, Salen.\n\nStørrelse: px\nStarte visningen fra side:\n\n"
        "Download \"REFERAT. for. Kommunalbestyrelsens møde den 26. april "
        "2010, Kl. 18.00 på Rådhuset, Salen.\"\n\nTranskript\n\n"
        "1 HVIDOVRE KOMMUNE REFERAT for Kommunalbestyrelsens møde den 26. "
        "april 2010, Kl på Rådhuset, Salen. Lone Holm deltog ikke i "
        "behandlingen af pkt. 3. Mødet slut kl\n\n"
        "2 INDHOLDSFORTEGNELSE Pkt.nr Forskellige meddelelser... 1 Pkt.nr "
        "Valg af nyt medlem til Folkeoplysningsudvalget... 1 Pkt.nr "
        "Låneoptagelse... 2\n\n"
        "3 Side 1 Pkt.nr. 1 Forskellige meddelelser Kommunalbestyrelsens "
        "møde 26. april 2010 Punkt 1: Taget til efterretning. Pkt.nr. 2 "
        "Valg af nyt medlem til Folkeoplysningsudvalget Indstilling: "
        "Forvaltningen indstiller 1. at vælge et nyt medlem "
        "Kommunalbestyrelsens møde 26. april 2010 Punkt 2: Martin Skov blev "
        "valgt. Sagsfremstilling: Et medlem er fraflyttet kommunen.\n\n"
        "4 Side 2 Pkt.nr. 3 Låneoptagelse Indstilling: Forvaltningen "
        "indstiller 1. at der optages et lån Økonomiudvalgets møde 19. april "
        "2010 Punkt 5: Anbefales. Kommunalbestyrelsens møde 26. april 2010 "
        "Punkt 3: Godkendt. Sagsfremstilling: Lånet optages i maj.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Forskellige meddelelser",
        "Valg af nyt medlem til Folkeoplysningsudvalget", "Låneoptagelse"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A råd's Word minutes via a transcript, one line a page, headings
 * "Pkt. 2 Title" inside the pages (round dz): cut there as "Pkt.nr. 2"
 * is; the contents on page 1 name the same titles. */
static void test_pkt_headings_in_flat_pages(void **state)
{
    (void)state;
    static const char text[] =
        "Handicaprådet Referat af møde d. 15/3-2012 kl i mødelokale 1\n\n"
        "Download \"Handicaprådet Referat af møde d. 15/3-2012 kl. 17.00 i "
        "mødelokale 1\"\n\nTranskript\n\n"
        "1 mødelokale 1 1 Pkt. 1 Godkendelse af dagsorden Pkt. 2 Rådets "
        "mødeplan Pkt. 3 Høring om busplanen Pkt. 4 Eventuelt\n\n"
        "2 mødelokale 1 2 Pkt. 1 Godkendelse af dagsorden Dagsordenen blev "
        "godkendt uden bemærkninger. Administrationen oplyste, at rådet kan "
        "konstituere sig på ny i løbet af perioden, og at det skal fremgå "
        "af referatet. Pkt. 2 Rådets mødeplan Planen for resten af året "
        "blev godkendt med den ændring, at mødet i september flyttes en uge "
        "frem, og at mødet i december holdes på rådhuset. 2\n\n"
        "3 mødelokale 1 3 Pkt. 3 Høring om busplanen Rådet ønsker, at alle "
        "nye busser har lav indstigning, og at stoppestederne bliver "
        "tilgængelige for kørestolsbrugere. Pkt. 4 Eventuelt Intet. 3\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Rådets mødeplan",
                                         "Høring om busplanen", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A council's template labelling every item with its status, "Åbent
 * punkt 41. Title" / "Lukket punkt 44. Title", inside a transcript's
 * flattened pages (round ej): cut there as a line's "Åbent punkt 41:"
 * heads an item; the contents name no numbers, the closed mark alone
 * ("LUKKET PUNKT:") heads nothing. */
static void test_status_punkt_in_flat_pages(void **state)
{
    (void)state;
    static const char text[] =
        "BYRÅDET FOR EKSEMPEL KOMMUNE\nTranskript\n"
        "1 BYRÅDET REFERAT FRA MØDE TORSDAG DEN 3. SEPTEMBER 2009 PÅ "
        "RÅDHUSET\n"
        "2 Byrådet 3. september 2009 Side: 2 Til behandling forelå: "
        "Regnskab for havnen Takster for svømmehallen Orientering LUKKEDE "
        "SAGER LUKKET PUNKT:\n"
        "3 Byrådet 3. september 2009 Side: 3 Åbent punkt 41. Regnskab for "
        "havnen Havnen har haft et overskud på driften, fordi flere "
        "lystbåde har fået fast plads, og fordi uddybningen af indsejlingen "
        "blev billigere end ventet. Beslutning: Godkendt. Åbent punkt 42. "
        "Takster for svømmehallen Taksterne reguleres med pris- og "
        "lønudviklingen, og klubberne betaler fortsat halv pris for "
        "banerne om aftenen. Beslutning: Godkendt.\n"
        "4 Byrådet 3. september 2009 Side: 4 Åbent punkt 43. Orientering "
        "Borgmesteren orienterede om vejarbejdet på omfartsvejen, som "
        "ventes færdigt til jul, og om mødet med regionen om den nye "
        "busplan for oplandet. Beslutning: Taget til efterretning. LUKKEDE "
        "SAGER Lukket punkt 44. LUKKET PUNKT:\n";
    static const char *const labels[] = {"41", "42", "43", "44"};
    static const char *const titles[] = {"Regnskab for havnen",
                                         "Takster for svømmehallen",
                                         "Orientering", "LUKKET PUNKT"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript's headings in capitals where a title goes on with an
 * ordinal after a comma ("2. FORSLAG TIL SKOLESTRUKTUR, 2. BEHANDLING",
 * round ej): the number after the comma heads nothing, and its full stop
 * before a word in capitals ends no sentence - the title is whole. */
static void test_caps_title_comma_ordinal(void **state)
{
    (void)state;
    static const char text[] =
        "NORDBY KOMMUNE. REFERAT Børneudvalget.\n\nTranskript\n\n"
        "1 Onsdag den 8. oktober 2008 kl. 16.00. Sted: Mødelokale 2. "
        "Fraværende: Ida Lund.\n\n"
        "2 1. ORIENTERING OM SKOLESTARTEN Sagsnr.: 08/4102 Sagsfremstilling: "
        "Der er startet 212 børn i børnehaveklasserne, og alle har fået "
        "plads på den skole, forældrene ønskede. Beslutning i Børneudvalget "
        "den 08-10-2008: Taget til efterretning. Side 1 af 3\n\n"
        "3 2. FORSLAG TIL SKOLESTRUKTUR, 2. BEHANDLING Sagsnr.: 08/2290 "
        "Sagsfremstilling: Forslaget har været i høring i seks uger, og der "
        "er kommet 31 høringssvar, de fleste om skolevejen fra de små byer. "
        "Beslutning i Børneudvalget den 08-10-2008: Anbefales. 3. TAKSTER "
        "FOR SKOLEFRITIDSORDNINGER Sagsnr.: 08/3315 Sagsfremstilling: "
        "Taksterne følger pris- og lønudviklingen. Beslutning i "
        "Børneudvalget den 08-10-2008: Anbefales. Side 2 af 3\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "ORIENTERING OM SKOLESTARTEN",
        "FORSLAG TIL SKOLESTRUKTUR, 2. BEHANDLING",
        "TAKSTER FOR SKOLEFRITIDSORDNINGER"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An old ESDH page as text: headings "62/1. Title (Åben sag)" (the
 * running case number labels the item, the agenda place after the
 * slash), the later ones glued to the decision before them ("…
 * spørgsmål63/2. …", "Godkendt.64/3. …"); the bracketed status is no
 * part of the title. */
static void test_slash_status_headings(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nfor\n\nKommunalbestyrelsen\n\n"
        "torsdag den 19. august 2004 kl. 17:00\n\n"
        "62/1. Spørgetid (Åben sag)\nJournalnr. 00.01 P27/\n"
        "Der er ingen spørgsmål.Vedtagelse:\n"
        "Der var ingen spørgsmål63/2. Ansøgning om udtræden af "
        "bestyrelsen. (Åben sag)\nJournalnr. 17.01 A16/\n"
        "Tekst om sagen her.Vedtagelse:\n"
        "Godkendt.64/3. Lokalplan nr. 156: Boliger ved Mølleengen (Lukket "
        "sag)\n";
    static const char *const labels[] = {"62", "63", "64"};
    static const char *const titles[] = {
        "Spørgetid", "Ansøgning om udtræden af bestyrelsen",
        "Lokalplan nr. 156: Boliger ved Mølleengen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A school year whose second half the transcript dropped ("skoleåret
 * 2007/08" read "skoleåret 2007/") ends a heading's title inside a
 * flattened page, where the item's text starts with a capital. */
static void test_year_slash_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 REFERAT Udvalget for Børn og Unge den 26. april 2007 i lokale "
        "188, KL ÅBEN DEL 1. Klassedannelse 2. Ressourcer til "
        "modtageklasser skoleåret 2007/ Ledig skolelederstilling\n\n"
        "2 1 Fraværende: Ingen. ÅBEN DEL 1. Klassedannelse Skolerne har "
        "indberettet elevtal. Beslutning: Godkendt. 2. Ressourcer til "
        "modtageklasser skoleåret 2007/ Antallet af elever i "
        "modtageklasserne er steget. Beslutning: Godkendt. 3. Ledig "
        "skolelederstilling Skolelederen går på pension. Beslutning: "
        "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Klassedannelse", "Ressourcer til modtageklasser skoleåret 2007/",
        "Ledig skolelederstilling"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title ending in a house number right before the case file's fields
 * ("… Vognmandsvej 4 Sagsnr.: Dok.nr.: …") keeps it: a number followed
 * by the fields, with no title of its own, heads no item. */
static void test_house_number_before_fields(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Teknisk Udvalg tirsdag den 5. april 2011, kl. 13:00 i Lokale 4 "
        "Åbent møde Tilstede Lene Holst (A) - formand Kaj Dal (V)\n\n"
        "2 1. Meddelelser Sagsnr.: Dok.nr.: a) Miljøavisen udkommer i uge "
        "16. Teknisk Udvalgs møde 5. april 2011 Punkt 1: Til efterretning. "
        "2. Påbud om støjdæmpning, Vognmandsvej 4 Sagsnr.: Dok.nr.: Resumé "
        "Naboer har klaget over støj om natten. Teknisk Udvalgs møde 5. "
        "april 2011 Punkt 2: Til efterretning. 3. Skovlunde Bytorv - "
        "ændret anvendelse Sagsnr.: Dok.nr.: Resumé Ejeren ønsker en "
        "lægeklinik. Teknisk Udvalgs møde 5. april 2011 Punkt 3: "
        "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Meddelelser", "Påbud om støjdæmpning, Vognmandsvej 4",
        "Skovlunde Bytorv - ændret anvendelse"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Flattened pages whose open part leaves out 14 (moved to the closed
 * meeting) and whose last page prints it after the last open item under
 * "Lukket møde", with the meeting's next number after it: 14 is an item,
 * in the order printed. Without the closed part's heading a number out
 * of order heads nothing. */
static void test_closed_item_after_last(void **state)
{
    (void)state;
    static const char head[] =
        "REFERAT. Nyby Kommune. Udvalget. Onsdag den 3. maj 2006\n\n"
        "Transkript\n\n"
        "1 Nyby Kommune REFERAT Onsdag den 3. maj kl i byrådssalen. "
        "Mødedeltagere: Anna Lund, Bo Holm, Carl Friis, Dorte Vang, Egon "
        "Krag, Frida Holt, Gert Bach, Hanne Mos, Ib Lauge, Jytte Rask. "
        "Fraværende: Mødet slut: Kl\n\n"
        "2 Indholdsfortegnelse Åbent møde 12. Budgetopfølgning 13. "
        "Takster for affald 14. Køb af jord (flyttet til lukket møde) 15. "
        "Valg af revisor 16. Vejnavne 17. Kommunikationspolitik Lukket "
        "møde: 14. Køb af jord 18.\n\n"
        "3 Udvalget Side 1 12. Budgetopfølgning Sagsnr.: 06/100 Resumé: "
        "Forbruget følger budgettet på alle områder, og der er ingen "
        "grund til at søge tillægsbevillinger i år. Skolerne har et lille "
        "mindreforbrug, ældreplejen et lille merforbrug. Beslutning: "
        "Taget til efterretning. 13. Takster for affald Sagsnr.: 06/101 "
        "Resumé: Taksterne stiger med pristallet. Beslutning: "
        "Godkendt.\n\n"
        "4 Udvalget Side 2 15. Valg af revisor Sagsnr.: 06/102 Resumé: Der "
        "er tre tilbud på revisionen af de fire kommuners regnskaber. Det "
        "billigste tilbud opfylder alle krav i udbuddet, og referencerne "
        "er gode. Beslutning: Godkendt. 16. Vejnavne Sagsnr.: 06/103 "
        "Resumé: Flere vejnavne findes i to af kommunerne. Beslutning: "
        "Godkendt.\n\n"
        "5 Udvalget Side 3 17. Kommunikationspolitik Sagsnr.: 06/104 "
        "Resumé: Politikken lægger vægt på åbenhed og hurtige svar til "
        "borgerne, også på de sociale medier. Forslaget har været drøftet "
        "i styregruppen to gange. Beslutning: Godkendt.\n\n";
    static const char closed[] = "6 Udvalget Side 4 Lukket møde 14. Køb af "
                                 "jord Beslutning: Godkendt. 18. Salg af "
                                 "grund Beslutning: Godkendt.\n";
    static const char open[] = "6 Udvalget Side 4 14. Køb af jord "
                               "Beslutning: Godkendt. 18. Salg af grund "
                               "Beslutning: Godkendt.\n";
    char text[4096];
    snprintf(text, sizeof text, "%s%s", head, closed);
    static const char *const labels[] = {"12", "13", "15", "16",
                                         "17", "14", "18"};
    static const char *const titles[] = {
        "Budgetopfølgning", "Takster for affald",    "Valg af revisor",
        "Vejnavne",         "Kommunikationspolitik", "Køb af jord",
        "Salg af grund"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 7, labels, titles);
    mnt_meeting_fini(&m);

    snprintf(text, sizeof text, "%s%s", head, open);
    parse_text(text, &m);
    for (size_t i = 0; i < m.nitems; i++)
        assert_string_not_equal(m.items[i].label, "14");
    mnt_meeting_fini(&m);
}

/* A flattened transcript whose first page is short ("1 Nyby Kommune
 * REFERAT …", no attendee list) and whose later pages are cut at their
 * items' headings, each page's number and running head a piece of its
 * own ("3 Udvalget Side 1" / "12. Budget …"): the numbers 1, 2, 3 … still
 * count the pages, and page 1 is no item 1. */
static void test_short_first_page_no_item(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT. Nyby Kommune. Udvalget. Onsdag den 3. maj "
        "2006\n\nTranskript\n\n1 Nyby Kommune REFERAT Onsdag den 3. maj "
        "kl i byrådssalen. Mødedeltagere: Anna Lund, Bo Holm, Carl "
        "Friis\n\n2 Indholdsfortegnelse Åbent møde 12. Budgetopfølgning "
        "13. Takster for affald 14. Køb af jord (flyttet til lukket møde) "
        "15. Valg af revisor 16. Vejnavne 17. Kommunikationspolitik "
        "Lukket møde: 14. Køb af jord 18.\n\n3 Udvalget Side 1 12. "
        "Budgetopfølgning Sagsnr.: 06/100 Resumé: Forbruget følger "
        "budgettet på alle områder, og der er ingen grund til at søge "
        "tillægsbevillinger i år. Skolerne har et lille mindreforbrug, "
        "ældreplejen et lille merforbrug. Beslutning: Taget til "
        "efterretning. 13. Takster for affald Sagsnr.: 06/101 Resumé: "
        "Taksterne stiger med pristallet. Beslutning: Godkendt.\n\n4 "
        "Udvalget Side 2 15. Valg af revisor Sagsnr.: 06/102 Resumé: Der "
        "er tre tilbud på revisionen af de fire kommuners regnskaber. Det "
        "billigste tilbud opfylder alle krav i udbuddet, og referencerne "
        "er gode. Beslutning: Godkendt. 16. Vejnavne Sagsnr.: 06/103 "
        "Resumé: Flere vejnavne findes i to af kommunerne. Beslutning: "
        "Godkendt.\n\n5 Udvalget Side 3 17. Kommunikationspolitik "
        "Sagsnr.: 06/104 Resumé: Politikken lægger vægt på åbenhed og "
        "hurtige svar til borgerne, også på de sociale medier. Forslaget "
        "har været drøftet i styregruppen to gange. Beslutning: "
        "Godkendt.\n\n6 Udvalget Side 4 Lukket møde 14. Køb af jord "
        "Beslutning: Godkendt. 18. Salg af grund Beslutning: Godkendt.\n";
    static const char *const labels[] = {"12", "13", "15", "16",
                                         "17", "14", "18"};
    static const char *const titles[] = {
        "Budgetopfølgning", "Takster for affald",    "Valg af revisor",
        "Vejnavne",         "Kommunikationspolitik", "Køb af jord",
        "Salg af grund"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 7, labels, titles);
    mnt_meeting_fini(&m);
}

/* An agenda list read by its titles (no numbers on the bodies' headings)
 * whose third item was moved to the closed part: its text stands after
 * "Lukket møde", below the last open item. The agenda still holds (the
 * moved entry found where it stands), the item keeps its title and
 * label and is closed, also where the agenda adds a remark in brackets
 * ("(flyttet til lukket møde)"). Without the closed part's heading a title
 * found late is no moved item (a line of text may open with the title). */
static void test_agenda_item_moved_to_closed(void **state)
{
    (void)state;
    static const char top[] =
        "Referat\nTeknik- og Miljøudvalget\nMødedato: 12. marts 2024\n\n"
        "Dagsorden\n1. Godkendelse af dagsorden\n"
        "2. Budgetopfølgning for første kvartal\n";
    static const char rest[] =
        "4. Trafikplan for bymidten\n"
        "5. Eventuelt\n\nGodkendelse af dagsorden\nBeslutning\n"
        "Dagsordenen blev godkendt.\n\nBudgetopfølgning for første "
        "kvartal\nSagsfremstilling\nForbruget følger budgettet på alle "
        "områder, og der er ingen grund til at søge tillæg.\nBeslutning\n"
        "Taget til efterretning.\n\nTrafikplan for bymidten\n"
        "Sagsfremstilling\nPlanen lægger vægt på cykler og gående i de "
        "smalle gader.\nBeslutning\nGodkendt.\n\nEventuelt\nBeslutning\n"
        "Intet.\n\n";
    static const char entry[] = "3. Salg af byggegrund på Havnevej\n";
    /* the agenda's remark in brackets is no part of the heading below */
    static const char remark[] =
        "3. Salg af byggegrund på Havnevej (flyttet til lukket møde)\n";
    static const char tail[] = "Salg af byggegrund på Havnevej\nBeslutning\n"
                               "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "4", "5", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Budgetopfølgning for første kvartal",
                                         "Trafikplan for bymidten", "Eventuelt",
                                         "Salg af byggegrund på Havnevej"};
    char text[4096];
    struct mnt_meeting m;
    for (int r = 0; r < 2; r++) {
        snprintf(text, sizeof text, "%s%s%sLukket møde\n\n%s", top,
                 r ? remark : entry, rest, tail);
        parse_text(text, &m);
        expect_items(&m, 5, labels, titles);
        assert_true(m.items[4].closed);
        assert_false(m.items[3].closed);
        mnt_meeting_fini(&m);
    }

    snprintf(text, sizeof text, "%s%s%s%s", top, entry, rest, tail);
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* An Acadre transcript whose contents page is dropped ("Punkt: 1 Acadre
 * sagsnr.: … Sagsbehandler: Gerda Moll Meddelelser Baggrund …"): no
 * contents names the title, which follows the case handler's name and
 * ends before the first section (the eh- round). */
static const char acadre_nocontents[] =
    "Transkript\n\n"
    "1 Økonomiudvalget Referat fra ordinært møde Torsdag den 4. maj 2017 "
    "kl. 8.00 Mødested: Mødelokale 2\n\n"
    "2 Økonomiudvalget Punkt: 1 Acadre sagsnr.: 17/11408 Journalnr.: A00 "
    "Sagsforløb: ØU - Åben sag Mødedato: Sagsbehandler: Gerda Moll "
    "Meddelelser Baggrund Borgmesteren orienterede om dialogmødet. "
    "Beslutning Taget til efterretning. Økonomiudvalget Torsdag den Side "
    "2\n\n"
    "3 Økonomiudvalget Punkt: 2 Acadre sagsnr.: 17/10955 Journalnr.: S00 "
    "Sagsforløb: ØU-KB - Åben sag Mødedato: Sagsbehandler: Tom Lauge "
    "Regnskab 2016 - overførsler til 2017 Baggrund Der er uforbrugte "
    "midler på anlæg. Forslag Administrationen foreslår, at overførslerne "
    "godkendes som vist i bilag 1. Beslutning Anbefales. "
    "Økonomiudvalget Torsdag den Side 3\n\n"
    "4 Økonomiudvalget Punkt: 3 Acadre sagsnr.: 17/06642 Journalnr.: P20 "
    "Sagsforløb: ØU-KB - Åben sag Mødedato: Sagsbehandler: Ulla Ring "
    "Trafiksikkerhedsplan for skolevejene Baggrund Planen peger på seks "
    "strækninger. Beslutning Anbefales. Økonomiudvalget Torsdag den Side "
    "4\n\n";

static void test_acadre_title_after_handler(void **state)
{
    (void)state;
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Meddelelser", "Regnskab 2016 - overførsler til 2017",
        "Trafiksikkerhedsplan for skolevejene"};
    struct mnt_meeting m;
    parse_text(acadre_nocontents, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… som vist i bilag 1. Økonomiudvalget Torsdag den Side 3": a number
 * after "bilag" is an attachment's, no "1." heading before the running
 * footer, though the list of attachments below numbers "2." and "3."
 * (with it, a numbered chain outscored the "Punkt: N" headings). */
static void test_attachment_number_no_heading(void **state)
{
    (void)state;
    static const char tail[] =
        "5 Økonomiudvalget Bilagsoversigt 2. Regnskab 2016 - overførsler "
        "til 2017 1. Oversigt over overførsler (17/11020) 3. "
        "Trafiksikkerhedsplan for skolevejene 1. Plan (17/06701) "
        "Økonomiudvalget Torsdag den Side 5\n";
    char text[sizeof acadre_nocontents + sizeof tail];
    memcpy(text, acadre_nocontents, sizeof acadre_nocontents - 1);
    memcpy(text + sizeof acadre_nocontents - 1, tail, sizeof tail);
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Meddelelser", "Regnskab 2016 - overførsler til 2017",
        "Trafiksikkerhedsplan for skolevejene"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Side 3 Åbent punkt 245 Dialogmøde med borgerne …": a status that
 * opens the label inside a flattened page makes its lower-case "punkt"
 * a heading's word, as "Punkt 245" capitalised is (the eh- round; the
 * whole file was one item). */
static void test_status_punkt_in_flat_page(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n\n1 Beslutningsprotokol Mødedato: 26.11.2007 kl. "
        "17:00 Byrådssalen, Silkeborg Rådhus\n\n2 Indholdsfortegnelse "
        "Side 245. Dialogmøde med borgerne Godkendelse af dagsorden "
        "Takster for hjemmepleje og madservice Forslag til ny kollektiv "
        "trafikplan for Silkeborg by og omegn Meddelelser\n\n3 26. "
        "november 2007 Byrådet Side 3 Åbent punkt 245 Dialogmøde med "
        "borgerne Dialogmøde med borgerne - spørgsmål fra publikum. "
        "Beslutning i Byrådet den 26. november 2007: En borger spurgte "
        "til vinterbelysningen på Torvet. Fraværende: Ingen.\n\n4 26. "
        "november 2007 Byrådet Side 4 Åbent punkt 246 Godkendelse af "
        "dagsorden Beslutning i Byrådet den 26. november 2007: Godkendt. "
        "Fraværende: Ingen.\n\n5 26. november 2007 Byrådet Side 5 Åbent "
        "punkt 247 Takster for hjemmepleje og madservice Sagsnr.: "
        "07/22416 Sagsbehandler: Birgit Høj Sagsfremstilling: Taksterne "
        "skal fastsættes for 2008. Prisen for et hovedmåltid stiger med "
        "2 kr. Indstilling: Social- og Sundhedsdirektøren indstiller, at "
        "taksterne godkendes. Beslutning i Social- og Sundhedsudvalget "
        "den 12. november 2007: Anbefales. Beslutning i Økonomiudvalget "
        "den 19. november 2007: Anbefales. Beslutning i Byrådet den 26. "
        "november 2007: Godkendt. Fraværende: Kim Lauritsen.\n\n6 26. "
        "november 2007 Byrådet Side 6 Åbent punkt 248 Forslag til ny "
        "kollektiv trafikplan for Silkeborg by og omegn Sagsnr.: "
        "07/19903 Sagsbehandler: Arne Vest Sagsfremstilling: Planen "
        "samler bybusserne i fire linjer med fast kvartersdrift. Den har "
        "været drøftet med Midttrafik. Indstilling: Teknik- og "
        "Miljødirektøren indstiller, at forslaget sendes i høring. "
        "Beslutning i Økonomiudvalget den 19. november 2007: Anbefales. "
        "Beslutning i Byrådet den 26. november 2007: Godkendt. "
        "Fraværende: Kim Lauritsen.\n\n7 26. november 2007 Byrådet Side "
        "7 Åbent punkt 249 Meddelelser Sagsnr.: 07/1502 Sagsbehandler: "
        "Hans Krog Sagsfremstilling: Borgmesteren orienterede om "
        "julemarkedet og om nyt fra KL. Indstilling: Borgmesteren "
        "indstiller, at meddelelserne tages til efterretning. Beslutning "
        "i Byrådet den 26. november 2007: Taget til efterretning. "
        "Fraværende: Ingen.\n";
    static const char *const labels[] = {"245", "246", "247", "248", "249"};
    static const char *const titles[] = {
        "Dialogmøde med borgerne", "Godkendelse af dagsorden",
        "Takster for hjemmepleje og madservice",
        "Forslag til ny kollektiv trafikplan for Silkeborg by og omegn",
        "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_number_leaders),
        cmocka_unit_test(test_pktnr_headings_dated_decisions),
        cmocka_unit_test(test_pkt_headings_in_flat_pages),
        cmocka_unit_test(test_status_punkt_in_flat_pages),
        cmocka_unit_test(test_caps_title_comma_ordinal),
        cmocka_unit_test(test_slash_status_headings),
        cmocka_unit_test(test_year_slash_ends_title),
        cmocka_unit_test(test_house_number_before_fields),
        cmocka_unit_test(test_closed_item_after_last),
        cmocka_unit_test(test_agenda_item_moved_to_closed),
        cmocka_unit_test(test_short_first_page_no_item),
        cmocka_unit_test(test_acadre_title_after_handler),
        cmocka_unit_test(test_attachment_number_no_heading),
        cmocka_unit_test(test_status_punkt_in_flat_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
