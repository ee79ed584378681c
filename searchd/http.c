/* SPDX-License-Identifier: GPL-2.0-or-later */
/* http.c - HTTP/JSON for web front ends, on libevent's evhttp: routes,
 * status codes, headers (CORS only when configured), the same JSON
 * bodies as the line protocol, and the built-in search page. */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/keyvalq_struct.h>

#include "core/log.h"
#include "httpq.h"
#include "httpwire.h"
#include "limits.h"
#include "page.h"
#include "req.h"
#include "server.h"
#include "snap.h"
#include "work.h"

/* One HTTP connection as we track it: counted, with a request deadline
 * (see bevcb() below). Found by descriptor from a request. */
struct hconn {
    struct server *srv;
    struct bufferevent *bev;
    struct evhttp_connection *evcon;
    struct event *timer;
    evutil_socket_t fd;
    unsigned served;     /* requests seen since the deadline was armed */
    unsigned inflight;   /* requests with a worker */
    struct req *req;     /* the one with a worker (evhttp serves one at a
                            time), to cancel should the client leave */
    struct event *watch; /* the socket while `req` runs (watch_cb) */
};

static struct hconn *hconn_of(struct server *srv, struct evhttp_request *req)
{
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    if (evcon == NULL)
        return NULL;
    evutil_socket_t fd =
        bufferevent_getfd(evhttp_connection_get_bufferevent(evcon));
    if (fd < 0 || (size_t)fd >= srv->hconns_cap)
        return NULL;
    struct hconn *h = srv->hconns[fd];
    return h != NULL && h->evcon == evcon ? h : NULL;
}

#define CT_JSON "application/json; charset=utf-8"
#define CT_HTML "text/html; charset=utf-8"
#define CT_PROM "text/plain; version=0.0.4; charset=utf-8"
#define CT_CSV  "text/csv; charset=utf-8"

/* evhttp 2.1 never closes after a CONNECT, whatever the headers say:
 * end the connection once the reply is written (evhttp sees the end of
 * the stream and frees it). */
static void close_after(struct evhttp_request *req, void *arg)
{
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    (void)arg;
    if (evcon != NULL)
        shutdown(bufferevent_getfd(evhttp_connection_get_bufferevent(evcon)),
                 SHUT_RDWR);
}

/* Send `body` with the headers every reply carries. */
static void send_body(struct server *srv, struct evhttp_request *req,
                      int status, const char *ctype, const char *body,
                      size_t len)
{
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    evhttp_add_header(h, "Content-Type", ctype);
    evhttp_add_header(h, "Cache-Control", "no-store");
    evhttp_add_header(h, "X-Content-Type-Options", "nosniff");
    if (srv->set->cors != NULL)
        evhttp_add_header(h, "Access-Control-Allow-Origin", srv->set->cors);
    if (status == 503)
        evhttp_add_header(h, "Retry-After", "1");
    /* CONNECT would turn the connection into a tunnel: end it instead */
    enum evhttp_cmd_type m = evhttp_request_get_command(req);
    if (status == 503 || m == EVHTTP_REQ_CONNECT)
        evhttp_add_header(h, "Connection", "close");
    if (m == EVHTTP_REQ_CONNECT)
        evhttp_request_set_on_complete_cb(req, close_after, NULL);
    /* evhttp 2.1 writes no Content-Length for HEAD and CONNECT but would
     * send the body: say the length ourselves, and send a body only
     * where one belongs (HEAD: the length of the GET's) */
    char clen[24];
    snprintf(clen, sizeof clen, "%zu", len);
    evhttp_add_header(h, "Content-Length", clen);
    if (m != EVHTTP_REQ_HEAD)
        evbuffer_add(evhttp_request_get_output_buffer(req), body, len);
    evhttp_send_reply(req, status, httpwire_reason(status), NULL);
}

static void send_json(struct server *srv, struct evhttp_request *req,
                      int status, struct buf *b)
{
    buf_putc(b, '\n');
    send_body(srv, req, status, CT_JSON, b->data != NULL ? b->data : "",
              b->len);
}

static void send_error(struct server *srv, struct evhttp_request *req,
                       enum proto_code code, int status, const char *msg)
{
    struct buf b;
    buf_init(&b);
    proto_error_json(code, msg, &b);
    srv->stats.errors++;
    if (status == 503)
        srv->stats.busy++;
    send_json(srv, req, status, &b);
    buf_fini(&b);
}

static void send_code(struct server *srv, struct evhttp_request *req,
                      enum proto_code code, const char *msg)
{
    send_error(srv, req, code, proto_code_http(code), msg);
}

void http_req_done(struct req *r)
{
    struct evhttp_request *req = r->owner;
    struct hconn *h = hconn_of(r->srv, req);
    if (h != NULL && h->inflight > 0)
        h->inflight--;
    if (h != NULL && h->req == r) {
        h->req = NULL;
        event_del(h->watch);
    }
    if (xstream_started(r->stream)) { /* an export under way: end it */
        xstream_finish(r);
        return;
    }
    if (r->cancelled) {
        /* nobody reads it, but evhttp frees its request only once it is
         * answered; not counted as an error */
        struct buf b;
        buf_init(&b);
        proto_error_json(PROTO_TIMEOUT, "the client went away", &b);
        send_json(r->srv, req, 503, &b);
        buf_fini(&b);
    } else if (r->code == PROTO_OK && r->kind == REQ_WORK &&
               r->work->kind == PROTO_WORK_KWIC &&
               r->work->format == PROTO_FMT_CSV)
        send_body(r->srv, req, 200, CT_CSV, r->body.data ? r->body.data : "",
                  r->body.len);
    else if (r->code == PROTO_OK)
        send_json(r->srv, req, 200, &r->body);
    else if (r->code == PROTO_TIMEOUT) /* the server's time, not the
                                         client's: not 408 */
        send_error(r->srv, req, r->code, 503, r->msg);
    else
        send_code(r->srv, req, r->code, r->msg);
}

/* evhttp stops reading a connection while its request is being served,
 * so it learns that the client left only when the reply fails. Watch the
 * socket meanwhile: end of stream means the client gave up (a browser
 * closing a tab, a proxy timing out), and the search is dropped or
 * stopped. Bytes instead (a pipelined request) end the watch. */
static void watch_cb(evutil_socket_t fd, short what, void *arg)
{
    struct hconn *h = arg;
    char c;
    (void)what;
    ssize_t n = recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
        event_add(h->watch, NULL);
        return;
    }
    if (n > 0 || h->req == NULL)
        return;
    req_cancel(h->req); /* its completion replies into the void */
    h->req = NULL;
}

static void peer_of(struct evhttp_request *req, char *out, size_t cap)
{
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    char *addr = NULL;
    ev_uint16_t port = 0;
    if (evcon != NULL)
        evhttp_connection_get_peer(evcon, &addr, &port);
    snprintf(out, cap, "%s:%u", addr != NULL ? addr : "?", (unsigned)port);
}

/* Replies without a body from the answer travel straight back. */
static void submit(struct server *srv, struct evhttp_request *req,
                   struct req *r)
{
    struct err e;
    err_clear(&e);
    if (req_submit(r, &e) != ERR_OK) {
        send_code(srv, req, PROTO_BUSY, e.msg);
        req_free(r);
        return;
    }
    struct hconn *h = hconn_of(srv, req);
    if (h != NULL) {
        h->inflight++;
        h->req = r;
        if (h->watch == NULL)
            h->watch = event_new(srv->base, h->fd, EV_READ, watch_cb, h);
        if (h->watch != NULL)
            event_add(h->watch, NULL);
    }
}

static void route_search(struct server *srv, struct evhttp_request *req,
                         const char *qs, size_t qs_len, const char *peer)
{
    struct req *r = req_new(srv, REQ_SEARCH, REQ_VIA_HTTP, peer, req);
    if (r == NULL) {
        send_code(srv, req, PROTO_INTERNAL, "out of memory");
        return;
    }
    struct err e;
    err_clear(&e);
    int rc = proto_search_from_form(qs, qs_len, &r->search, &e);
    if (rc != ERR_OK) {
        send_code(srv, req, proto_code_from_err(rc, PROTO_BAD_REQUEST), e.msg);
        req_free(r);
        return;
    }
    submit(srv, req, r);
}

static void route_item(struct server *srv, struct evhttp_request *req,
                       const char *enc, size_t enc_len, const char *peer)
{
    struct buf id;
    struct err e;
    buf_init(&id);
    err_clear(&e);
    int rc = httpq_item_id(enc, enc_len, &id, &e);
    if (rc != ERR_OK) {
        send_code(srv, req,
                  rc == ERR_NOTFOUND ? PROTO_NOT_FOUND : PROTO_BAD_REQUEST,
                  e.msg);
        buf_fini(&id);
        return;
    }
    struct req *r = req_new(srv, REQ_ITEM, REQ_VIA_HTTP, peer, req);
    if (r == NULL) {
        send_code(srv, req, PROTO_INTERNAL, "out of memory");
        buf_fini(&id);
        return;
    }
    r->id_len = id.len;
    r->id = buf_detach(&id);
    submit(srv, req, r);
}

/* The workbench (work.h): /timeline, /export (streamed), /kwic, /terms,
 * /coverage, /similar/<id>. */
static void route_work(struct server *srv, struct evhttp_request *req,
                       const struct httpq *q, const char *peer)
{
    struct req *r = req_new(srv, REQ_WORK, REQ_VIA_HTTP, peer, req);
    struct err e;
    err_clear(&e);
    if (r == NULL || (r->work = malloc(sizeof *r->work)) == NULL) {
        req_free(r);
        send_code(srv, req, PROTO_INTERNAL, "out of memory");
        return;
    }
    proto_work_init(r->work, (enum proto_work_kind)q->work);
    int rc = ERR_OK;
    if (q->work == PROTO_WORK_SIMILAR) {
        struct buf id;
        buf_init(&id);
        rc = httpq_item_id(q->id, q->id_len, &id, &e);
        r->work->id_len = id.len;
        r->work->id = buf_detach(&id);
    }
    if (rc == ERR_OK)
        rc = proto_work_from_form(q->arg, q->arg_len, r->work, &e);
    if (rc == ERR_OK && q->work == PROTO_WORK_EXPORT &&
        xstream_attach(r, req) != ERR_OK)
        rc = err_set(&e, ERR_NOMEM, "out of memory");
    if (rc != ERR_OK) {
        send_code(srv, req, proto_code_from_err(rc, PROTO_BAD_REQUEST), e.msg);
        req_free(r);
        return;
    }
    submit(srv, req, r);
}

static void route_health(struct server *srv, struct evhttp_request *req)
{
    struct buf b;
    buf_init(&b);
    if (cmd_health_json(srv, &b) == ERR_OK)
        send_json(srv, req, 200, &b);
    else
        send_code(srv, req, PROTO_INTERNAL, "out of memory");
    buf_fini(&b);
}

static void route_stats(struct server *srv, struct evhttp_request *req)
{
    struct buf b;
    buf_init(&b);
    if (cmd_stats_json(srv, &b) == ERR_OK)
        send_json(srv, req, 200, &b);
    else
        send_code(srv, req, PROTO_INTERNAL, "out of memory");
    buf_fini(&b);
}

static void route_metrics(struct server *srv, struct evhttp_request *req)
{
    struct buf b;
    buf_init(&b);
    if (metrics_text(srv, &b) == ERR_OK)
        send_body(srv, req, 200, CT_PROM, b.data, b.len);
    else
        send_code(srv, req, PROTO_INTERNAL, "out of memory");
    buf_fini(&b);
}

static void route_page(struct server *srv, struct evhttp_request *req,
                       const char *path, size_t len)
{
    const struct page_asset *a = page_find(path, len);
    if (a == NULL) {
        send_code(srv, req, PROTO_NOT_FOUND, "no such page");
        return;
    }
    /* The page loads nothing from elsewhere and may only talk to us. */
    evhttp_add_header(evhttp_request_get_output_headers(req),
                      "Content-Security-Policy",
                      "default-src 'self'; object-src 'none'; "
                      "base-uri 'none'; form-action 'self'; "
                      "frame-ancestors 'none'");
    send_body(srv, req, 200, a->type, (const char *)a->data, a->len);
}

/* Methods other than GET and HEAD: 405, or a CORS preflight answer. */
static void route_method(struct server *srv, struct evhttp_request *req)
{
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    if (evhttp_request_get_command(req) == EVHTTP_REQ_OPTIONS &&
        srv->set->cors != NULL) {
        evhttp_add_header(h, "Access-Control-Allow-Origin", srv->set->cors);
        evhttp_add_header(h, "Access-Control-Allow-Methods", "GET, HEAD");
        evhttp_add_header(h, "Access-Control-Max-Age", "86400");
        evhttp_send_reply(req, 204, httpwire_reason(204), NULL);
        return;
    }
    evhttp_add_header(h, "Allow", "GET, HEAD");
    send_error(srv, req, PROTO_BAD_REQUEST, 405, "only GET and HEAD");
}

static void gencb(struct evhttp_request *req, void *arg)
{
    struct server *srv = arg;
    struct hconn *h = hconn_of(srv, req);
    if (h != NULL)
        h->served++;
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    struct bufferevent *bev =
        evcon != NULL ? evhttp_connection_get_bufferevent(evcon) : NULL;
    if (bev != NULL) {
        int one = 1;
        setsockopt(bufferevent_getfd(bev), IPPROTO_TCP, TCP_NODELAY, &one,
                   sizeof one);
    }
    if (srv->stopping) {
        send_code(srv, req, PROTO_BUSY, "server is shutting down");
        return;
    }
    const char *framing = httpwire_check(req);
    if (framing != NULL) { /* what follows may be a smuggled request */
        evhttp_add_header(evhttp_request_get_output_headers(req), "Connection",
                          "close");
        send_error(srv, req, PROTO_BAD_REQUEST, 400, framing);
        return;
    }
    if (srv->nconns > srv->set->max_connections) {
        srv->stats.conns_refused++;
        send_code(srv, req, PROTO_BUSY, "too many connections");
        return;
    }
    const char *uri = evhttp_request_get_uri(req);
    struct httpq q;
    httpq_parse(uri, strlen(uri), &q);
    if (q.route == HTTPQ_TOO_LONG) {
        send_error(srv, req, PROTO_TOO_LARGE, 414, "URI too long");
        return;
    }
    enum evhttp_cmd_type m = evhttp_request_get_command(req);
    if (m != EVHTTP_REQ_GET && m != EVHTTP_REQ_HEAD) {
        route_method(srv, req);
        return;
    }
    char peer[64];
    peer_of(req, peer, sizeof peer);
    switch (q.route) {
    case HTTPQ_SEARCH:
        route_search(srv, req, q.arg, q.arg_len, peer);
        break;
    case HTTPQ_ITEM:
        route_item(srv, req, q.arg, q.arg_len, peer);
        break;
    case HTTPQ_HEALTH:
        route_health(srv, req);
        break;
    case HTTPQ_STATS:
        route_stats(srv, req);
        break;
    case HTTPQ_METRICS:
        route_metrics(srv, req);
        break;
    case HTTPQ_PAGE:
        route_page(srv, req, q.arg, q.arg_len);
        break;
    case HTTPQ_WORK:
        route_work(srv, req, &q, peer);
        break;
    case HTTPQ_NOT_FOUND:
    case HTTPQ_TOO_LONG:
        send_code(srv, req, PROTO_NOT_FOUND, "no such page");
        break;
    }
}

/* Count HTTP connections and bound how long one may take per request.
 * evhttp has no hook for a new or a closed connection, only a close
 * callback on a connection object we never see created. So bevcb()
 * creates each connection's bufferevent, counts it and holds a reference;
 * right after evhttp has set the connection up, conn_adopt() finds the
 * evhttp_connection (the bufferevent's callback argument), sets the close
 * callback and starts the connection's deadline - or, if evhttp already
 * freed the connection (callbacks cleared), uncounts it. (A pass-through
 * filter bufferevent would be simpler but stalls replies in libevent
 * 2.1.12: output added while writing is disabled is never flushed.)
 *
 * evhttp's own timeout restarts with every byte, so a client sending a
 * header byte a second would hold its connection for hours: the deadline
 * closes a connection that completed no request in --idle-timeout
 * seconds and has none running. Connections are found by descriptor. */
static void hconn_arm(struct hconn *h)
{
    struct timeval tv = {(time_t)h->srv->set->idle_timeout, 0};
    evtimer_add(h->timer, &tv);
}

static void hconn_free(struct hconn *h)
{
    struct server *srv = h->srv;
    if (h->fd >= 0 && (size_t)h->fd < srv->hconns_cap &&
        srv->hconns[h->fd] == h)
        srv->hconns[h->fd] = NULL;
    event_free(h->timer);
    if (h->watch != NULL)
        event_free(h->watch);
    free(h);
}

static void conn_closed(struct evhttp_connection *evcon, void *arg)
{
    struct hconn *h = arg;
    (void)evcon;
    /* The client left with a request at a worker: evhttp has detached
     * the request (our reply to it just frees it); drop the work. */
    if (h->req != NULL)
        req_cancel(h->req);
    listen_conn_close(h->srv);
    hconn_free(h);
}

static void hconn_deadline(evutil_socket_t fd, short what, void *arg)
{
    struct hconn *h = arg;
    (void)fd;
    (void)what;
    if (h->served > 0 || h->inflight > 0) {
        h->served = 0;
        hconn_arm(h);
        return;
    }
    log_msg(LOG_DEBUG, "http", "closing a connection: no request in %u s",
            (unsigned)h->srv->set->idle_timeout);
    evhttp_connection_free(h->evcon); /* conn_closed() frees h */
}

/* Past --max-connections: answer 503 and close at once, as a line
 * connection gets `ERR busy`. Waiting for a request instead would let
 * idle connections pile up to the descriptor limit, and then no client
 * of either protocol is accepted at all. */
static void hconn_refuse(struct hconn *h)
{
    struct buf body, msg;
    buf_init(&body);
    buf_init(&msg);
    proto_error_json(PROTO_BUSY, "too many connections", &body);
    buf_putc(&body, '\n');
    buf_printf(&msg,
               "HTTP/1.1 503 Service Unavailable\r\n"
               "Content-Type: " CT_JSON "\r\n"
               "Retry-After: 1\r\nConnection: close\r\n"
               "Content-Length: %zu\r\n\r\n%s",
               body.len, body.data != NULL ? body.data : "");
    h->srv->stats.conns_refused++;
    h->srv->stats.busy++;
    if (msg.data != NULL &&
        send(h->fd, msg.data, msg.len, MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
        log_msg(LOG_DEBUG, "http", "refusal not sent: %s", strerror(errno));
    log_msg(LOG_DEBUG, "http", "refused a connection: %u open", h->srv->nconns);
    buf_fini(&body);
    buf_fini(&msg);
    evhttp_connection_free(h->evcon); /* conn_closed() frees h */
}

static void conn_adopt(evutil_socket_t fd, short what, void *arg)
{
    struct hconn *h = arg;
    struct server *srv = h->srv;
    bufferevent_data_cb rd, wr;
    bufferevent_event_cb ev;
    void *cbarg = NULL;
    (void)fd;
    (void)what;
    bufferevent_getcb(h->bev, &rd, &wr, &ev, &cbarg);
    bufferevent_decref(h->bev);        /* still alive if evhttp holds it */
    if (ev == NULL || cbarg == NULL) { /* evhttp is done with it already */
        listen_conn_close(srv);
        hconn_free(h);
        return;
    }
    h->evcon = cbarg;
    h->fd = bufferevent_getfd(h->bev);
    if (h->fd >= 0 && (size_t)h->fd < srv->hconns_cap)
        srv->hconns[h->fd] = h;
    evhttp_connection_set_closecb(h->evcon, conn_closed, h);
    httpwire_watch(h->bev);
    if (srv->nconns > srv->set->max_connections) {
        hconn_refuse(h);
        return;
    }
    hconn_arm(h);
}

static struct bufferevent *bevcb(struct event_base *base, void *arg)
{
    struct server *srv = arg;
    struct hconn *h = calloc(1, sizeof *h);
    if (h == NULL)
        return NULL;
    h->srv = srv;
    h->fd = -1;
    h->timer = evtimer_new(base, hconn_deadline, h);
    h->bev = bufferevent_socket_new(base, -1, BEV_OPT_CLOSE_ON_FREE);
    if (h->timer == NULL || h->bev == NULL) {
        if (h->bev != NULL)
            bufferevent_free(h->bev);
        if (h->timer != NULL)
            event_free(h->timer);
        free(h);
        return NULL;
    }
    struct bufferevent *bev = h->bev;
    bufferevent_setwatermark(bev, EV_READ, 0, LIMIT_HTTP_INPUT);
    bufferevent_incref(bev);
    if (event_base_once(base, -1, EV_TIMEOUT, conn_adopt, h, NULL) != 0) {
        bufferevent_decref(bev);
        event_free(h->timer);
        free(h);
        return bev; /* served, just not counted */
    }
    srv->nconns++;
    srv->stats.conns_total++;
    return bev;
}

int http_start(struct server *srv, struct evconnlistener *lev)
{
    struct rlimit rl;
    size_t cap = 65536;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < cap)
        cap = (size_t)rl.rlim_cur;
    srv->hconns = calloc(cap, sizeof *srv->hconns);
    srv->hconns_cap = srv->hconns != NULL ? cap : 0;
    srv->http = evhttp_new(srv->base);
    if (srv->http == NULL) {
        evconnlistener_free(lev);
        return ERR_NOMEM;
    }
    evhttp_set_max_headers_size(srv->http, LIMIT_HTTP_HEADERS);
    evhttp_set_max_body_size(srv->http, LIMIT_HTTP_BODY);
    evhttp_set_timeout(srv->http, (int)srv->set->idle_timeout);
    /* Let every method through so that we answer 405, not libevent 501. */
    evhttp_set_allowed_methods(
        srv->http, EVHTTP_REQ_GET | EVHTTP_REQ_HEAD | EVHTTP_REQ_POST |
                       EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE | EVHTTP_REQ_OPTIONS |
                       EVHTTP_REQ_PATCH | EVHTTP_REQ_TRACE |
                       EVHTTP_REQ_CONNECT);
    evhttp_set_bevcb(srv->http, bevcb, srv);
    evhttp_set_gencb(srv->http, gencb, srv);
    srv->http_sock = evhttp_bind_listener(srv->http, lev);
    if (srv->http_sock == NULL) {
        evconnlistener_free(lev);
        return ERR_IO;
    }
    return ERR_OK;
}

void http_unbind(struct server *srv)
{
    if (srv->http != NULL && srv->http_sock != NULL) {
        evhttp_del_accept_socket(srv->http, srv->http_sock);
        srv->http_sock = NULL;
    }
}

void http_stop(struct server *srv)
{
    http_unbind(srv);
    if (srv->http != NULL) {
        evhttp_free(srv->http); /* each connection's close callback runs */
        srv->http = NULL;
    }
    free(srv->hconns);
    srv->hconns = NULL;
    srv->hconns_cap = 0;
}
