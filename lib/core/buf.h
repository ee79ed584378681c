/* SPDX-License-Identifier: GPL-2.0-or-later */
/* buf.h - a growable byte buffer, always NUL-terminated. */
#ifndef REFERAT_CORE_BUF_H
#define REFERAT_CORE_BUF_H

#include <stddef.h>
#include <stdio.h>

#include "core/err.h"

#ifdef __cplusplus
extern "C" {
#endif

struct buf {
    char *data; /* NULL until the first append; then NUL-terminated */
    size_t len;
    size_t cap;
};

/* A zeroed struct is an empty buffer; buf_fini() frees it. */
void buf_init(struct buf *b);
void buf_fini(struct buf *b);
/* Make room for `extra` more bytes. ERR_NOMEM on failure. */
int buf_reserve(struct buf *b, size_t extra);
int buf_append(struct buf *b, const void *p, size_t n);
int buf_puts(struct buf *b, const char *s);
int buf_putc(struct buf *b, char c);
int buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);
/* Hand the bytes to the caller (free() them); the buffer becomes empty.
 * Returns an empty string rather than NULL for an empty buffer. */
char *buf_detach(struct buf *b);
/* Read all of `f`, at most `max` bytes (ERR_LIMIT past that). */
int buf_read_file(struct buf *b, FILE *f, size_t max, struct err *e);
/* Read the regular file at `path` (an operator's file: thesaurus, word
 * list) into `b`, at most `max` bytes. Opened without blocking and
 * checked before reading: a FIFO (open would wait for a writer),
 * /dev/zero (endless), a directory or a device is ERR_INVAL, a larger
 * file ERR_LIMIT, a missing one ERR_IO; the messages name `path`. */
int buf_load_file(struct buf *b, const char *path, size_t max, struct err *e);

#ifdef __cplusplus
}
#endif
#endif
