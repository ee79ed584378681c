/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_utf8.c - lib/core/utf8 and lib/core/fold: the one decoder (what is
 * valid, how long an invalid byte is, boundaries) and the one folding (as
 * the index stores words: æøå kept, ä/ö read as æ/ø, "aa" as å). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/fold.h"
#include "core/utf8.h"
#include "test_filter.h"

static uint32_t next(const char *s, size_t len, size_t *n)
{
    return utf8_next((const unsigned char *)s, len, n);
}

static void test_next_valid(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        uint32_t cp;
        size_t n;
    } cases[] = {
        {"a", 'a', 1},
        {"\xc3\xa6", 0xE6, 2},            /* æ */
        {"\xc3\x85", 0xC5, 2},            /* Å */
        {"\xc2\x80", 0x80, 2},            /* smallest two-byte */
        {"\xe0\xa0\x80", 0x800, 3},       /* smallest three-byte */
        {"\xed\x9f\xbf", 0xD7FF, 3},      /* just below the surrogates */
        {"\xee\x80\x80", 0xE000, 3},      /* just above them */
        {"\xef\xbf\xbd", 0xFFFD, 3},      /* a real U+FFFD is valid */
        {"\xf0\x90\x80\x80", 0x10000, 4}, /* smallest four-byte */
        {"\xf4\x8f\xbf\xbf", 0x10FFFF, 4},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n;
        assert_int_equal(next(cases[i].s, strlen(cases[i].s), &n), cases[i].cp);
        assert_int_equal(n, cases[i].n);
        char out[4];
        assert_int_equal(utf8_put(cases[i].cp, out), cases[i].n);
        assert_memory_equal(out, cases[i].s, cases[i].n);
    }
}

static void test_next_invalid(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t len;
    } bad[] = {
        {"\x80", 1},             /* lone continuation */
        {"\xbf", 1},             /* lone continuation */
        {"\xc0\xaf", 2},         /* overlong '/' */
        {"\xc1\xbf", 2},         /* overlong */
        {"\xe0\x9f\xbf", 3},     /* overlong three-byte */
        {"\xf0\x8f\xbf\xbf", 4}, /* overlong four-byte */
        {"\xed\xa0\x80", 3},     /* surrogate U+D800 */
        {"\xed\xbf\xbf", 3},     /* surrogate U+DFFF */
        {"\xf4\x90\x80\x80", 4}, /* past U+10FFFF */
        {"\xf5\x80\x80\x80", 4}, /* lead byte past F4 */
        {"\xff", 1},
        {"\xc3", 1},         /* truncated: æ without its tail */
        {"\xe2\x82", 2},     /* truncated € */
        {"\xf0\x9f\x98", 3}, /* truncated emoji */
        {"\xc3(", 2},        /* tail is not a continuation */
        {"\xe2(\xac", 3},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t n = 9;
        assert_int_equal(next(bad[i].s, bad[i].len, &n), UTF8_BAD);
        assert_int_equal(n, 1); /* an invalid byte is one byte */
        uint32_t cp;
        assert_int_equal(utf8_decode(bad[i].s, bad[i].len, &cp), 1);
        assert_int_equal(cp, UTF8_REPLACEMENT);
        assert_int_equal(utf8_len(bad[i].s, bad[i].len), 0);
        assert_false(utf8_valid(bad[i].s, bad[i].len));
    }
    /* A length limit inside a valid sequence truncates it. */
    size_t n;
    assert_int_equal(next("\xc3\xa6", 1, &n), UTF8_BAD);
    assert_true(utf8_valid("", 0));
    assert_true(utf8_valid("rød grød", strlen("rød grød")));
}

static void test_boundaries(void **state)
{
    (void)state;
    const char *s = "aæ€😀"; /* 1 + 2 + 3 + 4 bytes */
    size_t len = strlen(s);
    assert_int_equal(utf8_count(s, len), 4);
    assert_int_equal(utf8_count("a\xffz", 3), 3);
    assert_int_equal(utf8_floor(s, 2), 1); /* inside æ */
    assert_int_equal(utf8_floor(s, 3), 3);
    assert_int_equal(utf8_floor(s, 5), 3); /* inside € */
    assert_int_equal(utf8_floor(s, 9), 6); /* inside the emoji */
    uint32_t cp;
    const char *end = s + len;
    assert_int_equal(utf8_prev(s, end, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    assert_int_equal(utf8_prev(s, end - 4, &cp), 3);
    assert_int_equal(cp, 0x20AC);
    assert_int_equal(utf8_prev(s, s + 1, &cp), 1);
    assert_int_equal(cp, 'a');
    assert_int_equal(utf8_prev(s, s, &cp), 0);
    /* Backwards over a broken sequence: one byte at a time. */
    const char *b = "x\xa6";
    assert_int_equal(utf8_prev(b, b + 2, &cp), 1);
    assert_int_equal(cp, UTF8_REPLACEMENT);
}

static const char *fold(const char *in, char *out, size_t cap)
{
    fold_str(in, strlen(in), out, cap, NULL);
    return out;
}

static void test_fold_danish(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"ÆØÅ", "æøå"},
        {"æøå", "æøå"},
        {"Aabenraa", "åbenrå"}, /* the old spelling of å */
        {"AAGAARD", "ågård"},
        {"aaa", "åa"},  /* pairs from the left */
        {"Ärø", "ærø"}, /* ä and ö are æ and ø */
        {"Öresund", "øresund"},
        {"rød", "rød"},     /* ø never becomes o */
        {"Café", "cafe"},   /* other diacritics go */
        {"a\xcc\x8a", "å"}, /* a + combining ring */
        {"o\xcc\x88", "ø"}, /* o + combining diaeresis */
        {"e\xcc\x81", "e"}, /* other combining marks go */
        {"Straße", "strasse"},
        {"ﬁnans", "finans"},
        {"bor\xc2\xadger", "borger"}, /* soft hyphen dropped */
        {"x\xffy", "xy"},             /* an invalid byte is dropped */
        {"\xed\xa0\x80z", "z"},       /* as is a surrogate's every byte */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[64];
        assert_string_equal(fold(cases[i].in, out, sizeof out), cases[i].want);
    }
    /* Output is cut, never split, and the cut is reported. */
    char out[4];
    int ovf = 0;
    assert_int_equal(fold_str("abcd", 4, out, sizeof out, &ovf), 3);
    assert_true(ovf);
    assert_int_equal(fold_str("xø", 3, out, 3, &ovf), 1);
    assert_true(ovf);
    assert_string_equal(out, "x");
    assert_int_equal(fold_str("xø", 3, out, 4, &ovf), 3);
    assert_false(ovf);
}

static void test_classes(void **state)
{
    (void)state;
    const uint32_t letters[] = {'a',  'Z',   0xE6,  0xC5,   0xF8,
                                0xDF, 0x3B1, 0x416, 0x1E9E, 0x4E2D};
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
        assert_true(fold_is_letter(letters[i]));
    const uint32_t not_letters[] = {'1',  '-',  ' ',    0xD7,    0xF7,
                                    0xA0, 0xAD, 0x2013, 0x1F600, UTF8_BAD};
    for (size_t i = 0; i < sizeof not_letters / sizeof not_letters[0]; i++)
        assert_false(fold_is_letter(not_letters[i]));
    assert_true(fold_is_upper(0xC6));  /* Æ */
    assert_true(fold_is_upper(0xD8));  /* Ø */
    assert_true(fold_is_upper(0xC5));  /* Å */
    assert_false(fold_is_upper(0xE6)); /* æ */
    assert_true(fold_is_lower(0xE6));
    assert_true(fold_is_lower(0xF8));
    assert_true(fold_is_lower(0xE5));
    assert_true(fold_is_lower(0xDF)); /* ß */
    assert_false(fold_is_lower(0xC5));
    assert_false(fold_is_lower(0xF7)); /* ÷ */
    assert_false(fold_is_lower('1'));
    assert_true(fold_is_control('\n'));
    assert_true(fold_is_control(0x7F));
    assert_true(fold_is_control(0x85));   /* NEL */
    assert_true(fold_is_control(0x9B));   /* CSI */
    assert_true(fold_is_control(0x2028)); /* line separator */
    assert_false(fold_is_control(0xA0));  /* NBSP is text */
    assert_false(fold_is_control(' '));
    assert_int_equal(fold_class('7'), FOLD_CLS_DIGIT);
    assert_int_equal(fold_class(0x2011), FOLD_CLS_HYPHEN);
    assert_int_equal(fold_class(0xAD), FOLD_CLS_SOFTHY);
    assert_int_equal(fold_class(0x30A), FOLD_CLS_MARK);
    assert_int_equal(fold_class(0x3000), FOLD_CLS_SPACE);
}

static void test_fold_compare(void **state)
{
    (void)state;
    assert_true(fold_eq("ÆRØ", 5, "ærø", 5));
    assert_true(fold_eq("Café", 5, "CAFE", 4));
    assert_false(fold_eq("rød", 4, "rod", 3));
    assert_false(fold_eq("ab", 2, "abc", 3));
    assert_int_equal(fold_prefix("KOMMUNE: Ærø", 13, "kommune"), 7);
    assert_int_equal(fold_prefix("Ærøskøbing", 12, "ærø"), 5);
    assert_int_equal(fold_prefix("Ær", 3, "ærø"), 0);
    assert_int_equal(fold_prefix("Bilag", 5, "Punkt"), 0);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_next_valid), cmocka_unit_test(test_next_invalid),
        cmocka_unit_test(test_boundaries), cmocka_unit_test(test_fold_danish),
        cmocka_unit_test(test_classes),    cmocka_unit_test(test_fold_compare),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
