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
/* The value `v` of the option --`name`: parse_u32() within lo..hi, else
 * ERR_INVAL, "--threads <0>: want a number 1..64" (hi UINT32_MAX: "want
 * a number"). */
int parse_opt_u32(const char *name, const char *v, uint32_t lo, uint32_t hi,
                  uint32_t *out, struct err *e);
/* Parse seconds "S" or "S.F" (decimal digits only: no sign, exponent,
 * blanks or junk) from the NUL-terminated `s`, at most `max`. ERR_INVAL
 * otherwise. */
int parse_seconds(const char *s, double max, double *out, struct err *e);
/* Parse a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" into "YYYYMMDD" (9 bytes
 * with NUL). `upper` picks the end of a partial range ("2024" -> 20241231),
 * otherwise its start (20240101). ERR_INVAL on anything else. */
int parse_date(const char *s, int upper, char out[9], struct err *e);
/* An item's date as the minutes parser writes it, "2024-06-19" exactly
 * (`len` bytes) -> "20240619"; 0 if not such a date. The indexer's date
 * and year value slots and searchd's hit table read dates this one way. */
int parse_iso_day(const char *s, size_t len, char out[9]);

#ifdef __cplusplus
}
#endif
#endif
