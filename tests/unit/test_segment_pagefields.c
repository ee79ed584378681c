/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_pagefields.c - a flattened transcript of a protocol, one
 * line a page, each item's page opening with a one-word running head
 * and the case file's fields before the unnumbered title ("4 Sidenr
 * Sagsid.: … J.nr.: … Title BAGGRUND: …"), the contents on the
 * transcript's second page and again in the hosting page's download
 * line. Each case is a few lines in our own words. */
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

/* The hosting page's head and the transcript's first two pages; each
 * test adds the items' pages. */
#define PROTOCOL_HEAD                                                            \
    "Indholdsfortegnelse Byrådet Sidenr Formandens initialer\n\n"               \
    "Størrelse: px\nStarte visningen fra side:\n\n"                             \
    "Download \"Indholdsfortegnelse Byrådet 14-03-2011. Sidenr. 212. "          \
    "Formandens initialer\"\n\nTranskript\n\n"                                   \
    "1 Sidenr Protokol Mødedato: 14. marts 2011 Mødetidspunkt: 18:30 "         \
    "Sluttidspunkt: 20:05 Mødelokale: Fraværende: Rådssalen Ida Holm "        \
    "GODKENDELSE AF FORSLAG TIL DAGSORDENEN: Godkendtes.\n\n"                    \
    "2 Indholdsfortegnelse Sidenr Sagsnr. Side 1. Takster for "                  \
    "svømmehallen Ombygning af rådhusets kantine Ny gangbro over åen i Sdr. " \
    "Vium "                                                                      \
    "Regnskab for vandløbene Køb af skov - LUKKET SAG\n\n"

/* The title after the fields the page opens with (the running word
 * "Sidenr" passed over, head_fields_end() in page_heads.c), the contents
 * read from the transcript's page rather than the download line
 * (mnt_flat_toc_text()), a place's abbreviation kept in the title
 * (mnt_line_is_prose()), and a closed item's page with no fields and
 * its mark after its title (closed_title_end()). */
static void test_page_fields_before_title(void **state)
{
    (void)state;
    static const char text[] = PROTOCOL_HEAD
        "3 Sidenr Sagsid.: 11/3301 J.nr.: G01 Takster for svømmehallen "
        "BAGGRUND: Taksterne følger prisudviklingen. Entréen for voksne "
        "stiger med to kroner, et klippekort med ti kroner, og "
        "foreningernes leje af banerne er uændret. FORVALTNINGEN "
        "INDSTILLER: Kultur- og Fritidsudvalget indstiller, at taksterne "
        "godkendes. AFGØRELSE: Godkendt. Formandens initialer\n\n"
        "4 Sidenr Sagsid.: 11/2150 J.nr.: S20 Ombygning af rådhusets kantine "
        "BAGGRUND: Kantinen er slidt og skal have nyt køkken. FORVALTNINGEN "
        "INDSTILLER: Økonomiudvalget indstiller, at der gives en "
        "anlægsbevilling. AFGØRELSE: Godkendt. Formandens initialer\n\n"
        "5 Sidenr Sagsid.: 11/0877 J.nr.: P13 Ny gangbro over åen i Sdr. Vium "
        "BAGGRUND: "
        "Den gamle træbro over åen er mørnet, og den blev lukket for "
        "biler i efteråret. En ny bro af beton koster 2,1 mio. kr. og kan "
        "bygges i løbet af sommeren. FORVALTNINGEN INDSTILLER: "
        "Teknisk Udvalg indstiller, at broen fornyes. AFGØRELSE: Godkendt. "
        "Formandens initialer\n\n"
        "6 Sidenr Sagsid.: 11/4410 J.nr.: P06 Regnskab for vandløbene "
        "BAGGRUND: Vedligeholdelsen kostede mindre end ventet. FORVALTNINGEN "
        "INDSTILLER: Teknisk Udvalg indstiller, at regnskabet godkendes. "
        "AFGØRELSE: Godkendt. Formandens initialer\n\n"
        "7 Sidenr Køb af skov - LUKKET SAG Formandens initialer\n";
    static const char *const titles[] = {
        "Takster for svømmehallen", "Ombygning af rådhusets kantine",
        "Ny gangbro over åen i Sdr. Vium", "Regnskab for vandløbene",
        "Køb af skov - LUKKET SAG"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 5, titles);
    mnt_meeting_fini(&m);
}

/* A protocol's pages under a running header ("N Miljø- og Teknikudvalget,
 * den … Side"), no contents page, the headings in capitals before the
 * case file's fields: one heading stands inside a page, after the
 * decision of the item before it ("… Godkendt. SALG AF GRUND VED
 * SKOVVEJ 2010 J.nr.: …"), and is cut there too (caps_title_at() in
 * inline_split.c). */
static void test_caps_title_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Miljø- og Teknikudvalget Beslutningsprotokol Dato: 9. marts 2010 "
        "Lokale: Mødesal 2, Rådhuset Tidspunkt: Kl. 9:00-11:15 Hanne Berg, "
        "Formand (A) Per Lund (V) Ole Vang (C) Sofie Dahl (F)\n\n"
        "2 Miljø- og Teknikudvalget, den 9. marts 2010 Side RENOVERING AF "
        "BROEN VED MØLLEÅEN J.nr.: /abcdefg 10/311 Åben sag MT "
        "Sagsfremstilling: Broen er fra 1962, og rækværket er tæret "
        "igennem flere steder. Udbedringen er anslået til 640.000 kr., som "
        "kan holdes inden for vejbudgettet. Indstilling: Fagenheden "
        "indstiller, at broen renoveres i sommeren 2010. Beslutning: "
        "Godkendt.\n\n"
        "3 Miljø- og Teknikudvalget, den 9. marts 2010 Side NY AFFALDSPLAN "
        "FOR KOMMUNEN J.nr.: /abcdefg 10/402 Åben sag MT/ØK "
        "Sagsfremstilling: Planen skal gælde de næste tolv år og lægger op "
        "til sortering af madaffald fra 2012. Indstilling: Fagenheden "
        "indstiller, at planen sendes i høring i otte uger. Beslutning: "
        "Godkendt. SALG AF GRUND VED SKOVVEJ 2010 J.nr.: /abcdefg 10/090 "
        "Åben sag MT Sagsfremstilling: En nabo vil købe en smal strimmel "
        "af kommunens grund. Beslutning: Anbefales.\n\n"
        "4 Miljø- og Teknikudvalget, den 9. marts 2010 Side TILSKUD TIL "
        "GRUNDEJERFORENINGENS VEJE J.nr.: /abcdefg 10/155 Åben sag MT "
        "Sagsfremstilling: Foreningen søger om tilskud til ny asfalt på "
        "to private fællesveje, som bruges af skolebørn hver dag. "
        "Indstilling: Fagenheden indstiller, at der gives 75.000 kr. i "
        "tilskud. Beslutning: Godkendt.\n\n"
        "5 Miljø- og Teknikudvalget, den 9. marts 2010 Side ORIENTERING "
        "J.nr.: Åben sag MT Sagsfremstilling: Status på kloakeringen i "
        "Nørrebyen, der er forsinket af frost. Beslutning: Taget til "
        "efterretning.\n";
    static const char *const titles[] = {
        "RENOVERING AF BROEN VED MØLLEÅEN", "NY AFFALDSPLAN FOR KOMMUNEN",
        "SALG AF GRUND VED SKOVVEJ 2010",
        "TILSKUD TIL GRUNDEJERFORENINGENS VEJE", "ORIENTERING"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_titles(&m, 5, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_fields_before_title),
        cmocka_unit_test(test_caps_title_inside_page),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
