/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_prose.c - for titles.c and the heading rules: is a line a
 * sentence rather than a title? Prose (a full stop before a capitalised
 * word, or too long for a heading), a sentence introducing a list (a
 * colon after several words), a statement (a decision, a finite verb).
 * Also whether a line may open a title of its own (mnt_opens_title()).
 * Moved out of titles.c when that grew past 600 lines. */
#include <stdint.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Sentences, not a heading: a line over MNT_HEADING_MAX bytes, or one
 * where a full stop is followed by a capitalised word ("… hjemløse.
 * Planen …"). The first sentence of a body is never taken for a title. */
int mnt_line_is_prose(const struct mnt_line *l)
{
    if (l->len > MNT_HEADING_MAX)
        return 1;
    for (size_t i = 3; i + 2 < l->len; i++) {
        uint32_t next, prev;
        if (l->s[i] != '.' || l->s[i + 1] != ' ')
            continue;
        utf8_decode(l->s + i + 2, l->len - i - 2, &next);
        size_t b = utf8_prev(l->s, l->s + i, &prev);
        uint32_t prev2;
        utf8_prev(l->s, l->s + i - b, &prev2);
        /* "hjemløse. Planen", not "Evt. Næste" nor "Pkt. 3", nor a
         * place's abbreviation ("vej i Sdr. Bjert") */
        if (fold_is_upper(next) && fold_is_lower(prev) &&
            fold_is_lower(prev2) && i > 12 && mnt_abbrev_start(l->s, i) > i)
            return 1;
    }
    return 0;
}

/* Where the line's first sentence ends: a full stop after a lower-case
 * letter, then a space and a capital ("… og mødested. På det …"); n if
 * none. "6. juni", "kl. 13.00" end none. */
size_t mnt_first_sentence_end(const char *s, size_t n)
{
    for (size_t i = 1; i + 3 < n; i++) {
        unsigned char b = (unsigned char)s[i - 1];
        if (s[i] == '.' && s[i + 1] == ' ' && (ascii_lower(b) || b >= 0x80) &&
            fold_is_upper(mnt_first_cp(s + i + 2, n - i - 2)))
            return i + 1;
    }
    return n;
}

/* A sentence that introduces what follows it: line l ends in a colon and
 * holds `words` words or more ("Følgende emner blev nævnt under dette
 * punkt:", not a field's or a heading's label "Dagsorden:"). The list
 * under it is the item's text, not items of the meeting. */
int mnt_colon_intro(const struct mnt_line *l, size_t words)
{
    if (l->len == 0 || l->s[l->len - 1] != ':')
        return 0;
    size_t w = 1;
    for (size_t i = 0; i < l->len; i++)
        w += l->s[i] == ' ';
    return w >= words;
}

/* A sentence that ends in a full stop: a decision ("Godkendt.", "Intet.",
 * "Taget til efterretning.") or a line with a finite verb ("Referatet er
 * godkendt.", "Formanden orienterede om stierne."). Titles name a
 * subject; the text below a bare number says what happened to it. */
int mnt_line_is_statement(const struct mnt_line *l)
{
    static const char *const decisions[] = {
        "Godkendt.", "Intet.",     "Ingen.",     "Vedtaget.",
        "Tiltrådt.", "Anbefalet.", "Anbefales.", "Taget til efterretning."};
    static const char *const verbs[] = {
        "er",    "var",  "blev",   "bliver",    "har",     "havde", "kan",
        "kunne", "skal", "skulle", "vil",       "ville",   "får",   "fik",
        "gav",   "tog",  "tages",  "godkendes", "drøftede"};
    if (l->len < 3 || l->s[l->len - 1] != '.')
        return 0;
    for (size_t k = 0; k < sizeof decisions / sizeof *decisions; k++)
        if (fold_eq(l->s, l->len, decisions[k], strlen(decisions[k])))
            return 1;
    size_t i = 0;
    struct mnt_tok t;
    while (mnt_tok_next(l->s, l->len, &i, &t)) {
        for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
            if (fold_eq(t.s, t.n, verbs[k], strlen(verbs[k])))
                return 1;
        /* past tense: "orienterede", "fortalte" not; "-ede" words of
         * three syllables or more */
        if (t.n >= 8 && memcmp(t.s + t.n - 3, "ede", 3) == 0 &&
            fold_is_lower((unsigned char)t.s[0]))
            return 1;
    }
    return 0;
}

/* May line i be a title on its own line (after "Sagsnr.: ...")? Like a
 * continuation, except that "Høring: Boligstøtte" - a section name with
 * text after its colon - is a title; only a bare "Høring" or
 * "Sagsresume" line means the item has none. */
int mnt_line_opens_title(const struct mnt_line *l)
{
    struct mnt_cand c;
    size_t nl, off;
    if (mnt_numbered_at(l->s, l->len, 0, &c) || mnt_herning_key(l) ||
        mnt_line_bare_number(l) || mnt_status_line(l) ||
        fold_prefix(l->s, l->len, "Punkt ") > 0 || mnt_line_is_prose(l) ||
        mnt_line_is_statement(l))
        return 0;
    return !mnt_section_heading(l->s, l->len, &nl, &off) || off < l->len;
}

int mnt_opens_title(const struct mnt_doc *d, size_t i)
{
    return mnt_line_opens_title(&d->lines[i]);
}
