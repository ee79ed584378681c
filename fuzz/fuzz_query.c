/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_query.c - libFuzzer: query strings through the parser, the Danish
 * expansion and a real Xapian search (via lib/xap) on a tiny index built
 * at start-up: no crash, no leak, no exception escaping, and every
 * failure a clean error code. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "query/query.h"
#include "xap/schema.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct txt_stemmer *stemmer;
static xap_db *db;
static struct qry_vocab *vocab;

static void make_index(void)
{
    static char dir[] = "/tmp/referat-fuzz-query-XXXXXX";
    if (mkdtemp(dir) == NULL)
        abort();
    xap_wdb *w = xap_wdb_open(dir, 1, NULL);
    if (w == NULL || xap_wdb_begin(w, NULL) != ERR_OK)
        abort();
    static const char *const words[] = {"hjemløse", "bolig",  "boliger",
                                        "valg",     "stemme", "herning"};
    for (int d = 0; d < 20; d++) {
        xap_doc *doc = xap_doc_new(NULL);
        char id[32];
        snprintf(id, sizeof id, "Qdoc%d", d);
        xap_doc_add_boolean(doc, id, strlen(id), NULL);
        xap_doc_add_boolean(doc, "XCherning", 9, NULL);
        for (uint32_t i = 0; i < 6; i++) {
            const char *t = words[(i + (uint32_t)d) % 6];
            xap_doc_add_posting(doc, t, strlen(t), i + 1, 1, NULL);
            char z[64];
            snprintf(z, sizeof z, "Z%s", t);
            xap_doc_add_term(doc, z, strlen(z), 1, NULL);
        }
        xap_doc_set_value(doc, SLOT_DATE, "20170101", 8, NULL);
        xap_doc_set_value(doc, SLOT_YEAR, "2017", 4, NULL);
        xap_doc_set_value(doc, SLOT_COUNCIL, "Herning", 7, NULL);
        xap_doc_set_data(doc, "{}", 2, NULL);
        xap_wdb_add(w, doc, NULL);
        xap_doc_free(doc);
    }
    if (xap_wdb_commit(w, NULL) != ERR_OK)
        abort();
    xap_wdb_close(w);
    db = xap_db_open(dir, NULL);
    if (db == NULL)
        abort();
    vocab = qry_vocab_build(db, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (stemmer == NULL) {
        stemmer = txt_stemmer_new(NULL);
        make_index();
    }
    struct qry_env env = {.stemmer = stemmer, .vocab = vocab, .db = db};
    struct qry_out out;
    struct err e;
    int rc = qry_build(&env, (const char *)data, size, &out, &e);
    if (rc == ERR_OK) {
        if (out.root == NULL)
            __builtin_trap();
        struct xap_search_req req = {
            .query = out.root,
            .filter_terms = (const char *const *)out.filters,
            .nfilter_terms = out.nfilters,
            .limit = 10,
            .facets = 1,
            .check_at_least = 100,
            .max_expansion = QRY_EXPANSION_MAX,
        };
        struct xap_results *res = NULL;
        rc = xap_search(db, &req, &res, &e);
        if (rc != ERR_OK && rc != ERR_LIMIT && rc != ERR_INVAL)
            __builtin_trap();
        xap_results_free(res);
    } else if (rc != ERR_INVAL && rc != ERR_LIMIT) {
        __builtin_trap();
    }
    qry_out_fini(&out);
    return 0;
}
