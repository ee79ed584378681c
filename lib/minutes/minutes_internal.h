/* SPDX-License-Identifier: GPL-2.0-or-later */
/* minutes_internal.h - helpers shared by the files of lib/minutes (and its
 * unit test): UTF-8 scanning, the line model of a minutes text, clean-up
 * of line runs, date recognition and meeting metadata inference. */
#ifndef REFERAT_MINUTES_INTERNAL_H
#define REFERAT_MINUTES_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

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
                           cut after the page's number */
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
/* The same for the first such day and month of the header that is no
 * stamp or next meeting (mnt_line_other_date()). */
int mnt_yearless_first(const struct mnt_doc *d, size_t lim, const char *name,
                       char iso[11]);
/* A date field inside a flattened line of lines[0..lim) whose date was
 * lost ("… Mødedato: Onsdag den Mødested: …", a transcript that dropped
 * its digits): the meeting's date is unknown, and no date of the text
 * below stands in for it. 1 if so. */
int mnt_date_field_lost(const struct mnt_doc *d, size_t lim);
/* meeting_date.c: the meeting's date from the first lim lines (name: the
 * file's name for a date without its year, or NULL) into iso; 0 if none.
 * Also: a line with a stamp's or the next meeting's date
 * ("Udskrevet den …", "Næste møde: …"); the minutes' own heading
 * ("Referat", "Dagsorden", "møde"). */
int mnt_meeting_date(const struct mnt_doc *d, size_t lim, const char *name,
                     char iso[11]);
int mnt_line_other_date(const struct mnt_line *l);
int mnt_line_is_minutes_heading(const struct mnt_line *l);

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
/* Does the name at s[at] (of a line s[0..n)) follow a person's name and
 * a comma in an attendee list ("Rune Berg, Vejle Kommune", "3. Eva Lund,
 * Ældrerådet", "Tilstede: … Ole Ring, Vejle Kommune")? Then it is the
 * organisation the attendee comes from, neither the meeting's council
 * nor its authority. *key: the line's first attendance key, SIZE_MAX
 * until looked for (once a line: callers keep it per line). (authority.c) */
int mnt_after_person(const char *s, size_t n, size_t at, size_t *key);
/* The words after "for " at s[i..n) in a council's name: up to five, an
 * inner "og" or ", " allowed, with `capitals` only capitalised ones; the
 * offset after the last, or 0. (council_names.c) */
size_t mnt_council_for_words(const char *s, size_t n, size_t i, int capitals);
/* council_meeting.c: a council's meeting as one word ("Ældrerådsmøde")
 * -> the council in out; 0 if t names none. */
int mnt_meeting_noun(const struct mnt_tok *t, char out[MNT_NAME_MAX]);
/* A council in lower case after "møde i" ("… møde i
 * standardiseringsudvalget for e-fakturering"): its length in s from t,
 * capitalised in out; 0 if none. */
size_t mnt_lower_meeting_council(const char *s, size_t n,
                                 const struct mnt_tok *t,
                                 char out[MNT_NAME_MAX]);
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

/* The council's name as the minutes give it ("Udsatterådet", "Kultur- og
 * Idrætsudvalget", "Udvalget for Ældre og Sundhed", "HMU Socialområdet"):
 * from a header field or mention (*from_header = 1), else the council
 * noun the text names most often. Header lines that repeat one of m's
 * item titles (m may be NULL) name none. Returns 0 if there is none. */
int mnt_council_find(const struct mnt_doc *d, size_t npre,
                     const struct mnt_meeting *m, char out[MNT_NAME_MAX],
                     int *from_header);
/* A page header repeated at the start of lines (after a flattened page's
 * number) naming a council and a date - of `date` when it is not NULL -
 * on lines weighing three or more (a line that says "Side" or starts
 * with a page number weighs two): its council and date. 1, or 0. */
int mnt_running_header(const struct mnt_doc *d, const char *date,
                       char council[MNT_NAME_MAX], char iso[11]);
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
/* council_forms.c: "Plan, Miljø og Teknik", "Børn og Unge": a committee
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
/* "Udsatteråd", "Udsatterådets", "BYRÅD" -> the definite form in out;
 * lower-case words only with `lower`. 0 for no council noun ("Rådet"
 * alone, "Personaleområdet"). */
int mnt_council_noun(const struct mnt_tok *t, int lower,
                     char out[MNT_NAME_MAX]);
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
 * a municipality's, a regionsråd a region's, others either. */
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

/* ---- the segmenter (parse.c candidates.c chain.c agenda.c items.c
 * confidence.c) ---- */

#define MNT_BODY_SCORE   10 /* an item that has text of its own */
#define MNT_START_SCORE  5  /* a chain that starts at item 1 */
#define MNT_LAST_SCORE   5  /* a title alone closing the document */
#define MNT_LIST_PENALTY 3  /* a format list item: a point more often */
#define MNT_SKIP_PENALTY 6  /* a chain that skips one number */
#define MNT_JUMP_PENALTY 8  /* a loose chain that skips more */
#define MNT_FLAT_LINE                                                          \
    300u /* a text line this long may be a flattened                           \
            PDF page with headings inside it */

/* Heading styles; each gets its own best chain. */
enum mnt_style {
    MNT_STYLE_REGION,   /* "Punkt 3: Titel" */
    MNT_STYLE_NUMBERED, /* "3. Titel", "3a) Titel" */
    MNT_STYLE_HERNING,  /* "Sagsnr.: …", title on a later line */
    MNT_STYLE_GENERIC,  /* loose shapes: "Ad 3", "Nr.60 -", "1.Valg",
                           " 1  Titel", "• 301.", "Titel / Sag nr. 24" */
    MNT_STYLE_STYLED,   /* unnumbered format headings (bold, larger, h2) */
    MNT_STYLE_ORDINAL,  /* numbered, but labelled by position ("1." on
                           every item) */
    MNT_STYLE_UNTITLED, /* no numbered headings: items open with a status
                           line ("Åben") or their first section ("Resume",
                           "Indhold:"), a title above it or none */
};

struct mnt_cand {
    size_t line;      /* index into doc lines */
    unsigned num;     /* printed number; Herning, styled: ordinal */
    char letter;      /* sub-item letter 'a'..'z' or 0 */
    char delim;       /* '.', ')', ':', '-' or 0 */
    char dotted;      /* the sub-item printed "3.1", not "3a" */
    size_t title_off; /* title offset in the line; == len: on next line */
    size_t title_end; /* title ends here (number after it), 0: line end */
    int quality;      /* how much it looks like a heading */
    int above;        /* the title is the line above the number */
    unsigned order;   /* agenda style: its entry's place in the list, 1.. */
    unsigned run;     /* "01/66 Title": the running number after the
                         item's own, 0 none (printed in the label) */
};

struct mnt_cands {
    struct mnt_cand *v;
    size_t n;
    int truncated;
    long score; /* of the best chain, after mnt_best_chain() */
};

struct mnt_parser {
    struct mnt_doc doc;
    size_t *text_before;     /* text_before[i]: TEXT lines in lines[0..i) */
    unsigned char *skip;     /* skip[i]: line i is in the agenda list */
    size_t first_section;    /* first bare item section heading
                                ("Beslutning"), nlines if none: no chain
                                starts after it */
    struct mnt_cands agenda; /* the agenda list's entries, if any */
    struct mnt_cands hits;   /* where their titles reappear below */
    int agenda_by_number;    /* ... or, the titles never reappearing,
                                where their numbers stand alone ("Ad 1:") */
    const char *toc_text;    /* a flattened table of contents' text
                                (mnt_flat_toc_text), NULL if none */
    size_t toc_len;
    unsigned list_depth; /* the shallowest nesting of the format's
                            numbered list items (mnt_listno_cand) */
    struct mnt_meeting *m;
};

typedef int (*mnt_cand_fn)(const struct mnt_parser *, size_t,
                           struct mnt_cand *);

/* layout.c: find the agenda list, collect and chain every style's
 * candidates, choose the style that explains the text best and build its
 * items; p->m->layout names it. ERR_NOMEM. */
int mnt_choose_and_build(struct mnt_parser *p);
/* candidates.c: recognisers of heading lines (1: `c` filled); generic.c
 * those of unknown layouts */
int mnt_region_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c);
int mnt_numbered_cand(const struct mnt_parser *p, size_t li,
                      struct mnt_cand *c);
/* "Lukket sag", "Åbent punkt", "Åben" alone: an item's status, no part
 * of a title nor a heading of its own. */
int mnt_status_line(const struct mnt_line *l);
int mnt_generic_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c);
/* Does s open with an ordinal and a lower-case word ("2. budgetopfølgning
 * …"), a title with no capital to start it? */
int mnt_ordinal_title(const char *s, size_t n);
/* "ØU-61/07-O Title" at s[i]: a committee's code, the case's number of
 * the year (c->num), the year, a type letter; the title's offset or 0. */
size_t mnt_code_heading_at(const char *s, size_t n, size_t i,
                           struct mnt_cand *c);
int mnt_herning_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c);
int mnt_styled_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c);
int mnt_listno_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c);
/* Words that title a document or a block of it, never an item:
 * "Referat", "Dagsorden for …", "Indholdsfortegnelse". */
int mnt_is_doc_heading(const char *s, size_t n);
/* "3. Titel" at s[i]: strict shape (a delimiter and a space). */
int mnt_numbered_at(const char *s, size_t n, size_t i, struct mnt_cand *c);
/* Offset of the value after "Sagsnr.:" and its kin, or 0. */
size_t mnt_herning_key(const struct mnt_line *l);
size_t mnt_skip_sp(const char *s, size_t n, size_t i);
/* The shapes candidates.c and generic.c share. Digits at s[i] into *v,
 * at most `max` of them: how many, 0 if none or more. */
size_t mnt_read_num(const char *s, size_t n, size_t i, size_t max, unsigned *v);
/* A number alone on line l ("132.", "17"): a column of a contents page
 * read line by line, or a page number. */
int mnt_line_bare_number(const struct mnt_line *l);
/* Is line li one of a column of such numbers ("131." / "132." / …: a
 * contents page read column by column)? No heading then. */
int mnt_number_column(const struct mnt_doc *d, size_t li);
/* The number, sub-item letter and delimiter at s[i] into c; the offset
 * after them, or 0. max: digits allowed. */
size_t mnt_number_at(const char *s, size_t n, size_t i, size_t max,
                     struct mnt_cand *c);
/* "marts 2025": s starts with a month, so a number before it is a date. */
int mnt_is_month(const char *s, size_t n);
/* s ends like a person and party, "Lars Weiss (A)". */
int mnt_is_member(const char *s, size_t n);
/* Bytes of a separator at s[i]: ":", "-", an en or em dash; 0 if none. */
size_t mnt_separator(const char *s, size_t n, size_t i);
/* "(Åben)", "(Lukket)" at s[i]: bytes to skip (spaces after included). */
size_t mnt_status_mark(const char *s, size_t n, size_t i);
/* A line short enough for a heading (or cut out of a flattened page),
 * and no table-of-contents line. */
int mnt_heading_sized(const struct mnt_line *l);
/* Does s start with a capital (or "§", a quote)? */
int mnt_starts_upper(const char *s, size_t n);
/* Could s open a title: a letter, digit, quote, "(" or "§" (or nothing:
 * the title is on the next line)? */
int mnt_starts_title(const char *s, size_t n);
/* Every line `fn` accepts, outside the agenda list. ERR_NOMEM. */
int mnt_collect(const struct mnt_parser *p, mnt_cand_fn fn,
                struct mnt_cands *out);
/* inline.c: split lines where a heading starts inside them (a flattened PDF
 * page, "Indholdsfortegnelse1. Fraværende"); returns how many were split, or -1
 * on out-of-memory. */
long mnt_split_inline(struct mnt_doc *d);
/* flat_toc.c: a table of contents flattened into one line ("Pkt. Tekst Side 1
 * Godkendelse af dagsorden 2 2 Strategi 3 …"): its entries' titles as
 * offsets into line `line`, numbered from `first` ("Punkt 12. …": 12). */
#define MNT_TOC_MAX 64u
struct mnt_toc {
    size_t line, n;
    unsigned first;
    struct {
        size_t off, end;
    } e[MNT_TOC_MAX];
};
/* Find it in d (the first long line with a table of contents' mark and
 * two entries or more); its number of entries, 0 if none. The split
 * reading also cuts lines where its titles start. */
/* numberless.c: the contents' text (in *names) whose titles name the
 * headings of a flattened transcript that lost their numbers, NULL if it
 * is no such transcript (not flat, contents' entries found, or the
 * contents' first number printed elsewhere); where in line l, at or
 * after `from`, such a heading starts (0: none). */
const struct mnt_line *mnt_contents_names(const struct mnt_doc *d, int flat,
                                          int toc_found,
                                          struct mnt_line *names);
size_t mnt_contents_named_head(const struct mnt_line *names,
                               const struct mnt_line *l, size_t from);
size_t mnt_flat_toc(const struct mnt_doc *d, struct mnt_toc *t);
/* The text after the name of a table of contents flattened into one line,
 * numbered or not ("Følgende sager behandles på mødet Side Meddelelser 2
 * …"), n bytes; NULL if the document has none. */
const char *mnt_flat_toc_text(const struct mnt_doc *d, size_t *n);
/* How many headings start inside d's lines (what mnt_split_inline cuts). */
size_t mnt_inline_count(const struct mnt_doc *d);

/* chain.c */
/* Keep in `c` only the best chain of candidates numbered in sequence,
 * scored by items with text of their own; its length (c->score set).
 * need_one: it must start at item 1; jumps: MNT_CHAIN_JUMPS, numbers
 * may be left out; MNT_CHAIN_RESTARTS, a list may start again at 1;
 * MNT_CHAIN_LISTED, in the agenda list's order (`order`), whatever the
 * numbers (an item added to its group: 1 2 3 7 4 5 6). */
#define MNT_CHAIN_JUMPS    1
#define MNT_CHAIN_RESTARTS 2
#define MNT_CHAIN_LISTED   4
#define MNT_CHAIN_WHOLE    8 /* no number left out: every point is one */
size_t mnt_best_chain(const struct mnt_parser *p, struct mnt_cands *c,
                      int need_one, int jumps);
/* The numbered style's chain: mnt_best_chain() from item 1, and a
 * closed part after it ("Lukkede punkter") that numbers its items from 1
 * again appended. ERR_NOMEM. */
int mnt_numbered_chain(const struct mnt_parser *p, struct mnt_cands *c);
/* "Lukkede punkter", "LUKKEDE SAGER", "Punkter på lukket møde:",
 * "13Indholdsfortegnelse lukket møde": the heading of a meeting's closed
 * part (whose numbering may start again at 1). */
int mnt_is_closed_part(const char *s, size_t n);
/* The chain of the format's list numbers (c: mnt_listno_cand's
 * candidates), from 1; a list the page broke with a paragraph and
 * started again at 1 goes on counting (1 2 3, 1 2 -> 1 2 3 4 5), unless
 * it is introduced ("… fondene:"). whole: no number may be left out
 * (list items without text of their own are items too). ERR_OK. */
int mnt_list_chain(const struct mnt_parser *p, struct mnt_cands *c, int whole);
/* Keep only the candidates numbered 1 when no heading is numbered 2
 * (an export that prints " 1." on every item); their count. */
size_t mnt_ones_chain(const struct mnt_parser *p, struct mnt_cands *c);
/* Keep the styled headings of the one style (level, bold, size) that
 * best heads items; their count. */
size_t mnt_styled_chain(const struct mnt_parser *p, struct mnt_cands *c);
int mnt_has_text(const struct mnt_parser *p, size_t from, size_t to);
/* Items without headings: lines "Åben"/"Lukket" (a web page's status
 * marks), else each repeat of the first bare section heading ("Resume").
 * Fills `out` (its count, at least 2, or 0). ERR_NOMEM. */
int mnt_untitled_chain(const struct mnt_parser *p, struct mnt_cands *out);

/* agenda.c: find the agenda list (a run of short numbered lines whose
 * titles reappear below), mark its lines in p->skip, keep its entries in
 * p->agenda. ERR_NOMEM. */
int mnt_agenda_find(struct mnt_parser *p);
/* For mnt_agenda_find(): an agenda list without numbers titling the
 * "ad. 1." paragraphs below it (agenda_bullets.c). ERR_NOMEM. */
int mnt_agenda_bullets(struct mnt_parser *p);
/* agenda_runs.c: does entry b follow a in sequence (n -> n+1, n -> na,
 * na -> nb, na -> n+1)? */
int mnt_follows(const struct mnt_cand *a, const struct mnt_cand *b);
/* The run of candidates from all->v[k] (their indices into `idx`, their
 * count returned): in sequence (or, loose, out of it within a group) with
 * at most one other text line between; *next: where the next run starts. */
size_t mnt_run_from(const struct mnt_parser *p, const struct mnt_cands *all,
                    size_t k, int loose, size_t *idx, size_t *next);
/* Are the run's numbers (all->v[idx[0..n)]) each once, none missing? */
int mnt_run_complete(const struct mnt_cands *all, const size_t *idx, size_t n);
/* Candidates: lines below the agenda that begin with an entry's title,
 * numbered as the agenda numbers them. ERR_NOMEM. */
int mnt_agenda_cands(const struct mnt_parser *p, struct mnt_cands *out);

/* The agenda list's title for heading c, whose line holds no title, as
 * a line in *t: when the agenda has that number and `next` (the text
 * line below the heading, NULL if none) does not repeat it. 1 if so. */
int mnt_agenda_title_for(const struct mnt_parser *p, const struct mnt_cand *c,
                         const struct mnt_line *next, struct mnt_line *t);
/* Bytes of s (a heading's text from its title on) that are the title the
 * agenda list gives item c; 0 if it gives none or s differs. */
size_t mnt_agenda_title_len(const struct mnt_parser *p,
                            const struct mnt_cand *c, const char *s, size_t n);

/* sections.c: if the trimmed line is a section heading ("Beslutning",
 * "Resume:", "Beslutning: tekst"), store the heading's length in *name_len, the
 * offset of inline text after it in *text_off (== n when none) and
 * return 1. */
int mnt_section_heading(const char *s, size_t n, size_t *name_len,
                        size_t *text_off);
/* sections.c: is l a bare heading of a section only an item has
 * ("Beslutning", "Indstilling", "Sagsfremstilling")? */
int mnt_is_item_section(const struct mnt_line *l);
/* sections.c: cut lines[from..to) (skip0 bytes of the first left out)
 * into it->sections and build it->body from them. ERR_NOMEM. */
int mnt_split_sections(struct mnt_item *it, const struct mnt_doc *d,
                       size_t from, size_t to, size_t skip0);

/* titles.c */
/* Does s open with an item's section name ("Sagsfremstilling",
 * "Beslutning", "Resume" …) as a word? */
int mnt_section_word_at(const char *s, size_t n);
/* Does s[0..n) end in a preposition or conjunction ("af", "i", "til")? */
int mnt_after_small_word(const char *s, size_t n);

/* title_flat.c */
/* The end of a title cut out of flattened line l from off: the flattened
 * table of contents' entry for it, else where the heuristics end it. */
size_t mnt_flat_end(const struct mnt_parser *p, const struct mnt_line *l,
                    size_t off);
/* Bytes of an item's status in brackets at s ("(Åben sag)", "(Lukket
 * punkt)", "(Lukket)"); 0 if none. */
size_t mnt_paren_status_len(const char *s, size_t n);
/* Join again a word a transcript wrapped at its hyphen ("REGIONS-
 * RÅDET"), compounds' lists ("Børne- og Ungeudvalget") kept. In place. */
void mnt_join_wrapped(char *t);
/* Does the heading c, cut out of a flattened line, carry text of its
 * own after its title on that line ("5. Eventuelt Næste møde …")? */
int mnt_cut_has_text(const struct mnt_parser *p, const struct mnt_cand *c);
/* The piece after a cut heading piece that holds only a case file's
 * fields from off, its title's length in *len; end if none. */
size_t mnt_title_after_fields(const struct mnt_parser *p, size_t first,
                              size_t end, size_t off, size_t *len);

/* title_fields.c */
/* Does s open with a case file's field label ("J.nr.", "Sagsnr.:",
 * "Sagsid.:", "Dok.nr.:", "Initialer:", "Sagsbehandler:")? */
int mnt_field_word_at(const char *s, size_t n);
/* Does s open with a bare case number ("10/9310 Beslutningstema", "… 10/11802"
 * at a line's end), which ends a title inside a flattened line? */
int mnt_bare_case_at(const char *s, size_t n);
/* Where a title ends before a case file's field or a bare case number
 * within 150 bytes, 0 if before neither. */
size_t mnt_title_before_case(const char *s, size_t n);
/* Does line l open with a case file's field ("Journalnr.: A00": a label
 * of one to three words ending in a colon)? */
int mnt_line_is_field(const struct mnt_line *l);
/* Bytes of a journal number opening a title ("Journalnr. 17.00 ",
 * "J.nr. Ø10 ") before the title itself; 0 if none. */
size_t mnt_lead_journal_len(const char *s, size_t n);
/* Where a title on a flattened page ends: before a case file's field
 * within 150 bytes, or after a closed item's mark; 0 if neither. */
size_t mnt_title_before_field(const char *s, size_t n);
/* Two or more field lines from line k on (before end) are passed over:
 * the line after them; k otherwise. */
size_t mnt_skip_fields(const struct mnt_doc *d, size_t k, size_t end);
/* The title, named by the flattened table of contents, after the case
 * file's fields a heading cut out of a flattened line opens with: its
 * start and end in line l (from off) in *at, *end; 0 if none. */
int mnt_toc_named_title(const struct mnt_parser *p, const struct mnt_line *l,
                        size_t off, size_t *at, size_t *end);
/* Bytes of the title at s[0..n), cut out of a flattened page, that the
 * flattened table of contents repeats word for word (8 or more, else 0);
 * *whole: the contents' entry ends there too (a page or entry number
 * follows it), so the title is exactly that. Bounded work. */
size_t mnt_toc_title_len(const struct mnt_parser *p, const char *s, size_t n,
                         int *whole);
/* A table row's cells after an item's number that hold only its time
 * in the programme ("Punkt 1" | "5 min" | title, "18.00 - 18.05"): the
 * offset past them (and the tabs after them), i if none. */
size_t mnt_skip_slot_cells(const char *s, size_t n, size_t i);
/* "Regnskab: godkendt.", "Ny mødedato: 19. januar 2010 …",
 * "Fraværende: Karin Lund …": a title and, after its colon on the same
 * line, what the meeting said - a decision or nil answer, a date, the
 * names under a presence field. The title's length (the colon's
 * offset); 0 if s[0..n) is no such line ("Lokalplan 12: Boliger …",
 * "Orientering: nyt fra formanden" are titles whole). */
size_t mnt_title_answer(const char *s, size_t n);
/* "Valg af referent, Jørgen referent denne gang", "Godkendelse af
 * dagsorden, godkendt", "Høringssvar. Der var ingen bemærkninger": a
 * title and, after a comma or a full stop on the same line, the
 * meeting's minute (a decision, a main clause, a name and its role).
 * The title's length; 0 if none ("Meddelelser fra formand, sekretær og
 * medlemmer", "Skolevej 14. Lokalplan nr. 0-912" are titles whole). */
size_t mnt_title_minute(const char *s, size_t n);
/* "Lukket sag Personalesag": bytes of a status opening a title before a
 * capitalised word; 0 if none. */
size_t mnt_lead_status_len(const char *s, size_t n);
/* A title read by OCR: drop a lone glyph a speck made before or after it
 * ("' Salg af grund") and a full stop between words in lower case after
 * a word of six letters or more ("kommunal. grund"). In place. */
void mnt_drop_ocr_specks(char *t);
/* Drop an item's time slot from the start of title t ("09.00-09.05 …",
 * "kl. 10.15 …"). */
void mnt_drop_time_slot(char *t);
/* Next TEXT line after i, at most `gap` blank/noise lines away, before
 * `end`; returns end if none. */
size_t mnt_next_text(const struct mnt_doc *d, size_t i, size_t end, size_t gap);
/* A sentence, not a heading: over MNT_HEADING_MAX bytes, or a full stop
 * followed by a capitalised word. */
int mnt_line_is_prose(const struct mnt_line *l);
struct mnt_title_at {
    size_t body;  /* first line of the body */
    size_t skip0; /* bytes of that line that were the title */
};
/* The title of the item whose heading is c (from c->title_off, or the
 * next line), wrapped lines included, into *out: NULL when it has none.
 * ERR_NOMEM. */
int mnt_take_title(const struct mnt_parser *p, const struct mnt_cand *c,
                   size_t end, struct mnt_title_at *at, char **out);
/* "Eventuelt ( )", "Puljeansøgninger (B)": a publishing system's type
 * marks after every title (Copenhagen's eDoc) cut off m's titles when
 * most titles carry one and one is the empty "( )". */
void mnt_titles_drop_marks(struct mnt_meeting *m);

/* items.c: one item per candidate of `c` (sorted by line). ERR_NOMEM. */
int mnt_build_items(struct mnt_parser *p, const struct mnt_cands *c,
                    enum mnt_style style);
/* No headings: the whole text is one item. ERR_NOMEM. */
int mnt_whole_file_item(struct mnt_parser *p);
/* The flattened table of contents' last entry after the last item's
 * title ("… pårørenderåd Evt"), a page of its own missing: found after a
 * sentence's end near the end of the last item's text ("… om året. Evt
 * Intet."), it is one more item. ERR_NOMEM. */
int mnt_toc_tail_item(struct mnt_parser *p);

/* confidence.c: m->confidence and warnings for suspect splits. */
int mnt_confidence(const struct mnt_parser *p, struct mnt_meeting *m);

#ifdef __cplusplus
}
#endif
#endif
