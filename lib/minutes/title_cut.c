/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_cut.c - for titles.c, title_flat.c and chain.c: the pieces a flattened
 * page (a PDF page read as one line) is cut into at its headings. The running
 * footer that ends every page's line, whether a heading's piece holds
 * text after its title, a heading cut after its case file's fields,
 * its title opening the next piece, and the title cut out of its line
 * (mnt_cut_title). Where the title itself ends inside the line is
 * title_flat.c's. */
#include <stdlib.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* How many text lines of d end in the word-started tail[0..tl) (a space
 * right before it), counting up to enough; a line ending at skip_end (the
 * text the tail was taken from) is not counted. Both footer finders
 * below count with it. */
static size_t lines_ending_with(const struct mnt_doc *d, const char *tail,
                                size_t tl, const char *skip_end, size_t enough)
{
    size_t seen = 0;
    for (size_t i = 0; i < d->nlines && seen < enough; i++) {
        const struct mnt_line *o = &d->lines[i];
        if (o->kind == MNT_LINE_TEXT && o->len > tl &&
            o->s + o->len != skip_end && o->s[o->len - tl - 1] == ' ' &&
            memcmp(o->s + o->len - tl, tail, tl) == 0)
            seen++;
    }
    return seen;
}

/* Where the running footer a transcript prints at the end of every
 * page's line starts in l ("… 10. Eventuelt. Norddjurs Kommune": the
 * last two words, a municipality's name, ending three or more lines);
 * l->len if none. */
size_t mnt_footer_start(const struct mnt_parser *p, const struct mnt_line *l)
{
    size_t b = l->len, words = 0;
    while (b > 0 && words < 2) {
        while (b > 0 && l->s[b - 1] == ' ')
            b--;
        while (b > 0 && l->s[b - 1] != ' ')
            b--;
        words++;
    }
    size_t fl = l->len - b;
    /* the publisher's name ("Norddjurs Kommune"), not a status that
     * ends the lines of closed items ("… - Lukket punkt") */
    if (words < 2 || b == 0 || fl < 8 || !mnt_starts_upper(l->s + b, fl) ||
        l->len - b < 7 || memcmp(l->s + l->len - 6, "ommune", 6) != 0)
        return l->len;
    /* l ends the same way too, so three lines are l and two others */
    return lines_ending_with(&p->doc, l->s + b, fl, NULL, 3) >= 3 ? b : l->len;
}

/* The length of s[0..n) - a page's line or its end - without the running
 * footer a transcript prints at the end of every page ("… Evt Haderslev
 * Kommune, Gåskærgade 26, 6100 Haderslev"): the longest tail of 12 to
 * 120 bytes, from a word's start, that ends two or more other text lines
 * too. A footer is furniture, no part of the last entry or text. */
size_t mnt_running_tail(const struct mnt_doc *d, const char *s, size_t n)
{
    for (size_t b = n > 120 ? n - 120 : 1; b + 12 <= n; b++) {
        if (s[b - 1] != ' ' || s[b] == ' ')
            continue;
        size_t seen = lines_ending_with(d, s + b, n - b, s + n, 2);
        while (seen >= 2 && b > 0 && s[b - 1] == ' ')
            b--;
        if (seen >= 2)
            return b;
    }
    return n;
}

/* A transcript prints a page's number at the start of its line and the
 * page's footer, the same number, at its end ("2 7. Budget … 9.
 * Eventuelt 2"): where l ends such a line, the number is furniture, no
 * part of the last title or text. l's text lies in d->text (the lines
 * and the pieces cut from them do). */
size_t mnt_page_tail_start(const struct mnt_doc *d, const struct mnt_line *l)
{
    const char *b = l->s, *e = l->s + l->len, *end = d->text + d->len;
    if (l->s < d->text || e > end)
        return l->len;
    while (b > d->text && b[-1] != '\n')
        b--;
    const char *a = e;
    while (a < end && (*a == ' ' || *a == '\r'))
        a++;
    size_t pn = mnt_page_number_len(b, (size_t)(e - b));
    if ((a < end && *a != '\n') || pn == 0 || l->len < pn + 1 ||
        (size_t)(e - b) < 2 * pn + 1)
        return l->len;
    size_t dl = pn - 1, n = l->len - dl;
    if (l->s[n - 1] != ' ' || memcmp(l->s + n, b, dl) != 0)
        return l->len;
    while (n > 0 && l->s[n - 1] == ' ')
        n--;
    return n;
}

int mnt_cut_has_text(const struct mnt_parser *p, const struct mnt_cand *c)
{
    const struct mnt_line *l = &p->doc.lines[c->line];
    size_t off = c->title_off;
    if (!l->cut || off >= l->len || c->title_end > 0)
        return 0;
    size_t al = mnt_agenda_title_len(p, c, l->s + off, l->len - off);
    size_t end = al > 0 ? off + al : mnt_flat_end(p, l, off);
    return mnt_skip_sp(l->s, l->len, end) < l->len;
}

/* Does the cut piece l hold nothing but a case file's fields from off
 * ("Acadre sagsnr.: 17/09876 Journalnr.: S00 … Sagsbehandler: Per
 * Holm")? It opens with a field, holds two or more, and the last
 * field's value is a name of at most three words: the reader cut the
 * flattened page before the title, which opens the next piece. */
static int fields_only(const struct mnt_line *l, size_t off)
{
    struct mnt_line f = {.s = l->s + off, .len = l->len - off};
    size_t colons = 0, last = 0, words = 0;
    if (off >= l->len || !mnt_line_is_field(&f))
        return 0;
    for (size_t i = off; i < l->len; i++)
        if (l->s[i] == ':' && (i + 1 == l->len || l->s[i + 1] == ' '))
            colons++, last = i + 1;
    if (colons < 2)
        return 0;
    for (size_t i = last; i < l->len; i++)
        if (l->s[i] != ' ' && (i == last || l->s[i - 1] == ' '))
            words++;
    return words <= 3;
}

size_t mnt_title_after_fields(const struct mnt_parser *p, size_t first,
                              size_t end, size_t off, size_t *len)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[first];
    if (!l->cut || !fields_only(l, off))
        return end;
    size_t k = mnt_next_text(d, first, end, MNT_JOIN_GAP);
    if (k >= end || !mnt_starts_upper(d->lines[k].s, d->lines[k].len))
        return end;
    *len = mnt_flat_end(p, &d->lines[k], 0);
    return *len > 0 ? k : end;
}

/* Is s[0..n) a capitalised word (a name's part: "Vig", "Holm-Due")? Its
 * length in *w. */
static int cap_word(const char *s, size_t n, size_t *w)
{
    size_t k = 0;
    while (k < n && s[k] != ' ')
        k++;
    *w = k;
    return k >= 2 && s[k - 1] != ':' && s[k - 1] != '.' && s[k - 1] != ',' &&
           mnt_starts_upper(s, k);
}

/* A flattened piece that opens with a case file's fields and no table
 * of contents to name its title ("Punkt: 1 Acadre sagsnr.: 17/11408 …
 * Sagsbehandler: Gerda Moll Meddelelser Baggrund Borgmesteren …"): the
 * fields end with the case handler's name, two capitalised words (a
 * third when a capitalised word other than a section's name follows
 * it); the title is the words after it up to the item's first section.
 * Its start and end in *at, *end; 0 if the piece does not read so. */
int mnt_title_after_handler(const struct mnt_line *l, size_t off, size_t *at,
                            size_t *end)
{
    static const char label[] = "Sagsbehandler: ";
    struct mnt_line f = {.s = l->s + off, .len = l->len - off};
    size_t lim = off + 400 < l->len ? off + 400 : l->len, h = 0, w;
    if (off >= l->len || !mnt_line_is_field(&f))
        return 0;
    for (size_t i = off; i + sizeof label - 1 < lim && h == 0; i++)
        if ((i == off || l->s[i - 1] == ' ') &&
            fold_prefix(l->s + i, lim - i, label) == sizeof label - 1)
            h = i + sizeof label - 1;
        else if ((i == off || l->s[i - 1] == ' ') &&
                 mnt_section_word_at(l->s + i, lim - i))
            return 0; /* a section before the handler: no such fields */
    size_t k = h;
    for (int part = 0; h > 0 && part < 3; part++) {
        if (!cap_word(l->s + k, lim - k, &w))
            return 0;
        size_t nx = mnt_skip_sp(l->s, lim, k + w), wk = w;
        /* the third word is the name's only when the title follows it,
         * and never in capitals: a title set so opens there ("Ulla Ring
         * TRAFIKSIKKERHEDSPLAN FOR SKOLEVEJENE Baggrund …") */
        if (part == 2 && (!cap_word(l->s + nx, lim - nx, &w) ||
                          mnt_section_word_at(l->s + nx, lim - nx) ||
                          mnt_all_capitals(l->s + k, wk)))
            break;
        k = nx;
    }
    if (h == 0 || k >= lim || !mnt_starts_upper(l->s + k, lim - k))
        return 0;
    for (size_t i = k + 1; i < lim; i++) {
        if (l->s[i] == ':')
            return 0; /* another field: the name was no field's last */
        if (l->s[i - 1] == ' ' && mnt_section_word_at(l->s + i, lim - i)) {
            size_t e = i;
            while (e > k && l->s[e - 1] == ' ')
                e--;
            *at = k, *end = e;
            return 1;
        }
    }
    return 0;
}

/* Where the next page's line goes on with a title the page break
 * wrapped: after its page's number, with a word ("5 boliger ved
 * Englandsvej Åben sag …", "4 Nordby Åben sag …") or a date's digits
 * ("9 15.5.2013 Åben sag …"), never a heading's "4. Title"; the
 * continuation's start, or 0. */
static size_t wrapped_on_at(const struct mnt_line *o)
{
    size_t a = 0;
    while (a < o->len && a < 3 && mnt_digit(o->s[a]))
        a++;
    if (a == 0 || a >= o->len || o->s[a] != ' ')
        return 0;
    a = mnt_skip_sp(o->s, o->len, a);
    size_t q = a;
    while (q < o->len && mnt_digit(o->s[q]))
        q++;
    uint32_t cp = 0;
    if (a < o->len)
        utf8_decode(o->s + a, o->len - a, &cp);
    int date =
        q > a && q + 1 < o->len && o->s[q] == '.' && mnt_digit(o->s[q + 1]);
    return fold_is_letter(cp) || date ? a : 0;
}

int mnt_title_over_page(const struct mnt_parser *p, size_t li, size_t end,
                        size_t off, size_t te, char **out)
{
    const struct mnt_doc *d = &p->doc;
    const struct mnt_line *l = &d->lines[li];
    size_t b = l->len;
    while (b > off && mnt_digit(l->s[b - 1]))
        b--;
    /* the title ran to the page's number (or up to it: the number the
     * page's line opens with, mnt_page_tail_start), after a word no title
     * ends in */
    if ((te != l->len && te != mnt_page_tail_start(d, l)) || b == l->len ||
        l->len - b > 3 || b <= off + 1 || l->s[b - 1] != ' ' ||
        !mnt_after_small_word(l->s + off, b - 1 - off))
        return 0;
    size_t k = mnt_next_text(d, li, end, MNT_JOIN_GAP);
    size_t a = k < end ? wrapped_on_at(&d->lines[k]) : 0;
    size_t e = a > 0 ? mnt_flat_end(p, &d->lines[k], a) : 0;
    if (a == 0 || e <= a || e - a > 100)
        return 0;
    struct mnt_line head = *l, tail = d->lines[k];
    head.len = b - 1, tail.len = e;
    char *h = mnt_clean_oneline(&head, 1, off),
         *t = mnt_clean_oneline(&tail, 1, a);
    size_t hn = h != NULL ? strlen(h) : 0, tn = t != NULL ? strlen(t) : 0;
    *out = h != NULL && t != NULL ? malloc(hn + tn + 2) : NULL;
    if (*out != NULL) {
        memcpy(*out, h, hn);
        (*out)[hn] = ' ';
        memcpy(*out + hn + 1, t, tn + 1);
    }
    free(h);
    free(t);
    return 1;
}

int mnt_cut_title(const struct mnt_parser *p, const struct mnt_cand *c,
                  size_t end, size_t off, struct mnt_title_at *at, char **out)
{
    const struct mnt_doc *d = &p->doc;
    size_t first = c->line;
    const struct mnt_line *l = &d->lines[first];
    struct mnt_line cut = *l;
    size_t ts = off, te = 0;
    size_t al = mnt_agenda_title_len(p, c, l->s + off, l->len - off);
    /* "Pkt. 4 - ØU Boligselskabet Engtoften, …": the title ends
     * where the contents' entry, which leaves out the sending
     * committee's code, ends; the code is cut off with the others'
     * (mnt_titles_drop_committee_codes) */
    size_t code = mnt_toc_code_len(p, l->s + off, l->len - off);
    /* "Punkt: 2 Acadre sagsnr.: … Sagsbehandler: Per Holm" cut off
     * before its title: the title opens the next piece */
    size_t fk = c->title_end == 0 && al == 0
                    ? mnt_title_after_fields(p, first, end, off, &te)
                    : end;
    if (fk < end) {
        cut = d->lines[fk], cut.len = te;
        at->body = fk, at->skip0 = mnt_skip_sp(cut.s, d->lines[fk].len, te);
        *out = mnt_clean_oneline(&cut, 1, 0);
        return *out != NULL ? ERR_OK : ERR_NOMEM;
    }
    if (c->title_end == 0 && al == 0 &&
        (mnt_toc_named_title(p, l, off, &ts, &te) ||
         mnt_title_after_handler(l, off, &ts, &te)))
        cut.len = te, off = ts;
    else
        cut.len = c->title_end > 0 ? c->title_end
                  : al > 0         ? off + al
                                   : mnt_flat_end(p, l, off + code);
    size_t ft = mnt_footer_start(p, l); /* never into the footer */
    cut.len = ft > off && cut.len > ft ? ft : cut.len;
    /* a title the page break wrapped onto the next page's line */
    if (c->title_end == 0 &&
        mnt_title_over_page(p, first, end, off, cut.len, out))
        return *out != NULL ? ERR_OK : ERR_NOMEM;
    if (c->title_end == 0 && cut.len < l->len)
        at->body = first, at->skip0 = mnt_skip_sp(l->s, l->len, cut.len);
    /* "242. Lukket sag Personalesag (Lukket sag)": where open items
     * print their journal number a closed one prints its status,
     * which its bracketed status after the title repeats */
    size_t ps = mnt_skip_sp(l->s, l->len, cut.len);
    size_t lead =
        cut.len > off ? mnt_lead_status_len(l->s + off, cut.len - off) : 0;
    if (lead > 0 && mnt_paren_status_len(l->s + ps, l->len - ps) > 0)
        off += lead;
    *out = mnt_clean_oneline(&cut, 1, off);
    if (*out != NULL && l->cut)
        mnt_join_wrapped(*out);
    /* "85. Kl. 16.15: Dialogmøde med …" on a flattened page: the
     * programme's slot, a web page's button label glued on ("…
     * dagsordenÅbn/luk punkt"), an anchor glyph go as from a heading
     * line's title */
    if (*out != NULL)
        mnt_trim_title(*out);
    return *out != NULL ? ERR_OK : ERR_NOMEM;
}
