/* SPDX-License-Identifier: GPL-2.0-or-later */
/* authority.c - the municipality or region whose minutes a text is: its
 * mentions ("<Name> Kommune", "<Town> Rådhus", "Byrådet i Randers",
 * "Region <Name>", an address "4600 Køge"), web and e-mail domains, and
 * the kind of council that met; names looked up in places.c. For
 * meta.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

/* Capitalised words that precede "Kommune" without naming one. */
static int is_function_word(const struct mnt_tok *t)
{
    static const char *const words[] = {
        "Den",   "Det",     "De",   "En",    "Et",     "Hver", "Denne", "Vores",
        "Jeres", "Samme",   "Hele", "Anden", "Enhver", "Ny",   "Nye",   "Din",
        "Min",   "Hvilken", "Nabo", "Egen",  "Til",    "Fra",  "I",     "Og",
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (mnt_tok_is(t, words[i]))
            return 1;
    return 0;
}

static int tok_fold(const struct mnt_tok *t, const char *w)
{
    return fold_eq(t->s, t->n, w, strlen(w));
}

/* "Rådhus", "Byråd", "Udsatteråd": words that, after a town's name, say
 * the text is that municipality's ("Brønderslev Rådhus", "THISTED BYRÅD",
 * "Viborg Udsatteråd"). */
static int is_town_suffix(const struct mnt_tok *t)
{
    static const char *const ends[] = {
        "rådhus", "rådhuset",   "råd",         "rådet",       "råds",
        "udvalg", "bestyrelse", "bestyrelsen", "bestyrelses", "repræsentation"};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t k = strlen(ends[i]);
        if (t->n >= k && fold_eq(t->s + t->n - k, k, ends[i], k))
            return 1;
    }
    return 0;
}

/* "MødestedKøbenhavns" (a label glued to its value by the page's
 * layout) -> "Københavns": the word after the last small-to-capital
 * change, or the whole word. */
static struct mnt_tok glued_tail(struct mnt_tok t)
{
    uint32_t prev = 0, cp;
    for (size_t i = 0; i < t.n;) {
        size_t k = utf8_decode(t.s + i, t.n - i, &cp);
        if (fold_is_lower(prev) && fold_is_upper(cp)) {
            t.s += i;
            t.n -= i;
            i = 0;
        } else {
            i += k;
        }
        prev = cp;
    }
    return t;
}

/* The region named by token t: "Midtjylland", or glued to the next word
 * of a flattened page ("Region SyddanmarkTil forsiden", the logo's text
 * run into the link beside it): the name up to a lower-case letter
 * followed by a capital. */
static int region_token(const struct mnt_tok *t, char name[MNT_NAME_MAX])
{
    if (mnt_region_name(t->s, t->n, name))
        return 1;
    for (size_t k = 1; k + 1 < t->n; k++)
        if (ascii_lower(t->s[k]) && ascii_upper(t->s[k + 1]))
            return mnt_region_name(t->s, k + 1, name);
    return 0;
}

static int is_postcode(const struct mnt_tok *t)
{
    if (t->n != 4 || t->s[0] < '1' || t->s[0] > '9')
        return 0;
    for (size_t i = 1; i < 4; i++)
        if (!mnt_digit(t->s[i]))
            return 0;
    return 1;
}

/* A town of two words ("Nykøbing F" of "Nykøbing F.", "Store
 * Heddinge", "Solrød Strand"), both capitalised: its authority. */
static int pair_authority(const struct mnt_tok *a, const struct mnt_tok *b,
                          char out[MNT_NAME_MAX])
{
    char two[MNT_NAME_MAX];
    if (a->n == 0 || b->n == 0 || a->n + b->n + 2 > sizeof two ||
        !mnt_tok_capital(a) || !mnt_tok_capital(b))
        return 0;
    memcpy(two, a->s, a->n);
    two[a->n] = ' ';
    memcpy(two + a->n + 1, b->s, b->n);
    return mnt_place_authority(two, a->n + 1 + b->n, out);
}

/* Does the word ending at s[end] consist of two to four ASCII capitals,
 * a case officer's initials ("KJO")? A flattened transcript runs a
 * heading's case number and initials on into the case's first sentence
 * ("07/2887 KJO Vejen bruges ikke"): the word after them opens it. */
static int initials_before(const char *s, size_t end)
{
    size_t w = end;
    while (w > 0 && s[w - 1] >= 'A' && s[w - 1] <= 'Z')
        w--;
    return end - w >= 2 && end - w <= 4 && (w == 0 || s[w - 1] == ' ');
}

/* Does the word at s[at] start a sentence (first of the line, or after
 * ". ", ": ", "! ", "? ", or after initials (initials_before))? */
static int sentence_start(const char *s, size_t at)
{
    while (at > 0 && s[at - 1] == ' ')
        at--;
    return at == 0 || s[at - 1] == '.' || s[at - 1] == ':' ||
           s[at - 1] == '!' || s[at - 1] == '?' || initials_before(s, at);
}

/* "Salg af grund i Rudkøbing", "Vallensbæk Strand": a town of the table
 * named alone (or as a town of two words), in `towns` - not at a
 * sentence's start before a word in lower case ("Vejen til skolen"), not
 * before another name ("Næstved Vestegn", a district; "Herning Kommune"
 * is counted as such). */
#define TOWN_LOOKUPS                                                           \
    4096u /* capitalised words looked up in the table:                         \
             a hostile text of capitals stays linear */

/* Does a person's name and party start at s[at] ("Karin Holt Due (V)",
 * two to four words of a name, then a party's letters in brackets)? A
 * flattened header runs its place on into the absent member ("… Kl.
 * 16:15 i Mødelokale 5, Allerslev Karin Holt Due (V)"): the town stands
 * alone. */
static int member_after(const char *s, size_t n, size_t at)
{
    for (int w = 0; w < 4 && at < n; w++) {
        size_t e = at;
        while (e < n && s[e] != ' ')
            e++;
        if (!mnt_name_word(s, at, e) || e + 3 >= n || s[e] != ' ')
            return 0;
        if (w > 0 && s[e + 1] == '(') {
            size_t k = e + 2;
            while (k < n && k < e + 6 && s[k] != ')' && s[k] != ' ')
                k++;
            return k < n && s[k] == ')' && k > e + 2 &&
                   ((s[e + 2] >= 'A' && s[e + 2] <= 'Z') ||
                    (unsigned char)s[e + 2] >= 0xC0);
        }
        at = e + 1;
    }
    return 0;
}

/* Is the capitalised word t after a town a field's label that a
 * flattened header runs on into ("… i BusinessPark Struer Afbud
 * fra/fraværende: -"): a colon within its next words, or an absent
 * member's name and party (member_after)? Then the town stands alone,
 * not before a district's name ("Næstved Vestegn"). */
static int field_after(const char *s, size_t n, const struct mnt_tok *t)
{
    size_t at = (size_t)(t->s - s);
    if (member_after(s, n, at))
        return 1;
    for (size_t k = at + t->n; k < n && k < at + t->n + 24; k++) {
        if (s[k] == ':')
            return 1;
        if (s[k] == '.' || s[k] == ',')
            break;
    }
    return 0;
}

/* A town after "til" is where someone or something goes ("flytter til
 * Aarhus", "en tur til Odense"), not the council's own town: it is not
 * counted. */
static void count_town(const char *s, size_t n, size_t i,
                       const struct mnt_tok *cur, const struct mnt_tok *prev,
                       struct mnt_tally *towns, size_t *key)
{
    char name[MNT_NAME_MAX];
    struct mnt_tok next;
    if (!mnt_tok_capital(cur) || towns->looked >= TOWN_LOOKUPS ||
        (prev->n > 0 && mnt_tok_is(prev, "til")) ||
        mnt_after_person(s, n, (size_t)(cur->s - s), key))
        return;
    towns->looked++;
    int more = mnt_tok_next(s, n, &i, &next) && next.s == cur->s + cur->n + 1;
    if (!mnt_place_authority(cur->s, cur->n, name)) {
        /* "Nykøbing Sj", "Store Heddinge": a town of two words whose
         * first names none alone; what follows it is judged as after a
         * town of one word */
        struct mnt_tok second = next;
        if (!more || !pair_authority(cur, &second, name))
            return;
        if (mnt_tok_next(s, n, &i, &next) &&
            next.s == second.s + second.n + 1 && mnt_tok_capital(&next) &&
            !field_after(s, n, &next))
            return;
        mnt_tally_add(towns, name, strlen(name), 1, 0);
        return;
    }
    if (more && mnt_tok_capital(&next) && !pair_authority(cur, &next, name) &&
        !field_after(s, n, &next))
        return;
    if (sentence_start(s, (size_t)(cur->s - s)) && more &&
        !mnt_tok_capital(&next))
        return;
    mnt_tally_add(towns, name, strlen(name), 1, 0);
}

/* Is t the minutes' own kind of document ("Referat", "Dagsorden")? A
 * transcript runs a two-column letterhead's words together ("Herlev
 * Referat Kommune" of "Herlev Kommune" beside "Referat"): before
 * "Kommune" such a word names no municipality (round hq). */
static int is_document_word(const struct mnt_tok *t)
{
    return mnt_document_word(t->s, t->n) || tok_fold(t, "tillægsdagsorden");
}

/* "Herning Kommune", "Vejle kommunes", "Holstebro Bibliotek": the
 * municipality named by prev before cur's word, counted in t with weight
 * wt. pp is the token before prev; venue: the line is a place's field. */
static void count_kommune(const char *s, size_t n, const struct mnt_tok *pp,
                          const struct mnt_tok *prev, const struct mnt_tok *cur,
                          int venue, unsigned wt, int header, size_t *key,
                          struct mnt_tally *t)
{
    char name[MNT_NAME_MAX];
    int kommune = mnt_tok_is(cur, "Kommune") || mnt_tok_is(cur, "Kommunes");
    int suffix =
        !kommune && (tok_fold(cur, "kommune") || tok_fold(cur, "kommunes") ||
                     tok_fold(cur, "regionskommune") || is_town_suffix(cur) ||
                     (!venue && mnt_library_word(cur->s, cur->n)));
    if ((!kommune && !suffix) || prev->n == 0)
        return;
    /* "Herlev Referat Kommune": the town before the document's word */
    if (kommune && is_document_word(prev)) {
        if (pp->n > 0 && mnt_tok_capital(pp) &&
            mnt_place_authority(pp->s, pp->n, name))
            mnt_tally_add(t, name, strlen(name), wt, header);
        return;
    }
    /* the table is searched only before such a word */
    struct mnt_tok town = glued_tail(*prev);
    int known =
        mnt_tok_capital(prev) && (mnt_place_authority(town.s, town.n, name) ||
                                  pair_authority(pp, prev, name));
    /* "Rune Berg, Vejle Kommune" in the attendee list: where the
     * attendee comes from */
    if (mnt_after_person(s, n, (size_t)(prev->s - s), key) ||
        (pp->n > 0 && mnt_after_person(s, n, (size_t)(pp->s - s), key)))
        return;
    if (kommune && mnt_tok_capital(prev) && !is_function_word(prev)) {
        if (!known) {
            if (prev->n + 9 > sizeof name)
                return;
            memcpy(name, prev->s, prev->n);
            memcpy(name + prev->n, " Kommune", 9);
        }
        /* "Ny Frederikssund Kommune": a merging municipality's name
         * in 2005-2006, its sammenlægningsudvalg's letterhead - the
         * new municipality, not the old one of the same town */
        size_t nl = strlen(name);
        if (pp->n > 0 && mnt_tok_is(pp, "Ny") && nl + 4 <= sizeof name) {
            memmove(name + 3, name, nl + 1);
            memcpy(name, "Ny ", 3);
        }
        mnt_tally_add(t, name, strlen(name), wt, header);
    } else if (known && suffix) {
        mnt_tally_add(t, name, strlen(name), wt, header);
    }
}

/* Places that name their town: "Byrådet i Randers" (a council in its
 * town) and "Rådhuset i Holte" in t with weight w; "Regionshuset
 * Aalborg" and an address's "4600 Køge" in posts. */
static void count_places(const struct mnt_tok *pp, const struct mnt_tok *prev,
                         const struct mnt_tok *cur, unsigned w, int header,
                         struct mnt_tally *t, struct mnt_tally *posts)
{
    char name[MNT_NAME_MAX], noun[MNT_NAME_MAX];
    if (pp->n > 0 && mnt_tok_is(prev, "i") && mnt_tok_capital(cur) &&
        mnt_tok_capital(pp) && mnt_council_noun(pp, 0, noun) &&
        mnt_place_authority(cur->s, cur->n, name))
        mnt_tally_add(t, name, strlen(name), w, header);
    if (posts != NULL && prev->n > 0 &&
        (tok_fold(prev, "regionshuset") || tok_fold(prev, "regionshus")) &&
        mnt_tok_capital(cur) && mnt_place_authority(cur->s, cur->n, name))
        mnt_tally_add(posts, name, strlen(name), 1, 0);
    if (pp->n > 0 && mnt_tok_is(prev, "i") &&
        (tok_fold(pp, "rådhuset") || tok_fold(pp, "rådhus")) &&
        mnt_tok_capital(cur) && mnt_place_authority(cur->s, cur->n, name))
        mnt_tally_add(t, name, strlen(name), w, header);
    /* a meeting place's or a letterhead's address in a town of the table;
     * "4800 Nykøbing F": a town of two words */
    if (posts != NULL && is_postcode(prev) && mnt_tok_capital(cur) &&
        mnt_place_authority(cur->s, cur->n, name))
        mnt_tally_add(posts, name, strlen(name), 1, 0);
    else if (posts != NULL && pp->n > 0 && is_postcode(pp) &&
             !mnt_place_authority(prev->s, prev->n, name) &&
             pair_authority(prev, cur, name))
        mnt_tally_add(posts, name, strlen(name), 1, 0);
}

/* "Kommune Qeqertalik", "Avannaata Kommunia": a Greenlandic
 * municipality's two words prev and cur (not an attendee's organisation,
 * "Aqqa Lynge, Kommune Kujalleq"), counted in t. */
static void count_greenland(const char *s, size_t n, const struct mnt_tok *prev,
                            const struct mnt_tok *cur, unsigned w, int header,
                            size_t *key, struct mnt_tally *t)
{
    char two[MNT_NAME_MAX], name[MNT_NAME_MAX];
    if (prev->n == 0 || prev->n + cur->n + 2 > sizeof two ||
        cur->s != prev->s + prev->n + 1 || !mnt_tok_capital(prev) ||
        !mnt_tok_capital(cur))
        return;
    memcpy(two, prev->s, prev->n);
    two[prev->n] = ' ';
    memcpy(two + prev->n + 1, cur->s, cur->n);
    if (mnt_greenland_authority(two, prev->n + 1 + cur->n, name) &&
        !mnt_after_person(s, n, (size_t)(prev->s - s), key))
        mnt_tally_add(t, name, strlen(name), w, header);
}

static void count_authorities_line(const char *s, size_t n, unsigned w,
                                   int header, struct mnt_tally *t,
                                   struct mnt_tally *posts,
                                   struct mnt_tally *towns)
{
    struct mnt_tok pp = {NULL, 0}, prev = {NULL, 0}, cur;
    size_t i = 0, key = SIZE_MAX; /* the attendance key, when looked for */
    char name[MNT_NAME_MAX];
    int venue = mnt_place_field_line(s, n);
    while (mnt_tok_next(s, n, &i, &cur)) {
        count_town(s, n, i, &cur, &prev, towns, &key);
        /* "møde i Herning Kommune": a place, not the author */
        unsigned wt =
            (pp.n > 0 && (mnt_tok_is(&pp, "i") || mnt_tok_is(&pp, "på"))) ? 0
                                                                          : w;
        count_kommune(s, n, &pp, &prev, &cur, venue, wt, header, &key, t);
        count_places(&pp, &prev, &cur, w, header, t, posts);
        count_greenland(s, n, &prev, &cur, wt, header, &key, t);
        /* "Region Midtjylland", a letterhead's "REGION MIDTJYLLAND" */
        if (prev.n > 0 &&
            (mnt_tok_is(&prev, "Region") ||
             (tok_fold(&prev, "region") && mnt_all_capitals(prev.s, prev.n) &&
              mnt_all_capitals(cur.s, cur.n))) &&
            region_token(&cur, name) &&
            !mnt_after_person(s, n, (size_t)(prev.s - s), &key))
            mnt_tally_add(t, name, strlen(name), wt, header);
        pp = prev;
        prev = cur;
    }
}

static int is_webmail(const char *s, size_t n)
{
    static const char *const mail[] = {"gmail", "hotmail", "outlook", "live",
                                       "yahoo", "mail",    "icloud",  "jubii",
                                       "email", "me",      "msn",     "post"};
    for (size_t i = 0; i < sizeof mail / sizeof *mail; i++)
        if (n == strlen(mail[i]) && memcmp(s, mail[i], n) == 0)
            return 1;
    return 0;
}

static int is_host_char(char c)
{
    return ascii_letter(c) || mnt_digit(c) || c == '-' || c == '.';
}

/* Domains ending in ".dk" of e-mail addresses ("x@fredericia.dk" ->
 * "fredericia" in `mail`) and of web addresses ("www.aarhus.dk/…",
 * "dagsordener.holbaek.dk" -> "aarhus", "holbaek" in `web`). */
static void count_domains_line(const char *s, size_t n, struct mnt_tally *mail,
                               struct mnt_tally *web)
{
    for (size_t i = 0; i + 3 <= n; i++) {
        if (memcmp(s + i, ".dk", 3) != 0 ||
            (i + 3 < n && is_host_char(s[i + 3]) && s[i + 3] != '.'))
            continue;
        /* a host name has at most 253 bytes: bounded on hostile lines
         * such as ".dk.dk.dk…" */
        size_t start = i;
        while (start > 0 && i - start < 253 && is_host_char(s[start - 1]))
            start--;
        char before = start > 0 ? s[start - 1] : ' ';
        size_t label = i;
        while (label > start && s[label - 1] != '.')
            label--;
        size_t len = i - label;
        char low[MNT_NAME_MAX];
        if (len < 2 || len >= sizeof low)
            continue;
        for (size_t k = 0; k < len; k++)
            low[k] = (char)(ascii_upper(s[label + k]) ? s[label + k] + 32
                                                      : s[label + k]);
        if (before == '@') {
            char known[MNT_NAME_MAX];
            if ((len >= 3 && !is_webmail(low, len)) ||
                mnt_domain_authority(low, len, known))
                mnt_tally_add(mail, low, len, 1, 0);
        } else if (before == '/' || before == ' ' || before == '(' ||
                   before == '<' || before == '"' || label > start) {
            mnt_tally_add(web, low, len, 1, 0);
        }
    }
}

/* "… Region" at the end of line i and "Midtjylland …" on the next. */
static void wrapped_region(const struct mnt_doc *d, size_t i, unsigned w,
                           struct mnt_tally *names)
{
    const struct mnt_line *l = &d->lines[i];
    size_t k = strlen(" Region");
    if (i + 1 >= d->nlines || l->len < k ||
        memcmp(l->s + l->len - k, " Region", k) != 0)
        return;
    const struct mnt_line *next = &d->lines[i + 1];
    size_t j = 0;
    struct mnt_tok t;
    char name[MNT_NAME_MAX];
    if (next->kind == MNT_LINE_TEXT &&
        mnt_tok_next(next->s, next->len, &j, &t) && t.s == next->s &&
        mnt_region_name(t.s, t.n, name))
        mnt_tally_add(names, name, strlen(name), w, 0);
}

static int is_region(const char *name)
{
    return strncmp(name, "Region ", 7) == 0;
}

/* The best name of the kind the council says: a byråd or kommunalbestyrelse
 * is a municipality's even where a region is named more often ("møde med
 * Region Hovedstaden"), a regionsråd a region's. NULL: keep the best. */
static const char *best_of_kind(const struct mnt_tally *names,
                                enum mnt_authority_kind kind)
{
    size_t best = 0;
    const char *top = mnt_tally_best(names, &best);
    if (top == NULL)
        return NULL;
    /* Of any council: a region neither its header nor a domain names is
     * what a municipality's minutes talk about ("mødet med Region
     * Hovedstaden") */
    if (kind == MNT_AUTH_ANY) {
        if (!is_region(top) || names->from_header[best])
            return NULL;
        kind = MNT_AUTH_MUNICIPAL;
    }
    if (is_region(top) == (kind == MNT_AUTH_REGIONAL))
        return NULL;
    const char *pick = NULL;
    unsigned count = 0;
    for (size_t i = 0; i < names->n; i++)
        if (is_region(names->name[i]) == (kind == MNT_AUTH_REGIONAL) &&
            names->count[i] > 0 && (pick == NULL || names->count[i] > count))
            pick = names->name[i], count = names->count[i];
    return pick;
}

/* Does line s[0..n) say the body belongs to several municipalities
 * ("sendes til ejerkommunerne", "interessentkommunerne",
 * "deltagerkommunernes")? An intermunicipal fire service's or waste
 * company's address is its seat, not its owner. */
static int owned_by_several(const char *s, size_t n)
{
    static const char *const owners[] = {"ejerkommun", "interessentkommun",
                                         "deltagerkommun", "medlemskommun"};
    size_t i = 0;
    struct mnt_tok t;
    while (mnt_tok_next(s, n, &i, &t))
        for (size_t k = 0; k < sizeof owners / sizeof *owners; k++)
            if (fold_prefix(t.s, t.n, owners[k]) > 0)
                return 1;
    return 0;
}

/* What a document's lines name as its authority: council and municipality
 * names, e-mail and web domains, addresses' towns, towns alone. */
struct auth_tallies {
    struct mnt_tally names, mail, web, posts, towns, hospitals;
    int regionsraad; /* a line names the regionsråd */
};

/* A known domain names its authority; an unknown e-mail domain backs a
 * municipality mentioned by the same name. */
static void add_domains(struct auth_tallies *t)
{
    char name[MNT_NAME_MAX];
    for (int k = 0; k < 2; k++) {
        const struct mnt_tally *doms = k == 0 ? &t->mail : &t->web;
        for (size_t j = 0; j < doms->n; j++) {
            const char *dn = doms->name[j];
            if (mnt_domain_authority(dn, strlen(dn), name)) {
                /* the publisher's domain: as strong as a header */
                mnt_tally_add(&t->names, name, strlen(name), doms->count[j], 1);
                continue;
            }
            for (size_t m = 0; k == 0 && m < t->names.n; m++)
                if (strlen(t->names.name[m]) == strlen(dn) + 8 &&
                    fold_eq(t->names.name[m], strlen(dn), dn, strlen(dn)))
                    t->names.count[m] += doms->count[j];
        }
    }
}

/* The authority of kind the tallies name best, in out; NULL if none.
 * several: the document names a body of several municipalities. */
static const char *pick_authority(struct auth_tallies *t, int several,
                                  enum mnt_authority_kind kind,
                                  char out[MNT_NAME_MAX])
{
    const char *best = best_of_kind(&t->names, kind);
    size_t top = 0;
    if (best == NULL && (best = mnt_tally_best(&t->names, &top)) != NULL &&
        kind == MNT_AUTH_MUNICIPAL && is_region(best) &&
        !t->names.from_header[top])
        /* a municipality's council, a region only the items mention
         * ("mødet med Region Syddanmark"), no municipality named: a town
         * of the text is the municipality's; with none, the region is
         * still not the council's (an Økonomiudvalg is no region's) */
        best = mnt_tally_best(&t->towns, NULL);
    if (best != NULL) {
        snprintf(out, MNT_NAME_MAX, "%s", best);
    } else if ((best = mnt_tally_best(&t->mail, NULL)) != NULL) {
        /* only a staff e-mail names the municipality */
        snprintf(out, MNT_NAME_MAX, "%c%s Kommune",
                 ascii_lower(best[0]) ? best[0] - 32 : best[0], best + 1);
    } else if (!several &&
               ((best = mnt_tally_best(&t->posts, NULL)) != NULL ||
                (kind != MNT_AUTH_REGIONAL &&
                 (best = mnt_tally_best(&t->towns, NULL)) != NULL))) {
        /* only an address names the town, or only a town alone (not
         * for a body of several municipalities: its seat's address).
         * Not a town alone for a regionsråd: its items name places all
         * over and beyond the region ("tilskud til et projekt i
         * Vesthimmerland"), which say nothing of whose council it is. */
        snprintf(out, MNT_NAME_MAX, "%s", best);
    } else if (kind == MNT_AUTH_REGIONAL && t->regionsraad &&
               (best = mnt_tally_best(&t->hospitals, NULL)) != NULL) {
        /* a regionsråd's page that names only hospitals ("Hvidovre
         * Hospital", "Rigshospitalet"): a region runs its own. Not a
         * committee's page that names no regionsråd (a Sygehusudvalg
         * met in "Regionshuset"): round de- judged it names none */
        snprintf(out, MNT_NAME_MAX, "%s", best);
    }
    /* a regionsråd named with a municipality only: that one's region */
    char region[MNT_NAME_MAX];
    if (best != NULL && kind == MNT_AUTH_REGIONAL && !is_region(out) &&
        mnt_region_of(out, region))
        snprintf(out, MNT_NAME_MAX, "%s", region);
    return best;
}

const char *mnt_authority_infer(const struct mnt_doc *d, size_t npre,
                                enum mnt_authority_kind kind,
                                char out[MNT_NAME_MAX])
{
    /* ~15 KiB: not on the stack */
    struct auth_tallies *t = calloc(1, sizeof *t);
    if (t == NULL)
        return NULL;
    int several = 0;
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        several = several || owned_by_several(l->s, l->len);
        count_authorities_line(l->s, l->len, i < npre ? 3 : 1, i < npre,
                               &t->names, &t->posts, &t->towns);
        count_domains_line(l->s, l->len, &t->mail, &t->web);
        wrapped_region(d, i, i < npre ? 3 : 1, &t->names);
        if (kind == MNT_AUTH_REGIONAL) {
            mnt_count_hospitals_line(l->s, l->len, &t->hospitals);
            t->regionsraad =
                t->regionsraad || mnt_line_names_regionsraad(l->s, l->len);
        }
    }
    add_domains(t);
    const char *best = pick_authority(t, several, kind, out);
    free(t);
    return best ? out : NULL;
}
