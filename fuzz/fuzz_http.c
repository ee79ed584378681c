/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_http.c - libFuzzer: an HTTP request URI as evhttp hands it to
 * searchd (a C string) through searchd/httpq.c's routing and lib/proto's
 * query-string and percent decoding, as http.c uses them. A search that
 * parses must survive JSON and back unchanged; an item id must be valid
 * UTF-8 within its limit. No crash, no leak, only clean error codes. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fuzz_util.h"
#include "httpq.h"
#include "limits.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void search_form(const char *qs, size_t len)
{
    struct proto_search s;
    struct err e;
    proto_search_init(&s);
    int rc = proto_search_from_form(qs, len, &s, &e);
    if (rc != ERR_OK && rc != ERR_INVAL && rc != ERR_LIMIT)
        __builtin_trap();
    if (rc == ERR_OK) {
        if (memchr(s.q, '\0', s.q_len) != NULL || !utf8_valid(s.q, s.q_len))
            __builtin_trap();
        check_round_trip(&s);
    }
    proto_search_fini(&s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *uri = (const char *)data;
    size_t len = strnlen(uri, size);
    struct httpq q;
    httpq_parse(uri, len, &q);
    if (q.arg_len > 0 && (q.arg < uri || q.arg + q.arg_len > uri + len))
        __builtin_trap();
    if (q.route == HTTPQ_TOO_LONG && len <= LIMIT_HTTP_URI)
        __builtin_trap();
    if (q.route == HTTPQ_SEARCH) {
        search_form(q.arg, q.arg_len);
    } else if (q.route == HTTPQ_ITEM) {
        struct buf id;
        struct err e;
        buf_init(&id);
        int rc = httpq_item_id(q.arg, q.arg_len, &id, &e);
        if (rc == ERR_OK && (id.len == 0 || id.len > PROTO_ID_MAX ||
                             memchr(id.data, '\0', id.len) != NULL ||
                             !utf8_valid(id.data, id.len)))
            __builtin_trap();
        if (rc != ERR_OK && rc != ERR_INVAL && rc != ERR_LIMIT &&
            rc != ERR_NOTFOUND)
            __builtin_trap();
        buf_fini(&id);
    } else if (q.route == HTTPQ_WORK) {
        struct proto_work w;
        struct err e;
        proto_work_init(&w, (enum proto_work_kind)q.work);
        int rc = proto_work_from_form(q.arg, q.arg_len, &w, &e);
        if (rc != ERR_OK && rc != ERR_INVAL && rc != ERR_LIMIT)
            __builtin_trap();
        if (q.work < 0 || q.work > PROTO_WORK_COVERAGE ||
            (q.id_len > 0 && (q.id < uri || q.id + q.id_len > uri + len)))
            __builtin_trap();
        proto_work_fini(&w);
    }
    /* The query-string parser on its own, whatever the path said. */
    search_form(uri, len);
    return 0;
}
