"""A view of an RDF graph: the things and the specific relations between them, as plain
data for the page and as a networkx graph for GraphML, CSV and analysis.

Sentences, selectors, annotations and reified statements are provenance, not things: they
become node attributes (the quoted sentences) instead of nodes. The article node and its
``rg:namesViolation`` links are left out so that it does not pull every violation to itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDFS, SKOS

from rightsgraph.graph.prefixes import OA
from rightsgraph.ontology import RG, ontology_triples

#: Node types shown, most specific first; each node takes the first that applies.
NODE_TYPES = [
    RG.Person, RG.CommissionOfInquiry, RG.FactFindingMission, RG.UNMechanism, RG.UNBody, RG.Government,
    RG.NGO, RG.MediaOrganization, RG.Court, RG.StateOrgan, RG.IntergovernmentalOrganization, RG.ArmedGroup,
    RG.Organization, RG.Country, RG.Place, RG.Group, RG.Mandate, RG.Post,
    RG.WrittenSubmission, RG.Letter, RG.Statement, RG.CourtFiling, RG.Resolution, RG.Report, RG.LegalInstrument,
    RG.LegalCase, RG.Event, RG.Denial, RG.Finding, RG.ViolationType,
]
_HIDDEN_PREDICATES = {str(RG.namesViolation)}


class Text(str):
    """A literal's lexical form, told apart from an IRI (a plain ``str``)."""

    __slots__ = ()


#: A triple as the view reads it: IRIs as plain strings, blank nodes as "_:id", literals as Text.
Triple = tuple[str, str, str]

_RG = str(RG._NS)
_TYPE, _PREF_LABEL, _LABEL, _ALT_LABEL = str(RDF.type), str(SKOS.prefLabel), str(RDFS.label), str(SKOS.altLabel)
_SAME_AS, _DERIVED_FROM, _SUB_ORGANIZATION_OF = str(OWL.sameAs), str(PROV.wasDerivedFrom), str(ORG.subOrganizationOf)
_HAS_SELECTOR, _EXACT, _HAS_SOURCE = str(OA.hasSelector), str(OA.exact), str(OA.hasSource)
_TITLE, _DATE, _LEMMA = str(RG.title), str(RG.date), str(RG.lemma)
_SUBJECT, _PREDICATE, _OBJECT, _STATEMENT = str(RDF.subject), str(RDF.predicate), str(RDF.object), str(RDF.Statement)
#: What the view reads besides the ontology's own predicates.
_READ = {_TYPE, _PREF_LABEL, _LABEL, _ALT_LABEL, _SAME_AS, _DERIVED_FROM, _SUB_ORGANIZATION_OF, _HAS_SELECTOR, _EXACT, _HAS_SOURCE,
         _SUBJECT, _PREDICATE, _OBJECT}


class Relation(NamedTuple):
    """A specific relation between two things, with its predicate's label."""

    subject: str
    object: str
    predicate: str
    label: str


@dataclass(frozen=True)
class View:
    """The things of a graph, each IRI with its attributes (label, type, type_label,
    aliases, sameAs, sources, date, and kind and lemma: an event's most specific class and
    its verb), and the relations among them, sorted by subject, predicate and object.
    ``support`` gives the sources of a relation that its reified statement is derived from."""

    nodes: dict[str, dict]
    edges: list[Relation]
    support: dict[tuple[str, str, str], list[dict[str, str]]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.nodes)

    def degree(self) -> Counter[str]:
        """Each thing's number of relations, in and out (a relation to itself counts twice)."""
        degree: Counter[str] = Counter()
        for relation in self.edges:
            degree[relation.subject] += 1
            degree[relation.object] += 1
        return degree

    def among(self, things: set[str]) -> View:
        """The view of only ``things`` and the relations between them."""
        return View({iri: data for iri, data in self.nodes.items() if iri in things},
                    [edge for edge in self.edges if edge.subject in things and edge.object in things], self.support)

    def to_networkx(self):
        """A MultiDiGraph: the things as nodes with their attributes, each relation an
        edge keyed by its predicate, with ``predicate`` and ``label``."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self.nodes.items())
        graph.add_edges_from((edge.subject, edge.object, edge.predicate, {"predicate": edge.predicate, "label": edge.label})
                             for edge in self.edges)
        return graph


def to_networkx(graph: Graph):
    """A MultiDiGraph whose nodes are IRIs (as strings) with label, type, aliases and sources."""
    return view_of(rdflib_triples(graph)).to_networkx()


def view_of(triples: Iterable[Triple]) -> View:
    """The view of ``triples`` (see `Triple`), read once into plain dictionaries."""
    values: dict[str, dict[str, list[str]]] = {}
    for subject, predicate, obj in triples:
        if _read(predicate):
            values.setdefault(subject, {}).setdefault(predicate, []).append(obj)
    labels = _ontology_labels()
    nodes: dict[str, dict] = {}
    node_types = _node_types(values)
    type_labels: dict[str, str] = {}
    for iri, rdf_type in sorted(node_types.items()):
        if rdf_type not in type_labels:
            type_labels[rdf_type] = labels.get(rdf_type) or rdf_type.split("#")[-1]
        own = values[iri]
        nodes[iri] = {
            "label": _label(own, iri),
            "type": rdf_type,
            "type_label": type_labels[rdf_type],
            "aliases": sorted(str(alias) for alias in own.get(_ALT_LABEL, ())),
            "sameAs": sorted(str(other) for other in own.get(_SAME_AS, ())),
            "sources": _sources(values, own.get(_DERIVED_FROM, ())),
            "date": str(_first(own, _DATE) or ""),
            "kind": _kind(own.get(_TYPE, ()), rdf_type),
            "lemma": str(_first(own, _LEMMA) or ""),
        }
    edges = {(subject, predicate, obj) for subject in node_types for predicate, objects in values[subject].items()
             if predicate not in _HIDDEN_PREDICATES and (predicate.startswith(_RG) or predicate == _SUB_ORGANIZATION_OF)
             for obj in objects if obj in node_types and not isinstance(obj, Text)}
    predicate_labels: dict[str, str] = {}
    relations = []
    for subject, predicate, obj in sorted(edges):
        if predicate not in predicate_labels:
            predicate_labels[predicate] = labels.get(predicate) or predicate.split("#")[-1]
        relations.append(Relation(subject, obj, predicate, predicate_labels[predicate]))
    support = {}
    for iri, own in values.items():
        if _STATEMENT in own.get(_TYPE, ()) and _DERIVED_FROM in own:
            key = (_first(own, _SUBJECT), _first(own, _PREDICATE), _first(own, _OBJECT))
            if key in edges:
                support[key] = _sources(values, own[_DERIVED_FROM])
    return View(nodes, relations, support)


def rdflib_triples(graph: Graph) -> Iterator[Triple]:
    """An rdflib graph's triples as the view reads them; those it does not read are left
    out here, before they are converted."""
    for subject, predicate, obj in graph:
        name = str(predicate)
        if _read(name):
            # most terms are IRIs: told apart by their type alone
            yield (str(subject) if type(subject) is URIRef else _plain(subject), name,
                   str(obj) if type(obj) is URIRef else _plain(obj))


def oxigraph_triples(triples) -> Iterator[Triple]:
    """pyoxigraph's triples (or quads) as the view reads them; those it does not read are
    left out here, before they are converted."""
    import pyoxigraph

    blank, literal = pyoxigraph.BlankNode, pyoxigraph.Literal
    for triple in triples:
        predicate = triple.predicate.value
        if not _read(predicate):
            continue
        subject, obj = triple.subject, triple.object
        yield (f"_:{subject.value}" if isinstance(subject, blank) else subject.value, predicate,
               Text(obj.value) if isinstance(obj, literal) else f"_:{obj.value}" if isinstance(obj, blank) else obj.value)


def _read(predicate: str) -> bool:
    """Whether the view reads a predicate: the ontology's own, and the ones in _READ."""
    return predicate in _READ or predicate.startswith(_RG)


def _plain(term) -> str:
    if isinstance(term, Literal):
        return Text(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def thing_types() -> set[URIRef]:
    """The classes whose instances are shown as nodes: NODE_TYPES and the event classes."""
    return set(NODE_TYPES) | _event_classes()


@lru_cache(maxsize=1)
def _event_classes() -> frozenset[URIRef]:
    """Every subclass of rg:Event: anything typed with one counts as an event."""
    sub_class_of, event = str(RDFS.subClassOf), str(RG.Event)
    return frozenset(URIRef(triple.subject.value) for triple in ontology_triples()
                     if triple.predicate.value == sub_class_of and triple.object.value == event)


@lru_cache(maxsize=1)
def _ontology_labels() -> dict[str, str]:
    """The ontology's classes and properties with their labels, read once."""
    return {triple.subject.value: triple.object.value for triple in ontology_triples() if triple.predicate.value == _LABEL}


def _node_types(values: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    """Each thing's type: the first of NODE_TYPES it has, else its event class."""
    ranked = {str(rdf_type): rank for rank, rdf_type in enumerate(NODE_TYPES)}
    events = {str(rdf_type) for rdf_type in _event_classes()}
    types = {}
    for subject, own in values.items():
        if subject.startswith("_:") or isinstance(subject, Text):
            continue
        classes = own.get(_TYPE, ())
        shown = [rdf_type for rdf_type in classes if rdf_type in ranked]
        if shown:
            types[subject] = min(shown, key=ranked.__getitem__)
        elif any(rdf_type in events for rdf_type in classes):
            types[subject] = min(rdf_type for rdf_type in classes if rdf_type in events)
    return types


def _kind(classes: Iterable[str], rdf_type: str) -> str:
    """An event's most specific class (a verb class rather than rg:Action); else its type."""
    general = {str(RG.Action), str(RG.Event)}
    events = _subclasses(str(RG.Event))
    if rdf_type not in events:
        return rdf_type
    specific = sorted(set(classes) & events - general)
    return specific[0] if specific else rdf_type


@lru_cache(maxsize=8)
def _subclasses(root: str) -> frozenset[str]:
    """The ontology's classes below ``root``, at any depth (not ``root`` itself)."""
    sub_class_of = str(RDFS.subClassOf)
    parents: dict[str, set[str]] = {}
    for triple in ontology_triples():
        if triple.predicate.value == sub_class_of:
            parents.setdefault(triple.subject.value, set()).add(triple.object.value)
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for child, above in parents.items():
            if child not in found and above & (found | {root}):
                found.add(child)
                changed = True
    return frozenset(found)


def _first(values: dict[str, list[str]], predicate: str) -> str | None:
    """One value of a predicate, the same whatever order the triples came in: the least."""
    found = values.get(predicate)
    return min(found) if found else None


def _label(values: dict[str, list[str]], iri: str) -> str:
    value = _first(values, _PREF_LABEL) or _first(values, _LABEL)
    return str(value) if value is not None else iri.split("/")[-1]


def _sources(values: dict[str, dict[str, list[str]]], sentences: Iterable[str]) -> list[dict[str, str]]:
    """The sentences a thing was derived from, quoted, with the title of their document."""
    sources = []
    for sentence in sorted(sentences):
        own = values.get(sentence, {})
        quote = next((_first(values[selector], _EXACT) for selector in sorted(own.get(_HAS_SELECTOR, ()))
                      if _EXACT in values.get(selector, {})), None)
        document = _first(own, _HAS_SOURCE)
        title = _first(values.get(document, {}), _TITLE) if document is not None else None
        if quote is not None:
            source = {"sentence": str(quote), "document": str(title or document or "")}
            date = _first(values.get(document, {}), _DATE) if document is not None else None
            if date:
                source["date"] = str(date)
            sources.append(source)
    return sources
