/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_welfare.c - shapes the blind round of social, health and
 * employment committees (cp-) brought up: a committee named by its
 * areas in the genitive before "møde" ("Social og sundheds møde den
 * …"); a page whose titles are lost, its items opened by
 * "Sagsfremstilling", some with a "Resume" before it. Each case is a few
 * lines in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/minutes_internal.h"
#include "segment_util.h"
#include "test_filter.h"

/* "Social og sundheds møde den 12. juni 2023": the committee drops
 * "udvalg" from its name, so the header names no council noun and the
 * text names "Byrådet" (the council it recommends to) most often; the
 * genitive before "møde" and the date says whose meeting it is. */
static void test_areas_committee_in_genitive(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunens logo\n\n"
        "Social og sundheds møde den 12. juni 2023\n\n"
        "Mødelokale F7 kl. 15.00\n\n"
        "Referat\n\n"
        "52Godkendelse af dagsorden\n\n"
        "Beslutning\n\n"
        "Godkendt\n\n"
        "53Beslutning om flere aflastningspladser\n\n"
        "Indstilling\n\n"
        "Administrationen indstiller, at udvalget anbefaler over for "
        "Byrådet at oprette fire pladser.\n\n"
        "Beslutning\n\n"
        "Anbefales over for Byrådet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_true(strncmp(m.council, "Social og sundhed",
                        strlen("Social og sundhed")) == 0);
    assert_true(strncmp(m.council, "Social og sundheds",
                        strlen("Social og sundheds")) != 0);
    mnt_meeting_fini(&m);
}

/* A heading about the meeting is no name: "Referat af Ældrerådets møde
 * den …" keeps the council noun, and "Næste møde den …" names nobody. */
static void test_genitive_heading_words_are_no_name(void **state)
{
    (void)state;
    char out[MNT_NAME_MAX];
    static const char a[] = "Referat af bestyrelsens møde den 3. maj 2022";
    static const char b[] = "Næste møde den 3. maj 2022";
    static const char c[] = "Klima, miljø og naturs møde den 3. maj 2022";
    static const char d[] = "Social og sundheds møde om budgettet";
    assert_int_equal(mnt_council_genitive_meeting(a, strlen(a), out), 0);
    assert_int_equal(mnt_council_genitive_meeting(b, strlen(b), out), 0);
    assert_int_equal(mnt_council_genitive_meeting(d, strlen(d), out), 0);
    assert_int_equal(mnt_council_genitive_meeting(c, strlen(c), out), 1);
    assert_string_equal(out, "Klima, miljø og natur");
}

/* Every title lost, items open at "Sagsfremstilling", but the items with
 * a summary print "Resume" first: those open at "Resume" (the first item
 * too), not four lines down; "Bilag", the trailer after the decision,
 * stays the item before's. */
static void test_leading_summary_opens_untitled_item(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "Socialudvalget mandag den 8. maj 2017 kl. 16:30\n\n"
        "Resume\n\n" /* 4 */
        "Et firma fremlægger sin rapport.\n\n"
        "Sagsfremstilling\n\n"
        "Rapporten er vedhæftet.\n\n"
        "Beslutning\n\n"
        "Tiltrådt.\n\n"
        "Bilag\n\n"
        "Sagsfremstilling\n\n" /* 18 */
        "Årsberetningen er vedhæftet.\n\n"
        "Beslutning\n\n"
        "Taget til efterretning.\n\n"
        "Bilag\n\n"
        "Resume\n\n" /* 28 */
        "Forvaltningen fremlægger nye standarder.\n\n"
        "Sagsfremstilling\n\n"
        "Standarderne revideres hvert år.\n\n"
        "Beslutning\n\n"
        "Anbefales.\n\n"
        "Sagsfremstilling\n\n" /* 40 */
        "Formanden orienterede.\n\n"
        "Beslutning\n\n"
        "Til efterretning.\n";
    static const size_t first[] = {4, 18, 28, 40};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 4);
    for (size_t k = 0; k < 4; k++)
        assert_int_equal(m.items[k].first_line, first[k]);
    mnt_meeting_fini(&m);
}

/* The same page where the first item has no summary: "Resume" leads the
 * items that have one by its name (a trailer such as "Bilag" is never so
 * named), so they open at it, not four lines late at "Sagsfremstilling". */
static void test_summary_opens_items_first_lacks_it(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "Socialudvalget mandag den 8. maj 2017 kl. 16:30\n\n"
        "Sagsfremstilling\n\n" /* 4 */
        "Rapporten er vedhæftet.\n\n"
        "Beslutning\n\n"
        "Tiltrådt.\n\n"
        "Bilag\n\n"
        "Resume\n\n" /* 14 */
        "Forvaltningen fremlægger årsberetningen.\n\n"
        "Sagsfremstilling\n\n"
        "Årsberetningen er vedhæftet.\n\n"
        "Beslutning\n\n"
        "Taget til efterretning.\n\n"
        "Resume\n\n" /* 26 */
        "Forvaltningen fremlægger nye standarder.\n\n"
        "Sagsfremstilling\n\n"
        "Standarderne revideres hvert år.\n\n"
        "Beslutning\n\n"
        "Anbefales.\n";
    static const size_t first[] = {4, 14, 26};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    for (size_t k = 0; k < 3; k++)
        assert_int_equal(m.items[k].first_line, first[k]);
    mnt_meeting_fini(&m);
}

/* A regional committee meeting at one of the region's hospitals:
 * "i Regionshospitalet Silkeborg, …, 8600 Silkeborg" names the town, but
 * the hospital is the region's, so the authority is the town's region,
 * not its municipality. A municipal committee visiting the hospital and
 * naming its municipality keeps the municipality. */
static void test_regional_hospital_place_is_regions(void **state)
{
    (void)state;
    static const char region[] =
        "Referat\n"
        "til\n"
        "mødet i Udvalg for nære sundhedstilbud\n"
        "den 3. september 2019 kl. 10:00\n"
        "i Regionshospitalet Silkeborg, mødelokale 4, Falkevej 1, 8600 "
        "Silkeborg\n\n"
        "1. Godkendelse af dagsorden\n\n"
        "Beslutning\n\n"
        "Godkendt.\n\n"
        "2. Eventuelt\n\n"
        "Beslutning\n\n"
        "Intet.\n";
    static const char town[] =
        "Silkeborg Kommune\n\n"
        "Referat\n"
        "Sundhedsudvalget den 3. september 2019 kl. 10:00\n"
        "Mødested: Regionshospitalet Silkeborg, mødelokale 4\n\n"
        "1. Godkendelse af dagsorden\n\n"
        "Beslutning\n\n"
        "Godkendt.\n\n"
        "2. Eventuelt\n\n"
        "Beslutning\n\n"
        "Intet.\n";
    struct mnt_meeting m;
    parse_text(region, &m);
    assert_non_null(m.authority);
    assert_string_equal(m.authority, "Region Midtjylland");
    mnt_meeting_fini(&m);
    parse_text(town, &m);
    assert_non_null(m.authority);
    assert_string_equal(m.authority, "Silkeborg Kommune");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_areas_committee_in_genitive),
        cmocka_unit_test(test_genitive_heading_words_are_no_name),
        cmocka_unit_test(test_leading_summary_opens_untitled_item),
        cmocka_unit_test(test_summary_opens_items_first_lacks_it),
        cmocka_unit_test(test_regional_hospital_place_is_regions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
