/* SPDX-License-Identifier: GPL-2.0-or-later */
/* candidates.c - which lines could open an agenda item, per heading style:
 * "Punkt 3: …", "Sagsnr.: …", "3. …", a list item the format numbered;
 * the shapes these share with the loose ones of unknown layouts
 * (generic.c); and the lines worth keeping as candidates (mnt_collect():
 * not a list's points, not an attendee), with their quality. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

size_t mnt_skip_sp(const char *s, size_t n, size_t i)
{
    /* a tab joins the cells of a table row: "3.\tTitel" */
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

size_t mnt_read_num(const char *s, size_t n, size_t i, size_t max, unsigned *v)
{
    size_t k = 0;
    *v = 0;
    while (i + k < n && s[i + k] >= '0' && s[i + k] <= '9') {
        if (++k > max)
            return 0;
        *v = *v * 10 + (unsigned)(s[i + k - 1] - '0');
    }
    return k;
}

static uint32_t first_cp(const char *s, size_t n)
{
    uint32_t cp = 0;
    if (n > 0)
        utf8_decode(s, n, &cp);
    return cp;
}

int mnt_starts_title(const char *s, size_t n)
{
    if (n == 0)
        return 1; /* title on the next line */
    uint32_t cp = first_cp(s, n);
    /* '§': titles such as "§ 18-midler - status" (the Serviceloven's
     * paragraph sign opens many agenda items) */
    return fold_is_letter(cp) || (cp >= '0' && cp <= '9') || cp == '"' ||
           cp == '(' || cp == 0x201C || cp == 0x201D || cp == 0xAB ||
           cp == 0xA7;
}

int mnt_starts_upper(const char *s, size_t n)
{
    uint32_t cp = first_cp(s, n);
    return n > 0 && (fold_is_upper(cp) || cp == 0xA7 || cp == '"' ||
                     cp == 0x201C || cp == 0xAB);
}

/* A table-of-contents line: "Velkomst.....\t3", "Velkomst … 3". */
static int is_toc_line(const char *s, size_t n)
{
    size_t i = n;
    while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
        i--;
    if (i == n || i == 0)
        return 0;
    if (s[i - 1] == '\t')
        return 1;
    for (size_t k = 0; k + 4 <= n; k++)
        if (memcmp(s + k, "....", 4) == 0 ||
            memcmp(s + k, "\xE2\x80\xA6", 3) == 0)
            return 1;
    return 0;
}

/* "12. marts 2025 - referat": a date, not item 12. */
int mnt_is_month(const char *s, size_t n)
{
    static const char *const months[] = {
        "januar", "februar", "marts",     "april",   "maj",      "juni",
        "juli",   "august",  "september", "oktober", "november", "december",
        "jan.",   "feb.",    "mar.",      "apr.",    "aug.",     "sep.",
        "sept.",  "okt.",    "nov.",      "dec."};
    for (size_t k = 0; k < sizeof months / sizeof *months; k++) {
        size_t m = fold_prefix(s, n, months[k]);
        if (m > 0 && (m == n || s[m] == ' ' || s[m] == ',' ||
                      months[k][strlen(months[k]) - 1] == '.'))
            return 1;
    }
    return 0;
}

/* A title that ends like a person and party, "Lars Weiss (A)": a member
 * list, not an agenda (but "Godkendelse af budget (B)" is an item). */
int mnt_is_member(const char *s, size_t n)
{
    return n >= 4 && s[n - 1] == ')' && s[n - 3] == '(' && s[n - 2] >= 'A' &&
           s[n - 2] <= 'Z';
}

/* A person and party and nothing else: two to four capitalised words
 * before "(A)", "Lars Weiss (A)", "Anne Marie Berg (V)". Never an item. */
static int is_person(const char *s, size_t n)
{
    if (!mnt_is_member(s, n))
        return 0;
    size_t words = 0, i = 0;
    struct mnt_tok t;
    while (mnt_tok_next(s, n - 3, &i, &t)) {
        if (!mnt_tok_capital(&t) || (t.s[0] >= '0' && t.s[0] <= '9'))
            return 0;
        words++;
    }
    return words >= 2 && words <= 4;
}

/* "Gensidig orientering (O)", "Budgetopfølgning 2016 (B)": a letter in
 * brackets after a word in lower case or a number is the publishing
 * system's type mark (Slagelse: B for decision, O for orientation), not
 * a party after a person's surname ("… fra Anne Berg (V)"), which is
 * capitalised. */
static int type_mark(const char *s, size_t n)
{
    size_t i = 0;
    struct mnt_tok t, last = {NULL, 0};
    while (mnt_tok_next(s, n - 3, &i, &t))
        last = t;
    if (last.n == 0)
        return 0;
    return (last.s[0] >= '0' && last.s[0] <= '9') || !mnt_tok_capital(&last);
}

static int ends_intro(const struct mnt_line *l)
{
    /* "indstiller, at" / "følgende:" introduce a numbered list */
    if (l->len == 0)
        return 0;
    if (l->s[l->len - 1] == ':' || l->s[l->len - 1] == ',')
        return 1;
    if (l->len >= 3 && memcmp(l->s + l->len - 3, " at", 3) == 0)
        return 1;
    /* so does an item's section name, capitalised ("… Beslutning" / "1.
     * Borgermøder" in a flattened page, not "… til beslutning"): its
     * text is the item's, the list in it too */
    struct mnt_line w = *l;
    size_t k = l->len;
    while (k > 0 && l->s[k - 1] != ' ')
        k--;
    w.s = l->s + k;
    w.len = l->len - k;
    return mnt_starts_upper(w.s, w.len) && mnt_is_item_section(&w);
}

/* Is the line right above li (no blank between) a numbered line whose
 * number is one less than c's: "1. Møde med …" / "2. Besøg fra …", a
 * list's points, not headings (a heading has its item's text above it,
 * or the page's furniture)? */
static int list_point(const struct mnt_doc *d, size_t li,
                      const struct mnt_cand *c)
{
    struct mnt_cand prev;
    const struct mnt_line *l = li > 0 ? &d->lines[li - 1] : NULL;
    if (l == NULL || l->kind != MNT_LINE_TEXT || c->letter != 0)
        return 0;
    /* the point above wrapped onto a line of its own ("1. Månedlige" /
     * "nøgletal for …" / "2. Status på"): a line opening in lower case
     * goes on from the line above (Danish text opens with a capital) */
    if (!mnt_numbered_at(l->s, l->len, 0, &prev) && li > 1 &&
        fold_is_lower(first_cp(l->s, l->len)) &&
        d->lines[li - 2].kind == MNT_LINE_TEXT)
        l = &d->lines[li - 2];
    return mnt_numbered_at(l->s, l->len, 0, &prev) && prev.letter == 0 &&
           prev.num + 1 == c->num;
}

static int quality(const struct mnt_parser *p, size_t li,
                   const struct mnt_cand *c, const char *title, size_t tn)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[li];
    int q = 0;
    if (li == 0 || d->lines[li - 1].kind != MNT_LINE_TEXT)
        q += 2;
    else if (ends_intro(&d->lines[li - 1]))
        q -= 3;
    else if (list_point(d, li, c))
        q -= 2;
    uint32_t cp = first_cp(title, tn);
    if (tn == 0 || fold_is_upper(cp) || (cp >= '0' && cp <= '9'))
        q += 2;
    if (l->len <= 120)
        q += 1;
    /* the format's own cues: a heading, bold or larger type (OCR's type
     * sizes are guesses: they count less than the number and text) */
    if (l->level > 0 || l->bold || l->big)
        q += l->conf >= 0 ? 1 : 3;
    if (l->list)
        q -= MNT_LIST_PENALTY;
    /* "2. Nye anlægsønsker:" introduces the text below it: a point of an
     * item's text more often than an item's title */
    if (tn > 0 && title[tn - 1] == ':' && !l->cut && l->len < MNT_FLAT_LINE)
        q -= 4;
    if (mnt_is_member(title, tn) && !type_mark(title, tn))
        q -= 4;
    /* a bare number whose next line says what was done ("Ad 2" /
     * "Godkendt.") rather than naming a subject: a decision's point on
     * a recommendation's, more often than a heading with its title */
    if (!c->above && c->title_end == 0 && c->title_off >= l->len) {
        size_t k = mnt_skip_fields(
            d, mnt_next_text(d, li, d->nlines, MNT_JOIN_GAP), d->nlines);
        if (k < d->nlines && !mnt_opens_title(d, k))
            q -= 2;
    }
    return q;
}

/* "Punkt 3: Titel" */
int mnt_region_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    size_t i = fold_prefix(l->s, l->len, "Punkt");
    /* "Punkt 12.    Godkendelse af dagsorden ...... 2": the contents */
    if (i == 0 || i >= l->len || l->s[i] != ' ' || !mnt_heading_sized(l))
        return 0;
    i = mnt_skip_sp(l->s, l->len, i);
    size_t k = mnt_read_num(l->s, l->len, i, 3, &c->num);
    if (k == 0)
        return 0;
    i = mnt_skip_sp(l->s, l->len, i + k);
    if (i >= l->len || (l->s[i] != ':' && l->s[i] != '.'))
        return 0;
    c->delim = l->s[i];
    i = mnt_skip_sp(l->s, l->len, i + 1);
    c->letter = 0;
    c->title_off = i;
    return 1;
}

/* Bytes of a separator at s[i]: ":", "-", an en or em dash; 0 if none. */
size_t mnt_separator(const char *s, size_t n, size_t i)
{
    if (i < n && (s[i] == ':' || s[i] == '-'))
        return 1;
    if (i + 3 <= n && (memcmp(s + i, "\xE2\x80\x93", 3) == 0 ||
                       memcmp(s + i, "\xE2\x80\x94", 3) == 0))
        return 3;
    return 0;
}

/* "(Åben)", "(Lukket)", "(åbent punkt)" after a number: its status,
 * not its title; bytes to skip (spaces after included), or 0. */
size_t mnt_status_mark(const char *s, size_t n, size_t i)
{
    static const char *const marks[] = {"(Åben)", "(Åbent)", "(Lukket)",
                                        "(Åbent punkt)", "(Lukket punkt)"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = fold_prefix(s + i, n - i, marks[k]);
        if (m > 0)
            return mnt_skip_sp(s, n, i + m) - i;
    }
    return 0;
}

/* The number, sub-item letter and delimiter at s[i]; the offset after
 * them, or 0. max: digits allowed. */
size_t mnt_number_at(const char *s, size_t n, size_t i, size_t max,
                     struct mnt_cand *c)
{
    size_t k = mnt_read_num(s, n, i, max, &c->num);
    /* "0. Gæstebesøg ved …": a råd's page may number a guest's visit
     * before the standing items 0; only as "0. " and a capital */
    if (k == 0 || (c->num == 0 && !(k == 1 && i + 3 < n && s[i + 1] == '.' &&
                                    s[i + 2] == ' ' &&
                                    mnt_starts_upper(s + i + 3, n - i - 3))))
        return 0;
    i += k;
    c->letter = 0;
    c->delim = 0;
    c->dotted = 0;
    unsigned sub;
    size_t d =
        i + 1 < n && s[i] == '.' ? mnt_read_num(s, n, i + 1, 2, &sub) : 0;
    size_t e = i + 1 + d;
    /* "3.1 Title", "3.2. Title": sub-items of 3 ("3.6.22", "1.5 mio" and
     * "1.000 kr." are none: starts_upper after a space is wanted) */
    if (d > 0 && sub >= 1 && sub <= 26 &&
        ((e < n && s[e] == ' ') ||
         (e + 1 < n && (s[e] == '.' || s[e] == ')') && s[e + 1] == ' ')) &&
        mnt_starts_upper(s + mnt_skip_sp(s, n, e + (s[e] != ' ')),
                         n - mnt_skip_sp(s, n, e + (s[e] != ' ')))) {
        c->letter = (char)('a' + sub - 1);
        c->dotted = 1;
        c->delim = '.';
        return e + (s[e] != ' ');
    }
    if (i < n &&
        ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')) &&
        (i + 1 == n || s[i + 1] == '.' || s[i + 1] == ')' || s[i + 1] == ' ')) {
        c->letter = (char)(s[i] | 0x20);
        i++;
    }
    if (i < n && (s[i] == '.' || s[i] == ')'))
        c->delim = s[i++];
    return i;
}

/* "0. Godkendelse af dagsorden": a board that numbers its points from
 * 0 (the formalities before point 1). Only "0." alone, no "0)" nor
 * "0.5", at i; the index after the dot, else 0. */
static size_t zero_point_at(const char *s, size_t n, size_t i,
                            struct mnt_cand *c)
{
    if (i + 2 >= n || s[i] != '0' || s[i + 1] != '.' || s[i + 2] != ' ' ||
        (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
        return 0;
    c->num = 0;
    c->letter = 0;
    c->delim = '.';
    c->dotted = 0;
    return i + 2;
}

/* "3. Titel", " 3a) Titel", "3B Titel", "10.  Evt." */
int mnt_numbered_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    size_t z = zero_point_at(s, n, i, c);
    /* "001. Titel": a zero-padded number is no year nor amount */
    i = z > 0 ? z : mnt_number_at(s, n, i, i < n && s[i] == '0' ? 3 : 2, c);
    if (i == 0 || (c->delim == 0 && c->letter == 0))
        return 0;
    if (i < n && s[i] != ' ' && s[i] != '\t')
        return 0; /* "3.6.22", "1,5" */
    i = mnt_skip_sp(s, n, i);
    if (!mnt_starts_title(s + i, n - i) || mnt_is_month(s + i, n - i))
        return 0;
    c->title_off = i;
    return 1;
}

int mnt_line_bare_number(const struct mnt_line *l)
{
    unsigned v;
    size_t k = mnt_read_num(l->s, l->len, 0, 4, &v);
    return k > 0 && (k == l->len || (k + 1 == l->len && l->s[k] == '.'));
}

int mnt_number_column(const struct mnt_doc *d, size_t li)
{
    return mnt_line_bare_number(&d->lines[li]) &&
           ((li > 0 && mnt_line_bare_number(&d->lines[li - 1])) ||
            (li + 1 < d->nlines && mnt_line_bare_number(&d->lines[li + 1])));
}

/* "5.Meddelelser fra formand og medlemmer. Lise orienterede om …": a
 * råd's own page writes each item's minute on its heading's line, after
 * the title's full stop, and a long minute makes the line longer than a
 * heading. It is one when it opens with a number and a title that a
 * minute ends (mnt_title_minute()) within half a heading's length. */
static int heading_with_minute(const struct mnt_line *l)
{
    size_t i = 0;
    while (i < l->len && i < 3 && l->s[i] >= '0' && l->s[i] <= '9')
        i++;
    if (i == 0 || i >= l->len || l->s[i] != '.')
        return 0;
    i = mnt_skip_sp(l->s, l->len, i + 1);
    if (!mnt_starts_upper(l->s + i, l->len - i))
        return 0;
    size_t cut = mnt_title_minute(l->s + i, l->len - i);
    return cut > 0 && i + cut <= MNT_HEADING_MAX / 2;
}

int mnt_heading_sized(const struct mnt_line *l)
{
    /* a heading cut out of a flattened page runs on into its text */
    return (l->len <= MNT_HEADING_MAX || l->cut ||
            (l->len < MNT_FLAT_LINE && heading_with_minute(l))) &&
           !is_toc_line(l->s, l->len);
}

/* "1" alone in a list entry of the format, its title the next block
 * ("<li><div>1</div><div>Title</div>"): a bare heading as "1." alone is.
 * Only a list entry counts - a plain text's lone number is a page's, a
 * table's cells hold counts - and its title is no list entry itself. */
static int listed_number(const struct mnt_doc *d, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &d->lines[li];
    unsigned v;
    if (!l->list || mnt_read_num(l->s, l->len, 0, 3, &v) != l->len || v == 0 ||
        mnt_number_column(d, li))
        return 0;
    size_t nx = mnt_next_text(d, li, d->nlines, 2);
    if (nx >= d->nlines || d->lines[nx].list ||
        mnt_line_bare_number(&d->lines[nx]) ||
        !mnt_starts_upper(d->lines[nx].s, d->lines[nx].len))
        return 0;
    c->num = v;
    c->delim = '.';
    c->title_off = l->len;
    return 1;
}

#define COLON_TITLE_MAX 60u /* bytes of a title glued to its text by ':' */

/* Where does a title of a few words that runs on after a colon into its
 * text, a sentence of its own, end ("Gensidig orientering: Vi undrer os
 * …" from off)? The colon's offset, 0 if none. A list point's title
 * (lax) may be longer and hold a date's day ("Godkendelse af referat af
 * møde 13. september 2022: Godkendt …"). */
static size_t colon_title_end(const char *s, size_t n, size_t off, int lax)
{
    size_t words = 1, most = lax ? 8 : 5;
    for (size_t i = off; i + 2 < n; i++) {
        int day = lax && s[i] == '.' && i > off && s[i - 1] >= '0' &&
                  s[i - 1] <= '9' && s[i + 1] == ' ' &&
                  mnt_is_month(s + i + 2, n - i - 2);
        if (i - off > COLON_TITLE_MAX + (lax ? 20 : 0) ||
            (s[i] == '.' && !day) || (s[i] == ' ' && ++words > most))
            return 0;
        if (s[i] != ':')
            continue;
        if (s[i + 1] != ' ' || !mnt_starts_upper(s + i + 2, n - i - 2))
            return 0;
        return i;
    }
    return 0;
}

/* "1. Gensidig orientering: Vi undrer os …": a paragraph too long for a
 * heading whose numbered title, a few words, runs on after a colon into
 * its text, a sentence of its own. The title ends at the colon (in
 * c->title_end); 0 if l is no such paragraph. */
static int colon_titled(const struct mnt_line *l, struct mnt_cand *c)
{
    if (!mnt_numbered_at(l->s, l->len, 0, c) || c->delim != '.' ||
        !mnt_starts_upper(l->s + c->title_off, l->len - c->title_off))
        return 0;
    c->title_end = colon_title_end(l->s, l->len, c->title_off, 0);
    return c->title_end > 0;
}

int mnt_numbered_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    if (!mnt_heading_sized(l))
        return !l->cut && !mnt_number_column(&p->doc, li) && colon_titled(l, c);
    return !mnt_number_column(&p->doc, li) &&
           (mnt_numbered_at(l->s, l->len, 0, c) ||
            listed_number(&p->doc, li, c));
}

/* A list item the format numbered (Word numbering, <ol>) whose text
 * prints no number: "Godkendelse af dagsorden" as item 1. Only an item of
 * the outermost numbered lists: a list nested in an item (<ol> in <li>,
 * Word's level 2) holds its points. */
int mnt_listno_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    struct mnt_cand t;
    /* "Valg af dirigent: Signe Vang.": an association's minutes as one
     * <ol>, each point a title of a few words, a colon and what was said
     * in sentences (a full stop at the end, or too long for a heading):
     * the title ends at the colon */
    size_t colon =
        l->len > 0 && (l->s[l->len - 1] == '.' || !mnt_heading_sized(l))
            ? colon_title_end(l->s, l->len, 0, 1)
            : 0;
    if (!l->list || l->list_no == 0 || (!mnt_heading_sized(l) && colon == 0) ||
        (l->list_depth > 0 && l->list_depth > p->list_depth) ||
        !mnt_starts_upper(l->s, l->len) || mnt_numbered_at(l->s, l->len, 0, &t))
        return 0;
    c->num = l->list_no;
    c->letter = 0;
    c->delim = '.';
    c->title_off = 0;
    c->title_end = colon;
    return 1;
}

/* "Sagsnr.: 27.12.00-G01-199-07 Sagsbehandler: …", or the case field
 * as a list's bullet (" • Sagsid.: 17/24410": assens.dk's items are
 * list entries that open with it, the page printing no title), whose
 * bullet the text keeps. */
size_t mnt_herning_key(const struct mnt_line *l)
{
    static const char *const keys[] = {
        "Sagsnr.:", "Sagsnr:",  "Sags nr.:", "Sagsnummer:",
        "Sag nr.:", "Sagsid.:", "Sagsid:"};
    static const char bullet[] = "\xe2\x80\xa2 "; /* "• " */
    size_t b = 0;
    if (l->len > sizeof bullet - 1 &&
        memcmp(l->s, bullet, sizeof bullet - 1) == 0)
        b = mnt_skip_sp(l->s, l->len, sizeof bullet - 1);
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t n = fold_prefix(l->s + b, l->len - b, keys[k]);
        if (n > 0)
            return mnt_skip_sp(l->s, l->len, b + n);
    }
    return 0;
}

int mnt_herning_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    size_t off = mnt_herning_key(&p->doc.lines[li]);
    if (off == 0)
        return 0;
    c->title_off = off;
    return 1;
}

/* A number alone on its line whose title below - or the title's wrapped
 * second line - ends in a contents entry's leaders and page number
 * ("1." / "Ekstra anlæg - ny belysning ved" / "stationen ......1"): an
 * entry of the table of contents, not the item's heading. */
static int toc_entry_below(const struct mnt_doc *d, size_t li,
                           const struct mnt_cand *c)
{
    const struct mnt_line *l = &d->lines[li];
    if (c->above || c->title_off < l->len)
        return 0;
    for (size_t k = li + 1, seen = 0; k < d->nlines && seen < 2; k++) {
        const struct mnt_line *t = &d->lines[k];
        if (t->kind != MNT_LINE_TEXT)
            continue;
        if (is_toc_line(t->s, t->len))
            return 1;
        seen++;
    }
    return 0;
}

/* Does a numbered line's title open with "at" and a word in lower case
 * ("1. at skema B godkendes", "3. At ordningen evalueres …")? That is a
 * recommendation's or a proposal's point: Danish headings never open
 * with the infinitive's "at", however the list is introduced (a colon, a
 * hosting site's list of other documents quoting a point). */
static int at_title(const char *t, size_t n)
{
    if (n < 4 || (t[0] != 'a' && t[0] != 'A') || t[1] != 't' || t[2] != ' ')
        return 0;
    return fold_is_lower(first_cp(t + 3, n - 3));
}

/* A recommendation's or proposal's point, whatever introduces its list:
 * "at" in lower case ("1. at skema B godkendes"), or "At" closed as a
 * clause is (a full stop, comma or semicolon: "3. At ordningen
 * evalueres efter to år."). A heading that happens to open with a
 * capital "At" and ends as a title does ("9. At for som …") heads its
 * item. */
static int at_clause(const char *t, size_t n)
{
    if (!at_title(t, n))
        return 0;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    return t[0] == 'a' || strchr(".,;", t[n - 1]) != NULL;
}

/* Does numbered line l's text open with "at" ("1. at pakhuset udlejes
 * …"): a recommendation's point? */
static int at_point(const struct mnt_line *l)
{
    struct mnt_cand c;
    return l->kind == MNT_LINE_TEXT && mnt_numbered_at(l->s, l->len, 0, &c) &&
           at_title(l->s + c.title_off, l->len - c.title_off);
}

/* Is line li the first of a list introduced by "indstiller, at" (the
 * text line before it, across up to two blank lines, ends in "at")? Such
 * a list is a recommendation's points, never items. So is a list of
 * points that open with "at" after "indstiller," (the comma ends the
 * lead-in, each point says "at …"). */
static int introduced_list(const struct mnt_doc *d, size_t li)
{
    int at = at_point(&d->lines[li]);
    /* back over blank lines and the list's earlier points, at most 40 */
    for (size_t k = li, gap = 0, seen = 0; k > 0 && gap <= 2 && seen < 40;
         k--) {
        const struct mnt_line *l = &d->lines[k - 1];
        struct mnt_cand c;
        if (l->kind == MNT_LINE_BLANK) {
            gap++;
            continue;
        }
        if (l->kind == MNT_LINE_TEXT && mnt_numbered_at(l->s, l->len, 0, &c)) {
            gap = 0, seen++;
            continue;
        }
        return l->kind == MNT_LINE_TEXT && l->len >= 3 &&
               (memcmp(l->s + l->len - 3, " at", 3) == 0 ||
                (at && l->s[l->len - 1] == ','));
    }
    return 0;
}

int mnt_cands_copy(const struct mnt_cands *src, size_t from, size_t n,
                   struct mnt_cands *out)
{
    memset(out, 0, sizeof *out);
    if (n == 0)
        return ERR_OK;
    out->v = malloc(n * sizeof *out->v);
    if (out->v == NULL)
        return ERR_NOMEM;
    memcpy(out->v, src->v + from, n * sizeof *out->v);
    out->n = n;
    return ERR_OK;
}

int mnt_collect(const struct mnt_parser *p, mnt_cand_fn fn,
                struct mnt_cands *out)
{
    const struct mnt_doc *d = &p->doc;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < d->nlines; i++) {
        struct mnt_cand c;
        if (d->lines[i].kind != MNT_LINE_TEXT || (p->skip && p->skip[i]))
            continue;
        memset(&c, 0, sizeof c);
        if (!fn(p, i, &c) || introduced_list(d, i) || toc_entry_below(d, i, &c))
            continue;
        size_t te = c.title_end ? c.title_end : d->lines[i].len;
        if (!c.above && te > c.title_off &&
            is_person(d->lines[i].s + c.title_off, te - c.title_off))
            continue; /* "2. Lars Weiss (A)": an attendee */
        if (!c.above && te > c.title_off &&
            at_clause(d->lines[i].s + c.title_off, te - c.title_off))
            continue;
        if (out->n >= MNT_CAND_MAX) {
            out->truncated = 1;
            break;
        }
        if (out->v == NULL && (out->v = calloc(MNT_CAND_MAX, sizeof c)) == NULL)
            return ERR_NOMEM;
        c.line = i - c.above;
        if (c.above)
            c.title_off = 0;
        size_t tend = c.title_end ? c.title_end : d->lines[i].len;
        c.quality = quality(p, i, &c, d->lines[i].s + c.title_off,
                            tend > c.title_off ? tend - c.title_off : 0);
        out->v[out->n++] = c;
    }
    return ERR_OK;
}
