"""Drafts of one report found at several places joined into one, the author of "a UN
report" read from the body or mechanism the article credits, and the UN document symbols
("A/HRC/52/65") given to the report named nearest them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.names import slug
from rightsgraph.builders.org_kinds import UNITED_NATIONS, OrgKind
from rightsgraph.builders.records import DateValue, PostHolding, Span


@dataclass
class Draft:
    """A report as one place of the text gives it, before drafts of one report are joined."""

    kind: str
    spans: list[Span]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: DateValue | None = None
    about: list[str] = field(default_factory=list)
    addressed_to: list[str] = field(default_factory=list)
    symbol: str | None = None

    @property
    def key(self) -> str:
        if self.title:
            return f"report:{slug(self.title)}"
        author = self.authors[0] if self.authors else "unknown"
        year = self.date.year if self.date and self.date.year else "undated"
        return f"report:{slug(author.split(':')[-1])}-{year}-{self.kind}"


#: Mechanisms whose work is to investigate and report: a "UN report" is theirs when only one is named.
_INVESTIGATING = (OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION, OrgKind.UN_MECHANISM)


def merge_drafts(drafts: list, posts: list[PostHolding], index: EntityIndex, speakers: frozenset[str] = frozenset()) -> list:
    """One draft per report (the report builder's drafts): same key, or an untitled report
    that can only be a titled one.

    "A UN report" is the report of the one UN body or mechanism the article credits with an
    untitled report, when there is exactly one; where it credits none, of the one commission,
    mission or other mechanism the article names, when there is exactly one, else of the one
    UN body or mechanism among ``speakers`` (those the article has say, find or publish something).
    """
    un_parts = {OrgKind.UN_BODY, OrgKind.UN_MECHANISM, OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION}
    specific = [
        draft for draft in drafts
        if not draft.title and draft.authors and draft.authors[0] != UNITED_NATIONS
        and index.entities[draft.authors[0]].org_kind in un_parts
    ]
    if len({draft.key for draft in specific}) == 1:
        for draft in drafts:
            if not draft.title and draft.authors == [UNITED_NATIONS]:
                draft.authors = list(specific[0].authors)
                draft.date = draft.date or specific[0].date
    elif not specific:
        # no report is credited to a body of its own: the one investigating mechanism the
        # article names wrote "the U.N. report" ("a fact-finding mission on X … a U.N. report")
        investigating = {key for key, entity in index.entities.items() if entity.org_kind in _INVESTIGATING}
        speaking = {key for key in speakers if key != UNITED_NATIONS and index.entities[key].org_kind in un_parts}
        credited = investigating if len(investigating) == 1 else speaking
        if len(credited) == 1:
            for draft in drafts:
                if not draft.title and draft.authors == [UNITED_NATIONS]:
                    draft.authors = [next(iter(credited))]
    by_key: dict[str, Draft] = {}
    for draft in drafts:
        existing = by_key.get(draft.key)
        if existing is None:
            by_key[draft.key] = draft
            continue
        existing.spans += draft.spans
        existing.authors = _unique(existing.authors + draft.authors)
        existing.about = _unique(existing.about + draft.about)
        existing.addressed_to = _unique(existing.addressed_to + draft.addressed_to)
        if existing.date is None or (draft.date and draft.date.value and len(draft.date.value) > len(existing.date.value or "")):
            existing.date = draft.date or existing.date
    for draft in by_key.values():
        if UNITED_NATIONS in draft.authors and any(index.entities[key].org_kind in un_parts for key in draft.authors if key != UNITED_NATIONS):
            # "a new report by the UN … the report on findings by its monitoring mission": the mission's
            draft.authors = [key for key in draft.authors if key != UNITED_NATIONS]
    titled = [draft for draft in by_key.values() if draft.title]
    merged = []
    for draft in by_key.values():
        if draft.title or not draft.date or not draft.date.year:
            merged.append(draft)
            continue
        organizations = {holding.person: holding.organization for holding in posts}
        matches = [
            other for other in titled
            if other.date and other.date.year == draft.date.year
            and (set(other.authors) & set(draft.authors) or {organizations.get(author) for author in other.authors} & set(draft.authors))
        ]
        if len(matches) == 1:
            matches[0].spans += draft.spans
            continue
        merged.append(draft)
    return merged


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


_SYMBOL = re.compile(r"(?<![\w/])(?:A|S|E|CCPR|CAT|CRC|CEDAW|CERD)/(?:[A-Z]{1,6}(?:\.\d+)?/)*(?:RES/|L\.|CRP\.)?\d+(?:/(?:L\.|CRP\.|Add\.|Corr\.|Rev\.)?\d+)*(?![\w/])")


def attach_symbols(text: str, drafts: list[Draft]) -> None:
    """A symbol identifies the report named nearest to it in the same stretch of text."""
    for match in _SYMBOL.finditer(text):
        best = None
        for draft in drafts:
            for span in draft.spans:
                distance = min(abs(match.start() - span.end), abs(span.start - match.end()))
                if distance <= 80 and (best is None or distance < best[0]) and draft.symbol is None:
                    best = (distance, draft)
        if best is not None:
            best[1].symbol = match.group(0)


__all__ = ["Draft", "attach_symbols", "merge_drafts"]
