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
_PART = r"(?:Chapter [IVX]{1,5}|Annex(?: [IVX]{1,5})?|Part (?:One|Two|Three|Four|Five|Six|[IVX]{1,5}))(?=$|\s+[A-Z])"
_HEADING_LINE = re.compile(rf"^(?:(?:[IVX]{{1,5}}|[A-H])\.\s+[A-Z“\"‘(]|{_PART})")
_HEADING_NUMBER = re.compile(rf"(?m)^(?:(?:[IVX]{{1,5}}|[A-H])\.(?=\s+[A-Z])|{_PART})")
_TITLE_START = re.compile(r"^(?:Report|Summary|Compilation) of\b")


@lru_cache(maxsize=1)
def _data() -> dict:
    return data_file("un_documents.json")


@lru_cache(maxsize=1)
def symbol_pattern() -> re.Pattern:
    """A UN document symbol, as ``data/un_documents.json`` gives its scheme."""
    return re.compile(_data()["symbol"])


@lru_cache(maxsize=1)
def _running() -> list[re.Pattern]:
    return [re.compile(pattern) for pattern in _data()["running_lines"]]


def symbol_of(first_page: str) -> str | None:
    """The document's symbol: the first one on its first page that has a slash and ends in
    a number (a footnote's "A/80/150" comes after the cover's own)."""
    for match in symbol_pattern().finditer(first_page):
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
    bodies, _notes = pages_apart([page], symbol)
    return bodies[0]


def pages_apart(pages: list[str], symbol: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Each page's body (as ``page_body``) and the document's footnotes apart from it: the
    notes under a page's rule ("_____") and the endnotes after a closing "Notes" line, as
    (number, text) in order. A table of contents is no body either."""
    bodies: list[str] = []
    note_lines: list[str] = []
    in_endnotes = False
    in_contents = False
    for page in pages:
        lines = _kept_lines(page, symbol)
        lines, in_contents = _without_contents(lines, in_contents)
        kept: list[str] = []
        under_rule = False
        for index, (raw, line) in enumerate(lines):
            if in_endnotes or under_rule:
                note_lines.append(line)
                continue
            following = lines[index + 1][1] if index + 1 < len(lines) else ""
            if _NOTE_RULE.match(line):
                under_rule = True
                continue
            if line in ("Notes", "Endnotes") and re.match(r"1\s", following):
                in_endnotes = True
                continue
            if _NUMBERED_LINE.match(line) or _HEADING_LINE.match(line) or _unnumbered_heading(raw, line, kept, following):
                kept.append("")
            kept.append(line)
        bodies.append("\n".join(kept))
    return bodies, _numbered_notes(note_lines)


_NOTE_RULE = re.compile(r"^_{5,}$")
_NOTE_START = re.compile(r"^(\d{1,3})\s+(\S.*)$")


def _kept_lines(page: str, symbol: str) -> list[tuple[str, str]]:
    """The page's lines that are not running lines: (as extracted, stripped) each."""
    kept = []
    for raw in page.splitlines():
        line = raw.strip()
        if not line:
            continue
        rest = line.replace(symbol, " ").strip() if symbol in line else line
        if not rest or any(pattern.match(rest) for pattern in _running()):
            continue
        if re.fullmatch(r"(?:\d{1,3}/\d{1,3}\s+)?\d{2}-\d{4,6}(?:\s+\d{1,3}/\d{1,3})?", rest):
            continue  # "4/20 25-12333": the page and the job number, the header of a General Assembly page
        kept.append((raw, rest))
    return kept


def _without_contents(lines: list[tuple[str, str]], in_contents: bool) -> tuple[list[tuple[str, str]], bool]:
    """The lines without a table of contents: from "Contents" to its last dotted line, and on
    the pages after, up to their last dotted line while they have some."""
    dotted = [index for index, (_raw, line) in enumerate(lines) if "....." in line]
    start = next((index for index, (_raw, line) in enumerate(lines) if line == "Contents"), None)
    if start is not None and dotted and dotted[-1] > start:
        return lines[:start] + lines[dotted[-1] + 1:], True
    if in_contents and len(dotted) >= 3:
        return lines[dotted[-1] + 1:], True
    return [entry for entry in lines if "....." not in entry[1]], False


def _unnumbered_heading(raw: str, line: str, kept: list[str], following: str) -> bool:
    """A heading without a number ("Equality and non-discrimination", "Introduction"): a short
    line of its own, set in or after a sentence's end, with a numbered paragraph or a heading next."""
    if not line[:1].isupper() or len(line.split()) > 12 or re.search(r"[.,;:]\d{0,3}$", line):
        return False
    if not (_NUMBERED_LINE.match(following) or _HEADING_LINE.match(following)):
        return False
    previous = next((entry for entry in reversed(kept) if entry), "")
    if re.fullmatch(_PART, previous):
        return False  # the title of the chapter named on the line before
    return raw.startswith("  ") or not previous or previous.endswith((".", ";", ":", "?", "!"))


def _numbered_notes(lines: list[str]) -> list[tuple[str, str]]:
    """Footnote lines as (number, text): a note starts on a line that begins with the next
    number (or, on a new page's notes, any later one); other lines go on the note before."""
    notes: list[list[str]] = []
    last = 0
    for line in lines:
        match = _NOTE_START.match(line)
        if match and last < int(match.group(1)) <= last + 3:
            last = int(match.group(1))
            notes.append([match.group(1), match.group(2)])
        elif notes and not line.startswith(("*", "∗")):
            notes[-1][1] += ("" if notes[-1][1].endswith("-") else " ") + line
    return [(number, " ".join(text.split())) for number, text in notes]


def blocks_of(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str | None]]:
    """The blocks of a text whose paragraphs are blocks apart, each (start, end, kind, number):
    kind "paragraph" (numbered: "57", a recommendation's "124.108"), "heading" ("II", "A",
    a numbered heading's "1", None for an unnumbered one) or "text". A numbered block is a
    heading rather than a paragraph when it is short, ends in no stop and does not carry the
    next paragraph's number ("1. Treaty bodies" among paragraphs 2 and 3)."""
    found: list[tuple[int, int, str, str | None]] = []
    expected = 1
    end = len(text) if end is None else end
    matches = [(match.start(), match.end()) for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)
               if start <= match.start() and match.end() <= end]
    for index, (block_start, block_end) in enumerate(matches):
        block = text[block_start:block_end]
        following = text[matches[index + 1][0]:matches[index + 1][1]] if index + 1 < len(matches) else ""
        heading = _HEADING_LINE.match(block)
        match = PARAGRAPH_START.match(block)
        if heading:
            part = re.match(r"(?:Chapter ([IVX]{1,5})|(Annex(?: [IVX]{1,5})?|Part \w+))", block)
            number = (part.group(1) or part.group(2)) if part else block.split(".", 1)[0]
            found.append((block_start, block_end, "heading", number))
        elif match and "." not in match.group("number") and _short_title(block) and int(match.group("number")) != expected:
            found.append((block_start, block_end, "heading", match.group("number")))
        elif match:
            number = match.group("number")
            expected = int(number.split(".")[0]) + (0 if "." in number else 1)
            found.append((block_start, block_end, "paragraph", number))
        elif _short_title(block) and PARAGRAPH_START.match(following) and not block[:1].isdigit():
            found.append((block_start, block_end, "heading", None))
        else:
            found.append((block_start, block_end, "text", None))
    return found


def _short_title(block: str) -> bool:
    words = re.sub(r"\d{1,3}$", "", block.rstrip("*∗ ")).rstrip()
    return len(words.split()) <= 12 and not words.endswith((".", ";", ":", ",", "?", "!")) and words[-1:].isalnum()


def paragraph_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The numbered paragraphs of a text whose paragraphs are blocks apart: (start, end,
    number) each, a paragraph reaching to the next numbered one or heading."""
    spans: list[tuple[int, int, str]] = []
    current: tuple[int, str] | None = None
    previous_end = start
    for block_start, block_end, kind, number in blocks_of(text, start, end):
        if kind != "text" and current is not None:
            spans.append((current[0], previous_end, current[1]))
            current = None
        if kind == "paragraph":
            # a recommendation ("124.108") belongs to its paragraph ("124") too, but is cited by its own number
            current = (block_start, number)
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


def notes_start(text: str, document: UNDocument) -> int:
    """Where the notes after a UN document's body begin (the text's end when it has none)."""
    if not document.notes:
        return len(text)
    at = text.rfind("\n\nNotes\n\n")
    return at + 2 if at != -1 else len(text)
