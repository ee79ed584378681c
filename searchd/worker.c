/* SPDX-License-Identifier: GPL-2.0-or-later */
/* worker.c - the search thread pool: two bounded FIFOs of requests (cheap
 * and costly) guarded by one mutex, threads that pop, run and hand the
 * answer back to the event loop with event_active() (libevent is set up
 * for pthreads). */
#include "worker.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "limits.h"
#include "req.h"
#include "server.h"

struct worker {
    struct pool *pool;
    pthread_t thread;
    int started;
    struct worker_ctx ctx;
};

/* One FIFO. */
struct lane {
    struct req *head, *tail;
};

/* A few costly queries must not hold every worker while cheap ones
 * wait: costly ones (see req_is_heavy()) run on at most heavy_max
 * workers at once (all but one), and a free worker takes a cheap
 * request first, unless the oldest costly one has waited too long. */
struct pool {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    struct lane light, heavy;
    unsigned queued; /* in both lanes */
    unsigned queue_max;
    unsigned heavy_running, heavy_max;
    int stopping;
    unsigned nworkers;
    struct worker *workers;
};

/* Costly by its shape, before running it: wildcards (up to 200 terms
 * each), deep pages (Xapian ranks offset+limit documents), many words. */
static int req_is_heavy(const struct req *r)
{
    const struct proto_search *s = &r->search;
    if (r->kind == REQ_WORK) /* a walk over every match, or a stream */
        return 1;
    if (r->kind != REQ_SEARCH)
        return 0;
    if ((uint64_t)s->offset + s->limit > LIMIT_CHEAP_WINDOW ||
        memchr(s->q, '*', s->q_len) != NULL)
        return 1;
    size_t words = 0;
    for (size_t i = 0; i < s->q_len; i++)
        words += s->q[i] == ' ' && i + 1 < s->q_len && s->q[i + 1] != ' ';
    return words >= LIMIT_CHEAP_WORDS;
}

static void lane_push(struct lane *l, struct req *r)
{
    r->next = NULL;
    if (l->tail != NULL)
        l->tail->next = r;
    else
        l->head = r;
    l->tail = r;
}

static struct req *lane_pop(struct lane *l)
{
    struct req *r = l->head;
    if (r != NULL) {
        l->head = r->next;
        if (l->head == NULL)
            l->tail = NULL;
        r->next = NULL;
    }
    return r;
}

/* Unlink `r` if queued in `l`: 1 if it was. */
static int lane_remove(struct lane *l, struct req *r)
{
    for (struct req **pp = &l->head, *prev = NULL; *pp != NULL;
         prev = *pp, pp = &(*pp)->next) {
        if (*pp != r)
            continue;
        *pp = r->next;
        if (l->tail == r)
            l->tail = prev;
        r->next = NULL;
        return 1;
    }
    return 0;
}

/* The next request for a free worker, or NULL (lock held). */
static struct req *pool_take(struct pool *p)
{
    int heavy_ok = p->heavy.head != NULL && p->heavy_running < p->heavy_max;
    struct req *r = NULL;
    if (heavy_ok && (p->light.head == NULL ||
                     server_now_ms() - p->heavy.head->t0 > LIMIT_HEAVY_WAIT_MS))
        r = lane_pop(&p->heavy);
    if (r != NULL) {
        r->heavy = 1;
        p->heavy_running++;
    } else {
        r = lane_pop(&p->light);
    }
    if (r != NULL)
        p->queued--;
    return r;
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct pool *p = w->pool;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        struct req *r;
        while ((r = pool_take(p)) == NULL && !p->stopping)
            pthread_cond_wait(&p->cond, &p->lock);
        pthread_mutex_unlock(&p->lock);
        if (r == NULL) /* stopping and nothing left */
            break;

        if (deadline_passed(&r->deadline))
            req_fail(r, PROTO_TIMEOUT,
                     "waited longer than --query-timeout for a worker");
        else
            search_run(&w->ctx, r);
        if (r->heavy) { /* another worker may take a costly one now */
            pthread_mutex_lock(&p->lock);
            p->heavy_running--;
            pthread_cond_broadcast(&p->cond);
            pthread_mutex_unlock(&p->lock);
        }
        /* From here on `r` belongs to the event loop again. */
        event_active(r->done_ev, EV_READ, 1);
    }
    return NULL;
}

static int worker_open(struct worker *w, const struct settings *set,
                       struct snapstore *snaps, struct err *e)
{
    w->ctx.snaps = snaps;
    w->ctx.rank = &set->rank;
    struct xap_open_opts oo;
    settings_db_opts(set, &oo);
    /* a silent shard's retry is the reloader's: no request waits for it */
    oo.leave_retries = 1;
    w->ctx.db = xap_db_open_opts(set->db, &oo, e);
    if (w->ctx.db == NULL)
        return e != NULL ? e->code : ERR_BACKEND;
    w->ctx.stemmer = txt_stemmer_new(e);
    if (w->ctx.stemmer == NULL)
        return e != NULL ? e->code : ERR_NOMEM;
    return ERR_OK;
}

struct pool *pool_new(const struct settings *set, struct snapstore *snaps,
                      struct err *e)
{
    struct pool *p = calloc(1, sizeof *p);
    if (p == NULL) {
        err_set(e, ERR_NOMEM, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->cond, NULL);
    p->queue_max = set->queue_max;
    p->heavy_max = set->threads > 1 ? set->threads - 1 : 1;
    p->workers = calloc(set->threads, sizeof *p->workers);
    if (p->workers == NULL) {
        err_set(e, ERR_NOMEM, "out of memory");
        pool_free(p);
        return NULL;
    }
    p->nworkers = set->threads;
    for (unsigned i = 0; i < p->nworkers; i++) {
        p->workers[i].pool = p;
        if (worker_open(&p->workers[i], set, snaps, e) != ERR_OK) {
            pool_free(p);
            return NULL;
        }
    }
    /* Signals are for the event loop: workers block them all. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    for (unsigned i = 0; i < p->nworkers; i++) {
        struct worker *w = &p->workers[i];
        int rc = pthread_create(&w->thread, NULL, worker_main, w);
        if (rc != 0) {
            pthread_sigmask(SIG_SETMASK, &old, NULL);
            err_set(e, ERR_NOMEM, "cannot start worker thread: %s",
                    strerror(rc));
            pool_free(p);
            return NULL;
        }
        w->started = 1;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return p;
}

int pool_submit(struct pool *p, struct req *r, struct err *e)
{
    int rc = ERR_OK;
    pthread_mutex_lock(&p->lock);
    if (p->stopping) {
        rc = err_set(e, ERR_LIMIT, "server is shutting down");
    } else if (p->queued >= p->queue_max) {
        rc = err_set(e, ERR_LIMIT, "all <%u> workers busy, <%u> waiting",
                     p->nworkers, p->queued);
    } else {
        lane_push(req_is_heavy(r) ? &p->heavy : &p->light, r);
        p->queued++;
        /* all: the one woken might be unable to take a costly one */
        pthread_cond_broadcast(&p->cond);
    }
    pthread_mutex_unlock(&p->lock);
    return rc;
}

void pool_cancel(struct pool *p, struct req *r)
{
    deadline_cancel(&r->cancelled);
    pthread_mutex_lock(&p->lock);
    int unlinked = lane_remove(&p->light, r) || lane_remove(&p->heavy, r);
    if (unlinked)
        p->queued--;
    pthread_mutex_unlock(&p->lock);
    if (unlinked) { /* no worker will see it: complete it here */
        req_fail(r, PROTO_TIMEOUT, "the client went away");
        event_active(r->done_ev, EV_READ, 1);
    }
}

unsigned pool_queued(struct pool *p)
{
    pthread_mutex_lock(&p->lock);
    unsigned n = p->queued;
    pthread_mutex_unlock(&p->lock);
    return n;
}

unsigned pool_threads(const struct pool *p)
{
    return p->nworkers;
}

int pool_is_stopping(struct pool *p)
{
    pthread_mutex_lock(&p->lock);
    int s = p->stopping;
    pthread_mutex_unlock(&p->lock);
    return s;
}

void pool_stop(struct pool *p)
{
    if (p == NULL)
        return;
    pthread_mutex_lock(&p->lock);
    p->stopping = 1;
    struct lane drop = p->light;
    if (p->heavy.head != NULL) { /* one list of both */
        if (drop.tail != NULL)
            drop.tail->next = p->heavy.head;
        else
            drop.head = p->heavy.head;
    }
    p->light.head = p->light.tail = p->heavy.head = p->heavy.tail = NULL;
    p->queued = 0;
    pthread_cond_broadcast(&p->cond);
    pthread_mutex_unlock(&p->lock);
    for (struct req *r = drop.head, *next; r != NULL; r = next) {
        next = r->next;
        req_fail(r, PROTO_BUSY, "server is shutting down");
        event_active(r->done_ev, EV_READ, 1);
    }
    for (unsigned i = 0; i < p->nworkers; i++) {
        if (p->workers[i].started) {
            pthread_join(p->workers[i].thread, NULL);
            p->workers[i].started = 0;
        }
    }
}

void pool_free(struct pool *p)
{
    if (p == NULL)
        return;
    pool_stop(p);
    for (unsigned i = 0; p->workers != NULL && i < p->nworkers; i++) {
        xap_db_close(p->workers[i].ctx.db);
        txt_stemmer_free(p->workers[i].ctx.stemmer);
    }
    free(p->workers);
    pthread_cond_destroy(&p->cond);
    pthread_mutex_destroy(&p->lock);
    free(p);
}
