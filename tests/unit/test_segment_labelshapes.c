/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_labelshapes.c - item labels printed in other shapes than
 * "N. Title" (round ey, session 36): a transcript's page heading "3 1 -
 * Title", its number set off from its title by a dash, cut before the
 * number whether the page opens with it, the contents name its title
 * only or a contents table numbers its entries. Each case is a few lines
 * in our own words. */
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

static const char *const labels3[] = {"1", "2", "3"};
static const char *const titles3[] = {"Budgetopfølgning pr. 31. marts",
                                      "Tilskud til spejderhytten i Lunde",
                                      "Vejbelysning på Skolestien"};

/* "3 1 - Budgetopfølgning … J.nr.: …": a page opening with its number,
 * then the item's number and a dash before the title (no contents). */
static void test_page_opens_with_dash_label(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Økonomiudvalget\n\nTranskript\n\n"
        "1 Mødedato: Onsdag den 11-04-2012. Økonomiudvalget REFERAT "
        "Mødested: Mødelokale 2 Fraværende: Ingen Medlemmer: Ole Krog, "
        "Anne Brix, Bo Vang, Per Lind, Sara Møller, Jens Bak, Lone Dahl "
        "Mødetidspunkt: 16:00 Møde slut: 17:45 Sted: Rådhuset, "
        "mødelokale 2 Referent: Rolf Gade, sekretariatet Afbud: Ingen\n\n"
        "3 1 - Budgetopfølgning pr. 31. marts J.nr.: S00. Sagsnr.: 12/455 "
        "Sagsfremstilling: Forbruget følger budgettet på alle områder, "
        "og der ventes ingen overskridelser i år. Beslutning: Taget til "
        "efterretning. Økonomiafdelingen følger op igen i juni, når "
        "regnskabet for første halvår er gjort op og sendt til udvalget.\n\n"
        "4 2 - Tilskud til spejderhytten i Lunde J.nr.: G01. Sagsnr.: "
        "12/301 Sagsfremstilling: Spejderne søger om et tilskud til et "
        "nyt tag på hytten ved skoven. Hytten bruges også af skolen og "
        "af dagplejen i sommerferien, og taget er utæt flere steder. "
        "Beslutning: Bevilget.\n\n"
        "5 3 - Vejbelysning på Skolestien J.nr.: A00. Sagsnr.: 12/102 "
        "Sagsfremstilling: Forældre har bedt om lys på stien til skolen, "
        "som mange børn bruger om morgenen. Vejafdelingen har regnet på "
        "otte nye master langs stien. Beslutning: Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* "2 Indholdsfortegnelse Side 1. Budgetopfølgning … Tilskud …" and "3
 * 1 - Budgetopfølgning …": the contents' entry found on the page is cut
 * before its number and dash, not between them and the title. */
static void test_contents_entry_after_dash_label(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat Økonomiudvalget Mødedato: Onsdag den 11-04-2012 "
        "Mødested: Mødelokale 2 Fraværende: Ingen Medlemmer: Ole Krog, "
        "Anne Brix, Bo Vang\n\n"
        "2 Indholdsfortegnelse Side 1. Budgetopfølgning pr. 31. marts "
        "Tilskud til spejderhytten i Lunde Vejbelysning på Skolestien "
        "Underskriftsside\n\n"
        "3 1 - Budgetopfølgning pr. 31. marts J.nr.: S00. Sagsnr.: 12/455 "
        "Sagsfremstilling: Forbruget følger budgettet på alle områder, "
        "og der ventes ingen overskridelser i år. Beslutning: Taget til "
        "efterretning.\n\n"
        "4 2 - Tilskud til spejderhytten i Lunde J.nr.: G01. Sagsnr.: "
        "12/301 Sagsfremstilling: Spejderne søger om et tilskud til et "
        "nyt tag på hytten ved skoven. Beslutning: Bevilget.\n\n"
        "5 3 - Vejbelysning på Skolestien J.nr.: A00. Sagsnr.: 12/102 "
        "Sagsfremstilling: Forældre har bedt om lys på stien til skolen, "
        "som mange børn bruger om morgenen. Beslutning: Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* Vestby's flattened transcript: a contents table numbering its entries
 * ("2 Indholdsfortegnelse Pkt. Tekst Side … 1 Budgetopfølgning … 3 2
 * Tilskud …", a page's number lost), then three pages whose headings
 * print each number between `pre` and `post` ("3 1 - Budgetopfølgning",
 * "3 § 1 Budgetopfølgning"), parsed into m. */
static void parse_vestby_table(const char *pre, const char *post,
                               struct mnt_meeting *m)
{
    char text[4096];
    int len = snprintf(
        text, sizeof text,
        "Vestby Kommune Byrådet. Referat. Mødedato: 11. april 2012\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Mødedato: 11. april 2012 Mødelokale: Byrådssalen, Rådhuset "
        "Starttidspunkt for møde: 19:00 Sluttidspunkt: 21:10 Medlemmer: "
        "Ole Krog, Anne Brix, Bo Vang, Per Lind, Sara Møller, Jens "
        "Bak, Lone Dahl, Rolf Gade, Eva Lund Fraværende: Bo Vang ved "
        "afbud Referent: Tina Skov, sekretariatet 11. april 2012\n"
        "\n"
        "2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter "
        "1 Budgetopfølgning pr. 31. marts 3 2 Tilskud til spejderhytten "
        "i Lunde 4 3 Vejbelysning på Skolestien Lukkede dagsordenspunkter "
        "4 Salg af areal april\n"
        "\n"
        "3 %s1%s Budgetopfølgning pr. 31. marts S Sagsfremstilling Forbruget "
        "følger budgettet på alle områder, og der ventes ingen overskridelser "
        "i år. Det indstilles, at orienteringen tages til efterretning. "
        "Beslutning Taget til efterretning. Bo Vang var fraværende. "
        "11. april 2012\n"
        "\n"
        "4 %s2%s Tilskud til spejderhytten i Lunde S Sagsfremstilling "
        "Spejderne søger om et tilskud til et nyt tag på hytten ved "
        "skoven. Det indstilles, at tilskuddet bevilges. Beslutning "
        "Bevilget. Bo Vang var fraværende. 11. april 2012\n"
        "\n"
        "5 %s3%s Vejbelysning på Skolestien P Sagsfremstilling Forældre "
        "har bedt om lys på stien til skolen, som mange børn bruger "
        "om morgenen. Det indstilles, at der sættes otte master op. "
        "Beslutning Godkendt. Bo Vang var fraværende. 11. april 2012\n",
        pre, post, pre, post, pre, post);
    assert_true(len > 0 && (size_t)len < sizeof text);
    parse_text(text, m);
}

/* "2 Indholdsfortegnelse Pkt. Tekst Side … 1 Budgetopfølgning … 3 2
 * Tilskud …" (a contents table walked entry by entry, a page's number
 * lost) and "3 1 - Budgetopfølgning …": each entry found on its page is
 * cut before the number and dash that label it, not between them and
 * the title. */
static void test_contents_table_entry_after_dash_label(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_vestby_table("", " -", &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* "3 § 1 Budgetopfølgning … S Sagsfremstilling" under a contents table
 * numbering its entries: the page's heading is cut before its section
 * sign, which is the label's (round fj). */
static void test_contents_table_entry_after_paragraf_label(void **state)
{
    (void)state;
    struct mnt_meeting m;
    parse_vestby_table("\xC2\xA7 ", "", &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* "… Beslutning: Godkendt. 2 - Tilskud …", "… Side 2 3 - Vejbelysning
 * …": "N - Title" headings inside a flattened page, after a decision and
 * after the running header (round fj). */
static void test_dash_label_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Økonomiudvalget\n\nTranskript\n\n"
        "1 Mødedato: Onsdag den 11-04-2012. Økonomiudvalget REFERAT "
        "Mødested: Mødelokale 2 Fraværende: Ingen Afbud: Ingen "
        "1 - Budgetopfølgning pr. 31. marts Sagsnr.: 12/455 "
        "Sagsfremstilling: Forbruget følger budgettet på alle områder, "
        "og der ventes ingen overskridelser i år. Beslutning: Taget til "
        "efterretning. 2 - Tilskud til spejderhytten i Lunde Sagsnr.: "
        "12/301 Sagsfremstilling: Spejderne søger om et tilskud til et "
        "nyt tag på hytten ved skoven. Beslutning: Bevilget.\n\n"
        "2 Økonomiudvalget 11-04-2012 Side 2 3 - Vejbelysning på "
        "Skolestien Sagsnr.: 12/102 Sagsfremstilling: Forældre har bedt "
        "om lys på stien til skolen, som mange børn bruger om morgenen. "
        "Vejafdelingen har regnet på otte nye master langs stien. "
        "Beslutning: Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* "… Beslutning: Godkendt. § 2 Tilskud …", "2 § 3 Vejbelysning …": "§ N
 * Title" headings inside a flattened page; a statute's section in a
 * sentence ("efter styrelseslovens § 3 Kommunen …") heads nothing. */
static void test_paragraf_label_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Økonomiudvalget\n\nTranskript\n\n"
        "1 Mødedato: Onsdag den 11-04-2012. Økonomiudvalget REFERAT "
        "Mødested: Mødelokale 2 Fraværende: Ingen Afbud: Ingen "
        "§ 1 Budgetopfølgning pr. 31. marts Sagsfremstilling: Forbruget "
        "følger budgettet på alle områder, og der ventes ingen "
        "overskridelser i år. Beslutning: Taget til efterretning. § 2 "
        "Tilskud til spejderhytten i Lunde Sagsfremstilling: Spejderne "
        "søger om et tilskud efter styrelseslovens § 3 Kommunen kan "
        "give det. Beslutning: Bevilget.\n\n"
        "2 § 3 Vejbelysning på Skolestien Sagsfremstilling: Forældre har "
        "bedt om lys på stien til skolen, som mange børn bruger om "
        "morgenen. Vejafdelingen har regnet på otte nye master langs "
        "stien. Beslutning: Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* "… Taget til efterretning. 2) Tilskud … Spejderne …", "2 3) Vejbelysning
 * …": "N)" headings inside a flattened page with no case file's field,
 * case letter or section after their titles (round fq); a list of
 * lettered points in the text ("a) … b) …") heads nothing. */
static void test_paren_label_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Økonomiudvalget\n\nTranskript\n\n"
        "1 Mødedato: Onsdag den 11-04-2012. Økonomiudvalget REFERAT "
        "Mødested: Mødelokale 2 Fraværende: Ingen Afbud: Ingen "
        "1) Budgetopfølgning pr. 31. marts Forbruget følger budgettet på "
        "alle områder, og der ventes ingen overskridelser i år. Taget til "
        "efterretning. 2) Tilskud til spejderhytten i Lunde Spejderne "
        "søger om et tilskud til a) et nyt tag og b) Nye vinduer i "
        "hytten ved skoven. Bevilget.\n\n"
        "2 3) Vejbelysning på Skolestien Forældre har bedt om lys på "
        "stien til skolen, som mange børn bruger om morgenen. "
        "Vejafdelingen har regnet på otte nye master langs stien. "
        "Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* "Dagsorden: 1) … 3) Vejbelysning på Skolestien Ad 1) Budgetopfølgning
 * …": a flattened page's agenda list labelled "N)" and its items
 * answered "Ad N) Title"; the list ends before "Ad", which would
 * otherwise stay on the last entry's title (round fq). */
static void test_paren_agenda_then_ad_headings(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Økonomiudvalget\n\nTranskript\n\n"
        "1 Referat Økonomiudvalget Onsdag den 11. april 2012 kl. 16 "
        "Deltagere: Jens Lind, Mona Krog Afbud: Ingen Dagsorden: "
        "1) Budgetopfølgning pr. 31. marts 2) Tilskud til spejderhytten "
        "i Lunde 3) Vejbelysning på Skolestien Ad 1) Budgetopfølgning "
        "pr. 31. marts Forbruget følger budgettet. Ad 2) Tilskud til "
        "spejderhytten i Lunde Spejderne søger om et nyt tag. Bevilget. "
        "Ad 3) Vejbelysning på Skolestien Forældre har bedt om lys på "
        "stien. Godkendt. Side 1 af 1\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* "… Godkendt. 122. Kildevej 4 - Byggesag i partshøring Forventet …": a
 * house number after a street's name inside a title is no dash label
 * (round fj). */
static void test_house_number_before_dash(void **state)
{
    (void)state;
    static const char *const labels[] = {"121", "122", "123"};
    static const char *const titles[] = {"Godkendelse af dagsorden",
                                         "Kildevej 4 - Byggesag i partshøring",
                                         "Trafiksikkerhed ved Lynge Skole"};
    static const char text[] =
        "Referat Teknik- og Miljøudvalget\n\nTranskript\n\n"
        "1 Mødedato: Onsdag den 11-04-2012. Teknik- og Miljøudvalget "
        "REFERAT Mødested: Mødelokale 2 Fraværende: Ingen Afbud: Ingen "
        "121. Godkendelse af dagsorden Forventet sagsgang TM Beslutning "
        "Godkendt. 122. Kildevej 4 - Byggesag i partshøring Forventet "
        "sagsgang TM Anledning En ejer har søgt om at bygge en tagetage "
        "på et parcelhus. Beslutning Sendes i høring.\n\n"
        "2 123. Trafiksikkerhed ved Lynge Skole Forventet sagsgang TM "
        "Anledning Forældre har bedt om lys på stien til skolen, som "
        "mange børn bruger om morgenen. Beslutning Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "… Godkendt med en rettelse til pkt. 6. § 2 Tilskud …": a number's
 * full stop ends the sentence before a "§ N" heading; only a short word
 * in lower case before its stop ("jf.", "stk.") abbreviates (round fj). */
static void test_paragraf_label_after_number_stop(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Ældrerådet\n\nTranskript\n\n"
        "1 Ældrerådet Referat Mødedato: Tirsdag den 10-04-2012 Mødested: "
        "Mødelokale 2 Fraværende: Ingen § 1 Budgetopfølgning pr. 31. marts "
        "Rådet drøftede budgettet og tog det til efterretning. Referatet "
        "blev godkendt med en rettelse til pkt. 6. § 2 Tilskud til "
        "spejderhytten i Lunde Rådet anbefaler, at tilskuddet bevilges, "
        "da hytten bruges af mange. § 3 Vejbelysning på Skolestien Rådet "
        "bakker op om lys på stien til skolen.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* "… Beslutning: Godkendt. Åbent punkt 613 - Takster …": an item's
 * status before "punkt", its number and a dash before the title, inside
 * a flattened page (round fj). */
static void test_status_punkt_dash_inside_page(void **state)
{
    (void)state;
    static const char *const labels[] = {"612", "613", "614"};
    static const char text[] =
        "Referat Kommunalbestyrelsen\n\nTranskript\n\n"
        "1 Kommunalbestyrelsen 11. april 2012 Side: 3 TIL "
        "KOMMUNALBESTYRELSENS AFGØRELSE Åbent punkt 612 - Budgetopfølgning "
        "pr. 31. marts Forbruget følger budgettet på alle områder, og der "
        "ventes ingen overskridelser. Beslutning: Taget til efterretning. "
        "Åbent punkt 613 - Tilskud til spejderhytten i Lunde Spejderne "
        "søger om et tilskud til et nyt tag på hytten. Beslutning: "
        "Bevilget. Åbent punkt 614 - Vejbelysning på Skolestien Forældre "
        "har bedt om lys på stien til skolen. Beslutning: Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles3);
    mnt_meeting_fini(&m);
}

static const char *const agenda_labels[] = {"1", "2", "3", "4"};
static const char *const agenda_titles[] = {
    "Velkomst", "Godkendelse af referat",
    "Tidsplan for udrulning af nye dokumenttyper", "Næste møde"};

/* "… Dagsorden 1 - Velkomst 2 - Godkendelse af referat (vedhæftet) … 4 -
 * Næste møde maj 2006 kl Velkomst. …": an agenda list labelled "N -"
 * inside a flattened page, its entries naming the headings that follow
 * without their numbers (round fj). */
static void test_dash_agenda_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i arbejdsgruppen for digital post\n\n"
        "Transkript\n\n"
        "1 Referat af møde i arbejdsgruppen for digital post den 26. "
        "januar 2006 Tilstede: Karen Holm, Ole Dam, Per Skov, Lise Kaas "
        "Afbud fra: Peter Brun Dagsorden 1 - Velkomst 2 - Godkendelse af "
        "referat (vedhæftet) 3 - Tidsplan for udrulning af nye "
        "dokumenttyper 4 - Næste møde maj 2006 kl Velkomst. Formanden "
        "bød velkommen til to nye medlemmer. Godkendelse af referat. "
        "Referatet blev godkendt uden bemærkninger.\n\n"
        "2 Tidsplan for udrulning af nye dokumenttyper. Sekretariatet "
        "gennemgik et udkast til en tidsplan, og udvalget drøftede "
        "rækkefølgen. Næste møde. Næste møde holdes i maj 2006. Referent: "
        "Lise Kaas\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, agenda_labels, agenda_titles);
    mnt_meeting_fini(&m);
}

/* "… Dagsorden § 1 Velkomst § 2 … § 4 Næste møde maj 2006 kl Velkomst.
 * …": an agenda list labelled "§ N" inside a flattened page, its
 * entries naming the headings that follow without their labels (round
 * fj). */
static void test_paragraf_agenda_inside_page(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i arbejdsgruppen for digital post\n\n"
        "Transkript\n\n"
        "1 Referat af møde i arbejdsgruppen for digital post den 26. "
        "januar 2006 Tilstede: Karen Holm, Ole Dam, Per Skov, Lise Kaas "
        "Afbud fra: Peter Brun Dagsorden § 1 Velkomst § 2 Godkendelse af "
        "referat (vedhæftet) § 3 Tidsplan for udrulning af nye "
        "dokumenttyper § 4 Næste møde maj 2006 kl Velkomst. Formanden "
        "bød velkommen til to nye medlemmer. Godkendelse af referat. "
        "Referatet blev godkendt uden bemærkninger.\n\n"
        "2 Tidsplan for udrulning af nye dokumenttyper. Sekretariatet "
        "gennemgik et udkast til en tidsplan, og udvalget drøftede "
        "rækkefølgen. Næste møde. Næste møde holdes i maj 2006. Referent: "
        "Lise Kaas\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, agenda_labels, agenda_titles);
    mnt_meeting_fini(&m);
}

/* "… Dagsorden: § 1 Velkomst … § 4 Næste møde § 1 Velkomst Formanden …":
 * the list's last entry ends before the first heading's sign, not
 * between it and its number (round fj). */
static void test_paragraf_agenda_last_entry(void **state)
{
    (void)state;
    static const char text[] =
        "Referat af møde i arbejdsgruppen for digital post\n\n"
        "Transkript\n\n"
        "1 Referat af møde i arbejdsgruppen for digital post den 26. "
        "januar 2006 Tilstede: Karen Holm, Ole Dam, Per Skov, Lise Kaas "
        "Afbud: Peter Brun Dagsorden: § 1 Velkomst § 2 Godkendelse af "
        "referat § 3 Tidsplan for udrulning af nye dokumenttyper § 4 "
        "Næste møde § 1 Velkomst Formanden bød velkommen til to nye "
        "medlemmer. § 2 Godkendelse af referat Referatet blev godkendt "
        "uden bemærkninger.\n\n"
        "2 § 3 Tidsplan for udrulning af nye dokumenttyper Sekretariatet "
        "gennemgik et udkast til en tidsplan, og udvalget drøftede "
        "rækkefølgen. § 4 Næste møde Næste møde holdes i maj 2006. "
        "Referent: Lise Kaas\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 4, agenda_labels, agenda_titles);
    mnt_meeting_fini(&m);
}

/* "Indholdsfortegnelse Åbent punkt 1 - Title 3 … Lukket punkt 3 - Title
 * 6 Åbent punkt 1 - Title Sagsresumé …": the contents' entries labelled
 * with a dash, and the first item's heading after the last entry's page
 * cut before its whole label (round fj). */
static void test_contents_dash_entries_then_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Sygehusudvalget\n\nTranskript\n\n"
        "1 Referat Sygehusudvalget 12-09-2022 15:30 Regionshuset "
        "Medlemmer af udvalget: Karin Holm Formand (A), Poul Brink "
        "Næstformand (V), Sofie Lind (A) Fraværende: Sofie Lind (A) "
        "Indholdsfortegnelse Åbent punkt 1 - Budgetopfølgning pr. 31. "
        "marts 3 Åbent punkt 2 - Tilskud til spejderhytten i Lunde 4 "
        "Lukket punkt 3 - Vejbelysning på Skolestien 6 Åbent punkt 1 - "
        "Budgetopfølgning pr. 31. marts Sagsresumé Forbruget følger "
        "budgettet. Beslutning Taget til efterretning.\n\n"
        "2 Åbent punkt 2 - Tilskud til spejderhytten i Lunde Sagsresumé "
        "Spejderne søger om et tilskud til et nyt tag. Beslutning "
        "Bevilget. Lukket punkt 3 - Vejbelysning på Skolestien Sagsresumé "
        "Forældre har bedt om lys på stien. Beslutning Godkendt.\n";
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels3, titles3);
    mnt_meeting_fini(&m);
}

/* Items handled before the agenda's first, printed first and labelled
 * "N - Title" (round je): "12 - …", "13 - …", then "1 - …" to "3 - …",
 * each with sections of its own. The numbered chain's rule for "12." …
 * "1." holds for every label shape. */
static void test_dash_items_handled_first(void **state)
{
    (void)state;
    static const char text[] =
        "Referat\n"
        "af mødet i miljøudvalget\n"
        "den 4. maj 2023 kl. 15:00\n"
        "\n"
        "Punkterne 12 og 13 blev behandlet først.\n"
        "\n"
        "12 - Kontrakt om slamafvanding\n"
        "\n"
        "Resume\n"
        "\n"
        "Kontrakten med leverandøren udløber til sommer.\n"
        "\n"
        "Beslutning\n"
        "\n"
        "Kontrakten blev forlænget et år.\n"
        "\n"
        "13 - Tilsyn med renseanlæg i 2023\n"
        "\n"
        "Resume\n"
        "\n"
        "Forvaltningen fremlægger planen for årets tilsyn.\n"
        "\n"
        "Beslutning\n"
        "\n"
        "Planen blev godkendt.\n"
        "\n"
        "1 - Godkendelse af dagsorden\n"
        "\n"
        "Beslutning\n"
        "\n"
        "Dagsordenen blev godkendt.\n"
        "\n"
        "2 - Vandløbsregulativ for Lindebækken\n"
        "\n"
        "Resume\n"
        "\n"
        "Regulativet har været i høring i otte uger.\n"
        "\n"
        "Beslutning\n"
        "\n"
        "Regulativet blev vedtaget.\n"
        "\n"
        "3 - Eventuelt\n"
        "\n"
        "Beslutning\n"
        "\n"
        "Intet.\n";
    static const char *const labels[] = {"12", "13", "1", "2", "3"};
    static const char *const titles[] = {
        "Kontrakt om slamafvanding", "Tilsyn med renseanlæg i 2023",
        "Godkendelse af dagsorden", "Vandløbsregulativ for Lindebækken",
        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 5, labels, titles);
    mnt_meeting_fini(&m);
}

/* A transcript of one line a page, its contents numbering only their
 * first entry, its headings "N - Title" (round je): the contents' entry
 * "Budget for" (two words ending in a preposition, the year lost) ends
 * where the contents go on with the words the next heading opens with,
 * after its number and dash ("5 - Nyt fra formanden"), as after "5.". */
static void test_two_word_entry_ends_at_dash_heading(void **state)
{
    (void)state;
    static const char text[] =
        "Referat Møde den 2. marts 2012 kl\n"
        "\n"
        "Størrelse: px\n"
        "Starte visningen fra side:\n"
        "\n"
        "Download \"Referat Møde den 2. marts 2012 kl. 14.00\"\n"
        "\n"
        "Transkript\n"
        "\n"
        "1 Samsø Kommune Fredag den side 1 Referat Møde den 2. marts "
        "2012 kl Indholdsfortegnelse 1 - Godkendelse af dagsorden "
        "Orientering om stisystemet Høring om havneplanen Budget for "
        "Nyt fra formanden Eventuelt... 4\n"
        "\n"
        "2 Samsø Kommune Fredag den side 2 1 - Godkendelse af "
        "dagsorden. Godkendt. 2 - Orientering om stisystemet Der er "
        "lagt grus på tre nye strækninger ved kysten, og skiltningen "
        "bliver fornyet i løbet af foråret, når vejret tillader det. "
        "Rådet savner bænke langs de længste stræk.\n"
        "\n"
        "3 Samsø Kommune Fredag den side 3 3 - Høring om havneplanen "
        "Havnefogeden gennemgik planen for nye bådpladser og et "
        "værksted til foreningerne. Rådet skriver et høringssvar, der "
        "sendes til medlemmerne inden fristen udløber. 4 - Budget for "
        "Rådets midler bruges på to temamøder og et kursus, og resten "
        "overføres til næste år.\n"
        "\n"
        "4 Samsø Kommune Fredag den side 4 5 - Nyt fra formanden "
        "Formanden har deltaget i et møde om den lokale busrute, hvor "
        "der mangler afgange om aftenen og i weekenden. Sagen tages op "
        "igen på næste møde. 6 - Eventuelt Intet.\n";
    static const char *const labels[] = {"1", "2", "3", "4", "5", "6"};
    static const char *const titles[] = {
        "Godkendelse af dagsorden", "Orientering om stisystemet",
        "Høring om havneplanen",    "Budget for",
        "Nyt fra formanden",        "Eventuelt"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 6, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_opens_with_dash_label),
        cmocka_unit_test(test_contents_entry_after_dash_label),
        cmocka_unit_test(test_contents_table_entry_after_dash_label),
        cmocka_unit_test(test_dash_label_inside_page),
        cmocka_unit_test(test_paren_label_inside_page),
        cmocka_unit_test(test_paren_agenda_then_ad_headings),
        cmocka_unit_test(test_paragraf_label_inside_page),
        cmocka_unit_test(test_house_number_before_dash),
        cmocka_unit_test(test_contents_table_entry_after_paragraf_label),
        cmocka_unit_test(test_paragraf_label_after_number_stop),
        cmocka_unit_test(test_status_punkt_dash_inside_page),
        cmocka_unit_test(test_dash_agenda_inside_page),
        cmocka_unit_test(test_paragraf_agenda_inside_page),
        cmocka_unit_test(test_paragraf_agenda_last_entry),
        cmocka_unit_test(test_contents_dash_entries_then_heading),
        cmocka_unit_test(test_dash_items_handled_first),
        cmocka_unit_test(test_two_word_entry_ends_at_dash_heading),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
