/* SPDX-License-Identifier: GPL-2.0-or-later */
/* err.h - error codes and messages shared by every module.
 * Fallible functions return ERR_OK or a negative code and take a
 * `struct err *` last (NULL allowed). */
#ifndef REFERAT_CORE_ERR_H
#define REFERAT_CORE_ERR_H

#ifdef __cplusplus
extern "C" {
#endif

enum err_code {
    ERR_OK = 0,
    ERR_INVAL = -1,       /* bad input: request, option, file content */
    ERR_NOMEM = -2,       /* allocation failed */
    ERR_IO = -3,          /* read/write/open failed */
    ERR_NOTFOUND = -4,    /* no such item, file or key */
    ERR_LIMIT = -5,       /* a configured limit was exceeded */
    ERR_BACKEND = -6,     /* Xapian or another library failed */
    ERR_TIMEOUT = -7,     /* out of time (struct deadline) or cancelled */
    ERR_UNAVAILABLE = -8, /* a part (a shard of the index) is missing */
};

#define ERR_MSG_MAX 256

struct err {
    int code;
    char msg[ERR_MSG_MAX];
};

/* Fill `e` (if not NULL) and return `code`, so callers can write
 * `return err_set(e, ERR_INVAL, "...")`. */
int err_set(struct err *e, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reset `e` to ERR_OK with an empty message. */
void err_clear(struct err *e);

/* Short stable name of a code ("inval", "nomem", ...), for wire replies. */
const char *err_code_name(int code);

#ifdef __cplusplus
}
#endif
#endif
