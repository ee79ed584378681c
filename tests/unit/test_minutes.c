/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_minutes.c - the minutes parser (lib/minutes) on the five seed
 * minutes in corpus/ (items, titles, line ranges, dates, councils, case
 * numbers; expected values copied from ../shared/eval/items.tsv), on the
 * hand-made files in tests/data/minutes/ (unknown layouts, sidecars).
 * Clean-up, dates and hostile input: test_minutes_clean.c; the fields of
 * other layouts: test_minutes_fields.c. */
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
#include "minutes/segment_internal.h"

/* ---- helpers ---- */

static void source_path(const char *rel, char *out, size_t cap)
{
    const char *dir = getenv("REFERAT_SOURCE_DIR");
    snprintf(out, cap, "%s/%s", dir ? dir : ".", rel);
}

static const struct mnt_item *item(const struct mnt_meeting *m,
                                   const char *label)
{
    for (size_t i = 0; i < m->nitems; i++)
        if (strcmp(m->items[i].label, label) == 0)
            return &m->items[i];
    fail_msg("no item <%s>", label);
    return NULL;
}

static const struct mnt_section *section(const struct mnt_item *it,
                                         const char *name)
{
    for (size_t i = 0; i < it->nsections; i++)
        if (strcmp(it->sections[i].name, name) == 0)
            return &it->sections[i];
    fail_msg("item <%s> has no section <%s>", it->label, name);
    return NULL;
}

/* ---- the seeds: every item as a careful reader sees it ---- */

struct want_item {
    const char *label, *title;
    unsigned first_line, last_line;
    const char *case_no;
};

static const struct want_item region2024_items[] = {
    {"1", "Velkomst og program for mødet", 22, 32, "1-01-81-11-23"},
    {"2",
     "Tema: Etablering af dobbeltdiagnosebehandlingstilbud i Region "
     "Midtjylland",
     34, 114, "1-01-81-11-23"},
    {"3", "Godkendelse af referat og opfølgning på sidste møde", 116, 178,
     "1-01-81-11-23"},
    {"4", "Evaluering af møderne i Udsatterådet", 180, 230, "1-01-81-11-23"},
    {"5", "Drøftelse af mærkesager for Udsatterådet", 232, 301,
     "1-01-81-11-23"},
    {"6", "Aktuelt fra foreningerne i Udsatterådet", 303, 317, "1-01-81-11-23"},
    {"7", "Aktuelt fra Region Midtjylland", 319, 339, "1-01-81-11-23"},
    {"8", "Gensidig orientering", 341, 351, "1-01-81-11-23"},
    {"9", "Besøg i Blå Kors' Varmestue i Herning", 353, 379, "1-01-81-11-23"},
    {"10", "Mødedeltagelse", 381, 391, "1-01-81-11-23"},
};
static const struct want_item region2025_items[] = {
    {"1", "Velkomst og program for mødet", 21, 31, "1-01-81-11-23"},
    {"2", "Orientering om forlængelse af funktionsperioden for Udsatterådet",
     33, 67, "1-01-81-11-23"},
    {"3", "Status på sundhedsreformen", 69, 117, "1-01-81-11-23"},
    {"4", "Status på Udsatterådets arbejde i funktionsperioden", 119, 157,
     "1-01-81-11-23"},
    {"5", "Aktuelt fra foreningerne i Udsatterrådet", 159, 169,
     "1-01-81-11-23"},
    {"6", "Aktuelt fra Region Midtjylland", 171, 215, "1-01-81-11-23"},
    {"7", "Godkendelse af referat fra sidste møde", 217, 245, "1-01-81-11-23"},
    {"8", "Opsamling og afrunding på mødet", 247, 257, "1-01-81-11-23"},
    {"9", "Mødedeltagelse", 259, 267, "1-01-81-11-23"},
};
static const struct want_item herning_items[] = {
    {"1", "Projekt Sårbare Unge", 9, 69, "27.12.00-G01-199-07"},
    {"2", "Høring af Kvalitetsstandard for social behandling af stofmisbrug",
     73, 148, "29.00.00-A26-2-17"},
    {"3", "Hjemløsetælling 2017", 152, 250, "27.00.00-A00-7-17"},
    {"4", "Udsatterådet - næste funktionsperiode", 254, 405,
     "27.12.00-G01-199-07"},
    {"5", "Orientering fra Handicap og Psykiatri", 409, 429,
     "29.00.00-A26-2-17"},
    {"6",
     "Muligheden for at involvere frivillige til at gøre en indsats overfor "
     "unge udsatte",
     433, 449, "29.00.00-A26-2-17"},
    {"7", "Eventuelt", 453, 505, "29.00.00-A26-2-17"},
};
static const struct want_item odense_items[] = {
    {"1", "Godkendelse af referat af fra sidste møde", 26, 27, NULL},
    {"2", "Godkendelse af dagsorden", 30, 33, NULL},
    {"3", "Siden sidst ved formanden", 36, 73, NULL},
    {"3a", "Fællesmøde med Beskæftigelses- og Socialudvalget", 74, 182, NULL},
    {"3b", "Valg", 188, 216, NULL},
    {"3c",
     "Odense Kommunes politik for socialt udsatte ift. Sundhedsstyrelsens "
     "anbefalinger i Sundhedstilbud til Socialt udsatte borgere",
     222, 242, NULL},
    {"3d", "Café Paraplyen – lokaler fremover", 246, 265, NULL},
    {"4",
     "Oplæg og drøftelse – Assisteret stofindtag (udgår da Joachim har meldt "
     "afbud)",
     269, 281, NULL},
    {"5", "Rundvisning", 285, 289, NULL},
    {"6", "Nyt fra forvaltningen", 293, 428, NULL},
    {"7", "Næste møde", 432, 434, NULL},
    {"8", "Evt.", 438, 443, NULL},
};
static const struct want_item fredericia_items[] = {
    {"1", "Opfølgning på sidste møde", 35, 40, NULL},
    {"2", "Godkendelse af dagsorden", 43, 46, NULL},
    {"3", "Oplæg fra Rusmiddelcenteret v. Majbritt Grundvad (60min)", 49, 90,
     NULL},
    {"4",
     "Landspanelmøde for lokale udsatteråd – drøftelse Rådets fire "
     "anbefalinger",
     93, 124, NULL},
    {"5", "Opfølgning på dialogmøde med Senior og Socialudvalget", 125, 144,
     NULL},
    {"6",
     "2. møde i fagprofessionelt ledernetværk vedr. Inkluderende Fællesskaber "
     "og forebyggelse af Udsathed",
     148, 189, NULL},
    {"7", "Status fra Hellestedet", 192, 208, NULL},
    {"8",
     "Udsatteuge/ Korshærsdage i uge 41. Tema: Hjem til hjemløse v. "
     "arbejdsgruppe",
     211, 222, NULL},
    {"9", "Aktivitetsplan v. Kristine Ussing Petersen", 226, 228, NULL},
    {"10", "Nyt fra Forvaltningen v. Henriette Korf Graversen", 231, 260, NULL},
    {"11", "Evt.", 263, 269, NULL},
};

#define N(a) (sizeof(a) / sizeof *(a))

static const struct want_seed {
    const char *file, *layout, *date, *council, *authority, *source, *place;
    const struct want_item *items;
    size_t nitems;
} seeds[] = {
    {"corpus/region-midtjylland-udsatteraad-2024-06-19.txt", "region",
     "2024-06-19", "Region Midtjyllands Udsatteråd", "Region Midtjylland",
     "header", "Frivillighedscenter Herning, Fredensgade 14, 7400 Herning",
     region2024_items, N(region2024_items)},
    {"corpus/region-midtjylland-udsatteraad-2025-10-22.txt", "region",
     "2025-10-22", "Region Midtjyllands Udsatteråd", "Region Midtjylland",
     "header", "Mødelokale F7 stuen, Regionshuset Viborg", region2025_items,
     N(region2025_items)},
    {"corpus/herning-udsatteraad-2017-10-06.txt", "herning", "2017-10-06",
     "Udsatterådet, Herning Kommune", "Herning Kommune", "header",
     "Lokale A3.25", herning_items, N(herning_items)},
    {"corpus/odense-raadet-for-socialt-udsatte-2017-11-30.txt", "odense",
     "2017-11-30", "Rådet for Socialt Udsatte, Odense Kommune",
     "Odense Kommune", "header",
     "Kirkens Korshærs Varmestue//Stofindtagelsesrum/Sundhedsrum "
     "Østergade 55, 5000 Odense C",
     odense_items, N(odense_items)},
    /* The Fredericia file never names its council in the header: the
     * council noun and the municipality come from the body text. */
    {"corpus/fredericia-udsatteraad-2022-08-24.txt", "fredericia", "2022-08-24",
     "Udsatterådet, Fredericia Kommune", "Fredericia Kommune", "content",
     "Frivilligcenteret i Sundhedshuset", fredericia_items,
     N(fredericia_items)},
};

static void check_seed(const struct want_seed *w)
{
    struct mnt_meeting m;
    parse_file(w->file, NULL, &m);
    assert_string_equal(m.layout, w->layout);
    assert_string_equal(m.date, w->date);
    assert_string_equal(m.council, w->council);
    assert_string_equal(m.authority, w->authority);
    assert_string_equal(m.council_source, w->source);
    assert_string_equal(m.place, w->place);
    assert_int_equal(m.nwarnings, 0);
    assert_int_equal(m.nitems, w->nitems);
    for (size_t i = 0; i < w->nitems; i++) {
        const struct mnt_item *it = &m.items[i];
        const struct want_item *wi = &w->items[i];
        assert_string_equal(it->label, wi->label);
        assert_string_equal(it->title, wi->title);
        assert_int_equal(it->first_line, wi->first_line);
        /* within the item, at or past its last non-blank line */
        assert_true(it->last_line >= wi->last_line);
        if (i + 1 < w->nitems)
            assert_true(it->last_line < w->items[i + 1].first_line);
        if (wi->case_no == NULL)
            assert_null(it->case_no);
        else
            assert_string_equal(it->case_no, wi->case_no);
        assert_non_null(it->body);
        /* no title is a table-of-contents line */
        assert_lacks(it->title, ".....");
    }
    mnt_meeting_fini(&m);
}

/* One seed, the state given in main()'s table. */
static void test_seed(void **state)
{
    check_seed(*state);
}

/* The names of its sections, in order, and no more. */
static void expect_sections(const struct mnt_item *it, const char *const *names,
                            size_t n)
{
    assert_int_equal(it->nsections, n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(it->sections[i].name, names[i]);
}

/* Region: sections, the table of contents left out, attendance. */
static void test_region_details(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file(seeds[0].file, NULL, &m);
    static const char *const names[] = {
        "Resume", "Indstilling", "Sagsfremstilling", "Beslutning", "Bilag"};
    const struct mnt_item *it = item(&m, "2");
    expect_sections(it, names, N(names));
    assert_string_equal(
        section(it, "Bilag")->text,
        "Integreret patientforløb for dobbeltdiagnosebehandling");
    assert_contains(section(it, "Beslutning")->text, "praktiserende læger");
    assert_contains(it->body, "F-ACT-inspirerede");
    assert_lacks(it->body, "1-01-81-11-23");
    /* the first item starts after the table of contents */
    assert_int_equal(m.items[0].first_line, 22);
    /* wrapped over a page break: "presserende" / "" / "behov" */
    assert_contains(section(item(&m, "3"), "Beslutning")->text,
                    "et presserende behov for");
    /* link debris "[text \(x\)](#)" undone */
    assert_contains(item(&m, "6")->body,
                    "Nationale strategi 2024 digital.pdf (rodekors.dk).");
    assert_contains(item(&m, "10")->attendees, "Freddy Nielsen");
    assert_lacks(item(&m, "10")->attendees, "Beslutning");
    assert_contains(m.attendees, "Susanne B. Andersen");
    assert_null(item(&m, "2")->attendees);
    mnt_meeting_fini(&m);

    parse_file(seeds[1].file, NULL, &m);
    assert_contains(item(&m, "6")->body, "børne- og ungdomspsykiatrien");
    assert_contains(item(&m, "9")->attendees, "Karen Elisabeth Westergaard");
    mnt_meeting_fini(&m);
}

/* Herning: Sagsnr. blocks, committee-code columns, no-break spaces. */
static void test_herning_details(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file(seeds[2].file, NULL, &m);
    for (size_t i = 0; i < m.nitems; i++) {
        const char *b = m.items[i].body;
        assert_lacks(b, "DIR");
        assert_lacks(b, "\nFOU\n");
        assert_lacks(b, "BYR");
        assert_lacks(b, "\xC2\xA0");
        assert_lacks(b, "sagsbehandlere");
        assert_lacks(b, "\nx\n");
    }
    const struct mnt_item *it = item(&m, "2");
    static const char *const names[] = {"Sagsresume", "Sagsfremstilling",
                                        "Økonomi",    "Indstilling",
                                        "Beslutning", "Bilag"};
    expect_sections(it, names, N(names));
    assert_contains(section(it, "Indstilling")->text,
                    "Det indstilles at kvalitetsstandarden");
    assert_contains(section(it, "Indstilling")->text,
                    "Social- og Sundhedsudvalget");
    assert_contains(it->attendees, "Anne-Mette Jespersen");
    assert_contains(item(&m, "1")->attendees, "Ejnar Tang");
    /* text before the first heading is a section named "" */
    assert_string_equal(item(&m, "1")->sections[0].name, "");
    assert_contains(item(&m, "1")->sections[0].text, "deltog under punktet");
    assert_string_equal(section(item(&m, "7"), "Beslutning")->text,
                        "Der blev uddelt en invitation til en VISO-konference "
                        "d. 5. december 2017. Der var enighed i rådet om, at "
                        "dette arrangement er relevant - og at det i 2017 "
                        "kunne være en fuldgod erstatning for en studietur."
                        "\n\nSåfremt rådsmedlemmer ønsker at deltage, så skal "
                        "der gives besked til Anne Nørgaard, Handicap og "
                        "Psykiatri inden d. 15. november 2017.");
    assert_null(m.attendees);
    mnt_meeting_fini(&m);
}

/* Odense: sub-items, overview bullets, page header, hyphenation. */
static void test_odense_details(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file(seeds[3].file, NULL, &m);
    const struct mnt_item *it = item(&m, "3");
    assert_contains(it->body, "• 3a: Fællesmøde");
    assert_lacks(it->body, "MAHST");
    assert_lacks(it->body, "DATO");
    assert_lacks(it->body, "22. november 2017");
    assert_lacks(item(&m, "3d")->body, "5/7");
    assert_contains(item(&m, "3a")->body,
                    "https://www.odense.dk/politik/dagsordner-og-referater/"
                    "social-og-arbejdsmarkedsudvalget?DagsordenID=258");
    assert_contains(item(&m, "3a")->body, "Beskæftigelses- og Socialudvalget");
    assert_contains(item(&m, "3a")->body, "drøftelsen med udvalget tog");
    assert_contains(item(&m, "4")->body, "Stofindtagelsesrum/Sundhedsrum");
    /* the numbered list inside item 6 stays in item 6 */
    assert_contains(item(&m, "6")->body,
                    "1. en strategi for det rummelige arbejdsmarked.");
    assert_contains(item(&m, "6")->body, "I perioden 2015-2017 er tallet");
    assert_contains(m.attendees, "Tove Nygaard");
    assert_contains(m.attendees, "Marianne Kragmann");
    assert_contains(m.attendees, "Afbud: Peder Thyssen");
    assert_contains(item(&m, "2")->attendees, "har meldt afbud");
    mnt_meeting_fini(&m);
}

/* Fredericia: inline section labels, an e-mail split by a hyphen. */
static void test_fredericia_details(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file(seeds[4].file, NULL, &m);
    assert_string_equal(section(item(&m, "4"), "Beslutning")->text,
                        "Der ændres ikke på Udsatterådets konstituering.");
    assert_contains(
        section(item(&m, "3"), "Drøftelsens hovedpointer/beslutning")->text,
        "væresteder, i organisationerne");
    assert_contains(item(&m, "6")->body, "pia.l.nielsen@fredericia.dk senest");
    assert_lacks(item(&m, "6")->body, "mailto:");
    assert_contains(item(&m, "6")->body, "og der derved går for lang tid");
    assert_contains(item(&m, "4")->body, "Bilag 3: slides fra landspanelmødet");
    assert_contains(m.attendees, "Medlemmer: Bjarne Dahlmann");
    assert_contains(m.attendees, "Søren Thorsen, Preben Lærche");
    assert_contains(m.attendees, "Forvaltningen: Henriette Korf Graversen");
    assert_contains(m.attendees, "Afbud: Pia Lindegaard Nielsen");
    mnt_meeting_fini(&m);
}

/* ---- unknown layouts and hand-made files ---- */

static void test_unknown_layout(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file("tests/data/minutes/unknown-layout.txt", NULL, &m);
    assert_string_equal(m.layout, "generic");
    assert_true(has_warning(&m, "unknown layout"));
    assert_int_equal(m.nitems, 3);
    assert_string_equal(m.items[0].label, "1");
    assert_string_equal(m.items[0].title, "Velkomst");
    assert_int_equal(m.items[0].first_line, 5);
    assert_string_equal(m.items[1].title, "Budget 2022");
    assert_contains(m.items[0].body, "hjemløse ældre");
    assert_contains(m.items[1].body, "prioritere ældreplejen og Social- og");
    assert_string_equal(m.items[2].title, "Eventuelt");
    assert_string_equal(m.date, "2021-03-03");
    assert_string_equal(m.council, "Ældrerådet, Testrup Kommune");
    mnt_meeting_fini(&m);

    parse_file("tests/data/minutes/no-headings.txt", NULL, &m);
    assert_string_equal(m.layout, "generic");
    assert_true(has_warning(&m, "whole file is one item"));
    assert_int_equal(m.nitems, 1);
    assert_string_equal(m.items[0].title, "Notat om varmestuen");
    assert_int_equal(m.items[0].first_line, 1);
    assert_contains(m.items[0].body, "oplever, at flere hjemløse");
    assert_lacks(m.items[0].body, "Side 1");
    assert_null(m.date);
    assert_null(m.council);
    mnt_meeting_fini(&m);
}

/* An agenda list before the items must not become the items. */
static void test_agenda_list_not_items(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file("tests/data/minutes/toc-numbered.txt", NULL, &m);
    assert_int_equal(m.nitems, 3);
    assert_int_equal(m.items[0].first_line, 9);
    assert_int_equal(m.items[1].first_line, 12);
    assert_int_equal(m.items[2].first_line, 17);
    assert_contains(m.items[1].body, "1. åbningstider");
    assert_string_equal(m.council, "Udsatterådet, Prøvested Kommune");
    assert_string_equal(m.date, "2024-02-01");
    mnt_meeting_fini(&m);
}

/* Herning layout: the line after "Sagsnr." is the title even when it
 * reads like a run-in section ("Høring: Boligstøtte"); a bare section
 * name there means the item has no title (NULL, with a warning). Found
 * on generated minutes. */
static void test_run_in_title(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file("tests/data/minutes/herning-run-in-title.txt", NULL, &m);
    assert_int_equal(m.nitems, 2);
    assert_string_equal(m.items[0].title, "Høring: Boligstøtte");
    assert_string_equal(m.items[0].case_no, "14.04.05-A33-79-14");
    assert_null(m.items[1].title); /* none printed: none made up */
    assert_true(has_warning(&m, "item 2 has no title"));
    assert_string_equal(m.items[1].sections[0].name, "Sagsresume");
    mnt_meeting_fini(&m);
}

/* "3. § 18-midler" is a heading (titles may open with the paragraph
 * sign), and a wrapped line "2018." is not item 2018. */
static void test_paragraph_title(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_file("tests/data/minutes/paragraph-title.txt", NULL, &m);
    assert_int_equal(m.nitems, 4);
    assert_string_equal(m.items[2].label, "3");
    assert_string_equal(m.items[2].title, "§ 18-midler – status og drøftelse");
    assert_string_equal(m.items[3].title, "Eventuelt");
    assert_contains(m.items[1].body, "2018");
    mnt_meeting_fini(&m);
}

static void test_sidecar(void **state)
{
    (void)state;
    char path[1024];
    struct mnt_sidecar sc = {NULL, NULL, NULL, NULL, NULL};
    struct err e;
    source_path("tests/data/minutes/with-sidecar.txt.meta", path, sizeof path);
    assert_int_equal(mnt_sidecar_load(path, &sc, &e), ERR_OK);
    assert_string_equal(sc.council, "Handicaprådet, Testrup Kommune");
    assert_string_equal(sc.authority, "Testrup Kommune");
    assert_string_equal(sc.date, "2023-05-13");
    assert_string_equal(sc.place, "Testrup Rådhus");

    /* without hints: the text's own date and place, no council */
    struct mnt_meeting m;
    parse_file("tests/data/minutes/with-sidecar.txt", NULL, &m);
    assert_string_equal(m.date, "2023-05-12");
    assert_string_equal(m.place, "Rådhuset, mødelokale 2");
    assert_null(m.council);
    assert_true(has_warning(&m, "council"));
    mnt_meeting_fini(&m);

    /* hints override inference */
    struct mnt_hints h = {sc.council, sc.authority, sc.date, sc.place, NULL};
    parse_file("tests/data/minutes/with-sidecar.txt", &h, &m);
    assert_string_equal(m.council, "Handicaprådet, Testrup Kommune");
    assert_string_equal(m.authority, "Testrup Kommune");
    assert_string_equal(m.council_source, "sidecar");
    assert_string_equal(m.date, "2023-05-13");
    assert_string_equal(m.place, "Testrup Rådhus");
    assert_int_equal(m.nitems, 2);
    assert_string_equal(section(&m.items[1], "Beslutning")->text,
                        "Taget til efterretning.");
    mnt_meeting_fini(&m);
    mnt_sidecar_fini(&sc);

    /* a hint on a seed wins over what the text says */
    struct mnt_hints h2 = {.date = "2022-08-25"};
    parse_file(seeds[4].file, &h2, &m);
    assert_string_equal(m.date, "2022-08-25");
    assert_string_equal(m.council, "Udsatterådet, Fredericia Kommune");
    mnt_meeting_fini(&m);

    source_path("tests/data/minutes/bad-sidecar.meta", path, sizeof path);
    assert_int_equal(mnt_sidecar_load(path, &sc, &e), ERR_INVAL);
    assert_contains(e.msg, ":2:");
    assert_null(sc.council);
    source_path("tests/data/minutes/no-such.meta", path, sizeof path);
    assert_int_equal(mnt_sidecar_load(path, &sc, &e), ERR_IO);
    mnt_sidecar_fini(&sc);
}

static void test_empty_input(void **state)
{
    (void)state;
    static const char *const nowords[] = {"", " \n\n\t", "\xC2\xA0\n\xC2\xA0",
                                          "-- . ,\n•"};
    for (size_t i = 0; i < N(nowords); i++) {
        struct mnt_meeting m;
        struct err e;
        memset(&m, 0, sizeof m);
        assert_int_equal(
            mnt_parse(nowords[i], strlen(nowords[i]), NULL, &m, &e), ERR_INVAL);
        mnt_meeting_fini(&m);
    }
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse("x", 1, NULL, &m, &e), ERR_OK);
    assert_int_equal(m.nitems, 1);
    assert_string_equal(m.items[0].title, "x");
    assert_true(m.nwarnings > 0);
    mnt_meeting_fini(&m);
    mnt_meeting_fini(&m); /* twice is harmless */
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        /* named as before, so CMOCKA_FILTER=test_seed_herning works */
        {"test_seed_region_2024", test_seed, NULL, NULL, (void *)&seeds[0]},
        {"test_seed_region_2025", test_seed, NULL, NULL, (void *)&seeds[1]},
        {"test_seed_herning", test_seed, NULL, NULL, (void *)&seeds[2]},
        {"test_seed_odense", test_seed, NULL, NULL, (void *)&seeds[3]},
        {"test_seed_fredericia", test_seed, NULL, NULL, (void *)&seeds[4]},
        cmocka_unit_test(test_region_details),
        cmocka_unit_test(test_herning_details),
        cmocka_unit_test(test_odense_details),
        cmocka_unit_test(test_fredericia_details),
        cmocka_unit_test(test_unknown_layout),
        cmocka_unit_test(test_agenda_list_not_items),
        cmocka_unit_test(test_run_in_title),
        cmocka_unit_test(test_paragraph_title),
        cmocka_unit_test(test_sidecar),
        cmocka_unit_test(test_empty_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
