/* SPDX-License-Identifier: GPL-2.0-or-later */
/* html_attrs.c - what an HTML element's attributes and link texts say:
 * the id/class/role names of page furniture (menus, banners, cookie
 * notices), inline styles (bold, font size), list numbers, and the link
 * texts that only move around the page. The name and phrase lists come
 * from the layouts of municipal sites (Drupal, WordPress, SharePoint,
 * DKFDS, First Agenda exports); a wrong hit drops text, so they stay
 * narrow. */
#include "core/ascii.h"
#include "core/fold.h"
#include "extract/readers_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Parts of an id/class/role (split on anything not a letter or digit)
 * that start or end with one of these are furniture: "main-nav",
 * "navbar", "megamenu", "cookiebanner", "skiplink", "sharebuttons",
 * "coiOverlay". */
static const char *const furniture_parts[] = {
    "nav",         "menu",   "breadcrumb",  "cookie", "consent",
    "banner",      "skip",   "share",       "search", "footer",
    "contentinfo", "ribbon", "quicklaunch", /* SharePoint's side menu */
    "coi", /* Cookie Information's consent dialog: id "coiOverlay" */
};

/* Words that contain a furniture part at an edge but are not furniture. */
static const char *const furniture_exceptions[] = {
    "navn", /* Danish "name": class="navn" on a member list */
};

static int part_is_furniture(const char *p, size_t n)
{
    for (size_t i = 0; i < sizeof furniture_exceptions / sizeof(char *); i++)
        if (strlen(furniture_exceptions[i]) == n &&
            memcmp(p, furniture_exceptions[i], n) == 0)
            return 0;
    for (size_t i = 0; i < sizeof furniture_parts / sizeof(char *); i++) {
        size_t k = strlen(furniture_parts[i]);
        if (n < k)
            continue;
        if (memcmp(p, furniture_parts[i], k) == 0 ||
            memcmp(p + n - k, furniture_parts[i], k) == 0)
            return 1;
    }
    return 0;
}

/* Whole class names of text only screen readers get ("Åbner i nyt
 * vindue", "Læs mere om ..."): a hint, never minutes. */
static const char *const reader_only[] = {
    "sr-only",           "visually-hidden",
    "visuallyhidden",    "screen-reader-text",
    "element-invisible", "sr-text",
};

static int is_reader_only(const char *v)
{
    for (const char *s = v; *s != '\0';) {
        while (*s == ' ' || *s == '\t' || *s == '\n')
            s++;
        size_t n = strcspn(s, " \t\n");
        for (size_t i = 0; i < sizeof reader_only / sizeof(char *); i++)
            if (n == strlen(reader_only[i]) &&
                strncasecmp(s, reader_only[i], n) == 0)
                return 1;
        s += n;
    }
    return 0;
}

int html_is_furniture_name(const char *v)
{
    if (is_reader_only(v))
        return 1;
    char part[64];
    size_t n = 0;
    for (const char *s = v;; s++) {
        /* camelCase ids split too: "sideNavBox", "CybotCookiebotDialog" */
        int hump = s > v && isupper((unsigned char)*s) &&
                   islower((unsigned char)s[-1]);
        if (*s != '\0' && isalnum((unsigned char)*s) && !hump) {
            if (n + 1 < sizeof part)
                part[n++] = (char)tolower((unsigned char)*s);
            continue;
        }
        if (n > 0 && part_is_furniture(part, n))
            return 1;
        n = 0;
        if (*s == '\0')
            return 0;
        if (hump)
            part[n++] = (char)tolower((unsigned char)*s);
    }
}

/* Does a class name say the element opens or closes a collapsible
 * section ("accordion-button", "collapsible", "toggle-title",
 * "expander")? A part of it (letters and digits) starts so. Such a
 * button is an item's title on an agenda page; a UI button named so
 * ("Fold alle ud") is dropped by its text (html_is_nav_phrase()). */
static int is_toggle_class(const char *v)
{
    static const char *const starts[] = {"accordion", "collaps", "toggle",
                                         "expand", "disclosure"};
    for (const char *s = v; *s != '\0';) {
        while (*s != '\0' && !isalnum((unsigned char)*s))
            s++;
        size_t n = 0;
        while (isalnum((unsigned char)s[n]))
            n++;
        for (size_t i = 0; i < sizeof starts / sizeof *starts; i++)
            if (n >= strlen(starts[i]) &&
                strncasecmp(s, starts[i], strlen(starts[i])) == 0)
                return 1;
        s += n;
    }
    return 0;
}

/* Link texts that only navigate, lower case, compared whole. */
static const char *const nav_phrases[] = {
    "spring til indhold",
    "spring til hovedindhold",
    "spring til navigation",
    "gå til indhold",
    "gå til hovedindhold",
    "til toppen",
    "til top",
    "tilbage til toppen",
    "gå til toppen",
    "top",
    "vælg",
    "skip to content",
    "skip to main content",
    "back to top",
    "udskriv",
    "print",
    "del",
    "del siden",
    "del på facebook",
    "del på linkedin",
    "del på twitter",
    "del på x",
    "tip en ven",
    "læs op",
    "menu",
    "luk",
    "luk menu",
    "søg",
    "forside",
    "tilbage",
    "læs mere",
    "se mere",
    "cookieindstillinger",
    "cookie-indstillinger",
    "fold alle ud",
    "fold alle sammen",
    "fold ud",
    "fold sammen",
    "åbn alle",
    "luk alle",
    "vis alle",
    "skjul alle",
    "hent som pdf",
    "hent som fil",
    "udskriv dagsorden",
    "udskriv referat",
    "udskriv hele dagsordenen",
    "udskriv hele dagsordnen",
    "udskriv hele referatet",
    "udskriv punkt",
    "download som pdf",
    "hent som word",
    /* a link from one item's page back to its meeting's agenda: no
     * title, though it stands right above the item's own */
    "vis dagsorden",
    "vis referat",
    "vis hele dagsordenen",
};

int html_is_nav_phrase(const char *s, size_t len)
{
    char f[64];
    if (len >= sizeof f - 2)
        return 0;
    size_t n = fold_str(s, len, f, sizeof f, NULL);
    /* "Til toppen ↑", "Luk ×", "Læs mere »": drop trailing arrows and
     * punctuation (anything not a letter or digit). */
    while (n > 0) {
        uint32_t cp;
        size_t k = utf8_prev(f, f + n, &cp);
        if (fold_is_letter(cp) || ascii_digit(cp))
            break;
        n -= k;
        while (n > 0 && f[n - 1] == ' ')
            n--;
    }
    f[n] = '\0';
    for (size_t i = 0; i < sizeof nav_phrases / sizeof(char *); i++)
        if (strcmp(f, nav_phrases[i]) == 0)
            return 1;
    return 0;
}

/* The value of property `name` in a normalised style= value (lower
 * case, no blanks), or NULL. Whole names only: Word's HTML has
 * "mso-bidi-font-weight:normal" beside "font-weight:bold". */
static const char *style_prop(const char *style, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = style; *p != '\0';) {
        if (strncmp(p, name, n) == 0 && p[n] == ':')
            return p + n + 1;
        const char *semi = strchr(p, ';');
        if (semi == NULL)
            break;
        p = semi + 1;
    }
    return NULL;
}

/* font-size in points: "14.0pt", "18px"; 0 if none or relative (em, %,
 * keywords say nothing without the stylesheet). */
static float style_size(const char *style)
{
    const char *p = style_prop(style, "font-size");
    if (p == NULL)
        return 0;
    char *end;
    double v = strtod(p, &end);
    if (end == p || v <= 0 || v > 500)
        return 0;
    if (strncmp(end, "pt", 2) == 0)
        return (float)v;
    if (strncmp(end, "px", 2) == 0)
        return (float)(v * 0.75);
    return 0;
}

void html_read_attrs(const unsigned char **a, struct html_attrs *at)
{
    memset(at, 0, sizeof *at);
    for (; a != NULL && a[0] != NULL; a += 2) {
        const char *k = (const char *)a[0];
        const char *v = a[1] != NULL ? (const char *)a[1] : "";
        if (strcmp(k, "id") == 0 || strcmp(k, "class") == 0 ||
            strcmp(k, "role") == 0) {
            at->furniture |= html_is_furniture_name(v);
            at->main |= strcmp(k, "role") == 0 && strcasecmp(v, "main") == 0;
            if (strcmp(k, "class") == 0)
                at->cls = html_class_hash(v, strlen(v));
            if (strcmp(k, "class") == 0)
                at->toggle |= is_toggle_class(v);
        } else if (strcmp(k, "aria-expanded") == 0 ||
                   strcmp(k, "aria-controls") == 0 ||
                   strcmp(k, "data-target") == 0 ||
                   strcmp(k, "data-bs-target") == 0)
            at->toggle = 1;
        else if (strcmp(k, "data-toggle") == 0 ||
                 strcmp(k, "data-bs-toggle") == 0)
            at->toggle |= strstr(v, "collapse") != NULL;
        else if (strcmp(k, "style") == 0) {
            /* lower case without blanks: "FONT-WEIGHT: 700" */
            char norm[256];
            size_t n = 0;
            for (const char *c = v; *c != '\0' && n + 1 < sizeof norm; c++)
                if (*c != ' ' && *c != '\t')
                    norm[n++] = (char)tolower((unsigned char)*c);
            norm[n] = '\0';
            at->size = style_size(norm);
            const char *fw = style_prop(norm, "font-weight");
            /* bold, bolder, 600..900 */
            at->bold |= fw != NULL && (strncmp(fw, "bold", 4) == 0 ||
                                       (fw[0] >= '6' && fw[0] <= '9' &&
                                        fw[1] == '0' && fw[2] == '0'));
        } else if (strcmp(k, "start") == 0)
            at->start = v;
        else if (strcmp(k, "value") == 0)
            at->value = v;
    }
}
