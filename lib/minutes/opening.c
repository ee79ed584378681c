/* SPDX-License-Identifier: GPL-2.0-or-later */
/* opening.c - for chain.c: on a page whose titles are collapsed away, the
 * decision ("Beslutning") may be the most frequent bare section only
 * because an item holds nothing else (the question time's lone decision)
 * while it closes every other item ("Resume" … "Beslutning"). Then the
 * section those items open with opens the items. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define SEQ_MAX 512u /* bare sections looked at: a page of items */

static int bare(const struct mnt_line *l)
{
    size_t nl, off;
    return l->kind == MNT_LINE_TEXT &&
           mnt_section_heading(l->s, l->len, &nl, &off) && off >= l->len;
}

static int same(const struct mnt_line *a, const struct mnt_line *b)
{
    return fold_eq(a->s, a->len, b->s, b->len);
}

/* Split at y, do the bare sections seq[0..n) make runs with no section
 * twice, each run holding the decision dec closing it (at most two
 * sections after it, fewer than before it), and before the first y a
 * run of no section twice? */
static int runs_close_with(const struct mnt_line *const *seq, size_t n,
                           const struct mnt_line *y, const struct mnt_line *dec)
{
    size_t start = 0, runs = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && (i == start || !same(seq[i], y)))
            continue;
        /* the run seq[start..i) */
        size_t at = (size_t)-1;
        for (size_t a = start; a < i; a++) {
            for (size_t b = start; b < a; b++)
                if (same(seq[a], seq[b]))
                    return 0;
            if (same(seq[a], dec))
                at = a;
        }
        if (start > 0 || same(seq[0], y)) {
            if (at == (size_t)-1 || i - at - 1 > 2 || i - at - 1 >= at - start)
                return 0;
            runs++;
        }
        start = i;
    }
    return runs >= 2;
}

/* Is l the decision's bare heading: "Beslutning", or one naming the
 * body and the date ("Beslutning i Økonomiudvalget den 10-06-2025")? */
static int is_decision(const struct mnt_line *l)
{
    size_t dl = l != NULL ? fold_prefix(l->s, l->len, "Beslutning") : 0;
    return dl > 0 && (dl == l->len || l->s[dl] == ' ');
}

/* frederikssund.dk (2018): "Beslutning", "Sagsfremstilling", "Økonomi",
 * "Indstilling" in every item, the decision first. Read at "Økonomi" the
 * page would open with an item of only the decision and what follows it
 * - exactly what follows the decision in every later run. A first item
 * that is the others' tail is no item: the decision opens them (a lone
 * decision first, the question time's, is no such tail: nothing follows
 * the decision in items that it closes). Does the run before the first
 * y start with the decision dec and match, section for section, dec and
 * what follows it in every later run (two at least)? */
static int first_run_is_tail(const struct mnt_line *const *seq, size_t n,
                             const struct mnt_line *y,
                             const struct mnt_line *dec)
{
    size_t first = 0;
    while (first < n && !same(seq[first], y))
        first++;
    if (first < 2 || first == n || !same(seq[0], dec))
        return 0;
    size_t runs = 0;
    for (size_t i = first; i < n;) {
        size_t end = i + 1;
        while (end < n && !same(seq[end], y))
            end++;
        size_t at = i;
        while (at < end && !same(seq[at], dec))
            at++;
        if (at == end)
            return 0; /* the last run may stop short of the decision */
        if (end - at != first)
            return 0;
        for (size_t k = 0; k < first; k++)
            if (!same(seq[at + k], seq[k]))
                return 0;
        runs++;
        i = end;
    }
    return runs >= 2;
}

/* Is there no text between lines a and b (a before b)? */
static int adjacent(const struct mnt_line *a, const struct mnt_line *b)
{
    for (const struct mnt_line *l = a + 1; l < b; l++)
        if (l->kind == MNT_LINE_TEXT)
            return 0;
    return 1;
}

/* svendborg.dk (2024): every item prints its decision first
 * ("Beslutning i <udvalg> den 14-08-2024", then "Beslutningstema",
 * "Indstilling", …), one item lacking this section, another that one,
 * so no other section runs through them all. Read as decisions closing
 * items, each item would open after its own decision and the page's
 * first "item" would be the first decision alone. The decision opens
 * the items when it is the page's first bare section (after at most an
 * empty heading: a tab "Indhold" with nothing under it) and two or more
 * sections follow each decision, none twice before the next one - the
 * last decision too: a page whose decisions close its items ends at a
 * decision or a trailer ("Bilag"), not at a whole item's sections. And
 * the decision names its meeting's date: the record the meeting put on
 * top of the case. A bare "Beslutning" first is as often the first
 * item's lone decision (ballerup.dk's announcements, "Intet"), the
 * decisions closing the items after it, the last one cut off. */
static int decision_leads(const struct mnt_line *const *seq, size_t n,
                          const struct mnt_line *dec)
{
    if (dec->len == 0 || !mnt_digit(dec->s[dec->len - 1]))
        return 0;
    size_t f = 0;
    while (f < n && !same(seq[f], dec))
        f++;
    if (f == n || f > 1 || (f == 1 && !adjacent(seq[0], seq[1])))
        return 0;
    size_t runs = 0;
    for (size_t i = f; i < n;) {
        size_t end = i + 1;
        while (end < n && !same(seq[end], dec))
            end++;
        if (end - i - 1 < 2) /* seq[i+1..end): the item's sections */
            return 0;
        for (size_t a = i + 1; a < end; a++)
            for (size_t b = i + 1; b < a; b++)
                if (same(seq[a], seq[b]))
                    return 0;
        runs++;
        i = end;
    }
    return runs >= 3;
}

const struct mnt_line *mnt_opening_before_decision(const struct mnt_doc *d,
                                                   const unsigned char *skip,
                                                   const struct mnt_line *best,
                                                   int *dec_opens)
{
    *dec_opens = 0;
    if (!is_decision(best))
        return best;
    const struct mnt_line *seq[SEQ_MAX];
    size_t n = 0;
    for (size_t i = 0; i < d->nlines && n < SEQ_MAX; i++)
        if (bare(&d->lines[i]) && !(skip && skip[i]))
            seq[n++] = &d->lines[i];
    if (decision_leads(seq, n, best)) {
        *dec_opens = 1;
        return best;
    }
    size_t nbest = 0;
    for (size_t i = 0; i < n; i++)
        nbest += same(seq[i], best);
    const struct mnt_line *pick = best;
    size_t pick_n = 0;
    for (size_t a = 0; a < n; a++) {
        int seen = same(seq[a], best);
        for (size_t b = 0; b < a && !seen; b++)
            seen = same(seq[a], seq[b]);
        if (seen)
            continue;
        size_t cnt = 0;
        for (size_t b = a; b < n; b++)
            cnt += same(seq[b], seq[a]);
        /* as many as the decisions, all but one or two */
        if (cnt < 2 || cnt + 2 < nbest || cnt <= pick_n ||
            !runs_close_with(seq, n, seq[a], best))
            continue;
        pick = seq[a], pick_n = cnt;
    }
    if (pick != best && first_run_is_tail(seq, n, pick, best)) {
        *dec_opens = 1;
        return best;
    }
    return pick;
}

/* "Tidligere behandling": a case's earlier meetings, printed first in
 * its item, so right after the previous item's decision. */
static int history_section(const struct mnt_line *l)
{
    return fold_eq(l->s, l->len, "Tidligere behandling", 20) ||
           fold_eq(l->s, l->len, "Tidligere behandlinger", 22) ||
           fold_eq(l->s, l->len, "Historik", 8);
}

/* Does the decision dec close items that open with different sections
 * (ballerup.dk: "Tidligere behandling" in some, "Indhold" in others, the
 * announcements' item only "Beslutning")? The bare sections between two
 * decisions, and after the last, hold no section twice; at least two
 * runs between decisions hold two or more; and where mnt_opening_before_
 * decision() found a section `open` that opens the items, every
 * section right after a decision is that one or a case's history (not a
 * trailer of the item before, "Bilag"), and one at least a history.
 * Then an item opens at the first section after each decision. */
int mnt_decisions_close(const struct mnt_doc *d, const unsigned char *skip,
                        const struct mnt_line *dec, const struct mnt_line *open)
{
    if (!is_decision(dec))
        return 0;
    const struct mnt_line *seq[SEQ_MAX];
    size_t n = 0;
    for (size_t i = 0; i < d->nlines && n < SEQ_MAX; i++)
        if (bare(&d->lines[i]) && !(skip && skip[i]))
            seq[n++] = &d->lines[i];
    size_t start = (size_t)-1, full = 0, hist = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && !same(seq[i], dec))
            continue;
        if (start != (size_t)-1) { /* the run seq[start..i) */
            for (size_t a = start; a < i; a++)
                for (size_t b = start; b < a; b++)
                    if (same(seq[a], seq[b]))
                        return 0;
            full += i < n && i - start >= 2;
            if (open != dec && start < i && !same(seq[start], open)) {
                if (!history_section(seq[start]))
                    return 0;
                hist++;
            }
        }
        start = i + 1;
    }
    /* with an opening section and no history, mnt_untitled_chain()'s
     * items at that section are these */
    return full >= 2 && (open == dec || hist > 0);
}

/* Is l a summary's heading ("Resume", "Resumé", "Sammenfatning",
 * "Sammendrag") or the case's route through the committees ("Sagens
 * forløb:" over "ØU - KB", horsholm.dk)? By its name it leads the item
 * it sums up or routes. */
static int is_summary(const struct mnt_line *l)
{
    static const char *const names[] = {
        "resume",        "resumé",         "sammenfatning", "sammendrag",
        "sagens forløb", "sagens forløb:", "sagsforløb",    "sagsforløb:"};
    return fold_among(l->s, l->len, names, sizeof names / sizeof *names);
}

/* Does every bare section seq[a] that is `lead` stand right before
 * `open`, two times or more? */
static int leads_each_time(const struct mnt_line *const *seq, size_t n,
                           const struct mnt_line *lead,
                           const struct mnt_line *open)
{
    size_t times = 0;
    for (size_t a = 0; a < n; a++) {
        if (!same(seq[a], lead))
            continue;
        if (a + 1 >= n || !same(seq[a + 1], open))
            return 0;
        times++;
    }
    return times >= 2;
}

const struct mnt_line *mnt_leading_section(const struct mnt_doc *d,
                                           const unsigned char *skip,
                                           const struct mnt_line *open)
{
    if (open == NULL)
        return NULL;
    const struct mnt_line *seq[SEQ_MAX];
    size_t n = 0;
    for (size_t i = 0; i < d->nlines && n < SEQ_MAX; i++)
        if (bare(&d->lines[i]) && !(skip && skip[i]))
            seq[n++] = &d->lines[i];
    size_t f = 0;
    while (f < n && !same(seq[f], open))
        f++;
    if (f >= n)
        return NULL;
    /* a trailer of the item before ("Bilag") never stands before the
     * first item's opening; a decision closes, it leads nothing */
    if (f > 0 && !is_decision(seq[f - 1]))
        return leads_each_time(seq, n, seq[f - 1], open) ? seq[f - 1] : NULL;
    /* the first item has no summary: a section named one leads the
     * items that have it (a trailer is never so named) */
    for (size_t a = f + 1; a < n; a++)
        if (is_summary(seq[a]))
            return leads_each_time(seq, n, seq[a], open) ? seq[a] : NULL;
    return NULL;
}
