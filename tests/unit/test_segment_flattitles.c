/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flattitles.c - titles cut out of transcripts flattened to
 * one line a page (a document site's text of a PDF): where a title ends
 * inside a page line, the classes round fi found by flattening the
 * fixtures of a heading a line. Each case is a few lines in our own
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

/* A title cut out of a page line is trimmed as a heading line's title
 * is: a web page's button label glued on ("… dagsordenÅbn/luk punkt"),
 * an anchor glyph before the time slot ("… # (kl. 13.00-13.30)"); a
 * title in capitals that ends with its own first letters ("BUDGET…
 * BUDGET") is no echo - no glue shows between capitals. */
static void test_page_title_trimmed(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Udvalg: Teknik- og miljøudvalget Mødedato: 13-03-2023 "
        "Mødested: Lokale 2 1. Godkendelse af dagsordenÅbn/luk punkt "
        "Sagsnummer: 85.02.02-P35-12-22 Godkendelse af dagsorden Beslutning "
        "Tiltrådt. 2. Foretræde ved foreningen for cyklister # (kl. "
        "13.00-13.30) Sagsfremstilling Foreningen har bedt om foretræde. "
        "Beslutning Drøftet. 3. Udbud af vintertjeneste 2023-2027Åbn/luk "
        "punkt Sagsnummer: 05.01.10-G01-3-22 Udbud af vintertjeneste "
        "2023-2027 Beslutning Tiltrådt. 4. BUDGETOPFØLGNING 2019 - SAMLET "
        "BUDGET Sagsfremstilling Forbruget følger budgettet. Beslutning "
        "Taget til efterretning. 5. Eventuelt Beslutning Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Foretræde ved foreningen for cyklister (kl. 13.00-13.30)",
        "Udbud af vintertjeneste 2023-2027",
        "BUDGETOPFØLGNING 2019 - SAMLET BUDGET", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_title_trimmed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
