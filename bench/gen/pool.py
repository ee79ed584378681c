# SPDX-License-Identifier: GPL-2.0-or-later
"""pool.py - the Danish sentences the generator writes with.

Two pools, both plain lists of sentences in a fixed order:
  - seed sentences: from the real minutes in corpus/*.txt (line-break
    hyphenation undone, paragraphs joined);
  - prose sentences: Danish prose extracted from the HTML of two Debian
    documentation packages (debian-edu-doc-da, libreoffice-help-da),
    filtered to whole, ordinary sentences. Cached under bench/gen/cache/
    (git-ignored) with the package versions in its header, so a cache from
    other package versions is rebuilt.
Python 3 standard library only.
"""
import glob
import html
import html.parser
import os
import re
import subprocess
import sys

PACKAGES = ("debian-edu-doc-da", "libreoffice-help-da")
SOURCES = (
    "/usr/share/doc/debian-edu-doc-da/*.html",
    "/usr/share/libreoffice/help/da/text/**/*.html",
)
CACHE_FORMAT = "pool-v2"

_BLOCK = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "td", "th", "tr", "table", "br", "title", "dt", "dd", "section",
    "blockquote", "figcaption", "caption", "header", "footer", "nav",
}
_SKIP = {"script", "style", "pre", "code", "kbd", "tt", "samp"}

# Words that mark a sentence as Danish (at least two needed) or English
# (any one rejects it).
_DA = set(
    "og at i det er en til på som af for med der de den har kan ikke skal "
    "vil eller et om man være blive bliver når hvis så også kun fra du din "
    "dit dine sig sin sit sine hvor efter ved andre over under disse denne "
    "dette alle mere meget blev var havde".split()
)
_EN = set(
    "the and of is are with this you your which be will can an it on or "
    "not that from have has was were".split()
)
# Product and system names that no council would write about.
_TECH = re.compile(
    r"LibreOffice|OpenOffice|Debian|Skolelinux|Linux|LDAP|GOsa|Kerberos|"
    r"Calc|Writer|Impress|Draw\b|Math\b|Basic\b|BASIC|SQL|XML|HTML|URL|"
    r"Windows|macOS|Unix|KDE|GNOME|Xfce|LTSP|DHCP|DNS|NFS|Samba|PXE|"
    r"Firefox|Chromium|ODF|CSV|Ctrl|Alt\b|Shift|Enter\b|Tab\b|Esc\b|"
    r"makro|Makro|celle|Celle|regneark|Regneark|dialog|Dialog|"
    r"fanebladet|Fanebladet|kommando|Kommando|menu|Menu|klik|Klik|"
    r"ikon|Ikon|markør|Markør|server|Server|installer|Installer|"
    r"skrifttype|Skrifttype|formel|Formel|funktionen|Funktionen|"
    r"tastatur|Tastatur|dokumentet|Dokumentet|objekt|Objekt"
)
# Help-page openings (imperatives, "Returns ...") that read as a manual.
_UI_START = set(
    "Vælg Returnerer Angiver Indtast Viser Indsætter Brug Marker Angiv "
    "Tegner Tilføjer Specificerer Beregner Skriv Opretter Åbner Konverterer "
    "Flytter Se Klik Tryk Definerer Fjerner Sletter Gemmer Aktiverer "
    "Deaktiverer Sætter Ændrer Bestemmer Vis Skjuler Udskriver Kopierer "
    "Tildeler Formaterer Konfigurer Installer Kør Start".split()
)
_BAD_CHARS = re.compile(r"[^\w\s,.;:()\-–'\"%§»«]")
_WORD = re.compile(r"\w+", re.UNICODE)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


class _Text(html.parser.HTMLParser):
    """Collect text blocks of an HTML page, skipping code and scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.cur = []
        self.skip = 0

    def _flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        if tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip > 0:
            self.skip -= 1
        if tag in _BLOCK:
            self._flush()

    def handle_data(self, data):
        if self.skip == 0:
            self.cur.append(data)

    def close(self):
        super().close()
        self._flush()


def split_sentences(text):
    return [s.strip() for s in _SPLIT.split(text) if s.strip()]


def is_prose(s, min_words=6, max_words=35):
    """True for an ordinary Danish sentence: capital start, full stop end,
    plain characters, Danish function words, few capitalised words, no
    product names."""
    if not (30 <= len(s) <= 320) or s[-1] != "." or s[0] not in \
            "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ":
        return False
    if _BAD_CHARS.search(s) or _TECH.search(s) or "..." in s:
        return False
    if re.search(r"\w[.:;,]\w", s):  # "farvesystemet.Resultatet"
        return False
    words = _WORD.findall(s)
    if words[0] in _UI_START:
        return False
    if not (min_words <= len(words) <= max_words):
        return False
    low = [w.lower() for w in words]
    if sum(1 for w in low if w in _DA) < 2 or any(w in _EN for w in low):
        return False
    alpha = sum(1 for w in words if w.isalpha())
    caps = sum(1 for w in words[1:] if w[0].isupper())
    return alpha >= 0.85 * len(words) and caps <= max(1, len(words) // 6)


def _package_versions():
    out = []
    for p in PACKAGES:
        try:
            v = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", p],
                capture_output=True, text=True, check=False,
            ).stdout.strip()
        except OSError:
            v = ""
        out.append("%s=%s" % (p, v or "missing"))
    return out


def ensure_packages(install=True):
    """Install the documentation packages with apt-get if missing."""
    missing = [v.split("=")[0] for v in _package_versions()
               if v.endswith("=missing")]
    if not missing:
        return
    if not install:
        sys.exit("generate.py: packages missing: %s (run without "
                 "--no-install, as root)" % " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print("generate.py: apt-get install %s" % " ".join(missing),
          file=sys.stderr)
    rc = subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends"]
        + missing, env=env, stdout=subprocess.DEVNULL, check=False,
    ).returncode
    if rc != 0:
        subprocess.run(["apt-get", "update", "-q"], env=env,
                       stdout=subprocess.DEVNULL, check=False)
        rc = subprocess.run(
            ["apt-get", "install", "-y", "-q", "--no-install-recommends"]
            + missing, env=env, stdout=subprocess.DEVNULL, check=False,
        ).returncode
    if rc != 0:
        sys.exit("generate.py: apt-get install %s failed" % " ".join(missing))


def _extract_prose():
    files = []
    for pat in SOURCES:
        files.extend(glob.glob(pat, recursive=True))
    files.sort()
    seen = set()
    for path in files:
        p = _Text()
        with open(path, encoding="utf-8", errors="replace") as f:
            try:
                p.feed(f.read())
                p.close()
            except (ValueError, AssertionError):
                continue
        for block in p.blocks:
            for s in split_sentences(html.unescape(block)):
                if is_prose(s):
                    seen.add(s)
    return sorted(seen)


def prose_pool(cache_dir, install=True):
    """The prose sentences, from the cache or extracted anew."""
    ensure_packages(install)
    header = "# %s %s" % (CACHE_FORMAT, " ".join(_package_versions()))
    path = os.path.join(cache_dir, "prose-sentences.txt")
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[0] == header:
            return [l for l in lines[1:] if l]
    except OSError:
        pass
    sents = _extract_prose()
    if len(sents) < 1000:
        sys.exit("generate.py: only %d prose sentences extracted" % len(sents))
    os.makedirs(cache_dir, exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(header + "\n" + "\n".join(sents) + "\n")
    os.replace(tmp, path)
    return sents


def _seed_paragraphs(text):
    """Paragraphs of a seed file with line-break hyphens undone."""
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    paras, cur = [], []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if cur:
                paras.append(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        paras.append(cur)
    out = []
    for lines in paras:
        t = lines[0]
        for l in lines[1:]:
            if re.search(r"\w-$", t) and l[:1].islower():
                t = t[:-1] + l
            else:
                t = t + " " + l
        out.append(" ".join(t.split()))
    return out


def seed_pool(corpus_dir):
    """Sentences of the real minutes, in file order, deduplicated."""
    out, seen = [], set()
    for path in sorted(glob.glob(os.path.join(corpus_dir, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            paras = _seed_paragraphs(f.read())
        for p in paras:
            for s in split_sentences(p):
                s = s.strip(" •-–")
                if s in seen or not (5 <= len(_WORD.findall(s)) <= 60):
                    continue
                if s[-1] not in ".!?" or not s[0].isupper():
                    continue
                if "http" in s or "@" in s or "\t" in s or "....." in s:
                    continue
                seen.add(s)
                out.append(s)
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    pool = prose_pool(os.path.join(here, "cache"))
    seeds = seed_pool(os.path.join(here, "..", "..", "corpus"))
    print("prose %d sentences, seeds %d sentences" % (len(pool), len(seeds)))
