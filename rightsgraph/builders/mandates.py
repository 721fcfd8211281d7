"""Special-procedure mandates named without their holders ("the Special Rapporteur on
torture said"), as UN mechanisms: the registry's mandates under their own names, others
under the article's, and where a registered mandate's name ends in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.org_kinds import HUMAN_RIGHTS_COUNCIL, OrgKind
from rightsgraph.builders.records import PostPhrase

_DETERMINERS = {"the", "a", "an"}


def registered_end(doc, index: int, gazetteer: Gazetteer) -> int:
    """Where the longest mandate of the registry named from token ``index`` on ends, commas and
    all ("Special Rapporteur on torture and other cruel, inhuman or degrading treatment or
    punishment"), else ``index``."""
    start = doc[index].idx
    names = _mandate_names_by_first_word(gazetteer).get(doc[index].lower_, ())
    text = fold(text_of(doc)[start : start + max((len(name) for name in names), default=0) + 1])
    for name in names:  # longest first
        if text.startswith(name) and not text[len(name) : len(name) + 1].isalnum():
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            if span is not None:
                return span.end
    return index


@lru_cache(maxsize=4)
def _mandate_names_by_first_word(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """The registry's mandates' folded names, by their first word, longest first."""
    by_word: dict[str, list[str]] = {}
    for name in _mandates_by_name(gazetteer):
        by_word.setdefault(name.split()[0], []).append(name)
    return {word: tuple(sorted(names, key=len, reverse=True)) for word, names in by_word.items()}


def mandate_labels(text: str, phrase: PostPhrase) -> list[str]:
    """The mandate a post phrase names, or each one a plural names: "the special rapporteurs
    on torture and on freedom of expression" are the rapporteur on torture and the one on
    freedom of expression."""
    if not phrase.plural:
        return [text]
    words = text.split()
    size = len(phrase.head.split())
    singular = " ".join(words[: size - 1] + [words[size - 1][:-1]])  # "special rapporteurs": "special rapporteur"
    complement = " ".join(words[size:])
    parts = [part.strip() for part in re.split(r",?\s+and\s+(?=(?:on|for)\s)|,\s+(?=(?:on|for)\s)", complement) if part.strip()]
    return [f"{singular} {part}" for part in parts]


def add_mandate(index: EntityIndex, label: str, phrase: PostPhrase, gazetteer: Gazetteer) -> None:
    """A mandate named without its holder, as a UN mechanism: the registry's, or one of its own."""
    known = _registered_mandate(label, gazetteer)
    # the article's words with the UN's name: "UN Special Rapporteur on violence against women"
    written = () if phrase.plural else tuple({_without_determiner(phrase.span.text)} - {label})
    if known is not None:
        # "the UN's special rapporteur on torture": the mandate of the registry, under its own name
        index.add_entity(known.key, known.label, phrase.span.start, phrase.span.end, org_kind=OrgKind.UN_MECHANISM,
                         part_of=known.part_of if known.part_of in index.entities else None,
                         aliases=tuple(sorted((set(known.aliases) | {label, *written}) - {known.label})), ref=known.key,
                         wikidata=known.wikidata)
        return
    label = _title_case_head(label, phrase.head)
    key = f"org:{slug(_mandate_key(label, index, phrase))}"
    index.add_entity(key, label, phrase.span.start, phrase.span.end, org_kind=OrgKind.UN_MECHANISM,
                     part_of=HUMAN_RIGHTS_COUNCIL if HUMAN_RIGHTS_COUNCIL in index.entities else None,
                     aliases=tuple(sorted(set(written) - {label})))


def _without_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _registered_mandate(label: str, gazetteer: Gazetteer):
    """The special-procedure mandate of the registry that ``label`` names, if any."""
    return _mandates_by_name(gazetteer).get(fold(label))


@lru_cache(maxsize=4)
def _mandates_by_name(gazetteer: Gazetteer) -> dict:
    """The registry's mandates by each of their folded names, the first entry for a name winning."""
    by_name = {}
    for entry in gazetteer.registry.values():
        if entry.mandate:
            for name in entry.names:
                by_name.setdefault(fold(name), entry)
    return by_name


def _title_case_head(label: str, head: str) -> str:
    """"special rapporteur on minorities" as a name: "Special Rapporteur on minorities"."""
    if label.lower().startswith(head.lower()):
        return head[:1].upper() + " ".join(word[:1].upper() + word[1:] for word in head.split())[1:] + label[len(head):]
    return label


def _mandate_key(label: str, index: EntityIndex, phrase: PostPhrase) -> str:
    key_text = fold(label)
    for start, end, key in index.within(phrase.span.start, phrase.span.end):
        if index.entities[key].kind == "country":
            key_text = key_text.replace(fold(index.doc_text[start:end]), key)
    return key_text
