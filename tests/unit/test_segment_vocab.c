/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_vocab.c - the failure classes of the er- blind round
 * (minutes found by search words earlier rounds did not use, session
 * 36): a page of one item whose indstilling and description open with
 * lists numbered from 1 ("… indstiller at:" / "  1. …"). Each case is a
 * few lines in our own words. A title opening with an ordinal
 * ("1. behandling af budget …") a paragraph below its "Pkt. 333". A
 * First Agenda web page of one item: its h3 field labels and its
 * template's h4 sections are no items. */
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

/* A First Agenda page of one item: "1. Title" heads it, and the lists
 * under "… indstiller at:" and "Beskrivelse af sagen" count from 1 too.
 * A "1." a colon or a section's name leads in is its list's first
 * point, not a heading printed "1." on every item. */
static void test_list_after_lead_in_is_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "UDVALG\n\nUdvalget for Kultur og Fritid\n\n"
        "MØDE\n\nReferat - dialogmøde med Idrætsrådet\n\n"
        "STARTTIDSPUNKT\n\n12-03-2018 16:00:00\n\n\n"
        "PUNKTER\n\n"
        "1. Emner til dialogmødet med Idrætsrådet1. Emner til dialogmødet "
        "med Idrætsrådet\n\n"
        "Emner til dialogmødet med Idrætsrådet\n\n"
        "Sagsgang og sagstype\nUdvalget for Kultur og Fritid\n\n"
        "Drøftelsessag\n\n\n"
        "Indstilling\nDirektøren indstiller at:\n"
        "  1. emnerne drøftes med Idrætsrådet.\n\n\n"
        "Beskrivelse af sagen\n"
        "  1. Drøftelse af hallernes åbningstider i sommerferien.\n\n"
        "Beslutning i Udvalget for Kultur og Fritid den 12-03-2018\n"
        "Udvalget og rådet drøftede åbningstiderne.\n\n"
        "Rådet ønsker et nyt møde i efteråret.\n";
    static const char *const labels[] = {"1"};
    static const char *const titles[] = {
        "Emner til dialogmødet med Idrætsrådet"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 1, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Drupal meeting page as text: "Pkt. 333" and its title are
 * paragraphs of their own, a blank line between them; a title opening
 * with an ordinal ("1. behandling af budget …") is still the title,
 * not a point of a list. */
static void test_ordinal_title_a_paragraph_below(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nDato: Onsdag, August 21, 2019 - 16:00\n"
        "Sted: Mødelokale 3\n"
        "  • Pkt. 210 Godkendelse af dagsorden\n\n"
        "    Pkt. 210\n\n    Godkendelse af dagsorden\n\n"
        "    Sagsnr. 400100 Økonomiudvalget Åbent punkt\n\n"
        "    Økonomiudvalget, 21-08-2019, pkt. 210\n\n    Godkendt.\n\n"
        "  • Pkt. 211 1. behandling af budget 2020-2023\n\n"
        "    Pkt. 211\n\n    1. behandling af budget 2020-2023\n\n"
        "    Sagsnr. 400233 Økonomiudvalget Åbent punkt\n\n"
        "    Resume\n\n    Budgetforslaget skal behandles to gange i "
        "byrådet.\n\n"
        "    Økonomiudvalget, 21-08-2019, pkt. 211\n\n    Anbefales.\n\n"
        "  • Pkt. 212 Meddelelser\n\n"
        "    Pkt. 212\n\n    Meddelelser\n\n"
        "    Sagsnr. 400100 Økonomiudvalget Åbent punkt\n\n"
        "    Økonomiudvalget, 21-08-2019, pkt. 212\n\n    Ingen.\n";
    static const char *const labels[] = {"210", "211", "212"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "1. behandling af budget 2020-2023",
                                         "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A First Agenda web page of one item: the header's fields are h3
 * labels in capitals over their values ("UDVALG" / "…"), the item's
 * heading an h2, its sections h4 ("Sagsgang og sagstype", "Beskrivelse
 * af sagen"). With one h2 the fields' labels are no unnumbered headings
 * of items, nor are the template's sections. */
static void test_first_agenda_page_of_one_item(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 3, "UDVALG"},
        {EXT_PARA, 0, 0, "Udvalget for Kultur og Fritid"},
        {EXT_HEADING, 1, 3, "MØDE"},
        {EXT_PARA, 0, 0, "Referat - dialogmøde med Idrætsrådet"},
        {EXT_HEADING, 1, 3, "STED"},
        {EXT_PARA, 0, 0, "Kanalstræde 2, mødelokale 1.10"},
        {EXT_HEADING, 1, 3, "STARTTIDSPUNKT"},
        {EXT_PARA, 0, 0, "12-03-2018 16:00:00"},
        {EXT_HEADING, 1, 3, "SLUTTIDSPUNKT"},
        {EXT_PARA, 0, 0, "12-03-2018 18:00:00"},
        {EXT_HEADING, 1, 3, "PUNKTER"},
        {EXT_PARA, 0, 0, "1. Emner til dialogmødet med Idrætsrådet"},
        {EXT_HEADING, 1, 2, "1. Emner til dialogmødet med Idrætsrådet"},
        {EXT_PARA, 0, 0, "Emner til dialogmødet med Idrætsrådet"},
        {EXT_HEADING, 1, 4, "Sagsgang og sagstype"},
        {EXT_PARA, 0, 0, "Udvalget for Kultur og Fritid"},
        {EXT_PARA, 0, 0, "Drøftelsessag"},
        {EXT_HEADING, 1, 4, "Indstilling"},
        {EXT_PARA, 0, 0, "Direktøren indstiller at:"},
        {EXT_LIST_ITEM, 0, 1, "emnerne drøftes med Idrætsrådet."},
        {EXT_HEADING, 1, 4, "Beskrivelse af sagen"},
        {EXT_LIST_ITEM, 0, 1,
         "Drøftelse af hallernes åbningstider i sommerferien."},
        {EXT_HEADING, 1, 4,
         "Beslutning i Udvalget for Kultur og Fritid den 12-03-2018"},
        {EXT_PARA, 0, 0, "Udvalget og rådet drøftede åbningstiderne."},
    };
    static const char *const labels[] = {"1"};
    static const char *const titles[] = {
        "Emner til dialogmødet med Idrætsrådet"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 1, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_list_after_lead_in_is_no_heading),
        cmocka_unit_test(test_ordinal_title_a_paragraph_below),
        cmocka_unit_test(test_first_agenda_page_of_one_item),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
