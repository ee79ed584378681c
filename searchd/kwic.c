/* SPDX-License-Identifier: GPL-2.0-or-later */
/* kwic.c - KWIC, the concordance: every occurrence of what the query
 * matched (each inflection and compound: the words a snippet would mark,
 * decided by the same qry_match() over the same analysis) with `width`
 * words each side, from the best matching items.
 *
 * Bounds: the LIMIT_KWIC_ITEMS most relevant items are read, and at most
 * LIMIT_KWIC_LINES lines kept (then sorted and paged); the answer says
 * how many items matched and how many were read. */
#include <stdlib.h>
#include <string.h>

#include "limits.h"
#include "req.h"
#include "server.h"
#include "snap.h"
#include "work.h"

#define LIMIT_KWIC_ITEMS 1000
#define LIMIT_KWIC_LINES 20000

struct line {
    char *id, *date, *council;
    char *left, *match, *right;
    char lkey[TXT_WORD_MAX + 1], rkey[TXT_WORD_MAX + 1]; /* folded */
    uint32_t rank; /* the order found: relevance, then position */
};

struct lines {
    struct line *v;
    size_t n, cap;
};

static void lines_fini(struct lines *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].id);
        free(l->v[i].date);
        free(l->v[i].council);
        free(l->v[i].left);
        free(l->v[i].match);
        free(l->v[i].right);
    }
    free(l->v);
}

struct hit_ctx {
    struct qry_out *q;
    int hit;
};

static int on_term(void *ctx, const struct txt_term *t)
{
    struct hit_ctx *h = ctx;
    if (qry_match(h->q, t->kind, t->term, t->len)) {
        h->hit = 1;
        return 1;
    }
    return 0;
}

/* Does the token text[off..off+len) hold a term the query searched? */
static int tok_matches(const struct txt_analyzer *an, struct qry_out *q,
                       const char *const *needles, size_t nneedles,
                       const struct txt_tok *t, const char *text)
{
    if (needles != NULL) { /* most words hold no needle: skip them */
        size_t i = 0;
        while (i < nneedles && strstr(t->word, needles[i]) == NULL)
            i++;
        if (i == nneedles)
            return 0;
    }
    struct hit_ctx h = {q, 0};
    uint32_t pos = 0;
    txt_analyze(an, text + t->off, t->len, &pos, on_term, &h);
    return h.hit;
}

/* text[a..b) with whitespace runs as one space, trimmed. */
static char *collapsed(const char *text, size_t a, size_t b)
{
    char *s = malloc(b - a + 1);
    if (s == NULL)
        return NULL;
    size_t n = 0;
    int sp = 0;
    for (size_t i = a; i < b; i++) {
        char c = text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            sp = n > 0;
            continue;
        }
        if (sp)
            s[n++] = ' ';
        sp = 0;
        s[n++] = c;
    }
    s[n] = '\0';
    return s;
}

struct doc {
    const char *text;
    size_t len;
    const char *val[HITTAB_NFIELDS];
    size_t vlen[HITTAB_NFIELDS];
};

/* The lines of one item. ERR_LIMIT once LIMIT_KWIC_LINES are kept. */
/* The tokens of d's text, in *toks (the caller frees) and *n. */
static int all_tokens(const struct doc *d, struct txt_tok **toks, size_t *n)
{
    size_t cap = 1024;
    *n = 0;
    *toks = malloc(cap * sizeof **toks);
    if (*toks == NULL)
        return ERR_NOMEM;
    struct txt_tokenizer tz;
    txt_tok_init(&tz, d->text, d->len);
    while (txt_tok_next(&tz, &(*toks)[*n])) {
        if (++*n == cap) {
            struct txt_tok *p = realloc(*toks, 2 * cap * sizeof **toks);
            if (p == NULL)
                return ERR_NOMEM;
            *toks = p;
            cap *= 2;
        }
    }
    return ERR_OK;
}

/* A new, zeroed line at the end of out; NULL with *rc ERR_LIMIT past
 * LIMIT_KWIC_LINES or ERR_NOMEM. */
static struct line *add_line(struct lines *out, int *rc)
{
    if (out->n == LIMIT_KWIC_LINES) {
        *rc = ERR_LIMIT;
        return NULL;
    }
    if (out->n == out->cap) {
        size_t c2 = out->cap ? 2 * out->cap : 256;
        struct line *p = realloc(out->v, c2 * sizeof *p);
        if (p == NULL) {
            *rc = ERR_NOMEM;
            return NULL;
        }
        out->v = p;
        out->cap = c2;
    }
    struct line *l = &out->v[out->n++];
    memset(l, 0, sizeof *l);
    l->rank = (uint32_t)(out->n - 1); /* the order found */
    return l;
}

/* Line l of the match toks[i..j] of d, with width words each side and the
 * words beside it as the sort keys. */
static int fill_line(struct line *l, const struct doc *d,
                     const struct txt_tok *toks, size_t n, size_t i, size_t j,
                     uint32_t width)
{
    size_t lf = i >= width ? i - width : 0;
    size_t rt = j + width < n ? j + width : n - 1;
    size_t ms = toks[i].off, me = toks[j].off + toks[j].len;
    l->left = collapsed(d->text, width > 0 ? toks[lf].off : ms, ms);
    l->match = collapsed(d->text, ms, me);
    l->right =
        collapsed(d->text, me, width > 0 ? toks[rt].off + toks[rt].len : me);
    l->id = strndup(d->val[0] ? d->val[0] : "", d->vlen[0]);
    l->council = strndup(d->val[1] ? d->val[1] : "", d->vlen[1]);
    l->date = strndup(d->val[3] ? d->val[3] : "", d->vlen[3]);
    if (i > 0)
        memcpy(l->lkey, toks[i - 1].word, toks[i - 1].wlen + 1);
    if (j + 1 < n)
        memcpy(l->rkey, toks[j + 1].word, toks[j + 1].wlen + 1);
    return !l->left || !l->match || !l->right || !l->id || !l->council ||
                   !l->date
               ? ERR_NOMEM
               : ERR_OK;
}

static int doc_lines(struct work_q *wq, const struct txt_analyzer *an,
                     const char *const *needles, size_t nneedles,
                     const struct doc *d, struct lines *out)
{
    size_t n = 0;
    struct txt_tok *toks = NULL;
    unsigned char *hit = NULL;
    int rc = all_tokens(d, &toks, &n);
    hit = rc == ERR_OK ? calloc(n + 1, 1) : NULL;
    if (hit == NULL)
        rc = ERR_NOMEM;
    for (size_t i = 0; rc == ERR_OK && i < n; i++)
        hit[i] = (unsigned char)tok_matches(an, &wq->q, needles, nneedles,
                                            &toks[i], d->text);
    for (size_t i = 0; rc == ERR_OK && i < n; i++) {
        if (!hit[i])
            continue;
        size_t j = i; /* a phrase's words (adjacent matches) are one line */
        while (j + 1 < n && hit[j + 1])
            j++;
        struct line *l = add_line(out, &rc);
        if (l == NULL)
            break;
        rc = fill_line(l, d, toks, n, i, j, wq->r->work->width);
        i = j;
    }
    free(hit);
    free(toks);
    return rc;
}

static int by_rank(const struct line *a, const struct line *b)
{
    return a->rank < b->rank ? -1 : a->rank > b->rank;
}

static int cmp_left(const void *a, const void *b)
{
    const struct line *x = a, *y = b;
    int c = strcmp(x->lkey, y->lkey);
    return c != 0 ? c : by_rank(x, y);
}

static int cmp_right(const void *a, const void *b)
{
    const struct line *x = a, *y = b;
    int c = strcmp(x->rkey, y->rkey);
    return c != 0 ? c : by_rank(x, y);
}

static int cmp_date(const void *a, const void *b)
{
    const struct line *x = a, *y = b;
    int c = strcmp(x->date, y->date);
    return c != 0 ? c : by_rank(x, y);
}

static int write_answer(struct req *r, struct lines *l, uint32_t matched,
                        uint32_t read, int cut)
{
    const struct proto_work *w = r->work;
    size_t from = w->s.offset < l->n ? w->s.offset : l->n;
    size_t to = from + w->s.limit < l->n ? from + w->s.limit : l->n;
    int rc = ERR_OK;
    if (w->format == PROTO_FMT_CSV) {
        /* HTTP: the CSV itself; line protocol: {"text": CSV, "total"} */
        struct buf csv;
        buf_init(&csv);
        rc = buf_puts(&csv, "id,date,council,left,match,right\r\n");
        for (size_t i = from; rc == ERR_OK && i < to; i++) {
            const char *f[6] = {l->v[i].id,   l->v[i].date,  l->v[i].council,
                                l->v[i].left, l->v[i].match, l->v[i].right};
            for (size_t k = 0; rc == ERR_OK && k < 6; k++) {
                rc = proto_csv_field(&csv, f[k], strlen(f[k]));
                if (rc == ERR_OK)
                    rc = buf_puts(&csv, k < 5 ? "," : "\r\n");
            }
        }
        if (rc == ERR_OK && r->via == REQ_VIA_HTTP) {
            rc =
                buf_append(&r->body, csv.data != NULL ? csv.data : "", csv.len);
        } else if (rc == ERR_OK) {
            json_t *o = json_pack("{s:s%,s:I}", "text",
                                  csv.data != NULL ? csv.data : "", csv.len,
                                  "total", (json_int_t)l->n);
            rc = o != NULL ? proto_json_append(o, &r->body, NULL) : ERR_NOMEM;
            json_decref(o);
        }
        buf_fini(&csv);
        return rc;
    }
    json_t *lines = json_array();
    for (size_t i = from; lines != NULL && i < to; i++) {
        json_t *o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:s}", "id", l->v[i].id,
                              "date", l->v[i].date, "council", l->v[i].council,
                              "left", l->v[i].left, "match", l->v[i].match,
                              "right", l->v[i].right);
        if (o == NULL || json_array_append_new(lines, o) != 0) {
            json_decref(lines);
            lines = NULL;
        }
    }
    json_t *o =
        json_pack("{s:o*,s:I,s:I,s:I,s:b,s:b,s:f}", "lines", lines, "total",
                  (json_int_t)l->n, "items", (json_int_t)matched, "items_read",
                  (json_int_t)read, "truncated", cut, "timed_out", r->timed_out,
                  "took_ms", server_now_ms() - r->t0);
    rc = o != NULL ? proto_json_append(o, &r->body, NULL) : ERR_NOMEM;
    json_decref(o);
    return rc;
}

/* The concordance lines of one item, its stored data[0..n) (the hit
 * table's fields and its text, JSON), added to l; text is the buffer
 * the text is unescaped into. Data that does not parse adds none. */
static int item_lines(struct work_q *wq, const struct txt_analyzer *an,
                      const char *const *np, size_t nneedles, const char *data,
                      size_t n, struct buf *text, struct lines *l)
{
    struct proto_jfield f[HITTAB_NFIELDS + 1];
    for (size_t k = 0; k < HITTAB_NFIELDS; k++)
        f[k].key = hittab_fields[k];
    f[HITTAB_NFIELDS].key = "text";
    struct doc d;
    memset(&d, 0, sizeof d);
    buf_reset(text);
    if (proto_json_scan(data, n, f, HITTAB_NFIELDS + 1, NULL) != ERR_OK ||
        f[HITTAB_NFIELDS].raw == NULL ||
        proto_json_unescape(f[HITTAB_NFIELDS].raw, f[HITTAB_NFIELDS].raw_len,
                            text, NULL) != ERR_OK)
        return ERR_OK;
    /* the short fields are unescaped into their own buffers */
    struct buf fb[HITTAB_NFIELDS];
    for (size_t k = 0; k < HITTAB_NFIELDS; k++) {
        buf_init(&fb[k]);
        if (f[k].raw != NULL && f[k].raw[0] == '"' &&
            proto_json_unescape(f[k].raw, f[k].raw_len, &fb[k], NULL) ==
                ERR_OK &&
            buf_reserve(&fb[k], 1) == ERR_OK) {
            fb[k].data[fb[k].len] = '\0';
            d.val[k] = fb[k].data;
            d.vlen[k] = fb[k].len;
        }
    }
    d.text = text->data != NULL ? text->data : "";
    d.len = text->len;
    int rc = doc_lines(wq, an, np, nneedles, &d, l);
    for (size_t k = 0; k < HITTAB_NFIELDS; k++)
        buf_fini(&fb[k]);
    return rc;
}

/* The lines in the order asked: by the words left or right of the
 * match, by date; as ranked otherwise. */
static void sort_lines(enum proto_work_sort sort, struct lines *l)
{
    int (*cmp)(const void *, const void *) = NULL;
    if (sort == PROTO_SORT_LEFT)
        cmp = cmp_left;
    else if (sort == PROTO_SORT_RIGHT)
        cmp = cmp_right;
    else if (sort == PROTO_SORT_DATE)
        cmp = cmp_date;
    if (cmp != NULL && l->n > 1)
        qsort(l->v, l->n, sizeof *l->v, cmp);
}

/* A concordance (keyword in context) of the query's words over its best
 * items: each match a line with its left and right context. */
void work_kwic(struct work_q *wq)
{
    struct req *r = wq->r;
    struct xap_results *res = NULL;
    struct lines l = {0};
    struct err e;
    err_clear(&e);
    /* the best items; the count of all matches comes with them */
    int rc = work_q_matches(wq, wq->root, LIMIT_KWIC_ITEMS, 1, 0, &res, &e);
    if (rc != ERR_OK) {
        work_fail(r, rc, &e);
        return;
    }
    struct txt_analyzer an = {wq->w->stemmer, wq->sn->lexicon};
    const char *needles[256];
    size_t nneedles = 0;
    const char *const *np = NULL;
    if (wq->q.nhl <= 256) {
        nneedles = qry_needles(&wq->q, needles, 256);
        np = needles;
    }
    uint32_t read = 0, matched = res != NULL ? res->lower : 0;
    int cut = 0;
    struct buf text;
    buf_init(&text);
    for (size_t i = 0; res != NULL && i < res->nhits && rc == ERR_OK; i++) {
        if (read == LIMIT_KWIC_ITEMS) {
            cut = 1;
            break;
        }
        if (deadline_passed(&r->deadline)) {
            r->timed_out = 1;
            break;
        }
        char *data = NULL;
        size_t n = 0;
        if (xap_db_get_data_docid(wq->w->db, res->hits[i].docid, &data, &n,
                                  &e) != ERR_OK)
            continue;
        rc = item_lines(wq, &an, np, nneedles, data, n, &text, &l);
        free(data);
        read++;
    }
    buf_fini(&text);
    if (read < matched && !r->timed_out)
        cut = 1; /* only the first LIMIT_KWIC_ITEMS were fetched */
    if (rc == ERR_LIMIT) {
        cut = 1;
        rc = ERR_OK;
    }
    if (rc == ERR_OK) {
        sort_lines(r->work->sort, &l);
        rc = write_answer(r, &l, matched, read, cut);
    }
    if (rc != ERR_OK)
        req_fail(r, PROTO_INTERNAL, "out of memory writing the concordance");
    r->nhits = (uint32_t)l.n;
    r->total = matched;
    lines_fini(&l);
    xap_results_free(res);
}
