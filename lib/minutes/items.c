/* SPDX-License-Identifier: GPL-2.0-or-later */
/* items.c - from the chosen headings to items: label, title (wrapped
 * lines joined; NULL when the page has none), case number, line range,
 * named sections, body, attendees; closed items keep their title only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

/* ---- sections ---- */

static const char *const SECTIONS[] = {
    "Resume",
    "Resumé",
    "Sagsresume",
    "Sagsresumé",
    "Indstilling",
    "Indstillinger",
    "Sagsfremstilling",
    "Supplerende sagsfremstilling",
    "Beslutning",
    "Beslutninger",
    "Bilag",
    "Baggrund",
    "Økonomi",
    "Kommentarer",
    "Kommentar",
    "Sagsbeskrivelse",
    "Sagens indhold",
    "Forslag til beslutning",
    "Indstilling/Beslutning",
    "Indstilling og beslutning",
    "Beslutning/Indstilling",
    "Konklusion",
    "Drøftelse",
    "Lovgrundlag",
    "Retsgrundlag",
    "Vurdering",
    "Tidsplan",
    "Kommunikation",
    "Høring",
    "Administrationens indstilling",
    "Direktørens indstilling",
    "Anbefaling",
    "Anbefalinger",
    "Formål",
    "Bemærkninger",
    "Indhold",
    "Drøftelsens hovedpointer",
    "Drøftelsens hovedpointer/beslutning",
    "Kommentarer til status",
};

static int is_section_name(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof SECTIONS / sizeof *SECTIONS; k++)
        if (mnt_eq_fold(s, n, SECTIONS[k], strlen(SECTIONS[k])))
            return 1;
    /* "Beslutning i Social- og Sundhedsudvalget den 3. maj" */
    return n <= 60 && (mnt_prefix_fold(s, n, "Beslutning i ") > 0 ||
                       mnt_prefix_fold(s, n, "Indstilling fra ") > 0);
}

int mnt_section_heading(const char *s, size_t n, size_t *name_len,
                        size_t *text_off)
{
    size_t colon = n;
    for (size_t i = 0; i < n && i < 64; i++)
        if (s[i] == ':') {
            colon = i;
            break;
        }
    size_t end = colon;
    while (end > 0 && s[end - 1] == ' ')
        end--;
    if (end == 0 || !is_section_name(s, end))
        return 0;
    *name_len = end;
    *text_off = colon == n ? n : mnt_skip_sp(s, n, colon + 1);
    return 1;
}

/* ---- building items ---- */

static int is_case_number(const char *s, size_t n)
{
    size_t seps = 0;
    char iso[11];
    if (n < 5 || n > 40 || s[0] < '0' || s[0] > '9')
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '-' || ch == '.' || ch == '/')
            seps++;
        else if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') ||
                   (ch >= 'a' && ch <= 'z')))
            return 0;
    }
    char last = s[n - 1];
    return seps >= 2 && last != '-' && last != '.' && last != '/' &&
           !mnt_date_find(s, n, iso);
}

static char *dup_n(const char *s, size_t n)
{
    char *r = malloc(n + 1);
    if (r != NULL) {
        memcpy(r, s, n);
        r[n] = '\0';
    }
    return r;
}

/* Next TEXT line after i, at most `gap` blank/noise lines away, before
 * `end`; returns end if none. */
static size_t next_text(const struct mnt_doc *d, size_t i, size_t end,
                        size_t gap)
{
    for (size_t k = i + 1; k < end && k <= i + 1 + gap; k++)
        if (d->lines[k].kind == MNT_LINE_TEXT)
            return k;
    return end;
}

static int title_open(const struct mnt_doc *d, size_t first, size_t last,
                      size_t off)
{
    long depth = 0;
    for (size_t i = first; i <= last; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        for (size_t k = i == first ? off : 0; k < l->len; k++)
            depth += l->s[k] == '(' ? 1 : l->s[k] == ')' ? -1 : 0;
    }
    const struct mnt_line *l = &d->lines[last];
    int hyphen = l->len >= 2 && l->s[l->len - 1] == '-' &&
                 l->s[l->len - 2] != ' ' && (last != first || l->len - off > 1);
    return depth > 0 || hyphen;
}

/* Does the heading line i wrap onto the next line (no blank between)? A
 * long line that ends in no stop, followed by a short one that starts in
 * lower case: "… til eksisterende" / "virksomhed." (Danish body text
 * opens with a capital). */
static int wrapped_on(const struct mnt_doc *d, size_t i, size_t end)
{
    const struct mnt_line *l = &d->lines[i];
    if (i + 1 >= end || l->len < 50 || strchr(".:;!?", l->s[l->len - 1]))
        return 0;
    const struct mnt_line *n = &d->lines[i + 1];
    uint32_t cp = 0;
    if (n->kind != MNT_LINE_TEXT || n->len > 80)
        return 0;
    mnt_u8_decode(n->s, n->len, &cp);
    return mnt_cp_is_lower(cp);
}

/* May line i continue a wrapped heading? Not if it opens something. */
static int continues_title(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    struct mnt_cand c;
    size_t nl, off;
    return !mnt_numbered_at(l->s, l->len, 0, &c) && !mnt_herning_key(l) &&
           !mnt_section_heading(l->s, l->len, &nl, &off) &&
           mnt_prefix_fold(l->s, l->len, "Punkt ") == 0;
}

/* Sentences, not a heading: a line over MNT_HEADING_MAX bytes, or one
 * where a full stop is followed by a capitalised word ("… hjemløse.
 * Planen …"). The first sentence of a body is never taken for a title. */
static int is_prose(const struct mnt_line *l)
{
    if (l->len > MNT_HEADING_MAX)
        return 1;
    for (size_t i = 3; i + 2 < l->len; i++) {
        uint32_t next, prev;
        if (l->s[i] != '.' || l->s[i + 1] != ' ')
            continue;
        mnt_u8_decode(l->s + i + 2, l->len - i - 2, &next);
        size_t b = mnt_u8_prev(l->s, l->s + i, &prev);
        uint32_t prev2;
        mnt_u8_prev(l->s, l->s + i - b, &prev2);
        /* "hjemløse. Planen", not "Evt. Næste" nor "Pkt. 3" */
        if (mnt_cp_is_upper(next) && mnt_cp_is_lower(prev) &&
            mnt_cp_is_lower(prev2) && i > 12)
            return 1;
    }
    return 0;
}

/* May line i be a title on its own line (after "Sagsnr.: ...")? Like a
 * continuation, except that "Høring: Boligstøtte" - a section name with
 * text after its colon - is a title; only a bare "Høring" or
 * "Sagsresume" line means the item has none. */
static int opens_title(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    struct mnt_cand c;
    size_t nl, off;
    if (mnt_numbered_at(l->s, l->len, 0, &c) || mnt_herning_key(l) ||
        mnt_prefix_fold(l->s, l->len, "Punkt ") > 0 || is_prose(l))
        return 0;
    return !mnt_section_heading(l->s, l->len, &nl, &off) || off < l->len;
}

/* A section name at a word start inside a flattened line ends the
 * heading: "2. Meddelelser Sagsfremstilling Formanden …". */
static int section_word_at(const char *s, size_t n)
{
    static const char *const words[] = {
        "Sagsfremstilling", "Indstilling", "Beslutning",     "Resume",
        "Sagsresume",       "Baggrund",    "Sagsbeskrivelse"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t m = mnt_prefix_fold(s, n, words[k]);
        if (m > 0 && (m == n || s[m] == ' ' || s[m] == ':'))
            return 1;
    }
    return 0;
}

/* Does s[0..n) end in a preposition or conjunction ("af", "i", "til")? */
static int after_small_word(const char *s, size_t n)
{
    static const char *const small[] = {"af",  "i",   "til",  "om", "for",
                                        "med", "på",  "fra",  "og", "ved",
                                        "hos", "mod", "under"};
    size_t w = n;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    for (size_t k = 0; k < sizeof small / sizeof *small; k++)
        if (mnt_eq_fold(s + w, n - w, small[k], strlen(small[k])))
            return 1;
    return 0;
}

/* Where a heading inside a long (flattened) line ends: before a section
 * name, at the end of its first sentence, or at a word boundary near
 * 150 bytes. */
static size_t flat_title_end(const struct mnt_line *l, size_t off)
{
    size_t lim = off + 150 < l->len ? off + 150 : l->len, space = 0;
    while (lim < l->len && lim > off &&
           ((unsigned char)l->s[lim] & 0xC0) == 0x80)
        lim--; /* never inside a character */
    for (size_t i = off + 1; i < lim; i++) {
        if (l->s[i - 1] != ' ')
            continue;
        space = i - 1;
        if (section_word_at(l->s + i, l->len - i))
            return i - 1;
        uint32_t cp, prev;
        mnt_u8_decode(l->s + i, l->len - i, &cp);
        mnt_u8_prev(l->s, l->s + i - 1, &prev);
        /* Danish capitalises no nouns: "… af dagsorden Dagsordenen blev"
         * starts the text; "afgørelse i Folkeoplysningsudvalget" is a
         * name after a preposition */
        if (mnt_cp_is_upper(cp) && mnt_cp_is_lower(prev) && i - off > 8 &&
            !after_small_word(l->s + off, i - 1 - off))
            return i - 1;
        if (i >= 2 && l->s[i - 2] == '.' && i - off > 12)
            return i - 2;
    }
    return lim == l->len ? l->len : (space > off ? space : lim);
}

struct title_at {
    size_t body;  /* first line of the body */
    size_t skip0; /* bytes of that line that were the title */
};

/* The title of the item whose heading is at c (text from c->title_off,
 * or the next line), wrapped lines included; NULL in *out when the item
 * has none. ERR_NOMEM. */
static int take_title(const struct mnt_parser *p, const struct mnt_cand *c,
                      size_t end, struct title_at *at, char **out)
{
    const struct mnt_doc *d = &p->doc;
    size_t first = c->line, off = c->title_off;
    const struct mnt_line *l = &d->lines[first];
    *out = NULL;
    at->skip0 = 0;
    at->body = first + 1;
    if (c->title_end > 0 ||
        ((l->cut || l->len > MNT_HEADING_MAX) && off < l->len)) {
        struct mnt_line cut = *l;
        size_t al = mnt_agenda_title_len(p, c, l->s + off, l->len - off);
        cut.len = c->title_end > 0 ? c->title_end
                  : al > 0         ? off + al
                                   : flat_title_end(l, off);
        if (c->title_end == 0 && cut.len < l->len)
            at->body = first, at->skip0 = mnt_skip_sp(l->s, l->len, cut.len);
        *out = mnt_clean_oneline(&cut, 1, off);
        return *out != NULL ? ERR_OK : ERR_NOMEM;
    }
    if (off >= l->len) {
        size_t k = next_text(d, first, end, MNT_JOIN_GAP);
        if (k == end || !opens_title(d, k))
            return ERR_OK; /* no title: never one made up from the text */
        first = k, off = 0;
    }
    size_t last = first;
    for (unsigned n = 1; n < MNT_TITLE_LINES; n++) {
        int open = title_open(d, first, last, off);
        if (!open && !wrapped_on(d, last, end))
            break;
        size_t k = next_text(d, last, end, open ? MNT_JOIN_GAP : 0);
        if (k == end || !continues_title(d, k))
            break;
        last = k;
    }
    at->body = last + 1;
    *out = mnt_clean_oneline(&d->lines[first], last + 1 - first, off);
    if (*out != NULL && (*out)[0] == '\0') {
        free(*out);
        *out = NULL;
    }
    return ERR_OK;
}

static int add_section(struct mnt_item *it, const char *name, size_t nn,
                       const struct mnt_doc *d, size_t from, size_t to,
                       size_t skip0)
{
    struct buf text;
    buf_init(&text);
    if (to > from &&
        mnt_clean_lines(&d->lines[from], to - from, skip0, &text) != ERR_OK) {
        buf_fini(&text);
        return ERR_NOMEM;
    }
    if (nn == 0 && text.len == 0)
        return ERR_OK; /* no text before the first heading */
    struct mnt_section *s = it->sections;
    size_t n = it->nsections;
    if ((n & (n - 1)) == 0) { /* grow at 0, 1, 2, 4, 8, ... */
        s = realloc(s, (n ? 2 * n : 1) * sizeof *s);
        if (s == NULL) {
            buf_fini(&text);
            return ERR_NOMEM;
        }
        it->sections = s;
    }
    s = &s[n];
    s->name = dup_n(name, nn);
    s->text = buf_detach(&text);
    if (s->name == NULL || s->text == NULL) {
        free(s->name);
        free(s->text);
        return ERR_NOMEM;
    }
    it->nsections++;
    return ERR_OK;
}

/* Cut lines[from..to) into sections (skip0 bytes of the first line left
 * out) and build the body from them. */
static int split_sections(struct mnt_item *it, const struct mnt_doc *d,
                          size_t from, size_t to, size_t skip0)
{
    const char *name = "";
    size_t nn = 0, start = from;
    for (size_t i = from; i < to; i++) {
        const struct mnt_line *l = &d->lines[i];
        size_t len, off;
        if (l->kind != MNT_LINE_TEXT ||
            !mnt_section_heading(l->s + (i == from ? skip0 : 0),
                                 l->len - (i == from ? skip0 : 0), &len, &off))
            continue;
        if (i == from && skip0 > 0) {
            if (add_section(it, name, nn, d, start, i, skip0) != ERR_OK)
                return ERR_NOMEM;
            name = l->s + skip0, nn = len;
            start = off < l->len - skip0 ? i : i + 1;
            skip0 = off < l->len - skip0 ? skip0 + off : 0;
            continue;
        }
        if (add_section(it, name, nn, d, start, i, skip0) != ERR_OK)
            return ERR_NOMEM;
        name = l->s, nn = len;
        start = off < l->len ? i : i + 1;
        skip0 = off < l->len ? off : 0;
    }
    if (add_section(it, name, nn, d, start, to, skip0) != ERR_OK)
        return ERR_NOMEM;
    struct buf b;
    buf_init(&b);
    int rc = ERR_OK;
    for (size_t k = 0; k < it->nsections && rc == ERR_OK; k++) {
        const struct mnt_section *s = &it->sections[k];
        if (b.len > 0)
            rc = buf_puts(&b, "\n\n");
        if (rc == ERR_OK && s->name[0] != '\0')
            rc = buf_printf(&b, "%s%s", s->name, s->text[0] ? "\n" : "");
        if (rc == ERR_OK)
            rc = buf_puts(&b, s->text);
    }
    if (rc == ERR_OK && buf_append(&b, "", 0) == ERR_OK)
        it->body = buf_detach(&b);
    buf_fini(&b);
    return it->body ? ERR_OK : ERR_NOMEM;
}

/* A case number near the top of the item: Region's "1-01-81-11-23" on a
 * line of its own, or a "Sagsnr.: X" field. Consumes a lone number line
 * right after the title by advancing *body. */
static int find_case_no(struct mnt_item *it, const struct mnt_doc *d,
                        size_t *body, size_t end)
{
    size_t k = next_text(d, *body - 1, end, MNT_JOIN_GAP);
    if (k < end && is_case_number(d->lines[k].s, d->lines[k].len)) {
        it->case_no = dup_n(d->lines[k].s, d->lines[k].len);
        *body = k + 1;
        return it->case_no ? ERR_OK : ERR_NOMEM;
    }
    for (size_t i = *body, seen = 0; i < end && seen < 6; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        seen++;
        size_t off = mnt_herning_key(l);
        if (off == 0 || off >= l->len)
            continue;
        size_t e = off;
        while (e < l->len && l->s[e] != ' ')
            e++;
        it->case_no = dup_n(l->s + off, e - off);
        return it->case_no ? ERR_OK : ERR_NOMEM;
    }
    return ERR_OK;
}

static int item_attendees(struct mnt_item *it)
{
    struct buf text;
    buf_init(&text);
    for (size_t k = 0; k < it->nsections; k++) {
        const char *t = it->sections[k].text;
        if (t[0] == '\0')
            continue;
        if ((text.len > 0 && buf_puts(&text, "\n\n") != ERR_OK) ||
            buf_puts(&text, t) != ERR_OK) {
            buf_fini(&text);
            return ERR_NOMEM;
        }
    }
    if (text.len > 0)
        it->attendees = mnt_item_attendees(it->title, text.data);
    buf_fini(&text);
    return ERR_OK;
}

static size_t last_nonblank(const struct mnt_doc *d, size_t from, size_t end)
{
    size_t last = from;
    for (size_t i = from; i < end; i++)
        if (d->lines[i].kind != MNT_LINE_BLANK)
            last = i;
    return last;
}

/* Does s (n bytes) hold word w, case-insensitively? */
static int has_fold(const char *s, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') &&
            mnt_prefix_fold(s + i, n - i, w) > 0)
            return 1;
    return 0;
}

/* "Lukket punkt", "Lukket sag", "(Lukket)" in the heading or the title,
 * or a body that opens "Punktet er lukket". */
static int is_closed(const struct mnt_item *it, const struct mnt_line *head)
{
    static const char *const marks[] = {"lukket punkt", "lukket sag", "lukket)",
                                        "lukket:", "lukket -"};
    const char *t = it->title ? it->title : "";
    size_t tn = strlen(t);
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (has_fold(t, tn, marks[k]) ||
            has_fold(head->s, head->len < 300 ? head->len : 300, marks[k]))
            return 1;
    if ((tn > 0 && mnt_eq_fold(t, tn, "Lukket", 6)) ||
        mnt_eq_fold(head->s, head->len, "Lukket", 6) ||
        mnt_eq_fold(head->s, head->len, "Lukket sag", 10))
        return 1;
    const char *b = it->body ? it->body : "";
    size_t bn = strnlen(b, 80);
    return mnt_prefix_fold(b, bn, "Lukket punkt") > 0 ||
           mnt_prefix_fold(b, bn, "Punktet er lukket") > 0 ||
           mnt_prefix_fold(b, bn, "Sagen er lukket") > 0 ||
           mnt_prefix_fold(b, bn, "Lukket sag") > 0;
}

/* A closed item is indexed by its title only. */
static int close_item(struct mnt_item *it)
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

static void item_ocr_conf(struct mnt_item *it, const struct mnt_doc *d,
                          size_t from, size_t end)
{
    double sum = 0;
    size_t n = 0;
    for (size_t i = from; i < end; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT && d->lines[i].conf >= 0)
            sum += d->lines[i].conf, n++;
    it->ocr_conf = n > 0 ? (float)(sum / (double)n) : -1;
}

static int build_item(struct mnt_parser *p, struct mnt_item *it,
                      const struct mnt_cand *c, size_t end,
                      enum mnt_style style, size_t ordinal)
{
    const struct mnt_doc *d = &p->doc;
    char label[24];
    struct title_at at;
    int rc;
    if (style == MNT_STYLE_HERNING) {
        snprintf(label, sizeof label, "%zu", ordinal);
        const struct mnt_line *l = &d->lines[c->line];
        size_t e = c->title_off;
        while (e < l->len && l->s[e] != ' ')
            e++;
        if (e > c->title_off && (it->case_no = dup_n(l->s + c->title_off,
                                                     e - c->title_off)) == NULL)
            return ERR_NOMEM;
        struct mnt_cand t = *c;
        t.title_off = l->len; /* the title is on a later line */
        rc = take_title(p, &t, end, &at, &it->title);
    } else if (style == MNT_STYLE_UNTITLED) {
        snprintf(label, sizeof label, "%zu", ordinal);
        /* "Åben" is no text; an opening section is the body's first */
        at.body = c->line + (c->above || c->title_off == 0);
        at.skip0 = 0;
        rc = ERR_OK;
        if (c->above) {
            it->title = mnt_clean_oneline(&d->lines[c->line], 1, 0);
            rc = it->title != NULL ? ERR_OK : ERR_NOMEM;
        }
    } else {
        if (style == MNT_STYLE_ORDINAL || style == MNT_STYLE_STYLED)
            snprintf(label, sizeof label, "%zu", ordinal);
        else if (c->letter)
            snprintf(label, sizeof label, "%u%c", c->num, c->letter);
        else
            snprintf(label, sizeof label, "%u", c->num);
        rc = take_title(p, c, end, &at, &it->title);
    }
    it->label = strdup(label);
    if (rc != ERR_OK || it->label == NULL)
        return ERR_NOMEM;
    if (it->title == NULL &&
        mnt_warn(p->m, "item %s has no title", it->label) != ERR_OK)
        return ERR_NOMEM;
    if (it->case_no == NULL && at.skip0 == 0 &&
        find_case_no(it, d, &at.body, end) != ERR_OK)
        return ERR_NOMEM;
    it->first_line = d->lines[c->line].no;
    it->last_line = d->lines[last_nonblank(d, c->line, end)].no;
    item_ocr_conf(it, d, c->line, end);
    if (split_sections(it, d, at.body < end ? at.body : end, end,
                       at.body < end ? at.skip0 : 0) != ERR_OK ||
        item_attendees(it) != ERR_OK)
        return ERR_NOMEM;
    return is_closed(it, &d->lines[c->line]) ? close_item(it) : ERR_OK;
}

int mnt_build_items(struct mnt_parser *p, const struct mnt_cands *c,
                    enum mnt_style style)
{
    struct mnt_meeting *m = p->m;
    m->items = calloc(c->n, sizeof *m->items);
    if (m->items == NULL)
        return ERR_NOMEM;
    for (size_t k = 0; k < c->n; k++) {
        size_t end = k + 1 < c->n ? c->v[k + 1].line : p->doc.nlines;
        m->nitems = k + 1;
        if (build_item(p, &m->items[k], &c->v[k], end, style, k + 1) != ERR_OK)
            return ERR_NOMEM;
    }
    return ERR_OK;
}

/* Does the first line read as a title (short, no full stop inside)? */
static int reads_as_title(const struct mnt_line *l)
{
    if (l->len > 120)
        return 0;
    for (size_t i = 0; i + 1 < l->len; i++)
        if (l->s[i] == '.' && l->s[i + 1] == ' ')
            return 0;
    return 1;
}

int mnt_whole_file_item(struct mnt_parser *p)
{
    const struct mnt_doc *d = &p->doc;
    struct mnt_meeting *m = p->m;
    size_t first = 0;
    while (first < d->nlines && (d->lines[first].kind != MNT_LINE_TEXT ||
                                 d->lines[first].no == 0)) /* doc title */
        first++;
    if (first == d->nlines)
        first = 0;
    m->items = calloc(1, sizeof *m->items);
    if (m->items == NULL)
        return ERR_NOMEM;
    m->nitems = 1;
    struct mnt_item *it = &m->items[0];
    it->label = strdup("1");
    if (it->label == NULL)
        return ERR_NOMEM;
    /* a first paragraph is no heading: no title rather than a made-up one */
    if (reads_as_title(&d->lines[first]) &&
        (it->title = mnt_clean_oneline(&d->lines[first], 1, 0)) == NULL)
        return ERR_NOMEM;
    if (it->title == NULL && mnt_warn(m, "item 1 has no title") != ERR_OK)
        return ERR_NOMEM;
    it->first_line = d->lines[first].no;
    it->last_line = d->lines[last_nonblank(d, first, d->nlines)].no;
    item_ocr_conf(it, d, first, d->nlines);
    if (split_sections(it, d, first, d->nlines, 0) != ERR_OK)
        return ERR_NOMEM;
    return item_attendees(it);
}
