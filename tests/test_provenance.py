"""Every built graph carries its build's PROV; the time only when asked, so the same input
still gives the same bytes (texts written for the test)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from rightsgraph.cli import cli
from rightsgraph.graph.provenance import ProvenanceError, build_info, software_version
from rightsgraph.ontology import load_ontology, ontology_version_iri

TEXT = "Rights update\nSource: https://example.org/rights-update\n\nHuman Rights Watch documented torture in Chile.\n"


def build(tmp_path, *options, env=None, name="out") -> tuple[Graph, bytes]:
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(article), "-o", str(tmp_path / name), *options],
                                env={"SOURCE_DATE_EPOCH": None, **(env or {})})
    assert result.exit_code == 0, result.output
    data = (tmp_path / name / "graph.ttl").read_bytes()
    return Graph().parse(data=data, format="turtle"), data


def test_each_article_graph_is_an_entity_generated_by_the_build(tmp_path):
    g, _data = build(tmp_path, "--publisher", "Example Monitor", "--date", "2021-03-04")
    (entity,) = g.subjects(PROV.wasGeneratedBy, None)
    activity = g.value(entity, PROV.wasGeneratedBy)
    article = g.value(entity, PROV.wasDerivedFrom)
    assert (entity, RDF.type, PROV.Entity) in g and (activity, RDF.type, PROV.Activity) in g
    used = set(g.objects(activity, PROV.used))
    assert {article, URIRef(ontology_version_iri())} <= used
    model = next(node for node in used if "/model/" in str(node))
    assert str(g.value(model, URIRef("https://schema.org/version")))
    software = g.value(activity, PROV.wasAssociatedWith)
    assert (software, RDF.type, PROV.SoftwareAgent) in g and software_version() in str(software)
    # the source: URL, publisher and date on the article the build used
    assert str(g.value(article, URIRef("https://schema.org/url"))) == "https://example.org/rights-update"
    assert str(g.value(article, DCTERMS.publisher)) == "Example Monitor"
    assert not set(g.objects(None, PROV.endedAtTime)) and not set(g.objects(None, DCTERMS.license)) - {
        URIRef("https://opensource.org/licenses/MIT")}


def test_the_ontology_has_a_version_iri():
    from rdflib import OWL

    assert ontology_version_iri() == str(load_ontology().value(URIRef("https://w3id.org/rightsgraph/ontology"), OWL.versionIRI))


def test_without_a_time_the_same_input_gives_the_same_bytes(tmp_path):
    assert build(tmp_path, name="a")[1] == build(tmp_path, name="b")[1]


def test_source_date_epoch_gives_the_time_and_keeps_builds_equal(tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1600000000"}
    g, first = build(tmp_path, env=env, name="a")
    assert [t.toPython().isoformat() for t in g.objects(None, PROV.endedAtTime)] == ["2020-09-13T12:26:40+00:00"]
    assert b'"2020-09-13T12:26:40Z"^^xsd:dateTime' in first
    assert build(tmp_path, env=env, name="b")[1] == first


def test_record_time_writes_the_clock(tmp_path):
    g, _data = build(tmp_path, "--record-time")
    (when,) = g.objects(None, PROV.endedAtTime)
    assert when.toPython().tzinfo is not None and when.toPython().year >= 2024


def test_license_goes_on_the_graph(tmp_path):
    g, _data = build(tmp_path, "--license", "https://creativecommons.org/licenses/by/4.0/")
    (entity,) = g.subjects(PROV.wasGeneratedBy, None)
    assert g.value(entity, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")


def test_a_licence_that_is_no_iri_is_refused_before_any_work(tmp_path):
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "article.txt"), "-o", str(tmp_path / "out"),
                                      "--license", "all rights reserved"])
    assert result.exit_code == 2 and "--license" in result.output and not (tmp_path / "out").exists()


@pytest.mark.parametrize("environ, record, wanted", [
    ({}, False, None),
    ({"SOURCE_DATE_EPOCH": "0"}, False, "1970-01-01T00:00:00Z"),
    ({"SOURCE_DATE_EPOCH": "86400"}, True, "1970-01-02T00:00:00Z"),
])
def test_build_info_takes_the_time_from_the_environment_first(environ, record, wanted):
    assert build_info(None, record, environ).time == wanted


def test_build_info_refuses_an_epoch_that_is_no_number():
    with pytest.raises(ProvenanceError, match="SOURCE_DATE_EPOCH"):
        build_info(None, False, {"SOURCE_DATE_EPOCH": "yesterday"})
