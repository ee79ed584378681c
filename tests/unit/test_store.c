/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_store.c - stored document data through lib/xap's zstd store: a
 * dictionary is trained once enough data has been added, recorded in the
 * index, reused by the next writer; every document reads back byte for
 * byte, from a fresh reader and from one that reopens. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "xap/schema.h"
#include "xap/xap.h"

static char tmpdir[256];

static int setup(void **state)
{
    (void)state;
    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/test_store.XXXXXX",
             t != NULL && *t ? t : "/tmp");
    return mkdtemp(tmpdir) != NULL ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Document i's data: JSON-ish text from a small Danish vocabulary, chosen
 * by a fixed pseudo-random sequence, 300-3,000 bytes. */
static char *doc_data(unsigned i)
{
    static const char *const words[] = {
        "hjemløse",    "borgere", "udsatterådet", "kommunen", "bolig",
        "misbrug",     "indsats", "herberg",      "og",       "i",
        "at",          "til",     "beslutning",   "rådet",    "tager",
        "orientering", "til",     "efterretning", "forsorg",  "psykiatri",
        "frivillige",  "social",  "sundhed",      "møde",     "punkt"};
    size_t nw = sizeof words / sizeof words[0];
    uint32_t x = i * 2654435761u + 1;
    size_t want = 300 + (x % 2700);
    char *s = malloc(want + 64);
    assert_non_null(s);
    int n = snprintf(s, 64, "{\"id\":\"doc-%u\",\"text\":\"", i);
    size_t len = (size_t)n;
    while (len < want) {
        x = x * 1103515245u + 12345u;
        const char *w = words[(x >> 16) % nw];
        size_t wl = strlen(w);
        memcpy(s + len, w, wl);
        len += wl;
        s[len++] = ' ';
    }
    memcpy(s + len, "\"}", 3);
    return s;
}

static void add_docs(xap_wdb *w, unsigned from, unsigned to)
{
    struct err e = {0};
    for (unsigned i = from; i < to; i++) {
        xap_doc *d = xap_doc_new(&e);
        assert_non_null(d);
        char id[32];
        snprintf(id, sizeof id, "Qdoc-%u", i);
        assert_int_equal(xap_doc_add_boolean(d, id, strlen(id), &e), ERR_OK);
        assert_int_equal(xap_doc_add_term(d, "hjemløse", 9, 1, &e), ERR_OK);
        char *data = doc_data(i);
        assert_int_equal(xap_doc_set_data(d, data, strlen(data), &e), ERR_OK);
        free(data);
        assert_int_equal(xap_wdb_add(w, d, &e), ERR_OK);
        xap_doc_free(d);
    }
}

static void expect_docs(xap_db *db, unsigned from, unsigned to)
{
    struct err e = {0};
    for (unsigned i = from; i < to; i++) {
        char id[32];
        snprintf(id, sizeof id, "Qdoc-%u", i);
        char *got = NULL, *want = doc_data(i);
        size_t len = 0;
        assert_int_equal(xap_db_get_data(db, id, &got, &len, &e), ERR_OK);
        assert_int_equal(len, strlen(want));
        assert_string_equal(got, want);
        free(got);
        free(want);
    }
}

static int count_key(void *ctx, const char *key)
{
    (void)key;
    (*(int *)ctx)++;
    return 0;
}

static int dict_keys(const char *path)
{
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    int n = 0;
    assert_int_equal(
        xap_wdb_metadata_keys(w, "referat:zdict:", count_key, &n, &e), ERR_OK);
    xap_wdb_close(w);
    return n;
}

static void test_trained_roundtrip(void **state)
{
    (void)state;
    char path[320];
    snprintf(path, sizeof path, "%s/big", tmpdir);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    /* ~1,650 bytes each: the dictionary is trained past 1 MiB, so some
     * documents are held back and some are added after it */
    add_docs(w, 0, 1000);
    assert_int_equal(xap_wdb_doccount(w), 1000);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    assert_int_equal(dict_keys(path), 1);

    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    expect_docs(db, 0, 1000);

    /* the next writer compresses with the same dictionary */
    w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    add_docs(w, 1000, 1100);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    assert_int_equal(dict_keys(path), 1);

    int changed = 0;
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 1);
    expect_docs(db, 990, 1100);

    /* hits carry the unpacked data too */
    struct xap_qnode q = {.op = XAP_Q_TERM, .term = "hjemløse", .len = 9};
    struct xap_search_req req = {.query = &q, .limit = 10};
    struct xap_results *r = NULL;
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
    assert_int_equal(r->nhits, 10);
    for (size_t i = 0; i < r->nhits; i++) {
        assert_true(r->hits[i].datalen > 300);
        assert_memory_equal(r->hits[i].data, "{\"id\":\"doc-", 11);
        assert_int_equal(strlen(r->hits[i].data), r->hits[i].datalen);
    }
    xap_results_free(r);
    xap_db_close(db);
}

static void test_small_index_without_dictionary(void **state)
{
    (void)state;
    char path[320];
    snprintf(path, sizeof path, "%s/small", tmpdir);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    add_docs(w, 0, 3); /* a few KB: too little to train on */
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    assert_int_equal(dict_keys(path), 0);
    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    expect_docs(db, 0, 3);
    char *got = NULL;
    size_t len = 0;
    assert_int_equal(xap_db_get_data(db, "Qdoc-9", &got, &len, &e),
                     ERR_NOTFOUND);
    xap_db_close(db);
}

static void test_uncommitted_are_discarded(void **state)
{
    (void)state;
    char path[320];
    snprintf(path, sizeof path, "%s/discard", tmpdir);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(path, 0, &e);
    assert_non_null(w);
    add_docs(w, 0, 5);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    add_docs(w, 5, 10); /* held back, then dropped with the writer */
    xap_wdb_close(w);
    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    assert_int_equal(xap_db_doccount(db), 5);
    xap_db_close(db);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trained_roundtrip),
        cmocka_unit_test(test_small_index_without_dictionary),
        cmocka_unit_test(test_uncommitted_are_discarded),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
