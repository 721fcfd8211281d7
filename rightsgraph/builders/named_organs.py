"""A state organ the article names by its own name and by common nouns: "the Haitian National
Police (PNH) … the police", "the Ethiopian National Defense Force … the army". The organ the
common nouns name ("Police of Haiti", read by the organ finder) is the named body: one node,
under the article's name for it, the common nouns kept as its aliases.

A name is such an organ when it ends in one of the organ's specific nouns ("Police",
"Defense Force", "Intelligence Service"; not "forces" or "troops", which armed groups are
named by too: "the Rapid Support Forces") and it is of the organ's state: the state its
words name ("Haitian", "of Haiti"), else, naming none, the state the article is about. Two
names of one organ's kind in one article stay apart from it: which one "the police" is, the
text does not say.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.name_tables import country_name_lookup
from rightsgraph.builders.names import fold
from rightsgraph.builders.org_kinds import OrgKind

#: Organ nouns that name irregular forces as often as a state's ("the Rapid Support Forces").
_GENERIC = frozenset({"forces", "force", "troops", "soldiers", "military", "authorities", "junta", "military junta",
                      "government forces", "government troops"})
#: Organs no body of the state is named for in this way (diplomatic missions are told apart by city).
_UNNAMED = frozenset({"government", "embassy", "consulate"})


def join_named_organs(index: EntityIndex, gazetteer: Gazetteer) -> None:
    """Merge each organ named by common nouns into the one body of its state the article
    names with that organ's noun."""
    heads = _organ_heads(gazetteer)
    state_words = _state_words(gazetteer)
    main = index.main_country()
    named_bodies = {other.key: _state_of(other, state_words) or main for other in index.entities.values()
                    if other.kind == "organization" and other.org_kind != OrgKind.GOVERNMENT
                    and not (other.org_kind == OrgKind.STATE_ORGAN and other.key.endswith(f"-of-{other.country}"))}
    for key, entity in sorted(index.entities.items()):
        if entity.org_kind != OrgKind.STATE_ORGAN or not entity.country:
            continue
        organ = key.removesuffix(f"-of-{entity.country}")
        if organ not in heads:
            continue
        named = [body for body, state in named_bodies.items()
                 if body in index.entities and state == entity.country and _ends_in(index.entities[body].label, heads[organ])]
        if len(named) == 1:
            body = index.entities[named[0]]
            index.merge_into(key, replace(body, org_kind=OrgKind.STATE_ORGAN, country=entity.country))


@lru_cache(maxsize=4)
def _organ_heads(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Each organ's specific nouns, singular and folded ("police", "defense force")."""
    return {organ: frozenset(_singular(noun) for noun in spec["nouns"] if noun not in _GENERIC)
            for organ, spec in gazetteer.lexicon_dict("state_organs").items() if organ not in _UNNAMED}


@lru_cache(maxsize=4)
def _state_words(gazetteer: Gazetteer) -> tuple[tuple[str, str], ...]:
    """Demonyms and names of states, folded, with their keys."""
    return tuple((*gazetteer.country_by_demonym().items(), *country_name_lookup(gazetteer).items()))


def _singular(words: str) -> str:
    return " ".join(word.removesuffix("s") for word in fold(words).split())


def _ends_in(label: str, nouns: set[str]) -> bool:
    words = _singular(label).split()
    return any(" ".join(words[-size:]) in nouns for size in (1, 2, 3) if len(words) > size)


def _state_of(entity, state_words: tuple[tuple[str, str], ...]) -> str | None:
    """The state a body's name names: its country, a demonym or a country's name among its words."""
    if entity.country:
        return entity.country
    folded = f" {fold(entity.label)} "
    for words, country in state_words:
        if f" {words} " in folded:
            return country
    return None
