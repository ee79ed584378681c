/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_capitals.c - titles set in capitals (Frederikshavn,
 * Tønder, Lejre, Struer, Hørsholm print every item's title so): the
 * classes round ex found by setting every fixture's titles in capitals.
 * Each case is a few lines in our own words. */
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

/* A transcript's pages, each item's number without a full stop before
 * its title in capitals and its case fields: a number inside the title
 * ("LOKALPLAN NR. 118 FOR …", "… AF LOKALPLAN 118 BOLIGER …") follows
 * two words in capitals, so it heads no item, neither before the fields
 * nor as the number after a page's "part heading" in capitals. */
static void test_caps_title_inner_number(void **state)
{
    (void)state;
    static const char before_fields[] =
        "1 Referat fra mødet i Økonomiudvalget Mødedato: Mandag den 3. "
        "september 2012 Mødested: Rådhuset, mødelokale 2 Medlemmer: Jens "
        "Lund (A) Berit Holm (V) Ole Bach (C)\n"
        "\n"
        "2 41 GODKENDELSE AF DAGSORDEN Sagsnr.: 12/1102 Sagen afgøres i: "
        "Økonomiudvalget Beslutning: Godkendt. Fraværende: Ingen 42 "
        "LOKALPLAN NR. 118 FOR BOLIGER VED SKOVVEJ Sagsnr.: 12/2204 "
        "Sagen afgøres i: Byrådet Sagsbeskrivelse: Planen giver mulighed "
        "for 30 rækkehuse. Beslutning: Anbefales. Fraværende: Ingen\n"
        "\n"
        "3 43 SALG AF GRUND PÅ MØLLEVEJ Sagsnr.: 12/3301 Sagen afgøres "
        "i: Byrådet Sagsbeskrivelse: Grunden har været udbudt. "
        "Beslutning: Anbefales. Fraværende: Ingen\n";
    static const char after_page_number[] =
        "1 Referat fra mødet i Økonomiudvalget Mødedato: Mandag den 3. "
        "september 2012 Mødested: Rådhuset, mødelokale 2 Medlemmer: Jens "
        "Lund (A) Berit Holm (V) Ole Bach (C)\n"
        "\n"
        "2 41 GODKENDELSE AF DAGSORDEN Sagsnr.: 12/1102 Sagen afgøres i: "
        "Økonomiudvalget Beslutning: Godkendt. Fraværende: Ingen\n"
        "\n"
        "3 42 ENDELIG VEDTAGELSE AF LOKALPLAN 118 BOLIGER VED SKOVVEJ "
        "Sagsnr.: 12/2204 Sagen afgøres i: Byrådet Sagsbeskrivelse: "
        "Planen giver mulighed for 30 rækkehuse. Beslutning: Anbefales. "
        "Fraværende: Ingen 43 SALG AF GRUND PÅ MØLLEVEJ Sagsnr.: 12/3301 "
        "Sagen afgøres i: Byrådet Sagsbeskrivelse: Grunden har været "
        "udbudt. Beslutning: Anbefales. Fraværende: Ingen\n";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const first[] = {
        "GODKENDELSE AF DAGSORDEN", "LOKALPLAN NR. 118 FOR BOLIGER VED SKOVVEJ",
        "SALG AF GRUND PÅ MØLLEVEJ"};
    static const char *const second[] = {
        "GODKENDELSE AF DAGSORDEN",
        "ENDELIG VEDTAGELSE AF LOKALPLAN 118 BOLIGER VED SKOVVEJ",
        "SALG AF GRUND PÅ MØLLEVEJ"};
    struct mnt_meeting m;
    parse_text(before_fields, &m);
    expect_items(&m, 3, labels, first);
    mnt_meeting_fini(&m);
    parse_text(after_page_number, &m);
    expect_items(&m, 3, labels, second);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_caps_title_inner_number),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
