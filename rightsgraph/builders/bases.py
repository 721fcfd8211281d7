"""Where an organisation is based, as the article says it: "the Kano-based Arewa Women Legal
Aid", "a Geneva-based group, Harbour Watch", "the mechanism, based in Geneva", "Voix des
Collines, which is based in Bunia".

Only what the words join: a place hyphened onto "based" before the organisation's name (or
before the noun the name stands in apposition to), or "based in" a place said of the
organisation by a participle or a copula. An organisation and a place that merely share a
sentence are not related.
"""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.nlp import tokens_of
from rightsgraph.builders.records import Base

_PLACES = ("place", "country")
#: How many words after "X-based" an organisation's name may begin ("the Kano-based women's group Y").
_REACH = 6


def find_bases(doc, index: EntityIndex) -> list[Base]:
    """Every organisation the article places, once a pair, at its first sentence."""
    found: dict[tuple[str, str], Base] = {}
    for token in tokens_of(doc):
        if token.lower_ != "based":
            continue
        pair = _hyphened(doc, token, index) or _based_in(token, index)
        if pair is not None and pair not in found:
            found[pair] = Base(organization=pair[0], place=pair[1], sentence=index.sentence_of(token.idx))
    return list(found.values())


def _key(index: EntityIndex, token, kinds: tuple[str, ...]) -> str | None:
    key = index.at(token.idx, token.idx + len(token.text))
    return key if key is not None and index.entities[key].kind in kinds else None


def _hyphened(doc, based, index: EntityIndex) -> tuple[str, str] | None:
    """"the Kano-based Arewa Women Legal Aid": the place before the hyphen, the organisation after."""
    if based.i < 2 or doc[based.i - 1].text not in ("-", "‐") or doc[based.i - 1].whitespace_:
        return None
    place = _key(index, doc[based.i - 2], _PLACES)
    if place is None:
        return None
    sentence_end = based.sent.end
    for token in doc[based.i + 1 : min(based.i + 1 + _REACH, sentence_end)]:
        organization = _key(index, token, ("organization",))
        if organization is not None:
            return organization, place
        if token.is_punct and token.text not in (",", "’", "'"):
            break
    return None


def _based_in(based, index: EntityIndex) -> tuple[str, str] | None:
    """"the mechanism, based in Geneva", "X, which is based in Bunia", "X is based in Y"."""
    place = next((_key(index, pobj, _PLACES) for prep in based.children if prep.dep_ == "prep" and prep.lower_ == "in"
                  for pobj in prep.children if pobj.dep_ == "pobj"), None)
    if place is None:
        return None
    holder = based.head if based.dep_ in ("acl", "amod") else None
    if holder is None:
        subjects = [child for child in based.children if child.dep_ in ("nsubj", "nsubjpass")]
        holder = subjects[0] if subjects else None
        if holder is not None and holder.tag_ in ("WDT", "WP") and based.dep_ == "relcl":
            holder = based.head  # "X, which is based in Y"
    organization = _key(index, holder, ("organization",)) if holder is not None else None
    return (organization, place) if organization is not None else None
