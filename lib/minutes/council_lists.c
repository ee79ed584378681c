/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_lists.c - for council.c and the date finders: a site's list of
 * councils (a menu of committees) or of other meetings, each entry a line
 * naming one council alone or with its date. Its names are not the
 * council that met, nor its dates the meeting's. */
#include <stdint.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define COUNCIL_LIST 3u  /* lines of council names that make a menu */
#define LIST_SCAN    40u /* entries of such a list looked back over */

/* The text line next to i in direction dir (-1, +1) before lim, across
 * at most one blank line - a list copied from a web page as text sets
 * its entries apart by blank lines -; SIZE_MAX if none. */
static size_t list_neighbour(const struct mnt_doc *d, size_t i, int dir,
                             size_t lim)
{
    for (size_t step = 1; step <= 2; step++) {
        if (dir < 0 ? i < step : i + step >= lim)
            return SIZE_MAX;
        size_t k = dir < 0 ? i - step : i + step;
        if (d->lines[k].kind == MNT_LINE_TEXT)
            return k;
        if (d->lines[k].kind != MNT_LINE_BLANK)
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Line i in a run of COUNCIL_LIST lines that each name only a council: a
 * site's list of committees ("Byrådet" / "Økonomiudvalget" / …) or of
 * other meetings ("Byrådet 13. februar 2024" / …), not the council that
 * met. A line naming again a council the run above it named is no entry
 * but the page's heading under its menu: the menu's selected committee,
 * printed once more over its minutes ("… / Udvalget for Miljø og Teknik
 * / Udvalget for Social og Sundhed / Udvalget for Miljø og Teknik /
 * Referat 23.04.2013"), as a menu lists each council once. A list of
 * meetings names a council once a meeting, each with its date
 * ("Byrådet 24.08.2020" / "Økonomiudvalget 3. september 2020" /
 * "Byrådet 28.09.2020"): a dated line is an entry still. */
int mnt_in_council_list(const struct mnt_doc *d, size_t i, size_t lim)
{
    char name[MNT_NAME_MAX], other[MNT_NAME_MAX], iso[11];
    if (!mnt_council_lone_name(&d->lines[i], name))
        return 0;
    int dated = mnt_date_find(d->lines[i].s, d->lines[i].len, iso);
    size_t run = 1, j = i;
    for (size_t n = 0; n < LIST_SCAN; n++) {
        j = list_neighbour(d, j, -1, lim);
        if (j == SIZE_MAX || !mnt_council_lone_name(&d->lines[j], other))
            break;
        if (strcmp(other, name) == 0 && !dated)
            return 0;
        run++;
    }
    for (j = i; run < COUNCIL_LIST;) {
        j = list_neighbour(d, j, 1, lim);
        if (j == SIZE_MAX || !mnt_council_lone_name(&d->lines[j], NULL))
            break;
        run++;
    }
    return run >= COUNCIL_LIST;
}

/* Is line i a dated entry of such a list of other meetings, a dated
 * entry next to it ("Møder" / "Byrådet 24.08.2020" / "Økonomiudvalget
 * 3. september 2020" / …, at an item page's foot)? Its date is no day of
 * this meeting; a heading's "Byrådet 24.08.2020" under a menu of
 * committees, none dated, is. */
int mnt_in_meeting_list(const struct mnt_doc *d, size_t i, size_t lim)
{
    char iso[11];
    if (!mnt_date_find(d->lines[i].s, d->lines[i].len, iso) ||
        !mnt_in_council_list(d, i, lim))
        return 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t j = list_neighbour(d, i, dir, lim);
        if (j != SIZE_MAX && mnt_council_lone_name(&d->lines[j], NULL) &&
            mnt_date_find(d->lines[j].s, d->lines[j].len, iso))
            return 1;
    }
    return 0;
}
