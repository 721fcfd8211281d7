"""How long the HTML view takes to be usable at about 5,000 nodes, in Debian's Chromium.

Copies the graph of an article under fresh IRIs until the view holds about N nodes (default
5,000), writes the page, and measures: the Python side (layout and page), and in the
browser the time from navigation until the network is drawn and a full redraw is done
(physics is off, so that is when it has settled).

    python benchmarks/html_view.py [ARTICLE.txt] [--nodes N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from rdflib import Graph, URIRef

HERE = Path(__file__).resolve().parent
ID = "https://w3id.org/rightsgraph/id/"


def corpus_graph(article: Path, nodes: int) -> Graph:
    from rightsgraph import graph_of
    from rightsgraph.graph.network import to_networkx

    one = graph_of(article)
    per_copy = max(1, sum(1 for node in to_networkx(one) if node.startswith(ID)))  # shared concepts are not copied
    graph = Graph()
    for copy in range(max(1, -(-nodes // per_copy))):
        for s, p, o in one:
            s = URIRef(str(s).replace(ID, f"{ID}c{copy}/")) if str(s).startswith(ID) else s
            o = URIRef(str(o).replace(ID, f"{ID}c{copy}/")) if isinstance(o, URIRef) and str(o).startswith(ID) else o
            graph.add((s, p, o))
    return graph


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", default=str(HERE.parent / "examples" / "dprk-accountability.txt"))
    parser.add_argument("--nodes", type=int, default=5_000)
    options = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from rightsgraph.exports.html import to_html
    from rightsgraph.graph.network import to_networkx

    graph = corpus_graph(Path(options.article), options.nodes)
    view = to_networkx(graph)
    started = time.perf_counter()
    page_text = to_html(graph, "benchmark")
    python_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.html"
        path.write_text(page_text, encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("window.network !== undefined")
            ready = time.perf_counter() - started
            page.evaluate("() => new Promise(done => { window.network.once('afterDrawing', done); window.network.redraw(); })")
            settled = time.perf_counter() - started
            shown = page.evaluate("window.network.body.data.nodes.length")
            browser.close()
    print(f"nodes: {len(view)} in the graph, {shown} in the page; edges: {view.number_of_edges()}")
    print(f"page size: {len(page_text) / 1e6:.1f} MB; layout and page in Python: {python_seconds:.1f} s")
    print(f"browser: network ready {ready:.2f} s, drawn and settled {settled:.2f} s")


if __name__ == "__main__":
    main()
