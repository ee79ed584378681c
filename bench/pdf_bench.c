/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pdf_bench.c - ext_read_pdf() over PDF files: pages per second of text
 * PDFs, seconds per OCR'd page, a progress line every 100 files, or the
 * blocks of each file (--dump). Not built by CMake; bench/pdf.sh builds
 * and runs it:
 *
 *   cmake --build build --target extract core
 *   cc -O2 -Ilib bench/pdf_bench.c build/lib/extract/libextract.a \
 *      build/lib/core/libcore.a $(pkg-config --libs poppler-glib \
 *      tesseract lept libxml-2.0 libzip) -lm -o /tmp/pdf_bench
 *   /tmp/pdf_bench [--dump] [--no-ocr] FILE.pdf...
 *
 * Times are wall seconds (OCR may use several threads). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/buf.h"
#include "extract/extract.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int dump = 0;
    struct ext_opts opts = {1, 0, NULL, 0, 0};
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (strcmp(argv[first], "--dump") == 0)
            dump = 1;
        else if (strcmp(argv[first], "--no-ocr") == 0)
            opts.ocr = 0;
        else
            return fprintf(stderr, "unknown option %s\n", argv[first]), 2;
    }
    double text_s = 0, ocr_s = 0, t_all = now();
    unsigned long text_pages = 0, ocr_pages = 0, files = 0, failed = 0;
    for (int i = first; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        struct buf b = {0};
        struct err e = {0};
        if (f == NULL || buf_read_file(&b, f, 256u << 20, &e) != ERR_OK) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            if (f)
                fclose(f);
            failed++;
            continue;
        }
        fclose(f);
        struct ext_doc d;
        ext_doc_init(&d);
        double t0 = now();
        int rc = ext_read_pdf(b.data, b.len, &opts, &d, &e);
        double took = now() - t0;
        if (rc != ERR_OK) {
            fprintf(stderr, "%s: %s\n", argv[i], e.msg);
            failed++;
        } else if (d.format != NULL && strcmp(d.format, "ocr") == 0) {
            ocr_s += took, ocr_pages += d.npages;
        } else {
            text_s += took, text_pages += d.npages;
        }
        if (dump && rc == ERR_OK) {
            char *s = ext_dump(&d);
            printf("## %s\n%s", argv[i], s);
            free(s);
        }
        files++;
        if (!dump && files % 100 == 0)
            fprintf(stderr, "%lu files, %lu pages, %.1f s\n", files,
                    text_pages + ocr_pages, now() - t_all);
        ext_doc_fini(&d);
        buf_fini(&b);
    }
    if (!dump) {
        printf("files %lu failed %lu\n", files, failed);
        if (text_pages)
            printf("text pages %lu in %.2f s: %.0f pages/s\n", text_pages,
                   text_s, (double)text_pages / text_s);
        if (ocr_pages)
            printf("OCR pages %lu in %.2f s: %.2f s/page\n", ocr_pages, ocr_s,
                   ocr_s / (double)ocr_pages);
    }
    return failed ? 1 : 0;
}
