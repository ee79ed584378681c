/* SPDX-License-Identifier: GPL-2.0-or-later */
/* listen.c - the listening sockets (line protocol and HTTP) and the
 * connection count they share: libevent 2.1 has no connection limit of
 * its own, so every accepted socket passes through here. */
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "core/log.h"
#include "limits.h"
#include "server.h"

int listen_conn_open(struct server *srv)
{
    if (srv->nconns >= srv->set->max_connections) {
        srv->stats.conns_refused++;
        return 0;
    }
    srv->nconns++;
    srv->stats.conns_total++;
    return 1;
}

void listen_conn_close(struct server *srv)
{
    srv->nconns--;
}

static void accept_cb(struct evconnlistener *lev, evutil_socket_t fd,
                      struct sockaddr *sa, int salen, void *arg)
{
    struct server *srv = arg;
    (void)lev;
    if (srv->stopping || !listen_conn_open(srv)) {
        static const char busy[] = "ERR busy too many connections\n";
        static const char stop[] = "ERR busy server is shutting down\n";
        const char *msg = srv->stopping ? stop : busy;
        if (send(fd, msg, strlen(msg), MSG_NOSIGNAL | MSG_DONTWAIT) < 0)
            log_msg(LOG_DEBUG, "listen", "refusal not sent: %s",
                    strerror(errno));
        shutdown(fd, SHUT_WR);
        evutil_closesocket(fd);
        log_msg(LOG_DEBUG, "listen", "refused a connection: %u open",
                srv->nconns);
        return;
    }
    conn_new(srv, fd, sa, salen);
}

/* The server whose listeners are open (one per process). A listener
 * paused for lack of descriptors is resumed only if it is still one of
 * them: a stop in the meantime has freed it. */
static struct server *listening;

static struct evconnlistener *http_listener(struct server *srv)
{
    return srv->http_sock != NULL
               ? evhttp_bound_socket_get_listener(srv->http_sock)
               : NULL;
}

/* Out of descriptors: pause accepting for a moment instead of spinning
 * (libevent retries a failed accept at once, and logs each failure). */
static void resume_cb(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    if (listening != NULL && !listening->stopping &&
        (arg == listening->line_listener || arg == http_listener(listening)))
        evconnlistener_enable(arg);
}

/* For both listeners: `arg` is the line listener's server, or for HTTP
 * evhttp's own pointer, so only the listener is used. */
static void accept_error_cb(struct evconnlistener *lev, void *arg)
{
    int err = EVUTIL_SOCKET_ERROR();
    (void)arg;
    log_msg(LOG_WARN, "listen", "accept failed: %s",
            evutil_socket_error_to_string(err));
    if (err == EMFILE || err == ENFILE || err == ENOBUFS || err == ENOMEM) {
        struct timeval tv = {0, 200000};
        evconnlistener_disable(lev);
        event_base_once(evconnlistener_get_base(lev), -1, EV_TIMEOUT, resume_cb,
                        lev, &tv);
    }
}

static int bound_port(struct evconnlistener *lev)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if (getsockname(evconnlistener_get_fd(lev), (struct sockaddr *)&ss, &len) !=
        0)
        return -1;
    if (ss.ss_family == AF_INET)
        return ntohs(((struct sockaddr_in *)&ss)->sin_port);
    return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
}

static int is_loopback(const struct settings_addr *a)
{
    if (a->sa.ss_family == AF_INET) {
        const struct sockaddr_in *s4 = (const struct sockaddr_in *)&a->sa;
        return (ntohl(s4->sin_addr.s_addr) >> 24) == 127;
    }
    const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)&a->sa;
    return IN6_IS_ADDR_LOOPBACK(&s6->sin6_addr);
}

static struct evconnlistener *bind_one(struct server *srv,
                                       const struct settings_addr *a,
                                       const char *what, int with_cb)
{
    unsigned flags =
        LEV_OPT_CLOSE_ON_FREE | LEV_OPT_REUSEABLE | LEV_OPT_CLOSE_ON_EXEC;
    struct evconnlistener *lev = evconnlistener_new_bind(
        srv->base, with_cb ? accept_cb : NULL, srv, flags, 512,
        (const struct sockaddr *)&a->sa, (int)a->salen);
    if (lev == NULL) {
        log_msg(LOG_ERROR, "listen", "cannot listen on %s <%s>: %s", what,
                a->text, strerror(errno));
        return NULL;
    }
    if (!is_loopback(a))
        log_msg(LOG_WARN, "listen",
                "%s <%s> is not loopback: anyone who can reach it can "
                "search (see searchd/README.md)",
                what, a->text);
    return lev;
}

int listen_start(struct server *srv, int *line_port, int *http_port)
{
    const struct settings *set = srv->set;
    *line_port = *http_port = 0;
    listening = srv;
    if (set->listen.enabled) {
        srv->line_listener = bind_one(srv, &set->listen, "--listen", 1);
        if (srv->line_listener == NULL)
            return ERR_IO;
        evconnlistener_set_error_cb(srv->line_listener, accept_error_cb);
        *line_port = bound_port(srv->line_listener);
    }
    if (set->http.enabled) {
        struct evconnlistener *lev = bind_one(srv, &set->http, "--http", 0);
        if (lev == NULL)
            return ERR_IO;
        *http_port = bound_port(lev);
        evconnlistener_set_error_cb(lev, accept_error_cb);
        if (http_start(srv, lev) != ERR_OK)
            return ERR_IO;
    }
    return ERR_OK;
}

void listen_pause(struct server *srv)
{
    if (srv->line_listener != NULL) {
        evconnlistener_free(srv->line_listener);
        srv->line_listener = NULL;
    }
    http_unbind(srv);
}

void listen_stop(struct server *srv)
{
    listen_pause(srv);
    http_stop(srv);
    listening = NULL;
}
