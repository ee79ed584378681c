/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_query_words.c - how lib/query expands a word beyond its stem
 * (issue 14): codes and case numbers, paragraph references, names
 * searched as written and in the attendance, the edit distance behind
 * typos; trees printed as S-expressions (helpers: query_util.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "query_util.h"

/* Issue 14: codes (case numbers) are searched whole, as their exact form,
 * the item's case-number terms (XN, whole or a part) and the filter term
 * (XK); quoted alike; sagsnr: searches the case number only. */
static void test_case_numbers(void **state)
{
    (void)state;
    static const struct {
        const char *q, *want;
    } cases[] = {
        {"29.00.00-A26-2-17",
         "(OR 29.00.00-a26-2-17 XN29.00.00-a26-2-17 XK29.00.00-a26-2-17)"},
        {"\"29.00.00-A26-2-17\"",
         "(OR 29.00.00-a26-2-17 XN29.00.00-a26-2-17 XK29.00.00-a26-2-17)"},
        {"A26-2-17", "(OR a26-2-17 XNa26-2-17 XKa26-2-17)"},
        {"13/39690", "(OR 13/39690 XN13/39690 XK13/39690)"},
        {"sagsnr:A26-2-17", "(OR XNa26-2-17 XKa26-2-17)"},
        {"sagsnummer:\"1-01-81-11-23\"",
         "(OR XN1-01-81-11-23 XK1-01-81-11-23)"},
        {"sagsnr:hjemløse", "(OR XNhjemløse XKhjemløse)"},
        /* one number piece is a word, not a code */
        {"covid-19", "Zcovid19"},
        /* paragraph references, in every form, are the analyzer's "§16"
         * (not every 16 of the text); a plain number stays a number */
        {"\u00a7 16", "\u00a716"},
        {"\u00a716", "\u00a716"},
        {"\u00a7\u00a7 16", "\u00a716"},
        {"Paragraf 16", "\u00a716"},
        {"paragraffen  16", "\u00a716"},
        {"title:\u00a7 16", "S\u00a716"},
        {"servicelovens \u00a7 107",
         "(OR Zservicelov \u00a7107 (SCALE 1.00 (PHRASE servicelovens 107)))"},
        {"-\u00a7 16 hjemløse", "(AND_NOT Zhjemløs \u00a716)"},
        {"16", "(OR 16 XN16 XK16)"},
        {"\u00a7 18-midler", "Z18midl"}, /* a word, as without the sign */
        {"paragraf", "Zparagraf"},
        {"\u00a7", "error -1: query has no searchable words"},
        /* a wildcard after the sign is a wildcard, as without it */
        {"\u00a7 10*", "(OR 10* XD10*)"},
        /* hostile: signs without end, a number past a word's length */
        {"\u00a7\u00a7\u00a7\u00a7 16", "(OR 16 XN16 XK16)"},
        {"paragraf 12345678901234567890123456789012345678901234567890"
         "123456789012345",
         "Zparagraf"},
        {"\u00a7 paragraf 16",
         "(OR \u00a716 (SCALE 1.00 (PHRASE paragraf 16)))"},
    };
    char got[512];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct qry_out o;
        build(cases[i].q, NULL, got, sizeof got, &o);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("query <%s>: got <%s>, want <%s>", cases[i].q, got,
                     cases[i].want);
        qry_out_fini(&o);
    }
}

/* Issue 14: a transposition is one edit (optimal string alignment), also
 * of two-byte letters and at the ends of a word. */
static void test_edit_distance_transposition(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        int want;
    } cases[] = {
        {"psykaitri", "psykiatri", 1}, {"hjemløes", "hjemløse", 1},
        {"æble", "bæle", 1},           {"ab", "ba", 1},
        {"psykiatri", "psykiatri", 0}, {"psyktairi", "psykiatri", 2},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int d = qry_edit_distance(cases[i].a, strlen(cases[i].a), cases[i].b,
                                  strlen(cases[i].b), 2);
        if (d != cases[i].want)
            fail_msg("<%s> <%s>: %d, want %d", cases[i].a, cases[i].b, d,
                     cases[i].want);
    }
}

/* Issue 14: a run of capitalised words is a name, searched as written;
 * a lone capital or lower case is stemmed as before. */
static void test_names_exact(void **state)
{
    (void)state;
    static const struct {
        const char *q, *want;
    } cases[] = {
        {"Bente Hedemann", "(OR (SYN bente bentes) (SYN hedemann hedemanns) "
                           "(SCALE 1.00 (PHRASE bente hedemann)))"},
        /* a name ending in s has no -s genitive to add */
        {"Anders Stagis", "(OR anders stagis (SCALE 1.00 (PHRASE anders "
                          "stagis)))"},
        {"Bente", "Zbent"},
        {"bente hedemann",
         "(OR Zbent Zhedeman (SCALE 1.00 (PHRASE bente hedemann)))"},
        {"hjemløse Bente Hedemann",
         "(OR Zhjemløs (SYN bente bentes) (SYN hedemann hedemanns) (SCALE "
         "1.00 (PHRASE hjemløse bente hedemann)))"},
        {"(Bente Hedemann) AND valg",
         "(AND (OR (SYN bente bentes) (SYN hedemann hedemanns) (SCALE 1.00 "
         "(PHRASE bente hedemann))) Zvalg)"},
    };
    char got[512];
    /* the names alone: no attendance (test_names_attendance) */
    struct qry_rank r = qry_rank_default;
    r.attend = 0;
    test_rank = &r;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct qry_out o;
        build(cases[i].q, NULL, got, sizeof got, &o);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("query <%s>: got <%s>, want <%s>", cases[i].q, got,
                     cases[i].want);
        qry_out_fini(&o);
    }
    test_rank = NULL;
}

/* Issue 14: a plain query with a name also searches the attendance (the
 * meeting records and attendance-only items, by the people field) at
 * the low weight; items that are only attendance leave the item part. */
static void test_names_attendance(void **state)
{
    (void)state;
    static const struct {
        const char *q, *want;
        enum qry_kind kind;
    } cases[] = {
        {"Ole Brandt",
         "(OR (AND_NOT (FILTER (OR (SYN ole oles) (SYN brandt brandts) "
         "(SCALE 1.00 (PHRASE ole brandt))) XTitem) XFattendance) (FILTER "
         "(SCALE 0.30 (PHRASE XAole XAbrandt)) (OR XTmeeting XFattendance)))",
         QRY_KIND_ALL},
        /* no name, a kind, a field or an AND: as before */
        {"ole brandt", "(OR Zole Zbrand (SCALE 1.00 (PHRASE ole brandt)))",
         QRY_KIND_ITEM},
        {"Brandt", "Zbrand", QRY_KIND_ITEM},
        {"kind:item Ole Brandt",
         "(OR (SYN ole oles) (SYN brandt brandts) (SCALE 1.00 (PHRASE ole "
         "brandt)))",
         QRY_KIND_ITEM},
        {"Ole AND Brandt", "(AND Zole Zbrand)", QRY_KIND_ITEM},
        /* more capitals than a phrase holds: no attendance, no error */
        {"A B C D E F G H I J K L M N O P Q", NULL, QRY_KIND_ITEM},
    };
    char got[768];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct qry_out o;
        int rc = build(cases[i].q, NULL, got, sizeof got, &o);
        if (cases[i].want == NULL && rc == ERR_OK && o.kind == cases[i].kind) {
            qry_out_fini(&o);
            continue;
        }
        if (cases[i].want == NULL || strcmp(got, cases[i].want) != 0 ||
            o.kind != cases[i].kind)
            fail_msg("query <%s>: got <%s> kind %d, want <%s> kind %d",
                     cases[i].q, got, (int)o.kind,
                     cases[i].want ? cases[i].want : "(any)",
                     (int)cases[i].kind);
        qry_out_fini(&o);
    }
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_numbers),
        cmocka_unit_test(test_edit_distance_transposition),
        cmocka_unit_test(test_names_exact),
        cmocka_unit_test(test_names_attendance),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
