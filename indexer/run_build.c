/* SPDX-License-Identifier: GPL-2.0-or-later */
/* run_build.c - pass 2: each file's items added to a writer with its
 * metadata key; a full build on `jobs` threads, each on its own shard,
 * compacted into a new generation; only new files into the live
 * generation, one commit. */
#include "run_internal.h"

#include <stdlib.h>

#include "core/log.h"
#include "xap/schema.h"

static void docbuild_warn(void *ctx, const char *msg)
{
    struct worker *wk = ctx;
    pthread_mutex_lock(&wk->r->lock);
    run_clear_progress(wk->r);
    log_msg(LOG_WARN, "index", "%s: %s", wk->current, msg);
    pthread_mutex_unlock(&wk->r->lock);
}

/* Add one file's items and its metadata key to wk's writer. */
static int add_items(struct worker *wk, const char *path, const char *name,
                     struct ingest *in, size_t *n, struct err *e)
{
    wk->current = path;
    /* every meeting of the file (most files hold one) */
    int rc = ERR_OK;
    *n = 0;
    for (const struct mnt_meeting *m = &in->meeting; rc == ERR_OK && m;
         m = m->next) {
        size_t k = 0;
        rc = docbuild_meeting(wk->w, &wk->an, path, name, m, docbuild_warn, wk,
                              &k, e);
        *n += k;
    }
    if (rc != ERR_OK)
        return rc;
    struct buf t = {0}, val = {0};
    rc = buf_printf(&t, "%s%s", META_FILE_PREFIX, path) == ERR_OK &&
                 buf_printf(&val, "%s %zu %s", in->hash, *n, name) == ERR_OK
             ? xap_wdb_set_metadata(wk->w, t.data, val.data, e)
             : err_set(e, ERR_NOMEM, "out of memory");
    buf_fini(&t);
    buf_fini(&val);
    return rc;
}

/* Pass 2 on one file. Errors returned are the index's (fatal); a file
 * that fails to read now (its parse was not cached) is marked failed. */
static int index_file(struct worker *wk, size_t i, struct err *e)
{
    struct run *r = wk->r;
    const char *path = r->files.paths[i];
    struct file_state *f = &r->fs[i];
    struct ingest *in = f->cached;
    struct ingest fresh = {0};
    struct err fe = {0};
    if (in == NULL) {
        in = &fresh;
        if (ingest_load(path, r->s->max_file_size, in, &fe) != ERR_OK ||
            ingest_parse(path, r->s->ocr_seconds, in, &fe) != ERR_OK) {
            ingest_fini(in);
            pthread_mutex_lock(&r->lock);
            f->st = FS_FAILED;
            run_fail_file(r, path, fe.msg);
            pthread_mutex_unlock(&r->lock);
            return ERR_OK;
        }
    }
    size_t n = 0;
    int rc = add_items(wk, path, f->name, in, &n, e);
    pthread_mutex_lock(&r->lock);
    if (rc == ERR_OK) {
        r->indexed++;
        r->items += n;
        r->bytes += in->bytes;
        run_report_meeting(r, path, in);
        run_progress(r, r->mode == MODE_FULL ? "indexing" : "adding",
                     r->indexed, 0);
    }
    pthread_mutex_unlock(&r->lock);
    ingest_fini(in);
    free(f->cached);
    f->cached = NULL;
    return rc;
}

/* Files of pass 2: everything parsed in a full build, new ones else. */
static int to_index(const struct run *r, size_t i)
{
    enum file_status st = r->fs[i].st;
    if (r->mode == MODE_FULL)
        return st == FS_NEW || st == FS_MODIFIED || st == FS_UNCHANGED ||
               st == FS_KEPT;
    return st == FS_NEW;
}

/* Pass 2 on one file, if it is to be indexed (file_job). */
static int index_job(struct worker *wk, size_t i, struct err *e)
{
    return to_index(wk->r, i) ? index_file(wk, i, e) : ERR_OK;
}

/* Each thread of pass 2: its shard, its stemmer, the shared lexicon. */
static int setup_workers(struct run *r, struct worker *wk, unsigned n,
                         struct err *e)
{
    for (unsigned k = 0; k < n; k++) {
        wk[k].r = r;
        wk[k].job = index_job;
        wk[k].w = xap_index_shard(r->x, k);
        wk[k].stemmer = k == 0 ? r->stemmer : txt_stemmer_new(e);
        if (wk[k].stemmer == NULL)
            return e->code;
        wk[k].an.stemmer = wk[k].stemmer;
        wk[k].an.lexicon = r->lexicon;
    }
    return ERR_OK;
}

/* Pass 2 of a full build: `jobs` threads (this one included), each on
 * its own shard; then the shards are compacted into a new generation. */
int run_build_all(struct run *r, struct err *e)
{
    size_t nwork = 0;
    for (size_t i = 0; i < r->files.n; i++)
        nwork += to_index(r, i);
    unsigned n = r->jobs;
    if (n > nwork)
        n = nwork > 0 ? (unsigned)nwork : 1;
    r->jobs = n;
    struct worker *wk = calloc(n, sizeof *wk);
    if (wk == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    double t_parsed = run_elapsed(r), t_indexed = 0;
    int rc = xap_index_build_begin(r->x, n, e);
    if (rc == ERR_OK)
        rc = setup_workers(r, wk, n, e);
    if (rc == ERR_OK)
        rc = run_workers(r, wk, n, e);
    t_indexed = run_elapsed(r);
    if (rc == ERR_OK)
        rc = xap_wdb_set_metadata(xap_index_shard(r->x, 0), META_SCHEMA,
                                  INDEX_SCHEMA_VERSION, e);
    struct xap_build_stats st = {0};
    if (rc == ERR_OK) {
        run_progress(r, "compacting", r->files.n, 1);
        rc = xap_index_build_finish(r->x, &st, e);
    }
    if (rc == ERR_OK && r->s->verbose) {
        run_clear_progress(r);
        log_msg(LOG_INFO, "index",
                "generation %u: read and parsed by %.2f s, indexed by %.2f s "
                "(%u threads), %u shards committed in %.2f s, compacted in "
                "%.2f s, %.1f MB",
                (unsigned)xap_index_generation(r->x), t_parsed, t_indexed, n, n,
                st.commit_s, st.compact_s, (double)st.bytes / 1e6);
    }
    for (unsigned k = 1; k < n; k++)
        txt_stemmer_free(wk[k].stemmer);
    free(wk);
    return rc;
}

/* Pass 2 when only new files came: into the live generation, one
 * commit. */
int run_add_new(struct run *r, struct err *e)
{
    struct worker wk = {
        .r = r, .job = index_job, .w = r->w, .stemmer = r->stemmer};
    wk.an.stemmer = r->stemmer;
    wk.an.lexicon = r->lexicon;
    /* The lexicon also holds the index's words, as in the runs before. */
    int rc = vocab_add_index(r->lexicon, r->w, e);
    if (rc == ERR_OK)
        rc = run_workers(r, &wk, 1, e);
    if (rc == ERR_OK)
        rc = xap_wdb_set_metadata(r->w, META_SCHEMA, INDEX_SCHEMA_VERSION, e);
    if (rc == ERR_OK) {
        run_progress(r, "committing", r->files.n, 1);
        rc = xap_wdb_commit(r->w, e);
    }
    return rc;
}
