/* SPDX-License-Identifier: GPL-2.0-or-later */
/* office.c - DOCX -> blocks (extract.h): word/document.xml read as a
 * stream, paragraph styles from word/styles.xml (heading levels from
 * outlineLvl or the style's name, "Heading 1" or Danish "Overskrift 1",
 * bold and size through basedOn), numbering from word/numbering.xml, the
 * title from docProps/core.xml. Headers, footers, footnotes, comments and
 * deleted text are other parts or skipped elements, so they never show. */
#include "extract/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/office_internal.h"

#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"

/* The walk over word/document.xml. */
struct dwalk {
    struct docx *x;
    struct ext_doc *d;
    struct office_para para;
    struct office_pos pos;
    char *pstyle;     /* the paragraph's w:pStyle */
    int num_id, ilvl; /* its w:numPr (-1: none given) */
    int outline;      /* its w:outlineLvl, -1 none */
    int resolved;     /* kind, level and number settled */
    int in_ppr, in_rpr, in_t;
    int run_bold; /* -1 unset */
    float run_size;
    char *rstyle;
    unsigned skip_depth; /* >0: inside a skipped element at this depth */
};

/* Settle the paragraph's kind, heading level and list number, once its
 * properties are read (at its first run or its end). */
static void para_resolve(struct dwalk *w)
{
    if (w->resolved)
        return;
    w->resolved = 1;
    const struct wstyle *s = docx_style_of(w->x, w->pstyle);
    int level = w->outline >= 0 && w->outline < 9
                    ? (w->outline >= 6 ? 6 : w->outline + 1)
                    : (s != NULL ? s->level : 0);
    int num_id = w->num_id >= 0 ? w->num_id : (s != NULL ? s->num_id : -1);
    int ilvl = w->num_id >= 0 ? w->ilvl : (s != NULL ? s->ilvl : 0);
    uint32_t no = num_id > 0 ? docx_count_item(w->x, num_id, ilvl) : 0;
    if (level > 0)
        w->para.kind = EXT_HEADING, w->para.level = (unsigned)level;
    else if (num_id > 0)
        w->para.kind = EXT_LIST_ITEM;
    w->para.list_no = no;
    w->para.list_depth = no > 0 ? (uint8_t)(ilvl + 1) : 0;
}

static int run_bold(const struct dwalk *w)
{
    if (w->run_bold >= 0)
        return w->run_bold;
    const struct wstyle *r = docx_style_of(w->x, w->rstyle);
    if (r != NULL && r->bold >= 0)
        return r->bold;
    const struct wstyle *p = docx_style_of(w->x, w->pstyle);
    return p != NULL && p->bold > 0;
}

static float run_size(const struct dwalk *w)
{
    if (w->run_size > 0)
        return w->run_size;
    const struct wstyle *r = docx_style_of(w->x, w->rstyle);
    if (r != NULL && r->size > 0)
        return r->size;
    const struct wstyle *p = docx_style_of(w->x, w->pstyle);
    return p != NULL && p->size > 0 ? p->size : w->x->default_size;
}

static int add_text(struct dwalk *w, const char *s, size_t n, struct err *e)
{
    para_resolve(w);
    return office_para_text(&w->para, s, n, run_bold(w), run_size(w), e);
}

/* A line or page break inside a paragraph ends a block; the rest of the
 * paragraph keeps its style (a heading stays a heading) but not its
 * number. */
static int para_break(struct dwalk *w, int page, struct err *e)
{
    para_resolve(w);
    enum ext_kind kind = w->para.kind;
    unsigned level = w->para.level;
    size_t had = w->d->nblocks;
    int rc = office_para_flush(&w->para, &w->pos, w->d, e);
    if (kind == EXT_HEADING)
        w->para.kind = kind, w->para.level = level;
    /* a line broken by hand (Shift+Enter) inside the paragraph */
    w->para.after_br = !page && w->d->nblocks > had;
    if (page)
        w->pos.page++;
    return rc;
}

static void para_start(struct dwalk *w)
{
    free(w->pstyle);
    w->pstyle = NULL;
    w->num_id = -1, w->ilvl = 0, w->outline = -1, w->resolved = 0;
}

/* Elements whose content is never text of the document. */
static int skipped(xmlTextReaderPtr r)
{
    return office_is(r, "delText", W_NS) || office_is(r, "instrText", W_NS) ||
           office_is(r, "del", W_NS) || office_is(r, "Fallback", MC_NS) ||
           office_is(r, "commentReference", W_NS);
}

/* A property of the paragraph inside its w:pPr (style, list, outline
 * level, page break before): 1 if `r` was one. */
static int ppr_prop(struct dwalk *w, xmlTextReaderPtr r)
{
    char *v = docx_wval(r);
    int done = 1;
    if (!w->in_rpr && office_is(r, "pStyle", W_NS)) {
        free(w->pstyle);
        w->pstyle = v != NULL ? strdup(v) : NULL;
    } else if (office_is(r, "numId", W_NS)) {
        w->num_id = (int)(office_u32_or(v, 0) & 0x7FFFFFFF);
    } else if (office_is(r, "ilvl", W_NS)) {
        w->ilvl = (int)office_u32_or(v, 0) % DOCX_LEVELS;
    } else if (office_is(r, "outlineLvl", W_NS)) {
        w->outline = (int)office_u32_or(v, 9) % 10;
    } else if (office_is(r, "pageBreakBefore", W_NS)) {
        if (office_on(v))
            w->pos.page++;
    } else {
        done = 0;
    }
    xmlFree(v);
    return done;
}

/* A property of the run inside its w:rPr (bold, size, style): 1 if `r`
 * was one. */
static int rpr_prop(struct dwalk *w, xmlTextReaderPtr r)
{
    char *v = docx_wval(r);
    int done = 1;
    if (office_is(r, "b", W_NS)) {
        w->run_bold = office_on(v);
    } else if (office_is(r, "sz", W_NS)) {
        w->run_size = (float)office_u32_or(v, 0) / 2;
    } else if (office_is(r, "rStyle", W_NS)) {
        free(w->rstyle);
        w->rstyle = v != NULL ? strdup(v) : NULL;
    } else {
        done = 0;
    }
    xmlFree(v);
    return done;
}

static int on_elem(struct dwalk *w, xmlTextReaderPtr r, struct err *e)
{
    int empty = xmlTextReaderIsEmptyElement(r);
    struct office_pos *pos = &w->pos;
    char *v = NULL;
    int rc = ERR_OK;
    if (skipped(r)) {
        office_skip_from(r, &w->skip_depth);
    } else if (office_is(r, "p", W_NS)) {
        if (w->para.text.len > 0) /* a text box inside a paragraph */
            rc = office_para_flush(&w->para, pos, w->d, e);
        para_start(w);
    } else if (office_is(r, "pPr", W_NS)) {
        w->in_ppr = !empty;
    } else if (office_is(r, "rPr", W_NS)) {
        w->in_rpr = !empty;
    } else if (w->in_ppr && ppr_prop(w, r)) {
        /* a paragraph property, read */
    } else if (office_is(r, "r", W_NS)) {
        w->run_bold = -1, w->run_size = 0;
        free(w->rstyle);
        w->rstyle = NULL;
    } else if (w->in_rpr && !w->in_ppr && rpr_prop(w, r)) {
        /* a run property, read */
    } else if (office_is(r, "t", W_NS)) {
        w->in_t = !empty;
    } else if (office_is(r, "tab", W_NS) && !w->in_ppr) {
        rc = add_text(w, " ", 1, e);
    } else if (office_is(r, "noBreakHyphen", W_NS)) {
        rc = add_text(w, "-", 1, e);
    } else if (office_is(r, "br", W_NS) || office_is(r, "cr", W_NS)) {
        v = office_attr(r, "type", W_NS);
        rc = para_break(w, v != NULL && strcmp(v, "page") == 0, e);
    } else if (office_is(r, "tbl", W_NS)) {
        office_table_open(pos);
    } else if (office_is(r, "tr", W_NS)) {
        pos->row_pending = 1;
    } else if (office_is(r, "tc", W_NS)) {
        office_cell_open(pos, empty);
    }
    xmlFree(v);
    return rc;
}

static int on_end(struct dwalk *w, xmlTextReaderPtr r, struct err *e)
{
    struct office_pos *pos = &w->pos;
    if (office_is(r, "p", W_NS)) {
        para_resolve(w);
        int rc = office_para_flush(&w->para, pos, w->d, e);
        para_start(w);
        return rc;
    }
    if (office_is(r, "pPr", W_NS))
        w->in_ppr = 0;
    else if (office_is(r, "rPr", W_NS))
        w->in_rpr = 0;
    else if (office_is(r, "t", W_NS))
        w->in_t = 0;
    else if (office_is(r, "tc", W_NS))
        office_cell_close(pos);
    else if (office_is(r, "tbl", W_NS))
        office_table_close(pos);
    return ERR_OK;
}

static int read_body(struct docx *x, const struct buf *b, const char *part,
                     struct ext_doc *d, struct err *e)
{
    xmlTextReaderPtr r = office_xml_open(b);
    if (r == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    struct dwalk w = {.x = x, .d = d, .run_bold = -1};
    w.pos.page = 1;
    para_start(&w);
    int rc;
    while ((rc = office_xml_next(r, part, e)) > 0) {
        if (office_skipping(r, &w.skip_depth))
            continue;
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_ELEMENT)
            rc = on_elem(&w, r, e);
        else if (type == XML_READER_TYPE_END_ELEMENT)
            rc = on_end(&w, r, e);
        else if (w.in_t && (type == XML_READER_TYPE_TEXT ||
                            type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
            const char *s = (const char *)xmlTextReaderConstValue(r);
            rc = s != NULL ? add_text(&w, s, strlen(s), e) : ERR_OK;
        }
        if (rc < 0)
            break;
    }
    if (rc == 0) /* a last paragraph never closed cannot happen in XML */
        rc = ERR_OK;
    free(w.pstyle);
    free(w.rstyle);
    office_para_fini(&w.para);
    xmlFreeTextReader(r);
    return rc;
}

/* Read an optional part into a parser; ERR_NOTFOUND is no error. */
static int optional_part(zip_t *z, const char *name, struct docx *x,
                         int (*parse)(struct docx *, const struct buf *,
                                      struct err *),
                         struct err *e)
{
    struct buf b = {0};
    int rc = office_zip_read(z, name, &b, e);
    if (rc == ERR_NOTFOUND) {
        err_clear(e);
        rc = ERR_OK;
    } else if (rc == ERR_OK)
        rc = parse(x, &b, e);
    buf_fini(&b);
    return rc;
}

#define RELS_NS       "http://schemas.openxmlformats.org/package/2006/relationships"
#define MAIN_PART_MAX 200

/* The main part's name from _rels/.rels: word/document.xml almost
 * always, but documents made in Word Online are word/document2.xml. */
static void main_part(zip_t *z, char *name, size_t cap)
{
    snprintf(name, cap, "word/document.xml");
    struct buf b = {0};
    xmlTextReaderPtr r = NULL;
    if (office_zip_read(z, "_rels/.rels", &b, NULL) != ERR_OK ||
        (r = office_xml_open(&b)) == NULL) {
        buf_fini(&b);
        return;
    }
    while (office_xml_next(r, "_rels/.rels", NULL) > 0) {
        if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT ||
            !office_is(r, "Relationship", RELS_NS))
            continue;
        char *type = (char *)xmlTextReaderGetAttribute(r, BAD_CAST "Type");
        char *target = (char *)xmlTextReaderGetAttribute(r, BAD_CAST "Target");
        size_t tl = type != NULL ? strlen(type) : 0;
        int is_main = tl > 15 && strcmp(type + tl - 15, "/officeDocument") == 0;
        if (is_main && target != NULL && target[0] != '\0' &&
            strlen(target) < MAIN_PART_MAX && strstr(target, "..") == NULL)
            snprintf(name, cap, "%s", target + (target[0] == '/'));
        xmlFree(type);
        xmlFree(target);
        if (is_main)
            break;
    }
    xmlFreeTextReader(r);
    buf_fini(&b);
}

int ext_read_docx(const char *bytes, size_t len, struct ext_doc *out,
                  struct err *e)
{
    if (out->nblocks > 0)
        return err_set(e, ERR_INVAL, "document already holds blocks");
    zip_t *z = NULL;
    int rc = office_zip_open(bytes, len, &z, e);
    if (rc != ERR_OK)
        return rc;
    struct docx x = {0};
    struct ext_doc d;
    ext_doc_init(&d);
    struct buf body = {0};
    x.styles = calloc(DOCX_STYLES_MAX, sizeof *x.styles);
    x.nums = calloc(DOCX_NUMS_MAX, sizeof *x.nums);
    x.abss = calloc(DOCX_NUMS_MAX, sizeof *x.abss);
    if (x.styles == NULL || x.nums == NULL || x.abss == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    if (rc == ERR_OK)
        rc = optional_part(z, "word/styles.xml", &x, docx_read_styles, e);
    if (rc == ERR_OK)
        rc = optional_part(z, "word/numbering.xml", &x, docx_read_numbering, e);
    char part[MAIN_PART_MAX + 1];
    if (rc == ERR_OK) {
        docx_resolve_styles(&x);
        main_part(z, part, sizeof part);
        rc = office_zip_read(z, part, &body, e);
        if (rc == ERR_NOTFOUND)
            rc = err_set(e, ERR_INVAL, "not a DOCX: no <%s>", part);
    }
    if (rc == ERR_OK)
        rc = read_body(&x, &body, part, &d, e);
    if (rc == ERR_OK)
        office_read_title(z, "docProps/core.xml", &d);
    buf_fini(&body);
    docx_fini(&x);
    office_zip_close(z);
    return office_finish(out, &d, "docx", rc, e);
}
