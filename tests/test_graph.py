"""Records to RDF: determinism, provenance, validation, pyoxigraph (the golden cases are in
test_golden)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

import rightsgraph
from rightsgraph.builders import extract
from rightsgraph.exports.turtle import to_turtle
from rightsgraph.graph import build_graph
from rightsgraph.graph.prefixes import OA
from rightsgraph.graph.validation import validate
from rightsgraph.ontology import RG, RGV

CASES = Path(__file__).parent / "cases"


@pytest.fixture(scope="module")
def short_graph() -> Graph:
    return rightsgraph.graph_of(CASES / "short-report" / "article.txt")


def test_the_graph_conforms_to_the_shapes(short_graph):
    assert validate(short_graph).conforms


def test_a_graph_stripped_of_its_labels_does_not_conform(short_graph):
    stripped = Graph()
    for triple in short_graph:
        if triple[1] not in (RDFS.label, SKOS.prefLabel):
            stripped.add(triple)
    result = validate(stripped)
    assert not result.conforms
    assert "skos:prefLabel" in result.text or "prefLabel" in result.text


def test_no_blank_nodes(short_graph):
    assert not any(isinstance(term, BNode) for triple in short_graph for term in triple)


def test_every_relation_points_back_to_its_sentence(short_graph):
    text = (CASES / "short-report" / "article.txt").read_text(encoding="utf-8")
    statements = list(short_graph.subjects(RDF.type, RDF.Statement))
    assert statements
    for statement in statements:
        triple = (short_graph.value(statement, RDF.subject), short_graph.value(statement, RDF.predicate),
                  short_graph.value(statement, RDF.object))
        assert triple in short_graph
        sentence = short_graph.value(statement, PROV.wasDerivedFrom)
        selectors = list(short_graph.objects(sentence, OA.hasSelector))
        exact = next(short_graph.value(s, OA.exact) for s in selectors if short_graph.value(s, OA.exact) is not None)
        start = next(short_graph.value(s, OA.start) for s in selectors if short_graph.value(s, OA.start) is not None)
        end = next(short_graph.value(s, OA.end) for s in selectors if short_graph.value(s, OA.end) is not None)
        assert text[int(start) : int(end)] == str(exact)


def test_post_holder_report_date_and_violations(short_graph):
    person = next(short_graph.subjects(SKOS.prefLabel, Literal("Hana Berhe", lang="en")))
    post = short_graph.value(person, RG.holdsPost)
    assert (post, RDF.type, RG.Mandate) in short_graph
    assert short_graph.value(post, RG.concernsCountry) is not None
    report = next(short_graph.subjects(RG.author, person))
    assert short_graph.value(report, RG.date) == Literal("2023-05-04", datatype=XSD.date)
    assert (report, RG.addressedTo, URIRef("https://w3id.org/rightsgraph/id/org/human-rights-council")) in short_graph
    article = next(short_graph.subjects(RDF.type, RG.Article))
    assert (article, RG.namesViolation, RGV["forced-labour"]) in short_graph
    assert (article, RG.namesViolation, RGV["arbitrary-detention"]) in short_graph


@pytest.mark.slow
def test_same_input_same_bytes_whatever_the_hash_seed(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = tmp_path / seed
        subprocess.run([sys.executable, "-m", "rightsgraph.cli", "build", str(CASES / "short-report" / "article.txt"),
                        "-o", str(out)], capture_output=True, env=env, check=True)
        outputs.append((out / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1] and outputs[0]


def test_pyoxigraph_reads_the_turtle_like_rdflib(short_graph):
    import pyoxigraph

    turtle = to_turtle(short_graph)
    store = pyoxigraph.Store()
    store.load(turtle.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(data=turtle, format="turtle"))


def test_same_actor_in_two_articles_is_one_iri(tmp_path):
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("One\n\nOHCHR said North Korea must act.", encoding="utf-8")
    second.write_text("Two\n\nThe Office of the UN High Commissioner for Human Rights criticised the DPRK.", encoding="utf-8")
    rightsgraph.build([first, second], tmp_path / "out")
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    ohchr = set(graph.subjects(SKOS.altLabel, Literal("OHCHR", lang="en")))
    assert ohchr == {URIRef("https://w3id.org/rightsgraph/id/org/ohchr")}
    assert len(set(graph.subjects(RDF.type, RG.Country))) == 1
    assert len(set(graph.subjects(RDF.type, RG.Article))) == 2


def test_networkx_view_has_things_not_provenance(short_graph):
    from rightsgraph.graph.network import to_networkx

    view = to_networkx(short_graph)
    labels = {data["label"] for _node, data in view.nodes(data=True)}
    assert "Hana Berhe" in labels
    assert all("#char=" not in node for node in view.nodes)
    assert any(data["label"] == "holds post" for _s, _t, data in view.edges(data=True))


def test_labels_hold_no_direction_override_but_quotes_keep_the_text():
    from rightsgraph.builders import article_from_text

    text = "Rapporteur \u202evisits Kenya\n\nThe Special Rapporteur met Ana \u202eTorvik in Nairobi."
    g = build_graph([extract(article_from_text(text))])
    labels = [str(o) for o in g.objects(None, SKOS.prefLabel)] + [str(o) for o in g.objects(None, SKOS.altLabel)]
    assert labels and not any("\u202e" in label for label in labels)
    assert any("\u202e" in str(o) for o in g.objects(None, OA.exact))
