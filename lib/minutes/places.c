/* SPDX-License-Identifier: GPL-2.0-or-later */
/* places.c - the 98 municipalities and 5 regions of Denmark: the name a
 * text may use for one ("Aarhus", "Københavns", "Hobro", "Nykøbing F",
 * "THISTED", a web or e-mail domain "hjoerring.dk") mapped to the
 * authority's proper name ("Aarhus Kommune", "Københavns Kommune",
 * "Mariagerfjord Kommune", "Bornholms Regionskommune", "Region
 * Hovedstaden"); Greenland's five municipalities by their full names;
 * the words that name one after its town (a public
 * library's) and a place field's label. The authority of a text:
 * authority.c. */
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
    {"Holbæk", NULL, "Tølløse,Jyderup", NULL},
    {"Kalundborg", NULL, NULL, NULL},
    {"Køge", NULL, NULL, NULL},
    {"Lejre", NULL, "Allerslev,Hvalsø", NULL},
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
    {"Assens", NULL, "Glamsbjerg,Vissenbjerg", NULL},
    {"Billund", NULL, "Grindsted", NULL},
    {"Esbjerg", NULL, "Ribe", NULL},
    {"Fanø", NULL, NULL, NULL},
    {"Fredericia", NULL, NULL, NULL},
    {"Faaborg-Midtfyn", NULL, "Ringe,Faaborg", "fmk"},
    {"Haderslev", NULL, "Vojens", NULL},
    {"Kerteminde", NULL, "Munkebo", NULL},
    {"Kolding", NULL, "Christiansfeld", NULL},
    {"Langeland", NULL, "Rudkøbing", NULL},
    {"Middelfart", NULL, NULL, NULL},
    {"Nordfyn", "Nordfyns Kommune", "Nordfyns,Bogense", NULL},
    {"Nyborg", NULL, NULL, NULL},
    {"Odense", NULL, NULL, NULL},
    {"Svendborg", NULL, NULL, NULL},
    {"Sønderborg", NULL, "Nordborg,Augustenborg,Gråsten", NULL},
    {"Tønder", NULL, "Skærbæk", NULL},
    {"Varde", NULL, "Oksbøl", NULL},
    {"Vejen", NULL, "Rødding,Brørup", NULL},
    {"Vejle", NULL, NULL, NULL},
    {"Ærø", NULL, "Ærøskøbing,Marstal", "aeroekommune"},
    {"Aabenraa", NULL, "Åbenrå", NULL},
    /* Region Midtjylland */
    {"Favrskov", NULL, "Hinnerup", NULL},
    {"Hedensted", NULL, "Juelsminde", NULL},
    {"Herning", NULL, NULL, NULL},
    {"Holstebro", NULL, NULL, NULL},
    {"Horsens", NULL, "Brædstrup", NULL},
    {"Ikast-Brande", NULL, "Ikast,Brande", NULL},
    {"Lemvig", NULL, NULL, NULL},
    {"Norddjurs", NULL, "Grenaa,Grenå", NULL},
    {"Odder", NULL, NULL, NULL},
    {"Randers", NULL, "Langå", NULL},
    {"Ringkøbing-Skjern", NULL, "Ringkøbing,Skjern", "rksk"},
    {"Samsø", NULL, "Tranebjerg", NULL},
    {"Silkeborg", NULL, "Kjellerup", NULL},
    {"Skanderborg", NULL, NULL, NULL},
    {"Skive", NULL, NULL, NULL},
    {"Struer", NULL, NULL, NULL},
    {"Syddjurs", NULL, "Ebeltoft,Rønde", NULL},
    {"Viborg", NULL, "Bjerringbro,Karup", NULL},
    {"Aarhus", NULL, "Århus", NULL},
    /* Region Nordjylland */
    {"Brønderslev", NULL, "Dronninglund,Hjallerup", NULL},
    {"Frederikshavn", NULL, "Skagen,Sæby", NULL},
    {"Hjørring", NULL, NULL, NULL},
    {"Jammerbugt", NULL, "Aabybro,Fjerritslev", NULL},
    {"Læsø", NULL, NULL, NULL},
    {"Mariagerfjord", NULL, "Hobro,Hadsund,Mariager", NULL},
    {"Morsø", NULL, "Nykøbing Mors,Nykøbing M", NULL},
    {"Rebild", NULL, "Støvring", NULL},
    {"Thisted", NULL, "Hanstholm", NULL},
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

/* Greenland's five municipalities (2018) by their proper names, each of
 * two words ("Kommuneqarfik Sermersooq", a letterhead's "QEQQATA
 * KOMMUNIA"): Nuuk's and Sisimiut's minutes are published in Danish too
 * and name no Danish municipality. Only the whole name counts: "Kommune"
 * or a place alone names none. */
static const char *const GREENLAND[] = {
    "Kommune Kujalleq", "Kommuneqarfik Sermersooq", "Qeqqata Kommunia",
    "Kommune Qeqertalik", "Avannaata Kommunia"};

int mnt_greenland_authority(const char *s, size_t n, char out[MNT_NAME_MAX])
{
    for (size_t i = 0; i < sizeof GREENLAND / sizeof *GREENLAND; i++)
        if (fold_eq(GREENLAND[i], strlen(GREENLAND[i]), s, n)) {
            snprintf(out, MNT_NAME_MAX, "%s", GREENLAND[i]);
            return 1;
        }
    return 0;
}

int mnt_region_of(const char *authority, char out[MNT_NAME_MAX])
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
        out[o++] = (char)(ascii_upper(c) ? c + 32 : c);
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

/* The public library is by law the municipality's own ("Albertslund
 * Biblioteks forslag", "Herning Bibliotekerne"): the whole word, as a
 * university's ("Aarhus Universitetsbibliotek") is the state's. */
int mnt_library_word(const char *s, size_t n)
{
    static const char *const words[] = {"bibliotek",     "biblioteket",
                                        "biblioteks",    "biblioteker",
                                        "bibliotekerne", "bibliotekernes"};
    return fold_among(s, n, words, sizeof words / sizeof *words);
}

/* A meeting place's label first ("Sted:", "Mødested …", "MødestedRådssalen"
 * glued), not a word that starts like one ("Stedfortræder"). */
const char *const mnt_place_keys[MNT_PLACE_KEYS] = {
    "Mødested", "Mødelokale", "Sted", "Lokale", "Adresse"};

int mnt_place_field_line(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    for (size_t j = 0; j < MNT_PLACE_KEYS; j++) {
        size_t m = fold_prefix(s + k, n - k, mnt_place_keys[j]);
        uint32_t cp = 0;
        if (m > 0 &&
            (k + m == n || (utf8_decode(s + k + m, n - k - m, &cp) > 0 &&
                            !fold_is_lower(cp))))
            return 1;
    }
    return 0;
}
