/* SPDX-License-Identifier: GPL-2.0-or-later */
/* utf8.c - encoding repair: Windows-1252 conversion of the files the
 * indexer reads (decoding is lib/core's utf8.h), with empty and binary
 * files refused. */
#include <string.h>

#include "txt_internal.h"

/* Bytes 0x80..0x9F of Windows-1252; 0 marks the five unassigned bytes,
 * which become U+FFFD. 0xA0..0xFF are Latin-1 (the same code points). */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* How much of the start is checked for control bytes, and how many of
 * them (in percent) make a file binary. */
#define BINARY_SNIFF_BYTES  4096
#define BINARY_CTRL_PERCENT 10

static int is_blank_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

/* Classify the input: ERR_OK, or ERR_INVAL with "empty" or "binary". */
static int check_content(const unsigned char *u, size_t len, struct err *e)
{
    size_t i = 0;
    if (len >= 3 && memcmp(u, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && is_blank_byte(u[i]))
        i++;
    if (i == len)
        return err_set(e, ERR_INVAL, "empty: no text in <%zu> bytes", len);
    const unsigned char *nul = memchr(u, '\0', len);
    if (nul != NULL)
        return err_set(e, ERR_INVAL, "binary: NUL byte at offset <%zu>",
                       (size_t)(nul - u));
    size_t n = len < BINARY_SNIFF_BYTES ? len : BINARY_SNIFF_BYTES;
    size_t ctrl = 0;
    for (i = 0; i < n; i++)
        if (u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\r' &&
            u[i] != '\f')
            ctrl++;
    if (ctrl * 100 > n * BINARY_CTRL_PERCENT)
        return err_set(e, ERR_INVAL,
                       "binary: <%zu> control bytes in the first <%zu>", ctrl,
                       n);
    return ERR_OK;
}

/* Valid UTF-8 sequences are kept and every other byte is read as
 * Windows-1252: a mostly-UTF-8 file with a few stray Latin-1 bytes (a
 * pasted signature) comes out right, and a real cp1252 file almost never
 * contains a byte pair that is also valid UTF-8. */
int txt_to_utf8(const char *in, size_t len, struct buf *out, int *converted,
                struct err *e)
{
    const unsigned char *u = (const unsigned char *)in;
    if (in == NULL)
        len = 0;
    int rc = check_content(u, len, e);
    if (rc != ERR_OK)
        return rc;
    size_t i = 0;
    if (len >= 3 && memcmp(u, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    size_t start_len = out->len;
    /* Usually one output byte per input byte; buf grows if not. */
    if (buf_reserve(out, len - i) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory converting <%zu> bytes",
                       len);
    int conv = 0;
    while (i < len) {
        size_t run = i;
        while (run < len && u[run] < 0x80)
            run++;
        if (run > i) {
            if (buf_append(out, u + i, run - i) != ERR_OK)
                goto nomem;
            i = run;
            continue;
        }
        size_t n;
        if (utf8_next(u + i, len - i, &n) != UTF8_BAD) {
            if (buf_append(out, u + i, n) != ERR_OK)
                goto nomem;
            i += n;
            continue;
        }
        uint32_t cp = u[i];
        if (cp < 0xA0)
            cp = cp1252_high[cp - 0x80] ? cp1252_high[cp - 0x80] : 0xFFFD;
        char tmp[4];
        if (buf_append(out, tmp, utf8_put(cp, tmp)) != ERR_OK)
            goto nomem;
        conv = 1;
        i++;
    }
    if (converted != NULL)
        *converted = conv;
    return ERR_OK;
nomem:
    out->len = start_len;
    if (out->data != NULL)
        out->data[start_len] = '\0';
    return err_set(e, ERR_NOMEM, "out of memory converting <%zu> bytes", len);
}
