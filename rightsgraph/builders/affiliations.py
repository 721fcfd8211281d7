"""People named with an organisation or a country and no post: "Ana Ruiz of Amnesty
International said", "Joseph Kamau from Human Rights Watch", "Ms Ingrid Holm of Norway; Ms
Claire Dunn of Australia". The "of" or "from" must follow the person's name (wherever the
parser hangs it: in a list it often hangs on the first name); a post the article names for
the person says more and wins.
"""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.records import Affiliation, PostHolding

_TIES = ("of", "from")
_HOLDERS = ("organization", "country")


def find_affiliations(doc, index: EntityIndex, posts: list[PostHolding]) -> list[Affiliation]:
    """One affiliation per person and holder, at its first sentence, unless a post ties them."""
    held = {(holding.person, holding.organization or holding.country) for holding in posts}
    found: dict[tuple[str, str], Affiliation] = {}
    for start, end, key in index.mentions:
        if index.entities[key].kind != "person":
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        following = doc[span.end] if span.end < len(doc) else None
        for prep in [following] if following is not None else []:
            if prep.dep_ != "prep" or prep.lower_ not in _TIES:
                continue  # the preposition right after the name: "X of Norway and Y from Z" ties Z to Y
            for pobj in prep.children:
                holder = index.at(pobj.idx, pobj.idx + len(pobj.text)) if pobj.dep_ == "pobj" else None
                kind = index.entities[holder].kind if holder else None
                if kind in _HOLDERS and (key, holder) not in held:
                    found.setdefault((key, holder), Affiliation(key, holder, kind, index.sentence_of(start)))
    return list(found.values())


__all__ = ["find_affiliations"]
