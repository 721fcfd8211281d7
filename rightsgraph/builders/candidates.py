"""The Candidate record: one stretch of text that may name an entity, before resolution; and
the small checks every candidate source and resolution make on where one lies."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Candidate:
    """One stretch of text that may name an entity, before resolution."""

    start: int
    end: int
    # person, organization, country, place, capital, government, organ, mechanism, anaphoric-mechanism,
    # led-government ("the X administration"), context, acronym, group, instrument, case, happening,
    # unknown (a model guess to be retyped)
    kind: str
    source: str
    priority: int
    ref: str | None = None
    org_kind: str | None = None
    country: str | None = None
    mechanism: str | None = None
    gender: str | None = None
    label: str | None = None  # the name a group, instrument or case goes by
    countries: tuple[str, ...] = ()  # a group's countries; the bodies a short form ("the Council") may stand for
    as_place: bool = False  # a diplomatic mission spoken of as where something happened
    city: str | None = None  # the city a diplomatic mission is in

    @property
    def length(self) -> int:
        return self.end - self.start


class Covered:
    """Character offsets already claimed by a mention, for constant-time overlap checks."""

    def __init__(self, spans=()):
        self.offsets: set[int] = set()
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self.offsets.update(range(start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(offset in self.offsets for offset in range(start, end))


def inside_blocked(start: int, end: int, blocked: list[tuple[int, int, bool]]) -> bool | None:
    for block_start, block_end, keep_places in blocked:
        if block_start <= start and end <= block_end:
            return keep_places
    return None


def inside_masked(candidate: Candidate, masked) -> bool:
    return any(span.start <= candidate.start and candidate.end <= span.end for span in masked)


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the strongest, longest candidates; drop any that overlap one already kept.

    The kept ones' characters are looked up (``Covered``) rather than each kept span tried
    in turn, which grew with the square of a piece's names; an empty span, which holds no
    character, is compared as before."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    covered, points = Covered(), []
    for candidate in sorted(candidates, key=lambda item: (-item.priority, -item.length, item.start)):
        start, end = candidate.start, candidate.end
        if start < end:
            if covered.overlaps(start, end) or any(start < point < end for point in points):
                continue
        elif any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
            continue
        chosen.append(candidate)
        taken.append((start, end))
        if start < end:
            covered.add(start, end)
        else:
            points.append(start)
    return sorted(chosen, key=lambda item: item.start)


__all__ = ["Candidate", "Covered", "choose", "inside_blocked", "inside_masked"]
