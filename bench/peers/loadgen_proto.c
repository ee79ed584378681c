/* SPDX-License-Identifier: GPL-2.0-or-later */
/* loadgen_proto.c - the load driver's connections: bytes in and out, and
 * requests in Referat's line protocol, HTTP/1.1 with keep-alive, MySQL's
 * (SphinxQL) and PostgreSQL's simple-query protocol. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "loadgen.h"

static pthread_mutex_t err_lock = PTHREAD_MUTEX_INITIALIZER;
static int err_printed;

void report_error(const char *what, const void *msg, size_t n)
{
    pthread_mutex_lock(&err_lock);
    if (err_printed++ < 5)
        fprintf(stderr, "loadgen: %s: %.*s\n", what, (int)(n > 300 ? 300 : n),
                (const char *)msg);
    pthread_mutex_unlock(&err_lock);
}

/* ---- bytes in, bytes out ------------------------------------------------ */

static int send_all(int fd, const void *p, size_t n)
{
    const char *s = p;
    while (n > 0) {
        ssize_t k = send(fd, s, n, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        s += k;
        n -= (size_t)k;
    }
    return 0;
}

/* Make at least `n` bytes available from c->start; 0 or -1. */
static int need(struct conn *c, size_t n)
{
    if (n > REPLY_MAX)
        return -1;
    if (c->end - c->start >= n)
        return 0;
    if (c->start > 0) {
        memmove(c->buf, c->buf + c->start, c->end - c->start);
        c->end -= c->start;
        c->start = 0;
    }
    if (n > c->cap) {
        size_t cap = c->cap;
        while (cap < n)
            cap *= 2;
        unsigned char *b = realloc(c->buf, cap);
        if (b == NULL)
            return -1;
        c->buf = b;
        c->cap = cap;
    }
    while (c->end < n) {
        ssize_t k = recv(c->fd, c->buf + c->end, c->cap - c->end, 0);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        c->end += (size_t)k;
    }
    return 0;
}

/* The next line without its newline; NULL on error. */
static char *read_line(struct conn *c, size_t *len)
{
    size_t scanned = 0;
    for (;;) {
        unsigned char *nl = memchr(c->buf + c->start + scanned, '\n',
                                   c->end - c->start - scanned);
        if (nl != NULL) {
            char *line = (char *)c->buf + c->start;
            *len = (size_t)(nl - (c->buf + c->start));
            c->start += *len + 1;
            return line;
        }
        scanned = c->end - c->start;
        if (need(c, scanned + 1) != 0)
            return NULL;
    }
}

int conn_open(struct conn *c, const struct opts *o)
{
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    if (c->fd < 0)
        return -1;
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)o->port);
    if (inet_pton(AF_INET, o->host, &a.sin_addr) != 1 ||
        connect(c->fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(c->fd);
        c->fd = -1;
        return -1;
    }
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct timeval tv = {30, 0};
    setsockopt(c->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    c->start = c->end = 0;
    if (c->buf == NULL) {
        c->cap = 1 << 16;
        c->buf = malloc(c->cap);
        if (c->buf == NULL)
            return -1;
    }
    return 0;
}

void conn_close(struct conn *c)
{
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
}

/* ---- Referat line protocol ---------------------------------------------- */

/* Count hits: occurrences of "id":" in the reply JSON. */
static int count_ids(const char *p, size_t n)
{
    int k = 0;
    const char *end = p + n;
    while (p < end) {
        const char *q = memmem(p, (size_t)(end - p), "\"id\":\"", 6);
        if (q == NULL)
            break;
        k++;
        p = q + 6;
    }
    return k;
}

int referat_query(struct conn *c, const char *req, size_t len, int *rows)
{
    if (send_all(c->fd, req, len) != 0 || send_all(c->fd, "\n", 1) != 0)
        return -1;
    size_t n;
    char *line = read_line(c, &n);
    if (line == NULL)
        return -1;
    if (n >= 3 && memcmp(line, "OK ", 3) == 0) {
        char num[24];
        size_t k = n - 3 < sizeof num - 1 ? n - 3 : sizeof num - 1;
        memcpy(num, line + 3, k);
        num[k] = '\0';
        char *endp;
        unsigned long long plen = strtoull(num, &endp, 10);
        if (*endp != '\0' || plen > REPLY_MAX || need(c, plen + 1) != 0)
            return -1;
        *rows = count_ids((char *)c->buf + c->start, plen);
        c->start += plen + 1;
        return 0;
    }
    report_error("referat", line, n);
    *rows = -1;
    return 1; /* ERR reply: counted as an error, connection still fine */
}

/* ---- HTTP/1.1 GET with keep-alive (Referat's HTTP API) ------------------ */

/* The request line holds the path and query string. The reply must carry
 * a Content-Length (libevent's evhttp sends one for whole replies). */
int http_query(struct conn *c, const char *req, size_t len, int *rows)
{
    static const char tail[] = " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    if (send_all(c->fd, "GET ", 4) != 0 || send_all(c->fd, req, len) != 0 ||
        send_all(c->fd, tail, sizeof tail - 1) != 0)
        return -1;
    size_t n;
    char *line = read_line(c, &n);
    if (line == NULL || n < 12 || memcmp(line, "HTTP/1.", 7) != 0)
        return -1;
    int status = atoi(line + 9);
    long long clen = -1;
    for (int k = 0; k < 100; k++) { /* headers, bounded */
        line = read_line(c, &n);
        if (line == NULL)
            return -1;
        if (n > 0 && line[n - 1] == '\r')
            n--;
        if (n == 0)
            break;
        if (n > 15 && strncasecmp(line, "Content-Length:", 15) == 0)
            clen = atoll(line + 15);
    }
    if (clen < 0 || clen > REPLY_MAX || need(c, (size_t)clen) != 0)
        return -1;
    if (status != 200) {
        report_error("http", c->buf + c->start, (size_t)clen);
        c->start += (size_t)clen;
        *rows = -1;
        return 1;
    }
    *rows = count_ids((char *)c->buf + c->start, (size_t)clen);
    c->start += (size_t)clen;
    return 0;
}

/* ---- MySQL protocol (SphinxQL) ------------------------------------------ */

/* Read one packet; its payload at *p, length *n. */
static int my_packet(struct conn *c, unsigned char **p, size_t *n)
{
    if (need(c, 4) != 0)
        return -1;
    unsigned char *h = c->buf + c->start;
    size_t len = h[0] | (size_t)h[1] << 8 | (size_t)h[2] << 16;
    if (need(c, 4 + len) != 0)
        return -1;
    *p = c->buf + c->start + 4;
    *n = len;
    c->start += 4 + len;
    return 0;
}

static int my_send(struct conn *c, unsigned seq, const void *p, size_t n)
{
    unsigned char h[4] = {(unsigned char)(n & 0xff),
                          (unsigned char)(n >> 8 & 0xff),
                          (unsigned char)(n >> 16 & 0xff), (unsigned char)seq};
    if (n >= 0xffffff)
        return -1;
    return send_all(c->fd, h, 4) || send_all(c->fd, p, n) ? -1 : 0;
}

int my_handshake(struct conn *c, const struct opts *o)
{
    unsigned char *p;
    size_t n;
    if (my_packet(c, &p, &n) != 0 || n < 1 || p[0] == 0xff)
        return -1;
    unsigned char r[64] = {0};
    uint32_t caps = 0x00000200 | 0x00008000 | 0x00000001; /* 4.1, secure */
    memcpy(r, &caps, 4); /* little-endian machines only (x86) */
    r[4] = 0, r[5] = 0, r[6] = 0, r[7] = 1; /* max packet 16 MB */
    r[8] = 33;                              /* utf8_general_ci */
    size_t k = 32;
    size_t ul = strlen(o->user);
    if (ul > 16)
        ul = 16;
    memcpy(r + k, o->user, ul);
    k += ul + 1; /* NUL */
    r[k++] = 0;  /* no auth data */
    if (my_send(c, 1, r, k) != 0 || my_packet(c, &p, &n) != 0 || n < 1 ||
        p[0] != 0x00)
        return -1;
    return 0;
}

int my_query(struct conn *c, const char *req, size_t len, int *rows)
{
    static __thread unsigned char *qb;
    static __thread size_t qcap;
    if (len + 1 > qcap) {
        free(qb);
        qcap = len + 1;
        qb = malloc(qcap);
        if (qb == NULL)
            return -1;
    }
    qb[0] = 0x03; /* COM_QUERY */
    memcpy(qb + 1, req, len);
    if (my_send(c, 0, qb, len + 1) != 0)
        return -1;
    unsigned char *p;
    size_t n;
    if (my_packet(c, &p, &n) != 0 || n < 1)
        return -1;
    if (p[0] == 0xff) {
        report_error("mysql", p + 3, n - 3);
        *rows = -1;
        return 1;
    }
    if (p[0] == 0x00) {
        *rows = 0;
        return 0;
    }
    int eofs = 0, nrows = 0, err = 0;
    while (eofs < 2) { /* column defs, EOF, rows, EOF */
        if (my_packet(c, &p, &n) != 0)
            return -1;
        if (n >= 1 && p[0] == 0xfe && n < 9)
            eofs++;
        else if (n >= 1 && p[0] == 0xff) {
            report_error("mysql", p + 3, n > 3 ? n - 3 : 0);
            err = 1;
            break;
        } else if (eofs == 1)
            nrows++;
    }
    *rows = err ? -1 : nrows;
    return err;
}

/* ---- PostgreSQL simple query protocol ----------------------------------- */

static int pg_message(struct conn *c, unsigned char *type, unsigned char **p,
                      size_t *n)
{
    if (need(c, 5) != 0)
        return -1;
    unsigned char *h = c->buf + c->start;
    uint32_t len = (uint32_t)h[1] << 24 | (uint32_t)h[2] << 16 |
                   (uint32_t)h[3] << 8 | h[4];
    if (len < 4 || need(c, 1 + (size_t)len) != 0)
        return -1;
    *type = h[0];
    *p = c->buf + c->start + 5;
    *n = len - 4;
    c->start += 1 + (size_t)len;
    return 0;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

/* Read messages up to ReadyForQuery; count DataRows, note errors. */
static int pg_until_ready(struct conn *c, int *rows, int *err)
{
    unsigned char t, *p;
    size_t n;
    *rows = 0;
    *err = 0;
    for (;;) {
        if (pg_message(c, &t, &p, &n) != 0)
            return -1;
        if (t == 'D')
            (*rows)++;
        else if (t == 'E') {
            report_error("pg", p, n);
            *err = 1;
        } else if (t == 'R' && n >= 4 && (p[0] | p[1] | p[2] | p[3]) != 0)
            return -1; /* wants a password: we only speak trust */
        else if (t == 'Z')
            return 0;
    }
}

int pg_startup(struct conn *c, const struct opts *o)
{
    unsigned char m[512];
    size_t k = 8;
    const char *kv[] = {"user", o->user, "database", o->db};
    for (int i = 0; i < 4; i++) {
        size_t l = strlen(kv[i]) + 1;
        if (k + l + 1 > sizeof m)
            return -1;
        memcpy(m + k, kv[i], l);
        k += l;
    }
    m[k++] = 0;
    put32(m, (uint32_t)k);
    put32(m + 4, 196608); /* protocol 3.0 */
    int rows, err;
    if (send_all(c->fd, m, k) != 0 || pg_until_ready(c, &rows, &err) != 0 ||
        err)
        return -1;
    return 0;
}

int pg_query(struct conn *c, const char *req, size_t len, int *rows)
{
    unsigned char h[5] = {'Q'};
    put32(h + 1, (uint32_t)(4 + len + 1));
    if (send_all(c->fd, h, 5) != 0 || send_all(c->fd, req, len) != 0 ||
        send_all(c->fd, "", 1) != 0)
        return -1;
    int err;
    if (pg_until_ready(c, rows, &err) != 0)
        return -1;
    if (err)
        *rows = -1;
    return err;
}
