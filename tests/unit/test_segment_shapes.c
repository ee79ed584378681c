/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_shapes.c - the heading shapes of issue 11 in context,
 * each as a plain text (a PDF's transcript) and as a web page's blocks
 * (h2, bold, plain), dotted sub-items, and flattened transcripts (below
 * a document site's furniture, a decision's list). Each case is a few
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

/* The heading shapes of issue 11, three items each, in context: an
 * attendee list numbered "1. Lars Weiss (A)" above, an indstilling's
 * numbered points and sections in every item. "%n" is the item's number
 * (plus `base`), "%t" its title, "%r" its Roman number, "%L" its
 * letter; a "\n" puts the title on the next line. */
struct shape {
    const char *name, *fmt;
    unsigned base;
    const char *labels[3];
};

static const struct shape SHAPES[] = {
    {"no space", "%n.%t", 0, {"1", "2", "3"}},
    {"no dot", " %n  %t", 0, {"1", "2", "3"}},
    {"colon", "%n : %t", 0, {"1", "2", "3"}},
    {"Nr.", "Nr.%n - %t", 59, {"60", "61", "62"}},
    {"bullet", "\xE2\x80\xA2 %n. %t", 300, {"301", "302", "303"}},
    {"Pkt. below", "Pkt. %n\n%t", 41, {"42", "43", "44"}},
    {"number after", "%t / Sag nr. %n", 23, {"24", "25", "26"}},
    {"all ones", " 1. %t", 0, {"1", "2", "3"}},
    {"roman", "%r. %t", 0, {"1", "2", "3"}},
    {"case no. of the year", "Sag nr. %n/2023 %t", 45, {"46", "47", "48"}},
    {"dash", "%n - %t", 0, {"1", "2", "3"}},
    {"parenthesised", "(%n) %t", 0, {"1", "2", "3"}},
    {"bracketed", "[%n] %t", 0, {"1", "2", "3"}},
    {"lettered", "%L. %t", 0, {"1", "2", "3"}},
    {"dotted from 1.1", "1.%n %t", 0, {"1.1", "1.2", "1.3"}},
    {"Pkt. nr.", "Pkt. nr. %n   %t", 60, {"61", "62", "63"}},
    {"status in parentheses", "%n (Åben) %t", 0, {"1", "2", "3"}},
    {"en dash", "Sag %n \xE2\x80\x93 %t", 30, {"31", "32", "33"}},
    {"status set apart", "%n.  %t          Åben sag", 0, {"1", "2", "3"}},
    {"glued running number", "%n%t", 150, {"151", "152", "153"}},
};

static const char *const TITLES[] = {"Godkendelse af dagsorden",
                                     "Budgetopfølgning for andet kvartal",
                                     "Eventuelt"};

/* The heading of item k (0-based) in shape sh, into out. */
static void heading(const struct shape *sh, unsigned k, char *out, size_t n)
{
    static const char *const roman[] = {"I", "II", "III"};
    size_t o = 0;
    for (const char *f = sh->fmt; *f && o + 64 < n; f++) {
        if (*f != '%') {
            out[o++] = *f;
            continue;
        }
        f++;
        if (*f == 'n')
            o += (size_t)snprintf(out + o, n - o, "%u", sh->base + k + 1);
        else if (*f == 'r')
            o += (size_t)snprintf(out + o, n - o, "%s", roman[k]);
        else if (*f == 'L')
            out[o++] = (char)('A' + k);
        else
            o += (size_t)snprintf(out + o, n - o, "%s", TITLES[k]);
    }
    out[o] = '\0';
}

static const char *const BODY[] = {
    "Sagsfremstilling",
    "Forvaltningen har lavet en opgørelse over årets første halvdel.",
    "Indstilling",
    "Forvaltningen indstiller, at",
    "1. opgørelsen tages til efterretning",
    "2. der følges op i juni",
    "Beslutning",
    "Godkendt.",
};

static void expect_shape(const struct shape *sh, const struct mnt_meeting *m,
                         const char *as)
{
    if (m->nitems != 3)
        fail_msg("%s as %s: %zu items (layout %s), want 3", sh->name, as,
                 m->nitems, m->layout);
    for (size_t k = 0; k < 3; k++) {
        const struct mnt_item *it = &m->items[k];
        if (strcmp(it->label, sh->labels[k]) != 0 || it->title == NULL ||
            strcmp(it->title, TITLES[k]) != 0)
            fail_msg("%s as %s: item <%s> <%s>, want <%s> <%s>", sh->name, as,
                     it->label, it->title ? it->title : "(null)", sh->labels[k],
                     TITLES[k]);
    }
}

/* Each shape as a PDF's text: blank lines between blocks. */
static void test_heading_shapes_in_text(void **state)
{
    (void)state;
    for (size_t s = 0; s < sizeof SHAPES / sizeof *SHAPES; s++) {
        char text[4096], head[256];
        int n = snprintf(text, sizeof text,
                         "Referat\n\nHandicaprådet\n\nMødedato: 12. marts "
                         "2024 kl. 16.00\n\nDeltagere:\n1. Lars Weiss (A)\n"
                         "2. Anne Berg (V)\n3. Kim Lund (F)\n\n");
        for (unsigned k = 0; k < 3; k++) {
            heading(&SHAPES[s], k, head, sizeof head);
            n += snprintf(text + n, sizeof text - (size_t)n, "%s\n\n", head);
            for (size_t b = 0; b < sizeof BODY / sizeof *BODY; b++)
                n += snprintf(text + n, sizeof text - (size_t)n, "%s\n%s",
                              BODY[b], b == 1 || b == 5 ? "\n" : "");
            n += snprintf(text + n, sizeof text - (size_t)n, "\n");
        }
        struct mnt_meeting m;
        parse_text(text, &m);
        expect_shape(&SHAPES[s], &m, "text");
        mnt_meeting_fini(&m);
    }
}

/* Each shape as a web page's blocks: the heading an h2, a bold
 * paragraph or a plain one; the attendees and points as list items. */
static void test_heading_shapes_in_blocks(void **state)
{
    (void)state;
    static const char *const styles[] = {"h2", "bold", "plain"};
    for (size_t s = 0; s < sizeof SHAPES / sizeof *SHAPES; s++)
        for (int st = 0; st < 3; st++) {
            struct blk doc[64];
            char heads[3][256];
            size_t n = 0;
            doc[n++] = (struct blk){EXT_HEADING, 0, 1, "Referat"};
            doc[n++] = (struct blk){EXT_PARA, 0, 0, "Handicaprådet"};
            doc[n++] = (struct blk){EXT_PARA, 0, 0, "Mødedato: 12. marts 2024"};
            doc[n++] = (struct blk){EXT_HEADING, 0, 3, "Deltagere"};
            doc[n++] = (struct blk){EXT_LIST_ITEM, 0, 1, "Lars Weiss (A)"};
            doc[n++] = (struct blk){EXT_LIST_ITEM, 0, 2, "Anne Berg (V)"};
            for (unsigned k = 0; k < 3; k++) {
                heading(&SHAPES[s], k, heads[k], sizeof heads[k]);
                char *nl = strchr(heads[k], '\n');
                if (nl != NULL)
                    *nl = '\0';
                doc[n++] = st == 0   ? (struct blk){EXT_HEADING, 0, 2, heads[k]}
                           : st == 1 ? (struct blk){EXT_PARA, 1, 0, heads[k]}
                                     : (struct blk){EXT_PARA, 0, 0, heads[k]};
                if (nl != NULL)
                    doc[n++] = (struct blk){EXT_PARA, 0, 0, nl + 1};
                for (size_t b = 0; b < sizeof BODY / sizeof *BODY; b++)
                    doc[n++] = b == 0 || b == 2 || b == 6
                                   ? (struct blk){EXT_HEADING, 0, 3, BODY[b]}
                               : b == 4 || b == 5
                                   ? (struct blk){EXT_LIST_ITEM, 0,
                                                  (unsigned)b - 3, BODY[b] + 3}
                                   : (struct blk){EXT_PARA, 0, 0, BODY[b]};
            }
            struct mnt_meeting m;
            parse_blocks(doc, n, &m);
            expect_shape(&SHAPES[s], &m, styles[st]);
            mnt_meeting_fini(&m);
        }
}

/* "2.1 Title" under "2. Title": sub-items labelled as printed. */
static void test_dotted_sub_items(void **state)
{
    (void)state;
    static const char text[] =
        "Ældrerådet\n\nMødedato: 12. marts 2024\n\n"
        "1. Godkendelse af dagsorden\n\nGodkendt.\n\n"
        "2. Meddelelser\n\n2.1 Nyt fra formanden\n\nEt møde med "
        "borgmesteren.\n\n2.2. Nyt fra forvaltningen\n\nOm den nye "
        "visitation.\n\n3. Eventuelt\n\nDer var 1.5 mio. kr. tilbage den "
        "3.6.22 og\n1.000 kr. i kassen.\n";
    static const char *const labels[] = {"1", "2", "2.1", "2.2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Meddelelser", "Nyt fra formanden",
                                         "Nyt fra forvaltningen", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript below a document site's furniture (related documents,
 * "Transkript"): its first page (one line) holds the header, the agenda
 * list and items 1-2, its short last page items 3-4. The furniture's
 * short lines hide no page from the cuts; the agenda list is no item. */
static void test_flat_transcript_below_page_furniture(void **state)
{
    (void)state;
    static const char text[] =
        "REFERAT. Møde i Handicaprådet Dato: Tirsdag den 4. marts 2014\n\n"
        "Relaterede dokumenter\nDagsorden for møde i Handicaprådet\n\n"
        "Størrelse: px\nStarte visningen fra side:\n\nTranskript\n\n"
        "1 REFERAT Møde i Handicaprådet Dato: Tirsdag den 4. marts 2014 kl. "
        "15.00-17.00 Sted: Byens Hus, lokale 2 Til stede: Karen Vind "
        "(formand), Poul Eng, Mette Skov Dagsorden: 1. Valg af referent 2. "
        "Nyt fra kommunen 3. Tilgængelighed i svømmehallen 4. Eventuelt 1. "
        "Valg af referent Poul Eng blev valgt. 2. Nyt fra kommunen "
        "Forvaltningen fortalte om den nye busplan. 1\n\n"
        "2 3. Tilgængelighed i svømmehallen Rådet har set på adgangen til "
        "svømmehallen. Der mangler en rampe ved indgangen. 4. Eventuelt "
        "Næste møde er i maj. 2\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Valg af referent", "Nyt fra kommunen",
                                         "Tilgængelighed i svømmehallen",
                                         "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened page's decision that lists points ("… Beslutning 1.
 * Borgermøder. 2. Ny aftale …"): the section's name introduces the list,
 * so its "1." does not head item 1 in place of the page's own heading. */
static void test_flat_decision_list_is_no_item(void **state)
{
    (void)state;
    static const char text[] =
        "1 Ældrerådet Referat Mødedato: 6. maj 2015 Sted: Rådhuset, lokale "
        "12 Deltagere: Hanne Bro, Erik Dahl, Inge Moos, Peter Lyng og Ole "
        "Sand fra forvaltningen, som også skrev referatet af mødet\n\n"
        "2 1. Orientering fra formanden Sagsfremstilling Orientering fra "
        "formanden. Det indstilles, at orienteringen tages til efterretning. "
        "Beslutning 1. Borgermøde om "
        "ældreplanen. 2. Besøg på plejecentret. 3. Avisindlæg om "
        "fodpleje. Taget til efterretning.\n\n"
        "3 2. Budget for ældreområdet Sagsfremstilling Forvaltningen har "
        "lagt et udkast frem til budgettet for det kommende år med et mindre "
        "beløb til aktiviteter end i år. Beslutning Rådet anbefaler "
        "budgettet med en bemærkning om aktiviteterne.\n\n"
        "4 3. Eventuelt Sagsfremstilling Ingen sager var meldt ind til "
        "punktet inden mødet, men et medlem spurgte til busserne. "
        "Beslutning Forvaltningen svarer skriftligt før næste møde.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Orientering fra formanden", "Budget for ældreområdet", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Sagstema" (what the case is about) and "Hvem beslutter" (who
 * decides) head sections of an item as "Resume" and "Beslutning" do: the
 * item's text is cut at them, and neither is read as a title. */
static void test_sagstema_and_hvem_beslutter_sections(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i Fritidsudvalget\n\nDato: 4. februar 2014\n\n"
        "1. Tilskud til foreningernes haller\n\n"
        "Sagstema\n\nUdvalget skal fordele puljen til haller.\n\n"
        "Hvem beslutter\n\nFritidsudvalget.\n\n"
        "Sagsfremstilling\n\nDer er kommet fem ansøgninger.\n\n"
        "Beslutning\n\nPuljen fordeles som foreslået.\n\n"
        "2. Eventuelt\n\nSagstema\n\nIntet.\n";
    static const char *const names[] = {"Sagstema", "Hvem beslutter",
                                        "Sagsfremstilling", "Beslutning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    assert_int_equal(m.nitems, 2);
    expect_title(&m.items[0], "Tilskud til foreningernes haller");
    assert_int_equal(m.items[0].nsections, 4);
    for (size_t i = 0; i < 4; i++)
        assert_string_equal(m.items[0].sections[i].name, names[i]);
    assert_string_equal(m.items[0].sections[1].text, "Fritidsudvalget.");
    mnt_meeting_fini(&m);
}

/* A numbered paragraph too long for a heading whose few words of title
 * run on after a colon into its text ("1. Gensidig orientering: Vi
 * undrer os …", a lokalråd's web page): item 1, titled up to the colon.
 * A long numbered point of a body whose colon comes after a sentence's
 * full stop stays text. */
static void test_colon_titled_paragraph(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra møde i Byens Lokalråd tirsdag den 23. februar 2016\n\n"
        "1. Gensidig orientering: Vi undrer os over, at kommunens "
        "hjemmeside stadig kun omtaler byen som en del af kysten. Handel, "
        "havn og kulturliv hører sammen og bør beskrives samlet, og det vil "
        "vi gerne tale med udvalget om. Hvorfor deles kommunen i fire "
        "områder her?\n\n"
        "2. Stien langs havnen\n\n"
        "Vi venter på svar fra kommunen. Der er tre muligheder. Bliver "
        "det et nej: Så tager vi en ny snak med udvalget og ser på en "
        "mindre løsning, som kan laves for de penge, der allerede er afsat "
        "til stier i området i år og næste år.\n\n"
        "3. Eventuelt\n\nIntet.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Gensidig orientering",
                                         "Stien langs havnen", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A heading without a full stop on a short line of its own whose title
 * opens with an ordinal ("1 2. behandling af budget 2019"): the number
 * labels the item, the ordinal belongs to the title. */
static void test_loose_heading_ordinal_title(void **state)
{
    (void)state;
    static const char text[] =
        "Byrådet\n\nReferat\n\n9. oktober 2018 kl. 17:00\n\n"
        "1 2. behandling af budget 2019 (Beslutning)\n\nSagsfremstilling\n\n"
        "Budgettet er klar til anden behandling.\n\nBeslutning\n\n"
        "Vedtaget.\n\n"
        "2 Takster for affald 2019 (Beslutning)\n\nSagsfremstilling\n\n"
        "Taksterne hæves med 2 %.\n\nBeslutning\n\nGodkendt.\n\n"
        "3 Salg af grund (Beslutning)\n\nSagsfremstilling\n\n"
        "Der er kommet et bud.\n\nBeslutning\n\nGodkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "2. behandling af budget 2019 (Beslutning)",
        "Takster for affald 2019 (Beslutning)", "Salg af grund (Beslutning)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript of one line a page whose headings print "N) Title"
 * (round el), the contents listing the titles without their numbers:
 * each page opens with its item's label, which heads the item, and the
 * title the contents name stays with its label (no cut between them);
 * the last page holds only its title, no section. */
static void test_flat_paren_labels_named_by_contents(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra Teknikudvalget\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Referat fra Teknikudvalget\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Referat fra Teknikudvalget Mødedato: Mandag den 9. marts "
        "2015 Mødetidspunkt: 16:00-17:30 Mødested: Rådhuset, "
        "mødelokale 2 Deltagere: Anne Holm (A), Bo Vang (V), Carl Ry "
        "(O) Afbud: Fraværende:\n"
        "\n"
        "2 Indholdsfortegnelse Side 1) Godkendelse af dagsorden "
        "Vejbelysning i Nordby Takster for parkering Lukket - Salg af"
        " areal Bilagsliste Side 1\n"
        "\n"
        "3 1) Godkendelse af dagsorden Dok.nr.: 311 Sagsid.: 15/2 "
        "Initialer: abh Åben sag Beslutning Teknikudvalget den "
        "Godkendt. Afbud: Ingen Side 2\n"
        "\n"
        "4 2) Vejbelysning i Nordby Dok.nr.: 318 Sagsid.: 15/940 "
        "Initialer: bov Åben sag Sagsfremstilling Lamperne langs "
        "Nordbyvej skiftes til LED, som bruger under halvdelen af "
        "strømmen. Indstilling Direktionen indstiller, at projektet "
        "godkendes. Beslutning Teknikudvalget den Godkendt. Afbud: "
        "Ingen Side 3\n"
        "\n"
        "5 3) Takster for parkering Dok.nr.: 322 Sagsid.: 15/1001 "
        "Initialer: cr Åben sag Sagsfremstilling Taksten på torvet "
        "foreslås hævet til 12 kr. i timen. Indstilling Direktionen "
        "indstiller, at taksten godkendes. Beslutning Teknikudvalget "
        "den Godkendt. Afbud: Ingen Side 4\n"
        "\n"
        "6 4) Lukket - Salg af areal Side 5\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Vejbelysning i Nordby",
        "Takster for parkering", "Lukket - Salg af areal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Headings "Punkt 3: TITLE IN CAPITALS" on a transcript's pages (round
 * el) whose contents lost entry 3's label, so its title runs on in entry
 * 2's ("… HAVNENE LÅNEOPTAGELSE FOR 2015 I AUGUST - NORDBY KOMMUNE"):
 * the words of the heading's capitals after "Punkt 3:" that the contents
 * name are its title's tail, not a heading of their own. */
static void test_contents_caps_title_after_punkt_label(void **state)
{
    (void)state;
    static const char text[] =
        "Nordby Byråd. Ordinært møde. Dato 26. august Tid 19:00. "
        "Byrådssalen, Nordby Rådhus. Der er indkommet et skriftligt "
        "spørgsmål.\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Nordby Byråd. Ordinært møde. Dato 26. august 2015."
        " Tid 19:00. Byrådssalen, Nordby Rådhus. Der er indkommet et "
        "skriftligt spørgsmål.\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Referat Nordby Byråd Ordinært møde Dato 26. august 2015 "
        "Tid 19:00 Sted NB. Fraværende Stedfortræder Byrådssalen, "
        "Nordby Rådhus Der er indkommet et skriftligt spørgsmål. "
        "Folmer Okkels Ejvind Rahbek Medlemmer Ulla Oddershede (V) Anders "
        "Brix (V) Magnus Udsen (V) Viggo Hjortshøj (V) Aksel Rask-Berg (V) "
        "Benny Ørsnes (V) Rasmine Rask-Berg (DF) Bror Ørsnes (DF) Peter "
        "Eske (C) Hakon Ilskov (Ø) Knud Kloster (F) Agnes Agerskov (A) Brian "
        "Kold (A) Folmer Okkels (A) Halfdan Lyngsø (A) Leif Æbelø (A) - "
        "Formand\n"
        "\n"
        "2 Spørgsmål 1 Nordby Byråd - Referat august 2015 Side 2 af "
        "14\n"
        "\n"
        "3 Svar på spørgsmål 1 Nordby Byråd - Referat august 2015 "
        "Side 3 af 14\n"
        "\n"
        "4 Indholdsfortegnelse Åbne punkter Punkt 1: TILLÆG TIL "
        "SPILDEVANDSPLAN - KLOAKERING AF ÅBY SYD...5 Side Punkt 2: "
        "GODKENDELSE AF TAKSTER FOR HAVNENE LÅNEOPTAGELSE FOR 2015 I "
        "AUGUST - NORDBY KOMMUNE Lukkede punkter Punkt 4: SALG AF "
        "GRUND VED KIRKHOLT - LUKKET PUNKT...12 Nordby Byråd - "
        "Referat august 2015 Side 4 af 14\n"
        "\n"
        "5 Punkt 1: TILLÆG TIL SPILDEVANDSPLAN - KLOAKERING AF ÅBY "
        "SYD Sagsnr. 15/11842 Sagsbehandler Jens Vedel Ansvarlig "
        "Teknik Beslutningskompetence BY Sagsfremstilling Forsyningen"
        " har søgt om at kloakere området syd for Åby, hvor husene i "
        "dag har nedsivning. Tillægget har været i høring i otte uger"
        " uden bemærkninger. Indstilling Teknisk direktør indstiller,"
        " at tillægget vedtages endeligt. Beslutning Teknisk Udvalg "
        "den 10. august 2015 Anbefales. Beslutning Økonomiudvalget "
        "den 19. august 2015 Anbefales. Beslutning Byrådet den 26. "
        "august 2015 Godkendt. Fraværende: Folmer Okkels Nordby Byråd -"
        " Referat august 2015 Side 5 af 14\n"
        "\n"
        "6 Punkt 2: GODKENDELSE AF TAKSTER FOR HAVNENE 2016 Sagsnr. "
        "15/9034 Sagsbehandler Bo Tange Ansvarlig Økonomi "
        "Beslutningskompetence BY Sagsfremstilling Havnene har sendt "
        "forslag til takster for 2016. Taksterne stiger med to "
        "procent. Indstilling Kommunaldirektøren indstiller, at "
        "taksterne godkendes. Beslutning Økonomiudvalget den 19. "
        "august 2015 Anbefales. Beslutning Byrådet den 26. august "
        "2015 Godkendt. Fraværende: Folmer Okkels Nordby Byråd - "
        "Referat august 2015 Side 6 af 14\n"
        "\n"
        "7 Punkt 3: LÅNEOPTAGELSE FOR 2015 I AUGUST - NORDBY KOMMUNE "
        "Sagsnr. 15/10377 Sagsbehandler Mette Kragh Ansvarlig Økonomi"
        " Beslutningskompetence BY Sagsfremstilling Der er mulighed "
        "for at optage lån på 18,5 mio. kr. til energibesparende "
        "anlæg. Indstilling Kommunaldirektøren indstiller, at der "
        "optages lån som beskrevet. Beslutning Byrådet den 26. august"
        " 2015 Godkendt. Fraværende: Folmer Okkels Nordby Byråd - "
        "Referat august 2015 Side 7 af 14\n"
        "\n"
        "8 Punkt 4: SALG AF GRUND VED KIRKHOLT - LUKKET PUNKT "
        "Beslutning Byrådet den 26. august 2015 Godkendt. Fraværende:"
        " Folmer Okkels Nordby Byråd - Referat august 2015 Side 8 af "
        "14\n"
        "\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "TILLÆG TIL SPILDEVANDSPLAN - KLOAKERING AF ÅBY SYD",
        "GODKENDELSE AF TAKSTER FOR HAVNENE 2016",
        "LÅNEOPTAGELSE FOR 2015 I AUGUST - NORDBY KOMMUNE",
        "SALG AF GRUND VED KIRKHOLT - LUKKET PUNKT"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* "N: Title" headings on a transcript's pages (round el's probe of the
 * Tønder layout) whose last page opens with the closed part's heading,
 * "8 Lukkede dagsordenspunkter 7: Leje af lokaler": the number after the
 * part's name heads the item, as "7 Leje …" without a colon does. */
static void test_flat_colon_label_after_closed_part(void **state)
{
    (void)state;
    static const char text[] =
        "Nordby Kommune Kultur- og Fritidsudvalget. Referat. "
        "Mødedato: 4. marts lokale 121. Starttidspunkt for møde: "
        "15:00.\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Nordby Kommune Kultur- og Fritidsudvalget. "
        "Referat. Mødedato: 4. marts 2014. Nordby Rådhus, lokale 121."
        " Starttidspunkt for møde: 15:00.\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Mødedo: 4. marts 2014 Mødelokale: Mødelokale 121, Nordby "
        "Rådhus Starttidspunkt for møde: 15:00 Fraværende: 4. marts "
        "2014\n"
        "\n"
        "2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter"
        " 1 Godkendelse af dagsorden 3 2 Fordeling af kulturpuljen "
        "Folkeoplysningsudvalgets indstilling om lokaletilskud 5 4 "
        "Ansøgning om underskudsgaranti til Marskfestivalen Regnskab "
        "for Nordby Sport- og Fritidscenter Sager til orientering 8 "
        "Lukkede dagsordenspunkter 7 Leje af lokaler marts\n"
        "\n"
        "3 1: Godkendelse af dagsorden G Sagsfremstilling Dagsordenen"
        " forelægges til godkendelse. Det indstilles, dagsordenen "
        "godkendes. Beslutning Godkendt. 4. marts 2014\n"
        "\n"
        "4 2: Fordeling af kulturpuljen 2014 S Sagsfremstilling Der "
        "er i budgettet afs kr. til kulturpuljen. Der er kommet 14 "
        "ansøgninger om i alt kr. Forvaltningen har lavet et forslag "
        "til fordeling, som er vedlagt. Det indstilles, 1. "
        "fordelingen godkendes, 2. resten af puljen gemmes til "
        "efterårets ansøgningsrunde. Beslutning 1. Godkendt med den "
        "ændring, at koret i Skærbæk får kr. 2. Godkendt. 4. marts "
        "2014\n"
        "\n"
        "5 3: Folkeoplysningsudvalgets indstilling om lokaletilskud S"
        " Sagsfremstilling Folkeoplysningsudvalget har behandlet "
        "reglerne for lokaletilskud og foreslår, at tilskuddet til "
        "private lokaler nedsættes fra 75 til 65 procent. Det "
        "indstilles, indstillingen følges. Beslutning Sagen blev "
        "udsat til næste møde. 4. marts 2014\n"
        "\n"
        "6 4: Ansøgning om underskudsgaranti til Marskfestivalen P "
        "Sagsfremstilling Festivalen afholdes for første gang i juni "
        "på Mandø. Arrangørerne søger om en underskudsgaranti på kr. "
        "Det indstilles, der gives en underskudsgaranti på kr. "
        "Beslutning Godkendt. 5: Regnskab for Nordby Sport- og "
        "Fritidscenter 2013 G Sagsfremstilling Centret har sendt sit "
        "regnskab for 2013, som viser et overskud på kr. Det "
        "indstilles, regnskabet tages til efterretning. Beslutning "
        "Taget til efterretning. 4. marts 2014\n"
        "\n"
        "7 6: Sager til orientering O Orientering om de nye "
        "åbningstider i svømmehallen. Orientering om møde med "
        "idrætsforeningerne i Skærbæk. Beslutning Taget til "
        "efterretning. 4. marts 2014\n"
        "\n"
        "8 Lukkede dagsordenspunkter 7: Leje af lokaler S Beslutning "
        "Godkendt. 4. marts 2014\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6", "7"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Fordeling af kulturpuljen 2014",
        "Folkeoplysningsudvalgets indstilling om lokaletilskud",
        "Ansøgning om underskudsgaranti til Marskfestivalen",
        "Regnskab for Nordby Sport- og Fritidscenter 2013",
        "Sager til orientering",
        "Leje af lokaler"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 7, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heading_shapes_in_text),
        cmocka_unit_test(test_heading_shapes_in_blocks),
        cmocka_unit_test(test_dotted_sub_items),
        cmocka_unit_test(test_flat_transcript_below_page_furniture),
        cmocka_unit_test(test_flat_decision_list_is_no_item),
        cmocka_unit_test(test_sagstema_and_hvem_beslutter_sections),
        cmocka_unit_test(test_colon_titled_paragraph),
        cmocka_unit_test(test_loose_heading_ordinal_title),
        cmocka_unit_test(test_flat_paren_labels_named_by_contents),
        cmocka_unit_test(test_contents_caps_title_after_punkt_label),
        cmocka_unit_test(test_flat_colon_label_after_closed_part),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
