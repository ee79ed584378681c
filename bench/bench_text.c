/* SPDX-License-Identifier: GPL-2.0-or-later */
/* bench_text.c - throughput of txt_analyze (with the compound lexicon) over
 * files, e.g. the corpus; also the lexicon's load time. Not built by CMake:
 *
 *   cmake --build build --target text core
 *   cc -O2 -Ilib bench/bench_text.c build/lib/text/libtext.a \
 *      build/lib/core/libcore.a -lstemmer -o /tmp/bench_text
 *   /tmp/bench_text [--dump] [--rounds N] corpus/\*.txt
 *
 * --dump prints every term (kind, position, term) instead of timing.
 * Times are CPU seconds of this process. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text/txt.h"

#define LEXICON_PATH "/usr/share/dict/danish"

/* Process CPU time: the machine may be shared, and this is single
 * threaded, so CPU seconds are the work done. */
static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

struct counts {
    size_t terms, tokens;
    uint32_t last_pos;
    int dump;
};

static int on_term(void *ctx, const struct txt_term *t)
{
    static const char *const kinds[] = {"exact", "stem", "part", "pstem"};
    struct counts *c = ctx;
    c->terms++;
    if (t->pos != c->last_pos) {
        c->tokens++;
        c->last_pos = t->pos;
    }
    if (c->dump)
        printf("%u\t%s\t%.*s\n", (unsigned)t->pos, kinds[t->kind], (int)t->len,
               t->term);
    return 0;
}

int main(int argc, char **argv)
{
    int dump = 0, rounds = 20, first = 1;
    while (first < argc && strncmp(argv[first], "--", 2) == 0) {
        if (strcmp(argv[first], "--dump") == 0)
            dump = 1;
        else if (strcmp(argv[first], "--rounds") == 0 && first + 1 < argc)
            rounds = atoi(argv[++first]);
        first++;
    }
    struct buf text = {0};
    for (int i = first; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        struct err e;
        if (f == NULL || buf_read_file(&text, f, 1u << 30, &e) != ERR_OK) {
            fprintf(stderr, "bench_text: cannot read %s\n", argv[i]);
            return 1;
        }
        fclose(f);
        buf_putc(&text, '\n');
    }
    struct err e;
    struct txt_lexicon *lx = txt_lexicon_new(&e);
    double t0 = now();
    if (lx == NULL || txt_lexicon_load(lx, LEXICON_PATH, &e) != ERR_OK) {
        fprintf(stderr, "bench_text: %s\n", e.msg);
        return 1;
    }
    double load = now() - t0;
    struct txt_stemmer *st = txt_stemmer_new(&e);
    if (st == NULL) {
        fprintf(stderr, "bench_text: %s\n", e.msg);
        return 1;
    }
    struct txt_analyzer an = {st, lx};
    struct counts c = {0, 0, 0, dump};
    if (dump) {
        uint32_t pos = 0;
        txt_analyze(&an, text.data, text.len, &pos, on_term, &c);
    } else {
        for (int k = 0; k < 2; k++) {
            struct txt_analyzer *a = &an;
            struct txt_analyzer plain = {st, NULL};
            if (k == 1)
                a = &plain;
            c.terms = c.tokens = 0;
            t0 = now();
            for (int r = 0; r < rounds; r++) {
                uint32_t pos = 0;
                c.last_pos = 0;
                txt_analyze(a, text.data, text.len, &pos, on_term, &c);
            }
            double s = now() - t0;
            printf("%s: %zu bytes x %d: %.1f ms/round, %.0f tokens/s, "
                   "%.2f MB/s, %.2f terms/token\n",
                   k == 0 ? "with lexicon" : "no lexicon  ", text.len, rounds,
                   s * 1e3 / rounds, (double)c.tokens / s,
                   (double)text.len * rounds / s / 1e6,
                   (double)c.terms / (double)c.tokens);
        }
        printf("lexicon: %zu words loaded in %.1f ms\n", txt_lexicon_size(lx),
               load * 1e3);
    }
    txt_stemmer_free(st);
    txt_lexicon_free(lx);
    buf_fini(&text);
    return 0;
}
