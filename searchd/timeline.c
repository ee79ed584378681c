/* SPDX-License-Identifier: GPL-2.0-or-later */
/* timeline.c - TIMELINE (matching and indexed items per council and
 * period) and COVERAGE (what each council's minutes span). Both walk
 * every match of a query, with the council and date of each from the
 * hit table: exact counts, not Xapian's estimates. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/log.h"
#include "req.h"
#include "server.h"
#include "snap.h"
#include "work.h"

/* "2017-09-14" -> "2017", "2017-Q3" or "2017-09"; 0 if not a date. */
static size_t period_of(const char *d, size_t n, enum proto_work_by by,
                        char out[8])
{
    if (n < 7 || d[4] != '-')
        return 0;
    memcpy(out, d, 4);
    if (by == PROTO_BY_YEAR)
        return 4;
    if (by == PROTO_BY_MONTH) {
        memcpy(out + 4, d + 4, 3);
        return 7;
    }
    int m = (d[5] - '0') * 10 + (d[6] - '0');
    if (m < 1 || m > 12)
        return 0;
    out[4] = '-';
    out[5] = 'Q';
    out[6] = (char)('1' + (m - 1) / 3);
    return 7;
}

/* Add every hit of `res` to its council x period cell: count in `a`
 * (pass 0) or `b` (pass 1). */
static int tally(struct work_q *wq, const struct xap_results *res, int pass,
                 struct work_cells *c)
{
    struct buf store, key;
    buf_init(&store);
    buf_init(&key);
    int rc = ERR_OK;
    for (size_t i = 0; res != NULL && i < res->nhits && rc == ERR_OK; i++) {
        const char *val[HITTAB_NFIELDS];
        size_t len[HITTAB_NFIELDS];
        char per[8];
        if (!work_fields(wq, res->hits[i].docid, &store, val, len) ||
            val[1] == NULL || val[3] == NULL)
            continue;
        size_t plen = period_of(val[3], len[3], wq->r->work->by, per);
        if (plen == 0)
            continue;
        buf_reset(&key);
        buf_append(&key, val[1], len[1]);
        buf_putc(&key, '\x1f');
        rc = buf_append(&key, per, plen);
        int created;
        struct work_cell *ce =
            rc == ERR_OK ? work_cells_get(c, key.data, key.len, &created)
                         : NULL;
        if (ce == NULL)
            rc = ERR_NOMEM;
        else if (pass == 0)
            ce->a++;
        else
            ce->b++;
    }
    buf_fini(&store);
    buf_fini(&key);
    return rc;
}

void work_timeline(struct work_q *wq)
{
    static const char *const by[] = {"year", "quarter", "month"};
    struct req *r = wq->r;
    struct xap_results *hits = NULL, *all = NULL;
    struct work_cells c = {0};
    struct err e;
    err_clear(&e);
    int rc = work_q_matches(wq, wq->root, 0, 1, 1, &hits, &e);
    /* the items indexed: every item the same filters let through */
    if (rc == ERR_OK)
        rc = work_q_matches(wq, &wq->all, 0, 1, 1, &all, &e);
    if (rc != ERR_OK) {
        work_fail(r, rc, &e);
        goto done;
    }
    /* matches first, so a period with matches but a date the filters
     * cut (none: they are the same filters) would still show */
    if (tally(wq, hits, 0, &c) != ERR_OK || tally(wq, all, 1, &c) != ERR_OK) {
        req_fail(r, PROTO_INTERNAL, "out of memory counting");
        goto done;
    }
    struct work_cell **s = work_cells_sorted(&c);
    json_t *cells = json_array();
    for (size_t i = 0; s != NULL && cells != NULL && i < c.n; i++) {
        const char *sep = strchr(s[i]->key, '\x1f');
        json_t *o =
            json_pack("{s:s%,s:s,s:I,s:I}", "council", s[i]->key,
                      (size_t)(sep - s[i]->key), "period", sep + 1, "count",
                      (json_int_t)s[i]->a, "indexed", (json_int_t)s[i]->b);
        if (o == NULL || json_array_append_new(cells, o) != 0) {
            json_decref(cells);
            cells = NULL;
        }
    }
    free(s);
    uint32_t total = hits != NULL ? (uint32_t)hits->nhits : 0;
    json_t *o = json_pack("{s:s,s:o*,s:I,s:I,s:b,s:f}", "by", by[r->work->by],
                          "cells", cells, "total", (json_int_t)total, "indexed",
                          (json_int_t)(all ? all->nhits : 0), "timed_out",
                          r->timed_out, "took_ms", server_now_ms() - r->t0);
    if (o == NULL || proto_json_append(o, &r->body, NULL) != ERR_OK)
        req_fail(r, PROTO_INTERNAL, "out of memory writing the answer");
    json_decref(o);
    r->total = total;
    r->nhits = (uint32_t)c.n;
done:
    work_cells_fini(&c);
    xap_results_free(hits);
    xap_results_free(all);
}

/* When the index last changed: the newest of the stub's, the live
 * generation's and a plain database's commit marker. */
static void indexed_at(const struct server *srv, uint32_t gen,
                       char out[LOG_STAMP_LEN])
{
    char path[4096];
    struct stat st;
    time_t t = 0;
    const char *db = srv->set->db;
    snprintf(path, sizeof path, "%s/gen-%u/iamglass", db, (unsigned)gen);
    if (stat(path, &st) == 0 && st.st_mtime > t)
        t = st.st_mtime;
    snprintf(path, sizeof path, "%s/iamglass", db);
    if (stat(path, &st) == 0 && st.st_mtime > t)
        t = st.st_mtime;
    out[0] = '\0';
    if (t > 0)
        log_stamp(t, out);
}

/* Each council's items (b), meetings (a: distinct source files), first
 * and last date and authority, over the matches all, into c. */
static int coverage_count(struct work_q *wq, const struct xap_results *all,
                          struct work_cells *c)
{
    struct work_cells files = {0};
    struct buf store, key;
    buf_init(&store);
    buf_init(&key);
    int rc = ERR_OK;
    for (size_t i = 0; rc == ERR_OK && i < all->nhits; i++) {
        const char *val[HITTAB_NFIELDS];
        size_t len[HITTAB_NFIELDS];
        int created;
        if (!work_fields(wq, all->hits[i].docid, &store, val, len) ||
            val[1] == NULL)
            continue;
        struct work_cell *ce = work_cells_get(c, val[1], len[1], &created);
        if (ce == NULL) {
            rc = ERR_NOMEM;
            break;
        }
        ce->b++; /* items */
        if (created && val[2] != NULL)
            ce->extra = strndup(val[2], len[2]);
        if (val[3] != NULL && len[3] == 10) {
            if (ce->first[0] == '\0' || memcmp(val[3], ce->first, 10) < 0)
                memcpy(ce->first, val[3], 10);
            if (memcmp(val[3], ce->last, 10) > 0)
                memcpy(ce->last, val[3], 10);
        }
        buf_reset(&key); /* a meeting is a source file */
        buf_append(&key, val[1], len[1]);
        buf_putc(&key, '\x1f');
        buf_append(&key, val[6] != NULL ? val[6] : "", len[6]);
        struct work_cell *f =
            work_cells_get(&files, key.data, key.len, &created);
        if (f == NULL)
            rc = ERR_NOMEM;
        else if (created)
            ce->a++;
    }
    buf_fini(&store);
    buf_fini(&key);
    work_cells_fini(&files);
    return rc;
}

/* c's councils as the answer's rows, by council; NULL without memory. */
static json_t *coverage_rows(struct work_cells *c)
{
    struct work_cell **s = work_cells_sorted(c);
    json_t *rows = s != NULL ? json_array() : NULL;
    for (size_t i = 0; rows != NULL && i < c->n; i++) {
        json_t *o = json_pack(
            "{s:s,s:s?,s:s?,s:s?,s:I,s:I}", "council", s[i]->key, "authority",
            s[i]->extra, "first", s[i]->first[0] ? s[i]->first : NULL, "last",
            s[i]->last[0] ? s[i]->last : NULL, "meetings", (json_int_t)s[i]->a,
            "items", (json_int_t)s[i]->b);
        if (o == NULL || json_array_append_new(rows, o) != 0) {
            json_decref(rows);
            rows = NULL;
        }
    }
    free(s);
    return rows;
}

void work_coverage(struct work_q *wq)
{
    struct req *r = wq->r;
    struct xap_results *all = NULL;
    struct work_cells c = {0};
    struct err e;
    err_clear(&e);
    int rc = work_q_matches(wq, &wq->all, 0, 1, 1, &all, &e);
    if (rc != ERR_OK) {
        work_fail(r, rc, &e);
        goto done;
    }
    rc = coverage_count(wq, all, &c);
    json_t *rows = rc == ERR_OK ? coverage_rows(&c) : NULL;
    char when[LOG_STAMP_LEN];
    indexed_at(r->srv, wq->sn->generation, when);
    json_t *o = json_pack("{s:o*,s:s?,s:I,s:b}", "councils", rows, "indexed_at",
                          when[0] ? when : NULL, "items",
                          (json_int_t)all->nhits, "timed_out", r->timed_out);
    if (o == NULL || proto_json_append(o, &r->body, NULL) != ERR_OK)
        req_fail(r, PROTO_INTERNAL, "out of memory writing the answer");
    json_decref(o);
    r->nhits = (uint32_t)c.n;
done:
    work_cells_fini(&c);
    xap_results_free(all);
}
