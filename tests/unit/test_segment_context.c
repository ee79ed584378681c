/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_context.c - a meeting's metadata where the header alone
 * does not give it (lib/minutes council.c, places.c, meta.c): a page
 * named after an item, the council only in a running page header, a
 * town hall or seat town for the municipality, a date without its year,
 * dates of other meetings. Each case is a few lines written for this
 * test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "extract/extract.h"
#include "minutes/minutes.h"
#include "test_filter.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void parse_whole(const char *text, const struct mnt_hints *hints,
                        struct mnt_meeting *m)
{
    struct err e;
    memset(m, 0, sizeof *m);
    if (mnt_parse(text, strlen(text), hints, m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
}

/* "<council>" or "<council>, <authority>", as the layout scorer counts. */
static void expect_council(const char *text, const char *got, const char *want)
{
    size_t wn = strlen(want);
    if (got == NULL || strncmp(got, want, wn) != 0 ||
        (got[wn] != '\0' && strncmp(got + wn, ", ", 2) != 0))
        fail_msg("council <%s>, want <%s> in:\n%s", got ? got : "(null)", want,
                 text);
}

/* A page or file titled after one of its items names that item's topic;
 * a page header repeated on every page names the council. */
static void test_council_sources(void **state)
{
    (void)state;
    static const struct {
        const char *text, *want;
    } cases[] = {
        /* the page is named after item 1, which names another council */
        {"Budgetopfølgning for Seniorrådets aktiviteter\n\n"
         "Det rådgivende Beskæftigelsesudvalg\nReferat\n"
         "Mødedato: 5. marts 2024\n\n"
         "1. Budgetopfølgning for Seniorrådets aktiviteter\nTekst.\n\n"
         "2. Eventuelt\nIntet.\n",
         "Det rådgivende Beskæftigelsesudvalg"},
        /* the council only in a page header; another committee's earlier
         * decision is named more often */
        {"Mødereferat\nDato: 4. marts 2024\n\n1. Godkendelse\nTekst.\n\n"
         "Byrådets møde 4. marts 2024, side 2\n2. Skolestruktur\n"
         "Socialudvalget den 12. februar 2024: anbefalet.\n"
         "Socialudvalget har bedt om en plan. Socialudvalget følger op.\n\n"
         "Byrådets møde 4. marts 2024, side 3\n3. Eventuelt\nIntet.\n",
         "Byrådet"},
        /* a list of other meetings, one council and date a line */
        {"Andre møder\nØkonomiudvalget 12. marts 2024\nByrådet 13. februar "
         "2024\nSocialudvalget 5. februar 2024\nReferat\nTeknikudvalget\n"
         "Tirsdag den 9. april 2024\n\n1. Godkendelse\nGodkendt.\n\n"
         "2. Eventuelt\nIntet.\n",
         "Teknikudvalget"},
        {"Akademisk Råd\nMødedato Mandag den 31. oktober 2016 kl 14\n\n"
         "1. Godkendelse\nGodkendt.\n\n2. Eventuelt\nIntet.\n",
         "Akademisk Råd"},
        /* only a breadcrumb names it; the items name the byråd */
        {"Forside > Politik > Dagsordener > Teknik- og Miljøudvalget\n"
         "Referat\nDato: 5. marts 2024\n\n1. Lokalplan for havnen\n"
         "Byrådet skal godkende planen. Byrådet behandler sagen.\n\n"
         "2. Eventuelt\nByrådet orienteres.\n",
         "Teknik- og Miljøudvalget"},
        /* letter-spaced, as a PDF transcript keeps a heading */
        {"R E F E R A T\nÆ L D R E R Å D E T\nDato: 7.11.2019\n\n"
         "1. Godkendelse\nGodkendt.\n\n2. Eventuelt\nIntet.\n",
         "Ældrerådet"},
        /* a council named by an adjective and the bare noun; "&" in a
         * name after "for" */
        {"Referat - Teknisk Udvalg - 15-maj-2002\n\n1. Godkendelse\n"
         "Godkendt.\n\n2. Eventuelt\nIntet.\n",
         "Teknisk Udvalg"},
        {"TEKNISK UDVALG\nReferat\n7. november 2019\n\n1. Godkendelse\n"
         "Godkendt.\n\n2. Eventuelt\nIntet.\n",
         "Teknisk Udvalg"},
        {"Referat\nUdvalget for Teknik & Miljø\n7. november 2019\n\n"
         "1. Godkendelse\nGodkendt.\n\n2. Eventuelt\nIntet.\n",
         "Udvalget for Teknik & Miljø"},
        /* an adjective before a compound noun, the body naming it by the
         * noun alone; a meeting's kind before one is no part of it */
        {"Frivilligt Samråd - 30-11-2021\n\nReferat\n22. Godkendelse\n"
         "Samrådet godkendte dagsordenen.\n\n23. Eventuelt\n"
         "Samrådet drøftede julearrangementet.\n",
         "Frivilligt Samråd"},
        {"Ekstraordinært Forretningsudvalg\nReferat\n7. november 2019\n\n"
         "1. Godkendelse\nGodkendt.\n\n2. Eventuelt\nIntet.\n",
         "Forretningsudvalget"},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_meeting m;
        parse_whole(cases[i].text, NULL, &m);
        expect_council(cases[i].text, m.council, cases[i].want);
        mnt_meeting_fini(&m);
    }
}

/* A town hall, a seat or another town of a municipality's own (one or
 * two words), before Rådhus, kommune or after a postcode: its authority. */
static void test_authority_towns(void **state)
{
    (void)state;
    static const struct {
        const char *line, *want;
    } cases[] = {
        {"Mødested: Nykøbing F. Rådhus, mødelokale 2", "Guldborgsund Kommune"},
        {"Mødested: Rådhuset, 4800 Nykøbing F", "Guldborgsund Kommune"},
        {"Mødested: Ringkøbing Rådhus", "Ringkøbing-Skjern Kommune"},
        {"Mødested: Skjern Rådhus", "Ringkøbing-Skjern Kommune"},
        {"Mødested: Rådhuset, Torvet 1, 4690 Haslev", "Faxe Kommune"},
        {"Mødested: Solrød Strand Rådhus", "Solrød Kommune"},
        {"Sted: Store Heddinge Rådhus", "Stevns Kommune"},
        {"Sted: Nykøbing Mors Rådhus", "Morsø Kommune"},
        {"Mødested: Biblioteket, 2900 Hellerup", "Gentofte Kommune"},
        {"Sted: Lyngby-Taarbæk Rådhus", "Lyngby-Taarbæk Kommune"},
        {"Sted: Kastrup Rådhus", "Tårnby Kommune"},
        {"Kontakt: Faaborg-Midtfyn kommune", "Faaborg-Midtfyn Kommune"},
        {"Sted: Ærø Rådhus", "Ærø Kommune"},
        /* a flattened header runs the place on into the next field */
        {"Møde kl. 08:00 i Erhvervshuset Struer Afbud fra/fraværende: -",
         "Struer Kommune"},
        /* Lejre's town hall stands in Allerslev (fd- round) */
        {"Mødested: Rådhuset, 4320 Allerslev", "Lejre Kommune"},
        /* a flattened header runs its place on into the absent member */
        {"Kl. 16:15 i Mødelokale 5, Hvalsø Karin Holt Due (V)",
         "Lejre Kommune"},
        {"Kl. 17:00 i Byrådssalen, Kokkedal Palle Ussing Ravn (Ø)",
         "Fredensborg Kommune"},
        /* a town of its own but no cue that it is the author */
        {"Sted: Hellerup Bibliotek", NULL},
        /* a town of two words whose first names no municipality alone,
         * named alone (gx- round) */
        {"Beslutning: Sted: Kantinen, Administrationscentret i Nykøbing "
         "Sj.",
         "Odsherred Kommune"},
        {"Beslutning: Mødet holdes i Salen, Store Heddinge.", "Stevns Kommune"},
        {"Beslutning: Sted: Salen, Store Heddinge Kirsten (formand)", NULL},
        /* a merging municipality's name of 2005-2006 (cj- round): its
         * sammenlægningsudvalg's letterhead keeps "Ny" */
        {"Ny Vestby Kommune REFERAT Torsdag den 5. marts", "Ny Vestby Kommune"},
        {"Ny Frederikssund Kommune", "Ny Frederikssund Kommune"},
    };
    for (size_t i = 0; i < N(cases); i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Referat\nHandicaprådet\nDato: 5. marts 2024\n%s\n\n"
                 "1. Godkendelse\nTekst.\n\n2. Eventuelt\nIntet.\n",
                 cases[i].line);
        struct mnt_meeting m;
        parse_whole(text, NULL, &m);
        const char *want = cases[i].want;
        if (want == NULL ? m.authority != NULL
                         : m.authority == NULL || strcmp(m.authority, want))
            fail_msg("authority <%s>, want <%s> for <%s>",
                     m.authority ? m.authority : "(null)",
                     want ? want : "(null)", cases[i].line);
        mnt_meeting_fini(&m);
    }
}

/* Whose council it is, said after it ("… for Fredericia Kommune", "…
 * i Randers", "Regionshuset Aalborg"), is the authority, not part of its
 * name; plain parts of a compound joined by a comma. */
static void test_council_owner(void **state)
{
    (void)state;
    static const struct {
        const char *header, *council, *authority;
    } cases[] = {
        {"Handicaprådet for Fredericia Kommune", "Handicaprådet",
         "Fredericia Kommune"},
        {"Ældrerådet for Region Hovedstaden", "Ældrerådet",
         "Region Hovedstaden"},
        {"Byrådet i Randers", "Byrådet", "Randers Kommune"},
        {"Folkeoplysningsudvalget i Ikast-Brande", "Folkeoplysningsudvalget",
         "Ikast-Brande Kommune"},
        {"Psykiatri- og Socialudvalget\nRegionshuset Aalborg",
         "Psykiatri- og Socialudvalget", "Region Nordjylland"},
        {"Plan, Teknik og Miljøudvalget", "Plan, Teknik og Miljøudvalget",
         NULL},
        {"Lokalrådet for Næstved Vestegn", "Lokalrådet for Næstved Vestegn",
         NULL},
        /* a breadcrumb glued by its arrows' alt text repeats the council
         * before the page's title */
        {"Referater 2016pilSundhedsudvalgetpilSundhedsudvalget - Referat",
         "Sundhedsudvalget", NULL},
        /* a forum's definite form is its printed one */
        {"Kontaktforum for Handicap - Referat", "Kontaktforum for Handicap",
         NULL},
    };
    for (size_t i = 0; i < N(cases); i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Referat\n%s\nDato: 7.11.2019\n\n1. Godkendelse\nTekst."
                 "\n\n2. Eventuelt\nIntet.\n",
                 cases[i].header);
        struct mnt_meeting m;
        parse_whole(text, NULL, &m);
        expect_council(text, m.council, cases[i].council);
        const char *want = cases[i].authority;
        if (want == NULL ? m.authority != NULL
                         : m.authority == NULL || strcmp(m.authority, want))
            fail_msg("authority <%s>, want <%s> in:\n%s",
                     m.authority ? m.authority : "(null)",
                     want ? want : "(null)", text);
        mnt_meeting_fini(&m);
    }
}

/* A date printed without its year takes the year of the nearest
 * reliable source, a printed weekday deciding between years; with none
 * there is no date. A labelled one beats full dates of other meetings. */
static void test_dates_without_year(void **state)
{
    (void)state;
    static const struct {
        const char *header, *name, *want;
    } cases[] = {
        {"Integrationsrådet\nReferat\nMandag den 3. februar kl. 16.00\n", NULL,
         "2020-02-03"}, /* the page footer below the items: "referat 2020" */
        {"Udskrevet den 10. januar 2020\nReferat\nSeniorrådet\n"
         "Torsdag den 19. december kl. 10\n",
         NULL, "2019-12-19"},
        {"Referat fra mødet 5. december 2019 er godkendt\nSeniorrådet\n"
         "Dato: Mandag den 3. februar\n",
         NULL, "2020-02-03"},
        {"Offentliggjort 15. juli 2020\nSeniorrådet\n"
         "Dato: onsdag den 3. februar\n",
         NULL, "2021-02-03"}, /* 3 February 2020 was a Monday */
        {"Ældrerådet\nMødedato: tirsdag d. 5/3\n",
         "referat-2019-aeldreraad.pdf", "2019-03-05"},
        {"Ældrerådet\nMødedato: 5/3\n", "aeldreraad_2019_03_05.pdf",
         "2019-03-05"},
        /* the meeting's day under the heading, then an earlier meeting */
        {"Referat\nÆldrerådet\nMøde tirsdag den 5. marts kl. 10\n"
         "Referatet fra 6. februar 2024 blev godkendt.\n",
         NULL, "2024-03-05"},
        /* a meeting plan's days, then the meeting's full date */
        {"Referat\nÆldrerådet\nMødeplan: 9. januar, 6. februar\n"
         "Tirsdag den 5. marts 2024\n",
         NULL, "2024-03-05"},
        /* an agenda line's year is its topic's, not the meeting's */
        {"Ældrerådet - mødeplan 2020\n\nReferat\n\n\n\n"
         "Dato: Mandag den 5. oktober\nDagsorden:\n1. Godkendelse\n"
         "2. Budget 2021\n",
         NULL, "2020-10-05"},
        /* the coming and the previous meeting are other meetings */
        {"Kommende møde: 9. april 2024\nForrige møde: 6. februar 2024\n"
         "Referat\nÆldrerådet\nTirsdag den 5. marts\n",
         NULL, "2024-03-05"},
        {"Kommende møde: 9. april 2024\nReferat\nÆldrerådet\n"
         "Mødet blev holdt på plejecentret.\n",
         NULL, NULL},
        /* a hosting site's related documents, labelled dates and all */
        {"REFERAT. Ordinært møde i Ældrerådet\n\nRelaterede dokumenter\n"
         "Møde i Ældrerådet Dato: Onsdag den 29. oktober 2014\n\n"
         "Størrelse: px\nTranskript\n\nReferat\nÆldrerådet\n"
         "Onsdag den 10. december 2014 kl. 10\n",
         NULL, "2014-12-10"},
        {"Ældrerådet\nMandag den 3. februar\n", NULL, NULL},
        {"Ældrerådet\nTid: kl. 10.05-12.00\n", "raad-2019.pdf", NULL},
    };
    for (size_t i = 0; i < N(cases); i++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "%s\n1. Godkendelse\nTekst.\n\n2. Eventuelt\nIntet.\n%s",
                 cases[i].header,
                 i == 0 ? "\nIntegrationsrådet - referat 2020   Side 1 af 1\n"
                        : "");
        struct mnt_hints h = {.name = cases[i].name};
        struct mnt_meeting m;
        parse_whole(text, &h, &m);
        const char *want = cases[i].want;
        if (want == NULL ? m.date != NULL
                         : m.date == NULL || strcmp(m.date, want) != 0)
            fail_msg("date <%s>, want <%s> in:\n%s", m.date ? m.date : "(null)",
                     want ? want : "(null)", text);
        mnt_meeting_fini(&m);
    }
}

/* With no date in the header, the page header's date beats other
 * committees' earlier decisions in the items. */
static void test_date_from_page_header(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\nByrådet\n\n1. Lokalplan for Nørreby\n"
        "Økonomiudvalget den 20. januar 2020: Anbefales.\n"
        "Beslutning: Vedtaget.\n\nByrådet, 28. januar 2020   Side 2\n\n"
        "2. Takster for parkering\nTeknisk Udvalg den 14. januar 2020: "
        "Anbefales.\nBeslutning: Godkendt.\n\n"
        "Byrådet, 28. januar 2020   Side 3\n\n3. Eventuelt\nIntet.\n";
    struct mnt_meeting m;
    parse_whole(text, NULL, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2020-01-28");
    expect_council(text, m.council, "Byrådet");
    mnt_meeting_fini(&m);
}

/* Copenhagen's type marks after every title are no part of it; a
 * party's letter after one title is. */
static void test_title_marks(void **state)
{
    (void)state;
    static const char marked[] =
        "Referat\nValby Lokaludvalg\nMødedato: 5. marts 2024\n\n"
        "1. Valg af dirigent ( )\nAage Brask blev valgt.\n\n"
        "2. Puljer til foreninger (B)\nTo ansøgninger blev støttet.\n\n"
        "3. Eventuelt ( )\nIntet.\n";
    static const char *const want[] = {"Valg af dirigent",
                                       "Puljer til foreninger", "Eventuelt"};
    struct mnt_meeting m;
    parse_whole(marked, NULL, &m);
    assert_int_equal(m.nitems, 3);
    for (size_t k = 0; k < m.nitems; k++)
        assert_string_equal(m.items[k].title, want[k]);
    mnt_meeting_fini(&m);
    static const char party[] =
        "Referat\nByrådet\nMødedato: 5. marts 2024\n\n"
        "1. Medlemsforslag om cykelstier (Ø)\nForslaget blev drøftet.\n\n"
        "2. Eventuelt\nIntet.\n";
    parse_whole(party, NULL, &m);
    assert_int_equal(m.nitems, 2);
    assert_string_equal(m.items[0].title, "Medlemsforslag om cykelstier (Ø)");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_council_sources),
        cmocka_unit_test(test_title_marks),
        cmocka_unit_test(test_authority_towns),
        cmocka_unit_test(test_council_owner),
        cmocka_unit_test(test_dates_without_year),
        cmocka_unit_test(test_date_from_page_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
