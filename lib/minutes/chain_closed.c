/* SPDX-License-Identifier: GPL-2.0-or-later */
/* chain_closed.c - for chain.c: a closed part ("Lukkede punkter") or a
 * supplementary agenda ("Tillægsdagsorden") numbered from 1 again after
 * the open items, and a closed part numbered from 101 (Bornholm's eDoc
 * pages), chained on; closed items printed after the open ones in the
 * meeting's own numbering; items handled first and printed first; an
 * added item printed where the minutes say it was handled; the loose
 * styles' chain. */
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

/* A closed part numbered from 101 (201, …, or from 100 as some of
 * Bornholm's pages do: "lukket 100 Lukket punkt - drift", "lukket 101
 * …") after chain c: Bornholm's closed items ("lukket 101 Lukket punkt:
 * salg af areal" in the agenda list) carry numbers of their own, far
 * above the open part's. From the first closed heading numbered k*100
 * or k*100+1 after c, its items in sequence
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
        if (b->letter == 0 && b->num >= 100 && b->num % 100 <= 1 &&
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

/* Is number v one of chain c's? */
static int in_chain(const struct mnt_cands *c, unsigned v)
{
    for (size_t k = 0; k < c->n; k++)
        if (c->v[k].letter == 0 && c->v[k].num == v)
            return 1;
    return 0;
}

/* Is l a closed part's heading, alone or at the end of a flattened
 * page's head ("8 Sammenlægningsudvalget Side 6 Lukket møde")? */
static int closed_part_line(const struct mnt_line *l)
{
    static const char tail[] = "lukket møde";
    size_t m = sizeof tail - 1, e = l->len;
    if (l->kind != MNT_LINE_TEXT)
        return 0;
    if (mnt_is_closed_part(l->s, l->len))
        return 1;
    if (e > 0 && l->s[e - 1] == ':')
        e--;
    return e > m && e <= 80 && l->s[e - m - 1] == ' ' &&
           fold_prefix(l->s + e - m, m, tail) == m;
}

/* Closed items printed after the open ones in the meeting's numbering
 * ("… 91. Valg af revisor … Lukket møde 88. Rammeaftale … 92. Salg …"):
 * the open part left 88 out, the chain went on from 91 to 92, and 88
 * came too late for it. A candidate after a closed part's heading whose
 * number is a gap in c's run (below c's last, in no heading of c) and
 * that has text of its own joins c in the order printed. */
void mnt_closed_gaps(const struct mnt_parser *p, struct mnt_cands *c,
                     const struct mnt_cands *all)
{
    if (c->n < 2)
        return;
    size_t part = (size_t)-1;
    for (size_t i = c->v[0].line + 1; i < p->doc.nlines; i++)
        if (closed_part_line(&p->doc.lines[i])) {
            part = i;
            break;
        }
    if (part == (size_t)-1)
        return;
    unsigned lo = c->v[0].num, hi = c->v[c->n - 1].num;

    for (size_t j = 0; j < all->n; j++) {
        const struct mnt_cand *b = &all->v[j];
        size_t next = j + 1 < all->n ? all->v[j + 1].line : p->doc.nlines;
        if (b->line <= part || b->letter != 0 || b->num <= lo || b->num >= hi ||
            in_chain(c, b->num) || !mnt_cand_own_text(p, b, next))
            continue;
        size_t at = c->n;
        while (at > 0 && c->v[at - 1].line > b->line)
            at--;
        memmove(c->v + at + 1, c->v + at, (c->n - at) * sizeof *c->v);
        c->v[at] = *b;
        c->n++;
        c->score += b->quality;
    }
}

/* Does s[i..n) say where something was handled: "behandlet som",
 * "behandles før", "… efter", "… først", "… forud"? ("under
 * behandlingen af punkt 3" is an attendance note, no move.) */
static int handled_elsewhere(const char *s, size_t n, size_t i)
{
    static const char *const verbs[] = {"behandlet ", "behandles "};
    static const char *const where[] = {"som ", "før ", "efter ", "først",
                                        "forud "};
    for (size_t v = 0; v < 2; v++) {
        size_t m = fold_prefix(s + i, n - i, verbs[v]);
        for (size_t w = 0; m > 0 && w < 5; w++)
            if (fold_prefix(s + i + m, n - i - m, where[w]) > 0)
                return 1;
    }
    return 0;
}

/* Does line l name item v as handled elsewhere: "punkt v" ("pkt. v",
 * "sag nr. v", …), then on the line where it was handled ("Punkt 41,
 * Henvendelse … blev behandlet som punkt 2.")? */
static int names_moved(const struct mnt_line *l, unsigned v)
{
    static const char *const labels[] = {"punkt nr. ", "pkt. nr. ", "punkt ",
                                         "pkt. ",      "sag nr. ",  "sag "};
    int named = 0;
    for (size_t i = 0; i < l->len; i++) {
        if (i > 0 && l->s[i - 1] != ' ' && l->s[i - 1] != '(')
            continue;
        if (named && handled_elsewhere(l->s, l->len, i))
            return 1;
        size_t m = 0;
        for (size_t k = 0; k < 6 && m == 0; k++)
            m = fold_prefix(l->s + i, l->len - i, labels[k]);
        unsigned n;
        if (m > 0 && mnt_read_num(l->s, l->len, i + m, 5, &n) > 0 && n == v)
            named = 1;
    }
    return 0;
}

/* Is a line in [0, end) one naming item v as handled elsewhere? */
static int named_before(const struct mnt_parser *p, size_t end, unsigned v)
{
    for (size_t i = 0; i < end; i++)
        if (names_moved(&p->doc.lines[i], v))
            return 1;
    return 0;
}

/* The highest number of chain c's items. */
static unsigned highest_num(const struct mnt_cands *c)
{
    unsigned hi = 0;
    for (size_t k = 0; k < c->n; k++)
        if (c->v[k].num > hi)
            hi = c->v[k].num;
    return hi;
}

/* An item added to the agenda and printed where it was handled
 * ("32. …", "41. …", "33. …", or "41." first): the header says so
 * ("Punkt 41, … blev behandlet som punkt 2."), and its number, above
 * all of chain c's, stands before c's first item or between two of c's
 * that follow on from each other. A candidate of `all` so placed, with
 * text of its own and named so in a line above it and c's first item,
 * joins c in the order printed. */
void mnt_moved_items(const struct mnt_parser *p, struct mnt_cands *c,
                     const struct mnt_cands *all)
{
    if (c->n < 2)
        return;
    unsigned hi = highest_num(c);
    for (size_t j = 0; j < all->n; j++) {
        const struct mnt_cand *b = &all->v[j];
        size_t at = 0;
        while (at < c->n && c->v[at].line < b->line)
            at++;
        if (b->letter != 0 || b->num <= hi || at == c->n ||
            c->v[at].line == b->line ||
            (at > 0 && c->v[at].num != c->v[at - 1].num + 1) ||
            !mnt_cand_own_text(p, b, c->v[at].line) ||
            !named_before(p, at > 0 ? c->v[0].line : b->line, b->num))
            continue;
        memmove(c->v + at + 1, c->v + at, (c->n - at) * sizeof *c->v);
        c->v[at] = *b;
        c->n++;
        c->score += b->quality;
    }
}

/* Has every item of chain c text of its own (a list's points have
 * none)? */
static int own_texts(const struct mnt_parser *p, const struct mnt_cands *c)
{
    for (size_t k = 0; k < c->n; k++)
        if (!mnt_cand_own_text(p, &c->v[k],
                               k + 1 < c->n ? c->v[k + 1].line : p->doc.nlines))
            return 0;
    return 1;
}

/* An added item handled and printed first over bare section headings
 * ("41." and its "Resume" before "32."): no chain starts after the first
 * section, so c holds 41 alone. When the lines above name it as moved,
 * it and the chain from the next candidate on (sections no bar there),
 * all numbered below it, replace c when they hold more. The naming line
 * may be a candidate itself ("Sag 41 blev behandlet som første sag."):
 * it is passed. */
static void moved_first(const struct mnt_parser *p, struct mnt_cands *c,
                        const struct mnt_cands *all, int jumps)
{
    size_t f = 0;
    while (f < all->n &&
           names_moved(&p->doc.lines[all->v[f].line], all->v[f].num))
        f++;
    if (f + 3 > all->n)
        return;
    const struct mnt_cand *b = &all->v[f];
    if (b->letter != 0 || b->line >= p->first_section ||
        !mnt_cand_own_text(p, b, all->v[f + 1].line) ||
        !named_before(p, b->line, b->num))
        return;
    struct mnt_parser q = *p;
    struct mnt_cands tail;
    q.first_section = p->doc.nlines;
    if (mnt_cands_copy(all, f + 1, all->n - f - 1, &tail) != ERR_OK)
        return;
    if (mnt_best_chain(&q, &tail, 0, jumps) + 1 > c->n && tail.n >= 2 &&
        tail.v[0].line == all->v[f + 1].line && own_texts(&q, &tail) &&
        highest_num(&tail) < b->num) {
        c->v[0] = *b;
        memcpy(c->v + 1, tail.v, tail.n * sizeof *tail.v);
        c->n = tail.n + 1;
        c->score = mnt_run_score(p, c);
    }
    free(tail.v);
}

/* What chain_with_closed() puts back besides the items printed where
 * they were handled: a part numbered from 101 and restarted numbering,
 * and the gaps after a closed part's heading. */
enum {
    PUT_HUNDREDS = 1,
    PUT_CLOSED_GAPS = 2
};

/* mnt_best_chain() with `jumps`, then the items it could not chain put
 * back: those printed where they were handled, and the parts `put`
 * names. */
static int chain_with_closed(const struct mnt_parser *p, struct mnt_cands *c,
                             int jumps, unsigned put)
{
    if (c->n == 0)
        return ERR_OK;
    struct mnt_cands all;
    if (mnt_cands_copy(c, 0, c->n, &all) != ERR_OK)
        return ERR_NOMEM;
    mnt_best_chain(p, c, 0, jumps);
    mnt_handled_first(p, c, &all);
    moved_first(p, c, &all, jumps);
    /* "Pkt. 1 …" after "Tillægsdagsorden": numbered from 1 again, as
     * "1." is */
    int rc = put & PUT_HUNDREDS ? mnt_restarted_chain(p, c, &all) : ERR_OK;
    if (put & PUT_HUNDREDS)
        mnt_hundreds_chain(p, c, &all);
    if (put & PUT_CLOSED_GAPS)
        mnt_closed_gaps(p, c, &all);
    mnt_moved_items(p, c, &all);
    mnt_doubled_items(p, c, &all);
    free(all.v);
    return rc;
}

int mnt_region_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    return chain_with_closed(p, c, 0, 0);
}

int mnt_generic_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    return chain_with_closed(p, c, MNT_CHAIN_JUMPS,
                             PUT_HUNDREDS | PUT_CLOSED_GAPS);
}

int mnt_agenda_chain(const struct mnt_parser *p, struct mnt_cands *c)
{
    return chain_with_closed(p, c, MNT_CHAIN_LISTED, PUT_CLOSED_GAPS);
}

/* Items handled before the agenda's first and printed in that order
 * ("19. …", "20. …", then "1. …" to "4. …"): a run in sequence that opens
 * the page before any section, each with text of its own, then a chain
 * from 1 whose numbers all lie below the run's. The chain from 1 starts
 * after the first item's sections, which no chain may (a list in a
 * decision), so it is chained here, from `all`, with the run before it:
 * the run's numbers are none of its own, so no agenda list or repeat.
 * The numbered chain's "19." and the generic chain's other label shapes
 * ("19 - …", "Pkt. 19 …") alike. */
void mnt_handled_first(const struct mnt_parser *p, struct mnt_cands *c,
                       const struct mnt_cands *all)
{
    size_t r = 1;
    if (all->n < 3 || all->v[0].num <= 1 || all->v[0].letter ||
        all->v[0].line >= p->first_section)
        return;
    while (r < all->n && all->v[r].letter == 0 &&
           all->v[r].num == all->v[r - 1].num + 1)
        r++;
    for (size_t k = 0; k < r; k++)
        if (r == all->n ||
            !mnt_cand_own_text(p, &all->v[k], all->v[k + 1].line))
            return;
    /* nothing later goes on from the run: "23." to "25.", a list "1."
     * to "3." in 25's text, then "26." is one chain */
    for (size_t k = r; k < all->n; k++)
        if (all->v[k].num == all->v[r - 1].num + 1)
            return;
    struct mnt_parser q = *p;
    struct mnt_cands tail;
    q.first_section = p->doc.nlines;
    if (all->v[r].num != 1 ||
        mnt_cands_copy(all, r, all->n - r, &tail) != ERR_OK)
        return;
    if (mnt_best_chain(&q, &tail, 1, 0) > c->n && tail.n >= 2 &&
        tail.v[0].line == all->v[r].line &&
        tail.v[tail.n - 1].num < all->v[0].num && own_texts(&q, &tail)) {
        memcpy(c->v, all->v, r * sizeof *c->v);
        memcpy(c->v + r, tail.v, tail.n * sizeof *tail.v);
        c->n = r + tail.n;
        c->score = mnt_run_score(p, c);
    }
    free(tail.v);
}

int mnt_is_closed_part(const char *s, size_t n)
{
    static const char *const words[] = {"lukkede", "lukket møde"};
    size_t b = 0;
    if (n > 60)
        return 0;
    /* a contents page's last number glued to it: "13Indholdsfortegnelse
     * lukket møde"; a number with a dot or space opens an item */
    while (b < n && b < 3 && mnt_digit(s[b]))
        b++;
    if (b == n || (b > 0 && !ascii_upper(s[b])))
        return 0;
    for (size_t i = b; i < n; i++)
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if ((i == b || s[i - 1] == ' ') &&
                fold_prefix(s + i, n - i, words[k]) > 0)
                return 1;
    return 0;
}

/* Is s[0..n) the heading of a supplementary agenda ("Tillægsdagsorden",
 * "Tillægsdagsorden II:"), a part whose items are numbered from 1 again
 * after the agenda's? A short line of that word and at most a Roman
 * numeral or a colon after it. */
static int supplement_part(const char *s, size_t n)
{
    size_t b = fold_prefix(s, n, "Tillægsdagsorden");
    if (b == 0 || n > b + 6)
        return 0;
    for (size_t i = b; i < n; i++)
        if (s[i] != ' ' && s[i] != ':' && s[i] != 'I' && s[i] != 'V')
            return 0;
    return 1;
}

/* A closed part after chain c ("Lukkede punkter") or a supplementary
 * agenda ("Tillægsdagsorden") that numbers its items from 1 again: its
 * chain, from `all` (c's candidates before mnt_best_chain), appended to
 * c. */
int mnt_restarted_chain(const struct mnt_parser *p, struct mnt_cands *c,
                        const struct mnt_cands *all)
{
    if (c->n == 0)
        return ERR_OK;
    size_t last = c->v[c->n - 1].line, part = (size_t)-1;
    for (size_t i = last + 1; i < p->doc.nlines && part == (size_t)-1; i++)
        if (p->doc.lines[i].kind == MNT_LINE_TEXT &&
            (mnt_is_closed_part(p->doc.lines[i].s, p->doc.lines[i].len) ||
             supplement_part(p->doc.lines[i].s, p->doc.lines[i].len)))
            part = i;
    if (part == (size_t)-1)
        return ERR_OK;
    struct mnt_cands tail;
    size_t first = 0;
    while (first < all->n && all->v[first].line <= part)
        first++;
    if (first == all->n)
        return ERR_OK;
    if (mnt_cands_copy(all, first, all->n - first, &tail) != ERR_OK)
        return ERR_NOMEM;
    /* the restarted part's first "1." right under its heading, also
     * after items with sections (Region Syddanmark's "Tillægsdagsorden"
     * after items with "Resumé" … "Beslutning") */
    if (mnt_best_chain(p, &tail, 1, MNT_CHAIN_PART) > 0 &&
        p->text_before[tail.v[0].line] - p->text_before[part + 1] <= 1) {
        memcpy(c->v + c->n, tail.v, tail.n * sizeof *tail.v);
        c->n += tail.n;
        c->score += tail.score;
    }
    free(tail.v);
    return ERR_OK;
}
