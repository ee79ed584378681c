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

/* A docplayer transcript of a byråd's agenda: one line a page, the
 * contents "Pkt. Tekst Side 51 Title 1 52 …" cut at page 1's end in the
 * middle of an entry, every item's page opening with its number and a
 * case type's letter ("3 A Title Text …") and no section word after the
 * title. */
static const char struer_like[] =
    "1 Vestby Byråd Dagsorden Møde 16. marts 2010 kl. 19:00 i Byrådssalen, "
    "Rådhuset, Torvegade 10 Afbud fra/fraværende: - Mødet hævet kl.: Pkt. "
    "Tekst Side 51 Udtræden "
    "af Vestby Byråd 1 52 Valg af nyt medlem til Socialudvalget 2 53 "
    "Vedtægter for Handicaprådet 3 54 Frigivelse af anlægsbevilling til\n\n"
    "2 Indholdsfortegnelse 55 Salg af grunde i Asp Vestby Byråd, 16. marts "
    "2010 Side 2\n\n"
    "3 A Udtræden af Vestby Byråd Byrådsmedlem Jens Lykke flytter fra "
    "kommunen. Godkendt. Vestby Byråd, 16. marts 2010 Side 1\n\n"
    "4 A Valg af nyt medlem til Socialudvalget Som følge af punkt 51 skal "
    "der vælges et nyt medlem. Karen Bisgaard blev valgt. Vestby Byråd, 16. "
    "marts 2010 Side 2\n\n"
    "5 A Vedtægter for Handicaprådet Rådet har ingen bemærkninger. "
    "Godkendt. Vestby Byråd, 16. marts 2010 Side 3\n\n"
    "6 A Frigivelse af anlægsbevilling til renovering af biblioteket Der er "
    "afsat 2,4 mio. kr. Godkendt. Vestby Byråd, 16. marts 2010 Side 4\n\n"
    "7 A Salg af grunde i Asp Økonomiudvalget indstiller en pris på "
    "145.000 kr. Godkendt. Vestby Byråd, 16. marts 2010 Side 5\n";

/* Pages that open with a case type's letter, as three pages or more
 * near each do, head an item each though no section word follows the
 * title: the title ends where the contents' entry does, else at the
 * text's first sentence ("… i Asp Økonomiudvalget indstiller"); the
 * items take the contents' numbers. */
static void test_letter_pages_head_items(void **state)
{
    (void)state;
    static const char *const labels[] = {"51", "52", "53", "54", "55"};
    static const char *const titles[] = {
        "Udtræden af Vestby Byråd", "Valg af nyt medlem til Socialudvalget",
        "Vedtægter for Handicaprådet", NULL, "Salg af grunde i Asp"};
    struct mnt_meeting m;
    parse_text(struer_like, &m);
    if (m.nitems != 5)
        fail_msg("%zu items (layout %s), want 5", m.nitems, m.layout);
    for (size_t i = 0; i < 5; i++) {
        assert_string_equal(m.items[i].label, labels[i]);
        if (titles[i] != NULL)
            expect_title(&m.items[i], titles[i]);
    }
    mnt_meeting_fini(&m);
}

/* "… 54 Frigivelse af anlægsbevilling til" ends page 1's contents (the
 * entry went on over a page the transcript printed apart): the page's
 * title runs on past it in lower case, to the sentence after it ("…
 * biblioteket Der er afsat …"). */
static void test_cut_contents_entry_runs_on(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(struer_like, &m);
    if (m.nitems != 5)
        fail_msg("%zu items (layout %s), want 5", m.nitems, m.layout);
    expect_title(&m.items[3],
                 "Frigivelse af anlægsbevilling til renovering af biblioteket");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_period_contents_omit),
        cmocka_unit_test(test_bound_day_is_no_meeting_date),
        cmocka_unit_test(test_letter_pages_head_items),
        cmocka_unit_test(test_cut_contents_entry_runs_on),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
