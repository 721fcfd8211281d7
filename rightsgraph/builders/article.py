"""Read an article file into an `Article`: decoded text, title, metadata, masked stretches.

The first non-empty line is the title. A ``Source:`` or ``Based on:`` line gives the URL.
Link labels in brackets ("[official website]", "[JURIST report]") and image credits name
nothing the article says, so they are masked: kept in the text, so offsets stay true,
but never read as entities.
"""

from __future__ import annotations

import re
from pathlib import Path

from rightsgraph.builders.dates import parse_date
from rightsgraph.builders.records import Article, DateValue, Span


#: Files larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 20_000_000
_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]


class ArticleError(ValueError):
    """The input cannot be read as an article."""


_SOURCE_LINE = re.compile(r"^(?:Source|Based on|URL|Original)\s*:\s*(?P<url>\S+)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:Cover image|Image|Photo|Picture|Featured image|Header image|Credit|Photo credit)s?\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A bracketed stretch of at most six words with no sentence inside it is a link label;
# brackets right after a letter ("attack[s]") are an editor's insertion and stay.
_LINK_LABEL = re.compile(r"(?<![^\W\d_])\[(?P<label>[^\[\]\n.;:!?]{1,60})\]")
_LINK_LABEL_MAX_WORDS = 6


#: File name endings read as something other than plain text.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
PDF_SUFFIXES = (".pdf",)
ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES, *MARKDOWN_SUFFIXES, *PDF_SUFFIXES)


def article_from_path(
    path: str | Path,
    *,
    url: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read an article: plain UTF-8 text, or HTML, Markdown or PDF turned into plain text."""
    from rightsgraph.builders import formats

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in PDF_SUFFIXES:
            read_bytes(path, max_bytes)
            converted = formats.from_pdf(path)
        else:
            text = _decoded(path, max_bytes)
            if suffix in HTML_SUFFIXES:
                converted = formats.from_html(text, path.name)
            elif suffix in MARKDOWN_SUFFIXES:
                converted = formats.from_markdown(text, path.name)
            else:
                return article_from_text(text, name=path.name, url=url, date=date, publisher=publisher)
    except formats.FormatError as error:
        raise ArticleError(str(error)) from error
    return article_from_text(
        converted.text, name=path.name, url=url or converted.url,
        date=date or _day_or_none(converted.date), publisher=publisher or converted.publisher,
    )




def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing what is missing, empty or over the size limit."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ArticleError(f"{path}: cannot read file ({error.strerror or error})") from error
    if size > max_bytes:
        raise ArticleError(f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB limit (raise it with --max-size)")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read file ({error.strerror or error})") from error
    if not raw.strip():
        raise ArticleError(f"{path}: empty article, no text in the file")
    return raw


def decode(raw: bytes, name: str) -> str:
    """Text from bytes: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8,
    then Windows-1252 (which also reads Latin-1 text). NUL bytes without a BOM mean binary."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as error:
                raise ArticleError(f"{name}: not valid {encoding} text (byte {error.start})") from error
    if b"\x00" in raw[:4096]:
        raise ArticleError(f"{name}: looks like a binary file, not an article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _decoded(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    return decode(read_bytes(path, max_bytes), str(path))


def _day_or_none(value: str | None) -> str | None:
    return value if value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) else None


def article_from_text(
    text: str,
    *,
    name: str = "article",
    url: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
) -> Article:
    """Make an article from its text; the first non-empty line is the title."""
    title_match = re.search(r"\S[^\n]*", text)
    if title_match is None:
        raise ArticleError(f"{name}: empty article, no title line")
    title = title_match.group(0).strip()
    body_start = title_match.end()
    masked: list[Span] = []

    source = _SOURCE_LINE.search(text, body_start)
    if source and not text[body_start : source.start()].strip():
        url = url or source.group("url")
        masked.append(Span(source.start(), source.end(), source.group(0)))
        body_start = source.end()

    for credit in _CREDIT_LINE.finditer(text, body_start):
        masked.append(Span(credit.start(), credit.end(), credit.group(0)))
    for label in _LINK_LABEL.finditer(text, body_start):
        if len(label.group("label").split()) <= _LINK_LABEL_MAX_WORDS:
            masked.append(Span(label.start(), label.end(), label.group(0)))

    date_value = _dateline_date(text, body_start)
    if date is not None:
        date_value = parse_date(date) or _iso_date(date)
        if date_value is None or date_value.value is None:
            raise ArticleError(f"{name}: --date {date!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return Article(
        text=text,
        title=title,
        name=name,
        body_start=body_start,
        url=url,
        date=date_value,
        publisher=publisher,
        masked=tuple(sorted(set(masked))),
    )


# "GENEVA (27 August 2018) –" or "NEW YORK, 3 March 2022 —": the article dates itself
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,40}(?:\s*\((?P<paren>[^()\n]{6,30})\)|,\s*(?P<comma>[^,\n–—-]{6,30}?))\s*[–—-]")


def _dateline_date(text: str, body_start: int) -> DateValue | None:
    match = _DATELINE.match(text, body_start)
    if match is None:
        return None
    value = parse_date((match.group("paren") or match.group("comma") or "").strip())
    return value if value is not None and value.precision == "day" else None


def _iso_date(value: str) -> DateValue | None:
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        return DateValue(value.strip(), value)
    return None


def masked_text(article: Article) -> str:
    """The article text with masked stretches blanked out, offsets unchanged."""
    chars = list(article.text)
    for span in article.masked:
        for index in range(span.start, span.end):
            if chars[index] not in "\n":
                chars[index] = " "
    return "".join(chars)
