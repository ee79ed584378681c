/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_toc.c - for title_fields.c and title_flat.c: a flattened table of
 * contents naming the titles cut out of a transcript's pages (the title
 * after a case file's fields, how much of a heading an entry names, where
 * an entry of contents numbering only their first ends; a title the
 * contents or agenda name running on over the numbers they dropped,
 * mnt_title_runs_on(), also for agenda_titles.c; a title a page line cut
 * in a preposition, named whole by the contents, mnt_toc_cut_titles(),
 * after the items are built). Moved out of title_fields.c when that grew
 * past 600 lines. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Bytes of the words of a[0..an) that b[0..bn) repeats from its start,
 * whole words only (0 if not even the first), at most MATCH_MAX; *work
 * counts the bytes compared. */
#define MATCH_MAX 200u   /* bytes of a title matched */
#define TOC_MAX   2000u  /* bytes of a table of contents searched */
#define WORK_MAX  50000u /* bytes compared for one title */
static size_t same_words(const char *a, size_t an, const char *b, size_t bn,
                         size_t *work)
{
    size_t i = 0, e = 0;
    while (i < an && i < bn && i < MATCH_MAX && a[i] == b[i]) {
        i++;
        /* a contents entry's word may run into its dotted leaders
         * ("… Osted Skole...14"): the leaders end it as a space does */
        if ((i == an || a[i] == ' ') &&
            (i == bn || b[i] == ' ' ||
             (b[i] == '.' && i + 1 < bn && b[i + 1] == '.')))
            e = i;
        /* a heading's closing period the contents do not print ("…
         * Endelig godkendelse. J.nr.: …" listed as "… Endelig
         * godkendelse Salg af …"): the word still matches */
        else if (i < an && a[i] == '.' && (i + 1 == an || a[i + 1] == ' ') &&
                 (i == bn || b[i] == ' '))
            e = i;
    }
    *work += i + 1;
    return e;
}

/* A heading cut out of a flattened page whose text opens with a case
 * file's fields ("Punkt: 61 Acadre sagsnr.: … Sagsbehandler: Eva Holt
 * Meddelelser Beslutning …"): its title is the first run of words, eight
 * bytes or more, that the table of contents names and that ends before a
 * section's or a field's name (or the line). Its start and end in *at,
 * *end; 0 if there is none. The work is bounded (a hostile line of
 * repeated words against a long table). */
int mnt_toc_named_title(const struct mnt_parser *p, const struct mnt_line *l,
                        size_t off, size_t *at, size_t *end)
{
    const char *t = p->toc_text;
    size_t tn = p->toc_len < TOC_MAX ? p->toc_len : TOC_MAX, work = 0;
    struct mnt_line f = {.s = l->s + off, .len = l->len - off};
    int whole;
    if (t == NULL || !mnt_line_is_field(&f))
        return 0;
    /* "Lukket punkt: Køb af ejendom" is a title the contents name whole */
    size_t named = mnt_toc_title_len(p, f.s, f.len, &whole);
    if (named > 0 && whole)
        return 0;
    /* "Gensidig orientering Dok.nr.: 8811": three words and a colon read
     * as a field's label, but the contents name the words up to the
     * field ("… Gensidig orientering Budgetstatus …"): they are the
     * title, at off itself */
    size_t fe = mnt_title_before_field(f.s, f.len);
    if (named > 0 && fe > 0 && named >= fe)
        return 0;
    /* … or the words up to a number the contents lost ("Beslutningssag:
     * Budgetrevision pr. 31. juli" for the page's "… juli 2017
     * Sagsnummer: …"): the colon is the title's, not a field's */
    if (named > 0 && fe > 0 && mnt_title_runs_on(f.s, f.len, named) >= fe)
        return 0;
    size_t lim = off + 400 < l->len ? off + 400 : l->len;
    for (size_t w = off + 1; w < lim && work < WORK_MAX; w++) {
        if (l->s[w - 1] != ' ' || l->s[w] == ' ')
            continue;
        size_t best = 0;
        for (size_t q = 0; q < tn && work < WORK_MAX; q++) {
            if (q > 0 && t[q - 1] != ' ')
                continue;
            size_t m = same_words(l->s + w, l->len - w, t + q, tn - q, &work);
            /* the entry lost a word the page's heading runs on with to
             * its section ("Budgetopfølgning pr. 31. juli" for "… juli
             * 2018 Sagsfremstilling") */
            size_t r = m >= 8 ? mnt_title_runs_on(l->s + w, l->len - w, m) : 0;
            if (r > 0)
                m = r;
            /* back to a word the page ends the title before */
            while (m >= 8) {
                size_t e = mnt_skip_sp(l->s, l->len, w + m);
                if (e == l->len || mnt_section_word_at(l->s + e, l->len - e) ||
                    mnt_field_word_at(l->s + e, l->len - e))
                    break;
                while (m > 0 && l->s[w + m - 1] != ' ')
                    m--;
                while (m > 0 && l->s[w + m - 1] == ' ')
                    m--;
            }
            if (m >= 8 && m > best)
                best = m;
        }
        if (best > 0) {
            *at = w;
            *end = w + best;
            return 1;
        }
    }
    return 0;
}

/* Does a flattened table of contents' entry end at t[e..tn): its page
 * number or the next entry's number ("… Handicaprådet 6 Punkt 5."),
 * dotted leaders, or the contents' end? */
static int toc_entry_ends(const char *t, size_t tn, size_t e)
{
    e = mnt_skip_sp(t, tn, e);
    if (e >= tn || t[e] == '.')
        return 1;
    size_t k = e;
    while (k < tn && mnt_digit(t[k]))
        k++;
    return k > e && (k == tn || t[k] == ' ' || t[k] == '.');
}

/* Does a heading after s[0..n) open with the contents' next words at
 * t[e..tn): their first two words after a number and its stop ("19.
 * Gensidig orientering" on a later page line)? Then they are the next
 * entry's, whatever the words before them: a title of two words ending
 * in a preposition ("Mødeplan for", the year lost on the page and in the
 * contents alike) ends there too. A partial match with another entry
 * ("Orientering om" of "Orientering om Y") goes on with words no
 * heading opens with. */
static int later_heading_opens(const struct mnt_doc *d, const char *s, size_t n,
                               const char *t, size_t tn, size_t e)
{
    const char *end = d->text + d->len, *p = s + n, *hit;
    if (s < d->text || p > end)
        return 0;
    size_t we = e;
    while (we < tn && t[we] != ' ')
        we++;
    if (we + 1 < tn && t[we] == ' ')
        for (we++; we < tn && t[we] != ' ';)
            we++;
    size_t pl = we - e;
    if (pl < 4)
        return 0;
    for (; p + pl <= end &&
           (hit = memchr(p, t[e], (size_t)(end - p - pl + 1))) != NULL;
         p = hit + 1) {
        if (memcmp(hit, t + e, pl) != 0)
            continue;
        if (!(hit + pl == end || hit[pl] == ' ' || hit[pl] == '\n'))
            continue;
        const char *q = hit - 2;
        if (hit - d->text >= 3 && hit[-1] == ' ' && hit[-2] == '.' &&
            mnt_digit(hit[-3])) {
            while (q > d->text && mnt_digit(q[-1]))
                q--;
            if (q == d->text || q[-1] == ' ' || q[-1] == '\n')
                return 1;
        }
        /* the heading's label in another shape: "19 - ", "Pkt. 19 ",
         * "§ 19 ", "Punkt 19: ", "19) " */
        size_t j = (size_t)(hit - d->text) - 1;
        if (j > 0 && hit[-1] == ' ' && mnt_label_before(d->text, j) < j)
            return 1;
    }
    return 0;
}

/* Contents that number only their first entry run their titles
 * together ("1. Godkendelse af dagsorden Valg af næstformand for LBR
 * Beskæftigelsesplan 2011 …"): an entry ends where the contents go on
 * with a capitalised word the page's heading does not ("… for LBR LBR
 * vælger …" against "… for LBR Beskæftigelsesplan"), the next entry's
 * first word. t[e..tn) is the contents after the match, s[m..n) the
 * heading's text after it. */
static int next_entry_opens(const struct mnt_doc *d, const char *t, size_t tn,
                            size_t e, const char *s, size_t n, size_t m)
{
    /* three words or more, not a label ("Beslutningssag: …" opens many
     * entries); two ending in a small word where a later heading opens
     * with the contents' next words (later_heading_opens()) */
    size_t words = 1;
    for (size_t k = 0; k < m; k++)
        words += s[k] == ' ';
    if (s[m - 1] == ':')
        return 0;
    if (words < 3 &&
        !(words == 2 && mnt_after_small_word(s, m) &&
          later_heading_opens(d, s, n, t, tn, mnt_skip_sp(t, tn, e))))
        return 0;
    /* "… Lokalplan nr." names a plan whose code follows: two entries
     * "… nr. SKA Feriehuse …" and "… nr. FRE.1.G - Park …" part at the
     * code, no entry opens with it (mnt_after_object_abbrev()) */
    if (mnt_after_object_abbrev(s, m))
        return 0;
    e = mnt_skip_sp(t, tn, e);
    m = mnt_skip_sp(s, n, m);
    /* a number the heading goes on with is one the contents dropped
     * ("… kulturpuljen 2014" listed as "… kulturpuljen"), no next entry
     * (numberless.c) */
    if (e >= tn || m >= n || !mnt_starts_upper(t + e, tn - e) ||
        mnt_digit(s[m]))
        return 0;
    size_t we = e;
    while (we < tn && t[we] != ' ')
        we++;
    /* the heading's word may carry a stop the contents drop
     * ("Nordstranden." for "Nordstranden") */
    return n - m < we - e || memcmp(t + e, s + m, we - e) != 0;
}

size_t mnt_toc_title_len(const struct mnt_parser *p, const char *s, size_t n,
                         int *whole)
{
    const char *t = p->toc_text;
    size_t tn = p->toc_len < TOC_MAX ? p->toc_len : TOC_MAX, work = 0;
    size_t best = 0;
    uintptr_t at = (uintptr_t)s, from = (uintptr_t)t;
    *whole = 0;
    if (t == NULL || (at >= from && at < from + p->toc_len))
        return 0; /* a heading cut out of the contents themselves */
    for (size_t q = 0; q < tn && work < WORK_MAX; q++) {
        if (q > 0 && t[q - 1] != ' ')
            continue;
        size_t m = same_words(s, n, t + q, tn - q, &work);
        if (m < 8 || m < best)
            continue;
        int w = toc_entry_ends(t, tn, q + m) ||
                next_entry_opens(&p->doc, t, tn, q + m, s, n, m);
        if (m > best || w)
            best = m, *whole = w;
    }
    return best;
}

/* "ØU Boligselskabet Engtoften, …" cut out of a flattened page whose
 * contents list "… Boligselskabet Engtoften, …": a committee's code
 * before the title (Horsens's "Punkt 1: ØK …", "Pkt. 4 - ØU …") that
 * the contents leave out, since it says who sends the case, not what it
 * is. The code's bytes and the space after it when the contents name the
 * words after it but not the code with them; 0 otherwise. */
size_t mnt_toc_code_len(const struct mnt_parser *p, const char *s, size_t n)
{
    size_t k = mnt_committee_code_len(s, n);
    int whole;
    if (k == 0 || mnt_toc_title_len(p, s, n, &whole) > 0)
        return 0;
    return mnt_toc_title_len(p, s + k, n - k, &whole) > 0 ? k : 0;
}

/* Is s[k] the slash of a season's years ("2014/2015", "2014/15"), the
 * word s[0..n)? A title's, which the contents may lose; no case's number. */
static int year_span_slash(const char *s, size_t n, size_t k)
{
    if (k != 4 || (n != 7 && n != 9) || s[0] != '2' || s[1] != '0')
        return 0;
    for (size_t q = 0; q < n; q++)
        if (q != k && !mnt_digit(s[q]))
            return 0;
    return 1;
}

size_t mnt_title_runs_on(const char *s, size_t n, size_t m)
{
    size_t i = m;
    for (int words = 0; words < 3; words++) {
        if (i >= n || s[i] != ' ')
            return 0;
        i = mnt_skip_sp(s, n, i);
        size_t w = i;
        while (i < n && s[i] != ' ')
            i++;
        /* a number the transcript stripped (a year, "nr. 12"), not a
         * case's number ("10/12009") nor a status or a case type's
         * letter ("Åben sag", "B") the contents never print */
        int digit = 0;
        for (size_t k = w; k < i; k++) {
            digit |= mnt_digit(s[k]);
            if (!mnt_digit(s[k]) && s[k] != '-' && s[k] != '.' &&
                !(s[k] == '/' && year_span_slash(s + w, i - w, k - w)))
                return 0;
        }
        if (!digit || s[i - 1] == '.' || mnt_bare_case_at(s + w, n - w) ||
            mnt_case_word_at(s + w, n - w))
            return 0;
        size_t k = mnt_skip_sp(s, n, i);
        /* … or over a case type's letter into its first section ("…
         * Økonomiudvalget 2015 G Sagsfremstilling"): Tønder's pages */
        if (k + 2 < n && k > i && s[k] >= 'A' && s[k] <= 'Z' &&
            s[k + 1] == ' ' && mnt_section_word_at(s + k + 2, n - k - 2))
            return i;
        /* … or into the status cell before them ("… - august 2018 Åben
         * sag Sagsid: …") */
        if (k < n && k > i &&
            (mnt_section_word_at(s + k, n - k) ||
             mnt_field_word_at(s + k, n - k) ||
             mnt_status_cell_at(s + k, n - k) ||
             mnt_case_word_at(s + k, n - k)))
            return i;
    }
    return 0;
}

/* A title never ends with a preposition or "og": one closing it means
 * the transcript's page line cut it ("… bevillinger fra S
 * Sagsfremstilling", the rest lost with a text box). The small word
 * alone is no cut title. */
static int ends_cut(const char *t, size_t n)
{
    size_t w = n;
    while (w > 0 && t[w - 1] != ' ')
        w--;
    return w > 0 && mnt_after_small_word(t, n);
}

/* Where title t's words start in the contents s[0..n) at a word's start
 * from `from` on (case folded), n if nowhere; its end in *end. */
static size_t title_in(const char *s, size_t n, size_t from, const char *t,
                       size_t *end)
{
    for (size_t i = from; i < n; i++) {
        if (i > 0 && s[i - 1] != ' ')
            continue;
        size_t m = fold_prefix(s + i, n - i, t);
        if (m > 0 && (i + m == n || s[i + m] == ' ' || s[i + m] == '.')) {
            *end = i + m;
            return i;
        }
    }
    return n;
}

/* s[b..nb) without the status mark closing it: contents that print
 * each entry's status before its title ("… Det gode liv i (Åben) Høring
 * om …") put the next entry's mark between two titles; it is no word of
 * the title before it. */
static size_t before_status_mark(const char *s, size_t b, size_t nb)
{
    size_t o = nb;
    while (o > b && s[o - 1] != '(')
        o--;
    if (o == b || mnt_status_mark(s, nb, o - 1) != nb - (o - 1))
        return nb;
    for (o--; o > b && s[o - 1] == ' ';)
        o--;
    return o;
}

#define CUT_REST_MAX 80u /* bytes the contents add to a cut title */
int mnt_toc_cut_titles(struct mnt_parser *p)
{
    struct mnt_meeting *m = p->m;
    const char *s = p->toc_text;
    size_t n = p->toc_len < TOC_MAX ? p->toc_len : TOC_MAX;
    for (size_t i = 0; s != NULL && i + 1 < m->nitems; i++) {
        char *t = m->items[i].title;
        const char *next = m->items[i + 1].title;
        size_t tn = t != NULL ? strlen(t) : 0, a, b, e;
        if (tn < 8 || next == NULL || strlen(next) < 8 || !ends_cut(t, tn) ||
            title_in(s, n, 0, t, &a) == n)
            continue;
        /* up to the next item's title there: the contents dropped the
         * numbers between them ("… fra Tønder Kommunes regnskab Ansøgning
         * til …"), a page's number or the next label trimmed */
        size_t nb = title_in(s, n, a, next, &e);
        if (nb == n || nb - a > CUT_REST_MAX)
            continue;
        b = a;
        while (b < nb && s[b] == ' ')
            b++;
        while (nb > b &&
               (s[nb - 1] == ' ' || s[nb - 1] == '.' || mnt_digit(s[nb - 1])))
            nb--;
        nb = before_status_mark(s, b, nb);
        if (nb == b || nb < b + 3)
            continue;
        char *v = malloc(tn + 1 + (nb - b) + 1);
        if (v == NULL)
            return ERR_NOMEM;
        memcpy(v, t, tn);
        v[tn] = ' ';
        memcpy(v + tn + 1, s + b, nb - b);
        v[tn + 1 + nb - b] = '\0';
        free(t);
        m->items[i].title = v;
    }
    return ERR_OK;
}
