/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_lostnumbers.c - the segmenter (lib/minutes) on PDF transcripts
 * flattened to one line a page whose headings lost their numbers (round
 * jb, session 50): a head run onto the end of the previous page's line,
 * after the item before it, found by the contents' titles even where an
 * attachment list under the running header numbers the first item again;
 * a page whose head kept its label but lost its number (`Sag nr title`);
 * the journal's label that lost its number over a head (round jh). */
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
#include "segment_util.h"
#include "test_filter.h"

/* Contents keeping only their first entry's number, pages under a running
 * header, one head glued after the decision and attendance of the item
 * before it ("… Fraværende: Lis Holt (B) Tilskud til foreningshuset B20
 * 14/77 Åben sag …"), and an attachment list under the running header
 * that numbers the first item again ("5 Teknik- og miljøudvalget
 * Bilagsoversigt 1. Vedligehold af grusveje …"): that list is no page of
 * the items, so the contents' titles still say where the heads stand. */
static void test_glued_head_past_attachment_list(void **state)
{
    (void)state;
    static const char text[] =
        "1 Teknik- og miljøudvalget REFERAT Sted: Mødelokale 3 Dato: "
        "Tirsdag den 9. september 2014 Start kl.: 15:00 Medlemmer: Ole Berg "
        "(A) Lis Holt (B) Fraværende: Lis Holt (B) Skovby Kommune\n"
        "\n"
        "2 Teknik- og miljøudvalget Indholdsfortegnelse Side 1. Vedligehold "
        "af grusveje i landdistriktet Tilskud til foreningshuset Ny "
        "parkeringsplads ved hallen Meddelelser...9 Bilagsoversigt...10 "
        "Skovby Kommune\n"
        "\n"
        "3 Teknik- og miljøudvalget Vedligehold af grusveje i landdistriktet "
        "V05 14/310 Åben sag Sagsgang: TMU Sagsfremstilling Vejene er slidt "
        "efter vinteren. Indstilling Direktøren indstiller, at planen "
        "godkendes. Beslutning i Teknik- og miljøudvalget den Godkendt. "
        "Fraværende: Lis Holt (B) Tilskud til foreningshuset B20 14/77 Åben "
        "sag Sagsgang: TMU, ØK Sagsfremstilling Foreningen søger om et "
        "tilskud til taget. Skovby Kommune 1\n"
        "\n"
        "4 Teknik- og miljøudvalget Indstilling Direktøren indstiller, at "
        "tilskuddet gives. Beslutning i Teknik- og miljøudvalget den "
        "Anbefales. Fraværende: Lis Holt (B) Skovby Kommune 2\n"
        "\n"
        "5 Teknik- og miljøudvalget Ny parkeringsplads ved hallen V10 14/402 "
        "Åben sag Sagsgang: TMU Sagsfremstilling Hallens brugere mangler "
        "pladser om aftenen. Beslutning i Teknik- og miljøudvalget den "
        "Godkendt. Fraværende: Lis Holt (B) Meddelelser A00 14/20 Åben sag "
        "Sagsgang: TMU Sagsfremstilling Formanden orienterede om en "
        "henvendelse fra en grundejerforening. Beslutning i Teknik- og "
        "miljøudvalget den Taget til efterretning. Skovby Kommune 3\n"
        "\n"
        "6 Teknik- og miljøudvalget Bilagsoversigt 1. Vedligehold af "
        "grusveje i landdistriktet 1. Plan for grusveje (2210/14) Skovby "
        "Kommune 10\n";
    static const char *const titles[] = {
        "Vedligehold af grusveje i landdistriktet",
        "Tilskud til foreningshuset", "Ny parkeringsplads ved hallen",
        "Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 4, titles);
    mnt_meeting_fini(&m);
}

/* Pages of one item each whose heads print a case label and number after
 * the page's fields ("4 Journal nr.: Sag nr. 41 Title Lovgrundlag: …"),
 * one page whose transcript lost the number with its full stop and the
 * title's first word ("5 Journal nr.: Sag nr anden etape af cykelstien
 * …"): the page between items 41 and 43 is item 42, titled from after
 * the bare label. */
static void test_bare_label_lost_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 Byrådet Dagsorden til møde Torsdag den 3. marts 2016 kl i "
        "Byrådssalen MØDEDELTAGERE Anna Krag (A) Bo Lund (V) Carl Vig (C) "
        "Dina Ravn (A) Erik Bach (O) Freja Holm (V) Gorm Ege (F) Hanne "
        "Bøg (A) Ib Skov (C) Jonna Lyng (V) Knud Mose (A) Lise Dam (Ø) "
        "Mads Rosen (V) Nina Hald (A) Otto Fjord (F) 1 / 8\n"
        "\n"
        "3 Journal nr.: Sag nr. 40 Tilskud til spejderhytten Lovgrundlag: "
        "Folkeoplysningslovens § 21 Sagsfremstilling: Spejderne søger om et "
        "tilskud til et nyt tag på hytten ved skoven. Indstilling: "
        "Direktionen indstiller, at tilskuddet gives. Beslutning i "
        "Økonomiudvalget den Anbefales. Fraværende: Ingen. 3 / 8\n"
        "\n"
        "4 Journal nr.: Sag nr. 41 Vandløbsregulativ for Møllebækken "
        "Lovgrundlag: Vandløbslovens § 12 Sagsfremstilling: Regulativet er i "
        "høring hos lodsejerne langs bækken. Forvaltningen har drøftet "
        "sagen med de berørte parter, og udgiften afholdes inden for "
        "rammen. Indstilling: Direktionen indstiller, at regulativet "
        "vedtages. Beslutning i Økonomiudvalget den Anbefales. "
        "Fraværende: Ingen. 4 / 8\n"
        "\n"
        "5 Journal nr.: Sag nr anden etape af cykelstien Lovgrundlag: "
        "Lov om offentlige veje Sagsfremstilling: Stien forlænges fra skolen "
        "til "
        "hallen, og arbejdet udbydes til foråret. Forvaltningen har "
        "drøftet sagen med de berørte parter, og udgiften afholdes inden "
        "for rammen. Indstilling: Direktionen indstiller, at "
        "anlægsbevillingen gives. Beslutning i Økonomiudvalget den "
        "Anbefales. Fraværende: Ingen. 5 / 8\n"
        "\n"
        "6 Journal nr.: Sag nr. 43 Takster for havnen Lovgrundlag: "
        "Havnelovens § 6 Sagsfremstilling: Taksterne følger prisudviklingen. "
        "Forvaltningen har drøftet sagen med de berørte parter, og "
        "udgiften afholdes inden for rammen. Indstilling: Direktionen "
        "indstiller, at taksterne godkendes. Beslutning i Økonomiudvalget "
        "den Anbefales. Fraværende: Ingen. 6 / 8\n"
        "\n"
        "7 Journal nr.: Sag nr. 44 Salg af byggegrund ved Enghaven "
        "Lovgrundlag: Kommunalfuldmagten og salgsbekendtgørelsen "
        "Sagsfremstilling: Grunden har "
        "været udbudt i to måneder. Indstilling: Direktionen indstiller, "
        "at grunden sælges. Beslutning i Økonomiudvalget den Anbefales. "
        "Fraværende: Ingen. 7 / 8\n"
        "\n"
        "8 Journal nr.: Sag nr. 45 Lejeaftale for ungdomsklubben "
        "Lovgrundlag: Lejelovens kapitel 3 Sagsfremstilling: Aftalen udløber "
        "ved "
        "årets udgang. Indstilling: Direktionen indstiller, at aftalen "
        "forlænges. Beslutning i Økonomiudvalget den Anbefales. "
        "Fraværende: Ingen. 8 / 8\n";
    static const char *const labels[] = {"40", "41", "42", "43", "44", "45"};
    static const char *const titles[] = {
        "Tilskud til spejderhytten",       "Vandløbsregulativ for Møllebækken",
        "anden etape af cykelstien",       "Takster for havnen",
        "Salg af byggegrund ved Enghaven", "Lejeaftale for ungdomsklubben"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* Pages whose heads print the journal's label with its number lost
 * before the case label ("3 Journal nr.: Sag nr. 12 Title Lovgrundlag:
 * Vejloven Sagsfremstilling: …"), a one-word value in each field: the
 * page is cut before "Sag nr. 12", and the label left over it
 * ("3 Journal nr.:") ends in a colon without introducing a list. Read
 * as a list's introduction it cost every head its start (one item). */
static void test_journal_label_over_head(void **state)
{
    (void)state;
    static const char text[] =
        "1 Byrådet Dagsorden til møde Mandag den 7. november 2016 kl i "
        "Byrådssalen MØDEDELTAGERE Asta Berg (A) Bent Kjær (V) Cilla Due "
        "(C) Dan Friis (A) Elin Hviid (O) Finn Juul (V) Grete Kamp (F) "
        "Hans Lykke (A) Inge Munk (C) Jens Nør (V) Karen Obel (A) 1 / 6\n"
        "\n"
        "3 Journal nr.: Sag nr. 12 Renovering af svømmehallen "
        "Lovgrundlag: Kommunalfuldmagten Sagsfremstilling: Hallens tag og "
        "ventilation trænger til at blive skiftet. Indstilling: "
        "Direktionen indstiller, at bevillingen gives. Beslutning i "
        "Økonomiudvalget den Anbefales. Fraværende: Ingen. 3 / 6\n"
        "\n"
        "4 Journal nr.: Sag nr. 13 Hastighedsplan for landevejene "
        "Lovgrundlag: Færdselsloven Sagsfremstilling: Politiet har givet "
        "samtykke til at sænke farten ved tre skoler. Indstilling: "
        "Direktionen indstiller, at planen vedtages. Beslutning i "
        "Økonomiudvalget den Anbefales. Fraværende: Ingen. 4 / 6\n"
        "\n"
        "5 Journal nr.: Sag nr. 14 Takster for dagplejen "
        "Lovgrundlag: Dagtilbudsloven Sagsfremstilling: Taksterne reguleres "
        "efter pris- og lønudviklingen. Indstilling: Direktionen "
        "indstiller, at taksterne godkendes. Beslutning i Økonomiudvalget "
        "den Anbefales. Fraværende: Ingen. 5 / 6\n"
        "\n"
        "6 Journal nr.: Sag nr. 15 Udbud af vintertjenesten "
        "Lovgrundlag: Vejloven Sagsfremstilling: Kontrakten udløber til "
        "foråret og udbydes igen. Indstilling: Direktionen indstiller, at "
        "udbuddet sættes i gang. Beslutning i Økonomiudvalget den "
        "Anbefales. Fraværende: Ingen. 6 / 6\n";
    static const char *const labels[] = {"12", "13", "14", "15"};
    static const char *const titles[] = {
        "Renovering af svømmehallen", "Hastighedsplan for landevejene",
        "Takster for dagplejen", "Udbud af vintertjenesten"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_glued_head_past_attachment_list),
        cmocka_unit_test(test_bare_label_lost_number),
        cmocka_unit_test(test_journal_label_over_head),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
