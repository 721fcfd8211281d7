"""Write places.json: the hand-kept entries of _places_curated.json, completed to every
country and territory of ../shared/reference/countries.tsv.

Run by hand from anywhere (not part of the package or the tests):

    python tools/data/_make_places.py            # writes places.json
    python tools/data/_make_places.py --report   # and says what each rule left out

Reads only ../shared/reference (countries.tsv, capitals.tsv), _places_curated.json (the
entries kept by hand: never changed here, only added to), _places_fetched.tsv and
_places_checks.tsv (written once by _fetch_places.py from the public datasets). The same
input gives the same bytes. SOURCES.md beside this file says where every field comes from
and states each rule below.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE_DATA = HERE.parents[1] / "rightsgraph" / "builders" / "data"
REFERENCE = HERE.parents[2] / "shared" / "reference"
CURATED = HERE / "_places_curated.json"
FETCHED = HERE / "_places_fetched.tsv"
CHECKS = HERE / "_places_checks.tsv"
OUTPUT = PACKAGE_DATA / "places.json"

# A name borne as a first name by at least this share (percent) of the people in the 1990 US
# Census lists makes a country name ambiguous. At 0.05 the rule marks exactly the three
# countries the file already marked (Chad 0.165, Georgia 0.091, Jordan 0.056); the next ones,
# Israel 0.028, Kenya 0.011 and India 0.006, are below it.
GIVEN_NAME_SHARE = 0.05

# capitals.tsv's name for the US capital is cut short ("Washi, D.C."): its id, Q61, is taken
# with world-countries' name for the same capital.
CAPITAL_NAME_FIXES = {("US", "Washi, D.C."): "Washington D.C."}

# countries.tsv's 'name' column holds the UN M49 name everywhere but in the CI row, where it and
# 'common_name' are swapped: M49 (and the UN's own term list, UNTERM) says "Côte d'Ivoire".
M49_FIXES = {("CI", "Ivory Coast"): "Côte d'Ivoire"}

# Other spellings that pass every mechanical check but are no name of the country in English
# text, left out by hand.
LEFT_OUT = {
    ("BN", "Abode of Peace"): "half of the official name 'Nation of Brunei, Abode of Peace', cut at its comma",
    ("IM", "Mann"): "the Manx name; in English text a surname ('Mann said')",
    ("JP", "Nippon"): "the Japanese name; in English text mostly part of other names (the Nippon Foundation)",
    ("SJ", "Svalbard og Jan Mayen"): "Norwegian: world-countries gives it as the official English name",
    ("TL", "Timor"): "the whole island, half of it Indonesia's (West Timor)",
}

# Names a rule would leave out that are kept by hand.
KEPT = {
    ("VA", "Vatican"): "'the Vatican' is how English text usually names the Holy See; world-countries also gives it as the demonym, which stays",
}

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_FIELD_ORDER = ("key", "label", "aliases", "demonyms", "capitals", "capital_wikidata", "wikidata", "iso2", "iso3", "ambiguous")


def fold(text: str) -> str:
    """As rightsgraph.builders.names.fold: lower case, straight apostrophes, no accents, single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(text.lower().split())


def straight(text: str) -> str:
    """Straight apostrophes (the builder's matcher adds the curly form of every name itself)."""
    return " ".join(text.translate(_APOSTROPHES).split())


def unaccented(text: str) -> str:
    """The same name without accents, case kept: the matcher compares letters exactly."""
    text = unicodedata.normalize("NFKD", straight(text))
    return unicodedata.normalize("NFC", "".join(char for char in text if not unicodedata.combining(char)))


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_tsv(path: Path, header: tuple[str, ...], rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n", escapechar="\\")
        writer.writerow(header)
        writer.writerows(rows)


def m49(row: dict[str, str]) -> str:
    """The UN M49 English name of a reference row."""
    return straight(M49_FIXES.get((row["iso2"], row["name"]), row["name"]))


def natural_order(name: str) -> str:
    """'Bolivia (Plurinational State of)' -> 'Plurinational State of Bolivia';
    'China, Hong Kong Special Administrative Region' -> 'Hong Kong Special Administrative Region of China'
    (M49's only names with the head after a comma; 'Bonaire, Sint Eustatius and Saba' is a list)."""
    if match := re.fullmatch(r"(.+) \((.+ of)\)", name):
        return f"{match[2]} {match[1]}"
    if match := re.fullmatch(r"([^,(]+), ([^,]+ Special Administrative Region)", name):
        return f"{match[2]} of {match[1]}"
    return name


def key_of(common_name: str) -> str:
    """'Côte d’Ivoire' -> 'cote-d-ivoire', 'St. Kitts & Nevis' -> 'saint-kitts-and-nevis', 'U.S. Virgin Islands' -> 'us-virgin-islands'."""
    text = fold(common_name).replace("&", " and ")
    text = re.sub(r"\bst\. ", "saint ", text).replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def is_acronym(name: str) -> bool:
    """As the builder's matcher decides it: one word, every letter a capital."""
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters) and len(name.split()) == 1


def contained_names(name: str, names: set[str]) -> list[str]:
    """The folded names of ``names`` found inside ``name`` as a shorter run of whole words
    ("jersey" in "New Jersey"); none when the name is one of them but for a leading article
    ("La Réunion")."""
    words = re.sub(r"^(the|la|le|les|el|al) ", "", fold(name)).split()
    if " ".join(words) in names:
        return []
    return sorted({" ".join(words[start:end]) for start in range(len(words)) for end in range(start + 1, len(words) + 1)
                   if end - start < len(words) and " ".join(words[start:end]) in names})


def without_article(name: str) -> str:
    return re.sub(r"^[Tt]he ", "", name)


def is_inverted(name: str, others: set[str]) -> bool:
    """An index form such as 'Korea, Republic of' or 'Virgin Islands, British': never written so in running text."""
    if ", " not in name:
        return False
    head, _, tail = name.rpartition(", ")
    return bool(re.search(r"\b(of|of the)$", tail)) or fold(f"{tail} {head}") in others


class Inputs:
    def __init__(self) -> None:
        self.countries = read_tsv(REFERENCE / "countries.tsv")
        self.capitals = {row["iso2"]: row for row in read_tsv(REFERENCE / "capitals.tsv")}
        self.curated = json.loads(CURATED.read_text(encoding="utf-8"))
        self.fetched: dict[str, list[dict[str, str]]] = defaultdict(list)
        if FETCHED.exists():
            for row in read_tsv(FETCHED):
                self.fetched[row["iso2"]].append(row)
        self.checks: dict[str, tuple[bool, float]] = {}
        if CHECKS.exists():
            self.checks = {row["name"]: (row["common_word"] == "1", float(row["given_name_percent"]))
                           for row in read_tsv(CHECKS)}

    def values(self, iso2: str, *fields: str) -> list[str]:
        return [straight(row["value"]) for row in self.fetched[iso2] if row["field"] in fields]

    def is_spelling(self, iso2: str, name: str) -> bool:
        """Whether the name is (or is made from) one of world-countries' other spellings."""
        return any(item["field"] == "alt" and name in (straight(item["value"]), without_article(straight(item["value"])),
                                                       unaccented(without_article(straight(item["value"]))))
                   for item in self.fetched[iso2])

    def core_names(self, row: dict[str, str]) -> list[str]:
        """The names a country is known by in the reference: M49 (as written and in natural order) and the common name."""
        names = [natural_order(m49(row)), m49(row), straight(row["name"]), straight(row["common_name"])]
        return [name for name in dict.fromkeys(names) if name]

    def english_names(self, row: dict[str, str]) -> list[str]:
        """Every English name of one country, in the order they are taken: the reference's, CLDR's, world-countries'."""
        iso2 = row["iso2"]
        cldr = [straight(item["value"]) for item in self.fetched[iso2] if item["field"].startswith("cldr-")]
        checked = [straight(item["value"]) for item in self.fetched[iso2] if item["field"] in ("official", "alt") and not item["check"]]
        return [*self.core_names(row), *cldr, *self.values(iso2, "common"), *checked]


def names_to_check() -> set[str]:
    """Every folded name the build tests against the word and given-name lists."""
    inputs = Inputs()
    names = set()
    for row in inputs.countries:
        iso2 = row["iso2"]
        for name in [*inputs.english_names(row), *inputs.values(iso2, "demonym", "capital")]:
            names |= {fold(name), fold(without_article(name))}
        if iso2 in inputs.capitals:
            names.add(fold(inputs.capitals[iso2]["capital"]))
    for item in inputs.curated["countries"]:
        names |= {fold(name) for field in ("aliases", "demonyms", "capitals") for name in item[field]} | {fold(item["label"])}
    return names


class Build:
    def __init__(self, inputs: Inputs) -> None:
        self.inputs = inputs
        self.report: list[str] = []
        self.by_iso2 = {row["iso2"]: row for row in inputs.countries}

    def say(self, text: str) -> None:
        self.report.append(text)

    def common_word(self, name: str) -> bool:
        return self._check(name)[0]

    def given_share(self, name: str) -> float:
        return self._check(name)[1]

    def _check(self, name: str) -> tuple[bool, float]:
        folded = fold(name)
        if folded not in self.inputs.checks:
            raise SystemExit(f"{folded!r} is not in {CHECKS.name}: run _fetch_places.py again")
        return self.inputs.checks[folded]

    def flagged(self, name: str) -> str:
        """Why a name would also match ordinary text: a common word or a common given name ('' if neither).
        An acronym ("US") is matched case-sensitively by the builder, so it never meets the word."""
        if is_acronym(name):
            return ""
        if self.common_word(name):
            return "a common word"
        if self.given_share(name) >= GIVEN_NAME_SHARE:
            return f"a given name ({self.given_share(name):.3f} %)"
        return ""

    def curated_iso2(self) -> dict[str, str]:
        """The reference row of each hand-kept entry: the one whose names share a name with the entry's."""
        found = {}
        for item in self.inputs.curated["countries"]:
            names = {fold(item["label"])} | {fold(name) for name in item["aliases"]}
            matches = [row["iso2"] for row in self.inputs.countries
                       if names & {fold(name) for name in self.inputs.english_names(row)}]
            if len(matches) != 1:
                raise SystemExit(f"{item['key']}: {len(matches)} reference rows share a name with it ({matches})")
            found[item["key"]] = matches[0]
        if len(set(found.values())) != len(found):
            raise SystemExit("two hand-kept entries share a reference row")
        return found

    def run(self) -> dict:
        curated = self.inputs.curated["countries"]
        curated_rows = self.curated_iso2()
        # the builder keeps countries, regions and actors in one table: a new key is none of theirs
        keys = {item["key"] for item in curated} | {region["key"] for region in self.inputs.curated["regions"]}
        keys |= {actor["key"] for actor in json.loads((PACKAGE_DATA / "actors.json").read_text(encoding="utf-8"))["actors"]}
        entries: dict[str, dict] = {}  # iso2 -> entry, hand-kept ones first
        for item in curated:
            iso2 = curated_rows[item["key"]]
            row = self.by_iso2[iso2]
            entry = {field: (list(value) if isinstance(value, list) else value) for field, value in item.items()}
            if entry.get("wikidata") and entry["wikidata"] != row["wikidata"]:
                self.say(f"wikidata: {entry['key']} had {entry['wikidata']}, countries.tsv says {row['wikidata']}: took countries.tsv's")
            entry["wikidata"] = row["wikidata"]
            entries[iso2] = entry
        for row in sorted(self.inputs.countries, key=lambda row: key_of(row["common_name"] or row["name"])):
            if row["iso2"] in entries:
                continue
            key = key_of(row["common_name"] or row["name"])
            if key in keys:
                raise SystemExit(f"{key}: the key is taken")
            keys.add(key)
            entries[row["iso2"]] = {"key": key, "label": natural_order(m49(row)), "aliases": [],
                                    "demonyms": [], "capitals": [], "wikidata": row["wikidata"]}
        new = {iso2 for iso2 in entries if iso2 not in curated_rows.values()}
        for iso2, entry in entries.items():
            entry["iso2"], entry["iso3"] = iso2, self.by_iso2[iso2]["iso3"]

        names = self._names(entries)
        self._add_aliases(entries, new, names)
        self._add_demonyms(entries)
        self._add_capitals(entries)
        for iso2 in sorted(new):
            entry = entries[iso2]
            reasons = [f"{name!r} is {self.flagged(name)}" for name in self.inputs.core_names(self.by_iso2[iso2]) if self.flagged(name)]
            if reasons:
                entry["ambiguous"] = True
                self.say(f"ambiguous: {entry['key']}: " + "; ".join(dict.fromkeys(reasons)))
        ordered = [entries[curated_rows[item["key"]]] for item in curated]
        ordered += sorted((entries[iso2] for iso2 in new), key=lambda entry: entry["key"])
        countries = [{**{field: entry[field] for field in _FIELD_ORDER if field in entry},
                      **{field: value for field, value in entry.items() if field not in _FIELD_ORDER}} for entry in ordered]
        return {"countries": countries, "regions": self.inputs.curated["regions"] + self._blocking_regions(entries)}

    def _blocking_regions(self, entries: dict[str, dict]) -> list[dict]:
        """A region for each CLDR subdivision whose name holds another country's name inside it
        ("New Jersey", "Northern Ireland", "East Azerbaijan"): matched whole, the longer name
        wins over the country's, as "Gaza Strip" does."""
        owner = {fold(name): iso2 for iso2, entry in entries.items() for name in [entry["label"], *entry["aliases"]]}
        taken = set(owner) | {fold(name) for entry in entries.values() for name in entry["capitals"]}
        taken |= {fold(name) for region in self.inputs.curated["regions"] for name in [region["label"], *region["aliases"]]}
        keys = {entry["key"] for entry in entries.values()} | {region["key"] for region in self.inputs.curated["regions"]}
        keys |= {actor["key"] for actor in json.loads((PACKAGE_DATA / "actors.json").read_text(encoding="utf-8"))["actors"]}
        regions = {}
        for iso2 in sorted(self.inputs.fetched):
            for row in self.inputs.fetched[iso2]:
                if not row["field"].startswith("subdivision:"):
                    continue
                name = straight(row["value"])
                inside = [found for found in contained_names(name, set(owner)) if owner[found] != iso2]
                if not inside:
                    continue
                if fold(name) in taken:
                    self.say(f"region left out: {name!r}: already a name or capital")
                    continue
                key = key_of(name)
                if key in keys or key in regions:
                    raise SystemExit(f"{key}: the key is taken")
                regions[key] = {"key": key, "label": name, "aliases": [], "country": entries[iso2]["key"]}
                self.say(f"region: {key} ({entries[iso2]['key']}, {row['field'].partition(':')[2]}): holds "
                         + ", ".join(f"{found!r} of {entries[owner[found]]['key']}" for found in inside))
        return [regions[key] for key in sorted(regions)]

    def _names(self, entries: dict[str, dict]) -> dict[str, list[str]]:
        """Each country's candidate names, in order: what it has, then the sources' English names."""
        names = {}
        for iso2, entry in entries.items():
            row = self.by_iso2[iso2]
            candidates = [entry["label"], *entry["aliases"]]
            for name in self.inputs.english_names(row):
                candidates += [without_article(name), unaccented(without_article(name))]
            names[iso2] = list(dict.fromkeys(candidates))
        return names

    def _add_aliases(self, entries: dict[str, dict], new: set[str], names: dict[str, list[str]]) -> None:
        demonyms = {fold(demonym) for iso2 in entries for demonym in
                    [*entries[iso2]["demonyms"], *self.inputs.values(iso2, "demonym")]}
        # who may hold a folded name: its hand-kept holder, else the country whose label or
        # reference name it is, else whoever alone has it
        kept_by: dict[str, set[str]] = defaultdict(set)
        core_by: dict[str, set[str]] = defaultdict(set)
        wanted_by: dict[str, set[str]] = defaultdict(set)
        for iso2, entry in entries.items():
            if iso2 not in new:
                for name in [entry["label"], *entry["aliases"]]:
                    kept_by[fold(name)].add(iso2)
            for name in [entry["label"], *self.inputs.core_names(self.by_iso2[iso2])]:
                core_by[fold(name)].add(iso2)
            for name in names[iso2]:
                wanted_by[fold(name)].add(iso2)
        for iso2, entry in entries.items():
            row = self.by_iso2[iso2]
            have = {straight(name).lower() for name in [entry["label"], *entry["aliases"]]}
            core = {fold(name) for name in self.inputs.core_names(row)} | {fold(entry["label"])}
            m49_names = {m49(row)}
            for name in names[iso2]:
                if straight(name).lower() in have:
                    continue
                folded = fold(name)
                others = {fold(other) for other in names[iso2] if other != name}
                spelling = self.inputs.is_spelling(iso2, name)
                reason = ""
                if (iso2, name) in KEPT:
                    self.say(f"alias kept by hand: {entry['key']}: {name!r}: {KEPT[(iso2, name)]}")
                elif name in (iso2, row["iso3"]):
                    reason = "an ISO code"
                elif (iso2, name) in LEFT_OUT:
                    reason = LEFT_OUT[(iso2, name)]
                elif spelling and not name.isascii() and folded in {fold(other) for other in have}:
                    reason = "a name it has, in the letters of another language"
                elif name not in m49_names and is_inverted(name, others):
                    reason = "an inverted index form"
                elif folded in demonyms and folded not in core:
                    reason = "a demonym"
                elif folded not in core and self.flagged(name):
                    reason = self.flagged(name)
                else:
                    holders = kept_by[folded] or core_by[folded] or wanted_by[folded]
                    if holders != {iso2}:
                        reason = "also a name of " + ", ".join(sorted(entries[other]["key"] for other in holders - {iso2}))
                if reason:
                    self.say(f"alias left out: {entry['key']}: {name!r}: {reason}")
                    continue
                entry["aliases"].append(name)
                have.add(straight(name).lower())

    def _add_demonyms(self, entries: dict[str, dict]) -> None:
        country_names = {fold(name): iso2 for iso2, entry in entries.items() for name in [entry["label"], *entry["aliases"]]}
        holders: dict[str, set[str]] = defaultdict(set)
        kept: dict[str, set[str]] = defaultdict(set)
        for iso2, entry in entries.items():
            for demonym in entry["demonyms"]:
                kept[fold(demonym)].add(iso2)
            for demonym in self.inputs.values(iso2, "demonym"):
                holders[fold(demonym)].add(iso2)
        for iso2, entry in entries.items():
            have = {fold(demonym) for demonym in entry["demonyms"]}
            for demonym in self.inputs.values(iso2, "demonym"):
                folded = fold(demonym)
                if folded in have:
                    continue
                reason = ""
                if kept[folded] - {iso2}:
                    reason = "the demonym of " + ", ".join(sorted(entries[other]["key"] for other in kept[folded]))
                elif holders[folded] != {iso2}:
                    reason = "also the demonym of " + ", ".join(sorted(entries[other]["key"] for other in holders[folded] - {iso2}))
                elif country_names.get(folded, iso2) != iso2:
                    reason = f"a name of {entries[country_names[folded]]['key']}"
                elif self.flagged(demonym) and country_names.get(folded) != iso2:
                    reason = self.flagged(demonym)
                if reason:
                    self.say(f"demonym left out: {entry['key']}: {demonym!r}: {reason}")
                    continue
                entry["demonyms"].append(demonym)
                have.add(folded)

    def _add_capitals(self, entries: dict[str, dict]) -> None:
        country_names = {fold(name): iso2 for iso2, entry in entries.items() for name in [entry["label"], *entry["aliases"]]}
        wanted: dict[str, list[tuple[str, str | None]]] = {}  # iso2 -> (name, wikidata id or None)
        for iso2, row in sorted(self.inputs.capitals.items()):
            if row["country_wikidata"] != self.by_iso2[iso2]["wikidata"]:
                raise SystemExit(f"capitals.tsv: {iso2} is {row['country_wikidata']}, countries.tsv says {self.by_iso2[iso2]['wikidata']}")
            name = straight(row["capital"])
            if (iso2, row["capital"]) in CAPITAL_NAME_FIXES:
                fixed = CAPITAL_NAME_FIXES[(iso2, row["capital"])]
                if fixed not in self.inputs.values(iso2, "capital"):
                    raise SystemExit(f"{iso2}: world-countries does not name the capital {fixed!r}")
                self.say(f"capital: {iso2}: capitals.tsv's name {row['capital']!r} is cut short; took world-countries' {fixed!r} for {row['capital_wikidata']}")
                name = fixed
            qid = row["capital_wikidata"] if row["sources"] == "2" else None
            wanted[iso2] = [(name, qid)] + ([(unaccented(name), None)] if unaccented(name) != name else [])
        holders: dict[str, set[str]] = defaultdict(set)
        for iso2, entry in entries.items():
            for name in entry["capitals"]:
                holders[fold(name)].add(iso2)
            for name, _qid in wanted.get(iso2, []):
                holders[fold(name)].add(iso2)
        for iso2, entry in entries.items():
            have = {straight(name) for name in entry["capitals"]}
            ids = {}
            for name, qid in wanted.get(iso2, []):
                reason = ""
                if name in have:
                    pass
                elif fold(name) in country_names:
                    reason = f"a name of {entries[country_names[fold(name)]]['key']}"
                elif self.given_share(name) > 0:
                    reason = f"a given name ({self.given_share(name):.3f} %; a capital has no ambiguity guard)"
                elif name.isascii() and self.common_word(name):
                    reason = "a common word"
                elif holders[fold(name)] != {iso2}:
                    reason = "also a capital of " + ", ".join(sorted(entries[other]["key"] for other in holders[fold(name)] - {iso2}))
                if reason:
                    self.say(f"capital left out: {entry['key']}: {name!r}: {reason}")
                    continue
                if name not in have:
                    entry["capitals"].append(name)
                    have.add(name)
                if qid:
                    ids[name] = qid
            if ids:
                entry["capital_wikidata"] = ids


def render(places: dict) -> str:
    return json.dumps(places, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="print what each rule left out or marked")
    parser.add_argument("--check", action="store_true", help="only say whether places.json is up to date")
    options = parser.parse_args(argv)
    if not REFERENCE.is_dir():
        print(f"{REFERENCE} not found: ../shared lives beside the checkout", file=sys.stderr)
        return 2
    build = Build(Inputs())
    text = render(build.run())
    if options.report:
        print("\n".join(build.report))
    if options.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        print("places.json is up to date" if current == text else "places.json differs from what the sources give")
        return 0 if current == text else 1
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
