/* SPDX-License-Identifier: GPL-2.0-or-later */
/* office_internal.h - what the DOCX (office.c) and ODT (office_odt.c)
 * readers share: bounded reading of zip parts, a streaming XML reader
 * without network, DTD or entity expansion, and the paragraph builder;
 * and DOCX's styles and numbering (office_styles.c). */
#ifndef REFERAT_EXTRACT_OFFICE_INTERNAL_H
#define REFERAT_EXTRACT_OFFICE_INTERNAL_H

#include <libxml/xmlreader.h>
#include <stddef.h>
#include <zip.h>

#include "core/buf.h"
#include "extract/extract.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Entries in one DOCX/ODT: real ones hold tens; a zip of millions of
 * entries is an attack on the central directory reader. */
#define OFFICE_ENTRIES_MAX 20000
/* Table nesting followed for cell styling. */
#define OFFICE_TABLES_MAX 16

/* Open the zip in `bytes` (borrowed until office_zip_close()). ERR_INVAL
 * if it is not a zip or is damaged, ERR_LIMIT past OFFICE_ENTRIES_MAX. */
int office_zip_open(const char *bytes, size_t len, zip_t **out, struct err *e);
void office_zip_close(zip_t *z);
/* Inflate the part `name` into `out`, in chunks, stopping with ERR_LIMIT
 * once EXT_UNZIP_MAX bytes are declared or actually inflated.
 * ERR_NOTFOUND if there is no such part, ERR_INVAL if it is corrupt. */
int office_zip_read(zip_t *z, const char *name, struct buf *out, struct err *e);

/* A streaming reader over `b` (no network, no DTD, entities not
 * expanded); NULL when out of memory. */
xmlTextReaderPtr office_xml_open(const struct buf *b);
/* Next node: 1, 0 at the end; ERR_INVAL for XML that is not well formed
 * and ERR_LIMIT for elements nested past EXT_DEPTH_MAX (message names
 * `part`). */
int office_xml_next(xmlTextReaderPtr r, const char *part, struct err *e);
/* An attribute's value (caller frees with xmlFree), by local name in
 * namespace `ns`. */
char *office_attr(xmlTextReaderPtr r, const char *name, const char *ns);
/* Is the current node the element `local` in namespace `ns`? */
int office_is(xmlTextReaderPtr r, const char *local, const char *ns);

/* One paragraph being collected, then appended as a block. */
struct office_para {
    struct buf text;
    size_t solid, solid_bold; /* non-blank bytes, and those in bold */
    float size;               /* of the first non-blank run */
    enum ext_kind kind;
    unsigned level;     /* heading level */
    uint32_t list_no;   /* Word/ODF numbering, also on numbered headings */
    uint8_t list_depth; /* its numbering level + 1, 0 none */
    uint8_t after_br;   /* a line break (w:br, text:line-break) ended the
                           block before it in this paragraph: the next
                           block is marked ext_block.line_break */
};

/* Where the walk stands in tables and pages. */
struct office_pos {
    uint32_t page;
    unsigned tables; /* open tables */
    int row_pending; /* a row began; its first cell is not out */
    unsigned char cell_out[OFFICE_TABLES_MAX]; /* per table: cell's first
                                                  block is out */
    unsigned char in_cell[OFFICE_TABLES_MAX];
};

/* Add run text; `bold` and `size` are the run's style. */
int office_para_text(struct office_para *p, const char *s, size_t n, int bold,
                     float size, struct err *e);
/* Append the paragraph (if not blank) as a block styled by its kind and
 * the table it is in, then empty it for the next (kind back to EXT_PARA).
 * Each block carries the page it is on. */
int office_para_flush(struct office_para *p, struct office_pos *pos,
                      struct ext_doc *d, struct err *e);
void office_para_fini(struct office_para *p);

/* dc:title of the metadata part (docProps/core.xml, meta.xml) into
 * d->title if it has none; a missing or broken part is no error. */
void office_read_title(zip_t *z, const char *part, struct ext_doc *d);
/* End of a reader: on rc == ERR_OK set out's format and move `d`'s
 * blocks into `out`; otherwise drop `d`. Returns the outcome. */
int office_finish(struct ext_doc *out, struct ext_doc *d, const char *format,
                  int rc, struct err *e);

/* A "true" value of an on/off property: absent, "1", "true", "on". */
int office_on(const char *v);
/* A numeric attribute value, or `dflt` when absent or not a number. */
uint32_t office_u32_or(const char *s, uint32_t dflt);

/* Table structure as the walk meets it. Tables nested past
 * OFFICE_TABLES_MAX are counted but their cells are not styled; a cell
 * written as an empty element (`empty`) holds nothing. */
void office_table_open(struct office_pos *pos);
void office_table_close(struct office_pos *pos);
void office_cell_open(struct office_pos *pos, int empty);
void office_cell_close(struct office_pos *pos);

/* Skipping an element's subtree (headers, deleted text, notes): start
 * with office_skip_from() at its start tag; office_skipping() is 1 for
 * every node inside it, up to and including its end tag. */
void office_skip_from(xmlTextReaderPtr r, unsigned *skip_depth);
int office_skipping(xmlTextReaderPtr r, unsigned *skip_depth);

/* ---- DOCX: styles.xml and numbering.xml (office_styles.c), for the walk
 * over document.xml (office.c) ------------------------------------------ */

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#define DOCX_STYLES_MAX 4096 /* styles kept; real documents have hundreds */
#define DOCX_NUMS_MAX   4096 /* numbering instances kept */
#define DOCX_LEVELS     9    /* Word's list levels */
#define DOCX_BASED_MAX  16   /* basedOn hops followed */

struct wstyle {
    char *id, *based;
    int level;        /* heading level 1..6 from outline or name; 0 none */
    int outline;      /* its w:outlineLvl 0..9 (9: body text); -1 unset */
    int name_level;   /* the level its name says ("Overskrift 2"), or 0 */
    int bold;         /* -1 unset */
    float size;       /* points; 0 unset */
    int num_id, ilvl; /* numbering the style applies; num_id -1 unset */
};

/* Word counts a list on its abstract numbering: every w:num of one
 * w:abstractNum continues the same count, and a w:num's startOverride
 * restarts it where that w:num is first used (LibreOffice saves a list
 * whose numbering is set anew mid-way so, as Word does). */
struct wnum {
    uint32_t id, abs;
    int32_t start_over[DOCX_LEVELS]; /* -1 none */
    uint32_t count[DOCX_LEVELS];     /* when no abstract is found */
    unsigned char used[DOCX_LEVELS]; /* its startOverride has been applied */
};

struct wabs {
    uint32_t id;
    uint32_t start[DOCX_LEVELS];
    unsigned char bullet[DOCX_LEVELS];
    uint32_t count[DOCX_LEVELS];
};

struct docx {
    struct wstyle *styles;
    size_t nstyles;
    float default_size;
    struct wnum *nums;
    size_t nnums;
    struct wabs *abss;
    size_t nabss;
};

/* w:val of the current element (caller frees with xmlFree()). */
char *docx_wval(xmlTextReaderPtr r);
/* word/styles.xml into x->styles (room for DOCX_STYLES_MAX), sorted by
 * id; the caller then calls docx_resolve_styles(). */
int docx_read_styles(struct docx *x, const struct buf *b, struct err *e);
/* Follow basedOn so each style carries what it inherits, and set each
 * style's heading level. */
void docx_resolve_styles(struct docx *x);
/* word/numbering.xml into x->nums and x->abss (DOCX_NUMS_MAX each). */
int docx_read_numbering(struct docx *x, const struct buf *b, struct err *e);
/* The style of id `id` (may be NULL), or NULL. */
const struct wstyle *docx_style_of(const struct docx *x, const char *id);
/* The number Word shows for the next paragraph of list `num_id` at
 * `ilvl` (counting it), or 0 for bullets and unknown lists. */
uint32_t docx_count_item(struct docx *x, int num_id, int ilvl);
void docx_fini(struct docx *x);

#ifdef __cplusplus
}
#endif
#endif
