/* SPDX-License-Identifier: GPL-2.0-or-later */
/* minutes_internal.h - helpers shared by the files of lib/minutes (and its
 * unit test): UTF-8 scanning, the line model of a minutes text, clean-up
 * of line runs, date recognition and meeting metadata inference. */
#ifndef REFERAT_MINUTES_INTERNAL_H
#define REFERAT_MINUTES_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
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

/* ---- UTF-8 (lines.c) ---- */

/* Decode one code point at p (n bytes available). Returns its length
 * (1..4) and stores it in *cp; an invalid byte yields length 1 and
 * *cp = 0xFFFD. n must be > 0. */
size_t mnt_u8_decode(const char *p, size_t n, uint32_t *cp);
/* Length of the code point ending just before p (start..p), 0 at start. */
size_t mnt_u8_prev(const char *start, const char *p, uint32_t *cp);
int mnt_cp_is_letter(uint32_t cp);
int mnt_cp_is_upper(uint32_t cp);
int mnt_cp_is_lower(uint32_t cp);
/* Horizontal white space: ASCII blanks, NBSP, U+2000..U+200B, U+202F,
 * U+3000, BOM. Returns its byte length at p, or 0. */
size_t mnt_space_len(const char *p, size_t n);
/* Does s contain a letter or digit (i.e. a word)? */
int mnt_has_word(const char *s, size_t n);
/* Case-insensitive (ASCII and Danish letters) comparison of two UTF-8
 * strings; returns 1 if equal. */
int mnt_eq_fold(const char *a, size_t an, const char *b, size_t bn);
/* Does s start with prefix p, case-insensitively (as above)? Returns the
 * byte length of the matched prefix in s, or 0. */
size_t mnt_prefix_fold(const char *s, size_t n, const char *p);

/* ---- the line model (lines.c) ---- */

enum mnt_line_kind {
    MNT_LINE_TEXT = 0,
    MNT_LINE_BLANK,  /* empty, or white space / no-break spaces only */
    MNT_LINE_FOOTER, /* page footer: "5/7", "Side 3 af 7", "12" */
    MNT_LINE_NOISE,  /* page header, committee-code column, "mailto:" */
};

struct mnt_line {
    const char *s; /* trimmed text (not NUL-terminated) */
    size_t len;
    enum mnt_line_kind kind;
};

struct mnt_doc {
    char *text; /* sanitised copy: valid UTF-8, no NULs, "\n" lines */
    size_t len;
    struct mnt_line *lines; /* lines[0] is line 1 of the source */
    size_t nlines;
};

/* Copy `text` (invalid UTF-8 -> U+FFFD, NUL -> space, CR before LF
 * dropped), split it into lines, trim and classify them. ERR_NOMEM. */
int mnt_doc_init(struct mnt_doc *d, const char *text, size_t len);
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

/* ---- names: tallies and words (meta.c) ---- */

#define MNT_NAME_MAX  96u /* bytes of a council or authority name */
#define MNT_TALLY_MAX 48u /* distinct names counted */

/* How often each name was seen (and whether in the header). */
struct mnt_tally {
    char name[MNT_TALLY_MAX][MNT_NAME_MAX];
    unsigned count[MNT_TALLY_MAX];
    unsigned from_header[MNT_TALLY_MAX];
    size_t n;
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

/* ---- municipalities and regions (places.c) ---- */

/* The authority a place name stands for: "Aarhus", "Københavns", "Hobro",
 * "THISTED" -> "Aarhus Kommune", "Københavns Kommune", "Mariagerfjord
 * Kommune", "Thisted Kommune"; "Bornholm" -> "Bornholms Regionskommune".
 * Writes out and returns 1, or returns 0 for no municipality. */
int mnt_place_authority(const char *s, size_t n, char out[MNT_NAME_MAX]);
/* "Midtjylland", "Midtjyllands" -> "Region Midtjylland"; else 0. */
int mnt_region_name(const char *s, size_t n, char out[MNT_NAME_MAX]);
/* A web or e-mail domain label ("hjoerring", "kk", "rm") -> authority. */
int mnt_domain_authority(const char *d, size_t n, char out[MNT_NAME_MAX]);
/* A name given from outside ("Aarhus", "aarhus.dk", "Region Sjælland",
 * "Ikast-Brande kommune") -> the authority's proper name; 0 if unknown. */
int mnt_authority_normalise(const char *s, char out[MNT_NAME_MAX]);
/* The authority of the text: the most frequent "<Name> Kommune", "Region
 * <Name>", "<Town> Rådhus", "<Town> Byråd" mention (preamble mentions
 * weigh three times, "i <Name> Kommune" as a place not at all) backed by
 * e-mail and web domains. Returns out, or NULL. */
const char *mnt_authority_infer(const struct mnt_doc *d, size_t npre,
                                char out[MNT_NAME_MAX]);

/* ---- councils (council.c) ---- */

/* The council's name as the minutes give it ("Udsatterådet", "Kultur- og
 * Idrætsudvalget", "Udvalget for Ældre og Sundhed", "HMU Socialområdet"):
 * from a header field or mention (*from_header = 1), else the council
 * noun the text names most often. Returns 0 if there is none. */
int mnt_council_find(const struct mnt_doc *d, size_t npre,
                     char out[MNT_NAME_MAX], int *from_header);
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
/* Attendance text of an item from its text (sections without their
 * headings): all of it when the title is about attendance
 * ("Mødedeltagelse"), else the paragraphs that say who came or sent
 * apologies; NULL if none. The caller frees the result. */
char *mnt_item_attendees(const char *title, const char *text);
/* Is this an attendance item ("Mødedeltagelse", "Afbud og fremmøde")? */
int mnt_title_is_attendance(const char *title);
/* Append a formatted warning to m (capped at MNT_WARN_MAX). */
int mnt_warn(struct mnt_meeting *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- sections (parse.c) ---- */

/* If the trimmed line is a section heading ("Beslutning", "Resume:",
 * "Beslutning: tekst"), store the heading's length in *name_len, the
 * offset of inline text after it in *text_off (== n when none) and
 * return 1. */
int mnt_section_heading(const char *s, size_t n, size_t *name_len,
                        size_t *text_off);

#ifdef __cplusplus
}
#endif
#endif
