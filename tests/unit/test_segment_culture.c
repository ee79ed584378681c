/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_culture.c - shapes the blind round by theme (cr-: culture
 * and leisure committees, the boards of music schools, culture schools
 * and libraries) brought up: an ordered list of the format (<ol>, its
 * numbers not printed) as the agenda that titles "Ad. 1:" paragraphs.
 * Each case is a few lines in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/minutes_internal.h"
#include "segment_util.h"
#include "test_filter.h"

/* "Dagsorden" over an <ol> whose numbers only the format counts, then
 * "Ad. 1:" … "Ad. 4:" alone over the minutes' text: the list's entries
 * title the items, not the paragraph after each "Ad. N:". */
static void test_ad_paragraphs_keyed_to_ordered_list(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 1, 0,
         "Referat af bestyrelsesmøde afholdt 22. november 2022."},
        {EXT_PARA, 0, 0, "Til stede var:"},
        {EXT_PARA, 0, 0, "Ida Holm, Per Dam og Lis Krag"},
        {EXT_PARA, 0, 0, "Dagsorden"},
        {EXT_LIST_ITEM, 0, 1, "Bordet rundt"},
        {EXT_LIST_ITEM, 0, 2, "Orientering fra lederen"},
        {EXT_LIST_ITEM, 0, 3, "Budgetopfølgning"},
        {EXT_LIST_ITEM, 0, 4, "Julekoncerten"},
        {EXT_PARA, 0, 0, "Ad. 1:"},
        {EXT_PARA, 0, 0, "Punkt afviklet"},
        {EXT_PARA, 0, 0, "Ad. 2:"},
        {EXT_PARA, 0, 0, "Lederen fortalte om elevtallet, som er steget."},
        {EXT_PARA, 0, 0, "Ad. 3:"},
        {EXT_PARA, 0, 0, "Der forventes balance ved årets udgang."},
        {EXT_PARA, 0, 0, "Ad. 4:"},
        {EXT_PARA, 0, 0, "Koncerten holdes den 14. december."},
    };
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Bordet rundt",
                                         "Orientering fra lederen",
                                         "Budgetopfølgning", "Julekoncerten"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same list over "Ad. 1:Title" lines that print titles of their own
 * (reworded from the list's): those titles stay. */
static void test_ad_titles_kept_over_ordered_list(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 0, 0, "Mødet blev holdt torsdag den 27. august 2020."},
        {EXT_LIST_ITEM, 0, 1, "Valg af dirigent."},
        {EXT_LIST_ITEM, 0, 2, "Uddeling af prisen."},
        {EXT_LIST_ITEM, 0, 3, "Beretning."},
        {EXT_PARA, 0, 0, "Ad. 1:Valg af dirigent og referent"},
        {EXT_PARA, 0, 0, "Jens Bo blev valgt."},
        {EXT_PARA, 0, 0, "Ad. 2:Uddeling af Initiativprisen 2019"},
        {EXT_PARA, 0, 0, "Prisen gik til roklubben."},
        {EXT_PARA, 0, 0, "Ad. 3:Bestyrelsens beretning"},
        {EXT_PARA, 0, 0, "Beretningen blev godkendt."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Valg af dirigent og referent",
                                         "Uddeling af Initiativprisen 2019",
                                         "Bestyrelsens beretning"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Lotus Notes table as text: "1Title ->Database '…', View '…',
 * Document '…'" (the row's number glued to its title, a link to the last
 * meeting's document after it), "Ref." glued to the minute: the link's
 * path is no part of the title. */
static void test_notes_doclink_after_title(void **state)
{
    (void)state;
    static const char text[] =
        "13.09.17 BESTYRELSESMØDE\n\n"
        "Dagsorden/Referat\n"
        "MødeforumKulturskolens bestyrelse\n"
        "ReferentPoul Vang\n\n"
        "PktDagsorden og referat.\n"
        "1Godkendelse af sidste mødereferat ->Database 'Møder 2017', View "
        "'Alle møder', Document '070617 Bestyrelsesmøde'\n"
        "Ref.Godkendt\n"
        "2Godkendelse af dagsorden\n"
        "Ref.Godkendt\n"
        "3Meddelelser\n"
        "Ref.Ingen.\n"
        "4Eventuelt\n"
        "Ref.Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af sidste mødereferat",
                                         "Godkendelse af dagsorden",
                                         "Meddelelser", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A docplayer transcript, one line a page, whose case and document
 * numbers were lost: "1. Title Sag Dok Initialer: ALM Åbent …": the bare
 * labels before "Initialer:" are the case file's, not the title's. */
static void test_bare_sag_dok_before_initials(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Kulturgruppen Dato 21. september 2011 Tidspunkt 15:00 "
        "Sted Kulturhuset Til stede Ole Bak Fraværende Ida Lund\n\n"
        "2 Åbent møde 1. Godkendelse af dagsorden Sag Dok Initialer: ALM "
        "Åbent Sagsfremstilling Dagsordenen forelægges. Beslutning fra "
        "Kulturgruppen Dato: 21. september 2011 Godkendt. Kulturgruppen den "
        "21. september 2011 Side nr. 1\n\n"
        "3 2. Status på kulturaftalen Sag Dok Initialer: ALM Åbent "
        "Sagsfremstilling Aftalen er sendt til ministeriet. Beslutning fra "
        "Kulturgruppen Dato: 21. september 2011 Taget til efterretning. "
        "Kulturgruppen den 21. september 2011 Side nr. 2\n\n"
        "4 3. Udpegning af medlem til fagrådet Sag Dok Initialer: ALM Åbent "
        "Sagsfremstilling Et medlem er fratrådt. Beslutning fra "
        "Kulturgruppen Dato: 21. september 2011 Godkendt. 4. Evt. Sag Dok "
        "Initialer: ALM Åbent Beslutning fra Kulturgruppen Dato: 21. "
        "september 2011 Intet. Kulturgruppen den 21. september 2011 Side "
        "nr. 3\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Status på kulturaftalen",
        "Udpegning af medlem til fagrådet", "Evt."};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

/* A board's minutes with lettered points right under each item's
 * heading ("1. Startpunkter:" / "1a. Dagsorden blev godkendt" / "1b. …"):
 * the points are the item's text, not items "1a", "1b". */
static void test_lettered_points_under_items(void **state)
{
    (void)state;
    static const char text[] =
        "Bestyrelsesmøde, Musikskolen\n"
        "Referat Mandag 9/12 2019, kl. 19.30\n\n"
        "1. Startpunkter:\n"
        "1a. Dagsorden blev godkendt\n"
        "1b. Referat fra sidste møde blev godkendt.\n\n"
        "2. Økonomi:\n"
        "2a. Budget 2019. Lederen orienterede om et lille overskud.\n"
        "2b. Budget 2020. Bestyrelsen drøftede den nye tildeling.\n\n"
        "3. Koncerter i foråret\n"
        "Lederen gennemgik programmet.\n\n"
        "4. Evt.\n"
        "4a. Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Startpunkter", "Økonomi",
                                         "Koncerter i foråret", "Evt."};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Unge, fritid og idræts møde den 7. maj 2024": a committee named by
 * its areas (no "udvalg" in its name), in the genitive before "møde" in
 * the page's heading, is the council. */
static void test_areas_committee_in_genitive_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Unge, fritid og idræts møde den 07. maj 2024\n\n"
        "Mødelokale F7 kl. 15.00\n\n"
        "Referat\n\n"
        "41Godkendelse af dagsorden\n\n"
        "Beslutning\n\n"
        "Godkendt.\n\n"
        "42Orientering om foreningsprisen\n\n"
        "Beslutning\n\n"
        "Taget til efterretning.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_true(strncmp(m.council, "Unge, fritid og idræt",
                        strlen("Unge, fritid og idræt")) == 0);
    mnt_meeting_fini(&m);
}

/* A transcript's first page: the letter's dateline, then the body's
 * name and the meeting's weekday and date ("8. oktober 2013 DB s
 * Forretningsudvalg Mandag den 7. oktober 2013, kl …"): the meeting was
 * on the weekday's date. */
static void test_dateline_before_meeting_weekday(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 8. oktober 2013 DB s Forretningsudvalg Mandag den 7. oktober 2013, "
        "kl DB, Vartov. REFERAT Til stede: Vibe Lund, Karin Bolt. Afbud: "
        "Svend Aa. Fra sekretariatet: Mikkel Holt. 1. Godkendelse af "
        "dagsorden Dagsordenen blev godkendt. 2. Godkendelse af referat af "
        "møde Bilag: Referat Referatet blev godkendt. 3. Resultatopgørelse "
        "Bilag: Resultatopgørelse Sekretariatet har flyttet bogføringen til "
        "et nyt system, og kontoplanen bliver lagt om. Der kan derfor være "
        "mindre forskydninger mellem kontiene i årets opgørelse. Samlet "
        "forventes budgettet overholdt. Side 1\n";
    struct mnt_doc d;
    char iso[11];
    assert_int_equal(mnt_doc_init(&d, text, strlen(text)), ERR_OK);
    assert_true(mnt_meeting_date(&d, d.nlines, NULL, iso));
    assert_string_equal(iso, "2013-10-07");
    mnt_doc_fini(&d);
}

/* A music school's page: "Musikskolen på Øen´ bestyrelse" heads the
 * board's members, one of them "– repræsentant for Kultur- og
 * Fritidsudvalget": the board met, not the committee that sent a
 * member. */
static void test_board_heading_over_committee_member(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Bestyrelsen"},
        {EXT_HEADING, 0, 2, "Musikskolen på Øen´ bestyrelse"},
        {EXT_PARA, 0, 0, "Ida Holm – formand"},
        {EXT_PARA, 0, 0,
         "Per Dam – repræsentant for Kultur- og Fritidsudvalget"},
        {EXT_PARA, 0, 0,
         "Lis Krag – repræsentant for Kultur- og "
         "Fritidsudvalget"},
        {EXT_PARA, 1, 0,
         "Referat af bestyrelsesmøde afholdt 22. november "
         "2022."},
        {EXT_PARA, 0, 0, "Dagsorden"},
        {EXT_LIST_ITEM, 0, 1, "Bordet rundt"},
        {EXT_LIST_ITEM, 0, 2, "Budget"},
        {EXT_LIST_ITEM, 0, 3, "Eventuelt"},
        {EXT_PARA, 0, 0, "Ad. 1:"},
        {EXT_PARA, 0, 0, "Punkt afviklet"},
        {EXT_PARA, 0, 0, "Ad. 2:"},
        {EXT_PARA, 0, 0, "Budgettet holder."},
        {EXT_PARA, 0, 0, "Ad. 3:"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    assert_non_null(m.council);
    assert_true(strncmp(m.council, "Musikskolen på Øen´ bestyrelse",
                        strlen("Musikskolen på Øen´ bestyrelse")) == 0);
    mnt_meeting_fini(&m);
}

/* A transcript whose pages end "… Kulturgruppen den 21. september 2011
 * Side nr. N" (a body no council noun names) and whose flattened
 * contents name a fagråd in a title: the footer's body met. */
static void test_running_footer_names_the_body(void **state)
{
    (void)state;
    static const char text[] =
        "KULTURREGION\n\n"
        "Transkript\n\n"
        "1 KULTURREGION Referat Kulturgruppen Dato 21. september 2011 "
        "Tidspunkt 15:00 Sted Kulturhuset Til stede Ole Bak Fraværende Ida "
        "Lund\n\n"
        "2 Indholdsfortegnelse 1. Godkendelse af dagsorden Status på "
        "kulturaftalen Udpegning af medlem til Musikfagrådet Evt "
        "Kulturgruppen den 21. september 2011 Side nr. 1\n\n"
        "3 1. Godkendelse af dagsorden Sag Dok Initialer: ALM Åbent "
        "Beslutning fra Kulturgruppen Dato: 21. september 2011 Godkendt. "
        "Kulturgruppen den 21. september 2011 Side nr. 2\n\n"
        "4 2. Status på kulturaftalen Sag Dok Initialer: ALM Åbent "
        "Beslutning fra Kulturgruppen Dato: 21. september 2011 Taget til "
        "efterretning. Kulturgruppen den 21. september 2011 Side nr. 3\n\n"
        "5 3. Udpegning af medlem til Musikfagrådet Sag Dok Initialer: ALM "
        "Åbent Beslutning fra Kulturgruppen Dato: 21. september 2011 "
        "Godkendt. 4. Evt. Sag Dok Initialer: ALM Åbent Intet. "
        "Kulturgruppen den 21. september 2011 Side nr. 4\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_true(strncmp(m.council, "Kulturgruppen", 13) == 0);
    mnt_meeting_fini(&m);
}

/* The same minutes as an <ol> of the format: "2. Økonomi:" over its
 * points "2a. …" - its colon introduces the points, as a heading does
 * here; the item is no weaker for it. */
static void test_lettered_points_in_a_list(void **state)
{
    (void)state;
    static const struct {
        unsigned no, depth;
        const char *text;
    } li[] = {
        {1, 1, "1. Startpunkter:"},
        {1, 2, "1a. Dagsorden blev godkendt"},
        {2, 2, "1b. Referat fra sidste møde blev godkendt."},
        {2, 1, "2. Økonomi:"},
        {1, 2, "2a. Budgetopfølgning. Forbruget følger budgettet."},
        {3, 1,
         "3. Valg til bestyrelsen. Der er fundet to nye "
         "forældrerepræsentanter, som begynder på næste møde."},
        {4, 1, "4. Evt."},
    };
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Startpunkter", "Økonomi",
                                         "Valg til bestyrelsen", "Evt."};
    struct ext_doc x; /* a web page: no type sizes */
    ext_doc_init(&x);
    blk_add(&x, EXT_PARA, "Bestyrelsesmøde, Byens Musikskole")->size = 0;
    blk_add(&x, EXT_PARA, "Referat Mandag 21/10 2019, kl, 19.15 – 21.15")
        ->size = 0;
    blk_add(&x, EXT_PARA, "Afbud: Karen,")->size = 0;
    for (size_t i = 0; i < sizeof li / sizeof *li; i++) {
        struct ext_block *k = blk_add(&x, EXT_LIST_ITEM, li[i].text);
        k->size = 0;
        k->list_no = li[i].no;
        k->list_depth = (uint8_t)li[i].depth;
    }
    struct mnt_meeting m;
    parse_doc(&x, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A region's meeting page that lists only the items, each with links to
 * its attachments printed after the title (", Bilag 2", a run of glued
 * numbers "Bilag 77.17.2"): the links are no part of the title. */
static void test_attachment_links_after_title(void **state)
{
    (void)state;
    static const char text[] =
        "Se video af mødet\n\n"
        "Referat af regionsrådsmødet den 6. maj 2009 (pdf-fil)\n\n"
        " 1. Valg af repræsentant til et kulturråd\n"
        " 2. Tidsplan for budget 2010, Bilag 2\n"
        " 3. Aftaler om hjælpemidler Bilag 33.13.2\n"
        " 4. Tilskud til en festival, Bilag 4 \n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Valg af repræsentant til et kulturråd", "Tidsplan for budget 2010",
        "Aftaler om hjælpemidler", "Tilskud til en festival"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same page with a supplementary agenda after the list,
 * "Tillægsdagsorden", whose items are numbered from 1 again: they are
 * items too, after the agenda's. */
static void test_supplementary_agenda_restarts(void **state)
{
    (void)state;
    static const char text[] =
        "Se video af mødet\n\n"
        "Referat af regionsrådsmødet den 6. maj 2009 (pdf-fil)\n\n"
        " 1. Valg af repræsentant til et kulturråd\n"
        " 2. Tidsplan for budget 2010\n"
        " 3. Aftaler om hjælpemidler\n\n"
        "Tillægsdagsorden\n\n"
        " 1. Valg af stedfortræder til Vækstforum\n"
        " 2. Anlægsbevilling til pavilloner\n";
    static const char *const labels[] = {"1", "2", "3", "1", "2"};
    static const char *const titles[] = {
        "Valg af repræsentant til et kulturråd", "Tidsplan for budget 2010",
        "Aftaler om hjælpemidler", "Valg af stedfortræder til Vækstforum",
        "Anlægsbevilling til pavilloner"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A supplementary agenda after items with sections (Region Syddanmark's
 * page: "Resumé" … "Beslutning" under each heading), its one item
 * numbered 1 again right under "Tillægsdagsorden": an item after the
 * agenda's, although it stands after the first section. */
static void test_supplementary_agenda_after_sections(void **state)
{
    (void)state;
    static const char text[] =
        "Regionsrådet - referat 14-04-2008\n\n"
        "1.      Plan for sygehusbyggeri\n\n"
        "Sagsnr:\n\n08/110\n\n"
        "Resumé\n\nEn plan for de nye sygehuse fremlægges.\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "2.      Tilskud til en musikfestival\n\n"
        "Sagsnr:\n\n08/141\n\n"
        "Resumé\n\nFestivalen søger om et tilskud.\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Tillægsdagsorden\n\n"
        "1.      Nyt medlem af et udvalg\n\n"
        "Sagsnr:\n\n08/207\n\n"
        "Resumé\n\nEt medlem er udtrådt.\n\n"
        "Beslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "1"};
    static const char *const titles[] = {"Plan for sygehusbyggeri",
                                         "Tilskud til en musikfestival",
                                         "Nyt medlem af et udvalg"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ad_paragraphs_keyed_to_ordered_list),
        cmocka_unit_test(test_ad_titles_kept_over_ordered_list),
        cmocka_unit_test(test_notes_doclink_after_title),
        cmocka_unit_test(test_bare_sag_dok_before_initials),
        cmocka_unit_test(test_lettered_points_under_items),
        cmocka_unit_test(test_areas_committee_in_genitive_heading),
        cmocka_unit_test(test_dateline_before_meeting_weekday),
        cmocka_unit_test(test_board_heading_over_committee_member),
        cmocka_unit_test(test_running_footer_names_the_body),
        cmocka_unit_test(test_lettered_points_in_a_list),
        cmocka_unit_test(test_attachment_links_after_title),
        cmocka_unit_test(test_supplementary_agenda_restarts),
        cmocka_unit_test(test_supplementary_agenda_after_sections),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
