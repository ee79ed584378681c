/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_conf.c - lib/conf: what referat.conf accepts, what it refuses
 * (with the line), and how entries reach a program's option setter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "test_filter.h"

#include "conf/conf.h"

/* Write `text` to a temporary file; its path in `path`. */
static void write_tmp(const char *text, char *path, size_t cap)
{
    snprintf(path, cap, "/tmp/test_conf_XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_load_errors(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int code;
        const char *want; /* after "PATH" */
    } cases[] = {
        {"# only a comment\n\n; and another\n", ERR_OK, NULL},
        {"[index]\ndb = /x ; a comment\n", ERR_OK, NULL},
        {"[index]\r\ndb = /x\r\n", ERR_OK, NULL},         /* CRLF */
        {"\xef\xbb\xbf[index]\ndb = /x\n", ERR_OK, NULL}, /* BOM */
        {"[index]\ndb = /x\ncolour = red\n", ERR_INVAL,
         ":3: unknown key <colour> in [index]"},
        {"[Index]\ndb = /x\n", ERR_INVAL, ":2: unknown section <[Index]>"},
        {"db = /x\n", ERR_INVAL, ":1: <db> outside a [section]"},
        {"[index]\ndb = /x\ndb = /y\n", ERR_INVAL,
         ":3: <db> in [index] again (first on line 2)"},
        {"[index]\n[index\n", ERR_INVAL, ":2: not a [section]"},
        {"[referat-index]\nfolders = /a\nfolders = /b\n  /c\n", ERR_OK, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char path[64];
        write_tmp(cases[i].text, path, sizeof path);
        struct conf c;
        struct err e;
        conf_init(&c);
        err_clear(&e);
        int rc = conf_load(&c, path, &e);
        if (rc != cases[i].code)
            fail_msg("case %zu: rc %d, want %d (%s)", i, rc, cases[i].code,
                     e.msg);
        if (cases[i].want != NULL) {
            char want[256];
            snprintf(want, sizeof want, "%s%s", path, cases[i].want);
            if (strncmp(e.msg, want, strlen(want)) != 0)
                fail_msg("case %zu: <%s>, want <%s>", i, e.msg, want);
        }
        conf_fini(&c);
        unlink(path);
    }
}

static void test_folders_repeat_and_continue(void **state)
{
    (void)state;
    char path[64];
    write_tmp("[referat-index]\nfolders = /a\nfolders = /b\n  /c\n", path,
              sizeof path);
    struct conf c;
    conf_init(&c);
    assert_int_equal(conf_load(&c, path, NULL), ERR_OK);
    assert_int_equal(c.n, 3);
    assert_string_equal(c.v[2].value, "/c");
    assert_int_equal(c.v[2].line, 4);
    assert_string_equal(conf_get(&c, "referat-index", "folders"), "/c");
    assert_null(conf_get(&c, "index", "db"));
    conf_fini(&c);
    unlink(path);
}

struct seen {
    char log[256];
};

static int record(void *ctx, int code, const char *value, struct err *e)
{
    struct seen *s = ctx;
    if (value != NULL && strcmp(value, "bad") == 0)
        return err_set(e, ERR_INVAL, "--x <bad>: no");
    size_t n = strlen(s->log);
    snprintf(s->log + n, sizeof s->log - n, "%d=%s;", code,
             value != NULL ? value : "(flag)");
    return ERR_OK;
}

static void test_apply(void **state)
{
    (void)state;
    static const struct option opts[] = {
        {"threads", required_argument, NULL, 1},
        {"verbose", no_argument, NULL, 2},
        {"cors", required_argument, NULL, 3},
        {NULL, 0, NULL, 0},
    };
    static const struct {
        const char *text;
        int code;
        const char *want; /* the log, or the message after PATH */
    } cases[] = {
        {"[referatd]\nthreads = 3\nverbose = yes\n", ERR_OK, "1=3;2=(flag);"},
        {"[referatd]\nverbose = off\ncors = x\n", ERR_OK, "3=x;"},
        {"[referatd]\nverbose = perhaps\n", ERR_INVAL,
         ":2: [referatd] verbose: <perhaps> is not yes or no"},
        {"[referatd]\nthreads = bad\n", ERR_INVAL,
         ":2: [referatd] threads: --x <bad>: no"},
        {"[referatd]\nhttp = off\n", ERR_INVAL,
         ":2: [referatd] http: not used here"},
        {"[index]\ndb = /x\n", ERR_OK, ""}, /* another section */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char path[64];
        write_tmp(cases[i].text, path, sizeof path);
        struct conf c;
        struct err e;
        struct seen s = {{0}};
        conf_init(&c);
        err_clear(&e);
        assert_int_equal(conf_load(&c, path, &e), ERR_OK);
        int rc = conf_apply(&c, "referatd", opts, record, &s, &e);
        if (rc != cases[i].code)
            fail_msg("case %zu: rc %d (%s)", i, rc, e.msg);
        if (rc == ERR_OK) {
            if (strcmp(s.log, cases[i].want) != 0)
                fail_msg("case %zu: <%s>, want <%s>", i, s.log, cases[i].want);
        } else {
            char want[256];
            snprintf(want, sizeof want, "%s%s", path, cases[i].want);
            if (strcmp(e.msg, want) != 0)
                fail_msg("case %zu: <%s>, want <%s>", i, e.msg, want);
        }
        conf_fini(&c);
        unlink(path);
    }
}

static void test_path_from_argv(void **state)
{
    (void)state;
    char *a1[] = {"p", "--config", "/x.conf", NULL};
    char *a2[] = {"p", "--config=/y.conf", NULL};
    char *a3[] = {"p", "--config", "none", NULL};
    char *a4[] = {"p", "--", "--config", "/z.conf", NULL};
    assert_string_equal(conf_path_from_argv(3, a1), "/x.conf");
    assert_string_equal(conf_path_from_argv(2, a2), "/y.conf");
    assert_null(conf_path_from_argv(3, a3));
    const char *d = conf_path_from_argv(4, a4); /* after --: not an option */
    if (access(CONF_DEFAULT_PATH, F_OK) == 0)
        assert_string_equal(d, CONF_DEFAULT_PATH);
    else
        assert_null(d);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_load_errors),
        cmocka_unit_test(test_folders_repeat_and_continue),
        cmocka_unit_test(test_apply),
        cmocka_unit_test(test_path_from_argv),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
