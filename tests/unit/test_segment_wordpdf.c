/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_wordpdf.c - full councils' minutes made from Word
 * templates and read back as PDF transcripts (one line a page, blind
 * round dn): a heading whose lettered points ("a) …", "b) …") follow it
 * on the same flattened line; "Åbent punkt 21 Title" headings (variant
 * round ee). Each case is a few lines in our own
 * words. */
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

/* A page line "1. Meddelelser a) Der holdes … b) …": the first lettered
 * point opens the item's text, so the title ends before "a)" - it does
 * not run on to the 150-byte limit. */
static void test_flat_title_before_lettered_point(void **state)
{
    (void)state;
    static const char text[] =
        "1 Møde i Kommunalbestyrelsen mandag den 2. oktober 2017, Kl i "
        "Kommunalbestyrelsens mødesal REFERAT INDHOLDSFORTEGNELSE 1... "
        "Meddelelser Vejnavne i det nye boligområde Tilskud til "
        "idrætsforeningen. 7\n\n"
        "2 1. Meddelelser a) Der holdes borgermøde om skolerne tirsdag den "
        "10. oktober 2017 i hallen. b) Borgmesteren orienterede om busplanen. "
        "Kommunalbestyrelsens møde 2. oktober 2017 Punkt 1: Taget til "
        "efterretning. TEKNIK- OG MILJØUDVALGET 2. Vejnavne i det nye "
        "boligområde Teknik- og Miljøudvalget den 19. september 2017, pkt. 4 "
        "Resumé Området skal have tre vejnavne. Kommunalbestyrelsens møde "
        "2. oktober 2017 Punkt 2: Godkendt.\n\n"
        "3 KULTURUDVALGET 3. Tilskud til idrætsforeningen Kulturudvalget den "
        "20. september 2017, pkt. 2 Resumé Foreningen søger 20.000 kr. "
        "Kommunalbestyrelsens møde 2. oktober 2017 Punkt 3: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Meddelelser",
                                         "Vejnavne i det nye boligområde",
                                         "Tilskud til idrætsforeningen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* Headings "Åbent punkt 21 Title" / "Lukket punkt 24 Title" with no
 * delimiter after the number (a Word template's bold heading, variant
 * round ee): the status belongs to the label, so 21-24 are the items'
 * numbers and the status is no part of their titles. */
static void test_status_punkt_label_without_delimiter(void **state)
{
    (void)state;
    static const char text[] = "Sundheds- og Omsorgsudvalget\n"
                               "Referat\n"
                               "Mødedato: 14.05.2024\n"
                               "Mødested: Mødelokale 4, Brande Rådhus\n"
                               "\n"
                               "Åbent punkt 21 Godkendelse af dagsorden\n"
                               "Udvalgets beslutning\n"
                               "Dagsordenen blev godkendt.\n"
                               "\n"
                               "Åbent punkt 22 Ny model for visitation\n"
                               "Sagsbeskrivelse\n"
                               "Visitationen sker i dag fra sygehuset.\n"
                               "Udvalgets beslutning\n"
                               "Godkendt.\n"
                               "\n"
                               "Lukket punkt 23 Takster for madservice\n"
                               "Udvalgets beslutning\n"
                               "Godkendt.\n"
                               "\n"
                               "Åbent punkt 24 Eventuelt\n"
                               "Udvalgets beslutning\n"
                               "Intet.\n";
    static const char *const labels[] = {"21", "22", "23", "24"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Ny model for visitation",
                                         "Takster for madservice", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A status at a right tab wrapped by a long title ("3. Takster … klage
 * Lukket" / "punkt"), the PDF's line order giving "punkt" before
 * "Lukket": the lone "punkt" is the status's second word, not the
 * title's last (variant round ee). */
static void test_wrapped_status_word_ends_no_title(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Sundheds- og Omsorgsudvalget"},
        {EXT_PARA, 0, 0, "Referat"},
        {EXT_PARA, 0, 0, "Mødedato: 14.05.2024"},
        {EXT_HEADING, 1, 2, "1. Godkendelse af dagsorden"},
        {EXT_HEADING, 1, 2, "Åbent punkt"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2,
         "2. Takster for madservice 2024, justering efter klage"},
        {EXT_HEADING, 1, 2, "punkt"},
        {EXT_HEADING, 1, 2, "Lukket"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2, "3. Eventuelt"},
        {EXT_HEADING, 1, 2, "Åbent punkt"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Takster for madservice 2024, justering efter klage", "Eventuelt"};
    struct mnt_meeting m;
    parse_blocks(b, sizeof b / sizeof *b, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Word PDF's headings: each item's number on a line of its own in the
 * heading style of its title under it ("1" / "Orientering fra
 * skolelederne", both bold 13 pt, round gc), then a case field. The
 * number is the item's, not a page's: the numbered items win over the
 * `Sagsid.:` fields and keep their titles. */
static void test_pdf_number_set_as_heading(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Referat"},
        {EXT_PARA, 0, 0, "Udvalg: Skoleudvalget"},
        {EXT_PARA, 0, 0, "Mødedato: 03.10.2019 kl. 17:00"},
        {EXT_HEADING, 1, 2, "1"},
        {EXT_HEADING, 1, 2, "Orientering fra skolelederne"},
        {EXT_PARA, 0, 0, "Sagsid.: 19/4112"},
        {EXT_HEADING, 1, 3, "RESUMÉ:"},
        {EXT_PARA, 0, 0, "Skolelederne fortæller om tre emner."},
        {EXT_HEADING, 1, 2, "2"},
        {EXT_HEADING, 1, 2, "Budgetopfølgning pr. 31. august 2019"},
        {EXT_PARA, 0, 0, "Sagsid.: 19/118"},
        {EXT_HEADING, 1, 3, "RESUMÉ:"},
        {EXT_PARA, 0, 0, "Forbruget følger budgettet."},
        {EXT_HEADING, 1, 2, "3"},
        {EXT_HEADING, 1, 2, "Tilsyn med de frie grundskoler"},
        {EXT_PARA, 0, 0, "Sagsid.: 19/3951"},
        {EXT_HEADING, 1, 3, "RESUMÉ:"},
        {EXT_PARA, 0, 0, "Tilsynet er ført på to skoler."},
    };
    struct mnt_meeting m;
    parse_pages(b, sizeof b / sizeof b[0], 8, &m);
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Orientering fra skolelederne",
                                         "Budgetopfølgning pr. 31. august 2019",
                                         "Tilsyn med de frie grundskoler"};
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The same template scanned: OCR sizes the lone numbers by their height
 * and reads them as body text (11 pt), no heading, while the titles
 * under them stay 13 pt headings. Each number is still its title's. */
static void test_ocr_number_over_heading(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Referat"},
        {EXT_PARA, 0, 0, "Udvalg: Teknik- og Miljøudvalget"},
        {EXT_PARA, 0, 0, "Mødedato: 08.04.2021 kl. 16:00"},
        {EXT_PARA, 0, 0, "1"},
        {EXT_HEADING, 1, 2, "Vejbelysning på Strandvejen"},
        {EXT_PARA, 0, 0, "Sagsid.: 21/0811"},
        {EXT_HEADING, 1, 2, "RESUMÉ:"},
        {EXT_PARA, 0, 0, "Lamperne skiftes til LED i to etaper."},
        {EXT_PARA, 0, 0, "2"},
        {EXT_HEADING, 1, 2, "Ny busrute til havnen"},
        {EXT_PARA, 0, 0, "Sagsid.: 21/0402"},
        {EXT_PARA, 0, 0, "RESUMÉ:"},
        {EXT_PARA, 0, 0, "Ruten kører hver halve time."},
        {EXT_PARA, 0, 0, "3"},
        {EXT_HEADING, 1, 2, "Eventuelt"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    struct ext_doc x;
    ext_doc_init(&x);
    x.body_size = 11;
    for (size_t i = 0; i < sizeof b / sizeof b[0]; i++) {
        struct ext_block *k = blk_add(&x, b[i].kind, b[i].text);
        k->page = 1 + (uint32_t)(i / 8);
        if (b[i].kind == EXT_HEADING)
            k->level = (uint8_t)b[i].level;
        k->conf = 93; /* OCR: no weight, a confidence */
    }
    struct mnt_meeting m;
    parse_doc(&x, &m);
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Vejbelysning på Strandvejen",
                                         "Ny busrute til havnen", "Eventuelt"};
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Word PDF's item titles set as headings, each over its case number
 * in body text ("Fælles indkøb af el" in bold 13 pt over a plain "Sag
 * nr. 45 (BE 4/2011)", round gi), beside titles over a number in their
 * own heading style. The plain label is the number of the title above
 * it: one item a heading, not a styled title and a number apart. */
static void test_pdf_title_heading_over_plain_case_no(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Teknik- og Miljøudvalget"},
        {EXT_PARA, 0, 0, "14-09-2011"},
        {EXT_PARA, 0, 0, "Sager 61 - 63"},
        {EXT_HEADING, 1, 2, "Vejbelysning på stisystemet"},
        {EXT_PARA, 0, 0, "Sag nr. 61 (TMU 12/2011)"},
        {EXT_PARA, 0, 0, "Sagens kerne"},
        {EXT_PARA, 0, 0, "Belysningen på stierne skal fornyes."},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2, "Renovering af svømmehallens tag"},
        {EXT_HEADING, 1, 2, "Sag nr. 62"},
        {EXT_PARA, 0, 0, "Sagens kerne"},
        {EXT_PARA, 0, 0, "Taget er utæt og skal udskiftes."},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Indstilles godkendt."},
        {EXT_HEADING, 1, 2, "Eventuelt"},
        {EXT_PARA, 0, 0, "Sag nr. 63 (TMU 13/2011)"},
        {EXT_PARA, 0, 0, "Sagens kerne"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Intet."},
    };
    struct mnt_meeting m;
    parse_pages(b, sizeof b / sizeof b[0], 10, &m);
    static const char *const labels[] = {"61", "62", "63"};
    static const char *const titles[] = {"Vejbelysning på stisystemet",
                                         "Renovering af svømmehallens tag",
                                         "Eventuelt"};
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Word PDF's numbered heading cut at its comma (the source's title
 * ends there) over a body paragraph that repeats it, as a region's
 * template prints the title again under the heading ("6. Medlemskab af
 * …," in bold 13 pt over the plain "Medlemskab af …,", round gi). The
 * reader keeps a heading's wrapped lines in one block: the plain line
 * is no part of the title. */
static void test_pdf_comma_heading_over_repeat(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Referat"},
        {EXT_PARA, 0, 0, "Regionsrådet, mødedato 14. marts 2017"},
        {EXT_HEADING, 1, 2, "1. Låneoptagelse 2017"},
        {EXT_PARA, 0, 0, "Låneoptagelse 2017"},
        {EXT_HEADING, 1, 3, "POLITISK BEHANDLING"},
        {EXT_PARA, 0, 0, "Godkendt."},
        {EXT_HEADING, 1, 2, "2. Udpegning til bestyrelsen for Skovfonden,"},
        {EXT_PARA, 0, 0, "Udpegning til bestyrelsen for Skovfonden,"},
        {EXT_HEADING, 1, 3, "POLITISK BEHANDLING"},
        {EXT_PARA, 0, 0, "Ida Storm (A) blev udpeget."},
        {EXT_HEADING, 1, 2, "3. Orientering om spørgetid"},
        {EXT_PARA, 0, 0, "Orientering om spørgetid"},
        {EXT_HEADING, 1, 3, "POLITISK BEHANDLING"},
        {EXT_PARA, 0, 0, "Taget til efterretning."},
    };
    struct mnt_meeting m;
    parse_pages(b, sizeof b / sizeof b[0], 8, &m);
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Låneoptagelse 2017", "Udpegning til bestyrelsen for Skovfonden,",
        "Orientering om spørgetid"};
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A Word PDF of unnumbered items, each title a heading ("Dialogmøde
 * med havnen", "Referat fra Magistratens møde den 18. marts 2019",
 * round gm): a title naming another meeting's minutes and its date
 * after an item of the same heading style is an item, not the
 * document's own heading. */
static void test_pdf_minutes_title_after_items(void **state)
{
    (void)state;
    static const struct blk b[] = {
        {EXT_HEADING, 1, 1, "Referat"},
        {EXT_PARA, 0, 0, "Magistraten 25-03-2019"},
        {EXT_HEADING, 1, 2, "Dialogmøde med havnen"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Drøftet."},
        {EXT_HEADING, 1, 3, "Bilag"},
        {EXT_HEADING, 1, 2, "Referat fra Magistratens møde den 18. marts 2019"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Intet."},
        {EXT_HEADING, 1, 3, "Bilag"},
        {EXT_HEADING, 1, 2, "Mødeplan for byrådet 2020"},
        {EXT_HEADING, 1, 3, "Beslutning"},
        {EXT_PARA, 0, 0, "Godkendt."},
    };
    struct mnt_meeting m;
    parse_pages(b, sizeof b / sizeof b[0], 7, &m);
    static const char *const titles[] = {
        "Dialogmøde med havnen",
        "Referat fra Magistratens møde den 18. marts 2019",
        "Mødeplan for byrådet 2020"};
    expect_titles(&m, 3, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_title_before_lettered_point),
        cmocka_unit_test(test_status_punkt_label_without_delimiter),
        cmocka_unit_test(test_wrapped_status_word_ends_no_title),
        cmocka_unit_test(test_pdf_number_set_as_heading),
        cmocka_unit_test(test_ocr_number_over_heading),
        cmocka_unit_test(test_pdf_title_heading_over_plain_case_no),
        cmocka_unit_test(test_pdf_comma_heading_over_repeat),
        cmocka_unit_test(test_pdf_minutes_title_after_items),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
