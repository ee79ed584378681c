/* SPDX-License-Identifier: GPL-2.0-or-later */
/* settings.h - referatd's options: one struct, defaults in one place,
 * filled from the command line and checked before anything listens. */
#ifndef REFERAT_SEARCHD_SETTINGS_H
#define REFERAT_SEARCHD_SETTINGS_H

#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>

#include "conf/conf.h"
#include "core/err.h"

/* A listening address: "127.0.0.1:7700", "[::1]:7700" or "off". */
struct settings_addr {
    int enabled;
    char text[80]; /* as given, for logs */
    struct sockaddr_storage sa;
    socklen_t salen;
};

struct settings {
    const char *db;
    struct settings_addr listen;
    struct settings_addr http;
    uint32_t threads;
    const char *lexicon;   /* NULL: none */
    const char *thesaurus; /* NULL: none */
    const char *query_log; /* NULL: no query log */
    const char *cors;      /* NULL: no CORS header */
    uint32_t max_connections;
    uint32_t idle_timeout; /* seconds */
    uint32_t queue_max;
    double query_timeout; /* seconds a search may take; 0: no limit */
    int verbose;
    const char *log_file; /* NULL: stderr */
    int allow_root;
    int log_json;     /* --log-format json */
    int check_config; /* --check-config: print the settings, exit */
    struct conf conf; /* the config file read; strings point into it */
};

enum settings_result {
    SETTINGS_RUN,  /* start serving */
    SETTINGS_EXIT, /* --help or --version printed: exit 0 */
};

/* Fill `s` with the defaults. */
void settings_init(struct settings *s);
/* Read the config file (--config FILE, else /etc/referat/referat.conf
 * if it exists: sections [index] and [referatd]), then argv over it, and
 * validate every value. ERR_INVAL with a one-line message on a bad
 * option or config line (main prints it with the usage). Strings point
 * into argv or s->conf. --check-config prints the effective settings
 * and returns SETTINGS_EXIT. */
int settings_parse(struct settings *s, int argc, char **argv,
                   enum settings_result *res, struct err *e);
/* Free what settings_parse() read (the config file). */
void settings_fini(struct settings *s);
/* Print the effective settings as a config file would set them. */
void settings_print(const struct settings *s, FILE *out);
/* Print the usage with every option and its default. */
void settings_usage(FILE *out);
/* One line naming every setting, for the start-up log. */
void settings_describe(const struct settings *s, char *out, size_t cap);
/* How --db is opened: a remote shard's request fails past half the query
 * timeout, so that noticing a dead shard and answering from the others
 * fits in the search's time (10 s with no timeout). */
struct xap_open_opts;
void settings_db_opts(const struct settings *s, struct xap_open_opts *o);

#endif
