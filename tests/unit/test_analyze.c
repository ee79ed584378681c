/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_analyze.c - lib/text: the analyzer (text to index terms, with the
 * word list when installed) and snippets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "test_filter.h"

#include "text/txt.h"
#include "text/txt_internal.h"
#include "text_util.h"

/* ---- analyzer ----------------------------------------------------------- */

struct collected {
    char s[4096];
    size_t o;
    int stop_after; /* stop with 7 after this many terms (0: never) */
    int n;
};

static int collect(void *ctx, const struct txt_term *t)
{
    static const char kinds[] =
        "ESPQC"; /* exact, stem, part, part stem, piece */
    struct collected *c = ctx;
    c->o += (size_t)snprintf(c->s + c->o, sizeof c->s - c->o, "%s%u%c:%.*s",
                             c->o ? " " : "", (unsigned)t->pos, kinds[t->kind],
                             (int)t->len, t->term);
    assert_true(c->o < sizeof c->s);
    if (++c->n == c->stop_after)
        return 7;
    return 0;
}

static void test_analyze(void **state)
{
    (void)state;
    struct err e;
    struct txt_stemmer *st = txt_stemmer_new(&e);
    struct txt_lexicon *lx = hand_lexicon();
    struct txt_analyzer a = {st, lx};
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"De hjemløse i Aarhus",
         "1E:de 1S:de 2E:hjemløse 2S:hjemløs 3E:i 3S:i 4E:århus 4S:århus"},
        {"F-ACT team",
         "1E:fact 1S:fact 1E:f 1S:f 2E:act 2S:act 3E:team 3S:team"},
        {"Hjemløsetællingen 2017",
         "1E:hjemløsetællingen 1S:hjemløsetælling 2E:2017"},
        {"hjemløsetælling", "1E:hjemløsetælling 1S:hjemløsetælling "
                            "1P:tælling 1Q:tælling 1P:hjemløse 1Q:hjemløs"},
        {"rusmiddelcentre",
         "1E:rusmiddelcentre 1S:rusmiddelcentr 1P:centre 1Q:centr "
         "1P:rusmiddel 1Q:rusmiddel 1P:rus 1Q:rus 1P:middel 1Q:middel"},
        {"børne- og ungdomspsykiatrien", /* "børn" is not in this lexicon */
         "1E:børne 1E:børnepsykiatrien 1S:børnepsykiatri 1Q:børn 2E:og "
         "2S:og 3E:ungdomspsykiatrien "
         "3S:ungdomspsykiatri 3P:psykiatrien 3Q:psykiatri 3P:ungdom "
         "3Q:ungdom"},
        {"rus- og middelbehandling",
         "1E:rus 1E:rusbehandling 1S:rusbehandling 1P:behandling "
         "1Q:behandling 1P:rus 1Q:rus 2E:og 2S:og 3E:middelbehandling "
         "3S:middelbehandling 3P:behandling 3Q:behandling 3P:middel "
         "3Q:middel"},
        {"rus- og behandling", /* nothing to complete with */
         "1E:rus 1S:rus 2E:og 2S:og 3E:behandling 3S:behandling"},
        {"Sagsnr. 1-01-81-11-23",
         "1E:sagsnr 1S:sagsnr 2E:1-01-81-11-23 2C:1-01 2C:1-01-81 "
         "2C:1-01-81-11 2C:01 2C:01-81-11-23 2C:81 2C:81-11-23 2C:11 2C:11-23 "
         "2C:23"},
        /* a code's whole and its leading and trailing runs at the first
         * position; its pieces as words after it (as for f-act) */
        {"Nr. 29.00.00-A26-2-17",
         "1E:nr 1S:nr 2E:29.00.00a26217 2S:29.00.00a26217 "
         "2C:29.00.00-a26-2-17 2C:29.00.00-a26 2C:29.00.00-a26-2 "
         "2C:a26-2-17 2C:2-17 2E:29.00.00 3E:a26 3S:a26 4E:2 5E:17"},
        {"covid-19", "1E:covid19 1S:covid19 1E:covid 1S:covid 2E:19"},
        {"Dok.nr. 13/39690",
         "1E:dok 1S:dok 2E:nr 2S:nr 3E:13/39690 3C:13 3C:39690"},
        {"x@fredericia.dk", "1E:x@fredericia.dk 1C:x 1C:fredericia 1C:dk"},
        {"https://www.x.dk/x", "1E:https://www.x.dk/x 1C:x 1C:dk"},
        {"covid-19", "1E:covid19 1S:covid19 1E:covid 1S:covid 2E:19"},
        /* paragraph references: the number also as "§107" (code.c) */
        {"servicelovens \u00a7 107, stk. 2",
         "1E:servicelovens 1S:servicelov 2E:107 2C:\u00a7107 3E:stk 3S:stk "
         "4E:2"},
        {"\u00a7\u00a7107 og 108", "1E:107 1C:\u00a7107 2E:og 2S:og 3E:108"},
        {"Paragraf 16", "1E:paragraf 1S:paragraf 2E:16 2C:\u00a716"},
        {"\u00a718-midler", "1E:18midler 1S:18midl 1C:\u00a718 1E:18 "
                            "2E:midler 2S:midl"},
        {"punkt 107", "1E:punkt 1S:punk 2E:107"}, /* no sign: no "§107" */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct collected c = {.o = 0};
        uint32_t pos = 0;
        assert_int_equal(txt_analyze(&a, cases[i].in, strlen(cases[i].in), &pos,
                                     collect, &c),
                         0);
        if (strcmp(c.s, cases[i].want) != 0)
            print_error("case %zu <%s>\n", i, cases[i].in);
        assert_string_equal(c.s, cases[i].want);
    }
    /* Positions continue across calls (fields share one space). */
    struct collected c = {.o = 0};
    uint32_t pos = 0;
    txt_analyze(&a, "en to", 5, &pos, collect, &c);
    assert_int_equal(pos, 2);
    pos += 100;
    txt_analyze(&a, "tre", 3, &pos, collect, &c);
    assert_int_equal(pos, 103);
    assert_string_equal(c.s, "1E:en 1S:en 2E:to 2S:to 103E:tre 103S:tre");
    /* Without a lexicon: no parts. */
    struct txt_analyzer plain = {st, NULL};
    memset(&c, 0, sizeof c);
    pos = 0;
    txt_analyze(&plain, "rusmiddelcentre", 15, &pos, collect, &c);
    assert_string_equal(c.s, "1E:rusmiddelcentre 1S:rusmiddelcentr");
    /* The callback's non-zero value stops the analysis. */
    memset(&c, 0, sizeof c);
    c.stop_after = 3;
    pos = 0;
    assert_int_equal(txt_analyze(&a, "en to tre fire", 14, &pos, collect, &c),
                     7);
    assert_int_equal(c.n, 3);
    assert_int_equal(txt_analyze(NULL, "x", 1, &pos, collect, &c), ERR_INVAL);
    txt_lexicon_free(lx);
    txt_stemmer_free(st);
}

static void test_analyze_dict(void **state)
{
    (void)state;
    struct txt_lexicon *lx = dict_lexicon();
    NEED_DICT(lx);
    struct err e;
    struct txt_stemmer *st = txt_stemmer_new(&e);
    struct txt_analyzer a = {st, lx};
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Børne- og Ungdomspsykiatrien",
         "1E:børne 1E:børnepsykiatrien 1S:børnepsykiatri "
         "1P:psykiatrien 1Q:psykiatri 1P:børn 1Q:børn 2E:og 2S:og "
         "3E:ungdomspsykiatrien 3S:ungdomspsykiatri 3P:psykiatrien "
         "3Q:psykiatri 3P:ungdom 3Q:ungdom"},
        {"misbrugs- og rusmiddelcentre",
         "1E:misbrugs 1E:misbrugscentre 1S:misbrugscentr "
         "1P:centre 1Q:centr 1P:misbrug 1Q:misbrug 2E:og 2S:og "
         "3E:rusmiddelcentre 3S:rusmiddelcentr 3P:centre 3Q:centr "
         "3P:rusmiddel 3Q:rusmiddel 3P:rus 3Q:rus 3P:middel 3Q:middel"},
        {"dobbeltdiagnosebehandlingstilbud",
         "1E:dobbeltdiagnosebehandlingstilbud "
         "1S:dobbeltdiagnosebehandlingstilbud "
         "1P:behandlingstilbud 1Q:behandlingstilbud "
         "1P:dobbeltdiagnose 1Q:dobbeltdiagnos 1P:dobbelt 1Q:dobbelt "
         "1P:diagnose 1Q:diagnos 1P:tilbud 1Q:tilbud "
         "1P:behandling 1Q:behandling"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct collected c = {.o = 0};
        uint32_t pos = 0;
        txt_analyze(&a, cases[i].in, strlen(cases[i].in), &pos, collect, &c);
        if (strcmp(c.s, cases[i].want) != 0)
            print_error("case %zu <%s>\n", i, cases[i].in);
        assert_string_equal(c.s, cases[i].want);
    }
    txt_stemmer_free(st);
}

/* ---- snippets ----------------------------------------------------------- */

/* Matches the stem "hjemløs" (any kind), the exact word "herning" and
 * the paragraph "§4". */
static int match_query(void *ctx, enum txt_term_kind kind, const char *t,
                       size_t n)
{
    (void)ctx;
    if (kind == TXT_PIECE && n == 3 && memcmp(t, "\u00a74", 3) == 0)
        return 1;
    if ((kind == TXT_STEM || kind == TXT_PART_STEM) && n == strlen("hjemløs") &&
        memcmp(t, "hjemløs", n) == 0)
        return 1;
    return kind == TXT_EXACT && n == 7 && memcmp(t, "herning", 7) == 0;
}

static void test_snippet(void **state)
{
    (void)state;
    struct err e;
    struct txt_stemmer *st = txt_stemmer_new(&e);
    struct txt_lexicon *lx = hand_lexicon();
    struct txt_analyzer a = {st, lx};
    static const char *const text =
        "Udsatterådet i Herning drøftede hjemløsetællingen. Der var   "
        "mange\n hjemløse i byen <i dag> & i går. Resten af teksten "
        "handler om noget helt andet, nemlig budgetter og økonomi.";
    static const struct {
        const char *text;
        size_t max;
        const char *open, *close;
        int html;
        const char *want;
    } cases[] = {
        {text, 60, "[", "]", 0,
         "Udsatterådet i [Herning] drøftede hjemløsetællingen. Der…"},
        {text, 100, "<mark>", "</mark>", 1,
         "Udsatterådet i <mark>Herning</mark> drøftede hjemløsetællingen. "
         "Der var mange <mark>hjemløse</mark> i byen &lt;i dag&gt; &amp; "
         "i…"},
        {"Lang tekst om budgetter og økonomi for kommunen, og så til sidst "
         "står der noget om Herning og de hjemløse.",
         50, "[", "]", 0,
         "…til sidst står der noget om [Herning] og de "
         "[hjemløse]."},
        /* two distinct words beat many of one */
        {"Herning Herning Herning Herning Herning Herning Herning Herning "
         "Herning. Senere: de hjemløse i Herning.",
         40, "[", "]", 0,
         "…[Herning] [Herning] [Herning]. Senere: de [hjemløse] i…"},
        /* compound part: the whole word is marked */
        {"Om hjemløsetælling i år", 100, "[", "]", 0,
         "Om [hjemløsetælling] i år"},
        /* no match: the start, cut at a word */
        {"Intet relevant her, kun tekst om budget og økonomi i kommunen.", 40,
         "[", "]", 0, "Intet relevant her, kun tekst om budget…"},
        /* white space and control bytes */
        {"  a\t\tb\r\n\xc2\xa0 c\x01 d  ", 100, "[", "]", 0, "a b c d"},
        {"x \"y\" 'z'", 100, "[", "]", 1, "x &quot;y&quot; &#39;z&#39;"},
        {"bad \xff byte", 100, "[", "]", 0, "bad \xef\xbf\xbd byte"},
        {"", 100, "[", "]", 0, ""},
    };
    /* every case twice: analysing all words, and only the words holding a
     * needle (the fast path searchd takes): the same snippet */
    static const char *const needles[] = {"hjemløs", "herning"};
    for (size_t i = 0; i < 2 * (sizeof cases / sizeof cases[0]); i++) {
        size_t c = i / 2;
        struct buf out = {0};
        struct txt_snippet_opts o = {.max_bytes = cases[c].max,
                                     .open = cases[c].open,
                                     .close = cases[c].close,
                                     .html_escape = cases[c].html};
        if (i % 2) {
            o.needles = needles;
            o.nneedles = 2;
        }
        assert_int_equal(txt_snippet(&a, cases[c].text, strlen(cases[c].text),
                                     match_query, NULL, &o, &out),
                         ERR_OK);
        const char *got = out.data != NULL ? out.data : "";
        if (strcmp(got, cases[c].want) != 0)
            print_error("case %zu (needles %zu)\n", c, i % 2);
        assert_string_equal(got, cases[c].want);
        buf_fini(&out);
    }
    /* a paragraph's number is marked, not the same number elsewhere;
     * also when only words holding a needle are analysed ("§4": the
     * number's paragraph term, with its sign) */
    static const char *const para =
        "Efter forretningsordenens \u00a7 4 og punkt 4 vælges en formand.";
    static const char *const para_needles[] = {"\u00a74"};
    for (int k = 0; k < 2; k++) {
        struct buf out = {0};
        struct txt_snippet_opts o = {
            .max_bytes = 100, .open = "[", .close = "]"};
        if (k) {
            o.needles = para_needles;
            o.nneedles = 1;
        }
        assert_int_equal(
            txt_snippet(&a, para, strlen(para), match_query, NULL, &o, &out),
            ERR_OK);
        assert_string_equal(out.data, "Efter forretningsordenens \u00a7 [4] "
                                      "og punkt 4 vælges en formand.");
        buf_fini(&out);
    }
    txt_lexicon_free(lx);
    txt_stemmer_free(st);
}

static void test_snippet_bounds(void **state)
{
    (void)state;
    struct err e;
    struct txt_stemmer *st = txt_stemmer_new(&e);
    struct txt_analyzer a = {st, NULL};
    /* One long word of 2-byte letters: cut inside the word, never inside
     * a character. */
    char ae[401] = "";
    for (int i = 0; i < 200; i++)
        strcat(ae, "æ");
    struct buf out = {0};
    struct txt_snippet_opts o = {.max_bytes = 11, .open = "[", .close = "]"};
    assert_int_equal(txt_snippet(&a, ae, strlen(ae), NULL, NULL, &o, &out),
                     ERR_OK);
    assert_string_equal(out.data, "æææææ…");
    buf_fini(&out);
    /* A 3 MB text: only the first 200 KB are searched; the match at the
     * end is not found, the answer is the start. */
    size_t big = 3u << 20;
    char *t = malloc(big + 1);
    assert_non_null(t);
    for (size_t i = 0; i < big; i++)
        t[i] = "abcdefg "[i % 8];
    memcpy(t + big - 8, "herning", 7);
    t[big] = '\0';
    o.max_bytes = 20;
    assert_int_equal(txt_snippet(&a, t, big, match_query, NULL, &o, &out),
                     ERR_OK);
    assert_string_equal(out.data, "abcdefg abcdefg…");
    buf_fini(&out);
    memcpy(t + 1000, "herning", 7);
    assert_int_equal(txt_snippet(&a, t, big, match_query, NULL, &o, &out),
                     ERR_OK);
    assert_string_equal(out.data, "…abcdefg [herning] abcdefg…");
    buf_fini(&out);
    free(t);
    /* Appends; NULL options take the defaults. */
    buf_puts(&out, ">");
    assert_int_equal(txt_snippet(&a, "ord", 3, NULL, NULL, NULL, &out), ERR_OK);
    assert_string_equal(out.data, ">ord");
    buf_fini(&out);
    txt_stemmer_free(st);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_analyze),
        cmocka_unit_test(test_analyze_dict),
        cmocka_unit_test(test_snippet),
        cmocka_unit_test(test_snippet_bounds),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    txt_lexicon_free(dict_lexicon());
    return rc;
}
