/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_minutes_fields.c - a meeting's fields as minutes of many layouts
 * print them (tests/data/layouts): dates written every way, councils and
 * their full compound names, the authority a council belongs to, and the
 * attendance lists. Each case is a line or a few in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"
#include "test_mnt.h"

#include "core/buf.h"
#include "minutes/minutes.h"
#include "minutes/minutes_internal.h"

#define N(a) (sizeof(a) / sizeof *(a))

static void test_dates_layouts(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want; /* want NULL: no date */
    } cases[] = {
        {"Dato: Mandag, 11 januar, 2021 - 17:00", "2021-01-11"},
        {"Dato: Onsdag, April 3, 2019 - 18:00", "2019-04-03"},
        {"Dato: Onsdag, September 6, 2017", "2017-09-06"},
        {"Dato: Mandag d. 4.4. 2022", "2022-04-04"},
        {"Dato: Mandag d. 20. 6. 2022", "2022-06-20"},
        {"Afbud fra: Onsdag den 15-maj-2002 Kommunalbestyrelsens",
         "2002-05-15"},
        {"Møde den 3/4-2019 kl. 15.00", "2019-04-03"},
        {"STARTTIDSPUNKT 23-03-2015 13:30:00", "2015-03-23"},
        {"- Mødedato: 28. februar, 2025 kl. 09:30", "2025-02-28"},
        {"Mandag d. 7 februar 2022, kl. 10:15", "2022-02-07"},
        {"pkt. 1. 2. 3 og 4", NULL},           /* a list, no year */
        {"sag 1/2-34", NULL},                  /* a case number */
        {"Sagsnr. 12/3-45678", NULL},          /* digits run on */
        {"i marts 2019", NULL},                /* no day */
        {"Maj 32, 2019", NULL},                /* no such day */
        {"Rømaj 3, 2019", NULL},               /* "maj" inside a word */
        {"Referat 20. 6. 22", NULL},           /* spaced needs a 4-digit year */
        {"Dato: 12.marts 2024", "2024-03-12"}, /* no space */
        {"Torsdag den 7.november 2019", "2019-11-07"}, /* no space */
        {"Dato: 12.-13. marts 2024", "2024-03-12"},    /* two days */
        {"Dato: 12. og 13. marts 2024", "2024-03-12"},
        {"Mødedato: 2019.11.07", "2019-11-07"},
        {"30.-31. februar 2024", NULL},
    };
    for (size_t i = 0; i < N(cases); i++) {
        char iso[11];
        int found = mnt_date_find(cases[i].in, strlen(cases[i].in), iso);
        if (cases[i].want == NULL) {
            if (found)
                fail_msg("date in <%s>: %s, want none", cases[i].in, iso);
        } else {
            if (!found)
                fail_msg("no date in <%s>", cases[i].in);
            assert_string_equal(iso, cases[i].want);
        }
    }
}

/* Fields as table rows, their cells joined by a tab (HTML tables). */
#define TABLE_ROWS                                                             \
    "Referat\nMøde 12-11-2019 udsat\nMødedato\t25-11-2019 kl. 15:00\n"       \
    "Mødested\tRådhuset\nUdvalg\tViborg Udsatteråd\nMødedeltagere\tHanne " \
    "Ry, Kim Bach\n\n1. Orientering\n\nGodt.\n\n2. Eventuelt\n\nIntet.\n"

static void test_councils_layouts(void **state)
{
    (void)state;
    static const struct {
        const char *text, *council, *authority, *date;
    } cases[] = {
        /* "Byrådet - Referat", the town hall names the municipality */
        {"Byrådet - Referat\nDato: 29. januar 2020\nLokale: Byrådssalen, "
         "Brønderslev Rådhus\n\n1. Fraværende\n\nIngen.\n\n2. Eventuelt\n\n"
         "Intet.\n",
         "Byrådet, Brønderslev Kommune", "Brønderslev Kommune", "2020-01-29"},
        /* compound names in full; "Bornholms Regionskommune" */
        {"Referat af møde i Fritids-, Kultur- og Forebyggelsesudvalget\n"
         "14-08-2013 kl. 15:00\n\n1. Fraværende\n\nIngen. Bornholms "
         "Regionskommune betaler.\n\n2. Eventuelt\n\nIntet.\n",
         "Fritids-, Kultur- og Forebyggelsesudvalget, Bornholms "
         "Regionskommune",
         "Bornholms Regionskommune", "2013-08-14"},
        /* "&" joins a compound without a hyphen */
        {"Børn & Læringsudvalget - 03-10-2022\n\n1. Orientering\n\nFaxe "
         "Kommune betaler.\n\n2. Eventuelt\n\nIntet.\n",
         "Børn & Læringsudvalget, Faxe Kommune", "Faxe Kommune", "2022-10-03"},
        {"Kultur- og fritidsudvalgets møde den 05. marts 2009 i Aars\n\n"
         "001. Cykeldag\n\nVesthimmerlands Kommune betaler.\n\n002. "
         "Eventuelt\n\nIntet.\n",
         "Kultur- og fritidsudvalget, Vesthimmerlands Kommune",
         "Vesthimmerlands Kommune", "2009-03-05"},
        /* "-området" is no råd; the field's value is the council */
        {"Dagsordener fra Personaleområdet\n- Udvalg: HMU Socialområdet\n"
         "- Mødedato: 28. februar, 2025 kl. 09:30\n\n1. Velkomst\n\nGodt.\n\n"
         "2. Eventuelt\n\nIntet. Skriv til hmu@rm.dk.\n",
         "HMU Socialområdet, Region Midtjylland", "Region Midtjylland",
         "2025-02-28"},
        /* First Agenda fields, value on the next line */
        {"UDVALG\n\nHandicaprådet\n\nMØDE\n\nReferat\n\nSTED\n\nKalundborg "
         "Rådhus, lokale 3\n\nSTARTTIDSPUNKT\n\n12-09-2019 15:00:00\n\n"
         "PUNKTER\n\n1. Godkendelse\n2. Eventuelt\n\n\n1. Godkendelse\n\n"
         "Godkendt.\n\n2. Eventuelt\n\nIntet.\n",
         "Handicaprådet, Kalundborg Kommune", "Kalundborg Kommune",
         "2019-09-12"},
        /* a hosting site's transcript: its title "UDVALG" (the file's first
         * word) over its mark "Transkript"; the mark is no field's value,
         * the first page's line names the council */
        {"UDVALG\n\nTranskript\n\n1 UDVALG Handicaprådet MØDE Referat STED "
         "Kalundborg Rådhus STARTTIDSPUNKT 12-09-2019 15:00:00 PUNKTER 1. "
         "Godkendelse 2. Eventuelt1. Godkendelse Sagsgang og sagstype "
         "Handicaprådet Beslutning\n\n2 Beslutning i Handicaprådet den "
         "12-09-2019 Godkendt. Referat2. Eventuelt Intet.\n",
         "Handicaprådet, Kalundborg Kommune", "Kalundborg Kommune",
         "2019-09-12"},
        /* "<By> Byråd" in capitals; a region met "i" it is only a place */
        {"THISTED BYRÅD\n\nREFERAT fra møde tirsdag den 27. marts 2007\n\n"
         "73. Strukturplan for sygehusene i Region Nordjylland\n\nTaget til "
         "efterretning.\n\n74. Valgsteder\n\nGodkendt.\n",
         "Byrådet, Thisted Kommune", "Thisted Kommune", "2007-03-27"},
        /* an item title naming another council is not the council */
        {"Testrup Kommune\nReferat 3. maj 2021\n\n1. Orientering fra "
         "Ældrerådet\n\nIntegrationsrådet drøftede sagen.\n\n2. Høring i "
         "Ældrerådet\n\nIntegrationsrådet svarer.\n",
         "Integrationsrådet, Testrup Kommune", "Testrup Kommune", "2021-05-03"},
        /* a town and a council in a field; lower-case "kommune" */
        {"Referat\ntorsdag den 27. august 2020 kl. 15:00\nUdvalg Viborg "
         "Udsatteråd\n\n1. Orientering\n\nTaget til efterretning.\n\n2. "
         "Eventuelt\n\nIntet.\n",
         "Udsatterådet, Viborg Kommune", "Viborg Kommune", "2020-08-27"},
        {"Ældrerådet i Ikast-Brande kommune\nMødedato: 12.03.2019\n\n1. "
         "Godkendelse\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n",
         "Ældrerådet, Ikast-Brande Kommune", "Ikast-Brande Kommune",
         "2019-03-12"},
        /* labelled date beats a list of other meetings' dates */
        {"Referat fra møde d. 20. 6. 2022\nReferat fra møde 24.10.2022\n\n"
         "Møde i Udsatterådet i Holbæk Kommune\nDato: Mandag d. 4.4. 2022\n"
         "\n1. Godkendelse\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n",
         "Udsatterådet, Holbæk Kommune", "Holbæk Kommune", "2022-04-04"},
        /* First Agenda: the start time beats a date in the meeting name */
        {"UDVALG\n\nØkonomiudvalget\n\nMØDE\n\nMøde flyttet fra 3. "
         "december 2019\n\nSTED\n\nRoskilde Rådhus\n\nSTARTTIDSPUNKT\n\n"
         "17-12-2019 08:00:00\n\nPUNKTER\n\n1. Budget\n2. Eventuelt\n\n\n"
         "1. Budget\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n",
         "Økonomiudvalget, Roskilde Kommune", "Roskilde Kommune", "2019-12-17"},
        /* "Møde:" labels the date; "Tid:" alone carries none */
        {"Referat fra Ældrerådet\nSenest opdateret 2. juni 2019\nMøde: "
         "tirsdag d. 14. maj 2019 kl. 9.30\nSted: Skive Rådhus\n\n1.Valg\n"
         "\nErik.\n\n2.Næste møde\n\nJuni.\n",
         "Ældrerådet, Skive Kommune", "Skive Kommune", "2019-05-14"},
        /* a table row per field (cells joined by a tab) */
        {TABLE_ROWS, "Udsatterådet, Viborg Kommune", "Viborg Kommune",
         "2019-11-25"},
        /* a local council named by its district keeps the name */
        {"Brønshøj-Husum Lokaludvalgs mødemateriale 22.03.2018 | Københavns "
         "Kommune\n\n1. Valg af ordstyrer\n\nTina.\n\n2. Eventuelt\n\n"
         "Intet.\n",
         "Brønshøj-Husum Lokaludvalg, Københavns Kommune", "Københavns Kommune",
         "2018-03-22"},
        /* a site's menu names no council */
        {"Forside > Politik > Byråd og udvalg > Referater\nHandicaprådet | "
         "Ældrerådet | Udsatterådet | Integrationsrådet\nReferat fra "
         "Seniorrådet\nDato: 3. juni 2013\nSted: Gribskov Rådhus\n\n1. "
         "Godkendelse\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n",
         "Seniorrådet, Gribskov Kommune", "Gribskov Kommune", "2013-06-03"},
        /* a council named with its municipality is not named twice */
        {"Udvalg: Herning Kommunes Handicapråd\nMødedato: 3. juni 2013\n\n"
         "1. Godkendelse\n\nGodkendt.\n\n2. Eventuelt\n\nIntet.\n",
         "Herning Kommunes Handicapråd", "Herning Kommune", "2013-06-03"},
        /* "Københavns Rådhus"; the committee printed "UdvalgÆldreråd" */
        {"Referat\nMandag d. 7 februar 2022, kl. 10:15\nMødestedKøbenhavns "
         "Rådhus\nUdvalgÆldreråd\n\n1. Godkendelse\n\nGodkendt.\n\n2. "
         "Eventuelt\n\nIntet.\n",
         "Ældrerådet, Københavns Kommune", "Københavns Kommune", "2022-02-07"},
        /* the region's logo text glued to the link beside it ("Region
         * SyddanmarkTil forsiden"); its house's town in an item is no
         * municipality's */
        {"Gå til indhold\nRegion SyddanmarkTil forsiden\n\nUdvalget for "
         "uddannelse og arbejdskraft - Referat - 07. marts 2019\n\n"
         "Mødedato\n07-03-2019 kl. 14:00 - 17:00\n\n1. Praktikpladser\n\n"
         "Drøftet.\n\n2. Næste møde\n\nMødet holdes i Regionshuset, "
         "Vejle.\n",
         "Udvalget for uddannelse og arbejdskraft, Region Syddanmark",
         "Region Syddanmark", "2019-03-07"},
        /* a region's page as text keeps each field's icon as its alt
         * text beside the label ("Udvalg Ikon"), the value on the next
         * line: the icon is no council */
        {"Møde i udvalget for trafik og mobilitet d. 3 marts 2022\n\nUdvalg "
         "Ikon\nUdvalget for trafik og mobilitet\nTidspunkt Ikon\nDato: "
         "03-03-2022\nTid: 15:00 - 17:00\n\n1. Beslutningssag: Mødeplan\n\n"
         "Godkendt.\n\n2. Eventuelt\n\nStyrelsesvedtægten for Region "
         "Hovedstaden blev omdelt.\n",
         "Udvalget for trafik og mobilitet, Region Hovedstaden",
         "Region Hovedstaden", "2022-03-03"},
        /* a flattened page's head runs on into its participants, whose
         * organisations are councils by their nouns: the council is the
         * one named before "Deltagere" */
        {"Transkript\n\n1 NOTAT Natur og Miljø Referat fra Agendaråds "
         "møde den 31. januar 2019 Deltagere Afbud Ikke mødt Karl Holm (KH) "
         "Formand Lis Berg (LB) Friluftsrådet Vandrådet Danmarks "
         "Naturfredningsforening Vandrådet suppleant 1. Velkomst og "
         "godkendelse af dagsorden 2. Genbrug i kommunen Rådet drøftede en "
         "byttehylde. Friluftsrådet holder temadag.\n\n2 3. Eventuelt "
         "Høje-Taastrup Kommune sender referatet ud. Vandrådet mødes i "
         "marts.\n",
         "Agendarådet, Høje-Taastrup Kommune", "Høje-Taastrup Kommune",
         "2019-01-31"},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_meeting m;
        memset(&m, 0, sizeof m);
        struct err e;
        assert_int_equal(
            mnt_parse(cases[i].text, strlen(cases[i].text), NULL, &m, &e),
            ERR_OK);
        if (m.council == NULL || strcmp(m.council, cases[i].council) != 0)
            fail_msg("case %zu: council <%s>, want <%s>", i,
                     m.council ? m.council : "(null)", cases[i].council);
        assert_non_null(m.authority);
        assert_string_equal(m.authority, cases[i].authority);
        assert_non_null(m.date);
        assert_string_equal(m.date, cases[i].date);
        mnt_meeting_fini(&m);
    }
}

/* The minutes' own words, one list for letterheads, council headings and
 * meeting dates: the definite form counts, a plural (a site's listing of
 * minutes) and a supplement mentioned in a sentence do not. */
static void test_document_words(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "Referat",   "REFERAT",     "Dagsordenen",       "Beslutningsprotokol",
        "Referatet", "Mødereferat", "Beslutningsreferat"};
    static const char *const no[] = {"Referater",        "Dagsordener",
                                     "Tillægsdagsorden", "Ref",
                                     "Protokolfører",    "Protokollat"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        assert_true(mnt_document_word(yes[i], strlen(yes[i])));
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        assert_false(mnt_document_word(no[i], strlen(no[i])));
    assert_string_equal(mnt_document_word_at(0), "referat");
    assert_null(mnt_document_word_at(1000));
}

static void test_authority_names(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want; /* want NULL: unknown */
    } cases[] = {
        {"Aarhus", "Aarhus Kommune"},
        {"aarhus.dk", "Aarhus Kommune"},
        {"https://www.aarhus.dk/demokrati/politik", "Aarhus Kommune"},
        {"http://dagsordener.holbaek.dk/committee_1/agenda.html",
         "Holbæk Kommune"},
        {"kk.dk", "Københavns Kommune"},
        {"København", "Københavns Kommune"},
        {"Frederiksberg Kommune", "Frederiksberg Kommune"},
        {"Bornholm", "Bornholms Regionskommune"},
        {"hjoerring.dk", "Hjørring Kommune"},
        {"Ikast-Brande kommune", "Ikast-Brande Kommune"},
        {"Hobro", "Mariagerfjord Kommune"},
        {"Region Sjælland", "Region Sjælland"},
        {"rm.dk", "Region Midtjylland"},
        {"Testrup Kommune", NULL},
        {"firstagenda.dk", NULL},
    };
    for (size_t i = 0; i < N(cases); i++) {
        char out[MNT_NAME_MAX];
        int ok = mnt_authority_normalise(cases[i].in, out);
        if (cases[i].want == NULL) {
            if (ok)
                fail_msg("<%s> -> <%s>, want unknown", cases[i].in, out);
            continue;
        }
        if (!ok)
            fail_msg("<%s> unknown, want <%s>", cases[i].in, cases[i].want);
        assert_string_equal(out, cases[i].want);
    }
    /* a hinted town becomes its authority */
    struct mnt_hints h = {.authority = "aarhus.dk"};
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    const char *text = "Referat\n\n1. Sag\n\nTekst.\n";
    assert_int_equal(mnt_parse(text, strlen(text), &h, &m, NULL), ERR_OK);
    assert_string_equal(m.authority, "Aarhus Kommune");
    mnt_meeting_fini(&m);
}

/* Attendance: lists under "Deltagere:", bare "Medlemmer"; an item's
 * attendees are never its whole body. */
static void test_attendance_layouts(void **state)
{
    (void)state;
    assert_false(mnt_title_is_attendance("Deltagelse i Folkemødet 2024"));
    assert_false(mnt_title_is_attendance("Fravær på skolerne"));
    assert_true(mnt_title_is_attendance("Afbud og fremmøde"));
    assert_true(mnt_title_is_attendance("Fraværende og bemærkninger til "
                                        "dagsordenen"));
    assert_true(mnt_title_is_attendance("Mødedeltagelse"));

    /* a flattened page: one paragraph, one sentence about attendance */
    const char *flat =
        "Handicaprådet Mødedato 23.11.2015 Side 4 02. Oplæg om digital "
        "kommunikation Åben sag Sagsnr.: 15/24042 Sagen afgøres i: "
        "Handicaprådet. Centerchefen fortæller om arbejdet med at få alle "
        "borgere med på de digitale løsninger, også dem med handicap, og om "
        "de nye selvbetjeningsløsninger på biblioteket. Lone Dal havde "
        "meldt afbud. Rådet takkede for oplægget og ønsker en opfølgning i "
        "foråret, når løsningerne har været i brug et halvt år.";
    char *a = mnt_item_attendees("Oplæg om digital kommunikation", flat);
    assert_non_null(a);
    assert_string_equal(a, "Lone Dal havde meldt afbud.");
    free(a);
    a = mnt_item_attendees("Budget", "Kort tekst. Afbud fra Bo Ek.");
    assert_non_null(a);
    /* the statement only, not the paragraph around it */
    assert_string_equal(a, "Afbud fra Bo Ek.");
    free(a);

    static const char text[] =
        "Referat\nDato: Mandag d. 4.4. 2022\n\nDeltagere:\n\n"
        " • Kirsten Holm: formand\n • Rasmus Eg\n\nAfbud:\n\n • Martin Bø\n\n"
        "Gæst:\n\n • Katrine Lyng, socialrådgiver\n\nMedlemmer\n\nBo Ek (A)\n"
        "Ida Ry (V)\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Eventuelt\n\nIntet.\n";
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse(text, strlen(text), NULL, &m, NULL), ERR_OK);
    assert_non_null(m.attendees);
    assert_contains(m.attendees, "Deltagere: Kirsten Holm: formand, Rasmus Eg");
    assert_contains(m.attendees, "Afbud: Martin Bø");
    assert_contains(m.attendees, "Gæst: Katrine Lyng, socialrådgiver");
    assert_contains(m.attendees, "Medlemmer: Bo Ek (A), Ida Ry (V)");
    assert_lacks(m.attendees, "Godkendelse");
    mnt_meeting_fini(&m);

    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse(TABLE_ROWS, strlen(TABLE_ROWS), NULL, &m, NULL),
                     ERR_OK);
    assert_non_null(m.attendees);
    assert_contains(m.attendees, "Mødedeltagere: Hanne Ry, Kim Bach");
    assert_non_null(m.place);
    assert_string_equal(m.place, "Rådhuset");
    mnt_meeting_fini(&m);
}

/* A wrapped page: an empty "Fraværende:" field over the decision
 * ("Godkendt.") names nobody, and "medlemmer" alone in lower case is the
 * tail of "b. Udvalgets" / "medlemmer", no list's label. */
static void test_attendance_wrapped_fields(void **state)
{
    (void)state;
    static const char text[] = "1. Godkendelse af dagsorden (B)\n"
                               "Beslutning i Beskæftigelses-\n"
                               "og Integrationsudvalget den 8. november 2016:\n"
                               "Fraværende:\n"
                               "Godkendt.\n"
                               "2. Gensidig orientering (O)\n"
                               "Orientering fra\n"
                               "a. Udvalgsformanden\n"
                               "b. Udvalgets\n"
                               "medlemmer\n"
                               "c. Uddannelsesdirektøren\n"
                               "Fraværende:\n"
                               "Taget til efterretning.\n";
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse(text, strlen(text), NULL, &m, NULL), ERR_OK);
    if (m.attendees != NULL) {
        assert_lacks(m.attendees, "Godkendt");
        assert_lacks(m.attendees, "Uddannelsesdirektøren");
    }
    mnt_meeting_fini(&m);
}

/* A line naming three days or more is a schedule (the year's meetings),
 * none of them the meeting's; a flattened First Agenda header naming its
 * one day thrice (the meeting's name, its start and its end) is none. */
static void test_date_series_counts_days(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        int series;
    } cases[] = {
        {"Møder i 2015: 5. marts 2015, 9. april 2015 og 7. maj 2015", 1},
        {"Møder: 12-01-2016, 09-02-2016, 08-03-2016", 1},
        {"1 UDVALG Udsatterådet MØDE Møde i Udsatterådet den 23. marts 2015 "
         "STED Regionsgården STARTTIDSPUNKT 23-03-2015 13:30:00 "
         "SLUTTIDSPUNKT 23-03-2015 16:00:00 PUNKTER",
         0},
        {"Mødedato: 4. maj 2016 Næste møde: 8. juni 2016", 0},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_line l;
        memset(&l, 0, sizeof l);
        l.s = cases[i].in, l.len = strlen(cases[i].in), l.kind = MNT_LINE_TEXT;
        if (mnt_line_date_series(&l) != cases[i].series)
            fail_msg("case %zu: series %d, want %d", i, !cases[i].series,
                     cases[i].series);
    }
}

/* A header flattened into one line ("1 Referat Bestyrelsen for Søby Havn
 * Dato: Torsdag …", a transcript's page): the council named with "for"
 * ends before the next field's label, its colon says so. */
static void test_council_for_ends_at_label(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\nTranskript\n\n1 Referat Bestyrelsen for Lundby Havn Dato: "
        "Torsdag den 18. april 2024 kl. 19.00 Sted: Havnekontoret Til stede: "
        "Aage Brask (formand), Eva Lund, Ole Berg Afbud: Bo Dam 1. Godkendelse "
        "af referat fra sidste møde Godkendt. 2. Økonomi Kassereren "
        "gennemgik regnskabet. Havnen har et lille overskud. 3. Uddybning af "
        "sejlrenden Der indhentes tilbud fra to entreprenører. 4. Eventuelt "
        "Intet.\n";
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse(text, strlen(text), NULL, &m, NULL), ERR_OK);
    assert_non_null(m.council);
    assert_string_equal(m.council, "Bestyrelsen for Lundby Havn");
    mnt_meeting_fini(&m);
}

/* A field table read column by column and flattened into a
 * transcript's page ("Mødedato: Mødetidspunkt: Sluttidspunkt: Mødested:
 * Mandag den 13. april 2015 Kl. 17:00 …"): the date field is not empty,
 * its value comes after the labels. */
static void test_date_after_label_run(void **state)
{
    (void)state;
    static const char text[] =
        "Referat uden bilag\n\nTranskript\n\n1 Referat uden bilag Referat "
        "Økonomiudvalget Mødedato: Mødetidspunkt: Sluttidspunkt: Mødested: "
        "Bemærkninger: Mandag den 13. april 2015 Kl. 17:00 Kl. 19:10 "
        "Rådhuset Medlemmer: Aage Brask (A) Eva Lund (C) Sagsoversigt 1. "
        "Godkendelse af dagsorden 2. Eventuelt\n\n2 1. Godkendelse af "
        "dagsorden Sagsnr.: 15/1 Beslutning Godkendt. 2. Eventuelt Sagsnr.: "
        "15/2 Beslutning Intet.\n";
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse(text, strlen(text), NULL, &m, NULL), ERR_OK);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2015-04-13");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates_layouts),
        cmocka_unit_test(test_date_series_counts_days),
        cmocka_unit_test(test_date_after_label_run),
        cmocka_unit_test(test_councils_layouts),
        cmocka_unit_test(test_authority_names),
        cmocka_unit_test(test_document_words),
        cmocka_unit_test(test_council_for_ends_at_label),
        cmocka_unit_test(test_attendance_layouts),
        cmocka_unit_test(test_attendance_wrapped_fields),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
