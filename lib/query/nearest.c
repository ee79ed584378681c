/* SPDX-License-Identifier: GPL-2.0-or-later */
/* nearest.c - words of the vocabulary (vocab.c) near a typed word: the
 * edit distance (optimal string alignment), the nearest word by spelling
 * and by stem, and the words one edit away. */
#include <stdlib.h>
#include <string.h>

#include "query/vocab_internal.h"

/* Decode UTF-8 into code points; an invalid byte becomes a value past
 * U+10FFFF of its own, equal only to the same byte. */
static size_t decode(const char *s, size_t len, uint32_t *out, size_t cap)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = 0;
    for (size_t i = 0; i < len && n < cap;) {
        size_t k;
        uint32_t cp = utf8_next(u + i, len - i, &k);
        out[n++] = cp == UTF8_BAD ? 0x110000u + u[i] : cp;
        i += k;
    }
    return n;
}

int qry_edit_distance(const char *a, size_t alen, const char *b, size_t blen,
                      int maxdist)
{
    uint32_t x[TXT_WORD_MAX + 1], y[TXT_WORD_MAX + 1];
    size_t n = decode(a, alen, x, TXT_WORD_MAX);
    size_t m = decode(b, blen, y, TXT_WORD_MAX);
    if ((n > m ? n - m : m - n) > (size_t)maxdist)
        return maxdist + 1;
    /* three rows of the optimal-string-alignment table */
    int rows[3][TXT_WORD_MAX + 2];
    int *pp = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= m; j++)
        prev[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        cur[0] = (int)i;
        int rowmin = cur[0];
        for (size_t j = 1; j <= m; j++) {
            int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            int d = prev[j] + 1;
            if (cur[j - 1] + 1 < d)
                d = cur[j - 1] + 1;
            if (prev[j - 1] + cost < d)
                d = prev[j - 1] + cost;
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] &&
                x[i - 2] == y[j - 1] && pp[j - 2] + 1 < d)
                d = pp[j - 2] + 1;
            cur[j] = d;
            if (d < rowmin)
                rowmin = d;
        }
        if (rowmin > maxdist)
            return maxdist + 1;
        int *t = pp;
        pp = prev;
        prev = cur;
        cur = t;
    }
    return prev[m];
}

/* Walk the words of length len-d..len+d characters within distance d. */
static int walk_one(const struct qry_vocab *v, const char *word, size_t len,
                    int (*fn)(void *ctx, const struct vword *w, int dist),
                    void *ctx);

static int walk_near(const struct qry_vocab *v, const char *word, size_t len,
                     int maxdist,
                     int (*fn)(void *ctx, const struct vword *w, int dist),
                     void *ctx)
{
    if (maxdist == 1 && len >= 6 && v->by_suffix != NULL)
        return walk_one(v, word, len, fn, ctx);
    size_t c = utf8_count(word, len);
    size_t lo = c > (size_t)maxdist ? c - (size_t)maxdist : 0;
    size_t hi = c + (size_t)maxdist;
    if (hi > TXT_WORD_MAX)
        hi = TXT_WORD_MAX;
    for (size_t l = lo; l <= hi; l++) {
        for (size_t i = 0; i < v->nby_len[l]; i++) {
            const struct vword *w = &v->words[v->by_len[l][i]];
            /* cheap filter: the first or last letter must agree unless
             * the distance allows more than one edit */
            if (maxdist == 1 && w->w[0] != word[0] &&
                w->w[w->len - 1] != word[len - 1])
                continue;
            int d = qry_edit_distance(word, len, w->w, w->len, maxdist);
            if (d == 0 || d > maxdist)
                continue;
            int rc = fn(ctx, w, d);
            if (rc != 0)
                return rc;
        }
    }
    return 0;
}

/* Words one edit away keep the first or the last `half` bytes of the
 * query word intact (half leaves room for a two-byte letter), so they are
 * among the words sharing its prefix - a range of the byte-sorted list -
 * or its suffix - a range of by_suffix. Both ranges are small; scanning
 * every word of a similar length was a visible cost of every query. */
static int walk_one(const struct qry_vocab *v, const char *word, size_t len,
                    int (*fn)(void *ctx, const struct vword *w, int dist),
                    void *ctx)
{
    size_t half = (len - 2) / 2;
    size_t lo = 0, hi = v->n;
    while (lo < hi) { /* first word >= the prefix */
        size_t mid = lo + (hi - lo) / 2;
        const struct vword *m = &v->words[mid];
        size_t k = m->len < half ? m->len : half;
        int c = memcmp(m->w, word, k);
        if (c < 0 || (c == 0 && m->len < half))
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < v->n; i++) {
        const struct vword *m = &v->words[i];
        if (m->len < half || memcmp(m->w, word, half) != 0)
            break;
        int d = qry_edit_distance(word, len, m->w, m->len, 1);
        int rc = d == 1 ? fn(ctx, m, d) : 0;
        if (rc != 0)
            return rc;
    }
    const char *tail = word + len - half;
    for (size_t i = qry_vocab_suffix_first(v, tail, half); i < v->n; i++) {
        const struct vword *m = &v->words[v->by_suffix[i]];
        if (qry_vocab_cmp_tail(m->w, m->len, tail, half, half) != 0)
            break;
        if (m->len >= half && memcmp(m->w, word, half) == 0)
            continue; /* seen in the prefix range */
        int d = qry_edit_distance(word, len, m->w, m->len, 1);
        int rc = d == 1 ? fn(ctx, m, d) : 0;
        if (rc != 0)
            return rc;
    }
    return 0;
}

struct nearest_ctx {
    const struct vword *best;
    int dist;
};

static int keep_nearest(void *ctx, const struct vword *w, int dist)
{
    struct nearest_ctx *n = ctx;
    if (n->best == NULL || dist < n->dist ||
        (dist == n->dist && w->freq > n->best->freq)) {
        n->best = w;
        n->dist = dist;
    }
    return 0;
}

int qry_vocab_nearest(const struct qry_vocab *v, const char *word, size_t len,
                      int maxdist, char *out, size_t cap)
{
    if (v == NULL || len == 0)
        return -1;
    struct nearest_ctx n = {0};
    walk_near(v, word, len, maxdist, keep_nearest, &n);
    if (n.best == NULL || n.best->len + 1 > cap)
        return -1;
    memcpy(out, n.best->w, n.best->len);
    out[n.best->len] = '\0';
    return n.dist;
}

int qry_vocab_nearest_stem(const struct qry_vocab *v, const char *stem,
                           size_t len, int maxdist, char *out, size_t cap)
{
    if (v == NULL || v->by_stem == NULL || len == 0)
        return -1;
    struct nearest_ctx n = {0};
    const char *prev = NULL;
    int d = maxdist + 1;
    /* Only the stems sharing the first 1/(maxdist+1) of this one: a range
     * of by_stem, not a walk over every word on each typo. Of maxdist+1
     * pieces one is intact; a typo in the first piece is left to the
     * walk over words (qry_vocab_nearest). */
    size_t pre = len / ((size_t)maxdist + 1);
    while (pre > 0 && pre < len && ((unsigned char)stem[pre] & 0xC0) == 0x80)
        pre--; /* whole letters */
    size_t lo = 0, hi = v->n;
    while (lo < hi) { /* first stem >= the prefix */
        size_t mid = lo + (hi - lo) / 2;
        if (strncmp(qry_vocab_stem_at(v, v->by_stem[mid]), stem, pre) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* by_stem keeps a stem's forms together: one distance per stem. An
     * edit changes a length by 4 bytes at most (one UTF-8 letter). */
    for (size_t i = lo; i < v->n; i++) {
        uint32_t k = v->by_stem[i];
        const char *s = qry_vocab_stem_at(v, k);
        if (strncmp(s, stem, pre) != 0)
            break;
        if (prev == NULL || strcmp(s, prev) != 0) {
            size_t sl = strlen(s);
            prev = s;
            d = (sl > len ? sl - len : len - sl) > 4 * (size_t)maxdist
                    ? maxdist + 1
                    : qry_edit_distance(stem, len, s, sl, maxdist);
        }
        if (d <= maxdist)
            keep_nearest(&n, &v->words[k], d);
    }
    if (n.best == NULL || n.best->len + 1 > cap)
        return -1;
    memcpy(out, n.best->w, n.best->len);
    out[n.best->len] = '\0';
    return n.dist;
}

struct neigh_ctx {
    int (*fn)(void *ctx, const char *w, size_t wl, uint32_t freq);
    void *ctx;
    size_t left;
};

static int pass_neighbour(void *ctx, const struct vword *w, int dist)
{
    struct neigh_ctx *n = ctx;
    (void)dist;
    if (n->left == 0)
        return 1;
    n->left--;
    return n->fn(n->ctx, w->w, w->len, w->freq);
}

int qry_vocab_neighbours(
    const struct qry_vocab *v, const char *word, size_t len, size_t max,
    int (*fn)(void *ctx, const char *w, size_t wl, uint32_t freq), void *ctx)
{
    if (v == NULL || len == 0)
        return 0;
    struct neigh_ctx n = {fn, ctx, max};
    int rc = walk_near(v, word, len, 1, pass_neighbour, &n);
    return rc == 1 ? 0 : rc;
}
