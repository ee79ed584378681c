/* SPDX-License-Identifier: GPL-2.0-or-later */
/* work.c - what the workbench's requests share: the query (an empty q is
 * every item, as a browse by filters), every match of it, a document's
 * fields from the hit table or its stored data, and the dispatch. */
#include "work.h"

#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "limits.h"
#include "req.h"
#include "server.h"
#include "snap.h"

/* ---- The cells table (work.h) ---- */

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

void work_cells_fini(struct work_cells *c)
{
    for (size_t i = 0; i < c->cap; i++) {
        free(c->v[i].key);
        free(c->v[i].extra);
    }
    free(c->v);
    memset(c, 0, sizeof *c);
}

static int cells_grow(struct work_cells *c)
{
    size_t cap = c->cap ? 2 * c->cap : 256;
    struct work_cell *v = calloc(cap, sizeof *v);
    if (v == NULL)
        return ERR_NOMEM;
    for (size_t i = 0; i < c->cap; i++) {
        if (c->v[i].key == NULL)
            continue;
        size_t j = hash(c->v[i].key, strlen(c->v[i].key)) & (cap - 1);
        while (v[j].key != NULL)
            j = (j + 1) & (cap - 1);
        v[j] = c->v[i];
    }
    free(c->v);
    c->v = v;
    c->cap = cap;
    return ERR_OK;
}

/* The cell for key k[0..n), created empty if new; NULL if out of memory. */
struct work_cell *work_cells_get(struct work_cells *c, const char *k, size_t n,
                                 int *created)
{
    if ((c->n + 1) * 2 > c->cap && cells_grow(c) != ERR_OK)
        return NULL;
    size_t j = hash(k, n) & (c->cap - 1);
    while (c->v[j].key != NULL) {
        if (strlen(c->v[j].key) == n && memcmp(c->v[j].key, k, n) == 0) {
            *created = 0;
            return &c->v[j];
        }
        j = (j + 1) & (c->cap - 1);
    }
    char *key = malloc(n + 1);
    if (key == NULL)
        return NULL;
    memcpy(key, k, n);
    key[n] = '\0';
    c->v[j].key = key;
    c->n++;
    *created = 1;
    return &c->v[j];
}

static int cmp_key(const void *a, const void *b)
{
    const struct work_cell *x = *(struct work_cell *const *)a,
                           *y = *(struct work_cell *const *)b;
    return strcmp(x->key, y->key);
}

/* The cells in key order (council, then period: periods sort as text). */
struct work_cell **work_cells_sorted(struct work_cells *c)
{
    struct work_cell **s = malloc((c->n + 1) * sizeof *s);
    if (s == NULL)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < c->cap; i++)
        if (c->v[i].key != NULL)
            s[k++] = &c->v[i];
    qsort(s, k, sizeof *s, cmp_key);
    return s;
}

void work_fail(struct req *r, int rc, const struct err *e)
{
    enum proto_code code = proto_code_from_err(rc, PROTO_BAD_QUERY);
    if (code == PROTO_INTERNAL)
        log_msg(LOG_ERROR, "work", "%s failed: %s",
                proto_work_kind_name(r->work->kind), e->msg);
    req_fail(r, code, e->msg);
}

int work_q_open(struct work_q *wq, struct worker_ctx *w, struct snap *sn,
                struct req *r, struct err *e)
{
    memset(wq, 0, sizeof *wq);
    wq->w = w;
    wq->sn = sn;
    wq->r = r;
    wq->all.op = XAP_Q_TERM; /* the empty term: every document */
    wq->all.term = (char *)"";
    if (hittab_serves(sn->hits, xap_db_revision(w->db)))
        wq->tab = sn->hits;
    const struct proto_search *s = &r->work->s;
    wq->root = &wq->all;
    if (s->q != NULL) {
        struct qry_env env = {w->stemmer, sn->lexicon, sn->thesaurus,
                              sn->vocab,  w->db,       &r->deadline,
                              w->rank};
        int rc = qry_build(&env, s->q, s->q_len, &wq->q, e);
        if (rc != ERR_OK)
            return rc;
        r->timed_out |= wq->q.timed_out;
        wq->root = wq->q.root; /* NULL: nothing to search for */
    }
    return qry_filters_finish(&wq->q, s->council, s->from_key, s->to_key, e);
}

void work_q_close(struct work_q *wq)
{
    qry_out_fini(&wq->q);
}

int work_q_matches(struct work_q *wq, const struct xap_qnode *root,
                   uint32_t limit, int skip_data, int unranked,
                   struct xap_results **res, struct err *e)
{
    *res = NULL;
    if (root == NULL)
        return ERR_OK;
    uint32_t all = xap_db_doccount(wq->w->db);
    struct xap_search_req sr;
    memset(&sr, 0, sizeof sr);
    sr.query = root;
    sr.filter_terms = (const char *const *)wq->q.filters;
    sr.nfilter_terms = wq->q.nfilters;
    sr.date_from = wq->q.date_from[0] ? wq->q.date_from : NULL;
    sr.date_to = wq->q.date_to[0] ? wq->q.date_to : NULL;
    sr.limit = limit > 0 && limit < all ? limit : all;
    sr.check_at_least = all; /* exact totals */
    sr.max_expansion = LIMIT_EXPANSION;
    sr.by_date = root == &wq->all || wq->q.browse;
    sr.unranked = unranked;
    sr.bm25_k1 = wq->w->rank->k1;
    sr.bm25_b = wq->w->rank->b;
    sr.bm25_min_normlen = wq->w->rank->min_normlen;
    sr.skip_data = skip_data;
    sr.word_src = wq->sn->words;
    sr.deadline = &wq->r->deadline;
    int rc = xap_search(wq->w->db, &sr, res, e);
    if (rc == ERR_OK && (*res)->nmissing > 0) {
        /* a timeline, export or concordance of part of the index would
         * pass for the whole: no partial answers here */
        rc = err_set(
            e, ERR_UNAVAILABLE, "shard <%.80s> of the index is missing%s",
            (*res)->missing[0], (*res)->nmissing > 1 ? " (and others)" : "");
        xap_results_free(*res);
        *res = NULL;
        return rc;
    }
    if (rc == ERR_OK && (*res)->timed_out)
        wq->r->timed_out = 1;
    return rc;
}

int work_fields(struct work_q *wq, uint32_t docid, struct buf *store,
                const char *val[HITTAB_NFIELDS], size_t len[HITTAB_NFIELDS])
{
    if (hittab_get(wq->tab, docid, val, len))
        return 1;
    char *data = NULL;
    size_t n = 0;
    struct err e;
    err_clear(&e);
    if (xap_db_get_data_docid(wq->w->db, docid, &data, &n, &e) != ERR_OK)
        return 0;
    struct proto_jfield f[HITTAB_NFIELDS];
    for (size_t i = 0; i < HITTAB_NFIELDS; i++)
        f[i].key = hittab_fields[i];
    int ok = proto_json_scan(data, n, f, HITTAB_NFIELDS, NULL) == ERR_OK;
    /* the values are unescaped one after another into `store`, then
     * pointed at (it does not move once filled) */
    size_t at[HITTAB_NFIELDS];
    buf_reset(store);
    for (size_t i = 0; ok && i < HITTAB_NFIELDS; i++) {
        at[i] = store->len;
        len[i] = 0;
        if (f[i].raw != NULL && f[i].raw[0] == '"' &&
            proto_json_unescape(f[i].raw, f[i].raw_len, store, NULL) == ERR_OK)
            len[i] = store->len - at[i];
        else
            at[i] = SIZE_MAX;
        ok = buf_putc(store, '\0') == ERR_OK;
    }
    free(data);
    if (!ok)
        return 0;
    for (size_t i = 0; i < HITTAB_NFIELDS; i++)
        val[i] = at[i] == SIZE_MAX ? NULL : store->data + at[i];
    return 1;
}

void work_run(struct worker_ctx *w, struct snap *sn, struct req *r)
{
    if (r->work->kind == PROTO_WORK_SIMILAR) {
        work_similar(w, sn, r);
        return;
    }
    struct work_q wq;
    struct err e;
    err_clear(&e);
    r->code = PROTO_OK;
    int rc = work_q_open(&wq, w, sn, r, &e);
    if (rc != ERR_OK) {
        work_fail(r, rc, &e);
    } else {
        switch (r->work->kind) {
        case PROTO_WORK_TIMELINE:
            work_timeline(&wq);
            break;
        case PROTO_WORK_COVERAGE:
            work_coverage(&wq);
            break;
        case PROTO_WORK_KWIC:
            work_kwic(&wq);
            break;
        case PROTO_WORK_TERMS:
            work_terms(&wq);
            break;
        case PROTO_WORK_EXPORT:
            work_export(&wq);
            break;
        case PROTO_WORK_SIMILAR:
            break;
        }
    }
    work_q_close(&wq);
}
