/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_regions.c - classes the blind g- round of the regions' and
 * large cities' minutes brought up (issue 11). Each case is a few lines
 * in our own words. */
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

/* A city's page of one item: the title in h1, then the sections of its
 * template (Problemstilling, Løsning, Økonomi, Videre proces) as h2.
 * They are sections of the one item, not items of their own. */
static void test_template_sections_head_no_items(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_PARA, 0, 0, "Mødedato: 15.04.2021, kl. 17:30"},
        {EXT_HEADING, 0, 1, "Nye regler for puljen"},
        {EXT_PARA, 0, 0, "Rådet skal tage stilling til puljen."},
        {EXT_HEADING, 0, 2, "Indstilling"},
        {EXT_PARA, 0, 0, "at reglerne godkendes."},
        {EXT_HEADING, 0, 2, "Problemstilling"},
        {EXT_PARA, 0, 0, "To puljer giver dobbelt arbejde."},
        {EXT_HEADING, 0, 2, "Løsning"},
        {EXT_PARA, 0, 0, "Puljerne lægges sammen."},
        {EXT_HEADING, 0, 2, "Videre proces"},
        {EXT_PARA, 0, 0, "Sagen behandles igen i maj."},
        {EXT_HEADING, 0, 2, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    assert_int_equal(m.nitems, 1);
    expect_title(&m.items[0], "Nye regler for puljen");
    assert_non_null(strstr(m.items[0].body, "dobbelt arbejde"));
    mnt_meeting_fini(&m);
}

/* The same page as text: menu lines, the meeting's fields, the title, a
 * link and a summary, then the first section. The title is the line a
 * section follows closely, not the page's first line. */
static void test_one_item_text_page_title(void **state)
{
    (void)state;
    static const char text[] =
        "Gå til indhold\nKommunen\nMenu\nSøg\n\n"
        "Mødedato: 22.08.2017, kl. 10:00\nMødested: Kursuscentret\n\n"
        "Budgetforslag for næste år\n\nSe alle bilag\n\n"
        "Udvalget skal anbefale budgetforslaget. Det er i balance.\n\n"
        "Indstilling\n\nForvaltningen indstiller,\n\n"
        "1. at forslaget anbefales,\n\n2. at fristen fastsættes.\n\n"
        "Beslutning\n\nAnbefalet.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 1);
    expect_title(&m.items[0], "Budgetforslag for næste år");
    mnt_meeting_fini(&m);
}

/* A PDF's contents list whose right-aligned page numbers lost their gap
 * ("1. Godkendelse af dagsorden 2"): the numbers, never falling, are
 * pages, not part of the titles the items get from it. */
static void test_contents_page_numbers_leave_titles(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nMødet den 16.01.2017, kl. 09:00\n\nIndholdsliste\n\n"
        "1.     Godkendelse af dagsorden          2\n"
        "2.     Ny hal i Vodskov                  3\n"
        "3.     Høringssvar om trafikplanen       5\n\n"
        "Punkt 1.\n\nGodkendelse af dagsorden.\n\nGodkendt.\n\n"
        "Punkt 2.\n\nNy hal i Vodskov.\n\nUdvalget indstiller, at hallen "
        "bygges.\n\nBeslutning:\n\nAnbefales.\n\n"
        "Punkt 3.\n\nHøringssvar om trafikplanen.\n\nBeslutning:\n\n"
        "Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Ny hal i Vodskov",
                                         "Høringssvar om trafikplanen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A contents list in two parts, the closed part's heading glued to the
 * open part's last page number ("13Indholdsfortegnelse lukket møde"),
 * one open item numbered after the closed ones (1 2 3 6 | 4 5): that
 * heading is no item, and the item out of sequence is one. */
static void test_closed_part_heading_in_contents(void **state)
{
    (void)state;
    static const char text[] =
        "Møde i Forretningsudvalget\n\nfredag den 14. august 2020\n\n"
        "Deltagere:\n\nThea Lunøe (B)Indholdsfortegnelse åbent møde\n\n"
        "1.\n\nGodkendelse af dagsorden\n\n3\n\n"
        "2.\n\nBudgetforslag 2021\n\n4\n\n"
        "3.\n\nRammeoverholdelse\n\n7\n\n"
        "6.\n\nMeddelelser\n\n13Indholdsfortegnelse lukket møde\n\n"
        "4.\n\nUdbud af kørsel (Lukket punkt)\n\n12\n\n"
        "5.\n\nSalg af grund (Lukket punkt)\n\n12\n\n\n"
        "1. Godkendelse af dagsorden\n\nÅbent\n\nGodkendt.\n\n\n"
        "2. Budgetforslag 2021\n\nÅbent\n\nAnbefales.\n\n\n"
        "3. Rammeoverholdelse\n\nÅbent\n\nTaget til efterretning.\n\n\n"
        "6. Meddelelser\n\nÅbent\n\nFormanden orienterede.\n\n\n"
        "4. Udbud af kørsel (Lukket punkt)\n\nLukket\n\n\n"
        "5. Salg af grund (Lukket punkt)\n\nLukket\n";
    static const char *const labels[] = {"1", "2", "3", "6", "4", "5"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Budgetforslag 2021",
                                         "Rammeoverholdelse",
                                         "Meddelelser",
                                         "Udbud af kørsel (Lukket punkt)",
                                         "Salg af grund (Lukket punkt)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* A decision record flattened one line a page: "SAG NR. 1 TITLE IN
 * CAPITALS" heads each item (before a numbered list later on the page),
 * the title ends before the genitive naming whose section follows
 * ("ADMINISTRATIONENS INDSTILLING"), and a word the transcript wrapped at
 * its hyphen is joined ("REGIONS- RÅDET"; "BØRNE- OG" is a compound's
 * part and stays). */
static void test_flat_sag_nr_pages(void **state)
{
    (void)state;
    static const char text[] =
        "1 BESLUTNINGER FORRETNINGSUDVALGET Mandag den 11. januar 2010 "
        "Kl. 10.00 Regionsgården, mødelokale 6 Møde nr. 2 Medlemmer: Anna "
        "Berg Bo Dal Carl Eng Dorte Friis Erik Gram Fie Holm Fraværende: Bo "
        "Dal ved sag nr. 2 1\n\n"
        "3 Den 11. januar 2010 FORRETNINGSUDVALGET SAG NR. 1 TIDSPLAN FOR "
        "BUDGET OG SEMINAR FOR REGIONS- RÅDET ADMINISTRATIONENS INDSTILLING "
        "1. at tidsplanen godkendes, og 2. at seminaret holdes i april. "
        "RESUME Tidsplanen følger økonomiaftalen. FORRETNINGSUDVALGETS "
        "BESLUTNING Indstillingen blev tiltrådt. Side 3\n\n"
        "4 Den 11. januar 2010 FORRETNINGSUDVALGET SAG NR. 2 TILSKUD TIL "
        "BØRNE- OG UNGEHUSET ADMINISTRATIONENS INDSTILLING at tilskuddet "
        "gives. RESUME Huset søger 2 mio. kr. FORRETNINGSUDVALGETS "
        "BESLUTNING Godkendt. BILAGSFORTEGNELSE 1. Ansøgning fra huset 2. "
        "Budget for huset Side 4\n\n"
        "5 Den 11. januar 2010 FORRETNINGSUDVALGET SAG NR. 3 MEDDELELSER 1. "
        "Formanden orienterede om et møde. 2. Direktionen orienterede om "
        "ventetider. FORRETNINGSUDVALGETS BESLUTNING Taget til efterretning. "
        "Side 5\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "TIDSPLAN FOR BUDGET OG SEMINAR FOR REGIONSRÅDET",
        "TILSKUD TIL BØRNE- OG UNGEHUSET", "MEDDELELSER"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript's heading in capitals ending in an s ("… AF GADELYS")
 * before a section in lower case ("Beslutning"): the word is the
 * title's, no genitive naming whose section follows (that one shares
 * its section's capitals: "ADMINISTRATIONENS INDSTILLING" above). */
static void test_caps_title_s_before_lower_section(void **state)
{
    (void)state;
    static const char text[] =
        "1 Protokol for Miljøudvalget Tirsdag den 13. november 2018 kl. "
        "16.30 Mødelokale 2 Medlemmer Anja Brix Ole Fenger Tina Holst\n\n"
        "2 ÅBNE SAGER 31. STATUS FOR UDSKIFTNING AF GADELYS Beslutning Til "
        "efterretning. Gennemgang af sagen Lamperne er skiftet til LED. "
        "32. PLEJEPLAN FOR SKOVPARKEN Beslutning Tiltrådt. Gennemgang af "
        "sagen Planen er fra 2008 og skal fornyes i år.\n";
    static const char *const labels[] = {"31", "32"};
    static const char *const titles[] = {"STATUS FOR UDSKIFTNING AF GADELYS",
                                         "PLEJEPLAN FOR SKOVPARKEN"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* An agenda of titles only (a video page's description): no item has a
 * body, some titles wrap. Leaving out "2." would give item 1 that line
 * as text - the heading left out earns it none. */
static void test_titles_only_keep_every_number(void **state)
{
    (void)state;
    static const struct blk doc[] = {
        {EXT_HEADING, 0, 1, "Byrådsmøde den 4. marts 2024 kl. 17.00"},
        {EXT_PARA, 0, 0, "1. Godkendelse af dagsorden."},
        {EXT_PARA, 0, 0, "2. Orientering om budgettet pr. 31. januar 2024."},
        {EXT_PARA, 0, 0, "3. Høringssvar til regionen om"},
        {EXT_PARA, 0, 0, "trafikplan for busserne."},
        {EXT_PARA, 0, 0, "4. Ændring af takster for"},
        {EXT_PARA, 0, 0, "hjemmehjælp."},
    };
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Orientering om budgettet pr. 31. januar 2024",
        "Høringssvar til regionen om trafikplan for busserne",
        "Ændring af takster for hjemmehjælp"};
    struct mnt_meeting m;
    parse_blocks(doc, sizeof doc / sizeof *doc, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Punkt 02A: Title": the points under a group ("Punkt 2:
 * Orienteringer") carry the group's number and a letter glued to it
 * (Greenland's municipalities' agenda system, du- round); each point is
 * an item, labelled 2a, 2b, and the group's heading, with no text of
 * its own, none (round jg, as the du-/ir-punkt-sermersooq fixtures
 * expect). */
static void test_punkt_letter_sub_items(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalg for Økonomi\n\n"
        "Punkt 1: Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "Punkt 2: Orienteringer\n\n"
        "Punkt 02A: Status på ombygning af skolen\n\n"
        "Taget til efterretning.\n\n"
        "Punkt 02B: Nyt tilbud om lektiecafé\n\n"
        "Taget til efterretning.\n\n"
        "Punkt 3: Eventuelt\n\nIntet.\n";
    static const char *const labels[] = {"1", "2a", "2b", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Status på ombygning af skolen",
        "Nyt tilbud om lektiecafé", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Punkt 03 Tillægsbevilling til … daginstitution i" / blank /
 * "Journalnr. 05.01": a title that ends in a preposition (the town's
 * name lost) wraps onto no journal number's line - the label with a
 * number right after it is the case file's field (du- round). */
static void test_title_wraps_onto_no_journal_number(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af Kommunalbestyrelsens ordinære møde 04/2020\n\n"
        "Punkt 01 Godkendelse af dagsorden\n\nAfgørelse\n\nGodkendt.\n\n"
        "Punkt 02 Tillægsbevilling til istandsættelse af daginstitution i\n\n"
        "Journalnr. 05.01\n\nBaggrund\n\nTaget er utæt.\n\n"
        "Afgørelse\n\nGodkendt.\n\n"
        "Punkt 03 Eventuelt\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Tillægsbevilling til istandsættelse af daginstitution i", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A meeting's start as a numeric date ("05-09-2013 09:00:00") opens no
 * item 5 before a meeting's items 6 and 7. */
static void test_numeric_date_line_is_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalget for Skoler\n\nSTARTTIDSPUNKT\n\n05-09-2013 09:00:00\n\n"
        "Mødet holdes på skolen.\n\n6. Nye vinduer\n\nGodkendt.\n\n"
        "7. Eventuelt\n\nIntet.\n";
    static const char *const labels[] = {"6", "7"};
    static const char *const titles[] = {"Nye vinduer", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same contents list above "Ad 1:" paragraphs that never repeat the
 * titles: the items take the list's titles, without the pages. */
static void test_contents_pages_titles_ad_numbers(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nMødet den 16.01.2017, kl. 09:00\n\nIndholdsliste\n\n"
        "1.     Godkendelse af dagsorden          2\n"
        "2.     Ny hal i Vodskov                  3\n"
        "3.     Eventuelt                         5\n\n"
        "Ad 1:\n\nDagsordenen blev godkendt.\n\n"
        "Ad 2:\n\nUdvalget anbefalede, at hallen bygges i 2018.\n\n"
        "Ad 3:\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Ny hal i Vodskov", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flipping book's export marks closed items in English ("Punkt 7:
 * Closed: Køb af areal", its contents "Closed: Køb af areal……10"):
 * the item is closed as one marked "Lukket punkt:" is, its title kept as
 * printed. */
static void test_english_closed_mark(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT Byrådet d. 31-01-2023\n\n"
        "Punkt 6: Godkendelse af dagsorden\n\n"
        "00.22.00-P35-11-21 Beslutning Byrådet 31.01.2023 Godkendt.\n\n"
        "Punkt 7: Closed: Køb af areal ved havnen\n\n"
        "Punkt 8: Underskriftsark\n\n"
        "00.22.00-P35-11-21\n";
    static const char *const labels[] = {"6", "7", "8"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Closed: Køb af areal ved havnen",
                                         "Underskriftsark"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_false(m.items[0].closed);
    assert_true(m.items[1].closed);
    assert_false(m.items[2].closed);
    mnt_meeting_fini(&m);
}

/* "Åbent punkt 1: Title" / "Lukket punkt 4: Title" (dx- variant round):
 * the item's status printed before "punkt" is part of its label, as
 * "Punkt 1:" alone is; the closed one is closed, its title the words
 * after the colon. */
static void test_status_before_punkt(void **state)
{
    (void)state;
    static const char text[] =
        "Referat for Børne- og Kulturudvalget møde den 12. januar 2021\n\n"
        "Åbent punkt 1: Skolestart 2021\n\n"
        "Sagsbeskrivelse:\n\nDer er indskrevet 312 børn.\n\n"
        "Beslutning:\n\nTaget til efterretning.\n\n"
        "Åbent punkt 2: Åbningstider på biblioteket\n\n"
        "Beslutning:\n\nGodkendt.\n\n"
        "Åben punkt 3: Orientering\n\n"
        "Beslutning:\n\nOrientering om svømmehallen.\n\n"
        "Lukket punkt 4: Ansættelse af skoleleder\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Skolestart 2021", "Åbningstider på biblioteket", "Orientering",
        "Ansættelse af skoleleder"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    assert_false(m.items[0].closed);
    assert_true(m.items[3].closed);
    mnt_meeting_fini(&m);
}

/* Region Sjælland's print as text (ed- variant round): "Åbent punkt 2 -
 * Title", the label set off from its title by a dash, as a colon sets it
 * off ("Punkt 3-4" is a range, none); a contents list with page numbers
 * above, a title wrapped over two lines, a closed last item. */
static void test_dash_after_punkt_label(void **state)
{
    (void)state;
    static const char text[] =
        "Referat - Sygehusudvalget\n\n12-09-2022 15:30\n\n"
        "Indholdsfortegnelse\n\n"
        "Åbent punkt 1 - Godkendelse af dagsorden 3\n\n"
        "Åbent punkt 2 - Evaluering af sommerens kapacitetsplan på de\n"
        "medicinske afdelinger 4\n\n"
        "Lukket punkt 3 - Indgåelse af lejeaftale 6\n\n\n"
        "Åbent punkt 1 - Godkendelse af dagsorden\n\n"
        "Beslutning\n\nGodkendt.\n\n\n"
        "Åbent punkt 2 - Evaluering af sommerens kapacitetsplan på de\n"
        "medicinske afdelinger\n\n"
        "Sagsfremstilling\n\nBelægningen var 97 %, jf. punkt 3-4 i "
        "planen.\n\n"
        "Beslutning\n\nTaget til efterretning.\n\n\n"
        "Lukket punkt 3 - Indgåelse af lejeaftale\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Evaluering af sommerens kapacitetsplan på de medicinske afdelinger",
        "Indgåelse af lejeaftale"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_false(m.items[1].closed);
    assert_true(m.items[2].closed);
    mnt_meeting_fini(&m);
}

/* A decision record whose transcript keeps its lines: each item opens
 * with the page's running head ("Den 14. april 2015" / "REGIONSRÅDET")
 * over "SAG NR. N", its title in capitals below. The line above the
 * number repeats over every number: a running head, not the title. */
static void test_running_head_over_bare_sag_nr(void **state)
{
    (void)state;
    static const char text[] =
        "Den 14. april 2015\nREGIONSRÅDET\nSAG NR. 1\n"
        "REGNSKAB FOR INSTITUTIONERNE\nSAGSFREMSTILLING\n"
        "Regnskaberne viser et lille overskud.\nBESLUTNINGER\nGodkendt.\n\n2\n"
        "Den 14. april 2015\nREGIONSRÅDET\nSAG NR. 2\nNYT PARKERINGSHUS\n"
        "SAGSFREMSTILLING\nDer mangler pladser.\nBESLUTNINGER\nGodkendt.\n\n3\n"
        "Den 14. april 2015\nREGIONSRÅDET\nSAG NR. 3\nMEDDELELSER\n"
        "BESLUTNINGER\nTaget til efterretning.\n\n4\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"REGNSKAB FOR INSTITUTIONERNE",
                                         "NYT PARKERINGSHUS", "MEDDELELSER"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A page of one item whose text restarts at 1 after a sentence's colon
 * (the chairman's announcements, each a subject, a full stop and
 * sentences): the list is item 1's text, not items 2-3. An agenda list
 * above minutes that restart at 1 still heads them (its 2 lies between). */
static void test_restarted_paragraph_list_is_text(void **state)
{
    (void)state;
    static const char text[] =
        "Regionsrådet\n15-12-2020 13:00\n\n1. Meddelelser\n\nReferat\n\n"
        "Disse emner blev nævnt under punktet på mødet i dag:\n\n"
        "1. Afbud. Der var afbud fra to af rådets medlemmer.\n\n"
        "2. Vaccination. Formanden fortalte om de første vacciner til "
        "personalet.\n\n"
        "3. Jul. Formanden takkede alle for et godt samarbejde.\n\n"
        "Beslutning\n\nTaget til efterretning.\n";
    static const char *const labels[] = {"1"};
    static const char *const titles[] = {"Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 1, labels, titles);
    assert_non_null(strstr(m.items[0].body, "Der var afbud"));
    mnt_meeting_fini(&m);
    static const char minutes[] =
        "Ældrerådet\n\nReferat af mødet den 4. maj 2021\n\n"
        "1. Godkendelse af dagsorden\n2. Budget\n\n"
        "Følgende punkter blev behandlet på mødet:\n\n"
        "1. Godkendelse af dagsorden. Dagsordenen blev godkendt uden "
        "bemærkninger.\n\n"
        "2. Budget. Rådet drøftede budgettet for det kommende år.\n";
    static const char *const l2[] = {"1", "2"};
    parse_text(minutes, &m);
    assert_int_equal(m.nitems, 2);
    assert_string_equal(m.items[0].label, l2[0]);
    assert_string_equal(m.items[1].label, l2[1]);
    mnt_meeting_fini(&m);
}

/* Items handled first and printed first, "19." and "20." before "1."
 * to "3." (each with its sections): all five are items, in the order
 * printed. A list "1." to "3." in an item's text between "5." and "6."
 * is no chain of its own. */
static void test_items_handled_first(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\ntil\nmødet i forretningsudvalget\nden 7. juni 2016\n\n"
        "19. Revisionsberetning\n\nResume\n\nRevisionen har skrevet.\n\n"
        "Beslutning\n\nAnbefalet.\n\n"
        "20. Revisionens plan\n\nResume\n\nEn plan for året.\n\n"
        "Beslutning\n\nTaget til efterretning.\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
        "2. Økonomirapport\n\nResume\n\nBalance på alle områder.\n\n"
        "Beslutning\n\nAnbefalet.\n\n"
        "3. Mødeplan\n\nResume\n\nSeks møder i efteråret.\n\n"
        "Beslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"19", "20", "1", "2", "3"};
    static const char *const titles[] = {
        "Revisionsberetning", "Revisionens plan", "Godkendelse af dagsorden",
        "Økonomirapport", "Mødeplan"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
    static const char list[] =
        "Referat\n\nmødet i folkeoplysningsudvalget den 23. maj 2022\n\n"
        "5. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "6. Lokaletilskud\n\nTilskuddet fordeles på tre grupper:\n"
        "1. Foreninger med egne lokaler\n2. Foreninger der lejer lokaler\n"
        "3. Foreninger med lejrpladser\n\nBeslutning\n\nGodkendt.\n\n"
        "7. Eventuelt\n\nIntet.\n";
    static const char *const l2[] = {"5", "6", "7"};
    static const char *const t2[] = {"Godkendelse af dagsorden",
                                     "Lokaletilskud", "Eventuelt"};
    parse_text(list, &m);
    expect_items(&m, 3, l2, t2);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_template_sections_head_no_items),
        cmocka_unit_test(test_one_item_text_page_title),
        cmocka_unit_test(test_contents_page_numbers_leave_titles),
        cmocka_unit_test(test_contents_pages_titles_ad_numbers),
        cmocka_unit_test(test_closed_part_heading_in_contents),
        cmocka_unit_test(test_flat_sag_nr_pages),
        cmocka_unit_test(test_titles_only_keep_every_number),
        cmocka_unit_test(test_numeric_date_line_is_no_heading),
        cmocka_unit_test(test_punkt_letter_sub_items),
        cmocka_unit_test(test_title_wraps_onto_no_journal_number),
        cmocka_unit_test(test_english_closed_mark),
        cmocka_unit_test(test_status_before_punkt),
        cmocka_unit_test(test_dash_after_punkt_label),
        cmocka_unit_test(test_running_head_over_bare_sag_nr),
        cmocka_unit_test(test_restarted_paragraph_list_is_text),
        cmocka_unit_test(test_items_handled_first),
        cmocka_unit_test(test_caps_title_s_before_lower_section),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
