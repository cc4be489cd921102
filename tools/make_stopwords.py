#!/usr/bin/env python3
"""Writes data/stopwords/<lang>.txt from an npm stopword package.

Usage:
    cd /tmp && npm pack stopwords-iso && tar xzf stopwords-iso-*.tgz
    tools/make_stopwords.py /tmp/package en [de fr ...]

    mkdir /tmp/orama && cd /tmp/orama && npm pack @orama/stopwords \
        && tar xzf orama-stopwords-*.tgz
    tools/make_stopwords.py /tmp/orama/package ne sr ta

Two packages are read, told apart by the name in their package.json:
  * `stopwords-iso` (MIT): the first argument is the unpacked package folder
    (the one holding package.json and stopwords-iso.json) or the
    stopwords-iso.json file itself; it has most of our lists;
  * `@orama/stopwords` (Apache-2.0): the unpacked package folder, whose
    dist/<name>.js files each export one list; it is used for the languages
    stopwords-iso lacks and Snowball has a stemmer for: Nepali (its file
    np.js), Serbian (rs.js) and Tamil (ta.js). ORAMA_FILES maps our codes to
    its file names.
Each output file has '#' header lines naming the source package, its version
and license, then one word per line, sorted by code point, without duplicates.
Output goes to data/stopwords/ beside this script unless --out says otherwise.

Every entry is normalised the way lib/text/analyzer.cc normalises a word before
its stopword lookup, so that the entry can match: NFKC, then full case folding
("daß" -> "dass"); Turkish and Azerbaijani fold "I" to dotless "ı" and "İ" to
"i"; Russian spells "ё" as "е" ("всё" -> "все"). Entries that become equal are
kept once.

A few entries of the upstream lists are clearly broken rather than a matter of
taste; they are dropped here and named in each output file's header so that the
difference from upstream is on record (see data/README.md):
  * pure numbers ("10", "39"): "39" is the debris of the HTML entity &#39;,
    and numbers carry content in news text;
  * mojibake such as "herse\u201d" (from "herself" with the "lf" lost in an
    encoding accident): they can never match a word;
  * entries with a comma ("ei," in German, beside "ei"): a comma is a list
    separator that leaked into an entry, never part of a word;
  * entries that start with a combining mark (Arabic "\u0651\u0623\u064a...",
    Thai "\u0e49\u0e07"): a mark with no letter to sit on is a fragment;
  * for Turkish, entries with "ý", "þ", "ð", "ţ" or "đ" ("nasýl", "þey",
    "deđil"): letters Turkish does not have, left by decoding Windows-1254 text
    as another code page (they stand for "ı", "ş", "ğ", "ş", "ğ"). Most of
    the correctly spelt words are in the list as well; data/README.md names
    the four that are not.

Four upstream lists are spelt in the wrong code page or script in part;
their letters are repaired (one for one, so each entry keeps its meaning) and
the number of repaired entries is in the output file's header:
  * Lithuanian: Windows-1257 text decoded as Windows-1252 ("dëlto" for
    "dėlto", "aukðèiau" for "aukščiau");
  * Hungarian: ISO-8859-2 "ő" decoded as Latin-1 "õ" ("elõtt" for "előtt"),
    and a Cyrillic "о" typed in "ide-оda";
  * Greek: the math sign "∆" (U+2206 INCREMENT) typed for the letter "Δ"
    ("∆ια" for "δια");
  * Serbian (@orama/stopwords): Windows-1250 text decoded as Latin-1 for
    "ć", "č", "đ" ("biæe" for "biće", "èesto" for "često", "izmeðu" for
    "između"); its "š" and "ž" are right.
Romanian is written with s and t with a comma below ("ș", "ț", the correct
letters) and, in much text, with a cedilla ("ş", "ţ"); upstream has the
cedilla forms, so each such entry is added in the comma-below spelling too.
Serbian is written in Latin and in Cyrillic script, which map one to one
(Serbian's own alphabets: "lj", "nj", "dž" are the letters "љ", "њ", "џ");
upstream is Latin only, so each entry is added in Cyrillic too ("između" and
"између").
"""

import argparse
import json
import pathlib
import re
import sys
import unicodedata

ISO_PACKAGE = "stopwords-iso"
ISO_URL = "https://github.com/stopwords-iso/stopwords-iso"
ORAMA_PACKAGE = "@orama/stopwords"
ORAMA_URL = "https://github.com/oramasearch/orama"

# @orama/stopwords file names (dist/<name>.js) of the languages read from it.
ORAMA_FILES = {"ne": "np", "sr": "rs", "ta": "ta"}

# Letters that are mis-decodings of a language's own letters (see the module
# doc), by language code.
MOJIBAKE_LETTERS = {"tr": "ýþðţđ"}

# Languages whose case folding maps "I" to dotless "ı" and "İ" to "i".
TURKIC_CASE = {"tr", "az"}

# Letter repairs of lists spelt in the wrong code page (see the module doc),
# by language code: wrong letter -> right letter.
REPAIRS = {
    # Windows-1252 reading of Windows-1257 bytes.
    "lt": {"à": "ą", "á": "į", "æ": "ę", "è": "č", "ë": "ė", "ð": "š",
           "ø": "ų", "û": "ū", "þ": "ž"},
    # Latin-1 reading of ISO-8859-2 bytes; Cyrillic "о" for Latin "o".
    "hu": {"õ": "ő", "û": "ű", "\u043e": "o"},
    # U+2206 INCREMENT for U+0394 GREEK CAPITAL LETTER DELTA, lowercased.
    "el": {"\u2206": "δ"},
    # Latin-1 reading of Windows-1250 bytes.
    "sr": {"æ": "ć", "è": "č", "ð": "đ"},
}

# Spelling variants added beside each entry that has the first letter.
VARIANTS = {"ro": {"ş": "ș", "ţ": "ț"}}

# Serbian Latin to Cyrillic, digraphs first (Serbian's alphabets map one to
# one). Entries are lowercase when this is applied.
SERBIAN_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
SERBIAN_LETTERS = dict(zip(
    "abvgdđežzijklmnoprstćufhcčš",
    "абвгдђежзијклмнопрстћуфхцчш"))


def serbian_cyrillic(word):
    """The Cyrillic spelling of a lowercase Serbian Latin `word`."""
    out, i = [], 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in SERBIAN_DIGRAPHS:
            out.append(SERBIAN_DIGRAPHS[pair])
            i += 2
            continue
        out.append(SERBIAN_LETTERS.get(word[i], word[i]))
        i += 1
    return "".join(out)


def normalise(raw, language):
    """The entry as the analyzer folds a word of `language` (see module doc)."""
    word = unicodedata.normalize("NFKC", raw.strip())
    if language in TURKIC_CASE:
        word = word.replace("I", "\u0131").replace("\u0130", "i")
    word = word.casefold()
    if language == "ru":
        word = word.replace("\u0451", "\u0435")
    return word


def is_broken(word, language):
    """True for entries that cannot be real stopwords (see module doc)."""
    if word.isdigit():
        return True
    if "," in word and any(ch.isalpha() for ch in word):
        return True
    if unicodedata.category(word[0]).startswith("M"):
        return True
    if any(ch in MOJIBAKE_LETTERS.get(language, "") for ch in word):
        return True
    # Quotation marks and replacement characters inside a word are encoding
    # debris; the apostrophes ' and U+2019 are legitimate (don't, it's).
    for ch in word:
        if ch in "\u201c\u201d\u201e\u00ab\u00bb\ufffd\"":
            return True
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn"):
            return True
    return False


def read_manifest(folder):
    """(name, version, license, repository URL) from package.json."""
    manifest = folder / "package.json"
    if not manifest.exists():
        return ISO_PACKAGE, "unknown", "unknown", ISO_URL
    with open(manifest, encoding="utf-8") as f:
        meta = json.load(f)
    name = meta.get("name")
    if name not in (ISO_PACKAGE, ORAMA_PACKAGE):
        sys.exit(f"{manifest}: expected package {ISO_PACKAGE} or "
                 f"{ORAMA_PACKAGE}, found {name}")
    url = ISO_URL if name == ISO_PACKAGE else ORAMA_URL
    return (name, meta.get("version", "unknown"),
            meta.get("license", "unknown"), url)


def load_orama_list(path):
    """The list a @orama/stopwords dist/<name>.js file exports.

    The file is one statement, `export const stopwords=["...",...];`, whose
    strings are JSON strings but for JavaScript's \\xNN escapes."""
    text = path.read_text(encoding="utf-8")
    match = re.fullmatch(r"\s*export const stopwords\s*=\s*(\[.*\]);?\s*",
                         text, re.S)
    if not match:
        sys.exit(f"{path}: not a stopword list export")
    body = re.sub(r"\\x([0-9a-fA-F]{2})", r"\\u00\1", match.group(1))
    return json.loads(body)


def load_package(path, languages):
    """Returns (lists by language, name, version, license, URL)."""
    path = pathlib.Path(path)
    folder = path if path.is_dir() else path.parent
    name, version, license_name, url = read_manifest(folder)
    if name == ORAMA_PACKAGE:
        lists = {}
        for language in languages:
            if language in ORAMA_FILES:
                lists[language] = load_orama_list(
                    folder / "dist" / f"{ORAMA_FILES[language]}.js")
        return lists, name, version, license_name, url
    json_path = folder / "stopwords-iso.json" if path.is_dir() else path
    with open(json_path, encoding="utf-8") as f:
        lists = json.load(f)
    return lists, name, version, license_name, url


def repair(word, language):
    """`word` with the letters of REPAIRS[language] repaired."""
    table = REPAIRS.get(language, {})
    return "".join(table.get(ch, ch) for ch in word)


def with_variants(word, language):
    """`word` and its spelling with the VARIANTS[language] letters (for
    Serbian, in Cyrillic)."""
    if language == "sr":
        return {word, serbian_cyrillic(word)}
    table = VARIANTS.get(language, {})
    variant = "".join(table.get(ch, ch) for ch in word)
    return {word, variant}


def clean_list(words, language):
    """Normalised, repaired, de-duplicated, sorted; broken entries removed.

    Returns (kept words, dropped words, number of repaired entries)."""
    kept, dropped = set(), set()
    repaired = 0
    for raw in words:
        word = normalise(raw, language)
        if not word:
            continue
        fixed = repair(word, language)
        if fixed != word:
            repaired += 1
            word = fixed
        if is_broken(word, language):
            dropped.add(raw.strip())
        else:
            kept.update(with_variants(word, language))
    return sorted(kept), sorted(dropped), repaired


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("package", help="unpacked stopwords-iso or "
                        "@orama/stopwords package folder, or "
                        "stopwords-iso.json")
    parser.add_argument("languages", nargs="+", help="ISO 639-1 codes")
    parser.add_argument("--out", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent
                        / "data" / "stopwords",
                        help="output folder (default: data/stopwords)")
    args = parser.parse_args()

    lists, package, version, license_name, url = load_package(
        args.package, args.languages)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages:
        if language not in lists:
            sys.exit(f"{package} {version} has no list for '{language}'")
        kept, dropped, repaired = clean_list(lists[language], language)
        lines = [
            f"# Stopwords for '{language}', generated by tools/make_stopwords.py.",
            f"# Source: npm package {package} {version} "
            f"({url}), "
            f"license: {license_name}.",
            f"# {len(kept)} words; {len(dropped)} broken upstream entries "
            f"dropped: {' '.join(dropped) if dropped else '(none)'}",
        ]
        if repaired:
            lines.append(f"# {repaired} entries spelt in the wrong code page or "
                         f"script upstream repaired (see tools/make_stopwords.py).")
        if language == "sr":
            lines.append("# Every entry also in Cyrillic script.")
        if language in VARIANTS:
            lines.append("# Entries with " + ", ".join(VARIANTS[language]) +
                         " also in the spelling with " +
                         ", ".join(VARIANTS[language].values()) + ".")
        lines += [
            "# Do not edit by hand: regenerate (see data/README.md).",
        ]
        target = args.out / f"{language}.txt"
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines + kept) + "\n")
        print(f"{target}: {len(kept)} words, dropped {dropped}")


if __name__ == "__main__":
    main()
