/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_log.c - lib/core/log: what reaches a log file is escaped so no
 * input can forge a line or reach a terminal raw, and cuts fall on
 * character boundaries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "core/log.h"

static void test_escape_table(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t max;
        const char *want;
    } cases[] = {
        {"hjemløse", 200, "hjemløse"},
        {"a\nb", 200, "a\\x0ab"},
        {"\x1b[2J", 200, "\\x1b[2J"},
        {"a\"b\\", 200, "a\\x22b\\x5c"},
        {"x\xc2\x85y", 200, "x\\xc2\\x85y"}, /* U+0085 NEL */
        {"x\xc2\x9b"
         "2J",
         200, "x\\xc2\\x9b2J"},                       /* U+009B CSI */
        {"x\xe2\x80\xa8y", 200, "x\\xe2\\x80\\xa8y"}, /* U+2028 */
        {"x\xe2\x80\xa9y", 200, "x\\xe2\\x80\\xa9y"}, /* U+2029 */
        {"x\xffy", 200, "x\\xffy"},                   /* not UTF-8 */
        {"\xc2\xa0", 200, "\xc2\xa0"},                /* NBSP is text */
        {"abæ", 3, "ab"}, /* the cut does not split æ */
        {"abæc", 4, "abæ"},
        {"ab\xe2\x80\x9c", 4, "ab"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[256];
        log_escape(cases[i].in, strlen(cases[i].in), cases[i].max, out,
                   sizeof out);
        if (strcmp(out, cases[i].want) != 0)
            fail_msg("case %zu: got <%s>, want <%s>", i, out, cases[i].want);
    }
}

static void test_log_line_escaped(void **state)
{
    (void)state;
    FILE *f = tmpfile();
    assert_non_null(f);
    log_init("test", LOG_INFO, f);
    log_msg(LOG_WARN, "index", "%s: skipped",
            "/x/evil\n2026 forged\x1b[2J.txt");
    rewind(f);
    char line[512];
    assert_non_null(fgets(line, sizeof line, f));
    assert_non_null(strstr(line, "evil\\x0a2026 forged\\x1b[2J.txt: skipped"));
    assert_null(fgets(line, sizeof line, f)); /* one line only */
    fclose(f);
    log_init("test", LOG_INFO, NULL);
}

/* --log-format json: quotes and backslashes escaped for JSON, control
 * characters as in text lines (\xNN, itself escaped), one line. */
static void test_log_json(void **state)
{
    (void)state;
    FILE *f = tmpfile();
    assert_non_null(f);
    log_init("test", LOG_INFO, f);
    log_set_format(LOG_FORMAT_JSON);
    log_msg(LOG_WARN, "conf",
            "say \"hi\" \\ to\n\x1b r\xc3\xa5"
            "d");
    log_msg(LOG_DEBUG, "conf", "not shown");
    rewind(f);
    char line[512];
    assert_non_null(fgets(line, sizeof line, f));
    assert_non_null(strstr(line, "{\"time\":\""));
    assert_non_null(strstr(line, "\",\"prog\":\"test\",\"pid\":"));
    assert_non_null(strstr(line,
                           ",\"level\":\"warn\",\"area\":\"conf\",\"msg\":"
                           "\"say \\\"hi\\\" \\\\ to\\\\x0a\\\\x1b r\xc3\xa5"
                           "d\"}\n"));
    assert_null(fgets(line, sizeof line, f)); /* one line only */
    fclose(f);
    log_set_format(LOG_FORMAT_TEXT);
    log_init("test", LOG_INFO, NULL);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape_table),
        cmocka_unit_test(test_log_line_escaped),
        cmocka_unit_test(test_log_json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
