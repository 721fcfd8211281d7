"""The rightsgraph ontology, violation scheme and SHACL shapes, shipped as package data."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph, Namespace
from rdflib.namespace import SKOS

from rightsgraph.ontology._namespace import RG

__all__ = ["RG", "RGV", "ID", "load_ontology", "load_violation_scheme", "load_shapes", "load_violation_labels",
           "violation_scheme_triples"]

#: Concepts of the violation scheme.
RGV = Namespace("https://w3id.org/rightsgraph/violation/")
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


def load_shapes() -> Graph:
    """The SHACL shapes that a well-formed rightsgraph graph conforms to."""
    return Graph().parse(data=_read("shapes.ttl"), format="turtle")


@lru_cache(maxsize=1)
def _violation_scheme() -> Graph:
    """The scheme parsed once, for the readers here (``load_violation_scheme`` hands out fresh graphs)."""
    return load_violation_scheme()


def violation_scheme_triples() -> tuple[tuple, ...]:
    """The violation scheme's triples, for readers that need no Graph of their own."""
    return tuple(_violation_scheme())


@lru_cache(maxsize=1)
def load_violation_labels() -> dict[str, tuple[str, ...]]:
    """Each violation concept's local id mapped to its labels (preferred, alternative and
    hidden), preferred label first.

    Plain strings, so that builders can match wording without touching RDF.
    """
    scheme = _violation_scheme()
    labels: dict[str, tuple[str, ...]] = {}
    for concept in sorted(set(scheme.subjects(SKOS.inScheme, RGV[""]))):
        pref = [str(v) for v in scheme.objects(concept, SKOS.prefLabel)]
        alts = sorted(str(v) for label in (SKOS.altLabel, SKOS.hiddenLabel) for v in scheme.objects(concept, label))
        labels[str(concept)[len(str(RGV)):]] = tuple(pref + alts)
    return labels
