/* SPDX-License-Identifier: GPL-2.0-or-later */
/* xap_util.h - what the lib/xap unit tests on a small index share
 * (test_xap.c, test_xap_phrase.c, test_xap_index.c): the four test
 * documents, the index built from them in a temporary folder (setup,
 * teardown), query trees built by hand, and a search returning the ids
 * found. Include after <cmocka.h>. */
#ifndef REFERAT_TESTS_XAP_UTIL_H
#define REFERAT_TESTS_XAP_UTIL_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xap/schema.h"
#include "xap/xap.h"

static char tmpdir[256];
static char dbpath[300];

/* A test document: words at positions 1.., a council, a date. */
static const struct tdoc {
    const char *id, *words, *council, *date;
} docs[] = {
    {"d1", "hjemløse i herning tælling", "herning", "20171006"},
    {"d2", "tælling af hjemløse", "odense", "20171130"},
    {"d3", "rusmiddel behandling herning hjemmet", "herning", "20220824"},
    {"d4", "psykiatri og rusmiddel hjemløs", "region", "20240619"},
};
#define NDOCS (sizeof docs / sizeof docs[0])

static inline void add_tdoc(xap_wdb *w, const struct tdoc *t)
{
    struct err e = {0};
    xap_doc *d = xap_doc_new(&e);
    assert_non_null(d);
    char buf[256];
    snprintf(buf, sizeof buf, "%s", t->words);
    uint32_t pos = 0;
    for (char *save = NULL, *w1 = strtok_r(buf, " ", &save); w1 != NULL;
         w1 = strtok_r(NULL, " ", &save))
        assert_int_equal(
            xap_doc_add_posting(d, w1, strlen(w1), ++pos, WDF_BODY, &e),
            ERR_OK);
    char term[64];
    snprintf(term, sizeof term, "%s%s", PFX_ID, t->id);
    assert_int_equal(xap_doc_add_boolean(d, term, strlen(term), &e), ERR_OK);
    snprintf(term, sizeof term, "%s%s", PFX_COUNCIL, t->council);
    assert_int_equal(xap_doc_add_boolean(d, term, strlen(term), &e), ERR_OK);
    assert_int_equal(xap_doc_set_value(d, SLOT_DATE, t->date, 8, &e), ERR_OK);
    assert_int_equal(xap_doc_set_value(d, SLOT_YEAR, t->date, 4, &e), ERR_OK);
    assert_int_equal(
        xap_doc_set_value(d, SLOT_COUNCIL, t->council, strlen(t->council), &e),
        ERR_OK);
    snprintf(buf, sizeof buf, "{\"id\":\"%s\"}", t->id);
    assert_int_equal(xap_doc_set_data(d, buf, strlen(buf), &e), ERR_OK);
    assert_int_equal(xap_wdb_add(w, d, &e), ERR_OK);
    xap_doc_free(d);
}

static inline int setup(void **state)
{
    (void)state;
    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/test_xap.XXXXXX",
             t != NULL && *t ? t : "/tmp");
    if (mkdtemp(tmpdir) == NULL)
        return -1;
    snprintf(dbpath, sizeof dbpath, "%s/db", tmpdir);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(dbpath, 0, &e);
    if (w == NULL)
        return -1;
    xap_wdb_begin(w, &e);
    for (size_t i = 0; i < NDOCS; i++)
        add_tdoc(w, &docs[i]);
    xap_wdb_set_metadata(w, META_SCHEMA, INDEX_SCHEMA_VERSION, &e);
    int rc = xap_wdb_commit(w, &e);
    xap_wdb_close(w);
    return rc;
}

static inline int teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

/* ---- Query trees ------------------------------------------------------- */

static inline struct xap_qnode *qn_new(enum xap_qop op)
{
    struct xap_qnode *n = calloc(1, sizeof *n);
    assert_non_null(n);
    n->op = op;
    return n;
}

static inline struct xap_qnode *qterm(const char *t)
{
    struct xap_qnode *n = qn_new(XAP_Q_TERM);
    n->term = strdup(t);
    n->len = strlen(t);
    return n;
}

/* An operator node over NULL-terminated kids. */
static inline struct xap_qnode *qop(enum xap_qop op, ...)
{
    struct xap_qnode *n = qn_new(op);
    va_list ap;
    va_start(ap, op);
    for (struct xap_qnode *k; (k = va_arg(ap, struct xap_qnode *)) != NULL;) {
        n->kids = realloc(n->kids, (n->nkids + 1) * sizeof *n->kids);
        assert_non_null(n->kids);
        n->kids[n->nkids++] = k;
    }
    va_end(ap);
    return n;
}

static inline void qfree(struct xap_qnode *n)
{
    if (n == NULL)
        return;
    for (size_t i = 0; i < n->nkids; i++)
        qfree(n->kids[i]);
    free(n->kids);
    free(n->term);
    free(n);
}

/* Run `q` (freed here) and return the matching ids, sorted, joined by
 * spaces in `out`; the return code of xap_search. */
static inline int search_ids_in(const char *path, struct xap_qnode *q,
                                struct xap_search_req *req, char *out,
                                size_t cap, struct err *e)
{
    xap_db *db = xap_db_open(path, e);
    assert_non_null(db);
    struct xap_search_req def = {0};
    if (req == NULL)
        req = &def;
    req->query = q;
    if (req->limit == 0)
        req->limit = 10;
    struct xap_results *r = NULL;
    int rc = xap_search(db, req, &r, e);
    out[0] = '\0';
    if (rc == ERR_OK) {
        /* ids are d1..d9: sort by the digit */
        char ids[10] = {0};
        for (size_t i = 0; i < r->nhits; i++) {
            const char *p = strstr(r->hits[i].data, "\"d");
            assert_non_null(p);
            ids[p[2] - '0'] = 1;
        }
        for (int i = 0; i < 10; i++)
            if (ids[i]) {
                size_t l = strlen(out);
                snprintf(out + l, cap - l, "%sd%d", l ? " " : "", i);
            }
        xap_results_free(r);
    }
    qfree(q);
    xap_db_close(db);
    return rc;
}

#endif
