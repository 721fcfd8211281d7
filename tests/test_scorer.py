"""The scorer reads gold wordings of violations the way the builder reads the text."""

from rdflib import Graph, URIRef

from rightsgraph.evaluation import evaluate
from rightsgraph.ontology import RG, RGV

ARTICLE = URIRef("https://example.org/article")
GOLD = {"persons": [], "organizations": [], "places": [], "reports": [], "events": [], "relations": []}


def _graph_naming(*concepts: str) -> Graph:
    graph = Graph()
    for concept in concepts:
        graph.add((ARTICLE, RG.namesViolation, RGV[concept]))
    return graph


def test_a_hyphenated_gold_wording_matches_its_concept():
    score = evaluate(_graph_naming("extrajudicial-killing"), {**GOLD, "violations": ["shoot-to-kill policy"]})
    assert (score.violation_recall.found, score.violation_precision.found) == (1, 1)


def test_a_gold_wording_that_names_two_types_credits_both():
    graph = _graph_naming("repression", "discrimination")
    score = evaluate(graph, {**GOLD, "violations": ["crackdown and discrimination against religious minorities"]})
    assert (score.violation_recall.found, score.violation_recall.total) == (1, 1)
    assert (score.violation_precision.found, score.violation_precision.total) == (2, 2)


def test_a_type_no_gold_wording_names_is_still_spurious():
    score = evaluate(_graph_naming("torture", "genocide"), {**GOLD, "violations": ["torture"]})
    assert (score.violation_precision.found, score.violation_precision.total) == (1, 2)
    assert "spurious violation: genocide" in score.misses
