/* SPDX-License-Identifier: GPL-2.0-or-later */
/* log.h - one-line levelled logging for the executables (never libraries).
 * Format: `2025-03-04T10:15:02Z referatd[812] W [conn] message`, or
 * JSON, or journald's (see enum log_format). */
#ifndef REFERAT_CORE_LOG_H
#define REFERAT_CORE_LOG_H

#include <stdio.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

enum log_level {
    LOG_ERROR = 0,
    LOG_WARN = 1,
    LOG_INFO = 2,
    LOG_DEBUG = 3
};

enum log_format {
    LOG_FORMAT_TEXT = 0, /* the line above; under systemd (JOURNAL_STREAM
                            set, logging to stderr) without time and pid,
                            with a "<N>" priority prefix journald reads */
    LOG_FORMAT_JSON = 1, /* {"time":..,"prog":..,"pid":..,"level":..,
                            "area":..,"msg":..} one object a line */
};

/* Set the program name, threshold and destination (NULL = stderr).
 * The stream is borrowed and must outlive logging. */
void log_init(const char *prog, enum log_level level, FILE *out);
void log_set_level(enum log_level level);
void log_set_format(enum log_format format);
int log_enabled(enum log_level level);

/* Write one line if `level` is enabled. Thread-safe (one fprintf call). */
void log_msg(enum log_level level, const char *area, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* `t` in UTC as "2025-03-04T10:15:02Z", the time stamp of every log
 * line; "" if the system cannot convert it. */
#define LOG_STAMP_LEN 32
void log_stamp(time_t t, char out[LOG_STAMP_LEN]);

/* Copy `in` into `out` (capacity `cap`, always NUL-terminated) escaping
 * control characters (C0, DEL, C1 such as U+0085, U+2028, U+2029),
 * backslash, '"' and bytes of invalid UTF-8 as \xNN, cut at `max_in`
 * input bytes on a character boundary. For query logs, which must not
 * let a client forge lines. log_msg() escapes its messages the same way
 * (backslash and '"' excepted). */
void log_escape(const char *in, size_t len, size_t max_in, char *out,
                size_t cap);

#ifdef __cplusplus
}
#endif
#endif
