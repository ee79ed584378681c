/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_sidecar.c - sidecar files (lib/minutes/sidecar.c): "key: value"
 * and "key=value" lines, the url key and what it refuses; and the text
 * before the first item (mnt_meeting.preamble) that meeting records
 * index. Texts written for this test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "test_filter.h"

#include "minutes/minutes.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Load `text` as a sidecar; the error code. */
static int load(const char *text, struct mnt_sidecar *sc, struct err *e)
{
    char path[] = "/tmp/test-sidecar-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
    memset(sc, 0, sizeof *sc);
    int rc = mnt_sidecar_load(path, sc, e);
    unlink(path);
    return rc;
}

static void test_url_forms(void **state)
{
    (void)state;
    static const struct {
        const char *text, *url;
    } ok[] = {
        {"url: https://example.org/referat/12\n",
         "https://example.org/referat/12"},
        {"url=https://example.org/a?b=c\n", "https://example.org/a?b=c"},
        {"council = Ældrerådet\nURL = http://example.org/x:y\n",
         "http://example.org/x:y"},
        {"link: https://example.org/l\n", "https://example.org/l"},
    };
    for (size_t i = 0; i < N(ok); i++) {
        struct mnt_sidecar sc;
        struct err e;
        if (load(ok[i].text, &sc, &e) != ERR_OK)
            fail_msg("case %zu: %s", i, e.msg);
        assert_non_null(sc.url);
        assert_string_equal(sc.url, ok[i].url);
        mnt_sidecar_fini(&sc);
    }
    struct mnt_sidecar sc;
    struct err e;
    assert_int_equal(load("council=Ældrerådet\n", &sc, &e), ERR_OK);
    assert_string_equal(sc.council, "Ældrerådet");
    assert_null(sc.url);
    mnt_sidecar_fini(&sc);
}

static void test_url_refused(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "url: ftp://example.org/x\n",
        "url: javascript:alert(1)\n",
        "url: https://\n",
        "url: https://a b\n",
        "url: https://a\"onclick=x\n",
        "url: https://a<b>\n",
        "url:\n",
    };
    for (size_t i = 0; i < N(bad); i++) {
        struct mnt_sidecar sc;
        struct err e;
        if (load(bad[i], &sc, &e) != ERR_INVAL)
            fail_msg("case %zu accepted", i);
        assert_non_null(strstr(e.msg, ":1:"));
        assert_null(sc.url);
    }
    /* too long */
    char *big = malloc(MNT_URL_MAX + 64);
    assert_non_null(big);
    strcpy(big, "url: https://example.org/");
    size_t n = strlen(big);
    memset(big + n, 'a', MNT_URL_MAX);
    big[n + MNT_URL_MAX] = '\0';
    struct mnt_sidecar sc;
    struct err e;
    assert_int_equal(load(big, &sc, &e), ERR_INVAL);
    free(big);
}

/* The header before the first item is kept, cleaned; a file whose first
 * line is an item has none. */
static void test_preamble(void **state)
{
    (void)state;
    static const char text[] = "Referat af møde i Ældrerådet\n"
                               "Mødedato: 3. marts 2024\n"
                               "Deltagere: Kaj Lund, Rita\n"
                               "Brun\n\n"
                               "1. Godkendelse af dagsorden\nGodkendt.\n\n"
                               "2. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse(text, strlen(text), NULL, &m, &e), ERR_OK);
    assert_int_equal(m.nitems, 2);
    assert_non_null(m.preamble);
    assert_non_null(strstr(m.preamble, "Referat af møde i Ældrerådet"));
    assert_non_null(strstr(m.preamble, "Kaj Lund"));
    assert_null(strstr(m.preamble, "Godkendelse"));
    mnt_meeting_fini(&m);

    static const char bare[] = "1. Valg\nOle valgt.\n\n2. Eventuelt\nIntet.\n";
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse(bare, strlen(bare), NULL, &m, &e), ERR_OK);
    assert_null(m.preamble);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_url_forms),
        cmocka_unit_test(test_url_refused),
        cmocka_unit_test(test_preamble),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
