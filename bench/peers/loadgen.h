/* SPDX-License-Identifier: GPL-2.0-or-later */
/* loadgen.h - what loadgen.c (the driver: clients, timing, report) and
 * loadgen_proto.c (one connection and the four protocols it speaks)
 * share. */
#ifndef REFERAT_BENCH_LOADGEN_H
#define REFERAT_BENCH_LOADGEN_H

#include <stddef.h>

#define REPLY_MAX (64 << 20) /* bytes of one reply */

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

/* Print the first few error replies, so a failing run says why. */
void report_error(const char *what, const void *msg, size_t n);

/* Connect to o->host:o->port (TCP_NODELAY); 0 or -1. */
int conn_open(struct conn *c, const struct opts *o);
void conn_close(struct conn *c);
/* One request of each protocol: 0 with *rows (the hits or rows the reply
 * holds), or -1 (an error reply or a broken connection). */
int referat_query(struct conn *c, const char *req, size_t len, int *rows);
int http_query(struct conn *c, const char *req, size_t len, int *rows);
int my_handshake(struct conn *c, const struct opts *o);
int my_query(struct conn *c, const char *req, size_t len, int *rows);
int pg_startup(struct conn *c, const struct opts *o);
int pg_query(struct conn *c, const char *req, size_t len, int *rows);

#endif
