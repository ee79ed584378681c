/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_points.c - numbered points inside items against the
 * items' own headings (issue 11): a citizen's question numbered "1)"
 * under "1:" headings, a recommendation's "1. at …" points and their
 * decisions' "Ad 1", a system's type mark "(B)" after a title, points
 * wrapped onto lines of their own, every item its own one-entry list,
 * lists counting from 1 before typed numbers, points announced in the
 * text. Split from test_segment_lists.c, which keeps the agenda lists
 * and page furniture of round q. Each case is a few lines in our own
 * words. */
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

/* "1: Title" headings and, in item 1, a citizen's question numbered
 * "1) …" / "2) …" / "3) …": the page's "2: …" heading heads item 2, not
 * the question's "2) …" point; of two chains scoring alike the one whose
 * numbers keep one delimiter wins. */
static void test_heading_delimiter_over_body_points(void **state)
{
    (void)state;
    static const char text[] =
        "Referat: 9. april 2019 kl. 16:00\n\nByrådssalen, Rådhuset\n"
        "Byrådet\n\n"
        "Kopier link til punktet  -   Print\n\n"
        "1: Spørgetid i Byrådet\n\nSagsnr:\n\nSagsfremstilling\n\n"
        "Der er modtaget dette spørgsmål fra en borger:\n\n"
        "Vil borgmesteren arbejde for:\n\n"
        "1) At stien langs åen bliver ryddet inden sommeren.\n\n"
        "Eller i stedet:\n\n"
        "2) Bede lodsejerne om selv at rydde stien.\n\n"
        "3) Som en del af pkt. 2 mødes med lodsejerne.\n\n"
        "Beslutning\n\nBesvaret på mødet.\n\n"
        "Kopier link til punktet  -   Print\n\n"
        "2: Godkendelse af dagsorden\n\nSagsnr:\n\nBilag\n\n"
        "Ingen bilag.\n\nBeslutning\n\nGodkendt.\n\n"
        "Kopier link til punktet  -   Print\n\n"
        "3: Salg af areal ved havnen\n\nSagsnr: 19-004411\n\n"
        "Sagsfremstilling\n\nEt firma vil købe arealet.\n\n"
        "Beslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Spørgetid i Byrådet",
                                         "Godkendelse af dagsorden",
                                         "Salg af areal ved havnen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A web page's agenda as a bulleted list: each entry's number alone in
 * its bullet's first line ("• 1"), the title on the next line, then the
 * case's id. The bullets head the items, titled by the line under them
 * (not the "Sagsid.:" blocks, which would leave them untitled). */
static void test_bullet_number_title_below(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTirsdag den 9. marts 2021 kl. 16:00\n\n"
        "Udvalg: Teknik- og Miljøudvalget\n\n"
        "  \xE2\x80\xA2 1\n    Vejbump på Skolestien\n    Sagsid.: 21/1101\n\n"
        "    RESUMÉ:\n\n    Beboerne ønsker lavere fart.\n\n"
        "    BESLUTNING: Teknik- og Miljøudvalget den 09-03-2021\n\n"
        "    Godkendt.\n\n"
        "  \xE2\x80\xA2 2\n    Status på vintertjenesten\n    Sagsid.: "
        "21/1180\n\n"
        "    RESUMÉ:\n\n    Vinteren har været mild.\n\n"
        "    BESLUTNING: Teknik- og Miljøudvalget den 09-03-2021\n\n"
        "    Taget til efterretning.\n\n"
        "  \xE2\x80\xA2 3\n    Meddelelser\n    Sagsid.:\n\n"
        "    BESLUTNING: Teknik- og Miljøudvalget den 09-03-2021\n\n"
        "    Ingen.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Vejbump på Skolestien", "Status på vintertjenesten", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same page with a recommendation in points after "indstiller,"
 * ("1. at …" / "2. at …": the comma ends the lead-in, each point says
 * "at …") and a decision on each point ("Ad 1" / votes, "Ad 2" /
 * "Godkendt."): neither list is the agenda nor heads an item. A bare
 * number whose next line says what was done is a decision's point. */
static void test_recommendation_points_under_bullets(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTirsdag den 9. marts 2021 kl. 16:00\n\n"
        "Udvalg: Teknik- og Miljøudvalget\n\n"
        "  \xE2\x80\xA2 1\n    Vejbump på Skolestien\n    Sagsid.: 21/1101\n\n"
        "    INDSTILLING:\n\n    Forvaltningen indstiller,\n\n"
        "    1. at der lægges to vejbump på stien,\n\n"
        "    2. at udgiften afholdes af vejpuljen.\n\n"
        "    BESLUTNING: Teknik- og Miljøudvalget den 09-03-2021\n\n"
        "    Ad 1\n\n    For stemte: 4 (A+V)\n\n    Godkendt.\n\n"
        "    Ad 2\n\n    Godkendt.\n\n"
        "    SAGSFREMSTILLING:\n\n    Beboerne ønsker lavere fart.\n\n"
        "  \xE2\x80\xA2 2\n    Status på vintertjenesten\n    Sagsid.: "
        "21/1180\n\n"
        "    BESLUTNING: Teknik- og Miljøudvalget den 09-03-2021\n\n"
        "    Taget til efterretning.\n\n"
        "  \xE2\x80\xA2 3\n    Meddelelser\n    Sagsid.:\n\n"
        "    BESLUTNING: Teknik- og Miljøudvalget den 09-03-2021\n\n"
        "    Ingen.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Vejbump på Skolestien", "Status på vintertjenesten", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A proposal's points "1. At …" / "2. At …" / "3. At …" inside an item
 * (introduced by a colon, not by "indstiller, at") are no headings: a
 * Danish heading never opens with the infinitive's "at". Item 3 is the
 * real "3. Budgetopfølgning …" further down (bl- round, Høje-Taastrup). */
static void test_at_points_are_no_headings(void **state)
{
    (void)state;
    static const char text[] =
        "Referat (31. oktober 2017)\n\n"
        "1. Godkendelse af dagsorden\n\n"
        "Godkendt.\n\n"
        "2. Forslag fra F om grønne tage\n\n"
        "Sagsnr: 17/2904\n\n"
        "F foreslår derfor:\n\n"
        "1. At nye kommunale bygninger får grønne tage.\n\n"
        "2. At eksisterende tage vurderes ved renovering.\n\n"
        "3. At ordningen evalueres efter to år.\n\n"
        "Beslutning Byrådet den 31-10-2017\n\n"
        "Oversendt til Teknik- og Miljøudvalget.\n\n"
        "3. Budgetopfølgning pr. 30. september 2017\n\n"
        "Sagsnr: 17/118\n\n"
        "Budgettet overholdes.\n\n"
        "Beslutning Byrådet den 31-10-2017\n\n"
        "Taget til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Forslag fra F om grønne tage",
        "Budgetopfølgning pr. 30. september 2017"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);

    /* a heading that opens with a capital "At" and ends as a title does
     * (no full stop, comma or semicolon) heads its item: the torture
     * generator's made-up words gave "2. At for som bewyens" */
    static const char heading[] =
        "Referat af møde i Udsatterådet\nMødedato: 25. januar 2017\n\n"
        "1. Godkendelse af dagsorden\n\nSagsfremstilling\n\nGodkendt.\n\n"
        "2. At tage ansvar for egen bolig\n\nSagsfremstilling\n\n"
        "Rådet drøftede et projekt om boligstøtte.\n\n"
        "3. Eventuelt\n\nSagsfremstilling\n\nIntet.\n";
    static const char *const htitles[] = {"Godkendelse af dagsorden",
                                          "At tage ansvar for egen bolig",
                                          "Eventuelt"};
    parse_text(heading, &m);
    expect_items(&m, 3, labels, htitles);
    mnt_meeting_fini(&m);
}

/* A letter in brackets after every title is the publishing system's
 * type mark (Slagelse: "(B)" a decision, "(O)" an orientation), not a
 * party after a person's name: the headings lose nothing by it to a
 * numbered point in an item's text. */
static void test_type_mark_is_no_party(void **state)
{
    (void)state;
    static const char text[] =
        "1. Godkendelse af dagsorden (B)\n"
        "Kompetence: Beskæftigelsesudvalget\n"
        "Formanden indstiller, at dagsordenen godkendes.\n"
        "2. Status for projektet om løntilskud\n"
        "Projektet er i gang i tre afdelinger.\n"
        "Godkendt.\n\n"
        "2. Gensidig orientering (O)\n"
        "Kompetence: Beskæftigelsesudvalget\n"
        "Formanden orienterede om et møde med erhvervsskolerne.\n\n"
        "3. Mødeplan for 2017 (B)\n"
        "Kompetence: Beskæftigelsesudvalget\n"
        "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden (B)",
                                         "Gensidig orientering (O)",
                                         "Mødeplan for 2017 (B)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[0].body, "tre afdelinger"));
    mnt_meeting_fini(&m);
}

/* Headings set in capitals (round dz): every word is capitalised, so
 * "GENSIDIG ORIENTERING (O)" looks like a person and party; the
 * bracketed letter after a title in capitals is the type mark, and the
 * heading is no attendee. */
static void test_type_mark_after_capitals(void **state)
{
    (void)state;
    static const char text[] =
        "1. GODKENDELSE AF DAGSORDEN (B)\n"
        "Kompetence: Beskæftigelsesudvalget\n"
        "Formanden indstiller, at dagsordenen godkendes.\n"
        "2. Status for projektet om løntilskud\n"
        "Projektet er i gang i tre afdelinger.\n"
        "Godkendt.\n\n"
        "2. GENSIDIG ORIENTERING (O)\n"
        "Kompetence: Beskæftigelsesudvalget\n"
        "Formanden orienterede om et møde med erhvervsskolerne.\n\n"
        "3. MØDEPLAN FOR 2017 (B)\n"
        "Kompetence: Beskæftigelsesudvalget\n"
        "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"GODKENDELSE AF DAGSORDEN (B)",
                                         "GENSIDIG ORIENTERING (O)",
                                         "MØDEPLAN FOR 2017 (B)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[0].body, "tre afdelinger"));
    mnt_meeting_fini(&m);
}

/* A wrapped text's numbered points each run onto a line of their own
 * in lower case ("1. Månedlige" / "nøgletal for …" / "2. Status på"):
 * still a list's points, not the next item's heading below them. */
static void test_wrapped_points_are_a_list(void **state)
{
    (void)state;
    static const char text[] =
        "1. Godkendelse af dagsorden\n"
        "Formanden indstiller, at dagsordenen godkendes.\n"
        "Godkendt.\n\n"
        "2. Gensidig orientering\n"
        "Orientering fra centerchefen om\n"
        "1. Månedlige\n"
        "nøgletal for jobcentret (bilag 1)\n"
        "2. Status på\n"
        "modtagelse af nye borgere (bilag 2)\n"
        "3. Redegørelse for\n"
        "virksomhedsrettede forløb (bilag 3)\n"
        "Taget til efterretning.\n"
        "3. Budgetopfølgning ultimo september\n"
        "Forbruget ligger under det forventede.\n"
        "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Gensidig orientering",
                                         "Budgetopfølgning ultimo september"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "virksomhedsrettede forløb"));
    mnt_meeting_fini(&m);
}

/* Every item its own one-element <ol> (an Aula page's table, ct- blind
 * round): each title is a list item numbered 1 by the format, with the
 * item's time slot, sections and minute below it. The items are those
 * list items, labelled in order - not the sections under them. */
static void test_one_element_lists_head_items(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Referat af skolebestyrelsesmøde"},
        {EXT_PARA, 0, 0, "Sted: Lærerværelset"},
        {EXT_LIST_ITEM, 0, 1, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "(16:30 - 16:35)"},
        {EXT_PARA, 1, 0, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Dagsordenen er udsendt."},
        {EXT_PARA, 1, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 1, "Nyt fra elevrådet"},
        {EXT_PARA, 0, 0, "(16:35 - 16:50)"},
        {EXT_PARA, 1, 0, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Elevrådet fortæller om temadagen."},
        {EXT_LIST_ITEM, 0, 1, "Skolens budget"},
        {EXT_PARA, 0, 0, "(16:50 - 17:20)"},
        {EXT_PARA, 1, 0, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Skolelederen gennemgår forbruget."},
        {EXT_LIST_ITEM, 0, 1, "Eventuelt"},
        {EXT_PARA, 0, 0, "Næste møde er 24. september."},
    };
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Nyt fra elevrådet", "Skolens budget",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Word's numbering broke on a church's page (ik- blind round): every
 * point its own list counting from 1, then points typed by hand from 5
 * on. The typed "5." says four points come first: the first four list
 * entries, in order; the two entries left (the committees' reports) are
 * item 4's text, not items. */
static void test_ones_lists_then_typed_numbers(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 1, 0, "Dagsorden for menighedsrådsmøde den 4. maj 2023"},
        {EXT_LIST_ITEM, 0, 1, "Salme"},
        {EXT_LIST_ITEM, 0, 1, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 1, "Regnskab"},
        {EXT_PARA, 0, 0, "Kassereren gennemgik kvartalsrapporten."},
        {EXT_LIST_ITEM, 0, 1, "Nyt fra udvalgene"},
        {EXT_LIST_ITEM, 0, 1, "Præstegårdsudvalget"},
        {EXT_PARA, 0, 0, "Taget er efterset."},
        {EXT_LIST_ITEM, 0, 1, "Aktivitetsudvalget"},
        {EXT_PARA, 0, 0, "Sommerudflugten går til Egeskov."},
        {EXT_PARA, 0, 0, "5. Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
        {EXT_PARA, 0, 0, "6. Salme"},
    };
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Salme",     "Godkendelse af dagsorden",
        "Regnskab",  "Nyt fra udvalgene",
        "Eventuelt", "Salme"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 6, labels, titles);
    assert_non_null(strstr(m.items[3].body, "Egeskov"));
    mnt_meeting_fini(&m);
}

/* A news page announcing a meeting (rn.dk, ct- blind round): no
 * headings, the points to be decided a bulleted list after "… disse
 * punkter:". Each bullet is an item; a bulleted list without such a line
 * is no agenda. */
static void test_announced_points_are_items(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Deltag i byrådsmødet 3. marts"},
        {EXT_PARA, 0, 0, "Byrådet mødes mandag 3. marts 2025 kl. 17.00."},
        {EXT_PARA, 0, 0,
         "På mødet skal byrådet tage stilling til disse "
         "punkter:"},
        {EXT_LIST_ITEM, 0, 0, "Regnskab 2024"},
        {EXT_LIST_ITEM, 0, 0, "Ny skolestruktur i Vestby"},
        {EXT_LIST_ITEM, 0, 0, "Lokalplan for havnen"},
        {EXT_PARA, 0, 0, "Alle er velkomne."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Regnskab 2024", "Ny skolestruktur i Vestby", "Lokalplan for havnen"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);

    static const struct blk plain[] = {
        {EXT_HEADING, 0, 1, "Nyt fra kommunen"},
        {EXT_PARA, 0, 0, "Vi har fået nye cykelstier:"},
        {EXT_LIST_ITEM, 0, 0, "Langs fjorden"},
        {EXT_LIST_ITEM, 0, 0, "Ved skolen"},
        {EXT_LIST_ITEM, 0, 0, "Mod stationen"},
    };
    parse_blocks(plain, sizeof plain / sizeof *plain, &m);
    assert_int_equal(m.nitems, 1);
    mnt_meeting_fini(&m);

    /* a page of one case whose text lists points is one item */
    static const struct blk one[] = {
        {EXT_HEADING, 0, 1, "Ny trafikplan"},
        {EXT_PARA, 1, 0, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Planen rummer disse punkter:"},
        {EXT_LIST_ITEM, 0, 0, "Flere busser"},
        {EXT_LIST_ITEM, 0, 0, "Nye cykelstier"},
        {EXT_LIST_ITEM, 0, 0, "Lavere takster"},
        {EXT_PARA, 1, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    parse_blocks(one, sizeof one / sizeof *one, &m);
    assert_int_equal(m.nitems, 1);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_delimiter_over_body_points),
        cmocka_unit_test(test_bullet_number_title_below),
        cmocka_unit_test(test_recommendation_points_under_bullets),
        cmocka_unit_test(test_at_points_are_no_headings),
        cmocka_unit_test(test_type_mark_is_no_party),
        cmocka_unit_test(test_type_mark_after_capitals),
        cmocka_unit_test(test_wrapped_points_are_a_list),
        cmocka_unit_test(test_one_element_lists_head_items),
        cmocka_unit_test(test_ones_lists_then_typed_numbers),
        cmocka_unit_test(test_announced_points_are_items),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
