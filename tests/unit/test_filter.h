/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_filter.h - run some cases of a cmocka program alone: the first
 * argument, else $CMOCKA_FILTER, is a cmocka pattern of case names ('*'
 * and '?' wildcards): `./test_xap test_generations`. Include after
 * <cmocka.h>. */
#ifndef REFERAT_TESTS_TEST_FILTER_H
#define REFERAT_TESTS_TEST_FILTER_H

#include <stdlib.h>

static inline void test_filter_set(int argc, char **argv)
{
    const char *f = argc > 1 ? argv[1] : getenv("CMOCKA_FILTER");
    if (f != NULL && *f != '\0')
        cmocka_set_test_filter(f);
}

#endif
