/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_minutes.c - the minutes parser (lib/minutes) on the five seed
 * minutes in corpus/ (items, titles, line ranges, dates, councils, case
 * numbers; expected values copied from ../shared/eval/items.tsv), on the
 * hand-made files in tests/data/minutes/ (unknown layouts, sidecars), on
 * clean-up cases and on hostile input. */
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

#define assert_contains(hay, needle)                                           \
    do {                                                                       \
        const char *h_ = (hay);                                                \
        if (h_ == NULL || strstr(h_, (needle)) == NULL)                        \
            fail_msg("<%.200s> does not contain <%s>", h_ ? h_ : "(null)",     \
                     (needle));                                                \
    } while (0)

#define assert_lacks(hay, needle)                                              \
    do {                                                                       \
        const char *h_ = (hay);                                                \
        if (h_ != NULL && strstr(h_, (needle)) != NULL)                        \
            fail_msg("<%.200s> contains <%s>", h_, (needle));                  \
    } while (0)

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

/* ---- clean-up ---- */

static void test_clean(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want;
    } cases[] = {
        {"ind-\nsats", "indsats"},
        {"ind-\n\nsats", "indsats"},            /* across a blank line */
        {"ind-\n \n\xC2\xA0\nsats", "indsats"}, /* blank-ish lines */
        {"Stofindtagel-\nsesrum/Sundhedsrum", "Stofindtagelsesrum/Sundhedsrum"},
        {"Social- og Sundhedsudvalget", "Social- og Sundhedsudvalget"},
        {"Social-\nog Sundhedsudvalget", "Social- og Sundhedsudvalget"},
        {"Beskæftigelses-\n\nog Socialudvalget",
         "Beskæftigelses- og Socialudvalget"},
        {"børne- og ungdomspsykiatrien", "børne- og ungdomspsykiatrien"},
        {"børne-\neller ungeområdet", "børne- eller ungeområdet"},
        {"F-ACT-teams", "F-ACT-teams"},
        {"Region-\nMidtjylland", "Region-Midtjylland"},
        {"COVID-\n19", "COVID-19"},
        {"kl. 15.30-\n16.30", "kl. 15.30-16.30"},
        {"Det er den - samlet set - bedste",
         "Det er den - samlet set - bedste"},
        {"tekst\n5/7\nmere", "tekst mere"}, /* page footer */
        {"tekst.\n\nSide 3 af 7\n\nMere.", "tekst.\n\nMere."},
        {"tekst.\n\n12\n\nMere.", "tekst.\n\nMere."}, /* lone page number */
        {"\xC2\xA0\xC2\xA0\n\xC2\xA0\nHej", "Hej"},   /* no-break spaces */
        {"https://www.odense.dk/politik/dagsordner-og-referater/social-og-\n"
         "arbejdsmarkedsudvalget?DagsordenID=258",
         "https://www.odense.dk/politik/dagsordner-og-referater/"
         "social-og-arbejdsmarkedsudvalget?DagsordenID=258"},
        {"www.odense.dk/psykologteamet", "www.odense.dk/psykologteamet"},
        {"Send til pia.l.ni-\nelsen@fredericia.dk senest",
         "Send til pia.l.nielsen@fredericia.dk senest"},
        {"første linje\nanden linje\n\nNy paragraf.",
         "første linje anden linje\n\nNy paragraf."},
        {"et presserende\n\nbehov for data", "et presserende behov for data"},
        {"hjemløse i\n\nOdense.", "hjemløse i Odense."},
        {"Liste:\n- a\n- b\n• c", "Liste:\n- a\n- b\n• c"},
        {"• lang punkt-\ntekst fortsat", "• lang punkttekst fortsat"},
        {"[Tekst \\(rodekors.dk\\)](#).", "Tekst (rodekors.dk)."},
        {"a  b\t c", "a b c"},
        {"x@y.dk\nmailto:x@y.dk\nmere", "x@y.dk mere"},
        {"ord\xC2\xAD\nstykke", "ordstykke"}, /* soft hyphen */
        {"a\r\nb", "a b"},
        {"x\xFF"
         "y",
         "x\xEF\xBF\xBDy"}, /* invalid UTF-8 */
        {"", ""},
    };
    for (size_t i = 0; i < N(cases); i++) {
        char *got = mnt_clean(cases[i].in, strlen(cases[i].in));
        assert_non_null(got);
        if (strcmp(got, cases[i].want) != 0)
            fail_msg("mnt_clean(<%s>) = <%s>, want <%s>", cases[i].in, got,
                     cases[i].want);
        free(got);
    }
}

static void test_dates(void **state)
{
    (void)state;
    static const struct {
        const char *in, *want; /* want NULL: no date */
    } cases[] = {
        {"REFERAT Udsatterådet d. 19-06-2024", "2024-06-19"},
        {"Mødedato: 6. oktober 2017", "2017-10-06"},
        {"Referat for møde d. 30. november 2017 kl. 15.30", "2017-11-30"},
        {"Mødedato: 24.8.22", "2022-08-24"},
        {"den 2024-06-19", "2024-06-19"},
        {"19 juni 2024", "2024-06-19"},
        {"3. okt. 2019", "2019-10-03"},
        {"29.02.2024", "2024-02-29"},
        {"29.02.2023", NULL},
        {"1-01-81-11-23", NULL},    /* a case number */
        {"torsdag d. 13/10", NULL}, /* no year */
        {"Mødetidspunkt: 16-18", NULL},
        {"kl. 15.30 - 17.30", NULL},
        {"32.13.2020", NULL},
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
    assert_true(mnt_date_is_iso("2024-02-29", 10));
    assert_false(mnt_date_is_iso("2023-02-29", 10));
    assert_false(mnt_date_is_iso("2023-2-9", 8));
    /* a row of a dated list (indexer/header.c weighs such rows less) */
    static const struct {
        const char *in;
        int want;
    } rows[] = {
        {"23. marts 2023\tOpstartsmøde", 1},
        {"  9.6.2023 Besøg", 1},
        {"• 2024-06-19: Tema", 1},
        {"- 1. marts 2024 Besøg fra rådet", 1},
        {"Den 23. marts 2023 holdt rådet møde", 0},
        {"23. marts blev der holdt møde", 0},
        {"2023-2025: fire møder årligt", 0},
        {"3. Godkendelse af dagsorden", 0},
        {"", 0},
    };
    for (size_t i = 0; i < N(rows); i++)
        if (mnt_line_starts_dated(rows[i].in, strlen(rows[i].in)) !=
            rows[i].want)
            fail_msg("<%s> opens with a date: want %d", rows[i].in,
                     rows[i].want);
}

static void test_section_headings(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        int want;
        size_t name_len;
    } cases[] = {
        {"Beslutning", 1, 10},
        {"BESLUTNING:", 1, 10},
        {"Sagsresume", 1, 10},
        {"Beslutning: Godkendt.", 1, 10},
        {"Økonomi", 1, 8},
        {"Indstilling/Beslutning", 1, 22},
        {"Bilag 1: Referat fra sidste møde", 0, 0},
        {"Beslutningen blev udsat", 0, 0},
        {"Ambulant", 0, 0},
    };
    for (size_t i = 0; i < N(cases); i++) {
        size_t nl = 0, off = 0;
        int got = mnt_section_heading(cases[i].line, strlen(cases[i].line), &nl,
                                      &off);
        if (got != cases[i].want)
            fail_msg("section heading <%s>: %d", cases[i].line, got);
        if (got)
            assert_int_equal(nl, cases[i].name_len);
    }
}

/* ---- hostile input: never crash, never loop, always an item ---- */

static void parse_ok(const char *text, size_t len)
{
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    int rc = mnt_parse(text, len, NULL, &m, &e);
    if (rc == ERR_OK) {
        assert_true(m.nitems >= 1);
        for (size_t i = 0; i < m.nitems; i++) {
            assert_non_null(m.items[i].label);
            /* no title only with a warning saying so */
            if (m.items[i].title == NULL)
                assert_true(has_warning(&m, "has no title"));
            assert_non_null(m.items[i].body);
            assert_true(m.items[i].first_line <= m.items[i].last_line);
        }
    } else {
        assert_int_equal(rc, ERR_INVAL);
    }
    mnt_meeting_fini(&m);
}

static void test_hostile(void **state)
{
    (void)state;
    struct buf b;
    buf_init(&b);
    /* 6000 numbered headings: more than the candidate cap */
    for (unsigned i = 1; i <= 6000; i++)
        buf_printf(&b, "%u. Punkt\ntekst\n", i % 100);
    parse_ok(b.data, b.len);
    buf_reset(&b);
    /* one very long line, hyphens, parentheses, NULs */
    for (unsigned i = 0; i < 20000; i++)
        buf_puts(&b, "ord-(");
    parse_ok(b.data, b.len);
    buf_reset(&b);
    for (unsigned i = 0; i < 3000; i++)
        buf_puts(&b, "Punkt 1: (\n-\n\n");
    parse_ok(b.data, b.len);
    buf_reset(&b);
    static const char nul[] = "1. A\0B\n2. C\0\n\0\0x";
    parse_ok(nul, sizeof nul - 1);
    for (unsigned i = 0; i < 2000; i++)
        buf_puts(&b, "Sagsnr.: 1\n\nDIR\nFOU\nBFU\n");
    parse_ok(b.data, b.len);
    buf_fini(&b);

    /* mutated seeds */
    size_t len;
    char *seed = read_source(seeds[3].file, &len);
    uint32_t x = 2463534242u;
    for (int round = 0; round < 200; round++) {
        char *t = malloc(len);
        assert_non_null(t);
        memcpy(t, seed, len);
        for (int k = 0; k < 20; k++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            size_t at = x % len;
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            t[at] = (char)(x & 0xFF);
        }
        parse_ok(t, len - (size_t)round * 37 % len);
        char *c = mnt_clean(t, len);
        assert_non_null(c);
        free(c);
        free(t);
    }
    free(seed);
}

/* ---- dates and councils of other layouts (tests/data/layouts) ---- */

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
        cmocka_unit_test(test_clean),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_section_headings),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_dates_layouts),
        cmocka_unit_test(test_councils_layouts),
        cmocka_unit_test(test_authority_names),
        cmocka_unit_test(test_attendance_layouts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
