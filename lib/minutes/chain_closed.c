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

int mnt_generic_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    if (c->n == 0)
        return ERR_OK;
    struct mnt_cands all;
    if (mnt_cands_copy(c, 0, c->n, &all) != ERR_OK)
        return ERR_NOMEM;
    mnt_best_chain(p, c, 0, MNT_CHAIN_JUMPS);
    mnt_hundreds_chain(p, c, &all);
    free(all.v);
    return ERR_OK;
}
