/* SPDX-License-Identifier: GPL-2.0-or-later */
/* lines.c - white space and word tests and the line model of a minutes text: a
 * sanitised copy split into trimmed lines, each classified as text, blank,
 * page footer or noise (page headers, committee-code columns). */
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"
#include "minutes/page_number.h"

size_t mnt_space_len(const char *p, size_t n)
{
    unsigned char c = (unsigned char)p[0];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c < 0xC2)
        return 0;
    uint32_t cp;
    size_t len = utf8_decode(p, n, &cp);
    /* white space as the tokenizer defines it, and a stray BOM */
    if (fold_class(cp) == FOLD_CLS_SPACE || cp == 0xFEFF)
        return len;
    return 0;
}

int mnt_has_word(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = utf8_decode(s + i, n - i, &cp);
        if (ascii_digit(cp) || fold_is_letter(cp))
            return 1;
        i += len;
    }
    return 0;
}

/* ---- building the document ---- */

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

/* Inline markup printed as text: a page that shows another document's
 * HTML escaped (an ePaper site's text of a PDF, "<strong>Dagsorden</strong>
 * <strong>med</strong> vedtagelser<br />") prints its tags, which a
 * reader passes over. The length of such a tag at s[0..n) - bold,
 * italic, underline, a line break; no attributes - else 0. */
static size_t shown_tag_len(const char *s, size_t n)
{
    static const char *const tags[] = {
        "<strong>", "</strong>", "<b>", "</b>", "<em>",   "</em>",
        "<i>",      "</i>",      "<u>", "</u>", "<br />", "<br/>",
        "<br>",     "<BR>",      "<B>", "</B>",
    };
    if (n < 3 || s[0] != '<')
        return 0;
    for (size_t k = 0; k < sizeof tags / sizeof *tags; k++) {
        size_t tl = strlen(tags[k]);
        if (n >= tl && memcmp(s, tags[k], tl) == 0)
            return tl;
    }
    return 0;
}

static char *sanitise(const char *text, size_t len, size_t *out_len)
{
    /* Worst case every byte is invalid and becomes three. */
    if (len > ((size_t)-1 - 1) / 3)
        return NULL;
    char *out = malloc(len * 3 + 1);
    if (out == NULL)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {
            size_t tag = shown_tag_len(text + i, len - i);
            if (tag > 0) {
                /* a line break between words keeps them apart */
                if (text[i + 1] == 'b' || text[i + 1] == 'B')
                    if (text[i + 2] == 'r' || text[i + 2] == 'R')
                        out[o++] = ' ';
                i += tag;
                continue;
            }
            if (c == '\r' && i + 1 < len && text[i + 1] == '\n') {
                i++;
                continue;
            }
            if (c == '\n' || c == '\t')
                out[o++] = (char)c;
            else if (c < 0x20 || c == 0x7F)
                out[o++] = ' ';
            else
                out[o++] = (char)c;
            i++;
            continue;
        }
        uint32_t cp;
        size_t n = utf8_decode(text + i, len - i, &cp);
        if (cp == 0xFFFD && n == 1) {
            memcpy(out + o, REPLACEMENT, 3);
            o += 3;
        } else {
            memcpy(out + o, text + i, n);
            o += n;
        }
        i += n;
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

static void trim(const char **s, size_t *n)
{
    const char *p = *s;
    size_t len = *n, k;
    while (len > 0 && (k = mnt_space_len(p, len)) > 0)
        p += k, len -= k;
    while (len > 0) {
        uint32_t cp;
        size_t back = utf8_prev(p, p + len, &cp);
        if (back == 0 || mnt_space_len(p + len - back, back) != back)
            break;
        len -= back;
    }
    *s = p;
    *n = len;
}

static int all_digits(const char *s, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!mnt_digit(s[i]))
            return 0;
    return 1;
}

/* Parse up to `max` digits at s[*i]; returns the count of digits. */
static size_t digits(const char *s, size_t n, size_t *i, size_t max,
                     unsigned *val)
{
    size_t k = 0;
    *val = 0;
    while (*i < n && k < max && mnt_digit(s[*i])) {
        *val = *val * 10 + (unsigned)(s[*i] - '0');
        (*i)++, k++;
    }
    return k;
}

static void skip_spaces(const char *s, size_t n, size_t *i)
{
    size_t k;
    while (*i < n && (k = mnt_space_len(s + *i, n - *i)) > 0)
        *i += k;
}

int mnt_is_footer(const char *s, size_t n)
{
    struct mnt_pageno pn;
    if (n == 0 || n > 24)
        return 0;
    if (all_digits(s, n))
        return n <= 3;
    if (mnt_page_number(s, n, 0, MNT_PAGENO_BARE, &pn)) {
        if (pn.end != n || pn.roman)
            return 0;
        /* "5/7", "5 / 7" */
        if (pn.word == MNT_PAGENO_NONE)
            return pn.sep == '/' && pn.page_len <= 3 && pn.total_len <= 3 &&
                   pn.page >= 1 && pn.page <= pn.total;
        /* "Side 3", "Side 3 af 7", "Page 3 of 7", "Sidenr. 3": a
         * template's page-number field alone on the page's last line */
        return pn.total_len <= 4;
    }
    size_t i = 0;
    unsigned a;
    /* "- 3 -" */
    if (s[0] == '-' && s[n - 1] == '-' && n >= 3) {
        i = 1;
        skip_spaces(s, n, &i);
        if (digits(s, n, &i, 3, &a) == 0)
            return 0;
        skip_spaces(s, n, &i);
        return i == n - 1;
    }
    return 0;
}

/* A lone number is a page number only with blank lines around it; next
 * to text it is part of it ("COVID-" / "19"). */
static void unmark_lone_numbers(struct mnt_doc *d)
{
    for (size_t i = 0; i < d->nlines; i++) {
        struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_FOOTER || !all_digits(l->s, l->len))
            continue;
        if ((i > 0 && d->lines[i - 1].kind == MNT_LINE_TEXT) ||
            (i + 1 < d->nlines && d->lines[i + 1].kind == MNT_LINE_TEXT))
            l->kind = MNT_LINE_TEXT;
    }
}

/* "DIR", "SOS", "ØKE": a committee code of Herning's tick-box columns. */
static int is_code(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (!fold_is_upper(cp))
            return 0;
        count++;
    }
    return count >= 2 && count <= 4;
}

static int is_tick(const struct mnt_line *l)
{
    return l->kind == MNT_LINE_BLANK ||
           (l->len == 1 && (l->s[0] == 'x' || l->s[0] == 'X'));
}

/* Runs of three or more committee-code lines (blank lines between) and
 * the "x" ticks that follow them are layout debris. */
static void mark_code_columns(struct mnt_doc *d)
{
    for (size_t i = 0; i < d->nlines;) {
        if (d->lines[i].kind != MNT_LINE_TEXT ||
            !is_code(d->lines[i].s, d->lines[i].len)) {
            i++;
            continue;
        }
        size_t j = i, count = 0, end = i;
        while (j < d->nlines) {
            const struct mnt_line *l = &d->lines[j];
            if (l->kind == MNT_LINE_BLANK) {
                j++;
                continue;
            }
            if (l->kind != MNT_LINE_TEXT || !is_code(l->s, l->len))
                break;
            count++;
            end = ++j;
        }
        if (count >= 3) {
            for (size_t k = i; k < end; k++)
                if (d->lines[k].kind == MNT_LINE_TEXT)
                    d->lines[k].kind = MNT_LINE_NOISE;
            while (end < d->nlines && is_tick(&d->lines[end])) {
                if (d->lines[end].kind == MNT_LINE_TEXT)
                    d->lines[end].kind = MNT_LINE_NOISE;
                end++;
            }
        }
        i = end > i ? end : i + 1;
    }
}

static size_t next_nonblank(const struct mnt_doc *d, size_t i, size_t gap)
{
    for (size_t k = i + 1; k < d->nlines && k <= i + 1 + gap; k++)
        if (d->lines[k].kind != MNT_LINE_BLANK)
            return k;
    return d->nlines;
}

static int line_is(const struct mnt_line *l, const char *word)
{
    return l->len == strlen(word) && memcmp(l->s, word, l->len) == 0;
}

static int is_short_token(const struct mnt_line *l)
{
    if (l->len == 0 || l->len > 16)
        return 0;
    for (size_t i = 0; i < l->len; i++)
        if (l->s[i] == ' ' || ascii_lower(l->s[i]))
            return 0;
    return 1;
}

/* A letterhead repeated on each page: "DATO" / "22. november 2017",
 * "REF." / "MAHST". Upper-case labels only, so prose is never hit. */
static void mark_page_headers(struct mnt_doc *d)
{
    for (size_t i = 0; i < d->nlines; i++) {
        struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        size_t j = next_nonblank(d, i, 2);
        if (j >= d->nlines || d->lines[j].kind != MNT_LINE_TEXT)
            continue;
        struct mnt_line *v = &d->lines[j];
        char iso[11];
        int hit = 0;
        if (line_is(l, "DATO") && v->len <= 30 &&
            mnt_date_find(v->s, v->len, iso))
            hit = 1;
        else if ((line_is(l, "REF.") || line_is(l, "J.NR.") ||
                  line_is(l, "SAGSNR.")) &&
                 is_short_token(v))
            hit = 1;
        if (hit)
            l->kind = v->kind = MNT_LINE_NOISE;
    }
}

/* "mailto:x@y.dk" (link debris) and "Øvrige sagsbehandlere: -" (an empty
 * form field). */
static int is_debris(const char *s, size_t n)
{
    if (n > 7 && memcmp(s, "mailto:", 7) == 0 && memchr(s, ' ', n) == NULL)
        return 1;
    if (n >= 3 && n <= 60 && s[n - 1] == '-') {
        size_t i = n - 1;
        while (i > 0 && s[i - 1] == ' ')
            i--;
        return i > 1 && i < n - 1 && s[i - 1] == ':' &&
               memchr(s, ':', i - 1) == NULL;
    }
    return 0;
}

/* "0BPkt. 1", "1BRevision af …": a page's bookmark anchors ("0B",
 * "1B", … one a heading) printed as text before the heading they mark,
 * when a web page is read as text. The anchor's bytes - one to three
 * digits and a "B" before a capitalised word ("Pkt", "Revision"; not a
 * label glued to capitals, "3BUDGET") - else 0. */
static size_t bookmark_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && mnt_digit(s[i]))
        i++;
    if (i == 0 || i + 2 >= n || s[i] != 'B' || mnt_digit(s[i]))
        return 0;
    const char *w = s + i + 1;
    size_t wn = n - i - 1;
    uint32_t cp = 0;
    size_t k = utf8_decode(w, wn, &cp);
    if (k == 0 || k >= wn || !fold_is_letter(cp) || fold_is_lower(cp) ||
        !mnt_starts_lower(w + k, wn - k))
        return 0;
    return i + 1;
}

/* Split d->text into lines, trim and classify them. */
static int split_lines(struct mnt_doc *d)
{
    size_t n = 1;
    for (size_t i = 0; i < d->len; i++)
        n += d->text[i] == '\n';
    d->lines = calloc(n, sizeof *d->lines);
    if (d->lines == NULL)
        return ERR_NOMEM;
    const char *p = d->text, *end = d->text + d->len;
    while (d->nlines < n) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e2 = nl ? nl : end;
        struct mnt_line *l = &d->lines[d->nlines++];
        l->no = (unsigned)d->nlines;
        l->conf = -1;
        l->s = p;
        l->len = (size_t)(e2 - p);
        trim(&l->s, &l->len);
        size_t bm = bookmark_len(l->s, l->len);
        l->s += bm, l->len -= bm;
        if (l->len == 0)
            l->kind = MNT_LINE_BLANK;
        else if (mnt_is_footer(l->s, l->len))
            l->kind = MNT_LINE_FOOTER;
        else if (is_debris(l->s, l->len))
            l->kind = MNT_LINE_NOISE;
        if (nl == NULL)
            break;
        p = nl + 1;
    }
    unmark_lone_numbers(d);
    mark_code_columns(d);
    mark_page_headers(d);
    mnt_unglue_footers(d);
    mnt_mark_running_heads(d);
    return ERR_OK;
}

static int starts_line(const struct ext_block *b, size_t i)
{
    return i == 0 || b->kind != EXT_TABLE_CELL || b->row_start;
}

/* Copy the style of the blocks that make line `l` (a row: its cells). */
static void style_line(struct mnt_line *l, const struct ext_doc *x, size_t from,
                       size_t to)
{
    const struct ext_block *b = &x->blocks[from];
    l->level = b->kind == EXT_HEADING ? (b->level ? b->level : 1) : 0;
    l->list = b->kind == EXT_LIST_ITEM;
    l->cell = b->kind == EXT_TABLE_CELL;
    l->page = b->page;
    l->list_no = b->list_no;
    if (b->line > 0) /* a column's piece: the line it is from */
        l->no = b->line;
    l->list_depth = b->list_depth;
    l->brk = b->line_break;
    l->bold = 1;
    double conf = 0;
    size_t nconf = 0;
    for (size_t i = from; i < to; i++) {
        l->bold &= x->blocks[i].bold != 0;
        if (x->blocks[i].conf >= 0)
            conf += x->blocks[i].conf, nconf++;
    }
    l->conf = nconf ? (float)(conf / (double)nconf) : -1;
    /* "larger than the body": 15 % over the most common size */
    l->big = x->body_size > 0 && b->size > x->body_size * 1.15f;
}

/* The publisher's name among ext_doc.site's parts ("Brand & Redning
 * Vestegnen | 7400 Herning", "Logo Vestby Skole"): the first that is no
 * host ("brv.dk") nor an address ("7400 Herning"), without a logo's
 * "Logo"; its length (0: none) and start in *at. */
static size_t site_name(const char *site, const char **at)
{
    for (const char *p = site; p != NULL && *p != '\0';) {
        const char *e = strstr(p, " | ");
        size_t n = e != NULL ? (size_t)(e - p) : strlen(p);
        if (n > 5 && fold_prefix(p, n, "logo ") == 5)
            p += 5, n -= 5;
        int host = memchr(p, '.', n) != NULL && memchr(p, ' ', n) == NULL;
        if (n >= 3 && n < MNT_NAME_MAX && !host && !mnt_digit(p[0]))
            return *at = p, n;
        p = e != NULL ? e + 3 : NULL;
    }
    return 0;
}

/* One part of line 0, a value of one line, after the parts before it
 * with " | " between; *head says whether line 0 has a part yet. */
static int head_part(struct buf *raw, const char *part, size_t *head)
{
    if (part == NULL || part[0] == '\0' || strchr(part, '\n') != NULL)
        return ERR_OK;
    int rc = *head ? buf_puts(raw, " | ") : ERR_OK;
    if (rc == ERR_OK)
        rc = buf_puts(raw, part);
    *head = 1;
    return rc;
}

/* The document's text into raw, a block a line (or a cell of a row after
 * a tab); *head: whether line 0 is the document's own line before its
 * first block. */
static int doc_text(struct buf *raw, const struct ext_doc *x, size_t *head)
{
    /* The document's own title (HTML <title>, PDF/DOCX metadata) often
     * names the council and the municipality the page leaves out: it is
     * line 0, before the first block, for the metadata to read; with the
     * page's name for its publisher (a logo, og:site_name, the host),
     * which its text may never print, and a PDF's running header,
     * dropped from its pages as furniture: it may be the only place that
     * names the municipality */
    *head = 0;
    int rc = head_part(raw, x->title, head);
    if (rc == ERR_OK)
        rc = head_part(raw, x->site, head);
    if (rc == ERR_OK)
        rc = head_part(raw, x->head, head);
    for (size_t i = 0; i < x->nblocks && rc == ERR_OK; i++) {
        const struct ext_block *b = &x->blocks[i];
        if (i > 0 || *head)
            rc = buf_putc(raw, starts_line(b, i) ? '\n' : '\t');
        size_t at = raw->len;
        if (rc == ERR_OK && b->text != NULL)
            rc = buf_append(raw, b->text, strnlen(b->text, b->len));
        for (size_t k = at; rc == ERR_OK && k < raw->len; k++)
            if (raw->data[k] == '\n') /* one block, one line */
                raw->data[k] = ' ';
    }
    return rc;
}

/* Each line's number in the document (line 0 above the first) and the
 * style of the blocks it was made of. */
static void number_lines(struct mnt_doc *d, const struct ext_doc *x,
                         size_t head)
{
    for (size_t li = 0; li < d->nlines; li++)
        d->lines[li].no = (unsigned)(li + 1 - head);
    for (size_t i = 0, li = head; i < x->nblocks && li < d->nlines; li++) {
        size_t j = i + 1;
        while (j < x->nblocks && !starts_line(&x->blocks[j], j))
            j++;
        style_line(&d->lines[li], x, i, j);
        i = j;
    }
}

int mnt_doc_from_blocks(struct mnt_doc *d, const struct ext_doc *x)
{
    memset(d, 0, sizeof *d);
    struct buf raw = {0};
    size_t head;
    int rc = doc_text(&raw, x, &head);
    if (rc == ERR_OK)
        d->text = sanitise(raw.data ? raw.data : "", raw.len, &d->len);
    buf_fini(&raw);
    if (rc != ERR_OK || d->text == NULL || split_lines(d) != ERR_OK) {
        mnt_doc_fini(d);
        return ERR_NOMEM;
    }
    const char *sn = NULL;
    size_t sl = x->site != NULL && utf8_valid(x->site, strlen(x->site)) &&
                        strchr(x->site, '\n') == NULL
                    ? site_name(x->site, &sn)
                    : 0;
    if (sl > 0 && (d->site = strndup(sn, sl)) == NULL) {
        mnt_doc_fini(d);
        return ERR_NOMEM;
    }
    number_lines(d, x, head);
    return ERR_OK;
}

int mnt_doc_init(struct mnt_doc *d, const char *text, size_t len)
{
    struct ext_doc x;
    struct err e = {0};
    ext_doc_init(&x);
    int rc = ext_read_text(text, len, &x, &e);
    if (rc == ERR_OK)
        rc = mnt_doc_from_blocks(d, &x);
    else
        memset(d, 0, sizeof *d);
    ext_doc_fini(&x);
    return rc;
}

void mnt_doc_fini(struct mnt_doc *d)
{
    free(d->text);
    free(d->site);
    free(d->lines);
    memset(d, 0, sizeof *d);
}
