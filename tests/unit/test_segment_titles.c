/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_titles.c - what an item's title is and what only stands
 * next to it (issue 11, session 22): the meeting's answer printed after
 * the title's colon on the heading line ("2. Regnskab: godkendt.",
 * "1. Afbud: names", "6. Næste møde: date") while titles with colons of
 * their own stay whole; the minute after a title's comma or full stop
 * ("1. Valg af referent, Jørgen referent", "6. Høringssvar. Der var
 * ingen …"); the agenda's title running on into a section. Each case is a few
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

/* A small board's minutes answer each point on its own line: a decision
 * or a nil answer, a presence field's names, the next meeting's date
 * after the colon are the item's text; "Lokalplan 7: Boliger …" and
 * "Orientering: nyt fra …" are titles with a colon of their own. */
static void test_title_colon_answer(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af bestyrelsesmøde i Engby Beboerforening 3. marts 2011\n\n"
        "1. Afbud: Lene Holm og Per Mose\n\n"
        "2. Godkendelse af sidste referat: godkendt.\n\n"
        "3. Lokalplan 7: Boliger ved Engvej\n\n"
        "Foreningen sender et høringssvar om stien langs engen.\n\n"
        "4. Orientering: nyt fra kassereren\n\n"
        "Der er 12.400 kr. på kontoen.\n\n"
        "5. Eventuelt: intet\n\n"
        "6. Næste møde: 4. maj 2011 kl. 19.00 hos Lene\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {"Afbud",
                                         "Godkendelse af sidste referat",
                                         "Lokalplan 7: Boliger ved Engvej",
                                         "Orientering: nyt fra kassereren",
                                         "Eventuelt",
                                         "Næste møde"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    /* the answer is the item's text */
    assert_non_null(m.items[1].body);
    assert_non_null(strstr(m.items[1].body, "godkendt"));
    assert_non_null(strstr(m.items[5].body, "4. maj 2011"));
    mnt_meeting_fini(&m);
}

/* A råd's minutes written into the agenda's own lines: after the
 * title's comma or full stop the minute - a decision, a main clause, a
 * name and the role it got, a nil answer - is the item's text; a list
 * after a comma, a relative clause and a subtitle after a full stop
 * stay in the title. */
static void test_title_comma_minute(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i Engby Ældreråd 9. juni 2020\n\n"
        "1. Valg af dirigent, Bente dirigent i dag\n\n"
        "2. Godkendelse af dagsorden, godkendt\n\n"
        "3. Referat fra sidste møde, referatet blev sendt ud i maj\n\n"
        "4. Meddelelser fra formand, kasserer og sekretær\n\n"
        "Formanden har talt med borgmesteren om bænkene.\n\n"
        "5. Lokalplan 3, der skal give plads til boliger\n\n"
        "Rådet støtter planen.\n\n"
        "6. Skolegade 4. Lokalplan til endelig vedtagelse\n\n"
        "Ingen bemærkninger.\n\n"
        "7. Høringer. Der var ingen i denne måned.\n\n"
        "8. Eventuelt. Intet\n";
    static const char *const labels[] = {"1", "2", "3", "4",
                                         "5", "6", "7", "8"};
    static const char *const titles[] = {
        "Valg af dirigent",
        "Godkendelse af dagsorden",
        "Referat fra sidste møde",
        "Meddelelser fra formand, kasserer og sekretær",
        "Lokalplan 3, der skal give plads til boliger",
        "Skolegade 4. Lokalplan til endelig vedtagelse",
        "Høringer",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 8, labels, titles);
    assert_non_null(strstr(m.items[0].body, "Bente dirigent"));
    mnt_meeting_fini(&m);
}

/* The agenda list names a title that runs on into the item's section
 * on the same line ("Lukket punkt: Salg af … Beslutning Godkendt."):
 * the title ends where the agenda's does. */
static void test_agenda_title_then_section(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Teknisk Udvalg 4. april 2011\n\n"
        "Pkt. Tekst\n"
        "12 Vintertjeneste på de små veje\n"
        "13 Lukket punkt: Salg af gammel fejemaskine\n\n"
        "Vintertjeneste på de små veje\n\n"
        "Sagsfremstilling\n\nVejene saltes før morgentrafikken.\n\n"
        "Beslutning\n\nGodkendt.\n\n"
        "Lukket punkt: Salg af gammel fejemaskine Beslutning Godkendt.\n";
    static const char *const labels[] = {"12", "13"};
    static const char *const titles[] = {
        "Vintertjeneste på de små veje",
        "Lukket punkt: Salg af gammel fejemaskine"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_colon_answer),
        cmocka_unit_test(test_title_comma_minute),
        cmocka_unit_test(test_agenda_title_then_section),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
