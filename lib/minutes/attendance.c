/* SPDX-License-Identifier: GPL-2.0-or-later */
/* attendance.c - who came: the meeting's attendance from the preamble's
 * fields and lists ("Deltagere:", "Medlemmer" and a name a line,
 * "Fraværende<TAB>…", fields inside a flattened page's line), and an
 * item's attendance - short statements, never its body. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"
#include "minutes/segment_internal.h"

#define LIST_LINES      40u  /* lines of a list under "Deltagere:" */
#define ATTEND_FLAT_MAX 400u /* bytes of a field's value inside a line */

/* ---- the meeting's attendance ---- */

static const char *const ATTEND_KEYS[] = {
    "Deltagere",
    "Mødedeltagere",
    "Til stede",
    "Tilstede",
    "Fremmødte",
    "Medlemmer",
    "Forvaltningen",
    "Administrationen",
    "Afbud",
    "Afbud fra",
    "Fraværende",
    "Fraværende med afbud",
    "Fraværende uden afbud",
    "Fravær",
    "Ikke til stede",
    "Deltog ikke",
    "Øvrige deltagere",
    "Eksterne deltagere",
    "Desuden deltog",
    "Gæst",
    "Gæster",
    "Referent",
    "Fra forvaltningen",
    "Fra administrationen",
    "Fra sekretariatet",
};
#define NATTEND (sizeof ATTEND_KEYS / sizeof *ATTEND_KEYS)

/* Bytes of a list marker ("•", "-", "*", "–", "o ") at the start. */
static size_t bullet_len(const struct mnt_line *l)
{
    static const char *const marks[] = {
        "\xE2\x80\xA2", "\xE2\x80\x93", "-", "*", "o ", "\xC2\xB7"};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t n = strlen(marks[k]);
        if (l->len > n && memcmp(l->s, marks[k], n) == 0 &&
            (l->s[n] == ' ' || marks[k][n - 1] == ' '))
            return n;
    }
    return 0;
}

/* Letters, all of them capitals, at least four ("ÅBNE SAGER"). */
static int all_caps_line(const struct mnt_line *l)
{
    size_t upper = 0;
    for (size_t i = 0; i < l->len;) {
        uint32_t cp;
        i += utf8_decode(l->s + i, l->len - i, &cp);
        if (fold_is_lower(cp))
            return 0;
        upper += fold_is_upper(cp);
    }
    return upper >= 4;
}

/* "Medlemmer", "MØDEDELTAGERE" alone on a line: a key whose list follows. */
static size_t bare_key(const struct mnt_line *l)
{
    /* a label is capitalised: "medlemmer" alone in lower case is the
     * tail of a wrapped line ("b. Udvalgets" / "medlemmer") */
    if (!mnt_starts_upper(l->s, l->len))
        return 0;
    for (size_t k = 0; k < NATTEND; k++)
        if (fold_eq(l->s, l->len, ATTEND_KEYS[k], strlen(ATTEND_KEYS[k])))
            return l->len;
    return 0;
}

/* "Kirsten Holm: formand": a field line keyed by a name (capitalised
 * words), an entry of a list; "Fra forvaltningen: Ingen" is not. */
static int names_key(const struct mnt_line *l)
{
    const char *colon = memchr(l->s, ':', l->len);
    size_t n = colon ? (size_t)(colon - l->s) : l->len, i = 0;
    struct mnt_tok t;
    while (mnt_tok_next(l->s, n, &i, &t))
        if (!mnt_tok_capital(&t))
            return 0;
    return 1;
}

/* Could the line be one entry of a list of people: "Aage Brask (A)",
 * "Formand Knud Saxtorph", "Kirsten Holm: formand", "Carsten, Mads"? Not a
 * section in capitals ("ÅBNE SAGER"), a heading word ("Indhold",
 * "Bemærkninger") or a phrase or sentence ("Bemærkninger til
 * dagsorden", "Mødet blev afsluttet kl. 16.20", "Hent referat som PDF"). */
static int name_like(const struct mnt_line *l)
{
    static const char *const heads[] = {
        "Indhold",      "Indholdsfortegnelse", "Bemærkninger",
        "Sagsoversigt", "Dagsorden",           "Side",
        "Referat",      "Beslutning",          "Sagsfremstilling"};
    struct mnt_tok first, second;
    size_t i = 0;
    if (all_caps_line(l) || !mnt_tok_next(l->s, l->len, &i, &first))
        return 0;
    for (size_t k = 0; k < sizeof heads / sizeof *heads; k++)
        if (fold_eq(first.s, first.n, heads[k], strlen(heads[k])))
            return 0;
    /* a second word in lower case right after the first: a phrase */
    return !(mnt_tok_capital(&first) &&
             mnt_tok_next(l->s, l->len, &i, &second) &&
             second.s == first.s + first.n + 1 && !mnt_tok_capital(&second));
}

/* A list under a key with nothing after it ("Deltagere:" and then
 * "• Kirsten Holm: formand" lines, or "Medlemmer" and a name a line), as
 * one line: "Kirsten Holm: formand, Rasmus Eg". NULL if none (also on
 * out-of-memory: the caller checks *nomem). */
static char *list_value(const struct mnt_doc *d, size_t i, size_t lim,
                        size_t *end, int *nomem)
{
    struct buf b;
    buf_init(&b);
    size_t last = i, gap = 0;
    int bullets = 0;
    for (size_t j = i + 1, n = 0; j < lim && n < LIST_LINES; j++) {
        const struct mnt_line *l = &d->lines[j];
        if (l->kind != MNT_LINE_TEXT) {
            if (++gap > 1)
                break;
            continue;
        }
        size_t bl = bullet_len(l);
        int marked = bl > 0 || l->list;
        if (n == 0)
            bullets = marked;
        /* a name a line: short, no field, no item heading, nothing that
         * reads as a heading or a sentence; a bulleted list ends at a
         * line without a bullet ("Bemærkninger") */
        if (l->level > 0 || (!marked && bullets) ||
            (bl == 0 &&
             (l->len > 80 || mnt_starts_numbered(l) || !name_like(l) ||
              mnt_field_key_len(l, ATTEND_KEYS, NATTEND, 1) > 0 ||
              bare_key(l) > 0 ||
              (mnt_field_line(l) && (gap > 0 || !names_key(l))))))
            break;
        if (bl == 0 && mnt_field_line(l) && b.len == 0)
            break; /* "Dato: …": the list is empty */
        /* "Fraværende:" / "Godkendt.": the item's decision after an empty
         * field, as "Fraværende: Godkendt." on one line */
        if (n == 0 && bl == 0 && mnt_attend_decision_after(l->s, l->len))
            break;
        char *v = mnt_clean_oneline(l, 1, bl);
        if (v == NULL || (v[0] != '\0' &&
                          ((b.len > 0 && buf_append(&b, ", ", 2) != ERR_OK) ||
                           buf_append(&b, v, strlen(v)) != ERR_OK))) {
            free(v);
            buf_fini(&b);
            *nomem = 1;
            return NULL;
        }
        free(v);
        last = j, gap = 0, n++;
    }
    *end = last + 1;
    char *out = b.len > 0 ? buf_detach(&b) : NULL;
    buf_fini(&b);
    return out;
}

#define FLAT_KEY_MAX 24u /* bytes of a field's key inside a line */
/* bytes of a line searched for fields (the header of a flattened page) */
#define FLAT_SCAN_MAX 8192u

/* Where the value starting at s[v] ends in a flattened line: at the next
 * field ("Gæster:", "Mødested:"), numbered heading ("1. Godkendelse") or
 * list of contents, at most ATTEND_FLAT_MAX bytes on. */
static size_t flat_value_end(const char *s, size_t n, size_t v)
{
    static const char *const stops[] = {"Sagsoversigt", "Indholdsfortegnelse",
                                        "Dagsorden", "Side "};
    size_t lim = n - v > ATTEND_FLAT_MAX ? v + ATTEND_FLAT_MAX : n;
    for (size_t j = v; j < lim; j++) {
        if (j > v && s[j - 1] != ' ')
            continue;
        if (ascii_upper(s[j])) {
            /* a key: a capitalised word and up to two in lower case
             * ("Fraværende med afbud:"; "Eva Lund Afbud:" is a name) */
            for (size_t k = j, sp = 0; k < n && k - j < FLAT_KEY_MAX; k++) {
                if (s[k] == ':')
                    return j;
                if ((s[k] == ' ' &&
                     (++sp > 2 || k + 1 >= n || ascii_upper(s[k + 1]) ||
                      (unsigned char)s[k + 1] == 0xC3)) ||
                    s[k] == ',' || s[k] == '.' || s[k] == '(' ||
                    mnt_digit(s[k]))
                    break;
            }
            for (size_t k = 0; k < sizeof stops / sizeof *stops; k++)
                if (fold_prefix(s + j, n - j, stops[k]) > 0)
                    return j;
        }
        size_t d = j;
        while (d < n && mnt_digit(s[d]))
            d++;
        if (d > j && d + 2 < n && s[d] == '.' && s[d + 1] == ' ' &&
            ascii_upper(s[d + 2]))
            return j;
    }
    return lim;
}

/* A PDF transcript flattened to one line a page (or a header printed as
 * one paragraph) holds its fields inside a line: "… Til stede: Aage Brask,
 * Eva Lund. Gæster: …". Each attendance key there after a space, with its
 * value, as a line of b. */
static int flat_attendees(const struct mnt_line *l, struct buf *b)
{
    const char *s = l->s;
    size_t n = l->len < FLAT_SCAN_MAX ? l->len : FLAT_SCAN_MAX;
    for (size_t i = 1; i < n; i++) {
        if (s[i - 1] != ' ')
            continue;
        size_t k = 0, key = 0;
        for (size_t a = 0; a < NATTEND; a++) {
            size_t m = fold_prefix(s + i, n - i, ATTEND_KEYS[a]);
            if (m > key && i + m < n && s[i + m] == ':')
                key = m, k = m + 1;
        }
        if (k == 0)
            continue;
        size_t v = i + k;
        while (v < n && s[v] == ' ')
            v++;
        size_t end = flat_value_end(s, n, v);
        size_t e = end;
        while (e > v && (s[e - 1] == ' ' || s[e - 1] == '.' || s[e - 1] == ','))
            e--;
        if (e > v && ((b->len > 0 && buf_putc(b, '\n') != ERR_OK) ||
                      buf_printf(b, "%.*s: %.*s", (int)key, s + i, (int)(e - v),
                                 s + v) != ERR_OK))
            return ERR_NOMEM;
        i = end > i ? end - 1 : i;
    }
    return ERR_OK;
}

int mnt_attendees_infer(const struct mnt_doc *d, size_t lim,
                        struct mnt_meeting *m)
{
    struct buf b;
    buf_init(&b);
    int rc = ERR_OK;
    for (size_t i = 0; i < lim && rc == ERR_OK;) {
        const struct mnt_line *l = &d->lines[i];
        size_t k = 0;
        if (l->kind == MNT_LINE_TEXT &&
            (k = mnt_field_key_len(l, ATTEND_KEYS, NATTEND, 1)) == 0)
            k = bare_key(l);
        if (k == 0) {
            if (l->kind == MNT_LINE_TEXT && flat_attendees(l, &b) != ERR_OK)
                rc = ERR_NOMEM;
            i++;
            continue;
        }
        size_t end = i + 1;
        int nomem = 0;
        char *v = k < l->len ? mnt_field_value(d, i, lim, k, 2, &end)
                             : list_value(d, i, lim, &end, &nomem);
        if (v == NULL && (k < l->len || nomem)) {
            rc = ERR_NOMEM;
            break;
        }
        if (v != NULL && v[0] != '\0') {
            size_t kn = k;
            while (kn > 0 && (l->s[kn - 1] == ' ' || l->s[kn - 1] == ':' ||
                              l->s[kn - 1] == '\t'))
                kn--;
            if ((b.len > 0 && buf_putc(&b, '\n') != ERR_OK) ||
                buf_printf(&b, "%.*s: %s", (int)kn, l->s, v) != ERR_OK)
                rc = ERR_NOMEM;
        }
        free(v);
        i = end > i ? end : i + 1;
    }
    if (rc == ERR_OK && b.len > 0)
        m->attendees = buf_detach(&b);
    buf_fini(&b);
    return rc;
}

/* ---- item attendance ---- */

int mnt_title_is_attendance(const char *title)
{
    static const char *const about[] = {
        "mødedeltagelse", "fremmøde",        "deltagere", "afbud",
        "fravær",         "tilstedeværelse", "deltagelse"};
    /* "Deltagelse i Folkemødet", "Fravær på skolerne": a topic */
    static const char *const topic[] = {"i",      "på",    "ved", "til",
                                        "for",    "om",    "af",  "hos",
                                        "blandt", "under", "med", "efter"};
    if (title == NULL)
        return 0;
    size_t n = strlen(title);
    for (size_t i = 0; i < sizeof about / sizeof *about; i++) {
        size_t k = fold_prefix(title, n, about[i]);
        if (k == 0)
            continue;
        struct mnt_tok first, next;
        size_t j = 0;
        if (!mnt_tok_next(title, n, &j, &first) ||
            !mnt_tok_next(title, n, &j, &next))
            return 1;
        for (size_t t = 0; t < sizeof topic / sizeof *topic; t++)
            if (mnt_tok_is(&next, topic[t]))
                return 0;
        return 1;
    }
    return 0;
}

/* An item's attendance is a few short statements, never its body: a
 * paragraph that says "afbud fra" may be the whole item (PDF text comes
 * as one paragraph per page), and a title that merely starts with
 * "Deltagelse" may head a long case. */
#define ATTEND_ITEM_MAX   1000u /* bytes of an item's attendance text */
#define ATTEND_STMT_MAX   300u  /* bytes of one statement */
#define ATTEND_WHOLE_MAX  1500u /* an attendance item's text kept whole */
#define ATTEND_TITLE_WORD 4u    /* words of an attendance item's title */

static size_t count_words(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p != '\0'; p++)
        n += *p != ' ' && (p == s || p[-1] == ' ');
    return n;
}

/* A sentence ends at ". X" (also ! ?) with X a capital, unless the word
 * before is an initial ("Susanne B. Andersen"). */
static int ends_sentence(const char *p, size_t i, size_t n)
{
    if (p[i] != '.' && p[i] != '!' && p[i] != '?')
        return i + 1 >= n;
    if (i + 1 >= n)
        return 1;
    if (p[i + 1] != ' ' || i + 2 >= n)
        return 0;
    uint32_t c;
    utf8_decode(p + i + 2, n - i - 2, &c);
    int cap = fold_is_upper(c);
    int initial = i >= 1 && p[i - 1] != ' ' && (i < 2 || p[i - 2] == ' ');
    return cap && !initial;
}

/* ", og rådet …": a new clause, not the next name of a list. */
static int ends_clause(const char *p, size_t i, size_t n)
{
    if (p[i] != ',' || i + 2 >= n || p[i + 1] != ' ')
        return 0;
    uint32_t c;
    utf8_decode(p + i + 2, n - i - 2, &c);
    return fold_is_lower(c);
}

/* Append p[a..b) to `out` (a line of its own), cut to ATTEND_STMT_MAX at
 * a space and to what is left of ATTEND_ITEM_MAX. */
static int put_statement(struct buf *out, const char *p, size_t a, size_t b)
{
    size_t room = out->len < ATTEND_ITEM_MAX ? ATTEND_ITEM_MAX - out->len : 0;
    size_t max = room < ATTEND_STMT_MAX ? room : ATTEND_STMT_MAX;
    if (b - a > max) {
        b = a + max;
        while (b > a && p[b] != ' ')
            b--;
    }
    while (a < b && p[a] == ' ')
        a++;
    if (b <= a)
        return ERR_OK;
    if (out->len > 0 && buf_putc(out, '\n') != ERR_OK)
        return ERR_NOMEM;
    return buf_append(out, p + a, b - a);
}

/* The statements of one paragraph p[0..n): a line that is an attendance
 * field ("Afbud: …") up to its end; else for each of `says` the sentence
 * holding it, from its start to its end or to a new clause after the
 * phrase (", og rådet …"), at most ATTEND_STMT_MAX bytes. */
/* Does p[i..n) start with a phrase saying who came or sent apologies? */
static int says_attendance(const char *p, size_t i, size_t n)
{
    static const char *const says[] = {
        "deltog under",   "deltog i punktet", "deltog ikke",
        "meldt afbud",    "afbud fra",        "forlod mødet",
        "var fraværende", "var mødt",         "deltog i mødet",
    };
    for (size_t k = 0; k < sizeof says / sizeof *says; k++)
        if ((p[i] | 0x20) == says[k][0] &&
            fold_prefix(p + i, n - i, says[k]) > 0)
            return 1;
    return 0;
}

int mnt_is_attendance_label(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':'))
        n--;
    for (size_t k = 0; k < NATTEND; k++)
        if (fold_eq(s, n, ATTEND_KEYS[k], strlen(ATTEND_KEYS[k])))
            return 1;
    return 0;
}

int mnt_line_is_attendance(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r'))
        n--;
    if (n == 0 || n > ATTEND_STMT_MAX)
        return 0;
    int says = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && ends_sentence(s, i, n))
            return 0; /* two sentences: a paragraph, not a note */
        says = says || says_attendance(s, i, n);
    }
    return says;
}

static int para_statements(const char *p, size_t n, struct buf *out)
{
    static const char *const keys[] = {
        "Deltagere",       "Mødedeltagere", "Fraværende", "Fravær",
        "Afbud",           "Gæster",        "Gæst",       "Til stede",
        "Tilstede",        "Fremmødte",     "Fremmødt",   "Desuden deltog",
        "Øvrige deltagere"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = fold_prefix(p, n, keys[k]);
        while (l > 0 && l < n && p[l] == ' ')
            l++;
        if (l > 0 && l < n && p[l] == ':')
            return mnt_attend_not_people(p + l + 1, n - l - 1)
                       ? ERR_OK
                       : put_statement(out, p, 0,
                                       mnt_attend_field_end(p, l + 1, n));
    }
    for (size_t i = 0; i < n && out->len < ATTEND_ITEM_MAX; i++) {
        if (!says_attendance(p, i, n))
            continue;
        size_t a = i, b = i;
        while (a > 0 && i - a < ATTEND_STMT_MAX && !ends_sentence(p, a - 1, n))
            a--;
        /* to the sentence's end, or to a new clause after its last
         * phrase ("Alle var mødt, undtagen X, der havde meldt afbud.") */
        for (; b < n && b - a < ATTEND_STMT_MAX && !ends_sentence(p, b, n); b++)
            if (ends_clause(p, b, n)) {
                size_t j = b;
                while (j < n && j - a < ATTEND_STMT_MAX &&
                       !ends_sentence(p, j, n) && !says_attendance(p, j, n))
                    j++;
                if (j >= n || !says_attendance(p, j, n))
                    break;
                b = j;
            }
        b = b < n && !ends_clause(p, b, n) ? b + 1 : b; /* keep the . */
        if (put_statement(out, p, a, b) != ERR_OK)
            return ERR_NOMEM;
        i = b;
    }
    return ERR_OK;
}

char *mnt_item_attendees(const char *title, const char *body)
{
    if (title == NULL || body == NULL || body[0] == '\0')
        return NULL;
    if (mnt_title_is_attendance(title) &&
        count_words(title) <= ATTEND_TITLE_WORD &&
        strlen(body) <= ATTEND_WHOLE_MAX)
        return strdup(body);
    struct buf b;
    buf_init(&b);
    for (const char *p = body; *p != '\0';) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (para_statements(p, n, &b) != ERR_OK) {
            buf_fini(&b);
            return NULL;
        }
        p += n + (nl != NULL);
    }
    return b.len > 0 ? buf_detach(&b) : NULL;
}
