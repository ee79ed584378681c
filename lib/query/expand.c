/* SPDX-License-Identifier: GPL-2.0-or-later */
/* expand.c - parse tree -> xap_qnode tree of index terms. This is where
 * Danish is handled at query time: a word becomes its stem (all
 * inflections), its synonyms from the thesaurus, the compounds made by
 * swapping a part for a synonym, its compound parts (weighted lower, so
 * the exact compound ranks first), a bonus for the exact written form, and
 * - for words the index does not know - the nearest known spelling. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"
#include "xap/schema.h"

/* Weights relative to the stemmed word (1.0), chosen on the public
 * judgments and kept round (see lib/query/README.md). */
#define W_EXACT          0.25 /* bonus for the written form ("boliger" != "bol") */
#define W_PARTS          0.6 /* all parts of a compound query word, apart */
#define W_FUZZY          0.3 /* known words one edit away (the corpus misspells) */
#define W_ADJACENT       1.0 /* the plain words of a query, side by side */
#define SYN_WINDOW       3   /* words a multi-word synonym may span */
#define PHRASE_FORMS_MAX 32  /* written forms of one word in a ~"phrase" */
#define FUZZY_MIN_CHARS  7   /* shorter words have too many neighbours */
#define FUZZY_NEIGHBOURS 8   /* at most this many variants per word */
#define TOKENS_MAX       16  /* tokens one query word may split into */

struct edit {
    size_t off, len;
    char *repl;
};

struct expander {
    const struct qry_env *env;
    struct qry_out *out;
    struct err *e;
    const char *q;
    struct edit *edits;
    size_t nedits;
    int drop_stop; /* drop optional stop words: there are other words */
    /* the highlight words of the phrase being built (hl_phrase_begin) */
    int in_phrase;
    char **phw;
    size_t nphw;
};

/* ---- nodes ------------------------------------------------------------- */

void qry_node_free(struct xap_qnode *n)
{
    if (n == NULL)
        return;
    for (size_t i = 0; i < n->nkids; i++)
        qry_node_free(n->kids[i]);
    free(n->kids);
    free(n->term);
    free(n);
}

static struct xap_qnode *qn_new(struct expander *x, enum xap_qop op)
{
    struct xap_qnode *n = calloc(1, sizeof *n);
    if (n == NULL)
        err_set(x->e, ERR_NOMEM, "out of memory");
    else
        n->op = op;
    return n;
}

/* A TERM or WILDCARD node for pfx1 + pfx2 + word. */
static struct xap_qnode *qn_term(struct expander *x, enum xap_qop op,
                                 const char *pfx1, const char *pfx2,
                                 const char *w, size_t wlen)
{
    struct xap_qnode *n = qn_new(x, op);
    if (n == NULL)
        return NULL;
    size_t a = strlen(pfx1), b = strlen(pfx2);
    n->term = malloc(a + b + wlen + 1);
    if (n->term == NULL) {
        free(n);
        err_set(x->e, ERR_NOMEM, "out of memory");
        return NULL;
    }
    memcpy(n->term, pfx1, a);
    memcpy(n->term + a, pfx2, b);
    memcpy(n->term + a + b, w, wlen);
    n->len = a + b + wlen;
    n->term[n->len] = '\0';
    n->wqf = 1;
    return n;
}

/* Append kid to n (taking it). On failure both are freed. */
static int qn_add(struct expander *x, struct xap_qnode *n,
                  struct xap_qnode *kid)
{
    if (kid == NULL)
        return ERR_OK;
    struct xap_qnode **k = realloc(n->kids, (n->nkids + 1) * sizeof *k);
    if (k == NULL) {
        qry_node_free(kid);
        return err_set(x->e, ERR_NOMEM, "out of memory");
    }
    n->kids = k;
    n->kids[n->nkids++] = kid;
    return ERR_OK;
}

/* 1 if n (a SYNONYM/OR of terms) already holds `term`. */
static int qn_has_term(const struct xap_qnode *n, const char *term, size_t len)
{
    for (size_t i = 0; i < n->nkids; i++)
        if (n->kids[i]->op == XAP_Q_TERM && n->kids[i]->len == len &&
            memcmp(n->kids[i]->term, term, len) == 0)
            return 1;
    return 0;
}

/* A group node with one kid is that kid. */
static struct xap_qnode *qn_simplify(struct xap_qnode *n)
{
    if (n != NULL && n->nkids == 1 && n->op != XAP_Q_SCALE &&
        n->op != XAP_Q_PHRASE && n->op != XAP_Q_FILTER &&
        n->op != XAP_Q_AND_NOT) {
        struct xap_qnode *k = n->kids[0];
        free(n->kids);
        free(n->term);
        free(n);
        return k;
    }
    return n;
}

static struct xap_qnode *qn_scale(struct expander *x, struct xap_qnode *kid,
                                  double scale)
{
    struct xap_qnode *n = qn_new(x, XAP_Q_SCALE);
    if (n == NULL || qn_add(x, n, kid) != ERR_OK) {
        if (n == NULL)
            qry_node_free(kid);
        free(n);
        return NULL;
    }
    n->scale = scale;
    return n;
}

/* ---- highlight set ----------------------------------------------------- */

/* Append s to the array *arr of *n; s is freed if that fails. */
static int str_push(struct expander *x, char ***arr, size_t *n, char *s)
{
    char **p = realloc(*arr, (*n + 1) * sizeof *p);
    if (p == NULL) {
        free(s);
        return err_set(x->e, ERR_NOMEM, "out of memory");
    }
    *arr = p;
    p[(*n)++] = s;
    return ERR_OK;
}

static int hl_add(struct expander *x, char kind, const char *w, size_t len)
{
    struct qry_out *o = x->out;
    /* (a phrase keeps every word: its words are told by their place) */
    if (!x->in_phrase && o->nhl >= 4 * QRY_TERMS_MAX * FUZZY_NEIGHBOURS)
        return ERR_OK;
    char *s = malloc(len + 3);
    if (s == NULL)
        return err_set(x->e, ERR_NOMEM, "out of memory");
    s[0] = kind;
    s[1] = ':';
    memcpy(s + 2, w, len);
    s[len + 2] = '\0';
    return x->in_phrase ? str_push(x, &x->phw, &x->nphw, s)
                        : str_push(x, &o->hl, &o->nhl, s);
}

/* The highlight words added from here to hl_phrase_end() are a phrase's. */
static void hl_phrase_begin(struct expander *x)
{
    assert(!x->in_phrase);
    x->in_phrase = 1;
    x->phw = NULL;
    x->nphw = 0;
}

/* End a phrase: `whole` (it was searched as a phrase of two words or more)
 * keeps its words for phrase highlighting; else they join the plain set
 * (a quoted single word). */
static int hl_phrase_end(struct expander *x, int whole)
{
    x->in_phrase = 0;
    if (whole && x->nphw >= 2)
        return hl_phrase_add(x->out, x->phw, x->nphw, x->e);
    int rc = ERR_OK;
    for (size_t i = 0; i < x->nphw; i++) {
        if (rc == ERR_OK)
            rc = str_push(x, &x->out->hl, &x->out->nhl, x->phw[i]);
        else
            free(x->phw[i]);
    }
    free(x->phw);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int qry_match(void *ctx, enum txt_term_kind kind, const char *term, size_t len)
{
    const struct qry_out *o = ctx;
    char key[TXT_WORD_MAX * 2 + 3];
    if (len > TXT_WORD_MAX * 2)
        return 0;
    int stem = kind == TXT_STEM || kind == TXT_PART_STEM;
    key[0] = stem ? 's' : 'e';
    key[1] = ':';
    memcpy(key + 2, term, len);
    key[len + 2] = '\0';
    const char *k = key;
    if (o->nhl > 0 &&
        bsearch(&k, o->hl, o->nhl, sizeof *o->hl, cmp_str) != NULL)
        return 1;
    if (stem)
        return 0;
    for (size_t i = 0; i < o->nhl; i++) { /* wildcard prefixes */
        const char *h = o->hl[i];
        size_t hl = strlen(h) - 2;
        if (h[0] == 'p' && hl <= len && memcmp(h + 2, term, hl) == 0)
            return 1;
    }
    return 0;
}

size_t qry_needles(const struct qry_out *o, const char **needles, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < o->nhl && n < max; i++)
        needles[n++] = o->hl[i] + 2; /* past "e:", "s:", "p:" */
    for (size_t p = 0; p < o->nphrases; p++)
        for (size_t k = 0; k < o->phrase_len[p] && n < max; k++)
            needles[n++] = o->phrases[p][k] + 2;
    return n;
}

/* ---- words ------------------------------------------------------------- */

static const char *field_prefix(enum ast_field f)
{
    switch (f) {
    case FIELD_TITLE:
        return PFX_TITLE;
    case FIELD_DECISION:
        return PFX_DECISION;
    case FIELD_SUMMARY:
        return PFX_SUMMARY;
    case FIELD_PEOPLE:
        return PFX_PEOPLE;
    case FIELD_ANY:
        break;
    }
    return PFX_BODY;
}

/* Words that carry no topic in a typed question ("hvor kan hjemløse
 * sove"): Snowball's stop list lacks the modal verbs and question words. */
static int is_query_noise(const char *w, size_t len)
{
    static const char *const noise[] = {
        "bør",     "findes",  "får",     "gives",   "gør",
        "hvem",    "hvilke",  "hvilken", "hvilket", "hvordan",
        "hvorfor", "hvornår", "kan",     "må",      "nogen",
    };
    if (txt_is_stopword(w, len))
        return 1;
    for (size_t i = 0; i < sizeof noise / sizeof noise[0]; i++)
        if (strlen(noise[i]) == len && memcmp(noise[i], w, len) == 0)
            return 1;
    return 0;
}

static size_t stem_of(struct expander *x, const char *w, size_t len, char *out)
{
    return txt_stem(x->env->stemmer, w, len, out, TXT_WORD_MAX + 1);
}

static uint32_t freq_of(struct expander *x, const char *pfx1, const char *pfx2,
                        const char *w, size_t len)
{
    char t[2 * TXT_WORD_MAX + 8];
    size_t a = strlen(pfx1), b = strlen(pfx2);
    uint32_t f;
    /* a plain word: from the vocabulary in memory, not a B-tree look-up
     * (two block reads a word, on every search) */
    if (a + b == 0 && vocab_freq_known(x->env->vocab, w, len, &f))
        return f;
    if (x->env->db == NULL || a + b + len >= sizeof t)
        return 0;
    memcpy(t, pfx1, a);
    memcpy(t + a, pfx2, b);
    memcpy(t + a + b, w, len);
    return xap_db_termfreq(x->env->db, t, a + b + len);
}

/* Add Z<pfx><stem of w> to syn, unless there already. */
static int syn_add_stem(struct expander *x, struct xap_qnode *syn,
                        const char *pfx, const char *stem, size_t slen, int hl)
{
    char t[TXT_WORD_MAX + 16];
    size_t a = strlen(PFX_STEM), b = strlen(pfx);
    if (a + b + slen >= sizeof t)
        return ERR_OK;
    memcpy(t, PFX_STEM, a);
    memcpy(t + a, pfx, b);
    memcpy(t + a + b, stem, slen);
    if (qn_has_term(syn, t, a + b + slen))
        return ERR_OK;
    if (hl && hl_add(x, 's', stem, slen) != ERR_OK)
        return x->e->code;
    return qn_add(x, syn, qn_term(x, XAP_Q_TERM, PFX_STEM, pfx, stem, slen));
}

struct thes_ctx {
    struct expander *x;
    struct xap_qnode *syn;
    const char *pfx;
    int hl;
    int rc;
    /* compound recombination: put the synonym in place of part */
    const char *word;
    size_t wlen;
    const struct txt_part *part;
};

/* A synonym of the whole word: its stem, or a phrase of its words. */
static int thes_whole(void *ctx, const char *const *words, size_t nwords,
                      const char *surface)
{
    struct thes_ctx *t = ctx;
    struct expander *x = t->x;
    (void)surface;
    if (nwords == 1) {
        t->rc =
            syn_add_stem(x, t->syn, t->pfx, words[0], strlen(words[0]), t->hl);
        return t->rc;
    }
    struct xap_qnode *ph = qn_new(x, XAP_Q_PHRASE);
    if (ph == NULL)
        return t->rc = ERR_NOMEM;
    if (t->hl)
        hl_phrase_begin(x);
    for (size_t i = 0; i < nwords; i++) {
        size_t l = strlen(words[i]);
        if ((t->hl && hl_add(x, 'e', words[i], l) != ERR_OK) ||
            qn_add(x, ph, qn_term(x, XAP_Q_TERM, t->pfx, "", words[i], l)) !=
                ERR_OK) {
            if (t->hl)
                hl_phrase_end(x, 0);
            qry_node_free(ph);
            return t->rc = x->e->code;
        }
    }
    if (t->hl && hl_phrase_end(x, 1) != ERR_OK) {
        qry_node_free(ph);
        return t->rc = x->e->code;
    }
    ph->window = (uint32_t)nwords;
    return t->rc = qn_add(x, t->syn, ph);
}

/* Try word with one part replaced by a synonym, with and without the
 * original linking letter; keep the variants the index knows. */
static int thes_part(void *ctx, const char *const *words, size_t nwords,
                     const char *surface)
{
    struct thes_ctx *t = ctx;
    struct expander *x = t->x;
    (void)words;
    if (nwords != 1 || surface == NULL)
        return 0;
    size_t head = t->part->off, tail = t->part->off + t->part->len;
    size_t sl = strlen(surface);
    for (int drop_link = 0; drop_link < 2; drop_link++) {
        char v[TXT_WORD_MAX * 2 + 2], stem[TXT_WORD_MAX + 1];
        size_t rest = tail;
        if (drop_link) {
            if (rest < t->wlen &&
                (t->word[rest] == 's' || t->word[rest] == 'e'))
                rest++;
            else
                continue;
        }
        size_t n = head + sl + (t->wlen - rest);
        if (n > TXT_WORD_MAX)
            continue;
        memcpy(v, t->word, head);
        memcpy(v + head, surface, sl);
        memcpy(v + head + sl, t->word + rest, t->wlen - rest);
        size_t stl = stem_of(x, v, n, stem);
        if (freq_of(x, PFX_STEM, t->pfx, stem, stl) == 0)
            continue;
        t->rc = syn_add_stem(x, t->syn, t->pfx, stem, stl, t->hl);
        if (t->rc != ERR_OK)
            return t->rc;
    }
    return 0;
}

/* All parts of a compound, each with its synonyms, AND'ed. */
static struct xap_qnode *parts_node(struct expander *x, const char *w,
                                    const struct txt_part *parts, size_t nparts,
                                    const char *pfx, int hl)
{
    struct xap_qnode *and = qn_new(x, XAP_Q_AND);
    if (and == NULL)
        return NULL;
    for (size_t i = 0; i < nparts; i++) {
        char stem[TXT_WORD_MAX + 1];
        size_t sl = stem_of(x, w + parts[i].off, parts[i].len, stem);
        struct xap_qnode *syn = qn_new(x, XAP_Q_SYNONYM);
        if (syn == NULL || qn_add(x, and, syn) != ERR_OK)
            goto fail;
        if (syn_add_stem(x, syn, pfx, stem, sl, hl) != ERR_OK)
            goto fail;
        struct thes_ctx t = {.x = x, .syn = syn, .pfx = pfx, .hl = hl};
        thes_lookup(x->env->thesaurus, stem, sl, thes_whole, &t);
        if (t.rc != ERR_OK)
            goto fail;
        and->kids[i] = qn_simplify(syn);
    }
    return and;
fail:
    qry_node_free(and);
    return NULL;
}

static int record_edit(struct expander *x, const struct ast *a,
                       const char *repl)
{
    struct edit *p = realloc(x->edits, (x->nedits + 1) * sizeof *p);
    if (p == NULL)
        return err_set(x->e, ERR_NOMEM, "out of memory");
    x->edits = p;
    p[x->nedits].off = a->off;
    p[x->nedits].len = a->len;
    p[x->nedits].repl = strdup(repl);
    if (p[x->nedits].repl == NULL)
        return err_set(x->e, ERR_NOMEM, "out of memory");
    x->nedits++;
    return ERR_OK;
}

struct fuzzy_ctx {
    struct expander *x;
    struct xap_qnode *syn;
    const char *stem; /* the query word's own stem: skip its inflections */
    int hl;
    int rc;
};

static int add_neighbour(void *ctx, const char *w, size_t wl, uint32_t freq)
{
    struct fuzzy_ctx *f = ctx;
    char stem[TXT_WORD_MAX + 1];
    (void)freq;
    size_t sl = stem_of(f->x, w, wl, stem);
    if (strcmp(stem, f->stem) == 0)
        return 0;
    f->rc = syn_add_stem(f->x, f->syn, PFX_BODY, stem, sl, f->hl);
    return f->rc;
}

/* One folded word (not quoted, not a number). */
static struct xap_qnode *word_node(struct expander *x, const struct ast *a,
                                   const char *w, size_t wl, int hl)
{
    const char *pfx = field_prefix(a->field);
    char stem[TXT_WORD_MAX + 1];
    size_t sl = stem_of(x, w, wl, stem);
    struct xap_qnode *syn = qn_new(x, XAP_Q_SYNONYM), * or = NULL;
    if (syn == NULL)
        return NULL;
    if (syn_add_stem(x, syn, pfx, stem, sl, hl) != ERR_OK ||
        (hl && hl_add(x, 'e', w, wl) != ERR_OK))
        goto fail;
    struct thes_ctx t = {.x = x, .syn = syn, .pfx = pfx, .hl = hl};
    thes_lookup(x->env->thesaurus, stem, sl, thes_whole, &t);
    if (t.rc != ERR_OK)
        goto fail;
    int has_synonyms = syn->nkids > 1;

    struct txt_part parts[8];
    size_t nparts = 0;
    if (x->env->lexicon != NULL)
        nparts = txt_compound_split(x->env->lexicon, w, wl, parts, 8);
    for (size_t i = 0; i < nparts && nparts > 1; i++) {
        char pstem[TXT_WORD_MAX + 1];
        size_t pl = stem_of(x, w + parts[i].off, parts[i].len, pstem);
        t.word = w;
        t.wlen = wl;
        t.part = &parts[i];
        thes_lookup(x->env->thesaurus, pstem, pl, thes_part, &t);
        if (t.rc != ERR_OK)
            goto fail;
    }

    /* A word the index has never seen is taken as a typo: search its
     * nearest known spelling too. A compound of known words ("hjemlæse"
     * = hjem + læse) is only corrected by one edit, and then its parts
     * are not searched: they were an accident of the typo. */
    uint32_t freq = freq_of(x, PFX_STEM, pfx, stem, sl);
    size_t chars = qry_utf8_chars(w, wl);
    if (a->field == FIELD_ANY && x->env->vocab != NULL && freq == 0 &&
        !has_synonyms && chars >= 4) {
        char near[TXT_WORD_MAX + 1], nstem[TXT_WORD_MAX + 1];
        int maxd = chars >= 8 && nparts < 2 ? 2 : 1;
        if (vocab_nearest(x->env->vocab, w, wl, maxd, near, sizeof near) > 0) {
            size_t nl = stem_of(x, near, strlen(near), nstem);
            if (syn_add_stem(x, syn, pfx, nstem, nl, hl) != ERR_OK ||
                record_edit(x, a, near) != ERR_OK)
                goto fail;
            /* the corrected word brings its synonyms, as typed would */
            thes_lookup(x->env->thesaurus, nstem, nl, thes_whole, &t);
            if (t.rc != ERR_OK)
                goto fail;
            x->out->corrected = 1;
            nparts = 0;
        }
    }

    or = qn_new(x, XAP_Q_OR);
    if (or == NULL)
        goto fail;
    struct xap_qnode *core = qn_simplify(syn);
    syn = NULL;
    if (qn_add(x, or, core) != ERR_OK)
        goto fail;
    if (nparts > 1) {
        struct xap_qnode *pn = parts_node(x, w, parts, nparts, pfx, hl);
        if (pn == NULL || qn_add(x, or, qn_scale(x, pn, W_PARTS)) != ERR_OK)
            goto fail;
    }
    if (freq_of(x, pfx, "", w, wl) > 0 &&
        qn_add(x, or,
               qn_scale(x, qn_term(x, XAP_Q_TERM, pfx, "", w, wl), W_EXACT)) !=
            ERR_OK)
        goto fail;
    /* The corpus misspells itself (udsatterrådet, varmemestue): known
     * words one edit away join with a low weight. */
    if (a->field == FIELD_ANY && x->env->vocab != NULL &&
        chars >= FUZZY_MIN_CHARS) {
        struct xap_qnode *fz = qn_new(x, XAP_Q_SYNONYM);
        if (fz == NULL)
            goto fail;
        struct fuzzy_ctx f = {.x = x, .syn = fz, .stem = stem, .hl = hl};
        vocab_neighbours(x->env->vocab, w, wl, FUZZY_NEIGHBOURS, add_neighbour,
                         &f);
        if (f.rc != ERR_OK) {
            qry_node_free(fz);
            goto fail;
        }
        if (fz->nkids == 0)
            qry_node_free(fz);
        else if (qn_add(x, or, qn_scale(x, qn_simplify(fz), W_FUZZY)) != ERR_OK)
            goto fail;
    }
    return qn_simplify(or);
fail:
    qry_node_free(syn);
    qry_node_free(or);
    return NULL;
}

/* Split a word's text into folded tokens. */
static size_t tokens_of(const struct ast *a, struct txt_tok *toks, size_t max)
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
static void join_hyphens(struct txt_tok *t)
{
    size_t o = 0;
    for (size_t i = 0; i < t->wlen; i++)
        if (t->word[i] != '-')
            t->word[o++] = t->word[i];
    t->wlen = o;
    t->word[o] = '\0';
}

/* How many phrase positions phrase_add_token() gives a token. */
static size_t phrase_width(const struct txt_tok *t)
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
static int phrase_add_token(struct expander *x, struct xap_qnode *ph,
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
            if ((hl && hl_add(x, 'e', t->word + s, i - s) != ERR_OK) ||
                qn_add(x, ph,
                       qn_term(x, XAP_Q_TERM, pfx, "", t->word + s, i - s)) !=
                    ERR_OK)
                return x->e->code;
        }
        s = i + 1;
    }
    return ERR_OK;
}

static struct xap_qnode *expand(struct expander *x, const struct ast *a,
                                int hl);

struct forms_ctx {
    struct expander *x;
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
    if (qn_has_term(f->or, t, pl + wl))
        return 0;
    f->rc = qn_add(f->x, f->or, qn_term(f->x, XAP_Q_TERM, f->pfx, "", w, wl));
    return f->rc;
}

/* A word of a ~"phrase": every form of it the index knows (the words
 * sharing its stem), as an OR of exact terms - Xapian phrases take those,
 * while stemmed terms carry no positions. */
static int phrase_add_forms(struct expander *x, struct xap_qnode *ph,
                            const char *pfx, const struct txt_tok *t, int hl)
{
    if (t->flags & (TXT_TOK_HYPHENATED | TXT_TOK_NUMBER | TXT_TOK_URL))
        return phrase_add_token(x, ph, pfx, t, hl);
    char stem[TXT_WORD_MAX + 1];
    size_t sl = stem_of(x, t->word, t->wlen, stem);
    struct xap_qnode * or = qn_new(x, XAP_Q_OR);
    if (or == NULL)
        return x->e->code;
    struct forms_ctx f = {.x = x, .or = or, .pfx = pfx};
    if (add_form(&f, t->word, t->wlen) == ERR_OK)
        vocab_forms(x->env->vocab, stem, PHRASE_FORMS_MAX, add_form, &f);
    if (f.rc != ERR_OK || (hl && hl_add(x, 's', stem, sl) != ERR_OK)) {
        qry_node_free(or);
        return x->e->code;
    }
    if (ph->nkids >= QRY_PHRASE_MAX * 2) {
        qry_node_free(or);
        return err_set(x->e, ERR_LIMIT, "phrase has more than <%d> words",
                       QRY_PHRASE_MAX);
    }
    return qn_add(x, ph, qn_simplify(or));
}

static struct xap_qnode *phrase_words(struct expander *x, const struct ast *a,
                                      int hl, const char *pfx)
{
    struct xap_qnode *ph = qn_new(x, XAP_Q_PHRASE);
    if (ph == NULL)
        return NULL;
    for (size_t i = 0; i < a->nkids; i++) {
        struct txt_tok toks[TOKENS_MAX];
        size_t n = tokens_of(a->kids[i], toks, TOKENS_MAX);
        for (size_t j = 0; j < n; j++) {
            int rc = a->inflect && x->env->vocab != NULL
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
    ph->window = (uint32_t)ph->nkids;
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
static struct xap_qnode *phrase_build(struct expander *x, const struct ast *a,
                                      int hl, const char *pfx)
{
    if (!hl)
        return phrase_words(x, a, 0, pfx);
    hl_phrase_begin(x);
    struct xap_qnode *n = phrase_words(x, a, 1, pfx);
    if (hl_phrase_end(x, n != NULL && n->op == XAP_Q_PHRASE) != ERR_OK) {
        qry_node_free(n);
        return NULL;
    }
    return n;
}

/* 1 if the field's terms carry no positions (xap/schema.h): sections,
 * whose text is also the body's. */
static int field_unpositioned(enum ast_field f)
{
    return f == FIELD_DECISION || f == FIELD_SUMMARY;
}

static struct xap_qnode *phrase_node(struct expander *x, const struct ast *a,
                                     int hl)
{
    const char *pfx = field_prefix(a->field);
    struct xap_qnode *words = phrase_build(x, a, hl, pfx);
    if (words == NULL || words->op != XAP_Q_PHRASE ||
        !field_unpositioned(a->field))
        return words;
    /* beslutning:"a b": the words weighted in the field, the order checked
     * on the body's positions - the section is part of the body. */
    struct xap_qnode *order = phrase_build(x, a, 0, PFX_BODY);
    struct xap_qnode *f = qn_new(x, XAP_Q_FILTER);
    words->op = XAP_Q_AND;
    if (order == NULL || f == NULL) {
        qry_node_free(order);
        qry_node_free(f);
        qry_node_free(words);
        return NULL;
    }
    if (qn_add(x, f, words) != ERR_OK) { /* words freed by qn_add() */
        qry_node_free(order);
        qry_node_free(f);
        return NULL;
    }
    if (qn_add(x, f, order) != ERR_OK) {
        qry_node_free(f);
        return NULL;
    }
    return f;
}

static struct xap_qnode *word_ast(struct expander *x, const struct ast *a,
                                  int hl)
{
    struct txt_tok toks[TOKENS_MAX];
    size_t n = tokens_of(a, toks, TOKENS_MAX);
    if (n == 0)
        return NULL;
    const char *pfx = field_prefix(a->field);
    if (n > 1 || a->exact) {
        /* "hjemløse/herberg" or "quoted": exact forms in sequence */
        struct ast ph = {.kind = AST_PHRASE, .field = a->field};
        struct ast *kid = (struct ast *)a;
        ph.kids = &kid;
        ph.nkids = 1;
        return phrase_node(x, &ph, hl);
    }
    struct txt_tok *t = &toks[0];
    if (a->optional && x->drop_stop && is_query_noise(t->word, t->wlen))
        return NULL;
    if (t->flags & TXT_TOK_NUMBER) {
        struct xap_qnode * or = qn_new(x, XAP_Q_OR);
        if (or == NULL ||
            qn_add(x, or, qn_term(x, XAP_Q_TERM, pfx, "", t->word, t->wlen)) !=
                ERR_OK ||
            (hl && hl_add(x, 'e', t->word, t->wlen) != ERR_OK)) {
            qry_node_free(or);
            return NULL;
        }
        if (a->field == FIELD_ANY &&
            qn_add(x, or,
                   qn_term(x, XAP_Q_TERM, PFX_CASE, "", t->word, t->wlen)) !=
                ERR_OK) {
            qry_node_free(or);
            return NULL;
        }
        return qn_simplify(or);
    }
    if (t->flags & TXT_TOK_URL) {
        if (hl && hl_add(x, 'e', t->word, t->wlen) != ERR_OK)
            return NULL;
        return qn_term(x, XAP_Q_TERM, pfx, "", t->word, t->wlen);
    }
    if (t->flags & TXT_TOK_HYPHENATED)
        join_hyphens(t);
    return word_node(x, a, t->word, t->wlen, hl);
}

static struct xap_qnode *wild_node(struct expander *x, const struct ast *a,
                                   int hl)
{
    char f[TXT_WORD_MAX + 1];
    size_t n = txt_fold(a->text, a->len, f, sizeof f);
    if (n == 0) {
        err_set(x->e, ERR_INVAL, "wildcard <%.*s*> has no letters",
                (int)(a->len > 40 ? 40 : a->len), a->text);
        return NULL;
    }
    if (hl && hl_add(x, 'p', f, n) != ERR_OK)
        return NULL;
    return qn_term(x, XAP_Q_WILDCARD, field_prefix(a->field), "", f, n);
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

/* Items where the typed words stand side by side ("Anders Stagis",
 * "skæve boliger", "praktiserende læger") are what a user of a search
 * box means: a phrase of their exact forms adds to the score. */
static int adjacency_boost(struct expander *x, const struct ast *const *w,
                           size_t n, struct xap_qnode * or)
{
    /* a pasted paragraph has no phrase to find: skip rather than let
     * phrase_node() fail the whole query on its limit */
    size_t width = 0;
    for (size_t i = 0; i < n && width <= QRY_PHRASE_MAX; i++) {
        struct txt_tok toks[TOKENS_MAX];
        size_t nt = tokens_of(w[i], toks, TOKENS_MAX);
        for (size_t j = 0; j < nt; j++)
            width += phrase_width(&toks[j]);
    }
    if (width < 2 || width > QRY_PHRASE_MAX)
        return ERR_OK;
    struct ast ph = {.kind = AST_PHRASE, .field = FIELD_ANY};
    ph.kids = (struct ast **)w;
    ph.nkids = n;
    struct xap_qnode *p = phrase_node(x, &ph, 0);
    if (p == NULL)
        return x->e->code;
    return qn_add(x, or, qn_scale(x, p, W_ADJACENT));
}

/* Multi-word thesaurus entries over consecutive plain words: "egen læge"
 * also searches "praktiserende læge" and "almen praksis". */
static int phrase_synonyms(struct expander *x, const struct ast *const *w,
                           size_t n, struct xap_qnode * or)
{
    for (size_t i = 0; i + 1 < n; i++) {
        for (size_t len = 2; len <= SYN_WINDOW && i + len <= n; len++) {
            char stems[SYN_WINDOW][TXT_WORD_MAX + 1];
            const char *sp[SYN_WINDOW];
            struct xap_qnode *syn = qn_new(x, XAP_Q_SYNONYM);
            if (syn == NULL)
                return x->e->code;
            struct ast ph = {.kind = AST_PHRASE, .field = FIELD_ANY};
            ph.kids = (struct ast **)&w[i];
            ph.nkids = len;
            int ok = 1;
            for (size_t k = 0; k < len && ok; k++) {
                struct txt_tok t;
                ok = tokens_of(w[i + k], &t, 1) == 1;
                if (ok) {
                    stem_of(x, t.word, t.wlen, stems[k]);
                    sp[k] = stems[k];
                }
            }
            struct thes_ctx t = {.x = x, .syn = syn, .pfx = PFX_BODY, .hl = 1};
            if (ok)
                thes_lookup_words(x->env->thesaurus, sp, len, thes_whole, &t);
            if (t.rc != ERR_OK || syn->nkids == 0) {
                qry_node_free(syn);
                if (t.rc != ERR_OK)
                    return t.rc;
                continue;
            }
            if (qn_add(x, syn, phrase_node(x, &ph, 1)) != ERR_OK ||
                qn_add(x, or, syn) != ERR_OK)
                return x->e->code;
        }
    }
    return ERR_OK;
}

/* For the runs of plain words in an OR: adjacency and phrase synonyms. */
static int seq_extras(struct expander *x, const struct ast *a,
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
            if (adjacency_boost(x, run, j - i, or) != ERR_OK ||
                phrase_synonyms(x, run, j - i, or) != ERR_OK)
                return x->e->code;
        }
        i = j > i ? j : i + 1;
    }
    return ERR_OK;
}

static struct xap_qnode *group_node(struct expander *x, const struct ast *a,
                                    int hl)
{
    struct xap_qnode *n = qn_new(x, group_op(a->kind));
    if (n == NULL)
        return NULL;
    for (size_t i = 0; i < a->nkids; i++) {
        /* excluded terms are not highlighted */
        int khl = hl && !(a->kind == AST_AND_NOT && i > 0);
        struct xap_qnode *k = expand(x, a->kids[i], khl);
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
        if (qn_add(x, n, k) != ERR_OK)
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
    return qn_simplify(n);
fail:
    qry_node_free(n);
    return NULL;
}

static struct xap_qnode *expand(struct expander *x, const struct ast *a, int hl)
{
    switch (a->kind) {
    case AST_WORD:
        return word_ast(x, a, hl);
    case AST_PHRASE:
        return phrase_node(x, a, hl);
    case AST_WILD:
        return wild_node(x, a, hl);
    default:
        return group_node(x, a, hl);
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
        return !a->optional || !is_query_noise(t.word, t.wlen);
    }
    if (a->kind != AST_AND && a->kind != AST_OR && a->kind != AST_MAYBE &&
        a->kind != AST_AND_NOT)
        return 1;
    size_t n = 0;
    for (size_t i = 0; i < a->nkids; i++)
        n += content_words(a->kids[i]);
    return n;
}

static int cmp_edit(const void *a, const void *b)
{
    const struct edit *x = a, *y = b;
    return x->off < y->off ? -1 : x->off > y->off;
}

static int make_suggestion(struct expander *x, const char *q, size_t len)
{
    if (x->nedits == 0)
        return ERR_OK;
    qsort(x->edits, x->nedits, sizeof *x->edits, cmp_edit);
    struct buf b;
    buf_init(&b);
    size_t at = 0;
    for (size_t i = 0; i < x->nedits; i++) {
        const struct edit *ed = &x->edits[i];
        if (ed->off < at)
            continue;
        if (buf_append(&b, q + at, ed->off - at) != ERR_OK ||
            buf_puts(&b, ed->repl) != ERR_OK)
            goto nomem;
        at = ed->off + ed->len;
    }
    if (buf_append(&b, q + at, len - at) != ERR_OK)
        goto nomem;
    x->out->suggestion = buf_detach(&b);
    return ERR_OK;
nomem:
    buf_fini(&b);
    return err_set(x->e, ERR_NOMEM, "out of memory");
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
    struct parse_out p;
    int rc = qry_parse(q, len, &p, e);
    out->filters = p.filters;
    out->nfilters = p.nfilters;
    p.filters = NULL;
    p.nfilters = 0;
    if (rc != ERR_OK) {
        parse_out_fini(&p);
        return rc;
    }
    struct expander x = {.env = env, .out = out, .e = e, .q = q};
    if (p.root == NULL) { /* only filters: every item passing them */
        out->root = qn_term(&x, XAP_Q_TERM, "", "", "", 0);
        parse_out_fini(&p);
        return out->root != NULL ? ERR_OK : e->code;
    }
    x.drop_stop = content_words(p.root) > 0;
    out->root = expand(&x, p.root, 1);
    if (out->root == NULL && e->code == ERR_OK)
        err_set(e, ERR_INVAL, "query has no searchable words");
    if (e->code == ERR_OK)
        make_suggestion(&x, q, len);
    for (size_t i = 0; i < x.nedits; i++)
        free(x.edits[i].repl);
    free(x.edits);
    parse_out_fini(&p);
    if (e->code != ERR_OK) {
        qry_node_free(out->root);
        out->root = NULL;
        return e->code;
    }
    if (out->nhl > 1) /* (a phrase alone leaves the set empty: NULL) */
        qsort(out->hl, out->nhl, sizeof *out->hl, cmp_str);
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
    hl_phrases_free(out);
    memset(out, 0, sizeof *out);
}

int qry_council_terms(const char *name, size_t len, char ***terms, size_t *n,
                      struct err *e)
{
    struct txt_tokenizer tk;
    struct txt_tok t;
    txt_tok_init(&tk, name, len);
    size_t added = 0;
    while (txt_tok_next(&tk, &t)) {
        if (added >= QRY_TERMS_MAX)
            return err_set(e, ERR_LIMIT, "council name has over <%d> words",
                           QRY_TERMS_MAX);
        char **p = realloc(*terms, (*n + 1) * sizeof *p);
        if (p == NULL)
            return err_set(e, ERR_NOMEM, "out of memory");
        *terms = p;
        size_t pl = strlen(PFX_COUNCIL);
        char *s = malloc(pl + t.wlen + 1);
        if (s == NULL)
            return err_set(e, ERR_NOMEM, "out of memory");
        memcpy(s, PFX_COUNCIL, pl);
        memcpy(s + pl, t.word, t.wlen + 1);
        (*terms)[(*n)++] = s;
        added++;
    }
    if (added == 0)
        return err_set(e, ERR_INVAL, "council filter <%.*s> has no words",
                       (int)(len > 40 ? 40 : len), name);
    return ERR_OK;
}
