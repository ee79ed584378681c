/* SPDX-License-Identifier: GPL-2.0-or-later */
/* header.c - an item's header lines: who sent or handles it, which
 * department, its file numbers, who attended ("Sagsbehandler: …",
 * "Fra: Socialforvaltningen", "Afbud: …", "X deltog under punktet").
 * Their words say little about
 * what the item is about, so docterms.c indexes them at WDF_HEADER, not
 * as text (xap/schema.h). */
#include "indexer.h"

#include <string.h>

/* A header line is "<key>: <value>" with one of these keys (folded, a
 * final '.' allowed: "Sagsnr.:"), at most this long; only the whole key,
 * so "Til orientering: …" stays text.
 * Attendance keys are here too: an item's attendance statements are not
 * its subject (the meeting's list is the record's, lib/query/README.md). */
#define HEADER_LINE_MAX 300
#define HEADER_KEY_MAX  40

static const char *const header_keys[] = {
    "sagsbehandler",
    "øvrige sagsbehandlere",
    "ansvarlig",
    "kontaktperson",
    "fra",
    "til",
    "cc",
    "afsender",
    "modtager",
    "forvaltning",
    "afdeling",
    "direktørområde",
    "center",
    "enhed",
    "sekretariat",
    "sagsnr",
    "sags nr",
    "sagsnummer",
    "journalnr",
    "j.nr",
    "j nr",
    "dok.nr",
    "dokumentnr",
    "fraværende",
    "afbud",
    "deltagere",
    "deltog",
    "til stede",
    "gæst",
    "gæster",
    "medlemmer",
    "mødedeltagere",
    "referent",
};

size_t header_line_len(const char *s, size_t n)
{
    const char *nl = memchr(s, '\n', n);
    size_t len = nl != NULL ? (size_t)(nl - s) : n;
    size_t whole = nl != NULL ? len + 1 : len;
    if (len > HEADER_LINE_MAX)
        return 0;
    /* "X, Handicap- og Psykiatrichef deltog under punktet": a note of
     * who attended, its department words not the item's subject */
    if (mnt_line_is_attendance(s, len))
        return whole;
    const char *colon =
        memchr(s, ':', len < HEADER_KEY_MAX ? len : HEADER_KEY_MAX);
    if (colon == NULL || colon == s)
        return 0;
    char key[HEADER_KEY_MAX * 2 + 8];
    size_t kl = fold_str(s, (size_t)(colon - s), key, sizeof key, NULL);
    while (kl > 0 && key[kl - 1] == ' ')
        kl--;
    for (size_t i = 0; i < sizeof header_keys / sizeof header_keys[0]; i++) {
        size_t hl = strlen(header_keys[i]);
        if (kl >= hl && memcmp(key, header_keys[i], hl) == 0 &&
            (kl == hl || (kl == hl + 1 && key[hl] == '.')))
            return whole;
    }
    return 0;
}

int header_item_is_attendance(const struct mnt_item *it)
{
    if (it->attendees == NULL || it->body == NULL || *it->body == '\0')
        return 0;
    /* an item whose title is about attendance gets all its text as
     * attendees (lib/minutes/README.md); other items only statements */
    return strlen(it->attendees) * 4 >= strlen(it->body) * 3;
}

/* Titles that say who reports, not what about: "Orientering fra Handicap
 * og Psykiatri", "Nyt fra forvaltningen". "Oplæg fra X" is left out: a
 * talk has a subject of its own, often X's field. */
static const char *const sender_titles[] = {
    "orientering fra ", "orienteringer fra ", "nyt fra ",
    "aktuelt fra ",     "meddelelser fra ",   "meddelelse fra ",
    "status fra ",      "information fra ",   "tilbagemelding fra ",
};

size_t header_title_sender(const char *title)
{
    if (title == NULL)
        return 0;
    size_t n = strlen(title);
    for (size_t i = 0; i < sizeof sender_titles / sizeof *sender_titles; i++) {
        size_t l = fold_prefix(title, n, sender_titles[i]);
        if (l > 0 && l < n)
            return l;
    }
    return 0;
}
