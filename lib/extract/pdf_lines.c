/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pdf_lines.c - a page's characters (poppler's order and boxes) become
 * lines in reading order. Poppler breaks lines well within a column but
 * runs the lines of two columns side by side ("…med enHøjre spalte…") and
 * interleaves their paragraphs, so a page whose text has a vertical
 * gutter is read left column, then right, between lines spanning both. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "extract/pdf_internal.h"

#define BINS_MAX         4096 /* x resolution of the gutter search */
#define GUTTER_LINES_MAX 2000 /* poppler lines of a page searched */

void pdf_lines_fini(struct pdf_lines *ls)
{
    for (size_t i = 0; i < ls->n; i++)
        free(ls->v[i].text);
    free(ls->v);
    memset(ls, 0, sizeof *ls);
}

int pdf_lines_add(struct pdf_lines *ls, const struct pdf_line *l)
{
    if (ls->n >= PDF_LINES_MAX)
        return ERR_LIMIT;
    if (ls->n == ls->cap) {
        size_t cap = ls->cap ? ls->cap * 2 : 64;
        struct pdf_line *v = realloc(ls->v, cap * sizeof *v);
        if (v == NULL)
            return ERR_NOMEM;
        ls->v = v;
        ls->cap = cap;
    }
    char *t = malloc(l->len + 1);
    if (t == NULL)
        return ERR_NOMEM;
    memcpy(t, l->text, l->len);
    t[l->len] = '\0';
    ls->v[ls->n] = *l;
    ls->v[ls->n++].text = t;
    return ERR_OK;
}

int pdf_font_is_bold(const char *name)
{
    static const char *const marks[] = {
        "Bold",     "bold", "BOLD",  "Black",     "Semibold",
        "SemiBold", "Demi", "Heavy", "Extrabold", "ExtraBold"};
    if (name == NULL)
        return 0;
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (strstr(name, marks[i]) != NULL)
            return 1;
    return 0;
}

static int is_blank(uint32_t cp)
{
    return cp <= 0x20 || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x3000 || cp == 0xFEFF;
}

/* A gutter: x range [lo, hi) free of characters in most poppler lines,
 * with text on both sides in many. lo == hi when there is none. */
struct gutter {
    float lo, hi;
};

/* Mark the bins a poppler line covers, word gaps filled so that a line of
 * one column is one stretch. */
static void cover(const struct pdf_char *c, size_t a, size_t b, float x0,
                  float scale, size_t nbins, unsigned char *mark)
{
    float prev = -1;
    for (size_t i = a; i < b; i++) {
        if (is_blank(c[i].cp))
            continue;
        float from = c[i].box.x1;
        if (prev >= 0 && from > prev && from - prev < 0.6f * c[i].size)
            from = prev; /* a word space */
        float to = c[i].box.x2;
        if (to < from)
            continue;
        size_t lo = (size_t)((from - x0) * scale),
               hi = (size_t)((to - x0) * scale);
        for (size_t k = lo; k <= hi && k < nbins; k++)
            mark[k] = 1;
        prev = to;
    }
}

/* The end of the poppler line that starts at c[a]. */
static size_t line_end(const struct pdf_char *c, size_t n, size_t a)
{
    size_t b = a + 1;
    while (b < n && !c[b].brk)
        b++;
    return b;
}

/* The page's x range in bins (at most BINS_MAX), one mark per bin. */
struct bins {
    float x0, scale;
    size_t n;
    unsigned char *mark;
};

/* How many lines cover each bin (occ[0..bn->n)); returns the lines. */
static size_t occupancy(const struct pdf_char *c, size_t n, struct bins *bn,
                        unsigned *occ)
{
    size_t lines = 0;
    for (size_t a = 0, b; a < n; a = b) {
        b = line_end(c, n, a);
        memset(bn->mark, 0, bn->n);
        cover(c, a, b, bn->x0, bn->scale, bn->n, bn->mark);
        for (size_t k = 0; k < bn->n; k++)
            occ[k] += bn->mark[k];
        lines++;
    }
    return lines;
}

/* The widest run of bins covered by at most `quiet` lines in the middle
 * half: [*lo, *lo + *len); *len 0 if none. */
static void widest_quiet(const unsigned *occ, size_t nbins, size_t quiet,
                         size_t *lo, size_t *len)
{
    *lo = *len = 0;
    for (size_t k = nbins / 4; k < nbins * 3 / 4;) {
        if (occ[k] > quiet) {
            k++;
            continue;
        }
        size_t j = k;
        while (j < nbins * 3 / 4 && occ[j] <= quiet)
            j++;
        if (j - k > *len)
            *lo = k, *len = j - k;
        k = j;
    }
}

/* Lines with text left of bins [zlo, zhi) and none across them (*left),
 * and right of them (*right). */
static void count_sides(const struct pdf_char *c, size_t n, struct bins *bn,
                        size_t zlo, size_t zhi, size_t *left, size_t *right)
{
    *left = *right = 0;
    for (size_t a = 0, b; a < n; a = b) {
        b = line_end(c, n, a);
        memset(bn->mark, 0, bn->n);
        cover(c, a, b, bn->x0, bn->scale, bn->n, bn->mark);
        int across = 0, l = 0, r = 0;
        for (size_t k = 0; k < bn->n; k++)
            if (bn->mark[k]) {
                across |= k >= zlo && k < zhi;
                l |= k < zlo;
                r |= k >= zhi;
            }
        *left += l && !across;
        *right += r && !across;
    }
}

static struct gutter find_gutter(const struct pdf_char *c, size_t n)
{
    struct gutter g = {0, 0};
    float x0 = 1e30f, x1 = -1e30f;
    for (size_t i = 0; i < n; i++) {
        if (is_blank(c[i].cp) || !(c[i].box.x2 >= c[i].box.x1))
            continue;
        if (c[i].box.x1 < x0)
            x0 = c[i].box.x1;
        if (c[i].box.x2 > x1)
            x1 = c[i].box.x2;
    }
    size_t breaks = 0;
    for (size_t i = 0; i < n; i++)
        breaks += c[i].brk;
    /* a page of thousands of lines is no two-column text: bounded work */
    if (!(x1 - x0 >= 100) || x1 - x0 > 1e6f || breaks > GUTTER_LINES_MAX)
        return g;
    struct bins bn = {x0, 0, (size_t)(x1 - x0) + 1, NULL};
    if (bn.n > BINS_MAX)
        bn.n = BINS_MAX;
    bn.scale = (float)(bn.n - 1) / (x1 - x0);
    unsigned *occ = calloc(bn.n, sizeof *occ);
    bn.mark = malloc(bn.n);
    if (occ == NULL || bn.mark == NULL)
        goto out;
    size_t lines = occupancy(c, n, &bn, occ);
    /* the widest run of (nearly) empty bins in the middle half */
    size_t best_lo, best_len;
    widest_quiet(occ, bn.n, lines / 4, &best_lo, &best_len);
    if (best_len == 0 || (float)best_len / bn.scale < 6)
        goto out;
    /* text on either side of it, not across it, in many lines */
    size_t left, right;
    count_sides(c, n, &bn, best_lo, best_lo + best_len, &left, &right);
    if (left * 10 >= lines * 3 && right * 10 >= lines * 3) {
        g.lo = x0 + (float)best_lo / bn.scale;
        g.hi = x0 + (float)(best_lo + best_len) / bn.scale;
    }
out:
    free(occ);
    free(bn.mark);
    return g;
}

/* Build one line of chars [a, b) (trimmed of blanks at both ends). */
static int make_line(const struct pdf_char *c, size_t a, size_t b,
                     uint32_t page, const struct gutter *g,
                     struct pdf_lines *out, struct buf *t)
{
    while (a < b && is_blank(c[a].cp))
        a++;
    while (b > a && is_blank(c[b - 1].cp))
        b--;
    if (a == b)
        return ERR_OK;
    struct pdf_line l;
    memset(&l, 0, sizeof l);
    l.box = c[a].box;
    l.bold = 1;
    l.conf = -1;
    l.page = page;
    buf_reset(t);
    float sizes[8] = {0};
    size_t counts[8] = {0};
    int in_first = 1;
    for (size_t i = a; i < b; i++) {
        uint32_t cp = c[i].cp;
        char u[4];
        size_t k = utf8_put(cp, u);
        if (buf_append(t, u, k) != ERR_OK)
            return ERR_NOMEM;
        if (is_blank(cp)) {
            in_first = 0;
            continue;
        }
        const struct pdf_box *x = &c[i].box;
        if (x->x1 < l.box.x1)
            l.box.x1 = x->x1;
        if (x->y1 < l.box.y1)
            l.box.y1 = x->y1;
        if (x->x2 > l.box.x2)
            l.box.x2 = x->x2;
        if (x->y2 > l.box.y2)
            l.box.y2 = x->y2;
        if (in_first)
            l.first_w = x->x2 - c[a].box.x1;
        l.bold &= c[i].bold != 0;
        for (size_t s = 0; s < 8; s++) /* the most common size */
            if (counts[s] == 0 || sizes[s] == c[i].size) {
                sizes[s] = c[i].size;
                counts[s]++;
                break;
            }
    }
    size_t best = 0;
    for (size_t s = 1; s < 8; s++)
        if (counts[s] > counts[best])
            best = s;
    l.size = sizes[best];
    l.text = t->data;
    l.len = (uint32_t)t->len;
    if (g->hi > g->lo)
        l.col = l.box.x2 <= (g->lo + g->hi) / 2   ? 0
                : l.box.x1 >= (g->lo + g->hi) / 2 ? 1
                                                  : 2;
    return pdf_lines_add(out, &l);
}

/* Reading order on a two-column page: band (spanning lines above), then
 * column, then y. Spanning line k opens band k + 1. */
struct order {
    size_t band;
    int col;
    float y, x;
    size_t i;
};

static int order_cmp(const void *pa, const void *pb)
{
    const struct order *a = pa, *b = pb;
    if (a->band != b->band)
        return a->band < b->band ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    if (a->y != b->y)
        return a->y < b->y ? -1 : 1;
    if (a->x != b->x)
        return a->x < b->x ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

/* A heading set in one column, with nothing beside it in the other, ends
 * the columns above it as a line across both would ("2. Eventuelt" over
 * the rest of both columns). Body lines never do: the other column's
 * paragraph gaps would cut the columns into pieces. */
static void mark_column_headings(struct pdf_line *v, size_t n)
{
    float sizes[8] = {0};
    size_t weight[8] = {0}, best = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < 8; k++)
            if (weight[k] == 0 || sizes[k] == v[i].size) {
                sizes[k] = v[i].size, weight[k] += v[i].len;
                break;
            }
    for (size_t k = 1; k < 8; k++)
        if (weight[k] > weight[best])
            best = k;
    for (size_t i = 0; i < n; i++) {
        if (v[i].col == 2 || (!v[i].bold && v[i].size <= sizes[best] + 0.5f))
            continue;
        int beside = 0;
        for (size_t j = 0; j < n && !beside; j++)
            beside = v[j].col == 1 - v[i].col && v[j].box.y1 < v[i].box.y2 &&
                     v[i].box.y1 < v[j].box.y2;
        if (!beside)
            v[i].col = 2;
    }
}

static int reorder(struct pdf_lines *out, size_t first)
{
    size_t n = out->n - first;
    struct pdf_line *v = out->v + first;
    mark_column_headings(v, n);
    struct order *o = malloc((n ? n : 1) * sizeof *o);
    struct pdf_line *tmp = malloc((n ? n : 1) * sizeof *tmp);
    if (o == NULL || tmp == NULL) {
        free(o);
        free(tmp);
        return ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        size_t band = 0;
        for (size_t j = 0; j < n; j++)
            if (v[j].col == 2 && (v[j].box.y1 < v[i].box.y1 ||
                                  (v[j].box.y1 == v[i].box.y1 && j <= i)))
                band++;
        o[i] = (struct order){band, v[i].col == 2 ? -1 : v[i].col, v[i].box.y1,
                              v[i].box.x1, i};
    }
    qsort(o, n, sizeof *o, order_cmp);
    for (size_t i = 0; i < n; i++)
        tmp[i] = v[o[i].i];
    memcpy(v, tmp, n * sizeof *v);
    free(o);
    free(tmp);
    return ERR_OK;
}

int pdf_page_lines(const struct pdf_char *c, size_t n, uint32_t page,
                   struct pdf_lines *out, struct err *e)
{
    struct gutter g = find_gutter(c, n);
    int two = g.hi > g.lo;
    size_t first = out->n;
    struct buf t = {0};
    int rc = ERR_OK;
    size_t a = 0;
    float prev_x2 = 0, prev_y = 0;
    int spaced = 0; /* a blank since the last character */
    for (size_t i = 0;
         i <= n && rc == ERR_OK && out->n - first < PDF_PAGE_LINES_MAX; i++) {
        int split = i == n || c[i].brk;
        if (!split && i > a && !is_blank(c[i].cp)) {
            float mid = (c[i].box.y1 + c[i].box.y2) / 2;
            float h = c[i].box.y2 - c[i].box.y1;
            float em = c[i].size > 0 ? c[i].size : h;
            /* a jump across the gutter, or to another line, or across a
             * wide gap with no blank in it: poppler ran two table cells
             * ("Sagsnr. 24-031" | "Åben") or section columns into one
             * word ("24-031Åben") */
            split = (two && prev_x2 <= g.lo + 1 && c[i].box.x1 >= g.hi - 1) ||
                    mid - prev_y > h || prev_y - mid > h ||
                    (!spaced && c[i].box.x1 - prev_x2 > em);
        }
        if (split) {
            rc = make_line(c, a, i, page, &g, out, &t);
            a = i;
        }
        if (i < n && !is_blank(c[i].cp)) {
            prev_x2 = c[i].box.x2;
            prev_y = (c[i].box.y1 + c[i].box.y2) / 2;
            spaced = 0;
        } else if (i < n) {
            spaced = 1;
        }
    }
    if (rc == ERR_OK)
        rc = pdf_rows_join(out, first, &t);
    buf_fini(&t);
    if (rc == ERR_OK)
        rc = pdf_rows_place(out, first);
    if (rc == ERR_OK && two)
        rc = reorder(out, first);
    /* right edge of each column's text, for "is this line full?" */
    float right[3] = {0, 0, 0};
    for (size_t i = first; i < out->n; i++) {
        const struct pdf_line *l = &out->v[i];
        if (l->box.x2 > right[l->col])
            right[l->col] = l->box.x2;
        if (l->box.x2 > right[2])
            right[2] = l->box.x2;
    }
    for (size_t i = first; i < out->n; i++)
        out->v[i].right = right[out->v[i].col];
    if (rc != ERR_OK)
        return rc == ERR_LIMIT
                   ? err_set(e, rc, "more than <%u> lines", PDF_LINES_MAX)
                   : err_set(e, rc, "out of memory");
    return ERR_OK;
}

/* Is the line below `a` on its page, its column, in body text of size
 * `body` (text layer only: OCR boxes are too rough to measure)? */
static int wrap_pair(const struct pdf_line *a, const struct pdf_line *b,
                     float body)
{
    return a->page == b->page && a->col == b->col && a->conf < 0 &&
           b->conf < 0 && !a->bold && !b->bold &&
           fabsf(a->size - body) < 0.5f && fabsf(b->size - body) < 0.5f &&
           a->box.x2 + 0.3f * a->size + b->first_w >= a->right - 0.5f;
}

float pdf_wrap_gap(const struct pdf_lines *ls, const unsigned char *drop,
                   float body)
{
    /* gaps -16 .. 15.5 pt by half points: line boxes overlap a little
     * in a single-spaced paragraph (box height over the leading) */
    unsigned count[64] = {0};
    size_t prev = SIZE_MAX;
    for (size_t i = 0; i < ls->n; i++) {
        if (drop[i])
            continue;
        if (prev != SIZE_MAX && wrap_pair(&ls->v[prev], &ls->v[i], body)) {
            float g = ls->v[i].box.y1 - ls->v[prev].box.y2;
            long k = lroundf(g * 2) + 32;
            if (k >= 0 && k < 64)
                count[k]++;
        }
        prev = i;
    }
    size_t best = 0;
    for (size_t k = 1; k < 64; k++)
        if (count[k] > count[best])
            best = k;
    return count[best] >= PDF_WRAP_SEEN ? (float)best / 2 - 16 : NAN;
}
