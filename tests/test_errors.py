"""One error family: every error rightsgraph raises on purpose is a RightsGraphError whose
exit code says what kind of failure it is, and the command turns each into one line."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

import rightsgraph
from rightsgraph.cli import cli
from rightsgraph.errors import NotConformant, RightsGraphError
from rightsgraph.graph.store import GraphFileError

TURTLE = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"
NOT_CONFORMANT = "@prefix rg: <https://w3id.org/rightsgraph/ontology#> .\n<https://example.org/p> a rg:Person .\n"

# (module, class, exit code, the built-in base code written before the family still catches)
ERRORS = [
    ("rightsgraph.building", "InputError", 2, ValueError),
    ("rightsgraph.building", "NothingBuilt", 2, ValueError),
    ("rightsgraph.corpus", "BuildFolderBusy", 2, RuntimeError),
    ("rightsgraph.builders.article", "ArticleError", 2, ValueError),
    ("rightsgraph.builders.formats", "FormatError", 2, ValueError),
    ("rightsgraph.builders.nlp", "ModelError", 2, RuntimeError),
    ("rightsgraph.builders.model_ahead", "ModelProcessError", 2, RuntimeError),
    ("rightsgraph.evaluation", "NotOneArticle", 2, ValueError),
    ("rightsgraph.exports.formats", "ExportError", 2, ValueError),
    ("rightsgraph.gold", "GoldError", 2, ValueError),
    ("rightsgraph.graph.store", "GraphFileError", 2, ValueError),
    ("rightsgraph.graph.query", "QueryError", 2, ValueError),
    ("rightsgraph.graph.query", "UpdateRefused", 2, ValueError),
    ("rightsgraph.graph.query", "ServiceRefused", 2, ValueError),
    ("rightsgraph.graph.query", "QueryTooDeep", 2, ValueError),
    ("rightsgraph.graph.query", "QueryStopped", 2, ValueError),
    ("rightsgraph.push", "StoreAddressError", 2, ValueError),
    ("rightsgraph.push", "PushError", 1, RuntimeError),
    ("rightsgraph.errors", "NotConformant", 1, Exception),
]


@pytest.mark.parametrize(("module", "name", "code", "base"), ERRORS, ids=[name for _m, name, _c, _b in ERRORS])
def test_each_error_is_a_rightsgraph_error_with_its_exit_code(module, name, code, base):
    error = getattr(importlib.import_module(module), name)
    assert issubclass(error, RightsGraphError) and issubclass(error, base)
    assert error.exit_code == code


def test_input_errors_are_exit_2_and_problems_found_exit_1():
    assert RightsGraphError.exit_code == 2
    assert NotConformant.exit_code == 1


def _library_modules():
    for module in pkgutil.walk_packages(rightsgraph.__path__, "rightsgraph."):
        if module.name != "rightsgraph.cli":
            yield importlib.import_module(module.name)


def test_every_error_class_of_the_library_is_in_the_family():
    # an exception class added later outside the family would reach the command as a bug
    outside = []
    for module in _library_modules():
        for name, value in vars(module).items():
            if (isinstance(value, type) and issubclass(value, Exception) and value.__module__ == module.__name__
                    and not name.startswith("_") and not issubclass(value, RightsGraphError)):
                outside.append(f"{module.__name__}.{name}")
    assert outside == []
    assert {name for _m, name, _c, _b in ERRORS} <= {
        name for module in _library_modules() for name, value in vars(module).items()
        if isinstance(value, type) and issubclass(value, RightsGraphError)}


class _Refused(RightsGraphError):
    exit_code = 1


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize(("error", "code"), [(GraphFileError("g.ttl: not valid RDF (line 3)"), 2),
                                             (_Refused("g.ttl: refused by the store"), 1)])
def test_the_command_prints_a_library_error_as_one_line_with_its_exit_code(tmp_path, monkeypatch, error, code, debug):
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")

    def fail(*_arguments, **_keywords):
        raise error

    monkeypatch.setattr("rightsgraph.graph.store.graph_from_files", fail)
    result = CliRunner().invoke(cli, [*(["--debug"] if debug else []), "validate", str(graph)])
    assert result.exit_code == code
    assert result.output == f"Error: {error}\n"  # one line, no traceback even with --debug: not a bug


def test_a_library_error_holding_control_characters_is_printed_escaped(tmp_path, monkeypatch):
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")

    def fail(*_arguments, **_keywords):
        raise GraphFileError("bad\x1b[2J\nname.ttl: no such file")

    monkeypatch.setattr("rightsgraph.graph.store.graph_from_files", fail)
    result = CliRunner().invoke(cli, ["validate", str(graph)])
    assert result.exit_code == 2
    assert result.output == "Error: bad\\x1b[2J\\x0aname.ttl: no such file\n"


def test_a_graph_that_does_not_conform_is_exit_1_with_the_report_and_no_error_line(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(NOT_CONFORMANT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(graph)])
    assert result.exit_code == 1
    assert f"{graph}: does not conform" in result.output and "Error:" not in result.output
    quiet = CliRunner().invoke(cli, ["validate", "--quiet", str(graph)])
    assert (quiet.exit_code, quiet.output) == (1, "")


def _crash(*_arguments, **_keywords):
    raise KeyError("missing")


def test_a_bug_is_exit_3_in_one_line_without_a_traceback(tmp_path, monkeypatch):
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    monkeypatch.setattr("rightsgraph.graph.store.graph_from_files", _crash)
    result = CliRunner().invoke(cli, ["validate", str(graph)])
    assert result.exit_code == 3
    assert result.output == ("Error: unexpected error: KeyError: 'missing' "
                             "(a bug in rightsgraph; run with --debug for the traceback)\n")


def test_a_bug_with_debug_prints_the_traceback_and_is_still_exit_3(tmp_path, monkeypatch):
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    monkeypatch.setattr("rightsgraph.graph.store.graph_from_files", _crash)
    result = CliRunner().invoke(cli, ["--debug", "validate", str(graph)])
    assert result.exit_code == 3
    assert result.output.startswith("Traceback (most recent call last):\n")
    assert "in _crash\n" in result.output and "KeyError: 'missing'\n" in result.output
    assert result.output.splitlines()[-1] == ("Error: unexpected error: KeyError: 'missing' "
                                              "(a bug in rightsgraph; report the traceback above)")


def test_a_bug_in_a_real_process_is_exit_3_and_one_line_on_stderr(tmp_path):
    # outside CliRunner: nothing but click's own handling stands between the error and the shell
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    script = ("import sys, rightsgraph.graph.store as store\n"
              "store.graph_from_files = lambda *a, **k: {}['missing']\n"
              "from rightsgraph.cli import cli\n"
              "cli(sys.argv[1:])\n")
    for flags, lines in (([], 1), (["--debug"], None)):
        process = subprocess.run([sys.executable, "-c", script, *flags, "validate", str(graph)],
                                 capture_output=True, text=True, timeout=120)
        assert process.returncode == 3 and process.stdout == ""
        if lines is not None:
            assert process.stderr.count("\n") == lines and "Traceback" not in process.stderr
        else:
            assert "Traceback (most recent call last)" in process.stderr
