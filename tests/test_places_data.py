"""places.json: every country and territory of the shared reference, keys that stay, names that
do not collide. How the file is made: tools/data/_make_places.py and rightsgraph/builders/data/SOURCES.md."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from importlib import resources

import pytest

from rightsgraph.builders.gazetteer import load_gazetteer
from rightsgraph.builders.names import fold

# The 86 keys the file had before it was completed: other data and published graphs use them as IRIs.
EXISTING_KEYS = (
    "dprk republic-of-korea japan china russia united-states united-kingdom france germany switzerland"
    " netherlands syria iran iraq myanmar eritrea venezuela burundi sri-lanka south-sudan sudan libya"
    " yemen afghanistan belarus ukraine ethiopia central-african-republic democratic-republic-of-the-congo"
    " mali cambodia nicaragua cuba israel state-of-palestine lebanon turkey saudi-arabia egypt bahrain"
    " jordan somalia nigeria rwanda uganda kenya zimbabwe pakistan india bangladesh thailand viet-nam laos"
    " philippines indonesia malaysia mongolia australia canada mexico colombia brazil argentina chile italy"
    " spain poland sweden norway belgium austria qatar united-arab-emirates tajikistan turkmenistan"
    " uzbekistan kazakhstan azerbaijan armenia georgia haiti chad cameroon algeria morocco tunisia"
).split()


@pytest.fixture(scope="module")
def places() -> dict:
    return json.loads(resources.files("rightsgraph.builders").joinpath("data", "places.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def countries(places) -> list[dict]:
    return places["countries"]


def test_every_reference_country_is_there_with_its_wikidata_id(shared, countries):
    with (shared / "reference" / "countries.tsv").open(encoding="utf-8", newline="") as handle:
        reference = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    by_iso2 = {country["iso2"]: country for country in countries}
    assert len(reference) == 250
    for row in reference:
        country = by_iso2.get(row["iso2"])
        assert country is not None, f"{row['iso2']} {row['name']} is missing"
        assert country["wikidata"] == row["wikidata"], country["key"]
        assert country["iso3"] == row["iso3"], country["key"]
    assert len(countries) == len(reference)


def test_keys_are_unique_and_the_old_ones_stay(countries):
    keys = [country["key"] for country in countries]
    assert len(keys) == len(set(keys))
    assert keys[: len(EXISTING_KEYS)] == EXISTING_KEYS
    new = keys[len(EXISTING_KEYS):]
    assert new == sorted(new)


def test_no_name_is_shared_by_two_countries_unless_one_is_ambiguous(countries):
    holders = defaultdict(set)
    for country in countries:
        for name in [country["label"], *country["aliases"], *country["demonyms"], *country["capitals"]]:
            holders[fold(name)].add(country["key"])
    ambiguous = {country["key"] for country in countries if country.get("ambiguous")}
    shared = {name: keys for name, keys in holders.items() if len(keys) > 1 and not keys & ambiguous}
    assert not shared


def test_every_country_has_the_fields_the_builder_reads(countries):
    for country in countries:
        assert country["key"] and country["label"], country
        assert all(isinstance(country[field], list) for field in ("aliases", "demonyms", "capitals")), country["key"]
        assert country["wikidata"].startswith("Q"), country["key"]
        assert len(country["iso2"]) == 2 and len(country["iso3"]) == 3, country["key"]
        assert set(country.get("capital_wikidata", {})) <= set(country["capitals"]), country["key"]


def test_the_gazetteer_reads_them_all(countries):
    gazetteer = load_gazetteer()
    assert {country["key"] for country in countries} <= {entity.key for entity in gazetteer.countries}
