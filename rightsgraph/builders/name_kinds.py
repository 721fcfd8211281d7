"""Rules that tell what kind of thing a title-case name names, from its own words and the words
next to it: a person ("its spokesperson, Grace Achebe", "Pierre de Villiers", "Yasmin
Sooka"), an organisation ("Viasna, a Belarusian human rights group", "Harbour Campaign"), a
happening ("the 2023 Global Refugee Forum"), a place ("Police in Tamil Nadu")."""

from __future__ import annotations

from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.kinds import ContextKinds
from rightsgraph.builders.name_tables import NameTables
from rightsgraph.builders.names import fold
from rightsgraph.builders.org_kinds import OrgKind

NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "van", "von", "der", "le", "la"}


class NameKinds:
    """Reads the kind of a name the model or capitalisation found."""

    def __init__(self, gazetteer: Gazetteer, tables: NameTables, group_words: frozenset[str],
                 nouns: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        self.tables = tables
        self.nouns = nouns  # English common nouns: "Laundries" is the plural of one, "Torres" of none
        self.group_words = group_words  # the words groups of people go by ("Oromo", "Rohingya")
        # words that make a title-case name an organisation's, a happening's or an award's
        self._not_person_words = frozenset().union(*(gazetteer.words(name) for name in (
            "organization_heads", "armed_group_heads", "ngo_heads", "media_heads", "state_organ_heads", "event_heads",
            "award_words")))
        self.context = ContextKinds(gazetteer)
        # the words of post titles ("President", "Minister"), which open no one's name
        self._post_words = frozenset(word.lower() for head in gazetteer.post_heads for word in head.split()) | self._not_person_words

    def placed_by_in(self, doc, span) -> bool:
        """"Police in Tamil Nadu arrested them": what the model calls a person is a place after
        "in", unless it opens with a given name ("trust in Amal Clooney") or owns what follows."""
        if span.start == 0 or doc[span.start - 1].lower_ != "in" or fold(span[0].text) in self.tables.given_names:
            return False
        return span.end == len(doc) or doc[span.end].text not in ("’s", "'s")

    def with_given_name(self, doc, span, kind: str):
        """"Ana Torvik" where the model found "Torvik": a one-word person or organisation
        with a given name just before it is the person's whole name; so is a longer person's
        name with a given name before it that the parse joins to the same head ("Husain Abdul
        Jalil Husain" where the model found "Abdul Jalil Husain")."""
        if kind not in ("person", "organization", "unknown") or span.start == 0 or len(span) > 1 and kind != "person":
            return span
        before = doc[span.start - 1]
        if before.pos_ != "PROPN" or not before.text[:1].isupper() or before.text in self.gazetteer.words("not_names") \
                or before.ent_type_ or not before.whitespace_ or "\n" in before.text_with_ws:
            return span
        if len(span) == 1:
            return doc[span.start - 1 : span.end] if fold(before.text) in self.tables.given_names else span
        # a longer name: the parse joins the word to its head, and it is no title or honorific
        joined = before.dep_ == "compound" and before.head.i in range(span.start, span.end)
        title = before.text in self.gazetteer.honorifics or before.lower_ in self._post_words \
            or before.lower_.removesuffix("s") in self._post_words \
            or fold(before.text) in self.tables.countries or fold(before.text) in self.tables.demonyms
        return doc[span.start - 1 : span.end] if joined and not title else span

    def with_surname(self, doc, span, kind: str):
        """"Marta Quiroga" where the model found a place "Marta": a one-word name that is a given
        name, compounded by the parse onto the capitalised word right after it, is a person's
        name with that word. Returns the span and its kind."""
        if len(span) != 1 or kind == "person" or fold(span[0].text) not in self.tables.given_names or span.end >= len(doc):
            return span, kind
        after = doc[span.end]
        if span[0].dep_ != "compound" or span[0].head.i != after.i or after.pos_ != "PROPN" or not after.text[:1].isupper() \
                or after.ent_type_ not in ("", "PERSON") or not span[0].whitespace_ or fold(after.text) in self.tables.countries \
                or after.text in self._not_person_words or after.lower_ in self.tables.place_nouns:
            return span, kind
        return doc[span.start : span.end + 1], "person"

    def plural_noun(self, token) -> bool:
        """A capitalised plural of a common noun ("Laundries", "Departments"), which ends no
        person's name; a surname the tagger takes for a plural ("Torres") is none."""
        if token.tag_ != "NNPS":
            return False
        word = token.lower_
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
        return singular in self.nouns

    def given_name_first(self, span) -> bool:
        """"Yasmin Sooka", "Amber Rudd": two to four title-case words, no word of an
        organisation's or a place's, the first a given name, name a person."""
        words = [token for token in span if not token.is_punct]
        if not 2 <= len(words) <= 4 or not all(token.text[:1].isupper() and token.pos_ == "PROPN" for token in words):
            return False
        if any(token.text in self._not_person_words or token.lower_ in self.tables.place_nouns for token in words) \
                or self.plural_noun(words[-1]):
            return False  # "Marie Stopes International", "Martin Ennals Award", "the Rosa Laundries"
        if fold(span.text) in self.tables.countries or any(fold(token.text) in self.tables.demonyms for token in words):
            return False
        return fold(words[0].text) in self.tables.given_names

    def happening(self, doc, span) -> bool:
        """A name for something that happens: it ends in a word for a happening ("Summit",
        "War"), or in a word for a body that meets ("Forum", "Congress") right after a year or
        an ordinal ("the 2023 Global Refugee Forum", "the third World Congress")."""
        last = span[-1].text
        if last in self.gazetteer.words("happening_heads"):
            return len(span) >= 2 or span.label_ == "EVENT"
        if last not in self.gazetteer.words("gathering_heads"):
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        determiner = doc[span.start - 2] if span.start > 1 else None
        first = span[0]
        dated = lambda token: token is not None and (token.like_num and len(token.text) == 4 or token.ent_type_ == "ORDINAL")
        # "the 2023 Global Refugee Forum", not "In 2019 Congress passed …"
        return dated(before) and determiner is not None and determiner.pos_ == "DET" or dated(first)

    def appositive_organization(self, doc, span) -> str | None:
        """"Name, a Belarusian human rights group," or "the Belarusian human rights group
        Name" names an organisation: "" when the words say no more, "NGO" when they speak of
        rights, charity or advocacy."""
        nouns = self.gazetteer.words("organization_appositive_nouns")
        words = self._noun_phrase_after(doc, span.end)
        if words is None and span.start > 0 and doc[span.start - 1].text in nouns and doc[span.start - 1].text.islower():
            # "the human rights group Name": the common noun right before the name, and its modifiers
            first = span.start - 1
            while first > 0 and not doc[first - 1].is_punct and doc[first - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
                    and doc[first - 1].lower_ not in ("the", "a", "an"):
                first -= 1
            words = list(doc[first : span.start])
        if not words:
            return None
        return OrgKind.NGO if any(word.text in self.gazetteer.words("ngo_appositive_words") for word in words) else ""

    def _noun_phrase_after(self, doc, index: int) -> list | None:
        """The words of an apposition after a name ("…, a Belarusian human rights group,") that
        ends in an organisation noun, or None."""
        if index + 1 >= len(doc) or doc[index].text != "," or doc[index + 1].lower_ not in ("a", "an", "the"):
            return None
        words = []
        for token in doc[index + 2 : index + 9]:
            if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP", "PRON") and token.lower_ != "-":
                break
            words.append(token)
        if not words or words[-1].text not in self.gazetteer.words("organization_appositive_nouns"):
            return None
        after = words[-1].i + 1
        if after < len(doc) and not (doc[after].is_punct or doc[after].pos_ == "ADP"):
            return None  # "Camp 22, the group said": the subject of the next clause, not an apposition
        return words

    def after_person_role(self, doc, span) -> bool:
        """A short title-case name right after a word for a person's role ("spokesperson",
        "researcher"), with or without a comma between, with no organisation word in it."""
        if len(span) > 4 or any(token.text in self.gazetteer.words("organization_heads") for token in span):
            return False
        if fold(span.text) in self.tables.countries:
            return False
        if not all(token.pos_ == "PROPN" and token.text[:1].isupper() for token in span):
            return False
        before = span.start - 1
        if before >= 0 and doc[before].text == ",":
            before -= 1
        return before >= 0 and doc[before].lower_ in self.gazetteer.words("person_role_nouns")

    def correct_person(self, doc, span):
        # The model splits "Harbour Campaign" into a person "Harbour"; a capitalised
        # organisation word right after a name makes it an organisation.
        end = span.end
        heads = self.gazetteer.words("organization_heads")
        while end < len(doc) and doc[end].text in heads and doc[end].text[:1].isupper():
            end += 1
        if end > span.end:
            return doc[span.start : end], "organization"
        if any(token.text in heads for token in span) or len(span) > 1 and self.plural_noun(span[-1]):
            return span, "organization"  # "several Government Departments": a plural names no one
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.text.islower() and before.pos_ == "NOUN" and (
                before.text.capitalize() in heads or before.text in self.gazetteer.words("anaphoric_group_nouns")):
            return span, "organization"  # "the opposition party Al Wefaq", "rights group Viasna": a body's name
        return span, "person"


def particle_name(span, gazetteer: Gazetteer) -> bool:
    """"Pierre de Villiers": capitalised words joined by a lower-case name particle, with no
    word of an organisation's or a place's, name a person."""
    words = [token for token in span if not token.is_punct]
    if not 3 <= len(words) <= 5 or words[0].lower_ in NAME_PARTICLES or words[-1].lower_ in NAME_PARTICLES:
        return False
    heads = gazetteer.words("organization_heads") | gazetteer.words("place_nouns")
    particles = [token for token in words if token.lower_ in NAME_PARTICLES and token.text.islower()]
    return bool(particles) and all(
        token in particles or token.text[:1].isupper() and token.text not in heads and token.lower_ not in heads for token in words
    )


__all__ = ["NAME_PARTICLES", "NameKinds", "particle_name"]
