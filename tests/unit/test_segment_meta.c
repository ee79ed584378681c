/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_meta.c - a meeting's metadata (lib/minutes meta.c,
 * council.c, places.c, date.c) on the failure classes of councils not yet
 * seen: date forms in their context, print stamps and letter dates above
 * the meeting's date, site menus, council nouns and compound names, the
 * authority a council's kind implies, and attendance in many shapes. Each
 * case is a few lines written for this test. */
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

/* The council: menus are none, word endings are nouns only as words,
 * coordinated compounds are kept whole, councils of more kinds. */
static void test_councils(void **state)
{
    (void)state;
    static const struct {
        const char *header, *want;
    } cases[] = {
        {"Byråd & politik   Dagsordener og referater   Kontakt\nReferat\n"
         "Landdistriktsudvalget 11. marts 2019",
         "Landdistriktsudvalget"},
        {"Referat fra møde i Vandløbskomitéen\n5. december 2014",
         "Vandløbskomitéen"},
        {"Referat fra møde i Fjordkomiteen\n5. december 2014", "Fjordkomiteen"},
        {"Referat\nErhvervsforum\nDato: 5. marts 2024", "Erhvervsforum"},
        {"Referat\nSkolebestyrelsen\nDato: 5. marts 2024", "Skolebestyrelsen"},
        {"Referat\nBestyrelsen for Søby Havn\nDato: 5. marts 2024",
         "Bestyrelsen for Søby Havn"},
        {"Beslutningsreferat - Lokalrådet for Nørre Vestegn\n"
         "Dato: 5. marts 2024",
         "Lokalrådet for Nørre Vestegn"},
        /* printed indefinite, a compound's head: kept as printed */
        {"REFERAT MØDEDATO: Underudvalg for Skoler og Trafik 14.30\n"
         "Dato: 5. marts 2024",
         "Underudvalg for Skoler og Trafik"},
        {"Referat\nFolkeoplysningsudvalget\nDato: 5. marts 2024",
         "Folkeoplysningsudvalget"},
        {"Referat\nTeknik og Miljøudvalget\nDato: 5. marts 2024",
         "Teknik og Miljøudvalget"},
        {"Referat\nTeknik & Miljøudvalget\nDato: 5. marts 2024",
         "Teknik & Miljøudvalget"},
        {"Referat\nSocial-, Sundheds- og Ældreudvalget\nDato: 5. marts 2024",
         "Social-, Sundheds- og Ældreudvalget"},
        {"BØRNE- OG UNGEUDVALGET\nREFERAT\nDato: 5. marts 2024",
         "Børne- og Ungeudvalget"},
        {"Referat\nBørne og Ungeudvalget\nDato: 5. marts 2024",
         "Børne og Ungeudvalget"},
        /* a transcript's page number before the minutes' heading */
        {"1 ! R e f e r a t MØDE Egeby Seniorråd Torsdag den 4. juni 2015 "
         "kl. 13 Til stede: Aage Brask",
         "Seniorrådet"},
        {"Referat\nUdvalget for Klima, Miljø og Natur\nDato: 5. marts 2024",
         "Udvalget for Klima, Miljø og Natur"},
        {"Referat\nDet Centrale Handicapråd\nDato: 5. marts 2024",
         "Det Centrale Handicapråd"},
        {"Referat\nUdvalg: Økonomiudvalget (ØU)\nDato: 5. marts 2024",
         "Økonomiudvalget"},
        /* a breadcrumb names the site's sections */
        {"Forside > Politik > Byrådet > Dagsordener og referater\n"
         "Økonomiudvalget - Referat\nDato: 5. marts 2024",
         "Økonomiudvalget"},
        {"Du er her: Forside » Politik » Kommunalbestyrelsen » Udvalg\n"
         "Referat\nTeknikudvalget\nDato: 5. marts 2024",
         "Teknikudvalget"},
        /* a council's meeting names the council */
        {"Ekstraordinært Ældrerådsmøde – Referat\nDato: 5. marts 2024",
         "Ældrerådet"},
        {"REFERAT AF BYRÅDSMØDE\nDato: 5. marts 2024", "Byrådet"},
        {"Referat af lokalrådsmøde 8. april 2024", "Lokalrådet"},
        {"Referat fra udvalgsmøde i Kulturudvalget\nDato: 5. marts 2024",
         "Kulturudvalget"},
        /* a board's meeting: the board is named by its noun alone */
        {"Referat af bestyrelsesmøde onsdag d. 7. november 2012 kl. 19.30",
         "Bestyrelsen"},
        {"Referat af bestyrelsesmøde d. 16. august 2012, Isbjørnene\n"
         "Kl. 18.00 - 20.30",
         "Bestyrelsen"},
        {"Referat fra bestyrelsesmøde i Bestyrelsen for Søby Havn\n"
         "Dato: 5. marts 2024",
         "Bestyrelsen for Søby Havn"},
        /* a council in the genitive owns the committee after it */
        {"Referat fra mødet i Regionsrådets Forretningsudvalg\n"
         "Dato: 5. marts 2024",
         "Forretningsudvalget"},
        {"Kommunalbestyrelsens Økonomiudvalg\nReferat\nDato: 5. marts 2024",
         "Økonomiudvalget"},
        /* a site's list of committees, one a line */
        {"Politik\nByrådet\nØkonomiudvalget\nBørne- og Skoleudvalget\n"
         "Handicaprådet\nReferat\nPlan- og Miljøudvalget\n"
         "Mødedato: 5. marts 2024",
         "Plan- og Miljøudvalget"},
        /* the same list copied from a page as text, blank lines between
         * its entries, and the selected committee printed again over its
         * minutes: the heading under the menu */
        {"Byrådet\n\nØkonomiudvalget\n\nUdvalget for Børn og Unge\n\n"
         "Udvalget for Miljø og Teknik\n\nUdvalget for Social og Sundhed\n\n"
         "Udvalget for Miljø og Teknik\n\nReferat 23.04.2013 kl. 16:30",
         "Udvalget for Miljø og Teknik"},
        /* two councils, not one compound */
        {"Fællesmøde\nByrådet og Økonomiudvalget\nDato: 5. marts 2024",
         "Byrådet"},
        /* an empty field over the next one's label: the title says it */
        {"Økonomiudvalget - 14-09-2020\nReferat\nUdvalg:\nDato:\n"
         "Mandag, 14 september, 2020 - 17:00\nLokation:\n",
         "Økonomiudvalget"},
        /* a word ending in -råd is no council */
        {"Referat\nVareforrådet og Personaleområdet\nHandicaprådet\n"
         "Dato: 5. marts 2024",
         "Handicaprådet"},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_meeting m;
        parse_text(cases[i].header, &m);
        const char *c = m.council;
        size_t wn = strlen(cases[i].want);
        /* "<council>, <authority>" counts, as the scorer's convention */
        if (c == NULL || strncmp(c, cases[i].want, wn) != 0 ||
            (c[wn] != '\0' && strncmp(c + wn, ", ", 2) != 0))
            fail_msg("council <%s>, want <%s> in:\n%s", c ? c : "(null)",
                     cases[i].want, cases[i].header);
        mnt_meeting_fini(&m);
    }
}

/* The authority: the municipality a kommunalbestyrelse or byråd names
 * beats a region named more often; a regionsråd is a region's; an address
 * names the town when nothing else does. */
static void test_authority(void **state)
{
    (void)state;
    static const struct {
        const char *header, *council, *authority;
    } cases[] = {
        {"Gladsaxe Kommunalbestyrelse\nReferat\nDato: 5. marts 2024\n"
         "Borgmesteren orienterede om mødet med Region Hovedstaden.\n"
         "Region Hovedstaden har svaret. Region Hovedstaden vender tilbage.",
         "Kommunalbestyrelsen, Gladsaxe Kommune", "Gladsaxe Kommune"},
        {"Referat\nByrådet, Aarhus Kommune\nDato: 5. marts 2024",
         "Byrådet, Aarhus Kommune", "Aarhus Kommune"},
        {"Aarhus Kommune - Byrådet\nReferat\nDato: 5. marts 2024",
         "Byrådet, Aarhus Kommune", "Aarhus Kommune"},
        {"Referat\nRegionsrådet\nDato: 5. marts 2024\n"
         "Mødet holdtes i Hillerød Kommune.",
         "Regionsrådet, Region Hovedstaden", "Region Hovedstaden"},
        /* a field in lower case; a regionsråd whose text names only a
         * town: that town's region */
        {"Regionsrådet 14. juni 2023 (Referat)\n- Udvalg: regionsrådet\n"
         "- Mødedato: 14. juni, 2023 kl. 13:00\n"
         "- Mødested: Salen, Regionshuset, Skottenborg 26, 8800 Viborg",
         "Regionsrådet, Region Midtjylland", "Region Midtjylland"},
        {"Referat\nUdvalg: Børne- og Skoleudvalget\n"
         "Mødedato: 12.03.2024\nMødested: Mødelokale 1, Rådhuset i Holte",
         "Børne- og Skoleudvalget, Rudersdal Kommune", "Rudersdal Kommune"},
        /* a committee of the regionsråd is a region's */
        {"Referat fra mødet i Regionsrådets Forretningsudvalg\n"
         "Tirsdag den 7. maj 2024 kl. 10.00\n"
         "Regionshuset, Damhaven 12, 7100 Vejle",
         "Forretningsudvalget, Region Syddanmark", "Region Syddanmark"},
        {"Referat af møde i Klimaudvalget\n"
         "Den 09.01.2024 kl. 13:00 i Salen, Torvet 1, 4600 Køge",
         "Klimaudvalget, Køge Kommune", "Køge Kommune"},
        /* the public library is the municipality's own (a town before
         * another capitalised word is otherwise a district's name) */
        {"Referat\nUdvalg: Kultur- og Fritidsudvalget\n"
         "Dato: Tirsdag den 22. januar 2019\n\n"
         "1. Selvbetjent bibliotek\nSagsfremstilling\n"
         "Albertslund Biblioteks forslag bygger på samtaler med "
         "nabokommunerne.\nBeslutning\nGodkendt.\n",
         "Kultur- og Fritidsudvalget, Albertslund Kommune",
         "Albertslund Kommune"},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_meeting m;
        parse_text(cases[i].header, &m);
        expect_str("council", cases[i].header, m.council, cases[i].council);
        expect_str("authority", cases[i].header, m.authority,
                   cases[i].authority);
        mnt_meeting_fini(&m);
    }
}

/* A region named only in the items is what a municipality's minutes
 * talk about; the municipality in the footer is the publisher. */
static void test_authority_region_topic(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\nÆldrerådet\nDato: 5. marts 2024\n\n"
        "1. Sygehusplanen\nRegion Syddanmark har sendt en plan i høring. "
        "Region Syddanmark holder borgermøde.\n\n"
        "2. Eventuelt\nRegion Syddanmark svarer på rådets brev.\n\n"
        "Vejle Kommune, Skolegade 1\n";
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    if (mnt_parse(text, strlen(text), NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
    expect_str("authority", text, m.authority, "Vejle Kommune");
    mnt_meeting_fini(&m);
    /* the region a header names is the publisher, not a topic */
    static const char region[] =
        "Region Sjælland\nReferat\nUdvalget for Sundhed\n"
        "Dato: 5. marts 2024\n\n1. Akutberedskab\nNæstved Kommune og "
        "Slagelse Kommune deltog.\n\n2. Eventuelt\nNæstved Kommune har "
        "svaret.\n";
    memset(&m, 0, sizeof m);
    if (mnt_parse(region, strlen(region), NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
    expect_str("authority", region, m.authority, "Region Sjælland");
    mnt_meeting_fini(&m);
}

/* A regionsråd's page that names no region: towns named alone in its
 * items (places of projects anywhere) do not make the publisher; a
 * region is not guessed from them. */
static void test_regionsraad_towns_name_no_region(void **state)
{
    (void)state;
    static const char text[] =
        "Se video af mødet\n\n"
        "Referat af regionsrådsmødet den 6. maj 2009 (pdf-fil)\n\n"
        " 1. Valg af repræsentant til et kulturråd\n"
        " 2. Tilskud til et teaterprojekt i Vesthimmerland\n"
        " 3. Anlægsbevilling til pavilloner\n";
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    if (mnt_parse(text, strlen(text), NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
    expect_str("authority", text, m.authority, NULL);
    mnt_meeting_fini(&m);
}

/* An ASP.NET page (eDoc) wraps all of it in one <form>: forms are
 * dropped as search boxes only while the page keeps its text. */
static void test_page_in_a_form(void **state)
{
    (void)state;
    static const char page[] =
        "<html><head><title>Region Nordjylland - Referat</title></head>"
        "<body><form method=\"post\" id=\"form1\"><div id=\"content\">"
        "<p>Referat</p><p>Udvalg for Regional Udvikling 14-03-2023 10:00</p>"
        "<div><p>1. Godkendelse af dagsorden</p><p>Godkendt.</p></div>"
        "<div><p>2. Meddelelser</p><p>Formanden orienterede om turen.</p>"
        "</div><div><p>3. Trafikplanen</p><p>Planen blev drøftet.</p></div>"
        "<div><p>4. Eventuelt</p><p>Intet.</p></div>"
        "</div></form></body></html>";
    struct ext_doc x;
    struct err e;
    struct mnt_meeting m;
    ext_doc_init(&x);
    if (ext_read("html", page, strlen(page), NULL, &x, &e) != ERR_OK)
        fail_msg("ext_read: %s", e.msg);
    memset(&m, 0, sizeof m);
    if (mnt_parse_blocks(&x, NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse_blocks: %s", e.msg);
    expect_str("date", page, m.date, "2023-03-14");
    expect_str("authority", page, m.authority, "Region Nordjylland");
    assert_int_equal(m.nitems, 4);
    mnt_meeting_fini(&m);
    ext_doc_fini(&x);
}

/* A PDF whose municipality only its running header names (`Thisted
 * Kommune` over every page, dropped from the blocks as furniture): the
 * header the reader kept aside is read with the title, so the authority
 * is found; it heads no item and moves no line. */
static void test_running_header_names_authority(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "Social- og Sundhedsudvalget\n"
        "02. sep 2020\n\n"
        "148. Godkendelse af dagsorden\n"
        "Beslutning\nGodkendt.\n\n"
        "149. Ændring af kvalitetsstandard for madservice\n"
        "Beslutning\nGodkendt.\n";
    struct ext_doc x;
    struct err e;
    struct mnt_meeting m;
    ext_doc_init(&x);
    if (ext_read("txt", text, strlen(text), NULL, &x, &e) != ERR_OK)
        fail_msg("ext_read: %s", e.msg);
    x.head = strdup("Thisted Kommune | Social- og Sundhedsudvalget");
    assert_non_null(x.head);
    memset(&m, 0, sizeof m);
    if (mnt_parse_blocks(&x, NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse_blocks: %s", e.msg);
    expect_str("authority", text, m.authority, "Thisted Kommune");
    expect_str("date", text, m.date, "2020-09-02");
    assert_int_equal(m.nitems, 2);
    assert_string_equal(m.items[0].label, "148");
    mnt_meeting_fini(&m);
    ext_doc_fini(&x);
}

/* A page's table as text with its cells between bars ("Udvalg: |
 * Social- og Sundhedsudvalget |"): the bars are no part of the values. */
static void test_fields_between_bars(void **state)
{
    (void)state;
    static const char header[] =
        "Beslutningsprotokol\ntorsdag den 6. marts 2014 kl. 15:00\n"
        "Mødested: | Lokale 425, Skelbækvej |\n"
        "Udvalg: | Social- og Sundhedsudvalget |\n"
        "Medlemmer: | Holger Tvede, Lene Holm |\n";
    struct mnt_meeting m;
    parse_text(header, &m);
    expect_str("council", header, m.council, "Social- og Sundhedsudvalget");
    expect_str("place", header, m.place, "Lokale 425, Skelbækvej");
    mnt_meeting_fini(&m);
}

/* The meeting record gets the attendance in its shapes; an item's
 * attendees are never its body. */
static void test_attendance_shapes(void **state)
{
    (void)state;
    static const struct {
        const char *header;
        const char *want[3]; /* substrings of the meeting's attendees */
        const char * not ;   /* and one it must not have, or NULL */
    } cases[] = {
        {"Handicaprådet\nDato: 5. marts 2024\nDeltagere\tAage Brask (A), Eva "
         "Lund (V)\nFraværende\tKim Dahl (C)\nGæst\tBo Kjær, konsulent",
         {"Aage Brask (A)", "Fraværende: Kim Dahl (C)", "Gæst: Bo Kjær"},
         NULL},
        {"Ældrerådet\nDato: 5. marts 2024\nAfbud fra: Kim Dahl og Eva Lund\n"
         "Fraværende: ingen",
         {"Afbud fra: Kim Dahl og Eva Lund", "Fraværende: ingen", NULL},
         NULL},
        {"Udsatterådet\nDato: 5. marts 2024\n\nDeltagere:\n• Aage Brask, "
         "formand"
         "\n• Eva Lund\n\nAfbud:\n• Kim Dahl\n",
         {"Aage Brask, formand, Eva Lund", "Afbud: Kim Dahl", NULL},
         NULL},
        {"Integrationsrådet\nDato: 5. marts 2024\nMedlemmer\nAage Brask (A)\n"
         "Eva Lund (V)\nFraværende med afbud\nKim Dahl (Ø)",
         {"Aage Brask (A), Eva Lund (V)", "Kim Dahl (Ø)", NULL},
         NULL},
        /* a bulleted list ends at a line without a bullet */
        {"Referat - Kommunalbestyrelsen den 31. oktober 2023\nMedlemmer\n"
         "  • Aage Brask (A)\n  • Eva Lund (V)\nFraværende med afbud\n"
         "  • Kim Dahl (O)\nBemærkninger\nMødet sluttede tidligt",
         {"Medlemmer: Aage Brask (A), Eva Lund (V)\n",
          "Fraværende med afbud: Kim Dahl (O)", NULL},
         "Bemærkninger"},
        /* a field's value ends where no wrapped list goes on */
        {"Teknikudvalget\nMødedato: 7. marts 2024\nAfbud: Eva Lund (V)\n"
         "Aabenraa Kommune\nDeltagere: Aage Brask, Kim Dahl,\nBo Kjær",
         {"Afbud: Eva Lund (V)\n", "Deltagere: Aage Brask, Kim Dahl, Bo Kjær",
          NULL},
         NULL},
        /* the staff present, a field of its own after the list */
        {"Ældrerådet\nDato: 14. december 2022\nMødedeltagere:\n"
         "Aage Brask (IH), Eva Lund (EL) og Kim Dahl (KD)\n"
         "Fra forvaltningen: Ingen\nÆldrerådet i Søby",
         {"og Kim Dahl (KD)\nFra forvaltningen: Ingen", NULL, NULL},
         "Søby"},
        /* a name-a-line list ends at a phrase, a heading word, capitals */
        {"Kulturudvalget\nDato: 5. marts 2024\nMedlemmer\nAage Brask\nEva "
         "Lund\n"
         "Fraværende\nAage Brask\nBemærkninger til dagsorden\nIngen",
         {"Medlemmer: Aage Brask, Eva Lund\n", "Fraværende: Aage Brask", NULL},
         "Bemærkninger"},
        {"Kulturudvalget\nDato: 5. marts 2024\nTilstede:\nAage Brask\nEva "
         "Lund\n"
         "ÅBNE SAGER\nIndhold",
         {"Tilstede: Aage Brask, Eva Lund", NULL, NULL},
         "SAGER"},
        /* fields inside one line (a flattened PDF page) */
        {"1 Referat Handicaprådet Mødedato: Mandag den 23. november 2015 "
         "Mødested: Rådhuset Medlemmer: Aage Brask (C) Eva Lund (O) Deltagere: "
         "Kim Dahl Fraværende: Bo Kjær Sagsoversigt Side 01. Budget 3",
         {"Medlemmer: Aage Brask (C) Eva Lund (O)\n", "Deltagere: Kim Dahl\n",
          "Fraværende: Bo Kjær"},
         "Sagsoversigt"},
        {"Dagsorden Forum: Handicaprådet Tid: 14. marts 2018, kl. 15 "
         "Deltagere: Aage Brask, Eva Lund Afbud: Referent: Kim Dahl",
         {"Deltagere: Aage Brask, Eva Lund\n", "Referent: Kim Dahl", NULL},
         "Afbud"},
        {"Seniorrådet\nDato: 5. marts 2024\nTil stede: Aage Brask, Eva Lund\n"
         "Afbud: Kim Dahl\nGæster: Bo Kjær (forvaltningen)",
         {"Til stede: Aage Brask", "Afbud: Kim Dahl", "Gæster: Bo Kjær"},
         NULL},
    };
    for (size_t i = 0; i < N(cases); i++) {
        struct mnt_meeting m;
        parse_text(cases[i].header, &m);
        for (size_t k = 0; k < 3 && cases[i].want[k] != NULL; k++)
            if (m.attendees == NULL ||
                strstr(m.attendees, cases[i].want[k]) == NULL)
                fail_msg("attendees <%s> lack <%s> in:\n%s",
                         m.attendees ? m.attendees : "(null)", cases[i].want[k],
                         cases[i].header);
        if (cases[i].not != NULL && m.attendees != NULL &&
            strstr(m.attendees, cases[i].not ) != NULL)
            fail_msg("attendees <%s> have <%s>", m.attendees, cases[i].not );
        for (size_t k = 0; k < m.nitems; k++)
            if (m.items[k].attendees != NULL && m.items[k].body != NULL &&
                strcmp(m.items[k].attendees, m.items[k].body) == 0)
                fail_msg("item %zu's attendees are its body", k);
        mnt_meeting_fini(&m);
    }
}

/* A transcript whose date field lost its date ("Mødedato: Mandag den
 * Mødetidspunkt: …"): the first item's "Godkendelse af dagsorden for
 * mødet den 8. april 2019" names the day; the contents' entry without its
 * year does not. No such item: still no date. */
static void test_date_from_agenda_approval(void **state)
{
    (void)state;
    static const char lost[] =
        "1 Referat Byrådet Møde nr.: 4/2019 Dannet den: Tirsdag den "
        "Mødedato: Mandag den Mødetidspunkt: 19:00-20:40 Mødested: "
        "Byrådssalen\n\n"
        "2 Indholdsfortegnelse 1. Godkendelse af dagsorden for mødet den "
        "8. april Salg af areal ved Næstvedvej...4\n\n"
        "3 Side 2 1. Godkendelse af dagsorden for mødet den 8. april 2019 "
        "Sagsnr.: 19/1200 Beslutning Godkendt.";
    static const char none[] =
        "1 Referat Byrådet Møde nr.: 4/2019 Dannet den: Tirsdag den "
        "Mødedato: Mandag den Mødetidspunkt: 19:00-20:40 Mødested: "
        "Byrådssalen";
    struct mnt_meeting m;
    parse_text(lost, &m);
    expect_str("date", lost, m.date, "2019-04-08");
    mnt_meeting_fini(&m);
    parse_text(none, &m);
    expect_str("date", none, m.date, NULL);
    mnt_meeting_fini(&m);
}

/* A lokalråd, a town's citizens' council, is an association of its own:
 * the town it is named after ("FAABORG LOKALRÅD") gives its minutes no
 * authority; a municipality the text names in full still is one. */
static void test_lokalraad_authority(void **state)
{
    (void)state;
    static const char own[] =
        "Referat fra møde i FAABORG LOKALRÅD tirsdag den 23. februar 2016 "
        "kl. 15-17\n\n1. Gensidig orientering\n\nIntet nyt.\n\n"
        "2. Eventuelt\n\nIntet.\n";
    static const char named[] =
        "Referat fra møde i FAABORG LOKALRÅD tirsdag den 23. februar 2016 "
        "kl. 15-17\n\n1. Gensidig orientering\n\nFaaborg-Midtfyn Kommune "
        "har svaret på vores brev.\n\n2. Eventuelt\n\nIntet.\n";
    struct mnt_meeting m;
    parse_text(own, &m);
    expect_str("authority", own, m.authority, NULL);
    mnt_meeting_fini(&m);
    parse_text(named, &m);
    expect_str("authority", named, m.authority, "Faaborg-Midtfyn Kommune");
    mnt_meeting_fini(&m);
}

/* A town named only as where a member moves to ("flytter til Aarhus")
 * is no evidence of the council's municipality: with no other name, the
 * authority stays unknown; a town the items are about ("ledningerne i
 * Birkerød") still names it. */
static void test_town_moved_to_is_no_authority(void **state)
{
    (void)state;
    static const char text[] =
        "Dagsorden med vedtagelser\nUdvalg:\nKommunalbestyrelsen\n"
        "Mødedato:\n12. december 2018\n\n"
        "1. Fritagelse for hvervet\n"
        "Et medlem flytter til Aarhus af arbejdsmæssige grunde.\n"
        "Beslutning\nGodkendt.\n\n"
        "2. Eventuelt\nBeslutning\nIntet.\n";
    struct mnt_meeting m;
    struct err e;
    memset(&m, 0, sizeof m);
    if (mnt_parse(text, strlen(text), NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
    expect_str("authority", text, m.authority, NULL);
    mnt_meeting_fini(&m);
    static const char town[] =
        "Dagsorden med vedtagelser\nUdvalg:\nKommunalbestyrelsen\n"
        "Mødedato:\n12. december 2018\n\n"
        "1. Vandtakster\nLedningerne i Birkerød skal skiftes.\n"
        "Beslutning\nGodkendt.\n";
    memset(&m, 0, sizeof m);
    if (mnt_parse(town, strlen(town), NULL, &m, &e) != ERR_OK)
        fail_msg("mnt_parse: %s", e.msg);
    expect_str("authority", town, m.authority, "Rudersdal Kommune");
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_councils),
        cmocka_unit_test(test_authority),
        cmocka_unit_test(test_running_header_names_authority),
        cmocka_unit_test(test_authority_region_topic),
        cmocka_unit_test(test_regionsraad_towns_name_no_region),
        cmocka_unit_test(test_town_moved_to_is_no_authority),
        cmocka_unit_test(test_page_in_a_form),
        cmocka_unit_test(test_fields_between_bars),
        cmocka_unit_test(test_attendance_shapes),
        cmocka_unit_test(test_date_from_agenda_approval),
        cmocka_unit_test(test_lokalraad_authority),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
