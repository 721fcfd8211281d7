"""Posts named by any noun: in apposition to a person or after a copula, with the body or
country they are held in.

The post finder knows the genre's post words (Special Rapporteur, High Commissioner,
minister …). People also hold posts no list has: "Menon, a lecturer at the Helsinki
institute", "X is the spokesperson of OHCHR", "Y, a Washington Post columnist", "Z serves as
chief economist at the World Bank". A noun in apposition to a person's name, the attribute
of "be" or "become" with the person as subject, or the object of "serve/work as" is such a
post when it is tied through "of", "at", "for", "in", "with" or "to", a compound or a
possessive to an organisation or country the article names. A role tied to nothing named
("a critic", "a mother of two") is no post.
"""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.records import PostHolding, Span

_TIES = ("of", "at", "for", "in", "with", "to")
_COPULAS = ("be", "become", "remain")
_SERVE = ("serve", "work", "act")
_HOLDERS = ("organization", "country")


def find_roles(doc, index: EntityIndex, holdings: list[PostHolding],
               not_post_nouns: frozenset[str] = frozenset()) -> list[PostHolding]:
    """Posts of any noun, for the people the article names; one a post phrase already gave is
    not given twice. A noun for a place or a document is no post: "X, a diplomat at the embassy
    in Doha, the capital of Qatar," says what Doha is, and "… including President X, a UN
    report said" who said it, though the parser hangs either on the person."""
    taken = [(holding.span.start, holding.span.end) for holding in holdings]
    found: dict[tuple[str, str], PostHolding] = {}
    for start, end, key in index.mentions:
        if index.entities[key].kind != "person":
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for noun in _role_nouns(span.root, index):
            if noun.lemma_.lower() in not_post_nouns:
                continue
            holding = _holding(doc, index, key, noun)
            if holding is None or any(a < holding.span.end and holding.span.start < b for a, b in taken):
                continue
            found.setdefault((holding.person, holding.post_key), holding)
    return list(found.values())


def _role_nouns(head, index: EntityIndex):
    """Common nouns said of the person: in apposition (after the name or before it), or after
    a copula or "serve as"."""
    first = head
    # up a list of names, which the parser may join by apposition too ("A, B, C and D are …")
    while (first.dep_ == "conj" or first.dep_ == "appos" and first.pos_ == "PROPN" and first.head.pos_ == "PROPN") \
            and first.head.i != first.i:
        first = first.head
    if first.dep_ == "appos" and first.head.tag_ == "NNS" and first.head.i < first.i \
            and index.at(first.head.idx, first.head.idx + len(first.head.text)) is None:
        yield first.head  # "Reuters journalists A and B": each holds the post; "the UN experts, A and B" are a body's
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            yield child
            # "X, a critic and Washington Post columnist,": each noun of the apposition
            yield from (conjunct for conjunct in child.conjuncts if conjunct.pos_ == "NOUN")
    # "the Chinese government's top diplomat, Wang Lei,": the singular noun the name is set
    # after ("the UN experts, A, B and C" are members of a body, not each a post)
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.tag_ == "NN" and head.head.i < head.i:
        yield head.head
    elif head.dep_ in ("npadvmod", "dep", "appos") and head.left_edge.i >= 2 and head.doc[head.left_edge.i - 1].text == ",":
        noun = head.doc[head.left_edge.i - 2]
        if noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.right_edge.i == noun.i:
            yield noun  # the same, where the parser hung the name on the verb
    verb = first.head  # "A, B and C are members of …": each of the subjects
    if first.dep_ == "nsubj" and verb.lemma_ in _COPULAS:
        for child in verb.children:
            if child.dep_ == "attr" and child.pos_ == "NOUN":
                yield child
                yield from _said_again(child)
    if head.dep_ == "nsubj" and verb.lemma_ in _SERVE:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                yield from (child for child in prep.children if child.dep_ == "pobj" and child.pos_ == "NOUN")


def _said_again(noun):
    """ "campaigners who are members of the Brotherhood": the role a relative clause's copula
    gives the people a noun is said of."""
    for clause in noun.children:
        if clause.dep_ == "relcl" and clause.lemma_ in _COPULAS and any(
                child.dep_ == "nsubj" and child.tag_ in ("WP", "WDT") for child in clause.children):
            yield from (child for child in clause.children if child.dep_ == "attr" and child.pos_ == "NOUN")


def _holding(doc, index: EntityIndex, person: str, noun) -> PostHolding | None:
    """The post a role noun names, if it is tied to an organisation or country."""
    holder, end = None, noun.i + 1
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _TIES:
            for pobj in child.children:
                key = _named(index, pobj)
                if pobj.dep_ == "pobj" and key is not None:
                    holder, end = key, _mention_end(doc, index, pobj)
                    break
        if holder is not None:
            break
    start = noun.i
    for child in noun.lefts:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            if holder is None and child.dep_ in ("compound", "poss", "nmod"):
                holder = _named(index, child)  # "a US-based Washington Post columnist": the paper, after the adjective
            start = min(start, child.left_edge.i)
    if holder is None or holder == person:
        return None
    words = doc[start:end]
    joined = [token.i for token in doc[start : noun.i] if token.dep_ == "cc"]
    if joined:
        words = doc[joined[-1] + 1 : end]  # "a critic and Washington Post columnist": the post is the second noun's
    while len(words) and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    # each of the "Reuters journalists", of the "members of the movement", is one
    label = "".join((token.lemma_ if token.i == noun.i and noun.tag_ == "NNS" else token.text) + token.whitespace_
                    for token in words).strip()
    label = " ".join(label.split())
    key_text = fold(label)
    entity = index.entities[holder]
    for surface in sorted({fold(text_of(doc)[s:e]) for s, e, k in index.mentions if k == holder}, key=len, reverse=True):
        key_text = key_text.replace(surface, holder)
    return PostHolding(
        person=person,
        post_key=slug(key_text),
        post_label=label,
        span=Span(words.start_char, words.end_char, words.text),
        sentence=index.sentence_of(noun.idx),
        organization=holder if entity.kind == "organization" else None,
        country=holder if entity.kind == "country" else None,
    )


def _named(index: EntityIndex, token) -> str | None:
    key = index.at(token.idx, token.idx + len(token.text))
    return key if key is not None and index.entities[key].kind in _HOLDERS else None


def _mention_end(doc, index: EntityIndex, token) -> int:
    """The token after the end of the mention the token is in."""
    for start, end, key in index.mentions:
        if start <= token.idx < end:
            span = doc.char_span(start, end, alignment_mode="expand")
            return span.end if span is not None else token.i + 1
    return token.i + 1


__all__ = ["find_roles"]
