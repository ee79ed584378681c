/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_archives.c - PDF minutes of Jutland and Funen councils
 * as document archives give them (the l- blind round): a flattened
 * page where a bare case number ("10/9310") follows each title, a
 * title the flattened table of contents names right before a case
 * file's field ("Gensidig orientering Dok.nr.: …", which reads like a
 * three-word field label), a heading whose title opens with an ordinal
 * ("62 2. budgetopfølgning …"), a heading that lost its number after a
 * page's running header, headings that lost every number, named by the
 * contents.
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

/* A bare case number after a title on a flattened page ("… Skovsbo
 * 09/40877 Beslutningstema: …", "Orientering 10/11802 Beslutning i …")
 * ends the title as a "Sagsnr.:" field would. */
static void test_flat_title_ends_at_case_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Udvalget for Teknik og Plan's møde Tirsdag den 04-05-2010 "
        "Kl. 13:30 Udvalgsværelse 2\n\n"
        "2 Udvalget for Teknik og Plan s møde den 1. Godkendelse af "
        "dagsorden 10/11802 Beslutning i Udvalget for Teknik og Plan den : "
        "Godkendt. 2. Forslag til lokalplan nr. 541 for boliger ved Skovsbo "
        "09/40877 Beslutningstema: PLH Udvalget skal beslutte, om forslaget "
        "skal i høring. Sagsfremstilling: Planen giver mulighed for 30 "
        "rækkehuse. Beslutning i Udvalget for Teknik og Plan den : Godkendt. "
        "3. Orientering 10/11802 Beslutning i Udvalget for Teknik og Plan "
        "den : Formanden orienterede om vejarbejdet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Forslag til lokalplan nr. 541 for boliger ved Skovsbo", "Orientering"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "313. Gensidig orientering Dok.nr.: 8811 …": the words before the
 * field look like a field's label of three words, but the table of
 * contents names them up to the field - they are the title, whole. */
static void test_contents_title_before_field(void **state)
{
    (void)state;
    static const char text[] =
        "1 Åbent Referat til Udvalget for Kultur og Fritid Mødedato: Tirsdag "
        "den 8. september 2015 Mødetidspunkt: 15:00-18:00\n\n"
        "2 Indholdsfortegnelse Side 312. Godkendelse af dagsorden Gensidig "
        "orientering Budgetstatus for udvalget Side 640\n\n"
        "3 312. Godkendelse af dagsorden Dok.nr.: 8810 Sagsid.: Initialer: "
        "Åben sag Beslutning Udvalget for Kultur og Fritid den Godkendt "
        "Side 641\n\n"
        "4 313. Gensidig orientering Dok.nr.: 8811 Sagsid.: Initialer: Åben "
        "sag Sagsfremstilling Orientering fra formand og forvaltning. "
        "Beslutning Udvalget for Kultur og Fritid den Taget til efterretning. "
        "Side 642\n\n"
        "5 314. Budgetstatus for udvalget Dok.nr.: Sagsid.: 15/4310 "
        "Initialer: PEH Åben sag Sagsfremstilling Et mindreforbrug på 0,4 "
        "mio. kr. Beslutning Udvalget for Kultur og Fritid den Taget til "
        "efterretning. Side 643\n";
    static const char *const labels[] = {"312", "313", "314"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Gensidig orientering",
                                         "Budgetstatus for udvalget"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "4 62 2. budgetopfølgning 2015, …": a page's number, the item's
 * number without a full stop, and a title that opens with an ordinal
 * (no capital): the second number labels the item, the ordinal is the
 * title's. */
static void test_page_number_then_ordinal_title(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat fra mødet i Kultur- og Idrætsudvalget Mødedato: Onsdag den "
        "26. august 2015 Mødested: Idrætscentret Mødetidspunkt: Kl. "
        "15:00-17:30 Medlemmer: Formand: Lene Dybro (A) Kaj Svanholt (O) Side "
        "1\n\n"
        "2 61 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: Kultur- og "
        "Idrætsudvalget Sagsbeskrivelse: Indstillinger: Indstilles til "
        "godkendelse Beslutning i Kultur- og Idrætsudvalget den : Godkendt. "
        "Side 2\n\n"
        "3 62 2. budgetopfølgning 2015, Kultur- og Idrætsudvalget "
        "Sagsnr.:15/8822 Sagen afgøres i: Byrådet Sagsbeskrivelse: Et "
        "mindreforbrug på 0,6 mio. kr. Indstillinger: Forvaltningen "
        "indstiller, at opfølgningen tages til efterretning. Beslutning i "
        "Kultur- og Idrætsudvalget den : Anbefales. Side 3\n\n"
        "4 63 Ny takststruktur for musikskolen Sagsnr.:15/6410 Sagen afgøres "
        "i: Kultur- og Idrætsudvalget Sagsbeskrivelse: Søskenderabatten "
        "ændres. Indstillinger: Forvaltningen indstiller, at taksterne "
        "godkendes. Beslutning i Kultur- og Idrætsudvalget den : Godkendt. "
        "Side 4\n";
    static const char *const labels[] = {"61", "62", "63"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "2. budgetopfølgning 2015, Kultur- og Idrætsudvalget",
        "Ny takststruktur for musikskolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript that dropped digits: the heading opening a page after
 * its running header lost its number ("3 Udvalget for Vej og Park s
 * møde den Tilskud til koncerter 10/10455 …") while the others keep
 * theirs. Between items 2 and 4 it is item 3; after the last, the next.
 */
static void test_lost_number_after_running_header(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Udvalget for Vej og Park's møde Tirsdag den 04-05-2010 "
        "Kl. 13:30 Udvalgsværelse 3 Deltagere: Birgit Holm, Flemming Bak, "
        "Gert Nyrup\n\n"
        "2 Udvalget for Vej og Park s møde den 1. Godkendelse af dagsorden "
        "10/11802 Beslutning i Udvalget for Vej og Park den : Godkendt. 2. "
        "Budgetkontrol pr. 31. marts 2010 10/9310 Beslutningstema: KHN "
        "Udvalget skal tage stilling til budgetkontrollen. Sagsfremstilling: "
        "Et merforbrug på 0,3 mio. kr. på vejvedligeholdelse. Beslutning i "
        "Udvalget for Vej og Park den : Taget til efterretning.\n\n"
        "3 Udvalget for Vej og Park s møde den Tilskud til sommerkoncerter på "
        "havnen 10/10455 Beslutningstema: AMJ Ansøgning om tilskud til fem "
        "koncerter. Sagsfremstilling: Der er gratis adgang. Beslutning i "
        "Udvalget for Vej og Park den : Godkendt. 4. Ny belysning på "
        "stierne 09/40877 Beslutningstema: PLH Udvalget skal beslutte, om "
        "projektet skal udbydes. Sagsfremstilling: Lamperne er slidte.\n\n"
        "4 Udvalget for Vej og Park s møde den Indstilling: Direktionen "
        "indstiller, at projektet udbydes. Beslutning i Udvalget for Vej og "
        "Park den : Godkendt.\n\n"
        "5 Udvalget for Vej og Park s møde den Lukket - Køb af ejendom "
        "10/12009 Beslutning i Udvalget for Vej og Park den : Godkendt. "
        "Underskrifter: Birgit Holm Flemming Bak Gert Nyrup\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Budgetkontrol pr. 31. marts 2010",
        "Tilskud til sommerkoncerter på havnen", "Ny belysning på stierne",
        "Lukket - Køb af ejendom"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript that lost every number but the contents' first ("2
 * Indholdsfortegnelse Side 246. Godkendelse … Orientering om … Gensidig
 * orientering Underskrifter"): a title the contents name, followed by its
 * case file's field, heads an item - at a page's start or inside it. */
static void test_contents_titles_head_unnumbered_pages(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Åben beslutningsprotokol 25. juni kl. 10:00 Lokale D116, Rådhuset "
        "Afbud: Jens Holm, Hanne Bo\n\n"
        "2 Indholdsfortegnelse Side 246. Godkendelse af anlægsbevilling til "
        "nye lokaler Orientering om beretning fra Handicaprådet Gensidig "
        "orientering Underskrifter\n\n"
        "3 Godkendelse af anlægsbevilling til nye lokaler Sagsnr.: 07/21538 "
        "Sagsansvarlig: HBA Sagsbeskrivelse Lejemålet er opsagt, og "
        "lokalerne skal afleveres istandsat. Indstilling Direktionen "
        "indstiller, at bevillingen gives. Beslutning i Økonomiudvalget "
        "Godkendt. Afbud: Jens Holm, Hanne Bo\n\n"
        "4 Orientering om beretning fra Handicaprådet Sagsnr.: 07/1120 "
        "Sagsansvarlig: KAB Sagsbeskrivelse Rådet har holdt otte møder. "
        "Beslutning i Økonomiudvalget Taget til efterretning. Afbud: Jens "
        "Holm, Hanne Bo Gensidig orientering Sagsnr.: 07/3 Sagsansvarlig: "
        "HBA Beslutning i Økonomiudvalget Borgmesteren orienterede om KKR. "
        "Afbud: Jens Holm, Hanne Bo\n\n"
        "5 Underskrifter Anne Tind Kaj Vestergaard Hans Ulrik Nielsen\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af anlægsbevilling til nye lokaler",
        "Orientering om beretning fra Handicaprådet", "Gensidig orientering"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same kind of transcript, whose flattened contents lost the
 * numbers inside the titles too ("… Udviklingscenter Haderslev: Regnskab
 * Gram Squash Klub …"): a heading whose title ends in a number the
 * contents dropped ("Udviklingscenter Haderslev: Regnskab 2006 DIHAJP /
 * 07/1340", "Takster 2009 DIHAJP / …" where the contents say
 * "Takster") still heads an item, its year kept in the title. */
static void test_contents_title_lost_trailing_number(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 REFERAT Udvalget for Erhverv og Kultur Mødedato: Mandag den "
        "Mødested: 101 Starttidspunkt: Kl. 16:00 Afbud: Fraværende:\n\n"
        "2 Udvalget for Erhverv og Kultur, Indholdsfortegnelse Sag nr. Side "
        "243. Turisme i Aarøsund - Det videre forløb Udviklingscenter "
        "Haderslev: Regnskab Takster Gram Squash Klub - lokaletilskud\n\n"
        "3 Udvalget for Erhverv og Kultur, Side Turisme i Aarøsund - Det "
        "videre forløb DIULHA / 07/886 Sagsfremstilling Lokalrådet har bedt "
        "om en ny badebro. Beslutning Godkendt. Udviklingscenter Haderslev: "
        "Regnskab 2006 DIHAJP / 07/1340 Sagsfremstilling Regnskabet viser et "
        "lille overskud. Beslutning Godkendt. Takster 2009 DIHAJP / 08/2590 "
        "Sagsfremstilling Taksterne hæves med 3 procent. Beslutning "
        "Godkendt.\n\n"
        "4 Udvalget for Erhverv og Kultur, Side Gram Squash Klub - "
        "lokaletilskud DIHAJP / 07/1577 Sagsfremstilling Klubben søger om "
        "tilskud. Beslutning Godkendt.\n";
    static const char *const titles[] = {
        "Turisme i Aarøsund - Det videre forløb",
        "Udviklingscenter Haderslev: Regnskab 2006", "Takster 2009",
        "Gram Squash Klub - lokaletilskud"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

/* The same kind of transcript whose contents are the table under the
 * column heads "Sag nr.: Emne:" on the first page, no "Indholdsfortegnelse"
 * (Skive's udvalg minutes): its titles name the headings too, so an item
 * that starts inside a page after the last one's text is found. */
static void test_contents_column_heads_name_headings(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 MØDESTED: MØDEDATO: Kulturcentret REFERAT MØDETIDSPUNKT: MØDET "
        "HÆVET: Udvalget for Kultur og Fritid Deltagere: Anne Holm, Bo Kjær, "
        "Carl Lund Sag nr.: Emne: 1. Tilskud til idrætshallerne Budget for "
        "musikskolen Orientering om kulturpuljen Bilagsliste... 1\n\n"
        "2 UDVALGET FOR KULTUR OG FRITID, DEN Tilskud til idrætshallerne "
        "J.nr.: Sagsid.: Initialer: PESV Åben sag INDSTILLING/BESLUTNING "
        "Forvaltningen indstiller At tilskuddet godkendes Udvalget for "
        "Kultur og Fritid den Godkendt. SAGSFREMSTILLING Hallerne har fået "
        "højere udgifter til varme end ventet. Budget for musikskolen J.nr.: "
        "Sagsid.: Initialer: LIHA Åben sag INDSTILLING/BESLUTNING "
        "Forvaltningen indstiller At budgettet godkendes Udvalget for Kultur "
        "og Fritid den Godkendt. SAGSFREMSTILLING Musikskolen har flere "
        "elever end sidste år.\n\n"
        "3 UDVALGET FOR KULTUR OG FRITID, DEN Orientering om kulturpuljen "
        "J.nr.: Sagsid.: Initialer: PESV Åben sag INDSTILLING/BESLUTNING "
        "Forvaltningen indstiller At orienteringen tages til efterretning "
        "Udvalget for Kultur og Fritid den Taget til efterretning. "
        "SAGSFREMSTILLING Puljen har fået elleve ansøgninger i foråret.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Tilskud til idrætshallerne",
                                         "Budget for musikskolen",
                                         "Orientering om kulturpuljen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Lost numbers with the contents' first number 1: the transcript's
 * page numbers ("1 Kommunalbestyrelsen Referat …") do not say the
 * headings kept theirs; only "1. Godkendelse af …", the number before
 * the contents' first title, would. */
static void test_lost_numbers_first_is_one(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Kommunalbestyrelsen Referat Dato 27. februar 2014 Mødetidspunkt "
        "18:00 Sluttidspunkt 20:40 Sted Medlemmer Fraværende Byrådssalen, "
        "Nordby Rådhus Hans Ravn, Bente Mølle, Eigil Fugl Eigil Fugl "
        "Bemærkninger\n\n"
        "2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden "
        "Indkaldelse af stedfortræder Forslag til lokalplan for boliger ved "
        "mosen Underskriftsside...4\n\n"
        "3 Nordby Kommune Dato Side Kommunalbestyrelsen Godkendelse af "
        "dagsorden Sagsnr.: 14/ Sagen afgøres i: Kommunalbestyrelsen "
        "Sagsfremstilling Dagsordenen er udsendt efter forretningsordenen. "
        "Indstilling Administrationen indstiller, at dagsordenen godkendes. "
        "Beslutning i Kommunalbestyrelsen den Godkendt. 1\n\n"
        "4 Nordby Kommune Dato Side Kommunalbestyrelsen Indkaldelse af "
        "stedfortræder Sagsnr.: 13/ Sagen afgøres i: Kommunalbestyrelsen "
        "Sagsfremstilling Eigil Fugl har meldt forfald, og stedfortræderen "
        "er indkaldt. Beslutning i Kommunalbestyrelsen den Godkendt. "
        "Forslag til lokalplan for boliger ved mosen Sagsnr.: 12/ Sagen "
        "afgøres i: Kommunalbestyrelsen Sagsfremstilling Lokalplanen giver "
        "plads til 24 rækkehuse på den tidligere gartnerigrund. Beslutning "
        "i Kommunalbestyrelsen den Godkendt. 2\n\n"
        "5 Underskriftsside Hans Ravn Bente Mølle 4\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Indkaldelse af stedfortræder",
        "Forslag til lokalplan for boliger ved mosen"};
    static const char *const labels[] = {"1", "2", "3"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An attachment list after the items names them again by number and
 * title ("6 Bilagsoversigt 246. Godkendelse af … 1. Tilbud …"): it is
 * never cut into headings, and its numbers do not say the pages kept
 * theirs. */
static void test_attachment_list_is_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Åben beslutningsprotokol 25. juni kl. 10:00 Lokale D116, Rådhuset "
        "Afbud: Jens Holm, Hanne Bo\n\n"
        "2 Indholdsfortegnelse Side 246. Godkendelse af anlægsbevilling til "
        "nye lokaler Orientering om beretning fra Handicaprådet Gensidig "
        "orientering Bilagsoversigt Underskrifter\n\n"
        "3 Godkendelse af anlægsbevilling til nye lokaler Sagsnr.: 07/21538 "
        "Sagsansvarlig: HBA Sagsbeskrivelse Lejemålet er opsagt, og "
        "lokalerne skal afleveres istandsat. Indstilling Direktionen "
        "indstiller, at bevillingen gives. Beslutning i Økonomiudvalget "
        "Godkendt. Afbud: Jens Holm, Hanne Bo\n\n"
        "4 Orientering om beretning fra Handicaprådet Sagsnr.: 07/1120 "
        "Sagsansvarlig: KAB Sagsbeskrivelse Rådet har holdt otte møder. "
        "Beslutning i Økonomiudvalget Taget til efterretning. Afbud: Jens "
        "Holm, Hanne Bo Gensidig orientering Sagsnr.: 07/3 Sagsansvarlig: "
        "HBA Beslutning i Økonomiudvalget Borgmesteren orienterede om KKR. "
        "Afbud: Jens Holm, Hanne Bo\n\n"
        "5 Bilagsoversigt 246. Godkendelse af anlægsbevilling til nye "
        "lokaler 1. Tilbud fra entreprenøren på istandsættelsen 2. "
        "Tegninger af lokalerne 247. Orientering om beretning fra "
        "Handicaprådet 1. Beretning for året\n\n"
        "6 Underskrifter Anne Tind Kaj Vestergaard Hans Ulrik Nielsen\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af anlægsbevilling til nye lokaler",
        "Orientering om beretning fra Handicaprådet", "Gensidig orientering"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The contents of such a transcript drop a year the page's heading keeps
 * ("Budgetopfølgning pr. ultimo august" for "… august 2018 S00 18/120
 * Åben sag"): the title less that number is named and heads an item
 * inside a page, after the running footer and header; a title's tail
 * ("Præstø - status februar 2016" inside "Drift af svømmehallen i Præstø
 * - status februar") heads none (cu- blind round). */
static void test_contents_title_lost_year(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Erhvervsudvalget BESLUTNINGSPROTOKOL Dato: Tirsdag den 18. "
        "september 2018 Start kl.: 14:30 Vestby Kommune\n\n"
        "2 Erhvervsudvalget Indholdsfortegnelse Side 1. Tilskud til "
        "iværksætterhus Budgetopfølgning pr. ultimo august Drift af "
        "svømmehallen i Præstø - status februar Bilagsoversigt...4 Vestby "
        "Kommune\n\n"
        "3 Erhvervsudvalget Tilskud til iværksætterhus A00 18/7102 Åben sag "
        "Sagsfremstilling Ti små virksomheder søger tilskud. Beslutning i "
        "Erhvervsudvalget den Godkendt. Vestby Kommune Erhvervsudvalget "
        "Budgetopfølgning pr. ultimo august 2018 S00 18/120 Åben sag "
        "Sagsfremstilling Udvalget holder sin ramme. Beslutning i "
        "Erhvervsudvalget den Anbefales. Vestby Kommune\n\n"
        "4 Erhvervsudvalget Drift af svømmehallen i Præstø - status februar "
        "2016 S00 18/3 Åben sag Sagsfremstilling Svømmehallen er åben. "
        "Beslutning i Erhvervsudvalget den Taget til efterretning. Vestby "
        "Kommune\n";
    static const char *const titles[] = {
        "Tilskud til iværksætterhus", "Budgetopfølgning pr. ultimo august 2018",
        "Drift af svømmehallen i Præstø - status februar 2016"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    for (size_t i = 0; i < 3; i++)
        if (m.items[i].title == NULL || strcmp(m.items[i].title, titles[i]))
            fail_msg("item %zu: title <%s>, want <%s>", i,
                     m.items[i].title ? m.items[i].title : "(null)", titles[i]);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_title_ends_at_case_number),
        cmocka_unit_test(test_contents_title_before_field),
        cmocka_unit_test(test_page_number_then_ordinal_title),
        cmocka_unit_test(test_lost_number_after_running_header),
        cmocka_unit_test(test_contents_titles_head_unnumbered_pages),
        cmocka_unit_test(test_contents_title_lost_trailing_number),
        cmocka_unit_test(test_contents_column_heads_name_headings),
        cmocka_unit_test(test_lost_numbers_first_is_one),
        cmocka_unit_test(test_attachment_list_is_no_heading),
        cmocka_unit_test(test_contents_title_lost_year),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
