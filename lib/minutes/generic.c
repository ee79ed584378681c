/* SPDX-License-Identifier: GPL-2.0-or-later */
/* generic.c - heading candidates of unknown layouts (mnt_generic_cand()):
 * "Ad 3", "Pkt. 3", "Nr.60 - Titel", "Sag 3", "§ 3", "# 3", "01/66 Titel",
 * and the loose shapes strict numbering (candidates.c) refuses: "1.Valg",
 * " 1  Fravær",
 * a number glued to its title, Roman numbers, "(3)", "C.", a bullet
 * before the number, a number after the title ("… / Sag nr. 24"). */
#include <string.h>

#include "minutes/segment_internal.h"

/* A running number glued to its title: "151Spørgsmål til Byrådet" - a
 * capital and a lower-case letter right after the digits (not "3B" nor
 * "12abc"). */
static int glued_title(const char *s, size_t n, size_t i)
{
    uint32_t a = 0, b = 0;
    size_t k = i < n ? utf8_decode(s + i, n - i, &a) : 0;
    if (k == 0 || i + k >= n)
        return 0;
    utf8_decode(s + i + k, n - i - k, &b);
    return fold_is_upper(a) && fold_is_lower(b);
}

/* Does a numeric date start at s[i] ("05-09-2013 09:00:00", "3.4.22")?
 * Its day is no item's number. */
static int numeric_date_at(const char *s, size_t n, size_t i)
{
    size_t k = i, d;
    char sep = 0;
    for (int part = 0; part < 3; part++) {
        for (d = 0; k < n && mnt_digit(s[k]) && d < 4; k++)
            d++;
        if (d == 0 || (part < 2 && d > 2) || (part == 2 && d != 2 && d != 4))
            return 0;
        if (part == 2)
            return k == n || !mnt_digit(s[k]);
        if (k >= n || (s[k] != '-' && s[k] != '.' && s[k] != '/') ||
            (sep != 0 && s[k] != sep))
            return 0;
        sep = s[k++];
    }
    return 0;
}

/* Loose numbered shapes at s[i]: "1.Valg" (no space), " 1  Fraværende"
 * (no delimiter), "1 : Godkendelse", "301. Åben dagsorden" (three
 * digits), "151Spørgsmål …" (glued). A title in capitals after a loose
 * number. */
/* "2. budgetopfølgning …", "1. behandling af …": a title that opens
 * with an ordinal, so with no capital (one or two digits, a full stop,
 * a space, a lower-case letter). In a title set in capitals, the nouns
 * an ordinal counts ("1. BEHANDLING AF BUDGET", "2. HALVÅR 2015", "… -
 * 2. MØDE", "2. BEHANDLING/ENDELIG VEDTAGELSE"). */
int mnt_ordinal_title(const char *s, size_t n)
{
    static const char *const nouns[] = {"BEHANDLING", "HALVÅR", "KVARTAL",
                                        "ETAPE",      "RATE",   "MØDE"};
    size_t k = 0;
    while (k < n && k < 3 && mnt_digit(s[k]))
        k++;
    if (k == 0 || k > 2 || k + 2 >= n || s[k] != '.' || s[k + 1] != ' ')
        return 0;
    uint32_t cp;
    utf8_decode(s + k + 2, n - k - 2, &cp);
    if (fold_is_lower(cp))
        return 1;
    for (size_t w = 0; w < sizeof nouns / sizeof *nouns; w++) {
        size_t m = strlen(nouns[w]), e = k + 2 + m;
        if (e <= n && memcmp(s + k + 2, nouns[w], m) == 0 &&
            (e == n || s[e] == ' ' || s[e] == ',' || s[e] == '/'))
            return 1;
    }
    return 0;
}

/* "(KFU) Udendørs idrætsfaciliteter …": a title that opens with the
 * sending committee's code in brackets (two to five capitals), then a
 * capital - so with no capital of its own at its start. A bracket
 * around a word ("(genoptaget)") or a status ("(Åben)") is no code. */
int mnt_code_title(const char *s, size_t n)
{
    if (n < 6 || s[0] != '(')
        return 0;
    size_t k = 1, caps = 0;
    uint32_t cp;
    while (k < n && caps <= 5) {
        size_t b = utf8_decode(s + k, n - k, &cp);
        if (b == 0 || !fold_is_upper(cp))
            break;
        k += b;
        caps++;
    }
    if (caps < 2 || caps > 5 || k + 2 >= n || s[k] != ')' || s[k + 1] != ' ')
        return 0;
    return mnt_starts_upper(s + k + 2, n - k - 2);
}

/* ordinal: the line was cut after a flattened page's number, so a
 * number opening it is an item's (inline.c) - its title may open with
 * an ordinal ("62 2. budgetopfølgning 2015, …") */
static int loose_at(const char *s, size_t n, size_t i, struct mnt_cand *c,
                    int ordinal)
{
    if (numeric_date_at(s, n, i))
        return 0;
    i = mnt_number_at(s, n, i, 3, c);
    if (i == 0)
        return 0;
    size_t j = mnt_skip_sp(s, n, i), sep = mnt_separator(s, n, j);
    /* "14-17 Økonomiudvalget" (Holbæk's committee code in the page's
     * title): a dash glued between two numbers joins a range, no label */
    if (c->delim == 0 && sep > 0 && j == i && j + sep < n &&
        mnt_digit(s[j + sep]))
        return 0;
    if (c->delim == 0 && sep > 0) {
        c->delim = s[j] == ':' ? ':' : '-';
        j = mnt_skip_sp(s, n, j + sep);
    }
    /* "1 (Åben) Title" */
    size_t st = j > i ? mnt_status_mark(s, n, j) : 0;
    if (st > 0 && c->letter == 0) {
        c->delim = c->delim ? c->delim : ')';
        j += st;
    }
    if (j == i && c->delim == 0 &&
        (!glued_title(s, n, j) || mnt_is_closed_part(s, n)))
        return 0; /* "12abc"; "13Indholdsfortegnelse lukket møde" */
    if (j < n && j == i && !mnt_starts_upper(s + j, n - j))
        return 0; /* "3.6.22", "1,5" */
    if (c->delim == 0 && c->letter == 0 && !mnt_starts_upper(s + j, n - j) &&
        !(ordinal && j > i && mnt_ordinal_title(s + j, n - j)))
        return 0; /* "2 borgere", "7400 Herning" below four digits */
    if (!mnt_starts_title(s + j, n - j) || mnt_is_month(s + j, n - j))
        return 0;
    c->title_off = j;
    return 1;
}

/* Up to `max` capitals from s[i]: how many in *caps, their end. */
static size_t capitals_at(const char *s, size_t n, size_t i, size_t max,
                          size_t *caps)
{
    size_t k = i;
    uint32_t cp;
    for (*caps = 0; k < n && *caps < max; ++*caps) {
        size_t b = utf8_decode(s + k, n - k, &cp);
        if (b == 0 || !fold_is_upper(cp))
            break;
        k += b;
    }
    return k;
}

/* "ØU-61/07-O Title", "TMU-3/2022 Title": a committee's code (two to
 * five capitals), a hyphen, the case's number of the year, a slash and
 * the year, maybe a hyphen and a type letter (O, D, B), a space and a
 * capital. The number labels the item; the title's offset, or 0. */
size_t mnt_code_heading_at(const char *s, size_t n, size_t i,
                           struct mnt_cand *c)
{
    size_t caps, k = capitals_at(s, n, i, 6, &caps);
    unsigned num, year;
    if (caps < 2 || caps > 5 || k >= n || s[k] != '-')
        return 0;
    size_t d = mnt_read_num(s, n, k + 1, 3, &num);
    if (d == 0 || num == 0 || k + 1 + d >= n || s[k + 1 + d] != '/')
        return 0;
    k += 2 + d;
    d = mnt_read_num(s, n, k, 4, &year);
    if (d != 2 && d != 4)
        return 0;
    k += d;
    if (k + 2 < n && s[k] == '-' && s[k + 2] == ' ' && s[k + 1] >= 'A' &&
        s[k + 1] <= 'Z')
        k += 2;
    if (k >= n || s[k] != ' ')
        return 0;
    k = mnt_skip_sp(s, n, k);
    if (!mnt_starts_upper(s + k, n - k))
        return 0;
    memset(c, 0, sizeof *c);
    c->num = num;
    c->delim = '-';
    c->title_off = k;
    return k;
}

/* "HR. 1 Title", "HR 1. Title": a råd's code before every item's number
 * (two to four capitals), a space, the number, a full stop after the
 * code or the number, a space and a capital. The number labels the
 * item. */
int mnt_council_code_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    size_t caps, k = capitals_at(s, n, i, 5, &caps);
    if (caps < 2 || caps > 4)
        return 0;
    int code_dot = k < n && s[k] == '.';
    k += (size_t)code_dot;
    if (k >= n || s[k] != ' ')
        return 0;
    unsigned num;
    size_t d = mnt_read_num(s, n, k + 1, 3, &num);
    if (d == 0 || num == 0)
        return 0;
    k += 1 + d;
    int dot = k < n && s[k] == '.';
    k += (size_t)dot;
    /* a full stop after the code or the number: "TV 2 Fyn sender …",
     * "DR 1 …" in a sentence are names, no headings */
    if (k >= n || s[k] != ' ' || !(code_dot || dot))
        return 0;
    k = mnt_skip_sp(s, n, k);
    if (!mnt_starts_upper(s + k, n - k) || mnt_is_month(s + k, n - k))
        return 0;
    memset(c, 0, sizeof *c);
    c->num = num;
    c->delim = '.';
    c->title_off = k;
    return 1;
}

#define GLUED_LABEL_MAX 24u /* bytes of "Punkt nummer: 12" ending a line */

/* "… og Mogens Ejlers.Punkt nummer: 2": a page whose paragraphs were joined
 * glues a labelled heading ("Punkt 2", "Punkt nr. 2", "Punkt nummer:
 * 2", its title on the next line) to the previous item's last full stop,
 * after a word in lower case (no abbreviation: four letters or more);
 * the label and its number end the line. */
int mnt_glued_label_at(const char *s, size_t n, size_t i)
{
    if (i < 5 || s[i] != 'P' || s[i - 1] != '.' || n - i > GLUED_LABEL_MAX)
        return 0;
    uint32_t before;
    utf8_prev(s, s + i - 1, &before);
    size_t w = i - 1;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    size_t k = fold_prefix(s + i, n - i, "Punkt");
    if (!fold_is_lower(before) || i - 1 - w <= 3 || k == 0)
        return 0;
    k += i;
    size_t m = fold_prefix(s + k, n - k, " nummer");
    k += m > 0 ? m : fold_prefix(s + k, n - k, " nr.");
    if (k < n && s[k] == ':')
        k++;
    k = mnt_skip_sp(s, n, k);
    size_t d = k;
    while (d < n && d - k < 3 && mnt_digit(s[d]))
        d++;
    if (d == k)
        return 0;
    while (d < n && (s[d] == '.' || s[d] == ':' || s[d] == ' '))
        d++;
    return d == n;
}

/* A bullet before a numbered heading: "• 301. Åben dagsorden". */
static size_t skip_bullet(const char *s, size_t n)
{
    static const char *const bullets[] = {"\xE2\x80\xA2", "\xE2\x96\xAA",
                                          "\xC2\xB7", "*", "\xE2\x80\x93"};
    for (size_t b = 0; b < sizeof bullets / sizeof *bullets; b++) {
        size_t k = strlen(bullets[b]);
        if (n > k && memcmp(s, bullets[b], k) == 0 && s[k] == ' ')
            return mnt_skip_sp(s, n, k);
    }
    return 0;
}

/* "• 1" alone on its line, the title on the next line (a web page's
 * agenda as a list: each entry's number in the bullet's first line, the
 * title under it) - or one blank line below, where the page as text
 * sets the entry's title apart as its own paragraph ("  • 60" / "" /
 * "    Endelig vedtagelse …", jammerbugt.dk). A bullet and a number
 * alone is nothing else: a list of counts would have a word after each.
 * The title may open with an ordinal ("2. behandling af budget …"). */
static int bullet_number(const struct mnt_doc *d, size_t li, size_t b,
                         struct mnt_cand *c)
{
    const struct mnt_line *l = &d->lines[li];
    size_t k = mnt_read_num(l->s, l->len, b, 3, &c->num);
    if (k == 0 || c->num == 0)
        return 0;
    k += b;
    if (k < l->len && l->s[k] == '.')
        k++;
    size_t ti = mnt_next_text(d, li, d->nlines, 1);
    if (k != l->len || ti >= d->nlines)
        return 0;
    const struct mnt_line *t = &d->lines[ti];
    if (t->kind != MNT_LINE_TEXT || mnt_line_bare_number(t) ||
        skip_bullet(t->s, t->len) > 0 ||
        !(mnt_starts_upper(t->s, t->len) || mnt_ordinal_title(t->s, t->len)))
        return 0;
    c->letter = 0;
    c->dotted = 0;
    c->delim = '.';
    c->title_off = l->len;
    return 1;
}

/* Does a line below li open with prefix (capitalised as given) and
 * number num without a bullet: the bulleted heading at li repeated as
 * the item's own heading, the bullets a list of contents? */
static int bullet_heading_repeated(const struct mnt_doc *d, size_t li,
                                   const char *prefix, unsigned num)
{
    for (size_t k = li + 1; k < d->nlines; k++) {
        const struct mnt_line *t = &d->lines[k];
        size_t i = fold_prefix(t->s, t->len, prefix);
        unsigned n;
        if (i > 0 && t->s[0] == prefix[0] &&
            mnt_read_num(t->s, t->len, mnt_skip_sp(t->s, t->len, i), 3, &n) >
                0 &&
            n == num)
            return 1;
    }
    return 0;
}

/* Does s[0..n), after a page's number, read as a transcript's cover
 * page: a municipality ("Lejre Kommune") and then, as a word of its own,
 * the record the document is ("Referat", "Beslutningsreferat",
 * "Beslutningsprotokol", "Dagsorden")? An item's title names no
 * municipality before such a word. */
static int cover_page(const char *s, size_t n)
{
    static const char *const records[] = {"Referat", "Beslutningsreferat",
                                          "Beslutningsprotokol", "Dagsorden"};
    size_t k = 0, kommune = 0;
    while (k < n) {
        size_t e = k;
        while (e < n && s[e] != ' ')
            e++;
        if (e - k == 7 && memcmp(s + k, "Kommune", 7) == 0 && k > 0)
            kommune = 1;
        for (size_t r = 0; kommune && r < sizeof records / sizeof *records; r++)
            if (e - k == strlen(records[r]) &&
                memcmp(s + k, records[r], e - k) == 0)
                return 1;
        k = e < n ? e + 1 : e;
    }
    return 0;
}

/* The label words of the looser styles, longest first where one opens
 * another. */
static const char *const label_words[] = {
    "Pkt. nr.",
    "Pkt.nr.",
    "Punkt nr.",
    "Punkt nummer",
    "Ad pkt.",
    "Ad punkt",
    "Til punkt",
    "Til pkt.",
    "Vedr. punkt",
    "Ad.",
    "Ad",
    "Pkt.",
    "Pkt",
    "Punkt",
    "Sag nr.",
    "Sag",
    "Nr.",
    "Nr",
    "Dagsordenspunkt",
    "Item",
    "Agenda item",
    "\xC2\xA7",
    "###",
    "##",
    "#",
};

/* A heading labelled with label word w at byte at of line li ("Pkt.
 * 3", "Nr.60 - Titel", "Sag nr. 45/2023 Title", "Ad. 1:Valg af
 * dirigent"), a bullet of b0 bytes before it: 1 and c filled; 0 if w
 * does not label it; -1 if the line is no heading at all (the summary
 * of a bulleted entry headed again below, a label column's cell). */
static int label_word_at(const struct mnt_parser *p, size_t li, size_t at,
                         size_t b0, const char *w, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    size_t i = fold_prefix(l->s + at, l->len - at, w);
    if (i == 0 || at + i >= l->len)
        return 0;
    i = mnt_skip_sp(l->s, l->len, at + i);
    /* "Punkt: 12" over a case file's fields (Acadre), "Punkt nummer: 2"
     * over its title; not "Sag:", whose value is a case number */
    if (i + 1 < l->len && l->s[i] == ':' &&
        (strcmp(w, "Punkt") == 0 || strcmp(w, "Punkt nummer") == 0 ||
         strncmp(w, "Pkt", 3) == 0))
        i = mnt_skip_sp(l->s, l->len, i + 1);
    size_t n = mnt_read_num(l->s, l->len, i, 3, &c->num);
    if (n == 0 || c->num == 0)
        return 0;
    /* a bulleted entry whose heading follows again without the bullet
     * ("• Pkt. 42 Title" / "Pkt. 42" / "Title", roskilde.dk) is the
     * entry's summary: the heading below opens the item */
    if (b0 > 0 && bullet_heading_repeated(&p->doc, li, w, c->num))
        return -1;
    i += n;
    c->letter = 0;
    c->delim = 0;
    unsigned year;
    size_t y = i + 1 < l->len && l->s[i] == '/'
                   ? mnt_read_num(l->s, l->len, i + 1, 4, &year)
                   : 0;
    if (y == 2 || y == 4)
        i += 1 + y; /* "Sag nr. 45/2023": the number of the year */
    if (i < l->len && strchr(".:)-", l->s[i]) != NULL)
        c->delim = l->s[i++];
    /* "Sag nr. 103 (ØU 137/07)": the title is above, as for "Sag nr. 103"
     * alone */
    i += mnt_sent_on_ref_len(l->s, l->len, i);
    /* a tab: a table row's next cell holds the title ("Sag nr. 74" |
     * title; "Punkt 1" | "5 min" | title, an Aula page's agenda, time
     * cells passed over); a colon may be glued to a capitalised title
     * ("Ad. 1:Valg af dirigent", a bold label typed without a space
     * before the title) */
    if (i < l->len && l->s[i] != ' ' && l->s[i] != '\t' &&
        !(c->delim == ':' && mnt_starts_upper(l->s + i, l->len - i)))
        return 0;
    i = mnt_skip_slot_cells(l->s, l->len, mnt_skip_sp(l->s, l->len, i));
    size_t sep = mnt_separator(l->s, l->len, i);
    if (sep > 0)
        i = mnt_skip_sp(l->s, l->len, i + sep);
    i += mnt_status_mark(l->s, l->len, i);
    if (!mnt_starts_title(l->s + i, l->len - i))
        return 0;
    if (i == l->len && mnt_label_column(&p->doc, li, w))
        return -1;
    c->title_off = i;
    if (i == l->len && mnt_title_above_number(p, li))
        c->above = 1; /* "Spørgetid" / "Sag nr. 129" */
    return 1;
}

/* A heading labelled with one of the label words: 1 and c filled, 0 if
 * none, -1 if the line is no heading at all. */
static int labelled_at(const struct mnt_parser *p, size_t li,
                       struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    /* "• Punkt 1 Title": a web page's agenda list flattened to text keeps
     * each entry's bullet before the labelled heading (Drupal's
     * "dagsorden" node as stored text) */
    size_t b0 = l->len > 4 && memcmp(l->s, "\xE2\x80\xA2 ", 4) == 0
                    ? mnt_skip_sp(l->s, l->len, 4)
                    : 0;
    /* "Åbent punkt 3 Title" / "Lukket punkt 4 Title": the label itself
     * says whether the item is public; the status is part of the label,
     * read past like the bullet (the delimited form is a region's) */
    size_t at = b0 + mnt_status_before_punkt(l->s + b0, l->len - b0);
    for (size_t k = 0; k < sizeof label_words / sizeof *label_words; k++) {
        int r = label_word_at(p, li, at, b0, label_words[k], c);
        if (r != 0)
            return r;
    }
    return 0;
}

/* The unlabelled shapes: a running number alone over its heading, a
 * slash's running number, a protocol's status head, a bullet's number,
 * the loose numbered shapes, Roman numbers, brackets, codes, a number
 * after the title or under it. */
static int unlabelled_at(const struct mnt_parser *p, size_t li,
                         struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    /* a running number alone over its heading ("151" / "<h2>
     * Meddelelser"): the strict style counts up to 99 and from 1, a
     * Sitecore page's numbers of the year ("41" / "<h3>Title") from any */
    if (mnt_numbered_at(l->s, l->len, 0, c) ||
        mnt_listed_number(&p->doc, li, c))
        return 1;
    size_t b = skip_bullet(l->s, l->len);
    if (mnt_slash_at(l->s, l->len, b, c) ||
        mnt_year_number_at(l->s, l->len, b, c))
        return 1;
    size_t te, st = mnt_slash_status_at(l->s, l->len, b, &c->num, &te);
    if (st > 0) { /* "62/1. Spørgetid (Åben sag)": labelled 62 */
        c->run = 0, c->letter = 0, c->dotted = 0, c->delim = '.';
        c->title_off = st;
        c->title_end = te;
        return 1;
    }
    st = mnt_status_page_head(l->s, l->len, b, &c->num, &te);
    if (st > 0) { /* "Åbent punkt … s.7 Title. 4 Sagsfremstilling" */
        c->run = 0, c->letter = 0, c->dotted = 0, c->delim = 0;
        c->title_off = st;
        c->title_end = te;
        return 1;
    }
    if (b > 0 && bullet_number(&p->doc, li, b, c))
        return 1;
    /* a short line of its own may open with an ordinal title too ("1 3.
     * anslået regnskab 2017 (Beslutning)"); a transcript's cover page ("1
     * Lejre Kommune Udvalget for … Beslutningsreferat af møde …") opens
     * with the page's number */
    if (loose_at(l->s, l->len, b, c,
                 l->cut == 2 || (!l->cut && l->len < MNT_FLAT_LINE / 2)))
        /* "2 Side A …" opening a flattened page is its page number; so
         * is a short page's ("9 Lukket punkt: …") among pages numbered on
         * line after line */
        return c->delim != 0 || c->letter != 0 || l->cut == 2 ||
               (!l->cut && l->len < MNT_FLAT_LINE / 2 &&
                !mnt_page_number_run(&p->doc, li) &&
                !cover_page(l->s + c->title_off, l->len - c->title_off));
    if (mnt_roman_at(l->s, l->len, b, c) ||
        mnt_bracket_at(l->s, l->len, b, c) ||
        mnt_code_heading_at(l->s, l->len, b, c) > 0 ||
        mnt_council_code_at(l->s, l->len, b, c))
        return 1;
    if (mnt_trailing_cand(l, c))
        return 1;
    size_t type;
    if (!mnt_number_under_title(&p->doc, li, &c->num, &type))
        return 0;
    c->letter = 0;
    c->delim = 0;
    c->title_off = 0; /* the title's line; the type joins it (titles.c) */
    return 1;
}

/* Looser styles for unknown layouts: "Ad 3", "Pkt. 3", "Nr.60 - Titel",
 * "Sag 3", "§ 3", "# 3", the loose numbered shapes, a number after the
 * title. */
static int generic_at(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[li];
    if (!mnt_heading_sized(l) || mnt_number_column(&p->doc, li))
        return 0;
    int r = labelled_at(p, li, c);
    return r != 0 ? r > 0 : unlabelled_at(p, li, c);
}

/* A title of digits and signs only ("25-011392": a case number read as
 * item 25 titled "011392") names no item. */
static int lettered(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp = 0;
        size_t k = utf8_decode(s + i, n - i, &cp);
        if (fold_is_letter(cp))
            return 1;
        i += k > 0 ? k : 1;
    }
    return 0;
}

int mnt_generic_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    if (mnt_attachment_entry(&p->doc, li) || !generic_at(p, li, c))
        return 0;
    const struct mnt_line *l = &p->doc.lines[li];
    size_t te = c->title_end > 0 ? c->title_end : l->len;
    return c->above || c->title_off >= te ||
           lettered(l->s + c->title_off, te - c->title_off);
}
