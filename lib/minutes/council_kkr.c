/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_kkr.c - KL's kommunekontaktråd, one in each region ("KKR
 * Sjælland", "KKR HOVEDSTADEN", a letter-spaced "K K R H O V E D S T A D
 * E N" joined to "KKRHOVEDSTADEN"): a council of all the region's
 * municipalities, named by "KKR" and the region, no council noun. For
 * council_names.c and meta.c. */
#include <stdio.h>
#include <string.h>

#include "minutes/minutes_internal.h"

static const char *const REGIONS[] = {"Hovedstaden", "Sjælland", "Syddanmark",
                                      "Midtjylland", "Nordjylland"};

/* The region whose name s[0..n) is, in any case; -1 if none. */
static int region_word(const char *s, size_t n)
{
    for (int k = 0; k < (int)(sizeof REGIONS / sizeof *REGIONS); k++)
        if (fold_eq(s, n, REGIONS[k], strlen(REGIONS[k])))
            return k;
    return -1;
}

size_t mnt_kkr_at(const char *s, size_t n, const struct mnt_tok *tok,
                  char out[MNT_NAME_MAX])
{
    if (tok->n < 3 || !fold_eq(tok->s, 3, "kkr", 3))
        return 0;
    int r = -1;
    size_t len = tok->n;
    if (tok->n > 3) { /* "KKRHOVEDSTADEN": the spacing's words joined */
        r = region_word(tok->s + 3, tok->n - 3);
    } else {
        size_t i = (size_t)(tok->s + tok->n - s);
        struct mnt_tok next;
        if (i < n && s[i] == ' ' && mnt_tok_next(s, n, &i, &next) &&
            next.s == tok->s + tok->n + 1 &&
            (r = region_word(next.s, next.n)) >= 0)
            len = (size_t)(next.s + next.n - tok->s);
    }
    if (r < 0)
        return 0;
    snprintf(out, MNT_NAME_MAX, "KKR %s", REGIONS[r]);
    return len;
}

int mnt_is_kkr(const char *name)
{
    return name != NULL && strncmp(name, "KKR ", 4) == 0 &&
           region_word(name + 4, strlen(name + 4)) >= 0;
}
