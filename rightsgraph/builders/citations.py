"""What a UN document cites: the documents whose symbols its paragraphs name ("(see
A/HRC/59/42)"), the resolutions they name ("Human Rights Council resolution 12/34",
"resolution 1503 (2003)"), and the same in the footnotes its paragraphs call by their mark
(the note's number set after a word: "submissions1", "costs. 1").

A resolution is cited by its own symbol (A/HRC/RES/12/34, A/RES/60/251, S/RES/1503 (2003)),
so that the body that adopted it and the number say one document. A bare "resolution 5/1"
is the Human Rights Council's only in a Council document; elsewhere it names no body and is
left out.
"""

from __future__ import annotations

import re

from rightsgraph.builders.records import Citation, UNDocument
from rightsgraph.builders.un_documents import symbol_pattern

_NUMBER = r"\d{1,4}/\d{1,4}[A-Z]?"
_SECURITY = r"\d{3,4}\s*\(\d{4}\)"
_RESOLUTIONS = re.compile(
    r"\b(?:(?P<body>Human Rights Council|General Assembly|Security Council|Commission on Human Rights|"
    r"Economic and Social Council|Council|Assembly)\s+)?resolutions?\s+"
    rf"(?P<list>(?:{_NUMBER}|{_SECURITY})(?:(?:,\s*|,?\s+and\s+)(?:{_NUMBER}|{_SECURITY}))*)"
)
_PREFIXES = {"Human Rights Council": "A/HRC/RES/", "General Assembly": "A/RES/", "Assembly": "A/RES/",
             "Commission on Human Rights": "E/CN.4/RES/", "Economic and Social Council": "E/RES/"}
# a footnote's number right after a word or a stop, but not a paragraph's, a page's or a count's
_MARK_BEFORE = re.compile(r"(?:[a-z)\]’”\"%]|[.,;:)’”\"] ?)$")
_NOT_MARK_BEFORE = re.compile(r"(?:\b(?:paras?|No|nos?|p|pp|art|arts|Rev|Add|Corr|Sect|chap)\.\s?|\d[.,]?)$")


def cited_in(text: str, document_symbol: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The documents the text names between ``start`` and ``end``: (start, end, symbol) each,
    the document's own symbol left out."""
    end = len(text) if end is None else end
    found = [(match.start(), match.end(), match.group(0)) for match in symbol_pattern().finditer(text, start, end)
             if re.search(r"\d$", match.group(0)) and match.group(0) != document_symbol]
    for match in _RESOLUTIONS.finditer(text, start, end):
        body = match.group("body")
        if body == "Council":
            body = "Human Rights Council" if document_symbol.startswith("A/HRC/") else None
        if body is None and document_symbol.startswith("A/HRC/"):
            body = "Human Rights Council"
        for number in re.finditer(rf"{_SECURITY}|{_NUMBER}", match.group("list")):
            at = match.start("list") + number.start()
            if "(" in number.group(0):
                symbol = "S/RES/" + re.sub(r"\s*\(", " (", number.group(0))
            elif body in _PREFIXES:
                symbol = _PREFIXES[body] + number.group(0)
            else:
                continue
            found.append((at, at + len(number.group(0)), symbol))
    return sorted(set(found))


def note_marks(text: str, numbers: list[str], start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Where the body calls each footnote: (start, end, number) each, the marks found in the
    notes' order, each after the one before (a number not found is left out, and the search
    for the next goes on from the last mark found)."""
    end = len(text) if end is None else end
    marks: list[tuple[int, int, str]] = []
    at = start
    for number in numbers:
        for match in re.compile(rf"(?<!\d){number}(?![\d/])(?![.,]\d)(?=[\s,;.)]|$)").finditer(text, at, end):
            if match.start() - at > 8000:
                break  # too far from the mark before: not this note's
            before = text[max(0, match.start() - 8):match.start()]
            if _MARK_BEFORE.search(before) and not _NOT_MARK_BEFORE.search(before):
                marks.append((match.start(), match.end(), number))
                at = match.end()
                break
    return marks


def citations_of(text: str, document: UNDocument, marks: list[tuple[int, int, str]], start: int = 0,
                 end: int | None = None) -> list[Citation]:
    """What the body between ``start`` and ``end`` cites, where it says it: the symbols and
    resolutions it names, and those the footnotes it calls (``note_marks``) name, each at its mark."""
    citations = [Citation(at, until, symbol) for at, until, symbol in cited_in(text, document.symbol, start, end)]
    notes = dict(document.notes)
    for at, until, number in marks:
        for _start, _end, symbol in cited_in(notes[number], document.symbol):
            citations.append(Citation(at, until, symbol, note=number))
    return sorted(set(citations), key=lambda citation: (citation.start, citation.symbol))
