/* SPDX-License-Identifier: GPL-2.0-or-later */
/* chain_groups.c - a group's heading over its lettered items: a template
 * that sorts the cases into groups ("4. Forespørgsler", "Punkt 4:
 * Beslutninger", a Danish PDF's "5. Beslutningssager") and letters the
 * cases under them ("04A Title", "Punkt 04A: Title", "5a. Title") prints
 * the group's heading with no text of its own. The group is no item:
 * its cases are. A heading with text (an item with points lettered
 * under it, "2. Meddelelser" over "2a. Fra formanden …") stays, and so
 * do the points of an item's text: short lines lettered under its
 * heading with no section of their own ("1. Startpunkter:" / "1a.
 * Dagsorden godkendt" / "1b. …"), which candidates_collect.c keeps in
 * the item. */
#include <string.h>

#include "minutes/segment_internal.h"

#define GROUP_TITLE_MAX 60u /* a group's name, and a page's number */

/* Is line l, from the title at off, a short name without a sentence in
 * it, perhaps with a page's number after it ("Beslutninger 11")? */
static int name_only(const struct mnt_line *l, size_t off)
{
    if (off > l->len || l->len - off > GROUP_TITLE_MAX)
        return 0;
    for (size_t k = off; k + 1 < l->len; k++)
        if ((l->s[k] == '.' || l->s[k] == ':') && l->s[k + 1] == ' ')
            return 0;
    return 1;
}

int mnt_item_section_between(const struct mnt_doc *d, size_t a, size_t e)
{
    for (size_t i = a; i < e && i < d->nlines; i++)
        if (mnt_is_item_section(&d->lines[i]))
            return 1;
    return 0;
}

int mnt_group_case(const struct mnt_parser *p, const struct mnt_cands *v,
                   size_t j)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_cand *c = &v->v[j], *h = j > 0 ? c - 1 : NULL;
    if (h == NULL || c->letter != 'a' || h->letter != 0 || h->num != c->num ||
        h->above || h->title_off >= d->lines[h->line].len ||
        !name_only(&d->lines[h->line], h->title_off))
        return 0;
    size_t e = j + 1 < v->n ? v->v[j + 1].line : d->nlines;
    return mnt_item_section_between(d, c->line + 1, e);
}

/* Are the lines between a and e blank, or a page's bare number? */
static int nothing_between(const struct mnt_doc *d, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT &&
            !mnt_line_bare_number(&d->lines[i]))
            return 0;
    return 1;
}

int mnt_drop_group_heads(const struct mnt_parser *p, struct mnt_cands *c)
{
    const struct mnt_doc *d = &p->doc;
    size_t k = 0;
    for (size_t j = 0; j < c->n; j++) {
        const struct mnt_cand *h = &c->v[j], *a = j + 1 < c->n ? h + 1 : NULL;
        if (a != NULL && h->letter == 0 && !h->above && a->num == h->num &&
            a->letter == 'a' && !a->dotted && a->line > h->line &&
            h->title_off < d->lines[h->line].len &&
            name_only(&d->lines[h->line], h->title_off) &&
            nothing_between(d, h->line + 1, a->line))
            continue;
        c->v[k++] = c->v[j];
    }
    c->n = k;
    return ERR_OK;
}
