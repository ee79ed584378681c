/* SPDX-License-Identifier: GPL-2.0-or-later */
/* meta.c - meeting metadata from the text: date, place, attendees from the
 * preamble; the authority (municipality or region) from the most frequent
 * "<Name> Kommune" / "Region <Name>" mention and e-mail domains; the
 * council from the header ("Udvalg: Udsatteråd", "møde i Rådet for
 * Socialt Udsatte") or else from the most frequent council noun. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

#define NAME_MAX_LEN 96u /* bytes of a council or authority name */
#define TALLY_MAX    48u /* distinct names counted */
#define HEADER_LINES 15u /* non-blank lines that count as the header */
#define SCAN_LINES   60u /* lines searched when there is no preamble */
#define VALUE_LINES  8u  /* continuation lines of a "Key: value" field */

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

struct tally {
    char name[TALLY_MAX][NAME_MAX_LEN];
    unsigned count[TALLY_MAX];
    unsigned from_header[TALLY_MAX];
    size_t n;
};

static void tally_add(struct tally *t, const char *s, size_t n, unsigned w,
                      int header)
{
    if (n == 0 || n >= NAME_MAX_LEN)
        return;
    for (size_t i = 0; i < t->n; i++)
        if (strlen(t->name[i]) == n && memcmp(t->name[i], s, n) == 0) {
            t->count[i] += w;
            t->from_header[i] |= (unsigned)header;
            return;
        }
    if (t->n >= TALLY_MAX)
        return;
    memcpy(t->name[t->n], s, n);
    t->name[t->n][n] = '\0';
    t->count[t->n] = w;
    t->from_header[t->n] = (unsigned)header;
    t->n++;
}

/* Most counted name (first seen wins a tie), or NULL. */
static const char *tally_best(const struct tally *t, size_t *idx)
{
    size_t best = 0;
    for (size_t i = 1; i < t->n; i++)
        if (t->count[i] > t->count[best])
            best = i;
    if (idx)
        *idx = best;
    return t->n > 0 ? t->name[best] : NULL;
}

/* Copy at most NAME_MAX_LEN - 1 bytes, cut on a UTF-8 boundary. */
static void copy_name(char out[NAME_MAX_LEN], const char *s, size_t n)
{
    if (n >= NAME_MAX_LEN) {
        n = NAME_MAX_LEN - 1;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(out, s, n);
    out[n] = '\0';
}

/* ---- tokens ---- */

struct tok {
    const char *s;
    size_t n;
};

static int is_tok_char(uint32_t cp)
{
    return mnt_cp_is_letter(cp) || (cp >= '0' && cp <= '9') || cp == '-';
}

/* Next word of s[*i..n): letters, digits and inner hyphens. */
static int next_tok(const char *s, size_t n, size_t *i, struct tok *t)
{
    while (*i < n) {
        uint32_t cp;
        size_t len = mnt_u8_decode(s + *i, n - *i, &cp);
        if (is_tok_char(cp) && cp != '-')
            break;
        *i += len;
    }
    if (*i >= n)
        return 0;
    t->s = s + *i;
    while (*i < n) {
        uint32_t cp;
        size_t len = mnt_u8_decode(s + *i, n - *i, &cp);
        if (!is_tok_char(cp))
            break;
        *i += len;
    }
    t->n = (size_t)(s + *i - t->s);
    while (t->n > 0 && t->s[t->n - 1] == '-')
        t->n--;
    return t->n > 0;
}

static int tok_is(const struct tok *t, const char *w)
{
    return t->n == strlen(w) && memcmp(t->s, w, t->n) == 0;
}

static int tok_capital(const struct tok *t)
{
    uint32_t cp;
    mnt_u8_decode(t->s, t->n, &cp);
    return mnt_cp_is_upper(cp);
}

static int ends_fold(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n > k && mnt_eq_fold(s + n - k, k, suffix, k);
}

/* ---- authority ---- */

static const char *const REGIONS[] = {"Hovedstaden", "Sjælland", "Syddanmark",
                                      "Midtjylland", "Nordjylland"};

static const struct {
    const char *domain, *name;
} REGION_DOMAINS[] = {
    {"rm", "Region Midtjylland"},           {"regionh", "Region Hovedstaden"},
    {"regionsjaelland", "Region Sjælland"}, {"rsyd", "Region Syddanmark"},
    {"rn", "Region Nordjylland"},
};

/* Capitalised words that precede "Kommune" without naming one. */
static int is_function_word(const struct tok *t)
{
    static const char *const words[] = {
        "Den",   "Det",     "De",   "En",    "Et",     "Hver", "Denne", "Vores",
        "Jeres", "Samme",   "Hele", "Anden", "Enhver", "Ny",   "Nye",   "Din",
        "Min",   "Hvilken", "Nabo", "Egen",  "Til",    "Fra",  "I",     "Og",
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tok_is(t, words[i]))
            return 1;
    return 0;
}

static void count_authorities_line(const char *s, size_t n, unsigned w,
                                   int header, struct tally *t)
{
    struct tok prev = {NULL, 0}, cur;
    size_t i = 0;
    char name[NAME_MAX_LEN];
    while (next_tok(s, n, &i, &cur)) {
        if (prev.n > 0 &&
            (tok_is(&cur, "Kommune") || tok_is(&cur, "Kommunes")) &&
            tok_capital(&prev) && !is_function_word(&prev) &&
            prev.n + 9 < sizeof name) {
            memcpy(name, prev.s, prev.n);
            memcpy(name + prev.n, " Kommune", 8);
            tally_add(t, name, prev.n + 8, w, header);
        }
        if (prev.n > 0 && tok_is(&prev, "Region")) {
            for (size_t r = 0; r < sizeof REGIONS / sizeof *REGIONS; r++) {
                size_t rn = strlen(REGIONS[r]);
                if ((cur.n == rn || (cur.n == rn + 1 && cur.s[rn] == 's')) &&
                    memcmp(cur.s, REGIONS[r], rn) == 0) {
                    snprintf(name, sizeof name, "Region %s", REGIONS[r]);
                    tally_add(t, name, strlen(name), w, header);
                }
            }
        }
        prev = cur;
    }
}

static int is_webmail(const char *s, size_t n)
{
    static const char *const mail[] = {"gmail", "hotmail", "outlook", "live",
                                       "yahoo", "mail",    "icloud",  "jubii",
                                       "email", "me",      "msn",     "post"};
    for (size_t i = 0; i < sizeof mail / sizeof *mail; i++)
        if (n == strlen(mail[i]) && memcmp(s, mail[i], n) == 0)
            return 1;
    return 0;
}

/* "x@fredericia.dk" -> "fredericia" counted in `domains`. */
static void count_domains_line(const char *s, size_t n, struct tally *domains)
{
    for (const char *at = memchr(s, '@', n); at != NULL;
         at = memchr(at + 1, '@', (size_t)(s + n - at - 1))) {
        const char *d = at + 1, *e = d;
        while (e < s + n &&
               ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z') ||
                *e == '-' || *e == '.'))
            e++;
        while (e > d && e[-1] == '.')
            e--;
        if (e - d < 4 || memcmp(e - 3, ".dk", 3) != 0)
            continue;
        const char *label = e - 3;
        while (label > d && label[-1] != '.')
            label--;
        size_t len = (size_t)(e - 3 - label);
        char low[NAME_MAX_LEN];
        if (len < 3 || len >= sizeof low)
            continue;
        for (size_t k = 0; k < len; k++)
            low[k] = (char)((label[k] >= 'A' && label[k] <= 'Z') ? label[k] + 32
                                                                 : label[k]);
        if (!is_webmail(low, len))
            tally_add(domains, low, len, 1, 0);
    }
}

/* Authority name (static storage in `out`) or NULL. */
static const char *infer_authority(const struct mnt_doc *d, size_t npre,
                                   char out[NAME_MAX_LEN])
{
    struct tally *pt = calloc(2, sizeof *pt); /* ~10 KiB: not on the stack */
    if (pt == NULL)
        return NULL;
    struct tally *names = &pt[0], *doms = &pt[1];
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        count_authorities_line(l->s, l->len, i < npre ? 3 : 1, i < npre, names);
        count_domains_line(l->s, l->len, doms);
    }
    /* An e-mail domain backs a municipality of the same name. */
    for (size_t k = 0; k < doms->n; k++) {
        for (size_t r = 0; r < sizeof REGION_DOMAINS / sizeof *REGION_DOMAINS;
             r++)
            if (strcmp(doms->name[k], REGION_DOMAINS[r].domain) == 0)
                tally_add(names, REGION_DOMAINS[r].name,
                          strlen(REGION_DOMAINS[r].name), doms->count[k], 0);
        for (size_t j = 0; j < names->n; j++) {
            size_t dn = strlen(doms->name[k]);
            if (strlen(names->name[j]) == dn + 8 &&
                mnt_eq_fold(names->name[j], dn, doms->name[k], dn))
                names->count[j] += doms->count[k];
        }
    }
    const char *best = tally_best(names, NULL);
    if (best == NULL && (best = tally_best(doms, NULL)) != NULL) {
        /* only a staff e-mail names the municipality */
        snprintf(out, NAME_MAX_LEN, "%c%s Kommune",
                 best[0] >= 'a' && best[0] <= 'z' ? best[0] - 32 : best[0],
                 best + 1);
        free(pt);
        return out;
    }
    if (best != NULL)
        snprintf(out, NAME_MAX_LEN, "%s", best);
    free(pt);
    return best ? out : NULL;
}

/* ---- council ---- */

static const char *const COUNCIL_SUFFIXES[] = {"rådet", "udvalget", "nævnet"};

/* "Udsatteråd", "Udsatterådets", "Socialudvalg" -> definite form in out.
 * Returns 0 if the word is no council noun. */
static int council_noun(const struct tok *t, char out[NAME_MAX_LEN])
{
    if (!tok_capital(t) || t->n + 3 >= NAME_MAX_LEN)
        return 0;
    for (size_t k = 0; k < sizeof COUNCIL_SUFFIXES / sizeof *COUNCIL_SUFFIXES;
         k++) {
        const char *def = COUNCIL_SUFFIXES[k];
        size_t dl = strlen(def), il = dl - 2; /* "råd" */
        size_t n = t->n;
        if (n > 1 && t->s[n - 1] == 's')
            n--; /* genitive */
        size_t base;
        if (ends_fold(t->s, n, def))
            base = n - dl;
        else if (n > il && mnt_eq_fold(t->s + n - il, il, def, il))
            base = n - il;
        else
            continue;
        if (base < 3)
            return 0; /* bare "Rådet", "Udvalget": too generic */
        memcpy(out, t->s, n);
        size_t len = n;
        if (n - base == il) {
            memcpy(out + len, "et", 2);
            len += 2;
        }
        out[len] = '\0';
        return 1;
    }
    return 0;
}

/* "Rådet for Socialt Udsatte": "Rådet for" and the capitalised words
 * after it. Returns the phrase length in s, or 0. */
static size_t raadet_for(const char *s, size_t n, size_t at)
{
    size_t k = mnt_prefix_fold(s + at, n - at, "Rådet for ");
    if (k == 0 || (at > 0 && s[at - 1] != ' '))
        return 0;
    size_t i = at + k, end = 0;
    struct tok t;
    for (int words = 0; words < 5; words++) {
        size_t want = i; /* the next word must follow one space */
        if (!next_tok(s, n, &i, &t) || t.s != s + want || !tok_capital(&t))
            break;
        end = (size_t)(t.s + t.n - s);
        if (i >= n || s[i] != ' ')
            break;
        i++;
    }
    return end > at + k ? end - at : 0;
}

static void count_councils_line(const char *s, size_t n, int header,
                                struct tally *t)
{
    char name[NAME_MAX_LEN];
    for (size_t i = 0; i < n; i++) {
        size_t len = (s[i] == 'R') ? raadet_for(s, n, i) : 0;
        if (len > 0 && len < NAME_MAX_LEN) {
            tally_add(t, s + i, len, 1, header);
            i += len;
        }
    }
    size_t i = 0;
    struct tok tok;
    while (next_tok(s, n, &i, &tok))
        if (council_noun(&tok, name))
            tally_add(t, name, strlen(name), 1, header);
}

static size_t key_len(const struct mnt_line *l, const char *const *keys,
                      size_t nkeys, int need_colon);

/* Council named in the header: "Udvalg: Udsatteråd", "REFERAT
 * Udsatterådet d. …", "møde i Rådet for Socialt Udsatte". */
static int council_from_header(const struct mnt_doc *d, size_t npre,
                               char out[NAME_MAX_LEN])
{
    static const char *const keys[] = {"Udvalg", "Råd", "Forum", "Organ"};
    size_t seen = 0, lim = npre > 0 ? npre : SCAN_LINES;
    for (size_t i = 0; i < d->nlines && i < lim && seen < HEADER_LINES; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        seen++;
        size_t k = key_len(l, keys, sizeof keys / sizeof *keys, 1);
        if (k > 0 && k < l->len) {
            /* "Udvalg: Udsatteråd" -> "Udsatterådet"; any other value as
             * printed ("Social- og Sundhedsudvalget") */
            size_t j = k;
            struct tok tok;
            if (next_tok(l->s, l->len, &j, &tok) && j == l->len &&
                council_noun(&tok, out))
                return 1;
            copy_name(out, l->s + k, l->len - k);
            return 1;
        }
        struct tally *t = calloc(1, sizeof *t);
        if (t == NULL)
            return 0;
        count_councils_line(l->s, l->len, 1, t);
        int found = t->n > 0;
        if (found)
            snprintf(out, NAME_MAX_LEN, "%s", t->name[0]);
        free(t);
        if (found)
            return 1;
    }
    return 0;
}

static int council_from_content(const struct mnt_doc *d, char out[NAME_MAX_LEN])
{
    struct tally *t = calloc(1, sizeof *t);
    if (t == NULL)
        return 0;
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT)
            count_councils_line(d->lines[i].s, d->lines[i].len, 0, t);
    const char *best = tally_best(t, NULL);
    if (best != NULL)
        snprintf(out, NAME_MAX_LEN, "%s", best);
    free(t);
    return best != NULL;
}

static int contains_phrase(const struct mnt_doc *d, const char *p)
{
    size_t pn = strlen(p);
    if (pn == 0 || pn > d->len)
        return 0;
    for (const char *s = d->text; (size_t)(d->text + d->len - s) >= pn;) {
        const char *hit = memchr(s, p[0], (size_t)(d->text + d->len - s));
        if (hit == NULL || (size_t)(d->text + d->len - hit) < pn)
            return 0;
        if (memcmp(hit, p, pn) == 0) {
            uint32_t cp = 0;
            const char *after = hit + pn;
            if (after < d->text + d->len)
                mnt_u8_decode(after, (size_t)(d->text + d->len - after), &cp);
            if (!mnt_cp_is_letter(cp))
                return 1;
        }
        s = hit + 1;
    }
    return 0;
}

/* "Region Midtjyllands Udsatteråd" if the text says so, else
 * "Udsatterådet, Herning Kommune". */
static char *compose_council(const struct mnt_doc *d, const char *body,
                             const char *authority)
{
    char buf[3 * NAME_MAX_LEN];
    if (body == NULL)
        return authority ? strdup(authority) : NULL;
    if (authority == NULL)
        return strdup(body);
    size_t bn = strlen(body);
    if (bn > 2 && strcmp(body + bn - 2, "et") == 0 &&
        (ends_fold(body, bn, "rådet") || ends_fold(body, bn, "udvalget") ||
         ends_fold(body, bn, "nævnet"))) {
        snprintf(buf, sizeof buf, "%ss %.*s", authority, (int)(bn - 2), body);
        if (contains_phrase(d, buf))
            return strdup(buf);
    }
    snprintf(buf, sizeof buf, "%s, %s", body, authority);
    return strdup(buf);
}

/* ---- "Key: value" fields of the preamble ---- */

/* Length of `Key` plus optional spaces and ':' at the start of the line
 * (with the spaces after), for one of keys; 0 if none. */
static size_t key_len(const struct mnt_line *l, const char *const *keys,
                      size_t nkeys, int need_colon)
{
    for (size_t k = 0; k < nkeys; k++) {
        size_t n = mnt_prefix_fold(l->s, l->len, keys[k]);
        if (n == 0)
            continue;
        size_t i = n;
        while (i < l->len && l->s[i] == ' ')
            i++;
        if (i < l->len && l->s[i] == ':') {
            i++;
        } else {
            uint32_t cp = 0;
            if (n < l->len)
                mnt_u8_decode(l->s + n, l->len - n, &cp);
            if (need_colon || mnt_cp_is_letter(cp) || i == n)
                continue;
        }
        while (i < l->len && l->s[i] == ' ')
            i++;
        return i;
    }
    return 0;
}

/* "Word:" or "Two words:" at the start: a field of some form. */
static int is_field_line(const struct mnt_line *l)
{
    size_t words = 1;
    for (size_t i = 0; i < l->len && i < 32; i++) {
        if (l->s[i] == ':')
            return i > 0;
        if (l->s[i] == ' ' && ++words > 3)
            return 0;
        if (l->s[i] >= '0' && l->s[i] <= '9')
            return 0;
    }
    return 0;
}

static const char *const ATTEND_KEYS[] = {
    "Deltagere",      "Mødedeltagere", "Til stede",     "Tilstede",
    "Fremmødte",      "Medlemmer",     "Forvaltningen", "Administrationen",
    "Afbud",          "Fraværende",    "Fravær",        "Øvrige deltagere",
    "Desuden deltog", "Gæster",        "Gæst",          "Referent",
};
#define NATTEND (sizeof ATTEND_KEYS / sizeof *ATTEND_KEYS)

static const char *const PLACE_KEYS[] = {"Mødested", "Mødelokale", "Sted",
                                         "Lokale", "Adresse"};

static int starts_numbered(const struct mnt_line *l)
{
    return l->len > 1 && l->s[0] >= '0' && l->s[0] <= '9';
}

/* The field starting at lines[i] (value from `off`) and its continuation
 * lines, cleaned to one line. *end gets the index after the last line. */
static char *field_value(const struct mnt_doc *d, size_t i, size_t lim,
                         size_t off, int until_period, size_t *end)
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
        if (is_field_line(l) || starts_numbered(l) || tail == '.')
            break;
        if (until_period < 0 && tail != '-')
            break; /* only a hyphenated word continues */
        last = j, gap = 0, more++;
    }
    *end = last + 1;
    return mnt_clean_oneline(&d->lines[i], last + 1 - i, off);
}

static int infer_attendees(const struct mnt_doc *d, size_t lim,
                           struct mnt_meeting *m)
{
    struct buf b;
    buf_init(&b);
    int rc = ERR_OK;
    for (size_t i = 0; i < lim && rc == ERR_OK;) {
        const struct mnt_line *l = &d->lines[i];
        size_t k =
            l->kind == MNT_LINE_TEXT ? key_len(l, ATTEND_KEYS, NATTEND, 1) : 0;
        if (k == 0) {
            i++;
            continue;
        }
        size_t end;
        char *v = field_value(d, i, lim, k, 1, &end);
        if (v == NULL) {
            rc = ERR_NOMEM;
            break;
        }
        if (v[0] != '\0') {
            size_t kn = k;
            while (kn > 0 && (l->s[kn - 1] == ' ' || l->s[kn - 1] == ':'))
                kn--;
            if ((b.len > 0 && buf_putc(&b, '\n') != ERR_OK) ||
                buf_printf(&b, "%.*s: %s", (int)kn, l->s, v) != ERR_OK)
                rc = ERR_NOMEM;
        }
        free(v);
        i = end > i ? end : i + 1;
    }
    if (rc == ERR_OK && b.len > 0)
        m->attendees = buf_detach(&b);
    buf_fini(&b);
    return rc;
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
        size_t k = key_len(l, PLACE_KEYS, 2, 0);
        if (k == 0)
            k = key_len(l, PLACE_KEYS + 2, 3, 1);
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
        char *v = field_value(d, i, lim, k, until_period, &end);
        if (v == NULL)
            return ERR_NOMEM;
        m->place = strip_period(v);
        if (m->place != NULL)
            return ERR_OK;
    }
    return ERR_OK;
}

static int infer_date(const struct mnt_doc *d, size_t lim, char iso[11])
{
    static const char *const keys[] = {"Mødedato", "Dato", "Date"};
    for (size_t i = 0; i < lim; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind == MNT_LINE_BLANK || key_len(l, keys, 3, 0) == 0)
            continue;
        if (mnt_date_find(l->s, l->len, iso))
            return 1;
        size_t j = i + 1;
        while (j < lim && d->lines[j].kind == MNT_LINE_BLANK)
            j++;
        if (j < lim && mnt_date_find(d->lines[j].s, d->lines[j].len, iso))
            return 1;
    }
    for (size_t i = 0; i < lim; i++)
        if (d->lines[i].kind != MNT_LINE_BLANK &&
            mnt_date_find(d->lines[i].s, d->lines[i].len, iso))
            return 1;
    return 0;
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
    char iso[11], authority[NAME_MAX_LEN], body[NAME_MAX_LEN];

    if (hints->date != NULL &&
        !mnt_date_is_iso(hints->date, strlen(hints->date)) &&
        mnt_warn(m, "sidecar date <%.20s> is not YYYY-MM-DD: ignored",
                 hints->date) != ERR_OK)
        return ERR_NOMEM;
    if (hints->date != NULL &&
        mnt_date_is_iso(hints->date, strlen(hints->date))) {
        if (set_str(&m->date, hints->date) != ERR_OK)
            return ERR_NOMEM;
    } else if (infer_date(d, lim, iso) ||
               (lim < d->nlines &&
                infer_date(d, d->nlines < SCAN_LINES ? d->nlines : SCAN_LINES,
                           iso))) {
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
    if (infer_attendees(d, lim, m) != ERR_OK)
        return ERR_NOMEM;

    const char *auth = hints->authority;
    if (auth == NULL)
        auth = infer_authority(d, npre, authority);
    if (set_str(&m->authority, auth) != ERR_OK)
        return ERR_NOMEM;

    if (hints->council != NULL) {
        m->council = strdup(hints->council);
        m->council_source = strdup("sidecar");
        return m->council && m->council_source ? ERR_OK : ERR_NOMEM;
    }
    const char *source = "header";
    const char *b = body;
    if (!council_from_header(d, npre, body)) {
        source = "content";
        if (!council_from_content(d, body))
            b = NULL;
    }
    if (hints->authority != NULL)
        source = "sidecar";
    m->council = compose_council(d, b, auth);
    if (m->council == NULL)
        return mnt_warn(m, "council not found: no council name, municipality"
                           " or region in the text");
    if (b == NULL &&
        mnt_warn(m, "no council name found: using <%s>", m->council) != ERR_OK)
        return ERR_NOMEM;
    m->council_source = strdup(source);
    return m->council_source ? ERR_OK : ERR_NOMEM;
}

/* ---- item attendance ---- */

int mnt_title_is_attendance(const char *title)
{
    static const char *const about[] = {
        "mødedeltagelse", "fremmøde",        "deltagere", "afbud",
        "fravær",         "tilstedeværelse", "deltagelse"};
    for (size_t i = 0; title != NULL && i < sizeof about / sizeof *about; i++)
        if (mnt_prefix_fold(title, strlen(title), about[i]) > 0)
            return 1;
    return 0;
}

/* An item's attendance is a few short statements, never its body: a
 * paragraph that says "afbud fra" may be the whole item (PDF text comes
 * as one paragraph per page), and a title that merely starts with
 * "Deltagelse" may head a long case. */
#define ATTEND_ITEM_MAX   1000u /* bytes of an item's attendance text */
#define ATTEND_STMT_MAX   300u  /* bytes of one statement */
#define ATTEND_WHOLE_MAX  1500u /* an attendance item's text kept whole */
#define ATTEND_TITLE_WORD 4u    /* words of an attendance item's title */

static size_t count_words(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p != '\0'; p++)
        n += *p != ' ' && (p == s || p[-1] == ' ');
    return n;
}

/* A sentence ends at ". X" (also ! ?) with X a capital, unless the word
 * before is an initial ("Susanne B. Andersen"). */
static int ends_sentence(const char *p, size_t i, size_t n)
{
    if (p[i] != '.' && p[i] != '!' && p[i] != '?')
        return i + 1 >= n;
    if (i + 1 >= n)
        return 1;
    if (p[i + 1] != ' ' || i + 2 >= n)
        return 0;
    unsigned char c = (unsigned char)p[i + 2], d = (unsigned char)p[i + 3];
    int cap = (c >= 'A' && c <= 'Z') ||
              (c == 0xC3 && (d == 0x85 || d == 0x86 || d == 0x98));
    int initial = i >= 1 && p[i - 1] != ' ' && (i < 2 || p[i - 2] == ' ');
    return cap && !initial;
}

/* ", og rådet …": a new clause, not the next name of a list. */
static int ends_clause(const char *p, size_t i, size_t n)
{
    if (p[i] != ',' || i + 2 >= n || p[i + 1] != ' ')
        return 0;
    unsigned char c = (unsigned char)p[i + 2], d = (unsigned char)p[i + 3];
    return (c >= 'a' && c <= 'z') ||
           (c == 0xC3 && (d == 0xA5 || d == 0xA6 || d == 0xB8));
}

/* Append p[a..b) to `out` (a line of its own), cut to ATTEND_STMT_MAX at
 * a space and to what is left of ATTEND_ITEM_MAX. */
static int put_statement(struct buf *out, const char *p, size_t a, size_t b)
{
    size_t room = out->len < ATTEND_ITEM_MAX ? ATTEND_ITEM_MAX - out->len : 0;
    size_t max = room < ATTEND_STMT_MAX ? room : ATTEND_STMT_MAX;
    if (b - a > max) {
        b = a + max;
        while (b > a && p[b] != ' ')
            b--;
    }
    while (a < b && p[a] == ' ')
        a++;
    if (b <= a)
        return ERR_OK;
    if (out->len > 0 && buf_putc(out, '\n') != ERR_OK)
        return ERR_NOMEM;
    return buf_append(out, p + a, b - a);
}

/* The statements of one paragraph p[0..n): a line that is an attendance
 * field ("Afbud: …") up to its end; else for each of `says` the sentence
 * holding it, from its start to its end or to a new clause after the
 * phrase (", og rådet …"), at most ATTEND_STMT_MAX bytes. */
/* Does p[i..n) start with a phrase saying who came or sent apologies? */
static int says_attendance(const char *p, size_t i, size_t n)
{
    static const char *const says[] = {
        "deltog under",   "deltog i punktet", "deltog ikke",
        "meldt afbud",    "afbud fra",        "forlod mødet",
        "var fraværende", "var mødt",         "deltog i mødet",
    };
    for (size_t k = 0; k < sizeof says / sizeof *says; k++)
        if ((p[i] | 0x20) == says[k][0] &&
            mnt_prefix_fold(p + i, n - i, says[k]) > 0)
            return 1;
    return 0;
}

static int para_statements(const char *p, size_t n, struct buf *out)
{
    static const char *const keys[] = {
        "Deltagere",       "Mødedeltagere", "Fraværende", "Fravær",
        "Afbud",           "Gæster",        "Gæst",       "Til stede",
        "Tilstede",        "Fremmødte",     "Fremmødt",   "Desuden deltog",
        "Øvrige deltagere"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = mnt_prefix_fold(p, n, keys[k]);
        while (l > 0 && l < n && p[l] == ' ')
            l++;
        if (l > 0 && l < n && p[l] == ':')
            return put_statement(out, p, 0, n);
    }
    for (size_t i = 0; i < n && out->len < ATTEND_ITEM_MAX; i++) {
        if (!says_attendance(p, i, n))
            continue;
        size_t a = i, b = i;
        while (a > 0 && i - a < ATTEND_STMT_MAX && !ends_sentence(p, a - 1, n))
            a--;
        /* to the sentence's end, or to a new clause after its last
         * phrase ("Alle var mødt, undtagen X, der havde meldt afbud.") */
        for (; b < n && b - a < ATTEND_STMT_MAX && !ends_sentence(p, b, n); b++)
            if (ends_clause(p, b, n)) {
                size_t j = b;
                while (j < n && j - a < ATTEND_STMT_MAX &&
                       !ends_sentence(p, j, n) && !says_attendance(p, j, n))
                    j++;
                if (j >= n || !says_attendance(p, j, n))
                    break;
                b = j;
            }
        b = b < n && !ends_clause(p, b, n) ? b + 1 : b; /* keep the . */
        if (put_statement(out, p, a, b) != ERR_OK)
            return ERR_NOMEM;
        i = b;
    }
    return ERR_OK;
}

char *mnt_item_attendees(const char *title, const char *body)
{
    if (title == NULL || body == NULL || body[0] == '\0')
        return NULL;
    if (mnt_title_is_attendance(title) &&
        count_words(title) <= ATTEND_TITLE_WORD &&
        strlen(body) <= ATTEND_WHOLE_MAX)
        return strdup(body);
    struct buf b;
    buf_init(&b);
    for (const char *p = body; *p != '\0';) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (para_statements(p, n, &b) != ERR_OK) {
            buf_fini(&b);
            return NULL;
        }
        p += n + (nl != NULL);
    }
    return b.len > 0 ? buf_detach(&b) : NULL;
}
