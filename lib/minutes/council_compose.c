/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_compose.c - a council's name once found: whose council it is (a
 * byråd a municipality's, a regionsråd a region's) and the name composed
 * with the authority ("Region Midtjyllands Udsatteråd" when the text says
 * so, else "Udsatterådet, Region Midtjylland"). For meta.c and parse.c;
 * apart from council.c, which finds the name. */
#include <stdio.h>
#include <string.h>

#include "minutes/minutes_internal.h"

enum mnt_authority_kind mnt_council_kind(const char *name)
{
    /* a region's committee of finance is its forretningsudvalg */
    static const char *const municipal[] = {"byråd",
                                            "byrådet",
                                            "økonomiudvalg",
                                            "økonomiudvalget",
                                            "kommunalbestyrelse",
                                            "kommunalbestyrelsen",
                                            "borgerrepræsentationen",
                                            "magistraten"};
    static const char *const regional[] = {"regionsråd", "regionsrådet"};
    if (name == NULL)
        return MNT_AUTH_ANY;
    size_t n = strlen(name);
    for (size_t k = 0; k < sizeof municipal / sizeof *municipal; k++)
        if (mnt_ends_fold(name, n, municipal[k]) ||
            fold_eq(name, n, municipal[k], strlen(municipal[k])))
            return MNT_AUTH_MUNICIPAL;
    for (size_t k = 0; k < sizeof regional / sizeof *regional; k++)
        if (mnt_ends_fold(name, n, regional[k]) ||
            fold_eq(name, n, regional[k], strlen(regional[k])))
            return MNT_AUTH_REGIONAL;
    return MNT_AUTH_ANY;
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
    /* "Herning Kommunes Handicapråd", "Region Midtjyllands HMU",
     * "Ældrerådet for Fanø og Esbjerg": the name already says whose
     * council it is */
    char first[MNT_NAME_MAX];
    if (strstr(body, authority) != NULL ||
        mnt_joint_council(body, authority, first) != 0)
        return strdup(body);
    if (bn > 2 && strcmp(body + bn - 2, "et") == 0 &&
        (mnt_ends_fold(body, bn, "rådet") ||
         mnt_ends_fold(body, bn, "udvalget") ||
         mnt_ends_fold(body, bn, "nævnet"))) {
        snprintf(buf, sizeof buf, "%ss %.*s", authority, (int)(bn - 2), body);
        if (contains_phrase(d, buf))
            return strdup(buf);
    }
    snprintf(buf, sizeof buf, "%s, %s", body, authority);
    return strdup(buf);
}
