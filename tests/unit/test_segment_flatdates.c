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

#include "minutes/minutes_internal.h"
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
        "Formand (A) Uffe Krabbe Næstformand (V) Ib Krog (C)\n\n"
        "2 Per Holm (O) Fraværende: Per Holm (O) Indholdsfortegnelse 1 "
        "(Åben) Godkendelse af dagsorden 3 2 (Åben) Ny busrute 4 1 (Åben) "
        "Godkendelse af dagsorden Sagsnr.: 23-000101\n\n"
        "3 Indstilling Koncerndirektionen indstiller, at dagsordenen "
        "godkendes. Beslutning Godkendt. 2 (Åben) Ny busrute Sagsnr.: "
        "23-000102 Sagsfremstilling Ruten skal betjene de nye boliger. "
        "Beslutning Godkendt.\n",
        "Regionsrådet, Region Sjælland");
}

/* The first page's header run into its line ("1 Teknikudvalget
 * 14.05.2019 kl. 16:00 …", its attendance list too long for a heading's
 * words to be read in it), its items cut from it: an item's "møde om
 * klimatilpasning den 6. juni 2019" is that item's business, no heading
 * of the minutes whose date beats the header's. */
static void test_flat_item_piece_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Teknikudvalget\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Teknikudvalget 14.05.2019 kl. 16:00 Lokale 3 på Rådhuset "
        "Deltagere • Anne Holm (A) (formand) - Deltog • Bo Lund (V) - "
        "Deltog • Kaj Berg (O) - Deltog • Lis Dam (A) - Deltog • Deltog "
        "ikke under punkt 3 • Ole Vinter (F) - Deltog • Per Krag (A) - "
        "Deltog • Tina Lyng (teknisk direktør) - Deltog • Mads Ravn (chef "
        "for Vej og Park) - Deltog AFBUD/FRAVÆRENDE • Eva Krog (C) - "
        "Afbud Åben dagsorden 1. Vejdirektoratet har sendt en plan for "
        "vejarbejdet på motorvejen. 2. Invitation til møde om "
        "klimatilpasning den 6. juni 2019. Bilag 1 bilag 3. Referat fra "
        "møde i Vandrådet 2. april 2019. Bilag 2 bilag\n"
        "\n"
        "2 4. Brev fra Trafikstyrelsen om nye regler for skiltning. Bilag "
        "1 bilag Beslutning Taget til efterretning Tidligere behandling "
        "Teknikudvalget den 9. april 2019 Punkt 5 Indhold Sammendrag "
        "Forvaltningen foreslår en ny plan for vintertjenesten. "
        "Sagsfremstilling Planen giver færre ruter og flere saltbiler. "
        "Beslutning Anbefales Indhold\n"
        "\n"
        "3 Sammendrag Forvaltningen foreslår at købe en grund ved havnen "
        "til en ny genbrugsplads. Sagsfremstilling Grunden er på 4.000 "
        "m2. Beslutning Godkendt. Indhold Sammendrag Forvaltningen "
        "orienterer om de nye cykelstier. Sagsfremstilling Der er lavet "
        "tre nye stier. Beslutning Taget til efterretning\n";
    expect_date(text, "2019-05-14");
}

/* "1 Ældrerådet Referat fra møde i Ældrerådet den 10. oktober 2023 …
 * 1. Godkendelse af referat fra møde i Ældrerådet den 5. september 2023
 * …": the page's number and the first item's label are no list of
 * other meetings' minutes, so the heading's date stays the meeting's. */
static void test_flat_page_number_no_list(void **state)
{
    (void)state;
    static const char text[] =
        "Ældrerådet\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Ældrerådet Referat fra møde i Ældrerådet den 10. oktober 2023 "
        "Tid: kl. 10.00-12.00 Sted: Kantinen, Byens Rådhus Deltagere: Ane "
        "Berg (formand), Ole Krag, Lis Dam, Bo Vig Afbud: Kaj Vind 1. "
        "Godkendelse af referat fra møde i Ældrerådet den 5. september "
        "2023 Referatet blev godkendt. 2. Budget 2024 Rådet drøftede "
        "forslaget og er tilfreds med det. 3. Mødeplan 2024 Rådet holder "
        "møde den 15. januar 2024 og den 11. marts 2024. 4. Eventuelt "
        "Intet.\n"
        "\n"
        "2 Referat fra møde i Ældrerådet den 6. marts 2023 Byens Kommune "
        "· Torvet 1 · 4000 Byen\n";
    expect_date(text, "2023-10-10");
}

/* A plain "Dato:" with the meeting's weekday after it inside the page's
 * line ("Dato: Tirsdag d. 7. 3. 2023 Tid: …"): the meeting's field, not
 * a letter's date, ahead of a later page's dates. */
static void test_flat_dato_with_weekday(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n\n"
        "Transkript\n\n"
        "1 Referat Ordinært møde i Handicaprådet i Byen Dato: Tirsdag d. 7. "
        "3. 2023 Tid: kl. 15.00-17.00 Sted: Rådhuset, lokale 4 Deltagere: "
        "Eva Lund, Bo Krag Afbud: Aage Brask Næste møder: 9.5.2023 og "
        "12.9.2023 1. Godkendelse af dagsorden Godkendt. 2. Godkendelse af "
        "referat fra 10.1.2023 Godkendt uden bemærkninger. 3. Eventuelt "
        "Intet.\n";
    expect_date(text, "2023-03-07");
}

/* "1 Egedal Kommune Byrådet Beslutningsreferat af møde …": the first
 * page's letterhead, the council's name and then the heading's word run
 * into one line with the contents: the page's header, whose council met,
 * not a council an item's title names ("HANDICAPRÅDET - NYT MEDLEM"). */
static void test_flat_council_before_heading_word(void **state)
{
    (void)state;
    expect_text_council(
        "Egedal Kommune\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Egedal Kommune Byrådet Beslutningsreferat af møde den 14. juni "
        "2012 kl. 18:00 Åbne punkter i Byrådssalen Side 1 "
        "Indholdsfortegnelse ÅBEN DAGSORDEN 210   GODKENDELSE AF "
        "DAGSORDEN .................................. 2 SAGER TIL "
        "EFTERRETNING 211   HANDICAPRÅDET - NYT MEDLEM "
        ".................................. 3 SAGER TIL BEHANDLING 212   "
        "TAKSTER FOR SVØMMEHALLEN 2013 .................................. "
        "4\n"
        "\n"
        "2 Side 2 ÅBEN DAGSORDEN 210   GODKENDELSE AF DAGSORDEN "
        "Beslutning: Godkendt. Side 3 SAGER TIL EFTERRETNING 211   "
        "HANDICAPRÅDET - NYT MEDLEM Sagsnr.: 12/3301                   "
        "Dok.nr.: 10442/12 Sagsfremstilling: Foreningerne har udpeget et "
        "nyt medlem. Beslutning: Taget til efterretning. Side 4 SAGER TIL "
        "BEHANDLING 212   TAKSTER FOR SVØMMEHALLEN 2013 Sagsnr.: 12/2210  "
        "                 Dok.nr.: 10450/12 Sagsfremstilling: Taksterne "
        "stiger med to procent. Beslutning: Godkendt. Side 5\n",
        "Byrådet, Egedal Kommune");
}

/* "… Referat af møde i Handicaprådet Dato: … Til stede: Lone Berg
 * (formand), Per Dam (Byrådet) …": the first page's head runs on into
 * its attendees, whose field's label ends in a colon, and into the
 * agenda, whose third council is an item's topic: the councils before
 * the label are the header's, the one that met. */
static void test_flat_council_before_attendee_field(void **state)
{
    (void)state;
    expect_text_council(
        "FAVRBY KOMMUNE\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 FAVRBY KOMMUNE Sundhed og Omsorg Referat af møde i "
        "Handicaprådet Dato: 14.03.19, kl. 16.00-18.00 Sted: Lokale Ådalen, "
        "Rådhuset Til stede: Lone Berg (formand), Karim Olsen, Rikke Fisker, "
        "Per Dam (Byrådet) Afbud: Hans Vad Referent: Tove Lyng Dagsorden: 1) "
        "Godkendelse af dagsorden 2) Nyt om tilgængelighed i hallerne 3) "
        "Udpegning af medlem til Det Centrale Seniorråd 4) Eventuelt 1) "
        "Godkendelse af dagsorden Godkendt. 2) Nyt om tilgængelighed i "
        "hallerne Rådet drøftede ramperne. 3) Udpegning af medlem til Det "
        "Centrale Seniorråd Rikke Fisker blev udpeget. 4) Eventuelt "
        "Intet.\n",
        "Handicaprådet");
}

/* "… 6a. Forslag om tur til Danske Ældreråds konference …": the
 * national association of the councils, named in an item's minute that
 * a flattened first page runs into its header (a råd's page naming
 * itself only by its place in a title, "… for Rudersdal Seniorråd"),
 * is no council that met: the header's line names none. */
static void test_flat_national_association_no_council(void **state)
{
    (void)state;
    static const char line[] =
        "1 Referat af 3. marts 2020 Til stede: Ole Bach (OB), Grete Lind "
        "(GL) 1. Velkomst. Tilføjet: 5a. Tur til Danske Ældreråds "
        "konference Godkendt.";
    struct mnt_tally *t = calloc(1, sizeof *t);
    assert_non_null(t);
    mnt_councils_count_line(line, strlen(line), 1, 1, t);
    if (t->n != 0)
        fail_msg("council <%s> in: %s", t->name[0], line);
    free(t);
}

/* A PolWeb transcript with no header, titled by item 1's heading, which
 * approves the last meeting's minutes ("Godkendelse af referat fra mødet
 * den 2. marts 2016"): that date is no heading's of these minutes (the
 * minutes' word after "af"), and the day every decision block run into
 * the pages names ("Beslutning fra Ældrerådet Dato: 14. april 2016")
 * beats it. */
static void test_flat_decision_block_date_beats_title(void **state)
{
    (void)state;
    expect_date(
        "3. Godkendelse af referat fra mødet den 2. marts 2016\n\n"
        "Transkript\n\n"
        "1 3. Godkendelse af referat fra mødet den 2. marts 2016 Sag "
        "10-2016-1 Åbent Sagsfremstilling Beslutning fra Ældrerådet Dato: "
        "14. april 2016 Sted: Mødelokale 2 Fraværende: Godkendt. 4. Budget "
        "2017 Sag 10-2016-2 Åbent Sagsfremstilling Rådet drøftede "
        "budgettet. Beslutning fra Ældrerådet Dato: 14. april 2016 Sted: "
        "Mødelokale 2 Fraværende: Drøftet.\n\n"
        "2 5. Eventuelt Sag 10-2016-3 Åbent Beslutning fra Ældrerådet Dato: "
        "14. april 2016 Sted: Mødelokale 2 Fraværende: Intet.\n",
        "2016-04-14");
}

/* A Word template's Beslutningsprotokol on a document site, page 1 its
 * header alone ("Byrådet Beslutningsprotokol Dato: 26. november 2009
 * Lokale: … Tidspunkt: …"): a plain "Dato:" the meeting's place or time
 * field follows is the meeting's day, and beats the day two items'
 * decisions of another committee repeat ("Beslutning i Økonomiudvalget
 * den 18. november 2009"). */
static void test_flat_dato_before_place_field(void **state)
{
    (void)state;
    expect_date(
        "Byrådet. Beslutningsprotokol\n\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n\n"
        "Download \"Byrådet. Beslutningsprotokol\"\n\n"
        "Transkript\n"
        "1 Byrådet Beslutningsprotokol Dato: 26. november 2009 Lokale: "
        "Byrådssalen Tidspunkt: Kl. 19:00-21:00\n\n"
        "2 Indholdsfortegnelse Sag nr. Side Åbne sager: 01 Spørgetid for "
        "byrådsmedlemmer Budgetopfølgning pr. 30. september 2009 Garanti "
        "til Asaa Vandværk Salg af skolen i Thise Orientering\n\n"
        "3 Byrådet, den 26. november 2009 Side Budgetopfølgning pr. 30. "
        "september 2009 J.nr.: 09/5412 Åben sag ØK/BY Sagsfremstilling: "
        "Opfølgningen viser et merforbrug på 6,1 mio. kr. Indstilling: "
        "Økonomiafdelingen indstiller, at opfølgningen godkendes. Beslutning "
        "i Økonomiudvalget den 18. november 2009 Anbefales. Beslutning: "
        "Godkendt.\n\n"
        "4 Byrådet, den 26. november 2009 Side Garanti til Asaa Vandværk "
        "J.nr.: 09/6127 Åben sag ØK/BY Sagsfremstilling: Vandværket søger "
        "garanti for et lån. Indstilling: Økonomiafdelingen indstiller, at "
        "garantien gives. Beslutning i Økonomiudvalget den 18. november 2009 "
        "Anbefales. Beslutning: Godkendt.\n",
        "2009-11-26");
}

/* A plan's code after "Lokalplan nr." whose numbers the contents lost
 * ("nr. SKA Feriehuse …" for the page's "nr. SKA.212.B Feriehuse …"):
 * neither the stop of "nr." nor the code ends the title, and two
 * entries differing at the code are no entry opening there. */
static void test_flat_plan_code_after_nr(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text("Byråd\n\nTranskript\n\n"
               "1 Referat Byråd Dato 25. februar 2009 Tid 19:00\n\n"
               "2 Indholdsfortegnelse Side 1. Forslag til Lokalplan nr. SKA "
               "Feriehuser ved Vigen Forslag til Lokalplan nr. FRE.1.G - Park "
               "ved Kajen Orientering\n\n"
               "3 1. Forslag til Lokalplan nr. SKA.212.B Feriehuser ved Vigen "
               "Sagsnr. 08/7790 Sagsfremstilling Planen giver plads til 18 "
               "huse. Beslutning Byrådet den 25. februar 2009 Godkendt.\n\n"
               "4 2. Forslag til Lokalplan nr. FRE.311.G - Park ved Kajen "
               "Sagsnr. 08/8123 Sagsfremstilling Arealet bliver park. "
               "Beslutning Byrådet den 25. februar 2009 Godkendt. 3. "
               "Orientering Sagsnr. 09/0001 Beslutning Byrådet den 25. februar "
               "2009 Taget til efterretning.\n",
               &m);
    assert_true(m.nitems >= 2);
    assert_string_equal(
        m.items[0].title,
        "Forslag til Lokalplan nr. SKA.212.B Feriehuser ved Vigen");
    assert_string_equal(m.items[1].title,
                        "Forslag til Lokalplan nr. FRE.311.G - Park ved Kajen");
    mnt_meeting_fini(&m);
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
        cmocka_unit_test(test_flat_item_piece_no_heading),
        cmocka_unit_test(test_flat_page_number_no_list),
        cmocka_unit_test(test_flat_dato_with_weekday),
        cmocka_unit_test(test_flat_council_before_heading_word),
        cmocka_unit_test(test_flat_council_before_attendee_field),
        cmocka_unit_test(test_flat_national_association_no_council),
        cmocka_unit_test(test_flat_decision_block_date_beats_title),
        cmocka_unit_test(test_flat_dato_before_place_field),
        cmocka_unit_test(test_flat_plan_code_after_nr),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
