"""Which place lies in which, as the article's parse says it (texts written for the test)."""

from __future__ import annotations

import pytest

from rightsgraph.graph import build_graph
from rightsgraph.graph.validation import validate
from rightsgraph.ontology import RG
from test_builders import entity


def _within(x) -> set[tuple[str, str]]:
    labels = {entity.key: entity.label for entity in x.entities}
    return {(labels[c.place], labels[c.within]) for c in x.containments}


@pytest.mark.parametrize("sentence, pair", [
    ("Shells hit the town of Dovrik in Zelin province overnight.", ("Dovrik", "Zelin province")),
    ("The envoy flew to Nairobi, Kenya, on Monday.", ("Nairobi", "Kenya")),
    ("The delegation reached Tibet's capital Lhasa in May.", ("Lhasa", "Tibet")),
    ("Delegates met in Lhasa, the capital of Tibet.", ("Lhasa", "Tibet")),
    ("The town of Dovrik is located in Zelin province.", ("Dovrik", "Zelin province")),
    ("The envoy asked to visit Kenya's Zelin province in May.", ("Zelin province", "Kenya")),
    ("Two army helicopters flew over Mya Lin village in north Dovrik township.", ("Mya Lin", "Dovrik township")),
    ("The army shelled Kyauk Taw village in Zelin township.", ("Kyauk Taw", "Zelin township")),
])
def test_a_place_the_parse_puts_inside_another(build, sentence, pair):
    x = build(f"Rights update\n\n{sentence}")
    assert pair in _within(x)


def test_two_places_in_one_sentence_that_the_parse_does_not_join_are_not_nested(build):
    x = build("Rights update\n\nRefugees fled from Myanmar to Bangladesh, and others reached Malaysia.")
    assert _within(x) == set()


def test_a_containment_is_a_located_in_fact_with_its_sentence(build):
    x = build("Rights update\n\nThe envoy flew to Nairobi, Kenya, on Monday.")
    g = build_graph([x])
    pairs = list(g.subject_objects(RG.locatedIn))
    assert pairs and validate(g).conforms


@pytest.mark.parametrize("text, organization, place", [
    ("Aid\n\nThe Nairobi-based Lakeside Network said the police had killed three men.", "Lakeside Network", "Nairobi"),
    ("Aid\n\nThe Independent Investigative Mechanism for Myanmar, based in Geneva, collects evidence.",
     "Independent Investigative Mechanism for Myanmar", "Geneva"),
    ("Aid\n\nThe Lakeside Network is based in Nairobi.", "Lakeside Network", "Nairobi"),
])
def test_where_an_organisation_is_based_is_its_base(build, text, organization, place):
    x = build(text)
    assert [(base.organization, base.place) for base in x.bases] == [(entity(x, organization).key, entity(x, place).key)]


def test_a_body_and_a_place_that_only_share_a_sentence_are_no_base(build):
    assert build("Talks\n\nThe Lakeside Network and the government met in Nairobi.").bases == ()


def test_a_base_is_an_edge_of_its_own_in_the_graph(build):
    g = build_graph([build("Aid\n\nThe Nairobi-based Lakeside Network said the police had killed three men.")])
    assert len(list(g.subject_objects(RG.basedIn))) == 1


def test_a_river_named_for_a_town_is_a_place_of_its_own(build):
    x = build("Water\n\nThe city of Dovrik used the Dovrik River for 18 months. Residents of Dovrik fell ill.")
    assert sorted(e.label for e in x.entities if e.kind == "place") == ["Dovrik", "Dovrik River"]
