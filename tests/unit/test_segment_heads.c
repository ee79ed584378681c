/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_heads.c - item boundaries and titles on heading shapes of
 * unseen layouts (issue 11): "Ad 1:" headings titled only by the agenda
 * list above, a page holding one item numbered 2 with a numbered list in
 * its decision, and the heading shapes the issue lists, each as a plain
 * text (a PDF's transcript) and as a web page's blocks. Each case is a
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

/* "Ad 1:", "Ad punkt 1", "Til punkt 1" with nothing after the number:
 * the titles are the agenda list's, taken by number; the body's first
 * sentence is never a title. */
static void test_ad_headings_take_agenda_titles(void **state)
{
    (void)state;
    static const char *const heads[][2] = {
        {"Ad ", ":"}, {"Ad punkt ", ""}, {"Til punkt ", ""}, {"Ad. ", ""}};
    static const char *const bodies[] = {"Referatet blev godkendt.",
                                         "Kassereren gav en status.",
                                         "Intet at bemærke."};
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af referat", "Regnskab for foreningen", "Eventuelt"};
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        char text[1024];
        int n = snprintf(text, sizeof text,
                         "Referat af bestyrelsesmøde i Lokalrådet\n\n"
                         "Dato: 12. marts 2024\n\nDagsorden:\n"
                         "1. Godkendelse af referat.\n"
                         "2. Regnskab for foreningen.\n3. Eventuelt.\n\n");
        for (unsigned k = 0; k < 3; k++) {
            n += snprintf(text + n, sizeof text - (size_t)n, "%s%u%s\n%s\n\n",
                          heads[h][0], k + 1, heads[h][1], bodies[k]);
        }
        struct mnt_meeting m;
        parse_text(text, &m);
        expect_items(&m, 3, labels, titles);
        assert_int_equal(m.agenda_items, 3);
        assert_non_null(strstr(m.items[0].body, "Referatet blev godkendt"));
        mnt_meeting_fini(&m);
    }
}

/* A page that holds one item, numbered 2, whose decision is a numbered
 * list from 1: the list is the decision's, the item is 2. */
static void test_one_item_page_with_list_in_decision(void **state)
{
    (void)state;
    static const char text[] =
        "Valby Lokaludvalg\n\nMødedato: 19.11.2020, kl. 18:30\n\n"
        "Mødested: Online\n\n"
        "2. Godkendelse af dagsorden\n\n"
        "Fraværende med afbud:\nAnne Holm, Bo Krag\n\n"
        "Beslutning\n\n"
        "1. Et medlem bad om at få punkt 7 om trafik flyttet frem, men\n"
        "der var ikke flertal for det.\n\n"
        "2. Dagsordenen blev godkendt.\n\nTil toppen\n";
    static const char *const labels[] = {"2"};
    static const char *const titles[] = {"Godkendelse af dagsorden"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 1, labels, titles);
    assert_non_null(strstr(m.items[0].body, "ikke flertal"));
    mnt_meeting_fini(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ad_headings_take_agenda_titles),
        cmocka_unit_test(test_one_item_page_with_list_in_decision),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
