/* SPDX-License-Identifier: GPL-2.0-or-later */
/* query_util.h - what the lib/query unit tests on a small index share
 * (test_query.c, test_query_words.c, test_query_thesaurus.c): a stemmer,
 * a small real index built in a temporary folder (setup, teardown), a
 * query's tree printed as an S-expression (build()), the documents a
 * query matches (matches()) and its highlight set (match()). Include
 * after <cmocka.h>. */
#ifndef REFERAT_TESTS_QUERY_UTIL_H
#define REFERAT_TESTS_QUERY_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "query/query_internal.h"
#include "xap/schema.h"

static struct txt_stemmer *stemmer;
static char tmpdir[256];
static xap_db *mdb; /* the small index below */

static inline void print_node(const struct xap_qnode *n, struct buf *b)
{
    static const char *names[] = {"TERM", "PHRASE",  "NEAR",  "AND",
                                  "OR",   "AND_NOT", "MAYBE", "SYN",
                                  "WILD", "SCALE",   "FILTER"};
    if (n->op == XAP_Q_TERM) {
        buf_puts(b, n->term);
        return;
    }
    if (n->op == XAP_Q_WILDCARD) {
        buf_printf(b, "%s*", n->term);
        return;
    }
    buf_printf(b, "(%s", names[n->op]);
    if (n->op == XAP_Q_SCALE)
        buf_printf(b, " %.2f", n->scale);
    for (size_t i = 0; i < n->nkids; i++) {
        buf_putc(b, ' ');
        print_node(n->kids[i], b);
    }
    buf_putc(b, ')');
}

/* Build q with only a stemmer (no index, no lexicon) and print it. */
/* The weights build() uses (NULL: the defaults). */
static const struct qry_rank *test_rank;

static inline int build(const char *q, const struct qry_thesaurus *th,
                        char *out, size_t cap, struct qry_out *o)
{
    struct qry_env env = {
        .stemmer = stemmer, .thesaurus = th, .rank = test_rank};
    struct err e;
    int rc = qry_build(&env, q, strlen(q), o, &e);
    out[0] = '\0';
    if (rc != ERR_OK) {
        snprintf(out, cap, "error %d: %s", rc, e.msg);
        return rc;
    }
    struct buf b;
    buf_init(&b);
    print_node(o->root, &b);
    for (size_t i = 0; i < o->nfilters; i++)
        buf_printf(&b, " |%s", o->filters[i]);
    snprintf(out, cap, "%s", b.data);
    buf_fini(&b);
    return rc;
}

/* ---- what queries match --------------------------------------------- */

/* Documents of the small index, written for these tests: a title, a
 * text, a council. */
static const struct mdoc {
    const char *id, *title, *text, *council;
} mdocs[] = {
    {"d1", "Valg til rådet", "Rådet holdt valg, og hver borger kunne stemme.",
     "herning"},
    {"d2", "Hjemløse i byen", "Flere hjemløse sov på gaden i vinter.",
     "odense"},
    {"d3", "Lighed", "Arbejdet for lighed i sundhed fortsætter.", "region"},
    {"d4", "Sundhed",
     "Sundhed og lighed er to emner; i år talte rådet om sundhed.", "region"},
    {"d5", "Boliger", "Skæve boliger til en hjemløs borger blev drøftet.",
     "herning"},
    {"d6", "Spørgsmål", "Hvor kan man få hjælp? Unge stemmer ved valget.",
     "odense"},
    {"d7", "Mødested", "Næste møde holdes i Aarhus med F-ACT teamet.",
     "region"},
    {"d8", "Bolig", "En bolig til unge blev bygget.", "herning"},
    {"d9", "Behandling", "Rusmiddel behandling i centret.", "odense"},
    {"d10", "Rum", "Et fixe rum åbner til foråret; et andet rum lukker.",
     "odense"},
};
#define NMDOCS (sizeof mdocs / sizeof mdocs[0])

struct field {
    xap_doc *d;
    const char *prefix; /* field copy's prefix ("S") or NULL */
};

/* As the indexer (indexer/docterms.c): exact words with positions,
 * stems without, each also under the field's prefix; compound parts
 * under PFX_PART before the field's prefix, without positions. */
static inline int emit(void *ctx, const struct txt_term *t)
{
    struct field *f = ctx;
    int stem = t->kind == TXT_STEM || t->kind == TXT_PART_STEM;
    int part = t->kind == TXT_PART_EXACT || t->kind == TXT_PART_STEM;
    const char *pp = part ? PFX_PART : "";
    char term[128];
    snprintf(term, sizeof term, "%s%s%.*s", stem ? PFX_STEM : PFX_BODY, pp,
             (int)t->len, t->term);
    uint32_t pos = stem || part || t->kind == TXT_PIECE ? 0 : t->pos;
    for (int copy = 0; copy < 1 + (f->prefix != NULL); copy++) {
        if (copy == 1)
            snprintf(term, sizeof term, "%s%s%s%.*s", stem ? PFX_STEM : "", pp,
                     f->prefix, (int)t->len, t->term);
        size_t l = strlen(term);
        int rc = pos > 0
                     ? xap_doc_add_posting(f->d, term, l, pos, WDF_BODY, NULL)
                     : xap_doc_add_term(f->d, term, l, WDF_BODY, NULL);
        if (rc != ERR_OK)
            return rc;
    }
    return 0;
}

static inline void add_mdoc(xap_wdb *w, const struct mdoc *m)
{
    struct txt_analyzer an = {stemmer, NULL};
    xap_doc *d = xap_doc_new(NULL);
    assert_non_null(d);
    uint32_t pos = 0;
    struct field f = {d, PFX_TITLE};
    assert_int_equal(
        txt_analyze(&an, m->title, strlen(m->title), &pos, emit, &f), ERR_OK);
    pos += 100; /* no phrase across the title's end */
    f.prefix = NULL;
    assert_int_equal(txt_analyze(&an, m->text, strlen(m->text), &pos, emit, &f),
                     ERR_OK);
    char term[64];
    snprintf(term, sizeof term, "%s%s", PFX_COUNCIL, m->council);
    assert_int_equal(xap_doc_add_boolean(d, term, strlen(term), NULL), ERR_OK);
    snprintf(term, sizeof term, "{\"id\":\"%s\"}", m->id);
    assert_int_equal(xap_doc_set_data(d, term, strlen(term), NULL), ERR_OK);
    assert_int_equal(xap_wdb_add(w, d, NULL), ERR_OK);
    xap_doc_free(d);
}

static inline int index_setup(void)
{
    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/test_query.XXXXXX",
             t != NULL && *t ? t : "/tmp");
    if (mkdtemp(tmpdir) == NULL)
        return -1;
    char path[300];
    snprintf(path, sizeof path, "%s/db", tmpdir);
    xap_wdb *w = xap_wdb_open(path, 0, NULL);
    if (w == NULL || xap_wdb_begin(w, NULL) != ERR_OK)
        return -1;
    for (size_t i = 0; i < NMDOCS; i++)
        add_mdoc(w, &mdocs[i]);
    int rc = xap_wdb_commit(w, NULL);
    xap_wdb_close(w);
    mdb = rc == ERR_OK ? xap_db_open(path, NULL) : NULL;
    return mdb != NULL ? 0 : -1;
}

/* The ids of the documents q matches, sorted by number ("d2 d5"), or
 * "error <code>". */
static inline void matches(const char *q, const struct qry_thesaurus *th,
                           char *out, size_t cap)
{
    struct qry_env env = {.stemmer = stemmer, .thesaurus = th, .db = mdb};
    struct qry_out o;
    struct xap_results *r = NULL;
    struct err e;
    int rc = qry_build(&env, q, strlen(q), &o, &e);
    if (rc == ERR_OK) {
        struct xap_search_req req = {.query = o.root,
                                     .filter_terms =
                                         (const char *const *)o.filters,
                                     .nfilter_terms = o.nfilters,
                                     .limit = 100,
                                     .max_expansion = 200};
        rc = xap_search(mdb, &req, &r, &e);
    }
    if (rc != ERR_OK) {
        snprintf(out, cap, "error %d: %s", rc, e.msg);
        qry_out_fini(&o);
        return;
    }
    int seen[NMDOCS + 1] = {0};
    for (size_t i = 0; i < r->nhits; i++) {
        int n = 0;
        assert_int_equal(sscanf(r->hits[i].data, "{\"id\":\"d%d\"}", &n), 1);
        assert_true(n >= 1 && n <= (int)NMDOCS);
        seen[n]++;
    }
    out[0] = '\0';
    for (size_t n = 1; n <= NMDOCS; n++) {
        assert_true(seen[n] <= 1);
        if (seen[n])
            snprintf(out + strlen(out), cap - strlen(out), "%sd%zu",
                     out[0] ? " " : "", n);
    }
    xap_results_free(r);
    qry_out_fini(&o);
}

static inline int match(struct qry_out *o, enum txt_term_kind kind,
                        const char *t)
{
    return qry_match(o, kind, t, strlen(t));
}

static inline int setup(void **state)
{
    (void)state;
    stemmer = txt_stemmer_new(NULL);
    return stemmer == NULL || index_setup() != 0;
}

static inline int teardown(void **state)
{
    (void)state;
    txt_stemmer_free(stemmer);
    xap_db_close(mdb);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

#endif
