/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_webmeetings.c - which council and date a web page's
 * minutes are of when the page also lists others (issue 11): a site's
 * menu of committees over the page's title or over a page with no
 * header of its own, and a list of other meetings at the page's foot
 * (eDoc's and PolWeb's `Møder`), with or without hours, under a page
 * that prints no date of its own. Split from test_segment_webvariants.c
 * (round ew's page variants). Each case is a few lines in our own
 * words. */
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

/* html parsed; its council must be `council`. */
static void expect_html_council(const char *html, const char *council)
{
    struct mnt_meeting m;
    parse_html(html, &m);
    if (m.council == NULL || strcmp(m.council, council) != 0)
        fail_msg("council <%s>, want <%s>", m.council ? m.council : "(null)",
                 council);
    mnt_meeting_fini(&m);
}

/* A site's menu of committees as a plain list (a `div` whose class
 * names no menu, so the extractor keeps it) between the page's title
 * naming the whole council and the minutes: the menu's first committee
 * under "Byrådet - Referat" was read as the committee that met
 * (committee_below() passes over a list of councils). */
static void test_committee_menu_under_title(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Byrådet - Referat</title></head><body>"
        "<div class=\"udvalg\"><ul><li><a href=\"/a\">Byrådet</a></li>"
        "<li><a href=\"/b\">Økonomiudvalget</a></li>"
        "<li><a href=\"/c\">Børne- og Ungeudvalget</a></li>"
        "<li><a href=\"/d\">Handicaprådet</a></li></ul></div>"
        "<h1>Byrådet - Referat</h1><p>Dato: 29. januar 2020</p>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3>"
        "<p>Godkendt.</p><h2>2. Salg af grund på Engvej</h2>"
        "<h3>Beslutning</h3><p>Godkendt.</p></body></html>";
    expect_html_council(page, "Byrådet");
}

/* The same menu over a page with no header of its own (an eDoc item
 * page): the council that met is the one its items' text names, and the
 * menu's entries count for none (council_from_content()). */
static void test_committee_menu_over_headerless_page(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Dagsordener og referater</title></head><body>"
        "<div class=\"udvalg\"><ul><li><a href=\"/a\">Byrådet</a></li>"
        "<li><a href=\"/b\">Økonomiudvalget</a></li>"
        "<li><a href=\"/c\">Teknik- og Miljøudvalget</a></li>"
        "<li><a href=\"/d\">Handicaprådet</a></li></ul></div>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3>"
        "<p>Mødet i Kultur- og Fritidsudvalget begyndte kl. 16.</p>"
        "<p>Godkendt.</p></body></html>";
    expect_html_council(page, "Kultur- og Fritidsudvalget");
}

/* A page whose header names no council, its council named by its
 * items' text, over a list of other meetings at its foot (eDoc's and
 * PolWeb's `Møder`), the list's meetings as `meetings`. */
static void expect_council_over_meetings(const char *meetings)
{
    char page[2048];
    snprintf(page, sizeof page,
             "<html><head><title>Referat</title></head><body>"
             "<h1>Referat</h1><p>Dato: 3. marts 2020</p>"
             "<h2>1. Orientering fra formanden</h2><h3>Beslutning</h3>"
             "<p>Handicaprådet tog orienteringen til efterretning.</p>"
             "<h2>2. Tilgængelighed på stationen</h2><h3>Beslutning</h3>"
             "<p>Handicaprådet sender et høringssvar.</p>"
             "<div class=\"moeder\"><h3>Møder</h3>%s</div></body></html>",
             meetings);
    expect_html_council(page, "Handicaprådet");
}

/* The list names a council once a meeting: a line naming again a
 * council the run above it named, with its date, is an entry still
 * (in_council_list()), not a menu's heading repeated. */
static void test_meetings_list_repeating_council(void **state)
{
    (void)state;
    expect_council_over_meetings(
        "<p>Byrådet 24.08.2020</p><p>Økonomiudvalget 3. september 2020</p>"
        "<p>Byrådet 28.09.2020</p><p>Byrådet 26.10.2020</p>"
        "<p>Byrådet 23.11.2020</p>");
}

/* Each meeting with its hour ("Byrådet den 28. september 2020 kl.
 * 19.00", PolWeb's): a council's name and a date still (LISTED_DATE). */
static void test_meetings_list_with_hours(void **state)
{
    (void)state;
    expect_council_over_meetings(
        "<p>Byrådet den 24. august 2020 kl. 19.00</p>"
        "<p>Økonomiudvalget den 3. september 2020 kl. 15.00</p>"
        "<p>Byrådet den 28. september 2020 kl. 19.00</p>"
        "<p>Byrådet den 26. oktober 2020 kl. 19.00</p>");
}

/* An item page that prints no date of its own (Copenhagen's eDoc)
 * over the site's list of other meetings at its foot, each a council
 * and its date: no date is the meeting's (mnt_in_meeting_list()), not
 * the list's first. */
static void test_meetings_list_dates_no_meetings(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Dagsordener og referater</title></head><body>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3>"
        "<p>Mødet i Kultur- og Fritidsudvalget begyndte kl. 15:00.</p>"
        "<p>Dagsordenen blev godkendt.</p>"
        "<div class=\"moeder\"><h3>Møder</h3><p>Byrådet 24.08.2020</p>"
        "<p>Økonomiudvalget 3. september 2020</p><p>Byrådet 28.09.2020</p>"
        "<p>Byrådet 26.10.2020</p></div></body></html>";
    struct mnt_meeting m;
    parse_html(page, &m);
    if (m.date != NULL)
        fail_msg("date <%s>, want none", m.date);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_committee_menu_under_title),
        cmocka_unit_test(test_committee_menu_over_headerless_page),
        cmocka_unit_test(test_meetings_list_repeating_council),
        cmocka_unit_test(test_meetings_list_with_hours),
        cmocka_unit_test(test_meetings_list_dates_no_meetings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
