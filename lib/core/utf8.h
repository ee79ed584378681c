/* SPDX-License-Identifier: GPL-2.0-or-later */
/* utf8.h - the one UTF-8 decoder of the code base: decode and encode one
 * code point, check a string, find character boundaries. Every module
 * (text, minutes, extract, proto, query, the executables) reads UTF-8
 * through these, so a byte is valid or not in the same way everywhere:
 * overlong forms, surrogates, code points past U+10FFFF and truncated
 * sequences are invalid, and an invalid byte is one byte long. */
#ifndef REFERAT_CORE_UTF8_H
#define REFERAT_CORE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Returned by utf8_next() for a byte that does not start a well-formed
 * sequence (it then consumes exactly one byte). */
#define UTF8_BAD 0xFFFFFFFFu
/* What utf8_decode() reads an invalid byte as. */
#define UTF8_REPLACEMENT 0xFFFDu

/* 1 if the byte continues a sequence (10xxxxxx). */
static inline int utf8_is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* Decode the character at s[0] (len > 0). Sets *n to its byte length
 * (1 for an invalid byte) and returns the code point or UTF8_BAD. Inline:
 * the tokenizer calls it once a character. */
static inline uint32_t utf8_next(const unsigned char *s, size_t len, size_t *n)
{
    unsigned c = s[0];
    *n = 1;
    if (c < 0x80)
        return c;
    if (c < 0xC2 || c > 0xF4)
        return UTF8_BAD;
    if (c < 0xE0) {
        if (len < 2 || !utf8_is_cont(s[1]))
            return UTF8_BAD;
        *n = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0) {
        if (len < 3 || !utf8_is_cont(s[1]) || !utf8_is_cont(s[2]))
            return UTF8_BAD;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
            return UTF8_BAD; /* overlong, surrogate */
        *n = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
               (s[2] & 0x3F);
    }
    if (len < 4 || !utf8_is_cont(s[1]) || !utf8_is_cont(s[2]) ||
        !utf8_is_cont(s[3]))
        return UTF8_BAD;
    if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
        return UTF8_BAD; /* overlong, past U+10FFFF */
    *n = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* utf8_next() for char strings: returns the length (1..4; n must be > 0)
 * and stores the code point, U+FFFD for an invalid byte, in *cp. */
static inline size_t utf8_decode(const char *p, size_t n, uint32_t *cp)
{
    size_t len;
    uint32_t c = utf8_next((const unsigned char *)p, n, &len);
    *cp = c == UTF8_BAD ? UTF8_REPLACEMENT : c;
    return len;
}

/* Length of the valid sequence at s[0..n) (n > 0), 0 if it is invalid. */
static inline size_t utf8_len(const char *s, size_t n)
{
    size_t len;
    return utf8_next((const unsigned char *)s, n, &len) == UTF8_BAD ? 0 : len;
}

/* The character ending just before p (start <= p): returns its length
 * (0 at start) and stores it in *cp (0 at start); bytes that are not a
 * whole sequence are read back one at a time as U+FFFD. */
size_t utf8_prev(const char *start, const char *p, uint32_t *cp);

/* Encode `cp` (a scalar value below U+110000) into out[0..3]; returns the
 * length. */
size_t utf8_put(uint32_t cp, char *out);

/* 1 if s[0..len) is well-formed UTF-8. */
int utf8_valid(const char *s, size_t len);

/* Where to cut s so no character is split: i moved back over
 * continuation bytes (s[i] must be readable unless i is 0). */
static inline size_t utf8_floor(const char *s, size_t i)
{
    while (i > 0 && utf8_is_cont((unsigned char)s[i]))
        i--;
    return i;
}

/* Number of characters (valid sequences and invalid bytes) in s[0..len). */
size_t utf8_count(const char *s, size_t len);

#ifdef __cplusplus
}
#endif

#endif
