/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_captions.c - a school board's page whose agenda is a
 * table (round iy): a header row of column captions, each over a line
 * of small print, then one row an item, the item's title its own
 * one-element <ol> (every item shows "1."). The small print under the
 * last caption names a section ("Beslutninger") and was taken for a
 * lead-in opening a list, so the first item was lost. Our own words. */
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

/* One row an item: the title its own one-element <ol>, then the case
 * and the decision in the next two cells. */
static const char board[] =
    "<html><head><title>26.03.10 - Referat af bestyrelsesmøde</title></head>"
    "<body><h1>26.03.10 - Referat af bestyrelsesmøde</h1>"
    "<p>Sted: Personalerummet</p><p>Tid: Kl. 19:00-21:00</p>"
    "<table><tbody><tr>"
    "<td><p><strong>PUNKT</strong></p><p>Emne og tid</p></td>"
    "<td><p><strong>Baggrund</strong></p><p>Hvad skal vi tale om?</p></td>"
    "<td><p><strong>Referat</strong></p><p>Beslutninger</p></td></tr>"
    "<tr><td><ol><li><p>Godkendelse af dagsorden</p><p>(19:00 - 19:20)</p>"
    "<p>Ansvarlig:</p><p>Formanden</p></li></ol></td>"
    "<td><p><strong>Sagsfremstilling</strong></p><p>Formanden har lavet "
    "dagsordenen.</p></td>"
    "<td><p><strong>Beslutning</strong></p><p>Taget til efterretning.</p>"
    "</td></tr>"
    "<tr><td><ol><li><p>Ny legeplads i skolegården</p><p>(19:00 - 19:20)</p>"
    "<p>Ansvarlig:</p><p>Formanden</p></li></ol></td>"
    "<td><p><strong>Sagsfremstilling</strong></p><p>Skolelederen viser "
    "tegningerne.</p></td>"
    "<td><p><strong>Beslutning</strong></p><p>Taget til efterretning.</p>"
    "</td></tr>"
    "<tr><td><ol><li><p>Trafik ved morgenafleveringen</p><p>(19:00 - 19:20)</p>"
    "<p>Ansvarlig:</p><p>Formanden</p></li></ol></td>"
    "<td><p><strong>Sagsfremstilling</strong></p><p>Forældre ønsker et kys og "
    "kør.</p></td>"
    "<td><p><strong>Beslutning</strong></p><p>Taget til efterretning.</p>"
    "</td></tr>"
    "<tr><td><ol><li><p>Eventuelt</p><p>(19:00 - 19:20)</p>"
    "<p>Ansvarlig:</p><p>Formanden</p></li></ol></td>"
    "<td><p><strong>Sagsfremstilling</strong></p><p>Intet.</p></td>"
    "<td><p><strong>Beslutning</strong></p><p>Taget til efterretning.</p>"
    "</td></tr>"
    "</tbody></table></body></html>";

/* The row under the captions is the first item's: "Beslutninger"
 * explains a column, it introduces no list. */
static void test_column_caption_opens_no_list(void **state)
{
    (void)state;
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Ny legeplads i skolegården",
        "Trafik ved morgenafleveringen", "Eventuelt"};
    struct mnt_meeting m;
    parse_html(board, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_column_caption_opens_no_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
