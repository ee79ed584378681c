/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_query_thesaurus.c - lib/query's weights: thesaurus files (groups,
 * multi-word synonyms, sources and their weights in layers, bad
 * directives) against a small real index, and the ranking weights of
 * referatd --rank (helpers: query_util.h). */
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

#include "query_util.h"

static void test_thesaurus(void **state)
{
    (void)state;
    char path[] = "/tmp/referat-thes-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *text = "# comment\n"
                       "misbrug, rusmiddel\n"
                       "fixerum, stofindtagelsesrum, fixe rum\n"
                       "praktiserende læge, egen læge\n"
                       "herberg, paragraf 110\n"
                       "enlig\n";
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    struct err e;
    const char *paths[] = {path};
    struct qry_thesaurus *th = qry_thesaurus_load(paths, 1, &e);
    unlink(path);
    assert_non_null(th);
    assert_int_equal(qry_thesaurus_groups(th), 4);

    char got[512];
    struct qry_out o;
    /* a synonym finds what the word alone does not */
    matches("misbruget", NULL, got, sizeof got);
    assert_string_equal(got, "");
    matches("misbruget", th, got, sizeof got);
    assert_string_equal(got, "d9");
    build("misbruget", th, got, sizeof got, &o);
    assert_true(match(&o, TXT_STEM, "rusmiddel"));
    /* a compound part by its exact form (issue 14: parts marked as the
     * typed word's lemma, not by stem) */
    assert_true(match(&o, TXT_PART_EXACT, "misbrug"));
    assert_false(match(&o, TXT_STEM, "valg"));
    qry_out_fini(&o);
    /* a multi-word synonym is a phrase: "fixe rum", not every "rum" */
    matches("fixerum", th, got, sizeof got);
    assert_string_equal(got, "d10");
    matches("rum", th, got, sizeof got);
    assert_string_equal(got, "d10");
    matches("fixerum", NULL, got, sizeof got);
    assert_string_equal(got, "");
    /* a multi-word entry matched by the stems of consecutive words */
    build("egen læger", th, got, sizeof got, &o);
    /* a file without "#: weight": its synonyms weigh 0.6 of the words
     * themselves, with the statistics of the whole group */
    assert_string_equal(got, "(OR Zegen Zlæg (SCALE 1.00 (PHRASE egen læger)) "
                             "(OR (SCALE 0.40 (PHRASE egen læger)) "
                             "(SCALE 0.60 (SYN (PHRASE egen læger) "
                             "(PHRASE praktiserende læge)))))");
    qry_out_fini(&o);
    /* a paragraph reference in any form meets the group of "paragraf
     * 110" (the Serviceloven's paragraphs by number and name) */
    build("\u00a7 110", th, got, sizeof got, &o);
    assert_string_equal(got, "(OR (SCALE 0.40 \u00a7110) "
                             "(SCALE 0.60 (SYN \u00a7110 Zherberg "
                             "ZXDherberg)))");
    qry_out_fini(&o);
    qry_thesaurus_free(th);

    const char *none[] = {"/nonexistent/thesaurus"};
    assert_null(qry_thesaurus_load(none, 1, &e));
    assert_int_equal(e.code, ERR_IO);
}

/* Write text to a new temporary file; its path goes to path[]. */
static void temp_file(char *path, const char *text)
{
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
}

/* Sources: each file its own weights ("#: weight"); a synonym never joins
 * the word's own SYNONYM below weight 1, and two sources make two layers
 * (lib/query/README.md "Thesaurus"); bad directives are errors. */
static void test_thesaurus_sources(void **state)
{
    (void)state;
    char dom[] = "/tmp/referat-thes-dom-XXXXXX";
    char myt[] = "/tmp/referat-thes-myt-XXXXXX";
    temp_file(dom, "#: source = domain\n"
                   "#: weight = 1\n"
                   "barn, børn # the same word\n"
                   "#: weight = 0.6\n"
                   "herberg, forsorgshjem\n");
    temp_file(myt, "#: source = mythes-da\n"
                   "#: weight = 0.4\n"
                   "herberg, natly\n");
    const char *both[] = {dom, myt};
    struct err e;
    struct qry_thesaurus *th = qry_thesaurus_load(both, 2, &e);
    assert_non_null(th);
    assert_int_equal(qry_thesaurus_groups(th), 3);
    const char *name;
    assert_int_equal(qry_thesaurus_source(th, 0, &name), 2);
    assert_string_equal(name, "domain");
    assert_int_equal(qry_thesaurus_source(th, 1, &name), 1);
    assert_string_equal(name, "mythes-da");
    assert_int_equal(qry_thesaurus_source(th, 2, &name), 0);
    assert_null(name);
    char got[512];
    struct qry_out o;
    /* weight 1: in the word's own SYNONYM, as before */
    build("barn", th, got, sizeof got, &o);
    assert_string_equal(got, "(SYN Zbarn Zbørn ZXDbørn)");
    qry_out_fini(&o);
    /* 1 - 0.6 for the word alone, 0.6 - 0.4 with the domain synonym,
     * 0.4 with both sources' */
    build("herberg", th, got, sizeof got, &o);
    /* (a synonym also as a compound part: ZXD) */
    assert_string_equal(got, "(OR (SCALE 0.40 Zherberg) "
                             "(SCALE 0.20 (SYN Zherberg Zforsorgshjem "
                             "ZXDforsorgshjem)) "
                             "(SCALE 0.40 (SYN Zherberg Zforsorgshjem "
                             "ZXDforsorgshjem Znatly ZXDnatly)))");
    assert_true(match(&o, TXT_STEM, "natly"));
    qry_out_fini(&o);
    /* a synonym's query brings the word at the synonym's weight */
    build("natly", th, got, sizeof got, &o);
    assert_string_equal(got, "(OR (SCALE 0.60 Znatly) "
                             "(SCALE 0.40 (SYN Znatly Zherberg ZXDherberg)))");
    qry_out_fini(&o);
    qry_thesaurus_free(th);
    /* one source switched off: the other's layers alone */
    th = qry_thesaurus_load(both, 1, &e);
    assert_non_null(th);
    build("herberg", th, got, sizeof got, &o);
    assert_string_equal(got, "(OR (SCALE 0.40 Zherberg) "
                             "(SCALE 0.60 (SYN Zherberg Zforsorgshjem "
                             "ZXDforsorgshjem)))");
    qry_out_fini(&o);
    qry_thesaurus_free(th);
    /* "#: use = parts": a group only for swapping a compound's part
     * (tests/integration/test_danish.py), never a whole word's synonym;
     * "#: use = words" ends the section */
    char prt[] = "/tmp/referat-thes-prt-XXXXXX";
    temp_file(prt, "#: use = parts\n"
                   "forening, selskab\n"
                   "#: use = words\n"
                   "forening, klub\n");
    const char *parts[] = {prt};
    th = qry_thesaurus_load(parts, 1, &e);
    unlink(prt);
    assert_non_null(th);
    assert_int_equal(qry_thesaurus_groups(th), 2);
    build("forening", th, got, sizeof got, &o);
    assert_string_equal(got, "(OR (SCALE 0.40 Zforening) "
                             "(SCALE 0.60 (SYN Zforening Zklub ZXDklub)))");
    qry_out_fini(&o);
    build("selskab", th, got, sizeof got, &o);
    assert_string_equal(got, "Zselskab");
    qry_out_fini(&o);
    qry_thesaurus_free(th);
    /* past QRY_THES_SOURCES_MAX files: an error, not a cut */
    const char *many[QRY_THES_SOURCES_MAX + 1];
    for (size_t i = 0; i <= QRY_THES_SOURCES_MAX; i++)
        many[i] = dom;
    assert_null(qry_thesaurus_load(many, QRY_THES_SOURCES_MAX + 1, &e));
    assert_int_equal(e.code, ERR_LIMIT);
    unlink(dom);
    unlink(myt);

    static const char *const bad[] = {
        "#: weight = 0\na, b\n",    /* a synonym that counts nothing */
        "#: weight = 1.5\na, b\n",  /* above the word itself */
        "#: weight = -0.5\na, b\n", /* signs */
        "#: weight = 0.6x\na, b\n", /* junk */
        "#: colour = blue\na, b\n", /* unknown key */
        "#: weight\na, b\n",        /* no value */
        "#: use = all\na, b\n",     /* parts or words only */
        "#: weight = 0.1\na, b\n#: weight = 0.2\nc, d\n"
        "#: weight = 0.3\ne, f\n#: weight = 0.4\ng, h\n"
        "#: weight = 0.5\ni, j\n", /* over QRY_THES_LEVELS weights */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char p[] = "/tmp/referat-thes-bad-XXXXXX";
        temp_file(p, bad[i]);
        const char *one[] = {p};
        th = qry_thesaurus_load(one, 1, &e);
        unlink(p);
        assert_null(th);
        assert_true(e.code == ERR_INVAL || e.code == ERR_LIMIT);
        assert_non_null(strstr(e.msg, "line"));
    }
}

/* referatd --rank: names, values, ranges; a bad spec changes nothing. */
static void test_rank_parse(void **state)
{
    (void)state;
    struct qry_rank r = qry_rank_default;
    struct err e;
    assert_int_equal(qry_rank_parse(&r, "k1=2,b=0.3,exact=0.1", &e), ERR_OK);
    assert_true(r.k1 == 2 && r.b == 0.3 && r.exact == 0.1);
    assert_true(r.adjacent == qry_rank_default.adjacent);
    assert_int_equal(qry_rank_parse(&r, "", &e), ERR_OK);
    static const char *const bad[] = {"b=1.5", "k1=-1", "k1=x",  "nosuch=1",
                                      "k1",    "k1=",   "b=nan", "k1=1,,b=2"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct qry_rank before = r;
        if (qry_rank_parse(&r, bad[i], &e) != ERR_INVAL)
            fail_msg("rank spec <%s> accepted", bad[i]);
        assert_memory_equal(&before, &r, sizeof r);
    }
    char text[256];
    struct qry_rank back = qry_rank_default;
    qry_rank_format(&r, text, sizeof text);
    assert_int_equal(qry_rank_parse(&back, text, &e), ERR_OK);
    assert_memory_equal(&back, &r, sizeof r);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_thesaurus),
        cmocka_unit_test(test_thesaurus_sources),
        cmocka_unit_test(test_rank_parse),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
