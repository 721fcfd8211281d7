"""The public Python API: what the README's example does."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import rightsgraph
from rightsgraph.building import InputError, NothingBuilt

EXAMPLE = Path(__file__).resolve().parents[1] / "examples"


def example() -> Path:
    return sorted(EXAMPLE.glob("*.txt"))[0]


def test_the_version_is_the_installed_one():
    from importlib.metadata import version

    assert rightsgraph.__version__ == version("rightsgraph")


def test_graph_of_gives_the_triples_build_writes(tmp_path):
    graph = rightsgraph.graph_of(example())
    result = rightsgraph.build([example()], tmp_path / "out")
    assert result.summary.built == 1 and result.written.triples > 100
    assert isomorphic(graph, Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle"))
    assert rightsgraph.validate(graph).conforms


def test_build_of_a_folder_writes_the_three_outputs(tmp_path):
    result = rightsgraph.build([EXAMPLE], tmp_path / "out")
    assert {path.name for path in (tmp_path / "out").iterdir()} >= {"graph.ttl", "graph.nq", "graph.html"}
    assert result.summary.articles == len(list(EXAMPLE.glob("*.txt")))


def test_bad_inputs_raise_and_write_nothing(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        rightsgraph.build([tmp_path / "missing.txt"], tmp_path / "out")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(NothingBuilt):
        rightsgraph.build([empty], tmp_path / "out")
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_importing_the_package_loads_no_model():
    import subprocess
    import sys

    code = "import sys, rightsgraph; print('spacy' in sys.modules, 'rightsgraph.building' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split() == ["False", "False"]
