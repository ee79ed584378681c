/* SPDX-License-Identifier: GPL-2.0-or-later */
/* conn.c - one line-protocol connection: read a line, run it (inline or
 * in a worker), write the reply, repeat. An explicit state machine driven
 * by conn_step(); libevent callbacks only feed it. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>

#include "core/log.h"
#include "limits.h"
#include "req.h"
#include "server.h"

enum conn_state {
    CONN_READ,    /* wait for a complete request line */
    CONN_RUN,     /* run the line held in c->line */
    CONN_WAIT,    /* a worker has the request; conn_req_done() resumes */
    CONN_FLUSH,   /* too much output queued: wait for the peer to read */
    CONN_CLOSING, /* write what is queued, then shut our side */
    CONN_LINGER,  /* discard what the peer still sends, then close */
};

struct conn {
    TAILQ_ENTRY(conn) link;
    struct server *srv;
    struct bufferevent *bev;
    struct event *resume;   /* continue after yielding the loop */
    struct event *deadline; /* a started request line must end in time */
    enum conn_state state;
    int deadline_armed;
    int eof;         /* the peer shut its side: answer what is read, but drop a
                        request waiting for a worker; then close */
    unsigned budget; /* requests left in this loop turn */
    size_t lingered; /* bytes discarded while lingering */
    struct req *req; /* in flight while CONN_WAIT */
    char *line;      /* the request being run (CONN_RUN) */
    size_t line_len;
    char peer[64];
};

static void conn_step(struct conn *c);

const char *conn_peer(const struct conn *c)
{
    return c->peer;
}

struct server *conn_server(const struct conn *c)
{
    return c->srv;
}

static void conn_free(struct conn *c)
{
    struct server *srv = c->srv;
    TAILQ_REMOVE(&srv->conns, c, link);
    if (c->req != NULL)
        req_cancel(c->req); /* nobody to answer: drop or stop it */
    event_free(c->resume);
    event_free(c->deadline);
    bufferevent_free(c->bev);
    free(c->line);
    log_msg(LOG_DEBUG, "conn", "closed: peer=<%s>", c->peer);
    free(c);
    srv->nline--;
    listen_conn_close(srv);
    server_maybe_exit(srv);
}

static size_t out_len(const struct conn *c)
{
    return evbuffer_get_length(bufferevent_get_output(c->bev));
}

void conn_reply_ok(struct conn *c, const char *json, size_t len)
{
    struct evbuffer *out = bufferevent_get_output(c->bev);
    evbuffer_add_printf(out, "OK %zu\n", len);
    evbuffer_add(out, json, len);
    evbuffer_add(out, "\n", 1);
}

void conn_reply_err(struct conn *c, int code, const char *msg)
{
    struct buf b;
    buf_init(&b);
    if (proto_reply_err(&b, (enum proto_code)code, msg) == ERR_OK)
        bufferevent_write(c->bev, b.data, b.len);
    buf_fini(&b);
    c->srv->stats.errors++;
    if (code == PROTO_BUSY)
        c->srv->stats.busy++;
}

/* Take one complete line from the input into c->line. 1: a line, 0: need
 * more bytes, -1: the line is longer than the limit. */
static int conn_take_line(struct conn *c)
{
    struct evbuffer *in = bufferevent_get_input(c->bev);
    size_t eol_len = 0;
    struct evbuffer_ptr p =
        evbuffer_search_eol(in, NULL, &eol_len, EVBUFFER_EOL_LF);
    if (p.pos < 0)
        return evbuffer_get_length(in) > LIMIT_LINE_BYTES + 1 ? -1 : 0;
    size_t n = (size_t)p.pos;
    if (n > LIMIT_LINE_BYTES + 1) /* + 1 for a "\r" */
        return -1;
    free(c->line);
    c->line = malloc(n + 1);
    if (c->line == NULL)
        return -1;
    evbuffer_remove(in, c->line, n);
    evbuffer_drain(in, eol_len);
    if (n > 0 && c->line[n - 1] == '\r')
        n--;
    c->line[n] = '\0';
    c->line_len = n;
    return 1;
}

static void deadline_set(struct conn *c, int on)
{
    if (on && !c->deadline_armed) {
        struct timeval tv = {(time_t)c->srv->set->idle_timeout, 0};
        evtimer_add(c->deadline, &tv);
    } else if (!on && c->deadline_armed) {
        evtimer_del(c->deadline);
    }
    c->deadline_armed = on;
}

/* Close after a last error reply. */
static void conn_fail(struct conn *c, int code, const char *msg)
{
    conn_reply_err(c, code, msg);
    c->state = CONN_CLOSING;
}

/* Each state's step returns 1 to step on, 0 to wait for an event (c
 * may then be freed). */

/* CONN_READ: the next request line, or wait for its bytes. */
static int step_read(struct conn *c)
{
    if (out_len(c) > LIMIT_OUTPUT_BYTES) {
        c->state = CONN_FLUSH;
        return 1;
    }
    if (c->budget == 0) { /* let other connections have a turn */
        event_active(c->resume, EV_TIMEOUT, 1);
        return 0;
    }
    int got = conn_take_line(c);
    if (got < 0) {
        conn_fail(c, PROTO_TOO_LARGE, "request line longer than 8192 bytes");
        return 1;
    }
    if (got > 0) {
        deadline_set(c, 0);
        c->state = CONN_RUN;
        return 1;
    }
    if (c->eof || c->srv->stopping) {
        c->state = CONN_CLOSING;
        return 1;
    }
    size_t pending = evbuffer_get_length(bufferevent_get_input(c->bev));
    deadline_set(c, pending > 0);
    return 0; /* wait for more bytes */
}

/* CONN_RUN: the request line read, answered now or by a worker. */
static int step_run(struct conn *c)
{
    c->budget--;
    switch (cmd_run(c, c->line, c->line_len)) {
    case CMD_DONE:
        c->state = CONN_READ;
        break;
    case CMD_WAIT:
        c->state = CONN_WAIT;
        break;
    case CMD_CLOSE:
        c->state = CONN_CLOSING;
        break;
    }
    free(c->line);
    c->line = NULL;
    return 1;
}

/* CONN_CLOSING: the last replies written, then our side shut. */
static int step_closing(struct conn *c)
{
    deadline_set(c, 0);
    if (out_len(c) > 0) {
        bufferevent_disable(c->bev, EV_READ);
        return 0; /* the write callback steps once drained */
    }
    /* Closing with unread input would reset the connection and could
     * destroy our last reply before the peer reads it: shut our side
     * and discard its bytes for a moment first. */
    shutdown(bufferevent_getfd(c->bev), SHUT_WR);
    c->state = CONN_LINGER;
    if (c->eof) {
        conn_free(c);
        return 0;
    }
    bufferevent_setwatermark(c->bev, EV_READ, 0, 0);
    bufferevent_enable(c->bev, EV_READ);
    struct timeval tv = {0, LIMIT_LINGER_MS * 1000};
    evtimer_add(c->deadline, &tv);
    c->deadline_armed = 1;
    return 1;
}

/* CONN_LINGER: the peer's last bytes discarded until it closes. */
static int step_linger(struct conn *c)
{
    struct evbuffer *in = bufferevent_get_input(c->bev);
    c->lingered += evbuffer_get_length(in);
    evbuffer_drain(in, evbuffer_get_length(in));
    if (c->eof || c->lingered > LIMIT_LINGER_BYTES)
        conn_free(c);
    return 0;
}

static void conn_step(struct conn *c)
{
    int on = 1;
    while (on) {
        switch (c->state) {
        case CONN_READ:
            on = step_read(c);
            break;
        case CONN_RUN:
            on = step_run(c);
            break;
        case CONN_WAIT:
            /* The peer ended its side: closed, or only shut down
             * writing - TCP cannot tell which. Running a costly search
             * for a client that has gone lets a crowd of them starve
             * everyone (300 clients each sending one and closing), so
             * its end means it gave up (as nginx and redis take it). */
            if (c->eof)
                conn_free(c);
            return; /* else conn_req_done() moves on */
        case CONN_FLUSH:
            if (out_len(c) > LIMIT_OUTPUT_BYTES / 2)
                return; /* the write callback steps again */
            c->state = CONN_READ;
            break;
        case CONN_CLOSING:
            on = step_closing(c);
            break;
        case CONN_LINGER:
            on = step_linger(c);
            break;
        }
    }
}

/* The worker's answer arrived (event-loop thread). */
void conn_req_done(struct conn *c, struct req *r)
{
    if (r->code == PROTO_OK)
        conn_reply_ok(c, r->body.data, r->body.len);
    else
        conn_reply_err(c, r->code, r->msg);
    c->req = NULL;
    c->state = CONN_READ; /* when stopping: answer what is buffered, close */
    c->budget = LIMIT_REQS_PER_EVENT;
    conn_step(c);
}

/* For cmd.c: the connection waits for `r`. */
void conn_wait_for(struct conn *c, struct req *r)
{
    c->req = r;
}

static void read_cb(struct bufferevent *bev, void *arg)
{
    struct conn *c = arg;
    (void)bev;
    c->budget = LIMIT_REQS_PER_EVENT;
    conn_step(c);
}

static void write_cb(struct bufferevent *bev, void *arg)
{
    struct conn *c = arg;
    (void)bev;
    if (c->state == CONN_CLOSING || c->state == CONN_FLUSH) {
        c->budget = LIMIT_REQS_PER_EVENT;
        conn_step(c);
    }
}

static void event_cb(struct bufferevent *bev, short what, void *arg)
{
    struct conn *c = arg;
    if (what & BEV_EVENT_ERROR) {
        log_msg(LOG_DEBUG, "conn", "error: peer=<%s> %s", c->peer,
                evutil_socket_error_to_string(EVUTIL_SOCKET_ERROR()));
        conn_free(c);
        return;
    }
    if (what & BEV_EVENT_TIMEOUT) {
        if (what & BEV_EVENT_WRITING) { /* the peer stopped reading */
            log_msg(LOG_DEBUG, "conn", "write timeout: peer=<%s>", c->peer);
            conn_free(c);
            return;
        }
        if (c->state == CONN_WAIT || c->state == CONN_FLUSH) {
            /* We are the slow side, not the peer. */
            bufferevent_enable(bev, EV_READ);
            return;
        }
        if (c->state == CONN_CLOSING || c->state == CONN_LINGER) {
            conn_free(c);
            return;
        }
        conn_fail(c, PROTO_TIMEOUT, "idle too long");
        conn_step(c);
        return;
    }
    if (what & BEV_EVENT_EOF) {
        c->eof = 1;
        c->budget = LIMIT_REQS_PER_EVENT;
        conn_step(c);
    }
}

static void resume_cb(evutil_socket_t fd, short what, void *arg)
{
    struct conn *c = arg;
    (void)fd;
    (void)what;
    c->budget = LIMIT_REQS_PER_EVENT;
    conn_step(c);
}

static void deadline_cb(evutil_socket_t fd, short what, void *arg)
{
    struct conn *c = arg;
    (void)fd;
    (void)what;
    c->deadline_armed = 0;
    if (c->state == CONN_LINGER) {
        conn_free(c);
        return;
    }
    if (c->state != CONN_READ)
        return;
    conn_fail(c, PROTO_TIMEOUT, "request line not finished in time");
    conn_step(c);
}

static void peer_name(const struct sockaddr *sa, char *out, size_t cap)
{
    char host[64] = "?";
    unsigned port = 0;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)sa;
        inet_ntop(AF_INET, &s4->sin_addr, host, sizeof host);
        port = ntohs(s4->sin_port);
        snprintf(out, cap, "%s:%u", host, port);
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)sa;
        inet_ntop(AF_INET6, &s6->sin6_addr, host, sizeof host);
        port = ntohs(s6->sin6_port);
        snprintf(out, cap, "[%s]:%u", host, port);
    } else {
        snprintf(out, cap, "?");
    }
}

void conn_new(struct server *srv, evutil_socket_t fd, const struct sockaddr *sa,
              int salen)
{
    (void)salen;
    struct conn *c = calloc(1, sizeof *c);
    if (c == NULL) {
        evutil_closesocket(fd);
        listen_conn_close(srv);
        return;
    }
    c->srv = srv;
    peer_name(sa, c->peer, sizeof c->peer);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    c->bev = bufferevent_socket_new(srv->base, fd, BEV_OPT_CLOSE_ON_FREE);
    c->resume = event_new(srv->base, -1, 0, resume_cb, c);
    c->deadline = evtimer_new(srv->base, deadline_cb, c);
    TAILQ_INSERT_TAIL(&srv->conns, c, link);
    srv->nline++;
    if (c->bev == NULL || c->resume == NULL || c->deadline == NULL) {
        if (c->bev == NULL)
            evutil_closesocket(fd);
        log_msg(LOG_WARN, "conn", "out of memory: peer=<%s>", c->peer);
        conn_free(c);
        return;
    }
    struct timeval idle = {(time_t)srv->set->idle_timeout, 0};
    bufferevent_set_timeouts(c->bev, &idle, &idle);
    bufferevent_setwatermark(c->bev, EV_READ, 0, LIMIT_INPUT_BYTES);
    bufferevent_setcb(c->bev, read_cb, write_cb, event_cb, c);
    bufferevent_enable(c->bev, EV_READ | EV_WRITE);
    c->state = CONN_READ;
    log_msg(LOG_DEBUG, "conn", "open: peer=<%s>", c->peer);
}

void conn_shutdown_all(struct server *srv)
{
    struct conn *c, *next;
    for (c = TAILQ_FIRST(&srv->conns); c != NULL; c = next) {
        next = TAILQ_NEXT(c, link);
        if (c->state != CONN_READ)
            continue; /* busy ones close after their reply */
        /* Requests the peer sent before the signal may still sit in the
         * kernel: take them in, answer them, then close. */
        struct evbuffer *in = bufferevent_get_input(c->bev);
        size_t have = evbuffer_get_length(in);
        if (have < LIMIT_INPUT_BYTES)
            evbuffer_read(in, bufferevent_getfd(c->bev),
                          (int)(LIMIT_INPUT_BYTES - have));
        c->budget = LIMIT_REQS_PER_EVENT;
        conn_step(c);
    }
}

void conn_free_all(struct server *srv)
{
    while (!TAILQ_EMPTY(&srv->conns))
        conn_free(TAILQ_FIRST(&srv->conns));
}
