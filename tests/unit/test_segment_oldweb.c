/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_oldweb.c - shapes the older web pages of minutes
 * (2006-2016) showed in the a- blind round: pages of <font>/<b>
 * paragraphs whose bold lines are both section lines and numbered
 * headings, and a Word document's bold dated decision label recurring
 * in every item, and items as table rows "Sag nr. 74 | Title". Each case is a
 * few lines in our own words. */
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

/* Every numbered heading is bold, like the upper-case section lines
 * between them and the title over the contents list; the closed item at the end
 * has only its status below it, so the chain of bold lines leaves it out. The
 * numbers say which bold lines open items: the section lines are no items. */
static void test_bold_numbered_headings_and_sections(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 1, 0, "REFERAT"},
        {EXT_PARA, 1, 0, "fra møde i BYRÅDET"},
        {EXT_PARA, 0, 0, "mandag den 9. marts 2009 kl. 19.00 i byrådssalen"},
        {EXT_PARA, 0, 0, "Fraværende: Ingen"},
        {EXT_PARA, 1, 0, "Indholdsfortegnelse:"},
        {EXT_PARA, 0, 0, "Åbne efterretningssager"},
        {EXT_PARA, 0, 0, "12. Beretning fra musikskolen"},
        {EXT_PARA, 0, 0, "Åbne beslutningssager"},
        {EXT_PARA, 0, 0, "13. Takster for leje af haller"},
        {EXT_PARA, 0, 0, "14. Salg af byggegrunde. Prisfastsættelse"},
        {EXT_PARA, 0, 0, "Lukkede sager"},
        {EXT_PARA, 0, 0, "15. Lukket sag: Køb af jord"},
        {EXT_PARA, 1, 0, "ÅBNE EFTERRETNINGSSAGER"},
        {EXT_PARA, 1, 0, "12. Beretning fra musikskolen."},
        {EXT_PARA, 0, 0, "J.nr.: 18.00.00A00 Sagsid: 09/12 Åben sag"},
        {EXT_PARA, 1, 0, "Sagsfremstilling:"},
        {EXT_PARA, 0, 0, "Skolen har haft flere elever end sidste år."},
        {EXT_PARA, 1, 0, "Beslutning:"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_PARA, 1, 0, "ÅBNE BESLUTNINGSSAGER"},
        {EXT_PARA, 1, 0, "13. Takster for leje af haller."},
        {EXT_PARA, 0, 0, "J.nr.: 18.15.00S29 Sagsid: 09/40 Åben sag"},
        {EXT_PARA, 1, 0, "Sagsfremstilling:"},
        {EXT_PARA, 0, 0, "Taksterne foreslås uændrede."},
        {EXT_PARA, 1, 0, "Beslutning:"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 1, 0, "14. Salg af byggegrunde. Prisfastsættelse."},
        {EXT_PARA, 0, 0, "J.nr.: 02.34.02G01 Sagsid: 09/41 Åben sag"},
        {EXT_PARA, 1, 0, "Beslutning:"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 1, 0, "LUKKEDE SAGER"},
        {EXT_PARA, 1, 0, "15. Lukket sag: Køb af jord."},
        {EXT_PARA, 0, 0, "Lukket sag"},
    };
    static const char *const labels[] = {"12", "13", "14", "15"};
    static const char *const titles[] = {
        "Beretning fra musikskolen", "Takster for leje af haller",
        "Salg af byggegrunde. Prisfastsættelse", "Lukket sag: Køb af jord"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Word document saved as HTML: the item headings are plain numbered
 * paragraphs (their bold comes from a class), while every decision is
 * headed by the same bold dated label over "Punkt N:". The label recurs
 * in every item, so it heads none of them. */
static void test_recurring_dated_label_heads_no_item(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 1, 0,
         "Møde i Kommunalbestyrelsen mandag den 2. oktober "
         "2006, kl. 17.00"},
        {EXT_PARA, 1, 0, "REFERAT"},
        {EXT_PARA, 0, 0, "1. Meddelelser"},
        {EXT_PARA, 0, 0, "Der holdes temamøde om budgettet i næste uge."},
        {EXT_PARA, 1, 0, "Kommunalbestyrelsens møde 2. oktober 2006"},
        {EXT_PARA, 1, 0, "Punkt 1:"},
        {EXT_PARA, 0, 0, "Til efterretning."},
        {EXT_PARA, 0, 0, "ØKONOMIUDVALGET"},
        {EXT_PARA, 0, 0, "2. Lån til nye vinduer i Engparken"},
        {EXT_PARA, 1, 0, "Resumé"},
        {EXT_PARA, 0, 0, "Boligselskabet søger om lån til 30 lejligheder."},
        {EXT_PARA, 1, 0, "Økonomiudvalgets møde 26. september 2006"},
        {EXT_PARA, 1, 0, "Punkt 4:"},
        {EXT_PARA, 0, 0, "Anbefales."},
        {EXT_PARA, 1, 0, "Kommunalbestyrelsens møde 2. oktober 2006"},
        {EXT_PARA, 1, 0, "Punkt 2:"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 0, 0, "3. Trafiksanering af Skolevej"},
        {EXT_PARA, 1, 0, "Resumé"},
        {EXT_PARA, 0, 0, "To hævede flader ved skolen."},
        {EXT_PARA, 1, 0, "Kommunalbestyrelsens møde 2. oktober 2006"},
        {EXT_PARA, 1, 0, "Punkt 3:"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 0, 0, "4. Nyt seniorråd for frivillige"},
        {EXT_PARA, 1, 0, "Resumé"},
        {EXT_PARA, 0, 0, "Foreningerne ønsker et fælles forum."},
        {EXT_PARA, 1, 0, "Kommunalbestyrelsens møde 2. oktober 2006"},
        {EXT_PARA, 1, 0, "Punkt 4:"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Meddelelser", "Lån til nye vinduer i Engparken",
        "Trafiksanering af Skolevej", "Nyt seniorråd for frivillige"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Items as table rows "Sag nr. 74 | Title" (a contents table of the same
 * rows above them): the number's cell is followed by a tab, not a
 * space, and the title is the next cell. */
static void test_sag_nr_cell_then_title_cell(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde i Økonomiudvalget\n"
        "Tirsdag den 11. maj 2010 Kl. 15.00 i Borgmesterens kontor\n\n"
        "Indhold\n"
        "Sag nr. 61\tOrientering om kassebeholdningen\n"
        "Sag nr. 62\tRegnskab 2009\n"
        "Sag nr. 63\tSalg af areal ved havnen\n\n"
        "Sag nr. 61\tOrientering om kassebeholdningen\n"
        "Åben sag Sagsnr.: 10/301\n"
        "Sagsfremstilling\n"
        "Beholdningen er faldet en smule siden januar.\n"
        "Beslutning\n"
        "Taget til efterretning.\n\n"
        "Sag nr. 62\tRegnskab 2009\n"
        "Åben sag Sagsnr.: 10/302\n"
        "Sagsfremstilling\n"
        "Resultatet er bedre end budgetteret.\n"
        "Beslutning\n"
        "Anbefales.\n\n"
        "Sag nr. 63\tSalg af areal ved havnen\n"
        "Lukket sag\n";
    static const char *const labels[] = {"61", "62", "63"};
    static const char *const titles[] = {"Orientering om kassebeholdningen",
                                         "Regnskab 2009",
                                         "Salg af areal ved havnen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An older web page whose paragraphs were joined without a break: every
 * heading after the first sits at the end of the item before it, right
 * after that item's last full stop ("… (V).42. Title"), and each item
 * then opens with its case number's line. The glued numbers head the
 * items, titled, not the case number lines. */
static void test_heading_glued_after_full_stop(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "til\n"
        "mødet i Teknikudvalget\n"
        "den 3. maj 2016 kl. 16:00\n\n"
        "41. Godkendelse af dagsorden\n\n"
        "Sagsnr: 00.01.00-P35-2-16 Sagsansvarlig: Ida Berg\n\n"
        "Beslutning i Teknikudvalget den 3. maj 2016\n\n"
        "Godkendt.\n\n"
        "Ole Dahl (A) deltog i stedet for Bo Lund (A).42. Asfalt på "
        "Skolevej\n\n"
        "Sagsnr: 05.01.00-G01-7-16 Sagsansvarlig: Per Hjort\n\n"
        "Sagsfremstilling\n\n"
        "Vejen er slidt og skal have nyt slidlag i år.\n\n"
        "Beslutning i Teknikudvalget den 3. maj 2016\n\n"
        "Godkendt.\n\n"
        "Ole Dahl (A) deltog i stedet for Bo Lund (A).43. Vintertjeneste "
        "2016-17\n\n"
        "Sagsnr: 05.13.00-P20-1-16 Sagsansvarlig: Per Hjort\n\n"
        "Sagsfremstilling\n\n"
        "Planen følger sidste års ruter.\n\n"
        "Beslutning i Teknikudvalget den 3. maj 2016\n\n"
        "Godkendt.\n";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Asfalt på Skolevej",
                                         "Vintertjeneste 2016-17"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An "ad. 4." paragraph longer than a heading may be (the minutes' text
 * runs on after the number) under an agenda list without numbers: the
 * number alone keys it to its entry, so the item is found and titled
 * from the list like its shorter neighbours. */
static void test_long_ad_paragraph_keyed_to_list(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af 1. møde i Naturrådet d. 4. maj 2010 på rådhuset.\n\n"
        "Dagsorden:\n\n"
        "  \xE2\x80\xA2 Velkomst\n  \xE2\x80\xA2 Valg af formand\n"
        "  \xE2\x80\xA2 Stier langs kysten\n  \xE2\x80\xA2 Eventuelt\n\n"
        "ad. 1. Formanden bød velkommen.\n\n"
        "ad. 2. Valget af formand blev udsat til næste møde, da flere af "
        "de ordinære medlemmer var forhindret, og næstformanden gjorde "
        "det klart, at formanden efter hans mening ikke bør sidde i "
        "kommunalbestyrelsen.\n\n"
        "ad. 3. Der blev vist et kort over stierne.\n\n"
        "ad. 4. Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Velkomst", "Valg af formand",
                                         "Stier langs kysten", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_non_null(strstr(m.items[1].body, "blev udsat"));
    mnt_meeting_fini(&m);
}

/* A publisher's typo: two items in a row both numbered 4, every item an
 * <h2> with sections and text of its own. The chain in sequence keeps
 * one "4."; the other, set like every heading and titled otherwise, is
 * an item too. */
static void test_number_printed_twice_is_two_items(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Ældrerådet - Referat"},
        {EXT_PARA, 0, 0, "Dato: 3. marts 2015"},
        {EXT_HEADING, 0, 2, "1. Fraværende"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Ingen fraværende."},
        {EXT_HEADING, 0, 2, "2. Godkendelse af referat"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 0, 2, "3. Venteliste til plejeboliger"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_HEADING, 0, 2, "4. Nye busruter"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Rådet ønsker flere afgange om aftenen."},
        {EXT_HEADING, 0, 2, "4. Status for demensprojektet"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_HEADING, 0, 2, "5. Eventuelt"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3", "4", "4", "5"};
    static const char *const titles[] = {"Fraværende",
                                         "Godkendelse af referat",
                                         "Venteliste til plejeboliger",
                                         "Nye busruter",
                                         "Status for demensprojektet",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same heading printed again over the rest of its item ("(fortsat)")
 * is no second item. */
static void test_heading_printed_again_is_one_item(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 2, "1. Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 0, 2, "2. Budgetopfølgning for første kvartal"},
        {EXT_PARA, 0, 0, "Forvaltningen forelægger opfølgningen."},
        {EXT_HEADING, 0, 2, "2. Budgetopfølgning for første kvartal (fortsat)"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_HEADING, 0, 2, "3. Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Budgetopfølgning for første kvartal",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same typo where each number stands in an element of its own over
 * its <h2> title, and where the headings print no full stop ("4 Title",
 * the loose styles' chain): the second 4 is an item too. */
static void test_number_printed_twice_apart_or_undotted(void **state)
{
    (void)state;
    static const struct blk apart[] = {
        {EXT_PARA, 0, 0, "1"},
        {EXT_HEADING, 0, 2, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 0, 0, "2"},
        {EXT_HEADING, 0, 2, "Nye busruter"},
        {EXT_PARA, 0, 0, "Rådet ønsker flere afgange om aftenen."},
        {EXT_PARA, 0, 0, "2"},
        {EXT_HEADING, 0, 2, "Status for demensprojektet"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_PARA, 0, 0, "3"},
        {EXT_HEADING, 0, 2, "Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const struct blk undotted[] = {
        {EXT_HEADING, 0, 2, "1 Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 0, 2, "2 Nye busruter"},
        {EXT_PARA, 0, 0, "Rådet ønsker flere afgange om aftenen."},
        {EXT_HEADING, 0, 2, "2 Status for demensprojektet"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_HEADING, 0, 2, "3 Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Nye busruter",
        "Status for demensprojektet", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(apart, sizeof apart / sizeof *apart, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
    parse_blocks(undotted, sizeof undotted / sizeof *undotted, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bold_numbered_headings_and_sections),
        cmocka_unit_test(test_recurring_dated_label_heads_no_item),
        cmocka_unit_test(test_sag_nr_cell_then_title_cell),
        cmocka_unit_test(test_heading_glued_after_full_stop),
        cmocka_unit_test(test_long_ad_paragraph_keyed_to_list),
        cmocka_unit_test(test_number_printed_twice_is_two_items),
        cmocka_unit_test(test_heading_printed_again_is_one_item),
        cmocka_unit_test(test_number_printed_twice_apart_or_undotted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
