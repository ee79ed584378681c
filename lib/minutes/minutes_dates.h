/* SPDX-License-Identifier: GPL-2.0-or-later */
/* minutes_dates.h - reading dates (date.c, date_*.c, decision_date.c,
 * yearless.c, meeting_date.c): every way minutes write a day, and which
 * date is the meeting's. Included by minutes_internal.h only, after the
 * line model it uses; split from it along this seam to keep each header
 * one screenful of a subject. */
#ifndef REFERAT_MINUTES_DATES_H
#define REFERAT_MINUTES_DATES_H

/* Find the first date in s[0..n): "19-06-2024", "24.8.22", "6. oktober
 * 2017", "2024-06-19". Writes "YYYY-MM-DD" into out and returns 1, or
 * returns 0. Two-digit years are 20YY. */
int mnt_date_find(const char *s, size_t n, char out[11]);
/* Is s[0..n) a valid "YYYY-MM-DD"? */
int mnt_date_is_iso(const char *s, size_t n);
/* A whole date starting at s[i] exactly into out: 1, or 0; the number
 * (1-12) of a month's name at s[j] with its length in *len, or 0. For
 * date_line.c, which finds where on a line a date stands. */
int mnt_date_at(const char *s, size_t n, size_t i, char out[11]);
unsigned mnt_month_name_at(const char *s, size_t n, size_t j, size_t *len);
/* A day and month printed without a year: "3. februar", "den 3 feb.",
 * and numeric ("5/3", "05.03.") after a weekday ("tirsdag 5/3") or in a
 * "…dato" field; weekday 1 Monday .. 7 Sunday, 0 when none is printed
 * before it. */
struct mnt_daymonth {
    unsigned day, month, weekday;
};
/* The first such day and month in s[0..n) into *out: 1, or 0. */
int mnt_date_find_dm(const char *s, size_t n, struct mnt_daymonth *out);
/* dm in `year` as "YYYY-MM-DD" into out; 0 if that day does not exist. */
int mnt_date_in_year(const struct mnt_daymonth *dm, unsigned year,
                     char out[11]);
/* dm in the year (the reference's, or the one before or after) that puts
 * it nearest the date ref, "YYYY-MM-DD"; a printed weekday decides
 * between years first. 0 if ref is no date. */
int mnt_date_near(const struct mnt_daymonth *dm, const char *ref, char out[11]);
/* yearless.c: the meeting's date from a day and month printed on line i
 * (lim: the header's lines) in the year of the nearest reliable source -
 * a full date in the header, a year on a header line or with the
 * minutes' heading ("Referat 2020"), the file's name (may be NULL), a
 * full date anywhere - into iso; 0 if there is none. */
int mnt_yearless_line(const struct mnt_doc *d, size_t i, size_t lim,
                      const char *name, char iso[11]);
/* The bytes of line l where a day and month without a year may be the
 * meeting's: a prose line's first sentence, else all of it. */
size_t mnt_date_span(const struct mnt_line *l);
/* The same for the first such day and month of the header that is no
 * stamp or next meeting (mnt_line_other_date()). */
int mnt_yearless_first(const struct mnt_doc *d, size_t lim, const char *name,
                       char iso[11]);
/* Is the first day and month without a year in s[0..n) the day a
 * status is made up to ("Budgetopfølgning pr. 30. september")? No
 * meeting's day. */
int mnt_status_date_first(const char *s, size_t n);
/* Is line i one of three text lines or more in a row that each name a
 * day ("• Torsdag den 4. juni" / "• Torsdag den 3. september" / …)? A
 * list of days, none of them the meeting's. */
int mnt_in_day_list(const struct mnt_doc *d, size_t i);
/* date_lost.c: does line l, shorter than a flattened page, name three
 * days or more ("… den 4. juni, 3. september, 5. november og 10.
 * december 2026"), a schedule of meetings rather than one meeting's
 * day? */
int mnt_line_date_series(const struct mnt_line *l);
/* date_lost.c: is line i a table's row of column headings opening with a
 * date field's key ("Dato\tAktivitet\tTid", no digit in it) over two rows
 * or more of lines[0..lim) each opening with a day ("23. april\tOrdinært
 * møde\t17.00-19.00")? A schedule of meetings: its key labels a column,
 * none of its days is the meeting's (any key: the caller asks). */
int mnt_schedule_headings(const struct mnt_doc *d, size_t i, size_t lim);
/* date_lost.c: is line i a row of such a schedule, opening with a day
 * under column headings (any digit-free row of two cells or more)? */
int mnt_in_schedule(const struct mnt_doc *d, size_t i, size_t lim);
/* date_order.c: iso read day first from a date the document prints as
 * three two-digit numbers ("25.08.27" -> 2027-08-25) turned round to
 * year first (2025-08-27) when the document names that year and never
 * the day-first reading's: 1 if turned. */
int mnt_date_year_first(const struct mnt_doc *d, char iso[11]);
/* meeting_date.c: is `w` (n bytes) a weekday or "den"/"d" (of "d."),
 * words a date field prints before the date? */
int mnt_date_word(const char *w, size_t n);
/* date_lost.c: a date field inside a flattened line of lines[0..lim) whose date
 * was lost ("… Mødedato: Onsdag den Mødested: …", a transcript that dropped its
 * digits): the meeting's date is unknown, and no date of the text below stands
 * in for it. 1 if so. */
int mnt_date_field_lost(const struct mnt_doc *d, size_t lim);
/* A transcript that lost its date field ("Mødedato: Mandag den") may
 * still print the date in its first item, "Godkendelse af dagsorden for
 * mødet den 8. april 2019" (or "for ØU den …"): that full date into iso,
 * 1; else 0. */
int mnt_agenda_approval_date(const struct mnt_doc *d, size_t lim, char iso[11]);
/* "dagsorden[en] for <words> den <date>" at l->s[at] (a word's start):
 * the words' span [*from, *to) and the date into iso; 1 if so. */
int mnt_agenda_approval_at(const struct mnt_line *l, size_t at, size_t *from,
                           size_t *to, char iso[11]);
/* meeting_date.c: the meeting's date from the first lim lines (name: the
 * file's name for a date without its year, or NULL) into iso; 0 if none.
 * Also: a line with a stamp's or the next meeting's date
 * ("Udskrevet den …", "Næste møde: …"); the minutes' own heading
 * ("Referat", "Dagsorden", "møde"). */
int mnt_meeting_date(const struct mnt_doc *d, size_t lim, const char *name,
                     char iso[11]);
int mnt_line_other_date(const struct mnt_line *l);
/* date_inline.c: the date of the meeting's date field inside line l
 * ("… Møde i: Byrådet Dato: 13. juni 2017 …", "Mødedato: Tirsdag den
 * 14-05-2013", "Dato: Mandag d. 20. 6. 2022") into iso; 0 if none. */
int mnt_inline_date_field(const struct mnt_line *l, char iso[11]);
/* date_inline.c: line i of d ends with a date field's label after other
 * words ("Byrådet Beslutningsprotokol Dato:"); the date opening the next
 * text line (its value's box) into iso; 0 if not so. */
int mnt_label_ends_line_date(const struct mnt_doc *d, size_t i, size_t lim,
                             char iso[11]);
/* meeting_date.c: does line l print date iso in a labelled field, on a
 * field's line or inside a flattened page ("… Udvalg: Kommunalbestyrelsen
 * Mødedato: 29. oktober 2025 16:00 Mødested: …")? */
int mnt_line_date_field(const struct mnt_line *l, const char *iso);
/* decision_date.c: the date at least `least` of the first lim lines'
 * decision lines ("Beslutning i <body> <date>:") repeat, ahead of no
 * other; 0 if none. */
int mnt_decision_date(const struct mnt_doc *d, size_t lim, size_t least,
                      char iso[11]);
/* decision_date.c: the same, the decisions counted inside the flattened
 * lines of a page copied one line a page ("… godkendes. Beslutning i
 * Kommunalbestyrelsen den 31-08-2022 Godkendt. …"). */
int mnt_flat_decision_date(const struct mnt_doc *d, size_t least, char iso[11]);
/* Is line i a body's dated decision on the item ("Beslutning fra
 * Økonomiudvalget, den 3. december 2025, punkt 281:") with another
 * body's on another day below it? Then the page reports the item's
 * route through earlier meetings: line i's date is none of this
 * meeting's (decision_date.c). */
int mnt_route_history(const struct mnt_doc *d, size_t i);
/* decision_date.c: the date of the "Dato:" field under decision blocks
 * ("Beslutning fra <body>" / "Dato: 10. september 2019"), the one most
 * of them carry, ahead of no other; 0 if none. */
int mnt_decision_field_date(const struct mnt_doc *d, char iso[11]);
/* decision_date.c: the value most of lines[0..lim) give through `get`
 * (a NUL-terminated string of less than MNT_NAME_MAX bytes; 0 when the
 * line gives none), into out (cap bytes) when at least `least` lines give
 * it and no other value as often; 0 if none. */
int mnt_most_frequent(const struct mnt_doc *d, size_t lim, size_t least,
                      int (*get)(const struct mnt_doc *, size_t, char *),
                      char *out, size_t cap);
/* council_decision.c: does s[0..n) end in a year ("… 12. december 2017"),
 * not in an item's number ("…, pkt. 58")? */
int mnt_ends_in_year(const char *s, size_t n);
int mnt_line_is_minutes_heading(const struct mnt_line *l);
/* date_heading.c: does l name its meeting's day and month with no year
 * right after a word for the meeting ("Dagsorden kommunalbestyrelsesmøde
 * 2. juni", "Referat af mødet tirsdag den 3. marts"), not after a
 * possessive ("på sit møde 4. maj")? The heading dates its own meeting. */
int mnt_heading_names_day(const struct mnt_line *l);
/* date_heading.c: where the word w stands in l's first lim bytes (case
 * folded, not inside a longer word), from byte `from`; l->len if
 * nowhere. */
size_t mnt_word_pos(const struct mnt_line *l, const char *w, size_t lim,
                    size_t from);
/* date_heading.c: is the word before byte `at` a possessive ("på deres
 * møde")? Such a meeting is another body's. */
int mnt_possessive_before(const struct mnt_line *l, size_t at);
/* date_heading.c: does l's first word naming minutes follow af/om/til
 * ("Godkendelse af referat fra mødet den …"): other minutes than these? */
int mnt_names_other_minutes(const struct mnt_line *l);
/* date_heading.c: does l say, after its first date, that minutes were
 * approved or signed ("Referatet fra mødet den … blev godkendt.")? */
int mnt_reports_approval(const struct mnt_line *l);
/* A hosting site's list of related documents above a transcript
 * ("Relaterede dokumenter" … "Transkript") in lines[0..lim): [*a, *b),
 * empty when there is none; their dates, years and councils are other
 * meetings'. */
void mnt_other_docs(const struct mnt_doc *d, size_t lim, size_t *a, size_t *b);
/* A document-hosting site's head above a transcript: the document's title
 * (made of its first words: "Sagsoversigt. 1. Godkendelse af dagsorden.
 * …"), "Størrelse: px", 'Download "<title>"'; or the one title line
 * the transcript's first page opens with (a PDF opening with item 1's
 * heading, round hl). The line of the transcript's mark ("Transkript",
 * "TRANSCRIPT") below such a head, 0 if none: the lines above it head
 * no item. */
size_t mnt_transcript_start(const struct mnt_doc *d);
/* "Transkript", "Transkript:", "TRANSCRIPT": a hosting site's mark over a
 * transcript's pages (never a field's value: "UDVALG" as the site's
 * title of the file, the mark under it) */
int mnt_transcript_mark(const struct mnt_line *l);

#endif
