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
