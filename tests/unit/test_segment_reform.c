/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_reform.c - the segmenter (lib/minutes) on minutes of the
 * first councils after the municipal reform (2007-2013), found by the
 * blind dk-* round: a flattened contents whose last entry ends in a
 * month and year before the page footer ("… - December 2013 Side 2 af
 * 12"); a standing item's low case number after its title in a
 * flattened page ("Godkendelse af dagsorden 12/15 Godkendt."); a
 * numbered line a decision's sentence introduces with a colon, which
 * continues the item's list, not the meeting's numbering; a numbered
 * list in the first case of a page whose cases print their number
 * under the title ("Meddelelser" / "Sag nr. 11"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "minutes/minutes.h"
#include "segment_util.h"
#include "test_filter.h"

/* A transcript whose headings lost their numbers: the contents' last
 * entry ends in a month and its year right before the page footer. The
 * year is the title's, not the entry's page number. */
static void test_contents_last_entry_month_year(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Vejudvalget Protokol kl. 15:30 Udvalgsværelse 2 Medlemmer Ane "
        "Bak Ole Dam var fraværende deltog Side 1 af 5\n\n"
        "2 Indholdsfortegnelse 1. Nye stier langs åen 2. Takster for "
        "havelodder 3. Meddelelser til Vejudvalget - Marts 2012 Side 2 af "
        "5\n\n"
        "3 Vejudvalget Sag nr Nye stier langs åen Sagsfremstilling Stierne "
        "anlægges i år. Indstilling Forvaltningen foreslår, at planen "
        "godkendes. Vejudvalget den Godkendt. Side 3 af 5\n\n"
        "4 Vejudvalget Sag nr Takster for havelodder Sagsfremstilling "
        "Lejen stiger. Indstilling Forvaltningen foreslår, at taksterne "
        "godkendes. Vejudvalget den Godkendt. Side 4 af 5\n\n"
        "5 Vejudvalget Sag nr Meddelelser til Vejudvalget - Marts 2012 1. "
        "Status på vintertjenesten 2. Nyt om affald Vejudvalget den Taget "
        "til efterretning. Side 5 af 5\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Nye stier langs åen", "Takster for havelodder",
        "Meddelelser til Vejudvalget - Marts 2012"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Svendborg's transcripts print the case's number after each title;
 * standing items have low numbers of the year ("12/15", "12/16") and
 * the decision follows right after them. The title ends before the
 * number, as it does before "12/30412 Beslutningstema:". */
static void test_low_case_number_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Udvalget for Børn og Unge's møde Onsdag den Kl. "
        "15:00 Udvalgsværelse 3 Deltagere: Ida Holm, Bent Skov, Lis "
        "Krag, Palle Ravn, Sonja Bech, Tom Lund, Vera Nør Afbud: Karl "
        "Juhl Indholdsfortegnelse Sag Tekst Sidenr. 1. Godkendelse af "
        "dagsorden Orientering om elevtal i folkeskolen Tilskud til "
        "legeplads ved Tåsinge Skole Budgetopfølgning pr. 31. august "
        "Høring om ny sprogpolitik for dagtilbud Meddelelser Lukket - "
        "Orientering om en personalesag...9\n"
        "\n"
        "2 1. Godkendelse af dagsorden 12/15 Godkendt. Karl Juhl (V) "
        "var fraværende. 2. Orientering om elevtal i folkeskolen "
        "12/30412 Beslutningstema: Orientering om elevtallet ved "
        "skoleårets start. Skoleafdelingen har opgjort elevtallet pr. "
        "5. september. Tallet er 48 elever lavere end sidste år, og "
        "faldet er størst i de små klassetrin. Det indstilles, at "
        "orienteringen tages til efterretning Bilag: Åben - Elevtal "
        "skoleåret 2012-13.pdf Til efterretning. Karl Juhl (V) var "
        "fraværende. 3. Tilskud til legeplads ved Tåsinge Skole "
        "12/28877 Beslutningstema: Skolens bestyrelse søger om et "
        "tilskud på 150.000 kr. til en ny legeplads. Team Dagtilbud\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Orientering om elevtal i folkeskolen",
        "Tilskud til legeplads ved Tåsinge Skole"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Item 2's decision adds a point to its list, numbered on ("3.") after a
 * sentence ending in a colon; the next heading is numbered 3 too. The
 * chain goes on at the heading, not at the list's point. */
static void test_colon_list_point_not_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nfra møde i\n\nUdvalget for Skoler\n\n"
        "Mødedato 4. maj 2011\n\n"
        "1. Meddelelser fra formanden\n\n002101-2011\n\nBeslutning\n\n"
        "Formanden orienterede om skolernes sommerferie.\n\n"
        "2. Meddelelser\n\n003322-2011\n\nSagsfremstilling\n\n"
        "1. Notat om skolebussen.\n2. Brev fra en skolebestyrelse.\n\n"
        "Beslutning\n\n"
        "Efter udsendelse af dagsordenen er modtaget følgende til listen:\n\n"
        "3. Indbydelse til møde om trivsel. Folder til uddeling.\n\n"
        "Taget til efterretning.\n\n"
        "3. Budgetopfølgning pr. 31. marts 2011\n\n004410-2011\n\n"
        "Sagsfremstilling\n\nDer forventes balance.\n\nBeslutning\n\n"
        "Taget til efterretning.\n\n"
        "4. Ny aftale om rengøring af skolerne\n\n004501-2011\n\n"
        "Sagsfremstilling\n\nAftalen løber i fire år.\n\nBeslutning\n\n"
        "Godkendt.\n\n"
        "5. Eventuelt\n\n002102-2011\n\nBeslutning\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Meddelelser fra formanden", "Meddelelser",
        "Budgetopfølgning pr. 31. marts 2011",
        "Ny aftale om rengøring af skolerne", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* Rødovre's old case pages: the title over "Sag nr. N", numbered from
 * the year's running count. The first case lists its announcements
 * "1." to "3."; a loose chain must not go from that list's "3." on to
 * "Sag nr. 12" and leave out case 11, the item the list stands in. */
static void test_list_in_first_case_not_chained(void **state)
{
    (void)state;
    static const char text[] =
        "Kultur- og Fritidsudvalget\n\n12-03-2012\n\n"
        "Medlemmer\n\nAne Bak(A)\nOle Dam(V)\n\n"
        "Sager 21 - 24\n\nFold alle ud\n\n"
        "Meddelelser\nSag nr. 21\n\nSagens kerne\n\n"
        "Meddelelsespunkter:\n\n"
        "  1. Nyhedsbrev fra biblioteket for februar 2012.\n"
        "  2. Program for kulturnatten.\n"
        "  3. Brev fra en idrætsforening om haltider.\n\n"
        "Indstilling\n\nPunkterne forelægges til orientering.\n\n"
        "Beslutning\n\nTaget til efterretning\n\n"
        "Nyt tag på svømmehallen - Regnskab\nSag nr. 22\n\n"
        "Sagens kerne\n\nRegnskabet godkendes.\n\n"
        "Beslutning\n\nAnbefales.\n\n"
        "Takster for lokaleleje 2012\nSag nr. 23\n\n"
        "Sagens kerne\n\nTaksterne stiger med 2 procent.\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Eventuelt\nSag nr. 24\n\nBeslutning\n\nIntet.\n";
    static const char *const labels[] = {"21", "22", "23", "24"};
    static const char *const titles[] = {
        "Meddelelser", "Nyt tag på svømmehallen - Regnskab",
        "Takster for lokaleleje 2012", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_last_entry_month_year),
        cmocka_unit_test(test_low_case_number_ends_title),
        cmocka_unit_test(test_colon_list_point_not_heading),
        cmocka_unit_test(test_list_in_first_case_not_chained),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
