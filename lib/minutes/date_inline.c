/* SPDX-License-Identifier: GPL-2.0-or-later */
/* date_inline.c - for meeting_date.c: the meeting's date field inside a
 * flattened line (a transcript's page run into one line, its header's
 * fields with it): "Mødedato:", or a plain "Dato:" that the meeting's
 * fields or its weekday show to be the meeting's, not a letter's. Moved
 * out of meeting_date.c when that grew past 600 lines. */
#include <string.h>

#include "minutes/segment_internal.h"

#define INLINE_DATE_MAX 24u /* bytes of a date right after its words */

#define FIELD_ROW_MAX 60u /* bytes from "Dato:" to the next field's label */

/* "Dato: | 27-03-2018 19:00:00 | Udvalg: | Byrådet | Sted: …": the
 * meeting's fields as a row, the committee's right after the date's
 * value (a letter's "Dato:" is followed by its text, not by "Udvalg:");
 * or the meeting's room or hour ("Dato: 26. november 2009 Lokale:
 * Byrådssalen Tidspunkt: Kl. 19:00", a Word template's protocol run
 * into its page's line): a letter dates itself, it names no room. */
static int meeting_field_after(const struct mnt_line *l, size_t at)
{
    static const char *const labels[] = {
        "udvalg:", "lokale:", "sted:", "mødested:", "tidspunkt:"};
    size_t end = at + FIELD_ROW_MAX < l->len ? at + FIELD_ROW_MAX : l->len;
    for (size_t k = at + 1; k + 5 <= end; k++) {
        if (l->s[k - 1] != ' ')
            continue;
        for (size_t w = 0; w < sizeof labels / sizeof *labels; w++)
            if (fold_prefix(l->s + k, l->len - k, labels[w]))
                return 1;
    }
    return 0;
}

/* "… Udsatterådet i Holbæk Kommune Dato: Mandag d. 20. 6. 2022 Tid: kl.
 * 16.00 …": a weekday right after a plain "Dato:" at l->s[at] names a
 * meeting's day (a letter's or a document's "Dato:" prints the date
 * alone), so the field is the meeting's with no other field's label
 * before it. */
static int weekday_after(const struct mnt_line *l, size_t at)
{
    size_t j = fold_prefix(l->s + at, l->len - at, "dato:");
    struct mnt_tok t;
    if (j == 0)
        return 0;
    j += at;
    return mnt_tok_next(l->s, l->len, &j, &t) && mnt_weekday_word(&t);
}

/* The date at s[j], after a weekday and "den" at most (a field's
 * value: "Tirsdag den 14-05-2013", "26. november 2009 Lokale: …"),
 * into iso; 0 if a word of no date comes first. */
static int date_opens(const char *s, size_t len, size_t j, char iso[11])
{
    struct mnt_tok t;
    for (int words = 0; words < 4 && mnt_tok_next(s, len, &j, &t); words++) {
        if (mnt_date_word(t.s, t.n))
            continue;
        size_t n = len - (size_t)(t.s - s);
        return mnt_digit(t.s[0]) &&
               mnt_date_find(t.s, n < INLINE_DATE_MAX ? n : INLINE_DATE_MAX,
                             iso);
    }
    return 0;
}

/* "Download \"Referat. … Dannet den: Onsdag den 15-05-2013 Mødedato:
 * Tirsdag den 14-05-2013 …\"": a transcript's title flattens the fields
 * into one line, the document's own date first. The date the
 * "Mødedato:" label inside the line goes with (after its weekday and
 * "den") is the meeting's; 0 if the label has none there. */
int mnt_inline_date_field(const struct mnt_line *l, char iso[11])
{
    int meeting = 0; /* a "Møde i:" field seen before in the line */
    for (size_t at = 1; at + 10 < l->len; at++) {
        if (l->s[at - 1] != ' ')
            continue;
        /* a committee's field ("Udvalg: Økonomiudvalget Dato: …") heads
         * the meeting's fields as "Møde i:" does */
        meeting |= fold_prefix(l->s + at, l->len - at, "møde i:") > 0 ||
                   fold_prefix(l->s + at, l->len - at, "udvalg:") > 0;
        /* "REFERAT Indhold Møde i: Regionshandicaprådet Dato: 13. juni
         * 2017 Kl.: Sted: …": a plain "Dato:" after the meeting's field is
         * the meeting's day, not a letter's (a letterhead's "Dato:" later
         * in the line comes after the first) */
        size_t j = fold_prefix(l->s + at, l->len - at, "mødedato:");
        if (j == 0 &&
            (meeting || meeting_field_after(l, at) || weekday_after(l, at)))
            j = fold_prefix(l->s + at, l->len - at, "dato:");
        if (j == 0)
            continue;
        if (date_opens(l->s, l->len, at + j, iso))
            return 1;
    }
    return 0;
}

/* "Byrådet Beslutningsprotokol Dato:" / "26. november 2009 Lokale: …":
 * a heading's line ending with the date field's label, its value the
 * text box printed under it (a transcript breaks the line there; the
 * label's line may hold the document's own date before it). The date
 * opening the next text line, within two lines, is the meeting's. */
int mnt_label_ends_line_date(const struct mnt_doc *d, size_t i, size_t lim,
                             char iso[11])
{
    static const char *const keys[] = {"mødedato:", "dato:", "mødedag:"};
    const struct mnt_line *l = &d->lines[i];
    size_t n = l->len;
    while (n > 0 && l->s[n - 1] == ' ')
        n--;
    size_t k = 0, m = 0;
    for (; k < sizeof keys / sizeof *keys && m == 0; k++) {
        size_t kl = strlen(keys[k]);
        if (n > kl && fold_prefix(l->s + n - kl, kl, keys[k]) == kl &&
            l->s[n - kl - 1] == ' ')
            m = kl;
    }
    if (m == 0 || mnt_skip_sp(l->s, n - m, 0) >= n - m)
        return 0; /* no label, or the label alone (is_date_field's) */
    for (size_t j = i + 1; j < lim && j <= i + 2; j++)
        if (d->lines[j].kind == MNT_LINE_TEXT)
            return date_opens(d->lines[j].s, d->lines[j].len, 0, iso);
    return 0;
}
