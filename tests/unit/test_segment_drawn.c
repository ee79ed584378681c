/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_drawn.c - shapes from blind rounds of randomly drawn
 * councils (session 23, round bi): a case page whose title and "Sag nr.
 * N" one button joins into one line, its per-case sections set as h3
 * (Rødovre's TYPO3 pages), and a page that shows a PDF's text with the
 * HTML escaped, tags and all (an ePaper site); a meeting date printed
 * in English order with a 12-hour clock ("9/26/2019 4:00:00 PM") and an
 * item's folded sections as list entries under a long title
 * (Vesthimmerland's pages); a municipality named only in a page's
 * footer; Bornholm's status columns and closed items numbered from 101;
 * items under a closed part's heading (Sbsys). Later rounds' dates and
 * fields are in test_segment_drawndates.c. Each case is a few lines in
 * our own words. */
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

/* "Valg af borgmester Sag nr. 3": the number printed after the title
 * with only a space between (two spans of one button read as a line). */
static void test_case_no_glued_after_title(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\n\n"
        "03-12-2025\n\n"
        "Sager 1 - 3\n\n"
        "Meddelelse om valget den 18. november 2025 Sag nr. 1\n\n"
        "Beslutningskompetence: KB\n\n"
        "Ved valget blev 19 medlemmer valgt, jf. sag nr. 4 fra sidste år.\n\n"
        "Beslutning\n\n"
        "Taget til efterretning.\n\n"
        "Valg af borgmester Sag nr. 2\n\n"
        "Beslutningskompetence: KB\n\n"
        "Valget ledes af det ældste medlem.\n\n"
        "Beslutning\n\n"
        "Nina Falck blev valgt.\n\n"
        "Valg af 1. viceborgmester Sag nr. 3\n\n"
        "Beslutningskompetence: KB\n\n"
        "Der vælges en viceborgmester.\n\n"
        "Beslutning\n\n"
        "Vagn Rask blev valgt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Meddelelse om valget den 18. november 2025", "Valg af borgmester",
        "Valg af 1. viceborgmester"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same page as blocks: each case's sections are h3 ("Sagens kerne",
 * "Lov- og plangrundlag") and its title a plain line. The sections are
 * no items: the glued numbers head them. */
static void test_case_sections_h3_no_items(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Konstituerende møde i Kommunalbestyrelsen"},
        {EXT_PARA, 0, 0, "03-12-2025"},
        {EXT_HEADING, 0, 2, "Sager 1 - 3"},
        {EXT_PARA, 0, 0, "Meddelelse om valget Sag nr. 1"},
        {EXT_PARA, 0, 0, "Beslutningskompetence: KB"},
        {EXT_HEADING, 0, 3, "Sagens kerne"},
        {EXT_PARA, 0, 0, "Ved valget blev 19 medlemmer valgt."},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
        {EXT_HEADING, 0, 3, "Lov- og plangrundlag"},
        {EXT_PARA, 0, 0, "Den kommunale valglov"},
        {EXT_PARA, 0, 0, "Valg af borgmester Sag nr. 2"},
        {EXT_PARA, 0, 0, "Beslutningskompetence: KB"},
        {EXT_HEADING, 0, 3, "Sagens kerne"},
        {EXT_PARA, 0, 0, "Valget ledes af det ældste medlem."},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Nina Falck blev valgt."},
        {EXT_HEADING, 0, 3, "Lov- og plangrundlag"},
        {EXT_PARA, 0, 0, "Styrelsesloven § 6"},
        {EXT_PARA, 0, 0, "Mødeplan for 2026 Sag nr. 3"},
        {EXT_PARA, 0, 0, "Beslutningskompetence: KB"},
        {EXT_HEADING, 0, 3, "Sagens kerne"},
        {EXT_PARA, 0, 0, "Møderne holdes sidste tirsdag i måneden."},
        {EXT_HEADING, 0, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Meddelelse om valget", "Valg af borgmester", "Mødeplan for 2026"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A PDF's text shown with its markup escaped: the tags a reader passes
 * over are no part of a title, and a line break between words leaves a
 * space. */
static void test_shown_markup_dropped(void **state)
{
    (void)state;
    static const char text[] =
        "<strong>ØKONOMIUDVALGET</strong><br />\n"
        "<strong>Dagsorden</strong> <strong>med</strong> "
        "<strong>vedtagelser</strong><br />\n"
        "Mødedato Onsdag den 30. maj 2012<br />\n\n"
        "1 Meddelelser<br />\n"
        "Sagsnr. 12/9<br />\n"
        "Borgmesteren orienterede.<br />Til efterretning.<br />\n\n"
        "2 Salg af <strong>ejendommen</strong> Kongevejen 41<br />\n"
        "Sagsnr. 12/33<br />\n"
        "Ejendommen sælges til højestbydende.<br />\n\n"
        "3 Budgetopfølgning<br />\n"
        "Sagsnr. 12/40<br />\n"
        "Anbefales.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Meddelelser", "Salg af ejendommen Kongevejen 41", "Budgetopfølgning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[0].body, "orienterede. Til"));
    mnt_meeting_fini(&m);
}

/* "Mødedato: 9/26/2019 4:00:00 PM": a date followed by a 12-hour clock
 * is month first (an en-US .NET date); without the clock a slash date
 * stays day first. */
static void test_us_date_with_clock(void **state)
{
    (void)state;
    static const char us[] = "Mødedato: 8/5/2019 3:00 PM";
    static const char dk[] = "Mødedato: 8/5/2019 kl. 15";
    char iso[11];
    assert_true(mnt_date_find("9/26/2019 4:00:00 PM",
                              strlen("9/26/2019 4:00:00 PM"), iso));
    assert_string_equal(iso, "2019-09-26");
    assert_true(mnt_date_find(us, strlen(us), iso));
    assert_string_equal(iso, "2019-08-05");
    assert_true(mnt_date_find(dk, strlen(dk), iso));
    assert_string_equal(iso, "2019-05-08");
    static const char text[] =
        "Udvalg: Byrådet\n"
        "Mødedato: 9/26/2019 4:00:00 PM\n\n"
        "146. Godkendelse af dagsorden\n"
        "Forslaget bygger på seminaret den 19. august 2019.\n\n"
        "147. Meddelelser\n"
        "Taget til efterretning.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2019-09-26");
    mnt_meeting_fini(&m);
}

/* The number in a list entry, the title in the paragraph below, then
 * the item's folded sections as list entries: the first section's name
 * ("Punktoplysninger", over "Sagsnr.: …") is no wrapped end of a long
 * title. */
static void test_list_entry_continues_no_title(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 0, 0, "Udvalg: Byrådet"},
        {EXT_PARA, 0, 0, "Mødedato: 26-09-2019"},
        {EXT_LIST_ITEM, 0, 0, "146."},
        {EXT_PARA, 0, 0, "Godkendelse af dagsorden"},
        {EXT_LIST_ITEM, 0, 0, "Punktoplysninger"},
        {EXT_PARA, 0, 0, "Sagsnr.: 00.22.02-G01-41-18"},
        {EXT_LIST_ITEM, 0, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 0, "147."},
        {EXT_PARA, 0, 0,
         "Tillæg nr. 7 til spildevandsplan 2018-2028 - endelig vedtagelse"},
        {EXT_LIST_ITEM, 0, 0, "Punktoplysninger"},
        {EXT_PARA, 0, 0, "Sagsnr.: 06.00.05-P16-1-19"},
        {EXT_LIST_ITEM, 0, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    static const char *const labels[] = {"146", "147"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Tillæg nr. 7 til spildevandsplan 2018-2028 - endelig vedtagelse"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A politician's page mirroring a committee's minutes names the
 * municipality only in its footer ("Byrådsmedlem i Slagelse Kommune"),
 * with no address: the footer's "<Name> Kommune" gives the authority. */
static void test_footer_kommune_names_authority(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Økonomiudvalget – Referat – 18. november 2019 | "
        "Mads Kjærgaard</title></head><body><main>"
        "<h1>Økonomiudvalget – Referat – 18. november 2019</h1>"
        "<h2>1. Godkendelse af dagsorden (B)</h2><p>Godkendt.</p>"
        "<h2>2. Salg af areal (B)</h2><p>Godkendt.</p></main>"
        "<footer><p>Mads Kjærgaard &middot; Byrådsmedlem i Slagelse Kommune "
        "&middot; Socialudvalget</p></footer></body></html>";
    struct mnt_meeting m;
    parse_html(page, &m);
    assert_non_null(m.authority);
    assert_string_equal(m.authority, "Slagelse Kommune");
    mnt_meeting_fini(&m);
}

/* A committee's page that names its municipality only in the footer's
 * e-mail address ("Spørgsmål til referatet: klimaogplan@koege.dk", dx-
 * variant round; no address, no "<Name> Kommune"): the address's domain
 * gives the authority, as a domain in the text does. */
static void test_footer_mail_names_authority(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Referat af møde i Klima- og Planudvalget</title>"
        "</head><body><main>"
        "<h1>Referat af møde i Klima- og Planudvalget</h1>"
        "<p>Den 13.02.2020 kl. 15:30 i Rådhuset, mødelokale 3</p>"
        "<h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p>"
        "<h2>2. Lokalplan for erhverv</h2><p>Godkendt.</p></main>"
        "<div class=\"footer\">Spørgsmål til referatet: <a "
        "href=\"mailto:klimaogplan@koege.dk\">klimaogplan@koege.dk</a>."
        "</div></body></html>";
    struct mnt_meeting m;
    parse_html(page, &m);
    assert_non_null(m.authority);
    assert_string_equal(m.authority, "Køge Kommune");
    mnt_meeting_fini(&m);
}

/* Rødovre's older case pages: the number under the title carries the
 * case's number in the committee that sent it on, "Sag nr. 103 (ØU
 * 137/07)" - no title; the title is the line above, or before it on the
 * same line when one button joins them. */
static void test_case_no_with_sent_on_ref(void **state)
{
    (void)state;
    static const char *const heads[][3] = {
        {"Medlem af bestyrelsen i Miljølaboratoriet I/S\nSag nr. 103 (ØU "
         "137/07)",
         "Placering af antennemaster\nSag nr. 104 (ØU 138/07)",
         "Årsrapport 2006\nSag nr. 105 (ØU 139/07)"},
        {"Medlem af bestyrelsen i Miljølaboratoriet I/S Sag nr. 103 (ØU "
         "137/07)",
         "Placering af antennemaster Sag nr. 104 (ØU 138/07)",
         "Årsrapport 2006 Sag nr. 105 (ØU 139/07)"},
    };
    static const char *const labels[] = {"103", "104", "105"};
    static const char *const titles[] = {
        "Medlem af bestyrelsen i Miljølaboratoriet I/S",
        "Placering af antennemaster", "Årsrapport 2006"};
    for (size_t v = 0; v < 2; v++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "Kommunalbestyrelsen\n\n28-08-2007\n\n"
                 "Sager 103 (ØU 137/07) - 105 (ØU 139/07)\n\n"
                 "%s\n\nSagens kerne\n\nLaboratoriet beder om et navn.\n\n"
                 "Beslutning\n\nGodkendt.\n\n"
                 "%s\n\nSagens kerne\n\nForhandlingerne afsluttes.\n\n"
                 "Beslutning\n\nGodkendt.\n\n"
                 "%s\n\nSagens kerne\n\nÅrsrapporten lægges frem.\n\n"
                 "Beslutning\n\nGodkendt.\n",
                 heads[v][0], heads[v][1], heads[v][2]);
        struct mnt_meeting m;
        parse_text(text, &m);
        expect_items(&m, 3, labels, titles);
        mnt_meeting_fini(&m);
    }
}

/* Bornholm's eDoc pages: each item's "Behandling | Mødedato | Åbent
 * punkt | Lukket punkt" table names both statuses as columns - no status
 * of the item, whose text stays; closed items carry numbers from 101,
 * far above the open part's, and still head items. */
static void test_status_columns_and_closed_from_101(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\nKommunalbestyrelsen\n26-03-2020 kl. 18:00\n\n"
        "Dagsordenspunkter\n"
        "åbent 1 Fraværende og bemærkninger til dagsorden\n"
        "åbent 2 Befolkningsprognose 2020\n"
        "lukket 101 Lukket punkt. Anlæg\n\n"
        "Til indholdsfortegnelse\n\n"
        "Åbent punkt\n\n"
        " 1  Fraværende og bemærkninger til dagsorden\n\n"
        "00.01.00P35-0098\n\n"
        "Behandling\tMødedato\tÅbent punkt\tLukket punkt\n"
        "Kommunalbestyrelsen\t26-03-2020\t1\t\n\n"
        "Fraværende\n\nIngen.\n\n"
        "Til indholdsfortegnelse\n\n"
        "Åbent punkt\n\n"
        " 2  Befolkningsprognose 2020\n\n"
        "00.01.00P05-0001\n\n"
        "Behandling\tMødedato\tÅbent punkt\tLukket punkt\n"
        "Kommunalbestyrelsen\t26-03-2020\t2\t\n\n"
        "Resumé\n\nPrognosen viser flere ældre og færre børn.\n\n"
        "Til indholdsfortegnelse\n\n"
        "Lukket punkt\n\n"
        " 101  Lukket punkt. Anlæg\n";
    static const char *const labels[] = {"1", "2", "101"};
    static const char *const titles[] = {
        "Fraværende og bemærkninger til dagsorden", "Befolkningsprognose 2020",
        "Lukket punkt. Anlæg"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_false(m.items[0].closed);
    assert_false(m.items[1].closed);
    assert_non_null(strstr(m.items[1].body, "flere ældre"));
    assert_true(m.items[2].closed);
    mnt_meeting_fini(&m);
}

/* The same pages numbering the closed part from 100 ("lukket 100
 * Lukket punkt - drift", "lukket 101 …"): 100 heads an item as 101
 * does. */
static void test_closed_part_from_100(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\nNatur- og Miljøudvalget\n25-09-2018 kl. 14:00\n\n"
        "Dagsordenspunkter\n"
        "åbent 1 Fraværende og bemærkninger til dagsordenen\n"
        "åbent 2 Mødeplan 2019\n"
        "lukket 100 Lukket punkt - drift\n"
        "lukket 101 Lukket punkt - drift\n\n"
        "Til indholdsfortegnelse\n\n"
        "Åbent punkt\n\n"
        " 1  Fraværende og bemærkninger til dagsordenen\n\n"
        "00.01.00P35-0102\n\n"
        "Behandling\tMødedato\tÅbent punkt\tLukket punkt\n"
        "Natur- og Miljøudvalget\t25-09-2018\t1\t\n\n"
        "Fraværende\n\nIngen.\n\n"
        "Til indholdsfortegnelse\n\n"
        "Åbent punkt\n\n"
        " 2  Mødeplan 2019\n\n"
        "00.01.00A10-0009\n\n"
        "Behandling\tMødedato\tÅbent punkt\tLukket punkt\n"
        "Natur- og Miljøudvalget\t25-09-2018\t2\t\n\n"
        "Resumé\n\nUdvalget holder ti møder i 2019.\n\n"
        "Til indholdsfortegnelse\n\n"
        "Lukket punkt\n\n"
        " 100  Lukket punkt - drift\n\n"
        "Til indholdsfortegnelse\n\n"
        "Lukket punkt\n\n"
        " 101  Lukket punkt - drift\n";
    static const char *const labels[] = {"1", "2", "100", "101"};
    static const char *const titles[] = {
        "Fraværende og bemærkninger til dagsordenen", "Mødeplan 2019",
        "Lukket punkt - drift", "Lukket punkt - drift"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_true(m.items[2].closed);
    assert_true(m.items[3].closed);
    mnt_meeting_fini(&m);
}

/* Sbsys's export: the agenda list names an open and a closed part, and
 * so do the headings between the items; the items after "Lukkede
 * dagsordenspunkter" (a title only) are closed, and that heading is no
 * text of the item above it. A sentence about closed
 * items in a body ("Lukkede punkter behandles til sidst.") is no part's
 * heading. */
static void test_items_under_closed_part_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\ntil\nmødet i Byrådet\nden 15. maj 2018 kl. 17:00\n\n"
        "Pkt.\n\nÅbne dagsordenspunkter\n\n"
        "1 Godkendelse af skema B for familieboliger\n"
        "2 Takster for idrætsfaciliteter\n\n"
        "Lukkede dagsordenspunkter\n\n"
        "3 Køb af ejendom\n\n"
        "Åbne dagsordenspunkter\n\n"
        "1. Godkendelse af skema B for familieboliger\n\n"
        "03.02.00-P20-4-17\n\nSagsfremstilling\n\n"
        "Boligforeningen har holdt licitation.\n"
        "Lukkede punkter behandles til sidst.\n\n"
        "Beslutning i Byrådet den 15. maj 2018\n\nGodkendt.\n\n"
        "2. Takster for idrætsfaciliteter\n\n"
        "18.15.00-S55-1-18\n\nSagsfremstilling\n\n"
        "Taksterne er fra 2012.\n\n"
        "Beslutning i Byrådet den 15. maj 2018\n\nGodkendt.\n\n"
        "Lukkede dagsordenspunkter\n\n"
        "3. Køb af ejendom\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af skema B for familieboliger",
        "Takster for idrætsfaciliteter", "Køb af ejendom"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_false(m.items[0].closed);
    assert_false(m.items[1].closed);
    assert_non_null(strstr(m.items[1].body, "fra 2012"));
    /* the part's heading ends no body */
    assert_null(strstr(m.items[1].body, "Lukkede"));
    assert_true(m.items[2].closed);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_no_glued_after_title),
        cmocka_unit_test(test_case_sections_h3_no_items),
        cmocka_unit_test(test_case_no_with_sent_on_ref),
        cmocka_unit_test(test_shown_markup_dropped),
        cmocka_unit_test(test_us_date_with_clock),
        cmocka_unit_test(test_list_entry_continues_no_title),
        cmocka_unit_test(test_footer_kommune_names_authority),
        cmocka_unit_test(test_footer_mail_names_authority),
        cmocka_unit_test(test_status_columns_and_closed_from_101),
        cmocka_unit_test(test_closed_part_from_100),
        cmocka_unit_test(test_items_under_closed_part_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
