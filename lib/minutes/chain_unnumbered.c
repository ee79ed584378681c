/* SPDX-License-Identifier: GPL-2.0-or-later */
/* chain_unnumbered.c - the unnumbered items at either end of a chain of
 * numbered headings (a council's template whose cases carry numbers but
 * whose standing items carry none): the agenda's approval headed by the
 * label "Emne" before the first case, and a part in capitals after the
 * last one that the contents name with a dotted leader
 * ("ORIENTERINGSSAGER ...... 20"). Added to the chosen chain before its
 * items are built, so the items around them end where they start. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Is line l a heading "Emne Title" (the label of a case sheet's subject
 * field, then a capitalised title of a heading's length, no sentence
 * in it)? The title's offset, 0 if not. */
static size_t subject_heading(const struct mnt_line *l)
{
    if (l->kind != MNT_LINE_TEXT || l->len < 10 || l->len > 90 ||
        memcmp(l->s, "Emne ", 5) != 0 ||
        !mnt_starts_upper(l->s + 5, l->len - 5))
        return 0;
    for (size_t k = 5; k + 1 < l->len; k++)
        if ((l->s[k] == '.' || l->s[k] == ':') && l->s[k + 1] == ' ')
            return 0;
    return 5;
}

/* Words that open a closing part, not an item: the meeting's end, the
 * signatures, the attachments ("MØDET SLUTTEDE", "UNDERSKRIFTSBILAG"). */
static int closing_part(const char *s, size_t n)
{
    static const char *const words[] = {"mødet", "underskrift", "bilag"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (fold_prefix(s, n, words[k]) > 0)
            return 1;
    return 0;
}

/* Is line l a part's heading in capitals (one to three words, six letters
 * or more, no digit) that a line before `before` names as a contents'
 * entry, its dotted leader after it ("ORIENTERINGSSAGER ...... 20")? */
static int contents_part(const struct mnt_doc *d, const struct mnt_line *l,
                         size_t before)
{
    size_t letters = 0, words = 1;
    if (l->kind != MNT_LINE_TEXT || l->len < 6 || l->len > 40 ||
        closing_part(l->s, l->len))
        return 0;
    for (size_t k = 0; k < l->len;) {
        uint32_t cp;
        size_t b = utf8_decode(l->s + k, l->len - k, &cp);
        if (b == 0)
            return 0;
        if (cp == ' ')
            words++;
        else if (fold_is_upper(cp))
            letters++;
        else
            return 0;
        k += b;
    }
    if (letters < 6 || words > 3)
        return 0;
    for (size_t i = 0; i < before && i < d->nlines; i++) {
        const struct mnt_line *t = &d->lines[i];
        for (size_t k = 0; k + l->len + 3 <= t->len; k++) {
            if ((k > 0 && t->s[k - 1] != ' ') ||
                memcmp(t->s + k, l->s, l->len) != 0)
                continue;
            size_t e = k + l->len;
            e += e < t->len && t->s[e] == ' ';
            if (e + 2 < t->len && t->s[e] == '.' && t->s[e + 1] == '.' &&
                t->s[e + 2] == '.')
                return 1;
        }
    }
    return 0;
}

/* A candidate for an unnumbered heading at line i, title at off. */
static struct mnt_cand unnumbered(size_t i, size_t off)
{
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    c.line = i;
    c.title_off = off;
    return c;
}

int mnt_unnumbered_ends(const struct mnt_parser *p, struct mnt_cands *c)
{
    const struct mnt_doc *d = &p->doc;
    if (c->n < 2)
        return ERR_OK;
    size_t first = c->v[0].line, last = c->v[c->n - 1].line, head = first;
    size_t off = 0;
    /* the subject's heading nearest above the first case, its sections
     * between them */
    for (size_t i = first; i-- > 0 && off == 0;)
        if ((off = subject_heading(&d->lines[i])) > 0)
            head = i;
    /* the subject heads an item only where a case's sections follow it */
    if (off > 0 && !mnt_item_section_between(d, head + 1, first))
        off = 0;
    size_t tail = d->nlines;
    for (size_t i = last + 1; i < d->nlines && tail == d->nlines; i++)
        if (contents_part(d, &d->lines[i], off > 0 ? head : first))
            tail = i;
    size_t add = (off > 0) + (tail < d->nlines);
    if (add == 0)
        return ERR_OK;
    struct mnt_cand *v = realloc(c->v, (c->n + add) * sizeof *v);
    if (v == NULL)
        return ERR_NOMEM;
    c->v = v;
    if (off > 0) {
        memmove(v + 1, v, c->n * sizeof *v);
        v[0] = unnumbered(head, off);
        c->n++;
    }
    if (tail < d->nlines)
        v[c->n++] = unnumbered(tail, 0);
    return ERR_OK;
}
