"""The body a post is held in when a common noun names it: "commission member Ana Ruiz"
after the Commission was named, "the group’s executive director" after an NGO was."""

from __future__ import annotations

from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.org_kinds import UNITED_NATIONS, OrgKind
from rightsgraph.builders.records import PostPhrase


def body_by_head_noun(doc, phrase: PostPhrase, index: EntityIndex, heads: frozenset[str]) -> str | None:
    """ "commission member Ana Ruiz" after "the Commission of Inquiry on Burundi": the body
    named last before the post whose name has the post's common noun."""
    for token in doc[phrase.start : phrase.end]:
        if token.dep_ == "compound" and token.text.islower() and token.lower_ in heads:
            for _start, _end, key in reversed(index.within(0, phrase.span.start)):
                entity = index.entities[key]
                if entity.kind == "organization" and token.lower_ in entity.label.lower().split():
                    return key
    return None


def definite_noun_before(doc, start: int, gazetteer: Gazetteer):
    """The body's common noun in "the group’s", "the Commission’s" right before ``start``."""
    if start < 3 or doc[start - 1].text not in ("’s", "'s") or doc[start - 3].lower_ not in ("the", "this"):
        return None
    noun = doc[start - 2]
    nouns = gazetteer.words("anaphoric_heads") | gazetteer.words("anaphoric_group_nouns")
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.lower_ in nouns else None


def definite_owner(doc, phrase: PostPhrase, index: EntityIndex, gazetteer: Gazetteer) -> str | None:
    """ "the group’s executive director", "the Working Group’s Chairperson-Rapporteur": the
    organisation the noun stands for, named before (an NGO for "the group")."""
    noun = definite_noun_before(doc, phrase.start, gazetteer)
    if noun is None:
        return None
    key = index.at(noun.idx, noun.idx + len(noun.text))
    if key is not None and index.entities[key].kind == "organization":
        return key
    word = noun.lower_
    for _start, _end, key in reversed(index.within(0, noun.idx)):
        entity = index.entities[key]
        if entity.kind == "organization" and key != UNITED_NATIONS and (
                word in entity.label.lower().split() or word in gazetteer.words("anaphoric_group_nouns") and entity.org_kind == OrgKind.NGO):
            return key
    return None


def named_after(doc, phrase: PostPhrase, index: EntityIndex) -> tuple[str, int] | None:
    """ "program coordinator for rights group X", "head of the opposition party X": a post
    phrase ending in a common noun the body's name stands right after, in apposition; the
    body, and where its name ends."""
    last = doc[phrase.end - 1] if phrase.end > phrase.start else None
    if last is None or last.pos_ != "NOUN" or not last.text.islower() or phrase.end >= len(doc) or last.whitespace_ != " ":
        return None
    start = doc[phrase.end].idx
    mention = index.mention_at(start, start + 1)
    if mention is None or mention[0] != start or index.entities[mention[2]].kind != "organization" or mention[2] == UNITED_NATIONS:
        return None
    return mention[2], mention[1]


__all__ = ["body_by_head_noun", "definite_noun_before", "definite_owner", "named_after"]
