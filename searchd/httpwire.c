/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpwire.c - framing checks against request smuggling, and libevent's
 * HTML error pages rewritten as JSON (httpwire.h). libevent 2.1 has no
 * error callback (evhttp_set_errorcb came in 2.2), so its pages are
 * caught in the connection's output buffer. */
#include "httpwire.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/queue.h>

#include <event2/buffer.h>
#include <event2/keyvalq_struct.h>

#include "core/buf.h"
#include "proto/proto.h"

static int is_tchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') ||
           (c != '\0' && strchr("!#$%&'*+-.^_`|~", c));
}

static int is_token(const char *s)
{
    if (*s == '\0')
        return 0;
    for (; *s != '\0'; s++)
        if (!is_tchar((unsigned char)*s))
            return 0;
    return 1;
}

static int is_digits(const char *s)
{
    if (*s == '\0')
        return 0;
    for (; *s != '\0'; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

/* A front end and evhttp must agree on where a request ends; where they
 * might not, refuse: evhttp 2.1 takes "Content-Length :" as another
 * header (no length), uses the first of two lengths, and reads no body
 * on a GET, so what follows would be parsed as the next request. */
const char *httpwire_check(struct evhttp_request *req)
{
    struct evkeyvalq *hs = evhttp_request_get_input_headers(req);
    struct evkeyval *kv;
    int lengths = 0, body = 0;
    TAILQ_FOREACH (kv, hs, next) {
        if (!is_token(kv->key))
            return "header name is not a token";
        if (strcasecmp(kv->key, "Transfer-Encoding") == 0)
            return "Transfer-Encoding is not accepted (no request body is)";
        if (strcasecmp(kv->key, "Content-Length") == 0) {
            if (++lengths > 1)
                return "Content-Length given more than once";
            if (!is_digits(kv->value))
                return "Content-Length is not a number";
            body = strspn(kv->value, "0") != strlen(kv->value);
        }
    }
    enum evhttp_cmd_type m = evhttp_request_get_command(req);
    if (body && (m == EVHTTP_REQ_GET || m == EVHTTP_REQ_HEAD))
        return "a GET or HEAD request has no body";
    return NULL;
}

/* ---- libevent's error pages ------------------------------------------ */

/* What evhttp_send_error() writes: its status line, these headers, then
 * Date, Content-Length and the page. */
#define PAGE_HEAD "\r\nContent-Type: text/html\r\nConnection: close\r\n"
#define PAGE_END  "</BODY></HTML>\n"
#define PAGE_BODY "\r\n\r\n<HTML><HEAD>\n<TITLE>"

static int rewriting; /* event-loop thread only */

/* The JSON error for libevent's status `st`; its status may change (an
 * unknown method is 501 to libevent, 405 in our protocol). */
static void page_json(int *st, struct buf *out, const char **extra)
{
    enum proto_code code = PROTO_BAD_REQUEST;
    const char *msg = "malformed HTTP request";
    *extra = "";
    switch (*st) {
    case 413:
        code = PROTO_TOO_LARGE;
        msg = "request headers or body too large";
        break;
    case 414:
        code = PROTO_TOO_LARGE;
        msg = "URI too long";
        break;
    case 405:
    case 501:
        *st = 405;
        msg = "only GET and HEAD";
        *extra = "Allow: GET, HEAD\r\n";
        break;
    case 503:
        code = PROTO_BUSY;
        msg = "service unavailable";
        break;
    default:
        if (*st >= 500) {
            code = PROTO_INTERNAL;
            msg = "the server failed";
        }
        break;
    }
    proto_error_json(code, msg, out);
    buf_putc(out, '\n');
}

const char *httpwire_reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 503:
        return "Service Unavailable";
    }
    return status >= 500 ? "Internal Server Error" : "Bad Request";
}

/* Replace out[start, end) (a libevent page; `line` its status line, as
 * "HTTP/1.x NNN") with our JSON error. */
static void page_replace(struct evbuffer *out, size_t start, size_t end,
                         const char *line)
{
    int st = 0;
    if (sscanf(line + 9, "%3d", &st) != 1)
        st = 400;
    const char *extra;
    struct buf body, msg;
    buf_init(&body);
    buf_init(&msg);
    page_json(&st, &body, &extra);
    buf_printf(&msg,
               "%.8s %d %s\r\nContent-Type: application/json; charset=utf-8"
               "\r\nCache-Control: no-store\r\nX-Content-Type-Options: "
               "nosniff\r\n%sConnection: close\r\nContent-Length: %zu\r\n"
               "\r\n%s",
               line, st, httpwire_reason(st), extra, body.len,
               body.data != NULL ? body.data : "");
    struct evbuffer *head = evbuffer_new();
    if (msg.data != NULL && head != NULL) {
        evbuffer_remove_buffer(out, head, start);
        evbuffer_drain(out, end - start);
        evbuffer_prepend(out, msg.data, msg.len);
        evbuffer_prepend_buffer(out, head);
    }
    if (head != NULL)
        evbuffer_free(head);
    buf_fini(&body);
    buf_fini(&msg);
}

static void out_cb(struct evbuffer *out, const struct evbuffer_cb_info *info,
                   void *arg)
{
    (void)arg;
    if (rewriting || info->n_added == 0)
        return;
    struct evbuffer_ptr head =
        evbuffer_search(out, PAGE_HEAD, sizeof PAGE_HEAD - 1, NULL);
    if (head.pos < 0)
        return;
    struct evbuffer_ptr body =
        evbuffer_search(out, PAGE_BODY, sizeof PAGE_BODY - 1, &head);
    if (body.pos < 0)
        return; /* the page is added after its headers */
    struct evbuffer_ptr end =
        evbuffer_search(out, PAGE_END, sizeof PAGE_END - 1, &body);
    if (end.pos < 0)
        return;
    /* the status line ends where PAGE_HEAD starts */
    char line[64];
    size_t back = head.pos < 48 ? (size_t)head.pos : 48;
    struct evbuffer_ptr from;
    evbuffer_ptr_set(out, &from, (size_t)head.pos - back, EVBUFFER_PTR_SET);
    if (evbuffer_copyout_from(out, &from, line, back) != (ssize_t)back)
        return;
    line[back] = '\0';
    const char *status = NULL;
    for (char *p = strstr(line, "HTTP/1."); p != NULL;
         p = strstr(p + 1, "HTTP/1."))
        status = p;
    if (status == NULL || strlen(status) < 12)
        return;
    size_t start = (size_t)head.pos - strlen(status);
    rewriting = 1;
    page_replace(out, start, (size_t)end.pos + sizeof PAGE_END - 1, status);
    rewriting = 0;
}

void httpwire_watch(struct bufferevent *bev)
{
    evbuffer_add_cb(bufferevent_get_output(bev), out_cb, NULL);
}
