/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_extract_text.c - the plain-text reader of lib/extract
 * (ext_read_text): pdftotext -layout pages in two columns read column by
 * column, and the header's field lines kept as lines. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "core/buf.h"
#include "extract/extract.h"
#include "extract_util.h"

/* pdftotext -layout of a two-column page: the left column's lines
 * first, then the right column's, each block saying its source line;
 * the running header that crosses the gutter stays where it is. */
static void test_text_two_columns(void **state)
{
    (void)state;
    static const char text[] =
        "Kommune                 Udvalget for Teknik og Miljø       Referat\n"
        "\n"
        "  1. Godkendelse af dagsorden                 Sagsfremstilling\n"
        "                                              Arbejdet er sket "
        "sammen\n"
        "  Beslutning                                  med politiet og "
        "vejene.\n"
        "  Godkendt uden bemærkninger.                 De største steder er:\n"
        "                                              1. krydset ved skolen,\n"
        "  2. Trafikplan for skoleveje 2012            2. vejen gennem byen.\n"
        "\n"
        "  Resumé                                      3. Renovering af broen\n"
        "  Planen peger på fjorten steder              over åen ved møllen\n"
        "  hvor der sker flest uheld i byen.\n";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_text(text, sizeof text - 1, &d, NULL), ERR_OK);
    /* the header, then the left column from line 3 on */
    assert_string_equal(d.blocks[0].text,
                        "Kommune Udvalget for Teknik og Miljø Referat");
    assert_int_equal(d.blocks[0].line, 1);
    size_t left = 0, right = 0;
    for (size_t i = 0; i < d.nblocks; i++) {
        if (strcmp(d.blocks[i].text, "2. Trafikplan for skoleveje 2012") == 0)
            left = i;
        if (strcmp(d.blocks[i].text, "Sagsfremstilling") == 0)
            right = i;
    }
    assert_true(left > 0 && right > left);
    assert_int_equal(d.blocks[left].line, 8);
    assert_int_equal(d.blocks[right].line, 3);
    assert_string_equal(d.blocks[right + 1].text, "Arbejdet er sket sammen");
    ext_doc_fini(&d);
}

/* Aligned fields ("Mødedato:        9. september 2008") and a page
 * number beside a contents entry are no columns: lines stay lines. */
static void test_text_fields_stay_lines(void **state)
{
    (void)state;
    static const char text[] =
        "Mødedato:                           9. september 2008\n"
        "Mødested:                           Mødelokale 3, Rådhuset\n"
        "Afbud:                              Lene Hove\n"
        "Medlemmer:                          Arne Kloster, Tove Bjerre\n"
        "Fraværende:                         Ingen\n"
        "Mødetid:                            Kl. 16.00\n"
        "Punkt 12.  Godkendelse af dagsorden                  2\n"
        "Punkt 13.  Skolestart 2008, antal elever             2\n";
    struct ext_doc d;
    ext_doc_init(&d);
    assert_int_equal(ext_read_text(text, sizeof text - 1, &d, NULL), ERR_OK);
    assert_int_equal(d.nblocks, 9); /* and the empty line after the last */
    assert_string_equal(d.blocks[0].text, "Mødedato: 9. september 2008");
    for (size_t i = 0; i < d.nblocks; i++)
        assert_int_equal(d.blocks[i].line, 0);
    ext_doc_fini(&d);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_two_columns),
        cmocka_unit_test(test_text_fields_stay_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
