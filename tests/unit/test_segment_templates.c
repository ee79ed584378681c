/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_templates.c - the failure classes of the fh- blind round
 * (session 38): a transcript whose item template numbers its own
 * sections ("1. Sagsfremstilling … 2. Økonomiske konsekvenser … 4.
 * Indstilling …") while its headings print no number, the contents
 * naming the items, or its number after the title ("… åen 1
 * Sagsfremstilling …"); from its pages flattened (probe.py flat), a title
 * before who presents it ("… referat v. Dorte Godkendt …") and the
 * last item's abbreviated name before its text ("7. Evt. Intet."). Each
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

/* "Åbent punkt Planudvalget den , s.3 Title 1. Sagsfremstilling …":
 * numbers before the template's section names are one item's sections,
 * not a run of items; the items are the contents' entries where their
 * titles reappear. */
static void test_numbered_sections_are_no_items(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Planudvalget den , s. 1 VESTBY KOMMUNE Planudvalget Protokol "
        "Tirsdag den 6. marts 2012 kl. 08:00 afholdt Planudvalget møde i "
        "udvalgsværelse 1. Medlemmerne var til stede.\n\n"
        "2 Planudvalget den , s. 2 INDHOLDSFORTEGNELSE Sag nr: Side: 01 "
        "Stier langs åen 3 02 Ny busplan 4\n\n"
        "3 Åbent punkt Planudvalget den , s.3 Stier langs åen 1. "
        "Sagsfremstilling Forvaltningen har tegnet tre stier langs åen, som "
        "kan bindes sammen med de stier, der allerede findes i skoven. "
        "Lodsejerne har været inviteret til et møde, og de fleste er "
        "positive. 2. Økonomiske "
        "konsekvenser Ingen. 3. Beslutningskompetence Planudvalget. 4. "
        "Indstilling Forvaltningen foreslår, at stierne anlægges. "
        "Planudvalget den Godkendt.\n\n"
        "4 Åbent punkt Planudvalget den , s.4 Ny busplan 1. "
        "Sagsfremstilling Busserne kører nu hver halve time på de store "
        "ruter. Den nye plan giver kvarterdrift i myldretiden og flere "
        "afgange til stationen om aftenen, når toget kommer. 2. Økonomiske "
        "konsekvenser Ingen. 3. Beslutningskompetence Planudvalget. 4. "
        "Indstilling Forvaltningen foreslår, at planen godkendes. "
        "Planudvalget den Godkendt.\n";
    static const char *const titles[] = {"Stier langs åen", "Ny busplan"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 2, titles);
    mnt_meeting_fini(&m);
}

/* "Åbent punkt Planudvalget den , s.3 Stier langs åen 1 Sagsfremstilling
 * …": the heading's own number printed after its title (the template's
 * column) is no number the contents lost from the title. */
static void test_own_number_after_title(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Planudvalget den , s. 1 VESTBY KOMMUNE Planudvalget Protokol "
        "Tirsdag den 6. marts 2012 kl. 08:00 afholdt Planudvalget møde i "
        "udvalgsværelse 1. Medlemmerne var til stede.\n\n"
        "2 Planudvalget den , s. 2 INDHOLDSFORTEGNELSE Sag nr: Side: 01 "
        "Stier langs åen 3 02 Ny busplan 4\n\n"
        "3 Åbent punkt Planudvalget den , s.3 Stier langs åen 1 "
        "Sagsfremstilling Forvaltningen har tegnet tre stier langs åen, som "
        "kan bindes sammen med de stier, der allerede findes i skoven. "
        "Lodsejerne har været inviteret til et møde, og de fleste er "
        "positive. Indstilling Forvaltningen foreslår, at stierne anlægges. "
        "Planudvalget den Godkendt.\n\n"
        "4 Åbent punkt Planudvalget den , s.4 Ny busplan 2 Sagsfremstilling "
        "Busserne kører nu hver halve time på de store ruter. Den nye plan "
        "giver kvarterdrift i myldretiden og flere afgange til stationen om "
        "aftenen, når toget kommer. Indstilling Forvaltningen foreslår, at "
        "planen godkendes. Planudvalget den Godkendt.\n";
    static const char *const titles[] = {"Stier langs åen", "Ny busplan"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 2, titles);
    mnt_meeting_fini(&m);
}

/* A title that opens with a section's name before a word in lower case
 * is an item's, inside a page as on a line of its own ("… Godkendt. 2.
 * Høring af lokalplan 12 Sagsfremstilling …"): those numbers still head
 * items. */
static void test_section_word_opening_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Planudvalget Dato: 6. marts 2012 Sted: Mødelokale 2 "
        "Medlemmer: Ole Dam (A), Eva Krog (V), Vagn Rask (C)\n\n"
        "2 1. Godkendelse af dagsorden Sagsfremstilling Dagsordenen "
        "forelægges til godkendelse. Beslutning Godkendt. 2. Høring af "
        "lokalplan 12 Sagsfremstilling Planen har været i høring i otte "
        "uger, og der er kommet fire svar fra naboerne, som forvaltningen "
        "har kommenteret i et notat. Beslutning Godkendt. 3. Tidsplan for "
        "budget 2013 Sagsfremstilling Tidsplanen følger byrådets plan, og "
        "udvalget holder sit budgetseminar i juni. Beslutning Godkendt. "
        "Planudvalget, 6. marts 2012 Side 2\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Høring af lokalplan 12",
                                         "Tidsplan for budget 2013"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "2. Godkendelse af dagsorden v. Dorte Godkendt …" inside a page:
 * the presenter's mark ends the title ("ved"), no full stop of a
 * sentence after "v". */
static void test_flat_title_before_presenter(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referater af Seniorrådets møder i 2022 12. maj 2022 – Ordinært "
        "møde Deltagere Ole Dam, Eva Krog og Vagn Rask Afbud Aage Brask Sted "
        "Rådhuset, mødelokale 3 Referent Eva Krog Referat 1. Temaoplæg: "
        "Ensomhed blandt ældre Oplæg v. Ida Lund (30 min) Ida Lund fortalte "
        "om besøgsvennerne og om de caféer, der er åbnet i år. Rådet "
        "drøftede, hvordan flere kan få besøg. 2. Godkendelse af dagsorden "
        "og referat v. Ole Godkendt uden bemærkninger. 3. Forberedelse af "
        "dialogmøde med Socialudvalget v. Eva Eva orienterede om programmet "
        "for mødet den 19. maj.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Temaoplæg: Ensomhed blandt ældre",
        "Godkendelse af dagsorden og referat",
        "Forberedelse af dialogmøde med Socialudvalget"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… 4. Evt. Intet." inside a page: "Evt." is the last item's name, its
 * full stop the abbreviation's; the text after it is no part of it, nor
 * is a person's name opening it ("4. Evt. Aka Lund spurgte …"). */
static void test_flat_abbreviated_last_item(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Seniorrådet 12. maj 2022 Sted Rådhuset, mødelokale 3 "
        "Deltagere Ole Dam, Eva Krog og Vagn Rask 1. Godkendelse af dagsorden "
        "Godkendt uden bemærkninger. 2. Budget 2023 Formanden orienterede "
        "om rådets forslag til budgettet, som sendes til udvalget i juni. "
        "3. Gensidig orientering Bo orienterede om et møde i "
        "regionsældrerådet. 4. Evt. Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Budget 2023", "Gensidig orientering",
                                         "Evt."};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
    char named[sizeof text + 64];
    snprintf(named, sizeof named, "%.*s%s", (int)(sizeof text - 8), text,
             "Aka Lund spurgte til åbningstiden i borgerservice.\n");
    parse_text(named, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "1. EVT. BEMÆRKNINGER TIL REFERATET …": a title in capitals that
 * opens with the abbreviation goes on past it. */
static void test_flat_caps_title_opening_evt(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Lokalrådet 12. maj 2022 Sted Forsamlingshuset "
        "Deltagere Ole Dam, Eva Krog og Vagn Rask 1. GODKENDELSE AF "
        "DAGSORDEN Dagsordenen blev godkendt. 2. EVT. BEMÆRKNINGER TIL "
        "REFERATET Der var ingen bemærkninger til referatet fra sidste "
        "møde, som blev godkendt. 3. TRAFIK I BYEN Rådet drøftede "
        "hastigheden på hovedgaden og skriver til kommunen.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"GODKENDELSE AF DAGSORDEN",
                                         "EVT. BEMÆRKNINGER TIL REFERATET",
                                         "TRAFIK I BYEN"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbered_sections_are_no_items),
        cmocka_unit_test(test_own_number_after_title),
        cmocka_unit_test(test_section_word_opening_title),
        cmocka_unit_test(test_flat_title_before_presenter),
        cmocka_unit_test(test_flat_abbreviated_last_item),
        cmocka_unit_test(test_flat_caps_title_opening_evt),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
