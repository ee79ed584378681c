/* SPDX-License-Identifier: GPL-2.0-or-later */
/* layout_list.c - for layout.c: the format's own numbers (Word's list
 * numbering, <ol>) as the numbered chain: list items when no heading
 * prints a number, and the headings a Word template's list numbers. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* No heading prints a number: the format's own list numbers (a Word
 * document whose items are numbered paragraphs) may head the items.
 * Only then, so a numbered list in an item never competes with printed
 * headings. */
int mnt_list_numbered(struct mnt_parser *p, struct mnt_cands *num)
{
    struct mnt_cands l;
    int rc = mnt_collect(p, mnt_listno_cand, &l);
    if (rc == ERR_OK && (rc = mnt_list_chain(p, &l, 0)) == ERR_OK && l.n >= 2) {
        free(num->v);
        *num = l;
        return ERR_OK;
    }
    free(l.v);
    /* every item its own one-element <ol> (an Aula page's table cells):
     * each list counts from 1; three or more with text between them are
     * the items, labelled in order, as printed "1." headings are */
    if (rc == ERR_OK && (rc = mnt_collect(p, mnt_listno_cand, &l)) == ERR_OK) {
        if (mnt_ones_chain(p, &l) >= 3) {
            free(num->v);
            *num = l;
            return mnt_warn(p->m, "every list counts from 1: items labelled "
                                  "in order");
        }
        free(l.v);
    }
    return rc;
}

/* A heading a Word template numbered by its list ("Heading 1" with
 * w:numPr: the number in numbering.xml, not in the text). */
static int heading_listno_cand(const struct mnt_parser *p, size_t li,
                               struct mnt_cand *c)
{
    return p->doc.lines[li].level > 0 && mnt_listno_cand(p, li, c);
}

/* A printed chain wholly above the first heading the list numbers, as
 * long as their chain: the agenda typed as a contents list ("1.
 * Godkendelse af dagsorden" … "6. Lukket - Køb af areal 5"), the
 * headings below it the items. */
static int contents_above(const struct mnt_cands *num,
                          const struct mnt_cands *l)
{
    return num->n > 0 && l->n == num->n &&
           num->v[num->n - 1].line < l->v[0].line;
}

/* Headings the format numbered are the items as printed numbers are: a
 * printed chain that explains fewer of them (a decision's points "1. At
 * …", "2. At …" under an item) gives way to them. */
int mnt_headings_numbered(struct mnt_parser *p, struct mnt_cands *num,
                          struct mnt_cands *gen)
{
    struct mnt_cands l;
    int rc = mnt_collect(p, heading_listno_cand, &l);
    size_t all = rc == ERR_OK ? l.n : 0;
    /* from any number (a council's year's count, 121) and over gaps:
     * the numbers are the format's, no list point's */
    if (rc == ERR_OK && mnt_best_chain(p, &l, 0, MNT_CHAIN_JUMPS) >= 2 &&
        (l.n > num->n || contents_above(num, &l))) {
        free(num->v);
        *num = l;
        return ERR_OK;
    }
    /* one heading the list numbers and no printed chain: a meeting of
     * one item, numbered 7 or 81 by the council's count, its number
     * from the list (a chain needs two, so it stands as the generic
     * style's lone heading does) */
    if (rc == ERR_OK && all == 1 && l.n == 1 && num->n < 2 && gen->n < 2) {
        free(gen->v);
        *gen = l;
        return ERR_OK;
    }
    free(l.v);
    return rc;
}

/* An empty entry of a list counting from 1 ("<ol><li>&nbsp;</li></ol>",
 * a blank line the HTML reader keeps with its number): a point nobody
 * titled, one of Word's broken numbering's points all the same. */
static int empty_one(const struct mnt_parser *p, size_t li)
{
    const struct mnt_line *l = &p->doc.lines[li];
    return l->kind == MNT_LINE_BLANK && l->list_no == 1 &&
           (l->list_depth == 0 || l->list_depth <= p->list_depth) &&
           !(p->skip && p->skip[li]);
}

/* The list entries above line `to`, the empty ones among them in their
 * places, into *out (l's candidates, freed); all of l's must be above. */
static int entries_above(const struct mnt_parser *p, struct mnt_cands *l,
                         size_t to, struct mnt_cands *out)
{
    memset(out, 0, sizeof *out);
    if (l->n == 0 || l->v[l->n - 1].line >= to)
        return free(l->v), ERR_OK;
    size_t blank = 0, k = 0;
    for (size_t i = 0; i < to; i++)
        blank += empty_one(p, i);
    out->v = malloc((l->n + blank) * sizeof *out->v);
    if (out->v == NULL)
        return free(l->v), ERR_NOMEM;
    for (size_t i = 0; i < to; i++) {
        if (k < l->n && l->v[k].line == i)
            out->v[out->n++] = l->v[k++];
        else if (empty_one(p, i)) {
            struct mnt_cand c = {.line = i, .num = 1, .delim = '.'};
            out->v[out->n++] = c;
        }
    }
    free(l->v);
    return ERR_OK;
}

/* Word's numbering broke on a page pasted into a church's or
 * association's site: every point its own list counting from 1, then
 * points typed by hand from 10 on ("10. Siden sidst", "11. Eventuelt").
 * The typed chain from n says n - 1 points come before it: the first
 * n - 1 list entries are points 1 .. n - 1, in order (an empty entry a
 * point with no title), and any list entries left before n are the
 * sub-points of n - 1 (its committees' reports), its text. Only when
 * every entry before n counts 1 and they are enough. */
int mnt_ones_continued(struct mnt_parser *p, struct mnt_cands *b)
{
    if (b->n < 2 || b->v[0].num < 4 || b->v[0].letter != 0)
        return ERR_OK;
    struct mnt_cands all, l;
    int rc = mnt_collect(p, mnt_listno_cand, &all);
    if (rc != ERR_OK ||
        (rc = entries_above(p, &all, b->v[0].line, &l)) != ERR_OK)
        return rc;
    size_t before = 0, want = b->v[0].num - 1;
    while (before < l.n && l.v[before].num == 1)
        before++;
    if (before < want || before < l.n) {
        free(l.v);
        return rc;
    }
    struct mnt_cand *v = malloc((want + b->n) * sizeof *v);
    if (v == NULL) {
        free(l.v);
        return ERR_NOMEM;
    }
    for (size_t k = 0; k < want; k++) {
        v[k] = l.v[k];
        v[k].num = (unsigned)k + 1;
    }
    memcpy(v + want, b->v, b->n * sizeof *v);
    free(l.v);
    free(b->v);
    b->v = v;
    b->n += want;
    b->score = mnt_run_score(p, b);
    return mnt_warn(p->m, "every list counts from 1, typed numbers go on: "
                          "the lists' first entries are the points before");
}
