/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_heads.c - item boundaries and titles on heading shapes of
 * unseen layouts (issue 11): "Ad 1:" headings titled only by the agenda
 * list above, a page holding one item numbered 2 with a numbered list in
 * its decision, scans, untitled items, flattened tables of contents,
 * restarted numbering, continued and glued headings (the heading shapes
 * themselves: test_segment_shapes.c). Each case is a few lines in our
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

/* "Ad 1:", "Ad punkt 1", "Til punkt 1" with nothing after the number:
 * the titles are the agenda list's, taken by number; the body's first
 * sentence is never a title. */
static void test_ad_headings_take_agenda_titles(void **state)
{
    (void)state;
    static const char *const heads[][2] = {
        {"Ad ", ":"}, {"Ad punkt ", ""}, {"Til punkt ", ""}, {"Ad. ", ""}};
    static const char *const bodies[] = {"Referatet blev godkendt.",
                                         "Kassereren gav en status.",
                                         "Intet at bemærke."};
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af referat", "Regnskab for foreningen", "Eventuelt"};
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        char text[1024];
        int n = snprintf(text, sizeof text,
                         "Referat af bestyrelsesmøde i Lokalrådet\n\n"
                         "Dato: 12. marts 2024\n\nDagsorden:\n"
                         "1. Godkendelse af referat.\n"
                         "2. Regnskab for foreningen.\n3. Eventuelt.\n\n");
        for (unsigned k = 0; k < 3; k++) {
            n += snprintf(text + n, sizeof text - (size_t)n, "%s%u%s\n%s\n\n",
                          heads[h][0], k + 1, heads[h][1], bodies[k]);
        }
        struct mnt_meeting m;
        parse_text(text, &m);
        expect_items(&m, 3, labels, titles);
        assert_int_equal(m.agenda_items, 3);
        assert_non_null(strstr(m.items[0].body, "Referatet blev godkendt"));
        mnt_meeting_fini(&m);
    }
}

/* A page that holds one item, numbered 2, whose decision is a numbered
 * list from 1: the list is the decision's, the item is 2. */
static void test_one_item_page_with_list_in_decision(void **state)
{
    (void)state;
    static const char text[] =
        "Valby Lokaludvalg\n\nMødedato: 19.11.2020, kl. 18:30\n\n"
        "Mødested: Online\n\n"
        "2. Godkendelse af dagsorden\n\n"
        "Fraværende med afbud:\nAnne Holm, Bo Krag\n\n"
        "Beslutning\n\n"
        "1. Et medlem bad om at få punkt 7 om trafik flyttet frem, men\n"
        "der var ikke flertal for det.\n\n"
        "2. Dagsordenen blev godkendt.\n\nTil toppen\n";
    static const char *const labels[] = {"2"};
    static const char *const titles[] = {"Godkendelse af dagsorden"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 1, labels, titles);
    assert_non_null(strstr(m.items[0].body, "ikke flertal"));
    mnt_meeting_fini(&m);
}

/* Bare numbers with no agenda list: the sentence under each says what
 * happened, it names nothing; the items have no title and a warning
 * says so. A title of its own on the next line is still one. */
static void test_statement_under_a_number_is_no_title(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i Lokalrådet\n\nDato: 12. marts 2024\n\n"
        "Ad 1:\nReferatet er godkendt.\n\nAd 2:\nDagsordenen blev godkendt "
        "uden ændringer.\n\nAd 3:\nFormanden orienterede om stierne.\n\n"
        "Ad 4:\nIntet.\n\nAd 5:\nSkilte ved søen\nDer kommer nye skilte.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 5);
    for (size_t k = 0; k < 4; k++)
        if (m.items[k].title != NULL)
            fail_msg("item %s: title <%s>, want none", m.items[k].label,
                     m.items[k].title);
    assert_string_equal(m.items[4].title, "Skilte ved søen");
    int warned = 0;
    for (size_t k = 0; k < m.nwarnings; k++)
        warned += strcmp(m.warnings[k], "item 3 has no title") == 0;
    assert_int_equal(warned, 1);
    assert_non_null(strstr(m.items[2].body, "orienterede om stierne"));
    mnt_meeting_fini(&m);
}

/* A scan: OCR guesses type sizes, so two numbered headings come out at
 * body size and short body lines ("En indgang") at heading size. The
 * numbers decide, not the sizes: items 1-5, not seven renumbered ones. */
static void test_ocr_sizes_do_not_renumber(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Referat for møde i Udsatterådet 30. november 2017"},
        {EXT_HEADING, 0, 1, "1. Godkendelse af referat"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 0, 0, "2. Siden sidst"},
        {EXT_PARA, 0, 0, "Formanden har holdt møde med udvalget."},
        {EXT_HEADING, 0, 1, "En indgang"},
        {EXT_PARA, 0, 0, "Borgerne skal kunne henvende sig ét sted."},
        {EXT_HEADING, 0, 1, "Overgang til voksenlivet"},
        {EXT_PARA, 0, 0, "Overgangen fra ung til voksen er svær."},
        {EXT_HEADING, 0, 1, "3. Valg"},
        {EXT_PARA, 0, 0, "Der skal vælges en ny næstformand."},
        {EXT_HEADING, 0, 1, "Kandidater"},
        {EXT_PARA, 0, 0, "To medlemmer stillede op."},
        {EXT_PARA, 0, 0, "4. Nyt fra forvaltningen"},
        {EXT_PARA, 0, 0, "Forvaltningen orienterede om varmestuen."},
        {EXT_HEADING, 0, 1, "Varmestuen"},
        {EXT_PARA, 0, 0, "Åbningstiden udvides i vinter."},
        {EXT_HEADING, 0, 1, "5. Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    struct ext_doc x;
    struct err e;
    ext_doc_init(&x);
    x.body_size = 12;
    for (size_t i = 0; i < sizeof doc / sizeof *doc; i++) {
        struct ext_block *k =
            ext_add(&x, doc[i].kind, doc[i].text, strlen(doc[i].text), &e);
        assert_non_null(k);
        k->size = doc[i].kind == EXT_HEADING ? 14 : 12;
        k->level = (uint8_t)doc[i].level;
        k->conf = 91;
        k->page = 1 + (uint32_t)i / 7;
    }
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {"Godkendelse af referat",
                                         "Siden sidst", "Valg",
                                         "Nyt fra forvaltningen", "Eventuelt"};
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    if (mnt_parse_blocks(&x, NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse_blocks: %s", e.msg);
    ext_doc_fini(&x);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* Items with no titles on the page: each opens with "Sagsid.:" (an
 * empty case field) or with its first section, "Resumé", under a page
 * heading "Referat" that titles the document, not the first item. */
static void test_untitled_items_open_with_a_field(void **state)
{
    (void)state;
    static const char sagsid[] =
        "Referat\nTorsdag den 18. januar 2018 kl. 15:00\nUdvalg: "
        "Handicaprådet\nSagsid.:\nSagsfremstilling\nRådet vælger formand.\n"
        "Beslutning Handicaprådet den 18-01-2018\nAnne Bak blev valgt.\n"
        "Sagsid.:\nBeslutning Handicaprådet den 18-01-2018\nGodkendt.\n"
        "Sagsid.:\nSagsfremstilling\nRunde ved bordet.\nBeslutning "
        "Handicaprådet den 18-01-2018\nAlle fortalte om sig selv.\n";
    static const char resume[] =
        "Dagsorden\n\nOnsdag 9. mar 2016 kl. 13:30\n\nÆldrerådet\n\nReferat\n\n"
        "Resumé\n\nNy chef fortæller om sig selv.\n\nForslag\n\nat "
        "orienteringen tages til efterretning.\n\nBeslutning Ældrerådet den "
        "09-03-2016\n\nTaget til efterretning.\n\nResumé\n\nStatus fra "
        "formanden.\n\nForslag\n\nat orienteringen tages til efterretning."
        "\n\nBeslutning Ældrerådet den 09-03-2016\n\nTaget til efterretning.\n";
    struct mnt_meeting m;
    parse_text(sagsid, &m);
    assert_int_equal(m.nitems, 3);
    for (size_t k = 0; k < 3; k++)
        assert_null(m.items[k].title);
    assert_non_null(strstr(m.items[0].body, "Rådet vælger formand"));
    mnt_meeting_fini(&m);
    parse_text(resume, &m);
    assert_int_equal(m.nitems, 2);
    assert_null(m.items[0].title);
    assert_null(m.items[1].title);
    assert_string_equal(m.items[0].sections[1].name, "Forslag");
    mnt_meeting_fini(&m);
}

/* A flattened page: "2. behandling" inside a title is an ordinal, not
 * the end of a sentence. */
static void test_flat_title_keeps_an_ordinal(void **state)
{
    (void)state;
    static const char text[] =
        "1 Møde i Kommunalbestyrelsen mandag den 28. november 2005 REFERAT "
        "INDHOLDSFORTEGNELSE 1... Meddelelser Ny vedtægt - 2. behandling "
        "Takster for madservice 1. Meddelelser\n\n"
        "2 Kommunalbestyrelsens møde 28. november 2005 Punkt 1: Der var "
        "ingen meddelelser. ØKONOMIUDVALGET 2. Ny vedtægt for rådet - 2. "
        "behandling/endelig vedtagelse Økonomiudvalget den 25. oktober 2005, "
        "pkt. 3 Resumé Vedtægten skal vedtages ved to behandlinger med mindst "
        "seks dages mellemrum, og ved anden behandling kan der stilles "
        "ændringsforslag til den. Kommunalbestyrelsens møde 28. november 2005 "
        "Punkt 2: Vedtaget. SOCIALUDVALGET 3. Takster for madservice "
        "Socialudvalget den 15. november 2005, pkt. 2 Resumé Taksterne "
        "reguleres hvert år efter prisudviklingen i kommunen og landet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    assert_string_equal(m.items[1].title,
                        "Ny vedtægt for rådet - 2. behandling/endelig "
                        "vedtagelse");
    mnt_meeting_fini(&m);
}

/* A transcript flattened to one line per page whose headings print no
 * number: the table of contents ("Pkt. Tekst Side 1 Title 2 2 …") names
 * the items, they start where its titles do, and the page numbers that
 * open the lines ("3 Side A …") head nothing. */
static void test_flat_toc_names_unnumbered_items(void **state)
{
    (void)state;
    static const char text[] =
        "1 Åben referat Integrationsrådet Sekretariatet Side 1. Mødedato: "
        "11. juni 2019 Mødested: Rådhuset Fraværende: Bo Berg Følgende "
        "sager behandles: Pkt. Tekst Side 1 Godkendelse af dagsorden 2 2 "
        "Rådets strategi for to år 3 3 Eventuelt og orientering 4\n\n"
        "2 Side A Godkendelse af dagsorden Resumé Rådet skal godkende "
        "dagsordenen for mødet. Beslutning Dagsordenen blev godkendt, og Bo "
        "Berg deltog ikke i mødet.\n\n"
        "3 Side A Rådets strategi for to år Resumé Rådet drøfter igen, hvad "
        "det vil arbejde med frem til valget. Beslutning Rådet valgte job og "
        "foreningsliv som de to temaer.\n\n"
        "4 Side A Eventuelt og orientering Beslutning Intet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Rådets strategi for to år",
                                         "Eventuelt og orientering"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "job og foreningsliv"));
    mnt_meeting_fini(&m);
}

/* The closed part numbers its items from 1 again under its own
 * heading: they are items of their own (closed), not the text of the
 * open part's last item. */
static void test_closed_part_restarts_numbering(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nBørne- og Skoleudvalget\n\nMødedato: 12. marts 2024\n\n"
        "Åbne punkter\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Skolernes budget\n\nUdvalget drøftede budgettet.\n\n"
        "3. Eventuelt\n\nIntet.\n\nLukkede punkter\n\n1. Personalesag\n\n"
        "Lukket punkt.\n\n2. Klagesag\n\nLukket punkt.\n";
    static const char *const labels[] = {"1", "2", "3", "1", "2"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Skolernes budget", "Eventuelt",
                                         "Personalesag", "Klagesag"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    assert_true(m.items[3].closed && m.items[4].closed);
    mnt_meeting_fini(&m);
}

/* A page's numbered list broken by paragraphs starts again at 1: the
 * items go on counting; a list introduced by "fondene:" inside an item
 * is that item's. */
static void test_restarted_page_list_goes_on(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_HEADING, 0, 1, "Møde den 6. marts 2017"},
        {EXT_PARA, 0, 0, "Referat af lokalrådsmødet den 6. marts 2017"},
        {EXT_LIST_ITEM, 0, 1, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt uden kommentarer."},
        {EXT_LIST_ITEM, 0, 2, "Regnskab 2016"},
        {EXT_PARA, 0, 0, "Regnskabet revideres snart."},
        {EXT_LIST_ITEM, 0, 1, "Sommerfest"},
        {EXT_PARA, 0, 0, "Festen holdes i juni."},
        {EXT_LIST_ITEM, 0, 2, "Siden sidst"},
        {EXT_PARA, 0, 0, "Husk at søge fondene:"},
        {EXT_LIST_ITEM, 0, 1, "Elselskabets pulje"},
        {EXT_LIST_ITEM, 0, 2, "Friluftsrådet"},
        {EXT_LIST_ITEM, 0, 3, "Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Regnskab 2016", "Sommerfest",
                                         "Siden sidst", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 5, labels, titles);
    assert_non_null(strstr(m.items[3].body, "Friluftsrådet"));
    mnt_meeting_fini(&m);
}

/* A title wrapped after an abbreviation ("… udsatte ift." /
 * "Sundhedsstyrelsens anbefalinger") goes on: "ift." ends no title. */
static void test_title_wraps_after_abbreviation(void **state)
{
    (void)state;
    static const char text[] =
        "Rådet for Socialt Udsatte\n\nMødedato: 30. november 2017\n\n"
        "1. Kommunens politik for socialt udsatte borgere ift.\n"
        "Sundhedsstyrelsens anbefalinger\n\nRådet drøftede politikken.\n\n"
        "2. Eventuelt\n\nIntet.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {
        "Kommunens politik for socialt udsatte borgere ift. "
        "Sundhedsstyrelsens anbefalinger",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* An agenda list the format numbered (<ol> of links) above unnumbered
 * h3 headings: it is the agenda list (counted, never items) and numbers
 * the items. */
static void test_format_numbered_agenda_list(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_HEADING, 0, 1, "Referat fra Seniorrådets møde 4. april 2022"},
        {EXT_HEADING, 0, 2, "Dagsorden"},
        {EXT_LIST_ITEM, 0, 1, "Godkendelse af dagsorden"},
        {EXT_LIST_ITEM, 0, 2, "Nyt fra formanden"},
        {EXT_LIST_ITEM, 0, 3, "Eventuelt"},
        {EXT_HEADING, 0, 3, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 0, 3, "Nyt fra formanden"},
        {EXT_PARA, 0, 0, "Formanden fortalte om årsmødet."},
        {EXT_HEADING, 0, 3, "Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Nyt fra formanden", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 3, labels, titles);
    assert_int_equal(m.agenda_items, 3);
    mnt_meeting_fini(&m);
}

/* A PDF repeats an item's heading on the next page with "(fortsat)":
 * the item goes on, numbered or set in bold. */
static void test_continued_heading_is_no_item(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Kultur- og Fritidsudvalget, 12. marts 2024"},
        {EXT_PARA, 1, 0, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 1, 0, "Budgetopfølgning"},
        {EXT_PARA, 0, 0, "Forvaltningen har lavet en opgørelse."},
        {EXT_PARA, 1, 0, "Budgetopfølgning (fortsat)"},
        {EXT_PARA, 0, 0, "Udvalget tog den til efterretning."},
        {EXT_PARA, 1, 0, "Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char text[] =
        "Kultur- og Fritidsudvalget\n\nMødedato: 12. marts 2024\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Budgetopfølgning\n\n"
        "Forvaltningen har lavet en opgørelse.\n\nSide 1 af 2\n\n"
        "2. Budgetopfølgning (fortsat)\n\nUdvalget tog den til efterretning."
        "\n\n3. Eventuelt\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Budgetopfølgning", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "til efterretning"));
    mnt_meeting_fini(&m);
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "til efterretning"));
    mnt_meeting_fini(&m);
}

/* A flattened table of contents with numbered entries ("1. Title 2 2.
 * Title 2 …") stays whole (no item of it), and the last headings of a
 * page, with a line of text each, are items of their own. */
static void test_flat_toc_numbered_and_short_last_items(void **state)
{
    (void)state;
    static const char text[] =
        "Udsatterådet Referat Mødedato: 12.03.2024 Mødetidspunkt: 16:00 - "
        "18:00 Mødested: Mødelokale 2 Deltagere: Asta Berg, Kaj Holst "
        "Afbud: Sten Wulff Side 1 af 3\n"
        "Indholdsfortegnelse 1. Godkendelse af dagsorden 2 2. Nyt fra "
        "formanden 2 3. Udsatteprisen 2024 - lukket punkt 3 4. Eventuelt 3 "
        "Side 2 af 3\n"
        "1. Godkendelse af dagsorden Beslutning Godkendt. 2. Nyt fra "
        "formanden Sagsfremstilling Formanden har besøgt varmestuen og "
        "netværket for udsatteråd i regionen. Beslutning Taget til "
        "efterretning. 3. Udsatteprisen 2024 - lukket punkt Lukket punkt. "
        "4. Eventuelt Næste møde er den 11.06.2024. Side 3 af 3\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Nyt fra formanden",
        "Udsatteprisen 2024 - lukket punkt", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_int_equal(m.agenda_items, 4);
    assert_true(m.items[2].closed);
    mnt_meeting_fini(&m);
}

/* An eDoc page: the agenda list in a table, each heading glued to its
 * section's label ("… dagsordenReferat"), a numbered list in item 2
 * whose "3." comes before item 3's heading: the agenda's titles say
 * where the items start and what they are called. */
static void test_agenda_titles_beat_a_list_point(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Referat"},
        {EXT_PARA, 0, 0, "Udvalg for Regional Udvikling 14-03-2023 10:00"},
        {EXT_TABLE_CELL, 1, 0, "1.Godkendelse af dagsorden"},
        {EXT_TABLE_CELL, 1, 0, "2.Meddelelser fra formanden"},
        {EXT_TABLE_CELL, 1, 0, "3.Fordeling af midler fra puljen 2023"},
        {EXT_PARA, 0, 0, "1. Godkendelse af dagsordenReferat"},
        {EXT_PARA, 0, 0, "Dagsordenen blev godkendt."},
        {EXT_PARA, 0, 0, "2. Meddelelser fra formandenReferat"},
        {EXT_PARA, 0, 0, "Under punktet blev disse emner nævnt:"},
        {EXT_PARA, 0, 0, "1. Afbud. Lene Kirk havde meldt afbud."},
        {EXT_PARA, 0, 0, "2. Togbusser. Formanden fortalte om natbusserne."},
        {EXT_PARA, 0, 0, "3. Studieturen. Hotellet er booket til maj."},
        {EXT_PARA, 0, 0, "3. Fordeling af midler fra puljen 2023Referat"},
        {EXT_PARA, 0, 0, "Indstillingen blev godkendt."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Meddelelser fra formanden",
                                         "Fordeling af midler fra puljen 2023"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "Studieturen"));
    mnt_meeting_fini(&m);
}

/* A web page's furniture under a long title ("… den 12. juni 2019" /
 * "fold dette punkt ind Resume", "åbn/luk punkt", a section's name with
 * its text after a title ending in a preposition) never continues it. */
static void test_furniture_never_continues_a_title(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalget for kultur og fritid\n\nMødedato: 3. april 2019\n\n"
        "1. Forslag til nye regler for lån af sale i kulturhusene fra 2020\n"
        "fold dette punkt ind Resume\nReglerne bliver enklere.\n\n"
        "2. Tilskud til foreningernes sommerarrangementer i 2019 og 2020\n"
        "åbn/luk punkt\nBeslutning\nBevilget.\n\n"
        "3. Orientering om arbejdet med den nye strategi for idræt og\n"
        "Resume Forvaltningen fortalte om arbejdet.\n\n"
        "4. Eventuelt\nfold ud\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Forslag til nye regler for lån af sale i kulturhusene fra 2020",
        "Tilskud til foreningernes sommerarrangementer i 2019 og 2020",
        "Orientering om arbejdet med den nye strategi for idræt og",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "ad. 1. <what was said>" paragraphs under an agenda list without
 * numbers (the format's bullets or "• " lines): the list's entries are
 * the titles, numbered as they stand; the paragraph is the body, never
 * its first sentence the title, and the list is no item. */
static void test_unnumbered_agenda_titles_ad_bodies(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_HEADING, 0, 1, "Referat Naturrådet 2011"},
        {EXT_PARA, 0, 0, "Referat af møde i Naturrådet d. 3. maj 2011."},
        {EXT_PARA, 0, 0, "Dagsorden:"},
        {EXT_LIST_ITEM, 0, 0, "Velkomst"},
        {EXT_LIST_ITEM, 0, 0, "Stier langs kysten"},
        {EXT_LIST_ITEM, 0, 0, "Næste møde"},
        {EXT_LIST_ITEM, 0, 0, "Eventuelt"},
        {EXT_PARA, 0, 0, "ad. 1. Formanden bød de fremmødte velkommen."},
        {EXT_PARA, 0, 0,
         "ad. 2. Der blev vist et kort over de nye stier, "
         "og rådet roste arbejdet."},
        {EXT_PARA, 0, 0, "Til stede: Ole Bak og Eva Lund."},
        {EXT_PARA, 0, 0, "ad. 3. Mødet holdes i oktober."},
        {EXT_PARA, 0, 0, "ad. 4. Intet."},
    };
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Velkomst", "Stier langs kysten",
                                         "Næste møde", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 4, labels, titles);
    assert_non_null(strstr(m.items[1].body, "kort over de nye stier"));
    mnt_meeting_fini(&m);
    static const char text[] =
        "Referat af møde i Naturrådet d. 3. maj 2011\n\nDagsorden:\n"
        "• Velkomst\n• Stier langs kysten\n• Næste møde\n• Eventuelt\n\n"
        "Ad 1. Formanden bød de fremmødte velkommen.\n\n"
        "Ad 2. Der blev vist et kort over de nye stier.\n\n"
        "Ad 3. Mødet holdes i oktober.\n\nAd 4. Intet.\n";
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_non_null(strstr(m.items[0].body, "bød de fremmødte"));
    mnt_meeting_fini(&m);
}

/* A decision headed by the body and date that took it, then the item's
 * number ("Økonomiudvalget, den 7. december 2017, pkt. 2"): it quotes
 * where the case was decided, it opens no item of its own. */
static void test_dated_decision_pkt_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet\n\nReferat\n\n14. marts 2018 kl. 17:00\n\n"
        "1 Regnskab for havnen\n\nSagsfremstilling\n\n"
        "Havnen kom ud med et lille overskud.\n\n"
        "Økonomiudvalget, den 1. marts 2018, pkt. 2\n\nAnbefales.\n\n"
        "Byrådet, den 14. marts 2018, pkt. 1\n\nGodkendt.\n\n"
        "2 Salg af grund ved skolen\n\nSagsfremstilling\n\n"
        "Der er kommet to bud.\n\n"
        "Byrådet, den 14. marts 2018, pkt. 2\n\nGodkendt.\n\n"
        "3 Takster for affald\n\nSagsfremstilling\n\n"
        "Taksterne hæves.\n\n"
        "Byrådet, den 14. marts 2018, pkt. 3\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Regnskab for havnen",
                                         "Salg af grund ved skolen",
                                         "Takster for affald"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ad_headings_take_agenda_titles),
        cmocka_unit_test(test_one_item_page_with_list_in_decision),
        cmocka_unit_test(test_statement_under_a_number_is_no_title),
        cmocka_unit_test(test_ocr_sizes_do_not_renumber),
        cmocka_unit_test(test_untitled_items_open_with_a_field),
        cmocka_unit_test(test_flat_title_keeps_an_ordinal),
        cmocka_unit_test(test_flat_toc_names_unnumbered_items),
        cmocka_unit_test(test_closed_part_restarts_numbering),
        cmocka_unit_test(test_restarted_page_list_goes_on),
        cmocka_unit_test(test_title_wraps_after_abbreviation),
        cmocka_unit_test(test_format_numbered_agenda_list),
        cmocka_unit_test(test_continued_heading_is_no_item),
        cmocka_unit_test(test_flat_toc_numbered_and_short_last_items),
        cmocka_unit_test(test_agenda_titles_beat_a_list_point),
        cmocka_unit_test(test_furniture_never_continues_a_title),
        cmocka_unit_test(test_unnumbered_agenda_titles_ad_bodies),
        cmocka_unit_test(test_dated_decision_pkt_no_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
