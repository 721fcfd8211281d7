"""The whole shared corpus built as one corpus: its `actors` query lists names only, no person
as an organisation, and each UN mechanism once."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from rightsgraph.builders.names import name_key
from rightsgraph.cli import cli

pytestmark = [pytest.mark.corpus, pytest.mark.slow]
ORGANIZATION = "https://w3id.org/rightsgraph/ontology#"


@pytest.fixture(scope="module")
def actors(shared_corpus_build):
    listed = CliRunner().invoke(cli, ["query", str(shared_corpus_build / "graph.ttl"), "--named", "actors", "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    rows = list(csv.DictReader(io.StringIO(listed.output)))
    assert len(rows) > 200
    return rows


def _type(row) -> str:
    return row["type"].rsplit("#", 1)[-1]


def test_every_actor_listed_is_a_name(actors, nlp):
    from rightsgraph.builders.noise import clause_words, english_words

    # a single word that English uses as a verb, an adverb or an adjective and never as a noun
    not_nouns = (clause_words(nlp) | english_words(nlp, ("adj",))) - english_words(nlp, ("noun",))
    wrong = sorted({row["label"] for row in actors
                    if row["label"].islower() or not any(char.isupper() for char in row["label"])
                    or " " not in row["label"] and row["label"].lower() in not_nouns})
    assert not wrong, wrong


def test_no_person_is_listed_as_an_organisation(actors):
    people = {name_key(row["label"]) for row in actors if _type(row) == "Person"}
    organisations = {name_key(row["label"]) for row in actors if _type(row) != "Person"}
    assert not people & organisations, sorted(people & organisations)


def test_each_un_mechanism_is_listed_once(actors):
    mechanisms = [row for row in actors if _type(row) in ("UNMechanism", "CommissionOfInquiry", "FactFindingMission")]
    assert mechanisms
    by_name: dict[str, set[str]] = {}
    for row in mechanisms:
        by_name.setdefault(name_key(row["label"]), set()).add(row["actor"])
    twice = {name: nodes for name, nodes in by_name.items() if len(nodes) > 1}
    assert not twice, twice
