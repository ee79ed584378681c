/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_docplayer.c - PDF minutes read through a transcript site
 * (one line per page, numbers and punctuation of fields dropped), from
 * the bm- blind round and the later ones (bq-, br-, bu-, by-): a title
 * that runs into its case file's fields holds capitalised names; a
 * closed item's mark before the next heading; a page's number after
 * "Side"; a contents entry cut short by its page number, or holding a
 * date; a site's head above "Transkript"; pages cut after their running
 * header still counted; and what ends a flattened title: a status word
 * after a dash, a status cell before the case fields, bare case labels,
 * a case type's letter, "Afbud:". Letter-spaced text:
 * test_segment_spaced.c. Each case is a few lines in our own words. */
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

/* "562. Varmeværk Nord - Kommunegaranti Sagsnr J.nr Varmeværk Nord A/S
 * anmoder …": the case file's fields right after the title end it; a
 * capital after a lower-case word before them ("… Nord", "… region
 * Syddanmark") is a name in the title, no sentence's start. */
static void test_flat_title_runs_to_fields(void **state)
{
    (void)state;
    static const char text[] =
        "1 KOMMUNALBESTYRELSEN FOR VESTBY KOMMUNE REFERAT FRA MØDE NR. 12 "
        "TORSDAG DEN 26. FEBRUAR 2009, KL PÅ RÅDHUSET, BYRÅDSSALEN\n\n"
        "2 Kommunalbestyrelsen 26. februar 2009 Side: 2 TIL "
        "KOMMUNALBESTYRELSENS AFGØRELSE 301. Varmeværk Nord - "
        "Kommunegaranti Sagsnr J.nr Varmeværket søger om garanti for et "
        "lån til en ny tank. Beslutning: Godkendt. 302. Aftale med "
        "kommunerne i region Syddanmark Sagsnr J.nr Aftalen gælder i fire "
        "år. Beslutning: Godkendt. 303. Regulativ for vandværker i Vestby "
        "Kommune Sagsnr J.nr Regulativet er sendt i høring. Beslutning: "
        "Godkendt.\n";
    static const char *const labels[] = {"301", "302", "303"};
    static const char *const titles[] = {
        "Varmeværk Nord - Kommunegaranti",
        "Aftale med kommunerne i region Syddanmark",
        "Regulativ for vandværker i Vestby Kommune"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "573. LUKKET PUNKT: 574. LUKKET PUNKT:": the closed mark's word and
 * colon end the title before the next heading; "PUNKT: 574" is no
 * "Punkt: 12" label of a heading. */
static void test_closed_mark_before_heading(void **state)
{
    (void)state;
    static const char text[] =
        "1 KOMMUNALBESTYRELSEN FOR VESTBY KOMMUNE REFERAT FRA MØDE NR. 12 "
        "TORSDAG DEN 26. FEBRUAR 2009, KL PÅ RÅDHUSET, BYRÅDSSALEN\n\n"
        "2 Kommunalbestyrelsen 26. februar 2009 Side: 2 SAGER TIL "
        "EFTERRETNING 310. Orientering fra borgmesteren Sagsnr J.nr "
        "Borgmesteren orienterede om sygehusplanen og om møderne i "
        "regionen. Beslutning: Taget til efterretning. 311. "
        "Brugerundersøgelse i hjemmeplejen Sagsnr J.nr De fleste er "
        "tilfredse med hjælpen. Ældreudvalgets indstilling: Undersøgelsen "
        "tages til efterretning. Beslutning: Taget til efterretning.\n\n"
        "3 Kommunalbestyrelsen 26. februar 2009 Side: 3 LUKKEDE SAGER 312. "
        "LUKKET PUNKT: 313. LUKKET PUNKT:\n";
    static const char *const labels[] = {"310", "311", "312", "313"};
    static const char *const titles[] = {"Orientering fra borgmesteren",
                                         "Brugerundersøgelse i hjemmeplejen",
                                         "LUKKET PUNKT", "LUKKET PUNKT"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "1 Åben dagsorden Økonomiudvalget Sekretariatet Side 1. Mødedato: …":
 * the number after "Side" is the page's, no heading "1. Mødedato"
 * that would take item 1's place. */
static void test_page_number_is_no_heading(void **state)
{
    (void)state;
    static const char text[] =
        "1 Åben dagsorden Økonomiudvalget Sekretariatet Side 1. Mødedato: "
        "Mødet påbegyndt: kl. 14:30 Mødested: Mødelokale 2, Vestby Rådhus "
        "Følgende sager behandles: Pkt. Tekst Side 1 Status på cykelsti "
        "mellem Nordby og Sønderby efter 2 offentlighedsfase Tilskud fra "
        "pulje til landdistrikter 3 Meddelelser 4\n\n"
        "2 Økonomiudvalget, 9. marts 2016 Side 2 1. Status på cykelsti "
        "mellem Nordby og Sønderby efter offentlighedsfase Sagsnr.: "
        "05.01.00-G01-2-16 Resumé Lodsejerne ønsker stien på vestsiden. "
        "Indstilling Sekretariatet indstiller, at stien lægges mod vest.\n\n"
        "3 Økonomiudvalget, 9. marts 2016 Side 3 2. Tilskud fra pulje til "
        "landdistrikter 2016 Sagsnr.: 24.10.00-Ø40-3-16 Resumé Der er "
        "kommet elleve ansøgninger. Indstilling Sekretariatet indstiller, "
        "at der gives tilskud efter oversigten.\n\n"
        "4 Økonomiudvalget, 9. marts 2016 Side 4 3. Meddelelser Sagsnr.: "
        "00.01.00-A00-1-16 Resumé Borgmesteren orienterer om aktuelle "
        "sager. Indstilling Sekretariatet indstiller, at orienteringen "
        "tages til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Status på cykelsti mellem Nordby og Sønderby efter "
        "offentlighedsfase",
        "Tilskud fra pulje til landdistrikter 2016", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents entry split by its page number ("… Hirtshals
 * efter 12 offentlighedsfase") or short of the year it lost ("…
 * landdistrikter Kanalvej …") names less than the page's heading, whose
 * title runs to its case file's fields: the page's title stands. */
static void test_short_contents_entry_yields_to_fields(void **state)
{
    (void)state;
    static const char text[] =
        "1 Åben dagsorden Økonomiudvalget Sekretariatet Mødedato: "
        "Mødet påbegyndt: kl. 14:30 Mødested: Mødelokale 2, Vestby Rådhus "
        "Følgende sager behandles: Pkt. Tekst Side 1 Status på cykelsti "
        "mellem Nordby og Sønderby efter 2 offentlighedsfase Tilskud fra "
        "pulje til landdistrikter 3 Meddelelser 4\n\n"
        "2 Økonomiudvalget, 9. marts 2016 Side 2 1. Status på cykelsti "
        "mellem Nordby og Sønderby efter offentlighedsfase Sagsnr.: "
        "05.01.00-G01-2-16 Resumé Lodsejerne ønsker stien på vestsiden. "
        "Indstilling Sekretariatet indstiller, at stien lægges mod vest.\n\n"
        "3 Økonomiudvalget, 9. marts 2016 Side 3 2. Tilskud fra pulje til "
        "landdistrikter 2016 Sagsnr.: 24.10.00-Ø40-3-16 Resumé Der er "
        "kommet elleve ansøgninger. Indstilling Sekretariatet indstiller, "
        "at der gives tilskud efter oversigten.\n\n"
        "4 Økonomiudvalget, 9. marts 2016 Side 4 3. Meddelelser Sagsnr.: "
        "00.01.00-A00-1-16 Resumé Borgmesteren orienterer om aktuelle "
        "sager. Indstilling Sekretariatet indstiller, at orienteringen "
        "tages til efterretning.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Status på cykelsti mellem Nordby og Sønderby efter "
        "offentlighedsfase",
        "Tilskud fra pulje til landdistrikter 2016", "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "35. Ansøgninger fra landsbyerne - ÅBENT Tidl. politisk behandling
 * Forventet sagsgang …": the status a heading prints after a dash in
 * capitals closes it, as "- LUKKET SAG" does; the case file's empty
 * labels after it are no part of it (bs- round). */
static void test_dash_status_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Landsbyrådet Referat Mødedato 11. marts 2014 Starttidspunkt "
        "19:00\n\n"
        "2 35. Ansøgninger fra landsbyerne - ÅBENT Tidl. politisk behandling "
        "Forventet sagsgang Landsbyrådet SAGENS INDHOLD Der er syv "
        "ansøgninger. BESLUTNING Godkendt. 90\n\n"
        "3 36. Landsbyrådets temamøde i maj - ÅBENT Tidl. politisk "
        "behandling Forventet sagsgang Landsbyrådet SAGENS INDHOLD Temaet "
        "er fibernet. BESLUTNING Godkendt. 91\n";
    static const char *const labels[] = {"35", "36"};
    static const char *const titles[] = {
        "Ansøgninger fra landsbyerne - ÅBENT",
        "Landsbyrådets temamøde i maj - ÅBENT"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* Ringsted's docplayer pages (br- blind round): a page heading runs on
 * into the status cell before the case file's fields ("2. Aftale om
 * sommerkoncerter (KFU) Åben sag Sagsid: …"), which closes the title
 * after a committee's code in brackets, a capitalised last word ("…
 * ved Tøvre Sø Åben sag …") and a year the contents entry lost ("… -
 * august...4" in the contents, "… - august 2018 Åben sag …" on the
 * page). */
static void test_status_cell_closes_page_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Økonomiudvalget Møde nr.: 9/2018 Dannet den: Tirsdag "
        "den Mødedato: Mandag den Mødetidspunkt: 17:00-20:15 Mødested: "
        "Harhoff Medlemmer Ida Moe (hjidmo) V Fraværende Bemærkninger\n\n"
        "2 Side 1 Indholdsfortegnelse Punkt nr. Side 1. Godkendelse af "
        "dagsorden for mødet den 13. august Aftale om sommerkoncerter "
        "(KFU) Sti ved Tøvre Sø Orientering fra borgmesteren - "
        "august...5\n\n"
        "3 Side 2 1. Godkendelse af dagsorden for mødet den 13. august "
        "2018 Åben sag Sagsid: 17/1 Sagen afgøres i: Økonomiudvalget "
        "Bilag: Beslutning i Økonomiudvalget den Godkendt.\n\n"
        "4 Side 3 2. Aftale om sommerkoncerter (KFU) Åben sag Sagsid: 18/2 "
        "Sagen afgøres i: Økonomiudvalget Bilag: Indledning Aftalen "
        "udløber. Beslutning i Økonomiudvalget den Godkendt.\n\n"
        "5 Side 4 3. Sti ved Tøvre Sø Åben sag Sagsid: 18/3 Sagen afgøres "
        "i: Økonomiudvalget Bilag: Indledning Stien skal have nyt grus. "
        "Beslutning i Økonomiudvalget den Godkendt.\n\n"
        "6 Side 5 4. Orientering fra borgmesteren - august 2018 Åben sag "
        "Sagsid: 17/4 Sagen afgøres i: Økonomiudvalget Bilag: Borgmesteren "
        "orienterer. Beslutning i Økonomiudvalget den Taget til "
        "efterretning.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden for mødet den 13. august 2018",
        "Aftale om sommerkoncerter (KFU)", "Sti ved Tøvre Sø",
        "Orientering fra borgmesteren - august 2018"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "1. VEJANLÆG VED SKOLEN Sagsnr Dok.nr Sagsbeh. Jens Holm ÅBENT …": a
 * transcript that dropped the case file's numbers leaves the labels
 * bare; "Sagsnr" before another field's label is the field, no word of
 * the title (bq- blind round). */
static void test_bare_case_labels_end_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 ÅBENT REFERAT ØKONOMIUDVALG Mødedato: 16. juni 2009 Mødested: "
        "Byrådssal Deltagere: Anna Bo, Leo Bræmer\n\n"
        "2 INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Vejanlæg ved skolen Åbent "
        "Budgetstatus Åbent Samlet bilagsliste... 1 SIDE 1\n\n"
        "3 1. VEJANLÆG VED SKOLEN Sagsnr Dok.nr Sagsbeh. Jens Holm ÅBENT "
        "FORVENTET SAGSGANG Økonomiudvalg INDSTILLING Direktionen "
        "indstiller, At vejen anlægges. BESLUTNING I ØKONOMIUDVALGET DEN "
        "Anbefales.\n\n"
        "4 2. BUDGETSTATUS Sagsnr Dok.nr Sagsbeh. Ib Lund ÅBENT FORVENTET "
        "SAGSGANG Økonomiudvalg INDSTILLING Direktionen indstiller, At "
        "status tages til efterretning. BESLUTNING I ØKONOMIUDVALGET DEN "
        "Taget til efterretning.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"VEJANLÆG VED SKOLEN", "BUDGETSTATUS"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* "3 1. VEJANLÆG VED SKOLEN - BEVILLINGSSAG Sagsnr …" while the contents
 * print another entry in capitals ending in the same word ("KLOAKKER -
 * FORNYELSE BEVILLINGSSAG Åbent"): the word is the capitals heading's
 * tail, no heading the contents name (bq- blind round). */
static void test_caps_heading_tail_no_contents_head(void **state)
{
    (void)state;
    static const char text[] =
        "1 ÅBENT REFERAT ØKONOMIUDVALG Mødedato: 16. juni 2009 Mødested: "
        "Byrådssal Deltagere: Anna Bo, Leo Bræmer\n\n"
        "2 INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Vejanlæg ved skolen - "
        "bevillingssag Åbent KLOAKKER - FORNYELSE BEVILLINGSSAG Åbent "
        "Samlet bilagsliste... 1 SIDE 1\n\n"
        "3 1. VEJANLÆG VED SKOLEN - BEVILLINGSSAG Sagsnr Dok.nr Sagsbeh. "
        "Jens Holm ÅBENT FORVENTET SAGSGANG Økonomiudvalg INDSTILLING "
        "Direktionen indstiller, At vejen anlægges. BESLUTNING I "
        "ØKONOMIUDVALGET DEN Anbefales.\n\n"
        "4 2. KLOAKKER - FORNYELSE BEVILLINGSSAG Sagsnr Dok.nr Sagsbeh. Ib "
        "Lund ÅBENT FORVENTET SAGSGANG Økonomiudvalg INDSTILLING "
        "Direktionen indstiller, At ledningerne fornyes. BESLUTNING I "
        "ØKONOMIUDVALGET DEN Anbefales.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"VEJANLÆG VED SKOLEN - BEVILLINGSSAG",
                                         "KLOAKKER - FORNYELSE BEVILLINGSSAG"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* "2. Tønder Svømmehal - Budgetforslag S Svømmehallens bestyrelse …"
 * (the bu- round's dagsorden transcript): a case type's lone capital
 * between the title and its text's first sentence ends the title even
 * where no section name follows it; a part's letter ("skema B") does
 * not. */
static void test_type_letter_before_text(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Mødedo: 2. oktober 2013 Mødelokale: Vestby Rådhus, lokale 12 "
        "Starttidspunkt for møde: 15:00 Fraværende: 2. oktober 2013\n\n"
        "2 1. Vestby Svømmehal - Budgetforslag S Svømmehallens bestyrelse "
        "har sendt forslaget. Direktøren indstiller, forslaget godkendes. "
        "2. oktober\n\n"
        "3 2. Godkendelse af skema B Nørremarken G Selskabet "
        "søger om godkendelse af skema B for tolv boliger. Direktøren "
        "indstiller, skemaet godkendes. 2. oktober\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {"Vestby Svømmehal - Budgetforslag",
                                         "Godkendelse af skema B Nørremarken"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… 2 Budgetopfølgning for udvalget pr. 31. august Vestby Svømmehal -
 * …": the transcript dropped the next entry's number, so this entry is
 * read as the contents' last; the date's day "31." inside it is no page
 * number to cut it at ("… pr"). */
static void test_contents_date_day_is_no_page(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Mødedo: 2. oktober 2013 Mødelokale: Vestby Rådhus, lokale 12 "
        "Starttidspunkt for møde: 15:00 Fraværende: 2. oktober 2013\n\n"
        "2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 "
        "Ny placering af biblioteket 3 2 Budgetopfølgning for udvalget "
        "pr. 31. august Vestby Svømmehal - Budgetforslag 5 Lukkede "
        "dagsordenspunkter 2. oktober\n\n"
        "3 1. Ny placering af biblioteket G Biblioteket mangler plads. "
        "Direktøren indstiller, sagen drøftes. 2. oktober\n\n"
        "4 2. Budgetopfølgning for udvalget pr. 31. august S Udvalget "
        "forventer et mindreforbrug. Direktøren indstiller, sagen tages "
        "til efterretning. 2. oktober\n\n"
        "5 3. Vestby Svømmehal - Budgetforslag S "
        "Svømmehallens bestyrelse har sendt forslaget. Direktøren "
        "indstiller, forslaget godkendes. 2. oktober\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Ny placering af biblioteket",
        "Budgetopfølgning for udvalget pr. 31. august",
        "Vestby Svømmehal - Budgetforslag"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript site's page of a byrådsmøde (the bu- round's Esbjerg
 * "Sagsoversigt"): the site's title repeats the document's first words
 * ("Sagsoversigt. 1. Godkendelse af dagsorden. …") above "Størrelse: px"
 * and the transcript - no heading there; after the mark "Sagsoversigt"
 * come the items themselves with their fields ("Afbud: … Fraværende:
 * …"), not a table of contents; and the decisions in those pieces
 * ("Beslutning Byrådet den Godkendt.") name the council, not a
 * committee a body mentions once. */
static void test_site_head_and_item_overview(void **state)
{
    (void)state;
    static const char text[] =
        "Sagsoversigt. 1. Godkendelse af dagsorden. Beslutning Byrådet den "
        "Regnskab for havnen. Bilag.\n\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n\n"
        "Download \"Sagsoversigt. 1. Godkendelse af dagsorden. Beslutning "
        "Byrådet den Regnskab for havnen. Bilag.\"\n\n"
        "Transkript\n\n"
        "1 Byrådsmøde Ib Lund (Borgmester)(V), Eva Holm(V), Kaj Sand(A), "
        "Mette Bro(A), Afbud: Kaj Sand (A), Sagsoversigt 1. Godkendelse af "
        "dagsorden Afbud: Kaj Sand Fraværende: Ingen Beslutning Byrådet den "
        "Fraværende: Kaj Sand 2. Regnskab for havnen Afbud: Kaj Sand "
        "Fraværende: Ingen Indledning Havnen har sendt sit regnskab. "
        "Økonomiudvalget har anbefalet regnskabet. Beslutning Byrådet den "
        "Godkendt. Fraværende: Kaj Sand\n\n"
        "2 3. Salg af grund ved stationen Afbud: Kaj Sand Fraværende: Ingen "
        "Indledning Der er kommet et bud på grunden. Beslutning Byrådet den "
        "Godkendt. Fraværende: Kaj Sand\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Regnskab for havnen",
                                         "Salg af grund ved stationen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    assert_int_equal(m.items[0].first_line, 10);
    assert_non_null(m.council);
    assert_true(strncmp(m.council, "Byrådet", strlen("Byrådet")) == 0);
    mnt_meeting_fini(&m);
}

/* "3. Lokalplan for boliger ved Gammel Vardevej, endelig vedtagelse
 * Afbud: … Fraværende: Ingen Bilag …" (the bu- round's Esbjerg byråd):
 * the attendance field under every heading ends the title, so the
 * capitalised street name before it is the title's, not the start of
 * its text. */
static void test_attendance_field_ends_flat_title(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Byrådsmøde Ib Lund (Borgmester)(V), Eva Holm(V), Kaj Sand(A), "
        "Mette Bro(A), Afbud: Kaj Sand (A),\n\n"
        "2 1. Lokalplan for boliger ved Gammel Vardevej, endelig vedtagelse "
        "Afbud: Kaj Sand Fraværende: Ingen Indledning Forslaget har været i "
        "høring i otte uger. Beslutning Byrådet den Godkendt. 2. Salg af "
        "grund ved Nørre Allé Afbud: Kaj Sand Fraværende: Ingen Indledning "
        "Der er kommet et bud. Beslutning Byrådet den Godkendt.\n";
    static const char *const labels[] = {"1", "2"};
    static const char *const titles[] = {
        "Lokalplan for boliger ved Gammel Vardevej, endelig vedtagelse",
        "Salg af grund ved Nørre Allé"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A docplayer transcript whose pages open with their number and the
 * committee's running header ("4 Kultur- og Fritidsudvalget Title
 * Sagsnr.: 15/ …"), the headings' numbers lost: a page holding only an
 * item's last words ("6 Kultur- og Fritidsudvalget Taget til
 * efterretning. 5"), the attachments' and the signatures' pages are
 * pages, numbered on from the pages cut at their titles, not items 6, 8,
 * 9 and 10. */
static void test_header_pages_still_count_pages(void **state)
{
    (void)state;
    static const char text[] =
        "1 Kultur- og Fritidsudvalget Referat Dato 10. februar 2016 "
        "Mødetidspun kt Sted Medlemmer Fraværende 17:30 Sluttidspunkt "
        "19:20 Tinghuset Ida Moe (formand), Bo Lund Ingen Bemærkninge r\n\n"
        "2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden "
        "Tilskud til roklubbens nye bådhus Status for svømmehallens drift "
        "Fordeling af lokaletilskud Bilagsoversigt...8 "
        "Underskriftsside...10\n\n"
        "3 Kultur- og Fritidsudvalget Godkendelse af dagsorden Sagsnr.: 15/ "
        "Område: Sekretariatet - Sagsbeh: Eva Holm Sagsfremstilling "
        "Dagsordenen er udsendt. Indstilling Administrationen indstiller, "
        "at dagsordenen godkendes. Godkendt. 2\n\n"
        "4 Kultur- og Fritidsudvalget Tilskud til roklubbens nye bådhus "
        "Sagsnr.: 16/ Område: Kultur og Fritid - Sagsbeh: Ole Bak "
        "Sagsfremstilling Roklubben søger om et tilskud til et nyt bådhus "
        "ved havnen. Klubben har 64 medlemmer, heraf 21 under 25 år, og "
        "har selv skaffet en stor del af pengene ved arrangementer og "
        "fra fonde. Bådhuset skal også bruges af skolernes "
        "idrætshold om sommeren. Indstilling Administrationen indstiller, at "
        "der "
        "gives et tilskud. Indstillingen tiltrådt. 3\n\n"
        "5 Kultur- og Fritidsudvalget Status for svømmehallens drift "
        "Sagsnr.: 14/ Område: Kultur og Fritid - Sagsbeh: Ole Bak "
        "Sagsfremstilling Besøgstallet er steget, og der har ikke været "
        "lukkedage ud over de planlagte. Indstilling Administrationen "
        "indstiller, at orienteringen tages til efterretning. 4\n\n"
        "6 Kultur- og Fritidsudvalget Taget til efterretning. 5\n\n"
        "7 Kultur- og Fritidsudvalget Fordeling af lokaletilskud Sagsnr.: "
        "15/ Område: Kultur og Fritid - Sagsbeh: Ole Bak Sagsfremstilling "
        "Der er kommet 38 ansøgninger om tilskud til lokaler. Indstilling "
        "Administrationen indstiller, at tilskuddet fordeles efter "
        "bilaget. Indstillingen tiltrådt. 6\n\n"
        "8 Kultur- og Fritidsudvalget Bo Lund deltog ikke i punktet. 7\n\n"
        "9 Bilagsoversigt 4. Fordeling af lokaletilskud Oversigt 8\n\n"
        "10 Underskriftsside Ida Moe (formand) Bo Lund 9\n";
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Tilskud til roklubbens nye bådhus",
        "Status for svømmehallens drift", "Fordeling af lokaletilskud"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

/* A transcript of one line a page whose page heads end in "Side" with
 * the page's number lost, right before the first item's zero-padded
 * number ("3 Referat Byrådet … Side 01. Beslutningssag: …"). A page
 * number is never printed "01.": it is the item's. After the contents'
 * "Sagsoversigt Side" the entries are the contents', not items. */
static void test_zero_padded_after_lost_page_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Byrådet Mødedato: Mandag den 25. september 2017 "
        "Mødetidspunkt: Kl. 17:00 Medlemmer: Anna Berg (A) Bo Dal (C) "
        "Sagsoversigt Side 01. Beslutningssag: Godkendelse af dagsorden "
        "Beslutningssag: Salg af grund Beslutningssag: Ny "
        "svømmehal...5\n\n"
        "2 Referat Byrådet Mandag den 25. september 2017 Side 01. "
        "Beslutningssag: Godkendelse af dagsorden Sagsnummer: 17/201 "
        "Beslutning Byrådet den 25. september 2017 Godkendt. 02. "
        "Beslutningssag: Salg af grund Sagsnummer: 17/202 Beslutning "
        "Byrådet den 25. september 2017 Godkendt.\n\n"
        "3 Referat Byrådet Mandag den 25. september 2017 Side 03. "
        "Beslutningssag: Ny svømmehal Sagsnummer: 17/203 Beslutning Byrådet "
        "den 25. september 2017 Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Beslutningssag: Godkendelse af dagsorden",
        "Beslutningssag: Salg af grund", "Beslutningssag: Ny svømmehal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "8 Side 7 6. (KFU) Udendørs …": a transcript's page whose heading's
 * title opens with the sending committee's code in brackets, no capital
 * of its own: still a heading after the page's "Side 7" (the cy- blind
 * round). A bracketed word ("(genoptaget)") is no code. */
static void test_bracketed_code_opens_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Kultur- og Fritidsudvalget Møde nr.: 5/2020 Mødested: "
        "Skypemøde Medlemmer Ida Lund (ida) V Fraværende Bemærkninger\n\n"
        "2 Side 1 1. Godkendelse af dagsorden for mødet Åben sag Sagsid: "
        "19/2155 Sagen afgøres i: Kultur- og Fritidsudvalget Bilag: "
        "Beslutning i Kultur- og Fritidsudvalget den Godkendt.\n\n"
        "3 Side 2 2. Tilskud til foreninger (genoptaget) Åben sag Sagsid: "
        "20/5870 Sagen afgøres i: Kultur- og Fritidsudvalget Bilag: "
        "Indledning Sagen blev udsat på sidste møde. Beslutning i Kultur- og "
        "Fritidsudvalget den Godkendt.\n\n"
        "4 Side 3 3. (KFU) Udendørs baner - prioritering Åben sag Sagsid: "
        "20/2290 Sagen afgøres i: Kultur- og Fritidsudvalget Bilag: "
        "Indledning Der er kommet ni ønsker. Beslutning i Kultur- og "
        "Fritidsudvalget den Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden for mødet",
                                         "Tilskud til foreninger (genoptaget)",
                                         "(KFU) Udendørs baner - prioritering"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "23. Lokalplan for boliger ved Åstrupvej Sagsnr. : Dok.nr. : KLE :
 * …": a transcript that keeps a PDF's gap before each field's colon
 * (Norddjurs' "Sagsnr.   : …", the numbers lost) still ends the title
 * at the first field, though a section name follows later. */
static void test_spaced_colon_fields_end_title(void **state)
{
    (void)state;
    static const char text[] =
        "BESLUTNINGSPROTOKOL. Kommunalbestyrelsen. Møde nr. : 02/2012\n\n"
        "Størrelse: px\nStarte visningen fra side:\n\n"
        "Download \"BESLUTNINGSPROTOKOL. Kommunalbestyrelsen.\"\n\n"
        "Transkript\n\n"
        "1 BESLUTNINGSPROTOKOL Kommunalbestyrelsen Møde nr. : 02/2012 Sted "
        ": Rådhuset Dato : 21. februar 2012 Medlemmer: Oluf Holt (A) Ole "
        "Bech (V)\n\n"
        "2 Side Sag Overskrift Godkendelse af dagsorden Lokalplan for boliger "
        "ved Åstrupvej Salg af grund Norddjurs Kommune Side 1\n\n"
        "3 Kommunalbestyrelsen, 21. februar 2012 KB 02/2012 21. Godkendelse "
        "af dagsorden Sagsnr. : Dok.nr. : KLE : 00.01.00A00 Åben sag "
        "Beslutning i Kommunalbestyrelsen den Godkendt. 22. Lokalplan for "
        "boliger ved Åstrupvej Sagsnr. : Dok.nr. : KLE : 01.02.05P16 Åben "
        "sag Sagsfremstilling Forslaget har været i høring. Beslutning i "
        "Kommunalbestyrelsen den Godkendt. Norddjurs Kommune Side 2\n\n"
        "4 Kommunalbestyrelsen, 21. februar 2012 KB 02/2012 23. Salg af "
        "grund Sagsnr. : Dok.nr. : KLE : 02.11.00G01 Åben sag Beslutning i "
        "Kommunalbestyrelsen den Godkendt. Norddjurs Kommune Side 3\n";
    static const char *const labels[] = {"21", "22", "23"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Lokalplan for boliger ved Åstrupvej",
                                         "Salg af grund"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_title_runs_to_fields),
        cmocka_unit_test(test_closed_mark_before_heading),
        cmocka_unit_test(test_page_number_is_no_heading),
        cmocka_unit_test(test_short_contents_entry_yields_to_fields),
        cmocka_unit_test(test_dash_status_ends_title),
        cmocka_unit_test(test_status_cell_closes_page_title),
        cmocka_unit_test(test_bare_case_labels_end_title),
        cmocka_unit_test(test_caps_heading_tail_no_contents_head),
        cmocka_unit_test(test_type_letter_before_text),
        cmocka_unit_test(test_contents_date_day_is_no_page),
        cmocka_unit_test(test_site_head_and_item_overview),
        cmocka_unit_test(test_attendance_field_ends_flat_title),
        cmocka_unit_test(test_header_pages_still_count_pages),
        cmocka_unit_test(test_zero_padded_after_lost_page_number),
        cmocka_unit_test(test_bracketed_code_opens_title),
        cmocka_unit_test(test_spaced_colon_fields_end_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
