/* SPDX-License-Identifier: GPL-2.0-or-later */
/* agenda_hits.c - for agenda.c: where the titles of a run tried as the
 * agenda list reappear below as the items' headings, in the list's order
 * (an entry moved to the closed part found where it stands), and the
 * index of every text line by its title's first letters that makes the
 * look-up linear over a long text. Split from agenda.c in round `im` (it
 * had reached the house limit): agenda.c chooses the runs, reads their
 * entries' titles and takes a run as the list; this file only asks
 * where a title stands again. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define AGENDA_PEEK 256 /* lines starting like a title compared with it */

int mnt_agenda_title_prefix(const char *t, size_t tn, const char *a, size_t an)
{
    size_t k = an < 40 ? an : 40;
    if (k < an)
        k = utf8_floor(a, k);
    if (k < 4)
        return 0;
    char want[48];
    memcpy(want, a, k);
    want[k] = '\0';
    return fold_prefix(t, tn, want) > 0;
}

/* Offset of the title in line li (after its number, if it has one). */
static size_t title_start(const struct mnt_parser *p, size_t li)
{
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    if (mnt_generic_cand(p, li, &c) && c.title_end == 0)
        return c.title_off;
    return 0;
}

/* Every text line by the first three letters of its title (folded), so
 * an entry's title is looked up, not searched for line by line: an
 * agenda of many entries over a long text stays linear. */
struct mnt_title_key {
    uint32_t key;
    size_t line, off;
};

/* Hash of the first three code points of s, folded; 0 if it has fewer. */
static uint32_t title_key(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    size_t i = 0;
    for (int k = 0; k < 3; k++) {
        if (i >= n)
            return 0;
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (fold_is_upper(cp))
            cp += cp < 0x100 ? 0x20 : cp < 0x180 ? 1 : 0;
        h = (h ^ cp) * 16777619u;
    }
    return h ? h : 1;
}

static int keyed_cmp(const void *a, const void *b)
{
    const struct mnt_title_key *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

int mnt_title_index_build(const struct mnt_parser *p,
                          struct mnt_title_index *ix)
{
    const struct mnt_doc *d = &p->doc;
    ix->v = malloc((d->nlines + 1) * sizeof *ix->v);
    if (ix->v == NULL)
        return ERR_NOMEM;
    ix->n = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        size_t off = title_start(p, i);
        /* "3 Tidsplan for …": a flattened page opening with its number,
         * then the title of an entry */
        if (off == 0 && (l->cut || l->len > MNT_HEADING_MAX))
            off = mnt_page_number_len(l->s, l->len);
        uint32_t key = title_key(l->s + off, l->len - off);
        if (key != 0)
            ix->v[ix->n++] = (struct mnt_title_key){key, i, off};
    }
    qsort(ix->v, ix->n, sizeof *ix->v, keyed_cmp);
    return ERR_OK;
}

/* The first line at or after `at` whose title begins with a (an bytes);
 * SIZE_MAX if none. */
static size_t index_find(const struct mnt_parser *p,
                         const struct mnt_title_index *ix, const char *a,
                         size_t an, size_t at, size_t *off)
{
    uint32_t key = title_key(a, an);
    size_t lo = 0, hi = ix->n;
    while (lo < hi) { /* the first (key, line >= at) */
        size_t mid = lo + (hi - lo) / 2;
        const struct mnt_title_key *k = &ix->v[mid];
        if (k->key < key || (k->key == key && k->line < at))
            lo = mid + 1;
        else
            hi = mid;
    }
    /* the next AGENDA_PEEK lines that start alike, no more: a text of
     * thousands of "Titel nummer N" lines stays linear */
    for (size_t end = lo + AGENDA_PEEK;
         key != 0 && lo < ix->n && lo < end && ix->v[lo].key == key; lo++) {
        const struct mnt_line *l = &p->doc.lines[ix->v[lo].line];
        size_t o = ix->v[lo].off;
        if (mnt_agenda_title_prefix(l->s + o, l->len - o, a, an) ||
            (p->agenda_inline &&
             mnt_heading_names_entry(l->s + o, l->len - o, a, an))) {
            *off = o;
            return ix->v[lo].line;
        }
    }
    return (size_t)-1;
}

/* index_find() for an entry's title; failing that, for the title
 * without a remark in brackets at its end ("Salg af grund (flyttet til
 * lukket møde)" on the agenda, "Salg af grund" over its text). */
static size_t entry_find(const struct mnt_parser *p,
                         const struct mnt_title_index *ix, const char *a,
                         size_t an, size_t at, size_t *off)
{
    size_t i = index_find(p, ix, a, an, at, off);
    if (i != (size_t)-1 || an == 0 || a[an - 1] != ')')
        return i;
    size_t b = an;
    while (b > 0 && a[b - 1] != '(')
        b--;
    if (b < 2 || a[b - 2] != ' ')
        return i;
    return index_find(p, ix, a, b - 2, at, off);
}

/* Is there a closed part's heading ("Lukket møde") in lines (a, b)? */
static int closed_part_between(const struct mnt_parser *p, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b; i++)
        if (p->doc.lines[i].kind == MNT_LINE_TEXT &&
            mnt_is_closed_part(p->doc.lines[i].s, p->doc.lines[i].len))
            return 1;
    return 0;
}

/* Entry k's title first reappears at line i, but the next entry's at an
 * earlier line: the item was moved to the closed part ("3. Salg af grund"
 * on the agenda, its text after "Lukket møde" below the last open item).
 * It stays out of the order and joins the hits where it stands, if a
 * closed part's heading lies between; else it is missed. */
static int moved_to_closed(const struct mnt_parser *p,
                           const struct mnt_title_index *ix,
                           const struct mnt_cands *run, size_t k, size_t at,
                           size_t i)
{
    const char *b;
    size_t bn, off;
    if (k + 1 >= run->n)
        return 0;
    mnt_agenda_entry_title(p, &run->v[k + 1], &b, &bn);
    size_t j = entry_find(p, ix, b, bn, at, &off);
    return j != (size_t)-1 && j < i;
}

/* Put hit h into hits (sorted by line) unless a hit stands on its line. */
static int hit_insert(struct mnt_cands *hits, const struct mnt_cand *h)
{
    size_t at = hits->n;
    while (at > 0 && hits->v[at - 1].line >= h->line)
        if (hits->v[--at].line == h->line)
            return 0;
    memmove(hits->v + at + 1, hits->v + at, (hits->n - at) * sizeof *h);
    hits->v[at] = *h;
    hits->n++;
    return 1;
}

/* Lines after `from` where the entries' titles reappear, in order, as
 * candidates in `hits` (an entry moved to the closed part where it
 * stands); returns how many entries were found, stopping early once two
 * thirds can no longer be. */
size_t mnt_agenda_title_hits(const struct mnt_parser *p,
                             const struct mnt_title_index *ix,
                             const struct mnt_cands *run, size_t from,
                             struct mnt_cands *hits)
{
    size_t found = 0, missed = 0, at = from, nmoved = 0;
    size_t n = run->n < MNT_AGENDA_MAX ? run->n : MNT_AGENDA_MAX;
    struct mnt_cand moved[4];
    hits->n = 0;
    for (size_t k = 0; k < n && missed * 3 <= n; k++) {
        const char *a;
        size_t an, off = 0;
        mnt_agenda_entry_title(p, &run->v[k], &a, &an);
        size_t i = entry_find(p, ix, a, an, at, &off);
        int out = i != (size_t)-1 && moved_to_closed(p, ix, run, k, at, i);
        if (i == (size_t)-1 ||
            (out && (nmoved == sizeof moved / sizeof *moved ||
                     !closed_part_between(p, at, i)))) {
            missed++;
            continue;
        }
        struct mnt_cand *h = out ? &moved[nmoved++] : &hits->v[hits->n++];
        *h = run->v[k];
        h->line = i;
        h->title_off = off;
        h->title_end = 0;
        h->quality = 5;
        h->order = (unsigned)k + 1;
        found++;
        if (!out)
            at = i + 1;
    }
    for (size_t m = 0; m < nmoved; m++)
        if (moved[m].line < at || !hit_insert(hits, &moved[m]))
            found--; /* it stands among the open items after all */
    return found;
}
