"""The given-name list of the builder's data: its form, its collisions with the other data files, and
that its generator still writes it (see SOURCES.md, section given_names.txt)."""

import json
import re
import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "rightsgraph" / "builders" / "data"
TOOLS = Path(__file__).resolve().parents[1] / "tools" / "data"
NAMES = DATA / "given_names.txt"

_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "ı": "i"})


def fold(name: str) -> str:
    """As the generator folds: lower case, no accents, letters only."""
    text = unicodedata.normalize("NFKD", name.lower().translate(_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", text.translate(_LETTERS))


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text() -> str:
    return NAMES.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def names(text) -> list[str]:
    return text.split("\n")[:-1]


def test_one_name_a_line_sorted_unique(text, names):
    assert text.endswith("\n") and not text.startswith("\n")
    assert all(name and name == name.strip() for name in names)
    assert names == sorted(names)
    assert len(names) == len(set(names))
    assert 5_000 <= len(names) <= 30_000, len(names)


def test_names_are_title_case(names):
    # each part of a name ('Jean-Pierre', "N'Deye", 'Agnès') is a capital and lower-case letters
    def title_case(name):
        return all(p.isalpha() and p[0].isupper() and p[1:] == p[1:].lower() for p in re.split(r"[-']", name))

    assert not [name for name in names if not title_case(name)]


def test_no_name_is_a_country_or_capital(names):
    places = load("places.json")
    place_names = {
        fold(name)
        for country in places["countries"]
        for name in [country["label"], *country.get("aliases", []), *country.get("capitals", [])]
    }
    assert not [name for name in names if fold(name) in place_names]


def test_no_name_is_an_organisation_head_or_a_listed_non_name(names):
    lexicon = load("lexicon.json")
    words = {fold(word) for word in lexicon["organization_heads"] + lexicon["not_names"]}
    assert not [name for name in names if fold(name) in words]


def test_no_name_is_a_group(names):
    groups = load("groups.json")["groups"]
    forms = {fold(f) for g in groups for f in g["names"] + g.get("context_names", []) + g.get("adjectives", [])}
    assert not [name for name in names if fold(name) in forms]


def test_genre_words_are_out_and_common_names_in(names):
    present = set(names)
    # the words the builder must never take for a person's first name in this genre
    assert not present & {"Justice", "Amnesty", "General", "Liberty", "Hope", "Grace", "Faith", "Will", "May", "June", "August", "Geneva"}
    # the names the spaCy model mistyped, and common names of many languages, with accents and hyphens
    assert {"Amber", "Yasmin", "Han", "Michelle", "Mohammed", "Fatima", "Jean-Pierre", "François", "Agnès", "Kofi"} <= present
    # very frequent names that are also English words stay
    assert {"Mark", "Rose", "Frank", "Sofia"} <= present


def test_generator_reproduces_the_files():
    import importlib.util

    path = TOOLS / "_make_given_names.py"
    if not path.is_file():
        pytest.skip("_make_given_names.py is not installed with the package (only in a checkout)")
    spec = importlib.util.spec_from_file_location("_make_given_names", str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    names, removed = module.build()
    assert names == NAMES.read_text(encoding="utf-8")
    assert removed == (TOOLS / "_given_names_removed.tsv").read_text(encoding="utf-8")
    assert module.fold("Jean-Pierre") == fold("Jean-Pierre") == "jeanpierre"
