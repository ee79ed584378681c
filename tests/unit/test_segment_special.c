/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_special.c - classes the blind di- round (special meetings:
 * constituting, extraordinary and budget meetings, session 28) brought
 * up. Each case is a few lines in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/segment_internal.h"
#include "segment_util.h"
#include "test_filter.h"

/* PolWeb's item pages copied as text open with the first heading: no
 * header names the meeting. Each decision does ("Beslutning fra
 * Konstituerende møde  den 12. december 2017:"), while a body's period
 * ("valgperioden 2018 – 2021") gave the first date and a sentence ("Det
 * nyvalgte byråd skal …") the first council. */
static const char polweb_items[] =
    "1.       Valg af borgmester\n\n"
    "Sagsnr.: 727-2017-11111\n\n"
    "Åbent                                   Fmd. init.:\n\n"
    "Resume\n\n"
    "Det nyvalgte byråd skal på sit konstituerende møde vælge en "
    "borgmester.\n\n"
    "Valget gælder for hele valgperioden 2018 – 2021.\n\n"
    "Baggrund for sagen\n\n"
    "Mødet ledes af det medlem, der har siddet længst.\n\n"
    "Forvaltningens bemærkninger\n\n"
    "Står stemmerne lige, trækkes der lod.\n\n"
    "Forvaltningen indstiller\n\n"
    "At der vælges en borgmester for perioden 1. januar 2018 – 31. "
    "december 2021.\n\n"
    "Beslutning fra  Konstituerende møde  den 12. december 2017:\n\n"
    "Afbud: Ingen\n\n"
    "Eva Holm (A) blev valgt.\n\n"
    "2.       Valg af viceborgmester\n\n"
    "Sagsnr.: 727-2017-11111\n\n"
    "Resume\n\n"
    "Byrådet vælger en viceborgmester.\n\n"
    "Beslutning fra  Konstituerende møde  den 12. december 2017:\n\n"
    "Afbud: Ingen\n\n"
    "Ole Dam (V) blev valgt.\n";

static void test_decision_fra_dates_headerless_page(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(polweb_items, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2017-12-12");
    mnt_meeting_fini(&m);
}

static void test_decision_body_names_headerless_council(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(polweb_items, &m);
    assert_non_null(m.council);
    assert_string_equal(m.council, "Konstituerende møde");
    mnt_meeting_fini(&m);
}

/* PolWeb's ShowFile: one item, one decision line. Its day and body are
 * the meeting's, not the period in the text nor the sentence's "Det
 * nyvalgte byråd". */
static void test_one_item_page_decision_line(void **state)
{
    (void)state;
    static const char page[] =
        "2.       Valg af viceborgmester\n\n"
        "Sagsnr.: 727-2017-11111\n\n"
        "Åbent                                   Fmd. init.:\n\n"
        "Resume\n\n"
        "Det nyvalgte byråd skal på sit konstituerende møde vælge en "
        "viceborgmester.\n\n"
        "Baggrund for sagen\n\n"
        "Byrådet har hidtil valgt to.\n\n"
        "Forvaltningens bemærkninger\n\n"
        "Kun den første får vederlag.\n\n"
        "Forvaltningen indstiller\n\n"
        "At der vælges en viceborgmester for perioden 1. januar 2018 – 31. "
        "december 2021.\n\n"
        "Beslutning fra  Konstituerende møde  den 12. december 2017:\n\n"
        "Afbud: Ingen\n\n"
        "Ole Dam (V) blev valgt.\n";
    struct mnt_meeting m;
    parse_text(page, &m);
    assert_int_equal(m.nitems, 1);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2017-12-12");
    assert_non_null(m.council);
    assert_string_equal(m.council, "Konstituerende møde");
    mnt_meeting_fini(&m);
}

/* "Beslutning fra Teknik- og Miljøudvalget, 10. september 2024, pkt.
 * 58:" quotes an earlier body's decision: its date is not the meeting's
 * (the header's "18-09-2024" is). */
static void test_earlier_body_decision_is_no_date(void **state)
{
    (void)state;
    static const char page[] =
        "Økonomiudvalget\n18-09-2024\nMedlemmer\nEva Holm (A)\nOle Dam (C)\n"
        "Sager 10 - 11\n"
        "Lokalplan for Engvej\nSag nr. 10\n\nSagens kerne\n\nTekst.\n\n"
        "Beslutning fra Teknik- og Miljøudvalget, 10. september 2024, "
        "pkt. 58:\n\nAnbefales.\n\nBeslutning\n\nGodkendt.\n\n"
        "Tillæg til lokalplan\nSag nr. 11\n\nSagens kerne\n\nTekst.\n\n"
        "Beslutning fra Teknik- og Miljøudvalget, 10. september 2024, "
        "pkt. 61:\n\nAnbefales.\n\nBeslutning\n\nGodkendt.\n";
    struct mnt_meeting m;
    parse_text(page, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2024-09-18");
    assert_int_equal(mnt_ends_in_year("pkt. 58", 7), 0);
    assert_int_equal(mnt_ends_in_year("den 12. december 2017", 21), 1);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decision_fra_dates_headerless_page),
        cmocka_unit_test(test_decision_body_names_headerless_council),
        cmocka_unit_test(test_earlier_body_decision_is_no_date),
        cmocka_unit_test(test_one_item_page_decision_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
