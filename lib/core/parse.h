/* SPDX-License-Identifier: GPL-2.0-or-later */
/* parse.h - strict number parsing: the one way to turn text into numbers. */
#ifndef REFERAT_CORE_PARSE_H
#define REFERAT_CORE_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Parse a decimal uint32 from the NUL-terminated `s`. Rejects empty input,
 * signs, spaces, trailing junk and overflow with ERR_INVAL. */
int parse_u32(const char *s, uint32_t *out, struct err *e);
/* Same for a counted string. */
int parse_u32n(const char *s, size_t len, uint32_t *out, struct err *e);
/* Parse a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" into "YYYYMMDD" (9 bytes
 * with NUL). `upper` picks the end of a partial range ("2024" -> 20241231),
 * otherwise its start (20240101). ERR_INVAL on anything else. */
int parse_date(const char *s, int upper, char out[9], struct err *e);

#ifdef __cplusplus
}
#endif
#endif
