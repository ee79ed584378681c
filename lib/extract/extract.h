/* SPDX-License-Identifier: GPL-2.0-or-later */
/* extract.h - every input format (plain text, HTML, DOCX/ODT, PDF, scanned
 * PDF through OCR) becomes one intermediate form: a list of blocks, each a
 * paragraph-sized run of UTF-8 text with the style its format gave it
 * (heading level, bold, font size, list item, table cell, page). One
 * segmenter (lib/minutes, mnt_parse_blocks()) works on that form, so every
 * format's cues are used and plain text falls back on typography
 * heuristics. Nothing here splits minutes into items. */
#ifndef REFERAT_EXTRACT_EXTRACT_H
#define REFERAT_EXTRACT_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "core/err.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Bounds every reader keeps on hostile input (reported as ERR_LIMIT). */
#define EXT_BLOCKS_MAX 2000000u    /* blocks per document */
#define EXT_TEXT_MAX   (64u << 20) /* bytes of extracted text */
#define EXT_PAGES_MAX  2000u       /* PDF pages read */
#define EXT_DEPTH_MAX  256u        /* HTML/XML element nesting followed */
#define EXT_UNZIP_MAX  (64u << 20) /* bytes inflated from one DOCX/ODT part */

enum ext_kind {
    EXT_PARA = 0,   /* a paragraph (or, for plain text, one line) */
    EXT_HEADING,    /* marked as a heading by its format: h1-h6, Word
                       "Heading N" style, PDF line set larger than body */
    EXT_LIST_ITEM,  /* <li>, a Word numbered/bulleted paragraph */
    EXT_TABLE_CELL, /* one cell; `row_start` on the first of each row */
    EXT_BLANK,      /* an empty line of a plain text (keeps line numbers);
                       HTML: an <ol>'s entry of no text, its list_no kept */
};

struct ext_block {
    char *text; /* UTF-8, NUL-terminated; no '\n' except in EXT_PARA
                   of plain text (never: one line per block) */
    uint32_t len;
    uint8_t kind;      /* enum ext_kind */
    uint8_t level;     /* EXT_HEADING: 1 (largest) .. 6; else 0 */
    uint8_t bold;      /* the whole block is bold/strong */
    uint8_t row_start; /* EXT_TABLE_CELL: first cell of a table row */
    uint8_t italic;
    uint8_t list_depth; /* EXT_LIST_ITEM: 1 for an item of an outermost
                           list, 2 for one in a list nested in an item
                           (<ol> in <li>, Word's level 2) …; 0 unknown */
    uint8_t line_break; /* the block goes on the paragraph before it after
                           a forced line break (HTML <br>): a line the
                           page broke by hand, not a new paragraph */
    uint8_t pad_[1];
    float size;       /* font size in points (PDF, DOCX); 0 = unknown */
    uint32_t page;    /* 1-based page (PDF; DOCX page breaks), 0 unknown */
    uint32_t list_no; /* EXT_LIST_ITEM: its number in an ordered list as
                         the format counts it (Word numbering, <ol>), or 0;
                         a number printed in the text stays in `text`;
                         also an HTML <ol>'s empty entry (EXT_BLANK) */
    float conf;       /* OCR word confidence 0..100; -1 = not OCR */
    uint32_t line;    /* plain text: the 1-based line the block is from
                         when two-column pages are read column by column
                         (text_columns.c); 0: its place in the list */
};

struct ext_doc {
    struct ext_block *blocks;
    size_t nblocks, cap;
    size_t text_bytes; /* sum of the blocks' len + 1, kept by ext_add() so
                          the EXT_TEXT_MAX check is O(1) per block */
    char *format;      /* "txt", "html", "docx", "odt", "pdf", "ocr" */
    char *title;       /* <title>, PDF/DOCX document title; or NULL */
    char *site;        /* HTML: the publisher's own name (html_site.c) */
    char *head;        /* PDF: the first page's running header, dropped from
                          the blocks as furniture; it may be all that names
                          the municipality (`Thisted Kommune`) */
    float body_size;   /* most common font size over the text, 0 unknown */
    uint32_t npages;   /* PDF pages, 0 otherwise */
    double ocr_conf;   /* mean OCR confidence of OCR'd pages; -1 = none */
    char **warnings;   /* e.g. "page 3: OCR time budget exceeded" */
    size_t nwarnings;
};

/* Options of the readers that need them. */
struct ext_opts {
    int ocr;                /* OCR PDF pages without a text layer (1) */
    double ocr_page_budget; /* seconds per OCR'd page; 0 = default 30 */
    const char *ocr_lang;   /* tesseract language; NULL = "dan" */
    uint32_t max_pages;     /* 0 = EXT_PAGES_MAX */
    double ocr_doc_budget;  /* seconds of OCR per document; 0 = default 300:
                               then the remaining scanned pages are skipped
                               with a warning (a 2,000-page scan would take
                               hours) */
};

/* ---- building (extract.c) ---- */

void ext_doc_init(struct ext_doc *d);
void ext_doc_fini(struct ext_doc *d);
/* Append a block; `text` is copied (n bytes; invalid UTF-8 becomes
 * U+FFFD, control characters spaces, runs of white space one space,
 * leading/trailing white space dropped), returned so the caller can set
 * its style. An all-blank text gives no block (NULL, no error) unless
 * kind is EXT_BLANK. ERR_NOMEM/ERR_LIMIT through `e` (NULL returned). */
struct ext_block *ext_add(struct ext_doc *d, enum ext_kind kind,
                          const char *text, size_t n, struct err *e);
int ext_warn(struct ext_doc *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- readers: each fills an initialised `out` from the file's bytes ----
 * ERR_INVAL for a file that is not of the format (corrupt, encrypted),
 * ERR_LIMIT past a bound, ERR_NOMEM; the message names what went wrong
 * (the caller prefixes the file name). */

/* Plain text (UTF-8 or Latin-1, already converted): one block per line,
 * EXT_BLANK for empty lines; a line with tabs is a table row, one
 * EXT_TABLE_CELL per tab-separated cell (row_start on the first). So
 * line n of the file is the n-th block that is not a continuation cell. */
int ext_read_text(const char *text, size_t len, struct ext_doc *out,
                  struct err *e);
/* HTML through libxml2's HTML parser (html.c). */
int ext_read_html(const char *bytes, size_t len, struct ext_doc *out,
                  struct err *e);
/* DOCX (word/document.xml, styles, numbering) and ODT (content.xml)
 * through libzip + libxml2 (office.c). */
int ext_read_docx(const char *bytes, size_t len, struct ext_doc *out,
                  struct err *e);
int ext_read_odt(const char *bytes, size_t len, struct ext_doc *out,
                 struct err *e);
/* PDF through poppler-glib (pdf.c); pages without a text layer go to OCR
 * (ocr.c) when opts->ocr. */
int ext_read_pdf(const char *bytes, size_t len, const struct ext_opts *opts,
                 struct ext_doc *out, struct err *e);

/* The reader for a file name's extension ("txt", "html", "htm", "docx",
 * "odt", "pdf"), sniffing the bytes when the extension is unknown (a PDF
 * header, an HTML start, a DOCX/ODT zip); NULL if unsupported. */
const char *ext_format_of(const char *name, const char *bytes, size_t len);
/* Dispatch on `format` (ext_format_of()'s answer). */
int ext_read(const char *format, const char *bytes, size_t len,
             const struct ext_opts *opts, struct ext_doc *out, struct err *e);

/* Human-readable dump of the blocks (referat-index --dump-blocks):
 * one line per block, "page kind[level] b size | text". Caller frees. */
char *ext_dump(const struct ext_doc *d);

#ifdef __cplusplus
}
#endif
#endif
