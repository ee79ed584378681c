/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_flatpages.c - page breaks a flattened transcript lost
 * (issue 11): a heading right after a page's footer on the same line
 * ("… side 5 4 Takster"), pages that open with their own numbered
 * heading, a number without a full stop before a case file's fields,
 * "N: Title" headings, the last contents entry run into the last page,
 * and an item whose number the transcript dropped between two that kept
 * theirs. Each case is a few lines in our own words. */
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

/* A page line holding the end of one item, the page's footer and the
 * next item's heading without a full stop ("… Teknisk Udvalg, side 2 2
 * Vejplan …", "… Side 3 af 4 3 Trafik …"): the transcript lost the page
 * break, the number after the footer opens an item. */
static void test_flat_heading_after_footer(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Teknisk Udvalg Dato: 3. marts 2016 Sted: Mødelokale 2, "
        "Rådhuset Medlemmer: Ole Dam (A), Eva Krog (V), Vagn Rask (C)\n\n"
        "2 1 Orientering fra formanden Åben sag Sagsnr.: 16/10 Beslutning "
        "Teknisk Udvalg den Taget til efterretning. Teknisk Udvalg, , side 2 "
        "2 Vejplan for 2016 Åben sag Sagsnr.: 16/22 Sagsfremstilling Planen "
        "omfatter 14 veje i kommunen. Beslutning Teknisk Udvalg den "
        "Godkendt. Side 3 af 4 3 Trafiksikkerhed ved skolerne Åben sag "
        "Sagsnr.: 16/31 Sagsfremstilling Forvaltningen har talt biler ved "
        "fem skoler. Beslutning Teknisk Udvalg den Godkendt. Teknisk Udvalg, "
        ", side 4\n\n"
        "5 4 Eventuelt Åben sag Sagsnr.: 16/40 Beslutning Teknisk Udvalg den "
        "Intet. Teknisk Udvalg, , side 5\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Orientering fra formanden", "Vejplan for 2016",
        "Trafiksikkerhed ved skolerne", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* Pages flattened to one line each that open with their numbered
 * heading (the page's number only in its footer): the headings head the
 * items though the lines are long, so a "1. … 2. …" list inside an
 * item's text loses to them; the short last page's title ends before
 * its case file's fields. */
static void test_flat_pages_open_with_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Vestby Byråd Ordinært møde Dato 9. marts 2017 Tid 18:00 "
        "Sted Byrådssalen Medlemmer Ole Dam (A) Eva Krog (V) Vagn Rask (C)\n\n"
        "Indholdsfortegnelse 1. Ny skolestruktur...3 2. Vejplan for "
        "2017...4 3. Salg af jord...5 Vestby Byråd - Referat Side 2 af 5\n\n"
        "1. Ny skolestruktur Sagsnr: 17/120 Sagen afgøres i: Byrådet "
        "Sagsfremstilling Strukturen har været i høring i seks uger, og der "
        "kom elleve svar fra skolebestyrelserne og fra forældrene. "
        "Beslutning Byrådet den 9. marts 2017 Godkendt. Vestby Byråd - "
        "Referat Side 3 af 5\n\n"
        "2. Vejplan for 2017 Sagsnr: 17/233 Sagen afgøres i: Byrådet "
        "Sagsfremstilling Planen rummer to slags arbejder. 1. Nye belægninger "
        "på seks veje. 2. Fortove ved tre skoler. Beslutning Byrådet den 9. "
        "marts 2017 Godkendt. Vestby Byråd - Referat Side 4 af 5\n\n"
        "3. Salg af jord Sagsnr: 17/301 Sagen afgøres i: Byrådet Beslutning "
        "Godkendt. Vestby Byråd - Referat Side 5 af 5\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Ny skolestruktur", "Vejplan for 2017",
                                         "Salg af jord"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A heading without a full stop inside a flattened page, the page break
 * lost: "… Fraværende: Ingen 14 Salg af grund Sagsnr.: …" opens item 14
 * (its title runs into the case file's fields); a number inside a title
 * ("lokalplan 12 Erhverv ved Havnen Sagsnr.: …") or after a field's
 * label opens none. */
static void test_flat_loose_heading_before_fields(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra mødet i Økonomiudvalget Mødedato: Tirsdag den 4. "
        "april 2017 Mødested: Rådhuset Medlemmer: Ole Dam (A) Eva Krog (V)\n\n"
        "2 12 Godkendelse af dagsorden Sagsnr.: 17/400 Sagen afgøres i: "
        "Økonomiudvalget Beslutning i Økonomiudvalget den : Godkendt. "
        "Fraværende: Ingen 2 Nordby Kommune Referat fra mødet i\n\n"
        "3 13 Vedtagelse af lokalplan 12 Erhverv ved Havnen Sagsnr.: 16/977 "
        "Sagen afgøres i: Byrådet Sagsbeskrivelse: Planen giver plads til "
        "fire nye virksomheder. Indstilling: Direktionen indstiller, at "
        "planen vedtages. Beslutning i Økonomiudvalget den : Anbefales. "
        "Fraværende: Ingen 14 Salg af grund ved skolen Sagsnr.: 17/121 Sagen "
        "afgøres i: Økonomiudvalget Sagsbeskrivelse: Der er kommet to bud. "
        "Beslutning i Økonomiudvalget den : Godkendt. Fraværende: Ingen 3 "
        "Nordby Kommune Referat fra mødet i\n";
    static const char *const labels[] = {"12", "13", "14"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden",
        "Vedtagelse af lokalplan 12 Erhverv ved Havnen",
        "Salg af grund ved skolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "N: Title" headings inside pages flattened to one line each: after a
 * sentence's end ("… godkendt. 2: Orientering …") or after the page's
 * number ("3 4: Eventuelt …"); a time "kl. 10:30" opens none. */
static void test_flat_colon_headings(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat af 2. møde i Kvalitetsrådet Afholdt onsdag den 8. marts "
        "2017 kl. 10:30 Deltagere Anna Friis (formand) Per Holm Eva Sand Ib "
        "Lund Afbud Mette Bak Fra sekretariatet Ole Vinter (referent) 1\n"
        "2 Formanden bød velkommen. 1: Godkendelse af dagsorden Dagsordenen "
        "blev godkendt. 2: Orientering fra sekretariatet Sekretariatet "
        "fortalte om arbejdet med de nye retningslinjer, som sendes i høring "
        "i maj. Rådet tog orienteringen til efterretning. 3: Plan for "
        "efteråret Rådet drøftede emnerne for de næste tre møder og bad "
        "sekretariatet om et oplæg. 2\n"
        "3 4: Eventuelt Næste møde holdes den 7. juni 2017. Referent: Ole "
        "Vinter 3\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Orientering fra sekretariatet",
                                         "Plan for efteråret", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* The contents' last entry after the last item's title ("… Skolernes
 * ferieplan Eventuelt") had no page of its own: the transcript ran it on
 * after the last decision ("… godkendt. Eventuelt Ingen bemærkninger."),
 * one more item. */
static void test_flat_contents_tail_item(void **state)
{
    (void)state;
    static const char text[] =
        "1 REFERAT Ældrerådet Mødedato: Tirsdag den Mødested: Mødelokale 3, "
        "Rådhuset, Torvet 1, 6100 Haderslev Starttidspunkt: Kl. 10:00 "
        "Sluttidspunkt: Kl. 12:00 Afbud: Ole Dam Fraværende: Bemærkninger:\n\n"
        "2 Ældrerådet, Indholdsfortegnelse Sag nr. Side 4. Budget for "
        "ældreområdet Nyt plejecenter i Vojens Skolernes ferieplan "
        "Eventuelt\n\n"
        "3 Ældrerådet, Side Budget for ældreområdet OLEDAM / 09/1102 ÅBEN SAG "
        "Sagsfremstilling "
        "Forvaltningen gennemgik budgettet for næste år, som holder rammen. "
        "Beslutning Taget til efterretning.\n\n"
        "4 Ældrerådet, Side Nyt plejecenter i Vojens EVAKRO / 09/0877 ÅBEN SAG "
        "Sagsfremstilling "
        "Byggeriet går i gang til foråret, og rådet har fået tegningerne. "
        "Beslutning Rådet ønsker flere fællesarealer.\n\n"
        "5 Ældrerådet, Side Skolernes ferieplan OLEDAM / 09/1310 ÅBEN SAG "
        "Sagsfremstilling "
        "Planen er sendt til høring hos rådene. Beslutning Ingen "
        "bemærkninger til planen. Eventuelt Formanden deltager i et møde om "
        "trafik i maj.\n";
    static const char *const titles[] = {"Budget for ældreområdet",
                                         "Nyt plejecenter i Vojens",
                                         "Skolernes ferieplan", "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 4)
        fail_msg("%zu items (layout %s), want 4", m.nitems, m.layout);
    for (size_t k = 0; k < 4; k++)
        expect_title(&m.items[k], titles[k]);
    assert_non_null(strstr(m.items[3].body, "trafik i maj"));
    assert_null(strstr(m.items[2].body, "Eventuelt"));
    mnt_meeting_fini(&m);
}

/* A transcript that lost one heading's number: the page opens with its
 * number and the title, in lower case, running into the case file's
 * fields ("3 regnskab for havnen Sagsnr.: …") between items 21 and 23 -
 * item 22, not the text of item 21. */
static void test_flat_page_lost_number(void **state)
{
    (void)state;
    static const char text[] =
        "Referat fra mødet i Økonomiudvalget Mødedato: Mandag den 2. maj "
        "2016 Mødested: Rådhuset Medlemmer: Ole Dam (A) Eva Krog (V)\n\n"
        "2 21 Godkendelse af dagsorden Sagsnr.: 16/500 Sagen afgøres i: "
        "Økonomiudvalget Beslutning i Økonomiudvalget den : Godkendt. "
        "Fraværende: Ingen 2 Nordby Kommune Referat fra mødet i\n\n"
        "3 regnskab for havnen 2015 Sagsnr.: 16/611 Sagen afgøres i: "
        "Byrådet Sagsbeskrivelse: Havnen kom ud med et lille overskud, og "
        "indtægterne fra lejemålene steg. Indstilling: Direktionen "
        "indstiller, at regnskabet godkendes. Beslutning i Økonomiudvalget "
        "den : Anbefales. Fraværende: Ingen 3 Nordby Kommune Referat fra "
        "mødet i\n\n"
        "4 23 Salg af grund ved skolen Sagsnr.: 16/702 Sagen afgøres i: "
        "Økonomiudvalget Sagsbeskrivelse: Der er kommet to bud på grunden, "
        "og det højeste er på 0,8 mio. kr. Indstilling: Direktionen "
        "indstiller, at grunden sælges. Beslutning i Økonomiudvalget den : "
        "Godkendt. Fraværende: Ingen 4 Nordby Kommune Referat fra mødet i\n";
    static const char *const labels[] = {"21", "22", "23"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "regnskab for havnen 2015",
                                         "Salg af grund ved skolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* The running header keeps its page's number ("5 Ældrerådet, Side 5
 * Budget …"): the number after "Side" is the page's, no item's; the
 * pages open with the items' titles before their fields. The contents'
 * column "Sag nr." kept the first entry's number (4: item 1 is on page
 * 5), and the items count on from it. */
static void test_flat_header_keeps_page_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 REFERAT Ældrerådet Mødedato: Tirsdag den Mødested: Mødelokale 3, "
        "Rådhuset Starttidspunkt: Kl. 10:00 Afbud: Fraværende:\n\n"
        "2 Ældrerådet, Indholdsfortegnelse Sag nr. Side 4. Budget for "
        "ældreområdet Nyt plejecenter i Vojens Skolernes ferieplan\n\n"
        "3 Ældrerådet, Side 5 Budget for ældreområdet OLEDAM / 09/1102 "
        "Sagsfremstilling Forvaltningen gennemgik budgettet for næste år. "
        "Rådet drøftede sagen grundigt, og flere medlemmer stillede spørgsmål "
        "til forvaltningen om tidsplanen og økonomien. "
        "Beslutning Taget til efterretning.\n\n"
        "4 Ældrerådet, Side 6 Nyt plejecenter i Vojens EVAKRO / 09/0877 "
        "Sagsfremstilling Byggeriet går i gang til foråret. "
        "Rådet drøftede sagen grundigt, og flere medlemmer stillede spørgsmål "
        "til forvaltningen om tidsplanen og økonomien. "
        "Beslutning "
        "Rådet ønsker flere fællesarealer.\n\n"
        "5 Ældrerådet, Side 7 Skolernes ferieplan OLEDAM / 09/1310 "
        "Sagsfremstilling Planen er sendt til høring hos rådene. "
        "Rådet drøftede sagen grundigt, og flere medlemmer stillede spørgsmål "
        "til forvaltningen om tidsplanen og økonomien. "
        "Beslutning "
        "Ingen bemærkninger.\n";
    static const char *const labels[] = {"4", "5", "6"};
    static const char *const titles[] = {"Budget for ældreområdet",
                                         "Nyt plejecenter i Vojens",
                                         "Skolernes ferieplan"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A case handler's initials with a Danish capital ("ØKBUIT / 08/1190")
 * are the field line after a title run on after the decision before. */
static void test_flat_initials_with_danish_capital(void **state)
{
    (void)state;
    static const char text[] =
        "1 REFERAT Ældrerådet Mødedato: Tirsdag den Mødested: Mødelokale 3, "
        "Rådhuset Starttidspunkt: Kl. 10:00 Afbud: Fraværende:\n\n"
        "2 Ældrerådet, Indholdsfortegnelse Sag nr. Side 31. Budget for "
        "ældreområdet Nyt plejecenter i Vojens Skolernes ferieplan\n\n"
        "3 Ældrerådet, Side Budget for ældreområdet OLEDAM / 09/1102 "
        "Sagsfremstilling Forvaltningen gennemgik budgettet for næste år. "
        "Rådet drøftede sagen grundigt, og flere medlemmer stillede spørgsmål "
        "til forvaltningen om tidsplanen og økonomien. "
        "Beslutning Taget til efterretning. Nyt plejecenter i Vojens "
        "ØKÆVKR / 09/0877 Sagsfremstilling Byggeriet går i gang til "
        "foråret. "
        "Rådet drøftede sagen grundigt, og flere medlemmer stillede spørgsmål "
        "til forvaltningen om tidsplanen og økonomien. "
        "Beslutning Rådet ønsker flere fællesarealer.\n\n"
        "4 Ældrerådet, Side Skolernes ferieplan OLEDAM / 09/1310 "
        "Sagsfremstilling Planen er sendt til høring hos rådene. "
        "Rådet drøftede sagen grundigt, og flere medlemmer stillede spørgsmål "
        "til forvaltningen om tidsplanen og økonomien. "
        "Beslutning "
        "Ingen bemærkninger.\n";
    static const char *const titles[] = {"Budget for ældreområdet",
                                         "Nyt plejecenter i Vojens",
                                         "Skolernes ferieplan"};
    struct mnt_meeting m;
    parse_text(text, &m);
    if (m.nitems != 3)
        fail_msg("%zu items (layout %s), want 3", m.nitems, m.layout);
    for (size_t k = 0; k < 3; k++)
        expect_title(&m.items[k], titles[k]);
    mnt_meeting_fini(&m);
}

/* The closed item's page keeps its heading's number after the mark
 * ("6 Ældrerådet, Side LUKKET MØDE 33. Køb af jord EVAKRO / 09/0412 …")
 * where the other pages lost theirs: one more item, its number kept. */
static void test_flat_closed_item_keeps_number(void **state)
{
    (void)state;
    static const char text[] =
        "1 REFERAT Ældrerådet Mødedato: Tirsdag den Mødested: Mødelokale 3, "
        "Rådhuset Starttidspunkt: Kl. 10:00 Afbud: Fraværende:\n\n"
        "2 Ældrerådet, Indholdsfortegnelse Sag nr. Side 31. Budget for "
        "ældreområdet Nyt plejecenter i Vojens LUKKET MØDE 33. Køb af jord\n\n"
        "3 Ældrerådet, Side Budget for ældreområdet OLEDAM / 09/1102 "
        "Sagsfremstilling Forvaltningen gennemgik budgettet for næste år. "
        "Rådet drøftede sagen grundigt, og flere medlemmer stillede spørgsmål "
        "til forvaltningen om tidsplanen og økonomien. "
        "Beslutning Taget til efterretning.\n\n"
        "4 Ældrerådet, Side Nyt plejecenter i Vojens EVAKRO / 09/0877 "
        "Sagsfremstilling Byggeriet går i gang til foråret. "
        "Rådet drøftede sagen grundigt, og flere medlemmer stillede spørgsmål "
        "til forvaltningen om tidsplanen og økonomien. "
        "Beslutning Rådet ønsker flere fællesarealer.\n\n"
        "5 Ældrerådet, Side LUKKET MØDE 33. Køb af jord EVAKRO / 09/0412 "
        "Beslutning Godkendt.\n";
    static const char *const labels[] = {"1", "2", "33"};
    static const char *const titles[] = {
        "Budget for ældreområdet", "Nyt plejecenter i Vojens", "Køb af jord"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents entry whose dotted leaders are glued to its last
 * word ("… ved Osted Skole...14"): the word before the leaders is the
 * entry's last one, so the page's heading keeps it ("… ved Osted
 * Skole Sagsnr.: …" is not cut to "… ved Osted"). */
static void test_flat_toc_glued_leaders(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat fra møde i Kommunalbestyrelsen mandag den 22. februar "
        "2010 Mødet startede kl. 18:00 i Rådssalen, Lejre\n\n"
        "2 Indholdsfortegnelse 1. KB - Spørgetid KB - Godkendelse af "
        "dagsorden TM - Forslag til Lokalplan LK 21 for boliger ved Osted "
        "Skole...14\n\n"
        "3 Lejre Kommune Kommunalbestyrelsen Side 3 1. KB - Spørgetid "
        "Sagsnr.: 10/11 Resumé: Kommunalbestyrelsens åbne møder begynder "
        "med spørgetid, hvor borgerne kan stille spørgsmål om emner af "
        "almen interesse. Indstilling: Ingen. Beslutning "
        "Kommunalbestyrelsen den : Der var to spørgsmål om stien langs "
        "Hvalsøvej. Sagsfremstilling: Spørgetiden varer højst en halv "
        "time. Beslutningskompetence: KB.\n\n"
        "4 Lejre Kommune Kommunalbestyrelsen Side 4 2. KB - Godkendelse "
        "af dagsorden Sagsnr.: 10/15 Resumé: Indstilling: Dagsordenen "
        "godkendes. Beslutning Kommunalbestyrelsen den : Godkendt. "
        "Fraværende: Bodil Hvam (V). Sagsfremstilling: "
        "Beslutningskompetence: KB.\n\n"
        "5 Lejre Kommune Kommunalbestyrelsen Side 5 3. TM - Forslag til "
        "Lokalplan LK 21 for boliger ved Osted Skole Sagsnr.: 09/1177 "
        "Resumé: Lokalplanen giver mulighed for 18 rækkehuse. "
        "Indstilling: Udvalget for Teknik & Miljø indstiller, at "
        "forslaget sendes i høring i 8 uger. Beslutning "
        "Kommunalbestyrelsen den : Godkendt. Sagsfremstilling: Området er "
        "i dag en boldbane.\n\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {
        "KB - Spørgetid", "KB - Godkendelse af dagsorden",
        "TM - Forslag til Lokalplan LK 21 for boliger ved Osted Skole"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A flattened contents page that opens with its own header before its
 * name ("2 Side 1 Indholdsfortegnelse Punkt nr. Side 1. …"), its later
 * entries without numbers: still the contents, so item 1 is the heading
 * on page 3, not the contents' first entry. */
static void test_flat_toc_after_page_header(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Byrådet Møde nr.: 4/2019 Dannet den: Tirsdag den "
        "Mødedato: Mandag den Mødetidspunkt: 19:00-20:40 Mødested: "
        "Byrådssalen Medlemmer Asger Lund (hjaslu) V Sonja Brix (kada) "
        "V Jørn Ask (hjjoas) O Erling Ravn (hjerra) C Ida Holt (idho) Ø "
        "Lise Bro (libr) A Tage Kure (tgku) A Fraværende Sonja Brix "
        "(kada) V Bemærkninger\n\n"
        "2 Side 1 Indholdsfortegnelse Punkt nr. Side 1. Godkendelse af "
        "dagsorden for mødet den 8. april Lise Bro ønsker en sag på "
        "Byrådets møde vedr. belysning på stien ved Søndersø Ændring af "
        "takster for Ringsted Svømmehal (KFU) Anlægsbevilling til ny "
        "legeplads i Benløse (BUU) Salg af areal ved Næstvedvej "
        "(Genoptaget) (PBU)...6\n\n"
        "3 Side 2 1. Godkendelse af dagsorden for mødet den 8. april "
        "2019 Sagsnr.: 19/1200 Beslutning Godkendt. Fraværende: Karen "
        "Dam (kada) V\n\n"
        "4 Side 3 2. Lise Bro ønsker en sag på Byrådets møde vedr. "
        "belysning på stien ved Søndersø Sagsnr.: 19/3311 Resume Lise "
        "Bro (A) har bedt om at få en sag på dagsordenen om lys på "
        "stien mellem Søndersø og stationen, da stien bruges af mange "
        "skoleelever om morgenen. Beslutning Byrådet besluttede, at "
        "sagen oversendes til Klima- og Miljøudvalget. Fraværende: "
        "Sonja Brix (kada) V\n\n"
        "5 Side 4 3. Ændring af takster for Ringsted Svømmehal (KFU) "
        "Sagsnr.: 19/0877 Resume Taksterne i Ringsted Kommunes "
        "svømmehal har ikke været reguleret siden 2015. Indstilling "
        "Forvaltningen indstiller, at taksterne hæves med 5 kr. for "
        "voksne. Beslutning Godkendt. Fraværende: Sonja Brix (kada) V "
        "Sagsfremstilling Prisen for en voksenbillet bliver 45 kr. "
        "Børnebilletter er uændrede.\n\n"
        "6 Side 5 4. Anlægsbevilling til ny legeplads i Benløse (BUU) "
        "Sagsnr.: 19/0412 Resume Legepladsen ved Benløse Skole er "
        "nedslidt. Indstilling Forvaltningen indstiller, 1. at der "
        "gives en anlægsbevilling på 0,8 mio. kr., 2. at beløbet "
        "finansieres af kassen. Beslutning Godkendt. Fraværende: Karen "
        "Dam (kada) V\n\n"
        "7 Side 6 5. Salg af areal ved Næstvedvej (Genoptaget) (PBU) "
        "Sagsnr.: 18/5120 Resume Sagen blev udsat på sidste møde. En "
        "nabo har budt 120.000 kr. for arealet. Indstilling "
        "Forvaltningen indstiller, at arealet sælges. Beslutning "
        "Godkendt med 19 stemmer for og 2 imod (Ø). Fraværende: Karen "
        "Dam (kada) V\n\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden for mødet den 8. april 2019",
        "Lise Bro ønsker en sag på Byrådets møde vedr. belysning på stien "
        "ved Søndersø",
        "Ændring af takster for Ringsted Svømmehal (KFU)",
        "Anlægsbevilling til ny legeplads i Benløse (BUU)",
        "Salg af areal ved Næstvedvej (Genoptaget) (PBU)"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* An Acadre page flattened to one line ("Punkt: 2 Acadre sagsnr.: …
 * Sagsbehandler: Per Holm Budgetopfølgning 2, 2017 Baggrund …") that
 * the reader cut before the title the contents name: the piece with the
 * heading holds only the case file's fields, so the title is the start
 * of the next piece, never the first field's label ("Acadre"). */
static void test_flat_fields_piece_title_next(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Skoleudvalget Referat fra ordinært møde D2 Tirsdag kl. 17:00 "
        "Følgende sager behandles på mødet Side Meddelelser 2 "
        "Kvartalsopfølgning 3, 2016 3 Nye skolestier i nordbyen 5 "
        "Bilagsoversigt 7 Bemærkninger til dagsorden\n\n"
        "2 Skoleudvalget Punkt: 1 Acadre sagsnr.: 16/2201 Journalnr.: A00 "
        "Sagsforløb: SU - Åben sag Mødedato: Sagsansvarlig enhed: Skole og "
        "Dagtilbud Sagsbehandler: Eva Lind Meddelelser Baggrund Formanden "
        "orienterede om skolernes ferieplan. Beslutning Taget til "
        "efterretning. Skoleudvalget Tirsdag den Side 2\n\n"
        "3 Skoleudvalget Punkt: 2 Acadre sagsnr.: 16/2202 Journalnr.: S00 "
        "Sagsforløb: SU-KB - Åben sag Mødedato: Sagsansvarlig enhed: "
        "Økonomi Sagsbehandler: Bo Krag Kvartalsopfølgning 3, 2016 "
        "Baggrund Opfølgningen viser et lille merforbrug på "
        "specialundervisningen. Beslutning Anbefales. Skoleudvalget "
        "Tirsdag den Side 3\n\n"
        "5 Skoleudvalget Punkt: 3 Acadre sagsnr.: 16/2203 Journalnr.: P20 "
        "Sagsforløb: SU - Åben sag Mødedato: Sagsansvarlig enhed: Vej og "
        "Park Sagsbehandler: Ida Ravn Nye skolestier i nordbyen Baggrund "
        "To nye stier skal give en sikrere skolevej. Beslutning Godkendt. "
        "Skoleudvalget Tirsdag den Side 5\n";
    static const char *const labels[] = {"1", "2", "3"};
    static const char *const titles[] = {"Meddelelser",
                                         "Kvartalsopfølgning 3, 2016",
                                         "Nye skolestier i nordbyen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* A contents entry glued to its dotted leaders ("… Vestby Syd...5"):
 * the entry's last word ends at the dots, so the heading glued to its
 * "Sagsnr." keeps it ("… Kloakering af Vestby Syd", not "… Vestby"). */
static void test_flat_contents_dotted_leader(void **state)
{
    (void)state;
    static const char text[] =
        "4 Indholdsfortegnelse Åbne punkter 1. Tillæg til "
        "spildevandsplan - Kloakering af Vestby Syd...5 Side 2. "
        "Godkendelse af takster for havnene Låneoptagelse for 2015 i "
        "august - Nordhavn Kommune Lukkede punkter 4. Salg af grund "
        "ved Kærby - Lukket punkt...12 Nordhavn Byråd - Referat august "
        "2015 Side 4 af 14\n"
        "\n"
        "5 1. Tillæg til spildevandsplan - Kloakering af Vestby Syd "
        "Sagsnr. 15/11842 Sagsbehandler Ib Dam Ansvarlig Teknik "
        "Beslutningskompetence BY Sagsfremstilling Forsyningen har "
        "søgt om at kloakere området syd for Vestby, hvor husene i dag "
        "har nedsivning. Tillægget har været i høring i otte uger uden "
        "bemærkninger. Indstilling Teknisk direktør indstiller, at "
        "tillægget vedtages endeligt. Beslutning Teknisk Udvalg den "
        "10. august 2015 Anbefales. Beslutning Økonomiudvalget den 19. "
        "august 2015 Anbefales. Beslutning Byrådet den 26. august 2015 "
        "Godkendt. Fraværende: Eva Krog Nordhavn Byråd - Referat "
        "august 2015 Side 5 af 14\n"
        "\n"
        "6 2. Godkendelse af takster for havnene 2016 Sagsnr. 15/9034 "
        "Sagsbehandler Bo Tange Ansvarlig Økonomi "
        "Beslutningskompetence BY Sagsfremstilling Havnene har sendt "
        "forslag til takster for 2016. Taksterne stiger med to "
        "procent. Indstilling Kommunaldirektøren indstiller, at "
        "taksterne godkendes. Beslutning Økonomiudvalget den 19. "
        "august 2015 Anbefales. Beslutning Byrådet den 26. august 2015 "
        "Godkendt. Fraværende: Eva Krog Nordhavn Byråd - Referat "
        "august 2015 Side 6 af 14\n"
        "\n"
        "7 3. Låneoptagelse for 2015 i august - Nordhavn Kommune "
        "Sagsnr. 15/10377 Sagsbehandler Mette Kragh Ansvarlig Økonomi "
        "Beslutningskompetence BY Sagsfremstilling Der er mulighed for "
        "at optage lån på 18,5 mio. kr. til energibesparende anlæg. "
        "Indstilling Kommunaldirektøren indstiller, at der optages lån "
        "som beskrevet. Beslutning Byrådet den 26. august 2015 "
        "Godkendt. Fraværende: Eva Krog Nordhavn Byråd - Referat "
        "august 2015 Side 7 af 14\n"
        "\n"
        "8 4. Salg af grund ved Kærby - Lukket punkt Beslutning "
        "Byrådet den 26. august 2015 Godkendt. Fraværende: Eva Krog "
        "Nordhavn Byråd - Referat august 2015 Side 8 af 14\n"
        "\n";
    static const char *const labels[] = {"1", "2", "3", "4"};
    static const char *const titles[] = {
        "Tillæg til spildevandsplan - Kloakering af Vestby Syd",
        "Godkendelse af takster for havnene 2016",
        "Låneoptagelse for 2015 i august - Nordhavn Kommune",
        "Salg af grund ved Kærby - Lukket punkt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript's pages open "N <type letter> Title Sagsfremstilling …"
 * without item numbers; its contents kept only some running numbers and
 * lost the titles' years ("… 71 Vejplan for byerne Skoleudbygning 2 73 …"). The
 * page of a title whose year the contents lost still heads an item, the items
 * take the contents' numbers (71 first, 73 third, the rest counted on) and a
 * closed page's title ends before its decision. */
static void test_flat_pages_contents_numbers(void **state)
{
    (void)state;
    static const char text[] =
        "Transkript\n\n"
        "1 Teknisk Udvalg Referat Møde 3. maj 2015 kl. 15:00 i Rådhuset "
        "Pkt. Tekst Side 71 Vejplan for byerne Skoleudbygning 2 73 Regnskab "
        "for "
        "havnen Lukket punkt: Salg af grund 4\n\n"
        "2 P Vejplan for byerne 2015 Sagsfremstilling Vejplanen er lavet om, "
        "så den "
        "følger de nye regler for vedligehold af veje og stier. Den viser, "
        "hvilke veje der skal have nyt slidlag i år, og hvilke der venter "
        "til næste år. Planen er drøftet med de lokale råd, som har sendt "
        "ønsker ind. Beslutning Godkendt. Teknisk Udvalg, 3. maj 2015 "
        "Side 1\n\n"
        "3 Ø Skoleudbygning Sagsfremstilling Skolen skal have to nye "
        "lokaler. Beslutning Godkendt. Teknisk Udvalg, 3. maj 2015 Side 2\n\n"
        "4 P Regnskab for havnen Sagsfremstilling Havnen gav overskud. "
        "Beslutning Taget til efterretning. Teknisk Udvalg, 3. maj 2015 "
        "Side 3\n\n"
        "5 Lukket punkt: Salg af grund Beslutning Godkendt. Teknisk "
        "Udvalg, 3. maj 2015 Side 4\n";
    static const char *const labels[] = {"71", "72", "73", "74"};
    static const char *const titles[] = {
        "Vejplan for byerne 2015", "Skoleudbygning", "Regnskab for havnen",
        "Lukket punkt: Salg af grund"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flat_pages_contents_numbers),
        cmocka_unit_test(test_flat_heading_after_footer),
        cmocka_unit_test(test_flat_pages_open_with_heading),
        cmocka_unit_test(test_flat_loose_heading_before_fields),
        cmocka_unit_test(test_flat_colon_headings),
        cmocka_unit_test(test_flat_contents_tail_item),
        cmocka_unit_test(test_flat_page_lost_number),
        cmocka_unit_test(test_flat_header_keeps_page_number),
        cmocka_unit_test(test_flat_initials_with_danish_capital),
        cmocka_unit_test(test_flat_closed_item_keeps_number),
        cmocka_unit_test(test_flat_toc_glued_leaders),
        cmocka_unit_test(test_flat_toc_after_page_header),
        cmocka_unit_test(test_flat_fields_piece_title_next),
        cmocka_unit_test(test_flat_contents_dotted_leader),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
