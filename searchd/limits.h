/* SPDX-License-Identifier: GPL-2.0-or-later */
/* limits.h - every limit referatd enforces, each with the reason for it.
 * The ones worth tuning are also settings (settings.c); these are their
 * defaults and hard bounds. searchd/README.md explains them for operators. */
#ifndef REFERAT_SEARCHD_LIMITS_H
#define REFERAT_SEARCHD_LIMITS_H

#include "proto/proto.h"
#include "query/query.h"

/* Bytes before a newline: a request is a query of at most QRY_BYTES_MAX
 * plus a little JSON; past it the client is broken or hostile (close). */
#define LIMIT_LINE_BYTES PROTO_LINE_MAX

/* Results per page and how deep one may page: Xapian's cost grows with
 * offset+limit, and nobody reads result 1001. */
#define LIMIT_PAGE   PROTO_LIMIT_MAX
#define LIMIT_WINDOW PROTO_WINDOW_MAX

/* Query size, terms and wildcard expansion are capped in lib/query
 * (QRY_BYTES_MAX, QRY_TERMS_MAX, QRY_DEPTH_MAX); a wildcard may expand to
 * at most this many terms, so `a*` cannot make one query scan the whole
 * vocabulary. */
#define LIMIT_EXPANSION QRY_EXPANSION_MAX

/* Open connections, line protocol and HTTP together (default of
 * --max-connections): each costs a descriptor and buffers; past it a
 * client gets `ERR busy` / 503 and is closed, others keep being served. */
#define LIMIT_CONNECTIONS_DEF 512
/* Descriptors kept free for the index, logs and listeners when checking
 * --max-connections against RLIMIT_NOFILE. */
#define LIMIT_FD_RESERVE 64

/* Seconds a connection may sit idle, or take to send one request line
 * (default of --idle-timeout): bounds slow-loris clients and sockets
 * left open by crashed peers. */
#define LIMIT_IDLE_TIMEOUT_DEF 30
#define LIMIT_IDLE_TIMEOUT_MAX 3600

/* Requests waiting for a worker (default of --queue-max): past it the
 * reply is `busy` / 503 at once rather than ever-growing latency. */
#define LIMIT_QUEUE_DEF 256
#define LIMIT_QUEUE_MAX 65536

/* Seconds a search may take, counted from its arrival (default of
 * --query-timeout): a few costly queries must not hold every worker
 * while cheap ones wait. Past it a search stops counting and answers
 * what it found (`timed_out`); at twice it stops (`ERR timeout`). */
#define LIMIT_QUERY_TIMEOUT_DEF 2
#define LIMIT_QUERY_TIMEOUT_MAX 3600

/* A search is costly, and runs on at most all workers but one, when it
 * has a wildcard, pages past this (offset + limit) or has this many
 * words; cheap ones go first, unless the oldest costly one has waited
 * LIMIT_HEAVY_WAIT_MS (so a stream of cheap ones cannot starve it). */
#define LIMIT_CHEAP_WINDOW  100
#define LIMIT_CHEAP_WORDS   16
#define LIMIT_HEAVY_WAIT_MS 1000

/* Worker threads (--threads): each holds an open index and a stemmer. */
#define LIMIT_THREADS_MAX 64

/* Requests one connection may run in one event-loop turn before others
 * get their turn (pipelined PING/STATS/errors are answered inline). */
#define LIMIT_REQS_PER_EVENT 16

/* Reply bytes queued for a client that is not reading: stop reading its
 * requests until it catches up, so a client cannot make us buffer
 * without bound (an item in full is ~100 KB). */
#define LIMIT_OUTPUT_BYTES (1024 * 1024)

/* After a last error reply we shut our side and discard the peer's
 * bytes for a moment (lingering close), so the reply is not lost to a
 * reset; bounded in time and bytes. */
#define LIMIT_LINGER_MS    1000
#define LIMIT_LINGER_BYTES (256 * 1024)

/* Input bytes buffered per connection: a full line plus one more read. */
#define LIMIT_INPUT_BYTES (LIMIT_LINE_BYTES + 4096)

/* HTTP: request line plus headers, and the URI alone. GET has no body. */
#define LIMIT_HTTP_HEADERS 16384
#define LIMIT_HTTP_URI     (LIMIT_LINE_BYTES + 1024)
#define LIMIT_HTTP_BODY    1024
/* HTTP input buffered per connection. While a reply is being written,
 * evhttp (2.1) keeps reading, to notice a close, with nothing consuming
 * the bytes: a client pipelining requests without reading the replies
 * would make us buffer all it sends. Past this we stop reading it; a
 * whole request (headers and body) always fits. */
#define LIMIT_HTTP_INPUT (LIMIT_HTTP_HEADERS + LIMIT_HTTP_BODY + 4096)

/* Snippet bytes shown per hit (of the item's text, marks excluded). */
#define LIMIT_SNIPPET_BYTES 240

/* Milliseconds between checks for a new index revision: a commit is
 * served within this delay; checking costs a file read in Xapian. */
#define LIMIT_REVISION_POLL_MS 100
/* A snapshot that failed to build (a thesaurus that does not load) is
 * tried again this often; /health says "degraded" meanwhile. */
#define LIMIT_RELOAD_RETRY_MS 1000

/* Seconds to finish in-flight requests after SIGTERM before giving up. */
#define LIMIT_SHUTDOWN_GRACE 10
/* Seconds the teardown after that may take before SIGALRM ends the
 * process (it frees memory and joins threads: normally milliseconds). */
#define LIMIT_TEARDOWN_S 30

/* Word streams (positions, for phrases) larger than this are not held
 * in memory: lib/xap then reads each document's from the index (slower
 * phrases, less memory). Some 2 bytes per word of text: 16 MB for 50 MB
 * of minutes. */
#define LIMIT_WORDS_BYTES ((size_t)1 << 30)

/* Query bytes written to the query log per request. */
#define LIMIT_QLOG_QUERY 200

#endif
