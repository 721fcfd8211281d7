"""groups.json and instruments.json are well-formed, sourced and do not contradict each other."""

from __future__ import annotations

import json
import re
from pathlib import Path
from collections import Counter
from importlib import resources

import pytest

DATA = resources.files("rightsgraph.builders") / "data"
#: The scripts and inputs that make the generated data files (a checkout's, not the package's).
TOOLS = Path(__file__).resolve().parents[1] / "tools" / "data"
GROUP_KINDS = {"ethnic", "religious", "national", "other"}
INSTRUMENT_KINDS = {"treaty", "declaration", "protocol", "standard", "statute"}
KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def groups() -> dict:
    return load("groups.json")


@pytest.fixture(scope="module")
def instruments() -> dict:
    return load("instruments.json")


@pytest.fixture(scope="module")
def places() -> dict:
    return load("places.json")


def group_forms(group: dict) -> list[str]:
    return group["names"] + group.get("context_names", []) + group.get("adjectives", [])


@pytest.mark.parametrize("name", ["groups.json", "instruments.json"])
def test_file_is_written_as_the_project_writes_json(name):
    text = (DATA / name).read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=1, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("name, entries", [("groups.json", "groups"), ("instruments.json", "instruments")])
def test_entries_are_sorted_by_unique_keys(name, entries):
    keys = [entry["key"] for entry in load(name)[entries]]
    assert all(KEY.match(key) for key in keys), [key for key in keys if not KEY.match(key)]
    assert keys == sorted(keys)
    assert not [key for key, count in Counter(keys).items() if count > 1]


def test_every_group_is_complete_and_sourced(groups):
    for group in groups["groups"]:
        assert group["label"].strip(), group["key"]
        assert group["names"], group["key"]
        assert group["kind"] in GROUP_KINDS, group["key"]
        assert group["source"].strip(), group["key"]
        for field in ("names", "context_names", "adjectives", "countries"):
            values = group.get(field, [])
            assert all(isinstance(v, str) and v == v.strip() and v for v in values), (group["key"], field)
            assert len(values) == len(set(values)), (group["key"], field)


def test_group_countries_are_places_json_keys(groups, places):
    known = {country["key"] for country in places["countries"]}
    unknown = {(g["key"], c) for g in groups["groups"] for c in g.get("countries", []) if c not in known}
    assert not unknown


def test_no_form_names_two_groups(groups):
    owners: dict[str, set[str]] = {}
    for group in groups["groups"]:
        for form in group_forms(group):
            owners.setdefault(form, set()).add(group["key"])
    assert not {form: keys for form, keys in owners.items() if len(keys) > 1}


def test_group_names_leave_national_groups_to_places_json(groups, places):
    national = {
        form
        for country in places["countries"]
        for form in [country["label"], *country.get("aliases", []), *country.get("demonyms", [])]
    }
    assert not {form for group in groups["groups"] for form in group_forms(group) if form in national}


def test_group_nouns_are_a_plain_word_list(groups):
    nouns = groups["group_nouns"]
    assert nouns and len(nouns) == len(set(nouns))
    assert {"minority", "minorities", "community", "communities", "people", "Muslims"} <= set(nouns)


def test_every_instrument_is_complete_and_sourced(instruments):
    for instrument in instruments["instruments"]:
        assert instrument["label"].strip(), instrument["key"]
        assert instrument["kind"] in INSTRUMENT_KINDS, instrument["key"]
        assert instrument["source"].strip(), instrument["key"]
        assert DATE.match(instrument.get("adopted", "2000")), instrument["key"]
        aliases = instrument["aliases"]
        assert len(aliases) == len(set(aliases)) and instrument["label"] not in aliases, instrument["key"]


def test_ambiguous_acronyms_are_marked(instruments):
    for instrument in instruments["instruments"]:
        ambiguous = instrument.get("ambiguous_aliases", [])
        assert bool(ambiguous) == bool(instrument.get("acronym_ambiguous")), instrument["key"]
        assert set(ambiguous) <= set(instrument["aliases"]), instrument["key"]
    by_key = {i["key"]: i for i in instruments["instruments"]}
    # CAT is also the Committee against Torture, CEDAW and CRC their committees.
    assert "CAT" in by_key["convention-against-torture"]["ambiguous_aliases"]
    assert "CEDAW" in by_key["cedaw"]["ambiguous_aliases"]
    assert "CRC" in by_key["crc"]["ambiguous_aliases"]


def test_no_alias_names_two_instruments(instruments):
    names = Counter(n for i in instruments["instruments"] for n in {i["label"], *i["aliases"]})
    assert not [name for name, count in names.items() if count > 1]


def test_no_instrument_alias_is_a_group_name(groups, instruments):
    forms = {form for group in groups["groups"] for form in group_forms(group)}
    assert not {a for i in instruments["instruments"] for a in [i["label"], *i["aliases"]] if a in forms}


def test_instrument_names_are_not_actor_aliases():
    actors = load("actors.json")["actors"]
    known = {n for a in actors for n in [a["label"], *a.get("aliases", [])]}
    instruments = load("instruments.json")["instruments"]
    assert not {a for i in instruments for a in [i["label"], *i["aliases"]] if a in known}


def test_heads_and_case_cues(instruments):
    heads = instruments["heads"]
    assert {"Act", "Law", "Convention", "Covenant", "Declaration", "Treaty", "Charter", "Protocol", "Statute"} <= set(heads)
    assert all(re.fullmatch(r"[A-Z][a-z]+", head) for head in heads)
    # every exception really ends in a head, or it would not need listing
    assert all(name.split()[-1] in heads for name in instruments["not_instruments"])
    assert {"v.", "vs."} <= set(instruments["case_cues"])


def test_core_instruments_are_present(instruments):
    keys = {i["key"] for i in instruments["instruments"]}
    core = {
        "icerd", "iccpr", "icescr", "cedaw", "convention-against-torture", "crc", "icrmw", "icpped", "crpd",
        "iccpr-op1", "iccpr-op2", "op-icescr", "op-cedaw", "op-cat", "op-crc-ac", "op-crc-sc", "op-crc-ic", "op-crpd",
        "udhr", "rome-statute", "genocide-convention", "refugee-convention", "refugee-protocol", "un-charter",
        "undrip", "declaration-on-human-rights-defenders", "mandela-rules", "geneva-conventions",
    }
    assert core <= keys, core - keys


@pytest.mark.parametrize("script, name", [("_make_groups.py", "groups.json"), ("_make_instruments.py", "instruments.json")])
def test_generator_reproduces_the_file(script, name):
    import importlib.util

    path = TOOLS / script
    if not path.is_file():
        pytest.skip(f"{script} is not installed with the package (only in a checkout)")
    spec = importlib.util.spec_from_file_location(script[:-3], str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == load(name)


def test_every_organisation_kind_in_code_and_data_is_one_of_the_enumeration():
    import json
    from pathlib import Path

    from rightsgraph.builders.org_kinds import OrgKind
    from rightsgraph.graph.triples import ORGANIZATION_CLASSES

    data = Path(__file__).resolve().parents[1] / "rightsgraph" / "builders" / "data"
    kinds = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("kind", "org_kind") and isinstance(item, str):
                    kinds.add(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for name in ("actors.json", "organizations.json", "un_machinery.json"):  # the files of organisations
        walk(json.loads((data / name).read_text(encoding="utf-8")))
    assert kinds and kinds <= {kind.value for kind in OrgKind}
    assert set(ORGANIZATION_CLASSES) == set(OrgKind)
    assert f"{OrgKind.NGO}" == str(OrgKind.NGO) == "NGO" == OrgKind.NGO


def test_every_word_list_of_the_lexicon_is_read_by_a_builder():
    import json
    from pathlib import Path

    package = Path(__file__).resolve().parents[1] / "rightsgraph"
    lexicon = json.loads((package / "builders" / "data" / "lexicon.json").read_text(encoding="utf-8"))
    code = "\n".join(path.read_text(encoding="utf-8") for path in package.rglob("*.py"))
    unread = [key for key in lexicon if not key.startswith("_") and f'"{key}"' not in code]
    assert unread == []
