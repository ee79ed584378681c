/* SPDX-License-Identifier: GPL-2.0-or-later */
/* item_closed.c - for items.c: which items are closed ("Lukket punkt" in
 * the heading or title, a status line or cell, a closed part's heading
 * above them) and what closing one does: it is indexed by its title
 * only. */
#include <stdlib.h>
#include <string.h>

#include "minutes/page_number.h"
#include "minutes/segment_internal.h"

/* Does s (n bytes) hold word w, case-insensitively? */
static int has_fold(const char *s, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') &&
            fold_prefix(s + i, n - i, w) > 0)
            return 1;
    return 0;
}

/* The offset in s (n bytes) of the next item's title next, or n: on a
 * flattened page the piece of an item ends where the next heading's
 * words stand (its title printed before its number, "… Intet. Lukket
 * punkt: Salg af areal Sag nr. 168 …", or a first copy of its heading),
 * and a status in them is that item's. Short titles ("Eventuelt") say
 * too little to be told apart. */
static size_t next_title_at(const char *s, size_t n, const char *next)
{
    size_t nn = next != NULL ? strlen(next) : 0;
    if (nn < 12 || nn > n)
        return n;
    for (size_t i = 0; i + nn <= n; i++)
        if ((i == 0 || s[i - 1] == ' ') && memcmp(s + i, next, nn) == 0)
            return i;
    return n;
}

/* A status on one of the body's first three text lines, alone or ending
 * a short line: a heading table's cells come as blocks of their own
 * (`Pkt. 10` | title | `Sagsnr. 24-090` | `Lukket`), so the status may
 * follow a case number. */
static int status_line_closed(const char *b, const char *next)
{
    static const char *const marks[] = {"Lukket", "Lukket sag", "Lukket punkt"};
    for (int k = 0; k < 3 && *b != '\0';) {
        const char *e = strchr(b, '\n');
        size_t n = e ? (size_t)(e - b) : strlen(b);
        k += n > 0;
        /* the next item's heading, a flattened page's first copy of it
         * cut off before its second: its status is that item's */
        if (next_title_at(b, n, next) < n)
            return 0;
        /* a table's header naming both statuses as its columns
         * ("Behandling Mødedato Åbent punkt Lukket punkt", Bornholm's
         * eDoc) says neither */
        if (has_fold(b, n < 120 ? n : 120, "åben")) {
            if (e == NULL)
                break;
            b = e + 1;
            continue;
        }
        for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
            size_t mn = strlen(marks[m]);
            if (fold_eq(b, n, marks[m], mn))
                return 1;
            /* set after its row's other cells, which the segmenter's
             * lines join: "Sagsnr. 24-090 Lukket" (as printed: capital) */
            if (n <= 60 && n > mn && b[n - mn - 1] == ' ' &&
                memcmp(b + n - mn, marks[m], mn) == 0)
                return 1;
        }
        if (e == NULL)
            break;
        b = e + 1;
    }
    return 0;
}

/* "Køb af ejendom<TAB>Lukket", "3. Køb af ejendom   Lukket": the status
 * set apart at the heading's end (a status column of a table's row, a
 * right tab stop; the title is cut before it, titles.c's status_tail). */
static int closed_tail(const struct mnt_line *l)
{
    size_t e = l->len;
    if (e < 10 || memcmp(l->s + e - 6, "Lukket", 6) != 0)
        return 0;
    e -= 6;
    return l->s[e - 1] == '\t' || (l->s[e - 1] == ' ' && l->s[e - 2] == ' ');
}

/* "Lukket punkt", "Lukket sag", "(Lukket)" in the heading or the title
 * (or a flipping book export's English "Closed:"), a body that opens
 * "Punktet er lukket", or a status line at its top. */
int mnt_item_is_closed(const struct mnt_item *it, const struct mnt_line *head,
                       const char *next)
{
    static const char *const marks[] = {
        "lukket punkt", "lukket sag", "lukket)",
        "lukket:",      "lukket -",   "closed:"};
    const char *t = it->title ? it->title : "";
    size_t tn = strlen(t);
    /* the heading's own title may be the next one's too */
    size_t own = next_title_at(head->s, head->len, t);
    own = own < head->len ? own + tn : 0;
    size_t hn = own + next_title_at(head->s + own, head->len - own, next);
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (has_fold(t, tn, marks[k]) ||
            has_fold(head->s, hn < 300 ? hn : 300, marks[k]))
            return 1;
    if ((tn > 0 && fold_eq(t, tn, "Lukket", 6)) ||
        fold_eq(head->s, head->len, "Lukket", 6) || closed_tail(head) ||
        fold_eq(head->s, head->len, "Lukket sag", 10))
        return 1;
    const char *b = it->body ? it->body : "";
    size_t bn = strnlen(b, 80);
    return fold_prefix(b, bn, "Lukket punkt") > 0 ||
           fold_prefix(b, bn, "Punktet er lukket") > 0 ||
           fold_prefix(b, bn, "Sagen er lukket") > 0 ||
           fold_prefix(b, bn, "Lukket sag") > 0 || status_line_closed(b, next);
}

/* Is s[0..n) a transcript page's furniture only: its number, "N / M",
 * "Side N af M"? */
static int page_furniture(const char *s, size_t n)
{
    struct mnt_pageno pn;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ')
            continue;
        if (!mnt_page_number(s, n, i, MNT_PAGENO_BARE, &pn) || pn.roman ||
            pn.word == MNT_PAGENO_SIDENR)
            return 0;
        i = pn.end - 1;
    }
    return 1;
}

size_t mnt_closed_mark_end(const char *s, size_t n, size_t off)
{
    static const char *const marks[] = {" Lukket punkt", " Lukket sag"};
    size_t lim = off + 160 < n ? off + 160 : n;
    for (size_t i = off + 3; i < lim; i++) {
        /* a full stop before a capital: the page holds a sentence, and
         * its title ends by the other rules */
        if (s[i] == ' ' && s[i - 1] == '.' && i + 1 < n &&
            mnt_starts_upper(s + i + 1, n - i - 1))
            return 0;
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
            size_t m = strlen(marks[k]);
            if (i + m > n || memcmp(s + i, marks[k], m) != 0)
                continue;
            size_t j = i + m;
            if (j < n && (s[j] == '.' || s[j] == ':'))
                j++;
            /* the first mark only: one before a section ("… i Lund
             * Lukket sag Beslutning Lukket punkt.") is a status cell; a
             * mark joined by a dash is the title's ("Gensidig orientering
             * - Lukket punkt"), a table's header naming both statuses
             * ("… Behandling Mødedato Åbent punkt Lukket punkt") none */
            if (s[i - 1] == '-' || has_fold(s + off, i - off, "åben"))
                return 0;
            return page_furniture(s + j, n - j) ? i : 0;
        }
    }
    return 0;
}

int mnt_closed_cell_at(const char *s, size_t n)
{
    size_t i = mnt_skip_sp(s, n, 0);
    return fold_prefix(s + i, n - i, "Lukket sag") > 0 ||
           fold_prefix(s + i, n - i, "Lukket punkt") > 0;
}

int mnt_close_item(struct mnt_item *it)
{
    for (size_t k = 0; k < it->nsections; k++) {
        free(it->sections[k].name);
        free(it->sections[k].text);
    }
    free(it->sections);
    it->sections = NULL;
    it->nsections = 0;
    free(it->attendees);
    it->attendees = NULL;
    free(it->body);
    it->body = strdup("");
    it->closed = 1;
    return it->body != NULL ? ERR_OK : ERR_NOMEM;
}

/* Is line l the heading of a meeting's part: 1 closed ("Lukkede
 * dagsordenspunkter", "LUKKEDE SAGER", "Lukket møde"), 2 open ("Åbne
 * dagsordenspunkter", "Åben dagsorden"), else 0? It opens with the
 * word, no sentence ("Der var ingen lukkede punkter." is none). */
int mnt_part_heading(const struct mnt_line *l)
{
    if (l->kind != MNT_LINE_TEXT || l->len > 60 || l->s[l->len - 1] == '.')
        return 0;
    if (fold_prefix(l->s, l->len, "lukke") > 0)
        return mnt_is_closed_part(l->s, l->len) ? 1 : 0;
    return fold_prefix(l->s, l->len, "åbne ") > 0 ||
                   fold_prefix(l->s, l->len, "åben dagsorden") > 0 ||
                   fold_prefix(l->s, l->len, "åbent møde") > 0
               ? 2
               : 0;
}

/* Items after a closed part's heading between two headings
 * (Sbsys's "Lukkede dagsordenspunkter" over "7. Køb af ejendom", a
 * title only) are closed, up to an open part's heading. The lines above
 * the first item (its agenda list names both parts) say nothing. */
int mnt_close_parts(struct mnt_parser *p, const struct mnt_cands *c)
{
    int closed = 0;
    for (size_t k = 1; k < c->n && k < p->m->nitems; k++) {
        for (size_t i = c->v[k - 1].line + 1; i < c->v[k].line; i++) {
            int part = mnt_part_heading(&p->doc.lines[i]);
            if (part != 0)
                closed = part == 1;
        }
        if (closed && !p->m->items[k].closed &&
            mnt_close_item(&p->m->items[k]) != ERR_OK)
            return ERR_NOMEM;
    }
    return ERR_OK;
}
