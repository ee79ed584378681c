/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_filing.c - the failure classes of the eo- blind round
 * (PDF transcripts and pages as text, session 35): a flattened page
 * whose headings lost their numbers and whose case file is printed with
 * no labels, a filing code and a case number before the status cell
 * ("Ø40/dwbkes 08/16112 Åben sag"); a web page read as text whose
 * bookmark anchors print before the headings they mark ("0BPkt. 1",
 * "1BTitle"). Each case is a few lines in our own words. */
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

/* "4 Kulturudvalget, den 9. december 2008 Side Tilskud til klubhus
 * Ø40/abcd 08/16112 Åben sag …": the filing code and the case number
 * after the title are the case file's fields, as "J.nr.: …" would be;
 * the contents name the title without them. */
static void test_unlabelled_filing_code_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Kulturudvalget Beslutningsprotokol Dato: 9. december 2008 "
        "Lokale: 12, Rådhuset Tidspunkt: Kl. 15:00-17:00 Eva Holm, "
        "Formand (A) Per Lund (V) Vera Sloth (F)\n\n"
        "2 Indholdsfortegnelse Sag nr. Side Åbne sager: 01 Tilskud til "
        "klubhus i Vester By Kulturpuljen 2009 Orientering\n\n"
        "3 Kulturudvalget, den 9. december 2008 Side Tilskud til klubhus "
        "i Vester By Ø40/abcd 08/16112 Åben sag KU/ØK Foreningen søger om "
        "et tilskud til et nyt klubhus. Indstilling: Fagenheden indstiller, "
        "at der gives et tilskud. Beslutning: Anbefales.\n\n"
        "4 Kulturudvalget, den 9. december 2008 Side Kulturpuljen 2009 "
        "Ø40/abcd 08/16301 Åben sag KU Der er søgt om mere, end puljen "
        "rummer. Beslutning: Godkendt. Orientering A00/abcd 08/16350 Åben "
        "sag KU Formanden orienterede om et møde. Beslutning: Taget til "
        "efterretning.\n\n"
        "5 Kulturudvalget, den 9. december 2008 Side Eventuelt Beslutning: "
        "Intet.\n";
    static const char *const titles[] = {"Tilskud til klubhus i Vester By",
                                         "Kulturpuljen 2009", "Orientering"};
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems < 3)
        fail_msg("%zu items (layout %s), want 3 or more", m.nitems, m.layout);
    for (size_t i = 0; i < 3; i++)
        expect_title(&m.items[i], titles[i]);
    mnt_meeting_fini(&m);
}

/* A meeting page as text: each item a bullet "• Pkt. 1 Title" over its
 * own "Pkt. 1" and title lines, which the page's bookmark anchors ("0B",
 * "1B") precede: the anchors are no part of the lines, so the items'
 * headings are those lines, not the bullets above them. */
static void test_bookmark_anchor_before_heading(void **state)
{
    (void)state;
    static const char text[] =
        "You are here\n\nReferat\n\n"
        "Dato: Tirsdag, November 17, 2020 - 08:00\nSted: Brandstationen\n"
        " • Pkt. 1 Budget for beredskabet 2021\n\n"
        "  Bilag_budget_2021.pdf\n\n  0BPkt. 1\n\n"
        "  1BBudget for beredskabet 2021\n\n"
        "  Sagsnr. 1234 Beredskabskommissionen Åbent punkt\n\n"
        "  Beredskabskommissionen, 17-11-2020, pkt. 1\n\n  Godkendt.\n\n"
        " • Pkt. 2 Eventuelt\n\n  2BPkt. 2\n\n  3BEventuelt\n\n"
        "  Sagsnr. 1234 Beredskabskommissionen Åbent punkt\n\n"
        "  Beredskabskommissionen, 17-11-2020, pkt. 2\n\n  Intet.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Budget for beredskabet 2021",
                                         "Eventuelt"};
    static const unsigned from[] = {11, 23};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    for (size_t k = 0; k < 2; k++)
        if (m.items[k].first_line < from[k])
            fail_msg("item %zu at line %u, want %u or after", k + 1,
                     m.items[k].first_line, from[k]);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unlabelled_filing_code_ends_title),
        cmocka_unit_test(test_bookmark_anchor_before_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
