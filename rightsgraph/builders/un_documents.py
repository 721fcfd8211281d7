"""UN documents as published: the cover page's symbol, date, issuing body and title, the
pages' running headers and page numbers dropped, numbered paragraphs set apart.

A UN report is not an article: it names itself (its symbol, "A/HRC/27/10", on every page),
and it is cited by symbol and paragraph ("A/HRC/27/10, para. 57"). The symbol pattern, the
bodies' names and the running lines are data (``data/un_documents.json``). Nothing here knows
about PDF or RDF: pages of text in, text and a ``UNDocument`` out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rightsgraph.builders.dates import parse_date
from rightsgraph.builders.gazetteer import data_file
from rightsgraph.builders.records import UNDocument

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_LINE = re.compile(rf"^\[?\s*(\d{{1,2}} (?:{_MONTHS}) \d{{4}})\s*\]?$")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# "57. The Commission ...", "124.108 Bring ..." (a recommendation, numbered within its paragraph)
PARAGRAPH_START = re.compile(r"(?m)^(?P<number>\d{1,3}(?:\.\d{1,3})?)\.?[ \t]+(?=[A-Z“\"‘(])")
_NUMBERED_LINE = re.compile(r"^(?:\d{1,3}\.|\d{1,3}\.\d{1,3})\s+[A-Z“\"‘(]")
_HEADING_LINE = re.compile(r"^(?:[IVX]{1,5}|[A-H])\.\s+[A-Z]")
_HEADING_NUMBER = re.compile(r"(?m)^(?:[IVX]{1,5}|[A-H])\.(?=\s+[A-Z])")
_TITLE_START = re.compile(r"^(?:Report|Summary|Compilation) of\b")


@lru_cache(maxsize=1)
def _data() -> dict:
    return data_file("un_documents.json")


@lru_cache(maxsize=1)
def _symbol() -> re.Pattern:
    return re.compile(_data()["symbol"])


@lru_cache(maxsize=1)
def _running() -> list[re.Pattern]:
    return [re.compile(pattern) for pattern in _data()["running_lines"]]


def symbol_of(first_page: str) -> str | None:
    """The document's symbol: the first one on its first page that has a slash and ends in
    a number (a footnote's "A/80/150" comes after the cover's own)."""
    for match in _symbol().finditer(first_page):
        if re.search(r"\d$", match.group(0)):
            return match.group(0)
    return None


def document_of(pages: list[str], title: str | None = None) -> UNDocument | None:
    """What the cover pages say of the document, or None when the first page names no symbol."""
    if not pages:
        return None
    symbol = symbol_of(pages[0])
    if symbol is None:
        return None
    lines = [line.strip() for line in pages[0].splitlines()]
    found_title = _title(lines) or title
    date = None
    for page in pages[:6]:
        for line in page.splitlines():
            match = _DATE_LINE.match(line.strip())
            if match:
                value = parse_date(match.group(1))
                date = value.value if value is not None else None
                break
        if date:
            break
    if date is None:
        years = _YEAR.findall(pages[0])
        date = max(years) if years else None
    return UNDocument(symbol=symbol, date=date, author=_body(found_title or "", pages[0]), title=found_title)


def _title(lines: list[str]) -> str | None:
    for start, line in enumerate(lines):
        if _TITLE_START.match(line):
            words = []
            for following in lines[start:]:
                if _HEADING_LINE.match(following) or _NUMBERED_LINE.match(following):
                    break
                if not following or following.startswith(("*", "∗")) or following in ("United Nations", "General Assembly"):
                    if words:
                        break
                    continue
                words.append(following.rstrip("*∗ "))
                if len(words) > 6:
                    break
            return " ".join(" ".join(words).split()) or None
    return None


def _body(title: str, first_page: str) -> str | None:
    flat = " ".join(first_page.split())
    for text in (title, flat):
        for body in _data()["bodies"]:
            if body in text:
                return body
    return None


def page_body(page: str, symbol: str) -> str:
    """A page's text without its running lines: the symbol, the page number ("4", "4/25"),
    the job number and its bar code, and lines joined back where a paragraph goes on;
    each numbered paragraph, recommendation and heading starts a block of its own."""
    kept: list[str] = []
    for raw in page.splitlines():
        line = raw.strip()
        if not line:
            continue
        rest = line.replace(symbol, " ").strip() if symbol in line else line
        if not rest or any(pattern.match(rest) for pattern in _running()) or "....." in rest:
            continue
        if re.fullmatch(r"(?:\d{1,3}/\d{1,3}\s+)?\d{2}-\d{4,6}(?:\s+\d{1,3}/\d{1,3})?", rest):
            continue  # "4/20 25-12333": the page and the job number, the header of a General Assembly page
        if _NUMBERED_LINE.match(rest) or _HEADING_LINE.match(rest):
            kept.append("")
        kept.append(rest)
    return "\n".join(kept)


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    """The numbered paragraphs of a text whose paragraphs are blocks apart: (start, end,
    number) each, a paragraph reaching to the next numbered one or heading."""
    spans: list[tuple[int, int, str]] = []
    blocks = [(match.start(), match.end()) for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)
              if match.start() >= start]
    current: tuple[int, str] | None = None
    for block_start, block_end in blocks:
        block = text[block_start:block_end]
        match = PARAGRAPH_START.match(block)
        if match:
            number = match.group("number")
            if current is not None:
                spans.append((current[0], previous_end, current[1]))
            # a recommendation ("124.108") belongs to its paragraph ("124") too, but is cited by its own number
            current = (block_start, number)
        elif _HEADING_LINE.match(block) and current is not None:
            spans.append((current[0], previous_end, current[1]))
            current = None
        previous_end = block_end
    if current is not None:
        spans.append((current[0], previous_end, current[1]))
    return spans


def number_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Where the paragraph, recommendation and heading numbers stand ("57.", "124.108",
    "II.", "A."), to be masked: never a name."""
    headings = [(match.start(), match.end()) for match in _HEADING_NUMBER.finditer(text, start)]
    return headings + [(match.start(), match.end("number") + (1 if text[match.end("number"):match.end("number") + 1] == "." else 0))
            for match in PARAGRAPH_START.finditer(text, start)]
