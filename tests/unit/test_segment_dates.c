/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_dates.c - the meeting's date (lib/minutes meeting_date.c,
 * yearless.c, date.c) on the failure classes of councils not yet seen:
 * date forms in their context, print stamps and letter dates above the
 * meeting's date, a day and month without a year in a status line, a
 * schedule of meetings, a hosting site's list of related documents.
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
#include "minutes/minutes.h"
#include "test_filter.h"

#include "meta_util.h"

/* Every date form the issue lists, in the line it comes in, and the
 * meeting's date below stamps that are not it. */
static void test_dates_in_context(void **state)
{
    (void)state;
    static const struct {
        const char *header, *want;
    } cases[] = {
        {"Referat\nLokalrådet\nDato: 12 03 2024\nTid: 19.00", "2024-03-12"},
        {"Beboerrådet\nMøde 7  11  2023 i fælleshuset", "2023-11-07"},
        {"Referat fra bestyrelsesmøde 12/3 2024", "2024-03-12"},
        {"Socialudvalget\nDato: Mandag, 11 januar, 2021 - 17:00", "2021-01-11"},
        {"Kulturudvalget\nDato: Onsdag, April 3, 2019 - 18:00", "2019-04-03"},
        {"Udsatterådet\nDato: Mandag d. 4.4. 2022", "2022-04-04"},
        {"Udsatterådet\nDato: Mandag d. 20. 6. 2022", "2022-06-20"},
        {"Kommunalbestyrelsen\nOnsdag den 15-maj-2002", "2002-05-15"},
        /* a transcript's page 1 with the year glued to the month (dh-
         * round, Guldborgsund) */
        {"1 REFERAT HANDICAPRÅD MANDAG D. 19. DECEMBER2016 MØDELOKALE 2",
         "2016-12-19"},
        {"Økonomiudvalget\nMøde den 3/4-2019 kl. 15.00 i mødelokale 2",
         "2019-04-03"},
        {"UDVALG\nUdsatterådet\nSTARTTIDSPUNKT 23-03-2015 13:30:00",
         "2015-03-23"},
        {"Handicaprådet\nMødedato: 12.03.2024", "2024-03-12"},
        {"Referat af møde i Ældrerådet den 5. marts 2024 kl. 16.00",
         "2024-03-05"},
        /* a print stamp above the unlabelled meeting date */
        {"Udskrevet den 20. marts 2024\nReferat\nHandicaprådet\n5. marts 2024",
         "2024-03-05"},
        {"Dato for offentliggørelse: 20.03.2024\nReferat fra Handicaprådet\n"
         "Tirsdag den 5. marts 2024 kl. 16",
         "2024-03-05"},
        {"Publiceret 2. april 2024\nReferat\nÆldrerådet 5. marts 2024",
         "2024-03-05"},
        /* a letter's date above the minutes' heading */
        {"9. januar 2015\nReferat fra møde i Fjordrådet\n5. december 2014\n"
         "Mødet holdtes på kroen kl. 9.00-12.00.",
         "2014-12-05"},
        /* a list of other meetings before the unlabelled date */
        {"Referater\nReferat fra møde 12. januar 2024\n"
         "Referat fra møde 8. december 2023\nReferat fra møde 10. november "
         "2023\n\nReferat\nÆldrerådet\n5. marts 2024",
         "2024-03-05"},
        /* … but after the date it is a remark */
        {"Seniorrådet\nDato: 9. april 2024 (næste møde 14. maj 2024)",
         "2024-04-09"},
        /* the next meeting before the meeting's own date */
        {"Næste møde: 14. maj 2024\nSeniorrådet\nMødedato: 9. april 2024",
         "2024-04-09"},
        /* lists of other meetings lose to the labelled field */
        {"Referat fra møde d. 20. 6. 2022\nReferat fra møde d. 2. 5. 2022\n"
         "Udsatterådet\nDato: Mandag d. 5.9. 2022",
         "2022-09-05"},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_meeting m;
        parse_text(cases[i].header, &m);
        expect_str("date", cases[i].header, m.date, cases[i].want);
        mnt_meeting_fini(&m);
    }
}

/* A day and month printed without a year after "pr." ("Budgetopfølgning
 * pr. 30. september" in the contents) is the day a status is made up
 * to, never the meeting's date; the first other one still is. */
static void test_yearless_status_date(void **state)
{
    (void)state;
    static const char status[] =
        "Åbent referat for Byrådets møde 2013\nByrådssalen\n\n"
        "Indholdsfortegnelse:\n1. Budgetopfølgning pr. 30. september\n"
        "2. Meddelelser\n\n1. Budgetopfølgning pr. 30. september\n"
        "Der ventes et mindreforbrug.\nBeslutning:\nGodkendt.\n\n"
        "2. Meddelelser\nBeslutning:\nIngen.\n";
    static const char later[] =
        "Åbent referat 2013\nBudgetopfølgning pr. 30. september\n"
        "Mødet holdes torsdag den 28. november kl. 17:30\n\n"
        "1. Meddelelser\nBeslutning:\nIngen.\n";
    struct mnt_meeting m;
    parse_text(status, &m);
    expect_str("date", status, m.date, NULL);
    mnt_meeting_fini(&m);
    parse_text(later, &m);
    expect_str("date", later, m.date, "2013-11-28");
    mnt_meeting_fini(&m);
}

/* An agenda item's page that prints no meeting date, only a schedule
 * of proposed ones: a line naming three days or more ("… den 4. juni,
 * 3. september, 5. november og 10. december 2026") and a list of days
 * one per line ("• Torsdag den 4. juni" / …) hold no meeting's date. */
static void test_schedule_is_no_meeting_date(void **state)
{
    (void)state;
    static const char series[] =
        "Mødeplan for 2026\n\nBeslutning\n\nGodkendt.\n\n"
        "Indstillinger\n\nKulturchefen indstiller at:\n\n"
        "  1. udvalgets møder holdes kl. 16:30 den 4. juni, 3. september, "
        "5. november og 10. december 2026.\n";
    static const char list[] =
        "Mødeplan for 2026\n\nBeslutning\n\nGodkendt.\n\n"
        "Udvalget holder møde fem gange i 2026.\n\n"
        "Administrationen foreslår disse mødedage:\n\n"
        "  • Torsdag den 4. juni\n  • Torsdag den 3. september\n"
        "  • Torsdag den 5. november\n";
    static const char one[] =
        "Referat\n\nTorsdag den 4. juni 2026 kl. 16:30\n\n"
        "Beslutning\n\nMøderne holdes den 3. september, 5. november og "
        "10. december 2026.\n";
    struct mnt_meeting m;
    parse_text(series, &m);
    expect_str("date", series, m.date, NULL);
    mnt_meeting_fini(&m);
    parse_text(list, &m);
    expect_str("date", list, m.date, NULL);
    mnt_meeting_fini(&m);
    parse_text(one, &m);
    expect_str("date", one, m.date, "2026-06-04");
    mnt_meeting_fini(&m);
}

/* A docplayer page titled without the year ("Referat Byrådet. Dato: 24.
 * november …") whose transcript lost its date: the years of the
 * "Relaterede dokumenter" list are other meetings', so none is taken for
 * the title's day and month (bl- round, Billund): no year is made up. */
static void test_yearless_date_not_from_related(void **state)
{
    (void)state;
    static const char related[] =
        "Referat Byrådet. Dato: 24. november Starttidspunkt: 19:00\n\n"
        "Relaterede dokumenter\n"
        "Møde nr.: 14 Mødedato: 18. november 2010 Mødested: Lokale 2\n\n"
        "Referat fra mødet i Kultur- og Fritidsudvalget\n\n"
        "Transkript\n\n"
        "1 Referat Byrådet Dato: Mandag den Starttidspunkt: 19:00 Sted: "
        "Byrådssalen\n\n"
        "2 1. Godkendelse af dagsorden Sagsnr.: 14/4410 Beslutning Byrådet "
        "den Godkendt. Side 2\n";
    struct mnt_meeting m;
    parse_text(related, &m);
    expect_str("date", related, m.date, NULL);
    mnt_meeting_fini(&m);
}

/* The text parsed as it is, with no items appended. */
static void parse_page(const char *text, struct mnt_meeting *m)
{
    struct err e;
    memset(m, 0, sizeof *m);
    if (mnt_parse(text, strlen(text), NULL, m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
}

/* A docplayer protocol whose meeting date was lost (fn- round, Gladsaxe:
 * "Økonomiudvalget Protokol kl. 16:00", "Økonomiudvalget Sag nr Title"):
 * no date in its pages is the meeting's - not another committee's
 * meeting a sentence reports ("… besluttede på deres møde den 9. juni
 * 2015 at …": a possessive before "møde" makes no minutes heading), nor a
 * deadline without its year in a later sentence ("… 2. at fristen for
 * ændringsforslag fastsættes til den 21. september"). A heading's own
 * "møde" still dates the meeting. */
static void test_sentence_dates_of_a_dateless_protocol(void **state)
{
    (void)state;
    static const char lost[] =
        "Anna Holm Bo Kure\n\nStørrelse: px\nStarte visningen fra side:\n\n"
        "Download \"Anna Holm Bo Kure\"\n\nTranskript\n\n"
        "1 Økonomiudvalget Protokol kl. 16:00 Udvalgsværelse 1 Medlemmer "
        "Anna Holm Bo Kure var fraværende deltog Side 1 af 9\n\n"
        "2 Indholdsfortegnelse 1. Budgetforslag 2016 2. Udvidelse af "
        "p-pladsen ved stationen Side 2 af 9\n\n"
        "3 Økonomiudvalget Sag nr Budgetforslag 2016 Sagsfremstilling "
        "Forvaltningen har lagt budgetforslaget frem. Indstilling "
        "Borgmesteren foreslår, 1. at forslaget sendes til byrådet 2. at "
        "fristen for ændringsforslag fastsættes til den 21. september "
        "Beslutning Økonomiudvalget Anbefalet. Side 3 af 9\n\n"
        "4 Økonomiudvalget Sag nr Udvidelse af p-pladsen ved stationen "
        "Sagsfremstilling Teknik- og Miljøudvalget besluttede på deres møde "
        "den 9. juni 2015 at bede om et projekt. Projektet giver 40 pladser. "
        "Beslutning Økonomiudvalget Anbefalet. Side 4 af 9\n";
    static const char own[] =
        "Transkript\n\n"
        "1 Referat af møde den 9. juni 2015 i Økonomiudvalget Side 1 af 4\n\n"
        "2 1. Budgetforslag 2016 Sagsfremstilling Forvaltningen har lagt "
        "budgetforslaget frem. Beslutning Anbefalet. Side 2 af 4\n";
    struct mnt_meeting m;
    parse_page(lost, &m);
    expect_str("date", lost, m.date, NULL);
    mnt_meeting_fini(&m);
    parse_page(own, &m);
    expect_str("date", own, m.date, "2015-06-09");
    mnt_meeting_fini(&m);
}

/* A docplayer title line flattens the fields with the document's own
 * date first ("Dannet den: Onsdag den 15-05-2013 Mødedato: Tirsdag den
 * 14-05-2013"), and the transcript under it lost both (br- round,
 * Ringsted): the date "Mødedato:" goes with inside the line is the
 * meeting's, not the first date of the line. */
static void test_inline_date_field_beats_creation_date(void **state)
{
    (void)state;
    static const char text[] =
        "Referat. Plan- og Boligudvalget. Møde nr.: 5/2013 Dannet den: "
        "Onsdag den Mødedato: Tirsdag den Mødetidspunkt: 17:15-19:00\n\n"
        "Download \"Referat. Plan- og Boligudvalget. Møde nr.: 5/2013 "
        "Dannet den: Onsdag den 15-05-2013 Mødedato: Tirsdag den "
        "14-05-2013 Mødetidspunkt: 17:15-19:00\"\n\n"
        "Transkript\n\n"
        "1 Referat Plan- og Boligudvalget Møde nr.: 5/2013 Dannet den: "
        "Onsdag den Mødedato: Tirsdag den Mødetidspunkt: 17:15-19:00 "
        "Mødested: Mødelokale TF\n\n"
        "2 1. Byfornyelse Åben sag Sagsid: 13/0412 Beslutning i Plan- og "
        "Boligudvalget den Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_str("date", text, m.date, "2013-05-14");
    mnt_meeting_fini(&m);
}

/* A transcript's first page runs an archive's note and the committee's
 * fields together ("… til og med den 3. marts 2015 … Udvalg:
 * Teknikudvalget Dato: Tirsdag den 9. april 2019 Tid: …"): the plain
 * "Dato:" after "Udvalg:" is the meeting's day, not the note's date
 * before it. */
static void test_inline_dato_after_committee_field(void **state)
{
    (void)state;
    static const char text[] =
        "Referater\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Referater Ældre referater findes i arkivet til og med den 3. "
        "marts 2015. Udvalg: Teknikudvalget Dato: Tirsdag den 9. april 2019 "
        "Tid: Kl. 16:00 Sted: Mødelokale 4, Rådhuset Deltagere: Anna Lund "
        "(A), Bo Holm (V) Indholdsfortegnelse 1. Godkendelse af dagsorden "
        "2. Vejplan 2020 1. Godkendelse af dagsorden Beslutning Godkendt. "
        "2. Vejplan 2020 Sagsfremstilling Planen skal i høring. Beslutning "
        "Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_str("date", text, m.date, "2019-04-09");
    mnt_meeting_fini(&m);
}

/* A transcript's page 1 flattens a memo's fields after its meeting's
 * ("Møde i: Regionshandicaprådet Dato: 13. juni 2017 Kl.: Sted: …", dq-
 * round, Region Hovedstaden): the plain "Dato:" after "Møde i:" is the
 * meeting's day, not the earlier meeting whose minutes the body approves
 * nor the letterhead's date later in the line. */
static void test_inline_dato_after_meeting_field(void **state)
{
    (void)state;
    static const char text[] =
        "Afbud Ulla Brink Høreforeningen Per Sandholm Landsforeningen for "
        "psykisk sundhed\n"
        "\n"
        "Save this PDF as:\n"
        " WORD  PNG  TXT  JPG\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Afbud Ulla Brink Høreforeningen Per Sandholm "
        "Landsforeningen for psykisk sundhed\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 REFERAT Indhold Møde i: Regionshandicaprådet Dato: 13. juni 2017 "
        "Kl.: Sted: Regionsgården, Kongens Vænge 2, 3400 Hillerød Mødelokale "
        "H3 1. Godkendelse af dagsorden Godkendelse af referat fra sidste "
        "møde Orientering om tilgængelighed på hospitalerne Regionens budget "
        "for Temamøde i efteråret Eventuelt... 4 Deltagere: Anders Juhl "
        "ADHD-foreningen Kirsten Moos Dansk Blindesamfund Leif Karstoft "
        "Gigtforeningen Birgitte Hald Scleroseforeningen Jonas Vang Bedre "
        "Psykiatri Afbud: Ulla Brink Høreforeningen Per Sandholm "
        "Landsforeningen for psykisk sundhed Sekretariat: Lise Overgaard "
        "Tine Rasmussen REGION HOVEDSTADEN Center for Sundhed Kongens Vænge "
        "Hillerød Telefon Direkte Web Journal-nr.: Dato: 20. juni 2017\n"
        "\n"
        "2 1. Godkendelse af dagsorden Dagsordenen blev godkendt med den "
        "ændring, at punkt 4 blev behandlet før punkt 3. 2. Godkendelse af "
        "referat fra sidste møde Referatet fra mødet den 14. marts 2017 blev "
        "godkendt uden bemærkninger. 3. Orientering om tilgængelighed på "
        "hospitalerne Chefkonsulent Mads Tolstrup fra Center for Ejendomme "
        "orienterede om arbejdet med at gøre hospitalernes indgange og "
        "toiletter tilgængelige. Der er lavet en gennemgang af alle "
        "matrikler, og de vigtigste forhold bliver rettet i løbet af Rådet "
        "spurgte til skiltningen for blinde og svagsynede og til, om "
        "brugerne bliver inddraget, når nye afsnit bygges. Mads Tolstrup "
        "svarede, at en brugergruppe med repræsentanter fra "
        "handicaporganisationerne bliver hørt i alle større byggerier. Rådet "
        "bad om at få gennemgangen til næste møde. 4. Regionens budget for "
        "2018 Økonomichef Karen Lindberg gav en kort introduktion til "
        "processen for budget 2018, herunder tidsplanen for forhandlingerne "
        "i regionsrådet. Rådet drøftede, hvordan det kan give input til "
        "forhandlingerne, og besluttede at sende et brev til formanden for "
        "regionsrådet om transport til behandling og om tolkebistand.\n"
        "\n"
        "3 Side 2 5. Temamøde i efteråret Sekretariatet fremlagde forslag "
        "til program for et temamøde om overgangen fra børne- til "
        "voksenpsykiatrien. Rådet tilsluttede sig forslaget og bad om, at "
        "der også bliver et oplæg fra en pårørende. Temamødet holdes den 26. "
        "oktober 2017 kl på Regionsgården. 6. Eventuelt Kirsten Moos "
        "orienterede om, at Dansk Blindesamfund holder kursus for personale "
        "i sundhedsvæsenet i september. Næste møde er den 12. september "
        "2017.\n"
        "\n"
        "Relaterede dokumenter\n"
        "REFERAT. Indhold. Møde i: Regionshandicaprådet Dato: 7. marts 2017 "
        "Kl.: Sted: Regionsgården, Kongens Vænge 2, 3400 Hillerød Mødelokale "
        "H5\n"
        "Deltagere: Anders Juhl ADHD-foreningen Kirsten Moos Dansk "
        "Blindesamfund Leif Karstoft Gigtforeningen\n"
        "Møde i: Regionshandicaprådet Dato: 10. april 2018 Kl.: Sted: "
        "Regionsgården, Kongens Vænge 2, 3400 Hillerød Mødelokale H2\n";
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m); /* the page as it is, no items appended */
    if (mnt_parse(text, strlen(text), NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
    expect_str("date", text, m.date, "2017-06-13");
    mnt_meeting_fini(&m);
}

/* A whole document's text and the meeting date it must parse to. */
struct date_case {
    const char *text, *want;
};

static void expect_parsed_dates(const struct date_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        struct mnt_meeting m;
        struct err e;
        memset(&m, 0, sizeof m);
        if (mnt_parse(cases[i].text, strlen(cases[i].text), NULL, &m, &e) !=
            ERR_OK)
            fail_msg("mnt_parse: %s", e.msg);
        expect_str("date", cases[i].text, m.date, cases[i].want);
        mnt_meeting_fini(&m);
    }
}

/* Three two-digit numbers printed year first ("25.08.27": a school
 * board's minutes named so they sort) when the document names that
 * year (the year's list of meetings) and never 2027; day first
 * ("24.08.22") wherever the text says nothing, or names both years. */
static void test_year_first_two_digit_date(void **state)
{
    (void)state;
    static const struct date_case cases[] = {
        {"25.08.27 - Referat af skolebestyrelsesmøde\n"
         "Tid: Kl. 17.00-19.00\n\n1. Godkendelse af dagsorden\n"
         "Mødeplan 2025: 21.01., 18.03., 27.08., 29.10.\n"
         "2. Eventuelt\nIntet.\n",
         "2025-08-27"},
        {"24.08.22 - Referat af skolebestyrelsesmøde\n"
         "Tid: Kl. 17.00-19.00\n\n1. Godkendelse af dagsorden\n"
         "Godkendt.\n2. Eventuelt\nIntet.\n",
         "2022-08-24"},
        {"24.08.22 - Referat af skolebestyrelsesmøde\n"
         "Tid: Kl. 17.00-19.00\n\n1. Budget 2024\n"
         "Budget 2024 og overslagsårene, vedtaget i 2022.\n"
         "2. Eventuelt\nIntet.\n",
         "2022-08-24"},
    };
    expect_parsed_dates(cases, N(cases));
}

/* A sentence reporting that the last minutes were approved names that
 * meeting's date, not these minutes' heading, even standing right under
 * the header's own date (round ic's `date` probe, decoy `approved`: about
 * 48 of 609 dates lost a form). An approval before the date heads these
 * minutes. */
static void test_approved_minutes_line_is_other_meeting(void **state)
{
    (void)state;
    static const struct date_case cases[] = {
        {"Økonomiudvalget\n\n23. marts 2011\n"
         "Referatet fra mødet den 23. februar 2011 blev godkendt.\n\n"
         "1. Meddelelser\nIngen.\n2. Eventuelt\nIntet.\n",
         "2011-03-23"},
        {"Handicaprådet\nMandag den 5. marts 2024\n"
         "Referat fra mødet den 6. februar 2024 godkendes.\n\n"
         "1. Meddelelser\nIngen.\n2. Eventuelt\nIntet.\n",
         "2024-03-05"},
        {"Godkendt referat fra mødet den 3. april 2019\nÆldrerådet\n\n"
         "1. Meddelelser\nIngen.\n2. Eventuelt\nIntet.\n",
         "2019-04-03"},
    };
    expect_parsed_dates(cases, N(cases));
}

/* A web archive's head (round ih): a publication stamp, a line under it
 * naming another day (a deadline for remarks, or a sentence saying the
 * last meeting's minutes were approved), then the meeting's weekday and
 * date. The line under the stamp stood first: its date was taken. */
static void test_deadline_and_approval_under_stamp(void **state)
{
    (void)state;
    static const struct date_case cases[] = {
        {"Fritidsrådet\n\nPubliceret 12. maj 2016\n"
         "Frist for bemærkninger: 26. maj 2016\n\n"
         "Torsdag den 12-05-2016 kl. 17:00\n\n"
         "1. Meddelelser\nIngen.\n2. Eventuelt\nIntet.\n",
         "2016-05-12"},
        {"Fritidsrådet\n\nPubliceret 12. maj 2016\n"
         "Referatet fra mødet den 14. april 2016 blev godkendt.\n\n"
         "Torsdag den 12-05-2016 kl. 17:00\n\n"
         "1. Meddelelser\nIngen.\n2. Eventuelt\nIntet.\n",
         "2016-05-12"},
    };
    expect_parsed_dates(cases, N(cases));
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates_in_context),
        cmocka_unit_test(test_yearless_status_date),
        cmocka_unit_test(test_schedule_is_no_meeting_date),
        cmocka_unit_test(test_yearless_date_not_from_related),
        cmocka_unit_test(test_inline_date_field_beats_creation_date),
        cmocka_unit_test(test_inline_dato_after_meeting_field),
        cmocka_unit_test(test_inline_dato_after_committee_field),
        cmocka_unit_test(test_sentence_dates_of_a_dateless_protocol),
        cmocka_unit_test(test_year_first_two_digit_date),
        cmocka_unit_test(test_approved_minutes_line_is_other_meeting),
        cmocka_unit_test(test_deadline_and_approval_under_stamp),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
