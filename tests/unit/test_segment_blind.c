/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_blind.c - heading shapes a blind round of minutes from
 * councils not seen before brought up (issue 11, the z- layouts): a
 * time slot printed before each title, a running number in a block of
 * its own above an unnumbered heading, a "Punkt: 1" field over a case
 * file's fields with the title below them, and a closed item printed as
 * a bare number at the end; from the r- round, a date's year glued to
 * the first heading, numbered lists opening in lower case and a
 * numbered paragraph ending in a colon, a transcript page's number
 * before an item's number without a full stop. Each case is a few lines
 * in our own words. */
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

/* "1 - 09.00-09.05 Godkendelse af dagsordenen": the slot in the day's
 * programme is no part of the title. A time that is the subject stays
 * ("Møde kl. 17 flyttes" opens with no time). */
static void test_time_slot_before_title(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i Seniorrådet\n\n"
        "Dato: 28. februar 2024\n\n"
        "1 - 09.00-09.05 Godkendelse af dagsordenen\n"
        "Godkendt.\n\n"
        "2 - 09.05-09.40 Besøg af borgmesteren\n"
        "Borgmesteren fortalte om budgettet for næste år.\n\n"
        "3 - kl. 10.15 Høring om trafikplan\n"
        "Rådet ønsker bedre lys ved overgangene.\n\n"
        "4 - 10.40-10.50 Eventuelt\n"
        "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsordenen",
                                         "Besøg af borgmesteren",
                                         "Høring om trafikplan", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page that sets each item's running number in a block of its own
 * ("141") above an unnumbered heading: the number is the item's label
 * and no part of the item before. */
static void test_number_block_above_heading(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 0, 0, "Udvalg: Kommunalbestyrelsen"},
        {EXT_PARA, 0, 0, "Mødedato: 24-09-2020 18:00:00"},
        {EXT_LIST_ITEM, 0, 0, "141"},
        {EXT_HEADING, 0, 3, "Godkendelse af dagsorden"},
        {EXT_LIST_ITEM, 0, 0, "Dagsordenen skal godkendes."},
        {EXT_LIST_ITEM, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 0, "142"},
        {EXT_HEADING, 0, 3, "Anlægsbevilling til ny daginstitution"},
        {EXT_LIST_ITEM, 0, 0, "Byggeriet blev udbudt i foråret."},
        {EXT_LIST_ITEM, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 0, "143"},
        {EXT_HEADING, 0, 3, "Salg af erhvervsgrund"},
        {EXT_LIST_ITEM, 0, 0, "Lukket punkt."},
    };
    static const char *const labels[] = {"141", "142", "143"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Anlægsbevilling til ny daginstitution",
        "Salg af erhvervsgrund"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    assert_null(strstr(m.items[0].body, "142"));
    mnt_meeting_fini(&m);
}

/* "Punkt: 12" over a case file's fields (Acadre's "Acadre sagsnr.:",
 * "Sagsforløb:", "Sagsbehandler:"), the title on the first line after
 * them: the item opens at the number, titled by that line. */
static void test_punkt_field_over_case_fields(void **state)
{
    (void)state;
    static const char fields[] = "Acadre sagsnr.:     17/%u\n"
                                 "Journalnr.:         A00\n"
                                 "Sagsforløb:         ØU - Åben sag\n"
                                 "Sagsbehandler:      Lene Kragh\n\n";
    static const char *const titles[] = {"Meddelelser",
                                         "Nye regler for foreningstilskud",
                                         "Halvårsregnskab 2017"};
    static const char *const bodies[] = {
        "Kommunaldirektøren orienterede om budgettet.",
        "Forslag\nAdministrationen foreslår,\n    1. at reglerne godkendes\n"
        "    2. at de gælder fra 1. januar",
        "Overskuddet er 3 mio. kr. bedre end ventet."};
    char text[2048];
    int n = snprintf(text, sizeof text,
                     "Økonomiudvalget\n\nReferat fra ordinært møde 14. "
                     "september 2017\n\n");
    for (unsigned k = 0; k < 3; k++) {
        n += snprintf(text + n, sizeof text - (size_t)n,
                      "Økonomiudvalget\n\nPunkt: %u\n\n", k + 11);
        n += snprintf(text + n, sizeof text - (size_t)n, fields, 100 + k);
        n += snprintf(text + n, sizeof text - (size_t)n,
                      "%s\n\nBaggrund\n%s\n\nBeslutning\nGodkendt.\n\n",
                      titles[k], bodies[k]);
    }
    snprintf(text + n, sizeof text - (size_t)n,
             "Bilagsoversigt\n\n    1. Regler for tilskud\n"
             "    2. Halvårsregnskab, oversigt\n");
    static const char *const labels[] = {"11", "12", "13"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_int_equal(m.items[1].first_line, 24);
    mnt_meeting_fini(&m);
}

/* An agenda list whose last entry has its number only (a closed item's
 * title withheld) and, below, that number alone as the item's heading:
 * the item is there, with no title. */
static void test_bare_number_closes_the_list(void **state)
{
    (void)state;
    static const char text[] = "Referat\ntil\nmødet i Kommunalbestyrelsen\n"
                               "den 14. november 2019 kl. 17:00\n\n"
                               "Pkt.\tTekst\n"
                               "402\tGodkendelse af dagsorden\n"
                               "403\tBudgetopfølgning for tredje kvartal\n"
                               "404\tSpørgetid\n"
                               "405\n\n"
                               "00.01.00-G01-31-19\n"
                               "402. Godkendelse af dagsorden\n"
                               "Beslutning\nGodkendt.\n\n"
                               "00.30.10-S00-4-19\n"
                               "403. Budgetopfølgning for tredje kvartal\n"
                               "Beslutning\nTaget til efterretning.\n\n"
                               "00.01.00-A00-2-19\n"
                               "404. Spørgetid\n"
                               "Beslutning\nDer var ingen spørgsmål.\n\n"
                               "405.\n"
                               "Beslutning\nLukket punkt.\n";
    static const char *const labels[] = {"402", "403", "404", "405"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Budgetopfølgning for tredje kvartal",
                                         "Spørgetid", NULL};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript flattened to one line a page, each page "Punkt: 21" and a
 * case file's fields, its title after the last field's value: the title
 * is the one the table of contents names (its entries unnumbered, some
 * page numbers lost), ending before the item's first section. */
static void test_flat_punkt_fields_titled_by_toc(void **state)
{
    (void)state;
    static const char text[] =
        "1 Teknik- og Miljøudvalget Referat fra ordinært møde 03.03.2010 "
        "16:00 Onsdag kl. 16:00 Mødelokale D2 Følgende sager behandles på "
        "mødet Side Meddelelser 2 Ny affaldsordning for sommerhuse "
        "Vintertjenesten 2009-2010, status 5 Bilagsoversigt 7 Fraværende "
        "Ingen Bemærkninger til dagsorden\n\n"
        "2 Teknik- og Miljøudvalget Punkt: 21 Acadre sagsnr.: Journalnr.: "
        "Sagsforløb: TMU - Åben sag Mødedato: Sagsansvarlig enhed: Teknik "
        "Sagsbehandler: Ole Vig Meddelelser Beslutning Teknik- og "
        "Miljøudvalget den Formanden orienterede om vejarbejdet på "
        "Stationsvej. Teknik- og Miljøudvalget Onsdag den Side 2\n\n"
        "3 Teknik- og Miljøudvalget Punkt: 22 Acadre sagsnr.: 10/2231 "
        "Journalnr.: K07 Sagsforløb: TMU - KB - Åben sag Mødedato: "
        "Sagsansvarlig enhed: Miljø Sagsbehandler: Rikke Hald Ny "
        "affaldsordning for sommerhuse Resume Sommerhusene foreslås "
        "omfattet af den samme ordning som helårshusene. Beslutning Teknik- "
        "og Miljøudvalget den Anbefales. Teknik- og Miljøudvalget Onsdag den "
        "Side 3\n\n"
        "4 Teknik- og Miljøudvalget Punkt: 23 Acadre sagsnr.: 09/4410 "
        "Journalnr.: P20 Sagsforløb: TMU - Åben sag Mødedato: Sagsansvarlig "
        "enhed: Veje Sagsbehandler: Ole Vig Vintertjenesten 2009-2010, "
        "status Resume Vinteren har været lang, og saltforbruget er det "
        "største i ti år. Beslutning Teknik- og Miljøudvalget den Taget til "
        "efterretning. Teknik- og Miljøudvalget Onsdag den Side 5\n\n"
        "5 Bilagsoversigt 1. Kort over sommerhusområderne 2. Saltforbrug "
        "pr. måned Teknik- og Miljøudvalget Onsdag den Side 7\n";
    static const char *const labels[] = {"21", "22", "23"};
    static const char *const titles[] = {"Meddelelser",
                                         "Ny affaldsordning for sommerhuse",
                                         "Vintertjenesten 2009-2010, status"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript flattened to one line a page whose pages print no
 * numbers: each opens with the same running header, then the item's
 * title and its case file's fields. Every such page is an item, titled
 * by the text between the header and the first field. */
static void test_flat_pages_header_then_title(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 SKOVLUND KOMMUNE Skovlund Byråd Møde nr. 4 Mødet blev holdt "
        "mandag den 3. maj 2010 på Rådhuset. Medlemmer: Per Lund (A), Eva "
        "Krog (V) 1. Bemærkninger til dagsordenen Meddelelser Ny "
        "legeplads i Bakkely Salg af den gamle brandstation... 5\n\n"
        "2 Skovlund Byråd mandag den 3. maj SKOVLUND BYRÅD Bemærkninger til "
        "dagsordenen Sagsnr.: 10/1101 Punkttype - Sagsbeskrivelse - "
        "Beslutning Skovlund Byråd den Fraværende Nej - Ingen\n\n"
        "3 Skovlund Byråd mandag den 3. maj SKOVLUND BYRÅD Meddelelser "
        "Sagsnr.: 10/1102 Punkttype Orientering Sagsbeskrivelse Borgmesteren "
        "orienterer om vejarbejdet. Beslutning Skovlund Byråd den Taget til "
        "efterretning.\n\n"
        "4 Skovlund Byråd mandag den 3. maj SKOVLUND BYRÅD Ny legeplads i "
        "Bakkely Sagsnr.: 10/0877 Punkttype Beslutning Sagsbeskrivelse "
        "Legepladsen koster 0,6 mio. kr. Beslutning Skovlund Byråd den "
        "Godkendt.\n\n"
        "5 Skovlund Byråd mandag den 3. maj SKOVLUND BYRÅD Salg af den "
        "gamle brandstation Sagsnr.: 09/2310 Punkttype Beslutning "
        "Sagsbeskrivelse Der er kommet tre bud. Beslutning Skovlund Byråd "
        "den Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Bemærkninger til dagsordenen", "Meddelelser", "Ny legeplads i Bakkely",
        "Salg af den gamle brandstation"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_int_equal(m.items[1].first_line, 7);
    mnt_meeting_fini(&m);
}

/* A transcript's heading cut before its section name keeps the letter
 * of a part ("… i område C Sagsfremstilling"); a case type's letter
 * after another word still goes ("… april P Sagsfremstilling"). */
static void test_part_letter_stays_in_title(void **state)
{
    (void)state;
    static const char text[] =
        "Teknisk Udvalg Referat Mødedato: 4. juni 2015\n\nTranskript\n\n"
        "1 Mødedato: 4. juni 2015 Mødelokale: Byrådssalen\n\n"
        "2 1. Status for vejarbejder ultimo april P Sagsfremstilling Der "
        "arbejdes på fire strækninger. Beslutning Taget til efterretning.\n\n"
        "3 2. Lokalplan for boliger i område C Sagsfremstilling Planen giver "
        "plads til 40 boliger. Beslutning Anbefales.\n\n"
        "4 3. Byggemodning af Etape B Sagsfremstilling Arbejdet kan gå i gang "
        "til august. Beslutning Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Status for vejarbejder ultimo april",
                                         "Lokalplan for boliger i område C",
                                         "Byggemodning af Etape B"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A First Agenda page as text: the agenda list's last entry ends in a
 * date whose year is glued to the first heading ("… den 12.03.201321.
 * Godkendelse …"), later headings glued to "Referat". The year's four
 * digits end before the number; the indstilling's numbered lists
 * ("1. dagsordenen bliver godkendt") head no item. */
static void test_year_glued_to_first_heading(void **state)
{
    (void)state;
    static const char text[] =
        "UDVALG\n\nUdvalget for Skoler\n\nMØDE\n\nReferat\n\n"
        "STARTTIDSPUNKT\n\n05-09-2013 09:00:00\n\nPUNKTER\n\n"
        "7. Godkendelse af dagsorden den 05.09.2013\n"
        "8. Nye vinduer på Bakkeskolen\n"
        "9. Eventuelt den 05.09.20137. Godkendelse af dagsorden den "
        "05.09.2013\n\n"
        "Indstilling\n\nDirektøren indstiller, at:\n\n"
        "  1. dagsordenen bliver godkendt\n\n"
        "Beslutning i Udvalget for Skoler den 05-09-2013\n\nGodkendt\n\n"
        "Referat8. Nye vinduer på Bakkeskolen\n\n"
        "Indstilling\n\nDirektøren indstiller, at:\n\n"
        "  1. 0,8 mio. kr. frigives til vinduer.\n\n"
        "  2. arbejdet udføres i efterårsferien.\n\n"
        "Beslutning i Udvalget for Skoler den 05-09-2013\n\nGodkendt\n\n"
        "Referat9. Eventuelt den 05.09.2013\n\n"
        "Beslutning i Udvalget for Skoler den 05-09-2013\n\nIntet.\n";
    static const char *const labels[] = {"7", "8", "9"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden den 05.09.2013", "Nye vinduer på Bakkeskolen",
        "Eventuelt den 05.09.2013"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Item titles are capitalised: a chain whose titles open in lower case
 * is an indstilling's numbered list ("1. dagsordenen godkendes"), so the
 * split is suspect (a second reading is tried below 0.9). */
static void test_lower_case_titles_are_suspect(void **state)
{
    (void)state;
    static const char text[] = "Udvalget for Veje\n\nReferat\n\n"
                               "Mødedato: 14-05-2014\n\n"
                               "1. dagsordenen godkendes\n\n"
                               "Beslutning\n\nGodkendt\n\n"
                               "2. vejen asfalteres i år\n\n"
                               "Beslutning\n\nGodkendt\n\n"
                               "3. sagen udsættes til næste møde\n\n"
                               "Beslutning\n\nUdsat\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_true(m.confidence < 0.9);
    int warned = 0;
    for (size_t k = 0; k < m.nwarnings; k++)
        warned |= strstr(m.warnings[k], "lower case") != NULL;
    assert_true(warned);
    mnt_meeting_fini(&m);
}

/* Items as list entries "1 Budget 2017" (no full stop) and, in an
 * item's text, a numbered paragraph that introduces what follows ("2.
 * Nye anlægsønsker:"): that line is a point of the text, not item 2. */
static void test_colon_point_is_no_heading(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Skoleudvalget - Referat fra mødet den 14-06-2016"},
        {EXT_LIST_ITEM, 0, 0, "1 Budget 2017 - 2020"},
        {EXT_HEADING, 0, 3, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Udvalget drøftede budgettet i maj."},
        {EXT_PARA, 0, 0, "2. Nye anlægsønsker:"},
        {EXT_PARA, 0, 0, "To skoler ønsker nye lokaler."},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 0, "2 Skolernes sommerferie"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_LIST_ITEM, 0, 0, "3 Meddelelser"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Budget 2017 - 2020", "Skolernes sommerferie", "Meddelelser"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript whose pages open with the page's number and then the
 * item's running number without a full stop ("4 62 Flere pladser …
 * Sagsnr.: …"): the second number labels the item. */
static void test_flat_page_then_bare_number(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat til mødet i Miljøudvalget Mødedato: Onsdag den 2. april "
        "2014 Mødested: Rådhuset, mødelokale 2 Mødetidspunkt: Kl. 15:00-17:00 "
        "Medlemmer: Fraværende: Formand: Aage Brask (A) Ane Dal (V) Per Bo (C) "
        "Side 1\n\n"
        "2 12 Godkendelse af dagsorden Sagsnr.: Sagen afgøres i: "
        "Miljøudvalget Sagsbeskrivelse: Økonomiske konsekvenser: Vurdering: "
        "Indstillinger: Fagafdelingen indstiller Bilag: Beslutning i "
        "Miljøudvalget den : Godkendt. Fraværende: Per Bo Side 2\n\n"
        "3 13 Ny plan for vandløb Sagsnr.:14/2201 Sagen afgøres i: "
        "Miljøudvalget Sagsbeskrivelse: Planen dækker tolv vandløb, og den "
        "skal i høring i otte uger. Indstillinger: Fagafdelingen indstiller, "
        "at planen sendes i høring. "
        "Beslutning i Miljøudvalget den : Godkendt. Side 3\n\n"
        "4 14 Tilskud til naturpleje Sagsnr.:14/1980 Sagen afgøres i: "
        "Miljøudvalget Sagsbeskrivelse: Der er søgt om 0,2 mio. kr. til "
        "græsning af enge langs åen. Indstillinger: Fagafdelingen indstiller, "
        "at ansøgningen imødekommes. "
        "Beslutning i Miljøudvalget den : Udsat. Side 4\n";
    static const char *const labels[] = {"12", "13", "14"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Ny plan for vandløb",
                                         "Tilskud til naturpleje"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An agenda as a table (a school's Aula page): each item a row "Punkt 1"
 * | "5 min" | title, its minutes in a row under it whose first cell is
 * empty and whose second holds the clock times. The tab after the
 * number is the next cell, and a cell holding only the item's time in
 * the programme is no part of the title. */
static void test_table_row_punkt_and_duration(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 2, "Referat fra bestyrelsesmøde"},
        {EXT_PARA, 0, 0, "Dato: 10-04-2024 kl. 18:00-20:00"},
        {EXT_TABLE_CELL, 1, 0, "Punkt 1"},
        {EXT_TABLE_CELL, 0, 0, "5 min"},
        {EXT_TABLE_CELL, 0, 0, "Godkendelse af dagsorden"},
        {EXT_TABLE_CELL, 1, 0, "18.00 - 18.05"},
        {EXT_TABLE_CELL, 0, 0, "Godkendt."},
        {EXT_TABLE_CELL, 1, 0, "Punkt 2"},
        {EXT_TABLE_CELL, 0, 0, "25 min."},
        {EXT_TABLE_CELL, 0, 0, "Trivselsmåling 2024"},
        {EXT_TABLE_CELL, 1, 0, "18.05 - 18.30"},
        {EXT_TABLE_CELL, 0, 0, "Trivslen er steget."},
        {EXT_TABLE_CELL, 1, 0, "Punkt 3"},
        {EXT_TABLE_CELL, 0, 0, "kl. 18.30"},
        {EXT_TABLE_CELL, 0, 0, "Evt."},
        {EXT_TABLE_CELL, 1, 0, "18.30 - 18.35"},
        {EXT_TABLE_CELL, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Trivselsmåling 2024", "Evt."};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Titles collapsed away (a page like Ishøj's before 2025): the closed
 * items' public decisions first, then the question time's lone
 * "Beslutning", then items opening with "Resume" and closing with
 * "Beslutning". "Beslutning", one more than "Resume", closes the items:
 * "Resume" opens them, and the section after a closed item's decision
 * opens the next item. */
static void test_untitled_decision_closes_items(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "Byrådet tirsdag den 10. august 2021 kl. 16:00\n\n"
        "Offentlig beslutning der skal udfyldes, hvis punktet er lukket\n\n"
        "Bevillingen til pavilloner er tiltrådt.\n\n" /* 6 */
        "Beslutning\n\n"                              /* 8 */
        "Hans Berg spurgte til stien ved søen.\n\n"
        "Resume\n\n" /* 12 */
        "Valget i november skal forberedes.\n\n"
        "Sagsfremstilling\n\n"
        "Der skal udpeges en valgbestyrelse.\n\n"
        "Indstilling\n\n"
        "Det indstilles, at valgbestyrelsen udpeges.\n\n"
        "Beslutning\n\n"
        "Tiltrådt.\n\n"
        "Resume\n\n" /* 28 */
        "Mødekalenderen for 2022 skal vedtages.\n\n"
        "Sagsfremstilling\n\n"
        "Udkastet er vedlagt.\n\n"
        "Beslutning\n\n"
        "Tiltrådt.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {NULL, NULL, NULL, NULL};
    static const size_t first[] = {4, 8, 12, 28};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    for (size_t k = 0; k < 4; k++)
        assert_int_equal(m.items[k].first_line, first[k]);
    mnt_meeting_fini(&m);
}

/* One agenda item's page (an aggregator's copy of a First Agenda item)
 * printing its decision first, then "Sagsfremstilling" with a
 * "Sagsfremstilling" of its own inside: the decision stands before both,
 * so the two are one item's parts, not two untitled items. */
static void test_decision_before_opening_sections(void **state)
{
    (void)state;
    static const char text[] =
        "Kalby\n\nMødeplan for 2026\n\nBilag\n\nBeslutning\n\n"
        "Godkendt, dog begynder møderne kl. 17.\n\n"
        "Sagsfremstilling\n\nResume og sagens baggrund\n\n"
        "Udvalget skal lægge sin mødeplan for 2026.\n\nIndstillinger\n\n"
        "Kulturchefen indstiller, at mødeplanen godkendes.\n\n"
        "Behandling\n\nLanddistriktsudvalget.\n\n"
        "Sagsfremstilling\n\nUdvalget holder møde fem gange om året, "
        "gerne ude i lokalsamfundene.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 1)
        fail_msg("%zu items (layout %s), want 1", m.nitems, m.layout);
    mnt_meeting_fini(&m);
}

/* An agenda item's page: the title over its case's number, the site's
 * name above it, app labels below. "25-011392" is a First Agenda case
 * number, no item 25 titled "011392" (a title of digits names no item);
 * the line over a case number titles the page's one item, however far
 * its sections are (a KLE number under it, labels between). */
static void test_title_over_case_number(void **state)
{
    (void)state;
    static const char digits[] =
        "Kalby\n\nMødeplan for 2026\n\n25-011392\n\nBeslutning\n\n"
        "Godkendt, dog begynder møderne kl. 17.\n\nSagsfremstilling\n\n"
        "Udvalget skal lægge sin mødeplan.\n";
    static const char kle[] =
        "Kalby\n\nMødeplan for 2026\n\n00.01.00-G01-24-17\n\nRelevans\n\n"
        "Nej\n\nBilag\n\nBeslutning\n\nGodkendt, dog begynder møderne "
        "kl. 17.\n\nSagsfremstilling\n\nUdvalget skal lægge sin "
        "mødeplan.\n";
    static const char *const texts[] = {digits, kle};
    for (size_t k = 0; k < 2; k++) {
        struct mnt_meeting m;
        parse_text(texts[k], &m);
        if (m.nitems != 1)
            fail_msg("%zu items (layout %s), want 1", m.nitems, m.layout);
        expect_title(&m.items[0], "Mødeplan for 2026");
        mnt_meeting_fini(&m);
    }
}

/* dragoer.dk (cw- blind round): a decision taken point by point, each
 * "Ad N" over its vote counts, and item 2's title opening with a number
 * of its own ("2. behandling af budget …", the second reading). A
 * number alone, a title and the case's field under it head the item
 * however the title opens; "Ad 2" in item 1's decision does not. */
static void test_numbered_title_under_bullet(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTorsdag den 22. oktober 2020 kl. 17:00\n\n"
        "Udvalg: Økonomiudvalget\n\n"
        "  \xE2\x80\xA2 1\n    Udeservering ved kiosken\n    Sagsid.: "
        "20/3117\n\n"
        "    INDSTILLING:\n\n    Administrationen indstiller,\n\n"
        "    1. at der gives afslag på en platform,\n\n"
        "    2. at der gives afslag på en treårig tilladelse.\n\n"
        "    BESLUTNING: Økonomiudvalget den 22-10-2020\n\n"
        "    Ad 1\n\n    For stemte:    5 (A+T+V)\n\n"
        "    Imod stemte:  2 (C+O)\n\n    Undlod at stemme: \n\n"
        "    Godkendt.\n\n"
        "    Ad 2\n\n    For stemte:    5 (A+T+V)\n\n"
        "    Imod stemte: \n\n    Undlod at stemme:  2 (C+O)\n\n"
        "    Godkendt.\n\n"
        "    SAGSFREMSTILLING:\n\n    Kiosken ønsker at udvide.\n\n"
        "  \xE2\x80\xA2 2\n    2. behandling af budget 2021-2024\n"
        "    Sagsid.: 20/2260\n\n"
        "    RESUMÉ:\n\n    Efter 1. behandlingen er der rettelser.\n\n"
        "    BESLUTNING: Økonomiudvalget den 22-10-2020\n\n"
        "    Anbefales.\n\n"
        "    SAGSFREMSTILLING:\n\n    Rettelserne er tekniske.\n\n"
        "  \xE2\x80\xA2 3\n    Meddelelser\n    Sagsid.:\n\n"
        "    BESLUTNING: Økonomiudvalget den 22-10-2020\n\n"
        "    Ingen.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Udeservering ved kiosken",
                                         "2. behandling af budget 2021-2024",
                                         "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_slot_before_title),
        cmocka_unit_test(test_number_block_above_heading),
        cmocka_unit_test(test_punkt_field_over_case_fields),
        cmocka_unit_test(test_bare_number_closes_the_list),
        cmocka_unit_test(test_flat_punkt_fields_titled_by_toc),
        cmocka_unit_test(test_flat_pages_header_then_title),
        cmocka_unit_test(test_part_letter_stays_in_title),
        cmocka_unit_test(test_year_glued_to_first_heading),
        cmocka_unit_test(test_lower_case_titles_are_suspect),
        cmocka_unit_test(test_colon_point_is_no_heading),
        cmocka_unit_test(test_flat_page_then_bare_number),
        cmocka_unit_test(test_table_row_punkt_and_duration),
        cmocka_unit_test(test_untitled_decision_closes_items),
        cmocka_unit_test(test_decision_before_opening_sections),
        cmocka_unit_test(test_title_over_case_number),
        cmocka_unit_test(test_numbered_title_under_bullet),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
