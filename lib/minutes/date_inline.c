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
        j += at;
        struct mnt_tok t;
        for (int words = 0; words < 4 && mnt_tok_next(l->s, l->len, &j, &t);
             words++) {
            if (mnt_date_word(t.s, t.n))
                continue;
            size_t n = l->len - (size_t)(t.s - l->s);
            if (mnt_digit(t.s[0]) &&
                mnt_date_find(t.s, n < INLINE_DATE_MAX ? n : INLINE_DATE_MAX,
                              iso))
                return 1;
            break;
        }
    }
    return 0;
}
