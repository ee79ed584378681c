/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_wordpdf.c - full councils' minutes made from Word
 * templates and read back as PDF transcripts (one line a page, blind
 * round dn): a heading whose lettered points ("a) …", "b) …") follow it
 * on the same flattened line. Each case is a few lines in our own
 * words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "segment_util.h"
#include "test_filter.h"

/* A page line "1. Meddelelser a) Der holdes … b) …": the first lettered
 * point opens the item's text, so the title ends before "a)" - it does
 * not run on to the 150-byte limit. */
static void test_flat_title_before_lettered_point(void **state)
{
    (void)state;
    static const char text[] =
        "1 Møde i Kommunalbestyrelsen mandag den 2. oktober 2017, Kl i "
        "Kommunalbestyrelsens mødesal REFERAT INDHOLDSFORTEGNELSE 1... "
        "Meddelelser Vejnavne i det nye boligområde Tilskud til "
        "idrætsforeningen. 7\n\n"
        "2 1. Meddelelser a) Der holdes borgermøde om skolerne tirsdag den "
        "10. oktober 2017 i hallen. b) Borgmesteren orienterede om busplanen. "
        "Kommunalbestyrelsens møde 2. oktober 2017 Punkt 1: Taget til "
        "efterretning. TEKNIK- OG MILJØUDVALGET 2. Vejnavne i det nye "
        "boligområde Teknik- og Miljøudvalget den 19. september 2017, pkt. 4 "
        "Resumé Området skal have tre vejnavne. Kommunalbestyrelsens møde "
        "2. oktober 2017 Punkt 2: Godkendt.\n\n"
        "3 KULTURUDVALGET 3. Tilskud til idrætsforeningen Kulturudvalget den "
        "20. september 2017, pkt. 2 Resumé Foreningen søger 20.000 kr. "
        "Kommunalbestyrelsens møde 2. oktober 2017 Punkt 3: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Meddelelser",
                                         "Vejnavne i det nye boligområde",
                                         "Tilskud til idrætsforeningen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_title_before_lettered_point),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
