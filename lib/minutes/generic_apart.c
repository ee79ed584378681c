/* SPDX-License-Identifier: GPL-2.0-or-later */
/* generic_apart.c - for generic.c: a heading's number printed apart from
 * its title: after it ("Meddelelser / Sag nr. 24"), alone under it
 * ("Spørgetid" / "Sag nr. 129"), or under a wrapped title before its
 * bracketed type ("Title" / "3" / "(Beslutning)"); and the lines that
 * look so but are none (a contents table's column of labels, an
 * attendee list's last entry, a quoted decision's "…, pkt. 2"). */
#include <string.h>

#include "minutes/segment_internal.h"

/* Does s[0..n) name a body and the date it met ("Økonomiudvalget, den
 * 7. december 2017", "Kultur- og Idrætsudvalget, 03-04-2019",
 * "Behandling i Økonomiudvalget onsdag den 7. december 2017")? Before
 * ", pkt. 2" that heads a decision quoted from that meeting, where the
 * number is that body's item, not a heading of these minutes. The date
 * must be all after the last comma, so a title holding a date ("Budget
 * pr. 30. juni 2017 - punkt 3") stays a heading. */
static int dated_body(const char *s, size_t n, int comma)
{
    /* the date after the last comma, or before a comma and the key after
     * the last " den " (Region Sjælland: "Behandling i Udvalget for …
     * onsdag den 11. september 2019, pkt. 1"; a title glued to "Sag nr.
     * 1" may hold a date so) */
    size_t k = 0;
    for (size_t j = 0; j < n; j++)
        if (s[j] == ',')
            k = j + 1;
        else if (comma && j > 0 && s[j - 1] == ' ' && n - j > 4 &&
                 fold_prefix(s + j, n - j, "den ") == 4)
            k = j;
    if (k == 0)
        return 0;
    k = mnt_skip_sp(s, n, k);
    if (n - k > 4 && fold_prefix(s + k, n - k, "den ") == 4)
        k += 4;
    char iso[11];
    return k < n && mnt_digit(s[k]) && n - k <= 24 &&
           mnt_date_find(s + k, n - k, iso);
}

/* "(ØU 137/07)" at s[i..n) and nothing after it: the case's number in
 * the committee that sent it on (Rødovre's "Sag nr. 103 (ØU 137/07)"),
 * an abbreviation in capitals and a number of the year in brackets -
 * no title. Its length with the blanks before it, else 0. */
size_t mnt_sent_on_ref_len(const char *s, size_t n, size_t i)
{
    size_t k = mnt_skip_sp(s, n, i), caps = 0;
    if (k >= n || s[k] != '(')
        return 0;
    k++;
    k += mnt_caps_run(s + k, n - k, 5, &caps); /* "ØU", "KFU" */
    if (caps == 0 || caps > 4 || k >= n || s[k] != ' ')
        return 0;
    k++;
    size_t d = 0;
    while (k < n && (mnt_digit(s[k]) || s[k] == '/'))
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
    return c >= 0x80 || ascii_letter(c) || ascii_digit(c) || c == ')';
}

/* "Meddelelser / Sag nr. 24", "Godkendelse - punkt 3": the number after
 * the title. */
int mnt_trailing_cand(const struct mnt_line *l, struct mnt_cand *c)
{
    static const char *const keys[] = {"sag nr.", "sag nr", "punkt",
                                       "pkt.",    "sagnr.", "nr."};
    size_t n = l->len, i;
    /* "… Sag nr. 103 (ØU 137/07)": the sending committee's number last */
    for (size_t k = n; k > 0; k--)
        if (l->s[k - 1] == '(' &&
            mnt_sent_on_ref_len(l->s, l->len, k - 1) > 0) {
            n = k - 1;
            while (n > 0 && l->s[n - 1] == ' ')
                n--;
            break;
        }
    i = n;
    while (i > 0 && mnt_digit(l->s[i - 1]))
        i--;
    if (i == n || n - i > 3 || i < 8)
        return 0;
    size_t e = i;
    while (e > 0 && l->s[e - 1] == ' ')
        e--;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        int comma = 0;
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
            comma = l->s[t - 1] == ',';
            t--;
            while (t > 0 && l->s[t - 1] == ' ')
                t--;
        }
        if (t == 0 || !mnt_starts_upper(l->s, n) || dated_body(l->s, t, comma))
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
/* Do a[0..an) and b[0..bn) read the same but for their digits ("SAG
 * NR. 1" and "SAG NR. 12")? */
static int same_but_digits(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    while (i < an && j < bn) {
        int da = mnt_digit(a[i]), db = mnt_digit(b[j]);
        if (da != db)
            return 0;
        if (da) {
            while (i < an && mnt_digit(a[i]))
                i++;
            while (j < bn && mnt_digit(b[j]))
                j++;
            continue;
        }
        if (a[i++] != b[j++])
            return 0;
    }
    return i == an && j == bn;
}

/* Is line li - 1, above the bare label at li, a running head: the same
 * line stands above another label of the same shape ("REGIONSRÅDET" /
 * "SAG NR. 1" … "REGIONSRÅDET" / "SAG NR. 2", a decision record's page
 * head over each item)? A title is its item's own; the title then
 * follows the label. */
static int running_head_above(const struct mnt_doc *d, size_t li)
{
    const struct mnt_line *l = &d->lines[li - 1], *h = &d->lines[li];
    for (size_t k = 1; k < d->nlines; k++) {
        const struct mnt_line *o = &d->lines[k], *a = &d->lines[k - 1];
        if (k == li || a->len != l->len || memcmp(a->s, l->s, l->len) != 0)
            continue;
        if (same_but_digits(o->s, o->len, h->s, h->len))
            return 1;
    }
    return 0;
}

/* Is l, the line above the plain number line h, a heading the format
 * styled (a heading level or bold), h none of that? */
static int styled_over_plain(const struct mnt_line *l, const struct mnt_line *h)
{
    return (l->level > 0 || l->bold) && h->level == 0 && !h->bold && !h->big;
}

int mnt_title_above_number(const struct mnt_parser *p, size_t li)
{
    if (li == 0)
        return 0;
    const struct mnt_line *l = &p->doc.lines[li - 1], *h = &p->doc.lines[li];
    size_t nl, off;
    /* a number the format styled has its title in the same style: a
     * plain line above a bold "Pkt. 1" ends the attendee list; but a
     * template may set the title as a heading and its "Sag nr. 45 (BE
     * 4/2011)" under it as body text (Word's Heading 2 over Normal) */
    if ((l->bold != h->bold || l->level != h->level) &&
        !styled_over_plain(l, h))
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
        in_attendee_list(&p->doc, li - 1) || running_head_above(&p->doc, li))
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
int mnt_label_column(const struct mnt_doc *d, size_t li, const char *prefix)
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
