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
    if (m.nitems != 4)
        fail_msg("%zu items (layout %s), want 4", m.nitems, m.layout);
    for (size_t i = 0; i < 4; i++)
        expect_title(&m.items[i], titles[i]);
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
    if (m.nitems != 4)
        fail_msg("%zu items (layout %s), want 4", m.nitems, m.layout);
    for (size_t i = 0; i < 4; i++)
        expect_title(&m.items[i], titles[i]);
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
    assert_int_equal(m.nitems, 3);
    for (size_t i = 0; i < 3; i++)
        expect_title(&m.items[i], titles[i]);
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
        cmocka_unit_test(test_flat_status_before_fields),
        cmocka_unit_test(test_untitled_pages_status_before_fields),
        cmocka_unit_test(test_plan_number_is_no_subitem),
        cmocka_unit_test(test_number_between_title_and_type),
        cmocka_unit_test(test_flat_unlabelled_case_fields),
        cmocka_unit_test(test_page_a_item_lost_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
