"""The rightsgraph ontology, violation scheme and SHACL shapes, shipped as package data."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph, Namespace
from rdflib.namespace import SKOS

from rightsgraph.ontology._namespace import RG

__all__ = ["RG", "RGV", "RGST", "ID", "load_ontology", "load_violation_scheme", "load_status_scheme", "load_shapes",
           "load_violation_labels", "ontology_triples", "violation_scheme_triples", "status_scheme_triples",
           "ontology_version_iri"]

#: Concepts of the violation scheme.
RGV = Namespace("https://w3id.org/rightsgraph/violation/")
#: Concepts of the epistemic status scheme (status.ttl).
RGST = Namespace("https://w3id.org/rightsgraph/status/")
#: Everything the builder mints: people, organisations, reports, sentences.
ID = Namespace("https://w3id.org/rightsgraph/id/")


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def load_ontology() -> Graph:
    """The OWL ontology (classes and properties) as a fresh graph."""
    return Graph().parse(data=_read("rightsgraph.ttl"), format="turtle")


def load_violation_scheme() -> Graph:
    """The SKOS concept scheme of violation types as a fresh graph."""
    return Graph().parse(data=_read("violations.ttl"), format="turtle")


def load_status_scheme() -> Graph:
    """The SKOS concept scheme of findings' epistemic statuses as a fresh graph."""
    return Graph().parse(data=_read("status.ttl"), format="turtle")


def load_shapes() -> Graph:
    """The SHACL shapes that a well-formed rightsgraph graph conforms to."""
    return Graph().parse(data=_read("shapes.ttl"), format="turtle")


@lru_cache(maxsize=None)
def _triples(name: str) -> tuple:
    """A packaged Turtle file's triples, parsed once a process by pyoxigraph (for the scheme,
    1 ms against rdflib's 8, and rdflib's Turtle parser is not even imported)."""
    import pyoxigraph

    return tuple(pyoxigraph.parse(_read(name), format=pyoxigraph.RdfFormat.TURTLE))


def ontology_triples() -> tuple:
    """The ontology's triples (pyoxigraph's), for readers that need no Graph of their own."""
    return _triples("rightsgraph.ttl")


def violation_scheme_triples() -> tuple:
    """The violation scheme's triples (pyoxigraph's), for readers that need no Graph of their own."""
    return _triples("violations.ttl")


def status_scheme_triples() -> tuple:
    """The status scheme's triples (pyoxigraph's)."""
    return _triples("status.ttl")


@lru_cache(maxsize=1)
def ontology_version_iri() -> str:
    """The ontology's owl:versionIRI, which every build's provenance names."""
    version = "http://www.w3.org/2002/07/owl#versionIRI"
    return next(triple.object.value for triple in ontology_triples() if triple.predicate.value == version)


@lru_cache(maxsize=1)
def load_violation_labels() -> dict[str, tuple[str, ...]]:
    """Each violation concept's local id mapped to its labels (preferred, alternative and
    hidden), preferred label first.

    Plain strings, so that builders can match wording without touching RDF.
    """
    in_scheme, scheme = str(SKOS.inScheme), str(RGV)
    preferred, other = str(SKOS.prefLabel), {str(SKOS.altLabel), str(SKOS.hiddenLabel)}
    concepts, pref, alts = set(), {}, {}
    for triple in violation_scheme_triples():
        subject, predicate, value = triple.subject.value, triple.predicate.value, triple.object.value
        if predicate == in_scheme and value == scheme:
            concepts.add(subject)
        elif predicate == preferred:
            pref.setdefault(subject, []).append(value)
        elif predicate in other:
            alts.setdefault(subject, []).append(value)
    return {concept[len(scheme):]: tuple(pref.get(concept, []) + sorted(alts.get(concept, []))) for concept in sorted(concepts)}
