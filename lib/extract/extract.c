/* SPDX-License-Identifier: GPL-2.0-or-later */
/* extract.c - the block list every reader fills (extract.h): appending
 * with text normalisation, warnings, format detection, dispatch, dump. */
#include "extract/extract.h"
#include "extract/readers_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/buf.h"
#include "core/fold.h"

void ext_doc_init(struct ext_doc *d)
{
    memset(d, 0, sizeof *d);
    d->ocr_conf = -1;
}

void ext_doc_fini(struct ext_doc *d)
{
    for (size_t i = 0; i < d->nblocks; i++)
        free(d->blocks[i].text);
    free(d->blocks);
    for (size_t i = 0; i < d->nwarnings; i++)
        free(d->warnings[i]);
    free(d->warnings);
    free(d->format);
    free(d->title);
    free(d->site);
    free(d->head);
    memset(d, 0, sizeof *d);
}

/* Is the code point white space to collapse? ASCII blanks and controls,
 * C1 controls, the spaces of fold_class() (NBSP, U+2000..U+200B,
 * U+2028/9, U+202F, U+3000, ...) and a BOM. */
static int is_space_cp(uint32_t cp)
{
    return cp <= 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFEFF ||
           fold_class(cp) == FOLD_CLS_SPACE;
}

struct ext_block *ext_add(struct ext_doc *d, enum ext_kind kind,
                          const char *text, size_t n, struct err *e)
{
    if (d->nblocks >= EXT_BLOCKS_MAX) {
        err_set(e, ERR_LIMIT, "more than <%u> blocks", EXT_BLOCKS_MAX);
        return NULL;
    }
    struct buf b = {0};
    const unsigned char *p = (const unsigned char *)text;
    int pending_space = 0;
    for (size_t i = 0; i < n;) {
        size_t l;
        uint32_t cp = utf8_next(p + i, n - i, &l);
        if (cp == UTF8_BAD) {
            if (pending_space && b.len > 0)
                buf_putc(&b, ' ');
            pending_space = 0;
            buf_append(&b, "\xEF\xBF\xBD", 3);
            i++;
            continue;
        }
        if (is_space_cp(cp)) {
            pending_space = 1;
            i += l;
            continue;
        }
        if (pending_space && b.len > 0)
            buf_putc(&b, ' ');
        pending_space = 0;
        /* a run of printable ASCII in one append: this loop reads every
         * byte of every document */
        size_t run = i + l;
        while (l == 1 && run < n && p[run] > 0x20 && p[run] < 0x7F)
            run++;
        buf_append(&b, p + i, run - i);
        i = run;
    }
    if (b.len == 0 && kind != EXT_BLANK) {
        buf_fini(&b);
        return NULL;
    }
    if (b.len > 0 && d->text_bytes + b.len > EXT_TEXT_MAX) {
        buf_fini(&b);
        err_set(e, ERR_LIMIT, "more than <%u> bytes of text", EXT_TEXT_MAX);
        return NULL;
    }
    if (d->nblocks == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 64;
        struct ext_block *nb = realloc(d->blocks, cap * sizeof *nb);
        if (nb == NULL) {
            buf_fini(&b);
            err_set(e, ERR_NOMEM, "out of memory");
            return NULL;
        }
        d->blocks = nb;
        d->cap = cap;
    }
    char *s = b.data != NULL ? buf_detach(&b) : strdup("");
    if (s == NULL) {
        err_set(e, ERR_NOMEM, "out of memory");
        return NULL;
    }
    struct ext_block *blk = &d->blocks[d->nblocks++];
    memset(blk, 0, sizeof *blk);
    blk->text = s;
    blk->len = (uint32_t)strlen(s);
    d->text_bytes += blk->len + 1;
    blk->kind = (uint8_t)kind;
    blk->conf = -1;
    return blk;
}

int ext_warn(struct ext_doc *d, const char *fmt, ...)
{
    if (d->nwarnings >= 64)
        return ERR_OK;
    char **nw = realloc(d->warnings, (d->nwarnings + 1) * sizeof *nw);
    if (nw == NULL)
        return ERR_NOMEM;
    d->warnings = nw;
    struct buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (buf_puts(&b, tmp) != ERR_OK)
        return ERR_NOMEM;
    d->warnings[d->nwarnings++] = buf_detach(&b);
    return ERR_OK;
}

/* One line of plain text: a block, or, when tabs divide it, a table row
 * of cells (a tab is the only column mark plain text has, and ext_add()
 * would fold it into a space). Empty line: EXT_BLANK. */
static int text_line(struct ext_doc *out, const char *s, size_t n,
                     struct err *e)
{
    size_t nb = out->nblocks;
    if (memchr(s, '\t', n) == NULL) {
        if (ext_add(out, EXT_PARA, s, n, e) != NULL)
            return ERR_OK;
    } else {
        for (size_t i = 0, start = 0; i <= n; i++) {
            if (i < n && s[i] != '\t')
                continue;
            struct ext_block *b =
                ext_add(out, EXT_TABLE_CELL, s + start, i - start, e);
            if (b != NULL)
                b->row_start = out->nblocks == nb + 1;
            else if (e != NULL && e->code != ERR_OK)
                return e->code;
            start = i + 1;
        }
        if (out->nblocks > nb)
            return ERR_OK;
    }
    if (e != NULL && e->code != ERR_OK)
        return e->code;
    if (ext_add(out, EXT_BLANK, "", 0, e) == NULL)
        return e != NULL ? e->code : ERR_NOMEM;
    return ERR_OK;
}

int ext_read_text(const char *text, size_t len, struct ext_doc *out,
                  struct err *e)
{
    struct err local = {0};
    if (e == NULL)
        e = &local;
    e->code = ERR_OK;
    if (out->format == NULL && (out->format = strdup("txt")) == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    size_t n = 1, start = 0;
    for (size_t i = 0; i < len; i++)
        n += text[i] == '\n';
    if (n > EXT_BLOCKS_MAX) /* a line is a block at least */
        return err_set(e, ERR_LIMIT, "more than <%u> blocks", EXT_BLOCKS_MAX);
    struct ext_span *v = calloc(3 * n, sizeof *v);
    if (v == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    for (size_t i = 0, k = 0; i <= len; i++) {
        if (i < len && text[i] != '\n')
            continue;
        size_t end = i;
        if (end > start && text[end - 1] == '\r')
            end--;
        v[k] = (struct ext_span){text + start, end - start, (uint32_t)(k + 1)};
        k++;
        start = i + 1;
    }
    /* two-column pages in reading order, each piece keeping its line */
    struct ext_span *p = v + n;
    size_t np = ext_text_columns(v, n, p);
    int rc = ERR_OK;
    for (size_t k = 0; k < np && rc == ERR_OK; k++) {
        size_t nb = out->nblocks;
        rc = text_line(out, p[k].s, p[k].len, e);
        if (np != n) /* reordered: say where each piece is from */
            for (size_t b = nb; b < out->nblocks; b++)
                out->blocks[b].line = p[k].line;
    }
    free(v);
    return rc;
}

static const char *ext_of(const char *name)
{
    const char *slash = strrchr(name, '/');
    const char *dot = strrchr(name, '.');
    if (dot == NULL || (slash != NULL && dot < slash))
        return "";
    return dot + 1;
}

/* Does `hay` (n bytes) contain `needle`? */
static int has(const char *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, k) == 0)
            return 1;
    return 0;
}

/* Pages saved as "ShowAgenda.asp" or "157-2270.aspx", Word files without
 * their extension: an HTML start within the first 1 KB (after a BOM and
 * blanks), or a zip whose first part names it (ODF stores "mimetype"
 * first; Word's parts are under "word/"). */
static const char *sniff(const char *b, size_t len)
{
    size_t n = len < 1024 ? len : 1024;
    if (len >= 4 && memcmp(b, "PK\x03\x04", 4) == 0) {
        if (has(b, n, "application/vnd.oasis.opendocument.text"))
            return "odt";
        if (has(b, len < 65536 ? len : 65536, "word/"))
            return "docx";
        return NULL;
    }
    size_t i = len >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < n &&
           (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
        i++;
    static const char *const starts[] = {"<!doctype html", "<html", "<head",
                                         "<body",          "<!--",  "<?xml"};
    for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++) {
        size_t l = strlen(starts[k]);
        if (n - i >= l && strncasecmp(b + i, starts[k], l) == 0)
            return k < 4 || has(b, n, "<html") || has(b, n, "<HTML") ? "html"
                                                                     : NULL;
    }
    return NULL;
}

const char *ext_format_of(const char *name, const char *bytes, size_t len)
{
    const char *x = ext_of(name);
    if (strcasecmp(x, "txt") == 0)
        return "txt";
    if (strcasecmp(x, "html") == 0 || strcasecmp(x, "htm") == 0 ||
        strcasecmp(x, "xhtml") == 0)
        return "html";
    if (strcasecmp(x, "docx") == 0)
        return "docx";
    if (strcasecmp(x, "odt") == 0)
        return "odt";
    if (strcasecmp(x, "pdf") == 0)
        return "pdf";
    if (bytes != NULL && len >= 5 && memcmp(bytes, "%PDF-", 5) == 0)
        return "pdf";
    return bytes != NULL ? sniff(bytes, len) : NULL;
}

int ext_read(const char *format, const char *bytes, size_t len,
             const struct ext_opts *opts, struct ext_doc *out, struct err *e)
{
    static const struct ext_opts defaults = {1, 0, NULL, 0, 0};
    if (opts == NULL)
        opts = &defaults;
    if (strcmp(format, "txt") == 0)
        return ext_read_text(bytes, len, out, e);
    if (strcmp(format, "html") == 0)
        return ext_read_html(bytes, len, out, e);
    if (strcmp(format, "docx") == 0)
        return ext_read_docx(bytes, len, out, e);
    if (strcmp(format, "odt") == 0)
        return ext_read_odt(bytes, len, out, e);
    if (strcmp(format, "pdf") == 0)
        return ext_read_pdf(bytes, len, opts, out, e);
    return err_set(e, ERR_INVAL, "unsupported format <%s>", format);
}

static const char *kind_name(unsigned k)
{
    switch (k) {
    case EXT_PARA:
        return "p";
    case EXT_HEADING:
        return "h";
    case EXT_LIST_ITEM:
        return "li";
    case EXT_TABLE_CELL:
        return "td";
    case EXT_BLANK:
        return "-";
    default:
        return "?";
    }
}

char *ext_dump(const struct ext_doc *d)
{
    struct buf b = {0};
    buf_printf(&b, "# format %s, %zu blocks, %u pages, body size %.1f",
               d->format ? d->format : "?", d->nblocks, d->npages,
               (double)d->body_size);
    if (d->title != NULL)
        buf_printf(&b, ", title \"%s\"", d->title);
    if (d->site != NULL)
        buf_printf(&b, ", site \"%s\"", d->site);
    if (d->head != NULL)
        buf_printf(&b, ", running header \"%s\"", d->head);
    if (d->ocr_conf >= 0)
        buf_printf(&b, ", OCR confidence %.0f", d->ocr_conf);
    buf_putc(&b, '\n');
    for (size_t i = 0; i < d->nwarnings; i++)
        buf_printf(&b, "# warning: %s\n", d->warnings[i]);
    for (size_t i = 0; i < d->nblocks; i++) {
        const struct ext_block *k = &d->blocks[i];
        char style[64];
        snprintf(style, sizeof style, "%s%s%s%s%s", kind_name(k->kind),
                 k->kind == EXT_HEADING ? (char[]){(char)('0' + k->level), 0}
                                        : "",
                 k->bold ? " b" : "", k->row_start ? " tr" : "",
                 k->line_break ? " br" : "");
        buf_printf(&b, "%5zu p%-3u %-8s %4.1f", i + 1, k->page, style,
                   (double)k->size);
        if (k->list_no)
            buf_printf(&b, " #%u", k->list_no);
        if (k->list_depth > 1) /* a nested list's item */
            buf_printf(&b, " >%u", (unsigned)k->list_depth);
        if (k->conf >= 0)
            buf_printf(&b, " c%.0f", (double)k->conf);
        buf_printf(&b, " | %s\n", k->text);
    }
    return buf_detach(&b);
}
