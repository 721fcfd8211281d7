"""SPARQL is read before it runs, and runs with bounded work: issue 20, item 2 (SPARQL).

`query` runs as a real process here: a query that crashes the parser would take pytest with it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rightsgraph.graph.query import QueryTooDeep, ServiceRefused, UpdateRefused, check_query

pytestmark = pytest.mark.slow  # a real server, browser, corpus or many examples: run by CI, not between edits

GRAPH = """@prefix ex: <http://example.org/> .
ex:a ex:label "civil service" ; ex:drop ex:b .
"""
# Nested 5,000 deep and 10 KB: oxigraph's recursive parser overflows its stack on it.
DEEP = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
# Over 300 triples: a four-way join nobody waits for.
SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
# Words that name an update or SERVICE, but as a variable, a prefixed name or a string.
LEGITIMATE = [
    "PREFIX ex: <http://example.org/> SELECT ?add WHERE { ?add ex:label ?l }",
    "PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:drop ?o }",
    'SELECT ?s WHERE { ?s ?p "civil service" }',
    "PREFIX schema: <http://schema.org/> SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?s a schema:Service } }",
    "PREFIX service: <http://example.org/> ASK { ?s service:load 'INSERT' } # DELETE, SERVICE",
    "SELECT ?s WHERE { ?s ?p '''a { deeper ( than [ it looks'''}",
]


@pytest.fixture()
def graph(tmp_path) -> Path:
    path = tmp_path / "g.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


@pytest.fixture()
def big_graph(tmp_path) -> Path:
    path = tmp_path / "big.nt"
    path.write_text("".join(f"<http://e/{i}> <http://e/p> <http://e/{i + 1}> .\n" for i in range(300)), encoding="utf-8")
    return path


def rightsgraph(*args, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rightsgraph.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("text", LEGITIMATE)
def test_words_inside_names_and_strings_are_not_keywords(text):
    assert check_query(text) in ("SELECT", "ASK")


@pytest.mark.parametrize("text, refusal", [
    ("INSERT DATA { <a:b> <a:c> <a:d> }", UpdateRefused),
    ("PREFIX ex: <http://example.org/>\ndelete where { ?s ex:p ?o }", UpdateRefused),
    ("LOAD <http://example.org/data.ttl>", UpdateRefused),
    ("ADD DEFAULT TO <http://example.org/g>", UpdateRefused),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", ServiceRefused),
    ("select * where { service silent ?endpoint { ?s ?p ?o } }", ServiceRefused),
    (DEEP, QueryTooDeep),
    ("SELECT * WHERE { FILTER(" + "(" * 200 + "1" + ")" * 200 + ") }", QueryTooDeep),
])
def test_updates_service_and_deep_nesting_are_refused_by_reading_the_query(text, refusal):
    with pytest.raises(refusal):
        check_query(text)


@pytest.mark.parametrize("text", LEGITIMATE)
def test_query_runs_queries_that_only_mention_those_words(graph, text):
    result = rightsgraph("query", graph, "-e", text)
    assert result.returncode == 0, result.stderr


def test_query_refuses_a_deeply_nested_query_in_one_line(graph, tmp_path):
    deep = tmp_path / "deep.rq"
    deep.write_text(DEEP, encoding="utf-8")
    result = rightsgraph("query", graph, deep)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["Error: the query nests deeper than 100 levels of { ( [ and is not run"]


@pytest.mark.parametrize("allow", [False, True])
def test_query_sends_a_service_request_only_when_allowed(graph, allow):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(15)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        process = subprocess.Popen(
            [sys.executable, "-m", "rightsgraph.cli", "query", str(graph), "--timeout", "20",
             "-e", f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}", *(["--allow-service"] if allow else [])],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            if allow:
                connection, _address = listener.accept()  # the request arrives: the refusal below is meaningful
                connection.close()
            _out, err = process.communicate(timeout=60)
            if not allow:
                listener.settimeout(0)
                with pytest.raises(BlockingIOError):
                    listener.accept()
                assert process.returncode == 2 and "SERVICE is not allowed" in err
        finally:
            process.kill()
            process.wait()


def test_query_stops_at_its_timeout(big_graph):
    result = rightsgraph("query", big_graph, "-e", SLOW, "--timeout", "1")
    assert result.returncode == 2
    assert result.stderr.strip() == "Error: the query took longer than 1 s and was stopped"


def test_query_stops_on_ctrl_c_and_leaves_no_process(big_graph):
    process = subprocess.Popen([sys.executable, "-m", "rightsgraph.cli", "query", str(big_graph), "-e", SLOW],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        children = _wait_for_children(process.pid)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert process.returncode not in (0, -signal.SIGINT) and "interrupted" in err
    for child in children:
        assert not _alive(child)


def _wait_for_children(pid: int) -> list[int]:
    """The query's child processes, once it has started one (the query runs in it)."""
    for _attempt in range(300):
        children = [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                    for c in (task / "children").read_text().split()]
        if children:
            return children
        time.sleep(0.1)
    raise AssertionError("the query never started its child process")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][0] != "Z"
