"""A long document streams: read in paragraph-aligned pieces like the articles of a corpus,
with one document identity, offsets into the whole text, and resolution across pieces.

The texts are invented; the piece size is made small so that a few kilobytes make many
pieces."""

from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef

from rightsgraph import builders
from rightsgraph.builders import article_from_text, extract, extract_pieces
from rightsgraph.graph.prefixes import OA
from rightsgraph.ontology import RG

HEAD = ("Inquiry into Mongolia\n\n"
        "ULAANBAATAR (3 March 2031) – The Commission of Inquiry on Mongolia, which the Human Rights Council set up, "
        "chaired by Selma Varnholt, said on Monday "
        "that detainees were tortured in prisons run by the Tolvarek Mining Company. The Special Rapporteur on the "
        "situation of human rights in Mongolia, Ms. Ilse Brandvik, said she had received reports of forced labour.\n\n")
FILL = ("In the district of Khovsgol Number {n}, workers told investigators that guards beat them and withheld wages "
        "for {n} months. Families said the local authorities ignored their complaints.\n\n")
TAIL = ("The Commission called on the Government of Mongolia to release all detainees. "
        "The Special Rapporteur urged the authorities to open an investigation. She said Varnholt would present "
        "the findings to the Human Rights Council in June.\n\n")
TEXT = HEAD + "".join(FILL.format(n=n) for n in range(30)) + TAIL

COMMISSION = URIRef("https://w3id.org/rightsgraph/id/org/commission-of-inquiry-mongolia")
RAPPORTEUR = URIRef("https://w3id.org/rightsgraph/id/person/ilse-brandvik")
CHAIR = URIRef("https://w3id.org/rightsgraph/id/person/selma-varnholt")


@pytest.fixture
def small_pieces(monkeypatch):
    """Documents over 1,000 characters stream, in pieces of at most 800."""
    monkeypatch.setattr(builders, "STREAM_CHARS", 1_000)
    monkeypatch.setattr(builders, "PIECE_CHARS", 800)


def _agents_in_tail(extractions) -> dict[str, tuple[str, ...]]:
    start = TEXT.index(TAIL)
    return {action.lemma: action.agents for extraction in extractions for action in extraction.actions
            if action.span.start >= start}


def test_the_last_piece_resolves_to_the_body_and_person_named_in_the_first():
    article = article_from_text(TEXT)
    pieces = list(extract_pieces(article, piece_chars=800))
    assert len(pieces) > 6
    agents = _agents_in_tail(pieces[-1:])
    assert agents["call on"] == ("commission-of-inquiry-mongolia",)  # "The Commission called on"
    assert agents["urge"] == ("person:ilse-brandvik",)  # "The Special Rapporteur urged"
    assert agents["say"] == ("person:ilse-brandvik",)  # "She said"
    assert agents["present"] == ("person:selma-varnholt",)  # "Varnholt would present"
    assert agents == _agents_in_tail([extract(article)])  # as when the document is read whole


def test_every_span_of_every_piece_points_into_the_whole_text():
    article = article_from_text(TEXT)
    for extraction in extract_pieces(article, piece_chars=800):
        assert extraction.article is article
        for sentence in extraction.sentences:
            assert TEXT[sentence.start : sentence.end] == sentence.text
        for entity in extraction.entities:
            for mention in entity.mentions:
                assert TEXT[mention.span.start : mention.span.end] == mention.span.text
        for action in extraction.actions:
            assert TEXT[action.span.start : action.span.end] == action.span.text


def _graph(tmp_path, name: str = "long.txt"):
    from rightsgraph import graph_of

    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    return graph_of(path)


def _facts(graph) -> set:
    """The relations between things (not the provenance's sentences, mentions and selectors)."""
    return {(s, p, o) for s, p, o in graph if str(p).startswith(str(RG)) and isinstance(o, URIRef)
            and "#" not in str(o) and "#" not in str(s) and p != RG.namesViolation}


def test_a_streamed_document_has_the_resolved_facts_of_the_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(builders, "STREAM_CHARS", 10**9)
    whole = _graph(tmp_path, "whole.txt")
    monkeypatch.setattr(builders, "STREAM_CHARS", 1_000)
    monkeypatch.setattr(builders, "PIECE_CHARS", 800)
    streamed = _graph(tmp_path)
    facts = _facts(streamed)
    # (a thing named only after a piece cannot be its: here the Council is named in the first)
    assert _facts(whole) <= facts
    for agent in (COMMISSION, RAPPORTEUR, CHAIR):
        assert any(s == agent or o == agent for s, _p, o in facts)
    call = TEXT.index("called on the Government")
    [event] = [s for s in streamed.subjects(RG.agent, COMMISSION) if str(s).endswith(f"#event-call-{call}")]
    assert (event, RG.agent, COMMISSION) in streamed  # the call in the last piece is the Commission's


def test_provenance_offsets_of_a_streamed_document_quote_the_whole_text(tmp_path, small_pieces):
    graph = _graph(tmp_path)
    documents = set(graph.subjects(RG.title, None))
    assert len(documents) == 1  # one document, not one per piece
    [text] = [o for o in graph.objects(next(iter(documents)), None) if isinstance(o, Literal) and len(o) == len(TEXT)]
    assert str(text) == TEXT
    checked = 0
    for selector in graph.subjects(None, OA.TextPositionSelector):
        start, end = (int(graph.value(selector, predicate)) for predicate in (OA.start, OA.end))
        quote = URIRef(str(selector).replace("#position-", "#quote-"))
        assert TEXT[start:end] == str(graph.value(quote, OA.exact))
        checked += 1
    assert checked > 100
    late = TEXT.index("She said Varnholt") + len("She said ")
    mention = URIRef(f"{next(iter(documents))}#mention-{late}-{late + len('Varnholt')}")
    assert (None, OA.hasTarget, mention) in graph  # the chair's surname in the last piece, where it is


def test_a_streamed_document_builds_to_the_same_bytes_twice(tmp_path, small_pieces):
    from rightsgraph import build

    path = tmp_path / "long.txt"
    path.write_text(TEXT, encoding="utf-8")
    outputs = []
    for name in ("one", "two"):
        build([path], tmp_path / name)
        outputs.append({output: (tmp_path / name / output).read_bytes() for output in ("graph.nq", "graph.ttl")})
    assert outputs[0] == outputs[1]
    assert re.search(rb"ilse-brandvik", outputs[0]["graph.nq"])


def test_a_document_that_runs_out_of_memory_is_one_line_naming_the_file(tmp_path, small_pieces, monkeypatch):
    from rightsgraph import build
    from rightsgraph.building import NothingBuilt

    def exhausted(*_arguments, **_options):
        raise MemoryError
        yield

    monkeypatch.setattr(builders, "extract_pieces", exhausted)
    path = tmp_path / "long.txt"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(NothingBuilt) as raised:
        build([path], tmp_path / "out")
    message = str(raised.value)
    assert str(path) in message and "out of memory" in message and "\n" not in message


def test_a_long_file_becomes_n_quads_block_by_block(tmp_path):
    from rightsgraph.graph.union import as_nquads, nquads_of

    lines = [f'<https://example.org/s{n}> <https://example.org/p> "{n}" .\n' for n in range(200)]
    path = tmp_path / "article.nt"
    path.write_text("# graph <https://example.org/g>\n" + "".join(lines), encoding="utf-8")
    assert b"".join(nquads_of(path, block=100)) == as_nquads(path.read_bytes())


@pytest.mark.parametrize("text, word", [("Karimi met Karimi-Tabar and al-Karimi; Karimi.", "Karimi"),
                                        ("O’Neill and O’Neills, O’Neill_", "O’Neill"), ("aa aaa a", "a")])
def test_whole_words_are_found_as_the_pattern_finds_them(text, word):
    from rightsgraph.builders.name_search import whole_words

    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    assert list(whole_words(text, word)) == [match.span() for match in pattern.finditer(text)]


def test_the_first_line_with_a_prefix_is_found_by_bisection(tmp_path):
    from rightsgraph.graph.union import first_line_with, graph_of_file

    lines = sorted(f"<https://example.org/s{n:03d}> <https://example.org/p{m}> \"é{n}\" .\n" for n in range(300) for m in range(3))
    path = tmp_path / "article.nt"
    path.write_text("# graph <https://example.org/g>\n" + "".join(lines), encoding="utf-8")
    assert graph_of_file(path) == "<https://example.org/g>"
    for n in (0, 1, 150, 299):
        assert first_line_with(path, f"<https://example.org/s{n:03d}> ") == lines[3 * n]
        assert first_line_with(path, f"<https://example.org/s{n:03d}> <https://example.org/p2>") == lines[3 * n + 2]
    assert first_line_with(path, "<https://example.org/s300>") is None
    assert first_line_with(path, "<https://example.org/a") is None
