/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_contents.c - the segmenter (lib/minutes) on a PDF's
 * contents page read column by column (the numbers "131." / "132." on
 * lines of their own, the titles below them) and on a closed item's
 * status printed under its heading ("Lukket sag"): neither heads an item
 * nor runs into a title. Found by the blind k-* round (Langeland). */
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
#include "test_filter.h"
#include "segment_util.h"

static void test_contents_columns(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\nReferat\nMødedato: 14-10-2013\n\n"
        "Indholdsfortegnelse\nSag nr.                       Side\n"
        "31.\n32.\n33.\nMeddelelser\nSalg af grund\nEventuelt\n"
        "2\n3\n4\n\n\n"
        "2\n31. Meddelelser\nÅben sag\nBeslutning\nTaget til efterretning.\n\n"
        "3\n32. Salg af grund i Rudkøbing erhvervsområde med tilhørende "
        "vejareal og sti\nLukket sag\n\n"
        "4\n33. Eventuelt\nÅben sag\nBeslutning\nIntet.\n";
    static const char *const labels[] = {"31", "32", "33"};
    static const char *const titles[] = {
        "Meddelelser",
        "Salg af grund i Rudkøbing erhvervsområde med tilhørende vejareal "
        "og sti",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_true(m.items[0].first_line > 14);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_columns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
