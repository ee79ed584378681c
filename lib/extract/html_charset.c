/* SPDX-License-Identifier: GPL-2.0-or-later */
/* html_charset.c - an HTML document's bytes made ready for libxml2: to
 * UTF-8 (the charset the document declares, else UTF-8 or windows-1252),
 * and Word's downlevel-revealed conditionals removed.
 * Converting first (and telling libxml2 to ignore the document's hints)
 * keeps one decision in one place; libxml2 2.9 would otherwise switch to
 * Latin-1 half way through a page at the first invalid UTF-8 byte. */
#include "extract/readers_internal.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/utf8.h"

static int put_cp(struct buf *b, unsigned cp)
{
    char u[4];
    return buf_append(b, u, utf8_put(cp, u));
}

/* windows-1252's 0x80..0x9F; 0 where it has no character. */
static const unsigned short cp1252_hi[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

static int from_cp1252(const unsigned char *p, size_t n, struct buf *b)
{
    int rc = buf_reserve(b, n + n / 2 + 1);
    for (size_t i = 0; i < n && rc == ERR_OK; i++) {
        unsigned c = p[i];
        if (c == 0)
            c = ' ';
        else if (c >= 0x80 && c < 0xA0)
            c = cp1252_hi[c - 0x80] ? cp1252_hi[c - 0x80] : 0xFFFD;
        rc = put_cp(b, c);
    }
    return rc;
}

/* UTF-8 with invalid bytes as U+FFFD and NUL bytes as spaces. */
static int repair_utf8(const unsigned char *p, size_t n, struct buf *b)
{
    int rc = buf_reserve(b, n + 1);
    for (size_t i = 0; i < n && rc == ERR_OK;) {
        size_t l = utf8_len((const char *)p + i, n - i);
        if (l == 0) {
            rc = buf_append(b, "\xEF\xBF\xBD", 3);
            i++;
        } else if (p[i] == 0) {
            rc = buf_putc(b, ' ');
            i++;
        } else {
            rc = buf_append(b, p + i, l);
            i += l;
        }
    }
    return rc;
}

/* Any other charset through iconv; undecodable bytes become U+FFFD. */
static int from_iconv(iconv_t cd, const char *p, size_t n, struct buf *b)
{
    char chunk[16384];
    char *in = (char *)p;
    size_t left = n;
    int rc = ERR_OK;
    while (left > 0 && rc == ERR_OK) {
        char *o = chunk;
        size_t room = sizeof chunk;
        size_t r = iconv(cd, &in, &left, &o, &room);
        int bad = r == (size_t)-1 && errno != E2BIG;
        rc = repair_utf8((unsigned char *)chunk, (size_t)(o - chunk), b);
        if (bad && rc == ERR_OK) {
            rc = buf_append(b, "\xEF\xBF\xBD", 3);
            in++, left--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    return rc;
}

/* The charset name the document declares, lower-cased into `name`. */
static int declared_charset(const char *s, size_t n, char *name, size_t cap)
{
    if (n > HTML_SNIFF_MAX)
        n = HTML_SNIFF_MAX;
    const char *key =
        n >= 5 && memcmp(s, "<?xml", 5) == 0 ? "encoding" : "charset";
    size_t kl = strlen(key);
    for (size_t i = 0; i + kl < n; i++) {
        if (strncasecmp(s + i, key, kl) != 0)
            continue;
        size_t j = i + kl;
        while (j < n && isspace((unsigned char)s[j]))
            j++;
        if (j >= n || s[j] != '=')
            continue;
        j++;
        while (j < n &&
               (isspace((unsigned char)s[j]) || s[j] == '"' || s[j] == '\''))
            j++;
        size_t k = 0;
        while (j < n && k + 1 < cap &&
               (isalnum((unsigned char)s[j]) || strchr("-_.:", s[j]))) {
            name[k++] = (char)tolower((unsigned char)s[j]);
            j++;
        }
        name[k] = '\0';
        if (k > 0)
            return 1;
    }
    return 0;
}

static int is_cp1252_alias(const char *n)
{
    static const char *const names[] = {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
        "iso_8859-1",   "latin1", "l1",       "us-ascii",   "ascii",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(n, names[i]) == 0)
            return 1;
    return 0;
}

/* Undeclared or declared UTF-8: keep it as UTF-8 unless invalid bytes
 * outnumber valid multi-byte sequences (then it is windows-1252 text). */
static int guess(const unsigned char *p, size_t n, struct ext_doc *d,
                 int declared, struct buf *b, int *copy)
{
    size_t multi = 0, bad = 0, nul = 0;
    for (size_t i = 0; i < n;) {
        size_t l = utf8_len((const char *)p + i, n - i);
        if (l == 0)
            bad++, l = 1;
        else if (l > 1)
            multi++;
        else if (p[i] == 0)
            nul++;
        i += l;
    }
    if (bad == 0 && nul == 0) {
        *copy = 0;
        return ERR_OK;
    }
    *copy = 1;
    if (bad > multi) {
        ext_warn(d, "%s UTF-8 is not valid UTF-8; read as windows-1252",
                 declared ? "declared" : "undeclared");
        return from_cp1252(p, n, b);
    }
    return repair_utf8(p, n, b);
}

/* Binary data (a PDF or an image saved as .html, a zip): more than 4
 * control bytes other than blanks, and over 1 in 64 of the first
 * HTML_SNIFF_MAX bytes. Text in a single-byte charset or UTF-8 has
 * almost none; a stray NUL is repaired, not refused. */
static int is_binary(const unsigned char *p, size_t len)
{
    size_t n = len < HTML_SNIFF_MAX ? len : HTML_SNIFF_MAX, ctl = 0;
    for (size_t i = 0; i < n; i++)
        ctl += p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' &&
               p[i] != '\f';
    return ctl > 4 && ctl * 64 > n;
}

int html_to_utf8(const char *bytes, size_t len, struct ext_doc *d,
                 const char **out, size_t *out_len, int *owned, struct err *e)
{
    const unsigned char *p = (const unsigned char *)bytes;
    struct buf b = {0};
    int copy = 1, rc;
    char name[64] = "";
    iconv_t cd = (iconv_t)-1;
    int utf16 = len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) ||
                             (p[0] == 0xFE && p[1] == 0xFF));
    if (!utf16 && is_binary(p, len))
        return err_set(e, ERR_INVAL, "binary data, not an HTML page");
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        rc = guess(p + 3, len - 3, d, 1, &b, &copy);
        if (!copy)
            bytes += 3, len -= 3;
    } else if (utf16) {
        cd = iconv_open("UTF-8", p[0] == 0xFF ? "UTF-16LE" : "UTF-16BE");
        rc = cd == (iconv_t)-1 ? ERR_INVAL
                               : from_iconv(cd, bytes + 2, len - 2, &b);
    } else if (!declared_charset(bytes, len, name, sizeof name) ||
               strcmp(name, "utf-8") == 0 || strcmp(name, "utf8") == 0) {
        rc = guess(p, len, d, name[0] != '\0', &b, &copy);
    } else if (is_cp1252_alias(name)) {
        rc = from_cp1252(p, len, &b);
    } else if ((cd = iconv_open("UTF-8", name)) != (iconv_t)-1) {
        rc = from_iconv(cd, bytes, len, &b);
    } else {
        ext_warn(d, "unknown charset <%s>; read as UTF-8", name);
        rc = guess(p, len, d, 0, &b, &copy);
    }
    if (cd != (iconv_t)-1)
        iconv_close(cd);
    if (rc != ERR_OK) {
        buf_fini(&b);
        return err_set(e, rc, "converting the page to UTF-8 failed");
    }
    if (!copy) {
        *out = bytes, *out_len = len, *owned = 0;
        return ERR_OK;
    }
    *out_len = b.len;
    *out = buf_detach(&b);
    *owned = 1;
    return ERR_OK;
}

/* Is `s` (n bytes) at a Word conditional, "<![if ...]>" or "<![endif]>"?
 * Its length, or 0. */
static size_t downlevel_len(const char *s, size_t n)
{
    if (n >= 10 && strncasecmp(s, "<![endif]>", 10) == 0)
        return 10;
    if (n < 6 || strncasecmp(s, "<![if", 5) != 0 ||
        (s[5] != ' ' && s[5] != '!'))
        return 0;
    for (size_t i = 5; i + 1 < n && i < 200; i++)
        if (s[i] == ']' && s[i + 1] == '>')
            return i + 2;
    return 0;
}

size_t html_strip_downlevel(char *s, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t l = s[i] == '<' ? downlevel_len(s + i, n - i) : 0;
        if (l > 0) {
            i += l;
            continue;
        }
        s[o++] = s[i++];
    }
    return o;
}

int html_has_downlevel(const char *s, size_t n)
{
    for (const char *p = s; (p = memchr(p, '<', n - (size_t)(p - s))); p++)
        if (downlevel_len(p, n - (size_t)(p - s)) > 0)
            return 1;
    return 0;
}
