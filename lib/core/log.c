/* SPDX-License-Identifier: GPL-2.0-or-later */
/* log.c - levelled one-line logging. */
#include "core/log.h"

#include <stdarg.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *log_prog = "referat";
static enum log_level log_threshold = LOG_INFO;
static FILE *log_out;

void log_init(const char *prog, enum log_level level, FILE *out)
{
    log_prog = prog;
    log_threshold = level;
    log_out = out;
}

void log_set_level(enum log_level level)
{
    log_threshold = level;
}

int log_enabled(enum log_level level)
{
    return level <= log_threshold;
}

void log_msg(enum log_level level, const char *area, const char *fmt, ...)
{
    static const char letters[] = "EWID";
    if (!log_enabled(level))
        return;
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    char body[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(body, sizeof body, fmt, ap);
    va_end(ap);
    FILE *out = log_out != NULL ? log_out : stderr;
    fprintf(out, "%s %s[%ld] %c [%s] %s\n", stamp, log_prog, (long)getpid(),
            letters[level], area, body);
    fflush(out);
}

void log_escape(const char *in, size_t len, size_t max_in, char *out,
                size_t cap)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    if (cap == 0)
        return;
    if (len > max_in)
        len = max_in;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)in[i];
        int plain = c >= 0x20 && c != 0x7f && c != '\\' && c != '"';
        size_t need = plain ? 1 : 4;
        if (o + need + 1 > cap)
            break;
        if (plain) {
            out[o++] = (char)c;
        } else {
            out[o++] = '\\';
            out[o++] = 'x';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 15];
        }
    }
    out[o] = '\0';
}
