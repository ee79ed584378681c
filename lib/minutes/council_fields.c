/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_fields.c - for council.c: a council named by a field of the
 * header ("Udvalg: Udsatteråd", "UDVALG" over its value, a table's
 * "Udvalg | Dato" row over its cells, "Møde:" when it names a council).
 * Apart from council.c, which reads whole header lines and the text.
 * Also where a transcript's first page's number, letterhead and heading
 * end ("1 Odder Kommune Referat …"). */
#include <string.h>

#include "minutes/segment_internal.h"

#define LETTERHEAD_MAX 40u /* bytes of "Ikast-Brande Kommune" */
#define HEAD_WORDS_MAX 40u /* bytes of a name before the heading's word */

/* "Odder Kommune   Referat …", "IKAST-BRANDE KOMMUNE REFERAT …": a
 * municipality's letterhead before the minutes' heading on a transcript's
 * first page. Where the heading starts after it (from i), or i. */
static size_t after_letterhead(const char *s, size_t n, size_t i)
{
    for (size_t k = i + 1; k + 8 < n && k - i < LETTERHEAD_MAX; k++) {
        char auth[MNT_NAME_MAX];
        if (s[k] == ' ' && fold_prefix(s + k + 1, n - k - 1, "kommune ") > 0 &&
            mnt_place_authority(s + i, k - i, auth))
            return mnt_skip_sp(s, n, k + 9);
    }
    return i;
}

/* The length of the minutes' own word (mnt_document_word_at() or one of
 * spaced[0..ns)) s starts with, or 0. A prefix: "Referatet", "Referat:". */
static size_t heading_word_at(const char *s, size_t n,
                              const char *const *spaced, size_t ns)
{
    const char *w;
    for (size_t k = 0; (w = mnt_document_word_at(k)) != NULL; k++) {
        size_t e = fold_prefix(s, n, w);
        if (e > 0)
            return e;
    }
    for (size_t k = 0; k < ns; k++) {
        size_t e = fold_prefix(s, n, spaced[k]);
        if (e > 0)
            return e;
    }
    return 0;
}

size_t mnt_page_heading_end(const struct mnt_line *l)
{
    /* the minutes' own words, also letter-spaced as some letterheads
     * print them */
    static const char *const spaced[] = {"r e f e r a t", "d a g s o r d e n"};
    size_t i = 0;
    while (i < l->len && mnt_digit(l->s[i]))
        i++;
    if (i == 0 || i >= l->len || l->s[i] != ' ')
        return 0;
    while (i < l->len && (l->s[i] == ' ' || l->s[i] == '!'))
        i++;
    i = after_letterhead(l->s, l->len, i);
    /* the heading word first, or a capitalised one after a few words
     * (the council's or the department's name: "1 SKANDERBORG KOMMUNE
     * Social og Sundhed - Integration Referat af møde i …", "1 Halsnæs
     * Kommune Byrådet Beslutningsreferat af møde …") */
    for (size_t p = i; p < l->len && p - i <= HEAD_WORDS_MAX; p++) {
        if (p > i && (l->s[p - 1] != ' ' || l->s[p] < 'A' || l->s[p] > 'Z'))
            continue;
        size_t e = heading_word_at(l->s + p, l->len - p, spaced,
                                   sizeof spaced / sizeof *spaced);
        if (e > 0)
            return p + e;
    }
    return 0;
}

/* Offset of the value after "Key:", "Key " + capital, "KeyCapital"
 * ("UdvalgÆldreråd"), or "UDVALG" alone (value on the next line: then
 * returns l->len); 0 if the line is no such field. A leading "- " or
 * "• " is skipped. */
static size_t field_value_at(const struct mnt_line *l, const char *key,
                             int *colon)
{
    size_t b = 0;
    while (b < l->len && (l->s[b] == '-' || l->s[b] == '*' || l->s[b] == ' '))
        b++;
    if (l->len - b >= 3 && memcmp(l->s + b, "\xE2\x80\xA2", 3) == 0)
        b += 3;
    while (b < l->len && l->s[b] == ' ')
        b++;
    size_t k = fold_prefix(l->s + b, l->len - b, key);
    if (k == 0)
        return 0;
    size_t i = b + k;
    *colon = 0;
    /* "UDVALGET FOR BØRN OG UNGE": a key in capitals glued to a letter is
     * a longer word's start ("UdvalgPlan, Miljø …" glues a value) */
    if (i < l->len && l->s[i] != ' ' && l->s[i] != ':' && l->s[i] != '\t' &&
        mnt_all_capitals(l->s + b, k))
        return 0;
    while (i < l->len && l->s[i] == ' ')
        i++;
    /* "Udvalg: X", or a table row "Udvalg<TAB>X" */
    if (i < l->len && (l->s[i] == ':' || l->s[i] == '\t')) {
        *colon = 1;
        for (i++; i < l->len && (l->s[i] == ' ' || l->s[i] == '\t');)
            i++;
        return i;
    }
    if (i == l->len) /* "UDVALG" alone, printed in capitals */
        return mnt_all_capitals(l->s + b, k) ? i : 0;
    /* "Udvalg Ikon" / "Udvalget for …": the label's icon kept as its
     * alt text ("Ikon") by the page's text; the value is the next line */
    if (fold_eq(l->s + i, l->len - i, "ikon", 4))
        return l->len;
    uint32_t cp;
    utf8_decode(l->s + i, l->len - i, &cp);
    if (!fold_is_upper(cp))
        return 0; /* "Udvalgets", "Udvalg for …" */
    return i;
}

/* The council a field's value names: a lone noun in its definite form
 * ("Udsatteråd" -> "Udsatterådet"), a town and a noun without the town
 * ("Viborg Udsatteråd" -> "Udsatterådet"), anything else as printed. */
static int council_of_value(const char *v, size_t n, int need_noun,
                            char out[MNT_NAME_MAX])
{
    /* a table drawn with bars: "Udvalg: | Social- og Sundhedsudvalget |" */
    while (n > 0 && (v[0] == ' ' || v[0] == '|'))
        v++, n--;
    while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '.' || v[n - 1] == '|'))
        n--;
    /* "Økonomiudvalget (ØU)": the name without its abbreviation */
    if (n > 0 && v[n - 1] == ')')
        for (size_t p = n - 1; p > 1; p--)
            if (v[p] == '(' && v[p - 1] == ' ') {
                n = p - 1;
                break;
            }
    if (n == 0)
        return 0;
    struct mnt_tok first, second;
    size_t i = 0, j;
    char town[MNT_NAME_MAX];
    if (!mnt_tok_next(v, n, &i, &first))
        return 0;
    j = i;
    /* "- Udvalg: regionsrådet": the field says it is a council */
    if (i == n && first.s == v && mnt_council_noun(&first, 1, out)) {
        mnt_capitalise(out);
        return 1;
    }
    if (mnt_tok_next(v, n, &j, &second) && j == n &&
        mnt_place_authority(first.s, first.n, town) &&
        mnt_council_noun(&second, 0, out))
        return 1;
    int noun = 0;
    for (size_t p = 0; p < n; p++)
        if (mnt_digit(v[p]))
            return 0; /* "Møde: tirsdag d. 14. maj" */
    for (size_t p = 0; mnt_tok_next(v, n, &p, &first);)
        noun |= mnt_council_noun(&first, 1, town);
    /* "Møde: Børn og Unge": a committee named by its areas */
    if (need_noun && !noun && !mnt_areas_name(v, n))
        return 0;
    mnt_name_copy(out, v, n);
    return 1;
}

/* The number of cells of a table row (tab-joined). */
static size_t cells_of(const struct mnt_line *l)
{
    size_t n = 1;
    for (size_t i = 0; i < l->len; i++)
        n += l->s[i] == '\t';
    return n;
}

/* Is v[0..n) nothing but other column headers ("Dato Type Hent" after
 * "Udvalg ")? Then the line is a table's header row flattened to text. */
static int column_headers(const char *v, size_t n)
{
    static const char *const heads[] = {
        "dato",     "tid",      "tidspunkt", "type",     "hent",      "sted",
        "mødested", "mødedato", "status",    "dokument", "dokumenter"};
    struct mnt_tok t;
    size_t i = 0, words = 0;
    while (mnt_tok_next(v, n, &i, &t)) {
        int head = 0;
        for (size_t k = 0; k < sizeof heads / sizeof *heads && !head; k++)
            head = fold_eq(t.s, t.n, heads[k], strlen(heads[k]));
        if (!head || !mnt_tok_capital(&t))
            return 0;
        words++;
    }
    return words > 0;
}

/* The row under a flattened header row ("Byrådet 24-06-2020 16:00
 * Referat Samlet dokument"): its first cell is the words before the
 * first one opening with a digit. */
static size_t first_cell(const struct mnt_line *l)
{
    struct mnt_tok t;
    size_t i = 0;
    while (mnt_tok_next(l->s, l->len, &i, &t))
        if (mnt_digit(t.s[0])) {
            size_t e = (size_t)(t.s - l->s);
            while (e > 0 && l->s[e - 1] == ' ')
                e--;
            return e;
        }
    return 0;
}

/* A council field on line i: "Udvalg: X", "UDVALG" / "X", "Møde:" / "X". */
#define FLAT_FIELD_SCAN 600u /* bytes of a flattened page searched */
#define FLAT_VALUE_MAX  80u  /* bytes of a field's value in it */

/* Where the next field's label ("Mødedato:", "Sted:") starts in s[from,
 * n), at most FLAT_VALUE_MAX bytes on, or 0: a capitalised word glued
 * to its colon after a space. */
static size_t next_label(const char *s, size_t n, size_t from)
{
    size_t end = from + FLAT_VALUE_MAX < n ? from + FLAT_VALUE_MAX : n;
    for (size_t k = from + 1; k < end; k++) {
        if (s[k - 1] != ' ')
            continue;
        uint32_t cp;
        utf8_decode(s + k, n - k, &cp);
        size_t e = k;
        while (e < end && s[e] != ' ' && s[e] != ':')
            e++;
        if (fold_is_upper(cp) && e < end && s[e] == ':' && e > k + 2)
            return k;
    }
    return 0;
}

/* "2018-2021" (a word of its own) at s? */
static int election_period(const char *s, size_t n)
{
    if (n < 9 || s[4] != '-' || (n > 9 && s[9] != ' '))
        return 0;
    for (size_t i = 0; i < 9; i++)
        if (i != 4 && !mnt_digit(s[i]))
            return 0;
    return 1;
}

/* "1 Region Sjælland Søg Referat Referat - Regionsrådet 2018-2021
 * 08-03-2021 16:00 …": the heading "Referat - <council> <period>" run
 * into the page's line with the fields under it; the council is the
 * words up to the election period ("2018-2021"), which must follow
 * within a value's length (no heading's dash of a sentence). */
static int flat_referat_dash(const char *s, size_t n, char out[MNT_NAME_MAX])
{
    static const char head[] = "Referat - ";
    size_t h = sizeof head - 1;
    for (size_t k = 1; k + h < n; k++) {
        if (s[k - 1] != ' ' || memcmp(s + k, head, h) != 0)
            continue;
        size_t v = k + h, end = v + FLAT_VALUE_MAX < n ? v + FLAT_VALUE_MAX : n;
        for (size_t e = v + 1; e + 10 <= end; e++)
            if (s[e - 1] == ' ' && election_period(s + e, n - e))
                return council_of_value(s + v, e - 1 - v, 1, out);
        return 0;
    }
    return 0;
}

/* "1 Referat Udvalg: Økonomi-, teknik- og miljøudvalget Mødedato:
 * 16-09-2019 Mødested: …": a transcript's first page runs the header's
 * fields into one line with its items. The committee's field there
 * names the council when the next field's label ends its value. */
static int flat_committee_field(const struct mnt_line *l,
                                char out[MNT_NAME_MAX])
{
    if (l->len == 0 || !mnt_digit(l->s[0]))
        return 0; /* no page's number: no flattened page */
    size_t n = l->len < FLAT_FIELD_SCAN ? l->len : FLAT_FIELD_SCAN;
    for (size_t k = 1; k + 7 < n; k++) {
        if (l->s[k - 1] != ' ' || memcmp(l->s + k, "Udvalg:", 7) != 0)
            continue;
        size_t v = mnt_skip_sp(l->s, l->len, k + 7);
        size_t e = next_label(l->s, l->len, v);
        /* "Udvalg: HMU Socialområdet - Mødedato: …": the fields' dash */
        while (e > v && (l->s[e - 1] == ' ' || l->s[e - 1] == '-'))
            e--;
        return e > v && council_of_value(l->s + v, e - v, 0, out);
    }
    return flat_referat_dash(l->s, n, out);
}

/* "Udvalg" alone on its line, its value on the next and the next
 * field's label "Dato" opening the line after (a WordPress date page's
 * rows of label and value, Sermersooq's): the value, if it names a
 * council ("Lokaludvalget Nuuk", the town kept). A word alone in small
 * letters is a field only so: over a menu of committees it is none. */
static int label_over_value(const struct mnt_doc *d, size_t i, size_t lim,
                            char out[MNT_NAME_MAX])
{
    const struct mnt_line *l = &d->lines[i];
    if (!fold_eq(l->s, l->len, "Udvalg", strlen("Udvalg")))
        return 0;
    size_t j = mnt_next_text(d, i, lim, 2);
    size_t k = j < lim ? mnt_next_text(d, j, lim, 2) : lim;
    return k < lim && fold_prefix(d->lines[k].s, d->lines[k].len, "Dato") > 0 &&
           council_of_value(d->lines[j].s, d->lines[j].len, 1, out);
}

int mnt_council_field(const struct mnt_doc *d, size_t i, size_t lim,
                      char out[MNT_NAME_MAX])
{
    static const struct {
        const char *key;
        int need_noun; /* the value must name a council */
    } keys[] = {{"Udvalg", 0}, {"Råd", 0},  {"Forum", 0},
                {"Organ", 0},  {"Møde", 1}, {"Mødeforum", 0}};
    const struct mnt_line *l = &d->lines[i];
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        int colon = 0;
        size_t v = field_value_at(l, keys[k].key, &colon);
        if (v == 0)
            continue;
        if (!colon && keys[k].need_noun)
            continue;
        size_t j = mnt_next_text(d, i, lim, 2);
        /* a table's header row "Udvalg | Dato | Type" over its values
         * "Byrådet | 26-08-2020 16:00 | Referat": the value is the cell
         * under the key */
        if (l->cell && j < lim && d->lines[j].cell && cells_of(l) >= 3 &&
            cells_of(&d->lines[j]) == cells_of(l)) {
            const char *t = memchr(d->lines[j].s, '\t', d->lines[j].len);
            return council_of_value(d->lines[j].s, (size_t)(t - d->lines[j].s),
                                    keys[k].need_noun, out);
        }
        /* "Udvalg Dato Type Hent" / "Byrådet 24-06-2020 16:00 Referat":
         * a header row read as text; the value is the row's first cell,
         * and it must name a council */
        if (!colon && v < l->len && column_headers(l->s + v, l->len - v)) {
            size_t c = j < lim ? first_cell(&d->lines[j]) : 0;
            return c > 0 && council_of_value(d->lines[j].s, c, 1, out);
        }
        if (v < l->len)
            return council_of_value(l->s + v, l->len - v, keys[k].need_noun,
                                    out);
        /* an empty field above the next one ("Udvalg:" / "Dato:" / …, a
         * Drupal page's labels): the next label is no value */
        return j < lim && d->lines[j].s[d->lines[j].len - 1] != ':' &&
               !mnt_transcript_mark(&d->lines[j]) &&
               council_of_value(d->lines[j].s, d->lines[j].len,
                                keys[k].need_noun, out);
    }
    return label_over_value(d, i, lim, out) || flat_committee_field(l, out);
}
