/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_xap_phrase.c - lib/xap's phrase checks on word streams, against
 * real Xapian indexes in a temporary folder: a stub of two shards, word
 * streams of another format refused, words without positions, and every
 * phrase of a random corpus against a brute force (helpers: xap_util.h). */
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

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stub_of_shards),
        cmocka_unit_test(test_wstream_version_refused),
        cmocka_unit_test(test_phrase_word_without_position),
        cmocka_unit_test(test_phrase_brute_force),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
