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

#define REQ_MAX        100000 /* requests in the file */
#define LINE_MAX_BYTES 65536  /* bytes of one request */
#define CLIENTS_MAX    256
#define DURATION_MAX   600.0 /* seconds of one run */
#define SAMPLES_MAX    2000000
#define RECONNECTS_MAX 50

#include "loadgen.h"

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
