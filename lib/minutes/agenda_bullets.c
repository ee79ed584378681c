/* SPDX-License-Identifier: GPL-2.0-or-later */
/* agenda_bullets.c - for agenda.c: an agenda list without numbers (the
 * format's bullets, "• " lines) above paragraphs keyed to it by number
 * ("ad. 1. Formanden bød velkommen …"): its entries title them. For
 * layout.c: a page with no headings announcing a meeting's points as
 * such a list. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/hyphen.h"
#include "minutes/segment_internal.h"

#define BULLETS_MAX 200 /* entries of a list without numbers */
#define WRAP_MIN    50  /* bytes of an entry's line that wraps */

/* Does line l open with "Ad" / "ad." / "Til punkt" before a number: a
 * paragraph keyed to the agenda by its number ("ad. 3. Kirsten gennemgik
 * …")? */
static int ad_line(const struct mnt_line *l)
{
    static const char *const pre[] = {"ad ", "ad.", "til punkt", "til pkt"};
    for (size_t k = 0; k < sizeof pre / sizeof *pre; k++)
        if (fold_prefix(l->s, l->len, pre[k]) > 0)
            return 1;
    return 0;
}

/* Line l "ad. 4. Valget blev udsat …": a paragraph keyed to the agenda
 * whose line is too long for a heading candidate (the minutes' text runs
 * on after the number). Its number in *num, where its text starts in
 * *off. Read only for a list above that names the items: the number
 * alone says which entry it is. */
static int ad_number(const struct mnt_line *l, unsigned *num, size_t *off)
{
    static const char *const pre[] = {"ad.", "ad "};
    if (l->kind != MNT_LINE_TEXT)
        return 0;
    for (size_t k = 0; k < sizeof pre / sizeof *pre; k++) {
        size_t i = fold_prefix(l->s, l->len, pre[k]);
        if (i == 0)
            continue;
        i = mnt_skip_sp(l->s, l->len, i);
        size_t d = mnt_read_num(l->s, l->len, i, 3, num);
        if (d == 0 || *num == 0)
            return 0;
        i += d;
        if (i < l->len && strchr(".:)", l->s[i]) != NULL)
            i++;
        if (i < l->len && l->s[i] != ' ')
            return 0;
        *off = mnt_skip_sp(l->s, l->len, i);
        return 1;
    }
    return 0;
}

/* Is line li an entry of a list without printed numbers (the format's
 * bullet, a "• " line, or an ordered list whose numbers only the format
 * counts: <ol>, checked against the entry's place by the caller): a
 * short title, no member, no number? *off: where its title starts. */
static int bullet_entry(const struct mnt_parser *p, size_t li, size_t *off)
{
    const struct mnt_line *l = &p->doc.lines[li];
    struct mnt_cand c;
    if (l->kind != MNT_LINE_TEXT || (l->list_no != 0 && !l->list) ||
        l->len > 150)
        return 0;
    size_t b = ext_bullet_len(l->s, l->len);
    if ((!l->list && b == 0) || mnt_generic_cand(p, li, &c))
        return 0;
    b = mnt_skip_sp(l->s, l->len, b);
    if (l->len - b < 3 || !mnt_starts_upper(l->s + b, l->len - b) ||
        mnt_is_member(l->s + b, l->len - b))
        return 0;
    *off = b;
    return 1;
}

/* Would the run of an ordered list's entries (<ol>, numbers not
 * printed) take the place of titles the "Ad. 1:Title" lines print
 * themselves? Then those lines head the items with their own titles (a
 * list of the agenda as announced, the items' titles reworded below). */
static int ordered_run_retitles(const struct mnt_parser *p,
                                const struct mnt_cands *run,
                                const struct mnt_cands *hits)
{
    if (run->n == 0 || p->doc.lines[run->v[0].line].list_no == 0)
        return 0;
    for (size_t k = 0; k < hits->n; k++) {
        const struct mnt_line *l = &p->doc.lines[hits->v[k].line];
        if (mnt_skip_sp(l->s, l->len, hits->v[k].title_off) < l->len)
            return 1;
    }
    return 0;
}

/* The line that carries on the title of the agenda entry on line li
 * ("10. Klare regler for …, samt et evt. skift af trykkeri ønskes fra" /
 * "redaktionen af øbladet."): the entry ends in no full stop, question or
 * colon and the next text line, past at most one blank (a transcript
 * that doubles every line break), runs on in lower case and opens no
 * heading; (size_t)-1 if none. */
static size_t wrapped_rest(const struct mnt_parser *p, size_t li)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *t = &d->lines[li];
    /* only a long line wraps ("Eventuelt" over "ad. 1. …" does not) */
    if (t->len < WRAP_MIN || t->s[t->len - 1] == '.' ||
        t->s[t->len - 1] == '?' || t->s[t->len - 1] == ':')
        return (size_t)-1;
    size_t k = li + 1;
    if (k < d->nlines && d->lines[k].kind == MNT_LINE_BLANK)
        k++;
    if (k >= d->nlines || d->lines[k].kind != MNT_LINE_TEXT)
        return (size_t)-1;
    const struct mnt_line *n = &d->lines[k];
    struct mnt_cand c;
    uint32_t cp = mnt_first_cp(n->s, n->len);
    if (!fold_is_letter(cp) || fold_is_upper(cp) || ad_line(n) ||
        mnt_numbered_at(n->s, n->len, 0, &c) || mnt_generic_cand(p, k, &c))
        return (size_t)-1;
    return k;
}

/* The last run of three or more numbered entries ("1. Godkendelse af
 * referat" … "6. Evt.", line after line, numbered from 1) above line
 * `end`, none of them a paragraph keyed to the agenda itself: a
 * numbered agenda list whose titles the "Ad.1. …" paragraphs below never
 * repeat. Its first entry's index in all, its length in *n (0: none). */
static size_t numbered_entries(const struct mnt_parser *p,
                               const struct mnt_cands *all, size_t end,
                               size_t *n)
{
    size_t start = 0, cur = 0, cur_n = 0;
    *n = 0;
    for (size_t j = 0; j < all->n && all->v[j].line < end; j++) {
        const struct mnt_cand *c = &all->v[j];
        const struct mnt_line *l = &p->doc.lines[c->line];
        size_t between = cur_n > 0 ? p->text_before[c->line] -
                                         p->text_before[all->v[j - 1].line + 1]
                                   : 0;
        int on = cur_n > 0 && c->num == cur_n + 1 &&
                 (between == 0 ||
                  (between == 1 &&
                   wrapped_rest(p, all->v[j - 1].line) != (size_t)-1));
        if (!on)
            cur = j, cur_n = 0;
        if (c->letter != 0 || c->above || ad_line(l) || c->num != cur_n + 1 ||
            (c->delim != '.' && c->delim != ')')) {
            cur_n = 0;
            continue;
        }
        if (++cur_n >= 3)
            start = cur, *n = cur_n;
    }
    return start;
}

/* An agenda list without numbers above paragraphs opened "ad. 1." …
 * "ad. n." in its order (a small council's Word minutes): its entries,
 * numbered as they stand, title those paragraphs, which are the items'
 * text. The last run of three or more entries above "ad. 1." is tried;
 * failing that, a list numbered "1." … "n." line after line (an
 * association's minutes: "Dagsorden:" / "1. Godkendelse af referat" …,
 * then "Referat:" / "Ad.1. Ingen bemærkninger.": the numbers key the
 * paragraphs to it as well). */
/* The last run of three or more bullet entries above line end (an
 * ordered list's entries numbered as they stand): its length, its first
 * line into *start; 0 if none. */
static size_t bullet_run(const struct mnt_parser *p, size_t end, size_t *start)
{
    size_t n = 0, cur = 0, cur_n = 0, prev = 0;
    for (size_t i = 0, off; i < end; i++) {
        if (!bullet_entry(p, i, &off))
            continue;
        /* an ordered list's entry numbered other than its place in the
         * run: the run ends; it opens one only as the list's first */
        unsigned ord = p->doc.lines[i].list_no;
        if (cur_n == 0 || p->text_before[i] > p->text_before[prev + 1] ||
            (ord != 0 && ord != cur_n + 1))
            cur = i, cur_n = 0; /* another text line between: a new run */
        prev = i;
        if (ord > 1 && cur_n == 0)
            continue;
        if (++cur_n >= 3)
            *start = cur, n = cur_n;
    }
    return n;
}

/* "ad. 1." … in the list's order below it, from candidate first of
 * all on, into hits (at most n); a paragraph too long for a candidate
 * is read by its "ad. N." alone. */
static void ad_hits(const struct mnt_parser *p, const struct mnt_cands *all,
                    size_t first, size_t n, struct mnt_cands *hits)
{
    size_t j = first;
    for (size_t li = all->v[first].line; li < p->doc.nlines && hits->n < n;
         li++) {
        const struct mnt_line *l = &p->doc.lines[li];
        struct mnt_cand own = {0};
        const struct mnt_cand *c = NULL;
        unsigned num;
        size_t off;
        while (j < all->n && all->v[j].line < li)
            j++;
        if (j < all->n && all->v[j].line == li)
            c = &all->v[j];
        else if (ad_number(l, &num, &off)) {
            own = (struct mnt_cand){
                .line = li, .num = num, .delim = '.', .title_off = off};
            c = &own;
        }
        if (c == NULL || c->num != hits->n + 1 || c->letter != 0 || !ad_line(l))
            continue;
        hits->v[hits->n] = *c;
        hits->v[hits->n].quality = 5;
        hits->v[hits->n].order = (unsigned)hits->n + 1;
        hits->n++;
    }
}

int mnt_agenda_bullets(struct mnt_parser *p)
{
    struct mnt_cands all, run = {0}, hits = {0};
    int rc = mnt_collect(p, mnt_generic_cand, &all);
    size_t first = (size_t)-1, start = 0, n = 0;
    for (size_t j = 0; rc == ERR_OK && j < all.n && first == (size_t)-1; j++)
        if (all.v[j].num == 1 && ad_line(&p->doc.lines[all.v[j].line]))
            first = j;
    if (first == (size_t)-1) {
        free(all.v);
        return rc;
    }
    n = bullet_run(p, all.v[first].line, &start);
    size_t numbered = 0, nstart = 0;
    if (n == 0)
        nstart = numbered_entries(p, &all, all.v[first].line, &numbered);
    /* the agenda stands before the items' sections (as in agenda.c): a
     * numbered run after the first bare section ("Beslutning i … den …",
     * "Sagsfremstilling") is an item's attachment list ("1. Notat …
     * (pdf)", "2. Brev …") running into the next heading ("3. Title"),
     * and "Ad 1:" below answers that item's own points */
    if (numbered > 0 && all.v[nstart].line > p->first_section)
        numbered = 0;
    if (n > BULLETS_MAX || numbered > BULLETS_MAX)
        n = numbered = 0;
    if (numbered > 0)
        n = numbered, start = all.v[nstart].line;
    run.v = n > 0 ? calloc(n, sizeof *run.v) : NULL;
    hits.v = n > 0 ? calloc(n, sizeof *hits.v) : NULL;
    if (n > 0 && (run.v == NULL || hits.v == NULL))
        rc = ERR_NOMEM;
    for (size_t k = 0; rc == ERR_OK && k < numbered; k++) {
        run.v[run.n] = all.v[nstart + k];
        run.v[run.n].quality = 0;
        run.n++;
    }
    for (size_t i = start, off;
         rc == ERR_OK && numbered == 0 && run.n < n && i < p->doc.nlines; i++)
        if (bullet_entry(p, i, &off)) {
            run.v[run.n] = (struct mnt_cand){.line = i,
                                             .num = (unsigned)run.n + 1,
                                             .delim = '.',
                                             .title_off = off};
            run.n++;
        }
    if (rc == ERR_OK && n > 0)
        ad_hits(p, &all, first, n, &hits);
    if (rc == ERR_OK && n > 0 && hits.n >= 2 && hits.n * 3 >= n * 2 &&
        (numbered > 0 || !ordered_run_retitles(p, &run, &hits))) {
        p->agenda_by_number = 1;
        p->agenda = run;
        p->hits = hits;
        for (size_t i = start; i <= run.v[n - 1].line; i++)
            p->skip[i] = 1;
        run.v = hits.v = NULL;
    }
    free(run.v);
    free(hits.v);
    free(all.v);
    return rc;
}

#define ANNOUNCED_MIN 3u /* bullets that make an announced agenda */

/* "På mødet skal Regionsrådet tage stilling til disse punkter:": a line
 * that introduces the meeting's points (a colon at its end after
 * "punkt…" or "dagsorden"); so does the open part's own heading
 * ("Åbent møde:", the points listed under it as under "Lukket møde:"). */
static int announces_points(const struct mnt_line *l)
{
    if (l->kind != MNT_LINE_TEXT || l->list || l->len < 2 ||
        l->s[l->len - 1] != ':')
        return 0;
    if (l->len <= 20 && (fold_prefix(l->s, l->len, "åbent møde") > 0 ||
                         fold_prefix(l->s, l->len, "åben dagsorden") > 0))
        return 1;
    for (size_t i = 0; i < l->len; i++)
        if ((i == 0 || l->s[i - 1] == ' ') &&
            (fold_prefix(l->s + i, l->len - i, "punkt") > 0 ||
             fold_prefix(l->s + i, l->len - i, "dagsorden") > 0))
            return 1;
    return 0;
}

/* Is line k an entry of an announced list: the format's unnumbered
 * list item, or in plain text a bullet's entry ("• Eventuelt": a page's
 * list flattened to text keeps its bullets)? *off: where its text
 * starts. */
static int announced_entry(const struct mnt_parser *p, size_t k, size_t *off)
{
    const struct mnt_line *l = &p->doc.lines[k];
    *off = 0;
    if (l->list)
        return l->list_no == 0;
    return bullet_entry(p, k, off);
}

/* Is line k a plain entry of an announced list: a news page's points as
 * bare lines, one a line right under the last (no blank between), each
 * short, no bullet, no list, opening with a capital or an ordinal ("2.
 * behandling af Budget …": the reading, no item number), no member. */
static int plain_entry(const struct mnt_parser *p, size_t k)
{
    const struct mnt_line *l = &p->doc.lines[k];
    if (l->kind != MNT_LINE_TEXT || l->list || l->len < 3 || l->len > 100 ||
        ext_bullet_len(l->s, l->len) > 0 || mnt_is_member(l->s, l->len) ||
        mnt_is_closed_part(l->s, l->len) || announces_points(l))
        return 0;
    return mnt_starts_upper(l->s, l->len) || mnt_digit(l->s[0]);
}

/* The plain entry right under line j (past a closed part's heading),
 * d->nlines if none or if it reads as prose ("Dagsordenen er fremlagt på
 * Rådhuset …" ends the list); *off 0, its text starts the line. */
static size_t next_plain(const struct mnt_parser *p, size_t j, size_t *off)
{
    const struct mnt_doc *d = &p->doc;
    size_t k = j + 1;
    *off = 0;
    if (k < d->nlines && mnt_is_closed_part(d->lines[k].s, d->lines[k].len))
        k++;
    if (k >= d->nlines || !plain_entry(p, k) || mnt_line_is_prose(&d->lines[k]))
        return d->nlines;
    return k;
}

/* The announced point after line j: the next text line, an entry of an
 * unnumbered list (the format's bullet, or a "• " line: a page's list
 * flattened to text keeps its bullets) short enough for a heading; past
 * a closed part's heading ("Lukket møde:") to the bullets under it.
 * d->nlines if none; *off: where its text starts. */
static size_t next_announced(const struct mnt_parser *p, size_t j, size_t *off)
{
    const struct mnt_doc *d = &p->doc;
    size_t k = mnt_next_text(d, j, d->nlines, MNT_JOIN_GAP);
    if (k < d->nlines && !announced_entry(p, k, off) &&
        mnt_is_closed_part(d->lines[k].s, d->lines[k].len))
        k = mnt_next_text(d, k, d->nlines, MNT_JOIN_GAP);
    if (k >= d->nlines || !announced_entry(p, k, off))
        return d->nlines;
    struct mnt_line t = d->lines[k]; /* the entry past its bullet */
    t.s += *off;
    t.len -= *off;
    return mnt_line_is_prose(&t) ? d->nlines : k;
}

int mnt_announced_list(const struct mnt_parser *p, struct mnt_cands *c)
{
    const struct mnt_doc *d = &p->doc;
    memset(c, 0, sizeof *c);
    /* a page of one case ("Sagen omfatter disse punkter:" over bullets
     * in its Sagsfremstilling) is no announcement; a bullet that opens
     * with a section's word ("Beslutning om nedrivning af …") is one of
     * the announced points, no section */
    size_t off;
    for (size_t i = 0; i < d->nlines; i++)
        if (!announced_entry(p, i, &off) && mnt_is_item_section(&d->lines[i]))
            return ERR_OK;
    for (size_t i = 0; i < d->nlines; i++) {
        if (!announces_points(&d->lines[i]))
            continue;
        /* bullets, or failing them the plain lines right under it */
        size_t (*next)(const struct mnt_parser *, size_t, size_t *) =
            next_announced(p, i, &off) < d->nlines ? next_announced
                                                   : next_plain;
        size_t n = 0;
        for (size_t j = next(p, i, &off); j < d->nlines; j = next(p, j, &off))
            n++;
        if (n < ANNOUNCED_MIN)
            continue;
        if ((c->v = calloc(n, sizeof *c->v)) == NULL)
            return ERR_NOMEM;
        for (size_t k = i; c->n < n;) {
            k = next(p, k, &off);
            c->v[c->n].line = k;
            c->v[c->n].title_off = off; /* past a "• " of plain text */
            c->v[c->n].num = (unsigned)c->n + 1;
            c->v[c->n].delim = '.';
            c->n++;
        }
        return ERR_OK;
    }
    return ERR_OK;
}

int mnt_ad_agenda_title(const struct mnt_parser *p, const struct mnt_cand *c,
                        char **out)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    struct mnt_line t[2];
    *out = NULL;
    if (p->agenda.n == 0 || c->letter != 0 || !ad_line(l) ||
        !mnt_agenda_title_for(p, c, NULL, &t[0]))
        return ERR_OK;
    size_t at = (size_t)-1;
    for (size_t k = 0; k < p->agenda.n && at == (size_t)-1; k++)
        if (p->agenda.v[k].num == c->num && p->agenda.v[k].letter == 0)
            at = p->agenda.v[k].line;
    size_t rest = at != (size_t)-1 ? wrapped_rest(p, at) : (size_t)-1;
    if (rest != (size_t)-1)
        t[1] = p->doc.lines[rest];
    *out = mnt_clean_oneline(t, rest != (size_t)-1 ? 2 : 1, 0);
    return *out != NULL ? ERR_OK : ERR_NOMEM;
}
