/* SPDX-License-Identifier: GPL-2.0-or-later */
/* stop.c - fixed word lists: Snowball's Danish stop words, and the words
 * the compound splitter must not use as parts or as the last part. Each
 * list is sorted by bytes (test_text.c checks) and searched with bsearch. */
#include <stdlib.h>
#include <string.h>

#include "txt_internal.h"

/* snowballstem.org/algorithms/danish/stop.txt, folded. */
static const char *const stopwords[] = {
    "ad",     "af",    "alle",  "alt",   "anden", "at",    "blev",   "blive",
    "bliver", "da",    "de",    "dem",   "den",   "denne", "der",    "deres",
    "det",    "dette", "dig",   "din",   "disse", "dog",   "du",     "efter",
    "eller",  "en",    "end",   "er",    "et",    "for",   "fra",    "ham",
    "han",    "hans",  "har",   "havde", "have",  "hende", "hendes", "her",
    "hos",    "hun",   "hvad",  "hvis",  "hvor",  "i",     "ikke",   "ind",
    "jeg",    "jer",   "jo",    "kunne", "man",   "mange", "med",    "meget",
    "men",    "mig",   "min",   "mine",  "mit",   "mod",   "ned",    "noget",
    "nogle",  "nu",    "når",   "og",    "også",  "om",    "op",     "os",
    "over",   "på",    "selv",  "sig",   "sin",   "sine",  "sit",    "skal",
    "skulle", "som",   "sådan", "thi",   "til",   "ud",    "under",  "var",
    "vi",     "vil",   "ville", "vor",   "være",  "været",
};

/* Prefix particles that make lexicalised words rather than compounds
 * ("tilbud", "forslag", "indsats", "forhold", "vedtage"): as parts they
 * would make "bud" find "tilbud". Stop words are never parts either
 * ("hvorledes" is not hvor + ledes), except "selv" (selvhjælp). */
static const char *const particles[] = {
    "bag", "fore", "forud", "frem", "gen", "gennem", "hen",  "imod", "inde",
    "mis", "oven", "per",   "pro",  "sam", "sammen", "uden", "ved",
};

/* Words that are also derivational endings, so never the head:
 * "venskab" is not ven + skab, "sygdom" not syg + dom, "hjemløse" not
 * hjem + løse, "følelse" not føl + else; -ing nouns inflected are
 * not X + "ingen"/"inger" ("regeringen" is not reger + ingen), nor
 * -ering and -ion words X + "ring"/"ioner" ("orientering"); "-vist"
 * makes adverbs ("indledningsvist"). */
static const char *const nonheads[] = {
    "bare",     "dom",      "domme",  "dommen",   "doms",      "else",
    "elsen",    "elser",    "elses",  "heden",    "hedens",    "heder",
    "hederne",  "hedernes", "ingen",  "ingens",   "inger",     "ingerne",
    "ingernes", "ingers",   "ionen",  "ioner",    "ionerne",   "løs",
    "løse",     "løses",    "løst",   "ning",     "ninger",    "ring",
    "ringen",   "ringens",  "ringer", "ringerne", "ringernes", "skab",
    "skaber",   "skabet",   "skabs",  "vise",     "vist",
};

struct key {
    const char *s;
    size_t len;
};

static int cmp_key(const void *k, const void *e)
{
    const struct key *a = k;
    const char *b = *(const char *const *)e;
    size_t bl = strlen(b);
    int c = memcmp(a->s, b, a->len < bl ? a->len : bl);
    if (c != 0)
        return c;
    return a->len < bl ? -1 : a->len > bl;
}

static int in_list(const char *const *list, size_t n, const char *w, size_t len)
{
    struct key k = {w, len};
    return w != NULL && bsearch(&k, list, n, sizeof *list, cmp_key) != NULL;
}

#define IN(list, w, len) in_list(list, sizeof list / sizeof list[0], w, len)

int txt_is_stopword(const char *word, size_t len)
{
    return IN(stopwords, word, len);
}

int txt_is_nonpart(const char *word, size_t len)
{
    if (len == 4 && memcmp(word, "selv", 4) == 0)
        return 0;
    return IN(stopwords, word, len) || IN(particles, word, len);
}

int txt_is_nonhead(const char *word, size_t len)
{
    return IN(nonheads, word, len);
}

const char *const *txt_wordlist(int which, size_t *n)
{
    switch (which) {
    case 0:
        *n = sizeof stopwords / sizeof stopwords[0];
        return stopwords;
    case 1:
        *n = sizeof particles / sizeof particles[0];
        return particles;
    default:
        *n = sizeof nonheads / sizeof nonheads[0];
        return nonheads;
    }
}
