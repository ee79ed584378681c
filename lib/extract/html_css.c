/* SPDX-License-Identifier: GPL-2.0-or-later */
/* html_css.c - the classes a page's <style> blocks set bold. A Word
 * document saved as a web page styles its item headings by paragraph
 * class (p.Punktoverskrift {font-weight:bold}), not by <b> or style=:
 * read only, those headings would be plain lines. Only simple class
 * selectors count ("p.Name", ".Name", a comma list of them); rules
 * under @media or @page and selectors with combinators are passed over. */
#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "extract/readers_internal.h"

uint32_t html_class_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a; never 0 */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h | 1;
}

/* Does the declaration block d[0..n) set font-weight bold, bolder or
 * 600-900? Whole property names: not "mso-bidi-font-weight". */
static int decl_bold(const char *d, size_t n)
{
    char v[512];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof v; i++)
        if (!isspace((unsigned char)d[i]))
            v[k++] = (char)tolower((unsigned char)d[i]);
    v[k] = '\0';
    for (const char *p = v; (p = strstr(p, "font-weight:")) != NULL; p++) {
        if (p != v && p[-1] != ';')
            continue;
        const char *w = p + strlen("font-weight:");
        if (strncmp(w, "bold", 4) == 0 ||
            (w[0] >= '6' && w[0] <= '9' && w[1] == '0' && w[2] == '0'))
            return 1;
    }
    return 0;
}

/* One selector s[0..n), trimmed: "p.Name" or ".Name"; the class name's
 * hash into *h. */
static int simple_class(const char *s, size_t n, uint32_t *h)
{
    while (n > 0 && isspace((unsigned char)*s))
        s++, n--;
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    size_t i = 0;
    while (i < n && isalnum((unsigned char)s[i]))
        i++;
    if (i >= n || s[i] != '.' || i + 1 == n)
        return 0;
    for (size_t j = i + 1; j < n; j++)
        if (!isalnum((unsigned char)s[j]) && s[j] != '-' && s[j] != '_')
            return 0;
    *h = html_class_hash(s + i + 1, n - i - 1);
    return 1;
}

static void add_rule(struct html_css *c, const char *sel, size_t n)
{
    for (size_t a = 0; a < n;) {
        const char *comma = memchr(sel + a, ',', n - a);
        size_t b = comma != NULL ? (size_t)(comma - sel) : n;
        uint32_t h;
        if (simple_class(sel + a, b - a, &h) && c->n < HTML_CSS_MAX)
            c->bold[c->n++] = h;
        a = b + 1;
    }
}

/* The rules of one style sheet s[0..n). */
static void read_sheet(const char *s, size_t n, struct html_css *c)
{
    size_t i = 0;
    while (i < n) {
        const char *open = memchr(s + i, '{', n - i);
        if (open == NULL)
            return;
        size_t o = (size_t)(open - s), sel = i;
        /* comments and the <!-- --> a sheet hides in stay in the
         * selector: only its last part after them counts */
        for (size_t k = i; k + 1 < o; k++)
            if ((s[k] == '*' && s[k + 1] == '/') ||
                (s[k] == '-' && s[k + 1] == '-' && k + 2 < o &&
                 s[k + 2] == '>') ||
                (s[k] == '<' && s[k + 1] == '!'))
                sel = k + 2;
        while (sel < o && s[sel] != '\0' &&
               strchr("-!>/ \t\r\n", s[sel]) != NULL)
            sel++;
        size_t depth = 1, j = o + 1;
        for (; j < n && depth > 0; j++)
            depth += s[j] == '{' ? 1 : s[j] == '}' ? (size_t)-1 : 0;
        /* an @-rule's block (@media, @page) is passed over whole */
        if (s[sel] != '@' && memchr(s + o + 1, '{', j - o - 1) == NULL &&
            decl_bold(s + o + 1, j - o - 1))
            add_rule(c, s + sel, o - sel);
        i = j;
    }
}

void html_css_read(const char *s, size_t n, struct html_css *c)
{
    c->n = 0;
    for (size_t i = 0; i + 7 < n; i++) {
        if (s[i] != '<' || strncasecmp(s + i + 1, "style", 5) != 0)
            continue;
        const char *gt = memchr(s + i, '>', n - i);
        if (gt == NULL)
            return;
        size_t a = (size_t)(gt - s) + 1, b = a;
        while (b + 8 <= n && strncasecmp(s + b, "</style", 7) != 0)
            b++;
        if (b + 8 > n)
            b = n;
        read_sheet(s + a, b - a, c);
        i = b;
    }
}

int html_css_bold(const struct html_css *c, uint32_t cls)
{
    for (size_t i = 0; cls != 0 && i < c->n; i++)
        if (c->bold[i] == cls)
            return 1;
    return 0;
}
