/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_drawndates.c - dates from blind rounds of drawn councils:
 * a header-less PolWeb page dated by its decisions (round bp), a PDF's
 * title glued to its date field, a page that prints no meeting date but
 * yearless dates in its items, a meeting's field label that is no
 * heading, and a table of meetings under a "Dato" column (round hv).
 * Apart from test_segment_drawn.c, which was past 600 lines.
 * Each case is a few lines in our own words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "minutes/segment_internal.h"
#include "segment_util.h"
#include "test_filter.h"

/* A PolWeb page copied without its header (round bp, Nyborg): the first
 * date is a title's ("pr. 13.09.2021"); the decision lines every item
 * repeats name the meeting's day. */
static void test_date_from_repeated_decisions(void **state)
{
    (void)state;
    static const char page[] =
        "1.      Status på puljer pr. 13.09.2021\n\n"
        "Sagsnr.\n\n450-2021-1\n\nÅbent\n\n"
        "Sagsfremstilling\n\nPuljen har et restbudget på 85.000 kr.\n\n"
        "Beslutning i Erhvervsudvalget 4. oktober 2021:\n\n"
        "Til efterretning.\n\n"
        "2.      Julebelysning i bymidten\n\n"
        "Sagsnr.\n\n450-2021-2\n\nÅbent\n\n"
        "Sagsfremstilling\n\nForeningen søger om et tilskud.\n\n"
        "Beslutning i Erhvervsudvalget 4. oktober 2021:\n\n"
        "Godkendt.\n";
    struct mnt_meeting m;
    parse_text(page, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2021-10-04");
    mnt_meeting_fini(&m);
}

/* "ByrådetMødedato: Tirsdag den 7. oktober 2014": a PDF's title glued to
 * the date field under it is still the field, and beats a hosting site's
 * upload stamp in its own (US) order on the page header ("10/7/2014",
 * bl- round, Varde on dokumen.tips). */
static void test_date_field_glued_to_title(void **state)
{
    (void)state;
    static const char text[] =
        "Page 1: Åbent Referat til Byrådet · 10/7/2014 · Anbefaling "
        "Forvaltningen anbefaler\n\n"
        "Varde Kommune\n\n"
        "Åbent Referat\n\n"
        "til\n\n"
        "ByrådetMødedato: Tirsdag den 7. oktober 2014\n\n"
        "Mødetidspunkt: 18:00 - 20:45\n\n"
        "312. Godkendelse af dagsorden\n\n"
        "Beslutning Byrådet den 07-10-2014\n\n"
        "Godkendt.\n\n"
        "313. Takster 2015 for madservice\n\n"
        "Beslutning Byrådet den 07-10-2014\n\n"
        "Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2014-10-07");
    mnt_meeting_fini(&m);
}

/* The same glued label ending its line, its value on the line under it
 * ("ByrådetMødedato:" / "7. oktober 2014", the value a text box of its
 * own; round ih): still the field, which beats the upload stamp. */
static void test_glued_date_label_value_below(void **state)
{
    (void)state;
    static const char text[] =
        "Page 1: Åbent Referat til Byrådet · 10/7/2014 · Anbefaling "
        "Forvaltningen anbefaler\n\n"
        "Varde Kommune\n\n"
        "Åbent Referat\n\n"
        "til\n\n"
        "ByrådetMødedato:\n\n"
        "7. oktober 2014\n\n"
        "Mødetidspunkt: 18:00 - 20:45\n\n"
        "312. Godkendelse af dagsorden\n\n"
        "Godkendt.\n\n"
        "313. Takster 2015 for madservice\n\n"
        "Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_non_null(m.date);
    assert_string_equal(m.date, "2014-10-07");
    mnt_meeting_fini(&m);
}

/* A page that prints no meeting date (a NemAgenda byråd page: committee,
 * members, place, items in "Punkt | Titel" rows): a day and month without
 * a year in an item's text ("Budgetseminaret holdes 28. og 29. august")
 * is that item's business, no meeting date put in the year the file's
 * name gives. */
static void test_yearless_date_in_item_no_meeting_date(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_TABLE_CELL, 0, 1, "Titel"},
        {EXT_TABLE_CELL, 0, 0, "Udvalg"},
        {EXT_TABLE_CELL, 0, 1, "Byrådet"},
        {EXT_TABLE_CELL, 0, 0, "Byrådet"},
        {EXT_HEADING, 3, 0, "Mødedeltagere"},
        {EXT_PARA, 0, 0, "Anne Bech, Bo Friis, Carl Holm, Dorte Lund"},
        {EXT_HEADING, 3, 0, "Møde lokation"},
        {EXT_PARA, 0, 0, "Det gamle Rådhus"},
        {EXT_HEADING, 3, 0, "Dagsorden"},
        {EXT_PARA, 0, 0, "DIVERSE SAGER"},
        {EXT_TABLE_CELL, 0, 1, "Punkt"},
        {EXT_TABLE_CELL, 0, 0, "Titel"},
        {EXT_TABLE_CELL, 0, 1, "16"},
        {EXT_TABLE_CELL, 0, 0, "Udpegning til råd og nævn 2014 - 2017"},
        {EXT_HEADING, 4, 0, "Resume"},
        {EXT_PARA, 0, 0,
         "Efter valget skal Byrådet udpege medlemmer til en række råd, "
         "nævn og bestyrelser."},
        {EXT_HEADING, 4, 0, "Sagsfremstilling"},
        {EXT_PARA, 0, 0,
         "Oversigten over hvervene er vedlagt. Nogle hverv behandles som "
         "selvstændige sager senere på dagsordenen."},
        {EXT_HEADING, 4, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_TABLE_CELL, 0, 1, "Punkt"},
        {EXT_TABLE_CELL, 0, 0, "Titel"},
        {EXT_TABLE_CELL, 0, 1, "17"},
        {EXT_TABLE_CELL, 0, 0, "Valg af medlemmer til Folkeoplysningsudvalget"},
        {EXT_HEADING, 4, 0, "Sagsfremstilling"},
        {EXT_PARA, 0, 0, "Foreningerne har foreslået ni kandidater."},
        {EXT_HEADING, 4, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Valgt blev Bo Friis og Carl Holm."},
        {EXT_TABLE_CELL, 0, 1, "Punkt"},
        {EXT_TABLE_CELL, 0, 0, "Titel"},
        {EXT_TABLE_CELL, 0, 1, "18"},
        {EXT_TABLE_CELL, 0, 0, "Mødeplan for Byrådet 2014"},
        {EXT_HEADING, 4, 0, "Sagsfremstilling"},
        {EXT_PARA, 0, 0,
         "Møderne foreslås holdt mandag kl. 17.00. Budgetseminaret holdes "
         "28. og 29. august."},
        {EXT_HEADING, 4, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_TABLE_CELL, 0, 1, "Punkt"},
        {EXT_TABLE_CELL, 0, 0, "Titel"},
        {EXT_TABLE_CELL, 0, 1, "19"},
        {EXT_TABLE_CELL, 0, 0, "Kommunegaranti for lån til havnen"},
        {EXT_HEADING, 4, 0, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    /* the file's name gives the year a yearless date would be put in */
    struct mnt_hints h = {.name = "byraad-2014.html"};
    struct mnt_meeting m;
    parse_pages_hinted(b, sizeof b / sizeof *b, 0, &h, &m);
    if (m.date != NULL)
        fail_msg("date <%s>, want none", m.date);
    mnt_meeting_fini(&m);
}

/* The same page as plain text, its items from the first lines on (no
 * preamble): "Møde lokation" is a field's label, no heading of the
 * minutes that the meeting's date would be printed under. */
static void test_meeting_field_label_is_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet\n\nMødedeltagere\n\nAnne Bech, Bo Friis, Carl Holm\n\n"
        "Møde lokation\n\nDet gamle Rådhus\n\n"
        "16. Mødeplan for Byrådet 2014\n\n"
        "Møderne foreslås holdt mandag kl. 17.00. Budgetseminaret holdes "
        "28. og 29. august.\n\nGodkendt.\n\n"
        "17. Valg til Folkeoplysningsudvalget 2014 - 2017\n\n"
        "Valgt blev Bo Friis og Carl Holm.\n";
    struct mnt_hints h = {.name = "byraad-2014.txt"};
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    if (mnt_parse(text, strlen(text), &h, &m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
    if (m.date != NULL)
        fail_msg("date <%s>, want none", m.date);
    mnt_meeting_fini(&m);
}

/* A council's page that prints no meeting date (round hv, Greve's
 * handicapråd): an item's table of the year's meetings has column
 * headings opening with "Dato" ("Dato" / "Aktivitet" / "Tid") over one
 * row a meeting ("23. april" / "Ordinært møde" / "17.00-19.00"). The
 * key labels a column, not a field: none of its days (each placed in
 * the file name's year when it stood alone) is this meeting's. */
static void expect_schedule_no_date(const char *day1, const char *day2)
{
    const struct {
        enum ext_kind kind;
        int level, row;
        const char *text;
    } b[] = {
        {EXT_PARA, 0, 0, "Medlemmer"},
        {EXT_PARA, 0, 0, "Byrådet: Ebbe Krog (V), Lise Hald (A)"},
        {EXT_HEADING, 2, 0, "HR 1. Rådets mødeplan"},
        {EXT_TABLE_CELL, 0, 1, "Dato"},
        {EXT_TABLE_CELL, 0, 0, "Aktivitet"},
        {EXT_TABLE_CELL, 0, 0, "Tid"},
        {EXT_TABLE_CELL, 0, 1, day1},
        {EXT_TABLE_CELL, 0, 0, "Ordinært møde"},
        {EXT_TABLE_CELL, 0, 0, "17.00-19.00"},
        {EXT_TABLE_CELL, 0, 1, day2},
        {EXT_TABLE_CELL, 0, 0, "Budgethøring"},
        {EXT_TABLE_CELL, 0, 0, "16.00-18.00"},
        {EXT_PARA, 0, 0, "Beslutning:"},
        {EXT_PARA, 0, 0, "Mødeplanen blev godkendt."},
        {EXT_HEADING, 2, 0, "HR 2. Eventuelt"},
        {EXT_PARA, 0, 0, "Beslutning:"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    struct ext_doc x;
    ext_doc_init(&x);
    x.body_size = 11;
    for (size_t i = 0; i < sizeof b / sizeof *b; i++) {
        struct ext_block *k = blk_add(&x, b[i].kind, b[i].text);
        if (b[i].kind == EXT_HEADING)
            k->level = (uint8_t)b[i].level;
        if (b[i].kind == EXT_TABLE_CELL)
            k->row_start = (uint8_t)b[i].row;
    }
    /* the file's name gives the year a yearless date would be put in */
    struct mnt_hints h = {.name = "handicapraad-2020.html"};
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    if (mnt_parse_blocks(&x, &h, &m, &e) != ERR_OK)
        fail_msg("mnt_parse_blocks: %s", e.msg);
    ext_doc_fini(&x);
    if (m.date != NULL)
        fail_msg("date <%s> from %s, want none", m.date, day1);
    mnt_meeting_fini(&m);
}

static void test_schedule_table_dato_column(void **state)
{
    (void)state;
    expect_schedule_no_date("14. april", "8. september");
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_from_repeated_decisions),
        cmocka_unit_test(test_date_field_glued_to_title),
        cmocka_unit_test(test_glued_date_label_value_below),
        cmocka_unit_test(test_yearless_date_in_item_no_meeting_date),
        cmocka_unit_test(test_meeting_field_label_is_no_heading),
        cmocka_unit_test(test_schedule_table_dato_column),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
