/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inline_labels.c - for inline.c: labels inside a flattened page's line
 * that head an item or do not (a Word template's "Pkt.nr. 2 Title"
 * heading; its decision line "… møde 26. april 2010 Punkt 2:"). Apart
 * from inline.c, which is near 600 lines; also the bare "N: Title" and
 * "N) Title" headings inside a page. */
#include <stdio.h>
#include <string.h>

#include "minutes/segment_internal.h"
#include "minutes/segment_titles.h"

/* "… Kommunalbestyrelsens møde 26. april 2010 Punkt 2: Godkendt.": a
 * meeting's dated name right before "Punkt N" at s[i] labels that
 * meeting's decision on item N (Hvidovre's and Ballerup's Word templates;
 * an earlier committee's too: "Økonomiudvalgets møde 19. april 2010
 * Punkt 4: Anbefales."), no heading. */
int mnt_meeting_named_before(const char *s, size_t i)
{
    size_t lo = i > 40 ? i - 40 : 0;
    for (size_t k = lo; k + 7 < i; k++) {
        if ((k > 0 && s[k - 1] != ' ') || memcmp(s + k, "møde ", 6) != 0)
            continue;
        size_t d = k + 6, e = i;
        while (e > d && s[e - 1] == ' ')
            e--;
        char iso[11];
        /* only the date between: "møde 26. april 2010" */
        return e > d + 6 && e - d <= 22 && mnt_digit(s[e - 1]) &&
               mnt_date_find(s + d, e - d, iso);
    }
    return 0;
}

/* "Ad. 3) Kommunen har svaret …": a paragraph keyed to the agenda by
 * its number inside a flattened page (a transcript of minutes that
 * answer an inline agenda list point by point). "Ad" capitalised, its
 * number closed by ")", "." or ":" before a space: "ad 3" in a sentence
 * is none. */
int mnt_ad_paragraph_at(const char *s, size_t n, size_t i)
{
    if (i + 6 >= n || s[i] != 'A' || s[i + 1] != 'd')
        return 0;
    size_t e = i + 2 + (s[i + 2] == '.');
    if (e >= n || s[e] != ' ')
        return 0;
    e = mnt_skip_sp(s, n, e);
    size_t d = e;
    while (e < n && e < d + 2 && mnt_digit(s[e]))
        e++;
    return e > d && e + 1 < n && (s[e] == ')' || s[e] == '.' || s[e] == ':') &&
           s[e + 1] == ' ';
}

/* "Pkt.nr. 2 Valg af …": a Word template's heading (Hvidovre 2010), the
 * abbreviation glued, the number and a capitalised title after it; the
 * contents' "Pkt.nr Title... 1" has no number and is not cut. So is
 * "Pkt. 2 Samspil med …" (round dz), the abbreviation capitalised as a
 * heading prints it: a reference in a sentence writes "jf. pkt. 2". So
 * is Frederikshavn's "Pkt. nr. 61   Title" (the number's abbreviation
 * after a space, the title after a tab's spaces), and Fredensborg's and
 * Lemvig's "Nr.60 - Title": there the number glued to "Nr." and the dash
 * after it say heading, where "lokalplan nr. 60" in a title has neither. */
int mnt_pktnr_heading_at(const char *s, size_t n, size_t i)
{
    size_t pk = s[i] == 'P' ? fold_prefix(s + i, n - i, "Pkt.nr. ") : 0;
    if (pk == 0 && i + 9 < n && memcmp(s + i, "Pkt. nr. ", 9) == 0)
        pk = 9;
    if (pk == 0 && i + 5 < n && memcmp(s + i, "Pkt. ", 5) == 0)
        pk = 5;
    int nr = pk == 0 && i + 4 < n && memcmp(s + i, "Nr.", 3) == 0 &&
             mnt_digit(s[i + 3]);
    if (nr)
        pk = 3;
    if (pk == 0)
        return 0;
    size_t e = i + pk;
    while (e < n && e < i + pk + 3 && mnt_digit(s[e]))
        e++;
    if (e == i + pk || e + 1 >= n || s[e] != ' ')
        return 0;
    /* "Pkt. 2 - ØU Title": a dash between the label and its title */
    int dash = e + 3 < n && s[e + 1] == '-' && s[e + 2] == ' ';
    if (dash)
        e += 2;
    else if (nr)
        return 0;
    e = mnt_skip_sp(s, n, e);
    /* "Pkt. 1 1. behandling af budgetforslag …": a title opening with
     * an ordinal has no capital */
    return mnt_starts_upper(s + e, n - e) || mnt_ordinal_title(s + e, n - e);
}

#define GLUED_RUN_SPAN 4000u /* bytes looked through for the run */

/* "N." glued to a capitalised word at s[i] ("1.Valg", "12.Budget"), or
 * if `spaced` also "N. Title", its value; 0 if none. */
static unsigned glued_dot_at(const char *s, size_t n, size_t i, int spaced)
{
    unsigned v;
    size_t e = i + mnt_read_num(s, n, i, 3, &v);
    if (e == i || e + 2 >= n || s[e] != '.' || mnt_digit(s[e + 1]))
        return 0;
    size_t t = spaced && s[e + 1] == ' ' ? e + 2 : e + 1;
    uint32_t a = 0, b = 0;
    size_t k = t < n ? utf8_decode(s + t, n - t, &a) : 0;
    if (k == 0 || !fold_is_upper(a) ||
        utf8_decode(s + t + k, n - t - k, &b) == 0 || !fold_is_lower(b))
        return 0;
    return v;
}

/* "… blev valgt. 2.Godkendelse af referat …": a heading typed with no
 * space after its number's full stop (a Word document's "1.Valg af
 * mødeleder"), inside a flattened page at a word's start. A list in the
 * text is typed so as often ("prioritere: 1.flere hænder"), so the
 * number must be one of a run: the next number later in the line, or the
 * one before earlier (the last heading), glued so or not ("11. Næste
 * møde … 12.Eventuelt"). */
int mnt_glued_dot_heading_at(const char *s, size_t n, size_t i)
{
    if (i == 0 || s[i - 1] != ' ')
        return 0;
    unsigned v = glued_dot_at(s, n, i, 0);
    if (v == 0)
        return 0;
    /* within a page's length either side: a line of many such numbers
     * is scanned in bounded time per number */
    size_t lo = i > GLUED_RUN_SPAN ? i - GLUED_RUN_SPAN : 0;
    size_t hi = n - i > GLUED_RUN_SPAN ? i + GLUED_RUN_SPAN : n;
    for (size_t k = lo; k + 3 < hi; k++)
        if (k != i && (k == 0 || s[k - 1] == ' ') && mnt_digit(s[k])) {
            unsigned w = glued_dot_at(s, n, k, 1);
            if ((k > i && w == v + 1) || (k < i && w + 1 == v && w > 0))
                return 1;
        }
    return 0;
}

/* "… Godkendt. 2 (Åben) Budgetopfølgning …", "4 (Lukket) Lejeaftale …":
 * Gentofte's and Morsø's heading, the item's status in brackets between
 * its number and its title, inside a flattened page. A number of up to
 * three digits, the status ("Åben", "Lukket", "Åben sag", …) and a
 * capitalised title; the contents' entries of the same shape are told
 * from the headings by the contents' own rules. */
int mnt_status_number_heading_at(const char *s, size_t n, size_t i)
{
    unsigned v;
    size_t e = i + mnt_read_num(s, n, i, 3, &v);
    if (e == i || e >= n || s[e] != ' ' || (i > 0 && s[i - 1] != ' '))
        return 0;
    e = mnt_skip_sp(s, n, e);
    size_t st = mnt_paren_status_len(s + e, n - e);
    if (st == 0)
        return 0;
    e = mnt_skip_sp(s, n, e + st);
    return e < n && mnt_starts_upper(s + e, n - e);
}

/* "154. Lukket punkt 155. Salg af areal …": does an item's label "N. "
 * end right before s[i]? */
static int label_just_before(const char *s, size_t i)
{
    if (i < 3 || s[i - 1] != ' ' || s[i - 2] != '.')
        return 0;
    size_t q = i - 2;
    while (q > 0 && i - 2 - q < 4 && mnt_digit(s[q - 1]))
        q--;
    return q < i - 2 && i - 2 - q <= 3 && (q == 0 || s[q - 1] == ' ');
}

int mnt_mark_owned_before(const char *s, size_t i)
{
    return (i >= 3 && memcmp(s + i - 3, " - ", 3) == 0) ||
           label_just_before(s, i);
}

/* "… Godkendt. Åbent punkt 613. Takster …", "LUKKEDE SAGER Lukket punkt
 * 617. Title", "Åbent punkt 245 Title": an item's status before "punkt"
 * and its number is the heading a council's template prints for every
 * item (the region style's "Åbent punkt 3: Titel"), here inside a
 * flattened page. The status capitalised as a heading prints it, the
 * number closed by ".", ":" or nothing and a capitalised title after it:
 * a reference in a sentence ("jf. lukket punkt 4") and the closed mark
 * alone ("LUKKET PUNKT:") are none. Nor is a mark a dash joins to the
 * title before it ("44. … i Svinninge - Lukket punkt 45. Beslutning …"):
 * the title's own, as its heading prints it, before the next label. */
int mnt_status_punkt_heading_at(const char *s, size_t n, size_t i)
{
    if (!mnt_starts_upper(s + i, n - i) || mnt_mark_owned_before(s, i))
        return 0;
    size_t st = mnt_status_before_punkt(s + i, n - i);
    if (st == 0)
        return 0;
    unsigned num;
    size_t d = mnt_skip_sp(s, n, i + st + 5); /* after "punkt" */
    size_t e = d + mnt_read_num(s, n, d, 3, &num);
    if (e == d)
        return 0;
    size_t sep = e + 1 < n && s[e] == ' ' && s[e + 1] != ':'
                     ? mnt_separator(s, n, e + 1)
                     : 0;
    if (e < n && (s[e] == '.' || s[e] == ':'))
        e++;
    else if (sep > 0) /* "Åbent punkt 613 - Takster …" */
        e += 1 + sep;
    return e + 1 < n && s[e] == ' ' && mnt_starts_upper(s + e + 1, n - e - 1);
}

/* "62/1. Spørgetid (Åben sag)": an old ESDH page's heading (Spøttrup's
 * intranote pages, 2004), the meeting's running case number, a slash,
 * the item's place on the agenda and a full stop, then the title, and
 * the case's status in brackets closing the line. The status makes it a
 * heading (no date "12/3." nor a fraction does so); the running number
 * labels the item. Where its title starts (num in *num, where it ends
 * before the status in *tend), 0 if none at s[i]. */
size_t mnt_slash_status_at(const char *s, size_t n, size_t i, unsigned *num,
                           size_t *tend)
{
    unsigned v = 0, place = 0;
    size_t k = i;
    while (k < n && k < i + 3 && mnt_digit(s[k]))
        v = v * 10 + (unsigned)(s[k++] - '0');
    if (k == i || v == 0 || k + 1 >= n || s[k] != '/')
        return 0;
    size_t p = ++k;
    while (k < n && k < p + 3 && mnt_digit(s[k]))
        place = place * 10 + (unsigned)(s[k++] - '0');
    if (k == p || place == 0 || k + 2 >= n || s[k] != '.' || s[k + 1] != ' ')
        return 0;
    size_t t = mnt_skip_sp(s, n, k + 1);
    if (t >= n || !mnt_starts_upper(s + t, n - t))
        return 0;
    /* the bracketed status closes the line */
    size_t e = n;
    while (e > t && s[e - 1] == ' ')
        e--;
    if (e < t + 8 || s[e - 1] != ')')
        return 0;
    size_t o = e - 1;
    while (o > t && s[o] != '(')
        o--;
    if (s[o] != '(' || o == t || mnt_paren_status_len(s + o, e - o) != e - o)
        return 0;
    *num = v;
    while (o > t && (s[o - 1] == ' ' || s[o - 1] == '.'))
        o--; /* "… ved Lem Skole. (Åben sag)" */
    *tend = o;
    return t;
}

/* "… Der var ingen spørgsmål63/2. Title (Åben sag)", "Godkendt.64/3.
 * …": such a heading glued to the decision before it, after a
 * lower-case letter, a full stop or a space: a place to cut. */
int mnt_slash_heading_cut(const char *s, size_t n, size_t i)
{
    uint32_t prev = 0;
    unsigned num;
    size_t te;
    if (i == 0)
        return 0;
    utf8_prev(s, s + i, &prev);
    return (fold_is_lower(prev) || prev == ' ' || prev == '.') &&
           mnt_slash_status_at(s, n, i, &num, &te) > 0;
}

/* "4: Habilitetserklæringer …" at s[i]: an item's number, a colon, a
 * space and a capital (no month) - a flattened page's heading in a
 * "N: Title" template (delim ':'; ')' for "N) Title"); a title may open
 * with an ordinal instead ("1) 1. behandling af …"). The offset
 * after the delimiter's space, or 0. */
/* Does the word before s[i] (a space between) name a street ("Kildevej
 * 4 - Byggesag …")? The number v after it is a house's, inside a title,
 * unless label v - 1 came shortly before (an agenda list's title ending
 * in a street: "… ved Engholm Allé 5 - Landzoneansøgning …"). */
static int street_before(const char *s, size_t i, unsigned v)
{
    char prev[16];
    int pn = snprintf(prev, sizeof prev, "%u - ", v - 1);
    size_t lo = i > 600 ? i - 600 : 0;
    for (size_t k = lo; pn > 0 && k + (size_t)pn <= i; k++)
        if ((k == 0 || s[k - 1] == ' ') && memcmp(s + k, prev, (size_t)pn) == 0)
            return 0;
    static const char *const ends[] = {"vej",    "gade",  "allé", "vænget",
                                       "stræde", "plads", "torv"};
    size_t e = i > 0 ? i - 1 : 0;
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t m = strlen(ends[k]);
        if (e > m && s[e] == ' ' && fold_eq(s + e - m, m, ends[k], m))
            return 1;
    }
    return 0;
}

size_t mnt_delim_heading_at(const char *s, size_t n, size_t i, char delim)
{
    unsigned v;
    size_t e = i + mnt_read_num(s, n, i, 3, &v);
    if (e == i || (i > 0 && mnt_digit(s[i - 1])))
        return 0;
    /* "2 - Title", "2 – Title": a dash set off by spaces both sides
     * (no range "2-3", no "2 -3"); "Pkt. 2 - ØU Title" is its label
     * word's heading, cut before the word */
    size_t sep = delim == '-' && e + 1 < n && s[e] == ' ' && s[e + 1] != ':' &&
                         mnt_label_before(s, e) >= i && !street_before(s, i, v)
                     ? mnt_separator(s, n, e + 1)
                     : 0;
    if (sep > 0)
        e += sep; /* on the dash's last byte */
    else if (delim == ':' && e + 1 < n && s[e] == ' ' && s[e + 1] == ':')
        e++; /* "1 : Title", a template's colon set off by spaces */
    else if (delim == '-' || e >= n || s[e] != delim)
        return 0;
    if (e + 2 >= n || s[e + 1] != ' ')
        return 0;
    e += 2;
    /* a title may open with an ordinal ("3 1) 1. behandling af …") */
    if (mnt_ordinal_title(s + e, n - e))
        return e;
    return mnt_starts_upper(s + e, n - e) && !mnt_is_month(s + e, n - e) ? e
                                                                         : 0;
}

/* "… Beslutning: Godkendt. § 2 Budget 2021 Sagsnr.: …", "4 § 2 Title",
 * "§12 Title", "§ 12. Title": a template labelling its items with the
 * section sign, inside a flattened page. A statute's section in a
 * sentence follows a word in lower case or an abbreviation ("lovens §
 * 17", "efter § 18", "jf. § 5"), or is one of two ("§§ 24-27"); a
 * heading's follows a sentence's end, a name, a number or a colon. */
int mnt_paragraf_heading_at(const char *s, size_t n, size_t i)
{
    if (i + 4 >= n || memcmp(s + i, "\xC2\xA7", 2) != 0 || s[i + 2] == '\xC2')
        return 0;
    size_t d = i + 2 + (s[i + 2] == ' ');
    unsigned v;
    size_t e = d + mnt_read_num(s, n, d, 3, &v);
    if (e == d || v == 0)
        return 0;
    e += e < n && s[e] == '.';
    if (e + 1 >= n || s[e] != ' ')
        return 0;
    e++;
    if (!(mnt_starts_upper(s + e, n - e) || mnt_ordinal_title(s + e, n - e)) ||
        mnt_is_month(s + e, n - e))
        return 0;
    if (i < 2 || s[i - 1] != ' ')
        return i == 0;
    size_t we = i - 1, w = we;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    char last = s[we - 1];
    /* "jf.", "stk." abbreviate; "… til pkt. 6. § 3 Title" ends a
     * sentence */
    if (last == '.' || last == '!' || last == '?' || last == ':')
        return last != '.' || we - 1 - w > 3 ||
               !mnt_starts_lower(s + w, we - w);
    return !mnt_starts_lower(s + w, we - w);
}

/* "… Godkendt. PKT. 9. 3 STK. ANSØGNINGER OM …": a title that opens
 * with a count (one to three digits, a space, a capital) after an item's
 * number that a capitalised label word heads ("PKT.", "Pkt.", "Punkt";
 * the lower-case "pkt. 9." of a sentence is a reference). A count alone
 * after a bare "9." is as often a list's or a date's run, so only the
 * label's number takes it. t is the title's offset. */
int mnt_label_count_title(const char *s, size_t n, size_t i, size_t t)
{
    static const char *const labels[] = {"PKT.", "Pkt.", "PUNKT", "Punkt"};
    size_t k = t;
    while (k < n && k - t < 3 && mnt_digit(s[k]))
        k++;
    if (k == t || (k < n && mnt_digit(s[k])) || k + 1 >= n || s[k] != ' ' ||
        !mnt_starts_upper(s + k + 1, n - k - 1) || i < 2 || s[i - 1] != ' ')
        return 0;
    for (size_t w = 0; w < sizeof labels / sizeof *labels; w++) {
        size_t m = strlen(labels[w]), e = i - 1;
        if (e >= m && memcmp(s + e - m, labels[w], m) == 0 &&
            (e == m || s[e - m - 1] == ' '))
            return 1;
    }
    return 0;
}

/* "… 4. Forespørgsler 04A Undersøgelse af …": a lettered item under a
 * group's heading, its number zero-padded to two digits and its capital
 * letter glued on, then a space and a capitalised title, at s[i] of a
 * flattened page. Not a point naming whom the announcements come from
 * ("02A Fra formanden"): that is the announcements item's text. */
int mnt_padded_letter_at(const char *s, size_t n, size_t i)
{
    if (i + 5 >= n || s[i] != '0' || !mnt_digit(s[i + 1]) || s[i + 1] == '0' ||
        !ascii_upper(s[i + 2]) || s[i + 3] != ' ' || mnt_digit(s[i - 1]) ||
        !mnt_starts_upper(s + i + 4, n - i - 4))
        return 0;
    return fold_prefix(s + i + 4, n - i - 4, "fra ") == 0;
}
