/* SPDX-License-Identifier: GPL-2.0-or-later */
/* work.c - the workbench subcommands: referat timeline|export|kwic|terms|
 * similar|coverage. Each is one request (export: one per page of rows)
 * over the line protocol, printed as a table or passed through as CSV /
 * JSON lines. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "client.h"
#include "conf/conf.h"
#include "core/utf8.h"

struct wopts {
    const char *host, *port;
    char listen_host[80], listen_port[8]; /* from [referatd] listen */
    struct proto_work w;
    int json, csv, color;
    double timeout;
};

static void work_usage(FILE *out)
{
    fprintf(out,
            "usage: referat timeline [options] [QUERY...]\n"
            "       referat export   [options] [QUERY...] [--csv|--jsonl]\n"
            "       referat kwic     [options] QUERY...\n"
            "       referat terms    [options] QUERY...\n"
            "       referat similar  [options] ID\n"
            "       referat coverage [options]\n"
            "\n"
            "  timeline   matching items per council and period, with the\n"
            "             items indexed, per 100 items and a sparkline\n"
            "  export     every matching item (CSV by default)\n"
            "  kwic       each occurrence with its context (concordance)\n"
            "  terms      words over-represented in the matching items\n"
            "  similar    items like item ID, other meetings\n"
            "  coverage   what the index holds per council\n"
            "\n"
            "  --host H --port P --timeout S   as for a search\n"
            "  --config FILE                   as for a search: [referat]\n"
            "                                  host, port, timeout; else\n"
            "                                  [referatd] listen\n"
            "  --council C --from D --to D     filters, as for a search\n"
            "  --by year|quarter|month         timeline periods [year]\n"
            "  --csv / --jsonl                 CSV or JSON lines out\n"
            "  --bom                           export: UTF-8 BOM (Excel)\n"
            "  --width N                       kwic: words each side [8]\n"
            "  --sort left|right|date          kwic order\n"
            "  --limit N --offset N            lines, terms or hits\n"
            "  --json                          the daemon's JSON unchanged\n"
            "An empty QUERY (timeline, export) means every item.\n");
}

enum {
    W_HOST = 256,
    W_PORT,
    W_COUNCIL,
    W_FROM,
    W_TO,
    W_BY,
    W_CSV,
    W_JSONL,
    W_BOM,
    W_WIDTH,
    W_SORT,
    W_LIMIT,
    W_OFFSET,
    W_JSON,
    W_TIMEOUT,
    W_NO_COLOR,
    W_CONFIG,
};

static const struct option wlong[] = {
    {"host", required_argument, NULL, W_HOST},
    {"port", required_argument, NULL, W_PORT},
    {"council", required_argument, NULL, W_COUNCIL},
    {"from", required_argument, NULL, W_FROM},
    {"to", required_argument, NULL, W_TO},
    {"by", required_argument, NULL, W_BY},
    {"csv", no_argument, NULL, W_CSV},
    {"jsonl", no_argument, NULL, W_JSONL},
    {"bom", no_argument, NULL, W_BOM},
    {"width", required_argument, NULL, W_WIDTH},
    {"sort", required_argument, NULL, W_SORT},
    {"limit", required_argument, NULL, W_LIMIT},
    {"offset", required_argument, NULL, W_OFFSET},
    {"json", no_argument, NULL, W_JSON},
    {"timeout", required_argument, NULL, W_TIMEOUT},
    {"no-color", no_argument, NULL, W_NO_COLOR},
    {"config", required_argument, NULL, W_CONFIG},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0},
};

/* The option as the "key=value" of a query string, through the same
 * parser the daemon uses (one set of rules). */
static int set_kv(struct wopts *o, const char *key, const char *v,
                  struct err *e)
{
    struct buf qs;
    buf_init(&qs);
    buf_printf(&qs, "%s=", key);
    for (const char *p = v; *p; p++) /* percent-encode all but letters */
        buf_printf(&qs, "%%%02X", (unsigned char)*p);
    struct proto_work tmp; /* a kind that needs no q: checked later */
    proto_work_init(&tmp, PROTO_WORK_TIMELINE);
    int rc = proto_work_from_form(qs.data, qs.len, &tmp, e);
    buf_fini(&qs);
    if (rc == ERR_OK) {
        if (strcmp(key, "by") == 0)
            o->w.by = tmp.by;
        else if (strcmp(key, "sort") == 0)
            o->w.sort = tmp.sort;
        else if (strcmp(key, "width") == 0)
            o->w.width = tmp.width;
        else if (strcmp(key, "limit") == 0)
            o->w.s.limit = tmp.s.limit;
        else if (strcmp(key, "offset") == 0)
            o->w.s.offset = tmp.s.offset;
    }
    proto_work_fini(&tmp);
    return rc;
}

static int wset(struct wopts *o, int c, const char *v, struct err *e)
{
    char **dst = NULL;
    switch (c) {
    case W_HOST:
        o->host = v;
        return ERR_OK;
    case W_PORT:
        if (args_port(v, e) != ERR_OK)
            return ERR_INVAL;
        o->port = v;
        return ERR_OK;
    case W_COUNCIL:
        dst = &o->w.s.council;
        break;
    case W_FROM:
        dst = &o->w.s.from;
        break;
    case W_TO:
        dst = &o->w.s.to;
        break;
    case W_BY:
        return set_kv(o, "by", v, e);
    case W_SORT:
        return set_kv(o, "sort", v, e);
    case W_WIDTH:
        return set_kv(o, "width", v, e);
    case W_LIMIT:
        return set_kv(o, "limit", v, e);
    case W_OFFSET:
        return set_kv(o, "offset", v, e);
    case W_CSV:
        o->csv = 1;
        o->w.format = PROTO_FMT_CSV;
        return ERR_OK;
    case W_JSONL:
        o->w.format = PROTO_FMT_JSONL;
        return ERR_OK;
    case W_BOM:
        o->w.bom = 1;
        return ERR_OK;
    case W_JSON:
        o->json = 1;
        return ERR_OK;
    case W_NO_COLOR:
        o->color = 0;
        return ERR_OK;
    case W_TIMEOUT:
        return args_timeout(v, &o->timeout, e);
    case W_CONFIG: /* read before the command line */
        return ERR_OK;
    }
    free(*dst);
    *dst = strdup(v);
    return *dst != NULL ? ERR_OK : err_set(e, ERR_NOMEM, "out of memory");
}

/* The daemon to ask, from the config file as for a search ([referat]
 * host, port and timeout, else [referatd] listen); the command line then
 * overrides it. [referat]'s other keys (council, limit ...) are a
 * search's defaults and are not read here: a timeline or an export
 * silently filtered by them would count less than asked for. */
static int read_conf(struct wopts *o, struct conf *cf, int argc, char **argv,
                     struct err *e)
{
    if (conf_argv_wants_help(argc, argv))
        return ERR_OK;
    const char *path = conf_path_from_argv(argc, argv), *v;
    if (conf_load(cf, path, e) != ERR_OK)
        return ERR_INVAL;
    if (args_listen(conf_get(cf, "referatd", "listen"), o->listen_host,
                    sizeof o->listen_host, o->listen_port,
                    sizeof o->listen_port)) {
        o->host = o->listen_host;
        o->port = o->listen_port;
    }
    if ((v = conf_get(cf, "referat", "host")) != NULL)
        o->host = v;
    struct err ve;
    err_clear(&ve);
    if ((v = conf_get(cf, "referat", "port")) != NULL) {
        if (args_port(v, &ve) != ERR_OK)
            return err_set(e, ERR_INVAL, "%s: [referat] port: %s", path,
                           ve.msg);
        o->port = v;
    }
    if ((v = conf_get(cf, "referat", "timeout")) != NULL &&
        args_timeout(v, &o->timeout, &ve) != ERR_OK)
        return err_set(e, ERR_INVAL, "%s: [referat] timeout: %s", path, ve.msg);
    return ERR_OK;
}

/* One request; the parsed answer or NULL (message printed, *rc set). */
static json_t *ask(const struct wopts *o, int *rc)
{
    struct buf req, payload;
    struct err e;
    struct proto_reply r;
    json_t *ans = NULL;
    buf_init(&req);
    buf_init(&payload);
    err_clear(&e);
    buf_printf(&req, "%s ", proto_work_kind_name(o->w.kind));
    for (size_t i = 0; i < req.len; i++) /* verbs in capitals, by habit */
        req.data[i] =
            (char)(req.data[i] >= 'a' && req.data[i] <= 'z' ? req.data[i] - 32
                                                            : req.data[i]);
    if (proto_work_to_json(&o->w, &req, &e) != ERR_OK ||
        buf_putc(&req, '\n') != ERR_OK) {
        fprintf(stderr, "referat: %s\n", e.msg);
        *rc = EXIT_USAGE;
    } else if (req.len > PROTO_LINE_MAX) {
        fprintf(stderr, "referat: request too long\n");
        *rc = EXIT_USAGE;
    } else if (net_request(o->host, o->port, o->timeout, req.data, req.len, &r,
                           &payload, &e) != ERR_OK) {
        fprintf(stderr, "referat: %s\n", e.msg);
        *rc = EXIT_NO_DAEMON;
    } else if (!r.ok) {
        fprintf(stderr, "referat: %s: %s\n", r.code_name, r.msg);
        *rc = args_exit_for(r.code);
    } else if ((ans = json_loadb(payload.data, payload.len, 0, NULL)) == NULL) {
        fprintf(stderr, "referat: garbled answer from referatd\n");
        *rc = EXIT_NO_DAEMON;
    } else if (o->json) {
        fwrite(payload.data, 1, payload.len, stdout);
        fputc('\n', stdout);
    }
    buf_fini(&req);
    buf_fini(&payload);
    return ans;
}

static const char *jstr(const json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s != NULL ? s : "";
}

static long long jint(const json_t *o, const char *k)
{
    return (long long)json_integer_value(json_object_get(o, k));
}

static void csv_out(const char *s)
{
    struct buf b;
    buf_init(&b);
    proto_csv_field(&b, s, strlen(s));
    fwrite(b.data != NULL ? b.data : "", 1, b.len, stdout);
    buf_fini(&b);
}

/* ---- timeline ---------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Display width of UTF-8 text (code points; combining marks are rare in
 * minutes). */
static size_t cols(const char *s)
{
    return utf8_count(s, strlen(s));
}

/* s in a column `width` characters wide: padded by characters, not bytes
 * ("%-44.44s" pads "Dragør" one short and may cut inside an "ø"); cut on
 * a character boundary if `cut`, else a longer s runs over. */
static void put_col(const char *s, size_t width, int cut)
{
    size_t w = 0, i = 0;
    while (s[i] != '\0' && (w < width || !cut)) {
        i++;
        while (utf8_is_cont((unsigned char)s[i]))
            i++;
        w++;
    }
    fwrite(s, 1, i, stdout);
    for (; w < width; w++)
        putchar(' ');
}

static void print_timeline_csv(const json_t *cells)
{
    printf("council,period,count,indexed,per_100\r\n");
    for (size_t i = 0; i < json_array_size(cells); i++) {
        const json_t *c = json_array_get(cells, i);
        long long k = jint(c, "count"), m = jint(c, "indexed");
        csv_out(jstr(c, "council"));
        printf(",%s,%lld,%lld,%.2f\r\n", jstr(c, "period"), k, m,
               m > 0 ? 100.0 * k / m : 0.0);
    }
}

/* The periods of the cells, across councils, sorted (NULL if out of
 * memory); *np gets their number. */
static const char **timeline_periods(const json_t *cells, size_t *np)
{
    size_t n = json_array_size(cells);
    const char **per = calloc(n + 1, sizeof *per);
    *np = 0;
    for (size_t i = 0; per != NULL && i < n; i++) {
        const char *p = jstr(json_array_get(cells, i), "period");
        size_t j = 0;
        while (j < *np && strcmp(per[j], p) != 0)
            j++;
        if (j == *np)
            per[(*np)++] = p;
    }
    if (per != NULL)
        qsort(per, *np, sizeof *per, cmp_str);
    return per;
}

/* One council's row from its run of cells starting at i: its name, a
 * bar per period (its rate against the council's highest; a blank when
 * nothing was indexed then), matches, items and rate. rate[] is
 * scratch of np + 1. Returns the index after the council's run. */
static size_t print_timeline_row(const json_t *cells, size_t i,
                                 const char **per, size_t np, double *rate)
{
    static const char *const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    size_t n = json_array_size(cells);
    const char *council = jstr(json_array_get(cells, i), "council");
    long long k = 0, m = 0;
    double max = 0;
    for (size_t t = 0; t <= np; t++)
        rate[t] = -1; /* nothing indexed then */
    size_t j = i;
    for (; j < n &&
           strcmp(jstr(json_array_get(cells, j), "council"), council) == 0;
         j++) {
        const json_t *c = json_array_get(cells, j);
        long long ck = jint(c, "count"), cm = jint(c, "indexed");
        k += ck;
        m += cm;
        const char *p = jstr(c, "period");
        for (size_t t = 0; t < np; t++)
            if (strcmp(per[t], p) == 0)
                rate[t] = cm > 0 ? 100.0 * ck / cm : 0;
    }
    for (size_t t = 0; t < np; t++)
        max = rate[t] > max ? rate[t] : max;
    put_col(council, 44, 1);
    putchar(' ');
    for (size_t t = 0; t < np; t++)
        fputs(rate[t] < 0 ? " "
              : max > 0   ? bars[(int)(rate[t] / max * 7 + 0.5)]
                          : bars[0],
              stdout);
    for (size_t t = np; t < 8; t++)
        putchar(' ');
    printf(" %8lld %8lld %8.2f\n", k, m, m > 0 ? 100.0 * k / m : 0.0);
    return j;
}

static void print_timeline(const json_t *ans, int csv)
{
    const json_t *cells = json_object_get(ans, "cells");
    if (csv) {
        print_timeline_csv(cells);
        return;
    }
    size_t np;
    const char **per = timeline_periods(cells, &np);
    if (per == NULL)
        return;
    printf("%lld matching of %lld items, %s %s … %s\n\n",
           (long long)jint(ans, "total"), (long long)jint(ans, "indexed"),
           jstr(ans, "by"), np > 0 ? per[0] : "-", np > 0 ? per[np - 1] : "-");
    printf("%-44s %-*s %8s %8s %8s\n", "council", (int)(np > 8 ? np : 8),
           "by period", "matches", "items", "per 100");
    double *rate = calloc(np + 1, sizeof *rate);
    for (size_t i = 0; rate != NULL && i < json_array_size(cells);)
        i = print_timeline_row(cells, i, per, np, rate);
    free(rate);
    free(per);
}

/* ---- the others -------------------------------------------------------- */

static void print_kwic(const json_t *ans)
{
    const json_t *lines = json_object_get(ans, "lines");
    for (size_t i = 0; i < json_array_size(lines); i++) {
        const json_t *l = json_array_get(lines, i);
        const char *left = jstr(l, "left");
        size_t w = cols(left);
        while (w > 40) { /* keep the end of the left context */
            left++;
            while (utf8_is_cont((unsigned char)*left))
                left++;
            w--;
        }
        printf("%*s%s [%s] %s   (%s %s)\n", (int)(40 - w), "", left,
               jstr(l, "match"), jstr(l, "right"), jstr(l, "date"),
               jstr(l, "id"));
    }
    printf("\n%lld occurrences in %lld of %lld items read\n",
           jint(ans, "total"), jint(ans, "items_read"), jint(ans, "items"));
}

static void print_terms(const json_t *ans)
{
    const json_t *t = json_object_get(ans, "terms");
    printf("%-28s %8s %8s %8s\n", "term", "score", "in hits", "in index");
    for (size_t i = 0; i < json_array_size(t); i++) {
        const json_t *x = json_array_get(t, i);
        put_col(jstr(x, "term"), 28, 0);
        printf(" %8.3f %8lld %8lld\n",
               json_real_value(json_object_get(x, "score")), jint(x, "count"),
               jint(x, "docs"));
    }
}

static void print_coverage(const json_t *ans)
{
    const json_t *c = json_object_get(ans, "councils");
    printf("%-44s %-22s %-10s %-10s %8s %8s\n", "council", "authority", "first",
           "last", "meetings", "items");
    for (size_t i = 0; i < json_array_size(c); i++) {
        const json_t *x = json_array_get(c, i);
        put_col(jstr(x, "council"), 44, 1);
        putchar(' ');
        put_col(jstr(x, "authority"), 22, 1);
        printf(" %-10s %-10s %8lld %8lld\n", jstr(x, "first"), jstr(x, "last"),
               jint(x, "meetings"), jint(x, "items"));
    }
    printf("\nindexed at %s\n", jstr(ans, "indexed_at"));
}

/* EXPORT page by page until `next` is null. */
static int run_export(struct wopts *o)
{
    int rc = EXIT_HITS;
    if (o->w.format == PROTO_FMT_JSON)
        o->w.format = PROTO_FMT_CSV;
    long long total = 0;
    for (;;) {
        json_t *ans = ask(o, &rc);
        if (ans == NULL)
            return rc;
        const char *text = jstr(ans, "text");
        if (!o->json)
            fwrite(text, 1, strlen(text), stdout);
        total = jint(ans, "total");
        json_t *next = json_object_get(ans, "next");
        int more = json_is_integer(next);
        if (more)
            o->w.s.offset = (uint32_t)json_integer_value(next);
        json_decref(ans);
        if (!more)
            break;
    }
    return total > 0 ? EXIT_HITS : EXIT_NO_HITS;
}

/* The config file, then the options, then the query words (SIMILAR: the
 * item id), checked by the rules the daemon applies. -1: go on; else
 * the exit status (help printed, or a usage error). */
static int parse_wargs(struct wopts *o, struct conf *cf, int argc, char **argv)
{
    const char *name = proto_work_kind_name(o->w.kind);
    struct err e;
    err_clear(&e);
    if (read_conf(o, cf, argc, argv, &e) != ERR_OK) {
        fprintf(stderr, "referat: %s\n", e.msg);
        return EXIT_USAGE;
    }
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":h", wlong, NULL)) != -1) {
        if (c == 'h') {
            work_usage(stdout);
            return 0;
        }
        if (c == '?' || c == ':' || wset(o, c, optarg, &e) != ERR_OK) {
            if (c == '?' || c == ':')
                args_getopt_error(c, argv, &e);
            fprintf(stderr, "referat: %s\nTry 'referat %s --help'.\n", e.msg,
                    name);
            return EXIT_USAGE;
        }
    }
    struct buf q;
    buf_init(&q);
    if (args_join(argc - optind, argv + optind, &q, &e) != ERR_OK) {
        fprintf(stderr, "referat: %s\n", e.msg);
        buf_fini(&q);
        return EXIT_USAGE;
    }
    if (o->w.kind == PROTO_WORK_SIMILAR) {
        o->w.id_len = q.len;
        o->w.id = buf_detach(&q);
    } else if (q.len > 0) {
        o->w.s.q_len = q.len;
        o->w.s.q = buf_detach(&q);
    }
    buf_fini(&q);
    /* a check before asking: the same rules the daemon applies */
    if (proto_work_check(&o->w, &e) != ERR_OK) {
        fprintf(stderr, "referat: %s\n", e.msg);
        return EXIT_USAGE;
    }
    return -1;
}

/* Ask, and print the answer for people (or pass its JSON through). */
static int run_work(struct wopts *o)
{
    if (o->w.kind == PROTO_WORK_EXPORT)
        return run_export(o);
    int rc = EXIT_HITS;
    json_t *ans = ask(o, &rc);
    if (ans != NULL && !o->json) {
        struct show_opts so = {isatty(STDOUT_FILENO), stdout};
        switch (o->w.kind) {
        case PROTO_WORK_TIMELINE:
            print_timeline(ans, o->csv);
            break;
        case PROTO_WORK_KWIC:
            if (o->csv)
                fputs(jstr(ans, "text"), stdout);
            else
                print_kwic(ans);
            break;
        case PROTO_WORK_TERMS:
            print_terms(ans);
            break;
        case PROTO_WORK_SIMILAR:
            if (show_results(ans, &so) == 0)
                rc = EXIT_NO_HITS;
            break;
        case PROTO_WORK_COVERAGE:
            print_coverage(ans);
            break;
        case PROTO_WORK_EXPORT:
            break;
        }
    }
    json_decref(ans);
    return rc;
}

int work_main(enum proto_work_kind kind, int argc, char **argv)
{
    struct wopts o;
    memset(&o, 0, sizeof o);
    o.host = "127.0.0.1";
    o.port = "7700";
    o.timeout = 30;
    proto_work_init(&o.w, kind);
    struct conf cf;
    conf_init(&cf);
    int rc = parse_wargs(&o, &cf, argc, argv);
    if (rc < 0)
        rc = run_work(&o);
    proto_work_fini(&o.w);
    conf_fini(&cf);
    return rc;
}
