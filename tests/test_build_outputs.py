"""The outputs of a build agree with each other and with the input (issue 20, item 6)."""

from __future__ import annotations

import fcntl
import os
import signal

import pytest
from click.testing import CliRunner

from rightsgraph import corpus_outputs
from rightsgraph.cli import cli

FIRST = "Council hears Eritrea report\n\nThe Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, spoke.\n"
SECOND = "Council hears Myanmar report\n\nThe Special Rapporteur on the situation of human rights in Myanmar, Tomas Ojea, spoke.\n"
OUTPUTS = ("graph.nq", "graph.ttl", "graph.html")


def run(*arguments):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


def _who(outdir) -> set[str]:
    """Whose build each output comes from."""
    found = set()
    for name in OUTPUTS:
        text = (outdir / name).read_text(encoding="utf-8")
        found.add("first" if "Hana Berhe" in text else "second" if "Tomas Ojea" in text else "neither")
    return found


def test_an_interrupt_during_the_swap_leaves_all_old_or_all_new_outputs(tmp_path, monkeypatch):
    article, out = tmp_path / "a.txt", tmp_path / "out"
    article.write_text(FIRST, encoding="utf-8")
    assert run("build", article, "-o", out).exit_code == 0
    article.write_text(SECOND, encoding="utf-8")
    replace = os.replace

    def interrupted_replace(source, target):
        replace(source, target)
        if str(target).endswith(OUTPUTS[0]):
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C right after the first output is in place

    monkeypatch.setattr(corpus_outputs.os, "replace", interrupted_replace)
    result = run("build", article, "-o", out)
    assert result.exit_code != 0
    assert len(_who(out)) == 1, _who(out)


def test_temporary_files_of_an_interrupted_build_are_removed_by_the_next(tmp_path):
    article, out = tmp_path / "a.txt", tmp_path / "out"
    article.write_text(FIRST, encoding="utf-8")
    assert run("build", article, "-o", out).exit_code == 0
    # what SIGTERM in the output phase leaves: no finally block ran
    left = [out / ".graph.nq.x1y2.tmp", out / ".union.nt.abcd.tmp", out / ".rightsgraph-cache" / "0123.4242.tmp",
            out / ".rightsgraph-merge-k3j4" / "run-0.nt"]
    for path in left:
        path.parent.mkdir(exist_ok=True)
        path.write_text("half", encoding="utf-8")
    assert run("build", article, "-o", out).exit_code == 0
    assert [path for path in left if path.exists()] == []
    assert not (out / ".rightsgraph-merge-k3j4").exists()


def test_a_build_leaves_files_it_did_not_make_alone(tmp_path):
    article, out = tmp_path / "a.txt", tmp_path / "out"
    article.write_text(FIRST, encoding="utf-8")
    out.mkdir()
    mine = out / "notes.tmp"
    mine.write_text("the user's", encoding="utf-8")
    assert run("build", article, "-o", out).exit_code == 0
    assert mine.read_text(encoding="utf-8") == "the user's"


def test_a_second_build_into_the_same_folder_is_refused_in_one_line(tmp_path):
    article, out = tmp_path / "a.txt", tmp_path / "out"
    article.write_text(FIRST, encoding="utf-8")
    out.mkdir()
    with (out / ".rightsgraph.lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another build is running
        result = run("build", article, "-o", out)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(out) in lines[0] and "another build" in lines[0], result.output
    assert not (out / "graph.ttl").exists()
    assert run("build", article, "-o", out).exit_code == 0  # the lock goes with the build that held it


def test_building_into_the_input_folder_never_reads_its_own_outputs(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    first = run("build", folder, "-o", folder)
    assert first.exit_code == 0, first.output
    before = {name: (folder / name).read_bytes() for name in OUTPUTS}
    second = run("build", folder, "-o", folder)
    assert second.exit_code == 0, second.output
    assert "1 article(s): 0 built, 1 from cache" in second.output
    assert {name: (folder / name).read_bytes() for name in OUTPUTS} == before


@pytest.mark.parametrize("name", ["graph.html", ".rightsgraph-cache/x.txt"])
def test_outputs_named_as_input_are_refused(tmp_path, name):
    out = tmp_path / "out"
    article = tmp_path / "a.txt"
    article.write_text(FIRST, encoding="utf-8")
    assert run("build", article, "-o", out).exit_code == 0
    own = out / name
    own.write_text(FIRST, encoding="utf-8") if not own.exists() else None
    result = run("build", article, own, "-o", out)
    assert result.exit_code == 1, result.output
    assert f"skipped: {own}: is an output of this build folder, not an article" in result.output
