/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_newsdates.c - a municipality's news page announcing a
 * meeting (round iz): its publication date above a heading that names
 * the meeting's day and month without the year ("Dagsorden
 * byrådsmøde 21. marts"). The heading's day is the meeting's, its year
 * the publication date's. The cases are a few lines in our own words. */
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

/* A news page put up a week before the meeting: the page's title and
 * <h1> name the meeting's day, the line above them the day of the news. */
static const char news[] =
    "<html><head><title>Dagsorden til byrådsmøde 21. marts - kom og "
    "lyt med</title></head><body>"
    "<p>Forside / Nyheder / 2023</p>"
    "<p class=\"dato\">14. marts 2023</p>"
    "<h1>Dagsorden til byrådsmøde 21. marts - kom og lyt med</h1>"
    "<p>Mødet holdes i byrådssalen og begynder kl. 18.</p>"
    "<p><strong>Sager til beslutning</strong></p>"
    "<ul><li>31 - Salg af grund ved Engvej</li>"
    "<li>32 - Takster for svømmehallen 2023</li>"
    "<li>33 - Ny legeplads i Nørreby</li></ul>"
    "<p><strong>Sager til orientering</strong></p>"
    "<ul><li>34 - Status på cykelstien langs åen</li></ul>"
    "</body></html>";

/* The meeting's day from the heading (it was the news date, 14 March). */
static void test_heading_day_beats_news_date(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_html(news, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2023-03-21");
    mnt_meeting_fini(&m);
}

static struct mnt_line line_of(const char *s)
{
    struct mnt_line l;
    memset(&l, 0, sizeof l);
    l.s = s;
    l.len = strlen(s);
    l.kind = MNT_LINE_TEXT;
    return l;
}

/* Which lines name their meeting's day without a year: right after a
 * word for the meeting, a weekday and "den" between them allowed; not
 * after a possessive (another body's meeting), not with a year (a full
 * date is read as such), not without a meeting word. */
static void test_heading_names_day(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        int want;
    } cases[] = {
        {"Dagsorden kommunalbestyrelsesmøde 2. juni - mødet er åbent", 1},
        {"Referat af mødet tirsdag den 3. marts", 1},
        {"BYRÅDSMØDET 5. MAJ", 1},
        {"Udvalget drøftede sagen på sit møde 4. maj", 0},
        {"Byrådsmøde 5. maj 2020", 0},
        {"Dagsorden 2. juni", 0},
        {"Mødeplan 9. januar", 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        struct mnt_line l = line_of(cases[k].s);
        if (mnt_heading_names_day(&l) != cases[k].want)
            fail_msg("<%s>: want %d", cases[k].s, cases[k].want);
    }
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_day_beats_news_date),
        cmocka_unit_test(test_heading_names_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
