"""The HTML view in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rightsgraph.builders import article_from_text, extract
from rightsgraph.exports.html import to_html
from rightsgraph.graph import build_graph
from rightsgraph.graph.network import to_networkx
from test_overview import ARTICLE as OVERVIEW_ARTICLE

pytestmark = pytest.mark.slow  # a real server, browser, corpus or many examples: run by CI, not between edits

CHROMIUM = "/usr/bin/chromium"
BERHE = "https://w3id.org/rightsgraph/id/person/hana-berhe"
ARTICLE = (
    "Commission reports on Eritrea\n\n"
    "On 4 May 2023 the Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, presented "
    "her report to the Human Rights Council. Berhe said that forced labour remains widespread. "
    "Amnesty International’s 2022 report Silent Fields documented torture.\n"
)
HOSTILE = (
    "Panel <script>alert('title')</script> warns\n\n"
    "The Human Rights Council heard Amnesty International say that torture continues. "
    "See Human Rights Watch’s 2021 report “<img src=x onerror=alert('img')>” on Syria. "
    "The <b onmouseover=alert('b')>Free Workers Alliance</b> (FWA) and the "
    "<a href=\"javascript:alert('link')\">Syria Justice Network</a> were cited by OHCHR.\n"
)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("playwright is not installed: it comes with the test extras")
        pytest.skip("playwright is not installed")
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


class Page:
    """A page opened from a file, recording every request, console error and dialog."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.network !== undefined")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def page_for(browser, tmp_path: Path, text: str, view: str = "statements") -> tuple[Page, object]:
    """The page of ``text``, in the statement view (one click from the overview it opens
    in) unless ``view`` is "overview"."""
    graph = build_graph([extract(article_from_text(text))])
    path = tmp_path / "graph.html"
    path.write_text(to_html(graph, "test"), encoding="utf-8")
    page = Page(browser, path)
    if view == "statements":
        page.page.click("#toggle-view")
    return page, graph


def test_opens_with_no_network_and_no_error_and_shows_every_node(browser, tmp_path):
    page, graph = page_for(browser, tmp_path, ARTICLE)
    assert page.requests == [page.page.url]
    assert page.errors == []
    assert page.page.evaluate("window.network.body.data.nodes.length") == len(to_networkx(graph))


def test_search_focuses_the_node_and_the_panel_quotes_its_sentence(browser, tmp_path):
    page, _graph = page_for(browser, tmp_path, ARTICLE)
    page.page.fill("#search", "Berhe")
    page.page.press("#search", "Enter")
    assert page.page.evaluate("window.network.getSelectedNodes()") == ["https://w3id.org/rightsgraph/id/person/hana-berhe"]
    panel = page.page.inner_text("#panel")
    assert "Hana Berhe" in panel
    assert "Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, presented" in panel
    assert "Commission reports on Eritrea" in panel  # the document the sentence is from


def test_type_filter_date_filter_and_neighbourhood(browser, tmp_path):
    page, _graph = page_for(browser, tmp_path, ARTICLE)
    visible = "window.network.body.data.nodes.get({filter: n => !n.hidden}).length"
    everything = page.page.evaluate(visible)
    page.page.locator("#legend label", has_text="Violation type").locator("input").uncheck()
    assert page.page.evaluate(visible) < everything
    assert page.page.evaluate("window.network.body.data.nodes.get({filter: n => !n.hidden && n.typeLabel === 'Violation type'}).length") == 0
    page.page.locator("#legend label", has_text="Violation type").locator("input").check()
    page.page.fill("#date-to", "2022")
    dated_after = "window.network.body.data.nodes.get({filter: n => !n.hidden && n.date && n.date > '2023'}).length"
    assert page.page.evaluate(dated_after) == 0
    page.page.fill("#date-to", "")
    page.page.evaluate(f"window.rightsgraphFocus({BERHE!r})")
    page.page.click("text=Show only this and its neighbours")
    shown = page.page.evaluate("window.network.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
    neighbours = page.page.evaluate("window.network.getConnectedNodes('https://w3id.org/rightsgraph/id/person/hana-berhe')")
    assert set(shown) == {"https://w3id.org/rightsgraph/id/person/hana-berhe", *neighbours}


@pytest.mark.parametrize("view", ["statements", "overview"])
def test_a_hostile_article_runs_nothing(browser, tmp_path, view):
    page, _graph = page_for(browser, tmp_path, HOSTILE, view)
    for node_id in page.page.evaluate("window.network.body.data.nodes.getIds()"):
        page.page.evaluate("id => window.rightsgraphFocus(id)", node_id)
        position = page.page.evaluate("id => window.network.canvasToDOM(window.network.getPositions([id])[id])", node_id)
        page.page.mouse.move(position["x"], position["y"])
        page.page.wait_for_timeout(200)  # past the tooltip delay, so the tooltip is drawn
    for query in ("<script", "onerror", "javascript", "alert", "Free", "Syria"):
        page.page.fill("#search", query)
        page.page.press("#search", "Enter")
        for link in page.page.locator("#results a").all():
            link.click()
    page.page.locator("#panel a").first.click() if page.page.locator("#panel a").count() else None
    if view == "overview":
        for edge_id in page.page.evaluate("window.network.body.data.edges.getIds()"):
            page.page.evaluate("id => window.rightsgraphEdge(id)", edge_id)
    assert page.dialogs == []
    assert page.errors == []
    assert page.page.evaluate("document.querySelectorAll('#panel img, #panel script, #results img, #legend img').length") == 0


VISIBLE_NODES = "window.network.body.data.nodes.get({filter: n => !n.hidden})"
VISIBLE_EDGES = "window.network.body.data.edges.get({filter: e => !e.hidden})"


def overview_page(browser, tmp_path):
    page, graph = page_for(browser, tmp_path, OVERVIEW_ARTICLE, "overview")
    assert page.errors == [] and page.requests == [page.page.url]
    return page, graph


def legend_count(page, type_label: str) -> int:
    return int(page.page.locator("#legend label", has_text=type_label).locator(".count").inner_text())


def test_the_overview_draws_actors_only_with_labelled_counted_edges_and_switches_to_statements(browser, tmp_path):
    page, graph = overview_page(browser, tmp_path)
    types = page.page.evaluate("window.network.body.data.nodes.map(n => n.typeLabel)")
    assert "Finding" not in types and "Mandate" not in types and "Person" in types
    edges = page.page.evaluate("window.network.body.data.edges.map(e => [e.relation, e.count, e.width])")
    assert ["documents", 2, 2.5] in edges  # Amnesty International documents torture: two sentences, wider
    assert legend_count(page, "Person") == types.count("Person")
    page.page.click("#toggle-view")
    assert page.page.evaluate("window.network.body.data.nodes.length") == len(to_networkx(graph))
    page.page.click("#toggle-view")
    assert page.page.evaluate("window.network.body.data.nodes.length") == len(types)
    assert page.errors == []


def test_an_edge_shows_its_sentences_on_hover_and_lists_them_with_document_and_date_on_click(browser, tmp_path):
    page, _graph = overview_page(browser, tmp_path)
    edge_id = page.page.evaluate("window.network.body.data.edges.get({filter: e => e.relation === 'documents' && e.count === 2})[0].id")
    ends = page.page.evaluate("id => { const e = window.network.body.data.edges.get(id); const p = window.network.getPositions([e.from, e.to]);"
                              " return window.network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2}); }", edge_id)
    page.page.evaluate("id => window.network.fit({nodes: [window.network.body.data.edges.get(id).from, window.network.body.data.edges.get(id).to], animation: false})", edge_id)
    ends = page.page.evaluate("id => { const e = window.network.body.data.edges.get(id); const p = window.network.getPositions([e.from, e.to]);"
                              " return window.network.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2}); }", edge_id)
    page.page.mouse.move(ends["x"], ends["y"])
    page.page.wait_for_timeout(400)
    tooltip = page.page.inner_text("div.vis-tooltip")
    assert "2 statement(s)" in tooltip and "tortured detainees" in tooltip
    page.page.mouse.click(ends["x"], ends["y"])
    panel = page.page.inner_text("#panel")
    assert "Amnesty International — documents — torture" in panel
    assert "documented torture in Myanmar" in panel and "tortured detainees in Rakhine State" in panel
    assert "Rapporteur urges Eritrea" in panel  # the document each sentence is from
    assert page.errors == []


def test_each_filter_narrows_the_edges_and_the_legend_counts(browser, tmp_path):
    page, _graph = overview_page(browser, tmp_path)
    every_edge = len(page.page.evaluate(VISIBLE_EDGES))
    countries = legend_count(page, "Country")
    for select, option in (("#filter-country", "Myanmar"), ("#filter-violation", "torture"),
                           ("#filter-mechanism", "United Nations Human Rights Council")):
        page.page.select_option(select, label=option)
        shown = page.page.evaluate(VISIBLE_NODES)
        assert 0 < len(page.page.evaluate(VISIBLE_EDGES)) < every_edge, select
        assert option in [node["fullLabel"] for node in shown]
        assert legend_count(page, "Country") == sum(node["typeLabel"] == "Country" for node in shown)
        page.page.select_option(select, value="")
    page.page.select_option("#filter-country", label="Myanmar")
    assert legend_count(page, "Country") < countries
    labels = [node["fullLabel"] for node in page.page.evaluate(VISIBLE_NODES)]
    assert "Amnesty International" in labels and "Hana Berhe" not in labels
    page.page.select_option("#filter-country", value="")
    page.page.select_option("#filter-document", label="Rapporteur urges Eritrea")  # the only document: everything stays
    assert len(page.page.evaluate(VISIBLE_EDGES)) == every_edge
    page.page.fill("#date-to", "2022")
    assert len(page.page.evaluate(VISIBLE_EDGES)) < every_edge
    assert page.errors == []


def test_labels_are_drawn_for_some_nodes_never_overlapping(browser, tmp_path):
    page, _graph = overview_page(browser, tmp_path)
    page.page.wait_for_timeout(100)
    labelled = page.page.evaluate("window.network.body.data.nodes.get({filter: n => n.label}).length")
    assert labelled > 0
    page.page.evaluate(f"window.rightsgraphFocus({BERHE!r})")
    page.page.wait_for_timeout(100)
    assert page.page.evaluate(f"window.network.body.data.nodes.get({BERHE!r}).label") == "Hana Berhe"


def test_the_whole_shared_corpus_opens_on_its_actors_in_a_few_hundred_nodes(browser, tmp_path, shared):
    """Issue 18's done-when: every actor of the ``actors`` query drawn, no finding, event,
    post or mention as a node, at most a few hundred nodes, and an edge's panel quotes."""
    from rdflib import Graph

    import rightsgraph
    from rightsgraph.graph.query import named_query

    result = rightsgraph.build([shared / "corpus"], tmp_path / "out")
    actors = {str(row[0]) for row in Graph().parse(tmp_path / "out" / "graph.ttl").query(named_query("actors").text)}
    page = Page(browser, tmp_path / "out" / "graph.html")
    assert page.errors == [] and page.requests == [page.page.url]
    drawn = page.page.evaluate("window.network.body.data.nodes.map(n => [n.id, n.typeLabel])")
    assert actors <= {iri for iri, _type in drawn}
    assert len(drawn) <= 500, result
    assert not {type_label for _iri, type_label in drawn} & {"Finding", "Denial", "Post", "Mandate", "Action", "Call", "Mention"}
    busiest = page.page.evaluate("window.network.body.data.edges.get().sort((a, b) => b.count - a.count)[0].id")
    page.page.evaluate("id => window.rightsgraphEdge(id)", busiest)
    assert page.page.locator("#panel blockquote").count() > 1


def test_dragging_across_the_timeline_sets_the_date_range_and_a_click_clears_it(browser, tmp_path):
    page, _graph = overview_page(browser, tmp_path)
    assert page.page.locator("#timeline .mark").count() > 0
    every_edge = len(page.page.evaluate(VISIBLE_EDGES))
    box = page.page.locator("#timeline").bounding_box()
    page.page.mouse.move(box["x"] + 2, box["y"] + 20)
    page.page.mouse.down()
    page.page.mouse.move(box["x"] + box["width"] * 0.4, box["y"] + 20)
    page.page.mouse.up()
    start, end = page.page.input_value("#date-from"), page.page.input_value("#date-to")
    assert start.startswith("2022") and end.startswith("2022")  # the axis runs from 2022 to 2024
    assert len(page.page.evaluate(VISIBLE_EDGES)) < every_edge
    assert page.page.locator("#timeline .mark.out").count() > 0
    page.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + 20)
    assert page.page.input_value("#date-from") == "" and len(page.page.evaluate(VISIBLE_EDGES)) == every_edge
    assert page.errors == []
