/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_greenland.c - classes of round jc: PDF transcripts of
 * Greenland's councils (docplayer, docslib) flattened to a line a page.
 * Each case is a small document in our own words. */
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

/* A council's transcript that labels every item "PKT. N." in capitals:
 * item 3's title opens with a count ("2 STK. …"), which no capital
 * heads. After the label word it is still the item's title, not the
 * text of item 2. */
static void test_count_title_after_label(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 KOMMUNALBESTYRELSEN Referat af ordinært møde 03/2015 i rådhusets "
        "mødesal DELTAGERE: Aputsiaq Berg, Karen Nielsen, Tittus Mørch, "
        "Ella Rasmussen, Niels Holm Embedsmænd: kommunaldirektør Per Hald "
        "2\n\n"
        "2 PKT. 1. GODKENDELSE AF DAGSORDEN Referat Beslutning: Dagsordenen "
        "godkendt med den ændring, at punkt 4 behandles før punkt 3. "
        "PKT. 2. ØKONOMISK STATUS PR. 30. JUNI Baggrund Halvdelen af årets "
        "budget er brugt, som planlagt. Indstilling Det indstilles, at "
        "status tages til efterretning. Referat Beslutning: Taget til "
        "efterretning. 3\n\n"
        "3 PKT. 3. 2 STK. ANSØGNINGER OM LEJE AF FORSAMLINGSHUSET Baggrund "
        "To foreninger søger om leje af huset hver lørdag i vinterhalvåret. "
        "Indstilling Det indstilles, at begge ansøgninger imødekommes. "
        "Referat Beslutning: Godkendt. PKT. 4. NY TAKST FOR VANDAFLEDNING "
        "Baggrund Taksten har været uændret siden 2009. Indstilling Det "
        "indstilles, at taksten hæves. Referat Beslutning: Godkendt. 4\n\n"
        "4 PKT. 5. EVT. Tittus Mørch spurgte til havnens kran. Mødet "
        "sluttede kl. 16.20. 5\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "GODKENDELSE AF DAGSORDEN", "ØKONOMISK STATUS PR. 30. JUNI",
        "2 STK. ANSØGNINGER OM LEJE AF FORSAMLINGSHUSET",
        "NY TAKST FOR VANDAFLEDNING", "EVT."};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A case sheet template whose cases carry the year's numbers ("22-031
 * Title") but whose standing items carry none: the agenda's approval
 * headed "Emne Godkendelse af dagsorden" before the first case, and a
 * part in capitals after the last that the contents name with a dotted
 * leader ("MEDDELELSER ..... 9"). Both are items; the meeting's end and
 * the signatures the contents name too are not. */
static void test_unnumbered_items_at_chain_ends(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget 12. maj 2022 kl. 13.00\n\n"
        "Dagsorden 22-031 Regnskab for havnen ..... 3 22-032 Tilskud til "
        "bådklubben ..... 5 22-033 Takster for vandforsyning ..... 7\n\n"
        "MEDDELELSER ..... 9 MØDET HÆVET ..... 10 UNDERSKRIFTER ..... 10\n\n"
        "Emne Godkendelse af dagsorden\n\n"
        "Beslutning:\n\nDagsordenen blev godkendt.\n\n"
        "22-031 Regnskab for havnen\n\nSagsnr. 2022-118\n\n"
        "Baggrund\n\nHavnen kom ud med et lille overskud.\n\n"
        "Beslutning:\n\nGodkendt.\n\n"
        "22-032 Tilskud til bådklubben\n\nSagsnr. 2022-207\n\n"
        "Baggrund\n\nKlubben søger om tilskud til en ny slæbested.\n\n"
        "Beslutning:\n\nGodkendt.\n\n"
        "22-033 Takster for vandforsyning\n\nSagsnr. 2022-311\n\n"
        "Baggrund\n\nTaksterne foreslås uændrede.\n\n"
        "Beslutning:\n\nAnbefales.\n\n"
        "MEDDELELSER\n\nFormanden orienterede om vejarbejdet.\n\n"
        "MØDET HÆVET\n\nMødet blev hævet kl. 15.05.\n\n"
        "UNDERSKRIFTER\n\nPer Holm Anna Lund\n";
    static const char *const labels[] = {"", "22-031", "22-032", "22-033", ""};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Regnskab for havnen",
        "Tilskud til bådklubben", "Takster for vandforsyning", "MEDDELELSER"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A committee's agenda flattened to a line a page, its cases sorted into
 * groups: "2. Forespørgsler" over "02A Title", "02B Title" (the case's
 * number zero-padded, the group's letter glued on in capitals). The
 * lettered cases are items, cut out of the page where they start; the
 * group's heading, with no text of its own, is none; a heading with
 * no lettered case under it ("3. Orienteringer") stays an item. */
static void test_group_heads_over_padded_letters(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalg for Kultur og Fritid. Dagsorden\n\nTranskript\n\n"
        "1 Forside Dagsorden Tirsdag den 9. juni 2015 kl. 13:00 Mødelokale "
        "4 Medlemmer Aja Berg (IA) Ole Holm (S) Ina Dahl (D) Pavia Lund "
        "(A) Afbud Ina Dahl (D)\n\n"
        "2 Side 3 1. Godkendelse af dagsorden Godkendt uden bemærkninger af "
        "udvalget. 2. Forespørgsler 02A Åbningstider i svømmehallen om "
        "søndagen Sagsresumé Et medlem har spurgt, om svømmehallen kan "
        "holde åbent søndag formiddag. Indstilling Det indstilles, at "
        "forvaltningen undersøger sagen.\n\n"
        "3 Side 4 02B Leje af idrætshallen til koncerter Sagsresumé En "
        "forening ønsker at leje hallen to gange om året. Indstilling Det "
        "indstilles, at lejen godkendes. 3. Orienteringer Ingen "
        "orienteringer i dag. 4. Sager til Økonomiudvalget 04A Tilskud til "
        "nyt kunstgræs Sagsresumé Klubben søger om halvdelen af udgiften. "
        "Indstilling Det indstilles, at tilskuddet anbefales.\n\n"
        "4 Side 5 5. Eventuelt Ingen bemærkninger fra medlemmerne af "
        "udvalget i dag.\n";
    static const char *const labels[] = {"1", "2a", "2b", "3", "4a", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Åbningstider i svømmehallen om søndagen",
        "Leje af idrætshallen til koncerter",
        "Orienteringer",
        "Tilskud til nyt kunstgræs",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_count_title_after_label),
        cmocka_unit_test(test_unnumbered_items_at_chain_ends),
        cmocka_unit_test(test_group_heads_over_padded_letters),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
