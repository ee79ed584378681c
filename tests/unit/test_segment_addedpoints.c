/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_addedpoints.c - classes the blind gf round (committees
 * and advisory councils, session 40) brought up on a seniorråd's own
 * site: item 1's text lists the points added to the agenda after a
 * sentence introducing them ("… kunne komme med:" / "2a. …" / "2b. …"),
 * numbered as the items they become further down - an item's list, not
 * the agenda list, so item 1 keeps its heading; and a råd that names
 * itself only in an item's title, by its municipality's place ("… ny
 * vedtægt for Nordby Seniorråd"). Round ig: a list restarting at 1 in
 * the last item's text, its points run on past the item's number
 * (`1.` … `4.` under item 3, `Ad 1:` … `Ad 5:` answers); round in: the
 * points running on past the first one past the item. Each case is a
 * few lines in our own words. */
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

/* The points added to the agenda after item 1's heading and the
 * sentence introducing them: their later headings are the items, and
 * item 1 is no agenda entry its title does not repeat. */
static void test_points_added_under_item_one(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af 3. marts 2020\n\n"
        "Til stede var: Ane Berg (AB), Ole Dahl (OD) og Kim Sand (KS).\n\n"
        "1. Velkomst og godkendelse af dagsorden.\n\n"
        "KS bad om rådets accept af nogle ændringer, så enkelte punkter "
        "kunne komme med:\n\n"
        "2a. Valg af ny kasserer for resten af valgperioden. Valget skal "
        "ske inden sommerferien.\n\n"
        "2b. Forslag om fælles tur til konferencen\n\n"
        "Ændringerne blev godkendt.\n\n"
        "2. Bemærkninger til referatet fra sidste møde.\n\n"
        "Referatet blev godkendt.\n\n"
        "2a. Valg af ny kasserer for resten af valgperioden.\n\n"
        "OD blev valgt.\n\n"
        "2b. Forslag om fælles tur til konferencen.\n\n"
        "AB og KS deltager.\n\n"
        "3. Eventuelt.\n\n"
        "Intet.\n";
    static const char *const labels[] = {"1", "2", "2a", "2b", "3"};
    static const char *const titles[] = {
        "Velkomst og godkendelse af dagsorden",
        "Bemærkninger til referatet fra sidste møde",
        "Valg af ny kasserer for resten af valgperioden",
        "Forslag om fælles tur til konferencen", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* The chairman's points under the last item, numbered from 1 and
 * printed as headings are (`4. Budget for …` under item 3): a list
 * restarting at 1 in an item's text, its point 4 no item 4. */
static void test_restarted_points_past_last_item(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nByggeudvalget\n\nMødedato: 12. marts 2019\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Ny legeplads i parken\n\nSagsfremstilling\n"
        "Forvaltningen har indhentet tilbud.\n\nBeslutning\nGodkendt.\n\n"
        "3. Meddelelser\n\nFormanden orienterede om:\n"
        "1. Trafik ved skolen\n2. Status på byggeriet\n"
        "3. Udbud af rengøring\n4. Budget for idrætshallen\n\n"
        "Beslutning\nTaget til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Ny legeplads i parken", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[2].body, "Budget for idrætshallen"));
    mnt_meeting_fini(&m);
}

/* The last item's decision lists five points printed as headings are
 * (`1. Trafik …` … `5. Budget …` under item 3): point 4 runs one past
 * the item and point 5 runs on from it - a list, no items 4 and 5. */
static void test_restarted_points_run_on_past_item(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nByggeudvalget\n\nMødedato: 12. marts 2019\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Ny legeplads i parken\n\nSagsfremstilling\n"
        "Forvaltningen har indhentet tilbud.\n\nBeslutning\nGodkendt.\n\n"
        "3. Eventuelt\n\nBeslutning\n"
        "1. Trafik ved skolen\n2. Status på byggeriet\n"
        "3. Udbud af rengøring\n4. Vinterberedskab på vejene\n"
        "5. Budget for idrætshallen\n\nFormanden takkede for mødet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Ny legeplads i parken", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[2].body, "Budget for idrætshallen"));
    mnt_meeting_fini(&m);
}

/* A decision answering the points of the last item's recommendation
 * (`Ad 1: Godkendt.` … `Ad 5: …`) under item 3: no items 4 and 5 of a
 * looser label shape. */
static void test_point_answers_past_last_item(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTeknisk Udvalg\n\nMødedato: 12. marts 2019\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Trafiksikkerhed ved skolen\n\nSagsfremstilling\n"
        "Forvaltningen har set på vejene.\n\n"
        "3. Eventuelt\n\nBeslutning\nAd 1: Godkendt.\n"
        "Ad 2: Tiltrådt med de nævnte ændringer.\n"
        "Ad 3: Taget til efterretning.\nAd 4: Udsat til næste møde.\n"
        "Ad 5: Godkendt, idet Venstre tog forbehold.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Trafiksikkerhed ved skolen", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[2].body, "Ad 5: Godkendt, idet"));
    mnt_meeting_fini(&m);
}

/* The råd names itself only in an item's title, after its municipality's
 * place: that is the council, not the bare municipality. */
static void test_council_placed_in_a_title(void **state)
{
    (void)state;
    expect_text_council(
        "Referat af 3. marts 2020\n\n"
        "Til stede var: Ane Berg (AB), Ole Dahl (OD) og Kim Sand (KS).\n\n"
        "1. Velkomst.\n\n"
        "KS bød velkommen.\n\n"
        "2. Udkast til ny vedtægt for Rudersdal Seniorråd.\n\n"
        "Udkastet blev godkendt og sendes til kommunen.\n\n"
        "3. Eventuelt.\n\n"
        "Intet.\n",
        "Seniorrådet, Rudersdal Kommune");
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_points_added_under_item_one),
        cmocka_unit_test(test_council_placed_in_a_title),
        cmocka_unit_test(test_restarted_points_past_last_item),
        cmocka_unit_test(test_point_answers_past_last_item),
        cmocka_unit_test(test_restarted_points_run_on_past_item),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
