# SPDX-License-Identifier: GPL-2.0-or-later
"""Deterministic generated minutes for the query torture test, and the
model of what was written (items, fields, exact word forms) that the
brute-force checks read.

Words are made up (two consonant-vowel syllables, each with one of q, x,
z, w, so the Danish word list splits none of them into compound parts),
used in some of their inflected forms (stem + "", "e", "er", "en", ...):
a query may ask for a form the index lacks while its stem is there.
Compounds join a word of the corpus's own word list (`<out>.lexicon`,
given to the indexer and the daemon as --lexicon, which lists these
words, never alone in the text, and the written forms) and a written
form, only where lib/text's rules split them there (splits_as: not where
the whole word's stem eats into the form, "hæzøqenes" -> "hæzøq"): each
part is then an exact term of the index without a position in any word
stream - with a form the index lacks, the
case that crashed referatd in issue 12 ("hjemløs" only inside
"hjemløsetælling"). Danish function words are mixed in. No real minutes
text."""
import os
import random

RARE = "qxzw"
CONS = "bdfghklmnprstv"
VOWELS = "aeiouyæøå"
SUFFIXES = ["", "e", "er", "en", "et", "erne", "s", "ens"]
FILLERS = ["og", "i", "at", "til", "med", "der", "for", "på", "af", "den",
           "som", "er", "om", "fra"]
COUNCILS = ["Nordby", "Sydby", "Østby", "Vestå", "Midtlund"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli",
          "august", "september", "oktober", "november", "december"]
FIELDS = ("title", "Sagsfremstilling", "Indstilling", "Beslutning")


# ---- what the splitter accepts as a head ------------------------------------

DA_VOWELS = "aeiouyæåø"
DA_MAIN = sorted(
    "hed ethed ered e erede ende erende ene erne ere en heden eren er heder "
    "erer heds es endes erendes enes ernes eres ens hedens erens ers ets "
    "erets et eret".split(), key=len, reverse=True)
DA_S_ENDING = "abcdfghjklmnoprtvyzå"
HEAD_STEM_CHARS = 3  # lib/text/compound.c


def stem_da(w):
    """Snowball Danish, as libstemmer's (lib/text stems with it); for the
    made-up words here, lower-case letters only."""
    p1 = len(w)
    for i in range(1, len(w)):
        if w[i - 1] in DA_VOWELS and w[i] not in DA_VOWELS:
            p1 = max(i + 1, 3)
            break

    def r1_ends(suf):
        return w.endswith(suf) and len(w) - len(suf) >= p1

    def consonant_pair(w):
        if any(w.endswith(x) and len(w) - 2 >= p1
               for x in ("gd", "dt", "gt", "kt")):
            return w[:-1]
        return w

    for suf in DA_MAIN:  # main suffix: the longest in R1
        if r1_ends(suf):
            w = w[:-len(suf)]
            break
    else:
        if r1_ends("s") and len(w) > 1 and w[-2] in DA_S_ENDING:
            w = w[:-1]
    w = consonant_pair(w)
    if w.endswith("igst"):
        w = w[:-2]
    for suf in ("elig", "løst", "lig", "els", "ig"):
        if w.endswith(suf) and len(w) - len(suf) >= p1:
            w = w[:-1] if suf == "løst" else consonant_pair(w[:-len(suf)])
            break
    if (len(w) >= 2 and len(w) - 1 >= p1 and w[-1] not in DA_VOWELS and
            w[-1] == w[-2]):
        w = w[:-1]
    return w


def splits_as(modifier, head):
    """Does lib/text split modifier + head there? Its rule that an ending
    is never a head: the head keeps HEAD_STEM_CHARS characters (one less
    for a 3-letter head) of the whole word's stem. "hæzøqenes" stems to
    "hæzøq" as "borgere" stems to "borg" (not bor + gere): no split."""
    keep = min(HEAD_STEM_CHARS, len(head) - 1)
    return len(modifier) + keep <= len(stem_da(modifier + head))


def fold(w):
    """Folding as lib/text does it for these words (lower case; the words
    hold no "aa" and no accents)."""
    return w.lower()


class Item:
    def __init__(self, iid, council, date):
        self.id = iid
        self.council = council  # "Udsatterådet, Nordby Kommune"
        self.date = date  # "YYYY-MM-DD"
        self.fields = {}  # field -> folded tokens in order

    def tokens(self):
        for f in FIELDS:
            yield from self.fields.get(f, [])


class Corpus:
    """Minutes files of one seed under `out`; `items` by id, `forms` the
    exact forms written (folded), `stems` the made-up stems."""

    def __init__(self, seed, out, meetings=None):
        self.r = random.Random(seed)
        self.out = out
        self.items = {}
        made = self._stems(290)
        self.r.shuffle(made)
        self.stems = sorted(made[:260])
        self.lexwords = sorted(made[260:])  # only inside compounds
        self.parts = {}  # compound token -> (lexicon word, form)
        self.forms_of = {}
        for s in self.stems:  # each stem written in 1-3 of its forms
            n = self.r.choice((1, 1, 2, 3))
            self.forms_of[s] = self.r.sample(SUFFIXES, n)
        # Zipf-like: early stems are common
        self.weights = [1.0 / (i + 1) ** 0.9 for i in range(len(self.stems))]
        os.makedirs(out, exist_ok=True)
        self.lexicon = out.rstrip("/") + ".lexicon"  # not walked
        listed = self.lexwords + [s + x for s in self.stems
                                  for x in self.forms_of[s]]
        with open(self.lexicon, "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(listed)) + "\n")
        if meetings is None:  # 30 to 300 items
            meetings = self.r.randint(4, 24)
        for m in range(meetings):
            self._meeting(m)
        self.forms = sorted({t for it in self.items.values()
                             for t in it.tokens()} - set(FILLERS))

    def _stems(self, n):
        out = set()
        while len(out) < n:
            s = ""
            for _ in range(2):
                c = self.r.choice(RARE if self.r.random() < 0.5 else CONS)
                s += c + self.r.choice(VOWELS)
            if not any(c in s for c in RARE):
                continue
            out.add(s)
        return sorted(out)

    def word(self):
        if self.r.random() < 0.2:
            return self.r.choice(FILLERS)
        s = self.r.choices(self.stems, self.weights)[0]
        w = s + self.r.choice(self.forms_of[s])
        if self.r.random() < 0.08:
            head = self.r.choice(self.lexwords)
            if splits_as(head, w):  # else the word written alone
                self.parts[head + w] = (head, w)
                return head + w
        return w

    def sentence(self, lo, hi):
        return [self.word() for _ in range(self.r.randint(lo, hi))]

    def _text(self, sentences):
        return " ".join(" ".join([s[0].capitalize()] + s[1:]) + "."
                        for s in sentences)

    def _meeting(self, m):
        r = self.r
        council = r.choice(COUNCILS)
        y, mo, d = r.randint(2015, 2024), r.randint(1, 12), r.randint(1, 28)
        date = "%04d-%02d-%02d" % (y, mo, d)
        name = "%s-%s-%d.txt" % (fold(council), date, m)
        lines = ["Referat af møde i Udsatterådet, %s Kommune" % council,
                 "Mødedato: %d. %s %d" % (d, MONTHS[mo - 1], y),
                 "Mødested: Rådhuset", ""]
        for k in range(1, r.randint(6, 14) + 1):
            it = Item("%s#%d" % (name, k),
                      "Udsatterådet, %s Kommune" % council, date)
            title = self.sentence(2, 5)
            it.fields["title"] = [fold(w) for w in title]
            lines += ["%d. %s" % (k, " ".join([title[0].capitalize()] +
                                              title[1:])), ""]
            for sec, lo, hi in (("Sagsfremstilling", 2, 5),
                                ("Indstilling", 1, 2),
                                ("Beslutning", 1, 2)):
                if sec == "Indstilling" and r.random() < 0.6:
                    continue
                sents = [self.sentence(5, 14)
                         for _ in range(r.randint(lo, hi))]
                it.fields[sec] = [fold(w) for s in sents for w in s]
                lines += [sec, "", self._text(sents), ""]
            self.items[it.id] = it
        with open(os.path.join(self.out, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))

    # ---- brute force ---------------------------------------------------

    def phrase_ids(self, words, field=None):
        """Items where `words` (exact folded forms) stand side by side in
        one field (`field`: only that one)."""
        n = len(words)
        out = set()
        for it in self.items.values():
            for f, toks in it.fields.items():
                if field is not None and f != field:
                    continue
                if any(toks[i:i + n] == words
                       for i in range(len(toks) - n + 1)):
                    out.add(it.id)
                    break
        return out

    def word_ids(self, w, field=None, whole=False):
        """Items holding the exact form `w`, alone or as a compound's part
        (a quoted word finds both); with `whole`, alone only (what NOT
        removes: never a part)."""
        out = set()
        for it in self.items.values():
            for f, toks in it.fields.items():
                if field is not None and f != field:
                    continue
                if any(t == w or (not whole and w in self.parts.get(t, ()))
                       for t in toks):
                    out.add(it.id)
                    break
        return out

    def prefix_ids(self, pre):
        """Items holding an exact form (or a compound's part) that starts
        with `pre`."""
        out = set()
        for it in self.items.values():
            for t in it.tokens():
                if t.startswith(pre) or any(
                        x.startswith(pre) for x in self.parts.get(t, ())):
                    out.add(it.id)
                    break
        return out

    def filtered(self, ids, council=None, date_from=None, date_to=None):
        out = set()
        for i in ids:
            it = self.items[i]
            if council and fold(council) not in fold(it.council):
                continue
            if date_from and it.date < date_from:
                continue
            if date_to and it.date > date_to:
                continue
            out.add(i)
        return out
