/* SPDX-License-Identifier: GPL-2.0-or-later */
/* proto.c - line protocol bytes: error codes, request line checks, URL
 * decoding, reply framing and parsing, JSON output helpers. */
#include "proto/proto.h"

#include <string.h>

#include "core/ascii.h"
#include "core/fold.h"
#include "core/parse.h"

static const char *const code_names[PROTO_CODE_COUNT] = {
    [PROTO_OK] = "ok",
    [PROTO_BAD_REQUEST] = "bad_request",
    [PROTO_UNKNOWN_COMMAND] = "unknown_command",
    [PROTO_BAD_QUERY] = "bad_query",
    [PROTO_LIMIT] = "limit",
    [PROTO_TOO_LARGE] = "too_large",
    [PROTO_NOT_FOUND] = "not_found",
    [PROTO_BUSY] = "busy",
    [PROTO_TIMEOUT] = "timeout",
    [PROTO_UNSUPPORTED] = "unsupported",
    [PROTO_INTERNAL] = "internal",
    [PROTO_UNAVAILABLE] = "unavailable",
};

const char *proto_code_name(enum proto_code code)
{
    if ((unsigned)code >= PROTO_CODE_COUNT)
        return "internal";
    return code_names[code];
}

enum proto_code proto_code_parse(const char *name, size_t len)
{
    for (int i = 0; i < PROTO_CODE_COUNT; i++)
        if (strlen(code_names[i]) == len &&
            memcmp(code_names[i], name, len) == 0)
            return (enum proto_code)i;
    return PROTO_INTERNAL;
}

int proto_code_http(enum proto_code code)
{
    switch (code) {
    case PROTO_OK:
        return 200;
    case PROTO_BAD_REQUEST:
    case PROTO_BAD_QUERY:
    case PROTO_LIMIT:
    case PROTO_UNSUPPORTED:
        return 400;
    case PROTO_UNKNOWN_COMMAND:
    case PROTO_NOT_FOUND:
        return 404;
    case PROTO_TOO_LARGE:
        return 413;
    case PROTO_TIMEOUT:
        return 408;
    case PROTO_BUSY:
    case PROTO_UNAVAILABLE:
        return 503;
    case PROTO_INTERNAL:
    case PROTO_CODE_COUNT:
        break;
    }
    return 500;
}

enum proto_code proto_code_from_err(int err_code, enum proto_code inval_code)
{
    switch (err_code) {
    case ERR_OK:
        return PROTO_OK;
    case ERR_INVAL:
        return inval_code;
    case ERR_LIMIT:
        return PROTO_LIMIT;
    case ERR_NOTFOUND:
        return PROTO_NOT_FOUND;
    case ERR_TIMEOUT:
        return PROTO_TIMEOUT;
    case ERR_UNAVAILABLE:
        return PROTO_UNAVAILABLE;
    default:
        return PROTO_INTERNAL;
    }
}

/* ---- Bytes ------------------------------------------------------------- */

int proto_line_check(const char *line, size_t len, struct err *e)
{
    if (len > PROTO_LINE_MAX)
        return err_set(e, ERR_LIMIT, "request line of <%zu> bytes, max <%d>",
                       len, PROTO_LINE_MAX);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)line[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return err_set(e, ERR_INVAL,
                           "control byte <0x%02x> at offset <%zu>", c, i);
    }
    if (!utf8_valid(line, len))
        return err_set(e, ERR_INVAL, "request is not valid UTF-8");
    return ERR_OK;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

void proto_line_split(const char *line, size_t len, const char **verb,
                      size_t *verb_len, const char **arg, size_t *arg_len)
{
    size_t i = 0;
    while (i < len && is_blank(line[i]))
        i++;
    size_t v = i;
    while (i < len && !is_blank(line[i]))
        i++;
    *verb = line + v;
    *verb_len = i - v;
    while (i < len && is_blank(line[i]))
        i++;
    size_t end = len;
    while (end > i && is_blank(line[end - 1]))
        end--;
    *arg = line + i;
    *arg_len = end - i;
}

size_t proto_count_words(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (!is_blank(s[i]) && (i == 0 || is_blank(s[i - 1])))
            n++;
    return n;
}

static int hexval(char c)
{
    if (ascii_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int proto_url_decode(const char *in, size_t len, int plus_space, size_t max,
                     struct buf *out, struct err *e)
{
    size_t start = out->len;
    for (size_t i = 0; i < len; i++) {
        char c = in[i];
        if (c == '%') {
            int hi = i + 2 < len ? hexval(in[i + 1]) : -1;
            int lo = i + 2 < len ? hexval(in[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                return err_set(e, ERR_INVAL, "bad percent escape at <%zu>", i);
            c = (char)(hi * 16 + lo);
            i += 2;
        } else if (c == '+' && plus_space) {
            c = ' ';
        }
        if (c == '\0')
            return err_set(e, ERR_INVAL, "NUL byte in parameter");
        if (out->len - start >= max)
            return err_set(e, ERR_LIMIT, "parameter longer than <%zu> bytes",
                           max);
        if (buf_putc(out, c) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory");
    }
    if (out->len > start && !utf8_valid(out->data + start, out->len - start))
        return err_set(e, ERR_INVAL, "parameter is not valid UTF-8");
    return ERR_OK;
}

int proto_form_walk(const char *qs, size_t len, proto_form_fn take, void *ctx,
                    struct err *e)
{
    struct buf key, val;
    buf_init(&key);
    buf_init(&val);
    int rc = ERR_OK;
    size_t i = 0;
    while (i < len && rc == ERR_OK) {
        const char *amp = memchr(qs + i, '&', len - i);
        size_t end = amp != NULL ? (size_t)(amp - qs) : len;
        const char *eq = memchr(qs + i, '=', end - i);
        size_t kend = eq != NULL ? (size_t)(eq - qs) : end;
        buf_reset(&key);
        buf_reset(&val);
        if (end > i) {
            rc = proto_url_decode(qs + i, kend - i, 1, 64, &key, e);
            if (rc == ERR_OK && eq != NULL)
                rc = proto_url_decode(eq + 1, end - kend - 1, 1, PROTO_LINE_MAX,
                                      &val, e);
            if (rc == ERR_OK && buf_reserve(&key, 0) != ERR_OK)
                rc = err_set(e, ERR_NOMEM, "out of memory");
            if (rc == ERR_OK)
                rc = take(ctx, key.data, &val, e);
        }
        i = end + 1;
    }
    buf_fini(&key);
    buf_fini(&val);
    return rc;
}

/* ---- Replies ----------------------------------------------------------- */

int proto_reply_ok(struct buf *out, const char *payload, size_t len)
{
    if (buf_printf(out, "OK %zu\n", len) != ERR_OK ||
        buf_append(out, payload, len) != ERR_OK ||
        buf_putc(out, '\n') != ERR_OK)
        return ERR_NOMEM;
    return ERR_OK;
}

/* Copy `msg` into `out` as one printable line of at most PROTO_MSG_MAX
 * bytes, not cutting a UTF-8 sequence. */
static size_t msg_clean(const char *msg, char *out)
{
    size_t n = 0, len = strlen(msg);
    const unsigned char *p = (const unsigned char *)msg;
    for (size_t i = 0; i < len;) {
        size_t k;
        uint32_t cp = utf8_next(p + i, len - i, &k);
        if (cp == UTF8_BAD)
            k = 0;
        if (k == 0 || fold_is_control(cp)) {
            if (n + 1 > PROTO_MSG_MAX)
                break;
            out[n++] = k == 0 ? '?' : ' ';
            i += k == 0 ? 1 : k;
            continue;
        }
        if (n + k > PROTO_MSG_MAX)
            break;
        memcpy(out + n, p + i, k);
        n += k;
        i += k;
    }
    out[n] = '\0';
    return n;
}

int proto_reply_err(struct buf *out, enum proto_code code, const char *msg)
{
    char clean[PROTO_MSG_MAX + 1];
    msg_clean(msg != NULL && *msg ? msg : proto_code_name(code), clean);
    return buf_printf(out, "ERR %s %s\n", proto_code_name(code), clean);
}

int proto_reply_parse(const char *line, size_t len, struct proto_reply *r,
                      struct err *e)
{
    memset(r, 0, sizeof *r);
    if (len >= 3 && memcmp(line, "OK ", 3) == 0) {
        uint32_t n;
        if (parse_u32n(line + 3, len - 3, &n, NULL) != ERR_OK)
            return err_set(e, ERR_INVAL, "bad reply length");
        if (n > PROTO_PAYLOAD_MAX)
            return err_set(e, ERR_LIMIT, "reply of <%u> bytes, max <%u>",
                           (unsigned)n, PROTO_PAYLOAD_MAX);
        r->ok = 1;
        r->len = n;
        return ERR_OK;
    }
    if (len >= 5 && memcmp(line, "ERR ", 4) == 0) {
        const char *c = line + 4, *end = line + len;
        const char *sp = memchr(c, ' ', (size_t)(end - c));
        size_t clen = (size_t)((sp != NULL ? sp : end) - c);
        if (clen == 0 || clen >= sizeof r->code_name)
            return err_set(e, ERR_INVAL, "bad error reply");
        memcpy(r->code_name, c, clen);
        r->code = proto_code_parse(c, clen);
        if (sp != NULL) {
            size_t mlen = (size_t)(end - sp - 1);
            if (mlen > PROTO_MSG_MAX)
                mlen = PROTO_MSG_MAX;
            memcpy(r->msg, sp + 1, mlen);
        }
        return ERR_OK;
    }
    return err_set(e, ERR_INVAL, "reply is neither OK nor ERR");
}

/* ---- JSON -------------------------------------------------------------- */

static int dump_cb(const char *s, size_t n, void *ctx)
{
    return buf_append(ctx, s, n) == ERR_OK ? 0 : -1;
}

int proto_json_append(const json_t *j, struct buf *out, struct err *e)
{
    if (json_dump_callback(j, dump_cb, out,
                           JSON_COMPACT | JSON_REAL_PRECISION(7)) != 0)
        return err_set(e, ERR_NOMEM, "cannot serialise JSON");
    if (buf_reserve(out, 0) != ERR_OK)
        return err_set(e, ERR_NOMEM, "out of memory");
    return ERR_OK;
}

int proto_error_json(enum proto_code code, const char *msg, struct buf *out)
{
    char clean[PROTO_MSG_MAX + 1];
    msg_clean(msg != NULL && *msg ? msg : proto_code_name(code), clean);
    json_t *j = json_pack("{s:{s:s,s:s}}", "error", "code",
                          proto_code_name(code), "message", clean);
    if (j == NULL)
        return ERR_NOMEM;
    int rc = proto_json_append(j, out, NULL);
    json_decref(j);
    return rc;
}

const char *proto_json_str(const json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}
