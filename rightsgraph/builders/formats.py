"""Plain text from HTML pages, Markdown and PDF, ready to read as an article.

Every offset in the graph points into the plain text made here, and that text is kept in the
graph on the article node (``schema:text``), so a quote can always be checked against it.
Italics become curly quotes, so that a title set in italics ("*Nowhere to Turn*")
reads as a title, as a quoted one does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


class FormatError(ValueError):
    """The file cannot be turned into article text."""


@dataclass(frozen=True)
class Converted:
    title: str
    body: str
    url: str | None = None
    date: str | None = None
    publisher: str | None = None

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


def from_pdf(path: Path) -> Converted:
    """The text layer of a PDF, lines rejoined into paragraphs."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata and reader.metadata.title else None
    except (PdfReadError, ValueError, KeyError, OSError) as error:
        raise FormatError(f"{path}: not a readable PDF ({error})") from error
    text = "\n\n".join(pages)
    if not text.strip():
        raise FormatError(f"{path}: this PDF has no text layer (a scan?); run OCR first")
    paragraphs = [_unwrap(block) for block in re.split(r"\n\s*\n", text) if block.strip()]
    if not title:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    return Converted(title=" ".join(title.split()), body="\n\n".join(paragraphs))


def _unwrap(block: str) -> str:
    # a line broken inside a word is joined; any other line break inside a paragraph is a space
    block = re.sub(r"(\w)-\n(\w)", r"\1\2", block)
    return " ".join(block.split())
