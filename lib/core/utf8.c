/* SPDX-License-Identifier: GPL-2.0-or-later */
/* utf8.c - the out-of-line parts of utf8.h. */
#include "core/utf8.h"

size_t utf8_prev(const char *start, const char *p, uint32_t *cp)
{
    *cp = 0;
    if (p <= start)
        return 0;
    size_t back = 1;
    while (back < 4 && p - back > start &&
           utf8_is_cont((unsigned char)p[-(ptrdiff_t)back]))
        back++;
    uint32_t c;
    size_t len = utf8_decode(p - back, back, &c);
    if (len != back) { /* not a whole sequence: the last byte alone */
        *cp = UTF8_REPLACEMENT;
        return 1;
    }
    *cp = c;
    return back;
}

size_t utf8_put(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | ((cp >> 18) & 0x07));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

int utf8_valid(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t n;
        if (utf8_next(u + i, len - i, &n) == UTF8_BAD)
            return 0;
        i += n;
    }
    return 1;
}

size_t utf8_count(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, c = 0;
    while (i < len) {
        size_t n = 1;
        if (u[i] >= 0x80)
            (void)utf8_next(u + i, len - i, &n);
        i += n;
        c++;
    }
    return c;
}
