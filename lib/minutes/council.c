/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council.c - which council a meeting's minutes are from: a field of the
 * header ("Udvalg: Udsatteråd", "UDVALG" over "Handicaprådet", "Møde:",
 * "Forum:"), else a council the header names ("Byrådet - Referat",
 * "Kultur- og Idrætsudvalget", "Udvalget for Ældre og Sundhed", "Rådet for
 * Socialt Udsatte"), else the council noun the text names most often. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define HEADER_LINES 15u /* non-blank lines that count as the header */
#define SCAN_LINES   60u /* lines searched when there is no preamble */
#define PHRASE_WORDS 5u  /* words after "Udvalget for", "Rådet for" */
#define COMPOUND_MAX 4u  /* "Fritids-, Kultur- og …": hyphenated parts */

static const char *const SUFFIXES[] = {"rådet", "udvalget", "nævnet"};

/* Councils whose name is no compound of a council noun. */
static const char *const BODIES[] = {"Kommunalbestyrelsen",
                                     "Borgerrepræsentationen", "Magistraten"};

static int ends_fold(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && fold_eq(s + n - k, k, suffix, k);
}

static void copy_name(char out[MNT_NAME_MAX], const char *s, size_t n)
{
    if (n >= MNT_NAME_MAX) {
        n = MNT_NAME_MAX - 1;
        n = utf8_floor(s, n);
    }
    memcpy(out, s, n);
    out[n] = '\0';
}

/* "THISTED BYRÅD" -> "Thisted Byråd": capitals of a word printed in
 * capitals folded (ASCII, Æ Ø Å). Writes at most cap - 1 bytes. */
static void title_case(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    int first = 1;
    for (size_t i = 0; i < n && o + 2 < cap;) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC3 && i + 1 < n && !first &&
            ((unsigned char)s[i + 1] == 0x86 ||
             (unsigned char)s[i + 1] == 0x98 ||
             (unsigned char)s[i + 1] == 0x85)) {
            out[o++] = (char)c;
            out[o++] = (char)((unsigned char)s[i + 1] + 0x20);
            i += 2;
            continue;
        }
        out[o++] = (char)(!first && c >= 'A' && c <= 'Z' ? c + 32 : c);
        first = c == ' ' || c == '-';
        i++;
    }
    out[o] = '\0';
}

static int all_capitals(const char *s, size_t n)
{
    int upper = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (fold_is_lower(cp))
            return 0;
        upper |= fold_is_upper(cp);
    }
    return upper;
}

/* "Udsatteråd", "Udsatterådets", "Socialudvalg", "BYRÅD" -> the definite
 * form in out. Lower-case words count only with `lower` (the last part of
 * "Kultur- og fritidsudvalgets"). Returns 0 for no council noun:
 * "Rådet" alone, "Personaleområdet". */
static int council_noun(const struct mnt_tok *t, int lower,
                        char out[MNT_NAME_MAX])
{
    char w[MNT_NAME_MAX];
    if (t->n + 3 >= MNT_NAME_MAX)
        return 0;
    if (all_capitals(t->s, t->n))
        title_case(t->s, t->n, w, sizeof w);
    else
        copy_name(w, t->s, t->n);
    struct mnt_tok tw = {w, strlen(w)};
    if (!lower && !mnt_tok_capital(&tw))
        return 0;
    size_t n = tw.n;
    if (n > 1 && w[n - 1] == 's')
        n--; /* genitive */
    for (size_t b = 0; b < sizeof BODIES / sizeof *BODIES; b++)
        if (fold_eq(w, n, BODIES[b], strlen(BODIES[b]))) {
            snprintf(out, MNT_NAME_MAX, "%s", BODIES[b]);
            return 1;
        }
    for (size_t k = 0; k < sizeof SUFFIXES / sizeof *SUFFIXES; k++) {
        const char *def = SUFFIXES[k];
        size_t dl = strlen(def), il = dl - 2; /* "råd" */
        size_t base;
        if (ends_fold(w, n, def))
            base = n - dl;
        else if (n > il && fold_eq(w + n - il, il, def, il))
            base = n - il;
        else
            continue;
        /* "området", "Socialområdet": a word of its own ending in -råd */
        if (k == 0 && base >= 2 && fold_eq(w + base - 2, 2, "om", 2))
            return 0;
        /* bare "Rådet", "Udvalget" are too generic; "Byrådet" is not */
        if (base < 3 && !(base == 2 && fold_eq(w, 2, "by", 2)))
            return 0;
        memcpy(out, w, n);
        size_t len = n;
        if (n - base == il) {
            memcpy(out + len, "et", 2);
            len += 2;
        }
        out[len] = '\0';
        return 1;
    }
    return 0;
}

static int is_word_byte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (unsigned char)c >= 0x80;
}

/* Start of "Kultur- og " / "Fritids-, Kultur- og " / "Børn- Kultur og "
 * before the noun at s[at]: the parts of a compound council name. The
 * first part must end in a hyphen ("Teknik og Miljøudvalget" is read as
 * "Miljøudvalget"), except right before " & ": prose writes "og", so
 * "Børn & Læringsudvalget" is a name. Returns at if there are none. */
static size_t compound_start(const char *s, size_t at)
{
    size_t p;
    int amp = 0;
    if (at >= 4 && memcmp(s + at - 4, " og ", 4) == 0)
        p = at - 4;
    else if (at >= 3 && memcmp(s + at - 3, " & ", 3) == 0)
        p = at - 3, amp = 1;
    else
        return at;
    size_t start = at;
    for (unsigned parts = 0; parts < COMPOUND_MAX; parts++) {
        size_t q = p;
        if (q > 0 && s[q - 1] == ',')
            q--;
        int hyphen = q > 0 && s[q - 1] == '-';
        if (hyphen)
            q--;
        size_t w = q;
        while (w > 0 && q - w < MNT_NAME_MAX && is_word_byte(s[w - 1]))
            w--;
        uint32_t cp;
        if (w == q || utf8_decode(s + w, q - w, &cp) == 0 || !fold_is_upper(cp))
            break;
        if (hyphen || (amp && parts == 0))
            start = w;
        if (w < 2 || s[w - 1] != ' ')
            break;
        p = w - 1;
    }
    return start;
}

/* A council noun at token t of s, with its compound parts: "Kultur- og
 * Idrætsudvalget". Writes the name and returns 1, or returns 0. */
static int is_stop_word(const struct mnt_tok *t)
{
    static const char *const words[] = {
        "den", "d",  "kl",      "i",         "på",   "fra",  "til",
        "om",  "og", "referat", "dagsorden", "møde", "mødet"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (fold_eq(t->s, t->n, words[i], strlen(words[i])))
            return 1;
    return 0;
}

/* "Amager Vest Lokaludvalg", "Brønshøj-Husum Lokaludvalgs": a local
 * council named by its district, kept as printed (Copenhagen has twelve).
 * Writes the name and returns 1, or returns 0. */
static int local_council(const char *s, const struct mnt_tok *t,
                         char out[MNT_NAME_MAX])
{
    size_t n = t->n;
    if (n > 1 && t->s[n - 1] == 's')
        n--;
    if (!fold_eq(t->s, n, "Lokaludvalg", strlen("Lokaludvalg")))
        return 0;
    size_t at = (size_t)(t->s - s), start = at;
    for (int words = 0; words < 3 && start >= 2 && s[start - 1] == ' ';
         words++) {
        size_t w = start - 1;
        while (w > 0 && start - w < MNT_NAME_MAX &&
               (is_word_byte(s[w - 1]) || s[w - 1] == '-'))
            w--;
        uint32_t cp;
        if (w == start - 1 || utf8_decode(s + w, start - 1 - w, &cp) == 0 ||
            !fold_is_upper(cp))
            break;
        struct mnt_tok word = {s + w, start - 1 - w};
        if (is_stop_word(&word))
            break;
        start = w;
    }
    if (start == at || at - start + n >= MNT_NAME_MAX)
        return 0;
    memcpy(out, s + start, at - start + n);
    out[at - start + n] = '\0';
    return 1;
}

/* "Det fælles landdistriktsråd", "Det rådgivende integrationsudvalg": a
 * council named with an article and one or two adjectives, its noun in
 * lower case and indefinite; kept as printed. */
static int article_council(const char *s, const struct mnt_tok *t,
                           char out[MNT_NAME_MAX])
{
    size_t start = (size_t)(t->s - s);
    char noun[MNT_NAME_MAX];
    if (t->n == 0 || !council_noun(t, 1, noun))
        return 0;
    for (int words = 0; words < 3 && start >= 2 && s[start - 1] == ' ';
         words++) {
        size_t w = start - 1;
        while (w > 0 && start - w < 40 && is_word_byte(s[w - 1]))
            w--;
        if (w == start - 1 || (w > 0 && s[w - 1] != ' '))
            return 0; /* two spaces, or a word too long */
        if (fold_eq(s + w, start - 1 - w, "Det", 3) ||
            fold_eq(s + w, start - 1 - w, "Den", 3)) {
            size_t len = (size_t)(t->s - s) + t->n - w;
            if (s[w] < 'A' || s[w] > 'Z' || words == 0 || len >= MNT_NAME_MAX)
                return 0;
            memcpy(out, s + w, len);
            out[len] = '\0';
            return 1;
        }
        uint32_t cp;
        utf8_decode(s + w, start - 1 - w, &cp);
        if (!fold_is_lower(cp))
            return 0;
        start = w;
    }
    return 0;
}

static int council_at(const char *s, const struct mnt_tok *t,
                      char out[MNT_NAME_MAX])
{
    if (local_council(s, t, out) || article_council(s, t, out))
        return 1;
    size_t at = (size_t)(t->s - s), start = compound_start(s, at);
    char noun[MNT_NAME_MAX];
    if (!council_noun(t, start < at, noun))
        return 0;
    size_t pre = at - start, nn = strlen(noun);
    if (pre + nn >= MNT_NAME_MAX)
        pre = 0; /* a compound too long to be a name: keep the noun */
    memcpy(out, s + start + (at - start - pre), pre);
    memcpy(out + pre, noun, nn + 1);
    return 1;
}

/* "Rådet for Socialt Udsatte", "Udvalget for Ældre og Sundhed", "Udvalg
 * for regional udvikling": the head and up to PHRASE_WORDS words after
 * "for" (an inner "og" allowed; Rådet wants capitalised words). Returns
 * the phrase length in s, or 0. */
static size_t head_for(const char *s, size_t n, size_t at)
{
    static const char *const heads[] = {"Rådet for ", "Udvalget for ",
                                        "Udvalg for "};
    size_t k = 0;
    int raadet = 0;
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        size_t hl = strlen(heads[h]);
        if (n - at >= hl && memcmp(s + at, heads[h], hl) == 0) {
            k = hl;
            raadet = h == 0;
            break;
        }
    }
    if (k == 0 || (at > 0 && s[at - 1] != ' ' && s[at - 1] != '\t'))
        return 0;
    size_t i = at + k, end = 0;
    struct mnt_tok t;
    for (unsigned words = 0; words < PHRASE_WORDS; words++) {
        size_t want = i; /* the next word must follow one space */
        if (!mnt_tok_next(s, n, &i, &t) || t.s != s + want)
            break;
        uint32_t cp;
        utf8_decode(t.s, t.n, &cp);
        int og = mnt_tok_is(&t, "og");
        if (!fold_is_letter(cp) || (!og && is_stop_word(&t)) ||
            (raadet && !og && !mnt_tok_capital(&t)))
            break;
        if (!og)
            end = (size_t)(t.s + t.n - s);
        if (i >= n || s[i] != ' ')
            break;
        i++;
    }
    return end > at + k ? end - at : 0;
}

/* "Byråd og udvalg", "Råd og nævn": a site's menu, not a council. `end`
 * is the offset after the word. */
static int menu_label(const char *s, size_t n, size_t end)
{
    static const char *const tails[] = {" og udvalg", " og nævn", " og råd",
                                        " & udvalg"};
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
        size_t len = fold_prefix(s + end, n - end, tails[k]);
        uint32_t cp = 0;
        if (len > 0 && end + len < n)
            utf8_decode(s + end + len, n - end - len, &cp);
        if (len > 0 && !fold_is_letter(cp))
            return 1;
    }
    return 0;
}

static void count_councils_line(const char *s, size_t n, int header,
                                struct mnt_tally *t)
{
    char name[MNT_NAME_MAX];
    for (size_t i = 0; i < n; i++) {
        size_t len = (s[i] == 'R' || s[i] == 'U') ? head_for(s, n, i) : 0;
        if (len > 0 && len < MNT_NAME_MAX) {
            mnt_tally_add(t, s + i, len, 1, header);
            i += len;
        }
    }
    size_t i = 0;
    struct mnt_tok tok;
    while (mnt_tok_next(s, n, &i, &tok))
        if (!menu_label(s, n, i) && council_at(s, &tok, name))
            mnt_tally_add(t, name, strlen(name), 1, header);
}

/* ---- fields of the header ---- */

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
        return all_capitals(l->s + b, k) ? i : 0;
    uint32_t cp;
    utf8_decode(l->s + i, l->len - i, &cp);
    if (!fold_is_upper(cp))
        return 0; /* "Udvalgets", "Udvalg for …" */
    return i;
}

/* Next text line after i within lim, or lim. */
static size_t next_text(const struct mnt_doc *d, size_t i, size_t lim)
{
    for (size_t j = i + 1; j < lim && j < i + 4; j++)
        if (d->lines[j].kind == MNT_LINE_TEXT)
            return j;
    return lim;
}

/* The council a field's value names: a lone noun in its definite form
 * ("Udsatteråd" -> "Udsatterådet"), a town and a noun without the town
 * ("Viborg Udsatteråd" -> "Udsatterådet"), anything else as printed. */
static int council_of_value(const char *v, size_t n, int need_noun,
                            char out[MNT_NAME_MAX])
{
    while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '.'))
        n--;
    if (n == 0)
        return 0;
    struct mnt_tok first, second;
    size_t i = 0, j;
    char town[MNT_NAME_MAX];
    if (!mnt_tok_next(v, n, &i, &first))
        return 0;
    j = i;
    if (i == n && first.s == v && council_noun(&first, 0, out))
        return 1;
    if (mnt_tok_next(v, n, &j, &second) && j == n &&
        mnt_place_authority(first.s, first.n, town) &&
        council_noun(&second, 0, out))
        return 1;
    int noun = 0;
    for (size_t p = 0; p < n; p++)
        if (v[p] >= '0' && v[p] <= '9')
            return 0; /* "Møde: tirsdag d. 14. maj" */
    for (size_t p = 0; mnt_tok_next(v, n, &p, &first);)
        noun |= council_noun(&first, 1, town);
    if (need_noun && !noun)
        return 0;
    copy_name(out, v, n);
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

/* A council field on line i: "Udvalg: X", "UDVALG" / "X", "Møde:" / "X". */
static int council_field(const struct mnt_doc *d, size_t i, size_t lim,
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
        size_t j = next_text(d, i, lim);
        /* a table's header row "Udvalg | Dato | Type" over its values
         * "Byrådet | 26-08-2020 16:00 | Referat": the value is the cell
         * under the key */
        if (l->cell && j < lim && d->lines[j].cell && cells_of(l) >= 3 &&
            cells_of(&d->lines[j]) == cells_of(l)) {
            const char *t = memchr(d->lines[j].s, '\t', d->lines[j].len);
            return council_of_value(d->lines[j].s, (size_t)(t - d->lines[j].s),
                                    keys[k].need_noun, out);
        }
        if (v < l->len)
            return council_of_value(l->s + v, l->len - v, keys[k].need_noun,
                                    out);
        return j < lim && council_of_value(d->lines[j].s, d->lines[j].len,
                                           keys[k].need_noun, out);
    }
    return 0;
}

/* Item headings are no header: "3. Orientering fra Ældrerådet". */
static int looks_like_item(const struct mnt_line *l)
{
    size_t i = 0;
    while (i < l->len && (l->s[i] == ' ' || l->s[i] == '-'))
        i++;
    if (l->len - i >= 3 && memcmp(l->s + i, "\xE2\x80\xA2", 3) == 0)
        i += 3;
    while (i < l->len && l->s[i] == ' ')
        i++;
    if (i < l->len && l->s[i] >= '0' && l->s[i] <= '9')
        return 1;
    return fold_prefix(l->s + i, l->len - i, "Pkt") > 0 ||
           fold_prefix(l->s + i, l->len - i, "Punkt ") > 0 ||
           fold_prefix(l->s + i, l->len - i, "Sag nr") > 0;
}

/* Council named in the header: a field first, then the first line that
 * names one ("REFERAT Udsatterådet d. …", "møde i Rådet for Socialt
 * Udsatte"). */
static int council_from_header(const struct mnt_doc *d, size_t npre,
                               char out[MNT_NAME_MAX])
{
    size_t lim = npre > 0 ? npre : SCAN_LINES;
    if (lim > d->nlines)
        lim = d->nlines;
    for (int pass = 0; pass < 2; pass++) {
        size_t seen = 0;
        for (size_t i = 0; i < lim && seen < HEADER_LINES; i++) {
            const struct mnt_line *l = &d->lines[i];
            if (l->kind != MNT_LINE_TEXT)
                continue;
            seen++;
            if (pass == 0) {
                if (council_field(d, i, lim, out))
                    return 1;
                continue;
            }
            if (looks_like_item(l))
                continue;
            struct mnt_tally *t = calloc(1, sizeof *t);
            if (t == NULL)
                return 0;
            count_councils_line(l->s, l->len, 1, t);
            /* three councils on one line: a menu or a list of links */
            int found = t->n > 0 && t->n < 3;
            if (found)
                snprintf(out, MNT_NAME_MAX, "%s", t->name[0]);
            free(t);
            if (found)
                return 1;
        }
    }
    return 0;
}

static int council_from_content(const struct mnt_doc *d, char out[MNT_NAME_MAX])
{
    struct mnt_tally *t = calloc(1, sizeof *t);
    if (t == NULL)
        return 0;
    /* Item headings name topics ("Orientering fra Ældrerådet"), not the
     * council that met. */
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT && !looks_like_item(&d->lines[i]))
            count_councils_line(d->lines[i].s, d->lines[i].len, 0, t);
    const char *best = mnt_tally_best(t, NULL);
    if (best != NULL)
        snprintf(out, MNT_NAME_MAX, "%s", best);
    free(t);
    return best != NULL;
}

int mnt_council_find(const struct mnt_doc *d, size_t npre,
                     char out[MNT_NAME_MAX], int *from_header)
{
    *from_header = 1;
    if (council_from_header(d, npre, out))
        return 1;
    *from_header = 0;
    return council_from_content(d, out);
}

static int contains_phrase(const struct mnt_doc *d, const char *p)
{
    size_t pn = strlen(p);
    if (pn == 0 || pn > d->len)
        return 0;
    for (const char *s = d->text; (size_t)(d->text + d->len - s) >= pn;) {
        const char *hit = memchr(s, p[0], (size_t)(d->text + d->len - s));
        if (hit == NULL || (size_t)(d->text + d->len - hit) < pn)
            return 0;
        if (memcmp(hit, p, pn) == 0) {
            uint32_t cp = 0;
            const char *after = hit + pn;
            if (after < d->text + d->len)
                utf8_decode(after, (size_t)(d->text + d->len - after), &cp);
            if (!fold_is_letter(cp))
                return 1;
        }
        s = hit + 1;
    }
    return 0;
}

char *mnt_council_compose(const struct mnt_doc *d, const char *body,
                          const char *authority)
{
    char buf[3 * MNT_NAME_MAX];
    if (body == NULL)
        return authority ? strdup(authority) : NULL;
    if (authority == NULL)
        return strdup(body);
    size_t bn = strlen(body);
    /* "Herning Kommunes Handicapråd", "Region Midtjyllands HMU": the name
     * already says whose council it is */
    if (strstr(body, authority) != NULL)
        return strdup(body);
    if (bn > 2 && strcmp(body + bn - 2, "et") == 0 &&
        (ends_fold(body, bn, "rådet") || ends_fold(body, bn, "udvalget") ||
         ends_fold(body, bn, "nævnet"))) {
        snprintf(buf, sizeof buf, "%ss %.*s", authority, (int)(bn - 2), body);
        if (contains_phrase(d, buf))
            return strdup(buf);
    }
    snprintf(buf, sizeof buf, "%s, %s", body, authority);
    return strdup(buf);
}
