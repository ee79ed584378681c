/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pdf_blocks.c - the lines of all pages of a PDF become blocks: running
 * headers and footers dropped (pdf_edges.c), wrapped lines joined into
 * paragraphs (also across a page break), hyphenation joined, headings
 * found by typography. No poppler here: OCR'd pages and tests feed it
 * lines too. */
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
    if (drop == NULL || pdf_drop_edges(ls, npages, drop) != 0) {
        free(drop);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    /* what the pages' furniture said is kept aside for the metadata */
    free(d->head);
    if (pdf_first_head(ls, drop, &d->head) != 0) {
        free(drop);
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
    return rc;
}
