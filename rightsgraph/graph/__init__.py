"""Records → RDF: identifiers, triples, validation, and a view of the things for the page and networkx."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph

from rightsgraph.builders.records import Extraction
from rightsgraph.graph.prefixes import new_graph
from rightsgraph.graph.triples import to_graph, unify_labels, with_vocabulary

__all__ = ["build_graph", "new_graph", "to_graph"]


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    """One graph for the given articles, with the violation concepts they use."""
    graph = new_graph()
    for extraction in extractions:
        to_graph(extraction, graph)
    return with_vocabulary(unify_labels(graph))
