"""The command line through click's CliRunner."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from rightsgraph.cli import cli

ARTICLE = (
    "Rapporteur warns of forced labour in Eritrea\n\n"
    "On 4 May 2023 the Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, presented "
    "her report to the Human Rights Council. Berhe said that forced labour remains widespread.\n"
)


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_every_command_has_help():
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert command.help, name
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_build_writes_turtle_and_html_and_validate_accepts_it(article, tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "graph.ttl").read_text(encoding="utf-8").startswith("@prefix")
    assert "window.network" in (out / "graph.html").read_text(encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(out / "graph.ttl")])
    assert result.exit_code == 0 and "conforms" in result.output


@pytest.mark.parametrize(
    ("turtle", "code", "message"),
    [
        ("@prefix rg: <https://w3id.org/rightsgraph/ontology#> .\n<https://example.org/p> a rg:Person .\n", 1, "does not conform"),
        ("this is not turtle", 2, "not valid RDF"),
    ],
)
def test_validate_exit_codes(tmp_path, turtle, code, message):
    path = tmp_path / "graph.ttl"
    path.write_text(turtle, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == code
    assert message in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["build", "missing.txt", "-o", "out"], "missing.txt: no such file or folder"),
        (["validate", "missing.ttl"], "missing.ttl: no such file"),
        (["evaluate"], "give ARTICLE with --gold"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(tmp_path, monkeypatch, arguments, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_failed_build_keeps_the_previous_graph(article, tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(article), "-o", str(out)]).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(empty), "-o", str(out)])
    assert result.exit_code == 2 and "empty.txt: empty article" in result.output
    assert (out / "graph.ttl").read_bytes() == before
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["graph.html", "graph.nq", "graph.ttl"]


@pytest.fixture()
def gold(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(
        '{"article": "article.txt", "persons": [{"name": "Hana Berhe", "roles": [], "affiliation": null}],'
        ' "organizations": [{"name": "Human Rights Council", "kind": "UN body", "aliases": []}],'
        ' "places": [{"name": "Eritrea", "aliases": []}, {"name": "Atlantis", "aliases": []}],'
        ' "reports": [{"title": null, "description": "her report", "author": "Hana Berhe", "date": "2023-05-04", "about": "Eritrea"}],'
        ' "events": [], "violations": ["forced labour"], "relations": [["Hana Berhe", "holds role", "Special Rapporteur on the situation of human rights in Eritrea"]]}',
        encoding="utf-8",
    )
    return path


def test_evaluate_scores_an_article_against_gold(article, gold):
    result = CliRunner().invoke(cli, ["evaluate", str(article), "--gold", str(gold), "--misses"])
    assert result.exit_code == 0, result.output
    assert "entity R" in result.output
    assert "missing place: Atlantis" in result.output
    row = next(line for line in result.output.splitlines() if line.startswith("article.txt"))
    cells = [cell.strip() for cell in row.split("|")]
    assert cells[1] == "0.75"  # 3 of 4 gold entities
    assert cells[6] == "1.00"  # the untitled report with author and date


def test_evaluate_a_built_graph_prints_what_evaluating_its_article_prints(article, gold, tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(article), "-o", str(tmp_path / "out")]).exit_code == 0
    graph = runner.invoke(cli, ["evaluate", "--graph", str(tmp_path / "out" / "graph.ttl"), "--gold", str(gold), "--misses"])
    direct = runner.invoke(cli, ["evaluate", str(article), "--gold", str(gold), "--misses"])
    assert graph.exit_code == direct.exit_code == 0, graph.output
    assert graph.output == direct.output and "missing place: Atlantis" in graph.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["evaluate", "--graph", "two/graph.ttl", "--gold", "gold.json"], "two/graph.ttl: holds 2 articles"),
        (["evaluate", "--graph", "missing.ttl", "--gold", "gold.json"], "missing.ttl: no such file"),
        (["evaluate", "article.txt", "--graph", "two/graph.ttl", "--gold", "gold.json"], "give --graph with --gold, and no ARTICLE"),
    ],
)
def test_evaluate_refuses_a_graph_it_cannot_score_in_one_line(article, gold, tmp_path, monkeypatch, arguments, message):
    other = tmp_path / "other.txt"
    other.write_text("Another piece\n\nOHCHR said North Korea must act.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["build", str(article), str(other), "-o", str(tmp_path / "two")]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
