/* SPDX-License-Identifier: GPL-2.0-or-later */
/* export.c - EXPORT: every matching item as CSV (RFC 4180), JSON lines
 * or JSON rows. Over HTTP the whole set is streamed with chunked
 * transfer; over the line protocol (one framed reply per request) a page
 * of up to PROTO_EXPORT_PAGE_MAX rows, with `next` for the following one.
 *
 * Memory: the match list (docid and score, 32 bytes a match: 3.2 MB for
 * 100,000) is held while the rows are written; rows go out in batches of
 * XSTREAM_BATCH bytes, and the worker writes the next batch only once
 * the previous one has left for the socket (evhttp's write callback), so
 * a slow reader costs one batch, not the export. A reader that takes no
 * batch for --idle-timeout seconds, or goes away, ends the export.
 *
 * Threads: the worker fills `batch` and activates `ev`; the event loop
 * (ev_cb) hands it to evhttp and, when it is written (written_cb), lets
 * the worker go on. The mutex guards batch, ready, busy and gone. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/keyvalq_struct.h>

#include "limits.h"
#include "req.h"
#include "server.h"
#include "snap.h"
#include "work.h"
#include "xap/schema.h"

#define XSTREAM_BATCH  (64 * 1024)
#define XSTREAM_SNDBUF (256 * 1024)

struct xstream {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct event *ev;
    struct evhttp_request *req;
    struct server *srv;
    struct buf batch; /* worker -> loop */
    int ready;        /* batch holds a chunk for the loop */
    int busy;         /* a chunk is being written */
    int started;      /* the reply's head is sent (loop only) */
    int gone;         /* the client cannot be written to: stop */
    const char *ctype;
};

static void written_cb(struct evhttp_connection *evcon, void *arg)
{
    struct xstream *x = arg;
    (void)evcon;
    pthread_mutex_lock(&x->mu);
    x->busy = 0;
    pthread_cond_signal(&x->cv);
    pthread_mutex_unlock(&x->mu);
}

static void start_reply(struct xstream *x)
{
    struct evkeyvalq *h = evhttp_request_get_output_headers(x->req);
    evhttp_add_header(h, "Content-Type", x->ctype);
    evhttp_add_header(h, "Cache-Control", "no-store");
    evhttp_add_header(h, "X-Content-Type-Options", "nosniff");
    if (strncmp(x->ctype, "text/csv", 8) == 0)
        evhttp_add_header(h, "Content-Disposition",
                          "attachment; filename=\"referat-export.csv\"");
    if (x->srv->set->cors != NULL)
        evhttp_add_header(h, "Access-Control-Allow-Origin", x->srv->set->cors);
    evhttp_send_reply_start(x->req, 200, "OK");
    x->started = 1;
}

/* Event loop: a batch is ready. */
static void ev_cb(evutil_socket_t fd, short what, void *arg)
{
    struct xstream *x = arg;
    (void)fd;
    (void)what;
    struct evbuffer *out = evbuffer_new();
    pthread_mutex_lock(&x->mu);
    int have = x->ready;
    if (have && out != NULL && x->batch.len > 0)
        evbuffer_add(out, x->batch.data, x->batch.len);
    buf_reset(&x->batch);
    x->ready = 0;
    int live = evhttp_request_get_connection(x->req) != NULL && !x->gone;
    int head = evhttp_request_get_command(x->req) == EVHTTP_REQ_HEAD;
    /* written_cb follows only when bytes were queued on a live
     * connection (evhttp skips empty chunks and HEAD bodies) */
    x->busy =
        have && live && !head && out != NULL && evbuffer_get_length(out) > 0;
    if (!live)
        x->gone = 1;
    pthread_cond_signal(&x->cv);
    pthread_mutex_unlock(&x->mu);
    if (have && live) {
        if (!x->started)
            start_reply(x);
        if (x->busy)
            evhttp_send_reply_chunk_with_cb(x->req, out, written_cb, x);
    }
    if (out != NULL)
        evbuffer_free(out);
}

int xstream_attach(struct req *r, struct evhttp_request *req)
{
    struct xstream *x = calloc(1, sizeof *x);
    if (x == NULL)
        return ERR_NOMEM;
    pthread_mutex_init(&x->mu, NULL);
    pthread_cond_init(&x->cv, NULL);
    buf_init(&x->batch);
    x->req = req;
    x->srv = r->srv;
    /* a JSON document of every row would be held whole by the reader:
     * format=json streams JSON lines as jsonl does */
    x->ctype = r->work->format == PROTO_FMT_CSV
                   ? "text/csv; charset=utf-8"
                   : "application/x-ndjson; charset=utf-8";
    x->ev = event_new(r->srv->base, -1, 0, ev_cb, x);
    if (x->ev == NULL) {
        xstream_free(x);
        return ERR_NOMEM;
    }
    r->stream = x;
    /* The kernel would otherwise grow the socket's send buffer up to
     * tcp_wmem's 4 MB for a client that reads slowly - most of a large
     * export, per client. A fixed buffer keeps the bound ours. */
    struct evhttp_connection *evcon = evhttp_request_get_connection(req);
    int sndbuf = XSTREAM_SNDBUF;
    if (evcon != NULL)
        setsockopt(bufferevent_getfd(evhttp_connection_get_bufferevent(evcon)),
                   SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
    return ERR_OK;
}

void xstream_free(struct xstream *x)
{
    if (x == NULL)
        return;
    if (x->ev != NULL)
        event_free(x->ev);
    buf_fini(&x->batch);
    pthread_cond_destroy(&x->cv);
    pthread_mutex_destroy(&x->mu);
    free(x);
}

int xstream_started(const struct xstream *x)
{
    return x != NULL && x->started;
}

void xstream_finish(struct req *r)
{
    struct xstream *x = r->stream;
    ev_cb(-1, 0, x); /* a batch not yet taken */
    if (r->code != PROTO_OK && !r->cancelled) {
        /* cut short after the head went out: end the connection without
         * the last chunk, so the client sees the export is incomplete */
        struct evhttp_connection *evcon = evhttp_request_get_connection(x->req);
        if (evcon != NULL)
            shutdown(
                bufferevent_getfd(evhttp_connection_get_bufferevent(evcon)),
                SHUT_RDWR);
    }
    /* frees the request if evhttp already let go of its connection */
    evhttp_send_reply_end(x->req);
}

/* Worker: hand `b` to the loop once the previous batch is written.
 * ERR_TIMEOUT if the client is gone or took nothing for the idle time. */
static int xstream_put(struct req *r, struct buf *b)
{
    struct xstream *x = r->stream;
    double idle_ms = r->srv->set->idle_timeout * 1000.0;
    double t0 = deadline_now_ms();
    pthread_mutex_lock(&x->mu);
    while ((x->ready || x->busy) && !x->gone &&
           !deadline_cancelled(&r->deadline)) {
        if (deadline_now_ms() - t0 > idle_ms ||
            pool_is_stopping(r->srv->pool)) { /* or the daemon stops */
            x->gone = 1;
            break;
        }
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 100 * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&x->cv, &x->mu, &ts);
    }
    int rc = x->gone || deadline_cancelled(&r->deadline) ? ERR_TIMEOUT : ERR_OK;
    if (rc == ERR_OK) {
        rc = buf_append(&x->batch, b->data != NULL ? b->data : "", b->len);
        x->ready = rc == ERR_OK;
    }
    pthread_mutex_unlock(&x->mu);
    buf_reset(b);
    if (rc == ERR_OK)
        event_active(x->ev, EV_READ, 1);
    return rc;
}

/* ---- Rows -------------------------------------------------------------- */

static const char *const row_keys[] = {"id",    "council", "municipality",
                                       "date",  "label",   "title",
                                       "score", "url",     "snippet"};
#define NROW 9
/* stored fields, in row order: authority is the municipality */
static const char *const data_keys[] = {DATA_ID,   DATA_COUNCIL, DATA_AUTHORITY,
                                        DATA_DATE, DATA_LABEL,   DATA_TITLE,
                                        DATA_URL,  DATA_TEXT};
#define NDATA 8

struct rowctx {
    struct work_q *wq;
    struct txt_analyzer an;
    const char *needles[256];
    struct txt_snippet_opts so;
    struct buf f[NDATA], snip;
};

static void rowctx_init(struct rowctx *c, struct work_q *wq)
{
    memset(c, 0, sizeof *c);
    c->wq = wq;
    c->an.stemmer = wq->w->stemmer;
    c->an.lexicon = wq->sn->lexicon;
    c->so.max_bytes = LIMIT_SNIPPET_BYTES;
    c->so.open = "[";
    c->so.close = "]";
    if (wq->q.nhl <= 256) {
        c->so.nneedles = qry_needles(&wq->q, c->needles, 256);
        c->so.needles = c->needles;
    }
    for (size_t i = 0; i < NDATA; i++)
        buf_init(&c->f[i]);
    buf_init(&c->snip);
}

static void rowctx_fini(struct rowctx *c)
{
    for (size_t i = 0; i < NDATA; i++)
        buf_fini(&c->f[i]);
    buf_fini(&c->snip);
}

/* The row of one hit as strings (vals[k], lens[k] in row_keys order). */
static int row_values(struct rowctx *c, const struct xap_hit *h, char *score,
                      const char *vals[NROW], size_t lens[NROW])
{
    char *data = NULL;
    size_t n = 0;
    struct err e;
    err_clear(&e);
    for (size_t i = 0; i < NDATA; i++)
        buf_reset(&c->f[i]);
    buf_reset(&c->snip);
    if (xap_db_get_data_docid(c->wq->w->db, h->docid, &data, &n, &e) ==
        ERR_OK) {
        struct proto_jfield f[NDATA];
        for (size_t i = 0; i < NDATA; i++)
            f[i].key = data_keys[i];
        if (proto_json_scan(data, n, f, NDATA, NULL) == ERR_OK)
            for (size_t i = 0; i < NDATA; i++)
                if (f[i].raw != NULL && f[i].raw[0] == '"')
                    proto_json_unescape(f[i].raw, f[i].raw_len, &c->f[i], NULL);
        free(data);
    }
    const struct buf *t = &c->f[NDATA - 1];
    int rc = txt_snippet(&c->an, t->data != NULL ? t->data : "", t->len,
                         qry_match, &c->wq->q, &c->so, &c->snip);
    snprintf(score, 32, "%.4f", h->score);
    for (size_t i = 0, k = 0; i < NROW; i++) {
        if (i == 6) {
            vals[i] = score;
            lens[i] = strlen(score);
            continue;
        }
        const struct buf *b = i == 8 ? &c->snip : &c->f[k++];
        vals[i] = b->data != NULL ? b->data : "";
        lens[i] = b->len;
    }
    return rc;
}

static int row_csv(struct buf *out, const char *vals[NROW],
                   const size_t lens[NROW])
{
    int rc = ERR_OK;
    for (size_t i = 0; i < NROW && rc == ERR_OK; i++) {
        rc = proto_csv_field(out, vals[i], lens[i]);
        if (rc == ERR_OK)
            rc = buf_puts(out, i + 1 < NROW ? "," : "\r\n");
    }
    return rc;
}

static json_t *row_json(const char *vals[NROW], const size_t lens[NROW],
                        double score)
{
    json_t *o = json_object();
    for (size_t i = 0; o != NULL && i < NROW; i++) {
        json_t *v = i == 6 ? json_real(score) : json_stringn(vals[i], lens[i]);
        if (v == NULL || json_object_set_new(o, row_keys[i], v) != 0) {
            json_decref(o);
            o = NULL;
        }
    }
    return o;
}

static int csv_head(struct buf *out, int bom)
{
    if (bom && buf_puts(out, "\xef\xbb\xbf") != ERR_OK)
        return ERR_NOMEM;
    for (size_t i = 0; i < NROW; i++)
        if (buf_puts(out, row_keys[i]) != ERR_OK ||
            buf_puts(out, i + 1 < NROW ? "," : "\r\n") != ERR_OK)
            return ERR_NOMEM;
    return ERR_OK;
}

/* Rows [from, to) of `res` in the request's format into `out`;
 * streamed in batches when `stream`. */
static int write_rows(struct rowctx *c, const struct xap_results *res,
                      size_t from, size_t to, struct buf *out, json_t *arr,
                      int stream)
{
    struct req *r = c->wq->r;
    int rc = ERR_OK;
    for (size_t i = from; i < to && rc == ERR_OK; i++) {
        const char *vals[NROW];
        size_t lens[NROW];
        char score[32];
        rc = row_values(c, &res->hits[i], score, vals, lens);
        if (rc != ERR_OK)
            break;
        if (r->work->format == PROTO_FMT_CSV) {
            rc = row_csv(out, vals, lens);
        } else {
            json_t *o = row_json(vals, lens, res->hits[i].score);
            if (arr != NULL)
                rc = o != NULL && json_array_append_new(arr, o) == 0
                         ? ERR_OK
                         : ERR_NOMEM;
            else {
                rc = o != NULL ? proto_json_append(o, out, NULL) : ERR_NOMEM;
                json_decref(o);
                if (rc == ERR_OK)
                    rc = buf_putc(out, '\n');
            }
        }
        if (rc == ERR_OK && stream && out->len >= XSTREAM_BATCH)
            rc = xstream_put(r, out);
    }
    return rc;
}

/* HTTP: every row, streamed in batches. */
static void export_stream(struct req *r, struct rowctx *c,
                          const struct xap_results *res, size_t n)
{
    int rc = ERR_OK;
    struct buf out;
    buf_init(&out);
    if (r->work->format == PROTO_FMT_CSV)
        rc = csv_head(&out, r->work->bom);
    if (rc == ERR_OK)
        rc = write_rows(c, res, 0, n, &out, NULL, 1);
    if (rc == ERR_OK) /* the last batch, even empty: it starts the
                         reply of an export without rows */
        rc = xstream_put(r, &out);
    buf_fini(&out);
    if (rc == ERR_TIMEOUT)
        req_fail(r, PROTO_TIMEOUT, "export stopped: the client did not read");
    else if (rc != ERR_OK)
        req_fail(r, PROTO_INTERNAL, "export failed writing rows");
    r->nhits = (uint32_t)n;
}

/* The line protocol: one page of rows (offset, limit) in one answer, with
 * where the next page starts. */
static void export_page(struct req *r, struct rowctx *c,
                        const struct xap_results *res, size_t n)
{
    const struct proto_work *w = r->work;
    int rc = ERR_OK;
    size_t from = w->s.offset < n ? w->s.offset : n;
    size_t to = from + w->s.limit < n ? from + w->s.limit : n;
    struct buf text;
    buf_init(&text);
    json_t *rows = w->format == PROTO_FMT_JSON ? json_array() : NULL;
    if (w->format == PROTO_FMT_CSV && from == 0)
        rc = csv_head(&text, w->bom);
    if (rc == ERR_OK)
        rc = write_rows(c, res, from, to, &text, rows, 0);
    json_t *o = NULL;
    if (rc != ERR_OK)
        json_decref(rows);
    else if (rows != NULL)
        o = json_pack("{s:o}", "rows", rows);
    else
        o = json_pack("{s:s%}", "text", text.data ? text.data : "", text.len);
    if (o != NULL &&
        (json_object_set_new(o, "total", json_integer((json_int_t)n)) ||
         json_object_set_new(o, "offset", json_integer((json_int_t)from)) ||
         json_object_set_new(
             o, "next", to < n ? json_integer((json_int_t)to) : json_null()) ||
         json_object_set_new(o, "timed_out", json_boolean(r->timed_out))))
        rc = ERR_NOMEM;
    if (o == NULL || rc != ERR_OK ||
        proto_json_append(o, &r->body, NULL) != ERR_OK)
        req_fail(r, PROTO_INTERNAL, "out of memory writing the export");
    json_decref(o);
    buf_fini(&text);
    r->nhits = (uint32_t)(to - from);
}

void work_export(struct work_q *wq)
{
    struct req *r = wq->r;
    struct xap_results *res = NULL;
    struct rowctx c;
    struct err e;
    err_clear(&e);
    int rc = work_q_matches(wq, wq->root, 0, 1, 0, &res, &e);
    if (rc != ERR_OK) {
        work_fail(r, rc, &e);
        return;
    }
    if (r->timed_out) { /* a partial export would pass for a whole one */
        xap_results_free(res);
        req_fail(r, PROTO_TIMEOUT,
                 "export: finding the matches took longer than the query "
                 "time limit; narrow the query or raise --query-timeout");
        return;
    }
    rowctx_init(&c, wq);
    size_t n = res != NULL ? res->nhits : 0;
    r->total = (uint32_t)n;
    if (r->stream != NULL)
        export_stream(r, &c, res, n);
    else
        export_page(r, &c, res, n);
    rowctx_fini(&c);
    xap_results_free(res);
}
