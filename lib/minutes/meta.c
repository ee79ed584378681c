/* SPDX-License-Identifier: GPL-2.0-or-later */
/* meta.c - meeting metadata from the text: the date (meeting_date.c) and
 * place from the preamble, attendees (attendance.c), the authority
 * (authority.c) and the council (council.c); the "Key: value" fields of a
 * preamble they share. Tallies of names and a line's tokens: tokens.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define SCAN_LINES       60u /* lines searched when there is no preamble */
#define PLACE_HELD_LINES 3u  /* text lines of a page with no preamble */
#define SENTENCE_MIN     60u /* bytes of a sentence ending in '.' */
#define VALUE_LINES      8u  /* continuation lines of a "Key: value" field */
#define WRAP_WIDTH       60u /* a line this long may be cut by the page */

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
        if (mnt_digit(l->s[i]))
            return 0;
    }
    return 0;
}

int mnt_starts_numbered(const struct mnt_line *l)
{
    return l->len > 1 && mnt_digit(l->s[0]);
}

/* Does line p go on on the next line, l, as a wrapped list of names
 * does: "Aage Brask, Eva Lund," / "Kim Dahl", "… Eva" / "Lund og Kim Dahl",
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

/* A value in a table drawn with bars ("Udvalg: | Social- og
 * Sundhedsudvalget |", a page's table as text): the bars are no part of
 * it. */
static char *strip_cell_bars(char *s)
{
    if (s == NULL)
        return NULL;
    size_t n = strlen(s), b = 0;
    if (n > 0 && s[0] == '|') {
        b = 1;
        while (b < n && s[b] == ' ')
            b++;
    }
    if (n > b && s[n - 1] == '|') {
        n--;
        while (n > b && s[n - 1] == ' ')
            n--;
    }
    memmove(s, s + b, n - b);
    s[n - b] = '\0';
    return s;
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
        /* a format's heading ("Indholdsfortegnelse" under a member
         * list) starts something else */
        if (mnt_field_line(l) || mnt_starts_numbered(l) || tail == '.' ||
            (l->level > 0 && d->lines[i].level == 0))
            break;
        if (until_period < 0 && tail != '-')
            break; /* only a hyphenated word continues */
        if (until_period == 2 && !list_goes_on(p, l))
            break;
        last = j, gap = 0, more++;
    }
    *end = last + 1;
    return strip_cell_bars(mnt_clean_oneline(&d->lines[i], last + 1 - i, off));
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

/* A place key alone on its line ("Mødested", "Sted:"), a cover page's
 * label over its value: the index of the value's line, else lim. */
static size_t value_below(const struct mnt_doc *d, size_t i, size_t lim)
{
    const struct mnt_line *l = &d->lines[i];
    size_t n = l->len;
    if (n > 0 && l->s[n - 1] == ':')
        n--;
    int key = 0;
    for (size_t k = 0; k < MNT_PLACE_KEYS; k++)
        key |= fold_eq(l->s, n, mnt_place_keys[k], strlen(mnt_place_keys[k]));
    size_t j = key ? mnt_next_text(d, i, lim, 1) : lim;
    if (j < lim && (mnt_field_line(&d->lines[j]) ||
                    mnt_starts_numbered(&d->lines[j]) || d->lines[j].level > 0))
        return lim;
    return j;
}

/* "Mødelokale 2, Brøndby Rådhus": a key without a colon before a number
 * names the room; the whole line is the place. So does a room's letter
 * ("Mødelokale B, Ullasvej 23, Rønne", "Mødelokale D2"): a capital alone
 * or before digits. */
static int room_number(const struct mnt_line *l, size_t k)
{
    if (k == 0 || k >= l->len)
        return 0;
    char c = l->s[k], nx = k + 1 < l->len ? l->s[k + 1] : ',';
    int letter = ascii_upper(c) && (nx == ',' || nx == ' ' || mnt_digit(nx));
    if (!letter && !ascii_digit(c))
        return 0;
    for (size_t i = 0; i < k; i++)
        if (l->s[i] == ':' || l->s[i] == '\t')
            return 0;
    return 1;
}

/* The meeting's place from lines[0..lim): a field ("Sted:", "Mødested"
 * over its value, "Mødelokale 2, …"), or where the text says it is held
 * ("Mødet afholdes på Rådhuset."). With `held_lines`, the saying only in
 * the first held_lines text lines: a page with no preamble is all its
 * items' text, whose "møder … holdes på Rådhuset, fordi …" is business,
 * not this meeting's place. */
static int infer_place(const struct mnt_doc *d, size_t lim, size_t held_lines,
                       struct mnt_meeting *m)
{
    size_t texts = 0;
    static const char *const held[] = {"afholdt på ", "afholdes på ",
                                       "holdes på ", "afholdt i "};
    for (size_t i = 0; i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        texts++;
        size_t k = mnt_field_key_len(l, mnt_place_keys, 2, 0);
        if (k == 0)
            k = mnt_field_key_len(l, mnt_place_keys + 2, 3, 1);
        size_t row = i, off = k; /* the value: line row from byte off */
        int until_period = -1;
        if (room_number(l, k))
            off = 0;
        else if ((k == 0 || k >= l->len) &&
                 (row = value_below(d, i, lim)) < lim)
            off = 0;
        else
            row = i;
        for (size_t h = 0;
             row == i && off == 0 && k == 0 && texts <= held_lines &&
             h < sizeof held / sizeof *held;
             h++) {
            size_t hn = strlen(held[h]);
            for (size_t j = 0; j + hn <= l->len && j < 200; j++)
                if (memcmp(l->s + j, held[h], hn) == 0) {
                    k = off = j + hn;
                    until_period = 1;
                    break;
                }
        }
        if (row == i && (off == 0 ? !room_number(l, k) : off >= l->len))
            continue;
        size_t end;
        char *v = mnt_field_value(d, row, lim, off, until_period, &end);
        if (v == NULL)
            return ERR_NOMEM;
        m->place = strip_period(v);
        if (m->place != NULL)
            return ERR_OK;
    }
    return ERR_OK;
}

#define KIND_LINES    15u  /* header lines that may say whose council it is */
#define KIND_WORD_MAX 300u /* bytes of such a line searched */

/* The council's kind (mnt_council_kind()); for a council of either kind
 * the header may say it is a region's: "Regionsrådets
 * Forretningsudvalg", "Regionshuset Vejle". A meeting at one of the
 * region's hospitals ("i Regionshospitalet Silkeborg, …") says so too,
 * unless the header names a municipality ("Silkeborg Kommune"): its
 * committee may visit the hospital, and the hospital's town is no
 * municipality's own evidence then. */
static enum mnt_authority_kind council_kind(const struct mnt_doc *d,
                                            size_t npre, const char *council)
{
    enum mnt_authority_kind kind = mnt_council_kind(council);
    size_t lim = npre < KIND_LINES ? npre : KIND_LINES;
    int hospital = 0, municipal = 0;
    for (size_t i = 0; kind == MNT_AUTH_ANY && i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        struct mnt_tok t;
        for (size_t j = 0; l->kind == MNT_LINE_TEXT && j < KIND_WORD_MAX &&
                           mnt_tok_next(l->s, l->len, &j, &t);) {
            if (mnt_word_names_regionsraad(t.s, t.n) ||
                fold_prefix(t.s, t.n, "regionshus") > 0)
                kind = MNT_AUTH_REGIONAL;
            hospital = hospital || fold_prefix(t.s, t.n, "regionshospital") > 0;
            municipal = municipal || fold_prefix(t.s, t.n, "kommune") > 0;
        }
    }
    if (kind == MNT_AUTH_ANY && hospital && !municipal)
        kind = MNT_AUTH_REGIONAL;
    return kind;
}

/* Is council b an association named after its town, not a municipality's
 * body: a lokalråd ("Lokalrådet", "Faaborg Lokalråd", "Lokalrådet for
 * Næstved Vestegn"), a town's citizens' council, and the other bodies named
 * after their town or village that the municipality does not run: a
 * landsbyråd or landsbyklynge of villages, the sports clubs' idrætsråd
 * ("Esbjerg Idrætsråd"), a music school's board or council ("Musikskolen
 * på Mors' bestyrelse", "Musikskolerådet"; round hq). */
static int is_town_association(const char *b)
{
    static const char *const words[] = {
        "lokalråd", "landsbyråd", "landsbyklynge", "idrætsråd", "musikskole"};
    for (size_t i = 0, n = strlen(b); i < n; i++) {
        if (i > 0 && b[i - 1] != ' ')
            continue;
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if (fold_prefix(b + i, n - i, words[k]) == strlen(words[k]))
                return 1;
    }
    return 0;
}

/* Does the text name authority a in full ("Faaborg-Midtfyn Kommune")? */
static int names_authority(const struct mnt_doc *d, const char *a)
{
    size_t an = strlen(a);
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        for (size_t k = 0; l->kind == MNT_LINE_TEXT && k + an <= l->len; k++)
            if (fold_prefix(l->s + k, l->len - k, a) == an)
                return 1;
    }
    return 0;
}

static int set_str(char **dst, const char *src)
{
    if (src == NULL)
        return ERR_OK;
    *dst = strdup(src);
    return *dst ? ERR_OK : ERR_NOMEM;
}

#define HEAD_DATE_WORDS 4u  /* a council's words before its header's date */
#define HEAD_DATE_SPAN  24u /* bytes a header's date takes at most */

/* "1 Kommunalbestyrelsen 28.10.2019 kl. 18:00 Mødesalen …": a flattened
 * first page opening with its council's name and the meeting's date, the
 * header's lines run together (page number aside). Does the line so
 * print date iso? A sentence's date follows its verbs, not a name. The
 * name's noun may end it: "1 Social- og Sundhedsudvalget 05-04-2022". */
static int council_date_head(const struct mnt_line *l, const char *iso)
{
    size_t i = 0;
    struct mnt_tok t;
    char noun[MNT_NAME_MAX], x[11];
    int named = 0; /* a council noun seen after the page's number */
    for (unsigned w = 0;
         w <= HEAD_DATE_WORDS && mnt_tok_next(l->s, l->len, &i, &t); w++) {
        size_t at = (size_t)(t.s - l->s), left = l->len - at;
        if (mnt_digit(t.s[0]) && w > 1)
            return named &&
                   mnt_date_find(
                       t.s, left < HEAD_DATE_SPAN ? left : HEAD_DATE_SPAN, x) &&
                   strcmp(x, iso) == 0;
        /* the page's number, then the council's name */
        if (w == 0 && !mnt_digit(t.s[0]))
            return 0;
        if (w > 0)
            named |= mnt_council_noun(&t, 0, noun);
    }
    return 0;
}

/* Does the first line past npre that prints date iso say it in a
 * sentence of an item's body ("Generalforsamlingen den 25/1 2022 må
 * udskydes"), not as a minutes heading or a field would? With
 * `in_first`, a heading's words count only with the date in the line's
 * first sentence: on a page with no preamble a paragraph may say "møde"
 * ("… og mødested. På det konstituerende møde den 4. december 2025
 * drøftede …"), a flattened page's header opens its line. */
static int date_in_sentence(const struct mnt_doc *d, size_t npre, size_t scan,
                            const char *iso, int in_first)
{
    for (size_t i = 0; i < scan; i++) {
        const struct mnt_line *l = &d->lines[i];
        char x[11];
        if (l->kind != MNT_LINE_TEXT || !mnt_date_find(l->s, l->len, x) ||
            strcmp(x, iso) != 0)
            continue;
        size_t e = in_first ? mnt_first_sentence_end(l->s, l->len) : l->len;
        int heading = mnt_line_is_minutes_heading(l) &&
                      mnt_date_find(l->s, e, x) && strcmp(x, iso) == 0;
        /* a field's date is no sentence's, the page's text run after it */
        return i >= npre && !heading && !council_date_head(l, iso) &&
               !mnt_line_date_field(l, iso) &&
               (mnt_line_is_prose(l) ||
                (l->len > SENTENCE_MIN && l->s[l->len - 1] == '.'));
    }
    return 0;
}

/* The meeting's date from the first scan lines when the preamble's npre
 * gave none. Past a preamble only a date a line there prints as a
 * minutes heading or a field would (a docplayer line that is item 1 as
 * well: "1 Referat af møde i … den 26. januar 2006 …"): a date in a
 * sentence of an item's body ("Generalforsamlingen den 25/1 2022 må
 * udskydes") is that item's business. With no preamble (or only the
 * document's title) the first date that may be the meeting's is it. */
static int scan_date(const struct mnt_doc *d, size_t npre, size_t scan,
                     const char *name, char iso[11])
{
    if (!mnt_meeting_date(d, scan, name, iso))
        return 0;
    /* a preamble of the document's own title (line 0: <title>) alone is
     * none: the page's first line opens its one item */
    size_t own = 0;
    for (size_t i = 0; i < npre && i < d->nlines; i++)
        own += d->lines[i].kind == MNT_LINE_TEXT && d->lines[i].no > 0;
    if (own == 0)
        return 1;
    return !date_in_sentence(d, npre, scan, iso, 0);
}

/* The meeting's date into m->date: the sidecar's; the agenda's
 * approval where the date field lost its digits; a one-item page's
 * decision; the header's, a running header's, the scan's and the
 * fallbacks of pages with no header; a warning when none. */
static int infer_date(const struct mnt_doc *d, size_t npre, size_t lim,
                      size_t scan, const struct mnt_hints *hints,
                      struct mnt_meeting *m)
{
    char iso[11], body[MNT_NAME_MAX];
    if (hints->date != NULL &&
        !mnt_date_is_iso(hints->date, strlen(hints->date)) &&
        mnt_warn(m, "sidecar date <%.20s> is not YYYY-MM-DD: ignored",
                 hints->date) != ERR_OK)
        return ERR_NOMEM;
    if (hints->date != NULL &&
        mnt_date_is_iso(hints->date, strlen(hints->date))) {
        if (set_str(&m->date, hints->date) != ERR_OK)
            return ERR_NOMEM;
    } else if (mnt_date_field_lost(d, lim > scan ? lim : scan)) {
        /* the field is empty, but the agenda's approval names the day */
        if (mnt_agenda_approval_date(d, scan, iso)) {
            if (set_str(&m->date, iso) != ERR_OK)
                return ERR_NOMEM;
        } else if (mnt_warn(m, "the meeting's date field is empty") != ERR_OK) {
            return ERR_NOMEM;
        }
    } else if (npre == 0 && m->nitems == 1 &&
               mnt_decision_date(d, d->nlines, 1, iso)) {
        /* a page of one item with no header (PolWeb's ShowFile): the
         * day its decision line names, not a date in its text */
        if (set_str(&m->date, iso) != ERR_OK)
            return ERR_NOMEM;
    } else if ((mnt_meeting_date(d, lim, hints->name, iso) &&
                (npre > 0 || !date_in_sentence(d, 0, scan, iso, 1))) ||
               mnt_running_header(d, NULL, body, iso) ||
               (lim < d->nlines &&
                scan_date(d, npre, scan, hints->name, iso)) ||
               /* a page of one item with no header: its decision block's
                * "Dato:" field */
               mnt_decision_field_date(d, iso) ||
               /* a page with no header run into one line a page: the
                * day its decisions name, counted over every page */
               mnt_flat_decision_date(d, 2, iso) ||
               /* a page with no header whose first item approves the
                * agenda "for ØU den 7. december 2021" */
               mnt_agenda_approval_date(d, scan, iso) ||
               /* a day and month without a year, the last resort: in the
                * preamble only when there is one - in an item's text
                * ("Budgetseminaret holdes 28. og 29. august") it is that
                * item's business, no meeting's date */
               mnt_yearless_first(d, npre > 0 ? npre : scan, hints->name,
                                  iso)) {
        mnt_date_year_first(d, iso);
        if (set_str(&m->date, iso) != ERR_OK)
            return ERR_NOMEM;
    } else if (mnt_warn(m, "no meeting date found") != ERR_OK) {
        return ERR_NOMEM;
    }

    return ERR_OK;
}

/* The municipality or region the minutes are of, into authority[]
 * when inferred: the sidecar's (its proper name), else the text's,
 * none for a KKR or a lokalråd whose text names none, one of a joint
 * council's municipalities. b is the council's name or NULL. */
static const char *infer_authority(const struct mnt_doc *d, size_t npre,
                                   const struct mnt_hints *hints, const char *b,
                                   char *authority)
{
    const char *auth = hints->authority;
    /* "Aarhus", "aarhus.dk", a URL: the authority's proper name */
    if (auth != NULL && mnt_authority_normalise(auth, authority))
        auth = authority;
    /* a KKR is KL's council of all the region's municipalities: no one
     * municipality's (its members' towns, KL's address name none) */
    if (auth == NULL && !mnt_is_kkr(b))
        auth =
            mnt_authority_infer(d, npre, council_kind(d, npre, b), authority);
    /* a lokalråd's (or another town association's) minutes are its own:
     * a municipality only where the text names it, not from the town the
     * council is named after */
    if (hints->authority == NULL && auth != NULL && b != NULL &&
        is_town_association(b) && !names_authority(d, auth))
        auth = NULL;
    /* a council of several municipalities: the one of them the text
     * points at, else the first it names */
    char first[MNT_NAME_MAX];
    if (hints->authority == NULL && b != NULL &&
        mnt_joint_council(b, auth, first) == 1)
        auth = strcpy(authority, first);
    return auth;
}

/* m->council and its source: the sidecar's, else composed of the name
 * b (from the header with from_header) and the authority. */
static int set_council(const struct mnt_doc *d, const struct mnt_hints *hints,
                       const char *b, const char *auth, int from_header,
                       struct mnt_meeting *m)
{
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

int mnt_meta_infer(const struct mnt_doc *d, size_t npre,
                   const struct mnt_hints *hints, struct mnt_meeting *m)
{
    static const struct mnt_hints none;
    if (hints == NULL)
        hints = &none;
    size_t lim =
        npre > 0 ? npre : (d->nlines < SCAN_LINES ? d->nlines : SCAN_LINES);
    char authority[MNT_NAME_MAX], body[MNT_NAME_MAX];
    size_t scan = d->nlines < SCAN_LINES ? d->nlines : SCAN_LINES;
    if (infer_date(d, npre, lim, scan, hints, m) != ERR_OK)
        return ERR_NOMEM;
    if (hints->place != NULL) {
        if (set_str(&m->place, hints->place) != ERR_OK)
            return ERR_NOMEM;
    } else if (infer_place(d, lim, npre > 0 ? lim : PLACE_HELD_LINES, m) !=
               ERR_OK) {
        return ERR_NOMEM;
    }
    if (mnt_attendees_infer(d, lim, m) != ERR_OK)
        return ERR_NOMEM;

    int from_header = 0;
    const char *b = hints->council != NULL ? hints->council
                    : mnt_council_find(d, npre, m, body, &from_header) ? body
                                                                       : NULL;
    const char *auth = infer_authority(d, npre, hints, b, authority);
    if (set_str(&m->authority, auth) != ERR_OK)
        return ERR_NOMEM;
    /* Neither a council nor a municipality or region: a body's own page
     * (an intermunicipal fire service, a housing association) names the
     * body as the site's publisher ("Brand & Redning Vestegnen") */
    if (b == NULL && auth == NULL && d->site != NULL)
        b = d->site, from_header = 1;
    return set_council(d, hints, b, auth, from_header, m);
}
