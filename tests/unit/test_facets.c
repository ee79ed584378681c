/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_facets.c - facets counted from a caller's table (struct
 * xap_facet_src, what searchd's hit table passes) equal those counted
 * from Xapian's value slots, order included; a table that misses a match
 * makes the search count from the value slots. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "xap/schema.h"
#include "xap/xap.h"

#define NDOCS 60

static char tmpdir[256], dbpath[300];
static const char *const councils[] = {"Udsatterådet, Herning Kommune",
                                       "Rådet for Socialt Udsatte, Odense",
                                       "Alpha", "Beta"};

/* Document i (id i+1): council and year chosen so counts tie and differ. */
static int council_of(int i)
{
    return i % 7 == 0 ? -1 : (i + i / 4) % 4;
}
static int year_of(int i)
{
    return i % 5 == 0 ? 0 : 2010 + (i % 4);
}

static int setup(void **state)
{
    (void)state;
    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/test_facets.XXXXXX",
             t != NULL && *t ? t : "/tmp");
    if (mkdtemp(tmpdir) == NULL)
        return -1;
    snprintf(dbpath, sizeof dbpath, "%s/db", tmpdir);
    struct err e = {0};
    xap_wdb *w = xap_wdb_open(dbpath, 0, &e);
    if (w == NULL)
        return -1;
    for (int i = 0; i < NDOCS; i++) {
        xap_doc *d = xap_doc_new(&e);
        xap_doc_add_term(d, "x", 1, 1, &e);
        if (i % 3 != 0)
            xap_doc_add_term(d, "y", 1, 1, &e);
        int c = council_of(i), y = year_of(i);
        if (c >= 0)
            xap_doc_set_value(d, SLOT_COUNCIL, councils[c], strlen(councils[c]),
                              &e);
        if (y > 0) {
            char ys[16];
            snprintf(ys, sizeof ys, "%d", y);
            xap_doc_set_value(d, SLOT_YEAR, ys, 4, &e);
        }
        xap_doc_set_data(d, "{}", 2, &e);
        xap_wdb_add(w, d, &e);
        xap_doc_free(d);
    }
    int rc = xap_wdb_commit(w, &e);
    xap_wdb_close(w);
    return rc;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static void same_facets(const struct xap_facet *a, size_t na,
                        const struct xap_facet *b, size_t nb)
{
    assert_int_equal(na, nb);
    for (size_t i = 0; i < na; i++) {
        assert_string_equal(a[i].value, b[i].value);
        assert_int_equal(a[i].count, b[i].count);
    }
}

static struct xap_results *run(xap_db *db, const char *term,
                               const struct xap_facet_src *src)
{
    struct err e = {0};
    struct xap_qnode q = {.op = XAP_Q_TERM, .term = (char *)term, .len = 1};
    struct xap_search_req req = {.query = &q,
                                 .limit = 5,
                                 .facets = 1,
                                 .check_at_least = NDOCS,
                                 .facet_src = src};
    struct xap_results *r = NULL;
    assert_int_equal(xap_search(db, &req, &r, &e), ERR_OK);
    return r;
}

static void test_table_equals_value_slots(void **state)
{
    (void)state;
    uint16_t council[NDOCS + 1] = {0}, year[NDOCS + 1] = {0};
    /* names in another order than the slots' byte order */
    const char *names[] = {councils[3], councils[1], councils[0], councils[2]};
    const int idx[] = {2, 1, 3, 0}; /* council c -> position in names */
    for (int i = 0; i < NDOCS; i++) {
        int c = council_of(i);
        council[i + 1] = c >= 0 ? (uint16_t)(idx[c] + 1) : 0;
        year[i + 1] = (uint16_t)year_of(i);
    }
    struct xap_facet_src src = {NDOCS + 1, council, year, names, 4};
    struct err e = {0};
    xap_db *db = xap_db_open(dbpath, &e);
    assert_non_null(db);
    for (int k = 0; k < 2; k++) {
        const char *term = k == 0 ? "x" : "y";
        struct xap_results *slots = run(db, term, NULL);
        struct xap_results *table = run(db, term, &src);
        assert_true(slots->ncouncils >= 3);
        same_facets(slots->councils, slots->ncouncils, table->councils,
                    table->ncouncils);
        same_facets(slots->years, slots->nyears, table->years, table->nyears);
        /* a table short of the last documents: counted from the slots */
        struct xap_facet_src part = src;
        part.ndocs = NDOCS / 2;
        struct xap_results *fallback = run(db, term, &part);
        same_facets(slots->councils, slots->ncouncils, fallback->councils,
                    fallback->ncouncils);
        same_facets(slots->years, slots->nyears, fallback->years,
                    fallback->nyears);
        xap_results_free(slots);
        xap_results_free(table);
        xap_results_free(fallback);
    }
    xap_db_close(db);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_equals_value_slots),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
