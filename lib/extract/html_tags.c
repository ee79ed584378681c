/* SPDX-License-Identifier: GPL-2.0-or-later */
/* html_tags.c - what each HTML element is to the walker (html.c): a
 * block boundary, a heading of some level, a list, a table cell, page
 * furniture dropped with its contents, or inline text. */
#include "extract/readers_internal.h"

#include <stdlib.h>
#include <string.h>

/* Sorted by name for bsearch (libxml2 gives HTML names in lower case). */
static const struct html_tag tags[] = {
    {"a", HTML_TK_LINK, 0},
    {"address", HTML_TK_BLOCK, 0},
    {"article", HTML_TK_CONTENT, 0},
    {"aside", HTML_TK_SKIP, 0},
    {"audio", HTML_TK_SKIP, 0},
    {"b", HTML_TK_BOLD, 0},
    {"blockquote", HTML_TK_BLOCK, 0},
    {"body", HTML_TK_ROOT, 0},
    {"br", HTML_TK_BR, 0},
    {"button", HTML_TK_BUTTON, 0},
    {"canvas", HTML_TK_SKIP, 0},
    {"caption", HTML_TK_BLOCK, 0},
    {"center", HTML_TK_BLOCK, 0},
    {"dd", HTML_TK_BLOCK, 0},
    {"details", HTML_TK_BLOCK, 0},
    {"dialog", HTML_TK_SKIP, 0},
    {"div", HTML_TK_BLOCK, 0},
    {"dl", HTML_TK_BLOCK, 0},
    {"dt", HTML_TK_BLOCK, 0},
    {"embed", HTML_TK_SKIP, 0},
    {"fieldset", HTML_TK_BLOCK, 0},
    {"figcaption", HTML_TK_BLOCK, 0},
    {"figure", HTML_TK_BLOCK, 0},
    {"footer", HTML_TK_SKIP, 0},
    {"form", HTML_TK_FORM, 0},
    {"h1", HTML_TK_HEADING, 1},
    {"h2", HTML_TK_HEADING, 2},
    {"h3", HTML_TK_HEADING, 3},
    {"h4", HTML_TK_HEADING, 4},
    {"h5", HTML_TK_HEADING, 5},
    {"h6", HTML_TK_HEADING, 6},
    {"header", HTML_TK_HEADER, 0},
    {"hr", HTML_TK_BR, 0},
    {"html", HTML_TK_ROOT, 0},
    {"iframe", HTML_TK_SKIP, 0},
    {"input", HTML_TK_SKIP, 0},
    {"label", HTML_TK_LABEL, 0},
    {"li", HTML_TK_LI, 0},
    {"main", HTML_TK_CONTENT, 0},
    {"map", HTML_TK_SKIP, 0},
    {"menu", HTML_TK_SKIP, 0},
    {"nav", HTML_TK_SKIP, 0},
    {"noscript", HTML_TK_SKIP, 0},
    {"object", HTML_TK_SKIP, 0},
    {"ol", HTML_TK_OL, 0},
    {"optgroup", HTML_TK_SKIP, 0},
    {"option", HTML_TK_SKIP, 0},
    {"p", HTML_TK_BLOCK, 0},
    {"pre", HTML_TK_PRE, 0},
    {"script", HTML_TK_SKIP, 0},
    {"section", HTML_TK_CONTENT, 0},
    {"select", HTML_TK_SKIP, 0},
    {"strong", HTML_TK_BOLD, 0},
    {"style", HTML_TK_SKIP, 0},
    {"summary", HTML_TK_SUMMARY, 0},
    {"svg", HTML_TK_SKIP, 0},
    {"table", HTML_TK_TABLE, 0},
    {"tbody", HTML_TK_BLOCK, 0},
    {"td", HTML_TK_CELL, 0},
    {"template", HTML_TK_SKIP, 0},
    {"textarea", HTML_TK_SKIP, 0},
    {"tfoot", HTML_TK_BLOCK, 0},
    {"th", HTML_TK_CELL, 0},
    {"thead", HTML_TK_BLOCK, 0},
    {"title", HTML_TK_TITLE, 0},
    {"tr", HTML_TK_TR, 0},
    {"ul", HTML_TK_UL, 0},
    {"video", HTML_TK_SKIP, 0},
};

static int tag_cmp(const void *k, const void *t)
{
    return strcmp(k, ((const struct html_tag *)t)->name);
}

const struct html_tag *html_tag_of(const char *name)
{
    return bsearch(name, tags, sizeof tags / sizeof tags[0], sizeof tags[0],
                   tag_cmp);
}

int html_tag_is_boundary(unsigned kind)
{
    return kind != HTML_TK_INLINE && kind != HTML_TK_BOLD &&
           kind != HTML_TK_LINK && kind != HTML_TK_BUTTON &&
           kind != HTML_TK_SKIP && kind != HTML_TK_LABEL;
}
