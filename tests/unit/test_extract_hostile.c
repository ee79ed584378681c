/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_extract_hostile.c - hostile input to the HTML, DOCX and ODT readers:
 * a 50 MB page, nesting 100,000 deep, invalid bytes, zip bombs (declared
 * and lying sizes), truncated and corrupt zips, missing parts, too many
 * entries, XML entity tricks. Each gives a clear error or bounded output,
 * never a crash. Inputs are generated here, not committed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"
#include "zip_util.h"

#include "core/buf.h"
#include "extract/extract.h"

/* ---- HTML ---- */

static void test_html_50mb(void **state)
{
    (void)state;
    const char *para = "<p>Udvalget drøftede sagen og tog orienteringen til "
                       "efterretning efter en kort debat.</p>\n";
    size_t plen = strlen(para), want = 50u << 20;
    struct buf b = {0};
    assert_int_equal(buf_reserve(&b, want + plen), ERR_OK);
    buf_puts(&b, "<html><body><h1>Stor side</h1>");
    while (b.len < want)
        buf_append(&b, para, plen);
    struct ext_doc d;
    ext_doc_init(&d);
    struct err e = {0};
    assert_int_equal(ext_read_html(b.data, b.len, &d, &e), ERR_OK);
    assert_true(d.nblocks > 500000);
    assert_int_equal(d.blocks[0].kind, EXT_HEADING);
    assert_string_equal(d.blocks[d.nblocks - 1].text,
                        "Udvalget drøftede sagen og tog orienteringen til "
                        "efterretning efter en kort debat.");
    ext_doc_fini(&d);

    /* one paragraph past EXT_TEXT_MAX: a clear limit error */
    buf_reset(&b);
    buf_puts(&b, "<p>");
    while (b.len < EXT_TEXT_MAX + 1024)
        buf_puts(&b, "ord ord ord ord ord ord ord ord ord ord ord ord ord ");
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(b.data, b.len, &d, &e), ERR_LIMIT);
    assert_non_null(strstr(e.msg, "bytes"));
    assert_int_equal(d.nblocks, 0);
    ext_doc_fini(&d);
    buf_fini(&b);
}

static void nested(const char *open, size_t depth)
{
    struct buf b = {0};
    buf_puts(&b, "<html><body>");
    for (size_t i = 0; i < depth; i++)
        buf_puts(&b, open);
    buf_puts(&b, "innerst");
    struct ext_doc d;
    ext_doc_init(&d);
    struct err e = {0};
    /* libxml2 2.9's HTML parser follows any depth; ours stops at
     * EXT_DEPTH_MAX and reads what is deeper as one run of text. */
    assert_int_equal(ext_read_html(b.data, b.len, &d, &e), ERR_OK);
    assert_int_equal(d.nblocks, 1);
    assert_string_equal(d.blocks[0].text, "innerst");
    assert_true(d.nwarnings >= 1);
    assert_non_null(strstr(d.warnings[0], "deeper than"));
    ext_doc_fini(&d);
    buf_fini(&b);
}

static void test_html_deep(void **state)
{
    (void)state;
    nested("<div>", 100000);
    nested("<b>", 100000);
    nested("<table><tr><td>", 40000);
    nested("<ul><li>", 50000);
}

static void test_html_garbage(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t len;
    } cases[] = {
        {"", 0},
        {"<", 1},
        {"<p", 2},
        {"</p></div></li></ol></table>", 28},
        {"<!-- never closed", 17},
        {"<script>document.write('<p>x</p>')", 34},
        {"<title>aaa", 10},
        {"\xff\xfe<\0p\0>\0", 8}, /* UTF-16LE by its BOM */
        {"\xfe\xff\0<", 4},
        {"<p>\x80\x81\x8d\x8f\x90\x9d</p>", 13},
        {"<ol start=\"-5\"><li value=\"99999999999\">x</ol>", 45},
        {"<meta charset=\"no-such-charset\"><p>x</p>", 40},
        {"<td><td><tr><th>x", 17},
        {"&#0;&#xD800;&#x110000;&nbsp;&amp;", 33},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct ext_doc d;
        ext_doc_init(&d);
        struct err e = {0};
        assert_int_equal(ext_read_html(cases[i].in, cases[i].len, &d, &e),
                         ERR_OK);
        for (size_t k = 0; k < d.nblocks; k++)
            assert_int_equal(strlen(d.blocks[k].text), d.blocks[k].len);
        ext_doc_fini(&d);
    }
    /* binary data is no page */
    static const char pdf[] = "%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<\x01\x02\x03"
                              "\x04\x05\x06\x07\x08>>\nstream\n\x00\x00\x00";
    struct ext_doc b;
    ext_doc_init(&b);
    struct err e = {0};
    assert_int_equal(ext_read_html(pdf, sizeof pdf - 1, &b, &e), ERR_INVAL);
    assert_non_null(strstr(e.msg, "binary"));
    assert_int_equal(b.nblocks, 0);
    ext_doc_fini(&b);

    /* random bytes */
    unsigned seed = 12345;
    char *r = malloc(1 << 20);
    assert_non_null(r);
    for (size_t i = 0; i < 1 << 20; i++) {
        seed = seed * 1103515245u + 12345u;
        r[i] = "<>/p =\"'&;ab\xc3\xa6\n\xff"[(seed >> 16) % 16];
    }
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(r, 1 << 20, &d, NULL), ERR_OK);
    ext_doc_fini(&d);
    free(r);
}

/* ---- zips made here with libzip (zip_util.h) ---- */

static const char doc_ok[] =
    "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas."
    "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
    "<w:t>Hej</w:t></w:r></w:p></w:body></w:document>";

static int read_docx(const char *bytes, size_t len, struct err *e)
{
    struct ext_doc d;
    ext_doc_init(&d);
    int rc = ext_read_docx(bytes, len, &d, e);
    if (rc != ERR_OK)
        assert_int_equal(d.nblocks, 0);
    ext_doc_fini(&d);
    return rc;
}

static void test_docx_broken(void **state)
{
    (void)state;
    struct err e = {0};
    size_t len;
    struct part ok = {"word/document.xml", doc_ok, sizeof doc_ok - 1};
    char *z = make_zip(&ok, 1, &len);
    assert_int_equal(read_docx(z, len, &e), ERR_OK);

    /* truncated at every length up to the whole: never a crash */
    for (size_t cut = 0; cut < len; cut++) {
        int rc = read_docx(z, cut, &e);
        assert_true(rc == ERR_INVAL || rc == ERR_OK);
    }
    assert_int_equal(read_docx(z, len / 2, &e), ERR_INVAL);
    assert_non_null(strstr(e.msg, "zip"));
    /* a flipped byte in the compressed data: CRC or inflate error */
    for (size_t i = 30; i < len; i += 7) {
        z[i] ^= 0x5A;
        int rc = read_docx(z, len, &e);
        assert_true(rc == ERR_INVAL || rc == ERR_OK);
        z[i] ^= 0x5A;
    }
    free(z);

    assert_int_equal(read_docx("not a zip at all", 16, &e), ERR_INVAL);
    assert_int_equal(read_docx("", 0, &e), ERR_INVAL);

    struct part other = {"word/other.xml", doc_ok, sizeof doc_ok - 1};
    z = make_zip(&other, 1, &len);
    assert_int_equal(read_docx(z, len, &e), ERR_INVAL);
    assert_non_null(strstr(e.msg, "word/document.xml"));
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_odt(z, len, &d, &e), ERR_INVAL);
    assert_non_null(strstr(e.msg, "content.xml"));
    ext_doc_fini(&d);
    free(z);

    /* the main part where _rels/.rels says (Word Online) */
    static const char rels[] =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
        "openxmlformats.org/package/2006/relationships\"><Relationship "
        "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
        "officeDocument/2006/relationships/officeDocument\" "
        "Target=\"/word/document2.xml\"/></Relationships>";
    struct part moved[] = {
        {"_rels/.rels", rels, sizeof rels - 1},
        {"word/document2.xml", doc_ok, sizeof doc_ok - 1},
    };
    z = make_zip(moved, 2, &len);
    ext_doc_init(&d);
    assert_int_equal(ext_read_docx(z, len, &d, &e), ERR_OK);
    assert_int_equal(d.nblocks, 1);
    assert_string_equal(d.blocks[0].text, "Hej");
    ext_doc_fini(&d);
    /* ... and a clear error when it is missing */
    free(z);
    z = make_zip(moved, 1, &len);
    assert_int_equal(read_docx(z, len, &e), ERR_INVAL);
    assert_non_null(strstr(e.msg, "word/document2.xml"));
    free(z);

    /* not XML, and XML cut short */
    struct part bad[] = {
        {"word/document.xml", "<w:document><w:body", 19},
        {"word/document.xml", "\xff\xfe\x00garbage", 10},
    };
    for (size_t i = 0; i < 2; i++) {
        z = make_zip(&bad[i], 1, &len);
        assert_int_equal(read_docx(z, len, &e), ERR_INVAL);
        assert_non_null(strstr(e.msg, "XML"));
        free(z);
    }
}

/* Replace every `from` (4 bytes, little-endian u32) by `to` in z. */
static void patch_u32(char *z, size_t len, uint32_t from, uint32_t to)
{
    unsigned char f[4] = {from, from >> 8, from >> 16, from >> 24};
    unsigned char t[4] = {to, to >> 8, to >> 16, to >> 24};
    for (size_t i = 0; i + 4 <= len; i++)
        if (memcmp(z + i, f, 4) == 0)
            memcpy(z + i, t, 4);
}

static void test_zip_bomb(void **state)
{
    (void)state;
    /* a document.xml of EXT_UNZIP_MAX + 1 MB that deflates to ~70 KB */
    size_t big = EXT_UNZIP_MAX + (1u << 20);
    char *xml = malloc(big);
    assert_non_null(xml);
    static const char head[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
    memcpy(xml, head, sizeof head - 1);
    memset(xml + sizeof head - 1, 'a', big - (sizeof head - 1));
    struct part p = {"word/document.xml", xml, big};
    size_t len;
    char *z = make_zip(&p, 1, &len);
    assert_true(len < big / 100);
    struct err e = {0};
    assert_int_equal(read_docx(z, len, &e), ERR_LIMIT);
    assert_non_null(strstr(e.msg, "declares"));

    /* the same zip lying about its size: stopped while inflating */
    patch_u32(z, len, (uint32_t)big, 1000);
    int rc = read_docx(z, len, &e);
    assert_true(rc == ERR_LIMIT || rc == ERR_INVAL);
    if (rc == ERR_LIMIT)
        assert_non_null(strstr(e.msg, "inflates past"));
    free(z);
    free(xml);
}

static void test_zip_entries(void **state)
{
    (void)state;
    size_t n = 20001;
    struct part *p = calloc(n, sizeof *p);
    char(*names)[16] = calloc(n, 16);
    assert_non_null(p);
    assert_non_null(names);
    for (size_t i = 0; i < n; i++) {
        snprintf(names[i], 16, "f%zu", i);
        p[i] = (struct part){names[i], "", 0};
    }
    p[0] = (struct part){"word/document.xml", doc_ok, sizeof doc_ok - 1};
    size_t len;
    char *z = make_zip(p, n, &len);
    struct err e = {0};
    assert_int_equal(read_docx(z, len, &e), ERR_LIMIT);
    assert_non_null(strstr(e.msg, "entries"));
    free(z);
    free(names);
    free(p);
}

static void test_docx_xml_tricks(void **state)
{
    (void)state;
    struct err e = {0};
    size_t len;
    /* billion laughs: entities are not expanded, so nothing explodes */
    static const char laughs[] =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
        "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
        "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
        "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&g;&g;&g;"
        "</w:t></w:r></w:p></w:body></w:document>";
    /* an external entity: never fetched or read */
    static const char external[] =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM "
        "\"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas."
        "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
        "<w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    const char *docs[] = {laughs, external};
    for (size_t i = 0; i < 2; i++) {
        struct part p = {"word/document.xml", docs[i], strlen(docs[i])};
        char *z = make_zip(&p, 1, &len);
        struct ext_doc d;
        ext_doc_init(&d);
        int rc = ext_read_docx(z, len, &d, &e);
        assert_true(rc == ERR_OK || rc == ERR_INVAL);
        assert_true(d.text_bytes < 4096);
        for (size_t k = 0; k < d.nblocks; k++)
            assert_null(strstr(d.blocks[k].text, "root:"));
        ext_doc_fini(&d);
        free(z);
    }

    /* 100,000 nested elements in document.xml */
    struct buf b = {0};
    buf_puts(&b, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                 "wordprocessingml/2006/main\"><w:body>");
    for (int i = 0; i < 100000; i++)
        buf_puts(&b, "<w:tbl><w:tr><w:tc>");
    struct part p = {"word/document.xml", b.data, b.len};
    char *z = make_zip(&p, 1, &len);
    int rc = read_docx(z, len, &e);
    assert_true(rc == ERR_INVAL || rc == ERR_LIMIT);
    free(z);
    buf_fini(&b);
}

/* (Not hostile; make_zip lives here.) A line broken by hand inside a
 * paragraph - Word's w:br, ODF's text:line-break - marks the block after
 * it (line_break), as HTML's <br> does; a page break does not. */
static void test_office_line_break(void **state)
{
    (void)state;
    static const char docx[] =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>3. Salg af "
        "grunde</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>Øst, etape 2."
        "</w:t></w:r></w:p><w:p><w:r><w:t>Før</w:t></w:r><w:r><w:br "
        "w:type=\"page\"/></w:r><w:r><w:t>Efter</w:t></w:r></w:p>"
        "</w:body></w:document>";
    static const char odt[] =
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:"
        "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:"
        "opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
        "3. Salg af grunde<text:line-break/>Øst, etape 2.</text:p><text:p>"
        "Ny</text:p></office:text></office:body></office:document-content>";
    static const uint8_t want_docx[] = {0, 1, 0, 0}, want_odt[] = {0, 1, 0};
    for (int k = 0; k < 2; k++) {
        struct part p =
            k == 0 ? (struct part){"word/document.xml", docx, sizeof docx - 1}
                   : (struct part){"content.xml", odt, sizeof odt - 1};
        size_t len, n = k == 0 ? sizeof want_docx : sizeof want_odt;
        const uint8_t *want = k == 0 ? want_docx : want_odt;
        char *z = make_zip(&p, 1, &len);
        struct ext_doc d;
        struct err e = {0};
        ext_doc_init(&d);
        int rc = k == 0 ? ext_read_docx(z, len, &d, &e)
                        : ext_read_odt(z, len, &d, &e);
        if (rc != ERR_OK)
            fail_msg("%s: %s", k == 0 ? "docx" : "odt", e.msg);
        assert_int_equal(d.nblocks, n);
        for (size_t i = 0; i < n; i++)
            if (d.blocks[i].line_break != want[i])
                fail_msg("%s block %zu <%s>: line_break %d", k ? "odt" : "docx",
                         i, d.blocks[i].text, d.blocks[i].line_break);
        ext_doc_fini(&d);
        free(z);
    }
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_50mb),
        cmocka_unit_test(test_html_deep),
        cmocka_unit_test(test_html_garbage),
        cmocka_unit_test(test_docx_broken),
        cmocka_unit_test(test_zip_bomb),
        cmocka_unit_test(test_zip_entries),
        cmocka_unit_test(test_docx_xml_tricks),
        cmocka_unit_test(test_office_line_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
