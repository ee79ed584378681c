/* SPDX-License-Identifier: GPL-2.0-or-later */
/* req.c - request life cycle: created by a connection, run by a worker,
 * completed and freed in the event loop. */
#include "req.h"

#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "server.h"
#include "work.h"
#include "worker.h"

/* Runs in the event-loop thread once a worker activated done_ev. */
static void req_done_cb(evutil_socket_t fd, short what, void *arg)
{
    struct req *r = arg;
    struct server *srv = r->srv;
    (void)fd;
    (void)what;
    srv->inflight--;
    /* Errors are counted where they are written (conn.c, http.c). */
    if (r->cancelled) { /* nobody waits for it: neither counted nor logged */
        srv->stats.dropped_abandoned++;
    } else {
        if (r->timed_out || r->code == PROTO_TIMEOUT)
            srv->stats.timed_out++;
        if (r->code == PROTO_OK && r->kind == REQ_SEARCH) {
            srv->stats.searches++;
            srv->stats.search_ms_total += r->ms;
        } else if (r->code == PROTO_OK && r->kind == REQ_ITEM) {
            srv->stats.items++;
        }
        qlog_write(srv, r);
    }
    metrics_count(srv, r);
    if (r->via == REQ_VIA_HTTP)
        http_req_done(r);
    else if (r->owner != NULL)
        conn_req_done(r->owner, r);
    req_free(r);
    server_maybe_exit(srv);
}

struct req *req_new(struct server *srv, enum req_kind kind, enum req_via via,
                    const char *peer, void *owner)
{
    struct req *r = calloc(1, sizeof *r);
    if (r == NULL)
        return NULL;
    r->kind = kind;
    r->via = via;
    r->srv = srv;
    r->owner = owner;
    r->t0 = server_now_ms();
    r->deadline.cancel = &r->cancelled;
    if (srv->set->query_timeout > 0)
        r->deadline.at_ms = r->t0 + srv->set->query_timeout * 1000.0;
    proto_search_init(&r->search);
    buf_init(&r->body);
    snprintf(r->peer, sizeof r->peer, "%s", peer);
    r->done_ev = event_new(srv->base, -1, 0, req_done_cb, r);
    if (r->done_ev == NULL) {
        free(r);
        return NULL;
    }
    return r;
}

void req_free(struct req *r)
{
    if (r == NULL)
        return;
    proto_search_fini(&r->search);
    free(r->id);
    if (r->work != NULL)
        proto_work_fini(r->work);
    free(r->work);
    free(r->exclude_file);
    xstream_free(r->stream);
    buf_fini(&r->body);
    if (r->done_ev != NULL)
        event_free(r->done_ev);
    free(r);
}

int req_submit(struct req *r, struct err *e)
{
    struct server *srv = r->srv;
    if (srv->stopping)
        return err_set(e, ERR_LIMIT, "server is shutting down");
    if (pool_submit(srv->pool, r, e) != ERR_OK) {
        /* Refused for load: worth a query-log line too. */
        r->code = PROTO_BUSY;
        r->ms = server_now_ms() - r->t0;
        qlog_write(srv, r);
        metrics_count(srv, r);
        return ERR_LIMIT;
    }
    srv->inflight++;
    return ERR_OK;
}

void req_cancel(struct req *r)
{
    if (r->via == REQ_VIA_LINE)
        r->owner = NULL;
    pool_cancel(r->srv->pool, r);
}

void req_fail(struct req *r, enum proto_code code, const char *msg)
{
    r->code = code;
    snprintf(r->msg, sizeof r->msg, "%s", msg);
    buf_reset(&r->body);
}
