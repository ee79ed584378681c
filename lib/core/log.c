/* SPDX-License-Identifier: GPL-2.0-or-later */
/* log.c - levelled one-line logging. */
#include "core/log.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/fold.h"

static const char *log_prog = "referat";
static enum log_level log_threshold = LOG_INFO;
static FILE *log_out;
static enum log_format log_format = LOG_FORMAT_TEXT;
static int log_journal; /* stderr is systemd's journal stream */

/* systemd sets JOURNAL_STREAM=DEV:INODE of the stream it connected to
 * stderr; a child with stderr redirected inherits the variable, so
 * compare (systemd.exec(5)). */
static int stderr_is_journal(void)
{
    const char *js = getenv("JOURNAL_STREAM");
    unsigned long long dev, ino;
    struct stat st;
    if (js == NULL || sscanf(js, "%llu:%llu", &dev, &ino) != 2 ||
        fstat(STDERR_FILENO, &st) != 0)
        return 0;
    return (unsigned long long)st.st_dev == dev &&
           (unsigned long long)st.st_ino == ino;
}

void log_init(const char *prog, enum log_level level, FILE *out)
{
    log_prog = prog;
    log_threshold = level;
    log_out = out;
    log_journal = out == NULL && stderr_is_journal();
}

void log_set_level(enum log_level level)
{
    log_threshold = level;
}

void log_set_format(enum log_format format)
{
    log_format = format;
}

int log_enabled(enum log_level level)
{
    return level <= log_threshold;
}

/* The escaping of log_escape(); `quotes`: backslash and '"' too. */
static void escape(const char *in, size_t len, int quotes, char *out,
                   size_t cap)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)in;
    size_t o = 0;
    if (cap == 0)
        return;
    for (size_t i = 0; i < len;) {
        size_t l;
        uint32_t cp = utf8_next(p + i, len - i, &l);
        if (cp == UTF8_BAD)
            l = 0;
        int plain = l > 0 && !fold_is_control(cp) &&
                    !(quotes && (p[i] == '\\' || p[i] == '"'));
        size_t k = l > 0 ? l : 1; /* a stray byte alone */
        if (o + (plain ? k : 4 * k) + 1 > cap)
            break;
        for (size_t j = 0; j < k; j++) {
            unsigned char c = p[i + j];
            if (plain) {
                out[o++] = (char)c;
            } else {
                out[o++] = '\\';
                out[o++] = 'x';
                out[o++] = hex[c >> 4];
                out[o++] = hex[c & 15];
            }
        }
        i += k;
    }
    out[o] = '\0';
}

void log_escape(const char *in, size_t len, size_t max_in, char *out,
                size_t cap)
{
    if (len > max_in) {
        /* cut on a character boundary, not inside one */
        len = max_in;
        len = utf8_floor(in, len);
    }
    escape(in, len, 1, out, cap);
}

/* `in` (escaped by escape(): valid UTF-8, no control characters) as
 * the inside of a JSON string: only backslash and '"' are left. */
static void json_quote(const char *in, char *out, size_t cap)
{
    size_t o = 0;
    for (; *in != '\0' && o + 3 < cap; in++) {
        if (*in == '\\' || *in == '"')
            out[o++] = '\\';
        out[o++] = *in;
    }
    out[o] = '\0';
}

void log_stamp(time_t t, char out[LOG_STAMP_LEN])
{
    struct tm tm;
    out[0] = '\0';
    if (gmtime_r(&t, &tm) != NULL)
        strftime(out, LOG_STAMP_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void log_msg(enum log_level level, const char *area, const char *fmt, ...)
{
    static const char letters[] = "EWID";
    static const char *const names[] = {"error", "warn", "info", "debug"};
    static const int syslog_prio[] = {3, 4, 6, 7}; /* err warning info debug */
    if (!log_enabled(level))
        return;
    char stamp[LOG_STAMP_LEN];
    log_stamp(time(NULL), stamp);
    char body[1024], esc[4 * sizeof body];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(body, sizeof body, fmt, ap);
    va_end(ap);
    /* Messages name files and requests: a newline or an ESC in a file
     * name must not forge a line or reach the terminal raw. */
    escape(body, strlen(body), 0, esc, sizeof esc);
    FILE *out = log_out != NULL ? log_out : stderr;
    if (log_format == LOG_FORMAT_JSON) {
        char q[2 * sizeof esc], qa[64];
        json_quote(esc, q, sizeof q);
        json_quote(area, qa, sizeof qa);
        fprintf(out,
                "{\"time\":\"%s\",\"prog\":\"%s\",\"pid\":%ld,"
                "\"level\":\"%s\",\"area\":\"%s\",\"msg\":\"%s\"}\n",
                stamp, log_prog, (long)getpid(), names[level], qa, q);
    } else if (log_journal) {
        /* journald stamps time and pid itself and reads the priority */
        fprintf(out, "<%d>%c [%s] %s\n", syslog_prio[level], letters[level],
                area, esc);
    } else {
        fprintf(out, "%s %s[%ld] %c [%s] %s\n", stamp, log_prog, (long)getpid(),
                letters[level], area, esc);
    }
    fflush(out);
}
