/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_templates.c - the failure classes of the fh- blind round
 * (session 38): a transcript whose item template numbers its own
 * sections ("1. Sagsfremstilling … 2. Økonomiske konsekvenser … 4.
 * Indstilling …") while its headings print no number, the contents
 * naming the items. Each case is a few lines in our own words. */
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

/* "Åbent punkt Planudvalget den , s.3 Title 1. Sagsfremstilling …":
 * numbers before the template's section names are one item's sections,
 * not a run of items; the items are the contents' entries where their
 * titles reappear. */
static void test_numbered_sections_are_no_items(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Planudvalget den , s. 1 VESTBY KOMMUNE Planudvalget Protokol "
        "Tirsdag den 6. marts 2012 kl. 08:00 afholdt Planudvalget møde i "
        "udvalgsværelse 1. Medlemmerne var til stede.\n\n"
        "2 Planudvalget den , s. 2 INDHOLDSFORTEGNELSE Sag nr: Side: 01 "
        "Stier langs åen 3 02 Ny busplan 4\n\n"
        "3 Åbent punkt Planudvalget den , s.3 Stier langs åen 1. "
        "Sagsfremstilling Forvaltningen har tegnet tre stier langs åen, som "
        "kan bindes sammen med de stier, der allerede findes i skoven. "
        "Lodsejerne har været inviteret til et møde, og de fleste er "
        "positive. 2. Økonomiske "
        "konsekvenser Ingen. 3. Beslutningskompetence Planudvalget. 4. "
        "Indstilling Forvaltningen foreslår, at stierne anlægges. "
        "Planudvalget den Godkendt.\n\n"
        "4 Åbent punkt Planudvalget den , s.4 Ny busplan 1. "
        "Sagsfremstilling Busserne kører nu hver halve time på de store "
        "ruter. Den nye plan giver kvarterdrift i myldretiden og flere "
        "afgange til stationen om aftenen, når toget kommer. 2. Økonomiske "
        "konsekvenser Ingen. 3. Beslutningskompetence Planudvalget. 4. "
        "Indstilling Forvaltningen foreslår, at planen godkendes. "
        "Planudvalget den Godkendt.\n";
    static const char *const titles[] = {"Stier langs åen", "Ny busplan"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 2, titles);
    mnt_meeting_fini(&m);
}

/* A title that opens with a section's name before a word in lower case
 * is an item's, inside a page as on a line of its own ("… Godkendt. 2.
 * Høring af lokalplan 12 Sagsfremstilling …"): those numbers still head
 * items. */
static void test_section_word_opening_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Planudvalget Dato: 6. marts 2012 Sted: Mødelokale 2 "
        "Medlemmer: Ole Dam (A), Eva Krog (V), Bo Lind (C)\n\n"
        "2 1. Godkendelse af dagsorden Sagsfremstilling Dagsordenen "
        "forelægges til godkendelse. Beslutning Godkendt. 2. Høring af "
        "lokalplan 12 Sagsfremstilling Planen har været i høring i otte "
        "uger, og der er kommet fire svar fra naboerne, som forvaltningen "
        "har kommenteret i et notat. Beslutning Godkendt. 3. Tidsplan for "
        "budget 2013 Sagsfremstilling Tidsplanen følger byrådets plan, og "
        "udvalget holder sit budgetseminar i juni. Beslutning Godkendt. "
        "Planudvalget, 6. marts 2012 Side 2\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Høring af lokalplan 12",
                                         "Tidsplan for budget 2013"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbered_sections_are_no_items),
        cmocka_unit_test(test_section_word_opening_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
