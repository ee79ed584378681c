/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_query.c - the query language (lib/query): what each query matches
 * in a small real index built in a temporary folder (operators, phrases,
 * wildcards, fields, stop words), a few trees printed as S-expressions
 * where the shape is the point (ranking bonuses), errors and limits,
 * filters and kinds, highlighting and phrase marks in snippets. Codes,
 * names and typos are test_query_words.c's, synonyms and weights
 * test_query_thesaurus.c's (helpers: query_util.h). Expansion against
 * the shipped corpus (frequencies, typos) is tested through the daemon
 * in tests/integration/test_danish.py. */
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

static const struct {
    const char *q, *want;
} finds[] = {
    /* stemmed: hjemløse, hjemløs */
    {"hjemløse", "d2 d5"},
    {"Hjemløse", "d2 d5"}, /* capitals are stemmed too */
    {"valg AND stemme", "d1 d6"},
    {"valg OR stemme", "d1 d6"},
    {"valg stemme", "d1 d6"},
    {"rådet AND valg", "d1"},
    {"rådet OR valg", "d1 d4 d6"},
    {"rådet NOT valg", "d4"},
    {"rådet AND NOT valg", "d4"},
    {"rådet -valg", "d4"},
    {"+rådet valg", "d1 d4"},
    /* the phrase, not its words apart (d4 has all three) */
    {"\"lighed i sundhed\"", "d3"},
    {"\xe2\x80\x9clighed i sundhed\xe2\x80\x9d", "d3"},
    {"lighed sundhed", "d3 d4"},
    /* a quoted word: that exact form only (boliger, not bolig) */
    {"\"boliger\"", "d5"},
    {"bolig", "d5 d8"},
    /* without a vocabulary, ~"phrase" takes the forms typed */
    {"~\"skæve boliger\"", "d5"},
    {"~\"skæv bolig\"", ""},
    {"hjemløs*", "d2 d5"},
    {"Århus", "d7"},
    {"Aarhus", "d7"},
    {"title:hjemløse", "d2"},
    {"title:sundhed", "d4"},
    {"council:Herning bolig", "d5 d8"},
    {"council:Herning valg", "d1"},
    {"council:odense valg", "d6"},
    /* stop and question words go when other words remain */
    {"hvor kan hjemløse sove", "d2 d5"},
    {"kan", "d6"}, /* only stop words: kept */
    {"(valg OR stemme) AND unge", "d6"},
    {"F-ACT", "d7"},
    {"fact", "d7"},
};

static void test_matches(void **state)
{
    (void)state;
    char got[512]; /* an error message fits: "error <code>: " + e.msg */
    for (size_t i = 0; i < sizeof finds / sizeof finds[0]; i++) {
        matches(finds[i].q, NULL, got, sizeof got);
        if (strcmp(got, finds[i].want) != 0)
            fail_msg("query <%s>: matched <%s>, want <%s>", finds[i].q, got,
                     finds[i].want);
    }
}

/* ---- trees: where the shape is the point ------------------------------ */

static const struct {
    const char *q, *want;
} trees[] = {
    /* words side by side add a phrase bonus (ranking only) */
    {"valg stemme", "(OR Zvalg Zstem (SCALE 1.00 (PHRASE valg stemme)))"},
    /* stop words go; the side-by-side bonus keeps them */
    {"hvor kan hjemløse sove",
     "(OR Zhjemløs Zsov (SCALE 1.00 (PHRASE hvor kan hjemløse sove)))"},
    {"og eller", "(PHRASE og eller)"}, /* only stop words (issue 14) */
    /* sections carry no positions: the phrase is checked in the body */
    {"beslutning:\"lighed i sundhed\"",
     "(FILTER (AND XBlighed XBi XBsundhed) (PHRASE lighed i sundhed))"},
    {"\"Èn indgang\"", "(PHRASE en indgang)"},
    {"2017", "(OR 2017 XN2017 XK2017)"},
    {"council:\"Region Midtjylland\"", " |XCregion |XCmidtjylland"},
    /* a prefix and a quoted word find compound parts (XD) too; NOT
     * removes whole words only (issue 14) */
    {"mester*", "(OR mester* XDmester*)"},
    {"\"mester*\"", "(OR mester* XDmester*)"},
    {"\"mesteren\"", "(SYN mesteren XDmesteren)"},
    {"title:\"borg\"", "(SYN Sborg XDSborg)"},
    {"valg NOT \"mesteren\"", "(AND_NOT Zvalg mesteren)"},
    {"valg -mester*", "(AND_NOT Zvalg mester*)"},
};

static void test_trees(void **state)
{
    (void)state;
    char got[512];
    for (size_t i = 0; i < sizeof trees / sizeof trees[0]; i++) {
        struct qry_out o;
        build(trees[i].q, NULL, got, sizeof got, &o);
        const char *g = got; /* filters only: "" is the match-all root */
        if (strcmp(g, trees[i].want) != 0)
            fail_msg("query <%s>: got <%s>, want <%s>", trees[i].q, g,
                     trees[i].want);
        qry_out_fini(&o);
    }
}

static const struct {
    const char *q;
    int code;
    const char *msg_part;
} errors[] = {
    {"", ERR_INVAL, "empty query"},
    {"   ", ERR_INVAL, "empty query"},
    {"NOT valg", ERR_INVAL, "NOT needs a term"},
    {"valg AND", ERR_INVAL, "ends where a term"},
    {"AND valg", ERR_INVAL, "operator"},
    {"(valg", ERR_INVAL, "missing )"},
    {"valg)", ERR_INVAL, "unexpected )"},
    {"-valg", ERR_INVAL, "exclude from"},
    {"*", ERR_INVAL, "needs a word prefix"},
    {"valg \xff\xfe", ERR_INVAL, "UTF-8"},
    {"()", ERR_INVAL, "empty ( ) group"},
    {"title:", ERR_INVAL, "needs a word"},
    {"...", ERR_INVAL, "no searchable words"},
    /* a NEAR operand without a word once searched the other word alone */
    {"valg NEAR \"---\"", ERR_INVAL, "no word to match"},
    {"\"§\" NEAR valg", ERR_INVAL, "no word to match"},
    {"valg NEAR -budget", ERR_INVAL, "not -excluded words"},
};

static void test_errors(void **state)
{
    (void)state;
    char got[512];
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        struct qry_out o;
        int rc = build(errors[i].q, NULL, got, sizeof got, &o);
        if (rc != errors[i].code || strstr(got, errors[i].msg_part) == NULL)
            fail_msg("query <%s>: got <%s> (%d), want code %d and <%s>",
                     errors[i].q, got, rc, errors[i].code, errors[i].msg_part);
        assert_null(o.root);
        qry_out_fini(&o);
    }
}

static void test_limits(void **state)
{
    (void)state;
    char got[512];
    struct qry_out o;
    struct buf q;
    buf_init(&q);
    for (int i = 0; i < 10000; i++)
        buf_printf(&q, "ord%d ", i % 100);
    assert_int_equal(build(q.data, NULL, got, sizeof got, &o), ERR_LIMIT);
    qry_out_fini(&o);

    buf_reset(&q);
    for (int i = 0; i < QRY_TERMS_MAX + 1; i++)
        buf_puts(&q, "ord ");
    assert_int_equal(build(q.data, NULL, got, sizeof got, &o), ERR_LIMIT);
    assert_non_null(strstr(got, "terms"));
    qry_out_fini(&o);

    buf_reset(&q);
    for (int i = 0; i < 1000; i++)
        buf_putc(&q, '(');
    buf_puts(&q, "ord");
    for (int i = 0; i < 1000; i++)
        buf_putc(&q, ')');
    assert_int_equal(build(q.data, NULL, got, sizeof got, &o), ERR_LIMIT);
    assert_non_null(strstr(got, "nested"));
    qry_out_fini(&o);

    buf_reset(&q);
    buf_puts(&q, "\"");
    for (int i = 0; i < QRY_PHRASE_MAX + 1; i++)
        buf_puts(&q, "ord ");
    buf_puts(&q, "\"");
    assert_int_equal(build(q.data, NULL, got, sizeof got, &o), ERR_LIMIT);
    qry_out_fini(&o);

    /* more plain words than a phrase may hold: searched, with no
     * side-by-side bonus (not an error) */
    buf_reset(&q);
    for (int i = 0; i < QRY_PHRASE_MAX + 4; i++)
        buf_printf(&q, "ord%d ", i);
    assert_int_equal(build(q.data, NULL, got, sizeof got, &o), ERR_OK);
    assert_null(strstr(got, "PHRASE"));
    qry_out_fini(&o);

    /* ... also when one hyphenated word holds the words */
    assert_int_equal(
        build(
            "x a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-a-b-c-d-e-f",
            NULL, got, sizeof got, &o),
        ERR_OK);
    assert_null(strstr(got, "PHRASE"));
    qry_out_fini(&o);

    /* a NUL inside the query */
    struct qry_env env = {.stemmer = stemmer};
    assert_int_equal(qry_build(&env, "ab\0cd", 5, &o, NULL), ERR_INVAL);
    qry_out_fini(&o);
    buf_fini(&q);
}

static int phrase_match(struct qry_out *o, size_t p, size_t k,
                        enum txt_term_kind kind, const char *t)
{
    return qry_phrase_match(o, p, k, kind, t, strlen(t));
}

static void test_highlight(void **state)
{
    (void)state;
    char got[512];
    struct qry_out o;
    build("hjemløse \"lighed i sundhed\" bolig* -valg", NULL, got, sizeof got,
          &o);
    assert_true(match(&o, TXT_STEM, "hjemløs"));
    assert_true(match(&o, TXT_EXACT, "hjemløse"));
    assert_true(match(&o, TXT_EXACT, "boligerne")); /* prefix */
    assert_false(match(&o, TXT_STEM, "valg"));      /* excluded */
    assert_false(match(&o, TXT_EXACT, "valg"));
    /* a phrase's words are the phrase's, not words on their own */
    assert_false(match(&o, TXT_EXACT, "sundhed"));
    assert_false(match(&o, TXT_EXACT, "i"));
    assert_int_equal(o.nphrases, 1);
    assert_int_equal(o.phrase_len[0], 3);
    assert_true(phrase_match(&o, 0, 0, TXT_EXACT, "lighed"));
    assert_true(phrase_match(&o, 0, 1, TXT_EXACT, "i"));
    assert_true(phrase_match(&o, 0, 2, TXT_EXACT, "sundhed"));
    assert_false(phrase_match(&o, 0, 1, TXT_EXACT, "sundhed"));
    assert_false(phrase_match(&o, 0, 2, TXT_STEM, "sundhed"));
    assert_false(phrase_match(&o, 1, 0, TXT_EXACT, "lighed"));
    qry_out_fini(&o);
    /* a quoted single word is highlighted wherever it stands */
    build("\"boliger\"", NULL, got, sizeof got, &o);
    assert_true(match(&o, TXT_EXACT, "boliger"));
    assert_int_equal(o.nphrases, 0);
    qry_out_fini(&o);
}

/* Snippets of a query (as searchd makes them): a phrase is marked where
 * it stands whole, once; its words elsewhere are not. */
static void test_phrase_marks(void **state)
{
    (void)state;
    static const struct {
        const char *q, *text, *want;
    } cases[] = {
        {"\"lighed i sundhed\"",
         "Tilbud i Region Midtjylland om lighed i sundhed. Besøg i Blå Kors.",
         "Tilbud i Region Midtjylland om [lighed i sundhed]. Besøg i Blå "
         "Kors."},
        /* punctuation between the words still makes the phrase */
        {"\"lighed i sundhed\"", "Om lighed, i sundhed og i alt.",
         "Om [lighed, i sundhed] og i alt."},
        /* all the words, not in a row: nothing marked */
        {"\"lighed i sundhed\"", "Sundhed og lighed i år.",
         "Sundhed og lighed i år."},
        /* a plain word of the query beside the phrase: marked anywhere,
         * also inside the phrase */
        {"\"lighed i sundhed\" sundhed", "Sundhed: lighed i sundhed.",
         "[Sundhed]: [lighed i sundhed]."},
        {"\"lighed i sundhed\" region",
         "I regionen: lighed i sundhed, i Region Nord.",
         "I [regionen]: [lighed i sundhed], i [Region] Nord."},
        /* two phrases sharing a word */
        {"\"lighed i sundhed\" \"i dag\"", "I dag: lighed i sundhed i dag.",
         "[I dag]: [lighed i sundhed] [i dag]."},
    };
    struct txt_analyzer an = {stemmer, NULL};
    char got[512];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct qry_out o;
        assert_int_equal(build(cases[i].q, NULL, got, sizeof got, &o), ERR_OK);
        struct txt_snippet_opts so = {
            .max_bytes = 200, .open = "[", .close = "]"};
        const char *needles[64];
        qry_snippet_opts(&o, &so, needles, 64);
        assert_non_null(so.needles);
        struct buf b;
        buf_init(&b);
        assert_int_equal(txt_snippet(&an, cases[i].text, strlen(cases[i].text),
                                     qry_match, &o, &so, &b),
                         ERR_OK);
        if (strcmp(b.data, cases[i].want) != 0)
            fail_msg("query <%s>: snippet <%s>, want <%s>", cases[i].q, b.data,
                     cases[i].want);
        /* the slow path (every word analysed) marks the same */
        so.needles = NULL;
        so.nneedles = 0;
        buf_reset(&b);
        assert_int_equal(txt_snippet(&an, cases[i].text, strlen(cases[i].text),
                                     qry_match, &o, &so, &b),
                         ERR_OK);
        assert_string_equal(b.data, cases[i].want);
        buf_fini(&b);
        qry_out_fini(&o);
    }
}

static void test_council_terms(void **state)
{
    (void)state;
    char **t = NULL;
    size_t n = 0;
    assert_int_equal(qry_council_terms("Fredericia Kommune", 18, &t, &n, NULL),
                     ERR_OK);
    assert_int_equal(n, 2);
    assert_string_equal(t[0], "XCfredericia");
    assert_string_equal(t[1], "XCkommune");
    assert_int_equal(qry_council_terms("  ", 2, &t, &n, NULL), ERR_INVAL);
    for (size_t i = 0; i < n; i++)
        free(t[i]);
    free(t);
}

/* Filters alone are a browse: every item passing them (an empty TERM is
 * Xapian's MatchAll), listed by date by the caller. */
static void test_filters_alone_browse(void **state)
{
    (void)state;
    struct qry_env env = {.stemmer = stemmer};
    struct qry_out o;
    const char *q = "council:Herning";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_int_equal(o.browse, 1);
    assert_int_equal(o.nfilters, 1);
    assert_string_equal(o.filters[0], "XCherning");
    assert_non_null(o.root);
    assert_int_equal(o.root->op, XAP_Q_TERM);
    assert_int_equal(o.root->len, 0);
    qry_out_fini(&o);
    q = "council:Herning bolig";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_int_equal(o.browse, 0);
    qry_out_fini(&o);
}

/* Which documents: items unless kind: says otherwise, or deltager: is
 * used (names are in the meeting records); kind: alone browses. */
static void test_kind(void **state)
{
    (void)state;
    static const struct {
        const char *q;
        enum qry_kind want;
        int browse;
    } cases[] = {
        {"bolig", QRY_KIND_ITEM, 0},
        {"kind:meeting bolig", QRY_KIND_MEETING, 0},
        {"bolig type:Møde", QRY_KIND_MEETING, 0},
        {"kind:all bolig", QRY_KIND_ALL, 0},
        {"deltager:Hansen", QRY_KIND_ALL, 0},
        {"kind:item deltager:Hansen", QRY_KIND_ITEM, 0},
        {"kind:meeting", QRY_KIND_MEETING, 1},
        {"kind:meeting council:Herning", QRY_KIND_MEETING, 1},
    };
    struct qry_env env = {.stemmer = stemmer};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct qry_out o;
        const char *q = cases[i].q;
        if (qry_build(&env, q, strlen(q), &o, NULL) != ERR_OK)
            fail_msg("<%s> failed", q);
        if (o.kind != cases[i].want || o.browse != cases[i].browse)
            fail_msg("<%s>: kind %d browse %d", q, (int)o.kind, o.browse);
        qry_out_fini(&o);
    }
    struct qry_out o;
    struct err e;
    const char *q = "kind:referat bolig";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, &e), ERR_INVAL);
    assert_non_null(strstr(e.msg, "want item, meeting or all"));
    qry_out_fini(&o);
}

/* Issue 14: kommune: and råd: are council filters like council: (the
 * length compared was 9 bytes for the 7 of "kommune"). */
static void test_council_field_names(void **state)
{
    (void)state;
    static const char *const qs[] = {
        "council:Herning hjemløse",
        "kommune:Herning hjemløse",
        "råd:Herning hjemløse",
    };
    char got[512];
    for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
        struct qry_out o;
        build(qs[i], NULL, got, sizeof got, &o);
        if (strcmp(got, "Zhjemløs |XCherning") != 0)
            fail_msg("query <%s>: got <%s>", qs[i], got);
        qry_out_fini(&o);
    }
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_matches),
        cmocka_unit_test(test_trees),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_highlight),
        cmocka_unit_test(test_phrase_marks),
        cmocka_unit_test(test_council_terms),
        cmocka_unit_test(test_filters_alone_browse),
        cmocka_unit_test(test_kind),
        cmocka_unit_test(test_council_field_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
