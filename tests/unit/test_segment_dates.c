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

/* A field table read column by column (a PDF transcribed one line per
 * text line, bq- blind round): "Mødedato:" and the other labels first,
 * then their values ("25. maj 2016" / "kl. 18:00" / …). The labelled
 * date beats the earlier committee's date every item's decision repeats
 * ("Beslutning i Økonomiudvalget den 11. maj 2016:"). */
static void test_labels_first_field_date(void **state)
{
    (void)state;
    static const char page[] =
        "Vestby Kommune\n25. maj 2016\nSide 1.\nÅben dagsorden\nVestby "
        "Byråd\nMødedato:\nMødet påbegyndt:\nMødet afsluttet:\n"
        "Mødested:\n25. maj 2016\nkl. 18:00\nkl.\nRådhuset\n\n"
        "1.\nRegnskab 2015\nIndstilling\nRegnskabet godkendes.\n"
        "Beslutning i Økonomiudvalget den 11. maj 2016:\nAnbefales.\n\n"
        "2.\nTakster for vand\nIndstilling\nTaksterne godkendes.\n"
        "Beslutning i Økonomiudvalget den 11. maj 2016:\nAnbefales.\n\n"
        "3.\nLokalplan for Skovvej\nIndstilling\nPlanen vedtages.\n"
        "Beslutning i Økonomiudvalget den 11. maj 2016:\nAnbefales.";
    struct mnt_meeting m;
    parse_text(page, &m);
    expect_str("date", page, m.date, "2016-05-25");
    mnt_meeting_fini(&m);
}

/* A docplayer page lists "Relaterede dokumenter" after the transcript,
 * up to the end of the page, not above it (cs- round, Silkeborg): a
 * related document's title with its full date ("Byrådet
 * Beslutningsprotokol. 24. september 2007 - kl. 17:00") is another
 * meeting's, never the minutes' date, which here lost its year. */
static void test_trailing_related_list_dates(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget Beslutningsprotokol\n\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n\n"
        "Download \"Økonomiudvalget Beslutningsprotokol\"\n\n"
        "Transkript\n\n"
        "1 Beslutningsprotokol 15. juni kl. 8:15 Lokale 12, Rådhuset "
        "Afbud: Jens Kirk\n\n"
        "2 171. Godkendelse af dagsorden Sagsnr.: 09/88 Beslutning "
        "Godkendt. 172. Gensidig orientering Sagsnr.: 09/88 Beslutning "
        "Intet. Økonomiudvalget Beslutningsprotokol Side\n\n"
        "Relaterede dokumenter\n"
        "Byrådet Beslutningsprotokol\n"
        "Byrådet Beslutningsprotokol. 24. september 2007 - kl. 17:00 "
        "Byrådssalen, Rådhuset\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_str("date", text, m.date, NULL);
    mnt_meeting_fini(&m);
}

/* A page with no header date (Region Hovedstaden's HtmlPublication, ct-
 * blind round) lists its items' titles first; every item's decision names the
 * body in the genitive before "beslutning" ("Regionsrådets beslutning den 17.
 * juni 2025:"); the day they repeat beats the first date of the page, an item
 * title's ("… regionalvalget den 18. november 2025"). */
static void test_genitive_decision_date(void **state)
{
    (void)state;
    static const char page[] =
        "ORDINÆRT REGIONSRÅDSMØDE\nPunkter på dagsordenen\n"
        "Ny stedfortræder til valgbestyrelsen for regionalvalget den 18. "
        "november 2025\nRegnskab 2024\nBudget 2026\n\n"
        "1. Ny stedfortræder til valgbestyrelsen for regionalvalget den 18. "
        "november 2025\nRegionsrådets beslutning den 17. juni 2025:\n"
        "Godkendt.\n\n"
        "2. Regnskab 2024\nRegionsrådets beslutning den 17. juni 2025:\n"
        "Godkendt.\nForretningsudvalgets beslutning den 3. juni 2025:\n"
        "Anbefalet.\n\n"
        "3. Budget 2026\nRegionsrådets beslutning den 17. juni 2025:\n"
        "Oversendt.";
    struct mnt_meeting m;
    parse_text(page, &m);
    expect_str("date", page, m.date, "2025-06-17");
    mnt_meeting_fini(&m);
}

/* A news page announcing a meeting (rn.dk, ct- blind round), one item:
 * its <title> is line 0, the only line before the item. A preamble of
 * the document's title alone is none: the meeting's date in the lead's
 * sentence ("… mødes mandag 16. september 2024.") counts as it does when
 * the same page comes as text. */
static void test_title_alone_is_no_preamble(void **state)
{
    (void)state;
    static const struct {
        enum ext_kind kind;
        const char *text;
    } b[] = {
        {EXT_HEADING, "Deltag i Regionsrådsmødet 16. september"},
        {EXT_PARA, "Kom og følg med, når politikerne i Regionsrådet mødes "
                   "mandag 16. september 2024."},
        {EXT_PARA, "På mødet skal Regionsrådet tage stilling til:"},
        {EXT_LIST_ITEM, "Budget 2025"},
        {EXT_LIST_ITEM, "Ny busplan"},
        {EXT_PARA, "Opdateret 9. september 2024"},
    };
    struct ext_doc x;
    struct err e;
    ext_doc_init(&x);
    x.title = strdup("Deltag i Regionsrådsmødet 16. september");
    assert_non_null(x.title);
    for (size_t i = 0; i < sizeof b / sizeof *b; i++) {
        struct ext_block *k =
            ext_add(&x, b[i].kind, b[i].text, strlen(b[i].text), &e);
        assert_non_null(k);
        k->level = b[i].kind == EXT_HEADING ? 1 : 0;
    }
    struct mnt_meeting m;
    memset(&m, 0, sizeof m);
    assert_int_equal(mnt_parse_blocks(&x, NULL, &m, &e), ERR_OK);
    ext_doc_fini(&x);
    expect_str("date", b[1].text, m.date, "2024-09-16");
    mnt_meeting_fini(&m);
}

/* A page of one item with no header (an app's page: its title, then its
 * sections) prints no meeting date; a paragraph that tells of another
 * meeting ("… og mødested. På det konstituerende møde den 4. december
 * 2025 drøftede …") gives none. A flattened page whose first line opens
 * with the header still dates the meeting from that line's first
 * sentence. */
static void test_paragraph_meeting_no_date(void **state)
{
    (void)state;
    static const char app[] =
        "Udvalgets mødeplan 2026\nBeslutning\nGodkendt.\n"
        "Sagsfremstilling\nUdvalget skal fastlægge sine ordinære møder i "
        "2026 efter den samlede plan.\nSagens indhold\nUdvalget kan selv "
        "vælge dato, tidspunkt og mødested. På det konstituerende møde den "
        "4. december 2025 drøftede udvalget ugedag og tidspunkt for "
        "møderne.\nAdministrationen anbefaler, at møderne holdes på "
        "Rådhuset, fordi flere chefer deltager.\n";
    static const char flat[] =
        "1 R e f e r a t MØDE 3-2024 Nyby Seniorråd Torsdag den 6. juni 2024 "
        "kl. 13.00 Mødesalen Til stede: Anna Lund, Bo Holm. Gæster: ingen "
        "1. Godkendelse af dagsorden Dagsordenen blev godkendt. 2. "
        "Eventuelt Næste møde holdes i august.\n";
    struct mnt_meeting m;
    parse_text(app, &m);
    expect_str("date", app, m.date, NULL);
    /* nor is "… holdes på Rådhuset, fordi …" in its text the place */
    expect_str("place", app, m.place, NULL);
    mnt_meeting_fini(&m);
    parse_text(flat, &m);
    expect_str("date", flat, m.date, "2024-06-06");
    mnt_meeting_fini(&m);
}

/* A transcript's flattened first page opening with the council's name and
 * the meeting's date ("1 Kommunalbestyrelsen 28.10.2019 kl. 18:00 …", the
 * header's lines run together, no preamble) dates the meeting though the
 * line reads as prose. */
static void test_council_date_opens_flat_page(void **state)
{
    (void)state;
    static const char flat[] =
        "1 Kulturudvalget 14.03.2023 kl. 16:00 Mødelokale 2 på Nyby Rådhus "
        "Deltagere Anna Lund (A) - Deltog Bo Holm (V) - Deltog Indhold "
        "Sammendrag Udvalget skal godkende årets fordeling af tilskud. "
        "Beslutning Godkendt. Tidligere behandling Kulturudvalget den 7. "
        "februar 2023 Punkt 4 Indhold Sammendrag Udvalget orienteres om "
        "biblioteket. Beslutning Taget til efterretning.\n"
        "2 Udvalget skal tage stilling til åbningstider i sommeren. "
        "Beslutning Godkendt.\n";
    struct mnt_meeting m;
    parse_text(flat, &m);
    expect_str("date", flat, m.date, "2023-03-14");
    mnt_meeting_fini(&m);
}

/* glostrup.dk (cw- blind round): under "Referat" the agenda stands in one
 * paragraph ("1. … 2. … 3. …"); a date in one of its titles ("pr. 31.
 * marts 2022") is no meeting's day - the decision lines name it. */
static void test_agenda_paragraph_date(void **state)
{
    (void)state;
    static const char page[] =
        "Referat\n\n"
        "1. Godkendelse af dagsordenen 2. Orientering fra borgmesteren "
        "3. Ansøgning om isvogn 4. Forsøg med værktøj 5. Budgetopfølgning "
        "pr. 31. marts 2022 - Overblik\n\n"
        "Deltagere:\n\nIb Holm, A\nEva Lund, V\nOle Brink, C\n"
        "Pia Dahl, F\nKim Toft, Ø\n\n"
        " 1.  1. Godkendelse af dagsordenen\n\n"
        "  Beslutning i Kommunalbestyrelsen den 25-05-2022\n\n  Godkendt.\n"
        " 2.  2. Budgetopfølgning pr. 31. marts 2022 - Overblik\n\n"
        "  Beslutning i Kommunalbestyrelsen den 25-05-2022\n\n  Godkendt.\n"
        " 3.  3. Flagning på pladsen\n\n"
        "  Beslutning i Kommunalbestyrelsen den 25-05-2022\n\n  Forkastet.\n";
    struct mnt_meeting m;
    parse_text(page, &m);
    expect_str("date", page, m.date, "2022-05-25");
    mnt_meeting_fini(&m);
}

/* A page stored with no header (ev- round, stevns.dk): where the items
 * quote other committees' dated decisions and nothing else dates the
 * meeting, the first item's approval of the agenda names the day ("for
 * Teknik- og Miljøudvalget den 3. maj 2022"), as a transcript's lost date
 * field's does. */
static void test_agenda_approval_dates_headless_page(void **state)
{
    (void)state;
    static const char page[] =
        "Referat\n\n  • 12. Dagsorden - godkendelse\n\n"
        "    Godkendelse af dagsordenen for Teknik- og Miljøudvalget den 3. "
        "maj 2022.\n\n"
        "    Beslutning\n\n    Godkendt.\n\n"
        "  • 13. Budget - orientering\n\n"
        "    Beslutning fra Økonomiudvalget, 28. april 2022, pkt. 4:\n\n"
        "    Anbefales.\n\n"
        "    Beslutning fra Økonomiudvalget, 28. april 2022, pkt. 5:\n\n"
        "    Anbefales.\n\n    Beslutning\n\n    Taget til efterretning.\n";
    struct mnt_meeting m;
    parse_text(page, &m);
    expect_str("date", page, m.date, "2022-05-03");
    mnt_meeting_fini(&m);
}

/* A docplayer mobile (amp) page prints its "Relaterede dokumenter"
 * list straight above the transcript's pages, with no "Transkript" line
 * between (dh- round, Ringkøbing-Skjern): the list ends at page 1 ("1
 * Åben referat …" followed by page 2), so the date page 1 prints is the
 * minutes' own (test_segment_themes.c checks the council). */
static void test_related_list_ends_at_page_one(void **state)
{
    (void)state;
    static const char text[] =
        "Åben referat Ældrerådet Sekretariatet\n\n"
        "Relaterede dokumenter\n"
        "Åben dagsorden Ældrerådet Sekretariatet\n\n"
        "Referat Udvalget for Sundhed mandag den 9. september 2013\n\n"
        "1 Åben referat Ældrerådet Sekretariatet Mødedato: Mandag den 7. "
        "oktober 2013 Mødetidspunkt: Kl Mødested: Mødelokale 3 Afbud: "
        "Ida Holm\n\n"
        "2 Indholdsfortegnelse Sag Side 1. Godkendelse af dagsorden "
        "Eventuelt...3 Side 2\n\n"
        "3 Sag Godkendelse af dagsorden Sagsnr. 13/102 Initialer abc. Åben "
        "sag Beslutning Godkendt. Sag Eventuelt Sagsnr. 13/102 Initialer "
        "abc. Åben sag Beslutning Intet. Side 3\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_str("date", text, m.date, "2013-10-07");
    mnt_meeting_fini(&m);
}

/* The same list above the pages of a longer transcript (page 1 more
 * than 40 lines before the end, dh- round): it ends at page 1 there too,
 * so the labelled date of another meeting in it ("Møde i Ældrerådet
 * Dato: Onsdag den 18. november 2014") is not the minutes', whose page 1
 * prints its date unlabelled. */
static void test_related_list_before_long_transcript(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Ældrerådet\n\n"
        "Relaterede dokumenter\n"
        "Møde i Ældrerådet Dato: Onsdag den 18. november 2014 kl Sted: "
        "Rådhuset\n\n"
        "1 Referat Ældrerådet 7. oktober 2013 Mødelokale 3 Til stede: Ida "
        "Holm, Per Lund\n\n"
        "2 Dagsorden 1. Godkendelse af dagsorden 2. Eventuelt\n\n"
        "3 Sagen fortsætter på side 3.\n\n"
        "4 Sagen fortsætter på side 4.\n\n"
        "5 Sagen fortsætter på side 5.\n\n"
        "6 Sagen fortsætter på side 6.\n\n"
        "7 Sagen fortsætter på side 7.\n\n"
        "8 Sagen fortsætter på side 8.\n\n"
        "9 Sagen fortsætter på side 9.\n\n"
        "10 Sagen fortsætter på side 10.\n\n"
        "11 Sagen fortsætter på side 11.\n\n"
        "12 Sagen fortsætter på side 12.\n\n"
        "13 Sagen fortsætter på side 13.\n\n"
        "14 Sagen fortsætter på side 14.\n\n"
        "15 Sagen fortsætter på side 15.\n\n"
        "16 Sagen fortsætter på side 16.\n\n"
        "17 Sagen fortsætter på side 17.\n\n"
        "18 Sagen fortsætter på side 18.\n\n"
        "19 Sagen fortsætter på side 19.\n\n"
        "20 Sagen fortsætter på side 20.\n\n"
        "21 Sagen fortsætter på side 21.\n\n"
        "22 Sagen fortsætter på side 22.\n\n"
        "23 Sagen fortsætter på side 23.\n\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_str("date", text, m.date, "2013-10-07");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paragraph_meeting_no_date),
        cmocka_unit_test(test_council_date_opens_flat_page),
        cmocka_unit_test(test_dates_in_context),
        cmocka_unit_test(test_yearless_status_date),
        cmocka_unit_test(test_schedule_is_no_meeting_date),
        cmocka_unit_test(test_yearless_date_not_from_related),
        cmocka_unit_test(test_inline_date_field_beats_creation_date),
        cmocka_unit_test(test_inline_dato_after_meeting_field),
        cmocka_unit_test(test_inline_dato_after_committee_field),
        cmocka_unit_test(test_labels_first_field_date),
        cmocka_unit_test(test_trailing_related_list_dates),
        cmocka_unit_test(test_genitive_decision_date),
        cmocka_unit_test(test_title_alone_is_no_preamble),
        cmocka_unit_test(test_agenda_paragraph_date),
        cmocka_unit_test(test_related_list_ends_at_page_one),
        cmocka_unit_test(test_related_list_before_long_transcript),
        cmocka_unit_test(test_agenda_approval_dates_headless_page),
        cmocka_unit_test(test_sentence_dates_of_a_dateless_protocol),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
