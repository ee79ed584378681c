/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_footer.c - a committee named in a page footer that ends the
 * pages of a flattened transcript ("… Beslutning: Godkendt.
 * Miljø- og Energiudvalget Mødet den kl Side 5 af 33"): Aalborg's
 * committees print the whole council ("Aalborg Byråd") as their
 * letterhead and name themselves only there. For council.c. */
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"
#include "minutes/page_number.h"

#define FOOTER_BEFORE 60u /* bytes before "Side N" searched for the council */
#define FOOTER_TAIL   16u /* bytes "Side N af M" may take at the line's end */

/* Where "Side N" or "Side N af M" ending line s[0..n) starts, or n. */
static size_t side_at_end(const char *s, size_t n)
{
    size_t e = n;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    size_t from = e > FOOTER_TAIL ? e - FOOTER_TAIL : 0;
    struct mnt_pageno pn;
    for (size_t i = from; i + 6 <= e; i++) {
        if (memcmp(s + i, "Side ", 5) != 0 || (i > 0 && s[i - 1] != ' '))
            continue;
        if (mnt_page_number(s, e, i, 0, &pn) && !pn.roman &&
            (pn.sep == 0 || pn.sep == 'a') && pn.end == e)
            return i;
    }
    return n;
}

int mnt_council_footer(const struct mnt_doc *d, char out[MNT_NAME_MAX])
{
    struct mnt_tally *t = calloc(2, sizeof *t);
    if (t == NULL)
        return 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        size_t side = side_at_end(l->s, l->len);
        if (side == l->len || side == 0)
            continue;
        size_t from = side > FOOTER_BEFORE ? side - FOOTER_BEFORE : 0;
        while (from > 0 && from < side && l->s[from - 1] != ' ')
            from++; /* a whole word first */
        memset(&t[1], 0, sizeof t[1]);
        mnt_councils_count_line(l->s + from, side - from, 0, 0, &t[1]);
        /* the footer's council is the last the window names */
        if (t[1].n > 0) {
            const char *name = t[1].name[t[1].n - 1];
            mnt_tally_add(&t[0], name, strlen(name), 1, 0);
        }
    }
    size_t best;
    int found = mnt_tally_best(&t[0], &best) != NULL && t[0].count[best] >= 3;
    if (found) {
        size_t len = strlen(t[0].name[best]);
        memcpy(out, t[0].name[best], len + 1);
    }
    free(t);
    return found;
}
