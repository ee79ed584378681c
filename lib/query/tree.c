/* SPDX-License-Identifier: GPL-2.0-or-later */
/* tree.c - building xap_qnode trees: nodes, terms, groups, scaling. Every
 * allocation failure is an ERR_NOMEM in the expander's error. */
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"

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

struct xap_qnode *qry_qn_new(struct qry_expander *x, enum xap_qop op)
{
    struct xap_qnode *n = calloc(1, sizeof *n);
    if (n == NULL)
        err_set(x->e, ERR_NOMEM, "out of memory");
    else
        n->op = op;
    return n;
}

/* A TERM or WILDCARD node for pfx1 + pfx2 + word. */
struct xap_qnode *qry_qn_term(struct qry_expander *x, enum xap_qop op,
                              const char *pfx1, const char *pfx2, const char *w,
                              size_t wlen)
{
    struct xap_qnode *n = qry_qn_new(x, op);
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
int qry_qn_add(struct qry_expander *x, struct xap_qnode *n,
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
int qry_qn_has_term(const struct xap_qnode *n, const char *term, size_t len)
{
    for (size_t i = 0; i < n->nkids; i++)
        if (n->kids[i]->op == XAP_Q_TERM && n->kids[i]->len == len &&
            memcmp(n->kids[i]->term, term, len) == 0)
            return 1;
    return 0;
}

/* A group node with one kid is that kid. */
struct xap_qnode *qry_qn_simplify(struct xap_qnode *n)
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

struct xap_qnode *qry_qn_scale(struct qry_expander *x, struct xap_qnode *kid,
                               double scale)
{
    struct xap_qnode *n = qry_qn_new(x, XAP_Q_SCALE);
    if (n == NULL || qry_qn_add(x, n, kid) != ERR_OK) {
        if (n == NULL)
            qry_node_free(kid);
        free(n);
        return NULL;
    }
    n->scale = scale;
    return n;
}

/* A deep copy of n (NULL and the error set if out of memory). */
struct xap_qnode *qry_qn_copy(struct qry_expander *x, const struct xap_qnode *n)
{
    struct xap_qnode *c = n->term != NULL
                              ? qry_qn_term(x, n->op, "", "", n->term, n->len)
                              : qry_qn_new(x, n->op);
    if (c == NULL)
        return NULL;
    c->wqf = n->wqf;
    c->window = n->window;
    c->scale = n->scale;
    for (size_t i = 0; i < n->nkids; i++) {
        struct xap_qnode *k = qry_qn_copy(x, n->kids[i]);
        if (k == NULL || qry_qn_add(x, c, k) != ERR_OK) {
            qry_node_free(c);
            return NULL;
        }
    }
    return c;
}
