/* SPDX-License-Identifier: GPL-2.0-or-later */
/* proto_internal.h - checks that SEARCH (search.c) and the workbench
 * commands (work.c) share, so both read and write a request the same
 * way. */
#ifndef REFERAT_PROTO_INTERNAL_H
#define REFERAT_PROTO_INTERNAL_H

#include "proto/proto.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Is `s` empty or only spaces and tabs? */
int proto_is_blank(const char *s, size_t len);

/* Parse `json` into an object for the command `cmd` (in the message).
 * The caller frees *out with json_decref(). ERR_INVAL if it is not
 * JSON, has a duplicate key or is not an object. */
int proto_json_object(const char *json, size_t len, const char *cmd,
                      json_t **out, struct err *e);

/* Turn s->from and s->to into from_key and to_key; ERR_INVAL if either
 * is not a date or from is after to. */
int proto_dates_check(struct proto_search *s, struct err *e);

/* Set "council", "from" and "to" of `o` from those of `s` that are
 * given; non-zero if one could not be set (not UTF-8, no memory). */
int proto_filters_to_json(json_t *o, const struct proto_search *s);

#ifdef __cplusplus
}
#endif
#endif
