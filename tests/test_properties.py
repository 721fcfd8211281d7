"""Property-based tests: whatever the text, the builder holds its promises."""

from __future__ import annotations

import pytest

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from rightsgraph.builders import article_from_text, extract
from rightsgraph.exports.formats import to_jsonld
from rightsgraph.exports.turtle import to_turtle
from rightsgraph.graph import build_graph
from rightsgraph.graph.merge import merge
from rightsgraph.graph.terms import to_rdflib
from rightsgraph.graph.validation import validate

pytestmark = pytest.mark.slow  # a real server, browser, corpus or many examples: run by CI, not between edits

WORDS = ["OHCHR", "the", "Special", "Rapporteur", "on", "torture", "said", "North", "Korea", "government",
         "rejected", "report", "in", "2019", "Human", "Rights", "Watch", "’s", "forced", "labour", "“", "”",
         "Commission", "of", "Inquiry", "Syria", ",", ".", "\n", "(", "IS", ")", "[link]", "Ms.", "Ana", "Ruiz"]
GENRE_TEXT = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)
ANY_TEXT = st.text(min_size=1, max_size=300)
SLOW = settings(max_examples=int(__import__("os").environ.get("RIGHTSGRAPH_EXAMPLES", "25")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def built(body: str):
    return build_graph([extract(article_from_text("Title of the piece\n\n" + body))])


def jsonld_back(graph: Graph) -> Graph:
    back = Graph()
    for quad in pyoxigraph.parse(to_jsonld(graph).encode("utf-8"), format=pyoxigraph.RdfFormat.JSON_LD):
        back.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return back


@SLOW
@given(ANY_TEXT)
def test_random_unicode_never_crashes_and_conforms(body):
    graph = built(body)
    assert validate(graph).conforms


@SLOW
@given(GENRE_TEXT)
def test_genre_like_text_conforms_and_round_trips(body):
    graph = built(body)
    assert validate(graph).conforms
    assert isomorphic(Graph().parse(data=to_turtle(graph), format="turtle"), graph)
    assert isomorphic(jsonld_back(graph), graph)


IRIS = st.sampled_from([URIRef(f"https://example.org/{name}") for name in "abcdef"])
LITERALS = st.text(alphabet="abcxyz ", min_size=1, max_size=6).map(Literal)
TRIPLES = st.lists(st.tuples(IRIS, IRIS, st.one_of(IRIS, LITERALS)), max_size=12)


def as_dataset(*parts):
    from rdflib import Dataset

    dataset = Dataset()
    for number, triples in enumerate(parts):
        graph = dataset.graph(URIRef(f"https://example.org/source/{number}"))
        for triple in triples:
            graph.add(triple)
    return dataset


def union(result) -> set:
    return {(s, p, o) for s, p, o, _g in result.dataset.quads((None, None, None, None))}


@settings(max_examples=50, deadline=None)
@given(TRIPLES, TRIPLES)
def test_merge_is_idempotent_and_order_independent(first, second):
    once = union(merge(as_dataset(first, second)))
    assert union(merge(as_dataset(second, first))) == once
    assert union(merge(as_dataset(first, second, first))) == once


@settings(max_examples=10, deadline=None)
@given(st.permutations([
    "OHCHR said that torture continues in Syria.",
    "Amnesty International’s 2020 report Cold Cells documented forced labour in Eritrea.",
    "The Special Rapporteur on the situation of human rights in Iran, Ana Ruiz, spoke in Geneva.",
]))
def test_output_does_not_depend_on_input_order(bodies):
    articles = [extract(article_from_text(f"Piece {i}\n\n{body}")) for i, body in enumerate(sorted(bodies))]
    reordered = [articles[sorted(bodies).index(body)] for body in bodies]
    assert to_turtle(build_graph(articles)) == to_turtle(build_graph(reordered))
