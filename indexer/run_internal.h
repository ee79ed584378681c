/* SPDX-License-Identifier: GPL-2.0-or-later */
/* run_internal.h - what the files of one indexing run share (run.c,
 * run_files.c, run_scan.c, run_build.c, run_report.c): the run's state,
 * each file's, the threads of a pass. Not for the rest of the indexer:
 * its entry point is run_index() in indexer.h. */
#ifndef REFERAT_INDEXER_RUN_INTERNAL_H
#define REFERAT_INDEXER_RUN_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "indexer.h"

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

/* ---- run.c: the threads of a pass ---------------------------------------- */

/* Run wk[0..n) over every file: n - 1 new threads and this one. The
 * first error of any is returned. */
int run_workers(struct run *r, struct worker *wk, unsigned n, struct err *e);
/* A pass that only reads and parses: `job` on r->jobs threads. */
int run_parse_pass(struct run *r, file_job job, struct err *e);

/* ---- run_files.c: the files of the run ----------------------------------- */

/* Walk the settings' paths into r->files, sorted (a path that cannot be
 * made absolute is a failed file). */
int run_collect(struct run *r, struct err *e);
/* The stored hash and name of every file (walked and kept), read before
 * threads start (Xapian handles are not thread-safe). */
int run_stored_hashes(struct run *r, struct err *e);
/* Every file to index gets the name its ids carry; the names stored by
 * earlier runs stay (ids are stable) and are not given twice. */
int run_name_files(struct run *r, struct err *e);
/* Files indexed before and not walked now: gone (counted as removed) or
 * kept (appended to the file list, FS_KEPT). */
int run_find_removed(struct run *r, struct err *e);

/* ---- run_scan.c: pass 1 ------------------------------------------------- */

/* Hash every file, parse the new and modified ones; then decide how this
 * run writes (r->mode). */
int run_scan(struct run *r, struct err *e);
/* A full build parses the unchanged and kept files too (file_job). */
int run_parse_rest(struct worker *wk, size_t i, struct err *e);
/* Free a parse (NULL allowed). */
void run_ingest_free(struct ingest *in);

/* ---- run_build.c: pass 2 ------------------------------------------------ */

/* A full build: a new generation of every current file. */
int run_build_all(struct run *r, struct err *e);
/* Only new files: into the live generation, one commit. */
int run_add_new(struct run *r, struct err *e);

/* ---- run_report.c: what a run prints ------------------------------------ */

/* Seconds since the run started. */
double run_elapsed(const struct run *r);
/* Wipe the progress line before a log line goes out. */
void run_clear_progress(struct run *r);
/* The progress line (a terminal, not --quiet), at most every 0.1 s
 * unless `force`. */
void run_progress(struct run *r, const char *what, size_t i, int force);
/* A file that failed: logged and counted. Threads call it holding
 * r->lock (run_fail_locked()). */
void run_fail_file(struct run *r, const char *path, const char *reason);
/* File i failed: marked FS_FAILED, logged and counted, under r->lock. */
void run_fail_locked(struct run *r, size_t i, const char *reason);
/* The progress line from a thread of a pass, under r->lock. */
void run_progress_locked(struct run *r, const char *what);
/* Each meeting of a file read (-v, or split by the generic layout): its
 * layout, items, council, date and the parser's notes. */
void run_report_meeting(struct run *r, const char *path,
                        const struct ingest *in);
/* The last line: how the run wrote, the counts, time and speed. */
void run_print_summary(const struct run *r);

#endif
