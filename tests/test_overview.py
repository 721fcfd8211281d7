"""The actor-centred overview: statements fold into labelled edges between actors."""

from __future__ import annotations

from rightsgraph.builders import article_from_text, extract
from rightsgraph.exports.html import overview_data, to_html
from rightsgraph.graph import build_graph
from rightsgraph.graph.network import rdflib_triples, view_of
from rightsgraph.graph.overview import folded_types, overview_of
from rightsgraph.ontology import RG

ARTICLE = (
    "Rapporteur urges Eritrea\n\n"
    "On 4 May 2023 the Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, presented "
    "her report to the Human Rights Council. Berhe said that forced labour remains widespread in Eritrea. "
    "The Government of Eritrea rejected the report. "
    "Amnesty International’s 2022 report Silent Fields documented torture in Myanmar. "
    "Amnesty International said the military of Myanmar tortured detainees in Rakhine State.\n"
)
BERHE = "https://w3id.org/rightsgraph/id/person/hana-berhe"


def overview():
    view = view_of(rdflib_triples(build_graph([extract(article_from_text(ARTICLE))])))
    return view, overview_of(view)


def edge(result, source_label, label, target_label):
    names = {iri: data["label"] for iri, data in result.nodes.items()}
    return next(edge for edge in result.edges
                if names[edge["from"]] == source_label and edge["label"] == label and names[edge["to"]] == target_label)


def test_findings_events_and_posts_are_no_nodes_and_every_actor_is():
    view, result = overview()
    folded = folded_types()
    assert str(RG.Finding) in folded and str(RG.Call) in folded and str(RG.Mandate) in folded
    assert not any(data["type"] in folded for data in result.nodes.values())
    assert {iri for iri, data in view.nodes.items() if data["type"] in (str(RG.Person), str(RG.NGO), str(RG.Government))} <= set(result.nodes)
    assert any(data["type"] == str(RG.Finding) for data in view.nodes.values())


def test_a_finding_folds_into_labelled_edges_from_who_stated_it_with_its_sentence():
    _view, result = overview()
    documented = edge(result, "Hana Berhe", "documents", "forced labour")
    sentences = {result.sentences[index]["sentence"] for number in documented["items"] for index in result.items[number]["sentences"]}
    assert any("forced labour remains widespread" in sentence for sentence in sentences)
    assert documented["count"] == len(sentences)
    assert edge(result, "Hana Berhe", "holds post in", "United Nations Human Rights Council")
    assert edge(result, "Government of Eritrea", "rejected", "report by Hana Berhe (2023-05-04)")


def test_an_edges_count_is_its_distinct_sentences_and_facets_name_the_countries():
    _view, result = overview()
    torture = edge(result, "Amnesty International", "documents", "torture")
    assert torture["count"] == 2  # two sentences, though three statements (two findings and a relation)
    myanmar = "https://w3id.org/rightsgraph/id/place/myanmar"
    assert any(myanmar in result.items[number]["facets"] for number in torture["items"])


def test_the_page_carries_the_overview_and_is_the_same_twice():
    graph = build_graph([extract(article_from_text(ARTICLE))])
    data = overview_data(view_of(rdflib_triples(graph)))
    assert BERHE in {node["id"] for node in data["nodes"]}
    assert data["filters"]["country"] and data["filters"]["violation"] and data["documents"] == ["Rapporteur urges Eritrea"]
    big = max(data["nodes"], key=lambda node: node["statements"])
    small = min(data["nodes"], key=lambda node: node["statements"])
    assert big["size"] > small["size"]
    assert to_html(graph) == to_html(graph)
    assert "var overview = null" in to_html(graph, with_overview=False)
