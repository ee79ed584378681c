/* SPDX-License-Identifier: GPL-2.0-or-later */
/* agenda.c - the agenda list at the top of many minutes: a run of short
 * numbered lines whose titles reappear below as the items' headings. Its
 * lines are never items; where its titles reappear (numbered or not) are
 * headings numbered as the agenda numbers them. The runs tried as the
 * list are agenda_runs.c's; where an entry's title stands again below is
 * agenda_hits.c's (round `im`). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define AGENDA_RUNS 8 /* numbered runs tried as the agenda list */
#define AGENDA_TAIL 4 /* entries printing their numbers after a list */

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
    for (size_t k = 0; k < run->n && k < MNT_AGENDA_MAX; k++) {
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
static int try_run(struct mnt_parser *p, const struct mnt_title_index *ix,
                   const struct mnt_cands *all, struct mnt_cands run)
{
    size_t end = entry_title_line(p, &run.v[run.n - 1]) + 1;
    drop_page_numbers(p, &run);
    struct mnt_cands hits = {0};
    hits.v = calloc(run.n, sizeof *hits.v);
    if (hits.v == NULL)
        return ERR_NOMEM;
    size_t found = mnt_agenda_title_hits(p, ix, &run, end, &hits);
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
static int try_flat_toc(struct mnt_parser *p, struct mnt_title_index *ix)
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
    int rc = ix->v == NULL ? mnt_title_index_build(p, ix) : ERR_OK;
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
                    struct mnt_title_index *ix)
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
            rc = mnt_title_index_build(p, ix);
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
    struct mnt_title_index ix = {0};
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
