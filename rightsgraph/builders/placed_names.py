"""A name the model took for a person that the text only ever places things in: "a strike on a
bus station in Debre Markos", "the women she met in Alta Verapaz, Quiché and Huehuetenango".

People are rarely what something happens *in*; places always are. A name read as a person's
is a place when at least one of its mentions is the object of a locative preposition ("in",
"near", "outside", "around", "across", "throughout", "inside"), directly or as a conjunct of
one, or a conjunct of a place ("Alta Verapaz, Quiché and Huehuetenango"), and nothing the
article says of it is said of a person: it holds no post and no role, no "she" or "he" stands
for it, it is no known person's name, no mention owns something ("in Ana Ruiz's case") and
none is the subject of a verb ("Kenya and Ana Ruiz agreed"). Read after posts and genders,
which are that evidence.
"""

from __future__ import annotations

from dataclasses import replace

from rightsgraph.builders.gazetteer import load_given_names
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.records import PostHolding

#: Prepositions whose object is where something is or happens.
_LOCATIVE = frozenset({"in", "near", "outside", "around", "across", "throughout", "inside"})


def retype_placed_persons(doc, index: EntityIndex, posts: list[PostHolding]) -> None:
    """Make each person the text only places things in a place: those placed by a
    preposition first, then those listed with a place."""
    holders = {holding.person for holding in posts}
    given = load_given_names()
    for placed in (_placed, lambda doc, span: _listed_with_a_place(doc, span, index)):
        for key, entity in sorted(index.entities.items()):
            if entity.kind != "person" or entity.ref or key in holders or key in index.genders:
                continue
            # "Tijjani Musa" opens with a given name: only a preposition before it places it
            test = _after_a_preposition if len(entity.label.split()) > 1 and fold(entity.label.split()[0]) in given else placed
            spans = [doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand") for mention in entity.mentions]
            if any(span is None or _owns(doc, span) or _acts(span) for span in spans) or not any(test(doc, span) for span in spans):
                continue
            place = f"place:{slug(entity.label)}"
            if place not in index.entities:
                index.merge_into(key, replace(entity, key=place, kind="place"))


def _listed_with_a_place(doc, span, index: EntityIndex) -> bool:
    """Whether the mention is a conjunct of a place's or country's mention, or has one as its conjunct."""
    root = span.root
    conjuncts = [token for token in root.conjuncts if token.i not in range(span.start, span.end)]
    for token in conjuncts:
        key = index.at(token.idx, token.idx + len(token.text))
        if key is not None and index.entities[key].kind in ("place", "country"):
            return True
    return False


def _first_listed(span):
    """The mention's head word, or the first of the names it is listed with."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _acts(span) -> bool:
    """Whether the mention, or the first of the names it is listed with, is a verb's subject."""
    return _first_listed(span).dep_ in ("nsubj", "nsubjpass")


def _owns(doc, span) -> bool:
    return span.end < len(doc) and doc[span.end].text in ("’s", "'s", "’", "'")


def _after_a_preposition(doc, span) -> bool:
    return span.start > 0 and doc[span.start - 1].lower_ in _LOCATIVE


def _placed(doc, span) -> bool:
    """Whether the mention is the object of a locative preposition, or a conjunct of one."""
    if _after_a_preposition(doc, span):
        return True
    token = _first_listed(span)
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE
