/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pdf_edges.c - a PDF's running headers and footers: lines repeating at
 * the top or bottom of at least half the pages (digits aside: "Side 3 af
 * 12"), and page numbers, marked to be dropped before pdf_blocks.c joins
 * the rest into paragraphs; what the first page's header said is kept
 * for the metadata. */
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "core/buf.h"
#include "extract/pdf_internal.h"

/* The line with each run of digits as one '#' and no blanks ("Side 3 af
 * 12", "Side 4 af 12" and OCR's "Side 1af 7" agree), at most `cap` - 1
 * bytes. */
static void line_key(const struct pdf_line *l, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < l->len && k + 1 < cap; i++) {
        char ch = l->text[i];
        if (ascii_digit(ch)) {
            if (k == 0 || out[k - 1] != '#')
                out[k++] = '#';
        } else if (ch != ' ') {
            out[k++] = ch;
        }
    }
    out[k] = '\0';
}

/* A page number alone: "3", "Side 3 af 12", "3 af 12", "3/12", "- 3 -",
 * "Page 3 of 12", "Side 3". */
static int is_page_number(const char *k)
{
    static const char *const forms[] = {
        "#",   "Side#", "Side#af#", "side#af#", "#af#",   "#/#",
        "-#-", "Page#", "Page#of#", "Side#/#",  "Side:#", "Side#af#."};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (strcmp(k, forms[i]) == 0)
            return 1;
    return 0;
}

static int overlap_y(const struct pdf_line *a, const struct pdf_line *b)
{
    return a->box.y1 < b->box.y2 && b->box.y1 < a->box.y2;
}

/* Mark in `edge` the lines of the top row (1) and bottom row (2) of each
 * page among the lines not yet dropped. */
static void mark_edges(const struct pdf_lines *ls, const unsigned char *drop,
                       unsigned char *edge)
{
    memset(edge, 0, ls->n);
    for (size_t a = 0; a < ls->n;) {
        size_t b = a;
        while (b < ls->n && ls->v[b].page == ls->v[a].page)
            b++;
        size_t top = SIZE_MAX, bot = SIZE_MAX;
        for (size_t i = a; i < b; i++) {
            if (drop[i])
                continue;
            if (top == SIZE_MAX || ls->v[i].box.y1 < ls->v[top].box.y1)
                top = i;
            if (bot == SIZE_MAX || ls->v[i].box.y2 > ls->v[bot].box.y2)
                bot = i;
        }
        for (size_t i = a; i < b && top != SIZE_MAX; i++) {
            if (drop[i])
                continue;
            if (overlap_y(&ls->v[i], &ls->v[top]))
                edge[i] |= 1;
            if (overlap_y(&ls->v[i], &ls->v[bot]))
                edge[i] |= 2;
        }
        a = b;
    }
}

/* An edge line by its key's hash: a document may have many. */
struct edge_line {
    uint64_t key;
    unsigned char edge;    /* 1 top, 2 bottom */
    unsigned char page_no; /* the key is a page number alone */
    uint32_t page;
    size_t i;
};

static uint64_t hash_key(const char *k)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 1099511628211u;
    return h;
}

static int edge_cmp(const void *pa, const void *pb)
{
    const struct edge_line *a = pa, *b = pb;
    if (a->edge != b->edge)
        return a->edge < b->edge ? -1 : 1;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return a->page < b->page ? -1 : a->page > b->page;
}

/* The gap from line i to the nearest kept line on the page below it
 * (down) or above it, FLT_MAX if none; lines on its own row left out. */
static float gap_to_kept(const struct pdf_lines *ls, size_t i,
                         const unsigned char *drop, int down)
{
    const struct pdf_line *l = &ls->v[i];
    float best = FLT_MAX;
    size_t stop = i > 32 ? i - 32 : 0;
    for (size_t k = stop; k < ls->n && k <= i + 32; k++) {
        const struct pdf_line *o = &ls->v[k];
        if (k == i || drop[k] || o->page != l->page)
            continue;
        float g = down ? o->box.y1 - l->box.y2 : l->box.y1 - o->box.y2;
        if (g >= -1.0f && g < best)
            best = g < 0 ? 0 : g;
    }
    return best;
}

/* Is line i right above or below a line dropped in round `round`, and
 * nearer to it than to the page's text on its other side? A header's
 * second line sits close under its first; the body's first line
 * (`Beslutning i … den 11. november 2019:` opening two pages of three)
 * sits close over the body, a margin away from the header. */
static int next_to_dropped(const struct pdf_lines *ls, size_t i,
                           const unsigned char *drop, unsigned char round)
{
    const struct pdf_line *l = &ls->v[i];
    float h = l->box.y2 - l->box.y1;
    /* neighbours in reading order only: bounded on a page of many lines */
    size_t stop = i > 32 ? i - 32 : 0;
    for (size_t j = stop; j < ls->n && j <= i + 32; j++) {
        const struct pdf_line *o = &ls->v[j];
        if (j == i || o->page != l->page || drop[j] != round)
            continue;
        float above = l->box.y1 - o->box.y2, below = o->box.y1 - l->box.y2;
        if (above >= 1.5f * h || below >= 1.5f * h)
            continue;
        /* o above l: compare with the gap to the text below l */
        int down = o->box.y1 < l->box.y1;
        float g = down ? above : below;
        if (g <= gap_to_kept(ls, i, drop, down))
            return 1;
    }
    return 0;
}

static uint64_t hash_more(uint64_t h, const char *k)
{
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 1099511628211u;
    return h;
}

static const struct pdf_lines *sort_ls; /* qsort has no context argument */

static int x_cmp(const void *pa, const void *pb)
{
    float a = sort_ls->v[*(const size_t *)pa].box.x1,
          b = sort_ls->v[*(const size_t *)pb].box.x1;
    return a < b ? -1 : a > b;
}

/* Entries for the whole top and bottom row of the page of lines [a, b):
 * their keys joined left to right, so that a header poppler gives as two
 * lines ("Udvalget", "1. marts 2024") matches the one line OCR makes of
 * it. edge 3 is the top row, 4 the bottom; i is the page's first line. */
static size_t row_entries(const struct pdf_lines *ls, size_t a, size_t b,
                          const unsigned char *edge, size_t *idx,
                          struct edge_line *v)
{
    size_t k = 0;
    for (unsigned char side = 1; side <= 2; side++) {
        size_t m = 0;
        for (size_t i = a; i < b; i++)
            if (edge[i] & side)
                idx[m++] = i;
        if (m == 0)
            continue;
        sort_ls = ls;
        qsort(idx, m, sizeof *idx, x_cmp);
        uint64_t h = 1469598103934665603u;
        for (size_t j = 0; j < m; j++) {
            char key[160];
            line_key(&ls->v[idx[j]], key, sizeof key);
            h = hash_more(h, key);
        }
        v[k++] = (struct edge_line){h, (unsigned char)(side + 2), 0,
                                    ls->v[a].page, a};
    }
    return k;
}

/* One round: drop edge lines whose key (or whose row's key) is on that
 * edge of at least half the pages (two at least), and page numbers.
 * Returns how many were dropped, or SIZE_MAX out of memory.
 * Round 0 looks at the top and bottom rows of each page; later rounds at
 * the rows that became the edge, if right next to what the round before
 * dropped (a header of two lines), so that body text repeated at the top
 * of pages ("Beslutning") stays. drop[i] is the round + 1 that dropped
 * line i. */
static size_t drop_round(const struct pdf_lines *ls, uint32_t npages,
                         unsigned char *drop, unsigned char *edge,
                         unsigned char round)
{
    mark_edges(ls, drop, edge);
    if (round > 0)
        for (size_t i = 0; i < ls->n; i++)
            if (edge[i] && !next_to_dropped(ls, i, drop, round))
                edge[i] = 0;
    size_t n = 0;
    for (size_t i = 0; i < ls->n; i++)
        n += (edge[i] & 1) + (edge[i] >> 1) +
             2 * (i == 0 || ls->v[i].page != ls->v[i - 1].page);
    struct edge_line *v = malloc((n ? n : 1) * sizeof *v);
    size_t *idx = malloc((ls->n ? ls->n : 1) * sizeof *idx);
    if (v == NULL || idx == NULL) {
        free(v);
        free(idx);
        return SIZE_MAX;
    }
    size_t k = 0;
    for (size_t a = 0; a < ls->n;) {
        size_t b = a;
        while (b < ls->n && ls->v[b].page == ls->v[a].page)
            b++;
        for (size_t i = a; i < b; i++)
            for (unsigned char side = 1; side <= 2; side++)
                if (edge[i] & side) {
                    char key[160];
                    line_key(&ls->v[i], key, sizeof key);
                    v[k++] = (struct edge_line){
                        hash_key(key), side, (unsigned char)is_page_number(key),
                        ls->v[i].page, i};
                }
        k += row_entries(ls, a, b, edge, idx, v + k);
        a = b;
    }
    qsort(v, k, sizeof *v, edge_cmp);
    size_t dropped = 0;
    for (size_t a = 0; a < k;) {
        size_t b = a, pages = 0;
        for (; b < k && v[b].edge == v[a].edge && v[b].key == v[a].key; b++)
            pages += b == a || v[b].page != v[b - 1].page;
        if (v[a].page_no || (npages >= 2 && pages >= 2 && pages * 2 >= npages))
            for (size_t j = a; j < b; j++) {
                unsigned char side = v[j].edge > 2 ? v[j].edge - 2 : v[j].edge;
                size_t from = v[j].i, to = v[j].i + 1;
                if (v[j].edge > 2) /* the whole row of that page */
                    while (to < ls->n && ls->v[to].page == v[j].page)
                        to++;
                for (size_t i = from; i < to; i++)
                    if ((edge[i] & side) && !drop[i])
                        drop[i] = (unsigned char)(round + 1), dropped++;
            }
        a = b;
    }
    free(v);
    free(idx);
    return dropped;
}

/* The text of the first page's lines dropped above its first kept line,
 * page numbers left out: the running header as the first page prints it
 * (`Thisted Kommune`, `Social- og Sundhedsudvalget`), in reading order,
 * joined by " | ". NULL if none; ERR_NOMEM as -1. */
int pdf_first_head(const struct pdf_lines *ls, const unsigned char *drop,
                   char **out)
{
    *out = NULL;
    size_t b = 0, kept = SIZE_MAX;
    while (b < ls->n && ls->v[b].page == ls->v[0].page)
        b++;
    for (size_t i = 0; i < b; i++)
        if (!drop[i] &&
            (kept == SIZE_MAX || ls->v[i].box.y1 < ls->v[kept].box.y1))
            kept = i;
    if (kept == SIZE_MAX)
        return 0;
    struct buf t = {0};
    int rc = ERR_OK;
    for (size_t i = 0; i < b && rc == ERR_OK; i++) {
        char key[160];
        line_key(&ls->v[i], key, sizeof key);
        if (!drop[i] || ls->v[i].box.y2 > ls->v[kept].box.y1 ||
            is_page_number(key) || ls->v[i].len == 0)
            continue;
        if (t.len > 0)
            rc = buf_puts(&t, " | ");
        if (rc == ERR_OK)
            rc = buf_append(&t, ls->v[i].text, ls->v[i].len);
    }
    if (rc != ERR_OK) {
        buf_fini(&t);
        return -1;
    }
    *out = t.len > 0 ? t.data : NULL;
    if (*out == NULL)
        buf_fini(&t);
    return 0;
}

int pdf_drop_edges(const struct pdf_lines *ls, uint32_t npages,
                   unsigned char *drop)
{
    unsigned char *edge = malloc(ls->n ? ls->n : 1);
    if (edge == NULL)
        return -1;
    /* a second round finds a two-line header (name, then date) */
    for (unsigned char round = 0; round < 3; round++) {
        size_t k = drop_round(ls, npages, drop, edge, round);
        if (k == SIZE_MAX) {
            free(edge);
            return -1;
        }
        if (k == 0)
            break;
    }
    free(edge);
    return 0;
}
