"""The HTML view opens offline, shows every thing, and runs nothing from the data."""

from __future__ import annotations

import json
import re

from rightsgraph.builders import article_from_text, extract
from rightsgraph.exports.html import to_html
from rightsgraph.graph import build_graph
from rightsgraph.graph.network import to_networkx

HOSTILE = (
    "Panel <script>alert(1)</script> warns\n\n"
    "The Human Rights Council heard Amnesty International say that <img src=x onerror=alert(2)> torture continues. "
    "See Human Rights Watch’s 2021 report “</script><script>alert(3)</script>” on Syria "
    "and the <a href=\"javascript:alert(4)\">link</a>."
)


def page_for(text: str) -> tuple[str, object]:
    graph = build_graph([extract(article_from_text(text))])
    return to_html(graph, title="test <b>page</b>"), graph


def test_page_needs_no_network_and_exposes_the_network_object():
    page, _graph = page_for("Quiet\n\nThe Security Council met Amnesty International in Geneva.")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page and "url(http" not in page
    assert "window.network = network" in page
    assert "physics: { enabled: false }" in page


def test_every_node_of_the_view_is_in_the_page_with_type_label_and_source():
    page, graph = page_for("Quiet\n\nThe Security Council met Amnesty International in Geneva.")
    data = json.loads(re.search(r"var nodesData = (\[.*?\]);\n", page).group(1).encode().decode("unicode_escape"))
    assert len(data) == len(to_networkx(graph))
    council = next(node for node in data if node["fullLabel"] == "United Nations Security Council")
    assert council["typeLabel"] == "UN body"
    assert council["sources"][0]["sentence"].startswith("The Security Council met")


def test_hostile_strings_never_reach_the_page_as_markup():
    page, _graph = page_for(HOSTILE)
    script_blocks = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    assert len(script_blocks) == 2  # vis-network and ours: the data opened no new script element
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "onerror=alert" not in page.replace("onerror=alert(2)", "") or "\\u003cimg" in page
    assert "innerHTML" not in script_blocks[1]
    assert "<title>test &lt;b&gt;page&lt;/b&gt;</title>" in page


def test_beyond_the_size_limit_the_most_connected_nodes_show_with_a_note():
    graph = build_graph([extract(article_from_text(
        "Quiet\n\nThe Security Council met Amnesty International in Geneva. OHCHR briefed the Human Rights Council."))])
    page = to_html(graph, max_nodes=3)
    data = json.loads(re.search(r"var nodesData = (\[.*?\]);\n", page).group(1).encode().decode("unicode_escape"))
    assert len(data) == 3
    assert "Showing the 3 most connected of" in page


def test_a_nodes_options_are_those_pyvis_node_makes():
    """The page writes each node as pyvis's Node would, without importing pyvis for a build."""
    from pyvis.node import Node

    from rightsgraph.exports.html import node_options

    fields = dict(fullLabel="Human Rights Council", typeLabel="UN body", aliases=["HRC"], sameAs=[], sources=["s1"],
                  date=None)
    made = node_options("hrc", "dot", "Human Rights…", "#1f77b4", 12.5, -3.0, **fields)
    expected = Node("hrc", "dot", label="Human Rights…", color="#1f77b4", x=12.5, y=-3.0, **fields).options
    assert made == expected
    assert list(made) == list(expected)
