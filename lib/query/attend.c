/* SPDX-License-Identifier: GPL-2.0-or-later */
/* attend.c - names in the attendance: a plain query holding a name
 * ("Bente Hedemann") also searches the meeting records' participant
 * lists, at a low weight, so the items where the person speaks or is
 * discussed come first and the meetings the person attended after. */
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
        if (j - i >= 2) {
            struct ast ph = {.kind = AST_PHRASE, .field = FIELD_PEOPLE};
            ph.kids = root->kids + i;
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

/* FILTER(n, XT<kind>) */
static struct xap_qnode *of_kind(struct qry_expander *x, struct xap_qnode *n,
                                 const char *kind)
{
    struct xap_qnode *f = qry_qn_new(x, XAP_Q_FILTER);
    if (f == NULL || qry_qn_add(x, f, n) != ERR_OK ||
        qry_qn_add(x, f,
                   qry_qn_term(x, XAP_Q_TERM, PFX_KIND, "", kind,
                               strlen(kind))) != ERR_OK ||
        f->nkids != 2) {
        if (f == NULL)
            qry_node_free(n);
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
    struct xap_qnode *items = of_kind(x, x->out->root, KIND_ITEM);
    x->out->root = NULL;
    struct xap_qnode *records =
        of_kind(x, qry_qn_scale(x, names, x->rank->attend), KIND_MEETING);
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
