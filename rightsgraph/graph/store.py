"""Graphs in an embedded pyoxigraph store: any RDF syntax in, one named graph per source.

pyoxigraph keeps triples compactly (in memory, or on disk with ``db``) and answers SPARQL
far faster than rdflib's memory store; the README has the measured figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rightsgraph.errors import RightsGraphError
from rightsgraph.graph.terms import to_oxigraph, to_rdflib

if TYPE_CHECKING:
    import pyoxigraph

#: File name endings and the RDF syntax they hold.
SYNTAXES = {
    ".ttl": "TURTLE", ".turtle": "TURTLE", ".nt": "N_TRIPLES", ".ntriples": "N_TRIPLES", ".nq": "N_QUADS",
    ".trig": "TRIG", ".jsonld": "JSON_LD", ".json": "JSON_LD", ".rdf": "RDF_XML", ".xml": "RDF_XML",
    ".owl": "RDF_XML", ".n3": "N3",
}
QUAD_SYNTAXES = {"N_QUADS", "TRIG", "JSON_LD"}


class GraphFileError(RightsGraphError, ValueError):
    """An RDF file cannot be read."""


def rdf_format(path: Path):
    import pyoxigraph

    name = SYNTAXES.get(path.suffix.lower())
    if name is None:
        raise GraphFileError(f"{path}: unknown RDF syntax (use one of {', '.join(sorted(SYNTAXES))})")
    return getattr(pyoxigraph.RdfFormat, name)


def check_xml(path: Path) -> None:
    """Refuse RDF/XML whose entities would expand without bound ("billion laughs": 937 bytes
    that pyoxigraph's parser, which has no limit, expands to gigabytes), and XML that is not
    well formed, with its line.

    libxml2 reads the file first, discarding what it reads, with only internal entities
    resolved (never a file or the network) and its own limits on: entity amplification,
    nesting depth, no huge text nodes.
    """
    from lxml import etree

    class _Discard:  # the parse is a check: nothing is kept, so memory stays flat
        def start(self, *_args): pass
        def end(self, *_args): pass
        def data(self, *_args): pass
        def comment(self, *_args): pass
        def pi(self, *_args): pass
        def close(self): return None

    parser = etree.XMLParser(resolve_entities="internal", huge_tree=False, no_network=True, load_dtd=False,
                             dtd_validation=False, target=_Discard())
    try:
        etree.parse(str(path), parser)
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (error.lineno, 0)
        message = (error.msg or "not well formed").split(", see xmlCtxt")[0]
        message = message.split(f", line {line}, column")[0]
        if "entity" in message.lower() and ("amplification" in message or "loop" in message):
            # libxml2 stops where it noticed, not where the bomb is: no line
            raise GraphFileError(f"{path}: not valid RDF (its XML entities would expand too far: {message}); refused") from None
        raise GraphFileError(f"{path}: not valid RDF (line {line}, column {column}: {message})") from None
    except OSError as error:
        raise GraphFileError(f"{path}: {error}") from None


def source_graph(path: Path) -> "pyoxigraph.NamedNode":
    import pyoxigraph

    return pyoxigraph.NamedNode(Path(path).resolve().as_uri())


def load_store(paths: Iterable[Path], db: Path | None = None) -> "pyoxigraph.Store":
    """A store holding every file, each in its own named graph (TriG keeps its own graphs).

    With ``db`` the store lives on disk and is kept between runs; files already loaded into
    it (by source graph name) are loaded again only if given again.
    """
    import pyoxigraph

    store = pyoxigraph.Store(str(db)) if db is not None else pyoxigraph.Store()
    for path in paths:
        load_file(store, Path(path))
    return store


def load_file(store, path: Path) -> None:
    """Load one file: a dataset syntax (TriG, N-Quads, JSON-LD) keeps its own named graphs,
    any other goes into the named graph of its source file, replacing what it held before."""
    if not path.is_file():
        raise GraphFileError(f"{path}: no such file")
    syntax = rdf_format(path)
    if SYNTAXES[path.suffix.lower()] == "RDF_XML":
        check_xml(path)
    base = path.resolve().as_uri()
    try:
        if syntax.supports_datasets:
            store.bulk_load(path=str(path), format=syntax, base_iri=base)
        else:
            graph = source_graph(path)
            if graph in set(store.named_graphs()):
                store.remove_graph(graph)
            store.bulk_load(path=str(path), format=syntax, base_iri=base, to_graph=graph)
    except SyntaxError as error:
        raise GraphFileError(f"{path}: {_position(error)}") from None
    except (ValueError, OSError) as error:
        raise GraphFileError(f"{path}: {error}") from None


def _position(error: SyntaxError) -> str:
    message = str(error).strip().splitlines()[0] if str(error).strip() else "syntax error"
    return f"not valid RDF ({message})"


def dataset_from_files(paths: Iterable[Path]):
    """An rdflib Dataset of the files: a named graph per source (TriG keeps its own graphs).

    Files go through pyoxigraph's parser, not its store: the store canonicalises derived
    numeric types (xsd:nonNegativeInteger becomes xsd:integer), and an export must not
    change a single literal.
    """
    import pyoxigraph
    from rdflib import Dataset, URIRef

    dataset = Dataset()
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise GraphFileError(f"{path}: no such file")
        syntax = rdf_format(path)
        if SYNTAXES[path.suffix.lower()] == "RDF_XML":
            check_xml(path)
        source = URIRef(source_graph(path).value)
        try:
            for quad in pyoxigraph.parse(path=str(path), format=syntax, base_iri=path.resolve().as_uri()):
                name = getattr(quad.graph_name, "value", None)
                graph = dataset.graph(URIRef(name) if name else (None if syntax.supports_datasets else source))
                graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
        except SyntaxError as error:
            raise GraphFileError(f"{path}: {_position(error)}") from None
        except (ValueError, OSError) as error:
            raise GraphFileError(f"{path}: {error}") from None
    return dataset


def graph_from_files(paths: Iterable[Path]):
    """The union of the files as one rdflib Graph, with rightsgraph's prefixes bound."""
    from rightsgraph.graph.prefixes import new_graph

    graph = new_graph()
    for subject, predicate, obj, _graph in dataset_from_files(paths).quads((None, None, None, None)):
        graph.add((subject, predicate, obj))
    return graph


def graph_from_lines(lines: Iterable[str]):
    """N-Triples lines (each with its line break, as a build's union gives them) as one
    rdflib Graph, with rightsgraph's prefixes bound."""
    import pyoxigraph

    from rightsgraph.graph.prefixes import new_graph

    graph = new_graph()
    terms: dict = {}  # a subject or predicate comes back on many lines: converted once

    def term(value):
        found = terms.get(value)
        if found is None:
            found = terms[value] = to_rdflib(value)
        return found

    data = "".join(lines).encode("utf-8")
    for triple in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES):
        graph.add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return graph


class NTriplesLines:
    """A sink for triples (``to_graph(extraction, NTriplesLines())``) that keeps each as an
    N-Triples line, once.

    rdflib hashes its terms in Python, which made a set of rdflib triples and a cache keyed
    by them most of the cost of writing an article; IRIs are looked up here by their plain
    string. Terms are written by pyoxigraph, which checks them.
    """

    def __init__(self):
        import pyoxigraph
        from rdflib import URIRef

        self.lines: set[str] = set()
        self._iris: dict[str, str] = {}
        self._named_node = pyoxigraph.NamedNode
        self._literal = pyoxigraph.Literal
        self._uriref = URIRef

    def add(self, triple) -> None:
        self.lines.add(f"{self._term(triple[0])} {self._term(triple[1])} {self._term(triple[2])} .")

    def literal(self, value, lang: str | None = None, datatype=None) -> _Written:
        """A literal as rdflib's ``Literal(value, lang=…, datatype=…)`` would write it, made
        straight in N-Triples form (``to_graph`` makes its literals with this)."""
        if lang:
            return _Written(self._literal(str(value), language=lang))
        if datatype is not None:
            return _Written(self._literal(str(value), datatype=self._named_node(str(datatype))))
        return _Written(self._literal(str(value)))

    def _term(self, term) -> str:
        if type(term) is self._uriref:
            iri = str(term)
            text = self._iris.get(iri)
            if text is None:
                text = self._iris[iri] = str(self._named_node(iri))
            return text
        if type(term) is _Written:
            return term
        return str(to_oxigraph(term))


class _Written(str):
    """A term already in N-Triples form."""

    __slots__ = ()
