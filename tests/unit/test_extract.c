/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_extract.c - the HTML reader of lib/extract: the publishing
 * systems' page layouts (tests/data/formats/), charsets. DOCX, ODT, the
 * shipped minutes in every format and format detection are
 * test_extract_office.c; hostile input is test_extract_hostile.c; the
 * plain-text reader is test_extract_text.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "core/buf.h"
#include "extract/extract.h"
#include "extract_util.h"

static void test_first_agenda(void **state)
{
    (void)state;
    struct ext_doc d;
    read_fixture("html", "tests/data/formats/first_agenda.html", &d);
    assert_string_equal(d.format, "html");
    assert_string_equal(d.title, "Udvalget for Natur og Fritid - Referat");
    /* the field table: label and value cells, each label opens a row */
    const struct ext_block *b = find(&d, "STARTTIDSPUNKT");
    assert_non_null(b);
    assert_int_equal(b->kind, EXT_TABLE_CELL);
    assert_int_equal(b->row_start, 1);
    assert_int_equal(b[1].kind, EXT_TABLE_CELL);
    assert_int_equal(b[1].row_start, 0);
    assert_string_equal(b[1].text, "12-02-2024 16:00:00");
    /* the PUNKTER list numbered from start= */
    b = find(&d, "13. Ny plan for stisystemet ved søen");
    assert_non_null(b);
    assert_int_equal(b->kind, EXT_LIST_ITEM);
    assert_int_equal(b->list_no, 13);
    /* items as h2, their sections as h3 */
    assert_int_equal(count_kind(&d, EXT_HEADING), 10);
    b = &d.blocks[d.nblocks - 2];
    assert_string_equal(b->text, "14. Lukket punkt: Køb af jord");
    assert_int_equal(b->kind, EXT_HEADING);
    assert_int_equal(b->level, 2);
    /* bold inside a paragraph does not make the paragraph bold */
    b = find(&d, "Stierne omkring søen er slidte, og borgere har klaget over "
                 "mudder om vinteren.");
    assert_non_null(b);
    assert_int_equal(b->bold, 0);
    assert_false(mentions(&d, "Til toppen"));
    assert_false(mentions(&d, "getElementById"));
    ext_doc_fini(&d);
}

static void test_cms_page(void **state)
{
    (void)state;
    struct ext_doc d;
    read_fixture("html", "tests/data/formats/kommune_cms.html", &d);
    assert_string_equal(d.title,
                        "Referat - Udsatterådet 5. marts 2024 | Egeby Kommune");
    static const char *const furniture[] = {
        "Spring til indhold",
        "cookies",
        "Tillad alle",
        "Borger",
        "Erhverv",
        "Forside",
        "Søg",
        "Vælg",
        "Fold alle ud",
        "Facebook",
        "Send til",
        "Se også",
        "Handicaprådet",
        "Til toppen",
        "Rådhuspladsen",
        "Tilgængelighed",
        "JavaScript",
        "background image",
        "Januar 2024",
    };
    for (size_t i = 0; i < sizeof furniture / sizeof furniture[0]; i++)
        if (mentions(&d, furniture[i]))
            fail_msg("furniture <%s> kept", furniture[i]);
    assert_int_equal(d.nblocks, 8);
    assert_int_equal(d.blocks[0].kind, EXT_HEADING);
    assert_int_equal(d.blocks[0].level, 1);
    const struct ext_block *b = find(&d, "2. Vinterens varmestuer");
    assert_non_null(b);
    assert_int_equal(b->level, 2);
    b = find(&d, "Beslutning: Taget til efterretning.");
    assert_non_null(b);
    assert_int_equal(b->bold, 1); /* style= and <b> together cover it */
    ext_doc_fini(&d);
}

/* The Danish public design system's accordion: item titles are buttons
 * in headings, bodies hidden until opened; both are the minutes. */
static void test_dkfds_accordion(void **state)
{
    (void)state;
    struct ext_doc d;
    read_fixture("html", "tests/data/formats/dkfds_accordion.html", &d);
    static const struct {
        const char *text;
        uint8_t kind, level;
    } want[] = {
        {"Referat fra Ældrerådets møde 9. januar 2025", EXT_HEADING, 1},
        {"Mødet holdtes i Nordby Bibliotek, lokale 2, kl. 10.00-12.00.",
         EXT_PARA, 0},
        {"1. Godkendelse af dagsorden", EXT_HEADING, 3},
        {"Dagsordenen blev godkendt.", EXT_PARA, 0},
        {"2. Orientering om trafiksikkerhed ved plejecentret", EXT_HEADING, 3},
        {"Vejafdelingen fortalte om den nye fodgængerovergang og om "
         "lysreguleringen.",
         EXT_PARA, 0},
        {"Rådet ønsker en opfølgning til sommer.", EXT_PARA, 0},
    };
    assert_int_equal(d.nblocks, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < d.nblocks; i++) {
        assert_string_equal(d.blocks[i].text, want[i].text);
        assert_int_equal(d.blocks[i].kind, want[i].kind);
        assert_int_equal(d.blocks[i].level, want[i].level);
    }
    ext_doc_fini(&d);
}

/* Accordions whose item titles exist only in buttons: a button that
 * opens a collapsible section by Bootstrap's data attributes or an
 * accordion's class name, or one inside a <details>' <summary>, is the
 * item's title; a print button, an expand-all button (even when it
 * toggles) and a cookie dialog's buttons are not. */
static void test_accordion_buttons(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main>"
        "<button class=\"btn\" onclick=\"print()\">Udskriv</button>"
        "<button class=\"accordion-expand-all\" data-bs-toggle=\"collapse\""
        " data-bs-target=\".collapse\">Fold alle ud</button>"
        "<div class=\"accordion-item\"><button class=\"accordion-button\""
        " data-bs-toggle=\"collapse\" data-bs-target=\"#p1\"><span>1.</span>"
        " <span>Godkendelse af dagsorden</span></button>"
        "<div id=\"p1\" class=\"collapse\"><p>Godkendt.</p></div></div>"
        "<div><button data-toggle=\"collapse\">2. Budget for rådet</button>"
        "<div><p>Drøftet.</p></div></div>"
        "<div><button class=\"accordion\">3. Valg af næstformand</button>"
        "<div><p>Lis blev valgt.</p></div></div>"
        "<details><summary><button type=\"button\">4. Eventuelt</button>"
        "</summary><p>Intet.</p></details>"
        "<div class=\"dialog\"><button>Tillad alle</button></div>"
        "</main></body></html>";
    static const char *const want[] = {"1. Godkendelse af dagsorden",
                                       "Godkendt.",
                                       "2. Budget for rådet",
                                       "Drøftet.",
                                       "3. Valg af næstformand",
                                       "Lis blev valgt.",
                                       "4. Eventuelt",
                                       "Intet."};
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &d, NULL), ERR_OK);
    assert_int_equal(d.nblocks, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < d.nblocks; i++)
        assert_string_equal(d.blocks[i].text, want[i]);
    ext_doc_fini(&d);
}

static void test_sharepoint_table(void **state)
{
    (void)state;
    struct ext_doc d;
    read_fixture("html", "tests/data/formats/sharepoint_table.html", &d);
    assert_false(mentions(&d, "Råd og nævn"));
    assert_false(mentions(&d, "Gennemse"));
    assert_false(mentions(&d, "Intranet"));
    const struct ext_block *b = find(&d, "Punkt 2. Kørselsordningen");
    assert_non_null(b);
    assert_int_equal(b->kind, EXT_PARA);
    assert_int_equal(b->bold, 1); /* FONT-WEIGHT:700 */
    assert_int_equal(find(&d, "Punkt 3. Eventuelt")->bold, 1);
    /* <br> splits blocks */
    assert_non_null(find(&d, "Næste dialogmøde er i juni."));
    b = find(&d, "Afbud:");
    assert_non_null(b);
    assert_int_equal(b->row_start, 1);
    assert_string_equal(b[1].text, "Per Holm");
    ext_doc_fini(&d);
}

/* A <header> is the site's banner only on a page that marks its content;
 * an agenda export without <main> may keep the meeting's fields in it. */
static void test_header(void **state)
{
    (void)state;
    static const struct {
        const char *html;
        int kept;
    } cases[] = {
        {"<body><header><table><tr><th>UDVALG</th><td>Skoleudvalget</td>"
         "</tr></table><nav><a href=/>Forside</a></nav></header>"
         "<h2>1. Punkt</h2></body>",
         1},
        {"<body><header><p>UDVALG Skoleudvalget</p></header><main>"
         "<h2>1. Punkt</h2></main></body>",
         0},
        {"<body><header><p>UDVALG Skoleudvalget</p></header>"
         "<div role=\"main\"><header><p>Skoleudvalget</p></header>"
         "<h2>1. Punkt</h2></div></body>",
         0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct ext_doc d;
        ext_doc_init(&d);
        assert_int_equal(
            ext_read_html(cases[i].html, strlen(cases[i].html), &d, NULL),
            ERR_OK);
        assert_int_equal(mentions(&d, "UDVALG"), cases[i].kept);
        assert_false(mentions(&d, "Forside"));
        assert_non_null(find(&d, "1. Punkt"));
        if (i == 2) /* the header inside the content is kept */
            assert_non_null(find(&d, "Skoleudvalget"));
        ext_doc_fini(&d);
    }
}

/* ASP.NET (eDoc, Acadre, SharePoint) pages sit in one <form>: its content
 * is kept, its controls and their labels are not. */
static void test_form(void **state)
{
    (void)state;
    static const char page[] =
        "<body><form method=\"post\" id=\"form1\">"
        "<div class=\"aspNetHidden\"><input type=\"hidden\" value=\"x\">"
        "</div><label for=\"m\">Vælg møde</label><select id=\"m\">"
        "<option>Marts 2024</option></select>"
        "<div class=\"q\"><label>Søg efter:<input></label></div>"
        "<h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p>"
        "<label>Beslutning</label></form><label>Bilag</label></body>";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &d, NULL), ERR_OK);
    const struct ext_block *b = find(&d, "1. Godkendelse af dagsorden");
    assert_non_null(b);
    assert_int_equal(b->kind, EXT_HEADING);
    assert_non_null(find(&d, "Godkendt."));
    assert_false(mentions(&d, "Vælg"));
    assert_false(mentions(&d, "Marts"));
    assert_false(mentions(&d, "Søg"));
    assert_false(mentions(&d, "Beslutning"));
    assert_non_null(find(&d, "Bilag")); /* a label outside a form */
    ext_doc_fini(&d);
}

/* eDoc and Acadre style classed spans as lines: a span with another class
 * right after one begins a block when its text starts upper case; Word's
 * words split across spans stay whole. */
static void test_class_spans(void **state)
{
    (void)state;
    static const char page[] =
        "<div class=\"punkt\"><span class=\"punktnavn\">1. Godkendelse af "
        "dagsorden</span><span class=\"sektion\">Referat</span>"
        "<span class=\"x\"><b>Godkendt</b></span><p>Ved <span "
        "class=SpellE>Køge</span><span class=GramE>bugt</span> og <span "
        "class=a>x</span><span>Y</span></p><p><span class=l>Sted</span> "
        "<span class=v>Rådhuset</span>, <span class=n>1.</span><span "
        "class=t>Valg</span></p><p><span class=n>55</span><span "
        "class=t>Budget</span></p><p><span class=punktnavn>3. Puljen "
        "2023</span><span class=sektion>Referat</span></p></div>";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &d, NULL), ERR_OK);
    assert_non_null(find(&d, "1. Godkendelse af dagsorden"));
    assert_non_null(find(&d, "Referat"));
    assert_non_null(find(&d, "Godkendt"));
    assert_non_null(find(&d, "Ved Køgebugt og xY"));
    assert_non_null(find(&d, "Sted Rådhuset, 1. Valg"));
    assert_non_null(find(&d, "55 Budget"));
    assert_non_null(find(&d, "3. Puljen 2023")); /* a title ending in a
                                                    number, then a label */
    assert_int_equal(d.nblocks, 8);
    ext_doc_fini(&d);
}

/* A <br> inside a paragraph marks the line after it (line_break): the
 * page wrapped that paragraph by hand. A new paragraph, a second <br>
 * (a blank line) or an <hr> does not; nor does a <br> with no block
 * before it in the paragraph (none, or one dropped as navigation). */
static void test_br_marks_line_break(void **state)
{
    (void)state;
    static const char page[] =
        "<p>3. Salg af grunde i Tjæreborg<br>Øst, etape 2.</p>"
        "<p>Ny paragraf</p><p>A<br><br>B</p><p><br>C</p>"
        "<p>D<hr>E</p><li>Titel<br>Tekst</li><h3>Del<br>to</h3>"
        "<div><a href=\"#\">Luk alle</a><br><a href=\"#\">Vis</a></div>";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &d, NULL), ERR_OK);
    static const struct {
        const char *text;
        int brk;
    } want[] = {{"3. Salg af grunde i Tjæreborg", 0},
                {"Øst, etape 2.", 1},
                {"Ny paragraf", 0},
                {"A", 0},
                {"B", 0},
                {"C", 0},
                {"D", 0},
                {"E", 0},
                {"Titel", 0},
                {"Tekst", 1},
                {"Del", 0},
                {"to", 1},
                {"Vis", 0}}; /* "Luk alle" dropped: a navigation phrase */
    assert_int_equal(d.nblocks, sizeof want / sizeof *want);
    for (size_t i = 0; i < d.nblocks; i++) {
        assert_string_equal(d.blocks[i].text, want[i].text);
        if (d.blocks[i].line_break != want[i].brk)
            fail_msg("%s: line_break %d", want[i].text, d.blocks[i].line_break);
    }
    assert_int_equal(d.blocks[11].kind, EXT_HEADING);
    char *dump = ext_dump(&d);
    assert_non_null(strstr(dump, "p br "));
    free(dump);
    ext_doc_fini(&d);
}

/* The page's name for its publisher comes from og:site_name, the
 * canonical host and a logo (in the dropped banner too), not from other
 * images; none of it becomes text. */
static void test_site_cues(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Referat</title>"
        "<meta property=\"og:site_name\" content=\"Rudersdal Kommune\">"
        "<link rel=\"canonical\" href=\"https://www.rudersdal.dk/x/y\">"
        "<meta property=\"og:url\" content=\"https://rudersdal.dk/x\">"
        "</head><body><header><a href=\"/\"><img src=\"a.png\" "
        "alt=\"Rudersdal Kommune\"></a><img class=\"site-logo\" "
        "alt=\"Politik i Rudersdal\"></header><main><h1>1. Punkt</h1>"
        "<img src=\"kort.png\" alt=\"Kort over skolen\"></main></body>"
        "</html>";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &d, NULL), ERR_OK);
    assert_non_null(d.site);
    assert_string_equal(
        d.site, "Rudersdal Kommune | rudersdal.dk | Politik i Rudersdal");
    assert_int_equal(d.nblocks, 1);
    char *dump = ext_dump(&d);
    assert_non_null(strstr(dump, "site \"Rudersdal Kommune | "));
    free(dump);
    ext_doc_fini(&d);

    /* a breadcrumb's first link, unless it only navigates */
    static const char crumbs[] =
        "<body><nav class=\"breadcrumb\"><a href=\"/a\">Egedal <b>Kommune"
        "</b></a> › <a href=\"/b\">Politik</a></nav><ol aria-label=\""
        "Brødkrumme\"><li><a href=\"/\">Forside</a></li><li><a>Råd</a>"
        "</li></ol><p>Tekst</p></body>";
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(crumbs, sizeof crumbs - 1, &d, NULL),
                     ERR_OK);
    assert_non_null(d.site);
    assert_string_equal(d.site, "Egedal Kommune");
    assert_int_equal(d.nblocks, 1);
    ext_doc_fini(&d);

    /* a logo whose alt text is only the word "Logo" names no one (an
     * Aula school page, ct- blind round) */
    static const char aula[] =
        "<body><header><img src=\"/sites/logo.png\" alt=\"Logo\">"
        "</header><main><h1>Referat</h1></main></body>";
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(aula, sizeof aula - 1, &d, NULL), ERR_OK);
    assert_true(d.site == NULL || strstr(d.site, "Logo") == NULL);
    ext_doc_fini(&d);
}

/* PolWeb serves agendas exported from Word: list numbers wrapped in
 * downlevel conditionals, sizes and bold inline, windows-1252. */
static void test_polweb_word(void **state)
{
    (void)state;
    struct ext_doc d;
    read_fixture("html", "tests/data/formats/polweb_word.html", &d);
    assert_string_equal(d.title, "Dagsorden og referat");
    assert_false(mentions(&d, "<!["));
    assert_false(mentions(&d, "endif"));
    assert_false(mentions(&d, "sekretariatet")); /* the mso XML block */
    const struct ext_block *b = find(&d, "1. Nyt fra væresteder");
    assert_non_null(b);
    assert_int_equal(b->bold, 1);
    assert_true(b->size == 14);
    b = find(&d, "2. Eventuelt");
    assert_non_null(b);
    assert_int_equal(b->bold, 1);
    assert_true(b->size == 14);
    b = find(&d, "Lyngby Sogns Kommune");
    assert_non_null(b);
    assert_true(b->size == 16);
    /* mso-bidi-font-weight is not font-weight; "Beslutning:" alone is
     * bold, so the paragraph is not */
    assert_int_equal(find(&d, "Beslutning: Taget til efterretning.")->bold, 0);
    assert_non_null(find(&d, "Åbent"));
    ext_doc_fini(&d);

    /* &nbsp; outside the <b> does not make a bold heading not bold */
    static const char nbsp[] = "<p>&nbsp;<b>Punkt 4. Valg</b>&nbsp;</p>";
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(nbsp, sizeof nbsp - 1, &d, NULL), ERR_OK);
    assert_int_equal(d.nblocks, 1);
    assert_string_equal(d.blocks[0].text, "Punkt 4. Valg");
    assert_int_equal(d.blocks[0].bold, 1);
    ext_doc_fini(&d);

    static const struct {
        const char *in, *want;
    } cases[] = {
        {"<p><![if !supportLists]>1.<![endif]>x</p>", "1.x"},
        {"<p><![IF !supportLists]>a<![ENDIF]>b</p>", "ab"},
        {"<p>a<![if never closed</p>", "a<![if never closed"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ext_doc_init(&d);
        assert_int_equal(
            ext_read_html(cases[i].in, strlen(cases[i].in), &d, NULL), ERR_OK);
        assert_int_equal(d.nblocks, 1);
        assert_string_equal(d.blocks[0].text, cases[i].want);
        ext_doc_fini(&d);
    }
}

/* The name rules are read again without when they dropped the minutes
 * themselves, not when a short page has a long menu. */
static void test_name_fallback(void **state)
{
    (void)state;
    static const char wrapped[] =
        "<body><div class=\"page has-search\"><h1>Referat</h1>"
        "<p>Punkt 1</p><p>Godkendt.</p><p>Punkt 2</p><p>Udsat.</p>"
        "</div></body>";
    static const char aflyst[] =
        "<body><div class=\"cookie-notice\"><p>Vi bruger cookies.</p></div>"
        "<ul class=\"main-menu\"><li><a href=/a>Borger</a></li>"
        "<li><a href=/b>Erhverv</a></li><li><a href=/c>Politik</a></li>"
        "<li><a href=/d>Kultur og fritid</a></li></ul>"
        "<h1>Udsatterådet 4. maj</h1><p>Mødet er aflyst.</p></body>";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(wrapped, sizeof wrapped - 1, &d, NULL),
                     ERR_OK);
    assert_int_equal(d.nblocks, 5);
    assert_true(d.nwarnings >= 1);
    ext_doc_fini(&d);
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(aflyst, sizeof aflyst - 1, &d, NULL),
                     ERR_OK);
    assert_int_equal(d.nblocks, 2);
    assert_false(mentions(&d, "Borger"));
    assert_false(mentions(&d, "cookies"));
    ext_doc_fini(&d);
}

static void test_charsets(void **state)
{
    (void)state;
    struct ext_doc d;
    read_fixture("html", "tests/data/formats/polweb_1252.html", &d);
    assert_string_equal(d.title, "Ældrerådet – referat");
    assert_non_null(find(&d, "Pkt. 1 – “Sundhedsdage” for borgere over 75 år"));
    assert_true(mentions(&d, "2.000 € til forplejning på sundhedsdagene i "
                             "Søndergården"));
    ext_doc_fini(&d);

    static const struct {
        const char *in, *want;
        int warns;
    } cases[] = {
        /* undeclared Latin-1 bytes: windows-1252, with a warning */
        {"<p>K\xf8"
         "benhavns R\xe5"
         "dhus</p>",
         "Københavns Rådhus", 1},
        /* declared UTF-8 that is not: the same */
        {"<meta charset=utf-8><p>\xc6ldrer\xe5"
         "d</p>",
         "Ældreråd", 1},
        /* mostly UTF-8 with one stray byte: kept as UTF-8 */
        {"<p>Ældreråd \xff og søer</p>", "Ældreråd \xEF\xBF\xBD og søer", 0},
        /* a byte order mark */
        {"\xEF\xBB\xBF<p>Rådet</p>", "Rådet", 0},
        /* ISO-8859-15 through iconv */
        {"<meta charset=\"iso-8859-15\"><p>\xa4 ok</p>", "€ ok", 0},
        /* NUL bytes */
        {"<p>a\0b</p>", "a b", 0},
        /* an unclosed <title> does not swallow the page */
        {"<title>Referat<p>Punkt 1</p>", "Punkt 1", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct err e = {0};
        ext_doc_init(&d);
        size_t len = strlen(cases[i].in);
        if (i == 5)
            len = 10;
        assert_int_equal(ext_read_html(cases[i].in, len, &d, &e), ERR_OK);
        assert_int_equal(d.nblocks, 1);
        assert_string_equal(d.blocks[0].text, cases[i].want);
        assert_int_equal(d.nwarnings > 0, cases[i].warns);
        ext_doc_fini(&d);
    }
}

/* A Word document saved as a web page sets its item headings bold by
 * paragraph class in the <style> block; a class Word merely names in a
 * property (mso-bidi-font-weight), an @page rule and a selector with a
 * combinator set nothing. */
static void test_html_class_bold_from_style(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><style>\n<!--\n /* Style Definitions */\n"
        "p.MsoNormal {margin:0cm; mso-bidi-font-weight:bold;}\n"
        "p.Punktoverskrift, li.Punktoverskrift\n"
        "\t{mso-style-name:Punktoverskrift; font-weight:bold;}\n"
        "@page Section1 {size:595.3pt 841.9pt;}\n"
        "div.Section1 p.Note {font-weight:bold}\n"
        "-->\n</style></head><body><div class=Section1>"
        "<p class=Punktoverskrift>2. Budgetopfølgning</p>"
        "<p class=MsoNormal>Merforbruget er 6 mio. kr.</p>"
        "<p class=Note>Bemærk bilaget.</p>"
        "</div></body></html>";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &d, NULL), ERR_OK);
    assert_int_equal(find(&d, "2. Budgetopfølgning")->bold, 1);
    assert_int_equal(find(&d, "Merforbruget er 6 mio. kr.")->bold, 0);
    assert_int_equal(find(&d, "Bemærk bilaget.")->bold, 0);
    ext_doc_fini(&d);
}

/* An <ol>'s entry of no text (Word's broken numbering: a point nobody
 * titled) is a blank block keeping its number; a <ul>'s is nothing, and
 * an outer entry holding a nested list is no entry of its own. */
static void test_empty_ordered_entry_is_blank(void **state)
{
    (void)state;
    static const char page[] =
        "<ol><li><ol><li>Salme</li></ol></li></ol><ol><li>&nbsp;</li></ol>"
        "<ul><li> </li></ul><ol start=\"3\"><li>Regnskab</li><li></li></ol>";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &d, NULL), ERR_OK);
    assert_int_equal(d.nblocks, 4);
    assert_int_equal(d.blocks[0].kind, EXT_LIST_ITEM);
    assert_int_equal(d.blocks[1].kind, EXT_BLANK);
    assert_int_equal(d.blocks[1].list_no, 1);
    assert_int_equal(d.blocks[1].list_depth, 1);
    assert_int_equal(d.blocks[2].list_no, 3);
    assert_int_equal(d.blocks[3].kind, EXT_BLANK);
    assert_int_equal(d.blocks[3].list_no, 4);
    ext_doc_fini(&d);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_agenda),
        cmocka_unit_test(test_cms_page),
        cmocka_unit_test(test_dkfds_accordion),
        cmocka_unit_test(test_accordion_buttons),
        cmocka_unit_test(test_sharepoint_table),
        cmocka_unit_test(test_header),
        cmocka_unit_test(test_polweb_word),
        cmocka_unit_test(test_name_fallback),
        cmocka_unit_test(test_charsets),
        cmocka_unit_test(test_form),
        cmocka_unit_test(test_class_spans),
        cmocka_unit_test(test_br_marks_line_break),
        cmocka_unit_test(test_site_cues),
        cmocka_unit_test(test_html_class_bold_from_style),
        cmocka_unit_test(test_empty_ordered_entry_is_blank),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
