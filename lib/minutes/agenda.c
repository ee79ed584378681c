/* SPDX-License-Identifier: GPL-2.0-or-later */
/* agenda.c - the agenda list at the top of many minutes: a run of short
 * numbered lines whose titles reappear below as the items' headings. Its
 * lines are never items; where its titles reappear (numbered or not) are
 * headings numbered as the agenda numbers them. The runs tried as the
 * list are agenda_runs.c's. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define AGENDA_MAX  200 /* entries of an agenda list looked for below */
#define AGENDA_RUNS 8   /* numbered runs tried as the agenda list */
#define AGENDA_PEEK 256 /* lines starting like a title compared with it */
#define AGENDA_TAIL 4   /* entries printing their numbers after a list */

/* The line holding the title of a bare entry ("1." alone, a contents
 * table's row flattened to number / title / page): the next text line,
 * unless it heads an entry itself; c->line if c is not bare. */
static size_t entry_title_line(const struct mnt_parser *p,
                               const struct mnt_cand *c)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[c->line];
    struct mnt_cand next;
    if (c->above || c->title_end > 0 || c->title_off < l->len)
        return c->line;
    size_t k = mnt_next_text(d, c->line, d->nlines, MNT_JOIN_GAP);
    if (k == d->nlines || mnt_generic_cand(p, k, &next))
        return c->line;
    return k;
}

void mnt_agenda_entry_title(const struct mnt_parser *p,
                            const struct mnt_cand *c, const char **s, size_t *n)
{
    size_t tl = entry_title_line(p, c);
    const struct mnt_line *l = &p->doc.lines[tl];
    size_t off = tl == c->line ? c->title_off : 0;
    size_t end = tl == c->line && c->title_end ? c->title_end : l->len;
    *s = l->s + off;
    *n = end > off ? end - off : 0;
    /* a table of contents: "Godkendelse af dagsorden...3" */
    for (size_t i = 0; i < *n; i++)
        if ((*s)[i] == '\t' ||
            ((*s)[i] == '.' && i + 1 < *n && (*s)[i + 1] == '.') ||
            (i + 3 <= *n && memcmp(*s + i, "\xE2\x80\xA6", 3) == 0)) {
            *n = i;
            break;
        }
    if (l->cut)
        *n = mnt_sender_head_start(*s, *n);
    while (*n > 0 && (*s)[*n - 1] == ' ')
        (*n)--;
}

/* Offset in its line of the page number ending entry c's title ("1.
 * Godkendelse af dagsorden 2": a contents list whose page column
 * pdftotext's gap no longer sets off), with its value; 0 if none. */
static size_t page_at(const struct mnt_parser *p, const struct mnt_cand *c,
                      unsigned *page)
{
    const char *t;
    size_t tn;
    if (entry_title_line(p, c) != c->line)
        return 0;
    mnt_agenda_entry_title(p, c, &t, &tn);
    size_t i = tn;
    while (i > 0 && mnt_digit(t[i - 1]))
        i--;
    if (i == tn || tn - i > 3 || i < 3 || t[i - 1] != ' ')
        return 0;
    *page = 0;
    for (size_t k = i; k < tn; k++)
        *page = *page * 10 + (unsigned)(t[k] - '0');
    return (size_t)(t - p->doc.lines[c->line].s) + i - 1;
}

/* Does entry c's line end, after its title, in only its page number
 * (drop_page_numbers() cut it off)? */
static int page_cut(const struct mnt_parser *p, const struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    size_t k = c->title_end;
    if (k == 0 || k >= l->len || l->s[k] != ' ' || l->len - k > 4)
        return 0;
    for (k++; k < l->len; k++)
        if (!mnt_digit(l->s[k]))
            return 0;
    return 1;
}

/* A contents list: every entry's title ends in a page number, the numbers
 * never falling. Their titles end before them. The closed items at the
 * list's end may print none ("4 (Lukket) Køb af grund"): a tail without
 * page numbers is allowed after two or more entries that have them, if
 * they are the most (a plain agenda list whose one title ends in a small
 * number is not read as contents). */
static void drop_page_numbers(const struct mnt_parser *p, struct mnt_cands *run)
{
    unsigned last = 0, page;
    size_t numbered = 0;
    if (run->n < 2)
        return;
    for (size_t k = 0; k < run->n; k++) {
        if (page_at(p, &run->v[k], &page) == 0) {
            if (numbered == 0)
                return;
            continue;
        }
        if (page < last || numbered < k) /* a number after the tail */
            return;
        last = page;
        numbered++;
    }
    if (numbered < 2 || numbered <= run->n - numbered)
        return;
    for (size_t k = 0; k < numbered; k++)
        run->v[k].title_end = page_at(p, &run->v[k], &page);
}

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
struct keyed {
    uint32_t key;
    size_t line, off;
};

struct title_index {
    struct keyed *v;
    size_t n;
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
    const struct keyed *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

static int index_build(const struct mnt_parser *p, struct title_index *ix)
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
            ix->v[ix->n++] = (struct keyed){key, i, off};
    }
    qsort(ix->v, ix->n, sizeof *ix->v, keyed_cmp);
    return ERR_OK;
}

/* The first line at or after `at` whose title begins with a (an bytes);
 * SIZE_MAX if none. */
static size_t index_find(const struct mnt_parser *p,
                         const struct title_index *ix, const char *a, size_t an,
                         size_t at, size_t *off)
{
    uint32_t key = title_key(a, an);
    size_t lo = 0, hi = ix->n;
    while (lo < hi) { /* the first (key, line >= at) */
        size_t mid = lo + (hi - lo) / 2;
        const struct keyed *k = &ix->v[mid];
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
                         const struct title_index *ix, const char *a, size_t an,
                         size_t at, size_t *off)
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
                           const struct title_index *ix,
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
static size_t find_hits(const struct mnt_parser *p,
                        const struct title_index *ix,
                        const struct mnt_cands *run, size_t from,
                        struct mnt_cands *hits)
{
    size_t found = 0, missed = 0, at = from, nmoved = 0;
    size_t n = run->n < AGENDA_MAX ? run->n : AGENDA_MAX;
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

/* Line of candidate c whose number stands alone ("Ad 1:", "Til punkt
 * 1", "Pkt. 3" with no title after it), or SIZE_MAX. */
static size_t bare_line(const struct mnt_parser *p, const struct mnt_cand *c)
{
    size_t li = c->line + (c->above ? 1u : 0u);
    const struct mnt_line *l = &p->doc.lines[li];
    if (!c->above && (c->title_off < l->len || c->title_end > 0))
        return (size_t)-1;
    return li;
}

/* Does the text line after a bare number read as the item's text rather
 * than its title: a sentence ending in a full stop, prose, a section, or
 * nothing at all? */
static int text_follows(const struct mnt_parser *p, size_t li)
{
    const struct mnt_doc *d = &p->doc;
    size_t k = mnt_next_text(d, li, d->nlines, MNT_JOIN_GAP), nl, off;
    if (k == d->nlines)
        return 1;
    const struct mnt_line *l = &d->lines[k];
    return l->s[l->len - 1] == '.' || mnt_line_is_prose(l) ||
           mnt_section_heading(l->s, l->len, &nl, &off);
}

/* Bare numbers below `from` in the run's order and numbering ("Ad 1:"
 * … "Ad 6:" under an agenda list whose titles the bodies never repeat):
 * hits numbered as the run, their titles the run's. A member list ("1.
 * Lars Weiss (A)") is no agenda, and bare numbers followed by their own
 * titles need none. Returns how many entries were found. */
static size_t find_number_hits(const struct mnt_parser *p,
                               const struct mnt_cands *all,
                               const struct mnt_cands *run, size_t from,
                               struct mnt_cands *hits)
{
    size_t found = 0, texts = 0, j = 0;
    hits->n = 0;
    /* a list from 1 of titles on their lines: "1. Godkendelse …" */
    if (run->v[0].num != 1)
        return 0;
    for (size_t k = 0; k < run->n; k++) {
        const char *t;
        size_t tn;
        mnt_agenda_entry_title(p, &run->v[k], &t, &tn);
        if (tn < 2 || (run->v[k].title_end > 0 && !page_cut(p, &run->v[k])) ||
            run->v[k].above ||
            (t[tn - 1] == ')' && tn >= 4 && t[tn - 3] == '('))
            return 0;
    }
    for (size_t k = 0; k < run->n && k < AGENDA_MAX; k++) {
        const struct mnt_cand *e = &run->v[k];
        size_t li = (size_t)-1;
        for (; j < all->n && li == (size_t)-1; j++)
            if (all->v[j].line >= from && all->v[j].num == e->num &&
                all->v[j].letter == e->letter)
                li = bare_line(p, &all->v[j]);
        if (li == (size_t)-1)
            break;
        struct mnt_cand *h = &hits->v[hits->n++];
        *h = *e;
        h->line = li;
        h->title_off = p->doc.lines[li].len;
        h->title_end = 0;
        h->above = 0;
        h->quality = 5;
        h->order = (unsigned)k + 1;
        found++;
        texts += text_follows(p, li);
    }
    return texts * 2 >= found ? found : 0;
}

/* Take the run (entries of `all`, in order) as the agenda if its titles
 * reappear below, or failing that its numbers do, standing alone. */
static int try_run(struct mnt_parser *p, const struct title_index *ix,
                   const struct mnt_cands *all, struct mnt_cands run)
{
    size_t end = entry_title_line(p, &run.v[run.n - 1]) + 1;
    drop_page_numbers(p, &run);
    struct mnt_cands hits = {0};
    hits.v = calloc(run.n, sizeof *hits.v);
    if (hits.v == NULL)
        return ERR_NOMEM;
    size_t found = find_hits(p, ix, &run, end, &hits);
    int by_number = 0;
    if (found < 2 || found * 3 < run.n * 2) {
        found = find_number_hits(p, all, &run, end, &hits);
        by_number = 1;
    }
    if (found < 2 || found * 3 < run.n * 2) {
        free(hits.v);
        return ERR_OK;
    }
    p->agenda_by_number = by_number;
    if (mnt_cands_copy(&run, 0, run.n, &p->agenda) != ERR_OK) {
        free(hits.v);
        return ERR_NOMEM;
    }
    p->hits = hits;
    for (size_t i = run.v[0].line; i < end; i++)
        p->skip[i] = 1;
    return ERR_OK;
}

/* A table of contents flattened into one line is the agenda if its
 * titles start lines below (the split reading cut them there). */
static int try_flat_toc(struct mnt_parser *p, struct title_index *ix)
{
    struct mnt_toc toc;
    if (mnt_flat_toc(&p->doc, &toc) == 0)
        return ERR_OK;
    struct mnt_cands run = {calloc(toc.n, sizeof *run.v), toc.n, 0, 0};
    if (run.v == NULL)
        return ERR_NOMEM;
    for (size_t k = 0; k < toc.n; k++)
        run.v[k] = (struct mnt_cand){.line = toc.e[k].line,
                                     .num = toc.first + (unsigned)k,
                                     .delim = '.',
                                     .title_off = toc.e[k].off,
                                     .title_end = toc.e[k].end};
    int rc = ix->v == NULL ? index_build(p, ix) : ERR_OK;
    p->agenda_inline = toc.agenda;
    if (rc == ERR_OK)
        rc = try_run(p, ix, &run, run);
    if (p->agenda.n == 0)
        p->agenda_inline = 0;
    free(run.v);
    return rc;
}

/* The list's last entry runs on into the first item's heading, printed
 * right after it on the same line ("489. Gensidig orientering - Lukket
 * punkt481. Godkendelse af dagsorden", preparepublic pages as text): the
 * first entry's number and title end the line. The last entry's title
 * is cut there (title_end), so it names its item as the heading below
 * does. */
static void cut_glued_first_heading(const struct mnt_parser *p,
                                    struct mnt_cand *v, size_t n)
{
    if (n < 2 || v[0].line == v[n - 1].line || v[n - 1].title_end > 0 ||
        v[0].title_end > 0)
        return;
    const struct mnt_line *f = &p->doc.lines[v[0].line];
    const struct mnt_line *l = &p->doc.lines[v[n - 1].line];
    if (v[0].title_off >= f->len || v[n - 1].title_off >= l->len)
        return;
    char head[16];
    int hn = snprintf(head, sizeof head, "%u. ", v[0].num);
    size_t tn = f->len - v[0].title_off, need = (size_t)hn + tn;
    if (hn <= 0 || (size_t)hn >= sizeof head || need >= l->len)
        return;
    size_t at = l->len - need; /* the heading ends the line */
    if (at <= v[n - 1].title_off + 3 || memcmp(l->s + at, head, (size_t)hn) ||
        memcmp(l->s + at + hn, f->s + v[0].title_off, tn) != 0)
        return;
    /* glued to a letter or after a space: no digit of a larger number */
    if (mnt_digit(l->s[at - 1]))
        return;
    size_t e = at;
    while (e > v[n - 1].title_off && l->s[e - 1] == ' ')
        e--;
    v[n - 1].title_end = e;
}

/* The format's list ends and its last entries print their numbers
 * ("8.Eventuelt." in a paragraph after the <ol>): up to AGENDA_TAIL such
 * lines right after the run, numbered on, are added to it (v has room
 * for them). Returns the run's new length. */
static size_t printed_tail(const struct mnt_parser *p, struct mnt_cand *v,
                           size_t n)
{
    const struct mnt_doc *d = &p->doc;
    for (size_t t = 0; t < AGENDA_TAIL; t++) {
        size_t k = mnt_next_text(d, entry_title_line(p, &v[n - 1]), d->nlines,
                                 MNT_JOIN_GAP);
        struct mnt_cand c = {0};
        if (k == d->nlines || !mnt_generic_cand(p, k, &c) || c.above ||
            c.letter != 0 || c.num != v[n - 1].num + 1 || k <= v[n - 1].line)
            break;
        c.line = k;
        v[n++] = c;
    }
    return n;
}

/* The first few runs of fn's candidates, numbered in sequence with at
 * most one wrapped line between, tried as the agenda list. */
static int try_runs(struct mnt_parser *p, mnt_cand_fn fn,
                    struct title_index *ix)
{
    struct mnt_cands all;
    int rc = mnt_collect(p, fn, &all);
    size_t *idx =
        rc == ERR_OK && all.n > 0 ? malloc(all.n * sizeof *idx) : NULL;
    struct mnt_cand *v =
        idx != NULL ? malloc((all.n + AGENDA_TAIL) * sizeof *v) : NULL;
    if (rc == ERR_OK && all.n > 0 && v == NULL)
        rc = ERR_NOMEM;
    /* the agenda comes early: the first few runs are tried */
    for (size_t k = 0, tried = 0; rc == ERR_OK && k < all.n &&
                                  p->agenda.n == 0 && tried < AGENDA_RUNS;) {
        size_t next, n = mnt_run_from(p, &all, k, 1, idx, &next);
        int loose = 1;
        for (size_t e = 1; e < n && loose; e++)
            loose = mnt_follows(&all.v[idx[e - 1]], &all.v[idx[e]]) ? loose : 2;
        if (loose == 2 && !mnt_run_complete(&all, idx, n) &&
            !mnt_run_rising(&all, idx, n))
            n = mnt_run_from(p, &all, k, 0, idx, &next);
        if (n > 1 && ix->v == NULL)
            rc = index_build(p, ix);
        /* the agenda stands before the items' sections: a run after the
         * first bare section heading ("SAGSFREMSTILLING:" / "Ad 1)
         * Frikvarterer …" / "Ad 2) …") is a list in an item's text */
        if (n > 1 && rc == ERR_OK && all.v[idx[0]].line > p->first_section)
            n = 0;
        if (n > 1 && rc == ERR_OK) {
            for (size_t e = 0; e < n; e++)
                v[e] = all.v[idx[e]];
            n = printed_tail(p, v, n);
            cut_glued_first_heading(p, v, n);
            rc = try_run(p, ix, &all, (struct mnt_cands){v, n, 0, 0}), tried++;
        }
        k = next;
    }
    free(v);
    free(idx);
    free(all.v);
    return rc;
}

int mnt_agenda_find(struct mnt_parser *p)
{
    p->skip = calloc(p->doc.nlines + 1, 1);
    if (p->skip == NULL)
        return ERR_NOMEM;
    /* a hosting site's head: its title repeats the document's first
     * words, headings among them */
    for (size_t i = 0, e = mnt_transcript_start(&p->doc); i < e; i++)
        p->skip[i] = 1;
    struct title_index ix = {0};
    int rc = try_runs(p, mnt_generic_cand, &ix);
    /* an agenda the format numbered (<ol>, Word numbering) */
    if (rc == ERR_OK && p->agenda.n == 0)
        rc = try_runs(p, mnt_listno_cand, &ix);
    if (rc == ERR_OK && p->agenda.n == 0)
        rc = try_flat_toc(p, &ix);
    if (rc == ERR_OK && p->agenda.n == 0)
        rc = mnt_agenda_bullets(p);
    free(ix.v);
    return rc;
}

int mnt_agenda_cands(const struct mnt_parser *p, struct mnt_cands *out)
{
    return mnt_cands_copy(&p->hits, 0, p->hits.n, out);
}
