"""The registry of the UN human-rights machinery and the intergovernmental organisations, as data:
every entry sourced and of a known kind, keys unique across the data files, references that
resolve, Wikidata ids that the shared reference confirms; and what the builder makes of them."""

from __future__ import annotations

import csv
import json
from importlib import resources

import pytest

from rightsgraph.builders.gazetteer import load_gazetteer

MACHINERY_KINDS = {"UN body", "UN mechanism", "commission of inquiry", "fact-finding mission"}
ORGANIZATION_KINDS = {"UN body", "court", "intergovernmental"}


def _data(name: str) -> dict:
    return json.loads(resources.files("rightsgraph.builders").joinpath("data").joinpath(name).read_text(encoding="utf-8"))


PLACES = _data("places.json")
ACTORS = _data("actors.json")["actors"]
ORGANIZATIONS = _data("organizations.json")["organizations"]
MACHINERY = _data("un_machinery.json")["machinery"]
ALL_ORGANIZATIONS = ACTORS + ORGANIZATIONS + MACHINERY


def _sources(item: dict) -> list[str]:
    source = item.get("source") or []
    return [source] if isinstance(source, str) else list(source)


def _entity(extraction, key: str):
    found = [entity for entity in extraction.entities if entity.key == key]
    assert found, f"{key!r} not among {[entity.key for entity in extraction.entities]}"
    return found[0]


@pytest.mark.parametrize(("items", "kinds"), [(MACHINERY, MACHINERY_KINDS), (ORGANIZATIONS, ORGANIZATION_KINDS)],
                         ids=["un_machinery", "organizations"])
def test_every_registry_entry_has_a_source_and_a_kind_from_the_allowed_set(items, kinds):
    for item in items:
        sources = _sources(item)
        assert sources and all(sources), item["key"]
        # a file of ../shared (reference/..., reports/...) or a public page
        assert all(source.startswith(("reference/", "reports/", "http://", "https://")) for source in sources), item["key"]
        assert item["kind"] in kinds, item["key"]
        assert item["label"] and isinstance(item["aliases"], list), item["key"]
        if item.get("mandate"):
            assert item["kind"] == "UN mechanism", item["key"]
        if "start" in item:
            assert isinstance(item["start"], int) and 1900 < item["start"] < 2100, item["key"]


def test_keys_are_unique_across_every_data_file():
    keys = [item["key"] for item in PLACES["countries"] + PLACES["regions"] + ALL_ORGANIZATIONS]
    assert sorted({key for key in keys if keys.count(key) > 1}) == []


def test_every_part_of_and_country_refers_to_an_existing_key():
    organizations = {item["key"] for item in ALL_ORGANIZATIONS}
    countries = {item["key"] for item in PLACES["countries"]}
    for item in ALL_ORGANIZATIONS:
        if "part_of" in item:
            assert item["part_of"] in organizations, item["key"]
            assert item["part_of"] != item["key"], item["key"]
        if "country" in item:
            assert item["country"] in countries, item["key"]


def test_a_commission_or_mission_on_a_country_has_the_key_the_builder_mints_for_it():
    for item in MACHINERY:
        if item["kind"] == "commission of inquiry" and "country" in item:
            assert item["key"] == f"commission-of-inquiry-{item['country']}"
        if item["kind"] == "fact-finding mission" and "country" in item:
            assert item["key"] == f"fact-finding-mission-{item['country']}"


def test_no_alias_is_a_phrase_of_ordinary_sentences():
    # an alias is matched wherever it stands; "the Committee" only counts after the body was named
    bare = {"committee", "council", "commission", "mission", "office", "working group", "forum", "mechanism", "court"}
    for item in ALL_ORGANIZATIONS:
        for alias in item["aliases"]:
            assert not alias.lower().startswith(("the ", "a ", "an ")), (item["key"], alias)
            assert alias.lower() not in bare, (item["key"], alias)
        for alias in item.get("context_aliases", ()):
            assert alias.lower().startswith("the "), (item["key"], alias)


def test_abbreviations_of_two_characters_are_only_the_long_established_ones():
    # "AU" (African Union, gold, Australia) is not an alias; UN, EU and AP were in the data before
    for item in ALL_ORGANIZATIONS:
        for alias in item["aliases"]:
            characters = [char for char in alias if char.isalnum()]
            if " " not in alias and alias.isupper() and len(characters) < 3:
                assert "".join(characters) in {"UN", "EU", "AP", "G7"}, (item["key"], alias)


def test_every_wikidata_id_in_the_data_is_in_the_shared_reference(shared):
    reference = shared / "reference"
    confirmed = set()
    for path in reference.glob("*.tsv"):
        with path.open(encoding="utf-8") as lines:
            for row in csv.DictReader(lines, delimiter="\t"):
                confirmed |= {value for name, value in row.items() if name and "wikidata" in name and value}
    with (reference / "organizations.tsv").open(encoding="utf-8") as lines:
        single = {row["wikidata"] for row in csv.DictReader(lines, delimiter="\t") if int(row["sources"]) < 2}
    with (reference / "wikidata.tsv").open(encoding="utf-8") as lines:
        curated = {row["wikidata"] for row in csv.DictReader(lines, delimiter="\t")}
    for item in PLACES["countries"] + PLACES["regions"] + ALL_ORGANIZATIONS:
        if item.get("wikidata"):
            assert item["wikidata"] in confirmed, item["key"]
    for item in ORGANIZATIONS + MACHINERY:
        # an id that only one public list gives is not used, unless wikidata.tsv confirms it
        if item.get("wikidata"):
            assert item["wikidata"] not in single or item["wikidata"] in curated, item["key"]


def test_the_gazetteer_loads_the_registry_and_matches_what_it_should():
    gazetteer = load_gazetteer()
    assert set(gazetteer.registry) == {item["key"] for item in MACHINERY}
    emrip = gazetteer.entities["emrip"]
    assert emrip.org_kind == "UN mechanism" and emrip.part_of == "human-rights-council" and emrip.start == 2007
    assert gazetteer.entities["working-group-on-arbitrary-detention"].mandate
    # a mandate one person holds is a post; a commission keeps its country, matched by name or by the pattern
    assert "special-rapporteur-on-torture" in gazetteer.registry and "special-rapporteur-on-torture" not in gazetteer.entities
    assert gazetteer.entities["commission-of-inquiry-syria"].org_country == "syria"
    assert gazetteer.entities["african-union"].org_kind == "intergovernmental"
    assert gazetteer.entities["ohchr-colombia"].part_of == "ohchr"


def test_an_expert_mechanism_named_in_full_and_by_its_acronym_is_one_un_mechanism(build):
    x = build(
        "Indigenous rights update\n\nThe Expert Mechanism on the Rights of Indigenous Peoples (EMRIP) met in Geneva "
        "on Monday to discuss land rights. Two days later EMRIP published its advice on consultation."
    )
    emrip = _entity(x, "emrip")
    assert emrip.kind == "organization" and emrip.org_kind == "UN mechanism"
    assert emrip.part_of == "human-rights-council"
    assert [mention.span.text for mention in emrip.mentions] == ["Expert Mechanism on the Rights of Indigenous Peoples", "EMRIP", "EMRIP"]
    assert len([entity for entity in x.entities if entity.label == emrip.label or "EMRIP" in entity.aliases]) == 1
    assert "human-rights-council" not in {entity.key for entity in x.entities}  # the parent, not named


def test_intergovernmental_organisations_are_their_own_kind(build):
    x = build(
        "Regional bodies respond\n\nThe African Union and the Organization for Security and Co-operation in Europe "
        "called for restraint, while the European Court of Human Rights ruled on the case."
    )
    assert _entity(x, "african-union").org_kind == "intergovernmental"
    assert _entity(x, "osce").org_kind == "intergovernmental"
    assert _entity(x, "european-court-of-human-rights").org_kind == "court"


def test_a_field_office_of_ohchr_is_a_un_body_part_of_ohchr(build):
    x = build("Field report\n\nThe UN Human Rights Office in Colombia said on Friday that two activists had been killed.")
    office = _entity(x, "ohchr-colombia")
    assert office.org_kind == "UN body" and office.part_of == "ohchr"


def test_a_commission_of_inquiry_found_by_the_pattern_meets_the_registry_key(build):
    x = build("Rights update\n\nThe Commission of Inquiry on Burundi presented its report to the Council on Tuesday.")
    commission = _entity(x, "commission-of-inquiry-burundi")
    assert commission.org_kind == "commission of inquiry" and commission.country == "burundi"
    assert commission.key in load_gazetteer().registry


def test_a_special_rapporteur_with_a_holder_is_a_post_not_an_organisation(build):
    x = build("Torture report\n\nUN Special Rapporteur on torture Alma Lindqvist said on Monday that the detainees were beaten.")
    assert "special-rapporteur-on-torture" not in {entity.key for entity in x.entities}
    assert any("Special Rapporteur on torture" in post.post_label for post in x.posts)
