/* SPDX-License-Identifier: GPL-2.0-or-later */
/* segment_internal.h - the segmenter's shared parts (lib/minutes and
 * its unit tests): heading candidates and their styles, the parser's
 * state, chains, the agenda list, titles, flattened pages and the items
 * built from them. What a minutes text is made of before it is split
 * (lines, dates, names, councils, attendance) is in minutes_internal.h. */
#ifndef REFERAT_SEGMENT_INTERNAL_H
#define REFERAT_SEGMENT_INTERNAL_H

#include "minutes/minutes_internal.h"

#ifdef __cplusplus
extern "C" {
#endif

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
    size_t line;        /* index into doc lines */
    unsigned num;       /* printed number; Herning, styled: ordinal */
    char letter;        /* sub-item letter 'a'..'z' or 0 */
    char delim;         /* '.', ')', ':', '-' or 0 */
    char dotted;        /* the sub-item printed "3.1", not "3a" */
    char spaced;        /* what sets the letter off: ' ' ("2 a."), '.'
                           ("2.a Title"), else 0 */
    size_t title_off;   /* title offset in the line; == len: on next line */
    size_t title_end;   /* title ends here (number after it), 0: line end */
    int quality;        /* how much it looks like a heading */
    int above;          /* the title is the line above the number */
    unsigned order;     /* agenda style: its entry's place in the list, 1.. */
    unsigned run;       /* "01/66 Title": the running number after the
                           item's own, 0 none (printed in the label) */
    unsigned char year; /* "19-014 Title": the year's two digits before
                           the running number (num), printed in the
                           label with the code; 0 none */
    char code[6];       /* "KOM 19-042": the council's code before it */
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
    int agenda_inline;       /* the list stands inside a page's line
                                ("Dagsorden 1. …"): the text may name an
                                entry by its first words ("Næste møde.") */
    const char *toc_text;    /* a flattened table of contents' text
                                (mnt_flat_toc_text), NULL if none */
    size_t toc_len;
    unsigned list_depth; /* the shallowest nesting of the format's
                            numbered list items (mnt_listno_cand) */
    int untitled_cases;  /* Sagsnr. blocks (herning): most have a section
                            right under the case number, no title */
    size_t appendix;     /* first line of a list of attachments after the
                            last item (mnt_attachments_opens), 0 if none */
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
/* title_status.c: "Lukket sag", "Åbent punkt", "Åben" alone: an item's
 * status, no part of a title nor a heading of its own. */
int mnt_status_line(const struct mnt_line *l);
/* title_status.c: line i a lone "punkt"/"sag" beside a lone "Lukket"/"Åbent": a
 * right tab's status wrapped under its heading, no title's last word. */
int mnt_status_wrap_at(const struct mnt_doc *d, size_t i);
int mnt_generic_cand(const struct mnt_parser *p, size_t li, struct mnt_cand *c);
/* generic_shapes.c, for generic.c: a Roman number ("IV. Title", "II)
 * Title"), a number in brackets or an item's letter ("(3) Title", "[3]
 * Title", "C. Title") and the item's number over the case's running
 * number ("01/66 Title") at s[i], read into c; 1 if so. */
int mnt_roman_at(const char *s, size_t n, size_t i, struct mnt_cand *c);
int mnt_bracket_at(const char *s, size_t n, size_t i, struct mnt_cand *c);
int mnt_slash_at(const char *s, size_t n, size_t i, struct mnt_cand *c);
int mnt_year_number_at(const char *s, size_t n, size_t i, struct mnt_cand *c);
/* generic_apart.c: "(ØU 137/07)" at s[i..n) and nothing after it: the
 * sending committee's case number, no title; its length with the blanks
 * before it, else 0. */
size_t mnt_sent_on_ref_len(const char *s, size_t n, size_t i);
/* generic_apart.c: "Meddelelser / Sag nr. 24", "Godkendelse - punkt 3":
 * the number after the title, into c. */
int mnt_trailing_cand(const struct mnt_line *l, struct mnt_cand *c);
/* generic_apart.c: is the line right above li (no blank between) the
 * title of the bare number li: short, capitalised, not a section name,
 * a dated field, an attendee nor a sentence? */
int mnt_title_above_number(const struct mnt_parser *p, size_t li);
/* generic_apart.c: a label alone ("Sag nr. 1") with another alone right
 * above or below it: a contents table's column of labels, no heading. */
int mnt_label_column(const struct mnt_doc *d, size_t li, const char *prefix);
/* generic_apart.c: "Title" / "3" / "(Beslutning)": a title whose number stands
 * alone under it, then the heading's bracketed type (line li is the title's);
 * the number into *num, the type's line into *type. */
int mnt_number_under_title(const struct mnt_doc *d, size_t li, unsigned *num,
                           size_t *type);
/* generic_apart.c: the line where the title of heading c (its title alone on
 * its line) ends: the bracketed type under c's own number, which stood beside
 * the wrapped title, else c's line. Before `end`. */
size_t mnt_type_under_number(const struct mnt_doc *d, const struct mnt_cand *c,
                             size_t end);
/* Does s open with an ordinal and a lower-case word ("2. budgetopfølgning
 * …"), a title with no capital to start it? */
int mnt_ordinal_title(const char *s, size_t n);
/* "(KFU) Title": a title opening with a committee's code in brackets. */
int mnt_code_title(const char *s, size_t n);
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
/* "Sagsnr.: <code> Sagsfremstilling" at s[i] inside a flattened page:
 * an untitled item's head (candidates.c). */
int mnt_herning_head_at(const char *s, size_t n, size_t i);
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
/* A number alone over its title: "1" as a list entry of the format, its
 * title the next block, or a web page's number in an element of its own
 * over the heading of its title. */
int mnt_listed_number(const struct mnt_doc *d, size_t li, struct mnt_cand *c);
/* Is line li an entry of a numbered list under a bare "Bilag"? */
int mnt_attachment_entry(const struct mnt_doc *d, size_t li);
/* The number, sub-item letter and delimiter at s[i] into c; the offset
 * after them, or 0. max: digits allowed. */
size_t mnt_number_at(const char *s, size_t n, size_t i, size_t max,
                     struct mnt_cand *c);
/* "marts 2025": s starts with a month, so a number before it is a date. */
int mnt_is_month(const char *s, size_t n);
/* s ends like a person and party, "Lars Weiss (A)". */
int mnt_is_member(const char *s, size_t n);
/* "… Rosing.Punkt nummer: 2" at s[i]: a labelled heading glued to the
 * previous item's last full stop, ending the line (generic.c). */
int mnt_glued_label_at(const char *s, size_t n, size_t i);
/* Bytes of a separator at s[i]: ":", "-", an en or em dash; 0 if none. */
size_t mnt_separator(const char *s, size_t n, size_t i);
/* "Åbent punkt 3", "Lukket punkt 4": bytes of the status before
 * "punkt", the space included; 0 if none (candidates.c). */
size_t mnt_status_before_punkt(const char *s, size_t n);
/* A protocol's item head inside a flattened page at s[i] ("Åbent punkt
 * Kommunalbestyrelsen den , s.7 Title. 4 Sagsfremstilling …",
 * status_heads.c): the title's offset (0 if none), its number in *num
 * and its end in *tend. */
size_t mnt_status_page_head(const char *s, size_t n, size_t i, unsigned *num,
                            size_t *tend);
/* "(Åben)", "(Lukket)" at s[i]: bytes to skip (spaces after included). */
size_t mnt_status_mark(const char *s, size_t n, size_t i);
/* A line short enough for a heading (or cut out of a flattened page),
 * and no table-of-contents line. */
int mnt_heading_sized(const struct mnt_line *l);
/* Does s start with a capital (or "§", a quote)? */
int mnt_starts_upper(const char *s, size_t n);
/* Bytes of the run of capitals (A-Z, Æ, Ø, Å) opening s[0..n), read up
 * to max letters; how many into *letters. A code's, initials'. */
size_t mnt_caps_run(const char *s, size_t n, size_t max, size_t *letters);
/* The first code point of s[0..n), 0 if none. */
uint32_t mnt_first_cp(const char *s, size_t n);
/* A table-of-contents line: "Velkomst.....\t3", "Velkomst … 3". */
int mnt_is_toc_line(const char *s, size_t n);
/* Could s open a title: a letter, digit, quote, "(" or "§" (or nothing:
 * the title is on the next line)? */
int mnt_starts_title(const char *s, size_t n);
/* out (overwritten): a copy of src's n candidates from index `from`,
 * to choose a chain from while src is cut down. ERR_NOMEM. */
int mnt_cands_copy(const struct mnt_cands *src, size_t from, size_t n,
                   struct mnt_cands *out);
/* Do candidates b and c stand in pieces cut from one source line, b's
 * holding a sentence after its title ("3. Status. Gruppen har … 3a.
 * …"), so that c is no point right under b's heading? */
int mnt_text_after_heading(const struct mnt_parser *p, const struct mnt_cand *b,
                           const struct mnt_cand *c);
/* Every line `fn` accepts, outside the agenda list. ERR_NOMEM. */
int mnt_collect(const struct mnt_parser *p, mnt_cand_fn fn,
                struct mnt_cands *out);
#include "minutes/segment_inline.h"

#include "minutes/segment_chains.h"

/* sections.c: if the trimmed line is a section heading ("Beslutning",
 * "Resume:", "Beslutning: tekst"), store the heading's length in *name_len, the
 * offset of inline text after it in *text_off (== n when none) and
 * return 1. */
int mnt_section_heading(const char *s, size_t n, size_t *name_len,
                        size_t *text_off);
/* sections.c: is l a bare heading of a section only an item has
 * ("Beslutning", "Indstilling", "Sagsfremstilling")? */
int mnt_is_item_section(const struct mnt_line *l);
/* sections.c: does a title open with the name of a section an item
 * template numbers, alone or before its text ("Sagsfremstilling …")? */
int mnt_section_titled(const char *s, size_t n);
/* sections.c: cut lines[from..to) (skip0 bytes of the first left out)
 * into it->sections and build it->body from them. ERR_NOMEM. */
int mnt_split_sections(struct mnt_item *it, const struct mnt_doc *d,
                       size_t from, size_t to, size_t skip0);

#include "minutes/segment_titles.h"

/* layout_list.c: no heading prints a number: the format's list items
 * (Word numbering, <ol>) whose chain from 1 holds two or more, or three
 * one-item lists, replace *num. ERR_NOMEM. */
int mnt_list_numbered(struct mnt_parser *p, struct mnt_cands *num);
/* layout_list.c: the headings a Word template's list numbers replace
 * *num when their chain holds more than it (or as many, num a contents
 * list above them); one such heading alone replaces *gen when neither
 * chain holds two. ERR_NOMEM. */
int mnt_headings_numbered(struct mnt_parser *p, struct mnt_cands *num,
                          struct mnt_cands *gen);
/* layout_list.c: a printed chain b from n >= 4 after list entries that
 * each count from 1, at least n - 1 of them and none after: the first
 * n - 1 entries become b's points 1 .. n - 1 (the rest their text).
 * ERR_NOMEM. */
int mnt_ones_continued(struct mnt_parser *p, struct mnt_cands *b);
/* layout_lost.c: a chain that leaves out one number (80, 82) with
 * exactly one page opening with its running header and a title between
 * them: that page is the item left out. c->v is replaced. ERR_NOMEM. */
int mnt_lost_numbers(const struct mnt_parser *p, struct mnt_cands *c);
/* layout_lost.c: a page whose heading lost its number between items n
 * and n+2 of chain c is item n+1, one after the last item the next:
 * added to c. ERR_NOMEM. */
int mnt_fill_lost_numbers(const struct mnt_parser *p, struct mnt_cands *c);
/* layout_lost.c: the contents' last entry, its number run into the entry
 * before, whose page follows the agenda chain's last item: added to c. */
int mnt_page_after_agenda(const struct mnt_parser *p, struct mnt_cands *c);
/* layout_lost.c: the headings of chain g numbered on past the agenda
 * chain's last item, their titles in the contents without numbers (the
 * contents' last entries run together): added to c. */
int mnt_numbered_after_agenda(const struct mnt_parser *p, struct mnt_cands *c,
                              const struct mnt_cands *g);
/* layout_lost.c: closed items printed only as the contents' entries
 * before the agenda chain's first: added to c at their entries. */
int mnt_closed_entries(const struct mnt_parser *p, struct mnt_cands *c);
/* chain_unnumbered.c: the unnumbered items at the ends of a numbered
 * chain (`Emne Title` over the agenda's approval before the first, a
 * part in capitals the contents name after the last): added to c. */
int mnt_unnumbered_ends(const struct mnt_parser *p, struct mnt_cands *c);
/* chain_groups.c: a group's heading with no text of its own right over
 * its first lettered item ("4. Forespørgsler" / "04A Title", "Punkt 2:
 * Orienteringssager" / "Punkt 2a: Title") is no item: dropped from c. */
int mnt_drop_group_heads(const struct mnt_parser *p, struct mnt_cands *c);
/* chain_groups.c: is candidate j of v the first case of a group ("2a.
 * Title" right under "2. Orienteringssager", a heading that is a short
 * name), an item of its own by the section heading ("Sagsfremstilling",
 * "Beslutning") under it before the next candidate? */
int mnt_group_case(const struct mnt_parser *p, const struct mnt_cands *v,
                   size_t j);
/* chain_groups.c: does an item's own section heading ("Sagsfremstilling",
 * "Beslutning", mnt_is_item_section()) stand on a line of [a, e)? */
int mnt_item_section_between(const struct mnt_doc *d, size_t a, size_t e);

/* item_closed.c: a closed item is indexed by its title only: its body,
 * sections and attendees dropped, `closed` set. ERR_NOMEM. */
int mnt_close_item(struct mnt_item *it);
/* item_closed.c: is item it, headed by line head, closed ("Lukket punkt"
 * in the heading or title, "Punktet er lukket" opening the body, a status
 * line or cell)? A mark in the next item's title next (or NULL) where it
 * stands in it's heading or body is that item's. */
int mnt_item_is_closed(const struct mnt_item *it, const struct mnt_line *head,
                       const char *next);
/* item_closed.c: a closed item's page of its title alone on a
 * flattened page ("17 Journal nr.: Sag nr. 169 Skovbrynet Børnehave og
 * Vuggestue Lukket punkt. 17 / 21"): where the title starting at s[off]
 * ends, right before the mark that only the page's number follows, its
 * capitals as they stand (no sentence opens on such a page); 0 when
 * s[off..n) is no such page's rest. */
size_t mnt_closed_mark_end(const char *s, size_t n, size_t off);
/* item_closed.c: does s[0..n), after spaces, open with a closed item's
 * status cell as printed ("Lukket sag", "Lukket punkt")? */
int mnt_closed_cell_at(const char *s, size_t n);

/* item_closed.c: is line l a meeting's part heading: 1 closed ("Lukkede
 * dagsordenspunkter"), 2 open ("Åbne dagsordenspunkter"), else 0? */
int mnt_part_heading(const struct mnt_line *l);
/* item_closed.c: items of m after a closed part's heading (up to an open
 * part's heading) among the chosen headings c are closed. ERR_NOMEM. */
int mnt_close_parts(struct mnt_parser *p, const struct mnt_cands *c);
/* " 1.  1. Godkendelse …": a list's number shown beside the printed
 * one, so every title of m (two or more) opens with its item's number:
 * cut off. */
void mnt_titles_drop_doubled_number(struct mnt_meeting *m);
/* "1. ØK Låneoptagelse …", "2. BS Ny struktur …": the code of the
 * committee sending each case before every title of m (two or more) cut
 * off. */
void mnt_titles_drop_committee_codes(struct mnt_meeting *m);
/* Bytes of a committee's code opening title t[0..n) and the space after
 * it ("ØK ", "TMU " before a capitalised word with a small letter); 0 if
 * none. */
size_t mnt_committee_code_len(const char *t, size_t n);

/* page_header.c: bytes of a transcript page's number opening s[0..n)
 * (one to three digits) and the space after it: "12 Title" -> 3; 0 if
 * none. */
size_t mnt_page_number_len(const char *s, size_t n);
/* page_header.c: the running header that three or more pages of a
 * flattened transcript in a row open with after their number (whole
 * words, 12 bytes or more; 5 or more on four pages) into *h; 0 if none. */
int mnt_page_header(const struct mnt_doc *d, struct mnt_line *h);
/* page_header.c: a page that opens with the running header h, then an
 * item's title and its case file's fields: where the title starts; 0 if
 * line l is no such page. */
size_t mnt_after_header(const struct mnt_line *l, const struct mnt_line *h);
/* page_header.c: where the furniture ends in line l that opens with a
 * page's number and the running header h (and "Side", "Side 3" after it);
 * 0 if it opens with no such thing. */
size_t mnt_header_end(const struct mnt_line *l, const struct mnt_line *h);
/* page_header.c: past the page word at s[t] ("Side", "Side 3") and the
 * spaces after it; t if there is none. */
size_t mnt_after_page_word(const char *s, size_t n, size_t t);
/* page_header.c: an item with no case file ("Eventuelt Beslutning i …"):
 * its title's length where a section word follows it within 80 bytes
 * (no section first, no sentence's end before it); 0 if not. */
size_t mnt_title_before_section(const char *s, size_t n);

/* case_no.c: does s open with a journal group and a case's number
 * printed without labels, as a case file's field ("S00 13/712 Åben
 * sag", "18.14G01 13/855", "A00 13/20": a KL facet or a KLE number,
 * then a two-digit year, a slash and one to six digits)? */
int mnt_journal_case_at(const char *s, size_t n);
/* case_no.c: does s open with a case's number printed without a label
 * after a title on a flattened page ("… Skole 00.30.14-Ø00-8-18
 * Sagsfremstilling", "… dagsorden 85.02.02G00-0011 Behandling", "15.20G00
 * - 2013/01544", "2012-19921", "13/20411 00.01.00G01"), before a
 * capitalised word or the line's end? A KLE number, a case's number of
 * two separators or more, a year and a running number, or a bare case's
 * number before one of these: no title's words. */
int mnt_case_word_at(const char *s, size_t n);

/* page_heads.c: a transcript flattened to a line a page, one item a
 * page, the headings' numbers lost. Does text line li open with its
 * page's number, the lines around it opening with the pages before and
 * after it (three or more, one of them flattened)? */
int mnt_page_number_run(const struct mnt_doc *d, size_t li);
/* The running footer every page ends with before "Side N" ("Økonomiudvalg,
 * 19. april 2011 Side"), common to three pages or more: its length in
 * *fn (0 if none) and in *foot where it is. ERR_NOMEM if out of memory. */
int mnt_page_footer(const struct mnt_doc *d, const char **foot, size_t *fn);
/* Does page line li head an item: after its number (and a symbol font's
 * lone capital, "3 Ø …") a title that the contents' text toc[0..tn) names
 * followed by the item's first section (no case file's field first), or a
 * closed item's mark and title before the running footer foot[0..fn)?
 * The title's end, its start in *off, the number the contents print
 * before the title in *no (0 none); 0 if not. */
size_t mnt_page_head(const struct mnt_doc *d, size_t li, const char *toc,
                     size_t tn, const char *foot, size_t fn, size_t *off,
                     unsigned *no);
/* The number the contents' text toc[0..tn) prints just before the title
 * t[0..n) ("… 14. Budget 2017-2020 …": 14); 0 if it names the title with
 * no number or not at all. */
unsigned mnt_toc_number(const char *toc, size_t tn, const char *t, size_t n);
/* Does the contents' text name the title t[0..n) at all? */
int mnt_toc_names(const char *toc, size_t tn, const char *t, size_t n);
/* A page line li that opens with its number and a case type's letter
 * ("3 A Udtræden af … Byrådsmedlem …"), as three pages near it do, and
 * glues its title to the text with no section word: the title's end
 * (mnt_flat_end's), its start in *off, the contents' number before it in
 * *no (0 none); 0 if not. */
size_t mnt_page_letter_head(const struct mnt_parser *p, size_t li,
                            const char *foot, size_t fn, size_t *off,
                            unsigned *no);

/* page_named.c: does the title t[0..n) end in a case number's word of
 * digits and a slash ("Tilskud til … 10/10455")? */
int mnt_case_number_last(const char *t, size_t n);
/* page_named.c: the length of the title t[0..n) before the case
 * handler's name that follows it on its page ("Orientering fra formanden
 * Hanne Storgaard"): two or three capitalised words of letters at its
 * end the contents' text toc[0..tn) does not hold, the rest it holds
 * word for word; n if none. */
size_t mnt_name_after_title(const char *toc, size_t tn, const char *t,
                            size_t n);
/* page_named.c: a section's word at s (mnt_section_word_at()), or
 * "Beslutningstema" before its capitalised text? */
int mnt_section_or_theme_at(const char *s, size_t n);
/* page_named.c: a closed item's page under a running header, its text
 * from o the title the contents hold word for word and nothing else but
 * the link back ("12 <udvalg> Ansøgning om lån … Tilbage til toppen"):
 * the title's end, its start in *off, the contents' number in *no; 0 if
 * the page holds more. */
size_t mnt_page_title_alone(const struct mnt_line *l, size_t o, const char *toc,
                            size_t tn, size_t *off, unsigned *no);

/* case_no.c: is s[0..n) a case number alone on its line ("1-01-81-11-23",
 * "18.15.00Ø40-0011", "00.30S00 - 2016/04417", a First Agenda case's
 * "25-011392", with or without an empty " -" after it)? */
int mnt_case_number_line(const char *s, size_t n);
/* case_no.c: a case number near the top of the item (from line *body
 * to end) into it->case_no: a region's "1-01-81-11-23" on a line of its
 * own (a lone number line right after the title is consumed: *body
 * moves past it), or a "Sagsnr.: X" field, also without its colon or
 * over its value. ERR_NOMEM. */
int mnt_find_case_no(struct mnt_item *it, const struct mnt_doc *d, size_t *body,
                     size_t end);

/* items.c: an item's line range, OCR confidence, sections (from line
 * body, skip0 bytes of it being its heading's) and attendees, its
 * heading at line head, its text up to end. ERR_NOMEM. */
int mnt_item_text(struct mnt_item *it, const struct mnt_doc *d, size_t head,
                  size_t body, size_t end, size_t skip0);

/* items.c: one item per candidate of `c` (sorted by line). ERR_NOMEM. */
int mnt_build_items(struct mnt_parser *p, const struct mnt_cands *c,
                    enum mnt_style style);
/* item_whole.c: no headings, the whole text is one item. ERR_NOMEM. */
int mnt_whole_file_item(struct mnt_parser *p);
/* The flattened table of contents' last entry after the last item's
 * title ("… pårørenderåd Evt"), a page of its own missing: found after a
 * sentence's end near the end of the last item's text ("… om året. Evt
 * Intet."), it is one more item. ERR_NOMEM. */
int mnt_toc_tail_item(struct mnt_parser *p);
/* A title cut where a transcript's page line ends, in a preposition (title
 * ends in "fra", "til", …), taken whole from the flattened contents up to
 * the next item's title there (title_toc.c). */
int mnt_toc_cut_titles(struct mnt_parser *p);

/* confidence.c: m->confidence and warnings for suspect splits. */
int mnt_confidence(const struct mnt_parser *p, struct mnt_meeting *m);

#ifdef __cplusplus
}
#endif
#endif
