"""Term conversion between rdflib and pyoxigraph: rdflib's terms are what the writer and the
exports hold, pyoxigraph's what its parser, store and serializer take.

A leaf: it imports no other module of ``rightsgraph.graph``.
"""

from __future__ import annotations


def to_rdflib(term):
    """A pyoxigraph term as an rdflib one (a plain string literal without its xsd:string)."""
    import pyoxigraph
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)  # rdflib writes plain strings without a datatype
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def to_oxigraph(term):
    """An rdflib term as a pyoxigraph one (``str()`` of which is its N-Triples form)."""
    import pyoxigraph
    from rdflib import BNode, URIRef

    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    if term.language:
        return pyoxigraph.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
    return pyoxigraph.Literal(str(term))
