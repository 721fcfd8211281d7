"""Exit codes and messages: a usage or input error is one line naming the option or file, exit 2;
a bug is exit 3; libraries' warnings stay off stderr unless --verbose."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from rightsgraph.cli import cli

GOOD = "Council hears Eritrea report\n\nThe Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, spoke.\n"
TURTLE = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n"


def run(*arguments):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


def _one_line(result) -> str:
    assert result.output.count("\n") == 1, result.output
    assert "Traceback" not in result.output
    return result.output


@pytest.fixture()
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(GOOD, encoding="utf-8")
    Path("g.ttl").write_text(TURTLE, encoding="utf-8")
    Path("afile").write_text("not a folder", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (["build", "a.txt", "-o", "out", "--date", "2020-13-45"], "'--date': '2020-13-45' is not a date"),
        (["build", "a.txt", "-o", "out", "--date", "2020-02-30"], "'--date': '2020-02-30' is not a date"),
        (["build", "a.txt", "-o", "out", "--date", "next week"], "'--date': 'next week' is not a date"),
        (["build", "a.txt", "-o", "afile/sub"], "-o afile/sub: cannot write the outputs there"),
        (["build", "a.txt", "-o", "out", "--max-size", "nan"], "'--max-size': 'nan' is not a number of MB above 0"),
        (["build", "a.txt", "-o", "out", "--max-size", "-1"], "'--max-size': '-1' is not a number of MB above 0"),
        (["build", "a.txt", "-o", "out", "--max-size", "inf"], "'--max-size': 'inf' is not a number of MB above 0"),
        (["evaluate", "a.txt", "--gold", "g.json", "--max-size", "nan"], "'--max-size': 'nan' is not a number of MB above 0"),
        (["push", "g.ttl", "--store", "http://127.0.0.1:9/store", "--batch", "0"], "'--batch': 0 is not in the range"),
        (["push", "g.ttl", "--store", "http://127.0.0.1:9/store", "--retries", "-1"], "'--retries': -1 is not in the range"),
        (["push", "g.ttl", "--store", "not a url"], "--store not a url: not an http:// or https:// URL"),
        (["serve", "g.ttl", "--port", "80000"], "'--port': 80000 is not in the range"),
        (["build", "a.txt"], "Missing option '-o'"),
        (["--no-such-flag", "build"], "No such option '--no-such-flag'"),
        (["no-such-command"], "No such command 'no-such-command'"),
    ],
)
def test_usage_errors_are_one_line_naming_the_option_and_exit_2(files, arguments, named):
    result = run(*arguments)
    assert result.exit_code == 2
    assert named in _one_line(result)


def _read_only_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if not os.access(folder, os.W_OK):
        return folder
    folder.chmod(0o755)
    # root writes through the permission bits; sysfs refuses a new folder even to root
    if sys.platform.startswith("linux") and Path("/sys/kernel").is_dir():
        return Path("/sys/rightsgraph-out")
    pytest.skip("no folder this user cannot write to")


@pytest.mark.parametrize("below", [False, True])
def test_a_read_only_output_folder_is_one_line_and_exit_2_before_any_work(tmp_path, monkeypatch, below):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    folder = _read_only_folder(tmp_path)
    out = folder / "out" if below else folder
    monkeypatch.setattr("rightsgraph.building.build_corpus", lambda *_a, **_k: pytest.fail("built into a read-only folder"))
    try:
        result = run("build", source, "-o", out)
    finally:
        if folder.is_relative_to(tmp_path):
            folder.chmod(0o755)
    assert result.exit_code == 2
    assert f"-o {out}: cannot write the outputs there" in _one_line(result)


@pytest.mark.parametrize("date", ["2020-02-29", "2020-05", "2020"])
def test_real_dates_are_accepted(tmp_path, date):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    result = run("build", source, "-o", tmp_path / "out", "--date", date)
    assert result.exit_code == 0, result.output
    assert f'"{date}"' in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_a_single_refused_file_is_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("build", empty, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "empty.txt: empty article" in _one_line(result)


def test_an_unexpected_exception_is_a_bug_exit_3_in_one_line(tmp_path, monkeypatch):
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    monkeypatch.setattr("rightsgraph.graph.store.graph_from_files", lambda *_a, **_k: {}["missing"])
    result = run("validate", graph)
    assert result.exit_code == 3
    assert "unexpected error: KeyError" in _one_line(result) and "--debug" in result.output


def test_a_file_the_system_refuses_is_an_input_error_naming_it(tmp_path, monkeypatch):
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")

    def refuse(*_arguments, **_keywords):
        raise PermissionError(13, "Permission denied", str(graph))

    monkeypatch.setattr("rightsgraph.graph.store.graph_from_files", refuse)
    result = run("validate", graph)
    assert result.exit_code == 2
    assert f"{graph}: Permission denied" in _one_line(result)


def test_the_help_says_what_each_exit_code_means():
    text = " ".join(run("--help").output.split())
    assert "2 usage or input errors" in text and "3 a bug in rightsgraph" in text
    assert "--verbose" in text


def test_file_names_from_a_folder_are_printed_with_control_characters_escaped(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bad\x1b[2J\u202e.txt").write_text("", encoding="utf-8")
    result = run("build", folder, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\u202e" not in result.output
    assert "skipped: " in result.output and "bad\\x1b[2J\\u202e.txt" in result.output


def _pdf_with_a_bad_cross_reference(title: str, body: str) -> bytes:
    """A one-page PDF whose startxref points at the wrong byte: pypdf recovers, with a warning."""
    stream = f"BT /F1 11 Tf 72 760 Td 14 TL ({title}) ' () ' ({body}) ' ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for number, content in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{content}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref + 1}\n%%EOF\n"
    return out.encode("latin-1")


@pytest.mark.slow
@pytest.mark.parametrize("verbose", [False, True])
def test_library_warnings_reach_stderr_only_with_verbose(tmp_path, verbose):
    # a real process: under pytest, logging has pytest's handlers and would not show the leak
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(_pdf_with_a_bad_cross_reference("Council hears Eritrea report",
                                                    "The Special Rapporteur on Eritrea, Hana Berhe, spoke."))
    flags = ["--verbose"] if verbose else []
    process = subprocess.run([sys.executable, "-m", "rightsgraph.cli", *flags, "build", str(pdf), "-o", str(tmp_path / "out")],
                             capture_output=True, text=True, timeout=300)
    assert process.returncode == 0, process.stderr
    assert ("startxref" in process.stderr) is verbose
    assert process.stderr.strip().splitlines()[-1].startswith("1 article(s): 1 built")
    if not verbose:
        assert len(process.stderr.strip().splitlines()) == 1, process.stderr


def test_logging_and_warnings_are_as_they_were_after_a_command(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(TURTLE, encoding="utf-8")
    root = logging.getLogger()
    handlers, level, showwarning = list(root.handlers), root.level, warnings.showwarning
    assert run("--verbose", "validate", graph).exit_code == 0
    assert (root.handlers, root.level, warnings.showwarning) == (handlers, level, showwarning)


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [
        ("--timeout", "nan", "'--timeout': 'nan' is not a number of seconds above 0"),
        ("--timeout", "-1", "'--timeout': '-1' is not a number of seconds above 0"),
        ("--max-body", "0", "'--max-body': 0 is not in the range"),
    ],
)
def test_serve_refuses_a_limit_that_limits_nothing(files, option, value, named):
    # the port is taken, so a serve that took the value would stop at "cannot listen" instead of serving
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run("serve", "g.ttl", "--port", taken.getsockname()[1], option, value)
    assert result.exit_code == 2
    assert named in _one_line(result)
