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

/* A flattened contents line that lost an entry's number ("… 2.
 * Udbygning af cykelstier 2014 og plan for cykelstier Ny takst for
 * parkering 4. …", entry 3 run into entry 2): the year in entry 2's
 * title is no page number, so the page's heading keeps its title whole
 * ("… 2014 og plan for cykelstier 2015") (session 33, ei). */
static void test_contents_lost_entry_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 REFERAT VEJUDVALGET Tirsdag den 3. marts 2015 på rådhuset i "
        "Vestby -1-\n"
        "\n"
        "2 INDHOLDSFORTEGNELSE: 1. Godkendelse af dagsorden 2. Udbygning "
        "af cykelstier 2014 og plan for cykelstier Ny takst for parkering "
        "ved havnen 4. Vintertjenesten i de små byer -2-\n"
        "\n"
        "3 1. Godkendelse af dagsorden Dagsordenen blev godkendt. 2. "
        "Udbygning af cykelstier 2014 og plan for cykelstier 2015 "
        "Forvaltningen gennemgik planen. Udvalget godkendte planen med den "
        "ændring, at stien ved skolen kommer først. -3-\n"
        "\n"
        "4 3. Ny takst for parkering ved havnen Udvalget drøftede taksten. "
        "Sagen sendes videre til byrådet med udvalgets bemærkninger. -4-\n"
        "\n"
        "5 4. Vintertjenesten i de små byer Vejchefen orienterede om "
        "saltning af cykelstier. -5-\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Udbygning af cykelstier 2014 og plan for cykelstier 2015",
        "Ny takst for parkering ved havnen", "Vintertjenesten i de små byer"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript's contents that lost every open entry's number but kept
 * the closed part's (fn- round, Herlev: "… Roklub 16 Lukkede
 * dagsordenspunkter 187 Lukket punkt: Meddelelser 19"), over pages whose
 * headings print no number ("Ø Title Resumé …"): the last item takes the
 * contents' number, the ones before it counted back. */
static void test_contents_closed_entry_number_only(void **state)
{
    (void)state;
    static const char text[] =
        "Referat. Kommunalbestyrelsen Dato: 12. september 2018 Fra: 17:30 "
        "Sted: Kommunalbestyrelsens mødesal. Indkaldelse. Birte Lund Holm "
        "(A)\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Referat. Kommunalbestyrelsen Dato: 12. september 2018 "
        "Fra: 17:30 Sted: Kommunalbestyrelsens mødesal. Indkaldelse. "
        "Birte Lund Holm (A)\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Referat Kommunalbestyrelsen Dato: Fra: 17:30 Sted: "
        "Kommunalbestyrelsens mødesal Indkaldelse Birte Lund Holm (A) "
        "Jens Aagaard (A) Pia Kronborg (A) Morten Vilsbøll (C) Lene Hald "
        "(A) Ditte Marlund (Ø) Kasper Ryom (A) Anni Thorsen (A) Henning "
        "Bæk (C) Sanne Kjær (A) Ib Mortensen (O) Tove Grau (A) Rikke Dam "
        "(F) Poul Hjort (A) Gunnar Lind (V) Nanna Bro (A) Vibeke Skov "
        "(A)\n"
        "\n"
        "2 Karin Sommer (A) Omar Dahl (Ø) Side 2 af 21\n"
        "\n"
        "3 Indholdsfortegnelse Åbne dagsordenspunkter Behandling af "
        "Budgetforslag Godkendelse af regnskab for Boligselskabet Lindely "
        "Tillægsbevilling - nyt tag på Skovgårdens Fritidshus "
        "Samarbejdsaftale mellem Herlev Kommune og Herlev Roklub 16 "
        "Lukkede dagsordenspunkter 187 Lukket punkt: Meddelelser 19 Side "
        "1 af 21\n"
        "\n"
        "4 Ø Behandling af Budgetforslag 2019 Resumé Kommunalbestyrelsen "
        "skal førstebehandle budgetforslaget for 2019 med overslagsårene. "
        "Budgettet skal være endeligt vedtaget inden midten af oktober. "
        "Forvaltningen indstiller 1. At fristen for ændringsforslag "
        "fastsættes som foreslået. 2. At bidraget til regionen godkendes. "
        "3. At budgetforslaget oversendes til anden behandling. "
        "Sagsfremstilling Budgetforslaget bygger på det tekniske budget "
        "og de ændringer, som udvalgene har peget på i foråret. Der er "
        "balance i alle årene, men kassen er presset i overslagsårene. "
        "Side 2 af 21\n"
        "\n"
        "5 Økonomi Forslaget holder sig inden for servicerammen. "
        "Beslutning Økonomi- og Planlægningsudvalget den Anbefales. "
        "Beslutning Kommunalbestyrelsen den Oversendt til anden "
        "behandling. Side 3 af 21\n"
        "\n"
        "6 Ø Godkendelse af regnskab for Boligselskabet Lindely Resumé "
        "Boligselskabet har sendt sit regnskab til kommunens godkendelse "
        "som tilsynsmyndighed. Forvaltningen indstiller 1. At regnskabet "
        "godkendes. Sagsfremstilling Regnskabet viser et lille overskud, "
        "som overføres til næste år. Revisor har ingen bemærkninger. "
        "Beslutning Kommunalbestyrelsen den Godkendt. Side 4 af 21\n"
        "\n"
        "7 Ø Tillægsbevilling - nyt tag på Skovgårdens Fritidshus Resumé "
        "Taget på fritidshuset er utæt og skal skiftes før vinteren. "
        "Forvaltningen indstiller 1. At der gives en tillægsbevilling på "
        "1,2 mio. kr. 2. At beløbet finansieres af kassen. "
        "Sagsfremstilling Ved et eftersyn i sommer blev der fundet fugt i "
        "loftet over salen. Et nyt tag vil holde i mindst 30 år. "
        "Beslutning Kommunalbestyrelsen den Godkendt. Side 5 af 21\n"
        "\n"
        "8 Ø Samarbejdsaftale mellem Herlev Kommune og Herlev Roklub "
        "Resumé Roklubben ønsker en aftale om brug af bådehuset ved søen. "
        "Forvaltningen indstiller 1. At aftalen godkendes. "
        "Sagsfremstilling Aftalen løber i fire år og giver skolerne "
        "adgang til kajakker i dagtimerne. Beslutning Kommunalbestyrelsen "
        "den Godkendt. Side 16 af 21\n"
        "\n"
        "9 Ø Lukket punkt: Meddelelser Side 19 af 21\n"
        "\n";
    static const char *const labels[] = {"183", "184", "185", "186", "187"};
    static const char *const titles[] = {
        "Behandling af Budgetforslag 2019",
        "Godkendelse af regnskab for Boligselskabet Lindely",
        "Tillægsbevilling - nyt tag på Skovgårdens Fritidshus",
        "Samarbejdsaftale mellem Herlev Kommune og Herlev Roklub",
        "Lukket punkt: Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents that lost entry 3's number ("2. Title Title 4.
 * …") above pages whose headings carry no number ("Udvalget Sag nr
 * Title Sagsfremstilling …", Lyngby-Taarbæk's docplayer protokol): the
 * two titles run together part where a later page prints the second,
 * and the walk goes on at entry 4, so every page is found by its title.
 * The last entry ends before the footer "Side 2 af 14". */
static void test_contents_lost_entry_unnumbered_pages(void **state)
{
    (void)state;
    static const char text[] =
        "Social- og Sundhedsudvalget\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Social- og Sundhedsudvalget\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Social- og Sundhedsudvalget Protokol kl. 15:30 Udvalgsværelse 1 "
        "Medlemmer Birthe Korsholm Dorte la Cour Hans Brade Jensen Søren P."
        " Rask Mette Schou Olsen Finn Riis Rasmussen Carl Købke var fravære"
        "nde deltog deltog deltog deltog deltog deltog Carl Købke (O) var f"
        "raværende. Derudover deltog Direktør Søren Holm Centerchef Charlot"
        "te Bisgaard under punkt 1 og 2 Centerchef Lone Nygaard under punkt"
        " 3-6 Udvalgssekretær Louise Ahlers Side 1 af 14\n"
        "\n"
        "2 Indholdsfortegnelse 1. Lokaler til frivillighuset - fornyet beha"
        "ndling 2. Indstilling af medlemmer til Handicaprådet Introduktion "
        "til hjemmeplejens nye organisering 4. Status på demensstrategien 5"
        ". Udbud af madservice 6. Meddelelser til udvalgets medlemmer - mar"
        "ts 2014 Side 2 af 14\n"
        "\n"
        "3 Social- og Sundhedsudvalget Sag nr Lokaler til frivillighuset - "
        "fornyet behandling Sagsfremstilling I budgetaftalen for 2014 er de"
        "r afsat midler til at forbedre rammerne for frivillighuset i var f"
        "raværende. Side 3 af 14\n"
        "\n"
        "4 Social- og Sundhedsudvalget Sag nr Indstilling af medlemmer til "
        "Handicaprådet Sagsfremstilling To af de medlemmer, som kommunalbes"
        "tyrelsen har udpeget til Handicaprådet, er udtrådt. Forvaltningen "
        "var fraværende. Side 4 af 14\n"
        "\n"
        "5 Social- og Sundhedsudvalget Sag nr Introduktion til hjemmeplejen"
        "s nye organisering Sagsfremstilling Hjemmeplejen er fra 1. januar "
        "organiseret i fire distrikter med hver sin leder. Centerchefen var"
        " fraværende. Side 5 af 14\n"
        "\n"
        "6 Social- og Sundhedsudvalget Sag nr Status på demensstrategien Sa"
        "gsfremstilling Strategien blev vedtaget i 2012. Af de 12 indsatser"
        " er otte gennemført, og tre er i gang. Den sidste, et nyt dagtilbu"
        "d var fraværende. Side 6 af 14\n"
        "\n"
        "7 Social- og Sundhedsudvalget Sag nr Udbud af madservice Sagsfrems"
        "tilling Kontrakten med den nuværende leverandør af madservice udlø"
        "ber ved udgangen af året. Forvaltningen foreslår, at udbuddet var "
        "fraværende. Side 7 af 14\n"
        "\n"
        "8 Social- og Sundhedsudvalget Sag nr Meddelelser til udvalgets med"
        "lemmer - marts 2014 Sagsfremstilling Orientering om tilsynsbesøg p"
        "å plejecentret Baunehøj og om ventelisten til plejeboliger. Social"
        "- var fraværende. Side 8 af 14\n"
        "\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Lokaler til frivillighuset - fornyet behandling",
        "Indstilling af medlemmer til Handicaprådet",
        "Introduktion til hjemmeplejens nye organisering",
        "Status på demensstrategien",
        "Udbud af madservice",
        "Meddelelser til udvalgets medlemmer - marts 2014"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents printing no page numbers (Word's leaders after
 * each number: "2... Title 3... Title, Vognmandsvej 4 4... Title"): a
 * number ending one title is the title's (a street number), not its
 * page, so the heading "3. Påbud om …, Vognmandsvej 4 Sagsnr.: …"
 * keeps it. */
static void test_contents_no_pages_title_number(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 Vejudvalget tirsdag den 5. april 2011, kl. 13:00 i Rådhuset Lo"
        "kale 2 Åbent møde Tilstede Anna Berg (A) - formand Bo Holm (F) C"
        "arl Dam (V) Afbud/Fraværende Sekretær Ole Vang INDHOLDSFORTEGNEL"
        "SE Åbent møde 1... Meddelelser 2... Vintertjeneste 2010/ opgørel"
        "se af forbrug 3... Påbud om støjdæmpning, Vognmandsvej 4 4... Sa"
        "lg af areal ved havnen\n"
        "\n"
        "2 1. Meddelelser Sagsnr.: Dok.nr.: a) Vejavisen udsendes i uge 1"
        "6 til alle husstande i kommunen. b) Tagrenovering af rådhuset er"
        " gået i gang. 2. Vintertjeneste 2010/ opgørelse af forbrug Sagsn"
        "r.: Dok.nr.: Resumé Den lange vinter har medført et merforbrug p"
        "å vintertjenesten. Indstilling Forvaltningen foreslår, at orient"
        "eringen tages til efterretning. Beslutning Taget til efterretnin"
        "g.\n"
        "\n"
        "3 3. Påbud om støjdæmpning, Vognmandsvej 4 Sagsnr.: Dok.nr.: Res"
        "umé Naboer har klaget over støj fra en virksomhed om natten. Mål"
        "inger viser, at grænseværdierne er overskredet. Indstilling Forv"
        "altningen foreslår, at orienteringen tages til efterretning. Bes"
        "lutning Taget til efterretning. 4. Salg af areal ved havnen Sags"
        "nr.: Dok.nr.: Resumé Et firma ønsker at købe arealet. Indstillin"
        "g Forvaltningen foreslår, at arealet sælges. Beslutning Anbefale"
        "s.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Meddelelser", "Vintertjeneste 2010/ opgørelse af forbrug",
        "Påbud om støjdæmpning, Vognmandsvej 4", "Salg af areal ved havnen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened transcript whose contents name the titles and whose
 * pages label each heading "Punkt N:" (also "Pkt. N", "Sag nr. N",
 * "Åbent punkt N:"): the contents' title found on a page is cut off
 * together with its label, never between them, or the first item keeps
 * the bare label and no title. */
static void test_contents_title_after_label_word(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n1 Mødedato: 6. maj 2015 Mødelokale: Mødeloka"
        "le 2, Rådhuset Starttidspunkt for møde: 16:00 Fraværende: "
        "6. maj 2015\n\n2 Indholdsfortegnelse Pkt. Tekst Side Åbne "
        "dagsordenspunkter 1 Godkendelse af dagsorden 3 2 Vedligeho"
        "ldelse af broer Trafiksikkerhed ved Skolevej 5\n\n3 Punkt "
        "1: Godkendelse af dagsorden G Sagsfremstilling Dagsordenen"
        " forelægges til godkendelse. Det indstilles, at dagsordene"
        "n godkendes. Beslutning Godkendt. 6. maj 2015\n\n4 Punkt 2"
        ": Vedligeholdelse af broer 2015 S Sagsfremstilling Der er "
        "i budgettet afsat midler til vedligeholdelse af broer. Tre"
        " broer over åen skal males i år, og en af dem skal have ny"
        "t rækværk. Forvaltningen har lavet en plan, som er vedlagt"
        ". Det indstilles, 1. at arbejdet udbydes, 2. at prisen mel"
        "des tilbage. Beslutning 1. Godkendt. 2. Godkendt. 6. maj 2"
        "015\n\n5 Punkt 3: Trafiksikkerhed ved Skolevej S Sagsfrems"
        "tilling Forældrene ved skolen har skrevet til udvalget og "
        "ønsker et fodgængerfelt ved skolens indgang, hvor mange bø"
        "rn krydser vejen om morgenen. Det indstilles, at sagen sen"
        "des til politiet. Beslutning Sendt videre. 6. maj 2015\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Vedligeholdelse af broer 2015",
                                         "Trafiksikkerhed ved Skolevej"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened transcript whose headings print the sending committee's
 * code after a dashed label ("Pkt. 2 - ØU Title", round el), the
 * contents listing the titles without it, and each decision quoting the
 * committee's ("…, pkt. 3: Anbefales."): the label heads the item, the
 * quoted "pkt. 3:" heads none, the title ends where the contents' entry
 * does and the code is no part of it. */
static void test_contents_dashed_label_committee_code(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Møde i Byrådet mandag den 2. marts 2009 i Byrådssalen REFERAT "
        "INDHOLDSFORTEGNELSE Salg af grund ved Åvej Takster for "
        "hjemmeplejen 2010 Tilskud til Nordby Idrætsforening\n\n"
        "2 ØKONOMIUDVALGET Pkt. 1 - ØU Salg af grund ved Åvej Hovedstaden "
        "Ejendomme har budt 2 mio. kr. for grunden. Økonomiudvalget den "
        "16. februar 2009, pkt. 4: Anbefales. Byrådets møde 2. marts 2009 "
        "Punkt 1: Godkendt. SOCIALUDVALGET Pkt. 2 - SU Takster for "
        "hjemmeplejen 2010 Taksterne reguleres med pris- og lønudviklingen. "
        "Socialudvalget den 17. februar 2009, pkt. 2: Anbefales. Byrådets "
        "møde 2. marts 2009 Punkt 2: Godkendt.\n\n"
        "3 KULTURUDVALGET Pkt. 3 - KU Tilskud til Nordby Idrætsforening "
        "Foreningen søger 40.000 kr. til nye mål. Kulturudvalget den 18. "
        "februar 2009, pkt. 1: Anbefales. Byrådets møde 2. marts 2009 "
        "Punkt 3: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Salg af grund ved Åvej",
                                         "Takster for hjemmeplejen 2010",
                                         "Tilskud til Nordby Idrætsforening"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A committee's protocol flattened by a document site: the closed
 * item printed only as the contents' first entry (its protocol kept
 * apart), each open item on a page of its own under the running header
 * ("4 Borgerudvalget Sag nr"), and the last entry's number run into the
 * entry before ("4. Ny legeplads ved Søparken 2014/ Renovering af …"). */
static const char protocol_text[] =
    "Transkript\n"
    "\n"
    "1 Borgerudvalget Protokol kl. 17:00 Mødelokale 2 Medlemmer Ida Kvist "
    "Bo Hald Signe Ravn Per Lykke Side 1 af 12\n"
    "\n"
    "2 Indholdsfortegnelse 1. LUKKET PROTOKOL Salg af grund ved "
    "Møllevej 2. Tilskud til borgerforeningerne 3. Ny trafikplan for "
    "bymidten 4. Ny legeplads ved Søparken 2014/ Renovering af "
    "svømmehallens omklædning Side 2 af 12\n"
    "\n"
    "3 Borgerudvalget Sag nr Tilskud til borgerforeningerne "
    "Sagsfremstilling Foreningerne har søgt om tilskud til deres "
    "sommerfester. Indstilling Forvaltningen foreslår, at tilskuddet "
    "gives. Beslutning Borgerudvalget Godkendt. Side 3 af 12\n"
    "\n"
    "4 Borgerudvalget Sag nr Ny trafikplan for bymidten Sagsfremstilling "
    "Planen samler de forslag, som borgerne kom med på mødet i foråret. "
    "Indstilling Forvaltningen foreslår, at planen sendes i høring. "
    "Beslutning Borgerudvalget Anbefalet. Side 4 af 12\n"
    "\n"
    "5 Borgerudvalget Sag nr Ny legeplads ved Søparken 2014/2015 "
    "Sagsfremstilling Legepladsen er bygget færdig, og regnskabet viser "
    "et mindre forbrug. Indstilling Forvaltningen foreslår, at "
    "regnskabet godkendes. Beslutning Borgerudvalget Godkendt. Side 5 af "
    "12\n"
    "\n"
    "6 Borgerudvalget Sag nr Renovering af svømmehallens omklædning "
    "Sagsfremstilling Omklædningsrummene trænger til nye fliser og nyt "
    "ventilationsanlæg. Indstilling Forvaltningen foreslår, at der gives "
    "en anlægsbevilling. Beslutning Borgerudvalget Anbefalet. Side 6 af "
    "12\n";

/* The closed item no page holds is an item at its contents' entry. */
static void test_contents_closed_entry_without_page(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(protocol_text, &m);
    assert_true(m.nitems >= 4);
    assert_string_equal(m.items[0].label, "1");
    assert_string_equal(m.items[0].title,
                        "LUKKET PROTOKOL Salg af grund ved Møllevej");
    assert_string_equal(m.items[1].title, "Tilskud til borgerforeningerne");
    mnt_meeting_fini(&m);
}

/* The page after the last entry's item, its title the contents' last
 * entry's that lost its number, is an item of its own. */
static void test_contents_last_entry_page_after_chain(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(protocol_text, &m);
    assert_true(m.nitems >= 2);
    assert_string_equal(m.items[m.nitems - 1].title,
                        "Renovering af svømmehallens omklædning");
    mnt_meeting_fini(&m);
}

/* The season's years the contents lost ("… Søparken 2014/") stay the
 * page heading's title ("… Søparken 2014/2015 Sagsfremstilling"). */
static void test_contents_title_runs_on_year_span(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(protocol_text, &m);
    int found = 0;
    for (size_t k = 0; k < m.nitems; k++)
        found |= m.items[k].title != NULL &&
                 strcmp(m.items[k].title,
                        "Ny legeplads ved Søparken 2014/2015") == 0;
    assert_true(found);
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
        cmocka_unit_test(test_contents_lost_entry_number),
        cmocka_unit_test(test_contents_lost_entry_unnumbered_pages),
        cmocka_unit_test(test_contents_no_pages_title_number),
        cmocka_unit_test(test_contents_title_after_label_word),
        cmocka_unit_test(test_contents_dashed_label_committee_code),
        cmocka_unit_test(test_contents_closed_entry_number_only),
        cmocka_unit_test(test_contents_closed_entry_without_page),
        cmocka_unit_test(test_contents_last_entry_page_after_chain),
        cmocka_unit_test(test_contents_title_runs_on_year_span),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
