/* SPDX-License-Identifier: GPL-2.0-or-later */
/* schema.h - the index layout in one place: term prefixes, value slots,
 * metadata keys and field weights. The indexer writes it, searchd reads
 * it; change it only together with INDEX_SCHEMA_VERSION. */
#ifndef REFERAT_XAP_SCHEMA_H
#define REFERAT_XAP_SCHEMA_H

/* Bump when terms or values change meaning: searchd refuses an index of
 * another version and the indexer rebuilds it. */
/* 15: stems of -ium/-eum nouns; lines naming another item at WDF_REF
 * 16: paragraph references (§16) as one term
 * 17: an item's caseworker from its heading line (Herning), in the body
 * and people field at WDF_HEADER; rows of a dated list at WDF_HEADER
 * 18: a completed suspended word (Bolig- og ...) only its exact form
 * 19: several meetings in one file (ids FILE#mK.N), and the segmenter of
 * stop 21: every file read again */
#define INDEX_SCHEMA_VERSION "19"

/* Free-text terms. Xapian convention: a field prefix, and "Z" before the
 * prefix for stemmed terms. Exact (folded) terms have positions in the
 * body, title and people fields (kept in the word stream, SLOT_WORDS),
 * so phrases match exact forms; stemmed terms have none, nor do compound
 * parts and the section copies (XB, XR), whose phrases are checked on
 * the body's positions. Compound parts have their own prefix before the
 * field's: XD<field prefix><part>, ZXD<field prefix><stem of the part>,
 * so a word's stem matches whole words only (Snowball stems "borgere" to
 * "borg", the part of "borgmester"): lib/query/word.c. */
#define PFX_STEM     "Z"  /* Z<prefix><stem> */
#define PFX_BODY     ""   /* every word of the item, title included */
#define PFX_TITLE    "S"  /* item title */
#define PFX_DECISION "XB" /* Beslutning section */
#define PFX_SUMMARY  "XR" /* Resume / Sagsresume / Indstilling */
#define PFX_PEOPLE   "XA" /* attendees and names in attendance lists */
#define PFX_PART     "XD" /* compound parts ("del"), before the field's */
/* XN<code>: the item's case number (folded) and its parts (lib/text
 * code.c: "29.00.00-a26-2-17", "29.00.00", "a26-2-17", ...), weighted, no
 * positions: the sagsnr: field, and plain queries of codes. */
#define PFX_CASENO "XN"

/* Boolean (filter) terms: never weighted. */
#define PFX_ID          "Q"  /* Q<item id>: unique, e.g. Qherning-...txt#3 */
#define PFX_FILE        "XP" /* XP<absolute path of the source file> */
#define PFX_COUNCIL     "XC" /* XC<folded word of council or authority> */
#define PFX_YEAR        "XY" /* XY2017 */
#define PFX_CASE        "XK" /* XK<case number as printed, lower-cased> */
#define PFX_LAYOUT      "XL" /* XLregion, XLherning, ... */
#define PFX_KIND        "XT" /* XTitem (agenda item), XTmeeting (meeting record) */
#define PFX_FLAG        "XF" /* XFattendance: an item that is only attendance */
#define FLAG_ATTENDANCE "attendance"

/* Document kinds (PFX_KIND terms, stored "kind"). Each meeting has one
 * meeting record (id "<name>#meeting": header, agenda, attendance) beside
 * its items; searches return items unless asked (lib/query/README.md). */
#define KIND_ITEM        "item"
#define KIND_MEETING     "meeting"
#define MEETING_ID_LABEL "meeting" /* the label part of a record's id */

/* Value slots. */
#define SLOT_DATE      0 /* "YYYYMMDD": date range filters, sorting */
#define SLOT_YEAR      1 /* "YYYY": year facet */
#define SLOT_COUNCIL   2 /* council display name: council facet */
#define SLOT_AUTHORITY 3 /* "Herning Kommune": authority facet */
/* Positions of the exact words, for phrases (lib/xap/wstream.hh; Xapian's
 * own position table is not used). */
#define SLOT_WORDS 4
/* Indexes with positions in Xapian's table only (shards): "YYYYMMDD" and
 * the item id, set by xap_wdb_add(). Hits of equal weight are ordered by
 * it (newest first), not by document id, so one index and its shards
 * (other document ids) give the same order. */
#define SLOT_ORDER 5

/* Metadata keys. */
#define META_SCHEMA      "referat:schema" /* INDEX_SCHEMA_VERSION */
#define META_FILE_PREFIX "referat:file:"  /* + path: "<sha256> <n> <name>" */
#define META_WORDS       "referat:words"  /* word table: lib/xap/xap_words.cc */
/* the word stream format (lib/xap/wstream.hh: WSTREAM_VERSION) */
#define META_WSTREAM "referat:wstream"
/* "xapian": positions in Xapian's own table, with a termlist (an index
 * for stock xapian-tcpsrv shards, referat-index --positions xapian);
 * unset: word streams in SLOT_WORDS (xap.h enum xap_positions). */
#define META_POSITIONS   "referat:positions"
#define POSITIONS_XAPIAN "xapian"

/* Stored data: each document's JSON object (indexer/docbuild.c writes
 * it; searchd, the client and --dump read it). Its keys, one definition
 * each: */
#define DATA_ID         "id"
#define DATA_KIND       "kind"
#define DATA_MEETING    "meeting"
#define DATA_FILE       "file"
#define DATA_PATH       "path"
#define DATA_URL        "url"
#define DATA_COUNCIL    "council"
#define DATA_AUTHORITY  "authority"
#define DATA_DATE       "date"
#define DATA_PLACE      "place"
#define DATA_LAYOUT     "layout"
#define DATA_FORMAT     "format"
#define DATA_CONFIDENCE "confidence"
#define DATA_CLOSED     "closed"
#define DATA_OCR_CONF   "ocr_conf"
#define DATA_WARNINGS   "warnings"
#define DATA_LABEL      "label"
#define DATA_TITLE      "title"
#define DATA_CASE       "case"
#define DATA_FIRST_LINE "first_line"
#define DATA_LAST_LINE  "last_line"
#define DATA_ATTENDEES  "attendees"
#define DATA_SECTIONS   "sections"
#define DATA_TEXT       "text"
#define DATA_ITEMS      "items"
/* each of DATA_SECTIONS: a section's name and its text as a byte range
 * of DATA_TEXT (searchd answers with DATA_SEC_TEXT instead) */
#define DATA_SEC_NAME   "name"
#define DATA_SEC_START  "start"
#define DATA_SEC_LENGTH "length"
#define DATA_SEC_TEXT   "text"

/* Within-document frequency increments: how much one occurrence counts.
 * BM25 saturates on wdf, so these act as field weights: a title or a
 * decision counts more than a passing mention, and a compound part counts
 * less than the word on its own. */
#define WDF_BODY 2 /* a word in the text */
#define WDF_PART 1 /* a compound part: this much per WDF_BODY */
/* a word of a header line ("Sagsbehandler:", "Fra:", "Afbud:": indexer/
 * header.c) or of an item that is only attendance: found, but below the
 * item's own text, and no field's extra */
#define WDF_HEADER 1
/* a word of a line naming another item of the meeting ("• 3b: Valg" in
 * an overview item: indexer/header.c): the item matches it (phrases,
 * NOT) but ranks for it only by its other words */
#define WDF_REF      0
#define WDF_TITLE    6 /* extra for a word in the title */
#define WDF_DECISION 2 /* extra for a word in Beslutning */
#define WDF_SUMMARY  1 /* extra for a word in Resume/Indstilling */
#define WDF_CASENO   2 /* the item's case number or a part of it */

#endif
