/* SPDX-License-Identifier: GPL-2.0-or-later */
/* work.h - the researcher's workbench: TIMELINE, EXPORT, KWIC, TERMS,
 * SIMILAR and COVERAGE (docs/protocol.md). Each runs in a worker like a
 * search; what they share (the query with an empty q meaning every item,
 * every match of it, a document's fields) is here. */
#ifndef REFERAT_SEARCHD_WORK_H
#define REFERAT_SEARCHD_WORK_H

#include <stddef.h>
#include <stdint.h>

#include <event2/http.h>

#include "hittab.h"
#include "worker.h"

struct req;
struct snap;
struct server;
struct xstream;

/* A parsed and expanded workbench query with its filters. */
struct work_q {
    struct worker_ctx *w;
    struct snap *sn;
    struct req *r;
    struct qry_out q;
    struct xap_qnode all; /* q empty: every item */
    const struct xap_qnode *root;
    const struct hittab *tab; /* NULL unless it serves the handle */
};

/* Parse r->work's query (e filled, ERR_* code on failure). */
int work_q_open(struct work_q *wq, struct worker_ctx *w, struct snap *sn,
                struct req *r, struct err *e);
void work_q_close(struct work_q *wq);
/* Every match (limit: at most that many, 0: all), by relevance (an empty
 * query: newest first), with stored data unless `skip_data`; the
 * request's deadline applies. `unranked`: in docid order, unweighted
 * (for counting: several times cheaper). */
int work_q_matches(struct work_q *wq, const struct xap_qnode *root,
                   uint32_t limit, int skip_data, int unranked,
                   struct xap_results **res, struct err *e);
/* The hit-table fields of `docid` (hittab_fields order), from the table
 * or its stored data (kept in `store`). 0 if the document has none. */
int work_fields(struct work_q *wq, uint32_t docid, struct buf *store,
                const char *val[HITTAB_NFIELDS], size_t len[HITTAB_NFIELDS]);
/* Fail the request from an error code of lib/query or lib/xap. */
void work_fail(struct req *r, int rc, const struct err *e);

/* work.c: run r->work in a worker (all kinds). */
void work_run(struct worker_ctx *w, struct snap *sn, struct req *r);
/* timeline.c */
void work_timeline(struct work_q *wq);
void work_coverage(struct work_q *wq);
/* kwic.c */
void work_kwic(struct work_q *wq);
/* terms.c: related terms; SIMILAR as a search of an item's own terms;
 * work_drop_file() is SIMILAR's filter, run by search_query(). */
void work_terms(struct work_q *wq);
void work_similar(struct worker_ctx *w, struct snap *sn, struct req *r);
void work_drop_file(struct worker_ctx *w, struct snap *sn,
                    struct xap_results *res, const char *file, uint32_t keep);
/* export.c: EXPORT (a page on the line protocol, a stream over HTTP). */
void work_export(struct work_q *wq);
/* Event loop: an HTTP export's stream ended (the worker is done). */
void xstream_finish(struct req *r);
void xstream_free(struct xstream *x);
/* 1 once the reply's head is sent (errors then cut the stream). */
int xstream_started(const struct xstream *x);
/* Event loop: a new streamed export for `req` (its worker will feed it). */
int xstream_attach(struct req *r, struct evhttp_request *req);

/* A small string-keyed table (a few thousand cells at most: councils x
 * periods), open addressing. */
struct work_cell {
    char *key; /* council \x1f period (or file) */
    uint32_t a, b;
    char first[11], last[11]; /* coverage: dates */
    char *extra;              /* coverage: authority */
};

struct work_cells {
    struct work_cell *v;
    size_t n, cap;
};

void work_cells_fini(struct work_cells *c);
/* The cell for key k[0..n), created zeroed if new (*created = 1); NULL
 * if out of memory. */
struct work_cell *work_cells_get(struct work_cells *c, const char *k, size_t n,
                                 int *created);
/* The cells in key order (the caller frees the array); NULL: no memory. */
struct work_cell **work_cells_sorted(struct work_cells *c);

#endif
