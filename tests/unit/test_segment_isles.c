/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_isles.c - what the minutes of small and island
 * municipalities' committees and the associations beside them bring to
 * the segmenter (the co- round: tests/data/layouts/co-*): Word's outline
 * numbering pasted into a web page (` 1. 2.     Title`). Each case is a
 * few lines in our own words. */
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

/* A board's minutes written in Word with outline numbering and pasted
 * into a site builder: each point keeps the outer level's "1." before
 * its own number (` 1. 2.     Siden sidst`), and the first point, typed
 * by hand, has only its number and a wide gap. The item is the second
 * number; a doubled number (`1.  1. Title`) stays the doubled rule's. */
static void test_outline_number_before_own(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra bestyrelsesmøde den 3. marts 2021\n"
        "\n"
        "Tilstede var: Eva Bro, Ole Lund og Kim Vest\n"
        "\n"
        "1         Referat fra sidste møde blev godkendt.\n"
        "\n"
        " 1. 2.     Siden sidst\n"
        "\n"
        "a)      Nyt fra havnen\n"
        "\n"
        "Slæbestedet er repareret.\n"
        "\n"
        " 1. 3.     Standerhejsning\n"
        "\n"
        "Standeren hejses den 1. maj kl. 10.\n"
        "\n"
        " 1. 4.     Næste møde\n"
        "\n"
        "Næste møde holdes den 7. april 2021.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Referat fra sidste møde blev godkendt", "Siden sidst",
        "Standerhejsning", "Næste møde"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_outline_number_before_own),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
