/* SPDX-License-Identifier: GPL-2.0-or-later */
/* snippet_internal.h - what snippet.c (which words match, the best
 * window) and snippet_render.c (the window snapped to words and written
 * out) share. */
#ifndef REFERAT_TEXT_SNIPPET_INTERNAL_H
#define REFERAT_TEXT_SNIPPET_INTERNAL_H

#include "txt_internal.h"

/* A matched word or phrase at text[off..off+len); `key` tells distinct
 * matched terms apart. */
struct snip_hit {
    size_t off, len;
    unsigned key;
};

/* Move a window start to a word start: back to the start of the word it
 * is in if that is near, else forward past it, but not past `limit`. */
size_t snip_snap_start(const char *s, size_t len, size_t i, size_t limit);
/* Move a window end back to a word end, but not before `limit` (a
 * match's end; 0: none, then a long word is cut at a character). */
size_t snip_snap_end(const char *s, size_t len, size_t i, size_t limit);
/* Append text[start..end) (within its first `scan` bytes) to `out`: hits
 * h[0..nh) marked with o->open/o->close, white space collapsed, soft
 * hyphens and control characters dropped, HTML-escaped if asked, and
 * "…" where text before or after is left out. ERR_NOMEM leaves `out` as
 * it was. */
int snip_render(struct buf *out, const char *text, size_t len, size_t scan,
                size_t start, size_t end, const struct snip_hit *h, size_t nh,
                const struct txt_snippet_opts *o);

#endif
