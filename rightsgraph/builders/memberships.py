"""States and organisations that are members of a body, as the article says it: a copula
("Eritrea is a member of the Human Rights Council", "… became members of the Council") or an
apposition ("Ruritania, a member of the Council, voted against").

A person who is a member holds a post (`posts`); here only a country or an organisation is
the member, and only an organisation the body. The member noun must take the body through its
own "of": two names in one sentence that the parse does not join this way are not members.
"""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.nlp import tokens_of
from rightsgraph.builders.records import Membership

_MEMBERS = ("country", "organization")
_COPULAS = ("be", "become", "remain")


def find_memberships(doc, index: EntityIndex) -> list[Membership]:
    """Every member and body the parse joins through a member noun, once a pair."""
    found: dict[tuple[str, str], Membership] = {}
    for token in tokens_of(doc):
        if token.lemma_.lower() != "member" or token.pos_ != "NOUN":
            continue
        bodies = [key for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for pobj in prep.children if pobj.dep_ == "pobj" for key in _names(index, pobj, ("organization",))]
        if not bodies:
            continue
        for member in _members(index, token):
            for body in bodies:
                if member != body and (member, body) not in found:
                    found[(member, body)] = Membership(member, body, index.sentence_of(token.idx))
    return list(found.values())


def _members(index: EntityIndex, noun) -> list[str]:
    """Who the member noun is said of: the subject of its copula, or the name it is set beside."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ in _COPULAS:
        return [key for child in head.children if child.dep_ == "nsubj" for key in _names(index, child, _MEMBERS)]
    if noun.dep_ == "appos":
        return _names(index, head, _MEMBERS)
    return []


def _names(index: EntityIndex, token, kinds: tuple[str, ...]) -> list[str]:
    """The entities a noun phrase names at its head and its conjuncts ("Chile and Peru")."""
    found = []
    for word in (token, *token.conjuncts):
        key = index.at(word.idx, word.idx + len(word.text))
        if key is not None and index.entities[key].kind in kinds and key not in found:
            found.append(key)
    return found


__all__ = ["find_memberships"]
