/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpq.h - the pure part of referatd's HTTP handling: a request URI to
 * a route and its argument, and an item id out of its path. No libevent,
 * so fuzz/fuzz_http.c can drive it alone; http.c does the rest. */
#ifndef REFERAT_SEARCHD_HTTPQ_H
#define REFERAT_SEARCHD_HTTPQ_H

#include <stddef.h>

#include "core/buf.h"
#include "core/err.h"

enum httpq_route {
    HTTPQ_SEARCH,    /* /search: arg is the query string, no fragment */
    HTTPQ_ITEM,      /* /item/<id>: arg is the id, still percent-encoded */
    HTTPQ_HEALTH,    /* /health */
    HTTPQ_STATS,     /* /stats */
    HTTPQ_METRICS,   /* /metrics: Prometheus text format */
    HTTPQ_PAGE,      /* / or /index.html: the search page */
    HTTPQ_WORK,      /* /timeline /export /kwic /terms /coverage
                        /similar/<id>: `work` is the kind (proto.h), arg
                        the query string; for /similar `id` the id,
                        still percent-encoded */
    HTTPQ_NOT_FOUND, /* any other path */
    HTTPQ_TOO_LONG,  /* the URI is over LIMIT_HTTP_URI bytes (414) */
};

struct httpq {
    enum httpq_route route;
    const char *arg; /* borrowed from the URI; "" if none */
    size_t arg_len;
    int work; /* HTTPQ_WORK: enum proto_work_kind */
    const char *id;
    size_t id_len;
};

/* Route the request URI uri[0..len) as evhttp gives it (path, then an
 * optional `?query` and `#fragment`, not decoded). */
void httpq_parse(const char *uri, size_t len, struct httpq *out);

/* Percent-decode the id of /item/<id> into `id` (a '+' stays a '+'):
 * ERR_INVAL for a bad escape, NUL or invalid UTF-8, ERR_LIMIT past
 * PROTO_ID_MAX bytes, ERR_NOTFOUND if the id is empty. */
int httpq_item_id(const char *enc, size_t len, struct buf *id, struct err *e);

#endif
