"""Bad input, faults and hostile content: one clear line, the right exit code, nothing lost."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from rightsgraph.builders import ArticleError, article_from_path
from rightsgraph.cli import cli

GOOD = "Council hears Eritrea report\n\nThe Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, spoke.\n"


def run(*arguments):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (GOOD.encode("utf-8"), "Hana Berhe"),
        (b"\xef\xbb\xbf" + GOOD.encode("utf-8"), "Hana Berhe"),
        (GOOD.replace("Hana", "Hanà").encode("utf-16"), "Hanà Berhe"),
        ("Council \u2019s report\n\nTomás said it was true.".encode("cp1252"), "Tomás said"),
        ("Café report\n\nThe café in Genève was closed.".encode("latin-1"), "Genève"),
    ],
)
def test_encodings_are_detected(tmp_path, raw, expected):
    path = tmp_path / "article.txt"
    path.write_bytes(raw)
    article = article_from_path(path)
    assert expected in article.text
    assert not article.title.startswith("\ufeff")


def test_size_limit_refuses_giant_files_clearly(tmp_path):
    path = tmp_path / "giant.txt"
    path.write_text("Title\n\n" + "word " * 400_000, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"giant.txt: 2.0 MB is over the 1 MB limit"):
        article_from_path(path, max_bytes=1_000_000)
    result = run("build", path, "-o", tmp_path / "out", "--max-size", "1")
    assert result.exit_code == 2 and "over the 1 MB limit" in result.output


def test_a_folder_with_good_and_bad_files_builds_the_good_ones_and_exits_1(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = run("build", folder, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "skipped: " in result.output and "empty.txt: empty article" in result.output
    assert "image.txt: looks like a binary file" in result.output
    assert "Hana Berhe" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_files_among_many_are_reported_from_any_batch_and_process(tmp_path, jobs):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(20):  # with --jobs 2: two batches, in worker processes
        (folder / f"{number:02d}.txt").write_text(GOOD.replace("Hana", f"Hana{number:02d}"), encoding="utf-8")
    (folder / "07.txt").write_text("", encoding="utf-8")
    (folder / "13.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = run("build", folder, "-o", tmp_path / "out", "--jobs", jobs)
    assert result.exit_code == 1
    assert "07.txt: empty article" in result.output and "13.txt: looks like a binary file" in result.output
    assert "20 article(s): 18 built, 0 from cache, 2 failed" in result.output
    assert "Traceback" not in result.output
    assert "Hana19 Berhe" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_during_a_corpus_build_stops_every_process_with_one_line(tmp_path, jobs):
    """Ctrl-C reaches the whole process group: the main process and its model workers."""
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(64):  # graph files appear one by one: still working when the first is there
        (folder / f"{number:02d}.txt").write_text(GOOD.replace("Hana", f"Hana{number:02d}"), encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "rightsgraph.cli", "build", str(folder), "-o", str(out), "--jobs", jobs,
                                "--no-progress"], stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 120
    while not list((out / ".rightsgraph-cache").glob("*.nt")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)  # the first batch is done: the workers are running the model
    os.killpg(process.pid, signal.SIGINT)
    _output, errors = process.communicate(timeout=60)
    assert process.returncode == 1, errors
    assert errors.strip() == "Error: interrupted; nothing half-written was left behind"
    assert not (out / "graph.ttl").exists() and not (out / "graph.html").exists()
    assert not list((out / ".rightsgraph-cache").glob("*.tmp"))
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)  # no worker is left behind


def test_a_failed_build_leaves_the_previous_pair_of_files(tmp_path, monkeypatch):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert run("build", source, "-o", out).exit_code == 0
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html", "graph.nq")}
    source.write_text(GOOD.replace("Hana Berhe", "Ruth Alemu"), encoding="utf-8")

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("rightsgraph.exports.html.view_to_html", broken)
    result = run("build", source, "-o", out)
    assert result.exit_code == 3  # a bug, not a problem found
    assert result.output.count("\n") == 1 and "unexpected error: RuntimeError: disk on fire" in result.output
    assert "Traceback" not in result.output
    assert {name: (out / name).read_bytes() for name in before} == before
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["graph.html", "graph.nq", "graph.ttl"]


def test_debug_shows_the_traceback(tmp_path, monkeypatch):
    source = tmp_path / "a.txt"
    source.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr("rightsgraph.building.build_corpus", lambda *_a, **_k: (_ for _ in ()).throw(RuntimeError("boom")))
    result = CliRunner().invoke(cli, ["--debug", "build", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 3  # still a bug, not "problems found"
    assert "Traceback (most recent call last)" in result.output and "RuntimeError: boom" in result.output
    assert result.output.splitlines()[-1].startswith("Error: unexpected error: RuntimeError: boom")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b ] .\nex:d ex:e ex:f .\n"),
        ("broken.jsonld", '{"@id": "http://example.org/a", "http://example.org/b": [}'),
        ("broken.rdf", '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n<rdf:Description>\n</rdf:RDF>'),
    ],
)
@pytest.mark.parametrize("command", ["validate", "merge", "export", "query"])
def test_malformed_rdf_names_the_file_and_the_problem(tmp_path, name, content, command):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    arguments = {
        "validate": ["validate", path],
        "merge": ["merge", path, "-o", tmp_path / "m.ttl"],
        "export": ["export", path, "--format", "nt", "-o", tmp_path / "e.nt"],
        "query": ["query", path, "-e", "ASK { ?s ?p ?o }"],
    }[command]
    result = run(*arguments)
    assert result.exit_code == 2
    assert f"{name}: not valid RDF" in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    if name.endswith(".ttl"):
        assert "line 3" in result.output


def test_rdf_xml_never_resolves_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the-secret-words", encoding="utf-8")
    path = tmp_path / "xxe.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "' + secret.as_uri() + '"> ]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
        '<rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p></rdf:Description></rdf:RDF>',
        encoding="utf-8",
    )
    result = run("export", path, "--format", "nt", "-o", tmp_path / "out.nt")
    assert "the-secret-words" not in result.output
    assert not (tmp_path / "out.nt").exists() or "the-secret-words" not in (tmp_path / "out.nt").read_text(encoding="utf-8")


def test_a_long_document_parsed_in_pieces_keeps_every_offset(monkeypatch):
    from rightsgraph import builders
    from rightsgraph.builders import article_from_text, extract

    paragraph = ("On 4 May 2023 the Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, "
                 "presented her report to the Human Rights Council. OHCHR said forced labour continues.\n\n")
    text = "Long report\n\n" + paragraph * 12
    whole = extract(article_from_text(text))
    monkeypatch.setattr(builders, "CHUNK_CHARS", 400)
    pieces = extract(article_from_text(text))
    assert len(builders._pieces(text, 400)) > 3
    assert [(e.key, len(e.mentions)) for e in pieces.entities] == [(e.key, len(e.mentions)) for e in whole.entities]
    for entity in pieces.entities:
        for mention in entity.mentions:
            assert text[mention.span.start : mention.span.end] == mention.span.text
    assert {v.concept for v in pieces.violations} == {v.concept for v in whole.violations}
