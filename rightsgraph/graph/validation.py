"""Check a graph against the rightsgraph SHACL shapes with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from rightsgraph.ontology import load_ontology, load_shapes, load_status_scheme, load_violation_scheme


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    report: Graph
    text: str


def validate(graph: Graph) -> ValidationResult:
    """Validate ``graph``; the ontology is mixed in so sh:class follows rdfs:subClassOf."""
    from pyshacl import validate as shacl_validate

    ontology = load_ontology() + load_violation_scheme() + load_status_scheme()
    conforms, report, text = shacl_validate(
        graph, shacl_graph=load_shapes(), ont_graph=ontology, inference="none", abort_on_first=False,
        allow_warnings=False, meta_shacl=False, advanced=False,
    )
    return ValidationResult(bool(conforms), report, text)
