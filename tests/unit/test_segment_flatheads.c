/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatheads.c - headings inside a transcript flattened to
 * one line a page (the bw- and ca- blind rounds): "Punkt nr. 57 : Title"
 * with a space before the colon, a lower-case "punkt 59" that is only a
 * reference, a heading keeping the year its flattened contents entry
 * lost, the last contents entry glued to its dotted leaders, and a
 * second item's number right after the first one's last sentence, and a
 * kind before a colon ("Beslutningssag: …") kept when the contents entry
 * lost the title's year; a title opening with an ordinal after the
 * running head (the cs- round); a part's heading in capitals between the
 * page's number and the item's, and an item's number after a party's
 * letter in brackets, a lower-case reference "punkt 22.", a cover
 * page's number (the df- round). Each case is a few lines in our own
 * words. */
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

/* "… Fraværende: Aage Brask Punkt nr. 57 : Principper for …": a Word
 * template's heading inside a flattened page, "Punkt nr." and a space
 * before the colon; like "Punkt nr. 56: …" it opens an item, not a
 * sentence of the item before. A reference in a sentence ("jf. punkt
 * nr. 59 på …") opens none. */
static void test_punkt_nr_space_colon(void **state)
{
    (void)state;
    static const char text[] =
        "MØDE I SAMMENLÆGNINGSUDVALGET FOR VESTBY "
        "KOMMUNE\n\nTranskript\n\n1 Referat MØDE I SAMMENLÆGNINGSUDVALGET "
        "FOR VESTBY KOMMUNE Tirsdag, den 4. april 2006 Mødet afholdes i "
        "Byrådssalen, kl\n\n2 INDHOLDSFORTEGNELSE ÅBEN MØDE: Punkt nr. "
        "56: Forretningsorden, 2. behandling...3 Punkt nr. 57 : "
        "Principper for budgetlægningen for Punkt nr. 58: Fælles "
        "telefonløsning...5 Side 2 af 5\n\n3 SAMMENLÆGNINGSUDVALGET "
        "VESTBY KOMMUNE MØDEDATO: J.NR.: A01 SAGSNR.: 31 SAGSBEH.: KL "
        "Fraværende: Aage Brask Punkt nr. 56: Forretningsorden, 2. "
        "behandling Sagsfremstilling Reglerne er rettet siden 1. "
        "behandling. Beslutning Vedtaget. Side 3 af 5\n\n4 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: S00 "
        "SAGSNR.: 12 SAGSBEH.: HP Fraværende: Aage Brask Punkt nr. 57 : "
        "Principper for budgetlægningen Sagsfremstilling Budgettet lægges "
        "i faste priser. Beslutning Godkendt. Side 4 af 5\n\n5 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: G01 "
        "SAGSNR.: 40 SAGSBEH.: KL Fraværende: Aage Brask Punkt nr. 58: "
        "Fælles telefonløsning Sagsfremstilling Der købes én central, jf. "
        "punkt nr. 59 på næste møde. Beslutning Godkendt. Side 5 af 5\n";
    static const char *const labels[] = {"56", "57", "58"};
    static const char *const titles[] = {"Forretningsorden, 2. behandling",
                                         "Principper for budgetlægningen",
                                         "Fælles telefonløsning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Punkt nr. 57: Overførsel … i Nordby Kommune fra 2005 til 2006
 * Sagsfremstilling …" under a contents entry that lost its year and page
 * ("… fra 2005 til Punkt nr. 58: …"): the entry names more than the
 * capital of the name would leave, and the heading's year before its
 * first section is the title's too. */
static void test_contents_lost_year_runs_on(void **state)
{
    (void)state;
    static const char text[] =
        "MØDE I SAMMENLÆGNINGSUDVALGET FOR VESTBY "
        "KOMMUNE\n\nTranskript\n\n1 Referat MØDE I SAMMENLÆGNINGSUDVALGET "
        "FOR VESTBY KOMMUNE Tirsdag, den 4. april 2006 Mødet afholdes i "
        "Byrådssalen, kl\n\n2 INDHOLDSFORTEGNELSE ÅBEN MØDE: Punkt nr. "
        "56: Forretningsorden, 2. behandling...3 Punkt nr. 57: Overførsel "
        "af anlægsmidler i Nordby Kommune fra 2005 til Punkt nr. 58: "
        "Fælles telefonløsning...5 Side 2 af 5\n\n3 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: A01 "
        "SAGSNR.: 31 SAGSBEH.: KL Fraværende: Aage Brask Punkt nr. 56: "
        "Forretningsorden, 2. behandling Sagsfremstilling Reglerne er "
        "rettet siden 1. behandling. Beslutning Vedtaget. Side 3 af "
        "5\n\n4 SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: "
        "S00 SAGSNR.: 12 SAGSBEH.: HP Fraværende: Aage Brask Punkt nr. 57: "
        "Overførsel af anlægsmidler i Nordby Kommune fra 2005 til 2006 "
        "Sagsfremstilling Der er uforbrugte midler til skolebyggeri. "
        "Beslutning Godkendt. Side 4 af 5\n\n5 SAMMENLÆGNINGSUDVALGET "
        "VESTBY KOMMUNE MØDEDATO: J.NR.: G01 SAGSNR.: 40 SAGSBEH.: KL "
        "Fraværende: Aage Brask Punkt nr. 58: Fælles telefonløsning "
        "Sagsfremstilling Der købes én central. Beslutning Godkendt. Side "
        "5 af 5\n";
    static const char *const labels[] = {"56", "57", "58"};
    static const char *const titles[] = {
        "Forretningsorden, 2. behandling",
        "Overførsel af anlægsmidler i Nordby Kommune fra 2005 til 2006",
        "Fælles telefonløsning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Der købes én central, jf. punkt 59 på næste møde og punkt 60
 * Budget." in the last item of a flattened transcript: the word in lower
 * case makes a reference in a sentence, not the headings of items 59
 * and 60 (a heading's word is capitalised: "Punkt 3", "PUNKT 3"). */
static void test_lowercase_punkt_is_reference(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat MØDE I SAMMENLÆGNINGSUDVALGET FOR VESTBY KOMMUNE "
        "Tirsdag, den 4. april 2006 Mødet afholdes i Byrådssalen, kl\n\n2 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: A01 "
        "SAGSNR.: 31 SAGSBEH.: KL Fraværende: Aage Brask Punkt nr. 56: "
        "Forretningsorden, 2. behandling Sagsfremstilling Reglerne er "
        "rettet siden 1. behandling. Beslutning Vedtaget. Side 2 af "
        "4\n\n3 SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: "
        "S00 SAGSNR.: 12 SAGSBEH.: HP Fraværende: Aage Brask Punkt nr. 57 : "
        "Principper for budgetlægningen Sagsfremstilling Budgettet lægges "
        "i faste priser. Beslutning Godkendt. Side 3 af 4\n\n4 "
        "SAMMENLÆGNINGSUDVALGET VESTBY KOMMUNE MØDEDATO: J.NR.: G01 "
        "SAGSNR.: 40 SAGSBEH.: KL Fraværende: Aage Brask Punkt nr. 58: "
        "Fælles telefonløsning Sagsfremstilling Der købes én central, jf. "
        "punkt 59 på næste møde og punkt 60 Budget. Beslutning Godkendt. "
        "Side 4 af 4\n";
    static const char *const labels[] = {"56", "57", "58"};
    static const char *const titles[] = {"Forretningsorden, 2. behandling",
                                         "Principper for budgetlægningen",
                                         "Fælles telefonløsning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Ansættelse af leder … - LUKKET SAG...12 Bilagsoversigt": the last
 * contents entry runs into its leaders. The page's heading "Ansættelse
 * af leder … - LUKKET SAG Lukket sag Sagsnr.: …" is that entry whole,
 * not the "LUKKET SAG" the entry before it ends with. */
static void test_last_entry_into_leaders(void **state)
{
    (void)state;
    static const char text[] =
        "VESTBY KOMMUNE. Åbent referat. til Økonomiudvalget\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"VESTBY KOMMUNE. Åbent referat. til Økonomiudvalget\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 VESTBY KOMMUNE Åbent referat til Økonomiudvalget Mødedato: "
        "Tirsdag den 10. marts 2015 Mødetidspunkt: 9:00 Mødelokale: Medlemmer: "
        "Afbud: 213, Mødelokale Arvid Tøstesen, Anja Bergstrøm, Bo Ellehammer, "
        "Christel Pind, Aksel Fuglsang, Pernille Dam, Ebbe Tolderlund ( "
        "i stedet for Gitte Ravnholt) Christel Pind, Ebbe Tolderlund ( "
        "i stedet for Gitte Ravnholt)\n"
        "\n"
        "2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse "
        "af dagsorden Meddelelser Ny skelafsætning ved kanalen på "
        "Amagerlandevej "
        "Manglende finansiering af Saltværksvej-projektet Status for "
        "energirådgiverens arbejde Budgetnotat af 4. marts Salg af ejendom "
        "- LUKKET SAG Ansættelse af leder til Vuggestuen Kirkegårdsvej "
        "- LUKKET SAG...12 Bilagsoversigt\n"
        "\n"
        "3 Økonomiudvalget d Godkendelse af dagsorden Åben sag Sagsnr.: "
        "15/1308 Sagsansvarlig: vnk.of Fraværende: Afbud: Christel Pind, "
        "Ebbe Tolderlund ( i stedet for Gitte Ravnholt) INDSTILLING "
        "Kommunalbestyrelsens "
        "Sekretariat anbefaler over for Økonomiudvalget, at 1. Dagsordenen "
        "godkendes. BESLUTNING I ØKONOMIUDVALGET DEN Godkendt. 2\n"
        "\n"
        "4 Økonomiudvalget d Meddelelser Åben sag Sagsnr.: 15/1308 "
        "Sagsansvarlig: "
        "vnk.of Fraværende: Afbud: Christel Pind, Ebbe Tolderlund ( i stedet "
        "for Gitte Ravnholt) BESLUTNING I ØKONOMIUDVALGET DEN Borgmesteren "
        "orienterede om et møde med Hovedstadens Beredskab om fælles "
        "udrykning. 3\n"
        "\n"
        "5 Økonomiudvalget d Ny skelafsætning ved kanalen på Amagerlandevej "
        "Åben sag Sagsnr.: 14/20117 Sagsansvarlig: JKR.TF Fraværende: "
        "Afbud: Christel Pind, Ebbe Tolderlund ( i stedet for Gitte Ravnholt) "
        "RESUMÉ Ved opmåling er det konstateret, at skellet langs kanalen "
        "ikke svarer til matrikelkortet. Landinspektøren foreslår, at "
        "skellet afsættes på ny, så det følger kanalens kant. Udgiften "
        "er anslået til kr. INDSTILLING Teknisk Forvaltning indstiller, "
        "at 1. skellet afsættes på ny 2. udgiften afholdes af vejkontoen "
        "BESLUTNING I TEKNIK- OG MILJØUDVALGET DEN Anbefales. BESLUTNING "
        "I ØKONOMIUDVALGET DEN Anbefales. 4\n"
        "\n"
        "6 Økonomiudvalget d Manglende finansiering af Saltværksvej-projektet "
        "Åben sag Sagsnr.: 13/18840 Sagsansvarlig: JKR.TF Fraværende: "
        "Afbud: Christel Pind, Ebbe Tolderlund ( i stedet for Gitte Ravnholt) "
        "RESUMÉ Licitationen på den sidste etape af Saltværksvej gav "
        "et resultat, der ligger over den afsatte bevilling. INDSTILLING "
        "Teknisk Forvaltning indstiller, at merudgiften finansieres af "
        "den afsatte pulje til trafiksikkerhed. BESLUTNING I ØKONOMIUDVALGET "
        "DEN Anbefales. 5\n"
        "\n"
        "7 Økonomiudvalget d Status for energirådgiverens arbejde Åben "
        "sag Sagsnr.: 14/3371 Sagsansvarlig: rlk.of Fraværende: Afbud: "
        "Christel Pind, Ebbe Tolderlund ( i stedet for Gitte Ravnholt) "
        "RESUMÉ Energirådgiveren har i det første år gennemgået 14 kommunale "
        "bygninger og fundet besparelser på el og varme. Rapporten er "
        "vedlagt. BESLUTNING I ØKONOMIUDVALGET DEN Taget til efterretning. "
        "6\n"
        "\n"
        "8 Økonomiudvalget d Budgetnotat af 4. marts Åben sag Sagsnr.: "
        "14/22016 Sagsansvarlig: vnk.of Fraværende: Afbud: Christel Pind, "
        "Ebbe Tolderlund ( i stedet for Gitte Ravnholt) RESUMÉ "
        "Økonomiafdelingen "
        "har udarbejdet et notat om forudsætningerne for budget 2016 "
        "og overslagsårene. INDSTILLING Økonomiafdelingen indstiller, "
        "at notatet tages til efterretning. BESLUTNING I ØKONOMIUDVALGET "
        "DEN Taget til efterretning. 7\n"
        "\n"
        "9 Økonomiudvalget d Salg af ejendom - LUKKET SAG Lukket sag "
        "Sagsnr.: 15/2210 Sagsansvarlig: ejd.tf Fraværende: Afbud: Christel "
        "Pind, Ebbe Tolderlund ( i stedet for Gitte Ravnholt) 8\n"
        "\n"
        "10 Økonomiudvalget d Ansættelse af leder til Vuggestuen Kirkegårdsvej "
        "- LUKKET SAG Lukket sag Sagsnr.: 15/1977 Sagsansvarlig: bsf.bsf "
        "Fraværende: Afbud: Christel Pind, Ebbe Tolderlund ( i stedet for "
        "Gitte Ravnholt) 9\n"
        "\n"
        "11 Bilagsoversigt 5. Ny skelafsætning ved kanalen på Amagerlandevej "
        "1. Kortbilag skel (15/1308) 7. Status for energirådgiverens "
        "arbejde 1. Årsrapport energirådgivning (15/1308) 10\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 8)
        fail_msg("%zu items (layout %s), want 8", m.nitems, m.layout);
    expect_title(&m.items[6], "Salg af ejendom - LUKKET SAG");
    expect_title(&m.items[7], "Ansættelse af leder til Vuggestuen "
                              "Kirkegårdsvej - LUKKET SAG");
    mnt_meeting_fini(&m);
}

/* "… Beslutning: Byrådet tog rapporten til efterretning. 3 ØK Udpegning
 * af … Sagsnummer: 00.22.04-A00-9-10 Resume: …": a docplayer page
 * holding two items puts the second's number (no full stop, the
 * committee's code before the title) after the first's last sentence;
 * the spelt-out "Sagsnummer:" after the title is its case file's field,
 * so it is a heading, as on a page of its own. */
static void test_second_item_after_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "Møde nr.: 5 Mødedato: 26. april 2011 Mødevarighed:\n\n"
        "Transkript\n\n"
        "1 REFERAT Byråd Møde nr.: 5 Mødedato: Mødevarighed: Fraværende: "
        "Mødested: Byrådssalen Indholdsfortegnelse: Åben dagsorden 1 ØK "
        "Vestby Havn A/S - årsrapport ØK Vestby Vand A/S - årsrapport ØK "
        "Udpegning af nyt medlem til bestyrelsen for Kollegiet 4 ØK Salg "
        "af areal på Kærvej 5 TM Byggemodning af erhvervsareal i Nordby\n\n"
        "2 Vestby Kommune, Byrådet, 26. april 2011 Side 1 1 ØK Vestby Havn "
        "A/S - årsrapport Sagsnummer: 08.01.00-A00-2-11 Resume: Havnen har "
        "sendt årsrapporten til byrådets orientering. Indstilling: "
        "Direktionen indstiller, at 1. årsrapporten tages til efterretning. "
        "Beslutning: Byrådet tog årsrapporten til efterretning.\n\n"
        "3 Vestby Kommune, Byrådet, 26. april 2011 Side 2 2 ØK Vestby Vand "
        "A/S - årsrapport Sagsnummer: 13.02.00-A00-4-11 Resume: Vandværket "
        "har sendt årsrapporten. Indstilling: Direktionen indstiller, at 1. "
        "årsrapporten tages til efterretning. Beslutning: Byrådet tog "
        "årsrapporten til efterretning. 3 ØK Udpegning af nyt medlem til "
        "bestyrelsen for Kollegiet Sagsnummer: 00.22.04-A00-9-10 Resume: "
        "Et medlem er flyttet fra kommunen. Indstilling: Direktionen "
        "indstiller, at 1. byrådet udpeger et nyt medlem. Beslutning: "
        "Byrådet udpegede Karl Vinther.\n\n"
        "4 Vestby Kommune, Byrådet, 26. april 2011 Side 3 4 ØK Salg af areal "
        "på Kærvej Sagsnummer: 02.34.02-G01-6-11 Resume: Naboen vil købe et "
        "areal. Indstilling: Direktionen indstiller, at 1. arealet sælges. "
        "Beslutning: Byrådet vedtog indstillingen.\n\n"
        "5 Vestby Kommune, Byrådet, 26. april 2011 Side 4 5 TM Byggemodning "
        "af erhvervsareal i Nordby Sagsnummer: 05.01.00-G01-3-11 Resume: Der "
        "er efterspørgsel på erhvervsgrunde. Indstilling: Direktionen "
        "indstiller, at 1. der gives en anlægsbevilling. Beslutning: "
        "Byrådet vedtog indstillingen.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Vestby Havn A/S - årsrapport", "Vestby Vand A/S - årsrapport",
        "Udpegning af nyt medlem til bestyrelsen for Kollegiet",
        "Salg af areal på Kærvej", "Byggemodning af erhvervsareal i Nordby"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* "02. Beslutningssag: Regnskab pr. 30. juni 2017 Sagsnummer: …" under
 * a contents entry that lost the year ("Beslutningssag: Regnskab pr.
 * 30. juni Beslutningssag: …"): the kind before the colon is no field's
 * label to pass over, it stays in the title as in every other item's. */
static void test_kind_colon_title_lost_year(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Byrådet Mødedato: Mandag den 4. september 2017 "
        "Sagsoversigt Side 01. Beslutningssag: Godkendelse af dagsorden "
        "Beslutningssag: Regnskab pr. 30. juni Beslutningssag: Salg af "
        "grund ved Havnevej...3\n\n"
        "2 Referat Byrådet Mandag den 4. september 2017 Side 01. "
        "Beslutningssag: Godkendelse af dagsorden Sagsnummer: 17/10001 "
        "Beslutningstema: Byrådet godkender dagsordenen. Beslutning "
        "Byrådet den 4. september 2017 Godkendt. 02. Beslutningssag: "
        "Regnskab pr. 30. juni 2017 Sagsnummer: 17/10002 Beslutningstema: "
        "Byrådet tager regnskabet til efterretning. Beslutning Byrådet den "
        "4. september 2017 Godkendt.\n\n"
        "3 Referat Byrådet Mandag den 4. september 2017 Side 03. "
        "Beslutningssag: Salg af grund ved Havnevej Sagsnummer: 17/10003 "
        "Beslutningstema: Byrådet skal godkende salget. Beslutning Byrådet "
        "den 4. september 2017 Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "Beslutningssag: Godkendelse af dagsorden",
        "Beslutningssag: Regnskab pr. 30. juni 2017",
        "Beslutningssag: Salg af grund ved Havnevej"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Økonomiudvalget, Side 3. budgetkontrol 2009 DIBBCH / 09/21447 …": a
 * page that opens with the running header and its page word (the number
 * lost) and then a title that starts with an ordinal ("3." before a word
 * in lower case: the third budget check, not an item's number) heads an
 * item like a title that starts with a capital. */
static void test_page_title_opens_with_ordinal(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 REFERAT Økonomiudvalget Mødedato: Onsdag den 4. november 2009 "
        "Mødested: 219 Starttidspunkt: Kl. 16:00\n\n"
        "2 Økonomiudvalget, Side Regnskabsplan for næste år DIBBCH / "
        "09/21083 Sagsfremstilling Der er lavet en plan for de næste "
        "måneders arbejde med regnskabet, og planen følger de frister, "
        "som revisionen har sat. ÅBEN SAG Planen forudsætter, at udvalget "
        "og byrådet holder deres møder som hidtil, og at regnskabet sendes "
        "til revisionen i god tid før sommerferien. Indstilling "
        "Direktionen indstiller, at planen godkendes. Beslutning "
        "Godkendt.\n\n"
        "3 Økonomiudvalget, Side 3. budgetkontrol 2009 DIBBCH / 09/21447 "
        "Sagsfremstilling Budgetkontrollen viser et mindreforbrug på "
        "driften. ÅBEN SAG Det skyldes især lavere udgifter til ældre og "
        "forsinkede anlæg. Indstilling Direktionen indstiller, at "
        "budgetkontrollen godkendes. Beslutning Anbefales.\n\n"
        "4 Økonomiudvalget, Side Takster for snerydning DIULHA / 09/19902 "
        "Sagsfremstilling Kommunen rydder sne for grundejerforeninger mod "
        "betaling. ÅBEN SAG Taksterne hæves med tre procent. Indstilling "
        "Direktionen indstiller, at taksterne godkendes. Beslutning "
        "Anbefales.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Regnskabsplan for næste år",
                                         "3. budgetkontrol 2009",
                                         "Takster for snerydning"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "3 ÅBEN DAGSORDEN 12 GODKENDELSE AF DAGSORDEN Beslutning: …": a
 * transcript of one line a page glues the part's heading in capitals
 * (the open or closed agenda, the cases for decision) between the page's
 * number and the item's running number; the item's heading is the
 * number and what follows, also where no case file's field comes after
 * the title (the df- round). */
static void test_caps_part_before_page_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Lejre Kommune Udvalget for Kultur og Fritid Beslutningsreferat af "
        "møde den kl i Udvalgsværelset\n\n"
        "2 Indholdsfortegnelse ÅBEN DAGSORDEN 21 GODKENDELSE AF DAGSORDEN... "
        "3 SAGER TIL BEHANDLING 22 TILSKUD TIL SOMMERKONCERTER LUKKET "
        "DAGSORDEN SAGER TIL BEHANDLING 23 LEJEAFTALE FOR KIOSKEN VED "
        "STRANDEN... 5\n\n"
        "3 ÅBEN DAGSORDEN 21 GODKENDELSE AF DAGSORDEN Beslutning: Godkendt "
        "med den ændring, at sagen om kiosken behandles først. Fraværende: "
        "Ingen. Formanden bød velkommen til udvalgets nye sekretær, som "
        "præsenterede sig og fortalte om sine opgaver med referater, "
        "mødeplaner og udvalgets årsberetning. Side 3\n\n"
        "4 SAGER TIL BEHANDLING 22 TILSKUD TIL SOMMERKONCERTER Sagsnr.: "
        "10/1122 Dok.nr.: 201/10 Sagsfremstilling: Tre foreninger søger om "
        "tilskud til koncerter i parken i juli. Indstilling: Direktionen "
        "indstiller, at der gives tilskud. Beslutning: Godkendt med den "
        "bemærkning, at foreningerne skal aflægge regnskab for tilskuddet "
        "senest ved årets udgang. Side 4\n\n"
        "5 LUKKET DAGSORDEN SAGER TIL BEHANDLING 23 LEJEAFTALE FOR "
        "KIOSKEN VED STRANDEN Beslutning: Godkendt. Fraværende: Ingen. "
        "Udvalget bad om en status på lejemålet efter sæsonen, og "
        "administrationen følger op til mødet i oktober. Side 5\n";
    static const char *const labels[] = {"21", "22", "23"};
    static const char *const titles[] = {"GODKENDELSE AF DAGSORDEN",
                                         "TILSKUD TIL SOMMERKONCERTER",
                                         "LEJEAFTALE FOR KIOSKEN VED STRANDEN"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Fraværende: Lone Hjort (V) 16 ANSØGNING OM TILSKUD Sagsnr.: …": on
 * a page holding two items the second's number follows the first's last
 * line, a name and its party's letter in brackets; the number heads an
 * item as after a capitalised word (the df- round). */
static void test_number_after_party_letter(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Teknik- og Miljøudvalget Mødedato: Mandag den 7. juni "
        "2010 Mødested: Udvalgsværelset\n\n"
        "2 41 Vejnavn til ny boligvej Sagsnr.: 10/3301 Sagsfremstilling: "
        "Den nye vej i udstykningen ved skolen skal have et navn, og "
        "lokalhistorikerne har foreslået tre navne. Indstilling: "
        "Direktionen indstiller, at vejen får navnet Kildeengen. "
        "Beslutning: Godkendt. Fraværende: Ole Kirk (V) 42 Vintertjeneste "
        "for stier Sagsnr.: 10/2877 Sagsfremstilling: Stierne ryddes i dag "
        "efter veje og fortove. Indstilling: Direktionen indstiller, at "
        "stier til skoler ryddes først. Beslutning: Godkendt. Fraværende: "
        "Ole Kirk (V) Side 2\n\n"
        "3 43 Affaldsplan 2011 Sagsnr.: 10/1200 Sagsfremstilling: Planen "
        "skal i høring i otte uger før den vedtages. Indstilling: "
        "Direktionen indstiller, at planen sendes i høring. Beslutning: "
        "Anbefales. Fraværende: Ole Kirk (V) Side 3\n";
    static const char *const labels[] = {"41", "42", "43"};
    static const char *const titles[] = {"Vejnavn til ny boligvej",
                                         "Vintertjeneste for stier",
                                         "Affaldsplan 2011"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "3 Sager til behandling 22 Tilskud til …": the part's heading glued
 * between a page's number and the item's number may be printed in mixed
 * case too - the names agendas give their parts ("Åben dagsorden",
 * "Lukket dagsorden", "Sager til behandling") say it is one (the df-
 * round). */
static void test_named_part_before_page_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Lejre Kommune Udvalget for Kultur og Fritid Beslutningsreferat af "
        "møde den kl i Udvalgsværelset\n\n"
        "2 Indholdsfortegnelse Åben dagsorden 21 Godkendelse af dagsorden... "
        "3 Sager til behandling 22 Tilskud til sommerkoncerter Lukket "
        "dagsorden Sager til behandling 23 Lejeaftale for kiosken ved "
        "stranden... 5\n\n"
        "3 Åben dagsorden 21 Godkendelse af dagsorden Beslutning: Godkendt "
        "med den ændring, at sagen om kiosken behandles først. Fraværende: "
        "Ingen. Formanden bød velkommen til udvalgets nye sekretær, som "
        "præsenterede sig og fortalte om sine opgaver med referater, "
        "mødeplaner og udvalgets årsberetning. Side 3\n\n"
        "4 Sager til behandling 22 Tilskud til sommerkoncerter Sagsnr.: "
        "10/1122 Dok.nr.: 201/10 Sagsfremstilling: Tre foreninger søger om "
        "tilskud til koncerter i parken i juli. Indstilling: Direktionen "
        "indstiller, at der gives tilskud. Beslutning: Godkendt med den "
        "bemærkning, at foreningerne skal aflægge regnskab for tilskuddet "
        "senest ved årets udgang. Side 4\n\n"
        "5 Lukket dagsorden Sager til behandling 23 Lejeaftale for kiosken "
        "ved stranden Beslutning: Godkendt. Fraværende: Ingen. Udvalget bad "
        "om en status på lejemålet efter sæsonen, og administrationen "
        "følger op til mødet i oktober. Side 5\n";
    static const char *const labels[] = {"21", "22", "23"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Tilskud til sommerkoncerter",
                                         "Lejeaftale for kiosken ved stranden"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Godkendt med den ændring, at punkt 23 behandles før punkt 22.
 * Fraværende: …": a number after a lower-case word that refers to an
 * item is a reference in a sentence, no heading inside the flattened
 * page, though a capital follows its full stop (the df- round). */
static void test_reference_number_in_sentence(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "Lejre Kommune Udvalget for Kultur og Fritid Beslutningsreferat af "
        "møde den kl i Udvalgsværelset\n\n"
        "2 ÅBEN DAGSORDEN 21 GODKENDELSE AF DAGSORDEN Beslutning: Godkendt "
        "med den ændring, at punkt 23 behandles før punkt 22. Fraværende: "
        "Ingen. Formanden bød velkommen til udvalgets nye sekretær. Side 2\n\n"
        "3 SAGER TIL BEHANDLING 22 TILSKUD TIL SOMMERKONCERTER Sagsnr.: "
        "10/1122 Dok.nr.: 201/10 Sagsfremstilling: Tre foreninger søger om "
        "tilskud til koncerter i parken i juli. Indstilling: Direktionen "
        "indstiller, at der gives tilskud. Beslutning: Godkendt. Side 3\n\n"
        "4 LUKKET DAGSORDEN SAGER TIL BEHANDLING 23 LEJEAFTALE FOR KIOSKEN "
        "VED STRANDEN Beslutning: Godkendt. Fraværende: Ingen. Udvalget bad "
        "om en status på lejemålet efter sæsonen, og administrationen "
        "følger op til mødet i oktober. Side 4\n";
    static const char *const labels[] = {"21", "22", "23"};
    static const char *const titles[] = {"GODKENDELSE AF DAGSORDEN",
                                         "TILSKUD TIL SOMMERKONCERTER",
                                         "LEJEAFTALE FOR KIOSKEN VED STRANDEN"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "1 Lejre Kommune Udvalget for Kultur og Fritid Beslutningsreferat af
 * møde …": a transcript's cover page opens with the page's number; the
 * municipality and then the record's name say it is no item 1 before a
 * chain of running numbers (21, 22, 23), where the pages' lines cut at
 * their headings no longer show the pages counted on (the df- round). */
static void test_cover_page_number_no_item(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Lejre Kommune Udvalget for Kultur og Fritid Beslutningsreferat af "
        "møde den kl i Udvalgsværelset\n\n"
        "2 ÅBEN DAGSORDEN 21 GODKENDELSE AF DAGSORDEN Beslutning: Godkendt "
        "med den ændring, at sagen om kiosken behandles først. Fraværende: "
        "Ingen. Formanden bød velkommen til udvalgets nye sekretær. Side 2\n\n"
        "3 SAGER TIL BEHANDLING 22 TILSKUD TIL SOMMERKONCERTER Sagsnr.: "
        "10/1122 Dok.nr.: 201/10 Sagsfremstilling: Tre foreninger søger om "
        "tilskud til koncerter i parken i juli. Indstilling: Direktionen "
        "indstiller, at der gives tilskud. Beslutning: Godkendt. Side 3\n\n"
        "4 LUKKET DAGSORDEN SAGER TIL BEHANDLING 23 LEJEAFTALE FOR KIOSKEN "
        "VED STRANDEN Beslutning: Godkendt. Fraværende: Ingen. Udvalget bad "
        "om en status på lejemålet efter sæsonen, og administrationen "
        "følger op til mødet i oktober. Side 4\n";
    static const char *const labels[] = {"21", "22", "23"};
    static const char *const titles[] = {"GODKENDELSE AF DAGSORDEN",
                                         "TILSKUD TIL SOMMERKONCERTER",
                                         "LEJEAFTALE FOR KIOSKEN VED STRANDEN"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… bemærkninger. Ad punkt 2. Meddelelser …": after "Ad" the word
 * "punkt" is the heading's own label, no reference (see
 * test_reference_number_in_sentence). */
static void test_ad_punkt_heads_flattened_item(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Referat Ældrerådet Mødedato: 4. maj 2010 Mødested: Rådhuset\n\n"
        "2 Ad punkt 1. Godkendelse af dagsorden Dagsordenen blev godkendt "
        "uden bemærkninger, og formanden bød de to nye medlemmer velkommen. "
        "Ad punkt 2. Meddelelser fra formanden Formanden orienterede om et "
        "møde med borgmesteren om næste års budget. Ad punkt 3. Høring om "
        "kvalitetsstandarder Rådet sender et høringssvar med tre "
        "bemærkninger om rengøring og madservice. Side 2\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Meddelelser fra formanden",
                                         "Høring om kvalitetsstandarder"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_punkt_nr_space_colon),
        cmocka_unit_test(test_contents_lost_year_runs_on),
        cmocka_unit_test(test_lowercase_punkt_is_reference),
        cmocka_unit_test(test_last_entry_into_leaders),
        cmocka_unit_test(test_second_item_after_sentence),
        cmocka_unit_test(test_kind_colon_title_lost_year),
        cmocka_unit_test(test_page_title_opens_with_ordinal),
        cmocka_unit_test(test_caps_part_before_page_heading),
        cmocka_unit_test(test_number_after_party_letter),
        cmocka_unit_test(test_named_part_before_page_heading),
        cmocka_unit_test(test_reference_number_in_sentence),
        cmocka_unit_test(test_cover_page_number_no_item),
        cmocka_unit_test(test_ad_punkt_heads_flattened_item),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
