/* SPDX-License-Identifier: GPL-2.0-or-later */
/* walk.c - which files to index: the files named, and the *.txt and *.pdf
 * files in the folders named, recursively, in byte order of their absolute
 * paths so every run sees them in the same order. */
#include "indexer.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

int file_list_add(struct file_list *fl, const char *path, struct err *e)
{
    if (fl->n == fl->cap) {
        size_t cap = fl->cap ? fl->cap * 2 : 64;
        char **p = realloc(fl->paths, cap * sizeof *p);
        if (p == NULL)
            return err_set(e, ERR_NOMEM, "out of memory listing files");
        fl->paths = p;
        fl->cap = cap;
    }
    char *s = strdup(path);
    if (s == NULL)
        return err_set(e, ERR_NOMEM, "out of memory listing files");
    fl->paths[fl->n++] = s;
    return ERR_OK;
}

void file_list_fini(struct file_list *fl)
{
    for (size_t i = 0; i < fl->n; i++)
        free(fl->paths[i]);
    free(fl->paths);
    fl->paths = NULL;
    fl->n = fl->cap = 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void walk_finish(struct file_list *fl)
{
    if (fl->n == 0)
        return;
    qsort(fl->paths, fl->n, sizeof *fl->paths, cmp_str);
    size_t o = 1;
    for (size_t i = 1; i < fl->n; i++) {
        if (strcmp(fl->paths[i], fl->paths[o - 1]) == 0)
            free(fl->paths[i]);
        else
            fl->paths[o++] = fl->paths[i];
    }
    fl->n = o;
}

int walk_has(const struct file_list *fl, const char *path)
{
    if (fl->n == 0)
        return 0;
    return bsearch(&path, fl->paths, fl->n, sizeof *fl->paths, cmp_str) != NULL;
}

int walk_is_under(const char *path, const char *root)
{
    size_t n = strlen(root);
    while (n > 1 && root[n - 1] == '/')
        n--;
    if (strncmp(path, root, n) != 0)
        return 0;
    return path[n] == '\0' || path[n] == '/' || (n == 1 && root[0] == '/');
}

int walk_abspath(const char *p, char **out, struct err *e)
{
    char real[PATH_MAX];
    if (realpath(p, real) != NULL) {
        *out = strdup(real);
        return *out != NULL ? ERR_OK : err_set(e, ERR_NOMEM, "out of memory");
    }
    /* A file that is gone: resolve its folder and keep the last name, so
     * its items can still be found and removed. */
    const char *slash = strrchr(p, '/');
    const char *base = slash != NULL ? slash + 1 : p;
    struct buf b = {0};
    int rc = ERR_OK;
    if (slash == p) {
        rc = buf_puts(&b, "/");
    } else if (slash != NULL) {
        char dir[PATH_MAX];
        size_t dl = (size_t)(slash - p);
        if (dl >= sizeof dir)
            return err_set(e, ERR_INVAL, "path too long <%.60s...>", p);
        memcpy(dir, p, dl);
        dir[dl] = '\0';
        if (realpath(dir, real) == NULL)
            return err_set(e, ERR_NOTFOUND, "%s: %s", dir, strerror(errno));
        rc = buf_printf(&b, "%s/", strcmp(real, "/") == 0 ? "" : real);
    } else {
        if (getcwd(real, sizeof real) == NULL)
            return err_set(e, ERR_IO, "getcwd: %s", strerror(errno));
        rc = buf_printf(&b, "%s/", strcmp(real, "/") == 0 ? "" : real);
    }
    if (rc == ERR_OK)
        rc = buf_puts(&b, base);
    if (rc != ERR_OK) {
        buf_fini(&b);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    *out = buf_detach(&b);
    return ERR_OK;
}

static int is_minutes_name(const char *name)
{
    return ext_format_of(name, NULL, 0) != NULL;
}

struct names {
    char **v;
    size_t n, cap;
};

static void names_fini(struct names *nm)
{
    for (size_t i = 0; i < nm->n; i++)
        free(nm->v[i]);
    free(nm->v);
}

/* The visible names in folder `dir`, sorted; the folder is closed before
 * we descend, so depth does not cost open descriptors. */
static int read_names(const char *dir, struct names *nm, walk_report_fn report,
                      void *ctx, struct err *e)
{
    DIR *d = opendir(dir);
    if (d == NULL) {
        report(ctx, dir, strerror(errno));
        return ERR_OK;
    }
    int rc = ERR_OK;
    for (struct dirent *de; rc == ERR_OK && (de = readdir(d)) != NULL;) {
        if (de->d_name[0] == '.')
            continue; /* hidden, and . and .. */
        if (nm->n == nm->cap) {
            size_t cap = nm->cap ? nm->cap * 2 : 32;
            char **p = realloc(nm->v, cap * sizeof *p);
            if (p == NULL) {
                rc = err_set(e, ERR_NOMEM, "out of memory reading <%s>", dir);
                break;
            }
            nm->v = p;
            nm->cap = cap;
        }
        if ((nm->v[nm->n] = strdup(de->d_name)) == NULL)
            rc = err_set(e, ERR_NOMEM, "out of memory reading <%s>", dir);
        else
            nm->n++;
    }
    closedir(d);
    if (rc == ERR_OK && nm->n > 0)
        qsort(nm->v, nm->n, sizeof *nm->v, cmp_str);
    return rc;
}

/* 1 if the symlink at `path` (to a regular file) may be read: it stays
 * inside a folder being indexed, or --follow-symlinks. Otherwise one
 * link could publish any file the indexer can read (ln -s /etc/shadow
 * x.txt) to every search client. */
static int link_allowed(const char *path, const struct walk_opts *o)
{
    if (o->follow_symlinks)
        return 1;
    char real[PATH_MAX];
    if (realpath(path, real) == NULL)
        return 0;
    for (size_t i = 0; i < o->nroots; i++)
        if (walk_is_under(real, o->roots[i]))
            return 1;
    if (o->skip != NULL) {
        char msg[PATH_MAX + 128];
        snprintf(msg, sizeof msg,
                 "symlink to <%s> outside the folders indexed, not followed "
                 "(--follow-symlinks reads it)",
                 real);
        o->skip(o->ctx, path, msg);
    }
    return 0;
}

static int walk_dir(const char *dir, unsigned depth, struct file_list *fl,
                    const struct walk_opts *o, struct err *e)
{
    walk_report_fn report = o->report;
    void *ctx = o->ctx;
    if (depth >= INDEXER_DEPTH_MAX) {
        report(ctx, dir, "folders nested too deep, not walked");
        return ERR_OK;
    }
    struct names nm = {0};
    int rc = read_names(dir, &nm, report, ctx, e);
    struct buf path = {0};
    for (size_t i = 0; rc == ERR_OK && i < nm.n; i++) {
        buf_reset(&path);
        if (buf_printf(&path, "%s/%s", strcmp(dir, "/") ? dir : "", nm.v[i]) !=
            ERR_OK) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            break;
        }
        struct stat st;
        if (lstat(path.data, &st) != 0)
            continue; /* vanished meanwhile */
        if (S_ISDIR(st.st_mode)) {
            rc = walk_dir(path.data, depth + 1, fl, o, e);
        } else if (is_minutes_name(nm.v[i])) {
            /* A symlink to a file counts if it stays inside (above); one
             * to a folder is not followed (it could loop). */
            if (S_ISLNK(st.st_mode) &&
                (stat(path.data, &st) != 0 || !S_ISREG(st.st_mode) ||
                 !link_allowed(path.data, o)))
                continue;
            if (S_ISREG(st.st_mode))
                rc = file_list_add(fl, path.data, e);
        }
    }
    buf_fini(&path);
    names_fini(&nm);
    return rc;
}

int walk_collect(const char *root, struct file_list *fl,
                 const struct walk_opts *o, struct err *e)
{
    struct stat st;
    if (stat(root, &st) != 0) {
        o->report(o->ctx, root, strerror(errno));
        return ERR_OK;
    }
    if (S_ISDIR(st.st_mode))
        return walk_dir(root, 0, fl, o, e);
    if (!S_ISREG(st.st_mode)) {
        o->report(o->ctx, root, "not a regular file or folder");
        return ERR_OK;
    }
    return file_list_add(fl, root, e);
}
