"""`serve` built for concurrency and read-only by reading the query: issue 20, item 3.

Each test runs a real server on loopback in a thread of its own; every wait is bounded.
"""

from __future__ import annotations

import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from rightsgraph.graph.store import load_store
from rightsgraph.server import choose_media, make_server

pytestmark = pytest.mark.slow  # a real server, browser, corpus or many examples: run by CI, not between edits

GRAPH = """@prefix ex: <http://example.org/> .
ex:a ex:label "civil service" ; ex:drop ex:b .
"""
DEEP = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
ASK = "ASK { ?s ?p ?o }"


@pytest.fixture()
def store(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return load_store([path])


@contextmanager
def serving(store, **options):
    server = make_server(store, port=0, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/query", server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def request(url: str, query: str | None = None, method: str = "GET", headers: dict | None = None):
    target = f"{url}?{urllib.parse.urlencode({'query': query})}" if query is not None else url
    try:
        with urllib.request.urlopen(urllib.request.Request(target, headers=headers or {}, method=method), timeout=20) as reply:
            return reply.status, reply.headers, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_a_deeply_nested_query_is_refused_in_one_line_and_the_server_goes_on(store):
    with serving(store) as (url, _server):
        status, _headers, body = request(url, DEEP)
        assert status == 400
        assert body.decode().splitlines() == ["the query nests deeper than 100 levels of { ( [ and is not run"]
        assert request(url, ASK)[0] == 200


@pytest.mark.parametrize("query", [
    "PREFIX ex: <http://example.org/> SELECT ?add WHERE { ?add ex:label ?l }",
    "PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:drop ?o }",
    'SELECT ?s WHERE { ?s ?p "civil service" }',
    "PREFIX schema: <http://schema.org/> SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?s a schema:Service } }",
])
def test_queries_that_only_mention_update_or_service_words_are_answered(store, query):
    with serving(store) as (url, _server):
        status, _headers, body = request(url, query)
        assert status == 200, body
        assert json.loads(body)["results"]["bindings"]


@pytest.mark.parametrize("query, status", [
    ("INSERT DATA { <a:b> <a:c> <a:d> }", 403),
    ("LOAD <http://example.org/data.ttl>", 403),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", 400),
])
def test_updates_load_and_service_are_refused(store, query, status):
    with serving(store) as (url, _server):
        assert request(url, query)[0] == status


def test_no_cors_header_unless_asked(store):
    with serving(store) as (url, _server):
        _status, headers, _body = request(url, ASK, headers={"Origin": "http://evil.example"})
        assert headers.get("Access-Control-Allow-Origin") is None
    with serving(store, cors=True) as (url, _server):
        _status, headers, _body = request(url, ASK, headers={"Origin": "http://evil.example"})
        assert headers.get("Access-Control-Allow-Origin") == "*"


@pytest.mark.parametrize("accept, query, expected", [
    ("application/sparql-results+json;q=0.1, text/csv", "SELECT ?s { ?s ?p ?o }", "text/csv"),
    ("text/*;q=0.9, text/csv;q=0", "SELECT ?s { ?s ?p ?o }", "text/tab-separated-values"),
    ("*/*;q=0.2, application/sparql-results+xml;q=0.8", ASK, "application/sparql-results+xml"),
    ("text/turtle, application/n-triples;q=0.5", "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle"),
    (None, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples"),
    (None, ASK, "application/sparql-results+json"),
])
def test_content_negotiation_follows_q_values(store, accept, query, expected):
    with serving(store) as (url, _server):
        status, headers, _body = request(url, query, headers={"Accept": accept} if accept else {})
        assert status == 200 and headers["Content-Type"].split(";")[0] == expected


@pytest.mark.parametrize("accept, query", [
    ("text/turtle", "SELECT ?s { ?s ?p ?o }"),
    ("application/sparql-results+json", "CONSTRUCT WHERE { ?s ?p ?o }"),
    ("image/png", ASK),
    ("application/sparql-results+json;q=0, text/csv;q=0", "SELECT ?s { ?s ?p ?o }"),
])
def test_a_form_that_cannot_be_served_is_406(store, accept, query):
    with serving(store) as (url, _server):
        assert request(url, query, headers={"Accept": accept})[0] == 406


def test_choose_media_ignores_bad_q_values():
    assert choose_media("text/csv;q=nan, text/tab-separated-values;q=abc, */*;q=0.5", ["text/csv", "application/json"]) == "application/json"


def test_options_and_head_are_answered(store):
    with serving(store) as (url, _server):
        status, headers, body = request(url, method="OPTIONS")
        assert status == 204 and "POST" in headers["Allow"] and body == b""
        status, headers, body = request(url, ASK, method="HEAD")
        assert status == 200 and int(headers["Content-Length"]) > 0 and body == b""


def test_a_stalled_client_holds_no_one_else(store):
    with serving(store) as (url, server), socket.create_connection(("127.0.0.1", server.server_port)) as stalled:
        stalled.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n")
        done = threading.Event()

        def dribble():  # a header line now and then, never the end of the request
            for line in range(100):
                if done.wait(0.5):
                    return
                try:
                    stalled.sendall(f"X-Line-{line}: 1\r\n".encode())
                except OSError:
                    return

        threading.Thread(target=dribble, daemon=True).start()
        try:
            for _ in range(5):
                assert request(url, ASK)[0] == 200
        finally:
            done.set()


def test_a_client_sending_a_header_line_now_and_then_is_cut_off_at_the_deadline(store):
    with serving(store, workers=1, read_timeout=1.0) as (url, server):
        with socket.create_connection(("127.0.0.1", server.server_port)) as slow:
            slow.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\n")
            slow.settimeout(0.3)
            closed = False
            for line in range(100):  # 30 s at most; the deadline is 1 s
                try:
                    slow.sendall(f"X-Line-{line}: 1\r\n".encode())
                    closed = slow.recv(1) == b""
                except TimeoutError:
                    continue
                except OSError:
                    closed = True
                if closed:
                    break
            assert closed
        # the only worker is free again
        assert request(url, ASK)[0] == 200


def test_listen_backlog_holds_fifty_clients(store):
    server = make_server(store, port=0)
    connections, thread = [], None
    try:
        # nothing accepts yet: each connection the kernel completes waits in the listen queue
        for _ in range(55):
            connections.append(socket.create_connection(("127.0.0.1", server.server_port), timeout=3))
        assert _queued(server.server_port) >= 50
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        for connection in connections[:50]:
            connection.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
            connection.settimeout(20)
            assert connection.recv(12) == b"HTTP/1.0 200"
    finally:
        for connection in connections:
            connection.close()
        if thread is not None:  # shutdown() waits for a serve_forever that has started
            server.shutdown()
        server.server_close()


def _queued(port: int) -> int:
    """Connections to ``port`` the server's side holds as established (state 01)."""
    rows = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    return sum(1 for row in rows if int(row[1].split(":")[1], 16) == port and row[3] == "01")


def test_a_query_that_needs_too_much_memory_is_stopped(tmp_path):
    path = tmp_path / "big.nt"
    path.write_text("".join(f"<http://e/{i}> <http://e/p> <http://e/{i + 1}> .\n" for i in range(300)), encoding="utf-8")
    greedy = "SELECT (STRLEN(GROUP_CONCAT(CONCAT(STR(?a), STR(?d), STR(?g)))) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with serving(load_store([path]), memory=200_000_000, timeout=60) as (url, _server):
        status, _headers, body = request(url, greedy)
        assert status == 503 and b"ran out of memory (the limit is 200 MB)" in body
        assert request(url, ASK)[0] == 200


def test_server_close_ends_the_query_process(store):
    server = make_server(store, port=0)
    forker = server.forker.pid
    server.server_close()
    assert not Path(f"/proc/{forker}").exists()
