/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_authority.c - the authority (municipality or region) of
 * minutes whose cue authority.c missed or misread (round hq, session 44):
 * Greenland's municipalities named in full, a body named after its town
 * that the municipality does not run, a letterhead run into the
 * document's word. Each case is a header in our own words over two plain
 * items. */
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

#include "meta_util.h"
#include "test_filter.h"

struct auth_case {
    const char *header, *authority;
};

static void expect_authorities(const struct auth_case *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        struct mnt_meeting m;
        parse_text(c[i].header, &m);
        expect_str("authority", c[i].header, m.authority, c[i].authority);
        mnt_meeting_fini(&m);
    }
}

/* Greenland's municipalities print their proper names, two words that
 * are no "<Town> Kommune" ("Kommuneqarfik Sermersooq", a letterhead's
 * "AVANNAATA KOMMUNIA"); "Kommune" before a word or a place alone names
 * none. */
static void test_greenland_municipality(void **state)
{
    (void)state;
    static const struct auth_case cases[] = {
        {"Kommuneqarfik Sermersooq\nReferat\nKommunalbestyrelsen\n"
         "Dato: 3. marts 2020",
         "Kommuneqarfik Sermersooq"},
        {"AVANNAATA KOMMUNIA Postboks 17\nReferat\nKommunalbestyrelsen\n"
         "Dato: 3. marts 2020",
         "Avannaata Kommunia"},
        {"Referat\nKommunalbestyrelsen i Kommune Qeqertalik\n"
         "Dato: 3. marts 2020",
         "Kommune Qeqertalik"},
        {"Referat\nKommunalbestyrelsen\nDato: 3. marts 2020\n"
         "Sted: Sermersooq-salen",
         NULL},
    };
    expect_authorities(cases, N(cases));
}

/* An idrætsråd, a landsbyråd or landsbyklynge, a music school's board
 * is named after its town ("Esbjerg Idrætsråd") without being the
 * municipality's: no authority from the town, only from the
 * municipality named in full; a byråd's town still names it. */
static void test_town_association_no_authority(void **state)
{
    (void)state;
    static const struct auth_case cases[] = {
        {"Referat af bestyrelsesmøde i Esbjerg Idrætsråd\n"
         "Dato: 3. marts 2020\nSted: Klubhuset, Havnevej 2, 6700 Esbjerg",
         NULL},
        {"Referat\nRudersdal Landsbyråd\nDato: 3. marts 2020", NULL},
        {"Referat\nMusikskolerådet\nDato: 3. marts 2020\n"
         "Sted: Musikskolen, Skolevej 4, 8450 Hammel, Favrskov",
         NULL},
        {"Referat\nEsbjerg Idrætsråd\nDato: 3. marts 2020\n"
         "Tilskud fra Esbjerg Kommune",
         "Esbjerg Kommune"},
        {"Referat\nEsbjerg Byråd\nDato: 3. marts 2020", "Esbjerg Kommune"},
    };
    expect_authorities(cases, N(cases));
}

/* A transcript runs a letterhead's two columns together: "Herlev
 * Referat Kommune" is Herlev Kommune beside "Referat", no "Referat
 * Kommune"; the document's word alone before "Kommune" names none. */
static void test_document_word_before_kommune(void **state)
{
    (void)state;
    static const struct auth_case cases[] = {
        {"1 Herlev Referat Kommune Økonomiudvalget Dato: 3. marts 2020",
         "Herlev Kommune"},
        {"Dagsorden Kommune\nØkonomiudvalget\nDato: 3. marts 2020", NULL},
    };
    expect_authorities(cases, N(cases));
}

/* A regionsråd's publication that names no region, municipality or
 * address (its region is only in its web address) but its hospitals
 * ("Hvidovre Hospital", "Nyt Nordsjællands Hospital",
 * "Regionshospitalet Randers"): a region runs its own hospitals. A
 * region the text names still wins; a municipality's council is not a
 * region's for the hospitals it talks about (round ie, session 47). */
static void test_regionsraad_hospitals_name_region(void **state)
{
    (void)state;
    static const struct auth_case cases[] = {
        {"REGIONSRÅDSMØDE\nRegionsrådets beslutning den 11. marts 2025:\n"
         "Dagsordenen blev godkendt.\n"
         "Et kirkerum på Nyt Nordsjællands Hospital og en ny fødegang på "
         "Hvidovre Hospital.",
         "Region Hovedstaden"},
        {"Referat\nRegionsrådet\nDato: 5. marts 2024\n"
         "Anlægsbevilling til Regionshospitalet Randers.",
         "Region Midtjylland"},
        {"Referat\nRegionsrådet\nDato: 5. marts 2024\n"
         "Sygehus Lillebælt og Sydvestjysk Sygehus får nye senge.",
         "Region Syddanmark"},
        {"Referat\nRegionsrådet, Region Nordjylland\n"
         "Dato: 5. marts 2024\nPatienter sendes til Aarhus "
         "Universitetshospital.",
         "Region Nordjylland"},
        {"Referat\nÆldrerådet, Vejle Kommune\nDato: 5. marts 2024\n"
         "Besøg på Rigshospitalet.",
         "Vejle Kommune"},
        {"Referat\nRegionsrådet\nDato: 5. marts 2024\n"
         "Tilskud til et teater i Hvidovre.",
         NULL},
        /* a committee's page that names no regionsråd */
        {"Referat - Sygehusudvalget\n12-09-2022 15:30\nRegionshuset\n"
         "Overbelægning på Holbæk Sygehus.",
         NULL},
    };
    expect_authorities(cases, N(cases));
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_greenland_municipality),
        cmocka_unit_test(test_town_association_no_authority),
        cmocka_unit_test(test_document_word_before_kommune),
        cmocka_unit_test(test_regionsraad_hospitals_name_region),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
