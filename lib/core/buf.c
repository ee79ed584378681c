/* SPDX-License-Identifier: GPL-2.0-or-later */
/* buf.c - growable byte buffer. */
#include "core/buf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void buf_init(struct buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void buf_fini(struct buf *b)
{
    free(b->data);
    buf_init(b);
}

int buf_reserve(struct buf *b, size_t extra)
{
    if (extra > (size_t)-1 / 2 - b->len)
        return ERR_NOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return ERR_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (p == NULL)
        return ERR_NOMEM;
    b->data = p;
    b->cap = cap;
    return ERR_OK;
}

int buf_append(struct buf *b, const void *p, size_t n)
{
    if (buf_reserve(b, n) != ERR_OK)
        return ERR_NOMEM;
    if (n > 0)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return ERR_OK;
}

int buf_puts(struct buf *b, const char *s)
{
    return buf_append(b, s, strlen(s));
}

int buf_putc(struct buf *b, char c)
{
    return buf_append(b, &c, 1);
}

int buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return ERR_INVAL;
    if (buf_reserve(b, (size_t)n) != ERR_OK)
        return ERR_NOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return ERR_OK;
}

void buf_reset(struct buf *b)
{
    b->len = 0;
    if (b->data != NULL)
        b->data[0] = '\0';
}

char *buf_detach(struct buf *b)
{
    char *p = b->data;
    if (p == NULL)
        p = calloc(1, 1);
    buf_init(b);
    return p;
}

int buf_read_file(struct buf *b, FILE *f, size_t max, struct err *e)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b->len + n > max)
            return err_set(e, ERR_LIMIT, "file larger than <%zu> bytes", max);
        if (buf_append(b, chunk, n) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory reading file");
    }
    if (ferror(f))
        return err_set(e, ERR_IO, "read: %s", strerror(errno));
    if (b->data == NULL && buf_reserve(b, 0) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    return ERR_OK;
}

int buf_load_file(struct buf *b, const char *path, size_t max, struct err *e)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return err_set(e, ERR_IO, "open <%s>: %s", path, strerror(errno));
    struct stat st;
    int rc = ERR_OK;
    if (fstat(fd, &st) != 0)
        rc = err_set(e, ERR_IO, "stat <%s>: %s", path, strerror(errno));
    else if (!S_ISREG(st.st_mode))
        rc = err_set(e, ERR_INVAL, "<%s> is not a regular file", path);
    else if ((unsigned long long)st.st_size > max)
        rc =
            err_set(e, ERR_LIMIT, "<%s> is larger than <%zu> bytes", path, max);
    /* the size is checked again while reading: the file may grow */
    while (rc == ERR_OK) {
        if (buf_reserve(b, 65536) != ERR_OK) {
            rc = err_set(e, ERR_NOMEM, "out of memory reading <%s>", path);
            break;
        }
        ssize_t n = read(fd, b->data + b->len, 65536);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            rc = err_set(e, ERR_IO, "read <%s>: %s", path, strerror(errno));
        else if (b->len + (size_t)n > max)
            rc = err_set(e, ERR_LIMIT, "<%s> is larger than <%zu> bytes", path,
                         max);
        if (n <= 0 || rc != ERR_OK)
            break;
        b->len += (size_t)n;
    }
    if (rc == ERR_OK && b->data != NULL)
        b->data[b->len] = '\0';
    close(fd);
    return rc;
}
