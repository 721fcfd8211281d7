"""A UN document's text read as one: where its numbered paragraphs, sections, footnote
marks and notes are, what it cites, and what of it names nothing (numbers, headings, marks
and the notes, which are masked so that no name is read in them)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from rightsgraph.builders.citations import citations_of, note_marks
from rightsgraph.builders.records import Citation, Section, UNDocument
from rightsgraph.builders.sections import sections_of
from rightsgraph.builders.un_documents import notes_start, number_spans, paragraph_spans


@dataclass(frozen=True)
class Structure:
    """A UN document's text read as one: its numbered paragraphs, sections and citations,
    and the stretches that name nothing (numbers, headings, footnote marks, the notes)."""

    paragraphs: tuple[tuple[int, int, str], ...]
    sections: tuple[Section, ...]
    citations: tuple[Citation, ...]
    masked: tuple[tuple[int, int], ...]


def structure_of(text: str, start: int, document: UNDocument) -> Structure:
    """The structure of a UN document's text from ``start`` (after its title): its footnotes
    are after the body, under a "Notes" line, when it has any."""
    body_end = notes_start(text, document)
    sections = tuple(sections_of(text, start, body_end))
    marks = note_marks(text, [number for number, _text in document.notes], start, body_end)
    # a heading names nothing the body does not; a long block is a heading with its text run on
    masked = number_spans(text, start) + [(section.start, section.heading_end) for section in sections
                                          if len(text[section.start:section.heading_end].split()) <= 25]
    masked += [(at, until) for at, until, _number in marks]
    if body_end < len(text):
        masked.append((body_end, len(text)))
    return Structure(paragraphs=tuple(paragraph_spans(text, start, body_end)), sections=sections,
                     citations=tuple(citations_of(text, document, marks, start, body_end)), masked=tuple(masked))


def structure_within(sections: tuple[Section, ...], citations: tuple[Citation, ...], start: int,
                     end: int) -> tuple[tuple[Section, ...], tuple[Citation, ...]]:
    """The sections and citations of the stretch ``start``..``end`` of a document (a piece
    read on its own), in the stretch's offsets: each section that overlaps it, clipped (the
    sections holding one overlap it too, so every parent is kept), and the citations in it."""
    kept = [index for index, section in enumerate(sections) if section.start < end and start < section.end]
    renumbered = {old: new for new, old in enumerate(kept)}

    def clipped(section: Section) -> Section:
        return replace(section, start=max(section.start, start) - start, end=min(section.end, end) - start,
                       heading_end=min(max(section.heading_end, start), end) - start,
                       parent=renumbered.get(section.parent) if section.parent is not None else None)

    return (tuple(clipped(sections[index]) for index in kept),
            tuple(replace(citation, start=citation.start - start, end=citation.end - start)
                  for citation in citations if start <= citation.start < end))
