"""The sections of a UN document: each heading ("III. Human rights situation", "A. Right to
life", "1. Treaty bodies", an unnumbered "Stateless persons") and the text under it.

A section runs from its heading to the next heading of its level or above. Its number is
the path of the numbers above it ("III.A.1"); a part ("Part Two") holds chapters, roman
numerals and chapters (and annexes) are the first level under it, capital letters the
second, arabic numbers the third, and an unnumbered heading sits one level below the
numbered section it is in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rightsgraph.builders.records import Section
from rightsgraph.builders.un_documents import blocks_of


def sections_of(text: str, start: int = 0, end: int | None = None) -> list[Section]:
    """The sections of the text between ``start`` and ``end`` (the body; its notes after it)."""
    end = len(text) if end is None else end
    headings = []
    for block_start, block_end, kind, number in blocks_of(text, start, end):
        if kind == "heading":
            headings.append((block_start, block_end, number))
    sections: list[Section] = []
    numbered: list[bool] = []  # whether each section's heading has a number of its own
    open_: list[int] = []  # indexes of the sections enclosing the next heading, outermost first
    for block_start, block_end, number in headings:
        heading = text[block_start:block_end]
        if number is None:
            # one level below the numbered section it is in: a sibling of an unnumbered one before it
            level = next((sections[index].level for index in reversed(open_) if numbered[index]), 0) + 1
        elif heading.startswith("Part "):
            level = 0
        elif heading.startswith(("Chapter", "Annex")) or re.fullmatch(r"[IVX]+", number):
            level = 1
        else:
            level = 3 if number.isdigit() else 2
        while open_ and sections[open_[-1]].level >= level:
            closed = open_.pop()
            sections[closed] = replace(sections[closed], end=block_start)
        parent = open_[-1] if open_ else None
        path = ".".join(part for part in ((sections[parent].number if parent is not None else ""), number or "") if part)
        sections.append(Section(start=block_start, end=end, number=path, title=_title(heading),
                                level=level, heading_end=block_end, parent=parent, ordinal=len(sections)))
        numbered.append(number is not None)
        open_.append(len(sections) - 1)
    return sections


def _title(heading: str) -> str:
    """The heading's words, without its number, the footnote marks it calls and the stars
    of its own notes ("A. Scope of obligations2 and cooperation3" → "Scope of obligations
    and cooperation")."""
    words = re.sub(r"^(?:Chapter\s+[IVX]{1,5}|Annex(?:\s+[IVX]{1,5})?|Part \w+|(?:[IVX]{1,5}|[A-H]|\d{1,3})\.)\s*", "", heading.strip())
    words = re.sub(r"(?<=[a-z)’”])\d{1,3}(?=\s|$)", "", words)
    words = words.replace("∗", " ").replace("*", " ").split() or heading.split()
    # a heading whose block runs on into text (no numbered paragraph after it) keeps its first words
    return " ".join(words) if len(words) <= 25 else " ".join(words[:12]) + " …"


def section_of(sections: tuple[Section, ...] | list[Section], offset: int) -> int | None:
    """The index of the innermost section an offset lies in (after its heading), or None."""
    found = None
    for index, section in enumerate(sections):
        if section.start > offset:
            break
        if section.heading_end <= offset < section.end:
            found = index
    return found
