/* SPDX-License-Identifier: GPL-2.0-or-later */
/* http.c - HTTP/JSON for web front ends, on libevent's evhttp: routes,
 * status codes, headers (CORS only when configured), the same JSON
 * bodies as the line protocol, and the built-in search page. */
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/keyvalq_struct.h>

#include "httpconn.h"
#include "httpq.h"
#include "httpwire.h"
#include "limits.h"
#include "page.h"
#include "req.h"
#include "server.h"
#include "snap.h"
#include "work.h"

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
    httpconn_done(r);
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
    httpconn_running(srv, req, r);
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

/* /health and /stats: the server's own JSON, made by `fn`. */
static void route_json(struct server *srv, struct evhttp_request *req,
                       int (*fn)(struct server *, struct buf *))
{
    struct buf b;
    buf_init(&b);
    if (fn(srv, &b) == ERR_OK)
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

/* Answer a request that is not to be served (shutting down, framing a
 * smuggled request could hide in, too many connections): 1 if answered. */
static int refused(struct server *srv, struct evhttp_request *req)
{
    if (srv->stopping) {
        send_code(srv, req, PROTO_BUSY, "server is shutting down");
        return 1;
    }
    const char *framing = httpwire_check(req);
    if (framing != NULL) { /* what follows may be a smuggled request */
        evhttp_add_header(evhttp_request_get_output_headers(req), "Connection",
                          "close");
        send_error(srv, req, PROTO_BAD_REQUEST, 400, framing);
        return 1;
    }
    if (srv->nconns > srv->set->max_connections) {
        srv->stats.conns_refused++;
        send_code(srv, req, PROTO_BUSY, "too many connections");
        return 1;
    }
    return 0;
}

static void gencb(struct evhttp_request *req, void *arg)
{
    struct server *srv = arg;
    httpconn_served(srv, req);
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    struct bufferevent *bev =
        evcon != NULL ? evhttp_connection_get_bufferevent(evcon) : NULL;
    if (bev != NULL) {
        int one = 1;
        setsockopt(bufferevent_getfd(bev), IPPROTO_TCP, TCP_NODELAY, &one,
                   sizeof one);
    }
    if (refused(srv, req))
        return;
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
        route_json(srv, req, cmd_health_json);
        break;
    case HTTPQ_STATS:
        route_json(srv, req, cmd_stats_json);
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

int http_start(struct server *srv, struct evconnlistener *lev)
{
    httpconn_init(srv);
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
    evhttp_set_bevcb(srv->http, httpconn_bevcb, srv);
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
    httpconn_fini(srv);
}
