/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_util.h - checks shared by the protocol harnesses. */
#ifndef REFERAT_FUZZ_UTIL_H
#define REFERAT_FUZZ_UTIL_H

#include <string.h>

#include "proto/proto.h"

static inline int same_str(const char *a, const char *b)
{
    return (a == NULL && b == NULL) ||
           (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* A parsed search, written back as JSON and parsed again, is the same. */
static inline void check_round_trip(const struct proto_search *s)
{
    struct buf j;
    buf_init(&j);
    struct proto_search t;
    proto_search_init(&t);
    if (proto_search_to_json(s, &j, NULL) != ERR_OK ||
        proto_search_from_json(j.data, j.len, &t, NULL) != ERR_OK)
        __builtin_trap();
    if (t.q_len != s->q_len || memcmp(t.q, s->q, s->q_len) != 0 ||
        !same_str(t.council, s->council) || !same_str(t.from, s->from) ||
        !same_str(t.to, s->to) || strcmp(t.from_key, s->from_key) != 0 ||
        strcmp(t.to_key, s->to_key) != 0 || t.offset != s->offset ||
        t.limit != s->limit || t.facets != s->facets)
        __builtin_trap();
    if (s->limit > PROTO_LIMIT_MAX || s->offset + s->limit > PROTO_WINDOW_MAX)
        __builtin_trap();
    proto_search_fini(&t);
    buf_fini(&j);
}

#endif
