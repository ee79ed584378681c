/* SPDX-License-Identifier: GPL-2.0-or-later */
/* httpq.c - a request URI to a route and its argument; the item id of
 * /item/<id>. Pure byte handling, fuzzed by fuzz/fuzz_http.c. */
#include "httpq.h"

#include <string.h>

#include "limits.h"

/* "/name.ext" with one path segment of [a-z0-9_-] and a page extension:
 * the web page's files (page.c decides which exist); the route is
 * HTTPQ_PAGE with the path as its argument. */
static int is_asset(const char *path, size_t len)
{
    static const char *const ext[] = {".html", ".js", ".css"};
    size_t i = 1;
    if (len < 2 || path[0] != '/')
        return 0;
    while (i < len && (path[i] == '-' || path[i] == '_' ||
                       (path[i] >= 'a' && path[i] <= 'z') ||
                       (path[i] >= '0' && path[i] <= '9')))
        i++;
    if (i == 1)
        return 0;
    for (size_t k = 0; k < sizeof ext / sizeof ext[0]; k++)
        if (strlen(ext[k]) == len - i && memcmp(path + i, ext[k], len - i) == 0)
            return 1;
    return 0;
}

static int path_is(const char *path, size_t len, const char *want)
{
    return strlen(want) == len && memcmp(path, want, len) == 0;
}

/* The query string after the path (no fragment), "" if none. */
static void query_of(const char *uri, size_t len, size_t plen,
                     struct httpq *out)
{
    if (plen < len && uri[plen] == '?') {
        const char *qs = uri + plen + 1;
        const char *hash = memchr(qs, '#', len - plen - 1);
        out->arg = qs;
        out->arg_len = hash != NULL ? (size_t)(hash - qs) : len - plen - 1;
    }
}

void httpq_parse(const char *uri, size_t len, struct httpq *out)
{
    out->arg = "";
    out->arg_len = 0;
    out->work = -1;
    out->id = "";
    out->id_len = 0;
    if (len > LIMIT_HTTP_URI) {
        out->route = HTTPQ_TOO_LONG;
        return;
    }
    size_t plen = 0;
    while (plen < len && uri[plen] != '?' && uri[plen] != '#')
        plen++;
    if (path_is(uri, plen, "/search")) {
        out->route = HTTPQ_SEARCH;
        query_of(uri, len, plen, out);
    } else if (plen >= 9 && memcmp(uri, "/similar/", 9) == 0) {
        out->route = HTTPQ_WORK;
        out->work = PROTO_WORK_SIMILAR;
        out->id = uri + 9;
        out->id_len = plen - 9;
        query_of(uri, len, plen, out);
    } else if (plen > 1 &&
               (out->work = proto_work_kind_parse(uri + 1, plen - 1)) >= 0 &&
               out->work != PROTO_WORK_SIMILAR &&
               memcmp(uri + 1, proto_work_kind_name(out->work), plen - 1) ==
                   0) { /* paths are lower case */
        out->route = HTTPQ_WORK;
        query_of(uri, len, plen, out);
    } else if (plen >= 6 && memcmp(uri, "/item/", 6) == 0) {
        out->route = HTTPQ_ITEM;
        out->arg = uri + 6;
        out->arg_len = plen - 6;
    } else if (path_is(uri, plen, "/health")) {
        out->route = HTTPQ_HEALTH;
    } else if (path_is(uri, plen, "/stats")) {
        out->route = HTTPQ_STATS;
    } else if (path_is(uri, plen, "/metrics")) {
        out->route = HTTPQ_METRICS;
    } else if (path_is(uri, plen, "/") || is_asset(uri, plen)) {
        out->route = HTTPQ_PAGE;
        out->arg = uri;
        out->arg_len = plen;
    } else {
        out->route = HTTPQ_NOT_FOUND;
    }
}

int httpq_item_id(const char *enc, size_t len, struct buf *id, struct err *e)
{
    int rc = proto_url_decode(enc, len, 0, PROTO_ID_MAX, id, e);
    if (rc != ERR_OK)
        return rc;
    if (id->len == 0)
        return err_set(e, ERR_NOTFOUND, "no item id");
    return ERR_OK;
}
