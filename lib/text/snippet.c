/* SPDX-License-Identifier: GPL-2.0-or-later */
/* snippet.c - the part of an item's text shown with a search result: the
 * matched words (a phrase of the query where it stands whole, not word by
 * word) and the window with the most distinct ones; snippet_render.c
 * writes it out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "snippet_internal.h"

/* Only the start of a huge text is searched for the best window. */
#define SNIP_SCAN_MAX (200u * 1024)
/* Distinct matched terms told apart when scoring windows. */
#define SNIP_KEYS          64
#define SNIP_DEFAULT_BYTES 240
/* Bytes of spaces and punctuation between two words of one phrase. */
#define SNIP_PHRASE_GAP 64

/* A word that is word k of phrase p: marked only if the phrase is whole. */
struct cand {
    size_t off, len;
    size_t p, k;
};

struct collect {
    size_t base; /* offset of the analysed span in the text */
    txt_match_fn match;
    void *mctx;
    const struct txt_snippet_opts *o;
    struct snip_hit *h;
    size_t n, cap;
    struct cand *cd;
    size_t ncd, cdcap;
    char keys[SNIP_KEYS][TXT_WORD_MAX + 1];
    size_t nkeys;
    int nomem;
};

static unsigned key_of(struct collect *c, const char *term, size_t len)
{
    if (len > TXT_WORD_MAX)
        len = TXT_WORD_MAX;
    for (size_t i = 0; i < c->nkeys; i++)
        if (strlen(c->keys[i]) == len && memcmp(c->keys[i], term, len) == 0)
            return (unsigned)i;
    if (c->nkeys == SNIP_KEYS)
        return SNIP_KEYS - 1; /* the rest share one key */
    memcpy(c->keys[c->nkeys], term, len);
    c->keys[c->nkeys][len] = '\0';
    return (unsigned)c->nkeys++;
}

/* The array p (*cap elements of sz bytes) with room for n + 1; NULL if
 * out of memory (p is then still valid). */
static void *grow(void *p, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap)
        return p;
    size_t ncap = *cap ? *cap * 2 : 64;
    void *q = realloc(p, ncap * sz);
    if (q != NULL)
        *cap = ncap;
    return q;
}

static int add_hit(struct collect *c, size_t off, size_t len, unsigned key)
{
    struct snip_hit *h = grow(c->h, &c->cap, c->n, sizeof *h);
    if (h == NULL) {
        c->nomem = 1;
        return 1;
    }
    c->h = h;
    c->h[c->n].off = off;
    c->h[c->n].len = len;
    c->h[c->n].key = key;
    c->n++;
    return 0;
}

/* Note the term as a word of each phrase it may stand in. */
static int add_cands(struct collect *c, const struct txt_term *t, size_t off)
{
    const struct txt_snippet_opts *o = c->o;
    for (size_t p = 0; p < o->nphrases; p++)
        for (size_t k = 0; k < o->phrase_len[p]; k++) {
            if (!o->phrase_match(c->mctx, p, k, t->kind, t->term, t->len))
                continue;
            struct cand *cd = grow(c->cd, &c->cdcap, c->ncd, sizeof *cd);
            if (cd == NULL) {
                c->nomem = 1;
                return 1;
            }
            c->cd = cd;
            c->cd[c->ncd++] = (struct cand){off, t->src_len, p, k};
        }
    return 0;
}

static int on_term(void *ctx, const struct txt_term *t)
{
    struct collect *c = ctx;
    if (t->src_len == 0)
        return 0;
    size_t off = c->base + t->src_off;
    if (c->o->phrase_match != NULL && add_cands(c, t, off) != 0)
        return 1;
    if (!c->match(c->mctx, t->kind, t->term, t->len))
        return 0;
    if (c->n > 0 && c->h[c->n - 1].off == off &&
        c->h[c->n - 1].len == t->src_len)
        return 0; /* another term of the same word */
    return add_hit(c, off, t->src_len, key_of(c, t->term, t->len));
}

static int cmp_cand(const void *a, const void *b)
{
    const struct cand *x = a, *y = b;
    if (x->off != y->off)
        return x->off < y->off ? -1 : 1;
    return x->k < y->k ? -1 : x->k > y->k;
}

/* Nothing but spaces and punctuation in s[from..to)? */
static int only_gap(const char *s, size_t len, size_t from, size_t to)
{
    if (to < from || to - from > SNIP_PHRASE_GAP)
        return 0;
    for (size_t i = from; i < to;) {
        size_t n;
        enum fold_cls k =
            fold_class_at((const unsigned char *)s + i, len - i, &n, NULL);
        if (k != FOLD_CLS_SEP && k != FOLD_CLS_SPACE && k != FOLD_CLS_HYPHEN &&
            k != FOLD_CLS_SOFTHY)
            return 0;
        i += n;
    }
    return 1;
}

/* The end of phrase p standing from candidate i on (its word 0), or 0 if
 * it does not stand whole there. Candidates are sorted by offset. */
static size_t phrase_end(const struct collect *c, const char *s, size_t len,
                         size_t i)
{
    size_t p = c->cd[i].p, end = c->cd[i].off + c->cd[i].len;
    for (size_t k = 1; k < c->o->phrase_len[p]; k++) {
        /* the next word: the first candidate starting past this one */
        while (i < c->ncd && c->cd[i].off < end)
            i++;
        if (i == c->ncd || !only_gap(s, len, end, c->cd[i].off))
            return 0;
        size_t at = c->cd[i].off;
        while (i < c->ncd && c->cd[i].off == at &&
               (c->cd[i].p != p || c->cd[i].k != k))
            i++;
        if (i == c->ncd || c->cd[i].off != at)
            return 0;
        end = at + c->cd[i].len;
    }
    return end;
}

/* Each phrase standing whole becomes one hit (its own key). */
static void phrase_hits(struct collect *c, const char *s, size_t len)
{
    if (c->ncd == 0)
        return;
    qsort(c->cd, c->ncd, sizeof *c->cd, cmp_cand);
    for (size_t i = 0; i < c->ncd && !c->nomem; i++) {
        if (c->cd[i].k != 0 || c->o->phrase_len[c->cd[i].p] < 2)
            continue;
        size_t end = phrase_end(c, s, len, i);
        if (end == 0)
            continue;
        char key[32]; /* no word holds a control byte */
        int n = snprintf(key, sizeof key, "\x01%zu", c->cd[i].p);
        add_hit(c, c->cd[i].off, end - c->cd[i].off, key_of(c, key, (size_t)n));
    }
}

static int cmp_hit(const void *a, const void *b)
{
    const struct snip_hit *x = a, *y = b;
    if (x->off != y->off)
        return x->off < y->off ? -1 : 1;
    return x->len > y->len ? -1 : x->len < y->len; /* longer first */
}

/* Sort and merge overlapping spans ("f-act" and its piece "act"). */
static size_t merge_hits(struct snip_hit *h, size_t n)
{
    if (n == 0)
        return 0;
    qsort(h, n, sizeof *h, cmp_hit);
    size_t m = 0;
    for (size_t i = 1; i < n; i++) {
        if (h[i].off < h[m].off + h[m].len) {
            size_t end = h[i].off + h[i].len;
            if (end > h[m].off + h[m].len)
                h[m].len = end - h[m].off;
        } else {
            h[++m] = h[i];
        }
    }
    return m + 1;
}

/* The run of hits within max bytes with the most distinct keys (then the
 * most hits; the earliest on a tie): [*first, *last). */
static void best_window(const struct snip_hit *h, size_t n, size_t max,
                        size_t *first, size_t *last)
{
    unsigned cnt[SNIP_KEYS] = {0};
    size_t distinct = 0, best_d = 0, best_n = 0, j = 0;
    *first = 0;
    *last = 1;
    for (size_t i = 0; i < n; i++) {
        /* j >= i here; the window always holds hit i. */
        while (j < n && (j == i || h[j].off + h[j].len - h[i].off <= max)) {
            if (cnt[h[j].key]++ == 0)
                distinct++;
            j++;
        }
        if (distinct > best_d || (distinct == best_d && j - i > best_n)) {
            best_d = distinct;
            best_n = j - i;
            *first = i;
            *last = j;
        }
        if (--cnt[h[i].key] == 0)
            distinct--;
    }
}

static int contains(const char *hay, size_t hlen, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return 1;
    for (size_t i = 0; i + n <= hlen; i++)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, n) == 0)
            return 1;
    return 0;
}

static int has_needle(const struct txt_tok *t, const struct txt_snippet_opts *o)
{
    for (size_t i = 0; i < o->nneedles; i++)
        if (contains(t->word, t->wlen, o->needles[i]))
            return 1;
    return 0;
}

/* The bytes from a paragraph sign before a number token ("§ 4") whose
 * paragraph term ("§4") is a needle, else 0. */
static size_t para_needle(const char *text, const struct txt_tok *t,
                          const struct txt_snippet_opts *o)
{
    char pt[TXT_WORD_MAX + 8];
    size_t back =
        t->flags & TXT_TOK_NUMBER ? txt_para_sign_before(text, t->off) : 0;
    if (back == 0 || txt_para_term(t->word, t->wlen, pt, sizeof pt) == 0)
        return 0;
    for (size_t i = 0; i < o->nneedles; i++)
        if (strcmp(o->needles[i], pt) == 0)
            return back;
    return 0;
}

/* Analyse one token if it holds a needle; a paragraph's number with its
 * sign, so that the analyzer gives it its paragraph term. */
static void collect_token(const struct txt_analyzer *a, const char *text,
                          const struct txt_tok *t,
                          const struct txt_snippet_opts *o, struct collect *c)
{
    size_t back = has_needle(t, o) ? 0 : para_needle(text, t, o);
    if (back == 0 && !has_needle(t, o))
        return;
    c->base = t->off - back;
    txt_analyze(a, text + c->base, t->len + back, &(uint32_t){0}, on_term, c);
    c->base = 0;
}

/* Analyse only the words that contain a needle, one at a time: most words
 * of a hit's text cannot match, and analysing them (stemming, compound
 * splitting) was most of a search's time. A suspended compound
 * ("børne- og ...") is then not completed, but its second word still
 * matches on its own. */
static void collect_tokens(const struct txt_analyzer *a, const char *text,
                           size_t len, const struct txt_snippet_opts *o,
                           struct collect *c)
{
    struct txt_tokenizer tk;
    struct txt_tok t;
    txt_tok_init(&tk, text, len);
    while (!c->nomem && txt_tok_next(&tk, &t))
        collect_token(a, text, &t, o, c);
}

/* Bytes of a needle's start used to find candidate words by a plain
 * case-insensitive byte search: its first letters, if ASCII. */
#define KEY_MIN  3
#define KEY_MAX  4
#define BACK_MAX 256 /* how far back a word may start */

static size_t needle_key(const char *n)
{
    size_t k = 0;
    while (k < KEY_MAX && ascii_lower(n[k]))
        k++;
    return k;
}

static int is_blank(unsigned char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' ||
           ch == '\v';
}

/* Tokenise from the blank before `at` over the word(s) covering `at`. */
static void collect_around(const struct txt_analyzer *a, const char *text,
                           size_t len, size_t at, size_t klen,
                           const struct txt_snippet_opts *o, struct collect *c,
                           size_t *done)
{
    size_t s = at, floor = at > BACK_MAX ? at - BACK_MAX : 0;
    while (s > floor && !is_blank((unsigned char)text[s - 1]))
        s--;
    if (s < *done) /* already tokenised from an earlier hit */
        s = *done;
    struct txt_tokenizer tk;
    struct txt_tok t;
    txt_tok_init(&tk, text + s, len - s);
    while (!c->nomem && txt_tok_next(&tk, &t)) {
        t.off += s;
        if (t.off > at + klen)
            break;
        *done = t.off + t.len;
        if (t.off + t.len > at)
            collect_token(a, text, &t, o, c);
    }
}

static void collect_needled(const struct txt_analyzer *a, const char *text,
                            size_t len, const struct txt_snippet_opts *o,
                            struct collect *c)
{
    for (size_t i = 0; i < o->nneedles; i++)
        if (needle_key(o->needles[i]) < KEY_MIN) {
            collect_tokens(a, text, len, o, c);
            return;
        }
    /* Every needle starts with ASCII letters: find those bytes in the raw
     * text (either case) and tokenise only around them. Words are folded
     * before matching, so "Aarhus" or an accent later in a word still
     * count; an accent on the first letters would be missed, which costs
     * a highlight, never a result. */
    for (size_t i = 0; i < o->nneedles && !c->nomem; i++) {
        const char *n = o->needles[i];
        size_t k = needle_key(n), done = 0;
        char upper = (char)(n[0] - 'a' + 'A');
        /* next occurrence of each case, searched again only once passed */
        const char *lo = memchr(text, n[0], len),
                   *up = memchr(text, upper, len);
        while (lo != NULL || up != NULL) {
            const char *hit = lo == NULL ? up : up == NULL || lo < up ? lo : up;
            size_t at = (size_t)(hit - text), j = 1;
            while (j < k && at + j < len && (text[at + j] | 0x20) == n[j])
                j++;
            if (j == k)
                collect_around(a, text, len, at, k, o, c, &done);
            if (hit == lo)
                lo = memchr(hit + 1, n[0], len - at - 1);
            else
                up = memchr(hit + 1, upper, len - at - 1);
        }
    }
}

/* The window of text[0..scan) to show, about `max` bytes at word
 * boundaries: around the best run of hits h[0..nh), else the start. */
static void choose_window(const char *text, size_t scan,
                          const struct snip_hit *h, size_t nh, size_t max,
                          size_t *startp, size_t *endp)
{
    size_t start = 0, end;
    if (nh > 0) {
        size_t f, l;
        best_window(h, nh, max, &f, &l);
        size_t a0 = h[f].off, b0 = h[l - 1].off + h[l - 1].len;
        size_t span = b0 - a0;
        size_t slack = span < max ? max - span : 0;
        /* The text's start if the matches fit with it, else a third of
         * the room before the first match and the rest after. */
        start = a0 <= slack ? 0 : a0 - slack / 3;
        if (start + max > scan) /* near the end: room before */
            start = scan > max ? scan - max : 0;
        if (start > a0)
            start = a0;
        /* The end is fixed first: moving the start back to a word start
         * may show up to one word more than max. */
        end = start + max;
        if (end < b0)
            end = b0;
        start = snip_snap_start(text, scan, start, a0);
        end = snip_snap_end(text, scan, end, b0);
    } else {
        end = snip_snap_end(text, scan, max < scan ? max : scan, 0);
    }
    *startp = start;
    *endp = end;
}

int txt_snippet(const struct txt_analyzer *a, const char *text, size_t len,
                txt_match_fn match, void *ctx, const struct txt_snippet_opts *o,
                struct buf *out)
{
    struct txt_snippet_opts opt = {
        SNIP_DEFAULT_BYTES, "[", "]", 0, NULL, 0, NULL, NULL, 0};
    if (o != NULL)
        opt = *o;
    if (opt.max_bytes == 0)
        opt.max_bytes = SNIP_DEFAULT_BYTES;
    if (opt.open == NULL)
        opt.open = "";
    if (opt.close == NULL)
        opt.close = "";
    if (out == NULL || a == NULL)
        return ERR_INVAL;
    if (text == NULL || len == 0)
        return ERR_OK;
    size_t scan = len > SNIP_SCAN_MAX ? utf8_floor(text, SNIP_SCAN_MAX) : len;

    struct collect *c = calloc(1, sizeof *c);
    if (c == NULL)
        return ERR_NOMEM;
    c->match = match;
    c->mctx = ctx;
    c->o = &opt;
    if (opt.phrase_len == NULL)
        opt.phrase_match = NULL;
    if (match != NULL && opt.needles != NULL)
        collect_needled(a, text, scan, &opt, c);
    else if (match != NULL)
        txt_analyze(a, text, scan, &(uint32_t){0}, on_term, c);
    phrase_hits(c, text, scan);
    int rc = c->nomem ? ERR_NOMEM : ERR_OK;
    size_t nh = merge_hits(c->h, c->n);

    size_t start, end;
    choose_window(text, scan, c->h, nh, opt.max_bytes, &start, &end);
    size_t before = out->len;
    int wrc = snip_render(out, text, len, scan, start, end, c->h, nh, &opt);
    if (wrc == ERR_OK && rc != ERR_OK) { /* nothing half-done */
        out->len = before;
        if (out->data != NULL)
            out->data[before] = '\0';
    }
    free(c->h);
    free(c->cd);
    free(c);
    return wrc != ERR_OK || rc != ERR_OK ? ERR_NOMEM : ERR_OK;
}
