/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_vocab.c - the query vocabulary (lib/query/vocab.c): its fast
 * one-edit neighbour walk and the words ending in a word against brute
 * force, and the nearest word by
 * stem, on an index of one document holding the words of a file of
 * corpus/. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "core/buf.h"
#include "query/query_internal.h"

struct words {
    char (*w)[TXT_WORD_MAX + 1];
    size_t n;
};

static int add_found(void *ctx, const char *w, size_t wl, uint32_t f)
{
    struct words *ws = ctx;
    (void)f;
    memcpy(ws->w[ws->n], w, wl);
    ws->w[ws->n][wl] = '\0';
    ws->n++;
    return 0;
}

static int add_ending(void *ctx, const char *w, size_t wl)
{
    return add_found(ctx, w, wl, 0);
}

static void test_vocab_neighbours(void **state)
{
    (void)state;
    /* an index of one document holding the words of a seed file */
    char dir[] = "/tmp/referat-vocab-XXXXXX", path[512];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/corpus/herning-udsatteraad-2017-10-06.txt",
             getenv("REFERAT_SOURCE_DIR") ? getenv("REFERAT_SOURCE_DIR")
                                          : "../..");
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    struct buf text;
    buf_init(&text);
    assert_int_equal(buf_read_file(&text, f, 1 << 20, NULL), ERR_OK);
    fclose(f);
    xap_wdb *w = xap_wdb_open(dir, 1, NULL);
    assert_non_null(w);
    assert_int_equal(xap_wdb_begin(w, NULL), ERR_OK);
    xap_doc *d = xap_doc_new(NULL);
    struct txt_tokenizer tk;
    struct txt_tok t;
    static char all[8192][TXT_WORD_MAX + 1];
    size_t nall = 0;
    txt_tok_init(&tk, text.data, text.len);
    for (uint32_t pos = 1; txt_tok_next(&tk, &t); pos++) {
        xap_doc_add_posting(d, t.word, t.wlen, pos, 1, NULL);
        int seen = 0;
        for (size_t i = 0; i < nall && !seen; i++)
            seen = strcmp(all[i], t.word) == 0;
        if (!seen && nall < 8192 && t.wlen >= 3 && !(t.flags & TXT_TOK_NUMBER))
            strcpy(all[nall++], t.word);
    }
    assert_int_equal(xap_wdb_add(w, d, NULL), ERR_OK);
    xap_doc_free(d);
    assert_int_equal(xap_wdb_commit(w, NULL), ERR_OK);
    xap_wdb_close(w);
    xap_db *db = xap_db_open(dir, NULL);
    assert_non_null(db);
    struct qry_vocab *v = qry_vocab_build(db, NULL);
    assert_non_null(v);
    assert_true(qry_vocab_size(v) > 500);

    static char found[8192][TXT_WORD_MAX + 1];
    size_t checked = 0, pairs = 0;
    for (size_t i = 0; i < nall; i++) {
        size_t l = strlen(all[i]);
        if (l < 6 || qry_vocab_freq(v, all[i], l) == 0)
            continue;
        struct words ws = {found, 0};
        qry_vocab_neighbours(v, all[i], l, 8192, add_found, &ws);
        for (size_t j = 0; j < nall; j++) {
            size_t m = strlen(all[j]);
            if (qry_vocab_freq(v, all[j], m) == 0 ||
                qry_edit_distance(all[i], l, all[j], m, 1) != 1)
                continue;
            int hit = 0;
            for (size_t k = 0; k < ws.n && !hit; k++)
                hit = strcmp(found[k], all[j]) == 0;
            if (!hit)
                fail_msg("neighbour <%s> of <%s> missed", all[j], all[i]);
            pairs++;
        }
        checked++;
    }
    assert_true(checked > 300);
    assert_true(pairs > 10); /* the corpus has inflections one edit apart */

    /* the words ending in a word (compounds by their head), against
     * brute force */
    size_t endings = 0;
    for (size_t i = 0; i < nall; i++) {
        size_t l = strlen(all[i]);
        if (qry_vocab_freq(v, all[i], l) == 0)
            continue;
        struct words ws = {found, 0};
        qry_vocab_ending(v, all[i], l, 8192, add_ending, &ws);
        size_t want = 0;
        for (size_t j = 0; j < nall; j++) {
            size_t m = strlen(all[j]);
            if (m <= l || qry_vocab_freq(v, all[j], m) == 0 ||
                memcmp(all[j] + m - l, all[i], l) != 0)
                continue;
            want++;
            int hit = 0;
            for (size_t k = 0; k < ws.n && !hit; k++)
                hit = strcmp(found[k], all[j]) == 0;
            if (!hit)
                fail_msg("<%s> ending in <%s> missed", all[j], all[i]);
        }
        if (ws.n != want)
            fail_msg("<%s>: %zu words end in it, %zu found", all[i], want,
                     ws.n);
        endings += want;
    }
    assert_true(endings > 20); /* stofmisbrug ends in misbrug */

    /* by stem: a typo in a stem meets the words of the stem one edit
     * away (Herning writes Kvalitetsstandard, kvalitetsstandarden) */
    char near[TXT_WORD_MAX + 1];
    assert_int_equal(
        qry_vocab_nearest_stem(v, "kvalitetstandard", 16, 1, near, sizeof near),
        1);
    assert_memory_equal(near, "kvalitetsstandard", 17);
    assert_int_equal(qry_vocab_nearest_stem(v, "kvalitetsstandard", 17, 1, near,
                                            sizeof near),
                     0);
    assert_int_equal(
        qry_vocab_nearest_stem(v, "kvxyzqwstandard", 15, 1, near, sizeof near),
        -1);
    qry_vocab_free(v);
    xap_db_close(db);
    buf_fini(&text);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vocab_neighbours),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
