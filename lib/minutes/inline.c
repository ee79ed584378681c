/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inline.c - headings inside lines: a PDF page flattened to one line
 * ("… godkendt. 2. Meddelelser …"), a number glued to the word before it
 * ("Indholdsfortegnelse1. Fraværende"). The second reading of a document
 * cuts its lines there (mnt_split_inline(), inline_split.c). */
#include <stdio.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* "601. Regnskab 2008" at s[i]: a running number of up to three digits,
 * a full stop, a space and a capital (mnt_numbered_at() takes two
 * digits: in a flattened page the numbers run on from earlier
 * meetings). */
static int running_at(const char *s, size_t n, size_t i, struct mnt_cand *c)
{
    size_t e = mnt_number_at(s, n, i, 3, c);
    if (e == 0 || c->delim != '.' || c->letter != 0 || e >= n || s[e] != ' ')
        return 0;
    e = mnt_skip_sp(s, n, e);
    /* "172. 2. behandling af …": a title opening with an ordinal */
    if (!(mnt_starts_upper(s + e, n - e) || mnt_ordinal_title(s + e, n - e)) ||
        mnt_is_month(s + e, n - e))
        return 0;
    c->title_off = e;
    return 1;
}

/* Does a date's year end right before s[i] ("… den 12.03.2013" glued
 * to the next heading: "12.03.201321. Godkendelse")? Its four digits
 * after "dd.mm." say where the year ends and the number starts. */
static int year_before(const char *s, size_t i)
{
    if (i < 7 || s[i - 5] != '.' || !mnt_digit(s[i - 6]))
        return 0;
    for (size_t k = i - 4; k < i; k++)
        if (!mnt_digit(s[k]))
            return 0;
    return (s[i - 4] == '1' && s[i - 3] == '9') ||
           (s[i - 4] == '2' && s[i - 3] == '0');
}

/* Does a year written as a word end right before s[i], or before the
 * full stop there? An agenda run together on one line (a video
 * player's list) glues each number to the title before it, also to a
 * title ending in a year ("… affaldsplanen i 20237. Revision …") and to
 * the year of the date before the first ("… den 25. januar 2023.1. Ny
 * aftale …"). The year's four digits open their word (a space before
 * them): a longer number is no year; the chain decides the rest. */
static int year_word_before(const char *s, size_t i)
{
    size_t e = i > 0 && s[i - 1] == '.' ? i - 1 : i;
    if (e < 4 || s[i] == '0')
        return 0;
    for (size_t k = e - 4; k < e; k++)
        if (!mnt_digit(s[k]))
            return 0;
    return ((s[e - 4] == '1' && s[e - 3] == '9') ||
            (s[e - 4] == '2' && s[e - 3] == '0')) &&
           (e == 4 || s[e - 5] == ' ');
}

/* Does s[0..e) end in the word "Side" ("… Borgmesterkontoret Side 1.
 * Mødedato: …")? The number after it is the page's, no item's. */
static int page_word_before(const char *s, size_t e)
{
    return e >= 4 && fold_prefix(s + e - 4, 4, "side") == 4 &&
           (e == 4 || s[e - 5] == ' ');
}

/* Does s[0..e) end in a room's word ("Mødelokale", "lokale",
 * "Udvalgslokale")? A header's place flattened into the page, "Sted
 * Torvet 2, Mødelokale 8 Deltagere …", gives the room's number, no
 * item's running number without its full stop (round gn). */
static int room_word_before(const char *s, size_t e)
{
    return e >= 6 && fold_prefix(s + e - 6, 6, "lokale") == 6;
}

/* Is s[i..n) a zero-padded number and its full stop ("01. Title")?
 * A page's number is never printed so: after a page head's "Side" whose
 * own number the transcript lost ("… Referat Byrådet Side 01.
 * Beslutningssag: …") it is the first item's number. */
static int zero_padded_at(const char *s, size_t n, size_t i)
{
    return i + 3 < n && s[i] == '0' && s[i + 1] >= '1' && s[i + 1] <= '9' &&
           s[i + 2] == '.' && s[i + 3] == ' ';
}

/* Does s[0..e) end in one of the n words (any case), with a space or
 * the start before it? */
static int ends_in_one_of(const char *s, size_t e, const char *const *words,
                          size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t m = strlen(words[k]);
        if (e >= m && fold_prefix(s + e - m, m, words[k]) == m &&
            (e == m || s[e - m - 1] == ' '))
            return 1;
    }
    return 0;
}

/* Does s[0..e), ending in "Side", name a contents list before it
 * ("Sagsoversigt Side 01. …")? There "Side" heads the page column and
 * the entries that follow are the contents', not the items. */
static int contents_side_before(const char *s, size_t e)
{
    static const char *const heads[] = {"Sagsoversigt ", "Indholdsfortegnelse ",
                                        "Indhold "};
    if (e < 5)
        return 0;
    e -= 4; /* "Side" */
    return ends_in_one_of(s, e, heads, sizeof heads / sizeof *heads);
}

/* Does s[0..e) end in a word that refers to an item by its number, in
 * lower case ("… behandles før punkt 22. Fraværende: …", "jf. pkt. 4.",
 * "sag 3.")? The number after it is a reference in a sentence, no
 * heading (headings print "Punkt 22" capitalised, or the number alone).
 * So is an attachment's: "… som vist i bilag 1. Økonomiudvalget …" ends
 * a sentence before a running footer, and no item's heading opens after
 * the word "bilag". Nor after a statute's subsection, capitalised or not
 * ("§17, Stk. 4. Strategi og …", a committee set up under the law's
 * section and named so in the page's head). */
static int reference_word_before(const char *s, size_t e)
{
    static const char *const words[] = {
        "punkt",           "punkterne", "pkt.",     "pkt",  "sag", "sagerne",
        "dagsordenspunkt", "bilag",     "bilagene", "stk.", "Stk."};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t m = strlen(words[k]);
        if (e < m || memcmp(s + e - m, words[k], m) != 0 ||
            (e > m && s[e - m - 1] != ' ' && s[e - m - 1] != '('))
            continue;
        /* "… Godkendt. Ad punkt 2. Meddelelser …", "Til pkt. 3.": the
         * heading's own label, no reference; so is the number after a
         * title's closed mark, after a dash or a closed item's label
         * ("… 2018 - Lukket punkt 24. Initiativsag …", "154. Lukket
         * punkt 155. Salg …"; "LUKKEDE SAGER Lukket punkt 617." is a
         * status heading, inline_labels.c's) */
        size_t w = e - m;
        while (w > 0 && s[w - 1] == ' ')
            w--;
        size_t b = w;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        /* "… Salg af kommunal ejendom Lukket sag 05. Eventuelt Åben sag
         * …": a template printing each item's status, capitalised,
         * after its title; the next heading follows it */
        if (m == 3 && memcmp(words[k], "sag", 3) == 0 &&
            ((w - b == strlen("Åben") && memcmp(s + b, "Åben", w - b) == 0) ||
             (w - b == 6 && memcmp(s + b, "Lukket", 6) == 0)))
            return 0;
        return !(fold_eq(s + b, w - b, "ad", 2) ||
                 fold_eq(s + b, w - b, "til", 3) ||
                 (w - b == 6 && memcmp(s + b, "Lukket", 6) == 0 &&
                  mnt_mark_owned_before(s, b)));
    }
    return 0;
}

/* Does s[0..e) end in the word "Ad" or "Ad." ("… Ad. 1) Referatet blev
 * godkendt."): a paragraph answering an agenda list's point, which
 * agenda_bullets.c reads; no heading of its own. */
static int ad_word_before(const char *s, size_t e)
{
    size_t w = e;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    return fold_eq(s + w, e - w, "ad", 2) || fold_eq(s + w, e - w, "ad.", 3);
}

int mnt_journal_label_before(const char *s, size_t e)
{
    static const char *const labels[] = {"Journalnr.", "Journal nr.", "J.nr.",
                                         "Jnr.", "Sagsnr."};
    if (e > 0 && s[e - 1] == ':')
        e--;
    return ends_in_one_of(s, e, labels, sizeof labels / sizeof *labels);
}

/* "Punkt 3", and "Punkt: 61" over a case file's fields (Acadre);
 * "ØU-61/07-O Title", a committee's case code; "Sag nr. 74 Orientering
 * …" with its title (Word templates) and "SAG NR. 3 TITLE IN CAPITALS"
 * (a region's decision record), not a reference "(Sag nr. 61)" nor "jf.
 * sag nr. 61"; a number without a full stop after a page footer or
 * before its title's case fields - at s[i], a word's start in a
 * flattened page (i + 8 < n). */
static int labelled_at(const char *s, size_t n, size_t i)
{
    struct mnt_cand cc;
    if (mnt_ad_paragraph_at(s, n, i))
        return 1;
    if (mnt_code_heading_at(s, n, i, &cc) > 0 ||
        (mnt_loose_heading_at(s, n, i) && !room_word_before(s, i - 1)))
        return 1;
    if (mnt_pktnr_heading_at(s, n, i)) /* "Pkt.nr. 2 Title" */
        return 1;
    if (mnt_herning_head_at(s, n, i)) /* "Sagsnr.: <KLE> Sagsfremstilling" */
        return 1;
    /* "… til temamøder. HR. 3 Møderække for 2018 …": a råd's code
     * before the number, read as on a heading line, after a sentence's
     * end, a colon or a number (the page's); not the end of a title
     * before the next heading ("… leje af lokaler til IT 1. Meddelelse
     * …") nor capitals inside a title set in capitals */
    if ((i < 2 || s[i - 2] == '.' || s[i - 2] == ':' || mnt_digit(s[i - 2])) &&
        mnt_council_code_at(s, n, i, &cc))
        return 1;
    if (mnt_status_number_heading_at(s, n, i)) /* "2 (Åben) Title" */
        return 1;
    if (mnt_paragraf_heading_at(s, n, i)) /* "§ 2 Title" */
        return 1;
    if (mnt_glued_dot_heading_at(s, n, i)) /* "… valgt. 2.Title" */
        return 1;
    /* "Åbent punkt 3. Title", "Lukket punkt 245 Title" */
    if (mnt_status_punkt_heading_at(s, n, i))
        return 1;
    /* a heading's word is capitalised ("Punkt 3", "PUNKT 3"); "jf.
     * punkt 59 på …" is a reference in a sentence */
    size_t k = s[i] == 'P' ? fold_prefix(s + i, n - i, "Punkt") : 0;
    /* "… Taget til efterretning. 4 / 8 Dagsordenspunkt 3 Title …": a
     * template's long label word, read as "Punkt 3" */
    if (k == 0 && s[i] == 'D')
        k = fold_prefix(s + i, n - i, "Dagsordenspunkt");
    /* "573. LUKKET PUNKT: 574. LUKKET PUNKT:": the closed mark's word
     * before the next heading, no "Punkt: 574" label */
    if (k > 0 && i >= 7 && fold_prefix(s + i - 7, 7, "lukket ") == 7 &&
        (i == 7 || s[i - 8] == ' '))
        return 0;
    if (k > 0 && mnt_meeting_named_before(s, i))
        return 0;
    if (k > 0) {
        /* "Punkt nr. 57 : Title": a Word template's heading with the
         * number's abbreviation (and a space before its colon, which no
         * "N: Title" cut would take); capitalised and with its colon,
         * not a reference in a sentence ("jf. punkt nr. 59 på …") */
        size_t nr =
            s[i] == 'P' ? fold_prefix(s + i + k, n - i - k, " nr. ") : 0;
        if (nr > 0) {
            size_t e = i + k + nr;
            while (e < n && mnt_digit(s[e]))
                e++;
            size_t c = mnt_skip_sp(s, n, e);
            return e > i + k + nr && c < n && s[c] == ':';
        }
        k = mnt_skip_sp(s, n, i + k + (s[i + k] == ':'));
        return k > i + 5 && k < n && mnt_digit(s[k]);
    }
    if (memcmp(s + i, "Sag nr. ", 8) != 0 && memcmp(s + i, "SAG NR. ", 8) != 0)
        return 0;
    size_t e = mnt_number_at(s, n, i + 8, 3, &cc);
    /* a title may open with an ordinal ("Sag nr. 1 1. behandling …") */
    return e > 0 && cc.delim == 0 && cc.letter == 0 && e + 1 < n &&
           s[e] == ' ' &&
           (mnt_starts_upper(s + e + 1, n - e - 1) ||
            mnt_ordinal_title(s + e + 1, n - e - 1));
}

/* Is the word s[w..e) a heading's whole title after its number "N. ",
 * N the number the dotted one at s[i..d) opens with, and that one N.1
 * ("4. Høringer 4.1 Høring om …": a one-word heading over its first
 * sub-item, as "3. Siden sidst 3.1 …" is)? */
static int first_sub_after_heading(const char *s, size_t n, size_t w, size_t i,
                                   size_t d)
{
    size_t k = d - i;
    return w >= k + 2 && s[w - 1] == ' ' && s[w - 2] == '.' &&
           memcmp(s + w - 2 - k, s + i, k) == 0 &&
           (w == k + 2 || s[w - 3 - k] == ' ') && d + 2 < n &&
           s[d + 1] == '1' && s[d + 2] == ' ';
}

/* "Lokalplan 65.1 Endelig vedtagelse": a dotted number at s[i] right
 * after a capitalised word in lower case that ends no sentence is the
 * plan's or the case's number inside a title, no sub-item "65.1"
 * heading (one follows a stop, a page's number or a section name:
 * "… Godkendt. 3.1 …", "BESLUTNING 3.1 …") unless the word is a heading's
 * whole title numbered as the sub-item's head. */
static int plan_number_at(const char *s, size_t n, size_t i)
{
    if (i < 3 || i + 2 >= n || s[i - 1] != ' ')
        return 0;
    size_t e = i - 1, w = e;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    size_t d = i;
    while (d < n && mnt_digit(s[d]))
        d++;
    if (d + 1 >= n || s[d] != '.' || !mnt_digit(s[d + 1]))
        return 0; /* "2. Meddelelser": an item's number */
    if (e - w < 3 || !mnt_starts_upper(s + w, e - w) ||
        mnt_section_word_at(s + w, e - w))
        return 0;
    for (size_t k = w + 1; k < e; k++)
        if (!(ascii_lower(s[k]) || (unsigned char)s[k] >= 0x80))
            return 0; /* "BESLUTNING", "Side3", "pkt." */
    return !first_sub_after_heading(s, n, w, i, d);
}

/* "… i stedet for Bo Lund (A).42. Asfalt på Skolevej": a web page whose
 * paragraphs were joined without a break glues each heading to the end
 * of the item before it, right after its last full stop. Only a heading
 * that ends the line (a title's length, no sentence's end in it) and
 * follows a full stop after a letter or a bracket (never a number's
 * "1.2." nor an abbreviation's "pkt.3."): the chain decides the rest. */
static int glued_after_stop(const char *s, size_t n, size_t i,
                            const struct mnt_cand *c)
{
    if (i < 3 || s[i - 1] != '.' || n - i > MNT_HEADING_MAX / 2)
        return 0;
    uint32_t before;
    utf8_prev(s, s + i - 1, &before);
    if (before != ')' && !fold_is_lower(before))
        return 0;
    /* "pkt.3. Title", "nr.4. Title": a word of up to three letters
     * before the stop is an abbreviation */
    size_t w = i - 1;
    while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '(')
        w--;
    if (before != ')' && i - 1 - w <= 3)
        return 0;
    for (size_t k = c->title_off; k + 1 < n; k++)
        if ((s[k] == '.' || s[k] == '!' || s[k] == '?') && s[k + 1] == ' ')
            return 0;
    return 1;
}

/* Where, inside line l, does a heading start? A number glued to a word
 * ("Indholdsfortegnelse1. Fraværende"), or - in a flattened page - after
 * the end of a sentence ("… godkendt. 2. Meddelelser …", "… Punkt 3:").
 * Returns the offset, or 0. */
/* A transcript's page opening with its number, then the heading: "4 2.
 * Ledelsesinformation … Sagsfremstilling …", flat or not; where the
 * heading starts (after the page's number), or 0. */
static size_t page_opening_heading(const char *s, size_t n, int flat)
{
    size_t h = mnt_page_number_len(s, n);
    if (h == 0 || h + 3 >= n || n < 30)
        return 0;
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    /* the title may open with an ordinal: "3 1. 1. behandling af
     * budgetforslag …" */
    if (mnt_numbered_at(s, n, h, &c) && c.delim == '.' &&
        (mnt_starts_upper(s + c.title_off, n - c.title_off) ||
         mnt_ordinal_title(s + c.title_off, n - c.title_off) ||
         mnt_code_title(s + c.title_off, n - c.title_off)))
        return h;
    /* "4 62 Flere pladser …": a running number without a full stop
     * after the page's number (a transcript of a Word template) */
    size_t e = flat ? mnt_number_at(s, n, h, 3, &c) : 0;
    /* "3 1 - Godkendelse af dagsorden Dok.nr.: …": the number and
     * its title apart by a dash (a template printing "N - Title");
     * the dash's spaces both sides, no range "1-3" */
    size_t sep =
        e > h && e + 1 < n && s[e] == ' ' ? mnt_separator(s, n, e + 1) : 0;
    if (sep > 0 && s[e + 1] != ':' && e + 1 + sep < n && s[e + 1 + sep] == ' ')
        e += 1 + sep;
    if (e > h && c.delim == 0 && c.letter == 0 && e < n && s[e] == ' ' &&
        (mnt_starts_upper(s + e + 1, n - e - 1) ||
         mnt_ordinal_title(s + e + 1, n - e - 1)) &&
        !mnt_is_month(s + e + 1, n - e - 1))
        return h;
    /* "4 6: Anbefaling …", "9 6) Lukket - Informationer …": a page
     * opening with its item's label; inside a page "1) Title" is as
     * often a list's point, the page's start is a heading's place */
    if (flat && (mnt_delim_heading_at(s, n, h, ':') > 0 ||
                 mnt_delim_heading_at(s, n, h, ')') > 0))
        return h;
    return 0;
}

/* A heading labelled "N:", "N : ", "N)" or "N -" at s[i], a word's
 * start inside a flattened page (prev the character before it). */
static int delimited_heading_at(const char *s, size_t n, size_t i,
                                uint32_t prev, int flat)
{
    /* "… godkendt. 2: Godkendelse af referat …": after a sentence's
     * end only (a time "kl. 10:30" has no space after its colon) */
    if (flat && i >= 2 &&
        (s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?') &&
        !reference_word_before(s, i - 1) && /* "…, pkt. 3: Anbefales" */
        mnt_delim_heading_at(s, n, i, ':') > 0)
        return 1;
    /* "… Afbud: Bente Kro (V) 1 : Godkendelse af dagsorden …": a
     * template's "N : Title", its colon set off by spaces both sides,
     * at any word boundary (no sentence nor time sets a colon so) */
    if (flat && prev == ' ' && i + 2 < n && s[i + 1] == ' ' &&
        s[i + 2] == ':' && !reference_word_before(s, i - 1) &&
        mnt_delim_heading_at(s, n, i, ':') > 0)
        return 1;
    /* "… Godkendt. 5) Regnskab 2013 Sagsnr.: …", "… Side 3 1) KB -
     * Spørgetid …", "… blev godkendt. 2) Godkendelse af referat
     * Referatet …": a heading labelled "N)" at any word boundary of a
     * flattened page, as "N." and "N -"; a list's point inside an
     * item ("1) … 2) …") the chain's numbering decides (round fq:
     * asking for a case file's field after the title missed every
     * template printing none) */
    if (flat && prev == ' ' && !reference_word_before(s, i - 1) &&
        !ad_word_before(s, i - 1) && mnt_delim_heading_at(s, n, i, ')') > 0)
        return 1;
    /* "… Beslutning: Godkendt. 2 - Budget 2021 Sagsnr.: …", "…
     * Side 4 2 - KB - Valg af …": a template printing "N - Title"
     * (a sentence sets no number off by a dash before a capital);
     * "Pkt. 2 - ØU Title" is cut at its label word */
    if (flat && prev == ' ' && !reference_word_before(s, i - 1) &&
        !page_word_before(s, i - 1) && mnt_delim_heading_at(s, n, i, '-') > 0)
        return 1;
    return 0;
}

/* Is s[w..e) a bare number of up to four digits (no full stop)? */
static int bare_number(const char *s, size_t w, size_t e)
{
    if (e <= w || e - w > 4)
        return 0;
    for (size_t k = w; k < e; k++)
        if (!mnt_digit(s[k]))
            return 0;
    return 1;
}

/* "… Beslutning Ingen. Til toppen 5. 2. behandling af budget 2022 …",
 * "… Dagsorden 1. 3. økonomi- og aktivitetsrapportering …": a title
 * opening with an ordinal has no capital; inside a page its number
 * heads it at a word boundary as a capital's does (the chain decides),
 * though not after a number ("1. 2. 3." a list's run, "13. 2.
 * kvartal") nor after "den" (a date's day) */
static int ordinal_heading_title(const char *s, size_t n, size_t i,
                                 uint32_t prev, size_t t)
{
    if (prev != ' ' || i < 2 || !mnt_ordinal_title(s + t, n - t))
        return 0;
    size_t w = i - 1;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    /* the page's own number opens the line; a bare number before the
     * heading is a running head's or a footer's page ("… Byrådet
     * 14.05.2007 335 151. 2. etape …", "Side 3 af 8 12. 2. …"), a
     * number with a full stop a list's run or a date's day */
    if (w > 0 && mnt_digit(s[w]) && !bare_number(s, w, i - 1))
        return 0;
    return !(i - 1 - w == 3 && memcmp(s + w, "den", 3) == 0);
}

/* A heading numbered "N." at s[i] (prev the character before it): not
 * a case's journal number, a reference, a page's number, a plan's, a
 * list's point in a sentence, an ordinal of a role or a template's
 * numbered section. c is the reading. */
static int numbered_heading_at(const char *s, size_t n, size_t i, uint32_t prev,
                               int flat, struct mnt_cand *c)
{
    /* "240. Journalnr. 28.09 Takster …": the case's journal number,
     * not a sub-item 28.9 */
    if ((mnt_numbered_at(s, n, i, c) ||
         (flat && prev == ' ' && running_at(s, n, i, c))) &&
        c->delim == '.' &&
        (mnt_starts_upper(s + c->title_off, n - c->title_off) ||
         mnt_code_title(s + c->title_off, n - c->title_off) ||
         ordinal_heading_title(s, n, i, prev, c->title_off) ||
         mnt_label_count_title(s, n, i, c->title_off)) &&
        !(prev == ' ' && mnt_journal_label_before(s, i - 1)) &&
        !(prev == ' ' && reference_word_before(s, i - 1)) &&
        !(prev == ' ' && page_word_before(s, i - 1) &&
          (!zero_padded_at(s, n, i) || contents_side_before(s, i - 1)) &&
          !mnt_toc_entry_follows(s, n, c->title_off, c->num + 1)) &&
        !(prev == ' ' && plan_number_at(s, n, i)) &&
        !(prev == ' ' && mnt_sentence_list_point(s, i, c->num) &&
          !mnt_list_point_heads(s, n, c->title_off)) &&
        !mnt_role_ordinal_title(s + c->title_off, n - c->title_off) &&
        /* "… bemærkninger 1. Sagsfremstilling Kommunalbestyrelsen
         * …", "… 4. Indstilling Forvaltningen foreslår …": an item
         * template numbering its own sections inside the page */
        !(prev == ' ' &&
          mnt_section_titled(s + c->title_off, n - c->title_off)))
        return 1;
    return 0;
}

/* Does the comma at s[c] end a list of attendees the page's header
 * opened ("… Deltagere Eva Holm (A), Palle Ussing, Borgermedlem, 52.
 * Godkendelse af dagsorden …")? A page flattened from a web page's
 * header prints the first heading right after the list's last comma.
 * The key stands after the last sentence's end within 2000 bytes: a
 * stop after a word in small letters before a capital (an initial's
 * "Tine C. Frandsen", "inkl. selvorganiserede", "kl. 17.00" end none). */
static int attendance_list_before(const char *s, size_t c)
{
    size_t lim = c > 2000 ? c - 2000 : 0, w = c;
    while (w > lim && !(s[w] == '.' && s[w + 1] == ' ' && w >= 2 &&
                        ascii_lower(s[w - 1]) && s[w - 2] != ' ' &&
                        mnt_starts_upper(s + w + 2, c - w - 2)))
        w--;
    return mnt_attendance_key_at(s + w, c - w) < c - w;
}

/* Does an item's heading open at s[i] of a line (flat: a flattened
 * page's, where any word boundary may hold one)? */
static int heading_opens_at(const char *s, size_t n, size_t i, int flat)
{
    /* a labelled heading: "Punkt 3", a case code, "Sag nr. 74 …", a
     * number without a full stop after a footer or before fields */
    if (flat && s[i - 1] == ' ' && i + 8 < n && labelled_at(s, n, i))
        return 1;
    if (flat && s[i - 1] == ' ' && mnt_padded_letter_at(s, n, i))
        return 1;
    unsigned sn;
    size_t se;
    if (flat && s[i - 1] == ' ' && mnt_status_page_head(s, n, i, &sn, &se))
        return 1;
    if (mnt_glued_label_at(s, n, i))
        return 1;
    int year = year_before(s, i) || year_word_before(s, i);
    if (!mnt_digit(s[i]) || (mnt_digit(s[i - 1]) && !year))
        return 0;
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    uint32_t prev;
    utf8_prev(s, s + i, &prev);
    int glued = fold_is_lower(prev) || year;
    if (prev == '.' && running_at(s, n, i, &c) && glued_after_stop(s, n, i, &c))
        return 1;
    if (mnt_slash_heading_cut(s, n, i)) /* "… spørgsmål63/2. …" */
        return 1;
    /* in a flattened page any word boundary: the chain decides */
    if (!glued && !(flat && prev == ' '))
        return 0;
    /* "BUDGET 2009-2012, 1. BEHANDLING": a number after a comma goes
     * on a title or a sentence (an ordinal, a list of points); a
     * heading follows a sentence's end or a title, never a comma */
    if (prev == ' ' && i >= 2 && s[i - 2] == ',' &&
        !attendance_list_before(s, i - 2))
        return 0;
    /* "BUDGET 2011-2014 - 2. BEHANDLING": so does an ordinal after a
     * dash, counting a title's noun in capitals */
    if (prev == ' ' && mnt_dash_before(s, i - 1) &&
        mnt_ordinal_title(s + i, n - i))
        return 0;
    /* "SALG AF 4 PARCELHUSGRUNDE", "INDRETNING AF 1. SAL": a
     * preposition in capitals goes on into its number, a title set
     * in capitals; a heading follows none */
    if (prev == ' ' && mnt_caps_small_word_before(s, n, i))
        return 0;
    return delimited_heading_at(s, n, i, prev, flat) ||
           numbered_heading_at(s, n, i, prev, flat, &c);
}

size_t mnt_inline_heading(const struct mnt_line *l, size_t from, int flat_doc)
{
    const char *s = l->s;
    size_t n = l->len;
    int flat = flat_doc || n >= MNT_FLAT_LINE;
    size_t h = from <= 1 ? page_opening_heading(s, n, flat) : 0;
    if (h > 0)
        return h;
    /* one pass, the first heading of either kind: a scan to the end of
     * a long line for each cut would make its cutting quadratic */
    for (size_t i = from > 0 ? from : 1; i + 3 < n; i++)
        if (heading_opens_at(s, n, i, flat))
            return i;
    return 0;
}
