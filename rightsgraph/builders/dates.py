"""Find and normalise dates, only as precise as the text.

"11 January 2021" is a day, "late September 2020" a month with the qualifier late, "2014" a
year. A day is never guessed. Relative wording ("on Tuesday", "last month") is resolved only
when the article's own date anchors it, and otherwise kept as text.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from functools import lru_cache

from rightsgraph.builders.records import DateValue, Span

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_QUAL = r"(?:(?P<qual>early|mid|late|end of|beginning of|the end of|the beginning of)[\s-]+)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RELATIVE = r"(?P<relative>(?:earlier |later )?(?:this|last|next) (?:week|month|year)|yesterday|today|last year's)"

# Most specific first: the scanner keeps the leftmost-longest match.
_LAST_DAY = r"(?P<last_day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = [
    # days of one month: "3 to 14 June 2024", "June 3-14, 2024", "September 17 to 27, 2019"
    re.compile(rf"\b{_DAY}\s*(?:[-–—]|to|until)\s*{_LAST_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*(?:[-–—]|to|until|through)\s*{_LAST_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_QUAL}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_QUAL}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_QUAL}{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_QUAL}{_DAY}\s+{_MONTH}\b(?!,?\s+\d)"),
    # "on July 30, in Azerbaijan", not "May 3,000 people"
    re.compile(rf"\b{_QUAL}{_MONTH}\s+{_DAY}\b(?!,?\s+\d)(?!,?\d)"),
    re.compile(rf"(?<![\d,.$£€])\b{_QUAL}{_YEAR}\b(?![\d,.]\d|\s*(?:people|persons|documents|victims|cases|km|%))"),
    re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+{_MONTH}\b(?!\s+\d)"),
    re.compile(rf"\b{_WEEKDAY}\b"),
    re.compile(rf"\b{_RELATIVE}\b", re.IGNORECASE),
]

_QUALIFIERS = {"early": "early", "beginning of": "early", "the beginning of": "early", "mid": "mid",
               "late": "late", "end of": "late", "the end of": "late"}


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def find_dates(text: str, anchor: DateValue | None = None, offset: int = 0) -> Iterator[tuple[Span, DateValue]]:
    """Yield every date expression in ``text`` with its normalised value, left to right.

    ``offset`` is added to the spans, for scanning a slice of a larger text.
    """
    found: list[tuple[int, int, re.Match[str]]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found.append((match.start(), -(match.end() - match.start()), match))
    taken_until = -1
    single: list[tuple[Span, DateValue]] = []
    for start, _negative_length, match in sorted(found, key=lambda item: (item[0], item[1])):
        if start < taken_until:
            continue
        taken_until = match.end()
        single.append((Span(start, match.end(), match.group(0)), _normalise(match, anchor)))
    for span, value in _ranges(text, single):
        yield Span(span.start + offset, span.end + offset, span.text), value


#: What joins the two ends of a range ("2002-2007", "from May 2019 until April 2020",
#: "between 2014 and 2016"), and the word a worded range opens with.
_RANGE_JOIN = re.compile(r"\s*(?:(?P<dash>[-–—])|(?P<word>to|until|till|through|and))\s*")
_RANGE_OPENING = re.compile(r"\b(?P<opening>from|between)\s+$", re.IGNORECASE)


def _ranges(text: str, dates: list[tuple[Span, DateValue]]) -> Iterator[tuple[Span, DateValue]]:
    """The dates, each two that are the ends of one range joined into one value with an end."""
    index = 0
    while index < len(dates):
        span, value = dates[index]
        if index + 1 < len(dates) and _is_range(text, dates[index], dates[index + 1]):
            following, last = dates[index + 1]
            whole = text[span.start : following.end]
            yield Span(span.start, following.end, whole), DateValue(value.value, whole, end=last.value)
            index += 2
            continue
        yield span, value
        index += 1


def _is_range(text: str, first: tuple[Span, DateValue], second: tuple[Span, DateValue]) -> bool:
    """Two calendar dates, the earlier first, joined by a dash (as precise as each other) or
    by "from … to/until" or "between … and"."""
    (span, value), (following, last) = first, second
    join = _RANGE_JOIN.fullmatch(text, span.end, following.start)
    if join is None or not value.value or not last.value or value.value >= last.value or value.qualifier:
        return False
    if join.group("dash"):
        return len(value.value) == len(last.value)
    opening = _RANGE_OPENING.search(text, max(0, span.start - 12), span.start)
    if opening is None:
        return False
    return (opening.group("opening").lower() == "between") == (join.group("word") == "and")


@lru_cache(maxsize=4)
def dates_in(text: str, anchor: DateValue | None = None) -> tuple[tuple[Span, DateValue], ...]:
    """Every date expression in an article's text, found once for the steps that ask."""
    return tuple(find_dates(text, anchor))


def parse_date(text: str, anchor: DateValue | None = None) -> DateValue | None:
    """Normalise one date expression such as ``late September 2020``; None if it is not a date."""
    for span, value in find_dates(text.strip(), anchor):
        if span.start == 0 and span.end == len(text.strip()):
            return value
    return None


def _normalise(match: re.Match[str], anchor: DateValue | None) -> DateValue:
    groups = match.groupdict()
    text = match.group(0)
    qualifier = _QUALIFIERS.get((groups.get("qual") or "").lower())
    year, month, day = groups.get("year"), groups.get("month"), groups.get("day")
    anchor_day = _anchor_day(anchor)
    if year and month and day and groups.get("last_day"):
        first, last = (_iso(int(year), _month_number(month), int(number)) for number in (day, groups["last_day"]))
        return DateValue(first, text, end=last) if first < last else DateValue(first, text)
    if year and month and day:
        return DateValue(_iso(int(year), _month_number(month), int(day)), text, qualifier)
    if year and month:
        return DateValue(f"{int(year):04d}-{_month_number(month):02d}", text, qualifier)
    if year:
        return DateValue(year, text, qualifier)
    if month and anchor is not None and anchor.year:
        # A month without a year belongs to the article's year, or the year before when that
        # month has not come yet at the article's date.
        number = _month_number(month)
        anchor_year = int(anchor.year)
        anchor_month = int(anchor.value[5:7]) if anchor.value and len(anchor.value) >= 7 else 12
        resolved_year = anchor_year if number <= anchor_month else anchor_year - 1
        if day:
            return DateValue(_iso(resolved_year, number, int(day)), text, qualifier)
        return DateValue(f"{resolved_year:04d}-{number:02d}", text, qualifier)
    if groups.get("weekday") and anchor_day is not None:
        # News convention: a bare weekday is the most recent such day on or before publication.
        back = (anchor_day.weekday() - WEEKDAYS.index(groups["weekday"].lower())) % 7
        return DateValue((anchor_day - _dt.timedelta(days=back)).isoformat(), text)
    if groups.get("relative") and anchor is not None and anchor.value:
        return _relative(groups["relative"].lower(), anchor, text)
    return DateValue(None, text, qualifier)


def _relative(phrase: str, anchor: DateValue, text: str) -> DateValue:
    year = int(anchor.value[:4])
    if phrase in ("today",) and anchor.precision == "day":
        return DateValue(anchor.value, text)
    if phrase == "yesterday" and anchor.precision == "day":
        return DateValue((_dt.date.fromisoformat(anchor.value) - _dt.timedelta(days=1)).isoformat(), text)
    if phrase.endswith("year") or phrase == "last year's":
        delta = {"this": 0, "last": -1, "next": 1}[phrase.split()[-2] if phrase != "last year's" else "last"]
        return DateValue(f"{year + delta:04d}", text)
    if phrase.endswith("month") and anchor.precision in ("month", "day"):
        month = int(anchor.value[5:7])
        delta = {"this": 0, "last": -1, "next": 1}[phrase.split()[-2]]
        month += delta
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
        return DateValue(f"{year:04d}-{month:02d}", text)
    return DateValue(None, text)


def _anchor_day(anchor: DateValue | None) -> _dt.date | None:
    if anchor is None or anchor.precision != "day":
        return None
    return _dt.date.fromisoformat(anchor.value)


def _iso(year: int, month: int, day: int) -> str:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:  # "31 February": keep what is certain, the month
        return f"{year:04d}-{month:02d}"
