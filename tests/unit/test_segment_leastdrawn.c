/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_leastdrawn.c - the failure classes of the dg- blind round
 * (the least-imitated municipalities of Jutland, Funen and the islands,
 * session 28): a committee's code before every open item's title while
 * the closed item prints none; an agenda list whose rendered numbering
 * starts again at "1." above the minutes' own "1."; a transcript whose
 * minutes answer an inline agenda list in "Ad. N)" paragraphs run
 * together on its page lines. Each case is a few lines in our own
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

/* A byråd's page whose open headings name the sending committee ("1. ØK
 * …", "2. BU …") and whose closed heading names none ("3. Lukket punkt:
 * …"): the codes are still no part of the titles. */
static void test_codes_but_closed_item(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet - Referat\n\nDato: 23. september 2014\n\n"
        "1. ØK Regnskab for 2013\n\nSagsnummer\n00.32.00-S00-1-13\n"
        "Resume\n\nRegnskabet er påtegnet.\n\nBeslutning\n\nVedtaget.\n\n"
        "2. BU Flere pladser i dagplejen\n\nSagsnummer\n"
        "28.09.00-P20-3-14\nResume\n\nVentelisten er vokset.\n\n"
        "Beslutning\n\nVedtaget.\n\n"
        "3. Lukket punkt: Salg af areal\n\nBeslutning\n\nVedtaget.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Regnskab for 2013",
                                         "Flere pladser i dagplejen",
                                         "Lukket punkt: Salg af areal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A news site's copy of an ældreråd's minutes: the agenda list's
 * numbering starts again under a nested point (" 1. Næste møde …" is its
 * eighth entry) and the minutes below number 1 to 9 again. Item 1 is the
 * minutes' "1. Godkendelse …", nearest item 2, not the list's line. */
static void test_restarted_agenda_one(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT\n\nMøde nr. 03-2018\n\n"
        "Torsdag den 15. marts 2018 kl. 12.30, Rådhuset, 7500 Holstebro\n"
        "\nDagsorden:\n\n 1. Godkendelse af dagsorden.\n"
        " 2. Meddelelser fra formanden.\n 3. Høringer.\n"
        " 4. Aktuelle drøftelser\n  1. Pjecen om rådet\n\n"
        "(udleveres under mødet)\n\n 1. Budget 2018.\n"
        " 2. Orientering fra arbejdsgrupper.\n\n7.Eksterne møder.\n\n"
        " 1. Næste møde den 12. april 2018\n\n9.Eventuelt.\n\n"
        "Referat:\n\n 1. Godkendelse af dagsorden.\n\nGodkendt.\n\n"
        " 2. Meddelelser fra formanden.\n\nFormanden var på kursus.\n"
        "\n 3. Høringer.\n\nIngen.\n\n 4. Aktuelle drøftelser\n\n"
        "Pjecen blev gennemgået.\n\n 5. Budget 2018.\n\n"
        "Der er brugt 21.000 kr.\n\n"
        " 6. Orientering fra arbejdsgrupper.\n\n"
        "Gruppen har holdt møde.\n\n7.Eksterne møder.\n\nIngen.\n\n"
        "8. Næste møde den 12. april 2018\n\n9.Eventuelt.\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5",
                                         "6", "7", "8", "9"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Meddelelser fra formanden",
                                         "Høringer",
                                         "Aktuelle drøftelser",
                                         "Budget 2018",
                                         "Orientering fra arbejdsgrupper",
                                         "Eksterne møder",
                                         "Næste møde den 12. april 2018",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 9, labels, titles);
    if (m.items[0].first_line < 26)
        fail_msg("item 1 at line %zu: the agenda list's, not the minutes'",
                 (size_t)m.items[0].first_line);
    mnt_meeting_fini(&m);
}

/* A docplayer transcript, one line a page (the fixture of round dl):
 * item 04 runs over two pages, the second page's line printing its
 * heading again with no "(fortsat)" and the text going on ("04. Ny model
 * for fordeling af haltimer Helsingør Kommune har …"), which the run-on
 * contents ("… haltimer Helsingør Kommunes idrætspris …") match as well.
 * The item starts on its first page, where its case fields stand: the
 * repeat agrees with it on the title's first words, so it is no list
 * restarting nearer item 05. */
static void test_flat_repeat_not_nearer(void **state)
{
    (void)state;
    const char *src = getenv("REFERAT_SOURCE_DIR");
    char path[512];
    snprintf(path, sizeof path,
             "%s/tests/data/layouts/dl-docplayer-helsingoer-sif-2014.txt",
             src ? src : ".");
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        fail_msg("cannot open %s", path);
    static char text[16384];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 7);
    assert_string_equal(m.items[3].title, "Ny model for fordeling af haltimer");
    if (m.items[3].first_line != 21)
        fail_msg("item 04 at line %zu: the repeat's, not its first page's",
                 (size_t)m.items[3].first_line);
    mnt_meeting_fini(&m);
}

/* A docplayer transcript of a green council's minutes: one line a page,
 * the agenda list inline on page 1 and the minutes as "Ad. N)"
 * paragraphs after it, several to a page's line. Each "Ad. N)" heads
 * its item where it stands (items 4 and 5 on page 3), titled by the
 * list. */
static void test_inline_ad_paragraphs(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde i Det Grønne Råd tirsdag den 12. november "
        "2013 på Rådhuset\n\nTranskript\n\n1 Referat fra møde i Det "
        "Grønne Råd tirsdag den 12. november 2013 på Rådhuset Til "
        "stede: Randi Holm, Friluftsrådet (formand) Bodil Sejr, Dansk "
        "Ornitologisk Forening John Mørup, Rebild Kommune (referent) "
        "Afbud fra: Henrik Dahl, Landboforeningen Mødet begyndte med "
        "et besøg ved mosen, hvor den nye gangbro blev vist frem. "
        "Dagsorden: 1. Godkendelse af referat 2. Godkendelse af "
        "dagsorden 3. Orientering fra kommunen 4. Stier i kommunen 5. "
        "Eventuelt Ad. 1) Referatet blev godkendt. Ad. 2) Dagsordenen "
        "blev godkendt.\n\n2 Ad. 3) Kommunen orienterede om den nye "
        "naturplan og om to vådområder. Rådet spurgte til tidsplanen "
        "for arbejdet.\n\n3 Ad. 4) Der er lavet 11 km nye stier i år, "
        "og en oversigt sendes ud. Ad. 5) Næste møde holdes den 18. "
        "februar. Referent: John Mørup\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af referat", "Godkendelse af dagsorden",
        "Orientering fra kommunen", "Stier i kommunen", "Eventuelt"};
    static const unsigned lines[] = {5, 5, 7, 9, 9};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    for (size_t k = 0; k < 5; k++)
        if (m.items[k].first_line != lines[k])
            fail_msg("item %zu at line %u, want %u", k + 1,
                     m.items[k].first_line, lines[k]);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_codes_but_closed_item),
        cmocka_unit_test(test_restarted_agenda_one),
        cmocka_unit_test(test_inline_ad_paragraphs),
        cmocka_unit_test(test_flat_repeat_not_nearer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
