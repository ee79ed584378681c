/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_segment_spaced.c - transcripts whose OCR spaced the letters of
 * words set in another font (docplayer pages of PDFs from 2002-2007, the
 * bs-, bv- and by- rounds): the sending committee after "Sag fra:"
 * letter-spaced behind the title ("… T e k n is k U d v a lg"), read in
 * pieces of up to three letters ("K u ltu ru d v a lg e t"), and a
 * journal label spaced with its number lost ("J. nr"), all ending the
 * title. Each case is a few lines in our own words. */
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

/* "Punkt 161 Takster for dagtilbud 2007 J. nr Taksterne …": a
 * transcript spaces the journal label ("J. nr") and drops its number;
 * the label ends the title after a year as after a word (bs- round). */
static void test_spaced_journal_label_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "1 Referat fra Sammenlægningsudvalgets ordinære møde mandag den 6. "
        "november 2006 på Nordby Rådhus\n\n"
        "2 Punkt 40 Valg af revision J. nr Tre firmaer har givet tilbud. "
        "Beslutning: Godkendt. Punkt 41 Takster for dagtilbud 2007 J. nr "
        "Taksterne samles i én takst pr. tilbud. Beslutning: Godkendt. "
        "Punkt 42 Mødeplan for 2007 J. nr Forslaget lægger op til ti møder. "
        "Beslutning: Godkendt.\n";
    static const char *const labels[] = {"40", "41", "42"};
    static const char *const titles[] = {
        "Valg af revision", "Takster for dagtilbud 2007", "Mødeplan for 2007"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Sag nr. 9 Sag fra: Vejbelysning i 2001 Anlægsregnskab T e k n is k U d
 * v a lg Journal nr.: …" (an old Word PDF via docplayer, the bv- round):
 * the "Sag fra:" label's value is the sending committee, printed in a
 * font the transcript spaces letter by letter after the title. The
 * label is no part of the title, and the spaced run ends it: the words
 * before it are the title's, a year and a capitalised genitive too. */
static void test_spaced_sender_ends_title(void **state)
{
    (void)state;
    static const char text[] =
        "Teknikudvalget den 4. marts 2002 Side 1 af 3 VESTBY KOMMUNE "
        "U DSKRIFT Teknikudvalget 4. marts 2002 kl. 16.00 Mødedeltagere: "
        "Ole Hald, K a re n B e c h. Fraværende: Mødet slut: Kl. 1 8.4 "
        "5\n"
        "Teknikudvalget den 4. marts 2002 Side 2 af 3 Sag nr. 3 Sag fra: "
        "Vejbelysning i 2001 Anlægsregnskab T e k n is k U d v a lg "
        "Journal nr.: 0 5.0 1 Lovgrundlag: D e r e r s k if te t 8 0 "
        "la m p e r. Beslutning: A n b e fa le s. Sag nr. 4 Sag fra: Ny "
        "takst for Vestby Kommunes Vandforsyning T e k n is k U d v a lg "
        "Journal nr.: 1 3.0 2 Lovgrundlag: T a k s te n h æ v e s. "
        "Beslutning: A n b e fa le s.\n"
        "Teknikudvalget den 4. marts 2002 Side 3 af 3 Sag nr. 5 Sag fra: "
        "Evaluering af naturskolen S k o le u d v a lg e t Journal nr.: "
        "1 7.0 0 Lovgrundlag: E n r a p p o rt. Beslutning: T a g e t "
        "til e fte rre tn in g.\n";
    static const char *const labels[] = {"3", "4", "5"};
    static const char *const titles[] = {
        "Vejbelysning i 2001 Anlægsregnskab",
        "Ny takst for Vestby Kommunes Vandforsyning",
        "Evaluering af naturskolen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

/* "Sag nr. 18 Sag fra: Tilskud til sejlklubbens klubhus K u ltu ru d v
 * a lg e t …": OCR split the sending committee's name into pieces of up
 * to three letters; those before the run of short pieces go with it,
 * not the title, while a title's own last short word stays ("… ny hal
 * K u ltu …"). */
static void test_spaced_run_three_letter_pieces(void **state)
{
    (void)state;
    static const char text[] =
        "Økonomiudvalget den 4. marts 2002 Side 1 af 2 VESTBY KOMMUNE "
        "U DSKRIFT Økonomiudvalget 4. marts 2002 kl. 16.00\n"
        "Økonomiudvalget den 4. marts 2002 Side 2 af 2 Sag nr. 7 Sag fra: "
        "Tilskud til sejlklubbens klubhus K u ltu ru d v a lg e t Journal "
        "nr.: 1 8.1 5 Lovgrundlag: K lu b b e n s ø g e r. Beslutning: "
        "A n b e fa le s. Sag nr. 8 Sag fra: Lån til ny hal K u ltu ru d v "
        "a lg e t Journal nr.: 1 8.2 0 Lovgrundlag: H a lle n e r g a m "
        "m e l. Beslutning: A n b e fa le s.\n";
    static const char *const labels[] = {"7", "8"};
    static const char *const titles[] = {"Tilskud til sejlklubbens klubhus",
                                         "Lån til ny hal"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 2, labels, titles);
    mnt_meeting_fini(&m);
}

/* A 2002 PDF read by OCR into one line a page: "Sag nr. 19 Sag fra:
 * Title S o c ia lu d v a lg e t Journal nr.: …", the label of the
 * committee that sent the case before the title and its value,
 * letter-spaced, after it: the title is what stands between them. */
static void test_sent_from_label_around_title(void **state)
{
    (void)state;
    static const char text[] =
        "Udvalget den 18. februar 2002 Side 2 af 4 Sag nr. 7 Sag fra: "
        "Revision af takster for hjemmehjælp S o c ia lu d v a lg e t "
        "Journal nr.: 2 7.1 2.0 0 S 0 0 /4 Lovgrundlag: L o v o m s o c ia "
        "l s e rv ic e. Indstilling: Socialudvalget indstiller, at "
        "taksterne godkendes. Beslutning: Anbefales.\n"
        "Udvalget den 18. februar 2002 Side 3 af 4 Sag nr. 8 Sag fra: "
        "Ændring af forretningsorden for udvalget Ø k o n o m iu d v a lg e "
        "t Journal nr.: 0 0.0 1.0 0 A 0 0 /2 Lovgrundlag: L o v o m k o m "
        "m u n e rn e s s ty re ls e. Indstilling: Administrationen "
        "indstiller, at ændringen vedtages. Beslutning: Vedtaget.\n"
        "Udvalget den 18. februar 2002 Side 4 af 4 Sag nr. 9 Sag fra: Nyt "
        "tag på hallen T e k n is k U d v a lg Journal nr.: 8 2.0 0 G 0 1 "
        "/3 Lovgrundlag: K o m m u n e n s k a s s e - og re g n s k a b s "
        "re g u la tiv. Indstilling: Teknisk Udvalg indstiller, at "
        "arbejdet sættes i gang. Beslutning: Anbefales.\n";
    static const char *const labels[] = {"7", "8", "9"};
    static const char *const titles[] = {
        "Revision af takster for hjemmehjælp",
        "Ændring af forretningsorden for udvalget", "Nyt tag på hallen"};
    struct mnt_meeting m;
    parse_text(text, &m);
    expect_items(&m, 3, labels, titles);
    mnt_meeting_fini(&m);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spaced_journal_label_ends_title),
        cmocka_unit_test(test_spaced_sender_ends_title),
        cmocka_unit_test(test_spaced_run_three_letter_pieces),
        cmocka_unit_test(test_sent_from_label_around_title),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
