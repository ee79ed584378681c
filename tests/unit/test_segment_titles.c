/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_titles.c - what an item's title is and what only stands
 * next to it (issue 11, session 22): the meeting's answer printed after
 * the title's colon on the heading line ("2. Regnskab: godkendt.",
 * "1. Afbud: names", "6. Næste møde: date") while titles with colons of
 * their own stay whole; the minute after a title's comma or full stop
 * ("1. Valg af referent, Jørgen referent", "6. Høringssvar. Der var
 * ingen …"); the agenda's title running on into a section; specks OCR
 * read into a title; a PDF's status column ("1 Åbent Title") before
 * every title. Each case is a few
 * lines in our own words. */
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

/* A small board's minutes answer each point on its own line: a decision
 * or a nil answer, a presence field's names, the next meeting's date
 * after the colon are the item's text; "Lokalplan 7: Boliger …" and
 * "Orientering: nyt fra …" are titles with a colon of their own. */
static void test_title_colon_answer(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af bestyrelsesmøde i Engby Beboerforening 3. marts 2011\n\n"
        "1. Afbud: Lene Holm og Per Mose\n\n"
        "2. Godkendelse af sidste referat: godkendt.\n\n"
        "3. Lokalplan 7: Boliger ved Engvej\n\n"
        "Foreningen sender et høringssvar om stien langs engen.\n\n"
        "4. Orientering: nyt fra kassereren\n\n"
        "Der er 12.400 kr. på kontoen.\n\n"
        "5. Eventuelt: intet\n\n"
        "6. Næste møde: 4. maj 2011 kl. 19.00 hos Lene\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {"Afbud",
                                         "Godkendelse af sidste referat",
                                         "Lokalplan 7: Boliger ved Engvej",
                                         "Orientering: nyt fra kassereren",
                                         "Eventuelt",
                                         "Næste møde"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    /* the answer is the item's text */
    assert_non_null(m.items[1].body);
    assert_non_null(strstr(m.items[1].body, "godkendt"));
    assert_non_null(strstr(m.items[5].body, "4. maj 2011"));
    mnt_meeting_fini(&m);
}

/* A råd's minutes written into the agenda's own lines: after the
 * title's comma or full stop the minute - a decision, a main clause, a
 * name and the role it got, a nil answer - is the item's text; a list
 * after a comma, a relative clause and a subtitle after a full stop
 * stay in the title. */
static void test_title_comma_minute(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i Engby Ældreråd 9. juni 2020\n\n"
        "1. Valg af dirigent, Bente dirigent i dag\n\n"
        "2. Godkendelse af dagsorden, godkendt\n\n"
        "3. Referat fra sidste møde, referatet blev sendt ud i maj\n\n"
        "4. Meddelelser fra formand, kasserer og sekretær\n\n"
        "Formanden har talt med borgmesteren om bænkene.\n\n"
        "5. Lokalplan 3, der skal give plads til boliger\n\n"
        "Rådet støtter planen.\n\n"
        "6. Skolegade 4. Lokalplan til endelig vedtagelse\n\n"
        "Ingen bemærkninger.\n\n"
        "7. Høringer. Der var ingen i denne måned.\n\n"
        "8. Eventuelt. Intet\n";
    static const char *const labels[] = {"1", "2", "3", "4",
                                         "5", "6", "7", "8"};
    static const char *const titles[] = {
        "Valg af dirigent",
        "Godkendelse af dagsorden",
        "Referat fra sidste møde",
        "Meddelelser fra formand, kasserer og sekretær",
        "Lokalplan 3, der skal give plads til boliger",
        "Skolegade 4. Lokalplan til endelig vedtagelse",
        "Høringer",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 8, labels, titles);
    assert_non_null(strstr(m.items[0].body, "Bente dirigent"));
    mnt_meeting_fini(&m);
}

/* The agenda list names a title that runs on into the item's section
 * on the same line ("Lukket punkt: Salg af … Beslutning Godkendt."):
 * the title ends where the agenda's does. */
static void test_agenda_title_then_section(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Teknisk Udvalg 4. april 2011\n\n"
        "Pkt. Tekst\n"
        "12 Vintertjeneste på de små veje\n"
        "13 Lukket punkt: Salg af gammel fejemaskine\n\n"
        "Vintertjeneste på de små veje\n\n"
        "Sagsfremstilling\n\nVejene saltes før morgentrafikken.\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Lukket punkt: Salg af gammel fejemaskine Beslutning Godkendt.\n";
    static const char *const labels[] = {"12", "13"};
    static const char *const titles[] = {
        "Vintertjeneste på de små veje",
        "Lukket punkt: Salg af gammel fejemaskine"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A scanned page's headings read by OCR: a speck made a full stop
 * between two words ("kommunal. grund") or a lone glyph after a title
 * ("Valg af … ~"); neither is the title's. An abbreviation's full stop
 * ("vedr. stier", "ekskl. moms") stays, and the same text not read by
 * OCR keeps its dot. */
static void test_ocr_specks_in_titles(void **state)
{
    (void)state;
    static const char *const text[] = {
        "Referat Plan- og Miljøudvalget 4. april 2024",
        "1. Salg af kommunal. grund ved havnen",
        "Udvalget anbefaler salget.",
        "2. Valg af formand for udvalget ~",
        "Anne Bak blev valgt.",
        "3. Orientering vedr. stier ved søen",
        "Taget til efterretning.",
        "4. Budget til hallen ekskl. moms",
        "Godkendt."};
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Salg af kommunal grund ved havnen", "Valg af formand for udvalget",
        "Orientering vedr. stier ved søen", "Budget til hallen ekskl. moms"};
    for (int ocr = 1; ocr >= 0; ocr--) {
        struct ext_doc x;
        ext_doc_init(&x);
        x.body_size = 11;
        for (size_t i = 0; i < sizeof text / sizeof *text; i++) {
            struct ext_block *k = blk_add(&x, EXT_PARA, text[i]);
            k->conf = ocr ? 78 : -1;
            k->page = 1;
        }
        struct mnt_meeting m;
        parse_doc(&x, &m);
        if (ocr) {
            expect_items(&m, 4, labels, titles);
        } else {
            assert_int_equal(m.nitems, 4);
            expect_title(&m.items[0], "Salg af kommunal. grund ved havnen");
        }
        mnt_meeting_fini(&m);
    }
}

/* A PDF made into a web page keeps the status column of each heading
 * ("1  Åbent      Lokalplan …", "5  Lukket  Køb af ejendom") with its
 * gap collapsed to one space: when every title opens with a status
 * word before a capital, the word is the column's, not the title's. A
 * single "Åben Skole …" among plain titles stays whole, and so does
 * "Lukket punkt: Salg …" (a closed item's whole title). */
static void test_title_status_column(void **state)
{
    (void)state;
    static const char text[] =
        "Dagsorden til møde i Økonomiudvalget\n\n"
        "Mødedato 9. september 2013\n\n"
        "1 Åbent Lokalplan 12 for Havnevej 3. Endelig vedtagelse\n"
        "021744-2013\n"
        "Resumé\n"
        "Forslaget har været i høring, og der kom to svar.\n\n"
        "2 Åbent Takster for leje af haller 2014\n"
        "020115-2013\n"
        "Resumé\n"
        "Taksterne stiger med 1,6 pct.\n\n"
        "3 Lukket Køb af ejendom\n"
        "019001-2013\n"
        "Resumé\n"
        "Kommunen kan købe ejendommen af dødsboet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Lokalplan 12 for Havnevej 3. Endelig vedtagelse",
        "Takster for leje af haller 2014", "Køb af ejendom"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    /* the column says item 3 is closed: indexed by its title only */
    assert_false(m.items[0].closed);
    assert_true(m.items[2].closed);
    assert_string_equal(m.items[2].body, "");
    mnt_meeting_fini(&m);

    static const char plain[] =
        "Referat af møde i Skoleudvalget\n\n"
        "Dato: 3. marts 2014\n\n"
        "1. Åben Skole i 2014\n"
        "Skolerne har lavet aftaler med tolv foreninger.\n\n"
        "2. Budget for skolernes it\n"
        "Udvalget godkendte budgettet.\n\n"
        "3. Lukket punkt: Salg af skolens grund\n"
        "Godkendt.\n";
    static const char *const plabels[] = {"1", "2", "3"};
    static const char *const ptitles[] = {
        "Åben Skole i 2014", "Budget for skolernes it",
        "Lukket punkt: Salg af skolens grund"};
    parse_text(plain, &m);
    expect_items(&m, 3, plabels, ptitles);
    mnt_meeting_fini(&m);
}

/* A page that prints no titles, only case numbers with the item's
 * sections right under them: a sentence under one case number is that
 * item's text, never a title made of it (title null, a warning); a
 * titled page keeps its titles. */
static void test_untitled_cases_no_sentence_title(void **state)
{
    (void)state;
    static const char untitled[] =
        "Byrådet\nReferat fra mødet den 4. maj 2022\n\n"
        "Sagsnr.: 00.01.00-A00-1-22\nResume\nRegnskabet for 2021 er klar.\n"
        "Beslutning på byrådsmødet den 4. maj 2022\nGodkendt.\n\n"
        "Sagsnr.: 01.02.05-P16-2-22\nResume\nLokalplanen har været i høring.\n"
        "Beslutning på byrådsmødet den 4. maj 2022\nGodkendt.\n\n"
        "Sagsnr.: 82.06.00-G01-3-22\n"
        "Sagen handler om salg af en grund, og den behandles for lukkede "
        "døre.\n"
        "Beslutning på byrådsmødet den 4. maj 2022\nGodkendt.\n";
    static const char titled[] =
        "Byrådet\nReferat fra mødet den 4. maj 2022\n\n"
        "Sagsnr.: 00.01.00-A00-1-22\nRegnskab 2021\nResume\n"
        "Regnskabet for 2021 er klar.\nBeslutning\nGodkendt.\n\n"
        "Sagsnr.: 01.02.05-P16-2-22\nLokalplan for Skovbakken\nResume\n"
        "Lokalplanen har været i høring.\nBeslutning\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const none[] = {NULL, NULL, NULL};
    static const char *const titles[] = {"Regnskab 2021",
                                         "Lokalplan for Skovbakken"};
    struct mnt_meeting m;
    parse_text(untitled, &m);
    expect_items(&m, 3, labels, none);
    assert_non_null(strstr(m.items[2].body, "salg af en grund"));
    assert_true(has_warning(&m, "item 3 has no title"));
    mnt_meeting_fini(&m);
    parse_text(titled, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A programme's time slot with only how the item is handled
 * ("19.15-19.45 - Drøftelse", or the slot alone) says nothing of what
 * the item is about: untitled (null, a warning), never titled by its
 * kind. A slot before a subject keeps the subject; a lone "Orientering"
 * without a slot is a title. */
static void test_slot_and_kind_untitled(void **state)
{
    (void)state;
    static const char text[] =
        "Skolebestyrelsen\nReferat fra mødet den 27. marts 2019\n\n"
        "1. 19.15-19.45 - Drøftelse\n\nForældremødet blev planlagt.\n\n"
        "2. 19.45-20.00 Orientering/ drøftelse\n\nIdrætsdagen nærmer sig.\n\n"
        "3. 20.00-20.15 Budget for skolefritidsordningen\n\n"
        "Budgettet blev gennemgået.\n\n"
        "4. 20.15-20.30\n\nForm på referatet.\n\n"
        "5. Orientering\n\nFormanden fortalte om skolens byggeri.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        NULL, NULL, "Budget for skolefritidsordningen", NULL, "Orientering"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    assert_true(has_warning(&m, "item 1 has no title"));
    assert_true(has_warning(&m, "item 4 has no title"));
    mnt_meeting_fini(&m);
}

/* A web page whose list numbering doubles the printed number
 * (" 1.  1. Godkendelse af dagsordenen"): when every item's title opens
 * with its own number, that is the list's copy, not the title's words.
 * One item "2. 2. behandling af budget" among plain ones keeps it. */
static void test_title_doubled_list_number(void **state)
{
    (void)state;
    static const char doubled[] =
        "Referat\n\n"
        " 1.  1. Godkendelse af dagsordenen\n\n  Sagsfremstilling\n\n"
        "  At godkende dagsordenen.\n\n"
        "  Beslutning i Kommunalbestyrelsen den 17-01-2018\n\n"
        "  Godkendt.\n\n"
        " 2.  2. Takster for svømmehallen\n\n  Sagsfremstilling\n\n"
        "  Taksterne stiger med 5 procent.\n\n"
        "  Beslutning i Kommunalbestyrelsen den 17-01-2018\n\n"
        "  Godkendt.\n\n"
        " 3.  3. Udpegning af medlem til skolebestyrelse\n\n"
        "  Sagsfremstilling\n\n  Et medlem er flyttet.\n\n"
        "  Beslutning i Kommunalbestyrelsen den 17-01-2018\n\n"
        "  Valgt.\n";
    static const char once[] =
        "Referat\n\n"
        "1. Godkendelse af dagsordenen\n\nSagsfremstilling\n\n"
        "Dagsordenen godkendes.\n\nBeslutning\n\nGodkendt.\n\n"
        "2. 2. behandling af budget 2018\n\nSagsfremstilling\n\n"
        "Budgettet vedtages.\n\nBeslutning\n\nGodkendt.\n\n"
        "3. Takster for svømmehallen\n\nSagsfremstilling\n\n"
        "Taksterne stiger.\n\nBeslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsordenen", "Takster for svømmehallen",
        "Udpegning af medlem til skolebestyrelse"};
    static const char *const kept[] = {"Godkendelse af dagsordenen",
                                       "2. behandling af budget 2018",
                                       "Takster for svømmehallen"};
    struct mnt_meeting m;
    parse_text(doubled, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
    parse_text(once, &m);
    expect_items(&m, 3, labels, kept);
    mnt_meeting_fini(&m);
}

/* A status set apart at the end of each heading (a table's status cell,
 * a right tab stop: "3. Køb af ejendom<TAB>Lukket"): cut off the title,
 * and the item it calls closed is closed - indexed by its title only. */
static void test_status_cell_closes_item(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i Økonomiudvalget\n\nMødedato 9. september 2013\n\n"
        "1. Lokalplan for Havnevej\tÅben\n\n"
        "Forslaget har været i høring.\n\n"
        "2. Takster for haller 2014\tÅben\n\nTaksterne stiger.\n\n"
        "3. Køb af ejendom\tLukket\n\n"
        "Kommunen kan købe ejendommen af dødsboet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Lokalplan for Havnevej", "Takster for haller 2014", "Køb af ejendom"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_false(m.items[1].closed);
    assert_true(m.items[2].closed);
    assert_string_equal(m.items[2].body, "");
    mnt_meeting_fini(&m);
}

/* Blind round bn (Horsens): each heading prints the code of the
 * committee sending the case before its title ("1. ØK Låneoptagelse
 * …"): cut off when every title opens with one. Titles in capitals
 * ("NYE KLASSELOKALER …") and one "EU Tilskud …" among plain titles keep
 * their words. */
static void test_title_committee_code(void **state)
{
    (void)state;
    static const char coded[] =
        "Byrådet - Referat\n\nDato: 29. marts 2016\n\n"
        "1. ØK Låneoptagelse for 2016\n\nSagsnummer\n00.34.00-S00-2-14\n"
        "Resume\n\nKommunen kan låne 30 mio. kr.\n\n"
        "2. BS Ny struktur for ungdomsskolen\n\nSagsnummer\n"
        "17.03.00-A00-1-15\nResume\n\nUndervisningen samles.\n\n"
        "3. TMU Lokalplan 305 for boliger\n\nSagsnummer\n"
        "01.02.05-P16-4-15\nResume\n\nForslaget har været i høring.\n";
    static const char plain[] =
        "Referat\n\n"
        "1. NYE KLASSELOKALER VED SØBY SKOLE\n\nSagsfremstilling\n\n"
        "Der bygges to lokaler.\n\nBeslutning\n\nGodkendt.\n\n"
        "2. EU Tilskud til cykelstier\n\nSagsfremstilling\n\n"
        "Der søges om tilskud.\n\nBeslutning\n\nGodkendt.\n\n"
        "3. Takster for svømmehallen\n\nSagsfremstilling\n\n"
        "Taksterne stiger.\n\nBeslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Låneoptagelse for 2016",
                                         "Ny struktur for ungdomsskolen",
                                         "Lokalplan 305 for boliger"};
    static const char *const kept[] = {"NYE KLASSELOKALER VED SØBY SKOLE",
                                       "EU Tilskud til cykelstier",
                                       "Takster for svømmehallen"};
    struct mnt_meeting m;
    parse_text(coded, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
    parse_text(plain, &m);
    expect_items(&m, 3, labels, kept);
    mnt_meeting_fini(&m);
}

/* A First Agenda PDF read as paragraphs: a long title wraps its case's
 * kind into a paragraph of its own ("… Fingerplan 2017" / "(Beslutning)");
 * the kind stays the title's last words, as the other titles print it. */
static void test_title_kind_wrapped_alone(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\n\nReferat\n\n5. oktober 2017 kl. 17:00\n\n"
        "1 Principper for skoleindskrivning 2018-2019 (Beslutning)\n\n"
        "Sagsfremstilling\n\nPrincipperne er de samme som sidste år.\n\n"
        "Kommunalbestyrelsen, den 5. oktober 2017, pkt. 1\n\nGodkendt.\n\n"
        "2 Fælles høringssvar fra kommunerne langs letbanen til revision af "
        "Fingerplan 2017\n\n(Beslutning)\n\nSagsfremstilling\n\n"
        "Kommunerne har skrevet et fælles svar.\n\n"
        "Kommunalbestyrelsen, den 5. oktober 2017, pkt. 2\n\nGodkendt.\n\n"
        "3 Meddelelser fra borgmesteren (Orientering)\n\nSagsfremstilling\n\n"
        "Borgmesteren orienterer.\n\n"
        "Kommunalbestyrelsen, den 5. oktober 2017, pkt. 3\n\nTaget til "
        "efterretning.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Principper for skoleindskrivning 2018-2019 (Beslutning)",
        "Fælles høringssvar fra kommunerne langs letbanen til revision af "
        "Fingerplan 2017 (Beslutning)",
        "Meddelelser fra borgmesteren (Orientering)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A PDF made into a web page (pdf2html) prints a blank line between
 * all its lines, so a wrapped heading's second line stands one blank
 * line below the first: joined after a conjunction ("… Kommunal- og" /
 * "Regionalvalg 2013 - BY") or as a short tail right before the case
 * field ("… for Økonomiudvalget" / "2012 - ØU" / "Sagsnr: …"); a
 * complete heading over its case field keeps its one line. */
static void test_title_wrapped_over_blank(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet \n\n"
        "Referat \n\n"
        "Dato: \n\n"
        "Tirsdag den 18. juni 2013 \n\n"
        "1.  Valg af valgstyrere og tilforordnede vælgere til Kommunal- og \n\n"
        "Regionalvalg 2013 - BY \n\n"
        "Sagsnr: 13/6615 \n\n"
        "Sagsfremstilling \n\n"
        "Partierne har sendt navne på valgstyrere til de 11 valgsteder. \n\n"
        "Beslutning Byrådet den 18-06-2013 \n\n"
        "Godkendt. \n\n"
        "2.  I - Regnskab for afsluttede anlæg over 2 mio. kr. for "
        "Økonomiudvalget \n\n"
        "2012 - ØU \n\n"
        "Sagsnr: 13/2094 \n\n"
        "Sagsfremstilling \n\n"
        "Regnskabet skal godkendes særskilt. \n\n"
        "Beslutning Byrådet den 18-06-2013 \n\n"
        "Godkendt. \n\n"
        "3.  I - 2. budgetopfølgning 2013 - ØU \n\n"
        "Sagsnr: 13/3320 \n\n"
        "Sagsfremstilling \n\n"
        "Opfølgningen viser et merforbrug. \n\n"
        "Beslutning Byrådet den 18-06-2013 \n\n"
        "Godkendt. \n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Valg af valgstyrere og tilforordnede vælgere til Kommunal- og "
        "Regionalvalg 2013 - BY",
        "I - Regnskab for afsluttede anlæg over 2 mio. kr. for "
        "Økonomiudvalget 2012 - ØU",
        "I - 2. budgetopfølgning 2013 - ØU"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A mirror of a council's page prints each heading twice, one blank
 * line apart, over its case field one blank line further: a short
 * heading ("496. Meddelelser (O)") is not wrapped into its repeat. */
static void test_title_repeat_over_blank(void **state)
{
    (void)state;
    static const char text[] =
        "Børne- og Ungeudvalget (2018-2021) – Referat – 1. februar 2021\n\n\n\n"
        "495. Status på indsatsen for unge (O)\n\n"
        "495. Status på indsatsen for unge (O)\n\n"
        "Sagsnr.: 330-2019-50013               Dok.nr.: 330-2021-20457\n"
        "Beslutning i Børne- og Ungeudvalget den 1. februar 2021:\n"
        "Taget til efterretning.\n\n"
        "496. Meddelelser (O)\n\n"
        "496. Meddelelser (O)\n\n"
        "Sagsnr.: 330-2017-89640               Dok.nr.: 330-2020-494690\n"
        "Beslutning i Børne- og Ungeudvalget den 1. februar 2021:\n"
        "Formanden orienterede om et dialogmøde.\n";
    static const char *const labels[] = {"495", "496"};
    static const char *const titles[] = {"Status på indsatsen for unge (O)",
                                         "Meddelelser (O)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* An ePaper site's text of a PDF prints each PDF line with a shown
 * "<br />" and a blank line after it, so a heading wrapped before its
 * last word stands one blank line above it: a short lower-case tail
 * right before the case field is the heading's end ("… i kommunens
 * egne" / "tilbud" / "Sagsnr.: …"); no heading starts in lower case. */
static void test_title_lower_tail_over_blank(void **state)
{
    (void)state;
    static const char text[] =
        "Teknisk Udvalg<br />\n\n"
        "Referat<br />\n\n"
        "Mødedato: Onsdag den 5. december 2012<br />\n\n"
        "1. Ny ordning for vintertjeneste på stier og fortove i de<br />\n\n"
        "mindre byer<br />\n\n"
        "Sagsnr.: 12/5501 Sagsbehandler: Ole Bak<br />\n\n"
        "Resume<br />\n\n"
        "Ordningen foreslås udvidet til alle byer.<br />\n\n"
        "Beslutning i Teknisk Udvalg den 05-12-2012<br />\n\n"
        "Godkendt.<br />\n\n"
        "2. Vejbelysning på Ringvejen<br />\n\n"
        "Sagsnr.: 12/5502 Sagsbehandler: Ole Bak<br />\n\n"
        "Resume<br />\n\n"
        "Lamperne skiftes til LED.<br />\n\n"
        "Beslutning i Teknisk Udvalg den 05-12-2012<br />\n\n"
        "Godkendt.<br />\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {
        "Ny ordning for vintertjeneste på stier og fortove i de mindre byer",
        "Vejbelysning på Ringvejen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page's long heading (over 150 bytes: an estimate, the
 * budget area and what a cut would do to two service areas) ends at the
 * case file's field after it, not at the bound of a title guessed. */
static void test_long_flat_title_ends_at_field(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n1 TÅRNBY KOMMUNE Åbent referat til Skoleudvalget "
        "Mødedato: Onsdag den 30. april 2014 Mødetidspunkt: 15:00\n\n"
        "2 1. Godkendelse af dagsorden Sagsnr.: 14/11302 Sagsansvarlig: "
        "sij.uk Dagsorden godkendt\n\n"
        "3 2. Fornyet behandling af forventet regnskab ult. februar 2014 på "
        "udvalgets budgetområde og følger af forslag om tilbageholdelse af "
        "1,1 mio. kr. på serviceområderne Almindelig undervisning og "
        "Daginstitutioner Sagsnr.: 14/4471 Sagsansvarlig: kbn.ok RESUMÉ "
        "Udvalget bad om en fornyet vurdering. BESLUTNING Godkendt.\n\n"
        "4 3. Eventuelt Sagsnr.: 14/11303 Sagsansvarlig: sij.uk Intet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Fornyet behandling af forventet regnskab ult. februar 2014 på "
        "udvalgets budgetområde og følger af forslag om tilbageholdelse af "
        "1,1 mio. kr. på serviceområderne Almindelig undervisning og "
        "Daginstitutioner",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_colon_answer),
        cmocka_unit_test(test_title_comma_minute),
        cmocka_unit_test(test_agenda_title_then_section),
        cmocka_unit_test(test_ocr_specks_in_titles),
        cmocka_unit_test(test_title_status_column),
        cmocka_unit_test(test_untitled_cases_no_sentence_title),
        cmocka_unit_test(test_slot_and_kind_untitled),
        cmocka_unit_test(test_title_doubled_list_number),
        cmocka_unit_test(test_status_cell_closes_item),
        cmocka_unit_test(test_title_committee_code),
        cmocka_unit_test(test_title_kind_wrapped_alone),
        cmocka_unit_test(test_title_wrapped_over_blank),
        cmocka_unit_test(test_title_repeat_over_blank),
        cmocka_unit_test(test_title_lower_tail_over_blank),
        cmocka_unit_test(test_long_flat_title_ends_at_field),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
