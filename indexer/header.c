/* SPDX-License-Identifier: GPL-2.0-or-later */
/* header.c - an item's header lines: who sent or handles it, which
 * department, its file numbers, who attended ("Sagsbehandler: …",
 * "Fra: Socialforvaltningen", "Afbud: …", "X deltog under punktet").
 * Their words say little about
 * what the item is about, so docterms.c indexes them at WDF_HEADER, not
 * as text (xap/schema.h). */
#include "indexer.h"

#include <ctype.h>
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
    "sagsansvarlig",
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

/* A list line of an overview item ("• 3b: Valg", "3c) Odense Kommunes
 * politik …", "Punkt 4: …"): its bullet and an optional "punkt ", then
 * the label of another item of the meeting, ':', ')' or '.', and that
 * item's title, whole or its first 12+ bytes (a wrapped or cut entry).
 * Such a line says where a subject is, not that this item is about it:
 * Odense's "Siden sidst" item repeats the titles of 3a-3d in 60 words
 * and, short, outranked the items themselves for their title words. */
#define CONTENTS_PREFIX_MIN 12

static size_t skip_bullet(const char *s, size_t n)
{
    static const char *const bullets[] = {"•", "·", "–", "-", "*", "▪", "◦"};
    size_t at = 0;
    for (;;) {
        while (at < n && (s[at] == ' ' || s[at] == '\t'))
            at++;
        size_t b = 0;
        for (size_t i = 0; b == 0 && i < sizeof bullets / sizeof *bullets;
             i++) {
            size_t bl = strlen(bullets[i]);
            if (n - at >= bl && memcmp(s + at, bullets[i], bl) == 0)
                b = bl;
        }
        if (b == 0)
            return at;
        at += b;
    }
}

static int names_item(const struct mnt_item *it, const char *s, size_t n)
{
    if (it->label == NULL || *it->label == '\0' || it->title == NULL)
        return 0;
    size_t l = fold_prefix(s, n, it->label);
    if (l == 0 || l >= n || (s[l] != ':' && s[l] != ')' && s[l] != '.'))
        return 0;
    l++;
    while (l < n && s[l] == ' ')
        l++;
    size_t end = n;
    while (end > l && (s[end - 1] == ' ' || s[end - 1] == '.'))
        end--;
    if (end == l)
        return 0;
    size_t tn = strlen(it->title);
    if (fold_eq(s + l, end - l, it->title, tn))
        return 1;
    char rest[HEADER_LINE_MAX + 1];
    memcpy(rest, s + l, end - l);
    rest[end - l] = '\0';
    return end - l >= CONTENTS_PREFIX_MIN && fold_prefix(it->title, tn, rest);
}

size_t header_contents_len(const struct mnt_meeting *m,
                           const struct mnt_item *self, const char *s, size_t n)
{
    if (m == NULL)
        return 0;
    const char *nl = memchr(s, '\n', n);
    size_t len = nl != NULL ? (size_t)(nl - s) : n;
    size_t whole = nl != NULL ? len + 1 : len;
    if (len > HEADER_LINE_MAX)
        return 0;
    size_t at = skip_bullet(s, len);
    at += fold_prefix(s + at, len - at, "punkt ");
    /* labels are numbers ("3", "3a"): other lines need no look at all */
    if (at >= len || !isdigit((unsigned char)s[at]))
        return 0;
    for (size_t i = 0; i < m->nitems; i++)
        if (&m->items[i] != self && names_item(&m->items[i], s + at, len - at))
            return whole;
    return 0;
}

/* A list of dated rows ("23. marts 2023<tab>Opstartsmøde", one row per
 * meeting held, its topics after the date): the Region's status item
 * lists every past meeting's topics and guests, and ranked first for any
 * name or phrase in them. Each row says a subject was on some day's
 * agenda, not that this item is about it: its words count WDF_HEADER.
 * Three rows at least, so a sentence that opens with a date stays text. */
#define HEADER_DATED_ROWS 3

int header_has_dated_rows(const char *text, size_t n)
{
    size_t rows = 0;
    for (size_t at = 0; at < n && rows < HEADER_DATED_ROWS;) {
        const char *nl = memchr(text + at, '\n', n - at);
        size_t len = nl != NULL ? (size_t)(nl - (text + at)) : n - at;
        if (len <= HEADER_LINE_MAX * 2 && mnt_line_starts_dated(text + at, len))
            rows++;
        at += len + 1;
    }
    return rows >= HEADER_DATED_ROWS;
}

size_t header_dated_row_len(const char *s, size_t n)
{
    const char *nl = memchr(s, '\n', n);
    size_t len = nl != NULL ? (size_t)(nl - s) : n;
    if (len > HEADER_LINE_MAX * 2 || !mnt_line_starts_dated(s, len))
        return 0;
    return nl != NULL ? len + 1 : len;
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
