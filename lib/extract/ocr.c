/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ocr.c - a PDF page without a text layer (a scan) rendered by poppler
 * through cairo at 300 dpi and read by tesseract's C API, line by line,
 * into the same lines as a text page (pdf_internal.h), each with its
 * confidence. A time budget per page; tesseract's chatter silenced. */
#include <math.h>
#ifdef EXT_HAVE_OPENMP
#include <omp.h>
#endif
#include <poppler.h>
#include <stdlib.h>
#include <string.h>
#include <tesseract/capi.h>
#include <time.h>

#include "extract/pdf_internal.h"

#define OCR_DPI 300
#define OCR_PIXELS_MAX                                                         \
    (60u << 20)                  /* a page larger than A3 at 300 dpi is        \
                                    rendered at a lower resolution */
#define OCR_BUDGET_DEF     30.0  /* seconds per page */
#define OCR_DOC_BUDGET_DEF 300.0 /* seconds per document */
#define OCR_BUDGET_MAX     3600.0

struct pdf_ocr {
    TessBaseAPI *api;
    double budget;     /* seconds per page */
    double doc_budget; /* seconds for all pages of the document */
    double spent;      /* seconds of OCR so far */
    double conf_sum;
    size_t nconf;
};

struct pdf_ocr *pdf_ocr_new(const struct ext_opts *opts, struct ext_doc *d,
                            struct err *e)
{
    struct pdf_ocr *o = calloc(1, sizeof *o);
    if (o == NULL) {
        err_set(e, ERR_NOMEM, "out of memory");
        return NULL;
    }
    o->budget =
        opts->ocr_page_budget > 0 ? opts->ocr_page_budget : OCR_BUDGET_DEF;
    if (o->budget > OCR_BUDGET_MAX) /* its milliseconds must fit an int */
        o->budget = OCR_BUDGET_MAX;
    o->doc_budget =
        opts->ocr_doc_budget > 0 ? opts->ocr_doc_budget : OCR_DOC_BUDGET_DEF;
#ifdef EXT_HAVE_OPENMP
    /* tesseract's parallel regions start from this thread: one thread
     * each, as the indexer runs one file per core already */
    omp_set_num_threads(1);
    omp_set_dynamic(1);
#endif
    o->api = TessBaseAPICreate();
    /* before Init, so that loading the model prints nothing either */
    TessBaseAPISetVariable(o->api, "debug_file", "/dev/null");
    const char *lang = opts->ocr_lang != NULL ? opts->ocr_lang : "dan";
    if (TessBaseAPIInit3(o->api, NULL, lang) != 0) {
        if (opts->ocr_lang == NULL &&
            TessBaseAPIInit3(o->api, NULL, "eng") == 0) {
            ext_warn(d, "OCR: no Danish language data (tesseract-ocr-dan); "
                        "read as English");
        } else {
            err_set(e, ERR_BACKEND, "OCR: tesseract has no <%s> language data",
                    lang);
            pdf_ocr_free(o);
            return NULL;
        }
    }
    TessBaseAPISetVariable(o->api, "debug_file", "/dev/null");
    return o;
}

int pdf_ocr_spent(const struct pdf_ocr *o)
{
    return o->spent >= o->doc_budget;
}

double pdf_ocr_doc_budget(const struct pdf_ocr *o)
{
    return o->doc_budget;
}

void pdf_ocr_free(struct pdf_ocr *o)
{
    if (o == NULL)
        return;
    TessBaseAPIEnd(o->api);
    TessBaseAPIDelete(o->api);
    free(o);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Render the page white-backed into an RGB surface at `dpi`. */
static cairo_surface_t *render(PopplerPage *page, double *dpi)
{
    double w, h;
    poppler_page_get_size(page, &w, &h);
    if (!(w > 0 && h > 0 && w < 1e5 && h < 1e5))
        return NULL;
    *dpi = OCR_DPI;
    double px = w * h * (*dpi / 72) * (*dpi / 72);
    if (px > OCR_PIXELS_MAX)
        *dpi *= sqrt(OCR_PIXELS_MAX / px);
    int pw = (int)ceil(w * *dpi / 72), ph = (int)ceil(h * *dpi / 72);
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pw, ph);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(s);
        return NULL;
    }
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, *dpi / 72, *dpi / 72);
    poppler_page_render(page, cr);
    cairo_destroy(cr);
    cairo_surface_flush(s);
    return s;
}

/* Append the recognised text lines; `scale` maps pixels to points. */
static int take_lines(struct pdf_ocr *o, uint32_t pageno, double scale,
                      struct pdf_lines *out)
{
    TessResultIterator *it = TessBaseAPIGetIterator(o->api);
    if (it == NULL)
        return ERR_OK;
    int rc = ERR_OK;
    const TessPageIterator *pi = TessResultIteratorGetPageIteratorConst(it);
    do {
        char *text = TessResultIteratorGetUTF8Text(it, RIL_TEXTLINE);
        int l, t, r, b, wl, wt, wr, wb;
        if (text == NULL ||
            !TessPageIteratorBoundingBox(pi, RIL_TEXTLINE, &l, &t, &r, &b)) {
            TessDeleteText(text);
            continue;
        }
        size_t n = strlen(text);
        while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' '))
            n--;
        struct pdf_line line;
        memset(&line, 0, sizeof line);
        line.text = text;
        line.len = (uint32_t)n;
        line.box = (struct pdf_box){(float)(l * scale), (float)(t * scale),
                                    (float)(r * scale), (float)(b * scale)};
        line.conf = TessResultIteratorConfidence(it, RIL_TEXTLINE);
        line.page = pageno;
        if (TessPageIteratorBoundingBox(pi, RIL_WORD, &wl, &wt, &wr, &wb))
            line.first_w = (float)((wr - wl) * scale);
        BOOL bold, italic, under, mono, serif, caps;
        int pt = 0, font;
        TessResultIteratorWordFontAttributes(it, &bold, &italic, &under, &mono,
                                             &serif, &caps, &pt, &font);
        /* tesseract's point size, else the line's height (ascender to
         * descender is about 1.2 em) */
        line.size = pt > 0 ? (float)pt : (float)((b - t) * scale / 1.2);
        line.bold = 0;
        if (n > 0 && line.conf >= 0) {
            o->conf_sum += line.conf;
            o->nconf++;
        }
        rc = n > 0 ? pdf_lines_add(out, &line) : ERR_OK;
        TessDeleteText(text);
    } while (rc == ERR_OK && TessResultIteratorNext(it, RIL_TEXTLINE));
    TessResultIteratorDelete(it);
    return rc;
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

/* The right edge of an OCR'd page's text, for "is this line full?": the
 * 80th percentile of its lines' right ends, as a speck of scanner noise
 * stretches a line's box to the margin. */
static int set_right(struct pdf_lines *out, size_t first)
{
    size_t n = out->n - first, k = 0;
    float *x2 = malloc((n ? n : 1) * sizeof *x2);
    if (x2 == NULL)
        return ERR_NOMEM;
    for (size_t i = first; i < out->n; i++)
        if (out->v[i].len >= 10)
            x2[k++] = out->v[i].box.x2;
    qsort(x2, k, sizeof *x2, cmp_float);
    float right = k > 0 ? x2[k * 4 / 5 < k ? k * 4 / 5 : k - 1] : 0;
    for (size_t i = first; i < out->n; i++)
        out->v[i].right = right > 0 ? right : out->v[i].box.x2;
    free(x2);
    return ERR_OK;
}

int pdf_ocr_page(struct pdf_ocr *o, void *page, uint32_t pageno,
                 struct pdf_lines *out, struct ext_doc *d, struct err *e)
{
    double dpi;
    cairo_surface_t *s = render(page, &dpi);
    if (s == NULL) {
        ext_warn(d, "page %u: cannot render for OCR", pageno);
        return ERR_OK;
    }
    /* cairo's RGB24 is 4 bytes a pixel; the channel order does not matter
     * for black on white. A table's rules are no text (ocr_rules.c). */
    if (pdf_ocr_erase_rules(cairo_image_surface_get_data(s),
                            (size_t)cairo_image_surface_get_width(s),
                            (size_t)cairo_image_surface_get_height(s),
                            (size_t)cairo_image_surface_get_stride(s),
                            dpi) != ERR_OK)
        ext_warn(d, "page %u: no memory to erase table rules", pageno);
    pdf_ocr_despeckle(cairo_image_surface_get_data(s),
                      (size_t)cairo_image_surface_get_width(s),
                      (size_t)cairo_image_surface_get_height(s),
                      (size_t)cairo_image_surface_get_stride(s), dpi);
    TessBaseAPISetImage(o->api, cairo_image_surface_get_data(s),
                        cairo_image_surface_get_width(s),
                        cairo_image_surface_get_height(s), 4,
                        cairo_image_surface_get_stride(s));
    TessBaseAPISetSourceResolution(o->api, (int)dpi);
    /* the page's budget, or what is left of the document's */
    double left = o->doc_budget - o->spent;
    double budget = left < o->budget ? left : o->budget;
    ETEXT_DESC *mon = TessMonitorCreate();
    TessMonitorSetDeadlineMSecs(mon, (int)ceil(budget * 1000));
    double t0 = now();
    int ok = TessBaseAPIRecognize(o->api, mon) == 0;
    double took = now() - t0;
    o->spent += took;
    TessMonitorDelete(mon);
    size_t first = out->n;
    int rc = take_lines(o, pageno, 72.0 / dpi, out);
    if (rc == ERR_OK)
        rc = set_right(out, first);
    TessBaseAPIClear(o->api);
    cairo_surface_destroy(s);
    if (rc != ERR_OK)
        return rc == ERR_LIMIT
                   ? err_set(e, rc, "more than <%u> lines", PDF_LINES_MAX)
                   : err_set(e, rc, "out of memory");
    if (took >= o->budget)
        ext_warn(d, "page %u: OCR time budget of %.0f s exceeded, text partial",
                 pageno, o->budget);
    else if (took >= budget)
        ext_warn(d,
                 "page %u: OCR budget of %.0f s for the document spent, "
                 "text partial",
                 pageno, o->doc_budget);
    else if (!ok)
        ext_warn(d, "page %u: OCR failed", pageno);
    if (o->nconf > 0)
        d->ocr_conf = o->conf_sum / (double)o->nconf;
    return ERR_OK;
}
