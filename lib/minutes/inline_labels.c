/* SPDX-License-Identifier: GPL-2.0-or-later */
/* inline_labels.c - for inline.c: labels inside a flattened page's line
 * that head an item or do not (a Word template's "Pkt.nr. 2 Title"
 * heading; its decision line "… møde 26. april 2010 Punkt 2:"). Apart
 * from inline.c, which is near 600 lines. */
#include <string.h>

#include "minutes/segment_internal.h"

/* "… Kommunalbestyrelsens møde 26. april 2010 Punkt 2: Godkendt.": a
 * meeting's dated name right before "Punkt N" at s[i] labels that
 * meeting's decision on item N (Hvidovre's and Ballerup's Word templates;
 * an earlier committee's too: "Økonomiudvalgets møde 19. april 2010
 * Punkt 4: Anbefales."), no heading. */
int mnt_meeting_named_before(const char *s, size_t i)
{
    size_t lo = i > 40 ? i - 40 : 0;
    for (size_t k = lo; k + 7 < i; k++) {
        if ((k > 0 && s[k - 1] != ' ') || memcmp(s + k, "møde ", 6) != 0)
            continue;
        size_t d = k + 6, e = i;
        while (e > d && s[e - 1] == ' ')
            e--;
        char iso[11];
        /* only the date between: "møde 26. april 2010" */
        return e > d + 6 && e - d <= 22 && s[e - 1] >= '0' &&
               s[e - 1] <= '9' && mnt_date_find(s + d, e - d, iso);
    }
    return 0;
}

/* "Pkt.nr. 2 Valg af …": a Word template's heading (Hvidovre 2010), the
 * abbreviation glued, the number and a capitalised title after it; the
 * contents' "Pkt.nr Title... 1" has no number and is not cut. */
int mnt_pktnr_heading_at(const char *s, size_t n, size_t i)
{
    size_t pk = s[i] == 'P' ? fold_prefix(s + i, n - i, "Pkt.nr. ") : 0;
    if (pk == 0)
        return 0;
    size_t e = i + pk;
    while (e < n && e < i + pk + 3 && s[e] >= '0' && s[e] <= '9')
        e++;
    return e > i + pk && e + 1 < n && s[e] == ' ' &&
           mnt_starts_upper(s + e + 1, n - e - 1);
}
