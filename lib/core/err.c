/* SPDX-License-Identifier: GPL-2.0-or-later */
/* err.c - error codes and messages. */
#include "core/err.h"

#include <stdarg.h>
#include <stdio.h>

int err_set(struct err *e, int code, const char *fmt, ...)
{
    if (e == NULL)
        return code;
    va_list ap;
    va_start(ap, fmt);
    e->code = code;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    return code;
}

void err_clear(struct err *e)
{
    if (e == NULL)
        return;
    e->code = ERR_OK;
    e->msg[0] = '\0';
}

const char *err_code_name(int code)
{
    switch (code) {
    case ERR_OK:
        return "ok";
    case ERR_INVAL:
        return "inval";
    case ERR_NOMEM:
        return "nomem";
    case ERR_IO:
        return "io";
    case ERR_NOTFOUND:
        return "notfound";
    case ERR_LIMIT:
        return "limit";
    case ERR_BACKEND:
        return "backend";
    case ERR_TIMEOUT:
        return "timeout";
    case ERR_UNAVAILABLE:
        return "unavailable";
    }
    return "unknown";
}
