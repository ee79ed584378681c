/* SPDX-License-Identifier: GPL-2.0-or-later */
/* main.c - referatd: parse the settings, open the index, start the
 * workers and listeners, run the event loop until SIGTERM/SIGINT, then
 * finish what is in flight and free everything. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>
#include <event2/thread.h>
#include <jansson.h>

#include "core/log.h"
#include "limits.h"
#include "req.h"
#include "server.h"
#include "settings.h"
#include "snap.h"
#include "worker.h"

double server_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

void server_maybe_exit(struct server *srv)
{
    if (srv->stopping && !srv->exiting && srv->inflight == 0 &&
        srv->nline == 0) {
        srv->exiting = 1;
        event_base_loopexit(srv->base, NULL);
    }
}

static void libevent_log(int severity, const char *msg)
{
    enum log_level lv = severity >= EVENT_LOG_ERR    ? LOG_ERROR
                        : severity >= EVENT_LOG_WARN ? LOG_WARN
                        : severity >= EVENT_LOG_MSG  ? LOG_INFO
                                                     : LOG_DEBUG;
    log_msg(lv, "libevent", "%s", msg);
}

static void on_grace(evutil_socket_t fd, short what, void *arg)
{
    struct server *srv = arg;
    (void)fd;
    (void)what;
    log_msg(LOG_WARN, "main", "grace period over: %u requests unfinished",
            srv->inflight);
    event_base_loopexit(srv->base, NULL);
}

static void on_stop(evutil_socket_t sig, short what, void *arg)
{
    struct server *srv = arg;
    (void)what;
    if (srv->stopping) { /* a second signal: don't wait any longer */
        event_base_loopexit(srv->base, NULL);
        return;
    }
    log_msg(LOG_INFO, "main", "signal %d: stopping (%u requests in flight)",
            (int)sig, srv->inflight);
    srv->stopping = 1;
    listen_pause(srv);
    conn_shutdown_all(srv);
    struct timeval tv = {LIMIT_SHUTDOWN_GRACE, 0};
    evtimer_add(srv->ev_grace, &tv);
    server_maybe_exit(srv);
}

static void on_hup(evutil_socket_t sig, short what, void *arg)
{
    struct server *srv = arg;
    (void)sig;
    (void)what;
    log_msg(LOG_INFO, "main", "SIGHUP: reloading thesaurus and vocabulary");
    snapstore_reload(srv->snaps);
}

static int setup_signals(struct server *srv)
{
    srv->ev_term = evsignal_new(srv->base, SIGTERM, on_stop, srv);
    srv->ev_int = evsignal_new(srv->base, SIGINT, on_stop, srv);
    srv->ev_hup = evsignal_new(srv->base, SIGHUP, on_hup, srv);
    srv->ev_grace = evtimer_new(srv->base, on_grace, srv);
    if (srv->ev_term == NULL || srv->ev_int == NULL || srv->ev_hup == NULL ||
        srv->ev_grace == NULL)
        return ERR_NOMEM;
    if (evsignal_add(srv->ev_term, NULL) || evsignal_add(srv->ev_int, NULL) ||
        evsignal_add(srv->ev_hup, NULL))
        return ERR_IO;
    return ERR_OK;
}

static void free_events(struct server *srv)
{
    struct event **evs[] = {&srv->ev_term, &srv->ev_int, &srv->ev_hup,
                            &srv->ev_grace};
    for (size_t i = 0; i < sizeof evs / sizeof evs[0]; i++) {
        if (*evs[i] != NULL)
            event_free(*evs[i]);
        *evs[i] = NULL;
    }
}

/* Deliver what the workers finished (or were told to drop) before the
 * connections they answer go away. */
static void drain_inflight(struct server *srv)
{
    pool_stop(srv->pool);
    for (int i = 0; srv->inflight > 0 && i < 1000; i++)
        event_base_loop(srv->base, EVLOOP_NONBLOCK);
}

static void teardown(struct server *srv)
{
    srv->stopping = srv->exiting = 1; /* no more loop exits requested */
    if (srv->pool != NULL && srv->base != NULL)
        drain_inflight(srv);
    if (srv->base != NULL) {
        conn_free_all(srv);
        listen_stop(srv);
        free_events(srv);
        /* Let deferred bufferevent finalizers run. */
        event_base_loop(srv->base, EVLOOP_NONBLOCK);
    }
    pool_free(srv->pool);
    snapstore_free(srv->snaps);
    if (srv->base != NULL)
        event_base_free(srv->base);
    if (srv->qlog != NULL)
        fclose(srv->qlog);
    libevent_global_shutdown();
}

/* Everything between a parsed command line and a running loop. */
static int start(struct server *srv, const struct settings *set)
{
    struct err e;
    err_clear(&e);
    if (set->query_log != NULL) {
        srv->qlog = fopen(set->query_log, "a");
        if (srv->qlog == NULL) {
            log_msg(LOG_ERROR, "main", "cannot open --query-log <%s>: %s",
                    set->query_log, strerror(errno));
            return ERR_IO;
        }
        setvbuf(srv->qlog, NULL, _IOLBF, 0);
    }
    srv->snaps = snapstore_new(set, &e);
    if (srv->snaps == NULL) {
        log_msg(LOG_ERROR, "main", "cannot open index <%s>: %s", set->db,
                e.msg);
        return ERR_IO;
    }
    srv->pool = pool_new(set, srv->snaps, &e);
    if (srv->pool == NULL) {
        log_msg(LOG_ERROR, "main", "cannot start workers: %s", e.msg);
        return ERR_IO;
    }
    srv->base = event_base_new();
    if (srv->base == NULL || setup_signals(srv) != ERR_OK) {
        log_msg(LOG_ERROR, "main", "cannot set up the event loop");
        return ERR_IO;
    }
    int lport, hport;
    if (listen_start(srv, &lport, &hport) != ERR_OK)
        return ERR_IO;
    /* Tests and scripts wait for this line. */
    printf("READY 127.0.0.1 %d %d\n", lport, hport);
    fflush(stdout);
    log_msg(LOG_INFO, "main", "listening: line=%d http=%d", lport, hport);
    return ERR_OK;
}

/* Settings read, the user checked, the log opened, signals and libevent's
 * threads set up: -1 to go on, else the status to exit with. */
static int setup(struct settings *set, int argc, char **argv, FILE **logf)
{
    enum settings_result res;
    struct err e;
    err_clear(&e);
    if (settings_parse(set, argc, argv, &res, &e) != ERR_OK) {
        fprintf(stderr, "referatd: %s\n", e.msg);
        settings_usage(stderr);
        return 2;
    }
    if (res == SETTINGS_EXIT)
        return 0;
    if (geteuid() == 0 && !set->allow_root) {
        fprintf(stderr, "referatd: refusing to run as root; run it as an "
                        "unprivileged user (or pass --allow-root)\n");
        return 1;
    }
    if (set->log_file != NULL && (*logf = fopen(set->log_file, "a")) == NULL) {
        fprintf(stderr, "referatd: cannot open --log-file <%s>: %s\n",
                set->log_file, strerror(errno));
        return 2;
    }
    log_init("referatd", set->verbose >= 1 ? LOG_DEBUG : LOG_INFO, *logf);
    log_set_format(set->log_json ? LOG_FORMAT_JSON : LOG_FORMAT_TEXT);
    char desc[1024];
    settings_describe(set, desc, sizeof desc);
    log_msg(LOG_INFO, "main", "referatd %s starting: %s", REFERAT_VERSION,
            desc);

    signal(SIGPIPE, SIG_IGN);
    event_set_log_callback(libevent_log);
    if (evthread_use_pthreads() != 0) {
        log_msg(LOG_ERROR, "main", "libevent has no pthreads support");
        return 1;
    }
    json_object_seed(0); /* before any thread builds JSON */
    return -1;
}

/* The server torn down once its loop has ended. Freeing the signal events
 * gives SIGTERM back its default action: a second SIGTERM during the
 * teardown would kill us with status -15. Blocked (the other threads block
 * every signal), it stays pending and dies with the process. */
static void stop_server(struct server *srv)
{
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    /* SIGTERM always ends the process: should the teardown wait on
     * something that never comes (a worker or the reloader stuck in a
     * system call), SIGALRM's default action ends it. */
    alarm(LIMIT_TEARDOWN_S);
    teardown(srv);
    alarm(0);
}

int main(int argc, char **argv)
{
    struct settings set;
    FILE *logf = NULL;
    settings_init(&set);
    int status = setup(&set, argc, argv, &logf);
    if (status >= 0) {
        if (logf != NULL)
            fclose(logf);
        settings_fini(&set);
        return status;
    }

    struct server srv;
    memset(&srv, 0, sizeof srv);
    srv.set = &set;
    TAILQ_INIT(&srv.conns);
    srv.started_ms = server_now_ms();
    int rc = start(&srv, &set);
    if (rc == ERR_OK) {
        event_base_dispatch(srv.base);
        log_msg(LOG_INFO, "main", "stopped: %llu searches, %llu items",
                (unsigned long long)srv.stats.searches,
                (unsigned long long)srv.stats.items);
    }
    stop_server(&srv);
    if (logf != NULL)
        fclose(logf);
    settings_fini(&set);
    return rc == ERR_OK ? 0 : 1;
}
