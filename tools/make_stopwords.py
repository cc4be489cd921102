#!/usr/bin/env python3
"""Writes data/stopwords/<lang>.txt from the npm package `stopwords-iso`.

Usage:
    cd /tmp && npm pack stopwords-iso && tar xzf stopwords-iso-*.tgz
    tools/make_stopwords.py /tmp/package en [de fr ...]

The first argument is the unpacked package folder (the one holding
package.json and stopwords-iso.json) or the stopwords-iso.json file itself.
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

Three upstream lists are spelt in the wrong code page or script in part;
their letters are repaired (one for one, so each entry keeps its meaning) and
the number of repaired entries is in the output file's header:
  * Lithuanian: Windows-1257 text decoded as Windows-1252 ("dëlto" for
    "dėlto", "aukðèiau" for "aukščiau");
  * Hungarian: ISO-8859-2 "ő" decoded as Latin-1 "õ" ("elõtt" for "előtt"),
    and a Cyrillic "о" typed in "ide-оda";
  * Greek: the math sign "∆" (U+2206 INCREMENT) typed for the letter "Δ"
    ("∆ια" for "δια").
Romanian is written with s and t with a comma below ("ș", "ț", the correct
letters) and, in much text, with a cedilla ("ş", "ţ"); upstream has the
cedilla forms, so each such entry is added in the comma-below spelling too.
"""

import argparse
import json
import pathlib
import sys
import unicodedata

PACKAGE = "stopwords-iso"

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
}

# Spelling variants added beside each entry that has the first letter.
VARIANTS = {"ro": {"ş": "ș", "ţ": "ț"}}


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


def load_package(path):
    """Returns (lists by language, version, license) from the package."""
    path = pathlib.Path(path)
    folder = path if path.is_dir() else path.parent
    json_path = folder / "stopwords-iso.json" if path.is_dir() else path
    with open(json_path, encoding="utf-8") as f:
        lists = json.load(f)
    version, license_name = "unknown", "unknown"
    manifest = folder / "package.json"
    if manifest.exists():
        with open(manifest, encoding="utf-8") as f:
            meta = json.load(f)
        if meta.get("name") != PACKAGE:
            sys.exit(f"{manifest}: expected package {PACKAGE}, "
                     f"found {meta.get('name')}")
        version = meta.get("version", version)
        license_name = meta.get("license", license_name)
    return lists, version, license_name


def repair(word, language):
    """`word` with the letters of REPAIRS[language] repaired."""
    table = REPAIRS.get(language, {})
    return "".join(table.get(ch, ch) for ch in word)


def with_variants(word, language):
    """`word` and its spelling with the VARIANTS[language] letters."""
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
    parser.add_argument("package", help="unpacked stopwords-iso package "
                        "folder or its stopwords-iso.json")
    parser.add_argument("languages", nargs="+", help="ISO 639-1 codes")
    parser.add_argument("--out", type=pathlib.Path,
                        default=pathlib.Path(__file__).resolve().parent.parent
                        / "data" / "stopwords",
                        help="output folder (default: data/stopwords)")
    args = parser.parse_args()

    lists, version, license_name = load_package(args.package)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.languages:
        if language not in lists:
            sys.exit(f"{PACKAGE} {version} has no list for '{language}'")
        kept, dropped, repaired = clean_list(lists[language], language)
        lines = [
            f"# Stopwords for '{language}', generated by tools/make_stopwords.py.",
            f"# Source: npm package {PACKAGE} {version} "
            f"(https://github.com/stopwords-iso/stopwords-iso), "
            f"license: {license_name}.",
            f"# {len(kept)} words; {len(dropped)} broken upstream entries "
            f"dropped: {' '.join(dropped) if dropped else '(none)'}",
        ]
        if repaired:
            lines.append(f"# {repaired} entries spelt in the wrong code page or "
                         f"script upstream repaired (see tools/make_stopwords.py).")
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
