/* SPDX-License-Identifier: GPL-2.0-or-later */
/* chain_doubled.c - for chain.c: a number the publisher printed twice
 * ("4. Venteliste …" over "4. Status for …", a typo on a web page whose
 * items are all headings of one level). The chain numbered in sequence
 * keeps one of the two; the other is put back. */
#include <string.h>

#include "minutes/segment_internal.h"

/* Bytes of two titles compared: the heading printed again ("2. Budget
 * (fortsat)") agrees on them; two items sharing "Godkendelse af " do
 * not. */
#define DOUBLED_SAME 24u

/* Do s[0..sn) and t[0..tn) open alike, on their first DOUBLED_SAME bytes
 * at most? */
static int open_alike(const char *s, size_t sn, const char *t, size_t tn)
{
    size_t n = sn < tn ? sn : tn;
    return memcmp(s, t, n < DOUBLED_SAME ? n : DOUBLED_SAME) == 0;
}

/* Do the titles of a and b open alike (the same heading printed
 * twice)? */
static int same_title(const struct mnt_parser *p, const struct mnt_cand *a,
                      const struct mnt_cand *b)
{
    const struct mnt_line *la = &p->doc.lines[a->line],
                          *lb = &p->doc.lines[b->line];
    if (a->title_off >= la->len && b->title_off >= lb->len &&
        a->line + 1 < p->doc.nlines && b->line + 1 < p->doc.nlines) {
        /* numbers over their titles: the titles' lines */
        la = &p->doc.lines[a->line + 1];
        lb = &p->doc.lines[b->line + 1];
        return open_alike(la->s, la->len, lb->s, lb->len);
    }
    if (a->title_off >= la->len || b->title_off >= lb->len)
        return 1; /* no title of its own to tell them by */
    return open_alike(la->s + a->title_off, la->len - a->title_off,
                      lb->s + b->title_off, lb->len - b->title_off);
}

/* The heading level candidate b's heading is set in: its line's, or,
 * for a number in an element of its own over its title ("<div>4</div>"
 * / "<h2>Title</h2>"), the title's line's; 0: no format heading. */
static unsigned cand_level(const struct mnt_parser *p, const struct mnt_cand *b)
{
    const struct mnt_line *l = &p->doc.lines[b->line];
    if (l->level > 0 || b->above || b->title_off < l->len ||
        b->line + 1 >= p->doc.nlines)
        return l->level;
    return p->doc.lines[b->line + 1].level;
}

/* The heading level every item of chain c is set in, 0 if they differ
 * or are no format headings. */
static unsigned chain_level(const struct mnt_parser *p,
                            const struct mnt_cands *c)
{
    unsigned lvl = cand_level(p, &c->v[0]);
    for (size_t k = 1; k < c->n && lvl > 0; k++)
        if (cand_level(p, &c->v[k]) != lvl)
            lvl = 0;
    return lvl;
}

/* Does the item of chain c at `k` print b's number in b's shape? */
static int doubles(const struct mnt_cands *c, size_t k,
                   const struct mnt_cand *b)
{
    return k < c->n && c->v[k].num == b->num && c->v[k].letter == 0 &&
           c->v[k].delim == b->delim;
}

void mnt_doubled_items(const struct mnt_parser *p, struct mnt_cands *c,
                       const struct mnt_cands *all)
{
    /* three headings of one level make the page's own item style; a
     * list or a plain text's lines tell no typo from a point */
    if (c->n < 3)
        return;
    unsigned lvl = chain_level(p, c);
    if (lvl == 0)
        return;
    for (size_t j = 0; j < all->n; j++) {
        const struct mnt_cand *b = &all->v[j];
        size_t at = 0;
        while (at < c->n && c->v[at].line < b->line)
            at++;
        if (b->letter != 0 || cand_level(p, b) != lvl ||
            (at < c->n && c->v[at].line == b->line))
            continue;
        /* its twin right before or right after it in the chain */
        size_t twin = doubles(c, at, b)                 ? at
                      : at > 0 && doubles(c, at - 1, b) ? at - 1
                                                        : c->n;
        size_t end = at < c->n ? c->v[at].line : p->doc.nlines;
        if (twin == c->n || same_title(p, &c->v[twin], b) ||
            !mnt_cand_own_text(p, b, end) ||
            (at > 0 && !mnt_cand_own_text(p, &c->v[at - 1], b->line)))
            continue;
        memmove(c->v + at + 1, c->v + at, (c->n - at) * sizeof *c->v);
        c->v[at] = *b;
        c->n++;
        c->score += b->quality;
    }
}
