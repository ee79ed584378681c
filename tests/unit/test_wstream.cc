/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_wstream.cc - the word stream format (lib/xap/wstream.hh) on its
 * own, linked without Xapian: streams encoded and decoded, phrases and
 * NEAR checked against the positions they were made from, extras (two
 * words at one position, numbers past 16 bits), fields, the version byte
 * refused, and every cut or bit flip of a stream read without a crash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

extern "C" { /* cmocka.h has no guards of its own */
#include <cmocka.h>
}

#include <string>
#include <utility>
#include <vector>

#include "test_filter.h"
#include "xap/wstream.hh"

namespace
{

using tokens = std::vector<std::pair<uint32_t, uint32_t>>;

/* Body positions 0-9 (a gap at 5), title 20-22; word 70000 (an extra)
 * at 3, a second word at 7. */
const tokens doc = {{0, 1}, {1, 2}, {2, 3}, {3, 70000}, {4, 5},  {6, 6}, {7, 7},
                    {7, 8}, {8, 9}, {9, 1}, {20, 2},    {21, 3}, {22, 4}};
const std::vector<ws_field> fields = {{"", 0, 9}, {"S", 20, 22}};

ws_phrase phrase(std::vector<std::vector<uint32_t>> slots, size_t anchor)
{
    ws_phrase p;
    p.slots = std::move(slots);
    p.anchor = anchor;
    return p;
}

ws_status open(ws_stream &st, const std::string &s, const char *prefix)
{
    return st.open(reinterpret_cast<const unsigned char *>(s.data()), s.size(),
                   prefix);
}

void test_version_byte(void **state)
{
    (void)state;
    std::string s = ws_encode(doc, fields);
    assert_int_equal(static_cast<unsigned char>(s[0]), WSTREAM_VERSION);
    ws_stream st;
    assert_int_equal(open(st, s, ""), WS_OK);
    s[0] = WSTREAM_VERSION + 1;
    assert_int_equal(open(st, s, ""), WS_VERSION);
    assert_int_equal(open(st, std::string(), ""), WS_MALFORMED);
}

void test_phrases(void **state)
{
    (void)state;
    std::string s = ws_encode(doc, fields);
    ws_stream st;
    assert_int_equal(open(st, s, ""), WS_OK);
    static const struct {
        std::vector<std::vector<uint32_t>> slots;
        size_t anchor;
        bool want;
    } cases[] = {
        {{{1}, {2}}, 0, true},       /* 0-1 */
        {{{1}, {2}}, 1, true},       /* anchored on the second word */
        {{{2}, {1}}, 0, false},      /* wrong order */
        {{{3}, {70000}}, 1, true},   /* an extra past 16 bits */
        {{{70000}, {5}}, 0, true},   /* from the extra on */
        {{{5}, {6}}, 0, false},      /* 4 and 6: the gap at 5 */
        {{{6}, {8}, {9}}, 0, true},  /* 8 is the second word at 7 */
        {{{6}, {7}, {9}}, 2, true},  /* the first word at 7 */
        {{{4, 6}, {8}}, 0, true},    /* alternatives */
        {{{9}, {1}, {2}}, 0, false}, /* 9 is at 8, 1 at 9: 2 not at 10 */
        {{{2}, {3}, {4}}, 0, false}, /* in the title, not the body */
    };
    for (const auto &c : cases)
        assert_int_equal(st.exact(phrase(c.slots, c.anchor)), c.want);
    ws_stream title;
    assert_int_equal(open(title, s, "S"), WS_OK);
    assert_true(title.exact(phrase({{2}, {3}, {4}}, 1)));
    assert_false(title.exact(phrase({{1}, {2}}, 0)));
    assert_int_equal(open(title, s, "XA"), WS_NOFIELD);
}

void test_near(void **state)
{
    (void)state;
    std::string s = ws_encode(doc, fields);
    ws_stream st;
    assert_int_equal(open(st, s, ""), WS_OK);
    std::vector<std::pair<uint32_t, uint64_t>> hits;
    assert_true(st.near(phrase({{2}, {1}}, 0), 2, hits));  /* 0-1 */
    assert_true(st.near(phrase({{9}, {1}}, 0), 2, hits));  /* 8-9 */
    assert_false(st.near(phrase({{5}, {9}}, 0), 4, hits)); /* 4, 8 */
    assert_true(st.near(phrase({{5}, {9}}, 0), 5, hits));
    assert_false(st.near(phrase({{4}, {70000}}, 0), 3, hits)); /* title */
}

/* Every prefix of a stream and every one-bit change: an answer, no
 * crash (ASan checks the reads). */
void test_hostile(void **state)
{
    (void)state;
    std::string s = ws_encode(doc, fields);
    ws_stream st;
    for (size_t n = 0; n < s.size(); n++)
        assert_int_not_equal(open(st, s.substr(0, n), ""), WS_OK);
    std::vector<std::pair<uint32_t, uint64_t>> hits;
    for (size_t i = 0; i < s.size(); i++)
        for (int b = 0; b < 8; b++) {
            std::string t = s;
            t[i] = static_cast<char>(t[i] ^ (1 << b));
            if (open(st, t, "") == WS_OK) {
                st.exact(phrase({{1}, {2}}, 1));
                st.near(phrase({{1}, {9}}, 0), 4, hits);
            }
        }
}

} // namespace

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version_byte),
        cmocka_unit_test(test_phrases),
        cmocka_unit_test(test_near),
        cmocka_unit_test(test_hostile),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
