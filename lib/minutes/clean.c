/* SPDX-License-Identifier: GPL-2.0-or-later */
/* clean.c - turn PDF-extracted lines into searchable paragraphs: join
 * line-break hyphenation (also across blank lines) but keep real hyphens,
 * drop page footers and layout debris, join wrapped lines, keep bullets
 * and table rows on lines of their own, keep URLs and e-mails whole. */
#include <stdlib.h>
#include <string.h>

#include "extract/hyphen.h"
#include "minutes/minutes_internal.h"

enum para_kind {
    PARA_TEXT,
    PARA_BULLET,
    PARA_ROW
};

struct cleaner {
    struct buf *out;
    size_t out_start; /* out->len when we began: separators only after */
    struct buf para;  /* the paragraph being assembled */
    enum para_kind kind;
    int sep;         /* separator before `para`: 1 "\n", 2 "\n\n" */
    struct buf line; /* scratch: the normalised current line */
    struct buf url;  /* last URL-only line, to drop its duplicate */
    int rc;
};

static void put(struct cleaner *c, struct buf *b, const void *p, size_t n)
{
    if (c->rc == ERR_OK && buf_append(b, p, n) != ERR_OK)
        c->rc = ERR_NOMEM;
}

/* Copy one trimmed line into c->line: white space collapsed to single
 * spaces, soft hyphens dropped (a final one becomes '-'), markdown link
 * debris "[text](#)" and "\(" undone. Returns 1 if it held a tab. */
static int normalise(struct cleaner *c, const char *s, size_t n)
{
    int tab = 0, space = 0;
    buf_reset(&c->line);
    for (size_t i = 0; i < n;) {
        size_t k = mnt_space_len(s + i, n - i);
        if (k > 0) {
            tab |= s[i] == '\t';
            space = 1;
            i += k;
            continue;
        }
        if (space && c->line.len > 0)
            put(c, &c->line, " ", 1);
        space = 0;
        uint32_t cp;
        size_t len = utf8_decode(s + i, n - i, &cp);
        if (cp == 0xAD) { /* soft hyphen */
            if (i + len == n && c->line.len > 0)
                put(c, &c->line, "-", 1);
            i += len;
            continue;
        }
        if (s[i] == '\\' && i + 1 < n &&
            (s[i + 1] == '(' || s[i + 1] == ')' || s[i + 1] == '[' ||
             s[i + 1] == ']')) {
            put(c, &c->line, s + i + 1, 1);
            i += 2;
            continue;
        }
        if (n - i >= 4 && memcmp(s + i, "](#)", 4) == 0 && c->line.len > 0) {
            /* drop the "[" that opened this link text */
            char *open = NULL;
            size_t stop = c->line.len > 512 ? c->line.len - 512 : 0;
            for (size_t j = c->line.len; j > stop; j--)
                if (c->line.data[j - 1] == '[') {
                    open = c->line.data + j - 1;
                    break;
                }
            if (open != NULL) {
                size_t tail = c->line.len - (size_t)(open - c->line.data) - 1;
                memmove(open, open + 1, tail);
                c->line.len--;
                c->line.data[c->line.len] = '\0';
            }
            i += 4;
            continue;
        }
        if (n - i >= 3 && memcmp(s + i, "(#)", 3) == 0) {
            i += 3;
            continue;
        }
        put(c, &c->line, s + i, len);
        i += len;
    }
    while (c->line.len > 0 && c->line.data[c->line.len - 1] == ' ')
        c->line.data[--c->line.len] = '\0';
    return tab;
}

/* "• x", "- x", "* x", "1. x", "2) x", "a) x": a list item. */
static int is_bullet(const char *s, size_t n)
{
    size_t k = ext_bullet_len(s, n);
    if (k > 0 && s[k] == ' ')
        return 1;
    if (n == 1 && (s[0] == '-' || s[0] == '*'))
        return 0;
    if (n >= 4 && memcmp(s, "\xE2\x80\xA2", 3) == 0)
        return 1; /* "•text" without a space */
    size_t i = fold_prefix(s, n, "Bilag ");
    if (i > 0) { /* "Bilag 3: slides" lists an attachment */
        while (i < n && mnt_digit(s[i]))
            i++;
        if (i > 6 && i < n && s[i] == ':')
            return 1;
    }
    i = 0;
    while (i < n && i < 2 && mnt_digit(s[i]))
        i++;
    if (i == 0 && n >= 3 && ascii_lower(s[0]) && s[1] == ')')
        return s[2] == ' ';
    return i > 0 && i + 1 < n && (s[i] == '.' || s[i] == ')') &&
           s[i + 1] == ' ';
}

static int is_url_only(const char *s, size_t n)
{
    if (memchr(s, ' ', n) != NULL)
        return 0;
    return (n > 7 && memcmp(s, "http://", 7) == 0) ||
           (n > 8 && memcmp(s, "https://", 8) == 0) ||
           (n > 4 && memcmp(s, "www.", 4) == 0);
}

static int ends_sentence(const struct buf *b)
{
    if (b->len == 0)
        return 1;
    char last = b->data[b->len - 1];
    return last == '.' || last == '!' || last == '?' || last == ':' ||
           last == ';';
}

/* Does the paragraph end in a word that cannot end a sentence ("i",
 * "og", a comma)? */
static int ends_open(const struct buf *b)
{
    static const char *const words[] = {
        "i",    "og",  "på",   "til",  "af",    "for",   "med",  "om",
        "at",   "en",  "et",   "den",  "det",   "de",    "fra",  "ved",
        "som",  "der", "mod",  "hos",  "efter", "under", "over", "eller",
        "samt", "men", "end",  "har",  "er",    "var",   "blev", "skal",
        "vil",  "kan", "ikke", "hvor", "når",   "the",   "and",  "of",
    };
    if (b->len == 0)
        return 0;
    if (b->data[b->len - 1] == ',')
        return 1;
    size_t i = b->len, stop = b->len > 8 ? b->len - 8 : 0;
    while (i > stop && b->data[i - 1] != ' ')
        i--;
    if (i > 0 && b->data[i - 1] != ' ')
        return 0; /* a longer word */
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (b->len - i == strlen(words[k]) &&
            memcmp(b->data + i, words[k], b->len - i) == 0)
            return 1;
    return 0;
}

/* After a blank line, does this line still continue the paragraph (the
 * PDF double-spaced its lines)? Only when the paragraph is visibly
 * unfinished and the line starts in lower case or with a number, or the
 * paragraph ends in a word such as "i" or "og". */
static int continues(const struct buf *para, const char *s, size_t n)
{
    if (ends_sentence(para))
        return 0;
    if (mnt_starts_lower(s, n) || (n > 0 && mnt_digit(s[0])))
        return 1;
    return ends_open(para);
}

/* Join a paragraph ending in a line-break hyphen with the next line's
 * text, by the one rule for it (extract/hyphen.h, shared with the PDF
 * reader). */
static int join_hyphen(struct cleaner *c, const char *s, size_t n)
{
    struct buf *p = &c->para;
    switch (ext_hyphen_join(p->data, p->len, s, n)) {
    case EXT_HYPHEN_NONE:
        return 0;
    case EXT_HYPHEN_DROP: /* "ind-" + "sats" -> "indsats" */
        p->data[--p->len] = '\0';
        break;
    case EXT_HYPHEN_SPACE: /* "Social-" + "og Sundhedsudvalget" */
        put(c, p, " ", 1);
        break;
    case EXT_HYPHEN_KEEP: /* "Region-" + "Midtjylland", "COVID-" + "19" */
        break;
    }
    put(c, p, s, n);
    return 1;
}

static void flush(struct cleaner *c)
{
    if (c->para.len == 0)
        return;
    if (c->out->len > c->out_start)
        put(c, c->out, c->sep == 2 ? "\n\n" : "\n", c->sep == 2 ? 2 : 1);
    put(c, c->out, c->para.data, c->para.len);
    buf_reset(&c->para);
}

static void add_line(struct cleaner *c, int tab, size_t gap)
{
    const char *s = c->line.data;
    size_t n = c->line.len;
    if (n == 0)
        return;
    if (is_url_only(s, n)) {
        if (c->url.len == n && memcmp(c->url.data, s, n) == 0)
            return; /* the same link printed twice */
        buf_reset(&c->url);
        put(c, &c->url, s, n);
    }
    int bullet = is_bullet(s, n);
    enum para_kind kind = tab ? PARA_ROW : bullet ? PARA_BULLET : PARA_TEXT;
    if (c->para.len > 0 && gap <= MNT_JOIN_GAP && !bullet && !tab &&
        c->kind != PARA_ROW) {
        if (join_hyphen(c, s, n))
            return;
        if (gap == 0 || continues(&c->para, s, n)) {
            put(c, &c->para, " ", 1);
            put(c, &c->para, s, n);
            return;
        }
    }
    flush(c);
    c->sep = gap > 0 ? 2 : 1;
    c->kind = kind;
    put(c, &c->para, s, n);
}

static int clean_lines(const struct mnt_line *lines, size_t n, size_t skip0,
                       int body, struct buf *out)
{
    struct cleaner c;
    memset(&c, 0, sizeof c);
    c.out = out;
    c.out_start = out->len;
    size_t gap = 0;
    for (size_t i = 0; i < n && c.rc == ERR_OK; i++) {
        const struct mnt_line *l = &lines[i];
        if (l->kind != MNT_LINE_TEXT) {
            gap++;
            continue;
        }
        size_t skip = i == 0 ? skip0 : 0;
        if (body && l->furn > skip)
            skip = l->furn;
        if (skip > l->len)
            skip = l->len;
        int tab = normalise(&c, l->s + skip, l->len - skip);
        if (c.line.len == 0)
            continue;
        add_line(&c, tab, gap);
        gap = 0;
    }
    flush(&c);
    buf_fini(&c.para);
    buf_fini(&c.line);
    buf_fini(&c.url);
    return c.rc;
}

int mnt_clean_lines(const struct mnt_line *lines, size_t n, size_t skip0,
                    struct buf *out)
{
    return clean_lines(lines, n, skip0, 0, out);
}

int mnt_clean_body(const struct mnt_line *lines, size_t n, size_t skip0,
                   struct buf *out)
{
    return clean_lines(lines, n, skip0, 1, out);
}

char *mnt_clean(const char *text, size_t len)
{
    struct mnt_doc d;
    struct buf out;
    buf_init(&out);
    if (text == NULL)
        len = 0;
    if (mnt_doc_init(&d, text ? text : "", len) != ERR_OK)
        return NULL;
    int rc = mnt_clean_lines(d.lines, d.nlines, 0, &out);
    mnt_doc_fini(&d);
    if (rc != ERR_OK) {
        buf_fini(&out);
        return NULL;
    }
    return buf_detach(&out);
}

/* Abbreviations whose final '.' belongs to the word ("Evt."). */
static int is_abbreviation(const char *w, size_t n)
{
    static const char *const abbr[] = {
        "evt",   "mv",   "mm",  "osv",  "etc", "jf", "jvf", "ca",  "inkl",
        "ekskl", "vedr", "pkt", "nr",   "stk", "kl", "pga", "dvs", "fx",
        "mfl",   "el",   "hhv", "iflg", "ift", "bl", "nb",  "obs", "tlf",
    };
    if (memchr(w, '.', n) != NULL)
        return 1; /* "bl.a", "m.fl" */
    size_t letters = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(w + i, n - i, &cp);
        letters++;
    }
    if (letters == 1)
        return 1;
    return fold_among(w, n, abbr, sizeof abbr / sizeof *abbr);
}

char *mnt_clean_oneline(const struct mnt_line *lines, size_t n, size_t skip0)
{
    struct buf b;
    buf_init(&b);
    if (mnt_clean_lines(lines, n, skip0, &b) != ERR_OK) {
        buf_fini(&b);
        return NULL;
    }
    if (buf_append(&b, "", 0) != ERR_OK) { /* ensure data != NULL */
        buf_fini(&b);
        return NULL;
    }
    /* newlines -> spaces, collapsing */
    size_t o = 0;
    for (size_t i = 0; i < b.len; i++) {
        char ch = b.data[i] == '\n' ? ' ' : b.data[i];
        if (ch == ' ' && (o == 0 || b.data[o - 1] == ' '))
            continue;
        b.data[o++] = ch;
    }
    while (o > 0 && b.data[o - 1] == ' ')
        o--;
    if (o > MNT_TITLE_MAX) {
        o = MNT_TITLE_MAX;
        o = utf8_floor(b.data, o);
    }
    while (o > 0 && (b.data[o - 1] == ':' || b.data[o - 1] == ' '))
        o--;
    if (o > 0 && b.data[o - 1] == '.') {
        size_t w = o - 1;
        while (w > 0 && b.data[w - 1] != ' ')
            w--;
        if (!is_abbreviation(b.data + w, o - 1 - w))
            o--;
        while (o > 0 && b.data[o - 1] == ' ')
            o--; /* OCR's "møde ." */
    }
    b.data[o] = '\0';
    b.len = o;
    return buf_detach(&b);
}
