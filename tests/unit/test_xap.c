/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_xap.c - lib/xap against a real Xapian index in a temporary
 * folder: writing, every query operator, filters, facets, stored data,
 * metadata, reopen, the writer lock and malformed query trees. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

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

static void add_tdoc(xap_wdb *w, const struct tdoc *t)
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

static int setup(void **state)
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

static int teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

/* ---- Query trees ------------------------------------------------------- */

static struct xap_qnode *qn_new(enum xap_qop op)
{
    struct xap_qnode *n = calloc(1, sizeof *n);
    assert_non_null(n);
    n->op = op;
    return n;
}

static struct xap_qnode *qterm(const char *t)
{
    struct xap_qnode *n = qn_new(XAP_Q_TERM);
    n->term = strdup(t);
    n->len = strlen(t);
    return n;
}

static struct xap_qnode *qwild(const char *t)
{
    struct xap_qnode *n = qterm(t);
    n->op = XAP_Q_WILDCARD;
    return n;
}

/* An operator node over NULL-terminated kids. */
static struct xap_qnode *qop(enum xap_qop op, ...)
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

static void qfree(struct xap_qnode *n)
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
static int search_ids_in(const char *path, struct xap_qnode *q,
                         struct xap_search_req *req, char *out, size_t cap,
                         struct err *e)
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

/* A Xapian stub naming two plain databases (issue 15): each numbers its
 * own words, Xapian interleaves their ids (shard a's 1 and 2 are 1 and 3,
 * b's 1, 2, 3 are 2, 4, 6) and gives a phrase's posting source one shard
 * with its local ids. Phrases were resolved in the first shard's table:
 * "udsatte borgere" gave {1} (ids d1 d4 wanted), with streams in memory
 * {1, 2}. Now both paths - required at the root, and inside OR - with and
 * without streams in memory, and NEAR, answer as one database would. */
static void test_stub_of_shards(void **state)
{
    (void)state;
    static const struct tdoc a[] = {
        {"d1", "udsatte borgere i byen", "lindholm", "20220309"},
        {"d3", "borgere på herberget og udsatte unge", "lindholm", "20220309"},
    };
    static const struct tdoc b[] = {
        {"d2", "budget vej borgere klagede over udsatte projekter", "bakkeby",
         "20230614"},
        {"d4", "boliger til socialt udsatte borgere", "bakkeby", "20230614"},
        {"d5", "udsatte og borgere", "bakkeby", "20230614"},
    };
    const struct tdoc *shards[] = {a, b};
    size_t sizes[] = {2, 3};
    char stub[400], path[2][320];
    struct err e = {0};
    snprintf(stub, sizeof stub, "%s/two.stub", tmpdir);
    FILE *f = fopen(stub, "w");
    assert_non_null(f);
    for (int k = 0; k < 2; k++) {
        snprintf(path[k], sizeof path[k], "%s/shard-%c", tmpdir, 'a' + k);
        xap_wdb *w = xap_wdb_open(path[k], 0, &e);
        assert_non_null(w);
        for (size_t i = 0; i < sizes[k]; i++)
            add_tdoc(w, &shards[k][i]);
        assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
        xap_wdb_close(w);
        fprintf(f, "auto %s\n", path[k]);
    }
    fclose(f);
    xap_db *db = xap_db_open(stub, &e);
    assert_non_null(db);
    struct xap_word_src *mem = xap_word_src_build(db, 1 << 20, &e);
    assert_non_null(mem);
    for (int m = 0; m < 2; m++) {
        struct xap_search_req req = {0};
        req.word_src = m ? mem : NULL;
        char got[64];
        static const struct {
            uint32_t window; /* 0: a phrase */
            int in_or;       /* inside OR budget */
            const char *want;
        } cases[] = {
            {0, 0, "d1 d4"},    {0, 1, "d1 d2 d4"},    {2, 0, "d1 d4"},
            {3, 0, "d1 d4 d5"}, {4, 0, "d1 d2 d4 d5"},
        };
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            struct xap_qnode *q =
                qop(cases[i].window ? XAP_Q_NEAR : XAP_Q_PHRASE,
                    qterm("udsatte"), qterm("borgere"), NULL);
            q->window = cases[i].window;
            if (cases[i].in_or)
                q = qop(XAP_Q_OR, q, qterm("budget"), NULL);
            req.limit = 0;
            assert_int_equal(search_ids_in(stub, q, &req, got, sizeof got, &e),
                             ERR_OK);
            assert_string_equal(got, cases[i].want);
        }
        /* words only the second shard has */
        req.limit = 0;
        assert_int_equal(search_ids_in(stub,
                                       qop(XAP_Q_PHRASE, qterm("borgere"),
                                           qterm("klagede"), NULL),
                                       &req, got, sizeof got, &e),
                         ERR_OK);
        assert_string_equal(got, "d2");
    }
    xap_word_src_free(mem);
    xap_db_close(db);
}

/* An index whose word streams are of another format (META_WSTREAM) is
 * refused with a clear error, never read as words. */
static void test_wstream_version_refused(void **state)
{
    (void)state;
    char path[320], got[64];
    struct err e = {0};
    snprintf(path, sizeof path, "%s/wstream-v2", tmpdir);
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    add_tdoc(w, &docs[0]);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    assert_int_equal(xap_wdb_set_metadata(w, META_WSTREAM, "2", &e), ERR_OK);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    struct xap_search_req req = {0};
    assert_int_equal(
        search_ids_in(path,
                      qop(XAP_Q_PHRASE, qterm("hjemløse"), qterm("i"), NULL),
                      &req, got, sizeof got, &e),
        ERR_BACKEND);
    assert_non_null(strstr(e.msg, "word stream format <2>"));
    /* searches without a phrase still work */
    req.limit = 0;
    assert_int_equal(
        search_ids_in(path, qterm("hjemløse"), &req, got, sizeof got, &e),
        ERR_OK);
    assert_string_equal(got, "d1");
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

/* A phrase inside OR with a word that has postings but no position (a
 * compound's part: "hjemløs" only inside "hjemløsetælling") can match
 * nothing; its posting source must end without breaking Xapian's
 * contract (issue 12: check() false at the end, then SIGSEGV in
 * libxapian), from memory and from the value slot alike. */
static void test_phrase_word_without_position(void **state)
{
    (void)state;
    char path[320];
    snprintf(path, sizeof path, "%s/db-nopos", tmpdir);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    for (int i = 0; i < 20; i++) {
        xap_doc *d = xap_doc_new(&e);
        assert_non_null(d);
        assert_int_equal(
            xap_doc_add_term(d, "hjemløs", strlen("hjemløs"), 1, &e), ERR_OK);
        assert_int_equal(
            xap_doc_add_posting(d, "tælling", strlen("tælling"), 1, 1, &e),
            ERR_OK);
        if (i % 2 == 0)
            assert_int_equal(
                xap_doc_add_posting(d, "borgere", strlen("borgere"), 2, 1, &e),
                ERR_OK);
        assert_int_equal(xap_doc_set_data(d, "{}", 2, &e), ERR_OK);
        assert_int_equal(xap_wdb_add(w, d, &e), ERR_OK);
        xap_doc_free(d);
    }
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    xap_word_src *mem = xap_word_src_build(db, 1 << 20, &e);
    assert_non_null(mem);
    for (int m = 0; m < 2; m++) {
        struct xap_qnode *q = qop(
            XAP_Q_OR, qterm("hjemløs"), qterm("borgere"),
            qop(XAP_Q_PHRASE, qterm("hjemløs"), qterm("borgere"), NULL),
            qop(XAP_Q_PHRASE, qterm("tælling"), qterm("borgere"), NULL), NULL);
        struct xap_search_req req = {.query = q,
                                     .limit = 100,
                                     .check_at_least = 100,
                                     .word_src = m ? mem : NULL};
        struct xap_results *r = NULL;
        assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
        assert_int_equal(r->nhits, 20);
        xap_results_free(r);
        qfree(q);
    }
    xap_word_src_free(mem);
    xap_db_close(db);
}

/* Random documents over six words, with a title (prefix S) on the first
 * positions and now and then a second word at one position: every
 * phrase of two or three words must match exactly the documents a brute
 * force finds. */
#define BF_DOCS  400
#define BF_WORDS 6
#define BF_LEN   24
#define BF_TITLE 4

struct bf_doc {
    int w[BF_LEN], w2[BF_LEN]; /* w2: a second word there, or -1 */
};

static int bf_has(const struct bf_doc *d, const int *ph, int n, int title)
{
    int last = title ? BF_TITLE : BF_LEN;
    for (int s = 0; s + n <= last; s++) {
        int j = 0;
        for (; j < n; j++)
            if (d->w[s + j] != ph[j] && d->w2[s + j] != ph[j])
                break;
        if (j == n)
            return 1;
    }
    return 0;
}

static void test_phrase_brute_force(void **state)
{
    (void)state;
    static const char *words[BF_WORDS] = {"og",    "børn", "unge",
                                          "bolig", "i",    "herning"};
    static struct bf_doc bd[BF_DOCS];
    char path[400], t[64];
    snprintf(path, sizeof path, "%s/phrases", tmpdir);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    unsigned seed = 12345;
    for (int i = 0; i < BF_DOCS; i++) {
        xap_doc *d = xap_doc_new(&e);
        assert_non_null(d);
        for (int p = 0; p < BF_LEN; p++) {
            bd[i].w[p] =
                (int)((seed = seed * 1103515245u + 12345u) >> 16) % BF_WORDS;
            bd[i].w2[p] =
                ((seed >> 8) & 15) == 0 ? (int)((seed >> 20) % BF_WORDS) : -1;
            for (int k = 0; k < 2; k++) {
                int x = k == 0 ? bd[i].w[p] : bd[i].w2[p];
                if (x < 0)
                    continue;
                const char *wd = words[x];
                assert_int_equal(xap_doc_add_posting(d, wd, strlen(wd),
                                                     (uint32_t)p + 1, 1, &e),
                                 ERR_OK);
                if (p < BF_TITLE) {
                    snprintf(t, sizeof t, "S%s", wd);
                    assert_int_equal(xap_doc_add_posting(d, t, strlen(t),
                                                         (uint32_t)p + 1, 1,
                                                         &e),
                                     ERR_OK);
                }
            }
        }
        /* every word in every document, apart: the phrase check may
         * then lead the AND (equal frequencies) and walk on its own */
        for (int k = 0; k < BF_WORDS; k++)
            assert_int_equal(xap_doc_add_posting(d, words[k], strlen(words[k]),
                                                 100 + 2 * (uint32_t)k, 1, &e),
                             ERR_OK);
        snprintf(t, sizeof t, "{\"id\":%d}", i);
        assert_int_equal(xap_doc_set_data(d, t, strlen(t), &e), ERR_OK);
        assert_int_equal(xap_wdb_add(w, d, &e), ERR_OK);
        xap_doc_free(d);
    }
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);

    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    xap_word_src *mem = xap_word_src_build(db, (size_t)1 << 20, &e);
    assert_non_null(mem);
    assert_true(xap_word_src_bytes(mem) > BF_DOCS * BF_LEN);
    xap_word_src *small = xap_word_src_build(db, 100, &e);
    assert_null(small);
    assert_int_equal(e.code, ERR_LIMIT);
    int checked = 0;
    for (int n = 2; n <= 3; n++) {
        for (int code = 0; code < BF_WORDS * BF_WORDS * BF_WORDS; code++) {
            int ph[3] = {code % BF_WORDS, code / BF_WORDS % BF_WORDS,
                         code / (BF_WORDS * BF_WORDS)};
            if (n == 2 && ph[2] != 0)
                continue;
            for (int form = 0; form < 8; form++) {
                int title = form & 1;
                /* form & 2: the phrase inside an OR, so checked as a
                 * posting source, not lazily as the query's own; form &
                 * 4: word streams from memory */
                struct xap_qnode *q = qn_new(XAP_Q_PHRASE);
                for (int j = 0; j < n; j++) {
                    snprintf(t, sizeof t, "%s%s", title ? "S" : "",
                             words[ph[j]]);
                    q->kids =
                        realloc(q->kids, (q->nkids + 1) * sizeof *q->kids);
                    assert_non_null(q->kids);
                    q->kids[q->nkids++] = qterm(t);
                }
                if (form & 2)
                    q = qop(XAP_Q_OR, q, qterm("ingenting"), NULL);
                struct xap_search_req req = {.query = q, .limit = BF_DOCS};
                if (form & 4)
                    req.word_src = mem;
                struct xap_results *r = NULL;
                assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
                char got[BF_DOCS] = {0};
                for (size_t h = 0; h < r->nhits; h++)
                    got[atoi(r->hits[h].data + 6)] = 1;
                for (int i = 0; i < BF_DOCS; i++)
                    if (got[i] != bf_has(&bd[i], ph, n, title))
                        fail_msg("phrase %s %s %s (%d words, form %d): doc "
                                 "%d got %d",
                                 words[ph[0]], words[ph[1]], words[ph[2]], n,
                                 form, i, got[i]);
                checked += (int)r->nhits;
                xap_results_free(r);
                qfree(q);
            }
        }
    }
    assert_true(checked > BF_DOCS); /* the phrases did match something */
    xap_word_src_free(mem);
    xap_db_close(db);
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

static void test_data_terms_metadata(void **state)
{
    (void)state;
    struct err e = {0};
    xap_db *db = xap_db_open(dbpath, &e);
    assert_non_null(db);
    char *data = NULL;
    size_t len = 0;
    assert_int_equal(xap_db_get_data(db, "Qd2", &data, &len, &e), ERR_OK);
    assert_string_equal(data, "{\"id\":\"d2\"}");
    assert_int_equal(len, strlen(data));
    free(data);
    data = NULL;
    assert_int_equal(xap_db_get_data(db, "Qnope", &data, &len, &e),
                     ERR_NOTFOUND);
    assert_null(data);
    assert_int_equal(xap_db_termfreq(db, "herning", 7), 2);
    assert_int_equal(xap_db_termfreq(db, "XCherning", 9), 2);
    assert_int_equal(xap_db_termfreq(db, "nope", 4), 0);

    char *v = NULL;
    assert_int_equal(xap_db_get_metadata(db, META_SCHEMA, &v, &e), ERR_OK);
    assert_string_equal(v, INDEX_SCHEMA_VERSION);
    free(v);
    assert_int_equal(xap_db_get_metadata(db, "unset", &v, &e), ERR_OK);
    assert_string_equal(v, "");
    free(v);
    assert_true(xap_db_revision(db) >= 1);
    xap_db_close(db);
}

struct walk {
    char seen[256];
    uint32_t freqs;
    int stop_after;
};

static int walk_fn(void *ctx, const char *term, size_t len, uint32_t freq)
{
    struct walk *w = ctx;
    size_t l = strlen(w->seen);
    snprintf(w->seen + l, sizeof w->seen - l, "%s%.*s", l ? " " : "", (int)len,
             term);
    w->freqs += freq;
    return --w->stop_after == 0 ? 42 : 0;
}

static void test_allterms(void **state)
{
    (void)state;
    struct err e = {0};
    xap_db *db = xap_db_open(dbpath, &e);
    assert_non_null(db);
    struct walk w = {.stop_after = -1};
    assert_int_equal(xap_db_allterms(db, "XC", walk_fn, &w, &e), ERR_OK);
    assert_string_equal(w.seen, "XCherning XCodense XCregion");
    assert_int_equal(w.freqs, 4);
    struct walk w2 = {.stop_after = 2};
    assert_int_equal(xap_db_allterms(db, "hjem", walk_fn, &w2, &e), 42);
    assert_string_equal(w2.seen, "hjemløs hjemløse");
    xap_db_close(db);

    xap_wdb *wd = xap_wdb_open(dbpath, 0, &e);
    assert_non_null(wd);
    struct walk w3 = {.stop_after = -1};
    assert_int_equal(xap_wdb_allterms(wd, "Q", walk_fn, &w3, &e), ERR_OK);
    assert_string_equal(w3.seen, "Qd1 Qd2 Qd3 Qd4");
    xap_wdb_close(wd);
}

static int key_fn(void *ctx, const char *key)
{
    struct walk *w = ctx;
    size_t l = strlen(w->seen);
    snprintf(w->seen + l, sizeof w->seen - l, "%s%s", l ? " " : "", key);
    return 0;
}

static void test_reopen_and_lock(void **state)
{
    (void)state;
    struct err e = {0};
    xap_db *db = xap_db_open(dbpath, &e);
    assert_non_null(db);
    uint64_t rev = xap_db_revision(db);
    xap_wdb *w = xap_wdb_open(dbpath, 0, &e);
    assert_non_null(w);

    /* a second writer is refused while the first is open */
    struct err e2 = {0};
    assert_null(xap_wdb_open(dbpath, 0, &e2));
    assert_int_equal(e2.code, ERR_IO);
    assert_non_null(strstr(e2.msg, "locked"));

    assert_int_equal(xap_wdb_begin(w, &e), ERR_OK);
    const struct tdoc d5 = {"d5", "ny tælling", "odense", "20250101"};
    add_tdoc(w, &d5);
    assert_int_equal(xap_wdb_set_metadata(w, "referat:file:/a", "h 1", &e),
                     ERR_OK);
    assert_int_equal(xap_wdb_set_metadata(w, "referat:file:/b", "h 2", &e),
                     ERR_OK);
    char *v = NULL;
    assert_int_equal(xap_wdb_get_metadata(w, "referat:file:/b", &v, &e),
                     ERR_OK);
    assert_string_equal(v, "h 2");
    free(v);
    struct walk k = {0};
    assert_int_equal(xap_wdb_metadata_keys(w, META_FILE_PREFIX, key_fn, &k, &e),
                     ERR_OK);
    assert_string_equal(k.seen, "referat:file:/a referat:file:/b");
    assert_int_equal(xap_wdb_doccount(w), NDOCS + 1);

    /* not committed: the reader still sees the old revision */
    int changed = -1;
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 0);
    assert_int_equal(xap_db_doccount(db), NDOCS);

    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    assert_int_equal(xap_db_doccount(db), NDOCS);
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(xap_db_doccount(db), NDOCS + 1);
    assert_true(xap_db_revision(db) > rev);

    /* delete by term, then close without commit: discarded */
    assert_int_equal(xap_wdb_delete_term(w, "Qd5", &e), ERR_OK);
    assert_int_equal(xap_wdb_doccount(w), NDOCS);
    xap_wdb_close(w);
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 0);
    assert_int_equal(xap_db_doccount(db), NDOCS + 1);

    /* now really delete d5 and the keys, so other tests see the original */
    w = xap_wdb_open(dbpath, 0, &e);
    assert_non_null(w);
    assert_int_equal(xap_wdb_delete_term(w, "Qd5", &e), ERR_OK);
    assert_int_equal(xap_wdb_set_metadata(w, "referat:file:/a", "", &e),
                     ERR_OK);
    assert_int_equal(xap_wdb_set_metadata(w, "referat:file:/b", NULL, &e),
                     ERR_OK);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(xap_db_doccount(db), NDOCS);
    assert_int_equal(xap_db_get_metadata(db, "referat:file:/a", &v, &e),
                     ERR_OK);
    assert_string_equal(v, "");
    free(v);
    xap_db_close(db);
}

static void test_overwrite_is_atomic(void **state)
{
    (void)state;
    char path[400];
    snprintf(path, sizeof path, "%s/ow", tmpdir);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    add_tdoc(w, &docs[0]);
    add_tdoc(w, &docs[1]);
    assert_int_equal(xap_wdb_set_metadata(w, "k", "v", &e), ERR_OK);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);

    w = xap_wdb_open(path, 1, &e);
    assert_non_null(w);
    assert_int_equal(xap_wdb_doccount(w), 0);
    char *v = NULL;
    assert_int_equal(xap_wdb_get_metadata(w, "k", &v, &e), ERR_OK);
    assert_string_equal(v, "");
    free(v);
    add_tdoc(w, &docs[2]);
    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    assert_int_equal(xap_db_doccount(db), 2); /* old until commit */
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    int changed = 0;
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(xap_db_doccount(db), 1);
    assert_int_equal(xap_db_termfreq(db, "Qd3", 3), 1);
    xap_db_close(db);
}

/* ---- Index folders and generations ------------------------------------ */

static int exists(const char *dir, const char *name)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return access(p, F_OK) == 0;
}

static void read_stub(const char *dir, char *out, size_t cap)
{
    char p[512];
    snprintf(p, sizeof p, "%s/XAPIANDB", dir);
    FILE *f = fopen(p, "r");
    assert_non_null(f);
    size_t n = fread(out, 1, cap - 1, f);
    out[n] = '\0';
    fclose(f);
}

/* One shard each of `a`, `b` (NULL: none), metadata "k" = ka / kb. */
static int build(xap_index *x, const struct tdoc *a, const struct tdoc *b,
                 const char *ka, const char *kb, struct err *e)
{
    assert_int_equal(xap_index_build_begin(x, b != NULL ? 2 : 1, e), ERR_OK);
    xap_wdb *s0 = xap_index_shard(x, 0), *s1 = xap_index_shard(x, 1);
    assert_non_null(s0);
    add_tdoc(s0, a);
    assert_int_equal(xap_wdb_set_metadata(s0, "k", ka, e), ERR_OK);
    if (b != NULL) {
        add_tdoc(s1, b);
        assert_int_equal(xap_wdb_set_metadata(s1, "k", kb, e), ERR_OK);
        assert_int_equal(xap_wdb_set_metadata(s1, "only1", "x", e), ERR_OK);
    } else {
        assert_null(s1);
    }
    struct xap_build_stats st;
    return xap_index_build_finish(x, &st, e);
}

/* Hits of the phrase "a b" on `db`, word streams from `mem` if given. */
static size_t phrase_hits(xap_db *db, const xap_word_src *mem, const char *a,
                          const char *b)
{
    struct xap_qnode *q = qop(XAP_Q_PHRASE, qterm(a), qterm(b), NULL);
    struct xap_search_req req = {.query = q, .limit = 10, .word_src = mem};
    struct xap_results *r = NULL;
    struct err e = {0};
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
    size_t n = r->nhits;
    xap_results_free(r);
    qfree(q);
    return n;
}

static void test_generations(void **state)
{
    (void)state;
    char path[400], stub[64];
    snprintf(path, sizeof path, "%s/gens", tmpdir);
    struct err e = {0};
    /* an old-layout index: the folder itself a glass database */
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    add_tdoc(w, &docs[0]);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    uint64_t rev0 = xap_db_revision(db);
    assert_true(rev0 > 0 && rev0 < ((uint64_t)1 << 32));

    xap_index *x = xap_index_open(path, &e);
    assert_non_null(x);
    assert_int_equal(xap_index_layout(x), XAP_LAYOUT_PLAIN);
    struct err e2 = {0};
    assert_null(xap_index_open(path, &e2));
    assert_int_equal(e2.code, ERR_IO);
    assert_non_null(strstr(e2.msg, "locked"));

    /* migrated: the stub names gen-1, the old glass files are gone */
    assert_int_equal(build(x, &docs[1], &docs[2], "v", "v", &e), ERR_OK);
    assert_int_equal(xap_index_layout(x), XAP_LAYOUT_GEN);
    assert_int_equal(xap_index_generation(x), 1);
    read_stub(path, stub, sizeof stub);
    assert_string_equal(stub, "glass gen-1\n");
    assert_false(exists(path, "iamglass"));
    assert_false(exists(path, "postlist.glass"));
    assert_false(exists(path, ".build-1"));
    assert_true(exists(path, "gen-1/postlist.glass"));
    assert_false(exists(path, "gen-1/termlist.glass"));

    /* a reader follows the switch; another revision */
    int changed = 0;
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 1);
    uint64_t rev1 = xap_db_revision(db);
    assert_true(rev1 != rev0);
    assert_int_not_equal(rev1 >> 32, 0);
    assert_int_equal(xap_db_generation(db), 1);
    assert_int_equal(xap_db_doccount(db), 2);
    assert_int_equal(xap_db_termfreq(db, "Qd1", 3), 0);
    char *v = NULL;
    size_t len = 0;
    assert_int_equal(xap_db_get_data(db, "Qd3", &v, &len, &e), ERR_OK);
    assert_string_equal(v, "{\"id\":\"d3\"}");
    free(v);
    assert_int_equal(xap_db_get_metadata(db, "k", &v, &e), ERR_OK);
    assert_string_equal(v, "v");
    free(v);

    /* phrases in both shards: one word table numbered them */
    assert_int_equal(phrase_hits(db, NULL, "tælling", "af"), 1);
    assert_int_equal(phrase_hits(db, NULL, "behandling", "herning"), 1);
    assert_int_equal(phrase_hits(db, NULL, "herning", "behandling"), 0);
    xap_word_src *mem1 = xap_word_src_build(db, 1 << 20, &e);
    assert_non_null(mem1);

    /* new documents go into the live generation; none can be deleted */
    w = xap_index_live(x, &e);
    assert_non_null(w);
    add_tdoc(w, &docs[3]);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    assert_int_equal(xap_wdb_delete_term(w, "Qd2", &e), ERR_BACKEND);
    xap_wdb_close(w);
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(xap_db_doccount(db), 3);
    /* its new words were numbered on and saved; the streams held before
     * the add serve the older documents, the new one is read from the
     * index */
    for (int m = 0; m < 2; m++) {
        const xap_word_src *src = m ? mem1 : NULL;
        assert_int_equal(phrase_hits(db, src, "psykiatri", "og"), 1);
        assert_int_equal(phrase_hits(db, src, "og", "rusmiddel"), 1);
        assert_int_equal(phrase_hits(db, src, "rusmiddel", "og"), 0);
        assert_int_equal(phrase_hits(db, src, "tælling", "af"), 1);
    }
    /* the same generation: the upper half stays */
    assert_true(xap_db_revision(db) != rev1);
    assert_int_equal(xap_db_revision(db) >> 32, rev1 >> 32);
    assert_int_equal(xap_db_generation(db), 1);
    assert_int_equal(xap_db_xapian_revision(db),
                     (uint32_t)(xap_db_revision(db) & 0xffffffffu));

    /* shards that disagree on a metadata value: no switch */
    assert_int_equal(build(x, &docs[0], &docs[1], "a", "b", &e), ERR_BACKEND);
    assert_non_null(strstr(e.msg, "<k>"));
    assert_int_equal(xap_index_generation(x), 1);
    xap_index_close(x);
    assert_false(exists(path, ".build-2"));
    assert_false(exists(path, "gen-2"));

    /* leftovers of killed runs go when the folder is opened */
    static const char *const junk[] = {".build-9", ".build-9/shard-0", "gen-7"};
    for (size_t i = 0; i < sizeof junk / sizeof junk[0]; i++) {
        char p[512];
        snprintf(p, sizeof p, "%s/%s", path, junk[i]);
        assert_int_equal(mkdir(p, 0777), 0);
    }
    x = xap_index_open(path, &e);
    assert_non_null(x);
    assert_false(exists(path, ".build-9"));
    assert_false(exists(path, "gen-7"));
    assert_true(exists(path, "gen-1"));

    /* a reader keeps answering from a generation deleted under it */
    assert_int_equal(build(x, &docs[0], NULL, "v", NULL, &e), ERR_OK);
    assert_int_equal(xap_index_generation(x), 2);
    assert_false(exists(path, "gen-1"));
    assert_int_equal(xap_db_doccount(db), 3);
    assert_int_equal(xap_db_get_data(db, "Qd4", &v, &len, &e), ERR_OK);
    free(v);
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(xap_db_generation(db), 2);
    assert_int_not_equal(xap_db_revision(db) >> 32, rev1 >> 32);
    assert_int_equal(xap_db_doccount(db), 1);
    /* streams of generation 1 are no answer for generation 2's ids */
    assert_int_equal(phrase_hits(db, mem1, "hjemløse", "i"), 1);
    assert_int_equal(phrase_hits(db, mem1, "herning", "tælling"), 1);
    assert_int_equal(phrase_hits(db, mem1, "tælling", "af"), 0);
    xap_word_src_free(mem1);
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 0);
    xap_index_close(x);
    xap_db_close(db);
}

static void rm_rf(const char *path)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", path);
    assert_int_equal(system(cmd), 0);
}

/* A folder removed and built again from nothing starts its generations
 * over, and a backup restored in place can show an older revision: a
 * reader goes by the database's identity, not by growing numbers. */
static void test_reader_follows_rebuilt_folder(void **state)
{
    (void)state;
    char path[400], backup[400], cmd[900];
    snprintf(path, sizeof path, "%s/rebuilt", tmpdir);
    snprintf(backup, sizeof backup, "%s/rebuilt-backup", tmpdir);
    struct err e = {0};
    xap_index *x = xap_index_open(path, &e);
    assert_non_null(x);
    assert_int_equal(build(x, &docs[0], NULL, "v", NULL, &e), ERR_OK);
    xap_index_close(x);
    snprintf(cmd, sizeof cmd, "cp -a '%s' '%s'", path, backup);
    assert_int_equal(system(cmd), 0);
    /* one more document in the same generation: revision 2 */
    x = xap_index_open(path, &e);
    xap_wdb *w = xap_index_live(x, &e);
    assert_non_null(w);
    add_tdoc(w, &docs[1]);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    xap_index_close(x);

    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    assert_int_equal(xap_db_doccount(db), 2);
    uint64_t before = xap_db_revision(db);
    xap_word_src *mem = xap_word_src_build(db, 1 << 20, &e);
    assert_non_null(mem);

    /* removed, built again: generation 1 again, revision 1 */
    rm_rf(path);
    x = xap_index_open(path, &e);
    assert_non_null(x);
    assert_int_equal(build(x, &docs[2], NULL, "v", NULL, &e), ERR_OK);
    assert_int_equal(xap_index_generation(x), 1);
    xap_index_close(x);
    int changed = 0;
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(xap_db_generation(db), 1);
    assert_true(xap_db_revision(db) != before);
    assert_int_not_equal(xap_db_revision(db) >> 32, before >> 32);
    assert_int_equal(xap_db_doccount(db), 1);
    assert_int_equal(xap_db_termfreq(db, "Qd1", 3), 0);
    assert_int_equal(xap_db_termfreq(db, "Qd3", 3), 1);
    /* the old database's streams are no answer for the new one's ids */
    assert_int_equal(phrase_hits(db, mem, "rusmiddel", "behandling"), 1);
    assert_int_equal(phrase_hits(db, mem, "herning", "hjemmet"), 1);
    xap_word_src_free(mem);
    /* nothing changed: no move */
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 0);

    /* the backup (revision 1 of the first database) restored in place */
    rm_rf(path);
    snprintf(cmd, sizeof cmd, "cp -a '%s' '%s'", backup, path);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 1);
    assert_int_equal(xap_db_doccount(db), 1);
    assert_int_equal(xap_db_termfreq(db, "Qd1", 3), 1);
    assert_int_equal(xap_db_revision(db) >> 32, before >> 32);
    assert_true(xap_db_revision(db) != before);
    xap_db_close(db);
    rm_rf(path);
    rm_rf(backup);
}

static void test_open_errors(void **state)
{
    (void)state;
    struct err e = {0};
    char path[400];
    snprintf(path, sizeof path, "%s/none", tmpdir);
    assert_null(xap_db_open(path, &e));
    assert_int_equal(e.code, ERR_NOTFOUND);
    assert_null(xap_db_open("", &e));
    assert_int_equal(e.code, ERR_INVAL);
    snprintf(path, sizeof path, "%s/not-a-dir/db", dbpath);
    assert_null(xap_wdb_open(path, 0, &e));
    assert_true(e.code < 0);
    assert_true(e.msg[0] != '\0');
}

static void test_doc_errors(void **state)
{
    (void)state;
    struct err e = {0};
    xap_doc *d = xap_doc_new(&e);
    assert_non_null(d);
    assert_int_equal(xap_doc_add_posting(d, "", 0, 1, 1, &e), ERR_INVAL);
    assert_int_equal(xap_doc_add_posting(d, "a", 1, 0, 1, &e), ERR_INVAL);
    char big[300];
    memset(big, 'x', sizeof big);
    assert_int_equal(xap_doc_add_term(d, big, sizeof big, 1, &e), ERR_LIMIT);
    assert_int_equal(xap_doc_add_boolean(d, big, 245, &e), ERR_OK);
    xap_doc_free(d);
    xap_doc_free(NULL);
    xap_results_free(NULL);
    xap_db_close(NULL);
    xap_wdb_close(NULL);
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
        cmocka_unit_test(test_stub_of_shards),
        cmocka_unit_test(test_wstream_version_refused),
        cmocka_unit_test(test_phrase_in_operators),
        cmocka_unit_test(test_phrase_word_without_position),
        cmocka_unit_test(test_phrase_brute_force),
        cmocka_unit_test(test_wildcard_limit),
        cmocka_unit_test(test_filters_and_dates),
        cmocka_unit_test(test_facets_and_paging),
        cmocka_unit_test(test_data_terms_metadata),
        cmocka_unit_test(test_allterms),
        cmocka_unit_test(test_reopen_and_lock),
        cmocka_unit_test(test_overwrite_is_atomic),
        cmocka_unit_test(test_generations),
        cmocka_unit_test(test_reader_follows_rebuilt_folder),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_doc_errors),
        cmocka_unit_test(test_malformed_trees),
        cmocka_unit_test(test_deadline),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
