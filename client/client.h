/* SPDX-License-Identifier: GPL-2.0-or-later */
/* client.h - the pieces of the referat command: one request over the line
 * protocol (net.c), the reply printed for people (show.c) and the argv
 * handling both commands share (args.c). */
#ifndef REFERAT_CLIENT_CLIENT_H
#define REFERAT_CLIENT_CLIENT_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/err.h"
#include "proto/proto.h"

/* Exit status, documented in --help and client/README.md. */
enum client_exit {
    EXIT_HITS = 0,      /* answered, with hits (or the item) */
    EXIT_NO_HITS = 1,   /* answered: no hits, or no such item */
    EXIT_USAGE = 2,     /* bad option, bad query or bad request */
    EXIT_NO_DAEMON = 3, /* cannot reach referatd or the reply broke */
    EXIT_SERVER = 4,    /* referatd busy or failed */
};

/* Send `request` (one line, newline included) to host:port and read one
 * reply: *r is its head; on OK, `payload` holds the JSON. A connect
 * failure or a connection lost before the reply is retried once
 * (requests are idempotent). ERR_IO (cannot connect / lost) or ERR_INVAL
 * (garbage reply) with `e` filled. */
int net_request(const char *host, const char *port, double timeout_s,
                const char *request, size_t len, struct proto_reply *r,
                struct buf *payload, struct err *e);

/* Output style. */
struct show_opts {
    int color; /* ANSI bold/colour for hits and titles */
    FILE *out;
};

/* Print a search answer; returns the number of hits shown. */
size_t show_results(const json_t *ans, const struct show_opts *o);
/* Print a facet list ("value (count) · ..."), one line: its first
 * `most` values and how many more, or all of them if most is 0. */
#define SHOW_FACETS_MOST 12
void show_facet_values(const json_t *arr, size_t most,
                       const struct show_opts *o);
/* Print one item in full. */
void show_item(const json_t *item, const struct show_opts *o);

/* args.c: --timeout as seconds, 1..3600. */
int args_timeout(const char *v, double *out, struct err *e);
/* --port: a number 1..65535 (kept as the string given); ERR_INVAL with
 * the one message for a bad value. */
int args_port(const char *v, struct err *e);
/* getopt_long's '?' (unknown) or ':' (value missing) as an error that
 * names the option; returns ERR_INVAL. */
int args_getopt_error(int c, char **argv, struct err *e);
/* Append the words argv[0..argc) to `q`, separated by spaces. */
int args_join(int argc, char **argv, struct buf *q, struct err *e);
/* [referatd] listen ("HOST:PORT", "[V6]:PORT" or "off") as the daemon
 * to ask, into host and port; a wildcard address means this machine.
 * 1 if it named one. */
int args_listen(const char *listen, char *host, size_t hsize, char *port,
                size_t psize);
/* The exit status (enum client_exit) for an error reply's code. */
int args_exit_for(enum proto_code code);

/* work.c: `referat timeline|export|kwic|terms|similar|coverage ...`
 * (argv[0] is the subcommand); returns the exit status. */
int work_main(enum proto_work_kind kind, int argc, char **argv);

#endif
