/* SPDX-License-Identifier: GPL-2.0-or-later */
/* net.c - one request/reply exchange with referatd over TCP, blocking,
 * with timeouts, retried once when the connection fails. */
#include <errno.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "client.h"

static int dial(const char *host, const char *port, double timeout_s,
                struct err *e)
{
    struct addrinfo hints, *res = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    int g = getaddrinfo(host, port, &hints, &res);
    if (g != 0) {
        err_set(e, ERR_IO, "cannot resolve <%s>: %s", host, gai_strerror(g));
        return -1;
    }
    int fd = -1, saved = 0;
    for (struct addrinfo *a = res; a != NULL && fd < 0; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd < 0) {
            saved = errno;
            continue;
        }
        struct timeval tv = {
            (time_t)timeout_s,
            (suseconds_t)((timeout_s - (double)(time_t)timeout_s) * 1e6)};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        if (connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            saved = errno;
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(res);
    if (fd < 0)
        err_set(e, ERR_IO, "cannot connect to referatd at %s:%s: %s", host,
                port, strerror(saved));
    return fd;
}

static int send_all(int fd, const char *p, size_t len, struct err *e)
{
    while (len > 0) {
        ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return err_set(e, ERR_IO, "sending the request: %s",
                           strerror(errno));
        p += n;
        len -= (size_t)n;
    }
    return ERR_OK;
}

/* Read until `b` holds `want` bytes or (want == 0) a newline; bounded. */
static int recv_some(int fd, struct buf *b, size_t want, size_t max,
                     struct err *e)
{
    char chunk[16384];
    for (;;) {
        if (want > 0 ? b->len >= want
                     : (b->len > 0 && memchr(b->data, '\n', b->len) != NULL))
            return ERR_OK;
        if (b->len > max)
            return err_set(e, ERR_INVAL, "reply longer than <%zu> bytes", max);
        ssize_t n = recv(fd, chunk, sizeof chunk, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return err_set(e, ERR_IO, "referatd did not answer in time");
        if (n < 0)
            return err_set(e, ERR_IO, "reading the reply: %s", strerror(errno));
        if (n == 0)
            return err_set(e, ERR_IO, "referatd closed the connection");
        if (buf_append(b, chunk, (size_t)n) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory");
    }
}

static int exchange(int fd, const char *request, size_t len,
                    struct proto_reply *r, struct buf *payload, struct err *e)
{
    struct buf in;
    buf_init(&in);
    struct err send_err;
    err_clear(&send_err);
    /* Even if sending fails, the server may have said why before closing
     * (`ERR busy too many connections`): read that first. */
    int sent = send_all(fd, request, len, &send_err);
    int rc = recv_some(fd, &in, 0, 1024, e);
    if (rc != ERR_OK && sent != ERR_OK) {
        *e = send_err;
        rc = ERR_IO;
    }
    if (rc == ERR_OK && in.len >= 5 && memcmp(in.data, "HTTP/", 5) == 0)
        rc = err_set(e, ERR_INVAL,
                     "this port answers HTTP: it is referatd's HTTP port "
                     "(--http, for browsers and curl); referat speaks the "
                     "line protocol (--listen, default port 7700)");
    else if (rc == ERR_OK) {
        char *nl = memchr(in.data, '\n', in.len);
        size_t head = (size_t)(nl - in.data);
        rc = proto_reply_parse(in.data, head, r, e);
        if (rc == ERR_OK && r->ok) {
            size_t want = head + 1 + r->len + 1;
            rc = recv_some(fd, &in, want, PROTO_PAYLOAD_MAX + 1024, e);
            if (rc == ERR_OK)
                rc = buf_append(payload, in.data + head + 1, r->len);
        }
        if (rc != ERR_OK && rc != ERR_IO)
            rc = err_set(e, ERR_INVAL, "garbled reply from referatd");
    }
    buf_fini(&in);
    return rc;
}

int net_request(const char *host, const char *port, double timeout_s,
                const char *request, size_t len, struct proto_reply *r,
                struct buf *payload, struct err *e)
{
    int rc = ERR_IO;
    for (int attempt = 0; attempt < 2; attempt++) {
        if (attempt > 0) { /* the daemon may be restarting */
            struct timespec ts = {0, 300 * 1000000L};
            nanosleep(&ts, NULL);
            buf_reset(payload);
        }
        int fd = dial(host, port, timeout_s, e);
        if (fd < 0)
            continue;
        rc = exchange(fd, request, len, r, payload, e);
        close(fd);
        /* Retry only what may be a restart, not a slow answer or garbage. */
        if (rc != ERR_IO || strstr(e->msg, "in time") != NULL)
            return rc;
    }
    return ERR_IO;
}
