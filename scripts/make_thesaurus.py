#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""make_thesaurus.py - the mythes-da synonym groups Referat ships.

Reads Debian's mythes-da (the LibreOffice Danish thesaurus,
/usr/share/mythes/th_da_DK.dat), keeps the groups that are safe to
apply to council minutes on socially vulnerable people, and writes them
in the thesaurus format of lib/query (one group a line). The output,
corpus/thesaurus-mythes-da.tsv, is committed: builds and CI never run
this script. Rerun it after mythes-da changes:

    apt-get install mythes-da
    python3 scripts/make_thesaurus.py > corpus/thesaurus-mythes-da.tsv

The filter (why each rule: see corpus/README.md "Thesaurus"):
  1. register: drop entries marked (daglig tale), (vulgær), (rå/ondsindet)
     and narrower terms (underbegreb): a group is searched both ways, and
     a narrower term searched for its broader one finds its siblings;
  2. one sense: drop a headword with more than one synonym sense
     (herberg: hostel / hotel / lodging); a sense another one contains
     is that sense listed twice (narkoman: stofmisbruger / junkie,
     stofmisbruger);
  3. every entry one sense: a group is searched both ways, so an entry
     with senses of its own elsewhere would bring this group to a query
     that meant another (hotel lists herberg, but herberg is also a
     youth hostel and lodging);
  4. size: drop a sense of more than MAX_GROUP entries (vague lists);
  5. domain: keep a group only if one of its entries is a word of the
     seed corpus (corpus/*.txt) or a one-word entry of the domain list
     (corpus/thesaurus.tsv; not a word of its phrases: "beskyttet" of
     "beskyttet beskæftigelse" would bring "defensiv"), in any inflection
     (stofmisbruger meets stofmisbrug) - other groups cannot change what
     is found;
  6. single words only (mythes' phrases are mostly phrasal verbs: "sætte
     op"), no stop words, none shorter than MIN_CHARS letters;
  7. common words: drop a group joining two words of the minutes one of
     which stands in COMMON_FILES corpus files or more (behandling /
     håndtering): both already carry their own senses in the text;
  8. the domain list owns its words: drop a group holding one of them,
     inflected or not (misbruge / malke / udmønte; handicap / hæmsko),
     a word of its phrases too (praktisk of "praktisk hjælp");
     its groups for compound parts ("#: use = parts") own none.

A second section ("#: use = parts") holds groups only for swapping a
part of a typed compound (budget|aftale -> økonomi|aftale): referatd
searches a swapped compound only when the index holds it, so the
compound itself is the filter, and rules 2, 3, 5, 7 and 8 do not apply.
Each synonym sense of a headword is a group (forening: selskab,
firma, ... and forening: forbund, klub, ... apart), after rules 1, 4
and 6, if one member stands as a compound's part in the seed corpus
(PART_MIN_REST letters more before or after it) and the group is not
already a whole-word group.
Python 3 standard library only; the output is deterministic.
"""
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAT = "/usr/share/mythes/th_da_DK.dat"
MAX_GROUP = 6  # entries in a group, the headword included
MIN_CHARS = 4  # shorter words are too ambiguous to expand
MIN_BASE = 7  # an inflection's base must be this long to meet another
COMMON_FILES = 3  # a word in this many corpus files is common there
PART_MIN_REST = 3  # letters a compound holds besides a part of it
DROP_TAGS = ("daglig tale", "vulgær", "rå/ondsindet", "underbegreb")
KEEP_TAGS = ("fagudtryk", "juridisk")  # stripped, the word kept
# Danish function words (Snowball's list, abridged): never synonyms
STOP = set("""af alle andet andre at blev blive bliver da de dem den denne
der deres det dette dig din disse dog du efter eller en end er et for fra
ham han hans har havde have hende hendes her hos hun hvad hvis hvor i ikke
ind jeg jer jo kunne man mange med meget men mig min mine mit mod ned noget
nogle nu når og også om op os over på selv sig sin sine sit skal skulle
som sådan thi til ud under var vi vil ville vor være været""".split())
# endings a corpus form may add to a base form (Danish inflection)
ENDINGS = ("", "e", "en", "et", "er", "erne", "ene", "es", "ens", "ets",
           "s", "r", "n", "t", "ede", "ende", "te")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def fold(s):
    return s.lower().replace("aa", "å").strip()


def parse_dat(path):
    """headword -> list of senses; a sense is a list of (entry, tag)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        if f.readline().strip().lower() != "utf-8":
            sys.exit("%s: not a UTF-8 mythes file" % path)
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        head, _, n = lines[i].rpartition("|")
        i += 1
        if not head or not n.isdigit():
            continue
        senses = []
        for line in lines[i:i + int(n)]:
            items = []
            for it in line.split("|")[1:]:  # field 0: part of speech
                m = re.match(r"^(.*?)\s*\(([^)]*)\)\s*$", it)
                word, tag = (m.group(1), m.group(2)) if m else (it, "")
                if word.strip():
                    items.append((fold(word), tag))
            senses.append(items)
        i += int(n)
        out.setdefault(fold(head), []).extend(senses)
    return out


def synonym_senses(senses):
    """The senses as lists of plain entries, register filter applied;
    senses of narrower terms only vanish. A sense whose entries another
    sense lists too is that sense listed twice (narkoman: "stofmisbruger"
    and "junkie, stofmisbruger"): only the larger is kept."""
    out = []
    for items in senses:
        keep = [w for w, tag in items
                if tag not in DROP_TAGS and (tag == "" or tag in KEEP_TAGS)]
        if any(tag != "underbegreb" for _, tag in items) and keep:
            out.append(keep)
    return [o for i, o in enumerate(out)
            if not any(set(o) < set(p) or (set(o) == set(p) and j < i)
                       for j, p in enumerate(out) if j != i)]


def domain_words():
    """The words of each corpus file (a list of sets), the words of the
    domain list (rule 8), and its one-word entries (rule 5)."""
    files = []
    for p in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt"))):
        with open(p, encoding="utf-8", errors="replace") as f:
            files.append(set(fold(w) for w in WORD.findall(f.read())))
    listed, entries = set(), set()
    parts = False  # "#: use = parts": no whole word's synonyms, owns none
    with open(os.path.join(ROOT, "corpus", "thesaurus.tsv"),
              encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#:\s*use\s*=\s*(\w+)", line)
            if m:
                parts = m.group(1) == "parts"
            if not parts:
                text = line.split("#")[0]
                listed.update(fold(w) for w in WORD.findall(text))
                entries.update(fold(e.strip()) for e in re.split("[,\t]", text)
                               if len(WORD.findall(e)) == 1 and
                               WORD.fullmatch(e.strip()))
    return files, listed, entries


def same_word(a, b):
    """a and b are one word, one of them inflected."""
    return any(a == b + e or b == a + e for e in ENDINGS)


def owned(members, listed):
    """Rule 8: a member is a word of the domain list."""
    return any(same_word(m, w) for m in members for w in listed)


def safe_in_domain(members, files, entries):
    """Rule 5 and 7: one member is a corpus or domain-list word; and the
    group does not join two words of the minutes one of which is common
    there (in COMMON_FILES files or more): such words already stand in
    the text under their own senses (behandling / håndtering)."""
    seen = [sum(in_words(m, f) for f in files) for m in members]
    if not any(seen) and not any(in_words(m, entries) for m in members):
        return False
    return not (sum(1 for n in seen if n) >= 2 and max(seen) >= COMMON_FILES)


def bases(w):
    """w and w less each inflectional ending (MIN_BASE letters left at
    least: shorter stems meet unrelated words, stort / stor)."""
    return {w[:len(w) - len(e)] for e in ENDINGS
            if w.endswith(e) and len(w) - len(e) >= MIN_BASE}


_BASES = {}


def in_words(w, words):
    """w, or another inflection of w, is one of `words`: a thesaurus
    entry in one form (stofmisbruger) meets the corpus in another
    (stofmisbrug, stofmisbrugere)."""
    held = _BASES.get(id(words))
    if held is None or held[0] is not words:  # an id is reused once freed
        held = _BASES[id(words)] = (words,
                                    set().union(*(bases(x) for x in words)))
    return (any(w + e in words for e in ENDINGS) or
            not bases(w).isdisjoint(held[1]))


def ok_entry(w):
    letters = re.sub(r"[^\w]", "", w)
    return (len(letters) >= MIN_CHARS and w not in STOP and
            " " not in w and "," not in w and "#" not in w and
            not any(c.isdigit() for c in w))


def build(th, domain):
    stats = {"headwords": len(th), "entries": sum(
        len(it) for s in th.values() for it in s)}
    syn = {h: synonym_senses(s) for h, s in th.items()}
    groups = set()
    for head, senses in sorted(syn.items()):
        if len(senses) != 1 or not ok_entry(head):
            continue  # rule 2: one sense only
        members = [head]
        for w in senses[0]:
            if w == head or w in members or not ok_entry(w):
                continue
            if len(syn.get(w, [])) > 1:
                continue  # rule 3: w means other things too
            members.append(w)
        if len(members) < 2 or len(members) > MAX_GROUP:
            continue  # rule 4
        files, listed, entries = domain
        if (not safe_in_domain(members, files, entries) or
                owned(members, listed)):
            continue  # rules 5, 7 and 8
        groups.add(tuple(sorted(set(members))))
    # a group contained in another says nothing new
    keep = sorted(g for g in groups
                  if not any(set(g) < set(o) for o in groups))
    stats["groups"] = len(keep)
    stats["out_entries"] = sum(len(g) for g in keep)
    return keep, stats


def part_index(words):
    """The beginnings and endings of words that leave PART_MIN_REST
    letters or more of the word: what a compound's part can be."""
    starts, ends = set(), set()
    for w in words:
        for k in range(1, len(w) - PART_MIN_REST + 1):
            starts.add(w[:k])
        for k in range(PART_MIN_REST, len(w)):
            ends.add(w[k:])
    return starts, ends


def is_part_of(m, index):
    """m stands as a compound's modifier or head (inflected) in a word."""
    starts, ends = index
    return m in starts or any(m + e in ends for e in ENDINGS)


def build_parts(th, domain, whole):
    """The groups for compound parts (module docstring)."""
    index = part_index(set().union(*domain[0]))
    groups = set()
    for head, senses in sorted(th.items()):
        if not ok_entry(head):
            continue
        for sense in synonym_senses(senses):
            members = [head] + [w for w in sense
                                if w != head and ok_entry(w)]
            members = sorted(set(members))
            if len(members) < 2 or len(members) > MAX_GROUP:
                continue
            if not any(is_part_of(m, index) for m in members):
                continue
            groups.add(tuple(members))
    wh = [set(g) for g in whole]
    return sorted(g for g in groups
                  if not any(set(g) < set(o) for o in groups) and
                  not any(set(g) <= o for o in wh))


def version():
    try:
        return subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "mythes-da"],
            capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    dat = sys.argv[1] if len(sys.argv) > 1 else DAT
    th = parse_dat(dat)
    domain = domain_words()
    groups, st = build(th, domain)
    parts = build_parts(th, domain, groups)
    print("# Synonym groups from mythes-da %s (LibreOffice Danish thesaurus,"
          % version())
    print("# %s), filtered for Referat's domain by" % dat)
    print("# scripts/make_thesaurus.py: %d of %d headwords kept, %d entries"
          % (st["groups"], st["headwords"], st["out_entries"]))
    print("# of %d. Copyright 2007-2014 Foreningen for frit tilgængelige"
          % st["entries"])
    print("# sprogværktøjer; licence LGPL-2.1 or GPL-2 or MPL-1.1, used here")
    print("# under GPL-2: see thesaurus-mythes-da.COPYING. Generated: do not")
    print("# edit; change the script or corpus/thesaurus.tsv instead.")
    print("#: source = mythes-da")
    print("#: weight = 0.4")
    for g in groups:
        print(", ".join(g))
    print("#")
    print("# Only to swap a part of a typed compound for a compound the index")
    print("# holds (budgetaftale -> økonomiaftale): %d groups, one synonym"
          % len(parts))
    print("# sense each, kept if a member is a compound's part in the corpus.")
    print("#: use = parts")
    for g in parts:
        print(", ".join(g))
    print("mythes-da: %(headwords)d headwords, %(entries)d entries -> "
          "%(groups)d groups, %(out_entries)d entries" % st, file=sys.stderr)


if __name__ == "__main__":
    main()
