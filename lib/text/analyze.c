/* SPDX-License-Identifier: GPL-2.0-or-later */
/* analyze.c - text -> index terms: exact and stemmed words with positions,
 * hyphenated words, suspended compounds ("børne- og ungdomspsykiatrien"),
 * compound parts, URLs and numbers. The indexer and searchd both call it. */
#include <string.h>

#include "core/ascii.h"
#include "txt_internal.h"

/* Compound parts emitted per word (after de-duplication). */
#define PARTS_MAX 8
/* URL and e-mail pieces emitted per address. */
#define URL_PIECES_MAX 16
/* How far after "børne-" the word that completes it may be. */
#define SUSPEND_LOOKAHEAD 3

struct an {
    const struct txt_analyzer *a;
    txt_emit_fn emit;
    void *ctx;
    char stem[TXT_WORD_MAX + 1];
};

struct src {
    size_t off, len;
};

static int put(struct an *z, enum txt_term_kind kind, const char *s, size_t len,
               uint32_t pos, struct src src)
{
    struct txt_term t = {kind, s, len, pos, src.off, src.len};
    return z->emit(z->ctx, &t);
}

static int put_stemmed(struct an *z, enum txt_term_kind kind, const char *s,
                       size_t len, uint32_t pos, struct src src)
{
    size_t n = txt_stem(z->a->stemmer, s, len, z->stem, sizeof z->stem);
    return put(z, kind, z->stem, n, pos, src);
}

/* ---- Compound parts ----------------------------------------------------- */

struct partset {
    struct {
        const char *s;
        size_t len;
        int leaf; /* a word of the lexicon: may split further */
    } p[PARTS_MAX];
    size_t n;
};

static void add_part(struct partset *ps, const char *s, size_t len, int leaf)
{
    for (size_t i = 0; i < ps->n; i++)
        if (ps->p[i].len == len && memcmp(ps->p[i].s, s, len) == 0)
            return;
    if (ps->n == PARTS_MAX)
        return;
    ps->p[ps->n].s = s;
    ps->p[ps->n].len = len;
    ps->p[ps->n].leaf = leaf;
    ps->n++;
}

/* The head first, then the whole modifier (rusmiddel), the other parts,
 * and the shorter modifiers (dobbeltdiagnose of ...behandlingstilbud):
 * most useful first, as PARTS_MAX may cut the list. */
static void add_split(const struct txt_lexicon *lx, struct partset *ps,
                      const char *w, size_t len)
{
    struct txt_part lv[TXT_SPLIT_PARTS_MAX];
    size_t n = txt_compound_leaves(lx, w, len, lv);
    if (n < 2)
        return;
    add_part(ps, w + lv[n - 1].off, lv[n - 1].len, 1);
    if (n > 2)
        add_part(ps, w, lv[n - 2].off + lv[n - 2].len, 0);
    for (size_t k = 0; k + 1 < n; k++)
        add_part(ps, w + lv[k].off, lv[k].len, 1);
    for (size_t k = n - 2; k >= 2; k--)
        add_part(ps, w, lv[k - 1].off + lv[k - 1].len, 0);
}

static int emit_parts(struct an *z, const char *w, size_t len, uint32_t pos,
                      struct src src)
{
    const struct txt_lexicon *lx = z->a->lexicon;
    if (lx == NULL || len < TXT_SPLIT_MIN_WORD)
        return 0;
    struct partset ps;
    ps.n = 0;
    add_split(lx, &ps, w, len);
    /* A part that is itself a compound of the lexicon splits again. */
    for (size_t i = 0; i < ps.n && ps.n < PARTS_MAX; i++)
        if (ps.p[i].leaf)
            add_split(lx, &ps, ps.p[i].s, ps.p[i].len);
    for (size_t i = 0; i < ps.n; i++) {
        int rc = put(z, TXT_PART_EXACT, ps.p[i].s, ps.p[i].len, pos, src);
        if (rc == 0)
            rc =
                put_stemmed(z, TXT_PART_STEM, ps.p[i].s, ps.p[i].len, pos, src);
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* ---- Words -------------------------------------------------------------- */

static int has_digit(const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (ascii_digit(w[i]))
            return 1;
    return 0;
}

static int is_numeric(const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!ascii_digit(w[i]) && w[i] != '.' && w[i] != ',' && w[i] != '-')
            return 0;
    return 1;
}

/* One folded word: exact, stem, and its compound parts. */
static int emit_word(struct an *z, const char *w, size_t len, uint32_t pos,
                     struct src src)
{
    int rc = put(z, TXT_EXACT, w, len, pos, src);
    if (rc != 0 || is_numeric(w, len))
        return rc;
    rc = put_stemmed(z, TXT_STEM, w, len, pos, src);
    if (rc != 0 || has_digit(w, len))
        return rc;
    return emit_parts(z, w, len, pos, src);
}

static int is_conj(const struct txt_tok *t)
{
    return (t->wlen == 2 && memcmp(t->word, "og", 2) == 0) ||
           (t->wlen == 5 && memcmp(t->word, "eller", 5) == 0) ||
           (t->wlen == 4 && memcmp(t->word, "samt", 4) == 0);
}

/* "børne- og ungdomspsykiatrien": the suspended word plus the head of the
 * compound that follows, "børnepsykiatrien", at the suspended word's
 * position. Nothing if that compound does not split. */
static int emit_completed(struct an *z, const struct txt_tokenizer *after,
                          const struct txt_tok *tok, uint32_t pos, int *done)
{
    if (z->a->lexicon == NULL)
        return 0;
    struct txt_tokenizer look = *after;
    struct txt_tok nt;
    for (int k = 0; k < SUSPEND_LOOKAHEAD && txt_tok_next(&look, &nt); k++) {
        if (is_conj(&nt) || (nt.flags & TXT_TOK_SUSPENDED))
            continue;
        if (nt.flags & (TXT_TOK_URL | TXT_TOK_NUMBER | TXT_TOK_HYPHENATED))
            return 0;
        struct txt_part lv[TXT_SPLIT_PARTS_MAX];
        size_t n = txt_compound_leaves(z->a->lexicon, nt.word, nt.wlen, lv);
        if (n < 2 || tok->wlen + lv[n - 1].len > TXT_WORD_MAX)
            return 0;
        char whole[TXT_WORD_MAX + 1];
        memcpy(whole, tok->word, tok->wlen);
        memcpy(whole + tok->wlen, nt.word + lv[n - 1].off, lv[n - 1].len);
        size_t wl = tok->wlen + lv[n - 1].len;
        whole[wl] = '\0';
        *done = 1;
        struct src src = {tok->off, tok->len};
        int rc = emit_word(z, whole, wl, pos, src);
        /* a whole the lexicon cannot split keeps the suspended word as
         * its part here */
        if (rc == 0 && txt_compound_leaves(z->a->lexicon, whole, wl, lv) < 2)
            rc = put_stemmed(z, TXT_PART_STEM, tok->word, tok->wlen, pos, src);
        return rc;
    }
    return 0;
}

/* "Social-, Bolig- og Ældreministeriet" names a ministry, not housing:
 * once completed, the suspended word counts as a part of its compound
 * (emit_completed's word, split as any other), not as a word of its own;
 * its exact form stays for phrases and the exact bonus. */
static int emit_suspended(struct an *z, const struct txt_tokenizer *after,
                          const struct txt_tok *tok, uint32_t pos,
                          struct src src)
{
    int done = 0;
    int rc = put(z, TXT_EXACT, tok->word, tok->wlen, pos, src);
    if (rc == 0)
        rc = emit_completed(z, after, tok, pos, &done);
    if (rc != 0 || done || is_numeric(tok->word, tok->wlen))
        return rc;
    rc = put_stemmed(z, TXT_STEM, tok->word, tok->wlen, pos, src);
    if (rc != 0 || has_digit(tok->word, tok->wlen))
        return rc;
    return emit_parts(z, tok->word, tok->wlen, pos, src);
}

/* Source span of the k-th hyphen-separated piece of a token. */
static struct src hyphen_piece(const char *text, const struct txt_tok *t,
                               size_t k)
{
    const unsigned char *u = (const unsigned char *)text + t->off;
    size_t start = 0, i = 0, piece = 0;
    while (i < t->len) {
        size_t n = 1;
        int hy = u[i] == '-';
        if (u[i] >= 0x80) {
            uint32_t cp = utf8_next(u + i, t->len - i, &n);
            hy = cp == 0x2010 || cp == 0x2011;
        }
        if (hy) {
            if (piece == k)
                return (struct src){t->off + start, i - start};
            piece++;
            start = i + n;
        }
        i += n;
    }
    if (piece == k)
        return (struct src){t->off + start, t->len - start};
    return (struct src){t->off, t->len};
}

struct code_emit {
    struct an *z;
    uint32_t pos;
    struct src src;
};

static int put_code_part(void *ctx, const char *part, size_t len)
{
    struct code_emit *c = ctx;
    return put(c->z, TXT_PIECE, part, len, c->pos, c->src);
}

/* A number: exact; a code ("306-2009-600", "13/39690") also its parts
 * ("2009-600", "39690"), so a part typed finds it (code.c); a paragraph
 * reference (`para`: after "§" or "paragraf") also "§107". */
static int emit_number(struct an *z, const struct txt_tok *t, uint32_t pos,
                       int para)
{
    struct src src = {t->off, t->len};
    int rc = put(z, TXT_EXACT, t->word, t->wlen, pos, src);
    char pt[TXT_WORD_MAX + 8];
    size_t pl = para ? txt_para_term(t->word, t->wlen, pt, sizeof pt) : 0;
    if (rc == 0 && pl > 0)
        rc = put(z, TXT_PIECE, pt, pl, pos, src);
    if (rc != 0 || !txt_tok_is_code(t))
        return rc;
    struct code_emit c = {z, pos, src};
    return txt_code_parts(t->word, t->wlen, 1, put_code_part, &c);
}

/* A hyphenated code ("29.00.00-a26-2-17"): the whole as written and its
 * runs of pieces ("a26-2-17") at the first position; the single pieces
 * are emitted as words by emit_hyphenated(). */
static int emit_code_runs(struct an *z, const struct txt_tok *t, uint32_t pos)
{
    struct src src = {t->off, t->len};
    int rc = put(z, TXT_PIECE, t->word, t->wlen, pos, src);
    struct code_emit c = {z, pos, src};
    return rc != 0 ? rc
                   : txt_code_parts(t->word, t->wlen, 0, put_code_part, &c);
}

/* "f-act": the joined "fact" at the first position, then f, act at
 * successive positions; after "§" a leading number is a paragraph
 * ("§18-midler": "§18"). */
static int emit_hyphenated(struct an *z, const char *text,
                           const struct txt_tok *t, uint32_t *pos, int para)
{
    struct src whole = {t->off, t->len};
    char joined[TXT_WORD_MAX + 1];
    size_t jl = 0;
    for (size_t i = 0; i < t->wlen; i++)
        if (t->word[i] != '-')
            joined[jl++] = t->word[i];
    joined[jl] = '\0';
    uint32_t first = *pos + 1;
    int rc = put(z, TXT_EXACT, joined, jl, first, whole);
    if (rc == 0 && !is_numeric(joined, jl))
        rc = put_stemmed(z, TXT_STEM, joined, jl, first, whole);
    if (rc == 0 && txt_tok_is_code(t))
        rc = emit_code_runs(z, t, first);
    size_t lead = 0;
    while (lead < t->wlen && ascii_digit(t->word[lead]))
        lead++;
    if (rc == 0 && para && lead > 0 && lead < t->wlen && t->word[lead] == '-') {
        char pt[TXT_WORD_MAX + 8];
        size_t pl = txt_para_term(t->word, lead, pt, sizeof pt);
        if (pl > 0)
            rc = put(z, TXT_PIECE, pt, pl, first, whole);
    }
    size_t start = 0, k = 0;
    for (size_t i = 0; rc == 0 && i <= t->wlen; i++) {
        if (i < t->wlen && t->word[i] != '-')
            continue;
        if (i > start) {
            *pos = first + (uint32_t)k;
            rc = emit_word(z, t->word + start, i - start, *pos,
                           hyphen_piece(text, t, k));
            k++;
        }
        start = i + 1;
    }
    if (k == 0)
        *pos = first;
    return rc;
}

static int is_scheme_piece(const char *w, size_t len)
{
    return (len == 4 && memcmp(w, "http", 4) == 0) ||
           (len == 5 && memcmp(w, "https", 5) == 0) ||
           (len == 3 && memcmp(w, "www", 3) == 0) ||
           (len == 6 && memcmp(w, "mailto", 6) == 0);
}

/* The address whole, plus its letter/digit runs as parts so that
 * "fredericia" finds "x@fredericia.dk". */
static int emit_url(struct an *z, const char *text, const struct txt_tok *t,
                    uint32_t pos)
{
    struct src whole = {t->off, t->len};
    int rc = put(z, TXT_EXACT, t->word, t->wlen, pos, whole);
    char pieces[URL_PIECES_MAX][TXT_WORD_MAX + 1];
    size_t plen[URL_PIECES_MAX], np = 0;
    const unsigned char *u = (const unsigned char *)text + t->off;
    size_t i = 0;
    while (rc == 0 && i < t->len && np < URL_PIECES_MAX) {
        size_t n, s = i;
        enum fold_cls k = fold_class_at(u + i, t->len - i, &n, NULL);
        if (k != FOLD_CLS_LETTER && k != FOLD_CLS_DIGIT) {
            i += n;
            continue;
        }
        while (i < t->len && (k == FOLD_CLS_LETTER || k == FOLD_CLS_DIGIT ||
                              k == FOLD_CLS_MARK)) {
            i += n;
            if (i < t->len)
                k = fold_class_at(u + i, t->len - i, &n, NULL);
        }
        int ovf;
        size_t fl = fold_str((const char *)u + s, i - s, pieces[np],
                             sizeof pieces[np], &ovf);
        if (ovf || fl == 0 || is_scheme_piece(pieces[np], fl))
            continue;
        size_t d = 0;
        while (d < np && (plen[d] != fl || memcmp(pieces[d], pieces[np], fl)))
            d++;
        if (d < np)
            continue;
        plen[np] = fl;
        rc = put(z, TXT_PIECE, pieces[np], fl, pos, whole);
        np++;
    }
    return rc;
}

int txt_analyze(const struct txt_analyzer *a, const char *text, size_t len,
                uint32_t *pos, txt_emit_fn emit, void *ctx)
{
    if (a == NULL || pos == NULL || emit == NULL)
        return ERR_INVAL;
    struct an z = {.a = a, .emit = emit, .ctx = ctx};
    struct txt_tokenizer t;
    struct txt_tok tok;
    uint32_t p = *pos;
    int rc = 0, after_para = 0;
    txt_tok_init(&t, text, len);
    while (rc == 0 && txt_tok_next(&t, &tok)) {
        struct src src = {tok.off, tok.len};
        int para = after_para || txt_para_sign_before(text, tok.off) > 0;
        after_para = txt_is_para_word(tok.word, tok.wlen);
        if (tok.flags & TXT_TOK_URL) {
            rc = emit_url(&z, text, &tok, ++p);
        } else if (tok.flags & TXT_TOK_NUMBER) {
            rc = emit_number(&z, &tok, ++p, para);
        } else if (tok.flags & TXT_TOK_HYPHENATED) {
            rc = emit_hyphenated(&z, text, &tok, &p, para);
        } else if (tok.flags & TXT_TOK_SUSPENDED) {
            rc = emit_suspended(&z, &t, &tok, ++p, src);
        } else {
            rc = emit_word(&z, tok.word, tok.wlen, ++p, src);
        }
    }
    *pos = p;
    return rc;
}
