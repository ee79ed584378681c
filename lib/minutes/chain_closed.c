/* SPDX-License-Identifier: GPL-2.0-or-later */
/* chain_closed.c - for chain.c: a closed part numbered from 101 after
 * the open items (Bornholm's eDoc pages), chained on; the loose styles'
 * chain. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Is candidate c a closed item's heading: its title, or the short line
 * above it, opens with "Lukket" (" Lukket  punkt" / " 101  Lukket punkt.
 * Anlæg")? */
static int closed_heading(const struct mnt_parser *p, const struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    if (!c->above && c->title_off < l->len &&
        fold_prefix(l->s + c->title_off, l->len - c->title_off, "lukket") > 0)
        return 1;
    for (size_t i = c->line; i > 0; i--) {
        const struct mnt_line *u = &p->doc.lines[i - 1];
        if (u->kind == MNT_LINE_BLANK)
            continue;
        return u->kind == MNT_LINE_TEXT && u->len <= 24 &&
               fold_prefix(u->s, u->len, "lukket") > 0;
    }
    return 0;
}

/* A closed part numbered from 101 (201, …) after chain c: Bornholm's
 * closed items ("lukket 101 Lukket punkt: salg af areal" in the agenda
 * list) carry numbers of their own, far above the open part's. From the
 * first closed heading numbered k*100+1 after c, its items in sequence
 * (candidates of `all`, c's before the chain was chosen) are appended
 * to c. */
void mnt_hundreds_chain(const struct mnt_parser *p, struct mnt_cands *c,
                        const struct mnt_cands *all)
{
    if (c->n == 0)
        return;
    const struct mnt_cand *last = &c->v[c->n - 1];
    size_t j = 0;
    while (j < all->n && all->v[j].line <= last->line)
        j++;
    for (; j < all->n; j++) {
        const struct mnt_cand *b = &all->v[j];
        if (b->letter == 0 && b->num > 100 && b->num % 100 == 1 &&
            b->num > last->num + 20 && closed_heading(p, b))
            break;
    }
    for (unsigned want = j < all->n ? all->v[j].num : 0; j < all->n; j++) {
        if (all->v[j].num != want || all->v[j].letter != 0)
            continue;
        c->v[c->n++] = all->v[j];
        c->score += all->v[j].quality;
        want++;
    }
}

/* Does a closed part's mark ("Lukket møde", "LUKKEDE SAGER") end a text
 * line strictly between lines a and b? A flattened page cut before a
 * heading keeps the mark at the end of the piece before it ("8 Udvalget
 * Side 6 Lukket møde" / "88. Title …"). */
static int closed_mark_between(const struct mnt_parser *p, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b; i++) {
        const struct mnt_line *l = &p->doc.lines[i];
        for (size_t k = 0; l->kind == MNT_LINE_TEXT && k < l->len; k++)
            if ((k == 0 || l->s[k - 1] == ' ') && l->len - k <= 60 &&
                mnt_starts_upper(l->s + k, l->len - k) &&
                mnt_is_closed_part(l->s + k, l->len - k))
                return 1;
    }
    return 0;
}

/* Where chain c holds number num (no letter), c->n if nowhere. */
static size_t chain_find(const struct mnt_cands *c, unsigned num)
{
    for (size_t k = 0; k < c->n; k++)
        if (c->v[k].num == num && c->v[k].letter == 0)
            return k;
    return c->n;
}

void mnt_moved_closed(const struct mnt_parser *p, struct mnt_cands *c,
                      const struct mnt_cands *all)
{
    for (size_t j = 0; j < all->n && c->n >= 2 && c->n < all->n; j++) {
        const struct mnt_cand *b = &all->v[j];
        if (b->letter != 0 || b->num < 2 || chain_find(c, b->num) < c->n)
            continue;
        /* the chain skips its number: k-1 and k+1 stand next to each
         * other, both before it */
        size_t u = chain_find(c, b->num - 1), w = chain_find(c, b->num + 1);
        if (u >= c->n || w != u + 1 || c->v[w].line >= b->line)
            continue;
        size_t at = w + 1;
        while (at < c->n && c->v[at].line < b->line)
            at++;
        if ((at < c->n && c->v[at].line == b->line) ||
            !closed_mark_between(p, c->v[at - 1].line, b->line + 1))
            continue;
        memmove(c->v + at + 1, c->v + at, (c->n - at) * sizeof *c->v);
        c->v[at] = *b;
        c->n++;
        c->score += b->quality;
    }
}

int mnt_generic_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    if (c->n == 0)
        return ERR_OK;
    struct mnt_cands all;
    if (mnt_cands_copy(c, 0, c->n, &all) != ERR_OK)
        return ERR_NOMEM;
    mnt_best_chain(p, c, 0, MNT_CHAIN_JUMPS);
    mnt_hundreds_chain(p, c, &all);
    mnt_moved_closed(p, c, &all);
    free(all.v);
    return ERR_OK;
}
