"""The attribute ruler's rules, looked up, and the lemmatizer's lemmas, remembered, give what spaCy gives
(over the development articles, every annotation: tests/test_spacy_equivalence.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rightsgraph.builders.attribute_rules import compile_rules

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "dprk-accountability.txt"
# Words the exception rules name: contractions, "gonna", "there is", pronouns by role.
TRICKY = ("I gotta say it ain't over, y'all. Let's go: we're gonna win, c'mon! There were 3 of them and "
          "it was what it was. He'd had enough; they didn't. You saw me and I saw you.\n\n  Doin' nothin'.")


def _original_and_ours(texts):
    """Each text parsed up to the ruler, then finished once by spaCy's ruler and once by ours."""
    import spacy
    from spacy.tokens import Doc

    original = spacy.load(_package(), exclude=["ner"])
    ruler = original.get_pipe("attribute_ruler")
    rules = compile_rules(ruler)
    assert rules is not None
    lemmatizer = original.get_pipe("lemmatizer")
    pairs = []
    for doc in original.pipe(texts, disable=["attribute_ruler", "lemmatizer"]):
        theirs, mine = (Doc(original.vocab).from_bytes(doc.to_bytes()) for _ in range(2))
        pairs.append((lemmatizer(ruler(theirs)), lemmatizer(rules(mine))))
    return pairs


def _package() -> str:
    import importlib.util

    from rightsgraph.builders.nlp import MODEL_PACKAGES

    return next(package for package in MODEL_PACKAGES if importlib.util.find_spec(package))


def _annotations(doc):
    return [(token.text, token.tag_, token.pos_, str(token.morph), token.lemma_, token.dep_) for token in doc]


def test_same_tags_morphology_and_lemmas_as_spacy_on_example_and_tricky_words():
    pairs = _original_and_ours([EXAMPLE.read_text(encoding="utf-8"), TRICKY])
    for theirs, mine in pairs:
        assert _annotations(mine) == _annotations(theirs)
    tricky = {token.text: token for token in pairs[1][1]}
    assert tricky["ai"].lemma_ == "be" and tricky["gon"].lemma_ == "go"  # the rules really applied


def test_pipeline_uses_the_look_up(nlp):
    assert "rightsgraph_attribute_rules" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert [token.pos_ for token in nlp("The Council adopted it.")] == ["DET", "PROPN", "VERB", "PRON", "PUNCT"]


@pytest.mark.parametrize("pattern", [
    [{"TAG": "NN", "OP": "+"}],                 # an operator
    [{"ORTH": "Mr."}],                          # an attribute the look-up does not read
    [{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}],  # three tokens
    [{"LOWER": {"FUZZY": "colour"}}],           # a comparison it does not know
])
def test_ruler_with_other_rules_is_left_to_spacy(nlp, pattern):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert compile_rules(ruler) is not None
    ruler.add([pattern], {"POS": "X"})
    assert compile_rules(ruler) is None


def _lemmas_spacys_and_ours(texts):
    """Each text parsed up to the lemmatizer, then lemmatized once by spaCy and once by ours."""
    import spacy
    from spacy.tokens import Doc

    from rightsgraph.builders.lemmas import remember_lemmas

    original = spacy.load(_package(), exclude=["ner"])
    lemmatizer = original.get_pipe("lemmatizer")
    ours = remember_lemmas(lemmatizer)
    assert ours is not None
    pairs = []
    for doc in original.pipe(texts, disable=["lemmatizer"]):
        theirs, mine = (Doc(original.vocab).from_bytes(doc.to_bytes()) for _ in range(2))
        pairs.append(([token.lemma_ for token in lemmatizer(theirs)], [token.lemma_ for token in ours(mine)]))
    return pairs


def test_remembered_lemmas_are_spacys_on_example_and_tricky_words():
    for theirs, mine in _lemmas_spacys_and_ours([EXAMPLE.read_text(encoding="utf-8"), TRICKY, TRICKY]):
        assert mine == theirs  # the second TRICKY is answered from what the first taught
    assert "be" in mine and "go" in mine  # set by the attribute ruler before, and kept


@pytest.mark.slow
@pytest.mark.corpus
def test_remembered_lemmas_are_spacys_over_the_development_articles(develop_texts):
    differing = [(a, b) for theirs, mine in _lemmas_spacys_and_ours(develop_texts) for a, b in zip(theirs, mine) if a != b]
    assert differing == []
