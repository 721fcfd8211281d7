"""Merge graphs from different articles and other linked-data files into one.

Deterministic IRIs already make the same actor one node. Nodes that different sources name
differently are joined by owl:sameAs when they share a Wikidata id, or when they are of one
kind and one's preferred name is among the other's names. Provenance stays per source (one
named graph each), and conflicts are reported, not silently resolved.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import OWL, RDF, Dataset, Graph, URIRef
from rdflib.namespace import SKOS

from rightsgraph.builders.names import name_key
from rightsgraph.ontology import ID, RG

#: The named graph holding the owl:sameAs links that merging adds.
MERGE_GRAPH = URIRef(str(ID) + "graph/merge")
_PERSON = {RG.Person}
_ORGANIZATIONS = {RG.Organization, RG.UNBody, RG.UNMechanism, RG.CommissionOfInquiry, RG.FactFindingMission,
                  RG.Government, RG.NGO, RG.MediaOrganization, RG.Court}
_PLACES = {RG.Place, RG.Country}
_KINDS = {"person": _PERSON, "organization": _ORGANIZATIONS, "place": _PLACES}
_MATCH = {OWL.sameAs, SKOS.exactMatch}


@dataclass
class MergeResult:
    dataset: Dataset
    conflicts: list[str]
    joined: list[tuple[URIRef, URIRef]]


def merge_files(paths: Iterable[Path]) -> MergeResult:
    """Read every file (any RDF syntax) into one dataset, a named graph per source."""
    from rightsgraph.graph.store import dataset_from_files

    return merge(dataset_from_files(paths))


def merge(dataset: Dataset) -> MergeResult:
    union = Graph()
    for subject, predicate, obj, _graph in dataset.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    before = {(s, o) for s, _p, o in union.triples((None, SKOS.prefLabel, None))}
    unify_labels(union)
    for node, label in before - {(s, o) for s, _p, o in union.triples((None, SKOS.prefLabel, None))}:
        for graph in dataset.graphs():
            if (node, SKOS.prefLabel, label) in graph:
                graph.remove((node, SKOS.prefLabel, label))
                graph.add((node, SKOS.altLabel, label))
    joined = _same_things(union)
    extra = dataset.graph(MERGE_GRAPH)
    for first, second in joined:
        extra.add((first, OWL.sameAs, second))
        union.add((first, OWL.sameAs, second))
    return MergeResult(dataset, _conflicts(union), joined)


def unify_labels(graph: Graph) -> Graph:
    """One skos:prefLabel per node: when sources name a node differently, the preferred name
    stays, chosen as a build's union chooses it (``union.preference``), and the others
    become skos:altLabel."""
    from rightsgraph.graph.terms import to_oxigraph
    from rightsgraph.graph.union import preference

    for node in sorted({s for s, _p, _o in graph.triples((None, SKOS.prefLabel, None))}):
        labels = sorted(graph.objects(node, SKOS.prefLabel), key=lambda label: preference(str(to_oxigraph(label))))
        for extra in labels[1:]:
            graph.remove((node, SKOS.prefLabel, extra))
            graph.add((node, SKOS.altLabel, extra))
    return graph


def _same_things(graph: Graph) -> list[tuple[URIRef, URIRef]]:
    pairs: set[tuple[URIRef, URIRef]] = set()
    by_external: dict[URIRef, set[URIRef]] = defaultdict(set)
    for predicate in _MATCH:
        for subject, external in graph.subject_objects(predicate):
            if isinstance(subject, URIRef) and str(external).startswith("http://www.wikidata.org/entity/"):
                by_external[external].add(subject)
    for nodes in by_external.values():
        ordered = sorted(nodes)
        pairs |= {(ordered[0], other) for other in ordered[1:]}
    for kind, classes in _KINDS.items():
        nodes = sorted({node for cls in classes for node in graph.subjects(RDF.type, cls) if isinstance(node, URIRef)})
        names = {node: {name_key(str(label)) for p in (SKOS.prefLabel, SKOS.altLabel) for label in graph.objects(node, p)} for node in nodes}
        preferred = {node: {name_key(str(label)) for label in graph.objects(node, SKOS.prefLabel)} for node in nodes}
        for i, first in enumerate(nodes):
            for second in nodes[i + 1 :]:
                if preferred[first] & names[second] or preferred[second] & names[first]:
                    pairs.add((first, second))
    return sorted(pair for pair in pairs if pair[0] != pair[1] and (pair[0], OWL.sameAs, pair[1]) not in graph)


def _conflicts(graph: Graph) -> list[str]:
    conflicts = []
    for subject in sorted(set(graph.subjects(RG.date, None))):
        dates = sorted({str(value) for value in graph.objects(subject, RG.date)})
        if len(dates) > 1:
            conflicts.append(f"{subject}: {len(dates)} different dates ({', '.join(dates)})")
    for subject in sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}):
        types = set(graph.objects(subject, RDF.type))
        kinds = [kind for kind, classes in _KINDS.items() if types & classes]
        if len(kinds) > 1:
            conflicts.append(f"{subject}: typed as {' and '.join(kinds)}")
    return conflicts
