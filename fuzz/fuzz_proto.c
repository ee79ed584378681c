/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_proto.c - libFuzzer: bytes a client sends on a line-protocol
 * connection, cut into lines as searchd's conn.c does, through lib/proto:
 * the line check and split, SEARCH's JSON parameters (and back to JSON and
 * again, which must give the same values), error framing of the line as a
 * message, a client's reply-head parser and the stored-JSON field scanner.
 * No crash, no leak, and every failure a clean error code. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fuzz_util.h"
#include "proto/proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int clean_rc(int rc)
{
    return rc == ERR_OK || rc == ERR_INVAL || rc == ERR_LIMIT;
}

static void run_line(const char *line, size_t len)
{
    struct err e;
    err_clear(&e);
    int rc = proto_line_check(line, len, &e);
    if (!clean_rc(rc))
        __builtin_trap();
    if (rc == ERR_OK && (len > PROTO_LINE_MAX || !utf8_valid(line, len)))
        __builtin_trap();

    /* The line as an error message: one line, bounded. */
    struct buf out;
    buf_init(&out);
    char *msg = strndup(line, len);
    if (msg == NULL)
        abort();
    if (proto_reply_err(&out, PROTO_BAD_REQUEST, msg) != ERR_OK ||
        out.len > PROTO_MSG_MAX + 32 || out.data[out.len - 1] != '\n' ||
        memchr(out.data, '\n', out.len - 1) != NULL ||
        !utf8_valid(out.data, out.len))
        __builtin_trap();
    struct proto_reply r;
    if (proto_reply_parse(out.data, out.len - 1, &r, NULL) != ERR_OK || r.ok ||
        r.code != PROTO_BAD_REQUEST)
        __builtin_trap();
    free(msg);
    buf_fini(&out);

    /* A client reading this line as a reply head. */
    if (!clean_rc(proto_reply_parse(line, len, &r, NULL)))
        __builtin_trap();

    if (rc != ERR_OK)
        return;
    const char *verb, *arg;
    size_t vlen, alen;
    proto_line_split(line, len, &verb, &vlen, &arg, &alen);
    if (verb < line || verb + vlen > line + len || arg < line ||
        arg + alen > line + len)
        __builtin_trap();
    if (proto_count_words(arg, alen) > alen)
        __builtin_trap();
    if (vlen == 6 && strncasecmp(verb, "SEARCH", 6) == 0) {
        struct proto_search s;
        proto_search_init(&s);
        rc = proto_search_from_json(arg, alen, &s, &e);
        if (!clean_rc(rc))
            __builtin_trap();
        if (rc == ERR_OK)
            check_round_trip(&s);
        proto_search_fini(&s);
    }
    /* Stored documents are scanned, not parsed: any bytes must do. */
    struct proto_jfield f[] = {{.key = "q"}, {.key = "title"}, {.key = "id"}};
    if (proto_json_scan(arg, alen, f, 3, NULL) == ERR_OK) {
        for (size_t i = 0; i < 3; i++) {
            if (f[i].raw == NULL)
                continue;
            if (f[i].raw < arg || f[i].raw + f[i].raw_len > arg + alen)
                __builtin_trap();
            struct buf u;
            buf_init(&u);
            if (f[i].raw_len > 0 && f[i].raw[0] == '"' &&
                proto_json_unescape(f[i].raw, f[i].raw_len, &u, NULL) ==
                    ERR_OK &&
                u.len > 0 && !utf8_valid(u.data, u.len))
                __builtin_trap();
            buf_fini(&u);
            json_decref(proto_json_field_value(&f[i]));
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data, *end = p + size;
    /* As conn.c: lines end at LF, a CR before it is dropped; a line longer
     * than the limit closes the connection. */
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((nl != NULL ? nl : end) - p);
        if (n > PROTO_LINE_MAX + 1)
            break;
        size_t len = n > 0 && p[n - 1] == '\r' ? n - 1 : n;
        run_line(p, len);
        if (nl == NULL)
            break;
        p = nl + 1;
    }
    return 0;
}
