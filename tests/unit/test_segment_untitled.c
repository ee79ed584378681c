/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_untitled.c - pages whose items show no title and no
 * number, only their sections (chain_untitled.c, opening.c): items that
 * open with different sections and close with their decision (an
 * announcements item of a decision only, then "Tidligere behandling" in
 * one case and "Indhold" in the next), and a numbered list of
 * announcements at the top of the first item that is no run of headings,
 * a case field set as a list bullet (" • Sagsid.: …") opening its item,
 * an earlier meeting's minutes as a title, "Beskrivelse" opening the
 * announcements' item, items opened by the case's path ("Sagens
 * forløb:") around numbered lists, an app's page of one item titled
 * above its labels (also above its summary, its kind before the
 * title), case numbers heading untitled items inside a
 * flattened page. Each case is a few lines in our own
 * words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/segment_internal.h"
#include "segment_util.h"
#include "test_filter.h"

/* 1-based line of the nth (from 1) line of text equal to `want`. */
static unsigned line_of(const char *text, const char *want, unsigned nth)
{
    unsigned line = 1;
    size_t n = strlen(want);
    for (const char *s = text; *s != '\0'; line++) {
        const char *e = strchr(s, '\n');
        size_t len = e != NULL ? (size_t)(e - s) : strlen(s);
        if (len == n && memcmp(s, want, n) == 0 && --nth == 0)
            return line;
        if (e == NULL)
            break;
        s = e + 1;
    }
    fail_msg("no such line \"%s\"", want);
    return 0;
}

/* The items open at these lines (each the nth line of that text). */
struct open_at {
    const char *line;
    unsigned nth;
};

static void expect_opens(const char *text, const struct mnt_meeting *m,
                         const struct open_at *opens, size_t n)
{
    if (m->nitems != n)
        fail_msg("%zu items (layout %s), want %zu", m->nitems, m->layout, n);
    for (size_t k = 0; k < n; k++) {
        unsigned want = line_of(text, opens[k].line, opens[k].nth);
        if (m->items[k].first_line != want)
            fail_msg("item %zu opens at line %u, want %u (\"%s\")", k + 1,
                     m->items[k].first_line, want, opens[k].line);
        assert_null(m->items[k].title);
    }
}

/* The decision closes every item; the first is the announcements' (a
 * decision only), the next opens with the case's earlier meetings, the
 * one after with its summary. No one section opens them all: each opens
 * at the first section after the last decision. */
static void test_decisions_close_items(void **state)
{
    (void)state;
    static const char text[] =
        "Teknik- og Miljøudvalget\n\n"
        "14.09.2021 kl. 16:30\n"
        "Udvalgsværelse B på Rådhuset\n\n"
        "Åben dagsorden\n\n"
        "Beslutning\n\n"
        "Ingen\n\n"
        "Tidligere behandling\n\n"
        "Teknik- og Miljøudvalget den 10. august 2021 Punkt 5\n\n"
        "Indhold\n\n"
        "Sammendrag\n\n"
        "Forslag til ny busrute forelægges igen efter høringen.\n\n"
        "Baggrund\n\n"
        "Høringen gav elleve svar, de fleste positive.\n\n"
        "Beslutning\n\n"
        "Anbefales\n\n"
        "Indhold\n\n"
        "Sammendrag\n\n"
        "Vejbelysningen på Skolevej skiftes til LED.\n\n"
        "Sagsfremstilling\n\n"
        "Udskiftningen koster 0,4 mio. kr.\n\n"
        "Beslutning\n\n"
        "Godkendt\n\n"
        "Tidligere behandling\n\n"
        "Teknik- og Miljøudvalget den 8. juni 2021 Punkt 2\n\n"
        "Indhold\n\n"
        "Sammendrag\n\n"
        "Status på klimaplanen.\n\n"
        "Sagsfremstilling\n\n"
        "Planen følger tidsplanen.\n\n"
        "Beslutning\n\n"
        "Taget til efterretning\n";
    static const struct open_at opens[] = {{"Beslutning", 1},
                                           {"Tidligere behandling", 1},
                                           {"Indhold", 2},
                                           {"Tidligere behandling", 2}};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_opens(text, &m, opens, 4);
    assert_string_equal(m.items[0].sections[m.items[0].nsections - 1].name,
                        "Beslutning");
    assert_string_equal(m.items[1].sections[0].name, "Tidligere behandling");
    mnt_meeting_fini(&m);
}

/* The same pages with the announcements listed "1. …" / "Bilag" above
 * their decision: the list is the first item's text, no four items with
 * the page's cases in the last; its "Bilag" lines open nothing. */
static void test_announcements_list_first_item(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\n\n"
        "02.03.2021 kl. 08:00\n"
        "Mødelokale 4 på Rådhuset\n\n"
        "Åben dagsorden\n\n"
        "  1. Kommunernes Landsforening har sendt nye regler om mødemapper.\n\n"
        "  2. Indbydelse til temadag om cykelstier den 9. april 2021.\n\n"
        "    Bilag\n"
        "    1 bilag\n\n"
        "  3. Årsberetning fra det fælles beredskab.\n\n"
        "    Bilag\n"
        "    2 bilag\n\n"
        "Beslutning\n\n"
        "Taget til efterretning\n\n"
        "Tidligere behandling\n\n"
        "Økonomiudvalget den 2. februar 2021 Punkt 7\n\n"
        "Indhold\n\n"
        "Sammendrag\n\n"
        "Køb af en grund til ny genbrugsplads.\n\n"
        "Sagsfremstilling\n\n"
        "Prisen svarer til vurderingen.\n\n"
        "Beslutning\n\n"
        "Anbefales\n\n"
        "Indhold\n\n"
        "Sammendrag\n\n"
        "Revisionens beretning for 2020.\n\n"
        "Sagsfremstilling\n\n"
        "Der er ingen væsentlige bemærkninger.\n\n"
        "Beslutning\n\n"
        "Taget til efterretning\n";
    static const struct open_at opens[] = {
        {"  1. Kommunernes Landsforening har sendt nye regler om mødemapper.",
         1},
        {"Tidligere behandling", 1},
        {"Indhold", 2}};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_opens(text, &m, opens, 3);
    mnt_meeting_fini(&m);
}

/* assens.dk's items are list entries that open with the case field as
 * the bullet (" • Sagsid.:", with or without a number) and print no
 * title; some open with "Sagsfremstilling", others with "Indstilling".
 * Each item starts at its bullet, not at a section below it. */
static void test_bullet_case_field_opens_item(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\n"
        "Onsdag den 13. december 2017 kl. 17:00\n\n"
        "Udvalg: Byrådet\n"
        " • Sagsid.:\n\n"
        "  Sagsfremstilling\n\n"
        "  Valg af borgmester.\n\n"
        "  Beslutning Byrådet den 13-12-2017\n\n"
        "  Valgt.\n\n"
        " • Sagsid.: 17/24410\n\n"
        "  Indstilling\n\n"
        "  Kommunaldirektøren anbefaler, at udvalgene vælges.\n\n"
        "  Sagsfremstilling\n\n"
        "  Byrådet vælger udvalgenes medlemmer.\n\n"
        "  Beslutning Byrådet den 13-12-2017\n\n"
        "  Valgt som anført.\n\n"
        " • Sagsid.: 17/24412\n\n"
        "  Indstilling\n\n"
        "  Kommunaldirektøren anbefaler, at mødeplanen godkendes.\n\n"
        "  Sagsfremstilling\n\n"
        "  Byrådet holder møde den sidste onsdag i måneden.\n\n"
        "  Beslutning Byrådet den 13-12-2017\n\n"
        "  Godkendt.\n";
    static const struct open_at opens[] = {{" • Sagsid.:", 1},
                                           {" • Sagsid.: 17/24410", 1},
                                           {" • Sagsid.: 17/24412", 1}};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_opens(text, &m, opens, 3);
    mnt_meeting_fini(&m);
}

/* aarhus.dk's unnumbered titles stand above each item's "Beslutning";
 * the item approving the last meeting's minutes is titled like a
 * document's heading ("Referat fra Magistratens møde den 18. marts
 * 2019"), but its date is earlier than the document's own: a title. */
static void test_earlier_minutes_title(void **state)
{
    (void)state;
    static const char text[] =
        "Vælg\n\n"
        "Referat Magistraten 25-03-2019\n\n"
        "  Dialogmøde med havnen\n\n\n"
        "  Beslutning\n"
        "  Drøftet.\n\n"
        "  Bilag\n\n"
        "  Referat fra Magistratens møde den 18. marts 2019\n\n\n"
        "  Beslutning\n"
        "  Intet.\n\n"
        "  Bilag\n\n"
        "  Mødeplan for byrådet 2020\n\n\n"
        "  Beslutning\n"
        "  Anbefales.\n\n"
        "  Bilag\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    assert_non_null(m.items[1].title);
    assert_string_equal(m.items[1].title,
                        "Referat fra Magistratens møde den 18. marts 2019");
    mnt_meeting_fini(&m);
}

/* The 2025 pages, one line each with no blank lines: the announcements'
 * item opens with "Beskrivelse" (its subjects) right under "Åben
 * dagsorden", and the cases' summaries stand under "Beskrivelse" too:
 * it is a section, so the first item opens there, not at its decision. */
static void test_description_opens_first_item(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget\n"
        "11.03.2025 kl. 08:00\n"
        "Mødelokale 4 på Rådhuset\n"
        "Deltagere\n"
        "Ida Berg (A) (borgmester) - Deltog\n"
        "Ole Krag (V) - Deltog\n"
        "Afbud/Fraværende\n"
        "Sara Holm (F) - Afbud\n"
        "Åben dagsorden\n"
        "Beskrivelse\n"
        "Nye regler for mødemapper\n"
        "KL har sendt en vejledning om de nye regler.\n"
        "Beslutning\n"
        "Taget til efterretning.\n"
        "Tidligere behandling\n"
        "Økonomiudvalget den 11. februar 2025 Punkt 4\n"
        "Beskrivelse\n"
        "Sammendrag\n"
        "Status på klimaplanen.\n"
        "Baggrund\n"
        "Planen følger tidsplanen.\n"
        "Indstilling\n"
        "Administrationen indstiller, at status tages til efterretning.\n"
        "Beslutning\n"
        "Taget til efterretning.\n"
        "Beskrivelse\n"
        "Sammendrag\n"
        "Vejbelysningen på Skolevej skiftes til LED.\n"
        "Baggrund\n"
        "Udskiftningen koster 0,4 mio. kr.\n"
        "Indstilling\n"
        "Administrationen indstiller, at udskiftningen godkendes.\n"
        "Beslutning\n"
        "Anbefales.\n"
        "Tidligere behandling\n"
        "Kultur- og Fritidsudvalget den 4. marts 2025 Punkt 2\n"
        "Beskrivelse\n"
        "Sammendrag\n"
        "Ny model for lokaletilskud.\n"
        "Baggrund\n"
        "Den gamle model giver store forskelle.\n"
        "Indstilling\n"
        "Administrationen indstiller, at modellen godkendes.\n"
        "Beslutning\n"
        "Anbefales.\n";
    /* (the cases' history lines still end the item before: the items
     * open at "Beskrivelse", as often as the decision; left for later) */
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 4);
    assert_int_equal(m.items[0].first_line, line_of(text, "Beskrivelse", 1));
    mnt_meeting_fini(&m);
}

/* A committee's page with no header, no titles and no numbers (Hørsholm
 * copied as text): each item opens with the case's path through the
 * committees ("Sagens forløb:" / "ØU - KB"). Two numbered lists, one in
 * the first item ("1. A, B og C …") and a recommendation's in the second
 * ("2. At der gives …"), are no chain of headings; the decision lines
 * ("Beslutning Økonomiudvalget den 09-05-2019") give the meeting's day,
 * not the first date of a body. */
static void test_case_path_opens_items(void **state)
{
    (void)state;
    static const char text[] =
        "Sagens forløb:\n"
        "ØU\n\n"
        "Baggrund\n"
        "Borgmesteren orienterede om byggeriet ved skolen.\n"
        "Grupperne er som aftalt den 14. februar 2019:\n"
        "1. A, B og C (9-mandsgruppen)\n"
        "2. O og V (6-mandsgruppen)\n\n"
        "Sagens forløb:\n"
        "ØU - KB\n\n"
        "Baggrund\n"
        "Kommunalbestyrelsen vedtog den 25. februar 2019 en spareplan.\n\n"
        "Forslag\n"
        "Administrationen foreslår:\n"
        "1. At forslagene godkendes\n"
        "2. At der gives negative tillægsbevillinger\n\n"
        "Beslutning Økonomiudvalget den 09-05-2019\n"
        "Anbefales.\n\n"
        "Sagens forløb:\n"
        "ØU\n\n"
        "Baggrund\n"
        "Havnen holder generalforsamling i maj.\n\n"
        "Beslutning Økonomiudvalget den 09-05-2019\n"
        "Godkendt.\n\n"
        "Sagens forløb:\n"
        "ØU\n\n"
        "Baggrund\n"
        "Ingen sager.\n\n"
        "Beslutning Økonomiudvalget den 09-05-2019\n"
        "Intet.\n";
    static const struct open_at opens[] = {
        {"Sagens forløb:", 1},
        {"Sagens forløb:", 2},
        {"Sagens forløb:", 3},
        {"Sagens forløb:", 4},
    };
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_opens(text, &m, opens, 4);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2019-05-09");
    mnt_meeting_fini(&m);
}

/* An agenda app's page of one item as text (monrad.app, ct- blind
 * round): the title on the first line, the app's labels of a word or two
 * under it ("Relevans" / "Nej"), then the item's sections. The title is
 * the first line, not the last label above a section. */
static void test_title_over_app_labels(void **state)
{
    (void)state;
    static const char text[] =
        "Kulturudvalgets mødeplan for 2026 (B)\nPrompt resultater\n"
        "Relevans v1\nRelevans\nNej\nBilag\nFirst-agenda Sagsfremstilling\n"
        "Beslutning\nAt 1: Godkendt.\nSagsfremstilling\nKompetence\n"
        "Kulturudvalget\nIndstilling\n1. at mødeplanen godkendes.\n";
    static const char *const titles[] = {
        "Kulturudvalgets mødeplan for 2026 (B)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 1, titles);
    mnt_meeting_fini(&m);
}

/* An agenda app's page of one item decided at two readings: below the
 * site's name and the title, the case's number with an empty second part
 * ("25/20417 -", a slash in Bornholm's numbers); each reading's
 * "Indstilling" and "Beslutning …" repeat, and open no items of their
 * own (the cy- blind round). */
static void test_app_page_two_readings_one_item(void **state)
{
    (void)state;
    static const char text[] =
        "Bornholm\n\nNye regler for borgerforslag i kommunalbestyrelsen\n\n"
        "25/20417 -\n\nPrompt resultater\n\nRelevans v1\n\nNej\n\nBilag\n\n"
        "First-agenda Sagsfremstilling\n\nSagsgang\n\n"
        "Kommunalbestyrelsen beslutter.\n\nIndstilling\n\n"
        "Kommunaldirektøren indstiller, at\n\n"
        "  • forslaget sendes til anden behandling\n\n"
        "Beslutning Kommunalbestyrelsen den 20-11-2025\n\nGodkendt.\n\n"
        "Indstilling\n\nDirektionen indstiller, at\n\n"
        "  • forslaget godkendes.\n\n"
        "Beslutning Kommunalbestyrelsen den 04-12-2025\n\nGodkendt.\n\n"
        "Sagsfremstilling\n\nFlere borgere har efterspurgt en enklere vej.\n\n"
        "Bilag\n\n1. Forretningsorden (PDF)\n";
    static const char *const titles[] = {
        "Nye regler for borgerforslag i kommunalbestyrelsen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 1, titles);
    mnt_meeting_fini(&m);
}

/* A web page whose items print no title, each opening at its case
 * number and a section (the herning layout), flattened into a
 * transcript's page lines: every "Sagsnr.: <KLE> Sagsfremstilling"
 * after a sentence's end or the header table's last cell heads an item,
 * its section and text its body; the field after a title ("… lån på
 * kr. Sagsnr.: …") and a number quoted in a sentence head none. */
static void test_flat_case_numbers_head_untitled_items(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\n"
        "Transkript\n\n"
        "1 Referat Dato: | 03-05-2023 15:00:00 | Udvalg: | Teknikudvalget "
        "| Sted: | Mødelokale 2 | PDF: | | Sagsnr.: 00.01.00-G01-4-23 "
        "Sagsfremstilling Dagsordenen forelægges til godkendelse. "
        "Beslutning Godkendt. Sagsnr.: 05.01.02-P20-7-23 Sagsfremstilling "
        "Vejbelysningen på Skovvej udskiftes, jf. Sagsnr.: 05.01.02 fra "
        "sidste år, og lånet på kr. Sagsnr.: 05.01.02-P20-7-22 "
        "Sagsfremstilling blev indfriet. Beslutning Anbefales.\n\n"
        "2 Sagsnr.: 00.01.00-A00-9-23 Sagsfremstilling Orientering fra "
        "formanden. Beslutning Taget til efterretning.\n";
    static const char *const cases[] = {
        "00.01.00-G01-4-23", "05.01.02-P20-7-23", "00.01.00-A00-9-23"};
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 3)
        fail_msg("%zu items (layout %s), want 3", m.nitems, m.layout);
    for (size_t i = 0; i < 3; i++) {
        assert_null(m.items[i].title);
        assert_string_equal(m.items[i].case_no, cases[i]);
        assert_non_null(m.items[i].body);
        assert_non_null(strstr(m.items[i].body, "Beslutning"));
    }
    mnt_meeting_fini(&m);
}

/* The agenda app's page of one item whose relevance it found: the title
 * with the item's kind before a colon, the app's two labels, then its
 * summary (a question, sentences, lists of pros and cons) above the
 * item's first section. The first line still titles the page; a site's
 * menu of short lines over a page with no kind in its title does not
 * (the summary is read after such a title only). */
static void test_kind_title_over_app_summary(void **state)
{
    (void)state;
    static const char text[] =
        "Beslutning: Ny hal ved Nordby Skole og den videre proces\n"
        "Prompt resultater\nRelevans v1\nRelevans\nJa\nOpsummering v1\n"
        "Spørgsmål\nSkal kommunen bygge en ny hal ved skolen?\n"
        "Opsummering\nHallen skal bruges af skolen og af foreningerne. "
        "Prisen er endnu usikker.\nFordele\n- Flere timer til idræt\n"
        "- Bedre omklædning\nUlemper\n- Højere drift\nEmneord\n"
        "- Idræt\nFirst-agenda Sagsfremstilling\nIndledning\n"
        "Skolen har i flere år manglet plads til idræt om vinteren.\n"
        "Sagsfremstilling\nForvaltningen har fået to skitser udarbejdet.\n"
        "Indstilling\nDirektøren indstiller, at skitse 1 vælges.\n"
        "Beslutning\nGodkendt.\n";
    static const char *const titles[] = {
        "Beslutning: Ny hal ved Nordby Skole og den videre proces"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 1, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decisions_close_items),
        cmocka_unit_test(test_announcements_list_first_item),
        cmocka_unit_test(test_bullet_case_field_opens_item),
        cmocka_unit_test(test_earlier_minutes_title),
        cmocka_unit_test(test_description_opens_first_item),
        cmocka_unit_test(test_case_path_opens_items),
        cmocka_unit_test(test_title_over_app_labels),
        cmocka_unit_test(test_app_page_two_readings_one_item),
        cmocka_unit_test(test_flat_case_numbers_head_untitled_items),
        cmocka_unit_test(test_kind_title_over_app_summary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
