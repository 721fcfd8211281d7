"""Plain text from HTML pages, Markdown and PDF, ready to read as an article.

Every offset in the graph points into the plain text made here, and that text is kept in the
graph on the article node (``schema:text``), so a quote can always be checked against it.
Italics become curly quotes, so that a title set in italics ("*Nowhere to Turn*")
reads as a title, as a quoted one does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from rightsgraph.builders.records import UNDocument
from rightsgraph.errors import RightsGraphError


class FormatError(RightsGraphError, ValueError):
    """The file cannot be turned into article text."""


@dataclass(frozen=True)
class Converted:
    title: str
    body: str
    url: str | None = None
    date: str | None = None
    publisher: str | None = None
    document: "UNDocument | None" = None  # a UN document's cover: symbol, date, body, title

    @property
    def text(self) -> str:
        lines = [self.title]
        if self.url:
            lines.append(f"Source: {self.url}")
        return "\n".join(lines) + "\n\n" + self.body.strip() + "\n"


def from_markdown(markdown: str, name: str = "article.md") -> Converted:
    """Markdown to plain text: the first heading (or line) is the title; links keep their words."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    blocks: list[str] = []
    title = None
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        text = _inline_text(token.children or [])
        opener = tokens[index - 1]
        if opener.type == "heading_open" and title is None:
            title = text
            continue
        if not text.strip():
            continue
        in_list = any(t.type == "list_item_open" for t in tokens[max(0, index - 3) : index])
        blocks.append(("• " if in_list else "") + text)
    if title is None:
        if not blocks:
            raise FormatError(f"{name}: no text in this Markdown file")
        title, blocks = blocks[0], blocks[1:]
    return Converted(title=" ".join(title.split()), body="\n\n".join(blocks))


def _inline_text(children) -> str:
    parts = []
    for child in children:
        if child.type == "text" or child.type == "code_inline":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "em_open":
            parts.append("“")
        elif child.type == "em_close":
            parts.append("”")
    return "".join(parts)


def from_html(html: str, name: str = "article.html") -> Converted:
    """The main text of an HTML page (navigation, scripts and styles dropped), via trafilatura."""
    import trafilatura

    markdown = trafilatura.extract(
        html, output_format="markdown", include_formatting=True, include_links=False, include_images=False,
        include_tables=False, include_comments=False, favor_precision=True, deduplicate=True,
    )
    if not markdown or not markdown.strip():
        raise FormatError(f"{name}: no main text found in this HTML page")
    metadata = trafilatura.extract_metadata(html)
    converted = from_markdown(markdown, name)
    title = (metadata.title if metadata and metadata.title else converted.title).strip()
    body = converted.body if converted.title != title else converted.body
    if converted.title != title and converted.title:
        body = converted.title + "\n\n" + converted.body
    if not body.strip() or body.strip() == title:
        raise FormatError(f"{name}: no main text found in this HTML page")
    return Converted(
        title=title, body=body,
        url=metadata.url if metadata and metadata.url else None,
        date=metadata.date if metadata and metadata.date else None,
        publisher=metadata.sitename if metadata and metadata.sitename else None,
    )


#: Limits on one PDF's work: pages read, characters of text, seconds spent. pypdf itself
#: limits how far a stream may inflate (75 MB); past any of these the file is refused.
PDF_MAX_PAGES = 2_000
PDF_MAX_CHARS = 10_000_000
PDF_MAX_SECONDS = 60.0


def from_pdf(path: Path) -> Converted:
    """The text layer of a PDF, lines rejoined into paragraphs, within the limits above."""
    from rightsgraph.builders.un_documents import document_of, pages_apart

    pages, title = _pdf_pages(path)
    text = "\n\n".join(pages)
    if not text.strip():
        raise FormatError(f"{path}: this PDF has no text layer (a scan?); run OCR first")
    document = document_of(pages, title)
    if document is not None:
        # a UN document: its running lines dropped, its numbered paragraphs kept apart, its
        # footnotes after the body (under "Notes"), a paragraph going on over a page one block
        bodies, notes = pages_apart(pages, document.symbol)
        text = _joined_pages(bodies)
        paragraphs = [_unwrap(block) for block in re.split(r"\n\s*\n", text) if block.strip()]
        if notes:
            paragraphs += ["Notes", *(f"{number} {_unwrap(note)}" for number, note in notes)]
        document = replace(document, notes=tuple((number, _unwrap(note)) for number, note in notes))
        return Converted(title=document.title or document.symbol, body="\n\n".join(paragraphs),
                         url=f"https://undocs.org/{document.symbol}", date=document.date, document=document)
    paragraphs = [_unwrap(block) for block in re.split(r"\n\s*\n", text) if block.strip()]
    if not title:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    return Converted(title=" ".join(title.split()), body="\n\n".join(paragraphs))


def _joined_pages(bodies: list[str]) -> str:
    """The pages' bodies as one text: a page that goes on with the paragraph of the page
    before (its first block no new paragraph or heading, the page before ending mid-sentence
    or it starting in lower case) joins it."""
    text = ""
    for body in bodies:
        if not body.strip():
            continue
        goes_on = (text and not body.startswith("\n") and
                   (not text.rstrip().endswith((".", ":", ";", "?", "!")) or body.lstrip()[:1].islower()))
        text = (text + ("\n" if goes_on else "\n\n") + body.lstrip("\n")) if text else body.lstrip("\n")
    return text


def _pdf_pages(path: Path) -> tuple[list[str], str | None]:
    """Each page's text and the document's title. A PDF is hostile input to a parser with
    many ways to fail (pypdf raises its own errors, and on broken files TypeError,
    IndexError, RecursionError and more): any failure of the reading is the file's."""
    from pypdf import PdfReader

    try:
        with _time_limit(PDF_MAX_SECONDS):
            reader = PdfReader(str(path))
            if len(reader.pages) > PDF_MAX_PAGES:
                raise FormatError(f"{path}: {len(reader.pages)} page(s), over the limit of {PDF_MAX_PAGES}")
            pages, characters = [], 0
            for page in reader.pages:
                pages.append(page.extract_text() or "")
                characters += len(pages[-1])
                if characters > PDF_MAX_CHARS:
                    raise FormatError(f"{path}: more than {PDF_MAX_CHARS:,} characters of text, over the limit")
            title = reader.metadata.title if reader.metadata and reader.metadata.title else None
    except FormatError:
        raise
    except _PdfTimeout:
        raise FormatError(f"{path}: reading this PDF took longer than {PDF_MAX_SECONDS:g} s, the limit") from None
    except Exception as error:
        if type(error).__name__ == "LimitReachedError":  # pypdf's own limits (a stream that inflates too far)
            raise FormatError(f"{path}: refused, this PDF is over pypdf's limits ({_first_line(error)})") from None
        raise FormatError(f"{path}: not a readable PDF ({type(error).__name__}: {_first_line(error)})") from None
    return pages, title


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else "no message"


class _PdfTimeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _PdfTimeout in the block once ``seconds`` have passed: by SIGALRM in the main
    thread (a worker process of the build runs there too), which stops pypdf even inside one
    page. Elsewhere no timer can interrupt it, and the block runs without one."""
    import signal
    import threading

    if seconds <= 0:
        raise _PdfTimeout
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum, _frame):
        raise _PdfTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _unwrap(block: str) -> str:
    # a line broken inside a word is joined; any other line break inside a paragraph is a
    # space; a word the text layer split with a space is joined back
    from rightsgraph.builders.split_words import rejoin_split_words

    block = re.sub(r"(\w+)-\n(\w+)", _hyphen_at_line_end, block)
    return rejoin_split_words(" ".join(block.split()))


def _hyphen_at_line_end(match: re.Match) -> str:
    """A word broken at a line's end: "recom-/mendations" is one word, the model's vocabulary
    says; "Secretary-/General" and "small-/scale" keep their hyphen."""
    from rightsgraph.builders.split_words import load_model_words

    joined = match.group(1) + match.group(2)
    words = load_model_words()
    return joined if not words or joined in words or joined.lower() in words else f"{match.group(1)}-{match.group(2)}"
