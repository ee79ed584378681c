/* SPDX-License-Identifier: GPL-2.0-or-later */
/* server.h - referatd's shared state and the functions its files offer
 * each other. Everything here belongs to the event-loop thread except
 * where a field says otherwise; workers see only struct req (req.h). */
#ifndef REFERAT_SEARCHD_SERVER_H
#define REFERAT_SEARCHD_SERVER_H

#include <stdint.h>
#include <stdio.h>
#include <sys/queue.h>

#include <event2/event.h>
#include <event2/http.h>
#include <event2/listener.h>

#include "core/buf.h"
#include "settings.h"

#ifndef REFERAT_VERSION
#define REFERAT_VERSION "0.1.0"
#endif

struct conn;
struct req;
struct pool;
struct snapstore;
struct hconn;

TAILQ_HEAD(conn_list, conn);

/* How a search or item request ended, for GET /metrics. */
enum stats_outcome {
    STATS_OK,        /* answered in time */
    STATS_NOT_FOUND, /* no such item */
    STATS_INVALID,   /* the client's fault: bad query, limit */
    STATS_BUSY,      /* refused: the queue was full or shutting down */
    STATS_TIMEOUT,   /* past --query-timeout: partial answer or none */
    STATS_ABANDONED, /* the client left first: dropped */
    STATS_FAILED,    /* the server failed */
    STATS_OUTCOMES
};
#define STATS_KINDS       2  /* enum req_kind: search, item */
#define STATS_LAT_BUCKETS 12 /* metrics.c's bucket bounds, then +Inf */

/* Counters, event-loop thread only: every request completes there, and
 * STATS and GET /metrics are answered there, so plain integers do (no
 * atomics, nothing shared with the workers). */
struct stats {
    uint64_t conns_total;       /* line + HTTP connections accepted */
    uint64_t conns_refused;     /* over --max-connections */
    uint64_t searches;          /* answered searches */
    uint64_t items;             /* answered item look-ups */
    uint64_t errors;            /* error replies of any kind */
    uint64_t busy;              /* busy / 503 replies */
    uint64_t dropped_abandoned; /* requests whose client left first */
    uint64_t timed_out;         /* searches past --query-timeout */
    double search_ms_total;     /* for the mean */
    /* by enum req_kind, for GET /metrics */
    uint64_t requests[STATS_KINDS][STATS_OUTCOMES];
    uint64_t latency[STATS_KINDS][STATS_LAT_BUCKETS + 1]; /* not cumulative */
    double latency_ms[STATS_KINDS];                       /* sum */
};

struct server {
    const struct settings *set;
    struct event_base *base;
    struct evconnlistener *line_listener;
    struct evhttp *http;
    struct evhttp_bound_socket *http_sock;
    struct hconn **hconns; /* HTTP connections by descriptor (httpconn.c) */
    size_t hconns_cap;
    struct pool *pool;
    struct snapstore *snaps;
    FILE *qlog;             /* query log or NULL */
    struct conn_list conns; /* open line-protocol connections */
    unsigned nconns;        /* line + HTTP connections open now */
    unsigned nline;         /* of which line protocol */
    unsigned inflight;      /* requests handed to workers, not yet done */
    int stopping;           /* SIGTERM seen: finish, accept nothing new */
    int exiting;            /* the loop was told to exit */
    double started_ms;      /* monotonic clock at start */
    struct stats stats;
    struct event *ev_term, *ev_int, *ev_hup, *ev_grace;
};

/* Monotonic milliseconds. */
double server_now_ms(void);
/* Called when a connection or request finished during shutdown: exits
 * the loop once nothing is left. */
void server_maybe_exit(struct server *srv);

/* listen.c: bind the line protocol and HTTP sockets, report the ports. */
int listen_start(struct server *srv, int *line_port, int *http_port);
/* Close the listening sockets (shutdown: new clients are refused). */
void listen_pause(struct server *srv);
/* listen_pause() and free the HTTP server with its connections. */
void listen_stop(struct server *srv);
/* A connection was opened/closed (both protocols count). Returns 0 if
 * over the limit (the caller refuses the connection). */
int listen_conn_open(struct server *srv);
void listen_conn_close(struct server *srv);

/* conn.c: line-protocol connections. */
void conn_new(struct server *srv, evutil_socket_t fd, const struct sockaddr *sa,
              int salen);
/* Stop reading new requests; close each connection once its reply is out. */
void conn_shutdown_all(struct server *srv);
void conn_free_all(struct server *srv);
/* The reply for a request run by a worker is ready (event-loop thread). */
void conn_req_done(struct conn *c, struct req *r);
/* For cmd.c: queue a reply on the connection. */
void conn_reply_ok(struct conn *c, const char *json, size_t len);
void conn_reply_err(struct conn *c, int proto_code, const char *msg);
/* For cmd.c: the connection now waits for `r` (conn_req_done follows). */
void conn_wait_for(struct conn *c, struct req *r);
const char *conn_peer(const struct conn *c);
struct server *conn_server(const struct conn *c);

/* cmd.c: the command table. What a command wants from the connection. */
enum cmd_next {
    CMD_DONE,  /* reply queued; read the next request */
    CMD_WAIT,  /* a worker runs it; conn_req_done() follows */
    CMD_CLOSE, /* reply queued; close after writing it */
};
enum cmd_next cmd_run(struct conn *c, const char *line, size_t len);
/* The /health answer: status ("ok" or "degraded" with a "reason"),
 * documents, generation and revision of the snapshot served. */
int cmd_health_json(struct server *srv, struct buf *out);
/* The JSON of STATS and GET /stats; `out` is appended. */
int cmd_stats_json(struct server *srv, struct buf *out);
int cmd_hello_json(struct buf *out);

/* http.c: HTTP/JSON on `lev` (taken over, freed by http_stop()). */
int http_start(struct server *srv, struct evconnlistener *lev);
/* Stop accepting HTTP connections; open ones are still served. */
void http_unbind(struct server *srv);
void http_stop(struct server *srv);
/* The worker's answer for an HTTP request is ready: reply. */
void http_req_done(struct req *r);

/* metrics.c: count a finished (or refused) request by kind and outcome,
 * with its latency (event-loop thread). */
void metrics_count(struct server *srv, const struct req *r);
/* GET /metrics: the Prometheus text format, appended to `out`. */
int metrics_text(struct server *srv, struct buf *out);

/* qlog.c: the query log (one line per request). */
void qlog_write(struct server *srv, const struct req *r);

#endif
