/* SPDX-License-Identifier: GPL-2.0-or-later */
/* meeting_date.c - the meeting's date: a labelled field, the date on or
 * under the minutes' own heading, the first date of the preamble - never
 * a print or publication stamp, the next or previous meeting, a list of
 * other meetings or a hosting site's related documents (hosting.c); a
 * date without its year placed by yearless.c. For meta.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define GLUED_KEY_MAX 60u /* bytes before a date field glued to a word */

/* "ByrådetMødedato: Tirsdag den 7. oktober 2014": a PDF's title line
 * ("Åbent Referat til" / "Byrådet") glued to the field under it, the
 * label right after a lower-case letter near the line's start; its value
 * may stand on the line under it ("ByrådetMødedato:" / "7. oktober
 * 2014", the field's value a text box of its own). */
static int glued_date_field(const struct mnt_line *l)
{
    static const char key[] = "Mødedato:";
    for (size_t i = 1; i < l->len && i < GLUED_KEY_MAX; i++) {
        uint32_t prev;
        if (l->s[i] != 'M' || i + sizeof key - 1 > l->len ||
            memcmp(l->s + i, key, sizeof key - 1) != 0)
            continue;
        utf8_prev(l->s, l->s + i, &prev);
        return fold_is_lower(prev);
    }
    return 0;
}

/* A date field: "Mødedato", "Dato", "STARTTIDSPUNKT", "Mødetidspunkt",
 * and with a colon "Møde:", "Tid:" (a leading "- " or "• " skipped). */
static int is_date_field(const struct mnt_line *l)
{
    if (glued_date_field(l))
        return 1;
    static const char *const keys[] = {
        "Mødedato",       "Dato",    "Date",   "Mødetidspunkt",
        "Starttidspunkt", "Mødetid", "Mødedag"};
    static const char *const colon_keys[] = {"Møde", "Tid", "Tidspunkt"};
    struct mnt_line v = *l;
    while (v.len > 0 && (v.s[0] == '-' || v.s[0] == ' ' || v.s[0] == '*'))
        v.s++, v.len--;
    if (v.len >= 3 && memcmp(v.s, "\xE2\x80\xA2", 3) == 0)
        v.s += 3, v.len -= 3;
    while (v.len > 0 && v.s[0] == ' ')
        v.s++, v.len--;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        if (fold_eq(v.s, v.len, keys[k], strlen(keys[k])))
            return 1; /* "STARTTIDSPUNKT" alone, the date below it */
    return mnt_field_key_len(&v, keys, sizeof keys / sizeof *keys, 0) > 0 ||
           mnt_field_key_len(&v, colon_keys,
                             sizeof colon_keys / sizeof *colon_keys, 1) > 0;
}

#define HEADING_DATE_LINES 3u /* text lines under the heading searched */

/* The first word of a line, for comparing lines' shapes. */
static int first_word(const struct mnt_line *l, struct mnt_tok *t)
{
    size_t i = 0;
    return mnt_tok_next(l->s, l->len, &i, t);
}

/* The text line next to i (step -1 or +1, at most two lines away), or
 * lim. */
static size_t neighbour(const struct mnt_doc *d, size_t i, size_t lim, int step)
{
    for (size_t k = 1; k <= 2; k++) {
        if ((step < 0 && i < k) || (step > 0 && i + k >= lim))
            return lim;
        size_t j = step < 0 ? i - k : i + k;
        if (d->lines[j].kind == MNT_LINE_TEXT)
            return j;
    }
    return lim;
}

/* Do first words a of line la and b of lb, the same, end alike? A
 * flattened page's number ("1 Seniorrådet Referat fra møde … den 12.
 * september 2022") is no item's label ("1. Godkendelse af referat fra
 * møde … den 13. juni 2022", the piece cut from the page's line after
 * it): the two make no list of dated lines. */
static int same_number_mark(const struct mnt_line *la, const struct mnt_tok *a,
                            const struct mnt_line *lb, const struct mnt_tok *b)
{
    size_t ea = (size_t)(a->s - la->s) + a->n,
           eb = (size_t)(b->s - lb->s) + b->n;
    if (!mnt_digit(a->s[0]))
        return 1;
    return (ea < la->len ? la->s[ea] : ' ') == (eb < lb->len ? lb->s[eb] : ' ');
}

/* Is dated line i one of a list of other meetings ("Referat fra møde
 * 12. januar 2024" / "Referat fra møde 8. december 2023")? A line next
 * to it starts with the same word and holds a date too. */
static int in_date_list(const struct mnt_doc *d, size_t i, size_t lim)
{
    struct mnt_tok a, b;
    char mine[11], other[11];
    if (!first_word(&d->lines[i], &a) ||
        !mnt_date_find(d->lines[i].s, d->lines[i].len, mine))
        return 0;
    /* the same date twice is a title over its heading, no list */
    for (int step = -1; step <= 1; step += 2) {
        size_t j = neighbour(d, i, lim, step);
        if (j < lim && first_word(&d->lines[j], &b) &&
            fold_eq(a.s, a.n, b.s, b.n) &&
            same_number_mark(&d->lines[i], &a, &d->lines[j], &b) &&
            mnt_date_find(d->lines[j].s, d->lines[j].len, other) &&
            strcmp(mine, other) != 0)
            return 1;
    }
    return 0;
}

#define DATE_SPAN     20u /* bytes a date takes at most ("10. december 2026") */
#define DATELINE_NEAR 80u /* bytes of a line holding dateline and weekday */
#define WEEKDAY_DATE  16u /* bytes between a weekday and its date at most */

/* "8. oktober 2013 DB s Forretningsudvalg Mandag den 7. oktober 2013, kl
 * …": a letter's dateline, then the meeting's weekday and day on the
 * same line (a transcript's first page). The weekday's date, when no
 * later than the dateline's (a next meeting's date is later), into iso;
 * 0 if the line is not so. */
static int dateline_then_weekday(const struct mnt_line *l, char iso[11])
{
    static const char *const days[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                       "fredag", "lørdag",  "søndag"};
    size_t lim = l->len < DATELINE_NEAR ? l->len : DATELINE_NEAR;
    char first[11], day[11];
    for (size_t w = 1; w < lim; w++) {
        if (l->s[w - 1] != ' ')
            continue;
        size_t k = 0, m = 0;
        for (; k < sizeof days / sizeof *days && m == 0; k++)
            m = fold_prefix(l->s + w, l->len - w, days[k]);
        size_t near = l->len - w < m + WEEKDAY_DATE + 16
                          ? l->len - w
                          : m + WEEKDAY_DATE + 16;
        if (m == 0 || !mnt_date_find(l->s, w, first) ||
            !mnt_date_find(l->s + w, near, day) || strcmp(day, first) >= 0)
            continue;
        memcpy(iso, day, 11);
        return 1;
    }
    return 0;
}

/* "1. Godkendelse af dagsordenen 2. Orientering … 5. Budgetopfølgning
 * pr. 31. marts 2022 …": an agenda printed as one paragraph under the
 * heading (glostrup.dk). Its dates are its titles', no meeting's day.
 * The line opens with "1. " and holds " 2. " and " 3. " in that order,
 * each before a capital letter (a title's first word). */
#define AGENDA_RUN_MIN 3u /* entries that make a one-line agenda */
static int agenda_paragraph(const struct mnt_line *l)
{
    if (l->len < 4 || memcmp(l->s, "1. ", 3) != 0)
        return 0;
    unsigned next = 2;
    for (size_t i = 3; i + 3 < l->len && next <= AGENDA_RUN_MIN; i++) {
        char want[8];
        int wn = snprintf(want, sizeof want, " %u. ", next);
        if (wn <= 0 || i + (size_t)wn >= l->len ||
            memcmp(l->s + i, want, (size_t)wn) != 0)
            continue;
        size_t t = i + (size_t)wn;
        if (fold_is_upper(mnt_first_cp(l->s + t, l->len - t)))
            next++;
    }
    return next > AGENDA_RUN_MIN;
}

/* An attachment's entry in a list ("- Bilag 1 - Notat fra dialogmøde
 * den 10. september 2025", "Bilag 2: Referat af 3. maj 2024"): its date
 * is the attachment's, an earlier meeting's or note's. */
static int attachment_entry(const struct mnt_line *l)
{
    size_t i = mnt_skip_sp(l->s, l->len, 0);
    if (i + 2 < l->len && (l->s[i] == '-' || l->s[i] == '*') &&
        l->s[i + 1] == ' ')
        i = mnt_skip_sp(l->s, l->len, i + 2);
    else if (i + 4 < l->len && memcmp(l->s + i, "\xe2\x80\xa2 ", 4) == 0)
        i = mnt_skip_sp(l->s, l->len, i + 4); /* a bullet */
    size_t m = fold_prefix(l->s + i, l->len - i, "Bilag ");
    return m > 0 && i + m < l->len && mnt_digit(l->s[i + m]);
}

/* A date on line i that may be the meeting's: no stamp, no list, no
 * schedule, no agenda's title, no attachment's entry, no sentence saying
 * the last meeting's minutes were approved (under a publication stamp
 * and over the meeting's weekday and date, it would stand first). */
static int meeting_date_at(const struct mnt_doc *d, size_t i, size_t lim,
                           char iso[11])
{
    const struct mnt_line *l = &d->lines[i];
    if (!(l->kind == MNT_LINE_TEXT && mnt_date_find(l->s, l->len, iso) &&
          !mnt_line_other_date(l) && !mnt_reports_approval(l) &&
          !in_date_list(d, i, lim) && !mnt_line_date_series(l) &&
          !agenda_paragraph(l) && !attachment_entry(l) &&
          !mnt_in_meeting_list(d, i, lim)))
        return 0;
    dateline_then_weekday(l, iso);
    return 1;
}

/* A date without its year on line i that may be the meeting's (with a
 * weekday printed before it when `weekday`), placed in its year. */
static int yearless_meeting_at(const struct mnt_doc *d, size_t i, size_t lim,
                               int weekday, const char *name, char iso[11])
{
    const struct mnt_line *l = &d->lines[i];
    struct mnt_daymonth dm;
    return l->kind == MNT_LINE_TEXT && !mnt_line_other_date(l) &&
           !in_date_list(d, i, lim) && !mnt_status_date_first(l->s, l->len) &&
           !mnt_line_date_series(l) && !mnt_in_day_list(d, i) &&
           !agenda_paragraph(l) &&
           mnt_date_find_dm(l->s, mnt_date_span(l), &dm) &&
           (!weekday || dm.weekday != 0) &&
           mnt_yearless_line(d, i, lim, name, iso);
}

#define YEARLESS_TRIES 3u /* labelled fields tried for a yearless date */

int mnt_line_date_field(const struct mnt_line *l, const char *iso)
{
    char x[11];
    if (l->kind != MNT_LINE_TEXT || mnt_line_other_date(l))
        return 0;
    if (is_date_field(l))
        return mnt_date_find(l->s, l->len, x) && strcmp(x, iso) == 0;
    return mnt_inline_date_field(l, x) && strcmp(x, iso) == 0;
}

#define LABEL_ONLY_MAX 40u /* bytes of a label printed without its value */

/* "Mødet påbegyndt:": a field's label alone on its line (its colon ends
 * it). */
static int label_only(const struct mnt_line *l)
{
    size_t n = l->len;
    while (n > 0 && l->s[n - 1] == ' ')
        n--;
    return l->kind == MNT_LINE_TEXT && n >= 3 && n <= LABEL_ONLY_MAX &&
           l->s[n - 1] == ':' && memchr(l->s, ':', n - 1) == NULL;
}

/* A field table read column by column: its labels one a line, then its
 * values in the same order ("Mødedato:" / "Mødet påbegyndt:" / … /
 * "Fraværende:" / "25. maj 2016" / "kl. 18:00" / …). The date field at
 * line i takes the first date among as many lines after the labels as
 * there are labels (a value left empty prints no line, so the position
 * is not exact). */
static int labels_first_date(const struct mnt_doc *d, size_t i, size_t lim,
                             char iso[11])
{
    if (!label_only(&d->lines[i]))
        return 0;
    size_t labels = 1, j = i + 1;
    for (size_t k = i; k > 0 && label_only(&d->lines[k - 1]); k--)
        labels++;
    for (; j < lim && label_only(&d->lines[j]); j++)
        labels++;
    if (labels < 3)
        return 0;
    for (size_t v = 0; j < lim && v < labels; j++) {
        const struct mnt_line *l = &d->lines[j];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        v++;
        if (!mnt_line_other_date(l) && mnt_date_find(l->s, l->len, iso))
            return 1;
    }
    return 0;
}

#define HEAD_SCAN_MAX 600u /* bytes of a flattened page searched for it */
#define HEAD_DATE_MAX 80u  /* bytes from "Referat" to its date at most */

/* Where the line's first sentence ends (a word of three letters or
 * more before ". "; not "kl. 10.00" or a date's "3. maj"),
 * at most lim: a page's header stands before its items' prose, whose
 * "Referat fra rådets møde den 30. maj 2022" is another meeting's. */
static size_t sentence_end(const struct mnt_line *l, size_t lim)
{
    size_t n = l->len < lim ? l->len : lim;
    for (size_t i = 3; i + 1 < n; i++) {
        if (l->s[i] != '.' || l->s[i + 1] != ' ')
            continue;
        size_t b = i;
        while (b > 0 && (((unsigned char)l->s[b - 1] & 0x80) ||
                         (l->s[b - 1] >= 'a' && l->s[b - 1] <= 'z')))
            b--;
        if (b > 0 && l->s[b - 1] >= 'A' && l->s[b - 1] <= 'Z')
            b--;
        if (i - b >= 3 && (b == 0 || l->s[b - 1] == ' '))
            return i;
    }
    return n;
}

/* A flattened page's own heading, "Referat fra møde i Vandløbskomitéen
 * 3. februar 2016" inside the page's line: the date that follows the
 * capitalised heading word (no sentence's "referat af mødet den …", no
 * possessive's) within a heading's length, no sentence ending between,
 * when another date comes first on the line (a letter's date, a print
 * stamp or a list of other meetings before the heading, run into its
 * line: the line-based guards take the line's first date); not an entry
 * of a list of minutes ("Referat fra møde 20.6.2022 Referat fra møde
 * 24.10.2022"). 0 if none. */
static int flat_heading_date(const struct mnt_line *l, char iso[11])
{
    char other[11];
    if (l->kind != MNT_LINE_TEXT)
        return 0;
    size_t at = mnt_word_pos(l, "referat", sentence_end(l, HEAD_SCAN_MAX), 0);
    /* the first "Referat" only, after an earlier date on the line, not an
     * item's title ("3. Referat fra møde i Brandvæsenet 1. marts 2018.") */
    if (at >= l->len || l->s[at] != 'R' || mnt_possessive_before(l, at) ||
        !mnt_date_find(l->s, at, other) ||
        (at >= 3 && l->s[at - 1] == ' ' && l->s[at - 2] == '.' &&
         mnt_digit(l->s[at - 3])))
        return 0;
    size_t end = l->len - at > HEAD_DATE_MAX ? at + HEAD_DATE_MAX : l->len;
    for (size_t p = at + 8; p < end; p++) {
        if (p > 1 && l->s[p] == ' ' && l->s[p - 1] == '.' &&
            !mnt_digit(l->s[p - 2]))
            return 0; /* a sentence ended: no heading's date */
        if (!mnt_digit(l->s[p]) || l->s[p - 1] != ' ')
            continue;
        size_t w = l->len - p < DATE_SPAN ? l->len - p : DATE_SPAN;
        if (!mnt_date_find(l->s + p, w, iso))
            return 0;
        /* a sentence's date ends it ("… 1. marts 2018."); a list of
         * minutes names the next one soon after */
        size_t y = p;
        while (y + 4 < p + w && memcmp(l->s + y, iso, 4) != 0)
            y++;
        return y + 4 < p + w && l->s[y + 4] != '.' &&
               mnt_word_pos(l, "referat", p + HEAD_DATE_MAX / 2, p) >= l->len;
    }
    return 0;
}

/* Is line i, past the first date's line, a piece cut from a flattened
 * page before an item's heading ("2. Invitation til KKR's temamøde den
 * 12. april 2018. …", "Sag nr. 163 … på mødet den 16. april 2024")? Its
 * "møde" is an item's business, no heading of the minutes: the page's
 * header stands in the first date's line. */
static int item_piece(const struct mnt_doc *d, size_t i, size_t first)
{
    return i > first && d->lines[i].cut == 1;
}

/* A labelled field's date (`Dato:`, `Mødedato:`, a field's date on the
 * line under it, a labelled date without its year), which beats dates
 * before it (lists of other meetings' minutes, a meeting named after
 * another day). Lines za..zb are a list of other documents. */
static int field_date(const struct mnt_doc *d, size_t lim, size_t za, size_t zb,
                      const char *name, char iso[11])
{
    unsigned yearless_tries = 0;
    for (size_t i = 0; i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        if ((i >= za && i < zb) || l->kind == MNT_LINE_BLANK ||
            mnt_line_other_date(l))
            continue;
        if (!is_date_field(l)) {
            if (l->kind == MNT_LINE_TEXT &&
                (mnt_inline_date_field(l, iso) ||
                 mnt_label_ends_line_date(d, i, lim, iso)))
                return 1;
            continue;
        }
        if (mnt_schedule_headings(d, i, lim))
            continue; /* a column of later meetings' days */
        if (mnt_date_find(l->s, l->len, iso))
            return 1;
        size_t j = i + 1;
        while (j < lim && d->lines[j].kind == MNT_LINE_BLANK)
            j++;
        if (j < lim && mnt_date_find(d->lines[j].s, d->lines[j].len, iso))
            return 1;
        if (labels_first_date(d, i, lim, iso))
            return 1;
        /* "Dato: Mandag den 3. februar": a labelled date without its
         * year still beats full dates of other meetings (the first few
         * fields only: each looks for its year around it) */
        if (yearless_tries++ < YEARLESS_TRIES &&
            (mnt_yearless_line(d, i, lim, name, iso) ||
             (j < lim && mnt_yearless_line(d, j, lim, name, iso))))
            return 1;
    }
    return 0;
}

/* The date on or under the minutes' first heading (`Referat`,
 * `Beslutningsprotokol`), before dates above it (a letter's date, a
 * print stamp): the heading must stand within HEADING_DATE_LINES text
 * lines past `first`, the line of the first date, and the date within
 * as many lines from it. */
static int heading_date(const struct mnt_doc *d, size_t lim, size_t za,
                        size_t zb, size_t first, const char *name, char iso[11])
{
    for (size_t i = 0, after = 0; i < lim && after <= HEADING_DATE_LINES; i++) {
        if (d->lines[i].kind != MNT_LINE_TEXT)
            continue;
        after += i > first; /* a heading just under the first date */
        if ((i >= za && i < zb) || !mnt_line_is_minutes_heading(&d->lines[i]) ||
            mnt_names_other_minutes(&d->lines[i]) || in_date_list(d, i, lim) ||
            item_piece(d, i, first))
            continue;
        /* a heading naming its meeting's day without the year ("Dagsorden
         * kommunalbestyrelsesmøde 2. juni" under a news page's "27. maj
         * 2020"): that day, in the year of the nearest full date (the
         * page's title, the date and the heading repeating it are no
         * list of days) */
        if (mnt_heading_names_day(&d->lines[i]) &&
            mnt_yearless_line(d, i, lim, name, iso))
            return 1;
        /* in order, a full date or one without its year but with its
         * weekday ("Møde tirsdag den 5. marts" over "Referatet fra 6.
         * februar 2024 …"); then one with neither ("Mødeplan: 9.
         * januar, …" is no meeting's day when a full date follows) */
        for (int pass = 0; pass < 2; pass++)
            for (size_t j = i, seen = 0; j < lim && seen <= HEADING_DATE_LINES;
                 j++) {
                if (d->lines[j].kind != MNT_LINE_TEXT || (j >= za && j < zb))
                    continue;
                seen++;
                if (mnt_in_schedule(d, j, lim))
                    continue; /* a table of the year's meetings */
                if ((pass == 0 && meeting_date_at(d, j, lim, iso)) ||
                    yearless_meeting_at(d, j, lim, pass == 0, name, iso))
                    return 1;
            }
        return 0;
    }
    return 0;
}

/* The minutes' own heading's year over a page title's: a web page's
 * title (and the heading copying it) dated iso, then within
 * HEADING_DATE_LINES text lines a minutes heading giving the same day
 * and month in another year ("… Seniorråd 02.12.2010" over "Referat af
 * … møde den 02.12. 2009"). The page's title is typed by whoever put
 * it up; the minutes' heading is the minutes' own: its year wins. */
static void own_heading_year(const struct mnt_doc *d, size_t lim, size_t za,
                             size_t zb, char iso[11])
{
    char x[11];
    size_t head = lim, seen = 0;
    for (size_t i = 0; i < lim && seen <= HEADING_DATE_LINES; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT || (i >= za && i < zb))
            continue;
        seen += head < lim;
        if (!mnt_line_is_minutes_heading(l) || mnt_names_other_minutes(l) ||
            !mnt_date_find(l->s, l->len, x))
            continue;
        if (strcmp(x, iso) == 0) {
            head = i; /* the title's heading; it may repeat (<h1>) */
            continue;
        }
        if (head < lim && strcmp(x + 4, iso + 4) == 0) {
            memcpy(iso, x, 11); /* one day and month, another year */
            return;
        }
        if (head < lim)
            return; /* another day: no copy of the title's */
    }
}

static int pick_meeting_date(const struct mnt_doc *d, size_t lim, size_t za,
                             size_t zb, const char *name, char iso[11]);

int mnt_meeting_date(const struct mnt_doc *d, size_t lim, const char *name,
                     char iso[11])
{
    size_t za, zb; /* a list of other documents: none of its dates */
    mnt_other_docs(d, lim, &za, &zb);
    if (field_date(d, lim, za, zb, name, iso))
        return 1;
    if (!pick_meeting_date(d, lim, za, zb, name, iso))
        return 0;
    own_heading_year(d, lim, za, zb, iso);
    return 1;
}

/* The meeting's date when no field gives it. */
static int pick_meeting_date(const struct mnt_doc *d, size_t lim, size_t za,
                             size_t zb, const char *name, char iso[11])
{
    /* Then the date on or under the minutes' heading, the first item's
     * line too: a flattened page's header runs into it, a preamble of
     * the document's title line above it. */
    for (size_t i = 0; i <= lim && i < d->nlines; i++)
        if (!(i >= za && i < zb) && flat_heading_date(&d->lines[i], iso))
            return 1;
    size_t first = lim;
    for (size_t i = 0; i < lim && first == lim; i++)
        if (!(i >= za && i < zb) && meeting_date_at(d, i, lim, iso))
            first = i;
    if (heading_date(d, lim, za, zb, first, name, iso))
        return 1;
    /* No field, no heading: the day the decisions repeat beats the
     * first date, which is then often a title's (the decisions stand
     * after the first lines: all of the page is searched; a line each,
     * or run into a flattened page's lines). */
    if (first < lim && (mnt_decision_date(d, d->nlines, 2, iso) ||
                        mnt_flat_decision_date(d, 2, iso)))
        return 1;
    /* the first date standing alone - unless it is the day a status is
     * made up to ("Budgetopfølgning pr. 31.03.2026": the title of a page
     * of one item) or the first of the earlier meetings an item passed
     * through, no meeting's */
    if (first < lim &&
        !mnt_status_date_first(d->lines[first].s, d->lines[first].len) &&
        !mnt_route_history(d, first))
        return mnt_date_find(d->lines[first].s, d->lines[first].len, iso);
    return 0;
}

int mnt_date_word(const char *w, size_t n)
{
    static const char *const words[] = {"mandag",  "tirsdag", "onsdag",
                                        "torsdag", "fredag",  "lørdag",
                                        "søndag",  "den",     "d"};
    return fold_among(w, n, words, sizeof words / sizeof *words);
}
