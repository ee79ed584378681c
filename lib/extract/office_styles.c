/* SPDX-License-Identifier: GPL-2.0-or-later */
/* office_styles.c - DOCX paragraph styles (word/styles.xml: heading level
 * from outlineLvl or the style's name, bold and size through basedOn)
 * and list numbering (word/numbering.xml), for the walk over
 * word/document.xml in office.c. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/office_internal.h"

char *docx_wval(xmlTextReaderPtr r)
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

/* A heading level from a style's name: "heading 2", "Overskrift 2".
 * "Title" is none: the document's title, a bold and large paragraph as
 * the ODT reader reads LibreOffice's (round gz: read as level 1 it was
 * the first of a chain of "Heading 1" items). */
static int level_of_name(const char *n)
{
    static const char *const prefixes[] = {"heading", "overskrift"};
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

const struct wstyle *docx_style_of(const struct docx *x, const char *id)
{
    if (id == NULL || x->nstyles == 0)
        return NULL;
    struct wstyle k = {.id = (char *)id};
    return bsearch(&k, x->styles, x->nstyles, sizeof k, style_cmp);
}

/* One w:style element's children into `s`. */
static void style_prop(xmlTextReaderPtr r, struct wstyle *s, int in_rpr)
{
    char *v = docx_wval(r);
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

int docx_read_styles(struct docx *x, const struct buf *b, struct err *e)
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
            char *v = docx_wval(r);
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

/* The outline level is a paragraph property and inherited, as Word does
 * (a template's "Dagsordenpunkt" based on a level-2 style is a level-2
 * heading); a level read from a style's name is not (the name is not
 * inherited). */
void docx_resolve_styles(struct docx *x)
{
    for (size_t i = 0; i < x->nstyles; i++) {
        struct wstyle *s = &x->styles[i];
        const struct wstyle *p = docx_style_of(x, s->based);
        for (int hop = 0; p != NULL && hop < DOCX_BASED_MAX; hop++) {
            if (s->bold < 0)
                s->bold = p->bold;
            if (s->size == 0)
                s->size = p->size;
            if (s->num_id < 0)
                s->num_id = p->num_id, s->ilvl = p->ilvl;
            if (s->outline < 0)
                s->outline = p->outline;
            p = docx_style_of(x, p->based);
        }
    }
    for (size_t i = 0; i < x->nstyles; i++) {
        struct wstyle *s = &x->styles[i];
        int o = s->outline;
        s->level = o < 0 ? s->name_level : o >= 9 ? 0 : o >= 5 ? 6 : o + 1;
    }
}

int docx_read_numbering(struct docx *x, const struct buf *b, struct err *e)
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
            v = docx_wval(r);
            abs->start[lvl] = office_u32_or(v, 1);
        } else if (abs != NULL && lvl >= 0 && office_is(r, "numFmt", W_NS)) {
            v = docx_wval(r);
            abs->bullet[lvl] = v != NULL && (strcmp(v, "bullet") == 0 ||
                                             strcmp(v, "none") == 0);
        } else if (num != NULL && office_is(r, "abstractNumId", W_NS)) {
            v = docx_wval(r);
            num->abs = office_u32_or(v, UINT32_MAX);
        } else if (num != NULL && lvl >= 0 &&
                   office_is(r, "startOverride", W_NS)) {
            v = docx_wval(r);
            num->start_over[lvl] = (int32_t)(office_u32_or(v, 1) & 0x7FFFFFFF);
        }
        xmlFree(v);
    }
    xmlFreeTextReader(r);
    return rc < 0 ? rc : ERR_OK;
}

uint32_t docx_count_item(struct docx *x, int num_id, int ilvl)
{
    if (ilvl < 0 || ilvl >= DOCX_LEVELS)
        ilvl = 0;
    struct wnum *n = NULL;
    for (size_t i = 0; i < x->nnums && n == NULL; i++)
        if (x->nums[i].id == (uint32_t)num_id)
            n = &x->nums[i];
    if (n == NULL)
        return 0;
    struct wabs *a = NULL;
    for (size_t i = 0; i < x->nabss && a == NULL; i++)
        if (x->abss[i].id == n->abs)
            a = &x->abss[i];
    uint32_t *count = a != NULL ? a->count : n->count;
    uint32_t start = n->start_over[ilvl] >= 0 ? (uint32_t)n->start_over[ilvl]
                     : a != NULL              ? a->start[ilvl]
                                              : 1;
    int restart = n->start_over[ilvl] >= 0 && !n->used[ilvl];
    n->used[ilvl] = 1;
    count[ilvl] =
        count[ilvl] == 0 || restart ? (start ? start : 1) : count[ilvl] + 1;
    for (int l = ilvl + 1; l < DOCX_LEVELS; l++)
        count[l] = 0;
    return a != NULL && a->bullet[ilvl] ? 0 : count[ilvl];
}

void docx_fini(struct docx *x)
{
    for (size_t i = 0; i < x->nstyles; i++) {
        free(x->styles[i].id);
        free(x->styles[i].based);
    }
    free(x->styles);
    free(x->nums);
    free(x->abss);
}
