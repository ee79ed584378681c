/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_served.c - shapes the publishing systems' web pages
 * showed in the dm- blind round (web pages as they are served): a page
 * of one item whose <title> is the site's section "Dagsordener og
 * referater" (no council: the committee is the one its text names), and
 * a Lotus Notes page of one item whose link back to the meeting's agenda
 * ("Vis dagsorden") stands between the case number and the item's bold
 * title. Each case is a few lines in our own words. */
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

/* The <title> "Dagsordener og referater | <kommune>" names where the page
 * sits on the site; read as "X og Y" it looked like a committee named
 * after two areas. The committee is the one the decision names. */
static void test_site_section_title_is_no_council(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Dagsordener og referater | Egeskov Kommune"
        "</title></head><body><header><a href=\"/\"><img src=\"/l.svg\" "
        "alt=\"Egeskov Kommune\"></a><button>Søg</button></header><main>"
        "<h2>1. Godkendelse af dagsorden</h2>"
        "<h3>Beslutning</h3>"
        "<p>Før mødet holdt en forsker et oplæg for Kultur- og "
        "Fritidsudvalget, hvor også Børne- og Skoleudvalget var med.</p>"
        "<p>Mødet i Kultur- og Fritidsudvalget begyndte kl. 15:00 og "
        "sluttede kl. 17:10.</p>"
        "<p>Dagsordenen blev godkendt.</p>"
        "</main><footer><p>Egeskov Kommune, Torvet 1, 5000 Egeskov</p>"
        "</footer></body></html>";
    struct ext_doc x;
    ext_doc_init(&x);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &x, NULL), ERR_OK);
    struct mnt_meeting m;
    parse_doc(&x, &m);
    assert_non_null(m.council);
    if (strncmp(m.council, "Kultur- og Fritidsudvalget", 26) != 0)
        fail_msg("council %s", m.council);
    mnt_meeting_fini(&m);
}

/* "Sagsnr.: 12" / "Vis dagsorden" (a link to the meeting's agenda) /
 * bold "Orientering fra formanden": the link only navigates, the bold
 * line under it is the item's title. */
static void test_agenda_link_is_no_title(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><form>"
        "<table><tr><td>Udskriv Teknisk Udvalg</td></tr></table>"
        "<table><tr><td>Onsdag den 14.08.2013 kl. 17:00</td></tr>"
        "<tr><td>Sagsnr.: 12</td></tr>"
        "<tr><td><a href=\"/x?OpenDocument\">Vis dagsorden</a></td></tr>"
        "</table>"
        "<b>Orientering fra formanden</b><br>"
        "<font>Formanden fortalte om et møde med vejlauget.</font><br>"
        "<b>Bilag</b><br>"
        "<a href=\"/x?OpenDocument\">Vis dagsorden</a>"
        "</form></body></html>";
    struct ext_doc x;
    ext_doc_init(&x);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &x, NULL), ERR_OK);
    static const char *const titles[] = {"Orientering fra formanden"};
    struct mnt_meeting m;
    parse_doc(&x, &m);
    expect_titles(&m, 1, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_site_section_title_is_no_council),
        cmocka_unit_test(test_agenda_link_is_no_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
