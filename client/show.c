/* SPDX-License-Identifier: GPL-2.0-or-later */
/* show.c - print referatd's JSON answers for people: ranked hits with
 * highlighted snippets, totals, facet counts, "did you mean", and items
 * in full. Text from the index is printed with control characters (C0,
 * DEL, C1) removed, so a document cannot send escape sequences to the
 * terminal. */
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "core/fold.h"
#include "xap/schema.h"

#define ANSI_HIT   "\033[1;33m"
#define ANSI_TITLE "\033[1m"
#define ANSI_DIM   "\033[2m"
#define ANSI_OFF   "\033[0m"

/* Print `s` (n bytes) with every control character as a space (newlines
 * kept if `keep_nl`): C0, DEL, C1 (U+0080-U+009F: U+009B is a CSI, as
 * good as ESC [ to many terminals), U+2028/U+2029; a byte of invalid
 * UTF-8 as '?'. Text from the index never drives the terminal. */
static void put_clean(FILE *out, const char *s, size_t n, int keep_nl)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t l;
        uint32_t cp = utf8_next(p + i, n - i, &l);
        if (cp == UTF8_BAD) {
            fputc('?', out);
            i++;
            continue;
        }
        if (cp == '\n' && keep_nl)
            fputc('\n', out);
        else if (fold_is_control(cp))
            fputc(' ', out);
        else
            fwrite(p + i, 1, l, out);
        i += l;
    }
}

static void put_str(FILE *out, const char *s)
{
    if (s != NULL)
        put_clean(out, s, strlen(s), 0);
}

static const char *str(const json_t *o, const char *k)
{
    const char *s = proto_json_str(o, k);
    return s != NULL ? s : "";
}

/* Decode one HTML entity at s (after '&'); returns bytes consumed after
 * the '&' and writes the character to `out` (UTF-8), or 0 if unknown. */
static size_t entity(const char *s, char *out, size_t *outlen)
{
    static const struct {
        const char *name;
        char c;
    } named[] = {{"amp;", '&'},  {"lt;", '<'},    {"gt;", '>'},
                 {"quot;", '"'}, {"apos;", '\''}, {"#39;", '\''},
                 {"#x27;", '\''}};
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        size_t n = strlen(named[i].name);
        if (strncmp(s, named[i].name, n) == 0) {
            out[0] = named[i].c;
            *outlen = 1;
            return n;
        }
    }
    return 0;
}

/* snippet_html -> terminal: <mark> becomes colour, entities text. */
static void put_html_snippet(FILE *out, const char *s)
{
    while (*s) {
        if (strncmp(s, "<mark>", 6) == 0) {
            fputs(ANSI_HIT, out);
            s += 6;
        } else if (strncmp(s, "</mark>", 7) == 0) {
            fputs(ANSI_OFF, out);
            s += 7;
        } else if (*s == '&') {
            char c[4];
            size_t n, used = entity(s + 1, c, &n);
            if (used > 0) {
                fwrite(c, 1, n, out);
                s += 1 + used;
            } else {
                fputc(*s++, out);
            }
        } else {
            /* a run of text up to the next tag or entity, whole
             * characters at a time */
            size_t n = strcspn(s, "<&");
            if (n == 0)
                n = 1; /* a '<' that is no tag of ours */
            put_clean(out, s, n, 0);
            s += n;
        }
    }
}

/* An item the minutes print without a title (the indexer leaves it
 * empty rather than invent one) says so; its id is printed beside. */
static const char *item_title(const json_t *item)
{
    const char *t = str(item, DATA_TITLE);
    return *t ? t : "(uden titel)";
}

void show_facet_values(const json_t *arr, size_t most,
                       const struct show_opts *o)
{
    size_t i;
    const json_t *f;
    json_array_foreach(arr, i, f)
    {
        if (most > 0 && i == most) {
            /* a terminal line, not a report: --json has them all */
            fprintf(o->out, " · … og %zu andre (--json viser alle)",
                    json_array_size(arr) - most);
            break;
        }
        if (i > 0)
            fputs(" · ", o->out);
        put_str(o->out, str(f, "value"));
        fprintf(o->out, " (%lld)",
                (long long)json_integer_value(json_object_get(f, "count")));
    }
    fputc('\n', o->out);
}

static void show_facets(const json_t *facets, const struct show_opts *o)
{
    /* councils come most items first and can be hundreds; years are
     * few and in order, so all of them are shown */
    static const struct {
        const char *key, *label;
        size_t most;
    } kinds[] = {{"council", "Råd", SHOW_FACETS_MOST}, {"year", "År", 0}};
    for (size_t k = 0; k < 2; k++) {
        const json_t *arr = json_object_get(facets, kinds[k].key);
        if (json_array_size(arr) == 0)
            continue;
        fprintf(o->out, "%s: ", kinds[k].label);
        show_facet_values(arr, kinds[k].most, o);
    }
}

static void show_hit(size_t rank, const json_t *h, const struct show_opts *o)
{
    FILE *out = o->out;
    fprintf(out, "%2zu. ", rank);
    if (o->color)
        fputs(ANSI_TITLE, out);
    const char *label = str(h, DATA_LABEL);
    if (*label) {
        fputs("Punkt ", out);
        put_str(out, label);
        fputs(": ", out);
    }
    put_str(out, item_title(h));
    if (o->color)
        fputs(ANSI_OFF, out);
    fputs("\n    ", out);
    put_str(out, str(h, DATA_COUNCIL));
    fputs(" · ", out);
    put_str(out, str(h, DATA_DATE));
    fputs("\n    ", out);
    if (*str(h, DATA_URL)) { /* the published minutes: the citable source */
        fputs("Kilde: ", out);
        put_str(out, str(h, DATA_URL));
        fputs("\n    ", out);
    }
    if (json_object_get(h, "snippet") != NULL) { /* not with --no-snippets */
        if (o->color)
            put_html_snippet(out, str(h, "snippet_html"));
        else
            put_str(out, str(h, "snippet"));
        fputs("\n    ", out);
    }
    if (o->color)
        fputs(ANSI_DIM, out);
    put_str(out, str(h, DATA_ID));
    fprintf(out, "  score %.3f",
            json_number_value(json_object_get(h, "score")));
    if (o->color)
        fputs(ANSI_OFF, out);
    fputs("\n\n", out);
}

size_t show_results(const json_t *ans, const struct show_opts *o)
{
    FILE *out = o->out;
    const json_t *hits = json_object_get(ans, "hits");
    const json_t *total = json_object_get(ans, "total");
    long long est = json_integer_value(json_object_get(total, "estimated"));
    long long lower = json_integer_value(json_object_get(total, "lower"));
    long long upper = json_integer_value(json_object_get(total, "upper"));
    long long offset = json_integer_value(json_object_get(ans, "offset"));
    const char *sugg = proto_json_str(ans, "suggestion");
    if (sugg != NULL) {
        fputs(json_is_true(json_object_get(ans, "corrected"))
                  ? "Søgte i stedet efter: "
                  : "Mente du: ",
              out);
        put_str(out, sugg);
        fputs("\n\n", out);
    }
    size_t i;
    const json_t *h;
    json_array_foreach(hits, i, h) show_hit((size_t)offset + i + 1, h, o);
    size_t n = json_array_size(hits);
    if (n == 0 && est == 0)
        fputs("Ingen punkter fundet.\n", out);
    else if (n == 0)
        fprintf(out, "Ingen punkter på denne side (%lld i alt).\n", est);
    else
        fprintf(out, "Viser %lld–%lld af %s%lld %s (%.1f ms)\n", offset + 1,
                offset + (long long)n, lower == upper ? "" : "ca. ", est,
                est == 1 ? "punkt" : "punkter",
                json_number_value(json_object_get(ans, "took_ms")));
    const json_t *facets = json_object_get(ans, "facets");
    if (json_is_object(facets))
        show_facets(facets, o);
    return n;
}

static void show_field(FILE *out, const char *label, const char *v)
{
    if (v == NULL || *v == '\0')
        return;
    fprintf(out, "%s: ", label);
    put_str(out, v);
    fputc('\n', out);
}

static void show_attendees(FILE *out, const json_t *a)
{
    if (json_is_string(a)) {
        show_field(out, "Deltagere", json_string_value(a));
        return;
    }
    if (json_array_size(a) == 0)
        return;
    fputs("Deltagere: ", out);
    size_t i;
    const json_t *v;
    json_array_foreach(a, i, v)
    {
        if (i > 0)
            fputs(", ", out);
        if (json_is_string(v))
            put_str(out, json_string_value(v));
        else if (json_is_object(v))
            put_str(out, str(v, "name"));
    }
    fputc('\n', out);
}

/* A meeting's items, one "  <label>. <title>  <id>" line each: the
 * other items of an item's meeting, or a meeting record's items. */
static void show_item_list(FILE *out, const char *head, const json_t *list,
                           const struct show_opts *o)
{
    if (json_array_size(list) == 0)
        return;
    fputc('\n', out);
    fputs(head, out);
    fputc('\n', out);
    size_t i;
    const json_t *it;
    json_array_foreach(list, i, it)
    {
        fputs("  ", out);
        if (*str(it, DATA_LABEL)) {
            put_str(out, str(it, DATA_LABEL));
            fputs(". ", out);
        }
        put_str(out, item_title(it));
        fputs("  ", out);
        if (o->color)
            fputs(ANSI_DIM, out);
        put_str(out, str(it, DATA_ID));
        if (o->color)
            fputs(ANSI_OFF, out);
        fputc('\n', out);
    }
}

void show_item(const json_t *item, const struct show_opts *o)
{
    FILE *out = o->out;
    if (o->color)
        fputs(ANSI_TITLE, out);
    const char *label = str(item, DATA_LABEL);
    if (*label) {
        fputs("Punkt ", out);
        put_str(out, label);
        fputs(": ", out);
    }
    put_str(out, item_title(item));
    if (o->color)
        fputs(ANSI_OFF, out);
    fputc('\n', out);
    show_field(out, "Råd", str(item, DATA_COUNCIL));
    show_field(out, "Myndighed", str(item, DATA_AUTHORITY));
    show_field(out, "Dato", str(item, DATA_DATE));
    show_field(out, "Sted", str(item, DATA_PLACE));
    show_field(out, "Sag", str(item, DATA_CASE));
    show_field(out, "Id", str(item, DATA_ID));
    const json_t *fl = json_object_get(item, DATA_FIRST_LINE);
    const json_t *ll = json_object_get(item, DATA_LAST_LINE);
    fprintf(out, "Fil: ");
    put_str(out, str(item, DATA_FILE));
    if (json_is_integer(fl) && json_is_integer(ll))
        fprintf(out, " (linje %lld–%lld)", (long long)json_integer_value(fl),
                (long long)json_integer_value(ll));
    fputc('\n', out);
    show_field(out, "Kilde", str(item, DATA_URL));
    if (strcmp(str(item, DATA_MEETING), str(item, DATA_ID)) != 0)
        show_field(out, "Møde", str(item, DATA_MEETING));
    show_attendees(out, json_object_get(item, DATA_ATTENDEES));
    const json_t *secs = json_object_get(item, DATA_SECTIONS);
    if (json_array_size(secs) == 0) {
        fputc('\n', out);
        const char *t = str(item, DATA_TEXT);
        put_clean(out, t, strlen(t), 1);
        fputc('\n', out);
    }
    size_t i;
    const json_t *s;
    json_array_foreach(secs, i, s)
    {
        fputc('\n', out);
        const char *name = str(s, "name");
        if (*name) {
            if (o->color)
                fputs(ANSI_TITLE, out);
            put_str(out, name);
            if (o->color)
                fputs(ANSI_OFF, out);
            fputc('\n', out);
        }
        const char *t = str(s, "text");
        put_clean(out, t, strlen(t), 1);
        fputc('\n', out);
    }
    show_item_list(out, "Mødets øvrige punkter:",
                   json_object_get(item, "meeting_items"), o);
    show_item_list(out, "Mødets punkter:", json_object_get(item, DATA_ITEMS),
                   o);
}
