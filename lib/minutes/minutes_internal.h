/* SPDX-License-Identifier: GPL-2.0-or-later */
/* minutes_internal.h - helpers shared by the files of lib/minutes (and its
 * unit test): UTF-8 scanning, the line model of a minutes text, clean-up
 * of line runs, date recognition and meeting metadata inference. */
#ifndef REFERAT_MINUTES_INTERNAL_H
#define REFERAT_MINUTES_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/ascii.h"
#include "core/buf.h"
#include "core/fold.h"
#include "core/utf8.h"
#include "extract/extract.h"
#include "minutes/minutes.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Limits that keep every loop and allocation bounded on hostile input. */
#define MNT_CAND_MAX    4096u  /* heading candidates considered per layout */
#define MNT_TITLE_MAX   1000u  /* bytes kept of an item title */
#define MNT_TITLE_LINES 4u     /* lines a wrapped heading may span */
#define MNT_HEADING_MAX 200u   /* bytes of a line that may be a heading */
#define MNT_JOIN_GAP    4u     /* blank lines a wrapped word/line may cross */
#define MNT_WARN_MAX    32u    /* warnings kept per meeting */
#define MNT_SIDECAR_MAX 65536u /* bytes of a sidecar file */

/* ---- characters (lines.c) ---- */

/* Decoding (utf8_decode, utf8_prev), letters and case (fold_is_letter,
 * fold_is_upper, fold_is_lower) and case-insensitive comparison (fold_eq,
 * fold_prefix) are lib/core's: the index's definitions. */

/* ASCII digits and letters: the shapes of numbers, labels and months
 * that minutes print in ASCII (a Danish letter is fold_is_letter's). */
static inline int mnt_digit(char c)
{
    return ascii_digit(c);
}
static inline int mnt_ascii_letter(char c)
{
    return ascii_letter(c);
}
/* Does s[0..n) open with a lower-case letter (a sentence going on, not a
 * heading's start)? */
static inline int mnt_starts_lower(const char *s, size_t n)
{
    uint32_t cp = 0;
    return n > 0 && utf8_decode(s, n, &cp) > 0 && fold_is_lower(cp);
}

/* Horizontal white space: ASCII blanks but newline, and the non-ASCII
 * spaces of fold_class() (NBSP, U+2000..U+200B, U+202F, U+3000, ...) and
 * a BOM. Returns its byte length at p, or 0. */
size_t mnt_space_len(const char *p, size_t n);
/* Does s contain a letter or digit (i.e. a word)? */
int mnt_has_word(const char *s, size_t n);

/* ---- the line model (lines.c) ---- */

enum mnt_line_kind {
    MNT_LINE_TEXT = 0,
    MNT_LINE_BLANK,  /* empty, or white space / no-break spaces only */
    MNT_LINE_FOOTER, /* page footer: "5/7", "Side 3 af 7", "12" */
    MNT_LINE_NOISE,  /* page header, committee-code column, "mailto:" */
};

/* A line and the style its blocks had (all zero for plain text). A table
 * row is one line, its cells joined by tabs. */
/* mnt_line.cut of a flattened page's number and running header cut off
 * the item's title after them ("7 Kultur-, Idræts- og Fritidsudvalget"
 * | "Title Sagsnr.: …"): still the page's own number. */
#define MNT_CUT_PAGE_HEAD 3

struct mnt_line {
    const char *s; /* trimmed text (not NUL-terminated) */
    size_t len;
    enum mnt_line_kind kind;
    unsigned no;        /* 1-based line of the source (block row); 0: the
                           document's title, put before the first block */
    uint8_t level;      /* format heading level 1..6, 0: not a heading */
    uint8_t bold;       /* the whole line is bold */
    uint8_t big;        /* set larger than the body text */
    uint8_t list;       /* a list item of the format */
    uint8_t cell;       /* a table row */
    uint8_t brk;        /* goes on the line before it after a forced line
                           break in one paragraph (HTML <br>) */
    uint8_t cut;        /* a piece of a line cut before a heading inside
                           it (mnt_split_inline); 2: the rest of a page
                           cut after the page's number; 3
                           (MNT_CUT_PAGE_HEAD): a page's number and
                           running header cut off the title after them */
    uint16_t furn;      /* bytes opening the line that are a flattened
                           page's furniture, its number and running
                           header (mnt_split_inline): no part of an
                           item's text (mnt_clean_body) */
    uint32_t page;      /* 1-based page, 0 unknown */
    uint32_t list_no;   /* the format's list number, 0 none */
    uint8_t list_depth; /* 1: an outermost list's item, 2: nested … */
    float conf;         /* OCR confidence 0..100, -1 not OCR */
};

struct mnt_doc {
    char *text; /* sanitised copy: valid UTF-8, no NULs, "\n" lines */
    size_t len;
    struct mnt_line *lines; /* lines[0] is line 1 of the source */
    size_t nlines;
    char *site; /* HTML: the publisher's own name (ext_doc.site's first
                   name that is no host nor address), or NULL */
};

/* The line model of plain text: ext_read_text() then
 * mnt_doc_from_blocks(), so text and every other format share one path.
 * ERR_NOMEM, ERR_LIMIT. */
int mnt_doc_init(struct mnt_doc *d, const char *text, size_t len);
/* One line per block (a table row's cells joined by tabs), carrying the
 * block's style, after a line 0 holding the document's title if it has
 * one; the text sanitised (invalid UTF-8 -> U+FFFD, controls
 * -> spaces), lines trimmed and classified. ERR_NOMEM. */
int mnt_doc_from_blocks(struct mnt_doc *d, const struct ext_doc *x);
void mnt_doc_fini(struct mnt_doc *d);
/* Is this trimmed line a page footer ("5/7", "Side 3 af 7", "7")? */
int mnt_is_footer(const char *s, size_t n);

/* ---- clean-up (clean.c) ---- */

/* Append the cleaned text of lines[0..n) to out; `skip0` bytes of the
 * first line's trimmed text are left out (text before an inline heading).
 * Returns ERR_OK or ERR_NOMEM. */
int mnt_clean_lines(const struct mnt_line *lines, size_t n, size_t skip0,
                    struct buf *out);
/* The same for an item's text: each line's page furniture (furn) is left
 * out too. Only for the document's own lines: a copy moved past a title
 * would keep a count that no longer fits it. */
int mnt_clean_body(const struct mnt_line *lines, size_t n, size_t skip0,
                   struct buf *out);
/* Clean lines[0..n) into one line (newlines become spaces) for a title
 * or a metadata value; strips a trailing ':' and a trailing '.' unless
 * it ends an abbreviation ("Evt."). The caller frees the result. */
char *mnt_clean_oneline(const struct mnt_line *lines, size_t n, size_t skip0);

/* ---- dates (date.c) ---- */

/* Find the first date in s[0..n): "19-06-2024", "24.8.22", "6. oktober
 * 2017", "2024-06-19". Writes "YYYY-MM-DD" into out and returns 1, or
 * returns 0. Two-digit years are 20YY. */
int mnt_date_find(const char *s, size_t n, char out[11]);
/* Is s[0..n) a valid "YYYY-MM-DD"? */
int mnt_date_is_iso(const char *s, size_t n);
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
/* A hosting site's list of related documents above a transcript
 * ("Relaterede dokumenter" … "Transkript") in lines[0..lim): [*a, *b),
 * empty when there is none; their dates, years and councils are other
 * meetings'. */
void mnt_other_docs(const struct mnt_doc *d, size_t lim, size_t *a, size_t *b);
/* A document-hosting site's head above a transcript: the document's title
 * (made of its first words: "Sagsoversigt. 1. Godkendelse af dagsorden.
 * …"), "Størrelse: px", 'Download "<title>"'. The line of the
 * transcript's mark ("Transkript", "TRANSCRIPT") below such a head, 0
 * if none: the lines above it head no item. */
size_t mnt_transcript_start(const struct mnt_doc *d);
/* "Transkript", "Transkript:", "TRANSCRIPT": a hosting site's mark over a
 * transcript's pages (never a field's value: "UDVALG" as the site's
 * title of the file, the mark under it) */
int mnt_transcript_mark(const struct mnt_line *l);

/* ---- names: tallies and words (meta.c) ---- */

#define MNT_NAME_MAX  96u /* bytes of a council or authority name */
#define MNT_TALLY_MAX 48u /* distinct names counted */

/* How often each name was seen (and whether in the header). */
struct mnt_tally {
    char name[MNT_TALLY_MAX][MNT_NAME_MAX];
    unsigned count[MNT_TALLY_MAX];
    unsigned from_header[MNT_TALLY_MAX];
    size_t n;
    unsigned looked; /* lookups spent on it, for callers that bound them */
};
/* Count s[0..n) w times (a new name with w = 0 is kept, uncounted). */
void mnt_tally_add(struct mnt_tally *t, const char *s, size_t n, unsigned w,
                   int header);
/* Most counted name (first seen wins a tie), or NULL. */
const char *mnt_tally_best(const struct mnt_tally *t, size_t *idx);

/* A word: letters, digits and inner hyphens. */
struct mnt_tok {
    const char *s;
    size_t n;
};
/* Next word of s[*i..n) into *t; 0 at the end. */
int mnt_tok_next(const char *s, size_t n, size_t *i, struct mnt_tok *t);
int mnt_tok_is(const struct mnt_tok *t, const char *w);
int mnt_tok_capital(const struct mnt_tok *t);

/* ---- municipalities and regions (places.c, authority.c) ---- */

/* The authority a place name stands for: "Aarhus", "Københavns", "Hobro",
 * "THISTED" -> "Aarhus Kommune", "Københavns Kommune", "Mariagerfjord
 * Kommune", "Thisted Kommune"; "Bornholm" -> "Bornholms Regionskommune".
 * Writes out and returns 1, or returns 0 for no municipality. */
int mnt_place_authority(const char *s, size_t n, char out[MNT_NAME_MAX]);
/* Is s[0..n) a public library's word ("Bibliotek", "Bibliotekerne",
 * "Biblioteks")? After a town it names the municipality: the library is
 * by law its own. (places.c) */
int mnt_library_word(const char *s, size_t n);
/* Does the line s[0..n) open with a meeting place's label ("Sted:",
 * "Mødested", glued "MødestedRådssalen")? A library there is only the
 * venue: anyone may meet in one ("Sted: Hellerup Bibliotek" names no
 * author), unlike in a town hall. (places.c) */
int mnt_place_field_line(const char *s, size_t n);
/* places.c: the keys of a meeting's place field, the first two its own
 * ("Mødested", "Mødelokale"), the others shared with other fields ("Sted",
 * "Lokale", "Adresse"); matched case-folded. */
#define MNT_PLACE_KEYS 5u
extern const char *const mnt_place_keys[MNT_PLACE_KEYS];
/* Does the name at s[at] (of a line s[0..n)) follow a person's name and
 * a comma in an attendee list ("Rune Berg, Vejle Kommune", "3. Eva Lund,
 * Ældrerådet", "Tilstede: … Ole Ring, Vejle Kommune")? Then it is the
 * organisation the attendee comes from, neither the meeting's council
 * nor its authority. *key: the line's first attendance key, SIZE_MAX
 * until looked for (once a line: callers keep it per line). (after_person.c) */
int mnt_after_person(const char *s, size_t n, size_t at, size_t *key);
/* Is s[i..e) a word of a person's name: a capital, then letters (a
 * hyphen allowed, "Hans-Erik"), no council noun nor a town of the
 * table ("Vejle Rådhus, Vejle Kommune" is an address)? (after_person.c) */
int mnt_name_word(const char *s, size_t i, size_t e);
/* The words after "for " at s[i..n) in a council's name: up to five, an
 * inner "og" or ", " allowed, with `capitals` only capitalised ones; the
 * offset after the last, or 0. (council_for.c) */
size_t mnt_council_for_words(const char *s, size_t n, size_t i, int capitals);
/* Is t a weekday's name ("tirsdag")? It ends a council's name. */
int mnt_weekday_word(const struct mnt_tok *t);
/* council_meeting.c: a council's meeting as one word ("Ældrerådsmøde")
 * -> the council in out; 0 if t names none. */
int mnt_meeting_noun(const struct mnt_tok *t, char out[MNT_NAME_MAX]);
/* A council in lower case after "møde i" ("… møde i
 * standardiseringsudvalget for e-fakturering"): its length in s from t,
 * capitalised in out; 0 if none. */
size_t mnt_lower_meeting_council(const char *s, size_t n,
                                 const struct mnt_tok *t,
                                 char out[MNT_NAME_MAX]);
/* Does the council named at s[at] receive a recommendation ("… at
 * Økonomiudvalget anbefaler Byrådet at …", "… over for Byrådet")? Then
 * the meeting is another council's: its name counts for none.
 * (council_meeting.c) */
int mnt_recommended_to(const char *s, size_t at);
/* "AALBORG BYRÅD. Aalborg Byråd. Folkeoplysningsudvalget. Mødet den …":
 * a letterhead naming the whole council run into the committee that met
 * on one line (a transcript's flattened heading): of the two councils t
 * holds for line l, the committee named right after the whole council's
 * noun, with only a full stop, comma or dash between; NULL if none.
 * (council_meeting.c) */
const char *mnt_committee_after(const struct mnt_line *l,
                                const struct mnt_tally *t);
/* An association named after "møde i" by capitalised words that the
 * sentence says held the meeting ("… møde i Landsbyklyngen Langeland og
 * Strynø, der blev holdt på …"): its length in s from t, the name in
 * out; 0 if none. */
size_t mnt_held_meeting_council(const char *s, size_t n,
                                const struct mnt_tok *t,
                                char out[MNT_NAME_MAX]);
/* A temporary committee (§ 17, stk. 4) at s[at]: "§ 17 stk. 4 udvalg -
 * Busborgergruppen", "midlertidigt udvalg vedrørende digital sundhed".
 * The length of its name, or 0. (council_adhoc.c) */
size_t mnt_adhoc_council(const char *s, size_t n, size_t at);
/* The region a municipality's authority name ("Hillerød Kommune") lies
 * in ("Region Hovedstaden"); 0 if it names none. */
int mnt_region_of(const char *authority, char out[MNT_NAME_MAX]);
/* "Midtjylland", "Midtjyllands" -> "Region Midtjylland"; else 0. */
int mnt_region_name(const char *s, size_t n, char out[MNT_NAME_MAX]);
/* A web or e-mail domain label ("hjoerring", "kk", "rm") -> authority. */
int mnt_domain_authority(const char *d, size_t n, char out[MNT_NAME_MAX]);
/* A name given from outside ("Aarhus", "aarhus.dk", "Region Sjælland",
 * "Ikast-Brande kommune") -> the authority's proper name; 0 if unknown. */
int mnt_authority_normalise(const char *s, char out[MNT_NAME_MAX]);
/* authority.c: the authority of the text: the most frequent "<Name> Kommune",
 * "Region <Name>", "<Town> Rådhus", "<Town> Byråd" mention (preamble mentions
 * weigh three times, "i <Name> Kommune" as a place not at all) backed by
 * e-mail and web domains. Returns out, or NULL. */
enum mnt_authority_kind {
    MNT_AUTH_ANY,
    MNT_AUTH_MUNICIPAL,
    MNT_AUTH_REGIONAL
};
/* ... of the kind the council names (mnt_council_kind()) where one is. */
const char *mnt_authority_infer(const struct mnt_doc *d, size_t npre,
                                enum mnt_authority_kind kind,
                                char out[MNT_NAME_MAX]);

/* ---- councils (council.c) ---- */
/* council_decision.c: the body at least `least` decision lines name
 * ("Beslutning fra|i <Body> [den] <date>:"), ahead of no other; 0 if
 * none. */
int mnt_council_decisions(const struct mnt_doc *d, size_t least,
                          char out[MNT_NAME_MAX]);
/* council_decision.c: the council the first item's approval of the
 * agenda names in lines [from, to) ("Godkendelse af dagsorden for ØU den
 * 7. december 2021."): its abbreviation spelt out, or its name; 0 if
 * none. */
int mnt_council_agenda_approval(const struct mnt_doc *d, size_t from, size_t to,
                                char out[MNT_NAME_MAX]);
/* council_forms.c: is t two to four capital letters ("ØU", "TMU")? */
int mnt_abbreviation_tok(const struct mnt_tok *t);

/* "KKR Sjælland", "KKR HOVEDSTADEN", "KKRHOVEDSTADEN" at tok (a word of
 * s[0..n)): KL's kommunekontaktråd of a region, "KKR <Region>" into out;
 * the bytes it takes from tok->s, 0 if none (council_kkr.c). */
size_t mnt_kkr_at(const char *s, size_t n, const struct mnt_tok *tok,
                  char out[MNT_NAME_MAX]);
/* Is name a kommunekontaktråd's ("KKR Sjælland")? */
int mnt_is_kkr(const char *name);

/* The council's name as the minutes give it ("Udsatterådet", "Kultur- og
 * Idrætsudvalget", "Udvalget for Ældre og Sundhed", "HMU Socialområdet"):
 * from a header field or mention (*from_header = 1), else the council
 * noun the text names most often. Header lines that repeat one of m's
 * item titles (m may be NULL) name none. Returns 0 if there is none. */
int mnt_council_find(const struct mnt_doc *d, size_t npre,
                     const struct mnt_meeting *m, char out[MNT_NAME_MAX],
                     int *from_header);
/* council.c: is line l a council's name and nothing else, or with a
 * date (a list of meetings: "Økonomiudvalget 12. marts 2024")? The name
 * into name when it is not NULL. */
int mnt_council_lone_name(const struct mnt_line *l, char name[MNT_NAME_MAX]);
/* council_lists.c: is line i (before lim) in a run of lines that each
 * name only a council, a site's list of committees or of other meetings
 * (a line naming again a council the run above named, undated, is the
 * page's heading under its menu)? */
int mnt_in_council_list(const struct mnt_doc *d, size_t i, size_t lim);
/* council_lists.c: is line i a dated entry of a site's list of other
 * meetings ("Byrådet 24.08.2020" / "Økonomiudvalget 3. september 2020" /
 * …), its date none of this meeting's? */
int mnt_in_meeting_list(const struct mnt_doc *d, size_t i, size_t lim);
/* A page header repeated at the start of lines (after a flattened page's
 * number) naming a council and a date - of `date` when it is not NULL -
 * on lines weighing three or more (a line that says "Side" or starts
 * with a page number weighs two): its council and date. 1, or 0.
 * (council_running.c) */
int mnt_running_header(const struct mnt_doc *d, const char *date,
                       char council[MNT_NAME_MAX], char iso[11]);
/* The council a page footer ending three or more lines names before
 * "Side N" / "Side N af M" (a flattened transcript's pages): 1 and its
 * name, or 0. (council_footer.c) */
int mnt_council_footer(const struct mnt_doc *d, char out[MNT_NAME_MAX]);
/* council_running.c: a council a transcript's running footer repeats at
 * the end of three or more pages' lines with the meeting's date ("…
 * Kulturgruppen den 21. september 2011 Side nr. 5") into council; 0 if
 * none. */
int mnt_running_footer(const struct mnt_doc *d, const char *date,
                       char council[MNT_NAME_MAX]);
/* Councils in a line (council_names.c): each name the line gives, in
 * order, added to t ("Kultur- og Idrætsudvalget", "Udvalget for Ældre og
 * Sundhed", "Byrådet"); menus and genitive owners left out; with
 * `meetings` also a council's meeting ("Referat af byrådsmøde" ->
 * "Byrådet"). `header` marks the names as the header's. */
void mnt_councils_count_line(const char *s, size_t n, int header, int meetings,
                             struct mnt_tally *t);
/* council_fields.c: the council a field on line i names ("Udvalg: X",
 * "UDVALG" / "X", a table's "Udvalg | Dato" row over its cells, "Møde:"
 * / "X" when X names a council), into out; 0 if none. Lines before lim. */
int mnt_council_field(const struct mnt_doc *d, size_t i, size_t lim,
                      char out[MNT_NAME_MAX]);
/* council_fields.c: "1 ! R e f e r a t MØDE …", "1 Referat Handicaprådet
 * Mødedato: …", "1 Odder Kommune Referat Miljø-, …": a PDF transcript's
 * first page number (and a municipality's letterhead) before the
 * minutes' own heading, no item (that would be "1. Referat fra sidste
 * møde"). Where the heading's word ends in l, or 0. */
size_t mnt_page_heading_end(const struct mnt_line *l);
/* council_forms.c: "Regional", "Teknisk": an adjective that may open a
 * compound council name before its hyphenated part ("Regional
 * Udviklingsplans- og Trafikudvalget")? */
int mnt_name_adjective(const char *s, size_t n);
/* "REGIONAL UDVIKLINGSPLANS- OG " -> "Regional Udviklingsplans- og ":
 * the parts before a compound's noun printed in capitals, title-cased
 * with "og" small, written to out (not terminated); their length. */
size_t mnt_caps_parts_case(const char *s, size_t n, char out[MNT_NAME_MAX]);
/* "Plan, Miljø og Teknik", "Børn og Unge": a committee
 * named by its areas (two or more words joined by "og", "&" or ", ", no
 * council noun, no heading word, date or field)? */
int mnt_areas_name(const char *s, size_t n);
/* "Lolland og Guldborgsund Kommuner" at s[from..n): two or more
 * municipalities joined by ", " and "og" (and "Kommuner"). Returns the
 * offset after them, or 0; writes the first's authority to first (may be
 * NULL) and whether `member` (an authority, may be NULL) is one of them. */
size_t mnt_joint_places(const char *s, size_t n, size_t from,
                        char first[MNT_NAME_MAX], const char *member,
                        int *has_member);
/* Is name a council of several municipalities ("… for Fanø og
 * Esbjerg")? 0: no; 1: yes, authority is none of them (first written);
 * 2: yes, authority is one of them. */
int mnt_joint_council(const char *name, const char *authority,
                      char first[MNT_NAME_MAX]);
/* The council an abbreviation stands for: "KB", "BR", "ØU", "RR", else
 * the one council of d spelt out before it in brackets ("(TMU)") or whose
 * initials it is ("Børne- og Kulturudvalget" for "BKU"). 1, or 0 when the
 * text does not say or names two. */
int mnt_council_abbrev(const struct mnt_doc *d, const char *abbr, size_t an,
                       char out[MNT_NAME_MAX]);
/* A council line i of the header names other than by a council noun: a
 * committee named by its areas in a heading with the minutes' name or
 * date ("Børn og Unge - Referat - 12. marts 2024"), or alone next to that
 * heading; an abbreviation in that heading (mnt_council_abbrev()). 1, or
 * 0. lim bounds the header. */
int mnt_council_other(const struct mnt_doc *d, size_t i, size_t lim,
                      char out[MNT_NAME_MAX]);
/* council_genitive.c: does the word ending at s[e] end in a genitive "s"
 * before "møde" ("… udsatheds møde")? */
int mnt_genitive_before_meeting(const char *s, size_t n, size_t e);
/* How a name in the genitive before "møde" may be printed: the two rules
 * that read one ("Social og sundheds møde", "Rådet for handicap,
 * psykiatri og udsatheds møde") differ only in these. */
struct mnt_genitive_form {
    unsigned max_words;
    int capital_first;  /* the name's first word capitalised */
    unsigned min_words; /* words before the genitive's */
    int hyphens;        /* "Social-, Sundheds- og …" joins; else only ", " */
    int (*refuse)(
        const struct mnt_tok *t); /* a word no name has ("og" never) */
    int (*accept)(const char *s, size_t n, size_t e); /* NULL: any */
};
/* The words from s[i] (one space apart) up to a genitive before "møde":
 * the offset after its "s", or 0. */
size_t mnt_genitive_name(const char *s, size_t n, size_t i,
                         const struct mnt_genitive_form *f);
/* council_genitive.c: "Social og sundheds møde den 12. juni 2023": a
 * committee named by its areas in the genitive before "møde" and a date,
 * its name ("Social og sundhed") into out. 1, or 0. */
int mnt_council_genitive_meeting(const char *s, size_t n,
                                 char out[MNT_NAME_MAX]);
/* "Udsatteråd", "Udsatterådets", "BYRÅD" -> the definite form in out;
 * lower-case words only with `lower`. 0 for no council noun ("Rådet"
 * alone, "Personaleområdet"). */
int mnt_council_noun(const struct mnt_tok *t, int lower,
                     char out[MNT_NAME_MAX]);
int mnt_council_noun_one_form(const char *s, size_t n);
/* council_nouns.c: an ASCII letter or a UTF-8 byte. */
int mnt_council_word_byte(char c);
/* council_nouns.c: a heading's word around a name ("den", "møde"). */
int mnt_council_stop_word(const struct mnt_tok *t);
/* council_nouns.c: start of a compound name's parts before s[at], or at. */
size_t mnt_council_compound_start(const char *s, size_t at, int caps);
/* council_printed.c: where a capitalised abbreviation of one to three
 * ASCII letters ending at s[dot] (its full stop: "Kgs.", "St.", "Sdr.")
 * starts, after a space or the line's start; dot + 1 (no abbreviation)
 * otherwise. */
size_t mnt_abbrev_start(const char *s, size_t dot);
/* council_printed.c: a council at t kept as printed ("Teknisk Udvalg"). */
int mnt_council_printed(const char *s, const struct mnt_tok *t,
                        char out[MNT_NAME_MAX]);
/* council_for.c: "Udvalget for …" at s[at]: its length, or 0. */
size_t mnt_council_head_for(const char *s, size_t n, size_t at);
/* A council's name printed in capitals ("UDVALGET FOR BØRN OG UNGE") as
 * its words print it elsewhere ("Udvalget for Børn og Unge"); in place,
 * unchanged unless all capitals (council_for.c). */
void mnt_council_caps_case(char *name);
/* council_for.c: "Lokalrådet for …" at t: its length from t, or 0. */
size_t mnt_council_noun_for(const char *s, size_t n, const struct mnt_tok *t,
                            const char *name);
/* council_for.c: start of a joint council at t ("… for Fanø og Esbjerg"). */
size_t mnt_council_joint_at(const char *s, size_t n, const struct mnt_tok *t,
                            const char *name);
/* Does s[0..n) end in suffix (case folded, longer than it)? */
int mnt_ends_fold(const char *s, size_t n, const char *suffix);
/* s[0..n) as a NUL-terminated name, cut at a character boundary. */
void mnt_name_copy(char out[MNT_NAME_MAX], const char *s, size_t n);
/* "THISTED BYRÅD" -> "Thisted Byråd" (at most cap - 1 bytes). */
void mnt_title_case(const char *s, size_t n, char *out, size_t cap);
/* "regionsrådet" -> "Regionsrådet" (ASCII, æ ø å). */
void mnt_capitalise(char *w);
/* Letters all capitals, at least one. */
int mnt_all_capitals(const char *s, size_t n);
/* Whose council a name is: a byråd, kommunalbestyrelse, borgerrepræsentation
 * a municipality's, a regionsråd a region's, others either.
 * (council_compose.c) */
enum mnt_authority_kind mnt_council_kind(const char *name);
/* "Region Midtjyllands Udsatteråd" when the text says so, else "<body>,
 * <authority>"; either alone when the other is NULL. The caller frees the
 * result; NULL if both are NULL or out of memory. */
char *mnt_council_compose(const struct mnt_doc *d, const char *body,
                          const char *authority);

/* ---- meeting metadata (meta.c) ---- */

/* Fill council, authority, date, place, attendees and council_source of
 * m from the preamble lines[0..npre) and the whole document; hints
 * override. Adds warnings for what it could not find. ERR_NOMEM. */
int mnt_meta_infer(const struct mnt_doc *d, size_t npre,
                   const struct mnt_hints *hints, struct mnt_meeting *m);
/* The "Key: value" fields of a preamble (meta.c). Length of `Key`, the
 * spaces and ':' (or a table row's tab) at the start of l, for one of
 * keys (without need_colon also "Key value"); 0 if none. */
size_t mnt_field_key_len(const struct mnt_line *l, const char *const *keys,
                         size_t nkeys, int need_colon);
/* "Word:", "Two words:" or a table row "Word<TAB>…" at the start. */
int mnt_field_line(const struct mnt_line *l);
/* A line starting with a digit (an item heading, a numbered point). */
int mnt_starts_numbered(const struct mnt_line *l);
/* The field at lines[i] (value from byte `off`) with its continuation
 * lines, cleaned to one line: until a line ending in a full stop
 * (until_period 1), only a hyphenated word (-1), or a wrapped list of
 * names (2). *end gets the index after its last line; NULL: no memory. */
char *mnt_field_value(const struct mnt_doc *d, size_t i, size_t lim, size_t off,
                      int until_period, size_t *end);

/* ---- attendance (attendance.c) ---- */

/* m->attendees from the fields and lists of lines[0..lim): one "Key:
 * value" line each. ERR_NOMEM. */
int mnt_attendees_infer(const struct mnt_doc *d, size_t lim,
                        struct mnt_meeting *m);
/* Attendance text of an item from its text (sections without their
 * headings): all of it when the title is about attendance
 * ("Mødedeltagelse"), else the paragraphs that say who came or sent
 * apologies; NULL if none. The caller frees the result. */
char *mnt_item_attendees(const char *title, const char *text);
/* Is this an attendance item ("Mødedeltagelse", "Afbud og fremmøde")? */
int mnt_title_is_attendance(const char *title);
/* Is s[0..n) an attendance field's label alone ("Fraværende med afbud",
 * "Deltagere:")? Such a bold line heads no item. */
int mnt_is_attendance_label(const char *s, size_t n);
/* Append a formatted warning to m (capped at MNT_WARN_MAX). */
int mnt_warn(struct mnt_meeting *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- several meetings in one file (meetings.c) ---- */

#define MNT_MEETINGS_MAX 64u /* meetings one file is split into */

/* Where each meeting of a file that holds several starts (a committee's
 * year on one page, a monthly archive of minutes posts): the line of
 * each meeting's header into starts[] and its date into dates[], at most
 * max; the count, 0 when the file is one meeting (fewer than two). Only
 * headers of one shape with differing dates, each followed by items
 * numbered from 1 again, count. */
size_t mnt_meeting_starts(const struct mnt_doc *d, size_t *starts,
                          char (*dates)[11], size_t max);

#ifdef __cplusplus
}
#endif
#endif
