"""What rightsgraph changes in how spaCy runs changes nothing spaCy says: over the development
articles, the pipeline built with thinc's numpy ops, the attribute ruler's rules looked up,
and rightsgraph's whole pipeline each give the annotations of spaCy's own, token by token.

spaCy's own is a plain ``spacy.load`` of the same model with the same fine-tuned entity
weights; each comparison changes one thing on one side only.
"""

from __future__ import annotations

import importlib.util

import pytest

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


def _package() -> str:
    from rightsgraph.builders.nlp import MODEL_PACKAGES

    return next(package for package in MODEL_PACKAGES if importlib.util.find_spec(package))


def _spacys_own(ops: str | None = None, paragraphs: bool = False):
    """spaCy's pipeline as spaCy loads it (with thinc's default ops, or ``ops``), the genre's
    entity weights in its recogniser, and rightsgraph's paragraph breaks and glued commas if
    asked."""
    import spacy
    from thinc.api import use_ops

    from rightsgraph.builders.nlp import GENRE_NER, load_official_nlp, split_glued_commas

    if ops is None:
        nlp = spacy.load(_package())
    else:
        with use_ops(ops, use_blis=False):
            nlp = spacy.load(_package())
    nlp.get_pipe("ner").from_disk(GENRE_NER, exclude=["vocab"])
    if paragraphs:
        load_official_nlp()  # registers the component
        nlp.add_pipe("rightsgraph_paragraphs", before="parser")
        split_glued_commas(nlp)
    return nlp


def _annotations(nlp, texts: list[str]) -> list[tuple]:
    """Each article's tokens (text, space after, tag, POS, morphology, dependency, head,
    lemma, sentence start) and entities (start, end, label)."""
    return [([(token.text, token.whitespace_, token.tag_, token.pos_, str(token.morph), token.dep_, token.head.i,
               token.lemma_, token.is_sent_start) for token in doc],
             [(entity.start, entity.end, entity.label_) for entity in doc.ents])
            for doc in nlp.pipe(texts)]


def _differences(theirs: list[tuple], mine: list[tuple]) -> list:
    """The first differing token or entity list of each article that differs."""
    differing = []
    for number, ((their_tokens, their_entities), (my_tokens, my_entities)) in enumerate(zip(theirs, mine)):
        if len(their_tokens) != len(my_tokens):
            differing.append((number, "token count", len(their_tokens), len(my_tokens)))
        else:
            differing += [(number, a, b) for a, b in zip(their_tokens, my_tokens) if a != b][:1]
        if their_entities != my_entities:
            differing.append((number, sorted(set(their_entities) ^ set(my_entities))))
    return differing


@pytest.fixture(scope="module")
def spacys(develop_texts):
    return _annotations(_spacys_own(), develop_texts)


def test_numpy_ops_give_spacys_annotations(develop_texts, spacys):
    assert _differences(spacys, _annotations(_spacys_own(ops="numpy"), develop_texts)) == []


def test_looked_up_attribute_rules_give_spacys_annotations(develop_texts, spacys):
    from rightsgraph.builders.nlp import _look_up_attribute_rules

    nlp = _spacys_own()
    _look_up_attribute_rules(nlp)
    assert "attribute_ruler" not in nlp.pipe_names and "rightsgraph_attribute_rules" in nlp.pipe_names
    assert _differences(spacys, _annotations(nlp, develop_texts)) == []


def test_the_pipeline_gives_spacys_annotations_with_paragraph_breaks(develop_texts):
    from rightsgraph.builders.nlp import load_nlp

    theirs = _annotations(_spacys_own(paragraphs=True), develop_texts)
    assert _differences(theirs, _annotations(load_nlp(), develop_texts)) == []
