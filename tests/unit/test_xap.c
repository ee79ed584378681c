/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_xap.c - lib/xap's queries against a real Xapian index in a
 * temporary folder: every query operator, phrases and NEAR, wildcards,
 * filters, facets and paging, malformed query trees, the deadline. The
 * index handles are test_xap_index.c's, the phrase checks on word
 * streams test_xap_phrase.c's (helpers: xap_util.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"
#include "xap_util.h"

static struct xap_qnode *qwild(const char *t)
{
    struct xap_qnode *n = qterm(t);
    n->op = XAP_Q_WILDCARD;
    return n;
}

static int search_ids(struct xap_qnode *q, struct xap_search_req *req,
                      char *out, size_t cap, struct err *e)
{
    return search_ids_in(dbpath, q, req, out, cap, e);
}

static void expect_ids(struct xap_qnode *q, const char *want)
{
    char got[64];
    struct err e = {0};
    assert_int_equal(search_ids(q, NULL, got, sizeof got, &e), ERR_OK);
    assert_string_equal(got, want);
}

static void test_terms_and_operators(void **state)
{
    (void)state;
    expect_ids(qterm("hjemløse"), "d1 d2");
    expect_ids(qterm("ingenting"), "");
    expect_ids(qop(XAP_Q_AND, qterm("herning"), qterm("rusmiddel"), NULL),
               "d3");
    expect_ids(qop(XAP_Q_OR, qterm("psykiatri"), qterm("tælling"), NULL),
               "d1 d2 d4");
    expect_ids(qop(XAP_Q_AND_NOT, qterm("herning"), qterm("rusmiddel"), NULL),
               "d1");
    expect_ids(qop(XAP_Q_AND_MAYBE, qterm("rusmiddel"), qterm("herning"), NULL),
               "d3 d4");
    expect_ids(qop(XAP_Q_SYNONYM, qterm("hjemløse"), qterm("hjemløs"), NULL),
               "d1 d2 d4");
    expect_ids(qop(XAP_Q_FILTER, qterm("rusmiddel"), qterm("XCregion"), NULL),
               "d4");
    struct xap_qnode *s = qop(XAP_Q_SCALE, qterm("herning"), NULL);
    s->scale = 2.5;
    expect_ids(s, "d1 d3");
}

static void test_phrase_and_near(void **state)
{
    (void)state;
    expect_ids(qop(XAP_Q_PHRASE, qterm("tælling"), qterm("af"),
                   qterm("hjemløse"), NULL),
               "d2");
    expect_ids(qop(XAP_Q_PHRASE, qterm("hjemløse"), qterm("i"), NULL), "d1");
    /* the words of d1 in the wrong order are no phrase */
    expect_ids(qop(XAP_Q_PHRASE, qterm("i"), qterm("hjemløse"), NULL), "");
    struct xap_qnode *n =
        qop(XAP_Q_NEAR, qterm("tælling"), qterm("hjemløse"), NULL);
    n->window = 3;
    expect_ids(n, "d2");
    n = qop(XAP_Q_NEAR, qterm("tælling"), qterm("hjemløse"), NULL);
    n->window = 4;
    expect_ids(n, "d1 d2");
}

/* Phrases inside other operators: an OR of forms as one word, a phrase
 * as one child of a synonym (weighed as an AND, matched in order), the
 * field of a phrase, and fields mixed in one phrase. */
static void test_phrase_in_operators(void **state)
{
    (void)state;
    expect_ids(qop(XAP_Q_PHRASE,
                   qop(XAP_Q_OR, qterm("hjemløs"), qterm("hjemløse"), NULL),
                   qterm("i"), NULL),
               "d1");
    expect_ids(qop(XAP_Q_SYNONYM, qterm("psykiatri"),
                   qop(XAP_Q_PHRASE, qterm("tælling"), qterm("af"), NULL),
                   NULL),
               "d2 d4");
    expect_ids(qop(XAP_Q_SYNONYM, qterm("psykiatri"),
                   qop(XAP_Q_PHRASE, qterm("i"), qterm("hjemløse"), NULL),
                   NULL),
               "d4");
    expect_ids(qop(XAP_Q_OR, qterm("psykiatri"),
                   qop(XAP_Q_PHRASE, qterm("herning"), qterm("tælling"), NULL),
                   NULL),
               "d1 d4");
    expect_ids(qop(XAP_Q_AND_NOT, qterm("hjemløse"),
                   qop(XAP_Q_PHRASE, qterm("af"), qterm("hjemløse"), NULL),
                   NULL),
               "d1");
    /* the test documents have body words only: no title phrase */
    expect_ids(qop(XAP_Q_PHRASE, qterm("Shjemløse"), qterm("Si"), NULL), "");
    char got[64];
    struct err e = {0};
    assert_int_equal(
        search_ids(qop(XAP_Q_PHRASE, qterm("hjemløse"), qterm("Si"), NULL),
                   NULL, got, sizeof got, &e),
        ERR_INVAL);
    assert_non_null(strstr(e.msg, "mixes fields"));
}

static void test_wildcard_limit(void **state)
{
    (void)state;
    /* "hjem" expands to hjemløse, hjemløs, hjemmet */
    struct xap_search_req req = {.max_expansion = 3};
    char got[64];
    struct err e = {0};
    assert_int_equal(search_ids(qwild("hjem"), &req, got, sizeof got, &e),
                     ERR_OK);
    assert_string_equal(got, "d1 d2 d3 d4");
    struct xap_search_req tight = {.max_expansion = 2};
    assert_int_equal(search_ids(qwild("hjem"), &tight, got, sizeof got, &e),
                     ERR_LIMIT);
    assert_non_null(strstr(e.msg, "wildcard"));
    assert_non_null(strstr(e.msg, "hjem"));
    /* inside an AND and a phrase-free OR too */
    assert_int_equal(
        search_ids(qop(XAP_Q_OR, qterm("psykiatri"), qwild("hjem"), NULL),
                   &tight, got, sizeof got, &e),
        ERR_LIMIT);
    struct xap_search_req one = {.max_expansion = 1};
    assert_int_equal(search_ids(qwild("hjemm"), &one, got, sizeof got, &e),
                     ERR_OK);
    assert_string_equal(got, "d3");
}

static void test_filters_and_dates(void **state)
{
    (void)state;
    char got[64];
    struct err e = {0};
    const char *herning[] = {"XCherning"};
    struct xap_search_req req = {.filter_terms = herning, .nfilter_terms = 1};
    assert_int_equal(
        search_ids(qop(XAP_Q_OR, qterm("hjemløse"), qterm("rusmiddel"), NULL),
                   &req, got, sizeof got, &e),
        ERR_OK);
    assert_string_equal(got, "d1 d3");

    struct xap_search_req y2017 = {.date_from = "20170101",
                                   .date_to = "20171231"};
    assert_int_equal(search_ids(qwild("hjem"), &y2017, got, sizeof got, &e),
                     ERR_OK);
    assert_string_equal(got, "d1 d2");
    struct xap_search_req from = {.date_from = "20171101"};
    assert_int_equal(search_ids(qwild("hjem"), &from, got, sizeof got, &e),
                     ERR_OK);
    assert_string_equal(got, "d2 d3 d4");
    struct xap_search_req to = {.date_to = "20171006"};
    assert_int_equal(search_ids(qwild("hjem"), &to, got, sizeof got, &e),
                     ERR_OK);
    assert_string_equal(got, "d1");
    /* both: a filter term and a range */
    struct xap_search_req both = {
        .filter_terms = herning, .nfilter_terms = 1, .date_from = "20200101"};
    assert_int_equal(search_ids(qwild("hjem"), &both, got, sizeof got, &e),
                     ERR_OK);
    assert_string_equal(got, "d3");

    struct xap_search_req bad = {.date_from = "2017-01-01"};
    assert_int_equal(search_ids(qterm("herning"), &bad, got, sizeof got, &e),
                     ERR_INVAL);
    const char *empty[] = {""};
    struct xap_search_req badf = {.filter_terms = empty, .nfilter_terms = 1};
    assert_int_equal(search_ids(qterm("herning"), &badf, got, sizeof got, &e),
                     ERR_INVAL);
}

static void test_facets_and_paging(void **state)
{
    (void)state;
    struct err e = {0};
    xap_db *db = xap_db_open(dbpath, &e);
    assert_non_null(db);
    assert_int_equal(xap_db_doccount(db), NDOCS);
    struct xap_qnode *q = qwild("hjem");
    struct xap_search_req req = {.query = q,
                                 .limit = 2,
                                 .facets = 1,
                                 .check_at_least = xap_db_doccount(db),
                                 .bm25_k1 = 1.2,
                                 .bm25_b = 0.75};
    struct xap_results *r = NULL;
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
    assert_int_equal(r->nhits, 2);
    assert_int_equal(r->estimated, 4);
    assert_int_equal(r->lower, 4);
    assert_int_equal(r->upper, 4);
    assert_true(r->hits[0].score >= r->hits[1].score);
    uint32_t sum = 0;
    for (size_t i = 0; i < r->ncouncils; i++)
        sum += r->councils[i].count;
    assert_int_equal(sum, r->estimated);
    assert_int_equal(r->ncouncils, 3);
    assert_string_equal(r->councils[0].value, "herning"); /* 2: first */
    assert_int_equal(r->councils[0].count, 2);
    sum = 0;
    for (size_t i = 0; i < r->nyears; i++)
        sum += r->years[i].count;
    assert_int_equal(sum, r->estimated);
    assert_int_equal(r->nyears, 3);
    assert_string_equal(r->years[0].value, "2017"); /* ascending */
    assert_int_equal(r->years[0].count, 2);
    assert_string_equal(r->years[2].value, "2024");
    xap_results_free(r);

    /* a page past the end: no hits, the totals and facets still there */
    req.offset = 4000000000u;
    req.limit = 4000000000u;
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
    assert_int_equal(r->nhits, 0);
    assert_int_equal(r->ncouncils, 3);
    xap_results_free(r);
    req.offset = 3;
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
    assert_int_equal(r->nhits, 1);
    xap_results_free(r);
    /* counts only: no page, the facets still cover every match */
    req.offset = 0;
    req.limit = 0;
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
    assert_int_equal(r->nhits, 0);
    assert_int_equal(r->estimated, 4);
    sum = 0;
    for (size_t i = 0; i < r->ncouncils; i++)
        sum += r->councils[i].count;
    assert_int_equal(sum, 4);
    xap_results_free(r);
    qfree(q);
    xap_db_close(db);
}

static void test_malformed_trees(void **state)
{
    (void)state;
    char got[64];
    struct err e = {0};
    /* an AND without children */
    assert_int_equal(search_ids(qn_new(XAP_Q_AND), NULL, got, sizeof got, &e),
                     ERR_INVAL);
    /* children announced but missing */
    struct xap_qnode missing = {.op = XAP_Q_OR, .nkids = 3};
    struct xap_search_req req = {.query = &missing, .limit = 10};
    struct xap_results *r = NULL;
    xap_db *db = xap_db_open(dbpath, &e);
    assert_non_null(db);
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_INVAL);
    assert_null(r);
    struct xap_qnode *nullkid[] = {NULL};
    missing.kids = nullkid;
    missing.nkids = 1;
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_INVAL);
    req.query = NULL;
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_INVAL);
    xap_db_close(db);
    /* a term without text */
    assert_int_equal(search_ids(qn_new(XAP_Q_TERM), NULL, got, sizeof got, &e),
                     ERR_INVAL);
    /* AND_NOT with one child, phrase over a non-term */
    assert_int_equal(search_ids(qop(XAP_Q_AND_NOT, qterm("a"), NULL), NULL, got,
                                sizeof got, &e),
                     ERR_INVAL);
    assert_int_equal(search_ids(qop(XAP_Q_PHRASE, qterm("a"),
                                    qop(XAP_Q_AND, qterm("b"), NULL), NULL),
                                NULL, got, sizeof got, &e),
                     ERR_INVAL);
    /* a negative scale; an unknown operator */
    struct xap_qnode *s = qop(XAP_Q_SCALE, qterm("herning"), NULL);
    s->scale = -1;
    assert_int_equal(search_ids(s, NULL, got, sizeof got, &e), ERR_INVAL);
    /* a date range that is no FROM..TO of YYYYMMDD */
    static const char *const dates[] = {"..",         "20170101",
                                        "2017..2018", "20170101..20171",
                                        "2017010x..", "201701011..20171231"};
    for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
        struct xap_qnode *d = qterm(dates[i]);
        d->op = XAP_Q_DATES;
        assert_int_equal(
            search_ids(qop(XAP_Q_FILTER, qterm("herning"), d, NULL), NULL, got,
                       sizeof got, &e),
            ERR_INVAL);
    }
    struct xap_qnode *u = qterm("herning");
    u->op = (enum xap_qop)99;
    assert_int_equal(search_ids(u, NULL, got, sizeof got, &e), ERR_INVAL);

    /* depth: 63 nested ANDs over a term are fine, 64 are not */
    for (int depth = 63; depth <= 64; depth++) {
        struct xap_qnode *q = qterm("herning");
        for (int i = 0; i < depth; i++)
            q = qop(XAP_Q_AND, q, NULL);
        int rc = search_ids(q, NULL, got, sizeof got, &e);
        if (depth == 63) {
            assert_int_equal(rc, ERR_OK);
            assert_string_equal(got, "d1 d3");
        } else {
            assert_int_equal(rc, ERR_INVAL);
            assert_non_null(strstr(e.msg, "deeper"));
        }
    }
    struct xap_search_req bad = {.bm25_b = 2};
    assert_int_equal(search_ids(qterm("herning"), &bad, got, sizeof got, &e),
                     ERR_INVAL);
}

/* A deadline: one already passed or a cancelled search is ERR_TIMEOUT;
 * a far one changes nothing. */
static void test_deadline(void **state)
{
    (void)state;
    char got[64], want[64];
    struct err e = {0};
    assert_int_equal(search_ids(qwild("hjem"), NULL, want, sizeof want, &e),
                     ERR_OK);
    assert_true(want[0] != '\0');
    int cancel = 0;
    struct deadline far = {deadline_now_ms() + 3.6e6, &cancel};
    struct xap_search_req req = {.deadline = &far};
    assert_int_equal(search_ids(qwild("hjem"), &req, got, sizeof got, &e),
                     ERR_OK);
    assert_string_equal(got, want);
    struct deadline past = {deadline_now_ms() - 1, NULL};
    req.deadline = &past;
    assert_int_equal(search_ids(qwild("hjem"), &req, got, sizeof got, &e),
                     ERR_TIMEOUT);
    /* cancelled, with or without a time limit: stopped at the first
     * candidate (a phrase checked by the decider too) */
    cancel = 1;
    struct deadline none = {0, &cancel};
    struct deadline *ds[] = {&far, &none};
    for (size_t i = 0; i < 2; i++) {
        req.deadline = ds[i];
        assert_int_equal(search_ids(qwild("hjem"), &req, got, sizeof got, &e),
                         ERR_TIMEOUT);
        assert_int_equal(
            search_ids(qop(XAP_Q_PHRASE, qterm("hjemløse"), qterm("i"), NULL),
                       &req, got, sizeof got, &e),
            ERR_TIMEOUT);
    }
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_terms_and_operators),
        cmocka_unit_test(test_phrase_and_near),
        cmocka_unit_test(test_phrase_in_operators),
        cmocka_unit_test(test_wildcard_limit),
        cmocka_unit_test(test_filters_and_dates),
        cmocka_unit_test(test_facets_and_paging),
        cmocka_unit_test(test_malformed_trees),
        cmocka_unit_test(test_deadline),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
