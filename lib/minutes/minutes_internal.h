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
/* Is this trimmed line a page footer ("5/7", "Side 3 af 7", "Sidenr. 3",
 * "7")? */
int mnt_is_footer(const char *s, size_t n);
/* A page footer run into the next page's heading, `Side 4 af 97.
 * Orientering` (page 4 of 9, item 7), cut off the line's start
 * (footer_glued.c). */
void mnt_unglue_footers(struct mnt_doc *d);
/* The running head a page opens with under a worded footer (`Side 3`),
 * the same on two or more pages, marked noise (running_head.c). */
void mnt_mark_running_heads(struct mnt_doc *d);

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
#include "minutes/minutes_dates.h"

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
/* The words minutes call themselves by ("Referat", "Dagsorden",
 * "Beslutningsprotokol" ...): one list for every reader of headings,
 * letterheads and dates (tokens.c). The k-th, lower-case, or NULL past
 * the last. */
const char *mnt_document_word_at(size_t k);
/* Is s[0..n) such a word, case-folded, also in its definite form
 * ("Referatet", "Dagsordenen")? */
int mnt_document_word(const char *s, size_t n);

/* ---- municipalities and regions (places.c, authority.c) ---- */

/* The authority a place name stands for: "Aarhus", "Københavns", "Hobro",
 * "THISTED" -> "Aarhus Kommune", "Københavns Kommune", "Mariagerfjord
 * Kommune", "Thisted Kommune"; "Bornholm" -> "Bornholms Regionskommune".
 * Writes out and returns 1, or returns 0 for no municipality. */
int mnt_place_authority(const char *s, size_t n, char out[MNT_NAME_MAX]);
/* "Kommuneqarfik Sermersooq", "QEQQATA KOMMUNIA": the Greenlandic
 * municipality s[0..n) names in full (two words, one space), in its
 * proper spelling. Writes out and returns 1, else 0. (places.c) */
int mnt_greenland_authority(const char *s, size_t n, char out[MNT_NAME_MAX]);
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
/* The first attendance field's key in s[0..n) ("Tilstede", "Deltagere",
 * "Afbud" …) at a word's start; n if none. (after_person.c) */
size_t mnt_attendance_key_at(const char *s, size_t n);
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
/* Such a name printed in capitals in small letters, in place
 * ("MIDLERTIDIGT UDVALG FOR …" -> "midlertidigt udvalg for …";
 * mnt_capitalise() then opens it). */
void mnt_adhoc_case(char *name);
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
/* authority_hospital.c: counts in regions ("Region Hovedstaden") the
 * region of each hospital s[0..n) names ("Hvidovre Hospital",
 * "Regionshospitalet Randers", "Rigshospitalet"). */
void mnt_count_hospitals_line(const char *s, size_t n,
                              struct mnt_tally *regions);
/* Does the word s[0..n) name a regionsråd ("Regionsrådet",
 * "Regionsrådets Forretningsudvalg"), not a member's office in it
 * ("Regionsrådsmedlem", "regionsrådsformand")? */
int mnt_word_names_regionsraad(const char *s, size_t n);
/* Does s[0..n) name the regionsråd ("Regionsrådets beslutning …")? */
int mnt_line_names_regionsraad(const char *s, size_t n);

/* ---- councils (council.c) ---- */
#include "minutes/minutes_councils.h"

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
/* attendance_value.c: does p[0..n), what follows an empty field's key,
 * read as the item's decision joined to it ("Fraværende: Godkendt.",
 * "… Inger Holm blev valgt.")? */
int mnt_attend_decision_after(const char *p, size_t n);
/* ... or as anything but a list of people: a decision, a point's answer
 * ("Ad 1: Drøftet."), a speaker's line ("Lise Vang: Spørgsmål …"), a
 * sentence ("Formanden orienterede om …")? */
int mnt_attend_not_people(const char *p, size_t n);
/* Where the list of people p[v..n) of a field line ends: before such a
 * paragraph joined to it after a party or a full stop; n if none. */
size_t mnt_attend_field_end(const char *p, size_t v, size_t n);
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
