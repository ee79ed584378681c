/* SPDX-License-Identifier: GPL-2.0-or-later */
/* worker.c - the search thread pool: a bounded FIFO of requests guarded
 * by one mutex, threads that pop, run and hand the answer back to the
 * event loop with event_active() (libevent is set up for pthreads). */
#include "worker.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "core/log.h"
#include "req.h"
#include "server.h"

struct worker {
    struct pool *pool;
    pthread_t thread;
    int started;
    struct worker_ctx ctx;
};

struct pool {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    struct req *head, *tail; /* FIFO */
    unsigned queued;
    unsigned queue_max;
    int stopping;
    unsigned nworkers;
    struct worker *workers;
};

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct pool *p = w->pool;
    for (;;) {
        pthread_mutex_lock(&p->lock);
        while (p->head == NULL && !p->stopping)
            pthread_cond_wait(&p->cond, &p->lock);
        struct req *r = p->head;
        if (r == NULL) { /* stopping and nothing left */
            pthread_mutex_unlock(&p->lock);
            break;
        }
        p->head = r->next;
        if (p->head == NULL)
            p->tail = NULL;
        p->queued--;
        pthread_mutex_unlock(&p->lock);

        r->next = NULL;
        if (deadline_passed(&r->deadline))
            req_fail(r, PROTO_TIMEOUT,
                     "waited longer than --query-timeout for a worker");
        else
            search_run(&w->ctx, r);
        /* From here on `r` belongs to the event loop again. */
        event_active(r->done_ev, EV_READ, 1);
    }
    return NULL;
}

static int worker_open(struct worker *w, const struct settings *set,
                       struct snapstore *snaps, struct err *e)
{
    w->ctx.snaps = snaps;
    w->ctx.db = xap_db_open(set->db, e);
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
        r->next = NULL;
        if (p->tail != NULL)
            p->tail->next = r;
        else
            p->head = r;
        p->tail = r;
        p->queued++;
        pthread_cond_signal(&p->cond);
    }
    pthread_mutex_unlock(&p->lock);
    return rc;
}

void pool_cancel(struct pool *p, struct req *r)
{
    deadline_cancel(&r->cancelled);
    int unlinked = 0;
    pthread_mutex_lock(&p->lock);
    for (struct req **pp = &p->head, *prev = NULL; *pp != NULL;
         prev = *pp, pp = &(*pp)->next) {
        if (*pp != r)
            continue;
        *pp = r->next;
        if (p->tail == r)
            p->tail = prev;
        p->queued--;
        unlinked = 1;
        break;
    }
    pthread_mutex_unlock(&p->lock);
    if (unlinked) { /* no worker will see it: complete it here */
        r->next = NULL;
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

void pool_stop(struct pool *p)
{
    if (p == NULL)
        return;
    pthread_mutex_lock(&p->lock);
    p->stopping = 1;
    struct req *r = p->head;
    p->head = p->tail = NULL;
    p->queued = 0;
    pthread_cond_broadcast(&p->cond);
    pthread_mutex_unlock(&p->lock);
    while (r != NULL) {
        struct req *next = r->next;
        req_fail(r, PROTO_BUSY, "server is shutting down");
        event_active(r->done_ev, EV_READ, 1);
        r = next;
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
