# SPDX-License-Identifier: GPL-2.0-or-later
"""translate.py - one benchmark query, in each engine's own language.

The query set (bench/queries/queries.tsv) uses a subset of Referat's
language that every peer can express: words (OR between them, ranked),
"phrases", prefix* wildcards and AND / OR / NOT in capitals without
parentheses. parse() turns it into must / should / must-not lists of
terms; the to_*() functions write the same meaning for each engine:
  - matching: all of `must` if any, else at least one of `should`, and
    none of `nots`;
  - terms: ("word", w), ("prefix", p), ("phrase", [w, ...]).
"""
import re

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def parse(q):
    """(must, should, nots) for a query string; ValueError if it leaves
    the subset."""
    terms = []  # (op, term) with op in "", "AND", "OR", "NOT"
    op = ""
    for m in _TOKEN.finditer(q):
        if m.group(1) is not None:
            words = m.group(1).split()
            if not words:
                continue
            t = ("phrase", words) if len(words) > 1 else ("word", words[0])
        else:
            w = m.group(2)
            if w in ("AND", "OR", "NOT"):
                op = w
                continue
            t = ("prefix", w[:-1]) if w.endswith("*") else ("word", w)
        terms.append((op, t))
        op = ""
    if not terms:
        raise ValueError("empty query %r" % q)
    must, should, nots = [], [], []
    has_and = any(o == "AND" for o, _ in terms)
    for i, (o, t) in enumerate(terms):
        if o == "NOT":
            nots.append(t)
        elif has_and:
            # "A AND B [AND C]": every positive term is required.
            must.append(t)
        else:
            should.append(t)
    return must, should, nots


# ---- Sphinx (extended query syntax inside MATCH()) --------------------------

def _sphinx_term(t):
    kind, v = t
    if kind == "phrase":
        return '"%s"' % " ".join(v)
    if kind == "prefix":
        return v + "*"
    return v


def to_sphinx(q):
    must, should, nots = parse(q)
    if must:
        s = " ".join(_sphinx_term(t) for t in must)
    elif len(should) == 1:
        s = _sphinx_term(should[0])
    else:
        s = "(%s)" % " | ".join(_sphinx_term(t) for t in should)
    for t in nots:
        s += " -%s" % _sphinx_term(t)
    return s


# ---- SQLite FTS5 ------------------------------------------------------------

def _fts5_term(t):
    kind, v = t
    if kind == "phrase":
        return '"%s"' % " ".join(v)
    if kind == "prefix":
        return '"%s"*' % v
    return '"%s"' % v


def to_fts5(q):
    must, should, nots = parse(q)
    if must:
        s = " AND ".join(_fts5_term(t) for t in must)
    else:
        s = " OR ".join(_fts5_term(t) for t in should)
    if nots:
        s = "(%s)" % s
        for t in nots:
            s += " NOT %s" % _fts5_term(t)
    return s


# ---- PostgreSQL: a tsquery expression over the 'danish' configuration -------

def _sql_str(s):
    return "'%s'" % s.replace("'", "''")


def _pg_term(t):
    kind, v = t
    if kind == "phrase":
        return "phraseto_tsquery('danish', %s)" % _sql_str(" ".join(v))
    if kind == "prefix":
        return "to_tsquery('danish', %s)" % _sql_str(v + ":*")
    return "plainto_tsquery('danish', %s)" % _sql_str(v)


def to_pg_tsquery(q):
    must, should, nots = parse(q)
    if must:
        s = " && ".join(_pg_term(t) for t in must)
    else:
        s = " || ".join(_pg_term(t) for t in should)
    s = "(%s)" % s
    for t in nots:
        s = "(%s && !!%s)" % (s, _pg_term(t))
    return s


# ---- Xapian QueryParser: Referat's syntax is already Xapian's ---------------

def to_xapian(q):
    parse(q)  # check it is in the subset
    return q
