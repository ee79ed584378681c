/* SPDX-License-Identifier: GPL-2.0-or-later */
/* rank.c - the ranking weights a query is built and ranked with: their
 * defaults (chosen by cross-validation, bench/eval/cv.py) and a
 * "name=value,..." parser, so referatd --rank can try others without a
 * rebuild. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query_internal.h"

/* bench/eval/cv.py, 4 folds x 3 shuffles of the public queries
 * (bench/eval/RESULTS.md): BM25's textbook k1 and b, and the weights the
 * expansion had, came out best with their neighbours. */
const struct qry_rank qry_rank_default = {
    .k1 = 1.2,
    .b = 0.75,
    .min_normlen = 0.5,
    .exact = 0.25,
    .parts = 0.6,
    .parts_known = 0.2,
    .parts_any = 0.05,
    .fuzzy = 0.3,
    .adjacent = 1.0,
    .attend = 0.3,
    .inflected = 0.5,
    .narrower = 0.5,
};

/* Each weight by name, its place, and its range. */
static const struct {
    const char *name;
    size_t off;
    double lo, hi;
} rank_fields[] = {
    {"k1", offsetof(struct qry_rank, k1), 0, 100},
    {"b", offsetof(struct qry_rank, b), 0, 1},
    {"min_normlen", offsetof(struct qry_rank, min_normlen), 0.01, 1},
    {"exact", offsetof(struct qry_rank, exact), 0, 100},
    {"parts", offsetof(struct qry_rank, parts), 0, 100},
    {"parts_known", offsetof(struct qry_rank, parts_known), 0, 100},
    {"parts_any", offsetof(struct qry_rank, parts_any), 0, 100},
    {"fuzzy", offsetof(struct qry_rank, fuzzy), 0, 100},
    {"adjacent", offsetof(struct qry_rank, adjacent), 0, 100},
    {"attend", offsetof(struct qry_rank, attend), 0, 100},
    {"inflected", offsetof(struct qry_rank, inflected), 0, 100},
    {"narrower", offsetof(struct qry_rank, narrower), 0, 1},
};

int qry_rank_parse(struct qry_rank *r, const char *spec, struct err *e)
{
    struct qry_rank out = *r;
    const char *p = spec;
    while (*p != '\0') {
        const char *end = strchr(p, ',');
        size_t n = end != NULL ? (size_t)(end - p) : strlen(p);
        const char *eq = memchr(p, '=', n);
        size_t i = 0, nf = sizeof rank_fields / sizeof rank_fields[0];
        while (eq != NULL && i < nf &&
               (strlen(rank_fields[i].name) != (size_t)(eq - p) ||
                memcmp(rank_fields[i].name, p, (size_t)(eq - p)) != 0))
            i++;
        if (eq == NULL || i == nf)
            return err_set(
                e, ERR_INVAL,
                "rank weight <%.*s>: want name=value with a name "
                "of k1 b min_normlen exact parts parts_known parts_any fuzzy "
                "adjacent attend inflected narrower",
                (int)(n > 40 ? 40 : n), p);
        char num[32], *stop;
        size_t vl = n - (size_t)(eq + 1 - p);
        if (vl == 0 || vl >= sizeof num)
            return err_set(e, ERR_INVAL, "rank weight <%.*s>: bad value",
                           (int)(n > 40 ? 40 : n), p);
        memcpy(num, eq + 1, vl);
        num[vl] = '\0';
        double v = strtod(num, &stop);
        if (*stop != '\0' || !isfinite(v) || v < rank_fields[i].lo ||
            v > rank_fields[i].hi)
            return err_set(
                e, ERR_INVAL, "rank weight %s <%s>: want a number %g..%g",
                rank_fields[i].name, num, rank_fields[i].lo, rank_fields[i].hi);
        memcpy((char *)&out + rank_fields[i].off, &v, sizeof v);
        p += n;
        if (*p == ',')
            p++;
    }
    *r = out;
    return ERR_OK;
}

void qry_rank_format(const struct qry_rank *r, char *out, size_t cap)
{
    snprintf(out, cap,
             "k1=%g,b=%g,min_normlen=%g,exact=%g,parts=%g,parts_known=%g,"
             "parts_any=%g,fuzzy=%g,adjacent=%g,attend=%g,inflected=%g,"
             "narrower=%g",
             r->k1, r->b, r->min_normlen, r->exact, r->parts, r->parts_known,
             r->parts_any, r->fuzzy, r->adjacent, r->attend, r->inflected,
             r->narrower);
}
