"""UN documents read as reports: their cover's symbol and date, paragraphs cited, running
lines and numbers never actors. Short texts written here; the real reports of
../shared/reports are read by the slow tests below, skipped (an error under CI) without them."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from rightsgraph.builders import article_from_text
from rightsgraph.builders.un_documents import document_of, page_body, paragraph_spans, symbol_of
from rightsgraph.ontology import RG

REPORTS = Path(__file__).resolve().parents[1].parent / "shared" / "reports"

COVER = """GE.14-07222  (E)
*1407222*
Human Rights Council
Twenty-seventh session
Agenda item 6
Universal Periodic Review
  Report of the Working Group on
the Universal Periodic Review*
  Freedonia
 * The annex to the present report is circulated as received.
 United Nations A/HRC/27/10
General Assembly Distr.: General
2 July 2014
Original: English
"""

PAGE = """A/HRC/27/10
6
36. The Special Rapporteur noted progress and encouraged the country to
continue to strengthen human rights protection. She welcomed the visit.
37. Botswana was concerned at reports of torture and arbitrary detention.
 II. Conclusions and/or recommendations
124.108 Bring national legislation into line with the Rome Statute (Ghana);
124.109 Fully cooperate with the Special Rapporteur (France);
"""


@pytest.mark.parametrize(("page", "symbol"), [
    (COVER, "A/HRC/27/10"),
    ("United Nations  A/80/188\nGeneral Assembly\n* A/80/150.", "A/80/188"),
    ("A/HRC/WG.6/34/ITA/3\nHuman Rights Council", "A/HRC/WG.6/34/ITA/3"),
    ("The Commission met in Geneva.", None),
])
def test_the_symbol_is_the_first_one_on_the_cover(page, symbol):
    assert symbol_of(page) == symbol


def test_the_cover_gives_symbol_date_body_and_title():
    document = document_of([COVER, PAGE])
    assert document.symbol == "A/HRC/27/10"
    assert document.date == "2014-07-02"
    assert document.author == "Working Group on the Universal Periodic Review"
    assert document.title == "Report of the Working Group on the Universal Periodic Review Freedonia"


def test_a_page_loses_its_running_lines_and_numbered_paragraphs_stand_apart():
    body = page_body(PAGE, "A/HRC/27/10")
    assert "A/HRC/27/10" not in body
    assert "\n6\n" not in "\n" + body + "\n"
    blocks = [" ".join(block.split()) for block in body.split("\n\n")]
    assert [block.split()[0] for block in blocks] == ["36.", "37.", "II.", "124.108", "124.109"]


def _report_text() -> str:
    body = "\n\n".join(" ".join(block.split()) for block in page_body(PAGE, "A/HRC/27/10").split("\n\n"))
    return "Report of the Working Group\n\n" + body + "\n"


def test_every_numbered_paragraph_is_found_to_its_end():
    text = _report_text()
    spans = paragraph_spans(text)
    assert [number for _start, _end, number in spans] == ["36", "37", "124.108", "124.109"]
    start, end, _number = spans[0]
    assert text[start:end].startswith("36. The Special Rapporteur") and text[start:end].endswith("welcomed the visit.")


@pytest.mark.slow
def test_every_sentence_of_a_numbered_paragraph_carries_its_number_and_numbers_are_no_actors():
    from rightsgraph.builders import extract
    from rightsgraph.graph.triples import to_graph

    text = _report_text()
    article = article_from_text(text, name="report.txt", document=document_of([COVER, PAGE]))
    extraction = extract(article)
    graph = to_graph(extraction)
    numbers = {}
    for sentence, _p, number in graph.triples((None, RG.paragraph, None)):
        numbers[str(sentence).rsplit("#char=", 1)[1]] = str(number)
    second = text.index("She welcomed")
    assert any(key.startswith(f"{second},") and value == "36" for key, value in numbers.items())
    assert "124.108" in numbers.values()
    labels = [entity.label for entity in extraction.entities]
    assert not [label for label in labels if label[:1].isdigit() or label.startswith(("II", "Bring", "Fully"))]
    assert (None, RG.documentSymbol, None) in graph


def _index() -> list[dict]:
    if not (REPORTS / "index.tsv").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{REPORTS} is missing: CI must run with ../shared beside the checkout")
        pytest.skip(f"{REPORTS} is absent: the real UN reports are not on this machine")
    with (REPORTS / "index.tsv").open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


_FILES = ["A_HRC_27_10_UPR_DPRK_2014.pdf", "A_HRC_17_9_UPR_Myanmar_2011.pdf",
          "A_HRC_WG.6_34_ITA_3_UPR_stakeholders_Italy_2019.pdf", "A_80_188_SR_climate_change_2025.pdf",
          "A_80_36_HC_annual_report_2025.pdf", "A_80_38_CEDAW_annual_report_2025.pdf"]


@pytest.mark.parametrize("name", _FILES)
def test_a_real_report_names_its_symbol_and_date_on_its_cover(name):
    from rightsgraph.builders.article import article_from_path

    row = next((row for row in _index() if row["file"] == name), None)
    assert row is not None, f"{name} is not in index.tsv"
    article = article_from_path(REPORTS / name)
    assert article.document is not None
    assert article.document.symbol == row["symbol"]
    assert article.document.date.startswith(row["date"])
    assert article.paragraphs, "no numbered paragraph found"
    numbers = [number for _start, _end, number in article.paragraphs]
    assert "1" in numbers and "2" in numbers
    body = article.text[article.paragraphs[0][0]:]
    assert f"\n{row['symbol']}\n" not in body, "the running header is still in the text"


@pytest.mark.slow
@pytest.mark.parametrize("name", _FILES)
def test_a_real_report_builds_cites_paragraphs_and_no_number_or_header_is_an_actor(name):
    import re

    from rightsgraph.building import graph_of
    from rdflib.namespace import SKOS

    row = next(row for row in _index() if row["file"] == name)
    graph = graph_of(REPORTS / name)
    symbols = {str(symbol) for symbol in graph.objects(None, RG.documentSymbol)}
    assert row["symbol"] in symbols
    report = next(subject for subject, symbol in graph.subject_objects(RG.documentSymbol) if str(symbol) == row["symbol"])
    assert str(graph.value(report, RG.date)).startswith(row["date"])
    assert len(set(graph.objects(None, RG.paragraph))) > 10
    actors = [str(label) for kind in (RG.NGO, RG.Organization, RG.Person, RG.UNBody, RG.Government, RG.UNMechanism)
              for subject in graph.subjects(None, kind) for label in graph.objects(subject, SKOS.prefLabel)]
    bad = [label for label in actors if re.match(r"^\d{1,3}(\.\d{1,3})?\.?(\s|$)", label) or row["symbol"] in label
           or re.match(r"^(GE\.\d|\*\d)", label)]
    assert not bad, bad
