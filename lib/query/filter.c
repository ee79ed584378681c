/* SPDX-License-Identifier: GPL-2.0-or-later */
/* filter.c - the filters of a search, resolved in one place: the query's
 * filter nodes (council:, kommune:, råd:, kind:; lex.c records them as
 * written), the request's council parameter and the kind of document.
 * Filters on one field OR (kommune:Herning kommune:Odense: a researcher
 * comparing two councils means either), filters on different fields
 * AND.
 * The parser does not call into expansion, and searchd adds no filter
 * terms of its own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/parse.h"
#include "query/query_internal.h"
#include "xap/schema.h"

/* kind:item, kind:meeting, kind:all (Danish: punkt, møde, alle). */
static int kind_named(const char *s, size_t n, enum qry_kind *out)
{
    static const struct {
        const char *name;
        enum qry_kind kind;
    } kinds[] = {{"item", QRY_KIND_ITEM},        {"items", QRY_KIND_ITEM},
                 {"punkt", QRY_KIND_ITEM},       {"meeting", QRY_KIND_MEETING},
                 {"meetings", QRY_KIND_MEETING}, {"møde", QRY_KIND_MEETING},
                 {"all", QRY_KIND_ALL},          {"alle", QRY_KIND_ALL}};
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strlen(kinds[i].name) == n &&
            strncasecmp(kinds[i].name, s, n) == 0) {
            *out = kinds[i].kind;
            return 1;
        }
    return 0;
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

/* Narrow [from, to] ("YYYYMMDD", "" open) to also lie within [f, t]. */
static void dates_narrow(char from[9], char to[9], const char *f, const char *t)
{
    if (f != NULL && *f != '\0' && strcmp(f, from) > 0)
        memcpy(from, f, 9);
    if (t != NULL && *t != '\0' && (*to == '\0' || strcmp(t, to) < 0))
        memcpy(to, t, 9);
}

/* år:2017, dato:2024-06-19, år:2017..2022, år:2020.., år:..2019: the
 * dates parse_date() reads (core/parse.h), one or a range, as [f, t]
 * ("YYYYMMDD", "" open). */
static int date_range(const char *s, size_t n, char f[9], char t[9],
                      struct err *e)
{
    *f = *t = '\0';
    char v[32];
    if (n == 0 || n >= sizeof v)
        goto bad;
    memcpy(v, s, n);
    v[n] = '\0';
    char *dots = strstr(v, "..");
    const char *lo = v, *hi = v;
    if (dots != NULL) {
        *dots = '\0';
        hi = dots + 2;
        if (*lo == '\0' && *hi == '\0')
            goto bad;
    }
    if ((*lo != '\0' && parse_date(lo, 0, f, NULL) != ERR_OK) ||
        (*hi != '\0' && parse_date(hi, 1, t, NULL) != ERR_OK))
        goto bad;
    if (*f != '\0' && *t != '\0' && strcmp(f, t) > 0)
        return err_set(e, ERR_INVAL, "date range <%.*s> ends before it starts",
                       (int)n, s);
    return ERR_OK;
bad:
    return err_set(e, ERR_INVAL,
                   "date <%.*s>: want YYYY, YYYY-MM, YYYY-MM-DD or a range "
                   "A..B",
                   (int)(n > 40 ? 40 : n), s);
}

static size_t filters_named(const struct qry_parse_out *p,
                            enum ast_filter_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < p->nfilters; i++)
        n += p->filters[i].kind == kind;
    return n;
}

int qry_filters_resolve(const struct qry_parse_out *p, struct qry_out *out,
                        struct err *e)
{
    /* names are in the meeting records: deltager: searches both kinds */
    out->kind = p->people ? QRY_KIND_ALL : QRY_KIND_ITEM;
    /* two councils (or dates) in one query mean either:
     * qry_filters_wrap() ORs them */
    int one_council = filters_named(p, FILTER_COUNCIL) == 1;
    int one_date = filters_named(p, FILTER_DATE) == 1;
    int kinds = 0;
    for (size_t i = 0; i < p->nfilters; i++) {
        const struct ast_filter *f = &p->filters[i];
        if (f->kind == FILTER_KIND) {
            enum qry_kind k;
            if (!kind_named(f->text, f->len, &k))
                return err_set(e, ERR_INVAL,
                               "kind <%.*s>: want item, meeting or all",
                               (int)(f->len > 40 ? 40 : f->len), f->text);
            /* kind:item kind:meeting: either kind, so all */
            out->kind = kinds++ == 0 || k == out->kind ? k : QRY_KIND_ALL;
            continue;
        }
        if (f->kind == FILTER_DATE) {
            char from[9], to[9];
            int rc = date_range(f->text, f->len, from, to, e);
            if (rc != ERR_OK)
                return rc;
            if (one_date)
                dates_narrow(out->date_from, out->date_to, from, to);
            continue;
        }
        if (!one_council)
            continue;
        int rc = qry_council_terms(f->text, f->len, &out->filters,
                                   &out->nfilters, e);
        if (rc != ERR_OK)
            return rc;
        if (out->nfilters > QRY_TERMS_MAX)
            return err_set(e, ERR_LIMIT, "query has too many filters, max <%d>",
                           QRY_TERMS_MAX);
    }
    return ERR_OK;
}

/* AND of the XC terms of one council name, as a node. */
static struct xap_qnode *council_node(struct qry_expander *x,
                                      const struct ast_filter *f)
{
    char **terms = NULL;
    size_t n = 0;
    struct xap_qnode *and = NULL;
    int rc = qry_council_terms(f->text, f->len, &terms, &n, x->e);
    if (rc == ERR_OK)
        and = qry_qn_new(x, XAP_Q_AND);
    for (size_t i = 0; and != NULL && i < n; i++)
        if (qry_qn_add(x, and,
                       qry_qn_term(x, XAP_Q_TERM, "", "", terms[i],
                                   strlen(terms[i]))) != ERR_OK ||
                and->nkids != i + 1) {
            qry_node_free(and);
            and = NULL;
        }
    for (size_t i = 0; i < n; i++)
        free(terms[i]);
    free(terms);
    return and;
}

/* A DATES node of one date filter (checked by qry_filters_resolve). */
static struct xap_qnode *date_node(struct qry_expander *x,
                                   const struct ast_filter *f)
{
    char from[9], to[9], t[20];
    if (date_range(f->text, f->len, from, to, x->e) != ERR_OK)
        return NULL;
    int n = snprintf(t, sizeof t, "%s..%s", from, to);
    return qry_qn_term(x, XAP_Q_DATES, "", "", t, (size_t)n);
}

/* OR of the filters of one kind, each as a node; NULL on error. */
static struct xap_qnode *either(struct qry_expander *x,
                                const struct qry_parse_out *p,
                                enum ast_filter_kind kind)
{
    struct xap_qnode * or = qry_qn_new(x, XAP_Q_OR);
    for (size_t i = 0; or != NULL && i < p->nfilters; i++) {
        const struct ast_filter *f = &p->filters[i];
        if (f->kind != kind)
            continue;
        size_t had = or->nkids;
        struct xap_qnode *k =
            kind == FILTER_COUNCIL ? council_node(x, f) : date_node(x, f);
        if (qry_qn_add(x, or, k) != ERR_OK || or->nkids == had) {
            qry_node_free(or);
            or = NULL;
        }
    }
    return or ;
}

int qry_filters_wrap(struct qry_expander *x, const struct qry_parse_out *p)
{
    static const enum ast_filter_kind kinds[] = {FILTER_COUNCIL, FILTER_DATE};
    struct xap_qnode *f = NULL;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        if (filters_named(p, kinds[i]) < 2 || x->out->root == NULL)
            continue;
        if (f == NULL) { /* FILTER(root, …) */
            if ((f = qry_qn_new(x, XAP_Q_FILTER)) == NULL)
                return x->e->code;
            struct xap_qnode *root = x->out->root;
            x->out->root = NULL;
            if (qry_qn_add(x, f, root) != ERR_OK) { /* root is freed */
                qry_node_free(f);
                return x->e->code;
            }
            x->out->root = f;
        }
        struct xap_qnode * or = either(x, p, kinds[i]);
        if (or == NULL || qry_qn_add(x, f, or) != ERR_OK) { /* or freed */
            qry_node_free(x->out->root);
            x->out->root = NULL;
            return x->e->code;
        }
    }
    return ERR_OK;
}

static int add_term(struct qry_out *q, const char *term, struct err *e)
{
    char **t = realloc(q->filters, (q->nfilters + 1) * sizeof *t);
    if (t == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    q->filters = t;
    if ((t[q->nfilters] = strdup(term)) == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    q->nfilters++;
    return ERR_OK;
}

int qry_filters_finish(struct qry_out *q, const char *council,
                       const char *from_key, const char *to_key, struct err *e)
{
    dates_narrow(q->date_from, q->date_to, from_key, to_key);
    if (council != NULL) {
        int rc = qry_council_terms(council, strlen(council), &q->filters,
                                   &q->nfilters, e);
        if (rc != ERR_OK)
            return rc;
    }
    if (q->kind == QRY_KIND_ITEM)
        return add_term(q, PFX_KIND KIND_ITEM, e);
    if (q->kind == QRY_KIND_MEETING)
        return add_term(q, PFX_KIND KIND_MEETING, e);
    return ERR_OK;
}
