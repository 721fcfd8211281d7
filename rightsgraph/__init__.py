"""rightsgraph: articles about UN human-rights work in, a cited, validated RDF graph out.

    import rightsgraph

    graph = rightsgraph.graph_of("article.txt")           # an rdflib Graph: build's graph.ttl
    assert rightsgraph.validate(graph).conforms           # the SHACL shapes
    result = rightsgraph.build(["articles/"], "out")      # out/graph.ttl, graph.nq, graph.html

Heavy libraries (spaCy, pySHACL) are imported only when these are called.
"""

from __future__ import annotations

from importlib.metadata import version as _version

__version__ = _version("rightsgraph")


def build(inputs, out_dir, **options):
    """Build the graph of the articles (files, or folders of them) into ``out_dir`` as
    ``rightsgraph build`` does; options ``url``, ``date``, ``publisher``, ``max_size`` (MB),
    ``jobs``, ``progress``, ``license`` (an IRI) and ``record_time``. Returns a ``BuildResult``
    (``summary``, ``written``); raises ``InputError``, ``NothingBuilt``, ``BuildFolderBusy`` (see
    ``rightsgraph.building``) or ``ProvenanceError`` (``rightsgraph.graph.provenance``)."""
    from rightsgraph.building import build as build_articles

    return build_articles(inputs, out_dir, **options)


def graph_of(path, **options):
    """The graph of one article as an rdflib Graph: the triples ``build`` writes into graph.ttl."""
    from rightsgraph.building import graph_of as graph_of_article

    return graph_of_article(path, **options)


def validate(graph):
    """Check a graph against rightsgraph's SHACL shapes; ``.conforms`` and ``.text`` say how."""
    from rightsgraph.graph.validation import validate as against_shapes

    return against_shapes(graph)


__all__ = ["__version__", "build", "graph_of", "validate"]
