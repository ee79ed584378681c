/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inline.c - headings inside lines: a PDF page flattened to one line
 * ("… godkendt. 2. Meddelelser …"), a number glued to the word before it
 * ("Indholdsfortegnelse1. Fraværende"). The second reading of a document
 * cuts its lines there (mnt_split_inline). */
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

/* Where, inside line l, does a heading start? A number glued to a word
 * ("Indholdsfortegnelse1. Fraværende"), or - in a flattened page - after
 * the end of a sentence ("… godkendt. 2. Meddelelser …", "… Punkt 3:").
 * Returns the offset, or 0. */
static size_t inline_heading(const struct mnt_line *l, size_t from,
                             int flat_doc)
{
    const char *s = l->s;
    size_t n = l->len;
    int flat = flat_doc || n >= MNT_FLAT_LINE;
    for (size_t i = from > 0 ? from : 1; i + 3 < n; i++) {
        if (s[i] < '0' || s[i] > '9' || (s[i - 1] >= '0' && s[i - 1] <= '9'))
            continue;
        struct mnt_cand c;
        memset(&c, 0, sizeof c);
        uint32_t prev;
        mnt_u8_prev(s, s + i, &prev);
        int glued = mnt_cp_is_lower(prev);
        /* in a flattened page any word boundary: the chain decides */
        if (!glued && !(flat && prev == ' '))
            continue;
        if (!mnt_numbered_at(s, n, i, &c) || c.delim != '.' ||
            !mnt_starts_upper(s + c.title_off, n - c.title_off))
            continue;
        return i;
    }
    if (!flat)
        return 0;
    for (size_t i = from > 0 ? from : 1; i + 8 < n; i++)
        if (s[i - 1] == ' ' && mnt_prefix_fold(s + i, n - i, "Punkt ") > 0 &&
            s[i + 6] >= '0' && s[i + 6] <= '9')
            return i;
    return 0;
}

/* A flattened transcript: its text lines are paragraphs or pages, not
 * lines (on average at least MNT_FLAT_LINE / 2 bytes). */
static int is_flat(const struct mnt_doc *d)
{
    size_t bytes = 0, n = 0;
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT)
            bytes += d->lines[i].len, n++;
    return n > 0 && bytes / n >= MNT_FLAT_LINE / 2;
}

size_t mnt_inline_count(const struct mnt_doc *d)
{
    size_t extra = 0;
    int flat = is_flat(d);
    for (size_t i = 0; i < d->nlines; i++)
        for (size_t o = 0; d->lines[i].kind == MNT_LINE_TEXT &&
                           (o = inline_heading(&d->lines[i], o + 1, flat)) > 0;)
            extra++;
    return extra;
}

long mnt_split_inline(struct mnt_doc *d)
{
    size_t extra = mnt_inline_count(d);
    int flat = is_flat(d);
    if (extra == 0)
        return 0;
    struct mnt_line *v = calloc(d->nlines + extra, sizeof *v);
    if (v == NULL)
        return -1;
    size_t k = 0, cap = d->nlines + extra;
    for (size_t i = 0; i < d->nlines; i++) {
        struct mnt_line l = d->lines[i];
        size_t o;
        /* a shorter rest is flat no more: never more cuts than counted */
        while (l.kind == MNT_LINE_TEXT && k + (d->nlines - i) < cap &&
               (o = inline_heading(&l, 1, flat)) > 0) {
            struct mnt_line head = l;
            head.len = o;
            head.cut = 1; /* its text ran on into the next heading */
            while (head.len > 0 && head.s[head.len - 1] == ' ')
                head.len--;
            v[k++] = head;
            l.s += o;
            l.len -= o;
            l.cut = 1;
        }
        v[k++] = l;
    }
    free(d->lines);
    d->lines = v;
    d->nlines = k;
    return (long)extra;
}
