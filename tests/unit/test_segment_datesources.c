/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_datesources.c - where a meeting's date is read from when
 * the header does not give it plainly (split from test_segment_dates.c):
 * the first of labelled fields, a trailing list of related documents, a
 * decision's genitive, a title alone, a paragraph naming the meeting, a
 * council's name opening a flattened page, the agenda's paragraph or
 * approval on a page with no header. Each case is a few lines written for
 * this test. */
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
        "Deltagere:\n\nAage Brask, A\nEva Lund, V\nOle Brink, C\n"
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
        cmocka_unit_test(test_labels_first_field_date),
        cmocka_unit_test(test_trailing_related_list_dates),
        cmocka_unit_test(test_genitive_decision_date),
        cmocka_unit_test(test_title_alone_is_no_preamble),
        cmocka_unit_test(test_paragraph_meeting_no_date),
        cmocka_unit_test(test_council_date_opens_flat_page),
        cmocka_unit_test(test_agenda_paragraph_date),
        cmocka_unit_test(test_agenda_approval_dates_headless_page),
        cmocka_unit_test(test_related_list_ends_at_page_one),
        cmocka_unit_test(test_related_list_before_long_transcript),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
