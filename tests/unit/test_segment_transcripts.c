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

/* A page line holding the end of one item, the page's footer and the
 * next item's heading without a full stop ("… Teknisk Udvalg, side 2 2
 * Vejplan …", "… Side 3 af 4 3 Trafik …"): the transcript lost the page
 * break, the number after the footer opens an item. */
static void test_flat_heading_after_footer(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Teknisk Udvalg Dato: 3. marts 2016 Sted: Mødelokale 2, "
        "Rådhuset Medlemmer: Ole Dam (A), Eva Krog (V), Bo Lind (C)\n\n"
        "2 1 Orientering fra formanden Åben sag Sagsnr.: 16/10 Beslutning "
        "Teknisk Udvalg den Taget til efterretning. Teknisk Udvalg, , side 2 "
        "2 Vejplan for 2016 Åben sag Sagsnr.: 16/22 Sagsfremstilling Planen "
        "omfatter 14 veje i kommunen. Beslutning Teknisk Udvalg den "
        "Godkendt. Side 3 af 4 3 Trafiksikkerhed ved skolerne Åben sag "
        "Sagsnr.: 16/31 Sagsfremstilling Forvaltningen har talt biler ved "
        "fem skoler. Beslutning Teknisk Udvalg den Godkendt. Teknisk Udvalg, "
        ", side 4\n\n"
        "5 4 Eventuelt Åben sag Sagsnr.: 16/40 Beslutning Teknisk Udvalg den "
        "Intet. Teknisk Udvalg, , side 5\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Orientering fra formanden", "Vejplan for 2016",
        "Trafiksikkerhed ved skolerne", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Pages flattened to one line each that open with their numbered
 * heading (the page's number only in its footer): the headings head the
 * items though the lines are long, so a "1. … 2. …" list inside an
 * item's text loses to them; the short last page's title ends before
 * its case file's fields. */
static void test_flat_pages_open_with_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Vestby Byråd Ordinært møde Dato 9. marts 2017 Tid 18:00 "
        "Sted Byrådssalen Medlemmer Ole Dam (A) Eva Krog (V) Bo Lind (C)\n\n"
        "Indholdsfortegnelse 1. Ny skolestruktur...3 2. Vejplan for "
        "2017...4 3. Salg af jord...5 Vestby Byråd - Referat Side 2 af 5\n\n"
        "1. Ny skolestruktur Sagsnr: 17/120 Sagen afgøres i: Byrådet "
        "Sagsfremstilling Strukturen har været i høring i seks uger, og der "
        "kom elleve svar fra skolebestyrelserne og fra forældrene. "
        "Beslutning Byrådet den 9. marts 2017 Godkendt. Vestby Byråd - "
        "Referat Side 3 af 5\n\n"
        "2. Vejplan for 2017 Sagsnr: 17/233 Sagen afgøres i: Byrådet "
        "Sagsfremstilling Planen rummer to slags arbejder. 1. Nye belægninger "
        "på seks veje. 2. Fortove ved tre skoler. Beslutning Byrådet den 9. "
        "marts 2017 Godkendt. Vestby Byråd - Referat Side 4 af 5\n\n"
        "3. Salg af jord Sagsnr: 17/301 Sagen afgøres i: Byrådet Beslutning "
        "Godkendt. Vestby Byråd - Referat Side 5 af 5\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Ny skolestruktur", "Vejplan for 2017",
                                         "Salg af jord"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A heading without a full stop inside a flattened page, the page break
 * lost: "… Fraværende: Ingen 14 Salg af grund Sagsnr.: …" opens item 14
 * (its title runs into the case file's fields); a number inside a title
 * ("lokalplan 12 Erhverv ved Havnen Sagsnr.: …") or after a field's
 * label opens none. */
static void test_flat_loose_heading_before_fields(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra mødet i Økonomiudvalget Mødedato: Tirsdag den 4. "
        "april 2017 Mødested: Rådhuset Medlemmer: Ole Dam (A) Eva Krog (V)\n\n"
        "2 12 Godkendelse af dagsorden Sagsnr.: 17/400 Sagen afgøres i: "
        "Økonomiudvalget Beslutning i Økonomiudvalget den : Godkendt. "
        "Fraværende: Ingen 2 Nordby Kommune Referat fra mødet i\n\n"
        "3 13 Vedtagelse af lokalplan 12 Erhverv ved Havnen Sagsnr.: 16/977 "
        "Sagen afgøres i: Byrådet Sagsbeskrivelse: Planen giver plads til "
        "fire nye virksomheder. Indstilling: Direktionen indstiller, at "
        "planen vedtages. Beslutning i Økonomiudvalget den : Anbefales. "
        "Fraværende: Ingen 14 Salg af grund ved skolen Sagsnr.: 17/121 Sagen "
        "afgøres i: Økonomiudvalget Sagsbeskrivelse: Der er kommet to bud. "
        "Beslutning i Økonomiudvalget den : Godkendt. Fraværende: Ingen 3 "
        "Nordby Kommune Referat fra mødet i\n";
    static const char *const labels[] = {"12", "13", "14"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Vedtagelse af lokalplan 12 Erhverv ved Havnen",
        "Salg af grund ved skolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "N: Title" headings inside pages flattened to one line each: after a
 * sentence's end ("… godkendt. 2: Orientering …") or after the page's
 * number ("3 4: Eventuelt …"); a time "kl. 10:30" opens none. */
static void test_flat_colon_headings(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat af 2. møde i Kvalitetsrådet Afholdt onsdag den 8. marts "
        "2017 kl. 10:30 Deltagere Anna Friis (formand) Per Holm Eva Sand Ib "
        "Lund Afbud Mette Bak Fra sekretariatet Ole Vinter (referent) 1\n"
        "2 Formanden bød velkommen. 1: Godkendelse af dagsorden Dagsordenen "
        "blev godkendt. 2: Orientering fra sekretariatet Sekretariatet "
        "fortalte om arbejdet med de nye retningslinjer, som sendes i høring "
        "i maj. Rådet tog orienteringen til efterretning. 3: Plan for "
        "efteråret Rådet drøftede emnerne for de næste tre møder og bad "
        "sekretariatet om et oplæg. 2\n"
        "3 4: Eventuelt Næste møde holdes den 7. juni 2017. Referent: Ole "
        "Vinter 3\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Orientering fra sekretariatet",
                                         "Plan for efteråret", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The contents' last entry after the last item's title ("… Skolernes
 * ferieplan Eventuelt") had no page of its own: the transcript ran it on
 * after the last decision ("… godkendt. Eventuelt Ingen bemærkninger."),
 * one more item. */
static void test_flat_contents_tail_item(void **state)
{
    (void)state;
    static const char text[] =
        "1 REFERAT Ældrerådet Mødedato: Tirsdag den Mødested: Mødelokale 3, "
        "Rådhuset, Torvet 1, 6100 Haderslev Starttidspunkt: Kl. 10:00 "
        "Sluttidspunkt: Kl. 12:00 Afbud: Ole Dam Fraværende: Bemærkninger:\n\n"
        "2 Ældrerådet, Indholdsfortegnelse Sag nr. Side 4. Budget for "
        "ældreområdet Nyt plejecenter i Vojens Skolernes ferieplan "
        "Eventuelt\n\n"
        "3 Ældrerådet, Side Budget for ældreområdet OLEDAM / 09/1102 ÅBEN SAG "
        "Sagsfremstilling "
        "Forvaltningen gennemgik budgettet for næste år, som holder rammen. "
        "Beslutning Taget til efterretning.\n\n"
        "4 Ældrerådet, Side Nyt plejecenter i Vojens EVAKRO / 09/0877 ÅBEN SAG "
        "Sagsfremstilling "
        "Byggeriet går i gang til foråret, og rådet har fået tegningerne. "
        "Beslutning Rådet ønsker flere fællesarealer.\n\n"
        "5 Ældrerådet, Side Skolernes ferieplan OLEDAM / 09/1310 ÅBEN SAG "
        "Sagsfremstilling "
        "Planen er sendt til høring hos rådene. Beslutning Ingen "
        "bemærkninger til planen. Eventuelt Formanden deltager i et møde om "
        "trafik i maj.\n";
    static const char *const titles[] = {"Budget for ældreområdet",
                                         "Nyt plejecenter i Vojens",
                                         "Skolernes ferieplan", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 4)
        fail_msg("%zu items (layout %s), want 4", m.nitems, m.layout);
    for (size_t k = 0; k < 4; k++)
        expect_title(&m.items[k], titles[k]);
    assert_non_null(strstr(m.items[3].body, "trafik i maj"));
    assert_null(strstr(m.items[2].body, "Eventuelt"));
    mnt_meeting_fini(&m);
}

/* A transcript that lost one heading's number: the page opens with its
 * number and the title, in lower case, running into the case file's
 * fields ("3 regnskab for havnen Sagsnr.: …") between items 21 and 23 -
 * item 22, not the text of item 21. */
static void test_flat_page_lost_number(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra mødet i Økonomiudvalget Mødedato: Mandag den 2. maj "
        "2016 Mødested: Rådhuset Medlemmer: Ole Dam (A) Eva Krog (V)\n\n"
        "2 21 Godkendelse af dagsorden Sagsnr.: 16/500 Sagen afgøres i: "
        "Økonomiudvalget Beslutning i Økonomiudvalget den : Godkendt. "
        "Fraværende: Ingen 2 Nordby Kommune Referat fra mødet i\n\n"
        "3 regnskab for havnen 2015 Sagsnr.: 16/611 Sagen afgøres i: "
        "Byrådet Sagsbeskrivelse: Havnen kom ud med et lille overskud, og "
        "indtægterne fra lejemålene steg. Indstilling: Direktionen "
        "indstiller, at regnskabet godkendes. Beslutning i Økonomiudvalget "
        "den : Anbefales. Fraværende: Ingen 3 Nordby Kommune Referat fra "
        "mødet i\n\n"
        "4 23 Salg af grund ved skolen Sagsnr.: 16/702 Sagen afgøres i: "
        "Økonomiudvalget Sagsbeskrivelse: Der er kommet to bud på grunden, "
        "og det højeste er på 0,8 mio. kr. Indstilling: Direktionen "
        "indstiller, at grunden sælges. Beslutning i Økonomiudvalget den : "
        "Godkendt. Fraværende: Ingen 4 Nordby Kommune Referat fra mødet i\n";
    static const char *const labels[] = {"21", "22", "23"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "regnskab for havnen 2015",
                                         "Salg af grund ved skolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
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
        cmocka_unit_test(test_flat_heading_after_footer),
        cmocka_unit_test(test_flat_pages_open_with_heading),
        cmocka_unit_test(test_flat_loose_heading_before_fields),
        cmocka_unit_test(test_flat_colon_headings),
        cmocka_unit_test(test_flat_contents_tail_item),
        cmocka_unit_test(test_flat_page_lost_number),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
