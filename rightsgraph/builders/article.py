"""Read an article file into an `Article`: decoded text, title, metadata, masked stretches.

The first non-empty line is the title. A ``Source:`` or ``Based on:`` line gives the URL.
Link labels in brackets ("[official website]", "[JURIST report]", two of them set apart by a
semicolon: "[official profile; news archive]") and image credits name
nothing the article says, so they are masked: kept in the text, so offsets stay true,
but never read as entities.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from rightsgraph.builders.dates import parse_date
from rightsgraph.builders.records import Article, DateValue, Span, UNDocument
from rightsgraph.errors import RightsGraphError


#: Files larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 20_000_000
_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]


class ArticleError(RightsGraphError, ValueError):
    """The input cannot be read as an article."""


_SOURCE_LINE = re.compile(r"^(?:Source|Based on|URL|Original)\s*:\s*(?P<url>\S+)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:Cover image|Image|Photo|Picture|Featured image|Header image|Credit|Photo credit)s?\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A bracketed stretch of at most six words with no sentence inside it is a link label;
# brackets right after a letter ("attack[s]") are an editor's insertion and stay.
_LINK_LABEL = re.compile(r"(?<![^\W\d_])\[(?P<label>[^\[\]\n.;:!?]{1,60}(?:; [^\[\]\n.;:!?]{1,60})*)\]")
_LINK_LABEL_MAX_WORDS = 6
#: A footnote mark on a word ("UN experts* today called on …", the experts listed at the end):
#: no part of the word, and no word the parser should read.
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])\*{1,3}(?=[\s,.;:)])")


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
    notes: list[str] | None = None,
) -> Article:
    """Read an article: plain UTF-8 text, or HTML, Markdown or PDF turned into plain text.

    What the reader had to decide (the encoding of a file that is not UTF-8) is appended to
    ``notes``, a line each, for the caller to show.
    """
    from rightsgraph.builders import formats

    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in PDF_SUFFIXES:
            read_bytes(path, max_bytes)
            converted = formats.from_pdf(path)
        else:
            text = _decoded(path, max_bytes, notes)
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
        document=converted.document,
    )


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing what is missing, empty, not a regular file (a FIFO would
    block the build forever) or over the size limit."""
    try:
        status = path.stat()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read file ({error.strerror or error})") from error
    if not stat.S_ISREG(status.st_mode):
        raise ArticleError(f"{path}: not a regular file ({_file_kind(status.st_mode)}), not an article")
    size = status.st_size
    if size > max_bytes:
        raise ArticleError(f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:g} MB limit (raise it with --max-size)")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot read file ({error.strerror or error})") from error
    if not raw.strip():
        raise ArticleError(f"{path}: empty article, no text in the file")
    return raw


def _file_kind(mode: int) -> str:
    kinds = [(stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")]
    return next((name for test, name in kinds if test(mode)), "a special file")


def decode(raw: bytes, name: str, notes: list[str] | None = None) -> str:
    """Text from bytes, decided by evidence, with line breaks that all hold a LF.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); then UTF-8. UTF-8 with a few stray
    bytes (a Windows-1252 apostrophe pasted in) stays UTF-8, the strays read as Windows-1252.
    Anything else goes to charset-normalizer. NUL bytes without a BOM mean binary. When the
    text was not plain UTF-8, a line saying what was chosen is appended to ``notes``.
    """
    return _with_line_feeds(_decoded_text(raw, name, [] if notes is None else notes))


def _decoded_text(raw: bytes, name: str, notes: list[str]) -> str:
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
    text, strays = _utf8_with_strays(raw)
    if text is not None:
        notes.append(f"{name}: UTF-8 except for {strays} byte{'s' if strays > 1 else ''}, read as Windows-1252")
        return text
    encoding = _detected_encoding(raw)
    if encoding is None:
        raise ArticleError(f"{name}: not UTF-8, and no text encoding fits its bytes")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:  # the detector judges from samples of a large file
        raise ArticleError(f"{name}: not UTF-8, and not {encoding} either (byte {error.start})") from error
    notes.append(f"{name}: not UTF-8; decoded as {encoding} (detected)")
    return text


def _utf8_with_strays(raw: bytes) -> tuple[str | None, int]:
    """UTF-8 text whose few undecodable bytes are read one by one as Windows-1252 (Latin-1
    where it has no character): chosen only when the file holds at least as many well-formed
    multi-byte UTF-8 characters as stray bytes, which a legacy-encoded file almost never does."""
    text = raw.decode("utf-8", errors="surrogateescape")
    strays = sum(1 for char in text if "\udc80" <= char <= "\udcff")
    well_formed = sum(1 for char in text if char > "\x7f" and not "\udc80" <= char <= "\udcff")
    if well_formed < strays:
        return None, strays
    return "".join(_stray_character(char) if "\udc80" <= char <= "\udcff" else char for char in text), strays


def _stray_character(char: str) -> str:
    byte = bytes([ord(char) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:
        return byte.decode("latin-1")


def _detected_encoding(raw: bytes) -> str | None:
    """charset-normalizer's choice. Among the encodings it finds equally free of mess,
    Windows-1252 wins (the web's default for Western text); its first choice otherwise."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw))
    if not matches:
        return None
    least = min(match.chaos for match in matches)
    for match in matches:
        if match.chaos == least and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return matches[0].encoding


def _with_line_feeds(text: str) -> str:
    # a lone CR (old Mac files, mixed endings) becomes LF, one character for one, so every
    # offset into the text is still an offset into the file's characters; CRLF holds a LF already
    return re.sub(r"\r(?!\n)", "\n", text) if "\r" in text else text


def _decoded(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, notes: list[str] | None = None) -> str:
    return decode(read_bytes(path, max_bytes), str(path), notes)


def _day_or_none(value: str | None) -> str | None:
    return value if value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) else None


def article_from_text(
    text: str,
    *,
    name: str = "article",
    url: str | None = None,
    date: str | None = None,
    publisher: str | None = None,
    document: UNDocument | None = None,
) -> Article:
    """Make an article from its text; the first non-empty line is the title.

    A UN ``document`` (its cover read by ``un_documents``) has numbered paragraphs: each is
    recorded, and its number masked, so that "57." or "124.108" is never read as a name."""
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
    for mark in _FOOTNOTE_MARK.finditer(text, body_start):
        masked.append(Span(mark.start(), mark.end(), mark.group(0)))
    for label in _LINK_LABEL.finditer(text, body_start):
        if len(label.group("label").split()) <= _LINK_LABEL_MAX_WORDS:
            masked.append(Span(label.start(), label.end(), label.group(0)))

    structure = None
    if document is not None:
        from rightsgraph.builders.structure import structure_of

        structure = structure_of(text, body_start, document)
        masked += [Span(start, end, text[start:end]) for start, end in structure.masked]
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
        document=document,
        paragraphs=structure.paragraphs if structure else (),
        sections=structure.sections if structure else (),
        citations=structure.citations if structure else (),
    )


# "GENEVA (27 August 2018) –", "NEW YORK, 3 March 2022 —" or "UNITED NATIONS (Agency News -
# 14th January, 2020)": the article dates itself
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{2,40}(?:\s*\((?P<paren>[^()\n]{6,60})\)|,\s*(?P<comma>[^,\n–—-]{6,30}?)\s*[–—-])")
#: What stands between a news agency's name and the date in a dateline's brackets.
_AGENCY_BEFORE_DATE = re.compile(r"\s+[-–—/]\s+|,\s+")


def _dateline_date(text: str, body_start: int) -> DateValue | None:
    if _DATELINE.match(text, body_start) is None:
        return _date_line(text, body_start)
    return _dateline_at(text, body_start)


def _dateline_at(text: str, position: int) -> DateValue | None:
    """The day of a dateline opening the line at ``position``, if one does."""
    match = _DATELINE.match(text, position)
    if match is None:
        return None
    words = (match.group("paren") or match.group("comma") or "").strip()
    # the whole bracket, else what follows an agency's name in it ("Agency News - 14th January, 2020")
    for part in [words] + [words[found.end():] for found in _AGENCY_BEFORE_DATE.finditer(words)]:
        value = parse_date(part.strip())
        if value is not None and value.precision == "day":
            return value
    return None


#: A line under the headline that dates the text: "17 March 2016", "Date: 3 March 2023",
#: "19 August 2014, 22:42", the date a dateline opens with ("September 16, 2018 (KHARTOUM) –"),
#: or the place a statement was given in before it ("Dushanbe, 9 December 2022").
_DATE_LINE = re.compile(r"[ \t]*(?:Date(?:d)?:[ \t]*|[A-Z][A-Za-z.'’-]+(?:[ \t][A-Z][A-Za-z.'’-]+){0,2},[ \t]*)?(?P<date>[^\n()–—:]{6,30}?)[ \t]*"
                        r"(?:,[ \t]*\d{1,2}:\d{2}[ \t]*|\([A-Z][A-Za-z .'’-]{1,40}\)[ \t]*[–—-][^\n]*|[–—-][^\n]*)?$",
                        re.MULTILINE)
#: A byline that dates the text in brackets after its publisher: "ESAT News (June 8, 2016)".
_BRACKETED_DATE_LINE = re.compile(r"[ \t]*[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}[ \t]*\((?P<date>[^()\n]{6,30})\)[ \t]*")
#: The weekday a date line may open with ("AFP, Wednesday 4 Feb 2015", "Wed, 04 Feb 2015").
_WEEKDAY = re.compile(r"^(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?[ \t]+")
#: How many lines under the headline (a byline, a place, a subject) the date may stand among.
_DATE_LINES = 6


def _date_line(text: str, body_start: int) -> DateValue | None:
    """The day a line of the text's opening gives, alone or as a field; the first
    paragraph ends the search."""
    position, seen = body_start, 0
    while seen < _DATE_LINES:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if line.strip():
            seen += 1
            match = _DATE_LINE.fullmatch(line) or _BRACKETED_DATE_LINE.fullmatch(line)
            value = parse_date(_WEEKDAY.sub("", match.group("date").strip())) if match else None
            # a dateline opening the first paragraph under a byline or a speaker's line
            value = value or _dateline_at(text, position)
            if value is not None and value.precision == "day":
                return value
            if line.rstrip().endswith((".", "”", '"')) and len(line) > 120:
                return None
        if end >= len(text):
            return None
        position = end + 1
    return None


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
