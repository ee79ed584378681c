/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_contentsentries.c - a contents' entries read against the
 * pages (split from test_segment_contents.c): entries that lost their
 * numbers or their pages, a closed entry with its number only or with no
 * page of its own, a title found after its label word, a committee's code
 * after a dashed label, the last entry's page after the chain, a season's
 * years a title runs on over. Each case is a few lines in our own
 * words. */
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

/* A flattened contents line that lost an entry's number ("… 2.
 * Udbygning af cykelstier 2014 og plan for cykelstier Ny takst for
 * parkering 4. …", entry 3 run into entry 2): the year in entry 2's
 * title is no page number, so the page's heading keeps its title whole
 * ("… 2014 og plan for cykelstier 2015") (session 33, ei). */
static void test_contents_lost_entry_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 REFERAT VEJUDVALGET Tirsdag den 3. marts 2015 på rådhuset i "
        "Vestby -1-\n"
        "\n"
        "2 INDHOLDSFORTEGNELSE: 1. Godkendelse af dagsorden 2. Udbygning "
        "af cykelstier 2014 og plan for cykelstier Ny takst for parkering "
        "ved havnen 4. Vintertjenesten i de små byer -2-\n"
        "\n"
        "3 1. Godkendelse af dagsorden Dagsordenen blev godkendt. 2. "
        "Udbygning af cykelstier 2014 og plan for cykelstier 2015 "
        "Forvaltningen gennemgik planen. Udvalget godkendte planen med den "
        "ændring, at stien ved skolen kommer først. -3-\n"
        "\n"
        "4 3. Ny takst for parkering ved havnen Udvalget drøftede taksten. "
        "Sagen sendes videre til byrådet med udvalgets bemærkninger. -4-\n"
        "\n"
        "5 4. Vintertjenesten i de små byer Vejchefen orienterede om "
        "saltning af cykelstier. -5-\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Udbygning af cykelstier 2014 og plan for cykelstier 2015",
        "Ny takst for parkering ved havnen", "Vintertjenesten i de små byer"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript's contents that lost every open entry's number but kept
 * the closed part's (fn- round, Herlev: "… Roklub 16 Lukkede
 * dagsordenspunkter 187 Lukket punkt: Meddelelser 19"), over pages whose
 * headings print no number ("Ø Title Resumé …"): the last item takes the
 * contents' number, the ones before it counted back. */
static void test_contents_closed_entry_number_only(void **state)
{
    (void)state;
    static const char text[] =
        "Referat. Kommunalbestyrelsen Dato: 12. september 2018 Fra: 17:30 "
        "Sted: Kommunalbestyrelsens mødesal. Indkaldelse. Birte Lund Holm "
        "(A)\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Referat. Kommunalbestyrelsen Dato: 12. september 2018 "
        "Fra: 17:30 Sted: Kommunalbestyrelsens mødesal. Indkaldelse. "
        "Birte Lund Holm (A)\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Referat Kommunalbestyrelsen Dato: Fra: 17:30 Sted: "
        "Kommunalbestyrelsens mødesal Indkaldelse Birte Lund Holm (A) "
        "Jens Aagaard (A) Pia Kronborg (A) Morten Vilsbøll (C) Lene Hald "
        "(A) Ditte Marlund (Ø) Kasper Ryom (A) Anni Thorsen (A) Henning "
        "Bæk (C) Sanne Kjær (A) Axel Fenger (O) Tove Grau (A) Rikke Dam "
        "(F) Poul Hjort (A) Gunnar Lind (V) Nanna Bro (A) Vibeke Skov "
        "(A)\n"
        "\n"
        "2 Karin Sommer (A) Omar Dahl (Ø) Side 2 af 21\n"
        "\n"
        "3 Indholdsfortegnelse Åbne dagsordenspunkter Behandling af "
        "Budgetforslag Godkendelse af regnskab for Boligselskabet Lindely "
        "Tillægsbevilling - nyt tag på Skovgårdens Fritidshus "
        "Samarbejdsaftale mellem Herlev Kommune og Herlev Roklub 16 "
        "Lukkede dagsordenspunkter 187 Lukket punkt: Meddelelser 19 Side "
        "1 af 21\n"
        "\n"
        "4 Ø Behandling af Budgetforslag 2019 Resumé Kommunalbestyrelsen "
        "skal førstebehandle budgetforslaget for 2019 med overslagsårene. "
        "Budgettet skal være endeligt vedtaget inden midten af oktober. "
        "Forvaltningen indstiller 1. At fristen for ændringsforslag "
        "fastsættes som foreslået. 2. At bidraget til regionen godkendes. "
        "3. At budgetforslaget oversendes til anden behandling. "
        "Sagsfremstilling Budgetforslaget bygger på det tekniske budget "
        "og de ændringer, som udvalgene har peget på i foråret. Der er "
        "balance i alle årene, men kassen er presset i overslagsårene. "
        "Side 2 af 21\n"
        "\n"
        "5 Økonomi Forslaget holder sig inden for servicerammen. "
        "Beslutning Økonomi- og Planlægningsudvalget den Anbefales. "
        "Beslutning Kommunalbestyrelsen den Oversendt til anden "
        "behandling. Side 3 af 21\n"
        "\n"
        "6 Ø Godkendelse af regnskab for Boligselskabet Lindely Resumé "
        "Boligselskabet har sendt sit regnskab til kommunens godkendelse "
        "som tilsynsmyndighed. Forvaltningen indstiller 1. At regnskabet "
        "godkendes. Sagsfremstilling Regnskabet viser et lille overskud, "
        "som overføres til næste år. Revisor har ingen bemærkninger. "
        "Beslutning Kommunalbestyrelsen den Godkendt. Side 4 af 21\n"
        "\n"
        "7 Ø Tillægsbevilling - nyt tag på Skovgårdens Fritidshus Resumé "
        "Taget på fritidshuset er utæt og skal skiftes før vinteren. "
        "Forvaltningen indstiller 1. At der gives en tillægsbevilling på "
        "1,2 mio. kr. 2. At beløbet finansieres af kassen. "
        "Sagsfremstilling Ved et eftersyn i sommer blev der fundet fugt i "
        "loftet over salen. Et nyt tag vil holde i mindst 30 år. "
        "Beslutning Kommunalbestyrelsen den Godkendt. Side 5 af 21\n"
        "\n"
        "8 Ø Samarbejdsaftale mellem Herlev Kommune og Herlev Roklub "
        "Resumé Roklubben ønsker en aftale om brug af bådehuset ved søen. "
        "Forvaltningen indstiller 1. At aftalen godkendes. "
        "Sagsfremstilling Aftalen løber i fire år og giver skolerne "
        "adgang til kajakker i dagtimerne. Beslutning Kommunalbestyrelsen "
        "den Godkendt. Side 16 af 21\n"
        "\n"
        "9 Ø Lukket punkt: Meddelelser Side 19 af 21\n"
        "\n";
    static const char *const labels[] = {"183", "184", "185", "186", "187"};
    static const char *const titles[] = {
        "Behandling af Budgetforslag 2019",
        "Godkendelse af regnskab for Boligselskabet Lindely",
        "Tillægsbevilling - nyt tag på Skovgårdens Fritidshus",
        "Samarbejdsaftale mellem Herlev Kommune og Herlev Roklub",
        "Lukket punkt: Meddelelser"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents that lost entry 3's number ("2. Title Title 4.
 * …") above pages whose headings carry no number ("Udvalget Sag nr
 * Title Sagsfremstilling …", Lyngby-Taarbæk's docplayer protokol): the
 * two titles run together part where a later page prints the second,
 * and the walk goes on at entry 4, so every page is found by its title.
 * The last entry ends before the footer "Side 2 af 14". */
static void test_contents_lost_entry_unnumbered_pages(void **state)
{
    (void)state;
    static const char text[] =
        "Social- og Sundhedsudvalget\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Social- og Sundhedsudvalget\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Social- og Sundhedsudvalget Protokol kl. 15:30 Udvalgsværelse 1 "
        "Medlemmer Gunhild Sass Britta Wedel Claus Uhd Mogensen Jesper L."
        " Ravning Agnete Ry Juhler Tonny Bak Sølvsten Egon Birkvad var fravære"
        "nde deltog deltog deltog deltog deltog deltog Egon Birkvad (O) var f"
        "raværende. Derudover deltog Direktør Bo Ellekjær Centerchef Hedvig"
        " Aarslev under punkt 1 og 2 Centerchef Lone Nygaard under punkt"
        " 3-6 Udvalgssekretær Louise Ahlers Side 1 af 14\n"
        "\n"
        "2 Indholdsfortegnelse 1. Lokaler til frivillighuset - fornyet beha"
        "ndling 2. Indstilling af medlemmer til Handicaprådet Introduktion "
        "til hjemmeplejens nye organisering 4. Status på demensstrategien 5"
        ". Udbud af madservice 6. Meddelelser til udvalgets medlemmer - mar"
        "ts 2014 Side 2 af 14\n"
        "\n"
        "3 Social- og Sundhedsudvalget Sag nr Lokaler til frivillighuset - "
        "fornyet behandling Sagsfremstilling I budgetaftalen for 2014 er de"
        "r afsat midler til at forbedre rammerne for frivillighuset i var f"
        "raværende. Side 3 af 14\n"
        "\n"
        "4 Social- og Sundhedsudvalget Sag nr Indstilling af medlemmer til "
        "Handicaprådet Sagsfremstilling To af de medlemmer, som kommunalbes"
        "tyrelsen har udpeget til Handicaprådet, er udtrådt. Forvaltningen "
        "var fraværende. Side 4 af 14\n"
        "\n"
        "5 Social- og Sundhedsudvalget Sag nr Introduktion til hjemmeplejen"
        "s nye organisering Sagsfremstilling Hjemmeplejen er fra 1. januar "
        "organiseret i fire distrikter med hver sin leder. Centerchefen var"
        " fraværende. Side 5 af 14\n"
        "\n"
        "6 Social- og Sundhedsudvalget Sag nr Status på demensstrategien Sa"
        "gsfremstilling Strategien blev vedtaget i 2012. Af de 12 indsatser"
        " er otte gennemført, og tre er i gang. Den sidste, et nyt dagtilbu"
        "d var fraværende. Side 6 af 14\n"
        "\n"
        "7 Social- og Sundhedsudvalget Sag nr Udbud af madservice Sagsfrems"
        "tilling Kontrakten med den nuværende leverandør af madservice udlø"
        "ber ved udgangen af året. Forvaltningen foreslår, at udbuddet var "
        "fraværende. Side 7 af 14\n"
        "\n"
        "8 Social- og Sundhedsudvalget Sag nr Meddelelser til udvalgets med"
        "lemmer - marts 2014 Sagsfremstilling Orientering om tilsynsbesøg p"
        "å plejecentret Baunehøj og om ventelisten til plejeboliger. Social"
        "- var fraværende. Side 8 af 14\n"
        "\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Lokaler til frivillighuset - fornyet behandling",
        "Indstilling af medlemmer til Handicaprådet",
        "Introduktion til hjemmeplejens nye organisering",
        "Status på demensstrategien",
        "Udbud af madservice",
        "Meddelelser til udvalgets medlemmer - marts 2014"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents printing no page numbers (Word's leaders after
 * each number: "2... Title 3... Title, Vognmandsvej 4 4... Title"): a
 * number ending one title is the title's (a street number), not its
 * page, so the heading "3. Påbud om …, Vognmandsvej 4 Sagsnr.: …"
 * keeps it. */
static void test_contents_no_pages_title_number(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n"
        "\n"
        "1 Vejudvalget tirsdag den 5. april 2011, kl. 13:00 i Rådhuset Lo"
        "kale 2 Åbent møde Tilstede Anna Berg (A) - formand Bo Holm (F) C"
        "arl Dam (V) Afbud/Fraværende Sekretær Ole Vang INDHOLDSFORTEGNEL"
        "SE Åbent møde 1... Meddelelser 2... Vintertjeneste 2010/ opgørel"
        "se af forbrug 3... Påbud om støjdæmpning, Vognmandsvej 4 4... Sa"
        "lg af areal ved havnen\n"
        "\n"
        "2 1. Meddelelser Sagsnr.: Dok.nr.: a) Vejavisen udsendes i uge 1"
        "6 til alle husstande i kommunen. b) Tagrenovering af rådhuset er"
        " gået i gang. 2. Vintertjeneste 2010/ opgørelse af forbrug Sagsn"
        "r.: Dok.nr.: Resumé Den lange vinter har medført et merforbrug p"
        "å vintertjenesten. Indstilling Forvaltningen foreslår, at orient"
        "eringen tages til efterretning. Beslutning Taget til efterretnin"
        "g.\n"
        "\n"
        "3 3. Påbud om støjdæmpning, Vognmandsvej 4 Sagsnr.: Dok.nr.: Res"
        "umé Naboer har klaget over støj fra en virksomhed om natten. Mål"
        "inger viser, at grænseværdierne er overskredet. Indstilling Forv"
        "altningen foreslår, at orienteringen tages til efterretning. Bes"
        "lutning Taget til efterretning. 4. Salg af areal ved havnen Sags"
        "nr.: Dok.nr.: Resumé Et firma ønsker at købe arealet. Indstillin"
        "g Forvaltningen foreslår, at arealet sælges. Beslutning Anbefale"
        "s.\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Meddelelser", "Vintertjeneste 2010/ opgørelse af forbrug",
        "Påbud om støjdæmpning, Vognmandsvej 4", "Salg af areal ved havnen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened transcript whose contents name the titles and whose
 * pages label each heading "Punkt N:" (also "Pkt. N", "Sag nr. N",
 * "Åbent punkt N:"): the contents' title found on a page is cut off
 * together with its label, never between them, or the first item keeps
 * the bare label and no title. */
static void test_contents_title_after_label_word(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n1 Mødedato: 6. maj 2015 Mødelokale: Mødeloka"
        "le 2, Rådhuset Starttidspunkt for møde: 16:00 Fraværende: "
        "6. maj 2015\n\n2 Indholdsfortegnelse Pkt. Tekst Side Åbne "
        "dagsordenspunkter 1 Godkendelse af dagsorden 3 2 Vedligeho"
        "ldelse af broer Trafiksikkerhed ved Skolevej 5\n\n3 Punkt "
        "1: Godkendelse af dagsorden G Sagsfremstilling Dagsordenen"
        " forelægges til godkendelse. Det indstilles, at dagsordene"
        "n godkendes. Beslutning Godkendt. 6. maj 2015\n\n4 Punkt 2"
        ": Vedligeholdelse af broer 2015 S Sagsfremstilling Der er "
        "i budgettet afsat midler til vedligeholdelse af broer. Tre"
        " broer over åen skal males i år, og en af dem skal have ny"
        "t rækværk. Forvaltningen har lavet en plan, som er vedlagt"
        ". Det indstilles, 1. at arbejdet udbydes, 2. at prisen mel"
        "des tilbage. Beslutning 1. Godkendt. 2. Godkendt. 6. maj 2"
        "015\n\n5 Punkt 3: Trafiksikkerhed ved Skolevej S Sagsfrems"
        "tilling Forældrene ved skolen har skrevet til udvalget og "
        "ønsker et fodgængerfelt ved skolens indgang, hvor mange bø"
        "rn krydser vejen om morgenen. Det indstilles, at sagen sen"
        "des til politiet. Beslutning Sendt videre. 6. maj 2015\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Vedligeholdelse af broer 2015",
                                         "Trafiksikkerhed ved Skolevej"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened transcript whose headings print the sending committee's
 * code after a dashed label ("Pkt. 2 - ØU Title", round el), the
 * contents listing the titles without it, and each decision quoting the
 * committee's ("…, pkt. 3: Anbefales."): the label heads the item, the
 * quoted "pkt. 3:" heads none, the title ends where the contents' entry
 * does and the code is no part of it. */
static void test_contents_dashed_label_committee_code(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Møde i Byrådet mandag den 2. marts 2009 i Byrådssalen REFERAT "
        "INDHOLDSFORTEGNELSE Salg af grund ved Åvej Takster for "
        "hjemmeplejen 2010 Tilskud til Nordby Idrætsforening\n\n"
        "2 ØKONOMIUDVALGET Pkt. 1 - ØU Salg af grund ved Åvej Hovedstaden "
        "Ejendomme har budt 2 mio. kr. for grunden. Økonomiudvalget den "
        "16. februar 2009, pkt. 4: Anbefales. Byrådets møde 2. marts 2009 "
        "Punkt 1: Godkendt. SOCIALUDVALGET Pkt. 2 - SU Takster for "
        "hjemmeplejen 2010 Taksterne reguleres med pris- og lønudviklingen. "
        "Socialudvalget den 17. februar 2009, pkt. 2: Anbefales. Byrådets "
        "møde 2. marts 2009 Punkt 2: Godkendt.\n\n"
        "3 KULTURUDVALGET Pkt. 3 - KU Tilskud til Nordby Idrætsforening "
        "Foreningen søger 40.000 kr. til nye mål. Kulturudvalget den 18. "
        "februar 2009, pkt. 1: Anbefales. Byrådets møde 2. marts 2009 "
        "Punkt 3: Godkendt.\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Salg af grund ved Åvej",
                                         "Takster for hjemmeplejen 2010",
                                         "Tilskud til Nordby Idrætsforening"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A committee's protocol flattened by a document site: the closed
 * item printed only as the contents' first entry (its protocol kept
 * apart), each open item on a page of its own under the running header
 * ("4 Borgerudvalget Sag nr"), and the last entry's number run into the
 * entry before ("4. Ny legeplads ved Søparken 2014/ Renovering af …"). */
static const char protocol_text[] =
    "Transkript\n"
    "\n"
    "1 Borgerudvalget Protokol kl. 17:00 Mødelokale 2 Medlemmer Ida Kvist "
    "Bo Hald Signe Ravn Per Lykke Side 1 af 12\n"
    "\n"
    "2 Indholdsfortegnelse 1. LUKKET PROTOKOL Salg af grund ved "
    "Møllevej 2. Tilskud til borgerforeningerne 3. Ny trafikplan for "
    "bymidten 4. Ny legeplads ved Søparken 2014/ Renovering af "
    "svømmehallens omklædning Side 2 af 12\n"
    "\n"
    "3 Borgerudvalget Sag nr Tilskud til borgerforeningerne "
    "Sagsfremstilling Foreningerne har søgt om tilskud til deres "
    "sommerfester. Indstilling Forvaltningen foreslår, at tilskuddet "
    "gives. Beslutning Borgerudvalget Godkendt. Side 3 af 12\n"
    "\n"
    "4 Borgerudvalget Sag nr Ny trafikplan for bymidten Sagsfremstilling "
    "Planen samler de forslag, som borgerne kom med på mødet i foråret. "
    "Indstilling Forvaltningen foreslår, at planen sendes i høring. "
    "Beslutning Borgerudvalget Anbefalet. Side 4 af 12\n"
    "\n"
    "5 Borgerudvalget Sag nr Ny legeplads ved Søparken 2014/2015 "
    "Sagsfremstilling Legepladsen er bygget færdig, og regnskabet viser "
    "et mindre forbrug. Indstilling Forvaltningen foreslår, at "
    "regnskabet godkendes. Beslutning Borgerudvalget Godkendt. Side 5 af "
    "12\n"
    "\n"
    "6 Borgerudvalget Sag nr Renovering af svømmehallens omklædning "
    "Sagsfremstilling Omklædningsrummene trænger til nye fliser og nyt "
    "ventilationsanlæg. Indstilling Forvaltningen foreslår, at der gives "
    "en anlægsbevilling. Beslutning Borgerudvalget Anbefalet. Side 6 af "
    "12\n";

/* The closed item no page holds is an item at its contents' entry. */
static void test_contents_closed_entry_without_page(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(protocol_text, &m);
    assert_true(m.nitems >= 4);
    assert_string_equal(m.items[0].label, "1");
    assert_string_equal(m.items[0].title,
                        "LUKKET PROTOKOL Salg af grund ved Møllevej");
    assert_string_equal(m.items[1].title, "Tilskud til borgerforeningerne");
    mnt_meeting_fini(&m);
}

/* The page after the last entry's item, its title the contents' last
 * entry's that lost its number, is an item of its own. */
static void test_contents_last_entry_page_after_chain(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(protocol_text, &m);
    assert_true(m.nitems >= 2);
    assert_string_equal(m.items[m.nitems - 1].title,
                        "Renovering af svømmehallens omklædning");
    mnt_meeting_fini(&m);
}

/* The season's years the contents lost ("… Søparken 2014/") stay the
 * page heading's title ("… Søparken 2014/2015 Sagsfremstilling"). */
static void test_contents_title_runs_on_year_span(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_text(protocol_text, &m);
    int found = 0;
    for (size_t k = 0; k < m.nitems; k++)
        found |= m.items[k].title != NULL &&
                 strcmp(m.items[k].title,
                        "Ny legeplads ved Søparken 2014/2015") == 0;
    assert_true(found);
    mnt_meeting_fini(&m);
}

/* Contents that print each entry's status before its title ("1 (Åben)
 * Title (Åben) Title …") where a title ends in a preposition, its year
 * lost with the transcript's digits ("Sommerens koncerter i"): the
 * contents name the title whole up to the next entry, but the next
 * entry's "(Åben)" is no word of it. */
static void test_contents_status_mark_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i Kulturudvalget\n\nTranskript\n\n"
        "1 TESTRUP KOMMUNE Referat af møde i Kulturudvalget Mødetidspunkt "
        ":00 Mødeafholdelse Udvalgsværelse B Protokollen blev læst og mødet "
        "hævet kl.: Tilstede: Eva Holm, Bo Dal, Ib Lund, Vera Krag, Ole Bøg, "
        "Sif Ravn, Kaj Mørk Fraværende:\n\n"
        "2 Indholdsfortegnelse Kulturudvalget :00 1 (Åben) Nye åbningstider "
        "på biblioteket (Åben) Sommerens koncerter i (Åben) Tilskud til "
        "lokalhistorisk arkiv (Åben) Meddelelser fra formanden og spørgsmål "
        "fra medlemmerne...6 Side 2\n\n"
        "3 1 (Åben) Nye åbningstider på biblioteket Sags ID: EMN Resumé "
        "Biblioteket vil holde længere åbent om aftenen, så flere kan nå at "
        "låne bøger efter arbejde. Baggrund Mange har spurgt efter det, og "
        "personalet har lavet en plan for vagterne. Indstilling "
        "Forvaltningen foreslår, at forslaget godkendes. Beslutning "
        "Godkendt. Side 3\n\n"
        "4 2 (Åben) Sommerens koncerter i Sags ID: EMN Resumé Udvalget får "
        "programmet for sommerens koncerter i parken, hvor fire orkestre "
        "spiller på lørdage i juli. Baggrund Koncerterne holdes sammen med "
        "musikskolen og to foreninger. Indstilling Forvaltningen foreslår, "
        "at orienteringen tages til efterretning. Beslutning Taget til "
        "efterretning. Side 4\n\n"
        "5 3 (Åben) Tilskud til lokalhistorisk arkiv Sags ID: EMN Resumé "
        "Arkivet søger om tilskud til en ny scanner, så de gamle "
        "fotografier kan lægges på nettet. Baggrund Scanneren koster kr., "
        "og arkivet betaler selv en fjerdedel. Indstilling Forvaltningen "
        "foreslår, at der gives tilskud. Beslutning Bevilget. 4 (Åben) "
        "Meddelelser fra formanden og spørgsmål fra medlemmerne Beslutning "
        "Intet. Side 5\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Nye åbningstider på biblioteket", "Sommerens koncerter i",
        "Tilskud til lokalhistorisk arkiv",
        "Meddelelser fra formanden og spørgsmål fra medlemmerne"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contents_lost_entry_number),
        cmocka_unit_test(test_contents_closed_entry_number_only),
        cmocka_unit_test(test_contents_lost_entry_unnumbered_pages),
        cmocka_unit_test(test_contents_no_pages_title_number),
        cmocka_unit_test(test_contents_title_after_label_word),
        cmocka_unit_test(test_contents_dashed_label_committee_code),
        cmocka_unit_test(test_contents_closed_entry_without_page),
        cmocka_unit_test(test_contents_last_entry_page_after_chain),
        cmocka_unit_test(test_contents_title_runs_on_year_span),
        cmocka_unit_test(test_contents_status_mark_ends_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
