"""The interactive HTML graph: the vis-network data made here, our template makes it offline.

pyvis 0.3.2 is unmaintained and its own templates reach a CDN even in ``in_line`` mode (for
Bootstrap) and write a ``lib/`` folder into the working directory in ``local`` mode; and they
render a tooltip containing "href" as HTML. So pyvis is used for the vis-network script and
styles it ships, read from its folder (importing pyvis imports networkx and IPython: 0.12
to 0.32 s of a build), and the page comes from our template, with those files inlined, the
nodes and edges made as vis-network takes them (the options pyvis's ``Node`` and ``Edge``
make), every string inserted as JSON and shown with ``textContent``, and the layout
computed in Python.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from rdflib import Graph

from rightsgraph.graph.network import View, rdflib_triples, view_of
from rightsgraph.ontology import RG

#: Colour and vis-network shape per node type.
STYLES = {
    str(RG.Person): ("#4e79a7", "dot"),
    str(RG.UNBody): ("#59a14f", "square"),
    str(RG.UNMechanism): ("#8cd17d", "square"),
    str(RG.CommissionOfInquiry): ("#8cd17d", "square"),
    str(RG.FactFindingMission): ("#8cd17d", "square"),
    str(RG.Government): ("#e15759", "diamond"),
    str(RG.NGO): ("#f28e2b", "triangle"),
    str(RG.MediaOrganization): ("#b07aa1", "triangle"),
    str(RG.Court): ("#9c755f", "square"),
    str(RG.Organization): ("#9c755f", "square"),
    str(RG.Country): ("#76b7b2", "hexagon"),
    str(RG.Place): ("#76b7b2", "hexagon"),
    str(RG.Post): ("#bab0ac", "dot"),
    str(RG.Mandate): ("#bab0ac", "dot"),
    str(RG.Report): ("#edc948", "triangleDown"),
    str(RG.WrittenSubmission): ("#edc948", "triangleDown"),
    str(RG.Letter): ("#edc948", "triangleDown"),
    str(RG.Statement): ("#edc948", "triangleDown"),
    str(RG.CourtFiling): ("#edc948", "triangleDown"),
    str(RG.Resolution): ("#edc948", "triangleDown"),
    str(RG.StateOrgan): ("#e15759", "square"),
    str(RG.IntergovernmentalOrganization): ("#59a14f", "triangle"),
    str(RG.ArmedGroup): ("#7f3c3c", "triangle"),
    str(RG.Group): ("#a0cbe8", "dot"),
    str(RG.LegalInstrument): ("#b6992d", "square"),
    str(RG.LegalCase): ("#b6992d", "square"),
    str(RG.Finding): ("#ff9da7", "dot"),
    str(RG.ViolationType): ("#d37295", "star"),
}
_EVENT_STYLE = ("#17becf", "diamond")
#: Above this many nodes only the most connected are drawn, with a note saying so.
MAX_NODES = 20_000
#: Above this many edges, relation names move from the drawn edge to its tooltip.
MAX_EDGE_LABELS = 1_500


def to_html(graph: Graph, title: str = "rightsgraph", max_nodes: int = MAX_NODES, note: str = "",
            with_overview: bool = True) -> str:
    """A self-contained HTML page showing ``graph``; it makes no network request.

    ``note`` is shown at the top, for instance when ``graph`` holds only part of a corpus.
    """
    return view_to_html(view_of(rdflib_triples(graph)), title, max_nodes, note, with_overview)


def overview_data(view: View) -> dict:
    """The overview's data as the page reads it: nodes with positions and sizes, edges with
    their count and width, the items behind the edges (facets and sentences as indices),
    the sentences, the documents, and the choices of each filter."""
    import math

    from rightsgraph.graph.network import Relation
    from rightsgraph.graph.overview import overview_of

    overview = overview_of(view)
    order = sorted(overview.nodes)
    index = {iri: number for number, iri in enumerate(order)}
    positions = layout(View({iri: overview.nodes[iri] for iri in order},
                            [Relation(edge["from"], edge["to"], edge["label"], edge["label"]) for edge in overview.edges]))
    documents = sorted({source["document"] for source in overview.sentences})
    document_index = {title: number for number, title in enumerate(documents)}
    nodes = []
    for iri in order:
        data = overview.nodes[iri]
        color, shape = STYLES.get(data["type"], _EVENT_STYLE)
        x, y = positions[iri]
        nodes.append({"id": iri, "label": _short(data["label"], 30), "fullLabel": data["label"], "typeLabel": data["type_label"],
                      "color": color, "shape": shape, "x": round(float(x), 1), "y": round(float(y), 1),
                      "size": round(7 + 3 * math.sqrt(min(data["statements"], 100)), 1), "statements": data["statements"],
                      "aliases": data["aliases"], "sameAs": data["sameAs"], "sources": data["sources"], "date": data["date"]})
    used = {number for edge in overview.edges for number in edge["items"]}
    items = [{"kind": item["kind"], "label": item["label"], "date": item["date"], "sentences": item["sentences"],
              "facets": sorted(index[facet] for facet in item["facets"] if facet in index)} if number in used else None
             for number, item in enumerate(overview.items)]
    edges = [{"id": f"o{number}", "from": edge["from"], "to": edge["to"], "relation": edge["label"], "count": edge["count"],
              "items": edge["items"]} for number, edge in enumerate(overview.edges) if edge["from"] in index and edge["to"] in index]
    sentences = [{"sentence": source["sentence"], "document": document_index[source["document"]], "date": source.get("date", "")}
                 for source in overview.sentences]

    def choices(*types: str) -> list[int]:
        return sorted((index[iri] for iri in order if overview.nodes[iri]["type"] in types), key=lambda number: nodes[number]["fullLabel"])

    mechanisms = [str(RG.UNBody), str(RG.UNMechanism), str(RG.CommissionOfInquiry), str(RG.FactFindingMission)]
    legend: dict[str, tuple[str, str]] = {node["typeLabel"]: (node["color"], node["shape"]) for node in nodes}
    return {"nodes": nodes, "edges": edges, "items": items, "sentences": sentences, "documents": documents,
            "filters": {"country": choices(str(RG.Country)), "mechanism": choices(*mechanisms), "violation": choices(str(RG.ViolationType))},
            "legend": [{"type": name, "color": color, "shape": shape} for name, (color, shape) in sorted(legend.items())]}


def view_to_html(view: View, title: str = "rightsgraph", max_nodes: int = MAX_NODES, note: str = "",
                 with_overview: bool = True) -> str:
    """The page for a view made by `graph.network.view_of` (the RDF graph it came from need
    not be kept meanwhile): the actor-centred overview first (`graph.overview`), the
    statements one click away; ``with_overview=False`` gives the statements alone."""
    from jinja2 import Environment

    if len(view) > max_nodes:
        degree = view.degree()
        keep = sorted(view.nodes, key=lambda node: (-degree[node], node))[:max_nodes]
        note = f"Showing the {max_nodes:,} most connected of {len(view):,} nodes; export GraphML or CSV for all of them."
        view = view.among(set(keep))
    positions = layout(view)
    label_edges = len(view.edges) <= MAX_EDGE_LABELS
    legend: dict[str, tuple[str, str]] = {}
    # The nodes' options as pyvis's Node makes them (the options given, then "id", "label"
    # and "shape"; written with sorted keys); its Network.add_node first looks the id up in
    # a list of those added, which is quadratic (0.08 s at 5,000 nodes).
    nodes = []
    for node, data in sorted(view.nodes.items()):
        color, shape = STYLES.get(data["type"], _EVENT_STYLE)
        legend[data["type_label"]] = (color, shape)
        x, y = positions[node]
        nodes.append(node_options(node, shape, _short(data["label"]), color, round(float(x), 1), round(float(y), 1),
                                  fullLabel=data["label"], typeLabel=data["type_label"], aliases=data["aliases"],
                                  sameAs=data["sameAs"], sources=data["sources"], date=data["date"]))
    # The edges as vis-network takes them, the dicts pyvis's Edge makes ({"from", "to",
    # "arrows": "to", options}); pyvis's add_edge looks both ends up in a list of node ids,
    # which is quadratic (1.3 s for 27,000 edges).
    edges = []
    name = "label" if label_edges else "relation"
    for edge in sorted(view.edges, key=lambda edge: (edge.subject, edge.object, edge.predicate)):
        edges.append({name: edge.label, "arrows": "to", "from": edge.subject, "to": edge.object})
    template = Environment(autoescape=True).from_string(_read_template("graph.html"))
    overview = overview_data(view) if with_overview else None
    return template.render(
        overview_json=_script_json(overview),
        max_edge_labels=MAX_EDGE_LABELS,
        title=title,
        vis_js=_vis_asset("vis-network.min.js"),
        vis_css=_vis_asset("vis-network.css"),
        nodes_json=_script_json(nodes),
        edges_json=_script_json(edges),
        legend_json=_script_json([{"type": name, "color": color, "shape": shape} for name, (color, shape) in sorted(legend.items())]),
        note=note,
    )


#: The typical length of an edge on the page, in pixels.
_EDGE_PIXELS = 110
#: Parts this large are laid out with repulsion from nearby nodes only (igraph's grid
#: variant, which igraph itself picks from 1,000 nodes): 0.66 s -> 0.04 s at 844 nodes.
_GRID_FROM = 200


def layout(view: View) -> dict:
    """Node positions computed here, so the page draws at once with physics off.

    Each connected part is laid out by igraph's Fruchterman-Reingold (in C, grid-accelerated
    for parts of ``_GRID_FROM`` nodes or more), its random numbers drawn from a seeded
    generator, so the same graph gives the same positions. The result is scaled so that a
    typical edge is about ``_EDGE_PIXELS`` long, and the parts are packed in rows, largest
    first, instead of drifting apart.
    """
    import random

    import igraph

    nodes = sorted(view.nodes)
    if not nodes:
        return {}
    index = {node: number for number, node in enumerate(nodes)}
    edges = sorted({tuple(sorted((index[edge.subject], index[edge.object]))) for edge in view.edges if edge.subject != edge.object})
    graph = igraph.Graph(n=len(nodes), edges=edges)
    igraph.set_random_number_generator(random.Random(7))
    try:
        parts = []
        for members in sorted((sorted(part) for part in graph.connected_components()), key=lambda part: (-len(part), part[0])):
            part = graph.induced_subgraph(members)  # its vertices in the order of their ids, as in members
            coordinates = part.layout_fruchterman_reingold(niter=500, grid=len(members) >= _GRID_FROM).coords
            parts.append((members, coordinates, part.get_edgelist()))
    finally:
        igraph.set_random_number_generator(random)
    lengths = sorted(_distance(coordinates[a], coordinates[b]) for _members, coordinates, part_edges in parts for a, b in part_edges)
    scale = _EDGE_PIXELS / max(lengths[len(lengths) // 2] if lengths else 1.0, 1e-9)
    return {nodes[number]: position for number, position in _packed(parts, scale).items()}


def _packed(parts, scale: float) -> dict[int, tuple[float, float]]:
    """Place the laid-out parts in rows (largest first), each in its own box."""
    boxes = []
    for members, coordinates, _edges in parts:
        xs = [x * scale for x, _y in coordinates]
        ys = [y * scale for _x, y in coordinates]
        boxes.append((members, xs, ys, max(xs) - min(xs) + _EDGE_PIXELS, max(ys) - min(ys) + _EDGE_PIXELS))
    row_width = max(max(box[3] for box in boxes), sum(box[3] * box[4] for box in boxes) ** 0.5)
    positions: dict[int, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for members, xs, ys, width, height in boxes:
        if x and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        left, top = min(xs), min(ys)
        for vertex, vx, vy in zip(members, xs, ys):
            positions[vertex] = (x + vx - left, y + vy - top)
        x += width
        row_height = max(row_height, height)
    return positions


def _distance(first, second) -> float:
    return ((first[0] - second[0]) ** 2 + (first[1] - second[1]) ** 2) ** 0.5


def write_html(graph: Graph, path: str | Path, title: str = "rightsgraph") -> None:
    Path(path).write_text(to_html(graph, title), encoding="utf-8")


def _short(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _script_json(value) -> str:
    """JSON safe to place inside a <script> element: no "</script>", no HTML comment openers."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _read_template(name: str) -> str:
    return resources.files("rightsgraph.exports").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def node_options(node: str, shape: str, label: str, color: str, x: float, y: float, **fields) -> dict:
    """A node as vis-network takes it: the options pyvis's ``Node(node, shape, label=…, color=…,
    x=…, y=…, **fields).options`` makes (a test holds the two equal)."""
    return {"color": color, "x": x, "y": y, **fields, "id": node, "label": label, "shape": shape}


def _vis_asset(name: str) -> str:
    """A file of vis-network's, from the pyvis package's folder (found, not imported)."""
    from importlib.util import find_spec

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("pyvis is not installed: it ships the vis-network files the page inlines")
    folder = Path(next(iter(spec.submodule_search_locations)))
    text = (folder / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")
    # inlined inside <script>/<style>: a literal closing tag would end the element early
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")
