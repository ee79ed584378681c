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
#include <strings.h>

#include "extract/office_internal.h"

#define W_NS  "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"

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

struct wnum {
    uint32_t id, abs;
    int32_t start_over[DOCX_LEVELS]; /* -1 none */
    uint32_t count[DOCX_LEVELS];
};

struct wabs {
    uint32_t id;
    uint32_t start[DOCX_LEVELS];
    unsigned char bullet[DOCX_LEVELS];
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

/* w:val of the current element (caller frees). */
static char *wval(xmlTextReaderPtr r)
{
    return office_attr(r, "val", W_NS);
}

static int elem(xmlTextReaderPtr r)
{
    return xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT;
}

static int end_elem(xmlTextReaderPtr r)
{
    return xmlTextReaderNodeType(r) == XML_READER_TYPE_END_ELEMENT;
}

/* A heading level from a style's name: "heading 2", "Overskrift 2",
 * "Title"/"Titel" (1). */
static int level_of_name(const char *n)
{
    static const char *const prefixes[] = {"heading", "overskrift"};
    if (strcasecmp(n, "title") == 0 || strcasecmp(n, "titel") == 0)
        return 1;
    for (size_t i = 0; i < 2; i++) {
        size_t k = strlen(prefixes[i]);
        if (strncasecmp(n, prefixes[i], k) != 0)
            continue;
        const char *d = n + k + (n[k] == ' ');
        if (d[0] >= '1' && d[0] <= '9' && d[1] == '\0')
            return d[0] - '0' > 6 ? 6 : d[0] - '0';
    }
    return 0;
}

static int style_cmp(const void *a, const void *b)
{
    return strcmp(((const struct wstyle *)a)->id,
                  ((const struct wstyle *)b)->id);
}

static const struct wstyle *style_of(const struct docx *x, const char *id)
{
    if (id == NULL || x->nstyles == 0)
        return NULL;
    struct wstyle k = {.id = (char *)id};
    return bsearch(&k, x->styles, x->nstyles, sizeof k, style_cmp);
}

/* One w:style element's children into `s`. */
static void style_prop(xmlTextReaderPtr r, struct wstyle *s, int in_rpr)
{
    char *v = wval(r);
    if (office_is(r, "name", W_NS) && v != NULL)
        s->name_level = level_of_name(v);
    else if (office_is(r, "basedOn", W_NS) && v != NULL && !s->based)
        s->based = strdup(v);
    else if (office_is(r, "outlineLvl", W_NS))
        s->outline = (int)(office_u32_or(v, 9) > 9 ? 9 : office_u32_or(v, 9));
    else if (office_is(r, "numId", W_NS))
        s->num_id = (int)office_u32_or(v, 0);
    else if (office_is(r, "ilvl", W_NS))
        s->ilvl = (int)office_u32_or(v, 0);
    else if (in_rpr && office_is(r, "b", W_NS))
        s->bold = office_on(v);
    else if (in_rpr && office_is(r, "sz", W_NS))
        s->size = (float)office_u32_or(v, 0) / 2;
    xmlFree(v);
}

static int read_styles(struct docx *x, const struct buf *b, struct err *e)
{
    xmlTextReaderPtr r = office_xml_open(b);
    if (r == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    struct wstyle *cur = NULL;
    int in_rpr = 0, in_defaults = 0, rc;
    while ((rc = office_xml_next(r, "word/styles.xml", e)) > 0) {
        if (end_elem(r)) {
            if (office_is(r, "style", W_NS))
                cur = NULL;
            else if (office_is(r, "rPr", W_NS))
                in_rpr = 0;
            else if (office_is(r, "docDefaults", W_NS))
                in_defaults = 0;
            continue;
        }
        if (!elem(r))
            continue;
        int empty = xmlTextReaderIsEmptyElement(r);
        if (office_is(r, "docDefaults", W_NS))
            in_defaults = !empty;
        else if (office_is(r, "rPr", W_NS))
            in_rpr = !empty;
        else if (in_defaults && in_rpr && office_is(r, "sz", W_NS)) {
            char *v = wval(r);
            x->default_size = (float)office_u32_or(v, 0) / 2;
            xmlFree(v);
        } else if (office_is(r, "style", W_NS) && !empty &&
                   x->nstyles < DOCX_STYLES_MAX) {
            char *id = office_attr(r, "styleId", W_NS);
            if (id == NULL)
                continue;
            cur = &x->styles[x->nstyles++];
            *cur = (struct wstyle){.bold = -1, .num_id = -1, .outline = -1};
            cur->id = strdup(id);
            xmlFree(id);
            if (cur->id == NULL) {
                x->nstyles--;
                rc = err_set(e, ERR_NOMEM, "out of memory");
                break;
            }
        } else if (cur != NULL)
            style_prop(r, cur, in_rpr);
    }
    xmlFreeTextReader(r);
    qsort(x->styles, x->nstyles, sizeof *x->styles, style_cmp);
    return rc < 0 ? rc : ERR_OK;
}

/* Follow basedOn so each style carries what it inherits. The outline
 * level is a paragraph property and inherited, as Word does (a template's
 * "Dagsordenpunkt" based on a level-2 style is a level-2 heading); a
 * level read from a style's name is not (the name is not inherited). */
static void resolve_styles(struct docx *x)
{
    for (size_t i = 0; i < x->nstyles; i++) {
        struct wstyle *s = &x->styles[i];
        const struct wstyle *p = style_of(x, s->based);
        for (int hop = 0; p != NULL && hop < DOCX_BASED_MAX; hop++) {
            if (s->bold < 0)
                s->bold = p->bold;
            if (s->size == 0)
                s->size = p->size;
            if (s->num_id < 0)
                s->num_id = p->num_id, s->ilvl = p->ilvl;
            if (s->outline < 0)
                s->outline = p->outline;
            p = style_of(x, p->based);
        }
    }
    for (size_t i = 0; i < x->nstyles; i++) {
        struct wstyle *s = &x->styles[i];
        int o = s->outline;
        s->level = o < 0 ? s->name_level : o >= 9 ? 0 : o >= 5 ? 6 : o + 1;
    }
}

static int read_numbering(struct docx *x, const struct buf *b, struct err *e)
{
    xmlTextReaderPtr r = office_xml_open(b);
    if (r == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    struct wabs *abs = NULL;
    struct wnum *num = NULL;
    int lvl = -1, rc;
    while ((rc = office_xml_next(r, "word/numbering.xml", e)) > 0) {
        if (!elem(r))
            continue;
        char *v = NULL;
        if (office_is(r, "abstractNum", W_NS) && x->nabss < DOCX_NUMS_MAX) {
            v = office_attr(r, "abstractNumId", W_NS);
            abs = &x->abss[x->nabss++], num = NULL;
            memset(abs, 0, sizeof *abs);
            abs->id = office_u32_or(v, UINT32_MAX);
            for (int i = 0; i < DOCX_LEVELS; i++)
                abs->start[i] = 1;
        } else if (office_is(r, "num", W_NS) && x->nnums < DOCX_NUMS_MAX) {
            v = office_attr(r, "numId", W_NS);
            num = &x->nums[x->nnums++], abs = NULL;
            memset(num, 0, sizeof *num);
            num->id = office_u32_or(v, 0);
            for (int i = 0; i < DOCX_LEVELS; i++)
                num->start_over[i] = -1;
        } else if (office_is(r, "lvl", W_NS) ||
                   office_is(r, "lvlOverride", W_NS)) {
            v = office_attr(r, "ilvl", W_NS);
            uint32_t l = office_u32_or(v, DOCX_LEVELS);
            lvl = l < DOCX_LEVELS ? (int)l : -1;
        } else if (abs != NULL && lvl >= 0 && office_is(r, "start", W_NS)) {
            v = wval(r);
            abs->start[lvl] = office_u32_or(v, 1);
        } else if (abs != NULL && lvl >= 0 && office_is(r, "numFmt", W_NS)) {
            v = wval(r);
            abs->bullet[lvl] = v != NULL && (strcmp(v, "bullet") == 0 ||
                                             strcmp(v, "none") == 0);
        } else if (num != NULL && office_is(r, "abstractNumId", W_NS)) {
            v = wval(r);
            num->abs = office_u32_or(v, UINT32_MAX);
        } else if (num != NULL && lvl >= 0 &&
                   office_is(r, "startOverride", W_NS)) {
            v = wval(r);
            num->start_over[lvl] = (int32_t)(office_u32_or(v, 1) & 0x7FFFFFFF);
        }
        xmlFree(v);
    }
    xmlFreeTextReader(r);
    return rc < 0 ? rc : ERR_OK;
}

/* The number Word shows for the next paragraph of list `num_id` at
 * `ilvl` (counting it), or 0 for bullets and unknown lists. */
static uint32_t count_item(struct docx *x, int num_id, int ilvl)
{
    if (ilvl < 0 || ilvl >= DOCX_LEVELS)
        ilvl = 0;
    struct wnum *n = NULL;
    for (size_t i = 0; i < x->nnums && n == NULL; i++)
        if (x->nums[i].id == (uint32_t)num_id)
            n = &x->nums[i];
    if (n == NULL)
        return 0;
    const struct wabs *a = NULL;
    for (size_t i = 0; i < x->nabss && a == NULL; i++)
        if (x->abss[i].id == n->abs)
            a = &x->abss[i];
    uint32_t start = n->start_over[ilvl] >= 0 ? (uint32_t)n->start_over[ilvl]
                     : a != NULL              ? a->start[ilvl]
                                              : 1;
    n->count[ilvl] =
        n->count[ilvl] == 0 ? (start ? start : 1) : n->count[ilvl] + 1;
    for (int l = ilvl + 1; l < DOCX_LEVELS; l++)
        n->count[l] = 0;
    return a != NULL && a->bullet[ilvl] ? 0 : n->count[ilvl];
}

static void docx_fini(struct docx *x)
{
    for (size_t i = 0; i < x->nstyles; i++) {
        free(x->styles[i].id);
        free(x->styles[i].based);
    }
    free(x->styles);
    free(x->nums);
    free(x->abss);
}

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
    const struct wstyle *s = style_of(w->x, w->pstyle);
    int level = w->outline >= 0 && w->outline < 9
                    ? (w->outline >= 6 ? 6 : w->outline + 1)
                    : (s != NULL ? s->level : 0);
    int num_id = w->num_id >= 0 ? w->num_id : (s != NULL ? s->num_id : -1);
    int ilvl = w->num_id >= 0 ? w->ilvl : (s != NULL ? s->ilvl : 0);
    uint32_t no = num_id > 0 ? count_item(w->x, num_id, ilvl) : 0;
    if (level > 0)
        w->para.kind = EXT_HEADING, w->para.level = (unsigned)level;
    else if (num_id > 0)
        w->para.kind = EXT_LIST_ITEM;
    w->para.list_no = no;
}

static int run_bold(const struct dwalk *w)
{
    if (w->run_bold >= 0)
        return w->run_bold;
    const struct wstyle *r = style_of(w->x, w->rstyle);
    if (r != NULL && r->bold >= 0)
        return r->bold;
    const struct wstyle *p = style_of(w->x, w->pstyle);
    return p != NULL && p->bold > 0;
}

static float run_size(const struct dwalk *w)
{
    if (w->run_size > 0)
        return w->run_size;
    const struct wstyle *r = style_of(w->x, w->rstyle);
    if (r != NULL && r->size > 0)
        return r->size;
    const struct wstyle *p = style_of(w->x, w->pstyle);
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
    int rc = office_para_flush(&w->para, &w->pos, w->d, e);
    if (kind == EXT_HEADING)
        w->para.kind = kind, w->para.level = level;
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
    } else if (w->in_ppr && !w->in_rpr && office_is(r, "pStyle", W_NS)) {
        free(w->pstyle);
        v = wval(r);
        w->pstyle = v != NULL ? strdup(v) : NULL;
    } else if (w->in_ppr && office_is(r, "numId", W_NS)) {
        v = wval(r);
        w->num_id = (int)(office_u32_or(v, 0) & 0x7FFFFFFF);
    } else if (w->in_ppr && office_is(r, "ilvl", W_NS)) {
        v = wval(r);
        w->ilvl = (int)office_u32_or(v, 0) % DOCX_LEVELS;
    } else if (w->in_ppr && office_is(r, "outlineLvl", W_NS)) {
        v = wval(r);
        w->outline = (int)office_u32_or(v, 9) % 10;
    } else if (w->in_ppr && office_is(r, "pageBreakBefore", W_NS)) {
        v = wval(r);
        if (office_on(v))
            pos->page++;
    } else if (office_is(r, "r", W_NS)) {
        w->run_bold = -1, w->run_size = 0;
        free(w->rstyle);
        w->rstyle = NULL;
    } else if (w->in_rpr && !w->in_ppr && office_is(r, "b", W_NS)) {
        v = wval(r);
        w->run_bold = office_on(v);
    } else if (w->in_rpr && !w->in_ppr && office_is(r, "sz", W_NS)) {
        v = wval(r);
        w->run_size = (float)office_u32_or(v, 0) / 2;
    } else if (w->in_rpr && !w->in_ppr && office_is(r, "rStyle", W_NS)) {
        v = wval(r);
        free(w->rstyle);
        w->rstyle = v != NULL ? strdup(v) : NULL;
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
        rc = optional_part(z, "word/styles.xml", &x, read_styles, e);
    if (rc == ERR_OK)
        rc = optional_part(z, "word/numbering.xml", &x, read_numbering, e);
    char part[MAIN_PART_MAX + 1];
    if (rc == ERR_OK) {
        resolve_styles(&x);
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
