/* SPDX-License-Identifier: GPL-2.0-or-later */
/* parse.c - split minutes into agenda items. Every line that could open an
 * item is a candidate of some heading style ("Punkt 3: …", "Sagsnr.: …",
 * "3.", "3a)", "3B", "Ad 3 …"); per style the best chain of candidates
 * numbered in sequence is chosen (items with text score, lists and tables
 * of contents do not), and the style whose chain explains the file best
 * is its layout. Items are then cut into named sections. */
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define BODY_SCORE   10 /* an item that has text of its own */
#define START_SCORE  5  /* a chain that starts at item 1 */
#define SKIP_PENALTY 6  /* a chain that skips one number */

struct cand {
    size_t line;      /* index into doc lines */
    unsigned num;     /* printed number; Herning: ordinal */
    char letter;      /* sub-item letter 'a'..'z' or 0 */
    char delim;       /* '.', ')', ':' or 0 */
    size_t title_off; /* title offset in the line; == len: on next line */
    int quality;      /* how much it looks like a heading */
};

struct cands {
    struct cand *v;
    size_t n;
    int truncated;
};

enum style {
    STYLE_REGION,
    STYLE_NUMBERED,
    STYLE_HERNING,
    STYLE_GENERIC
};

struct parser {
    struct mnt_doc doc;
    size_t *text_before; /* text_before[i]: TEXT lines in lines[0..i) */
    struct mnt_meeting *m;
};

/* ---- candidate recognisers ---- */

static size_t skip_sp(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

static size_t read_num(const char *s, size_t n, size_t i, size_t max,
                       unsigned *v)
{
    size_t k = 0;
    *v = 0;
    while (i + k < n && s[i + k] >= '0' && s[i + k] <= '9') {
        if (++k > max)
            return 0;
        *v = *v * 10 + (unsigned)(s[i + k - 1] - '0');
    }
    return k;
}

static int starts_title(const char *s, size_t n)
{
    uint32_t cp;
    if (n == 0)
        return 1; /* title on the next line */
    mnt_u8_decode(s, n, &cp);
    /* '§': titles such as "§ 18-midler - status" (the Serviceloven's
     * paragraph sign opens many agenda items) */
    return mnt_cp_is_letter(cp) || (cp >= '0' && cp <= '9') || cp == '"' ||
           cp == '(' || cp == 0x201C || cp == 0x201D || cp == 0xAB ||
           cp == 0xA7;
}

/* A table-of-contents line: "Velkomst.....\t3", "Velkomst … 3". */
static int is_toc_line(const char *s, size_t n)
{
    size_t i = n;
    while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
        i--;
    if (i == n || i == 0)
        return 0;
    if (s[i - 1] == '\t')
        return 1;
    for (size_t k = 0; k + 4 <= n; k++)
        if (memcmp(s + k, "....", 4) == 0 ||
            memcmp(s + k, "\xE2\x80\xA6", 3) == 0)
            return 1;
    return 0;
}

static int quality(const struct mnt_doc *d, size_t li, const char *title,
                   size_t tn)
{
    int q = 0;
    if (li == 0 || d->lines[li - 1].kind != MNT_LINE_TEXT)
        q += 2;
    uint32_t cp = 0;
    if (tn > 0)
        mnt_u8_decode(title, tn, &cp);
    if (tn == 0 || mnt_cp_is_upper(cp) || (cp >= '0' && cp <= '9'))
        q += 2;
    if (d->lines[li].len <= 120)
        q += 1;
    return q;
}

/* "Punkt 3: Titel" */
static int region_cand(const struct mnt_doc *d, size_t li, struct cand *c)
{
    const struct mnt_line *l = &d->lines[li];
    size_t i = mnt_prefix_fold(l->s, l->len, "Punkt");
    if (i == 0 || i >= l->len || l->s[i] != ' ')
        return 0;
    i = skip_sp(l->s, l->len, i);
    size_t k = read_num(l->s, l->len, i, 3, &c->num);
    if (k == 0)
        return 0;
    i = skip_sp(l->s, l->len, i + k);
    if (i >= l->len || (l->s[i] != ':' && l->s[i] != '.'))
        return 0;
    c->delim = l->s[i];
    i = skip_sp(l->s, l->len, i + 1);
    c->letter = 0;
    c->title_off = i;
    return 1;
}

/* "3. Titel", " 3a) Titel", "3B Titel", "10.  Evt." */
static int numbered_at(const char *s, size_t n, size_t i, struct cand *c)
{
    size_t k = read_num(s, n, i, 2, &c->num);
    if (k == 0 || c->num == 0)
        return 0;
    i += k;
    c->letter = 0;
    c->delim = 0;
    if (i < n &&
        ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')) &&
        (i + 1 == n || s[i + 1] == '.' || s[i + 1] == ')' || s[i + 1] == ' ')) {
        c->letter = (char)(s[i] | 0x20);
        i++;
    }
    if (i < n && (s[i] == '.' || s[i] == ')'))
        c->delim = s[i++];
    if (c->delim == 0 && c->letter == 0)
        return 0;
    if (i < n && s[i] != ' ')
        return 0; /* "3.6.22", "1,5" */
    i = skip_sp(s, n, i);
    if (!starts_title(s + i, n - i))
        return 0;
    c->title_off = i;
    return 1;
}

static int numbered_cand(const struct mnt_doc *d, size_t li, struct cand *c)
{
    const struct mnt_line *l = &d->lines[li];
    if (l->len > MNT_HEADING_MAX || is_toc_line(l->s, l->len))
        return 0;
    return numbered_at(l->s, l->len, 0, c);
}

/* Looser styles for unknown layouts: "Ad 3", "Pkt. 3", "Sag 3", "§ 3",
 * "# 3". */
static int generic_cand(const struct mnt_doc *d, size_t li, struct cand *c)
{
    static const char *const prefixes[] = {
        "Ad pkt.", "Ad punkt",    "Ad.",      "Ad",  "Pkt.",
        "Pkt",     "Punkt",       "Sag nr.",  "Sag", "Dagsordenspunkt",
        "Item",    "Agenda item", "\xC2\xA7", "###", "##",
        "#",
    };
    const struct mnt_line *l = &d->lines[li];
    if (l->len > MNT_HEADING_MAX || is_toc_line(l->s, l->len))
        return 0;
    for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
        size_t i = mnt_prefix_fold(l->s, l->len, prefixes[p]);
        if (i == 0 || i >= l->len)
            continue;
        i = skip_sp(l->s, l->len, i);
        size_t k = read_num(l->s, l->len, i, 3, &c->num);
        if (k == 0 || c->num == 0)
            continue;
        i += k;
        c->letter = 0;
        c->delim = 0;
        if (i < l->len && strchr(".:)-", l->s[i]) != NULL)
            c->delim = l->s[i++];
        if (i < l->len && l->s[i] != ' ')
            continue;
        i = skip_sp(l->s, l->len, i);
        if (i < l->len && (l->s[i] == '-' || l->s[i] == ':'))
            i = skip_sp(l->s, l->len, i + 1);
        if (!starts_title(l->s + i, l->len - i))
            continue;
        c->title_off = i;
        return 1;
    }
    return numbered_cand(d, li, c);
}

/* "Sagsnr.: 27.12.00-G01-199-07 Sagsbehandler: …" */
static size_t herning_key(const struct mnt_line *l)
{
    static const char *const keys[] = {
        "Sagsnr.:", "Sagsnr:", "Sags nr.:", "Sagsnummer:", "Sag nr.:"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t n = mnt_prefix_fold(l->s, l->len, keys[k]);
        if (n > 0)
            return skip_sp(l->s, l->len, n);
    }
    return 0;
}

typedef int (*cand_fn)(const struct mnt_doc *, size_t, struct cand *);

static int collect(struct parser *p, cand_fn fn, struct cands *out)
{
    const struct mnt_doc *d = &p->doc;
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < d->nlines; i++) {
        struct cand c;
        if (d->lines[i].kind != MNT_LINE_TEXT)
            continue;
        memset(&c, 0, sizeof c);
        if (!fn(d, i, &c))
            continue;
        if (out->n >= MNT_CAND_MAX) {
            out->truncated = 1;
            break;
        }
        if (out->v == NULL && (out->v = calloc(MNT_CAND_MAX, sizeof c)) == NULL)
            return ERR_NOMEM;
        c.line = i;
        c.quality = quality(d, i, d->lines[i].s + c.title_off,
                            d->lines[i].len - c.title_off);
        out->v[out->n++] = c;
    }
    return ERR_OK;
}

/* ---- the best chain ---- */

static int successor(const struct cand *a, const struct cand *b, int *skip)
{
    *skip = 0;
    if (b->letter == 0) {
        if (b->num == a->num + 1)
            return 1;
        *skip = a->letter == 0 && b->num == a->num + 2;
        return *skip;
    }
    if (b->num == a->num + 1 && b->letter == 'a')
        return 1;
    if (b->num != a->num)
        return 0;
    return a->letter == 0 ? b->letter == 'a' : b->letter == a->letter + 1;
}

static int has_text(const struct parser *p, size_t from, size_t to)
{
    return to > from && p->text_before[to] > p->text_before[from];
}

/* Keep in `c` only the best chain: a run of candidates numbered in
 * sequence, scored by items that have text of their own. Returns its
 * length. need_one: the chain must start at item 1. */
static size_t best_chain(const struct parser *p, struct cands *c, int need_one)
{
    size_t n = c->n, nl = p->doc.nlines;
    if (n == 0)
        return 0;
    long *best = malloc(n * sizeof *best);
    size_t *prev = malloc(n * sizeof *prev);
    if (best == NULL || prev == NULL) {
        free(best);
        free(prev);
        c->n = 0;
        return 0;
    }
    long top = -1;
    size_t top_j = 0;
    for (size_t j = 0; j < n; j++) {
        const struct cand *b = &c->v[j];
        best[j] = -1;
        prev[j] = (size_t)-1;
        if (b->letter == 0 && (b->num == 1 || !need_one))
            best[j] = b->quality + (b->num == 1 ? START_SCORE : 0);
        for (size_t i = 0; i < j; i++) {
            int skip;
            if (best[i] < 0 || !successor(&c->v[i], b, &skip))
                continue;
            long s = best[i] + b->quality - (skip ? SKIP_PENALTY : 0) +
                     (has_text(p, c->v[i].line + 1, b->line) ? BODY_SCORE : 0);
            if (s > best[j]) {
                best[j] = s;
                prev[j] = i;
            }
        }
        if (best[j] < 0)
            continue;
        long fin = best[j] + (has_text(p, b->line + 1, nl) ? BODY_SCORE : 0);
        if (fin > top) {
            top = fin;
            top_j = j;
        }
    }
    size_t len = 0;
    if (top >= 0) {
        /* mark the chain, then compact it in place (indices increase) */
        for (size_t j = top_j; j != (size_t)-1 && len < n; j = prev[j], len++)
            best[j] = -2;
        for (size_t j = 0, k = 0; j < n; j++)
            if (best[j] == -2)
                c->v[k++] = c->v[j];
    }
    c->n = len;
    free(best);
    free(prev);
    return len;
}

/* ---- sections ---- */

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
    "Drøftelsens hovedpointer",
    "Drøftelsens hovedpointer/beslutning",
    "Kommentarer til status",
};

static int is_section_name(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof SECTIONS / sizeof *SECTIONS; k++)
        if (mnt_eq_fold(s, n, SECTIONS[k], strlen(SECTIONS[k])))
            return 1;
    /* "Beslutning i Social- og Sundhedsudvalget den 3. maj" */
    return n <= 60 && (mnt_prefix_fold(s, n, "Beslutning i ") > 0 ||
                       mnt_prefix_fold(s, n, "Indstilling fra ") > 0);
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
    *text_off = colon == n ? n : skip_sp(s, n, colon + 1);
    return 1;
}

/* ---- building items ---- */

static int is_case_number(const char *s, size_t n)
{
    size_t seps = 0;
    char iso[11];
    if (n < 5 || n > 40 || s[0] < '0' || s[0] > '9')
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '-' || ch == '.' || ch == '/')
            seps++;
        else if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') ||
                   (ch >= 'a' && ch <= 'z')))
            return 0;
    }
    char last = s[n - 1];
    return seps >= 2 && last != '-' && last != '.' && last != '/' &&
           !mnt_date_find(s, n, iso);
}

static char *dup_n(const char *s, size_t n)
{
    char *r = malloc(n + 1);
    if (r != NULL) {
        memcpy(r, s, n);
        r[n] = '\0';
    }
    return r;
}

/* Next TEXT line after i, at most `gap` blank/noise lines away, before
 * `end`; returns end if none. */
static size_t next_text(const struct mnt_doc *d, size_t i, size_t end,
                        size_t gap)
{
    for (size_t k = i + 1; k < end && k <= i + 1 + gap; k++)
        if (d->lines[k].kind == MNT_LINE_TEXT)
            return k;
    return end;
}

static int title_open(const struct mnt_doc *d, size_t first, size_t last,
                      size_t off)
{
    long depth = 0;
    for (size_t i = first; i <= last; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        for (size_t k = i == first ? off : 0; k < l->len; k++)
            depth += l->s[k] == '(' ? 1 : l->s[k] == ')' ? -1 : 0;
    }
    const struct mnt_line *l = &d->lines[last];
    int hyphen = l->len >= 2 && l->s[l->len - 1] == '-' &&
                 l->s[l->len - 2] != ' ' && (last != first || l->len - off > 1);
    return depth > 0 || hyphen;
}

/* May line i continue a wrapped heading? Not if it opens something. */
static int continues_title(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    struct cand c;
    size_t nl, off;
    return !numbered_at(l->s, l->len, 0, &c) && !herning_key(l) &&
           !mnt_section_heading(l->s, l->len, &nl, &off) &&
           mnt_prefix_fold(l->s, l->len, "Punkt ") == 0;
}

/* May line i be a title on its own line (after "Sagsnr.: ...")? Like a
 * continuation, except that "Høring: Boligstøtte" - a section name with
 * text after its colon - is a title; only a bare "Høring" or
 * "Sagsresume" line means the item has none. */
static int opens_title(const struct mnt_doc *d, size_t i)
{
    const struct mnt_line *l = &d->lines[i];
    struct cand c;
    size_t nl, off;
    if (numbered_at(l->s, l->len, 0, &c) || herning_key(l) ||
        mnt_prefix_fold(l->s, l->len, "Punkt ") > 0)
        return 0;
    return !mnt_section_heading(l->s, l->len, &nl, &off) || off < l->len;
}

/* Title of the item whose heading is at c (text from c->title_off, or the
 * next line), wrapped lines included. *body gets the first body line. */
static char *take_title(const struct parser *p, const struct cand *c,
                        size_t end, size_t *body)
{
    const struct mnt_doc *d = &p->doc;
    size_t first = c->line, off = c->title_off;
    if (off >= d->lines[first].len) {
        size_t k = next_text(d, first, end, MNT_JOIN_GAP);
        if (k == end || !opens_title(d, k)) {
            *body = first + 1;
            return strdup("");
        }
        first = k, off = 0;
    }
    size_t last = first;
    for (unsigned n = 1; n < MNT_TITLE_LINES && title_open(d, first, last, off);
         n++) {
        size_t k = next_text(d, last, end, MNT_JOIN_GAP);
        if (k == end || !continues_title(d, k))
            break;
        last = k;
    }
    *body = last + 1;
    return mnt_clean_oneline(&d->lines[first], last + 1 - first, off);
}

static int add_section(struct mnt_item *it, const char *name, size_t nn,
                       const struct mnt_doc *d, size_t from, size_t to,
                       size_t skip0)
{
    struct buf text;
    buf_init(&text);
    if (to > from &&
        mnt_clean_lines(&d->lines[from], to - from, skip0, &text) != ERR_OK) {
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
    s->name = dup_n(name, nn);
    s->text = buf_detach(&text);
    if (s->name == NULL || s->text == NULL) {
        free(s->name);
        free(s->text);
        return ERR_NOMEM;
    }
    it->nsections++;
    return ERR_OK;
}

/* Cut lines[from..to) into sections and build the body from them. */
static int split_sections(struct mnt_item *it, const struct mnt_doc *d,
                          size_t from, size_t to)
{
    const char *name = "";
    size_t nn = 0, start = from, skip0 = 0;
    for (size_t i = from; i < to; i++) {
        const struct mnt_line *l = &d->lines[i];
        size_t len, off;
        if (l->kind != MNT_LINE_TEXT ||
            !mnt_section_heading(l->s, l->len, &len, &off))
            continue;
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

/* A case number near the top of the item: Region's "1-01-81-11-23" on a
 * line of its own, or a "Sagsnr.: X" field. Consumes a lone number line
 * right after the title by advancing *body. */
static int find_case_no(struct mnt_item *it, const struct mnt_doc *d,
                        size_t *body, size_t end)
{
    size_t k = next_text(d, *body - 1, end, MNT_JOIN_GAP);
    if (k < end && is_case_number(d->lines[k].s, d->lines[k].len)) {
        it->case_no = dup_n(d->lines[k].s, d->lines[k].len);
        *body = k + 1;
        return it->case_no ? ERR_OK : ERR_NOMEM;
    }
    for (size_t i = *body, seen = 0; i < end && seen < 6; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        seen++;
        size_t off = herning_key(l);
        if (off == 0 || off >= l->len)
            continue;
        size_t e = off;
        while (e < l->len && l->s[e] != ' ')
            e++;
        it->case_no = dup_n(l->s + off, e - off);
        return it->case_no ? ERR_OK : ERR_NOMEM;
    }
    return ERR_OK;
}

static int item_attendees(struct mnt_item *it)
{
    struct buf text;
    buf_init(&text);
    for (size_t k = 0; k < it->nsections; k++) {
        const char *t = it->sections[k].text;
        if (t[0] == '\0')
            continue;
        if ((text.len > 0 && buf_puts(&text, "\n\n") != ERR_OK) ||
            buf_puts(&text, t) != ERR_OK) {
            buf_fini(&text);
            return ERR_NOMEM;
        }
    }
    if (text.len > 0)
        it->attendees = mnt_item_attendees(it->title, text.data);
    buf_fini(&text);
    return ERR_OK;
}

static size_t last_nonblank(const struct mnt_doc *d, size_t from, size_t end)
{
    size_t last = from;
    for (size_t i = from; i < end; i++)
        if (d->lines[i].kind != MNT_LINE_BLANK)
            last = i;
    return last;
}

static int build_item(struct parser *p, struct mnt_item *it,
                      const struct cand *c, size_t end, enum style style,
                      size_t ordinal)
{
    const struct mnt_doc *d = &p->doc;
    char label[24];
    size_t body;
    if (style == STYLE_HERNING) {
        snprintf(label, sizeof label, "%zu", ordinal);
        const struct mnt_line *l = &d->lines[c->line];
        size_t e = c->title_off;
        while (e < l->len && l->s[e] != ' ')
            e++;
        if (e > c->title_off && (it->case_no = dup_n(l->s + c->title_off,
                                                     e - c->title_off)) == NULL)
            return ERR_NOMEM;
        struct cand t = *c;
        t.title_off = l->len; /* the title is on a later line */
        it->title = take_title(p, &t, end, &body);
    } else {
        if (c->letter)
            snprintf(label, sizeof label, "%u%c", c->num, c->letter);
        else
            snprintf(label, sizeof label, "%u", c->num);
        it->title = take_title(p, c, end, &body);
    }
    it->label = strdup(label);
    if (it->label == NULL || it->title == NULL)
        return ERR_NOMEM;
    if (it->case_no == NULL && find_case_no(it, d, &body, end) != ERR_OK)
        return ERR_NOMEM;
    it->first_line = (unsigned)(c->line + 1);
    it->last_line = (unsigned)(last_nonblank(d, c->line, end) + 1);
    if (split_sections(it, d, body < end ? body : end, end) != ERR_OK)
        return ERR_NOMEM;
    return item_attendees(it);
}

static int build_items(struct parser *p, const struct cands *c,
                       enum style style)
{
    struct mnt_meeting *m = p->m;
    m->items = calloc(c->n, sizeof *m->items);
    if (m->items == NULL)
        return ERR_NOMEM;
    for (size_t k = 0; k < c->n; k++) {
        size_t end = k + 1 < c->n ? c->v[k + 1].line : p->doc.nlines;
        m->nitems = k + 1;
        if (build_item(p, &m->items[k], &c->v[k], end, style, k + 1) != ERR_OK)
            return ERR_NOMEM;
    }
    return ERR_OK;
}

/* Unknown layout without headings: the whole file is one item. */
static int whole_file_item(struct parser *p)
{
    const struct mnt_doc *d = &p->doc;
    struct mnt_meeting *m = p->m;
    size_t first = 0;
    while (first < d->nlines && d->lines[first].kind != MNT_LINE_TEXT)
        first++;
    if (first == d->nlines)
        first = 0;
    m->items = calloc(1, sizeof *m->items);
    if (m->items == NULL)
        return ERR_NOMEM;
    m->nitems = 1;
    struct mnt_item *it = &m->items[0];
    it->label = strdup("1");
    it->title = mnt_clean_oneline(&d->lines[first], 1, 0);
    if (it->label == NULL || it->title == NULL)
        return ERR_NOMEM;
    if (strlen(it->title) > 120) { /* a first paragraph, not a heading */
        size_t n = 120, cut;
        while (n > 0 && ((unsigned char)it->title[n] & 0xC0) == 0x80)
            n--;
        for (cut = n; cut > 0 && it->title[cut] != ' ';)
            cut--;
        it->title[cut > 0 ? cut : n] = '\0';
    }
    it->first_line = (unsigned)(first + 1);
    it->last_line = (unsigned)(last_nonblank(d, first, d->nlines) + 1);
    if (split_sections(it, d, first, d->nlines) != ERR_OK)
        return ERR_NOMEM;
    return item_attendees(it);
}

/* ---- layout ---- */

/* Sagsnr. lines that sit right under a numbered heading belong to it. */
static size_t owned_case_lines(const struct parser *p, const struct cands *num,
                               const struct cands *her)
{
    size_t owned = 0;
    for (size_t h = 0, k = 0; h < her->n; h++) {
        while (k + 1 < num->n && num->v[k + 1].line < her->v[h].line)
            k++;
        if (num->n == 0 || num->v[k].line > her->v[h].line)
            continue;
        size_t seen = 0;
        for (size_t i = num->v[k].line + 1; i < her->v[h].line && seen <= 3;
             i++)
            seen += p->doc.lines[i].kind == MNT_LINE_TEXT;
        owned += seen <= 3;
    }
    return owned;
}

static int herning_cand(const struct mnt_doc *d, size_t li, struct cand *c)
{
    size_t off = herning_key(&d->lines[li]);
    if (off == 0)
        return 0;
    c->title_off = off;
    return 1;
}

static const char *numbered_layout(const struct cands *c)
{
    for (size_t k = 0; k < c->n; k++)
        if (c->v[k].letter != 0 || c->v[k].delim == ')')
            return "odense";
    return "fredericia";
}

static int choose_and_build(struct parser *p)
{
    struct cands reg = {0}, num = {0}, her = {0}, gen = {0};
    int rc = collect(p, region_cand, &reg);
    if (rc == ERR_OK)
        rc = collect(p, numbered_cand, &num);
    if (rc == ERR_OK)
        rc = collect(p, herning_cand, &her);
    if (rc == ERR_OK)
        rc = collect(p, generic_cand, &gen);
    if (rc != ERR_OK)
        goto out;
    size_t r = best_chain(p, &reg, 0), n = best_chain(p, &num, 1);
    size_t h = her.n;
    if (reg.truncated || num.truncated || her.truncated)
        rc = mnt_warn(p->m, "more than %u heading candidates: rest ignored",
                      MNT_CAND_MAX);
    const char *layout;
    if (rc != ERR_OK)
        goto out;
    if (r >= 1 && (reg.v[0].num == 1 || r >= 2) && r >= n && r >= h) {
        layout = "region";
        rc = build_items(p, &reg, STYLE_REGION);
    } else if (h >= 1 && h > n && owned_case_lines(p, &num, &her) * 2 < h) {
        layout = "herning";
        rc = build_items(p, &her, STYLE_HERNING);
    } else if (n >= 2) {
        layout = numbered_layout(&num);
        rc = build_items(p, &num, STYLE_NUMBERED);
    } else {
        layout = "generic";
        size_t g = best_chain(p, &gen, 0);
        if (g >= 1) {
            rc = mnt_warn(p->m,
                          "unknown layout: split on %zu numbered "
                          "heading(s)",
                          g);
            if (rc == ERR_OK)
                rc = build_items(p, &gen, STYLE_GENERIC);
        } else {
            rc = mnt_warn(p->m, "unknown layout: no agenda headings found, "
                                "whole file is one item");
            if (rc == ERR_OK)
                rc = whole_file_item(p);
        }
    }
    if (rc == ERR_OK && (p->m->layout = strdup(layout)) == NULL)
        rc = ERR_NOMEM;
out:
    free(reg.v);
    free(num.v);
    free(her.v);
    free(gen.v);
    return rc;
}

static int prepare(struct parser *p, const struct ext_doc *x)
{
    if (mnt_doc_from_blocks(&p->doc, x) != ERR_OK)
        return ERR_NOMEM;
    p->text_before = malloc((p->doc.nlines + 1) * sizeof *p->text_before);
    if (p->text_before == NULL)
        return ERR_NOMEM;
    p->text_before[0] = 0;
    for (size_t i = 0; i < p->doc.nlines; i++)
        p->text_before[i + 1] =
            p->text_before[i] + (p->doc.lines[i].kind == MNT_LINE_TEXT);
    return ERR_OK;
}

static int fill_meeting_attendees(struct mnt_meeting *m)
{
    if (m->attendees != NULL)
        return ERR_OK;
    for (size_t k = 0; k < m->nitems; k++) {
        const struct mnt_item *it = &m->items[k];
        if (it->attendees != NULL && mnt_title_is_attendance(it->title)) {
            m->attendees = strdup(it->attendees);
            return m->attendees ? ERR_OK : ERR_NOMEM;
        }
    }
    return ERR_OK;
}

static int doc_has_word(const struct ext_doc *x)
{
    for (size_t i = 0; i < x->nblocks; i++)
        if (x->blocks[i].text != NULL &&
            mnt_has_word(x->blocks[i].text, x->blocks[i].len))
            return 1;
    return 0;
}

int mnt_parse_blocks(const struct ext_doc *x, const struct mnt_hints *hints,
                     struct mnt_meeting *out, struct err *e)
{
    if (x->nbytes > MNT_FILE_MAX)
        return err_set(e, ERR_LIMIT, "minutes text is %zu bytes, max <%u>",
                       x->nbytes, MNT_FILE_MAX);
    if (!doc_has_word(x))
        return err_set(e, ERR_INVAL, "minutes text has no words (%zu blocks)",
                       x->nblocks);
    struct parser p;
    memset(&p, 0, sizeof p);
    p.m = out;
    int rc = prepare(&p, x);
    if (rc == ERR_OK)
        rc = choose_and_build(&p);
    size_t npre = out->nitems > 0 ? out->items[0].first_line - 1 : 0;
    if (rc == ERR_OK)
        rc = mnt_meta_infer(&p.doc, npre, hints, out);
    if (rc == ERR_OK)
        rc = fill_meeting_attendees(out);
    mnt_doc_fini(&p.doc);
    free(p.text_before);
    if (rc != ERR_OK)
        return err_set(e, rc, "parsing minutes: out of memory");
    return ERR_OK;
}

int mnt_parse(const char *text, size_t len, const struct mnt_hints *hints,
              struct mnt_meeting *out, struct err *e)
{
    if (text == NULL)
        len = 0;
    if (len > MNT_FILE_MAX)
        return err_set(e, ERR_LIMIT, "minutes text is %zu bytes, max <%u>", len,
                       MNT_FILE_MAX);
    if (len == 0 || !mnt_has_word(text, len))
        return err_set(e, ERR_INVAL, "minutes text has no words (%zu bytes)",
                       len);
    struct ext_doc x;
    ext_doc_init(&x);
    int rc = ext_read_text(text, len, &x, e);
    if (rc == ERR_OK)
        rc = mnt_parse_blocks(&x, hints, out, e);
    ext_doc_fini(&x);
    return rc;
}

static void item_fini(struct mnt_item *it)
{
    free(it->label);
    free(it->title);
    free(it->case_no);
    free(it->attendees);
    free(it->body);
    for (size_t k = 0; k < it->nsections; k++) {
        free(it->sections[k].name);
        free(it->sections[k].text);
    }
    free(it->sections);
}

void mnt_meeting_fini(struct mnt_meeting *m)
{
    if (m == NULL)
        return;
    free(m->council);
    free(m->authority);
    free(m->date);
    free(m->place);
    free(m->layout);
    free(m->attendees);
    free(m->council_source);
    for (size_t k = 0; k < m->nitems; k++)
        item_fini(&m->items[k]);
    free(m->items);
    for (size_t k = 0; k < m->nwarnings; k++)
        free(m->warnings[k]);
    free(m->warnings);
    memset(m, 0, sizeof *m);
}
