/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_capitals.c - titles set in capitals (Frederikshavn,
 * Tønder, Lejre, Struer, Hørsholm print every item's title so): the
 * classes round ex found by setting every fixture's titles in capitals.
 * Each case is a few lines in our own words. */
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

/* A transcript's pages, each item's number without a full stop before
 * its title in capitals and its case fields: a number inside the title
 * ("LOKALPLAN NR. 118 FOR …", "… AF LOKALPLAN 118 BOLIGER …") follows
 * two words in capitals, so it heads no item, neither before the fields
 * nor as the number after a page's "part heading" in capitals. */
static void test_caps_title_inner_number(void **state)
{
    (void)state;
    static const char before_fields[] =
        "1 Referat fra mødet i Økonomiudvalget Mødedato: Mandag den 3. "
        "september 2012 Mødested: Rådhuset, mødelokale 2 Medlemmer: Jens "
        "Lund (A) Berit Holm (V) Ole Bach (C)\n"
        "\n"
        "2 41 GODKENDELSE AF DAGSORDEN Sagsnr.: 12/1102 Sagen afgøres i: "
        "Økonomiudvalget Beslutning: Godkendt. Fraværende: Ingen 42 "
        "LOKALPLAN NR. 118 FOR BOLIGER VED SKOVVEJ Sagsnr.: 12/2204 "
        "Sagen afgøres i: Byrådet Sagsbeskrivelse: Planen giver mulighed "
        "for 30 rækkehuse. Beslutning: Anbefales. Fraværende: Ingen\n"
        "\n"
        "3 43 SALG AF GRUND PÅ MØLLEVEJ Sagsnr.: 12/3301 Sagen afgøres "
        "i: Byrådet Sagsbeskrivelse: Grunden har været udbudt. "
        "Beslutning: Anbefales. Fraværende: Ingen\n";
    static const char after_page_number[] =
        "1 Referat fra mødet i Økonomiudvalget Mødedato: Mandag den 3. "
        "september 2012 Mødested: Rådhuset, mødelokale 2 Medlemmer: Jens "
        "Lund (A) Berit Holm (V) Ole Bach (C)\n"
        "\n"
        "2 41 GODKENDELSE AF DAGSORDEN Sagsnr.: 12/1102 Sagen afgøres i: "
        "Økonomiudvalget Beslutning: Godkendt. Fraværende: Ingen\n"
        "\n"
        "3 42 ENDELIG VEDTAGELSE AF LOKALPLAN 118 BOLIGER VED SKOVVEJ "
        "Sagsnr.: 12/2204 Sagen afgøres i: Byrådet Sagsbeskrivelse: "
        "Planen giver mulighed for 30 rækkehuse. Beslutning: Anbefales. "
        "Fraværende: Ingen 43 SALG AF GRUND PÅ MØLLEVEJ Sagsnr.: 12/3301 "
        "Sagen afgøres i: Byrådet Sagsbeskrivelse: Grunden har været "
        "udbudt. Beslutning: Anbefales. Fraværende: Ingen\n";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const first[] = {
        "GODKENDELSE AF DAGSORDEN", "LOKALPLAN NR. 118 FOR BOLIGER VED SKOVVEJ",
        "SALG AF GRUND PÅ MØLLEVEJ"};
    static const char *const second[] = {
        "GODKENDELSE AF DAGSORDEN",
        "ENDELIG VEDTAGELSE AF LOKALPLAN 118 BOLIGER VED SKOVVEJ",
        "SALG AF GRUND PÅ MØLLEVEJ"};
    struct mnt_meeting m;
    parse_text(before_fields, &m);
    expect_items(&m, 3, labels, first);
    mnt_meeting_fini(&m);
    parse_text(after_page_number, &m);
    expect_items(&m, 3, labels, second);
    mnt_meeting_fini(&m);
}

/* Flattened pages, titles in capitals: an ordinal after a dash counts
 * the title's noun ("BUDGET 2013-2016 - 1. BEHANDLING", "… – 2. MØDE"),
 * as after a comma - no heading "1." of its own, though in sequence. */
static void test_caps_title_dash_ordinal(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Kommunalbestyrelsen mandag den 8. oktober 2012 Kl. "
        "18:00 i Byrådssalen Medlemmer: Per Holm (A), Lis Krog (V), Ib "
        "Dam (F)\n"
        "\n"
        "2 Referat Kommunalbestyrelsen mandag den 8. oktober 2012 Side 2 "
        "1. GODKENDELSE AF DAGSORDEN Sagsnr.: 12/5501 Beslutning: "
        "Godkendt. 2. BUDGET 2013-2016 - 1. BEHANDLING Sagsnr.: 12/4410 "
        "Resume: Forslaget oversendes til 2. behandling. Beslutning: "
        "Oversendt. 3. BUDGET PÅ TEKNISK OMRÅDE – 2. MØDE Sagsnr.: "
        "12/4470 Beslutning: Taget til efterretning. 4. SALG AF GRUND PÅ "
        "KIRKEVEJ Sagsnr.: 12/6012 Beslutning: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "GODKENDELSE AF DAGSORDEN", "BUDGET 2013-2016 - 1. BEHANDLING",
        "BUDGET PÅ TEKNISK OMRÅDE – 2. MØDE", "SALG AF GRUND PÅ KIRKEVEJ"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Flattened pages, titles in capitals: a number after a preposition in
 * capitals is the title's ("INDRETNING AF 1. SAL", "SALG AF 3 GRUNDE");
 * no heading follows a preposition. */
static void test_caps_title_number_after_preposition(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Økonomiudvalget onsdag den 14. april 2010 Kl. 16:00 i "
        "Mødelokale 3 Medlemmer: Per Holm (A), Lis Krog (V), Ib Dam (F)\n"
        "\n"
        "2 Referat Økonomiudvalget onsdag den 14. april 2010 Side 2 76. "
        "GODKENDELSE AF DAGSORDEN Sagsnr.: 10/5501 Beslutning: Godkendt. "
        "77. UDLEJNING AF LOKALER I RÅDHUSET, INDRETNING AF 1. SAL "
        "Sagsnr.: 10/4410 Resume: Lokalerne på første sal lejes ud. "
        "Beslutning: Anbefales. 78. SALG AF 3 GRUNDE I SKOVBY Sagsnr.: "
        "10/4470 Beslutning: Godkendt.\n";
    static const char *const labels[] = {"76", "77", "78"};
    static const char *const titles[] = {
        "GODKENDELSE AF DAGSORDEN",
        "UDLEJNING AF LOKALER I RÅDHUSET, INDRETNING AF 1. SAL",
        "SALG AF 3 GRUNDE I SKOVBY"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Flattened pages under a running header, no contents, titles in
 * capitals: "… Godkendt. 302. OVERFØRSEL AF MIDLER … Sagsnr J.nr …" -
 * the full stop before the capitals is the heading's number's, so the
 * capitals are its title, not a heading of their own (which left the
 * number with none). */
static void test_caps_title_after_its_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 BYRÅDET I SKOVBY KOMMUNE REFERAT FRA MØDE NR. 12 TORSDAG DEN "
        "18. JUNI 2009, KL PÅ RÅDHUSET, MØDESALEN\n"
        "2 Byrådet 18. juni 2009 Side: 2 Fraværende: Eva Lund, Karl Bro. "
        "Til behandling forelå: intet\n"
        "3 Byrådet 18. juni 2009 Side: 3 SAGER TIL AFGØRELSE 301. "
        "REGNSKAB 2008 Sagsnr J.nr Regnskabet for 2008 viser et "
        "overskud, og revisionen har ingen bemærkninger til det. "
        "Beslutning: Godkendt. 302. OVERFØRSEL AF MIDLER TIL 2009 Sagsnr "
        "J.nr Udvalgene har et mindreforbrug, som foreslås overført til "
        "næste år. Beslutning: Godkendt.\n"
        "4 Byrådet 18. juni 2009 Side: 4 303. SALG AF GRUNDE I STRANDBY "
        "Sagsnr J.nr Der er kommet bud på tre af de fem grunde, og de "
        "sælges til de bydende. Beslutning: Godkendt. Fraværende: Eva "
        "Lund, Karl Bro.\n";
    static const char *const labels[] = {"301", "302", "303"};
    static const char *const titles[] = {"REGNSKAB 2008",
                                         "OVERFØRSEL AF MIDLER TIL 2009",
                                         "SALG AF GRUNDE I STRANDBY"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page, titles in capitals: the text after the last title
 * is one word and its full stop ("GENSIDIG ORIENTERING Intet."), and
 * the title ends before it as before a longer sentence. */
static void test_caps_title_before_one_word(void **state)
{
    (void)state;
    static const char text[] =
        "1 Ældrerådet Referat Møde den 12. april 2011 kl. 14.00\n"
        "\n"
        "2 Ældrerådet side 2 1. GODKENDELSE AF DAGSORDEN Dagsordenen "
        "blev godkendt uden bemærkninger. 2. ÆLDRERÅDETS ÅRSBERETNING "
        "Udkast til årsberetning for 2010 blev gennemgået og godkendt. "
        "Beretningen sendes til Byrådet. 3. GENSIDIG ORIENTERING Intet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"GODKENDELSE AF DAGSORDEN",
                                         "ÆLDRERÅDETS ÅRSBERETNING",
                                         "GENSIDIG ORIENTERING"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page, titles in capitals, each followed by a field's
 * label and its colon ("REFERATER FRA UDVALGETS MØDER Bilag: Punkt 2:
 * …", a transcript of a råd's minutes): the label ends the title as a
 * sentence's first word does (round fz's caps probe). */
static void test_caps_title_before_field_label(void **state)
{
    (void)state;
    static const char text[] =
        "1 Seniorrådet Referat Møde den 9. marts 2016 kl. 10.00\n"
        "\n"
        "2 1. GODKENDELSE AF DAGSORDEN Beslutning: Godkendt. 2. REFERATER "
        "FRA UDVALGETS MØDER Bilag: Punkt 2: Referater fra møderne den 3. "
        "og 17. februar 2016. Beslutning: Taget til efterretning. 3. "
        "HØRING OM NY BUSPLAN Bilag: Høringsbrev. Beslutning: Rådet "
        "svarer inden fristen.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"GODKENDELSE AF DAGSORDEN",
                                         "REFERATER FRA UDVALGETS MØDER",
                                         "HØRING OM NY BUSPLAN"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Acadre's case fields before a title in capitals, no contents: the
 * case handler's name is two capitalised words, and a word in capitals
 * after them opens the title ("Sagsbehandler: Kim Holt STIPLAN FOR
 * BYMIDTEN Baggrund …"), never a third part of the name. */
static void test_caps_title_after_handler(void **state)
{
    (void)state;
    static const char text[] =
        "1 Teknisk Udvalg Referat fra ordinært møde Tirsdag den 6. juni "
        "2017 kl. 16.00 Mødested: Mødelokale 1, Rådhuset Deltagere: Eva "
        "Lind (A), Bo Kjær (V), Ane Moos (C)\n"
        "\n"
        "2 Teknisk Udvalg Punkt: 1 Acadre sagsnr.: 17/20101 Journalnr.: "
        "A00 Sagsforløb: TU - Åben sag Mødedato: Sagsansvarlig enhed: "
        "Sekretariatet Sagsbehandler: Lone Bech MEDDELELSER Baggrund "
        "Formanden orienterede om vejarbejdet på Stationsvej, som "
        "afsluttes i august. Beslutning Taget til efterretning. Teknisk "
        "Udvalg Tirsdag den Side 2\n"
        "\n"
        "3 Teknisk Udvalg Punkt: 2 Acadre sagsnr.: 17/20102 Journalnr.: "
        "P20 Sagsforløb: TU-KB - Åben sag Mødedato: Sagsansvarlig enhed: "
        "Vej og Park Sagsbehandler: Kim Holt STIPLAN FOR BYMIDTEN "
        "Baggrund Planen peger på fire nye stier, og den første anlægges "
        "langs åen i 2018. Beslutning Anbefales. Teknisk Udvalg Tirsdag "
        "den Side 3\n"
        "\n"
        "4 Teknisk Udvalg Punkt: 3 Acadre sagsnr.: 17/20103 Journalnr.: "
        "G01 Sagsforløb: TU-KB - Åben sag Mødedato: Sagsansvarlig enhed: "
        "Ejendomme Sagsbehandler: Finn Dal UDLEJNING AF DEN GAMLE SKOLE "
        "Baggrund En forening vil leje bygningen i tre år til "
        "værksteder. Beslutning Anbefales. Teknisk Udvalg Tirsdag den "
        "Side 4\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"MEDDELELSER", "STIPLAN FOR BYMIDTEN",
                                         "UDLEJNING AF DEN GAMLE SKOLE"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A letterhead in capitals naming a committee with "for" ("UDVALGET FOR
 * BØRN OG UNGE"): the name as its words print it elsewhere, "Udvalget
 * for Børn og Unge" - not the field "UDVALG" over a value "ET FOR …",
 * which read the name's first word as a key. The name ends at the first
 * word with a small letter. */
static void test_caps_council_for(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "REFERAT\n\nUDVALGET FOR BØRN OG UNGE\n\nMødedato: 12. marts 2019\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n",
        "UDVALGET FOR NATUR, TEKNIK & MILJØ Referat\n\nMødedato: 12. marts "
        "2019\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\n"
        "Intet.\n",
        "Åbent Referat til UDVALGET FOR KULTUR OG FRITID Mødedato: Tirsdag "
        "den 8. september 2015 Mødested: Rådhuset\n\n1. Godkendelse af "
        "dagsorden\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n"};
    static const char *const want[] = {"Udvalget for Børn og Unge",
                                       "Udvalget for Natur, Teknik & Miljø",
                                       "Udvalget for Kultur og Fritid"};
    for (size_t k = 0; k < 3; k++) {
        struct mnt_meeting m;
        parse_text(texts[k], &m);
        assert_non_null(m.council);
        assert_string_equal(m.council, want[k]);
        mnt_meeting_fini(&m);
    }
}

/* Flattened pages, titles in capitals: an amount's unit after its
 * number stops as an abbreviation ("… PÅ 4 MIO. KR. AFSAT I BUDGET 2010"),
 * the title goes on in capitals after it; a sentence after a title still
 * ends it ("… 2,5 MIO. KR. Udvalget …" is no title's). */
static void test_caps_title_amount_unit(void **state)
{
    (void)state;
    static const char text[] =
        "FORRETNINGSUDVALGET Mandag den 4. januar 2010 Kl. 10.00 "
        "Regionsgården i Hillerød, mødelokale H 6. Møde nr. 1\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"FORRETNINGSUDVALGET Mandag den 4. januar 2010 Kl. "
        "10.00 Regionsgården i Hillerød, mødelokale H 6. Møde nr. 1\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 BESLUTNINGER REGION HOVEDSTADEN FORRETNINGSUDVALGET Mandag den "
        "4. januar 2010 Kl Regionsgården i Hillerød, mødelokale H 6 Møde "
        "nr. 1 Medlemmer: Per Holm Lis Krog Ib Dam Ane Bech Ole Fisker Eva "
        "Lund Kaj Moos Rita Vang Tom Juhl Ulla Bro Finn Ravn Gry Due Bo "
        "Kjær Fraværende: Ib Dam ved sag nr. 3 Ane Bech ved sag nr. 3 Bo "
        "Kjær 1\n"
        "\n"
        "2 Indholdsfortegnelse 1. Meddelelser Henvendelse om at frigive "
        "puljen på 4 mio. kr. afsat i budget Anlægsregnskab for ny skole "
        "Side 2\n"
        "\n"
        "3 Den 4. januar 2010 FORRETNINGSUDVALGET SAG NR. 1 MEDDELELSER "
        "RESUME Formanden orienterede. FORRETNINGSUDVALGETS BESLUTNING "
        "Taget til efterretning. Side 2\n"
        "\n"
        "4 Den 4. januar 2010 FORRETNINGSUDVALGET SAG NR. 2 HENVENDELSE OM "
        "AT FRIGIVE PULJEN PÅ 4 MIO. KR. AFSAT I BUDGET 2010 RESUME Puljen "
        "er bundet til en plan. FORRETNINGSUDVALGETS BESLUTNING Drøftet. "
        "Side 3\n"
        "\n"
        "5 Den 4. januar 2010 FORRETNINGSUDVALGET SAG NR. 3 ANLÆGSREGNSKAB "
        "FOR NY SKOLE RESUME Byggeriet kostede 12 mio. kr. Udgiften holdt "
        "sig i rammen. FORRETNINGSUDVALGETS BESLUTNING Anbefales. Side 4\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "MEDDELELSER",
        "HENVENDELSE OM AT FRIGIVE PULJEN PÅ 4 MIO. KR. AFSAT I BUDGET 2010",
        "ANLÆGSREGNSKAB FOR NY SKOLE"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_caps_council_for),
        cmocka_unit_test(test_caps_title_inner_number),
        cmocka_unit_test(test_caps_title_dash_ordinal),
        cmocka_unit_test(test_caps_title_number_after_preposition),
        cmocka_unit_test(test_caps_title_after_its_number),
        cmocka_unit_test(test_caps_title_before_one_word),
        cmocka_unit_test(test_caps_title_before_field_label),
        cmocka_unit_test(test_caps_title_after_handler),
        cmocka_unit_test(test_caps_title_amount_unit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
