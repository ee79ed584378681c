/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatdates.c - the meeting's date, committee and authority
 * of a transcript flattened to one line a page (a document site's text of
 * a PDF), the first page's header run into one line with its first items:
 * the classes round fs found with the probe `flat`. Each case is a few
 * lines in our own words. */
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

/* The meeting's date read from the whole text (no items appended). */
static void expect_date(const char *text, const char *want)
{
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.date == NULL || strcmp(m.date, want) != 0)
        fail_msg("date <%s>, want <%s> in:\n%s", m.date ? m.date : "(null)",
                 want, text);
    mnt_meeting_fini(&m);
}

/* The header's "Mødedato:" field run into the page's text after the
 * committee's field: the date is a field's, not a sentence's of an item,
 * though the line reads as prose and no preamble stands before it. */
static void test_flat_date_field_is_no_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "Gå til indhold\n\n"
        "Transkript\n\n"
        "1 Gå til indhold Byrådet - Dagsordener Find byrådets dagsordener "
        "her. Udvalg: Byrådet 2022-2025 Mødedato: 12. marts 2024 17:00 "
        "Mødested: Byrådssalen Sagsnr.: 00.01.00-A00-1-24 Beslutningstema "
        "Byrådet skal godkende en ny plan for stierne ved havnen. Beslutning "
        "Godkendt. Sagsnr.: 00.01.00-A00-2-24 Beslutningstema Byrådet "
        "besluttede den 4. januar 2024 at undersøge sagen.\n";
    expect_date(text, "2024-03-12");
}

/* The meeting's fields as a table row run into the page ("Dato: |
 * 27-03-2018 19:00:00 | Udvalg: | Byrådet | …"): a plain "Dato:" the
 * committee's field follows is the meeting's day, though the page's
 * first sentence (a caption) ends before it. */
static void test_flat_dato_before_committee_field(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\n"
        "Transkript\n\n"
        "1 Referat Liste med dato, udvalg og sted for mødet. Dato: | "
        "27-03-2018 19:00:00 | ---|---| Udvalg: | Byrådet | Sted: | "
        "Byrådssalen | Sagsnr.: 18/4410 Sagsfremstilling Direktøren "
        "foreslår, at dagsordenen godkendes. Beslutning Godkendt. Sagsnr.: "
        "18/4411 Sagsfremstilling Byrådet skal den 12. april 2018 tage "
        "stilling til en ny plan for skolerne.\n";
    expect_date(text, "2018-03-27");
}

/* "1 Social- og Sundhedsudvalget 05-04-2022 Medlemmer …": the council's
 * name of several words, its noun last, then the date opens the page as
 * a header does; the line reads as prose, but the date is no sentence's. */
static void test_flat_council_name_then_date(void **state)
{
    (void)state;
    static const char text[] =
        "Social- og Sundhedsudvalget\n\n"
        "Transkript\n\n"
        "1 Social- og Sundhedsudvalget 05-04-2022 Medlemmer Formand Eva "
        "Holm (A) Bo Dal (C) Sager 24 - 25 Meddelelser Sag nr. 24 "
        "Beslutningskompetence: SOSU Sagens kerne Oversigt fremlægges til "
        "orientering. Indstilling\n\n"
        "2 Meddelelserne forelægges til orientering. Beslutning Taget til "
        "efterretning. Plejeboliger Sag nr. 25 Beslutningskompetence: SOSU "
        "Sagens kerne Fra 10. januar til 11. marts 2022 blev 29 "
        "ansøgninger behandlet. Beslutning Taget til efterretning.\n";
    expect_date(text, "2022-04-05");
}

/* The header's "Udvalg:" field run into the page, its value ended by the
 * next field's label ("Mødedato:"), a dash between them or not: the
 * committee, not the "Referat" before the field. */
static void test_flat_committee_field(void **state)
{
    (void)state;
    expect_text_council(
        "Referat\n\n"
        "Transkript\n\n"
        "1 Referat Udvalg: Plan-, klima- og miljøudvalget Mødedato: "
        "16-09-2019 Mødested: Rådhuset, lokale 2 158. Godkendelse af "
        "dagsordenÅbn/luk punkt Sagsnummer: 00.01.00-A00-23-19 Godkendelse "
        "af dagsorden Indstilling Administrationen indstiller, at "
        "dagsordenen godkendes. Beslutning Tiltrådt. 159. Ny sti ved "
        "åenÅbn/luk punkt Sagsnummer: 05.01.00-G01-4-19 Beslutning "
        "Tiltrådt.\n",
        "Plan-, klima- og miljøudvalget");
    expect_text_council(
        "Referat\n\n"
        "Transkript\n\n"
        "1 Referat Udvalg: HMU Skoleområdet - Mødedato: 28. februar, 2025 "
        "kl. 09:30 - Mødested: Lærerværelset Pkt. 1 Godkendelse af "
        "dagsorden Beslutning Godkendt. Pkt. 2 Trivselsmåling Beslutning "
        "Drøftet.\n",
        "HMU Skoleområdet");
}

/* A page with no header, copied one line a page: the decisions name the
 * day ("Beslutning i Byrådet den 14-02-2023"), every one counted - a
 * page's first decision may be another body's on an earlier day, and a
 * decision's words may run on into a date of the text ("Beslutning i
 * Byrådet: … den 3. marts 2000") that is none of the meeting's. */
static void test_flat_headless_decisions_counted(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 1. Lån til ny skole Sagsfremstilling Skolen skal stå klar pr. "
        "1. august 2024. Indstilling 1. at lånet godkendes. Beslutning i "
        "Økonomiudvalget den 07-02-2023 Anbefales. Beslutning i Byrådet den "
        "14-02-2023 Godkendt. 2. Navn til ny vej Sagsfremstilling Vejen blev "
        "anlagt efter aftalen af 3. marts 2000 med ejerne. Beslutning i "
        "Byrådet: Godkendt, som aftalt den 3. marts 2000.\n\n"
        "Transkript\n\n"
        "2 3. Takster for havnen Indstilling 1. at taksterne godkendes. "
        "Beslutning i Byrådet den 14-02-2023 Godkendt. 4. Meddelelser "
        "Indstilling Til orientering. Beslutning i Byrådet den 14-02-2023 "
        "Taget til efterretning.\n";
    expect_date(text, "2023-02-14");
}

/* A letter's date, then the minutes' heading with the meeting's date,
 * run into one line ("1 2. maj 2017 Referat fra møde i Søkomitéen 6.
 * april 2017 Mødet blev holdt …"): the heading's date, not the line's
 * first; an item's "3. Referat fra møde i …" later on is no heading. */
static void test_flat_heading_after_other_date(void **state)
{
    (void)state;
    static const char text[] =
        "2. maj 2017\n\n"
        "Transkript\n\n"
        "1 2. maj 2017 Referat fra møde i Søkomitéen 6. april 2017 Mødet "
        "blev holdt på Søkroen, Søvej 4, kl. 10.00-12.00. Dagsorden: 1. "
        "Velkomst 2. Vandstanden i søen 3. Referat fra møde i Laugets "
        "bestyrelse 1. marts 2017. 4. Eventuelt Punkt 1. Velkomst Formanden "
        "bød velkommen. Punkt 2. Vandstanden i søen Vandstanden er lav. "
        "Punkt 3. Referat Taget til efterretning. Punkt 4. Eventuelt "
        "Intet.\n";
    expect_date(text, "2017-04-06");
}

/* A region's heading "Referat - <council> <election period>" run into
 * the first page's line after the site's name and search button: the
 * council the heading names, not the region of the title line. */
static void test_flat_referat_dash_council(void **state)
{
    (void)state;
    expect_text_council(
        "Region Sjælland\n\n"
        "Transkript\n\n"
        "1 Region Sjælland Søg Referat Referat - Regionsrådet 2022-2025 "
        "14-06-2023 10:00 Mødelokale 2 Medlemmer af udvalget: Eva Lind "
        "Formand (A) Bo Dahl Næstformand (V) Ib Krog (C)\n\n"
        "2 Per Holm (O) Fraværende: Per Holm (O) Indholdsfortegnelse 1 "
        "(Åben) Godkendelse af dagsorden 3 2 (Åben) Ny busrute 4 1 (Åben) "
        "Godkendelse af dagsorden Sagsnr.: 23-000101\n\n"
        "3 Indstilling Koncerndirektionen indstiller, at dagsordenen "
        "godkendes. Beslutning Godkendt. 2 (Åben) Ny busrute Sagsnr.: "
        "23-000102 Sagsfremstilling Ruten skal betjene de nye boliger. "
        "Beslutning Godkendt.\n",
        "Regionsrådet, Region Sjælland");
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_date_field_is_no_sentence),
        cmocka_unit_test(test_flat_dato_before_committee_field),
        cmocka_unit_test(test_flat_council_name_then_date),
        cmocka_unit_test(test_flat_committee_field),
        cmocka_unit_test(test_flat_headless_decisions_counted),
        cmocka_unit_test(test_flat_heading_after_other_date),
        cmocka_unit_test(test_flat_referat_dash_council),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
