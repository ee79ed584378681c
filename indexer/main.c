/* SPDX-License-Identifier: GPL-2.0-or-later */
/* main.c - referat-index: options, then either one indexing run over the
 * files and folders given, or a dump of what an index holds. */
#include "indexer.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "conf/conf.h"
#include "core/log.h"
#include "core/parse.h"
#include "xap/schema.h"

#define DEFAULT_LEXICON "/usr/share/dict/danish"
/* Documents Xapian keeps in memory before it writes them (uncommitted,
 * still inside our transaction) to the tables. Xapian's default of 10000
 * cost 420 MB and was slower on 9,800 items; 2000 took 140 MB. */
#define FLUSH_THRESHOLD "2000"

static void settings_init(struct settings *s)
{
    memset(s, 0, sizeof *s);
    s->lexicon = DEFAULT_LEXICON;
    s->max_file_size = MNT_FILE_MAX;
    s->positions = -1;
}

static void usage(FILE *out)
{
    fprintf(
        out,
        "Usage: referat-index --db PATH [OPTIONS] FILE|FOLDER...\n"
        "       referat-index --db PATH --dump\n"
        "       referat-index --dump-blocks|--parse FILE...\n"
        "\n"
        "Index council minutes: each agenda item becomes one document.\n"
        "Folders are walked recursively for *.txt, *.html, *.htm,\n"
        "*.xhtml, *.docx, *.odt and *.pdf files (hidden names skipped);\n"
        "files named on the command line are read whatever their name\n"
        "(PDF by its first bytes, else plain text). Metadata the text\n"
        "lacks can come from a sidecar \"FILE.meta\" (or \"NAME.meta\"\n"
        "without the extension) of \"key: value\" lines: council,\n"
        "authority, date (YYYY-MM-DD), place.\n"
        "\n"
        "Runs are incremental and atomic. Unchanged files (by SHA-256) are\n"
        "skipped; if only new files came, they are added to the live\n"
        "index; if a file changed or is gone from the folders given, every\n"
        "current file is indexed again, in parallel, into a new generation\n"
        "(PATH/gen-N, named by PATH/XAPIANDB) that replaces the old one at\n"
        "once. A run killed at any point leaves the previous index intact.\n"
        "\n"
        "Options:\n"
        "  --db PATH             index folder (required here or as db in\n"
        "                        [index] of the config file)\n"
        "  --rebuild             build a new generation of the files given\n"
        "                        only (the old one stays live until then)\n"
        "  -j, --jobs N          threads of a full build (default: online\n"
        "                        CPUs, at most %d)\n"
        "  --dump                print one JSON line per indexed item and "
        "exit\n"
        "  --dump-blocks         print the blocks (text with its style) read\n"
        "                        from each FILE, to explain a split; no index\n"
        "  --parse               print each FILE's meeting and items as JSON\n"
        "                        lines (confidence, warnings); no index\n"
        "  --lexicon PATH        word list for compound splitting "
        "(default:\n"
        "                        %s; if missing, the corpus's own\n"
        "                        words only)\n"
        "  --max-file-size N     largest file read, in bytes (default: "
        "%u)\n"
        "  --ocr-seconds S       OCR time of a scanned page (default: 30);\n"
        "                        a file's OCR stops after ten pages' worth\n"
        "                        and skips the rest with a warning\n"
        "  --positions KIND      where phrases' word positions go: streams\n"
        "                        (small and fast, one machine) or xapian\n"
        "                        (Xapian's own table and a termlist: shards\n"
        "                        served by xapian-tcpsrv); another than the\n"
        "                        index's rebuilds it (default: the index's,\n"
        "                        a new one streams)\n"
        "  --shards N            write N shards DIR/shard-0...N-1 (each an\n"
        "                        index folder a xapian-tcpsrv serves) and\n"
        "                        the stub DIR/XAPIANDB naming them; another\n"
        "                        N than before rebuilds every shard\n"
        "  --shard-by KEY        hash (of the file's path; default), council\n"
        "                        or year: which shard a file goes to\n"
        "  --stub-remote LIST    also write DIR/remote.stub naming shard k at\n"
        "                        the k-th HOST:PORT of the comma list\n"
        "  --add-shard           with --shards N+1 on N shards: add shard N\n"
        "                        and rebuild none; files stay in their\n"
        "                        shards, new ones go by --shard-by over all\n"
        "  --follow-symlinks     also read links to files outside the\n"
        "                        folders given (default: such links are\n"
        "                        skipped with a warning: a link could\n"
        "                        publish any readable file)\n"
        "  --log-format F        log lines as text or json, one object a\n"
        "                        line (default: text)\n"
        "  --config FILE         config file, or none (default:\n"
        "                        %s if it exists;\n"
        "                        keys of [index] and [referat-index], its\n"
        "                        folders indexed when none are given)\n"
        "  -q, --quiet           no progress, notices or summary; "
        "errors only\n"
        "  -v, --verbose         each file's layout, items and warnings\n"
        "  -V, --version         print the version\n"
        "  -h, --help            this text\n",
        INDEXER_JOBS_DEFAULT_MAX, DEFAULT_LEXICON, MNT_FILE_MAX,
        CONF_DEFAULT_PATH);
    fprintf(
        out,
        "\n"
        "Exit status:\n"
        "  0  every file indexed or unchanged\n"
        "  1  some files failed (named on stderr); the others were "
        "committed;\n"
        "     or no minutes file at all was found in what was given\n"
        "  2  usage error\n"
        "  3  the index could not be opened, written or read (nothing "
        "was\n"
        "     committed)\n"
        "\n"
        "Environment:\n"
        "  XAPIAN_FLUSH_THRESHOLD  documents buffered in memory before Xapian\n"
        "                        writes them out, still uncommitted (default\n"
        "                        here: %s)\n"
        "\n"
        "Index schema version %s.\n",
        FLUSH_THRESHOLD, INDEX_SCHEMA_VERSION);
}

static int bad_usage(const char *msg, const char *arg)
{
    fprintf(stderr, "referat-index: %s%s%s\n", msg, arg ? ": " : "",
            arg ? arg : "");
    fprintf(stderr, "Try 'referat-index --help'.\n");
    return EXIT_USAGE;
}

enum {
    OPT_DB = 256,
    OPT_REBUILD,
    OPT_DUMP,
    OPT_DUMP_BLOCKS,
    OPT_PARSE,
    OPT_LEXICON,
    OPT_MAX_SIZE,
    OPT_FOLLOW,
    OPT_LOG_FORMAT,
    OPT_CONFIG,
    OPT_FOLDERS,
    OPT_POSITIONS,
    OPT_SHARDS,
    OPT_SHARD_BY,
    OPT_OCR_SECONDS,
    OPT_STUB_REMOTE,
    OPT_ADD_SHARD,
};

/* The options, and the config file's keys: a key is named as the option
 * it stands for (lib/conf's table says which keys each section may
 * hold). `folders`, first, is a key only: it stands for the FILE|FOLDER
 * arguments, so getopt_long() is given the table after it. */
static const struct option opts[] = {
    {"folders", required_argument, NULL, OPT_FOLDERS},
    {"db", required_argument, NULL, OPT_DB},
    {"rebuild", no_argument, NULL, OPT_REBUILD},
    {"jobs", required_argument, NULL, 'j'},
    {"dump", no_argument, NULL, OPT_DUMP},
    {"dump-blocks", no_argument, NULL, OPT_DUMP_BLOCKS},
    {"parse", no_argument, NULL, OPT_PARSE},
    {"lexicon", required_argument, NULL, OPT_LEXICON},
    {"max-file-size", required_argument, NULL, OPT_MAX_SIZE},
    {"ocr-seconds", required_argument, NULL, OPT_OCR_SECONDS},
    {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, 'v'},
    {"follow-symlinks", no_argument, NULL, OPT_FOLLOW},
    {"log-format", required_argument, NULL, OPT_LOG_FORMAT},
    {"positions", required_argument, NULL, OPT_POSITIONS},
    {"shards", required_argument, NULL, OPT_SHARDS},
    {"shard-by", required_argument, NULL, OPT_SHARD_BY},
    {"stub-remote", required_argument, NULL, OPT_STUB_REMOTE},
    {"add-shard", no_argument, NULL, OPT_ADD_SHARD},
    {"config", required_argument, NULL, OPT_CONFIG},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};
static const struct option *const argv_opts = opts + 1;

static int add_folder(struct settings *s, const char *v, struct err *e)
{
    const char **f = realloc(s->folders, (s->nfolders + 1) * sizeof *f);
    if (f == NULL)
        return err_set(e, ERR_NOMEM, "out of memory");
    f[s->nfolders++] = v;
    s->folders = f;
    return ERR_OK;
}

/* One option (from argv or the config file) into `s`. */
static int set_opt(void *ctx, int c, const char *v, struct err *e)
{
    struct settings *s = ctx;
    uint32_t n;
    switch (c) {
    case OPT_DB:
        s->db = v;
        return ERR_OK;
    case OPT_REBUILD:
        s->rebuild = 1;
        return ERR_OK;
    case OPT_DUMP:
        s->dump = 1;
        return ERR_OK;
    case OPT_DUMP_BLOCKS:
        s->dump_blocks = 1;
        return ERR_OK;
    case OPT_PARSE:
        s->parse = 1;
        return ERR_OK;
    case OPT_LEXICON:
        s->lexicon = v;
        return ERR_OK;
    case OPT_MAX_SIZE:
        if (parse_opt_u32("max-file-size", v, 1, UINT32_MAX, &n, e) != ERR_OK)
            return ERR_INVAL;
        s->max_file_size = n;
        return ERR_OK;
    case OPT_OCR_SECONDS:
        if (parse_seconds(v, INDEXER_OCR_SECONDS_MAX, &s->ocr_seconds, e) !=
                ERR_OK ||
            s->ocr_seconds <= 0)
            return err_set(e, ERR_INVAL,
                           "--ocr-seconds <%s>: want seconds above 0, at most "
                           "%d",
                           v, INDEXER_OCR_SECONDS_MAX);
        return ERR_OK;
    case 'j':
        if (parse_opt_u32("jobs", v, 1, INDEXER_JOBS_MAX, &n, e) != ERR_OK)
            return ERR_INVAL;
        s->jobs = n;
        return ERR_OK;
    case 'q':
        s->quiet = 1;
        return ERR_OK;
    case 'v':
        s->verbose = 1;
        return ERR_OK;
    case OPT_FOLLOW:
        s->follow_symlinks = 1;
        return ERR_OK;
    case OPT_LOG_FORMAT:
        if (strcmp(v, "json") != 0 && strcmp(v, "text") != 0)
            return err_set(e, ERR_INVAL, "--log-format wants text or json: %s",
                           v);
        s->log_json = strcmp(v, "json") == 0;
        return ERR_OK;
    case OPT_POSITIONS:
        if (strcmp(v, "streams") != 0 && strcmp(v, "xapian") != 0)
            return err_set(e, ERR_INVAL,
                           "--positions wants streams or xapian: %s", v);
        s->positions =
            strcmp(v, "xapian") == 0 ? XAP_POS_XAPIAN : XAP_POS_STREAMS;
        return ERR_OK;
    case OPT_SHARDS:
        if (parse_opt_u32("shards", v, 1, INDEXER_SHARDS_MAX, &n, e) != ERR_OK)
            return ERR_INVAL;
        s->shards = n;
        return ERR_OK;
    case OPT_SHARD_BY:
        if (shard_parse_by(v, &s->shard_by) != ERR_OK)
            return err_set(e, ERR_INVAL,
                           "--shard-by wants hash, council or year: %s", v);
        return ERR_OK;
    case OPT_STUB_REMOTE:
        s->stub_remote = v;
        return ERR_OK;
    case OPT_ADD_SHARD:
        s->add_shard = 1;
        return ERR_OK;
    case OPT_CONFIG: /* read before the command line */
        return ERR_OK;
    case OPT_FOLDERS:
        return add_folder(s, v, e);
    }
    return err_set(e, ERR_INVAL, "unknown option");
}

/* The config file's [index] and [referat-index]; -1 to go on, else the
 * exit status. */
static int read_conf(struct conf *cf, int argc, char **argv, struct settings *s)
{
    struct err e = {0};
    if (conf_argv_wants_help(argc, argv))
        return -1; /* whatever the config file holds */
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], "--dump-blocks") == 0 ||
            strcmp(argv[i], "--parse") == 0)
            return -1; /* files only, no index */
    if (conf_load(cf, conf_path_from_argv(argc, argv), &e) != ERR_OK ||
        conf_apply(cf, "index", opts, set_opt, s, &e) != ERR_OK ||
        conf_apply(cf, "referat-index", opts, set_opt, s, &e) != ERR_OK)
        return bad_usage(e.msg, NULL);
    return -1;
}

/* Fill `s` from the config file, then argv; -1 to go on, else the exit
 * status. */
static int parse_options(int argc, char **argv, struct conf *cf,
                         struct settings *s)
{
    int c, st = read_conf(cf, argc, argv, s);
    if (st >= 0)
        return st;
    while ((c = getopt_long(argc, argv, "j:qvhV", argv_opts, NULL)) != -1) {
        struct err e = {0};
        if (c == 'h') {
            usage(stdout);
            return EXIT_OK;
        }
        if (c == 'V') {
            printf("referat-index %s (index schema %s)\n", REFERAT_VERSION,
                   INDEX_SCHEMA_VERSION);
            return EXIT_OK;
        }
        if (c == '?' || c == ':')
            return bad_usage("unknown option", NULL);
        if (set_opt(s, c, optarg, &e) != ERR_OK)
            return bad_usage(e.msg, NULL);
    }
    s->paths = argv + optind;
    s->npaths = (size_t)(argc - optind);
    if (s->dump_blocks || s->parse) {
        if (s->dump_blocks + s->parse + s->dump + s->rebuild > 1 ||
            s->db != NULL)
            return bad_usage("--dump-blocks and --parse take files only", NULL);
        if (s->npaths == 0)
            return bad_usage("no files to read", NULL);
        return -1;
    }
    if (s->db == NULL || *s->db == '\0')
        return bad_usage("--db PATH is required", NULL);
    if (s->npaths == 0 && !s->dump) {
        /* the folders of the config file; argv's replace them */
        s->paths = (char **)s->folders;
        s->npaths = s->nfolders;
    }
    if (s->dump && (s->npaths > 0 || s->rebuild))
        return bad_usage("--dump takes no files and no --rebuild", NULL);
    if (!s->dump && s->npaths == 0)
        return bad_usage("no files or folders to index", NULL);
    if (s->quiet && s->verbose)
        return bad_usage("--quiet and --verbose exclude each other", NULL);
    if (s->shards == 0 && s->stub_remote != NULL)
        return bad_usage("--stub-remote needs --shards", NULL);
    if (s->shards == 0 && s->add_shard)
        return bad_usage("--add-shard needs --shards", NULL);
    if (s->shards > 0 && s->dump)
        return bad_usage("--dump reads one shard: --db DIR/shard-K", NULL);
    return -1;
}

static int run(struct settings *s)
{
    log_init("referat-index",
             s->quiet ? LOG_WARN : (s->verbose ? LOG_DEBUG : LOG_INFO), NULL);
    log_set_format(s->log_json ? LOG_FORMAT_JSON : LOG_FORMAT_TEXT);
    if (s->dump_blocks)
        return inspect_blocks(s, stdout);
    if (s->parse)
        return inspect_parse(s, stdout);
    if (s->dump) {
        struct err e = {0};
        if (dump_index(s->db, stdout, &e) != ERR_OK) {
            log_msg(LOG_ERROR, "dump", "index <%s>: %s", s->db, e.msg);
            return EXIT_INDEX;
        }
        return EXIT_OK;
    }
    /* Xapian 1.4 reads its flush threshold from the environment only;
     * a value the user set wins. */
    setenv("XAPIAN_FLUSH_THRESHOLD", FLUSH_THRESHOLD, 0);
    if (s->shards > 0)
        return shard_run(s);
    int st = shard_refuse_plain(s);
    return st != EXIT_OK ? st : run_index(s);
}

int main(int argc, char **argv)
{
    struct settings s;
    struct conf cf;
    settings_init(&s);
    conf_init(&cf);
    int status = parse_options(argc, argv, &cf, &s);
    if (status < 0)
        status = run(&s);
    free(s.folders);
    conf_fini(&cf);
    return status;
}
