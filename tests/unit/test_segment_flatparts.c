/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatparts.c - item boundaries inside a transcript
 * flattened to one line a page (round fr, the flattening probe): a
 * part's heading in capitals after a page footer the flattening left in
 * the middle of a page line, before the item's number without a full
 * stop; a table of contents opening its page line and the first items
 * after it on the same line; an item's number a list in the text before
 * it ran up to by chance; a råd's code before the number ("HR. 3
 * Title") inside a page; a template's "N : Title" after a member list
 * (round fx), a statute's "Stk. 4." heading none, a title opening
 * with the quotation mark ”, a heading whose title runs into the
 * absent's names; a title opening with an ordinal, the long label
 * "Dagsordenspunkt N" (round gd). What stands before an item's number
 * inside a page (added items, statuses, lists, attendees, rooms):
 * test_segment_flatbefore.c. Contents read over page lines and what
 * guards them, the first entry after an unnumbered one, a page number
 * taken for an entry after a lost one, a running header before the
 * contents' and attachments' names (round hx). Each case is a few lines
 * in our own words. */
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

/* "… Fraværende: Aage Brask (A) Side 4 SAGER TIL EFTERRETNING 437 LOKALT
 * …": the printed pages (a "Side N" footer, the part's heading opening
 * the next page) do not fall where the transcript's page lines break, so
 * the footer and the part's heading stand inside a line; the number
 * after them heads an item as it does after the page's own number. */
static void test_caps_part_after_footer_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Vestby Kommune\n\nTranskript\n\n"
        "1 Vestby Kommune Byrådet Beslutningsreferat af møde den 3. maj "
        "2011 kl. 17:00 i Byrådssalen Side 1 Indholdsfortegnelse ÅBEN "
        "DAGSORDEN 71   GODKENDELSE AF DAGSORDEN ........ 2 SAGER TIL "
        "EFTERRETNING 72   KVARTALSRAPPORT FOR MUSEET ........ 3 SAGER TIL "
        "BEHANDLING 73   SALG AF GRUND VED HAVNEN ........ 4\n\n"
        "2 Side 2 ÅBEN DAGSORDEN 71   GODKENDELSE AF DAGSORDEN Beslutning: "
        "Godkendt. Fraværende: Ida Lund (B) Side 3 SAGER TIL EFTERRETNING "
        "72   KVARTALSRAPPORT FOR MUSEET Sagsnr.: 11/301 Sagsfremstilling: "
        "Museet har haft flere besøgende end ventet. Beslutning: Taget til "
        "efterretning. Side 4 SAGER TIL BEHANDLING 73   SALG AF GRUND VED "
        "HAVNEN Sagsnr.: 11/77 Sagsfremstilling: En køber har budt på "
        "grunden. Beslutning: Godkendt. Side 5\n";
    static const char *const labels[] = {"71", "72", "73"};
    static const char *const titles[] = {"GODKENDELSE AF DAGSORDEN",
                                         "KVARTALSRAPPORT FOR MUSEET",
                                         "SALG AF GRUND VED HAVNEN"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "2 Indholdsfortegnelse 1. Title 2. Title 3. Eventuelt 1. Title
 * Sagsfremstilling …": a short meeting's transcript prints its contents
 * and its first items on one page, the page opening with the contents'
 * name. Such a line was kept whole as a contents, its first item lost;
 * cut after the last entry where the first entry's title stands again,
 * it reads on as any page. */
static void test_contents_opening_page_then_items(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTranskript\n\n"
        "1 Referat Skoleudvalget Dato: Onsdag den 18. september 2019 Tid: "
        "Kl. 17:00 Sted: Rådhuset\n\n"
        "2 Indholdsfortegnelse 1. Kvalitetsrapport for skoleåret 2. "
        "Frigivelse af midler til legepladser 3. Eventuelt 1. "
        "Kvalitetsrapport for skoleåret Sagsfremstilling Rapporten "
        "beskriver elevernes resultater og trivsel. Beslutning "
        "Skoleudvalget anbefaler indstillingen.\n\n"
        "3 Fraværende: Bo Holm (V). 2. Frigivelse af midler til "
        "legepladser Sagsfremstilling Der er afsat penge i budgettet. "
        "Beslutning Godkendt. 3. Eventuelt Sagsfremstilling Intet. "
        "Beslutning Intet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Kvalitetsrapport for skoleåret",
                                         "Frigivelse af midler til legepladser",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… tre forhold: 1. … 2. … 3. … læskur. Bemærkningerne sendes videre.
 * 4.      Eventuelt Sagsnr.: …": item 3's text lists three points after
 * a colon, and item 4's number follows them as a fourth point would; its
 * title runs into the case file's fields, which no point of a list does,
 * so it heads the item. The list's own points stay in item 3's text. */
static void test_heading_after_list_in_text(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTranskript\n\n"
        "1 Referat Busgruppen Mødedato: 12.11.2015 1.      Velkomst "
        "Sagsnr.: 330-2014-11 Dok.nr.: 330-2015-71 Formanden bød "
        "velkommen. 2.      Godkendelse af referat Sagsnr.: 330-2014-11 "
        "Dok.nr.: 330-2015-72 Referatet blev godkendt. 3.      Ny "
        "køreplan for bybusserne Sagsnr.: 330-2014-11 Dok.nr.: "
        "330-2015-73 Gruppen pegede på tre forhold: 1. Linje 2 bør køre "
        "længere om aftenen. 2. Skiftet ved stationen er for kort. 3. "
        "Stoppestedet ved skolen mangler et læskur. Bemærkningerne sendes "
        "videre. 4.      Eventuelt Sagsnr.: 330-2014-11 Dok.nr.: "
        "330-2015-74 Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Velkomst", "Godkendelse af referat",
                                         "Ny køreplan for bybusserne",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… til temamøder. HR. 3 Møderække for 2018 …": a handicapråd's
 * template prints its code before every item's number; inside a page
 * it heads the item as on a heading line, after a sentence's end or a
 * colon. */
static void test_council_code_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Handicaprådet\n\nTranskript\n\n"
        "1 Handicaprådet Referat Medlemmer Byråd: Poul Ravn (V), Tina Kjær "
        "(V) Administrationen: Lone Weng Danske Handicaporganisationer: "
        "Yvonne Carlsen, Hugo Tind, Dorte Fogh Øvrige: Maja Rohde, "
        "Sekretær\n\n"
        "2 Ikke til stede: HR. 1 Præsentation og konstituering af rådet "
        "Valg af formand Indstilling Der vælges repræsentanter til de to "
        "poster. Beslutning: Formand Poul Ravn, næstformand Hugo Tind. HR. "
        "2 Handicaprådets økonomi 2018 Rådet drøfter, hvordan midlerne "
        "skal prioriteres. Indstilling Rådet beslutter en model. "
        "Beslutning:\n\n"
        "3 Rådet valgte model 2 med en mindre justering af beløbet til "
        "temamøder. HR. 3 Møderække for 2018 Der foreslås fem møder i "
        "2018, alle om mandagen. Indstilling Møderækken godkendes "
        "Beslutning: Godkendt. HR. 4 Eventuelt Indstilling Ingen. "
        "Beslutning: Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Præsentation og konstituering af rådet", "Handicaprådets økonomi 2018",
        "Møderække for 2018", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Afbud: Tove Dahl (V) 1 : Godkendelse af dagsorden …": a template
 * printing "N : Title", the colon set off by spaces, after a numbered
 * member list; the number follows a party's letter, no sentence's end,
 * and the list's "1. Name" points must not win the chain. */
static void test_spaced_colon_after_member_list(void **state)
{
    (void)state;
    static const char text[] =
        "Vestby Kommune\n\nTranskript\n\n"
        "1 Vestby Kommune Ældrerådet Referat Mødedato: 04.02.2020 "
        "Mødested: Rådhuset, lokale 3 Medlemmer: 1. Ane Bak (A) 2. Tove "
        "Dahl (V) 3. Erik Lyng, Ældre Sagen 4. Kaj Holm, DH 5. Lis Krog "
        "Afbud: Tove Dahl (V) 1 : Godkendelse af dagsorden Beslutning: "
        "Godkendt. 2 : Busruter i landområderne Sagsfremstilling: Rådet "
        "har set på køreplanen. Beslutning: Rådet sender et høringssvar.\n\n"
        "2 3 : Meddelelser Beslutning: Formanden orienterede. 4 : "
        "Eventuelt Beslutning: Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Busruter i landområderne",
                                         "Meddelelser", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… aktive §17, Stk. 4. Strategi og Samskabelse 2030 Tirsdag den …": a
 * committee set up under the law's section, named so in the page's
 * head; the subsection's number after "Stk." heads no item. */
static void test_statute_subsection_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Dagsordener og referater\n\nTranskript\n\n"
        "1 Dagsordener og referater Her finder du dagsordener fra byråd og "
        "udvalg. Se hvilke udvalg der er aktive §17, Stk. 4. Grøn Omstilling "
        "i Vestby 2030 Tirsdag den 05-03-2019 kl. 17:00 Tilbage "
        "Indholdsfortegnelse 6. Godkendelse af dagsorden Sagsnummer: "
        "00.01.00-A00-11-19 Resume Dagsordenen til godkendelse. "
        "Beslutning 1. Godkendt\n\n"
        "2 7. Solceller på skolernes tage Sagsnummer: 00.16.00-G01-12-19 "
        "Sagsfremstilling Udvalget drøfter et forslag om solceller på tre "
        "skoler. Beslutning Drøftet. 8. Meddelelser\n\n"
        "3 Sagsnummer: 00.22.04-G01-13-19 Sagsfremstilling Orientering fra "
        "formanden. Beslutning 1. Taget til efterretning Mødeslut: 19.10\n";
    static const char *const labels[] = {"6", "7", "8"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Solceller på skolernes tage",
                                         "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Afbud fra: Eva Lind 1. ” Det åbne land”. Planafdelingen …": a
 * title quoted with the Danish closing mark ” at both ends opens with a
 * quotation mark, as one opening with “ or a straight quote does. */
static void test_title_opening_with_closing_quote(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i Landsbyrådet\n\nTranskript\n\n"
        "1 Referat af møde i Landsbyrådet mandag den 3. marts 2008 kl. "
        "19.00. Tilstede: Ane Bak, Ole Dahl, Kaj Holm Afbud fra: Eva Lind "
        "1. \xE2\x80\x9D Grønne stier\xE2\x80\x9D. Teknik giver en status på "
        "stierne. Rådet tog orienteringen til efterretning. 2. Regnskab "
        "2007 Regnskabet blev godkendt. 3. Mødeplan 2008 Mødeplanen blev "
        "godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "\xE2\x80\x9D Grønne stier\xE2\x80\x9D", "Regnskab 2007",
        "Mødeplan 2008"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Afbud Aage Brask (V) Nr.12 - Godkendelse af dagsorden Aage Brask (V), Eva
 * Dahl (V)" ending a page line: a template printing the absent under
 * each title; the title running into several persons and parties is no
 * member list's entry (which names one), so the heading stands. */
static void test_heading_running_into_absent_names(void **state)
{
    (void)state;
    static const char text[] =
        "14-09-2015 kl. 18:00\n\nTranskript\n\n"
        "1 14-09-2015 kl. 18:00 Byrådssalen Medlemmer Ane Bak (A) Ole Dahl "
        "(C) Kaj Holm (A) Aage Brask (V) Eva Dahl (V) Lis Krog (B) Afbud Ib "
        "Holm (V) Eva Dahl (V) Nr.12 - Godkendelse af dagsorden Aage Brask "
        "(V), Eva Dahl (V)\n\n"
        "2 Beslutning i Byrådet den 14-09-2015 Aage Brask (V) var fraværende. "
        "Dagsordenen blev godkendt. Nr.13 - Salg af grund ved havnen "
        "Sagsnr.: 15/2137 Aage Brask (V), Eva Dahl (V) Sagsfremstilling En "
        "køber har budt på grunden. Beslutning i Byrådet den 14-09-2015 "
        "Godkendt. Nr.14 - Meddelelser Aage Brask (V), Eva Dahl (V) "
        "Beslutning i Byrådet den 14-09-2015 Taget til efterretning.\n";
    static const char *const labels[] = {"12", "13", "14"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Salg af grund ved havnen", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Beslutning Godkendt. 172. 2. behandling af budget 2022 …" and "…
 * Tiltrådt. 3. 1. behandling af …" inside a page: a title opening with
 * an ordinal has no capital, so its number was no heading there (a
 * page line's start only), also after the page's own number ("3
 * 175. 2. halvårs …"); a date's day before it ("den 5. 2. behandling")
 * and a list's run stay text. */
static void test_ordinal_title_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet\n\nTranskript\n\n"
        "1 Referat Byrådet mødet den 13. december 2021 kl. 18:00 i "
        "Byrådssalen 171. Godkendelse af dagsorden Beslutning Tiltrådt. "
        "Afbud: Ane Bak og Ole Dahl. 172. 2. behandling af budget 2022 "
        "Sagsnr.: 21/1102 Sagsfremstilling Budgettet blev drøftet den 5. "
        "2. behandling sker i dag.\n\n"
        "2 Beslutning Vedtaget. 173. 1. behandling af takster for 2022 "
        "Sagsnr.: 21/1180 Sagsfremstilling Taksterne for affald og vand "
        "stiger med 2 pct. fra den 1. januar, og taksten for "
        "dagtilbud følger prisudviklingen. Beslutning Godkendt. 174. "
        "Meddelelser Borgmesteren orienterede om mødet med regionen. "
        "Beslutning Taget til efterretning.\n\n"
        "3 175. 2. halvårs regnskab for havnen Sagsnr.: 21/1203 "
        "Sagsfremstilling Havnen har haft flere anløb end ventet, og "
        "regnskabet viser et overskud, som overføres til næste år efter "
        "reglerne for havnens økonomi. Beslutning Taget til "
        "efterretning. 176. Eventuelt Beslutning Intet.\n";
    static const char *const labels[] = {"171", "172", "173",
                                         "174", "175", "176"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",          "2. behandling af budget 2022",
        "1. behandling af takster for 2022", "Meddelelser",
        "2. halvårs regnskab for havnen",    "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Beslutning: Godkendt. 3 / 8 Dagsordenspunkt 2 Title …": a
 * template labelling each item with the long word "Dagsordenspunkt N"
 * (the title on the next printed line), read inside a flattened page as
 * "Punkt N" is; a page footer "N / M" before it. */
static void test_long_label_word_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Kulturudvalget\n\nTranskript\n\n"
        "1 Kulturudvalget Referat fra møde Tirsdag den 7. februar 2012 kl. "
        "16.00 i Borgerhuset Mødet slut kl. 18.00 MØDEDELTAGERE Eva Dahl "
        "(A) Aage Brask (V) 1 / 6 Dagsordenspunkt 1 Nyt tag på "
        "svømmehallen Sagsfremstilling: Taget er utæt flere steder, og "
        "en reparation koster mere end et nyt. Beslutning: Godkendt. 2 / "
        "6 Dagsordenspunkt 2 Tilskud til byfesten Sagsfremstilling: "
        "Foreningen søger om 20.000 kr.\n\n"
        "2 Beslutning: Godkendt. 3 / 6 Dagsordenspunkt 3 Meddelelser "
        "Sagsfremstilling: Formanden orienterede om mødet med "
        "idrætsforeningerne og om planen for sommerens arrangementer i "
        "parken, som holdes i samarbejde med biblioteket og musikskolen. "
        "Beslutning: Taget til efterretning. 4 / 6\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Nyt tag på svømmehallen",
                                         "Tilskud til byfesten", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Contents that run on over their page line's end (round hs, Tønder's
 * transcripts): the entries read on the next page line after its number
 * (the first entry's number left at the line's end), one list whose
 * last entry ends before the page's footer; the column heads and the
 * open part's heading before the first entry. */
static void test_contents_over_page_line(void **state)
{
    (void)state;
    static const char text[] =
        "Dagsorden - Kystby Kommune\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Kystby Kommune - Byrådet Dagsorden Mødedato: 4. marts 2021 "
        "Mødelokale: Byrådssalen Fraværende: 4. marts 2021 Kystby Kommune "
        "- Byrådet Dagsorden Indholdsfortegnelse Pkt. Tekst Åbne "
        "dagsordenspunkter Side 1 Godkendelse af dagsorden 3 2 Ny legeplads "
        "ved Havnegade 4 3 Takster for vinterbadning 5 4\n"
        "\n"
        "2 Tilskud til sommerkoncert i parken 6 5 Valg af medlem til "
        "ungdomsrådet. 7 Lukkede dagsordenspunkter 6 Salg af grund på "
        "Ravnsvej 4. marts 2021 8 4. marts 2021 2\n"
        "\n"
        "3 Kystby Kommune - Byrådet Dagsorden 1. Godkendelse af dagsorden "
        "Beslutning Godkendt. 4. marts 2021 3\n"
        "\n"
        "4 Kystby Kommune - Byrådet Dagsorden 2. Ny legeplads ved Havnegade "
        "Beslutning Godkendt. 4. marts 2021 4\n"
        "\n"
        "5 Kystby Kommune - Byrådet Dagsorden 3. Takster for vinterbadning "
        "Beslutning Godkendt. 4. marts 2021 5\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden",        "Ny legeplads ved Havnegade",
        "Takster for vinterbadning",       "Tilskud til sommerkoncert i parken",
        "Valg af medlem til ungdomsrådet", "Salg af grund på Ravnsvej"};
    struct mnt_doc d;
    struct mnt_toc t;
    assert_int_equal(mnt_doc_init(&d, text, strlen(text)), ERR_OK);
    assert_int_equal(mnt_flat_toc(&d, &t), 6);
    assert_int_equal(t.first, 1);
    assert_true(t.last > t.line);
    for (size_t k = 0; k < 6; k++) {
        const struct mnt_line *l = &d.lines[t.e[k].line];
        size_t n = t.e[k].end - t.e[k].off;
        assert_true(t.e[k].line == (k < 3 ? t.line : t.last));
        /* entry 5 keeps the closed part's heading after it, entry 6 the
         * footer's day and month (both left) */
        assert_true(k >= 4 ? n >= strlen(titles[k]) : n == strlen(titles[k]));
        assert_memory_equal(l->s + t.e[k].off, titles[k], strlen(titles[k]));
    }
    mnt_doc_fini(&d);
}

/* A contents of titles and page numbers alone ("Følgende sager behandles
 * på mødet Side TITEL 2 TITEL 4 …", no entry numbers): the first number
 * found more than 40 bytes after the mark is a page's number ending a
 * title, not entry 2, unless entry 3 follows it; read as entry 2 it cut
 * the next title in two (the rest taken for a lost entry 3), every
 * later title one item down. */
static void test_contents_late_number_needs_next(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet Referat fra ordinært møde 9. maj 2019 Torsdag 09.05.2019 "
        "kl. 18:00 Rådhuset Følgende sager behandles på mødet Side "
        "UDVIDELSE AF PLEJECENTERET VED SKOVLY 2 ROKLUBBEN SØGER OM NY "
        "BÅDEHAL 4 MEDDELELSER 6 SPØRGETID FØR MØDET 7\n"
        "\n"
        "UDVIDELSE AF PLEJECENTERET VED SKOVLY\n"
        "\n"
        "Sagen forelægges til beslutning.\n"
        "\n"
        "ROKLUBBEN SØGER OM NY BÅDEHAL\n"
        "\n"
        "Sagen forelægges til beslutning.\n"
        "\n"
        "MEDDELELSER\n"
        "\n"
        "Ingen.\n";
    struct mnt_doc d;
    struct mnt_toc t;
    assert_int_equal(mnt_doc_init(&d, text, strlen(text)), ERR_OK);
    assert_int_equal(mnt_flat_toc(&d, &t), 0);
    mnt_doc_fini(&d);
}

/* A web page's "Indholdsfortegnelse" heading the items themselves,
 * flattened a page a line ("Indholdsfortegnelse 1. Fraværende Resume …
 * Til toppen 2. …"): its entries are items' bodies, none ending in a
 * page number, so they are not read on over the page line (that made
 * the whole transcript one list of entries). */
static void test_item_bodies_not_read_over_page_line(void **state)
{
    (void)state;
    static const char text[] =
        "Dagsorden - Ældrerådet\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Ældrerådet - Referat Dato: 9. marts 2022 Lokale: Mødelokale B "
        "Tidspunkt: Kl. 10:00 Indholdsfortegnelse 1. Fraværende Resume "
        "Sagsforløb: ÆR Beslutning Hanne Mølgaard fraværende. Til toppen 2. "
        "Bemærkninger til dagsordenen Resume Sagsforløb: ÆR\n"
        "\n"
        "2 Sagsfremstilling Eventuelle bemærkninger til dagsordenen. "
        "Beslutning Ingen bemærkninger. Til toppen 3. Nye åbningstider i "
        "aktivitetscentret Resume Sagsforløb: ÆR/ÆO Centret ændrer sine "
        "åbningstider fra april. Beslutning Taget til efterretning. Til "
        "toppen\n"
        "\n"
        "3 Beslutning Taget til efterretning. Til toppen 4. Eventuelt Resume "
        "Sagsforløb: ÆR Beslutning Næste møde holdes i Kulturhuset. Til "
        "toppen\n";
    struct mnt_doc d;
    struct mnt_toc t;
    assert_int_equal(mnt_doc_init(&d, text, strlen(text)), ERR_OK);
    assert_int_equal(mnt_flat_toc(&d, &t), 2);
    assert_int_equal(t.last, t.line);
    mnt_doc_fini(&d);
}

/* "2 BYRÅDET Dagsorden Indholdsfortegnelse …", "3 BYRÅDET Dagsorden
 * Bilagsoversigt 2. Title 1. Attachment …": the running header every
 * page prints stands before the contents' and the attachments' names, so
 * they do not open their page lines; kept whole all the same, the
 * attachments' list names no item (it cost item 1). */
static void test_running_head_before_attachments_mark(void **state)
{
    (void)state;
    static const char text[] =
        "Åben. BYRÅDET Dagsorden. Mødested. Byrådssalen.\n\n"
        "Transkript\n\n"
        "1 BYRÅDET Dagsorden Åben Mødested Byrådssalen Mødedato Tirsdag den "
        "14. juni 2016 Mødetidspunkt Kl Bemærkninger Medlemmer Fra "
        "forvaltningen Åbent møde i Byrådssalen. Der er ingen sager på "
        "lukket dagsorden.\n\n"
        "2 BYRÅDET Dagsorden Indholdsfortegnelse Punkt nr. Side 1 "
        "Meddelelser 4 2 Nye takster for svømmehallen 5 3 Ombygning af "
        "biblioteket i Nordby 6 4 Salg af grund ved Møllevej 7 "
        "Bilagsoversigt 8\n\n"
        "3 BYRÅDET Dagsorden Bilagsoversigt 2. Nye takster for svømmehallen "
        "1. Takstblad for svømmehallen 3. Ombygning af biblioteket i Nordby "
        "1. Tegninger af ombygningen 4. Salg af grund ved Møllevej 1. Kort "
        "over grunden\n\n"
        "4 BYRÅDET Dagsorden 1 Meddelelser Sag nr. Borgmesteren orienterer "
        "om vejarbejdet på Torvet. Beslutning Byrådet\n\n"
        "5 BYRÅDET Dagsorden 2 Nye takster for svømmehallen Sag nr. Resumé "
        "Taksterne hæves med fem procent. Forslag Kultur- og "
        "Fritidsudvalget anbefaler de nye takster. Beslutning Byrådet\n\n"
        "6 BYRÅDET Dagsorden 3 Ombygning af biblioteket i Nordby Sag nr. "
        "Resumé Biblioteket får nyt indgangsparti og café. Forslag Kultur- "
        "og Fritidsudvalget anbefaler, at der gives en anlægsbevilling. "
        "Beslutning Byrådet\n\n"
        "7 BYRÅDET Dagsorden 4 Salg af grund ved Møllevej Sag nr. Resumé En "
        "køber har budt på grunden. Forslag Økonomiudvalget anbefaler "
        "salget. Beslutning Byrådet\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Meddelelser", "Nye takster for svømmehallen",
        "Ombygning af biblioteket i Nordby", "Salg af grund ved Møllevej"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    for (size_t k = 0; k < 4; k++)
        assert_int_equal(m.items[k].first_line, 11 + 2 * k);
    mnt_meeting_fini(&m);
}

/* "Indholdsfortegnelse Punkt nr. Side Bilagsoversigt 3 1 Meddelelser 4
 * 2 …": an entry with no number of its own (the attachments' list)
 * before the first; the first number after the mark is its page, the
 * number right after it entry 1's, where entry 2 follows. */
static void test_contents_first_entry_after_unnumbered(void **state)
{
    (void)state;
    static const char text[] =
        "Åben. BYRÅDET Dagsorden. Mødested. Byrådssalen.\n\n"
        "Transkript\n\n"
        "1 BYRÅDET Dagsorden Indholdsfortegnelse Punkt nr. Side "
        "Bilagsoversigt 3 1 Meddelelser 4 2 Nye takster for svømmehallen 5 "
        "3 Ombygning af biblioteket i Nordby 6\n\n"
        "2 BYRÅDET Dagsorden 1 Meddelelser Sag nr. Borgmesteren orienterer "
        "om vejarbejdet på Torvet. Beslutning Byrådet\n";
    struct mnt_doc d;
    struct mnt_toc t;
    assert_int_equal(mnt_doc_init(&d, text, strlen(text)), ERR_OK);
    assert_int_equal(mnt_flat_toc(&d, &t), 3);
    assert_int_equal(t.first, 1);
    assert_int_equal(t.e[0].end - t.e[0].off, strlen("Meddelelser"));
    assert_memory_equal(d.lines[t.e[0].line].s + t.e[0].off, "Meddelelser",
                        strlen("Meddelelser"));
    mnt_doc_fini(&d);
}

/* "… 3......... Eventuelt 5 Åben del 1.   Meddelelser fra formanden
 * …": in a contents whose entries end in their page numbers, the number
 * right after the last title is its page, not entry 5 after a lost entry
 * 4; read as that, the walk stopped and the first item, on the same
 * line after the contents, was lost. */
static void test_contents_page_not_lost_entry(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTranskript\n\n"
        "1 Referat fra møde i Kulturudvalget Referat åben Mødedato 4. april "
        "2012 Mødetidspunkt 16.00 Mødelokale Mødelokale 3 Bemærkninger "
        "Ingen afbud.\n\n"
        "2 Indholdsfortegnelse Åben del 3 1......... Meddelelser fra "
        "formanden. 3 2......... Nyt tag på hallen 4 3......... Eventuelt 5 "
        "Åben del 1.         Meddelelser fra formanden 002211-2012 "
        "Beslutning Formanden orienterede om sommerens koncerter.\n\n"
        "3 2.         Nyt tag på hallen 004410-2012 Sagsfremstilling Taget "
        "er utæt. Beslutning Godkendt.\n\n"
        "4 3.         Eventuelt Beslutning Intet.\n";
    struct mnt_doc d;
    struct mnt_toc t;
    assert_int_equal(mnt_doc_init(&d, text, strlen(text)), ERR_OK);
    assert_int_equal(mnt_flat_toc(&d, &t), 3);
    assert_true(t.after > 0);
    assert_memory_equal(d.lines[t.last].s + t.after, "1. ", 3);
    mnt_doc_fini(&d);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_caps_part_after_footer_inside_page),
        cmocka_unit_test(test_contents_opening_page_then_items),
        cmocka_unit_test(test_heading_after_list_in_text),
        cmocka_unit_test(test_council_code_inside_page),
        cmocka_unit_test(test_spaced_colon_after_member_list),
        cmocka_unit_test(test_statute_subsection_no_heading),
        cmocka_unit_test(test_title_opening_with_closing_quote),
        cmocka_unit_test(test_heading_running_into_absent_names),
        cmocka_unit_test(test_ordinal_title_inside_page),
        cmocka_unit_test(test_long_label_word_inside_page),
        cmocka_unit_test(test_contents_over_page_line),
        cmocka_unit_test(test_contents_late_number_needs_next),
        cmocka_unit_test(test_item_bodies_not_read_over_page_line),
        cmocka_unit_test(test_running_head_before_attachments_mark),
        cmocka_unit_test(test_contents_first_entry_after_unnumbered),
        cmocka_unit_test(test_contents_page_not_lost_entry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
