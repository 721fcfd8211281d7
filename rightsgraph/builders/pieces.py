"""A long document read in pieces: where its text is cut, each piece as an article of its own,
what one piece hands the next for resolution, and the piece's records moved back into the
whole document's offsets.

A 300-page report held as one spaCy Doc and one graph takes memory, and time, that grows
faster than its text. Cut at paragraph breaks into pieces of a bounded size, each piece goes
through the model and the builders like an article of a corpus; ``Carried`` is what the
pieces read so far named (the bodies, people, their genders and posts, full names,
acronyms, the country most spoken of), a bounded amount, seeded into the next piece's
resolution so that "the Commission", "the Special Rapporteur" or "she" many pages on is
still the body or person named near the start.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import lru_cache

from rightsgraph.builders.records import Article, Entity, Extraction, PostHolding, Span
from rightsgraph.builders.structure import structure_within

#: The recently named entities seeded into each piece's resolution (and every holder of a
#: post carried), whatever the document's length.
MOST_ENTITIES = 100
#: Full names of people, acronym definitions and genders carried, at most.
MOST_NAMES = 2_000
#: Posts and their holders carried, at most.
MOST_HOLDINGS = 100


def piece_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each piece of at most ``limit`` characters, together the whole text,
    cut after a paragraph break, else a line break, else a sentence end, else a space."""
    bounds = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            for mark in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(mark, start + limit // 2, end)
                if cut != -1:
                    end = cut + len(mark)
                    break
        bounds.append((start, end))
        start = end
    return bounds


def piece_article(article: Article, start: int, end: int) -> Article:
    """The stretch ``start``..``end`` of the article as an article of its own, its offsets
    counted from ``start``: its title and metadata the document's, its masked stretches,
    numbered paragraphs, sections and citations those that fall in it."""
    def inside(span_start: int, span_end: int) -> tuple[int, int] | None:
        low, high = max(span_start, start), min(span_end, end)
        return (low - start, high - start) if low < high else None

    text = article.text[start:end]
    masked = []
    for span in article.masked:
        clipped = inside(span.start, span.end)
        if clipped:
            masked.append(Span(clipped[0], clipped[1], text[clipped[0] : clipped[1]]))
    paragraphs = []
    for paragraph_start, paragraph_end, number in article.paragraphs:
        clipped = inside(paragraph_start, paragraph_end)
        if clipped:
            paragraphs.append((*clipped, number))
    sections, citations = structure_within(article.sections, article.citations, start, end)
    return replace(article, text=text, body_start=min(len(text), max(0, article.body_start - start)),
                   masked=tuple(masked), paragraphs=tuple(paragraphs), sections=sections, citations=citations)


#: Keys the builders make from a character offset: "publication-1234", "action-1234".
_OFFSET_KEY = re.compile(r"^(?P<kind>[a-z]+)-(?P<offset>\d+)$")


def shifted(extraction: Extraction, article: Article, by: int) -> Extraction:
    """A piece's extraction as part of the whole ``article``: every span, and every key made
    from an offset (an event's or an action's), moved ``by`` characters on."""
    keys = {}
    for record in (*extraction.events, *extraction.actions):
        match = _OFFSET_KEY.match(record.key)
        if match:
            keys[record.key] = f"{match.group('kind')}-{int(match.group('offset')) + by}"
    return replace(_moved(extraction, by, keys), article=article)


def _moved(value, by: int, keys: dict[str, str]):
    kind = type(value)
    if kind is Span:
        return Span(value.start + by, value.end + by, value.text)
    if kind is tuple:
        return tuple(_moved(item, by, keys) for item in value) if value and type(value[0]) not in _PLAIN else value
    if kind in _PLAIN or kind is Article or not is_dataclass(value):
        return value
    changes = {}
    for name in _field_names(kind):
        old = getattr(value, name)
        if name == "key" and old in keys:
            new = keys[old]
        elif name == "verb" and type(old) is int:
            new = old + by  # an event's verb, by its offset
        elif type(old) in _PLAIN:
            continue
        else:
            new = _moved(old, by, keys)
        if new is not old:
            changes[name] = new
    return replace(value, **changes) if changes else value


#: What holds no span: a piece's records are mostly these, and are left as they are.
_PLAIN = frozenset((str, int, float, bool, type(None)))


@lru_cache(maxsize=None)
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(kind))


@dataclass
class Carried:
    """What the pieces read so far named, for the resolution of the next: bounded, so that
    it costs each piece the same however far into the document it is."""

    #: the entities named, least recently first, without their mentions (those are written)
    entities: dict[str, Entity] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    #: a person's full name (its name key) and the person's key ("anna lindqvist": "anna-lindqvist")
    full_names: dict[str, str] = field(default_factory=dict)
    #: people in the order named: (entity key, name key)
    persons: list[tuple[str, str]] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)
    #: each state organ named, with its state and city ("police": ("india", None))
    organs: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: how often each country was named, and the order they were first named in (the one most spoken of)
    countries: Counter = field(default_factory=Counter)
    countries_seen: dict[str, int] = field(default_factory=dict)
    holdings: list[PostHolding] = field(default_factory=list)

    def clusters(self, known: dict) -> tuple[dict[str, dict], list[tuple[int, int, str]]]:
        """The carried entities as the resolver's clusters and mentions, each mention at a
        negative offset (before the piece), the most recently named last; ``known`` are the
        domain data's entities by key."""
        clusters, mentions = {}, []
        for number, entity in enumerate(reversed(self.entities.values())):
            start = -2 * (number + 1)
            names = [entity.label, *entity.aliases[:8]]
            info = {"known": known[entity.key]} if entity.key in known else {
                "kind": entity.kind, "org_kind": entity.org_kind, "country": entity.country,
                "located_in": entity.located_in, "wikidata": entity.wikidata, "part_of": entity.part_of,
                "label": entity.label if entity.kind != "person" else None}
            clusters[entity.key] = {"surfaces": [(start, start + 1, name) for name in names],
                                    "info": {name: value for name, value in info.items() if value is not None}}
            mentions.append((start, start + 1, entity.key))
        mentions.sort()
        return clusters, mentions

    def keys(self) -> tuple[str, ...]:
        """The carried entities' keys, the most recently named last."""
        return tuple(self.entities)

    def learn_names(self, full_names: dict[str, str], persons: list[tuple[str, str]], acronyms: dict[str, str],
                    organs: dict[str, tuple[str, str | None]]) -> None:
        """What a piece's resolution knew at its end (the carried names and the piece's own)."""
        self.full_names = _last(full_names, MOST_NAMES)
        self.persons = persons[-MOST_NAMES:]
        self.acronyms = _last(acronyms, MOST_NAMES)
        self.organs = dict(organs)

    def learn_countries(self, counts: Counter, first_seen: dict[str, int]) -> None:
        """A piece's count of each country named, and where it named each first."""
        for key, _start in sorted(first_seen.items(), key=lambda item: item[1]):
            self.countries_seen.setdefault(key, len(self.countries_seen))
        self.countries.update(counts)

    def learn(self, index, holdings: list[PostHolding]) -> None:
        """The entities a piece named (its index at the end), their genders and posts."""
        entities = self.entities
        for key in [key for key in entities if key not in index.entities]:
            del entities[key]  # merged into another in the piece
        named: dict[str, None] = {}
        for _start, _end, key in index.mentions:  # in text order: the last named ends last
            named.pop(key, None)
            named[key] = None
        for key in named:  # each entity copied once, not once a mention
            entities.pop(key, None)
            entities[key] = replace(index.entities[key], mentions=())
        for key in index.carried:
            if key in index.entities and not index.entities[key].mentions:
                entities[key] = index.entities[key]  # not named in the piece: where it was
        seen = {(holding.person, holding.post_key) for holding in holdings}
        self.holdings = ([holding for holding in self.holdings if (holding.person, holding.post_key) not in seen]
                         + holdings)[-MOST_HOLDINGS:]
        holders = {holding.person for holding in self.holdings}
        recent = set(list(entities)[-MOST_ENTITIES:])
        self.entities = {key: entities[key] for key in entities if key in holders or key in recent}
        self.holdings = [holding for holding in self.holdings if holding.person in self.entities]
        persons_named = set(self.full_names.values())  # a set: a look-up in the values took 2,000 steps
        self.genders = _last({**self.genders, **{key: value for key, value in index.genders.items()
                                                 if key in self.entities or key in persons_named}},
                             MOST_NAMES)


def _last(items: dict, most: int) -> dict:
    return dict(list(items.items())[-most:]) if len(items) > most else dict(items)


__all__ = ["Carried", "piece_article", "piece_bounds", "shifted"]
