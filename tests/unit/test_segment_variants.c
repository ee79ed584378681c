/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_variants.c - flattened transcripts (a PDF page a line)
 * varied in one realistic thing each (round es): no contents page, a
 * contents with dotted leaders, a title wrapped over a page break, the
 * running header at the page's foot. Each case is a few lines in our
 * own words. */
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

/* A transcript with no contents page whose headings print a case type's
 * letter before the first section (`1. Title S Sagsfremstilling …`): a
 * name's capitalised word inside the title ("Det Lokale Skoleråd",
 * "Vestby Kommunes Trafikplan") starts no sentence; the letter and the
 * section after it end the title. */
static void test_type_letter_ends_title_without_contents(void **state)
{
    (void)state;
    static const char text[] =
        "Vestby Kommune Byrådet. Referat. Mødedato: 4. maj 2015\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Mødedato: 4. maj 2015 Mødelokale: Byrådssalen, Vestby Rådhus "
        "Fraværende: Finn Rydahl ved afbud 4. maj 2015\n"
        "\n"
        "2 1. Valg til bestyrelsen for Naturpark Engen S "
        "Sagsfremstilling Bestyrelsen skal have et nyt medlem fra "
        "byrådet. Det indstilles, byrådet vælger et medlem. Beslutning "
        "Anne Bro blev valgt. 4. maj 2015\n"
        "\n"
        "3 2. Nye medlemmer til Det Lokale Skoleråd S Sagsfremstilling "
        "To skoler har valgt nye medlemmer. Det indstilles, de valgte "
        "godkendes. Beslutning Godkendt. 4. maj 2015\n"
        "\n"
        "4 3. Godkendelse af Vestby Kommunes Trafikplan P "
        "Sagsfremstilling Planen samler indsatsen i fire spor. Det "
        "indstilles, planen godkendes. Beslutning Godkendt. 4. maj 2015\n"
        "\n"
        "5 4. Salg af areal S Beslutning Godkendt. 4. maj 2015\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Valg til bestyrelsen for Naturpark Engen",
        "Nye medlemmer til Det Lokale Skoleråd",
        "Godkendelse af Vestby Kommunes Trafikplan", "Salg af areal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A contents whose every entry is numbered and dotted to its page,
 * after the column heads "Sagsnr. Side" ("INDHOLD … Sagsnr. Side 12.
 * Title...4 13. Title...5 …"), two items on the last page: the number
 * after "Side" is the first entry's, since the next entry numbers on,
 * not the page's; the first item is found below as the others are. */
static void test_dotted_contents_first_entry_after_side(void **state)
{
    (void)state;
    static const char text[] =
        "Landsbyrådet. Referat. Mødedato 3. juni 2015\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Landsbyrådet. Referat. Mødedato 3. juni 2015\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Landsbyrådet Referat Mødedato 3. juni 2015 Starttidspunkt "
        "19:00 Mødested Forsamlingshuset i Nordby Afbud fra Agnete Fogh\n"
        "\n"
        "2 INDHOLD Landsbyrådet 3. juni 2015 Sagsnr. Side 12. "
        "Ansøgninger fra landsbyerne, sommerrunden - ÅBENT...4 13. "
        "Tilskud til nye shelters - ÅBENT...5 14. Orientering - "
        "ÅBENT...6 15. Status for økonomien - ÅBENT...6 "
        "Underskriftsark...7 3\n"
        "\n"
        "3 12. Ansøgninger fra landsbyerne, sommerrunden - ÅBENT Tidl. "
        "politisk behandling Landsbyrådet 3. juni 2015 SAGENS INDHOLD "
        "Der er kommet fire ansøgninger. INDSTILLING Administrationen "
        "indstiller, at ansøgningerne behandles. BESLUTNING Godkendt. 4\n"
        "\n"
        "4 13. Tilskud til nye shelters - ÅBENT Tidl. politisk "
        "behandling Landsbyrådet 3. juni 2015 SAGENS INDHOLD To "
        "landsbylaug søger om tilskud. BESLUTNING Godkendt. 5\n"
        "\n"
        "5 14. Orientering - ÅBENT Tidl. politisk behandling "
        "Landsbyrådet 3. juni 2015 SAGENS INDHOLD Nyt fra formanden. "
        "BESLUTNING Taget til efterretning. 15. Status for økonomien - "
        "ÅBENT Tidl. politisk behandling Landsbyrådet 3. juni 2015 "
        "SAGENS INDHOLD Forbruget følger budgettet. BESLUTNING Taget til "
        "efterretning. 6\n"
        "\n"
        "6 Underskriftsark Landsbyrådet 3. juni 2015 Agnete Fogh Aage Brask "
        "7\n";
    static const char *const labels[] = {"12", "13", "14", "15"};
    static const char *const titles[] = {
        "Ansøgninger fra landsbyerne, sommerrunden - ÅBENT",
        "Tilskud til nye shelters - ÅBENT", "Orientering - ÅBENT",
        "Status for økonomien - ÅBENT"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The running header printed at each page's foot ("… Økonomiudvalget,
 * 9. marts 2016 Side 4" ending the page's line) and an empty date field
 * on the first page: the council and date it repeats are the meeting's,
 * as at the pages' heads. */
static void test_running_header_at_page_foot(void **state)
{
    (void)state;
    static const char text[] =
        "Åben dagsorden Økonomiudvalget Direktionen\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Åben dagsorden Økonomiudvalget Direktionen\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Åben dagsorden Økonomiudvalget Direktionen Side 1. Mødedato: "
        "Mødet påbegyndt: kl. 15:00 Mødested: Mødelokale 3, Vestby "
        "Rådhus Fraværende: Følgende sager behandles: Pkt. Tekst Side 1 "
        "Budgetopfølgning 2 2 Salg af byggegrunde 3 3 Meddelelser 4\n"
        "\n"
        "2 1. Budgetopfølgning Sagsnr.: 00.30.00-S00-2-16 Resumé "
        "Forbruget følger budgettet. Indstilling Direktionen indstiller, "
        "at opfølgningen godkendes. Økonomiudvalget, 9. marts 2016 Side 2\n"
        "\n"
        "3 2. Salg af byggegrunde Sagsnr.: 02.34.02-P19-1-16 Resumé Fire "
        "grunde er solgt. Indstilling Direktionen indstiller, at salget "
        "godkendes. Økonomiudvalget, 9. marts 2016 Side 3\n"
        "\n"
        "4 3. Meddelelser Sagsnr.: 00.01.00-A00-1-16 Resumé Borgmesteren "
        "orienterer. Indstilling Direktionen indstiller, at orienteringen "
        "tages til efterretning. Økonomiudvalget, 9. marts 2016 Side 4\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2016-03-09");
    assert_non_null(m.council);
    assert_string_equal(m.council, "Økonomiudvalget");
    mnt_meeting_fini(&m);
}

/* A heading at a page's foot whose title the page break wrapped ("…
 * Godkendt. 3. Tilskud til nyt tag på hallen i 3" / "4 Nordby Åben sag
 * …", "… møder den 2.4. og 4" / "5 16.4.2015 Åben sag …"): the title
 * ends in a word no title ends in before the page's number, so it goes
 * on at the next page's line after that page's number. */
static void test_title_wrapped_over_page_break(void **state)
{
    (void)state;
    static const char text[] =
        "VESTBY KOMMUNE. Referat. til Kommunalbestyrelsen\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"VESTBY KOMMUNE. Referat. til Kommunalbestyrelsen\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 VESTBY KOMMUNE Referat til Kommunalbestyrelsen Mødedato: "
        "Tirsdag den 21. april 2015 Mødetidspunkt: 18:30 Mødelokale: "
        "Medlemmer: Afbud: Rådhusets mødesal Aage Brask, Eva Dam Eva Dam\n"
        "\n"
        "2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 15/100 "
        "Sagsansvarlig: ab.of BESLUTNING I KOMMUNALBESTYRELSEN DEN "
        "Godkendt. 2. Meddelelser Åben sag Sagsnr.: 15/100 Sagsansvarlig: "
        "ab.of RESUMÉ Borgmesteren orienterede om vejarbejdet. BESLUTNING "
        "I KOMMUNALBESTYRELSEN DEN Taget til efterretning. 3. Tilskud til "
        "nyt tag på hallen i 3\n"
        "\n"
        "4 Nordby Åben sag Sagsnr.: 15/731 Sagsansvarlig: KUL.BU RESUMÉ "
        "Hallens tag er utæt. INDSTILLING Forvaltningen indstiller, at "
        "der gives et tilskud. BESLUTNING I KOMMUNALBESTYRELSEN DEN "
        "Godkendt. 4. Beslutninger fra Økonomiudvalgets møder den 2.4. "
        "og 4\n"
        "\n"
        "5 16.4.2015 Åben sag Sagsnr.: 15/100 Sagsansvarlig: ab.of RESUMÉ "
        "Referaterne er sendt til medlemmerne. BESLUTNING I "
        "KOMMUNALBESTYRELSEN DEN Taget til efterretning. 5\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Meddelelser",
        "Tilskud til nyt tag på hallen i Nordby",
        "Beslutninger fra Økonomiudvalgets møder den 2.4. og 16.4.2015"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_type_letter_ends_title_without_contents),
        cmocka_unit_test(test_dotted_contents_first_entry_after_side),
        cmocka_unit_test(test_running_header_at_page_foot),
        cmocka_unit_test(test_title_wrapped_over_page_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
