/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_sector.c - classes the blind dp- round of økonomiudvalg
 * and sector committees (teknik og miljø, børn og unge) brought up. Each
 * case is a few lines in our own words. */
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

/* A web page's agenda as text: each item a bullet holding only its
 * number ("  • 60"), the title a paragraph of its own one blank line
 * below, the sections nested bullets. The bullet and number alone head
 * the item as they do with the title right under them. */
static void test_bullet_number_title_after_blank(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalg: Vejudvalget\n\nMødedato: 03-06-2019 08:30:00\n\n"
        "Hent PDF-version\n\n"
        "  • 60\n\n    Lokalplan for boliger ved Engvej\n\n"
        "    • Sagsfremstilling\n\n      Planen giver 12 grunde.\n\n"
        "    • Beslutning\n\n      Anbefales.\n\n"
        "  • 61\n\n    Vejnavn til ny boligvej\n\n"
        "    • Beslutning\n\n      Godkendt.\n\n"
        "  • 62\n\n    Orientering fra direktøren\n\n"
        "    • Beslutning\n\n      Taget til efterretning.\n";
    static const char *const labels[] = {"60", "61", "62"};
    static const char *const titles[] = {"Lokalplan for boliger ved Engvej",
                                         "Vejnavn til ny boligvej",
                                         "Orientering fra direktøren"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A preparepublic page as text: the PUNKTER list's last entry runs on
 * into the first item's heading on one line ("… - Lukket punkt 7.
 * Godkendelse af dagsorden"); the last item is closed and has no body.
 * The entry's title ends where the first heading starts, so the closed
 * last heading still names its entry. */
static void test_last_entry_glued_to_first_heading(void **state)
{
    (void)state;
    static const char text[] =
        "UDVALG\n\nUdvalget for Veje\n\nMØDE\n\nReferat\n\n"
        "STARTTIDSPUNKT\n\n05-09-2019 09:00:00\n\nPUNKTER\n\n"
        "7. Godkendelse af dagsorden\n"
        "8. Nye vinduer på skolen\n"
        "9. Gensidig orientering - Lukket punkt 7. Godkendelse af "
        "dagsorden\n\n"
        "Godkendelse af dagsorden\nSagsfremstilling\n\nTekst.\n\n"
        "Beslutning Udvalget for Veje den 05-09-2019\n\nGodkendt\n\n"
        "8. Nye vinduer på skolen\n\nNye vinduer på skolen\n"
        "Sagsfremstilling\n\nTekst om vinduer.\n\n"
        "Beslutning Udvalget for Veje den 05-09-2019\n\nGodkendt\n\n"
        "9. Gensidig orientering - Lukket punkt\n";
    static const char *const labels[] = {"7", "8", "9"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Nye vinduer på skolen",
                                         "Gensidig orientering - Lukket punkt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Greenland's councils number items by the case's number of the year,
 * maybe after the council's code ("19-006 skilift …", "KOM 19-028,
 * Title"), the agenda's approval heading only its decision above them
 * ("Emne Godkendelse af dagsorden" / "Beslutning:"): the numbers head the
 * items below that first decision, labelled as printed; a range "12-15"
 * or a date heads nothing. */
static void test_year_case_numbers_after_first_decision(void **state)
{
    (void)state;
    static const char text[] =
        "KOMMUNALBESTYRELSEN\n\n"
        "ORDINÆRT MØDE Tirsdag DEN 12. Marts 2019 KL. 10:00\n\n"
        "Emne Godkendelse af dagsorden\n\n"
        "Beslutning:\n\nGodkendt.\n\n"
        "KOM 19-027 Forslag til ny havneplan\n\n"
        "Baggrund\n\nPlanen er i høring 12-15 uger.\n\n"
        "Beslutning:\n\nGodkendt.\n\n"
        "KOM 19-028, kajakklubbens klubhus\n\n"
        "Baggrund\n\nKlubben søger om en grund.\n\n"
        "Beslutning:\n\nGodkendt.\n\n"
        "KOM 19-029 Mødeplan for 2020\n\n"
        "Baggrund\n\nFire møder foreslås.\n\n"
        "Beslutning:\n\nGodkendt.\n";
    /* the unnumbered "Emne" heading over the agenda's approval is an
     * item of its own too, with no label (round jc, chain_unnumbered.c) */
    static const char *const labels[] = {"", "KOM 19-027", "KOM 19-028",
                                         "KOM 19-029"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Forslag til ny havneplan",
        "kajakklubbens klubhus", "Mødeplan for 2020"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "2 a. Title": a sub-item's letter set off from its number by a space
 * (a Greenland council's "PKT. 2 a.", Danish templates' "2 a)") heads
 * an item between 2 and 3, labelled as printed. */
static void test_spaced_letter_sub_item(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsen\n\n"
        "Referat af mødet den 14. oktober 2014\n\n"
        "1. Godkendelse af dagsorden\n\nDagsordenen blev godkendt.\n\n"
        "2. Meddelelser fra formanden\n\nFormanden orienterede om havnen.\n\n"
        "2 a. Orientering om vinterfoder til fåreholderne\n\n"
        "Taget til efterretning.\n\n"
        "3. Økonomisk status\n\nTaget til efterretning.\n";
    static const char *const labels[] = {"1", "2", "2 a", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Meddelelser fra formanden",
        "Orientering om vinterfoder til fåreholderne", "Økonomisk status"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bullet_number_title_after_blank),
        cmocka_unit_test(test_last_entry_glued_to_first_heading),
        cmocka_unit_test(test_year_case_numbers_after_first_decision),
        cmocka_unit_test(test_spaced_letter_sub_item),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
