"""Records → RDF: identifiers, triples, validation, and a view of the things for the page and networkx."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph

from rightsgraph.builders.records import Extraction
from rightsgraph.graph.prefixes import new_graph
from rightsgraph.graph.triples import to_graph

__all__ = ["build_graph", "new_graph", "to_graph"]


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    """The graph ``rightsgraph build`` writes into graph.ttl for these articles, made in
    memory by the build's own steps: each article's file as the build caches it, the file of
    the violation concepts they name, and their union (one name and one date a node).

    For extractions at hand (a test's text, an extraction looked at first);
    ``rightsgraph.graph_of`` builds an article file as the command does.
    """
    from itertools import chain

    from rightsgraph.graph.store import graph_from_lines
    from rightsgraph.graph.union import article_file_of, concepts_named, union_of_texts, vocabulary_file

    texts = [article_file_of(extraction) for extraction in extractions]
    texts.append(vocabulary_file(set().union(*(concepts_named(text.encode("utf-8")) for text in texts))))
    return graph_from_lines(chain.from_iterable(union_of_texts(texts)))
