/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_advisory.c - classes the blind s- round of advisory
 * councils' minutes brought up (issue 11): a bold run leading a
 * paragraph as its heading (a lokalråd's post), lists nested in a
 * numbered list's items (a WordPress ungeråd), a title alone closing the
 * document ("6. Evt."), headings "01/66 Title" (an item's number and a
 * running number, a beskæftigelsesråd's Word minutes), printed numbers
 * going on from a format's list that starts again, a municipality
 * named only in the footer's address, a date field a transcript lost,
 * transcript pages with the handler's initials and the case number; from
 * the blind i- round, items as rows of a `Pkt. | Emne | Referat` table and
 * `Pkt. 1` under an `Afbud:` list. Each case
 * is a few lines in our own words, read by the real HTML reader where the class
 * is the page's markup. */
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

/* "<b>3. Godkendelse af referat</b> Udskudt …": the bold run is the
 * heading, the sentence after it the item's text - a line of its own,
 * so a long minute no longer makes the heading too long to be one. A
 * bold label its value completes ("Afbud:") and a bold name in a
 * sentence ("Hans Lund deltog ikke") are no headings. */
static void test_bold_lead_heads_its_paragraph(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Referat af bestyrelsesmøde 7. november "
        "2012</h1>"
        "<p><b>Afbud:</b> Svend</p>"
        "<p><strong>1. Valg af referent</strong><br>Lars</p>"
        "<p><strong>2. Godkendelse af referat</strong> Udskudt til næste "
        "møde, da ikke alle havde fået det.</p>"
        "<p><strong>3. Fællesspisning fredag 9. november</strong> Vi mødes "
        "til borddækning kl. 17.00. Jacob skaffer projektor, Lotte bager "
        "kage, og Nina køber ind og laver maden til de mange gæster, der "
        "har meldt sig på listen i forsamlingshuset.</p>"
        "<p><b>Hans Lund</b> deltog ikke i punktet.</p>"
        "<p><strong>4. Eventuelt</strong> Intet.</p>"
        "</main></body></html>";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Valg af referent", "Godkendelse af referat",
        "Fællesspisning fredag 9. november", "Eventuelt"};
    struct ext_doc x;
    ext_doc_init(&x);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &x, NULL), ERR_OK);
    int label = 0, name = 0;
    for (size_t i = 0; i < x.nblocks; i++) {
        label |= strcmp(x.blocks[i].text, "Afbud: Svend") == 0;
        name |=
            strcmp(x.blocks[i].text, "Hans Lund deltog ikke i punktet.") == 0;
    }
    assert_true(label && name);
    ext_doc_fini(&x);

    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 4, labels, titles);
    assert_string_equal(m.items[1].body,
                        "Udskudt til næste møde, da ikke alle havde fået det.");
    mnt_meeting_fini(&m);
}

/* One <ol> whose items hold <ol>s of points, none printing a number:
 * the outer list's items are the agenda items, the nested points their
 * text - the points, numbered from 1 in each item, never items. The last
 * item ("Evt.", nothing to say) closes the document and is an item. */
static void test_nested_list_points_are_no_items(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><article><h1>Referat Ungerådsmøde d. 12. maj "
        "2020</h1><ol>"
        "<li>Besøg fra kommunens arbejdsgruppe<ol>"
        "<li>Status på politikken:<ol><li>Byrådet har godkendt "
        "udkastet</li><li>Høring</li></ol></li>"
        "<li>Idéoplæg og input</li><li>Eventuelt</li></ol></li>"
        "<li>Ungerådet online<ol><li>Podcast</li><li>Spørgekasse</li>"
        "</ol></li>"
        "<li>Rekruttering<ol><li>Et highlight på instagram</li></ol></li>"
        "<li>Evt.</li>"
        "</ol></article></body></html>";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Besøg fra kommunens arbejdsgruppe",
                                         "Ungerådet online", "Rekruttering",
                                         "Evt."};
    struct ext_doc x;
    ext_doc_init(&x);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &x, NULL), ERR_OK);
    for (size_t i = 0; i < x.nblocks; i++)
        if (strcmp(x.blocks[i].text, "Høring") == 0)
            assert_int_equal(x.blocks[i].list_depth, 3);
        else if (strcmp(x.blocks[i].text, "Rekruttering") == 0)
            assert_int_equal(x.blocks[i].list_depth, 1);
    ext_doc_fini(&x);

    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 4, labels, titles);
    assert_non_null(strstr(m.items[1].body, "Spørgekasse"));
    mnt_meeting_fini(&m);
}

/* An agenda list as an <ol> whose entry 3 holds a nested <ol> of
 * hearings: the nested points are no entries and no lines between
 * entries either, so the list goes on to entries 4 and 5 and titles the
 * items below it. */
static void test_agenda_list_over_nested_ol(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Referat Ældrerådet</h1>"
        "<p>Tirsdag den 9. april 2019 kl. 13.00, Rådhuset</p>"
        "<p><b>Dagsorden:</b></p><ol>"
        "<li>Godkendelse af dagsorden.</li>"
        "<li>Meddelelser fra formanden.</li>"
        "<li>Høringer mv.<ol><li>Høring om madservice</li>"
        "<li>Høring om bybusser</li></ol></li>"
        "<li>Budget 2019.</li><li>Eventuelt.</li></ol>"
        "<p><b>Referat:</b></p><ol>"
        "<li><b>Godkendelse af dagsorden.</b></li><li><p>Godkendt.</p></li>"
        "</ol><p><b>2. Meddelelser fra formanden.</b></p>"
        "<p>Formanden har været til møde om besøgsvenner.</p>"
        "<p><b>3. Høringer mv.</b></p><p>Rådet er positivt over for "
        "madservicen.</p>"
        "<p><b>4. Budget 2019.</b></p><p>Der er brugt en tredjedel.</p>"
        "<p><b>5. Eventuelt.</b></p><p>Intet.</p>"
        "</main></body></html>";
    struct mnt_meeting m;
    parse_html(page, &m);
    assert_int_equal(m.agenda_items, 5);
    mnt_meeting_fini(&m);
}

/* A plain heading with nothing after it ends the minutes: it is the last
 * item, not a stray line of the item before. */
static void test_last_title_alone_is_an_item(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Referat fra Seniorrådets møde 3. marts 2021"},
        {EXT_LIST_ITEM, 0, 1, "Godkendelse af dagsorden"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_LIST_ITEM, 0, 2, "Budget 2022"},
        {EXT_PARA, 0, 0, "Rådet drøftede sine ønsker til budgettet."},
        {EXT_LIST_ITEM, 0, 3, "Eventuelt"},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Budget 2022", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "01/66     Godkendelse af referat": the item's number, a slash and the
 * case's running number head the item, labelled as printed ("1/66"); a
 * meeting plan's "12/3 Generalforsamling" (a day and a month) heads
 * nothing. */
static void test_slash_running_number_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Det Lokale Beskæftigelsesråd\n\n"
        "Referat\n\n"
        "Dato:       12. december 2007\n\n\n"
        "01/66     Godkendelse af referat\n\n"
        "                                            ÅBEN SAG\n"
        "Godkendt.\n\n\n"
        "02/67     Mødekalender 2008\n\n"
        "Forslag til møder:\n"
        "12/3 Generalforsamling i foreningen\n"
        "13/4 Temamøde om ledighed\n\n"
        "Beslutning:\n"
        "Godkendt.\n\n\n"
        "03/68     Eventuelt\n\n"
        "Beslutning:\n"
        "Intet.\n";
    static const char *const labels[] = {"1/66", "2/67", "3/68"};
    static const char *const titles[] = {"Godkendelse af referat",
                                         "Mødekalender 2008", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_non_null(strstr(m.items[1].body, "Temamøde"));
    mnt_meeting_fini(&m);
}

/* A page edited by hand: an <ol> of items 1-3 (one line each), items 4
 * and 5 typed as paragraphs with their numbers, then a new <ol> counting
 * from 1 again for items 6-7. The printed numbers go on from the list
 * and the new list goes on from them: seven items, numbered 1-7. */
static void test_printed_numbers_continue_a_list(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><main><h1>Referat fra møde den 10. juni 2021</h1>"
        "<p>Dagsorden:</p><ol>"
        "<li>Valg af ordstyrer</li>"
        "<li>Godkendelse af dagsorden</li>"
        "<li>Meddelelser fra formanden<p>Formanden har været til møde i "
        "Brugerrådet.</p></li></ol>"
        "<p>4. Høringssvar</p><p>Der var ingen høringer.</p>"
        "<p>5.Dagsordener og referater</p>"
        "<p>Rådet finder besparelserne på rengøring uheldige.</p>"
        "<ol><li>Nyt fra plejecentrene<br>Der er kommet en klage.</li>"
        "<li>Næste møde<br>Torsdag den 19. august 2021.</li></ol>"
        "</main></body></html>";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6", "7"};
    static const char *const titles[] = {"Valg af ordstyrer",
                                         "Godkendelse af dagsorden",
                                         "Meddelelser fra formanden",
                                         "Høringssvar",
                                         "Dagsordener og referater",
                                         "Nyt fra plejecentrene",
                                         "Næste møde"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 7, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page that names its publisher only in the footer's address (a youth
 * house's post of the ungeråd's minutes): the postcode's town gives the
 * municipality. A page whose metadata names the site (og:site_name) is
 * not read for it: a region's footer address is in a municipality. */
static void test_footer_town_names_authority(void **state)
{
    (void)state;
    static const char body[] =
        "<body><main><h1>Referat Ungerådsmøde d. 12. maj 2020</h1>"
        "<ol><li>Godkendelse af dagsorden<p>Godkendt.</p></li>"
        "<li>Rekruttering<p>Vi laver et opslag.</p></li></ol></main>"
        "<footer><p>Ungdomshuset &middot; Østergade 40 &middot; 5610 Assens "
        "&middot; Tlf. 64 74 00 00</p></footer></body></html>";
    char page[2048];
    struct mnt_meeting m;
    snprintf(page, sizeof page, "<html><head><title>Referat</title></head>%s",
             body);
    parse_html(page, &m);
    assert_non_null(m.authority);
    assert_string_equal(m.authority, "Assens Kommune");
    mnt_meeting_fini(&m);

    snprintf(page, sizeof page,
             "<html><head><title>Referat</title><meta "
             "property=\"og:site_name\" content=\"Region Syddanmark\">"
             "</head>%s",
             body);
    parse_html(page, &m);
    assert_non_null(m.authority);
    assert_string_equal(m.authority, "Region Syddanmark");
    mnt_meeting_fini(&m);
}

/* A transcript that lost the date's digits ("Mødedato: Onsdag den
 * Mødested: …"): the meeting's date is unknown - a law's date in an item
 * ("1. august 2007") is not it. The same empty field beside a title that
 * prints the date ("Mødedato: Onsdag den 11-06-2008") loses nothing. A
 * place named by a town of the municipality's own (Vojens) gives it. */
static void test_lost_date_field_is_no_date(void **state)
{
    (void)state;
    static const char lost[] =
        "Transkript\n\n"
        "1 REFERAT Handicaprådet Mødedato: Onsdag den Mødested: Mødelokale "
        "Øst, Trekanten 7, 6500 Vojens Starttidspunkt: Kl. 15:00 Afbud: "
        "Bente Krog\n\n"
        "2 Handicaprådet, Side 1. Ungdomsuddannelse for unge med særlige "
        "behov Sagsfremstilling Loven trådte i kraft 1. august 2007, og de "
        "første unge kan søge ind nu. Beslutning Taget til efterretning. 2. "
        "Eventuelt Beslutning Intet.\n";
    static const char kept[] =
        "REFERAT Økonomiudvalget. Mødedato: Onsdag den 11-06-2008. Sted: "
        "Rådhuset.\n\n"
        "Transkript\n\n"
        "1 Mødedato:. Mødetidspunkt: 08:00. Sted: Rådhuset.\n\n"
        "1. Godkendelse af dagsorden\nGodkendt.\n\n"
        "2. Budget 2009\nLoven trådte i kraft 1. august 2007.\n";
    struct mnt_meeting m;
    parse_text(lost, &m);
    assert_null(m.date);
    assert_non_null(m.authority);
    assert_string_equal(m.authority, "Haderslev Kommune");
    mnt_meeting_fini(&m);
    parse_text(kept, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2008-06-11");
    mnt_meeting_fini(&m);
}

/* A transcript's pages that open with the running header, its page
 * word left without the number ("Handicaprådet, Side"), the title and a
 * field line without labels: the case handler's initials and the case
 * number ("DIKEOL / 08/3208"). Each page is an item titled by the text
 * between the header and the field. */
static void test_flat_pages_with_initials_and_case(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 REFERAT Handicaprådet Mødedato: Onsdag den 5. marts 2008 "
        "Mødested: Voksenservice, 6500 Vojens\n\n"
        "2 Handicaprådet, Side Ungdomsuddannelse for unge DIKEOL / 08/3208 "
        "ÅBEN SAG Sagsfremstilling Rådet hørte om planerne for de første tre "
        "hold, om samarbejdet med skolerne og om, hvordan de unge og deres "
        "forældre får besked om tilbuddet, før fristen for at søge udløber "
        "i foråret. Beslutning Taget til efterretning.\n\n"
        "3 Handicaprådet, Side Høringssvar til regionen ANMHAN / 08/2711 "
        "ÅBEN SAG Sagsfremstilling Formanden har skrevet et udkast. "
        "Beslutning Godkendt.\n\n"
        "4 Handicaprådet, Side Vedtægter for brugerråd DIKEOL / 08/1120 ÅBEN "
        "SAG Sagsfremstilling Forvaltningen har lavet et forslag. Beslutning "
        "Anbefalet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Ungdomsuddannelse for unge",
                                         "Høringssvar til regionen",
                                         "Vedtægter for brugerråd"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same pages with their titles in capitals and a footer naming the
 * municipality's address at the end of every page, the contents' too
 * (round ej): the contents' last entry "Evt" with no page of its own is
 * found after the last title in any case ("EVT Intet." in the last
 * item's decision), the footer after it no part of the entry. */
static void test_flat_pages_caps_footer_last_entry(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 REFERAT Ældrerådet Mødedato: Onsdag den Mødested: Mødelokale 4, "
        "Rådhuset Afbud: Ole Sand Nordby Kommune, Torvet 1, 6000 Nordby\n\n"
        "2 Ældrerådet, Indholdsfortegnelse Sag nr. Side 12. Nye "
        "busruter Madservice til efteråret Evt Nordby Kommune, Torvet 1, "
        "6000 Nordby\n\n"
        "3 Ældrerådet, Side NYE BUSRUTER TEKMIL / 08/2231 ÅBEN SAG "
        "Sagsfremstilling Trafikselskabet har sendt forslag til nye ruter i "
        "høring, og to af dem kører ikke længere forbi plejecentret, hvilket "
        "rådet er bekymret for. Beslutning Rådet sender et høringssvar om "
        "plejecentret. Nordby Kommune, Torvet 1, 6000 Nordby\n\n"
        "4 Ældrerådet, Side MADSERVICE TIL EFTERÅRET SUNDÆL / 08/3017 ÅBEN "
        "SAG Sagsfremstilling Forvaltningen fremlagde menuplanen for "
        "efteråret og resultatet af brugerundersøgelsen. Beslutning Taget "
        "til efterretning. EVT Intet. Nordby Kommune, Torvet 1, 6000 "
        "Nordby\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 3);
    assert_string_equal(m.items[0].title, "NYE BUSRUTER");
    assert_string_equal(m.items[1].title, "MADSERVICE TIL EFTERÅRET");
    assert_string_equal(m.items[2].title, "Evt");
    mnt_meeting_fini(&m);
}

/* A transcript's cover page opens with the committee's name alone ("1
 * Teknik- og Miljøudvalget Beslutningsprotokol Dato: …") and no
 * contents page follows (round dz): the running header is the one the
 * later pages share ("… Miljøudvalget, den 15. december 2008 Side"),
 * not the name the cover shares with them, so each page that opens
 * with it, a title and a case file's field is an item. */
static void test_flat_pages_after_cover_page(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Teknik- og Miljøudvalget Beslutningsprotokol Dato: 15. december "
        "2008 Lokale: Dronninglund Rådhus Tidspunkt: Kl. 8:30-11:40 Jørgen "
        "Vestergaard, Formand (C) Lone Thorsen (V) Bent Mølgaard (A)\n\n"
        "2 Teknik- og Miljøudvalget, den 15. december 2008 Side Shelter ved "
        "skoven J.nr.: 08/611 Åben sag TM Sagsfremstilling: Spejderne søger "
        "om at bygge et shelter. Beslutning: Godkendt.\n\n"
        "3 Teknik- og Miljøudvalget, den 15. december 2008 Side Nye "
        "armaturer i gadebelysningen J.nr.: 08/2290 Åben sag TM "
        "Sagsfremstilling: Der er afsat 850.000 kr. Beslutning: "
        "Anbefales.\n\n"
        "4 Teknik- og Miljøudvalget, den 15. december 2008 Side Tilskud til "
        "nyt tag på klubhuset J.nr.: 08/1874 Åben sag TM Sagsfremstilling: "
        "Boldklubben søger 120.000 kr. Beslutning: Godkendt.\n\n"
        "5 Teknik- og Miljøudvalget, den 15. december 2008 Side Plan for "
        "nedrivning af huse J.nr.: 08/877 Åben sag TM Sagsfremstilling: "
        "Listen omfatter 23 huse. Beslutning: Godkendt.\n\n"
        "6 Teknik- og Miljøudvalget, den 15. december 2008 Side Orientering "
        "J.nr.: 08/12 Åben sag TM Sagsfremstilling: Status på vejarbejdet. "
        "Beslutning: Taget til efterretning.\n";
    static const char *const titles[] = {
        "Shelter ved skoven", "Nye armaturer i gadebelysningen",
        "Tilskud til nyt tag på klubhuset", "Plan for nedrivning af huse",
        "Orientering"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 5, titles);
    mnt_meeting_fini(&m);
}

/* A råd's Word document saved as a web page holds the items as rows of a
 * `Pkt. | Emne | Referat` table (with group rows spanning the columns):
 * the title is the `Emne` cell, the `Referat` cell after it the item's
 * text - never one title running over both cells. */
static void test_table_row_title_is_its_cell(void **state)
{
    (void)state;
    static const char html[] =
        "<html><body><p><b>Seniorrådet</b></p>"
        "<p>Referat af mødet onsdag den 9. juni 2021 kl. 10.00</p>"
        "<table><tr><td><b>Pkt.</b></td><td><b>Emne</b></td>"
        "<td><b>Referat</b></td></tr>"
        "<tr><td colspan=3><b>TEMA: FORMALIA</b></td></tr>"
        "<tr><td>1.</td><td>Godkendelse af dagsorden</td>"
        "<td>Godkendt.</td></tr>"
        "<tr><td>2.</td><td>Budget for rådets arbejde</td>"
        "<td><p>Kassereren gennemgik budgettet.</p>"
        "<p>Det blev godkendt.</p></td></tr>"
        "<tr><td>3.</td><td>Eventuelt</td><td>Intet.</td></tr>"
        "</table></body></html>";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Budget for rådets arbejde", "Eventuelt"};
    struct mnt_meeting m;
    parse_html(html, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* `Pkt. 1` alone on a line with its title on the next: the line above is
 * the last entry of the `Afbud:` list (`Name, role`), no title - the
 * title is the line below, as for every later `Pkt. N`. */
static void test_pkt_alone_after_attendee_list(void **state)
{
    (void)state;
    static const char text[] = "Referat fra møde i Integrationsrådet\n"
                               "Torsdag d.07.06.18.\n"
                               "Til stede:\n"
                               "Ane Holt, Formand\n"
                               "Omar Said, etnisk repræsentant\n"
                               "Afbud:\n"
                               "Per Lind, De almene boligorganisationer\n"
                               "Pkt. 1\n"
                               "Godkendelse af dagsorden\n"
                               "Dagsordenen blev godkendt.\n"
                               "Pkt. 2\n"
                               "Sommerfest for nye borgere\n"
                               "Festen holdes i august.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Sommerfest for nye borgere"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* An association's minutes as one <ol>: each point a title of a few
 * words, a colon and what was said, in sentences; one point is too long
 * for a heading. Every point is an item titled by the words before its
 * colon (a date's day in a title is no sentence's end). */
static void test_list_points_titled_before_colon(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0,
         "Referat af møde i Landsbyforeningen holdt 4. maj 2022."},
        {EXT_PARA, 0, 0, "Til stede var: Eva Holm, Jan Krog og Lis Bech."},
        {EXT_LIST_ITEM, 0, 1, "Valg af dirigent: Eva Holm."},
        {EXT_LIST_ITEM, 0, 2,
         "Godkendelse af referat af møde 5. april 2022: Godkendt."},
        {EXT_LIST_ITEM, 0, 3,
         "Sommerfesten: Festen gav et lille overskud, men der kom færre "
         "gæster end sidste år, og boden solgte mindre. Der var flere "
         "meninger om, hvorvidt festen skal holdes igen, og hvordan den i "
         "så fald skal annonceres. Vi beslutter det på næste møde."},
        {EXT_LIST_ITEM, 0, 4, "Eventuelt: Intet."},
    };
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Valg af dirigent", "Godkendelse af referat af møde 5. april 2022",
        "Sommerfesten", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Dagsorden Holstebro Lokale Beskæftigelsesråd's møde": a town before
 * the adjective in its definite form stands for the article ("Det Lokale
 * Beskæftigelsesråd") and opens the name; "Struer Kommune Økonomiudvalg"
 * has no adjective, and keeps naming its Økonomiudvalg. */
static void test_town_before_definite_adjective(void **state)
{
    (void)state;
    expect_text_council("Dagsorden Holstebro Lokale Beskæftigelsesråd's møde "
                        "Onsdag den 14-03-2012 Kl. 15:00 Mødelokale 2\n\n"
                        "1. Orientering fra formanden\n\n"
                        "Orienteringen tages til efterretning.\n\n"
                        "2. Eventuelt\n\n"
                        "Intet.\n",
                        "Holstebro Lokale Beskæftigelsesråd");
    expect_text_council("Struer Kommune Økonomiudvalg\n\n"
                        "Referat\n\n"
                        "Mødedato: 17. maj 2011\n\n"
                        "1. Regnskab for perioden\n\n"
                        "Godkendt.\n\n"
                        "2. Eventuelt\n\n"
                        "Intet.\n",
                        "Økonomiudvalget, Struer Kommune");
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bold_lead_heads_its_paragraph),
        cmocka_unit_test(test_nested_list_points_are_no_items),
        cmocka_unit_test(test_agenda_list_over_nested_ol),
        cmocka_unit_test(test_last_title_alone_is_an_item),
        cmocka_unit_test(test_slash_running_number_heading),
        cmocka_unit_test(test_printed_numbers_continue_a_list),
        cmocka_unit_test(test_footer_town_names_authority),
        cmocka_unit_test(test_lost_date_field_is_no_date),
        cmocka_unit_test(test_flat_pages_with_initials_and_case),
        cmocka_unit_test(test_flat_pages_caps_footer_last_entry),
        cmocka_unit_test(test_flat_pages_after_cover_page),
        cmocka_unit_test(test_table_row_title_is_its_cell),
        cmocka_unit_test(test_pkt_alone_after_attendee_list),
        cmocka_unit_test(test_list_points_titled_before_colon),
        cmocka_unit_test(test_town_before_definite_adjective),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
