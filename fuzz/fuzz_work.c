/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_work.c - libFuzzer: the workbench's parameters (TIMELINE, EXPORT,
 * KWIC, TERMS, SIMILAR, COVERAGE) from a JSON object or an HTTP query
 * string (lib/proto/work.c). The first byte picks the kind and the form;
 * the rest is the input. Parameters that parse must survive JSON and
 * back unchanged; only clean error codes; CSV quoting of any bytes must
 * read back as the bytes. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "proto/proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same(const struct proto_work *a, const struct proto_work *b)
{
    int kwic = a->kind == PROTO_WORK_KWIC;
    if ((a->kind == PROTO_WORK_TIMELINE && a->by != b->by) ||
        (kwic && (a->sort != b->sort || a->width != b->width)) ||
        a->bom != b->bom || a->s.limit != b->s.limit ||
        a->s.offset != b->s.offset || a->s.q_len != b->s.q_len ||
        (a->s.q != NULL && memcmp(a->s.q, b->s.q, a->s.q_len) != 0) ||
        strcmp(a->s.from_key, b->s.from_key) != 0 ||
        strcmp(a->s.to_key, b->s.to_key) != 0)
        __builtin_trap();
    if ((a->kind == PROTO_WORK_EXPORT || a->kind == PROTO_WORK_KWIC) &&
        a->format != b->format)
        __builtin_trap();
}

/* Undo proto_csv_field(): the bytes back. */
static void csv_back(const char *in, size_t len, const struct buf *out)
{
    const char *p = out->data != NULL ? out->data : "";
    size_t n = out->len, k = 0;
    if (n > 0 && p[0] == '"') {
        if (n < 2 || p[n - 1] != '"')
            __builtin_trap();
        for (size_t i = 1; i + 1 < n; i++, k++) {
            if (p[i] == '"' && p[++i] != '"')
                __builtin_trap();
            if (k >= len || in[k] != p[i])
                __builtin_trap();
        }
    } else {
        if (n != len || memcmp(p, in, n) != 0 || memchr(p, ',', n) != NULL)
            __builtin_trap();
        k = n;
    }
    if (k != len)
        __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int kind = data[0] % 6, json = (data[0] / 6) & 1;
    const char *in = (const char *)data + 1;
    size_t len = size - 1;
    struct proto_work w;
    struct err e;
    proto_work_init(&w, (enum proto_work_kind)kind);
    int rc = json ? proto_work_from_json(in, len, &w, &e)
                  : proto_work_from_form(in, len, &w, &e);
    if (rc != ERR_OK && rc != ERR_INVAL && rc != ERR_LIMIT)
        __builtin_trap();
    if (rc == ERR_OK) {
        struct buf b;
        buf_init(&b);
        if (proto_work_to_json(&w, &b, &e) != ERR_OK)
            __builtin_trap();
        struct proto_work back;
        proto_work_init(&back, (enum proto_work_kind)kind);
        if (proto_work_from_json(b.data, b.len, &back, &e) != ERR_OK)
            __builtin_trap();
        same(&w, &back);
        proto_work_fini(&back);
        buf_fini(&b);
    }
    proto_work_fini(&w);
    struct buf csv;
    buf_init(&csv);
    if (proto_csv_field(&csv, in, len) == ERR_OK)
        csv_back(in, len, &csv);
    buf_fini(&csv);
    return 0;
}
