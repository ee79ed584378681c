/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_text.c - libFuzzer: tokeniser, analyzer and snippets over any
 * bytes; every emitted term must be valid UTF-8 and inside the input, and
 * the HTML snippet must carry no markup but its marks. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/txt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct txt_stemmer *stemmer;

static int check_term(void *ctx, const struct txt_term *t)
{
    size_t size = *(size_t *)ctx;
    if (!utf8_valid(t->term, t->len) || t->len == 0 ||
        t->src_off + t->src_len > size)
        __builtin_trap();
    return 0;
}

static int match_some(void *ctx, enum txt_term_kind kind, const char *term,
                      size_t len)
{
    (void)ctx;
    (void)kind;
    return len > 0 && (term[0] == 'a' || term[0] == 'h');
}

/* The search page inserts snippet_html as HTML: outside the marks it must
 * hold no markup characters, whatever the indexed text was. */
static void check_html(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (len - i >= 6 && memcmp(s + i, "<mark>", 6) == 0) {
            i += 5;
            continue;
        }
        if (len - i >= 7 && memcmp(s + i, "</mark>", 7) == 0) {
            i += 6;
            continue;
        }
        if (s[i] == '<' || s[i] == '>' || s[i] == '"' || s[i] == '\'')
            __builtin_trap();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (stemmer == NULL)
        stemmer = txt_stemmer_new(NULL);
    const char *s = (const char *)data;
    struct txt_analyzer a = {.stemmer = stemmer, .lexicon = NULL};
    uint32_t pos = 0;
    txt_analyze(&a, s, size, &pos, check_term, &size);

    struct buf out;
    buf_init(&out);
    struct txt_snippet_opts o = {.max_bytes = 120,
                                 .open = "<mark>",
                                 .close = "</mark>",
                                 .html_escape = 1};
    txt_snippet(&a, s, size, match_some, NULL, &o, &out);
    if (out.len > 0 && utf8_valid(s, size) && !utf8_valid(out.data, out.len))
        __builtin_trap();
    check_html(out.data, out.len);
    buf_fini(&out);

    char folded[TXT_WORD_MAX + 1];
    size_t n =
        fold_str(s, size > 200 ? 200 : size, folded, sizeof folded, NULL);
    if (n >= sizeof folded)
        __builtin_trap();
    return 0;
}
