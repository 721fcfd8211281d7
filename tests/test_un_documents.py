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


# -- structure: sections, footnotes and what they cite, recommendations (invented text) --------

GA_PAGE = """A/79/901
3/12 24-55555
 I. Introduction
1. The Special Rapporteur on the rights of lighthouse keepers presented her work (see
A/HRC/51/12).1 She visited Freedonia in 2023, pursuant to Human Rights Council resolution
46/17 and Security Council resolution 1503 (2003).
 II. Human rights situation
 A. Right to life
2. Keepers in the northern isles face threats to their lives. 2 The reports of the
__________________
 1 See also A/HRC/48/7 and General Assembly resolution 60/251.
 2 Submission by the Lamplighters' Guild.
"""

GA_NEXT = """A/79/901
24-55555 4/12
northern office were not answered.
 III. Conclusions and recommendations
3. The Special Rapporteur calls on the Ministry of Lighthouses of Freedonia to protect keepers.
4. States should:
 (a) Ratify the Convention on lighthouses;
"""


def _ga_article():
    from rightsgraph.builders.formats import _joined_pages, _unwrap
    from rightsgraph.builders.un_documents import UNDocument, pages_apart

    bodies, notes = pages_apart([GA_PAGE, GA_NEXT], "A/79/901")
    blocks = [_unwrap(block) for block in _joined_pages(bodies).split("\n\n") if block.strip()]
    blocks += ["Notes", *(f"{number} {note}" for number, note in notes)]
    document = UNDocument(symbol="A/79/901", date="2024-07-01", title="Report of the Special Rapporteur",
                          notes=tuple(notes))
    return article_from_text("Report of the Special Rapporteur\n\n" + "\n\n".join(blocks) + "\n", name="r.txt",
                             document=document)


def test_footnotes_are_kept_apart_and_a_paragraph_goes_on_over_the_page():
    from rightsgraph.builders.un_documents import pages_apart

    bodies, notes = pages_apart([GA_PAGE, GA_NEXT], "A/79/901")
    assert notes == [("1", "See also A/HRC/48/7 and General Assembly resolution 60/251."),
                     ("2", "Submission by the Lamplighters' Guild.")]
    assert "Lamplighters" not in "".join(bodies) and "____" not in "".join(bodies)
    article = _ga_article()
    paragraph = next(span for span in article.paragraphs if span[2] == "2")
    assert article.text[paragraph[0]:paragraph[1]].endswith("northern office were not answered.")


def test_headings_become_sections_with_their_number_path_and_title():
    article = _ga_article()
    assert [(section.number, section.title, section.level) for section in article.sections] == [
        ("I", "Introduction", 1), ("II", "Human rights situation", 1), ("II.A", "Right to life", 2),
        ("III", "Conclusions and recommendations", 1)]
    right_to_life = article.sections[2]
    assert article.sections[right_to_life.parent].number == "II"
    assert right_to_life.start < article.text.index("Keepers in the northern") < right_to_life.end


@pytest.mark.parametrize(("page", "expected"), [
    ("10. Text of a paragraph.\n 1. Treaty bodies\n11. More text.", [("1", "Treaty bodies", 3)]),
    ("2. Text.\nChapter II\n  Activities of the Office\n 1. Treaty bodies\n3. Text.", [("II", "Activities of the Office", 1),
                                                                           ("II.1", "Treaty bodies", 3)]),
    ("7. Text ends.\n  Stateless persons3\n8. More text.", [("", "Stateless persons", 1)]),
])
def test_numbered_chapter_and_unnumbered_headings(page, expected):
    from rightsgraph.builders.sections import sections_of

    text = "\n\n".join(" ".join(block.split()) for block in page_body(page, "A/1/1").split("\n\n") if block.strip())
    assert [(section.number, section.title, section.level) for section in sections_of(text)] == expected


def test_what_the_paragraphs_and_their_footnotes_cite_with_resolutions_by_symbol():
    article = _ga_article()
    cited = {(citation.symbol, citation.note) for citation in article.citations}
    assert cited == {("A/HRC/51/12", None), ("A/HRC/RES/46/17", None), ("S/RES/1503 (2003)", None),
                     ("A/HRC/48/7", "1"), ("A/RES/60/251", "1")}
    mark = next(citation for citation in article.citations if citation.note == "1")
    assert article.text[mark.start - 3:mark.end] == "2).1"
    masked = {(span.start, span.end) for span in article.masked}
    assert (mark.start, mark.end) in masked, "a footnote mark is no word of the body"


@pytest.mark.parametrize(("text", "symbols"), [
    ("pursuant to resolution 5/1 of the Council", ["A/HRC/RES/5/1"]),
    ("General Assembly resolutions 48/141 and 60/251", ["A/RES/48/141", "A/RES/60/251"]),
    ("Commission on Human Rights resolution 2005/69", ["E/CN.4/RES/2005/69"]),
    ("see E/C.12/DEU/CO/6 and A/HRC/27/10", ["E/C.12/DEU/CO/6"]),
])
def test_cited_symbols(text, symbols):
    from rightsgraph.builders.citations import cited_in

    assert [symbol for _start, _end, symbol in cited_in(text, "A/HRC/27/10")] == symbols


def test_a_bare_resolution_outside_a_council_document_names_no_body():
    from rightsgraph.builders.citations import cited_in

    assert cited_in("pursuant to resolution 5/1", "A/79/901") == []


@pytest.mark.parametrize(("text", "rejoined"), [
    ("the recommenda tions of Sp ain", "the recommendations of Spain"),
    ("the Speci al Rapporteur", "the Special Rapporteur"),
    ("the sect or in to it", "the sect or in to it"),  # both parts are words: left as they are
])
def test_words_split_by_the_text_layer_are_joined_back(text, rejoined):
    from rightsgraph.builders.split_words import rejoin_split_words

    assert rejoin_split_words(text) == rejoined


@pytest.mark.slow
def test_sections_cites_and_recommendations_reach_the_graph():
    from rightsgraph.builders import extract
    from rightsgraph.graph.triples import to_graph
    from rightsgraph.ontology import RGST
    from rdflib import RDF
    from rdflib.namespace import DCTERMS, PROV

    article = _ga_article()
    graph = to_graph(extract(article))
    sections = {str(graph.value(section, RG.sectionNumber)): section for section in graph.subjects(RDF.type, RG.Section)}
    assert set(sections) == {"I", "II", "II.A", "III"}
    assert (sections["II.A"], DCTERMS.isPartOf, sections["II"]) in graph
    report = next(graph.subjects(RG.documentSymbol, None))
    assert str(graph.value(report, RG.documentSymbol)) == "A/79/901"
    cited = {str(graph.value(document, RG.documentSymbol)) for document in graph.objects(report, RG.cites)}
    assert {"A/HRC/51/12", "A/HRC/48/7", "A/RES/60/251", "S/RES/1503 (2003)"} <= cited
    # the citation of footnote 1 is derived from the sentence of paragraph 1 that calls it
    statement = next(s for s in graph.subjects(RDF.object, None) if (s, RDF.predicate, RG.cites) in graph
                     and str(graph.value(graph.value(s, RDF.object), RG.documentSymbol)) == "A/HRC/48/7")
    sentence = graph.value(statement, PROV.wasDerivedFrom)
    assert str(graph.value(sentence, RG.paragraph)) == "1" and graph.value(sentence, RG.section) == sections["I"]
    calls = [finding for finding in graph.subjects(RG.status, RGST["called-for"])]
    quotes = [str(graph.value(finding, RG.quote)) for finding in calls]
    assert any(quote.startswith("The Special Rapporteur calls on") for quote in quotes), quotes
    assert any("Ratify the Convention" in quote for quote in quotes), quotes
    addressed = [graph.value(finding, RG.addressedTo) for finding in calls
                 if str(graph.value(finding, RG.quote)).startswith("The Special Rapporteur")]
    assert addressed and addressed[0] is not None
    assert all((finding, RG.statedIn, report) in graph for finding in calls)
    labels = [str(label) for label in graph.objects(None, RG.sectionTitle)]
    assert "Right to life" in labels
    assert "Lamplighters" not in " ".join(str(o) for s, p, o in graph.triples((None, RG.quote, None)))


@pytest.mark.parametrize("name", _FILES)
def test_a_real_report_has_sections_and_cites_what_its_text_names(name):
    from rightsgraph.builders.article import article_from_path

    _index()
    article = article_from_path(REPORTS / name)
    assert len(article.sections) >= 5, [section.title for section in article.sections]
    assert all(section.title for section in article.sections)
    assert article.citations, "no citation found"
    body = article.text
    for citation in article.citations:
        if citation.note is None and "/RES/" not in citation.symbol:
            assert body[citation.start:citation.end] == citation.symbol
    assert not [number for number, text in article.document.notes if len(text) > 60 and text[:80] in body[:body.rfind("\n\nNotes\n\n")]], \
        "a footnote is still in the body"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["A_HRC_27_10_UPR_DPRK_2014.pdf", "A_80_188_SR_climate_change_2025.pdf"])
def test_a_real_report_gives_its_recommendations_as_findings_called_for(name):
    from rightsgraph.building import graph_of
    from rightsgraph.ontology import RGST

    _index()
    graph = graph_of(REPORTS / name)
    called = set(graph.subjects(RG.status, RGST["called-for"]))
    assert len(called) >= 20
    assert any((finding, RG.addressedTo, None) in graph for finding in called)
    assert set(graph.objects(None, RG.section)), "no sentence is in a section"
    assert set(graph.objects(None, RG.cites))
    # a state that recommends or is asked is its government, an actor: the graph conforms
    from rightsgraph.graph.validation import validate

    result = validate(graph)
    assert result.conforms, result.text[:2000]


@pytest.mark.parametrize(("surface", "cut"), [
    ("Kingdom of the", True), ("Panel of Experts on", True), ("State(s", True),
    ("Human Rights", True), ("Rights Council", True), ("Convention on the Rights", True),  # stretches of known names
    ("Human Rights Council", False), ("Amnesty International", False), ("Lighthouse Keepers Union", False),
])
def test_a_guessed_name_cut_from_a_longer_one_is_no_name(surface, cut):
    from rightsgraph.builders.candidate_filters import is_cut_name

    assert is_cut_name(surface) is cut


@pytest.mark.parametrize(("block", "text"), [
    ("the recom-\nmendations of", "the recommendations of"),
    ("the Secretary-\nGeneral said", "the Secretary-General said"),
    ("small-\nscale fishers", "small-scale fishers"),
])
def test_a_word_broken_at_a_line_end_keeps_its_hyphen_unless_it_is_one_word(block, text):
    from rightsgraph.builders.formats import _unwrap

    assert _unwrap(block) == text


def test_a_piece_of_a_document_keeps_its_sections_and_citations_in_its_own_offsets():
    from rightsgraph.builders.structure import structure_within

    article = _ga_article()
    start = article.text.index("2. Keepers")
    end = len(article.text)
    sections, citations = structure_within(article.sections, article.citations, start, end)
    assert [section.number for section in sections] == ["II", "II.A", "III"]
    assert [section.ordinal for section in sections] == [1, 2, 3], "a piece keeps each section's place, so its IRI"
    assert sections[1].parent == 0 and sections[0].start == 0
    assert not [citation for citation in citations if citation.symbol == "A/HRC/51/12"], "paragraph 1 is not in the piece"
