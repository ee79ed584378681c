/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flattitles.c - titles cut out of transcripts flattened to
 * one line a page (a document site's text of a PDF): where a title ends
 * inside a page line, the classes round fi found by flattening the
 * fixtures of a heading a line. Each case is a few lines in our own
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

/* A title cut out of a page line is trimmed as a heading line's title
 * is: a web page's button label glued on ("… dagsordenÅbn/luk punkt"),
 * an anchor glyph before the time slot ("… # (kl. 13.00-13.30)"); a
 * title in capitals that ends with its own first letters ("BUDGET…
 * BUDGET") is no echo - no glue shows between capitals. */
static void test_page_title_trimmed(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Udvalg: Teknik- og miljøudvalget Mødedato: 13-03-2023 "
        "Mødested: Lokale 2 1. Godkendelse af dagsordenÅbn/luk punkt "
        "Sagsnummer: 85.02.02-P35-12-22 Godkendelse af dagsorden Beslutning "
        "Tiltrådt. 2. Foretræde ved foreningen for cyklister # (kl. "
        "13.00-13.30) Sagsfremstilling Foreningen har bedt om foretræde. "
        "Beslutning Drøftet. 3. Udbud af vintertjeneste 2023-2027Åbn/luk "
        "punkt Sagsnummer: 05.01.10-G01-3-22 Udbud af vintertjeneste "
        "2023-2027 Beslutning Tiltrådt. 4. BUDGETOPFØLGNING 2019 - SAMLET "
        "BUDGET Sagsfremstilling Forbruget følger budgettet. Beslutning "
        "Taget til efterretning. 5. Eventuelt Beslutning Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Foretræde ved foreningen for cyklister (kl. 13.00-13.30)",
        "Udbud af vintertjeneste 2023-2027",
        "BUDGETOPFØLGNING 2019 - SAMLET BUDGET", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* The page's header before the items of the tests below. */
#define HEAD                                                                   \
    "Transkript\n\n"                                                           \
    "1 Referat Økonomiudvalget Mødedato: 4. marts 2019 Sted: Mødelokale 1 " \
    "1. Godkendelse af dagsorden Resume Dagsordenen foreligger. Beslutning "   \
    "Godkendt. "

/* Parse HEAD, then items 2 and 3 (text), then "4. Eventuelt"; expect the
 * two titles t2 and t3. */
static void expect_two(const char *text, const char *t2, const char *t3)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "%s%s 4. Eventuelt Beslutning Intet.\n", HEAD,
             text);
    static const char *const labels[] = {"1", "2", "3", "4"};
    const char *titles[] = {"Godkendelse af dagsorden", t2, t3, "Eventuelt"};
    struct mnt_meeting m;
    parse_text(buf, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A name and the year a title is for, capitalised words and numbers
 * alone before the first section ("… til egnsteatret Vestkysten 2020
 * Resume"), are the title's: a sentence goes on in lower case. */
static void test_name_and_year_before_section(void **state)
{
    (void)state;
    expect_two("2. Tilskud til egnsteatret Vestkysten 2020 Resume Teatret "
               "søger om et tilskud til en turné. Beslutning Anbefales. 3. "
               "Evaluering af det gamle Grønne Råd 2019 Resume Rådets periode "
               "slutter med året. Beslutning Drøftet.",
               "Tilskud til egnsteatret Vestkysten 2020",
               "Evaluering af det gamle Grønne Råd 2019");
}

/* "Kommune" after a place's name ends in "-ne" as a definite plural
 * does, but no verb follows it: it goes on with the name ("… for Lejre
 * Kommune - 2. behandling"), where "… ved Skovvej Kommunen ejer …"
 * opens a sentence. */
static void test_kommune_after_place(void **state)
{
    (void)state;
    expect_two("2. Styrelsesvedtægt for Lejre Kommune - 2. behandling Resume "
               "Vedtægten er rettet efter 1. behandling. Beslutning "
               "Anbefales. 3. Salg af areal ved Skovvej Kommunen ejer arealet "
               "ved skolen. Beslutning Godkendt.",
               "Styrelsesvedtægt for Lejre Kommune - 2. behandling",
               "Salg af areal ved Skovvej");
}

/* A company's form ends a firm's name ("… Sorteringspladsen ApS", "…
 * Vestfyns Vandværk I/S."), never opens the text; "Sagens kerne" is a
 * section's name as "Resume" is. */
static void test_company_form_ends_name(void **state)
{
    (void)state;
    expect_two("2. Miljøgodkendelse af Sorteringspladsen ApS Sagens kerne "
               "Sorteringspladsen ApS har søgt om en samlet godkendelse. "
               "Beslutning Godkendt. 3. Valg af medlem til bestyrelsen for "
               "Vestfyns Vandværk I/S. Åbent - 00.01.00A04 - 2019/10221 "
               "SAGSRESUMÉ Bestyrelsen har fem medlemmer. Beslutning Valgt.",
               "Miljøgodkendelse af Sorteringspladsen ApS",
               "Valg af medlem til bestyrelsen for Vestfyns Vandværk I/S");
}

/* A one-sentence minute after a title ending in a date ("… fra 4.4.2022
 * Godkendt uden bemærkninger.", "… den 7.3.2022 Referat: Godkendt …"):
 * the date ends the title as a year does. */
static void test_minute_after_date(void **state)
{
    (void)state;
    expect_two("2. Godkendelse af referat fra 12.5.2021 Godkendt uden "
               "bemærkninger. 3. Godkendelse af referat fra mødet den "
               "9.06.2021 Referat: Godkendt med en rettelse.",
               "Godkendelse af referat fra 12.5.2021",
               "Godkendelse af referat fra mødet den 9.06.2021");
}

/* A short title's full stop before its minute ("Økonomi. Kassereren
 * gennemgik …"), a word of five letters or more before it; "Evt." is an
 * abbreviation, so "Evt. Forslag om …" stays whole. */
static void test_short_title_full_stop(void **state)
{
    (void)state;
    expect_two("2. Økonomi. Kassereren gennemgik regnskabet for foråret, og "
               "det blev taget til efterretning. 3. Evt. Forslag om fælles "
               "bustur i maj. Rådet drøftede forslaget og bad formanden om "
               "et oplæg til næste møde.",
               "Økonomi", "Evt. Forslag om fælles bustur i maj");
}

/* The preposition "I" opens a minute ("… træder ud I en mail har …",
 * "… året 2020 I et normalt år …"); a part's "Etape I" stays the title's. */
static void test_preposition_i_opens_minute(void **state)
{
    (void)state;
    expect_two("2. Et medlem træder ud I en mail har et medlem meddelt sin "
               "udtræden. 3. Programmet for resten af året 2020 I et normalt "
               "år holder vi julefrokost i december.",
               "Et medlem træder ud", "Programmet for resten af året 2020");
}

/* A person's names after a role in its plain form ("… fra politiker Lise
 * Mørup om …", "… fra rådmand Bo …") are the title's, as after a
 * compound ending in it ("kommunalbestyrelsesmedlem"); "formanden" names
 * its holder alone, the text may open after it. */
static void test_names_after_role(void **state)
{
    (void)state;
    expect_two("2. Henvendelse fra politiker Lise Mørup om skolebuskørsel "
               "Redegørelse Lise Mørup ønsker en drøftelse af kørslen. "
               "Beslutning Drøftet. 3. Meddelelser fra formanden Formanden "
               "meddelte, at rådet holder temadag i maj. Beslutning Taget "
               "til efterretning.",
               "Henvendelse fra politiker Lise Mørup om skolebuskørsel",
               "Meddelelser fra formanden");
}

/* A role with a subject and its verb right after it ("Valg af
 * næstformand Udvalget valgte …", "Orientering fra formand Formanden
 * orienterede …") names no holder: the text opens there. */
static void test_subject_after_role(void **state)
{
    (void)state;
    expect_two("2. Valg af næstformand Udvalget valgte Eva Lund som "
               "næstformand for perioden. Beslutning Valgt. 3. Orientering "
               "fra formand Formanden orienterede om mødet med borgmesteren. "
               "Beslutning Taget til efterretning.",
               "Valg af næstformand", "Orientering fra formand");
}

/* A role in its plain form names its holder in the title after "fra"
 * only ("Spørgsmål fra rådmand Bo …"): "Valg af formand Jens Hansen blev
 * valgt …" names the holder in the minute. */
static void test_role_holder_in_minute(void **state)
{
    (void)state;
    expect_two("2. Valg af formand Jens Hansen blev valgt som formand for "
               "perioden. Beslutning Valgt. 3. Valg af medlem til "
               "styregruppen Ole Berg blev valgt for et år. Beslutning "
               "Valgt.",
               "Valg af formand", "Valg af medlem til styregruppen");
}

/* A name opened by its capitalised article after a preposition ("… i
 * Det Centrale Handicapråd", "… til Den Lokale Spejdergruppe") goes on
 * through its noun after the adjective: the noun starts no sentence
 * (round fu, a handicapråd's transcript). A definite noun after the name
 * still opens the text. */
static void test_article_opens_name(void **state)
{
    (void)state;
    expect_two("2. Årsmøde i Det Centrale Handicapråd den 10. april 2018 i "
               "Odense Sagsfremstilling: Årsmødet er udsat. Beslutning Taget "
               "til efterretning. 3. Tilskud til Den Lokale Spejdergruppe "
               "Gruppen søger om 5.000 kr. til en lejr. Beslutning Bevilget.",
               "Årsmøde i Det Centrale Handicapråd den 10. april 2018 i "
               "Odense",
               "Tilskud til Den Lokale Spejdergruppe");
}

/* A transcript prints a page's number at the start of its line and its
 * footer's, the same, at the end: a last title with no text after it
 * ("4. Eventuelt 1" on page 1) ends before the number (round fu). A
 * number other than the page's is the title's ("Lokalplan nr. 4"). */
static void test_page_number_ends_page_line(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Dagsorden Forum: Ældrerådet Tid: 12. april 2019, kl Sted: "
        "Mødelokale 2 Deltagere: Ib Lund, Eva Holm Afbud: Referent: Lis Berg "
        "1. Godkendelse af referat og dagsorden 2. Budget 2020 Dato: 2. april "
        "2019 Sags nr.: a Sagsbehandler: lb 3. Mødeplan for 2019 "
        "Sagsfremstilling: Forslag: 14. juni og 13. september. Til beslutning "
        "4. Eventuelt 1\n\n"
        "2 5. Lokalplan nr. 12 Sagsfremstilling: Planen har været i høring i "
        "otte uger. Til orientering 6. Lokalplan nr. 4\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {"Godkendelse af referat og dagsorden",
                                         "Budget 2020",
                                         "Mødeplan for 2019",
                                         "Eventuelt",
                                         "Lokalplan nr. 12",
                                         "Lokalplan nr. 4"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* A name of three capitalised words opened after a preposition goes on
 * to its third when the text's subject follows it ("… om Fjordråd
 * Mariager Bugt Fjordrådet har …"); a status word after a name of two
 * is the page's cell, no part of it ("… i Region Nordby Åbent Udvalget
 * for …" - the cell's words are cut off the title elsewhere). */
static void test_name_of_three_words(void **state)
{
    (void)state;
    expect_two("2. Orientering om Fjordråd Mariager Bugt Fjordrådet har holdt "
               "to møder om ålegræs. 3. Samarbejdet med Region Nordby Åbent "
               "Udvalget for trafik drøfter samarbejdet med regionen.",
               "Orientering om Fjordråd Mariager Bugt",
               "Samarbejdet med Region Nordby");
}

/* "Sager 24 - 26 Fold alle ud Meddelelser Sag nr. 24": a web page's
 * button that unfolds every item, its label run into the first item's
 * title by the flattening, is no part of the title. */
static void test_fold_all_label_before_title(void **state)
{
    (void)state;
    static const char text[] =
        "Social- og Sundhedsudvalget\n\n"
        "Transkript\n\n"
        "1 Social- og Sundhedsudvalget 05-04-2022 Medlemmer Formand Eva "
        "Holm (A) Bo Dal (C) Sager 24 - 26 Fold alle ud Meddelelser Sag "
        "nr. "
        "24 Beslutningskompetence: SOSU Sagens kerne Oversigt fremlægges "
        "til "
        "orientering. Indstilling\n\n"
        "2 Meddelelserne forelægges til orientering. Beslutning Taget til "
        "efterretning. Plejeboliger Sag nr. 25 Beslutningskompetence: SOSU "
        "Sagens kerne Fra 10. januar til 11. marts 2022 blev 29 "
        "ansøgninger behandlet. Beslutning Taget til efterretning. "
        "Eventuelt Sag nr. 26 Beslutningskompetence: SOSU Beslutning "
        "Intet.\n";
    static const char *const labels[] = {"24", "25", "26"};
    static const char *const titles[] = {"Meddelelser", "Plejeboliger",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* An ESDH export prints its attendance field under every heading, the
 * absent numbered ("Afbud: 1. Eva Holm, A"): the numbered name cuts the
 * page's piece right after the field's colon, and a heading ending in a
 * bracket ("… (FOR LUKKEDE DØRE)") has no lower-case word before the
 * field to end at; the field ends it all the same. */
static void test_absence_field_after_bracket(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Byrådet Mødedato: 14-06-2023 1. Godkendelse af dagsorden "
        "Beslutning Godkendt. Afbud: 1. Eva Holm, A 2. Meddelelser fra "
        "borgmesteren (FOR LUKKEDE DØRE) Afbud: 1. Eva Holm, A 3. Leje af "
        "lokaler til ungdomsklubben Afbud: 1. Eva Holm, A 4. Køb af jord "
        "ved Mosevej (FOR LUKKEDE DØRE) Afbud: Ingen\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Meddelelser fra borgmesteren (FOR LUKKEDE DØRE)",
        "Leje af lokaler til ungdomsklubben",
        "Køb af jord ved Mosevej (FOR LUKKEDE DØRE)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A project's name in Danish print's quotes ("… Projekt ”Båden”
 * Foreningen vil …", also “…”) closes after its last word as a straight
 * quote does: the capitalised word after it opens the text. */
static void test_curly_quote_closes_name(void **state)
{
    (void)state;
    expect_two("2. Projekt ”Båden” Foreningen vil gerne låne vores gamle "
               "jolle til sommerens sejlture. Beslutning Godkendt. 3. "
               "Indsamling “Et tag til hytten” Kassereren har fået tilsagn "
               "fra fire firmaer. Beslutning Drøftet.",
               "Projekt ”Båden”", "Indsamling “Et tag til hytten”");
}

/* A presenter's mark glued onto the first name, even one in lower case
 * ("… genbrugspladsen v/hanne Lise Krog HLK har …"): the name's
 * capitalised words are the title's up to the initials or the subject
 * before the minute's verb ("v/Ole Brandt Foreningen holder …"), where a
 * capital after a word in lower case would read as the minute's first
 * word (round gt). */
static void test_glued_presenter_name(void **state)
{
    (void)state;
    expect_two("2. Besøg på genbrugspladsen v/hanne Lise Krog HLK har talt "
               "med pladsens leder. Beslutning Drøftet. 3. Nyt fra "
               "foreningen v/Ole Brandt Foreningen holder høstmarked i "
               "september. Beslutning Taget til efterretning.",
               "Besøg på genbrugspladsen v/hanne Lise Krog",
               "Nyt fra foreningen v/Ole Brandt");
}

/* The participants a flattened page lists before its items ("Mogens Lau
 * (ML)") open the minutes that say who spoke: a title ending in a place's
 * name ends before the listed person's first name ("… ved Nørreby Mogens
 * Lau fortalte …"), which otherwise reads as the place's own second word
 * (round gt). */
static void test_listed_person_opens_minute(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Naturrådet 5. maj 2021 Deltagere Ida Fjord (IF) Mogens "
        "Lau (ML) Karen Bøg (KB) 1. Godkendelse af dagsorden Godkendt. 2. "
        "Ny sti ved Nørreby Mogens Lau fortalte om stien langs åen. 3. "
        "Oprensning af grøft i Holme Karen Bøg viste kort over grøften. 4. "
        "Regnskab for året Kassereren gennemgik regnskabet. 5. Eventuelt "
        "Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Ny sti ved Nørreby",
        "Oprensning af grøft i Holme", "Regnskab for året", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A title ending in a name the minute repeats as its subject ("… ved
 * Lene Marie Holt Lene Marie Holt viste …") ends after the name's first
 * copy, not inside it; an indstilling's points run on after the heading
 * open with "at" before a name and its verb ("… projekter at Udvalget
 * anbefaler …"), no title's word (round gt). */
static void test_doubled_name_and_that_point(void **state)
{
    (void)state;
    expect_two("2. Besøg hos planteskolen ved Lene Marie Holt Lene Marie "
               "Holt viste rundt i drivhusene. Beslutning Taget til "
               "efterretning. 3. Tilskud til lokale projekter at Udvalget "
               "anbefaler tre ansøgninger at Udvalget afviser den fjerde "
               "Beslutning Godkendt.",
               "Besøg hos planteskolen ved Lene Marie Holt",
               "Tilskud til lokale projekter");
}

/* An abbreviation's compound after a word in lower case ("… den nye
 * IT-strategi") goes on with the title; brackets the transcript emptied
 * of their digits ("( )" for "(2021-2025)") end it as a year would,
 * before the capitalised word of the text (round gt). */
static void test_caps_compound_and_emptied_brackets(void **state)
{
    (void)state;
    expect_two("2. Status for den nye IT-strategi Sekretariatet gennemgik "
               "strategien. Beslutning Drøftet. 3. Handleplan for naturen "
               "( ) Oplæg v/ Ib Stær fra kommunen om planen. Beslutning "
               "Drøftet.",
               "Status for den nye IT-strategi", "Handleplan for naturen ( )");
}

/* A one-word heading over its first dotted sub-item ("3. Høringer 3.1
 * Høring om …") ends before it, as a longer one does ("2. Siden sidst
 * 2.1 …"); a plan's number after its capitalised word ("Lokalplan 65.1")
 * stays inside the title: it is no sub-item of the heading's number
 * (round hc). */
static void test_one_word_heading_over_sub_item(void **state)
{
    (void)state;
    expect_two("2. Siden sidst 2.1 Ny rampe ved biblioteket Rampen er bestilt. "
               "2.2 Parkering ved hallen Der er malet to nye pladser. 3. "
               "Høringer 3.1 Høring om kørselsordningen Rådet drøftede "
               "udkastet og sender et svar. 3.2 Høring om budget Rådet "
               "afventer materialet.",
               "Siden sidst", "Høringer");
}

/* A heading that asks ends at its question mark before the text's
 * capitalised word ("… med skolens fritidsdel? Opfølgning på …"), the
 * mark kept as the heading prints it (round hc). */
static void test_question_ends_title(void **state)
{
    (void)state;
    expect_two("2. Hvordan bruger vi den nye legeplads? Opfølgning fra sidste "
               "møde. Beslutning Drøftet. 3. Skal skolen have en madordning? "
               "Forældrerådet har spurgt ind til prisen. Beslutning Drøftet.",
               "Hvordan bruger vi den nye legeplads?",
               "Skal skolen have en madordning?");
}

/* A short title's full stop before a member's initials and a verb
 * ("Økonomi. EC gennemgik …"): the initials open the minute as a
 * capitalised word does, as after a longer title (round hc). */
static void test_short_title_before_initials(void **state)
{
    (void)state;
    expect_two("2. Økonomi. EC gennemgik regnskabet for foråret. Beslutning "
               "Taget til efterretning. 3. Høringssvar. SF skriver et udkast "
               "til rådets svar. Beslutning Godkendt.",
               "Økonomi", "Høringssvar");
}

/* A presenter's "ved" glued to a slash ("… brugere /ved Niels Udvalget
 * får …") opens a name as "ved" does: the first name is the title's,
 * the text opens after it (round hc). */
static void test_slash_presenter_name(void **state)
{
    (void)state;
    expect_two("2. Nyt fra arbejdsgruppen om skolegården /ved Mette Gruppen "
               "har holdt to møder. Beslutning Taget til efterretning. 3. "
               "Plan for indvielsen /ved Ole Udvalget drøftede datoen. "
               "Beslutning Godkendt.",
               "Nyt fra arbejdsgruppen om skolegården /ved Mette",
               "Plan for indvielsen /ved Ole");
}

/* A template's one-word status cell before the case file's fields
 * ("… til dagsordenen Åbent Sagsnr.: …", Kalundborg's item pages
 * flattened) is the case's, not the title's, as a two-word "Åben sag"
 * is (round hl). */
static void test_one_word_status_before_fields(void **state)
{
    (void)state;
    expect_two("2. Bemærkninger til dagsordenen Åbent Sagsnr.: 326-2024-4410 "
               "J.nr.: 00.01.00 Ingen bemærkninger. 3. Fordeling af puljen "
               "til foreningerne Åbent Sagsnr.: 326-2024-5127 J.nr.: 18.20.00 "
               "Udvalget fordelte puljen.",
               "Bemærkninger til dagsordenen",
               "Fordeling af puljen til foreningerne");
}

/* A case file's label of two words ("Sags ID: EMN", its number lost
 * with the transcript's digits) ends a title that ends in a preposition
 * because the year after it was lost ("Et godt seniorliv i" for "… i
 * 2015"): "Sags" is no name the preposition goes on with. */
static void test_two_word_case_label(void **state)
{
    (void)state;
    expect_two("2. Et godt seniorliv i Sags ID: EMN Resume Udvalget får en "
               "status på arbejdet. Beslutning Taget til efterretning. 3. "
               "Takster for kørsel til dagcentre Sags ID: EMN Resume Taksten "
               "reguleres. Beslutning Anbefales.",
               "Et godt seniorliv i", "Takster for kørsel til dagcentre");
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_title_trimmed),
        cmocka_unit_test(test_name_and_year_before_section),
        cmocka_unit_test(test_kommune_after_place),
        cmocka_unit_test(test_company_form_ends_name),
        cmocka_unit_test(test_minute_after_date),
        cmocka_unit_test(test_short_title_full_stop),
        cmocka_unit_test(test_preposition_i_opens_minute),
        cmocka_unit_test(test_names_after_role),
        cmocka_unit_test(test_subject_after_role),
        cmocka_unit_test(test_role_holder_in_minute),
        cmocka_unit_test(test_article_opens_name),
        cmocka_unit_test(test_page_number_ends_page_line),
        cmocka_unit_test(test_name_of_three_words),
        cmocka_unit_test(test_fold_all_label_before_title),
        cmocka_unit_test(test_absence_field_after_bracket),
        cmocka_unit_test(test_curly_quote_closes_name),
        cmocka_unit_test(test_glued_presenter_name),
        cmocka_unit_test(test_listed_person_opens_minute),
        cmocka_unit_test(test_doubled_name_and_that_point),
        cmocka_unit_test(test_caps_compound_and_emptied_brackets),
        cmocka_unit_test(test_one_word_heading_over_sub_item),
        cmocka_unit_test(test_question_ends_title),
        cmocka_unit_test(test_short_title_before_initials),
        cmocka_unit_test(test_slash_presenter_name),
        cmocka_unit_test(test_one_word_status_before_fields),
        cmocka_unit_test(test_two_word_case_label),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
