/* SPDX-License-Identifier: GPL-2.0-or-later */
/* office_common.c - the parts of DOCX and ODT reading that are the same:
 * zip parts inflated under a hard cap (zip bombs), XML read as a stream
 * (no tree, no DTD, no entity expansion) and the paragraph builder. */
#include "extract/office_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/parse.h"
#include "extract/readers_internal.h"

#define DC_NS "http://purl.org/dc/elements/1.1/"

int office_zip_open(const char *bytes, size_t len, zip_t **out, struct err *e)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
    zip_t *z = src != NULL ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (z == NULL) {
        int rc = err_set(e, ERR_INVAL, "not a readable zip: %s",
                         zip_error_strerror(&ze));
        zip_error_fini(&ze);
        if (src != NULL)
            zip_source_free(src);
        return rc;
    }
    zip_error_fini(&ze);
    zip_int64_t n = zip_get_num_entries(z, 0);
    if (n < 0 || n > OFFICE_ENTRIES_MAX) {
        zip_discard(z);
        return err_set(e, ERR_LIMIT, "zip has <%lld> entries, max <%d>",
                       (long long)n, OFFICE_ENTRIES_MAX);
    }
    *out = z;
    return ERR_OK;
}

void office_zip_close(zip_t *z)
{
    if (z != NULL)
        zip_discard(z);
}

int office_zip_read(zip_t *z, const char *name, struct buf *out, struct err *e)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name, 0, &st) != 0)
        return err_set(e, ERR_NOTFOUND, "no <%s> in the zip", name);
    if ((st.valid & ZIP_STAT_SIZE) && st.size > EXT_UNZIP_MAX)
        return err_set(e, ERR_LIMIT, "<%s> declares <%llu> bytes, max <%u>",
                       name, (unsigned long long)st.size, EXT_UNZIP_MAX);
    zip_file_t *f = zip_fopen(z, name, 0);
    if (f == NULL)
        return err_set(e, ERR_INVAL, "cannot open <%s>: %s", name,
                       zip_strerror(z));
    /* The declared size may lie: count what actually comes out. */
    int rc = ERR_OK;
    char chunk[65536];
    for (;;) {
        zip_int64_t got = zip_fread(f, chunk, sizeof chunk);
        if (got < 0) {
            rc = err_set(e, ERR_INVAL, "<%s> is corrupt: %s", name,
                         zip_file_strerror(f));
            break;
        }
        if (got == 0)
            break;
        if (out->len + (size_t)got > EXT_UNZIP_MAX) {
            rc = err_set(e, ERR_LIMIT, "<%s> inflates past <%u> bytes", name,
                         EXT_UNZIP_MAX);
            break;
        }
        if (buf_append(out, chunk, (size_t)got) != ERR_OK) {
            rc = err_set(e, ERR_NOMEM, "out of memory");
            break;
        }
    }
    zip_fclose(f);
    return rc;
}

xmlTextReaderPtr office_xml_open(const struct buf *b)
{
    ext_libxml_init();
    if (b->len > INT32_MAX)
        return NULL;
    return xmlReaderForMemory(
        b->data != NULL ? b->data : "", (int)b->len, NULL, NULL,
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

int office_xml_next(xmlTextReaderPtr r, const char *part, struct err *e)
{
    int rc = xmlTextReaderRead(r);
    if (rc < 0)
        return err_set(e, ERR_INVAL, "<%s> is not well-formed XML", part);
    if (rc > 0 && xmlTextReaderDepth(r) > (int)EXT_DEPTH_MAX)
        return err_set(e, ERR_LIMIT, "<%s> nests elements deeper than <%u>",
                       part, EXT_DEPTH_MAX);
    return rc;
}

char *office_attr(xmlTextReaderPtr r, const char *name, const char *ns)
{
    return (char *)xmlTextReaderGetAttributeNs(r, (const xmlChar *)name,
                                               (const xmlChar *)ns);
}

int office_is(xmlTextReaderPtr r, const char *local, const char *ns)
{
    const char *l = (const char *)xmlTextReaderConstLocalName(r);
    const char *n = (const char *)xmlTextReaderConstNamespaceUri(r);
    return l != NULL && n != NULL && strcmp(l, local) == 0 &&
           strcmp(n, ns) == 0;
}

int office_on(const char *v)
{
    return v == NULL || strcmp(v, "1") == 0 || strcasecmp(v, "true") == 0 ||
           strcasecmp(v, "on") == 0;
}

uint32_t office_u32_or(const char *s, uint32_t dflt)
{
    uint32_t v;
    return s != NULL && parse_u32(s, &v, NULL) == ERR_OK ? v : dflt;
}

void office_table_open(struct office_pos *pos)
{
    if (pos->tables < OFFICE_TABLES_MAX)
        pos->in_cell[pos->tables] = 0;
    pos->tables++;
}

void office_table_close(struct office_pos *pos)
{
    if (pos->tables > 0)
        pos->tables--;
}

void office_cell_open(struct office_pos *pos, int empty)
{
    if (pos->tables > 0 && pos->tables <= OFFICE_TABLES_MAX) {
        pos->in_cell[pos->tables - 1] = !empty;
        pos->cell_out[pos->tables - 1] = 0;
    }
}

void office_cell_close(struct office_pos *pos)
{
    if (pos->tables > 0 && pos->tables <= OFFICE_TABLES_MAX)
        pos->in_cell[pos->tables - 1] = 0;
}

void office_skip_from(xmlTextReaderPtr r, unsigned *skip_depth)
{
    if (!xmlTextReaderIsEmptyElement(r))
        *skip_depth = (unsigned)xmlTextReaderDepth(r) + 1;
}

int office_skipping(xmlTextReaderPtr r, unsigned *skip_depth)
{
    if (*skip_depth == 0)
        return 0;
    if (xmlTextReaderNodeType(r) == XML_READER_TYPE_END_ELEMENT &&
        (unsigned)xmlTextReaderDepth(r) + 1 == *skip_depth)
        *skip_depth = 0;
    return 1;
}

int office_para_text(struct office_para *p, const char *s, size_t n, int bold,
                     float size, struct err *e)
{
    if (p->text.len + n > EXT_TEXT_MAX)
        return err_set(e, ERR_LIMIT, "a paragraph of more than <%u> bytes",
                       EXT_TEXT_MAX);
    if (buf_append(&p->text, s, n) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    size_t solid = 0;
    for (size_t i = 0; i < n; i++)
        solid += s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r';
    if (solid > 0 && p->solid == 0)
        p->size = size;
    p->solid += solid;
    if (bold)
        p->solid_bold += solid;
    return ERR_OK;
}

int office_para_flush(struct office_para *p, struct office_pos *pos,
                      struct ext_doc *d, struct err *e)
{
    enum ext_kind kind = p->kind;
    unsigned t = pos->tables;
    int cell = t > 0 && t <= OFFICE_TABLES_MAX && pos->in_cell[t - 1];
    if (cell && kind == EXT_PARA && !pos->cell_out[t - 1])
        kind = EXT_TABLE_CELL;
    struct err le;
    err_clear(&le);
    struct ext_block *b = ext_add(d, kind, p->text.data, p->text.len, &le);
    int rc = ERR_OK;
    if (b == NULL && le.code != ERR_OK) {
        rc = err_set(e, le.code, "%s", le.msg);
    } else if (b != NULL) {
        b->bold = p->solid > 0 && p->solid_bold == p->solid;
        b->size = p->size;
        b->page = pos->page;
        b->level = kind == EXT_HEADING ? (uint8_t)p->level : 0;
        b->list_no = p->list_no;
        b->list_depth = p->list_depth;
        b->line_break = p->after_br;
        if (cell) {
            pos->cell_out[t - 1] = 1;
            if (kind == EXT_TABLE_CELL) {
                b->row_start = (uint8_t)pos->row_pending;
                pos->row_pending = 0;
            }
        }
    }
    buf_reset(&p->text);
    p->solid = p->solid_bold = 0;
    p->size = 0;
    p->kind = EXT_PARA;
    p->level = 0;
    p->list_no = 0;
    p->list_depth = 0;
    p->after_br = 0;
    return rc;
}

void office_para_fini(struct office_para *p)
{
    buf_fini(&p->text);
}

void office_read_title(zip_t *z, const char *part, struct ext_doc *d)
{
    struct buf b = {0};
    xmlTextReaderPtr r = NULL;
    if (office_zip_read(z, part, &b, NULL) != ERR_OK ||
        (r = office_xml_open(&b)) == NULL) {
        buf_fini(&b);
        return;
    }
    int in_title = 0;
    while (office_xml_next(r, part, NULL) > 0) {
        int type = xmlTextReaderNodeType(r);
        if (type == XML_READER_TYPE_ELEMENT)
            in_title =
                office_is(r, "title", DC_NS) && !xmlTextReaderIsEmptyElement(r);
        else if (type == XML_READER_TYPE_END_ELEMENT)
            in_title = 0;
        else if (in_title && type == XML_READER_TYPE_TEXT) {
            struct ext_doc t;
            ext_doc_init(&t);
            const char *s = (const char *)xmlTextReaderConstValue(r);
            struct ext_block *k = ext_add(&t, EXT_PARA, s, strlen(s), NULL);
            if (k != NULL && d->title == NULL)
                d->title = k->text, k->text = NULL;
            ext_doc_fini(&t);
        }
    }
    xmlFreeTextReader(r);
    buf_fini(&b);
}

int office_finish(struct ext_doc *out, struct ext_doc *d, const char *format,
                  int rc, struct err *e)
{
    if (rc == ERR_OK && out->nblocks > 0)
        rc = err_set(e, ERR_INVAL, "document already holds blocks");
    if (rc == ERR_OK && out->format == NULL &&
        (out->format = strdup(format)) == NULL)
        rc = err_set(e, ERR_NOMEM, "out of memory");
    if (rc != ERR_OK) {
        ext_doc_fini(d);
        return rc;
    }
    ext_doc_take(out, d);
    return ERR_OK;
}
