/* SPDX-License-Identifier: GPL-2.0-or-later */
/* places.c - the 98 municipalities and 5 regions of Denmark: the name a
 * text may use for one ("Aarhus", "Københavns", "Hobro", "THISTED", a web
 * or e-mail domain "hjoerring.dk") mapped to the authority's proper name
 * ("Aarhus Kommune", "Københavns Kommune", "Mariagerfjord Kommune",
 * "Bornholms Regionskommune", "Region Hovedstaden"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

struct place {
    const char *name;      /* as in "<name> Kommune" */
    const char *authority; /* proper name, NULL: "<name> Kommune" */
    const char *alias;     /* other names for it, comma-separated: the
                              seat town and other towns of its own (two
                              words at most: "Nykøbing F", the dot left
                              out), the genitive, an old spelling */
    const char *domain;    /* web/e-mail domain label when it is not the
                              name spelt in ASCII ("kk" for kk.dk) */
};

static const struct place PLACES[] = {
    /* Region Hovedstaden */
    {"Albertslund", NULL, NULL, NULL},
    {"Allerød", NULL, "Lillerød", NULL},
    {"Ballerup", NULL, "Skovlunde,Måløv", NULL},
    {"Bornholm", "Bornholms Regionskommune", "Bornholms,Rønne,Nexø,Aakirkeby",
     "brk"},
    {"Brøndby", NULL, "Brøndby Strand,Brøndbyvester", NULL},
    {"Dragør", NULL, NULL, NULL},
    {"Egedal", NULL, "Smørum,Ølstykke,Stenløse", NULL},
    {"Fredensborg", NULL, "Kokkedal,Humlebæk,Nivå", NULL},
    {"Frederiksberg", NULL, NULL, NULL},
    {"Frederikssund", NULL, "Jægerspris,Slangerup", NULL},
    {"Furesø", NULL, "Farum,Værløse", NULL},
    {"Gentofte", NULL, "Charlottenlund,Hellerup", NULL},
    {"Gladsaxe", NULL, "Søborg,Bagsværd,Buddinge", NULL},
    {"Glostrup", NULL, NULL, NULL},
    {"Gribskov", NULL, "Helsinge,Gilleleje,Græsted", NULL},
    {"Halsnæs", NULL, "Frederiksværk,Hundested", NULL},
    {"Helsingør", NULL, "Espergærde", NULL},
    {"Herlev", NULL, NULL, NULL},
    {"Hillerød", NULL, NULL, NULL},
    {"Hvidovre", NULL, NULL, NULL},
    {"Høje-Taastrup", NULL, "Taastrup,Hedehusene", "htk"},
    {"Hørsholm", NULL, NULL, NULL},
    {"Ishøj", NULL, NULL, NULL},
    {"København", "Københavns Kommune", "Københavns,Kjøbenhavns", "kk"},
    {"Lyngby-Taarbæk", NULL, "Lyngby,Kongens Lyngby,Kgs Lyngby,Virum", "ltk"},
    {"Rudersdal", NULL, "Holte,Birkerød", NULL},
    {"Rødovre", NULL, NULL, "rk"},
    {"Tårnby", NULL, "Kastrup", NULL},
    {"Vallensbæk", NULL, "Vallensbæk Strand", NULL},
    /* Region Sjælland */
    {"Faxe", NULL, "Haslev", NULL},
    {"Greve", NULL, "Greve Strand,Karlslunde", NULL},
    {"Guldborgsund", NULL, "Nykøbing F,Nykøbing Falster,Sakskøbing", NULL},
    {"Holbæk", NULL, NULL, NULL},
    {"Kalundborg", NULL, NULL, NULL},
    {"Køge", NULL, NULL, NULL},
    {"Lejre", NULL, "Hvalsø", NULL},
    {"Lolland", NULL, "Maribo,Nakskov", NULL},
    {"Næstved", NULL, NULL, NULL},
    {"Odsherred", NULL, "Asnæs,Nykøbing Sjælland,Nykøbing Sj", NULL},
    {"Ringsted", NULL, NULL, NULL},
    {"Roskilde", NULL, NULL, NULL},
    {"Slagelse", NULL, "Korsør,Skælskør", NULL},
    {"Solrød", NULL, "Solrød Strand", NULL},
    {"Sorø", NULL, NULL, NULL},
    {"Stevns", NULL, "Store Heddinge", NULL},
    {"Vordingborg", NULL, NULL, NULL},
    /* Region Syddanmark */
    {"Assens", NULL, NULL, NULL},
    {"Billund", NULL, "Grindsted", NULL},
    {"Esbjerg", NULL, "Ribe", NULL},
    {"Fanø", NULL, NULL, NULL},
    {"Fredericia", NULL, NULL, NULL},
    {"Faaborg-Midtfyn", NULL, "Ringe,Faaborg", "fmk"},
    {"Haderslev", NULL, NULL, NULL},
    {"Kerteminde", NULL, NULL, NULL},
    {"Kolding", NULL, NULL, NULL},
    {"Langeland", NULL, "Rudkøbing", NULL},
    {"Middelfart", NULL, NULL, NULL},
    {"Nordfyn", "Nordfyns Kommune", "Nordfyns,Bogense", NULL},
    {"Nyborg", NULL, NULL, NULL},
    {"Odense", NULL, NULL, NULL},
    {"Svendborg", NULL, NULL, NULL},
    {"Sønderborg", NULL, "Nordborg", NULL},
    {"Tønder", NULL, NULL, NULL},
    {"Varde", NULL, NULL, NULL},
    {"Vejen", NULL, NULL, NULL},
    {"Vejle", NULL, NULL, NULL},
    {"Ærø", NULL, "Ærøskøbing,Marstal", "aeroekommune"},
    {"Aabenraa", NULL, "Åbenrå", NULL},
    /* Region Midtjylland */
    {"Favrskov", NULL, "Hinnerup", NULL},
    {"Hedensted", NULL, "Juelsminde", NULL},
    {"Herning", NULL, NULL, NULL},
    {"Holstebro", NULL, NULL, NULL},
    {"Horsens", NULL, NULL, NULL},
    {"Ikast-Brande", NULL, "Ikast,Brande", NULL},
    {"Lemvig", NULL, NULL, NULL},
    {"Norddjurs", NULL, "Grenaa,Grenå", NULL},
    {"Odder", NULL, NULL, NULL},
    {"Randers", NULL, NULL, NULL},
    {"Ringkøbing-Skjern", NULL, "Ringkøbing,Skjern", "rksk"},
    {"Samsø", NULL, "Tranebjerg", NULL},
    {"Silkeborg", NULL, NULL, NULL},
    {"Skanderborg", NULL, NULL, NULL},
    {"Skive", NULL, NULL, NULL},
    {"Struer", NULL, NULL, NULL},
    {"Syddjurs", NULL, "Ebeltoft,Rønde", NULL},
    {"Viborg", NULL, NULL, NULL},
    {"Aarhus", NULL, "Århus", NULL},
    /* Region Nordjylland */
    {"Brønderslev", NULL, NULL, NULL},
    {"Frederikshavn", NULL, "Skagen,Sæby", NULL},
    {"Hjørring", NULL, NULL, NULL},
    {"Jammerbugt", NULL, "Aabybro,Fjerritslev", NULL},
    {"Læsø", NULL, NULL, NULL},
    {"Mariagerfjord", NULL, "Hobro,Hadsund,Mariager", NULL},
    {"Morsø", NULL, "Nykøbing Mors,Nykøbing M", NULL},
    {"Rebild", NULL, "Støvring", NULL},
    {"Thisted", NULL, NULL, NULL},
    {"Vesthimmerland", "Vesthimmerlands Kommune", "Vesthimmerlands,Aars,Farsø",
     NULL},
    {"Aalborg", NULL, "Ålborg,Nørresundby", NULL},
};

#define NPLACES (sizeof PLACES / sizeof *PLACES)

static const struct {
    const char *name, *domains; /* domains space-separated */
    const char *first;          /* its first municipality in PLACES */
} REGIONS[] = {
    {"Hovedstaden", "regionh", "Albertslund"},
    {"Sjælland", "regionsjaelland", "Faxe"},
    {"Syddanmark", "rsyd regionsyddanmark", "Assens"},
    {"Midtjylland", "rm", "Favrskov"},
    {"Nordjylland", "rn", "Brønderslev"},
};

#define NREGIONS (sizeof REGIONS / sizeof *REGIONS)

static void authority_of(const struct place *p, char out[MNT_NAME_MAX])
{
    if (p->authority != NULL)
        snprintf(out, MNT_NAME_MAX, "%s", p->authority);
    else
        snprintf(out, MNT_NAME_MAX, "%s Kommune", p->name);
}

/* Is s[0..n) one of the sep-separated entries of list (case folded)? */
static int in_list(const char *list, char sep, const char *s, size_t n)
{
    while (list != NULL && *list != '\0') {
        const char *sp = strchr(list, sep);
        size_t len = sp ? (size_t)(sp - list) : strlen(list);
        if (fold_eq(list, len, s, n))
            return 1;
        list += len + (sp != NULL);
    }
    return 0;
}

int mnt_place_authority(const char *s, size_t n, char out[MNT_NAME_MAX])
{
    if (n == 0 || n >= MNT_NAME_MAX)
        return 0;
    for (size_t i = 0; i < NPLACES; i++)
        if (fold_eq(PLACES[i].name, strlen(PLACES[i].name), s, n) ||
            in_list(PLACES[i].alias, ',', s, n)) {
            authority_of(&PLACES[i], out);
            return 1;
        }
    return 0;
}

/* The region a municipality's authority name ("Hillerød Kommune") lies
 * in ("Region Hovedstaden"); 0 if it names none. */
static int region_of(const char *authority, char out[MNT_NAME_MAX])
{
    size_t r = 0;
    for (size_t i = 0; i < NPLACES; i++) {
        if (r + 1 < NREGIONS &&
            strcmp(PLACES[i].name, REGIONS[r + 1].first) == 0)
            r++;
        char name[MNT_NAME_MAX];
        authority_of(&PLACES[i], name);
        if (strcmp(name, authority) == 0) {
            snprintf(out, MNT_NAME_MAX, "Region %s", REGIONS[r].name);
            return 1;
        }
    }
    return 0;
}

int mnt_region_name(const char *s, size_t n, char out[MNT_NAME_MAX])
{
    for (size_t r = 0; r < NREGIONS; r++) {
        size_t rn = strlen(REGIONS[r].name);
        if ((n == rn || (n == rn + 1 && s[rn] == 's')) &&
            fold_eq(s, rn, REGIONS[r].name, rn)) {
            snprintf(out, MNT_NAME_MAX, "Region %s", REGIONS[r].name);
            return 1;
        }
    }
    return 0;
}

/* The name in ASCII as domains spell it: "Hjørring" -> "hjoerring" (long)
 * or "hjorring" (short). */
static void ascii_name(const char *s, int longform, char *out, size_t cap)
{
    static const struct {
        const char *u8, *lng, *shrt;
    } map[] = {
        {"æ", "ae", "a"}, {"ø", "oe", "o"}, {"å", "aa", "a"},
        {"Æ", "ae", "a"}, {"Ø", "oe", "o"}, {"Å", "aa", "a"},
    };
    size_t o = 0;
    while (*s != '\0' && o + 3 < cap) {
        size_t k;
        for (k = 0; k < sizeof map / sizeof *map; k++)
            if (strncmp(s, map[k].u8, 2) == 0)
                break;
        if (k < sizeof map / sizeof *map) {
            const char *r = longform ? map[k].lng : map[k].shrt;
            while (*r != '\0')
                out[o++] = *r++;
            s += 2;
            continue;
        }
        char c = *s++;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[o] = '\0';
}

static int domain_is(const char *name, const char *d, size_t n)
{
    char buf[MNT_NAME_MAX];
    for (int longform = 0; longform < 2; longform++) {
        ascii_name(name, longform, buf, sizeof buf);
        size_t bn = strlen(buf);
        if (n == bn && memcmp(buf, d, n) == 0)
            return 1;
        if (n == bn + 7 && memcmp(buf, d, bn) == 0 &&
            memcmp(d + bn, "kommune", 7) == 0)
            return 1;
    }
    return 0;
}

int mnt_domain_authority(const char *d, size_t n, char out[MNT_NAME_MAX])
{
    for (size_t r = 0; r < NREGIONS; r++)
        if (in_list(REGIONS[r].domains, ' ', d, n)) {
            snprintf(out, MNT_NAME_MAX, "Region %s", REGIONS[r].name);
            return 1;
        }
    for (size_t i = 0; i < NPLACES; i++)
        if (in_list(PLACES[i].domain, ' ', d, n) ||
            domain_is(PLACES[i].name, d, n)) {
            authority_of(&PLACES[i], out);
            return 1;
        }
    return 0;
}

int mnt_authority_normalise(const char *s, char out[MNT_NAME_MAX])
{
    const char *scheme = strstr(s, "://");
    if (scheme != NULL) /* a URL: its host */
        s = scheme + 3;
    size_t n = scheme != NULL ? strcspn(s, "/?#:") : strlen(s);
    while (n > 0 && s[n - 1] == ' ')
        n--;
    static const char *const tails[] = {" Regionskommune", " Kommune",
                                        " kommune", ".dk"};
    if (fold_prefix(s, n, "Region ") == 7 && mnt_region_name(s + 7, n - 7, out))
        return 1;
    for (size_t t = 0; t < sizeof tails / sizeof *tails; t++) {
        size_t tn = strlen(tails[t]);
        if (n > tn && memcmp(s + n - tn, tails[t], tn) == 0) {
            n -= tn;
            break;
        }
    }
    size_t dot = n;
    while (dot > 0 && s[dot - 1] != '.')
        dot--;
    if (dot > 0) /* "www.aarhus" from a URL's host */
        return mnt_domain_authority(s + dot, n - dot, out);
    return mnt_place_authority(s, n, out) || mnt_domain_authority(s, n, out);
}

/* ---- the authority of a text ---- */

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

static int is_postcode(const struct mnt_tok *t)
{
    if (t->n != 4 || t->s[0] < '1' || t->s[0] > '9')
        return 0;
    for (size_t i = 1; i < 4; i++)
        if (t->s[i] < '0' || t->s[i] > '9')
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

static void count_authorities_line(const char *s, size_t n, unsigned w,
                                   int header, struct mnt_tally *t,
                                   struct mnt_tally *posts)
{
    struct mnt_tok pp = {NULL, 0}, prev = {NULL, 0}, cur;
    size_t i = 0;
    char name[MNT_NAME_MAX];
    while (mnt_tok_next(s, n, &i, &cur)) {
        /* "møde i Herning Kommune": a place, not the author */
        unsigned wt =
            (pp.n > 0 && (mnt_tok_is(&pp, "i") || mnt_tok_is(&pp, "på"))) ? 0
                                                                          : w;
        int kommune =
            mnt_tok_is(&cur, "Kommune") || mnt_tok_is(&cur, "Kommunes");
        int suffix = !kommune &&
                     (tok_fold(&cur, "kommune") || tok_fold(&cur, "kommunes") ||
                      tok_fold(&cur, "regionskommune") || is_town_suffix(&cur));
        /* the table is searched only before such a word */
        struct mnt_tok town = glued_tail(prev);
        int known = (kommune || suffix) && prev.n > 0 &&
                    mnt_tok_capital(&prev) &&
                    (mnt_place_authority(town.s, town.n, name) ||
                     pair_authority(&pp, &prev, name));
        if (kommune && prev.n > 0 && mnt_tok_capital(&prev) &&
            !is_function_word(&prev)) {
            if (!known && prev.n + 9 < sizeof name) {
                memcpy(name, prev.s, prev.n);
                memcpy(name + prev.n, " Kommune", 9);
            }
            mnt_tally_add(t, name, strlen(name), wt, header);
        } else if (known && suffix) {
            mnt_tally_add(t, name, strlen(name), wt, header);
        }
        /* "Byrådet i Randers", "Folkeoplysningsudvalget i Ikast-Brande":
         * a council in its town */
        char noun[MNT_NAME_MAX];
        if (pp.n > 0 && mnt_tok_is(&prev, "i") && mnt_tok_capital(&cur) &&
            mnt_tok_capital(&pp) && mnt_council_noun(&pp, 0, noun) &&
            mnt_place_authority(cur.s, cur.n, name))
            mnt_tally_add(t, name, strlen(name), w, header);
        /* "Regionshuset Aalborg", like an address: the town */
        if (posts != NULL && prev.n > 0 &&
            (tok_fold(&prev, "regionshuset") ||
             tok_fold(&prev, "regionshus")) &&
            mnt_tok_capital(&cur) && mnt_place_authority(cur.s, cur.n, name))
            mnt_tally_add(posts, name, strlen(name), 1, 0);
        /* "Rådhuset i Holte": the town hall names its town */
        if (pp.n > 0 && mnt_tok_is(&prev, "i") &&
            (tok_fold(&pp, "rådhuset") || tok_fold(&pp, "rådhus")) &&
            mnt_tok_capital(&cur) && mnt_place_authority(cur.s, cur.n, name))
            mnt_tally_add(t, name, strlen(name), w, header);
        /* "4600 Køge": an address in a town of the table (a meeting
         * place, a letterhead), in `posts` */
        if (posts != NULL && is_postcode(&prev) && mnt_tok_capital(&cur) &&
            mnt_place_authority(cur.s, cur.n, name))
            mnt_tally_add(posts, name, strlen(name), 1, 0);
        else if (posts != NULL && pp.n > 0 && is_postcode(&pp) &&
                 !mnt_place_authority(prev.s, prev.n, name) &&
                 pair_authority(&prev, &cur, name))
            mnt_tally_add(posts, name, strlen(name), 1, 0); /* 4800
                                                              Nykøbing F */
        if (prev.n > 0 && mnt_tok_is(&prev, "Region") &&
            mnt_region_name(cur.s, cur.n, name))
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
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-' || c == '.';
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
            low[k] = (char)((s[label + k] >= 'A' && s[label + k] <= 'Z')
                                ? s[label + k] + 32
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

const char *mnt_authority_infer(const struct mnt_doc *d, size_t npre,
                                enum mnt_authority_kind kind,
                                char out[MNT_NAME_MAX])
{
    /* ~15 KiB: not on the stack */
    struct mnt_tally *pt = calloc(4, sizeof *pt);
    if (pt == NULL)
        return NULL;
    struct mnt_tally *names = &pt[0], *mail = &pt[1], *web = &pt[2],
                     *posts = &pt[3];
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        count_authorities_line(l->s, l->len, i < npre ? 3 : 1, i < npre, names,
                               posts);
        count_domains_line(l->s, l->len, mail, web);
        wrapped_region(d, i, i < npre ? 3 : 1, names);
    }
    /* A known domain names its authority; an unknown e-mail domain backs
     * a municipality mentioned by the same name. */
    char name[MNT_NAME_MAX];
    for (int k = 0; k < 2; k++) {
        struct mnt_tally *doms = k == 0 ? mail : web;
        for (size_t j = 0; j < doms->n; j++) {
            const char *dn = doms->name[j];
            if (mnt_domain_authority(dn, strlen(dn), name)) {
                /* the publisher's domain: as strong as a header */
                mnt_tally_add(names, name, strlen(name), doms->count[j], 1);
                continue;
            }
            for (size_t m = 0; k == 0 && m < names->n; m++)
                if (strlen(names->name[m]) == strlen(dn) + 8 &&
                    fold_eq(names->name[m], strlen(dn), dn, strlen(dn)))
                    names->count[m] += doms->count[j];
        }
    }
    const char *best = best_of_kind(names, kind);
    if (best == NULL)
        best = mnt_tally_best(names, NULL);
    if (best != NULL) {
        snprintf(out, MNT_NAME_MAX, "%s", best);
    } else if ((best = mnt_tally_best(mail, NULL)) != NULL) {
        /* only a staff e-mail names the municipality */
        snprintf(out, MNT_NAME_MAX, "%c%s Kommune",
                 best[0] >= 'a' && best[0] <= 'z' ? best[0] - 32 : best[0],
                 best + 1);
    } else if ((best = mnt_tally_best(posts, NULL)) != NULL) {
        /* only an address names the town */
        snprintf(out, MNT_NAME_MAX, "%s", best);
    }
    /* a regionsråd named with a municipality only: that one's region */
    char region[MNT_NAME_MAX];
    if (best != NULL && kind == MNT_AUTH_REGIONAL && !is_region(out) &&
        region_of(out, region))
        snprintf(out, MNT_NAME_MAX, "%s", region);
    free(pt);
    return best ? out : NULL;
}
