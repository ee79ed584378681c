/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_query_parse.c - lib/query's parser and filters: the parser records
 * council:, kommune:, råd:, kind: and år:/dato: as filter nodes (it resolves
 * nothing), and filter.c turns them, the council parameter and the
 * document kind into the search's filter terms in one place; quote marks
 * of word processors open and close phrases; a NEAR b and NEAR/n, their
 * windows and errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "query/query_internal.h"
#include "test_filter.h"
#include "xap/schema.h"

static void test_parser_records_filters(void **state)
{
    (void)state;
    const char *q = "kommune:Herning bolig council:\"Region Midtjylland\" "
                    "kind:meeting";
    struct qry_parse_out p;
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    assert_non_null(p.root); /* bolig */
    assert_int_equal(p.nfilters, 3);
    assert_int_equal(p.filters[0].kind, FILTER_COUNCIL);
    assert_int_equal(p.filters[0].len, 7);
    assert_memory_equal(p.filters[0].text, "Herning", 7);
    assert_int_equal(p.filters[1].kind, FILTER_COUNCIL);
    assert_int_equal(p.filters[1].len, strlen("Region Midtjylland"));
    assert_int_equal(p.filters[2].kind, FILTER_KIND);
    assert_memory_equal(p.filters[2].text, "meeting", 7);
    qry_parse_out_fini(&p);
    /* names in any case: a capital does not make a filter search words */
    q = "Kommune:Herning bolig År:2017 KIND:meeting Titel:tælling";
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    assert_int_equal(p.nfilters, 3);
    assert_int_equal(p.filters[0].kind, FILTER_COUNCIL);
    assert_int_equal(p.filters[1].kind, FILTER_DATE);
    assert_memory_equal(p.filters[1].text, "2017", 4);
    assert_int_equal(p.filters[2].kind, FILTER_KIND);
    assert_int_equal(p.root->kind, AST_OR);
    assert_int_equal(p.root->nkids, 2);
    assert_int_equal(p.root->kids[1]->field, FIELD_TITLE);
    qry_parse_out_fini(&p);
    /* råd: is a council filter too; a filter alone is a browse */
    q = "råd:Ærø";
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    assert_null(p.root);
    assert_int_equal(p.nfilters, 1);
    assert_int_equal(p.filters[0].kind, FILTER_COUNCIL);
    qry_parse_out_fini(&p);
}

static void test_resolve(void **state)
{
    (void)state;
    struct txt_stemmer *st = txt_stemmer_new(NULL);
    assert_non_null(st);
    struct qry_env env = {.stemmer = st};
    struct qry_out o;
    const char *q = "kommune:\"Fredericia Kommune\" bolig";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_int_equal(o.nfilters, 2);
    assert_string_equal(o.filters[0], PFX_COUNCIL "fredericia");
    assert_string_equal(o.filters[1], PFX_COUNCIL "kommune");
    assert_int_equal(o.kind, QRY_KIND_ITEM);
    /* the request's council parameter and the kind join them */
    assert_int_equal(qry_filters_finish(&o, "Århus", NULL, NULL, NULL), ERR_OK);
    assert_int_equal(o.nfilters, 4);
    assert_string_equal(o.filters[2], PFX_COUNCIL "århus");
    assert_string_equal(o.filters[3], PFX_KIND KIND_ITEM);
    qry_out_fini(&o);

    /* kind:all adds no kind term; deltager: means all kinds */
    q = "deltager:Hansen";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_int_equal(o.kind, QRY_KIND_ALL);
    assert_int_equal(qry_filters_finish(&o, NULL, NULL, NULL, NULL), ERR_OK);
    assert_int_equal(o.nfilters, 0);
    qry_out_fini(&o);

    /* a request without a query: the parameter and items only */
    memset(&o, 0, sizeof o);
    assert_int_equal(qry_filters_finish(&o, "Herning", NULL, NULL, NULL),
                     ERR_OK);
    assert_int_equal(o.nfilters, 2);
    assert_string_equal(o.filters[1], PFX_KIND KIND_ITEM);
    qry_out_fini(&o);

    struct err e;
    memset(&o, 0, sizeof o);
    assert_int_equal(qry_filters_finish(&o, " - ", NULL, NULL, &e), ERR_INVAL);
    qry_out_fini(&o);
    q = "bolig kind:nogle";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, &e), ERR_INVAL);
    assert_non_null(strstr(e.msg, "kind <nogle>"));
    qry_out_fini(&o);
    q = "bolig council:\"\"";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, &e), ERR_INVAL);
    qry_out_fini(&o);
    /* one of several councils without words: an error, with words or not */
    q = "bolig council:\" - \" kommune:Odense";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, &e), ERR_INVAL);
    assert_null(o.root);
    qry_out_fini(&o);
    q = "kommune:Odense council:\"\" år:2017 år:2019";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, &e), ERR_INVAL);
    assert_null(o.root);
    qry_out_fini(&o);
    txt_stemmer_free(st);
}

static void test_date_filters(void **state)
{
    (void)state;
    struct txt_stemmer *st = txt_stemmer_new(NULL);
    assert_non_null(st);
    struct qry_env env = {.stemmer = st};
    struct qry_out o;
    struct err e;
    /* a year, a month, a range; not search words */
    const char *q = "hjemløse år:2017..2022";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_string_equal(o.date_from, "20170101");
    assert_string_equal(o.date_to, "20221231");
    assert_false(o.browse);
    /* the request's from/to narrow them */
    assert_int_equal(qry_filters_finish(&o, NULL, "20200101", NULL, NULL),
                     ERR_OK);
    assert_string_equal(o.date_from, "20200101");
    assert_string_equal(o.date_to, "20221231");
    qry_out_fini(&o);
    /* two dates mean either: an OR of their ranges on the tree, not a
     * narrowing (which found nothing for år:2017 år:2022) */
    q = "dato:2024-06 year:2022";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_true(o.browse); /* filters only */
    assert_string_equal(o.date_from, "");
    assert_string_equal(o.date_to, "");
    assert_int_equal(o.root->op, XAP_Q_FILTER);
    assert_int_equal(o.root->nkids, 2);
    const struct xap_qnode * or = o.root->kids[1];
    assert_int_equal(or->op, XAP_Q_OR);
    assert_int_equal(or->nkids, 2);
    assert_int_equal(or->kids[0]->op, XAP_Q_DATES);
    assert_string_equal(or->kids[0]->term, "20240601..20240630");
    assert_string_equal(or->kids[1]->term, "20220101..20221231");
    qry_out_fini(&o);
    /* two councils alike; fields AND: a council and a date */
    q = "bolig kommune:Herning council:\"Region Midtjylland\" år:2017";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_int_equal(o.nfilters, 0); /* no council term must hold alone */
    assert_string_equal(o.date_from, "20170101");
    assert_int_equal(o.root->op, XAP_Q_FILTER);
    or = o.root->kids[1];
    assert_int_equal(or->nkids, 2);
    assert_int_equal(or->kids[1]->op, XAP_Q_AND);
    assert_int_equal(or->kids[1]->nkids, 2);
    assert_string_equal(or->kids[1]->kids[1]->term, PFX_COUNCIL "midtjylland");
    qry_out_fini(&o);
    q = "bolig date:..2019";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_string_equal(o.date_from, "");
    assert_string_equal(o.date_to, "20191231");
    qry_out_fini(&o);
    /* without any: open, the request's alone */
    q = "bolig";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_int_equal(qry_filters_finish(&o, NULL, "", "20171231", NULL),
                     ERR_OK);
    assert_string_equal(o.date_from, "");
    assert_string_equal(o.date_to, "20171231");
    qry_out_fini(&o);
    static const char *const bad[] = {
        "bolig år:17",         "bolig år:",          "bolig år:..",
        "bolig år:2022..2017", "bolig dato:2024-13", "bolig år:2017x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        memset(&e, 0, sizeof e);
        assert_int_equal(qry_build(&env, bad[i], strlen(bad[i]), &o, &e),
                         ERR_INVAL);
        assert_non_null(strstr(e.msg, "date"));
        qry_out_fini(&o);
    }
    txt_stemmer_free(st);
}

static void test_typographic_quotes(void **state)
{
    (void)state;
    static const char *const qs[] = {
        "\"skæve boliger\"",
        "\xe2\x80\x9eskæve boliger\xe2\x80\x9c",
        "\xe2\x80\x9cskæve boliger\xe2\x80\x9d",
        "\xc2\xabskæve boliger\xc2\xbb",
    };
    for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
        struct qry_parse_out p;
        assert_int_equal(qry_parse(qs[i], strlen(qs[i]), &p, NULL), ERR_OK);
        assert_non_null(p.root);
        assert_int_equal(p.root->kind, AST_PHRASE);
        assert_int_equal(p.root->nkids, 2);
        assert_int_equal(p.root->kids[1]->len, strlen("boliger"));
        assert_memory_equal(p.root->kids[1]->text, "boliger", 7);
        qry_parse_out_fini(&p);
    }
    /* a right single quote is no phrase mark: one word */
    const char *q = "\xe2\x80\x99"
                    "bolig";
    struct qry_parse_out p;
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    assert_int_equal(p.root->kind, AST_WORD);
    qry_parse_out_fini(&p);
}

/* A field keeps a phrase across inflections: title:~"…" (the query
 * torture test compares "…" with ~"…" in a field). */
static void test_field_inflected_phrase(void **state)
{
    (void)state;
    static const char *const qs[] = {"title:~\"skæve boliger\"",
                                     "title:\"skæve boliger\""};
    for (size_t i = 0; i < 2; i++) {
        struct qry_parse_out p;
        assert_int_equal(qry_parse(qs[i], strlen(qs[i]), &p, NULL), ERR_OK);
        assert_non_null(p.root);
        assert_int_equal(p.root->kind, AST_PHRASE);
        assert_int_equal(p.root->field, FIELD_TITLE);
        assert_int_equal(p.root->inflect, i == 0);
        assert_int_equal(p.root->nkids, 2);
        qry_parse_out_fini(&p);
    }
}

/* a NEAR b: one AST_NEAR of words, default window 10; a chain is one
 * NEAR; lower case near is a word; NEAR binds tighter than AND/OR. */
static void test_near(void **state)
{
    (void)state;
    struct qry_parse_out p;
    const char *q = "hjemløse NEAR herberg";
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    assert_int_equal(p.root->kind, AST_NEAR);
    assert_int_equal(p.root->window, QRY_NEAR_DEFAULT);
    assert_int_equal(p.root->nkids, 2);
    assert_int_equal(p.root->kids[1]->kind, AST_WORD);
    assert_memory_equal(p.root->kids[1]->text, "herberg", 7);
    qry_parse_out_fini(&p);
    q = "a NEAR/3 b NEAR/3 c OR d";
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    assert_int_equal(p.root->kind, AST_OR);
    assert_int_equal(p.root->kids[0]->kind, AST_NEAR);
    assert_int_equal(p.root->kids[0]->window, 3);
    assert_int_equal(p.root->kids[0]->nkids, 3);
    qry_parse_out_fini(&p);
    q = "a NEAR/1 b NEAR/100 c";
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_INVAL);
    q = "a NEAR/100 \"b\"";
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    assert_int_equal(p.root->window, 100);
    assert_int_equal(p.root->kids[1]->exact, 1);
    qry_parse_out_fini(&p);
    q = "bolig near herberg";
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    assert_int_equal(p.root->kind, AST_OR);
    assert_int_equal(p.root->nkids, 3);
    qry_parse_out_fini(&p);
    /* NEARBY is a word, NEAR/x an error */
    q = "NEARBY a";
    assert_int_equal(qry_parse(q, strlen(q), &p, NULL), ERR_OK);
    qry_parse_out_fini(&p);
    static const char *const bad[] = {
        "a NEAR/0 b",
        "a NEAR/101 b",
        "a NEAR/999999 b",
        "a NEAR/99999999999999999999999 b",
        "a NEAR/ b",
        "a NEAR/x b",
        "a NEAR/3x b",
        "a NEAR/-1 b",
        "NEAR",
        "NEAR NEAR",
        "a NEAR",
        "a NEAR NEAR b",
        "NEAR a",
        "a NEAR \"b c\"",
        "a NEAR (b c)",
        "a NEAR b*",
        "a NEAR title:b",
        "a NEAR -b",
        "(a NEAR) b",
        "a NEAR § 107",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct err e;
        int rc = qry_parse(bad[i], strlen(bad[i]), &p, &e);
        if (rc != ERR_INVAL)
            print_error("accepted: %s\n", bad[i]);
        assert_int_equal(rc, ERR_INVAL);
        assert_null(p.root);
        assert_true(strlen(e.msg) > 0);
    }
    struct err e;
    q = "a NEAR/999999 b";
    assert_int_equal(qry_parse(q, strlen(q), &p, &e), ERR_INVAL);
    assert_non_null(strstr(e.msg, "from 1 to 100"));
    /* 17 words: past the phrase limit */
    q = "a NEAR b NEAR c NEAR d NEAR e NEAR f NEAR g NEAR h NEAR i NEAR j "
        "NEAR k NEAR l NEAR m NEAR n NEAR o NEAR p NEAR q";
    assert_int_equal(qry_parse(q, strlen(q), &p, &e), ERR_LIMIT);
}

/* The tree: a NEAR of the words' exact terms (no vocabulary here), the
 * window as typed, the words highlighted. */
static void test_near_tree(void **state)
{
    (void)state;
    struct txt_stemmer *st = txt_stemmer_new(NULL);
    assert_non_null(st);
    struct qry_env env = {.stemmer = st};
    struct qry_out o;
    const char *q = "Hjemløse NEAR/4 herberg";
    assert_int_equal(qry_build(&env, q, strlen(q), &o, NULL), ERR_OK);
    assert_int_equal(o.root->op, XAP_Q_NEAR);
    assert_int_equal(o.root->window, 4);
    assert_int_equal(o.root->nkids, 2);
    assert_int_equal(o.root->kids[0]->op, XAP_Q_TERM);
    assert_string_equal(o.root->kids[0]->term, "hjemløse");
    assert_string_equal(o.root->kids[1]->term, "herberg");
    assert_true(qry_match(&o, TXT_EXACT, "herberg", strlen("herberg")));
    qry_out_fini(&o);
    txt_stemmer_free(st);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parser_records_filters),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_date_filters),
        cmocka_unit_test(test_typographic_quotes),
        cmocka_unit_test(test_field_inflected_phrase),
        cmocka_unit_test(test_near),
        cmocka_unit_test(test_near_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
