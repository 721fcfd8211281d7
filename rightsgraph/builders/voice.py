"""Who "we" is: the body a press release, a statement or an editorial speaks for.

An NGO's release, a government's statement or a newspaper's editorial says "we welcome the
Committee's recommendations", "our shadow report", "we urge the Council" in its own voice;
its name stands only in the short lines under the headline ("Press release – Horn Rights
Monitor – NAIROBI", "Colectiva Tejedoras por la Justicia – Guatemala City, 27 February 2025").
When the body says "we" or "our" outside quotation marks, and those lines name exactly one
organisation, that organisation is who "we" is. A "we" inside quotation marks is the
speaker's, and a text whose opening lines name no one body or several has no voice of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.records import Article

#: The first-person plural, as a word.
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
#: A quotation, to leave out: what someone quoted says of "we" is theirs.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
#: How many lines, the headline first, the byline or dateline under it may be among.
_OPENING_LINES = 3
#: The longest line that is a byline or dateline rather than a paragraph (which ends in a stop).
_OPENING_LINE = 200


def speaking_body(text: str, article: Article, index: EntityIndex) -> str | None:
    """The organisation a text speaks for as "we", if it says "we" and its opening names one."""
    body = text[article.body_start :]
    if not _WE.search(_QUOTED.sub(" ", body)):
        return None
    opening: list[tuple[int, int]] = []  # the short lines after the headline
    position, lines = 0, 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            lines += 1
            if lines > _OPENING_LINES:
                break
            if lines > 1 and len(line.strip()) <= _OPENING_LINE and not line.rstrip().endswith((".", "”", '"', "?", "!")):
                opening.append((position, position + len(line)))
        position += len(line)
    named = {key for start, end in opening for _s, _e, key in index.within(start, end)
             if index.entities[key].kind == "organization"}
    return named.pop() if len(named) == 1 else None


def quotations_in(text: str) -> list[tuple[int, int]]:
    """Where the text quotes someone: each quotation's start and end, in text order."""
    return [(match.start(), match.end()) for match in _QUOTED.finditer(text)]


def quotation_around(quotations: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The quotation ``offset`` lies in, if any."""
    index = bisect_right(quotations, (offset, float("inf"))) - 1
    if index >= 0 and quotations[index][0] <= offset < quotations[index][1]:
        return quotations[index]
    return None
