"""The prefix registry: the namespaces rightsgraph's graphs use, and the short names they
are written with.

A leaf: it imports no other module of ``rightsgraph.graph``, so the writer, the store, the
queries and the exports can all use it without importing one another.
"""

from __future__ import annotations

from rdflib import OWL, RDFS, XSD, Graph, Namespace
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS

from rightsgraph.ontology import ID, RG, RGST, RGV

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "rg": RG._NS, "rgv": RGV, "rgst": RGST, "rgid": Namespace(str(ID)), "oa": OA, "prov": PROV, "skos": SKOS,
    "dct": DCTERMS, "org": ORG, "schema": SCHEMA, "wd": WD, "owl": OWL, "xsd": XSD, "rdfs": RDFS,
}


def new_graph() -> Graph:
    """An empty rdflib Graph with rightsgraph's prefixes bound."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
