"""People named with an organisation or a country and no post: "Ana Ruiz of Amnesty
International said", "Joseph Kamau from Human Rights Watch", "Ms Ingrid Holm of Norway; Ms
Claire Dunn of Australia", "Human Rights Watch's Ana Ruiz", "Ana Ruiz, for OHCHR, said",
"the UN experts, Ana Ruiz and Luis Condori,", and a nationality an apposition gives ("Ana
Ruiz, a Belarusian blogger,"), and the publisher a byline ends in ("By Ana Ruiz and Luis
Condori, Reuters").

The "of" or "from" must follow the person's name (wherever the parser hangs it: in a list it
often hangs on the first name); a post the article names for the person says more and wins.
"""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.patterns import BYLINE
from rightsgraph.builders.records import Affiliation, PostHolding

_TIES = ("of", "from")
_HOLDERS = ("organization", "country")
#: How far into an apposition a demonym may stand ("a former Colombian prosecutor").
_APPOSITION_WORDS = 8
#: How many names a list in apposition to a body may run to.
_LIST_LENGTH = 12


def find_affiliations(doc, index: EntityIndex, posts: list[PostHolding], demonyms: dict[str, str] | None = None) -> list[Affiliation]:
    """One affiliation per person and holder, at its first sentence, unless a post ties them.
    ``demonyms`` maps folded demonyms to their countries' keys."""
    held = {(holding.person, holder) for holding in posts for holder in (holding.organization or holding.country, holding.country) if holder}
    found: dict[tuple[str, str], Affiliation] = {}

    def add(person: str, holder: str | None, start: int) -> None:
        if holder is None or holder == person or holder not in index.entities:
            return
        kind = index.entities[holder].kind
        if kind in _HOLDERS and (person, holder) not in held:
            found.setdefault((person, holder), Affiliation(person, holder, kind, index.sentence_of(start)))

    for start, end, key in index.mentions:
        if index.entities[key].kind != "person":
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        following = doc[span.end] if span.end < len(doc) else None
        if following is not None and following.dep_ == "prep" and following.lower_ in _TIES:
            # the preposition right after the name: "X of Norway and Y from Z" ties Z to Y
            for pobj in following.children:
                if pobj.dep_ == "pobj":
                    add(key, index.at(pobj.idx, pobj.idx + len(pobj.text)), start)
        if following is not None and following.text == "," and span.end + 1 < len(doc):
            add(key, _speaking_for(doc, span.end + 1, index), start)
            add(key, _nationality(doc, span.end + 1, demonyms or {}), start)
        add(key, _owner_before(doc, span, index), start)
        add(key, _body_in_apposition(span.root, index), start)
    for byline in BYLINE.finditer(doc.text):
        holder = index.at(byline.start("holder"), byline.end("holder"))
        if holder is None or index.entities[holder].kind != "organization":
            continue
        for start, _end, key in index.within(byline.start("names"), byline.end("names")):
            if index.entities[key].kind == "person":
                add(key, holder, start)
    return list(found.values())


def _body_in_apposition(root, index: EntityIndex) -> str | None:
    """ "The UN experts, Ana Ruiz, Luis Condori and Ilse Marend, said": each person listed in
    apposition to the body they make up."""
    token = root
    for _step in range(_LIST_LENGTH):  # up the list, however the parser chains it
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            return None
        head = token.head
        holder = index.at(head.idx, head.idx + len(head.text))
        if token.dep_ == "appos" and holder and index.entities[holder].kind == "organization":
            return holder
        if holder is not None and index.entities[holder].kind != "person":
            return None
        token = head
    return None


def _speaking_for(doc, at: int, index: EntityIndex) -> str | None:
    """ "X, for the OHCHR, said": the organisation a person speaks for."""
    if doc[at].lower_ != "for":
        return None
    for pobj in doc[at].children:
        if pobj.dep_ == "pobj":
            holder = index.at(pobj.idx, pobj.idx + len(pobj.text))
            if holder and index.entities[holder].kind == "organization":
                return holder
    return None


def _nationality(doc, at: int, demonyms: dict[str, str]) -> str | None:
    """ "X, a Belarusian opposition blogger,", "X, one of the experts and a former Colombian
    prosecutor,": the country of the demonym that describes the person in apposition."""
    if doc[at].lower_ not in ("a", "an", "the", "one"):
        return None
    for token in doc[at : at + _APPOSITION_WORDS]:
        if token.is_punct and token.text != "-" or token.pos_ in ("VERB", "AUX"):
            return None
        country = demonyms.get(token.text.lower()) if token.text[:1].isupper() and token.dep_ in ("amod", "compound") else None
        if country:
            return country
    return None


def _owner_before(doc, span, index: EntityIndex) -> str | None:
    """ "Human Rights Watch's Ana Ruiz": the organisation whose possessive names the person."""
    if span.start < 2 or doc[span.start - 1].text not in ("'s", "’s"):
        return None
    owner = doc[span.start - 2]
    holder = index.at(owner.idx, owner.idx + len(owner.text))
    return holder if holder and index.entities[holder].kind == "organization" else None


__all__ = ["find_affiliations"]
