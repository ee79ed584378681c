/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_casetitles.c - titles in a case system's pages read one
 * line a page (split from test_segment_casefiles.c): a title in capitals
 * holding a section's word, ending before the text, opening with an
 * ordinal or a committee's code; an unlabelled case number, a name
 * before a section or after a role ending a title; a contents entry's
 * year running on; a section's word in lower case inside a title. Each
 * case is a few lines in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/segment_internal.h"
#include "segment_util.h"
#include "test_filter.h"

/* A flattened transcript whose titles are set in capitals: a section's
 * name inside a title ("FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. …",
 * "BESLUTNING OM …") goes on into more capitals, or governs "OM"/"AF",
 * so it is the title's word; a section's name stands before its text
 * ("INDSTILLING Forvaltningen indstiller …"). */
static void test_caps_title_holds_section_word(void **state)
{
    (void)state;
    static const char a[] = "INDSTILLING VEDR. TILSKUD Sagsnr. 15/1";
    static const char b[] = "BESLUTNING OM TAKSTER Sagsnr. 15/2";
    static const char c[] = "INDSTILLING Forvaltningen indstiller, at";
    static const char d[] = "INDSTILLING";
    assert_false(mnt_section_word_at(a, strlen(a)));
    assert_false(mnt_section_word_at(b, strlen(b)));
    assert_true(mnt_section_word_at(c, strlen(c)));
    assert_true(mnt_section_word_at(d, strlen(d)));

    static const char text[] =
        "1 Referat Byrådet Ordinært møde Dato 26. august 2015 Tid 19:00 "
        "Sted Byrådssalen, Havneby Rådhus\n\n"
        "2 Indholdsfortegnelse Punkt 1: TILSKUD TIL SPEJDERHYTTEN...3 "
        "Punkt 2: FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. LOKALETILSKUD"
        "...4 Punkt 3: BESLUTNING OM TAKSTER FOR HAVNENE...5 "
        "Byrådet - Referat august 2015 Side 2 af 5\n\n"
        "3 Punkt 1: TILSKUD TIL SPEJDERHYTTEN Sagsnr. 15/101 Sagsfremstilling "
        "Spejderne har søgt om tilskud til nyt tag. Indstilling "
        "Forvaltningen indstiller, at der gives tilskud. Beslutning "
        "Godkendt. Byrådet - Referat august 2015 Side 3 af 5\n\n"
        "4 Punkt 2: FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. "
        "LOKALETILSKUD Sagsnr. 15/102 Sagsfremstilling Udvalget har "
        "behandlet reglerne for lokaletilskud. Beslutning Godkendt. "
        "Byrådet - Referat august 2015 Side 4 af 5\n\n"
        "5 Punkt 3: BESLUTNING OM TAKSTER FOR HAVNENE Sagsnr. 15/103 "
        "Sagsfremstilling Havnene har sendt forslag til takster. "
        "Beslutning Godkendt. Byrådet - Referat august 2015 Side 5 af 5\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "TILSKUD TIL SPEJDERHYTTEN",
        "FOLKEOPLYSNINGSUDVALGETS INDSTILLING VEDR. LOKALETILSKUD",
        "BESLUTNING OM TAKSTER FOR HAVNENE"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page whose headings are set in capitals and run straight
 * into their text ("ØU-63/07-B SALG AF RESTAREAL VED FOLEHAVEVEJ Kommunen
 * ejer …"): the title ends where a word in small letters after its
 * capital starts the text; a dash before the text is no part of it. */
static void test_caps_title_ends_before_text(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Økonomiudvalget Mødedato: 14. juni 2007 Sted: Rådhuset "
        "Økonomiudvalget Side 1\n\n"
        "2 Følgende sager blev behandlet på mødet ØU-61/07-O ØKONOMISK "
        "ORIENTERING FOR MAJ Orienteringen viser forbruget på udvalgenes "
        "bevillinger. Beslutning: Taget til efterretning. Side 2 ØU-62/07-B "
        "SALG AF RESTAREAL VED ÅBRINKEN Kommunen ejer et restareal ved "
        "åen. Beslutning: Anbefales. Økonomiudvalget Side 2\n\n"
        "3 ØU-63/07-O FORMANDSORIENTERING - Der er holdt møde med "
        "foreningerne om vinterens aktiviteter. Beslutning: Taget til "
        "efterretning. Økonomiudvalget Side 3\n";
    static const char *const labels[] = {"61", "62", "63"};
    static const char *const titles[] = {"ØKONOMISK ORIENTERING FOR MAJ",
                                         "SALG AF RESTAREAL VED ÅBRINKEN",
                                         "FORMANDSORIENTERING"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title set in capitals that opens with an ordinal ("2. BEHANDLING
 * AF BUDGET …" under the bullet "• 2"): the noun an ordinal counts
 * keeps its number, as "2. behandling" in small letters does; another
 * capitals word after a number is a label's title. */
static void test_caps_ordinal_title(void **state)
{
    (void)state;
    static const char a[] = "2. BEHANDLING AF BUDGET 2021-2024";
    static const char b[] = "2. HALVÅR 2015";
    static const char c[] = "2. BEHANDLINGSTID";
    static const char d[] = "2. GODKENDELSE AF BUDGET";
    assert_true(mnt_ordinal_title(a, strlen(a)));
    assert_true(mnt_ordinal_title(b, strlen(b)));
    assert_false(mnt_ordinal_title(c, strlen(c)));
    assert_false(mnt_ordinal_title(d, strlen(d)));

    static const char text[] =
        "Referat\n\nTorsdag den 22. oktober 2020 kl. 17:00\n\n"
        "Mødested: Havnestuen\nUdvalg: Økonomiudvalget\n\n"
        "  • 1\n    SALG AF GRUND VED HAVNEN\n    Sagsid.: 20/3117\n\n"
        "    RESUMÉ:\n\n    Kommunen sælger grunden ved havnen.\n\n"
        "    BESLUTNING:\n\n    Godkendt.\n\n"
        "  • 2\n    2. BEHANDLING AF BUDGET 2021-2024\n"
        "    Sagsid.: 20/2260\n\n    RESUMÉ:\n\n"
        "    Budgettet behandles anden gang.\n\n"
        "    BESLUTNING:\n\n    Anbefalet.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"SALG AF GRUND VED HAVNEN",
                                         "2. BEHANDLING AF BUDGET 2021-2024"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* Horsens's committee codes before titles set in capitals ("1. ØK
 * LÅNEOPTAGELSE …", "2. BS NY STRUKTUR …", "4. ØK LUKKET PUNKT: …"):
 * cut off when every title opens with a short word of capitals and the
 * meeting prints one code twice; short first words that never repeat
 * ("NY SKOLE", "KB ARKIV") are the titles' own. */
static void test_caps_title_committee_code(void **state)
{
    (void)state;
    static const char coded[] =
        "Byrådet - Referat\n\nDato: 29. marts 2016\n\n"
        "1. ØK LÅNEOPTAGELSE FOR 2016\n\nSagsnummer\n00.34.00-S00-2-14\n"
        "Resume\n\nKommunen kan låne 30 mio. kr.\n\n"
        "2. BS NY STRUKTUR FOR UNGDOMSSKOLEN\n\nSagsnummer\n"
        "17.03.00-A00-1-15\nResume\n\nUndervisningen samles.\n\n"
        "3. ØK SALG AF AREAL VED HAVNEN\n\nSagsnummer\n"
        "01.02.05-P16-4-15\nResume\n\nArealet sælges.\n";
    static const char plain[] =
        "Referat\n\n"
        "1. NY SKOLE I SØBY\n\nSagsfremstilling\n\n"
        "Der bygges en skole.\n\nBeslutning\n\nGodkendt.\n\n"
        "2. KB ARKIV OG JOURNAL\n\nSagsfremstilling\n\n"
        "Arkivet flyttes.\n\nBeslutning\n\nGodkendt.\n\n"
        "3. EU TILSKUD TIL CYKELSTIER\n\nSagsfremstilling\n\n"
        "Der søges om tilskud.\n\nBeslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"LÅNEOPTAGELSE FOR 2016",
                                         "NY STRUKTUR FOR UNGDOMSSKOLEN",
                                         "SALG AF AREAL VED HAVNEN"};
    static const char *const kept[] = {"NY SKOLE I SØBY", "KB ARKIV OG JOURNAL",
                                       "EU TILSKUD TIL CYKELSTIER"};
    struct mnt_meeting m;
    parse_text(coded, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
    parse_text(plain, &m);
    expect_items(&m, 3, labels, kept);
    mnt_meeting_fini(&m);
}

/* "2 Udpegning af suppleant til LAG Vestkysten 24.10.00-A00-1-14
 * Sagsfremstilling …": a case's number printed without a label after
 * the title on a flattened page - a KLE number with its facet, a bare
 * case's number before its KLE number, a year and a running number -
 * ends the title like a labelled field; a year's span ("2014-2018") and
 * a plan's number stay the title's. */
static void test_unlabelled_case_number_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Kommunalbestyrelsen\n\nTranskript\n\n"
        "1 Søby Kommune Kommunalbestyrelsen Referat Mødedato: 23. juni "
        "2015 Mødested: Byrådssalen\n\n"
        "2 Søby Kommune Kommunalbestyrelsen 1. Godkendelse af dagsorden "
        "00.01.00-A00-2-15 Beslutning Godkendt. 2. Udpegning af suppleant "
        "til LAG Vestkysten 24.10.00-A00-1-14 Sagsfremstilling Kommunens "
        "suppleant er flyttet. Beslutning Ib Lund udpeges.\n\n"
        "3 Søby Kommune Kommunalbestyrelsen 3. Ændring af vedtægter for "
        "Holm Borgerforening 13/20411 00.01.00G01 Sagsfremstilling "
        "Foreningen har ændret sine vedtægter. Beslutning Godkendt. 4. "
        "Orientering fra Tilgængelighedsudvalget 2012-20417 "
        "Sagsbeskrivelse Udvalget har set på ramper. Beslutning Taget til "
        "efterretning. 5. Trafikplan 2014-2018 Sagsfremstilling Planen "
        "følges. Beslutning Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Udpegning af suppleant til LAG Vestkysten",
        "Ændring af vedtægter for Holm Borgerforening",
        "Orientering fra Tilgængelighedsudvalget", "Trafikplan 2014-2018"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* "13 Ledighedstal september 2013 Medlemmer: …": a flattened contents
 * whose entries end in a year read as a page's number names the title
 * without it; the page's heading runs on over the year to its case file
 * ("… september 2013 15.00G01 - 2013/00413 Sagsfremstilling"), and the
 * title keeps its year. */
static void test_contents_entry_year_runs_on(void **state)
{
    (void)state;
    static const char text[] =
        "Arbejdsmarkedsudvalget\n\nTranskript\n\n"
        "1 Arbejdsmarkedsudvalget Publiceret 30-10-2013 Onsdag den "
        "30-10-2013 kl. 07:30 Indholdsfortegnelse: Åbne 11 "
        "Beskæftigelsesplan 2014 - endelig vedtagelse 12 Kvartalsrapport "
        "for jobcentret, 3. kvartal 2013 13 Ledighedstal september 2013 "
        "Medlemmer: Aage Brask Eva Lund Ole Berg Godkendelse af dagsorden: "
        "Godkendt. Fraværende: Ole Berg\n\n"
        "2 Meddelelser: Åbne 11. Beskæftigelsesplan 2014 - endelig "
        "vedtagelse 15.20G00 - 2013/02215 Sagsfremstilling Planen har været "
        "i høring. Beslutning Anbefales. 12. Kvartalsrapport for jobcentret, "
        "3. kvartal 2013 15.00G01 - 2013/00412 Sagsfremstilling Rapporten "
        "viser udviklingen. Beslutning Taget til efterretning. 13. "
        "Ledighedstal september 2013 15.00G01 - 2013/00413 Sagsfremstilling "
        "Ledigheden faldt i september. Beslutning Taget til efterretning.\n";
    static const char *const labels[] = {"11", "12", "13"};
    static const char *const titles[] = {
        "Beskæftigelsesplan 2014 - endelig vedtagelse",
        "Kvartalsrapport for jobcentret, 3. kvartal 2013",
        "Ledighedstal september 2013"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "3 Mødeplan for Teknisk Udvalg 6 4 …": a flattened contents entry
 * that lost its year; the page's heading runs on over the year and a
 * case type's letter into its first section ("… Teknisk Udvalg 2016 G
 * Sagsfremstilling", Tønder's pages), and the title keeps its year. */
static void test_contents_entry_year_before_type_letter(void **state)
{
    (void)state;
    static const char text[] =
        "Referat. Mødedato: 12. marts Mødelokale: Mødelokale 4, Rådhuset."
        " Starttidspunkt for møde: 16:00.\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Refer Refer Mødedo: 12. marts 2015 Mødelokale: Mødelokale 4, "
        "Rådhuset Starttidspunkt for møde: 16:00 Fraværende: 12. marts "
        "2015\n"
        "\n"
        "2 Refer Indholdsfortegnelse Pkt. Tekst Side Åbne "
        "dagsordenspunkter 1 Orientering fra formanden. 3 2 Mødeplan for "
        "Teknisk Udvalg 4 3 Salg af grund ved Skovvej 5 marts\n"
        "\n"
        "3 Refer 1. Orientering fra formanden G Orientering fra "
        "formanden. Det indstilles, orienteringen tages til efterretning."
        " Beslutning Taget til efterretning. 12. marts 2015\n"
        "\n"
        "4 Refer 2. Mødeplan for Teknisk Udvalg 2016 G Sagsfremstilling "
        "Forvaltningen foreslår møder hver måned. Det indstilles, at "
        "planen godkendes. Beslutning Godkendt. 12. marts 2015\n"
        "\n"
        "5 Refer 3. Salg af grund ved Skovvej B Sagsfremstilling Der er "
        "kommet et bud. Det indstilles, at grunden sælges. Beslutning "
        "Godkendt. 12. marts 2015\n"
        "\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Orientering fra formanden",
                                         "Mødeplan for Teknisk Udvalg 2016",
                                         "Salg af grund ved Skovvej"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A contents entry that lost the second year of a season ("… venteliste
 * 2015/ /9", the page's number run in) names less than the page's
 * heading, whose case label lost its number before the first section
 * ("… venteliste 2015/2016 Sag nr. Resumé"): the empty label is the
 * case file's field, so the heading's year runs on to it. */
static void test_empty_case_label_ends_title(void **state)
{
    (void)state;
    static const char a[] = "Sag nr. Resumé Skolen har 300 elever.";
    static const char b[] = "Sag nr. Holte";
    assert_true(mnt_field_word_at(a, strlen(a)));
    assert_false(mnt_field_word_at(b, strlen(b)));

    static const char text[] =
        "1 Dagsorden med vedtagelser Åben Mødested Mødelokale 2, Byhuset "
        "Mødedato Tirsdag den 3. marts 2015 Mødetidspunkt Kl Medlemmer "
        "Ane Fisker (V), Bo Krag (A)\n"
        "\n"
        "2 Indholdsfortegnelse Punkt nr. Side 1 Meddelelser 3 2 Skovbyhallen -"
        " Nyt tag. Anlægsbevilling 4 3 Billedskolen - Elevtal og venteliste "
        "2015/ /9\n"
        "\n"
        "3 1 Meddelelser Sag nr. Formanden orienterede om mødet med "
        "Idrætsrådet. Beslutning Kultur- og Fritidsudvalget Taget til "
        "efterretning. /9\n"
        "\n"
        "4 2 Skovbyhallen - Nyt tag. Anlægsbevilling Sag nr. Resumé Taget "
        "er utæt. Forslag Kulturchefen foreslår en bevilling. Beslutning "
        "Kultur- og Fritidsudvalget Anbefales. /9\n"
        "\n"
        "5 3 Billedskolen - Elevtal og venteliste 2015/2016 Sag nr. Resumé "
        "Billedskolen har 210 elever. Forslag Kulturchefen foreslår, at "
        "orienteringen tages til efterretning. Beslutning Kultur- og "
        "Fritidsudvalget Taget til efterretning. /9\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Meddelelser", "Skovbyhallen - Nyt tag. Anlægsbevilling",
        "Billedskolen - Elevtal og venteliste 2015/2016"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title on a flattened page ending in a name after a definite noun
 * or a preposition, right before its first section ("… på Bostedet
 * Kildebakken Sagsfremstilling", "… ved Regionshospitalet Silkeborg
 * (13.00-14.00) Sagsfremstilling") keeps the name: no sentence opens with
 * a word a section's name follows. A town ending in an s ("… i Randers
 * Resume") is no genitive owning the section. */
static void test_name_before_section_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "Regionsrådet\n\nTranskript\n\n"
        "1 Regionsrådet Referat Mødedato: 3. marts 2021 Sted: Regionshuset "
        "1. Godkendelse af dagsorden Resume Dagsordenen godkendes. "
        "Beslutning Godkendt. Sagnr.: 1-01-76-14-20 2. Anlægsbevilling til "
        "ny sterilcentral i Randers Resume Der søges om en bevilling. "
        "Beslutning Godkendt. Sagnr.: 1-01-76-14-21 3. Orientering om "
        "tilsyn på Bostedet Kildebakken Sagsfremstilling Tilsynet gav "
        "ingen påbud. Beslutning Taget til efterretning. Sagnr.: "
        "1-01-76-14-22 4. Besøg ved Regionshospitalet Silkeborg "
        "(13.00-14.00) Sagsfremstilling Udvalget besøger hospitalet. "
        "Beslutning Taget til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Anlægsbevilling til ny sterilcentral i Randers",
        "Orientering om tilsyn på Bostedet Kildebakken",
        "Besøg ved Regionshospitalet Silkeborg (13.00-14.00)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Pkt. 350 Spørgsmål fra kommunalbestyrelsesmedlem Karen Holt om …": a
 * capitalised word after a person's role, and the names after it, go on
 * with the title; no sentence opens there. */
static void test_name_after_role_in_title(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\n\nTranskript\n\n"
        "1 Referat til mødet i Kommunalbestyrelsen den 1. november 2021 kl. "
        "19:00 i Kommunalbestyrelsens mødesal Dagsordenspunkter Pkt. 350 "
        "Spørgsmål fra kommunalbestyrelsesmedlem Karen Holt om ventelister "
        "til specialklasser Sagsfremstilling Foretoges. Borgmesteren "
        "svarede på spørgsmålet. Pkt. 351 Valg af næstformand "
        "Sagsfremstilling Der skal vælges en ny næstformand. Beslutning Eva "
        "Lund blev valgt.\n";
    static const char *const labels[] = {"350", "351"};
    static const char *const titles[] = {
        "Spørgsmål fra kommunalbestyrelsesmedlem Karen Holt om ventelister "
        "til specialklasser",
        "Valg af næstformand"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Pkt. 351 Forslag til beslutning fra …", "… – til beslutning
 * Sagsfremstilling": a section's name in lower case after a small word
 * is the title's own words; only the capitalised name ends it. */
static void test_lower_section_word_in_title(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\n\nTranskript\n\n"
        "1 Referat til mødet i Kommunalbestyrelsen den 1. november 2021 kl. "
        "19:00 i Kommunalbestyrelsens mødesal Dagsordenspunkter Pkt. 351 "
        "Forslag til beslutning fra kommunalbestyrelsesmedlem Emil Sander "
        "om flere bænke Sagsfremstilling Forslaget blev oversendt til "
        "udvalget. Pkt. 352 Valg til Ældrerådet 2021 – til beslutning "
        "Sagsfremstilling Der afholdes valg i november. Beslutning "
        "Godkendt.\n";
    static const char *const labels[] = {"351", "352"};
    static const char *const titles[] = {
        "Forslag til beslutning fra kommunalbestyrelsesmedlem Emil Sander "
        "om flere bænke",
        "Valg til Ældrerådet 2021 – til beslutning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_caps_title_holds_section_word),
        cmocka_unit_test(test_caps_title_ends_before_text),
        cmocka_unit_test(test_caps_ordinal_title),
        cmocka_unit_test(test_caps_title_committee_code),
        cmocka_unit_test(test_unlabelled_case_number_ends_title),
        cmocka_unit_test(test_contents_entry_year_runs_on),
        cmocka_unit_test(test_contents_entry_year_before_type_letter),
        cmocka_unit_test(test_empty_case_label_ends_title),
        cmocka_unit_test(test_name_before_section_ends_title),
        cmocka_unit_test(test_name_after_role_in_title),
        cmocka_unit_test(test_lower_section_word_in_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
