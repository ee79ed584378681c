/* SPDX-License-Identifier: GPL-2.0-or-later */
/* main.c - referat, the thin command-line client: argv -> one request
 * over the line protocol -> the reply printed. No search logic here. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "client.h"
#include "conf/conf.h"
#include "core/parse.h"

struct opts {
    const char *host, *port;
    struct proto_search search;
    const char *item;
    int json;
    int color; /* -1: auto */
    double timeout;
    char listen_host[80], listen_port[8]; /* from [referatd] listen */
};

static void usage(FILE *out)
{
    fprintf(
        out,
        "usage: referat [options] QUERY...\n"
        "       referat [options] --item ID\n"
        "       referat timeline|export|kwic|terms|similar|coverage ... "
        "(see referat timeline --help)\n"
        "Search Danish council minutes served by referatd.\n"
        "\n"
        "  --host H        referatd host [127.0.0.1]\n"
        "  --port P        referatd line-protocol port [7700]\n"
        "  --council C     only this council or municipality (e.g. "
        "Herning)\n"
        "  --from D        from date YYYY, YYYY-MM or YYYY-MM-DD\n"
        "  --to D          to date, same forms (inclusive)\n"
        "  --limit N       results per page [10, max %d]\n"
        "  --offset N      skip the first N results [0]\n"
        "  --json          print the daemon's JSON answer unchanged\n"
        "  --no-snippets   hits without snippets: titles, councils, "
        "dates\n"
        "                  (faster; for exports with --json)\n"
        "  --item ID       show one agenda item in full\n"
        "  --no-color      no ANSI colours (also: NO_COLOR set, or not a "
        "terminal)\n"
        "  --timeout S     seconds to wait for an answer [30]\n"
        "  --config FILE   config file, or none [%s if it exists]:\n"
        "                  [referat] host, port, timeout; else the host\n"
        "                  and port of [referatd] listen\n"
        "  -h, --help      this text\n"
        "  -V, --version   print the version\n"
        "\n"
        "Query language (lib/query/README.md):\n"
        "  hjemløse bolig      words, OR'ed, best matches first (stemmed,\n"
        "                      compounds split, synonyms, typos corrected)\n"
        "  valg AND stemme     both; also OR, NOT, valg AND NOT stemme\n"
        "                      (operators in capitals only)\n"
        "  +valg -kommune      required, excluded\n"
        "  \"lighed i sundhed\"  exact forms in this order; \"boliger\": "
        "one form\n"
        "  ~\"skæv bolig\"      phrase in any inflection\n"
        "  hjemløs*            prefix (also in phrases: \"social* "
        "udsatte\")\n"
        "  ( )                 grouping\n"
        "  title: beslutning: resume: deltager:   search one field\n"
        "  council:Herning     filter; alone it lists the council's items\n"
        "                      newest first\n"
        "  år:2017, dato:2024-06, år:2017..2022   meeting dates\n"
        "  kind:meeting        meeting records (header, agenda, attendance)\n"
        "                      instead of items; kind:all both; deltager:\n"
        "                      searches both\n"
        "\n"
        "Exit status: 0 hits found (or the item shown), 1 no hits (or no "
        "such item),\n"
        "2 bad option, query or request, 3 referatd not reachable, 4 "
        "referatd busy\n"
        "or failed.\n",
        PROTO_LIMIT_MAX, CONF_DEFAULT_PATH);
}

enum {
    OPT_HOST = 256,
    OPT_PORT,
    OPT_COUNCIL,
    OPT_FROM,
    OPT_TO,
    OPT_LIMIT,
    OPT_OFFSET,
    OPT_JSON,
    OPT_ITEM,
    OPT_NO_COLOR,
    OPT_TIMEOUT,
    OPT_NO_SNIPPETS,
    OPT_CONFIG,
};

static const struct option long_opts[] = {
    {"host", required_argument, NULL, OPT_HOST},
    {"port", required_argument, NULL, OPT_PORT},
    {"council", required_argument, NULL, OPT_COUNCIL},
    {"from", required_argument, NULL, OPT_FROM},
    {"to", required_argument, NULL, OPT_TO},
    {"limit", required_argument, NULL, OPT_LIMIT},
    {"offset", required_argument, NULL, OPT_OFFSET},
    {"json", no_argument, NULL, OPT_JSON},
    {"item", required_argument, NULL, OPT_ITEM},
    {"no-color", no_argument, NULL, OPT_NO_COLOR},
    {"no-colour", no_argument, NULL, OPT_NO_COLOR},
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"no-snippets", no_argument, NULL, OPT_NO_SNIPPETS},
    {"config", required_argument, NULL, OPT_CONFIG},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

static int set_str(char **dst, const char *v)
{
    free(*dst);
    *dst = strdup(v);
    return *dst != NULL ? ERR_OK : ERR_NOMEM;
}

static int set_opt(struct opts *o, int c, const char *v, struct err *e)
{
    switch (c) {
    case OPT_HOST:
        o->host = v;
        return ERR_OK;
    case OPT_PORT:
        if (args_port(v, e) != ERR_OK)
            return ERR_INVAL;
        o->port = v;
        return ERR_OK;
    case OPT_COUNCIL:
        return set_str(&o->search.council, v);
    case OPT_FROM:
        return set_str(&o->search.from, v);
    case OPT_TO:
        return set_str(&o->search.to, v);
    case OPT_LIMIT:
    case OPT_OFFSET:
        return parse_opt_u32(
            c == OPT_LIMIT ? "limit" : "offset", v, 0, UINT32_MAX,
            c == OPT_LIMIT ? &o->search.limit : &o->search.offset, e);
    case OPT_JSON:
        o->json = 1;
        return ERR_OK;
    case OPT_ITEM:
        o->item = v;
        return ERR_OK;
    case OPT_NO_COLOR:
        o->color = 0;
        return ERR_OK;
    case OPT_NO_SNIPPETS:
        o->search.snippets = 0;
        return ERR_OK;
    case OPT_TIMEOUT:
        return args_timeout(v, &o->timeout, e);
    case OPT_CONFIG: /* read before the command line */
        return ERR_OK;
    }
    return err_set(e, ERR_INVAL, "unknown option");
}

static int set_conf(void *ctx, int c, const char *v, struct err *e)
{
    return set_opt(ctx, c, v, e);
}

/* The config file; the command line then overrides it. Its keys are
 * named as the options they stand for, so it is applied with the option
 * table itself (lib/conf's table says which keys [referat] may hold). */
static int read_conf(struct opts *o, struct conf *cf, int argc, char **argv,
                     struct err *e)
{
    if (conf_load(cf, conf_path_from_argv(argc, argv), e) != ERR_OK)
        return ERR_INVAL;
    if (args_listen(conf_get(cf, "referatd", "listen"), o->listen_host,
                    sizeof o->listen_host, o->listen_port,
                    sizeof o->listen_port)) {
        o->host = o->listen_host;
        o->port = o->listen_port;
    }
    return conf_apply(cf, "referat", long_opts, set_conf, o, e);
}

/* Join the query words with spaces. */
static int join_query(struct opts *o, int argc, char **argv, struct err *e)
{
    struct buf q;
    buf_init(&q);
    if (args_join(argc, argv, &q, e) != ERR_OK) {
        buf_fini(&q);
        return ERR_NOMEM;
    }
    o->search.q_len = q.len;
    o->search.q = buf_detach(&q);
    return ERR_OK;
}

/* 0: run; 1: exit 0 (help/version); -1: usage error (e filled). */
static int parse_args(struct opts *o, struct conf *cf, int argc, char **argv,
                      struct err *e)
{
    int c;
    if (!conf_argv_wants_help(argc, argv) &&
        read_conf(o, cf, argc, argv, e) != ERR_OK)
        return -1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":hV", long_opts, NULL)) != -1) {
        if (c == 'h') {
            usage(stdout);
            return 1;
        }
        if (c == 'V') {
            printf("referat %s (protocol %d)\n", REFERAT_VERSION,
                   PROTO_VERSION);
            return 1;
        }
        if (c == '?' || c == ':') {
            args_getopt_error(c, argv, e);
            return -1;
        }
        if (set_opt(o, c, optarg, e) != ERR_OK)
            return -1;
    }
    if (o->item != NULL) {
        if (optind < argc) {
            err_set(e, ERR_INVAL, "--item takes no query words");
            return -1;
        }
        return 0;
    }
    if (optind >= argc) {
        err_set(e, ERR_INVAL, "no query given");
        return -1;
    }
    if (join_query(o, argc - optind, argv + optind, e) != ERR_OK)
        return -1;
    return proto_search_check(&o->search, e) == ERR_OK ? 0 : -1;
}

static int build_request(const struct opts *o, struct buf *req, struct err *e)
{
    if (o->item != NULL) {
        if (strlen(o->item) == 0 || strlen(o->item) > PROTO_ID_MAX ||
            strpbrk(o->item, "\r\n") != NULL)
            return err_set(e, ERR_INVAL, "bad item id");
        if (buf_printf(req, "ITEM %s\n", o->item) != ERR_OK)
            return err_set(e, ERR_NOMEM, "out of memory");
        return ERR_OK;
    }
    if (buf_puts(req, "SEARCH ") != ERR_OK ||
        proto_search_to_json(&o->search, req, e) != ERR_OK ||
        buf_putc(req, '\n') != ERR_OK)
        return e->code != ERR_OK ? e->code
                                 : err_set(e, ERR_NOMEM, "out of memory");
    if (req->len > PROTO_LINE_MAX)
        return err_set(e, ERR_LIMIT, "query too long (%zu bytes, max %d)",
                       req->len, PROTO_LINE_MAX);
    return ERR_OK;
}

/* One SEARCH with `s` for a hint; its answer, or NULL (no hint then). */
static json_t *side_search(const struct opts *o, const struct proto_search *s)
{
    struct buf req, payload;
    struct err e;
    struct proto_reply r;
    json_t *ans = NULL;
    buf_init(&req);
    buf_init(&payload);
    err_clear(&e);
    if (buf_puts(&req, "SEARCH ") == ERR_OK &&
        proto_search_to_json(s, &req, &e) == ERR_OK &&
        buf_putc(&req, '\n') == ERR_OK &&
        net_request(o->host, o->port, o->timeout, req.data, req.len, &r,
                    &payload, &e) == ERR_OK &&
        r.ok)
        ans = json_loadb(payload.data, payload.len, 0, NULL);
    buf_fini(&req);
    buf_fini(&payload);
    return ans;
}

/* No hits with --council: say whether no council matched the name at
 * all, and which councils the query does find. */
static void council_hint(const struct opts *o)
{
    struct proto_search s;
    struct buf q;
    proto_search_init(&s);
    buf_init(&q);
    s.limit = 0;
    s.facets = 0;
    s.snippets = 0;
    /* council:"NAME" alone lists the council's items: are there any? */
    int rc = buf_puts(&q, "council:\"");
    for (const char *c = o->search.council; rc == ERR_OK && *c; c++)
        rc = buf_putc(&q, *c == '"' ? ' ' : *c);
    if (rc == ERR_OK && buf_putc(&q, '"') == ERR_OK) {
        s.q_len = q.len;
        s.q = buf_detach(&q);
    }
    json_t *a = s.q != NULL ? side_search(o, &s) : NULL;
    int known = a == NULL || json_integer_value(json_object_get(
                                 json_object_get(a, "total"), "estimated")) > 0;
    json_decref(a);
    if (known) /* or we cannot tell */
        goto done;
    printf("Intet råd eller myndighed matcher --council <%s>.\n",
           o->search.council);
    /* the councils the query finds without the filter */
    free(s.q);
    s.q = strdup(o->search.q);
    s.q_len = o->search.q_len;
    s.facets = 1;
    a = s.q != NULL ? side_search(o, &s) : NULL;
    const json_t *cs = json_object_get(json_object_get(a, "facets"), "council");
    if (json_array_size(cs) > 0) {
        struct show_opts so = {0, stdout};
        fputs("Søgningen finder punkter fra: ", stdout);
        show_facet_values(cs, SHOW_FACETS_MOST, &so);
    }
    json_decref(a);
done:
    buf_fini(&q);
    proto_search_fini(&s);
}

/* Print the answer; returns the exit status. */
static int print_answer(const struct opts *o, struct buf *payload)
{
    json_error_t jerr;
    json_t *ans = json_loadb(payload->data, payload->len, 0, &jerr);
    if (ans == NULL || !json_is_object(ans)) {
        json_decref(ans);
        fprintf(stderr, "referat: garbled answer from referatd\n");
        return EXIT_NO_DAEMON;
    }
    int rc = EXIT_HITS;
    if (o->json) {
        fwrite(payload->data, 1, payload->len, stdout);
        fputc('\n', stdout);
        if (o->item == NULL &&
            json_array_size(json_object_get(ans, "hits")) == 0)
            rc = EXIT_NO_HITS;
    } else {
        struct show_opts so = {o->color, stdout};
        if (o->item != NULL)
            show_item(ans, &so);
        else if (show_results(ans, &so) == 0)
            rc = EXIT_NO_HITS;
        if (rc == EXIT_NO_HITS && o->item == NULL && o->search.council != NULL)
            council_hint(o);
    }
    json_decref(ans);
    return rc;
}

static int run(struct opts *o)
{
    struct buf req, payload;
    struct err e;
    struct proto_reply r;
    buf_init(&req);
    buf_init(&payload);
    err_clear(&e);
    int rc = build_request(o, &req, &e);
    if (rc != ERR_OK) {
        fprintf(stderr, "referat: %s\n", e.msg);
        rc = EXIT_USAGE;
        goto done;
    }
    if (net_request(o->host, o->port, o->timeout, req.data, req.len, &r,
                    &payload, &e) != ERR_OK) {
        fprintf(stderr, "referat: %s\n", e.msg);
        if (strstr(e.msg, "cannot connect") != NULL)
            fprintf(stderr, "referat: is referatd running? Start it with: "
                            "referatd --db PATH\n");
        rc = EXIT_NO_DAEMON;
        goto done;
    }
    if (!r.ok) {
        if (r.code == PROTO_NOT_FOUND)
            fprintf(stderr, "referat: %s\n", r.msg);
        else
            fprintf(stderr, "referat: %s: %s\n", r.code_name, r.msg);
        rc = args_exit_for(r.code);
        goto done;
    }
    rc = print_answer(o, &payload);
done:
    buf_fini(&req);
    buf_fini(&payload);
    return rc;
}

/* Where the workbench's subcommand stands in argv: the first word that is
 * not an option or an option's value, when it is one; 0 if none. */
static int subcommand_at(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0)
            return 0;
        if (a[0] != '-' || a[1] == '\0') {
            int kind = proto_work_kind_parse(a, strlen(a));
            return kind >= 0 && strcmp(a, proto_work_kind_name(
                                              (enum proto_work_kind)kind)) == 0
                       ? i
                       : 0;
        }
        if (a[1] != '-' || strchr(a, '=') != NULL)
            continue; /* -h, -V, --port=7710 */
        for (const struct option *o = long_opts; o->name != NULL; o++)
            if (strcmp(a + 2, o->name) == 0 && o->has_arg == required_argument)
                i++; /* its value */
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct opts o;
    struct err e;
    memset(&o, 0, sizeof o);
    err_clear(&e);
    o.host = "127.0.0.1";
    o.port = "7700";
    o.color = -1;
    o.timeout = 30;
    /* a subcommand of the workbench (the word itself, lower case; to
     * search for it, quote it: referat '"export"'), also after options
     * ("referat --port 7710 coverage") */
    int at = subcommand_at(argc, argv);
    if (at > 0) {
        char *sub = argv[at];
        memmove(argv + 2, argv + 1, (size_t)(at - 1) * sizeof *argv);
        argv[1] = sub;
        return work_main(
            (enum proto_work_kind)proto_work_kind_parse(sub, strlen(sub)),
            argc - 1, argv + 1);
    }
    proto_search_init(&o.search);
    struct conf cf;
    conf_init(&cf);
    int p = parse_args(&o, &cf, argc, argv, &e);
    if (p != 0) {
        if (p < 0) {
            fprintf(stderr, "referat: %s\n", e.msg);
            fprintf(stderr, "Try 'referat --help'.\n");
        }
        proto_search_fini(&o.search);
        conf_fini(&cf);
        return p < 0 ? EXIT_USAGE : 0;
    }
    if (o.color < 0) {
        const char *nc = getenv("NO_COLOR");
        o.color = isatty(STDOUT_FILENO) && (nc == NULL || *nc == '\0');
    }
    int rc = run(&o);
    proto_search_fini(&o.search);
    conf_fini(&cf);
    fflush(stdout);
    return rc;
}
