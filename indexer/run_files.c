/* SPDX-License-Identifier: GPL-2.0-or-later */
/* run_files.c - the files of a run: walked from the roots, the hash and
 * name each has stored in the index (metadata META_FILE_PREFIX), names
 * for new ones, and the files indexed before and not walked now (gone,
 * or kept: outside this run's roots). */
#include "run_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/log.h"
#include "xap/schema.h"

static void walk_report(void *ctx, const char *path, const char *reason)
{
    run_fail_file(ctx, path, reason);
}

static void walk_skip(void *ctx, const char *path, const char *reason)
{
    struct run *r = ctx;
    run_clear_progress(r);
    log_msg(LOG_WARN, "index", "%s: %s", path, reason);
}

int run_collect(struct run *r, struct err *e)
{
    r->roots = calloc(r->s->npaths + 1, sizeof *r->roots);
    if (r->roots == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < r->s->npaths; i++) {
        struct err pe = {0};
        char *abs = NULL;
        if (walk_abspath(r->s->paths[i], &abs, &pe) != ERR_OK) {
            run_fail_file(r, r->s->paths[i], pe.msg);
            continue;
        }
        r->roots[r->nroots++] = abs;
    }
    /* every root is known before any is walked: a link may point into
     * another folder of the run */
    struct walk_opts o = {r->roots,    r->nroots, r->s->follow_symlinks,
                          walk_report, walk_skip, r};
    for (size_t i = 0; i < r->nroots; i++) {
        int rc = walk_collect(r->roots[i], &r->files, &o, e);
        if (rc != ERR_OK)
            return rc;
    }
    walk_finish(&r->files);
    r->nwalked = r->files.n;
    return ERR_OK;
}

/* "<sha256> <nitems> <name>" stored for `path`: its hash ("" if none)
 * and the name its ids carry (*name NULL if none). */
static int stored_hash(struct run *r, const char *path, char hash[65],
                       char **name, struct err *e)
{
    hash[0] = '\0';
    *name = NULL;
    if (r->w == NULL)
        return ERR_OK;
    struct buf key = {0};
    char *v = NULL;
    if (buf_printf(&key, "%s%s", META_FILE_PREFIX, path) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    int rc = xap_wdb_get_metadata(r->w, key.data, &v, e);
    buf_fini(&key);
    if (rc != ERR_OK)
        return rc;
    size_t n = strcspn(v, " ");
    if (n == 64) {
        memcpy(hash, v, 64);
        hash[64] = '\0';
    }
    const char *sp = v[n] == ' ' ? strchr(v + n + 1, ' ') : NULL;
    if (sp != NULL && sp[1] != '\0' && (*name = strdup(sp + 1)) == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    free(v);
    return rc;
}

/* The stored hash and name of every file (walked and kept), read before
 * threads start (Xapian handles are not thread-safe). */
int run_stored_hashes(struct run *r, struct err *e)
{
    r->old = calloc(r->files.n + 1, sizeof *r->old);
    if (r->old == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    int rc = ERR_OK;
    for (size_t i = 0; rc == ERR_OK && i < r->files.n; i++)
        rc = stored_hash(r, r->files.paths[i], r->old[i], &r->fs[i].name, e);
    return rc;
}

/* Every file to index gets the name its ids carry; the names stored by
 * earlier runs stay (ids are stable) and are not given twice. */
int run_name_files(struct run *r, struct err *e)
{
    char **names = calloc(r->files.n + 1, sizeof *names);
    if (names == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < r->files.n; i++)
        names[i] = r->fs[i].name;
    int rc = fileid_assign(names, r->files.paths, r->files.n, r->roots,
                           r->nroots, e);
    for (size_t i = 0; i < r->files.n; i++)
        r->fs[i].name = names[i];
    free(names);
    return rc;
}

/* Each key into the file list `ctx`. */
static int key_fn(void *ctx, const char *key)
{
    return file_list_add(ctx, key, NULL);
}

/* 1 if a file indexed before is gone: not walked now, under a root of
 * this run, and missing from disk. */
static int is_gone(const struct run *r, const char *path)
{
    size_t j = 0;
    while (j < r->nroots && !walk_is_under(path, r->roots[j]))
        j++;
    struct stat st;
    return j < r->nroots && lstat(path, &st) != 0 && errno == ENOENT;
}

/* Files indexed before and not walked now: gone (counted as removed) or
 * kept (appended to the file list, FS_KEPT). */
int run_find_removed(struct run *r, struct err *e)
{
    struct file_list k = {0};
    int rc = r->w != NULL && !r->fresh
                 ? xap_wdb_metadata_keys(r->w, META_FILE_PREFIX, key_fn, &k, e)
                 : ERR_OK;
    if (rc == ERR_NOMEM)
        err_set(e, rc, "out of memory listing indexed files");
    size_t plen = strlen(META_FILE_PREFIX);
    for (size_t i = 0; rc == ERR_OK && i < k.n; i++) {
        const char *path = k.paths[i] + plen;
        struct file_list walked = r->files; /* the sorted part only */
        walked.n = r->nwalked;
        if (walk_has(&walked, path))
            continue;
        if (is_gone(r, path)) {
            r->removed++;
            if (r->s->verbose) {
                run_clear_progress(r);
                log_msg(LOG_INFO, "index", "%s: gone, its items removed", path);
            }
        } else {
            rc = file_list_add(&r->files, path, e);
        }
    }
    file_list_fini(&k);
    return rc;
}
