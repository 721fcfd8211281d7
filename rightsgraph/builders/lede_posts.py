"""A post named before its holder, as a news lede names it: "The UN independent investigator
into human rights in Myanmar is calling for … Yanghee Lee said …". A definite, singular post
that is the subject of its sentence, with no one named in that sentence, is held by the person
the next sentence names for the first time."""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.records import PostHolding, PostPhrase


def named_next(doc, phrase: PostPhrase, index: EntityIndex, holdings: list[PostHolding]) -> str | None:
    """The person the sentence after the post's introduces, if the post is introduced as a lede's is."""
    if phrase.plural or not index.sentences:
        return None
    subject = next((token for token in doc[phrase.start : phrase.end] if token.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.lower_ != "the":
        return None  # "a UN investigator": someone, not the one the next sentence names
    number = index.sentence_of(phrase.span.start)
    if number + 1 >= len(index.sentences):
        return None
    here, after = index.sentences[number], index.sentences[number + 1]
    head = phrase.head.lower()
    if any(head in holding.post_label.lower() for holding in holdings):
        return None  # "The Special Rapporteur urged …" where the article named who holds it
    people = [(start, end, key) for start, end, key in index.within(here.start, after.end) if index.entities[key].kind == "person"]
    if any(start < here.end for start, _end, _key in people):
        return None
    first = next(((start, end, key) for start, end, key in people if after.start <= start), None)
    if first is None or len(text_of(doc)[first[0] : first[1]].split()) < 2 \
            or any(key == first[2] for _start, _end, key in index.within(0, after.start)):
        return None  # introduced in full, and not named before ("Varnholt said" names someone known)
    if any(holding.person == first[2] for holding in holdings):
        return None
    return first[2]


__all__ = ["named_next"]
