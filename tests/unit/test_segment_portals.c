/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_portals.c - shapes the municipalities' agenda portals
 * showed in the b- blind round (issue 11): a list entry whose number and
 * title are separate blocks, a page whose item titles are collapsed away
 * with a link line above the first item, a time slot ending in a colon
 * before a title, and bold capitals labels ending in a colon between an
 * item's sections; from its second set, headings named by a committee's
 * case code ("ØU-61/07-O Title"), flat or not, and a year ending a title
 * cut out of a flattened page; from its third, a bold status line over
 * each heading, and a transcript's one-word running header with a
 * closed item's short page; from the j- round, a list entry whose
 * running number stands in a <span> before its <h2> title, and a styled
 * closed item's title "Lukket punkt: …", and an attachment's file name
 * under a heading. Each case is a few lines in our own words. */
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

/* "<li><div>1</div><div>Title</div>…</li>": the list entry holds only
 * the number, its title is the next block; the closed item at the end
 * has nothing but its title. */
static void test_number_entry_then_title_block(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Referat"},
        {EXT_PARA, 0, 0, "Tirsdag den 13. september 2022 kl. 17:00"},
        {EXT_PARA, 0, 0, "Udvalg: Økonomiudvalget"},
        {EXT_LIST_ITEM, 0, 0, "1"},
        {EXT_PARA, 0, 0, "Orientering om budgetanalyser"},
        {EXT_PARA, 0, 0, "Sagsid.: 22/5120"},
        {EXT_PARA, 0, 0, "Der er kommet fjorten forslag."},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_LIST_ITEM, 0, 0, "2"},
        {EXT_PARA, 0, 0, "Tillægsbevilling til nyt tag på rådhuset"},
        {EXT_PARA, 0, 0, "Sagsid.: 22/4987"},
        {EXT_PARA, 0, 0, "Taget på sidefløjen er utæt."},
        {EXT_PARA, 0, 0, "Anbefales."},
        {EXT_LIST_ITEM, 0, 0, "3"},
        {EXT_PARA, 0, 0, "Lukket punkt: Forpagtning af kiosken"},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Orientering om budgetanalyser",
        "Tillægsbevilling til nyt tag på rådhuset",
        "Lukket punkt: Forpagtning af kiosken"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Titles collapsed away: every item opens with "Sagsfremstilling". The
 * link above the first one ("Hent som PDF") is no title when the other
 * items have none above them. */
static void test_link_above_untitled_items(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "Beskæftigelsesudvalget onsdag den 4. september 2024 kl. 19.00\n\n"
        "Hent som PDF\n\n"
        "Sagsfremstilling\n\n"
        "Formanden fortæller om to virksomhedsbesøg.\n\n"
        "Beslutning\n\n"
        "Til efterretning.\n\n"
        "Sagsfremstilling\n\n"
        "Ledigheden blandt de unge er faldet.\n\n"
        "Indstilling\n\n"
        "at orienteringen tages til efterretning.\n\n"
        "Beslutning\n\n"
        "Tiltrådt.\n\n"
        "Sagsfremstilling\n\n"
        "Budgetopfølgningen viser et lille merforbrug.\n\n"
        "Beslutning\n\n"
        "Tiltrådt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {NULL, NULL, NULL};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Titles collapsed away, items open with "Beslutningstema"; a member's
 * proposal lacks it and opens with "Sagsfremstilling", the section every
 * item has. The earlier section still opens the items, and the proposal
 * starts where "Sagsfremstilling" comes a second time in one item. */
static void test_untitled_item_lacking_the_opening_section(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\n"
        "Referat • 2. september 2025 kl. 15.30\n"
        "Indhold\n"
        "Beslutningstema\n"
        "Status på anlægsprogrammet.\n"
        "Indstilling\n"
        "Direktionen indstiller, at status tages til efterretning.\n"
        "Sagsfremstilling\n"
        "Tre projekter er forsinket.\n"
        "Sagen afgøres i\n"
        "Økonomiudvalget.\n"
        "Beslutningstema\n"
        "Takster for leje af lokaler.\n"
        "Indstilling\n"
        "Direktionen indstiller, at taksterne godkendes.\n"
        "Sagsfremstilling\n"
        "Taksterne reguleres med prisudviklingen.\n"
        "Sagen afgøres i\n"
        "Kommunalbestyrelsen.\n"
        "Sagsfremstilling\n"
        "Et medlem ønsker en sag om gratis svømning for børn optaget.\n"
        "Beslutningstema.\n"
        "Fri adgang til svømmehallen i sommerferien.\n"
        "Sagen afgøres i\n"
        "Økonomiudvalget.\n"
        "Beslutningstema\n"
        "Orientering om rekruttering i ældreplejen.\n"
        "Indstilling\n"
        "Direktionen indstiller, at orienteringen tages til efterretning.\n"
        "Sagsfremstilling\n"
        "Der er ansat 20 nye medarbejdere.\n"
        "Sagen afgøres i\n"
        "Økonomiudvalget.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {NULL, NULL, NULL, NULL};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_int_equal(m.items[0].first_line, 4);  /* Beslutningstema */
    assert_int_equal(m.items[2].first_line, 20); /* Sagsfremstilling */
    mnt_meeting_fini(&m);
}

/* Titles collapsed away; a closed item shows only its public decision
 * under the system's label "Offentlig beslutning der skal udfyldes, hvis
 * punktet er lukket" (two at the top, one at the end): each such label
 * opens an item of its own, like the section that opens the others. */
static void test_untitled_closed_items_public_decision(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"                                         /* 1 */
        "Byrådet tirsdag den 7. oktober 2025 kl. 17.00\n\n" /* 2 */
        "Offentlig beslutning der skal udfyldes, hvis punktet er "
        "lukket\n\n"                           /* 4 */
        "Købet af ejendommen er tiltrådt.\n\n" /* 6 */
        "Offentlig beslutning der skal udfyldes, hvis punktet er "
        "lukket\n\n"                                        /* 8 */
        "Tiltrådt.\n\n"                                     /* 10 */
        "Sagsfremstilling\n\n"                              /* 12 */
        "Mødeplanen for 2026 er vedlagt.\n\n"               /* 14 */
        "Beslutning\n\n"                                    /* 16 */
        "Tiltrådt.\n\n"                                     /* 18 */
        "Sagsfremstilling\n\n"                              /* 20 */
        "Kommunen kan deltage i et fælles udbud af el.\n\n" /* 22 */
        "Indstilling\n\n"                                   /* 24 */
        "at kommunen deltager i udbuddet.\n\n"              /* 26 */
        "Beslutning\n\n"                                    /* 28 */
        "Tiltrådt.\n\n"                                     /* 30 */
        "Bilag\n\n"                                         /* 32 */
        "Offentlig beslutning der skal udfyldes, hvis punktet er "
        "lukket\n\n"                        /* 34 */
        "Salget af grunden er tiltrådt.\n"; /* 36 */
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {NULL, NULL, NULL, NULL, NULL};
    static const size_t first[] = {4, 8, 12, 20, 34};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    for (size_t k = 0; k < 5; k++)
        assert_int_equal(m.items[k].first_line, first[k]);
    mnt_meeting_fini(&m);
}

/* "46. Kl. 16.00-16.45: Besøg af …": the slot and its colon go. */
static void test_time_slot_with_colon(void **state)
{
    (void)state;
    static const char text[] =
        "Referat til mødet i Udvalget for Kultur og Fritid den 7. maj 2019\n\n"
        "45. Godkendelse af dagsorden\n\n"
        "Godkendt.\n\n"
        "46. Kl. 16.00-16.45: Besøg af bestyrelsen for kulturhuset\n\n"
        "Bestyrelsen fortalte om husets første år.\n\n"
        "47. kl. 17.00: Puljen til foreningsudvikling\n\n"
        "Godkendt.\n";
    static const char *const labels[] = {"45", "46", "47"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Besøg af bestyrelsen for kulturhuset",
                                         "Puljen til foreningsudvikling"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Bold capitals labels ending in a colon ("LOVE/REGLER:", "RELATION TIL
 * POLITIKKER:") between an item's sections introduce the text below
 * them: they head no items of their own. */
static void test_colon_label_heads_no_item(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 0, 0, "Tirsdag den 13. september 2022 kl. 17:00"},
        {EXT_PARA, 0, 0, "Udvalg: Økonomiudvalget"},
        {EXT_PARA, 0, 0, "1. Orientering om budgetanalyser"},
        {EXT_PARA, 1, 0, "RESUMÉ:"},
        {EXT_PARA, 0, 0, "Der er kommet fjorten forslag."},
        {EXT_PARA, 1, 0, "LOVE/REGLER:"},
        {EXT_PARA, 0, 0, "Ingen bemærkninger."},
        {EXT_PARA, 1, 0, "RELATION TIL POLITIKKER:"},
        {EXT_PARA, 0, 0, "Ingen bemærkninger."},
        {EXT_PARA, 0, 0, "2. Tillægsbevilling til nyt tag"},
        {EXT_PARA, 1, 0, "RESUMÉ:"},
        {EXT_PARA, 0, 0, "Taget på sidefløjen er utæt."},
        {EXT_PARA, 1, 0, "ØKONOMI/PERSONALEFORHOLD:"},
        {EXT_PARA, 0, 0, "Udgiften er 1,4 mio. kr."},
        {EXT_PARA, 1, 0, "KOMMUNIKATION/HØRING:"},
        {EXT_PARA, 0, 0, "Ingen bemærkninger."},
        {EXT_PARA, 1, 0, "RELATION TIL POLITIKKER:"},
        {EXT_PARA, 0, 0, "Ingen bemærkninger."},
    };
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Orientering om budgetanalyser",
                                         "Tillægsbevilling til nyt tag"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* Headings named by a committee's case code: "ØU-61/07-O Title" (code,
 * the case's number of the year, the year, a type letter). The number
 * labels the item. */
static void test_committee_code_headings(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\n"
        "Beslutninger fra mødet torsdag den 14. juni 2007\n\n"
        "ØU-61/07-O Økonomisk orientering\n"
        "Forbruget ligger under budgettet.\n"
        "Beslutning: Taget til efterretning.\n\n"
        "ØU-62/07-D Budget for administrationen\n"
        "Udvalget drøftede tre forslag.\n"
        "Beslutning: Forslag 1 og 3 anbefales.\n\n"
        "ØU-63/07-B Salg af restareal\n"
        "Naboen vil købe arealet.\n"
        "Beslutning: Anbefales.\n";
    static const char *const labels[] = {"61", "62", "63"};
    static const char *const titles[] = {"Økonomisk orientering",
                                         "Budget for administrationen",
                                         "Salg af restareal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript flattened one line a page, the code headings inside the
 * lines; a title that ends in a year runs into no sentence after it
 * ("… juni 2007 Orienteringen viser …"). */
static void test_flat_code_headings_and_year(void **state)
{
    (void)state;
    static const char text[] =
        "1 Beslutninger fra mødet torsdag den 14. juni 2007 Ordinært møde "
        "Økonomiudvalget\n\n"
        "2 Følgende sager blev behandlet på mødet ØU-61/07-O Økonomisk "
        "orientering juni 2007 Orienteringen viser forbruget ultimo maj, "
        "som ligger under budgettet. Beslutning: Taget til efterretning. "
        "Side 5 ØU-62/07-D Budget for administrationen Udvalget drøftede "
        "tre forslag til besparelser. Beslutning: Forslag 1 og 3 anbefales. "
        "Side 7 Økonomiudvalget Side 2\n\n"
        "3 ØU-63/07-B Salg af restareal ved skolen Naboen vil købe arealet "
        "til den vurderede pris. Beslutning: Anbefales. Side 9 "
        "Økonomiudvalget Side 3\n";
    static const char *const labels[] = {"61", "62", "63"};
    static const char *const titles[] = {"Økonomisk orientering juni 2007",
                                         "Budget for administrationen",
                                         "Salg af restareal ved skolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A bold "Åbent punkt" / "Lukket punkt" over each heading (the heading a
 * table row: a number cell, a title cell) is the item's status: it heads
 * no item of its own, nor do bold labels like "Hvem beslutter". */
static void test_status_line_heads_no_item(void **state)
{
    (void)state;
    /* kind, bold, a table row's first cell, text */
    static const struct {
        enum ext_kind kind;
        int bold, row;
        const char *text;
    } b[] = {
        {EXT_PARA, 1, 0, "Referat"},
        {EXT_PARA, 1, 0, "Klima- og Bæredygtighedsudvalget"},
        {EXT_PARA, 0, 0, "15-10-2018 kl. 14:30"},
        {EXT_PARA, 1, 0, "Åbent punkt"},
        {EXT_TABLE_CELL, 1, 1, "1"},
        {EXT_TABLE_CELL, 1, 0, "Fraværende og bemærkninger"},
        {EXT_PARA, 1, 0, "Bemærkninger til dagsordenen"},
        {EXT_PARA, 0, 0, "Ingen."},
        {EXT_PARA, 1, 0, "Åbent punkt"},
        {EXT_TABLE_CELL, 1, 1, "2"},
        {EXT_TABLE_CELL, 1, 0, "Åbningstider på genbrugsstationerne"},
        {EXT_PARA, 1, 0, "Hvem beslutter"},
        {EXT_PARA, 0, 0, "Udvalget beslutter."},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 1, 0, "Åbent punkt"},
        {EXT_TABLE_CELL, 1, 1, "3"},
        {EXT_TABLE_CELL, 1, 0, "Klimaregnskab for bygningerne"},
        {EXT_PARA, 1, 0, "Hvem beslutter"},
        {EXT_PARA, 0, 0, "Udvalget orienteres."},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_PARA, 1, 0, "Åbent punkt"},
        {EXT_TABLE_CELL, 1, 1, "4"},
        {EXT_TABLE_CELL, 1, 0, "Gensidig orientering"},
        {EXT_PARA, 0, 0, "Formanden orienterede om konferencen."},
        {EXT_PARA, 1, 0, "Lukket punkt"},
        {EXT_TABLE_CELL, 1, 1, "5"},
        {EXT_TABLE_CELL, 1, 0, "Leje af areal til solceller"},
    };
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Fraværende og bemærkninger", "Åbningstider på genbrugsstationerne",
        "Klimaregnskab for bygningerne", "Gensidig orientering",
        "Leje af areal til solceller"};
    struct ext_doc x;
    ext_doc_init(&x);
    x.body_size = 11;
    for (size_t i = 0; i < sizeof b / sizeof *b; i++) {
        struct ext_block *k = blk_add(&x, b[i].kind, b[i].text);
        k->bold = (uint8_t)b[i].bold;
        k->row_start = (uint8_t)b[i].row;
    }
    struct mnt_meeting m;
    parse_doc(&x, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript that lost the item numbers: every page opens with its
 * number and a one-word running header ("Sidenr"), then the title and a
 * case file's field; the closed item's short page has its title and
 * closed mark only. */
static void test_flat_short_header_and_closed_page(void **state)
{
    (void)state;
    static const char text[] =
        "1 Sidenr Protokol Mødedato: 13. september 2010 Mødetidspunkt: "
        "19:00 Mødelokale: Byrådssalen\n\n"
        "2 Sidenr Revisionsberetning for regnskabsåret J.nr.: S00 Sagsid.: "
        "10/19877 SAGSFREMSTILLING: Revisionen har afgivet beretning om "
        "årsregnskabet og har ingen væsentlige bemærkninger til "
        "forvaltningen. BESLUTNING: Godkendt. Formandens initialer\n\n"
        "3 Sidenr Anlægsbevilling til renovering af hallen J.nr.: G01 "
        "Sagsid.: 10/15002 SAGSFREMSTILLING: Taget og omklædningsrummene "
        "skal renoveres, og arbejdet er udbudt i to dele. BESLUTNING: "
        "Godkendt. Formandens initialer\n\n"
        "4 Sidenr Takster for madservice J.nr.: G01 Sagsid.: 10/20418 "
        "SAGSFREMSTILLING: Taksterne for næste år er beregnet efter de nye "
        "regler, og en hovedret koster 48 kr. BESLUTNING: Godkendt. "
        "Formandens initialer\n\n"
        "5 Sidenr Køb af ejendom ved havnen - LUKKET SAG Formandens "
        "initialer\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Revisionsberetning for regnskabsåret",
        "Anlægsbevilling til renovering af hallen", "Takster for madservice",
        "Køb af ejendom ved havnen - LUKKET SAG"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "<li><span>131</span><h2>Title</h2>…</li>": the number is the list
 * entry's text before the heading opens, so it is the entry's block (a
 * bare number, title below), not a heading of its own. */
static void test_number_span_before_heading(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main>"
        "<p>Udvalg: Kommunalbestyrelsen</p>"
        "<p>Mødedato: 24-09-2020 18:00:00</p>"
        "<ul>"
        "<li><span>131</span><h2>Godkendelse af dagsorden</h2>"
        "<ul><li><h3>Beslutning</h3><div><p>Godkendt.</p></div></li></ul>"
        "</li>"
        "<li><span>132</span><h2>Kommunegaranti til fjernvarmeværket</h2>"
        "<ul><li><h3>Sagsfremstilling</h3><div><p>Værket optager et lån "
        "til en ny varmepumpe.</p></div></li>"
        "<li><h3>Beslutning</h3><div><p>Godkendt.</p></div></li></ul>"
        "</li>"
        "<li><span>133</span><h2>Meddelelser</h2>"
        "<ul><li><h3>Beslutning</h3><div><p>Taget til efterretning."
        "</p></div></li></ul>"
        "</li>"
        "</ul></main></body></html>";
    struct ext_doc x;
    ext_doc_init(&x);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &x, NULL), ERR_OK);
    static const char *const labels[] = {"131", "132", "133"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Kommunegaranti til fjernvarmeværket",
                                         "Meddelelser"};
    struct mnt_meeting m;
    parse_doc(&x, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Titles styled as headings under list entries holding their numbers;
 * the last is a closed item's "Lukket punkt: Køb af ejendom" - a title,
 * not a field label ending at its colon, so it heads an item too. */
static void test_styled_closed_title_with_colon(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 0, 0, "Udvalg: Kommunalbestyrelsen"},
        {EXT_PARA, 0, 0, "Mødedato: 24-09-2020 18:00:00"},
        {EXT_LIST_ITEM, 0, 0, "131"},
        {EXT_HEADING, 0, 2, "Godkendelse af dagsorden"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 0, "132"},
        {EXT_HEADING, 0, 2, "Kommunegaranti til fjernvarmeværket"},
        {EXT_HEADING, 0, 3, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Værket optager et lån til en ny varmepumpe."},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 0, "133"},
        {EXT_HEADING, 0, 2, "Lukket punkt: Køb af ejendom"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    static const char *const labels[] = {"131", "132", "133"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Kommunegaranti til fjernvarmeværket",
                                         "Lukket punkt: Køb af ejendom"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An attachment's link right under the heading ("politisk_moedeplan_
 * 2022.pdf": lower case, short, its own block) is no wrapped title's
 * last word. */
static void test_file_name_under_heading(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Økonomiudvalget - 01-12-2021"},
        {EXT_PARA, 0, 0, "Referat"},
        {EXT_HEADING, 0, 2, "1. Dagsorden - Godkendelse"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 0, 2,
         "2. Mødeplan for politiske møder i 2022 - Godkendelse"},
        {EXT_PARA, 0, 0, "politisk_moedeplan_2022.pdf"},
        {EXT_HEADING, 0, 3, "Resume"},
        {EXT_PARA, 0, 0, "Mødeplanen for næste år skal fastlægges."},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 0, 2, "3. Udpegning til erhvervsrådet"},
        {EXT_PARA, 0, 0, "Bilag 1 - Vedtægter.docx"},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Udpeget blev to medlemmer."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Dagsorden - Godkendelse",
        "Mødeplan for politiske møder i 2022 - Godkendelse",
        "Udpegning til erhvervsrådet"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A video page's description lists the agenda, one paragraph a title,
 * wrapped by hand with <br> ("2. Salg af grunde i Tjæreborg<br>Øst,
 * etape 2."): the line after the <br> (ext_block.line_break) goes on the
 * title. A decision after a <br>, or a line with the item's text after
 * it, stays text; so does the line after a <br> in a list entry. */
static void test_br_wrapped_title(void **state)
{
    (void)state;
    static const struct {
        enum ext_kind kind;
        int brk;
        const char *text;
    } b[] = {
        {EXT_HEADING, 0, "Byrådsmøde den 4. marts 2024"},
        {EXT_PARA, 0, "1. Godkendelse af dagsorden."},
        {EXT_PARA, 0, "2. Salg af grunde i Tjæreborg"},
        {EXT_PARA, 1, "Øst, etape 2."},
        {EXT_PARA, 0, "3. Godkendelse af referat"},
        {EXT_PARA, 1, "Godkendt."},
        {EXT_PARA, 0, "4. Orientering fra formanden"},
        {EXT_PARA, 1, "Kort status"},
        {EXT_PARA, 0, "Formanden orienterede om vejarbejdet."},
        {EXT_LIST_ITEM, 0, "5. Budget for vejene"},
        {EXT_PARA, 1, "Drift og anlæg"},
        {EXT_PARA, 0, "6. Lukket punkt: Køb af ejendom."},
    };
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Salg af grunde i Tjæreborg Øst, etape 2.",
        "Godkendelse af referat",   "Orientering fra formanden",
        "Budget for vejene",        "Lukket punkt: Køb af ejendom"};
    struct ext_doc x;
    ext_doc_init(&x);
    x.body_size = 11;
    for (size_t i = 0; i < sizeof b / sizeof *b; i++) {
        struct ext_block *k = blk_add(&x, b[i].kind, b[i].text);
        k->line_break = (uint8_t)b[i].brk;
        if (b[i].kind == EXT_HEADING)
            k->level = 1;
    }
    struct mnt_meeting m;
    parse_doc(&x, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_entry_then_title_block),
        cmocka_unit_test(test_link_above_untitled_items),
        cmocka_unit_test(test_untitled_item_lacking_the_opening_section),
        cmocka_unit_test(test_untitled_closed_items_public_decision),
        cmocka_unit_test(test_time_slot_with_colon),
        cmocka_unit_test(test_colon_label_heads_no_item),
        cmocka_unit_test(test_committee_code_headings),
        cmocka_unit_test(test_flat_code_headings_and_year),
        cmocka_unit_test(test_status_line_heads_no_item),
        cmocka_unit_test(test_flat_short_header_and_closed_page),
        cmocka_unit_test(test_number_span_before_heading),
        cmocka_unit_test(test_styled_closed_title_with_colon),
        cmocka_unit_test(test_file_name_under_heading),
        cmocka_unit_test(test_br_wrapped_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
