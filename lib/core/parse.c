/* SPDX-License-Identifier: GPL-2.0-or-later */
/* parse.c - strict number and date parsing. */
#include "core/parse.h"

#include <stdio.h>
#include <string.h>

#include "core/ascii.h"

int parse_u32n(const char *s, size_t len, uint32_t *out, struct err *e)
{
    if (len == 0)
        return err_set(e, ERR_INVAL, "empty number");
    uint64_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (!ascii_digit(s[i]))
            return err_set(e, ERR_INVAL, "not a number <%.*s>",
                           (int)(len > 32 ? 32 : len), s);
        v = v * 10 + (uint64_t)(s[i] - '0');
        if (v > UINT32_MAX)
            return err_set(e, ERR_INVAL, "number too large <%.*s>",
                           (int)(len > 32 ? 32 : len), s);
    }
    *out = (uint32_t)v;
    return ERR_OK;
}

int parse_u32(const char *s, uint32_t *out, struct err *e)
{
    return parse_u32n(s, strlen(s), out, e);
}

int parse_opt_u32(const char *name, const char *v, uint32_t lo, uint32_t hi,
                  uint32_t *out, struct err *e)
{
    uint32_t n;
    if (parse_u32(v, &n, NULL) == ERR_OK && n >= lo && n <= hi) {
        *out = n;
        return ERR_OK;
    }
    if (hi == UINT32_MAX && lo == 0)
        return err_set(e, ERR_INVAL, "--%s <%s>: want a number", name, v);
    return err_set(e, ERR_INVAL, "--%s <%s>: want a number %u..%u", name, v,
                   (unsigned)lo, (unsigned)hi);
}

int parse_seconds(const char *s, double max, double *out, struct err *e)
{
    const char *dot = strchr(s, '.');
    size_t ilen = dot != NULL ? (size_t)(dot - s) : strlen(s);
    uint32_t whole = 0;
    double v;
    if (parse_u32n(s, ilen, &whole, NULL) != ERR_OK)
        goto bad;
    v = whole;
    if (dot != NULL) {
        double unit = 0.1;
        if (dot[1] == '\0')
            goto bad;
        for (const char *p = dot + 1; *p != '\0'; p++, unit /= 10) {
            if (!ascii_digit(*p))
                goto bad;
            v += (*p - '0') * unit;
        }
    }
    if (v > max)
        goto bad;
    *out = v;
    return ERR_OK;
bad:
    return err_set(e, ERR_INVAL, "not seconds <%.32s> (0 to %g, e.g. 2.5)", s,
                   max);
}

static int days_in_month(uint32_t y, uint32_t m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

int parse_date(const char *s, int upper, char out[9], struct err *e)
{
    size_t len = strlen(s);
    uint32_t y = 0, m = upper ? 12 : 1, d = 0;
    if ((len != 4 && len != 7 && len != 10) ||
        parse_u32n(s, 4, &y, NULL) != ERR_OK)
        goto bad;
    if (len >= 7 && (s[4] != '-' || parse_u32n(s + 5, 2, &m, NULL) != ERR_OK))
        goto bad;
    if (m < 1 || m > 12 || y < 1000)
        goto bad;
    if (len == 10) {
        if (s[7] != '-' || parse_u32n(s + 8, 2, &d, NULL) != ERR_OK || d < 1 ||
            (int)d > days_in_month(y, m))
            goto bad;
    } else {
        d = upper ? (uint32_t)days_in_month(y, m) : 1;
    }
    /* y < 10000 and m, d < 100 by now; the modulo tells the compiler */
    snprintf(out, 9, "%04u%02u%02u", (unsigned)(y % 10000), (unsigned)(m % 100),
             (unsigned)(d % 100));
    return ERR_OK;
bad:
    return err_set(e, ERR_INVAL, "bad date <%.*s>, want YYYY[-MM[-DD]]",
                   (int)(len > 32 ? 32 : len), s);
}

int parse_iso_day(const char *s, size_t len, char out[9])
{
    if (s == NULL || len != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0, o = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            continue;
        if (!ascii_digit(s[i]))
            return 0;
        out[o++] = s[i];
    }
    out[8] = '\0';
    return 1;
}
