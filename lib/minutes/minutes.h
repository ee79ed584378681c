/* SPDX-License-Identifier: GPL-2.0-or-later */
/* minutes.h - split the text of one council meeting's minutes into agenda
 * items with their metadata (council, date, place, label, title, case
 * numbers, named sections, attendees). Knows the seed layouts (Region
 * Midtjylland "Punkt N:", Herning "Sagsnr.:", Odense "1." / "3a)",
 * Fredericia "N.") and falls back to a generic splitter with a warning. */
#ifndef REFERAT_MINUTES_MINUTES_H
#define REFERAT_MINUTES_MINUTES_H

#include <stddef.h>

#include "core/err.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Cap on one minutes file: a larger one is reported and skipped. */
#define MNT_FILE_MAX (64u << 20)
/* Bytes kept of the text before the first item (mnt_meeting.preamble). */
#define MNT_PREAMBLE_MAX (64u << 10)
/* Bytes of a sidecar's url. */
#define MNT_URL_MAX 2000u

struct mnt_section {
    char *name; /* as printed: "Resume", "Beslutning", "Sagsfremstilling" */
    char *text; /* cleaned text (mnt_clean) */
};

struct mnt_item {
    char *label;     /* as printed, lower-cased: "2", "3a"; Herning: the
                        ordinal of the Sagsnr. block */
    char *title;     /* heading text, wrapped lines joined, cleaned; NULL
                        when the heading has none (a warning says so) */
    char *case_no;   /* "27.12.00-G01-199-07", "1-01-81-11-23"; or NULL */
    char *attendees; /* attendance/absence text of this item, or NULL */
    char *staff;     /* who handles it, where the heading line names them
                        past the case number (Herning: "Sagsbehandler:
                        René Frahm Jørgensen"), or NULL */
    char *body;      /* all cleaned text of the item after the title
                        (every section, in order): what snippets use */
    unsigned first_line, last_line; /* 1-based, inclusive, in the source */
    struct mnt_section *sections;   /* named sections; text before the
                                       first heading is a section named "" */
    size_t nsections;
    int closed;     /* "Lukket punkt": title kept, body "" and no sections */
    float ocr_conf; /* mean OCR confidence (0..100) of its lines; -1 when
                       none were OCR'd */
};

struct mnt_meeting {
    char *council;        /* "Udsatterådet, Herning Kommune" */
    char *authority;      /* municipality or region: "Herning Kommune",
                             "Region Midtjylland" */
    char *date;           /* ISO 8601 "YYYY-MM-DD", or NULL if none found */
    char *place;          /* or NULL */
    char *layout;         /* "region", "herning", "odense", "fredericia",
                             "agenda" (headings found by the agenda list's
                             titles), "styled" (unnumbered format
                             headings), "sections" (no headings: items
                             open with "Åben" or a recurring first section
                             such as "Resume"), "gapped" (unnumbered
                             title lines set apart by wide gaps after
                             "Dagsorden:"), "generic" */
    char *attendees;      /* meeting-level participants/absentees, or NULL */
    char *council_source; /* how council was found: "header", "content",
                             "sidecar" */
    char *preamble;       /* cleaned text before the first item (at most
                             MNT_PREAMBLE_MAX bytes), or NULL */
    char *appendix;       /* cleaned text of a list of attachments after
                             the last item (at most MNT_PREAMBLE_MAX
                             bytes), or NULL */
    char *url;            /* where the minutes are published, from a
                             sidecar (set by the caller, freed by
                             mnt_meeting_fini()), or NULL */
    struct mnt_item *items;
    size_t nitems;
    char **warnings; /* human-readable, e.g. "unknown layout: one item per
                        heading"; also suspect splits: "item 3 spans 4000
                        lines", "numbering jumps from 4 to 9" */
    size_t nwarnings;
    double confidence;        /* 0..1: how sure the split is (1: a known layout,
                                 items numbered in sequence, each with text; less
                                 for an unknown layout, one item for the file,
                                 items of one line, huge items, jumps, missing
                                 titles, an agenda that disagrees, poor OCR) */
    size_t agenda_items;      /* entries of the agenda list found, 0 none */
    char *format;             /* the source's format (ext_doc.format): "txt",
                                 "html", "docx", "odt", "pdf"; or NULL */
    unsigned seq;             /* 1-based place of this meeting in its file: 1
                                 unless the file holds several */
    struct mnt_meeting *next; /* the file's next meeting when it holds
                                 several (a committee's year on one page, a
                                 monthly archive of minutes posts), each
                                 with its own date, attendance and items;
                                 owned (mnt_meeting_fini() frees the
                                 chain); NULL for the last */
};

/* Metadata given from outside (a sidecar file); NULL fields are inferred
 * from the text. Strings are borrowed. */
struct mnt_hints {
    const char *council;
    const char *authority;
    const char *date; /* YYYY-MM-DD */
    const char *place;
    const char *name; /* the file's name without its folders, or NULL: a
                         date or year in it places a date the text prints
                         without its year (never the date by itself) */
};

/* Parse UTF-8 minutes text into `out` (zeroed by the caller, freed with
 * mnt_meeting_fini() even on failure). Any non-empty text yields at least
 * one item. A text that clearly holds several meetings (one header shape
 * repeated with another date, the items numbered from 1 again under
 * each) gives one meeting each, chained by `next` from `out`, each with
 * the warning "several meetings in one file: meeting K of N". ERR_INVAL
 * only for text with no words at all. */
int mnt_parse(const char *text, size_t len, const struct mnt_hints *hints,
              struct mnt_meeting *out, struct err *e);
/* The one segmenter: split a document read by lib/extract (any format)
 * into items, using its style (format headings, bold or larger lines,
 * list items, table rows, pages) where it has any and the shape of the
 * text where not. mnt_parse() is ext_read_text() and this. Same contract
 * as mnt_parse(); `doc` is borrowed. */
struct ext_doc;
int mnt_parse_blocks(const struct ext_doc *doc, const struct mnt_hints *hints,
                     struct mnt_meeting *out, struct err *e);
void mnt_meeting_fini(struct mnt_meeting *m);

/* Clean a run of extracted text: join words hyphenated across line breaks
 * (also across blank lines: "ind-\n\nsats" -> "indsats") but keep real
 * hyphens ("Social- og Sundhedsudvalget", "F-ACT"); drop page footers
 * ("5/7", "Side 3 af 7") and lines of no-break spaces; join wrapped lines
 * into paragraphs. The caller frees the result with free(); NULL on
 * out-of-memory. */
char *mnt_clean(const char *text, size_t len);

/* 1 if the line s[0..n) (no newline) is one attendance statement, the
 * same phrases an item's `attendees` are taken by ("X, afdelingschef,
 * deltog under punktet", "Y havde meldt afbud"): one sentence, at most
 * 300 bytes. Its words say who came, not what the item is about. */
int mnt_line_is_attendance(const char *s, size_t n);

/* 1 if the line s[0..n) opens with a whole date ("23. marts 2023",
 * "9.6.2023", "2024-06-19", after spaces or a bullet): a row of a list of
 * dated entries, such as the meetings held and their topics. */
int mnt_line_starts_dated(const char *s, size_t n);

/* 1 if the line s[0..n) is a date alone, a weekday before it and a time
 * after it at most ("15. oktober 2019 kl. 17:00", "Tirsdag den 15-10-2019",
 * "April 3, 2019 - 18:00"): the meeting's day under a web archive's
 * committee name. */
int mnt_date_alone(const char *s, size_t n);

/* 1 if s[0..n) opens with a whole date, after a weekday and "den"/"d." at
 * most ("tirsdag den 7. maj 2024 kl. 16", "Tirsdag, 7 maj, 2024"). */
int mnt_date_opens(const char *s, size_t n);

/* Sidecar metadata: a file of "key: value" (or "key=value") lines
 * (council, authority, date, place, url; '#' comments). The caller frees
 * each non-NULL field with free() via mnt_sidecar_fini(). ERR_IO if
 * unreadable, ERR_INVAL on a bad line (a url must be http:// or https://,
 * without blanks, at most MNT_URL_MAX bytes). */
struct mnt_sidecar {
    char *council, *authority, *date, *place, *url;
};
int mnt_sidecar_load(const char *path, struct mnt_sidecar *out, struct err *e);
void mnt_sidecar_fini(struct mnt_sidecar *s);

#ifdef __cplusplus
}
#endif
#endif
