"""The EntityIndex: resolved entities and their mentions in text order, where the builders that
come after resolution (posts, roles, reports, violations, events, actions) look names up."""

from __future__ import annotations

import bisect
from itertools import chain
from dataclasses import dataclass, field, replace

from rightsgraph.builders.records import Entity, Mention, Span

#: How many persons back "she" or "he" looks for one known to be of its gender.
_GENDERED_REACH = 3


@dataclass
class EntityIndex:
    """Resolved entities and their mentions in text order, for the builders that come after."""

    entities: dict[str, Entity]
    mentions: list[tuple[int, int, str]]
    sentences: list[Span]
    genders: dict[str, str] = field(default_factory=dict)
    #: The person a sentence follows on from (the last sentence's subject), by its start.
    focus: dict[int, str | None] = field(default_factory=dict)
    _text: str = ""
    _starts: list[int] = field(default_factory=list)
    #: entities named before this text (earlier pieces of a long document), the most recent last
    carried: tuple[str, ...] = ()
    #: the organisation the text speaks for as "we" (``voice.speaking_body``), if any
    voice: str | None = None
    #: the person the text is by, who says "I" outside quotation marks (an end-of-mission
    #: statement's rapporteur: ``headline_documents``), if any
    author: str | None = None

    def __post_init__(self) -> None:
        self.mentions.sort()
        self._reindex()
        self._sentence_starts = [sentence.start for sentence in self.sentences]

    @property
    def doc_text(self) -> str:
        return self._text

    def add_mention(self, start: int, end: int, key: str) -> None:
        """One more mention of a known entity, found after resolution (a post's holder)."""
        entity = self.entities[key]
        span = Span(start, end, self._text[start:end])
        self.entities[key] = replace(entity, mentions=tuple(sorted({*entity.mentions, Mention(span, self.sentence_of(start))}, key=lambda m: m.span)))
        bisect.insort(self.mentions, (start, end, key))
        self._reindex()

    def add_entity(self, key: str, label: str, start: int, end: int, **fields) -> None:
        """An organisation found after resolution (a mandate named without its holder)."""
        if key in self.entities:
            self.add_mention(start, end, key)
            return
        span = Span(start, end, self._text[start:end])
        self.entities[key] = Entity(key=key, kind="organization", label=label, mentions=(Mention(span, self.sentence_of(start)),), **fields)
        bisect.insort(self.mentions, (start, end, key))
        self._reindex()

    def merge_into(self, old: str, new: Entity) -> None:
        """Every mention of ``old`` becomes one of ``new`` (an entity found to be the same
        after resolution), whose aliases gain ``old``'s label and aliases."""
        gone = self.entities.pop(old)
        kept = self.entities.get(new.key, new)
        aliases = sorted({*kept.aliases, *gone.aliases, gone.label} - {kept.label})
        mentions = tuple(sorted({*kept.mentions, *gone.mentions}, key=lambda mention: mention.span))
        self.entities[new.key] = replace(kept, mentions=mentions, aliases=tuple(aliases))
        self.mentions = sorted((start, end, new.key if key == old else key) for start, end, key in self.mentions)
        self._reindex()

    def _reindex(self) -> None:
        self._starts = [start for start, _end, _key in self.mentions]
        self._longest = max((end - start for start, end, _key in self.mentions), default=0)

    def sentence_of(self, offset: int) -> int:
        return sentence_index(self._sentence_starts, offset)

    def at(self, start: int, end: int) -> str | None:
        """The entity of the first mention, in text order, that covers ``start``..``end``."""
        mention = self.mention_at(start, end)
        return mention[2] if mention else None

    def mention_at(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The first mention, in text order, that covers ``start``..``end``."""
        # no mention that starts before end - longest can reach end: look only from there
        low = bisect.bisect_left(self._starts, end - self._longest)
        high = bisect.bisect_right(self._starts, start)
        for mention in self.mentions[low:high]:
            if mention[0] <= start and end <= mention[1]:
                return mention
        return None

    def ending_at(self, end: int, slack: int = 0) -> str | None:
        for mention_start, mention_end, key in self.mentions:
            if end - slack <= mention_end <= end:
                return key
        return None

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        low = bisect.bisect_left(self._starts, start)
        return [mention for mention in self.mentions[low:] if mention[1] <= end and mention[0] < end]

    def last_before(self, offset: int, kinds: tuple[str, ...], gender: str | None = None) -> str | None:
        """The entity of those kinds named last before ``offset``. With a gender ("she"), a
        person known to be of it among the last few named wins over a nearer one whose
        gender the article does not tell; one known to be of the other never matches."""
        high = bisect.bisect_left(self._starts, offset)
        unknown: str | None = None
        seen: list[str] = []
        earlier = (key for key in reversed(self.carried) if key in self.entities)
        for key in chain((key for _start, _end, key in reversed(self.mentions[:high])), earlier):
            entity = self.entities[key]
            if entity.kind in kinds or (entity.org_kind in kinds):
                if not gender:
                    return key
                if key not in seen:
                    seen.append(key)
                known = self.genders.get(key)
                if known == gender:
                    return key
                if known is None and unknown is None:
                    unknown = key
                if len(seen) >= _GENDERED_REACH and unknown is not None:
                    break
        return unknown

    def main_country(self) -> str | None:
        """The country the text names most often, a government's mentions counting for its
        country."""
        counts: dict[str, int] = {}
        for _start, _end, key in self.mentions:
            entity = self.entities[key]
            country = key if entity.kind == "country" else entity.country if entity.org_kind == "government" else None
            if country:
                counts[country] = counts.get(country, 0) + 1
        return max(counts, key=lambda key: counts[key]) if counts else None

    def country_before(self, offset: int) -> str | None:
        """The country its sentence names last before ``offset``, or whose government or
        organ it names last."""
        since = self.sentences[self.sentence_of(offset)].start if self.sentences else 0
        for start, _end, key in reversed(self.within(since, offset)):
            entity = self.entities[key]
            if entity.kind == "country":
                return key
            if entity.org_kind in ("government", "state organ") and entity.country:
                return entity.country
        return None

    def token_mentions(self, doc, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
        """Mentions of the given kinds as token ranges of ``doc``."""
        result = []
        for start, end, key in self.mentions:
            if self.entities[key].kind not in kinds:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                result.append((span.start, span.end, key))
        return result


def sentence_index(starts: list[int], offset: int) -> int:
    """The index of the sentence an offset falls in, given the sentences' start offsets."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


__all__ = ["EntityIndex", "sentence_index"]
