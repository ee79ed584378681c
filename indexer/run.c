/* SPDX-License-Identifier: GPL-2.0-or-later */
/* run.c - one indexing run: collect the files, hash them against the
 * index's per-file metadata, then either add the new files to the live
 * generation (one commit) or build a new generation of every current
 * file in parallel shards, compacted and switched in atomically. A crash
 * at any moment leaves the previous index as it was.
 *
 * Why two ways: generations have no termlist (smaller, cheaper to
 * write), so a document can be added but never deleted; a changed or
 * removed file means a full build.
 *
 * This file: opening the index, the passes in order, the threads a pass
 * runs on, and the end of a run. Pass 1 is run_scan.c, pass 2
 * run_build.c, the file list run_files.c, what a run prints
 * run_report.c; what they share is run_internal.h. */
#include "run_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/log.h"
#include "xap/schema.h"

/* Lock the index folder and open its live database; an index of another
 * schema, an old-layout one, or none, is rebuilt from the files. */
static int open_index(struct run *r, struct err *e)
{
    r->x = xap_index_open(r->s->db, e);
    if (r->x == NULL)
        return e->code;
    enum xap_layout layout = xap_index_layout(r->x);
    enum xap_positions live = xap_index_positions(r->x);
    /* a full build keeps the index's positions unless told otherwise */
    xap_index_set_positions(r->x, r->s->positions >= 0
                                      ? (enum xap_positions)r->s->positions
                                      : live);
    r->fresh = 1;
    if (r->s->rebuild || layout == XAP_LAYOUT_NONE) {
        r->why = r->s->rebuild ? "--rebuild" : NULL; /* NULL: a new one */
        return ERR_OK;
    }
    if (r->s->positions >= 0 && (enum xap_positions)r->s->positions != live) {
        r->why = "other --positions";
        return ERR_OK;
    }
    r->w = xap_index_live(r->x, e);
    if (r->w == NULL)
        return e->code;
    char *v = NULL;
    int rc = xap_wdb_get_metadata(r->w, META_SCHEMA, &v, e);
    if (rc != ERR_OK)
        return rc;
    int other = *v != '\0' ? strcmp(v, INDEX_SCHEMA_VERSION) != 0
                           : xap_wdb_doccount(r->w) > 0;
    if (other) {
        run_clear_progress(r);
        log_msg(LOG_INFO, "index",
                "index <%s> has schema <%s>, this indexer writes <%s>: "
                "rebuilding it",
                r->s->db, v, INDEX_SCHEMA_VERSION);
        r->why = "other schema";
    } else if (layout == XAP_LAYOUT_PLAIN) {
        /* the old layout's files list still counts: no file is lost */
        r->fresh = 0;
        r->why = "old index layout";
    } else {
        r->fresh = 0;
    }
    free(v);
    if (r->fresh) {
        xap_wdb_close(r->w);
        r->w = NULL;
    }
    return ERR_OK;
}

/* Take files one by one until none is left or a thread failed. */
static void *worker_main(void *arg)
{
    struct worker *wk = arg;
    struct run *r = wk->r;
    while (!atomic_load(&r->stop)) {
        size_t i = atomic_fetch_add(&r->next, 1);
        if (i >= r->files.n)
            break;
        wk->rc = wk->job(wk, i, &wk->e);
        if (wk->rc != ERR_OK)
            atomic_store(&r->stop, 1);
    }
    return NULL;
}

/* Run wk[0..n) over every file: n - 1 new threads and this one. The
 * first error of any is returned. */
int run_workers(struct run *r, struct worker *wk, unsigned n, struct err *e)
{
    atomic_store(&r->next, 0);
    atomic_store(&r->stop, 0);
    unsigned started = 1;
    int rc = ERR_OK;
    for (; started < n; started++) {
        int err = pthread_create(&wk[started].thread, NULL, worker_main,
                                 &wk[started]);
        if (err != 0) {
            atomic_store(&r->stop, 1);
            rc = err_set(e, ERR_NOMEM, "cannot start a thread: %s",
                         strerror(err));
            break;
        }
    }
    worker_main(&wk[0]);
    for (unsigned k = 1; k < started; k++)
        pthread_join(wk[k].thread, NULL);
    for (unsigned k = 0; k < n && rc == ERR_OK; k++)
        if (wk[k].rc != ERR_OK)
            rc = err_set(e, wk[k].rc, "%s", wk[k].e.msg);
    return rc;
}

/* A pass that only reads and parses: `job` on r->jobs threads. */
int run_parse_pass(struct run *r, file_job job, struct err *e)
{
    unsigned n = r->jobs;
    if (n > r->files.n)
        n = r->files.n > 0 ? (unsigned)r->files.n : 1;
    struct worker *wk = calloc(n, sizeof *wk);
    if (wk == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (unsigned k = 0; k < n; k++) {
        wk[k].r = r;
        wk[k].job = job;
    }
    int rc = run_workers(r, wk, n, e);
    free(wk);
    return rc;
}

static int setup_analysis(struct run *r, struct err *e)
{
    r->lexicon = txt_lexicon_new(e);
    r->stemmer = txt_stemmer_new(e);
    if (r->lexicon == NULL || r->stemmer == NULL)
        return e->code;
    struct err le = {0};
    if (r->s->lexicon != NULL && *r->s->lexicon != '\0' &&
        txt_lexicon_load(r->lexicon, r->s->lexicon, &le) != ERR_OK) {
        run_clear_progress(r);
        log_msg(LOG_WARN, "index",
                "lexicon <%s>: %s; compounds are split with the corpus's "
                "own words only",
                r->s->lexicon, le.msg);
    }
    return ERR_OK;
}

static int run_passes(struct run *r, struct err *e)
{
    int rc = open_index(r, e);
    if (rc == ERR_OK)
        rc = setup_analysis(r, e);
    if (rc == ERR_OK)
        rc = run_scan(r, e);
    if (rc != ERR_OK || r->mode == MODE_NONE)
        return rc;
    rc = run_name_files(r, e);
    if (rc != ERR_OK)
        return rc;
    if (r->mode == MODE_ADD)
        return run_add_new(r, e);
    if (r->why != NULL) {
        run_clear_progress(r);
        log_msg(LOG_INFO, "index",
                "rebuilding <%s> (%s): %zu new, %zu changed, %zu removed "
                "files",
                r->s->db, r->why, r->nnew, r->nmodified, r->removed);
    }
    /* The live database is not needed any more: its stored hashes are
     * read, and a full build writes a new generation. */
    xap_wdb_close(r->w);
    r->w = NULL;
    rc = run_parse_pass(r, run_parse_rest, e);
    return rc == ERR_OK ? run_build_all(r, e) : rc;
}

static void run_fini(struct run *r)
{
    xap_wdb_close(r->w); /* uncommitted changes are discarded */
    xap_index_close(r->x);
    for (size_t i = 0; r->fs != NULL && i < r->files.n; i++) {
        run_ingest_free(r->fs[i].cached);
        free(r->fs[i].name);
    }
    free(r->fs);
    free(r->old);
    file_list_fini(&r->files);
    for (size_t i = 0; i < r->nroots; i++)
        free(r->roots[i]);
    free(r->roots);
    txt_stemmer_free(r->stemmer);
    txt_lexicon_free(r->lexicon);
    pthread_mutex_destroy(&r->lock);
    pthread_mutex_destroy(&r->lexlock);
}

static unsigned default_jobs(const struct settings *s)
{
    if (s->jobs > 0)
        return s->jobs;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1                          ? 1
           : n > INDEXER_JOBS_DEFAULT_MAX ? INDEXER_JOBS_DEFAULT_MAX
                                          : (unsigned)n;
}

int run_index(const struct settings *s)
{
    struct run r = {.s = s, .tty = isatty(STDERR_FILENO)};
    struct err e = {0};
    clock_gettime(CLOCK_MONOTONIC, &r.t0);
    pthread_mutex_init(&r.lock, NULL);
    pthread_mutex_init(&r.lexlock, NULL);
    r.jobs = default_jobs(s);
    int rc = run_collect(&r, &e);
    if (rc == ERR_OK)
        rc = run_passes(&r, &e);
    run_clear_progress(&r);
    if (rc != ERR_OK) {
        log_msg(LOG_ERROR, "index", "index <%s> not written: %s", s->db, e.msg);
        run_fini(&r);
        return EXIT_INDEX;
    }
    if (!s->quiet)
        run_print_summary(&r);
    int status = r.failed > 0 ? EXIT_FAILED : EXIT_OK;
    if (r.nwalked == 0 && r.failed == 0) {
        /* a mistyped folder, or one of .doc files: say so, and fail */
        log_msg(LOG_WARN, "index",
                "no minutes files (.txt, .html, .docx, .odt, .pdf) found in "
                "the %zu path%s given",
                s->npaths, s->npaths == 1 ? "" : "s");
        status = EXIT_FAILED;
    }
    run_fini(&r);
    return status;
}
