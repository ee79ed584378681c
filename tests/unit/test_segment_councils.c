/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_councils.c - which council and authority a meeting's
 * minutes are from (lib/minutes council.c, council_names.c, authority.c),
 * on the classes of issue 11 left after the metadata rounds: councils
 * printed only as their abbreviation (resolved where the document itself
 * says what it stands for), committees named without a council noun,
 * regions printed in capitals, advisory councils of several
 * municipalities, "Grønt Råd", a municipality named only by a town, and
 * temporary committees (§ 17, stk. 4).
 * Each case is a few lines written for this test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "meta_util.h"
#include "minutes/minutes.h"
#include "test_filter.h"

/* "Referat KB 12.3.2020": the few abbreviations every Danish council uses
 * for its own name; others ("TMU", "BKU") only where the text spells them
 * out, in brackets or as the initials of a council it names; never an
 * abbreviation it does not explain. */
static void test_council_abbreviations(void **state)
{
    (void)state;
    static const struct meta_case cases[] = {
        {"Referat KB 12.3.2020\nMødested: Byrådssalen", "Kommunalbestyrelsen",
         NULL, 0},
        {"Referat ØU 5. marts 2024", "Økonomiudvalget", NULL, 0},
        {"Dagsorden og referat - BR - 24.04.2019", "Byrådet", NULL, 0},
        {"Referat TMU 3. april 2024\n"
         "Teknik- og Miljøudvalget (TMU) mødtes på rådhuset.\n"
         "Sagen går videre til Økonomiudvalget. Økonomiudvalget mødes i maj.",
         "Teknik- og Miljøudvalget", NULL, 0},
        {"Referat BKU 12.3.2024\n"
         "Sagen sendes derefter til Børne- og Kulturudvalget.\n"
         "Økonomiudvalget og Økonomiudvalget har set den før.",
         "Børne- og Kulturudvalget", NULL, 0},
        /* a council's meeting by its abbreviation */
        {"Referat fra KB-mødet den 12. marts 2020", "Kommunalbestyrelsen", NULL,
         0},
        {"Referat af ØU-møde 5. marts 2024", "Økonomiudvalget", NULL, 0},
        /* unexplained: no council rather than a guess */
        {"Referat PU 12.3.2024", NULL, NULL, 0},
        /* initials of two councils: ambiguous, the abbreviation decides
         * nothing (the content's most named council stands) */
        {"Referat SU 12.3.2024\n"
         "Socialudvalget og Sundhedsudvalget. Socialudvalget. Socialudvalget.",
         "Socialudvalget", NULL, 0},
    };
    check_meta_cases(cases, N(cases));
}

/* "Plan, Miljø og Teknik", "Børn og Unge": a committee named by its areas
 * only, in a heading with the minutes' name and date, alone under
 * "Referat", or in a field; a department in a place field is none. */
static void test_council_without_noun(void **state)
{
    (void)state;
    static const struct meta_case cases[] = {
        {"Børn og Unge - Referat - 12. marts 2024", "Børn og Unge", NULL, 0},
        {"Referat\nPlan, Miljø og Teknik\nDato: 5. marts 2024",
         "Plan, Miljø og Teknik", NULL, 0},
        {"Møde: Børn og Unge\nDato: 5. marts 2024", "Børn og Unge", NULL, 0},
        {"Udvalg: Plan, Miljø og Teknik\nDato: 5. marts 2024",
         "Plan, Miljø og Teknik", NULL, 0},
        {"Referat\nDato: 5. marts 2024\nSted: Sundhed og Omsorg, mødelokale 2",
         NULL, NULL, 0},
        {"Referat og Dagsorden\nDato: 5. marts 2024", NULL, NULL, 0},
        /* a weekday ends "Udvalget for …" */
        {"Referat fra møde i Udvalget for Social, Sundhed & Ældre mandag "
         "den 24. juni 2013",
         "Udvalget for Social, Sundhed & Ældre", NULL, 0},
    };
    check_meta_cases(cases, N(cases));
}

/* "REGION MIDTJYLLAND" in a letterhead in capitals names the region. */
static void test_region_in_capitals(void **state)
{
    (void)state;
    static const struct meta_case cases[] = {
        {"REGION MIDTJYLLAND\nRegionsrådet\nReferat\nDato: 5. marts 2024",
         "Regionsrådet, Region Midtjylland", "Region Midtjylland", 0},
        {"REGION SJÆLLAND\nReferat fra mødet i Regionsrådet\n"
         "Dato: 5. marts 2024",
         "Regionsrådet, Region Sjælland", "Region Sjælland", 0},
        {"REGION HOVEDSTADEN\nForretningsudvalget\nReferat\n"
         "Dato: 5. marts 2024",
         "Forretningsudvalget, Region Hovedstaden", "Region Hovedstaden", 0},
    };
    check_meta_cases(cases, N(cases));
}

/* "Handicaprådet for Lolland og Guldborgsund Kommuner": a council of
 * several municipalities keeps its whole name; its authority is the one
 * of them the rest of the text points at (an address), else the first. */
static void test_joint_councils(void **state)
{
    (void)state;
    static const struct meta_case cases[] = {
        {"Referat\nHandicaprådet for Lolland og Guldborgsund Kommuner\n"
         "Dato: 5. marts 2024",
         "Handicaprådet for Lolland og Guldborgsund Kommuner",
         "Lolland Kommune", 0},
        {"Referat\nFælles Ældreråd for Fanø og Esbjerg\nDato: 5. marts 2024",
         "Fælles Ældreråd for Fanø og Esbjerg", "Fanø Kommune", 0},
        {"Referat fra møde i Det fælles handicapråd for Lolland og "
         "Guldborgsund kommuner\nDato: 5. marts 2024\n"
         "Mødested: Rådhuset, Østergade 8, 4800 Nykøbing F",
         "Det fælles handicapråd for Lolland og Guldborgsund kommuner",
         "Guldborgsund Kommune", 0},
    };
    check_meta_cases(cases, N(cases));
}

/* Two committees meeting together, named as a pair in the heading and
 * followed by the meeting's date in any of its printed forms: "d.", a
 * weekday, "DEN" in capitals open the date as a digit or "den" do
 * (round jf; the first committee alone was taken). */
static void test_joint_committees_before_date_words(void **state)
{
    (void)state;
    static const struct meta_case cases[] = {
        {"Referat\nSkoleudvalget og Fritidsudvalget d. 12. 3. 2024\n",
         "Skoleudvalget og Fritidsudvalget", NULL, 0},
        {"Referat\nSkoleudvalget og Fritidsudvalget Tirsdag den 12. marts "
         "2024 kl. 16.00\n",
         "Skoleudvalget og Fritidsudvalget", NULL, 0},
        {"Referat\nSkoleudvalget og Fritidsudvalget TIRSDAG DEN 12. MARTS "
         "2024\n",
         "Skoleudvalget og Fritidsudvalget", NULL, 0},
    };
    check_meta_cases(cases, N(cases));
}

/* The blind k-* round: "Grønt Råd" (a neuter adjective before Råd); a
 * municipality named only by its town ("Vallensbæk Stationstorv", "grund
 * i Rudkøbing"), over a region the items mention. */
static void test_blind_round_classes(void **state)
{
    (void)state;
    static const struct meta_case cases[] = {
        {"Referat af møde i Grønt Råd, Ærø Kommune, d. 17. marts 2009",
         "Grønt Råd, Ærø Kommune", "Ærø Kommune", 0},
        {"Møde i Lokalt Udvalg tirsdag den 12. marts 2019", "Lokalt Udvalg",
         NULL, 0},
        {"Økonomiudvalget\nReferat\nDato: Tirsdag den 19. februar 2013\n"
         "Mødelokale: 068 mødelokale på Rådhuset\n"
         "                Vallensbæk Stationstorv\n"
         "                Vallensbæk Strand",
         "Økonomiudvalget, Vallensbæk Kommune", "Vallensbæk Kommune", 0},
        {"Økonomiudvalget\nReferat\nMødedato: Mandag den 14-10-2013\n\n"
         "1. Meddelelser\nBorgmesteren orienterede om mødet med Region "
         "Syddanmark om busserne.\n\n"
         "2. Salg af grund i Rudkøbing erhvervsområde\nLukket sag.\n",
         "Økonomiudvalget, Langeland Kommune", "Langeland Kommune", 1},
        /* a region the items mention and no town: no authority, the
         * region is no Økonomiudvalg's */
        {"Økonomiudvalget\nReferat\nMødedato: Mandag den 14-10-2013\n\n"
         "1. Meddelelser\nBorgmesteren orienterede om mødet med Region "
         "Sjælland om sygehusplanen.\n\n"
         "2. Eventuelt\nIntet.\n",
         "Økonomiudvalget", NULL, 1},
        /* a town word at the start of a sentence is no mention */
        {"Økonomiudvalget\nReferat\nMødedato: Mandag den 14-10-2013\n\n"
         "1. Meddelelser\nVejen til skolen er lukket.\n\n"
         "2. Eventuelt\nIntet.\n",
         "Økonomiudvalget", NULL, 1},
        /* nor after a heading's case number and initials, which a
         * flattened transcript runs on into the case's first sentence */
        {"Økonomiudvalget\nReferat\nMødedato: Mandag den 14-10-2013\n\n"
         "1. Nedlæggelse af sti 07/2887 KJO Vejen bruges ikke mere. "
         "Indstilling: Stien nedlægges.\n\n"
         "2. Eventuelt\nIntet.\n",
         "Økonomiudvalget", NULL, 1},
    };
    check_meta_cases(cases, N(cases));
}

/* An attendee's organisation ("Rune Berg, Vejle Kommune", "Eva Lund,
 * Ældrerådet": a person's name, a comma, the body the person comes
 * from), in an attendance field or a list of members, names neither the
 * meeting's council nor its authority. A meeting place after its label
 * ("Sted Byrådssalen, Vordingborg Rådhus") and the council's own heading
 * still do. */
static void test_attendee_organisation(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Referat\n\nJens Hansen, Dansk Handicap Forbund\nEva Lund, "
         "Ældrerådet\n\nMødedato: 12.03.2019",
         NULL, NULL, 0},
        {"Referat\n\nDeltagere: Jens Hansen, Dansk Handicap Forbund, Eva "
         "Lund, Ældrerådet, Ole Ring, Ældrerådet\n\nMødedato: 12.03.2019",
         NULL, NULL, 0},
        {"Referat 12.03.2019\n\nTilstede: Jens Hansen, Dansk Handicap "
         "Forbund Eva Lund, Kultur og Fritid Ole Ring, Vejle Kommune",
         NULL, NULL, 0},
        {"Handicaprådet\n\nReferat 12.03.2019\n\nMedlemmer:\n1. Jonna "
         "Hald, Dansk Handicap Forbund\n2. Ole Ring, Ældrerådet\n3. Pia Tved, "
         "Vejle Kommune",
         "Handicaprådet", NULL, 0},
        {"Kommunalbestyrelsen\nReferat\n\nDato 27. marts 2014\nSted "
         "Byrådssalen, Vordingborg Rådhus\nMedlemmer Knud Lind, Jørn Elkjær",
         "Kommunalbestyrelsen, Vordingborg Kommune", "Vordingborg Kommune", 0},
    };
    check_meta_cases(c, N(c));
}

/* A committee's abbreviation written apart from the bare noun after
 * "møde i" ("møde i Ø udvalget", a misspelt compound, round jh) names
 * it as printed; a word in capitals and small letters before it, or a
 * genitive, does not. */
static void test_abbreviation_apart_after_meeting(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Dagsorden til møde i Ø udvalget 1. september 2022 kl 17 på "
         "Havnekroen\n1 Referat fra sidste møde.",
         "Ø udvalget", NULL, 0},
        {"Referat af møde i ØK udvalget den 3. maj 2021", "ØK udvalget", NULL,
         0},
        {"Referat af møde i ØK udvalgets lokale den 3. maj 2021", NULL, NULL,
         0},
    };
    check_meta_cases(c, N(c));
}

/* A body outside the municipalities writes its name as a common noun:
 * "Referat af møde i standardiseringsudvalget for e-fakturering den …"
 * names the council, words after "for" in any case. A bare "udvalget"
 * names none, nor does a lower-case council elsewhere in the text. */
static void test_lower_case_council_after_meeting(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Referat af møde i standardiseringsudvalget for e-fakturering den "
         "26. januar 2006\nTilstede: Karen Holm, Bankforeningen Rune Berg, "
         "Vejle Kommune",
         "Standardiseringsudvalget for e-fakturering", NULL, 0},
        {"Referat af mødet i koordinationsrådet den 3. maj 2021",
         "Koordinationsrådet", NULL, 0},
        {"Referat af møde i udvalget den 3. maj 2021", NULL, NULL, 0},
        {"Referat den 3. maj 2021\nSagen blev forelagt økonomiudvalget.", NULL,
         NULL, 0},
    };
    check_meta_cases(c, N(c));
}

/* A body of several municipalities (its text sends things "til
 * ejerkommunerne"): the postcode and town of its address are its seat,
 * no authority. Without such words the address still names one. A page
 * of such a body naming no council: its publisher's name (the logo's
 * alt, og:site_name) is the council. */
static void test_body_of_several_municipalities(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Kommissionsmøde 03-03-2020\n\nStationsvej 4, 7400 Herning\n\n"
         "Regnskabet sendes til ejerkommunerne.",
         NULL, NULL, 0},
        {"Referat 03-03-2020\n\nStationsvej 4, 7400 Herning", "Herning Kommune",
         "Herning Kommune", 0},
    };
    check_meta_cases(c, N(c));
    static const char page[] =
        "<html><head><title>Kommisionsmøde 03-03-2020</title></head><body>"
        "<header><a href=\"/\"><img alt=\"Logo Beredskab Vestegnen\" "
        "src=\"l.svg\"></a></header><main><h1>Kommisionsmøde 03-03-2020</h1>"
        "<h3>1. Regnskab 2019</h3><p>Sendes til ejerkommunerne.</p>"
        "<h3>2. Eventuelt</h3><p>Intet.</p></main>"
        "<footer>Stationsvej 4 · 7400 Herning</footer></body></html>";
    struct ext_doc x;
    struct err e;
    struct mnt_meeting m;
    ext_doc_init(&x);
    assert_int_equal(ext_read_html(page, sizeof page - 1, &x, &e), ERR_OK);
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse_blocks(&x, NULL, &m, &e), ERR_OK);
    assert_non_null(m.council);
    assert_string_equal(m.council, "Beredskab Vestegnen");
    assert_null(m.authority);
    mnt_meeting_fini(&m);
    ext_doc_fini(&x);
}

/* Blind round bn: a meeting table's header row read as text ("Udvalg
 * Dato Type Hent" over "Byrådet 24-06-2020 16:00 Referat …") names the
 * council in the row's first cell, not "Dato Type Hent"; an absentee's
 * role and organisation ("Direktør fra Region Hovedstaden Ole Brask")
 * name neither the council nor the authority; a document-hosting site's
 * related documents ("Relaterede dokumenter" … "Transkript:") name other
 * meetings' councils. */
static void test_blind_round_bn_councils(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Mødedetaljer\n\nUdvalg Dato Type Hent\nByrådet 24-06-2020 16:00 "
         "Referat Samlet dokument",
         "Byrådet", NULL, 0},
        {"1. Godkendelse af dagsorden\n\nBeslutning\n\nTilstede var:\n"
         "Borgmester Anne Lund\n\nAfbud fra:\nBorgmester Ole Ris pga. "
         "sygdom.\nDirektør fra Region Hovedstaden Ole Brask\n\n"
         "Dagsordenen blev godkendt.\n",
         NULL, NULL, 1},
        {"Referat fra Region Hovedstaden 3. maj 2021", "Region Hovedstaden",
         "Region Hovedstaden", 0},
        {"Mødet blev holdt torsdag den 27. juni 2013 på Rådhuset.\n\n"
         "Relaterede dokumenter\nReferat Kulturudvalget's møde Tirsdag den "
         "Kl. 16:00\n\nTranskript:\n\nALLERØD KOMMUNE Allerød Byråd "
         "Møde nr. 27-06-2013 Mødet blev holdt torsdag den 27. juni 2013.",
         "Byrådet, Allerød Kommune", "Allerød Kommune", 0},
    };
    check_meta_cases(c, N(c));
}

/* A page of one lokaludvalg item with no header (round bo): a district
 * name opening with an abbreviation keeps it ("Kgs. Enghave", the full
 * stop no sentence's end), and a recommendation's point "1. at
 * Lokaludvalget godkender …" is no item heading: the council it names is
 * the one deciding. */
static void test_lokaludvalg_item_page(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"1. Godkendelse af dagsorden og valg af dirigent\n\n"
         "Indstilling og beslutning\n\n"
         "Formanden indstiller til Kgs. Enghave Lokaludvalg\n"
         "1. at der vælges en dirigent\n\nBeslutning\n\nGodkendt.\n",
         "Kgs. Enghave Lokaludvalg", NULL, 1},
        {"2. Godkendelse af dagsorden ( )\n\nIndstilling\n\n"
         "Formanden indstiller,\n\n"
         "1. at Lokaludvalget godkender dagsordenen\n\n"
         "Beslutning\n\nDagsordenen blev godkendt.\n",
         "Lokaludvalget", NULL, 1},
        /* the point unnumbered and the body in lower case, as the
         * recommendation's subject after "at" (session 32) */
        {"2. Godkendelse af dagsorden\n\nIndstilling\n\n"
         "Formanden indstiller,\n\n"
         "at lokaludvalget godkender dagsordenen.\n\n"
         "Beslutning\n\nDagsordenen blev godkendt.\n",
         "Lokaludvalget", NULL, 1},
    };
    check_meta_cases(c, N(c));
}

/* A council named with "for" and a place after "af" (round dr, session
 * 32): "af Bornholm" goes on with the name as "og" does, in capitals as
 * in mixed case (the place then also names the authority, appended as
 * to any council); a lower-case word after "af" ends it. */
static void test_council_for_words_af_place(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"REFERAT KONTAKTRÅDET FOR TRAFIKBETJENINGEN AF BORNHOLM\n\n"
         "Onsdag den 18. april 2012\n\n",
         "Kontaktrådet for Trafikbetjeningen af Bornholm, Bornholms "
         "Regionskommune",
         "Bornholms Regionskommune", 0},
        {"Referat Kontaktrådet for Trafikbetjeningen af hensyn til øen\n\n"
         "Onsdag den 18. april 2012\n\n",
         "Kontaktrådet for Trafikbetjeningen", NULL, 0},
    };
    check_meta_cases(c, N(c));
}

/* A committee page with no committee line (round bu, Ringkøbing-Skjern):
 * the body its recommendations go to ("… anbefaler Byrådet at …", "…
 * over for Byrådet") is not the one meeting, however often it is
 * named; the committee that recommends is. */
static void test_recommended_body_is_not_the_council(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Referat: 23. september 2025 kl. 08:30\n\n"
         "1: Budget 2026\n"
         "Sagsfremstilling fra 1. behandling i Økonomiudvalget.\n"
         "IndstillingAdministrationen indstiller, at Økonomiudvalget "
         "anbefaler Byrådet at vedtage budgettet.\n"
         "BeslutningØkonomiudvalget anbefaler budgettet over for Byrådet.\n\n"
         "2: Kirkeskat\n"
         "IndstillingKirkeskatten anbefales uændret over for Byrådet.\n"
         "BeslutningAnbefales.\n",
         "Økonomiudvalget", NULL, 1},
    };
    check_meta_cases(c, N(c));
}

/* A committee named by its areas alone on a line right above its meeting's
 * weekday, date and time (a web archive's page: "Forebyggelse og Idræt" /
 * "Mandag den 14-05-2018 kl. 16:30", or the date and time alone) heads the
 * page as "Referat" would;
 * the same name above a line that is no meeting's date names nothing. */
static void test_areas_name_over_meeting_date(void **state)
{
    (void)state;
    static const struct meta_case cases[] = {
        {"Dagsordener og referater\n\nSe hvilke fagudvalg der er aktive\n\n"
         "Forebyggelse og Idræt\n\nMandag den 14-05-2018 kl. 16:30\n\n"
         "Tilbage",
         "Forebyggelse og Idræt", NULL, 0},
        {"Miljø, Klima og Kyst\nOnsdag den 30-05-2018 kl. 16:00",
         "Miljø, Klima og Kyst", NULL, 0},
        /* a line of text, no date under it */
        {"Kultur og Fritid\nDer var ingen bemærkninger.", NULL, NULL, 0},
        /* the date and time alone, no weekday (round ic) */
        {"Sundhed og Omsorg\n\n22. maj 2018 kl. 16:30\n\nTilbage",
         "Sundhed og Omsorg", NULL, 0},
        {"Natur, Vand og Veje\n04-06-2018 - 17:00", "Natur, Vand og Veje", NULL,
         0},
        /* a date that opens a sentence is no meeting's day */
        {"Kultur og Fritid\n22. maj 2018 blev planen vedtaget.", NULL, NULL, 0},
    };
    check_meta_cases(cases, N(cases));
}

/* An association whose name holds no council noun, named after "møde i"
 * by the sentence that says it held the meeting; capitalised words after
 * "møde i" that the sentence does not say held it (a room, a club house)
 * name no council. */
static void test_association_that_held_the_meeting(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Referat af møde i Grundejerforeningen Solbakken \xE2\x80\x9DVores "
         "Vej\xE2\x80\x9D, der blev holdt i klubhuset 4. maj 2022.\n"
         "Til stede var: Eva Holm og Jan Krog.",
         "Grundejerforeningen Solbakken", NULL, 0},
        {"Referat af møde i Klubhuset Solbakken 4. maj 2022\n"
         "Til stede var: Eva Holm og Jan Krog.",
         NULL, NULL, 0},
    };
    check_meta_cases(c, N(c));
}

/* Temporary committees (§ 17, stk. 4), named without a council noun and
 * often in lower case: by the paragraph ("§ 17 stk. 4 udvalg - …") or as
 * "midlertidigt udvalg vedrørende …". Only a header names one: a body
 * that tells of one being set up leaves the council alone. */
static void test_temporary_committee(void **state)
{
    (void)state;
    static const struct meta_case c[] = {
        {"Dagsordener og referater fra midlertidigt udvalg vedrørende "
         "digital sundhed\nmødet den 18. august 2020 kl. 11:00\n"
         "Regionshuset Viborg",
         "Midlertidigt udvalg vedrørende digital sundhed, Region Midtjylland",
         "Region Midtjylland", 0},
        {"Møde i § 17 stk. 4 udvalg - Cykelgruppen d. 12. november 2015\n"
         "Vestby Kommune",
         "§ 17 stk. 4 udvalg - Cykelgruppen, Vestby Kommune", "Vestby Kommune",
         0},
        /* Region Midtjylland's PrintPage (gu- blind round): the task's
         * object after "af", the article of "Det midlertidige" */
        {"Referat af møde i Det midlertidige udvalg om evaluering af den "
         "politiske struktur, tirsdag d. 23. juni 2009 (pdf)\n"
         "Region Midtjylland",
         "Det midlertidige udvalg om evaluering af den politiske struktur, "
         "Region Midtjylland",
         "Region Midtjylland", 0},
        /* the same names printed in capitals (gz round): read in small
         * letters, the task's object after "AF" kept */
        {"REFERAT\nMIDLERTIDIGT UDVALG FOR BORGERINDDRAGELSE\n"
         "Mødedato: 4. marts 2024\nVestby Kommune",
         "Midlertidigt udvalg for borgerinddragelse, Vestby Kommune",
         "Vestby Kommune", 0},
        {"Referat af møde i DET MIDLERTIDIGE UDVALG OM EVALUERING AF DEN "
         "POLITISKE STRUKTUR, tirsdag d. 23. juni 2009\nRegion Midtjylland",
         "Det midlertidige udvalg om evaluering af den politiske struktur, "
         "Region Midtjylland",
         "Region Midtjylland", 0},
        {"Referat fra Byrådet, Vestby Kommune, 3. maj 2021\n\n"
         "1. Skolestruktur\nByrådet nedsatte et midlertidigt udvalg om "
         "skolestrukturen.\n\n2. Eventuelt\nIntet.\n",
         "Byrådet, Vestby Kommune", "Vestby Kommune", 1},
    };
    check_meta_cases(c, N(c));
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_council_abbreviations),
        cmocka_unit_test(test_council_without_noun),
        cmocka_unit_test(test_region_in_capitals),
        cmocka_unit_test(test_joint_councils),
        cmocka_unit_test(test_joint_committees_before_date_words),
        cmocka_unit_test(test_blind_round_classes),
        cmocka_unit_test(test_attendee_organisation),
        cmocka_unit_test(test_lower_case_council_after_meeting),
        cmocka_unit_test(test_abbreviation_apart_after_meeting),
        cmocka_unit_test(test_body_of_several_municipalities),
        cmocka_unit_test(test_blind_round_bn_councils),
        cmocka_unit_test(test_lokaludvalg_item_page),
        cmocka_unit_test(test_council_for_words_af_place),
        cmocka_unit_test(test_recommended_body_is_not_the_council),
        cmocka_unit_test(test_areas_name_over_meeting_date),
        cmocka_unit_test(test_association_that_held_the_meeting),
        cmocka_unit_test(test_temporary_committee),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
