/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_isles.c - what the minutes of small and island
 * municipalities' committees and the associations beside them bring to
 * the segmenter (the co- round: tests/data/layouts/co-*): Word's outline
 * numbering pasted into a web page (` 1. 2.     Title`), an agenda list
 * above `Ad N` paragraphs whose first words are the minute, a news
 * page's bold group lines over numbered items, a transcript's running
 * footer after the last title of a page, a news page's agenda as
 * bullets with a closed part (session 26, on main). Each case is a few lines in
 * our own words. */
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

/* A board's minutes written in Word with outline numbering and pasted
 * into a site builder: each point keeps the outer level's "1." before
 * its own number (` 1. 2.     Siden sidst`), and the first point, typed
 * by hand, has only its number and a wide gap. The item is the second
 * number; a doubled number (`1.  1. Title`) stays the doubled rule's. */
static void test_outline_number_before_own(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra bestyrelsesmøde den 3. marts 2021\n"
        "\n"
        "Tilstede var: Eva Bro, Finn Rydahl og Kim Vest\n"
        "\n"
        "1         Referat fra sidste møde blev godkendt.\n"
        "\n"
        " 1. 2.     Siden sidst\n"
        "\n"
        "a)      Nyt fra havnen\n"
        "\n"
        "Slæbestedet er repareret.\n"
        "\n"
        " 1. 3.     Standerhejsning\n"
        "\n"
        "Standeren hejses den 1. maj kl. 10.\n"
        "\n"
        " 1. 4.     Næste møde\n"
        "\n"
        "Næste møde holdes den 7. april 2021.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Referat fra sidste møde blev godkendt", "Siden sidst",
        "Standerhejsning", "Næste møde"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* An island association's minutes: a numbered agenda list, every line
 * doubled by a blank (a hosting site's transcript), one entry wrapped
 * onto a line of its own, then `Ad N` paragraphs that open with the
 * minute (`Ad 1 godkendt`), the title cut short (`Ad 3 Færgen`) or
 * `Intet.`: the list titles every item, its wrapped entry joined. */
static void test_ad_paragraphs_titled_by_list(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af bestyrelsesmøde 5. marts 2013 kl. 19.00 i skolen\n"
        "\n"
        "Dagsorden:\n"
        "\n"
        "1. Godkendelse af referat.\n"
        "\n"
        "2. Godkendelse af dagsorden.\n"
        "\n"
        "3. Færgen og sejlplanen for sommeren, samt en drøftelse af priserne "
        "for\n"
        "\n"
        "biler og campingvogne.\n"
        "\n"
        "4. Sankthans på stranden.\n"
        "\n"
        "5. Evt.\n"
        "\n"
        "Ad 1 godkendt\n"
        "\n"
        "Ad 2 godkendt\n"
        "\n"
        "Ad 3 Færgen og sejlplanen for sommeren\n"
        "\n"
        "Formanden tager ønskerne med til færgeudvalget.\n"
        "\n"
        "Ad 4 Sankthans på stranden\n"
        "\n"
        "Båltalen holdes af præsten.\n"
        "\n"
        "Ad 5 Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af referat", "Godkendelse af dagsorden",
        "Færgen og sejlplanen for sommeren, samt en drøftelse af priserne "
        "for biler og campingvogne",
        "Sankthans på stranden", "Evt."};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A small council's news page announcing the agenda: bold paragraphs
 * name the groups ("Til behandling (åbne punkter)") and the bulleted
 * entries under them print the council's running numbers ("41 - Title").
 * The bold lines are the groups, not the items, and the entries are no
 * points of an item's text (those a list numbers from 1): the numbers
 * head the items. */
static void test_bold_groups_over_numbered_items(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Dagsorden til kommunalbestyrelsens møde 3. maj"},
        {EXT_PARA, 0, 0, "Mødet begynder kl. 17 på rådhuset."},
        {EXT_PARA, 1, 0, "Til behandling (åbne punkter)"},
        {EXT_LIST_ITEM, 0, 0, "41 - Regnskab 2021"},
        {EXT_LIST_ITEM, 0, 0, "42 - Takster for havnen"},
        {EXT_LIST_ITEM, 0, 0, "43 - Nyt tag på skolen"},
        {EXT_PARA, 1, 0, "Til orientering (åbne punkter)"},
        {EXT_LIST_ITEM, 0, 0, "44 - Status for færgen"},
        {EXT_LIST_ITEM, 0, 0, "45 - Klimaplanen"},
        {EXT_PARA, 1, 0, "Til behandling (lukkede punkter)"},
        {EXT_LIST_ITEM, 0, 0, "46 - Salg af grund"},
        {EXT_LIST_ITEM, 0, 0, "47 - Personalesag"},
    };
    static const char *const labels[] = {"41", "42", "43", "44",
                                         "45", "46", "47"};
    static const char *const titles[] = {
        "Regnskab 2021",     "Takster for havnen", "Nyt tag på skolen",
        "Status for færgen", "Klimaplanen",        "Salg af grund",
        "Personalesag"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 7, labels, titles);
    mnt_meeting_fini(&m);
}

/* A committee's agenda PDF on a transcript site, one line a page, each
 * ending in the footer that names the municipality (the co- fixture):
 * the last item of a page, a title with no text after it, ends before
 * the footer ("10. Eventuelt. Norddjurs Kommune"). */
static void test_title_stops_at_running_footer(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file("tests/data/layouts/"
               "co-deltogx-norddjurs-anholtkontakt-2008.txt",
               NULL, &m);
    assert_int_equal(m.nitems, 10);
    assert_string_equal(m.items[9].label, "10");
    expect_title(&m.items[9], "Eventuelt");
    mnt_meeting_fini(&m);
}

/* A news page's agenda as announced: "Dagsorden - åbent møde:" over
 * bullets, one of them opening with a section's word ("Beslutning om
 * …", one of the points, no section of an item), and "Lukket møde:"
 * over the closed part's bullets, which are items too. The heading
 * names the council in lower case after "Møde i". */
static void test_news_agenda_bullets_and_closed_part(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Møde i kommunalbestyrelsen 4. april"},
        {EXT_PARA, 0, 0,
         "Mødet holdes på Rådhuset tirsdag den 4. april 2017 kl. 17."},
        {EXT_PARA, 1, 0, "Dagsorden - åbent møde:"},
        {EXT_LIST_ITEM, 0, 0, "Budgetopfølgning pr. 31.3.2017"},
        {EXT_LIST_ITEM, 0, 0, "Beslutning om salg af den gamle skole"},
        {EXT_LIST_ITEM, 0, 0, "Havneudvalgets åbne referater"},
        {EXT_LIST_ITEM, 0, 0, "Eventuelt"},
        {EXT_PARA, 1, 0, "Lukket møde:"},
        {EXT_LIST_ITEM, 0, 0, "Køb af jord ved havnen"},
        {EXT_LIST_ITEM, 0, 0, "Eventuelt"},
        {EXT_PARA, 0, 0, "Dagsordenen er fremlagt på biblioteket."},
    };
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Budgetopfølgning pr. 31.3.2017",
        "Beslutning om salg af den gamle skole",
        "Havneudvalgets åbne referater",
        "Eventuelt",
        "Køb af jord ved havnen",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 6, labels, titles);
    if (m.council == NULL || strcmp(m.council, "Kommunalbestyrelsen") != 0)
        fail_msg("council <%s>, want <Kommunalbestyrelsen>",
                 m.council ? m.council : "(null)");
    mnt_meeting_fini(&m);
}

/* The same news page as text: the list keeps its "• " signs and has no
 * list marks of a format. The bullets are the points all the same; an
 * entry with a full stop after its first word ("• Beslutning. Udbud …")
 * is judged past its bullet, as the page's list item would be. */
static void test_news_agenda_text_bullets(void **state)
{
    (void)state;
    static const char text[] =
        "Møde i kommunalbestyrelsen 4. april\n\n"
        "Mødet holdes på Rådhuset tirsdag den 4. april 2017 kl. 17.\n\n"
        "Dagsorden - åbent møde:\n\n"
        " • Budgetopfølgning pr. 31.3.2017\n"
        " • Beslutning. Udbud af vintertjeneste på kommunens veje\n"
        " • Eventuelt\n\n"
        "Lukket møde:\n\n"
        " • Køb af jord ved havnen\n"
        " • Eventuelt\n\n"
        "Dagsordenen er fremlagt på biblioteket.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Budgetopfølgning pr. 31.3.2017",
        "Beslutning. Udbud af vintertjeneste på kommunens veje", "Eventuelt",
        "Køb af jord ved havnen", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A news page whose agenda is plain lines under "DAGSORDEN" and "Åbent
 * møde:", one a line, no bullet; one opens with an ordinal ("2.
 * behandling af Budget …", the reading, no item number) and makes a
 * chain of one heading, which gives way to the list it lies in. The
 * lines under "Lukket møde:" are points too; prose ends the list. */
static void test_news_agenda_plain_lines(void **state)
{
    (void)state;
    static const char text[] =
        "Kommunalbestyrelsesmøde\n"
        "Der afholdes ordinært kommunalbestyrelsesmøde på rådhuset, "
        "tirsdag den 7. oktober 2025 kl. 17.30.\n"
        "DAGSORDEN\n"
        "Åbent møde:\n"
        "Godkendelse af dagsorden\n"
        "2. behandling af Budget 2026 og overslagsår 2027-2029\n"
        "Regler for valgplakater ved KV 2025\n"
        "Meddelelser fra borgmesteren\n"
        "Lukket møde:\n"
        "Efterretningsliste\n"
        "Dagsordenen er fremlagt på Rådhuset. Ændringer kan forekomme.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "2. behandling af Budget 2026 og overslagsår 2027-2029",
        "Regler for valgplakater ved KV 2025", "Meddelelser fra borgmesteren",
        "Efterretningsliste"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A harbour committee's page from an agenda export: the list of points
 * is run into the first heading, which repeats its entry ("1. Møde i
 * havnegruppen den 5. december1. Møde i havnegruppen den 5. december").
 * The title is the entry once, without the glued repetition. */
static void test_list_entry_glued_to_heading_it_repeats(void **state)
{
    (void)state;
    static const char text[] =
        "UDVALG\n\nDet Politiske Havneudvalg\n\nMØDE\n\nReferat\n\n"
        "STED\n\nLokale 2\n\nSTARTTIDSPUNKT\n\n05-12-2018 10:30:00\n\n"
        "SLUTTIDSPUNKT\n\n05-12-2018 12:00:00\n\n\nPUNKTER\n\n"
        "1. Møde i havnegruppen den 5. december1. Møde i havnegruppen den "
        "5. december\n\n"
        "Møde i havnegruppen den 5. december\n"
        "Sagsgang og sagstype\n\nHavnegruppen\n\n"
        "Beskrivelse af sagen\n\nGruppen drøfter muslingefiskernes plads.\n\n"
        "Beslutning i Det Politiske Havneudvalg den 05-12-2018\n\n"
        "Drøftet.\n";
    static const char *const labels[] = {"1"};
    static const char *const titles[] = {"Møde i havnegruppen den 5. december"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 1, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same page's one point carries the meeting's own agenda in its
 * text, numbered "1)" … "4)" under "Dagsorden:". The list is the
 * point's text: its "2)" goes on from its own "1)", not from the
 * heading "1." above it. */
static void test_paren_list_in_point_text(void **state)
{
    (void)state;
    static const char text[] =
        "UDVALG\n\nDet Politiske Havneudvalg\n\nMØDE\n\nReferat\n\n"
        "STED\n\nLokale 2\n\nSTARTTIDSPUNKT\n\n05-12-2018 10:30:00\n\n"
        "SLUTTIDSPUNKT\n\n05-12-2018 12:00:00\n\n\nPUNKTER\n\n"
        "1. Møde i havnegruppen\n\n"
        "Sagsgang og sagstype\n\nHavnegruppen\n\n"
        "Beskrivelse af sagen\n\nDagsorden:\n\n"
        "1)     Referat fra sidste møde\n\n"
        "2)     Oprydning i havnebassinet\n\n"
        "3)     Plads til muslingefiskerne\n\n"
        "4)     Evt.\n\n"
        "Ad 2) Bassinet er ryddet for affald.\n\n"
        "Beslutning i Det Politiske Havneudvalg den 05-12-2018\n\n"
        "Drøftet.\n";
    static const char *const labels[] = {"1"};
    static const char *const titles[] = {"Møde i havnegruppen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 1, labels, titles);
    mnt_meeting_fini(&m);
}

/* An island ferry committee's protocol as a document site's transcript:
 * one line a page, headings without numbers after the committee's name,
 * and in one item's text a list a sentence introduces ("Hovedpunkterne
 * var: 1. Fælles indkøb … 2. … 3. …"). The list is the item's text,
 * not three headings. */
static void test_sentence_list_in_flat_page(void **state)
{
    (void)state;
    static const char text[] =
        "Færgeudvalget BESLUTNINGSPROTOKOL\n\nTranskript\n\n"
        "1 Færgeudvalget BESLUTNINGSPROTOKOL Sted: Færgeterminalen Dato: "
        "Tirsdag den 2. juni 2015 Start kl.: 11:00 Slut kl.: 13:40 "
        "Medlemmer: Jens Dybdahl (formand) Kurt Vest (O) Fraværende: Ingen "
        "Norddjurs Kommune\n\n"
        "2 Færgeudvalget Indholdsfortegnelse Side 1. Godkendelse af budget "
        "Opfølgning på årsmødet Eventuelt...4 Norddjurs Kommune\n\n"
        "3 Færgeudvalget Godkendelse af budget P35 14/2323 Åben sag "
        "Sagsgang: FU Sagsfremstilling Budgettet for færgefarten gennemgås "
        "på mødet. Indstilling Sekretariatet indstiller, at budgettet "
        "godkendes. Beslutning i Færgeudvalget den Godkendt. 1\n\n"
        "4 Færgeudvalget Opfølgning på årsmødet P35 15/1177 Åben sag "
        "Sagsgang: FU Sagsfremstilling Færgesekretariatet holdt årsmøde den "
        "6. maj 2015. Hovedpunkterne var: 1. Fælles indkøb af reservedele "
        "2. Uddannelse af besætninger 3. Ny model for statstilskud. "
        "Indstilling Sekretariatet indstiller, at orienteringen tages til "
        "efterretning. Beslutning i Færgeudvalget den Taget til "
        "efterretning. 2\n\n"
        "5 Færgeudvalget Eventuelt P35 15/1214 Åben sag Sagsgang: FU "
        "Beslutning i Færgeudvalget den Intet. 3\n";
    static const char *const titles[] = {"Godkendelse af budget",
                                         "Opfølgning på årsmødet", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 3, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page of numbered headings where one item's text holds a
 * list a sentence introduces ("orienterede om: 1. … 2. … 3. …"), then
 * its decision, then the next heading "4. …": the decision's section
 * ends the list, so "4." is a heading, not the list's fourth point. */
static void test_section_ends_sentence_list(void **state)
{
    (void)state;
    static const char text[] =
        "Seniorrådet Referat Mødedato: 7. marts 2018 Mødested: Rådhuset\n\n"
        "2 1. Godkendelse af dagsorden Beslutning: Godkendt. 2. Meddelelser "
        "Formanden fortalte om: 1. besøget på plejecentret i februar 2. "
        "rådets nye hjemmeside 3. kurset for nye medlemmer Beslutning: "
        "Taget til efterretning. 3. Budget for aktiviteter Sekretæren "
        "gennemgik regnskabet for sidste år. Beslutning: Godkendt. 4. "
        "Eventuelt Intet. 3\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Meddelelser",
                                         "Budget for aktiviteter", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_outline_number_before_own),
        cmocka_unit_test(test_ad_paragraphs_titled_by_list),
        cmocka_unit_test(test_bold_groups_over_numbered_items),
        cmocka_unit_test(test_title_stops_at_running_footer),
        cmocka_unit_test(test_news_agenda_bullets_and_closed_part),
        cmocka_unit_test(test_news_agenda_text_bullets),
        cmocka_unit_test(test_news_agenda_plain_lines),
        cmocka_unit_test(test_list_entry_glued_to_heading_it_repeats),
        cmocka_unit_test(test_paren_list_in_point_text),
        cmocka_unit_test(test_sentence_list_in_flat_page),
        cmocka_unit_test(test_section_ends_sentence_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
