/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pdf_blocks.c - the lines of all pages of a PDF become blocks: running
 * headers and footers dropped, wrapped lines joined into paragraphs (also
 * across a page break), hyphenation joined, headings found by typography.
 * No poppler here: OCR'd pages and tests feed it lines too. */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/ascii.h"
#include "extract/hyphen.h"
#include "extract/pdf_internal.h"

#define HEAD_RATIO   1.12f /* a line this much larger than body: heading */
#define HEAD_LEN_MAX 200u  /* longer lines are never headings */
#define BOLD_LEN_MAX 120u  /* a bold line at body size up to this is one */
#define BLOCK_MAX    (64u << 10) /* bytes joined into one block at most */

/* ---- running headers and footers ---- */

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
static int first_head(const struct pdf_lines *ls, const unsigned char *drop,
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

/* ---- typography ---- */

static float round_size(float s)
{
    return roundf(s * 2) / 2;
}

/* The most common size, weighted by text length. */
static float body_size(const struct pdf_lines *ls, const unsigned char *drop,
                       int *body_bold)
{
    float sizes[32];
    size_t weight[32], bold[32], n = 0;
    for (size_t i = 0; i < ls->n; i++) {
        if (drop[i] || !(ls->v[i].size > 0))
            continue;
        float s = round_size(ls->v[i].size);
        size_t k = 0;
        while (k < n && sizes[k] != s)
            k++;
        if (k == n) {
            if (n == 32)
                continue;
            sizes[n] = s, weight[n] = 0, bold[n] = 0, n++;
        }
        weight[k] += ls->v[i].len;
        bold[k] += ls->v[i].bold ? ls->v[i].len : 0;
    }
    size_t best = 0;
    for (size_t k = 1; k < n; k++)
        if (weight[k] > weight[best])
            best = k;
    *body_bold = n > 0 && bold[best] * 2 > weight[best];
    return n > 0 ? sizes[best] : 0;
}

struct style {
    float body;
    int body_bold;
    float heads[5]; /* distinct heading sizes above the body, largest first */
    size_t nheads;
    float wrap; /* pdf_wrap_gap() of the body, NAN unknown */
};

static int is_big(const struct style *st, const struct pdf_line *l)
{
    return st->body > 0 && l->size >= st->body * HEAD_RATIO;
}

/* Heading sizes within this ratio share a level: OCR measures a size
 * from line heights, 14 and 15 points for the same heading style. */
#define SAME_LEVEL 0.92f

/* 0 for body text, else the heading level. */
static int heading_level(const struct style *st, const struct pdf_line *l)
{
    if (l->len > HEAD_LEN_MAX)
        return 0;
    if (is_big(st, l)) {
        float s = round_size(l->size);
        for (size_t k = 0; k < st->nheads; k++)
            if (s >= st->heads[k] * SAME_LEVEL)
                return (int)k + 1;
        return (int)st->nheads;
    }
    if (l->bold && !st->body_bold && l->len <= BOLD_LEN_MAX)
        return st->nheads + 1 > 6 ? 6 : (int)st->nheads + 1;
    return 0;
}

/* The distinct heading sizes, largest first, near ones merged. */
static void heading_sizes(struct style *st, const struct pdf_lines *ls,
                          const unsigned char *drop)
{
    float all[64];
    size_t n = 0;
    for (size_t i = 0; i < ls->n && n < 64; i++) {
        const struct pdf_line *l = &ls->v[i];
        if (drop[i] || !is_big(st, l) || l->len > HEAD_LEN_MAX)
            continue;
        float s = round_size(l->size);
        size_t k = 0;
        while (k < n && all[k] != s)
            k++;
        if (k == n)
            all[n++] = s;
    }
    /* largest first; a size joins the level above if near it */
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && all[j] > all[j - 1]; j--) {
            float t = all[j];
            all[j] = all[j - 1], all[j - 1] = t;
        }
    st->nheads = 0;
    for (size_t i = 0; i < n && st->nheads < 5; i++)
        if (st->nheads == 0 || all[i] < st->heads[st->nheads - 1] * SAME_LEVEL)
            st->heads[st->nheads++] = all[i];
}

/* ---- paragraphs ---- */

/* "• x", "- x", "1. x", "2) x", "a) x": a list line starts a block. */
static int is_bullet(const char *s, size_t n)
{
    size_t k = ext_bullet_len(s, n); /* a 3-byte mark needs no space */
    if (k > 0 && (s[k] == ' ' || k == 3))
        return 1;
    size_t i = 0;
    while (i < n && i < 3 && ascii_digit(s[i]))
        i++;
    if (i == 0 && n >= 3 && ascii_lower(s[0]) && s[1] == ')')
        return s[2] == ' ';
    return i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ')') &&
           s[i + 1] == ' ';
}

struct para {
    struct buf text;
    const struct pdf_line *first, *last;
    int level;
    double conf_sum;
    size_t nconf;
};

static int flush(struct para *p, struct ext_doc *d, struct err *e)
{
    if (p->first == NULL)
        return ERR_OK;
    struct ext_block *b =
        ext_add(d, p->level ? EXT_HEADING : EXT_PARA,
                p->text.data ? p->text.data : "", p->text.len, e);
    if (b == NULL && e != NULL && e->code != ERR_OK)
        return e->code;
    if (b != NULL) {
        b->level = (uint8_t)p->level;
        b->bold = p->first->bold;
        b->size = p->first->size;
        b->page = p->first->page;
        b->conf = p->nconf ? (float)(p->conf_sum / (double)p->nconf) : -1;
    }
    buf_reset(&p->text);
    p->first = p->last = NULL;
    p->conf_sum = 0;
    p->nconf = 0;
    return ERR_OK;
}

/* Does `next` continue the paragraph whose last line is `last`? */
static int continues(const struct para *p, const struct pdf_line *next,
                     int level, int last_on_page, const struct style *st)
{
    const struct pdf_line *last = p->last;
    /* OCR sizes come from line heights: "Sund-" 12 pt, "hedshuset" 13;
     * so the two lines of one wrapped heading can land on two levels
     * (14 and 17 pt: a lone "Midtjylland" is all ascenders and
     * descenders): for OCR, heading continues heading, with a wider
     * tolerance; the gap and full-line tests below still apply */
    int ocr = last->conf >= 0 || next->conf >= 0;
    int heads = ocr && level > 0 && p->level > 0;
    float tol = heads ? 0.25f * last->size : ocr ? 0.15f * last->size : 0.5f;
    if ((level != p->level && !heads) || next->bold != last->bold ||
        fabsf(next->size - last->size) >= tol)
        return 0;
    if (is_bullet(next->text, next->len))
        return 0;
    enum ext_hyphen hy =
        ext_hyphen_join(p->text.data, p->text.len, next->text, next->len);
    if (next->page == last->page) {
        float gap = next->box.y1 - last->box.y2;
        float h = last->box.y2 - last->box.y1;
        /* a word broken before a blank line still joins, as in text */
        float room = hy == EXT_HYPHEN_DROP ? 2.5f * h : 0.5f * h;
        if (next->col != last->col || gap > room || gap < -0.5f * h ||
            next->box.x1 > last->box.x1 + last->size)
            return 0;
        /* a paragraph's wrapped lines share its left edge, and a list
         * item's never go left of its number: a line left of an
         * indented paragraph (a list's, its lines all at the indent) or
         * of a numbered one starts a new one; under a first-line indent
         * the first line stands right of the rest, so that one wraps */
        float left = p->first->box.x1 - 0.5f * last->size;
        if (!ocr && next->box.x1 < left &&
            ((p->first != last &&
              fabsf(p->first->box.x1 - last->box.x1) < 0.5f) ||
             is_bullet(p->first->text, p->first->len)))
            return 0;
        /* more than the gap between this document's wrapped lines: the
         * space a Word template leaves after a paragraph, under a last
         * line that happened to be full */
        if (!isnan(st->wrap) && !ocr && hy == EXT_HYPHEN_NONE &&
            fabsf(last->size - st->body) < 0.5f && gap > st->wrap + 0.2f * h)
            return 0;
    } else if (next->page != last->page + 1 || !last_on_page) {
        return 0;
    }
    if (hy != EXT_HYPHEN_NONE)
        return 1;
    /* the last line was full: the next word did not fit after it (OCR
     * boxes are rougher: an em of slack; LibreOffice and Word break a
     * tenth of an em or so before the edge the page's widest line sets,
     * which a 13 pt heading's short last word `(O)` shows) */
    float slack = last->conf >= 0 ? last->size : 0.1f * last->size;
    return last->box.x2 + 0.3f * last->size + next->first_w >=
           last->right - slack;
}

static int append(struct para *p, const struct pdf_line *l)
{
    int rc = ERR_OK;
    if (p->text.len > 0) {
        switch (ext_hyphen_join(p->text.data, p->text.len, l->text, l->len)) {
        case EXT_HYPHEN_DROP:
            p->text.data[--p->text.len] = '\0';
            break;
        case EXT_HYPHEN_KEEP:
            break;
        case EXT_HYPHEN_SPACE:
        case EXT_HYPHEN_NONE:
            rc = buf_putc(&p->text, ' ');
            break;
        }
    }
    if (rc == ERR_OK)
        rc = buf_append(&p->text, l->text, l->len);
    if (l->conf >= 0)
        p->conf_sum += l->conf, p->nconf++;
    p->last = l;
    return rc;
}

static int build(const struct pdf_lines *ls, const unsigned char *drop,
                 const struct style *st, struct ext_doc *d, struct err *e)
{
    struct para p;
    memset(&p, 0, sizeof p);
    int rc = ERR_OK;
    for (size_t i = 0; i < ls->n && rc == ERR_OK; i++) {
        if (drop[i])
            continue;
        const struct pdf_line *l = &ls->v[i];
        int level = heading_level(st, l);
        int last_on_page = 1; /* no kept line between p.last and l */
        if (p.last != NULL && l->page != p.last->page)
            for (size_t j = (size_t)(p.last - ls->v) + 1; j < i; j++)
                last_on_page &= drop[j] != 0;
        if (p.first == NULL || p.text.len > BLOCK_MAX ||
            !continues(&p, l, level, last_on_page, st)) {
            rc = flush(&p, d, e);
            if (rc != ERR_OK)
                break;
            p.first = l;
            p.level = level;
        }
        rc = append(&p, l);
        if (rc == ERR_NOMEM)
            err_set(e, rc, "out of memory");
    }
    if (rc == ERR_OK)
        rc = flush(&p, d, e);
    buf_fini(&p.text);
    return rc;
}

int pdf_blocks(const struct pdf_lines *ls, uint32_t npages, struct ext_doc *d,
               struct err *e)
{
    unsigned char *drop = calloc(ls->n ? ls->n : 1, 1);
    unsigned char *edge = malloc(ls->n ? ls->n : 1);
    if (drop == NULL || edge == NULL) {
        free(drop);
        free(edge);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    /* a second round finds a two-line header (name, then date) */
    for (unsigned char round = 0; round < 3; round++) {
        size_t k = drop_round(ls, npages, drop, edge, round);
        if (k == SIZE_MAX) {
            free(drop);
            free(edge);
            return err_set(e, ERR_NOMEM, "out of memory");
        }
        if (k == 0)
            break;
    }
    /* what the pages' furniture said is kept aside for the metadata */
    free(d->head);
    if (first_head(ls, drop, &d->head) != 0) {
        free(drop);
        free(edge);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    struct style st;
    memset(&st, 0, sizeof st);
    st.body = body_size(ls, drop, &st.body_bold);
    heading_sizes(&st, ls, drop);
    st.wrap = pdf_wrap_gap(ls, drop, st.body);
    d->body_size = st.body;
    int rc = build(ls, drop, &st, d, e);
    free(drop);
    free(edge);
    return rc;
}
