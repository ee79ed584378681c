/* SPDX-License-Identifier: GPL-2.0-or-later */
/* confidence.c - how sure is the split? A number from 0 to 1 per meeting
 * and a warning for each suspect sign: an unknown layout, the whole file
 * as one item, one item of thousands of lines, many items of one line,
 * numbering that jumps, items without titles, an agenda list that names
 * more or fewer items than were found, poor OCR. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define HUGE_ITEM_LINES 2000u /* an item longer than this is suspect */

/* The item's number, or 0 when its label has a letter or is empty. */
static unsigned label_num(const char *label)
{
    unsigned v = 0;
    for (const char *s = label; *s; s++) {
        if (!mnt_digit(*s) || v > 100000)
            return 0;
        v = v * 10 + (unsigned)(*s - '0');
    }
    return v;
}

static int has_body(const struct mnt_item *it)
{
    return it->closed || (it->body != NULL && it->body[0] != '\0');
}

static int jumps(struct mnt_meeting *m, double *c)
{
    int rc = ERR_OK;
    unsigned njumps = 0;
    for (size_t k = 1; k < m->nitems && rc == ERR_OK; k++) {
        unsigned a = label_num(m->items[k - 1].label);
        unsigned b = label_num(m->items[k].label);
        if (a == 0 || b == 0 || b == a + 1 || b == a + 2)
            continue; /* letters, or one skipped number (a withdrawn item) */
        if (++njumps <= 3)
            rc = mnt_warn(m, "numbering jumps from %s to %s",
                          m->items[k - 1].label, m->items[k].label);
        *c *= 0.85;
    }
    return rc;
}

/* A title that is a case file's field ("Sagsnr: 27.15.00-A00-14-21
 * Sagsansvarlig: …") names no item: items opened by their first section
 * took the line above it, where the page had glued each heading to the
 * end of the item before ("… deltog ikke i mødet.42. Orientering …"),
 * so the split is suspect and a second reading, with those lines cut,
 * should be tried. */
static int field_title(const char *t)
{
    return t != NULL && mnt_field_word_at(t, strlen(t));
}

/* A title that is a part's heading in capitals glued to an item's
 * number and title ("ÅBEN DAGSORDEN 12 GODKENDELSE AF DAGSORDEN") holds
 * a heading the first reading did not cut: as suspect as an untitled
 * item, so that the second reading, with the page's lines cut, is
 * tried. */
static int glued_title(const char *t)
{
    return t != NULL && mnt_caps_part_title(t, strlen(t));
}

static int sizes(struct mnt_meeting *m, double *c)
{
    size_t empty = 0, untitled = 0;
    int rc = ERR_OK;
    for (size_t k = 0; k < m->nitems && rc == ERR_OK; k++) {
        const struct mnt_item *it = &m->items[k];
        unsigned span = it->last_line - it->first_line + 1;
        empty += !has_body(it);
        untitled += it->title == NULL || field_title(it->title) ||
                    glued_title(it->title);
        if (span > HUGE_ITEM_LINES && m->nitems > 1) {
            rc = mnt_warn(m, "item %s spans %u lines", it->label, span);
            *c *= 0.6;
        }
    }
    /* the last item ("Evt.") often has no text; many such are lists */
    if (rc == ERR_OK && m->nitems >= 3 && empty >= 2 && empty * 3 > m->nitems)
        rc = mnt_warn(m, "%zu of %zu items have no text of their own", empty,
                      m->nitems);
    if (m->nitems > 0) {
        *c *= 1.0 - 0.5 * (double)empty / (double)m->nitems;
        *c *= 1.0 - 0.5 * (double)untitled / (double)m->nitems;
    }
    return rc;
}

/* Does the title open with a lower-case letter? Item titles are
 * capitalised; a chain whose titles mostly open in lower case is an
 * indstilling's numbered list ("1. dagsordenen bliver godkendt"), so a
 * second reading should be tried. */
static int title_lower(const char *t)
{
    uint32_t cp;
    return t != NULL && t[0] != '\0' && utf8_decode(t, strlen(t), &cp) > 0 &&
           fold_is_lower(cp);
}

static int lower_titles(struct mnt_meeting *m, double *c)
{
    size_t lower = 0;
    for (size_t k = 0; k < m->nitems; k++)
        lower += title_lower(m->items[k].title);
    if (m->nitems < 2 || lower * 2 < m->nitems)
        return ERR_OK;
    *c *= 0.7;
    return mnt_warn(m, "%zu of %zu titles open in lower case", lower,
                    m->nitems);
}

static double ocr_factor(const struct mnt_meeting *m)
{
    double sum = 0;
    size_t n = 0;
    for (size_t k = 0; k < m->nitems; k++)
        if (m->items[k].ocr_conf >= 0)
            sum += m->items[k].ocr_conf, n++;
    if (n == 0)
        return 1.0;
    double mean = sum / (double)n / 100.0;
    return mean >= 0.9 ? 1.0 : mean < 0.3 ? 0.3 : mean / 0.9;
}

int mnt_confidence(const struct mnt_parser *p, struct mnt_meeting *m)
{
    double c = 1.0;
    const char *layout = m->layout != NULL ? m->layout : "";
    int rc = ERR_OK;
    if (strcmp(layout, "generic") == 0)
        c *= m->nitems == 1 && m->items[0].first_line > 0 ? 0.5 : 0.7;
    if (m->nitems <= 1)
        c *= 0.6;
    if (strcmp(layout, "styled") == 0)
        c *= 0.85;
    if (rc == ERR_OK)
        rc = jumps(m, &c);
    if (rc == ERR_OK)
        rc = sizes(m, &c);
    if (rc == ERR_OK)
        rc = lower_titles(m, &c);
    if (rc == ERR_OK && p->agenda.n > 0 && p->agenda.n != m->nitems) {
        rc = mnt_warn(m, "the agenda lists %zu items, %zu found", p->agenda.n,
                      m->nitems);
        c *= 0.8;
    }
    c *= ocr_factor(m);
    m->confidence = c < 0 ? 0 : c > 1 ? 1 : c;
    return rc;
}
