/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_transcripts.c - PDF minutes as online transcripts and
 * pdftotext give them (issue 11, the t- blind round): a page flattened
 * to one line whose titles only the flattened table of contents says
 * where they end, a table of contents numbered from the meeting's first
 * running number, a contents list that numbers only its first entry,
 * a heading wrapped by pdftotext right above the case file's fields,
 * a dotted contents entry shaped like a heading ("Punkt 12. …... 2"),
 * "Sag nr. 74 Title" headings inside a transcript's pages, a
 * two-column page (pdftotext -layout) read column by column, a
 * committee named only in a transcript's decisions.
 * Each case is a few lines in our own words. */
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

/* A flattened page's titles end where the table of contents says: past
 * capitals inside them ("Vestre Fjordpark"), before a case number that
 * follows ("… juni 2017 2017-002241 Magistraten indstiller"). */
static void test_flat_title_named_by_contents(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Byrådet Mødet den 21.08.2017 kl. 16.00 Byrådssalen "
        "Indholdsfortegnelse Punkt 1. Godkendelse af dagsorden 2 Punkt 2. "
        "Lokalplan 4-3-112, Boliger ved Vestre Fjordpark (2. forelæggelse) 2 "
        "Punkt 3. Budgetopfølgning pr. 30. juni 2017 3 Side 1 af 3\n\n"
        "2 Byrådet Mødet den 21.08.2017 Side 2 af 3 Punkt 1. Godkendelse af "
        "dagsorden Godkendt. Punkt 2. Lokalplan 4-3-112, Boliger ved Vestre "
        "Fjordpark (2. forelæggelse) 2016-081122 By- og Landskabsudvalget "
        "indstiller, at byrådet vedtager lokalplanen. Beslutning: Godkendt.\n\n"
        "3 Byrådet Mødet den 21.08.2017 Side 3 af 3 Punkt 3. Budgetopfølgning "
        "pr. 30. juni 2017 2017-002241 Magistraten indstiller, at byrådet "
        "godkender budgetopfølgningen. Beslutning: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Lokalplan 4-3-112, Boliger ved Vestre Fjordpark (2. forelæggelse)",
        "Budgetopfølgning pr. 30. juni 2017"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A table of contents inside the first page's line, numbered from the
 * meeting's first running number ("Punkt 12. … 2 Punkt 13. …"): its
 * entries head no items; "Lukket punkt: …" is a title, not a field. */
static void test_flat_contents_from_running_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 Kommune Referat Kommunalbestyrelsen Mødedato: 27. februar 2013 "
        "Mødested: Byrådssalen Indholdsfortegnelse Punkt 12. Godkendelse af "
        "dagsorden 2 Punkt 13. Tilskud til Vestervang Idrætsforening 2 "
        "Punkt 14. Lukket punkt: Køb af ejendom 3\n\n"
        "2 Kommunalbestyrelsen 27. februar 2013 Side 2 Punkt 12. Godkendelse "
        "af dagsorden Sag nr.: 13/0311 Beslutning: Godkendt. Punkt 13. "
        "Tilskud til Vestervang Idrætsforening Sag nr.: 13/0099 "
        "Sagsfremstilling: Foreningen søger om nye mål. Beslutning: "
        "Godkendt.\n\n"
        "3 Kommunalbestyrelsen 27. februar 2013 Side 3 Punkt 14. Lukket "
        "punkt: Køb af ejendom Beslutning: Godkendt.\n";
    static const char *const labels[] = {"12", "13", "14"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Tilskud til Vestervang Idrætsforening",
        "Lukket punkt: Køb af ejendom"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_int_equal(m.items[0].first_line, 3); /* the page, not contents */
    mnt_meeting_fini(&m);
}

/* A contents list that numbers only its first entry ("1. Meddelelser
 * Godkendelse af dagsorden Lokalplan …"): the titles it names run on
 * past a capital ("Osted Skole, endelig vedtagelse"). */
static void test_contents_numbering_first_only(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Kommunalbestyrelsen mandag den 22. november 2010 "
        "Indholdsfortegnelse 1. Meddelelser fra borgmesteren Godkendelse af "
        "dagsorden Lokalplan for boliger ved Osted Skole, endelig vedtagelse "
        "Lukket punkt: Salg af areal\n\n"
        "2 Referat Kommunalbestyrelsen mandag den 22. november 2010 Side 2 "
        "1. Meddelelser fra borgmesteren Sagsnr.: 10/14401 Beslutning: Taget "
        "til efterretning. 2. Godkendelse af dagsorden Sagsnr.: 10/14402 "
        "Beslutning: Godkendt. 3. Lokalplan for boliger ved Osted Skole, "
        "endelig vedtagelse Sagsnr.: 09/8821 Resume: Planen har været i "
        "høring. Beslutning: Vedtaget.\n\n"
        "3 Referat Kommunalbestyrelsen mandag den 22. november 2010 Side 3 "
        "4. Lukket punkt: Salg af areal Beslutning: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Meddelelser fra borgmesteren", "Godkendelse af dagsorden",
        "Lokalplan for boliger ved Osted Skole, endelig vedtagelse",
        "Lukket punkt: Salg af areal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* pdftotext -layout wraps a long heading onto a line of its own right
 * above the case file's fields, in a hanging indent the text reader
 * drops: a year ("2010 - efter høring") or a capital ("Strand -
 * fremlæggelse") opens it, and it is still the title. */
static void test_wrapped_tail_before_fields(void **state)
{
    (void)state;
    static const char text[] =
        "Social- og Sundhedsudvalget\n\n"
        "Mødedato: Tirsdag den 27. oktober 2009\n\n"
        "Punkt 101  Kvalitetsstandarder for personlig pleje og praktisk hjælp\n"
        "           2010 - efter høring\n"
        "Sagsnr.: 09/22014                    J.nr.: 27.12.00-P22-2-09\n\n"
        "Beslutning\n"
        "Anbefales.\n\n"
        "Punkt 102  Forslag til lokalplan for boligområde ved Rørth\n"
        "           Strand - fremlæggelse\n"
        "Sagsnr.     15/4411\n\n"
        "Beslutning\n"
        "Anbefales over for byrådet.\n";
    static const char *const labels[] = {"101", "102"};
    static const char *const titles[] = {
        "Kvalitetsstandarder for personlig pleje og praktisk hjælp 2010 - "
        "efter høring",
        "Forslag til lokalplan for boligområde ved Rørth Strand - "
        "fremlæggelse"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Word template's contents "Punkt 12.    Title ...... 2" before the
 * items printed "Punkt 12." with the title on the next line: the dotted
 * entry is the contents, the item starts at its own heading. */
static void test_punkt_contents_entry_heads_nothing(void **state)
{
    (void)state;
    static const char text[] =
        "Børne- og Skoleudvalget\n\n"
        "Mødedato:        9. september 2008\n\n"
        "Indholdsfortegnelse\n\n"
        "Punkt 12.    Godkendelse af dagsorden ........................ 2\n"
        "Punkt 13.    Skolestart 2008 ................................. 2\n\n"
        "Børne- og Skoleudvalget den 9. september 2008 - Side 2\n\n"
        "Punkt 12.\n"
        "Godkendelse af dagsorden\n\n"
        "Sag nr.: 08/9912                    J.nr.: 00.01.00-A00-9-08\n\n"
        "Beslutning:\n"
        "Godkendt.\n\n"
        "Punkt 13.\n"
        "Skolestart 2008\n\n"
        "Sag nr.: 08/7734                    J.nr.: 17.01.00-G01-2-08\n\n"
        "Beslutning:\n"
        "Taget til efterretning.\n";
    static const char *const labels[] = {"12", "13"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Skolestart 2008"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    assert_int_equal(m.items[0].first_line, 12);
    mnt_meeting_fini(&m);
}

/* A Word template's "Sag nr. 74 Title" headings inside a transcript's
 * page lines, before a numbered list of the same page ("… afvigelser er:
 * 1. Specialundervisning …"); a reference "(Sag nr. 61)" heads nothing,
 * nor does the contents page ("Indhold … Sag nr. 74 …"). */
static void test_flat_sag_nr_headings(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat fra møde i Økonomiudvalget Tirsdag den 18. maj 2010 Kl i "
        "Borgmesterens kontor Mødedeltagere: Hans Bech (A) Karen Lind (V) "
        "Side 1 af 4\n\n"
        "2 Indhold Åben dagsorden Sag nr. 74 Orientering om "
        "kassebeholdningen Sag nr. 75 Regnskab 2009 Sag nr. 76 Salg af "
        "byggegrund i Skibby Side 2 af 4\n\n"
        "3 Sag nr. 74 Orientering om kassebeholdningen Sagsnr.: 10/4471 "
        "Resume: Kassekreditreglen er overholdt. Beslutning i "
        "Økonomiudvalget den 18. maj 2010: Taget til efterretning. "
        "Side 3 af 4\n\n"
        "4 Sag nr. 75 Regnskab 2009 Sagsnr.: 09/18802 Sagsfremstilling: De "
        "væsentligste afvigelser er: 1. Specialundervisning, merforbrug på "
        "6,2 mio. kr. 2. Vintertjeneste, merforbrug på 3,1 mio. kr. "
        "Budgettet blev drøftet i april (Sag nr. 61). Beslutning i "
        "Økonomiudvalget den 18. maj 2010: Anbefales. Sag nr. 76 Salg af "
        "byggegrund i Skibby Sagsnr.: 09/7712 Resume: Der er kommet to bud. "
        "Beslutning i Økonomiudvalget den 18. maj 2010: Godkendt. "
        "Side 4 af 4\n";
    static const char *const labels[] = {"74", "75", "76"};
    static const char *const titles[] = {"Orientering om kassebeholdningen",
                                         "Regnskab 2009",
                                         "Salg af byggegrund i Skibby"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_int_equal(m.items[0].first_line, 5);
    mnt_meeting_fini(&m);
}

/* A two-column page read column by column: headings wrapped in the
 * narrow column end in a lower-case word on a line of its own
 * ("Vandløbsregulativer, endelig" / "vedtagelse"), a short heading
 * notwithstanding; items keep their source lines. */
static void test_two_column_page(void **state)
{
    (void)state;
    static const char text[] =
        "Kommune          Teknik- og Miljøudvalget 4. juni 2012          "
        "Beslutningsprotokol\n\n"
        "  1. Godkendelse af dagsorden                 3. Vandløbsregulativer, "
        "endelig\n"
        "                                                 vedtagelse\n"
        "  Beslutning\n"
        "  Godkendt uden bemærkninger.                 Resumé\n"
        "                                              Regulativerne har været "
        "i\n"
        "  2. Renovering af broen over Lilleå          høring fra marts til "
        "april.\n"
        "                                              Der er fem "
        "indsigelser.\n"
        "  Resumé\n"
        "  Rækværket på broen skal skiftes,            Beslutning\n"
        "  og arbejdet koster 1,2 mio. kr.             Godkendt uden ændringer "
        "af\n"
        "                                              regulativerne i "
        "sagen.\n"
        "  Beslutning\n"
        "  Anbefales over for Økonomiudvalget.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Renovering af broen over Lilleå",
        "Vandløbsregulativer, endelig vedtagelse"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_int_equal(m.items[2].first_line, 3); /* the right column's */
    assert_int_equal(m.items[1].first_line, 8);
    mnt_meeting_fini(&m);
}

/* A transcript that lost the committee's name from its header ("Referat
 * fra mødet i (Indeholder åbne dagsordenspunkter)"): every page opens
 * with its number and an item's number, and the decisions inside the
 * pages name the committee. */
static void test_flat_council_from_decisions(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat fra mødet i (Indeholder åbne dagsordenspunkter) Mødedato: "
        "Mandag den 3. juni 2019 Mødested: Rådhuset Mødetidspunkt: Kl. "
        "16:00-18:00 1 Kommune Referat fra mødet i\n\n"
        "2 80 Godkendelse af dagsorden Sagsnr.: 19/1102 Sagen afgøres i: "
        "Økonomiudvalget Beslutning i Økonomiudvalget den : Godkendt. "
        "Fraværende: Ingen 2 Kommune Referat fra mødet i\n\n"
        "3 81 Anlægsbudget, forskydning af projekter Sagsnr.: 19/1850 Sagen "
        "afgøres i: Byrådet Sagsbeskrivelse: Tre projekter flyttes til 2020, "
        "fordi udbuddene er forsinket, og pengene overføres til næste års "
        "budget, hvor de samme projekter ligger. "
        "Beslutning i Økonomiudvalget den : Anbefales. Fraværende: Ingen 3 "
        "Kommune Referat fra mødet i\n\n"
        "4 82 Salg af grund på Ringvejen Sagsnr.: 19/0907 Sagen afgøres i: "
        "Økonomiudvalget Sagsbeskrivelse: Grunden har været udbudt i fire "
        "uger, og der er kommet ét bud på 1,1 mio. kr. fra en lokal "
        "håndværker, som vil bygge et værksted på grunden. Beslutning i "
        "Økonomiudvalget den : Godkendt. Fraværende: Ingen 4 Kommune Referat "
        "fra mødet i\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_int_equal(strncmp(m.council, "Økonomiudvalget", 16), 0);
    mnt_meeting_fini(&m);
}

/* A page glued into one line by a magazine host: a title runs into its
 * text without a space after a year ("… 2013Møderne holdes …"), a full
 * stop ("Evt.Ingen …") or a one-letter word ("… Usserød ÅPoul Mose …");
 * the glue ends the title as a space before the sentence would. */
static void test_flat_title_ends_at_glue(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af Grønt Råds møde mandag den 10. september 2012\n\n"
        "Ad 1. Status på naturplanen for søenLine Sand gav en status. "
        "Høringen er afsluttet, og der er kommet 14 svar.Ad 2. Stier langs "
        "Usserød ÅPoul Mose fortalte om ønsket om en sti langs åen.Ad 3. "
        "Mødeplan for 2013Møderne holdes mandagene 4. marts og 3. juni.Ad 4. "
        "Evt.Ingen bemærkninger.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Status på naturplanen for søen",
                                         "Stier langs Usserød Å",
                                         "Mødeplan for 2013", "Evt."};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* An old case system's heading on a flattened page: the journal number
 * between the item's number and its title ("Journalnr. 13.05", no
 * sub-item 13.5), a status in brackets and the handler's initials after
 * it ("(Åben sag) (kl)"), a closed item printing its status where the
 * journal number would stand. */
static void test_flat_journal_and_status(void **state)
{
    (void)state;
    static const char text[] =
        "Side 1 af 4 Referat for Teknisk Udvalg Mødetidspunkt: 3. marts "
        "2005, kl. 15:00\n\n"
        "Side 2 af 4 Fraværende: Ingen. 17. Journalnr. 13.05 Vintertjeneste "
        "Nordby Havn (Åben sag) (kl) Forvaltningen har lavet en plan for "
        "saltning af havnevejen og pladsen ved fiskehuset. Planen følger "
        "sidste vinters, men med to ruter mere. Beslutning: Godkendt.\n\n"
        "Side 3 af 4 18. Journalnr. 05.01 Ny belysning på Skolevej (Åben "
        "sag) (pm) Der er kommet tilbud fra to firmaer, og det billigste "
        "giver lys på hele strækningen til hallen. Beslutning: "
        "Anbefales. 19. Lukket sag Erstatningskrav efter vandskade (Lukket "
        "sag) Beslutning: Godkendt.\n\n"
        "Side 4 af 4 Teknisk Udvalg, 3. marts 2005\n";
    static const char *const labels[] = {"17", "18", "19"};
    static const char *const titles[] = {"Vintertjeneste Nordby Havn",
                                         "Ny belysning på Skolevej",
                                         "Erstatningskrav efter vandskade"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript whose pages each open with an item's heading in
 * capitals ("2. NY BELYSNING … Sagsnr. …"), the contents printed on the
 * header's line ("Sag nr.: Emne: 1. Ny belysning…... 2 …"): the pages'
 * headings head the items, not the contents' entries. */
static void test_flat_page_opens_with_heading(void **state)
{
    (void)state;
    static const char text[] =
        "NORDBY KOMMUNE MØDEDATO: MØDESTED: 14-03-2007 Rådhuset REFERAT "
        "Teknisk Udvalg Deltagere: Ane Bak, Ole Dam, Eva Krog Sag nr.: Emne: "
        "1. Vintertjeneste på de små veje... 1 2. Ny belysning på "
        "Skolevej... 3 3. Salg af gammel fejemaskine... 4\n\n"
        "1. VINTERTJENESTE PÅ DE SMÅ VEJE Sagsnr. 07/113 Sagsbeh. Ib Lund "
        "ÅBENT INDSTILLING Forvaltningen indstiller, at de små veje saltes "
        "før morgentrafikken. SAGSFREMSTILLING Vejene er blevet saltet sent i "
        "år, og beboerne på de små veje har klaget over glatte fortove "
        "flere gange. BESLUTNING Godkendt. SIDE 1\n\n"
        "2. NY BELYSNING PÅ SKOLEVEJ Sagsnr. 07/87 Sagsbeh. Ane Holm ÅBENT "
        "INDSTILLING Forvaltningen indstiller, at det billigste tilbud "
        "vælges. SAGSFREMSTILLING Der er kommet tre tilbud på lamper langs "
        "vejen til skolen, og det billigste giver lys på hele strækningen "
        "fra torvet til hallen. BESLUTNING Godkendt. SIDE 3\n\n"
        "3. SALG AF GAMMEL FEJEMASKINE Sagsnr. 07/140 Sagsbeh. Ib Lund "
        "ÅBENT INDSTILLING Forvaltningen indstiller, at maskinen sælges på "
        "auktion. SAGSFREMSTILLING Maskinen er fra 1991 og bruges ikke "
        "mere, da den nye er taget i brug. BESLUTNING Godkendt. SIDE 4\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"VINTERTJENESTE PÅ DE SMÅ VEJE",
                                         "NY BELYSNING PÅ SKOLEVEJ",
                                         "SALG AF GAMMEL FEJEMASKINE"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Pages opening with their headings in the case system's shape and a
 * numbered list inside item 2 ("1. Lamperne … 2. Der er …", cut out as
 * headings in the second reading): the pages' headings still head the
 * items, the short last page's too (a closed item: its heading runs on
 * into the case file's field, "3. Køb af areal Sagsnr: 07/35 …"). */
static void test_flat_short_last_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Nordby Byråd Dato 14. marts 2007 Sted Byrådssalen, Nordby "
        "Rådhus Indholdsfortegnelse 1. Vintertjeneste på de små veje...2 "
        "2. Ny belysning på Skolevej...3 Lukkede punkter 3. Køb af "
        "areal...4\n\n"
        "1. Vintertjeneste på de små veje Sagsnr: 07/113 Sagen afgøres i: "
        "Byrådet Sagsfremstilling Vejene er blevet saltet sent i år, og "
        "beboerne på de små veje har klaget over glatte fortove flere gange. "
        "Beslutning Byrådet den 14. marts 2007 Godkendt. Side 2 af 4\n\n"
        "2. Ny belysning på Skolevej Sagsnr: 07/87 Sagen afgøres i: Byrådet "
        "Sagsfremstilling Der er kommet tre tilbud på lamper langs vejen til "
        "skolen. 1. Lamperne bruger lidt strøm. 2. Der er lys hele vejen. "
        "Beslutning Byrådet "
        "den 14. marts 2007 Godkendt. Side 3 af 4\n\n"
        "3. Køb af areal Sagsnr: 07/35 Sagen afgøres i: Byrådet Beslutning "
        "Godkendt. Side 4 af 4\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Vintertjeneste på de små veje",
                                         "Ny belysning på Skolevej",
                                         "Køb af areal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "3. ANSØGNING - VÆKSTPULJEN - MADMARKED PÅ HAVNEN I SKIVE" / "OG
 * OPSTART AF FORENINGEN": a heading in capitals wrapped onto a line in
 * capitals that opens with a conjunction or preposition, or with a
 * dash after a title parted by dashes ("… - RENOVERING AF FAGLOKALER" /
 * "- ANLÆG"), goes on there; no item's first line opens so ("- NYT OM
 * FÆRGEN" under "4. MEDDELELSER …" is a list's). A capitals field line
 * ("FORVENTET SAGSGANG") under a heading is no rest of it. */
static void test_caps_heading_wraps_on_small_word(void **state)
{
    (void)state;
    static const char text[] =
        "ÅBEN DAGSORDEN\nØKONOMIUDVALG\nMødedato:\n17. februar 2015\n"
        "SKIVE KOMMUNE\n"
        "1. ÅBNINGSTIDER I BORGERSERVICE I SOMMERPERIODEN\n"
        "FORVENTET SAGSGANG\nØkonomiudvalget\nINDSTILLING\n"
        "At borgerservice holder lukket om lørdagen.\nSIDE 3\n"
        "2. ANSØGNING - VÆKSTPULJEN - MADMARKED PÅ HAVNEN I SKIVE\n"
        "OG OPSTART AF FORENINGEN\n"
        "FORVENTET SAGSGANG\nØkonomiudvalget\nINDSTILLING\n"
        "At der gives et tilskud på 60.000 kr.\nSIDE 5\n"
        "3. RESEN SKOLE - RENOVERING AF FAGLOKALER\n- ANLÆG\n"
        "FORVENTET SAGSGANG\nØkonomiudvalget, Byrådet\nINDSTILLING\n"
        "At der gives en anlægsbevilling.\nSIDE 7\n"
        "4. MEDDELELSER FRA FORMANDEN\n- NYT OM FÆRGEN\n- NYT OM SKOLEN\n"
        "SIDE 9\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "ÅBNINGSTIDER I BORGERSERVICE I SOMMERPERIODEN",
        "ANSØGNING - VÆKSTPULJEN - MADMARKED PÅ HAVNEN I SKIVE OG OPSTART AF "
        "FORENINGEN",
        "RESEN SKOLE - RENOVERING AF FAGLOKALER - ANLÆG",
        "MEDDELELSER FRA FORMANDEN"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* An invitation's list on the first page ("Med følgende dagsorden: 1.
 * Title Title …", numbers after the first lost) is the contents: a
 * heading inside a page line ends where its entry ends, before the
 * capitalised summary the page prints next ("… for LBR LBR vælger
 * …"), the next entry's first word being another (cu- blind round). */
static void test_invitation_list_ends_titles(void **state)
{
    (void)state;
    static const char text[] =
        "1 DAGSORDEN Møde i Beskæftigelsesrådet 14. september 2010 kl "
        "Rådhuset, Torvet 1, 4300 Vestby Med følgende dagsorden: 1. "
        "Godkendelse af dagsorden Valg af næstformand for LBR "
        "Beskæftigelsesplan 2011 Eventuelt Dagsorden side 1 af 3\n\n"
        "2 1. Godkendelse af dagsorden Rådet godkender dagsorden at rådet "
        "godkender dagsordenen Godkendt. 2. Valg af næstformand for LBR "
        "LBR vælger ny næstformand at LBR vælger en næstformand Karin "
        "Holt blev valgt. Dagsorden side 2 af 3\n\n"
        "3 3. Beskæftigelsesplan 2011 Rådet afgiver høringssvar at rådet "
        "drøfter planen Drøftet. 4. Eventuelt Intet. Dagsorden side 3 af "
        "3\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Valg af næstformand for LBR",
        "Beskæftigelsesplan 2011", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "4. TILSKUD TIL MADMARKED PÅ HAVNEN" / "SKIVE HAVN": a heading in
 * capitals wrapped before a capital word goes on when the contents
 * above print both lines as one title; "SIKRING AF KAJEN" under
 * "2. …", which the contents do not name with it, stays no title's. */
static void test_caps_heading_wrap_named_by_contents(void **state)
{
    (void)state;
    static const char text[] =
        "ÅBEN DAGSORDEN\nØKONOMIUDVALG\nMødedato:\n17. februar 2015\n"
        "INDHOLDSFORTEGNELSE\nSag nr.: Emne\n1.\n"
        "Tilskud til madmarked på havnen Skive Havn ........ 3\n2.\n"
        "Renovering af faglokaler ........ 5\nSIDE 1\n"
        "1. TILSKUD TIL MADMARKED PÅ HAVNEN\nSKIVE HAVN\n"
        "FORVENTET SAGSGANG\nØkonomiudvalget\nINDSTILLING\n"
        "At der gives et tilskud.\nSIDE 3\n"
        "2. RENOVERING AF FAGLOKALER\nSIKRING AF KAJEN\n"
        "Faglokalerne er fra 1974.\nSIDE 5\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {
        "TILSKUD TIL MADMARKED PÅ HAVNEN SKIVE HAVN",
        "RENOVERING AF FAGLOKALER"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same invitation's list where the contents dropped a title's year
 * (numberless.c's class): the heading going on with a number the
 * contents lack is that title's year, not the next entry's start. */
static void test_invitation_list_lost_year(void **state)
{
    (void)state;
    static const char text[] =
        "1 DAGSORDEN Møde i Beskæftigelsesrådet 14. september 2010 kl "
        "Rådhuset, Torvet 1, 4300 Vestby Med følgende dagsorden: 1. "
        "Godkendelse af dagsorden Fordeling af puljen til projekter "
        "Eventuelt Dagsorden side 1 af 2\n\n"
        "2 1. Godkendelse af dagsorden Rådet godkender dagsorden at rådet "
        "godkender dagsordenen Godkendt. 2. Fordeling af puljen til "
        "projekter 2011 Rådet fordeler puljen at rådet fordeler den "
        "Godkendt. Dagsorden side 2 af 2\n\n"
        "3 3. Eventuelt Intet. Dagsorden side 3 af 3\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Fordeling af puljen til projekter 2011",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page where the text opens by naming the place the title
 * ended in ("… Fælleshus i Lyngby Lyngby Borgerforening søger …"): the
 * same word twice in a row is the title's end and the text's start. */
static void test_flat_title_ends_before_repeat(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Landsbyrådet d kl\n\n"
        "Save this PDF as:\n WORD  PNG  TXT  JPG\n\n"
        "Størrelse: px\nStarte visningen fra side:\n\n"
        "Download \"Referat Landsbyrådet d kl\"\n\n"
        "Transkript\n\n"
        "1 Referat Landsbyrådet d kl Deltagere: Aage Brask, Eva Dam, Per Lund, "
        "Kaj Bro Afbud: Ole Ravn 1. Godkendelse af dagsorden Udkastet er lavet "
        "af formanden. Det indstilles, at dagsordenen godkendes. Dagsordenen "
        "godkendes. 2. Ansøgning til puljen - Fælleshus i Lyngby Lyngby "
        "Borgerforening søger om 40.000 kr. til et nyt køkken i huset. "
        "Ansøgningen lever op til kriterierne. Det indstilles, at der gives "
        "tilsagn. Der gives tilsagn. 1\n\n"
        "2 3. Status på landsbyernes planer Koordinatoren fortalte om de fire "
        "planer, der er i gang. Orienteringen tages til efterretning. 4. "
        "Eventuelt Næste møde holdes i Lyngby. 2\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Ansøgning til puljen - Fælleshus i Lyngby",
        "Status på landsbyernes planer", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_title_named_by_contents),
        cmocka_unit_test(test_flat_contents_from_running_number),
        cmocka_unit_test(test_contents_numbering_first_only),
        cmocka_unit_test(test_wrapped_tail_before_fields),
        cmocka_unit_test(test_punkt_contents_entry_heads_nothing),
        cmocka_unit_test(test_flat_sag_nr_headings),
        cmocka_unit_test(test_two_column_page),
        cmocka_unit_test(test_flat_council_from_decisions),
        cmocka_unit_test(test_flat_title_ends_at_glue),
        cmocka_unit_test(test_flat_journal_and_status),
        cmocka_unit_test(test_flat_page_opens_with_heading),
        cmocka_unit_test(test_flat_short_last_page),
        cmocka_unit_test(test_caps_heading_wraps_on_small_word),
        cmocka_unit_test(test_caps_heading_wrap_named_by_contents),
        cmocka_unit_test(test_invitation_list_ends_titles),
        cmocka_unit_test(test_invitation_list_lost_year),
        cmocka_unit_test(test_flat_title_ends_before_repeat),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
