/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_trim.c - what is trimmed off a title once it is cut out (for
 * titles.c): the specks OCR reads as glyphs, and the item's time slot in
 * the meeting's programme before it ("09.00-09.05 Godkendelse …"; a
 * slot with nothing but how the item is handled leaves no title), and a
 * web page's furniture glued to it (a fold-out button's label, a
 * section's label, an anchor glyph), and the hyphen wraps a flattened
 * line keeps. The fields around a title before it is cut:
 * title_fields.c. */
#include <stdint.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* Is the glyph c one OCR makes of a speck on the page? */
static int speck_glyph(char c)
{
    return c != '\0' && strchr("'`.,~|_^*-\":;", c) != NULL;
}

void mnt_drop_ocr_specks(char *t)
{
    size_t n = strlen(t), o = 0;
    /* a lone glyph before the title or after it: "' Salg af grund",
     * "Salg af grund ," */
    if (n >= 3 && speck_glyph(t[0]) && t[1] == ' ') {
        memmove(t, t + 2, n - 1);
        n -= 2;
    }
    if (n >= 3 && speck_glyph(t[n - 1]) && t[n - 2] == ' ') {
        n -= 2;
        while (n > 0 && t[n - 1] == ' ')
            n--;
        t[n] = '\0';
    }
    /* "Salg af kommunal. grund": a full stop between two words in lower
     * case after a word of six letters or more is no abbreviation's
     * ("pr.", "vedr.", "bl.a.", "inkl.") nor a sentence's end */
    size_t letters = 0;
    int lower = 1;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode(t + i, n - i, &cp);
        if (cp == '.' && letters >= 6 && lower && i + 2 < n &&
            t[i + 1] == ' ') {
            uint32_t next;
            utf8_decode(t + i + 2, n - i - 2, &next);
            if (fold_is_lower(next)) {
                i += k;
                letters = 0;
                continue; /* the dot dropped */
            }
        }
        if (fold_is_letter(cp)) {
            letters++;
            lower = lower && fold_is_lower(cp);
        } else {
            letters = 0;
            lower = 1;
        }
        memmove(t + o, t + i, k);
        o += k;
        i += k;
    }
    t[o] = '\0';
}

/* Bytes of a clock time at s[i] ("9.00", "09:05"), or 0. */
static size_t clock_at(const char *s, size_t n, size_t i)
{
    unsigned h, mi;
    size_t a = mnt_read_num(s, n, i, 2, &h);
    if (a == 0 || h > 23 || i + a + 3 > n ||
        (s[i + a] != '.' && s[i + a] != ':'))
        return 0;
    size_t b = mnt_read_num(s, n, i + a + 1, 2, &mi);
    size_t e = i + a + 1 + b;
    if (b != 2 || mi > 59 || (e < n && mnt_digit(s[e])))
        return 0;
    return e - i;
}

/* Does the cell s[i..e) hold only a duration ("5 min", "10 min.",
 * "1 time", "2 timer") or a clock time or range ("18.00 - 18.05",
 * "kl. 18.00")? */
static int slot_cell(const char *s, size_t e, size_t i)
{
    static const char *const units[] = {"minutter", "min.", "min",
                                        "timer",    "time", "t."};
    unsigned v;
    size_t k = fold_prefix(s + i, e - i, "kl.");
    k = mnt_skip_sp(s, e, i + k);
    size_t a = clock_at(s, e, k);
    if (a > 0) {
        k = mnt_skip_sp(s, e, k + a);
        size_t sep = mnt_separator(s, e, k);
        if (sep > 0 && s[k] != ':') {
            size_t m = mnt_skip_sp(s, e, k + sep);
            size_t b = clock_at(s, e, m);
            if (b > 0)
                k = mnt_skip_sp(s, e, m + b);
        }
        return k == e;
    }
    size_t d = mnt_read_num(s, e, k, 3, &v);
    if (d == 0)
        return 0;
    k = mnt_skip_sp(s, e, k + d);
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t m = fold_prefix(s + k, e - k, units[u]);
        if (m > 0 && mnt_skip_sp(s, e, k + m) == e)
            return 1;
    }
    return 0;
}

size_t mnt_skip_slot_cells(const char *s, size_t n, size_t i)
{
    for (;;) {
        const char *tab = memchr(s + i, '\t', n - i);
        if (tab == NULL || !slot_cell(s, (size_t)(tab - s), i))
            return i;
        i = mnt_skip_sp(s, n, (size_t)(tab - s));
    }
}

/* Is s[0..n) only how an item is handled ("Drøftelse", "Orientering/
 * drøftelse", "Drøftelse/Beslutning"), nothing about what it is about? */
static int handling_only(const char *s, size_t n)
{
    static const char *const kinds[] = {"orientering", "drøftelse",
                                        "beslutning", "godkendelse"};
    size_t i = 0, words = 0;
    while (i < n) {
        size_t m = 0;
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds && m == 0; k++)
            m = fold_prefix(s + i, n - i, kinds[k]);
        if (m == 0)
            return 0;
        words++;
        i += m;
        while (i < n && (s[i] == ' ' || s[i] == '/' || s[i] == ','))
            i++;
        if (i + 3 <= n && memcmp(s + i, "og ", 3) == 0)
            i += 3;
    }
    return words > 0;
}

/* "09.00-09.05 Godkendelse af dagsordenen", "kl. 10.15 Høring om …",
 * "Kl. 16.00-16.45: Besøg af …":
 * the item's slot in the meeting's programme, printed before its title,
 * is no part of it. A range of two times, or one after "kl.", then a
 * space and a capital (a lone "12.03" may be a date). A slot alone, or
 * with only how the item is handled ("19.15-19.45 - Drøftelse": a
 * school board's programme whose subjects the page lost), leaves no
 * title: the item is untitled, never titled by its kind. */
void mnt_drop_time_slot(char *t)
{
    size_t n = strlen(t), i = fold_prefix(t, n, "kl.");
    int kl = i > 0;
    i = mnt_skip_sp(t, n, i);
    size_t a = clock_at(t, n, i);
    if (a == 0)
        return;
    size_t j = i + a, s = mnt_skip_sp(t, n, j), sep = mnt_separator(t, n, s);
    size_t b = 0;
    if (sep > 0 && t[s] != ':') {
        size_t k = mnt_skip_sp(t, n, s + sep);
        if ((b = clock_at(t, n, k)) > 0)
            j = k + b;
    }
    if (b == 0 && !kl)
        return;
    size_t r = mnt_skip_sp(t, n, j);
    r = mnt_skip_sp(t, n, r + mnt_separator(t, n, r));
    if (r == n || handling_only(t + r, n - r)) {
        t[0] = '\0';
        return;
    }
    if (j < n && t[j] == ':') /* "Kl. 16.00-16.45: Besøg af …" */
        j++;
    if (j >= n || t[j] != ' ')
        return;
    j = mnt_skip_sp(t, n, j);
    if (!mnt_starts_upper(t + j, n - j))
        return;
    memmove(t, t + j, n - j + 1);
}

/* The length of a web page's button label at the start of s[0..n)
 * ("Åbn/luk punkt", "fold dette punkt ind" before the section it
 * folds), ending at a word's end; 0 if none. Longer labels first. */
size_t mnt_widget_label_len(const char *s, size_t n)
{
    static const char *const labels[] = {"Klik her for at folde ud",
                                         "Fold dette punkt ind",
                                         "Fold dette punkt ud",
                                         "Fold punktet ind",
                                         "Fold punktet ud",
                                         "Fold alle ind",
                                         "Fold alle ud",
                                         "Åbn alle punkter",
                                         "Luk alle punkter",
                                         "Åbn/luk punkt",
                                         "Åbn/luk",
                                         "Fold sammen",
                                         "Fold ind",
                                         "Fold ud",
                                         "Vis mere",
                                         "Læs mere"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t m = fold_prefix(s, n, labels[k]);
        if (m > 0 && (m == n || s[m] == ' '))
            return m;
    }
    return 0;
}

/* "Landsbypuljen 2024Klik her for at folde ud og læse mere om
 * Landsbypuljen 2024": a heading glued to a fold-out button's label that
 * repeats it. Cut the title at the glue when its text ends with the part
 * before it (glued: no space before the capital). An agenda list's entry
 * glued to the heading it repeats ("Møde i havnegruppen1. Møde i
 * havnegruppen", a page's list of points run into the first point) is
 * the same echo with the entry's number before the capital. A glue
 * follows a small letter or a digit: in a title set in capitals
 * ("BUDGETOPFØLGNING 2019 - SAMLET BUDGET") every letter is a capital
 * and no glue shows. */
static void drop_echo(char *t)
{
    size_t n = strlen(t);
    for (size_t g = 3; 2 * g <= n; g++) {
        if (memcmp(t + n - g, t, g) != 0)
            continue;
        size_t c = g;
        while (c < n && mnt_digit(t[c]))
            c++;
        if (c > g && c + 1 < n && t[c] == '.' && t[c + 1] == ' ')
            c += 2;
        else
            c = g;
        uint32_t cp = 0, prev = 0;
        utf8_decode(t + c, n - c, &cp);
        utf8_prev(t, t + g, &prev);
        if (fold_is_upper(cp) && prev != ' ' && !fold_is_upper(prev)) {
            t[g] = '\0';
            return;
        }
    }
}

/* Is s[0..n) a page's button label ("Åbn/luk punkt", "Fold ud")? */
static int toggle_label(const char *s, size_t n)
{
    return mnt_widget_label_len(s, n) == n;
}

/* "… (14.00-15.00) #", "… ¶": a heading's anchor link, a glyph alone
 * after the title, is no part of it. */
static void drop_anchor(char *t)
{
    size_t n = strlen(t);
    size_t g = n >= 2 && t[n - 1] == '#'                         ? 1
               : n >= 3 && memcmp(t + n - 2, "\xC2\xB6", 2) == 0 ? 2
                                                                 : 0;
    if (g == 0 || n == g || t[n - g - 1] != ' ')
        return;
    n -= g;
    while (n > 0 && t[n - 1] == ' ')
        n--;
    t[n] = '\0';
}

/* "Foretræde ved foreningen # (kl. 13.00-13.30)": the anchor link may
 * also stand before the item's time slot in parentheses, which closes
 * the title; drop the " #" and keep the slot, as after the slot. */
static void drop_anchor_before_slot(char *t)
{
    size_t n = strlen(t);
    if (n < 8 || t[n - 1] != ')')
        return;
    for (size_t i = 1; i + 4 < n; i++) {
        if (t[i - 1] != ' ' || t[i] != '#' || t[i + 1] != ' ' ||
            t[i + 2] != '(')
            continue;
        size_t k = i + 3 + fold_prefix(t + i + 3, n - i - 3, "kl.");
        k = mnt_skip_sp(t, n, k);
        if (clock_at(t, n, k) == 0 || memchr(t + k, ')', n - k) != t + n - 1)
            continue;
        memmove(t + i - 1, t + i + 1, n - i); /* " #" out, NUL moves too */
        return;
    }
}

/* "Fold alle ud Meddelelser": a page's button over its list of items
 * ("Sager 24 - 30 Fold alle ud"), run into the first item's title where
 * the page was flattened to one line, opens it; drop the label when a
 * capital follows it (a title such as "Læs mere om …" goes on in lower
 * case). */
static void drop_leading_label(char *t)
{
    size_t n = strlen(t);
    size_t m = mnt_widget_label_len(t, n);
    if (m == 0 || m == n)
        return;
    size_t j = mnt_skip_sp(t, n, m);
    if (j < n && mnt_starts_upper(t + j, n - j))
        memmove(t, t + j, n - j + 1);
}

/* "Godkendelse af dagsordenReferat", "Udbud af vinterberedskab
 * 2023-2027Åbn/luk punkt": a page's label for the section below, or
 * its fold-out button's, glued to the title (two spans with no space
 * between). Cut the title where a capital follows a lower-case letter,
 * a digit or a closing parenthesis and the rest is a section name,
 * "Referat" or such a button label. */
static void drop_glued_label(char *t)
{
    size_t n = strlen(t), nl, off;
    for (size_t g = 1; g + 4 <= n; g++) {
        uint32_t cp = 0, prev = 0;
        if (((unsigned char)t[g] & 0xC0) == 0x80)
            continue;
        utf8_decode(t + g, n - g, &cp);
        utf8_prev(t, t + g, &prev);
        if (!fold_is_upper(cp) ||
            !(fold_is_lower(prev) || prev == ')' || ascii_digit(prev)))
            continue;
        if (fold_eq(t + g, n - g, "Referat", 7) || toggle_label(t + g, n - g) ||
            (mnt_section_heading(t + g, n - g, &nl, &off) && off >= n - g)) {
            t[g] = '\0';
            return;
        }
    }
}

/* "Godkendelse af sidste referat ->Database 'Møder 2017', View 'Alle
 * møder', Document '070617 Bestyrelsesmøde'": a Lotus Notes page's link
 * to another document, printed as its path after the title, is no part
 * of it. */
static void drop_doclink(char *t)
{
    char *d = strstr(t, "->Database '");
    if (d == NULL || d == t)
        return;
    while (d > t && d[-1] == ' ')
        d--;
    *d = '\0';
}

/* "Tidsplan for budgetlægningen 2008, Bilag 2", "Aftaler om
 * hjælpemidler Bilag 77.17.2": a page that lists its items with links to
 * their attachments prints the links after the title (the link texts'
 * numbers run together when there are several). A closing "Bilag" with
 * only numbers and dots after it is such a link, no part of the title;
 * "Bilag" must follow text (a title "Bilag 3" stays) and be capitalised
 * as a link's label is ("godkendelse af bilag 2" stays). */
static void drop_attachment_links(char *t)
{
    size_t n = strlen(t);
    while (n > 0 && t[n - 1] == ' ')
        n--;
    size_t i = n;
    while (i > 0 && (mnt_digit(t[i - 1]) || t[i - 1] == '.'))
        i--;
    if (i == n || !mnt_digit(t[i]) || i < 8 ||
        memcmp(t + i - 7, " Bilag ", 7) != 0)
        return;
    size_t e = i - 7;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == ','))
        e--;
    if (e == 0)
        return;
    t[e] = '\0';
}

void mnt_trim_title(char *t)
{
    drop_doclink(t);
    drop_attachment_links(t);
    drop_leading_label(t);
    drop_echo(t);
    drop_glued_label(t);
    drop_anchor(t);
    drop_anchor_before_slot(t);
    mnt_drop_time_slot(t);
}

/* A transcript joins a word wrapped at its hyphen with a space
 * ("REGIONS- RÅDET"): join it again, unless the next word goes on a list
 * of compounds' parts ("Børne- og Ungeudvalget"). In place. */
void mnt_join_wrapped(char *t)
{
    static const char *const keep[] = {"og", "eller", "samt", "til", "&"};
    size_t n = strlen(t), o = 0;
    for (size_t i = 0; i < n; i++) {
        t[o++] = t[i];
        if (t[i] != '-' || i == 0 || i + 2 >= n || t[i + 1] != ' ' ||
            t[i - 1] == ' ')
            continue;
        const char *w = t + i + 2;
        size_t wl = strcspn(w, " ,");
        int k = 0;
        for (size_t j = 0; j < sizeof keep / sizeof *keep && !k; j++)
            k = fold_eq(w, wl, keep[j], strlen(keep[j]));
        /* "Natur- Miljø- og …" lists compounds: a capital after a
         * small letter; a wrap keeps the case ("regions- rådet") */
        uint32_t cp, before;
        utf8_decode(w, n - (size_t)(w - t), &cp);
        utf8_prev(t, t + i, &before);
        if (!k && fold_is_letter(cp) &&
            fold_is_upper(cp) == fold_is_upper(before)) {
            o--; /* the hyphen and the space go */
            i++;
        }
    }
    t[o] = '\0';
}
