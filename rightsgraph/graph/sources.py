"""Which source article each triple belongs to, for one named graph per source.

A thing minted under an article's IRI (its sentences, mentions, findings, events) belongs to
that article; a shared thing (a person, OHCHR, a country, a titled report) belongs to every
article whose sentences it was derived from; a reified statement to the articles of its
sentences. Vocabulary (violation concepts) goes to a graph of its own.
"""

from __future__ import annotations

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import PROV

from rightsgraph.graph.prefixes import OA
from rightsgraph.ontology import ID, RG

#: The named graph for triples that belong to no article (the violation concepts used).
VOCABULARY_GRAPH = URIRef(str(ID) + "graph/vocabulary")


def graphs_by_article(graph: Graph) -> dict[URIRef, Graph]:
    articles = sorted(set(graph.subjects(RDF.type, RG.Article)))
    prefixes = [(str(article), article) for article in articles]

    def owner_of(node) -> set[URIRef]:
        text = str(node)
        for prefix, article in prefixes:
            if text == prefix or text.startswith(prefix + "#") or text.startswith(prefix + "/"):
                return {article}
        return set()

    owners: dict = {}
    for subject in set(graph.subjects()):
        found = owner_of(subject)
        if not found:
            for source in graph.objects(subject, PROV.wasDerivedFrom):
                found |= owner_of(source)
            if (subject, RDF.type, RDF.Statement) in graph and not found:
                found |= owner_of(graph.value(subject, RDF.subject))
        owners[subject] = found
    # annotation bodies and selectors hang off mentions; mentions belong by their IRI
    result: dict[URIRef, Graph] = {}
    for triple in graph:
        for article in owners.get(triple[0]) or {VOCABULARY_GRAPH}:
            result.setdefault(article, Graph()).add(triple)
    for named in result.values():
        for prefix, namespace in graph.namespaces():
            named.bind(prefix, namespace)
    return result


__all__ = ["graphs_by_article", "VOCABULARY_GRAPH", "OA"]
