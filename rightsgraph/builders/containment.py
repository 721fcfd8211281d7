"""Which place lies in which, as the article says it: "Hwaseong in North Hamgyong province",
"Geneva, Switzerland", "Xinjiang's capital Urumqi", "Urumqi, the capital of Xinjiang",
"China's Xinjiang region",
"the Rakhine state of Myanmar", "X village in Y township", "the camp is located in X", "X is a
region of Y".

Only a place the article names inside a place or country it names, joined by the parse: a
preposition ("in", "of") on the place's own word, an apposition, a possessive or "of" on a
settlement noun ("capital", "region") said of the place, or a copula or "located" with the
place as subject. Two places in one sentence that the parse does not join are not nested.
"""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.records import Containment

_INNER = ("place",)
_OUTER = ("place", "country")
_WITHIN = ("in", "of", "inside", "within")
_COPULAS = ("be", "lie", "remain")


def find_containments(doc, index: EntityIndex, settlement_nouns: frozenset[str]) -> list[Containment]:
    """Every place the parse puts inside another, once a pair, at its first sentence."""
    found: dict[tuple[str, str], Containment] = {}
    for start, end, key in index.mentions:
        if index.entities[key].kind not in _INNER:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        for outer in _outer_places(index, root, settlement_nouns):
            if outer != key and (key, outer) not in found and (outer, key) not in found:
                found[(key, outer)] = Containment(place=key, within=outer, sentence=index.sentence_of(start))
    return list(found.values())


def _outer_places(index: EntityIndex, root, nouns: frozenset[str]):
    """The places the parse says the place at ``root`` lies in."""
    if root.dep_ == "compound" and root.head.lemma_.lower() in nouns:
        root = root.head  # "X village in Y": the name is parsed as a word of its settlement noun
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in _WITHIN:
            yield from _named(index, child.children, "pobj")  # "Hwaseong in North Hamgyong province"
        elif child.dep_ == "appos":
            yield from _named(index, [child])  # "Geneva, Switzerland"
            if child.lemma_.lower() in nouns:
                yield from _tied(index, child)  # "Urumqi, the capital of Xinjiang"
        elif child.dep_ == "poss":
            yield from _named(index, [child])  # "China's Xinjiang region", "Myanmar's Rakhine"
        elif child.dep_ in ("compound", "nmod") and child.lemma_.lower() in nouns:
            yield from _tied(index, child)  # "Xinjiang's capital Urumqi", parsed with the noun
            yield from _named(index, root.children, "poss")  # or with the name
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in nouns:
        root = root.head.head  # "the town of X": what is said of the town is said of X
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in _WITHIN:
                yield from _named(index, child.children, "pobj")  # "the town of X in Y"
    verb = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and (verb.lemma_ in _COPULAS or verb.lemma_ in ("locate", "situate")):
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _WITHIN:
                yield from _named(index, child.children, "pobj")  # "the camp is located in X"
            elif child.dep_ == "attr" and child.lemma_.lower() in nouns:
                yield from _tied(index, child)  # "X is a region of Y"


def _tied(index: EntityIndex, noun):
    """The place a settlement noun belongs to: its possessive or its "of"/"in"."""
    for child in noun.children:
        if child.dep_ == "poss":
            yield from _named(index, [child])
        elif child.dep_ == "prep" and child.lower_ in _WITHIN:
            yield from _named(index, child.children, "pobj")


def _named(index: EntityIndex, tokens, dep: str | None = None):
    for token in tokens:
        if dep is not None and token.dep_ != dep:
            continue
        key = index.at(token.idx, token.idx + len(token.text))
        if key is not None and index.entities[key].kind in _OUTER:
            yield key


__all__ = ["find_containments"]
