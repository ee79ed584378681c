/* SPDX-License-Identifier: GPL-2.0-or-later */
/* text_util.h - what the lib/text unit tests share (test_text.c,
 * test_tokenizer.c, test_compound.c, test_analyze.c): the Danish word
 * list when installed, hand-made lexicons, folding a C string. Include
 * after <cmocka.h>. */
#ifndef REFERAT_TESTS_TEXT_UTIL_H
#define REFERAT_TESTS_TEXT_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "text/txt.h"
#include "text/txt_internal.h"

#define DICT_PATH "/usr/share/dict/danish"

static inline const char *source_dir(void)
{
    const char *d = getenv("REFERAT_SOURCE_DIR");
    return d != NULL && *d != '\0' ? d : ".";
}

static inline struct txt_lexicon *dict_lexicon(void)
{
    static struct txt_lexicon *lx;
    static int tried;
    if (!tried) {
        tried = 1;
        if (access(DICT_PATH, R_OK) != 0)
            return NULL;
        struct err e;
        lx = txt_lexicon_new(&e);
        assert_non_null(lx);
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        int rc = txt_lexicon_load(lx, DICT_PATH, &e);
        clock_gettime(CLOCK_MONOTONIC, &b);
        assert_int_equal(rc, ERR_OK);
        printf("# lexicon: %zu words from %s in %.1f ms\n",
               txt_lexicon_size(lx), DICT_PATH,
               (double)(b.tv_sec - a.tv_sec) * 1e3 +
                   (double)(b.tv_nsec - a.tv_nsec) / 1e6);
    }
    return lx;
}

#define NEED_DICT(lx)                                                          \
    do {                                                                       \
        if ((lx) == NULL) {                                                    \
            print_message("skipped: %s missing (install wdanish)\n",           \
                          DICT_PATH);                                          \
            skip();                                                            \
        }                                                                      \
    } while (0)

/* A lexicon whose `listed` words come from a word list file (as
 * txt_lexicon_load reads /usr/share/dict/danish) and whose `added` words
 * come one by one (as the indexer adds the corpus vocabulary). */
static inline struct txt_lexicon *make_lexicon(const char *const *listed,
                                               const char *const *added)
{
    struct err e;
    struct txt_lexicon *lx = txt_lexicon_new(&e);
    assert_non_null(lx);
    if (listed != NULL) {
        char path[] = "/tmp/test_text_wordsXXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        FILE *f = fdopen(fd, "w");
        assert_non_null(f);
        for (size_t i = 0; listed[i] != NULL; i++)
            fprintf(f, "%s\n", listed[i]);
        fclose(f);
        assert_int_equal(txt_lexicon_load(lx, path, &e), ERR_OK);
        unlink(path);
    }
    for (size_t i = 0; added != NULL && added[i] != NULL; i++)
        assert_int_equal(txt_lexicon_add(lx, added[i], strlen(added[i])),
                         ERR_OK);
    return lx;
}

/* A small word list for the splitter's rules (no dictionary needed). */
static inline struct txt_lexicon *hand_lexicon(void)
{
    static const char *const words[] = {
        "behandling", "behandlings", "tilbud", "hjemløs",     "hjemløse",
        "tælling",    "arbejde",     "marked", "oplysning",   "oplysnings",
        "uge",        "suge",        "rus",    "middel",      "centre",
        "dobbelt",    "diagnose",    "ungdom", "psykiatrien", "kort",
        "mand",       "stol",        "bord",   "lampe",       "skab",
        "sund",       "hed",         "ven",    "køle",        "afgør",
        "ende",       "rap",         "port",   "rapport",     "til",
        "bud",        NULL,
    };
    return make_lexicon(words, NULL);
}

static inline size_t fold_s(const char *in, char *out, size_t cap)
{
    return fold_str(in, strlen(in), out, cap, NULL);
}

#endif
