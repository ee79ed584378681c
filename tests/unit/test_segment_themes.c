/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_themes.c - shapes the blind round by theme (ch-:
 * udsatteråd, folkeoplysningsudvalg, idrætsråd minutes) brought up: a
 * page that glues each heading to the end of the item before it, under
 * a contents list of numbers without full stops, whose items a first
 * reading opened at their first section with a case file's field as the
 * title; an "Ad. 1:Title" label glued to its title; "Ad.1. …"
 * paragraphs keyed to a numbered agenda list; a letterhead naming the
 * whole council run into the committee's name on one line; names and
 * quoted names in titles cut out of flattened pages; a news article's
 * question subheads and its h1 over a page of one item; and (dh-: PDF
 * transcripts) a hosting site's list of other documents printed right
 * above the pages. Each case is a few lines in our own words. */
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

/* "Pkt. Tekst" / "41 Godkendelse …" and headings glued to the end of
 * the item before ("… deltog ikke i mødet.42. Orientering …"): items
 * opened by "Sagsresume" titled by the "Sagsnr: …" line above them are
 * no sure split; the reading with the glued headings cut finds the
 * numbered items. */
static void test_glued_headings_under_undotted_contents(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "til\n"
        "mødet i Udsatterådet\n"
        "den 9. juni 2022 kl. 16:30\n\n"
        "Pkt. Tekst\n"
        "41 Godkendelse af dagsorden\n"
        "42 Orientering om tilsyn\n"
        "43 Budget 2022\n\n"
        "41. Godkendelse af dagsorden\n\n"
        "Sagsnr: 27.15.00-A00-14-21 Sagsansvarlig: Trine Vestergaard\n\n"
        "Sagsresume\n\n"
        "Rådet skal godkende dagsordenen.\n\n"
        "Beslutning i Udsatterådet den 9. juni 2022\n\n"
        "Godkendt.\n\n"
        "Fraværende: Bodil Munck deltog ikke i mødet.42. Orientering om "
        "tilsyn\n\n"
        "Sagsnr: 27.15.00-A00-14-21 Sagsansvarlig: Trine Vestergaard\n\n"
        "Sagsresume\n\n"
        "Rådet har bedt om en orientering.\n\n"
        "Beslutning i Udsatterådet den 9. juni 2022\n\n"
        "Taget til efterretning.\n\n"
        "Fraværende: Bodil Munck deltog ikke i mødet.43. Budget 2022\n\n"
        "Sagsnr: 27.15.00-A00-14-21 Sagsansvarlig: Trine Vestergaard\n\n"
        "Sagsresume\n\n"
        "Rådet får en oversigt.\n\n"
        "Beslutning i Udsatterådet den 9. juni 2022\n\n"
        "Drøftet.\n";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Orientering om tilsyn", "Budget 2022"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Ad. 1:Valg af dirigent" - a label typed with no space between its
 * colon and the title: the title is the heading's, not a line of text
 * ("Ad 1:" alone still takes its title from the agenda list). */
static void test_ad_colon_glued_to_title(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af repræsentantskabsmøde i idrætsrådet\n\n"
        "Mødet blev holdt torsdag den 27. august 2020.\n\n"
        "Ad. 1:Valg af dirigent og referent\n"
        "Jens Mikkelsen blev valgt til dirigent.\n\n"
        "Ad. 2:Bestyrelsens beretning\n"
        "Formanden fremlagde beretningen. Den blev taget til "
        "efterretning.\n\n"
        "Ad. 3:Godkendelse af årsregnskab\n"
        "Regnskabet blev godkendt.\n\n"
        "Ad. 4:Eventuelt\n"
        "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Valg af dirigent og referent", "Bestyrelsens beretning",
        "Godkendelse af årsregnskab", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A numbered agenda list ("1. Godkendelse af referat" … "5. Evt.") and
 * below it "Ad.1. Ingen bemærkninger." paragraphs that never repeat the
 * titles (an association's board minutes): the numbers key each
 * paragraph to its entry, which titles it; no item starts in the list. */
static void test_ad_paragraphs_keyed_to_numbered_list(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af bestyrelsesmøde i idrætsrådet\n\n"
        "Dato: 19. august 2014\n\n"
        "Dagsorden:\n\n"
        "1. Godkendelse af referat\n"
        "2. Formanden orienterer\n"
        "3. Idrætsnatten\n"
        "4. Nyt fra udvalg\n"
        "5. Evt.\n\n"
        "Referat:\n\n"
        "Ad.1. Ingen bemærkninger.\n\n"
        "Ad.2. Budgettet for næste år blev gennemgået.\n\n"
        "Ad.3. Idrætsnatten holdes den 26. september.\n\n"
        "Ad.4. SSP – der har været holdt møde i juni.\n\n"
        "Ad.5. Næste møde holdes den 7. oktober.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {"Godkendelse af referat",
                                         "Formanden orienterer", "Idrætsnatten",
                                         "Nyt fra udvalg", "Evt."};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    assert_int_equal(m.items[0].first_line, 15);
    mnt_meeting_fini(&m);
}

/* "AALBORG BYRÅD. Aalborg Byråd. Folkeoplysningsudvalget. Mødet den …":
 * a transcript ran the letterhead naming the whole council and the
 * committee that met into one line; the committee met. */
static void test_committee_after_whole_council_on_one_line(void **state)
{
    (void)state;
    static const char text[] =
        "AALBORG BYRÅD. Aalborg Byråd. Folkeoplysningsudvalget. Mødet den "
        "10.09.2014, kl. 16:00. Boulevarden 13\n\n"
        "1. Budget 2015 - status\n"
        "Forvaltningen orienterede om budgettet.\n\n"
        "2. Ny forening søger om godkendelse\n"
        "Godkendt.\n\n"
        "3. Eventuelt\n"
        "Intet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.council);
    assert_true(strncmp(m.council, "Folkeoplysningsudvalget",
                        strlen("Folkeoplysningsudvalget")) == 0);
    mnt_meeting_fini(&m);
}

/* Titles cut out of a transcript's flattened pages ("5 Punkt 2. Title
 * Forvaltningen indstiller, …"): a capitalised word after a lower-case
 * one starts the text, but not the second word of a name a preposition
 * or a dash opened ("fra Nørresundby Roklub", "- Aalborg Frisbeeklub")
 * nor a word after a quoted name ("\"Ro for alle\" Forvaltningen" ends
 * there); a definite noun still starts the text ("ved Skovvej Kommunen
 * ejer …"). */
static void test_flat_titles_keep_names(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 AALBORG BYRÅD Folkeoplysningsudvalget Mødet den 10.09.2014, "
        "Boulevarden 13\n\n"
        "3 AALBORG BYRÅD Fraværende Mette Kjær Til stede Ib Hald, Lone Brix "
        "Åben Punkt 1. Støtte til Nørresundby Roklub Forvaltningen "
        "indstiller, at udvalget bevilger 20.000 kr. Sagsbeskrivelse "
        "Klubben vil give borgere med handicap mulighed for at ro. "
        "Beslutning: Godkendt. Møde den Side 1\n\n"
        "4 Punkt 2. Ny forening - Aalborg Frisbeeklub søger om godkendelse "
        "Forvaltningen indstiller, at udvalget godkender foreningen. "
        "Sagsbeskrivelse Foreningen har 34 medlemmer, heraf 12 under 25 år. "
        "Beslutning: Godkendt. Møde den Side 2\n\n"
        "5 Punkt 3. Tilskud til projekt \"Ro for alle\" Forvaltningen "
        "indstiller, at udvalget bevilger tilskuddet. Sagsbeskrivelse "
        "Projektet løber over to sæsoner i Nørresundby. Beslutning: "
        "Godkendt. Møde den Side 3\n\n"
        "6 Punkt 4. Salg af restareal ved Skovvej Kommunen ejer et areal på "
        "410 m2, som en nabo vil købe til sin have. Sagsbeskrivelse Prisen "
        "følger vurderingen fra sidste år. Beslutning: Godkendt. Møde den "
        "Side 4\n\n"
        /* a whole name in its definite form opens no longer name */
        "7 Punkt 5. Orientering fra Trafikkontaktrådet Næste møde holdes "
        "den 19. maj. Beslutning: Taget til efterretning. Møde den Side 5\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Støtte til Nørresundby Roklub",
        "Ny forening - Aalborg Frisbeeklub søger om godkendelse",
        "Tilskud til projekt \"Ro for alle\"", "Salg af restareal ved Skovvej",
        "Orientering fra Trafikkontaktrådet"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A news article about one decision (a local news site, ct- blind
 * round): subheads that ask a question ("Hvad betyder det for dig?") are
 * the article's, no agenda items; the page is one item. */
static void test_article_questions_head_no_items(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 0, 1, "Byrådet siger ja til ny svømmehal"},
        {EXT_PARA, 0, 0, "Vestby får en ny svømmehal ved skolen."},
        {EXT_HEADING, 0, 2, "Hvorfor en ny hal?"},
        {EXT_PARA, 0, 0, "Den gamle hal er slidt og for lille."},
        {EXT_HEADING, 0, 2, "Hvad betyder det for dig?"},
        {EXT_PARA, 0, 0, "Der bliver flere timer til foreningerne."},
        {EXT_HEADING, 0, 2, "Beslutningen"},
        {EXT_PARA, 0, 0, "Byrådet godkendte sagen på sit møde."},
    };
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    assert_int_equal(m.nitems, 1);
    mnt_meeting_fini(&m);
}

/* A page of one item with no section names under a site's menu line:
 * its one h1 titles it, not the page's first line. */
static void test_one_item_page_titled_by_h1(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_PARA, 0, 0, "Nyt Vestby Nyheder Om os"},
        {EXT_HEADING, 0, 1, "Byrådet siger ja til ny svømmehal"},
        {EXT_PARA, 0, 0, "Vestby får en ny svømmehal ved skolen."},
        {EXT_PARA, 0, 0, "Byrådet godkendte sagen på sit møde."},
    };
    static const char *const titles[] = {"Byrådet siger ja til ny svømmehal"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_titles(&m, 1, titles);
    mnt_meeting_fini(&m);
}

/* A docplayer mobile (amp) page prints its "Relaterede dokumenter"
 * list straight above the transcript's pages, with no "Transkript" line
 * between (dh- round, Frederikshavn): the list ends at page 1 ("1
 * Referat Handicaprådet …" followed by page 2), so the council page 1
 * and the footers name is the minutes' own. */
static void test_related_list_ends_at_page_one_council(void **state)
{
    (void)state;
    static const char text[] =
        "Ordinært møde. Dato 26. marts Tid 15:30. Sted Lokale 6 NB.\n"
        "\n"
        "Relaterede dokumenter\n"
        "Ordinært møde. Dato 30. april Tid 16:00. Sted Lokale 6 NB.\n"
        "\n"
        "1 Referat Handicaprådet Ordinært møde Dato 26. marts 2019 "
        "Tid 15:30 Sted Lokale 6 Medlemmer Jens Ravn Handicaprådet - "
        "Referat - 26. marts 2019 Side 1 af 3\n"
        "\n"
        "2 Indholdsfortegnelse Side 1. Godkendelse af dagsorden "
        "Eventuelt... 3 Handicaprådet - Referat - 26. marts 2019 "
        "Side 2 af 3\n"
        "\n"
        "3 1. Godkendelse af dagsorden Sagsnr.: 19/1204 Beslutning "
        "Godkendt. Handicaprådet - Referat - 26. marts 2019 Side 3 "
        "af 3\n"
        "\n"
        "4 2. Eventuelt Sagsnr.: 19/1204 Beslutning Intet. "
        "Handicaprådet - Referat - 26. marts 2019 Side 4 af 4\n";
    expect_text_council(text, "Handicaprådet");
}

/* A docplayer mobile page's "Relaterede dokumenter" list, printed
 * right above the pages, holds another meeting's case as its title ("Sag
 * Ældrerådsvalg 2013 Sagsnr. 13/661 Initialer … Åben sag", dh- round):
 * it opens no item of these minutes, whose items are "Sag Title
 * Sagsnr. …" lines too. */
static void test_related_case_opens_no_item(void **state)
{
    (void)state;
    static const char text[] =
        "Åben referat Ældrerådet Sekretariatet\n"
        "\n"
        "Relaterede dokumenter\n"
        "Åben dagsorden Ældrerådet Sekretariatet\n"
        "\n"
        "Sag Ældrerådsvalg 2013 Sagsnr. 13/661 Initialer hesm. Åben "
        "sag\n"
        "\n"
        "1 Åben referat Ældrerådet Sekretariatet Mødedato: Mandag "
        "den 7. oktober 2013 Mødetidspunkt: Kl Mødested: Mødelokale "
        "3, Rådhuset Afbud: Erna Dahl Fraværende: Medlemmer: Bent "
        "Østergaard (formand), Erna Dahl, Poul Aagaard, Signe Holt, "
        "Verner Bach, Inger Lyng, Aksel Tang\n"
        "\n"
        "2 Indholdsfortegnelse Sag Side 1. Godkendelse af dagsorden "
        "Orientering fra formanden Ældrerådsvalg Høring om "
        "kvalitetsstandard for rehabilitering Budget 2014 - Sundhed "
        "og Omsorg Eventuelt...7 Åben referat Ældrerådet "
        "Sekretariatet Side 2\n"
        "\n"
        "3 Sag Godkendelse af dagsorden Sagsnr. 13/102 Initialer "
        "hesm. Åben sag Sagsfremstilling Dagsordenen forelægges til "
        "godkendelse. Indstilling Sekretariatet indstiller, at "
        "dagsordenen godkendes. Beslutning Godkendt. Erna Dahl "
        "deltog ikke. Åben referat Ældrerådet Sekretariatet Side 3\n"
        "\n"
        "4 Sag Orientering fra formanden Sagsnr. 13/102 Initialer "
        "hesm. Åben sag Sagsfremstilling Formanden orienterer om "
        "møder siden sidst, herunder dialogmødet med udvalget den 2. "
        "september. Indstilling Sekretariatet indstiller, at "
        "orienteringen tages til efterretning. Beslutning Taget til "
        "efterretning. Erna Dahl deltog ikke. Åben referat "
        "Ældrerådet Sekretariatet Side 4\n"
        "\n"
        "5 Sag Ældrerådsvalg Sagsnr. 13/661 Initialer hesm. Åben sag "
        "Sagsfremstilling Valget til Ældrerådet afholdes som "
        "brevvalg med valgdag den 19. november Stemmesedlerne "
        "udsendes i uge 44. Indstilling Sekretariatet indstiller, at "
        "orienteringen tages til efterretning. Beslutning Taget til "
        "efterretning. Erna Dahl deltog ikke. Åben referat "
        "Ældrerådet Sekretariatet Side 5\n"
        "\n"
        "6 Sag Høring om kvalitetsstandard for rehabilitering "
        "Sagsnr. 13/2290 Initialer kila. Åben sag Sagsfremstilling "
        "Ældrerådet høres om den reviderede kvalitetsstandard. "
        "Indstilling Sekretariatet indstiller, at Ældrerådet afgiver "
        "høringssvar. Beslutning Ældrerådet kan anbefale standarden, "
        "men ønsker kortere ventetid på træning. Erna Dahl deltog "
        "ikke. Åben referat Ældrerådet Sekretariatet Side 6\n"
        "\n"
        "7 Sag Budget 2014 - Sundhed og Omsorg Sagsnr. 13/1877 "
        "Initialer kila. Åben sag Sagsfremstilling Byrådet vedtog "
        "budgettet den 8. oktober. Indstilling Sekretariatet "
        "indstiller, at orienteringen tages til efterretning. "
        "Beslutning Taget til efterretning. Erna Dahl deltog ikke. "
        "Sag Eventuelt Sagsnr. 13/102 Initialer hesm. Åben sag "
        "Beslutning Intet. Åben referat Ældrerådet Sekretariatet "
        "Side 7\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Orientering fra formanden",
        "Ældrerådsvalg",
        "Høring om kvalitetsstandard for rehabilitering",
        "Budget 2014 - Sundhed og Omsorg",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 6, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_headings_under_undotted_contents),
        cmocka_unit_test(test_ad_colon_glued_to_title),
        cmocka_unit_test(test_ad_paragraphs_keyed_to_numbered_list),
        cmocka_unit_test(test_committee_after_whole_council_on_one_line),
        cmocka_unit_test(test_flat_titles_keep_names),
        cmocka_unit_test(test_article_questions_head_no_items),
        cmocka_unit_test(test_one_item_page_titled_by_h1),
        cmocka_unit_test(test_related_case_opens_no_item),
        cmocka_unit_test(test_related_list_ends_at_page_one_council),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
