/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_titles.c - what an item's title is and what only stands
 * next to it (issue 11, session 22): the meeting's answer printed after
 * the title's colon on the heading line ("2. Regnskab: godkendt.",
 * "1. Afbud: names", "6. Næste møde: date") while titles with colons of
 * their own stay whole. Each case is a few lines in our own words. */
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

/* A small board's minutes answer each point on its own line: a decision
 * or a nil answer, a presence field's names, the next meeting's date
 * after the colon are the item's text; "Lokalplan 7: Boliger …" and
 * "Orientering: nyt fra …" are titles with a colon of their own. */
static void test_title_colon_answer(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af bestyrelsesmøde i Engby Beboerforening 3. marts 2011\n\n"
        "1. Afbud: Lene Holm og Per Mose\n\n"
        "2. Godkendelse af sidste referat: godkendt.\n\n"
        "3. Lokalplan 7: Boliger ved Engvej\n\n"
        "Foreningen sender et høringssvar om stien langs engen.\n\n"
        "4. Orientering: nyt fra kassereren\n\n"
        "Der er 12.400 kr. på kontoen.\n\n"
        "5. Eventuelt: intet\n\n"
        "6. Næste møde: 4. maj 2011 kl. 19.00 hos Lene\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {"Afbud",
                                         "Godkendelse af sidste referat",
                                         "Lokalplan 7: Boliger ved Engvej",
                                         "Orientering: nyt fra kassereren",
                                         "Eventuelt",
                                         "Næste møde"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    /* the answer is the item's text */
    assert_non_null(m.items[1].body);
    assert_non_null(strstr(m.items[1].body, "godkendt"));
    assert_non_null(strstr(m.items[5].body, "4. maj 2011"));
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_colon_answer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
