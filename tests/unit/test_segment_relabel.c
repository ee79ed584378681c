/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_relabel.c - classes the relabelling probe of session 36
 * found: every plain-text fixture whose headings print "N. Title",
 * rewritten with another label shape councils print ("Punkt N: Title",
 * "Pkt. N Title", "N) Title", "Sag nr. N Title"), the items and titles
 * unchanged. Each case is a few lines in our own words. */
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

/* A transcript whose contents lost their numbers names each title; a
 * page's heading "Punkt 2: Parcelhusgrunde på Lærkevej i Suldrup" holds
 * a run the contents name too ("Lærkevej i Suldrup", of the title's
 * tail with its number dropped), which is no heading of its own: the
 * title opens after the label, not where the piece opens. */
static void test_contents_name_inside_labelled_title(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT Økonomiudvalget. Mødedato: Onsdag den 18-06-2008.\n\n"
        "Transkript\n\n"
        "1 Mødedato:. Mødetidspunkt: 08:00. Sted: Mødelokale 1, Byens "
        "Rådhus. Fraværende: Ingen.\n\n"
        "2 Indholdsfortegnelse Side 1. Økonomiorientering ultimo maj "
        "Parcelhusgrunde på Lærkevej i Suldrup, etape Driftsaftale med "
        "Spejdercentret Underskriftsside\n\n"
        "3 Punkt 1: Økonomiorientering ultimo maj 2008 J.nr.: S00. Sagsnr.: "
        "08/1022 Sagen afgøres i: Økonomiudvalget. Sagsfremstilling: "
        "Regnskabet er gjort op pr. 31. maj. Driften følger budgettet, og "
        "anlæg følger planen. Indstilling: Forvaltningen indstiller, at "
        "orienteringen tages til efterretning. Beslutning: Taget til "
        "efterretning.\n\n"
        "4 Punkt 2: Parcelhusgrunde på Lærkevej i Suldrup, etape 2 J.nr.: "
        "G01. Sagsnr.: 08/877 Sagen afgøres i: Byrådet. Sagsfremstilling: "
        "Første etape er udsolgt, og der er fortsat efterspørgsel efter "
        "grunde i byen. Indstilling: Forvaltningen indstiller, at anden "
        "etape byggemodnes. Beslutning: Anbefales.\n\n"
        "5 Punkt 3: Driftsaftale med Spejdercentret J.nr.: 18.00. Sagsnr.: "
        "08/912 Sagen afgøres i: Økonomiudvalget. Sagsfremstilling: "
        "Aftalen udløber ved årets udgang og skal fornyes for fire år. "
        "Indstilling: Forvaltningen indstiller, at aftalen fornyes. "
        "Beslutning: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Økonomiorientering ultimo maj 2008",
        "Parcelhusgrunde på Lærkevej i Suldrup, etape 2",
        "Driftsaftale med Spejdercentret"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened transcript labelling its headings "N)" (Lejre, Tønder):
 * inside a page, after the running header ("… Side 4 2) KB - Godkendelse
 * af dagsorden Sagsnr.: …") or a decision, "N) Title" heads an item when
 * its case file's field ends the title; the points of a list ("1)
 * Budgettet godkendes. 2) Taksterne hæves.") have none and stay text. */
static void test_paren_heading_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Kommunalbestyrelsen 22. februar 2010\n\n"
        "Transkript\n\n"
        "1 Referat Kommunalbestyrelsen Mødedato: 22. februar 2010 Sted: "
        "Rådhuset Fraværende: Ingen. Byens Kommune Kommunalbestyrelsen "
        "Side 1\n\n"
        "2 Byens Kommune Kommunalbestyrelsen Side 2 1) KB - Spørgetid "
        "Sagsnr.: 10/11 Resumé: Borgerne kan stille spørgsmål om emner af "
        "almen interesse. Indstilling: Forvaltningen indstiller, 1) "
        "Budgettet godkendes. 2) Taksterne hæves for næste år. Beslutning: "
        "Ingen spørgsmål. Byens Kommune Kommunalbestyrelsen Side 2 2) KB - "
        "Godkendelse af dagsorden Sagsnr.: 10/15 Resumé: Dagsordenen "
        "foreligger. Beslutning: Godkendt. 3) ØU - Salg af grund efter 1. "
        "april Sagsnr.: 09/3980 Resumé: Der er kommet et bud på grunden. "
        "Beslutning: Anbefales.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"KB - Spørgetid",
                                         "KB - Godkendelse af dagsorden",
                                         "ØU - Salg af grund efter 1. april"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript labelling its headings "Pkt. N" (AffaldPlus, a case
 * file's "J.nr.:" and "Sagsnr.:" after the title): the splitter cuts a
 * page's number off alone before the label ("6" | "Pkt. 5 Lukket - …"),
 * and that number still counts the pages, so the signatures' short last
 * page ("7 Underskriftsside …") opens with its page's number, no item's. */
static void test_page_number_cut_before_label(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT Teknisk Udvalg. Mødedato: Tirsdag den 09-09-2008.\n\n"
        "Transkript\n\n"
        "1 Mødedato:. Mødetidspunkt: 15:00. Sted: Mødelokale 2, Byens "
        "Rådhus. Fraværende: Ingen.\n\n"
        "2 Indholdsfortegnelse Side 1. Vejbelysning i landsbyerne Takster "
        "for vintertjeneste Lukket - Salg af areal Underskriftsside\n\n"
        "3 Pkt. 1 Vejbelysning i landsbyerne J.nr.: 05.00. Sagsnr.: "
        "08/2210 Sagen afgøres i: Teknisk Udvalg Sagsfremstilling: De "
        "gamle lamper skal skiftes, og der er afsat midler i budgettet. "
        "Landsbyrådene er hørt og ønsker lys ved stoppestederne først. "
        "Indstilling: Forvaltningen indstiller, at lamperne skiftes i "
        "to etaper. Beslutning: Godkendt.\n\n"
        "4 Pkt. 2 Takster for vintertjeneste J.nr.: 05.01. Sagsnr.: "
        "08/2301 Sagen afgøres i: Byrådet Sagsfremstilling: Taksterne "
        "følger prisudviklingen, og entreprenøren har givet et nyt "
        "tilbud for de næste to sæsoner. Ruterne i landsbyerne saltes som "
        "hidtil. Indstilling: Forvaltningen "
        "indstiller, at taksterne godkendes. Beslutning: Anbefales.\n\n"
        "5 Pkt. 3 Lukket - Salg af areal Beslutning i Teknisk Udvalg den "
        "09-09-2008: Godkendt. Side 5 af 6\n\n"
        "6 Underskriftsside Ole Bak Ane Lund Kim Holt Side 6 af 6\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Vejbelysning i landsbyerne",
                                         "Takster for vintertjeneste",
                                         "Lukket - Salg af areal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Headings labelled "Pkt. N" over a decision quoted from the meeting
 * with its weekday and date, no comma before the date (Region Sjælland:
 * "Behandling i Udvalget for … onsdag den 11. september 2019, pkt. 1"):
 * the number after the date is that meeting's item, no heading with its
 * title before it. */
static void test_dated_decision_before_pkt(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nUdvalget for trafik\n\nMødedato: 11. september 2019\n\n"
        "Pkt. 1 Godkendelse af dagsorden\n\n"
        "Åbent\n\n"
        "Behandling i Udvalget for trafik onsdag den 11. september 2019, "
        "pkt. 1\n\n"
        "Godkendt.\n\n"
        "Pkt. 2 Busplan for de nordlige sogne\n\n"
        "Åbent\n\n"
        "Administrationen har udarbejdet et forslag til nye ruter.\n\n"
        "Behandling i Udvalget for trafik onsdag den 11. september 2019, "
        "pkt. 2\n\n"
        "Anbefalet.\n\n"
        "Pkt. 3 Eventuelt\n\n"
        "Åbent\n\n"
        "Behandling i Udvalget for trafik onsdag den 11. september 2019, "
        "pkt. 3\n\n"
        "Intet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Busplan for de nordlige sogne",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened transcript labelling its headings "N)" with the case
 * type's letter after each title and no section names (Tønder: "…
 * godkendes. 4) Høringssvar om haltimer S Der er kommet …"): inside a
 * page, the letter ends the title as a case file's field would, so the
 * label heads an item; a list's point has no such letter. */
static void test_paren_heading_before_type_letter(void **state)
{
    (void)state;
    static const char text[] =
        "Kommune Kultur- og Fritidsudvalget Referat Mødedato: 2. oktober "
        "2013\n\n"
        "Transkript\n\n"
        "1 Mødedato: 2. oktober 2013 Mødelokale: Mødelokale 3, Rådhuset "
        "Fraværende: Ingen\n\n"
        "2 1) Ny placering af biblioteket G Biblioteket har i flere år "
        "manglet plads, og lokalerne ligger på tre etager. Direktøren "
        "indstiller, 1) sagen drøftes. 2) forvaltningen går videre med "
        "sagen. 2. oktober\n\n"
        "3 2) Budget for svømmehallen S Bestyrelsen har sendt sit "
        "budgetforslag for næste år, som holder sig inden for rammen. "
        "Direktøren indstiller, at forslaget godkendes. 3) Fordeling af "
        "haltimer S Fordelingen har været i høring hos foreningerne, og "
        "der er kommet elleve svar. Direktøren indstiller, at svarene "
        "drøftes. 2. oktober\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Ny placering af biblioteket",
                                         "Budget for svømmehallen",
                                         "Fordeling af haltimer"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents labelling its entries "N)" ("Indholdsfortegnelse
 * 1) Godkendelse af dagsorden 2 2) …"): its entries are read as those
 * labelled "N." are, so the contents names each title and a heading with
 * no case file's field after it ("… 3) Eventuelt Næste møde …") heads
 * its item. */
static void test_paren_contents_entries(void **state)
{
    (void)state;
    static const char text[] =
        "Kommune Seniorrådet Referat Mødedato: 12.03.2024 Mødetidspunkt: "
        "16:00 - 18:00 Mødested: Mødelokale 2, Torvet 1 Deltagere: Eva "
        "Lund (formand), Kaj Holm, Rita Bach Afbud: Sten Wulff Side 1 af "
        "3\n"
        "Indholdsfortegnelse 1) Godkendelse af dagsorden 2 2) Nyt om "
        "busruterne 2 3) Eventuelt 3 Side 2 af 3\n"
        "1) Godkendelse af dagsorden Sagsnr.: 27.00.00-A00-2-24 Beslutning "
        "Godkendt. 2) Nyt om busruterne Sagsnr.: 27.00.00-A00-3-24 "
        "Sagsfremstilling Trafikselskabet har lagt to ruter sammen, og "
        "flere ældre har klaget over de længere ture. Beslutning Taget "
        "til efterretning. 3) Eventuelt Næste møde er den 11.06.2024. "
        "Side 3 af 3\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Nyt om busruterne", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An agenda list labelled "N)" inside a flattened page ("Dagsorden 1)
 * Velkomst 2) Godkendelse af referat 3) …"), the minutes' text naming
 * each item by its title and a full stop: read as the list labelled
 * "N." is, each entry an item. */
static void test_paren_agenda_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i arbejdsgruppen for digital post\n\n"
        "Transkript\n\n"
        "1 Referat af møde i arbejdsgruppen for digital post den 26. "
        "januar 2006 Tilstede: Karen Holm, Ole Dam, Per Skov, Lise Kaas "
        "Afbud fra: Peter Brun Dagsorden 1) Velkomst 2) Godkendelse af "
        "referat (vedhæftet) 3) Tidsplan for udrulning af nye "
        "dokumenttyper 4) Næste møde maj 2006 kl Velkomst. Formanden bød "
        "velkommen til to nye medlemmer. Godkendelse af referat. Referatet "
        "blev godkendt uden bemærkninger.\n\n"
        "2 Tidsplan for udrulning af nye dokumenttyper. Sekretariatet "
        "gennemgik et udkast til en tidsplan, og udvalget drøftede "
        "rækkefølgen. Næste møde. Næste møde holdes i maj 2006. Referent: "
        "Lise Kaas\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Velkomst", "Godkendelse af referat",
        "Tidsplan for udrulning af nye dokumenttyper", "Næste møde"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page's "N)" heading with no case file, its first section
 * right after the title (Lejre: "… Godkendt. 3) Lukket punkt: Salg af
 * areal Beslutning: Godkendt."): the section ends the title as a field
 * would, so the label heads the closed item. */
static void test_paren_heading_before_section(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Kommunalbestyrelsen 22. november 2010\n\n"
        "Transkript\n\n"
        "1 Referat Kommunalbestyrelsen Mødedato: 22. november 2010 Sted: "
        "Rådssalen Fraværende: Ingen. Byens Kommune Kommunalbestyrelsen "
        "Side 1\n\n"
        "2 Byens Kommune Kommunalbestyrelsen Side 2 1) KB - Spørgetid "
        "Sagsnr.: 10/11 Resumé: Borgerne kan stille spørgsmål om emner af "
        "almen interesse. Beslutning: Ingen spørgsmål. 2) ØU - Takster "
        "for vinterhavnen Sagsnr.: 10/15 Resumé: Taksterne følger "
        "prisudviklingen. Beslutning: Godkendt. 3) Lukket punkt: Salg af "
        "areal i Hvalsø Beslutning: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "KB - Spørgetid", "ØU - Takster for vinterhavnen",
        "Lukket punkt: Salg af areal i Hvalsø"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents labelled "Pkt. N" (Kerteminde's "Indholdsfortegnelse:
 * Pkt. 211 Spørgetid Pkt. 212 …"): each entry starts at its label, so
 * "Pkt." ends no title before it and the contents name the titles; the
 * pages' case code after the title ("… september S01 sagsnr. 13/6042")
 * and the closed mark ("Lukket punkt: Salg …") are then read as the
 * contents print them. */
static void test_pkt_contents_entries(void **state)
{
    (void)state;
    static const char text[] =
        "Åbent referat for Byrådets møde den kl. 17:30 Rådhussalen\n\n"
        "1 side 1 Åbent referat for Byrådets møde Fraværende: Ingen. "
        "Mødet sluttede kl. 19:10.\n\n"
        "2 side 2 Indholdsfortegnelse: Pkt. 41 Spørgetid Pkt. 42 "
        "Regnskab for første halvår Pkt. 43 Ny plan for stier ved åen "
        "Punkter på lukket møde: Pkt. 44 Lukket punkt: Køb af jord ved "
        "skolen\n\n"
        "3 side 3 Pkt. 41 Spørgetid Ingen borgere havde spørgsmål. "
        "Beslutning: Taget til efterretning. Pkt. 42 Regnskab for første "
        "halvår S01 sagsnr. 24/1180 Forvaltningen har gjort regnskabet op "
        "for årets første seks måneder. Beslutning: Godkendt.\n\n"
        "4 side 4 Pkt. 43 Ny plan for stier ved åen S02 sagsnr. 24/733 "
        "Planen har været i høring, og der kom tre svar. Beslutning: "
        "Vedtaget.\n\n"
        "5 side 5 Pkt. 44 Lukket punkt: Køb af jord ved skolen\n";
    static const char *const labels[] = {"41", "42", "43", "44"};
    static const char *const titles[] = {
        "Spørgetid", "Regnskab for første halvår", "Ny plan for stier ved åen",
        "Lukket punkt: Køb af jord ved skolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* An agenda list inside a flattened first page after "Dagsorden:" or
 * "DAGSORDEN" (Københavns Ældreråd's, labelled "N)"), the minutes'
 * text opening with the first item's heading, number and all: the
 * list's last entry ends before that number, and each item is found
 * under its entry's title, the last ("4) Eventuelt …") too. */
static void check_agenda_word(const char *word)
{
    char text[1200];
    snprintf(text, sizeof text,
             "Transkript\n\n"
             "1 REFERAT Møde i Seniorrådet Dato: Tirsdag den 3. marts 2026 "
             "kl. 9.30-12.00 Sted: Rådhuset, lokale 4 Til stede: Karl Dam "
             "(formand), Inge Vest Afbud: Ole Strand %s 1) Godkendelse af "
             "dagsorden 2) Nyt fra formanden 3) Høring om madservice 4) "
             "Eventuelt 1) Godkendelse af dagsorden Dagsordenen blev "
             "godkendt. 2) Nyt fra formanden Formanden har været til møde "
             "med udvalget om budgettet. 1\n\n"
             "2 3) Høring om madservice Rådet har fået udkast til nye "
             "standarder og svarer inden fristen. 4) Eventuelt Næste møde "
             "holdes den 7. april 2026. 2\n",
             word);
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Nyt fra formanden",
                                         "Høring om madservice", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

static void test_paren_agenda_after_colon(void **state)
{
    (void)state;
    check_agenda_word("Dagsorden:");
}

static void test_paren_agenda_after_caps(void **state)
{
    (void)state;
    check_agenda_word("DAGSORDEN");
}

/* A flattened page opening with its item's label and a title that opens
 * with an ordinal, so with no capital ("3 Pkt. 1 1. behandling af
 * budgetforslag … Sagsnr. …", Frederikshavn's and Tårnby's budget's
 * first reading): the label heads the item, as before a capital. */
static void check_ordinal_after_label(const char *l1, const char *l2)
{
    char text[1600];
    snprintf(text, sizeof text,
             "Transkript\n\n"
             "1 Referat Egeby Byråd Ordinært møde Dato 24. september 2025 "
             "Tid 18:00 Sted Rådhuset, byrådssalen Fraværende Karen Dal "
             "Medlemmer Karen Dal (A) Mogens Bro (V) Ida Kryger (F)\n\n"
             "2 %s 1. behandling af budget 2026-2029 Sagsnr. 25/4410 "
             "Sagsbehandler Lone Vig Sagsfremstilling Budgettet bygger på "
             "udvalgenes drøftelser i august. Indstilling Direktøren "
             "indstiller, at forslaget sendes til 2. behandling. "
             "Beslutning Byrådet den 24. september 2025 Oversendt til 2. "
             "behandling. Egeby Byråd - Referat Side 2 af 3\n\n"
             "3 %s Salg af grund ved havnen Sagsnr. 25/3307 Sagsbehandler "
             "Ib Mose Sagsfremstilling Der er kommet to bud på grunden. "
             "Indstilling Direktøren indstiller, at det højeste bud "
             "antages. Beslutning Byrådet den 24. september 2025 Godkendt. "
             "Egeby Byråd - Referat Side 3 af 3\n",
             l1, l2);
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"1. behandling af budget 2026-2029",
                                         "Salg af grund ved havnen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

static void test_pkt_ordinal_title(void **state)
{
    (void)state;
    check_ordinal_after_label("Pkt. 1", "Pkt. 2");
}

static void test_sagnr_ordinal_title(void **state)
{
    (void)state;
    check_ordinal_after_label("Sag nr. 1", "Sag nr. 2");
}

static void test_paren_ordinal_title(void **state)
{
    (void)state;
    check_ordinal_after_label("1)", "2)");
}

/* A region's list of items, each "Pkt. N Title" a line, then a
 * supplementary agenda ("Tillægsdagsorden") numbering its items from
 * 1 again: its items follow the agenda's, as under "N. Title". */
static void test_pkt_supplement_restarts(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af regionsrådets møde den 12. marts 2025\n\n"
        " Pkt. 1 Valg til bestyrelsen for et regionalt musikråd\n"
        " Pkt. 2 Tidsplan for budget 2026, Bilag 2\n"
        " Pkt. 3 Ny politik for indkøb af fødevarer, Bilag 3\n"
        " Pkt. 4 Orientering om ventetider på scanninger\n\n"
        "Tillægsdagsorden\n\n"
        " Pkt. 1 Valg af suppleant til trafikselskabet\n"
        " Pkt. 2 Bevilling til nye pavilloner ved sygehuset, Bilag 2\n";
    static const char *const labels[] = {"1", "2", "3", "4", "1", "2"};
    static const char *const titles[] = {
        "Valg til bestyrelsen for et regionalt musikråd",
        "Tidsplan for budget 2026",
        "Ny politik for indkøb af fødevarer",
        "Orientering om ventetider på scanninger",
        "Valg af suppleant til trafikselskabet",
        "Bevilling til nye pavilloner ved sygehuset"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents labelled "Pkt. N" with each entry's page number
 * (Guldborgsund: "Indholdsfortegnelse Pkt. 1 Godkendelse af dagsorden 2
 * Pkt. 2 Nyt fra formanden 2 …"): the page's "2" before "Pkt. 2" is no
 * entry 2, whose title would open with the label and name no item. */
static void test_pkt_contents_page_numbers(void **state)
{
    (void)state;
    static const char text[] =
        "Egeby Kommune Seniorrådet Referat Mødedato: 04.02.2025 "
        "Mødetidspunkt: 10:00 - 12:00 Mødested: Mødelokale 1, Torvet 2 "
        "Deltagere: Hans Krog (formand), Lis Dam, Ole Vang Afbud: Eva Lund "
        "Side 1 af 4\n"
        "Indholdsfortegnelse Pkt. 1 Godkendelse af dagsorden 2 Pkt. 2 Nyt "
        "fra formanden 2 Pkt. 3 Høring om madservice 2 Pkt. 4 Seniorprisen "
        "2025 - lukket punkt 3 Pkt. 5 Eventuelt 3 Side 2 af 4\n"
        "Pkt. 1 Godkendelse af dagsorden Sagsnr.: 27.00.00-A00-1-25 "
        "Beslutning Godkendt. Afbud: Eva Lund Pkt. 2 Nyt fra formanden "
        "Sagsnr.: 27.00.00-A00-1-25 Sagsfremstilling Formanden har været "
        "til møde med udvalget om budgettet. Beslutning Taget til "
        "efterretning. Pkt. 3 Høring om madservice Sagsnr.: "
        "27.12.04-P20-3-25 Sagsfremstilling Rådet har fået udkast til nye "
        "standarder for maden. Side 3 af 4\n"
        "Indstilling Forvaltningen indstiller, at rådet svarer. Beslutning "
        "Rådet svarer inden fristen. Pkt. 4 Seniorprisen 2025 - lukket "
        "punkt Lukket punkt. Pkt. 5 Eventuelt Næste møde er den 04.03.2025. "
        "Side 4 af 4\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Nyt fra formanden", "Høring om madservice",
        "Seniorprisen 2025 - lukket punkt", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_name_inside_labelled_title),
        cmocka_unit_test(test_paren_heading_inside_page),
        cmocka_unit_test(test_page_number_cut_before_label),
        cmocka_unit_test(test_dated_decision_before_pkt),
        cmocka_unit_test(test_paren_heading_before_type_letter),
        cmocka_unit_test(test_paren_contents_entries),
        cmocka_unit_test(test_paren_agenda_inside_page),
        cmocka_unit_test(test_paren_heading_before_section),
        cmocka_unit_test(test_pkt_contents_entries),
        cmocka_unit_test(test_paren_agenda_after_colon),
        cmocka_unit_test(test_paren_agenda_after_caps),
        cmocka_unit_test(test_pkt_ordinal_title),
        cmocka_unit_test(test_sagnr_ordinal_title),
        cmocka_unit_test(test_paren_ordinal_title),
        cmocka_unit_test(test_pkt_supplement_restarts),
        cmocka_unit_test(test_pkt_contents_page_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
