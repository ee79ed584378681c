/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pdf_internal.h - the PDF reader's seams: pdf.c (poppler) and ocr.c
 * (tesseract) turn a page into characters or lines with boxes and style;
 * pdf_lines.c makes reading-order lines of a page's characters (columns
 * found by their gutter); pdf_blocks.c makes blocks of all pages' lines
 * (running headers and footers dropped, paragraphs, headings by
 * typography, hyphenation joined). The last two need no poppler, so tests
 * and fuzz/fuzz_pdf_lines.c drive them with made-up boxes. */
#ifndef REFERAT_EXTRACT_PDF_INTERNAL_H
#define REFERAT_EXTRACT_PDF_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "extract/extract.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Characters kept from one page: a hostile page of millions of glyphs is
 * cut there (with a warning) so memory stays bounded. */
#define PDF_PAGE_CHARS_MAX 200000u
/* Lines kept from one page (a real page has under 200), and from a
 * document (ERR_LIMIT past it): memory stays bounded. */
#define PDF_PAGE_LINES_MAX 5000u
#define PDF_LINES_MAX      400000u

/* A box in points, y growing down the page (poppler's text coordinates). */
struct pdf_box {
    float x1, y1, x2, y2;
};

/* One character as poppler reports it. `brk` marks poppler's own line
 * break before it ('\n' in the page text, never stored as a char). */
struct pdf_char {
    uint32_t cp;
    struct pdf_box box;
    float size;
    uint8_t bold;
    uint8_t brk;
};

/* One line of a page in reading order. `text` is UTF-8 owned by the
 * line set. `first_w` is the width of its first word (is the line before
 * it full, so that this word would not fit there?). */
struct pdf_line {
    char *text;
    uint32_t len;
    struct pdf_box box;
    float size;    /* font size of most of its characters */
    float first_w; /* width of the first word */
    float conf;    /* OCR confidence 0..100, -1 = text layer */
    uint32_t page; /* 1-based */
    uint8_t bold;  /* every non-blank character bold */
    uint8_t col;   /* 0 single column / left, 1 right, 2 spans both */
    float right;   /* right edge of the text of its column on its page */
};

struct pdf_lines {
    struct pdf_line *v;
    size_t n, cap;
};

void pdf_lines_fini(struct pdf_lines *ls);
/* Append a copy of a line (text copied). ERR_NOMEM, ERR_LIMIT past
 * PDF_LINES_MAX. */
int pdf_lines_add(struct pdf_lines *ls, const struct pdf_line *l);

/* Is a font name bold ("Arial-BoldMT", "Calibri,Bold", "Foo-Black",
 * "SemiboldItalic", "Heavy")? */
int pdf_font_is_bold(const char *name);

/* Reading-order lines of page `page` from its characters (poppler's
 * order; split where poppler ran two columns into one line). Two-column
 * pages (a vertical gutter free of characters down most of the text) come
 * left column first, then right, between the lines spanning both. At most
 * PDF_PAGE_LINES_MAX lines of a page are kept. ERR_NOMEM, ERR_LIMIT. */
int pdf_page_lines(const struct pdf_char *c, size_t n, uint32_t page,
                   struct pdf_lines *out, struct err *e);

/* A page's lines from `first` on (pdf_rows.c): a row's lead ("1.",
 * "Sagsnr.:") joined with the piece right of it (`t` scratch), and pieces
 * of a row that poppler gave out of place put after the pieces left of
 * them. ERR_NOMEM. */
int pdf_rows_join(struct pdf_lines *out, size_t first, struct buf *t);
int pdf_rows_place(struct pdf_lines *out, size_t first);

/* The gap between the wrapped lines of a paragraph of the body (size
 * `body`) in this document: the commonest gap under a full line (a line
 * the next word did not fit on), to the half point, when at least
 * PDF_WRAP_SEEN such gaps agree; else NAN (unknown). A template's space
 * between paragraphs is more than it (pdf_lines.c). */
#define PDF_WRAP_SEEN 3
float pdf_wrap_gap(const struct pdf_lines *ls, const unsigned char *drop,
                   float body);

/* pdf_edges.c: set drop[i] (the round + 1 that found it) for each line
 * that is a running header or footer, repeating at the top or bottom of
 * at least half the pages (two at least; digits aside: "Side 3 af 12"),
 * or a page number. -1 out of memory. */
int pdf_drop_edges(const struct pdf_lines *ls, uint32_t npages,
                   unsigned char *drop);
/* The first page's lines dropped above its first kept line, page numbers
 * left out, joined by " | " (`Thisted Kommune | Social- og
 * Sundhedsudvalget`), into *out (NULL if none). -1 out of memory. */
int pdf_first_head(const struct pdf_lines *ls, const unsigned char *drop,
                   char **out);

/* Blocks of the lines of `npages` pages into `d`: lines repeating at the
 * top or bottom of at least half the pages (digits aside: "Side 3 af 12")
 * dropped, wrapped lines joined into paragraphs (hyphenation by
 * ext_hyphen_join()), lines larger than the body size or bold and short
 * made headings leveled by size. Sets d->body_size. */
int pdf_blocks(const struct pdf_lines *ls, uint32_t npages, struct ext_doc *d,
               struct err *e);

/* A page image's table rules painted white before OCR (ocr_rules.c):
 * thin horizontal dark runs of an inch or more, and the vertical runs of
 * a cell's side that meet them. `px` is 4 bytes a pixel, `stride` bytes a
 * row. ERR_NOMEM (then the image is unchanged). */
int pdf_ocr_erase_rules(unsigned char *px, size_t w, size_t h, size_t stride,
                        double dpi);

/* A scan's specks painted white before OCR (ocr_rules.c): dark blots
 * that fit in 0.25 mm with white all round. Same image as above. */
void pdf_ocr_despeckle(unsigned char *px, size_t w, size_t h, size_t stride,
                       double dpi);

/* OCR of one page without a text layer (ocr.c): its lines (box in points,
 * size from the line height, conf) appended to `out`. `page` is a
 * PopplerPage *, kept void here so this header needs no glib. A page over
 * its time budget keeps its partial text and gets a warning in `d`; the
 * page's deadline is also cut to what is left of the document's budget,
 * and once that is spent pdf_ocr_spent() says so. */
struct pdf_ocr;
struct pdf_ocr *pdf_ocr_new(const struct ext_opts *opts, struct ext_doc *d,
                            struct err *e);
void pdf_ocr_free(struct pdf_ocr *o);
int pdf_ocr_spent(const struct pdf_ocr *o);
double pdf_ocr_doc_budget(const struct pdf_ocr *o);
int pdf_ocr_page(struct pdf_ocr *o, void *page, uint32_t pageno,
                 struct pdf_lines *out, struct ext_doc *d, struct err *e);

#ifdef __cplusplus
}
#endif
#endif
