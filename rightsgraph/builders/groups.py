"""Groups of people: the Rohingya, Uyghurs, Yazidis, Kurds, "Syrians", "Christian minorities".

They are not organisations (nobody speaks for "the Rohingya") nor places, though the model
types them either way. Four sources of group mentions, all data:

1. the names of ``data/groups.json`` (from the CAMEO and EPR ethnic-group tables, GDELT's
   religion lookups and UN documents); a name that is also a common word or a given name
   ("Karen", "Shan") only beside a group noun or "ethnic";
2. a group's adjective before a group noun ("Kurdish community", "Christian minorities");
3. a country's demonym as a plural noun ("Syrians", "Kazakhs"): the people of that country;
4. what the model calls a nationality, religion or political group (NORP) used as a noun,
   or before a group noun ("Turkic minorities").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rightsgraph.builders.gazetteer import data_file
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.nlp import tokens_of


@dataclass(frozen=True)
class KnownGroup:
    key: str
    label: str
    names: tuple[str, ...]
    kind: str
    countries: tuple[str, ...] = ()
    context_names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupMention:
    """Where a group is named: characters ``start``..``end``, the group's key and label."""

    start: int
    end: int
    key: str
    label: str
    countries: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_groups() -> tuple[tuple[KnownGroup, ...], frozenset[str]]:
    """The groups of the package's data and the nouns that make a word a group's name."""
    data = data_file("groups.json")
    groups = tuple(
        KnownGroup(key=item["key"], label=item["label"], names=tuple(item["names"]), kind=item["kind"],
                   countries=tuple(item.get("countries", ())), context_names=tuple(item.get("context_names", ())),
                   adjectives=tuple(item.get("adjectives", ())))
        for item in data["groups"]
    )
    return groups, frozenset(data["group_nouns"])


class GroupFinder:
    """Finds the groups of people one parsed article names."""

    def __init__(self, nlp, demonyms: dict[str, str], place_names: frozenset[str] = frozenset()):
        from spacy.matcher import PhraseMatcher

        groups, nouns = load_groups()
        self.groups = {group.key: group for group in groups}
        # every word a group goes by, for telling a people's adjective from a name
        self.words = frozenset(word for group in groups for word in (*group.names, *group.context_names, *group.adjectives))
        self.nouns = frozenset(noun.lower() for noun in nouns)
        self.by_case = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.in_context = PhraseMatcher(nlp.vocab, attr="ORTH")
        for group in groups:
            self.by_case.add(group.key, [nlp.make_doc(name) for name in group.names])
            words = [*group.context_names, *group.adjectives]
            if words:
                self.in_context.add(group.key, [nlp.make_doc(word) for word in words])
        # "Syrians" -> syria; a demonym already plural ("Kyrgyz") is left to the list
        self.place_names = place_names
        self.plural_demonyms = {f"{demonym}s": country for demonym, country in demonyms.items()
                                if not demonym.endswith("s") and f"{demonym}s" not in place_names}  # not "Philippines"

    def find(self, doc) -> list[GroupMention]:
        found: list[GroupMention] = []
        vocab = doc.vocab.strings
        for match_id, start, end in self.by_case(doc):
            group = self.groups[vocab[match_id]]
            span = doc[start:end]
            found.append(GroupMention(span.start_char, span.end_char, group.key, group.label, group.countries))
        for match_id, start, end in self.in_context(doc):
            group = self.groups[vocab[match_id]]
            span = self._with_group_noun(doc, start, end)
            if span is not None:
                found.append(GroupMention(span.start_char, span.end_char, group.key, group.label, group.countries))
        for token in tokens_of(doc):
            if token.text[:1].isupper() and fold(token.text) in self.plural_demonyms and token.tag_ in ("NNPS", "NNS"):
                country = self.plural_demonyms[fold(token.text)]
                found.append(GroupMention(token.idx, token.idx + len(token.text), f"{country}-people", token.text, (country,)))
        known = [(mention.start, mention.end) for mention in found]
        for ent in doc.ents:
            if ent.label_ != "NORP":
                continue
            span = self._norp_group(doc, ent)
            if span is not None and not any(start < span.end_char and span.start_char < end for start, end in known):
                label = span.text
                found.append(GroupMention(span.start_char, span.end_char, slug(label), label))
        return found

    def _with_group_noun(self, doc, start: int, end: int):
        """A group's word that is also a common word or a given name counts beside a group noun
        ("Karen villagers") or after "ethnic" ("ethnic Shan")."""
        if start > 0 and doc[start - 1].lower_ == "ethnic":
            return doc[start - 1 : end]
        if end < len(doc) and doc[end].lower_ in self.nouns:
            return doc[start : end + 1]
        return None

    def _norp_group(self, doc, ent):
        """A nationality, religion or people the model found, used as a noun ("Muslims",
        "the Uighurs") or before a group noun ("Turkic minorities"), is a group."""
        span = ent
        while len(span) and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
        if len(span) != 1:
            return None  # "Howard French" is a person the model mistook; a people is one word here
        last = span[-1]
        if fold(span.text) in self.place_names:
            return None  # "a visit to Tajikistan": a country the model took for a people
        if span.end < len(doc) and doc[span.end].lower_ in self.nouns:
            return doc[span.start : span.end + 1]
        # a people used as a noun is plural ("Muslims", "the Uighurs"); one word in the singular
        # ("the Ombudsman") is a title or a place the model mistook, unless the data knows it
        if last.pos_ in ("NOUN", "PROPN") and last.dep_ not in ("compound", "amod") and last.tag_ in ("NNPS", "NNS"):
            return span
        return None


__all__ = ["GroupFinder", "GroupMention", "KnownGroup", "load_groups"]
