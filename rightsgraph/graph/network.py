"""A networkx view of an RDF graph: the things and the specific relations between them.

Sentences, selectors, annotations and reified statements are provenance, not things: they
become node attributes (the quoted sentences) instead of nodes. The article node and its
``rg:namesViolation`` links are left out so that it does not pull every violation to itself.
"""

from __future__ import annotations

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDFS, SKOS

from rightsgraph.graph.triples import OA
from rightsgraph.ontology import RG, load_ontology

#: Node types shown, most specific first; each node takes the first that applies.
NODE_TYPES = [
    RG.Person, RG.CommissionOfInquiry, RG.FactFindingMission, RG.UNMechanism, RG.UNBody, RG.Government,
    RG.NGO, RG.MediaOrganization, RG.Court, RG.Organization, RG.Country, RG.Place, RG.Mandate, RG.Post,
    RG.WrittenSubmission, RG.Report, RG.Event, RG.Denial, RG.Finding, RG.ViolationType,
]
_HIDDEN_PREDICATES = {RG.namesViolation}


def to_networkx(graph: Graph):
    """A MultiDiGraph whose nodes are IRIs (as strings) with label, type, aliases and sources."""
    import networkx as nx

    ontology = load_ontology()
    view = nx.MultiDiGraph()
    node_types = _node_types(graph)
    type_labels: dict[URIRef, str] = {}
    for iri, rdf_type in sorted(node_types.items()):
        if rdf_type not in type_labels:
            type_labels[rdf_type] = str(ontology.value(rdf_type, RDFS.label) or rdf_type.split("#")[-1])
        values: dict[URIRef, list] = {}
        for predicate, obj in graph.predicate_objects(iri):  # one look-up per node, not one per attribute
            values.setdefault(predicate, []).append(obj)
        view.add_node(
            str(iri),
            label=_label(values, iri),
            type=str(rdf_type),
            type_label=type_labels[rdf_type],
            aliases=sorted(str(alias) for alias in values.get(SKOS.altLabel, ())),
            sameAs=sorted(str(other) for other in values.get(OWL.sameAs, ())),
            sources=_sources(graph, values.get(PROV.wasDerivedFrom, ())),
            date=str(_first(values, RG.date) or ""),
        )
    edges = [(subject, predicate, obj) for subject, predicate, obj in graph
             if predicate not in _HIDDEN_PREDICATES and subject in node_types and obj in node_types
             and (str(predicate).startswith(str(RG._NS)) or predicate == ORG.subOrganizationOf)]
    predicate_labels: dict[URIRef, str] = {}
    # every term here is an IRI, so sorting by their strings is rdflib's order, done faster
    for subject, predicate, obj in sorted(edges, key=lambda edge: (str(edge[0]), str(edge[1]), str(edge[2]))):
        if predicate not in predicate_labels:
            predicate_labels[predicate] = str(ontology.value(predicate, RDFS.label) or predicate.split("#")[-1])
        view.add_edge(str(subject), str(obj), key=str(predicate), predicate=str(predicate), label=predicate_labels[predicate])
    return view


def thing_types() -> set[URIRef]:
    """The classes whose instances are shown as nodes: NODE_TYPES and the event classes."""
    return set(NODE_TYPES) | _event_classes()


def _event_classes() -> set[URIRef]:
    """Every subclass of rg:Event: anything typed with one counts as an event."""
    return set(load_ontology().subjects(RDFS.subClassOf, RG.Event))


def _node_types(graph: Graph) -> dict[URIRef, URIRef]:
    types: dict[URIRef, URIRef] = {}
    for rdf_type in NODE_TYPES:
        for subject in graph.subjects(RDF.type, rdf_type):
            if isinstance(subject, URIRef) and subject not in types:
                types[subject] = rdf_type
    event_classes = _event_classes()
    for subject, rdf_type in graph.subject_objects(RDF.type):
        if isinstance(subject, URIRef) and subject not in types and rdf_type in event_classes:
            types[subject] = rdf_type
    return types


def _first(values: dict, predicate: URIRef):
    """One value of a predicate, as rdflib's ``Graph.value`` would pick it: any one of them."""
    found = values.get(predicate)
    return found[0] if found else None


def _label(values: dict, iri: URIRef) -> str:
    value = _first(values, SKOS.prefLabel) or _first(values, RDFS.label)
    return str(value) if value is not None else iri.split("/")[-1]


def _sources(graph: Graph, sentences) -> list[dict[str, str]]:
    """The sentences a thing was derived from, quoted, with the title of their document."""
    sources = []
    for sentence in sorted(sentences):
        quote = next((graph.value(selector, OA.exact) for selector in graph.objects(sentence, OA.hasSelector)
                      if graph.value(selector, OA.exact) is not None), None)
        document = graph.value(sentence, OA.hasSource)
        title = graph.value(document, RG.title) if document is not None else None
        if quote is not None:
            sources.append({"sentence": str(quote), "document": str(title or document or "")})
    return sources
