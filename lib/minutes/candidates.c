/* SPDX-License-Identifier: GPL-2.0-or-later */
/* candidates.c - which lines could open an agenda item, per heading style:
 * "Punkt 3: …", "Sagsnr.: …", "3. …", a list item the format numbered;
 * the shapes these share with the loose ones of unknown layouts
 * (generic.c). Which of them are kept, and their quality, is
 * candidates_collect.c's (mnt_collect()). */
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
    while (i + k < n && mnt_digit(s[i + k])) {
        if (++k > max)
            return 0;
        *v = *v * 10 + (unsigned)(s[i + k - 1] - '0');
    }
    return k;
}

uint32_t mnt_first_cp(const char *s, size_t n)
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
    uint32_t cp = mnt_first_cp(s, n);
    /* '§': titles such as "§ 18-midler - status" (the Serviceloven's
     * paragraph sign opens many agenda items) */
    return fold_is_letter(cp) || ascii_digit(cp) || cp == '"' || cp == '(' ||
           cp == 0x201C || cp == 0x201D || cp == 0xAB || cp == 0xA7;
}

int mnt_starts_upper(const char *s, size_t n)
{
    uint32_t cp = mnt_first_cp(s, n);
    /* a quoted title: Danish print opens a quote with ” as often as
     * with “ ("1. ” Det åbne land”.") */
    return n > 0 && (fold_is_upper(cp) || cp == 0xA7 || cp == '"' ||
                     cp == 0x201C || cp == 0x201D || cp == 0xAB);
}

size_t mnt_caps_run(const char *s, size_t n, size_t max, size_t *letters)
{
    size_t i = 0, caps = 0;
    while (i < n && caps < max) {
        if (ascii_upper(s[i]))
            i++;
        else if (i + 1 < n && (unsigned char)s[i] == 0xC3 &&
                 ((unsigned char)s[i + 1] == 0x86 || /* Æ */
                  (unsigned char)s[i + 1] == 0x98 || /* Ø */
                  (unsigned char)s[i + 1] == 0x85))  /* Å */
            i += 2;
        else
            break;
        caps++;
    }
    *letters = caps;
    return i;
}

/* A table-of-contents line: "Velkomst.....\t3", "Velkomst … 3". */
int mnt_is_toc_line(const char *s, size_t n)
{
    size_t i = n;
    while (i > 0 && mnt_digit(s[i - 1]))
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

/* Bytes of an item's status before "punkt" ("Åbent punkt 3: Titel",
 * "Lukket punkt 4: Titel": the label says whether the item is public),
 * the space after it included; 0 if none. */
size_t mnt_status_before_punkt(const char *s, size_t n)
{
    static const char *const marks[] = {"Åbent ", "Åben ", "Lukket "};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = fold_prefix(s, n, marks[k]);
        if (m > 0 && fold_prefix(s + m, n - m, "punkt ") > 0)
            return m;
    }
    return 0;
}

/* "Punkt 3: Titel", "Åbent punkt 3: Titel", "Punkt 3 - Titel" */
int mnt_region_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    size_t st = mnt_status_before_punkt(l->s, l->len);
    size_t i = fold_prefix(l->s + st, l->len - st, "Punkt");
    i += i > 0 ? st : 0;
    /* "Punkt 12.    Godkendelse af dagsorden ...... 2": the contents */
    if (i == 0 || i >= l->len || l->s[i] != ' ' || !mnt_heading_sized(l))
        return 0;
    i = mnt_skip_sp(l->s, l->len, i);
    size_t k = mnt_read_num(l->s, l->len, i, 3, &c->num);
    if (k == 0)
        return 0;
    /* "Punkt 03A: Title": a sub-item's letter glued to its group's
     * number (the points under "Punkt 3: Orienteringer"), right before
     * the delimiter - never a word ("Punkt 3 Anlæg") */
    c->letter = 0;
    if (i + k + 1 < l->len && mnt_ascii_letter(l->s[i + k]) &&
        (l->s[i + k + 1] == ':' || l->s[i + k + 1] == '.')) {
        c->letter = (char)(l->s[i + k] | 0x20);
        k++;
    }
    size_t j = i + k;
    i = mnt_skip_sp(l->s, l->len, j);
    size_t dash = i > j ? mnt_separator(l->s, l->len, i) : 0;
    /* "Punkt 3 - Titel", "Åbent punkt 2 – Titel": a dash set off by
     * spaces delimits the label as a colon does ("Punkt 3-4" is none) */
    if (dash > 0 && l->s[i] != ':' && i + dash < l->len &&
        l->s[i + dash] == ' ') {
        c->delim = '-';
        c->title_off = mnt_skip_sp(l->s, l->len, i + dash);
        return c->title_off < l->len;
    }
    if (i >= l->len || (l->s[i] != ':' && l->s[i] != '.'))
        return 0;
    c->delim = l->s[i];
    i = mnt_skip_sp(l->s, l->len, i + 1);
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

/* After a point numbered 0, at s[i]: its full stop ("0. Title") or a
 * dash set off by spaces ("0 - Title", round je), then a capital. */
static int zero_label(const char *s, size_t n, size_t i)
{
    if (i + 2 < n && s[i] == '.' && s[i + 1] == ' ')
        return mnt_starts_upper(s + i + 2, n - i - 2);
    size_t d = i + 1 < n && s[i] == ' ' && s[i + 1] != ':'
                   ? mnt_separator(s, n, i + 1)
                   : 0;
    if (d == 0 || i + 1 + d >= n || s[i + 1 + d] != ' ')
        return 0;
    size_t t = mnt_skip_sp(s, n, i + 1 + d);
    return t < n && mnt_starts_upper(s + t, n - t);
}

/* The number, sub-item letter and delimiter at s[i]; the offset after
 * them, or 0. max: digits allowed. */
size_t mnt_number_at(const char *s, size_t n, size_t i, size_t max,
                     struct mnt_cand *c)
{
    size_t k = mnt_read_num(s, n, i, max, &c->num);
    /* "0. Gæstebesøg ved …": a råd's page may number a guest's visit
     * before the standing items 0; only as "0. " or "0 - " and a
     * capital */
    if (k == 0 || (c->num == 0 && !(k == 1 && zero_label(s, n, i + 1))))
        return 0;
    i += k;
    c->letter = 0;
    c->delim = 0;
    c->dotted = 0;
    c->spaced = 0;
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
    /* "PKT. 2 a. Title", "2 b) Title": a sub-item's letter set off by
     * a space, in lower case and closed by its full stop or bracket (a
     * capital after a space is a title's first word) */
    if (i + 3 < n && s[i] == ' ' && s[i + 1] >= 'a' && s[i + 1] <= 'z' &&
        (s[i + 2] == '.' || s[i + 2] == ')') && s[i + 3] == ' ')
        c->spaced = ' ', i++;
    /* "2.a Title": set off by the number's full stop, in lower case, a
     * space and a capital after it ("2.a" in a sentence has none) */
    else if (i + 3 < n && s[i] == '.' && s[i + 1] >= 'a' && s[i + 1] <= 'z' &&
             s[i + 2] == ' ' && mnt_starts_upper(s + i + 3, n - i - 3))
        c->spaced = '.', i++;
    if (i < n && mnt_ascii_letter(s[i]) &&
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
        (i > 0 && mnt_digit(s[i - 1])))
        return 0;
    c->num = 0;
    c->letter = 0;
    c->delim = '.';
    c->dotted = 0;
    return i + 2;
}

/* " 1. 2.     Siden sidst": Word's outline numbering pasted into a web
 * page keeps the outer level's "1." before every point's own number, so
 * the item is the second number when "1." stands before "N." and a
 * capitalised title (a lower-case word after it, "1. 2. behandling af
 * budgettet", is the title's own ordinal). */
static void outline_number(const char *s, size_t n, struct mnt_cand *c)
{
    struct mnt_cand t;
    if (c->num != 1 || c->delim != '.' || c->letter != 0)
        return;
    size_t i = mnt_number_at(s, n, c->title_off, 2, &t);
    /* "1.  1. Title" is a number doubled by the list's own (the other
     * items print "2.  2. Title"): left to the doubled-number rule */
    if (i == 0 || t.delim != '.' || t.letter != 0 || t.num == 1 || i >= n ||
        s[i] != ' ')
        return;
    i = mnt_skip_sp(s, n, i);
    if (i >= n || !mnt_starts_upper(s + i, n - i))
        return;
    c->num = t.num;
    c->title_off = i;
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
    outline_number(s, n, c);
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
    while (i < l->len && i < 3 && mnt_digit(l->s[i]))
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
           !mnt_is_toc_line(l->s, l->len);
}

/* A PDF's "1" set in the heading style of the title under it (a Word
 * template's number on a line of its own, both bold 13 pt): a page's
 * number is furniture, never set as its page's headings are. A scan's
 * number has no size to compare: OCR sizes a line by its height, and
 * digits reach neither up nor down as a title's letters do (a 13 pt "1"
 * reads as 11 pt, body text), so an OCR'd number over a heading counts. */
static int set_as_heading(const struct mnt_line *l, const struct mnt_line *t)
{
    return t->level > 0 && (t->level == l->level || l->conf >= 0) &&
           l->page > 0 && t->page == l->page;
}

/* "1" alone in a list entry of the format, its title the next block
 * ("<li><div>1</div><div>Title</div>"): a bare heading as "1." alone is.
 * Only a list entry counts - a plain text's lone number is a page's, a
 * table's cells hold counts - and its title is no list entry itself. */
int mnt_listed_number(const struct mnt_doc *d, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &d->lines[li];
    unsigned v;
    size_t k = mnt_read_num(l->s, l->len, 0, 3, &v);
    if (k > 0 && k + 1 == l->len && l->s[k] == '.')
        k++;
    if (k != l->len || v == 0 || mnt_number_column(d, li))
        return 0;
    size_t nx = mnt_next_text(d, li, d->nlines, 2);
    if (nx >= d->nlines || d->lines[nx].list ||
        mnt_line_bare_number(&d->lines[nx]) ||
        !mnt_starts_upper(d->lines[nx].s, d->lines[nx].len))
        return 0;
    /* "<div class="nr">3</div><h2>Title</h2>": a web page's number in an
     * element of its own over the heading the format made of its title;
     * a page with no pages has no page numbers to mistake it for */
    if (!(l->list && l->s[l->len - 1] != '.') &&
        !(d->lines[nx].level > 0 && l->page == 0 && d->lines[nx].page == 0) &&
        !set_as_heading(l, &d->lines[nx]))
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
        int day = lax && s[i] == '.' && i > off && mnt_digit(s[i - 1]) &&
                  s[i + 1] == ' ' && mnt_is_month(s + i + 2, n - i - 2);
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

/* "<h2>4.Budgetopfølgning</h2>": a heading typed into a web page with no
 * space after its number's full stop. Only a line the format made a
 * heading or set in bold, the dot followed by a capital and another
 * letter ("3.6.22", "1.5 mio", "2.A" are none), so no text's sentence. */
static int glued_heading(const struct mnt_line *l, struct mnt_cand *c)
{
    size_t i = 0;
    if (l->level == 0 && !l->bold)
        return 0;
    if (mnt_read_num(l->s, l->len, 0, 3, &c->num) == 0 || c->num == 0)
        return 0;
    while (i < l->len && mnt_digit(l->s[i]))
        i++;
    if (i + 1 >= l->len || l->s[i] != '.')
        return 0;
    uint32_t a = 0, b = 0;
    size_t k = utf8_decode(l->s + i + 1, l->len - i - 1, &a);
    if (k == 0 || i + 1 + k >= l->len)
        return 0;
    utf8_decode(l->s + i + 1 + k, l->len - i - 1 - k, &b);
    if (!fold_is_upper(a) || !(fold_is_upper(b) || fold_is_lower(b)) ||
        mnt_is_month(l->s + i + 1, l->len - i - 1))
        return 0;
    c->letter = 0;
    c->dotted = 0;
    c->delim = '.';
    c->title_off = i + 1;
    return 1;
}

#define ATTACHMENTS_MAX 30u /* entries of an item's list of attachments */

/* "<h5>Bilag</h5><ol><li>1. Notat om sagen</li>…": a numbered list right
 * under a bare "Bilag" (First Agenda's and eDoc's pages list an item's
 * attachments so under its heading) names documents, no items. */
int mnt_attachment_entry(const struct mnt_doc *d, size_t li)
{
    if (!d->lines[li].list)
        return 0;
    for (size_t k = li; k > 0 && li - k < ATTACHMENTS_MAX;) {
        const struct mnt_line *u = &d->lines[--k];
        if (u->len == 0)
            continue;
        if (u->list && u->list_depth != d->lines[li].list_depth)
            return 0; /* an item's own list of attachments ends above */
        if (u->list)
            continue; /* the list's entries above */
        return (u->len == 5 || (u->len == 6 && u->s[5] == ':')) &&
               memcmp(u->s, "Bilag", 5) == 0;
    }
    return 0;
}

int mnt_numbered_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    if (mnt_attachment_entry(&p->doc, li))
        return 0;
    if (!mnt_heading_sized(l))
        return !l->cut && !mnt_number_column(&p->doc, li) && colon_titled(l, c);
    return !mnt_number_column(&p->doc, li) &&
           (mnt_numbered_at(l->s, l->len, 0, c) ||
            mnt_listed_number(&p->doc, li, c) || glued_heading(l, c));
}

/* The rest of a label the list's number opens, typed before a list
 * numbered heading's title: "- Meddelelser" after "81" (a template
 * printing "81 - Title"), "(Åben) Godkendelse af dagsorden" after "1"
 * (the item's status); bytes to skip, or 0. */
static size_t list_label_rest(const struct mnt_line *l)
{
    size_t i = mnt_separator(l->s, l->len, 0);
    if (i > 0 && (i == l->len || l->s[i] != ' '))
        return 0; /* "-2 grader": no separator */
    i = mnt_skip_sp(l->s, l->len, i);
    i += mnt_status_mark(l->s, l->len, i);
    return i < l->len ? i : 0;
}

/* A list item the format numbered (Word numbering, <ol>) whose text
 * prints no number: "Godkendelse af dagsorden" as item 1. A Word
 * template's "Heading 1" numbered by a list (its number in
 * numbering.xml, not in the text) is one too. Only an item of the
 * outermost numbered lists: a list nested in an item (<ol> in <li>,
 * Word's level 2) holds its points. */
int mnt_listno_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    struct mnt_cand t;
    /* a heading the list numbers is the item's whatever its title opens
     * with: "2. økonomiske redegørelse 2015" numbered 301 by the list is
     * an ordinal of its title */
    int heading = !l->list && l->level > 0;
    /* "Valg af dirigent: Signe Vang.": an association's minutes as one
     * <ol>, each point a title of a few words, a colon and what was said
     * in sentences (a full stop at the end, or too long for a heading):
     * the title ends at the colon */
    size_t colon =
        l->len > 0 && (l->s[l->len - 1] == '.' || !mnt_heading_sized(l))
            ? colon_title_end(l->s, l->len, 0, 1)
            : 0;
    if ((!l->list && l->level == 0) || l->list_no == 0 ||
        (!mnt_heading_sized(l) && colon == 0) ||
        (l->list_depth > 0 && l->list_depth > p->list_depth) ||
        (!heading && (!mnt_starts_upper(l->s, l->len) ||
                      mnt_numbered_at(l->s, l->len, 0, &t))))
        return 0;
    c->num = l->list_no;
    c->letter = 0;
    c->delim = '.';
    c->title_off = heading ? list_label_rest(l) : 0;
    c->title_end = colon;
    return 1;
}
