/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_forms.c - councils named other than by a council noun: an
 * abbreviation ("KB", or "TMU" where the text spells it out), a committee
 * named by its areas ("Plan, Miljø og Teknik", "Børn og Unge"), and a
 * council of several municipalities ("Handicaprådet for Lolland og
 * Guldborgsund Kommuner"). For council.c, council_names.c and meta.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define AREA_WORDS   6u    /* words of a committee named by its areas */
#define JOINT_MAX    5u    /* municipalities of a joint council */
#define ABBREV_MAX   4u    /* letters of a council's abbreviation */
#define ABBREV_TRIES 3u    /* abbreviations tried on a heading line */
#define ABBREV_LINES 2000u /* lines read for what one stands for */

/* s[0..n) holding p[0..pn), or NULL (memmem is no C11). */
static const char *find(const char *s, size_t n, const char *p, size_t pn)
{
    for (size_t i = 0; pn > 0 && i + pn <= n; i++)
        if (s[i] == p[0] && memcmp(s + i, p, pn) == 0)
            return s + i;
    return NULL;
}

static int is_kommuner(const struct mnt_tok *t)
{
    return fold_eq(t->s, t->n, "kommuner", 8) ||
           fold_eq(t->s, t->n, "kommune", 7);
}

/* Words that join a name's parts. */
static int is_joiner(const struct mnt_tok *t)
{
    return mnt_tok_is(t, "og") || mnt_tok_is(t, "&");
}

/* Words of a heading, weekdays and months: no area of a committee. */
static int is_heading_word(const struct mnt_tok *t)
{
    /* the plurals name a site's section listing minutes ("Dagsordener
     * og referater"), never an area a committee is named after */
    static const char *const listing[] = {"referater", "dagsordener",
                                          "dagsordner"};
    for (size_t i = 0; i < sizeof listing / sizeof *listing; i++)
        if (fold_eq(t->s, t->n, listing[i], strlen(listing[i])))
            return 1;
    if (mnt_document_word(t->s, t->n))
        return 1;
    static const char *const words[] = {"møde",
                                        "mødet",
                                        "indhold",
                                        "bilag",
                                        "deltagere",
                                        "afbud",
                                        "dato",
                                        "sted",
                                        "mandag",
                                        "tirsdag",
                                        "onsdag",
                                        "torsdag",
                                        "fredag",
                                        "lørdag",
                                        "søndag",
                                        "januar",
                                        "februar",
                                        "marts",
                                        "april",
                                        "maj",
                                        "juni",
                                        "juli",
                                        "august",
                                        "september",
                                        "oktober",
                                        "november",
                                        "december",
                                        "kommune",
                                        "region",
                                        "den",
                                        "det",
                                        "i",
                                        "for",
                                        "til",
                                        "fra",
                                        "om",
                                        "af",
                                        "med",
                                        "på",
                                        "kl",
                                        "punkt",
                                        "ordinært",
                                        "ekstraordinært",
                                        "åbent",
                                        "åben",
                                        "lukket",
                                        "sager"};
    return fold_among(t->s, t->n, words, sizeof words / sizeof *words);
}

int mnt_areas_name(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
        n--;
    size_t i = 0, words = 0, joined = 0, last_joined = 0;
    struct mnt_tok t, first = {NULL, 0};
    for (size_t p = 0; p < n; p++)
        if (mnt_digit(s[p]) || s[p] == ':' || s[p] == '(')
            return 0; /* a date, a field, an aside */
    while (mnt_tok_next(s, n, &i, &t)) {
        if (is_joiner(&t)) {
            if (words == 0)
                return 0;
            joined = 1;
            last_joined = 1;
            continue;
        }
        char noun[MNT_NAME_MAX];
        /* a two-letter area is a capitalised word ("Udvikling, By og
         * Land"), no small word ("i", "på") nor abbreviation ("KB") */
        int two = t.n == 2 && mnt_tok_capital(&t) && ascii_lower(t.s[1]);
        if ((t.n < 3 && !two) || is_heading_word(&t) ||
            mnt_council_noun(&t, 1, noun) || mnt_ends_fold(t.s, t.n, "en") ||
            mnt_ends_fold(t.s, t.n, "et") || mnt_ends_fold(t.s, t.n, "erne") ||
            ++words > AREA_WORDS)
            return 0;
        if (first.s == NULL)
            first = t;
        last_joined = 0;
    }
    /* "&" is no word of mnt_tok_next(): "Teknik & Miljø" */
    if (!joined && find(s, n, " & ", 3) != NULL)
        joined = 1;
    return words >= 2 && joined && !last_joined && first.s != NULL &&
           mnt_tok_capital(&first);
}

size_t mnt_joint_places(const char *s, size_t n, size_t from,
                        char first[MNT_NAME_MAX], const char *member,
                        int *has_member)
{
    size_t i = from, end = 0, places = 0;
    int want_place = 1, joined = 0;
    struct mnt_tok t;
    char name[MNT_NAME_MAX];
    if (has_member != NULL)
        *has_member = 0;
    while (places <= JOINT_MAX && mnt_tok_next(s, n, &i, &t)) {
        if (want_place) {
            if (!mnt_tok_capital(&t) || !mnt_place_authority(t.s, t.n, name))
                break;
            if (places++ == 0 && first != NULL)
                snprintf(first, MNT_NAME_MAX, "%s", name);
            if (member != NULL && has_member != NULL &&
                strcmp(member, name) == 0)
                *has_member = 1;
            end = (size_t)(t.s + t.n - s);
            want_place = 0;
            /* "Fanø, Esbjerg og Varde" */
            if (i < n && s[i] == ',')
                want_place = 1;
            continue;
        }
        if (mnt_tok_is(&t, "og")) {
            want_place = joined = 1;
            continue;
        }
        if (joined && is_kommuner(&t))
            end = (size_t)(t.s + t.n - s);
        break;
    }
    return places >= 2 && joined && !want_place ? end : 0;
}

int mnt_joint_council(const char *name, const char *authority,
                      char first[MNT_NAME_MAX])
{
    const char *p = strstr(name, " for ");
    int member = 0;
    if (p == NULL)
        return 0;
    size_t n = strlen(name), from = (size_t)(p - name) + 5;
    if (mnt_joint_places(name, n, from, first, authority, &member) == 0)
        return 0;
    return member ? 2 : 1;
}

/* The initials of a council's name: a capital or first letter of each
 * word and of a compound's council noun ("Teknik- og Miljøudvalget" ->
 * "TMU", "Kommunalbestyrelsen" -> "KB", "Byrådet" -> "BR"), compared with
 * abbr[0..an) case folded. */
static int initials_are(const char *name, const char *abbr, size_t an)
{
    static const char *const nouns[] = {"rådet",       "råd",       "udvalget",
                                        "udvalg",      "nævnet",    "nævn",
                                        "bestyrelsen", "bestyrelse"};
    char ini[4 * (ABBREV_MAX + 2)];
    size_t o = 0, i = 0, letters = 0;
    struct mnt_tok t;
    size_t n = strlen(name);
    while (mnt_tok_next(name, n, &i, &t)) {
        if (mnt_tok_is(&t, "og") || mnt_tok_is(&t, "for") ||
            mnt_tok_is(&t, "i"))
            continue;
        for (size_t part = 0; part < 2; part++) {
            const char *w = t.s;
            if (part == 1) {
                w = NULL;
                for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
                    if (mnt_ends_fold(t.s, t.n, nouns[k])) {
                        w = t.s + t.n - strlen(nouns[k]);
                        break;
                    }
                if (w == NULL)
                    break;
            }
            uint32_t cp;
            size_t k = utf8_decode(w, (size_t)(t.s + t.n - w), &cp);
            if (k == 0 || o + k >= sizeof ini || ++letters > ABBREV_MAX)
                return 0;
            memcpy(ini + o, w, k);
            o += k;
        }
    }
    return o > 0 && fold_eq(ini, o, abbr, an);
}

/* The abbreviations every council uses for its own name. */
static const struct {
    const char *abbr, *name;
} COMMON[] = {{"KB", "Kommunalbestyrelsen"},
              {"BR", "Byrådet"},
              {"ØU", "Økonomiudvalget"},
              {"RR", "Regionsrådet"}};

int mnt_council_abbrev(const struct mnt_doc *d, const char *abbr, size_t an,
                       char out[MNT_NAME_MAX])
{
    for (size_t k = 0; k < sizeof COMMON / sizeof *COMMON; k++)
        if (an == strlen(COMMON[k].abbr) &&
            memcmp(abbr, COMMON[k].abbr, an) == 0) {
            snprintf(out, MNT_NAME_MAX, "%s", COMMON[k].name);
            return 1;
        }
    /* ~5 KiB: not on the stack */
    struct mnt_tally *t = calloc(1, sizeof *t);
    if (t == NULL)
        return 0;
    char bracket[ABBREV_MAX * 4 + 3];
    snprintf(bracket, sizeof bracket, "(%.*s)", (int)an, abbr);
    const char *found = NULL;
    int ambiguous = 0;
    for (size_t i = 0; i < d->nlines && i < ABBREV_LINES && !ambiguous; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        size_t before = t->n;
        mnt_councils_count_line(l->s, l->len, 0, 0, t);
        /* "Teknik- og Miljøudvalget (TMU)": the text spells it out */
        const char *br = find(l->s, l->len, bracket, strlen(bracket));
        for (size_t c = 0; c < t->n; c++) {
            const char *nm = t->name[c];
            size_t nl = strlen(nm);
            int spelt = br != NULL && c >= before &&
                        (size_t)(br - l->s) >= nl + 1 &&
                        memcmp(br - nl - 1, nm, nl) == 0;
            if (!spelt && !initials_are(nm, abbr, an))
                continue;
            if (found != NULL && strcmp(found, nm) != 0)
                ambiguous = 1;
            found = nm;
        }
    }
    int ok = found != NULL && !ambiguous;
    if (ok)
        snprintf(out, MNT_NAME_MAX, "%s", found);
    free(t);
    return ok;
}

#define HEADING_NEAR 2u  /* text lines from a lone name to "Referat" */
#define HEADING_LEN  60u /* bytes of such a "Referat fra mødet" line */

/* The next part of a heading "Børn og Unge - Referat - 12. marts 2024"
 * (parts split at " - ", " – ", " | " or a tab) from *i: its start in *p,
 * its length returned; 0 at the end. */
static size_t next_part(const char *s, size_t n, size_t *i, const char **p)
{
    static const char *const seps[] = {" - ", " \xE2\x80\x93 ", " | ", "\t"};
    if (*i >= n)
        return 0;
    size_t start = *i, end = n, skip = 0;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        const char *hit = find(s + start, n - start, seps[k], strlen(seps[k]));
        if (hit != NULL && (size_t)(hit - s) < end)
            end = (size_t)(hit - s), skip = strlen(seps[k]);
    }
    *p = s + start;
    *i = end + skip;
    while (end > start && s[end - 1] == ' ')
        end--;
    return end > start ? end - start : (*i < n ? next_part(s, n, i, p) : 0);
}

/* A part naming the minutes or a date: "Referat", "12. marts 2024". */
static int heading_part(const char *s, size_t n)
{
    for (size_t p = 0; p < n; p++)
        if (mnt_digit(s[p]))
            return 1;
    size_t i = 0;
    struct mnt_tok t;
    if (!mnt_tok_next(s, n, &i, &t))
        return 0;
    return mnt_document_word(t.s, t.n);
}

/* Is t an abbreviation: two to ABBREV_MAX capital letters? */
int mnt_abbreviation_tok(const struct mnt_tok *t)
{
    size_t letters = 0;
    for (size_t i = 0; i < t->n; letters++) {
        uint32_t cp;
        size_t k = utf8_decode(t->s + i, t->n - i, &cp);
        if (k == 0 || !fold_is_upper(cp))
            return 0;
        i += k;
    }
    return letters >= 2 && letters <= ABBREV_MAX;
}

/* Is the text line under line i (at most two lines down) the meeting's
 * day alone: a weekday first and a whole date ("Mandag den 14-05-2018 kl.
 * 16:30"), or a date and time alone ("14. maj 2018 kl. 16:30", round ic)? A web
 * archive prints a committee's name right above it, as others print "Referat".
 */
static int meeting_day_below(const struct mnt_doc *d, size_t i, size_t lim)
{
    static const char *const days[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                       "fredag", "lørdag",  "søndag"};
    for (size_t k = 1; k <= 2 && i + k < lim; k++) {
        const struct mnt_line *o = &d->lines[i + k];
        if (o->kind != MNT_LINE_TEXT)
            continue;
        size_t j = 0;
        struct mnt_tok t;
        char iso[11];
        if (o->len >= HEADING_LEN || !mnt_tok_next(o->s, o->len, &j, &t) ||
            mnt_date_find(o->s, o->len, iso) == 0 || mnt_line_other_date(o))
            return 0;
        for (size_t w = 0; w < sizeof days / sizeof *days; w++)
            if (fold_eq(t.s, t.n, days[w], strlen(days[w])))
                return 1;
        /* the date and time alone, no weekday: "15. oktober 2019 kl. 17" */
        return mnt_date_alone(o->s, o->len);
    }
    return 0;
}

int mnt_council_other(const struct mnt_doc *d, size_t i, size_t lim,
                      char out[MNT_NAME_MAX])
{
    const struct mnt_line *l = &d->lines[i];
    const char *p, *name = NULL;
    size_t len = 0, pl, at = 0;
    int heading = 0, parts = 0;
    /* "Social og sundheds møde den 12. juni 2023" */
    if (mnt_council_genitive_meeting(l->s, l->len, out))
        return 1;
    /* "Børn og Unge - Referat - 12. marts 2024" */
    while ((pl = next_part(l->s, l->len, &at, &p)) > 0) {
        parts++;
        if (heading_part(p, pl))
            heading = 1;
        else if (name == NULL && mnt_areas_name(p, pl))
            name = p, len = pl;
    }
    if (name != NULL && heading && parts > 1) {
        mnt_name_copy(out, name, len);
        return 1;
    }
    /* "Referat" / "Plan, Miljø og Teknik" */
    if (parts == 1 && name != NULL)
        for (size_t k = 1, seen = 0;
             k <= HEADING_NEAR + 2 && seen < 2 * HEADING_NEAR; k++)
            for (int side = -1; side <= 1; side += 2) {
                if ((side < 0 && i < k) || (side > 0 && i + k >= lim))
                    continue;
                const struct mnt_line *o = &d->lines[side < 0 ? i - k : i + k];
                if (o->kind != MNT_LINE_TEXT)
                    continue;
                seen++;
                if (o->len < HEADING_LEN && heading_part(o->s, o->len) &&
                    mnt_line_is_minutes_heading(o)) {
                    mnt_name_copy(out, name, len);
                    return 1;
                }
            }
    /* "Forebyggelse og Idræt" / "Mandag den 14-05-2018 kl. 16:30" */
    if (parts == 1 && name != NULL && meeting_day_below(d, i, lim)) {
        mnt_name_copy(out, name, len);
        return 1;
    }
    /* "Referat KB 12.3.2020": a council's abbreviation in the minutes'
     * heading */
    if (!heading && !mnt_line_is_minutes_heading(l))
        return 0;
    struct mnt_tok t;
    unsigned tries = 0;
    for (size_t j = 0;
         tries < ABBREV_TRIES && mnt_tok_next(l->s, l->len, &j, &t);) {
        /* "KB-mødet", "ØU-møde": the council's meeting */
        for (size_t h = 1; h + 5 < t.n; h++)
            if (t.s[h] == '-' &&
                (fold_eq(t.s + h + 1, t.n - h - 1, "møde", 5) ||
                 fold_eq(t.s + h + 1, t.n - h - 1, "mødet", 6))) {
                t.n = h;
                break;
            }
        if (!mnt_abbreviation_tok(&t))
            continue;
        /* each try reads the whole text: a few per heading line */
        tries++;
        if (mnt_council_abbrev(d, t.s, t.n, out))
            return 1;
    }
    return 0;
}

int mnt_name_adjective(const char *s, size_t n)
{
    return n >= 5 && (mnt_ends_fold(s, n, "al") || mnt_ends_fold(s, n, "isk"));
}

size_t mnt_caps_parts_case(const char *s, size_t n, char out[MNT_NAME_MAX])
{
    char low[MNT_NAME_MAX];
    mnt_title_case(s, n, low, sizeof low);
    size_t len = strlen(low);
    for (size_t i = 0; i + 4 <= len; i++)
        if (memcmp(low + i, " Og ", 4) == 0)
            low[i + 1] = 'o';
    memcpy(out, low, len);
    return len;
}
