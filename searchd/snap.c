/* SPDX-License-Identifier: GPL-2.0-or-later */
/* snap.c - analysis snapshots and the reloader thread that rebuilds them
 * when the indexer commits a new revision or SIGHUP asks for it. */
#include "snap.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/log.h"
#include "limits.h"
#include "server.h"
#include "xap/schema.h"

struct snapstore {
    const struct settings *set;
    xap_db *db;           /* the reloader's own handle */
    pthread_mutex_t lock; /* guards cur, rebuilds and every snap's refs */
    uint64_t rebuilds;    /* snapshots published */
    struct snap *cur;
    _Atomic uint64_t disk_revision;
    pthread_mutex_t wake_lock; /* guards stop and hup */
    pthread_cond_t wake;
    int stop, hup;
    pthread_t thread;
    int started;
    /* Degraded: the snapshot is not of what the index holds (the reopen
     * or the rebuild failed). `reason` is empty when healthy; guarded by
     * `lock`. The reloader alone writes it, and retries a failed
     * rebuild every LIMIT_RELOAD_RETRY_MS. */
    char reason[ERR_MSG_MAX];
    int retry; /* the last rebuild failed */
    double retry_at_ms;
};

static void snap_free(struct snap *s)
{
    if (s == NULL)
        return;
    txt_lexicon_free(s->lexicon);
    qry_vocab_free(s->vocab);
    qry_thesaurus_free(s->thesaurus);
    hittab_free(s->hits);
    xap_word_src_free(s->words);
    free(s);
}

/* The index's own exact words join the word list, so query-time compound
 * splitting sees the lexicon the indexer used. Prefixed terms start with
 * an ASCII capital; short words would split too eagerly. */
static int add_index_word(void *ctx, const char *term, size_t len,
                          uint32_t freq)
{
    (void)freq;
    if (len < 4 || (term[0] >= 'A' && term[0] <= 'Z'))
        return 0;
    return txt_lexicon_add(ctx, term, len) == ERR_OK ? 0 : ERR_NOMEM;
}

static int check_schema(xap_db *db, struct err *e)
{
    char *v = NULL;
    if (xap_db_get_metadata(db, META_SCHEMA, &v, e) != ERR_OK)
        return ERR_BACKEND;
    int ok = strcmp(v, INDEX_SCHEMA_VERSION) == 0;
    int rc = ok ? ERR_OK
                : err_set(e, ERR_INVAL,
                          "index schema <%s>, this referatd reads <%s>: "
                          "rebuild it with referat-index --rebuild",
                          v, INDEX_SCHEMA_VERSION);
    free(v);
    return rc;
}

static struct snap *snap_build(struct snapstore *ss, struct err *e)
{
    const struct settings *set = ss->set;
    double t0 = server_now_ms();
    if (check_schema(ss->db, e) != ERR_OK)
        return NULL;
    struct snap *s = calloc(1, sizeof *s);
    if (s == NULL) {
        err_set(e, ERR_NOMEM, "out of memory");
        return NULL;
    }
    s->revision = xap_db_revision(ss->db);
    s->generation = xap_db_generation(ss->db);
    s->xrevision = xap_db_xapian_revision(ss->db);
    /* "documents" counts items, as before meeting records existed */
    s->doccount =
        xap_db_termfreq(ss->db, PFX_KIND KIND_ITEM, strlen(PFX_KIND KIND_ITEM));
    s->meetings = xap_db_termfreq(ss->db, PFX_KIND KIND_MEETING,
                                  strlen(PFX_KIND KIND_MEETING));
    s->lexicon = txt_lexicon_new(e);
    if (s->lexicon == NULL)
        goto fail;
    if (set->lexicon != NULL &&
        txt_lexicon_load(s->lexicon, set->lexicon, e) != ERR_OK)
        goto fail;
    int rc = xap_db_allterms(ss->db, "", add_index_word, s->lexicon, e);
    if (rc != ERR_OK) {
        if (rc == ERR_NOMEM)
            err_set(e, ERR_NOMEM, "out of memory building the lexicon");
        goto fail;
    }
    s->vocab = qry_vocab_build(ss->db, e);
    if (s->vocab == NULL)
        goto fail;
    if (set->thesaurus != NULL) {
        s->thesaurus = qry_thesaurus_load(set->thesaurus, e);
        if (s->thesaurus == NULL)
            goto fail;
    }
    struct err he;
    err_clear(&he);
    s->hits = hittab_build(ss->db, &he);
    if (s->hits == NULL)
        log_msg(LOG_WARN, "snap",
                "no hit table (%s): hit lists read each item's stored data",
                he.msg);
    err_clear(&he);
    /* an index with positions in Xapian's table (shards) has no streams */
    if (xap_db_positions(ss->db) == XAP_POS_STREAMS)
        s->words = xap_word_src_build(ss->db, LIMIT_WORDS_BYTES, &he);
    if (s->words == NULL && xap_db_positions(ss->db) == XAP_POS_STREAMS)
        log_msg(LOG_WARN, "snap",
                "word streams not in memory (%s): phrases read them from "
                "the index",
                he.msg);
    s->build_ms = server_now_ms() - t0;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    s->built_at = (double)now.tv_sec + (double)now.tv_nsec / 1e9;
    s->refs = 1; /* the store's own reference */
    return s;
fail:
    snap_free(s);
    return NULL;
}

/* Swap in a new snapshot; the old one goes when its last user lets go. */
static void snap_publish(struct snapstore *ss, struct snap *s)
{
    pthread_mutex_lock(&ss->lock);
    struct snap *old = ss->cur;
    ss->cur = s;
    ss->rebuilds++;
    pthread_mutex_unlock(&ss->lock);
    if (old != NULL)
        snap_release(ss, old);
    log_msg(LOG_INFO, "snap",
            "generation %u revision %u: %u items, %zu lexicon words, %zu "
            "vocabulary "
            "terms, %zu synonym groups, hit table %.1f MB, word streams "
            "%.1f MB, built in %.0f ms",
            (unsigned)s->generation, (unsigned)s->xrevision,
            (unsigned)s->doccount, txt_lexicon_size(s->lexicon),
            qry_vocab_size(s->vocab),
            s->thesaurus != NULL ? qry_thesaurus_groups(s->thesaurus) : 0,
            (double)hittab_bytes(s->hits) / 1e6,
            (double)xap_word_src_bytes(s->words) / 1e6, s->build_ms);
}

/* Record why the snapshot is stale ("" when it is not); logged when it
 * changes, not at every poll. */
static void set_reason(struct snapstore *ss, const char *reason)
{
    pthread_mutex_lock(&ss->lock);
    int same = strcmp(ss->reason, reason) == 0;
    int was = ss->reason[0] != '\0';
    snprintf(ss->reason, sizeof ss->reason, "%s", reason);
    pthread_mutex_unlock(&ss->lock);
    if (same)
        return;
    if (*reason != '\0')
        log_msg(LOG_ERROR, "snap", "degraded: %s", reason);
    else if (was)
        log_msg(LOG_INFO, "snap", "healthy again");
}

static void reload_once(struct snapstore *ss, int hup)
{
    struct err e;
    err_clear(&e);
    int changed = 0;
    if (xap_db_reopen(ss->db, &changed, &e) != ERR_OK) {
        char why[ERR_MSG_MAX];
        snprintf(why, sizeof why,
                 "index unreadable, serving the last "
                 "revision read: %.180s",
                 e.msg);
        set_reason(ss, why);
        return;
    }
    uint64_t rev = xap_db_revision(ss->db);
    atomic_store(&ss->disk_revision, rev);
    pthread_mutex_lock(&ss->lock);
    uint64_t have = ss->cur != NULL ? ss->cur->revision : 0;
    pthread_mutex_unlock(&ss->lock);
    if (!hup && rev == have && !ss->retry) {
        set_reason(ss, ""); /* a reopen failure passed */
        return;
    }
    /* A rebuild that failed (for a new revision or on SIGHUP) is tried
     * again, but not at every poll: it reads the whole vocabulary. */
    if (!hup && ss->retry && server_now_ms() < ss->retry_at_ms)
        return;
    struct snap *s = snap_build(ss, &e);
    if (s == NULL) {
        char why[ERR_MSG_MAX];
        ss->retry = 1;
        ss->retry_at_ms = server_now_ms() + LIMIT_RELOAD_RETRY_MS;
        snprintf(why, sizeof why,
                 "cannot build the snapshot of generation %u revision %u, "
                 "retrying: %.140s",
                 (unsigned)xap_db_generation(ss->db),
                 (unsigned)xap_db_xapian_revision(ss->db), e.msg);
        set_reason(ss, why);
        return;
    }
    ss->retry = 0;
    snap_publish(ss, s);
    set_reason(ss, "");
}

static void *reloader_main(void *arg)
{
    struct snapstore *ss = arg;
    for (;;) {
        pthread_mutex_lock(&ss->wake_lock);
        if (!ss->stop && !ss->hup) {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            ts.tv_nsec += (long)LIMIT_REVISION_POLL_MS * 1000000L;
            if (ts.tv_nsec >= 1000000000L) {
                ts.tv_sec++;
                ts.tv_nsec -= 1000000000L;
            }
            pthread_cond_timedwait(&ss->wake, &ss->wake_lock, &ts);
        }
        int stop = ss->stop, hup = ss->hup;
        ss->hup = 0;
        pthread_mutex_unlock(&ss->wake_lock);
        if (stop)
            break;
        reload_once(ss, hup);
    }
    return NULL;
}

struct snapstore *snapstore_new(const struct settings *set, struct err *e)
{
    struct snapstore *ss = calloc(1, sizeof *ss);
    if (ss == NULL) {
        err_set(e, ERR_NOMEM, "out of memory");
        return NULL;
    }
    ss->set = set;
    pthread_mutex_init(&ss->lock, NULL);
    pthread_mutex_init(&ss->wake_lock, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&ss->wake, &ca);
    pthread_condattr_destroy(&ca);
    struct xap_open_opts oo;
    settings_db_opts(set, &oo);
    ss->db = xap_db_open_opts(set->db, &oo, e);
    if (ss->db == NULL)
        goto fail;
    struct snap *s = snap_build(ss, e);
    if (s == NULL)
        goto fail;
    atomic_store(&ss->disk_revision, s->revision);
    snap_publish(ss, s);
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    int rc = pthread_create(&ss->thread, NULL, reloader_main, ss);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        err_set(e, ERR_NOMEM, "cannot start reloader thread: %s", strerror(rc));
        goto fail;
    }
    ss->started = 1;
    return ss;
fail:
    snapstore_free(ss);
    return NULL;
}

void snapstore_free(struct snapstore *ss)
{
    if (ss == NULL)
        return;
    if (ss->started) {
        pthread_mutex_lock(&ss->wake_lock);
        ss->stop = 1;
        pthread_cond_signal(&ss->wake);
        pthread_mutex_unlock(&ss->wake_lock);
        pthread_join(ss->thread, NULL);
    }
    snap_free(ss->cur);
    xap_db_close(ss->db);
    pthread_cond_destroy(&ss->wake);
    pthread_mutex_destroy(&ss->wake_lock);
    pthread_mutex_destroy(&ss->lock);
    free(ss);
}

struct snap *snap_acquire(struct snapstore *ss)
{
    pthread_mutex_lock(&ss->lock);
    struct snap *s = ss->cur;
    s->refs++;
    pthread_mutex_unlock(&ss->lock);
    return s;
}

void snap_release(struct snapstore *ss, struct snap *s)
{
    pthread_mutex_lock(&ss->lock);
    int last = --s->refs == 0;
    pthread_mutex_unlock(&ss->lock);
    if (last)
        snap_free(s);
}

uint64_t snapstore_revision(struct snapstore *ss)
{
    return atomic_load(&ss->disk_revision);
}

uint64_t snapstore_rebuilds(struct snapstore *ss)
{
    pthread_mutex_lock(&ss->lock);
    uint64_t n = ss->rebuilds;
    pthread_mutex_unlock(&ss->lock);
    return n;
}

void snapstore_reload(struct snapstore *ss)
{
    pthread_mutex_lock(&ss->wake_lock);
    ss->hup = 1;
    pthread_cond_signal(&ss->wake);
    pthread_mutex_unlock(&ss->wake_lock);
}

int snapstore_degraded(struct snapstore *ss, char *reason, size_t n)
{
    pthread_mutex_lock(&ss->lock);
    int bad = ss->reason[0] != '\0';
    if (n > 0)
        snprintf(reason, n, "%s", ss->reason);
    pthread_mutex_unlock(&ss->lock);
    return bad;
}
