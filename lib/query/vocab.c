/* SPDX-License-Identifier: GPL-2.0-or-later */
/* vocab.c - the index's own word list, for "did you mean" and the fuzzy
 * fall-back: every exact word term and compound part (PFX_PART, without
 * the prefix) with its document frequency (a word's and a part's added),
 * bucketed by length in characters so a search for words within edit distance d
 * only looks at lengths len-d..len+d; its indexes by stem and by ending.
 * The searches by edit distance are in nearest.c. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "query/vocab_internal.h"
#include "xap/schema.h"

#define VOCAB_WORDS_MAX 5000000 /* a bound on memory for huge indexes */

struct build_ctx {
    struct qry_vocab *v;
    size_t *offs;
};

/* 1 if `term` is a word the vocabulary holds when the index has it:
 * prefixed terms start with a capital; numbers, addresses and words of
 * fewer than 3 bytes are left out. */
static int vocab_word(const char *term, size_t len)
{
    unsigned char c = (unsigned char)term[0];
    if (len < 3 || len > TXT_WORD_MAX || ascii_upper(c) || ascii_digit(c))
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char d = (unsigned char)term[i];
        if (ascii_digit(d) || d == '-' || d == '.' || d == '@' || d == '/' ||
            d == ':')
            return 0;
    }
    return 1;
}

static int collect(void *ctx, const char *term, size_t len, uint32_t freq)
{
    struct build_ctx *b = ctx;
    struct qry_vocab *v = b->v;
    if (!vocab_word(term, len))
        return 0;
    if (v->n >= VOCAB_WORDS_MAX) {
        v->truncated = 1;
        return 1;
    }
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4096;
        struct vword *p = realloc(v->words, cap * sizeof *p);
        size_t *o = realloc(b->offs, cap * sizeof *o);
        if (o != NULL)
            b->offs = o;
        if (p == NULL || o == NULL) {
            if (p != NULL)
                v->words = p;
            return ERR_NOMEM;
        }
        v->words = p;
        v->cap = cap;
    }
    b->offs[v->n] = v->arena.len;
    if (buf_append(&v->arena, term, len) != ERR_OK ||
        buf_putc(&v->arena, '\0') != ERR_OK)
        return ERR_NOMEM;
    v->words[v->n].len = (uint32_t)len;
    v->words[v->n].freq = freq;
    v->n++;
    return 0;
}

/* The word at i while building (the arena may move: offsets). */
static int cmp_built(const struct build_ctx *b, size_t i, const char *w,
                     size_t len)
{
    const struct vword *m = &b->v->words[i];
    size_t n = m->len < len ? m->len : len;
    int c = memcmp(b->v->arena.data + b->offs[i], w, n);
    return c != 0 ? c : (m->len > len) - (m->len < len);
}

struct part_ctx {
    struct build_ctx *b;
    size_t n0; /* the words of the first walk, sorted */
};

/* A body compound part (PFX_PART + word; field copies have a capital
 * after the prefix): its frequency joins the word's, or it is a word. */
static int collect_part(void *ctx, const char *term, size_t len, uint32_t freq)
{
    struct part_ctx *p = ctx;
    size_t skip = strlen(PFX_PART);
    if (len <= skip || !vocab_word(term + skip, len - skip))
        return 0;
    term += skip;
    len -= skip;
    size_t lo = 0, hi = p->n0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_built(p->b, mid, term, len);
        if (c == 0) {
            p->b->v->words[mid].freq += freq;
            return 0;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return collect(p->b, term, len, freq);
}

static int cmp_words(const void *a, const void *b)
{
    const struct vword *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->w, y->w, n);
    return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

static const struct qry_vocab *sort_vocab; /* qsort has no context */

const char *qry_vocab_stem_at(const struct qry_vocab *v, uint32_t i)
{
    return v->stem_arena.data + v->stem_off[i];
}

static int cmp_by_stem(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    int c = strcmp(qry_vocab_stem_at(sort_vocab, x),
                   qry_vocab_stem_at(sort_vocab, y));
    return c != 0 ? c : (x > y) - (x < y);
}

int qry_vocab_cmp_tail(const char *a, size_t alen, const char *b, size_t blen,
                       size_t n)
{
    size_t k = alen < blen ? alen : blen;
    if (k > n)
        k = n;
    for (size_t i = 0; i < k; i++) {
        unsigned char x = (unsigned char)a[alen - 1 - i];
        unsigned char y = (unsigned char)b[blen - 1 - i];
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (k == n)
        return 0;
    return (alen > blen) - (alen < blen);
}

static int cmp_by_suffix(const void *a, const void *b)
{
    const struct vword *x = &sort_vocab->words[*(const uint32_t *)a];
    const struct vword *y = &sort_vocab->words[*(const uint32_t *)b];
    return qry_vocab_cmp_tail(x->w, x->len, y->w, y->len, (size_t)-1);
}

size_t qry_vocab_suffix_first(const struct qry_vocab *v, const char *tail,
                              size_t n)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct vword *m = &v->words[v->by_suffix[mid]];
        if (qry_vocab_cmp_tail(m->w, m->len, tail, n, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Stem every word once, at build time, off the query path. */
static int index_stems(struct qry_vocab *v, struct err *e)
{
    static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;
    struct txt_stemmer *st = txt_stemmer_new(e);
    if (st == NULL)
        return ERR_NOMEM;
    v->by_stem = malloc((v->n + 1) * sizeof *v->by_stem);
    v->stem_off = malloc((v->n + 1) * sizeof *v->stem_off);
    v->by_suffix = malloc((v->n + 1) * sizeof *v->by_suffix);
    int rc = v->by_stem == NULL || v->stem_off == NULL || v->by_suffix == NULL
                 ? ERR_NOMEM
                 : ERR_OK;
    for (size_t i = 0; rc == ERR_OK && i < v->n; i++) {
        char stem[TXT_WORD_MAX + 1];
        size_t sl =
            txt_stem(st, v->words[i].w, v->words[i].len, stem, sizeof stem);
        v->stem_off[i] = (uint32_t)v->stem_arena.len;
        v->by_stem[i] = (uint32_t)i;
        v->by_suffix[i] = (uint32_t)i;
        if (buf_append(&v->stem_arena, stem, sl + 1) != ERR_OK)
            rc = ERR_NOMEM;
    }
    txt_stemmer_free(st);
    if (rc != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory stemming vocabulary");
    pthread_mutex_lock(&sort_lock);
    sort_vocab = v;
    qsort(v->by_stem, v->n, sizeof *v->by_stem, cmp_by_stem);
    qsort(v->by_suffix, v->n, sizeof *v->by_suffix, cmp_by_suffix);
    sort_vocab = NULL;
    pthread_mutex_unlock(&sort_lock);
    return ERR_OK;
}

int qry_vocab_forms(const struct qry_vocab *v, const char *stem, size_t max,
                    int (*fn)(void *ctx, const char *w, size_t wl), void *ctx)
{
    if (v == NULL || v->by_stem == NULL)
        return 0;
    size_t lo = 0, hi = v->n;
    while (lo < hi) { /* first word whose stem is >= stem */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(qry_vocab_stem_at(v, v->by_stem[mid]), stem) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < v->n && max > 0; i++, max--) {
        uint32_t k = v->by_stem[i];
        if (strcmp(qry_vocab_stem_at(v, k), stem) != 0)
            break;
        int rc = fn(ctx, v->words[k].w, v->words[k].len);
        if (rc != 0)
            return rc;
    }
    return 0;
}

static int count_form(void *ctx, const char *w, size_t wl)
{
    (void)w;
    (void)wl;
    ++*(size_t *)ctx;
    return 0;
}

size_t qry_vocab_nforms(const struct qry_vocab *v, const char *stem, size_t max)
{
    size_t n = 0;
    qry_vocab_forms(v, stem, max, count_form, &n);
    return n;
}

int qry_vocab_ending(const struct qry_vocab *v, const char *tail, size_t n,
                     size_t max, int (*fn)(void *ctx, const char *w, size_t wl),
                     void *ctx)
{
    if (v == NULL || v->by_suffix == NULL || n == 0)
        return 0;
    for (size_t i = qry_vocab_suffix_first(v, tail, n); i < v->n && max > 0;
         i++) {
        const struct vword *m = &v->words[v->by_suffix[i]];
        if (qry_vocab_cmp_tail(m->w, m->len, tail, n, n) != 0)
            break;
        if (m->len == n)
            continue; /* the word itself */
        max--;
        int rc = fn(ctx, m->w, m->len);
        if (rc != 0)
            return rc;
    }
    return 0;
}

struct qry_vocab *qry_vocab_build(xap_db *db, struct err *e)
{
    struct qry_vocab *v = calloc(1, sizeof *v);
    if (v == NULL) {
        err_set(e, ERR_NOMEM, "out of memory");
        return NULL;
    }
    struct build_ctx b = {.v = v};
    int rc = xap_db_allterms(db, "", collect, &b, e);
    struct part_ctx pc = {.b = &b, .n0 = v->n};
    if (rc >= 0 && !v->truncated)
        rc = xap_db_allterms(db, PFX_PART, collect_part, &pc, e);
    if (rc < 0) {
        if (rc == ERR_NOMEM)
            err_set(e, ERR_NOMEM, "out of memory building vocabulary");
        goto fail;
    }
    for (size_t i = 0; i < v->n; i++)
        v->words[i].w = v->arena.data + b.offs[i];
    if (v->n > pc.n0) /* words only parts: back in byte order */
        qsort(v->words, v->n, sizeof *v->words, cmp_words);
    size_t counts[TXT_WORD_MAX + 1] = {0};
    for (size_t i = 0; i < v->n; i++) {
        size_t c = utf8_count(v->words[i].w, v->words[i].len);
        counts[c > TXT_WORD_MAX ? TXT_WORD_MAX : c]++;
    }
    for (size_t c = 0; c <= TXT_WORD_MAX; c++) {
        if (counts[c] == 0)
            continue;
        v->by_len[c] = malloc(counts[c] * sizeof(uint32_t));
        if (v->by_len[c] == NULL) {
            err_set(e, ERR_NOMEM, "out of memory building vocabulary");
            goto fail;
        }
    }
    for (size_t i = 0; i < v->n; i++) {
        size_t c = utf8_count(v->words[i].w, v->words[i].len);
        if (c > TXT_WORD_MAX)
            c = TXT_WORD_MAX;
        v->by_len[c][v->nby_len[c]++] = (uint32_t)i;
    }
    free(b.offs);
    b.offs = NULL;
    if (index_stems(v, e) != ERR_OK)
        goto fail;
    return v;
fail:
    free(b.offs);
    qry_vocab_free(v);
    return NULL;
}

void qry_vocab_free(struct qry_vocab *v)
{
    if (v == NULL)
        return;
    for (size_t c = 0; c <= TXT_WORD_MAX; c++)
        free(v->by_len[c]);
    free(v->words);
    buf_fini(&v->arena);
    free(v->by_stem);
    free(v->stem_off);
    free(v->by_suffix);
    buf_fini(&v->stem_arena);
    free(v);
}

size_t qry_vocab_size(const struct qry_vocab *v)
{
    return v == NULL ? 0 : v->n;
}

uint32_t qry_vocab_freq(const struct qry_vocab *v, const char *word, size_t len)
{
    if (v == NULL)
        return 0;
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct vword *m = &v->words[mid];
        size_t n = m->len < len ? m->len : len;
        int c = memcmp(m->w, word, n);
        if (c == 0)
            c = m->len < len ? -1 : m->len > len ? 1 : 0;
        if (c == 0)
            return m->freq;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

int qry_vocab_freq_known(const struct qry_vocab *v, const char *word,
                         size_t len, uint32_t *freq)
{
    if (v == NULL || v->truncated || !vocab_word(word, len))
        return 0;
    *freq = qry_vocab_freq(v, word, len);
    return 1;
}
