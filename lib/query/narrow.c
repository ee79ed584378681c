/* SPDX-License-Identifier: GPL-2.0-or-later */
/* narrow.c - a typed word as the head of compounds the index holds whole
 * ("psykologer" finds "specialpsykologer": the splitter knows no
 * "special", so the indexer made no part of it), weighed below the word
 * (rank->narrower), as a synonym level of the word (synonym.c). */
#include <string.h>

#include "query/query_internal.h"

#define NARROW_FORMS_MAX 16 /* written forms of the word looked at */
#define NARROW_WORDS_MAX 64 /* words ending in one form looked at */
/* Characters of the word's stem at least: shorter stems end too many
 * words by accident ("rund" of "baggrund", "sted" of "belastede", "mand"
 * of "formanden"), as seen over every word of the corpus. */
#define NARROW_STEM_MIN 5

struct narrow_ctx {
    struct qry_thes_ctx *t;
    const char *stem;
    size_t sl;
    size_t flen; /* the form being looked at */
    int rc;
};

static int take_compound(void *ctx, const char *c, size_t cl)
{
    struct narrow_ctx *n = ctx;
    struct qry_expander *x = n->t->x;
    const struct txt_lexicon *lx = x->env->lexicon;
    struct txt_part parts[2];
    char st[TXT_WORD_MAX + 1];
    if (!txt_compound_has_head(lx, c, cl, n->flen))
        return 0;
    /* a word the indexer splits has its parts in the index: found by
     * its head already, or a compound of another head ("udvalget" of
     * "socialudvalget" is no "valget") */
    if (txt_compound_split(lx, c, cl, parts, 2) == 2)
        return 0;
    /* the head's stem ends the word's: "tællingen" in
     * "hjemløsetællingen", not an ending that stems away */
    size_t sl = qry_stem(x, c, cl, st);
    if (sl <= n->sl || memcmp(st + sl - n->sl, n->stem, n->sl) != 0)
        return 0;
    n->rc = qry_thes_add_stem(n->t, x->rank->narrower, st, sl);
    return n->rc != ERR_OK;
}

static int each_form(void *ctx, const char *f, size_t fl)
{
    struct narrow_ctx *n = ctx;
    n->flen = fl;
    return qry_vocab_ending(n->t->x->env->vocab, f, fl, NARROW_WORDS_MAX,
                            take_compound, n);
}

int qry_narrower_add(struct qry_thes_ctx *t, const char *stem, size_t sl)
{
    struct qry_expander *x = t->x;
    if (x->negated || x->env->vocab == NULL || x->env->lexicon == NULL ||
        !(x->rank->narrower > 0 && x->rank->narrower < 1) ||
        utf8_count(stem, sl) < NARROW_STEM_MIN)
        return ERR_OK;
    struct narrow_ctx n = {.t = t, .stem = stem, .sl = sl};
    qry_vocab_forms(x->env->vocab, stem, NARROW_FORMS_MAX, each_form, &n);
    return n.rc;
}
