/* SPDX-License-Identifier: GPL-2.0-or-later */
/* synonym.c - a word's synonyms at their sources' weights: gathered by
 * weight while the thesaurus is looked up (word.c, phrase.c), then joined
 * into layers so that each synonym scores below the word itself
 * (lib/query/README.md "Thesaurus"). */
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"
#include "xap/schema.h"

/* 1 if the word's own terms or a synonym gathered so far hold `term`. */
static int thes_has_term(const struct qry_thes_ctx *t, const char *term,
                         size_t len)
{
    if (qry_qn_has_term(t->syn, term, len))
        return 1;
    for (size_t i = 0; i < t->nlv; i++)
        if (qry_qn_has_term(t->lv[i].syn, term, len))
            return 1;
    return 0;
}

/* Where a synonym of this weight goes: the word's own SYNONYM at 1, else
 * the level of its weight (made on first use). NULL: out of memory. */
static struct xap_qnode *thes_target(struct qry_thes_ctx *t, double weight)
{
    if (weight >= 1)
        return t->syn;
    for (size_t i = 0; i < t->nlv; i++)
        if (t->lv[i].weight == weight)
            return t->lv[i].syn;
    /* the loader allows at most QRY_THES_LEVELS weights below 1 */
    if (t->nlv == QRY_THES_LEVELS)
        return t->lv[t->nlv - 1].syn;
    struct xap_qnode *syn = qry_qn_new(t->x, XAP_Q_SYNONYM);
    if (syn == NULL)
        return NULL;
    t->lv[t->nlv].weight = weight;
    t->lv[t->nlv++].syn = syn;
    return syn;
}

/* Add the stem term of a synonym at its weight, unless already there. */
int qry_thes_add_stem(struct qry_thes_ctx *t, double weight, const char *stem,
                      size_t slen)
{
    char term[TXT_WORD_MAX + 16];
    size_t a = strlen(PFX_STEM), b = strlen(t->pfx);
    if (a + b + slen >= sizeof term)
        return ERR_OK;
    memcpy(term, PFX_STEM, a);
    memcpy(term + a, t->pfx, b);
    memcpy(term + a + b, stem, slen);
    if (thes_has_term(t, term, a + b + slen))
        return ERR_OK;
    struct xap_qnode *to = thes_target(t, weight);
    if (to == NULL)
        return t->x->e->code;
    int rc = qry_syn_add_stem(t->x, to, t->pfx, stem, slen, t->hl);
    if (rc == ERR_OK && t->ppfx != NULL)
        rc = qry_syn_add_stem(t->x, to, t->ppfx, stem, slen, 0);
    return rc;
}

/* A synonym of the whole word: its stem, or a phrase of its words. */
int qry_thes_whole(void *ctx, const char *const *words, size_t nwords,
                   const char *surface, double weight)
{
    struct qry_thes_ctx *t = ctx;
    struct qry_expander *x = t->x;
    (void)surface;
    if (nwords == 1)
        return t->rc = qry_thes_add_stem(t, weight, words[0], strlen(words[0]));
    struct xap_qnode *to = thes_target(t, weight);
    struct xap_qnode *ph = to != NULL ? qry_qn_new(x, XAP_Q_PHRASE) : NULL;
    if (ph == NULL)
        return t->rc = x->e->code;
    if (t->hl)
        qry_hl_phrase_begin(x);
    for (size_t i = 0; i < nwords; i++) {
        size_t l = strlen(words[i]);
        if ((t->hl && qry_hl_add(x, 'e', words[i], l) != ERR_OK) ||
            qry_qn_add(x, ph,
                       qry_qn_term(x, XAP_Q_TERM, t->pfx, "", words[i], l)) !=
                ERR_OK) {
            if (t->hl)
                qry_hl_phrase_end(x, 0);
            qry_node_free(ph);
            return t->rc = x->e->code;
        }
    }
    if (t->hl && qry_hl_phrase_end(x, 1) != ERR_OK) {
        qry_node_free(ph);
        return t->rc = x->e->code;
    }
    ph->window = (uint32_t)nwords;
    return t->rc = qry_qn_add(x, to, ph);
}

void qry_thes_ctx_fini(struct qry_thes_ctx *t)
{
    qry_node_free(t->syn);
    t->syn = NULL;
    for (size_t i = 0; i < t->nlv; i++)
        qry_node_free(t->lv[i].syn);
    t->nlv = 0;
}

/* One layer: SYNONYM(the word's terms + the first n levels' synonyms),
 * scaled. */
static struct xap_qnode *syn_layer(struct qry_thes_ctx *t, size_t n,
                                   double scale)
{
    struct qry_expander *x = t->x;
    struct xap_qnode *syn = qry_qn_copy(x, t->syn);
    for (size_t i = 0; syn != NULL && i < n; i++) {
        for (size_t k = 0; k < t->lv[i].syn->nkids; k++) {
            struct xap_qnode *c = qry_qn_copy(x, t->lv[i].syn->kids[k]);
            if (c == NULL || qry_qn_add(x, syn, c) != ERR_OK) {
                qry_node_free(syn);
                return NULL;
            }
        }
    }
    if (syn == NULL)
        return NULL;
    syn = qry_qn_simplify(syn);
    return scale == 1 ? syn : qry_qn_scale(x, syn, scale);
}

static int level_cmp(const void *a, const void *b)
{
    double wa = ((const struct qry_syn_level *)a)->weight;
    double wb = ((const struct qry_syn_level *)b)->weight;
    return wa < wb ? 1 : wa > wb ? -1 : 0;
}

/* Levels w1 > w2 > ... > wk below the word's 1: an OR of layers, layer j
 * the word's terms with the synonyms of the first j levels as one
 * SYNONYM, scaled by w(j) - w(j+1) (w0 = 1, w(k+1) = 0). An item holding
 * the word scores in every layer (1 in all); one holding only a synonym
 * of level j in layers j..k: w(j) of what the word would score, with the
 * statistics of the whole group, so a rare synonym never outweighs the
 * word. */
struct xap_qnode *qry_syn_layers(struct qry_thes_ctx *t)
{
    struct qry_expander *x = t->x;
    size_t n = 0;
    for (size_t i = 0; i < t->nlv; i++) /* drop empty levels */
        if (t->lv[i].syn->nkids > 0)
            t->lv[n++] = t->lv[i];
        else
            qry_node_free(t->lv[i].syn);
    t->nlv = n;
    if (n == 0) {
        struct xap_qnode *only = qry_qn_simplify(t->syn);
        t->syn = NULL;
        return only;
    }
    qsort(t->lv, n, sizeof t->lv[0], level_cmp);
    struct xap_qnode * or = qry_qn_new(x, XAP_Q_OR);
    for (size_t j = 0; or != NULL && j <= n; j++) {
        double hi = j == 0 ? 1 : t->lv[j - 1].weight;
        double lo = j == n ? 0 : t->lv[j].weight;
        struct xap_qnode *layer = syn_layer(t, j, hi - lo);
        if (layer == NULL || qry_qn_add(x, or, layer) != ERR_OK) {
            qry_node_free(or);
            or = NULL;
        }
    }
    qry_thes_ctx_fini(t);
    return or ;
}
