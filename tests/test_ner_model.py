"""The entity recogniser fine-tuned for the genre: in use, made from the develop part only,
and reproducible from its training script."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from rightsgraph.builders.nlp import GENRE_NER, load_nlp, load_official_nlp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import train_ner  # noqa: E402  (a script, not a package module)


def _weights(pipe) -> list[bytes]:
    return [node.get_param(name).tobytes() for node in pipe.model.walk() for name in node.param_names if node.has_param(name)]


def test_the_pipeline_runs_the_shipped_entity_weights():
    shipped = load_official_nlp().get_pipe("ner").from_disk(GENRE_NER, exclude=["vocab"])
    assert _weights(load_nlp().get_pipe("ner")) == _weights(shipped)
    assert _weights(load_official_nlp().get_pipe("ner")) != _weights(shipped)


def _tags(text: str, gold: dict) -> list[tuple[str, str]]:
    nlp = load_official_nlp()
    doc = nlp(text)
    return [(token.text, tag) for token, tag in zip(doc, train_ner.reference_entities(doc, gold))]


def test_gold_names_become_the_training_entities():
    text = "Ana Torvik of Brightwater Watch met officials in Lorvania. Torvik said the talks would go on."
    gold = {"persons": [{"name": "Ana Torvik"}], "organizations": [{"name": "Brightwater Watch", "kind": "NGO"}],
            "places": [{"name": "Lorvania"}]}
    tags = dict(_tags(text, gold))
    assert [tag for word, tag in _tags(text, gold) if word in ("Ana", "Torvik")] == ["B-PERSON", "L-PERSON", "U-PERSON"]
    assert (tags["Brightwater"], tags["Watch"]) == ("B-ORG", "L-ORG")
    assert tags["Lorvania"] in ("U-GPE", "U-LOC")


def test_a_model_name_the_gold_lacks_is_taught_as_no_name_and_mechanisms_are_left_alone():
    text = "The Special Rapporteur on Lorvania spoke with Kestrel Dunmore about the report."
    gold = {"persons": [], "organizations": [{"name": "Special Rapporteur on Lorvania", "kind": "UN mechanism"}],
            "places": [{"name": "Lorvania"}]}
    tags = _tags(text, gold)
    # the mechanism's words are unsupervised; the person the gold does not list is no name
    assert [tag for word, tag in tags if word in ("Special", "Rapporteur", "on")] == ["-", "-", "-"]
    assert [tag for word, tag in tags if word in ("Kestrel", "Dunmore")] == ["O", "O"]


def test_common_nouns_and_government_descriptions_are_not_taught():
    text = "The police detained him, the Lorvanian government said."
    gold = {"persons": [], "organizations": [{"name": "the police", "kind": "state government"},
                                             {"name": "Lorvanian government", "kind": "state government"}],
            "places": []}
    tags = dict(_tags(text, gold))
    assert tags["police"] == "O"
    assert tags["Lorvanian"] in ("-", "O", "U-NORP")


@pytest.mark.slow
@pytest.mark.corpus
def test_the_shipped_weights_are_what_the_script_makes_from_the_develop_part(shared, tmp_path):
    card = json.loads((GENRE_NER / "training.json").read_text(encoding="utf-8"))
    split = json.loads((ROOT / "benchmarks" / "split.json").read_text(encoding="utf-8"))
    assert card["articles"] == sorted(split["develop"])
    assert not set(card["articles"]) & set(split["measure"])
    if card["versions"] != train_ner.versions():
        pytest.skip(f"trained with {card['versions']}, running {train_ner.versions()}: the bytes may differ")
    train_ner.train(card["articles"], tmp_path, card["epochs"], card["dropout"], card["seed"])
    assert (tmp_path / "model").read_bytes() == (GENRE_NER / "model").read_bytes()
