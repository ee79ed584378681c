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
        for (d = 0; k < n && s[k] >= '0' && s[k] <= '9' && d < 4; k++)
            d++;
        if (d == 0 || (part < 2 && d > 2) || (part == 2 && d != 2 && d != 4))
            return 0;
        if (part == 2)
            return k == n || s[k] < '0' || s[k] > '9';
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
 * a space, a lower-case letter). */
int mnt_ordinal_title(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k == 0 || k > 2 || k + 2 >= n || s[k] != '.' || s[k + 1] != ' ')
        return 0;
    uint32_t cp;
    utf8_decode(s + k + 2, n - k - 2, &cp);
    return fold_is_lower(cp);
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

/* "ØU-61/07-O Title", "TMU-3/2022 Title": a committee's code (two to
 * five capitals), a hyphen, the case's number of the year, a slash and
 * the year, maybe a hyphen and a type letter (O, D, B), a space and a
 * capital. The number labels the item; the title's offset, or 0. */
size_t mnt_code_heading_at(const char *s, size_t n, size_t i,
                           struct mnt_cand *c)
{
    size_t k = i, caps = 0;
    uint32_t cp;
    while (k < n && caps < 6) {
        size_t b = utf8_decode(s + k, n - k, &cp);
        if (b == 0 || !fold_is_upper(cp))
            break;
        k += b, caps++;
    }
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

/* "IV. Title", "II) Title": a Roman number (I to XXXIX), a delimiter, a
 * space and a capital. */
static int roman_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    static const char *const units[] = {"IX", "VIII", "VII", "VI", "V",
                                        "IV", "III",  "II",  "I"};
    static const unsigned uval[] = {9, 8, 7, 6, 5, 4, 3, 2, 1};
    unsigned v = 0;
    while (i < n && s[i] == 'X' && v < 30)
        v += 10, i++;
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        size_t m = strlen(units[k]);
        if (i + m <= n && memcmp(s + i, units[k], m) == 0) {
            v += uval[k], i += m;
            break;
        }
    }
    if (v == 0 || i + 2 >= n || (s[i] != '.' && s[i] != ')') || s[i + 1] != ' ')
        return 0;
    size_t j = mnt_skip_sp(s, n, i + 1);
    if (!mnt_starts_upper(s + j, n - j))
        return 0;
    c->num = v;
    c->letter = 0;
    c->dotted = 0;
    c->delim = s[i];
    c->title_off = j;
    return 1;
}

/* "(3) Title", "[3] Title", "C. Title" (items lettered A, B, C: the
 * letter's place in the alphabet): a capital after it. */
static int bracket_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    size_t k;
    if (i + 4 < n && s[i] >= 'A' && s[i] <= 'Z' &&
        (s[i + 1] == '.' || s[i + 1] == ')') && s[i + 2] == ' ') {
        c->num = (unsigned)(s[i] - 'A') + 1;
        k = i + 2;
    } else {
        char close = i < n && s[i] == '('   ? ')'
                     : i < n && s[i] == '[' ? ']'
                                            : 0;
        size_t d = close ? mnt_read_num(s, n, i + 1, 3, &c->num) : 0;
        if (d == 0 || c->num == 0 || i + 1 + d >= n || s[i + 1 + d] != close)
            return 0;
        k = i + 2 + d;
    }
    if (k >= n || s[k] != ' ')
        return 0;
    k = mnt_skip_sp(s, n, k);
    if (!mnt_starts_upper(s + k, n - k) || mnt_is_month(s + k, n - k))
        return 0;
    c->letter = 0;
    c->dotted = 0;
    c->delim = ')';
    c->title_off = k;
    return 1;
}

/* "01/66     Godkendelse af referat": the item's number in the meeting,
 * a slash and the case's running number (a beskæftigelsesråd's Word
 * minutes, "Sag nr." in the contents). The running number is no month
 * (over 12, or three or four digits), so "12/3 Generalforsamling" in a
 * meeting plan is a date, not a heading. */
static int slash_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    unsigned num, run;
    size_t d = mnt_read_num(s, n, i, 3, &num);
    if (d == 0 || num == 0 || i + d >= n || s[i + d] != '/')
        return 0;
    size_t r = mnt_read_num(s, n, i + d + 1, 4, &run);
    size_t k = i + d + 1 + r;
    if (r == 0 || (run <= 12 && r < 3) || k >= n || s[k] != ' ')
        return 0;
    k = mnt_skip_sp(s, n, k);
    if (!mnt_starts_upper(s + k, n - k) || mnt_is_month(s + k, n - k))
        return 0;
    c->num = num;
    c->run = run;
    c->letter = 0;
    c->dotted = 0;
    c->delim = '/';
    c->title_off = k;
    return 1;
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

/* "• 1" alone on its line, the title on the next line with no blank
 * between (a web page's agenda as a list: each entry's number in the
 * bullet's first line, the title under it). A bullet and a number alone
 * is nothing else: a list of counts would have a word after each. */
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
    if (k != l->len || li + 1 >= d->nlines)
        return 0;
    const struct mnt_line *t = &d->lines[li + 1];
    if (t->kind != MNT_LINE_TEXT || mnt_line_bare_number(t) ||
        skip_bullet(t->s, t->len) > 0 || !mnt_starts_upper(t->s, t->len))
        return 0;
    c->letter = 0;
    c->dotted = 0;
    c->delim = '.';
    c->title_off = l->len;
    return 1;
}

/* Does s[0..n) name a body and the date it met ("Økonomiudvalget, den
 * 7. december 2017", "Kultur- og Idrætsudvalget, 03-04-2019")? Before
 * ", pkt. 2" that heads a decision quoted from that meeting, where the
 * number is that body's item, not a heading of these minutes. The date
 * must be all after the last comma, so a title holding a date ("Budget
 * pr. 30. juni 2017 - punkt 3") stays a heading. */
static int dated_body(const char *s, size_t n)
{
    const char *comma = NULL;
    for (size_t k = 0; k < n; k++)
        if (s[k] == ',')
            comma = s + k;
    if (comma == NULL)
        return 0;
    size_t k = mnt_skip_sp(s, n, (size_t)(comma - s) + 1);
    if (n - k > 4 && fold_prefix(s + k, n - k, "den ") == 4)
        k += 4;
    char iso[11];
    return k < n && s[k] >= '0' && s[k] <= '9' && n - k <= 24 &&
           mnt_date_find(s + k, n - k, iso);
}

/* "(ØU 137/07)" at s[i..n) and nothing after it: the case's number in
 * the committee that sent it on (Rødovre's "Sag nr. 103 (ØU 137/07)"),
 * an abbreviation in capitals and a number of the year in brackets -
 * no title. Its length with the blanks before it, else 0. */
static size_t sent_on_ref_len(const char *s, size_t n, size_t i)
{
    size_t k = mnt_skip_sp(s, n, i), caps = 0;
    if (k >= n || s[k] != '(')
        return 0;
    k++;
    while (k < n && ((s[k] >= 'A' && s[k] <= 'Z') ||
                     ((unsigned char)s[k] == 0xC3 && k + 1 < n &&
                      ((unsigned char)s[k + 1] == 0x86 ||
                       (unsigned char)s[k + 1] == 0x98 ||
                       (unsigned char)s[k + 1] == 0x85))))
        k += (unsigned char)s[k] == 0xC3 ? 2 : 1, caps++;
    if (caps == 0 || caps > 4 || k >= n || s[k] != ' ')
        return 0;
    k++;
    size_t d = 0;
    while (k < n && ((s[k] >= '0' && s[k] <= '9') || s[k] == '/'))
        k++, d++;
    if (d < 3 || k >= n || s[k] != ')' || mnt_skip_sp(s, n, k + 1) != n)
        return 0;
    return n - i;
}

/* A title and "Sag nr. N" joined by a space only: a web page that
 * prints the case's number under its title inside one button or link
 * (two spans, "Valg af borgmester" / "Sag nr. 3") reads as one line.
 * Only "Sag nr." with its capital, after a title that ends in a letter,
 * digit or closing bracket: "… jf. sag nr. 3" in a sentence is a
 * reference, not a heading. s[0..t) is the title, s[k..) the key. */
static int glued_case_no(const char *s, size_t t, size_t k, const char *key)
{
    if (strcmp(key, "sag nr.") != 0 || memcmp(s + k, "Sag nr.", 7) != 0)
        return 0;
    unsigned char c = (unsigned char)s[t - 1];
    return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == ')';
}

/* "Meddelelser / Sag nr. 24", "Godkendelse - punkt 3": the number after
 * the title. */
static int trailing_cand(const struct mnt_line *l, struct mnt_cand *c)
{
    static const char *const keys[] = {"sag nr.", "sag nr", "punkt",
                                       "pkt.",    "sagnr.", "nr."};
    size_t n = l->len, i;
    /* "… Sag nr. 103 (ØU 137/07)": the sending committee's number last */
    for (size_t k = n; k > 0; k--)
        if (l->s[k - 1] == '(' && sent_on_ref_len(l->s, l->len, k - 1) > 0) {
            n = k - 1;
            while (n > 0 && l->s[n - 1] == ' ')
                n--;
            break;
        }
    i = n;
    while (i > 0 && l->s[i - 1] >= '0' && l->s[i - 1] <= '9')
        i--;
    if (i == n || n - i > 3 || i < 8)
        return 0;
    size_t e = i;
    while (e > 0 && l->s[e - 1] == ' ')
        e--;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t kl = strlen(keys[k]);
        if (e < kl || fold_prefix(l->s + e - kl, kl, keys[k]) != kl)
            continue;
        size_t t = e - kl;
        while (t > 0 && l->s[t - 1] == ' ')
            t--;
        if (t > 0 && t < e - kl && glued_case_no(l->s, t, e - kl, keys[k])) {
            /* "Valg af borgmester Sag nr. 3": no separator to pass */
        } else if (t == 0 || strchr("/-,(|", l->s[t - 1]) == NULL) {
            return 0;
        } else {
            t--;
            while (t > 0 && l->s[t - 1] == ' ')
                t--;
        }
        if (t == 0 || !mnt_starts_upper(l->s, n) || dated_body(l->s, t))
            return 0;
        mnt_read_num(l->s, n, i, 3, &c->num);
        c->letter = 0;
        c->delim = 0;
        c->title_off = 0;
        c->title_end = t;
        return c->num > 0;
    }
    return 0;
}

/* Is line i an entry of a list under an attendance label alone on its
 * line ("Afbud:" / "Per Lind, De almene boligorganisationer" / …, no
 * blank between and no entry a sentence ending in a full stop)? Such a
 * list's last entry right above "Pkt. 1" is no title printed above the
 * number: the title is the line below, as for every later "Pkt. N". */
static int in_attendee_list(const struct mnt_doc *d, size_t i)
{
    for (size_t k = i, n = 0; k > 0 && n < 40; k--, n++) {
        const struct mnt_line *u = &d->lines[k - 1];
        if (u->kind != MNT_LINE_TEXT || u->len == 0)
            return 0;
        if (u->s[u->len - 1] == ':')
            return mnt_is_attendance_label(u->s, u->len);
        if (u->s[u->len - 1] == '.')
            return 0;
    }
    return 0;
}

/* Is the line right above li (no blank between) a title: short,
 * capitalised, not a section name, a dated field nor a sentence? */
static int title_above(const struct mnt_parser *p, size_t li)
{
    if (li == 0)
        return 0;
    const struct mnt_line *l = &p->doc.lines[li - 1], *h = &p->doc.lines[li];
    size_t nl, off;
    /* a number the format styled has its title in the same style: a
     * plain line above a bold "Pkt. 1" ends the attendee list */
    if (l->bold != h->bold || l->level != h->level)
        return 0;
    /* a plain label over a heading the format styled is that heading's
     * number ("Sag nr. 1" / bold "Skulpturpark ved rosenhaven"), whatever
     * plain line stands above it */
    if (li + 1 < p->doc.nlines && h->level == 0 &&
        p->doc.lines[li + 1].level > 0 &&
        p->doc.lines[li + 1].kind == MNT_LINE_TEXT)
        return 0;
    /* the last of an attendee list: "Kim Lund (F)"; a header's dated
     * field ("Mødedato: 8. april 2024" over a small "Punkt 14"; a title
     * "Lukket sag: Køb af ejendom" stays one) */
    char iso[11];
    if (l->list || mnt_is_member(l->s, l->len) ||
        (mnt_field_line(l) && mnt_date_find(l->s, l->len, iso)) ||
        in_attendee_list(&p->doc, li - 1))
        return 0;
    return l->kind == MNT_LINE_TEXT && l->len <= 150 &&
           mnt_starts_upper(l->s, l->len) && l->s[l->len - 1] != '.' &&
           !mnt_section_heading(l->s, l->len, &nl, &off);
}

/* Is line li "<prefix> <number>" and nothing else ("Sag nr. 2")? */
static int bare_prefixed(const struct mnt_doc *d, size_t li, const char *prefix)
{
    const struct mnt_line *l = &d->lines[li];
    size_t i = fold_prefix(l->s, l->len, prefix);
    unsigned v;
    if (i == 0 || i >= l->len)
        return 0;
    i = mnt_skip_sp(l->s, l->len, i);
    size_t n = mnt_read_num(l->s, l->len, i, 3, &v);
    return n > 0 && mnt_skip_sp(l->s, l->len, i + n) == l->len;
}

/* A label alone with another alone right above or below it ("Sag nr. 1"
 * / "Sag nr. 2" / …, the titles after them): a contents table's column
 * of labels, no heading (as a column of bare numbers is none). */
static int label_column(const struct mnt_doc *d, size_t li, const char *prefix)
{
    return (li > 0 && bare_prefixed(d, li - 1, prefix)) ||
           (li + 1 < d->nlines && bare_prefixed(d, li + 1, prefix));
}

/* A heading whose number the PDF set in a cell of its own, centred
 * beside a title that wrapped: the transcript gives the title, then the
 * number alone (a lone number between blank lines reads as a page
 * footer), then the heading's bracketed type that the other headings
 * print after their titles ("Frigivelse af … ventilation" / "3" /
 * "(Beslutning)"). Line li is the title's: short, capitalised, no
 * sentence nor section name. The number into *num, the type's line
 * into *type; 0 if li is no such title. A page's number between a title
 * and "(fortsat)" is none: the type opens with a capital. */
int mnt_number_under_title(const struct mnt_doc *d, size_t li, unsigned *num,
                           size_t *type)
{
    const struct mnt_line *l = &d->lines[li];
    size_t nl, off;
    if (l->kind != MNT_LINE_TEXT || l->len > 150 ||
        !mnt_starts_upper(l->s, l->len) ||
        strchr(".:;!?", l->s[l->len - 1]) != NULL || mnt_line_bare_number(l) ||
        mnt_section_heading(l->s, l->len, &nl, &off))
        return 0;
    size_t k[2];
    for (size_t j = 0, i = li + 1; j < 2; j++, i++) {
        for (size_t gap = 0;
             i < d->nlines && gap < 2 && d->lines[i].kind == MNT_LINE_BLANK;
             gap++)
            i++;
        if (i >= d->nlines || d->lines[i].kind == MNT_LINE_BLANK)
            return 0;
        k[j] = i;
    }
    const struct mnt_line *n = &d->lines[k[0]], *t = &d->lines[k[1]];
    unsigned v;
    if ((n->kind != MNT_LINE_TEXT && n->kind != MNT_LINE_FOOTER) ||
        mnt_read_num(n->s, n->len, 0, 3, &v) != n->len || v == 0 ||
        t->kind != MNT_LINE_TEXT || t->len < 4 || t->len > 40 ||
        t->s[0] != '(' || t->s[t->len - 1] != ')' ||
        memchr(t->s + 1, '(', t->len - 1) != NULL ||
        !mnt_starts_upper(t->s + 1, t->len - 1))
        return 0;
    *num = v;
    *type = k[1];
    return 1;
}

size_t mnt_type_under_number(const struct mnt_doc *d, const struct mnt_cand *c,
                             size_t end)
{
    unsigned under;
    size_t type;
    return c->num > 0 && mnt_number_under_title(d, c->line, &under, &type) &&
                   under == c->num && type < end
               ? type
               : c->line;
}

/* Looser styles for unknown layouts: "Ad 3", "Pkt. 3", "Nr.60 - Titel",
 * "Sag 3", "§ 3", "# 3", the loose numbered shapes, a number after the
 * title. */
static int generic_at(const struct mnt_parser *p, size_t li, struct mnt_cand *c)
{
    static const char *const prefixes[] = {
        "Pkt. nr.", "Pkt.nr.",     "Punkt nr.",
        "Ad pkt.",  "Ad punkt",    "Til punkt",
        "Til pkt.", "Vedr. punkt", "Ad.",
        "Ad",       "Pkt.",        "Pkt",
        "Punkt",    "Sag nr.",     "Sag",
        "Nr.",      "Nr",          "Dagsordenspunkt",
        "Item",     "Agenda item", "\xC2\xA7",
        "###",      "##",          "#",
    };
    const struct mnt_line *l = &p->doc.lines[li];
    if (!mnt_heading_sized(l) || mnt_number_column(&p->doc, li))
        return 0;
    for (size_t k = 0; k < sizeof prefixes / sizeof *prefixes; k++) {
        size_t i = fold_prefix(l->s, l->len, prefixes[k]);
        if (i == 0 || i >= l->len)
            continue;
        i = mnt_skip_sp(l->s, l->len, i);
        /* "Punkt: 12" over a case file's fields (Acadre); not "Sag:",
         * whose value is a case number */
        if (i + 1 < l->len && l->s[i] == ':' &&
            (strcmp(prefixes[k], "Punkt") == 0 ||
             strncmp(prefixes[k], "Pkt", 3) == 0))
            i = mnt_skip_sp(l->s, l->len, i + 1);
        size_t n = mnt_read_num(l->s, l->len, i, 3, &c->num);
        if (n == 0 || c->num == 0)
            continue;
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
        /* "Sag nr. 103 (ØU 137/07)": the title is above, as for "Sag
         * nr. 103" alone */
        i += sent_on_ref_len(l->s, l->len, i);
        /* a tab: a table row's next cell holds the title ("Sag nr. 74" |
         * title; "Punkt 1" | "5 min" | title, an Aula page's agenda, time
         * cells passed over) */
        if (i < l->len && l->s[i] != ' ' && l->s[i] != '\t')
            continue;
        i = mnt_skip_slot_cells(l->s, l->len, mnt_skip_sp(l->s, l->len, i));
        size_t sep = mnt_separator(l->s, l->len, i);
        if (sep > 0)
            i = mnt_skip_sp(l->s, l->len, i + sep);
        i += mnt_status_mark(l->s, l->len, i);
        if (!mnt_starts_title(l->s + i, l->len - i))
            continue;
        if (i == l->len && label_column(&p->doc, li, prefixes[k]))
            return 0;
        c->title_off = i;
        if (i == l->len && title_above(p, li))
            c->above = 1; /* "Spørgetid" / "Sag nr. 129" */
        return 1;
    }
    if (mnt_numbered_at(l->s, l->len, 0, c))
        return 1;
    size_t b = skip_bullet(l->s, l->len);
    if (slash_at(l->s, l->len, b, c))
        return 1;
    if (b > 0 && bullet_number(&p->doc, li, b, c))
        return 1;
    /* a short line of its own may open with an ordinal title too ("1 3.
     * anslået regnskab 2017 (Beslutning)") */
    if (loose_at(l->s, l->len, b, c,
                 l->cut == 2 || (!l->cut && l->len < MNT_FLAT_LINE / 2)))
        /* "2 Side A …" opening a flattened page is its page number; so
         * is a short page's ("9 Lukket punkt: …") among pages numbered on
         * line after line */
        return c->delim != 0 || c->letter != 0 || l->cut == 2 ||
               (!l->cut && l->len < MNT_FLAT_LINE / 2 &&
                !mnt_page_number_run(&p->doc, li));
    if (roman_at(l->s, l->len, b, c) || bracket_at(l->s, l->len, b, c) ||
        mnt_code_heading_at(l->s, l->len, b, c) > 0)
        return 1;
    if (trailing_cand(l, c))
        return 1;
    size_t type;
    if (!mnt_number_under_title(&p->doc, li, &c->num, &type))
        return 0;
    c->letter = 0;
    c->delim = 0;
    c->title_off = 0; /* the title's line; the type joins it (titles.c) */
    return 1;
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
    if (!generic_at(p, li, c))
        return 0;
    const struct mnt_line *l = &p->doc.lines[li];
    size_t te = c->title_end > 0 ? c->title_end : l->len;
    return c->above || c->title_off >= te ||
           lettered(l->s + c->title_off, te - c->title_off);
}
