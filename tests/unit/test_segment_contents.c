/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_contents.c - the segmenter (lib/minutes) on a PDF's
 * contents page read column by column (the numbers "131." / "132." on
 * lines of their own, the titles below them) and on a closed item's
 * status printed under its heading ("Lukket sag"): neither heads an item
 * nor runs into a title; and on a transcript flattened one line a page
 * whose items carry running numbers of three digits ("601. Regnskab
 * 2008 Sagsnr J.nr …"). Found by the blind k-* round (Langeland,
 * Nordfyns). A contents entry whose wrapped title carries the leaders
 * on its second line (round f). A contents' title found on a page
 * right after its heading's label ("Sag nr. 1 Title"). */
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

/* A flattened contents whose last entry's page number is followed by
 * an unnumbered closing entry and its page ("… 4. Meddelelser 6
 * Underskriftsside 7"): the last entry ends at its own page number, so
 * its title is found on the page ("Punkt: 4 Meddelelser Acadre …"). */
static void test_contents_closing_entry_after_last(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Økonomiudvalget Dato: 7. november 2018 Fra: 08:00 Sted: "
        "Mødelokale 025 Fraværende Henrik Holm (C)\n\n"
        "2 Indholdsfortegnelse Punkt Side 1. Godkendelse af dagsorden 3 2. "
        "Forlængelse af lejemål for jobcentret 4 3. Meddelelser 5 "
        "Underskriftsside 6\n\n"
        "3 Side 3 af 6 Økonomiudvalget 7. november 2018 Punkt: 1 Godkendelse "
        "af dagsorden Acadre sagsnr.: 18/2960 Sagsbehandler: Mads Lind "
        "Beslutning Godkendt.\n\n"
        "4 Side 4 af 6 Økonomiudvalget 7. november 2018 Punkt: 2 Forlængelse "
        "af lejemål for jobcentret Acadre sagsnr.: 18/3112 Sagsbehandler: "
        "Rikke Dahl Sagsfremstilling Lejemålet udløber. Beslutning "
        "Anbefales.\n\n"
        "5 Side 5 af 6 Økonomiudvalget 7. november 2018 Punkt: 3 Meddelelser "
        "Acadre sagsnr.: 18/2960 Sagsbehandler: Mads Lind Beslutning "
        "Borgmesteren orienterede om budgettet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Forlængelse af lejemål for jobcentret",
        "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

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

/* A transcript that stripped the numbers from its contents ("… status
 * for vejfonden" for the page's "… vejfonden 2009", "… pr. 30. april"
 * for "… april 2019"): the page's heading runs on with the number to its
 * case file's field or its section, and keeps it - both where the
 * contents name the title after a running number and where the title
 * follows a case file's fields. */
static void test_contents_lost_numbers(void **state)
{
    (void)state;
    static const char running[] =
        "1 Beslutningsprotokol 12. maj kl. 16:00 Mødesalen, Rådhuset\n"
        "\n"
        "2 Indholdsfortegnelse Side 310. Spørgetid for borgerne "
        "Godkendelse af dagsorden Ansøgning om tilskud til "
        "spejderhytten Regnskab for vejfonden\n"
        "\n"
        "3 310. Spørgetid for borgerne Spørgetid - spørgsmål fra "
        "tilhørerne. Beslutning i Byrådet den 12. maj 2008: To borgere "
        "spurgte til stien langs åen. Fraværende: Ingen. Byrådet den "
        "12. maj 2008 Side 3\n"
        "\n"
        "4 311. Godkendelse af dagsorden Beslutning i Byrådet den 12. "
        "maj 2008: Godkendt. Fraværende: Ingen. Byrådet den 12. maj "
        "2008 Side 4\n"
        "\n"
        "5 312. Ansøgning om tilskud til spejderhytten Sagsnr.: 08/2211 "
        "Sagsbehandler: Ib Lund Sagsfremstilling: Spejderne ønsker nyt "
        "tag på hytten ved skoven. Taget er over fyrre år gammelt og "
        "utæt flere steder. Indstilling: Direktøren indstiller, at der "
        "gives et tilskud på 80.000 kr. Beslutning i Byrådet den 12. "
        "maj 2008: Godkendt. Fraværende: Ingen. Byrådet den 12. maj "
        "2008 Side 5\n"
        "\n"
        "6 313. Regnskab for vejfonden 2007 Sagsnr.: 08/905 "
        "Sagsbehandler: Eva Dal Sagsfremstilling: Regnskabet viser et "
        "lille overskud, som overføres til næste år. Indstilling: "
        "Direktøren indstiller, at regnskabet godkendes. Beslutning i "
        "Byrådet den 12. maj 2008: Godkendt. Fraværende: Ingen. Byrådet "
        "den 12. maj 2008 Side 6\n";
    static const char *const rlabels[] = {"310", "311", "312", "313"};
    static const char *const rtitles[] = {
        "Spørgetid for borgerne", "Godkendelse af dagsorden",
        "Ansøgning om tilskud til spejderhytten",
        "Regnskab for vejfonden 2007"};
    static const char fields[] =
        "1 Referat Miljøudvalget Dato: 9. maj 2019 Fra: 15:00 Sted: "
        "Lokale 3 Medlemmer: Ole Vang (A) Ane Sø (V) Bo Ris (F) "
        "Fraværende: Ingen Referent: Ole Vang\n"
        "\n"
        "2 Indholdsfortegnelse Punkt Side 1. Godkendelse af dagsorden 3 "
        "2. Regnskab pr. 30. april Tilskud til naturplejen 5 4. "
        "Meddelelser 6 Side 2 af 6\n"
        "\n"
        "3 Miljøudvalget Punkt: 1 Acadre sagsnr.: 19/301 Journalnummer: "
        "00.01.00 Sagsbehandler: Ole Vang Godkendelse af dagsorden "
        "Indstilling Direktionen indstiller, at dagsordenen godkendes. "
        "Beslutning Miljøudvalget den 9. maj 2019 Godkendt. Side 3 af "
        "6\n"
        "\n"
        "4 Miljøudvalget Punkt: 2 Acadre sagsnr.: 19/388 Journalnummer: "
        "00.30.10 Sagsbehandler: Ane Sø Regnskab pr. 30. april 2019 "
        "Sagsfremstilling Forbruget følger budgettet, dog med et mindre "
        "merforbrug på vandløbene. Indstilling Direktionen indstiller, "
        "at regnskabet tages til efterretning. Beslutning Miljøudvalget "
        "den 9. maj 2019 Godkendt. Side 4 af 6\n"
        "\n"
        "5 Miljøudvalget Punkt: 3 Acadre sagsnr.: 19/412 Journalnummer: "
        "01.05.00 Sagsbehandler: Ane Sø Tilskud til naturplejen "
        "Sagsfremstilling Der søges 40.000 kr. til afgræsning af engene "
        "ved søen. Indstilling Direktionen indstiller, at tilskuddet "
        "gives. Beslutning Miljøudvalget den 9. maj 2019 Godkendt. Side "
        "5 af 6\n"
        "\n"
        "6 Miljøudvalget Punkt: 4 Acadre sagsnr.: 19/301 Journalnummer: "
        "00.01.00 Sagsbehandler: Ole Vang Meddelelser Beslutning "
        "Miljøudvalget den 9. maj 2019 Formanden orienterede om mødet "
        "med lodsejerne. Side 6 af 6\n";
    static const char *const flabels[] = {"1", "2", "3", "4"};
    static const char *const ftitles[] = {
        "Godkendelse af dagsorden", "Regnskab pr. 30. april 2019",
        "Tilskud til naturplejen", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(running, &m);
    expect_items(&m, 4, rlabels, rtitles);
    mnt_meeting_fini(&m);
    parse_text(fields, &m);
    expect_items(&m, 4, flabels, ftitles);
    mnt_meeting_fini(&m);
}

/* An agenda list inside a flattened page ("Dagsorden 1. Velkomst 2. …
 * 5. Eventuelt og næste møde juni 2009 Velkomst. Formanden …"): the
 * page's text after its last entry, which opens with the first entry's
 * title, is read on; the headings below lost their numbers and name
 * some entries by their first words ("Godkendelse af referat." for
 * "Godkendelse af referat (udsendt)"); a year ending a sentence before
 * a heading ("… februar 2009. Nye datasæt …") is no item's number. */
static void test_flat_inline_agenda(void **state)
{
    (void)state;
    static const char text[] =
        "Download \"1 Godkendelse af referat. Referatet blev godkendt "
        "uden bemærkninger.\"\n"
        "Transkript\n"
        "1 Referat af møde i arbejdsgruppen for åbne data den 3. marts "
        "2009 Tilstede: Anne Bech, Sekretariatet Bo Friis, "
        "Dataforeningen Carl Holt, KL Dorte Nøhr, Danmarks Statistik "
        "Afbud fra: Erik Juul, Digitaliseringsstyrelsen Dagsorden 1. "
        "Velkomst 2. Godkendelse af referat (udsendt) 3. Status for "
        "dataportalen 4. Nye datasæt til portalen (B) 5. Eventuelt og "
        "næste møde juni 2009 Velkomst. Formanden bød velkommen til den "
        "nye repræsentant fra KL. Godkendelse af referat. Referatet "
        "blev godkendt uden bemærkninger.\n"
        "2 Status for dataportalen. Sekretariatet fortalte, at portalen "
        "har haft dobbelt så mange besøg som sidste år. Den nye "
        "søgefunktion blev sat i drift den 2. februar 2009. Nye datasæt "
        "til portalen (B) Gruppen gennemgik listen over nye datasæt. "
        "Der var enighed om at prioritere trafikdata og vejrdata.\n"
        "3 Eventuelt og næste møde. Næste møde holdes i juni 2009 hos "
        "Dataforeningen. Sekretariatet sender forslag til datoer og en "
        "dagsorden senest to uger før mødet. Bo Friis spurgte til "
        "budgettet for næste år. Referent: Anne Bech\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Velkomst", "Godkendelse af referat", "Status for dataportalen",
        "Nye datasæt til portalen (B)", "Eventuelt og næste møde"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
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

/* A docplayer transcript's heading cut where the page line ends ("1.
 * Overførsel af uforbrugte bevillinger fra S Sagsfremstilling", gw- blind
 * round, Tønder): a title ends in no preposition, so the contents name it
 * whole, up to the next item's title there, whose number they dropped
 * ("… fra Tønder Kommunes regnskab Ansøgning til …"). A title that ends
 * in a noun keeps what its heading prints. */
static void test_contents_complete_cut_title(void **state)
{
    (void)state;
    static const char text[] =
        "Tønder Kommune Kommunalbestyrelsen. Referat. Mødedato: 25. april "
        "Rådhus. "
        "Starttidspunkt for møde: 19:00. Skatbøl, Jens Rejsby\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Tønder Kommune Kommunalbestyrelsen. Referat. Mødedato: 25. "
        "april 2013. Rådhus. Starttidspunkt for møde: 19:00. Skatbøl, Jens "
        "Rejsby\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Refer Refer Mødedo: 25. april 2013 Mødelokale: Byrådssalen, Tønder "
        "Rådhus Starttidspunkt for møde: 19:00 Fraværende: Inger Bredebro, "
        "Mette "
        "Skbøl, Jens Rejsby 25. april 2013\n"
        "\n"
        "2 Refer Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter "
        "1 Overførsel af uforbrugte bevillinger fra Tønder Kommunes regnskab "
        "Ansøgning til Turismepuljen - Marsklejren 6 3 Anlægsprojekter "
        "afsluttet "
        "over 2 mio. kr Frigivelse af anlægsmidler til nyt gulv i Hal 1, "
        "Toftlund "
        "Idrætscenter 9 5 Frigivelse af anlægsmidler til klimilpasning 10 6 "
        "Ekstraordinært tilskud i 2013 til Rømø Kunstforening 11 7 Den "
        "kommunale "
        "nurstregi april\n"
        "4 Refer 1. Overførsel af uforbrugte bevillinger fra S "
        "Sagsfremstilling "
        "Der er lavet en opgørelse over udvalgenes uforbrugte og merforbrugte "
        "driftsbevillinger. Opgørelsen har været drøftet i direktionen og i "
        "fagudvalgene. Reglerne for overførsel blev vedtaget i december 2011. "
        "Det indstilles, overførslerne godkendes som vist i bilaget. "
        "Beslutning "
        "Godkendt. Fraværende: Inger Bredebro, Mette Skbøl, Jens Rejsby april\n"
        "\n"
        "5 Refer 2. Ansøgning til Turismepuljen - Marsklejren B "
        "Sagsfremstilling "
        "Marsklejren søger om kr. til en ny sti og skilte ved lejren. "
        "Projektet "
        "skal give flere overnninger uden for sæsonen. Det indstilles, der "
        "gives "
        "et tilskud på kr. fra Turismepuljen. Beslutning Godkendt. Fraværende: "
        "Inger Bredebro, Mette Skbøl, Jens Rejsby april 3. Anlægsprojekter "
        "afsluttet "
        "over 2 mio. kr. O Sagsfremstilling Anlægsregnskaber over 2 mio. kr. "
        "skal godkendes af kommunalbestyrelsen. I 2012 blev tre projekter "
        "afsluttet.\n"
        "\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Overførsel af uforbrugte bevillinger fra Tønder Kommunes regnskab",
        "Ansøgning til Turismepuljen - Marsklejren",
        "Anlægsprojekter afsluttet over 2 mio. kr"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript that lost the contents' last entries' numbers and pages
 * runs their titles into the last numbered entry ("4 Høring om … kiler
 * Skolen - Nye vinduer - Anlægsregnskab Hallen. Nyt gulv -
 * Anlægsregnskab 9"), while the pages still print them ("… Beslutning
 * Byrådet 5 Skolen - Nye vinduer …"): the headings numbered on past the
 * last entry, their titles in the contents without a number, are items
 * of their own. */
static void test_numbered_on_past_contents_end(void **state)
{
    (void)state;
    static const char text[] =
        "1 BYRÅDET Dagsorden Åben Mødested Salen Mødedato Onsdag den 4. maj "
        "2011 Mødetidspunkt Kl Medlemmer Ib Lund (V), Kaja Smed (A)\n"
        "\n"
        "2 BYRÅDET Dagsorden Indholdsfortegnelse Punkt nr. Side 1 Meddelelser "
        "3 2 Plejehjemmet Engly - Nyt køkken 4 3 Takster for svømmehallen 5 4 "
        "Høring om statens plan for de grønne kiler Skolen ved Mosen - Nye "
        "vinduer - Anlægsregnskab Hallen i Vestby. Nyt gulv - Anlægsregnskab "
        "9\n"
        "\n"
        "3 BYRÅDET Dagsorden 1 Meddelelser Sag nr. Borgmesteren orienterer om "
        "mødet i Kommunekontaktrådet. Beslutning Byrådet\n"
        "\n"
        "4 BYRÅDET Dagsorden 2 Plejehjemmet Engly - Nyt køkken Sag nr. Resumé "
        "Køkkenet er slidt. Forslag Udvalget anbefaler en bevilling. "
        "Beslutning Byrådet\n"
        "\n"
        "5 BYRÅDET Dagsorden 3 Takster for svømmehallen Sag nr. Resumé "
        "Taksterne skal følge prisudviklingen. Forslag Udvalget anbefaler, "
        "at taksterne godkendes. Beslutning Byrådet\n"
        "\n"
        "6 BYRÅDET Dagsorden 4 Høring om statens plan for de grønne kiler "
        "Sag nr. Resumé Staten har sendt planen i høring. Forslag Udvalget "
        "anbefaler, at høringssvaret sendes. Beslutning Byrådet 5 Skolen ved "
        "Mosen - Nye vinduer - Anlægsregnskab Sag nr. Resumé Vinduerne er "
        "skiftet inden for bevillingen. Forslag Udvalget anbefaler, at "
        "regnskabet godkendes. Beslutning Byrådet\n"
        "\n"
        "7 BYRÅDET Dagsorden 6 Hallen i Vestby. Nyt gulv - Anlægsregnskab "
        "Sag nr. Resumé Gulvet er lagt. Forslag Udvalget anbefaler, at "
        "regnskabet godkendes. Beslutning Byrådet\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Meddelelser",
        "Plejehjemmet Engly - Nyt køkken",
        "Takster for svømmehallen",
        "Høring om statens plan for de grønne kiler",
        "Skolen ved Mosen - Nye vinduer - Anlægsregnskab",
        "Hallen i Vestby. Nyt gulv - Anlægsregnskab"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_columns),
        cmocka_unit_test(test_contents_closing_entry_after_last),
        cmocka_unit_test(test_flat_running_numbers),
        cmocka_unit_test(test_contents_wrapped_entry),
        cmocka_unit_test(test_contents_closed_tail_no_page),
        cmocka_unit_test(test_agenda_names_heading_over_list_point),
        cmocka_unit_test(test_contents_lost_numbers),
        cmocka_unit_test(test_flat_inline_agenda),
        cmocka_unit_test(test_flat_contents_group_heading),
        cmocka_unit_test(test_contents_complete_cut_title),
        cmocka_unit_test(test_numbered_on_past_contents_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
