/* SPDX-License-Identifier: GPL-2.0-or-later */
/* authority_hospital.c - the regions whose hospitals a line names
 * ("Hvidovre Hospital", "Regionshospitalet Randers", "Sygehus
 * Lillebælt"), and whether it names the regionsråd. A region runs its
 * hospitals, so a regionsråd's page that names neither its region nor a
 * municipality (a publication whose region is only in its web address)
 * is the region of the hospitals its items are about. For authority.c. */
#include <stdio.h>
#include <string.h>

#include "minutes/minutes_internal.h"

/* Words that follow a town in a hospital's name ("Herlev Hospital",
 * "Holbæk Sygehus", "Odense Universitetshospital"). */
static int is_hospital_noun(const struct mnt_tok *t)
{
    static const char *const nouns[] = {"Hospital",
                                        "Hospitalet",
                                        "Hospitals",
                                        "Sygehus",
                                        "Sygehuset",
                                        "Sygehuses",
                                        "Universitetshospital",
                                        "Universitetshospitals"};
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
        if (mnt_tok_is(t, nouns[i]))
            return 1;
    return 0;
}

/* Words that precede a town in a hospital's name ("Regionshospitalet
 * Viborg", "Sygehus Vendsyssel" is in NAMED). */
static int is_hospital_head(const struct mnt_tok *t)
{
    return mnt_tok_is(t, "Regionshospitalet") ||
           mnt_tok_is(t, "Regionshospital");
}

/* Hospitals whose names hold no municipality's town, by region (the
 * regions' names as in "Region <name>"). */
static const struct {
    const char *first, *second, *region;
} NAMED[] = {
    {"Rigshospitalet", NULL, "Hovedstaden"},
    {"Nordsjællands", "Hospital", "Hovedstaden"},
    {"Bispebjerg", "Hospital", "Hovedstaden"},
    {"Amager", "Hospital", "Hovedstaden"},
    {"Bornholms", "Hospital", "Hovedstaden"},
    {"Sjællands", "Universitetshospital", "Sjælland"},
    {"Sydvestjysk", "Sygehus", "Syddanmark"},
    {"Sygehus", "Lillebælt", "Syddanmark"},
    {"Sygehus", "Sønderjylland", "Syddanmark"},
    {"Regionshospitalet", "Gødstrup", "Midtjylland"},
    {"Hospitalsenheden", "Vest", "Midtjylland"},
    {"Sygehus", "Vendsyssel", "Nordjylland"},
    {"Sygehus", "Thy-Mors", "Nordjylland"},
};

static void add_region(struct mnt_tally *regions, const char *name)
{
    char r[MNT_NAME_MAX];
    snprintf(r, sizeof r, "Region %s", name);
    mnt_tally_add(regions, r, strlen(r), 1, 0);
}

/* The region of the municipality whose town t is, counted. */
static int add_town_region(struct mnt_tally *regions, const struct mnt_tok *t)
{
    char town[MNT_NAME_MAX], region[MNT_NAME_MAX];
    if (!mnt_tok_capital(t) || !mnt_place_authority(t->s, t->n, town) ||
        !mnt_region_of(town, region))
        return 0;
    mnt_tally_add(regions, region, strlen(region), 1, 0);
    return 1;
}

/* A hospital named by prev and cur (adjacent words; prev may be empty). */
static void count_pair(struct mnt_tally *regions, const struct mnt_tok *prev,
                       const struct mnt_tok *cur)
{
    for (size_t k = 0; k < sizeof NAMED / sizeof *NAMED; k++) {
        if (NAMED[k].second == NULL) {
            if (mnt_tok_is(cur, NAMED[k].first))
                add_region(regions, NAMED[k].region);
        } else if (prev->n > 0 && mnt_tok_is(prev, NAMED[k].first) &&
                   mnt_tok_is(cur, NAMED[k].second)) {
            add_region(regions, NAMED[k].region);
            return;
        }
    }
    if (prev->n > 0 && is_hospital_noun(cur))
        add_town_region(regions, prev);
    else if (prev->n > 0 && is_hospital_head(prev))
        add_town_region(regions, cur);
}

void mnt_count_hospitals_line(const char *s, size_t n,
                              struct mnt_tally *regions)
{
    struct mnt_tok prev = {NULL, 0}, cur;
    size_t i = 0;
    while (mnt_tok_next(s, n, &i, &cur)) {
        /* only words one space apart name one hospital */
        if (prev.n > 0 && prev.s + prev.n + 1 != cur.s)
            prev.n = 0;
        count_pair(regions, &prev, &cur);
        prev = cur;
    }
}

int mnt_word_names_regionsraad(const char *s, size_t n)
{
    /* a member's office: an attendee's title in a members' list
     * ("Regionsrådsmedlem Anne Holm" in a municipality's traffic
     * council) says where that person sits, not whose council meets */
    static const char *const offices[] = {"smedlem", "sformand", "snæstformand",
                                          "spolitiker"};
    size_t m = fold_prefix(s, n, "regionsråd");
    if (m == 0)
        return 0;
    for (size_t k = 0; k < sizeof offices / sizeof *offices; k++)
        if (fold_prefix(s + m, n - m, offices[k]) > 0)
            return 0;
    return 1;
}

int mnt_line_names_regionsraad(const char *s, size_t n)
{
    struct mnt_tok t;
    size_t i = 0;
    while (mnt_tok_next(s, n, &i, &t))
        if (mnt_word_names_regionsraad(t.s, t.n))
            return 1;
    return 0;
}
