/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pdf_rows.c - the pieces of a printed row that poppler gives as separate
 * lines, or out of place: a tab stop's or a table's cells. A row's lead
 * (a number, a field's label) is joined with the piece after it; other
 * pieces (a status, a case number) are put back after the pieces left of
 * them on their row. Within one column: pdf_lines.c orders the columns
 * afterwards. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "extract/hyphen.h"
#include "extract/pdf_internal.h"

/* Does a piece of a row name what follows it on the row: a field's label
 * ("Journalnr.:"), or a number or bullet that Word's numbering sets
 * before a tab ("1.", "12", "(3)", "a)", "•")? */
static int is_row_lead(const char *s, size_t n)
{
    if (n > 0 && s[n - 1] == ':')
        return 1;
    size_t i = 0, d = 0;
    if (i < n && s[i] == '(')
        i++;
    while (i < n && ascii_digit(s[i]) && d < 4)
        i++, d++;
    if (d == 0 && i < n && ascii_letter(s[i]) && i + 1 < n &&
        (s[i + 1] == '.' || s[i + 1] == ')'))
        return i + 2 == n;
    if (d > 0) {
        if (i < n && (s[i] == '.' || s[i] == ')'))
            i++;
        return i == n;
    }
    char tmp[16]; /* a lone bullet mark: a mark with text after it */
    if (n == 0 || n + 2 > sizeof tmp)
        return 0;
    memcpy(tmp, s, n);
    tmp[n] = ' ', tmp[n + 1] = 'x';
    return ext_bullet_len(tmp, n + 2) == n;
}

/* A row's lead and what follows it, which poppler gave as separate lines
 * (a tab stop between them; on a field table's or a numbered list's first
 * rows every lead comes before every text), become one line, as on the
 * printed page. Only after a lead: other pieces of a row keep their own
 * lines ("1 Åbent" beside a wrapped title), and only within a column: a
 * gutter's two sides are two texts. The search looks ROW_AHEAD lines on:
 * bounded work. */
#define ROW_AHEAD 64

/* The nearest piece right of line i on its row, within ROW_AHEAD lines;
 * n when there is none. */
static size_t row_next(const struct pdf_line *v, size_t n, size_t i)
{
    float mid = (v[i].box.y1 + v[i].box.y2) / 2, h = v[i].box.y2 - v[i].box.y1;
    size_t best = n;
    for (size_t j = i + 1; j < n && j <= i + ROW_AHEAD; j++) {
        const struct pdf_line *w = &v[j];
        float wm = (w->box.y1 + w->box.y2) / 2;
        if (w->text == NULL || w->col != v[i].col || w->box.x1 < v[i].box.x2 ||
            fabsf(wm - mid) > h / 3)
            continue;
        if (best == n || w->box.x1 < v[best].box.x1)
            best = j;
    }
    return best;
}

/* Line w's text after line l's; w is emptied (text NULL). */
static int join_line(struct pdf_line *l, struct pdf_line *w, struct buf *t)
{
    buf_reset(t);
    if (buf_append(t, l->text, l->len) != ERR_OK ||
        buf_putc(t, ' ') != ERR_OK || buf_append(t, w->text, w->len) != ERR_OK)
        return ERR_NOMEM;
    char *joined = malloc(t->len + 1);
    if (joined == NULL)
        return ERR_NOMEM;
    memcpy(joined, t->data, t->len);
    joined[t->len] = '\0';
    free(l->text);
    l->text = joined;
    l->len = (uint32_t)t->len;
    l->bold &= w->bold;
    l->box.x2 = w->box.x2;
    if (w->box.y1 < l->box.y1)
        l->box.y1 = w->box.y1;
    if (w->box.y2 > l->box.y2)
        l->box.y2 = w->box.y2;
    free(w->text);
    w->text = NULL;
    return ERR_OK;
}

int pdf_rows_join(struct pdf_lines *out, size_t first, struct buf *t)
{
    struct pdf_line *v = out->v;
    size_t n = out->n, k = first;
    int rc = ERR_OK;
    for (size_t i = first; i < n && rc == ERR_OK; i++) {
        if (v[i].text == NULL || !is_row_lead(v[i].text, v[i].len))
            continue;
        size_t j = row_next(v, n, i);
        if (j < n)
            rc = join_line(&v[i], &v[j], t);
    }
    for (size_t i = first; i < n; i++) /* NULL texts: joined, or dropped */
        if (v[i].text != NULL)
            v[k++] = v[i];
    out->n = k;
    return rc;
}

/* Pieces of a table's rows that poppler gives out of place. Word's and
 * LibreOffice's heading tables (`5` | title | `Lukket sag`) and field
 * tables put each cell in a text flow of its own, and poppler chains the
 * right-hand cells of the tables down a page into one flow: a status or
 * case number comes under the wrong item, or after the last line of the
 * page. A piece that stands alone (no line right above or below it, as a
 * paragraph's lines have) and has a piece left of it on its row is put
 * after that piece and the lines right under it that are left of it (a
 * title wrapped in its cell): `5 Salg af grund` `Lukket sag`. Pieces in a
 * flow of their own (a second column's lines) keep poppler's order. */
static int same_row(const struct pdf_line *a, const struct pdf_line *b)
{
    float ha = a->box.y2 - a->box.y1, hb = b->box.y2 - b->box.y1;
    float h = ha < hb ? ha : hb;
    return fabsf((a->box.y1 + a->box.y2) / 2 - (b->box.y1 + b->box.y2) / 2) <=
           h / 3;
}

/* b right under a (at most half a line between them), across from it. */
static int right_below(const struct pdf_line *a, const struct pdf_line *b)
{
    float h = a->box.y2 - a->box.y1;
    return a->col == b->col && b->box.y1 >= a->box.y2 - h / 3 &&
           b->box.y1 - a->box.y2 <= h / 2 && b->box.x1 < a->box.x2 &&
           a->box.x1 < b->box.x2;
}

/* Is line k left of line i (its cell before i's)? */
static int left_of(const struct pdf_line *k, const struct pdf_line *i)
{
    return k->col == i->col && k->box.x2 <= i->box.x1 + 1 &&
           k->box.x1 < i->box.x1;
}

/* The nearest piece left of line i on its row, within ROW_AHEAD lines
 * either side; n when there is none. */
static size_t row_left(const struct pdf_line *v, size_t n, size_t i)
{
    size_t best = n, lo = i > ROW_AHEAD ? i - ROW_AHEAD : 0;
    for (size_t j = lo; j < n && j <= i + ROW_AHEAD; j++)
        if (j != i && left_of(&v[j], &v[i]) && same_row(&v[j], &v[i]) &&
            (best == n || v[j].box.x2 > v[best].box.x2))
            best = j;
    return best;
}

/* The last line of the cell run from h on: lines on h's row or right
 * under the run's last one, left of line i. */
static size_t run_end(const struct pdf_line *v, size_t n, size_t h, size_t i)
{
    size_t k = h;
    while (k + 1 < n && k + 1 != i && k + 1 <= h + ROW_AHEAD &&
           left_of(&v[k + 1], &v[i]) &&
           (same_row(&v[k + 1], &v[h]) || right_below(&v[k], &v[k + 1])))
        k++;
    return k;
}

/* Children of line x (anchor[j] == x) onto the stack, the leftmost on
 * top. Anchors lie within 2 * ROW_AHEAD lines of their piece. */
static size_t push_children(const struct pdf_line *v, size_t n,
                            const size_t *anchor, size_t x, size_t *stack,
                            size_t sp)
{
    size_t lo = x > 2 * ROW_AHEAD ? x - 2 * ROW_AHEAD : 0, base = sp;
    for (size_t j = lo; j < n && j <= x + 2 * ROW_AHEAD; j++)
        if (anchor[j] == x)
            stack[sp++] = j;
    /* insertion sort, rightmost first (popped last) */
    for (size_t a = base + 1; a < sp; a++)
        for (size_t b = a; b > base; b--) {
            const struct pdf_line *p = &v[stack[b - 1]], *q = &v[stack[b]];
            if (p->box.x1 > q->box.x1 ||
                (p->box.x1 == q->box.x1 && p->box.y1 >= q->box.y1))
                break;
            size_t t = stack[b - 1];
            stack[b - 1] = stack[b], stack[b] = t;
        }
    return sp;
}

int pdf_rows_place(struct pdf_lines *out, size_t first)
{
    size_t n = out->n - first;
    if (n < 3) /* out->v may be NULL: no pointer arithmetic on it */
        return ERR_OK;
    struct pdf_line *v = out->v + first;
    size_t *anchor = malloc(n * sizeof *anchor);
    size_t *stack = malloc(n * sizeof *stack);
    struct pdf_line *tmp = malloc(n * sizeof *tmp);
    int rc = anchor && stack && tmp ? ERR_OK : ERR_NOMEM, moved = 0;
    for (size_t i = 0; rc == ERR_OK && i < n; i++) {
        anchor[i] = n;
        if ((i > 0 && right_below(&v[i - 1], &v[i])) ||
            (i + 1 < n && right_below(&v[i], &v[i + 1])))
            continue; /* a flow of lines: a paragraph, a column */
        size_t h = row_left(v, n, i);
        if (h == n)
            continue;
        size_t k = run_end(v, n, h, i);
        if (k + 1 != i || anchor[k] != n)
            anchor[i] = k, moved = 1;
    }
    size_t m = 0;
    for (size_t i = 0; rc == ERR_OK && moved && i < n; i++) {
        if (anchor[i] != n)
            continue;
        size_t sp = 0;
        stack[sp++] = i;
        while (sp > 0 && m < n) {
            size_t x = stack[--sp];
            tmp[m++] = v[x];
            sp = push_children(v, n, anchor, x, stack, sp);
        }
    }
    /* anchors strictly further left than their pieces form no cycle, so
     * every line comes out once; if not, poppler's order stays */
    if (rc == ERR_OK && moved && m == n)
        memcpy(v, tmp, n * sizeof *v);
    free(anchor);
    free(stack);
    free(tmp);
    return rc;
}
