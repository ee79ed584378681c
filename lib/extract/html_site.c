/* SPDX-License-Identifier: GPL-2.0-or-later */
/* html_site.c - the page's own name for its publisher (ext_doc.site):
 * council pages often print the municipality only in the logo, the
 * breadcrumb or the address bar, all of which the walker drops as
 * furniture. The cues are gathered from the element stream instead. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/ascii.h"
#include "extract/readers_internal.h"

/* Bytes of cues kept; one cue at most HTML_CUE_MAX - 1. */
#define HTML_SITE_MAX  512
#define HTML_CUE_MAX   256
#define HTML_CRUMB_MAX 1024
/* Bytes of a footer read for its address. */
#define HTML_FOOTER_MAX 2048

static const char *attr(const unsigned char **a, const char *name)
{
    for (; a != NULL && a[0] != NULL; a += 2)
        if (strcasecmp((const char *)a[0], name) == 0)
            return a[1] != NULL ? (const char *)a[1] : "";
    return NULL;
}

/* "https://www.rudersdal.dk/politik" -> "rudersdal.dk"; 0 if no host. */
static size_t url_host(const char *url, char *out, size_t cap)
{
    const char *p = strstr(url, "://");
    if (p == NULL)
        return 0;
    p += 3;
    if (strncasecmp(p, "www.", 4) == 0)
        p += 4;
    size_t n = strcspn(p, "/:?#");
    if (n == 0 || n >= cap)
        return 0;
    memcpy(out, p, n);
    out[n] = '\0';
    return n;
}

static int has_ci(const char *v, const char *w)
{
    size_t n = strlen(w);
    for (; v != NULL && *v != '\0'; v++)
        if (strncasecmp(v, w, n) == 0)
            return 1;
    return 0;
}

static int mentions_logo(const char *v)
{
    return has_ci(v, "logo");
}

/* "Logo", "logo:": an alt text that names the picture, not its owner
 * (an Aula school page's header), is no cue. */
static int only_logo(const char *v)
{
    while (*v == ' ')
        v++;
    if (strncasecmp(v, "logo", 4) != 0)
        return 0;
    for (v += 4; *v != '\0'; v++)
        if (*v != ' ' && *v != ':' && *v != '.')
            return 0;
    return 1;
}

static int is_root_link(const unsigned char **a)
{
    const char *h = attr(a, "href");
    if (h == NULL)
        return 0;
    if (strcmp(h, "/") == 0 || strcmp(h, "./") == 0)
        return 1;
    const char *p = strstr(h, "://");
    if (p == NULL)
        return 0;
    p = strchr(p + 3, '/');
    return p != NULL && p[1] == '\0';
}

static size_t cue_of(const char *tag, const unsigned char **a, int in_root_link,
                     char *out, size_t cap)
{
    const char *v = NULL;
    if (cap == 0)
        return 0;
    out[0] = '\0';
    if (strcmp(tag, "meta") == 0) {
        const char *prop = attr(a, "property");
        if (prop == NULL)
            prop = attr(a, "name");
        if (prop != NULL && strcasecmp(prop, "og:url") == 0 &&
            (v = attr(a, "content")) != NULL)
            return url_host(v, out, cap);
        if (prop == NULL || strcasecmp(prop, "og:site_name") != 0)
            return 0;
        v = attr(a, "content");
    } else if (strcmp(tag, "link") == 0) {
        const char *rel = attr(a, "rel");
        if (rel == NULL || strcasecmp(rel, "canonical") != 0 ||
            (v = attr(a, "href")) == NULL)
            return 0;
        return url_host(v, out, cap);
    } else if (strcmp(tag, "img") == 0) {
        v = attr(a, "alt");
        if (!in_root_link && !mentions_logo(v) &&
            !mentions_logo(attr(a, "src")) &&
            !mentions_logo(attr(a, "class")) && !mentions_logo(attr(a, "id")))
            return 0;
    }
    if (v == NULL || only_logo(v))
        return 0;
    size_t n = strlen(v);
    if (n == 0 || n >= cap)
        return 0;
    memcpy(out, v, n + 1);
    return n;
}

static int is_crumb(const unsigned char **a)
{
    static const char *const keys[] = {"id", "class", "aria-label"};
    for (size_t i = 0; i < 3; i++) {
        const char *v = attr(a, keys[i]);
        if (has_ci(v, "crumb") || has_ci(v, "krumme"))
            return 1;
    }
    return 0;
}

char *html_one_line(const char *t, size_t n)
{
    struct ext_doc tmp;
    ext_doc_init(&tmp);
    char *out = NULL;
    struct ext_block *x = ext_add(&tmp, EXT_PARA, t != NULL ? t : "", n, NULL);
    if (x != NULL)
        out = x->text, x->text = NULL;
    ext_doc_fini(&tmp);
    return out;
}

static int add_cue(struct html_site *s, const char *cue, size_t n)
{
    if (n == 0 || s->cues.len + n + 3 > HTML_SITE_MAX)
        return ERR_OK;
    for (size_t i = 0; i + n <= s->cues.len; i++)
        if (strncasecmp(s->cues.data + i, cue, n) == 0)
            return ERR_OK;
    if ((s->cues.len > 0 && buf_puts(&s->cues, " | ") != ERR_OK) ||
        buf_append(&s->cues, cue, n) != ERR_OK)
        return ERR_NOMEM;
    return ERR_OK;
}

static int is_footer(const char *tag, const unsigned char **a)
{
    return strcmp(tag, "footer") == 0 || has_ci(attr(a, "id"), "footer") ||
           has_ci(attr(a, "class"), "footer");
}

/* "5610 Assens", "4800 Nykøbing F": a Danish postcode (1000-9990, no
 * digit right before) and the town's words after it, in t[0..n); its
 * length at *at, 0 if none. */
static size_t postcode_town(const char *t, size_t n, size_t *at)
{
    for (size_t i = 0; i + 6 < n; i++) {
        if ((i > 0 && ascii_digit(t[i - 1])) || t[i] < '1' || t[i] > '9' ||
            !ascii_digit(t[i + 1]) || !ascii_digit(t[i + 2]) ||
            !ascii_digit(t[i + 3]) || t[i + 4] != ' ')
            continue;
        unsigned char c = (unsigned char)t[i + 5];
        if (!(ascii_upper(c) || c == 0xC3))
            continue;
        /* the town: letters, blanks, '-' and '.', up to a separator */
        size_t e = i + 5;
        while (e < n &&
               ((unsigned char)t[e] >= 0x80 || ascii_upper(t[e]) ||
                ascii_lower(t[e]) || t[e] == ' ' || t[e] == '-' || t[e] == '.'))
            e++;
        /* a middle dot or other separator (U+00B7 …) is no letter */
        for (size_t k = i + 5; k + 1 < e; k++)
            if ((unsigned char)t[k] == 0xC2 || (unsigned char)t[k] == 0xE2) {
                e = k;
                break;
            }
        while (e > i + 5 && (t[e - 1] == ' ' || t[e - 1] == '-'))
            e--;
        if (e - i > 6) {
            *at = i;
            return e - i;
        }
    }
    return 0;
}

/* "Byrådsmedlem i Slagelse Kommune": a municipality the footer names
 * (a politician's or an association's site that says whose council it
 * writes about only there): the capitalised word before " Kommune" and
 * that word, in t[0..n); its length at *at, 0 if none. */
static size_t footer_kommune(const char *t, size_t n, size_t *at)
{
    static const char key[] = " Kommune";
    size_t kl = sizeof key - 1;
    for (size_t i = 1; i + kl <= n; i++) {
        if (memcmp(t + i, key, kl) != 0 ||
            (i + kl < n &&
             (ascii_lower(t[i + kl]) || (unsigned char)t[i + kl] >= 0x80)))
            continue;
        size_t b = i;
        while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '>' && t[b - 1] != '(')
            b--;
        unsigned char c = (unsigned char)t[b];
        /* a capital: A-Z, or Æ, Ø, Å (U+00C6, U+00D8, U+00C5) */
        int upper = ascii_upper(c) || (c == 0xC3 && b + 1 < i &&
                                       ((unsigned char)t[b + 1] == 0x86 ||
                                        (unsigned char)t[b + 1] == 0x98 ||
                                        (unsigned char)t[b + 1] == 0x85));
        if (!upper || i - b < 2)
            continue;
        *at = b;
        return i + kl - b;
    }
    return 0;
}

/* "klimaogplan@koege.dk": the host of an e-mail address the footer
 * gives (a committee's secretariat to write to, the page's only word of
 * whose it is), in t[0..n); its length at *at, 0 if none. A host has a
 * dot and a top-level domain of two characters or more. */
static size_t footer_mail_host(const char *t, size_t n, size_t *at)
{
    for (size_t i = 1; i + 1 < n; i++) {
        if (t[i] != '@' || t[i - 1] == ' ')
            continue;
        size_t e = i + 1, dot = 0;
        while (e < n && (ascii_letter(t[e]) || ascii_digit(t[e]) ||
                         t[e] == '-' || t[e] == '.'))
            e++;
        while (e > i + 1 && t[e - 1] == '.') /* the sentence's full stop */
            e--;
        for (size_t k = i + 1; k < e; k++)
            dot = t[k] == '.' ? k : dot;
        if (dot > i + 1 && e - dot > 2) {
            *at = i + 1;
            return e - i - 1;
        }
    }
    return 0;
}

int html_site_start(struct html_site *s, const char *tag,
                    const unsigned char **atts, struct html_site_mark *m)
{
    memset(m, 0, sizeof *m);
    m->crumb = (unsigned char)is_crumb(atts);
    s->ncrumb += m->crumb;
    m->footer = (unsigned char)is_footer(tag, atts);
    s->nfooter += m->footer;
    if (s->nfooter > 0 && s->footer.len > 0 &&
        s->footer.len < HTML_FOOTER_MAX &&
        buf_putc(&s->footer, ' ') != ERR_OK) /* elements part words */
        return ERR_NOMEM;
    if (strcmp(tag, "a") == 0) {
        m->root = (unsigned char)is_root_link(atts);
        s->nroot += m->root;
        if (s->ncrumb > 0 && s->crumb_state == 0)
            m->crumb_link = 1, s->crumb_state = 1;
        return ERR_OK;
    }
    char cue[HTML_CUE_MAX];
    size_t n = cue_of(tag, atts, s->nroot > 0, cue, sizeof cue);
    if (n > 0 && (strcmp(tag, "meta") == 0 || strcmp(tag, "link") == 0))
        s->named = 1;
    return add_cue(s, cue, n);
}

int html_site_end(struct html_site *s, const struct html_site_mark *m)
{
    s->nroot -= m->root;
    s->ncrumb -= m->crumb;
    s->nfooter -= m->footer;
    if (!m->crumb_link)
        return ERR_OK;
    /* the breadcrumb's first link ended */
    s->crumb_state = 2;
    char *t = html_one_line(s->crumb.data, s->crumb.len);
    buf_reset(&s->crumb);
    int rc = ERR_OK;
    if (t != NULL && !html_is_nav_phrase(t, strlen(t)))
        rc = add_cue(s, t, strlen(t));
    free(t);
    return rc;
}

void html_site_text(struct html_site *s, const char *t, size_t n)
{
    if (s->crumb_state == 1 && s->crumb.len + n <= HTML_CRUMB_MAX)
        buf_append(&s->crumb, t, n);
    if (s->nfooter > 0 && s->footer.len + n <= HTML_FOOTER_MAX)
        buf_append(&s->footer, t, n);
}

char *html_site_take(struct html_site *s)
{
    /* the publisher's address when nothing else names the site: a
     * youth house's or a lokalråd's page printing its town only there */
    size_t at, n = s->named || s->footer.len == 0
                       ? 0
                       : postcode_town(s->footer.data, s->footer.len, &at);
    /* else the municipality it names ("… i Slagelse Kommune") */
    if (n == 0 && !s->named && s->footer.len > 0)
        n = footer_kommune(s->footer.data, s->footer.len, &at);
    /* else the domain of the address it gives ("… @koege.dk") */
    if (n == 0 && !s->named && s->footer.len > 0)
        n = footer_mail_host(s->footer.data, s->footer.len, &at);
    if (n > 0 && n < HTML_CUE_MAX)
        (void)add_cue(s, s->footer.data + at, n); /* no memory: no cue */
    buf_fini(&s->footer);
    char *out =
        s->cues.len > 0 ? html_one_line(s->cues.data, s->cues.len) : NULL;
    buf_fini(&s->cues);
    buf_fini(&s->crumb);
    return out;
}
