/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council.c - which council a meeting's minutes are from: a field of the
 * header ("Udvalg: Udsatteråd", "UDVALG" over "Handicaprådet", "Møde:",
 * "Forum:"), else a council the header names ("Byrådet - Referat",
 * "Kultur- og Idrætsudvalget", "Udvalget for Ældre og Sundhed", "Rådet for
 * Socialt Udsatte"; not in a line repeating an item's title nor in a list
 * of committees or other meetings, council_lists.c), else a page header
 * repeated with the meeting's date
 * ("Byrådet, 28. januar 2020  Side 2"), else the council noun the text
 * names most often (names in a line: council_names.c; the header's
 * fields: council_fields.c; the page header: council_running.c; the
 * council's kind and full name: council_compose.c). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

#define HEADER_LINES 15u /* non-blank lines that count as the header */
#define SCAN_LINES   60u /* lines searched when there is no preamble */

/* A header line printed in capitals, its words title-cased and its small
 * words ("og", "for", "i") in lower case. Returns the length written. */
static size_t header_case(const char *s, size_t n, char *out, size_t cap)
{
    static const char *const small[] = {"Og", "For", "I", "Af", "Til", "Om"};
    mnt_title_case(s, n, out, cap);
    size_t len = strlen(out);
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && out[i - 1] != ' ')
            continue;
        for (size_t k = 0; k < sizeof small / sizeof *small; k++) {
            size_t sl = strlen(small[k]);
            if (i + sl <= len && memcmp(out + i, small[k], sl) == 0 &&
                (i + sl == len || out[i + sl] == ' '))
                out[i] = (char)(out[i] + 32);
        }
    }
    return len;
}

/* Does s, a numbered line, say "1. at Lokaludvalget godkender …"? A
 * recommendation's point, no heading (headings never open with the
 * infinitive's "at"): the council it names is the one deciding, and may
 * be all that names the council on a page of one item. */
static int recommendation_point(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && mnt_digit(s[i]))
        i++;
    if (i < n && (s[i] == '.' || s[i] == ')'))
        i++;
    while (i < n && s[i] == ' ')
        i++;
    return n - i > 3 && (s[i] == 'a' || s[i] == 'A') && s[i + 1] == 't' &&
           s[i + 2] == ' ' && ascii_upper(s[i + 3]);
}

/* "25.08.27 - Referat af …", "12.3.2024 Referat fra …": three groups of
 * digits parted by dots, then a space: the heading's date, no item's
 * number (an item numbered "2.1" has two groups). */
static int opens_with_date(const char *s, size_t n)
{
    size_t i = 0;
    for (int g = 0; g < 3; g++) {
        size_t a = i;
        while (i < n && i - a < 4 && mnt_digit(s[i]))
            i++;
        if (i == a || (g < 2 && (i >= n || s[i] != '.')))
            return 0;
        if (g < 2)
            i++;
    }
    return i == n || s[i] == ' ';
}

/* Item headings are no header: "3. Orientering fra Ældrerådet". */
static int looks_like_item(const struct mnt_line *l)
{
    size_t i = 0;
    while (i < l->len && (l->s[i] == ' ' || l->s[i] == '-'))
        i++;
    if (l->len - i >= 3 && memcmp(l->s + i, "\xE2\x80\xA2", 3) == 0)
        i += 3;
    while (i < l->len && l->s[i] == ' ')
        i++;
    if (i < l->len && mnt_digit(l->s[i]))
        return !recommendation_point(l->s + i, l->len - i) &&
               !opens_with_date(l->s + i, l->len - i);
    return fold_prefix(l->s + i, l->len - i, "Pkt") > 0 ||
           fold_prefix(l->s + i, l->len - i, "Punkt ") > 0 ||
           fold_prefix(l->s + i, l->len - i, "Sag nr") > 0;
}

#define SPACED_MIN 5u /* letters of a letter-spaced heading */

/* "Æ L D R E R Å D E T", "H a n d i c a p r å d e t": a heading set
 * letter-spaced (a PDF transcript keeps the spaces) as one word in out;
 * its length, or 0 if the line is no such heading. Two spaces part
 * words. */
static size_t unspaced(const struct mnt_line *l, char *out, size_t cap)
{
    size_t o = 0, letters = 0;
    for (size_t i = 0; i < l->len && o + 4 < cap;) {
        uint32_t cp;
        size_t k = utf8_decode(l->s + i, l->len - i, &cp);
        if (!fold_is_letter(cp))
            return 0;
        memcpy(out + o, l->s + i, k);
        o += k, i += k, letters++;
        if (i == l->len)
            break;
        if (l->s[i] != ' ')
            return 0; /* two letters together: no letter-spacing */
        i++;
        if (i < l->len && l->s[i] == ' ') {
            out[o++] = ' ';
            while (i < l->len && l->s[i] == ' ')
                i++;
        }
    }
    return letters >= SPACED_MIN ? o : 0;
}

/* The councils a header line names; a line in capitals ("BØRNE- OG
 * UNGEUDVALGET") read as "Børne- og Ungeudvalget", a letter-spaced one
 * as its words. */
static void header_councils(const struct mnt_line *l, int meetings,
                            struct mnt_tally *t)
{
    char joined[MNT_NAME_MAX * 2];
    size_t jn = l->len < sizeof joined ? unspaced(l, joined, sizeof joined) : 0;
    if (jn > 0) {
        struct mnt_line w = *l;
        w.s = joined, w.len = jn;
        header_councils(&w, meetings, t);
        return;
    }
    /* a temporary committee's name in capitals is read in small letters
     * (mnt_adhoc_council()), no title-cased words */
    if (mnt_all_capitals(l->s, l->len) &&
        mnt_adhoc_council(l->s, l->len, 0) == 0) {
        char low[MNT_NAME_MAX * 2];
        size_t ln = header_case(l->s, l->len, low, sizeof low);
        mnt_councils_count_line(low, ln, 1, meetings, t);
    } else {
        mnt_councils_count_line(l->s, l->len, 1, meetings, t);
    }
}

#define LISTED_DATE 36u /* bytes a listed meeting's date and hour may add */

int mnt_council_lone_name(const struct mnt_line *l, char name[MNT_NAME_MAX])
{
    if (l->kind != MNT_LINE_TEXT || l->len >= MNT_NAME_MAX)
        return 0;
    struct mnt_tally *t = calloc(1, sizeof *t);
    if (t == NULL)
        return 0;
    header_councils(l, 0, t);
    char iso[11];
    size_t n = t->n == 1 ? strlen(t->name[0]) : 0;
    int lone =
        t->n == 1 && (n + 2 >= l->len || (n + LISTED_DATE >= l->len &&
                                          mnt_date_find(l->s, l->len, iso)));
    if (lone && name != NULL)
        snprintf(name, MNT_NAME_MAX, "%s", t->name[0]);
    free(t);
    return lone;
}

/* Does the name end in the whole council's noun ("Aalborg Byråd")? */
static int whole_council(const char *name)
{
    static const char *const whole[] = {
        "byråd", "byrådet", "kommunalbestyrelse", "kommunalbestyrelsen"};
    size_t n = strlen(name);
    for (size_t k = 0; k < sizeof whole / sizeof *whole; k++)
        if (mnt_ends_fold(name, n, whole[k]) ||
            fold_eq(name, n, whole[k], strlen(whole[k])))
            return 1;
    return 0;
}

/* "AALBORG BYRÅD" / "Referat" / "Aalborg Byråd" / "Magistraten": a
 * letterhead naming the whole council over a line naming only one of its
 * committees - the committee met. Replaces out with it when one of the
 * next three text lines is that line (lines naming the whole council
 * again passed over, and a site's menu of committees under the page's
 * title: its entries name the council's other committees). */
static void committee_below(const struct mnt_doc *d, size_t i, size_t lim,
                            char out[MNT_NAME_MAX])
{
    if (!whole_council(out))
        return;
    size_t j = i;
    for (int n = 0; n < 3; n++) {
        j = mnt_next_text(d, j, lim, MNT_JOIN_GAP);
        if (j >= lim)
            return;
        if (!mnt_council_lone_name(&d->lines[j], NULL) ||
            mnt_in_council_list(d, j, lim))
            continue;
        struct mnt_tally *t = calloc(1, sizeof *t);
        if (t == NULL)
            return;
        header_councils(&d->lines[j], 0, t);
        int other = t->n == 1 && !whole_council(t->name[0]);
        if (other)
            snprintf(out, MNT_NAME_MAX, "%s", t->name[0]);
        free(t);
        if (other)
            return;
    }
}

#define GROUP_LABEL 40u /* bytes of a member group's label */

/* "Byråd: Poul Ravn (V), Ruth Ammitzbøll (V)": a råd's members grouped
 * by who sent them - the label names the members' council, not the one
 * that met. A short label, a colon, then a person and party. */
static int member_group(const struct mnt_line *l)
{
    size_t c = 0;
    while (c < l->len && c < GROUP_LABEL && l->s[c] != ':')
        c++;
    if (c == 0 || c >= l->len || c >= GROUP_LABEL)
        return 0;
    size_t a = c + 1, e = a;
    while (e < l->len && l->s[e] != ',')
        e++;
    while (a < e && l->s[a] == ' ')
        a++;
    return e > a && mnt_is_member(l->s + a, e - a);
}

/* "Anders Holm – repræsentant for Børne- og Kulturudvalget, Morsø
 * Kommune": a board's member and the council that sent the member, not
 * the council that met. */
static int represents_other(const struct mnt_line *l)
{
    static const char *const marks[] = {
        " – repræsentant for ", " - repræsentant for ", ", repræsentant for "};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t ml = strlen(marks[k]);
        for (size_t i = 0; i + ml <= l->len; i++)
            if (memcmp(l->s + i, marks[k], ml) == 0)
                return 1;
    }
    return 0;
}

#define BOARD_LINE 80u /* bytes of a heading naming a board */

/* "Musikskolen på Mors´ bestyrelse", "Biblioteksforeningens bestyrelse":
 * a heading that is an institution's name in the genitive and
 * "bestyrelse" in lower case names the board that met; kept as printed
 * into out. */
static int owner_board(const struct mnt_line *l, char out[MNT_NAME_MAX])
{
    static const char board[] = " bestyrelse";
    size_t bl = sizeof board - 1, n = l->len;
    while (n > 0 && (l->s[n - 1] == '.' || l->s[n - 1] == ':'))
        n--;
    if (n <= bl + 3 || n > BOARD_LINE || !mnt_starts_upper(l->s, n) ||
        memcmp(l->s + n - bl, board, bl) != 0)
        return 0;
    const char *e = l->s + n - bl; /* the genitive's end: s, ´, ' or ’ */
    int gen = e[-1] == 's' || e[-1] == '\'' ||
              (e - l->s >= 2 && (unsigned char)e[-2] == 0xC2 &&
               (unsigned char)e[-1] == 0xB4) ||
              (e - l->s >= 3 && memcmp(e - 3, "\xE2\x80\x99", 3) == 0);
    if (!gen || memchr(l->s, ':', n) != NULL)
        return 0;
    mnt_name_copy(out, l->s, n);
    return 1;
}

/* "Forside > Politik > Byrådet > Dagsordener", "Forside » Politik »
 * Kommunalbestyrelsen": a breadcrumb names the site's sections, not the
 * council that met. Two or more of ">", "»", "›" between words. */
static int is_breadcrumb(const struct mnt_line *l)
{
    static const char *const seps[] = {" > ", " \xC2\xBB ", " \xE2\x80\xBA "};
    size_t n = 0;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t sl = strlen(seps[k]);
        for (size_t i = 0; i + sl <= l->len && n < 2; i++)
            n += memcmp(l->s + i, seps[k], sl) == 0;
    }
    return n >= 2;
}

#define TITLE_INSIDE_MIN 20u  /* bytes of an item title found inside a line */
#define TITLE_AROUND_MAX 40u  /* bytes around it in that line */
#define TITLES_COMPARED  200u /* item titles a header line is compared with */

/* Does line l repeat an item's title ("Møde med Rådet for Nye Danskere"
 * over the minutes, a download page titled after item 2 `Ny "Vedtægt for
 * Ældrerådet"`)? A page or file named after an item names that item's
 * topic, not the council that met. The whole line, or a long title
 * inside it ("Download "<title>""). */
static int repeats_item_title(const struct mnt_line *l,
                              const struct mnt_meeting *m)
{
    /* the first items only: a header line is compared with each */
    for (size_t k = 0; m != NULL && k < m->nitems && k < TITLES_COMPARED; k++) {
        const char *t = m->items[k].title;
        size_t tn = t != NULL ? strlen(t) : 0;
        if (tn < 3 || tn > l->len)
            continue;
        if (fold_eq(l->s, l->len, t, tn))
            return 1;
        /* inside a line a little longer ("Download "…" 3"), not a
         * flattened page whose contents list the titles */
        if (tn < TITLE_INSIDE_MIN || l->len > tn + TITLE_AROUND_MAX)
            continue;
        for (size_t i = 0; i + tn <= l->len; i++)
            if (l->s[i] == t[0] && memcmp(l->s + i, t, tn) == 0)
                return 1;
    }
    return 0;
}

/* "Forside > Politik > Udvalg > Teknik- og Miljøudvalget": with no
 * other council in the header, the deepest one a breadcrumb names (the
 * page's own place in the site). */
static int council_from_breadcrumb(const struct mnt_doc *d, size_t lim,
                                   char out[MNT_NAME_MAX])
{
    for (size_t i = 0, seen = 0; i < lim && seen < HEADER_LINES; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT)
            continue;
        seen++;
        if (!is_breadcrumb(l))
            continue;
        struct mnt_tally *t = calloc(1, sizeof *t);
        if (t == NULL)
            return 0;
        header_councils(l, 0, t);
        int found = t->n > 0;
        if (found)
            snprintf(out, MNT_NAME_MAX, "%s", t->name[t->n - 1]);
        free(t);
        if (found)
            return 1;
    }
    return 0;
}

/* Is line i a transcript's first page, after its "Transkript" mark (the
 * document site's own title above it is no header of the minutes)? */
static int after_transcript_mark(const struct mnt_doc *d, size_t i)
{
    while (i > 0 && d->lines[i - 1].kind == MNT_LINE_BLANK)
        i--;
    return i > 0 && mnt_transcript_mark(&d->lines[i - 1]);
}

/* The offset of a participants' label (" Deltagere", " Til stede",
 * also as a field, "Til stede: Amina Yusuf (formand), …") in l after its
 * first words, or 0. */
static size_t before_participants(const struct mnt_line *l)
{
    static const char *const labels[] = {" deltagere", " til stede",
                                         " tilstede"};
    for (size_t i = 8; i < l->len; i++)
        for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
            size_t e = i + strlen(labels[k]);
            if (fold_prefix(l->s + i, l->len - i, labels[k]) > 0 &&
                e + 1 < l->len &&
                (l->s[e] == ' ' || (l->s[e] == ':' && l->s[e + 1] == ' ')))
                return i;
        }
    return 0;
}

/* Council named in the header: a field first, then the first line that
 * names one ("REFERAT Udsatterådet d. …", "møde i Rådet for Socialt
 * Udsatte"), then the first that names a council's meeting
 * ("Ældrerådsmøde": "Lokalrådet for Næstved Vestegn" further down is the
 * better name). Lines that repeat an item's title are the item's. Else
 * a breadcrumb's. */
static int council_from_header(const struct mnt_doc *d, size_t npre,
                               const struct mnt_meeting *m,
                               char out[MNT_NAME_MAX])
{
    size_t lim = npre > 0 ? npre : SCAN_LINES;
    if (lim > d->nlines)
        lim = d->nlines;
    /* the first item opens inside a line cut at its headings (a
     * flattened first page): the line's first piece, before any heading,
     * is the header's ("1 Odder Kommune Referat Miljø-, … Medlemmer: …") */
    if (npre > 0 && lim + 1 < d->nlines && d->lines[lim].cut &&
        d->lines[lim + 1].no == d->lines[lim].no &&
        d->lines[lim - 1].no != d->lines[lim].no)
        lim++;
    size_t za, zb; /* a hosting site's related documents: other councils' */
    mnt_other_docs(d, lim, &za, &zb);
    for (int pass = 0; pass < 4; pass++) {
        size_t seen = 0;
        for (size_t i = 0; i < lim && seen < HEADER_LINES; i++) {
            const struct mnt_line *l = &d->lines[i];
            /* a list of committees counts for no header line */
            if (l->kind != MNT_LINE_TEXT || mnt_in_council_list(d, i, lim) ||
                (i >= za && i < zb))
                continue;
            seen++;
            if (pass == 0) {
                if (mnt_council_field(d, i, lim, out))
                    return 1;
                continue;
            }
            if ((looks_like_item(l) &&
                 !((seen == 1 || after_transcript_mark(d, i)) &&
                   mnt_page_heading_end(l) > 0)) ||
                is_breadcrumb(l) || repeats_item_title(l, m) ||
                member_group(l) || represents_other(l))
                continue;
            if (pass == 1 && owner_board(l, out))
                return 1;
            /* "Børn og Unge - Referat", "Referat KB 12.3.2020" */
            if (pass == 3) {
                if (mnt_council_other(d, i, lim, out))
                    return 1;
                continue;
            }
            struct mnt_tally *t = calloc(1, sizeof *t);
            if (t == NULL)
                return 0;
            header_councils(l, pass == 2, t);
            /* a flattened page's head runs on into its participants,
             * whose organisations are councils by their nouns ("Referat
             * fra Agendaråds møde … Deltagere … Friluftsrådet …
             * Vandrådet"): the councils before the list */
            size_t cut = t->n >= 3 ? before_participants(l) : 0;
            if (cut > 0) {
                struct mnt_line head = *l;
                head.len = cut;
                memset(t, 0, sizeof *t);
                header_councils(&head, pass == 2, t);
            }
            /* three councils on one line: a menu or a list of links */
            int found = t->n > 0 && t->n < 3;
            const char *met = found ? mnt_committee_after(l, t) : NULL;
            if (found)
                snprintf(out, MNT_NAME_MAX, "%s",
                         met != NULL ? met : t->name[0]);
            free(t);
            if (found)
                return committee_below(d, i, lim, out), 1;
        }
    }
    return council_from_breadcrumb(d, lim, out);
}

/* "6.Høringssvar. Seniorrådet har afgivet …": a råd's own page writes
 * an item's minute on its heading's line after the title. The minute is
 * the item's text, naming the council that met as text does; its offset
 * in l, or l->len when the line holds none. */
static size_t minute_in_heading(const struct mnt_line *l)
{
    size_t i = 0;
    while (i < l->len && i < 3 && mnt_digit(l->s[i]))
        i++;
    if (i == 0 || i >= l->len || l->s[i] != '.')
        return l->len;
    i = mnt_skip_sp(l->s, l->len, i + 1);
    size_t cut = mnt_title_minute(l->s + i, l->len - i);
    return cut > 0 ? i + cut + 1 : l->len;
}

static int council_from_content(const struct mnt_doc *d, char out[MNT_NAME_MAX])
{
    struct mnt_tally *t = calloc(1, sizeof *t);
    if (t == NULL)
        return 0;
    /* Item headings name topics ("Orientering fra Ældrerådet"), not the
     * council that met; a transcript's page opening with its number ("3
     * 80 Godkendelse … Beslutning i Økonomiudvalget den : …") is a page,
     * not a heading: the decisions it holds name the council. So does
     * a piece cut out of such a page at a heading ("2. Regnskab …
     * Beslutning Byrådet den Godkendt."). */
    size_t za, zb; /* related documents name other meetings' councils */
    mnt_other_docs(d, d->nlines, &za, &zb);
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        /* a site's menu of committees names none that met */
        if (l->kind != MNT_LINE_TEXT || (i >= za && i < zb) ||
            mnt_in_council_list(d, i, d->nlines))
            continue;
        size_t from = !looks_like_item(l) || l->len >= MNT_FLAT_LINE || l->cut
                          ? 0
                          : minute_in_heading(l);
        if (from < l->len)
            mnt_councils_count_line(l->s + from, l->len - from, 0, 0, t);
    }
    const char *best = mnt_tally_best(t, NULL);
    if (best != NULL)
        snprintf(out, MNT_NAME_MAX, "%s", best);
    free(t);
    return best != NULL;
}

/* A råd's own page that names itself nowhere but in an item's title,
 * by the municipality's place ("2a. Behandling af udkast til ny vedtægt
 * for Rudersdal Seniorråd"): a council named with a place that stands for
 * a municipality is that municipality's own, and the only one the text
 * gives - better than the bare municipality. Only where no council was
 * found outside the headings (a topic's bare "Ældrerådet" stays none). */
static int council_placed_in_heading(const struct mnt_doc *d,
                                     char out[MNT_NAME_MAX])
{
    char place[MNT_NAME_MAX];
    for (size_t i = 0; i < d->nlines; i++) {
        const struct mnt_line *l = &d->lines[i];
        if (l->kind != MNT_LINE_TEXT || !looks_like_item(l))
            continue;
        struct mnt_tok prev = {NULL, 0}, t;
        size_t k = 0;
        while (mnt_tok_next(l->s, l->len, &k, &t)) {
            if (prev.s != NULL && mnt_tok_capital(&prev) &&
                prev.s + prev.n + 1 == t.s &&
                mnt_place_authority(prev.s, prev.n, place) &&
                mnt_council_noun(&t, 0, out))
                return 1;
            prev = t;
        }
    }
    return 0;
}

/* Is the first text line an item's heading ("1.       Valg af
 * borgmester")? */
static int opens_with_item(const struct mnt_doc *d)
{
    for (size_t i = 0; i < d->nlines; i++)
        if (d->lines[i].kind == MNT_LINE_TEXT)
            return looks_like_item(&d->lines[i]);
    return 0;
}

int mnt_council_find(const struct mnt_doc *d, size_t npre,
                     const struct mnt_meeting *m, char out[MNT_NAME_MAX],
                     int *from_header)
{
    *from_header = 1;
    char iso[11];
    /* a council every page's footer repeats with the meeting's date
     * beats a header that may be a flattened contents' titles */
    if (m != NULL && mnt_running_footer(d, m->date, out))
        return 1;
    /* a page that opens with its first item has no header: the body
     * its decisions name met, not the first council a sentence names
     * (two decisions at least, the one of a page of one item) */
    if (opens_with_item(d) &&
        mnt_council_decisions(d, m != NULL && m->nitems == 1 ? 1 : 2, out))
        return 1;
    if (council_from_header(d, npre, m, out)) {
        /* a letterhead naming the whole council over pages whose footer
         * names the committee that met */
        char foot[MNT_NAME_MAX];
        if (whole_council(out) && mnt_council_footer(d, foot) &&
            !whole_council(foot))
            memcpy(out, foot, strlen(foot) + 1);
        return 1;
    }
    if (m != NULL && m->date != NULL &&
        mnt_running_header(d, m->date, out, iso))
        return 1;
    *from_header = 0;
    /* a page with no header ("Referat" alone, stevns.dk as stored) names
     * the council that met where its first item approves the agenda,
     * before any council the items' text names */
    if (m != NULL && m->nitems > 0 && m->items[0].first_line > 0 &&
        mnt_council_agenda_approval(d, m->items[0].first_line - 1,
                                    m->items[0].last_line, out))
        return 1;
    return council_from_content(d, out) || council_placed_in_heading(d, out);
}
