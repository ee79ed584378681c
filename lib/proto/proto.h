/* SPDX-License-Identifier: GPL-2.0-or-later */
/* proto.h - the referatd line protocol and the JSON shared by it and the
 * HTTP API: request lines, search parameters (JSON or an HTTP query
 * string), reply framing and error codes. Pure byte buffers: no sockets,
 * no libevent, no Xapian. The wire spec is docs/protocol.md. */
#ifndef REFERAT_PROTO_PROTO_H
#define REFERAT_PROTO_PROTO_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/err.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Protocol version spoken by this code (HELLO <version>). */
#define PROTO_VERSION 1

/* Limits that are part of the protocol (a client can rely on them). */
#define PROTO_LINE_MAX    8192 /* request line bytes, newline excluded */
#define PROTO_LIMIT_MAX   100  /* results per page */
#define PROTO_WINDOW_MAX  1000 /* offset + limit: deep paging is costly */
#define PROTO_LIMIT_DEF   10   /* results per page when not given */
#define PROTO_ID_MAX      240  /* item id bytes (Xapian terms stop at 245) */
#define PROTO_COUNCIL_MAX 200  /* council filter bytes */
#define PROTO_MSG_MAX     200  /* error message bytes on the wire */
/* Largest reply payload a client accepts (an item in full is ~100 KB). */
#define PROTO_PAYLOAD_MAX (16u * 1024 * 1024)

/* Error codes of `ERR <code> <message>` and of HTTP JSON errors. */
enum proto_code {
    PROTO_OK = 0,
    PROTO_BAD_REQUEST,     /* malformed line, JSON or parameter */
    PROTO_UNKNOWN_COMMAND, /* no such verb */
    PROTO_BAD_QUERY,       /* query syntax error */
    PROTO_LIMIT,           /* a query limit: terms, expansion, paging */
    PROTO_TOO_LARGE,       /* request line too long (connection closed) */
    PROTO_NOT_FOUND,       /* no such item */
    PROTO_BUSY,            /* job queue or connection limit reached */
    PROTO_TIMEOUT,         /* idle or request timeout (connection closed) */
    PROTO_UNSUPPORTED,     /* protocol version not spoken */
    PROTO_INTERNAL,        /* the server failed; not the client's fault */
    PROTO_UNAVAILABLE,     /* a shard of the index is missing (strict) */
    PROTO_CODE_COUNT
};

/* Wire name of a code ("bad_request", ...); "internal" if out of range. */
const char *proto_code_name(enum proto_code code);
/* Code for a wire name; PROTO_INTERNAL if unknown. */
enum proto_code proto_code_parse(const char *name, size_t len);
/* HTTP status for a code: 400, 404, 413, 503, 500, ... */
int proto_code_http(enum proto_code code);
/* Map an err code from a lower layer: ERR_INVAL -> `inval_code`,
 * ERR_LIMIT -> PROTO_LIMIT, ERR_NOTFOUND -> PROTO_NOT_FOUND, ERR_TIMEOUT ->
 * PROTO_TIMEOUT, ERR_UNAVAILABLE -> PROTO_UNAVAILABLE, else PROTO_INTERNAL. */
enum proto_code proto_code_from_err(int err_code, enum proto_code inval_code);

/* ---- Bytes ------------------------------------------------------------- */

/* 1 if `s` is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF). */
int proto_utf8_valid(const char *s, size_t len);

/* Check a request line (newline already removed): at most PROTO_LINE_MAX
 * bytes, valid UTF-8, no control bytes except tab. ERR_INVAL or ERR_LIMIT
 * with a message. */
int proto_line_check(const char *line, size_t len, struct err *e);

/* Split a checked line at the first run of spaces/tabs: *verb is the
 * first word, *arg the rest with surrounding blanks trimmed (length 0 if
 * none). Borrowed pointers into `line`. */
void proto_line_split(const char *line, size_t len, const char **verb,
                      size_t *verb_len, const char **arg, size_t *arg_len);

/* Count the blank-separated words of `s`. */
size_t proto_count_words(const char *s, size_t len);

/* Percent-decode `in` into `out` (appended); '+' becomes a space if
 * `plus_space`. ERR_INVAL for a bad escape, a NUL byte or invalid UTF-8;
 * ERR_LIMIT if the result would pass `max` bytes. */
int proto_url_decode(const char *in, size_t len, int plus_space, size_t max,
                     struct buf *out, struct err *e);

/* One decoded parameter of a query string: `key` NUL-terminated, `val`
 * its value (val->data NULL when empty; the callback may take it with
 * buf_detach()). A code other than ERR_OK stops the walk. */
typedef int (*proto_form_fn)(void *ctx, const char *key, struct buf *val,
                             struct err *e);
/* Walk `qs` (a=1&b=2, '+' a space): each parameter, percent-decoded (key
 * at most 64 bytes, value PROTO_LINE_MAX), to `take`. The one reader of
 * query strings, for SEARCH's and the workbench's parameters. */
int proto_form_walk(const char *qs, size_t len, proto_form_fn take, void *ctx,
                    struct err *e);

/* ---- Search parameters ------------------------------------------------- */

struct proto_search {
    char *q; /* the query, UTF-8; required */
    size_t q_len;
    char *council;    /* council/authority filter, or NULL */
    char *from;       /* date as given ("2017", "2017-10", "2017-10-06"), */
    char *to;         /* or NULL */
    char from_key[9]; /* the same as "YYYYMMDD" ("" if none): from is */
    char to_key[9];   /* the first day, to the last day of the range */
    uint32_t offset;
    uint32_t limit;
    int facets;   /* 1: count per council and year (default) */
    int snippets; /* 1: a highlighted snippet per hit (default) */
    int strict;   /* 1: ERR unavailable rather than a partial answer
                     when a shard of the index is missing (default 0) */
};

/* Defaults: offset 0, limit PROTO_LIMIT_DEF, facets and snippets on. */
void proto_search_init(struct proto_search *s);
void proto_search_fini(struct proto_search *s);

/* From the JSON object of `SEARCH {...}`: keys q (string, required),
 * council, from, to (strings), offset, limit (integers), facets,
 * snippets and strict (bool).
 * Unknown keys, wrong types and bad values are ERR_INVAL; a limit over
 * PROTO_LIMIT_MAX or offset+limit over PROTO_WINDOW_MAX is ERR_LIMIT.
 * On failure `s` may hold some fields: proto_search_fini() it anyway. */
int proto_search_from_json(const char *json, size_t len, struct proto_search *s,
                           struct err *e);

/* The same from an HTTP query string (`q=...&council=...&facets=0`,
 * percent-encoded, '+' as space). Repeated keys are ERR_INVAL. */
int proto_search_from_form(const char *qs, size_t len, struct proto_search *s,
                           struct err *e);

/* Check the values (the parsers call it; a client may too): q present and
 * not empty, dates valid, from <= to, paging limits. Fills the *_key
 * fields. */
int proto_search_check(struct proto_search *s, struct err *e);

/* Append the JSON object for `s` (raw dates as given) to `out`. */
int proto_search_to_json(const struct proto_search *s, struct buf *out,
                         struct err *e);

/* ---- Workbench parameters (work.c) ------------------------------------ */

/* The researcher's requests: TIMELINE, EXPORT, KWIC, TERMS, SIMILAR and
 * COVERAGE (HTTP: /timeline, /export, ...). They share the search's q,
 * council, from, to; q may be empty where it says so (every item). */
enum proto_work_kind {
    PROTO_WORK_TIMELINE,
    PROTO_WORK_EXPORT,
    PROTO_WORK_KWIC,
    PROTO_WORK_TERMS,
    PROTO_WORK_SIMILAR,
    PROTO_WORK_COVERAGE,
};

enum proto_work_by {
    PROTO_BY_YEAR,
    PROTO_BY_QUARTER,
    PROTO_BY_MONTH
};
enum proto_work_format {
    PROTO_FMT_JSON,
    PROTO_FMT_CSV,
    PROTO_FMT_JSONL
};
enum proto_work_sort {
    PROTO_SORT_NONE, /* relevance, then text order */
    PROTO_SORT_LEFT, /* by the word left of the match, nearest first */
    PROTO_SORT_RIGHT,
    PROTO_SORT_DATE,
};

#define PROTO_KWIC_WIDTH_DEF  8 /* words of context each side */
#define PROTO_KWIC_WIDTH_MAX  50
#define PROTO_KWIC_LIMIT_DEF  100 /* concordance lines per answer */
#define PROTO_KWIC_LIMIT_MAX  1000
#define PROTO_TERMS_LIMIT_DEF 20
#define PROTO_EXPORT_PAGE_MAX 1000 /* rows per EXPORT reply (line protocol) */

struct proto_work {
    enum proto_work_kind kind;
    struct proto_search s; /* q (may be NULL: every item), filters, paging */
    enum proto_work_by by;
    enum proto_work_format format;
    int bom;        /* export CSV: a UTF-8 byte order mark first */
    uint32_t width; /* kwic */
    enum proto_work_sort sort;
    char *id; /* similar: the item */
    size_t id_len;
};

/* Verb or path name ("timeline", any case) to a kind; -1 if none. */
int proto_work_kind_parse(const char *name, size_t len);
const char *proto_work_kind_name(enum proto_work_kind k);
void proto_work_init(struct proto_work *w, enum proto_work_kind kind);
void proto_work_fini(struct proto_work *w);
/* From a JSON object (line protocol; unknown keys are ERR_INVAL) or an
 * HTTP query string (unknown keys ignored, repeats ERR_INVAL); checked
 * by proto_work_check(). Keys: q council from to offset limit by format
 * bom width sort id. */
int proto_work_from_json(const char *json, size_t len, struct proto_work *w,
                         struct err *e);
int proto_work_from_form(const char *qs, size_t len, struct proto_work *w,
                         struct err *e);
/* Values and limits per kind; fills the date keys; sets defaults for a
 * limit not given (limit == UINT32_MAX). */
int proto_work_check(struct proto_work *w, struct err *e);
/* Append a CSV field per RFC 4180: quoted when it holds '"', ',', CR or
 * LF, a '"' doubled. Fields are not otherwise changed (no formula
 * guarding: the data is the researcher's). */
int proto_csv_field(struct buf *out, const char *s, size_t len);
/* Back to the JSON object of a request line (clients). */
int proto_work_to_json(const struct proto_work *w, struct buf *out,
                       struct err *e);

/* ---- Replies ----------------------------------------------------------- */

/* Append `OK <len>\n<payload>\n`. */
int proto_reply_ok(struct buf *out, const char *payload, size_t len);
/* Append `ERR <code> <message>\n`; the message is cut at PROTO_MSG_MAX
 * bytes and control bytes become spaces, so it stays one line. */
int proto_reply_err(struct buf *out, enum proto_code code, const char *msg);

/* The first line of a reply, parsed by a client. */
struct proto_reply {
    int ok;               /* 1: OK, payload follows */
    size_t len;           /* OK: payload bytes (newline excluded) */
    enum proto_code code; /* ERR: the code */
    char code_name[32];   /* ERR: the code as sent */
    char msg[PROTO_MSG_MAX + 1];
};

/* Parse a reply head line (newline removed). ERR_INVAL if it is neither
 * `OK <n>` with n <= PROTO_PAYLOAD_MAX nor `ERR <code> <msg>`. */
int proto_reply_parse(const char *line, size_t len, struct proto_reply *r,
                      struct err *e);

/* ---- JSON helpers ------------------------------------------------------ */

/* Append the compact JSON text of `j` (UTF-8, not ASCII-escaped). */
int proto_json_append(const json_t *j, struct buf *out, struct err *e);
/* Append `{"error":{"code":"...","message":"..."}}` (HTTP error body). */
int proto_error_json(enum proto_code code, const char *msg, struct buf *out);
/* Borrowed string value of key `k` in object `o`, or NULL if absent or not
 * a string. */
const char *proto_json_str(const json_t *o, const char *k);

/* A top-level field of a JSON object, located without parsing the object
 * (for a few fields of large stored documents). */
struct proto_jfield {
    const char *key; /* in: plain ASCII key */
    const char *raw; /* out: the value's JSON text in the input, or NULL */
    size_t raw_len;
};

/* Find each field's value in the object `json`; the first of duplicate
 * keys wins. ERR_INVAL if `json` is not a well-formed object at the level
 * scanned (values are skipped, not validated: callers fall back to a full
 * parse when a value does not convert). */
int proto_json_scan(const char *json, size_t len, struct proto_jfield *f,
                    size_t n, struct err *e);
/* Append the text of the JSON string literal raw[0..len) (quotes included)
 * unescaped to `out`. ERR_INVAL for a bad escape or lone surrogate. */
int proto_json_unescape(const char *raw, size_t len, struct buf *out,
                        struct err *e);
/* A new jansson value for a scanned field: json null if absent, NULL if it
 * does not convert. */
json_t *proto_json_field_value(const struct proto_jfield *f);

#ifdef __cplusplus
}
#endif
#endif
