/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_labelends.c - a heading's line that ends with the date
 * field's label, its value the box printed on the line under it
 * ("Socialudvalget Referat Dato:" / "17. februar 2021 Sted: …", round
 * jf). The date opening the next line is the meeting's, before a date
 * printed above the heading; and a field so printed is not an empty
 * one. The documents are a few lines in our own words. */
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

/* A protocol sent out under a covering note dated the day it went
 * (too far above the heading for the heading's own date rule); the
 * heading's label ends its line, the meeting's day under it. */
static const char protocol[] = "Nordby Kommune\n"
                               "\n"
                               "Sendt 10. februar 2021\n"
                               "\n"
                               "Til udvalgets medlemmer\n"
                               "\n"
                               "Hermed protokollen fra mødet.\n"
                               "\n"
                               "Med venlig hilsen\n"
                               "\n"
                               "Sekretariatet\n"
                               "\n"
                               "Socialudvalget Beslutningsprotokol Dato:\n"
                               "17. februar 2021 Sted: Mødelokale 2, Rådhuset\n"
                               "\n"
                               "1. Godkendelse af dagsorden\n"
                               "\n"
                               "Godkendt.\n"
                               "\n"
                               "2. Tilskud til væresteder 2021\n"
                               "\n"
                               "Udvalget bevilgede tilskud som indstillet.\n"
                               "\n"
                               "3. Eventuelt\n"
                               "\n"
                               "Intet.\n";

static void test_label_ends_line(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(protocol, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2021-02-17");
    assert_int_equal(m.nitems, 3);
    mnt_meeting_fini(&m);
}

/* A transcript's header lost the field's digits ("Mødedato: Tirsdag
 * den Mødested: …"), but the site's title above it breaks after the
 * label and prints the value under it: the field is not empty. */
static const char lost[] =
    "Referat Teknisk Udvalg. Mødedato:\n"
    "9. marts 2021 Mødested: Rådhuset\n"
    "\n"
    "Referat Teknisk Udvalg Mødedato: Tirsdag den Mødested: Rådhuset\n"
    "\n"
    "1. Godkendelse af dagsorden\n"
    "\n"
    "Godkendt.\n"
    "\n"
    "2. Vejbelysning i Nordby\n"
    "\n"
    "Udvalget godkendte planen for udskiftning den 1. juni 2021.\n";

static void test_label_ends_line_not_lost(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(lost, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2021-03-09");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_label_ends_line),
        cmocka_unit_test(test_label_ends_line_not_lost),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
