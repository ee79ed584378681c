/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_meetings.c - a file that holds several meetings (issue
 * 11): a committee's year of minutes on one page, a blog's monthly
 * archive of minutes posts. Each becomes a meeting of its own (chained by
 * `next`: date, attendance, items, line numbers of the file); a meeting
 * that names other meetings' dates stays one. Each case is a few lines
 * in our own words. */
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

static size_t chain_len(const struct mnt_meeting *m)
{
    size_t n = 0;
    for (; m != NULL; m = m->next)
        n++;
    return n;
}

/* A råd's year on one page as text: the same "Møde den …" header three
 * times, each over its own attendance and items numbered from 1. */
static void test_year_page_is_three_meetings(void **state)
{
    (void)state;
    static const char text[] =
        "Seniorrådet - referater 2021\n"                            /* 1 */
        "\n"                                                        /* 2 */
        "Møde den 11. januar 2021 kl. 10.00\n"                      /* 3 */
        "Til stede: Ane Bro, Jens Ry, Kaj Lem\n"                    /* 4 */
        "Afbud: Ulla Sø\n"                                          /* 5 */
        "1. Godkendelse af dagsorden\n"                             /* 6 */
        "Godkendt.\n"                                               /* 7 */
        "2. Mødeplan\n"                                             /* 8 */
        "Næste møde den 8. marts 2021.\n"                           /* 9 */
        "\n"                                                        /* 10 */
        "Møde den 8. marts 2021 kl. 10.00\n"                        /* 11 */
        "Til stede: Ane Bro, Ulla Sø, Kaj Lem\n"                    /* 12 */
        "Afbud: Jens Ry\n"                                          /* 13 */
        "1. Godkendelse af referat fra mødet den 11. januar 2021\n" /* 14 */
        "Godkendt.\n"                                               /* 15 */
        "2. Høring om busplan\n"                                    /* 16 */
        "Rådet ønsker flere afgange om aftenen.\n"                  /* 17 */
        "3. Eventuelt\n"                                            /* 18 */
        "Intet.\n"                                                  /* 19 */
        "\n"                                                        /* 20 */
        "Møde den 3. maj 2021 kl. 10.00\n"                          /* 21 */
        "Til stede: Alle\n"                                         /* 22 */
        "1. Godkendelse af dagsorden\n"                             /* 23 */
        "Godkendt.\n"                                               /* 24 */
        "2. Eventuelt\n"                                            /* 25 */
        "Intet.\n";                                                 /* 26 */
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(chain_len(&m), 3);
    static const char *const dates[] = {"2021-01-11", "2021-03-08",
                                        "2021-05-03"};
    static const size_t nitems[] = {2, 3, 2};
    static const unsigned first[] = {6, 14, 23};
    static const char *const absent[] = {"Ulla Sø", "Jens Ry", NULL};
    size_t k = 0;
    for (const struct mnt_meeting *x = &m; x != NULL; x = x->next, k++) {
        assert_int_equal(x->seq, k + 1);
        assert_non_null(x->date);
        assert_string_equal(x->date, dates[k]);
        assert_int_equal(x->nitems, nitems[k]);
        assert_string_equal(x->items[0].label, "1");
        assert_int_equal(x->items[0].first_line, first[k]);
        assert_true(has_warning(x, "several meetings in one file"));
        if (absent[k] != NULL) {
            assert_non_null(x->attendees);
            assert_non_null(strstr(x->attendees, absent[k]));
        }
        /* every meeting names the page's council */
        assert_non_null(x->council);
        assert_non_null(strstr(x->council, "Seniorrådet"));
    }
    expect_title(&m.next->items[1], "Høring om busplan");
    /* the first meeting's last item ends before the next header */
    assert_true(m.items[1].last_line < 11);
    assert_null(strstr(m.items[1].body, "busplan"));
    mnt_meeting_fini(&m);
}

/* One meeting that names others: the minutes approved by date, a plan
 * of the next meetings in the header's own shape, a numbered list in an
 * item, a list of earlier minutes at the end. It stays one. */
static void test_one_meeting_naming_others_stays_one(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde i Seniorrådet den 6. september 2021\n"
        "Til stede: Ane Bro, Jens Ry\n\n"
        "1. Godkendelse af referat fra mødet den 3. maj 2021\n"
        "Godkendt.\n\n"
        "2. Mødeplan 2022\n"
        "Referat fra møde i Seniorrådet den 10. januar 2022 lægges her.\n"
        "Møde den 10. januar 2022\n"
        "Møde den 7. marts 2022\n\n"
        "3. Folder om valget\n"
        "1. Hvem kan stemme\n"
        "2. Hvor man stemmer\n\n"
        "4. Eventuelt\nIntet.\n\n"
        "Tidligere referater\n"
        "Referat fra møde i Seniorrådet den 3. maj 2021\n"
        "Referat fra møde i Seniorrådet den 8. marts 2021\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_null(m.next);
    assert_int_equal(m.seq, 1);
    assert_string_equal(m.date, "2021-09-06");
    assert_false(has_warning(&m, "several meetings"));
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af referat fra mødet den 3. maj 2021", "Mødeplan 2022",
        "Folder om valget", "Eventuelt"};
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page's agenda and its minutes under headers of one shape and one
 * date are one meeting, not two. */
static void test_same_date_twice_is_one_meeting(void **state)
{
    (void)state;
    static const char text[] =
        "Møde i Handicaprådet 4. oktober 2021\n"
        "1. Godkendelse af dagsorden\n2. Tilskud\n3. Eventuelt\n\n"
        "Møde i Handicaprådet 4. oktober 2021\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Tilskud\nTo foreninger får tilskud.\n\n"
        "3. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_null(m.next);
    assert_string_equal(m.date, "2021-10-04");
    mnt_meeting_fini(&m);
}

/* An item's history: earlier meetings that treated the case, each dated
 * in one shape and followed by a recommendation's points numbered from 1
 * ("1. at …"). Those are no meetings of this file. */
static void test_case_history_stays_one(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde i Byrådet den 28. april 2020\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Plan for cykelstier\n"
        "Behandlet på mødet den 3. marts 2020:\n"
        "1. at planen sendes i høring\n2. at udgiften afholdes af puljen\n"
        "Behandlet på mødet den 24. marts 2020:\n"
        "1. at høringen forlænges\n2. at sagen genoptages\n"
        "Beslutning\nGodkendt.\n\n"
        "3. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_null(m.next);
    assert_string_equal(m.date, "2020-04-28");
    assert_int_equal(m.nitems, 3);
    mnt_meeting_fini(&m);
}

/* Each meeting's header on two lines: "Referat af møde i …" without a
 * date over "Den 12.03.2020 kl. 13:00 i …". */
static void test_date_under_header(void **state)
{
    (void)state;
    static const char text[] =
        "Referater 2020\n\n"
        "Referat af møde i Teknikudvalget\n"
        "Den 12.03.2020 kl. 13:00 i Mødelokale 1\n"
        "Fraværende: Ib Lund (A)\n\n"
        "1.   Godkendelse af dagsorden\nGodkendt.\n\n"
        "2.   Vejbump på Skolevej\nAnbefales.\n\n"
        "Referat af møde i Teknikudvalget\n"
        "Den 13.02.2020 kl. 13:00 i Mødelokale 1\n"
        "Fraværende: Ingen\n\n"
        "1.   Godkendelse af dagsorden\nGodkendt.\n\n"
        "2.   Budget for vejene\nTaget til efterretning.\n\n"
        "3.   Meddelelser\nIngen.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(chain_len(&m), 2);
    assert_string_equal(m.date, "2020-03-12");
    assert_string_equal(m.next->date, "2020-02-13");
    assert_int_equal(m.nitems, 2);
    assert_int_equal(m.next->nitems, 3);
    assert_non_null(strstr(m.attendees, "Ib Lund"));
    assert_int_equal(m.next->items[0].first_line, 17);
    mnt_meeting_fini(&m);
}

/* A file of one meeting is meeting 1 of its file even when its second
 * reading (headings cut out of lines: "Indholdsfortegnelse1.
 * Fraværende") wins and replaces the meeting parsed first; the ids of
 * every later meeting rest on that number. */
static void test_second_reading_keeps_its_number(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file("tests/data/layouts/bronderslev-integrationsraad.txt", NULL, &m);
    assert_int_equal(m.seq, 1);
    assert_null(m.next);
    mnt_meeting_fini(&m);
}

/* A CMS page whose meetings are headed by a weekday and a date the
 * format marked as headings (h2), the items bold numbered paragraphs;
 * any weekday is one shape. */
static void test_styled_weekday_headers(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Ældrerådet - referater"},
        {EXT_HEADING, 0, 2, "Tirsdag den 2. februar 2021"},
        {EXT_PARA, 0, 0, "Afbud: Bo Hald"},
        {EXT_PARA, 1, 0, "1. Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 1, 0, "2. Madservice"},
        {EXT_PARA, 0, 0, "Rådet roser den nye menu."},
        {EXT_HEADING, 0, 2, "Mandag den 4. januar 2021"},
        {EXT_PARA, 0, 0, "Afbud: Ingen"},
        {EXT_PARA, 1, 0, "1. Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_PARA, 1, 0, "2. Årsberetning"},
        {EXT_PARA, 0, 0, "Formanden skriver den."},
        {EXT_PARA, 1, 0, "3. Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    assert_int_equal(chain_len(&m), 2);
    assert_string_equal(m.date, "2021-02-02");
    assert_string_equal(m.next->date, "2021-01-04");
    assert_int_equal(m.nitems, 2);
    assert_int_equal(m.next->nitems, 3);
    expect_title(&m.items[1], "Madservice");
    expect_title(&m.next->items[1], "Årsberetning");
    mnt_meeting_fini(&m);
}

/* A year's book of a council's minutes: every meeting under the same
 * "REFERAT Byrådet … d. 10-01-2023" header, its items numbered on over
 * the year ("Punkt 3:" after the first meeting's "Punkt 2:"). Numbering
 * that goes on from the meeting before, under a later date, starts a
 * meeting as surely as numbering that starts again at 1. */
static void test_year_book_running_numbers(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådets møde 2023\n"                               /* 1 */
        "\n"                                                 /* 2 */
        "REFERAT Byrådet 2022-2025 d. 10-01-2023\n"          /* 3 */
        "Mødedato Tirsdag d. 10. januar 2023 kl. 18:30\n"    /* 4 */
        "Punkt 1: Godkendelse af dagsorden\n"                /* 5 */
        "Beslutning Byrådet 10.01.2023 Godkendt.\n"          /* 6 */
        "Punkt 2: Underskriftsark\n"                         /* 7 */
        "\n"                                                 /* 8 */
        "REFERAT Byrådet 2022-2025 d. 31-01-2023\n"          /* 9 */
        "Mødedato Tirsdag d. 31. januar 2023 kl. 18:30\n"    /* 10 */
        "Punkt 3: Godkendelse af dagsorden\n"                /* 11 */
        "Beslutning Byrådet 31.01.2023 Godkendt.\n"          /* 12 */
        "Punkt 4: Takster for slamtømning\n"                 /* 13 */
        "Taksterne stiger med 7 pct. Beslutning Godkendt.\n" /* 14 */
        "Punkt 5: Underskriftsark\n"                         /* 15 */
        "\n"                                                 /* 16 */
        "REFERAT Byrådet 2022-2025 d. 28-02-2023\n"          /* 17 */
        "Mødedato Tirsdag d. 28. februar 2023 kl. 18:30\n"   /* 18 */
        "Punkt 6: Godkendelse af dagsorden\n"                /* 19 */
        "Beslutning Byrådet 28.02.2023 Godkendt.\n"          /* 20 */
        "Punkt 7: Underskriftsark\n";                        /* 21 */
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(chain_len(&m), 3);
    static const char *const dates[] = {"2023-01-10", "2023-01-31",
                                        "2023-02-28"};
    static const size_t nitems[] = {2, 3, 2};
    static const char *const first[] = {"1", "3", "6"};
    size_t k = 0;
    for (const struct mnt_meeting *x = &m; x != NULL; x = x->next, k++) {
        assert_non_null(x->date);
        assert_string_equal(x->date, dates[k]);
        assert_int_equal(x->nitems, nitems[k]);
        assert_string_equal(x->items[0].label, first[k]);
    }
    expect_title(&m.next->items[1], "Takster for slamtømning");
    mnt_meeting_fini(&m);
}

/* An item that quotes earlier minutes in the header's shape, the
 * numbering going on under it, is no meeting of its own: the quoted date
 * is older than the meeting's. */
static void test_quoted_older_minutes_stay_one(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde i Seniorrådet den 6. september 2021\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Opfølgning\n"
        "Referat fra møde i Seniorrådet den 3. maj 2021\n"
        "3. Busplanen\nRådet har fået svar.\n\n"
        "4. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_null(m.next);
    assert_string_equal(m.date, "2021-09-06");
    assert_int_equal(m.nitems, 4);
    mnt_meeting_fini(&m);
}

/* The meetings of one file are one publisher's: the authority only the
 * second meeting names (in an item's text) is the first's and third's
 * too, and their council is composed with it. */
static void test_year_book_shares_authority(void **state)
{
    (void)state;
    static const char text[] = "REFERAT Byrådet d. 10-01-2023\n"
                               "Punkt 1: Godkendelse af dagsorden\nGodkendt.\n"
                               "Punkt 2: Underskriftsark\n\n"
                               "REFERAT Byrådet d. 31-01-2023\n"
                               "Punkt 3: Godkendelse af dagsorden\nGodkendt.\n"
                               "Punkt 4: Vintertjeneste\n"
                               "Næstved Kommune salter 400 km veje.\n\n"
                               "REFERAT Byrådet d. 28-02-2023\n"
                               "Punkt 5: Godkendelse af dagsorden\nGodkendt.\n"
                               "Punkt 6: Underskriftsark\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(chain_len(&m), 3);
    for (const struct mnt_meeting *x = &m; x != NULL; x = x->next) {
        assert_non_null(x->authority);
        assert_string_equal(x->authority, "Næstved Kommune");
        assert_non_null(x->council);
        assert_string_equal(x->council, "Byrådet, Næstved Kommune");
    }
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_year_page_is_three_meetings),
        cmocka_unit_test(test_one_meeting_naming_others_stays_one),
        cmocka_unit_test(test_same_date_twice_is_one_meeting),
        cmocka_unit_test(test_case_history_stays_one),
        cmocka_unit_test(test_styled_weekday_headers),
        cmocka_unit_test(test_date_under_header),
        cmocka_unit_test(test_second_reading_keeps_its_number),
        cmocka_unit_test(test_year_book_running_numbers),
        cmocka_unit_test(test_quoted_older_minutes_stay_one),
        cmocka_unit_test(test_year_book_shares_authority),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
