/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_casefiles.c - a case system's PDF read through a document
 * site, one line a page (the en- blind round): a closed item's page
 * holding nothing but its heading and the status cell "Lukket sag". Each
 * case is a few lines in our own words. */
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

/* "6 Ældrerådet Mødedato Side Lukket - Valg af prismodtager Lukket sag":
 * a closed item's page has no case fields after the status cell, so the
 * cell ends the page; it is the case's, no part of the title. */
static void test_closed_page_status_cell_ends(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 Referat Ældrerådet Mødedato: Tirsdag den 10. marts 2015 "
        "Mødetidspunkt: Kl. 9:00 Sluttidspunkt: Kl. 11:00 Mødested: "
        "Bemærkninger: Medlemmer: Ib Holm Eva Lund Ole Berg Deltagere: "
        "Fraværende: Ole Berg Sagsoversigt Side 01. Godkendelse af "
        "dagsorden Lukket - Valg af prismodtager Høring om trafikplan "
        "Status på madservice Eventuelt...6\n"
        "\n"
        "2\n"
        "\n"
        "3 Ældrerådet Mødedato Side Godkendelse af dagsorden Åben sag "
        "Sagsnr.: Sagen afgøres i: Bilag: Ældrerådet Indstilling Formanden "
        "indstiller: At dagsordenen godkendes Beslutninger Ældrerådet den "
        "Ikke til stede: Ole Berg Godkendt.\n"
        "\n"
        "4 Ældrerådet Mødedato Side Lukket - Valg af prismodtager Lukket "
        "sag\n"
        "\n"
        "5 Ældrerådet Mødedato Side Høring om trafikplan Åben sag Sagsnr.: "
        "Sagen afgøres i: Bilag: 15/2211 Ældrerådet Indledning/Baggrund "
        "Planen er sendt i høring med frist i april. Indstilling Formanden "
        "indstiller: At rådet afgiver høringssvar. Beslutninger Ældrerådet "
        "den Ikke til stede: Ole Berg Rådet afgiver høringssvar.\n"
        "\n"
        "6 Ældrerådet Mødedato Side Status på madservice Åben sag Sagsnr.: "
        "Sagen afgøres i: Bilag: Ældrerådet Indledning/Baggrund "
        "Leverandøren har skiftet køkken. Indstilling Formanden "
        "indstiller: At status tages til efterretning. Beslutninger "
        "Ældrerådet den Ikke til stede: Ole Berg Taget til efterretning.\n"
        "\n"
        "7 Ældrerådet Mødedato Side Eventuelt Åben sag Sagsnr.: Sagen "
        "afgøres i: Bilag: Ældrerådet Beslutninger Ældrerådet den Ikke til "
        "stede: Ole Berg Intet.\n"
        "\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Lukket - Valg af prismodtager",
        "Høring om trafikplan", "Status på madservice", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 5, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_closed_page_status_cell_ends),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
