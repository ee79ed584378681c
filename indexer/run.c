/* SPDX-License-Identifier: GPL-2.0-or-later */
/* run.c - one indexing run: collect the files, hash them against the
 * index's per-file metadata, then either add the new files to the live
 * generation (one commit) or build a new generation of every current
 * file in parallel shards, compacted and switched in atomically. A crash
 * at any moment leaves the previous index as it was.
 *
 * Why two ways: generations have no termlist (smaller, cheaper to
 * write), so a document can be added but never deleted; a changed or
 * removed file means a full build. */
#include "indexer.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/log.h"
#include "xap/schema.h"

enum file_status {
    FS_PENDING,
    FS_UNCHANGED, /* same hash as indexed */
    FS_NEW,       /* parsed, never indexed */
    FS_MODIFIED,  /* parsed, indexed before with another hash */
    FS_FAILED,    /* reported; keeps its items unless the run rebuilds */
    FS_KEPT,      /* indexed before, outside this run's roots: rebuilds
                     read it again */
    FS_FOREIGN,   /* another shard's (shard.c): its words only */
};

struct file_state {
    enum file_status st;
    struct ingest *cached; /* parsed in pass 1, kept for pass 2 */
    char *name; /* in its items' ids: stored by an earlier run, or given
                   by fileid_assign() before pass 2 */
    int lexed;  /* FS_FOREIGN: its words are in the lexicon */
};

enum run_mode {
    MODE_NONE, /* nothing changed: nothing written */
    MODE_ADD,  /* only new files: added to the live generation */
    MODE_FULL, /* a new generation of every current file */
};

struct worker;
/* One file's work in a pass: index errors returned (fatal), file
 * problems reported and the file marked failed. */
typedef int (*file_job)(struct worker *wk, size_t i, struct err *e);

/* What one thread of a pass owns. */
struct worker {
    struct run *r;
    file_job job;
    xap_wdb *w;
    struct txt_stemmer *stemmer; /* libstemmer is not thread-safe */
    struct txt_analyzer an;
    const char *current; /* file being indexed, for docbuild warnings */
    struct err e;
    int rc;
    pthread_t thread;
};

struct run {
    const struct settings *s;
    struct file_list files; /* this run's files, then the kept ones */
    size_t nwalked;         /* files[0..nwalked) come from the roots */
    char **roots;
    size_t nroots;
    struct file_state *fs;
    xap_index *x;
    xap_wdb *w; /* the live database: stored hashes; MODE_ADD writes */
    struct txt_stemmer *stemmer;
    struct txt_lexicon *lexicon;
    enum run_mode mode;
    unsigned jobs;
    size_t indexed, items, skipped, failed, removed, nmodified, nnew;
    size_t cached_bytes;
    uint64_t bytes;
    struct timespec t0;
    double last_progress;
    int tty, progress_shown;
    int fresh;       /* no usable index (--rebuild, none, other schema): every
                        file is new and the run rebuilds */
    const char *why; /* the reason for a full build; NULL for a new index
                        or before it is known */
    char (*old)[65]; /* stored hash per file ("" if none) */
    pthread_mutex_t lock;    /* threads: counters, the cache, stderr */
    pthread_mutex_t lexlock; /* pass 1 threads: adding to the lexicon */
    _Atomic size_t next;     /* threads: next file to take */
    _Atomic int stop;        /* threads: one failed, the others stop */
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

/* Threads call it holding r->lock (fail_locked()). */
static void fail_file(struct run *r, const char *path, const char *reason)
{
    clear_progress(r);
    log_msg(LOG_WARN, "index", "%s: %s", path, reason);
    r->failed++;
}

static void fail_locked(struct run *r, size_t i, const char *reason)
{
    pthread_mutex_lock(&r->lock);
    r->fs[i].st = FS_FAILED;
    fail_file(r, r->files.paths[i], reason);
    pthread_mutex_unlock(&r->lock);
}

static void walk_report(void *ctx, const char *path, const char *reason)
{
    fail_file(ctx, path, reason);
}

static void walk_skip(void *ctx, const char *path, const char *reason)
{
    struct run *r = ctx;
    clear_progress(r);
    log_msg(LOG_WARN, "index", "%s: %s", path, reason);
}

static void docbuild_warn(void *ctx, const char *msg)
{
    struct worker *wk = ctx;
    pthread_mutex_lock(&wk->r->lock);
    clear_progress(wk->r);
    log_msg(LOG_WARN, "index", "%s: %s", wk->current, msg);
    pthread_mutex_unlock(&wk->r->lock);
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
        clear_progress(r);
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
static int stored_hashes(struct run *r, struct err *e)
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
static int name_files(struct run *r, struct err *e)
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

static void ingest_free(struct ingest *in)
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
        ingest_parse(path, r->s->max_file_size, in, &fe) != ERR_OK) {
        fail_locked(r, i, fe.msg);
        return ERR_OK;
    }
    *ok = 1;
    pthread_mutex_lock(&r->lexlock);
    int rc = vocab_add_meeting(r->lexicon, &in->meeting, e);
    pthread_mutex_unlock(&r->lexlock);
    return rc;
}

static void progress_locked(struct run *r, const char *what)
{
    pthread_mutex_lock(&r->lock);
    progress(r, what, atomic_load(&r->next), 0);
    pthread_mutex_unlock(&r->lock);
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
    progress_locked(r, "scanning");
    if (strlen(path) > INDEXER_PATH_MAX) {
        char msg[80];
        snprintf(msg, sizeof msg, "path longer than %d bytes, not indexed",
                 INDEXER_PATH_MAX);
        fail_locked(r, i, msg);
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
        fail_locked(r, i, fe.msg);
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
    ingest_free(in);
    return rc;
}

/* A full build indexes the unchanged and kept files too: parse them
 * before pass 2, so their words are in the lexicon (file_job). */
static int parse_rest(struct worker *wk, size_t i, struct err *e)
{
    struct run *r = wk->r;
    struct file_state *f = &r->fs[i];
    int words_only = f->st == FS_FOREIGN && !f->lexed;
    if (f->st != FS_UNCHANGED && f->st != FS_KEPT && !words_only)
        return ERR_OK;
    progress_locked(r, "reading");
    struct ingest *in = calloc(1, sizeof *in);
    if (in == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    int ok = 0;
    int rc = parse_file(r, i, in, &ok, e);
    if (ok && !words_only)
        keep_parse(r, f, &in);
    ingest_free(in);
    return rc;
}

/* 1 if a parser note says how the file was read, not what it lacks
 * (lib/minutes words them so): info, not a warning. */
static int is_fact(const char *note)
{
    static const char *const facts[] = {
        "unknown layout: split on",     /* numbered headings found */
        "no council name found: using", /* the municipality is the name */
    };
    for (size_t i = 0; i < sizeof facts / sizeof facts[0]; i++)
        if (strncmp(note, facts[i], strlen(facts[i])) == 0)
            return 1;
    return 0;
}

static void report_meeting(struct run *r, const char *path,
                           const struct ingest *in, size_t n)
{
    const struct mnt_meeting *m = &in->meeting;
    int generic = m->layout != NULL && strcmp(m->layout, "generic") == 0;
    if (!r->s->verbose && !generic)
        return;
    clear_progress(r);
    /* What the file is is a fact (info); what it lacks is a warning. A
     * file split by the generic layout is named even without -v. */
    log_msg(LOG_INFO, "index",
            "%s: layout <%s>, %zu items, council <%s> (%s), date <%s>, "
            "confidence %.2f%s%s%s",
            path, m->layout ? m->layout : "", n, m->council ? m->council : "",
            m->council_source ? m->council_source : "", m->date ? m->date : "",
            m->confidence,
            in->converted ? ", converted from "
                            "Windows-1252"
                          : "",
            strcmp(in->format, "txt") != 0 ? ", from " : "",
            strcmp(in->format, "txt") != 0 ? in->format : "");
    for (size_t i = 0; i < m->nwarnings; i++)
        log_msg(is_fact(m->warnings[i]) ? LOG_INFO : LOG_WARN, "index",
                "%s: %s", path, m->warnings[i]);
}

/* Add one file's items and its metadata key to wk's writer. */
static int add_items(struct worker *wk, const char *path, const char *name,
                     struct ingest *in, size_t *n, struct err *e)
{
    wk->current = path;
    int rc = docbuild_meeting(wk->w, &wk->an, path, name, &in->meeting,
                              docbuild_warn, wk, n, e);
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
            ingest_parse(path, r->s->max_file_size, in, &fe) != ERR_OK) {
            ingest_fini(in);
            pthread_mutex_lock(&r->lock);
            f->st = FS_FAILED;
            fail_file(r, path, fe.msg);
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
        report_meeting(r, path, in, n);
        progress(r, r->mode == MODE_FULL ? "indexing" : "adding", r->indexed,
                 0);
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
static int run_workers(struct run *r, struct worker *wk, unsigned n,
                       struct err *e)
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
static int parse_pass(struct run *r, file_job job, struct err *e)
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

static int push_path(struct file_list *fl, const char *path, struct err *e)
{
    if (fl->n == fl->cap) {
        size_t cap = fl->cap ? 2 * fl->cap : 64;
        char **p = realloc(fl->paths, cap * sizeof *p);
        if (p == NULL)
            return err_set(e, ERR_NOMEM, "out of memory");
        fl->paths = p;
        fl->cap = cap;
    }
    if ((fl->paths[fl->n] = strdup(path)) == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    fl->n++;
    return ERR_OK;
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
static int find_removed(struct run *r, struct err *e)
{
    struct keys k = {0};
    int rc = r->w != NULL && !r->fresh
                 ? xap_wdb_metadata_keys(r->w, META_FILE_PREFIX, key_fn, &k, e)
                 : ERR_OK;
    if (rc == ERR_NOMEM)
        err_set(e, rc, "out of memory listing indexed files");
    size_t plen = strlen(META_FILE_PREFIX);
    for (size_t i = 0; rc == ERR_OK && i < k.n; i++) {
        const char *path = k.v[i] + plen;
        struct file_list walked = r->files; /* the sorted part only */
        walked.n = r->nwalked;
        if (walk_has(&walked, path))
            continue;
        if (is_gone(r, path)) {
            r->removed++;
            if (r->s->verbose) {
                clear_progress(r);
                log_msg(LOG_INFO, "index", "%s: gone, its items removed", path);
            }
        } else {
            rc = push_path(&r->files, path, e);
        }
    }
    for (size_t i = 0; i < k.n; i++)
        free(k.v[i]);
    free(k.v);
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
    return ERR_OK;
}

/* Pass 1: hash every file, parse the new and modified ones; then decide
 * how this run writes. */
static int scan(struct run *r, struct err *e)
{
    int rc = find_removed(r, e);
    if (rc == ERR_OK) {
        r->fs = calloc(r->files.n + 1, sizeof *r->fs);
        if (r->fs == NULL)
            rc = err_set(e, ERR_NOMEM, "out of memory");
    }
    for (size_t i = r->nwalked; rc == ERR_OK && i < r->files.n; i++)
        r->fs[i].st = FS_KEPT;
    if (rc == ERR_OK)
        rc = stored_hashes(r, e);
    if (rc == ERR_OK)
        rc = parse_pass(r, scan_file, e);
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
static int build_all(struct run *r, struct err *e)
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
    double t_parsed = elapsed(r), t_indexed = 0;
    int rc = xap_index_build_begin(r->x, n, e);
    if (rc == ERR_OK)
        rc = setup_workers(r, wk, n, e);
    if (rc == ERR_OK)
        rc = run_workers(r, wk, n, e);
    t_indexed = elapsed(r);
    if (rc == ERR_OK)
        rc = xap_wdb_set_metadata(xap_index_shard(r->x, 0), META_SCHEMA,
                                  INDEX_SCHEMA_VERSION, e);
    struct xap_build_stats st = {0};
    if (rc == ERR_OK) {
        progress(r, "compacting", r->files.n, 1);
        rc = xap_index_build_finish(r->x, &st, e);
    }
    if (rc == ERR_OK && r->s->verbose) {
        clear_progress(r);
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
static int add_new(struct run *r, struct err *e)
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
        progress(r, "committing", r->files.n, 1);
        rc = xap_wdb_commit(r->w, e);
    }
    return rc;
}

static int run_passes(struct run *r, struct err *e)
{
    int rc = open_index(r, e);
    if (rc == ERR_OK)
        rc = setup_analysis(r, e);
    if (rc == ERR_OK)
        rc = scan(r, e);
    if (rc != ERR_OK || r->mode == MODE_NONE)
        return rc;
    rc = name_files(r, e);
    if (rc != ERR_OK)
        return rc;
    if (r->mode == MODE_ADD)
        return add_new(r, e);
    if (r->why != NULL) {
        clear_progress(r);
        log_msg(LOG_INFO, "index",
                "rebuilding <%s> (%s): %zu new, %zu changed, %zu removed "
                "files",
                r->s->db, r->why, r->nnew, r->nmodified, r->removed);
    }
    /* The live database is not needed any more: its stored hashes are
     * read, and a full build writes a new generation. */
    xap_wdb_close(r->w);
    r->w = NULL;
    rc = parse_pass(r, parse_rest, e);
    return rc == ERR_OK ? build_all(r, e) : rc;
}

static void run_fini(struct run *r)
{
    xap_wdb_close(r->w); /* uncommitted changes are discarded */
    xap_index_close(r->x);
    for (size_t i = 0; r->fs != NULL && i < r->files.n; i++) {
        ingest_free(r->fs[i].cached);
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

static void print_summary(const struct run *r)
{
    double t = elapsed(r);
    char how[32] = "unchanged";
    if (r->mode == MODE_FULL)
        snprintf(how, sizeof how, "rebuilt (%u job%s)", r->jobs,
                 r->jobs == 1 ? "" : "s");
    else if (r->mode == MODE_ADD)
        snprintf(how, sizeof how, "added");
    char line[256];
    snprintf(line, sizeof line,
             "%s: indexed %zu files (%zu items), skipped %zu unchanged, "
             "failed %zu, removed %zu, in %.2f s (%.1f MB/s)",
             how, r->indexed, r->items, r->skipped, r->failed, r->removed, t,
             t > 0 ? (double)r->bytes / 1e6 / t : 0.0);
    if (r->s->log_json) /* a log shipper wants every line an object */
        log_msg(LOG_INFO, "index", "%s", line);
    else
        fprintf(stderr, "%s\n", line);
}

int run_index(const struct settings *s)
{
    struct run r = {.s = s, .tty = isatty(STDERR_FILENO)};
    struct err e = {0};
    clock_gettime(CLOCK_MONOTONIC, &r.t0);
    pthread_mutex_init(&r.lock, NULL);
    pthread_mutex_init(&r.lexlock, NULL);
    r.jobs = default_jobs(s);
    int rc = collect(&r, &e);
    if (rc == ERR_OK)
        rc = run_passes(&r, &e);
    clear_progress(&r);
    if (rc != ERR_OK) {
        log_msg(LOG_ERROR, "index", "index <%s> not written: %s", s->db, e.msg);
        run_fini(&r);
        return EXIT_INDEX;
    }
    if (!s->quiet)
        print_summary(&r);
    int status = r.failed > 0 ? EXIT_FAILED : EXIT_OK;
    if (r.nwalked == 0 && r.failed == 0) {
        /* a mistyped folder, or one of .doc files: say so, and fail */
        log_msg(LOG_WARN, "index",
                "no minutes files (*.txt, *.pdf) found in the %zu path%s "
                "given",
                s->npaths, s->npaths == 1 ? "" : "s");
        status = EXIT_FAILED;
    }
    run_fini(&r);
    return status;
}
