/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_locals.c - classes the blind ck- round (session 25:
 * technical, planning and local committees) brought up: an agenda of
 * titles only whose item holds a sub-list numbered from 1 again; a date
 * line under a heading in one paragraph; items numbered from 0; a
 * page of one item dated only under its decision. Each case is a few
 * lines in our own words. */
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

/* Paragraphs of a web page; a '\n' in one is a <br> (the line after it
 * is marked line_break, as the HTML reader marks it). */
static void parse_paragraphs(const char *const *paras, size_t n,
                             struct mnt_meeting *m)
{
    struct ext_doc x;
    ext_doc_init(&x);
    x.body_size = 11;
    for (size_t i = 0; i < n; i++) {
        const char *s = paras[i];
        int brk = 0;
        while (*s != '\0') {
            const char *e = strchr(s, '\n');
            size_t len = e != NULL ? (size_t)(e - s) : strlen(s);
            char line[256];
            assert_true(len < sizeof line);
            memcpy(line, s, len);
            line[len] = '\0';
            struct ext_block *k = blk_add(&x, EXT_PARA, line);
            k->line_break = (uint8_t)brk;
            brk = 1;
            s += len + (e != NULL);
        }
    }
    parse_doc(&x, m);
}

/* A local council's agenda: items 1-4 are titles only, item 5 lists the
 * working groups "1." … "4." under its title. Chaining 3 on to the
 * sub-list's "4." would give item 3 the headings passed over as its
 * text; they are headings, so 4 and 5 are the items. */
static void test_agenda_sub_list_repeats_next_number(void **state)
{
    (void)state;
    static const char *const paras[] = {
        "Dagsorden for lokalrådets møde den 7. marts 2024 kl. 19:00\n"
        "Mødested: Forsamlingshuset",
        "1. Godkendelse af dagsorden",
        "2. Nyt fra formanden",
        "3. Nyt fra kassereren",
        "4. Byfesten",
        "5. Opfølgning på borgermødet\nDer blev nedsat fire grupper:\n"
        "1. Stier\n2. Boliger\n3. Foreninger\n4. Naturen\n"
        "Grupperne fortæller kort om deres første møde",
        "6. Nyt fra grupperne\nSkolen:\nHallen:",
        "7. Eventuelt"};
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6", "7"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Nyt fra formanden",
                                         "Nyt fra kassereren",
                                         "Byfesten",
                                         "Opfølgning på borgermødet",
                                         "Nyt fra grupperne",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_paragraphs(paras, sizeof paras / sizeof *paras, &m);
    expect_items(&m, 7, labels, titles);
    mnt_meeting_fini(&m);
}

/* "7. Tid og sted for næste møde<br>11. jan. 2025 – kl. 19.00 …": the
 * line under the heading opens with a date; it is the item's text, not
 * the rest of its title. */
static void test_br_date_line_is_no_title(void **state)
{
    (void)state;
    static const char *const paras[] = {
        "Dagsorden for lokalrådets møde den 3. december 2024 kl. 19:00",
        "1. Godkendelse af dagsorden",
        "2. Tid og sted for næste møde\n"
        "14. jan. 2025 – kl. 19.00 til 21.00 i hallen ?",
        "3. Eventuelt"};
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Tid og sted for næste møde", "Eventuelt"};
    struct mnt_meeting m;
    parse_paragraphs(paras, sizeof paras / sizeof *paras, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "14. jan. 2025"));
    mnt_meeting_fini(&m);
}

/* A local council's board numbers its points from 0: "0. Godkendelse af
 * dagsorden" is the first item, not text before item 1. */
static void test_points_numbered_from_zero(void **state)
{
    (void)state;
    static const char text[] =
        "Til stede: Anna, Bo, Carl, Dorte\n\nAfbud: Erik\n\n"
        "0. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
        "1. Bemærkninger til referatet fra sidste møde\n"
        "Ingen bemærkninger.\n\n"
        "2. Nyt fra formanden\nFormanden fortalte om kommuneplanen.\n\n"
        "3. Eventuelt\nIntet.\n";
    static const char *const labels[] = {"0", "1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Bemærkninger til referatet fra sidste møde", "Nyt fra formanden",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same board's points set off from their titles by a dash (round
 * je): "0 - Velkomst og dagsorden" is item 0 as "0." is. */
static void test_dash_points_numbered_from_zero(void **state)
{
    (void)state;
    static const char text[] =
        "Til stede: Mette, Søren, Karina, Palle\n\nAfbud: Vibeke\n\n"
        "0 - Velkomst og dagsorden\nDagsordenen blev godkendt.\n\n"
        "1 - Opfølgning på sidste møde\nAlle opgaver er løst.\n\n"
        "2 - Juletræ på torvet\nKarina bestiller træet og lyskæden.\n\n"
        "3 - Eventuelt\nIntet.\n";
    static const char *const labels[] = {"0", "1", "2", "3"};
    static const char *const titles[] = {"Velkomst og dagsorden",
                                         "Opfølgning på sidste møde",
                                         "Juletræ på torvet", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A PolWeb page of one item prints no header: the meeting's day is the
 * "Dato:" field of its decision block, far down the page. */
static void test_one_item_page_dated_by_decision_field(void **state)
{
    (void)state;
    static const char head[] =
        "88. Orientering - udvalgets årshjul\n\nSag 306-2019-1122\n\n"
        "Initialer: ABC\n\nÅbent\n\nKompetence\n\nMiljøudvalget.\n\n"
        "Sagsfremstilling\n\n";
    static const char tail[] =
        "Beslutning fra Miljøudvalget\n\nDato: 4. juni 2019\n\n"
        "Sted: Mødelokale 3\n\nFraværende: Aage Brask\n\n"
        "Taget til efterretning.\n";
    /* the text between them: more lines than the header is searched */
    char text[4096];
    size_t n = strlen(head);
    memcpy(text, head, n);
    for (int k = 0; k < 40; k++)
        n += (size_t)snprintf(text + n, sizeof text - n,
                              "Punkt %d i årshjulet drøftes.\n\n", k + 1);
    memcpy(text + n, tail, sizeof tail);
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2019-06-04");
    mnt_meeting_fini(&m);
}

/* A local council's page read as text glues its logo's words to each
 * other and to the first line ("NørrebyLokalrådLogoTil stede: …"): the
 * council is the noun among them with the word before it. */
static void test_glued_logo_names_council(void **state)
{
    (void)state;
    static const char text[] =
        "NørrebyLokalrådLogoTil stede: Anna, Bo, Carl\n\nAfbud: Dorte\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Nyt fra kassereren\nDer er 9.000 kr. på kontoen.\n\n"
        "3. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    assert_non_null(m.council);
    assert_string_equal(m.council, "Nørreby Lokalråd");
    mnt_meeting_fini(&m);
}

/* A committee page that prints no titles nor numbers: each item opens
 * with its route field ("Sagens forløb:" over "ØU - KB"), then
 * "Baggrund". The route is no title and the item opens at its label;
 * the decisions ("Beslutning Økonomiudvalget den 09-05-2019", no "i")
 * date the meeting, not a date in a body. */
static void test_route_field_opens_untitled_item(void **state)
{
    (void)state;
    static const char text[] =
        "Sagens forløb:\nØU\n\n\nBaggrund\n"
        "Borgmesteren orienterede om et nyt tilskud.\n\n"
        "Beslutning Økonomiudvalget den 09-05-2019\nTaget til "
        "efterretning.\n\n\n"
        "Sagens forløb:\nØU - KB\n\n\nBaggrund\n"
        "Kommunalbestyrelsen besluttede den 25. februar 2019 en "
        "spareplan.\n\nForslag\nAt planen følges.\n\n"
        "Beslutning Økonomiudvalget den 09-05-2019\nAnbefales.\n\n\n"
        "Sagens forløb:\nØU\n\n\nBaggrund\n"
        "Havnen holder generalforsamling i maj.\n\nForslag\n"
        "At borgmesteren får mandat.\n\n"
        "Beslutning Økonomiudvalget den 09-05-2019\nGodkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    for (size_t i = 0; i < m.nitems; i++)
        assert_null(m.items[i].title);
    assert_int_equal(m.items[0].first_line, 1);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2019-05-09");
    mnt_meeting_fini(&m);
}

/* A board's minutes that print no date: a sentence in an item's body
 * that names a day ("… den 25/1 2022 må udskydes, …") is that item's
 * business, not the meeting's date. */
static void test_body_sentence_dates_no_meeting(void **state)
{
    (void)state;
    static const char text[] =
        "Til stede: Anna, Bo, Carl\n\nAfbud: Dorte\n\n"
        "1. Godkendelse af dagsorden\nDagsordenen blev godkendt.\n\n"
        "2. Kommende arrangementer\n"
        "Fællesspisningen den 25/1 2022 må udskydes, fordi huset efter de "
        "nye regler ikke må holde åbent.\n\n"
        "3. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    assert_null(m.date);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_agenda_sub_list_repeats_next_number),
        cmocka_unit_test(test_br_date_line_is_no_title),
        cmocka_unit_test(test_points_numbered_from_zero),
        cmocka_unit_test(test_dash_points_numbered_from_zero),
        cmocka_unit_test(test_one_item_page_dated_by_decision_field),
        cmocka_unit_test(test_glued_logo_names_council),
        cmocka_unit_test(test_route_field_opens_untitled_item),
        cmocka_unit_test(test_body_sentence_dates_no_meeting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
