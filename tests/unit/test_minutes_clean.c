/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_minutes_clean.c - the minutes parser's text handling: clean-up
 * of line runs (hyphenation, page furniture, no-break spaces), dates
 * written every way, section headings inside items, and hostile input
 * that must never crash or loop and always gives an item. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"
#include "test_mnt.h"

#include "core/buf.h"
#include "minutes/minutes.h"
#include "minutes/segment_internal.h"

#define N(a) (sizeof(a) / sizeof *(a))

/* ---- clean-up ---- */

static void test_clean(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"ind-\nsats", "indsats"},
        {"ind-\n\nsats", "indsats"},            /* across a blank line */
        {"ind-\n \n\xC2\xA0\nsats", "indsats"}, /* blank-ish lines */
        {"Stofindtagel-\nsesrum/Sundhedsrum", "Stofindtagelsesrum/Sundhedsrum"},
        {"Social- og Sundhedsudvalget", "Social- og Sundhedsudvalget"},
        {"Social-\nog Sundhedsudvalget", "Social- og Sundhedsudvalget"},
        {"Beskæftigelses-\n\nog Socialudvalget",
         "Beskæftigelses- og Socialudvalget"},
        {"børne- og ungdomspsykiatrien", "børne- og ungdomspsykiatrien"},
        {"børne-\neller ungeområdet", "børne- eller ungeområdet"},
        {"F-ACT-teams", "F-ACT-teams"},
        {"Region-\nMidtjylland", "Region-Midtjylland"},
        {"COVID-\n19", "COVID-19"},
        {"kl. 15.30-\n16.30", "kl. 15.30-16.30"},
        {"Det er den - samlet set - bedste",
         "Det er den - samlet set - bedste"},
        {"tekst\n5/7\nmere", "tekst mere"}, /* page footer */
        {"tekst.\n\nSide 3 af 7\n\nMere.", "tekst.\n\nMere."},
        {"tekst.\n\n12\n\nMere.", "tekst.\n\nMere."}, /* lone page number */
        {"\xC2\xA0\xC2\xA0\n\xC2\xA0\nHej", "Hej"},   /* no-break spaces */
        {"https://www.odense.dk/politik/dagsordner-og-referater/social-og-\n"
         "arbejdsmarkedsudvalget?DagsordenID=258",
         "https://www.odense.dk/politik/dagsordner-og-referater/"
         "social-og-arbejdsmarkedsudvalget?DagsordenID=258"},
        {"www.odense.dk/psykologteamet", "www.odense.dk/psykologteamet"},
        {"Send til pia.l.ni-\nelsen@fredericia.dk senest",
         "Send til pia.l.nielsen@fredericia.dk senest"},
        {"første linje\nanden linje\n\nNy paragraf.",
         "første linje anden linje\n\nNy paragraf."},
        {"et presserende\n\nbehov for data", "et presserende behov for data"},
        {"hjemløse i\n\nOdense.", "hjemløse i Odense."},
        {"Liste:\n- a\n- b\n• c", "Liste:\n- a\n- b\n• c"},
        {"• lang punkt-\ntekst fortsat", "• lang punkttekst fortsat"},
        {"[Tekst \\(rodekors.dk\\)](#).", "Tekst (rodekors.dk)."},
        {"a  b\t c", "a b c"},
        {"x@y.dk\nmailto:x@y.dk\nmere", "x@y.dk mere"},
        {"ord\xC2\xAD\nstykke", "ordstykke"}, /* soft hyphen */
        {"a\r\nb", "a b"},
        {"x\xFF"
         "y",
         "x\xEF\xBF\xBDy"}, /* invalid UTF-8 */
        {"", ""},
    };
    for (size_t i = 0; i < N(cases); i++) {
        char *got = mnt_clean(cases[i].in, strlen(cases[i].in));
        assert_non_null(got);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("mnt_clean(<%s>) = <%s>, want <%s>", cases[i].in, got,
                     cases[i].want);
        free(got);
    }
}

static void test_dates(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want; /* want NULL: no date */
    } cases[] = {
        {"REFERAT Udsatterådet d. 19-06-2024", "2024-06-19"},
        {"Mødedato: 6. oktober 2017", "2017-10-06"},
        {"Referat for møde d. 30. november 2017 kl. 15.30", "2017-11-30"},
        {"Mødedato: 24.8.22", "2022-08-24"},
        {"den 2024-06-19", "2024-06-19"},
        {"19 juni 2024", "2024-06-19"},
        {"3. okt. 2019", "2019-10-03"},
        {"29.02.2024", "2024-02-29"},
        {"29.02.2023", NULL},
        {"1-01-81-11-23", NULL},    /* a case number */
        {"torsdag d. 13/10", NULL}, /* no year */
        {"Mødetidspunkt: 16-18", NULL},
        {"kl. 15.30 - 17.30", NULL},
        {"32.13.2020", NULL},
        /* a date field's label glued to its value (web spans joined) */
        {"Dato27. October 2020 -", "2020-10-27"},
        {"Mødedato24-09-2019", "2019-09-24"},
        {"bygning A32.10.2020", NULL}, /* letters before: no date */
    };
    for (size_t i = 0; i < N(cases); i++) {
        char iso[11];
        int found = mnt_date_find(cases[i].in, strlen(cases[i].in), iso);
        if (cases[i].want == NULL) {
            if (found)
                fail_msg("date in <%s>: %s, want none", cases[i].in, iso);
        } else {
            if (!found)
                fail_msg("no date in <%s>", cases[i].in);
            assert_string_equal(iso, cases[i].want);
        }
    }
    assert_true(mnt_date_is_iso("2024-02-29", 10));
    assert_false(mnt_date_is_iso("2023-02-29", 10));
    assert_false(mnt_date_is_iso("2023-2-9", 8));
    /* a row of a dated list (indexer/header.c weighs such rows less) */
    static const struct {
        const char *in;
        int want;
    } rows[] = {
        {"23. marts 2023\tOpstartsmøde", 1},
        {"  9.6.2023 Besøg", 1},
        {"• 2024-06-19: Tema", 1},
        {"- 1. marts 2024 Besøg fra rådet", 1},
        {"Den 23. marts 2023 holdt rådet møde", 0},
        {"23. marts blev der holdt møde", 0},
        {"2023-2025: fire møder årligt", 0},
        {"3. Godkendelse af dagsorden", 0},
        {"", 0},
    };
    for (size_t i = 0; i < N(rows); i++)
        if (mnt_line_starts_dated(rows[i].in, strlen(rows[i].in)) !=
            rows[i].want)
            fail_msg("<%s> opens with a date: want %d", rows[i].in,
                     rows[i].want);
}

static void test_section_headings(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        int want;
        size_t name_len;
    } cases[] = {
        {"Beslutning", 1, 10},
        {"BESLUTNING:", 1, 10},
        {"Sagsresume", 1, 10},
        {"Beslutning: Godkendt.", 1, 10},
        {"Økonomi", 1, 8},
        {"Indstilling/Beslutning", 1, 22},
        {"Bilag 1: Referat fra sidste møde", 0, 0},
        {"Beslutningen blev udsat", 0, 0},
        {"Ambulant", 0, 0},
    };
    for (size_t i = 0; i < N(cases); i++) {
        size_t nl = 0, off = 0;
        int got = mnt_section_heading(cases[i].line, strlen(cases[i].line), &nl,
                                      &off);
        if (got != cases[i].want)
            fail_msg("section heading <%s>: %d", cases[i].line, got);
        if (got)
            assert_int_equal(nl, cases[i].name_len);
    }
}

/* ---- hostile input: never crash, never loop, always an item ---- */

static void parse_ok(const char *text, size_t len)
{
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    int rc = mnt_parse(text, len, NULL, &m, &e);
    if (rc == ERR_OK) {
        assert_true(m.nitems >= 1);
        for (size_t i = 0; i < m.nitems; i++) {
            assert_non_null(m.items[i].label);
            /* no title only with a warning saying so */
            if (m.items[i].title == NULL)
                assert_true(has_warning(&m, "has no title"));
            assert_non_null(m.items[i].body);
            assert_true(m.items[i].first_line <= m.items[i].last_line);
        }
    } else {
        assert_int_equal(rc, ERR_INVAL);
    }
    mnt_meeting_fini(&m);
}

static void test_hostile(void **state)
{
    (void)state;
    struct buf b;
    buf_init(&b);
    /* 6000 numbered headings: more than the candidate cap */
    for (unsigned i = 1; i <= 6000; i++)
        buf_printf(&b, "%u. Punkt\ntekst\n", i % 100);
    parse_ok(b.data, b.len);
    buf_reset(&b);
    /* one very long line, hyphens, parentheses, NULs */
    for (unsigned i = 0; i < 20000; i++)
        buf_puts(&b, "ord-(");
    parse_ok(b.data, b.len);
    buf_reset(&b);
    for (unsigned i = 0; i < 3000; i++)
        buf_puts(&b, "Punkt 1: (\n-\n\n");
    parse_ok(b.data, b.len);
    buf_reset(&b);
    static const char nul[] = "1. A\0B\n2. C\0\n\0\0x";
    parse_ok(nul, sizeof nul - 1);
    for (unsigned i = 0; i < 2000; i++)
        buf_puts(&b, "Sagsnr.: 1\n\nDIR\nFOU\nBFU\n");
    parse_ok(b.data, b.len);
    buf_fini(&b);

    /* a mutated seed */
    size_t len;
    char *seed = read_source(
        "corpus/odense-raadet-for-socialt-udsatte-2017-11-30.txt", &len);
    uint32_t x = 2463534242u;
    for (int round = 0; round < 200; round++) {
        char *t = malloc(len);
        assert_non_null(t);
        memcpy(t, seed, len);
        for (int k = 0; k < 20; k++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            size_t at = x % len;
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            t[at] = (char)(x & 0xFF);
        }
        parse_ok(t, len - (size_t)round * 37 % len);
        char *c = mnt_clean(t, len);
        assert_non_null(c);
        free(c);
        free(t);
    }
    free(seed);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_clean),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_section_headings),
        cmocka_unit_test(test_hostile),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
