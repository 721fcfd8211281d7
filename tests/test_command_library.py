"""What a command does beyond reading its options and printing lives in the library, where a
script can call it: pairing gold files with articles, merge's choice of syntax, finding the
query to run, pushing graph after graph. The command's lines and exit codes stay the same."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from rightsgraph.cli import cli
from rightsgraph.exports.formats import ExportError, merged_text
from rightsgraph.graph.query import QueryError, named_queries, named_query, query_from_path
from rightsgraph.gold import GoldError, gold_pairs
from rightsgraph.graph.store import dataset_from_files, graph_from_files
from rightsgraph.push import PushError, push_graphs, store_from_url

TURTLE = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"


def run(*arguments):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


def _gold(folder, name, article):
    (folder / name).write_text(json.dumps({"article": article}), encoding="utf-8")


def test_gold_files_are_paired_with_the_articles_they_name_in_name_order(tmp_path):
    _gold(tmp_path, "b.json", "second.txt")
    _gold(tmp_path, "a.json", "first.txt")
    (tmp_path / "notes.md").write_text("not gold", encoding="utf-8")
    articles = tmp_path / "articles"
    assert gold_pairs(tmp_path, articles) == [(articles / "first.txt", tmp_path / "a.json"),
                                              (articles / "second.txt", tmp_path / "b.json")]


def test_a_gold_folder_without_gold_files_is_one_line_exit_2(tmp_path):
    with pytest.raises(GoldError, match="no gold files"):
        gold_pairs(tmp_path, tmp_path)
    result = run("evaluate", "--gold-dir", tmp_path, "--articles", tmp_path)
    assert result.exit_code == 2 and result.output == f"Error: {tmp_path}: no gold files (*.json)\n"


def _dataset() -> Dataset:
    dataset = Dataset()
    dataset.graph(URIRef("http://example.org/one")).add((URIRef("http://example.org/a"), URIRef("http://example.org/b"),
                                                         URIRef("http://example.org/c")))
    dataset.graph(URIRef("http://example.org/two")).add((URIRef("http://example.org/d"), URIRef("http://example.org/e"),
                                                         URIRef("http://example.org/f")))
    return dataset


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_a_merge_written_flat_holds_the_union_of_the_graphs(tmp_path, suffix):
    dataset, path = _dataset(), tmp_path / f"m{suffix}"
    union = Graph()
    for subject, predicate, obj, _graph in dataset.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    path.write_text(merged_text(dataset, path), encoding="utf-8")
    # read back by pyoxigraph's parsers: rdflib's warn of their deprecations
    assert isomorphic(graph_from_files([path]), union)


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_a_merge_written_as_a_dataset_keeps_a_named_graph_per_source(tmp_path, suffix):
    path = tmp_path / f"m{suffix}"
    path.write_text(merged_text(_dataset(), path), encoding="utf-8")
    named = {graph.identifier: len(graph) for graph in dataset_from_files([path]).graphs() if len(graph)}
    assert named == {URIRef("http://example.org/one"): 1, URIRef("http://example.org/two"): 1}


def test_a_merge_into_an_unknown_syntax_is_one_line_exit_2_and_writes_nothing(tmp_path):
    with pytest.raises(ExportError, match=r"m\.xml: write \.trig, \.nq, \.ttl, \.nt or \.jsonld"):
        merged_text(_dataset(), tmp_path / "m.xml")
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    result = run("merge", graph, "-o", tmp_path / "m.xml")
    assert result.exit_code == 2 and result.output == f"Error: {tmp_path / 'm.xml'}: write .trig, .nq, .ttl, .nt or .jsonld\n"
    assert not (tmp_path / "m.xml").exists()


@pytest.mark.parametrize("suffix", [".ttl", ".trig"])
def test_merge_says_how_many_files_it_merged(tmp_path, suffix):
    # with .trig it used to count the named graphs written (the merge's own among them)
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    result = run("merge", graph, "-o", tmp_path / f"m{suffix}")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("1 file(s) merged → ")


def test_a_named_query_is_found_by_name_and_an_unknown_name_lists_the_others(tmp_path):
    name = next(iter(named_queries()))
    assert named_query(name).text == named_queries()[name].text
    with pytest.raises(QueryError, match="no named query 'nosuch'; there are: "):
        named_query("nosuch")
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    result = run("query", graph, "--named", "nosuch")
    assert result.exit_code == 2 and result.output.startswith("Error: no named query 'nosuch'; there are: ")
    assert result.output.count("\n") == 1


@pytest.mark.parametrize(("content", "problem"), [(None, "cannot read"), (b"SELECT * { ?s ?p \xff }", "not UTF-8 text")])
def test_a_query_file_that_cannot_be_read_is_one_line_exit_2(tmp_path, content, problem):
    path = tmp_path / "q.rq"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(QueryError, match=f"q.rq: {problem}"):
        query_from_path(path)
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    result = run("query", graph, path)
    assert result.exit_code == 2 and result.output.startswith(f"Error: {path}: {problem}")
    assert result.output.count("\n") == 1


def test_pushing_graphs_that_hold_nothing_is_a_push_error_before_any_request():
    # port 9 (discard): a request would fail with "cannot reach", not "nothing sent"
    store = store_from_url("http://127.0.0.1:9/store")
    with pytest.raises(PushError, match=r"nothing sent to http://127\.0\.0\.1:9/store: the graph files hold no triples"):
        next(push_graphs(Graph(), store))
    assert PushError.exit_code == 1
