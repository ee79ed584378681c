/* SPDX-License-Identifier: GPL-2.0-or-later */
/* gapped.c - for layout.c: a plain page whose agenda lost its numbers
 * (a web editor's <ol> pasted as text: a youth school board's minutes),
 * each item a title line with its minutes right under it, the items set
 * apart by wide gaps of spacer lines after "Dagsorden:". Tried only when
 * no heading of any style was found, before the whole file is made one
 * item. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define GAP_MIN                                                                \
    3                  /* blank lines between two items (an item's own         \
                          paragraphs are one blank apart) */
#define GAPPED_MIN 3   /* items: fewer is no agenda */
#define GAPPED_MAX 200 /* items looked for */
#define TITLE_MAX  120 /* bytes of a title line */

/* "Dagsorden:", "Dagsorden", "DAGSORDEN:" alone on its line. */
static int agenda_label(const struct mnt_line *l)
{
    size_t n = l->len;
    if (n > 0 && l->s[n - 1] == ':')
        n--;
    return l->kind == MNT_LINE_TEXT && fold_eq(l->s, n, "Dagsorden", 9);
}

/* May l open an item as its title: short, capitalised, no sentence
 * (no full stop at its end: "Referat godkendt." is a minute)? */
static int title_like(const struct mnt_line *l)
{
    return l->len <= TITLE_MAX && l->s[l->len - 1] != '.' &&
           mnt_starts_upper(l->s, l->len) && !mnt_line_is_prose(l);
}

int mnt_gapped_chain(const struct mnt_parser *p, struct mnt_cands *out)
{
    const struct mnt_doc *d = &p->doc;
    size_t from = d->nlines;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < d->nlines && from == d->nlines; i++)
        if (agenda_label(&d->lines[i]))
            from = i + 1;
    if (from == d->nlines)
        return ERR_OK;
    /* the items' first lines, and how many text lines each item has */
    size_t heads[GAPPED_MAX], lines[GAPPED_MAX], n = 0, blanks = GAP_MIN;
    for (size_t i = from; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind == MNT_LINE_BLANK) {
            blanks++;
            continue;
        }
        if (l->kind != MNT_LINE_TEXT)
            continue;
        if (blanks >= GAP_MIN) {
            /* every item opens with a title, and has its minutes */
            if (!title_like(l) || n == GAPPED_MAX ||
                (n > 0 && lines[n - 1] < 2))
                return ERR_OK;
            heads[n] = i, lines[n++] = 0;
        }
        lines[n - 1]++;
        blanks = 0;
    }
    if (n < GAPPED_MIN || lines[n - 1] < 2)
        return ERR_OK;
    out->v = calloc(n, sizeof *out->v);
    if (out->v == NULL)
        return ERR_NOMEM;
    for (size_t k = 0; k < n; k++)
        out->v[k] = (struct mnt_cand){
            .line = heads[k], .num = (unsigned)k + 1, .quality = 1};
    out->n = n;
    return ERR_OK;
}
