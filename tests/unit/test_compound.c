/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_compound.c - lib/text: the lexicon and compound splitting. The
 * lexicon tests use /usr/share/dict/danish (Debian's wdanish) and are
 * skipped when it is missing; the splitter's rules are also tested on a
 * small hand-made lexicon that needs no word list. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "test_filter.h"
#include <pthread.h>

#include "text/txt.h"
#include "text/txt_internal.h"
#include "text_util.h"

/* ---- lexicon ------------------------------------------------------------ */

static void test_lexicon_basics(void **state)
{
    (void)state;
    struct err e;
    struct txt_lexicon *lx = txt_lexicon_new(&e);
    assert_non_null(lx);
    assert_int_equal(txt_lexicon_add(lx, "Behandling", 10), ERR_OK);
    assert_int_equal(txt_lexicon_add(lx, "behandling", 10), ERR_OK); /* dup */
    assert_int_equal(txt_lexicon_add(lx, "Aalborg", 7), ERR_OK);
    assert_int_equal(txt_lexicon_add(lx, "ab", 2), ERR_OK); /* too short */
    assert_int_equal(txt_lexicon_add(lx, "æø", 4), ERR_OK); /* 2 letters */
    assert_int_equal(txt_lexicon_add(lx, "A-aktie", 7), ERR_OK);
    assert_int_equal(txt_lexicon_add(lx, "A's", 3), ERR_OK);
    assert_int_equal(txt_lexicon_add(lx, "covid19", 7), ERR_OK);
    assert_int_equal(txt_lexicon_add(lx, "rød", 4), ERR_OK); /* 3 letters */
    assert_int_equal(txt_lexicon_size(lx), 3);
    assert_true(txt_lexicon_has(lx, "behandling", 10));
    assert_true(txt_lexicon_has(lx, "ålborg", strlen("ålborg")));
    assert_true(txt_lexicon_has(lx, "rød", strlen("rød")));
    assert_false(txt_lexicon_has(lx, "Behandling", 10)); /* not folded */
    assert_false(txt_lexicon_has(lx, "ab", 2));
    assert_false(txt_lexicon_has(lx, "behandlin", 9));
    /* Growth past the initial table keeps every word. */
    char w[16];
    for (int i = 0; i < 5000; i++) {
        snprintf(w, sizeof w, "ord%c%c%c", 'b' + i % 24, 'b' + i / 24 % 24,
                 'b' + i / 576); /* no 'a': "aa" would fold */
        assert_int_equal(txt_lexicon_add(lx, w, strlen(w)), ERR_OK);
    }
    assert_int_equal(txt_lexicon_size(lx), 5003);
    assert_true(txt_lexicon_has(lx, "ordbbb", 6));
    assert_true(txt_lexicon_has(lx, "ordirj", 6)); /* i = 4999 */
    assert_true(txt_lexicon_has(lx, "behandling", 10));
    txt_lexicon_free(lx);
    txt_lexicon_free(NULL);
}

static void test_lexicon_load_file(void **state)
{
    (void)state;
    char path[] = "/tmp/test_text_lexXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    static const char content[] = "1234\n"        /* hunspell count */
                                  "Kommune/ABC\n" /* flags cut off */
                                  "R\xe5"
                                  "d\r\n"       /* Latin-1 Råd */
                                  "ab\n"        /* too short */
                                  "A-aktie\n"   /* not letters */
                                  "\n"          /* empty */
                                  "# comment\n" /* comment */
                                  "Aarhus";     /* no final newline */
    assert_int_equal(write(fd, content, sizeof content - 1),
                     (ssize_t)(sizeof content - 1));
    close(fd);
    struct err e;
    struct txt_lexicon *lx = txt_lexicon_new(&e);
    assert_int_equal(txt_lexicon_load(lx, path, &e), ERR_OK);
    assert_int_equal(txt_lexicon_size(lx), 3);
    assert_true(txt_lexicon_has(lx, "kommune", 7));
    assert_true(txt_lexicon_has(lx, "råd", strlen("råd")));
    assert_true(txt_lexicon_has(lx, "århus", strlen("århus")));
    unlink(path);
    assert_int_equal(txt_lexicon_load(lx, "/nonexistent/words", &e), ERR_IO);
    assert_non_null(strstr(e.msg, "/nonexistent/words"));
    txt_lexicon_free(lx);
}

static void test_lexicon_dict(void **state)
{
    (void)state;
    struct txt_lexicon *lx = dict_lexicon();
    NEED_DICT(lx);
    /* 313,013 lines; words under 3 letters or with - ' digits are left
     * out. */
    assert_in_range(txt_lexicon_size(lx), 300000, 313013);
    static const char *const in[] = {"hjemløse", "behandling", "tælling",
                                     "misbrug",  "ålborg",     "århus"};
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++)
        assert_true(txt_lexicon_has(lx, in[i], strlen(in[i])));
    assert_false(txt_lexicon_has(lx, "rusmiddel", strlen("rusmiddel")));
    assert_false(
        txt_lexicon_has(lx, "hjemløsetælling", strlen("hjemløsetælling")));
}

/* ---- compound splitting ------------------------------------------------- */

/* "modifier+head" from txt_compound_split, "" for no split; and the flat
 * parts joined by spaces. */
static void split_str(const struct txt_lexicon *lx, const char *w, char *bin,
                      char *flat)
{
    struct txt_part p[TXT_SPLIT_PARTS_MAX];
    size_t n = txt_compound_split(lx, w, strlen(w), p, 8);
    bin[0] = '\0';
    if (n == 2) {
        assert_int_equal(p[0].off, 0);
        sprintf(bin, "%.*s+%.*s", (int)p[0].len, w, (int)p[1].len,
                w + p[1].off);
    } else {
        assert_int_equal(n, 0);
    }
    n = txt_compound_leaves(lx, w, strlen(w), p);
    size_t o = 0;
    flat[0] = '\0';
    for (size_t i = 0; i < n; i++)
        o += (size_t)sprintf(flat + o, "%s%.*s", i ? " " : "", (int)p[i].len,
                             w + p[i].off);
}

static void check_splits(const struct txt_lexicon *lx, const char *(*cases)[3],
                         size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char bin[128], flat[128];
        split_str(lx, cases[i][0], bin, flat);
        if (strcmp(bin, cases[i][1]) != 0 || strcmp(flat, cases[i][2]) != 0)
            print_error("%s: got <%s> <%s>\n", cases[i][0], bin, flat);
        assert_string_equal(bin, cases[i][1]);
        assert_string_equal(flat, cases[i][2]);
    }
}

static void test_split_rules(void **state)
{
    (void)state;
    struct txt_lexicon *lx = hand_lexicon();
    static const char *cases[][3] = {
        /* linking s dropped although "behandlings" is a word too */
        {"behandlingstilbud", "behandling+tilbud", "behandling tilbud"},
        /* linking e kept: "hjemløse" rather than hjemløs + e */
        {"hjemløsetælling", "hjemløse+tælling", "hjemløse tælling"},
        /* e elided before the linking s: arbejd(e)-s- */
        {"arbejdsmarked", "arbejd+marked", "arbejd marked"},
        /* an expected linking s beats a head starting with s */
        {"oplysningsuge", "oplysning+uge", "oplysning uge"},
        /* binary: the modifier is split again by the caller */
        {"rusmiddelbehandling", "rusmiddel+behandling",
         "rus middel behandling"},
        {"rusmiddelcentre", "rusmiddel+centre", "rus middel centre"},
        {"dobbeltdiagnosebehandlingstilbud", "dobbeltdiagnosebehandling+tilbud",
         "dobbelt diagnose behandling tilbud"},
        {"børnepsykiatrien", "", ""}, /* "børn" unknown here */
        /* never a derivational ending as head, never a particle part */
        {"kølesund", "køle+sund", "køle sund"},
        {"sundhed", "", ""},   /* hed: not a head */
        {"venskab", "", ""},   /* skab: not a head */
        {"afgørende", "", ""}, /* stem afgør: ende */
        {"tilbud", "", ""},    /* til: particle */
        {"rapport", "", ""},   /* known: 4+ letters */
        /* six parts split, seven do not */
        {"kortmandstolbordlampeskab", "", ""}, /* skab is no head */
        {"kortmandstolbordlampekort", "kortmandstolbordlampe+kort",
         "kort mand stol bord lampe kort"},
        {"kortmandstolbordlampekortmand", "", ""},
        /* limits: 48 bytes; letters only; folded only */
        {"rusmiddelrusmiddelrusmiddelrusmiddelrusmiddelrus", "",
         ""}, /* 48 bytes: too many parts */
        {"rusmiddel2", "", ""},
        {"Rusmiddel", "", ""},
        {"rusmid", "", ""}, /* < 7 bytes */
    };
    check_splits(lx, cases, sizeof cases / sizeof cases[0]);
    struct txt_part p[2];
    assert_int_equal(txt_compound_split(lx, "rusmiddel", 9, p, 1), 0);
    assert_int_equal(txt_compound_split(NULL, "rusmiddel", 9, p, 2), 0);
    /* 48 bytes is the longest word split. */
    char long_word[64];
    memset(long_word, 0, sizeof long_word);
    for (int i = 0; i < 6; i++)
        memcpy(long_word + i * 8, "diagnose", 8);
    assert_int_equal(strlen(long_word), 48);
    assert_int_equal(txt_compound_split(lx, long_word, 48, p, 2), 2);
    assert_int_equal(p[1].off, 40);
    strcat(long_word, "rus");
    assert_int_equal(txt_compound_split(lx, long_word, 51, p, 2), 0);
    txt_lexicon_free(lx);
}

/* One lexicon shared by threads (as searchd's workers share it): every
 * thread gets the same splits. */
struct split_job {
    const struct txt_lexicon *lx;
    int ok;
};

static void *split_thread(void *arg)
{
    struct split_job *j = arg;
    static const char *const words[] = {"rusmiddelbehandling",
                                        "hjemløsetælling", "oplysningsuge",
                                        "behandlingstilbud", "afgørende"};
    /* bytes of the head: behandling, tælling, uge, tilbud; none */
    static const size_t want_head[] = {10, 8, 3, 6, 0};
    j->ok = 1;
    for (int r = 0; r < 2000; r++) {
        size_t k = (size_t)r % 5;
        struct txt_part p[2];
        size_t n = txt_compound_split(j->lx, words[k], strlen(words[k]), p, 2);
        if ((n == 2 ? p[1].len : 0) != want_head[k])
            j->ok = 0;
    }
    return NULL;
}

/* A head the splitter cannot reach because the lexicon lacks the
 * modifier ("special" of "specialpsykologer"): txt_compound_has_head's
 * rules on a hand-made word list. */
static void test_compound_has_head(void **state)
{
    (void)state;
    static const char *const listed[] = {
        "psykologer", "tale", "tand", "stand", "skab",
        "tælling",    "sam",  "hus",  "ven",   NULL,
    };
    static const char *const added[] = {"xyzer", NULL};
    struct txt_lexicon *lx = make_lexicon(listed, added);
    static const struct {
        const char *word, *head;
        int want;
    } cases[] = {
        {"specialpsykologer", "psykologer", 1}, /* modifier unknown */
        {"hjemløsetælling", "tælling", 1},      /* linking e */
        {"samtale", "tale", 0},                 /* sam: a particle */
        {"husstand", "tand", 0},             /* hus + s: a 3-letter modifier */
        {"venskab", "skab", 0},              /* a derivational ending */
        {"xpsykologer", "psykologer", 0},    /* a 1-letter modifier */
        {"psykologer", "psykologer", 0},     /* the word itself */
        {"abc2psykologer", "psykologer", 0}, /* a code, not a word */
        {"specialxyzer", "xyzer", 0},        /* head not listed */
        {"specialtale", "tale", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len = strlen(cases[i].word), hlen = strlen(cases[i].head);
        if (txt_compound_has_head(lx, cases[i].word, len, hlen) !=
            cases[i].want)
            fail_msg("<%s> ending in <%s>: want %d", cases[i].word,
                     cases[i].head, cases[i].want);
    }
    assert_int_equal(txt_compound_has_head(NULL, "specialtale", 11, 4), 0);
    txt_lexicon_free(lx);
}

static void test_split_threads(void **state)
{
    (void)state;
    struct txt_lexicon *lx = hand_lexicon();
    struct split_job jobs[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        jobs[i].lx = lx;
        assert_int_equal(pthread_create(&th[i], NULL, split_thread, &jobs[i]),
                         0);
    }
    int joined = 0, ok = 0;
    for (int i = 0; i < 4; i++) { /* join all before any assert jumps */
        joined += pthread_join(th[i], NULL) == 0;
        ok += jobs[i].ok;
    }
    assert_int_equal(joined, 4);
    assert_int_equal(ok, 4);
    txt_lexicon_free(lx);
}

/* Corpus vocabulary (txt_lexicon_add) next to a word list: it may fill
 * gaps, but never beats word-list words and never ends a compound. */
static void test_split_vocabulary(void **state)
{
    (void)state;
    static const char *const listed[] = {
        "rus",   "middel", "behandling", "stof", "indtagelse", "rum",
        "esrum", "test",   "sundhed",    "sund", "huset",      NULL,
    };
    static const char *const added[] = {
        "rusmiddelbehandling", /* a compound of the corpus */
        "stofindtagel",        /* "Stofindtagel-\n\nsesrum" */
        "hedshuset",           /* "Sund-\nhedshuset" */
        "covid",               /* not in the word list */
        NULL,
    };
    struct txt_lexicon *lx = make_lexicon(listed, added);
    static const char *cases[][3] = {
        /* a corpus word is split as if unknown (not "listed") */
        {"rusmiddelbehandling", "rusmiddel+behandling",
         "rus middel behandling"},
        /* a corpus part costs 3: stofindtagel + esrum loses */
        {"stofindtagelsesrum", "stofindtagelse+rum", "stof indtagelse rum"},
        /* the head must be listed: not sund + hedshuset */
        {"sundhedshuset", "sundhed+huset", "sundhed huset"},
        /* but a corpus word may fill a gap */
        {"covidtest", "covid+test", "covid test"},
    };
    check_splits(lx, cases, sizeof cases / sizeof cases[0]);
    txt_lexicon_free(lx);

    /* The same compound in the word list is a known word: parts of 4+
     * letters only, and "rus" has 3. */
    static const char *const listed2[] = {"rus", "middel", "behandling",
                                          "rusmiddelbehandling", NULL};
    lx = make_lexicon(listed2, NULL);
    static const char *cases2[][3] = {{"rusmiddelbehandling", "", ""}};
    check_splits(lx, cases2, 1);
    txt_lexicon_free(lx);

    /* Without any word list, corpus words are all there is. */
    static const char *const only[] = {"covid", "test", "hjemløse", "tælling",
                                       NULL};
    lx = make_lexicon(NULL, only);
    static const char *cases3[][3] = {
        {"covidtest", "covid+test", "covid test"},
        {"hjemløsetælling", "hjemløse+tælling", "hjemløse tælling"},
    };
    check_splits(lx, cases3, 2);
    txt_lexicon_free(lx);
}

static void test_split_dict(void **state)
{
    (void)state;
    struct txt_lexicon *lx = dict_lexicon();
    NEED_DICT(lx);
    static const char *cases[][3] = {
        /* the brief's examples */
        {"hjemløsetælling", "hjemløse+tælling", "hjemløse tælling"},
        {"rusmiddelbehandling", "rusmiddel+behandling",
         "rus middel behandling"},
        {"rusmiddelcentre", "rusmiddel+centre", "rus middel centre"},
        {"dobbeltdiagnosebehandlingstilbud",
         "dobbeltdiagnose+behandlingstilbud",
         "dobbelt diagnose behandlingstilbud"},
        {"misbrugscenter", "misbrug+center", "misbrug center"},
        {"ungdomspsykiatrien", "ungdom+psykiatrien", "ungdom psykiatrien"},
        {"behandlingstilbud", "behandling+tilbud", "behandling tilbud"},
        {"sundhedsudvalget", "sundhed+udvalget", "sundhed udvalget"},
        {"udsatterådet", "udsatte+rådet", "udsatte rådet"},
        {"udsatteråd", "udsatte+råd", "udsatte råd"},
        {"stofindtagelsesrum", "stofindtagelse+rum", "stof indtagelse rum"},
        {"hjemløsestrategi", "hjemløse+strategi", "hjemløse strategi"},
        {"samarbejdsaftale", "samarbejd+aftale", "samarbejd aftale"},
        {"oplysningsuge", "oplysning+uge", "oplysning uge"},
        {"kommuneplan", "kommune+plan", "kommune plan"},
        {"varmestue", "varme+stue", "varme stue"},
        {"forsorgshjem", "forsorg+hjem", "forsorg hjem"},
        /* known limits, kept visible: */
        {"indsatsområder", "indsat+områder", "indsat områder"}, /* s read
                                                                    as link */
        {"arbejdsuge", "arbejd+suge", "arbejd suge"}, /* known word: head
                                                         "uge" too short */
        {"dagsorden", "dags+orden", "dags orden"},    /* lexicalised */
        /* ordinary words that must stay whole */
        {"kommune", "", ""},
        {"borger", "", ""},
        {"borgere", "", ""},
        {"mødet", "", ""},
        {"referat", "", ""},
        {"beslutning", "", ""},
        {"udvalg", "", ""},
        {"rådet", "", ""},
        {"sundhed", "", ""},
        {"hjemløse", "", ""},
        {"hjemløshed", "", ""},
        {"behandlingen", "", ""},
        {"regeringen", "", ""},
        {"orientering", "", ""},
        {"afgørende", "", ""},
        {"daglige", "", ""},
        {"rapport", "", ""},
        {"personer", "", ""},
        {"tilbud", "", ""},
        {"forslag", "", ""},
        {"indsats", "", ""},
        {"samarbejde", "", ""},
        {"venskab", "", ""},
        {"sygdom", "", ""},
        {"følelse", "", ""},
        {"specialiserede", "", ""},
        {"organisationer", "", ""},
        {"mandag", "", ""},
        {"hvorledes", "", ""},
    };
    check_splits(lx, cases, sizeof cases / sizeof cases[0]);
}

/* The deployment: word list plus every word of the five corpus files (as
 * the indexer adds them). The brief's examples still split the same. */
static void test_split_dict_corpus(void **state)
{
    (void)state;
    if (access(DICT_PATH, R_OK) != 0) {
        print_message("skipped: %s missing (install wdanish)\n", DICT_PATH);
        skip();
    }
    static const char *const files[] = {
        "region-midtjylland-udsatteraad-2024-06-19.txt",
        "region-midtjylland-udsatteraad-2025-10-22.txt",
        "herning-udsatteraad-2017-10-06.txt",
        "odense-raadet-for-socialt-udsatte-2017-11-30.txt",
        "fredericia-udsatteraad-2022-08-24.txt",
    };
    struct err e;
    struct txt_lexicon *lx = txt_lexicon_new(&e);
    assert_int_equal(txt_lexicon_load(lx, DICT_PATH, &e), ERR_OK);
    size_t listed = txt_lexicon_size(lx);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/corpus/%s", source_dir(), files[i]);
        FILE *f = fopen(path, "rb");
        if (f == NULL)
            fail_msg("cannot open %s (set REFERAT_SOURCE_DIR)", path);
        struct buf b = {0};
        assert_int_equal(buf_read_file(&b, f, 1u << 20, &e), ERR_OK);
        fclose(f);
        struct txt_tokenizer t;
        struct txt_tok tok;
        txt_tok_init(&t, b.data, b.len);
        while (txt_tok_next(&t, &tok))
            if (!(tok.flags & (TXT_TOK_NUMBER | TXT_TOK_URL)))
                assert_int_equal(txt_lexicon_add(lx, tok.word, tok.wlen),
                                 ERR_OK);
        buf_fini(&b);
    }
    printf("# lexicon: %zu word-list words + %zu corpus words\n", listed,
           txt_lexicon_size(lx) - listed);
    assert_true(txt_lexicon_size(lx) > listed);
    static const char *cases[][3] = {
        {"hjemløsetælling", "hjemløse+tælling", "hjemløse tælling"},
        {"rusmiddelbehandling", "rusmiddel+behandling",
         "rus middel behandling"},
        {"rusmiddelcentre", "rusmiddel+centre", "rus middel centre"},
        {"dobbeltdiagnosebehandlingstilbud",
         "dobbeltdiagnose+behandlingstilbud",
         "dobbelt diagnose behandlingstilbud"},
        {"misbrugscenter", "misbrug+center", "misbrug center"},
        {"stofindtagelsesrum", "stofindtagelse+rum", "stof indtagelse rum"},
        {"sundhedshuset", "sundhed+huset", "sundhed huset"},
        {"kommune", "", ""},
        {"beslutning", "", ""},
    };
    check_splits(lx, cases, sizeof cases / sizeof cases[0]);
    txt_lexicon_free(lx);
}

int main(int argc, char **argv)
{
    test_filter_set(argc, argv);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_basics),
        cmocka_unit_test(test_lexicon_load_file),
        cmocka_unit_test(test_lexicon_dict),
        cmocka_unit_test(test_split_rules),
        cmocka_unit_test(test_compound_has_head),
        cmocka_unit_test(test_split_threads),
        cmocka_unit_test(test_split_vocabulary),
        cmocka_unit_test(test_split_dict),
        cmocka_unit_test(test_split_dict_corpus),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    txt_lexicon_free(dict_lexicon());
    return rc;
}
