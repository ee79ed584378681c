/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inline_split.c - for inline.c: the second reading's cuts
 * (mnt_split_inline()): whether a document is a flattened transcript, a
 * flattened table of contents walked entry by entry, and the lines cut
 * where inline.c finds a heading inside them or the contents' next entry
 * starts. Apart from inline.c, which was past 600 lines. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* A flattened transcript: its text lines from the first flattened page
 * on are paragraphs or pages, not lines (on average at least
 * MNT_FLAT_LINE / 2 bytes). A web page's furniture above the transcript
 * (a document site's related documents, "Transkript") is no part of it:
 * its short lines would hide the short last page ("2 3. Høring … 4.
 * Eventuelt …"). */
static int is_flat(const struct mnt_doc *d)
{
    size_t bytes = 0, n = 0, i = 0;
    while (i < d->nlines && !(d->lines[i].kind == MNT_LINE_TEXT &&
                              d->lines[i].len >= MNT_FLAT_LINE))
        i++;
    if (i == d->nlines)
        i = 0;
    for (; i < d->nlines; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT)
            bytes += d->lines[i].len, n++;
    return n > 0 && bytes / n >= MNT_FLAT_LINE / 2;
}

/* A table of contents flattened into one line that opens with its name
 * (after the page's number): "2 Indholdsfortegnelse Side 1. Budget …
 * Salg af grunde … Underskriftsside". Its entries are no headings even
 * when the transcript lost their numbers, so it is never cut. Nor is a
 * list of attachments after the items, which names them again by number
 * and title ("10 Bilagsoversigt 4. Ansøgning om … 1. Tilstandsrapport"). */
static const char *const attachment_marks[] = {
    "Bilagsoversigt", "Bilagsfortegnelse", "Bilagsliste"};

static int opens_with(const struct mnt_line *l, size_t i,
                      const char *const *marks, size_t nmarks)
{
    if (l->kind != MNT_LINE_TEXT || l->len < 80) /* entries in a row */
        return 0;
    while (i == 0 && i < l->len && i < 4 && mnt_digit(l->s[i]))
        i++;
    i = mnt_skip_sp(l->s, l->len, i);
    /* "2 Side 1 Indholdsfortegnelse Punkt nr. Side 1. …": the page's own
     * header ("Side 1", or "Side" where the transcript lost its number)
     * may come before the name */
    i = mnt_after_page_word(l->s, l->len, i);
    for (size_t m = 0; m < nmarks; m++) {
        size_t k = fold_prefix(l->s + i, l->len - i, marks[m]);
        if (k > 0 && i + k < l->len && l->s[i + k] == ' ')
            return 1;
    }
    return 0;
}

static const char *const toc_marks[] = {"Indholdsfortegnelse", "Sagsoversigt",
                                        "Pkt. Tekst Side"};

int mnt_toc_opens(const struct mnt_line *l)
{
    return opens_with(l, 0, toc_marks, sizeof toc_marks / sizeof *toc_marks) ||
           mnt_attachments_opens(l);
}

int mnt_attachments_opens(const struct mnt_line *l)
{
    return opens_with(l, 0, attachment_marks,
                      sizeof attachment_marks / sizeof *attachment_marks);
}

/* The same after the running header every page prints (h, "2
 * KOMMUNALBESTYRELSEN Dagsorden Indholdsfortegnelse Punkt nr. Side …",
 * "3 KOMMUNALBESTYRELSEN Dagsorden Bilagsoversigt 2. …"). */
int mnt_toc_opens_after_header(const struct mnt_line *l,
                               const struct mnt_line *h)
{
    size_t e = h != NULL ? mnt_header_end(l, h) : 0;
    return e > 0 &&
           (opens_with(l, e, toc_marks, sizeof toc_marks / sizeof *toc_marks) ||
            opens_with(l, e, attachment_marks,
                       sizeof attachment_marks / sizeof *attachment_marks));
}

/* Where a heading's label ending at s[j] starts: "Punkt 1:", "Pkt. 1",
 * "Sag nr. 1", "Åbent punkt 1:", "Ad 1)" (an agenda list's answer) or a
 * bare "1:" / "1)" / "1 -" before a title
 * the contents name. The title belongs to the label's heading: a cut
 * between them would leave the label alone on its piece. j if none. */
size_t mnt_label_before(const char *s, size_t j)
{
    static const char *const words[] = {"punkt",    "pkt.", "pkt", "nr.",
                                        "\xC2\xA7", "ad",   "ad."};
    size_t p = j - (j > 0 && (s[j - 1] == ':' || s[j - 1] == ')')), q;
    /* "1 - Title", "Punkt 1 – Title": a dash set off by spaces */
    if (p == j && mnt_dash_before(s, j))
        p = j - (s[j - 1] == '-' ? 2 : 4);
    q = p;
    while (q > 0 && p - q < 3 && mnt_digit(s[q - 1]))
        q--;
    if (q == p || (q > 0 && s[q - 1] != ' '))
        return j;
    size_t r = q, w;
    while (r > 0 && s[r - 1] == ' ')
        r--;
    for (w = r; w > 0 && s[w - 1] != ' ';)
        w--;
    for (size_t k = 0; r > w && k < sizeof words / sizeof *words; k++) {
        if (!fold_eq(s + w, r - w, words[k], strlen(words[k])))
            continue;
        /* "Sag nr. 1", "Åbent punkt 1": the word before goes too */
        size_t v = w;
        while (v > 0 && s[v - 1] == ' ')
            v--;
        size_t u = v;
        while (u > 0 && s[u - 1] != ' ')
            u--;
        if (u < v && (k == 3 ? fold_eq(s + u, v - u, "sag", 3)
                             : mnt_status_before_punkt(s + u, j - u) > 0))
            return u;
        return k == 3 ? j : w;
    }
    return p < j ? q : j; /* "1: Title", "1) Title" */
}

/* Where does the table of contents' entry `cur` start inside line l (at
 * or after `from`), its number included? SIZE_MAX if it does not. */
static size_t toc_find(const struct mnt_doc *d, const struct mnt_toc *t,
                       size_t cur, const struct mnt_line *l, size_t from)
{
    const struct mnt_line *tl = &d->lines[t->e[cur].line];
    const char *a = tl->s + t->e[cur].off;
    size_t full = t->e[cur].end - t->e[cur].off, an = full;
    if (an > 40)
        an = 40;
    for (size_t i = from > 0 ? from - 1 : 0; i + an <= l->len; i++) {
        if ((i > 0 && l->s[i - 1] != ' ') ||
            (memcmp(l->s + i, a, an) != 0 &&
             !(t->after > 0 &&
               mnt_heading_names_entry(l->s + i, l->len - i, a, full))))
            continue;
        /* "2 Side A Title": back over a number right before the title */
        size_t j = i;
        while (j > 0 && l->s[j - 1] == ' ')
            j--;
        size_t lb = mnt_label_before(l->s, j);
        if (lb < j)
            return lb;
        size_t k = j;
        while (k > 0 && (l->s[k - 1] == '.' || mnt_digit(l->s[k - 1])))
            k--;
        /* an item's or a page's number, not a year ending a sentence
         * before it ("… januar 2006. Høringssvar …") */
        size_t digits = 0;
        for (size_t q = k; q < j; q++)
            digits += l->s[q] != '.';
        return k < j && digits <= 3 && (k == 0 || l->s[k - 1] == ' ') ? k : i;
    }
    return (size_t)-1;
}

/* Where the table of contents' next entry was looked for: entry `cur`
 * in the line ending at `end` starts at `at` (NULL: not in that line).
 * Looked up once per entry and line, so a long line cut many times is
 * not searched again at every cut. */
struct toc_walk {
    size_t cur, seen_cur;
    const char *end, *at;
};

static size_t toc_next(const struct mnt_doc *d, const struct mnt_toc *t,
                       struct toc_walk *w, const struct mnt_line *l,
                       size_t from)
{
    if (w->end != l->s + l->len || w->seen_cur != w->cur) {
        size_t j = toc_find(d, t, w->cur, l, from);
        w->end = l->s + l->len;
        w->seen_cur = w->cur;
        w->at = j == (size_t)-1 ? NULL : l->s + j;
    }
    return w->at == NULL || w->at < l->s ? (size_t)-1 : (size_t)(w->at - l->s);
}

/* Most bytes of a heading in capitals inside a page (caps_title_at()). */
#define CAPS_TITLE_MAX 150u

/* Is s[..e) a word of digits ("602" of "… Godkendt. 602. SALG AF …")?
 * Its full stop is a heading's number's, no sentence's end: the title
 * in capitals after it stays with its number. */
static int number_before(const char *s, size_t e)
{
    size_t w = e;
    while (w > 0 && mnt_digit(s[w - 1]))
        w--;
    return w < e && (w == 0 || s[w - 1] == ' ');
}

/* A heading in capitals inside a flattened page, after the item before
 * it ("… 90.000 kr. ENERGIREGNSKAB FOR KOMMUNALE BYGNINGER 2007 J.nr.: …"),
 * where no contents page names it: two words in capitals or more (words
 * of digits among them, none a label's with a colon) after a sentence's
 * end, right before a case file's field. Where it starts in l at or after from,
 * 0 if none. */
static size_t caps_title_at(const struct mnt_line *l, size_t from)
{
    const char *s = l->s;
    size_t n = l->len;
    for (size_t i = from > 2 ? from : 2; i + 10 < n; i++) {
        if (s[i - 1] != ' ' || s[i - 2] != '.' || number_before(s, i - 2))
            continue;
        size_t k = i, caps = 0;
        while (k < n && k - i <= CAPS_TITLE_MAX &&
               !mnt_field_word_at(s + k, n - k)) {
            size_t e = k;
            while (e < n && s[e] != ' ')
                e++;
            int digits = caps > 0;
            for (size_t q = k; q < e && digits; q++)
                digits = mnt_digit(s[q]);
            /* a label in capitals ("LUKKET PUNKT: Sagsnr.: …") is no title */
            if ((!digits && !mnt_all_capitals(s + k, e - k)) || s[e - 1] == ':')
                break;
            caps += !digits;
            k = mnt_skip_sp(s, n, e);
        }
        if (caps >= 2 && k < n && k - i <= CAPS_TITLE_MAX &&
            mnt_field_word_at(s + k, n - k))
            return i;
    }
    return 0;
}

/* The next place to cut line l at or after `from`: a heading inside it,
 * or where the next entry of a flattened table of contents (t, NULL if
 * none) starts; w counts the entries met. 0 if none. */
static size_t next_cut(const struct mnt_doc *d, const struct mnt_toc *t,
                       struct toc_walk *w, const struct mnt_line *l,
                       size_t from, int flat, const struct mnt_line *hdr,
                       const struct mnt_line *names,
                       const struct mnt_line *code)
{
    size_t h = from <= 1 && flat ? mnt_after_header(l, hdr) : 0;
    if (h > 0)
        return h;
    /* pages under a running header, no contents to name the titles */
    size_t ct = flat && hdr != NULL && t == NULL && names == NULL
                    ? caps_title_at(l, from)
                    : 0;
    size_t nh = names ? mnt_contents_named_head(names, l, from) : 0;
    if (nh == 0 && code != NULL)
        nh = mnt_code_head_at(l, from, code->s, code->len);
    if (nh > 0) {
        size_t a = mnt_inline_heading(l, from, flat);
        return a > 0 && a < nh ? a : nh;
    }
    for (;;) {
        size_t j = t != NULL && w->cur < t->n ? toc_next(d, t, w, l, from)
                                              : (size_t)-1;
        if (j < from) { /* the piece opens with it: no cut */
            w->cur++;
            continue;
        }
        size_t a = mnt_inline_heading(l, from, flat);
        if (j != (size_t)-1 && (a == 0 || j <= a)) {
            w->cur++;
            return j;
        }
        return ct > 0 && (a == 0 || ct < a) ? ct : a;
    }
}

/* Is line i a table of contents that opens with its name and is never
 * cut? Not where the contents' reading found the pages going on after
 * its last entry on the same line (t->after: "2 Indholdsfortegnelse 1.
 * Title … 3. Eventuelt 1. Title Sagsfremstilling …", a short meeting's
 * contents and first items on one page): cut there, and the items after
 * it as on any page. */
static int toc_kept_whole(const struct mnt_doc *d, const struct mnt_toc *t,
                          const struct mnt_line *h, size_t i)
{
    return (mnt_toc_opens(&d->lines[i]) ||
            mnt_toc_opens_after_header(&d->lines[i], h)) &&
           !(t != NULL && i == t->last && t->after > 0);
}

/* The case code every heading of a flattened page with no contents
 * prints ("… Orientering fra formanden CHL 37/2008 …"), in *code; NULL
 * if none: its titles head the items that lost their numbers. */
static const struct mnt_line *flat_code(const struct mnt_doc *d, int flat,
                                        const struct mnt_toc *t,
                                        const struct mnt_line *names,
                                        struct mnt_line *code)
{
    if (!flat || t != NULL || names != NULL)
        return NULL;
    memset(code, 0, sizeof *code);
    code->len = mnt_repeated_code(d, &code->s);
    return code->len > 0 ? code : NULL;
}

/* What cutting a document's lines reads of the whole document, once:
 * whether it is flattened, its contents and the walk through their
 * entries, its running page header, the names its contents list and the
 * case code its headings print. t, h, nm and cd point into the struct
 * (NULL where the document has none), so it is never copied. */
struct cut_ctx {
    int flat;
    struct toc_walk w;
    struct mnt_toc toc;
    struct mnt_line hdr, names, code;
    const struct mnt_toc *t;
    const struct mnt_line *h, *nm, *cd;
};

/* Is line i one the contents' entries stand in (from their first line
 * to their last: contents running on over a page line's end)? It is cut
 * only where the pages go on after the last entry (t->after). */
static int in_toc(const struct mnt_toc *t, size_t i)
{
    return t != NULL && i >= t->line && i <= t->last;
}

static void cut_ctx_init(struct cut_ctx *c, const struct mnt_doc *d)
{
    c->flat = is_flat(d);
    c->w = (struct toc_walk){0, (size_t)-1, NULL, NULL};
    c->t = mnt_flat_toc(d, &c->toc) ? &c->toc : NULL;
    c->h = c->flat && mnt_page_header(d, &c->hdr) ? &c->hdr : NULL;
    c->nm = mnt_contents_names(d, c->flat, c->t != NULL, c->h, &c->names);
    c->cd = flat_code(d, c->flat, c->t, c->nm, &c->code);
}

/* The next cut in l (line i's rest) from byte from on; 0 if none. The
 * contents are walked only from their own line on. */
static size_t cut_at(const struct mnt_doc *d, struct cut_ctx *c, size_t i,
                     const struct mnt_line *l, size_t from)
{
    const struct mnt_toc *t = c->t && i >= c->t->line ? c->t : NULL;
    return next_cut(d, t, &c->w, l, from, c->flat, c->h, c->nm, c->cd);
}

size_t mnt_inline_count(const struct mnt_doc *d)
{
    size_t extra = 0;
    struct cut_ctx c;
    cut_ctx_init(&c, d);
    const struct mnt_toc *t = c.t;
    for (size_t i = 0; i < d->nlines; i++) {
        size_t o = t && i == t->last ? t->after : 0;
        extra += o > 0;
        for (; d->lines[i].kind == MNT_LINE_TEXT && !(in_toc(t, i) && o == 0) &&
               !toc_kept_whole(d, t, c.h, i) &&
               (o = cut_at(d, &c, i, &d->lines[i], o + 1)) > 0;)
            extra++;
    }
    return extra;
}

/* Does line l open with a numbered heading ("3. ETABLERING AF …")? */
static int page_heading_at(const struct mnt_line *l)
{
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    return mnt_numbered_at(l->s, l->len, 0, &c) && c.delim == '.' &&
           mnt_starts_upper(l->s + c.title_off, l->len - c.title_off);
}

static int all_digits(const struct mnt_line *l)
{
    for (size_t i = 0; i < l->len; i++)
        if (!mnt_digit(l->s[i]))
            return 0;
    return l->len > 0;
}

/* A flattened page's number and running header opening a line ("5
 * Handicaprådet Mødedato Side …", or all of a piece cut off before an
 * item's title) are the page's furniture: marked, so that an item's text
 * and its snippets leave them out. The rule finding headings still reads
 * them. */
static void mark_furniture(struct mnt_doc *d, const struct mnt_line *h)
{
    if (h == NULL)
        return;
    for (size_t i = 0; i < d->nlines; i++) {
        struct mnt_line *l = &d->lines[i];
        size_t e = l->kind == MNT_LINE_TEXT ? mnt_header_end(l, h) : 0;
        l->furn = (uint16_t)(e <= UINT16_MAX ? e : 0);
    }
}

/* The piece of l before its cut at o, as a line of its own: its text
 * ran on into the next heading; a piece cut after a page's number keeps
 * saying so (2); a page's number and running header cut off its item's
 * title say that they are (3), so that the pages are still counted
 * (mnt_page_number_run). first: l is its line's first piece. */
static struct mnt_line cut_head(const struct cut_ctx *c,
                                const struct mnt_line *l, size_t o, int first)
{
    struct mnt_line head = *l;
    head.len = o;
    head.cut = l->cut == 2 ? 2 : 1;
    if (c->flat && c->h != NULL && first && mnt_after_header(l, c->h) == o)
        head.cut = MNT_CUT_PAGE_HEAD;
    while (head.len > 0 && head.s[head.len - 1] == ' ')
        head.len--;
    return head;
}

/* Line i cut into v from v[k] on, never past cap (a shorter rest is flat
 * no more: never more cuts than counted); the next free index. The table
 * of contents stays whole (its entries are known), but the page's text
 * after an agenda list inside it is cut from the list and read on. */
static size_t split_line(const struct mnt_doc *d, struct cut_ctx *c, size_t i,
                         struct mnt_line *v, size_t k, size_t cap)
{
    const struct mnt_toc *t = c->t;
    struct mnt_line l = d->lines[i];
    size_t o = t && i == t->last ? t->after : 0;
    while (l.kind == MNT_LINE_TEXT && k + (d->nlines - i) < cap &&
           !(in_toc(t, i) && l.s == d->lines[i].s && o == 0) &&
           !toc_kept_whole(d, t, c->h, i) &&
           (o = l.s == d->lines[i].s && o > 0 ? o : cut_at(d, c, i, &l, 1)) >
               0) {
        struct mnt_line head = cut_head(c, &l, o, l.s == d->lines[i].s);
        v[k++] = head;
        l.s += o;
        l.len -= o;
        /* 2: cut after a page's number or footer, so a number opening
         * the rest is the item's, not the page's */
        l.cut = all_digits(&head) || mnt_loose_heading_at(head.s, o + l.len, o)
                    ? 2
                    : 1;
    }
    /* "1. FORLÆNGELSE AF … Sagsnr. …": a flattened page that opens with an
     * item's heading is a heading running on into its text, as a piece cut
     * before a heading is - a long one, or a short last page whose heading
     * runs on into a case file's field ("4. Salg af grund Sagsnr: 15/880 …") */
    if (c->flat && !l.cut && l.kind == MNT_LINE_TEXT &&
        (l.len > MNT_HEADING_MAX || mnt_title_before_field(l.s, l.len) > 0) &&
        page_heading_at(&l))
        l.cut = 1;
    v[k++] = l;
    return k;
}

long mnt_split_inline(struct mnt_doc *d)
{
    size_t extra = mnt_inline_count(d);
    if (extra == 0)
        return 0;
    struct cut_ctx c;
    cut_ctx_init(&c, d);
    size_t k = 0, cap = d->nlines + extra;
    struct mnt_line *v = calloc(cap, sizeof *v);
    if (v == NULL)
        return -1;
    for (size_t i = 0; i < d->nlines; i++)
        k = split_line(d, &c, i, v, k, cap);
    free(d->lines);
    d->lines = v;
    d->nlines = k;
    mark_furniture(d, c.h);
    return (long)extra;
}
