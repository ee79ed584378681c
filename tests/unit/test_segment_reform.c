/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_reform.c - the segmenter (lib/minutes) on minutes of the
 * first councils after the municipal reform (2007-2013), found by the
 * blind dk-* round: a flattened contents whose last entry ends in a
 * month and year before the page footer ("… - December 2013 Side 2 af
 * 12"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "minutes/minutes.h"
#include "segment_util.h"
#include "test_filter.h"

/* A transcript whose headings lost their numbers: the contents' last
 * entry ends in a month and its year right before the page footer. The
 * year is the title's, not the entry's page number. */
static void test_contents_last_entry_month_year(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Vejudvalget Protokol kl. 15:30 Udvalgsværelse 2 Medlemmer Ane "
        "Bak Ole Dam var fraværende deltog Side 1 af 5\n\n"
        "2 Indholdsfortegnelse 1. Nye stier langs åen 2. Takster for "
        "havelodder 3. Meddelelser til Vejudvalget - Marts 2012 Side 2 af "
        "5\n\n"
        "3 Vejudvalget Sag nr Nye stier langs åen Sagsfremstilling Stierne "
        "anlægges i år. Indstilling Forvaltningen foreslår, at planen "
        "godkendes. Vejudvalget den Godkendt. Side 3 af 5\n\n"
        "4 Vejudvalget Sag nr Takster for havelodder Sagsfremstilling "
        "Lejen stiger. Indstilling Forvaltningen foreslår, at taksterne "
        "godkendes. Vejudvalget den Godkendt. Side 4 af 5\n\n"
        "5 Vejudvalget Sag nr Meddelelser til Vejudvalget - Marts 2012 1. "
        "Status på vintertjenesten 2. Nyt om affald Vejudvalget den Taget "
        "til efterretning. Side 5 af 5\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Nye stier langs åen", "Takster for havelodder",
        "Meddelelser til Vejudvalget - Marts 2012"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_last_entry_month_year),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
