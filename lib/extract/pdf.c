/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pdf.c - ext_read_pdf(): a PDF's text layer through poppler's GLib API,
 * character by character with its box, font size and weight, into lines
 * (pdf_lines.c) and blocks (pdf_blocks.c); pages without a text layer go
 * to OCR (ocr.c). glib types stay in this file and ocr.c. */
#include <limits.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "extract/pdf_internal.h"

/* The characters of one page with their boxes and fonts. poppler gives
 * the text, one rectangle per character of it (line breaks included) and
 * font runs over character indices (end inclusive). */
static int page_chars(PopplerPage *page, struct pdf_char **out, size_t *nout,
                      int *cut)
{
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint nrects = 0;
    GList *attrs = NULL;
    int rc = ERR_OK;
    *out = NULL, *nout = 0, *cut = 0;
    if (text == NULL || !poppler_page_get_text_layout(page, &rects, &nrects))
        goto done;
    attrs = poppler_page_get_text_attributes(page);
    size_t cap = nrects < PDF_PAGE_CHARS_MAX ? nrects : PDF_PAGE_CHARS_MAX;
    *cut = nrects > PDF_PAGE_CHARS_MAX;
    struct pdf_char *c = malloc((cap ? cap : 1) * sizeof *c);
    if (c == NULL) {
        rc = ERR_NOMEM;
        goto done;
    }
    size_t n = 0;
    int brk = 1;
    GList *a = attrs;
    const char *p = text;
    for (guint i = 0; i < nrects && *p != '\0' && n < cap; i++) {
        gunichar cp = g_utf8_get_char_validated(p, -1);
        p = g_utf8_next_char(p);
        if (cp == '\n' || cp == '\r') {
            brk = 1;
            continue;
        }
        if (cp == (gunichar)-1 || cp == (gunichar)-2)
            cp = 0xFFFD;
        while (a != NULL &&
               ((PopplerTextAttributes *)a->data)->end_index < (gint)i)
            a = a->next;
        const PopplerTextAttributes *t =
            a != NULL &&
                    ((PopplerTextAttributes *)a->data)->start_index <= (gint)i
                ? a->data
                : NULL;
        struct pdf_char *ch = &c[n++];
        ch->cp = cp;
        ch->box.x1 = (float)rects[i].x1, ch->box.y1 = (float)rects[i].y1;
        ch->box.x2 = (float)rects[i].x2, ch->box.y2 = (float)rects[i].y2;
        ch->size = t != NULL ? (float)t->font_size : 0;
        ch->bold = t != NULL && pdf_font_is_bold(t->font_name);
        ch->brk = (uint8_t)brk;
        brk = 0;
    }
    *out = c, *nout = n;
done:
    g_free(text);
    g_free(rects);
    poppler_page_free_text_attributes(attrs);
    return rc;
}

static int has_text(const struct pdf_char *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c[i].cp > 0x20 && c[i].cp != 0xA0 && c[i].cp != 0xFFFD)
            return 1;
    return 0;
}

static int has_eof_mark(const char *b, size_t len)
{
    size_t from = len > 2048 ? len - 2048 : 0;
    for (size_t i = len >= 5 ? len - 5 + 1 : 0; i-- > from;)
        if (memcmp(b + i, "%%EOF", 5) == 0)
            return 1;
    return 0;
}

static int open_doc(const char *bytes, size_t len, PopplerDocument **doc,
                    struct err *e)
{
    if (len > INT_MAX)
        return err_set(e, ERR_LIMIT, "PDF of <%zu> bytes is too large", len);
    if (len < 5 || memcmp(bytes, "%PDF-", 5) != 0)
        return err_set(e, ERR_INVAL, "not a PDF (no %%PDF- header)");
    /* poppler rebuilds a cut file's cross-references and would give the
     * pages it still finds; a download cut short is refused instead */
    if (!has_eof_mark(bytes, len))
        return err_set(e, ERR_INVAL, "truncated PDF: no %%%%EOF at the end");
    /* poppler reads the bytes in place; they outlive the document */
    GBytes *gb = g_bytes_new_static(bytes, len);
    GError *ge = NULL;
    *doc = poppler_document_new_from_bytes(gb, NULL, &ge);
    g_bytes_unref(gb);
    if (*doc != NULL)
        return ERR_OK;
    int rc;
    if (ge != NULL && ge->domain == POPPLER_ERROR &&
        ge->code == POPPLER_ERROR_ENCRYPTED)
        rc = err_set(e, ERR_INVAL, "encrypted PDF: needs a password");
    else
        rc = err_set(e, ERR_INVAL, "damaged or truncated PDF: %s",
                     ge != NULL ? ge->message : "unreadable");
    g_clear_error(&ge);
    return rc;
}

struct reader {
    const struct ext_opts *opts;
    struct ext_doc *d;
    struct pdf_lines lines;
    struct pdf_ocr *ocr;
    uint32_t ocr_pages, text_pages, empty_pages;
    uint32_t ocr_skipped, ocr_first_skipped; /* past the document's budget */
    struct buf ocr_list; /* "3, 5, 7": OCR'd pages of a mixed PDF */
};

/* One page: its text layer, or OCR when it has none. */
static int read_page(struct reader *r, PopplerPage *page, uint32_t no,
                     struct err *e)
{
    struct pdf_char *c;
    size_t n;
    int cut;
    if (page_chars(page, &c, &n, &cut) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    int rc = ERR_OK;
    if (cut)
        ext_warn(r->d, "page %u: more than %u characters, rest skipped", no,
                 PDF_PAGE_CHARS_MAX);
    if (has_text(c, n)) {
        r->text_pages++;
        size_t before = r->lines.n;
        rc = pdf_page_lines(c, n, no, &r->lines, e);
        if (rc == ERR_OK && r->lines.n - before >= PDF_PAGE_LINES_MAX)
            ext_warn(r->d, "page %u: more than %u lines, rest skipped", no,
                     PDF_PAGE_LINES_MAX);
    } else if (r->opts->ocr && r->ocr != NULL && pdf_ocr_spent(r->ocr)) {
        if (r->ocr_skipped++ == 0)
            r->ocr_first_skipped = no;
    } else if (r->opts->ocr) {
        if (r->ocr == NULL)
            r->ocr = pdf_ocr_new(r->opts, r->d, e);
        if (r->ocr == NULL)
            rc = e != NULL ? e->code : ERR_BACKEND;
        else
            rc = pdf_ocr_page(r->ocr, page, no, &r->lines, r->d, e);
        r->ocr_pages++;
        if (r->ocr_list.len < 200)
            buf_printf(&r->ocr_list, "%s%u", r->ocr_list.len ? ", " : "", no);
    } else {
        r->empty_pages++;
        ext_warn(r->d, "page %u: no text layer (OCR off)", no);
    }
    free(c);
    return rc;
}

static int read_pages(struct reader *r, PopplerDocument *doc, int npages,
                      struct err *e)
{
    for (int i = 0; i < npages; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (page == NULL)
            return err_set(e, ERR_INVAL, "damaged PDF: page <%d> unreadable",
                           i + 1);
        int rc = read_page(r, page, (uint32_t)i + 1, e);
        g_object_unref(page);
        if (rc != ERR_OK)
            return rc;
    }
    return ERR_OK;
}

int ext_read_pdf(const char *bytes, size_t len, const struct ext_opts *opts,
                 struct ext_doc *out, struct err *e)
{
    static const struct ext_opts defaults = {1, 0, NULL, 0, 0};
    PopplerDocument *doc = NULL;
    int rc = open_doc(bytes, len, &doc, e);
    if (rc != ERR_OK)
        return rc;
    struct reader r;
    memset(&r, 0, sizeof r);
    r.opts = opts != NULL ? opts : &defaults;
    r.d = out;
    int npages = poppler_document_get_n_pages(doc);
    uint32_t max = r.opts->max_pages ? r.opts->max_pages : EXT_PAGES_MAX;
    if (npages <= 0) {
        rc = err_set(e, ERR_INVAL, "PDF without pages");
    } else if ((uint32_t)npages > max) {
        /* refused whole: the first pages of a 5,000-page bundle are not
         * the minutes, and reading them all is a denial of service */
        rc = err_set(e, ERR_LIMIT, "PDF has <%d> pages, max <%u>", npages, max);
    } else {
        out->npages = (uint32_t)npages;
        rc = read_pages(&r, doc, npages, e);
    }
    if (rc == ERR_OK && r.ocr_skipped > 0)
        ext_warn(out,
                 "OCR budget of %.0f s for the document spent: %u page(s) "
                 "without a text layer from page %u on not read",
                 pdf_ocr_doc_budget(r.ocr), r.ocr_skipped, r.ocr_first_skipped);
    if (rc == ERR_OK && r.ocr_pages > 0 && r.text_pages > 0)
        ext_warn(out, "pages without a text layer, OCR'd: %s%s",
                 r.ocr_list.data, r.ocr_list.len >= 200 ? ", ..." : "");
    if (rc == ERR_OK)
        rc = pdf_blocks(&r.lines, out->npages, out, e);
    if (rc == ERR_OK && out->nblocks == 0 && r.ocr_skipped > 0)
        rc = err_set(e, ERR_LIMIT,
                     "no text: OCR budget of %.0f s for the document spent, "
                     "<%u> pages not read",
                     pdf_ocr_doc_budget(r.ocr), r.ocr_skipped);
    else if (rc == ERR_OK && out->nblocks == 0)
        rc = err_set(e, ERR_INVAL,
                     r.empty_pages ? "no text in <%d> pages (a scan? OCR is "
                                     "off)"
                                   : "no text in <%d> pages",
                     npages);
    if (rc == ERR_OK) {
        char *t = poppler_document_get_title(doc);
        free(out->title);
        out->title = t != NULL && *t != '\0' ? strdup(t) : NULL;
        g_free(t);
        free(out->format);
        out->format =
            strdup(r.ocr_pages > 0 && r.text_pages == 0 ? "ocr" : "pdf");
        if (out->format == NULL)
            rc = err_set(e, ERR_NOMEM, "out of memory");
    }
    pdf_ocr_free(r.ocr);
    buf_fini(&r.ocr_list);
    pdf_lines_fini(&r.lines);
    g_object_unref(doc);
    return rc;
}
