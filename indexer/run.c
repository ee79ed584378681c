/* SPDX-License-Identifier: GPL-2.0-or-later */
/* run.c - one indexing run, incremental and atomic: collect the files,
 * hash them against the index's per-file metadata, build the compound
 * lexicon from the word list, the index and the changed files (pass 1),
 * index the changed files (pass 2), drop files that are gone, and commit
 * everything as one transaction. A crash before the commit leaves the
 * previous index as it was. */
#include "indexer.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/log.h"
#include "xap/schema.h"

enum file_status {
    FS_PENDING,
    FS_UNCHANGED,
    FS_CHANGED,
    FS_FAILED
};

struct file_state {
    enum file_status st;
    struct ingest *cached; /* pass 1's parse, kept for pass 2 */
};

struct run {
    const struct settings *s;
    struct file_list files;
    char **roots;
    size_t nroots;
    struct file_state *fs;
    xap_wdb *w;
    struct txt_stemmer *stemmer;
    struct txt_lexicon *lexicon;
    struct txt_analyzer an;
    size_t indexed, items, skipped, failed, removed, cached_bytes;
    uint64_t bytes;
    struct timespec t0;
    double last_progress;
    int tty, progress_shown;
    int fresh; /* the index starts empty (--rebuild or other schema) */
    const char *current; /* file being indexed, for docbuild warnings */
};

static double elapsed(const struct run *r)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - r->t0.tv_sec) +
           (double)(t.tv_nsec - r->t0.tv_nsec) / 1e9;
}

/* Wipe the progress line before a log line goes out. */
static void clear_progress(struct run *r)
{
    if (r->progress_shown) {
        fputs("\r\033[K", stderr);
        r->progress_shown = 0;
    }
}

static void progress(struct run *r, const char *what, size_t i, int force)
{
    if (!r->tty || r->s->quiet)
        return;
    double t = elapsed(r);
    if (!force && t - r->last_progress < 0.1)
        return;
    r->last_progress = t;
    fprintf(stderr, "\r\033[K%s: files %zu/%zu, items %zu, %.1f MB/s", what, i,
            r->files.n, r->items, t > 0 ? (double)r->bytes / 1e6 / t : 0.0);
    fflush(stderr);
    r->progress_shown = 1;
}

static void fail_file(struct run *r, const char *path, const char *reason)
{
    clear_progress(r);
    log_msg(LOG_WARN, "index", "%s: %s", path, reason);
    r->failed++;
}

static void walk_report(void *ctx, const char *path, const char *reason)
{
    fail_file(ctx, path, reason);
}

static void docbuild_warn(void *ctx, const char *msg)
{
    struct run *r = ctx;
    clear_progress(r);
    log_msg(LOG_WARN, "index", "%s: %s", r->current, msg);
}

static int collect(struct run *r, struct err *e)
{
    r->roots = calloc(r->s->npaths + 1, sizeof *r->roots);
    if (r->roots == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < r->s->npaths; i++) {
        struct err pe = {0};
        char *abs = NULL;
        if (walk_abspath(r->s->paths[i], &abs, &pe) != ERR_OK) {
            fail_file(r, r->s->paths[i], pe.msg);
            continue;
        }
        r->roots[r->nroots++] = abs;
        int rc = walk_collect(abs, &r->files, walk_report, r, e);
        if (rc != ERR_OK)
            return rc;
    }
    walk_finish(&r->files);
    r->fs = calloc(r->files.n + 1, sizeof *r->fs);
    return r->fs != NULL ? ERR_OK : err_set(e, ERR_NOMEM, "out of memory");
}

/* Open the index; an index of another schema version is rebuilt. */
static int open_index(struct run *r, struct err *e)
{
    r->w = xap_wdb_open(r->s->db, r->s->rebuild, e);
    if (r->w == NULL)
        return e->code;
    r->fresh = r->s->rebuild;
    if (r->fresh)
        return ERR_OK;
    char *v = NULL;
    int rc = xap_wdb_get_metadata(r->w, META_SCHEMA, &v, e);
    if (rc != ERR_OK)
        return rc;
    int other = *v != '\0' ? strcmp(v, INDEX_SCHEMA_VERSION) != 0
                           : xap_wdb_doccount(r->w) > 0;
    if (other) {
        clear_progress(r);
        log_msg(LOG_INFO, "index",
                "index <%s> has schema <%s>, this indexer writes <%s>: "
                "rebuilding it",
                r->s->db, v, INDEX_SCHEMA_VERSION);
        xap_wdb_close(r->w);
        r->w = xap_wdb_open(r->s->db, 1, e);
        r->fresh = 1;
        if (r->w == NULL)
            rc = e->code;
    }
    free(v);
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
        clear_progress(r);
        log_msg(LOG_WARN, "index",
                "lexicon <%s>: %s; compounds are split with the corpus's "
                "own words only",
                r->s->lexicon, le.msg);
    }
    r->an.stemmer = r->stemmer;
    r->an.lexicon = r->lexicon;
    /* A fresh index has no words yet; then the lexicon is the word list
     * plus every file's words, whatever runs came before. */
    return r->fresh ? ERR_OK : vocab_add_index(r->lexicon, r->w, e);
}

/* "<sha256> <nitems>" stored for `path`, or "" if none. */
static int stored_hash(struct run *r, const char *path, char hash[65],
                       struct err *e)
{
    struct buf key = {0};
    char *v = NULL;
    hash[0] = '\0';
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
    free(v);
    return ERR_OK;
}

/* Pass 1 on one file: unchanged, or parsed and its words added to the
 * lexicon. Only index errors are returned; file problems mark it failed. */
static int scan_file(struct run *r, size_t i, struct err *e)
{
    const char *path = r->files.paths[i];
    struct file_state *f = &r->fs[i];
    if (strlen(path) > INDEXER_PATH_MAX) {
        char msg[80];
        snprintf(msg, sizeof msg, "path longer than %d bytes, not indexed",
                 INDEXER_PATH_MAX);
        f->st = FS_FAILED;
        fail_file(r, path, msg);
        return ERR_OK;
    }
    struct ingest *in = calloc(1, sizeof *in);
    if (in == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    struct err fe = {0};
    char old[65];
    int rc = stored_hash(r, path, old, e);
    if (rc == ERR_OK &&
        ingest_load(path, r->s->max_file_size, in, &fe) != ERR_OK) {
        f->st = FS_FAILED;
        fail_file(r, path, fe.msg);
    } else if (rc == ERR_OK && strcmp(old, in->hash) == 0) {
        f->st = FS_UNCHANGED;
        r->skipped++;
    } else if (rc == ERR_OK &&
               ingest_parse(path, r->s->max_file_size, in, &fe) != ERR_OK) {
        f->st = FS_FAILED;
        fail_file(r, path, fe.msg);
    } else if (rc == ERR_OK) {
        f->st = FS_CHANGED;
        rc = vocab_add_meeting(r->lexicon, &in->meeting, e);
        if (r->cached_bytes + in->text_bytes <= INDEXER_CACHE_MAX) {
            r->cached_bytes += in->text_bytes;
            f->cached = in;
            in = NULL;
        }
    }
    if (in != NULL) {
        ingest_fini(in);
        free(in);
    }
    return rc;
}

static void report_meeting(struct run *r, const char *path,
                           const struct ingest *in, size_t n)
{
    const struct mnt_meeting *m = &in->meeting;
    int generic = m->layout != NULL && strcmp(m->layout, "generic") == 0;
    if (!r->s->verbose && !generic)
        return;
    clear_progress(r);
    log_msg(generic ? LOG_WARN : LOG_INFO, "index",
            "%s: layout <%s>, %zu items, council <%s> (%s), date <%s>%s%s",
            path, m->layout ? m->layout : "", n, m->council ? m->council : "",
            m->council_source ? m->council_source : "", m->date ? m->date : "",
            in->converted ? ", converted from "
                            "Windows-1252"
                          : "",
            in->is_pdf ? ", from PDF" : "");
    for (size_t i = 0; i < m->nwarnings; i++)
        log_msg(LOG_WARN, "index", "%s: %s", path, m->warnings[i]);
}

/* Pass 2 on one changed file: replace its items. Errors returned are the
 * index's (fatal); a file that fails to read now is marked failed. */
static int index_file(struct run *r, size_t i, struct err *e)
{
    const char *path = r->files.paths[i];
    struct file_state *f = &r->fs[i];
    struct ingest *in = f->cached;
    struct ingest fresh = {0};
    struct err fe = {0};
    if (in == NULL) {
        in = &fresh;
        if (ingest_load(path, r->s->max_file_size, in, &fe) != ERR_OK ||
            ingest_parse(path, r->s->max_file_size, in, &fe) != ERR_OK) {
            ingest_fini(in);
            f->st = FS_FAILED;
            fail_file(r, path, fe.msg);
            return ERR_OK;
        }
    }
    struct buf t = {0};
    size_t n = 0;
    int rc = docbuild_file_term(path, &t) == ERR_OK
                 ? xap_wdb_delete_term(r->w, t.data, e)
                 : err_set(e, ERR_NOMEM, "out of memory");
    r->current = path;
    if (rc == ERR_OK)
        rc = docbuild_meeting(r->w, &r->an, path, &in->meeting, docbuild_warn,
                              r, &n, e);
    if (rc == ERR_OK) {
        buf_reset(&t);
        char val[96];
        snprintf(val, sizeof val, "%s %zu", in->hash, n);
        rc = buf_printf(&t, "%s%s", META_FILE_PREFIX, path) == ERR_OK
                 ? xap_wdb_set_metadata(r->w, t.data, val, e)
                 : err_set(e, ERR_NOMEM, "out of memory");
    }
    if (rc == ERR_OK) {
        r->indexed++;
        r->items += n;
        r->bytes += in->bytes;
        report_meeting(r, path, in, n);
    }
    buf_fini(&t);
    ingest_fini(in);
    if (f->cached != NULL) {
        free(f->cached);
        f->cached = NULL;
    }
    return rc;
}

struct keys {
    char **v;
    size_t n, cap;
};

static int key_fn(void *ctx, const char *key)
{
    struct keys *k = ctx;
    if (k->n == k->cap) {
        size_t cap = k->cap ? 2 * k->cap : 64;
        char **p = realloc(k->v, cap * sizeof *p);
        if (p == NULL)
            return ERR_NOMEM;
        k->v = p;
        k->cap = cap;
    }
    if ((k->v[k->n] = strdup(key)) == NULL)
        return ERR_NOMEM;
    k->n++;
    return 0;
}

/* Files indexed before, under a root of this run, not seen now and gone
 * from disk: their items and their metadata go. */
static int sweep(struct run *r, struct err *e)
{
    struct keys k = {0};
    int rc = xap_wdb_metadata_keys(r->w, META_FILE_PREFIX, key_fn, &k, e);
    if (rc == ERR_NOMEM)
        err_set(e, rc, "out of memory listing indexed files");
    struct buf t = {0};
    size_t plen = strlen(META_FILE_PREFIX);
    for (size_t i = 0; rc == ERR_OK && i < k.n; i++) {
        const char *path = k.v[i] + plen;
        if (walk_has(&r->files, path))
            continue;
        size_t j = 0;
        while (j < r->nroots && !walk_is_under(path, r->roots[j]))
            j++;
        struct stat st;
        if (j == r->nroots || lstat(path, &st) == 0 || errno != ENOENT)
            continue;
        rc = docbuild_file_term(path, &t) == ERR_OK
                 ? xap_wdb_delete_term(r->w, t.data, e)
                 : err_set(e, ERR_NOMEM, "out of memory");
        if (rc == ERR_OK)
            rc = xap_wdb_set_metadata(r->w, k.v[i], "", e);
        if (rc == ERR_OK) {
            r->removed++;
            if (r->s->verbose) {
                clear_progress(r);
                log_msg(LOG_INFO, "index", "%s: gone, its items removed", path);
            }
        }
    }
    buf_fini(&t);
    for (size_t i = 0; i < k.n; i++)
        free(k.v[i]);
    free(k.v);
    return rc;
}

static int run_passes(struct run *r, struct err *e)
{
    int rc = open_index(r, e);
    if (rc == ERR_OK)
        rc = xap_wdb_begin(r->w, e);
    if (rc == ERR_OK)
        rc = setup_analysis(r, e);
    for (size_t i = 0; rc == ERR_OK && i < r->files.n; i++) {
        progress(r, "scanning", i + 1, 0);
        rc = scan_file(r, i, e);
    }
    for (size_t i = 0; rc == ERR_OK && i < r->files.n; i++) {
        if (r->fs[i].st != FS_CHANGED)
            continue;
        progress(r, "indexing", i + 1, 0);
        rc = index_file(r, i, e);
    }
    if (rc == ERR_OK)
        rc = sweep(r, e);
    if (rc == ERR_OK)
        rc = xap_wdb_set_metadata(r->w, META_SCHEMA, INDEX_SCHEMA_VERSION, e);
    if (rc == ERR_OK) {
        progress(r, "committing", r->files.n, 1);
        rc = xap_wdb_commit(r->w, e);
    }
    return rc;
}

static void run_fini(struct run *r)
{
    xap_wdb_close(r->w); /* uncommitted changes are discarded */
    for (size_t i = 0; r->fs != NULL && i < r->files.n; i++) {
        if (r->fs[i].cached != NULL) {
            ingest_fini(r->fs[i].cached);
            free(r->fs[i].cached);
        }
    }
    free(r->fs);
    file_list_fini(&r->files);
    for (size_t i = 0; i < r->nroots; i++)
        free(r->roots[i]);
    free(r->roots);
    txt_stemmer_free(r->stemmer);
    txt_lexicon_free(r->lexicon);
}

int run_index(const struct settings *s)
{
    struct run r = {.s = s, .tty = isatty(STDERR_FILENO)};
    struct err e = {0};
    clock_gettime(CLOCK_MONOTONIC, &r.t0);
    int rc = collect(&r, &e);
    if (rc == ERR_OK)
        rc = run_passes(&r, &e);
    clear_progress(&r);
    if (rc != ERR_OK) {
        log_msg(LOG_ERROR, "index", "index <%s> not written: %s", s->db, e.msg);
        run_fini(&r);
        return EXIT_INDEX;
    }
    double t = elapsed(&r);
    if (!s->quiet)
        fprintf(stderr,
                "indexed %zu files (%zu items), skipped %zu unchanged, "
                "failed %zu, removed %zu, in %.2f s (%.1f MB/s)\n",
                r.indexed, r.items, r.skipped, r.failed, r.removed, t,
                t > 0 ? (double)r.bytes / 1e6 / t : 0.0);
    int status = r.failed > 0 ? EXIT_FAILED : EXIT_OK;
    run_fini(&r);
    return status;
}
