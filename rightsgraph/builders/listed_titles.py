"""The post a plural title gives each person listed after it.

"Special Rapporteurs Francisco Ortiz Vela, who …, Morris Tidball-Binz, who …, and Cecilia
Moreno-Diaz called for …": each of the three is a Special Rapporteur. The title is a post
head of the roles data in the plural, standing right before the first name (with the
capitalised words of the title before it: "UN Special Rapporteurs"); the others are the names
the parse lists with the first by apposition or coordination. A mandate head ("Special
Rapporteur", "Independent Expert") gives a mandate, as it does before one name.
"""

from __future__ import annotations

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.records import PostHolding, Span


def listed_under_titles(doc, index: EntityIndex, holdings: list[PostHolding], post_heads: tuple[str, ...],
                        mandate_heads: frozenset[str]) -> list[PostHolding]:
    """A holding for each person a plural title lists, but one who holds a post already."""
    heads = {head.lower(): head for head in post_heads}
    mandates = {head.lower() for head in mandate_heads}
    held = {holding.person for holding in holdings}
    persons = [(start, end, key) for start, end, key in index.mentions if index.entities[key].kind == "person"]
    by_token = {}
    for start, end, key in persons:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            by_token[span.root.i] = key
            by_token.setdefault(span.start, key)
    found: list[PostHolding] = []
    for start, end, key in persons:
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None or first.start < 2:
            continue
        title = _title_before(doc, first.start, heads)
        if title is None:
            continue
        words, head = title
        label = " ".join([token.text for token in words[:-1]] + [words[-1].text[: -len("s")]])
        span = Span(words[0].idx, words[-1].idx + len(words[-1].text), doc[words[0].i : words[-1].i + 1].text)
        listed = [key] + [by_token[token.i] for token in _listed_after(first.root) if token.i in by_token]
        for person in dict.fromkeys(listed):
            if person in held:
                continue
            found.append(PostHolding(person=person, post_key=slug(fold(label)), post_label=label, span=span,
                                     sentence=index.sentence_of(span.start), mandate=head in mandates))
    return found


def _title_before(doc, start: int, heads: dict[str, str]):
    """The title's words right before token ``start`` if they are a post head in the plural."""
    for size in (3, 2, 1):
        words = list(doc[start - size : start]) if start >= size else []
        if not words or not words[-1].text.endswith("s") or any(not token.is_alpha for token in words):
            continue
        singular = " ".join([token.lower_ for token in words[:-1]] + [words[-1].lower_[:-1]])
        if singular in heads:
            before = start - size  # "UN Special Rapporteurs": the capitalised words of the title
            while before > 0 and doc[before - 1].text[:1].isupper() and doc[before - 1].pos_ == "PROPN" \
                    and not doc[before - 1].is_sent_start:
                before -= 1
            return list(doc[before:start]), singular
    return None


def _listed_after(token):
    """The names the parse lists with this one: its appositions and conjuncts, and theirs,
    and a name after it the parse makes a second subject of the same verb ("A, who …, B, who
    …, and C called for …")."""
    siblings = [child for child in token.head.children if child.i > token.i and child.dep_ == token.dep_ == "nsubj"
                and child.pos_ == "PROPN"] if token.head.i != token.i else []
    found, todo = list(siblings), [token, *siblings]
    while todo:
        current = todo.pop()
        for child in current.children:
            if child.dep_ in ("appos", "conj") and child.pos_ == "PROPN" and child not in found:
                found.append(child)
                todo.append(child)
    return found


__all__ = ["listed_under_titles"]
