/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_attendance.c - an item's attendance (lib/minutes/meta.c,
 * mnt_item_attendees()): short statements of who came, left or sent
 * apologies, never the item's body. Texts written for this test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_filter.h"

#include "core/buf.h"
#include "minutes/minutes.h"
#include "minutes/minutes_internal.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct {
    const char *title, *text;
    const char *want; /* expected attendees; NULL: none */
} cases[] = {
    /* the bug: one long paragraph mentioning "afbud fra" was all taken */
    {"Orientering om budget",
     "Formanden gennemgik budgettet for næste år i detaljer. Der er afbud "
     "fra Kim Holt. Rådet drøftede herefter fordelingen af midlerne mellem "
     "væresteder, herberger og opsøgende arbejde i hele kommunen.",
     "Der er afbud fra Kim Holt."},
    /* the names follow the phrase: a list goes on, a new clause not */
    {"Orientering om fortove",
     "Formanden orienterede om, at der er kommet afbud fra vejafdelingen "
     "til næste møde, og rådet drøftede herefter belysning, kantsten og "
     "bænke langs ruten i detaljer.",
     "Formanden orienterede om, at der er kommet afbud fra vejafdelingen "
     "til næste møde"},
    {"Meddelelser", "Der var afbud fra Kim Holt, Ib Lund og Eva Kjær.",
     "Der var afbud fra Kim Holt, Ib Lund og Eva Kjær."},
    /* an empty "Fraværende:" with the decision joined to it */
    {"Valg af formand", "Fraværende: Inger Holm blev valgt.", NULL},
    {"Godkendelse af dagsorden",
     "Fraværende: Godkendt med den tilføjelse, at punkt 4 udsættes.", NULL},
    {"Godkendelse af dagsorden", "Fraværende: Kaj Lund (V)\nGodkendt.",
     "Fraværende: Kaj Lund (V)"},
    /* the decision a PDF's body joined to the field line after a party:
     * a decision word, or a sentence (a capital word, then a small one);
     * the next name of a list stays */
    {"Godkendelse af dagsorden", "Fraværende: Hanne Lykke (A) Godkendt.",
     "Fraværende: Hanne Lykke (A)"},
    {"Punkter til kommende møder",
     "Fraværende: Hanne Lykke (A) Budget for ungdomsskolen sættes på.",
     "Fraværende: Hanne Lykke (A)"},
    {"Meddelelser", "Fraværende: Hanne Lykke (A) Ib de Lange (V)",
     "Fraværende: Hanne Lykke (A) Ib de Lange (V)"},
    /* round ho: a web page's decision as <br> lines of one paragraph
     * under "Fraværende:" (trung.dk, PolWeb): a point's answer, a
     * sentence or a speaker's line is no name; a later decision's verb
     * does not empty the list */
    {"Budget 2021", "Fraværende: Ad 1: Drøftet. Ad 2: Godkendt.", NULL},
    {"Budget 2021", "Fraværende: Lone Hvid (A) Ad 1: Godkendt.",
     "Fraværende: Lone Hvid (A)"},
    {"Gensidig orientering",
     "Fraværende: Formanden orienterede om dialogmødet med Ældrerådet.", NULL},
    {"Spørgetid",
     "Fraværende: Jonas Krag (A), Arne Brixen (A) Lise Vang: Spørgsmål "
     "til punkt 3 om budgettet.",
     "Fraværende: Jonas Krag (A), Arne Brixen (A)"},
    {"Budget 2019",
     "Fraværende: Jonas Krag (A), Arne Brixen (A) Budgettet blev vedtaget.",
     "Fraværende: Jonas Krag (A), Arne Brixen (A)"},
    /* a decision's first word right after the last name; an initial's
     * full stop ends no list */
    {"Godkendelse af dagsorden", "Fraværende: Mads Ravn, Nina Hvid Godkendt.",
     "Fraværende: Mads Ravn, Nina Hvid"},
    {"Brandsyn",
     "Fraværende: Bent Ravn (V), Lone M. Skov, Karen Friis Sagen blev udsat.",
     "Fraværende: Bent Ravn (V), Lone M. Skov, Karen Friis"},
    {"Meddelelser", "Fraværende: Mette fra Ældrerådet",
     "Fraværende: Mette fra Ældrerådet"},
    {"Meddelelser", "Fraværende: Ib Lund (A) Afbud: Eva Kjær (V)",
     "Fraværende: Ib Lund (A) Afbud: Eva Kjær (V)"},
    /* a field line is kept to its end, other paragraphs not at all */
    {"Meddelelser", "Fraværende: Ole Bak, Lis Dam\n\nIntet at bemærke.",
     "Fraværende: Ole Bak, Lis Dam"},
    {"Meddelelser", "Afbud : Ib Lund\nGæst: Eva Kjær\nSagen blev udsat.",
     "Afbud : Ib Lund\nGæst: Eva Kjær"},
    /* an initial is no sentence end */
    {"Orientering",
     "Mødet gik godt. Alle var mødt, undtagen Susanne B. "
     "Andersen, der havde meldt afbud. Tak for i dag.",
     "Alle var mødt, undtagen Susanne B. Andersen, der havde meldt afbud."},
    /* a short attendance item: all its text */
    {"Mødedeltagelse", "Alle var til stede.", "Alle var til stede."},
    /* nothing about attendance */
    {"Budget", "Rådet tog orienteringen til efterretning.", NULL},
    /* a title starting like attendance heads a long case: statements
     * only */
    {"Deltagelse i konference om hjemløshed i Norden",
     "Rådet drøftede konferencen og besluttede at sende to medlemmer.", NULL},
};

static void test_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < N(cases); i++) {
        char *got = mnt_item_attendees(cases[i].title, cases[i].text);
        if (cases[i].want == NULL) {
            if (got != NULL)
                fail_msg("case %zu: want none, got <%s>", i, got);
        } else {
            if (got == NULL)
                fail_msg("case %zu: want <%s>, got none", i, cases[i].want);
            if (strcmp(got, cases[i].want) != 0)
                fail_msg("case %zu: want <%s>, got <%s>", i, cases[i].want,
                         got);
        }
        free(got);
    }
}

/* A huge paragraph full of attendance phrases stays bounded, and so does
 * a long attendance item. */
static void test_bounded(void **state)
{
    (void)state;
    struct buf b;
    buf_init(&b);
    for (int i = 0; i < 2000; i++)
        assert_int_equal(
            buf_puts(&b, "Lang tekst uden punktum med afbud fra nogen og "),
            ERR_OK);
    assert_int_equal(buf_putc(&b, '\0'), ERR_OK);
    char *got = mnt_item_attendees("Sag", b.data);
    assert_non_null(got);
    assert_true(strlen(got) <= 1000);
    free(got);
    got = mnt_item_attendees("Afbud", b.data);
    assert_non_null(got);
    assert_true(strlen(got) <= 1000);
    free(got);
    buf_fini(&b);
}

/* A line that is one attendance note (indexed like a header line,
 * indexer/header.c); a paragraph that also says something else is not. */
static void test_line_is_attendance(void **state)
{
    (void)state;
    static const struct {
        const char *line;
        int want;
    } lines[] = {
        {"Pia Lund, chef for Ældre og Omsorg, deltog under punktet.", 1},
        {"Jens Bo, leder af værestedet deltog under punktet (kl. 14)  ", 1},
        {"Rådet drøftede sagen. Pia Lund deltog under punktet.", 0},
        {"Pia Lund fortalte om psykiatrien og de nye senge.", 0},
        {"", 0},
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        assert_int_equal(
            mnt_line_is_attendance(lines[i].line, strlen(lines[i].line)),
            lines[i].want);
    char big[400];
    memset(big, 'a', sizeof big);
    memcpy(big, "deltog under punktet ", 21);
    assert_int_equal(mnt_line_is_attendance(big, sizeof big), 0);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_bounded),
        cmocka_unit_test(test_line_is_attendance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
