/* SPDX-License-Identifier: GPL-2.0-or-later */
/* date_heading.c - for meeting_date.c: what a line says about the
 * meeting's date before any date is read - a print or publication stamp
 * or another meeting (mnt_line_other_date()), the minutes' own heading
 * (mnt_line_is_minutes_heading()), the minutes of another meeting an item
 * deals with (mnt_names_other_minutes()); words found as words
 * (mnt_word_pos()). Split from meeting_date.c when that grew past 600
 * lines. */
#include <string.h>

#include "minutes/segment_internal.h"

#define WORD_SCAN_MAX  300u /* bytes of a line searched for a stamp's word */
#define APPROVAL_REACH 40u  /* bytes past a date an approval may start */

/* Where does a word w start at or after byte `from` in the line's first
 * lim bytes (case folded, not inside a longer word; l->len if nowhere)?
 * Stamps and headings are short lines: a flattened page is searched only
 * where it starts (lim at most WORD_SCAN_MAX). */
size_t mnt_word_pos(const struct mnt_line *l, const char *w, size_t lim,
                    size_t from)
{
    size_t n = l->len < lim ? l->len : lim;
    for (size_t i = from; i < n; i++) {
        if (i > 0) {
            uint32_t cp = 0;
            size_t b = i - 1;
            while (b > 0 && ((unsigned char)l->s[b] & 0xC0) == 0x80)
                b--;
            utf8_decode(l->s + b, l->len - b, &cp);
            if (((unsigned char)l->s[i] & 0xC0) == 0x80 || fold_is_letter(cp))
                continue;
        }
        size_t k = fold_prefix(l->s + i, l->len - i, w);
        uint32_t next = 0;
        if (k > 0 && i + k < l->len)
            utf8_decode(l->s + i + k, l->len - i - k, &next);
        if (k > 0 && !fold_is_letter(next))
            return i;
    }
    return l->len;
}

static int has_word(const struct mnt_line *l, const char *w, size_t lim)
{
    return mnt_word_pos(l, w, lim, 0) < l->len;
}

/* Is the word before byte `at` one of words[0..n)? */
static int word_before(const struct mnt_line *l, size_t at,
                       const char *const *words, size_t n)
{
    size_t e = at;
    while (e > 0 && l->s[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && l->s[b - 1] != ' ')
        b--;
    for (size_t k = 0; k < n; k++)
        if (fold_eq(l->s + b, e - b, words[k], strlen(words[k])))
            return 1;
    return 0;
}

/* Is the word before byte `at` a possessive ("på deres møde den 9. juni
 * 2015", "på sit møde")? Such a meeting is one a sentence reports,
 * another body's, not the heading of these minutes. */
int mnt_possessive_before(const struct mnt_line *l, size_t at)
{
    static const char *const poss[] = {"sit",  "sin",  "deres", "dets",
                                       "dens", "hans", "hendes"};
    return word_before(l, at, poss, sizeof poss / sizeof *poss);
}

/* The line's first digit, where a date may start (at most WORD_SCAN_MAX,
 * or l->len if none). */
static size_t first_digit(const struct mnt_line *l)
{
    size_t digit = 0;
    while (digit < l->len && digit < WORD_SCAN_MAX && !mnt_digit(l->s[digit]))
        digit++;
    return digit;
}

/* "Referatet fra mødet den 6. februar 2024 blev godkendt.", "… fra
 * sidste møde godkendes": a sentence saying that minutes were approved
 * or signed, after a date, reports on another meeting's minutes (the
 * last one's), even where it stands under the header's own date. An
 * approval before the date ("Godkendt referat fra mødet den …") is the
 * heading of these minutes, so only words after the first digit count,
 * and only near it (APPROVAL_REACH: a flattened page's later "Referatet
 * blev godkendt." is an item's decision): the passive forms, and a
 * participle after "blev". */
int mnt_reports_approval(const struct mnt_line *l)
{
    static const char *const passive[] = {"godkendes", "underskrives"};
    static const char *const done[] = {"godkendt", "underskrevet"};
    static const char *const blev[] = {"blev"};
    size_t digit = first_digit(l);
    if (digit >= l->len || digit >= WORD_SCAN_MAX)
        return 0;
    size_t lim = digit + APPROVAL_REACH;
    for (size_t k = 0; k < sizeof passive / sizeof *passive; k++)
        if (mnt_word_pos(l, passive[k], lim, digit) < l->len)
            return 1;
    for (size_t k = 0; k < sizeof done / sizeof *done; k++)
        for (size_t at = mnt_word_pos(l, done[k], lim, digit); at < l->len;
             at = mnt_word_pos(l, done[k], lim, at + 1))
            if (word_before(l, at, blev, 1))
                return 1;
    return 0;
}

/* "Godkendelse af referat fra mødet den 7. maj 2015", "Bemærkninger til
 * dagsordenen": the line's first word naming minutes comes after a
 * preposition, so it names the minutes an item deals with (the last
 * meeting's), not these minutes' heading. A docplayer transcript titles
 * itself by item 1's heading, so such a line can stand first. So does a
 * sentence reporting an approval (mnt_reports_approval()). */
int mnt_names_other_minutes(const struct mnt_line *l)
{
    static const char *const preps[] = {"af", "om", "til"};
    if (mnt_reports_approval(l))
        return 1;
    size_t first = l->len;
    const char *w;
    for (size_t k = 0; (w = mnt_document_word_at(k)) != NULL; k++) {
        size_t at = mnt_word_pos(l, w, WORD_SCAN_MAX, 0);
        if (at < first)
            first = at;
    }
    return first < l->len &&
           word_before(l, first, preps, sizeof preps / sizeof *preps);
}

/* Does the line name a meeting as a heading would, not after a
 * possessive? */
static int own_meeting_word(const struct mnt_line *l, const char *w)
{
    for (size_t at = mnt_word_pos(l, w, WORD_SCAN_MAX, 0); at < l->len;
         at = mnt_word_pos(l, w, WORD_SCAN_MAX, at + 1))
        if (!mnt_possessive_before(l, at))
            return 1;
    return 0;
}

/* Does the word ending at byte e (from byte b) end in "møde" or "mødet"
 * ("møde", "kommunalbestyrelsesmøde", "Byrådsmødet")? */
static int meeting_word_end(const struct mnt_line *l, size_t b, size_t e)
{
    static const char *const ends[] = {"møde", "mødet"};
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t n = strlen(ends[k]);
        if (e - b >= n && fold_eq(l->s + e - n, n, ends[k], n))
            return 1;
    }
    return 0;
}

int mnt_heading_names_day(const struct mnt_line *l)
{
    struct mnt_daymonth dm;
    char iso[11];
    size_t digit = first_digit(l);
    if (digit >= l->len || digit >= WORD_SCAN_MAX ||
        mnt_date_find(l->s, l->len, iso) ||
        !mnt_date_find_dm(l->s + digit, l->len - digit, &dm))
        return 0;
    /* back over the words a day is printed with ("mødet tirsdag den") */
    size_t e = digit;
    for (;;) {
        while (e > 0 && l->s[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > 0 && l->s[b - 1] != ' ')
            b--;
        if (b == e)
            return 0;
        size_t we = e;
        while (we > b && (l->s[we - 1] == '.' || l->s[we - 1] == ','))
            we--;
        if (mnt_date_word(l->s + b, we - b)) {
            e = b;
            continue;
        }
        return meeting_word_end(l, b, we) && !mnt_possessive_before(l, b);
    }
}

/* A date that is not the meeting's: a print or publication stamp, the
 * next meeting, a deadline ("Udskrevet den 20. marts 2024", "Dato for
 * offentliggørelse: …", a blog post's "Udgivet 24. april 2019",
 * "Næste møde: …", "Frist for bemærkninger: 7. april 2015"). */
int mnt_line_other_date(const struct mnt_line *l)
{
    static const char *const words[] = {
        "udskrevet",      "udskrift",   "printet",   "offentliggørelse",
        "offentliggjort", "publiceret", "opdateret", "redigeret",
        "oprettet",       "næste",      "udsendt",   "udsendelse",
        "høringsfrist",   "svarfrist",  "kommende",  "forrige",
        "udgivet",        "frist",      "tidsfrist"};
    /* the stamp's word comes before its date: "Dato: 5. marts 2024
     * (næste møde 9. april)" is the meeting's */
    size_t digit = first_digit(l);
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (has_word(l, words[k], digit))
            return 1;
    return 0;
}

/* "Møde lokation", "Møde sted": a field's label of two words over its
 * value (a NemAgenda page), no heading the meeting's date is under. */
static int meeting_field_label(const struct mnt_line *l)
{
    static const char *const fields[] = {"Møde lokation", "Møde sted",
                                         "Møde lokale", "Møde tid",
                                         "Møde tidspunkt"};
    size_t n = l->len;
    while (n > 0 && (l->s[n - 1] == ' ' || l->s[n - 1] == ':'))
        n--;
    return fold_among(l->s, n, fields, sizeof fields / sizeof *fields);
}

/* The minutes' own heading ("Referat fra møde i Gudenåkomitéen",
 * "Dagsorden", "Beslutningsprotokol"): the meeting's date is printed on
 * it or under it, a letter date above it. */
int mnt_line_is_minutes_heading(const struct mnt_line *l)
{
    if (meeting_field_label(l))
        return 0;
    const char *w;
    for (size_t k = 0; (w = mnt_document_word_at(k)) != NULL; k++)
        if (has_word(l, w, WORD_SCAN_MAX))
            return 1;
    return own_meeting_word(l, "møde") || own_meeting_word(l, "mødet");
}
