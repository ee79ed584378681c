/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_councilplaces.c - where in the minutes their council is
 * read (lib/minutes council.c and its neighbours): a heading that opens
 * with its date, a committee repeated in capitals on every page, the
 * chairs of a council meeting as a body of their own, the first item's
 * approval of the agenda on a page with no header, and a transcript's
 * first page with its letterhead. Apart from test_segment_councils.c,
 * which was near 600 lines. Each case is a few lines written for this
 * test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "meta_util.h"
#include "minutes/minutes.h"
#include "test_filter.h"

/* "25.08.27 - Referat af skolebestyrelsesmøde" (an Aula page, ct- blind
 * round): a heading that opens with its date is the minutes' heading, not
 * an item numbered 25; the meeting it names is the council. */
static void test_heading_opening_with_date(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"25.08.27 - Referat af skolebestyrelsesmøde\nSted: Lokale 2",
         "Skolebestyrelsen", NULL, 0},
        {"12.3.2024 Referat fra Ældrerådet\nSted: Rådhuset", "Ældrerådet", NULL,
         0},
    };
    check_meta_cases(c, N(c));
}

/* Allerød's PDF via docplayer (cw- blind round): each page repeats the
 * committee in capitals ("KLIMA OG MILJØUDVALGET"), its parts joined by
 * "OG" with no hyphen; the capitals are the name's, not a heading's
 * words, so the page names the whole "Klima og Miljøudvalget" - not
 * its last part (which the glued "Klimaog Miljøudvalget" of the
 * decisions leaves alone). */
static void test_plain_parts_in_capitals(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"2 Klima og Miljøudvalget onsdag den 12. januar KLIMA OG "
         "MILJØUDVALGET 1. Meddelelser Sagsnr.: 10/1 Beslutning Klimaog "
         "Miljøudvalget den Orientering. Fraværende Nej.\n\n"
         "3 Klima og Miljøudvalget onsdag den 12. januar KLIMA OG "
         "MILJØUDVALGET 2. Takster for svømning Sagsnr.: 10/2 Beslutning "
         "Klimaog Miljøudvalget den Godkendt. Fraværende Nej.\n\n"
         "4 Klima og Miljøudvalget onsdag den 12. januar KLIMA OG "
         "MILJØUDVALGET 3. Prøv en elcykel Sagsnr.: 10/3 Beslutning Klimaog "
         "Miljøudvalget den Godkendt. Fraværende Nej.\n",
         "Klima og Miljøudvalget", NULL, 1}};
    check_meta_cases(c, N(c));
}

/* "Møde i Formandskabet for Vækstforum" (a region's agenda page, cu-
 * blind round): the chairs of a council meet as a body of their own, the
 * council named in the items too ("… sendes til Vækstforum"); without a
 * council's name after "for" it is no council. */
static void test_chairs_of_a_council(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Dagsorden\nMøde i Formandskabet for Vækstforum\nden 22. august 2007 "
         "kl. 13.00 i Regionshuset\n\n1. Handlingsplan\nSendes til "
         "Vækstforum den 19. september.\n\n2. Eventuelt\nIntet.\n",
         "Formandskabet for Vækstforum", NULL, 1},
        {"Referat fra Erhvervsudvalget 3. maj 2021\n\n1. Netværk\n"
         "Formandskabet for Dansk Industri deltog.\n\n2. Eventuelt\n"
         "Intet.\n",
         "Erhvervsudvalget", NULL, 1},
    };
    check_meta_cases(c, N(c));
}

/* A page stored with no header ("Referat" alone, a Drupal page's title
 * lost): the first item's approval of the agenda names the council that
 * met, by its abbreviation or its name, not another committee whose
 * dated decision an item quotes; "for mødet den …" names none. */
static void test_council_of_agenda_approval(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Referat\n\n  • 423. Dagsorden - Godkendelse\n\n"
         "    Godkendelse af dagsorden for ØU den 7. december 2021.\n\n"
         "    Beslutning\n\n    Godkendt.\n\n"
         "  • 424. Vejlys - Godkendelse\n\n"
         "    Beslutning fra Plan, Miljø og Teknik, 30. november "
         "2021, pkt. 5:\n\n    Anbefales.\n",
         "Økonomiudvalget", NULL, 1},
        {"Referat\n\n1. Godkendelse af dagsorden\n"
         "Godkendelse af dagsorden for mødet den 7. december 2021.\n"
         "Godkendt.\n\n2. Vejlys\nAnbefales.\n",
         NULL, NULL, 1},
    };
    check_meta_cases(c, N(c));
}

/* A PDF transcript's first page, flattened to one line, opening with the
 * page's number, the municipality's letterhead and "Referat" before the
 * committee's compound name; the running headers of later pages inside
 * the lines name it in prose the text cuts to its last word
 * ("Klimaudvalget"). The first page's head is the header: read though it
 * opens with a number (after the "Transkript" mark, not the file's first
 * line), past the letterhead, and though the first item's heading cuts
 * the same line (session 37, round fg). */
static void test_letterhead_transcript_first_page(void **state)
{
    (void)state;
#define FG_C "Miljø-, Teknik- og Klimaudvalget"
    static const struct meta_case c[] = {
        {"Favrskov Kommune Referat\n\nTranskript\n\n"
         "1 Favrskov Kommune Referat " FG_C " Mødedato: Tirsdag den 5. april "
         "2022 Mødetid: 17:00 Mødested: Mødelokale 4 Afbud: Per Lund Indhold "
         "1. Godkendelse af dagsorden 2 2. Vejbelysning i Hinnerup 2 3. "
         "Budget for vintertjeneste 3 " FG_C " 5. april 2022 Side 2 1. "
         "Godkendelse af dagsorden Beslutning Godkendt. 2. Vejbelysning i "
         "Hinnerup Sagsfremstilling Lamperne udskiftes til LED i løbet af "
         "året.\n\n"
         "2 Beslutning Anbefales over for Økonomiudvalget og Byrådet. " FG_C
         " 5. april 2022 Side 3 3. Budget for vintertjeneste "
         "Sagsfremstilling Udgifterne steg i vinter. Beslutning Taget til "
         "efterretning. " FG_C " 5. april 2022 Side 4 Bilag Ingen.\n",
         FG_C ", Favrskov Kommune", "Favrskov Kommune", 1},
    };
#undef FG_C
    check_meta_cases(c, N(c));
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_opening_with_date),
        cmocka_unit_test(test_plain_parts_in_capitals),
        cmocka_unit_test(test_chairs_of_a_council),
        cmocka_unit_test(test_council_of_agenda_approval),
        cmocka_unit_test(test_letterhead_transcript_first_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
