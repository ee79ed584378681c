/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_tokenizer.c - lib/text's tokenizer: words and their flags
 * (hyphenated, suspended, codes), byte offsets, words past the length
 * limit, and random bytes never crashing it. */
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

/* ---- tokenizer ---------------------------------------------------------- */

/* All tokens as "word:FLAGS" joined by spaces (H hyphenated, S suspended,
 * N number, U URL, C capital). */
static void tokens(const char *in, size_t len, char *out, size_t cap)
{
    struct txt_tokenizer t;
    struct txt_tok tok;
    size_t o = 0;
    out[0] = '\0';
    txt_tok_init(&t, in, len);
    while (txt_tok_next(&t, &tok)) {
        char flags[8];
        size_t f = 0;
        if (tok.flags & TXT_TOK_HYPHENATED)
            flags[f++] = 'H';
        if (tok.flags & TXT_TOK_SUSPENDED)
            flags[f++] = 'S';
        if (tok.flags & TXT_TOK_NUMBER)
            flags[f++] = 'N';
        if (tok.flags & TXT_TOK_URL)
            flags[f++] = 'U';
        if (tok.flags & TXT_TOK_CAPITAL)
            flags[f++] = 'C';
        flags[f] = '\0';
        assert_int_equal(strlen(tok.word), tok.wlen);
        assert_true(tok.wlen <= TXT_WORD_MAX);
        assert_true(tok.off + tok.len <= len);
        o += (size_t)snprintf(out + o, cap - o, "%s%s%s%s", o ? " " : "",
                              tok.word, f ? ":" : "", flags);
        assert_true(o < cap);
    }
}

static void test_tokenizer(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"Byrådet mødes", "byrådet:C mødes"},
        {"F-ACT og covid-19", "f-act:HC og covid-19:H"},
        {"F-ACT-inspirerede teams", "f-act-inspirerede:HC teams"},
        {"børne- og ungdomspsykiatrien", "børne:S og ungdomspsykiatrien"},
        {"misbrugs- eller rusmiddelcentre", "misbrugs:S eller rusmiddelcentre"},
        {"Social-, Børne- og Kulturudvalget",
         "social:SC børne:SC og kulturudvalget:C"},
        {"Sundheds-\nsamt Socialudvalget", "sundheds:SC samt socialudvalget:C"},
        {"ind- sats", "ind sats"},  /* not og/eller/samt */
        {"ind-\nsats", "ind sats"}, /* left to the clean-up */
        {"børne-og", "børne-og:H"}, /* no space: one word */
        {"27.12.00 1-01-81-11-23 2,5 2017. Slut",
         "27.12.00:N 1-01-81-11-23:N 2,5:N 2017:N slut:C"},
        {"kl. 10.00-12.00", "kl 10.00-12.00:N"},
        {"2017\xe2\x80\x93"
         "2019",
         "2017:N 2019:N"}, /* en dash splits */
        {"punkt 3a", "punkt 3a"},
        {"Se https://www.Fredericia.dk/Udsatte.",
         "se:C https://www.fredericia.dk/udsatte:U"},
        {"(se www.kk.dk/borgerrådgiver)", "se www.kk.dk/borgerrådgiver:U"},
        {"http://x.dk?a=1&b=2, slut", "http://x.dk?a=1&b=2:U slut"},
        {"www. alene", "www alene"}, /* no host: not a URL */
        {"Mail: Jens.Hansen@fredericia.dk.",
         "mail:C jens.hansen@fredericia.dk:U"},
        {"anne-marie@x.dk", "anne-marie@x.dk:U"},
        {"a@b og c@d.e", "a b og c d e"}, /* no real domain */
        {"Blå Kors' Hær", "blå:C kors:C hær:C"},
        {"Blå Kors\xe2\x80\x99 Hær", "blå:C kors:C hær:C"},
        {"\xe2\x80\x9c"
         "citat\xe2\x80\x9d",
         "citat"}, /* curly quotes */
        {"kommune\xc2\xad"
         "plan",
         "kommuneplan"}, /* soft hyphen */
        {"kommune\xc2\xad plan", "kommune plan"},
        {"Aarhus og \xc3\x85rhus", "århus:C og århus:C"},
        {"\xc3\x86"
         "BLE \xc3\x89lise",
         "æble:C elise:C"},
        {"a\xcc\x8a"
         "bent",
         "åbent"}, /* decomposed å */
        {"\xef\xac\x81"
         "nans",
         "finans"}, /* ligature */
        {"a\xc2\xa0"
         "b",
         "a b"},                           /* NBSP separates */
        {"\xef\x82\xb7 Punkt", "punkt:C"}, /* Word's bullet U+F0B7 */
        {"ab\xff"
         "cd \xc3(",
         "ab cd"}, /* invalid UTF-8 separates */
        {"\xed\xa0\x80"
         "x",
         "x"},            /* surrogate bytes */
        {"5/7", "5/7:N"}, /* page footer: one number, like 13/39690 */
        {"Sag 13/39690", "sag:C 13/39690:N"},
        {"Sagsnr.: 29.00.00-A26-2-17", "sagsnr:C 29.00.00-a26-2-17:H"},
        {"", ""},
        {"--- ...", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char got[512];
        tokens(cases[i].in, strlen(cases[i].in), got, sizeof got);
        if (strcmp(got, cases[i].want) != 0)
            print_error("case %zu <%s>\n", i, cases[i].in);
        assert_string_equal(got, cases[i].want);
    }
}

static void test_tokenizer_offsets(void **state)
{
    (void)state;
    const char *s = "Børne- og  F-ACT, www.x.dk.";
    struct txt_tokenizer t;
    struct txt_tok tok;
    static const struct {
        size_t off, len;
    } want[] = {{0, 6}, {8, 2}, {12, 5}, {19, 8}};
    txt_tok_init(&t, s, strlen(s));
    for (size_t i = 0; i < 4; i++) {
        assert_true(txt_tok_next(&t, &tok));
        assert_int_equal(tok.off, want[i].off);
        assert_int_equal(tok.len, want[i].len);
    }
    assert_false(txt_tok_next(&t, &tok));
    assert_false(txt_tok_next(&t, &tok)); /* stays at the end */
    txt_tok_init(&t, NULL, 10);
    assert_false(txt_tok_next(&t, &tok));
}

static void test_tokenizer_long_words(void **state)
{
    (void)state;
    char s[300];
    /* 64 bytes is kept, 65 is skipped; 32 æ are 64 bytes. */
    memset(s, 'x', 65);
    strcpy(s + 65, " ok ");
    memset(s + 69, 'y', 64);
    s[133] = '\0';
    char got[200];
    tokens(s, strlen(s), got, sizeof got);
    char want[200];
    snprintf(want, sizeof want, "ok %.64s", s + 69);
    assert_string_equal(got, want);
    char ae[200] = "";
    for (int i = 0; i < 32; i++)
        strcat(ae, "æ");
    tokens(ae, strlen(ae), got, sizeof got);
    assert_string_equal(got, ae);
    strcat(ae, "æ");
    tokens(ae, strlen(ae), got, sizeof got);
    assert_string_equal(got, "");
    /* "AA" folds to 2 bytes "å" from 2: 64 A's fit, as 32 å. */
    memset(s, 'A', 64);
    s[64] = '\0';
    tokens(s, 64, got, sizeof got);
    assert_int_equal(strlen(got), 64 + 2); /* 32 x "å" and ":C" */
}

/* Random bytes, biased towards the characters that drive the tokenizer:
 * nothing may crash, hang or break the token invariants. */
static int count_term(void *ctx, const struct txt_term *t)
{
    size_t *n = ctx;
    assert_true(t->len <= TXT_WORD_MAX);
    assert_true(t->pos > 0);
    (*n)++;
    return 0;
}

static void test_tokenizer_garbage(void **state)
{
    (void)state;
    static const char *const atoms[] = {
        "a",
        "Æ",
        "ø",
        "-",
        " ",
        "og",
        ".",
        ",",
        "@",
        "www.",
        "http://",
        "1",
        "\xc2\xad",
        "\xcc\x8a",
        "\xff",
        "\xc3",
        "\xe2\x80",
        "'",
        "\n",
        "x.dk",
        "eller",
        "aa",
        "\xe2\x80\x90",
        "æææææææææææææææ",
    };
    size_t n_atoms = sizeof atoms / sizeof atoms[0];
    uint32_t seed = 12345;
    struct err e;
    struct txt_stemmer *st = txt_stemmer_new(&e);
    struct txt_lexicon *lx = hand_lexicon();
    struct txt_analyzer a = {st, lx};
    char *buf = malloc(1 << 16);
    char *got = malloc(1 << 18);
    assert_non_null(buf);
    assert_non_null(got);
    for (int round = 0; round < 200; round++) {
        size_t len = 0;
        while (len < (1 << 16) - 64) {
            seed = seed * 1103515245u + 12345u;
            uint32_t r = seed >> 8;
            if (r % 5 == 0) {
                buf[len++] = (char)(r >> 8);
            } else {
                const char *at = atoms[(r >> 3) % n_atoms];
                memcpy(buf + len, at, strlen(at));
                len += strlen(at);
            }
            if (len > (size_t)(round * 300 + 10))
                break;
        }
        tokens(buf, len, got, 1 << 18);
        uint32_t pos = 0;
        size_t n = 0;
        assert_int_equal(txt_analyze(&a, buf, len, &pos, count_term, &n), 0);
        struct buf out = {0};
        struct txt_snippet_opts o = {
            .max_bytes = 40, .open = "[", .close = "]", .html_escape = 1};
        assert_int_equal(txt_snippet(&a, buf, len, NULL, NULL, &o, &out),
                         ERR_OK);
        if (out.len > 0)
            assert_true(utf8_valid(out.data, out.len));
        buf_fini(&out);
    }
    free(buf);
    free(got);
    txt_lexicon_free(lx);
    txt_stemmer_free(st);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokenizer),
        cmocka_unit_test(test_tokenizer_offsets),
        cmocka_unit_test(test_tokenizer_long_words),
        cmocka_unit_test(test_tokenizer_garbage),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
