/* SPDX-License-Identifier: GPL-2.0-or-later */
/* conf.c - read referat.conf with libinih: every entry is checked against
 * the table of known keys while it is read, so the first unknown one is
 * reported with its line; the programs then apply the entries. */
#include "conf/conf.h"

#include <errno.h>
#include <ini.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* Every key of the file, by section; keys are long option names. */
static const struct {
    const char *section, *key;
    int repeat; /* may be given more than once (a list) */
} known[] = {
    {"index", "db", 0},
    {"index", "lexicon", 0},
    {"referat-index", "folders", 1},
    {"referat-index", "jobs", 0},
    {"referat-index", "max-file-size", 0},
    {"referat-index", "ocr-seconds", 0},
    {"referat-index", "follow-symlinks", 0},
    {"referat-index", "log-format", 0},
    {"referat-index", "positions", 0},
    {"referatd", "listen", 0},
    {"referatd", "http", 0},
    {"referatd", "threads", 0},
    {"referatd", "thesaurus", 1},
    {"referatd", "query-log", 0},
    {"referatd", "cors", 0},
    {"referatd", "max-connections", 0},
    {"referatd", "idle-timeout", 0},
    {"referatd", "queue-max", 0},
    {"referatd", "query-timeout", 0},
    {"referatd", "log-file", 0},
    {"referatd", "log-format", 0},
    {"referatd", "verbose", 0},
    {"referat", "host", 0},
    {"referat", "port", 0},
    {"referat", "timeout", 0},
};

/* Entries a file may hold: far above any real one (folders repeat),
 * low enough that a runaway file cannot take the memory. */
#define CONF_ENTRIES_MAX 4096

/* inih's reader, counting lines so errors can name them. */
struct reader {
    FILE *f;
    int line; /* of the chunk read last */
    int newlines;
    int too_long; /* first over-long line, 0 if none */
};

struct loader {
    struct conf *c;
    struct reader rd;
    struct err *e;
    int failed; /* e is set */
};

void conf_init(struct conf *c)
{
    memset(c, 0, sizeof *c);
}

void conf_fini(struct conf *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free((char *)c->v[i].section);
        free((char *)c->v[i].key);
        free((char *)c->v[i].value);
    }
    free(c->v);
    free(c->path);
    memset(c, 0, sizeof *c);
}

const char *conf_path_from_argv(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        const char *p = NULL;
        if (strcmp(argv[i], "--config") == 0 && i + 1 < argc)
            p = argv[i + 1];
        else if (strncmp(argv[i], "--config=", 9) == 0)
            p = argv[i] + 9;
        if (p != NULL)
            return strcmp(p, "none") == 0 ? NULL : p;
    }
    return access(CONF_DEFAULT_PATH, F_OK) == 0 ? CONF_DEFAULT_PATH : NULL;
}

int conf_argv_wants_help(int argc, char **argv)
{
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0 ||
            strcmp(argv[i], "--version") == 0 || strcmp(argv[i], "-V") == 0)
            return 1;
    return 0;
}

static char *read_line(char *str, int num, void *stream)
{
    struct reader *rd = stream;
    rd->line = rd->newlines + 1;
    if (fgets(str, num, rd->f) == NULL)
        return NULL;
    size_t len = strlen(str);
    if (len > 0 && str[len - 1] == '\n') {
        rd->newlines++;
        return str;
    }
    if (feof(rd->f))
        return str;
    /* inih would read the rest as a line of its own: skip it instead. */
    int ch;
    while ((ch = fgetc(rd->f)) != EOF && ch != '\n')
        ;
    rd->newlines++;
    if (rd->too_long == 0)
        rd->too_long = rd->line;
    return str;
}

static int known_key(const char *section, const char *key, int *repeat)
{
    int section_known = 0;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        if (strcmp(known[i].section, section) != 0)
            continue;
        section_known = 1;
        if (strcmp(known[i].key, key) == 0) {
            *repeat = known[i].repeat;
            return 1;
        }
    }
    return section_known ? 0 : -1;
}

static int add(struct conf *c, const char *section, const char *key,
               const char *value, int line)
{
    if (c->n == CONF_ENTRIES_MAX)
        return ERR_LIMIT;
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 16;
        struct conf_entry *v = realloc(c->v, cap * sizeof *v);
        if (v == NULL)
            return ERR_NOMEM;
        c->v = v;
        c->cap = cap;
    }
    struct conf_entry *en = &c->v[c->n];
    en->section = strdup(section);
    en->key = strdup(key);
    en->value = strdup(value);
    en->line = line;
    if (en->section == NULL || en->key == NULL || en->value == NULL) {
        free((char *)en->section);
        free((char *)en->key);
        free((char *)en->value);
        return ERR_NOMEM;
    }
    c->n++;
    return ERR_OK;
}

/* Returns 0 (inih then reports the line) on the first error only: the
 * first message is the one kept. */
static int on_entry(void *user, const char *section, const char *key,
                    const char *value)
{
    struct loader *ld = user;
    int line = ld->rd.line, repeat = 0;
    if (ld->failed)
        return 1;
    int k = known_key(section, key, &repeat);
    if (*section == '\0')
        err_set(ld->e, ERR_INVAL, "%s:%d: <%s> outside a [section]",
                ld->c->path, line, key);
    else if (k < 0)
        err_set(ld->e, ERR_INVAL, "%s:%d: unknown section <[%s]>", ld->c->path,
                line, section);
    else if (k == 0)
        err_set(ld->e, ERR_INVAL, "%s:%d: unknown key <%s> in [%s]",
                ld->c->path, line, key, section);
    else {
        for (size_t i = 0; !repeat && i < ld->c->n; i++)
            if (strcmp(ld->c->v[i].section, section) == 0 &&
                strcmp(ld->c->v[i].key, key) == 0) {
                err_set(ld->e, ERR_INVAL,
                        "%s:%d: <%s> in [%s] again (first on line %d)",
                        ld->c->path, line, key, section, ld->c->v[i].line);
                ld->failed = 1;
                return 0;
            }
        int rc = add(ld->c, section, key, value, line);
        if (rc == ERR_OK)
            return 1;
        if (rc == ERR_LIMIT)
            err_set(ld->e, ERR_LIMIT, "%s:%d: more than %d entries",
                    ld->c->path, line, CONF_ENTRIES_MAX);
        else
            err_set(ld->e, ERR_NOMEM, "out of memory");
    }
    ld->failed = 1;
    return 0;
}

int conf_load(struct conf *c, const char *path, struct err *e)
{
    if (path == NULL)
        return ERR_OK;
    c->path = strdup(path);
    if (c->path == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    struct loader ld = {.c = c, .e = e};
    ld.rd.f = fopen(path, "r");
    if (ld.rd.f == NULL)
        return err_set(e, ERR_IO, "cannot read config <%s>: %s", path,
                       strerror(errno));
    int rc = ini_parse_stream(read_line, &ld.rd, on_entry, &ld);
    int ioerr = ferror(ld.rd.f);
    fclose(ld.rd.f);
    if (ioerr)
        return err_set(e, ERR_IO, "cannot read config <%s>", path);
    if (ld.rd.too_long > 0)
        return err_set(e, ERR_INVAL, "%s:%d: line longer than %d bytes", path,
                       ld.rd.too_long, ini_max_line - 3);
    if (ld.failed)
        return e != NULL ? e->code : ERR_INVAL;
    if (rc < 0)
        return err_set(e, ERR_NOMEM, "out of memory reading <%s>", path);
    if (rc > 0)
        return err_set(e, ERR_INVAL,
                       "%s:%d: not a [section], key = value or comment", path,
                       rc);
    return ERR_OK;
}

const char *conf_get(const struct conf *c, const char *section, const char *key)
{
    const char *v = NULL;
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->v[i].section, section) == 0 &&
            strcmp(c->v[i].key, key) == 0)
            v = c->v[i].value;
    return v;
}

/* 1 true, 0 false, -1 neither. */
static int parse_bool(const char *v)
{
    static const char *const yes[] = {"yes", "true", "on", "1"};
    static const char *const no[] = {"no", "false", "off", "0"};
    for (size_t i = 0; i < 4; i++) {
        if (strcasecmp(v, yes[i]) == 0)
            return 1;
        if (strcasecmp(v, no[i]) == 0)
            return 0;
    }
    return -1;
}

int conf_apply(const struct conf *c, const char *section,
               const struct option *opts,
               int (*set)(void *ctx, int code, const char *value,
                          struct err *e),
               void *ctx, struct err *e)
{
    for (size_t i = 0; i < c->n; i++) {
        const struct conf_entry *en = &c->v[i];
        if (strcmp(en->section, section) != 0)
            continue;
        const struct option *o = opts;
        while (o->name != NULL && strcmp(o->name, en->key) != 0)
            o++;
        if (o->name == NULL)
            return err_set(e, ERR_INVAL, "%s:%d: [%s] %s: not used here",
                           c->path, en->line, section, en->key);
        struct err se;
        err_clear(&se);
        int rc = ERR_OK;
        if (o->has_arg == no_argument) {
            int b = parse_bool(en->value);
            if (b < 0)
                return err_set(e, ERR_INVAL,
                               "%s:%d: [%s] %s: <%s> is not yes or no", c->path,
                               en->line, section, en->key, en->value);
            if (b)
                rc = set(ctx, o->val, NULL, &se);
        } else {
            rc = set(ctx, o->val, en->value, &se);
        }
        if (rc != ERR_OK)
            return err_set(e, ERR_INVAL, "%s:%d: [%s] %s: %s", c->path,
                           en->line, section, en->key, se.msg);
    }
    return ERR_OK;
}
