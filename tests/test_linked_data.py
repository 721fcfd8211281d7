"""SPARQL, merging, exporting, the embedded store, the endpoint and the push, for real."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from rightsgraph.cli import cli
from rightsgraph.graph.query import named_queries

pytestmark = pytest.mark.slow  # a real server, browser, corpus or many examples: run by CI, not between edits

ARTICLE = (
    "Rapporteur warns of forced labour in Eritrea\n\n"
    "On 4 May 2023 the Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, presented "
    "her report to the Human Rights Council. Berhe said that forced labour remains widespread. "
    "The government of Eritrea rejected the report.\n"
)
SECOND = (
    "OHCHR raises Eritrea detentions\n\n"
    "OHCHR said on 2 June 2023 that arbitrary detention continues in Eritrea, citing the Special Rapporteur "
    "on the situation of human rights in Eritrea, Hana Berhe.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("built")
    runner = CliRunner()
    paths = []
    for name, text in (("a", ARTICLE), ("b", SECOND)):
        source = folder / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        assert runner.invoke(cli, ["build", str(source), "-o", str(folder / name)]).exit_code == 0
        paths.append(folder / name / "graph.ttl")
    return paths[0], paths[1]


def _quads(path: Path) -> list:
    import pyoxigraph

    return list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TRIG))


def run(*arguments: str):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


def test_named_queries_are_listed_with_a_line_each():
    result = run("query", "--list")
    assert result.exit_code == 0
    for name in ("actors", "reports", "roles", "violations", "events", "findings", "timeline", "sources"):
        assert name in result.output


def test_every_named_query_returns_rows_on_the_reference_article(shared, tmp_path):
    out = tmp_path / "ref"
    assert run("build", shared / "corpus" / "00_jubilee-ohchr-dprk-no-improvement.txt", "-o", out).exit_code == 0
    # the reference article has no denial, so `contested` is run on a text written for it
    contested = tmp_path / "contested.txt"
    contested.write_text("Rights update\n\nHuman Rights Watch documented torture in Chile. The Government of Chile "
                         "said that police had not tortured anyone.\n", encoding="utf-8")
    assert run("build", contested, "-o", tmp_path / "contested").exit_code == 0
    # and `citations` on a UN report, whose footnotes and paragraphs cite documents by symbol
    report = shared / "reports" / "A_HRC_27_10_UPR_DPRK_2014.pdf"
    assert run("build", report, "-o", tmp_path / "report").exit_code == 0
    for name in named_queries():
        graph = {"contested": tmp_path / "contested", "citations": tmp_path / "report"}.get(name, out) / "graph.ttl"
        result = run("query", graph, "--named", name, "--format", "csv")
        assert result.exit_code == 0, result.output
        rows = list(csv.reader(io.StringIO(result.output)))
        assert len(rows) > 1, f"{name} returned no rows"


def test_query_formats_and_query_files(built, tmp_path):
    first, second = built
    query = tmp_path / "people.rq"
    query.write_text("PREFIX rg: <https://w3id.org/rightsgraph/ontology#>\nSELECT DISTINCT ?p WHERE { ?p a rg:Person }", encoding="utf-8")
    as_json = json.loads(run("query", first, second, query, "--format", "json").output)
    assert [b["p"]["value"] for b in as_json["results"]["bindings"]] == ["https://w3id.org/rightsgraph/id/person/hana-berhe"]
    table = run("query", first, "--named", "roles").output
    assert "Hana Berhe" in table and "(1 row)" in table
    tsv = run("query", first, "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "tsv").output
    assert tsv.splitlines()[0] == "?n"


def test_bad_sparql_names_the_position(built):
    result = run("query", built[0], "-e", "SELEC ?x WHERE { ?x ?y ?z }")
    assert result.exit_code == 2
    assert "not valid SPARQL" in result.output and "1:" in result.output


def test_merge_joins_the_same_entities_and_keeps_sources(built, tmp_path):
    out = tmp_path / "merged.trig"
    result = run("merge", *built, "-o", out)
    assert result.exit_code == 0, result.output
    quads = _quads(out)
    names = {quad.graph_name.value for quad in quads if hasattr(quad.graph_name, "value")}
    assert len([name for name in names if name.endswith("a/graph.ttl") or name.endswith("b/graph.ttl")]) == 2
    people = {quad.subject.value for quad in quads if quad.subject.value.startswith("https://w3id.org/rightsgraph/id/person/")}
    assert people == {"https://w3id.org/rightsgraph/id/person/hana-berhe"}


def test_merge_joins_by_wikidata_id_and_reports_conflicts(tmp_path):
    ours = tmp_path / "ours.ttl"
    ours.write_text(
        "@prefix rg: <https://w3id.org/rightsgraph/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "<https://w3id.org/rightsgraph/id/place/dprk> a rg:Country ; owl:sameAs <http://www.wikidata.org/entity/Q423> .\n"
        "<https://example.org/r1> a rg:Report ; rg:date \"2014\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n"
        "<https://example.org/x> a rg:Person .\n", encoding="utf-8")
    theirs = tmp_path / "theirs.jsonld"
    theirs.write_text(json.dumps({
        "@context": {"skos": "http://www.w3.org/2004/02/skos/core#", "rg": "https://w3id.org/rightsgraph/ontology#"},
        "@graph": [
            {"@id": "https://example.org/north-korea", "@type": "rg:Country",
             "skos:exactMatch": {"@id": "http://www.wikidata.org/entity/Q423"}},
            {"@id": "https://example.org/r1", "rg:date": {"@value": "2014-02-07", "@type": "http://www.w3.org/2001/XMLSchema#date"}},
            {"@id": "https://example.org/x", "@type": "rg:NGO"},
        ]}), encoding="utf-8")
    out = tmp_path / "merged.ttl"
    result = run("merge", ours, theirs, "-o", out)
    assert result.exit_code == 0, result.output
    assert "joined: https://example.org/north-korea = https://w3id.org/rightsgraph/id/place/dprk" in result.output
    assert "https://example.org/r1: 2 different dates" in result.output
    assert "https://example.org/x: typed as person and organization" in result.output
    merged = Graph().parse(out)
    assert len(merged) > 0


@pytest.mark.parametrize(("fmt", "parse_as"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("trig", "trig")])
def test_every_rdf_export_round_trips(built, tmp_path, fmt, parse_as):
    first, second = built
    source = Graph()
    source.parse(first)
    source.parse(second)
    out = tmp_path / f"export.{fmt}"
    assert run("export", first, second, "--format", fmt, "-o", out).exit_code == 0
    from rightsgraph.graph.store import dataset_from_files

    if fmt in ("trig", "jsonld"):  # read back with pyoxigraph: rdflib's own parsers warn of their deprecations
        back = Graph()
        for s, p, o, _g in dataset_from_files([out]).quads((None, None, None, None)):
            back.add((s, p, o))
        if fmt == "trig":
            assert len({quad.graph_name.value for quad in _quads(out)}) == 3  # two articles and the vocabulary
    else:
        back = Graph().parse(out, format=parse_as)
    assert isomorphic(back, source)


def test_jsonld_embeds_its_context_and_ships_it(built, tmp_path):
    out = tmp_path / "g.jsonld"
    run("export", built[0], "--format", "jsonld", "-o", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(document["@context"], dict) and document["@context"]["rg"] == "https://w3id.org/rightsgraph/ontology#"
    shipped = Path(__file__).resolve().parents[1] / "rightsgraph" / "ontology" / "context.jsonld"
    assert json.loads(shipped.read_text(encoding="utf-8"))["@context"] == document["@context"]


def test_graphml_and_csv_tables(built, tmp_path):
    import networkx as nx

    assert run("export", built[0], "--format", "graphml", "-o", tmp_path / "g.graphml").exit_code == 0
    view = nx.read_graphml(tmp_path / "g.graphml")
    labels = {data["label"] for _n, data in view.nodes(data=True)}
    assert "Hana Berhe" in labels and view.number_of_edges() > 0
    assert run("export", built[0], "--format", "csv", "-o", tmp_path / "g.csv").exit_code == 0
    nodes = list(csv.DictReader(io.StringIO((tmp_path / "g-nodes.csv").read_text(encoding="utf-8"))))
    edges = list(csv.DictReader(io.StringIO((tmp_path / "g-edges.csv").read_text(encoding="utf-8"))))
    assert any(row["label"] == "Hana Berhe" and row["type"] == "Person" for row in nodes)
    assert any(row["relation"] == "holds post" for row in edges)


def test_on_disk_store_is_kept_between_runs(built, tmp_path):
    db = tmp_path / "db"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    first = run("query", built[0], "--db", db, "-e", count, "--format", "csv").output.splitlines()[1]
    again = run("query", "--db", db, "-e", count, "--format", "csv").output.splitlines()[1]
    assert first == again and int(first) > 100


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1).read()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not come up")


def _request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


@pytest.fixture()
def endpoint(built):
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "rightsgraph.cli", "serve", str(built[0]), str(built[1]), "--port", str(port), "--timeout", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait_for(url)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_endpoint_answers_get_and_post_by_accept_header(endpoint):
    query = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/rightsgraph/ontology#Person> }"
    status, kind, body = _request(f"{endpoint}?{urllib.parse.urlencode({'query': query})}")
    assert status == 200 and kind.startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "1"
    status, kind, body = _request(endpoint, urllib.parse.urlencode({"query": query}).encode(),
                                  {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    assert status == 200 and kind.startswith("text/csv") and body.decode().splitlines() == ["n", "1"]
    status, _kind, body = _request(endpoint, query.encode(), {"Content-Type": "application/sparql-query",
                                                              "Accept": "application/sparql-results+xml"})
    assert status == 200 and b"<sparql" in body


def test_endpoint_refuses_updates_service_and_slow_queries(endpoint):
    status, _k, _b = _request(endpoint, b"INSERT DATA { <a:b> <a:c> <a:d> }", {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _k, _b = _request(f"{endpoint}?{urllib.parse.urlencode({'update': 'CLEAR ALL'})}")
    assert status == 403
    service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, _k, _b = _request(f"{endpoint}?{urllib.parse.urlencode({'query': service})}")
    assert status == 400
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    status, _k, body = _request(f"{endpoint}?{urllib.parse.urlencode({'query': slow})}")
    assert status == 503 and b"longer than 2 s" in body
    assert time.monotonic() - started < 20
    status, _k, _b = _request(endpoint, b"x" * 200_000, {"Content-Type": "application/sparql-query"})
    assert status == 413
    # still serving after all that
    status, _k, _b = _request(f"{endpoint}?{urllib.parse.urlencode({'query': 'ASK { ?s ?p ?o }'})}")
    assert status == 200


def test_endpoint_binds_to_loopback_by_default():
    from rightsgraph.server import make_server

    server = make_server(store=None, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


@pytest.fixture()
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the oxigraph server is not installed: it comes with the test extras")
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/query?query=ASK%7B%7D")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_push_puts_one_named_graph_per_article_on_a_real_server(built, oxigraph_server):
    result = run("push", *built, "--store", f"{oxigraph_server}/store", "--batch", "200")
    assert result.exit_code == 0, result.output
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    status, _k, body = _request(f"{oxigraph_server}/query?{urllib.parse.urlencode({'query': query})}",
                                headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    counts = {b["g"]["value"]: int(b["n"]["value"]) for b in json.loads(body)["results"]["bindings"]}
    articles = [g for g in counts if "/article/" in g]
    assert len(articles) == 2
    expected = Graph()
    expected.parse(built[0])
    expected.parse(built[1])
    assert sum(counts.values()) >= len(expected)
    # pushing again replaces, it does not duplicate
    assert run("push", *built, "--store", f"{oxigraph_server}/store").exit_code == 0
    status, _k, body = _request(f"{oxigraph_server}/query?{urllib.parse.urlencode({'query': query})}",
                                headers={"Accept": "application/sparql-results+json"})
    assert {b["g"]["value"]: int(b["n"]["value"]) for b in json.loads(body)["results"]["bindings"]} == counts


def test_push_names_the_refusal(built, oxigraph_server):
    result = run("push", built[0], "--store", f"{oxigraph_server}/nowhere", "--retries", "1")
    assert result.exit_code == 1
    assert "the store refused (404" in result.output
