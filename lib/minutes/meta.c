/* SPDX-License-Identifier: GPL-2.0-or-later */
/* meta.c - meeting metadata from the text: date and place from the
 * preamble, attendees (attendance.c), the authority (places.c) and the
 * council (council.c); the "Key: value" fields of a preamble they share;
 * tallies of names and tokens. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define SCAN_LINES  60u /* lines searched when there is no preamble */
#define VALUE_LINES 8u  /* continuation lines of a "Key: value" field */
#define WRAP_WIDTH  60u /* a line this long may be cut by the page */

int mnt_warn(struct mnt_meeting *m, const char *fmt, ...)
{
    if (m->nwarnings >= MNT_WARN_MAX)
        return ERR_OK;
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char **w = realloc(m->warnings, (m->nwarnings + 1) * sizeof *w);
    if (w == NULL)
        return ERR_NOMEM;
    m->warnings = w;
    if ((w[m->nwarnings] = strdup(msg)) == NULL)
        return ERR_NOMEM;
    m->nwarnings++;
    return ERR_OK;
}

/* ---- tallies of names ---- */

void mnt_tally_add(struct mnt_tally *t, const char *s, size_t n, unsigned w,
                   int header)
{
    if (n == 0 || n >= MNT_NAME_MAX)
        return;
    for (size_t i = 0; i < t->n; i++)
        if (strlen(t->name[i]) == n && memcmp(t->name[i], s, n) == 0) {
            t->count[i] += w;
            t->from_header[i] |= (unsigned)header;
            return;
        }
    if (t->n >= MNT_TALLY_MAX)
        return;
    memcpy(t->name[t->n], s, n);
    t->name[t->n][n] = '\0';
    t->count[t->n] = w;
    t->from_header[t->n] = (unsigned)header;
    t->n++;
}

const char *mnt_tally_best(const struct mnt_tally *t, size_t *idx)
{
    size_t best = 0;
    for (size_t i = 1; i < t->n; i++)
        if (t->count[i] > t->count[best])
            best = i;
    if (idx)
        *idx = best;
    return t->n > 0 ? t->name[best] : NULL;
}

/* ---- tokens ---- */

static int is_tok_char(uint32_t cp)
{
    return fold_is_letter(cp) || (cp >= '0' && cp <= '9') || cp == '-';
}

int mnt_tok_next(const char *s, size_t n, size_t *i, struct mnt_tok *t)
{
    while (*i < n) {
        uint32_t cp;
        size_t len = utf8_decode(s + *i, n - *i, &cp);
        if (is_tok_char(cp) && cp != '-')
            break;
        *i += len;
    }
    if (*i >= n)
        return 0;
    t->s = s + *i;
    while (*i < n) {
        uint32_t cp;
        size_t len = utf8_decode(s + *i, n - *i, &cp);
        if (!is_tok_char(cp))
            break;
        *i += len;
    }
    t->n = (size_t)(s + *i - t->s);
    while (t->n > 0 && t->s[t->n - 1] == '-')
        t->n--;
    return t->n > 0;
}

int mnt_tok_is(const struct mnt_tok *t, const char *w)
{
    return t->n == strlen(w) && memcmp(t->s, w, t->n) == 0;
}

int mnt_tok_capital(const struct mnt_tok *t)
{
    uint32_t cp;
    utf8_decode(t->s, t->n, &cp);
    return fold_is_upper(cp);
}

/* ---- "Key: value" fields of the preamble ---- */

/* Length of `Key` plus optional spaces and ':' at the start of the line
 * (with the spaces after), for one of keys; 0 if none. */
size_t mnt_field_key_len(const struct mnt_line *l, const char *const *keys,
                         size_t nkeys, int need_colon)
{
    for (size_t k = 0; k < nkeys; k++) {
        size_t n = fold_prefix(l->s, l->len, keys[k]);
        if (n == 0)
            continue;
        size_t i = n;
        while (i < l->len && l->s[i] == ' ')
            i++;
        /* a table row "Mødested<TAB>Rådhuset": the tab is the colon */
        if (i < l->len && (l->s[i] == ':' || l->s[i] == '\t')) {
            i++;
        } else {
            uint32_t cp = 0;
            if (n < l->len)
                utf8_decode(l->s + n, l->len - n, &cp);
            if (need_colon || fold_is_letter(cp) || i == n)
                continue;
        }
        while (i < l->len && (l->s[i] == ' ' || l->s[i] == '\t'))
            i++;
        return i;
    }
    return 0;
}

/* "Word:" or "Two words:" at the start, or a table row "Word<TAB>…": a
 * field of some form. */
int mnt_field_line(const struct mnt_line *l)
{
    size_t words = 1;
    for (size_t i = 0; i < l->len && i < 32; i++) {
        if (l->s[i] == ':' || l->s[i] == '\t')
            return i > 0;
        if (l->s[i] == ' ' && ++words > 3)
            return 0;
        if (l->s[i] >= '0' && l->s[i] <= '9')
            return 0;
    }
    return 0;
}

static const char *const PLACE_KEYS[] = {"Mødested", "Mødelokale", "Sted",
                                         "Lokale", "Adresse"};

int mnt_starts_numbered(const struct mnt_line *l)
{
    return l->len > 1 && l->s[0] >= '0' && l->s[0] <= '9';
}

/* Does line p go on on the next line, l, as a wrapped list of names
 * does: "Ib Holm, Eva Lund," / "Kim Dahl", "… Eva" / "Lund og Kim Dahl",
 * a long line cut by the page's width? "Afbud: Eva Lund (V)" over
 * "Aabenraa Kommune" does not. */
static int list_goes_on(const struct mnt_line *p, const struct mnt_line *l)
{
    char tail = p->len > 0 ? p->s[p->len - 1] : '.';
    uint32_t cp = 0;
    utf8_decode(l->s, l->len, &cp);
    return tail == ',' || tail == '-' || p->len >= WRAP_WIDTH ||
           (p->len > 3 && memcmp(p->s + p->len - 3, " og", 3) == 0) ||
           fold_is_lower(cp);
}

/* The field starting at lines[i] (value from `off`) and its continuation
 * lines, cleaned to one line: until a line ending in a full stop
 * (until_period 1), only a hyphenated word (-1), or a wrapped list of
 * names (2). *end gets the index after the last line. */
char *mnt_field_value(const struct mnt_doc *d, size_t i, size_t lim, size_t off,
                      int until_period, size_t *end)
{
    size_t last = i, gap = 0;
    for (size_t j = i + 1, more = 0; j < lim && more < VALUE_LINES; j++) {
        const struct mnt_line *l = &d->lines[j];
        if (l->kind != MNT_LINE_TEXT) {
            if (++gap > 1)
                break;
            continue;
        }
        const struct mnt_line *p = &d->lines[last];
        char tail = p->len > 0 ? p->s[p->len - 1] : '.';
        if (mnt_field_line(l) || mnt_starts_numbered(l) || tail == '.')
            break;
        if (until_period < 0 && tail != '-')
            break; /* only a hyphenated word continues */
        if (until_period == 2 && !list_goes_on(p, l))
            break;
        last = j, gap = 0, more++;
    }
    *end = last + 1;
    return mnt_clean_oneline(&d->lines[i], last + 1 - i, off);
}

static char *strip_period(char *s)
{
    if (s == NULL)
        return NULL;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ' ' || s[n - 1] == ','))
        s[--n] = '\0';
    if (n == 0) {
        free(s);
        return NULL;
    }
    return s;
}

static int infer_place(const struct mnt_doc *d, size_t lim,
                       struct mnt_meeting *m)
{
    static const char *const held[] = {"afholdt på ", "afholdes på ",
                                       "holdes på ", "afholdt i "};
    for (size_t i = 0; i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        size_t k = mnt_field_key_len(l, PLACE_KEYS, 2, 0);
        if (k == 0)
            k = mnt_field_key_len(l, PLACE_KEYS + 2, 3, 1);
        int until_period = -1;
        for (size_t h = 0; k == 0 && h < sizeof held / sizeof *held; h++) {
            size_t hn = strlen(held[h]);
            for (size_t j = 0; j + hn <= l->len && j < 200; j++)
                if (memcmp(l->s + j, held[h], hn) == 0) {
                    k = j + hn;
                    until_period = 1;
                    break;
                }
        }
        if (k == 0 || k >= l->len)
            continue;
        size_t end;
        char *v = mnt_field_value(d, i, lim, k, until_period, &end);
        if (v == NULL)
            return ERR_NOMEM;
        m->place = strip_period(v);
        if (m->place != NULL)
            return ERR_OK;
    }
    return ERR_OK;
}

/* A date field: "Mødedato", "Dato", "STARTTIDSPUNKT", "Mødetidspunkt",
 * and with a colon "Møde:", "Tid:" (a leading "- " or "• " skipped). */
static int is_date_field(const struct mnt_line *l)
{
    static const char *const keys[] = {
        "Mødedato",       "Dato",    "Date",   "Mødetidspunkt",
        "Starttidspunkt", "Mødetid", "Mødedag"};
    static const char *const colon_keys[] = {"Møde", "Tid", "Tidspunkt"};
    struct mnt_line v = *l;
    while (v.len > 0 && (v.s[0] == '-' || v.s[0] == ' ' || v.s[0] == '*'))
        v.s++, v.len--;
    if (v.len >= 3 && memcmp(v.s, "\xE2\x80\xA2", 3) == 0)
        v.s += 3, v.len -= 3;
    while (v.len > 0 && v.s[0] == ' ')
        v.s++, v.len--;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        if (fold_eq(v.s, v.len, keys[k], strlen(keys[k])))
            return 1; /* "STARTTIDSPUNKT" alone, the date below it */
    return mnt_field_key_len(&v, keys, sizeof keys / sizeof *keys, 0) > 0 ||
           mnt_field_key_len(&v, colon_keys,
                             sizeof colon_keys / sizeof *colon_keys, 1) > 0;
}

#define WORD_SCAN_MAX 300u /* bytes of a line searched for a stamp's word */

/* Does a word w start in the line's first lim bytes (case folded, not
 * inside a longer word)? Stamps and headings are short lines: a flattened
 * page is searched only where it starts (lim at most WORD_SCAN_MAX). */
static int has_word(const struct mnt_line *l, const char *w, size_t lim)
{
    size_t n = l->len < lim ? l->len : lim;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            uint32_t cp = 0;
            size_t b = i - 1;
            while (b > 0 && ((unsigned char)l->s[b] & 0xC0) == 0x80)
                b--;
            utf8_decode(l->s + b, l->len - b, &cp);
            if (((unsigned char)l->s[i] & 0xC0) == 0x80 || fold_is_letter(cp))
                continue;
        }
        size_t k = fold_prefix(l->s + i, l->len - i, w);
        uint32_t next = 0;
        if (k > 0 && i + k < l->len)
            utf8_decode(l->s + i + k, l->len - i - k, &next);
        if (k > 0 && !fold_is_letter(next))
            return 1;
    }
    return 0;
}

/* A date that is not the meeting's: a print or publication stamp, the
 * next meeting ("Udskrevet den 20. marts 2024", "Dato for
 * offentliggørelse: …", "Næste møde: …"). */
int mnt_line_other_date(const struct mnt_line *l)
{
    static const char *const words[] = {
        "udskrevet",      "udskrift",   "printet",   "offentliggørelse",
        "offentliggjort", "publiceret", "opdateret", "redigeret",
        "oprettet",       "næste",      "udsendt",   "udsendelse",
        "høringsfrist",   "svarfrist",  "kommende",  "forrige"};
    /* the stamp's word comes before its date: "Dato: 5. marts 2024
     * (næste møde 9. april)" is the meeting's */
    size_t digit = 0;
    while (digit < l->len && digit < WORD_SCAN_MAX &&
           (l->s[digit] < '0' || l->s[digit] > '9'))
        digit++;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (has_word(l, words[k], digit))
            return 1;
    return 0;
}

/* The minutes' own heading ("Referat fra møde i Gudenåkomitéen",
 * "Dagsorden", "Beslutningsprotokol"): the meeting's date is printed on
 * it or under it, a letter date above it. */
int mnt_line_is_minutes_heading(const struct mnt_line *l)
{
    static const char *const words[] = {
        "referat",     "dagsorden", "beslutningsprotokol",
        "mødereferat", "protokol",  "møde",
        "mødet"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (has_word(l, words[k], WORD_SCAN_MAX))
            return 1;
    return 0;
}

#define HEADING_DATE_LINES 3u /* text lines under the heading searched */

/* The first word of a line, for comparing lines' shapes. */
static int first_word(const struct mnt_line *l, struct mnt_tok *t)
{
    size_t i = 0;
    return mnt_tok_next(l->s, l->len, &i, t);
}

/* The text line next to i (step -1 or +1, at most two lines away), or
 * lim. */
static size_t neighbour(const struct mnt_doc *d, size_t i, size_t lim, int step)
{
    for (size_t k = 1; k <= 2; k++) {
        if ((step < 0 && i < k) || (step > 0 && i + k >= lim))
            return lim;
        size_t j = step < 0 ? i - k : i + k;
        if (d->lines[j].kind == MNT_LINE_TEXT)
            return j;
    }
    return lim;
}

/* Is dated line i one of a list of other meetings ("Referat fra møde
 * 12. januar 2024" / "Referat fra møde 8. december 2023")? A line next
 * to it starts with the same word and holds a date too. */
static int in_date_list(const struct mnt_doc *d, size_t i, size_t lim)
{
    struct mnt_tok a, b;
    char mine[11], other[11];
    if (!first_word(&d->lines[i], &a) ||
        !mnt_date_find(d->lines[i].s, d->lines[i].len, mine))
        return 0;
    /* the same date twice is a title over its heading, no list */
    for (int step = -1; step <= 1; step += 2) {
        size_t j = neighbour(d, i, lim, step);
        if (j < lim && first_word(&d->lines[j], &b) &&
            fold_eq(a.s, a.n, b.s, b.n) &&
            mnt_date_find(d->lines[j].s, d->lines[j].len, other) &&
            strcmp(mine, other) != 0)
            return 1;
    }
    return 0;
}

/* A date on line i that may be the meeting's: no stamp, no list. */
static int meeting_date_at(const struct mnt_doc *d, size_t i, size_t lim,
                           char iso[11])
{
    const struct mnt_line *l = &d->lines[i];
    return l->kind == MNT_LINE_TEXT && mnt_date_find(l->s, l->len, iso) &&
           !mnt_line_other_date(l) && !in_date_list(d, i, lim);
}

/* A date without its year on line i that may be the meeting's (with a
 * weekday printed before it when `weekday`), placed in its year. */
static int yearless_meeting_at(const struct mnt_doc *d, size_t i, size_t lim,
                               int weekday, const char *name, char iso[11])
{
    const struct mnt_line *l = &d->lines[i];
    struct mnt_daymonth dm;
    return l->kind == MNT_LINE_TEXT && !mnt_line_other_date(l) &&
           !in_date_list(d, i, lim) && mnt_date_find_dm(l->s, l->len, &dm) &&
           (!weekday || dm.weekday != 0) &&
           mnt_yearless_line(d, i, lim, name, iso);
}

#define YEARLESS_TRIES 3u  /* labelled fields tried for a yearless date */
#define OTHER_DOCS_MAX 40u /* lines of a list of other documents at most */

/* "Relaterede dokumenter" on a document-hosting site: a list of other
 * meetings' documents, often with labelled dates ("Møde i Ældrerådet
 * Dato: Onsdag den 19. november …"), from the line after it to the
 * transcript ("Transkript", "Størrelse: px"), which must follow within
 * OTHER_DOCS_MAX lines. Sets [*a, *b), empty when there is none. */
static void other_docs(const struct mnt_doc *d, size_t lim, size_t *a,
                       size_t *b)
{
    static const char *const heads[] = {"relaterede dokumenter",
                                        "lignende dokumenter"};
    static const char *const ends[] = {"transkript", "transskription",
                                       "størrelse: px"};
    *a = *b = 0;
    for (size_t i = 0; i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        int head = 0;
        for (size_t k = 0; l->kind == MNT_LINE_TEXT && k < 2; k++)
            head |= fold_eq(l->s, l->len, heads[k], strlen(heads[k]));
        for (size_t j = i + 1; head && j < lim && j <= i + OTHER_DOCS_MAX; j++)
            for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
                if (fold_eq(d->lines[j].s, d->lines[j].len, ends[k],
                            strlen(ends[k]))) {
                    *a = i + 1, *b = j;
                    return;
                }
    }
}

static int infer_date(const struct mnt_doc *d, size_t lim, const char *name,
                      char iso[11])
{
    unsigned yearless_tries = 0;
    size_t za, zb; /* a list of other documents: none of its dates */
    other_docs(d, lim, &za, &zb);
    /* A labelled field beats dates before it (lists of other meetings'
     * minutes, a meeting named after another day). */
    for (size_t i = 0; i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        if ((i >= za && i < zb) || l->kind == MNT_LINE_BLANK ||
            !is_date_field(l) || mnt_line_other_date(l))
            continue;
        if (mnt_date_find(l->s, l->len, iso))
            return 1;
        size_t j = i + 1;
        while (j < lim && d->lines[j].kind == MNT_LINE_BLANK)
            j++;
        if (j < lim && mnt_date_find(d->lines[j].s, d->lines[j].len, iso))
            return 1;
        /* "Dato: Mandag den 3. februar": a labelled date without its
         * year still beats full dates of other meetings (the first few
         * fields only: each looks for its year around it) */
        if (yearless_tries++ < YEARLESS_TRIES &&
            (mnt_yearless_line(d, i, lim, name, iso) ||
             (j < lim && mnt_yearless_line(d, j, lim, name, iso))))
            return 1;
    }
    /* Then the date on or under the minutes' heading, before dates above
     * it (a letter's date, a print stamp). */
    size_t first = lim;
    for (size_t i = 0; i < lim && first == lim; i++)
        if (!(i >= za && i < zb) && meeting_date_at(d, i, lim, iso))
            first = i;
    for (size_t i = 0, after = 0; i < lim && after <= HEADING_DATE_LINES; i++) {
        if (d->lines[i].kind != MNT_LINE_TEXT)
            continue;
        after += i > first; /* a heading just under the first date */
        if ((i >= za && i < zb) || !mnt_line_is_minutes_heading(&d->lines[i]) ||
            in_date_list(d, i, lim))
            continue;
        /* in order, a full date or one without its year but with its
         * weekday ("Møde tirsdag den 5. marts" over "Referatet fra 6.
         * februar 2024 …"); then one with neither ("Mødeplan: 9.
         * januar, …" is no meeting's day when a full date follows) */
        for (int pass = 0; pass < 2; pass++)
            for (size_t j = i, seen = 0; j < lim && seen <= HEADING_DATE_LINES;
                 j++) {
                if (d->lines[j].kind != MNT_LINE_TEXT || (j >= za && j < zb))
                    continue;
                seen++;
                if ((pass == 0 && meeting_date_at(d, j, lim, iso)) ||
                    yearless_meeting_at(d, j, lim, pass == 0, name, iso))
                    return 1;
            }
        break;
    }
    if (first < lim)
        return mnt_date_find(d->lines[first].s, d->lines[first].len, iso);
    return 0;
}

#define KIND_LINES 15u /* header lines that may say whose council it is */

/* The council's kind (mnt_council_kind()); for a council of either kind
 * the header may say it is a region's: "Regionsrådets
 * Forretningsudvalg", "Regionshuset Vejle". */
static enum mnt_authority_kind council_kind(const struct mnt_doc *d,
                                            size_t npre, const char *council)
{
    enum mnt_authority_kind kind = mnt_council_kind(council);
    size_t lim = npre < KIND_LINES ? npre : KIND_LINES;
    for (size_t i = 0; kind == MNT_AUTH_ANY && i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        struct mnt_tok t;
        for (size_t j = 0; l->kind == MNT_LINE_TEXT && j < WORD_SCAN_MAX &&
                           mnt_tok_next(l->s, l->len, &j, &t);)
            if (fold_prefix(t.s, t.n, "regionsråd") > 0 ||
                fold_prefix(t.s, t.n, "regionshus") > 0)
                kind = MNT_AUTH_REGIONAL;
    }
    return kind;
}

static int set_str(char **dst, const char *src)
{
    if (src == NULL)
        return ERR_OK;
    *dst = strdup(src);
    return *dst ? ERR_OK : ERR_NOMEM;
}

int mnt_meta_infer(const struct mnt_doc *d, size_t npre,
                   const struct mnt_hints *hints, struct mnt_meeting *m)
{
    static const struct mnt_hints none;
    if (hints == NULL)
        hints = &none;
    size_t lim =
        npre > 0 ? npre : (d->nlines < SCAN_LINES ? d->nlines : SCAN_LINES);
    char iso[11], authority[MNT_NAME_MAX], body[MNT_NAME_MAX];
    size_t scan = d->nlines < SCAN_LINES ? d->nlines : SCAN_LINES;

    if (hints->date != NULL &&
        !mnt_date_is_iso(hints->date, strlen(hints->date)) &&
        mnt_warn(m, "sidecar date <%.20s> is not YYYY-MM-DD: ignored",
                 hints->date) != ERR_OK)
        return ERR_NOMEM;
    if (hints->date != NULL &&
        mnt_date_is_iso(hints->date, strlen(hints->date))) {
        if (set_str(&m->date, hints->date) != ERR_OK)
            return ERR_NOMEM;
    } else if (infer_date(d, lim, hints->name, iso) ||
               mnt_running_header(d, NULL, body, iso) ||
               (lim < d->nlines && infer_date(d, scan, hints->name, iso)) ||
               mnt_yearless_first(d, lim > scan ? lim : scan, hints->name,
                                  iso)) {
        if (set_str(&m->date, iso) != ERR_OK)
            return ERR_NOMEM;
    } else if (mnt_warn(m, "no meeting date found") != ERR_OK) {
        return ERR_NOMEM;
    }

    if (hints->place != NULL) {
        if (set_str(&m->place, hints->place) != ERR_OK)
            return ERR_NOMEM;
    } else if (infer_place(d, lim, m) != ERR_OK) {
        return ERR_NOMEM;
    }
    if (mnt_attendees_infer(d, lim, m) != ERR_OK)
        return ERR_NOMEM;

    int from_header = 0;
    const char *b = hints->council != NULL ? hints->council
                    : mnt_council_find(d, npre, m, body, &from_header) ? body
                                                                       : NULL;
    const char *auth = hints->authority;
    /* "Aarhus", "aarhus.dk", a URL: the authority's proper name */
    if (auth != NULL && mnt_authority_normalise(auth, authority))
        auth = authority;
    if (auth == NULL)
        auth =
            mnt_authority_infer(d, npre, council_kind(d, npre, b), authority);
    if (set_str(&m->authority, auth) != ERR_OK)
        return ERR_NOMEM;

    if (hints->council != NULL) {
        m->council = strdup(hints->council);
        m->council_source = strdup("sidecar");
        return m->council && m->council_source ? ERR_OK : ERR_NOMEM;
    }
    const char *source = from_header ? "header" : "content";
    if (hints->authority != NULL)
        source = "sidecar";
    m->council = mnt_council_compose(d, b, auth);
    if (m->council == NULL)
        return mnt_warn(m, "council not found: no council name, municipality"
                           " or region in the text");
    if (b == NULL &&
        mnt_warn(m, "no council name found: using <%s>", m->council) != ERR_OK)
        return ERR_NOMEM;
    m->council_source = strdup(source);
    return m->council_source ? ERR_OK : ERR_NOMEM;
}
