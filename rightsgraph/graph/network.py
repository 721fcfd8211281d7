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
    for iri, rdf_type in sorted(node_types.items()):
        view.add_node(
            str(iri),
            label=_label(graph, iri),
            type=str(rdf_type),
            type_label=str(ontology.value(rdf_type, RDFS.label) or rdf_type.split("#")[-1]),
            aliases=sorted(str(alias) for alias in graph.objects(iri, SKOS.altLabel)),
            sameAs=sorted(str(other) for other in graph.objects(iri, OWL.sameAs)),
            sources=_sources(graph, iri),
            date=str(graph.value(iri, RG.date) or ""),
        )
    for subject, predicate, obj in sorted(graph):
        if predicate in _HIDDEN_PREDICATES or subject not in node_types or obj not in node_types:
            continue
        if not (str(predicate).startswith(str(RG._NS)) or predicate == ORG.subOrganizationOf):
            continue
        label = ontology.value(predicate, RDFS.label) or predicate.split("#")[-1]
        view.add_edge(str(subject), str(obj), key=str(predicate), predicate=str(predicate), label=str(label))
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


def _label(graph: Graph, iri: URIRef) -> str:
    value = graph.value(iri, SKOS.prefLabel) or graph.value(iri, RDFS.label)
    return str(value) if value is not None else iri.split("/")[-1]


def _sources(graph: Graph, iri: URIRef) -> list[dict[str, str]]:
    """The sentences a thing was derived from, quoted, with the title of their document."""
    sources = []
    for sentence in sorted(graph.objects(iri, PROV.wasDerivedFrom)):
        quote = next((graph.value(selector, OA.exact) for selector in graph.objects(sentence, OA.hasSelector)
                      if graph.value(selector, OA.exact) is not None), None)
        document = graph.value(sentence, OA.hasSource)
        title = graph.value(document, RG.title) if document is not None else None
        if quote is not None:
            sources.append({"sentence": str(quote), "document": str(title or document or "")})
    return sources
