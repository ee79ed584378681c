/* SPDX-License-Identifier: GPL-2.0-or-later */
/* office_odt.c - ODT -> blocks (extract.h): content.xml read as a stream;
 * text:h gives headings (outline level), text:p paragraphs, text:list
 * items numbered as their list style counts, table cells; bold and size
 * from paragraph and span styles (styles.xml and the automatic styles);
 * the title from meta.xml. Notes, annotations and tracked deletions are
 * skipped. */
#include "extract/extract.h"

#include <stdlib.h>
#include <string.h>

#include "extract/office_internal.h"

#define TEXT_NS   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define STYLE_NS  "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define FO_NS     "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define TABLE_NS  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define DC_NS     "http://purl.org/dc/elements/1.1/"

#define ODT_STYLES_MAX 4096
#define ODT_LEVELS     10 /* list nesting levels ODF numbers */
#define ODT_SPANS      16 /* nested spans whose style is followed */
#define ODT_PARENT_MAX 16 /* parent-style hops followed */

struct ostyle {
    char *name, *parent;
    int level;  /* default-outline-level, 0 none */
    int bold;   /* -1 unset */
    float size; /* points, 0 unset */
    float pct;  /* a size given as a percentage of the parent's, 0 none */
    int brk;    /* paragraph breaks a page: 1 before, 2 after; -1 unset */
    /* list styles: per level, numbered (1) or bullet (0), start value */
    unsigned char numbered[ODT_LEVELS];
    uint32_t start[ODT_LEVELS];
    int is_list;
};

struct odt {
    struct ostyle *styles;
    size_t nstyles;
    struct ostyle *cur;          /* the style whose properties are being read */
    struct ostyle dflt;          /* the paragraphs' default style (no name) */
    struct ostyle outline;       /* text:outline-style: chapter numbering */
    uint32_t ocount[ODT_LEVELS]; /* its count per outline level */
    struct ext_doc *d;
    struct office_para para;
    struct office_pos pos;
    int in_body, in_para, para_style_bold;
    float para_style_size;
    int span_bold[ODT_SPANS];
    float span_size[ODT_SPANS];
    unsigned spans;
    unsigned lists; /* open text:list elements */
    const struct ostyle *list_style;
    uint32_t count[ODT_LEVELS];
    int item_pending; /* a list item's first paragraph is due */
    uint32_t item_no;
    uint8_t item_depth; /* the item's list nesting, 1 outermost */
    int break_after;    /* the open paragraph ends its page */
    unsigned skip_depth;
};

static int ostyle_cmp(const void *a, const void *b)
{
    return strcmp(((const struct ostyle *)a)->name,
                  ((const struct ostyle *)b)->name);
}

static const struct ostyle *ostyle_of(const struct odt *o, const char *name)
{
    if (name == NULL || o->nstyles == 0)
        return NULL;
    struct ostyle k = {.name = (char *)name};
    return bsearch(&k, o->styles, o->nstyles, sizeof k, ostyle_cmp);
}

/* Bold, size and outline level of style `name`, following its parents
 * (LibreOffice's automatic "P3" styles are children of "Heading 1"). A
 * size given in percent scales the parent's (LibreOffice's "Heading 1"
 * is 130% of "Heading"); the default style's size is the last parent,
 * as Word's document defaults are. */
static void style_look(const struct odt *o, const char *name, int *bold,
                       float *size, int *level)
{
    const struct ostyle *s = ostyle_of(o, name);
    float scale = 1;
    for (int hop = 0; s != NULL && hop < ODT_PARENT_MAX; hop++) {
        if (*bold < 0)
            *bold = s->bold;
        if (*size == 0 && s->size > 0)
            *size = s->size * scale;
        else if (*size == 0 && s->pct > 0)
            scale *= s->pct / 100;
        if (*level == 0)
            *level = s->level;
        s = ostyle_of(o, s->parent);
    }
    if (*size == 0 && o->dflt.size > 0)
        *size = o->dflt.size * scale;
}

/* Whether paragraph style `name` (or a parent) breaks the page before
 * (1) or after (2) it: a page break typed with Ctrl+Enter is saved so. */
static int style_break(const struct odt *o, const char *name)
{
    const struct ostyle *s = ostyle_of(o, name);
    for (int hop = 0; s != NULL && hop < ODT_PARENT_MAX; hop++) {
        if (s->brk >= 0)
            return s->brk;
        s = ostyle_of(o, s->parent);
    }
    return 0;
}

static int bold_value(const char *v)
{
    return v != NULL && (strcmp(v, "bold") == 0 || strcmp(v, "600") == 0 ||
                         strcmp(v, "700") == 0 || strcmp(v, "800") == 0 ||
                         strcmp(v, "900") == 0);
}

/* A style:style or text:list-style element opens a style of its own,
 * the one its properties go to until it closes (nameless ones are
 * skipped; past ODT_STYLES_MAX a document's styles are read no more). */
static int new_style(struct odt *o, xmlTextReaderPtr r, int is_list,
                     struct err *e)
{
    char *name = office_attr(r, "name", STYLE_NS);
    if (name == NULL)
        return ERR_OK;
    struct ostyle *s = &o->styles[o->nstyles];
    *s = (struct ostyle){.bold = -1, .brk = -1, .is_list = is_list};
    s->name = strdup(name);
    s->parent = office_attr(r, "parent-style-name", STYLE_NS);
    char *lvl = office_attr(r, "default-outline-level", STYLE_NS);
    uint32_t l = office_u32_or(lvl, 0);
    s->level = l > 6 ? 6 : (int)l;
    xmlFree(name);
    xmlFree(lvl);
    if (s->name == NULL) {
        xmlFree(s->parent);
        return err_set(e, ERR_NOMEM, "out of memory");
    }
    o->nstyles++;
    o->cur = xmlTextReaderIsEmptyElement(r) ? NULL : s;
    return ERR_OK;
}

/* Weight and size of the text. */
static void text_props(struct ostyle *s, xmlTextReaderPtr r)
{
    char *w = office_attr(r, "font-weight", FO_NS);
    char *sz = office_attr(r, "font-size", FO_NS);
    if (w != NULL)
        s->bold = bold_value(w);
    if (sz != NULL && strstr(sz, "pt") != NULL)
        s->size = (float)strtod(sz, NULL);
    else if (sz != NULL && strchr(sz, '%') != NULL)
        s->pct = (float)strtod(sz, NULL);
    xmlFree(w);
    xmlFree(sz);
}

/* A page break before (1) or after (2) the paragraph, or none (0). */
static void paragraph_props(struct ostyle *s, xmlTextReaderPtr r)
{
    char *before = office_attr(r, "break-before", FO_NS);
    char *after = office_attr(r, "break-after", FO_NS);
    if (before != NULL || after != NULL)
        s->brk = before != NULL && strcmp(before, "page") == 0 ? 1
                 : after != NULL && strcmp(after, "page") == 0 ? 2
                                                               : 0;
    xmlFree(before);
    xmlFree(after);
}

/* One level of a list or outline style: numbered or bulleted, and the
 * number it starts from. */
static void level_props(struct ostyle *s, xmlTextReaderPtr r)
{
    char *lv = office_attr(r, "level", TEXT_NS);
    char *st = office_attr(r, "start-value", TEXT_NS);
    char *fmt = office_attr(r, "num-format", STYLE_NS);
    uint32_t l = office_u32_or(lv, 1);
    if (l >= 1 && l <= ODT_LEVELS) {
        s->numbered[l - 1] =
            !office_is(r, "list-level-style-bullet", TEXT_NS) && fmt != NULL &&
            fmt[0] != '\0';
        s->start[l - 1] = office_u32_or(st, 1);
    }
    xmlFree(lv);
    xmlFree(st);
    xmlFree(fmt);
}

/* Style definitions, in styles.xml or content.xml's automatic styles. */
static int on_style_elem(struct odt *o, xmlTextReaderPtr r, struct err *e)
{
    int is_style = office_is(r, "style", STYLE_NS);
    int is_list = office_is(r, "list-style", TEXT_NS);
    if (office_is(r, "default-style", STYLE_NS)) {
        char *fam = office_attr(r, "family", STYLE_NS);
        int para = fam != NULL && strcmp(fam, "paragraph") == 0;
        xmlFree(fam);
        o->cur = para && !xmlTextReaderIsEmptyElement(r) ? &o->dflt : NULL;
        return ERR_OK;
    }
    if (office_is(r, "outline-style", TEXT_NS)) {
        o->cur = xmlTextReaderIsEmptyElement(r) ? NULL : &o->outline;
        return ERR_OK;
    }
    if (is_style || is_list)
        return o->nstyles < ODT_STYLES_MAX ? new_style(o, r, is_list, e)
                                           : ERR_OK;
    if (o->cur == NULL)
        return ERR_OK;
    if (office_is(r, "text-properties", STYLE_NS))
        text_props(o->cur, r);
    else if (office_is(r, "paragraph-properties", STYLE_NS))
        paragraph_props(o->cur, r);
    else if (office_is(r, "list-level-style-number", TEXT_NS) ||
             office_is(r, "list-level-style-bullet", TEXT_NS) ||
             office_is(r, "outline-level-style", TEXT_NS))
        level_props(o->cur, r);
    return ERR_OK;
}

static int skipped(xmlTextReaderPtr r)
{
    return office_is(r, "note", TEXT_NS) ||
           office_is(r, "annotation", OFFICE_NS) ||
           office_is(r, "tracked-changes", TEXT_NS) ||
           office_is(r, "forms", OFFICE_NS);
}

static int cur_bold(const struct odt *o)
{
    for (unsigned i = o->spans < ODT_SPANS ? o->spans : ODT_SPANS; i-- > 0;)
        if (o->span_bold[i] >= 0)
            return o->span_bold[i];
    return o->para_style_bold > 0;
}

static float cur_size(const struct odt *o)
{
    for (unsigned i = o->spans < ODT_SPANS ? o->spans : ODT_SPANS; i-- > 0;)
        if (o->span_size[i] > 0)
            return o->span_size[i];
    return o->para_style_size;
}

static int add_text(struct odt *o, const char *s, size_t n, struct err *e)
{
    return office_para_text(&o->para, s, n, cur_bold(o), cur_size(o), e);
}

/* The number chapter numbering (Tools > Chapter Numbering) gives a
 * heading outside any list, as Word's numbering of a heading style: the
 * outline style counts each level, a deeper level restarts under a new
 * heading; the heading may restart or set the count, or be unnumbered. */
static uint32_t outline_no(struct odt *o, xmlTextReaderPtr r, unsigned level)
{
    if (o->lists > 0 || level < 1 || level > ODT_LEVELS ||
        !o->outline.numbered[level - 1])
        return 0;
    char *hdr = office_attr(r, "is-list-header", TEXT_NS);
    char *restart = office_attr(r, "restart-numbering", TEXT_NS);
    char *sv = office_attr(r, "start-value", TEXT_NS);
    uint32_t start = o->outline.start[level - 1], no = 0;
    uint32_t *c = &o->ocount[level - 1];
    if (hdr == NULL || strcmp(hdr, "true") != 0) {
        int again = restart != NULL && strcmp(restart, "true") == 0;
        *c = sv != NULL         ? office_u32_or(sv, start)
             : again || *c == 0 ? start
                                : *c + 1;
        no = *c;
        for (unsigned l = level; l < ODT_LEVELS; l++)
            o->ocount[l] = 0;
    }
    xmlFree(hdr);
    xmlFree(restart);
    xmlFree(sv);
    return no;
}

static void para_open(struct odt *o, xmlTextReaderPtr r, int heading)
{
    char *st = office_attr(r, "style-name", TEXT_NS);
    o->para_style_bold = -1, o->para_style_size = 0;
    int level = 0;
    style_look(o, st, &o->para_style_bold, &o->para_style_size, &level);
    if (heading) {
        char *lv = office_attr(r, "outline-level", TEXT_NS);
        uint32_t l = office_u32_or(lv, 1);
        level = l < 1 ? 1 : l > 6 ? 6 : (int)l;
        xmlFree(lv);
        o->para.list_no = outline_no(o, r, (unsigned)level);
        o->para.list_depth = o->para.list_no > 0 ? (uint8_t)level : 0;
    }
    if (level > 0)
        o->para.kind = EXT_HEADING, o->para.level = (unsigned)level;
    else if (o->item_pending)
        o->para.kind = EXT_LIST_ITEM;
    if (o->item_pending) {
        o->para.list_no = o->item_no, o->item_pending = 0;
        o->para.list_depth = o->item_no > 0 ? o->item_depth : 0;
    }
    int brk = style_break(o, st);
    if (brk == 1 && o->d->nblocks > 0)
        o->pos.page++;
    o->break_after = brk == 2;
    o->in_para = 1;
    o->spans = 0;
    xmlFree(st);
}

static void list_open(struct odt *o, xmlTextReaderPtr r)
{
    if (o->lists == 0) {
        char *st = office_attr(r, "style-name", TEXT_NS);
        const struct ostyle *s = ostyle_of(o, st);
        o->list_style = s != NULL && s->is_list ? s : NULL;
        xmlFree(st);
    }
    char *cont = office_attr(r, "continue-numbering", TEXT_NS);
    char *cont_list = office_attr(r, "continue-list", TEXT_NS);
    unsigned lv = o->lists < ODT_LEVELS ? o->lists : ODT_LEVELS - 1;
    if ((cont == NULL || strcmp(cont, "true") != 0) && cont_list == NULL)
        o->count[lv] = 0;
    xmlFree(cont);
    xmlFree(cont_list);
    o->lists++;
}

static void item_open(struct odt *o, xmlTextReaderPtr r)
{
    unsigned lv = o->lists == 0           ? 0
                  : o->lists > ODT_LEVELS ? ODT_LEVELS - 1
                                          : o->lists - 1;
    const struct ostyle *s = o->list_style;
    char *sv = office_attr(r, "start-value", TEXT_NS);
    uint32_t start = s != NULL && s->start[lv] ? s->start[lv] : 1;
    o->count[lv] = sv != NULL          ? office_u32_or(sv, start)
                   : o->count[lv] == 0 ? start
                                       : o->count[lv] + 1;
    for (unsigned l = lv + 1; l < ODT_LEVELS; l++)
        o->count[l] = 0;
    o->item_no = s != NULL && s->numbered[lv] ? o->count[lv] : 0;
    o->item_depth = (uint8_t)(lv + 1);
    o->item_pending = 1;
    xmlFree(sv);
}

static int body_elem(struct odt *o, xmlTextReaderPtr r, struct err *e)
{
    int empty = xmlTextReaderIsEmptyElement(r);
    struct office_pos *pos = &o->pos;
    int rc = ERR_OK;
    if (skipped(r)) {
        office_skip_from(r, &o->skip_depth);
    } else if (office_is(r, "p", TEXT_NS) || office_is(r, "h", TEXT_NS)) {
        if (o->para.text.len > 0) /* a text box inside a paragraph */
            rc = office_para_flush(&o->para, pos, o->d, e);
        para_open(o, r, office_is(r, "h", TEXT_NS));
        if (empty)
            rc = office_para_flush(&o->para, pos, o->d, e), o->in_para = 0;
    } else if (office_is(r, "span", TEXT_NS) && !empty) {
        if (o->spans < ODT_SPANS) {
            char *st = office_attr(r, "style-name", TEXT_NS);
            o->span_bold[o->spans] = -1, o->span_size[o->spans] = 0;
            int level = 0;
            style_look(o, st, &o->span_bold[o->spans], &o->span_size[o->spans],
                       &level);
            xmlFree(st);
        }
        o->spans++;
    } else if (office_is(r, "s", TEXT_NS) || office_is(r, "tab", TEXT_NS)) {
        rc = add_text(o, " ", 1, e);
    } else if (office_is(r, "line-break", TEXT_NS)) {
        enum ext_kind kind = o->para.kind;
        unsigned level = o->para.level;
        size_t had = o->d->nblocks;
        rc = office_para_flush(&o->para, pos, o->d, e);
        if (kind == EXT_HEADING)
            o->para.kind = kind, o->para.level = level;
        o->para.after_br = o->d->nblocks > had;
    } else if (office_is(r, "soft-page-break", TEXT_NS)) {
        pos->page++;
    } else if (office_is(r, "list", TEXT_NS) && !empty) {
        list_open(o, r);
    } else if (office_is(r, "list-item", TEXT_NS) && !empty) {
        item_open(o, r);
    } else if (office_is(r, "table", TABLE_NS) && !empty) {
        office_table_open(pos);
    } else if (office_is(r, "table-row", TABLE_NS)) {
        pos->row_pending = 1;
    } else if (office_is(r, "table-cell", TABLE_NS)) {
        office_cell_open(pos, empty);
    }
    return rc;
}

static int body_end(struct odt *o, xmlTextReaderPtr r, struct err *e)
{
    struct office_pos *pos = &o->pos;
    if (office_is(r, "p", TEXT_NS) || office_is(r, "h", TEXT_NS)) {
        o->in_para = 0;
        int rc = office_para_flush(&o->para, pos, o->d, e);
        if (o->break_after)
            pos->page++, o->break_after = 0;
        return rc;
    }
    if (office_is(r, "span", TEXT_NS) && o->spans > 0)
        o->spans--;
    else if (office_is(r, "list", TEXT_NS) && o->lists > 0)
        o->lists--;
    else if (office_is(r, "list-item", TEXT_NS))
        o->item_pending = 0;
    else if (office_is(r, "table-cell", TABLE_NS))
        office_cell_close(pos);
    else if (office_is(r, "table", TABLE_NS))
        office_table_close(pos);
    return ERR_OK;
}

/* One pass over styles.xml or content.xml. */
static int read_part(struct odt *o, const struct buf *b, const char *part,
                     struct err *e)
{
    xmlTextReaderPtr r = office_xml_open(b);
    if (r == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    int rc;
    while ((rc = office_xml_next(r, part, e)) > 0) {
        if (office_skipping(r, &o->skip_depth))
            continue;
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_ELEMENT && office_is(r, "body", OFFICE_NS))
            o->in_body = 1,
            qsort(o->styles, o->nstyles, sizeof *o->styles, ostyle_cmp);
        if (!o->in_body) {
            if (type == XML_READER_TYPE_ELEMENT)
                rc = on_style_elem(o, r, e);
            else if (type == XML_READER_TYPE_END_ELEMENT &&
                     (office_is(r, "style", STYLE_NS) ||
                      office_is(r, "list-style", TEXT_NS) ||
                      office_is(r, "default-style", STYLE_NS) ||
                      office_is(r, "outline-style", TEXT_NS)))
                o->cur = NULL;
        } else if (type == XML_READER_TYPE_ELEMENT)
            rc = body_elem(o, r, e);
        else if (type == XML_READER_TYPE_END_ELEMENT)
            rc = body_end(o, r, e);
        else if (o->in_para &&
                 (type == XML_READER_TYPE_TEXT ||
                  type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
            const char *s = (const char *)xmlTextReaderConstValue(r);
            rc = s != NULL ? add_text(o, s, strlen(s), e) : ERR_OK;
        }
        if (rc < 0)
            break;
    }
    xmlFreeTextReader(r);
    if (rc >= 0)
        qsort(o->styles, o->nstyles, sizeof *o->styles, ostyle_cmp);
    return rc < 0 ? rc : ERR_OK;
}

static void odt_fini(struct odt *o)
{
    for (size_t i = 0; i < o->nstyles; i++) {
        free(o->styles[i].name);
        xmlFree(o->styles[i].parent);
    }
    free(o->styles);
    office_para_fini(&o->para);
}

int ext_read_odt(const char *bytes, size_t len, struct ext_doc *out,
                 struct err *e)
{
    if (out->nblocks > 0)
        return err_set(e, ERR_INVAL, "document already holds blocks");
    zip_t *z = NULL;
    int rc = office_zip_open(bytes, len, &z, e);
    if (rc != ERR_OK)
        return rc;
    struct ext_doc d;
    ext_doc_init(&d);
    struct odt o = {.d = &d};
    o.pos.page = 1;
    struct buf b = {0};
    o.styles = calloc(ODT_STYLES_MAX, sizeof *o.styles);
    if (o.styles == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    if (rc == ERR_OK) {
        rc = office_zip_read(z, "styles.xml", &b, e);
        if (rc == ERR_OK)
            rc = read_part(&o, &b, "styles.xml", e);
        else if (rc == ERR_NOTFOUND)
            err_clear(e), rc = ERR_OK;
        o.cur = NULL, o.in_body = 0;
        buf_reset(&b);
    }
    if (rc == ERR_OK) {
        rc = office_zip_read(z, "content.xml", &b, e);
        if (rc == ERR_NOTFOUND)
            rc = err_set(e, ERR_INVAL, "not an ODT: no <content.xml>");
    }
    if (rc == ERR_OK)
        rc = read_part(&o, &b, "content.xml", e);
    if (rc == ERR_OK)
        office_read_title(z, "meta.xml", &d);
    buf_fini(&b);
    odt_fini(&o);
    office_zip_close(z);
    return office_finish(out, &d, "odt", rc, e);
}
