/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_printed.c - round fm's classes, found in real minutes
 * drawn by the words their publishing systems print: flattened
 * transcripts of a seniorråd's Word minutes and of a local committee's
 * decisions. Each case is a few lines in our own words. */
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

/* A theme line in capitals ends in a lone "I" (a roman numeral or a
 * lost symbol: "TEMA: FORMALIA I 1. Godkendelse af dagsorden."), which
 * reads as the preposition "i" in capitals. A preposition goes on into
 * its number only in a title set in capitals ("INDRETNING AF 1. SAL");
 * before a title in small letters the number heads an item. */
static void test_theme_numeral_before_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 ! R e f e r a t MØDE Skovby Seniorråd Torsdag den 7. maj 2015 "
        "kl Mødelokale 2, Skovby Rådhus Til stede: Ane Lund, Bo Dam, Kaj "
        "Ring. TEMA: FORMALIA I 1. Godkendelse af dagsorden. Godkendt. "
        "2. Godkendelse af referat Godkendt uden rettelser. TEMA: TRAFIK "
        "3. Nye busruter Rådet drøftede køreplanen og skriver til "
        "trafikselskabet. Side! 1 af! 2\n"
        "\n"
        "2 ! TEMA: ANLÆG 4. Indretning af 1. sal i aktivitetshuset Rådet "
        "ønsker elevator. 5. Eventuelt Intet. Side! 2 af! 2\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Godkendelse af referat", "Nye busruter",
        "Indretning af 1. sal i aktivitetshuset", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 5);
    for (size_t k = 0; k < 5; k++) {
        assert_string_equal(m.items[k].label, labels[k]);
        assert_non_null(strstr(m.items[k].title, titles[k]));
    }
    mnt_meeting_fini(&m);
}

/* An attendance note in capitals counts a substitute by an ordinal ("…
 * ENHEDSLISTEN. 1. SUPPLEANT ANNE MØLLER DELTOG I STEDET."): a member's
 * role, no item; the first item is the "1." after it, also where no
 * "2." follows to choose the chain by. */
static void test_substitute_ordinal_in_attendance(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 FRAVÆRENDE AFBUD FRA LISE HOLM, ENHEDSLISTEN. 1. SUPPLEANT "
        "ANNE MØLLER DELTOG I STEDET. AFBUD FRA OLE DAM. INGEN "
        "SUPPLEANTER KUNNE DELTAGE. 1. Godkendelse af dagsorden "
        "Formanden indstiller, at dagsordenen godkendes. Beslutning: "
        "Godkendt. 2. Budget for næste år Formanden indstiller, at "
        "budgettet godkendes. Beslutning: Godkendt. 3. Eventuelt "
        "Beslutning: Intet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Budget for næste år", "Eventuelt"};
    /* a local committee's decisions whose later headings lost their
     * numbers: no "2." follows to choose the chain by */
    static const char one[] =
        "1. at lokaludvalget godkender dagsordenen.\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"1. at lokaludvalget godkender dagsordenen.\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 FRAVÆRENDE AFBUD FRA LISE HOLM, ENHEDSLISTEN. 1. SUPPLEANT "
        "ANNE MØLLER DELTOG I STEDET. AFBUD FRA OLE DAM, "
        "BOLIGOMRÅDET. INGEN SUPPLEANTER KUNNE DELTAGE. KAJ RING "
        "DELTOG FRA CA. KL 1. Godkendelse af dagsorden LU 12/2008 "
        "Formanden indstiller til Skovby Lokaludvalg, 1. at "
        "lokaludvalget godkender dagsordenen.\n"
        "\n"
        "2 Skovby Lokaludvalgs beslutning på mødet den 4. marts 2008: "
        "1. Dagsordenen blev godkendt. Budget for næste år LU 14/2008 "
        "Formanden indstiller til Skovby Lokaludvalg, 1. at budgettet "
        "godkendes. Skovby Lokaludvalgs beslutning på mødet den 4. "
        "marts 2008: 1. Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    for (size_t k = 0; k < 3; k++) {
        assert_string_equal(m.items[k].label, labels[k]);
        assert_non_null(strstr(m.items[k].title, titles[k]));
    }
    mnt_meeting_fini(&m);
    parse_text(one, &m);
    assert_true(m.nitems >= 1);
    assert_string_equal(m.items[0].label, "1");
    assert_string_equal(m.items[0].title, "Godkendelse af dagsorden");
    mnt_meeting_fini(&m);
}

/* A local committee's transcript that kept only its first heading's
 * number: every heading's title runs on into the committee's case code
 * ("Budget for næste år LU 14/2008 Formanden indstiller …"), which the
 * text repeats; the title before each code heads an item, back to the
 * sentence's end or to a capital after a word in lower case (a time the
 * transcript dropped: "… fra klokken Mødeplan for foråret LU 15/2008"). */
static void test_repeated_case_code_heads(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 FRAVÆRENDE AFBUD FRA OLE DAM. KAJ RING DELTOG FRA CA. KL 1. "
        "Godkendelse af dagsorden LU 12/2008 Formanden indstiller til "
        "Skovby Lokaludvalg, 1. at lokaludvalget godkender dagsordenen. "
        "Skovby Lokaludvalgs beslutning på mødet den 4. marts 2008: 1. "
        "Godkendt. Kaj Ring deltog i mødet fra klokken Mødeplan for "
        "foråret LU 15/2008 Formanden indstiller til Skovby Lokaludvalg, "
        "1. at lokaludvalget vedtager mødeplanen.\n"
        "\n"
        "2 Skovby Lokaludvalgs beslutning på mødet den 4. marts 2008: 1. "
        "Vedtaget. Budget for næste år LU 14/2008 Formanden indstiller "
        "til Skovby Lokaludvalg, 1. at budgettet godkendes. Skovby "
        "Lokaludvalgs beslutning på mødet den 4. marts 2008: 1. "
        "Godkendt. Eventuelt LU 16/2008 Skovby Lokaludvalgs beslutning "
        "på mødet den 4. marts 2008: Intet.\n";
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Mødeplan for foråret",
                                         "Budget for næste år", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 4);
    for (size_t k = 0; k < 4; k++)
        assert_string_equal(m.items[k].title, titles[k]);
    mnt_meeting_fini(&m);
}

/* A web page's items flattened, each title printed above its label and
 * the label's first field after it ("… efterretning. Tilskud til
 * foreningerne Sag nr. 12 Beslutningskompetence: KFU …"): the title
 * ends the piece before the label, back to the sentence's end (not a
 * date's "pr. 31. maj"). */
static void test_title_before_sag_nr_label(void **state)
{
    (void)state;
    static const char text[] =
        "Kultur- og Fritidsudvalget\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Kultur- og Fritidsudvalget 03-05-2022 Medlemmer Formand Ida "
        "Kvist (A) Bo Hald (V) Sager 11 - 14 Meddelelser Sag nr. 11 "
        "Beslutningskompetence: KFU Sagens kerne Orientering om "
        "sommerens arrangementer. Beslutning Taget til efterretning. "
        "Tilskud til foreningerne Sag nr. 12 Beslutningskompetence: KFU Sagens "
        "kerne "
        "Foreningerne søger om tilskud. Beslutning Godkendt.\n"
        "\n"
        "2 Budgetopfølgning pr. 31. maj 2022 Sag nr. 13 "
        "Beslutningskompetence: ØK Sagens kerne Opfølgningen viser balance. "
        "Beslutning Anbefales. Forvaltningen har svaret. Eventuelt Sag nr. "
        "14 Beslutningskompetence: KFU Beslutning Intet.\n";
    static const char *const titles[] = {"Tilskud til foreningerne",
                                         "Budgetopfølgning pr. 31. maj 2022",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 4);
    for (size_t k = 0; k < 3; k++)
        assert_string_equal(m.items[k + 1].title, titles[k]);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_theme_numeral_before_heading),
        cmocka_unit_test(test_substitute_ordinal_in_attendance),
        cmocka_unit_test(test_repeated_case_code_heads),
        cmocka_unit_test(test_title_before_sag_nr_label),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
