/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sections.c - an item's text cut at its section headings ("Resume",
 * "Beslutning", "Beslutning: tekst") into named sections, and its body
 * built from them. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

static const char *const SECTIONS[] = {
    "Resume",
    "Resumé",
    "Sagsresume",
    "Sagsresumé",
    "Indstilling",
    "Indstillinger",
    "Sagsfremstilling",
    "Supplerende sagsfremstilling",
    "Beslutning",
    "Beslutninger",
    "Bilag",
    "Baggrund",
    "Økonomi",
    "Kommentarer",
    "Kommentar",
    "Sagsbeskrivelse",
    "Sagens indhold",
    "Forslag til beslutning",
    "Indstilling/Beslutning",
    "Indstilling og beslutning",
    "Beslutning/Indstilling",
    "Konklusion",
    "Drøftelse",
    "Lovgrundlag",
    "Retsgrundlag",
    "Vurdering",
    "Tidsplan",
    "Kommunikation",
    "Høring",
    "Administrationens indstilling",
    "Direktørens indstilling",
    "Anbefaling",
    "Anbefalinger",
    "Formål",
    "Bemærkninger",
    "Indhold",
    "Drøftelsens hovedpointer",
    "Drøftelsens hovedpointer/beslutning",
    "Kommentarer til status",
    /* seen on further councils' pages (tests/data/layouts/u-*) */
    "Beslutningstema",
    "Historik",
    "Indledning",
    "Sagens formål",
    "Sagsfremstilling og økonomi",
    "Kompetence",
    "Administrationen indstiller",
    /* Kolding's, Ishøj's item pages */
    "Forslag",
    "Sagen behandles i",
    "Beslutningskompetence",
    /* Copenhagen's item template; Region Hovedstaden's */
    "Problemstilling",
    "Løsning",
    "Videre proces",
    "Politisk behandling",
    "Konsekvenser",
    "Risikovurdering",
    "Journalnummer",
    "Bilagsfortegnelse",
    "Baggrund for sagens fremlæggelse",
    "Resumé og indstilling",
    /* Thisted's and Bornholm's item templates: what the case is about,
     * who decides it */
    "Sagstema",
    "Hvem beslutter",
    /* Rødovre's case pages (TYPO3): each case's h3 sections */
    "Sagens kerne",
    "Lov- og plangrundlag",
    /* Ballerup's item pages: a case's earlier meetings, its summary */
    "Tidligere behandling",
    "Tidligere behandlinger",
    "Sammendrag",
    /* and since 2025 the section that holds the summary, or the
     * announcements' subjects */
    "Beskrivelse",
    /* Hørsholm's case pages: the committees a case passes ("ØU - KB"),
     * printed first in each */
    "Sagens forløb",
    "Sagsforløb",
    /* First Agenda's item template (Holbæk): the case's route and kind,
     * its description */
    "Sagsgang og sagstype",
    "Beskrivelse af sagen",
};

static int is_section_name(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof SECTIONS / sizeof *SECTIONS; k++)
        if (fold_eq(s, n, SECTIONS[k], strlen(SECTIONS[k])))
            return 1;
    /* "Beslutning i Social- og Sundhedsudvalget den 3. maj" */
    if (n <= 60 && (fold_prefix(s, n, "Beslutning i ") > 0 ||
                    fold_prefix(s, n, "Indstilling fra ") > 0))
        return 1;
    /* "Sundheds- og Omsorgsudvalgets beslutning i mødet den 14. september
     * 2006": a committee's decision in the genitive, dated (Copenhagen) */
    for (size_t i = 1; n <= 120 && i + 17 <= n; i++)
        if (memcmp(s + i, "s beslutning i m", 16) == 0)
            for (size_t k = i + 16; k + 5 <= n; k++)
                if (memcmp(s + k, " den ", 5) == 0)
                    return 1;
    /* "Beslutning Økonomiudvalget den 03-11-2014", "Behandling i Udvalget
     * for det nære sundhedsvæsen onsdag den 12. februar 2020, pkt. 1":
     * a committee's decision, dated */
    if (n > 100 || (fold_prefix(s, n, "Beslutning ") == 0 &&
                    fold_prefix(s, n, "Behandling i ") == 0))
        return 0;
    for (size_t i = 0; i + 5 <= n; i++)
        if (memcmp(s + i, " den ", 5) == 0)
            return 1;
    return 0;
}

int mnt_section_heading(const char *s, size_t n, size_t *name_len,
                        size_t *text_off)
{
    size_t colon = n;
    for (size_t i = 0; i < n && i < 64; i++)
        if (s[i] == ':') {
            colon = i;
            break;
        }
    size_t end = colon;
    while (end > 0 && s[end - 1] == ' ')
        end--;
    if (end == 0 || !is_section_name(s, end))
        return 0;
    *name_len = end;
    *text_off = colon == n ? n : mnt_skip_sp(s, n, colon + 1);
    return 1;
}

/* Does a title open with the name of a section an item template
 * numbers ("Sagsfremstilling", "Indstilling Forvaltningen foreslår
 * …")? Names no item is titled with; printed as a name (capitalised, in
 * lower case after the first letter: "INDSTILLING VEDR. …" is a title in
 * capitals), alone or before its text (a word in lower case after it
 * makes it a title's first word: "Indstilling af medlemmer"). */
int mnt_section_titled(const char *s, size_t n)
{
    static const char *const names[] = {"Sagsfremstilling",
                                        "Økonomiske konsekvenser",
                                        "Beslutningskompetence",
                                        "Indstilling",
                                        "Sagsresume",
                                        "Sagsresumé",
                                        "Resume",
                                        "Resumé",
                                        "Beslutningstema",
                                        "Sagsbeskrivelse",
                                        "Lovgrundlag",
                                        "Retsgrundlag"};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        size_t m = strlen(names[k]);
        if (n < m || memcmp(s, names[k], m) != 0)
            continue;
        if (m == n || s[m] == ':' ||
            (s[m] == ' ' && mnt_starts_upper(s + m + 1, n - m - 1)))
            return 1;
    }
    return 0;
}

int mnt_is_item_section(const struct mnt_line *l)
{
    static const char *const inner[] = {
        "Beslutning",       "Beslutninger", "Indstilling", "Indstillinger",
        "Sagsfremstilling", "Sagsresume",   "Sagsresumé",
    };
    size_t len, off;
    if (l->kind != MNT_LINE_TEXT ||
        !mnt_section_heading(l->s, l->len, &len, &off) || off < l->len)
        return 0;
    for (size_t k = 0; k < sizeof inner / sizeof *inner; k++)
        if (fold_eq(l->s, len, inner[k], strlen(inner[k])))
            return 1;
    return fold_prefix(l->s, len, "Beslutning ") > 0;
}

static int add_section(struct mnt_item *it, const char *name, size_t nn,
                       const struct mnt_doc *d, size_t from, size_t to,
                       size_t skip0)
{
    struct buf text;
    buf_init(&text);
    if (to > from &&
        mnt_clean_body(&d->lines[from], to - from, skip0, &text) != ERR_OK) {
        buf_fini(&text);
        return ERR_NOMEM;
    }
    if (nn == 0 && text.len == 0)
        return ERR_OK; /* no text before the first heading */
    struct mnt_section *s = it->sections;
    size_t n = it->nsections;
    if ((n & (n - 1)) == 0) { /* grow at 0, 1, 2, 4, 8, ... */
        s = realloc(s, (n ? 2 * n : 1) * sizeof *s);
        if (s == NULL) {
            buf_fini(&text);
            return ERR_NOMEM;
        }
        it->sections = s;
    }
    s = &s[n];
    s->name = strndup(name, nn);
    s->text = buf_detach(&text);
    if (s->name == NULL || s->text == NULL) {
        free(s->name);
        free(s->text);
        return ERR_NOMEM;
    }
    it->nsections++;
    return ERR_OK;
}

int mnt_split_sections(struct mnt_item *it, const struct mnt_doc *d,
                       size_t from, size_t to, size_t skip0)
{
    const char *name = "";
    size_t nn = 0, start = from;
    /* skip0 is an offset into line `from` (the fuzzers' Debug build checks) */
    assert(from >= to || skip0 <= d->lines[from].len);
    for (size_t i = from; i < to; i++) {
        const struct mnt_line *l = &d->lines[i];
        size_t len, off;
        if (l->kind != MNT_LINE_TEXT ||
            !mnt_section_heading(l->s + (i == from ? skip0 : 0),
                                 l->len - (i == from ? skip0 : 0), &len, &off))
            continue;
        if (i == from && skip0 > 0) {
            if (add_section(it, name, nn, d, start, i, skip0) != ERR_OK)
                return ERR_NOMEM;
            name = l->s + skip0, nn = len;
            start = off < l->len - skip0 ? i : i + 1;
            skip0 = off < l->len - skip0 ? skip0 + off : 0;
            continue;
        }
        if (add_section(it, name, nn, d, start, i, skip0) != ERR_OK)
            return ERR_NOMEM;
        name = l->s, nn = len;
        start = off < l->len ? i : i + 1;
        skip0 = off < l->len ? off : 0;
    }
    if (add_section(it, name, nn, d, start, to, skip0) != ERR_OK)
        return ERR_NOMEM;
    struct buf b;
    buf_init(&b);
    int rc = ERR_OK;
    for (size_t k = 0; k < it->nsections && rc == ERR_OK; k++) {
        const struct mnt_section *s = &it->sections[k];
        if (b.len > 0)
            rc = buf_puts(&b, "\n\n");
        if (rc == ERR_OK && s->name[0] != '\0')
            rc = buf_printf(&b, "%s%s", s->name, s->text[0] ? "\n" : "");
        if (rc == ERR_OK)
            rc = buf_puts(&b, s->text);
    }
    if (rc == ERR_OK && buf_append(&b, "", 0) == ERR_OK)
        it->body = buf_detach(&b);
    buf_fini(&b);
    return it->body ? ERR_OK : ERR_NOMEM;
}
