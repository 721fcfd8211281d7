"""validate, merge and export stop at their --timeout in one line, and write nothing."""

from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from rightsgraph.cli import cli

TURTLE = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"


FINISHED = []


def _slow(*_args, **_kwargs):
    time.sleep(5)  # longer than the --timeout below: the alarm must cut it short
    FINISHED.append(True)


@pytest.mark.parametrize("command, patched, extra", [
    ("validate", "rightsgraph.graph.validation.validate", []),
    ("merge", "rightsgraph.graph.merge.merge_files", ["-o", "OUT.ttl"]),
    ("export", "rightsgraph.exports.formats.export", ["--format", "nt", "-o", "OUT.nt"]),
])
def test_a_command_past_its_timeout_stops_in_one_line_and_writes_nothing(tmp_path, monkeypatch, command, patched, extra):
    source = tmp_path / "a.ttl"
    source.write_text(TURTLE, encoding="utf-8")
    monkeypatch.setattr(patched, _slow)
    arguments = [str(tmp_path / part) if part.startswith("OUT") else part for part in extra]
    FINISHED.clear()
    result = CliRunner().invoke(cli, [command, str(source), "--timeout", "0.5", *arguments])
    assert not FINISHED, "the command was not stopped"
    assert result.exit_code == 2, result.output
    assert "stopped after 0.5 s (--timeout)" in result.output and len(result.output.strip().splitlines()) == 1
    assert not list(tmp_path.glob("OUT*"))


@pytest.mark.parametrize("value", ["0", "-1", "nan"])
def test_a_timeout_that_limits_nothing_is_refused(tmp_path, value):
    source = tmp_path / "a.ttl"
    source.write_text(TURTLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(source), "--timeout", value])
    assert result.exit_code == 2 and "--timeout" in result.output
