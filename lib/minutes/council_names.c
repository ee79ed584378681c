/* SPDX-License-Identifier: GPL-2.0-or-later */
/* council_names.c - the councils a line names: each rule tried at each
 * word - "Rådet for …" and "Lokalrådet for …" (council_for.c), a council
 * noun with its compound parts (council_nouns.c) or a name kept as
 * printed (council_printed.c), a council named by a meeting
 * (council_meeting.c), KKR, a temporary committee, a logo's glued words,
 * "Seniorråd Øst"; menus and owners ("Byråd & politik", "Regionsrådets
 * Forretningsudvalg") and an attendee's council name none. For
 * council.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minutes/minutes_internal.h"

/* A council noun at token t of s, with its compound parts: "Kultur- og
 * Idrætsudvalget". Writes the name and returns 1, or returns 0. */
static int council_at(const char *s, const struct mnt_tok *t,
                      char out[MNT_NAME_MAX])
{
    if (mnt_council_printed(s, t, out))
        return 1;
    int caps = mnt_all_capitals(t->s, t->n);
    size_t at = (size_t)(t->s - s),
           start = mnt_council_compound_start(s, at, caps);
    char noun[MNT_NAME_MAX];
    if (!mnt_council_noun(t, start < at, noun))
        return 0;
    size_t pre = at - start, nn = strlen(noun);
    if (pre + nn >= MNT_NAME_MAX)
        pre = 0; /* a compound too long to be a name: keep the noun */
    if (caps && pre > 0 && mnt_all_capitals(s + start, pre))
        pre = mnt_caps_parts_case(s + start, pre, out);
    else
        memcpy(out, s + start + (at - start - pre), pre);
    memcpy(out + pre, noun, nn + 1);
    return 1;
}

/* "Danske Ældreråd(s)": the national association of the councils, no
 * council of the municipality that meets (a talk at its conference, a
 * tour to it), also where a flattened page runs an item's text into
 * the header. tok's council noun is named so when "Danske" stands right
 * before it. */
static int national_association(const char *s, const struct mnt_tok *tok)
{
    size_t at = (size_t)(tok->s - s), k = strlen("Danske ");
    return at >= k && memcmp(tok->s - k, "Danske ", k) == 0 &&
           (at == k || tok->s[-(ptrdiff_t)k - 1] == ' ');
}

/* "Byråd og udvalg", "Råd og nævn", "Byråd & politik": a site's menu,
 * not a council - a council noun in its indefinite form joined by "og"
 * or "&" to a word in lower case. `end` is the offset after the word. */
static int menu_label(const char *s, size_t n, size_t end)
{
    static const char *const tails[] = {" og udvalg", " og nævn", " og råd",
                                        " & udvalg"};
    static const char *const joins[] = {" og ", " & "};
    static const char *const indef[] = {"råd", "udvalg", "nævn"};
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
        size_t len = fold_prefix(s + end, n - end, tails[k]);
        uint32_t cp = 0;
        if (len > 0 && end + len < n)
            utf8_decode(s + end + len, n - end - len, &cp);
        if (len > 0 && !fold_is_letter(cp))
            return 1;
    }
    int noun = 0;
    for (size_t k = 0; k < sizeof indef / sizeof *indef; k++)
        noun |= mnt_ends_fold(s, end, indef[k]);
    for (size_t k = 0; noun && k < sizeof joins / sizeof *joins; k++) {
        size_t len = fold_prefix(s + end, n - end, joins[k]);
        uint32_t cp = 0;
        if (len > 0 && end + len < n)
            utf8_decode(s + end + len, n - end - len, &cp);
        if (len > 0 && fold_is_lower(cp))
            return 1;
    }
    return 0;
}

/* "Seniorråd Øst", "Lokalrådet Nord": one of a municipality's several
 * councils of a kind, told apart by the part of the municipality printed
 * after the noun; kept as printed (the noun alone would make them one
 * council). Only a noun standing alone (no compound before it, no
 * genitive). The length of the name from t, or 0. */
static size_t district_after(const char *s, size_t n, const struct mnt_tok *t,
                             const char *name)
{
    static const char *const parts[] = {"Nord", "Syd", "Øst", "Vest", "Midt"};
    char noun[MNT_NAME_MAX];
    size_t at = (size_t)(t->s - s), end = at + t->n;
    if (end + 1 >= n || s[end] != ' ' || t->s[t->n - 1] == 's' ||
        !mnt_council_noun(t, 0, noun) || strcmp(noun, name) != 0)
        return 0;
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++) {
        size_t pl = strlen(parts[k]), e = end + 1 + pl;
        if (e <= n && memcmp(s + end + 1, parts[k], pl) == 0 &&
            (e == n || !mnt_council_word_byte(s[e])))
            return e - at;
    }
    return 0;
}

/* "Regionsrådets Forretningsudvalg", "Kommunalbestyrelsens
 * Økonomiudvalg": a council in the genitive before another names whose
 * committee that is; the other is the council. `end` is after t. */
static int owner_of_next(const char *s, size_t n, size_t end,
                         const struct mnt_tok *t)
{
    struct mnt_tok next;
    char name[MNT_NAME_MAX];
    size_t j = end;
    return t->n > 1 && t->s[t->n - 1] == 's' && end < n && s[end] == ' ' &&
           mnt_tok_next(s, n, &j, &next) && next.s == s + end + 1 &&
           mnt_tok_capital(&next) && mnt_council_noun(&next, 0, name);
}

/* The end of a bracket opening at s[e] after spaces ("Byrådet (Teknisk
 * Udvalg)"), or 0 if none opens there. */
static size_t bracket_after(const char *s, size_t n, size_t e)
{
    size_t j = e;
    while (j < n && s[j] == ' ')
        j++;
    if (j >= n || s[j] != '(')
        return 0;
    for (size_t k = j + 1; k < n && k - j < MNT_NAME_MAX; k++)
        if (s[k] == ')')
            return k + 1;
    return 0;
}

#define GLUED_PARTS 8u /* words of a glued run looked at */

/* "MesingeLokalrådTræTil stede: …": a page's logo words glued to each
 * other and to its first line, one of them a council noun named by the
 * word before it - the council, "Mesinge Lokalråd" (kept as printed).
 * Writes it and returns 1, or returns 0. */
static int glued_council(const struct mnt_tok *tok, char out[MNT_NAME_MAX])
{
    size_t cut[GLUED_PARTS + 1], nc = 0;
    uint32_t prev = 0, cp;
    cut[nc++] = 0;
    for (size_t i = 0; i < tok->n;) {
        size_t k = utf8_decode(tok->s + i, tok->n - i, &cp);
        if (k == 0)
            return 0;
        if (i > 0 && fold_is_lower(prev) && fold_is_upper(cp)) {
            if (nc == GLUED_PARTS)
                return 0;
            cut[nc++] = i;
        }
        prev = cp;
        i += k;
    }
    cut[nc] = tok->n;
    for (size_t k = 1; k < nc; k++) {
        struct mnt_tok part = {tok->s + cut[k], cut[k + 1] - cut[k]};
        size_t before = cut[k] - cut[k - 1];
        char noun[MNT_NAME_MAX];
        /* the word before is a name, capitalised ("Mesinge"), not a
         * breadcrumb's year and glued arrow text ("Referater
         * 2017pilKontaktforum for handicap") */
        struct mnt_tok prev_part = {tok->s + cut[k - 1], before};
        if (before < 3 || before + 1 + part.n >= MNT_NAME_MAX ||
            !mnt_tok_capital(&prev_part) || !mnt_council_noun(&part, 0, noun))
            continue;
        /* "…pilSundhedsudvalgetpilSundhedsudvalget - Referat": a
         * breadcrumb's links glued by their arrow images' alt text; the
         * crumb before that repeats the council is no name of it */
        mnt_name_copy(noun, part.s, part.n);
        if (fold_prefix(tok->s + cut[k - 1], before, noun) > 0) {
            memcpy(out, noun, strlen(noun) + 1);
            return 1;
        }
        memcpy(out, tok->s + cut[k - 1], before);
        out[before] = ' ';
        memcpy(out + before + 1, part.s, part.n);
        out[before + 1 + part.n] = '\0';
        return 1;
    }
    return 0;
}

/* "Kultur- og Demokratiudvalget og Landdistriktsudvalget 23. september
 * 2019", "…, 23.09.2019": two committees holding one meeting together,
 * named as a pair where a heading or decision names the meeting - the
 * pair is followed by the line's end, a comma or a date (its day,
 * "den", "d." or its weekday first). `name`
 * is the first committee's (at token t); both must be "-udvalget"s (not
 * "Økonomiudvalget og Byrådet", a case's route). Writes the pair to out
 * and returns the offset after it, or 0. */
static size_t joint_committees(const char *s, size_t n, const struct mnt_tok *t,
                               const char *name, char out[MNT_NAME_MAX])
{
    size_t e = (size_t)(t->s + t->n - s), k = strlen(" og ");
    if (!mnt_ends_fold(name, strlen(name), "udvalget") || n - e <= k ||
        memcmp(s + e, " og ", k) != 0)
        return 0;
    size_t i = e + k;
    struct mnt_tok t2;
    char name2[MNT_NAME_MAX];
    if (!mnt_tok_next(s, n, &i, &t2) || t2.s != s + e + k ||
        !council_at(s, &t2, name2) ||
        !mnt_ends_fold(name2, strlen(name2), "udvalget") ||
        strlen(name2) != t2.n)
        return 0;
    size_t after = (size_t)(t2.s + t2.n - s), j = after;
    struct mnt_tok t3;
    /* the date's first word: its day, "den", "d." or a weekday
     * ("… Landdistriktsudvalget d. 29. 4. 2019", "… Mandag den …") */
    int closes = after == n || s[after] == ',' ||
                 (n - after > 1 && s[after] == ' ' &&
                  mnt_tok_next(s, n, &j, &t3) && t3.s == s + after + 1 &&
                  (mnt_digit(t3.s[0]) || mnt_date_word(t3.s, t3.n)));
    size_t l1 = strlen(name);
    if (!closes || l1 + k + t2.n >= MNT_NAME_MAX)
        return 0;
    memcpy(out, name, l1);
    memcpy(out + l1, " og ", k);
    memcpy(out + l1 + k, name2, t2.n + 1);
    return after;
}

/* The heads of mnt_council_head_for() (and, in the header, a temporary
 * committee's) anywhere in s, counted in t. */
static void count_heads(const char *s, size_t n, int header,
                        struct mnt_tally *t)
{
    for (size_t i = 0; i < n; i++) {
        /* the initials of mnt_council_head_for()'s heads: every byte is
         * tried */
        size_t len = s[i] != '\0' && strchr("URNKBF", s[i]) != NULL
                         ? mnt_council_head_for(s, n, i)
                         : 0;
        /* a temporary committee, named in the header only */
        int adhoc = 0;
        if (len == 0 && header &&
            (s[i] == '\xC2' || s[i] == 'm' || s[i] == 'M' || s[i] == 'd' ||
             s[i] == 'D'))
            adhoc = (len = mnt_adhoc_council(s, n, i)) > 0;
        if (len > 0 && len < MNT_NAME_MAX) {
            char name[MNT_NAME_MAX];
            mnt_name_copy(name, s + i, len);
            if (adhoc)
                mnt_adhoc_case(name);
            mnt_council_caps_case(name);
            mnt_capitalise(name);
            mnt_tally_add(t, name, strlen(name), 1, header);
            i += len;
        }
    }
}

/* A council named at tok by no council noun of its own ("KKR Sjælland", a
 * meeting's noun, "mødet i byrådet", a name glued to the word before it in
 * the header): counted in t, *i moved past it; 0 if none. */
static int nounless_council(const char *s, size_t n, const struct mnt_tok *tok,
                            int header, int meetings, size_t *i,
                            struct mnt_tally *t)
{
    char name[MNT_NAME_MAX];
    size_t len = mnt_kkr_at(s, n, tok, name);
    if (len == 0) {
        if (meetings && mnt_meeting_noun(tok, name)) {
            mnt_tally_add(t, name, strlen(name), 1, header);
            return 1;
        }
        len = mnt_lower_meeting_council(s, n, tok, name);
        if (len == 0)
            len = mnt_held_meeting_council(s, n, tok, name);
    }
    if (len > 0) {
        mnt_tally_add(t, name, strlen(name), 1, header);
        *i = (size_t)(tok->s - s) + len;
        return 1;
    }
    if (header && glued_council(tok, name)) {
        mnt_tally_add(t, name, strlen(name), 1, header);
        return 1;
    }
    return 0;
}

/* The council whose noun council_at() found at tok (name), counted in t
 * whole: a district after it, a joint council "for" places, two
 * committees joined, or the words mnt_council_noun_for() reads; *i moved
 * past what was read. */
static void count_named(const char *s, size_t n, const struct mnt_tok *tok,
                        const char *name, int header, size_t *i,
                        struct mnt_tally *t)
{
    size_t dl = district_after(s, n, tok, name);
    if (dl > 0) {
        mnt_tally_add(t, tok->s, dl, 1, header);
        *i = (size_t)(tok->s - s) + dl;
        return;
    }
    size_t from = mnt_council_joint_at(s, n, tok, name);
    if (from < n) {
        size_t end = mnt_joint_places(
            s, n, (size_t)(tok->s + tok->n - s) + strlen(" for "), NULL, NULL,
            NULL);
        mnt_tally_add(t, s + from, end - from, 1, header);
        *i = end;
        return;
    }
    char pair[MNT_NAME_MAX];
    size_t pair_end = joint_committees(s, n, tok, name, pair);
    if (pair_end > 0) {
        mnt_tally_add(t, pair, strlen(pair), 1, header);
        *i = pair_end;
        return;
    }
    size_t len = mnt_council_noun_for(s, n, tok, name);
    if (len > 0)
        mnt_tally_add(t, tok->s, len, 1, header);
    else
        mnt_tally_add(t, name, strlen(name), 1, header);
}

void mnt_councils_count_line(const char *s, size_t n, int header, int meetings,
                             struct mnt_tally *t)
{
    char name[MNT_NAME_MAX];
    size_t key = SIZE_MAX;  /* mnt_after_person()'s, once for the line */
    size_t bracket_end = 0; /* an attendee's bracket ends before it */
    count_heads(s, n, header, t);
    size_t i = 0;
    struct mnt_tok tok;
    while (mnt_tok_next(s, n, &i, &tok)) {
        if (nounless_council(s, n, &tok, header, meetings, &i, t))
            continue;
        if (!council_at(s, &tok, name) || (size_t)(tok.s - s) < bracket_end ||
            national_association(s, &tok))
            continue;
        /* "Eva Lund, Ældrerådet": an attendee's council, not this one;
         * so is the committee in brackets after it ("Egon Sandahl, Byrådet
         * (Social- og Sundhedsudvalget)") */
        if (mnt_after_person(s, n, (size_t)(tok.s - s), &key)) {
            bracket_end = bracket_after(s, n, (size_t)(tok.s + tok.n - s));
            continue;
        }
        if (menu_label(s, n, i) || owner_of_next(s, n, i, &tok) ||
            (!header && mnt_recommended_to(s, (size_t)(tok.s - s))))
            continue;
        count_named(s, n, &tok, name, header, &i, t);
    }
}
