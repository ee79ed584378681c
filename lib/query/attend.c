/* SPDX-License-Identifier: GPL-2.0-or-later */
/* attend.c - names in the attendance: a plain query holding a name
 * ("Bente Hedemann") also searches the meeting records' participant
 * lists and the items that are only attendance (Mødedeltagelse,
 * XFattendance), by the people field, at a low weight, so the items
 * where the person speaks or is discussed come first and the
 * attendance after. */
#include <string.h>

#include "query/query_internal.h"
#include "xap/schema.h"

/* The name runs of the query's top OR (expand.c mark_names() marked
 * their words), each as a phrase of the people field. */
static struct xap_qnode *name_phrases(struct qry_expander *x,
                                      const struct ast *root)
{
    struct xap_qnode * or = NULL;
    for (size_t i = 0; i < root->nkids;) {
        size_t j = i;
        while (j < root->nkids && root->kids[j]->name)
            j++;
        /* a pasted run of capitals longer than a phrase may be is no
         * name: skipped, not a failed query (as qry_adjacency_boost) */
        size_t width = 0;
        for (size_t k = i; k < j && width <= QRY_PHRASE_MAX; k++) {
            struct txt_tok toks[TOKENS_MAX];
            size_t nt = qry_tokens(root->kids[k], toks, TOKENS_MAX);
            for (size_t t = 0; t < nt; t++)
                width += qry_phrase_width(&toks[t]);
        }
        if (j - i >= 2 && width <= QRY_PHRASE_MAX) {
            /* a name corrected as a typo (expand.c name_node) is looked
             * for in its corrected spelling */
            struct ast words[QRY_PHRASE_MAX], *kids[QRY_PHRASE_MAX];
            for (size_t k = i; k < j; k++) {
                words[k - i] = *root->kids[k];
                for (size_t e = 0; e < x->nedits; e++)
                    if (x->edits[e].off == root->kids[k]->off &&
                        x->edits[e].len == root->kids[k]->len) {
                        words[k - i].text = x->edits[e].repl;
                        words[k - i].len = strlen(x->edits[e].repl);
                    }
                kids[k - i] = &words[k - i];
            }
            struct ast ph = {.kind = AST_PHRASE, .field = FIELD_PEOPLE};
            ph.kids = kids;
            ph.nkids = j - i;
            if (or == NULL && (or = qry_qn_new(x, XAP_Q_OR)) == NULL)
                return NULL;
            struct xap_qnode *p = qry_phrase_node(x, &ph, 0);
            if ((p == NULL && x->e->code != ERR_OK) ||
                qry_qn_add(x, or, p) != ERR_OK) {
                qry_node_free(or);
                return NULL;
            }
        }
        i = j > i ? j : i + 1;
    }
    if (or != NULL && or->nkids == 0) {
        qry_node_free(or);
        return NULL;
    }
    return or != NULL ? qry_qn_simplify(or) : NULL;
}

/* op(n, <pfx><word>): FILTER or AND_NOT by a boolean term. */
static struct xap_qnode *by_term(struct qry_expander *x, enum xap_qop op,
                                 struct xap_qnode *n, const char *pfx,
                                 const char *word)
{
    struct xap_qnode *f = qry_qn_new(x, op);
    if (f == NULL || qry_qn_add(x, f, n) != ERR_OK ||
        qry_qn_add(x, f,
                   qry_qn_term(x, XAP_Q_TERM, pfx, "", word, strlen(word))) !=
            ERR_OK ||
        f->nkids != 2) {
        if (f == NULL)
            qry_node_free(n);
        qry_node_free(f);
        return NULL;
    }
    return f;
}

/* FILTER(n, OR(XTmeeting, XFattendance)): where attendance is listed. */
static struct xap_qnode *in_attendance(struct qry_expander *x,
                                       struct xap_qnode *n)
{
    struct xap_qnode * or = qry_qn_new(x, XAP_Q_OR), *f = NULL;
    if (or == NULL ||
        qry_qn_add(x, or,
                   qry_qn_term(x, XAP_Q_TERM, PFX_KIND, "", KIND_MEETING,
                               strlen(KIND_MEETING))) != ERR_OK ||
        qry_qn_add(x, or,
                   qry_qn_term(x, XAP_Q_TERM, PFX_FLAG, "", FLAG_ATTENDANCE,
                               strlen(FLAG_ATTENDANCE))) != ERR_OK ||
        or->nkids != 2 || (f = qry_qn_new(x, XAP_Q_FILTER)) == NULL) {
        qry_node_free(or);
        qry_node_free(n);
        return NULL;
    }
    if (qry_qn_add(x, f, n) != ERR_OK) { /* n is freed */
        qry_node_free(or);
        qry_node_free(f);
        return NULL;
    }
    if (qry_qn_add(x, f, or) != ERR_OK) { /* or is freed */
        qry_node_free(f);
        return NULL;
    }
    return f;
}

int qry_attend_add(struct qry_expander *x, const struct ast *root)
{
    if (root->kind != AST_OR || x->rank->attend <= 0 ||
        x->out->kind != QRY_KIND_ITEM)
        return ERR_OK;
    struct xap_qnode *names = name_phrases(x, root);
    if (names == NULL)
        return x->e->code;
    /* items, except those that are only attendance (Mødedeltagelse):
     * they are found with the records, by the name, at the low weight */
    struct xap_qnode *items =
        by_term(x, XAP_Q_FILTER, x->out->root, PFX_KIND, KIND_ITEM);
    x->out->root = NULL;
    if (items != NULL)
        items = by_term(x, XAP_Q_AND_NOT, items, PFX_FLAG, FLAG_ATTENDANCE);
    struct xap_qnode *records =
        in_attendance(x, qry_qn_scale(x, names, x->rank->attend));
    struct xap_qnode * or = qry_qn_new(x, XAP_Q_OR);
    if (items == NULL || records == NULL || or == NULL) {
        qry_node_free(items);
        qry_node_free(records);
        qry_node_free(or);
        return x->e->code != ERR_OK ? x->e->code
                                    : err_set(x->e, ERR_NOMEM, "out of memory");
    }
    qry_qn_add(x, or, items);
    if (qry_qn_add(x, or, records) != ERR_OK) {
        qry_node_free(or);
        return x->e->code;
    }
    x->out->root = or ;
    x->out->kind = QRY_KIND_ALL; /* the kinds are in the tree */
    return ERR_OK;
}
