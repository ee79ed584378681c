/* SPDX-License-Identifier: GPL-2.0-or-later */
/* word.c - one typed word -> index terms: its stem (all inflections), its
 * synonyms from the thesaurus, the compounds made by swapping a part for
 * a synonym, its compound parts (weighted lower, so the exact compound
 * ranks first), a bonus for the exact written form, the nearest known
 * spelling of a word the index does not know; numbers and case numbers. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"
#include "xap/schema.h"

const char *qry_field_prefix(enum ast_field f)
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
    case FIELD_CASE:
        return PFX_CASENO;
    case FIELD_ANY:
        break;
    }
    return PFX_BODY;
}

/* Words that carry no topic in a typed question ("hvor kan hjemløse
 * sove"): Snowball's stop list lacks the modal verbs and question words. */
int qry_is_noise(const char *w, size_t len)
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

size_t qry_stem(struct qry_expander *x, const char *w, size_t len, char *out)
{
    return txt_stem(x->env->stemmer, w, len, out, TXT_WORD_MAX + 1);
}

static uint32_t qry_freq(struct qry_expander *x, const char *pfx1,
                         const char *pfx2, const char *w, size_t len)
{
    char t[2 * TXT_WORD_MAX + 8];
    size_t a = strlen(pfx1), b = strlen(pfx2);
    uint32_t f;
    /* a plain word: from the vocabulary in memory, not a B-tree look-up
     * (two block reads a word, on every search) */
    if (a + b == 0 && qry_vocab_freq_known(x->env->vocab, w, len, &f))
        return f;
    if (x->env->db == NULL || a + b + len >= sizeof t)
        return 0;
    memcpy(t, pfx1, a);
    memcpy(t + a, pfx2, b);
    memcpy(t + a + b, w, len);
    return xap_db_termfreq(x->env->db, t, a + b + len);
}

/* Add Z<pfx><stem of w> to syn, unless there already. */
int qry_syn_add_stem(struct qry_expander *x, struct xap_qnode *syn,
                     const char *pfx, const char *stem, size_t slen, int hl)
{
    char t[TXT_WORD_MAX + 16];
    size_t a = strlen(PFX_STEM), b = strlen(pfx);
    if (a + b + slen >= sizeof t)
        return ERR_OK;
    memcpy(t, PFX_STEM, a);
    memcpy(t + a, pfx, b);
    memcpy(t + a + b, stem, slen);
    if (qry_qn_has_term(syn, t, a + b + slen))
        return ERR_OK;
    if (hl && qry_hl_add(x, 's', stem, slen) != ERR_OK)
        return x->e->code;
    return qry_qn_add(x, syn,
                      qry_qn_term(x, XAP_Q_TERM, PFX_STEM, pfx, stem, slen));
}

/* Try word with one part replaced by a synonym, with and without the
 * original linking letter; keep the variants the index knows. */
static int thes_part(void *ctx, const char *const *words, size_t nwords,
                     const char *surface, double weight)
{
    struct qry_thes_ctx *t = ctx;
    struct qry_expander *x = t->x;
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
        size_t stl = qry_stem(x, v, n, stem);
        if (qry_freq(x, PFX_STEM, t->pfx, stem, stl) == 0)
            continue;
        t->rc = qry_thes_add_stem(t, weight, stem, stl);
        if (t->rc != ERR_OK)
            return t->rc;
    }
    return 0;
}

void qry_part_prefix(char *out, size_t size, const char *pfx)
{
    snprintf(out, size, "%s%s", PFX_PART, pfx);
}

/* A quoted word finds its form as written wherever the text has it,
 * alone or as a compound's part ("borg" of "Borgmesteren"), as it did
 * before parts had a prefix of their own; under NOT only the word alone
 * counts: parts are never excluded (issue 14). One SYNONYM, so an item
 * holding the form both ways counts it as one term. */
struct xap_qnode *qry_exact_word_node(struct qry_expander *x, const char *pfx,
                                      const char *w, size_t wl)
{
    char ppfx[16];
    struct xap_qnode *word = qry_qn_term(x, XAP_Q_TERM, pfx, "", w, wl);
    if (word == NULL || x->negated)
        return word;
    qry_part_prefix(ppfx, sizeof ppfx, pfx);
    struct xap_qnode *syn = qry_qn_new(x, XAP_Q_SYNONYM);
    if (syn == NULL) {
        qry_node_free(word);
        return NULL;
    }
    if (qry_qn_add(x, syn, word) != ERR_OK ||
        qry_qn_add(x, syn, qry_qn_term(x, XAP_Q_TERM, ppfx, "", w, wl)) !=
            ERR_OK) {
        qry_node_free(syn);
        return NULL;
    }
    return syn;
}

/* Compound parts a typed word matches: those of its stem that begin with
 * its lemma (qry_lemma), so "borgere" (stem borg, lemma borger) finds
 * "medborgerne" and "borgerrådgiver" but not "borgmester". */
#define PART_FORMS_MAX 32
/* Terms looked at in the walk: a short lemma ("ab") would otherwise
 * walk every part beginning with it (most have other stems). */
#define PART_WALK_MAX 2000

struct form_ctx {
    struct qry_expander *x;
    struct xap_qnode *syn;
    size_t skip;   /* the prefix's length */
    size_t walked; /* terms looked at */
    const char *stem;
    size_t sl;
    int rc;
};

static int add_form(void *ctx, const char *term, size_t len, uint32_t freq)
{
    struct form_ctx *c = ctx;
    char st[TXT_WORD_MAX + 1];
    (void)freq;
    if (c->syn->nkids >= PART_FORMS_MAX || ++c->walked > PART_WALK_MAX)
        return 1;
    if (len - c->skip > TXT_WORD_MAX ||
        qry_stem(c->x, term + c->skip, len - c->skip, st) != c->sl ||
        memcmp(st, c->stem, c->sl) != 0)
        return 0;
    c->rc = qry_qn_add(c->x, c->syn,
                       qry_qn_term(c->x, XAP_Q_TERM, "", "", term, len));
    return c->rc != ERR_OK;
}

/* The typed word as a compound part of the field: a SYNONYM of the part
 * forms, or *out NULL if there are none. */
static int as_part_node(struct qry_expander *x, const char *w, size_t wl,
                        const char *stem, size_t sl, const char *pfx,
                        struct xap_qnode **out)
{
    char start[TXT_WORD_MAX + 16];
    size_t ll, n;
    const char *lemma = qry_lemma(x, w, wl, stem, sl, &ll);
    *out = NULL;
    qry_part_prefix(start, sizeof start, pfx);
    n = strlen(start);
    if (x->env->db == NULL || n + ll >= sizeof start)
        return ERR_OK;
    memcpy(start + n, lemma, ll);
    start[n + ll] = '\0';
    struct form_ctx c = {.x = x, .skip = n, .stem = stem, .sl = sl};
    c.syn = qry_qn_new(x, XAP_Q_SYNONYM);
    if (c.syn == NULL)
        return x->e->code;
    struct err ae;
    err_clear(&ae);
    int rc = xap_db_allterms(x->env->db, start, add_form, &c, &ae);
    /* A shard that cannot be read (remote, gone) costs the word its part
     * forms, not the query: the search reports the shard missing. */
    if (rc == ERR_BACKEND && c.rc == ERR_OK)
        rc = ERR_OK;
    if (c.rc != ERR_OK || (rc != ERR_OK && rc != 1)) {
        qry_node_free(c.syn);
        return c.rc != ERR_OK ? x->e->code
                              : err_set(x->e, rc, "part forms: %s", ae.msg);
    }
    if (c.syn->nkids == 0)
        qry_node_free(c.syn);
    else
        *out = c.syn;
    return ERR_OK;
}

/* All parts of a compound, each with its synonyms, AND'ed: a part as a
 * word of its own or as a part of another compound. */
static struct xap_qnode *parts_node(struct qry_expander *x, const char *w,
                                    const struct txt_part *parts, size_t nparts,
                                    const char *pfx, int hl)
{
    struct xap_qnode *and = qry_qn_new(x, XAP_Q_AND);
    char ppfx[16];
    if (and == NULL)
        return NULL;
    qry_part_prefix(ppfx, sizeof ppfx, pfx);
    for (size_t i = 0; i < nparts; i++) {
        char stem[TXT_WORD_MAX + 1];
        size_t sl = qry_stem(x, w + parts[i].off, parts[i].len, stem);
        struct qry_thes_ctx t = {.x = x, .pfx = pfx, .ppfx = ppfx, .hl = hl};
        t.syn = qry_qn_new(x, XAP_Q_SYNONYM);
        if (t.syn == NULL ||
            qry_syn_add_stem(x, t.syn, pfx, stem, sl, 0) != ERR_OK ||
            qry_syn_add_stem(x, t.syn, ppfx, stem, sl, 0) != ERR_OK ||
            (hl && qry_hl_typed(x, w + parts[i].off, parts[i].len, stem, sl) !=
                       ERR_OK))
            goto part_fail;
        qry_thes_lookup(x->env->thesaurus, stem, sl, qry_thes_whole, &t);
        if (t.rc != ERR_OK)
            goto part_fail;
        struct xap_qnode *pn = qry_syn_layers(&t);
        if (pn == NULL || qry_qn_add(x, and, pn) != ERR_OK)
            goto fail;
        continue;
    part_fail:
        qry_thes_ctx_fini(&t);
        goto fail;
    }
    return and;
fail:
    qry_node_free(and);
    return NULL;
}

/* Any one part alone (an OR of parts_node's kids, copied), but a part
 * that stems to a stop word ("maner" of "narkomaner" stems to "man"):
 * alone it would find every item. */
static struct xap_qnode *any_part_node(struct qry_expander *x, const char *w,
                                       const struct txt_part *parts,
                                       const struct xap_qnode *all)
{
    struct xap_qnode *any = qry_qn_new(x, XAP_Q_OR);
    for (size_t i = 0; any != NULL && i < all->nkids; i++) {
        char stem[TXT_WORD_MAX + 1];
        size_t sl = qry_stem(x, w + parts[i].off, parts[i].len, stem);
        if (qry_is_noise(stem, sl))
            continue;
        struct xap_qnode *c = qry_qn_copy(x, all->kids[i]);
        if (c == NULL || qry_qn_add(x, any, c) != ERR_OK) {
            qry_node_free(any);
            return NULL;
        }
    }
    return any;
}

/* The written form's bonus: rank->exact of the word's own weight at
 * most. A written form is rarer than its stem, so BM25 weighs it more
 * (a higher idf): scaled by the exact weight alone, one passing mention
 * of the form could outrank the item about the word in other forms. The
 * scale is made relative to the two document frequencies. */
static double exact_scale(const struct qry_expander *x, uint32_t stem_df,
                          uint32_t exact_df)
{
    double w = x->rank->exact;
    if (x->env->db == NULL || stem_df < exact_df)
        return w;
    double n = (double)xap_db_doccount(x->env->db) + 1;
    double is = log(n / (stem_df + 0.5)), ie = log(n / (exact_df + 0.5));
    if (is <= 0 || ie <= is)
        return w;
    return w * is / ie;
}

/* The written form's bonus, in or: the form as a word and, but under
 * NOT, as a compound part ("bolig" of "boligorganisationerne"). The
 * document frequencies of word and part are added: an upper bound.
 * None for a word typed as its own stem (psykiatri, valg, somatik): the
 * bonus lifts an over-stemmed form above the other words of its stem
 * (boliger -> bol), and a bare form has no such neighbours; it only
 * favoured the bare form, which is the form of names and headings
 * ("Handicap og Psykiatri", "Bedre Psykiatri") while text about the
 * subject inflects it ("psykiatrien og somatikken"). */
static int exact_node(struct qry_expander *x, const char *w, size_t wl,
                      const char *stem, size_t sl, const char *pfx,
                      uint32_t freq, struct xap_qnode * or)
{
    if (wl == sl && memcmp(w, stem, wl) == 0)
        return ERR_OK;
    char ppfx[16];
    qry_part_prefix(ppfx, sizeof ppfx, pfx);
    uint32_t efreq = qry_freq(x, pfx, "", w, wl);
    uint32_t pfreq = x->negated ? 0 : qry_freq(x, ppfx, "", w, wl);
    /* a plain word's count from the vocabulary holds its parts' already
     * (vocab.c) */
    uint32_t total = *pfx == '\0' && x->env->vocab != NULL
                         ? (efreq > pfreq ? efreq : pfreq)
                         : efreq + pfreq;
    if (total == 0)
        return ERR_OK;
    freq += x->negated ? 0 : qry_freq(x, PFX_STEM, ppfx, stem, sl);
    struct xap_qnode *syn = qry_qn_new(x, XAP_Q_SYNONYM);
    if (syn == NULL ||
        (efreq > 0 &&
         qry_qn_add(x, syn, qry_qn_term(x, XAP_Q_TERM, pfx, "", w, wl)) !=
             ERR_OK) ||
        (pfreq > 0 &&
         qry_qn_add(x, syn, qry_qn_term(x, XAP_Q_TERM, ppfx, "", w, wl)) !=
             ERR_OK)) {
        qry_node_free(syn);
        return x->e->code;
    }
    return qry_qn_add(
        x, or,
        qry_qn_scale(x, qry_qn_simplify(syn), exact_scale(x, freq, total)));
}

/* The word's own terms into t->syn (its stem; the forms to highlight
 * with t->hl) and the whole word's synonyms into t->lv. */
static int own_terms(struct qry_expander *x, const char *w, size_t wl,
                     const char *stem, size_t sl, struct qry_thes_ctx *t)
{
    if (qry_syn_add_stem(x, t->syn, t->pfx, stem, sl, 0) != ERR_OK ||
        (t->hl && (qry_hl_add(x, 'e', w, wl) != ERR_OK ||
                   qry_hl_typed(x, w, wl, stem, sl) != ERR_OK)))
        return ERR_NOMEM;
    qry_thes_lookup(x->env->thesaurus, stem, sl, qry_thes_whole, t);
    return t->rc;
}

/* The word's compound parts into parts[0..*nparts) (two or more when it
 * is a compound), and each part's synonyms put in place of the part
 * into t->lv. */
static int part_synonyms(struct qry_expander *x, const char *w, size_t wl,
                         struct qry_thes_ctx *t, struct txt_part *parts,
                         size_t *nparts)
{
    *nparts = x->env->lexicon != NULL
                  ? txt_compound_split(x->env->lexicon, w, wl, parts, 8)
                  : 0;
    for (size_t i = 0; i<*nparts && * nparts> 1; i++) {
        char pstem[TXT_WORD_MAX + 1];
        size_t pl = qry_stem(x, w + parts[i].off, parts[i].len, pstem);
        t->word = w;
        t->wlen = wl;
        t->part = &parts[i];
        qry_thes_lookup_parts(x->env->thesaurus, pstem, pl, thes_part, t);
        if (t->rc != ERR_OK)
            return t->rc;
    }
    return ERR_OK;
}

/* The word as a part of compounds joins its own terms in syn: a part's
 * wdf is WDF_PART/WDF_BODY of the word's (indexer/docbuild.c), so an
 * item that only holds compounds of it ranks below one that uses it. A
 * fallback, never under NOT. */
static int as_part_into(struct qry_expander *x, struct xap_qnode *syn,
                        const char *w, size_t wl, const char *stem, size_t sl,
                        const char *pfx)
{
    struct xap_qnode *as_part = NULL;
    if (x->negated)
        return ERR_OK;
    int rc = as_part_node(x, w, wl, stem, sl, pfx, &as_part);
    for (size_t i = 0; rc == ERR_OK && as_part != NULL && i < as_part->nkids;
         i++) {
        rc = qry_qn_add(x, syn, as_part->kids[i]);
        as_part->kids[i] = NULL; /* syn's now, or freed by qry_qn_add */
    }
    qry_node_free(as_part); /* the emptied shell */
    return rc;
}

/* The word's compound parts into or (nparts > 1, not under NOT, where
 * excluding items that merely hold the parts somewhere would exclude
 * what the user did not name): all parts together, and below them any
 * one part alone - an item on the budget ("budgetforhandlingerne") for
 * "budgetaftale", where no item holds both parts ("heroinmisbrugere"
 * found nothing). A known word's parts are a weaker fallback and not
 * highlighted ("dag" of "dagsorden"). */
static int parts_into(struct qry_expander *x, struct xap_qnode * or,
                      const char *w, const struct txt_part *parts,
                      size_t nparts, const char *pfx, int hl, int known)
{
    if (nparts < 2 || x->negated)
        return ERR_OK;
    struct xap_qnode *pn = parts_node(x, w, parts, nparts, pfx, hl && !known);
    struct xap_qnode *any = pn != NULL ? any_part_node(x, w, parts, pn) : NULL;
    if (any == NULL) {
        qry_node_free(pn);
        return ERR_NOMEM;
    }
    if (qry_qn_add(x, or,
                   qry_qn_scale(
                       x, pn, known ? x->rank->parts_known : x->rank->parts)) !=
        ERR_OK) {
        qry_node_free(any);
        return ERR_NOMEM;
    }
    if (any->nkids == 0) { /* every part a stop word's stem */
        qry_node_free(any);
        return ERR_OK;
    }
    return qry_qn_add(x, or, qry_qn_scale(x, any, x->rank->parts_any));
}

/* The corpus misspells itself (udsatterrådet, varmemestue): known words
 * one edit away join or with a low weight. */
static int fuzzy_into(struct qry_expander *x, const struct ast *a,
                      struct xap_qnode * or, const char *w, size_t wl,
                      const char *stem, int hl)
{
    if (a->field != FIELD_ANY || x->env->vocab == NULL || x->negated ||
        utf8_count(w, wl) < FUZZY_MIN_CHARS || qry_out_of_time(x))
        return ERR_OK;
    struct xap_qnode *fz = NULL;
    if (qry_fuzzy_node(x, w, wl, stem, hl, &fz) != ERR_OK)
        return ERR_NOMEM;
    return fz != NULL ? qry_qn_add(x, or, qry_qn_scale(x, fz, x->rank->fuzzy))
                      : ERR_OK;
}

/* One folded word (not quoted, not a number). */
struct xap_qnode *qry_word_node(struct qry_expander *x, const struct ast *a,
                                const char *w, size_t wl, int hl)
{
    const char *pfx = qry_field_prefix(a->field);
    char stem[TXT_WORD_MAX + 1];
    size_t sl = qry_stem(x, w, wl, stem);
    /* the word's own terms in t.syn; synonyms weighed below it in t.lv,
     * each also as a compound part by its stem (but under NOT): a
     * synonym has no typed form to take a lemma from */
    char ppfx[16];
    qry_part_prefix(ppfx, sizeof ppfx, pfx);
    struct qry_thes_ctx t = {
        .x = x, .pfx = pfx, .ppfx = x->negated ? NULL : ppfx, .hl = hl};
    struct xap_qnode * or = NULL;
    struct txt_part parts[8];
    size_t nparts = 0;
    t.syn = qry_qn_new(x, XAP_Q_SYNONYM);
    if (t.syn == NULL)
        return NULL;
    if (own_terms(x, w, wl, stem, sl, &t) != ERR_OK)
        goto fail;
    int has_synonyms = t.syn->nkids > 1 || t.nlv > 0;
    if (part_synonyms(x, w, wl, &t, parts, &nparts) != ERR_OK)
        goto fail;
    /* a word the word list knows whole: its parts are a weak fallback */
    int known = x->env->lexicon != NULL &&
                txt_lexicon_is_listed(x->env->lexicon, w, wl);

    /* A word the index has never seen is taken as a typo: its nearest
     * known spelling is searched instead, as if typed (inflections,
     * synonyms, compound parts, exact form). A compound of known words
     * ("hjemlæse" = hjem + læse) is only corrected by one edit, and its
     * own parts are not searched: they were an accident of the typo. A
     * word known as a part (of any form) is no typo, with or without NOT,
     * so "a NOT b" never excludes a spelling that "b" does not search. */
    uint32_t freq = qry_freq(x, PFX_STEM, pfx, stem, sl);
    size_t chars = utf8_count(w, wl);
    if (a->field == FIELD_ANY && x->env->vocab != NULL && freq == 0 &&
        qry_freq(x, PFX_STEM, ppfx, stem, sl) == 0 && !has_synonyms &&
        chars >= 4 && !x->no_respell && !qry_out_of_time(x)) {
        char near[TXT_WORD_MAX + 1];
        int maxd = chars >= 8 && nparts < 2 ? 2 : 1;
        if (qry_nearest_spelling(x, w, wl, maxd, near, sizeof near)) {
            if (qry_edit_add(x, a, near) != ERR_OK)
                goto fail;
            x->out->corrected = 1;
            qry_thes_ctx_fini(&t);
            x->no_respell = 1;
            or = qry_word_node(x, a, near, strlen(near), hl);
            x->no_respell = 0;
            return or ;
        }
    }

    if (as_part_into(x, t.syn, w, wl, stem, sl, pfx) != ERR_OK ||
        qry_narrower_add(&t, stem, sl) != ERR_OK)
        goto fail;
    or = qry_qn_new(x, XAP_Q_OR);
    if (or == NULL)
        goto fail;
    struct xap_qnode *core = qry_syn_layers(&t);
    if (core == NULL || qry_qn_add(x, or, core) != ERR_OK ||
        parts_into(x, or, w, parts, nparts, pfx, hl, known) != ERR_OK ||
        exact_node(x, w, wl, stem, sl, pfx, freq, or) != ERR_OK ||
        fuzzy_into(x, a, or, w, wl, stem, hl) != ERR_OK)
        goto fail;
    return qry_qn_simplify(or);
fail:
    qry_thes_ctx_fini(&t);
    qry_node_free(or);
    return NULL;
}

/* A number or a code ("2017", "29.00.00-a26-2-17", "a26-2-17",
 * "13/39690"), typed or quoted: its exact form in the field (XN for
 * sagsnr:), with no field also the item's case number (XN: whole or a
 * part, lib/text code.c), and the case-number filter term (XK, the number
 * as printed, lower-cased). */
struct xap_qnode *qry_code_node(struct qry_expander *x, const struct txt_tok *t,
                                enum ast_field field, int hl)
{
    struct xap_qnode * or = qry_qn_new(x, XAP_Q_OR);
    if (or == NULL ||
        qry_qn_add(x, or,
                   qry_qn_term(x, XAP_Q_TERM, qry_field_prefix(field), "",
                               t->word, t->wlen)) != ERR_OK ||
        (hl && qry_hl_add(x, 'e', t->word, t->wlen) != ERR_OK))
        goto fail;
    if (field == FIELD_ANY &&
        qry_qn_add(x, or,
                   qry_qn_term(x, XAP_Q_TERM, PFX_CASENO, "", t->word,
                               t->wlen)) != ERR_OK)
        goto fail;
    if ((field == FIELD_ANY || field == FIELD_CASE) &&
        qry_qn_add(x, or,
                   qry_qn_term(x, XAP_Q_TERM, PFX_CASE, "", t->word,
                               t->wlen)) != ERR_OK)
        goto fail;
    return qry_qn_simplify(or);
fail:
    qry_node_free(or);
    return NULL;
}

/* sagsnr:X - the case number's terms only: each token of X (AND). */
struct xap_qnode *qry_case_field_node(struct qry_expander *x,
                                      const struct txt_tok *toks, size_t n,
                                      int hl)
{
    struct xap_qnode *and = qry_qn_new(x, XAP_Q_AND);
    if (and == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        struct xap_qnode *k = qry_code_node(x, &toks[i], FIELD_CASE, hl);
        if (k == NULL || qry_qn_add(x, and, k) != ERR_OK) {
            qry_node_free(and);
            return NULL;
        }
    }
    return qry_qn_simplify(and);
}
