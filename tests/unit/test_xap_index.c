/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_xap_index.c - lib/xap's index handles against a real Xapian index
 * in a temporary folder: stored data, terms and metadata, term walks,
 * reopen and the writer lock, overwriting, index folders and their
 * generations, a folder built again, open and document errors
 * (helpers: xap_util.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"
#include <sys/stat.h>
#include <unistd.h>

#include "xap_util.h"

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

/* xapian-replicate's replica: a folder whose stub names one copy of the
 * master (replica_0); a full copy goes into the other (replica_1), the
 * stub switches to it and the old copy is removed. Our handle's
 * reopen() reads the removed copy's version file by name and fails at
 * every poll: the reader must take the copy the stub names now (a
 * daemon stayed degraded on the old revision for 60 s, z69). */
static void test_reader_follows_replica_switch(void **state)
{
    (void)state;
    char path[400], a[420], b[420], stub[440], cmd[900];
    snprintf(path, sizeof path, "%s/replica", tmpdir);
    snprintf(a, sizeof a, "%s/replica_0", path);
    snprintf(b, sizeof b, "%s/replica_1", path);
    snprintf(stub, sizeof stub, "%s/XAPIANDB", path);
    assert_int_equal(mkdir(path, 0777), 0);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(a, 0, &e);
    assert_non_null(w);
    add_tdoc(w, &docs[0]);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    FILE *f = fopen(stub, "w");
    assert_non_null(f);
    fputs("auto replica_0\n", f);
    fclose(f);
    xap_db *db = xap_db_open(path, &e);
    assert_non_null(db);
    assert_int_equal(xap_db_doccount(db), 1);

    /* the full copy, one commit on: the same database (UUID), revision 2 */
    snprintf(cmd, sizeof cmd, "cp -a '%s' '%s'", a, b);
    assert_int_equal(system(cmd), 0);
    w = xap_wdb_open(b, 0, &e);
    assert_non_null(w);
    add_tdoc(w, &docs[1]);
    assert_int_equal(xap_wdb_commit(w, &e), ERR_OK);
    xap_wdb_close(w);
    f = fopen(stub, "w");
    assert_non_null(f);
    fputs("auto replica_1\n", f);
    fclose(f);
    rm_rf(a);

    int changed = 0;
    if (xap_db_reopen(db, &changed, &e) != ERR_OK)
        fail_msg("reopen after the switch: %s", e.msg);
    assert_int_equal(changed, 1);
    assert_int_equal(xap_db_doccount(db), 2);
    assert_int_equal(xap_db_termfreq(db, "Qd1", 3), 1);
    assert_int_equal(xap_db_reopen(db, &changed, &e), ERR_OK);
    assert_int_equal(changed, 0);
    xap_db_close(db);
    rm_rf(path);
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

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_data_terms_metadata),
        cmocka_unit_test(test_allterms),
        cmocka_unit_test(test_reopen_and_lock),
        cmocka_unit_test(test_overwrite_is_atomic),
        cmocka_unit_test(test_generations),
        cmocka_unit_test(test_reader_follows_rebuilt_folder),
        cmocka_unit_test(test_reader_follows_replica_switch),
        cmocka_unit_test(test_open_errors),
        cmocka_unit_test(test_doc_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
