/* SPDX-License-Identifier: GPL-2.0-or-later */
/* phrase.c - phrases: exact forms in order, ~"phrases" across inflections,
 * prefix* words inside phrases, section fields checked on the body's
 * positions; and for runs of plain words, the side-by-side bonus and the
 * multi-word synonyms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "query/query_internal.h"
#include "xap/schema.h"

/* Split a word's text into folded tokens. */
size_t qry_tokens(const struct ast *a, struct txt_tok *toks, size_t max)
{
    struct txt_tokenizer tk;
    size_t n = 0;
    txt_tok_init(&tk, a->text, a->len);
    while (n < max && txt_tok_next(&tk, &toks[n]))
        n++;
    return n;
}

/* Remove the hyphens of a hyphenated token in place: "f-act" -> "fact",
 * the joined form the analyzer indexes at the first part's position. */
void qry_join_hyphens(struct txt_tok *t)
{
    size_t o = 0;
    for (size_t i = 0; i < t->wlen; i++)
        if (t->word[i] != '-')
            t->word[o++] = t->word[i];
    t->wlen = o;
    t->word[o] = '\0';
}

/* How many phrase positions phrase_add_token() gives a token. */
size_t qry_phrase_width(const struct txt_tok *t)
{
    if (!(t->flags & TXT_TOK_HYPHENATED))
        return 1;
    size_t n = 0;
    for (size_t i = 0; i < t->wlen; i++)
        if (t->word[i] != '-' && (i == 0 || t->word[i - 1] == '-'))
            n++;
    return n;
}

/* Append the exact terms of one token to a phrase: a hyphenated token
 * contributes its parts, which the analyzer put at successive
 * positions. */
static int phrase_add_token(struct qry_expander *x, struct xap_qnode *ph,
                            const char *pfx, const struct txt_tok *t, int hl)
{
    size_t s = 0;
    int split = (t->flags & TXT_TOK_HYPHENATED) != 0;
    for (size_t i = 0; i <= t->wlen; i++) {
        if (i < t->wlen && !(split && t->word[i] == '-'))
            continue;
        if (i > s) {
            if (ph->nkids >= QRY_PHRASE_MAX * 2)
                return err_set(x->e, ERR_LIMIT,
                               "phrase has more than <%d> words",
                               QRY_PHRASE_MAX);
            if ((hl && qry_hl_add(x, 'e', t->word + s, i - s) != ERR_OK) ||
                qry_qn_add(x, ph,
                           qry_qn_term(x, XAP_Q_TERM, pfx, "", t->word + s,
                                       i - s)) != ERR_OK)
                return x->e->code;
        }
        s = i + 1;
    }
    return ERR_OK;
}

/* Adds one word's alternatives `or` to the phrase `ph`, or frees them when
 * the phrase is full (a hostile query of thousands of words stops here). */
static int phrase_add_or(struct qry_expander *x, struct xap_qnode *ph,
                         struct xap_qnode * or)
{
    if (ph->nkids >= QRY_PHRASE_MAX * 2) {
        qry_node_free(or);
        return err_set(x->e, ERR_LIMIT, "phrase has more than <%d> words",
                       QRY_PHRASE_MAX);
    }
    return qry_qn_add(x, ph, qry_qn_simplify(or));
}

struct forms_ctx {
    struct qry_expander *x;
    struct xap_qnode * or ;
    const char *pfx;
    int rc;
};

static int add_form(void *ctx, const char *w, size_t wl)
{
    struct forms_ctx *f = ctx;
    char t[TXT_WORD_MAX + 8];
    size_t pl = strlen(f->pfx);
    if (pl + wl >= sizeof t)
        return 0;
    memcpy(t, f->pfx, pl);
    memcpy(t + pl, w, wl);
    if (qry_qn_has_term(f->or, t, pl + wl))
        return 0;
    f->rc = qry_qn_add(f->x, f->or,
                       qry_qn_term(f->x, XAP_Q_TERM, f->pfx, "", w, wl));
    return f->rc;
}

/* A word of a ~"phrase": every form of it the index knows (the words
 * sharing its stem), as an OR of exact terms - Xapian phrases take those,
 * while stemmed terms carry no positions. */
static int phrase_add_forms(struct qry_expander *x, struct xap_qnode *ph,
                            const char *pfx, const struct txt_tok *t, int hl)
{
    if (t->flags & (TXT_TOK_HYPHENATED | TXT_TOK_NUMBER | TXT_TOK_URL))
        return phrase_add_token(x, ph, pfx, t, hl);
    char stem[TXT_WORD_MAX + 1];
    size_t sl = qry_stem(x, t->word, t->wlen, stem);
    struct xap_qnode * or = qry_qn_new(x, XAP_Q_OR);
    if (or == NULL)
        return x->e->code;
    struct forms_ctx f = {.x = x, .or = or, .pfx = pfx};
    if (add_form(&f, t->word, t->wlen) == ERR_OK)
        qry_vocab_forms(x->env->vocab, stem, PHRASE_FORMS_MAX, add_form, &f);
    if (f.rc != ERR_OK || (hl && qry_hl_add(x, 's', stem, sl) != ERR_OK)) {
        qry_node_free(or);
        return x->e->code;
    }
    return phrase_add_or(x, ph, or);
}

struct wild_ctx {
    struct qry_expander *x;
    struct xap_qnode * or ;
    int rc;
};

static int add_wild_term(void *ctx, const char *term, size_t len, uint32_t freq)
{
    struct wild_ctx *w = ctx;
    (void)freq;
    if (w->or->nkids >= QRY_EXPANSION_MAX) {
        w->rc = ERR_LIMIT;
        return 1;
    }
    w->rc = qry_qn_add(w->x, w->or,
                       qry_qn_term(w->x, XAP_Q_TERM, "", "", term, len));
    return w->rc != ERR_OK;
}

/* A "prefix*" word of a phrase: every exact word of the field starting
 * with it, as an OR of terms (phrases take those; a WILDCARD node has no
 * positions), at most QRY_EXPANSION_MAX of them. */
static int phrase_add_wild(struct qry_expander *x, struct xap_qnode *ph,
                           const char *pfx, const struct txt_tok *t, int hl)
{
    if (x->env->db == NULL)
        return err_set(x->e, ERR_INVAL,
                       "wildcard <%.*s*> in a phrase needs an index",
                       (int)t->wlen, t->word);
    char start[TXT_WORD_MAX + 8];
    int n = snprintf(start, sizeof start, "%s%.*s", pfx, (int)t->wlen, t->word);
    struct xap_qnode * or = qry_qn_new(x, XAP_Q_OR);
    if (or == NULL || n < 0 || (size_t)n >= sizeof start) {
        qry_node_free(or);
        return or == NULL ? x->e->code
                          : err_set(x->e, ERR_INVAL, "wildcard too long");
    }
    struct wild_ctx w = {.x = x, .or = or };
    struct err ae;
    err_clear(&ae);
    int rc = xap_db_allterms(x->env->db, start, add_wild_term, &w, &ae);
    if (w.rc == ERR_LIMIT) {
        qry_node_free(or);
        return err_set(x->e, ERR_LIMIT,
                       "wildcard <%.*s*> matches over <%d> words", (int)t->wlen,
                       t->word, QRY_EXPANSION_MAX);
    }
    if (w.rc != ERR_OK || (rc != ERR_OK && rc != 1)) {
        qry_node_free(or);
        return w.rc != ERR_OK ? x->e->code
                              : err_set(x->e, rc, "wildcard: %s", ae.msg);
    }
    /* no word starts so: the prefix itself, which matches nothing */
    if ((or->nkids == 0 &&
               qry_qn_add(x, or,
                          qry_qn_term(x, XAP_Q_TERM, pfx, "", t->word,
                                      t->wlen)) != ERR_OK) ||
        (hl && qry_hl_add(x, 'p', t->word, t->wlen) != ERR_OK)) {
        qry_node_free(or);
        return x->e->code;
    }
    return phrase_add_or(x, ph, or);
}

/* 1 if the phrase word `k` ends in '*' (a prefix: "social* udsatte"). */
static int is_wild_word(const struct ast *k)
{
    return k->len > 1 && k->text[k->len - 1] == '*';
}

static struct xap_qnode *phrase_words(struct qry_expander *x,
                                      const struct ast *a, int hl,
                                      const char *pfx)
{
    int near = a->kind == AST_NEAR;
    struct xap_qnode *ph = qry_qn_new(x, near ? XAP_Q_NEAR : XAP_Q_PHRASE);
    if (ph == NULL)
        return NULL;
    for (size_t i = 0; i < a->nkids; i++) {
        struct txt_tok toks[TOKENS_MAX];
        size_t n = qry_tokens(a->kids[i], toks, TOKENS_MAX);
        if (near && n == 0) {
            /* `a NEAR "---"` would otherwise quietly search `a` alone */
            const struct ast *k = a->kids[i];
            size_t show = k->len > 40 ? utf8_floor(k->text, 40) : k->len;
            err_set(x->e, ERR_INVAL,
                    "NEAR: <%.*s> at byte <%zu> has no word to match",
                    (int)show, k->text, k->off);
            qry_node_free(ph);
            return NULL;
        }
        for (size_t j = 0; j < n; j++) {
            int wild = j + 1 == n && is_wild_word(a->kids[i]);
            int rc = wild ? phrase_add_wild(x, ph, pfx, &toks[j], hl)
                     : a->inflect && x->env->vocab != NULL
                         ? phrase_add_forms(x, ph, pfx, &toks[j], hl)
                         : phrase_add_token(x, ph, pfx, &toks[j], hl);
            if (rc != ERR_OK) {
                qry_node_free(ph);
                return NULL;
            }
        }
    }
    if (ph->nkids == 0) {
        qry_node_free(ph);
        return NULL;
    }
    /* lib/xap widens a NEAR's window to its number of words */
    ph->window = near ? a->window : (uint32_t)ph->nkids;
    if (ph->nkids == 1) {
        struct xap_qnode *k = ph->kids[0];
        ph->nkids = 0;
        qry_node_free(ph);
        return k;
    }
    return ph;
}

/* A phrase's node; with `hl` its words are highlighted where the phrase
 * stands whole (a single word: wherever it stands). */
static struct xap_qnode *phrase_build(struct qry_expander *x,
                                      const struct ast *a, int hl,
                                      const char *pfx)
{
    if (!hl)
        return phrase_words(x, a, 0, pfx);
    qry_hl_phrase_begin(x);
    struct xap_qnode *n = phrase_words(x, a, 1, pfx);
    if (qry_hl_phrase_end(x, n != NULL && n->op == XAP_Q_PHRASE) != ERR_OK) {
        qry_node_free(n);
        return NULL;
    }
    return n;
}

struct xap_qnode *qry_near_node(struct qry_expander *x, const struct ast *a,
                                int hl)
{
    /* the words are marked wherever they stand, not only within the
     * window: the snippet code knows whole phrases, not windows */
    return phrase_words(x, a, hl, PFX_BODY);
}

/* 1 if the field's terms carry no positions (xap/schema.h): sections,
 * whose text is also the body's. */
static int field_unpositioned(enum ast_field f)
{
    return f == FIELD_DECISION || f == FIELD_SUMMARY;
}

struct xap_qnode *qry_phrase_node(struct qry_expander *x, const struct ast *a,
                                  int hl)
{
    const char *pfx = qry_field_prefix(a->field);
    struct xap_qnode *words = phrase_build(x, a, hl, pfx);
    if (words == NULL || words->op != XAP_Q_PHRASE ||
        !field_unpositioned(a->field))
        return words;
    /* beslutning:"a b": the words weighted in the field, the order checked
     * on the body's positions - the section is part of the body. */
    struct xap_qnode *order = phrase_build(x, a, 0, PFX_BODY);
    struct xap_qnode *f = qry_qn_new(x, XAP_Q_FILTER);
    words->op = XAP_Q_AND;
    if (order == NULL || f == NULL) {
        qry_node_free(order);
        qry_node_free(f);
        qry_node_free(words);
        return NULL;
    }
    if (qry_qn_add(x, f, words) != ERR_OK) { /* words freed by qry_qn_add() */
        qry_node_free(order);
        qry_node_free(f);
        return NULL;
    }
    if (qry_qn_add(x, f, order) != ERR_OK) {
        qry_node_free(f);
        return NULL;
    }
    return f;
}

/* 1 if a phrase has a word the index holds in more forms than the typed
 * one (a ~"phrase" of it could find more), and no prefix* word. */
static int phrase_has_forms(struct qry_expander *x, const struct ast *a)
{
    int forms = 0;
    for (size_t i = 0; i < a->nkids; i++) {
        struct txt_tok toks[TOKENS_MAX];
        size_t n = qry_tokens(a->kids[i], toks, TOKENS_MAX);
        if (is_wild_word(a->kids[i]))
            return 0;
        for (size_t j = 0; j < n && !forms; j++) {
            char stem[TXT_WORD_MAX + 1];
            if (toks[j].flags &
                (TXT_TOK_HYPHENATED | TXT_TOK_NUMBER | TXT_TOK_URL))
                continue;
            qry_stem(x, toks[j].word, toks[j].wlen, stem);
            size_t nf = qry_vocab_nforms(x->env->vocab, stem, 2);
            forms = nf > 1 ||
                    (nf == 1 && qry_vocab_freq(x->env->vocab, toks[j].word,
                                               toks[j].wlen) == 0);
        }
    }
    return forms;
}

struct xap_qnode *qry_quoted_phrase_node(struct qry_expander *x,
                                         const struct ast *a, int hl)
{
    struct xap_qnode *exact = qry_phrase_node(x, a, hl);
    /* "praktiserende læge" is also "praktiserende læger": a researcher
     * quotes to keep the words together, and Danish inflects them. The
     * typed forms rank first; under NOT only what was typed is excluded */
    if (exact == NULL || exact->op != XAP_Q_PHRASE || a->inflect ||
        x->negated || x->env->vocab == NULL || !phrase_has_forms(x, a))
        return exact;
    struct ast forms = *a;
    forms.inflect = 1;
    struct xap_qnode *any = qry_phrase_node(x, &forms, hl);
    /* The typed forms are among the forms, so the phrase in any form
     * matches all and the typed one adds its weight where it stands: an
     * AND_MAYBE, whose right side Xapian checks by position on shards as
     * well (an OR of phrases is not: lib/xap build_or_xpos()) */
    struct xap_qnode *scaled =
        any != NULL ? qry_qn_scale(x, any, x->rank->inflected) : NULL;
    struct xap_qnode *maybe =
        scaled != NULL ? qry_qn_new(x, XAP_Q_AND_MAYBE) : NULL;
    if (maybe == NULL) {
        qry_node_free(scaled);
        qry_node_free(exact);
        return NULL;
    }
    if (qry_qn_add(x, maybe, scaled) != ERR_OK) {
        qry_node_free(exact);
        qry_node_free(maybe);
        return NULL;
    }
    if (qry_qn_add(x, maybe, exact) != ERR_OK) {
        qry_node_free(maybe);
        return NULL;
    }
    return maybe;
}

/* Items where the typed words stand side by side ("Anders Stagis",
 * "skæve boliger", "praktiserende læger") are what a user of a search
 * box means: a phrase of their exact forms adds to the score. */
int qry_adjacency_boost(struct qry_expander *x, const struct ast *const *w,
                        size_t n, struct xap_qnode * or)
{
    /* a pasted paragraph has no phrase to find: skip rather than let
     * qry_phrase_node() fail the whole query on its limit */
    size_t width = 0;
    for (size_t i = 0; i < n && width <= QRY_PHRASE_MAX; i++) {
        struct txt_tok toks[TOKENS_MAX];
        size_t nt = qry_tokens(w[i], toks, TOKENS_MAX);
        for (size_t j = 0; j < nt; j++)
            width += qry_phrase_width(&toks[j]);
    }
    if (width < 2 || width > QRY_PHRASE_MAX)
        return ERR_OK;
    struct ast ph = {.kind = AST_PHRASE, .field = FIELD_ANY};
    ph.kids = (struct ast **)w;
    ph.nkids = n;
    struct xap_qnode *p = qry_phrase_node(x, &ph, 0);
    if (p == NULL)
        return x->e->code;
    return qry_qn_add(x, or, qry_qn_scale(x, p, x->rank->adjacent));
}

/* Multi-word thesaurus entries over consecutive plain words: "egen læge"
 * also searches "praktiserende læge" and "almen praksis". */
int qry_phrase_synonyms(struct qry_expander *x, const struct ast *const *w,
                        size_t n, struct xap_qnode * or)
{
    for (size_t i = 0; i + 1 < n; i++) {
        for (size_t len = 2; len <= SYN_WINDOW && i + len <= n; len++) {
            char stems[SYN_WINDOW][TXT_WORD_MAX + 1];
            const char *sp[SYN_WINDOW];
            struct qry_thes_ctx t = {.x = x, .pfx = PFX_BODY, .hl = 1};
            t.syn = qry_qn_new(x, XAP_Q_SYNONYM);
            if (t.syn == NULL)
                return x->e->code;
            struct ast ph = {.kind = AST_PHRASE, .field = FIELD_ANY};
            ph.kids = (struct ast **)&w[i];
            ph.nkids = len;
            int ok = 1;
            for (size_t k = 0; k < len && ok; k++) {
                struct txt_tok tk;
                ok = qry_tokens(w[i + k], &tk, 1) == 1;
                if (ok) {
                    qry_stem(x, tk.word, tk.wlen, stems[k]);
                    sp[k] = stems[k];
                }
            }
            if (ok)
                qry_thes_lookup_words(x->env->thesaurus, sp, len,
                                      qry_thes_whole, &t);
            if (t.rc != ERR_OK || (t.syn->nkids == 0 && t.nlv == 0)) {
                qry_thes_ctx_fini(&t);
                if (t.rc != ERR_OK)
                    return t.rc;
                continue;
            }
            /* the words themselves, side by side, are the base the
             * synonyms are weighed against */
            struct xap_qnode *self = qry_phrase_node(x, &ph, 1);
            if (self == NULL || qry_qn_add(x, t.syn, self) != ERR_OK) {
                qry_thes_ctx_fini(&t);
                return x->e->code;
            }
            struct xap_qnode *node = qry_syn_layers(&t);
            if (node == NULL || qry_qn_add(x, or, node) != ERR_OK)
                return x->e->code;
        }
    }
    return ERR_OK;
}
