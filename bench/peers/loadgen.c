/* SPDX-License-Identifier: GPL-2.0-or-later */
/* loadgen.c - closed-loop load driver for the benchmark: N client threads,
 * one connection each, replaying a file of requests against a daemon on
 * 127.0.0.1 in Referat's line protocol or HTTP/1.1, MySQL's (SphinxQL) or
 * PostgreSQL's simple-query protocol, and printing latency percentiles and
 * queries/s as one JSON line. C so that the client is not the bottleneck. */
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

#define REQ_MAX        100000     /* requests in the file */
#define LINE_MAX_BYTES 65536      /* bytes of one request */
#define REPLY_MAX      (64 << 20) /* bytes of one reply */
#define CLIENTS_MAX    256
#define DURATION_MAX   600.0 /* seconds of one run */
#define SAMPLES_MAX    2000000
#define RECONNECTS_MAX 50

enum proto {
    P_REFERAT,
    P_HTTP,
    P_MYSQL,
    P_PG
};

struct opts {
    enum proto proto;
    const char *host, *user, *db, *requests, *rows_out;
    int port, clients, passes, warmup;
    double duration;
    long max_requests;
};

struct conn {
    int fd;
    unsigned char *buf; /* received bytes [start, end) */
    size_t start, end, cap;
};

struct worker {
    pthread_t tid;
    const struct opts *o;
    int index;
    long done, errors, reconnects;
    double *lat; /* milliseconds */
    long nlat, caplat;
    int *rows; /* rows of each request, latency mode only */
};

static char **reqs;
static pthread_mutex_t err_lock = PTHREAD_MUTEX_INITIALIZER;
static int err_printed;

/* Print the first few error replies, so a failing run says why. */
static void report_error(const char *what, const void *msg, size_t n)
{
    pthread_mutex_lock(&err_lock);
    if (err_printed++ < 5)
        fprintf(stderr, "loadgen: %s: %.*s\n", what, (int)(n > 300 ? 300 : n),
                (const char *)msg);
    pthread_mutex_unlock(&err_lock);
}

static size_t *req_len;
static long nreqs;
static volatile int stop_flag;
static pthread_barrier_t start_barrier;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
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

static int conn_open(struct conn *c, const struct opts *o)
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

static void conn_close(struct conn *c)
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

static int referat_query(struct conn *c, const char *req, size_t len, int *rows)
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
static int http_query(struct conn *c, const char *req, size_t len, int *rows)
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

static int my_handshake(struct conn *c, const struct opts *o)
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

static int my_query(struct conn *c, const char *req, size_t len, int *rows)
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

static int pg_startup(struct conn *c, const struct opts *o)
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

static int pg_query(struct conn *c, const char *req, size_t len, int *rows)
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

/* ---- the clients -------------------------------------------------------- */

static int connect_proto(struct conn *c, const struct opts *o)
{
    if (conn_open(c, o) != 0)
        return -1;
    int rc = 0;
    if (o->proto == P_MYSQL)
        rc = my_handshake(c, o);
    else if (o->proto == P_PG)
        rc = pg_startup(c, o);
    if (rc != 0)
        conn_close(c);
    return rc;
}

static int run_one(struct conn *c, const struct opts *o, long i, int *rows)
{
    const char *r = reqs[i];
    size_t n = req_len[i];
    switch (o->proto) {
    case P_REFERAT:
        return referat_query(c, r, n, rows);
    case P_HTTP:
        return http_query(c, r, n, rows);
    case P_MYSQL:
        return my_query(c, r, n, rows);
    case P_PG:
        return pg_query(c, r, n, rows);
    }
    return -1;
}

static void record(struct worker *w, double ms)
{
    if (w->nlat < w->caplat)
        w->lat[w->nlat++] = ms;
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    const struct opts *o = w->o;
    struct conn c = {.fd = -1};
    int ok = 0;
    for (int tries = 0; tries < 5 && !ok; tries++) {
        if (tries > 0) /* a full listen backlog: wait a little, retry */
            nanosleep(&(struct timespec){0, 50000000L * tries}, NULL);
        ok = connect_proto(&c, o) == 0;
    }
    pthread_barrier_wait(&start_barrier);
    if (!ok) {
        report_error("connection", "connect failed", 14);
        w->errors++;
        free(c.buf);
        return NULL;
    }
    if (o->duration <= 0) { /* latency mode: passes over the file */
        for (int pass = 0; pass < o->warmup + o->passes; pass++)
            for (long i = 0; i < nreqs; i++) {
                int rows = 0;
                double t0 = now_ms();
                int rc = run_one(&c, o, i, &rows);
                double ms = now_ms() - t0;
                if (rc < 0) {
                    w->errors++;
                    conn_close(&c);
                    if (++w->reconnects > RECONNECTS_MAX ||
                        connect_proto(&c, o) != 0)
                        goto out;
                    continue;
                }
                if (rc > 0)
                    w->errors++;
                if (pass >= o->warmup) {
                    record(w, ms);
                    w->done++;
                    if (w->rows != NULL)
                        w->rows[i] = rows;
                }
            }
        goto out;
    }
    double end = now_ms() + o->duration * 1000.0;
    long i = (long)((double)w->index * nreqs / o->clients) % nreqs;
    while (!stop_flag) {
        int rows = 0;
        double t0 = now_ms();
        if (t0 >= end)
            break;
        int rc = run_one(&c, o, i, &rows);
        double t1 = now_ms();
        if (rc < 0) {
            report_error("connection", "lost, reconnecting", 18);
            w->errors++;
            conn_close(&c);
            if (++w->reconnects > RECONNECTS_MAX || connect_proto(&c, o) != 0)
                break;
            continue;
        }
        if (rc > 0)
            w->errors++;
        if (t1 <= end) {
            w->done++;
            record(w, t1 - t0);
        }
        i = (i + 1) % nreqs;
        if (o->max_requests > 0 && w->done >= o->max_requests / o->clients)
            break;
    }
out:
    conn_close(&c);
    free(c.buf);
    return NULL;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(const double *v, long n, double p)
{
    if (n == 0)
        return 0;
    long k = (long)(p / 100.0 * (double)(n - 1) + 0.5);
    return v[k < n ? k : n - 1];
}

static int load_requests(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "loadgen: open <%s>: %s\n", path, strerror(errno));
        return -1;
    }
    reqs = calloc(REQ_MAX, sizeof *reqs);
    req_len = calloc(REQ_MAX, sizeof *req_len);
    char *line = malloc(LINE_MAX_BYTES + 2);
    if (reqs == NULL || req_len == NULL || line == NULL) {
        fclose(f);
        return -1;
    }
    while (nreqs < REQ_MAX && fgets(line, LINE_MAX_BYTES + 2, f) != NULL) {
        size_t n = strlen(line);
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = '\0';
        else if (n > LINE_MAX_BYTES) {
            fprintf(stderr, "loadgen: request %ld too long\n", nreqs + 1);
            break;
        }
        if (n == 0)
            continue;
        reqs[nreqs] = strdup(line);
        req_len[nreqs] = n;
        if (reqs[nreqs] == NULL)
            break;
        nreqs++;
    }
    free(line);
    fclose(f);
    return nreqs > 0 ? 0 : -1;
}

static void usage(void)
{
    fprintf(stderr,
            "usage: loadgen --proto referat|http|mysql|pg --port N --requests "
            "FILE\n"
            "  [--host 127.0.0.1] [--clients 1] [--duration S | --passes K "
            "[--warmup W]]\n"
            "  [--max-requests N] [--user U] [--db D] [--rows-out FILE]\n"
            "Latency mode (no --duration): one client runs the file W+K "
            "times, timing the last K.\n"
            "Throughput mode: --clients N for S seconds (at most %.0f).\n",
            DURATION_MAX);
}

static int parse_args(int argc, char **argv, struct opts *o)
{
    *o = (struct opts){.host = "127.0.0.1",
                       .user = "bench",
                       .db = "bench",
                       .clients = 1,
                       .passes = 3,
                       .warmup = 1};
    const char *proto = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (v == NULL)
            return -1;
        i++;
        if (strcmp(a, "--proto") == 0)
            proto = v;
        else if (strcmp(a, "--host") == 0)
            o->host = v;
        else if (strcmp(a, "--port") == 0)
            o->port = atoi(v);
        else if (strcmp(a, "--requests") == 0)
            o->requests = v;
        else if (strcmp(a, "--clients") == 0)
            o->clients = atoi(v);
        else if (strcmp(a, "--duration") == 0)
            o->duration = atof(v);
        else if (strcmp(a, "--passes") == 0)
            o->passes = atoi(v);
        else if (strcmp(a, "--warmup") == 0)
            o->warmup = atoi(v);
        else if (strcmp(a, "--max-requests") == 0)
            o->max_requests = atol(v);
        else if (strcmp(a, "--user") == 0)
            o->user = v;
        else if (strcmp(a, "--db") == 0)
            o->db = v;
        else if (strcmp(a, "--rows-out") == 0)
            o->rows_out = v;
        else
            return -1;
    }
    if (proto == NULL || o->requests == NULL || o->port <= 0 ||
        o->port > 65535 || o->clients < 1 || o->clients > CLIENTS_MAX ||
        o->duration < 0 || o->duration > DURATION_MAX || o->passes < 1 ||
        o->passes > 100 || o->warmup < 0 || o->warmup > 10)
        return -1;
    if (strcmp(proto, "referat") == 0)
        o->proto = P_REFERAT;
    else if (strcmp(proto, "http") == 0)
        o->proto = P_HTTP;
    else if (strcmp(proto, "mysql") == 0)
        o->proto = P_MYSQL;
    else if (strcmp(proto, "pg") == 0)
        o->proto = P_PG;
    else
        return -1;
    if (strcmp(o->host, "127.0.0.1") != 0 && strcmp(o->host, "::1") != 0 &&
        strncmp(o->host, "127.", 4) != 0)
        return -1; /* loopback only */
    return 0;
}

int main(int argc, char **argv)
{
    struct opts o;
    if (parse_args(argc, argv, &o) != 0) {
        usage();
        return 2;
    }
    if (load_requests(o.requests) != 0) {
        fprintf(stderr, "loadgen: no requests in <%s>\n", o.requests);
        return 1;
    }
    int latency_mode = o.duration <= 0;
    if (latency_mode)
        o.clients = 1;
    struct worker *ws = calloc((size_t)o.clients, sizeof *ws);
    if (ws == NULL)
        return 1;
    long caplat = latency_mode ? nreqs * o.passes : SAMPLES_MAX / o.clients;
    for (int i = 0; i < o.clients; i++) {
        ws[i].o = &o;
        ws[i].index = i;
        ws[i].caplat = caplat;
        ws[i].lat = malloc(sizeof(double) * (size_t)caplat);
        if (ws[i].lat == NULL)
            return 1;
        if (latency_mode)
            ws[i].rows = calloc((size_t)nreqs, sizeof(int));
    }
    pthread_barrier_init(&start_barrier, NULL, (unsigned)o.clients + 1);
    for (int i = 0; i < o.clients; i++)
        if (pthread_create(&ws[i].tid, NULL, worker_main, &ws[i]) != 0) {
            fprintf(stderr, "loadgen: cannot start thread %d\n", i);
            return 1;
        }
    pthread_barrier_wait(&start_barrier);
    double t0 = now_ms();
    for (int i = 0; i < o.clients; i++)
        pthread_join(ws[i].tid, NULL);
    double wall = (now_ms() - t0) / 1000.0;

    long done = 0, errors = 0, n = 0;
    for (int i = 0; i < o.clients; i++) {
        done += ws[i].done;
        errors += ws[i].errors;
        n += ws[i].nlat;
    }
    double *all = malloc(sizeof(double) * (size_t)(n > 0 ? n : 1));
    if (all == NULL)
        return 1;
    long k = 0;
    double sum = 0;
    for (int i = 0; i < o.clients; i++)
        for (long j = 0; j < ws[i].nlat; j++) {
            all[k++] = ws[i].lat[j];
            sum += ws[i].lat[j];
        }
    qsort(all, (size_t)n, sizeof *all, cmp_double);
    double secs = latency_mode ? sum / 1000.0 : o.duration;
    if (!latency_mode && wall < secs)
        secs = wall; /* stopped early (max-requests) */
    printf("{\"clients\":%d,\"requests\":%ld,\"errors\":%ld,\"seconds\":%.3f,"
           "\"qps\":%.1f,\"p50_ms\":%.3f,\"p90_ms\":%.3f,\"p99_ms\":%.3f,"
           "\"mean_ms\":%.3f,\"max_ms\":%.3f}\n",
           o.clients, done, errors, secs, secs > 0 ? done / secs : 0.0,
           pct(all, n, 50), pct(all, n, 90), pct(all, n, 99), n ? sum / n : 0.0,
           n ? all[n - 1] : 0.0);
    if (latency_mode && o.rows_out != NULL) {
        FILE *f = fopen(o.rows_out, "w");
        if (f != NULL) {
            for (long i = 0; i < nreqs; i++)
                fprintf(f, "%d\n", ws[0].rows[i]);
            fclose(f);
        }
    }
    for (int i = 0; i < o.clients; i++) {
        free(ws[i].lat);
        free(ws[i].rows);
    }
    free(ws);
    free(all);
    for (long i = 0; i < nreqs; i++)
        free(reqs[i]);
    free(reqs);
    free(req_len);
    return errors > 0 && done == 0 ? 1 : 0;
}
