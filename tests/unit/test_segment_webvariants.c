/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_webvariants.c - publishing systems' web pages varied in
 * one realistic thing each (round ew): a heading typed with no space
 * after its number's full stop; items that repeat their title under the
 * heading and end with a numbered attachments list; the number in an
 * element of its own over the heading. (Which council and date a page
 * listing others is of: test_segment_webmeetings.c.) Each case is a
 * few lines in our own words. */
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

/* "<h2>1.Status for …</h2>": headings typed with no space after the
 * number's full stop, one of them with it ("3. 2. behandling …", a title
 * that opens with an ordinal), under an agenda list the format numbered.
 * The strict numbers found only item 3, and the styled reading took
 * "1.Status …" whole as a title; the glued headings are numbered ones. */
static void test_heading_glued_after_dot(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Teknikudvalget - mødesager</title></head><body>"
        "<h1>Teknikudvalget - mødesager</h1>"
        "<h2>Punkter på dagsordenen</h2>"
        "<ol><li><a href=\"#s1\">Godkendelse af dagsorden</a></li>"
        "<li><a href=\"#s2\">Ny rute for skolebussen</a></li>"
        "<li><a href=\"#s3\">2. behandling af takster 2023</a></li>"
        "<li><a href=\"#s4\">Vejbelysning på Kirkevej</a></li>"
        "<li><a href=\"#s5\">Eventuelt</a></li></ol>"
        "<h2>Medlemmer</h2>"
        "<h2>1.Godkendelse af dagsorden</h2><h3>BESLUTNING</h3>"
        "<p>Godkendt.</p>"
        "<h2>2.Ny rute for skolebussen</h2><h3>INDSTILLING</h3>"
        "<p>Forvaltningen indstiller, at ruten godkendes.</p>"
        "<h3>BESLUTNING</h3><p>Godkendt.</p>"
        "<h2>3. 2. behandling af takster 2023</h2><h3>BESLUTNING</h3>"
        "<p>Anbefales.</p>"
        "<h2>4.Vejbelysning på Kirkevej</h2><h3>BESLUTNING</h3>"
        "<p>Udsat til næste møde.</p>"
        "<h2>5.Eventuelt</h2><h3>BESLUTNING</h3><p>Intet.</p>"
        "</body></html>";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Ny rute for skolebussen",
        "2. behandling af takster 2023", "Vejbelysning på Kirkevej",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A First Agenda page whose items each repeat their title under the
 * heading and end with a numbered list of attachments: the repeated
 * titles naming a meeting and a date ("Godkendelse af referat fra møde
 * i …, den 20.06.2018") each followed by a list starting at 1 read as
 * the headers of two meetings. A line repeating the numbered heading
 * just above it is that item's title, no meeting's header. */
static void test_repeated_title_with_attachments_is_one_meeting(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Referat</title></head><body>"
        "<h3>UDVALG</h3><p>Fritidsudvalget</p><h3>MØDE</h3><p>Referat</p>"
        "<h3>STARTTIDSPUNKT</h3><p>05-09-2018 16:00:00</p>"
        "<h2>1. Godkendelse af dagsorden til møde i Fritidsudvalget, "
        "onsdag, den 5. september 2018</h2>"
        "<div>Godkendelse af dagsorden til møde i Fritidsudvalget, onsdag, "
        "den 5. september 2018</div>"
        "<h4>Beslutning i Fritidsudvalget den 05-09-2018</h4><p>Godkendt</p>"
        "<h4>Bilag</h4><ol><li>Dagsorden (pdf)</li><li>Mødeplan (pdf)</li>"
        "</ol>"
        "<h2>2. Godkendelse af referat fra møde i Fritidsudvalget, den "
        "20.06.2018</h2>"
        "<div>Godkendelse af referat fra møde i Fritidsudvalget, den "
        "20.06.2018</div>"
        "<h4>Beslutning i Fritidsudvalget den 05-09-2018</h4><p>Godkendt</p>"
        "<h4>Bilag</h4><ol><li>Referat (pdf)</li><li>Deltagerliste (pdf)"
        "</li></ol>"
        "<h2>3. Tilskud til nye telte</h2><div>Tilskud til nye telte</div>"
        "<h4>Beslutning i Fritidsudvalget den 05-09-2018</h4><p>Bevilget</p>"
        "<h4>Bilag</h4><ol><li>Ansøgning (pdf)</li><li>Budget (pdf)</li>"
        "</ol></body></html>";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden til møde i Fritidsudvalget, onsdag, den "
        "5. september 2018",
        "Godkendelse af referat fra møde i Fritidsudvalget, den 20.06.2018",
        "Tilskud til nye telte"};
    struct mnt_meeting m;
    parse_html(page, &m);
    assert_null(m.next);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2018-09-05");
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "<div class="nr">2</div><h2>Title</h2>": the item's number in an
 * element of its own over the heading that holds its title (a lone
 * number in plain text is a page's; a web page has none). The numbers
 * head the items, not the styled headings, among which the page's own
 * ("Lukkede punkter") would be an item. */
static void test_number_in_own_element_over_heading(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Referat af møde i Vejudvalget</title></head>"
        "<body><h1>Referat af møde i Vejudvalget</h1>"
        "<p>Den 11.02.2021 kl. 15:00 i Rådhuset, lokale 2</p>"
        "<h2>Lukkede punkter</h2>"
        "<div class=\"nr\">1</div><h2>Godkendelse af dagsorden</h2>"
        "<h3>Beslutning</h3><p>Godkendt.</p>"
        "<div class=\"nr\">2</div><h2>Ny belægning på Torvet</h2>"
        "<h3>Indstilling</h3><p>Forvaltningen indstiller, at planen "
        "godkendes.</p><h3>Beslutning</h3><p>Godkendt.</p>"
        "<div class=\"nr\">3</div><h2>Meddelelser</h2>"
        "<h3>Beslutning</h3><p>Ingen.</p>"
        "<div class=\"nr\">4</div><h2>Lukket punkt: Køb af areal</h2>"
        "</body></html>";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Ny belægning på Torvet", "Meddelelser",
        "Lukket punkt: Køb af areal"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A group heading in capitals ("SAGER TIL BESLUTNING", numbered as an
 * item, First Agenda) right over the next item's number in an element of
 * its own: the number is no part of the group's title wrapped in
 * capitals ("SAGER TIL BESLUTNING 10"). */
static void test_caps_title_stops_at_next_number(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Referat</title></head><body>"
        "<h3>UDVALG</h3><p>Miljøudvalget</p>"
        "<h3>STARTTIDSPUNKT</h3><p>02-06-2015 16:00:00</p>"
        "<h3>PUNKTER</h3><ul><li>7. SAGER TIL DRØFTELSE</li>"
        "<li>8. Status for vandløbene</li><li>9. SAGER TIL BESLUTNING</li>"
        "<li>10. Ny plan for naturpleje</li></ul>"
        "<div class=\"nr\">7</div><h2>SAGER TIL DRØFTELSE</h2>"
        "<div class=\"nr\">8</div><h2>Status for vandløbene</h2>"
        "<h3>Beslutning i Miljøudvalget den 02-06-2015</h3><p>Drøftet.</p>"
        "<div class=\"nr\">9</div><h2>SAGER TIL BESLUTNING</h2>"
        "<div class=\"nr\">10</div><h2>Ny plan for naturpleje</h2>"
        "<h3>Beslutning i Miljøudvalget den 02-06-2015</h3><p>Godkendt.</p>"
        "</body></html>";
    static const char *const labels[] = {"7", "8", "9", "10"};
    static const char *const titles[] = {
        "SAGER TIL DRØFTELSE", "Status for vandløbene", "SAGER TIL BESLUTNING",
        "Ny plan for naturpleje"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Running numbers over 99 each in an element of their own over the
 * heading ("<li><div>151</div><h2>Meddelelser</h2>", Aabenraa's protocol),
 * case fields under every open item's heading: the numbers head the
 * items (the strict style counts to 99, and the case fields alone
 * headed untitled ones), the headings are their titles, a closed
 * item's "Lukket punkt: …" too (no field to skip over). */
static void test_running_number_in_own_element(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Økonomiudvalget - Referat</title></head><body>"
        "<h1>Økonomiudvalget - Referat</h1><p>Mødedato: 07-06-2016</p><ul>"
        "<li><div>151</div><h2>Meddelelser</h2>"
        "<p>Sagsid.: 16/3842, Sagsinitialer: ABC</p>"
        "<h3>Beslutning Økonomiudvalget den 07-06-2016</h3><p>Taget til "
        "efterretning.</p></li>"
        "<li><div>152</div><h2>Budget 2017 for udvalgets område</h2>"
        "<p>Sagsid.: 16/1200, Sagsinitialer: DEF</p>"
        "<h3>Beslutning Økonomiudvalget den 07-06-2016</h3><p>Anbefales.</p>"
        "</li><li><div>153</div><h2>Lukket punkt: Salg af grund</h2>"
        "<p>Sagsid.: 16/1500, Sagsinitialer: GHI</p>"
        "<h3>Beslutning Økonomiudvalget den 07-06-2016</h3><p>Godkendt.</p>"
        "</li></ul></body></html>";
    static const char *const labels[] = {"151", "152", "153"};
    static const char *const titles[] = {"Meddelelser",
                                         "Budget 2017 for udvalgets område",
                                         "Lukket punkt: Salg af grund"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Sitecore page's running numbers of the year (41, 42, …) each in an
 * element of its own over the item's heading, a case's fields under it:
 * the numbers head the items (the generic style's, counting from any
 * number), not the case fields alone. */
static void test_year_running_number_in_own_element(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Byrådet 2014</title></head><body>"
        "<h1>Referat for Byrådet møde den 5. maj 2014</h1>"
        "<h2>ÅBNE SAGER</h2><div class=\"sag\"><div class=\"nr\">41</div>"
        "<h3>Valg af nyt medlem til Ældrerådet</h3>"
        "<p>Sagsnr.: 2014-004410<br />Sagsbehandler: Eva Lund</p>"
        "<h4>Beslutning:</h4><p>Godkendt.</p></div>"
        "<div class=\"sag\"><div class=\"nr\">42</div>"
        "<h3>Regnskab 2013 - overførsler</h3>"
        "<p>Sagsnr.: 2014-001877<br />Sagsbehandler: Ib Holt</p>"
        "<h4>Beslutning:</h4><p>Godkendt.</p></div>"
        "<div class=\"sag\"><div class=\"nr\">43</div>"
        "<h3>Ny takst for vinteroplag</h3>"
        "<p>Sagsnr.: 2014-002950<br />Sagsbehandler: Kaj Bro</p>"
        "<h4>Beslutning:</h4><p>Godkendt.</p></div>"
        "</body></html>";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const titles[] = {"Valg af nyt medlem til Ældrerådet",
                                         "Regnskab 2013 - overførsler",
                                         "Ny takst for vinteroplag"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* First Agenda's heading: the number in a span of its own and the
 * title's text right after it, no blank between ("38Godkendelse af
 * dagsorden" as the text reads; a group's heading in capitals numbered
 * among them, "19SAGER TIL BESLUTNING"): the number labels the item,
 * the title is the rest (html_glue_after_span()). */
static void test_number_span_run_into_title(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Økonomiudvalget - Referat</title></head><body>"
        "<h1>Økonomiudvalget</h1><p>Referat af mødet den 5. marts 2014</p>"
        "<h3><span class=\"nr\">18</span>Godkendelse af dagsorden</h3>"
        "<h4>Beslutning</h4><p>Godkendt.</p>"
        "<h3><span class=\"nr\">19</span>SAGER TIL BESLUTNING</h3>"
        "<h3><span class=\"nr\">20</span>Tilskud til ny scene på havnen</h3>"
        "<h4>Beslutning</h4><p>Bevilget.</p>"
        "<h3><span class=\"nr\">21</span>SAGER TIL ORIENTERING</h3>"
        "<h3><span class=\"nr\">22</span>Orientering om busterminalen</h3>"
        "<h4>Beslutning</h4><p>Taget til efterretning.</p>"
        "</body></html>";
    static const char *const labels[] = {"18", "19", "20", "21", "22"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "SAGER TIL BESLUTNING",
        "Tilskud til ny scene på havnen", "SAGER TIL ORIENTERING",
        "Orientering om busterminalen"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page whose headings only the loose shapes read ("18.Godkendelse",
 * glued after the dot) and whose <title> opens with the committee's
 * code, a range of numbers ("14-17 Økonomiudvalget - Referat"): the
 * range is no item 14 titled "17 Økonomiudvalget …". */
static void test_number_range_in_title_is_no_item(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>14-17 Økonomiudvalget - Referat - "
        "05-03-2014</title></head><body>"
        "<p>Referat af mødet den 5. marts 2014</p>"
        "<h3>18.Godkendelse af dagsorden</h3>"
        "<h4>Beslutning</h4><p>Godkendt.</p>"
        "<h3>19.SAGER TIL BESLUTNING</h3>"
        "<h3>20.Tilskud til ny scene på havnen</h3>"
        "<h4>Beslutning</h4><p>Bevilget.</p>"
        "<h3>21.Orientering om busterminalen</h3>"
        "<h4>Beslutning</h4><p>Taget til efterretning.</p>"
        "</body></html>";
    static const char *const labels[] = {"18", "19", "20", "21"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "SAGER TIL BESLUTNING",
        "Tilskud til ny scene på havnen", "Orientering om busterminalen"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page of one item whose heading a numbered list of attachments
 * follows under a bare "Bilag" (First Agenda, eDoc): the list names
 * documents, no items (mnt_attachment_entry()). */
static void test_attachments_list_under_heading_is_no_item(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Punkt 5</title></head><body>"
        "<p>Social- og Sundhedsudvalget torsdag den 20. april 2023 kl. "
        "19.00</p><h1>5. Besparelser på voksenområdet</h1>"
        "<h5>Bilag</h5><ol><li>1. Notat om sagen</li>"
        "<li>2. Kort over området</li></ol>"
        "<h2>Sagsfremstilling</h2><p>Forvaltningen har lavet forslag.</p>"
        "<h2>Beslutning</h2><p>Godkendt.</p></body></html>";
    static const char *const labels[] = {"5"};
    static const char *const titles[] = {"Besparelser på voksenområdet"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 1, labels, titles);
    mnt_meeting_fini(&m);
}

/* Cookie Information's consent dialog (`<div id="coiOverlay">`, its
 * heading an h2 as the items' are) over a page of one item: the
 * dialog's heading was read as an item of the styled headings, the
 * numbered heading as a second titled "1. …". The extractor drops the
 * dialog as furniture (html_attrs.c). */
static void test_consent_dialog_is_no_item(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Dagsordener og referater</title></head><body>"
        "<div id=\"coiOverlay\"><h2>Denne hjemmeside bruger cookies</h2>"
        "<p>Vi bruger cookies til statistik. Cookieerklæringen blev sidst "
        "opdateret 12.03.2021</p><button>Tillad alle</button></div>"
        "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3>"
        "<p>Mødet i Kultur- og Fritidsudvalget begyndte kl. 16.</p>"
        "<p>Dagsordenen blev godkendt.</p></body></html>";
    static const char *const labels[] = {"1"};
    static const char *const titles[] = {"Godkendelse af dagsorden"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 1, labels, titles);
    mnt_meeting_fini(&m);
}

/* An SBSYS page's contents table of its open items in the council's
 * running numbers (61 … 64, then 68: the closed items 65-67 are left
 * out, handled on the closed agenda), each number in an element of its
 * own over the item's heading. The contents' run stopped at the jump, so
 * item 64 ran over item 68; a run that only rises, no line numbered as
 * one it leaves out, is the open agenda. */
static void test_open_contents_leaving_out_closed_numbers(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Dagsorden preview</title></head><body>"
        "<p>Referat til mødet i Byrådet den 22. marts 2023 kl. 17:00 i "
        "Byrådssalen</p><table>"
        "<tr><th>Pkt.</th><th>Tekst</th></tr>"
        "<tr><td>61</td><td><a href=\"#p61\">Godkendelse af dagsorden</a>"
        "</td></tr>"
        "<tr><td>62</td><td><a href=\"#p62\">Nyt tag på svømmehallen</a>"
        "</td></tr>"
        "<tr><td>63</td><td><a href=\"#p63\">Takster for parkering</a>"
        "</td></tr>"
        "<tr><td>64</td><td><a href=\"#p64\">Spørgetid</a></td></tr>"
        "<tr><td>68</td><td><a href=\"#p68\">Udtræden af byrådet</a>"
        "</td></tr></table>"
        "<h2>Åbne dagsordenspunkter</h2>"
        "<div>61</div><h3>Godkendelse af dagsorden</h3>"
        "<h4>Beslutning</h4><p>Godkendt.</p>"
        "<div>62</div><h3>Nyt tag på svømmehallen</h3>"
        "<h4>Indstilling</h4><p>Borgmesteren indstiller, at bevillingen "
        "gives.</p><h4>Beslutning</h4><p>Godkendt.</p>"
        "<div>63</div><h3>Takster for parkering</h3>"
        "<h4>Beslutning</h4><p>Godkendt.</p>"
        "<div>64</div><h3>Spørgetid</h3>"
        "<h4>Beslutning</h4><p>Der var ingen spørgsmål.</p>"
        "<div>68</div><h3>Udtræden af byrådet</h3>"
        "<h4>Anledning</h4><p>Et medlem flytter fra kommunen.</p>"
        "<h4>Beslutning</h4><p>Godkendt.</p>"
        "</body></html>";
    static const char *const labels[] = {"61", "62", "63", "64", "68"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Nyt tag på svømmehallen",
        "Takster for parkering", "Spørgetid", "Udtræden af byrådet"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* Word's broken numbering pasted as HTML (ik- blind round): the first
 * point nested in an outer <li> of no text of its own ("1. 1. Salme"),
 * every later point its own <ol>, then "5." typed by hand. The outer
 * item is no level: the nested point is item 1, not a sub-point. */
static void test_empty_outer_list_item_is_no_level(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><p><b>Dagsorden for menighedsrådsmøde</b></p>"
        "<ol><li><ol><li>Salme</li></ol></li></ol>"
        "<ol><li>Godkendelse af dagsorden</li></ol><p>Godkendt.</p>"
        "<ol><li>Regnskab</li></ol><p>Kvartalsrapporten blev gennemgået.</p>"
        "<ol><li>Nyt fra udvalgene</li></ol><p>Taget er efterset.</p>"
        "<p>5. Eventuelt</p><p>Intet.</p><p>6. Salme</p></body></html>";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Salme",     "Godkendelse af dagsorden",
        "Regnskab",  "Nyt fra udvalgene",
        "Eventuelt", "Salme"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* A heading paragraph ending in "herunder" goes on in the next
 * paragraph ("3. Siden sidst, herunder" / "nyt fra udvalgene"): no
 * title ends in it. */
static void test_title_after_herunder_goes_on(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><p><b>Referat af bestyrelsesmøde</b></p>"
        "<p>1. Godkendelse af dagsorden</p><p>Godkendt.</p>"
        "<p>2. Regnskab</p><p>Kvartalsrapporten blev gennemgået.</p>"
        "<p>3. Siden sidst, herunder</p><p>nyt fra udvalgene</p>"
        "<p>Taget er efterset.</p><p>4. Eventuelt</p><p>Intet.</p>"
        "</body></html>";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Regnskab",
        "Siden sidst, herunder nyt fra udvalgene", "Eventuelt"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Word's broken numbering with a point nobody titled: its list entry
 * holds only &nbsp;. The empty entry is point 4 with no title, the
 * committees' entries after it its text, not points of their own. */
static void test_empty_list_entry_is_untitled_point(void **state)
{
    (void)state;
    static const char page[] =
        "<html><body><p><b>Dagsorden for menighedsrådsmøde</b></p>"
        "<ol><li>Salme</li></ol><ol><li>Godkendelse af dagsorden</li></ol>"
        "<ol><li>Regnskab</li></ol><p>Kvartalsrapporten blev gennemgået.</p>"
        "<ol><li>&nbsp;</li></ol><ol><li>Præstegårdsudvalget</li></ol>"
        "<p>Taget er efterset.</p><ol><li>Aktivitetsudvalget</li></ol>"
        "<p>5. Eventuelt</p><p>Intet.</p><p>6. Salme</p></body></html>";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Salme", "Godkendelse af dagsorden", "Regnskab", NULL, "Eventuelt",
        "Salme"};
    struct mnt_meeting m;
    parse_html(page, &m);
    expect_items(&m, 6, labels, titles);
    assert_contains(m.items[3].body, "efterset");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_glued_after_dot),
        cmocka_unit_test(test_repeated_title_with_attachments_is_one_meeting),
        cmocka_unit_test(test_number_in_own_element_over_heading),
        cmocka_unit_test(test_caps_title_stops_at_next_number),
        cmocka_unit_test(test_running_number_in_own_element),
        cmocka_unit_test(test_year_running_number_in_own_element),
        cmocka_unit_test(test_number_span_run_into_title),
        cmocka_unit_test(test_number_range_in_title_is_no_item),
        cmocka_unit_test(test_attachments_list_under_heading_is_no_item),
        cmocka_unit_test(test_consent_dialog_is_no_item),
        cmocka_unit_test(test_open_contents_leaving_out_closed_numbers),
        cmocka_unit_test(test_empty_outer_list_item_is_no_level),
        cmocka_unit_test(test_title_after_herunder_goes_on),
        cmocka_unit_test(test_empty_list_entry_is_untitled_point),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
