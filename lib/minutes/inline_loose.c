/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inline_loose.c - for inline.c: an item's running number WITHOUT a full
 * stop inside a flattened page ("… side 5 4 Takster …", "… Fraværende:
 * Ingen 84 Salg af grund Sagsnr.: …", "3 ÅBEN DAGSORDEN 12 GODKENDELSE
 * AF …"), where only what stands before and after the number tells a
 * heading from a number in the text: a page footer, a sentence's end or
 * a party's letter before it, a case file's fields or a part's heading
 * in capitals around it (moved out of inline.c when that grew past 600
 * lines). */
#include <string.h>

#include "minutes/segment_internal.h"

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
        while (k > 0 && e - k < 3 && mnt_digit(s[k - 1]))
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
    if (!mnt_digit(s[i]) || !footer_before(s, i))
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

/* Is s[0..n) a party's letter in brackets ("(V)", "(Ø)", "(SF)")? A
 * member's name ends with it, as an attendance note closing an item
 * does ("… Fraværende: Lone Hjort (V) 16 Ansøgning …"). */
static int party_letter(const char *s, size_t n)
{
    size_t letters = 0;
    if (n < 3 || s[0] != '(' || s[n - 1] != ')')
        return 0;
    for (size_t k = 1; k + 1 < n;) {
        size_t m;
        uint32_t cp = utf8_next((const unsigned char *)s + k, n - 1 - k, &m);
        if (m == 0 || !fold_is_upper(cp))
            return 0;
        letters++, k += m;
    }
    return letters >= 1 && letters <= 3;
}

static int part_phrases(const char *s, size_t k, size_t e);

/* Is the number at s[i] inside a title set in capitals - two words in
 * capitals before it ("LOKALPLAN NR. 067 FOR BOLIGER …", "LOKALPLAN LK
 * 21 FOR …"), as "lokalplan 358 Boliger" has a word in lower case? A
 * part's heading ("LUKKET DAGSORDEN 12 SALG …") heads the number. */
static int caps_title_before(const char *s, size_t i)
{
    size_t w;
    return mnt_caps_words_before(s, i - 1, &w) && !part_phrases(s, w, i - 1);
}

/* Does a list's bullet ("• ") stand right before s[i]? */
static int bullet_before(const char *s, size_t i)
{
    return i >= 4 && memcmp(s + i - 4, "\xe2\x80\xa2 ", 4) == 0 &&
           (i == 4 || s[i - 5] == ' ');
}

/* "… Fraværende: Ingen 84 Salg af grund Sagsnr.: …" at s[i]: a running
 * number without a full stop inside a flattened page, then a capital and
 * a title that runs into its case file's fields (or closed mark) - a
 * heading whose page break the transcript lost. */
static int field_heading_at(const char *s, size_t n, size_t i)
{
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    if (i < 2 || s[i - 1] != ' ' || !mnt_digit(s[i]) || s[i - 2] == ':')
        return 0;
    /* a number inside a title ("lokalplan 358 Boliger …", "etape 2
     * J.nr.: …") follows a word in lower case; a field's value follows
     * its label ("Punkt: 61 Acadre sagsnr.: …"). A page holding two
     * items puts the second's number after the first's last sentence
     * ("… til efterretning. 3 ØK Udpegning … Sagsnummer: …") */
    size_t w = i - 1;
    while (w > 0 && s[w - 1] != ' ')
        w--;
    if ((!mnt_starts_upper(s + w, i - 1 - w) &&
         !sentence_end(s + w, i - 1 - w) && !party_letter(s + w, i - 1 - w)) ||
        caps_title_before(s, i))
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

/* Is the bullet at s[b] one of a list the text counts things in: the
 * list's first, after a colon ("… plads til: • 3 Bænke …"), or after an
 * entry opening with a number, no sentence's end between ("• 3 Bænke
 * ved broen • 2 Bænke …")? An item's bullet follows its last section's
 * text, a field or a section's name. */
static int counted_entry(const char *s, size_t b)
{
    if (b >= 2 && s[b - 1] == ' ' && s[b - 2] == ':')
        return 1;
    for (size_t k = b; k > 0 && b - k < 100; k--) {
        if (s[k - 1] == '.')
            return 0;
        if (bullet_before(s, k))
            return mnt_digit(s[k]);
    }
    return 0;
}

/* "… stedfortræder. • 1 Tilgængelighed i byrummet • Resume …", "…
 * Godkendt. • 2 Forslag til lokalplan Sagsid.: …" at s[i]: an agenda
 * site's page printed to PDF sets each item's number, and each of its
 * sections, after a bullet; a transcript runs them into the page's line.
 * The bulleted number heads an item where its title ends at a case
 * file's field or at the next bullet opening a section ("• Resume",
 * "• Beslutningstema"); a bulleted count in a list ("• 3 Boliger i alt")
 * runs into no section so. */
static int bullet_heading_at(const char *s, size_t n, size_t i)
{
    struct mnt_cand c;
    memset(&c, 0, sizeof c);
    if (!mnt_digit(s[i]) || !bullet_before(s, i) || counted_entry(s, i - 4))
        return 0;
    size_t e = mnt_number_at(s, n, i, 3, &c);
    if (e <= i || c.delim != 0 || c.letter != 0 || e + 1 >= n || s[e] != ' ')
        return 0;
    e++;
    if (!mnt_starts_upper(s + e, n - e) || mnt_is_month(s + e, n - e) ||
        mnt_field_word_at(s + e, n - e))
        return 0;
    if (mnt_title_before_field(s + e, n - e) > 0)
        return 1;
    for (size_t k = e + 1; k < n && k < e + 250; k++)
        if (s[k - 1] == ' ' && k + 4 < n && bullet_before(s, k + 4) &&
            mnt_section_or_theme_at(s + k + 4, n - k - 4))
            return 1;
    return 0;
}

/* Is s[k..e) one or more of the parts' headings an agenda is split in,
 * in any case ("Åben dagsorden", "Lukket dagsorden Sager til
 * behandling")? */
static int part_phrases(const char *s, size_t k, size_t e)
{
    static const char *const parts[] = {"åben dagsorden",
                                        "lukket dagsorden",
                                        "åbent møde",
                                        "lukket møde",
                                        "åbne sager",
                                        "lukkede sager",
                                        "åbne punkter",
                                        "lukkede punkter",
                                        "åbne dagsordenspunkter",
                                        "lukkede dagsordenspunkter",
                                        "sager til behandling",
                                        "sager til beslutning",
                                        "sager til efterretning",
                                        "sager til orientering",
                                        "sager til drøftelse"};
    size_t found = 0;
    while (k < e) {
        size_t m = 0;
        for (size_t p = 0; p < sizeof parts / sizeof *parts && m == 0; p++) {
            m = fold_prefix(s + k, e - k, parts[p]);
            if (m > 0 && k + m < e && s[k + m] != ' ')
                m = 0;
        }
        if (m == 0)
            return 0;
        found++;
        k = mnt_skip_sp(s, e, k + m);
    }
    return found > 0;
}

/* Are s[k..i) a part's heading, the parts' names in any case ("ÅBEN
 * DAGSORDEN", "LUKKET DAGSORDEN SAGER TIL BEHANDLING", "Sager til
 * behandling") - and s[i..n) a running number without a full stop, a
 * space and a capital (no month)? Any words in capitals would do for a
 * part's heading only where titles are in small letters: a title set in
 * capitals ("83 ENDELIG VEDTAGELSE AF LOKALPLAN 358 BOLIGER …") reads
 * so before a number of its own. */
static int caps_part_then_number(const char *s, size_t n, size_t k, size_t i)
{
    struct mnt_cand c;
    if (i <= k || s[i - 1] != ' ' || !mnt_digit(s[i]) ||
        !part_phrases(s, k, i - 1))
        return 0;
    memset(&c, 0, sizeof c);
    size_t e = mnt_number_at(s, n, i, 3, &c);
    if (e > i && c.delim == 0 && e < n && s[e] == ':')
        e++; /* "Lukkede dagsordenspunkter 7: Leje …", an "N:" template */
    return e > i && c.delim == 0 && c.letter == 0 && e + 1 < n && s[e] == ' ' &&
           mnt_starts_upper(s + e + 1, n - e - 1) &&
           !mnt_is_month(s + e + 1, n - e - 1);
}

/* "3 ÅBEN DAGSORDEN 12 GODKENDELSE AF …", "8 LUKKET DAGSORDEN SAGER TIL
 * BEHANDLING 18 Lejekontrakt …" at s[i]: a transcript's page that opens
 * with its number and the heading in capitals of the part the item opens
 * (the open or closed agenda, the cases for decision), glued before the
 * item's running number without a full stop and its title. The number
 * heads the item even where no case file's field follows the title ("…
 * DAGSORDEN Beslutning: Godkendt."). */
static int after_caps_part(const char *s, size_t n, size_t i)
{
    size_t k = mnt_page_number_len(s, n);
    if (k > 0 && caps_part_then_number(s, n, k, i))
        return 1;
    /* "… Fraværende: Aage Brask (A) Side 4 SAGER TIL EFTERRETNING 437 LOKALT
     * …": a page footer the flattening left mid-line, the next page
     * opening with the part's heading (the part's words within 60
     * bytes before the number) */
    for (k = i > 60 ? i - 60 : 1; k + 1 < i; k++)
        if (s[k - 1] == ' ' && mnt_starts_upper(s + k, n - k) &&
            footer_before(s, k) && caps_part_then_number(s, n, k, i))
            return 1;
    return 0;
}

int mnt_caps_part_title(const char *t, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (mnt_digit(t[i]) && t[i - 1] == ' ')
            return caps_part_then_number(t, n, 0, i);
    return 0;
}

/* Does an item's number without a full stop open a flattened page's
 * text at s[i] (after a footer, before the title's fields, or after the
 * part's heading in capitals that opens the page)? */
int mnt_loose_heading_at(const char *s, size_t n, size_t i)
{
    return after_footer(s, n, i) || field_heading_at(s, n, i) ||
           bullet_heading_at(s, n, i) || after_caps_part(s, n, i);
}
