/* SPDX-License-Identifier: GPL-2.0-or-later */
/* filter.c - the filters of a search, resolved in one place: the query's
 * filter nodes (council:, kommune:, råd:, kind:; parse.c records them as
 * written), the request's council parameter and the kind of document.
 * The parser does not call into expansion, and searchd adds no filter
 * terms of its own. */
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
 * dates parse_date() reads (core/parse.h), one or a range. */
static int date_filter(const char *s, size_t n, struct qry_out *out,
                       struct err *e)
{
    char v[32], f[9] = "", t[9] = "";
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
    dates_narrow(out->date_from, out->date_to, f, t);
    return ERR_OK;
bad:
    return err_set(e, ERR_INVAL,
                   "date <%.*s>: want YYYY, YYYY-MM, YYYY-MM-DD or a range "
                   "A..B",
                   (int)(n > 40 ? 40 : n), s);
}

int qry_filters_resolve(const struct qry_parse_out *p, struct qry_out *out,
                        struct err *e)
{
    /* names are in the meeting records: deltager: searches both kinds */
    out->kind = p->people ? QRY_KIND_ALL : QRY_KIND_ITEM;
    for (size_t i = 0; i < p->nfilters; i++) {
        const struct ast_filter *f = &p->filters[i];
        if (f->kind == FILTER_KIND) {
            if (!kind_named(f->text, f->len, &out->kind))
                return err_set(e, ERR_INVAL,
                               "kind <%.*s>: want item, meeting or all",
                               (int)(f->len > 40 ? 40 : f->len), f->text);
            continue;
        }
        if (f->kind == FILTER_DATE) {
            int rc = date_filter(f->text, f->len, out, e);
            if (rc != ERR_OK)
                return rc;
            continue;
        }
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
