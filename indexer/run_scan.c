/* SPDX-License-Identifier: GPL-2.0-or-later */
/* run_scan.c - pass 1: every file hashed against the index, the new and
 * modified ones parsed (kept in memory for pass 2 while the cache has
 * room) and their words added to the lexicon; a full build parses the
 * unchanged and kept files too. Then how the run writes (enum
 * run_mode). */
#include "run_internal.h"

#include <stdlib.h>
#include <string.h>

/* Keep the parse for pass 2 if the cache has room, else let it go (pass 2
 * reads the file again). */
static void keep_parse(struct run *r, struct file_state *f, struct ingest **in)
{
    pthread_mutex_lock(&r->lock);
    if (r->cached_bytes + (*in)->text_bytes <= INDEXER_CACHE_MAX) {
        r->cached_bytes += (*in)->text_bytes;
        f->cached = *in;
        *in = NULL;
    }
    pthread_mutex_unlock(&r->lock);
}

void run_ingest_free(struct ingest *in)
{
    if (in != NULL) {
        ingest_fini(in);
        free(in);
    }
}

/* Read and parse a file to index; its words join the lexicon. 0 if it
 * failed (reported). `in` may hold the file loaded already. */
static int parse_file(struct run *r, size_t i, struct ingest *in, int *ok,
                      struct err *e)
{
    const char *path = r->files.paths[i];
    struct err fe = {0};
    *ok = 0;
    if ((in->hash[0] == '\0' &&
         ingest_load(path, r->s->max_file_size, in, &fe) != ERR_OK) ||
        ingest_parse(path, r->s->ocr_seconds, in, &fe) != ERR_OK) {
        run_fail_locked(r, i, fe.msg);
        return ERR_OK;
    }
    *ok = 1;
    pthread_mutex_lock(&r->lexlock);
    int rc = vocab_add_meeting(r->lexicon, &in->meeting, e);
    pthread_mutex_unlock(&r->lexlock);
    return rc;
}

/* A file of another shard: not indexed here; one indexed here before
 * (its council changed) is removed by a full build. */
static int foreign(struct run *r, size_t i, int lexed)
{
    pthread_mutex_lock(&r->lock);
    r->fs[i].st = FS_FOREIGN;
    r->fs[i].lexed = lexed;
    if (r->old[i][0] != '\0')
        r->removed++;
    pthread_mutex_unlock(&r->lock);
    return ERR_OK;
}

/* Pass 1 on one file of the roots: unchanged, or new/modified and parsed.
 * Threads run it (file_job). */
static int scan_file(struct worker *wk, size_t i, struct err *e)
{
    struct run *r = wk->r;
    const char *path = r->files.paths[i];
    struct file_state *f = &r->fs[i];
    if (i >= r->nwalked)
        return ERR_OK; /* kept: read by a full build only */
    run_progress_locked(r, "scanning");
    if (strlen(path) > INDEXER_PATH_MAX) {
        char msg[80];
        snprintf(msg, sizeof msg, "path longer than %d bytes, not indexed",
                 INDEXER_PATH_MAX);
        run_fail_locked(r, i, msg);
        return ERR_OK;
    }
    if (shard_owns(r->s, path, r->roots, r->nroots, NULL) == 0)
        return foreign(r, i, 0);
    struct ingest *in = calloc(1, sizeof *in);
    if (in == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    struct err fe = {0};
    int ok = 0, rc = ERR_OK;
    if (ingest_load(path, r->s->max_file_size, in, &fe) != ERR_OK) {
        run_fail_locked(r, i, fe.msg);
    } else if (strcmp(r->old[i], in->hash) == 0) {
        f->st = FS_UNCHANGED;
    } else {
        rc = parse_file(r, i, in, &ok, e);
        if (ok && !shard_owns(r->s, path, r->roots, r->nroots, &in->meeting)) {
            foreign(r, i, 1);
        } else if (ok) {
            f->st = r->old[i][0] != '\0' ? FS_MODIFIED : FS_NEW;
            pthread_mutex_lock(&r->lock);
            if (f->st == FS_MODIFIED)
                r->nmodified++;
            else
                r->nnew++;
            pthread_mutex_unlock(&r->lock);
            keep_parse(r, f, &in);
        }
    }
    run_ingest_free(in);
    return rc;
}

/* A full build indexes the unchanged and kept files too: parse them
 * before pass 2, so their words are in the lexicon (file_job). */
int run_parse_rest(struct worker *wk, size_t i, struct err *e)
{
    struct run *r = wk->r;
    struct file_state *f = &r->fs[i];
    int words_only = f->st == FS_FOREIGN && !f->lexed;
    if (f->st != FS_UNCHANGED && f->st != FS_KEPT && !words_only)
        return ERR_OK;
    run_progress_locked(r, "reading");
    struct ingest *in = calloc(1, sizeof *in);
    if (in == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    int ok = 0;
    int rc = parse_file(r, i, in, &ok, e);
    if (ok && !words_only)
        keep_parse(r, f, &in);
    run_ingest_free(in);
    return rc;
}

/* Pass 1: hash every file, parse the new and modified ones; then decide
 * how this run writes. */
int run_scan(struct run *r, struct err *e)
{
    int rc = run_find_removed(r, e);
    if (rc == ERR_OK) {
        r->fs = calloc(r->files.n + 1, sizeof *r->fs);
        if (r->fs == NULL)
            rc = err_set(e, ERR_NOMEM, "out of memory");
    }
    for (size_t i = r->nwalked; rc == ERR_OK && i < r->files.n; i++)
        r->fs[i].st = FS_KEPT;
    if (rc == ERR_OK)
        rc = run_stored_hashes(r, e);
    if (rc == ERR_OK)
        rc = run_parse_pass(r, scan_file, e);
    if (rc != ERR_OK)
        return rc;
    if (r->fresh || r->why != NULL || r->nmodified > 0 || r->removed > 0) {
        r->mode = MODE_FULL;
        if (r->why == NULL && !r->fresh)
            r->why = r->nmodified > 0 ? "changed files" : "removed files";
    } else {
        r->mode = r->nnew > 0 ? MODE_ADD : MODE_NONE;
    }
    for (size_t i = 0; i < r->nwalked; i++)
        if (r->fs[i].st == FS_UNCHANGED && r->mode != MODE_FULL)
            r->skipped++;
    return ERR_OK;
}
