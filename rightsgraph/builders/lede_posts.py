"""A post named without its holder beside it.

As a news lede names it: "The UN independent investigator into human rights in Myanmar is
calling for … Yanghee Lee said …". A definite, singular post that is the subject of its
sentence, with no one named in that sentence, is held by the person the next sentence names
for the first time.

In full where the holder is named with a shorter name of it: "the United Nations High
Commissioner for Human Rights said …" in an article that names "High Commissioner Volker
Türk" is his post, named in full."""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.post_words import head_words, key_words
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


def held_in_short(phrase: PostPhrase, holdings: list[PostHolding]) -> str | None:
    """The one person holding a post with the same head words whose name says less than this
    one ("High Commissioner" of "United Nations High Commissioner for Human Rights",
    "rapporteur" of "the special rapporteur on freedom of expression")."""
    if phrase.plural:
        return None
    words, head = set(key_words(phrase.span.text)), head_words(phrase.head)
    holders = {holding.person for holding in holdings if set(key_words(holding.post_label)) < words
               and _same_head(head_words(holding.post_label), head)}
    return holders.pop() if len(holders) == 1 else None


def _same_head(short: list[str], full: list[str]) -> bool:
    """Whether a short post's head words end the full one's ("rapporteur", "special rapporteur")."""
    return bool(short) and full[-len(short):] == short


__all__ = ["held_in_short", "named_next"]
