/* SPDX-License-Identifier: GPL-2.0-or-later */
/* agenda_runs.c - for agenda.c: the runs of numbered lines that could be
 * the agenda list (numbers in sequence, or out of it within a group;
 * group lines and nested lists of points passed over). Apart from
 * agenda.c, which tries each run by where its entries reappear below. */
#include <stddef.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define FURNITURE_MAX 3 /* a page's footer and head lines between entries */

int mnt_follows(const struct mnt_cand *a, const struct mnt_cand *b)
{
    if (b->letter == 0)
        return b->num == a->num + 1;
    return (b->num == a->num &&
            (a->letter == 0 ? b->letter == 'a' : b->letter == a->letter + 1)) ||
           (b->num == a->num + 1 && b->letter == 'a');
}

/* "B. Sager til afgørelse i udvalget": a lettered group line between
 * an agenda list's entries (Odense's SBSYS groups its items by kind). */
static int group_line(const struct mnt_parser *p, const struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    return l->len > 3 && l->s[0] >= 'A' && l->s[0] <= 'H' && l->s[1] == '.' &&
           l->s[2] == ' ';
}

/* May entry b (all->v[b]) follow the run so far (its numbers in seen[],
 * max the largest)? In sequence; or, with `loose`, a number the run
 * has not had yet, not far ahead (an item added to its group after the
 * list was made: 1 2 3 7, then 4 5 6 under the next group). */
static int run_fits(const struct mnt_cand *prev, const struct mnt_cand *b,
                    const unsigned char *seen, unsigned max, int loose)
{
    if (mnt_follows(prev, b))
        return 1;
    return loose && b->letter == 0 && prev->letter == 0 && b->num > 0 &&
           b->num <= max + 20 && b->num < 256 && !seen[b->num];
}

/* Where the run goes on after entry j when all->v[m] opens a nested
 * list of points (numbered from 1 again, line after line) and the
 * entry after those points follows j ("5. Høringer mv." / "1. …" "2. …"
 * / "6. Budget"); m if it does not. */
static size_t over_nested(const struct mnt_parser *p,
                          const struct mnt_cands *all, size_t j, size_t m)
{
    size_t q = m;
    while (q < all->n && all->v[q].num == q - m + 1 && all->v[q].letter == 0 &&
           p->text_before[all->v[q].line] ==
               p->text_before[all->v[q - 1].line + 1])
        q++;
    if (q == m || q >= all->n || !mnt_follows(&all->v[j], &all->v[q]) ||
        p->text_before[all->v[q].line] !=
            p->text_before[all->v[q - 1].line + 1])
        return m;
    return q;
}

/* Is line i page furniture a contents list running over a page break
 * holds between two entries: a short line printed the same elsewhere in
 * the document too (a page's running head, `Referat - Udvalget`; its
 * footer's date or a line for the chairman's initials, `Initialer:
 * ______`, on every page)? An entry's own text is printed once. */
static int repeated_furniture(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    if (l->len < 4 || l->len > 80)
        return 0;
    for (size_t k = 0; k < d->nlines; k++)
        if (k != i && d->lines[k].len == l->len &&
            memcmp(d->lines[k].s, l->s, l->len) == 0)
            return 1;
    return 0;
}

/* Text lines from line `from` to line `to` (counted to three), other
 * than the points of a list nested in an entry (<ol> in <li>: the format
 * says they are no entries), a heading of the closed part
 * ("Indholdsfortegnelse lukket møde", between a contents list's open and
 * closed entries) and, furniture_ok, up to FURNITURE_MAX lines of a
 * page's furniture (the list ran over a page: `7. …` / `19. november
 * 2019` / `Referat - Udvalget` / `8. …`, round `im`). */
static size_t text_between(const struct mnt_parser *p, size_t from, size_t to,
                           int furniture_ok)
{
    size_t n = 0, furniture = 0;
    int closed = 0;
    for (size_t i = from; i < to && n < 3; i++) {
        const struct mnt_line *l = &p->doc.lines[i];
        if (l->kind != MNT_LINE_TEXT ||
            (l->list && l->list_depth > p->list_depth))
            continue;
        if (!closed && mnt_is_closed_part(l->s, l->len))
            closed = 1;
        else if (furniture_ok && furniture < FURNITURE_MAX &&
                 repeated_furniture(&p->doc, i))
            furniture++;
        else
            n++;
    }
    return n;
}

/* Does a sentence introducing a list ("… så enkelte punkter kunne komme
 * med:") stand between lines from and to? After a run's first entry it
 * makes that entry an item's heading and the lines below the list in
 * its text (the points added to the agenda, numbered as the items they
 * become further down), not an agenda list. */
static int intro_between(const struct mnt_parser *p, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (p->doc.lines[i].kind == MNT_LINE_TEXT &&
            mnt_colon_intro(&p->doc.lines[i], 5))
            return 1;
    return 0;
}

/* Does the entry all->v[m] stand right over the next one, numbered on
 * with no line between (a list goes on there)? */
static int tight_after(const struct mnt_parser *p, const struct mnt_cands *all,
                       size_t m)
{
    return m + 1 < all->n && mnt_follows(&all->v[m], &all->v[m + 1]) &&
           text_between(p, all->v[m].line + 1, all->v[m + 1].line, 0) == 0;
}

/* The run of candidates from all->v[k] (indices into `idx`, their count
 * returned): numbered in sequence (or, loose, out of it) with at most
 * one other text line between - a lettered group line may be that one,
 * and a nested list of points numbered from 1 is passed over; where the
 * entries stand with no line between (two before it, or one before and
 * two after), a page's furniture is passed over too (a contents list
 * over two pages). *next: where the next run
 * starts. */
size_t mnt_run_from(const struct mnt_parser *p, const struct mnt_cands *all,
                    size_t k, int loose, size_t *idx, size_t *next)
{
    unsigned char seen[256] = {0};
    unsigned max = all->v[k].num;
    size_t n = 0, j = k, gap = 0;
    int tight = 1; /* no line between the entries so far: a list */
    idx[n++] = k;
    if (all->v[k].num < 256)
        seen[all->v[k].num] = 1;
    for (;;) {
        size_t m = j + 1, from = all->v[j].line + 1;
        if (m < all->n && !run_fits(&all->v[j], &all->v[m], seen, max, loose) &&
            loose && group_line(p, &all->v[m]))
            m++; /* over the group line */
        if (m < all->n && !run_fits(&all->v[j], &all->v[m], seen, max, loose) &&
            (m = over_nested(p, all, j, m)) > j + 1)
            from = all->v[m - 1].line + 1; /* after the nested points */
        if (m >= all->n ||
            !run_fits(&all->v[j], &all->v[m], seen, max, loose) ||
            (gap = text_between(p, from, all->v[m].line,
                                tight && (n > 1 || tight_after(p, all, m)))) >
                1 ||
            (n == 1 && intro_between(p, from, all->v[m].line)))
            break;
        j = m;
        idx[n++] = j;
        tight = tight && gap == 0;
        if (all->v[j].num < 256)
            seen[all->v[j].num] = 1;
        if (all->v[j].num > max)
            max = all->v[j].num;
    }
    *next = j + 1;
    return n;
}

/* Are the numbers of a run taken out of sequence 1..n (or from its
 * first number) each once, none missing? Only then is the order the
 * agenda's and not a list that ran into another. */
int mnt_run_complete(const struct mnt_cands *all, const size_t *idx, size_t n)
{
    unsigned char seen[256] = {0};
    unsigned lo = all->v[idx[0]].num, hi = lo;
    for (size_t k = 0; k < n; k++) {
        unsigned v = all->v[idx[k]].num;
        if (v >= 256 || seen[v])
            return 0;
        seen[v] = 1;
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
    }
    return hi - lo + 1 == n;
}

/* Does any candidate of `all` carry number v (unlettered)? */
static int numbered(const struct mnt_cands *all, unsigned v)
{
    for (size_t k = 0; k < all->n; k++)
        if (all->v[k].num == v && all->v[k].letter == 0)
            return 1;
    return 0;
}

/* Do a run's numbers only rise, fewer left out than printed (`124` …
 * `130`, `134`), and no line of the page numbered as one left out? An
 * open agenda leaves out the closed items' numbers, handled where they
 * stand in the council's running numbering; a list that ran into
 * another starts again or goes back, and an entry listed apart (a
 * closed part's `41` after `42`) is found by the loose run. */
int mnt_run_rising(const struct mnt_cands *all, const size_t *idx, size_t n)
{
    for (size_t k = 1; k < n; k++)
        if (all->v[idx[k]].letter != 0 ||
            all->v[idx[k]].num <= all->v[idx[k - 1]].num)
            return 0;
    unsigned lo = all->v[idx[0]].num, hi = all->v[idx[n - 1]].num;
    if (n < 3 || hi - lo + 1 - n >= n)
        return 0;
    for (size_t k = 1; k < n; k++)
        for (unsigned v = all->v[idx[k - 1]].num + 1; v < all->v[idx[k]].num;
             v++)
            if (numbered(all, v))
                return 0;
    return 1;
}
