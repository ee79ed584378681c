/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpconn.c - HTTP connections: counted, refused past
 * --max-connections, closed when idle past --idle-timeout, and the
 * request at a worker watched for its client leaving. */
#include "httpconn.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include "core/log.h"
#include "httpwire.h"
#include "limits.h"

/* One HTTP connection as we track it: counted, with a request deadline
 * (see httpconn_bevcb() below). Found by descriptor from a request. */
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

/* Count HTTP connections and bound how long one may take per request.
 * evhttp has no hook for a new or a closed connection, only a close
 * callback on a connection object we never see created. So httpconn_bevcb()
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

struct bufferevent *httpconn_bevcb(struct event_base *base, void *arg)
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

void httpconn_init(struct server *srv)
{
    struct rlimit rl;
    size_t cap = 65536;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < cap)
        cap = (size_t)rl.rlim_cur;
    srv->hconns = calloc(cap, sizeof *srv->hconns);
    srv->hconns_cap = srv->hconns != NULL ? cap : 0;
}

void httpconn_fini(struct server *srv)
{
    free(srv->hconns);
    srv->hconns = NULL;
    srv->hconns_cap = 0;
}

void httpconn_served(struct server *srv, struct evhttp_request *req)
{
    struct hconn *h = hconn_of(srv, req);
    if (h != NULL)
        h->served++;
}

void httpconn_running(struct server *srv, struct evhttp_request *req,
                      struct req *r)
{
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

void httpconn_done(struct req *r)
{
    struct hconn *h = hconn_of(r->srv, r->owner);
    if (h != NULL && h->inflight > 0)
        h->inflight--;
    if (h != NULL && h->req == r) {
        h->req = NULL;
        event_del(h->watch);
    }
}
