/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_handicap.c - classes the blind cg- round of handicapråd
 * minutes brought up: a råd named "Rådet for …" with its words in lower
 * case, in the genitive before "møde"; a committee in brackets after an
 * attendee's council in the header's member list; headings "HR. 1 Title"
 * (the råd's code before every number) under members grouped by who sent
 * them ("Byråd: Name (V), …"); "Punkt nummer: 2" glued to the last full
 * stop of the item before it; the title under such a bare heading worded
 * otherwise than its agenda entry; from the blind ds- round, a region's
 * "Kontaktforum for Handicap" (a forum's one form before "for") under a
 * breadcrumb glued to it by arrow images ("Referater 2017pilKontaktforum
 * for handicappil…"), and a transcript's title whose year was lost,
 * ended where the minute names its subject again ("… for Forslaget blev
 * godkendt"). Each case is a few lines in our own words. */
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

/* "Rådet for handicap, psykiatri og udsatheds møde den …": the words
 * after "for" are the råd's name though in lower case (the genitive
 * before "møde" says whose meeting it is), not the committee a
 * recommendation in an item names. A sentence going on after "Rådet
 * for" names no council. */
static void test_genitive_council_for_lower_words(void **state)
{
    (void)state;
    expect_text_council(
        "Rådet for handicap, psykiatri og udsatheds møde den 08. "
        "september 2025\n"
        "Byrådssalen kl. 16.00\n"
        "Referat\n"
        "61Godkendelse af dagsorden\n"
        "Beslutning\n"
        "Godkendt.\n"
        "62Kvalitetsstandarder\n"
        "Indstilling\n"
        "Administrationen indstiller til Social- og "
        "Sundhedsudvalget, at procesplanen godkendes.\n"
        "Beslutning\n"
        "Drøftet.\n",
        "Rådet for handicap, psykiatri og udsathed");
    expect_text_council(
        "Referat\n"
        "Ældrerådet 3. marts 2025\n\n"
        "1. Orientering\n"
        "Rådet for nuværende ser ingen grund til at ændre noget, "
        "og det blev drøftet på mødet.\n\n"
        "2. Eventuelt\n"
        "Intet.\n",
        "Ældrerådet");
}

/* "Egon Sandahl, Byrådet (Social- og Sundhedsudvalget)": the committee in
 * brackets after an attendee's council is the attendee's too; the
 * heading's "Handicaprådsmøde" names the council that met. */
static void test_bracketed_committee_of_attendee(void **state)
{
    (void)state;
    expect_text_council("Referat 5. december 2013\n\n"
                        "Referat fra Handicaprådsmøde torsdag den 5. december "
                        "2013\nDeltagere:\n"
                        "Gerda Moll, DH\n"
                        "Egon Sandahl, Byrådet (Social- og Sundhedsudvalget)\n"
                        "Torben Ahlmann, Byrådet (Teknisk Udvalg)\n"
                        "Inga Bendt, Social- og Sundhedsdirektør\n\n"
                        "1. Høringssvar\n"
                        "Rådet skriver et samlet høringssvar.\n\n"
                        "2. Eventuelt\n"
                        "Intet.\n",
                        "Handicaprådet");
}

/* "HR. 1 Title": the råd's code before every item's number; the items'
 * sections ("Indstilling", "Beslutning:") are no items. "Byråd: Poul
 * Ravn (V), …" groups members by who sent them: the council that met is
 * the råd the text names. "TV 2 Lorry …" (no full stop after the code or
 * the number) is a name in a sentence, no heading. */
static void test_council_code_before_number(void **state)
{
    (void)state;
    static const char text[] = "Medlemmer\n\n"
                               "Byråd: Poul Ravn (V), Ruth Ammitzbøll (V)\n\n"
                               "Øvrige: Signe Quist, Sekretær\n\n"
                               "HR. 1 Valg af formand\n\n"
                               "Indstilling\n\n"
                               "Der vælges en formand.\n\n"
                               "Beslutning:\n\n"
                               "Poul Ravn blev valgt.\n\n"
                               "TV 2 Lorry filmede valget.\n\n"
                               "HR. 2 Handicaprådets økonomi\n\n"
                               "Indstilling\n\n"
                               "Handicaprådet drøfter budgettet.\n\n"
                               "Beslutning:\n\n"
                               "Handicaprådet godkendte budgettet.\n\n"
                               "HR. 3 Eventuelt\n\n"
                               "Beslutning:\n\n"
                               "Intet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Valg af formand",
                                         "Handicaprådets økonomi", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
    expect_text_council(text, "Handicaprådet");
}

/* "… og Mogens Ejlers.Punkt nummer: 2": the heading glued to the previous
 * item's last full stop is cut off it, so every entry the agenda lists
 * is found - also item 2, whose title below is worded otherwise than
 * its agenda entry (the second reading, which completes the agenda, is
 * kept though its layout is the generic one). */
static void test_glued_punkt_nummer_completes_agenda(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra Handicaprådsmøde torsdag den 5. december 2013\n\n"
        "Sager til behandling:\n"
        "1. Dialog om høringssvar\n"
        "2. Evaluering af Handicapdagen\n"
        "3. Eventuelt\n\n"
        "Punkt nummer: 1\n"
        "Dialog om høringssvar\n\n"
        "Sagsbeskrivelse:\n"
        "Rådet har afgivet et høringssvar om aflastning.\n\n"
        "Beslutning:\n"
        "Taget til efterretning.\n\n"
        "Fraværende:\n"
        "Esther Wolff og Mogens Ejlers.Punkt nummer: 2\n"
        "Handicapdagen - evaluering\n\n"
        "Sagsbeskrivelse:\n"
        "Dagen blev holdt i kulturhuset med mange gæster.\n\n"
        "Beslutning:\n"
        "Dagen var godt besøgt.\n\n"
        "Fraværende:\n"
        "Esther Wolff og Mogens Ejlers.Punkt nummer: 3\n"
        "Eventuelt\n\n"
        "Beslutning:\n"
        "Intet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 3)
        fail_msg("%zu items (layout %s), want 3", m.nitems, m.layout);
    for (size_t i = 0; i < 3; i++) {
        char want[2] = {(char)('1' + i), '\0'};
        assert_string_equal(m.items[i].label, want);
    }
    mnt_meeting_fini(&m);
}

/* "Punkt nummer: 2" / "Handicapdagen - evaluering", listed as
 * "Evaluering af Handicapdagen": the line under the bare heading names
 * the entry's subject in other words - it is the item's own title, not
 * the agenda's. */
static void test_reworded_title_under_bare_heading(void **state)
{
    (void)state;
    static const char text[] = "Referat fra Handicaprådsmøde torsdag den 5. "
                               "december 2013\n\n"
                               "Sager til behandling:\n"
                               "1. Godkendelse af dagsorden\n"
                               "2. Evaluering af Handicapdagen\n"
                               "3. Eventuelt\n\n"
                               "Punkt nummer: 1\n"
                               "Godkendelse af dagsorden\n\n"
                               "Beslutning:\n"
                               "Godkendt.\n\n"
                               "Punkt nummer: 2\n"
                               "Handicapdagen - evaluering\n\n"
                               "Sagsbeskrivelse:\n"
                               "Dagen blev holdt i kulturhuset.\n\n"
                               "Beslutning:\n"
                               "Dagen var godt besøgt.\n\n"
                               "Punkt nummer: 3\n"
                               "Eventuelt\n\n"
                               "Beslutning:\n"
                               "Intet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Handicapdagen - evaluering", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Kontaktforum for Handicap - Referat - …": a forum has one form for
 * the definite and the indefinite, so the printed noun and "for" and
 * capitalised words are the council's whole name, like "Lokalrådet for
 * …". */
static void test_forum_named_with_for(void **state)
{
    (void)state;
    expect_text_council("Kontaktforum for Handicap - Referat - 21. september "
                        "2017\n\n"
                        "Mødedato\n21-09-2017 kl. 14:00\n\n"
                        "1. Godkendelse af referat\n\nGodkendt.\n\n"
                        "2. Eventuelt\n\nIntet.\n",
                        "Kontaktforum for Handicap");
}

/* "ForsidepilPolitikpil…Referater 2017pilKontaktforum for handicappil…":
 * a breadcrumb whose arrow images left "pil" glued to its links is no
 * logo of glued name words ("MesingeLokalråd"): the word before the
 * council noun must be a capitalised name, not "2017pil". */
static void test_breadcrumb_year_glued_to_council(void **state)
{
    (void)state;
    expect_text_council(
        "ForsidepilPolitikpilReferater 2017pilKontaktforum for "
        "handicappilKontaktforum for Handicap - Referat - 21. "
        "september 2017\n\n"
        "Kontaktforum for Handicap - Referat - 21. september 2017\n\n"
        "Mødedato\n21-09-2017 kl. 14:00\n\n"
        "1. Godkendelse af referat\n\nGodkendt.\n\n"
        "2. Eventuelt\n\nIntet.\n",
        "Kontaktforum for Handicap");
}

/* "3. Forslag til mødeplan for Handicaprådet for Forslaget blev
 * godkendt …": a transcript dropped the year that ended the title; the
 * minute opens with the title's first word in the definite form, so the
 * title ends before it (the word after "for" is no name going on). */
static void test_lost_year_title_ends_at_subject(void **state)
{
    (void)state;
    static const char text[] =
        "Vestby Kommune Handicaprådet Referat af Handicaprådsmøde den 9. marts "
        "2012 kl i mødelokale på Vestby Rådhus 1\n\n"
        "Transkript\n\n"
        "1 mødelokale på Vestby Rådhus 1 1. Godkendelse af dagsorden 2. til "
        "mødeplan for Handicaprådet for Handicaprådets årsberetning for Høring "
        "om ny skolestruktur 5. Orientering fra formanden 6. Eventuelt\n\n"
        "2 mødelokale på Vestby Rådhus 2 1. Godkendelse af dagsorden "
        "Dagsordenen blev godkendt uden bemærkninger. 2. Forslag til mødeplan "
        "for Handicaprådet for Forslaget blev godkendt med en ændring i "
        "september. 3. Udkast til Handicaprådets årsberetning for Udkastet "
        "blev gennemgået og sendes videre. 2\n\n"
        "3 mødelokale på Vestby Rådhus 3 4. Høring om ny skolestruktur Rådet "
        "afgiver høringssvar inden fristen. 5. Orientering fra formanden "
        "Formanden deltog i et møde om kørsel. 6. Eventuelt Intet. 3\n\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Forslag til mødeplan for Handicaprådet for",
        "Udkast til Handicaprådets årsberetning for",
        "Høring om ny skolestruktur",
        "Orientering fra formanden",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_genitive_council_for_lower_words),
        cmocka_unit_test(test_bracketed_committee_of_attendee),
        cmocka_unit_test(test_council_code_before_number),
        cmocka_unit_test(test_glued_punkt_nummer_completes_agenda),
        cmocka_unit_test(test_reworded_title_under_bare_heading),
        cmocka_unit_test(test_forum_named_with_for),
        cmocka_unit_test(test_breadcrumb_year_glued_to_council),
        cmocka_unit_test(test_lost_year_title_ends_at_subject),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
