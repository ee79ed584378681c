/* SPDX-License-Identifier: GPL-2.0-or-later */
/* terms.c - TERMS (the words most over-represented in the matching
 * items) and SIMILAR (items like one item).
 *
 * Xapian's expand set (Enquire::get_eset) reads the termlists of the
 * relevant documents, and the index has none (DB_NO_TERMLIST, see
 * lib/xap/README.md). So both read stored text: TERMS the
 * LIMIT_TERMS_ITEMS most relevant matches, counting in how many of them
 * each word occurs (df_s of K), against the index's document frequency
 * of the word (df of N); the score is JLH, as Elasticsearch's
 * significant terms: (p_s - p) * (p_s / p), p_s = df_s/K, p = df/N. The
 * words are the folded forms as written (readable, not stems), without
 * stop words, numbers, words under 3 bytes and the query's own words
 * (those qry_match() marks).
 * SIMILAR takes the item's 20 words of highest tf x idf and searches
 * them (the query language's OR, with its stems and compounds), then
 * drops the hits of the item's own meeting (source file). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "req.h"
#include "server.h"
#include "snap.h"
#include "work.h"

#define LIMIT_TERMS_ITEMS 200 /* matches read for TERMS */
#define SIMILAR_WORDS     20  /* words of the item searched for */
#define SIMILAR_EXTRA     100 /* hits fetched beyond the page, to drop */

/* The stored text (and file) of a document; 0 if none. */
static int doc_text(xap_db *db, uint32_t docid, const char *idterm,
                    struct buf *text, struct buf *file)
{
    char *data = NULL;
    size_t n = 0;
    struct err e;
    err_clear(&e);
    int rc = idterm != NULL ? xap_db_get_data(db, idterm, &data, &n, &e)
                            : xap_db_get_data_docid(db, docid, &data, &n, &e);
    if (rc != ERR_OK)
        return rc;
    struct proto_jfield f[2] = {{.key = "text"}, {.key = "file"}};
    buf_reset(text);
    if (file != NULL)
        buf_reset(file);
    if (proto_json_scan(data, n, f, 2, NULL) == ERR_OK) {
        if (f[0].raw != NULL && f[0].raw[0] == '"')
            proto_json_unescape(f[0].raw, f[0].raw_len, text, NULL);
        if (file != NULL && f[1].raw != NULL && f[1].raw[0] == '"')
            proto_json_unescape(f[1].raw, f[1].raw_len, file, NULL);
    }
    free(data);
    return ERR_OK;
}

/* A word worth counting: 3+ bytes, not a number, URL or stop word. */
static int word_ok(const struct txt_tok *t)
{
    return t->wlen >= 3 && !(t->flags & (TXT_TOK_NUMBER | TXT_TOK_URL)) &&
           !txt_is_stopword(t->word, t->wlen);
}

struct own_ctx {
    struct qry_out *q;
    int hit;
};

static int own_term(void *ctx, const struct txt_term *t)
{
    struct own_ctx *o = ctx;
    o->hit = qry_match(o->q, t->kind, t->term, t->len);
    return o->hit;
}

struct scored {
    const char *word;
    double score;
    uint32_t count, df;
};

static int by_score(const void *a, const void *b)
{
    const struct scored *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return strcmp(x->word, y->word);
}

/* Count, over the items of res, in how many of them each word occurs
 * (ce->a; ce->b the last item counted, UINT32_MAX for the query's own
 * words, which are no news) into c; the items read into *items. */
static int count_words(struct work_q *wq, const struct xap_results *res,
                       struct work_cells *c, uint32_t *items)
{
    struct req *r = wq->r;
    struct txt_analyzer an = {wq->w->stemmer, wq->sn->lexicon};
    struct buf text;
    buf_init(&text);
    uint32_t k = 0;
    int rc = ERR_OK;
    for (size_t i = 0; res != NULL && i < res->nhits && rc == ERR_OK; i++) {
        if (deadline_passed(&r->deadline)) {
            r->timed_out = 1;
            break;
        }
        if (doc_text(wq->w->db, res->hits[i].docid, NULL, &text, NULL) !=
            ERR_OK)
            continue;
        k++;
        struct txt_tokenizer tz;
        struct txt_tok t;
        txt_tok_init(&tz, text.data != NULL ? text.data : "", text.len);
        while (rc == ERR_OK && txt_tok_next(&tz, &t)) {
            if (!word_ok(&t))
                continue;
            int created;
            struct work_cell *ce = work_cells_get(c, t.word, t.wlen, &created);
            if (ce == NULL) {
                rc = ERR_NOMEM;
                break;
            }
            if (created) { /* the query's own words are not news */
                struct own_ctx o = {&wq->q, 0};
                uint32_t pos = 0;
                txt_analyze(&an, text.data + t.off, t.len, &pos, own_term, &o);
                ce->b = o.hit ? UINT32_MAX : 0;
            }
            if (ce->b != UINT32_MAX && ce->b != k) { /* once per item */
                ce->b = k;
                ce->a++;
            }
        }
    }
    buf_fini(&text);
    *items = k;
    return rc;
}

/* The words of c that tell the k items read from the rest of the index
 * (their share of the sample against their share of all items), into
 * sc; how many. */
static size_t telling_words(struct work_q *wq, const struct work_cells *c,
                            uint32_t k, struct scored *sc)
{
    uint32_t n = xap_db_doccount(wq->w->db), ns = 0;
    /* a word in one item of the sample says nothing about the set */
    uint32_t min_count = k >= 20 ? 3 : 2;
    for (size_t i = 0; i < c->cap; i++) {
        const struct work_cell *ce = &c->v[i];
        if (ce->key == NULL || ce->b == UINT32_MAX || ce->a < min_count)
            continue;
        uint32_t df = xap_db_termfreq(wq->w->db, ce->key, strlen(ce->key));
        if (df < ce->a) /* not indexed where it occurs: a heading */
            continue;
        double ps = (double)ce->a / k, p = (double)(df > 0 ? df : 1) / n;
        if (ps <= p)
            continue;
        sc[ns++] = (struct scored){ce->key, (ps - p) * (ps / p), ce->a, df};
    }
    return ns;
}

/* The answer: the best `limit` of sc[0..ns), best first. */
static int write_terms(struct req *r, struct scored *sc, size_t ns, uint32_t k,
                       uint32_t total)
{
    qsort(sc, ns, sizeof *sc, by_score);
    uint32_t lim = r->work->s.limit;
    json_t *terms = json_array();
    for (uint32_t i = 0; terms != NULL && i < ns && i < lim; i++) {
        json_t *o =
            json_pack("{s:s,s:f,s:I,s:I}", "term", sc[i].word, "score",
                      round(sc[i].score * 1e4) / 1e4, "count",
                      (json_int_t)sc[i].count, "docs", (json_int_t)sc[i].df);
        if (o == NULL || json_array_append_new(terms, o) != 0) {
            json_decref(terms);
            terms = NULL;
        }
    }
    json_t *o =
        json_pack("{s:o*,s:I,s:I,s:b,s:f}", "terms", terms, "items_read",
                  (json_int_t)k, "total", (json_int_t)total, "timed_out",
                  r->timed_out, "took_ms", server_now_ms() - r->t0);
    int rc = o != NULL ? proto_json_append(o, &r->body, NULL) : ERR_NOMEM;
    json_decref(o);
    r->nhits = ns < lim ? (uint32_t)ns : lim;
    return rc;
}

void work_terms(struct work_q *wq)
{
    struct req *r = wq->r;
    struct xap_results *res = NULL;
    struct work_cells c = {0};
    struct scored *sc = NULL;
    struct err e;
    err_clear(&e);
    int rc = work_q_matches(wq, wq->root, LIMIT_TERMS_ITEMS, 1, 0, &res, &e);
    if (rc != ERR_OK) {
        work_fail(r, rc, &e);
        return;
    }
    uint32_t k = 0;
    rc = count_words(wq, res, &c, &k);
    sc = rc == ERR_OK ? calloc(c.n + 1, sizeof *sc) : NULL;
    if (sc == NULL)
        rc = ERR_NOMEM;
    if (rc == ERR_OK)
        rc = write_terms(r, sc, telling_words(wq, &c, k, sc), k,
                         res != NULL ? res->lower : 0);
    if (rc != ERR_OK)
        req_fail(r, PROTO_INTERNAL, "out of memory counting terms");
    free(sc);
    work_cells_fini(&c);
    xap_results_free(res);
}

/* The item's most telling words as a query: "w1 w2 ...". */
static int similar_query(xap_db *db, const char *text, size_t len,
                         struct buf *q)
{
    struct work_cells c = {0};
    struct txt_tokenizer tz;
    struct txt_tok t;
    int rc = ERR_OK;
    txt_tok_init(&tz, text, len);
    while (rc == ERR_OK && txt_tok_next(&tz, &t)) {
        int created;
        struct work_cell *ce =
            word_ok(&t) && !(t.flags & TXT_TOK_HYPHENATED)
                ? work_cells_get(&c, t.word, t.wlen, &created)
                : NULL;
        if (ce != NULL)
            ce->a++;
    }
    uint32_t n = xap_db_doccount(db);
    struct scored *sc = calloc(c.n + 1, sizeof *sc);
    size_t ns = 0;
    for (size_t i = 0; sc != NULL && i < c.cap; i++) {
        if (c.v[i].key == NULL)
            continue;
        uint32_t df = xap_db_termfreq(db, c.v[i].key, strlen(c.v[i].key));
        if (df < 2) /* in no other item: nothing to find */
            continue;
        sc[ns++] = (struct scored){c.v[i].key, c.v[i].a * log((double)n / df),
                                   c.v[i].a, df};
    }
    if (sc == NULL)
        rc = ERR_NOMEM;
    else
        qsort(sc, ns, sizeof *sc, by_score);
    for (size_t i = 0; rc == ERR_OK && i < ns && i < SIMILAR_WORDS; i++) {
        if (i > 0)
            buf_putc(q, ' ');
        rc = buf_puts(q, sc[i].word);
    }
    free(sc);
    work_cells_fini(&c);
    return rc;
}

void work_similar(struct worker_ctx *w, struct snap *sn, struct req *r)
{
    struct proto_work *wk = r->work;
    char term[PROTO_ID_MAX + 2];
    snprintf(term, sizeof term, "Q%s", wk->id);
    struct buf text, file, q;
    buf_init(&text);
    buf_init(&file);
    buf_init(&q);
    int rc = doc_text(w->db, 0, term, &text, &file);
    if (rc == ERR_NOTFOUND) {
        char msg[ERR_MSG_MAX];
        snprintf(msg, sizeof msg, "no item <%.200s>", wk->id);
        req_fail(r, PROTO_NOT_FOUND, msg);
        goto done;
    }
    if (rc == ERR_OK)
        rc = similar_query(w->db, text.data != NULL ? text.data : "", text.len,
                           &q);
    if (rc != ERR_OK || buf_reserve(&file, 1) != ERR_OK) {
        req_fail(r, PROTO_INTERNAL, "reading the item failed");
        goto done;
    }
    file.data[file.len] = '\0';
    /* the search's own answer, hits of the item's meeting dropped */
    struct proto_search *s = &r->search;
    if (q.len == 0) { /* no telling word: nothing is like it */
        r->code = PROTO_OK;
        buf_printf(&r->body,
                   "{\"total\":{\"estimated\":0,\"lower\":0,\"upper\":0},"
                   "\"offset\":0,\"limit\":%u,\"hits\":[],\"facets\":null,"
                   "\"suggestion\":null,\"corrected\":false,"
                   "\"timed_out\":false}",
                   (unsigned)wk->s.limit);
        goto done;
    }
    s->q_len = q.len;
    s->q = buf_detach(&q);
    s->council = wk->s.council != NULL ? strdup(wk->s.council) : NULL;
    memcpy(s->from_key, wk->s.from_key, sizeof s->from_key);
    memcpy(s->to_key, wk->s.to_key, sizeof s->to_key);
    s->facets = 0;
    s->limit = wk->s.limit + SIMILAR_EXTRA;
    r->keep = wk->s.limit;
    r->exclude_file = buf_detach(&file);
    if (s->q == NULL || r->exclude_file == NULL) {
        req_fail(r, PROTO_INTERNAL, "out of memory");
        goto done;
    }
    search_query(w, sn, r);
done:
    buf_fini(&text);
    buf_fini(&file);
    buf_fini(&q);
}

void work_drop_file(struct worker_ctx *w, struct snap *sn,
                    struct xap_results *res, const char *file, uint32_t keep)
{
    (void)sn;
    struct buf f, text;
    buf_init(&f);
    buf_init(&text);
    size_t k = 0;
    for (size_t i = 0; i < res->nhits; i++) {
        struct xap_hit *h = &res->hits[i];
        int same = 0;
        if (h->data != NULL) {
            struct proto_jfield jf = {.key = "file"};
            buf_reset(&f);
            if (proto_json_scan(h->data, h->datalen, &jf, 1, NULL) == ERR_OK &&
                jf.raw != NULL && jf.raw[0] == '"')
                proto_json_unescape(jf.raw, jf.raw_len, &f, NULL);
        } else {
            doc_text(w->db, h->docid, NULL, &text, &f);
        }
        same = f.len == strlen(file) && memcmp(f.data, file, f.len) == 0;
        if (same || k >= keep) {
            free(h->data);
            h->data = NULL;
            continue;
        }
        res->hits[k++] = *h;
    }
    res->nhits = k;
    buf_fini(&f);
    buf_fini(&text);
}
