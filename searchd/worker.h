/* SPDX-License-Identifier: GPL-2.0-or-later */
/* worker.h - the search threads: a bounded queue of requests, N threads
 * each owning its own index handle, stemmer and query environment, and
 * the per-request work they do (search.c). */
#ifndef REFERAT_SEARCHD_WORKER_H
#define REFERAT_SEARCHD_WORKER_H

#include <stdint.h>

#include "core/err.h"
#include "query/query.h"
#include "settings.h"
#include "text/txt.h"
#include "xap/xap.h"

struct req;
struct pool;
struct snapstore;

/* What one worker thread owns. Xapian and Snowball objects are not
 * thread-safe: never shared. */
struct worker_ctx {
    xap_db *db;
    struct txt_stemmer *stemmer;
    struct snapstore *snaps;
    const struct qry_rank *rank; /* the settings' --rank */
};

/* Open one index handle and stemmer per thread and start the threads.
 * NULL and `e` filled on failure. */
struct pool *pool_new(const struct settings *set, struct snapstore *snaps,
                      struct err *e);
/* Queue `r`. ERR_LIMIT if the queue holds queue_max requests or the pool
 * is stopping. */
int pool_submit(struct pool *p, struct req *r, struct err *e);
/* The client of `r` went away (req_cancel()): unlink it if still queued
 * and complete it at once, unanswered; if running, raise its cancel flag
 * (its deadline checks stop it). */
void pool_cancel(struct pool *p, struct req *r);
/* Requests waiting now. */
unsigned pool_queued(struct pool *p);
unsigned pool_threads(const struct pool *p);
/* 1 once pool_stop() began (any thread): a worker waiting on a client
 * (a streamed export) gives up so that it can be joined. */
int pool_is_stopping(struct pool *p);
/* Refuse new requests, answer the queued ones `busy`, let running ones
 * finish and join the threads. Completions are activated on the base;
 * the caller runs the loop to deliver them. */
void pool_stop(struct pool *p);
void pool_free(struct pool *p);

struct snap;

/* search.c: run one request in a worker thread; fills r->code/body. */
void search_run(struct worker_ctx *w, struct req *r);
/* The search of r->search answered into r (a SEARCH; also SIMILAR). */
void search_query(struct worker_ctx *w, struct snap *sn, struct req *r);

#endif
