/* SPDX-License-Identifier: GPL-2.0-or-later */
/* settings.c - referatd's command line: defaults, getopt_long, checks. */
#include "settings.h"

#include <arpa/inet.h>
#include <getopt.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "core/parse.h"
#include "limits.h"
#include "server.h"
#include "xap/xap.h"

#define DEFAULT_LISTEN  "127.0.0.1:7700"
#define DEFAULT_HTTP    "127.0.0.1:7701"
#define DEFAULT_LEXICON "/usr/share/dict/danish"

static int addr_parse(const char *opt, const char *text,
                      struct settings_addr *a, struct err *e)
{
    memset(a, 0, sizeof *a);
    snprintf(a->text, sizeof a->text, "%s", text);
    if (strcmp(text, "off") == 0)
        return ERR_OK;
    const char *colon = strrchr(text, ':');
    if (colon == NULL || strlen(text) >= sizeof a->text)
        return err_set(e, ERR_INVAL, "--%s <%s>: want HOST:PORT or off", opt,
                       text);
    char host[80];
    size_t hlen = (size_t)(colon - text);
    memcpy(host, text, hlen);
    host[hlen] = '\0';
    uint32_t port;
    if (parse_u32(colon + 1, &port, NULL) != ERR_OK || port > 65535)
        return err_set(e, ERR_INVAL, "--%s <%s>: bad port", opt, text);
    if (strcmp(host, "localhost") == 0)
        strcpy(host, "127.0.0.1");
    if (hlen >= 2 && host[0] == '[' && host[hlen - 1] == ']') {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&a->sa;
        host[hlen - 1] = '\0';
        if (inet_pton(AF_INET6, host + 1, &s6->sin6_addr) != 1)
            return err_set(e, ERR_INVAL, "--%s <%s>: bad IPv6 address", opt,
                           text);
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons((uint16_t)port);
        a->salen = sizeof *s6;
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)&a->sa;
        if (inet_pton(AF_INET, host, &s4->sin_addr) != 1)
            return err_set(e, ERR_INVAL, "--%s <%s>: bad IPv4 address", opt,
                           text);
        s4->sin_family = AF_INET;
        s4->sin_port = htons((uint16_t)port);
        a->salen = sizeof *s4;
    }
    a->enabled = 1;
    return ERR_OK;
}

void settings_init(struct settings *s)
{
    memset(s, 0, sizeof *s);
    s->db = NULL;
    addr_parse("listen", DEFAULT_LISTEN, &s->listen, NULL);
    addr_parse("http", DEFAULT_HTTP, &s->http, NULL);
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    s->threads = cpus < 1 ? 1 : cpus > 8 ? 8 : (uint32_t)cpus;
    s->lexicon = DEFAULT_LEXICON;
    s->nthesaurus = 0;
    s->query_log = NULL;
    s->cors = NULL;
    s->max_connections = LIMIT_CONNECTIONS_DEF;
    s->idle_timeout = LIMIT_IDLE_TIMEOUT_DEF;
    s->queue_max = LIMIT_QUEUE_DEF;
    s->query_timeout = LIMIT_QUERY_TIMEOUT_DEF;
    s->verbose = 0;
    s->log_file = NULL;
    s->allow_root = 0;
    s->rank = qry_rank_default;
}

void settings_usage(FILE *out)
{
    fprintf(out,
            "usage: referatd --db PATH [options]\n"
            "Serve a Referat index over a line protocol and HTTP/JSON.\n"
            "\n"
            "  --db PATH              index directory (required)\n"
            "  --listen HOST:PORT     line protocol address, or off "
            "[" DEFAULT_LISTEN "]\n"
            "  --http HOST:PORT       HTTP address, or off [" DEFAULT_HTTP "]\n"
            "                         (port 0: the kernel picks; READY line "
            "on stdout)\n"
            "  --threads N            search worker threads [CPUs, max 8]\n"
            "  --lexicon FILE         word list for compound splitting, or "
            "none\n"
            "                         [" DEFAULT_LEXICON "]\n"
            "  --thesaurus FILE       synonym groups, one source a file "
            "[none];\n"
            "                         repeat for more, none for none; "
            "SIGHUP reloads\n"
            "  --query-log FILE       append one line per request [none]\n"
            "  --cors ORIGIN          send Access-Control-Allow-Origin "
            "[none]\n"
            "  --max-connections N    open connections, both protocols "
            "[%d]\n"
            "  --idle-timeout S       seconds idle or per request line "
            "[%d]\n"
            "  --queue-max N          requests waiting for a worker [%d]\n"
            "  --query-timeout S      seconds a search may take, counted "
            "from its\n"
            "                         arrival; past it the answer says "
            "timed_out,\n"
            "                         or ERR timeout; 0: no limit [%g]\n"
            "  -v, --verbose          debug log output\n"
            "  --log-file FILE        log here instead of stderr\n"
            "  --log-format F         text or json (one object a line) "
            "[text]\n"
            "  --config FILE          config file, or none\n"
            "                         [" CONF_DEFAULT_PATH " if it exists]\n"
            "  --check-config         check the config and options, print "
            "the\n"
            "                         effective settings, exit\n"
            "  --rank W=V,...         ranking weights, for tuning: k1 b "
            "min_normlen\n"
            "                         exact parts parts_known fuzzy adjacent "
            "attend\n"
            "                         inflected\n"
            "  --allow-root           run even as root (not recommended)\n"
            "  -h, --help             this text\n"
            "  -V, --version          print the version\n"
            "\n"
            "Exit status: 0 stopped by SIGTERM/SIGINT, 1 start-up failure "
            "(index,\n"
            "listen), 2 bad option.\n",
            LIMIT_CONNECTIONS_DEF, LIMIT_IDLE_TIMEOUT_DEF, LIMIT_QUEUE_DEF,
            (double)LIMIT_QUERY_TIMEOUT_DEF);
}

enum {
    OPT_DB = 256,
    OPT_LISTEN,
    OPT_HTTP,
    OPT_THREADS,
    OPT_LEXICON,
    OPT_THESAURUS,
    OPT_QUERY_LOG,
    OPT_CORS,
    OPT_MAX_CONN,
    OPT_IDLE,
    OPT_QUEUE,
    OPT_QUERY_TIMEOUT,
    OPT_LOG_FILE,
    OPT_ALLOW_ROOT,
    OPT_LOG_FORMAT,
    OPT_CONFIG,
    OPT_CHECK_CONFIG,
    OPT_RANK,
};

static const struct option long_opts[] = {
    {"db", required_argument, NULL, OPT_DB},
    {"listen", required_argument, NULL, OPT_LISTEN},
    {"http", required_argument, NULL, OPT_HTTP},
    {"threads", required_argument, NULL, OPT_THREADS},
    {"lexicon", required_argument, NULL, OPT_LEXICON},
    {"thesaurus", required_argument, NULL, OPT_THESAURUS},
    {"query-log", required_argument, NULL, OPT_QUERY_LOG},
    {"cors", required_argument, NULL, OPT_CORS},
    {"max-connections", required_argument, NULL, OPT_MAX_CONN},
    {"idle-timeout", required_argument, NULL, OPT_IDLE},
    {"queue-max", required_argument, NULL, OPT_QUEUE},
    {"query-timeout", required_argument, NULL, OPT_QUERY_TIMEOUT},
    {"verbose", no_argument, NULL, 'v'},
    {"log-file", required_argument, NULL, OPT_LOG_FILE},
    {"allow-root", no_argument, NULL, OPT_ALLOW_ROOT},
    {"log-format", required_argument, NULL, OPT_LOG_FORMAT},
    {"config", required_argument, NULL, OPT_CONFIG},
    {"check-config", no_argument, NULL, OPT_CHECK_CONFIG},
    {"rank", required_argument, NULL, OPT_RANK},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

/* The connection limit must leave descriptors for everything else. */
static int check_nofile(const struct settings *s, struct err *e)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return ERR_OK;
    rlim_t need =
        (rlim_t)s->max_connections + LIMIT_FD_RESERVE + (rlim_t)s->threads * 16;
    if (need <= rl.rlim_cur)
        return ERR_OK;
    if (need <= rl.rlim_max) {
        rl.rlim_cur = need;
        if (setrlimit(RLIMIT_NOFILE, &rl) == 0)
            return ERR_OK;
    }
    return err_set(e, ERR_INVAL,
                   "--max-connections <%u> needs <%llu> descriptors, "
                   "ulimit -n is <%llu>",
                   (unsigned)s->max_connections, (unsigned long long)need,
                   (unsigned long long)rl.rlim_cur);
}

/* --thesaurus FILE adds a source; "none" empties the list. The command
 * line's list replaces the config file's. */
static int thesaurus_opt(struct settings *s, const char *arg, struct err *e)
{
    if (s->in_argv && !s->thesaurus_argv) {
        s->thesaurus_argv = 1;
        s->nthesaurus = 0;
    }
    if (strcmp(arg, "none") == 0) {
        s->nthesaurus = 0;
        return ERR_OK;
    }
    if (s->nthesaurus == SETTINGS_THESAURI_MAX)
        return err_set(e, ERR_INVAL, "--thesaurus <%s>: at most <%d> files",
                       arg, SETTINGS_THESAURI_MAX);
    s->thesaurus[s->nthesaurus++] = arg;
    return ERR_OK;
}

static int set_one(struct settings *s, int c, const char *arg, struct err *e)
{
    switch (c) {
    case OPT_DB:
        s->db = arg;
        return ERR_OK;
    case OPT_LISTEN:
        return addr_parse("listen", arg, &s->listen, e);
    case OPT_HTTP:
        return addr_parse("http", arg, &s->http, e);
    case OPT_THREADS:
        return parse_opt_u32("threads", arg, 1, LIMIT_THREADS_MAX, &s->threads,
                             e);
    case OPT_LEXICON:
        s->lexicon = strcmp(arg, "none") == 0 ? NULL : arg;
        return ERR_OK;
    case OPT_THESAURUS:
        return thesaurus_opt(s, arg, e);
    case OPT_QUERY_LOG:
        s->query_log = arg;
        return ERR_OK;
    case OPT_CORS:
        for (const char *p = arg; *p; p++)
            if ((unsigned char)*p < 0x21 || *p == 0x7f)
                return err_set(e, ERR_INVAL, "--cors: blank or control byte");
        s->cors = arg;
        return ERR_OK;
    case OPT_MAX_CONN:
        return parse_opt_u32("max-connections", arg, 1, 1000000,
                             &s->max_connections, e);
    case OPT_IDLE:
        return parse_opt_u32("idle-timeout", arg, 1, LIMIT_IDLE_TIMEOUT_MAX,
                             &s->idle_timeout, e);
    case OPT_QUEUE:
        return parse_opt_u32("queue-max", arg, 1, LIMIT_QUEUE_MAX,
                             &s->queue_max, e);
    case OPT_QUERY_TIMEOUT: {
        struct err pe;
        if (parse_seconds(arg, LIMIT_QUERY_TIMEOUT_MAX, &s->query_timeout,
                          &pe) != ERR_OK)
            return err_set(e, ERR_INVAL, "--query-timeout: %s", pe.msg);
        return ERR_OK;
    }
    case 'v':
        s->verbose++;
        return ERR_OK;
    case OPT_LOG_FILE:
        s->log_file = arg;
        return ERR_OK;
    case OPT_ALLOW_ROOT:
        s->allow_root = 1;
        return ERR_OK;
    case OPT_LOG_FORMAT:
        if (strcmp(arg, "json") != 0 && strcmp(arg, "text") != 0)
            return err_set(e, ERR_INVAL, "--log-format <%s>: text or json",
                           arg);
        s->log_json = strcmp(arg, "json") == 0;
        return ERR_OK;
    case OPT_CONFIG: /* read before the command line: conf_path_from_argv */
        return ERR_OK;
    case OPT_CHECK_CONFIG:
        s->check_config = 1;
        return ERR_OK;
    case OPT_RANK: {
        struct err pe;
        if (qry_rank_parse(&s->rank, arg, &pe) != ERR_OK)
            return err_set(e, ERR_INVAL, "--rank: %s", pe.msg);
        return ERR_OK;
    }
    }
    return err_set(e, ERR_INVAL, "unknown option");
}

static int set_conf(void *ctx, int code, const char *v, struct err *e)
{
    return set_one(ctx, code, v, e);
}

/* The config file's [index] and [referatd]; the command line wins. */
static int read_conf(struct settings *s, int argc, char **argv, struct err *e)
{
    const char *path = conf_path_from_argv(argc, argv);
    if (conf_load(&s->conf, path, e) != ERR_OK)
        return ERR_INVAL;
    if (conf_apply(&s->conf, "index", long_opts, set_conf, s, e) != ERR_OK ||
        conf_apply(&s->conf, "referatd", long_opts, set_conf, s, e) != ERR_OK)
        return ERR_INVAL;
    return ERR_OK;
}

void settings_fini(struct settings *s)
{
    conf_fini(&s->conf);
}

int settings_parse(struct settings *s, int argc, char **argv,
                   enum settings_result *res, struct err *e)
{
    int c;
    *res = SETTINGS_RUN;
    /* --help and --version work whatever the config file holds. */
    if (!conf_argv_wants_help(argc, argv) &&
        read_conf(s, argc, argv, e) != ERR_OK)
        return ERR_INVAL;
    opterr = 0;
    optind = 1;
    s->in_argv = 1;
    while ((c = getopt_long(argc, argv, ":vhV", long_opts, NULL)) != -1) {
        if (c == 'h' || c == 'V') {
            if (c == 'h')
                settings_usage(stdout);
            else
                printf("referatd %s (protocol %d)\n", REFERAT_VERSION,
                       PROTO_VERSION);
            *res = SETTINGS_EXIT;
            return ERR_OK;
        }
        if (c == '?')
            return err_set(e, ERR_INVAL, "unknown option <%s>",
                           argv[optind - 1]);
        if (c == ':')
            return err_set(e, ERR_INVAL, "option <%s> needs a value",
                           argv[optind - 1]);
        if (set_one(s, c, optarg, e) != ERR_OK)
            return ERR_INVAL;
    }
    if (optind < argc)
        return err_set(e, ERR_INVAL, "unexpected argument <%s>", argv[optind]);
    if (s->db == NULL)
        return err_set(e, ERR_INVAL,
                       "--db PATH is required (or db in [index] "
                       "of the config file)");
    if (!s->listen.enabled && !s->http.enabled)
        return err_set(e, ERR_INVAL, "--listen and --http are both off");
    if (check_nofile(s, e) != ERR_OK)
        return ERR_INVAL;
    if (s->check_config) {
        settings_print(s, stdout);
        /* not an error: the index may come later (referat-index.timer) */
        if (access(s->db, F_OK) != 0)
            printf("# note: no index at <%s> yet: referatd will not start "
                   "before referat-index has made it\n",
                   s->db);
        *res = SETTINGS_EXIT;
    }
    return ERR_OK;
}

void settings_print(const struct settings *s, FILE *out)
{
    fprintf(out, "# config file: %s\n",
            s->conf.path != NULL ? s->conf.path : "none");
    fprintf(out, "[index]\ndb = %s\nlexicon = %s\n", s->db,
            s->lexicon ? s->lexicon : "none");
    fprintf(out, "[referatd]\nlisten = %s\nhttp = %s\nthreads = %u\n",
            s->listen.text, s->http.text, (unsigned)s->threads);
    for (size_t i = 0; i < s->nthesaurus; i++)
        fprintf(out, "thesaurus = %s\n", s->thesaurus[i]);
    if (s->nthesaurus == 0)
        fprintf(out, "thesaurus = none\n");
    if (s->query_log != NULL)
        fprintf(out, "query-log = %s\n", s->query_log);
    if (s->cors != NULL)
        fprintf(out, "cors = %s\n", s->cors);
    fprintf(out,
            "max-connections = %u\nidle-timeout = %u\nqueue-max = %u\n"
            "query-timeout = %g\n",
            (unsigned)s->max_connections, (unsigned)s->idle_timeout,
            (unsigned)s->queue_max, s->query_timeout);
    if (s->log_file != NULL)
        fprintf(out, "log-file = %s\n", s->log_file);
    fprintf(out, "log-format = %s\nverbose = %s\n",
            s->log_json ? "json" : "text", s->verbose ? "yes" : "no");
    char rank[256];
    qry_rank_format(&s->rank, rank, sizeof rank);
    fprintf(out, "rank = %s\n", rank);
}

void settings_describe(const struct settings *s, char *out, size_t cap)
{
    /* one thesaurus=<FILE> per source, as the config file names them */
    char thes[1024] = "thesaurus=<none>";
    for (size_t i = 0, o = 0; i < s->nthesaurus && o < sizeof thes; i++) {
        int n = snprintf(thes + o, sizeof thes - o, "%sthesaurus=<%s>",
                         i ? " " : "", s->thesaurus[i]);
        o += n > 0 ? (size_t)n : 0;
    }
    char rank[256];
    qry_rank_format(&s->rank, rank, sizeof rank);
    snprintf(out, cap,
             "db=<%s> listen=<%s> http=<%s> threads=%u lexicon=<%s> "
             "%s query-log=<%s> cors=<%s> max-connections=%u "
             "idle-timeout=%u queue-max=%u query-timeout=%g verbose=%d "
             "log-file=<%s> log-format=%s allow-root=%d config=<%s> "
             "rank=<%s>",
             s->db, s->listen.text, s->http.text, (unsigned)s->threads,
             s->lexicon ? s->lexicon : "none", thes,
             s->query_log ? s->query_log : "", s->cors ? s->cors : "",
             (unsigned)s->max_connections, (unsigned)s->idle_timeout,
             (unsigned)s->queue_max, s->query_timeout, s->verbose,
             s->log_file ? s->log_file : "", s->log_json ? "json" : "text",
             s->allow_root, s->conf.path != NULL ? s->conf.path : "none", rank);
}

void settings_db_opts(const struct settings *s, struct xap_open_opts *o)
{
    memset(o, 0, sizeof *o);
    if (s->query_timeout > 0)
        o->remote_timeout_ms = (unsigned)(s->query_timeout * 500.0) + 1;
}
