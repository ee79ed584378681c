/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_extract_pdf.c - lib/extract's PDF reader (pdf.c, ocr.c) on the
 * fixtures of tests/data/formats/pdf/ (made by tests/tools/mkpdf.c from
 * the shipped seeds) and hostile PDFs: encrypted, truncated, garbage,
 * 2,001 pages, scans with OCR off. The block builder on made-up lines and
 * the hyphen rule are test_extract_pdf_blocks.c. REFERAT_OCR_SEEDS=1 also OCRs
 * the scanned seed (7 pages, slow). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"
#include "test_mnt.h"

#include "core/buf.h"
#include "extract/extract.h"
#include "extract/hyphen.h"
#include "extract/pdf_internal.h"
#include "minutes/minutes.h"

#define PDF_DIR "tests/data/formats/pdf/"

static int read_pdf(const char *rel, const struct ext_opts *opts,
                    struct ext_doc *d, struct err *e)
{
    size_t len;
    char *bytes = read_source(rel, &len);
    ext_doc_init(d);
    int rc = ext_read_pdf(bytes, len, opts, d, e);
    free(bytes);
    return rc;
}

/* Index of the first block containing `s` at or after `from`, or -1. */
static long find(const struct ext_doc *d, const char *s, size_t from)
{
    for (size_t i = from; i < d->nblocks; i++)
        if (strstr(d->blocks[i].text, s) != NULL)
            return (long)i;
    return -1;
}

static size_t count_kind(const struct ext_doc *d, unsigned kind)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nblocks; i++)
        n += d->blocks[i].kind == kind;
    return n;
}

/* "  1. Opfølgning  " -> "1. Opfølgning" (no-break spaces too). */
static void collapse(const char *s, char *out, size_t cap)
{
    size_t k = 0;
    int space = 0;
    for (; *s && k + 1 < cap; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\r' ||
            ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)) {
            if ((unsigned char)s[0] == 0xC2)
                s++;
            space = 1;
            continue;
        }
        if (space && k > 0)
            out[k++] = ' ';
        space = 0;
        out[k++] = *s;
    }
    out[k] = '\0';
}

/* The seeds as PDF: every item heading (the lines tests/tools/seeds.tsv
 * names) is an EXT_HEADING by typography, in order, and nothing else is;
 * running headers, dates and "Side N af M" footers are gone. */
static void test_seed_headings(void **state)
{
    (void)state;
    size_t len;
    char *tsv = read_source("tests/tools/seeds.tsv", &len);
    int seeds = 0;
    for (char *line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#')
            continue;
        char *name = strchr(line, '\t');
        char *date = name ? strchr(name + 1, '\t') : NULL;
        char *heads = date ? strchr(date + 1, '\t') : NULL;
        assert_non_null(heads);
        *name++ = *date++ = *heads++ = '\0';
        char rel[256];
        snprintf(rel, sizeof rel, "%s%s.pdf", PDF_DIR, line);
        struct ext_doc d;
        struct err e = {0};
        assert_int_equal(read_pdf(rel, NULL, &d, &e), ERR_OK);
        assert_string_equal(d.format, "pdf");
        assert_string_equal(d.title, name);
        assert_true(d.body_size > 11.9f && d.body_size < 12.1f);
        assert_true(d.npages >= 7);
        /* the seed's heading lines, in order */
        snprintf(rel, sizeof rel, "corpus/%s.txt", line);
        size_t tlen;
        char *text = read_source(rel, &tlen);
        size_t h = 0, nheads = 0;
        char *save = NULL, *p = heads;
        for (char *tok = strtok_r(p, " ", &save); tok;
             tok = strtok_r(NULL, " ", &save), nheads++) {
            long want = strtol(tok, NULL, 10);
            char *l = text;
            for (long k = 1; k < want && l; k++)
                l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL;
            assert_non_null(l);
            char *nl = strchr(l, '\n');
            char one[512], exp[512];
            snprintf(one, sizeof one, "%.*s", nl ? (int)(nl - l) : 511, l);
            collapse(one, exp, sizeof exp);
            while (h < d.nblocks && d.blocks[h].kind != EXT_HEADING)
                h++;
            assert_true(h < d.nblocks);
            if (strncmp(d.blocks[h].text, exp, strlen(exp)) != 0)
                fail_msg("%s: heading <%s>, want <%s>", line, d.blocks[h].text,
                         exp);
            assert_int_equal(d.blocks[h].level, 1);
            assert_true(d.blocks[h].bold);
            h++;
        }
        assert_int_equal(count_kind(&d, EXT_HEADING), nheads);
        for (size_t i = 0; i < d.nblocks; i++) {
            const char *t = d.blocks[i].text;
            if (strcmp(t, name) == 0 || strcmp(t, date) == 0 ||
                strncmp(t, "Side ", 5) == 0)
                fail_msg("%s: running header/footer kept: <%s>", line, t);
            assert_true(d.blocks[i].page >= 1 && d.blocks[i].page <= d.npages);
            assert_true(d.blocks[i].conf < 0);
        }
        free(text);
        ext_doc_fini(&d);
        seeds++;
    }
    assert_int_equal(seeds, 5);
    free(tsv);
}

/* The blocks of a PDF as text: one paragraph each. */
static char *blocks_text(const struct ext_doc *d, size_t *len)
{
    struct buf b = {0};
    for (size_t i = 0; i < d->nblocks; i++) {
        buf_append(&b, d->blocks[i].text, d->blocks[i].len);
        buf_puts(&b, "\n\n");
    }
    *len = b.len;
    return buf_detach(&b);
}

/* The target: each seed as PDF gives the .txt's items, titles,
 * dates and council, through today's text segmenter (the blocks as
 * paragraphs). The scanned seed too, titles but for a character or two,
 * with REFERAT_OCR_SEEDS=1. */
static void test_seed_items(void **state)
{
    (void)state;
    static const char *const seeds[] = {
        "fredericia-udsatteraad-2022-08-24",
        "herning-udsatteraad-2017-10-06",
        "odense-raadet-for-socialt-udsatte-2017-11-30",
        "region-midtjylland-udsatteraad-2024-06-19",
        "region-midtjylland-udsatteraad-2025-10-22",
        "fredericia-udsatteraad-2022-08-24-scan",
    };
    size_t n = sizeof seeds / sizeof *seeds;
    if (getenv("REFERAT_OCR_SEEDS") == NULL)
        n--;
    for (size_t k = 0; k < n; k++) {
        char rel[256];
        size_t len, plen;
        int scan = strstr(seeds[k], "-scan") != NULL;
        snprintf(rel, sizeof rel, "corpus/%.*s.txt",
                 (int)strlen(seeds[k]) - (scan ? 5 : 0), seeds[k]);
        char *text = read_source(rel, &len);
        snprintf(rel, sizeof rel, "%s%s.pdf", PDF_DIR, seeds[k]);
        struct ext_doc d;
        struct err e = {0};
        assert_int_equal(read_pdf(rel, NULL, &d, &e), ERR_OK);
        char *ptext = blocks_text(&d, &plen);
        struct mnt_meeting a, b;
        memset(&a, 0, sizeof a);
        memset(&b, 0, sizeof b);
        assert_int_equal(mnt_parse(text, len, NULL, &a, &e), ERR_OK);
        assert_int_equal(mnt_parse(ptext, plen, NULL, &b, &e), ERR_OK);
        if (a.nitems != b.nitems)
            fail_msg("%s: %zu items, txt %zu", seeds[k], b.nitems, a.nitems);
        assert_string_equal(a.date, b.date);
        assert_string_equal(a.council, b.council);
        size_t same = 0;
        for (size_t i = 0; i < a.nitems; i++) {
            assert_string_equal(a.items[i].label, b.items[i].label);
            same += a.items[i].title != NULL && b.items[i].title != NULL &&
                    strcmp(a.items[i].title, b.items[i].title) == 0;
        }
        if (same + (scan ? 3 : 0) < a.nitems)
            fail_msg("%s: %zu of %zu titles as in the txt", seeds[k], same,
                     a.nitems);
        mnt_meeting_fini(&a);
        mnt_meeting_fini(&b);
        free(ptext);
        free(text);
        ext_doc_fini(&d);
    }
}

/* Herning's "Sagsnr.: … Sagsbehandler: René Frahm Jørgensen" wraps on
 * A4: the wrap joins the paragraph, "Jørgensen" is no block of its own
 * and the item title is the heading after it. */
static void test_herning_wrap(void **state)
{
    (void)state;
    struct ext_doc d;
    struct err e = {0};
    assert_int_equal(
        read_pdf(PDF_DIR "herning-udsatteraad-2017-10-06.pdf", NULL, &d, &e),
        ERR_OK);
    long i = find(&d, "Sagsbehandler: René Frahm Jørgensen", 0);
    assert_true(i >= 0);
    assert_string_equal(d.blocks[i].text, "Sagsnr.: 27.12.00-G01-199-07 "
                                          "Sagsbehandler: René Frahm "
                                          "Jørgensen");
    assert_int_equal(d.blocks[i].kind, EXT_PARA);
    assert_int_equal(d.blocks[i + 1].kind, EXT_HEADING);
    assert_string_equal(d.blocks[i + 1].text, "Projekt Sårbare Unge");
    for (size_t k = 0; k < d.nblocks; k++)
        assert_string_not_equal(d.blocks[k].text, "Jørgensen");
    ext_doc_fini(&d);
}

/* Two columns read left then right, between the headings across both;
 * no line mixes the columns. */
static void test_two_columns(void **state)
{
    (void)state;
    struct ext_doc d;
    struct err e = {0};
    assert_int_equal(read_pdf(PDF_DIR "two-columns.pdf", NULL, &d, &e), ERR_OK);
    static const char *const order[] = {
        "1. Orientering om nyt værested",
        "Venstre spalte begynder her med en kort beskrivelse",
        "Rådet spurgte til åbningstiderne og fik svar",
        "Højre spalte fortsætter med",
        "Beslutning: Rådet tog orienteringen",
        "2. Eventuelt",
        "Intet at bemærke i venstre spalte.",
        "Heller intet i højre spalte.",
    };
    long at = -1;
    for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
        long i = find(&d, order[k], 0);
        if (i <= at)
            fail_msg("<%s> at block %ld, after %ld", order[k], i, at);
        at = i;
    }
    assert_int_equal(d.blocks[find(&d, "2. Eventuelt", 0)].kind, EXT_HEADING);
    for (size_t k = 0; k < d.nblocks; k++)
        assert_false(strstr(d.blocks[k].text, "Venstre") != NULL &&
                     strstr(d.blocks[k].text, "Højre") != NULL);
    ext_doc_fini(&d);
}

/* Hyphenation across lines and across a page break joined; real hyphens
 * kept; the paragraph continues onto page 2. */
static void test_hyphenation(void **state)
{
    (void)state;
    struct ext_doc d;
    struct err e = {0};
    assert_int_equal(read_pdf(PDF_DIR "hyphen-pages.pdf", NULL, &d, &e),
                     ERR_OK);
    assert_true(find(&d, "en stor frivillig indsats fra foreningerne", 0) >=
                    0 ||
                find(&d, "frivillig indsats fra foreningerne", 0) >= 0);
    assert_true(find(&d,
                     "den opsøgende gadeplansindsats, som "
                     "Region-Midtjylland støtter",
                     0) >= 0);
    assert_true(find(&d, "Social- og Sundhedsudvalget har bedt", 0) >= 0);
    assert_int_equal(find(&d, "ind-", 0), -1);
    long i = find(&d, "indsats fra foreningerne", 0);
    assert_int_equal(d.blocks[i].page, 1);
    assert_int_equal(find(&d, "Side", 0), -1);
    ext_doc_fini(&d);
}

/* A scanned page: OCR'd text with its confidence, the heading found by
 * its size, the running footer dropped. OCR may miss a letter. */
static void test_ocr(void **state)
{
    (void)state;
    struct ext_doc d;
    struct err e = {0};
    struct ext_opts opts = {1, 120, NULL, 0, 0};
    assert_int_equal(read_pdf(PDF_DIR "hyphen-pages-scan.pdf", &opts, &d, &e),
                     ERR_OK);
    assert_string_equal(d.format, "ocr");
    assert_null(d.title);
    assert_true(d.ocr_conf >= 70);
    long h = find(&d, "vinterens", 0);
    assert_true(h >= 0);
    assert_int_equal(d.blocks[h].kind, EXT_HEADING);
    assert_true(find(&d, "Eventuelt", 0) > h);
    assert_true(find(&d, "foreningerne", 0) > h);
    assert_true(find(&d, "biblioteket", 0) > h);
    for (size_t k = 0; k < d.nblocks; k++) {
        assert_true(d.blocks[k].conf >= 0 && d.blocks[k].conf <= 100);
        assert_true(strncmp(d.blocks[k].text, "Side", 4) != 0);
    }
    ext_doc_fini(&d);
}

/* Page 1 with a text layer, page 2 scanned: "pdf" with a note naming the
 * OCR'd page; the running header dropped on both although poppler gives
 * it as two lines and OCR as one; the word broken across them joined. */
static void test_ocr_mixed(void **state)
{
    (void)state;
    struct ext_doc d;
    struct err e = {0};
    assert_int_equal(read_pdf(PDF_DIR "hyphen-pages-mixed.pdf", NULL, &d, &e),
                     ERR_OK);
    assert_string_equal(d.format, "pdf");
    assert_int_equal(d.npages, 2);
    assert_true(d.ocr_conf >= 70);
    assert_int_equal(d.nwarnings, 1);
    assert_non_null(strstr(d.warnings[0], "OCR'd: 2"));
    long i = find(&d, "frivillig indsats fra", 0);
    assert_true(i >= 0);
    assert_int_equal(d.blocks[i].page, 1);
    assert_int_equal(find(&d, "marts 2024", 0), -1);
    assert_true(d.blocks[0].conf < 0);
    assert_true(d.blocks[d.nblocks - 1].conf >= 0);
    assert_int_equal(d.blocks[d.nblocks - 1].page, 2);
    ext_doc_fini(&d);
}

/* A page over its OCR time budget: a warning, the document still read. */
static void test_ocr_budget(void **state)
{
    (void)state;
    struct ext_doc d;
    struct err e = {0};
    struct ext_opts opts = {1, 0.001, NULL, 0, 0};
    assert_int_equal(read_pdf(PDF_DIR "hyphen-pages-mixed.pdf", &opts, &d, &e),
                     ERR_OK);
    int warned = 0;
    for (size_t i = 0; i < d.nwarnings; i++)
        warned |= strstr(d.warnings[i], "page 2: OCR time budget") != NULL;
    assert_true(warned);
    assert_true(find(&d, "Social- og Sundhedsudvalget har bedt", 0) >= 0);
    ext_doc_fini(&d);
}

/* The document's OCR budget spent on page 1 of a 2-page scan: page 1
 * keeps its partial text, page 2 is not OCR'd, and a warning says so
 * (a 2,000-page scan must not take hours). */
static void test_ocr_doc_budget(void **state)
{
    (void)state;
    struct ext_doc d;
    struct err e = {0};
    struct ext_opts opts = {1, 0, NULL, 0, 0.001};
    int rc = read_pdf(PDF_DIR "hyphen-pages-scan.pdf", &opts, &d, &e);
    /* so little time may recognise nothing at all: then no text, and the
     * error says why */
    if (rc != ERR_OK)
        assert_string_equal(e.msg, "no text: OCR budget of 0 s for the "
                                   "document spent, <1> pages not read");
    int page1 = 0, skipped = 0;
    for (size_t i = 0; rc == ERR_OK && i < d.nwarnings; i++) {
        page1 |= strstr(d.warnings[i], "page 1: OCR budget of 0 s for the "
                                       "document spent") != NULL;
        skipped |= strstr(d.warnings[i], "1 page(s) without a text layer "
                                         "from page 2 on not read") != NULL;
    }
    assert_true(rc != ERR_OK || (page1 && skipped));
    for (size_t i = 0; rc == ERR_OK && i < d.nblocks; i++)
        assert_int_equal(d.blocks[i].page, 1);
    ext_doc_fini(&d);
}

/* The scanned Fredericia seed gives its 11 item titles (slow: opt-in). */
static void test_ocr_seed(void **state)
{
    (void)state;
    if (getenv("REFERAT_OCR_SEEDS") == NULL)
        skip();
    struct ext_doc d;
    struct err e = {0};
    assert_int_equal(read_pdf(PDF_DIR
                              "fredericia-udsatteraad-2022-08-24-scan.pdf",
                              NULL, &d, &e),
                     ERR_OK);
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Status fra Hellestedet", "Aktivitetsplan",
        "Nyt fra Forvaltningen"};
    for (size_t k = 0; k < sizeof titles / sizeof *titles; k++) {
        long i = find(&d, titles[k], 0);
        assert_true(i >= 0);
        assert_int_equal(d.blocks[i].kind, EXT_HEADING);
    }
    assert_true(d.ocr_conf >= 80);
    ext_doc_fini(&d);
}

static void expect_error(const char *bytes, size_t len,
                         const struct ext_opts *opts, int code, const char *msg)
{
    struct ext_doc d;
    struct err e = {0};
    ext_doc_init(&d);
    assert_int_equal(ext_read_pdf(bytes, len, opts, &d, &e), code);
    if (strstr(e.msg, msg) == NULL)
        fail_msg("message <%s>, want <%s>", e.msg, msg);
    ext_doc_fini(&d);
}

/* A PDF of n empty pages, with a correct cross-reference table. */
static char *pages_pdf(unsigned n, size_t *len)
{
    struct buf b = {0}, x = {0};
    buf_puts(&b, "%PDF-1.4\n");
    buf_printf(&x, "xref\n0 %u\n0000000000 65535 f \n", n + 3);
    buf_printf(&x, "%010zu 00000 n \n", b.len);
    buf_puts(&b, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    buf_printf(&x, "%010zu 00000 n \n", b.len);
    buf_printf(&b, "2 0 obj\n<< /Type /Pages /Count %u /Kids [", n);
    for (unsigned i = 0; i < n; i++)
        buf_printf(&b, "%u 0 R ", i + 3);
    buf_puts(&b, "] >>\nendobj\n");
    for (unsigned i = 0; i < n; i++) {
        buf_printf(&x, "%010zu 00000 n \n", b.len);
        buf_printf(&b,
                   "%u 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox "
                   "[0 0 595 842] >>\nendobj\n",
                   i + 3);
    }
    size_t at = b.len;
    buf_append(&b, x.data, x.len);
    buf_printf(&b,
               "trailer\n<< /Size %u /Root 1 0 R >>\nstartxref\n%zu\n"
               "%%%%EOF\n",
               n + 3, at);
    buf_fini(&x);
    *len = b.len;
    return buf_detach(&b);
}

static void test_bad_input(void **state)
{
    (void)state;
    size_t len;
    struct ext_opts no_ocr = {0, 0, NULL, 0, 0};
    char *enc = read_source(PDF_DIR "encrypted.pdf", &len);
    expect_error(enc, len, NULL, ERR_INVAL, "encrypted");
    free(enc);

    char *pdf = read_source(PDF_DIR "herning-udsatteraad-2017-10-06.pdf", &len);
    for (size_t cut = 100; cut < len; cut += len / 7)
        expect_error(pdf, cut, NULL, ERR_INVAL, "PDF");
    expect_error(pdf, len - 10, NULL, ERR_INVAL, "truncated");
    struct ext_opts few = {1, 0, NULL, 5, 0};
    expect_error(pdf, len, &few, ERR_LIMIT, "<13> pages, max <5>");
    free(pdf);

    static const char garbage[] = "%PDF-1.7\n\x01\x02 obj << /Type /Catalog "
                                  "stream\xff\xfe endobj trailer <<>>\n%%EOF";
    expect_error(garbage, sizeof garbage - 1, NULL, ERR_INVAL, "damaged");
    expect_error("hello", 5, NULL, ERR_INVAL, "not a PDF");
    expect_error("", 0, NULL, ERR_INVAL, "not a PDF");

    char *big = pages_pdf(EXT_PAGES_MAX + 1, &len);
    expect_error(big, len, NULL, ERR_LIMIT, "<2001> pages, max <2000>");
    free(big);
    /* pages without anything: no text, with or without OCR */
    char *blank = pages_pdf(2, &len);
    expect_error(blank, len, &no_ocr, ERR_INVAL, "no text in <2> pages");
    expect_error(blank, len, NULL, ERR_INVAL, "no text in <2> pages");
    free(blank);

    /* a scan with OCR off: an error that says why, a warning per page */
    char *scan = read_source(PDF_DIR "hyphen-pages-scan.pdf", &len);
    expect_error(scan, len, &no_ocr, ERR_INVAL, "OCR is off");
    struct ext_doc d;
    struct err e = {0};
    ext_doc_init(&d);
    ext_read_pdf(scan, len, &no_ocr, &d, &e);
    assert_int_equal(d.nwarnings, 2);
    assert_non_null(strstr(d.warnings[0], "page 1: no text layer"));
    ext_doc_fini(&d);
    free(scan);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_headings),
        cmocka_unit_test(test_seed_items),
        cmocka_unit_test(test_herning_wrap),
        cmocka_unit_test(test_two_columns),
        cmocka_unit_test(test_hyphenation),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_ocr),
        cmocka_unit_test(test_ocr_mixed),
        cmocka_unit_test(test_ocr_budget),
        cmocka_unit_test(test_ocr_doc_budget),
        cmocka_unit_test(test_ocr_seed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
