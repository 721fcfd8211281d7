"""The interactive HTML graph: pyvis builds the vis-network data, our template makes it offline.

pyvis 0.3.2 is unmaintained and its own templates reach a CDN even in ``in_line`` mode (for
Bootstrap) and write a ``lib/`` folder into the working directory in ``local`` mode; and they
render a tooltip containing "href" as HTML. So pyvis is used for what it does well, turning
nodes and edges into vis-network options, and the page comes from our template, with
vis-network's script and styles (shipped inside the pyvis package) inlined, every string
inserted as JSON and shown with ``textContent``, and the layout computed in Python.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from rdflib import Graph

from rightsgraph.graph.network import to_networkx
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
    str(RG.Finding): ("#ff9da7", "dot"),
    str(RG.ViolationType): ("#d37295", "star"),
}
_EVENT_STYLE = ("#17becf", "diamond")
_LAYOUT_SCALE = 900
#: Above this many nodes only the most connected are drawn, with a note saying so.
MAX_NODES = 20_000
#: Above this many edges, relation names move from the drawn edge to its tooltip.
MAX_EDGE_LABELS = 1_500


def to_html(graph: Graph, title: str = "rightsgraph", max_nodes: int = MAX_NODES, note: str = "") -> str:
    """A self-contained HTML page showing ``graph``; it makes no network request.

    ``note`` is shown at the top, for instance when ``graph`` holds only part of a corpus.
    """
    from jinja2 import Environment
    from pyvis.network import Network

    view = to_networkx(graph)
    if len(view) > max_nodes:
        keep = sorted(view.nodes, key=lambda node: (-view.degree(node), node))[:max_nodes]
        note = f"Showing the {max_nodes:,} most connected of {len(view):,} nodes; export GraphML or CSV for all of them."
        view = view.subgraph(keep).copy()
    positions = layout(view)
    label_edges = view.number_of_edges() <= MAX_EDGE_LABELS
    net = Network(directed=True, cdn_resources="remote")
    legend: dict[str, tuple[str, str]] = {}
    for node, data in sorted(view.nodes(data=True)):
        color, shape = STYLES.get(data["type"], _EVENT_STYLE)
        legend[data["type_label"]] = (color, shape)
        x, y = positions[node]
        net.add_node(
            node, label=_short(data["label"]), shape=shape, color=color, x=round(float(x), 1), y=round(float(y), 1),
            fullLabel=data["label"], typeLabel=data["type_label"], aliases=data["aliases"], sameAs=data["sameAs"],
            sources=data["sources"], date=data["date"],
        )
    for source, target, data in sorted(view.edges(data=True), key=lambda edge: (edge[0], edge[1], edge[2]["predicate"])):
        if label_edges:
            net.add_edge(source, target, label=data["label"], arrows="to")
        else:
            net.add_edge(source, target, relation=data["label"], arrows="to")
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    template = Environment(autoescape=True).from_string(_read_template("graph.html"))
    return template.render(
        title=title,
        vis_js=_vis_asset("vis-network.min.js"),
        vis_css=_vis_asset("vis-network.css"),
        nodes_json=_script_json(nodes),
        edges_json=_script_json(edges),
        legend_json=_script_json([{"type": name, "color": color, "shape": shape} for name, (color, shape) in sorted(legend.items())]),
        note=note,
    )


#: Above this many nodes only the most connected are laid out by force; the rest are placed
#: beside their neighbours, which keeps a corpus-sized page to seconds.
FORCE_LAYOUT_NODES = 2_000


def layout(view) -> dict:
    """Node positions computed here, so the page draws at once with physics off.

    Force-directed (Fruchterman-Reingold, fixed seed) for graphs a person reads. In a large
    graph the most connected nodes are laid out that way and every other node is placed
    beside the neighbours already placed, in breadth-first order, with a seeded jitter.
    """
    import random

    import networkx as nx

    if not len(view):
        return {}
    simple = nx.Graph(view)
    core = sorted(simple.nodes, key=lambda node: (-simple.degree(node), node))[:FORCE_LAYOUT_NODES]
    core_graph = simple.subgraph(core)
    spread = 3 / len(core) ** 0.5
    iterations = 100 if len(core) <= 500 else 30
    positions = dict(nx.spring_layout(core_graph, seed=7, k=spread, iterations=iterations, scale=_LAYOUT_SCALE, method="force"))
    if len(positions) == len(simple):
        return positions
    jitter = random.Random(7)
    step = _LAYOUT_SCALE * spread / 4
    pending = sorted(set(simple.nodes) - set(positions))
    for _round in range(len(pending) + 1):
        placed_any = False
        remaining = []
        for node in pending:
            placed = [positions[other] for other in simple.neighbors(node) if other in positions]
            if not placed:
                remaining.append(node)
                continue
            x = sum(p[0] for p in placed) / len(placed) + jitter.uniform(-step, step)
            y = sum(p[1] for p in placed) / len(placed) + jitter.uniform(-step, step)
            positions[node] = (x, y)
            placed_any = True
        pending = remaining
        if not pending or not placed_any:
            break
    for node in pending:  # nothing connects them to the rest: around the edge
        positions[node] = (jitter.uniform(-1.2, 1.2) * _LAYOUT_SCALE, jitter.uniform(-1.2, 1.2) * _LAYOUT_SCALE)
    return positions


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


def _vis_asset(name: str) -> str:
    text = resources.files("pyvis").joinpath("templates").joinpath("lib").joinpath("vis-9.1.2").joinpath(name).read_text(encoding="utf-8")
    # inlined inside <script>/<style>: a literal closing tag would end the element early
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")
