/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_variants.c - flattened transcripts (a PDF page a line)
 * varied in one realistic thing each (round es): no contents page, a
 * contents with dotted leaders, a title wrapped over a page break, the
 * running header at the page's foot. Each case is a few lines in our
 * own words. */
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

/* A transcript with no contents page whose headings print a case type's
 * letter before the first section (`1. Title S Sagsfremstilling …`): a
 * name's capitalised word inside the title ("Det Lokale Skoleråd",
 * "Vestby Kommunes Trafikplan") starts no sentence; the letter and the
 * section after it end the title. */
static void test_type_letter_ends_title_without_contents(void **state)
{
    (void)state;
    static const char text[] =
        "Vestby Kommune Byrådet. Referat. Mødedato: 4. maj 2015\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Mødedato: 4. maj 2015 Mødelokale: Byrådssalen, Vestby Rådhus "
        "Fraværende: Ole Lund ved afbud 4. maj 2015\n"
        "\n"
        "2 1. Valg til bestyrelsen for Naturpark Engen S "
        "Sagsfremstilling Bestyrelsen skal have et nyt medlem fra "
        "byrådet. Det indstilles, byrådet vælger et medlem. Beslutning "
        "Anne Bro blev valgt. 4. maj 2015\n"
        "\n"
        "3 2. Nye medlemmer til Det Lokale Skoleråd S Sagsfremstilling "
        "To skoler har valgt nye medlemmer. Det indstilles, de valgte "
        "godkendes. Beslutning Godkendt. 4. maj 2015\n"
        "\n"
        "4 3. Godkendelse af Vestby Kommunes Trafikplan P "
        "Sagsfremstilling Planen samler indsatsen i fire spor. Det "
        "indstilles, planen godkendes. Beslutning Godkendt. 4. maj 2015\n"
        "\n"
        "5 4. Salg af areal S Beslutning Godkendt. 4. maj 2015\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Valg til bestyrelsen for Naturpark Engen",
        "Nye medlemmer til Det Lokale Skoleråd",
        "Godkendelse af Vestby Kommunes Trafikplan", "Salg af areal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_type_letter_ends_title_without_contents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
