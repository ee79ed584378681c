/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_proto.c - the line protocol library (lib/proto): request line
 * checks, splitting, URL decoding, search parameters from JSON and from
 * query strings, reply framing and parsing, the JSON field scanner. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "proto/proto.h"

static void test_line_check(void **state)
{
    static const struct {
        const char *in;
        size_t len;
        int want;
    } cases[] = {
        {"PING", 4, ERR_OK},
        {"SEARCH {\"q\":\"hjemløse\"}", 24, ERR_OK},
        {"A\tB", 3, ERR_OK},                /* tab is a blank */
        {"PI\0NG", 5, ERR_INVAL},           /* NUL */
        {"\x1b[31m", 5, ERR_INVAL},         /* escape sequence */
        {"\xff\xfe", 2, ERR_INVAL},         /* not UTF-8 */
        {"\xc0\xaf", 2, ERR_INVAL},         /* overlong "/" */
        {"\xed\xa0\x80", 3, ERR_INVAL},     /* surrogate */
        {"\xf4\x90\x80\x80", 4, ERR_INVAL}, /* past U+10FFFF */
        {"\xc3", 1, ERR_INVAL},             /* cut sequence */
        {"\x7f", 1, ERR_INVAL},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct err e;
        err_clear(&e);
        assert_int_equal(proto_line_check(cases[i].in, cases[i].len, &e),
                         cases[i].want);
        if (cases[i].want != ERR_OK)
            assert_true(e.msg[0] != '\0');
    }
    char *big = malloc(PROTO_LINE_MAX + 1);
    memset(big, 'a', PROTO_LINE_MAX + 1);
    assert_int_equal(proto_line_check(big, PROTO_LINE_MAX, NULL), ERR_OK);
    assert_int_equal(proto_line_check(big, PROTO_LINE_MAX + 1, NULL),
                     ERR_LIMIT);
    free(big);
}

static void test_line_split(void **state)
{
    static const struct {
        const char *in, *verb, *arg;
        size_t words;
    } cases[] = {
        {"PING", "PING", "", 0},
        {"  SEARCH   {\"q\": \"a b\"}  ", "SEARCH", "{\"q\": \"a b\"}", 3},
        {"ITEM\tx.txt#3", "ITEM", "x.txt#3", 1},
        {"", "", "", 0},
        {"   ", "", "", 0},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *v, *a;
        size_t vl, al;
        proto_line_split(cases[i].in, strlen(cases[i].in), &v, &vl, &a, &al);
        assert_int_equal(vl, strlen(cases[i].verb));
        assert_memory_equal(v, cases[i].verb, vl);
        assert_int_equal(al, strlen(cases[i].arg));
        assert_memory_equal(a, cases[i].arg, al);
        assert_int_equal(proto_count_words(a, al), cases[i].words);
    }
}

static void test_url_decode(void **state)
{
    static const struct {
        const char *in;
        int plus;
        int want;
        const char *out;
    } cases[] = {
        {"hjeml%C3%B8se", 1, ERR_OK, "hjemløse"},
        {"a+b", 1, ERR_OK, "a b"},
        {"a+b", 0, ERR_OK, "a+b"},
        {"x.txt%233", 0, ERR_OK, "x.txt#3"},
        {"%", 1, ERR_INVAL, NULL},
        {"%4", 1, ERR_INVAL, NULL},
        {"%zz", 1, ERR_INVAL, NULL},
        {"a%00b", 1, ERR_INVAL, NULL},  /* NUL */
        {"%ff%fe", 1, ERR_INVAL, NULL}, /* not UTF-8 */
        {"", 1, ERR_OK, ""},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct buf b;
        buf_init(&b);
        int rc = proto_url_decode(cases[i].in, strlen(cases[i].in),
                                  cases[i].plus, 100, &b, NULL);
        assert_int_equal(rc, cases[i].want);
        if (rc == ERR_OK) {
            assert_int_equal(b.len, strlen(cases[i].out));
            if (b.len > 0)
                assert_string_equal(b.data, cases[i].out);
        }
        buf_fini(&b);
    }
    struct buf b;
    buf_init(&b);
    assert_int_equal(proto_url_decode("abcdef", 6, 1, 5, &b, NULL), ERR_LIMIT);
    buf_fini(&b);
}

static void test_search_json(void **state)
{
    static const struct {
        const char *in;
        int want;
    } cases[] = {
        {"{\"q\":\"hjemløse\"}", ERR_OK},
        {"{\"q\":\"x\",\"council\":\"Herning\",\"from\":\"2017\",\"to\":"
         "\"2017-12\",\"offset\":10,\"limit\":100,\"facets\":false}",
         ERR_OK},
        {"{\"q\":\"x\",\"council\":null}", ERR_OK},
        {"{}", ERR_INVAL},
        {"[]", ERR_INVAL},
        {"{\"q\":\"\"}", ERR_INVAL},
        {"{\"q\":\"  \"}", ERR_INVAL},
        {"{\"q\":1}", ERR_INVAL},
        {"{\"q\":\"x\",\"q\":\"y\"}", ERR_INVAL},
        {"{\"q\":\"x\",\"extra\":1}", ERR_INVAL},
        {"{\"q\":\"x\",\"limit\":-1}", ERR_INVAL},
        {"{\"q\":\"x\",\"limit\":1.5}", ERR_INVAL},
        {"{\"q\":\"x\",\"facets\":1}", ERR_INVAL},
        {"{\"q\":\"x\",\"strict\":true}", ERR_OK},
        {"{\"q\":\"x\",\"strict\":1}", ERR_INVAL},
        {"{\"q\":\"x\",\"limit\":101}", ERR_LIMIT},
        {"{\"q\":\"x\",\"offset\":991,\"limit\":10}", ERR_LIMIT},
        {"{\"q\":\"x\",\"offset\":4294967295}", ERR_LIMIT},
        {"{\"q\":\"x\",\"from\":\"2017-02-29\"}", ERR_INVAL},
        {"{\"q\":\"x\",\"from\":\"2018\",\"to\":\"2017\"}", ERR_INVAL},
        {"{\"q\":\"a\\u0000b\"}", ERR_INVAL},
        {"{\"q\":", ERR_INVAL},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct proto_search s;
        struct err e;
        err_clear(&e);
        proto_search_init(&s);
        int rc =
            proto_search_from_json(cases[i].in, strlen(cases[i].in), &s, &e);
        if (rc != cases[i].want)
            fail_msg("case %zu <%s>: got %d (%s)", i, cases[i].in, rc, e.msg);
        proto_search_fini(&s);
    }
    struct proto_search s;
    proto_search_init(&s);
    const char *j = "{\"q\":\"x\",\"council\":\"Herning\",\"from\":\"2017\","
                    "\"to\":\"2017-11\",\"offset\":3,\"limit\":7,"
                    "\"facets\":false}";
    assert_int_equal(proto_search_from_json(j, strlen(j), &s, NULL), ERR_OK);
    assert_string_equal(s.q, "x");
    assert_string_equal(s.council, "Herning");
    assert_string_equal(s.from_key, "20170101");
    assert_string_equal(s.to_key, "20171130");
    assert_int_equal(s.offset, 3);
    assert_int_equal(s.limit, 7);
    assert_int_equal(s.facets, 0);
    /* And back: a client's request line parses to the same. */
    struct buf b;
    buf_init(&b);
    assert_int_equal(proto_search_to_json(&s, &b, NULL), ERR_OK);
    struct proto_search t;
    proto_search_init(&t);
    assert_int_equal(proto_search_from_json(b.data, b.len, &t, NULL), ERR_OK);
    assert_string_equal(t.council, "Herning");
    assert_string_equal(t.to_key, "20171130");
    assert_int_equal(t.limit, 7);
    proto_search_fini(&t);
    proto_search_fini(&s);
    buf_fini(&b);
}

static void test_search_form(void **state)
{
    static const struct {
        const char *in;
        int want;
    } cases[] = {
        {"q=hjeml%C3%B8se", ERR_OK},
        {"q=a+b&council=Herning&from=2017&to=&limit=5&offset=5&facets=0",
         ERR_OK},
        {"q=x&_=12345&go=S%C3%B8g", ERR_OK}, /* unknown keys ignored */
        {"q=x&&", ERR_OK},
        {"", ERR_INVAL},
        {"q=", ERR_INVAL},
        {"q=x&q=y", ERR_INVAL},
        {"q=x&limit=abc", ERR_INVAL},
        {"q=x&limit=-1", ERR_INVAL},
        {"q=x&facets=maybe", ERR_INVAL},
        {"q=x&strict=1&strict=0", ERR_INVAL},
        {"q=x&strict=sometimes", ERR_INVAL},
        {"q=%ff", ERR_INVAL},
        {"q=x&limit=500", ERR_LIMIT},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct proto_search s;
        struct err e;
        err_clear(&e);
        proto_search_init(&s);
        int rc =
            proto_search_from_form(cases[i].in, strlen(cases[i].in), &s, &e);
        if (rc != cases[i].want)
            fail_msg("case %zu <%s>: got %d (%s)", i, cases[i].in, rc, e.msg);
        proto_search_fini(&s);
    }
    struct proto_search s;
    proto_search_init(&s);
    const char *qs = "q=a+b&council=Herning&from=2017&to=&limit=5&facets=off";
    assert_int_equal(proto_search_from_form(qs, strlen(qs), &s, NULL), ERR_OK);
    assert_string_equal(s.q, "a b");
    assert_int_equal(s.q_len, 3);
    assert_string_equal(s.council, "Herning");
    assert_null(s.to);
    assert_int_equal(s.limit, 5);
    assert_int_equal(s.facets, 0);
    assert_int_equal(s.strict, 0);
    proto_search_fini(&s);
    /* strict, and back to a request line that keeps it */
    proto_search_init(&s);
    qs = "q=x&strict=1";
    assert_int_equal(proto_search_from_form(qs, strlen(qs), &s, NULL), ERR_OK);
    assert_int_equal(s.strict, 1);
    struct buf b;
    buf_init(&b);
    assert_int_equal(proto_search_to_json(&s, &b, NULL), ERR_OK);
    struct proto_search t;
    proto_search_init(&t);
    assert_int_equal(proto_search_from_json(b.data, b.len, &t, NULL), ERR_OK);
    assert_int_equal(t.strict, 1);
    proto_search_fini(&t);
    proto_search_fini(&s);
    buf_fini(&b);
    assert_string_equal(proto_code_name(PROTO_UNAVAILABLE), "unavailable");
    assert_int_equal(proto_code_http(PROTO_UNAVAILABLE), 503);
}

static void test_replies(void **state)
{
    (void)state;
    struct buf b;
    buf_init(&b);
    assert_int_equal(proto_reply_ok(&b, "{\"pong\":true}", 13), ERR_OK);
    assert_string_equal(b.data, "OK 13\n{\"pong\":true}\n");
    buf_reset(&b);
    assert_int_equal(
        proto_reply_err(&b, PROTO_BAD_QUERY, "missing ) at\nbyte <3>"), ERR_OK);
    assert_string_equal(b.data, "ERR bad_query missing ) at byte <3>\n");
    buf_reset(&b);
    proto_reply_err(&b, PROTO_BUSY, "");
    assert_string_equal(b.data, "ERR busy busy\n");
    buf_fini(&b);

    struct proto_reply r;
    assert_int_equal(proto_reply_parse("OK 13", 5, &r, NULL), ERR_OK);
    assert_true(r.ok);
    assert_int_equal(r.len, 13);
    const char *err = "ERR not_found no item <x>";
    assert_int_equal(proto_reply_parse(err, strlen(err), &r, NULL), ERR_OK);
    assert_false(r.ok);
    assert_int_equal(r.code, PROTO_NOT_FOUND);
    assert_string_equal(r.code_name, "not_found");
    assert_string_equal(r.msg, "no item <x>");
    assert_int_equal(proto_reply_parse("OK", 2, &r, NULL), ERR_INVAL);
    assert_int_equal(proto_reply_parse("OK -1", 5, &r, NULL), ERR_INVAL);
    assert_int_equal(proto_reply_parse("OK 99999999999", 14, &r, NULL),
                     ERR_INVAL);
    assert_int_equal(proto_reply_parse("OK 100000000", 12, &r, NULL),
                     ERR_LIMIT);
    assert_int_equal(proto_reply_parse("HTTP/1.1 200", 12, &r, NULL),
                     ERR_INVAL);

    for (int c = 0; c < PROTO_CODE_COUNT; c++) {
        const char *n = proto_code_name((enum proto_code)c);
        assert_int_equal(proto_code_parse(n, strlen(n)), c);
    }
    assert_int_equal(proto_code_http(PROTO_BUSY), 503);
    assert_int_equal(proto_code_http(PROTO_BAD_QUERY), 400);
    assert_int_equal(proto_code_http(PROTO_NOT_FOUND), 404);
    assert_int_equal(proto_code_from_err(ERR_LIMIT, PROTO_BAD_QUERY),
                     PROTO_LIMIT);
}

static void test_json_scan(void **state)
{
    (void)state;
    const char *doc =
        "{\"id\":\"a.txt#1\",\"sections\":[{\"name\":\"x\",\"text\":\"} ] "
        "\\\" {\"}],\"n\":12,\"nested\":{\"title\":\"no\"},\"title\":"
        "\"B\\u00e5d \\ud83d\\ude00 \\\"q\\\"\\n\",\"empty\":null}";
    struct proto_jfield f[] = {{"id", NULL, 0},
                               {"title", NULL, 0},
                               {"n", NULL, 0},
                               {"empty", NULL, 0},
                               {"absent", NULL, 0}};
    assert_int_equal(proto_json_scan(doc, strlen(doc), f, 5, NULL), ERR_OK);
    assert_memory_equal(f[0].raw, "\"a.txt#1\"", f[0].raw_len);
    assert_null(f[4].raw);
    struct buf b;
    buf_init(&b);
    assert_int_equal(proto_json_unescape(f[1].raw, f[1].raw_len, &b, NULL),
                     ERR_OK);
    assert_string_equal(b.data, "Båd \xf0\x9f\x98\x80 \"q\"\n");
    buf_fini(&b);
    json_t *v = proto_json_field_value(&f[2]);
    assert_int_equal(json_integer_value(v), 12);
    json_decref(v);
    v = proto_json_field_value(&f[3]);
    assert_true(json_is_null(v));
    json_decref(v);
    v = proto_json_field_value(&f[4]);
    assert_true(json_is_null(v));
    json_decref(v);

    static const char *const bad[] = {"",
                                      "[]",
                                      "{",
                                      "{\"a\"",
                                      "{\"a\":",
                                      "{\"a\":\"x",
                                      "{\"a\":[1,2}",
                                      "{\"a\":1 \"b\":2}",
                                      "{a:1}",
                                      "{\"a\":]}"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct proto_jfield g = {"a", NULL, 0};
        if (proto_json_scan(bad[i], strlen(bad[i]), &g, 1, NULL) == ERR_OK)
            fail_msg("accepted <%s>", bad[i]);
    }
    static const char *const bad_str[] = {
        "\"\\x\"", "\"\\u12\"", "\"\\udc00\"", "\"\\ud800x\"", "\"abc", "x"};
    for (size_t i = 0; i < sizeof bad_str / sizeof bad_str[0]; i++) {
        buf_init(&b);
        if (proto_json_unescape(bad_str[i], strlen(bad_str[i]), &b, NULL) ==
            ERR_OK)
            fail_msg("unescaped <%s>", bad_str[i]);
        buf_fini(&b);
    }
    /* Deep nesting is skipped without recursion. */
    size_t n = 100000;
    char *deep = malloc(2 * n + 16);
    size_t k = 0;
    k += (size_t)sprintf(deep, "{\"a\":");
    for (size_t i = 0; i < n; i++)
        deep[k++] = '[';
    for (size_t i = 0; i < n; i++)
        deep[k++] = ']';
    deep[k++] = '}';
    struct proto_jfield g = {"a", NULL, 0};
    assert_int_equal(proto_json_scan(deep, k, &g, 1, NULL), ERR_OK);
    assert_int_equal(g.raw_len, 2 * n);
    free(deep);
}

static void check_csv(const char *in, const char *want)
{
    struct buf b;
    buf_init(&b);
    assert_int_equal(proto_csv_field(&b, in, strlen(in)), ERR_OK);
    assert_int_equal(b.len, strlen(want));
    assert_memory_equal(b.data, want, b.len);
    buf_fini(&b);
}

static void test_csv_field(void **state)
{
    (void)state;
    check_csv("plain", "plain");
    check_csv("", "");
    check_csv("a,b", "\"a,b\"");
    check_csv("say \"hi\"", "\"say \"\"hi\"\"\"");
    check_csv("two\nlines", "\"two\nlines\"");
    check_csv("cr\r", "\"cr\r\"");
    check_csv("æøå", "æøå");
}

static void test_work_params(void **state)
{
    (void)state;
    struct proto_work w;
    struct err e;
    proto_work_init(&w, PROTO_WORK_TIMELINE);
    const char *qs = "q=&council=Herning&by=quarter&from=2017";
    assert_int_equal(proto_work_from_form(qs, strlen(qs), &w, &e), ERR_OK);
    assert_null(w.s.q); /* empty: every item */
    assert_int_equal(w.by, PROTO_BY_QUARTER);
    assert_string_equal(w.s.from_key, "20170101");
    proto_work_fini(&w);
    proto_work_init(&w, PROTO_WORK_KWIC);
    qs = "width=3";
    assert_int_equal(proto_work_from_form(qs, strlen(qs), &w, &e), ERR_INVAL);
    proto_work_fini(&w);
    proto_work_init(&w, PROTO_WORK_KWIC);
    const char *js = "{\"q\":\"bolig\",\"width\":99}";
    assert_int_equal(proto_work_from_json(js, strlen(js), &w, &e), ERR_LIMIT);
    proto_work_fini(&w);
    proto_work_init(&w, PROTO_WORK_KWIC);
    js = "{\"q\":\"bolig\",\"sort\":\"left\",\"limit\":5,\"x\":1}";
    assert_int_equal(proto_work_from_json(js, strlen(js), &w, &e), ERR_INVAL);
    proto_work_fini(&w);
    proto_work_init(&w, PROTO_WORK_EXPORT);
    js = "{\"q\":\"bolig\",\"format\":\"csv\",\"bom\":true}";
    assert_int_equal(proto_work_from_json(js, strlen(js), &w, &e), ERR_OK);
    assert_int_equal(w.format, PROTO_FMT_CSV);
    assert_int_equal(w.bom, 1);
    assert_int_equal(w.s.limit, PROTO_EXPORT_PAGE_MAX);
    struct buf b;
    buf_init(&b);
    assert_int_equal(proto_work_to_json(&w, &b, &e), ERR_OK);
    struct proto_work back;
    proto_work_init(&back, PROTO_WORK_EXPORT);
    assert_int_equal(proto_work_from_json(b.data, b.len, &back, &e), ERR_OK);
    assert_int_equal(back.format, PROTO_FMT_CSV);
    assert_int_equal(back.bom, 1);
    assert_string_equal(back.s.q, "bolig");
    proto_work_fini(&back);
    buf_fini(&b);
    proto_work_fini(&w);
    proto_work_init(&w, PROTO_WORK_SIMILAR);
    js = "{}";
    assert_int_equal(proto_work_from_json(js, strlen(js), &w, &e), ERR_INVAL);
    proto_work_fini(&w);
}

static void test_error_json(void **state)
{
    (void)state;
    struct buf b;
    buf_init(&b);
    assert_int_equal(
        proto_error_json(PROTO_LIMIT, "limit <101>, max <100>", &b), ERR_OK);
    assert_string_equal(
        b.data, "{\"error\":{\"code\":\"limit\",\"message\":\"limit <101>, max "
                "<100>\"}}");
    buf_fini(&b);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_check),  cmocka_unit_test(test_line_split),
        cmocka_unit_test(test_url_decode),  cmocka_unit_test(test_search_json),
        cmocka_unit_test(test_search_form), cmocka_unit_test(test_replies),
        cmocka_unit_test(test_json_scan),   cmocka_unit_test(test_error_json),
        cmocka_unit_test(test_csv_field),   cmocka_unit_test(test_work_params),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
