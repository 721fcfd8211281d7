"""Golden cases: each folder of tests/cases holds an article and the graph `rightsgraph build`
must write for it. The in-memory ``build_graph`` the other tests use is held to the same
triples, so that every test reads the graph users get."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from rightsgraph.builders import article_from_path, extract
from rightsgraph.cli import cli
from rightsgraph.graph import build_graph

CASES = Path(__file__).parent / "cases"
NAMES = sorted(path.name for path in CASES.iterdir() if path.is_dir())


def built(inputs: list[Path], out: Path) -> Graph:
    """What `rightsgraph build INPUTS -o OUT` writes into graph.ttl."""
    result = CliRunner().invoke(cli, ["build", *map(str, inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return Graph().parse(out / "graph.ttl", format="turtle")


def assert_same_graph(made: Graph, wanted: Graph, names: tuple[str, str]) -> None:
    if not isomorphic(made, wanted):
        _both, only_made, only_wanted = graph_diff(to_isomorphic(made), to_isomorphic(wanted))
        pytest.fail(
            f"the graphs differ\nonly in {names[0]}:\n" + "\n".join(sorted(f"  {t}" for t in only_made))[:4000]
            + f"\nonly in {names[1]}:\n" + "\n".join(sorted(f"  {t}" for t in only_wanted))[:4000]
        )


def without_build_provenance(graph: Graph) -> Graph:
    """The graph short of its build's PROV (the activity, the graph entity, the software and
    model versions), which names the installed versions and so differs between environments;
    tests/test_provenance.py checks it. expected.ttl is written without it:
    ``rightsgraph build tests/cases/CASE/article.txt -o OUT``, then this function over
    OUT/graph.ttl, serialised with rdflib's Turtle serialiser."""
    def is_build(node) -> bool:
        text = str(node)
        return text.endswith(("#build", "#graph")) or text.startswith(
            ("https://w3id.org/rightsgraph/id/software/", "https://w3id.org/rightsgraph/id/model/"))

    kept = Graph()
    for triple in graph:
        if not is_build(triple[0]):
            kept.add(triple)
    return kept


@pytest.mark.parametrize("case", NAMES)
def test_build_writes_the_expected_graph(case, tmp_path):
    graph = without_build_provenance(built([CASES / case / "article.txt"], tmp_path / "out"))
    assert_same_graph(graph, Graph().parse(CASES / case / "expected.ttl"), ("graph.ttl", "expected.ttl"))


@pytest.mark.parametrize("case", NAMES)
def test_build_graph_in_memory_gives_the_triples_build_writes(case, tmp_path):
    in_memory = build_graph([extract(article_from_path(CASES / case / "article.txt"))])
    assert_same_graph(in_memory, built([CASES / case / "article.txt"], tmp_path / "out"), ("build_graph", "graph.ttl"))


def test_build_graph_of_two_articles_gives_the_union_build_writes(tmp_path):
    # OHCHR and North Korea named two ways, one node each with the names of both articles
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("One\n\nOHCHR said North Korea must act. Amnesty International published a report in 2021.",
                     encoding="utf-8")
    second.write_text("Two\n\nThe Office of the UN High Commissioner for Human Rights criticised the DPRK. "
                      "Amnesty International published a report on 4 March 2021.", encoding="utf-8")
    in_memory = build_graph([extract(article_from_path(first)), extract(article_from_path(second))])
    assert_same_graph(in_memory, built([first, second], tmp_path / "out"), ("build_graph", "graph.ttl"))
