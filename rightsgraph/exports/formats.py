"""Export a graph in the formats linked-data users and analysts use.

Turtle, N-Triples, JSON-LD (its @context embedded, so it parses offline; the same context
ships as ``rightsgraph/ontology/context.jsonld``), TriG with one named graph per source
article, GraphML for Gephi, CSV node and edge tables for spreadsheets, and the HTML view.
Every RDF format reads back to the same triples.
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

from rdflib import Dataset, Graph

from rightsgraph.errors import RightsGraphError

EXPORT_FORMATS = ("ttl", "nt", "jsonld", "trig", "graphml", "csv", "html")


class ExportError(RightsGraphError, ValueError):
    """A graph cannot be written in the syntax asked for."""


def jsonld_context() -> dict:
    return json.loads(resources.files("rightsgraph.ontology").joinpath("context.jsonld").read_text(encoding="utf-8"))


def to_ntriples(graph: Graph) -> str:
    lines = graph.serialize(format="nt").split("\n")
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def to_jsonld(graph: Graph) -> str:
    return graph.serialize(format="json-ld", context=jsonld_context()["@context"], indent=2, sort_keys=True)


def to_trig(graph: Graph) -> str:
    """TriG with one named graph per source article (and one for the vocabulary used)."""
    from rightsgraph.graph.sources import graphs_by_article

    return trig_from_graphs(graphs_by_article(graph), dict(graph.namespaces()))


def trig_from_graphs(graphs: dict, namespaces: dict) -> str:
    """Named graphs as TriG: one shared prefix block, then each graph's sorted Turtle body.

    Written here rather than by rdflib's TriG serializer, which sorts less and leans on
    deprecated Dataset methods.
    """
    from rightsgraph.graph.prefixes import new_graph

    prefixes: dict[str, str] = {}
    bodies = []
    for name, part in sorted(graphs.items(), key=lambda item: str(item[0])):
        if not len(part):
            continue
        named = new_graph()
        for prefix, namespace in namespaces.items():
            named.bind(prefix, namespace, override=True, replace=True)
        for triple in part:
            named.add(triple)
        lines = named.serialize(format="turtle").split("\n")
        for line in lines:
            if line.startswith("@prefix"):
                prefixes[line] = line
        # not indented: an indent would change the text of multi-line literals
        body = "\n".join(line for line in lines if not line.startswith("@prefix")).strip("\n")
        bodies.append(f"<{name}> {{\n{body}\n}}\n" if name is not None else f"{{\n{body}\n}}\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(bodies)


def to_nquads(graphs: dict) -> str:
    lines = []
    for name, part in graphs.items():
        for line in part.serialize(format="nt").split("\n"):
            if line.strip():
                lines.append(line[: line.rstrip().rfind(".")].rstrip() + (f" <{name}> .") if name is not None else line)
    return "\n".join(sorted(lines)) + "\n"


def to_graphml(graph: Graph) -> str:
    import networkx as nx

    from rightsgraph.graph.network import rdflib_triples, view_of

    view = view_of(rdflib_triples(graph))
    flat = nx.MultiDiGraph()
    for node, data in view.nodes.items():
        flat.add_node(node, label=data["label"], type=data["type_label"], aliases="; ".join(data["aliases"]),
                      sameAs=" ".join(data["sameAs"]), sources=" | ".join(source["sentence"] for source in data["sources"]))
    for edge in view.edges:
        flat.add_edge(edge.subject, edge.object, key=edge.predicate, label=edge.label, predicate=edge.predicate)
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def to_csv_tables(graph: Graph) -> tuple[str, str]:
    """A node table (id, label, type, aliases, wikidata, source sentence) and an edge table."""
    from rightsgraph.graph.network import rdflib_triples, view_of

    view = view_of(rdflib_triples(graph))
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(["id", "label", "type", "aliases", "same_as", "first_source_sentence"])
    for node, data in sorted(view.nodes.items()):
        first = data["sources"][0]["sentence"] if data["sources"] else ""
        writer.writerow([node, data["label"], data["type_label"], "; ".join(data["aliases"]), " ".join(data["sameAs"]), first])
    edges = io.StringIO()
    writer = csv.writer(edges, lineterminator="\n")
    writer.writerow(["source", "relation", "target", "predicate"])
    for edge in sorted(view.edges, key=lambda edge: (edge.subject, edge.predicate, edge.object)):
        writer.writerow([edge.subject, edge.label, edge.object, edge.predicate])
    return nodes.getvalue(), edges.getvalue()


def export(graph: Graph, output_format: str, path: Path, write) -> list[Path]:
    """Write ``graph`` to ``path`` in ``output_format`` with ``write(path, text)``; the paths written."""
    from rightsgraph.exports.html import to_html
    from rightsgraph.exports.turtle import to_turtle

    if output_format == "csv":
        nodes, edges = to_csv_tables(graph)
        node_path = path.with_name(f"{path.stem}-nodes.csv")
        edge_path = path.with_name(f"{path.stem}-edges.csv")
        write(node_path, nodes)
        write(edge_path, edges)
        return [node_path, edge_path]
    text = {
        "ttl": to_turtle, "nt": to_ntriples, "jsonld": to_jsonld, "trig": to_trig, "graphml": to_graphml,
        "html": lambda g: to_html(g, "rightsgraph"),
    }[output_format](graph)
    write(path, text)
    return [path]


def merged_text(dataset: Dataset, path: Path) -> str:
    """A merged dataset as the text of ``path``, in the syntax its ending names: .trig and .nq
    keep one named graph per source, .ttl, .nt and .jsonld hold the union of them."""
    from rdflib import URIRef

    from rightsgraph.exports.turtle import to_turtle
    from rightsgraph.graph.prefixes import PREFIXES, new_graph

    suffix = path.suffix.lower()
    if suffix in (".trig", ".nq"):
        graphs = {graph.identifier if isinstance(graph.identifier, URIRef) else None: graph
                  for graph in dataset.graphs() if len(graph)}
        graphs = {(None if str(name).startswith("urn:x-rdflib:") else name): graph for name, graph in graphs.items()}
        return trig_from_graphs(graphs, {k: str(v) for k, v in PREFIXES.items()}) if suffix == ".trig" else to_nquads(graphs)
    writers = {".ttl": to_turtle, ".nt": to_ntriples, ".jsonld": to_jsonld}
    if suffix not in writers:
        raise ExportError(f"{path}: write .trig, .nq, .ttl, .nt or .jsonld")
    union = new_graph()
    for subject, predicate, obj, _graph in dataset.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    return writers[suffix](union)
