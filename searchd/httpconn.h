/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpconn.h - HTTP connections as referatd tracks them (httpconn.c):
 * counted against --max-connections, each with a deadline per request,
 * and the request at a worker watched so it is dropped when its client
 * leaves. http.c's routes use these; evhttp itself has no hooks for it. */
#ifndef REFERAT_SEARCHD_HTTPCONN_H
#define REFERAT_SEARCHD_HTTPCONN_H

#include <event2/bufferevent.h>
#include <event2/http.h>

#include "req.h"
#include "server.h"

#define CT_JSON "application/json; charset=utf-8"

/* The table of connections by descriptor (srv->hconns), as large as the
 * descriptor limit (at most 65536); without it (out of memory)
 * connections are served, just not tracked. httpconn_fini() frees it. */
void httpconn_init(struct server *srv);
void httpconn_fini(struct server *srv);
/* evhttp_set_bevcb()'s callback (`arg`: the server): a new connection's
 * bufferevent, counted; refused with 503 past --max-connections. */
struct bufferevent *httpconn_bevcb(struct event_base *base, void *arg);
/* A request arrived on `req`'s connection: its deadline starts again. */
void httpconn_served(struct server *srv, struct evhttp_request *req);
/* `r` went to a worker for `req`: watch the socket meanwhile, and cancel
 * `r` should the client leave. */
void httpconn_running(struct server *srv, struct evhttp_request *req,
                      struct req *r);
/* `r` (from httpconn_running()) is done: the watch ends. */
void httpconn_done(struct req *r);

#endif
