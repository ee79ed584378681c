// SPDX-License-Identifier: GPL-2.0-or-later
// xapian_direct.cc - the benchmark's "Xapian used directly" peer: what the
// engine under Referat does with no analysis of its own. TermGenerator +
// Danish stemmer (STEM_SOME) indexing of the prepared items, and
// QueryParser + Enquire top-10 searches, in one thread or N threads each
// with its own Database. Prints one JSON line.
//
//   xapian_direct index DB ITEMS.tsv
//   xapian_direct search DB QUERIES.tsv [--passes K --warmup W]
//                 [--threads N --duration S] [--rows-out FILE]
//
// ITEMS.tsv: id, authority_id, date (YYYYMMDD), year, title, body.
// QUERIES.tsv: query, authority_id (0: none), date_from, date_to ("" none).
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using Clock = std::chrono::steady_clock;

static double ms_since(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

static std::vector<std::string> split_tabs(const std::string &line)
{
    std::vector<std::string> f;
    size_t s = 0;
    for (;;) {
        size_t t = line.find('\t', s);
        f.push_back(line.substr(s, t == std::string::npos ? t : t - s));
        if (t == std::string::npos)
            break;
        s = t + 1;
    }
    return f;
}

static int do_index(const char *dbpath, const char *items)
{
    std::ifstream in(items);
    if (!in) {
        std::fprintf(stderr, "xapian_direct: cannot read %s\n", items);
        return 1;
    }
    auto t0 = Clock::now();
    Xapian::WritableDatabase db(dbpath, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem("danish"));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    std::string line;
    long n = 0;
    while (std::getline(in, line)) {
        auto f = split_tabs(line);
        if (f.size() < 6)
            continue;
        Xapian::Document doc;
        tg.set_document(doc);
        tg.index_text(f[4]);
        tg.increase_termpos();
        tg.index_text(f[5]);
        doc.add_boolean_term("XA" + f[1]);
        doc.add_value(0, f[2]);
        doc.set_data(f[0]);
        db.add_document(doc);
        n++;
    }
    db.commit();
    db.close();
    std::printf("{\"documents\":%ld,\"seconds\":%.3f}\n", n,
                ms_since(t0) / 1000.0);
    return 0;
}

struct query {
    std::string q, auth, from, to;
};

struct searcher {
    Xapian::Database db;
    Xapian::QueryParser qp;
    Xapian::Enquire enq;
    explicit searcher(const char *path) : db(path), enq(db)
    {
        qp.set_stemmer(Xapian::Stem("danish"));
        qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
        qp.set_database(db);
        qp.set_default_op(Xapian::Query::OP_OR);
        // Like Referat: a wildcard expands to at most 200 terms.
        qp.set_max_expansion(200, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    }
    int run(const query &q)
    {
        unsigned flags = Xapian::QueryParser::FLAG_PHRASE |
                         Xapian::QueryParser::FLAG_BOOLEAN |
                         Xapian::QueryParser::FLAG_LOVEHATE |
                         Xapian::QueryParser::FLAG_WILDCARD;
        Xapian::Query xq = qp.parse_query(q.q, flags);
        std::vector<Xapian::Query> filters;
        if (!q.auth.empty() && q.auth != "0")
            filters.emplace_back("XA" + q.auth);
        if (!q.from.empty())
            filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, 0, q.from,
                                 q.to);
        for (auto &f : filters)
            xq = Xapian::Query(Xapian::Query::OP_FILTER, xq, f);
        enq.set_query(xq);
        Xapian::MSet ms = enq.get_mset(0, 10);
        int rows = 0;
        for (auto it = ms.begin(); it != ms.end(); ++it) {
            std::string id = it.get_document().get_data();
            rows += !id.empty();
        }
        return rows;
    }
};

static double pct(std::vector<double> &v, double p)
{
    if (v.empty())
        return 0;
    size_t k = (size_t)(p / 100.0 * (double)(v.size() - 1) + 0.5);
    return v[std::min(k, v.size() - 1)];
}

static void print_stats(int threads, long done, double secs,
                        std::vector<double> &lat)
{
    std::sort(lat.begin(), lat.end());
    double sum = 0;
    for (double x : lat)
        sum += x;
    std::printf("{\"clients\":%d,\"requests\":%ld,\"errors\":0,"
                "\"seconds\":%.3f,\"qps\":%.1f,\"p50_ms\":%.3f,"
                "\"p90_ms\":%.3f,\"p99_ms\":%.3f,\"mean_ms\":%.3f,"
                "\"max_ms\":%.3f}\n",
                threads, done, secs, secs > 0 ? done / secs : 0.0, pct(lat, 50),
                pct(lat, 90), pct(lat, 99), lat.empty() ? 0 : sum / lat.size(),
                lat.empty() ? 0 : lat.back());
}

static int do_search(int argc, char **argv)
{
    const char *dbpath = argv[2], *qpath = argv[3], *rows_out = nullptr;
    int passes = 3, warmup = 1, threads = 1;
    double duration = 0;
    for (int i = 4; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--passes")
            passes = std::atoi(argv[i + 1]);
        else if (a == "--warmup")
            warmup = std::atoi(argv[i + 1]);
        else if (a == "--threads")
            threads = std::atoi(argv[i + 1]);
        else if (a == "--duration")
            duration = std::atof(argv[i + 1]);
        else if (a == "--rows-out")
            rows_out = argv[i + 1];
    }
    if (passes < 1 || passes > 100 || threads < 1 || threads > 256 ||
        duration < 0 || duration > 600) {
        std::fprintf(stderr, "xapian_direct: bad options\n");
        return 2;
    }
    std::vector<query> qs;
    std::ifstream in(qpath);
    std::string line;
    while (std::getline(in, line) && qs.size() < 100000) {
        auto f = split_tabs(line);
        if (f.size() < 4)
            continue;
        qs.push_back({f[0], f[1], f[2], f[3]});
    }
    if (qs.empty()) {
        std::fprintf(stderr, "xapian_direct: no queries in %s\n", qpath);
        return 1;
    }
    if (duration <= 0) {
        searcher s(dbpath);
        std::vector<double> lat;
        std::vector<int> rows(qs.size());
        double total = 0;
        for (int pass = 0; pass < warmup + passes; pass++)
            for (size_t i = 0; i < qs.size(); i++) {
                auto t0 = Clock::now();
                int r = s.run(qs[i]);
                double ms = ms_since(t0);
                if (pass >= warmup) {
                    lat.push_back(ms);
                    total += ms;
                    rows[i] = r;
                }
            }
        print_stats(1, (long)lat.size(), total / 1000.0, lat);
        if (rows_out != nullptr) {
            std::ofstream ro(rows_out);
            for (int r : rows)
                ro << r << "\n";
        }
        return 0;
    }
    std::vector<std::vector<double>> lats(threads);
    std::vector<long> done(threads, 0);
    std::atomic<int> ready(0);
    std::vector<std::thread> ts;
    auto start = Clock::now() + std::chrono::milliseconds(300);
    auto end = start + std::chrono::duration_cast<Clock::duration>(
                           std::chrono::duration<double>(duration));
    for (int t = 0; t < threads; t++)
        ts.emplace_back([&, t]() {
            searcher s(dbpath);
            ready++;
            std::this_thread::sleep_until(start);
            size_t i = (size_t)t * qs.size() / threads;
            for (;;) {
                auto t0 = Clock::now();
                if (t0 >= end)
                    break;
                s.run(qs[i]);
                auto t1 = Clock::now();
                if (t1 > end)
                    break;
                lats[t].push_back(
                    std::chrono::duration<double, std::milli>(t1 - t0).count());
                done[t]++;
                i = (i + 1) % qs.size();
            }
        });
    for (auto &t : ts)
        t.join();
    std::vector<double> all;
    long n = 0;
    for (int t = 0; t < threads; t++) {
        all.insert(all.end(), lats[t].begin(), lats[t].end());
        n += done[t];
    }
    print_stats(threads, n, duration, all);
    return 0;
}

int main(int argc, char **argv)
{
    try {
        if (argc == 4 && std::strcmp(argv[1], "index") == 0)
            return do_index(argv[2], argv[3]);
        if (argc >= 4 && std::strcmp(argv[1], "search") == 0)
            return do_search(argc, argv);
    } catch (const Xapian::Error &e) {
        std::fprintf(stderr, "xapian_direct: %s\n",
                     e.get_description().c_str());
        return 1;
    }
    std::fprintf(stderr, "usage: xapian_direct index DB ITEMS.tsv\n"
                         "       xapian_direct search DB QUERIES.tsv "
                         "[--passes K --warmup W] [--threads N --duration "
                         "S] [--rows-out F]\n");
    return 2;
}
