/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_layouts.c - the segmenter on the failure classes found by
 * the held-out style fixtures (tests/data/layouts/u-*): numbered headings
 * styled like the preamble's blocks, running numbers over 99 with a
 * Sagsnr. line under each, "Punkt N:" decision labels, a styled number
 * with its title below, titles wrapped after a preposition, headings
 * glued to a fold-out label, a table's header row, Word list numbers,
 * section names of further councils and councils named with an article;
 * and those of the blind round y-*: an agenda list grouped by kind with an
 * item added out of sequence, a decision's numbered list numbered like
 * the next headings, a short heading wrapped after a preposition, a
 * flattened table of contents that lost its numbers, a field label
 * after a title cut out of a flattened page, a heading's last word
 * wrapped onto a line of its own, closed items listed at the end with
 * titles only, a fold-out button's label glued to each heading, a
 * transcript's pages led by their numbers. Each case is a
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

/* h2 "Mødefakta" / "Medlemmer" before h2 "1. Meddelelser" …: the numbers
 * say which of the page's headings open items. */
static void test_numbers_beat_styles(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_HEADING, 0, 1, "Referat - Folkeoplysningsudvalget"},
        {EXT_HEADING, 0, 2, "Mødefakta"},
        {EXT_PARA, 0, 0, "Dato: Torsdag den 7. marts 2019"},
        {EXT_HEADING, 0, 2, "Medlemmer"},
        {EXT_LIST_ITEM, 0, 0, "Arne Bak ()"},
        {EXT_HEADING, 0, 2, "Bemærkninger"},
        {EXT_PARA, 0, 0, "Tina Nord deltog for Kim Helm."},
        {EXT_HEADING, 0, 2, "1. Meddelelser"},
        {EXT_PARA, 0, 0, "Meddelelser taget til efterretning."},
        {EXT_HEADING, 0, 2, "2. Udviklingspuljen"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 0, 2, "3. Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Meddelelser", "Udviklingspuljen",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Running numbers in an accordion's plain buttons ("41. Title"), each
 * title printed again as an h3 under the case number: the numbers head
 * the items (41-45), not the styled repeats (renumbered 1-5), which
 * outscore plain numbers once there are four or more. */
static void test_numbers_beat_repeated_titles(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_HEADING, 0, 1, "Referat Teknisk Udvalg 3. april 2019"},
        {EXT_PARA, 0, 0, "41. Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Sagsnummer: 19/210"},
        {EXT_HEADING, 0, 3, "Godkendelse af dagsorden"},
        {EXT_PARA, 1, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 0, 0, "42. Vejbelysning i Nordbyen"},
        {EXT_PARA, 0, 0, "Sagsnummer: 19/388"},
        {EXT_HEADING, 0, 3, "Vejbelysning i Nordbyen"},
        {EXT_PARA, 1, 0, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Lygterne skiftes til LED i to etaper."},
        {EXT_PARA, 1, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 0, 0, "43. Klage over parkering"},
        {EXT_PARA, 0, 0, "Sagsnummer: 19/402"},
        {EXT_HEADING, 0, 3, "Klage over parkering"},
        {EXT_PARA, 1, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Klagen afvises."},
        {EXT_PARA, 0, 0, "44. Vintertjeneste"},
        {EXT_PARA, 0, 0, "Sagsnummer: 19/97"},
        {EXT_HEADING, 0, 3, "Vintertjeneste"},
        {EXT_PARA, 1, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_PARA, 0, 0, "45. Eventuelt"},
        {EXT_PARA, 0, 0, "Sagsnummer: 19/210"},
        {EXT_HEADING, 0, 3, "Eventuelt"},
        {EXT_PARA, 1, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"41", "42", "43", "44", "45"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Vejbelysning i Nordbyen",
        "Klage over parkering", "Vintertjeneste", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* "214.   Title" with "Sagsnr.:" under each heading and a numbered list
 * in one item: the running numbers head the items, not the case lines. */
static void test_running_numbers_case_lines(void **state)
{
    (void)state;
    static const char text[] = "Byrådet\n\nBeslutningsprotokol\n\n"
                               "214.   Dialogmøde med borgerne\n\n"
                               "Sagsnr.: 07/18112      Sagsansvarlig: TRK\n\n"
                               "To borgere stillede spørgsmål.\n\n"
                               "215.   Belysning på stierne\n\n"
                               "Sagsnr.: 07/15220      Sagsansvarlig: MLH\n\n"
                               "Projektet omfatter:\n"
                               "1. nye master\n2. nye kabler\n"
                               "3. ny belægning\n\nGodkendt.\n\n"
                               "216.   Takster for svømmehallerne\n\n"
                               "Sagsnr.: 07/16002      Sagsansvarlig: BOJ\n\n"
                               "Godkendt.\n";
    static const char *const labels[] = {"214", "215", "216"};
    static const char *const titles[] = {"Dialogmøde med borgerne",
                                         "Belysning på stierne",
                                         "Takster for svømmehallerne"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_string_not_equal(m.layout, "herning");
    mnt_meeting_fini(&m);
}

/* "Punkt 1:" under item 1's heading labels its decision. */
static void test_decision_label_punkt(void **state)
{
    (void)state;
    static const char text[] = "Møde i Kommunalbestyrelsen mandag den 30. "
                               "oktober 2006\n\nREFERAT\n\n"
                               "1. Meddelelser\n\na) Temamøde om skolerne.\n\n"
                               "Kommunalbestyrelsens møde 30. oktober 2006\n"
                               "Punkt 1:\nTaget til efterretning.\n\n"
                               "2. Budgetopfølgning\n\n"
                               "Et mindreforbrug på 4 mio. kr.\n\n"
                               "Kommunalbestyrelsens møde 30. oktober 2006\n"
                               "Punkt 2:\nGodkendt.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Meddelelser", "Budgetopfølgning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    assert_string_not_equal(m.layout, "region");
    mnt_meeting_fini(&m);
}

/* A bold "Pkt. 1" takes its bold title below, not the plain attendee
 * line above it. */
static void test_styled_number_title_below(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 1, 0, "Referat fra møde i Integrationsrådet"},
        {EXT_PARA, 0, 0, "Torsdag d. 10.09.2015"},
        {EXT_PARA, 1, 0, "Afbud:"},
        {EXT_PARA, 0, 0, "Ye Lin, etnisk repræsentant"},
        {EXT_PARA, 1, 0, "Pkt. 1"},
        {EXT_PARA, 1, 0, "Valg af formand"},
        {EXT_PARA, 0, 0, "Gitte Kær blev valgt."},
        {EXT_PARA, 1, 0, "Pkt. 2"},
        {EXT_PARA, 1, 0, "Årsplan"},
        {EXT_PARA, 0, 0, "Rådet vælger tre temaer."},
    };
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Valg af formand", "Årsplan"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title goes on after a preposition, even onto a capitalised name;
 * and a heading glued to a fold-out label that repeats it is cut. */
static void test_title_wraps_and_echoes(void **state)
{
    (void)state;
    static const char wrapped[] =
        "Byrådet\n\n"
        "1.   Godkendelse af anlægsbevilling til ny belysning på stierne "
        "langs\n       Remstrupvej og Sejsvej\n\nGodkendt.\n\n"
        "2.   Takster for svømmehallerne\n\nGodkendt.\n";
    static const char echo[] =
        "Mødedato: 30. november 2023\n"
        "1. Godkendelse af dagsordenKlik her for at folde ud og læse mere "
        "om Godkendelse af dagsorden\nBeslutning\nGodkendt\n"
        "2. Landsbypuljen 2024Klik her for at folde ud og læse mere om "
        "Landsbypuljen 2024\nBeslutning\nGodkendt.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const t1[] = {
        "Godkendelse af anlægsbevilling til ny belysning på stierne langs "
        "Remstrupvej og Sejsvej",
        "Takster for svømmehallerne"};
    static const char *const t2[] = {"Godkendelse af dagsorden",
                                     "Landsbypuljen 2024"};
    struct mnt_meeting m;
    parse_text(wrapped, &m);
    expect_items(&m, 2, labels, t1);
    mnt_meeting_fini(&m);
    parse_text(echo, &m);
    expect_items(&m, 2, labels, t2);
    mnt_meeting_fini(&m);
}

/* A table's header row names the fields, the row under it holds them. */
static void test_council_table_header(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_TABLE_CELL, 1, 0, "Udvalg"},
        {EXT_TABLE_CELL, 0, 0, "Dato"},
        {EXT_TABLE_CELL, 0, 0, "Type"},
        {EXT_TABLE_CELL, 1, 0, "Byrådet"},
        {EXT_TABLE_CELL, 0, 0, "26-08-2020 16:00"},
        {EXT_TABLE_CELL, 0, 0, "Referat"},
        {EXT_HEADING, 0, 3, "Punkt 601 Spørgetid"},
        {EXT_PARA, 0, 0, "Et spørgsmål om stier."},
        {EXT_HEADING, 0, 3, "Punkt 602 Halvårsregnskab"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    assert_non_null(m.council);
    if (strncmp(m.council, "Byrådet", strlen("Byrådet")) != 0)
        fail_msg("council <%s>", m.council);
    assert_string_equal(m.date, "2020-08-26");
    mnt_meeting_fini(&m);
}

/* Items as Word-numbered paragraphs with no printed number or heading
 * style; a restarted sub-list inside an item splits nothing. */
static void test_list_numbers_head_items(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 1, 0, "REFERAT"},
        {EXT_PARA, 0, 0, "Handicaprådet, 14. maj 2019"},
        {EXT_LIST_ITEM, 0, 1, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Dagsorden blev godkendt."},
        {EXT_LIST_ITEM, 0, 2, "Orienteringspunkter"},
        {EXT_LIST_ITEM, 0, 1, "Nyt fra Center for Handicap."},
        {EXT_PARA, 0, 0, "Centerchefen fortalte om ventetiden."},
        {EXT_LIST_ITEM, 0, 2, "Status på handicapplanen."},
        {EXT_PARA, 0, 0, "Seks indsatser er gennemgået."},
        {EXT_LIST_ITEM, 0, 3, "Eventuelt"},
        {EXT_PARA, 0, 0, "Næste møde er i september."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Orienteringspunkter", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "Status på handicapplanen"));
    mnt_meeting_fini(&m);
}

/* "Beslutningstema", "Historik" (h4) are an item's sections, so the
 * numbered headings in plain paragraphs head the items; "Beslutning
 * Økonomiudvalget den 03-11-2014" is a dated decision. */
static void test_further_section_names(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Udvalg: Kommunalbestyrelsen"},
        {EXT_PARA, 0, 0, "Mødedato: 24. september 2025"},
        {EXT_PARA, 0, 0, "101. Spørgetid for borgerne"},
        {EXT_HEADING, 0, 4, "Beslutningstema"},
        {EXT_PARA, 0, 0, "Der er ikke kommet spørgsmål."},
        {EXT_HEADING, 0, 4, "Beslutning"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_PARA, 0, 0, "102. Budget 2026"},
        {EXT_HEADING, 0, 4, "Beslutningstema"},
        {EXT_PARA, 0, 0, "Budgettet skal vedtages."},
        {EXT_HEADING, 0, 4, "Historik"},
        {EXT_PARA, 0, 0, "Første behandling var i august."},
        {EXT_HEADING, 0, 4, "Beslutning Kommunalbestyrelsen den 24-09-2025"},
        {EXT_PARA, 0, 0, "Vedtaget."},
    };
    static const char *const labels[] = {"101", "102"};
    static const char *const titles[] = {"Spørgetid for borgerne",
                                         "Budget 2026"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 2, labels, titles);
    assert_string_equal(m.items[1].sections[0].name, "Beslutningstema");
    assert_int_equal(m.items[1].nsections, 3);
    mnt_meeting_fini(&m);
}

/* "Det fælles landdistriktsråd": an article, an adjective, a lower-case
 * noun; running text's "det fælles råd" names none. */
static void test_article_council(void **state)
{
    (void)state;
    static const char text[] =
        "Det fælles landdistriktsråd - Dagsordener og referater\n"
        "Mødedato: 30. november 2023\n\n1. Godkendelse af dagsorden\n\n"
        "Godkendt.\n\n2. Landsbypuljen\n\nGodkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    if (strncmp(m.council, "Det fælles landdistriktsråd",
                strlen("Det fælles landdistriktsråd")) != 0)
        fail_msg("council <%s>", m.council);
    mnt_meeting_fini(&m);
}

/* The authority only in the banner's logo and the canonical host: the
 * reader's site cues reach the metadata. */
static void test_site_authority(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Referat - Skoleudvalget - 12.03.2024</title>"
        "<link rel=\"canonical\" href=\"https://dagsordener.rudersdal.dk/"
        "m/1\"></head><body><header><a href=\"/\"><img src=\"r.png\" "
        "alt=\"Rudersdal Kommune\"></a></header><main><h1>Referat</h1>"
        "<h2>1. Meddelelser</h2><p>Taget til efterretning.</p><h2>2. "
        "Eventuelt</h2><p>Intet.</p></main></body></html>";
    struct ext_doc x;
    struct err e;
    ext_doc_init(&x);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &x, &e), ERR_OK);
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    if (mnt_parse_blocks(&x, NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse_blocks: %s", e.msg);
    ext_doc_fini(&x);
    assert_non_null(m.authority);
    assert_string_equal(m.authority, "Rudersdal Kommune");
    assert_int_equal(m.nitems, 2);
    mnt_meeting_fini(&m);
}

/* An agenda list grouped by kind ("A. Sager til afgørelse …", "B. …"),
 * an item added to group A after the list was made (1 2 3 7, then 4 5
 * under B): the items are where the list's titles reappear, in its
 * order, numbered as it numbers them. */
static void test_agenda_grouped_out_of_sequence(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Referat til mødet i Byrådet den 3. maj 2017"},
        {EXT_PARA, 0, 0, "A. Sager til afgørelse i byrådet"},
        {EXT_PARA, 0, 0, "1 Regler for tilskud til klubber"},
        {EXT_PARA, 0, 0, "2 Lokalplan for Havnegade"},
        {EXT_PARA, 0, 0, "5 Ny cykelsti langs åen"},
        {EXT_PARA, 0, 0, "B. Sager til afgørelse i udvalget"},
        {EXT_PARA, 0, 0, "3 Takster for hallerne"},
        {EXT_PARA, 0, 0, "4 Navn til den nye plads"},
        {EXT_HEADING, 0, 3, "1. Regler for tilskud til klubber"},
        {EXT_PARA, 0, 0, "Klubberne får samme regler i hele byen."},
        {EXT_HEADING, 0, 3, "2. Lokalplan for Havnegade"},
        {EXT_PARA, 0, 0, "Planen giver plads til 30 boliger."},
        {EXT_HEADING, 0, 3, "5. Ny cykelsti langs åen"},
        {EXT_PARA, 0, 0, "Sagen kom på efter dagsordenen var sendt ud."},
        {EXT_HEADING, 0, 3, "3. Takster for hallerne"},
        {EXT_PARA, 0, 0, "Taksterne stiger med priserne."},
        {EXT_HEADING, 0, 3, "4. Navn til den nye plads"},
        {EXT_PARA, 0, 0, "Udvalget valgte navnet Rebslagerpladsen."},
    };
    static const char *const labels[] = {"1", "2", "5", "3", "4"};
    static const char *const titles[] = {
        "Regler for tilskud til klubber", "Lokalplan for Havnegade",
        "Ny cykelsti langs åen", "Takster for hallerne",
        "Navn til den nye plads"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 5, labels, titles);
    assert_int_equal(m.agenda_items, 5);
    assert_non_null(strstr(m.items[2].body, "dagsordenen var sendt"));
    mnt_meeting_fini(&m);
}

/* Item 1's decision is a list of points numbered 1, 2, 3, one line
 * after the other; the next item's heading is "2." too: a list's
 * points are no headings, item 2 starts at its own heading (its title
 * wrapped after the preposition "i"). */
static void test_decision_list_numbered_like_the_headings(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\nReferat\nMødedato:\n24. september 2015\n\n"
        "Referat\n1. Orientering fra borgmesteren\nSagsfremstilling\n"
        "Borgmesteren orienterer om aktuelle sager.\nBeslutning\n"
        "1. Møde med Vejdirektoratet om omfartsvejen.\n"
        "2. Besøg fra venskabsbyen i Nordfrisland.\n"
        "3. Status på bredbånd i landdistrikterne.\n"
        "Taget til efterretning.\n\n"
        "Referat\n2. Frigivelse af midler til ny legeplads i\nToftlund\n"
        "05.04.00-G01-7-15\nSagsfremstilling\nLegepladsen er slidt ned.\n"
        "Beslutning\nGodkendt.\n\n"
        "Referat\n3. Takster for dagtilbud 2016\nSagsfremstilling\n"
        "Taksterne følger budgettet.\nBeslutning\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Orientering fra borgmesteren",
        "Frigivelse af midler til ny legeplads i Toftlund",
        "Takster for dagtilbud 2016"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[0].body, "venskabsbyen"));
    mnt_meeting_fini(&m);
}

/* A transcript of one line per page whose table of contents lost every
 * number but the first ("2 Indholdsfortegnelse Side 1. Budget …
 * Anlæg … Salg …"): the contents are no item; each item starts on its
 * page, its title ending before the case file's "J.nr.:" field. */
static void test_flat_toc_without_numbers_is_no_item(void **state)
{
    (void)state;
    static const char text[] =
        "1 Mødedato: Onsdag den 11-06-2008. Sted: Mødelokale 1, Rådhuset. "
        "Fraværende: Lene Holst. Økonomiudvalget REFERAT\n\n"
        "2 Indholdsfortegnelse Side 1. Økonomiorientering ultimo maj "
        "Anlægsbudget, status på byggerier Salg af grunde i Suldrup, etape "
        "Underskriftsside\n\n"
        "3 1. Økonomiorientering ultimo maj 2008 J.nr.: S00. Sagsnr.: "
        "08/3321 Sagen afgøres i: Økonomiudvalget Sagsfremstilling: "
        "Driften ventes at holde budgettet, mens vintertjenesten bruger "
        "mere. Beslutning i Økonomiudvalget den 11-06-2008: Taget til "
        "efterretning. Side 1 af 3\n\n"
        "4 2. Anlægsbudget, status på byggerier J.nr.: S00. Sagsnr.: "
        "08/1170 Sagen afgøres i: Økonomiudvalget Sagsfremstilling: Der er "
        "14 anlæg i gang, og to af dem er forsinket af vejret i foråret. "
        "Beslutning i Økonomiudvalget den 11-06-2008: Taget til "
        "efterretning. Side 2 af 3\n\n"
        "5 3. Salg af grunde i Suldrup, etape 2 J.nr.: G01. Sagsnr.: "
        "07/9902 Sagen afgøres i: Byrådet Sagsfremstilling: Etape 2 har "
        "12 grunde, og prisen foreslås til 450 kr. pr. m2 for dem alle. "
        "Beslutning i Økonomiudvalget den 11-06-2008: Anbefales. "
        "Side 3 af 3\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Økonomiorientering ultimo maj 2008",
                                         "Anlægsbudget, status på byggerier",
                                         "Salg af grunde i Suldrup, etape 2"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_int_equal(m.items[0].first_line, 5);
    mnt_meeting_fini(&m);
}

/* pdftotext's layout wraps a long heading's last word onto a line of
 * its own ("… af Børnehuset" / "Skovbrynet") before a blank line: it is
 * the title's, as is no case number under a heading. */
static void test_heading_tail_word_wrapped(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\nKommunalbestyrelsen\nmandag den 24. april 2017\n\n"
        "1.   KB - Godkendelse af dagsorden\n\nSagsnr.: 17/47\n\n"
        "Beslutning den 24-04-2017:\nGodkendt.\n\n"
        "2.   BU - Færdiggørelse af til- og ombygning af Børnehuset\n"
        "     Skovbrynet\n\nSagsnr.: 16/9920\n\n"
        "Beslutning den 24-04-2017:\nGodkendt.\n\n"
        "3.   Høring om ændret kørselsordning for borgere i kørestol\n"
        "2012-18802\n\nBeslutning:\nBakker op om forslaget.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "KB - Godkendelse af dagsorden",
        "BU - Færdiggørelse af til- og ombygning af Børnehuset Skovbrynet",
        "Høring om ændret kørselsordning for borgere i kørestol"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Closed items listed at the end with their titles only: each is an
 * item, not the text of the one before it. */
static void test_closed_items_without_text_at_the_end(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\ntil\nmødet i Byrådet\nden 12. juni 2018 kl. 17:00\n\n"
        "1. Anlægsregnskab for Mejrup Skole\n\nSagsfremstilling\n\n"
        "Udvidelsen blev billigere end bevilget.\n\nBeslutning\n\n"
        "Godkendt.\n\n"
        "2. Det fremtidige Birkevang\n\nBeslutning\n\nLøsning 2 blev "
        "valgt.\n\nLukkede dagsordenspunkter\n\n3. Salg af areal\n\n"
        "\xC2\xA0\n\n4. Ekspropriation\n\n\xC2\xA0\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Anlægsregnskab for Mejrup Skole",
                                         "Det fremtidige Birkevang",
                                         "Salg af areal", "Ekspropriation"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A fold-out button's label glued to each heading ("… 2023-2027Åbn/luk
 * punkt", "… (Lukket)Åbn/luk punkt") is no part of the title. */
static void test_toggle_label_glued_to_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\nUdvalg: Økonomiudvalget\nMødedato: 13-03-2023\n"
        "41. Godkendelse af dagsordenÅbn/luk punkt\nBeslutning\nTiltrådt.\n"
        "42. Udbud af vinterberedskab 2023-2027Åbn/luk punkt\n"
        "Beslutning\nAnbefales.\n"
        "43. Salg af grund på Cementvej (Lukket)Åbn/luk punkt\n"
        "Beslutning\nAnbefales.\n";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Udbud af vinterberedskab 2023-2027",
                                         "Salg af grund på Cementvej (Lukket)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript's pages, each a line opening with its page number ("4
 * 2. Ledelsesinformation … P Sagsfremstilling …"), with the site's
 * short furniture lines around them, so the lines are not long on
 * average: each page's heading is an item; a case type's letter before
 * the section and a number after "pr." stay out of and in the title. */
static void test_page_led_headings_in_a_transcript(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget Referat Mødedato: 15. maj 2014\n\nStørrelse: px\n"
        "Starte visningen fra side:\n\nTranskript\n\n"
        "1 Mødedato: 15. maj 2014 Mødelokale: Mødelokale 121, Rådhuset\n\n"
        "3 1. Orientering fra borgmesteren G Sagsfremstilling Orientering "
        "fra borgmesteren om aktuelle sager. Beslutning Taget til "
        "efterretning. 15. maj\n\n"
        "4 2. Ledelsesinformation ultimo april P Sagsfremstilling Der "
        "laves en opgørelse hver måned. Beslutning Taget til efterretning. "
        "15. maj\n\n"
        "5 3. Kvartalsregnskab pr. 31. marts B Sagsfremstilling Regnskabet "
        "viser et mindreforbrug. Beslutning Anbefales. 15. maj\n\n"
        "6 4. Salg af bygning B Beslutning Godkendt. 15. maj\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Orientering fra borgmesteren", "Ledelsesinformation ultimo april",
        "Kvartalsregnskab pr. 31. marts", "Salg af bygning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbers_beat_styles),
        cmocka_unit_test(test_numbers_beat_repeated_titles),
        cmocka_unit_test(test_running_numbers_case_lines),
        cmocka_unit_test(test_decision_label_punkt),
        cmocka_unit_test(test_styled_number_title_below),
        cmocka_unit_test(test_title_wraps_and_echoes),
        cmocka_unit_test(test_council_table_header),
        cmocka_unit_test(test_list_numbers_head_items),
        cmocka_unit_test(test_further_section_names),
        cmocka_unit_test(test_article_council),
        cmocka_unit_test(test_site_authority),
        cmocka_unit_test(test_agenda_grouped_out_of_sequence),
        cmocka_unit_test(test_decision_list_numbered_like_the_headings),
        cmocka_unit_test(test_flat_toc_without_numbers_is_no_item),
        cmocka_unit_test(test_heading_tail_word_wrapped),
        cmocka_unit_test(test_closed_items_without_text_at_the_end),
        cmocka_unit_test(test_toggle_label_glued_to_heading),
        cmocka_unit_test(test_page_led_headings_in_a_transcript),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
