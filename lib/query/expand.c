/* SPDX-License-Identifier: GPL-2.0-or-later */
/* expand.c - parse tree -> xap_qnode tree of index terms: qry_build(),
 * walking the tree (words: word.c, phrases: phrase.c), names, queries of
 * only stop words, filters; nodes are built in tree.c, highlights kept in
 * highlight.c, spelling in suggest.c. */
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "query/query_internal.h"
#include "xap/schema.h"

/* 1 if w is an exact term of the field (prefix pfx). */
static int term_known(struct qry_expander *x, const char *pfx, const char *w,
                      size_t wl)
{
    char term[TXT_WORD_MAX + 16];
    size_t pl = strlen(pfx);
    if (x->env->db == NULL || pl + wl >= sizeof term)
        return 0;
    memcpy(term, pfx, pl);
    memcpy(term + pl, w, wl);
    return xap_db_termfreq(x->env->db, term, pl + wl) > 0;
}

/* The exact form of a name's word and its genitive in -s into syn. */
static int name_forms(struct qry_expander *x, struct xap_qnode *syn,
                      const char *pfx, const char *w, size_t wl, int hl)
{
    char gen[TXT_WORD_MAX + 2];
    if (qry_qn_add(x, syn, qry_qn_term(x, XAP_Q_TERM, pfx, "", w, wl)) !=
            ERR_OK ||
        (hl && qry_hl_add(x, 'e', w, wl) != ERR_OK))
        return x->e->code;
    if (w[wl - 1] == 's' || wl > TXT_WORD_MAX)
        return ERR_OK;
    memcpy(gen, w, wl);
    gen[wl] = 's';
    if (qry_qn_add(x, syn, qry_qn_term(x, XAP_Q_TERM, pfx, "", gen, wl + 1)) !=
            ERR_OK ||
        (hl && qry_hl_add(x, 'e', gen, wl + 1) != ERR_OK))
        return x->e->code;
    return ERR_OK;
}

/* w (folded) with its first letter in capitals, for the suggestion. */
static void capitalise(char *w)
{
    unsigned char *u = (unsigned char *)w;
    if (ascii_lower(u[0]))
        u[0] = (unsigned char)(u[0] - 'a' + 'A');
    else if (u[0] == 0xC3 && u[1] >= 0xA0 && u[1] <= 0xBE && u[1] != 0xB7)
        u[1] = (unsigned char)(u[1] - 0x20); /* æ ø å é ... */
}

/* A word of a name: its exact form, or its genitive with -s ("Region
 * Midtjyllands", "Hedemanns"), as one term for BM25. A word the index
 * has never seen, in neither form, is taken as a typo of the known word
 * one edit away ("Hedeman": Hedemann), searched and suggested instead;
 * names are not stemmed, so no other fall-back would reach it. */
static struct xap_qnode *name_node(struct qry_expander *x, const struct ast *a,
                                   const char *pfx, const struct txt_tok *t,
                                   int hl)
{
    struct xap_qnode *syn = qry_qn_new(x, XAP_Q_SYNONYM);
    if (syn == NULL || name_forms(x, syn, pfx, t->word, t->wlen, hl) != ERR_OK)
        goto fail;
    /* a typed genitive ("Hedemanns") also finds the name itself */
    if (t->wlen > 3 && t->word[t->wlen - 1] == 's' &&
        term_known(x, pfx, t->word, t->wlen - 1)) {
        if (qry_qn_add(x, syn,
                       qry_qn_term(x, XAP_Q_TERM, pfx, "", t->word,
                                   t->wlen - 1)) != ERR_OK ||
            (hl && qry_hl_add(x, 'e', t->word, t->wlen - 1) != ERR_OK))
            goto fail;
        return qry_qn_simplify(syn);
    }
    char near[TXT_WORD_MAX + 1];
    if (a->field == FIELD_ANY && x->env->vocab != NULL && !x->no_respell &&
        x->env->db != NULL && utf8_count(t->word, t->wlen) >= 4 &&
        !term_known(x, pfx, t->word, t->wlen) && !qry_out_of_time(x) &&
        qry_vocab_nearest(x->env->vocab, t->word, t->wlen, 1, near,
                          sizeof near) > 0) {
        if (name_forms(x, syn, pfx, near, strlen(near), hl) != ERR_OK)
            goto fail;
        capitalise(near);
        if (qry_edit_add(x, a, near) != ERR_OK)
            goto fail;
        x->out->corrected = 1;
    }
    return qry_qn_simplify(syn);
fail:
    qry_node_free(syn);
    return NULL;
}

/* Every exact word and compound part (their own prefix, lib/xap/
 * schema.h) of the field starting with f, each walk bounded by
 * max_expansion; under NOT the words only: NOT removes whole words,
 * never parts (issue 14). */
static struct xap_qnode *wild_terms(struct qry_expander *x, const char *pfx,
                                    const char *f, size_t n, int hl)
{
    if (hl && qry_hl_add(x, 'p', f, n) != ERR_OK)
        return NULL;
    struct xap_qnode *words = qry_qn_term(x, XAP_Q_WILDCARD, pfx, "", f, n);
    if (words == NULL || x->negated)
        return words;
    char ppfx[16];
    qry_part_prefix(ppfx, sizeof ppfx, pfx);
    struct xap_qnode * or = qry_qn_new(x, XAP_Q_OR);
    if (or == NULL) {
        qry_node_free(words);
        return NULL;
    }
    if (qry_qn_add(x, or, words) != ERR_OK ||
        qry_qn_add(x, or, qry_qn_term(x, XAP_Q_WILDCARD, ppfx, "", f, n)) !=
            ERR_OK) {
        qry_node_free(or);
        return NULL;
    }
    return or ;
}

/* 1 if every piece of a hyphenated token is an exact term of the field. */
static int pieces_known(struct qry_expander *x, const char *pfx,
                        const struct txt_tok *t)
{
    size_t s = 0;
    for (size_t i = 0; i <= t->wlen; i++) {
        if (i < t->wlen && t->word[i] != '-')
            continue;
        if (i > s && !term_known(x, pfx, t->word + s, i - s))
            return 0;
        s = i + 1;
    }
    return 1;
}

/* "F-ACT" is indexed joined ("fact", at the first piece's position) and
 * as its pieces side by side ("f act"); inside a longer word
 * ("F-ACT-inspirerede") only the pieces are. So when the index lacks the
 * joined form, the pieces side by side are searched too, and the joined
 * form is not taken for a typo ("fast") if the index knows every piece. */
static struct xap_qnode *hyphenated_node(struct qry_expander *x,
                                         const struct ast *a, struct txt_tok *t,
                                         int hl)
{
    const char *pfx = qry_field_prefix(a->field);
    char joined[TXT_WORD_MAX + 1];
    size_t jl = 0;
    for (size_t i = 0; i < t->wlen; i++)
        if (t->word[i] != '-')
            joined[jl++] = t->word[i];
    /* no index to ask (trees built without one): the joined form alone */
    if (x->env->db == NULL || qry_phrase_width(t) > QRY_PHRASE_MAX ||
        term_known(x, pfx, joined, jl)) {
        qry_join_hyphens(t);
        return qry_word_node(x, a, t->word, t->wlen, hl);
    }
    struct ast ph = {.kind = AST_PHRASE, .field = a->field};
    struct ast *kid = (struct ast *)a;
    ph.kids = &kid;
    ph.nkids = 1;
    struct xap_qnode *pieces = qry_phrase_node(x, &ph, hl);
    if (pieces == NULL)
        return NULL;
    int was = x->no_respell;
    if (pieces_known(x, pfx, t))
        x->no_respell = 1;
    qry_join_hyphens(t);
    struct xap_qnode *word = qry_word_node(x, a, t->word, t->wlen, hl);
    x->no_respell = was;
    struct xap_qnode * or = word != NULL ? qry_qn_new(x, XAP_Q_OR) : NULL;
    if (or == NULL || qry_qn_add(x, or, word) != ERR_OK) {
        qry_node_free(or);
        if (or == NULL)
            qry_node_free(word);
        qry_node_free(pieces);
        return NULL;
    }
    if (qry_qn_add(x, or, pieces) != ERR_OK) {
        qry_node_free(or);
        return NULL;
    }
    return or ;
}

static struct xap_qnode *wild_node(struct qry_expander *x, const struct ast *a,
                                   int hl)
{
    char f[TXT_WORD_MAX + 1];
    size_t n = fold_str(a->text, a->len, f, sizeof f, NULL);
    if (n == 0) {
        err_set(x->e, ERR_INVAL, "wildcard <%.*s*> has no letters",
                (int)(a->len > 40 ? 40 : a->len), a->text);
        return NULL;
    }
    return wild_terms(x, qry_field_prefix(a->field), f, n, hl);
}

/* A paragraph reference ("§ 107", "paragraf 107"): the term the analyzer
 * gives the number after the sign or the word (txt_para_term), not every
 * "107" of the text; and the thesaurus groups of "paragraf 107" (the
 * Serviceloven's paragraphs by name: § 110 is herberg, forsorgshjem). */
static struct xap_qnode *para_node(struct qry_expander *x, const char *pfx,
                                   const struct txt_tok *toks, size_t n, int hl)
{
    char t[TXT_WORD_MAX + 8], ppfx[16];
    const struct txt_tok *num = &toks[n - 1];
    size_t tl = txt_para_term(num->word, num->wlen, t, sizeof t);
    if (tl == 0) {
        err_set(x->e, ERR_INVAL, "paragraph <%.*s> too long", 20, num->word);
        return NULL;
    }
    if (hl && qry_hl_add(x, 'e', t, tl) != ERR_OK)
        return NULL;
    qry_part_prefix(ppfx, sizeof ppfx, pfx);
    struct qry_thes_ctx c = {
        .x = x, .pfx = pfx, .ppfx = x->negated ? NULL : ppfx, .hl = hl};
    c.syn = qry_qn_new(x, XAP_Q_SYNONYM);
    if (c.syn == NULL ||
        qry_qn_add(x, c.syn, qry_qn_term(x, XAP_Q_TERM, pfx, "", t, tl)) !=
            ERR_OK) {
        qry_thes_ctx_fini(&c);
        return NULL;
    }
    const char *stems[2] = {"paragraf", num->word};
    qry_thes_lookup_words(x->env->thesaurus, stems, 2, qry_thes_whole, &c);
    if (c.rc != ERR_OK) {
        qry_thes_ctx_fini(&c);
        return NULL;
    }
    return qry_syn_layers(&c);
}

static struct xap_qnode *word_ast(struct qry_expander *x, const struct ast *a,
                                  int hl)
{
    struct txt_tok toks[TOKENS_MAX];
    size_t n = qry_tokens(a, toks, TOKENS_MAX);
    if (n == 0)
        return NULL;
    const char *pfx = qry_field_prefix(a->field);
    if (a->field == FIELD_CASE)
        return qry_case_field_node(x, toks, n, hl);
    if (a->para && (toks[n - 1].flags & TXT_TOK_NUMBER))
        return para_node(x, pfx, toks, n, hl);
    if (n == 1 &&
        ((toks[0].flags & TXT_TOK_NUMBER) || txt_tok_is_code(&toks[0])))
        return qry_code_node(x, &toks[0], a->field, hl); /* also "quoted" */
    int lone = n == 1 && a->exact &&
               !(toks[0].flags & (TXT_TOK_HYPHENATED | TXT_TOK_URL));
    if (lone && a->len > 1 && a->text[a->len - 1] == '*') /* "mester*" */
        return wild_terms(x, pfx, toks[0].word, toks[0].wlen, hl);
    if (lone) {
        /* "boliger": that form, alone or as a compound's part */
        if (hl && qry_hl_add(x, 'e', toks[0].word, toks[0].wlen) != ERR_OK)
            return NULL;
        return qry_exact_word_node(x, pfx, toks[0].word, toks[0].wlen);
    }
    if (n > 1 || a->exact) {
        /* "hjemløse/herberg" or "quoted": exact forms in sequence */
        struct ast ph = {.kind = AST_PHRASE, .field = a->field};
        struct ast *kid = (struct ast *)a;
        ph.kids = &kid;
        ph.nkids = 1;
        return qry_phrase_node(x, &ph, hl);
    }
    struct txt_tok *t = &toks[0];
    if (a->optional && x->drop_stop && qry_is_noise(t->word, t->wlen))
        return NULL;
    if (a->name) /* Bente is not Bent: the name as written */
        return name_node(x, a, pfx, t, hl);
    if (t->flags & TXT_TOK_URL) {
        if (hl && qry_hl_add(x, 'e', t->word, t->wlen) != ERR_OK)
            return NULL;
        return qry_qn_term(x, XAP_Q_TERM, pfx, "", t->word, t->wlen);
    }
    if (t->flags & TXT_TOK_HYPHENATED)
        return hyphenated_node(x, a, t, hl);
    return qry_word_node(x, a, t->word, t->wlen, hl);
}

static enum xap_qop group_op(enum ast_kind k)
{
    switch (k) {
    case AST_AND:
        return XAP_Q_AND;
    case AST_AND_NOT:
        return XAP_Q_AND_NOT;
    case AST_MAYBE:
        return XAP_Q_AND_MAYBE;
    default:
        return XAP_Q_OR;
    }
}

/* A plain word of a bag-of-words query (not quoted, no field). */
static int is_plain(const struct ast *a)
{
    return a->kind == AST_WORD && a->optional && !a->exact &&
           a->field == FIELD_ANY;
}

/* For the runs of plain words in an OR: adjacency and phrase synonyms. */
static int seq_extras(struct qry_expander *x, const struct ast *a,
                      struct xap_qnode * or)
{
    size_t i = 0;
    while (i < a->nkids) {
        size_t j = i;
        while (j < a->nkids && is_plain(a->kids[j]))
            j++;
        if (j - i >= 2) {
            const struct ast *const *run =
                (const struct ast *const *)&a->kids[i];
            if (qry_adjacency_boost(x, run, j - i, or) != ERR_OK ||
                qry_phrase_synonyms(x, run, j - i, or) != ERR_OK)
                return x->e->code;
        }
        i = j > i ? j : i + 1;
    }
    return ERR_OK;
}

static struct xap_qnode *expand(struct qry_expander *x, const struct ast *a,
                                int hl);

static struct xap_qnode *group_node(struct qry_expander *x, const struct ast *a,
                                    int hl)
{
    struct xap_qnode *n = qry_qn_new(x, group_op(a->kind));
    if (n == NULL)
        return NULL;
    for (size_t i = 0; i < a->nkids; i++) {
        /* excluded terms are not highlighted */
        int excluded = a->kind == AST_AND_NOT && i > 0;
        x->negated += excluded;
        struct xap_qnode *k = expand(x, a->kids[i], hl && !excluded);
        x->negated -= excluded;
        if (k == NULL && x->e->code != ERR_OK)
            goto fail;
        if (k == NULL && i == 0 &&
            (a->kind == AST_AND_NOT || a->kind == AST_MAYBE)) {
            /* nothing left to keep or require: drop the operator */
            if (a->kind == AST_AND_NOT) {
                qry_node_free(n);
                return NULL;
            }
            n->op = XAP_Q_OR;
        }
        if (qry_qn_add(x, n, k) != ERR_OK)
            goto fail;
    }
    if (n->nkids == 0) {
        qry_node_free(n);
        return NULL;
    }
    if (a->kind == AST_OR && seq_extras(x, a, n) != ERR_OK)
        goto fail;
    if (n->op == XAP_Q_AND_NOT && n->nkids == 1) {
        struct xap_qnode *k = n->kids[0];
        n->nkids = 0;
        qry_node_free(n);
        return k;
    }
    return qry_qn_simplify(n);
fail:
    qry_node_free(n);
    return NULL;
}

static struct xap_qnode *expand(struct qry_expander *x, const struct ast *a,
                                int hl)
{
    switch (a->kind) {
    case AST_WORD:
        return word_ast(x, a, hl);
    case AST_PHRASE:
        return qry_quoted_phrase_node(x, a, hl);
    case AST_WILD:
        return wild_node(x, a, hl);
    case AST_NEAR:
        return qry_near_node(x, a, hl);
    default:
        return group_node(x, a, hl);
    }
}

/* 1 if a plain word is one capitalised word ("Bente", "Hedemann"). */
static int is_capitalised(const struct ast *a)
{
    struct txt_tok toks[2];
    return is_plain(a) && qry_tokens(a, toks, 2) == 1 &&
           (toks[0].flags & TXT_TOK_CAPITAL) &&
           !(toks[0].flags & (TXT_TOK_NUMBER | TXT_TOK_URL));
}

/* Runs of two or more capitalised plain words look like a name ("Bente
 * Hedemann", "Anders Stagis"): Snowball would stem bente to bent and
 * find Bent Hansen, so such words are searched as written. A lone
 * capital ("Århus") is a word like any other. */
static void mark_names(struct ast *a)
{
    if (a->kind == AST_WORD || a->kind == AST_PHRASE || a->kind == AST_WILD ||
        a->kind == AST_NEAR)
        return;
    for (size_t i = 0; i < a->nkids;) {
        size_t j = i;
        while (j < a->nkids && a->kind == AST_OR && is_capitalised(a->kids[j]))
            j++;
        for (size_t k = i; j - i >= 2 && k < j; k++)
            a->kids[k]->name = 1;
        if (j == i)
            mark_names(a->kids[j++]);
        i = j;
    }
}

/* Count optional plain words that are not stop words. */
static size_t content_words(const struct ast *a)
{
    if (a->kind == AST_WORD) {
        struct txt_tok t;
        struct txt_tokenizer tk;
        txt_tok_init(&tk, a->text, a->len);
        if (!txt_tok_next(&tk, &t))
            return 0;
        return !a->optional || !qry_is_noise(t.word, t.wlen);
    }
    if (a->kind != AST_AND && a->kind != AST_OR && a->kind != AST_MAYBE &&
        a->kind != AST_AND_NOT)
        return 1;
    size_t n = 0;
    for (size_t i = 0; i < a->nkids; i++)
        n += content_words(a->kids[i]);
    return n;
}

/* A query of only stop words ("og i på det er") would match nearly every
 * item, ranked by how often it uses them: search the words as a phrase
 * of their exact forms (one word: its exact form). NULL (and no error)
 * if the query is not a plain run of such words, or too long a phrase. */
static struct xap_qnode *stop_phrase(struct qry_expander *x,
                                     const struct ast *root)
{
    const struct ast *const *w = (const struct ast *const *)&root;
    size_t n = 1;
    if (root->kind == AST_OR) {
        w = (const struct ast *const *)root->kids;
        n = root->nkids;
    }
    size_t width = 0;
    for (size_t i = 0; i < n; i++) {
        struct txt_tok toks[TOKENS_MAX];
        if (!is_plain(w[i]))
            return NULL;
        size_t nt = qry_tokens(w[i], toks, TOKENS_MAX);
        for (size_t j = 0; j < nt; j++)
            width += qry_phrase_width(&toks[j]);
    }
    if (width == 0 || width > QRY_PHRASE_MAX)
        return NULL;
    struct ast ph = {.kind = AST_PHRASE, .field = FIELD_ANY};
    ph.kids = (struct ast **)w;
    ph.nkids = n;
    return qry_phrase_node(x, &ph, 1);
}

/* Did the query name a kind of document (kind:)? Then it gets what it
 * asked for and no attendance records besides. */
static int kind_named(const struct qry_parse_out *p)
{
    for (size_t i = 0; i < p->nfilters; i++)
        if (p->filters[i].kind == FILTER_KIND)
            return 1;
    return 0;
}

int qry_build(const struct qry_env *env, const char *q, size_t len,
              struct qry_out *out, struct err *e)
{
    struct err local;
    memset(out, 0, sizeof *out);
    if (e == NULL)
        e = &local;
    err_clear(e);
    if (env == NULL || env->stemmer == NULL)
        return err_set(e, ERR_INVAL, "query environment has no stemmer");
    struct qry_parse_out p;
    int rc = qry_parse(q, len, &p, e);
    if (rc == ERR_OK)
        rc = qry_filters_resolve(&p, out, e);
    if (rc != ERR_OK) {
        qry_parse_out_fini(&p);
        return rc;
    }
    struct qry_expander x = {.env = env, .out = out, .e = e, .q = q};
    x.rank = env->rank != NULL ? env->rank : &qry_rank_default;
    if (p.root == NULL) { /* only filters: every item passing them */
        out->root = qry_qn_term(&x, XAP_Q_TERM, "", "", "", 0);
        out->browse = 1;
        if (out->root != NULL)
            qry_filters_wrap(&x, &p);
        qry_parse_out_fini(&p);
        return out->root != NULL ? ERR_OK : e->code;
    }
    x.drop_stop = content_words(p.root) > 0;
    mark_names(p.root);
    if (!x.drop_stop)
        out->root = stop_phrase(&x, p.root);
    if (out->root == NULL && e->code == ERR_OK)
        out->root = expand(&x, p.root, 1);
    if (out->root == NULL && e->code == ERR_OK)
        err_set(e, ERR_INVAL, "query has no searchable words");
    if (e->code == ERR_OK && !kind_named(&p) && !p.people)
        qry_attend_add(&x, p.root);
    if (e->code == ERR_OK)
        qry_filters_wrap(&x, &p);
    if (e->code == ERR_OK)
        qry_suggestion_make(&x, q, len);
    for (size_t i = 0; i < x.nedits; i++)
        free(x.edits[i].repl);
    free(x.edits);
    qry_parse_out_fini(&p);
    if (e->code != ERR_OK) {
        qry_node_free(out->root);
        out->root = NULL;
        return e->code;
    }
    qry_hl_sort(out);
    return ERR_OK;
}

void qry_out_fini(struct qry_out *out)
{
    qry_node_free(out->root);
    for (size_t i = 0; i < out->nfilters; i++)
        free(out->filters[i]);
    free(out->filters);
    free(out->suggestion);
    for (size_t i = 0; i < out->nhl; i++)
        free(out->hl[i]);
    free(out->hl);
    qry_hl_phrases_free(out);
    memset(out, 0, sizeof *out);
}
