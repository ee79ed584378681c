/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_parse.c - lib/core/parse: option numbers within their range, with
 * the message every executable prints for a bad one, and log_stamp(). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "test_filter.h"

#include "core/log.h"
#include "core/parse.h"

static void test_opt_u32_table(void **state)
{
    static const struct {
        const char *v;
        uint32_t lo, hi;
        int rc;
        uint32_t want;   /* on ERR_OK */
        const char *msg; /* otherwise */
    } cases[] = {
        {"8", 1, 64, ERR_OK, 8, NULL},
        {"1", 1, 64, ERR_OK, 1, NULL}, /* both ends are in */
        {"64", 1, 64, ERR_OK, 64, NULL},
        {"0", 1, 64, ERR_INVAL, 0, "--n <0>: want a number 1..64"},
        {"65", 1, 64, ERR_INVAL, 0, "--n <65>: want a number 1..64"},
        {"", 1, 64, ERR_INVAL, 0, "--n <>: want a number 1..64"},
        {"-1", 1, 64, ERR_INVAL, 0, "--n <-1>: want a number 1..64"},
        {"8x", 1, 64, ERR_INVAL, 0, "--n <8x>: want a number 1..64"},
        {"0", 0, UINT32_MAX, ERR_OK, 0, NULL},
        {"4294967295", 0, UINT32_MAX, ERR_OK, UINT32_MAX, NULL},
        {"4294967296", 0, UINT32_MAX, ERR_INVAL, 0,
         "--n <4294967296>: want a number"}, /* overflow */
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t out = 7;
        struct err e;
        err_clear(&e);
        int rc =
            parse_opt_u32("n", cases[i].v, cases[i].lo, cases[i].hi, &out, &e);
        assert_int_equal(rc, cases[i].rc);
        if (rc == ERR_OK) {
            assert_int_equal(out, cases[i].want);
        } else {
            assert_int_equal(out, 7); /* untouched on failure */
            assert_string_equal(e.msg, cases[i].msg);
        }
    }
}

static void test_log_stamp(void **state)
{
    char s[LOG_STAMP_LEN];
    (void)state;
    log_stamp((time_t)0, s);
    assert_string_equal(s, "1970-01-01T00:00:00Z");
    log_stamp((time_t)1741083302, s);
    assert_string_equal(s, "2025-03-04T10:15:02Z");
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_opt_u32_table),
        cmocka_unit_test(test_log_stamp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
