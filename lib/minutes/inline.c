/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inline.c - headings inside lines: a PDF page flattened to one line
 * ("… godkendt. 2. Meddelelser …"), a number glued to the word before it
 * ("Indholdsfortegnelse1. Fraværende"). The second reading of a document
 * cuts its lines there (mnt_split_inline). */
#include <stdlib.h>
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
    if (!mnt_starts_upper(s + e, n - e) || mnt_is_month(s + e, n - e))
        return 0;
    c->title_off = e;
    return 1;
}

/* Does a date's year end right before s[i] ("… den 12.03.2013" glued
 * to the next heading: "12.03.201321. Godkendelse")? Its four digits
 * after "dd.mm." say where the year ends and the number starts. */
static int year_before(const char *s, size_t i)
{
    if (i < 7 || s[i - 5] != '.' || s[i - 6] < '0' || s[i - 6] > '9')
        return 0;
    for (size_t k = i - 4; k < i; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    return (s[i - 4] == '1' && s[i - 3] == '9') ||
           (s[i - 4] == '2' && s[i - 3] == '0');
}

/* Does s[0..e) end in the word "Side" ("… Borgmesterkontoret Side 1.
 * Mødedato: …")? The number after it is the page's, no item's. */
static int page_word_before(const char *s, size_t e)
{
    return e >= 4 && fold_prefix(s + e - 4, 4, "side") == 4 &&
           (e == 4 || s[e - 5] == ' ');
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
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
        size_t m = strlen(heads[k]);
        if (e >= m && fold_prefix(s + e - m, m, heads[k]) == m &&
            (e == m || s[e - m - 1] == ' '))
            return 1;
    }
    return 0;
}

/* Does s[0..e) end in a journal number's label ("Journalnr.", "J.nr.:")? */
static int journal_label_before(const char *s, size_t e)
{
    static const char *const labels[] = {"Journalnr.", "J.nr.", "Jnr.",
                                         "Sagsnr."};
    if (e > 0 && s[e - 1] == ':')
        e--;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t m = strlen(labels[k]);
        if (e >= m && fold_prefix(s + e - m, m, labels[k]) == m &&
            (e == m || s[e - m - 1] == ' '))
            return 1;
    }
    return 0;
}

/* Does a page footer end right before s[i] (a space before it): "…
 * Byrådet, , side 5 " or "… Side 5 af 8 "? A transcript that lost the
 * page's break runs the next page on after it. */
static int footer_before(const char *s, size_t i)
{
    size_t k = i;
    if (k == 0 || s[k - 1] != ' ')
        return 0;
    k--;
    for (int part = 0; part < 2; part++) {
        size_t e = k;
        while (k > 0 && e - k < 3 && s[k - 1] >= '0' && s[k - 1] <= '9')
            k--;
        if (k == e || k == 0 || s[k - 1] != ' ')
            return 0;
        k--; /* the space before the number */
        /* "Side 5 af 8": "af" and the page number before it */
        if (part == 0 && k >= 3 && fold_prefix(s + k - 3, 3, " af") == 3) {
            k -= 3;
            continue;
        }
        break;
    }
    return k >= 4 && fold_prefix(s + k - 4, 4, "side") == 4 &&
           (k == 4 || s[k - 5] == ' ' || s[k - 5] == ',');
}

/* "… side 5 4 Takster for 2016 …" at s[i]: an item's number without a
 * full stop right after a page footer, then a capital - the next page
 * opening with its heading, as a page line opens with "4 62 Title". */
static int after_footer(const char *s, size_t n, size_t i)
{
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    if (s[i] < '0' || s[i] > '9' || !footer_before(s, i))
        return 0;
    size_t e = mnt_number_at(s, n, i, 3, &c);
    return e > i && c.delim == 0 && c.letter == 0 && e + 1 < n && s[e] == ' ' &&
           mnt_starts_upper(s + e + 1, n - e - 1) &&
           !mnt_is_month(s + e + 1, n - e - 1);
}

/* Does the word s[0..n) end a sentence: four or more lower-case letters
 * and a full stop ("efterretning.")? Not an abbreviation ("kr.",
 * "pkt.") nor a date's or a number's dot ("31.12."). */
static int sentence_end(const char *s, size_t n)
{
    if (n < 5 || s[n - 1] != '.')
        return 0;
    size_t letters = 0;
    for (size_t k = 0; k + 1 < n;) {
        size_t m;
        uint32_t cp = utf8_next((const unsigned char *)s + k, n - 1 - k, &m);
        if (m == 0 || !fold_is_lower(cp))
            return 0;
        letters++, k += m;
    }
    return letters >= 4;
}

/* "… Fraværende: Ingen 84 Salg af grund Sagsnr.: …" at s[i]: a running
 * number without a full stop inside a flattened page, then a capital and
 * a title that runs into its case file's fields (or closed mark) - a
 * heading whose page break the transcript lost. */
static int field_heading_at(const char *s, size_t n, size_t i)
{
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    if (i < 2 || s[i - 1] != ' ' || s[i] < '0' || s[i] > '9' || s[i - 2] == ':')
        return 0;
    /* a number inside a title ("lokalplan 358 Boliger …", "etape 2
     * J.nr.: …") follows a word in lower case; a field's value follows
     * its label ("Punkt: 61 Acadre sagsnr.: …"). A page holding two
     * items puts the second's number after the first's last sentence
     * ("… til efterretning. 3 ØK Udpegning … Sagsnummer: …") */
    size_t w = i - 1;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if (!mnt_starts_upper(s + w, i - 1 - w) && !sentence_end(s + w, i - 1 - w))
        return 0;
    /* "Byrådet, Side 3 Salg af …": a running header's page number */
    if (i - 1 - w == 4 && fold_prefix(s + w, 4, "side") == 4)
        return 0;
    size_t e = mnt_number_at(s, n, i, 3, &c);
    if (e <= i || c.delim != 0 || c.letter != 0 || e + 1 >= n || s[e] != ' ')
        return 0;
    e++; /* "… Vognmandsvej 4 Sagsnr.: …": no title, a house number */
    return mnt_starts_upper(s + e, n - e) && !mnt_is_month(s + e, n - e) &&
           !mnt_field_word_at(s + e, n - e) &&
           mnt_title_before_field(s + e, n - e) > 0;
}

/* Does an item's number without a full stop open a flattened page's
 * text at s[i] (after a footer, or before the title's fields)? */
static int loose_heading_at(const char *s, size_t n, size_t i)
{
    return after_footer(s, n, i) || field_heading_at(s, n, i);
}

/* "4: Habilitetserklæringer …" at s[i]: an item's number, a colon, a
 * space and a capital (no month) - a flattened page's heading in a
 * "N: Title" template. The offset after the colon's space, or 0. */
static size_t colon_heading_at(const char *s, size_t n, size_t i)
{
    size_t e = i;
    while (e < n && e - i < 3 && s[e] >= '0' && s[e] <= '9')
        e++;
    if (e == i || e + 2 >= n || s[e] != ':' || s[e + 1] != ' ' ||
        (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
        return 0;
    e += 2;
    return mnt_starts_upper(s + e, n - e) && !mnt_is_month(s + e, n - e) ? e
                                                                         : 0;
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
    if (mnt_code_heading_at(s, n, i, &cc) > 0 || loose_heading_at(s, n, i))
        return 1;
    if (mnt_pktnr_heading_at(s, n, i)) /* "Pkt.nr. 2 Title" */
        return 1;
    /* a heading's word is capitalised ("Punkt 3", "PUNKT 3"); "jf.
     * punkt 59 på …" is a reference in a sentence */
    size_t k = s[i] == 'P' ? fold_prefix(s + i, n - i, "Punkt") : 0;
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
            while (e < n && s[e] >= '0' && s[e] <= '9')
                e++;
            size_t c = mnt_skip_sp(s, n, e);
            return e > i + k + nr && c < n && s[c] == ':';
        }
        k = mnt_skip_sp(s, n, i + k + (s[i + k] == ':'));
        return k > i + 5 && k < n && s[k] >= '0' && s[k] <= '9';
    }
    if (memcmp(s + i, "Sag nr. ", 8) != 0 && memcmp(s + i, "SAG NR. ", 8) != 0)
        return 0;
    size_t e = mnt_number_at(s, n, i + 8, 3, &cc);
    return e > 0 && cc.delim == 0 && cc.letter == 0 && e + 1 < n &&
           s[e] == ' ' && mnt_starts_upper(s + e + 1, n - e - 1);
}

/* "Lokalplan 65.1 Endelig vedtagelse": a dotted number at s[i] right
 * after a capitalised word in lower case that ends no sentence is the
 * plan's or the case's number inside a title, no sub-item "65.1"
 * heading (one follows a stop, a page's number or a section name:
 * "… Godkendt. 3.1 …", "BESLUTNING 3.1 …"). */
static int plan_number_at(const char *s, size_t n, size_t i)
{
    if (i < 3 || i + 2 >= n || s[i - 1] != ' ')
        return 0;
    size_t e = i - 1, w = e;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    size_t d = i;
    while (d < n && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d + 1 >= n || s[d] != '.' || !(s[d + 1] >= '0' && s[d + 1] <= '9'))
        return 0; /* "2. Meddelelser": an item's number */
    if (e - w < 3 || !mnt_starts_upper(s + w, e - w) ||
        mnt_section_word_at(s + w, e - w))
        return 0;
    for (size_t k = w + 1; k < e; k++)
        if (!((s[k] >= 'a' && s[k] <= 'z') || (unsigned char)s[k] >= 0x80))
            return 0; /* "BESLUTNING", "Side3", "pkt." */
    return 1;
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
static size_t inline_heading(const struct mnt_line *l, size_t from,
                             int flat_doc)
{
    const char *s = l->s;
    size_t n = l->len;
    int flat = flat_doc || n >= MNT_FLAT_LINE;
    /* a transcript's page opening with its number, then the heading: "4
     * 2. Ledelsesinformation … Sagsfremstilling …", flat or not */
    size_t h = mnt_page_number_len(s, n);
    if (from <= 1 && h > 0 && h + 3 < n && n >= 30) {
        struct mnt_cand c;
        memset(&c, 0, sizeof c);
        /* the title may open with an ordinal: "3 1. 1. behandling af
         * budgetforslag …" */
        if (mnt_numbered_at(s, n, h, &c) && c.delim == '.' &&
            (mnt_starts_upper(s + c.title_off, n - c.title_off) ||
             mnt_ordinal_title(s + c.title_off, n - c.title_off)))
            return h;
        /* "4 62 Flere pladser …": a running number without a full stop
         * after the page's number (a transcript of a Word template) */
        size_t e = flat ? mnt_number_at(s, n, h, 3, &c) : 0;
        if (e > h && c.delim == 0 && c.letter == 0 && e < n && s[e] == ' ' &&
            (mnt_starts_upper(s + e + 1, n - e - 1) ||
             mnt_ordinal_title(s + e + 1, n - e - 1)) &&
            !mnt_is_month(s + e + 1, n - e - 1))
            return h;
        /* "4 6: Anbefaling …" */
        if (flat && colon_heading_at(s, n, h) > 0)
            return h;
    }
    /* one pass, the first heading of either kind: a scan to the end of
     * a long line for each cut would make its cutting quadratic */
    for (size_t i = from > 0 ? from : 1; i + 3 < n; i++) {
        /* a labelled heading: "Punkt 3", a case code, "Sag nr. 74 …", a
         * number without a full stop after a footer or before fields */
        if (flat && s[i - 1] == ' ' && i + 8 < n && labelled_at(s, n, i))
            return i;
        if (mnt_glued_label_at(s, n, i))
            return i;
        int year = year_before(s, i);
        if (s[i] < '0' || s[i] > '9' ||
            (s[i - 1] >= '0' && s[i - 1] <= '9' && !year))
            continue;
        struct mnt_cand c;
        memset(&c, 0, sizeof c);
        uint32_t prev;
        utf8_prev(s, s + i, &prev);
        int glued = fold_is_lower(prev) || year;
        if (prev == '.' && running_at(s, n, i, &c) &&
            glued_after_stop(s, n, i, &c))
            return i;
        if (mnt_slash_heading_cut(s, n, i)) /* "… spørgsmål63/2. …" */
            return i;
        /* in a flattened page any word boundary: the chain decides */
        if (!glued && !(flat && prev == ' '))
            continue;
        /* "… godkendt. 2: Godkendelse af referat …": after a sentence's
         * end only (a time "kl. 10:30" has no space after its colon) */
        if (flat && i >= 2 &&
            (s[i - 2] == '.' || s[i - 2] == '!' || s[i - 2] == '?') &&
            colon_heading_at(s, n, i) > 0)
            return i;
        /* "240. Journalnr. 28.09 Takster …": the case's journal number,
         * not a sub-item 28.9 */
        if ((mnt_numbered_at(s, n, i, &c) ||
             (flat && prev == ' ' && running_at(s, n, i, &c))) &&
            c.delim == '.' &&
            mnt_starts_upper(s + c.title_off, n - c.title_off) &&
            !(prev == ' ' && journal_label_before(s, i - 1)) &&
            !(prev == ' ' && page_word_before(s, i - 1) &&
              (!zero_padded_at(s, n, i) || contents_side_before(s, i - 1))) &&
            !(prev == ' ' && plan_number_at(s, n, i)))
            return i;
    }
    return 0;
}

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
int mnt_toc_opens(const struct mnt_line *l)
{
    static const char *const marks[] = {"Indholdsfortegnelse", "Sagsoversigt",
                                        "Pkt. Tekst Side",     "Bilagsoversigt",
                                        "Bilagsfortegnelse",   "Bilagsliste"};
    size_t i = 0;
    if (l->kind != MNT_LINE_TEXT || l->len < 80) /* entries in a row */
        return 0;
    while (i < l->len && i < 4 && l->s[i] >= '0' && l->s[i] <= '9')
        i++;
    i = mnt_skip_sp(l->s, l->len, i);
    /* "2 Side 1 Indholdsfortegnelse Punkt nr. Side 1. …": the page's own
     * header ("Side 1") may come before the name */
    size_t sd = fold_prefix(l->s + i, l->len - i, "Side ");
    if (sd > 0) {
        size_t k = i + sd, d0 = k;
        while (k < l->len && k - d0 < 3 && l->s[k] >= '0' && l->s[k] <= '9')
            k++;
        if (k > d0 && k < l->len && l->s[k] == ' ')
            i = mnt_skip_sp(l->s, l->len, k);
    }
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        size_t k = fold_prefix(l->s + i, l->len - i, marks[m]);
        if (k > 0 && i + k < l->len && l->s[i + k] == ' ')
            return 1;
    }
    return 0;
}

/* Where does the table of contents' entry `cur` start inside line l (at
 * or after `from`), its number included? SIZE_MAX if it does not. */
static size_t toc_find(const struct mnt_doc *d, const struct mnt_toc *t,
                       size_t cur, const struct mnt_line *l, size_t from)
{
    const struct mnt_line *tl = &d->lines[t->line];
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
        size_t k = j;
        while (k > 0 && (l->s[k - 1] == '.' ||
                         (l->s[k - 1] >= '0' && l->s[k - 1] <= '9')))
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

/* The next place to cut line l at or after `from`: a heading inside it,
 * or where the next entry of a flattened table of contents (t, NULL if
 * none) starts; w counts the entries met. 0 if none. */
static size_t next_cut(const struct mnt_doc *d, const struct mnt_toc *t,
                       struct toc_walk *w, const struct mnt_line *l,
                       size_t from, int flat, const struct mnt_line *hdr,
                       const struct mnt_line *names)
{
    size_t h = from <= 1 && flat ? mnt_after_header(l, hdr) : 0;
    if (h > 0)
        return h;
    size_t nh = names ? mnt_contents_named_head(names, l, from) : 0;
    if (nh > 0) {
        size_t a = inline_heading(l, from, flat);
        return a > 0 && a < nh ? a : nh;
    }
    for (;;) {
        size_t j = t != NULL && w->cur < t->n ? toc_next(d, t, w, l, from)
                                              : (size_t)-1;
        if (j < from) { /* the piece opens with it: no cut */
            w->cur++;
            continue;
        }
        size_t a = inline_heading(l, from, flat);
        if (j != (size_t)-1 && (a == 0 || j <= a)) {
            w->cur++;
            return j;
        }
        return a;
    }
}

size_t mnt_inline_count(const struct mnt_doc *d)
{
    size_t extra = 0;
    struct toc_walk w = {0, (size_t)-1, NULL, NULL};
    int flat = is_flat(d);
    struct mnt_toc toc;
    const struct mnt_toc *t = mnt_flat_toc(d, &toc) ? &toc : NULL;
    struct mnt_line hdr, names;
    const struct mnt_line *h = flat && mnt_page_header(d, &hdr) ? &hdr : NULL;
    const struct mnt_line *nm = mnt_contents_names(d, flat, t != NULL, &names);
    for (size_t i = 0; i < d->nlines; i++) {
        size_t o = t && i == t->line ? t->after : 0;
        extra += o > 0;
        for (; d->lines[i].kind == MNT_LINE_TEXT &&
               !(t && i == t->line && o == 0) && !mnt_toc_opens(&d->lines[i]) &&
               (o = next_cut(d, t && i >= t->line ? t : NULL, &w, &d->lines[i],
                             o + 1, flat, h, nm)) > 0;)
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
        if (l->s[i] < '0' || l->s[i] > '9')
            return 0;
    return l->len > 0;
}

long mnt_split_inline(struct mnt_doc *d)
{
    size_t extra = mnt_inline_count(d);
    struct toc_walk w = {0, (size_t)-1, NULL, NULL};
    int flat = is_flat(d);
    if (extra == 0)
        return 0;
    struct mnt_toc toc;
    const struct mnt_toc *t = mnt_flat_toc(d, &toc) ? &toc : NULL;
    struct mnt_line hdr, names;
    const struct mnt_line *h = flat && mnt_page_header(d, &hdr) ? &hdr : NULL;
    const struct mnt_line *nm = mnt_contents_names(d, flat, t != NULL, &names);
    struct mnt_line *v = calloc(d->nlines + extra, sizeof *v);
    if (v == NULL)
        return -1;
    size_t k = 0, cap = d->nlines + extra;
    for (size_t i = 0; i < d->nlines; i++) {
        struct mnt_line l = d->lines[i];
        size_t o = t && i == t->line ? t->after : 0;
        /* a shorter rest is flat no more: never more cuts than counted;
         * the table of contents stays whole (its entries are known), but
         * the page's text after an agenda list inside it is cut from the
         * list and read on */
        while (l.kind == MNT_LINE_TEXT && k + (d->nlines - i) < cap &&
               !(t && i == t->line && l.s == d->lines[i].s && o == 0) &&
               !mnt_toc_opens(&d->lines[i]) &&
               (o = l.s == d->lines[i].s && o > 0
                        ? o
                        : next_cut(d, t && i >= t->line ? t : NULL, &w, &l, 1,
                                   flat, h, nm)) > 0) {
            struct mnt_line head = l;
            head.len = o;
            /* its text ran on into the next heading; a piece cut after
             * a page's number keeps saying so (2); a page's number and
             * running header cut off its item's title say that they
             * are (3), so that the pages are still counted
             * (mnt_page_number_run) */
            head.cut = l.cut == 2 ? 2 : 1;
            if (flat && h != NULL && l.s == d->lines[i].s &&
                mnt_after_header(&l, h) == o)
                head.cut = MNT_CUT_PAGE_HEAD;
            while (head.len > 0 && head.s[head.len - 1] == ' ')
                head.len--;
            v[k++] = head;
            l.s += o;
            l.len -= o;
            /* 2: cut after a page's number or footer, so a number
             * opening the rest is the item's, not the page's */
            l.cut = all_digits(&head) || loose_heading_at(head.s, o + l.len, o)
                        ? 2
                        : 1;
        }
        /* "1. FORLÆNGELSE AF … Sagsnr. …": a flattened page that opens
         * with an item's heading is a heading running on into its text,
         * as a piece cut before a heading is - a long one, or a short last
         * page whose heading runs on into a case file's field ("4. Salg af
         * grund Sagsnr: 15/880 …") */
        if (flat && !l.cut && l.kind == MNT_LINE_TEXT &&
            (l.len > MNT_HEADING_MAX ||
             mnt_title_before_field(l.s, l.len) > 0) &&
            page_heading_at(&l))
            l.cut = 1;
        v[k++] = l;
    }
    free(d->lines);
    d->lines = v;
    d->nlines = k;
    return (long)extra;
}
