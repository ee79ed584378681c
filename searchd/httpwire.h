/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpwire.h - what evhttp (libevent 2.1) gets wrong on the wire, put
 * right for http.c: requests whose framing a front end could read
 * differently (request smuggling) are refused, and libevent's own HTML
 * error pages become the documented JSON errors. */
#ifndef REFERAT_SEARCHD_HTTPWIRE_H
#define REFERAT_SEARCHD_HTTPWIRE_H

#include <event2/bufferevent.h>
#include <event2/http.h>

/* NULL if the request's framing is unambiguous, else why not (for a 400
 * that closes the connection): a header name that is not a token
 * ("Content-Length :"), Content-Length twice or not a number, a body
 * announced on a GET or HEAD, Transfer-Encoding at all (no route takes a
 * body). */
const char *httpwire_check(struct evhttp_request *req);

/* Watch what evhttp writes to `bev` and replace its own error pages
 * (400, 413, 501 ... with an HTML body, sent before a request reaches
 * our callback) with a JSON error of the same meaning. The watch holds
 * no state and goes with the bufferevent. */
void httpwire_watch(struct bufferevent *bev);

/* The reason phrase of an HTTP status we send (any other: "Bad Request"
 * below 500, "Internal Server Error" from 500). */
const char *httpwire_reason(int status);

#endif
