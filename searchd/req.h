/* SPDX-License-Identifier: GPL-2.0-or-later */
/* req.h - one search or item request on its way from a connection (line
 * or HTTP) to a worker thread and back. All per-request memory hangs off
 * struct req and is released by req_free(). */
#ifndef REFERAT_SEARCHD_REQ_H
#define REFERAT_SEARCHD_REQ_H

#include <stdint.h>

#include <event2/event.h>

#include "core/buf.h"
#include "core/deadline.h"
#include "core/err.h"
#include "proto/proto.h"

struct server;
struct xstream;

enum req_kind {
    REQ_SEARCH,
    REQ_ITEM,
    REQ_WORK, /* a workbench request: `work` says which (work.h) */
};

enum req_via {
    REQ_VIA_LINE, /* owner is a struct conn */
    REQ_VIA_HTTP, /* owner is a struct evhttp_request */
};

struct req {
    enum req_kind kind;
    enum req_via via;
    struct server *srv;
    /* The question (set by the event loop before submitting). */
    struct proto_search search; /* REQ_SEARCH */
    char *id;                   /* REQ_ITEM: the item id */
    size_t id_len;
    struct proto_work *work; /* REQ_WORK: the question */
    /* SIMILAR: hits of this source file are dropped, then the list is
     * cut to `keep` (run_search) */
    char *exclude_file;
    uint32_t keep;
    /* an HTTP export streamed in chunks (export.c); NULL otherwise */
    struct xstream *stream;
    char peer[64];
    double t0; /* monotonic ms when the request was read */
    /* t0 + --query-timeout; cancelled when the client goes away (its
     * `cancel` points at `cancelled`, read by the worker) */
    struct deadline deadline;
    int cancelled; /* set by req_cancel() (atomically) */
    /* The answer (set by the worker). */
    enum proto_code code;
    char msg[ERR_MSG_MAX]; /* error message when code != PROTO_OK */
    struct buf body;       /* JSON payload when code == PROTO_OK */
    uint32_t nhits, total; /* for the query log */
    int timed_out;         /* the answer is partial: past the deadline */
    double ms;             /* t0 to answer ready */
    /* Hand-back to the event loop: the worker activates done_ev. */
    struct event *done_ev;
    void *owner;      /* NULL once the client went away (line protocol) */
    struct req *next; /* worker queue link */
    int heavy;        /* ran in the costly lane (worker.c) */
};

/* A request for `kind` from `peer`, with its completion event on the
 * server's base. NULL if out of memory. */
struct req *req_new(struct server *srv, enum req_kind kind, enum req_via via,
                    const char *peer, void *owner);
void req_free(struct req *r);

/* Hand `r` to the workers. ERR_LIMIT if the queue is full or the server
 * is stopping (reply busy; `r` is still the caller's). On success the
 * completion runs in the event loop later and frees `r`. */
int req_submit(struct req *r, struct err *e);

/* The client of `r` went away (event-loop thread): a request still
 * queued is dropped without running, one running is told to stop; its
 * completion still runs (the answer is discarded) and counts it in
 * STATS dropped_abandoned. A line request's owner is cleared. */
void req_cancel(struct req *r);

/* Worker side: record an error answer. */
void req_fail(struct req *r, enum proto_code code, const char *msg);

#endif
