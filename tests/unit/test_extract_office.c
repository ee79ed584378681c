/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_extract_office.c - the DOCX and ODT readers of lib/extract, the
 * five shipped minutes rendered by make_fixtures.py in HTML, DOCX and ODT
 * (every word of the .txt is in the blocks), and format detection. */
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
#include "extract_util.h"

/* Every word of the seed .txt is in the blocks (a heading the .txt breaks
 * with a hyphen is one word in the rendering: compare without it). */
static void check_covers(const char *seed, const struct ext_doc *d)
{
    char rel[256];
    snprintf(rel, sizeof rel, "corpus/%s.txt", seed);
    size_t len;
    char *txt = read_source(rel, &len);
    struct ext_doc t;
    ext_doc_init(&t);
    assert_int_equal(ext_read_text(txt, len, &t, NULL), ERR_OK);
    struct buf all = {0};
    for (size_t i = 0; i < d->nblocks; i++) {
        buf_append(&all, d->blocks[i].text, d->blocks[i].len);
        buf_putc(&all, '\n');
    }
    size_t words = 0;
    for (size_t i = 0; i < t.nblocks; i++) {
        char *save = NULL;
        for (char *w = strtok_r(t.blocks[i].text, " ", &save); w != NULL;
             w = strtok_r(NULL, " ", &save)) {
            size_t n = strlen(w);
            if (n > 1 && w[n - 1] == '-')
                w[n - 1] = '\0';
            if (strstr(all.data, w) == NULL)
                fail_msg("%s: word <%s> of line %zu missing", seed, w, i + 1);
            words++;
        }
    }
    assert_true(words > 1000);
    buf_fini(&all);
    ext_doc_fini(&t);
    free(txt);
}

static const struct {
    const char *seed;
    size_t items;
    int odt;
} seeds[] = {
    {"fredericia-udsatteraad-2022-08-24", 11, 1},
    {"herning-udsatteraad-2017-10-06", 7, 0},
    {"odense-raadet-for-socialt-udsatte-2017-11-30", 12, 0},
    {"region-midtjylland-udsatteraad-2024-06-19", 10, 0},
    {"region-midtjylland-udsatteraad-2025-10-22", 9, 0},
};

static void test_seeds(void **state)
{
    (void)state;
    static const char *const formats[] = {"html", "docx", "odt"};
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        for (size_t f = 0; f < 3; f++) {
            if (f == 2 && !seeds[i].odt)
                continue;
            char rel[256];
            snprintf(rel, sizeof rel, "tests/data/formats/seeds/%s/%s.%s",
                     formats[f], seeds[i].seed, formats[f]);
            struct ext_doc d;
            read_fixture(formats[f], rel, &d);
            assert_string_equal(d.format, formats[f]);
            if (count_kind(&d, EXT_HEADING) != seeds[i].items)
                fail_msg("%s: %zu headings, want %zu", rel,
                         count_kind(&d, EXT_HEADING), seeds[i].items);
            assert_non_null(d.title);
            check_covers(seeds[i].seed, &d);
            ext_doc_fini(&d);
        }
    }
}

static void test_docx(void **state)
{
    (void)state;
    struct ext_doc d;
    read_fixture("docx", "tests/data/formats/aeldreraad.docx", &d);
    assert_string_equal(d.title, "Referat Ældrerådet 4. marts 2025");
    static const struct {
        const char *text;
        uint8_t kind, level, bold, row_start;
        uint32_t list_no, page;
        float size;
    } want[] = {
        {"Referat", EXT_HEADING, 1, 1, 0, 0, 1, 20},
        {"Ældrerådet i Søby Kommune", EXT_PARA, 0, 1, 0, 0, 1, 11},
        {"Mødedato", EXT_TABLE_CELL, 0, 0, 1, 0, 1, 11},
        {"4. marts 2025 kl. 14.00", EXT_TABLE_CELL, 0, 0, 0, 0, 1, 11},
        {"Sted", EXT_TABLE_CELL, 0, 0, 1, 0, 1, 11},
        {"Mødelokale 2, Rådhuset", EXT_TABLE_CELL, 0, 0, 0, 0, 1, 11},
        {"Indgang fra gården", EXT_PARA, 0, 0, 0, 0, 1, 11},
        {"Godkendelse af dagsorden", EXT_HEADING, 2, 1, 0, 1, 1, 13},
        {"Dagsordenen blev godkendt uden bemærkninger.", EXT_PARA, 0, 0, 0, 0,
         1, 11},
        {"Budget for næste år", EXT_HEADING, 2, 1, 0, 2, 1, 13},
        {"Rådet drøftede tre forhold:", EXT_PARA, 0, 0, 0, 0, 1, 11},
        {"takster for madservice", EXT_LIST_ITEM, 0, 0, 0, 1, 1, 11},
        {"kørsel til aktivitetscentre", EXT_LIST_ITEM, 0, 0, 0, 2, 1, 11},
        {"Indstillingen blev tiltrådt.", EXT_PARA, 0, 0, 0, 0, 1, 11},
        {"Orientering fra formanden", EXT_HEADING, 2, 1, 0, 0, 1, 11},
        {"Beslutning: Godkendt", EXT_PARA, 0, 1, 0, 0, 1, 11},
        {"Eventuelt", EXT_HEADING, 2, 1, 0, 3, 2, 13},
        {"Kaffe og kage", EXT_LIST_ITEM, 0, 0, 0, 0, 2, 11},
        {"Næste møde", EXT_LIST_ITEM, 0, 0, 0, 0, 2, 11},
        {"Punkt fem", EXT_LIST_ITEM, 0, 0, 0, 5, 2, 11},
        {"Punkt seks", EXT_LIST_ITEM, 0, 0, 0, 6, 2, 11},
        {"Før skiftet", EXT_PARA, 0, 0, 0, 0, 2, 11},
        {"Efter skiftet", EXT_PARA, 0, 0, 0, 0, 3, 11},
        {"Tilbage står", EXT_PARA, 0, 0, 0, 0, 3, 11},
    };
    assert_int_equal(d.nblocks, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < d.nblocks; i++) {
        const struct ext_block *b = &d.blocks[i];
        assert_string_equal(b->text, want[i].text);
        assert_int_equal(b->kind, want[i].kind);
        assert_int_equal(b->level, want[i].level);
        assert_int_equal(b->bold, want[i].bold);
        assert_int_equal(b->row_start, want[i].row_start);
        assert_int_equal(b->list_no, want[i].list_no);
        assert_int_equal(b->page, want[i].page);
        assert_true(b->size == want[i].size);
    }
    ext_doc_fini(&d);
}

#define W_NS                                                                   \
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
#define W_HEAD(p) "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/>" p "</w:pPr>"
#define W_NUM(n)                                                               \
    "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" n "\"/></w:numPr>"
#define W_TEXT(t) "<w:r><w:t>" t "</w:t></w:r></w:p>"

/* Word (and LibreOffice saving for it) counts a list on its abstract
 * numbering: a "Heading 1" list whose numbering was set to 121 at its
 * first item is w:num 3 (a startOverride) there and w:num 2 (none) for
 * the rest, both of abstract 1, and Word prints 121, 122, 123; a second
 * list of another abstract counts on its own. */
static void test_docx_numbering_shared(void **state)
{
    (void)state;
    static const char styles[] =
        "<w:styles " W_NS "><w:style w:type=\"paragraph\" "
        "w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
        "</w:style></w:styles>";
    static const char numbering[] =
        "<w:numbering " W_NS ">"
        "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\">"
        "<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"4\"><w:lvl w:ilvl=\"0\">"
        "<w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/></w:lvl>"
        "</w:abstractNum>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/>"
        "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"121\"/>"
        "</w:lvlOverride></w:num>"
        "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"4\"/></w:num>"
        "</w:numbering>";
    /* item 121, a paragraph, item 122, a point of another list, 123 */
    static const char document[] = "<w:document " W_NS "><w:body>" /* */
        W_HEAD(W_NUM("3")) W_TEXT("Godkendelse af dagsorden")      /* */
        "<w:p>" W_TEXT("Godkendt.")                                /* */
        W_HEAD(W_NUM("2")) W_TEXT("Ny belægning på Torvegade")     /* */
        "<w:p><w:pPr>" W_NUM("5") "</w:pPr>"                       /* */
        W_TEXT("At arbejdet udbydes")                              /* */
        W_HEAD(W_NUM("2")) W_TEXT("Orientering")                   /* */
        "</w:body></w:document>";
    const struct part parts[] = {
        {"word/document.xml", document, sizeof document - 1},
        {"word/styles.xml", styles, sizeof styles - 1},
        {"word/numbering.xml", numbering, sizeof numbering - 1},
    };
    size_t len;
    char *z = make_zip(parts, 3, &len);
    struct ext_doc d;
    ext_doc_init(&d);
    struct err e;
    assert_int_equal(ext_read_docx(z, len, &d, &e), ERR_OK);
    static const struct {
        const char *text;
        uint32_t list_no;
    } want[] = {{"Godkendelse af dagsorden", 121},
                {"Godkendt.", 0},
                {"Ny belægning på Torvegade", 122},
                {"At arbejdet udbydes", 1},
                {"Orientering", 123}};
    assert_int_equal(d.nblocks, sizeof want / sizeof *want);
    for (size_t i = 0; i < d.nblocks; i++) {
        assert_string_equal(d.blocks[i].text, want[i].text);
        assert_int_equal(d.blocks[i].list_no, want[i].list_no);
    }
    assert_int_equal(d.blocks[0].kind, EXT_HEADING);
    ext_doc_fini(&d);
    free(z);
}

/* A paragraph in Word's "Title" style is the document's title, read as
 * the ODT reader reads LibreOffice's "Title" (no outline level): a bold,
 * large paragraph, no level-1 heading that a chain of item headings in
 * "Heading 1" could take for its first (round gz). */
static void test_docx_title_no_heading(void **state)
{
    (void)state;
    static const char styles[] =
        "<w:styles " W_NS "><w:style w:type=\"paragraph\" "
        "w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:rPr><w:b/>"
        "<w:sz w:val=\"32\"/></w:rPr></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\">"
        "<w:name w:val=\"heading 1\"/></w:style></w:styles>";
    static const char document[] =
        "<w:document " W_NS "><w:body>"                      /* */
        "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>"    /* */
        W_TEXT("Referat Musikskolens bestyrelsesmøde")       /* */
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" /* */
        W_TEXT("Godkendelse af dagsorden")                   /* */
        "</w:body></w:document>";
    const struct part parts[] = {
        {"word/document.xml", document, sizeof document - 1},
        {"word/styles.xml", styles, sizeof styles - 1},
    };
    size_t len;
    char *z = make_zip(parts, 2, &len);
    struct ext_doc d;
    ext_doc_init(&d);
    struct err e;
    assert_int_equal(ext_read_docx(z, len, &d, &e), ERR_OK);
    assert_int_equal(d.nblocks, 2);
    assert_int_equal(d.blocks[0].kind, EXT_PARA);
    assert_int_equal(d.blocks[0].level, 0);
    assert_int_equal(d.blocks[0].bold, 1);
    assert_true(d.blocks[0].size == 16);
    assert_int_equal(d.blocks[1].kind, EXT_HEADING);
    assert_int_equal(d.blocks[1].level, 1);
    ext_doc_fini(&d);
    free(z);
}

static void test_odt(void **state)
{
    (void)state;
    struct ext_doc d;
    read_fixture("odt", "tests/data/formats/handicapraad.odt", &d);
    assert_string_equal(d.format, "odt");
    assert_string_equal(d.title, "Handicaprådet, referat");
    static const struct {
        const char *text;
        uint8_t kind, level, bold, row_start;
        uint32_t list_no, page;
    } want[] = {
        {"Referat fra Handicaprådet", EXT_HEADING, 1, 1, 0, 0, 1},
        {"Mødet blev holdt på biblioteket", EXT_PARA, 0, 1, 0, 0, 1},
        /* a text:p whose automatic style is a child of "Heading 1" */
        {"Deltagere", EXT_HEADING, 1, 1, 0, 0, 1},
        {"Velkomst", EXT_LIST_ITEM, 0, 0, 0, 1, 1},
        {"Orientering om tilgængelighed", EXT_LIST_ITEM, 0, 0, 0, 2, 1},
        {"Et punkt uden nummer", EXT_LIST_ITEM, 0, 0, 0, 0, 1},
        {"Navn", EXT_TABLE_CELL, 0, 0, 1, 0, 1},
        {"Forening", EXT_TABLE_CELL, 0, 0, 0, 0, 1},
        {"Anna", EXT_TABLE_CELL, 0, 0, 1, 0, 1},
        {"Gangforeningen", EXT_TABLE_CELL, 0, 0, 0, 0, 1},
        {"Eventuelt", EXT_HEADING, 2, 0, 0, 0, 1},
        {"Ingen bemærkninger", EXT_PARA, 0, 0, 0, 0, 2},
    };
    assert_int_equal(d.nblocks, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < d.nblocks; i++) {
        const struct ext_block *b = &d.blocks[i];
        assert_string_equal(b->text, want[i].text);
        assert_int_equal(b->kind, want[i].kind);
        assert_int_equal(b->level, want[i].level);
        assert_int_equal(b->bold, want[i].bold);
        assert_int_equal(b->row_start, want[i].row_start);
        assert_int_equal(b->list_no, want[i].list_no);
        assert_int_equal(b->page, want[i].page);
    }
    ext_doc_fini(&d);
}

#define O_NS                                                                   \
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "       \
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "         \
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "           \
    "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
#define O_H(attrs, t)                                                          \
    "<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\"" attrs  \
    ">" t "</text:h>"

/* An ODT gives the blocks a DOCX of the same document gives: headings
 * numbered by chapter numbering (outline style) as Word numbers a heading
 * style (restart at 131, an unnumbered heading, counting on), a nested
 * list item's depth, a page broken by a paragraph style (Ctrl+Enter),
 * the default style's size and a heading's size in percent of its
 * parent's ("Heading 1" 130% of "Heading" 14 pt). */
static void test_odt_like_docx(void **state)
{
    (void)state;
    static const char styles[] =
        "<office:document-styles " O_NS "><office:styles>"
        "<style:default-style style:family=\"paragraph\">"
        "<style:text-properties fo:font-size=\"11pt\"/></style:default-style>"
        "<style:style style:name=\"Heading\" style:family=\"paragraph\">"
        "<style:text-properties fo:font-size=\"14pt\"/></style:style>"
        "<style:style style:name=\"Heading_20_1\" style:family=\"paragraph\" "
        "style:parent-style-name=\"Heading\" style:default-outline-level=\"1\">"
        "<style:text-properties fo:font-size=\"130%\" fo:font-weight=\"bold\"/>"
        "</style:style><text:outline-style style:name=\"Outline\">"
        "<text:outline-level-style text:level=\"1\" style:num-format=\"1\"/>"
        "</text:outline-style></office:styles></office:document-styles>";
    static const char content[] =
        "<office:document-content " O_NS "><office:automatic-styles>"
        "<style:style style:name=\"P1\" style:family=\"paragraph\" "
        "style:parent-style-name=\"Standard\"><style:paragraph-properties "
        "fo:break-before=\"page\"/></style:style>"
        "<text:list-style style:name=\"L1\"><text:list-level-style-number "
        "text:level=\"1\" style:num-format=\"1\"/><text:list-level-style-number"
        " text:level=\"2\" style:num-format=\"a\"/></text:list-style>"
        "</office:automatic-styles><office:body><office:text>"    /* */
        O_H("", "Godkendelse af dagsorden")                       /* */
        "<text:p text:style-name=\"Standard\">Godkendt.</text:p>" /* */
        O_H(" text:restart-numbering=\"true\" text:start-value=\"131\"",
            "Meddelelser")                            /* */
        O_H(" text:is-list-header=\"true\"", "Bilag") /* */
        "<text:p text:style-name=\"P1\">Taget til efterretning.</text:p>"
        "<text:list text:style-name=\"L1\"><text:list-item><text:p>At"
        "</text:p><text:list><text:list-item><text:p>Under</text:p>"
        "</text:list-item></text:list></text:list-item></text:list>" /* */
        O_H("", "Eventuelt") "</office:text></office:body>"
                             "</office:document-content>";
    const struct part parts[] = {
        {"content.xml", content, sizeof content - 1},
        {"styles.xml", styles, sizeof styles - 1},
    };
    size_t len;
    char *z = make_zip(parts, 2, &len);
    struct ext_doc d;
    ext_doc_init(&d);
    struct err e;
    assert_int_equal(ext_read_odt(z, len, &d, &e), ERR_OK);
    static const struct {
        const char *text;
        uint32_t list_no, depth, page, size10;
    } want[] = {{"Godkendelse af dagsorden", 1, 1, 1, 182},
                {"Godkendt.", 0, 0, 1, 110},
                {"Meddelelser", 131, 1, 1, 182},
                {"Bilag", 0, 0, 1, 182},
                {"Taget til efterretning.", 0, 0, 2, 110},
                {"At", 1, 1, 2, 110},
                {"Under", 1, 2, 2, 110},
                {"Eventuelt", 132, 1, 2, 182}};
    assert_int_equal(d.nblocks, sizeof want / sizeof *want);
    for (size_t i = 0; i < d.nblocks; i++) {
        const struct ext_block *b = &d.blocks[i];
        assert_string_equal(b->text, want[i].text);
        assert_int_equal(b->list_no, want[i].list_no);
        assert_int_equal(b->list_depth, want[i].depth);
        assert_int_equal(b->page, want[i].page);
        assert_int_equal((int)(b->size * 10 + 0.5f), want[i].size10);
    }
    ext_doc_fini(&d);
    free(z);
}

/* Saved pages and documents without their usual extension. */
static void test_format_of(void **state)
{
    (void)state;
    size_t len;
    char *docx = read_source("tests/data/formats/aeldreraad.docx", &len);
    assert_string_equal(ext_format_of("a/ShowAgenda.asp", docx, len), "docx");
    free(docx);
    char *odt = read_source("tests/data/formats/handicapraad.odt", &len);
    assert_string_equal(ext_format_of("referat", odt, len), "odt");
    free(odt);
    static const struct {
        const char *name, *bytes, *want;
    } cases[] = {
        {"157-2270.aspx", "\xEF\xBB\xBF\n  <!DOCTYPE html><html>", "html"},
        {"ShowAgenda.asp", "<HTML><HEAD><TITLE>x", "html"},
        {"agenda", "<!-- saved from url -->\n<html>", "html"},
        {"x.xml", "<?xml version=\"1.0\"?><root/>", NULL},
        {"notes", "Referat fra mødet", NULL},
        {"x.zip", "PK\x03\x04 nothing known", NULL},
        {"page.htm", "", "html"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = ext_format_of(cases[i].name, cases[i].bytes,
                                        strlen(cases[i].bytes));
        if (cases[i].want == NULL)
            assert_null(got);
        else
            assert_string_equal(got, cases[i].want);
    }
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seeds),
        cmocka_unit_test(test_docx),
        cmocka_unit_test(test_docx_numbering_shared),
        cmocka_unit_test(test_docx_title_no_heading),
        cmocka_unit_test(test_odt),
        cmocka_unit_test(test_odt_like_docx),
        cmocka_unit_test(test_format_of),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
