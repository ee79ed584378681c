/* SPDX-License-Identifier: GPL-2.0-or-later */
/* conf.h - the configuration file (/etc/referat/referat.conf), an INI
 * file read with libinih by all three programs. This module knows the
 * file's sections and keys (one table, conf.c) and reports unknown ones
 * with their line numbers; each program maps the keys it uses onto its
 * own options (a key is named as the long option it sets), and its
 * command line then overrides them. */
#ifndef REFERAT_CONF_CONF_H
#define REFERAT_CONF_CONF_H

#include <getopt.h>
#include <stddef.h>

#include "core/err.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CONF_DEFAULT_PATH "/etc/referat/referat.conf"

struct conf_entry {
    const char *section, *key, *value; /* owned by the struct conf */
    int line;
};

struct conf {
    char *path; /* NULL: no file was read */
    struct conf_entry *v;
    size_t n, cap;
};

/* The file `--config FILE` names in argv (also `--config=FILE`), else
 * CONF_DEFAULT_PATH if it exists, else NULL; `--config none`: NULL.
 * Borrowed from argv (or static). */
const char *conf_path_from_argv(int argc, char **argv);
/* Does argv ask for -h/--help or -V/--version (before a "--")? Then the
 * config file is not read, so help works whatever the file holds. */
int conf_argv_wants_help(int argc, char **argv);

/* Read `path` into `c` (zeroed or conf_init()ed); `path` NULL reads
 * nothing. ERR_IO if unreadable; ERR_INVAL for a syntax error, an
 * unknown section or key, a repeated key or an over-long line, with
 * "FILE:LINE: ..." in the message. The caller frees with conf_fini(). */
int conf_load(struct conf *c, const char *path, struct err *e);
void conf_init(struct conf *c);
void conf_fini(struct conf *c);

/* The value of [section] key, or NULL (the last one if repeated).
 * Borrowed from `c`. */
const char *conf_get(const struct conf *c, const char *section,
                     const char *key);

/* For each entry of [section], in file order: find the option named as
 * the key in `opts` and call set(ctx, opt->val, value, e); for an option
 * without an argument the value must be yes/no/true/false/on/off/1/0,
 * and only a true one calls set() (with value NULL). ERR_INVAL with
 * "FILE:LINE: [section] key: ..." when set() fails, a boolean is bad or
 * the key has no option in `opts`. Values are borrowed from `c`. */
int conf_apply(const struct conf *c, const char *section,
               const struct option *opts,
               int (*set)(void *ctx, int code, const char *value,
                          struct err *e),
               void *ctx, struct err *e);

#ifdef __cplusplus
}
#endif
#endif
