/* SPDX-License-Identifier: GPL-2.0-or-later */
/* snippet_render.c - a snippet's window snapped to word boundaries and
 * written out: matches marked, white space collapsed, optionally
 * HTML-escaped, always valid UTF-8, "…" where text is left out. */
#include <string.h>

#include "snippet_internal.h"

/* How far (characters) a window start may move back to a word start. */
#define SNIP_SNAP_BACK 24

static int is_space_at(const char *s, size_t len, size_t i)
{
    size_t n;
    return fold_class_at((const unsigned char *)s + i, len - i, &n, NULL) ==
           FOLD_CLS_SPACE;
}

size_t snip_snap_start(const char *s, size_t len, size_t i, size_t limit)
{
    if (i == 0)
        return 0;
    size_t p = utf8_floor(s, i);
    for (int k = 0; k < SNIP_SNAP_BACK && p > 0; k++) {
        size_t q = utf8_floor(s, p - 1);
        if (is_space_at(s, len, q))
            return p;
        p = q;
    }
    if (p == 0)
        return 0;
    for (p = utf8_floor(s, i); p < limit;) {
        size_t n;
        enum fold_cls k =
            fold_class_at((const unsigned char *)s + p, len - p, &n, NULL);
        p += n;
        if (k == FOLD_CLS_SPACE)
            return p;
    }
    return limit;
}

size_t snip_snap_end(const char *s, size_t len, size_t i, size_t limit)
{
    if (i >= len)
        return len;
    i = utf8_floor(s, i);
    for (size_t p = i; p > limit; p = utf8_floor(s, p - 1))
        if (is_space_at(s, len, p))
            return p;
    return limit > 0 ? limit : i;
}

/* Is s[from..to) white space only? (A cut there is no cut.) Looks at a
 * few KB at most; past that, assume text. */
static int only_space(const char *s, size_t len, size_t from, size_t to)
{
    if (to - from > 4096)
        return 0;
    for (size_t i = from; i < to;) {
        size_t n;
        if (fold_class_at((const unsigned char *)s + i, len - i, &n, NULL) !=
            FOLD_CLS_SPACE)
            return 0;
        i += n;
    }
    return 1;
}

struct out {
    struct buf *b;
    int html;
    int rc;
};

static void emit_bytes(struct out *o, const char *p, size_t n)
{
    if (o->rc == ERR_OK && buf_append(o->b, p, n) != ERR_OK)
        o->rc = ERR_NOMEM;
}

static void emit_char(struct out *o, const char *p, size_t n)
{
    if (o->html && n == 1) {
        const char *esc = NULL;
        switch (*p) {
        case '&':
            esc = "&amp;";
            break;
        case '<':
            esc = "&lt;";
            break;
        case '>':
            esc = "&gt;";
            break;
        case '"':
            esc = "&quot;";
            break;
        case '\'':
            esc = "&#39;";
            break;
        default:
            break;
        }
        if (esc != NULL) {
            emit_bytes(o, esc, strlen(esc));
            return;
        }
    }
    emit_bytes(o, p, n);
}

/* Write s[start..end) with hits marked and white space collapsed. */
static void render(struct out *o, const char *s, size_t len, size_t start,
                   size_t end, const struct snip_hit *h, size_t nh,
                   const struct txt_snippet_opts *opt)
{
    size_t hi = 0, mark_end = 0;
    int pending = 0, any = 0, marked = 0;
    while (hi < nh && h[hi].off < start)
        hi++;
    for (size_t i = start; i < end;) {
        if (marked && i >= mark_end) {
            emit_bytes(o, opt->close, strlen(opt->close));
            marked = 0;
        }
        size_t n;
        uint32_t cp;
        enum fold_cls k =
            fold_class_at((const unsigned char *)s + i, len - i, &n, &cp);
        if (k == FOLD_CLS_SPACE) {
            pending = any;
            i += n;
            continue;
        }
        if (cp == 0xAD || (cp < 0x20) || (cp >= 0x7F && cp < 0xA0)) {
            i += n; /* soft hyphens and control bytes are not shown */
            continue;
        }
        if (pending) {
            emit_bytes(o, " ", 1);
            pending = 0;
        }
        if (!marked && hi < nh && h[hi].off == i) {
            if (h[hi].off + h[hi].len <= end) {
                emit_bytes(o, opt->open, strlen(opt->open));
                marked = 1;
                mark_end = h[hi].off + h[hi].len;
            }
            hi++;
        }
        while (hi < nh && h[hi].off < i)
            hi++;
        if (cp == UTF8_BAD)
            emit_bytes(o, "\xEF\xBF\xBD", 3);
        else
            emit_char(o, s + i, n);
        any = 1;
        i += n;
    }
    if (marked)
        emit_bytes(o, opt->close, strlen(opt->close));
}

int snip_render(struct buf *out, const char *text, size_t len, size_t scan,
                size_t start, size_t end, const struct snip_hit *h, size_t nh,
                const struct txt_snippet_opts *o)
{
    struct out w = {out, o->html_escape, ERR_OK};
    size_t before = out->len;
    if (!only_space(text, len, 0, start))
        emit_bytes(&w, "\xE2\x80\xA6", 3);
    render(&w, text, scan, start, end, h, nh, o);
    if (!only_space(text, len, end, len))
        emit_bytes(&w, "\xE2\x80\xA6", 3);
    if (w.rc != ERR_OK) {
        out->len = before;
        if (out->data != NULL)
            out->data[before] = '\0';
    }
    return w.rc;
}
