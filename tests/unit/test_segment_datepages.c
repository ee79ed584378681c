/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_datepages.c - a publishing system's date page (round
 * is): rows of a label over its value ("Udvalg" / the committee /
 * "Dato…") and the agenda's first entry "Forside", the cover page whose
 * text is the members; a page title's year against the minutes'
 * heading's (round iw). Each case is a few lines in our own words. */
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

/* A date page of a local committee named with its town. */
static const char page[] =
    "<html><head><title>210914 – Ordinært møde</title></head><body>"
    "<h1>210914 – Ordinært møde</h1>"
    "<div><span>Udvalg</span></div><div><span>Lokaludvalget Tasiilaq"
    "</span></div><div><span>Dato</span><span>14. September 2021 -"
    "</span></div><div><span>Titel</span></div>"
    "<h3>Forside</h3><h4>Sagsfremstilling</h4>"
    "<p>Medlemmer:<br>Ane Kuitse - Formand<br>Jens Ignatiussen</p>"
    "<p>- Ane Kuitse - ikke tilstede.</p>"
    "<h3>Godkendelse af dagsorden</h3><h4>Sagsfremstilling</h4>"
    "<p>Dagsorden godkendes.</p>"
    "<h3>Ansøgning om støtte til sportsdag</h3><h4>Sagsfremstilling</h4>"
    "<p>Ansøgningen imødekommes.</p>"
    "<h3>Eventuelt</h3><h4>Sagsfremstilling</h4><p>Intet.</p>"
    "</body></html>";

/* "Forside", the cover page the system lists first, holds the members:
 * the meeting's header, no item (it was read as item 1). */
static void test_cover_page_is_no_item(void **state)
{
    (void)state;
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Ansøgning om støtte til sportsdag",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_titles(&m, 3, titles);
    mnt_meeting_fini(&m);
}

/* "Udvalg" alone over "Lokaludvalget Tasiilaq" over "Dato…": the field's
 * value is the committee, its town kept (it was "Lokaludvalget"). */
static void test_label_over_value_keeps_town(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_html(page, &m);
    if (m.council == NULL || strcmp(m.council, "Lokaludvalget Tasiilaq") != 0)
        fail_msg("council <%s>", m.council ? m.council : "(null)");
    mnt_meeting_fini(&m);
}

/* An old page whose title (and the <h1> copying it) says 14.03.2012
 * while the minutes' own bold heading under it says 14.03. 2011 (round
 * iw): one day and month, another year - the minutes' heading wins. */
static const char retyped[] =
    "<html><head><title>Referat af møde i Handicaprådet 14.03.2012"
    "</title></head><body>"
    "<p>Handicaprådet | Arkiv | Kontakt</p>"
    "<p>Forside &gt; Arkiv &gt; 2011</p>"
    "<h1>Referat af møde i Handicaprådet 14.03.2012</h1>"
    "<p><strong>Referat af møde i Handicaprådet den 14.03. 2011</strong>"
    "<br>Tidspunkt: Kl. 15,00 – 17,00; Mødelokale: B204</p>"
    "<p><strong>Til stede</strong></p>"
    "<p>Medlemmer:<br>Lone Vibæk<br>Harald Gudme</p>"
    "<p><strong>1. Godkendelse af dagsorden</strong></p>"
    "<p>Bemærkninger: Godkendt.</p>"
    "<p><strong>2. Tilgængelighed på biblioteket</strong></p>"
    "<p>Bemærkninger: Rådet tog orienteringen til efterretning.</p>"
    "<p><strong>3. Eventuelt</strong></p><p>Bemærkninger: Intet.</p>"
    "</body></html>";

static void test_own_heading_year_beats_page_title(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_html(retyped, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2011-03-14");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cover_page_is_no_item),
        cmocka_unit_test(test_label_over_value_keeps_town),
        cmocka_unit_test(test_own_heading_year_beats_page_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
