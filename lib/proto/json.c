/* SPDX-License-Identifier: GPL-2.0-or-later */
/* json.c - reading a few top-level fields out of a large JSON object
 * without building it: a search answer needs the title and a snippet of
 * each hit, not a parsed copy of its whole stored document. Iterative,
 * bounded by the input, never trusts it. */
#include "core/ascii.h"
#include "proto/proto.h"

#include <string.h>

static size_t skip_ws(const char *s, size_t len, size_t i)
{
    while (i < len &&
           (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

/* Bytes a string's scan stops at: '"', '\\' and control characters. A
 * hit's stored text is most of what a search answer scans, so the loop
 * over ordinary bytes is one table look-up. */
static const unsigned char string_stop[256] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1,
    [0x06] = 1, [0x07] = 1, [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1,
    [0x0c] = 1, [0x0d] = 1, [0x0e] = 1, [0x0f] = 1, [0x10] = 1, [0x11] = 1,
    [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
    [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1,
    [0x1e] = 1, [0x1f] = 1, ['"'] = 1,  ['\\'] = 1};

/* s[i] is '"': index just past the closing quote, or 0 if unterminated. */
static size_t skip_string(const char *s, size_t len, size_t i)
{
    for (i++; i < len; i++) {
        while (i < len && !string_stop[(unsigned char)s[i]])
            i++;
        if (i >= len)
            break;
        if (s[i] == '\\')
            i++;
        else if (s[i] == '"')
            return i + 1;
        else
            return 0; /* a control character */
    }
    return 0;
}

/* Index just past the value starting at s[i], or 0 if malformed. */
static size_t skip_value(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == '"')
        return skip_string(s, len, i);
    if (s[i] != '{' && s[i] != '[') {
        size_t j = i;
        while (j < len && s[j] != ',' && s[j] != '}' && s[j] != ']' &&
               s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r')
            j++;
        return j > i ? j : 0;
    }
    size_t depth = 0;
    while (i < len) {
        char c = s[i];
        if (c == '"') {
            i = skip_string(s, len, i);
            if (i == 0)
                return 0;
            continue;
        }
        if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return 0;
            if (--depth == 0)
                return i + 1;
        }
        i++;
    }
    return 0;
}

int proto_json_scan(const char *json, size_t len, struct proto_jfield *f,
                    size_t n, struct err *e)
{
    for (size_t k = 0; k < n; k++) {
        f[k].raw = NULL;
        f[k].raw_len = 0;
    }
    size_t i = skip_ws(json, len, 0);
    if (i >= len || json[i] != '{')
        return err_set(e, ERR_INVAL, "not a JSON object");
    i = skip_ws(json, len, i + 1);
    if (i < len && json[i] == '}')
        return ERR_OK;
    while (i < len) {
        if (json[i] != '"')
            return err_set(e, ERR_INVAL, "bad key at <%zu>", i);
        size_t kend = skip_string(json, len, i);
        if (kend == 0)
            return err_set(e, ERR_INVAL, "unterminated key at <%zu>", i);
        const char *key = json + i + 1;
        size_t klen = kend - i - 2;
        i = skip_ws(json, len, kend);
        if (i >= len || json[i] != ':')
            return err_set(e, ERR_INVAL, "missing ':' at <%zu>", i);
        i = skip_ws(json, len, i + 1);
        size_t vend = skip_value(json, len, i);
        if (vend == 0)
            return err_set(e, ERR_INVAL, "bad value at <%zu>", i);
        for (size_t k = 0; k < n; k++) {
            if (f[k].raw == NULL && strlen(f[k].key) == klen &&
                memcmp(f[k].key, key, klen) == 0) {
                f[k].raw = json + i;
                f[k].raw_len = vend - i;
            }
        }
        i = skip_ws(json, len, vend);
        if (i < len && json[i] == '}')
            return ERR_OK;
        if (i >= len || json[i] != ',')
            return err_set(e, ERR_INVAL, "missing ',' at <%zu>", i);
        i = skip_ws(json, len, i + 1);
    }
    return err_set(e, ERR_INVAL, "unterminated object");
}

static int hex4(const char *s, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (ascii_digit(c))
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

static int put_utf8(struct buf *out, unsigned cp)
{
    char b[4];
    return buf_append(out, b, utf8_put(cp, b));
}

/* One \uXXXX (or a surrogate pair) at raw[i] (after the backslash-u);
 * returns the bytes consumed after "\u", or 0 if malformed. */
static size_t unescape_u(const char *raw, size_t len, size_t i, unsigned *cp)
{
    unsigned hi, lo;
    if (i + 4 > len || hex4(raw + i, &hi) != 0)
        return 0;
    if (hi >= 0xdc00 && hi <= 0xdfff)
        return 0;
    if (hi < 0xd800 || hi > 0xdbff) {
        *cp = hi;
        return 4;
    }
    if (i + 10 > len || raw[i + 4] != '\\' || raw[i + 5] != 'u' ||
        hex4(raw + i + 6, &lo) != 0 || lo < 0xdc00 || lo > 0xdfff)
        return 0;
    *cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
    return 10;
}

int proto_json_unescape(const char *raw, size_t len, struct buf *out,
                        struct err *e)
{
    if (len < 2 || raw[0] != '"' || raw[len - 1] != '"')
        return err_set(e, ERR_INVAL, "not a JSON string");
    size_t end = len - 1;
    if (buf_reserve(out, end) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 1; i < end;) {
        size_t run = i;
        while (run < end && raw[run] != '\\')
            run++;
        if (run > i && buf_append(out, raw + i, run - i) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory");
        i = run;
        if (i >= end)
            break;
        if (i + 1 >= end)
            return err_set(e, ERR_INVAL, "bad escape");
        char c = raw[i + 1], r;
        unsigned cp;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            r = c;
            break;
        case 'b':
            r = '\b';
            break;
        case 'f':
            r = '\f';
            break;
        case 'n':
            r = '\n';
            break;
        case 'r':
            r = '\r';
            break;
        case 't':
            r = '\t';
            break;
        case 'u': {
            size_t used = unescape_u(raw, end, i + 2, &cp);
            if (used == 0)
                return err_set(e, ERR_INVAL, "bad \\u escape");
            if (put_utf8(out, cp) != ERR_OK)
                return err_set(e, ERR_NOMEM, "out of memory");
            i += 2 + used;
            continue;
        }
        default:
            return err_set(e, ERR_INVAL, "bad escape");
        }
        if (buf_putc(out, r) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory");
        i += 2;
    }
    return ERR_OK;
}

json_t *proto_json_field_value(const struct proto_jfield *f)
{
    if (f->raw == NULL)
        return json_null();
    if (f->raw[0] == '"') {
        struct buf b;
        buf_init(&b);
        json_t *v = NULL;
        if (proto_json_unescape(f->raw, f->raw_len, &b, NULL) == ERR_OK)
            v = json_stringn(b.data != NULL ? b.data : "", b.len);
        buf_fini(&b);
        return v;
    }
    return json_loadb(f->raw, f->raw_len, JSON_DECODE_ANY, NULL);
}
