"""The development corpus in ../shared: every article builds, and the reference article scores."""

from __future__ import annotations

import pytest

from rightsgraph.builders import article_from_path, extract
from rightsgraph.evaluation import evaluate, load_gold
from rightsgraph.graph import build_graph
from rightsgraph.graph.validation import validate

pytestmark = pytest.mark.corpus
REFERENCE = "00_jubilee-ohchr-dprk-no-improvement"


def test_every_corpus_article_builds_a_conforming_graph(shared):
    articles = sorted((shared / "corpus").glob("*.txt"))
    assert articles
    for path in articles:
        graph = build_graph([extract(article_from_path(path))])
        assert len(graph) > 100, path.name
        assert validate(graph).conforms, path.name


def test_reference_article_meets_the_quality_floor(shared):
    graph = build_graph([extract(article_from_path(shared / "corpus" / f"{REFERENCE}.txt"))])
    score = evaluate(graph, load_gold(shared / "gold" / f"{REFERENCE}.json"))
    assert score.entity_recall.ratio >= 0.95, score.misses
    assert score.entity_precision.ratio >= 0.9, score.misses
    assert score.split_entities == 0, score.misses
    assert score.titled_reports.ratio >= 0.9, score.misses
    assert score.untitled_reports.ratio >= 0.8, score.misses
    assert score.violation_recall.ratio >= 0.85, score.misses
    assert score.violation_precision.ratio >= 0.85, score.misses


def test_development_set_meets_the_floor_micro_over_all_articles(shared):
    from rightsgraph.evaluation import Score

    total = Score("micro")
    for gold_path in sorted((shared / "gold").glob("*.json")):
        gold = load_gold(gold_path)
        graph = build_graph([extract(article_from_path(shared / "corpus" / gold["article"]))])
        total.add(evaluate(graph, gold))
    assert total.entity_recall.ratio >= 0.95, total.misses
    assert total.entity_precision.ratio >= 0.95, total.misses
    assert total.split_entities == 0, total.misses
    assert total.titled_reports.ratio >= 0.9, total.misses
    assert total.untitled_reports.ratio >= 0.8, total.misses
    assert total.violation_recall.ratio >= 0.9, total.misses
    assert total.relations.ratio >= 0.75, total.misses
    assert total.events.ratio >= 0.8, total.misses


def test_reference_and_06_merge_into_one_ohchr_and_one_dprk(shared, tmp_path):
    from click.testing import CliRunner
    from rdflib import RDF
    from rdflib.namespace import SKOS

    from rightsgraph.cli import cli
    from rightsgraph.graph.store import graph_from_files
    from rightsgraph.ontology import RG

    runner = CliRunner()
    outputs = []
    for name in (REFERENCE, "06_nhk-2024-ohchr-forced-labor-dprk"):
        assert runner.invoke(cli, ["build", str(shared / "corpus" / f"{name}.txt"), "-o", str(tmp_path / name)]).exit_code == 0
        outputs.append(tmp_path / name / "graph.ttl")
    merged = tmp_path / "merged.trig"
    assert runner.invoke(cli, ["merge", *map(str, outputs), "-o", str(merged)]).exit_code == 0
    graph = graph_from_files([merged])
    ohchr = {s for s in graph.subjects(RDF.type, RG.UNBody) if "OHCHR" in {str(a) for a in graph.objects(s, SKOS.altLabel)}}
    assert len(ohchr) == 1
    assert len(set(graph.subjects(RDF.type, RG.Country)) & {s for s in graph.subjects(SKOS.altLabel, None) if "North Korea" in {str(a) for a in graph.objects(s, SKOS.altLabel)}}) == 1
