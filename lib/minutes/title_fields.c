/* SPDX-License-Identifier: GPL-2.0-or-later */
/* title_fields.c - what stands around an item's title and is no part of
 * it: a case file's fields between a heading and its title ("Punkt: 12" /
 * "Acadre sagsnr.: …" / the title), in a flattened page the title after
 * them named by the table of contents, a journal number before it, the
 * meeting's answer after it on the same line. What is trimmed off once
 * the title is cut (a time slot, OCR specks): title_trim.c; the table
 * of contents' matching: title_toc.c. */
#include <stdint.h>
#include <string.h>

#include "minutes/segment_internal.h"

/* A case file's field label at a word start inside a flattened line
 * ends the heading too: "3. Salg af grunde, etape 2 J.nr.: G01 Sagsnr.:
 * …" (after a digit, so no lower-case word before the capital says so). */
/* "DIKEOL / 08/3208": a case handler's initials (two to eight capitals,
 * Æ, Ø and Å too: "ØKBUIT" is an economy department's), " / " and the
 * case's number - an SBSYS/Acadre PDF's field line without labels. */
static int initials_case_at(const char *s, size_t n)
{
    size_t caps, i = mnt_caps_run(s, n, 9, &caps);
    return caps >= 2 && caps <= 8 && i + 3 < n && s[i] == ' ' &&
           s[i + 1] == '/' && s[i + 2] == ' ' && mnt_digit(s[i + 3]);
}

/* "10/9310 Beslutningstema: …", "Orientering 10/11802": a case's number
 * without a label - a two-digit year, a slash, three to six digits -
 * standing alone before a capitalised word or the line's end (Svendborg's
 * PDFs print it after each title). "pr. 31/12" and "2015/16" are
 * shaped otherwise. A standing item's case of the year has a low number
 * ("Godkendelse af dagsorden 12/15 Godkendt."): two digits count when
 * they can be no month (13 to 99) nor a school year's second half, so
 * a date "31/12" stays a date and "skoleåret 13/14" a year.
 * Inside a flattened line only: a line of its own under a wrapped
 * heading is the case file's (titles.c reads those). */
int mnt_bare_case_at(const char *s, size_t n)
{
    if (n < 5 || !mnt_digit(s[0]) || !mnt_digit(s[1]) || s[2] != '/')
        return 0;
    size_t i = 3;
    while (i < n && mnt_digit(s[i]))
        i++;
    /* two digits: a month ("31/12") or a school year ("13/14") is
     * none */
    int low = (s[3] - '0') * 10 + (s[4] - '0');
    if (i - 3 == 2 &&
        (low <= 12 || low == (s[0] - '0') * 10 + (s[1] - '0') + 1))
        return 0;
    if (i - 3 < 2 || i - 3 > 6)
        return 0;
    return i == n || (s[i] == ' ' && mnt_starts_upper(s + i + 1, n - i - 1));
}

/* "Tilskud til klubhus Ø40/dwbkes 08/16112 Åben sag": a case file
 * printed with no labels - its filing code (one word holding a slash and
 * a letter: a KLE facet and the case handler's initials) before its bare
 * case number - after a title on a flattened page. A title names no such
 * code, so the code opens the case file, not the number after it. The
 * code's bytes and the space after it when s opens with one, 0 if not. */
size_t mnt_filing_code_at(const char *s, size_t n)
{
    size_t i = 0, slash = 0, letter = 0;
    while (i < n && i < 16 && s[i] != ' ') {
        slash += s[i] == '/';
        letter += mnt_ascii_letter(s[i]);
        i++;
    }
    if (slash != 1 || letter == 0 || i >= n || s[i] != ' ' || s[0] == '/' ||
        s[i - 1] == '/' || !(mnt_starts_upper(s, n) || mnt_digit(s[0])))
        return 0;
    return mnt_bare_case_at(s + i + 1, n - i - 1) ? i + 1 : 0;
}

/* "… Godkendelse af dagsorden Sag Dok Initialer: ALM Åbent": a case
 * file's labels "Sag" and "Dok" whose numbers a transcript lost, one
 * after the other, right before a labelled field: no title's words. */
static int bare_labels_before_field(const char *s, size_t n)
{
    static const char *const bare[] = {"Sag ", "Dok "};
    size_t i = 0, seen = 0;
    for (int more = 1; more;) {
        more = 0;
        for (size_t k = 0; k < sizeof bare / sizeof *bare; k++) {
            size_t b = strlen(bare[k]);
            if (n - i > b && memcmp(s + i, bare[k], b) == 0) {
                i = mnt_skip_sp(s, n, i + b);
                seen++;
                more = 1;
                break;
            }
        }
    }
    return seen >= 1 && i < n && fold_prefix(s + i, n - i, "Initialer:") > 0;
}

int mnt_field_word_at(const char *s, size_t n)
{
    /* "S00 13/712 Åben sag": a case file's fields without labels; "CHL
     * 44/2008 Formanden …": a committee's case code */
    if (initials_case_at(s, n) || mnt_journal_case_at(s, n) ||
        mnt_committee_case_at(s, n) > 0)
        return 1;
    static const char *const words[] = {
        "J.nr.", "J.nr:", "Sagsnr.:", "Sagsnr:", "Sagsid.:", "Sagsid:",
        "Dok.nr.:", "Initialer:", "Sagsbehandler:",
        /* the label spelt out (Horsens' "… Title Sagsnummer: 00.22…") */
        "Sagsnummer:",
        /* Gentofte's "Sags ID: EMN-2015-…", two words: after a title
         * that lost its year ("Det gode liv i Sags ID: EMN") "Sags" is
         * no name the preposition goes on with */
        "Sags ID:",
        /* the same label spaced, its number lost: "… 2007 J. nr Taksterne
         * …" (no title word reads "J. nr") */
        "J. nr ", "J. nr.", "J. nr:"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (fold_prefix(s, n, words[k]) > 0 ||
            mnt_spaced_colon_at(s, n, words[k]))
            return 1;
    /* a transcript that lost the numbers: "… Sagsnr J.nr Regnskabet",
     * "BUDGETSTATUS Sagsnr Dok.nr Sagsbeh. Ib Lund" - the bare label is
     * a field when the next word is another field's label */
    static const char *const bare_next[] = {"J.nr", "Dok.nr", "Sagsbeh",
                                            "Sagsid"};
    size_t b = fold_prefix(s, n, "Sagsnr ");
    for (size_t k = 0; b > 0 && k < sizeof bare_next / sizeof *bare_next; k++)
        if (fold_prefix(s + b, n - b, bare_next[k]) > 0)
            return 1;
    /* KMD's case cell: "… Title Journalnummer S02 / SagsID: Åben sag"
     * (Tønder 2006), the label spelt out before a slash and "SagsID:" */
    size_t jn = fold_prefix(s, n, "Journalnummer ");
    for (size_t k = jn; jn > 0 && k + 10 <= n && k < jn + 24; k++)
        if (memcmp(s + k, "/ SagsID:", 9) == 0)
            return 1;
    if (bare_labels_before_field(s, n))
        return 1;
    /* "Sagsnr. 09/8812 Sagsbehandler …", "Journalnr. 05.01" (no
     * colon): the label with a number right after it is the field, not
     * a word of the title (a title wrapped before its town's name lost,
     * "… daginstitution i" / "Journalnr. 05.01", goes on no further) */
    static const char *const numbered[] = {"Sagsnr. ", "Journalnr. ",
                                           "Journal nr. "};
    for (size_t j = 0; j < sizeof numbered / sizeof *numbered; j++) {
        size_t k = fold_prefix(s, n, numbered[j]);
        if (k > 0 && k < n && mnt_digit(s[k]))
            return 1;
    }
    /* "… venteliste 2014/2015 Sag nr. Resumé Musikskolen …": the label
     * whose number the transcript lost, right before the first section's
     * name, is still the case file's field (no title reads "Sag nr.
     * Resumé"); a title's own words run on up to it */
    static const char *const lost[] = {"Sag nr. ", "Sagsnr. "};
    for (size_t j = 0; j < sizeof lost / sizeof *lost; j++) {
        size_t k = fold_prefix(s, n, lost[j]);
        if (k > 0 && k < n && s[0] == 'S' && mnt_section_word_at(s + k, n - k))
            return 1;
    }
    /* "… Stensballe Sagsnummer 01.02.05-P16-4-15 Resume", "… temamøde Sag
     * 306-2015-1121 Dok. …": a label a transcript printed without its
     * colon before a case's number */
    static const char *const before_case[] = {"Sagsnummer ", "Sag "};
    for (size_t j = 0; j < sizeof before_case / sizeof *before_case; j++) {
        size_t k = fold_prefix(s, n, before_case[j]);
        if (k > 0 && k < n && s[0] == 'S' && mnt_case_word_at(s + k, n - k))
            return 1;
    }
    return 0;
}

/* "Journalnr. 17.00 Jegindø Efterskole …", "J.nr. Ø10 Efterretning":
 * a journal number printed between an item's number and its title (old
 * ESDH minutes) is the case file's, no part of the title. The bytes of
 * the label and its number (a word with a digit) before the title; 0
 * unless a title that opens with a letter follows. */
size_t mnt_lead_journal_len(const char *s, size_t n)
{
    static const char *const labels[] = {"Journalnr.", "Journal nr.", "J.nr.",
                                         "Jnr."};
    size_t i = 0;
    for (size_t k = 0; k < sizeof labels / sizeof *labels && i == 0; k++)
        i = fold_prefix(s, n, labels[k]);
    if (i == 0)
        return 0;
    if (i < n && s[i] == ':')
        i++;
    i = mnt_skip_sp(s, n, i);
    size_t w = i;
    int digit = 0;
    while (i < n && s[i] != ' ') {
        digit |= mnt_digit(s[i]);
        i++;
    }
    if (!digit || i - w > 24)
        return 0;
    i = mnt_skip_sp(s, n, i);
    uint32_t cp = 0;
    if (i >= n || utf8_decode(s + i, n - i, &cp) == 0 || !fold_is_letter(cp))
        return 0;
    return i;
}

/* "Ansøgninger fra landsbyerne - ÅBENT Tidl. politisk behandling …":
 * bytes of a status word in capitals that a heading prints after a
 * dash at s[i..n) (a word of its own: at the end or before a space),
 * which closes the title as "- LUKKET SAG" does; 0 if none. In capitals
 * only: "- Åben skole" is a title's. */
static size_t dash_status_len(const char *s, size_t i, size_t n)
{
    static const char *const marks[] = {"ÅBENT", "ÅBEN", "LUKKET"};
    if (i < 3 || s[i - 1] != ' ' || s[i - 2] != '-' || s[i - 3] != ' ')
        return 0;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t m = strlen(marks[k]);
        if (n - i >= m && memcmp(s + i, marks[k], m) == 0 &&
            (i + m == n || s[i + m] == ' '))
            return m;
    }
    return 0;
}

/* "Sag nr. 8 Sag fra: Anlægsregnskab for … T e k n is k U d v a lg
 * Journal nr.: …": the label of the field naming the committee that sent
 * the case, whose value a transcript moved after the title (it is set
 * in another font, see title_flat.c's spaced runs). The label is no part
 * of the title: the bytes of it and the spaces after it, 0 unless a
 * capitalised title follows. */
size_t mnt_lead_sender_len(const char *s, size_t n)
{
    size_t i = fold_prefix(s, n, "Sag fra:");
    if (i == 0)
        i = fold_prefix(s, n, "Sagen fra:");
    if (i == 0 || i >= n || s[i] != ' ')
        return 0;
    i = mnt_skip_sp(s, n, i);
    return i < n && mnt_starts_upper(s + i, n - i) ? i : 0;
}

/* "Lukket - Uddeling af prisen Lukket sag": a closed item's page holds
 * its heading and the status cell and nothing else, so the cell, as
 * printed (capitalised), ends the page's text. A title's own mark is
 * joined to it by a dash or a colon ("Køb af areal - Lukket sag") and
 * stays. */
static int status_cell_ends(const char *s, size_t i, size_t n)
{
    return i >= 3 && s[i - 2] != '-' && s[i - 2] != ':' &&
           mnt_status_cell_ends(s + i, n - i);
}

/* Does s open with one of the k closed marks (any case)? */
static int opens_closed(const char *s, size_t n, const char *const *marks,
                        size_t k)
{
    for (size_t j = 0; j < k; j++)
        if (fold_prefix(s, n, marks[j]) > 0)
            return 1;
    return 0;
}

/* Where a title at s[0..n) ends on a flattened page: before a case
 * file's field within 150 bytes ("Takster for svømmehallen Sagsnr.: …"),
 * or - a closed item's page, which has no fields - right after its
 * closed mark ("Køb af ejendom - LUKKET SAG Formandens initialer"). 0 if
 * neither. */
size_t mnt_title_before_field(const char *s, size_t n)
{
    static const char *const closed[] = {"Lukket sag", "Lukket punkt"};
    /* a heading may run past 150 bytes (an estimate, its budget area and
     * what a cut does to two service areas: 230); its case file's field
     * still closes it, so look that far */
    for (size_t i = 3; i < n && i < 250; i++) {
        if (s[i - 1] != ' ')
            continue;
        /* "N. Title Afbud: … Fraværende: …": an ESDH export's attendance
         * field under every heading of a flattened page ends it too, also
         * where the piece ends at its colon, cut before a numbered name
         * ("… (FOR LUKKEDE DØRE) Afbud: 1. Dan …") */
        size_t ab = fold_prefix(s + i, n - i, "Afbud:");
        if (mnt_field_word_at(s + i, n - i) ||
            (ab > 0 && (i + ab == n || s[i + ab] == ' ')) ||
            mnt_filing_code_at(s + i, n - i) > 0 ||
            mnt_case_word_at(s + i, n - i))
            return i - 1;
        /* "Godkendelse af dagsorden Åben sag Sagsnr.: …": the status
         * cell before the fields is no part of the title either */
        if (mnt_status_cell_at(s + i, n - i) || status_cell_ends(s, i, n))
            return i - 1;
        for (size_t k = 0; k < sizeof closed / sizeof *closed; k++) {
            size_t m = fold_prefix(s + i, n - i, closed[k]);
            /* "LUKKET SAG Salg af grund … Lukket sag Økonomiudvalget, …":
             * a title that opens with its mark is closed already; the
             * mark after it is the status cell */
            if (m > 0 && (i + m == n || s[i + m] == ' '))
                return opens_closed(s, n, closed, 2) ? i - 1 : i + m;
        }
        size_t d = dash_status_len(s, i, n);
        if (d > 0)
            return i + d;
    }
    return 0;
}

/* mnt_title_before_field(), or before a bare case number within 150
 * bytes ("Tilskud til koncerter 10/10455 Beslutningstema: …"), whichever
 * comes first; 0 if neither. */
size_t mnt_title_before_case(const char *s, size_t n)
{
    size_t f = mnt_title_before_field(s, n);
    for (size_t i = 3; i < n && i < 150 && (f == 0 || i <= f); i++)
        if (s[i - 1] == ' ' && mnt_bare_case_at(s + i, n - i))
            return i - 1;
    return f;
}

/* "Acadre sagsnr.:  17/10112", "Sagsforløb:  ØU - Åben sag",
 * "Journalnr.:": a case file's field - a label of one to three words
 * ending in a colon - opening line i. */
int mnt_line_is_field(const struct mnt_line *l)
{
    size_t words = 1;
    if (!mnt_starts_upper(l->s, l->len))
        return 0;
    for (size_t i = 1; i < l->len && i < 32; i++) {
        unsigned char ch = (unsigned char)l->s[i];
        if (ch == ':')
            return i + 1 == l->len || l->s[i + 1] == ' ' || l->s[i + 1] == '\t';
        if (ch == ' ' && ++words > 3)
            return 0;
        if (ch < 0x80 && ch != ' ' && ch != '.' && ch != '-' &&
            !mnt_ascii_letter((char)ch))
            return 0;
    }
    return 0;
}

/* A heading whose title is on a later line ("Punkt: 12") may have a
 * case file's fields between: two or more field lines at k are passed
 * over to the line after them. k itself otherwise. */
size_t mnt_skip_fields(const struct mnt_doc *d, size_t k, size_t end)
{
    size_t i = k, n = 0;
    while (i < end && mnt_line_is_field(&d->lines[i])) {
        n++;
        i = mnt_next_text(d, i, end, MNT_JOIN_GAP);
    }
    return n >= 2 ? i : k;
}

/* Is s[0..n) a field saying who came or not ("Fraværende", "Afbud")? A
 * narrower list than the attendance reader's keys: "Forvaltningen" or
 * "Fra sekretariatet" may open a real title. */
static int presence_label(const char *s, size_t n)
{
    static const char *const keys[] = {"Fraværende",
                                       "Fraværende med afbud",
                                       "Fraværende uden afbud",
                                       "Fravær",
                                       "Afbud",
                                       "Afbud fra",
                                       "Til stede",
                                       "Tilstede",
                                       "Ikke til stede",
                                       "Deltagere",
                                       "Mødedeltagere",
                                       "Fremmødte",
                                       "Deltog ikke",
                                       "Mødt",
                                       "Gæster"};
    return fold_among(s, n, keys, sizeof keys / sizeof *keys);
}

/* Does s[0..n) open with a decision or a nil answer as a whole word
 * ("godkendt.", "ingen", "Taget til efterretning")? */
static int answer_word_at(const char *s, size_t n)
{
    static const char *const words[] = {"godkendt",
                                        "godkendes",
                                        "ingen",
                                        "intet",
                                        "vedtaget",
                                        "tiltrådt",
                                        "anbefalet",
                                        "anbefales",
                                        "ok",
                                        "udsat",
                                        "taget til efterretning"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t m = fold_prefix(s, n, words[k]);
        if (m > 0 && (m == n || strchr(" .,;!", s[m]) != NULL))
            return 1;
    }
    return 0;
}

size_t mnt_title_answer(const char *s, size_t n)
{
    size_t c = 0, words = 1;
    while (c < n && c < 60 && s[c] != ':')
        words += s[c++] == ' ';
    if (c == 0 || c >= n || s[c] != ':' || words > 6 || c + 2 >= n ||
        s[c + 1] != ' ' || s[c - 1] == ' ')
        return 0;
    const char *a = s + c + 2;
    size_t an = n - c - 2;
    /* a date only after a label about a meeting ("Næste møde", "Ny
     * mødedato"): "Budgetopfølgning: 30. juni 2017" is a title */
    char iso[11];
    int meeting = 0;
    for (size_t i = 0; i + 4 <= c && !meeting; i++)
        meeting = fold_prefix(s + i, c - i, "møde") > 0 ||
                  fold_prefix(s + i, c - i, "dato") > 0;
    if (presence_label(s, c) || answer_word_at(a, an) ||
        (meeting && mnt_digit(a[0]) &&
         mnt_date_find(a, an < 24 ? an : 24, iso)))
        return c;
    return 0;
}

/* Is t one of the finite verbs a minute's sentence turns on ("blev",
 * "var", "har")? */
static int finite_verb(const struct mnt_tok *t)
{
    static const char *const verbs[] = {
        "er",    "var",  "blev",   "bliver",    "har",      "havde",  "kan",
        "kunne", "skal", "skulle", "vil",       "ville",    "får",    "fik",
        "gav",   "tog",  "tages",  "godkendes", "drøftede", "drøftes"};
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (mnt_tok_is(t, verbs[k]))
            return 1;
    return 0;
}

/* Is t a role a meeting gives someone ("referent", "ordstyrer")? */
static int role_word(const struct mnt_tok *t)
{
    static const char *const roles[] = {
        "formand",   "næstformand", "kasserer", "sekretær", "referent",
        "ordstyrer", "mødeleder",   "dirigent", "tovholder"};
    for (size_t k = 0; k < sizeof roles / sizeof *roles; k++)
        if (mnt_tok_is(t, roles[k]))
            return 1;
    return 0;
}

/* Is t a past participle a minute opens with after its subject
 * ("Dagsorden godkendt", "Lise valgt som mødeleder", "Jens genvalgt")? */
static int minute_participle(const struct mnt_tok *t)
{
    static const char *const words[] = {"valgt", "genvalgt", "udpeget",
                                        "konstitueret"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (mnt_tok_is(t, words[k]))
            return 1;
    return answer_word_at(t->s, t->n);
}

/* "Valget afholdes", "Lise orienterede", "Formanden fortalte": a verb in
 * the passive's -es or the past tense's -ede or -te after a capitalised
 * subject, in lower case and six letters or more (not "Hørsholm
 * Kommunes", capitalised; not "des"; not an ordinal or superlative in
 * -ste: "Den sidste"). */
static int inflected_verb(const struct mnt_tok *subject,
                          const struct mnt_tok *t)
{
    static const char *const adjectives[] = {"sidste",  "første",  "næste",
                                             "bedste",  "største", "mindste",
                                             "seneste", "eneste"};
    uint32_t cp = 0;
    utf8_decode(t->s, t->n, &cp);
    if (!mnt_tok_capital(subject) || !fold_is_lower(cp) || t->n < 6)
        return 0;
    for (size_t k = 0; k < sizeof adjectives / sizeof *adjectives; k++)
        if (mnt_tok_is(t, adjectives[k]))
            return 0;
    return memcmp(t->s + t->n - 2, "es", 2) == 0 ||
           memcmp(t->s + t->n - 2, "te", 2) == 0 ||
           memcmp(t->s + t->n - 3, "ede", 3) == 0;
}

/* Is s[0..n), after a title's comma or full stop, what the meeting said
 * rather than more of the title: a decision or nil answer ("godkendt",
 * "Ingen info"), a main clause whose verb comes second or third
 * ("mødet blev ikke afholdt", "Der var ingen bemærkninger", "Valget
 * afholdes …", "Lise orienterede …") - not a relative clause ("der
 * skal …", "som er …") - a subject and its participle ("Dagsorden
 * godkendt", "Lise valgt som mødeleder"), or after a comma a name and
 * the role it got ("Jørgen referent denne gang")? The words read stop at
 * the first sentence's end: "SSU, ØU. Seniorrådet har …" is a list of
 * committees after the comma, the clause only after the full stop. */
static int minute_after(const char *s, size_t n, int comma)
{
    static const char *const joins[] = {"der", "som",   "hvor",    "hvis",
                                        "når", "og",    "men",     "da",
                                        "så",  "fordi", "herunder"};
    struct mnt_tok t[3];
    size_t i = 0, nt = 0;
    for (size_t k = 0; k + 1 < n; k++)
        if (s[k] == '.' && s[k + 1] == ' ') {
            n = k;
            break;
        }
    while (nt < 3 && mnt_tok_next(s, n, &i, &t[nt]))
        nt++;
    if (nt == 0 || t[0].s != s)
        return 0; /* it opens with a word, not a sign */
    if (answer_word_at(s, n) && (comma ? nt <= 2 : 1))
        return 1;
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
        if (mnt_tok_is(&t[0], joins[k]) && comma)
            return 0;
    if ((nt > 1 && finite_verb(&t[1])) || (nt > 2 && finite_verb(&t[2])))
        return 1;
    if (!comma && nt > 1 &&
        (minute_participle(&t[1]) || inflected_verb(&t[0], &t[1])))
        return 1;
    return comma && nt > 1 && mnt_tok_capital(&t[0]) && role_word(&t[1]);
}

/* Does the word before the full stop at s[i] end a sentence: three
 * letters or more ("ordstyrer.", "råd."; not "v." nor "pr."), a name in
 * capitals ("ØU.", "SSU."), or a year ("… den 18. august 2022.")? */
static int sentence_word_before(const char *s, size_t i)
{
    size_t letters = 0, upper = 0, digits = 0, k = i;
    while (k > 0 && mnt_digit(s[k - 1]))
        k--, digits++;
    if (digits > 0)
        return digits == 4 && (k == 0 || s[k - 1] == ' ');
    while (k > 0) {
        uint32_t cp = 0;
        size_t b = utf8_prev(s, s + k, &cp);
        if (b == 0 || !fold_is_letter(cp))
            break;
        letters++, upper += fold_is_upper(cp) != 0, k -= b;
    }
    return letters >= 3 || (letters == 2 && upper == 2);
}

size_t mnt_title_minute(const char *s, size_t n)
{
    for (size_t i = 4; i + 3 < n; i++) {
        if (s[i + 1] != ' ' || (s[i] != ',' && s[i] != '.'))
            continue;
        /* a full stop ends a sentence before a capital only, after a
         * word that can end one ("v. Ingrid Holm", "pr. 31." do not) */
        if (s[i] == '.' && (!mnt_starts_upper(s + i + 2, n - i - 2) ||
                            !sentence_word_before(s, i)))
            continue;
        if (minute_after(s + i + 2, n - i - 2, s[i] == ','))
            return i;
    }
    return 0;
}

size_t mnt_field_after_title(const struct mnt_line *l, size_t off)
{
    size_t f = mnt_title_before_field(l->s + off, l->len - off);
    if (f < 8 || off + f >= l->len || l->s[off + f] != ' ')
        return 0; /* none, or nothing after it */
    for (size_t i = off + 1; i < off + f; i++) {
        /* "… (KFU) Åben sag Sagsid: …": the status cell before the
         * fields closes the heading; it is the case's, not the title's */
        if (l->s[i - 1] == ' ' && mnt_status_cell_at(l->s + i, l->len - i)) {
            size_t e = i - 1;
            while (e > off && l->s[e - 1] == ' ')
                e--;
            return e > off ? e : 0;
        }
        if (l->s[i] == ':' || ((l->s[i] == '.' || l->s[i] == '?') &&
                               i + 2 < off + f && l->s[i + 1] == ' ' &&
                               mnt_starts_upper(l->s + i + 2, f + off - i - 2)))
            return 0;
        if (l->s[i - 1] == ' ' && mnt_section_word_at(l->s + i, l->len - i))
            return 0;
    }
    size_t e = off + f;
    while (e > off && l->s[e - 1] == ' ')
        e--;
    return e;
}
