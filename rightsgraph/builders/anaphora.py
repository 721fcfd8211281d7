"""A body named again by its head noun: "the Human Rights Council … the council adopted",
"the Committee against Torture … the committee urged", "Human Rights Watch … the group said",
"the Commission of Inquiry on Syria … UN investigators said".

A definite lower-case noun ("the council", "this committee") is the organisation named last
before it whose name has that noun as a word; "the group" or "the organisation" is the
non-governmental organisation, or the body with the word in its name, named last. The nouns are the lexicon's (``anaphoric_heads``,
``anaphoric_group_nouns``). The capitalised forms ("the Council", "the Commission") are read
with the names themselves.
"""

from __future__ import annotations

import re

from rightsgraph.builders.candidates import Covered
from rightsgraph.builders.names import clean_surface
from rightsgraph.builders.org_kinds import OrgKind

#: "UN investigators", "the investigators": the commission or mission named before them.
_INVESTIGATORS = re.compile(r"\b(?:UN|U\.N\.|United Nations|[Tt]he)[ \t]+(?:human[ \t]+rights[ \t]+)?(?P<noun>investigators)\b")
_INQUIRIES = (OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION)
#: "the council", "this committee", "the year-long inquiry", "the 47-member council": one
#: hyphened word may stand between.
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]+(?:[a-z0-9]+-[a-z]+[ \t]+)?(?P<noun>[a-z]+)\b(?![ \t]+of\b)(?![ \t]*-)")


#: "the country" standing for the country named last ("a visit to the country", "in the country").
_THE_COUNTRY = re.compile(r"\b[Tt]he[ \t]+country\b(?![ \t]*(?:’s|'s|-))")


def _add_country_mentions(text: str, clusters: dict, mentions: list[tuple[int, int, str]], kinds: dict) -> None:
    """A mention of the country named last before each "the country"."""
    countries = sorted((start, key) for key, (kind, _org_kind) in kinds.items() if kind == "country"
                       for start, _end, _surface in clusters[key]["surfaces"])
    taken = Covered((start, end) for start, end, _key in mentions)
    for match in _THE_COUNTRY.finditer(text):
        start, end = match.start(), match.end()
        before = [key for named_start, key in countries if named_start < start]
        if before and not taken.overlaps(start, end):
            clusters[before[-1]]["surfaces"].append((start, end, text[start:end]))
            mentions.append((start, end, before[-1]))


def add_head_noun_mentions(text: str, clusters: dict, mentions: list[tuple[int, int, str]], known: dict,
                           heads: frozenset[str], group_nouns: frozenset[str]) -> None:
    """Add, for each definite head noun that stands for a body named before, a mention of it.
    ``known`` are the domain data's entities, by key (a cluster of one holds no kind itself)."""
    def kind_of(key: str, cluster: dict) -> tuple[str | None, str | None]:
        entity = known.get(key)
        return (cluster["info"].get("kind") or (entity.kind if entity else None),
                cluster["info"].get("org_kind") or (entity.org_kind if entity else None))

    kinds = {key: kind_of(key, cluster) for key, cluster in clusters.items()}
    _add_country_mentions(text, clusters, mentions, kinds)
    organizations = [key for key, (kind, _org_kind) in kinds.items() if kind == "organization"]
    named = sorted((start, key) for key in organizations for start, _end, _surface in clusters[key]["surfaces"])
    if not named:
        return
    words_of = {key: set(clean_surface(max((surface for _s, _e, surface in clusters[key]["surfaces"]), key=len)).lower().split())
                | set(known[key].label.lower().split() if key in known else ()) for key in organizations}
    taken = Covered((start, end) for start, end, _key in mentions)
    for match in _INVESTIGATORS.finditer(text):
        start, end = match.start("noun"), match.end("noun")
        inquiry = next((key for named_start, key in reversed(named) if named_start < start and kinds[key][1] in _INQUIRIES), None)
        if inquiry is not None and not taken.overlaps(start, end):
            clusters[inquiry]["surfaces"].append((start, end, text[start:end]))
            mentions.append((start, end, inquiry))
            taken.add(start, end)
    for match in _DEFINITE.finditer(text):
        noun = match.group("noun")
        if noun not in heads and noun not in group_nouns:
            continue
        start, end = match.start("noun"), match.end("noun")
        if taken.overlaps(start, end):
            continue
        for _named_start, key in reversed([item for item in named if item[0] < start]):
            # "the group": an NGO, or a body whose name has the word ("the Working Group on …")
            fits = noun in words_of[key] if noun in heads else kinds[key][1] == OrgKind.NGO or noun in words_of[key]
            if fits:
                clusters[key]["surfaces"].append((start, end, text[start:end]))
                mentions.append((start, end, key))
                taken.add(start, end)
                break


__all__ = ["add_head_noun_mentions"]
