/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_jutland.c - the failure classes of the cv- blind round
 * (councils of North and West Jutland, session 27): a transcript's
 * heading whose closing period the flattened contents do not print; a
 * contents entry's day and month that lost its year after "efter"; item
 * pages that open with a case type's letter and glue the title to the
 * text with no section word. Each case is a few lines in our own words. */
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

/* text parsed; its meeting date must be want (NULL: none). */
static void expect_date(const char *text, const char *want)
{
    struct mnt_meeting m;
    parse_text(text, &m);
    const char *got = m.date;
    if (want == NULL ? got != NULL : got == NULL || strcmp(got, want) != 0)
        fail_msg("date <%s>, want <%s> in:\n%s", got ? got : "(null)",
                 want ? want : "(null)", text);
    mnt_meeting_fini(&m);
}

/* A docplayer transcript of a byråd's PDF: one line a page, the
 * contents unnumbered, the meeting's date and time lost ("kl i
 * byrådssalen"). */
static const char thisted_like[] =
    "1 REFERAT fra møde i kl i byrådssalen Medlemmer: Anna Vang, Bo "
    "Holm, Carl Eg, Dora Lind, Erik Bak Mødet hævet kl Side 40\n\n"
    "2 Indholdsfortegnelse: Åbne beslutningssager Valg af medlem til "
    "skolens bestyrelse Sprogskolen i Vestby efter 1. januar Lokalplan "
    "2.4 Vestby, boliger ved Åvej. Endelig godkendelse Salg af grunde "
    "ved stranden Bilagsliste...1 Side 41\n\n"
    "3 ÅBNE BESLUTNINGSSAGER 51. Valg af medlem til skolens bestyrelse. "
    "J.nr.: A20 Sagsid: Sagsbehandler: MJ Åben sag Sagsfremstilling: "
    "Skolen har ved brev af 3. november 2006 bedt om et medlem. "
    "Beslutning: Godkendt. Side 41\n\n"
    "4 52. Sprogskolen i Vestby efter 1. januar 2007. J.nr.: 17.00 "
    "Sagsid: Sagsbehandler: EH Åben sag Sagsfremstilling: Opgaven "
    "overgår til kommunen. Beslutning: Godkendt. Side 42\n\n"
    "5 53. Lokalplan 2.4 Vestby, boliger ved Åvej. Endelig godkendelse. "
    "J.nr.: 01.02 Sagsid: Sagsbehandler: LK Åben sag Sagsfremstilling: "
    "Der kom to indsigelser. Beslutning: Godkendt. Side 43\n\n"
    "6 54. Salg af grunde ved stranden. J.nr.: 02.34 Sagsid: "
    "Sagsbehandler: LK Åben sag Sagsfremstilling: Staten sælger tre "
    "grunde. Beslutning: Godkendt. Side 44\n";

/* "53. Lokalplan 2.4 Vestby, boliger ved Åvej. Endelig godkendelse.
 * J.nr.: …" with the contents' "… Endelig godkendelse Salg af …": the
 * heading's closing period the contents leave out still lets the
 * contents name the whole title, past the sentence's end the
 * heuristics see after "Åvej." */
static void test_title_period_contents_omit(void **state)
{
    (void)state;
    static const char *const labels[] = {"51", "52", "53", "54"};
    static const char *const titles[] = {
        "Valg af medlem til skolens bestyrelse",
        "Sprogskolen i Vestby efter 1. januar 2007",
        "Lokalplan 2.4 Vestby, boliger ved Åvej. Endelig godkendelse",
        "Salg af grunde ved stranden"};
    struct mnt_meeting m;
    parse_text(thisted_like, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same transcript prints no meeting date anywhere; "efter 1.
 * januar" in the contents (the entry lost the year "2007") is a bound
 * of a period, no meeting's day to give a year from the letter's date
 * ("brev af 3. november 2006"). A day after "inden" neither; the
 * meeting's day after "fra" still counts. */
static void test_bound_day_is_no_meeting_date(void **state)
{
    (void)state;
    static const char inden[] =
        "Åbent referat for Byrådets møde 2013\nByrådssalen\n\n"
        "Indholdsfortegnelse:\n1. Høringssvar inden 1. marts\n"
        "2. Meddelelser\n\n1. Høringssvar inden 1. marts\n"
        "Svaret sendes til regionen.\nBeslutning:\nGodkendt.\n\n"
        "2. Meddelelser\nBeslutning:\nIngen.\n";
    static const char fra[] = "Referat fra 5. marts\nÅbent referat 2013\n\n"
                              "1. Meddelelser\nBeslutning:\nIngen.\n";
    expect_date(thisted_like, NULL);
    expect_date(inden, NULL);
    expect_date(fra, "2013-03-05");
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_period_contents_omit),
        cmocka_unit_test(test_bound_day_is_no_meeting_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
