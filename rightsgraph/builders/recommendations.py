"""A UN document's recommendations, as findings of its own report with the status "called
for" and the one they ask to act as their addressee.

Three forms are read. A recommendation of the universal periodic review is a numbered
sub-paragraph ("125.29 Fully implement … (Freedonia);"): the state in its closing brackets
recommends it, the state under review (the one the document's title names) is asked. The
document recommends in words, its own or those it reports ("The Commission recommends that
the Government …", "The Special Rapporteur calls on the State party to …", "Amnesty
International recommended that Freedonia …"): whoever is named before the verb recommends
(the document's author when no one is), the first actor named after it is asked. And under a heading of recommendations, "States should: (a) …" asks the subject
of "should", and each lettered item after it asks the same.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.labels import EntityLabels
from rightsgraph.builders.org_kinds import OrgKind
from rightsgraph.builders.records import DOCUMENT_KEY, Article, Finding, Span

# "recommends that", "calls on", "urged": whoever is named before the verb recommends
_CUE = re.compile(r"\b(?P<cue>recommends|recommended|calls (?:up)?on|called (?:up)?on|urges|urged|"
                  r"encourages|encouraged|requests|requested|invites|invited)\b(?= (?:that|the|all|to|[A-Z]))")
_SHOULD = re.compile(r"\b(?:should|must)\b")
_ITEM = re.compile(r"^\(\s?[a-z]{1,4}\s?\)\s+[A-Z]")
_ACTORS = ("organization", "country", "person")


def find_recommendations(article: Article, sentences: list[Span], index: EntityIndex, findings: list[Finding],
                         gazetteer: Gazetteer) -> list[Finding]:
    """The findings with the document's recommendations among them: a sentence that already
    gives a finding keeps what it alleges and becomes called for, with its addressee."""
    document = article.document
    if document is None:
        return findings
    labels = EntityLabels(gazetteer)
    author = _author(index, document.author)
    under_review = _under_review(index, document.title or "")
    by_sentence = {finding.sentence: finding for finding in findings}
    paragraphs = list(article.paragraphs)
    asked: tuple[str, ...] = ()  # the subject of the last "… should:" a lettered item goes on from
    for number, sentence in enumerate(sentences):
        paragraph = _paragraph(paragraphs, sentence.start)
        found = None
        if paragraph is not None and "." in paragraph[2]:
            found = _upr(article.text, paragraph, sentence, index, under_review)
        elif (cue := _CUE.search(sentence.text)) is not None:
            after = sentence.start + cue.end()
            addressees = _actors(index, after, sentence.end)[:1]
            voice = _actors(index, sentence.start, after) or author
            found = ((cue.group("cue"),), tuple(voice), tuple(addressees))
        elif _in_recommendations(article, sentence.start):
            should = _SHOULD.search(sentence.text)
            if should is not None:
                asked = tuple(_actors(index, sentence.start, sentence.start + should.start())[-1:])
                found = ((should.group(0),), tuple(author), asked)
            elif _ITEM.match(sentence.text):
                found = ((), tuple(author), asked)
        if found is None:
            continue
        cues, stated_by, addressees = found
        # a state that recommends or is asked is its government, an actor ("(Freedonia)" is Freedonia's)
        stated_by = [_actor(index, key, labels) for key in stated_by]
        addressees = [_actor(index, key, labels) for key in addressees]
        earlier = by_sentence.get(number)
        base = earlier or Finding(sentence=number)
        by_sentence[number] = replace(base, status="called-for", cues=cues, stated_in=DOCUMENT_KEY,
                                      stated_by=tuple(dict.fromkeys((*stated_by, *base.stated_by))),
                                      addressees=tuple(addressees), denial=False, denies=())
    return [by_sentence[number] for number in sorted(by_sentence)]


def _paragraph(paragraphs: list[tuple[int, int, str]], offset: int) -> tuple[int, int, str] | None:
    from bisect import bisect_right

    at = bisect_right(paragraphs, (offset, float("inf"))) - 1
    return paragraphs[at] if at >= 0 and paragraphs[at][0] <= offset < paragraphs[at][1] else None


def _upr(text: str, paragraph: tuple[int, int, str], sentence: Span, index: EntityIndex,
         under_review: list[str]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A numbered recommendation of the review: the state in its last brackets recommends it."""
    start, end, _number = paragraph
    close = text.rfind(")", start, end)
    open_ = text.rfind("(", start, close) if close != -1 else -1
    while open_ > start and text.count("(", open_, close) < text.count(")", open_, close + 1):
        open_ = text.rfind("(", start, open_)  # "(Bolivia (Plurinational State of))"
    states = [key for key in _actors(index, open_, close + 1) if index.entities[key].kind == "country"] if open_ != -1 else []
    return (), tuple(states[:1]), tuple(under_review[:1])


def _actor(index: EntityIndex, key: str, labels: EntityLabels) -> str:
    """The actor an entity is: a country's government (made, at the country's first mention,
    when the text names none), anyone else as they are."""
    entity = index.entities[key]
    if entity.kind != "country":
        return key
    government = f"government-of-{key}"
    if government not in index.entities and entity.mentions:
        first = entity.mentions[0].span
        index.add_entity(government, f"Government of {labels.with_article(entity.label)}", first.start, first.end,
                         org_kind=OrgKind.GOVERNMENT, country=key)
    return government if government in index.entities else key


def _actors(index: EntityIndex, start: int, end: int) -> list[str]:
    keys = [key for _start, _end, key in index.within(start, end) if index.entities[key].kind in _ACTORS]
    return list(dict.fromkeys(keys))


def _author(index: EntityIndex, author: str | None) -> list[str]:
    if not author:
        return []
    return [entity.key for entity in index.entities.values() if entity.label == author or author in entity.aliases][:1]


def _under_review(index: EntityIndex, title: str) -> list[str]:
    """The country the document's title names (the state a review's recommendations ask)."""
    title = title.replace("’", "'")
    named = [entity for entity in index.entities.values()
             if entity.kind == "country" and entity.label.replace("’", "'") in title]
    return [entity.key for entity in sorted(named, key=lambda entity: -len(entity.label))][:1]


def _in_recommendations(article: Article, offset: int) -> bool:
    """Whether the offset lies in a section whose heading, or one above it, speaks of recommendations."""
    from rightsgraph.builders.sections import section_of

    at = section_of(article.sections, offset)
    while at is not None:
        if "recommendation" in article.sections[at].title.lower():
            return True
        at = article.sections[at].parent
    return False
