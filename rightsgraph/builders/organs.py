"""Organs of a state named by common nouns: "the police", "the Kenyan navy", "security
forces", "French intelligence agencies", "Egypt's public prosecutor", "Brazil's top court",
"the government".

These are the perpetrators researchers look for, and no list of names holds them. Each organ
of ``lexicon.json``'s ``state_organs`` has the nouns articles use for it interchangeably
("army", "military", "armed forces", "troops"); a mention is that organ of the state a word
before it names (a demonym, a country, a possessive), or one "of" after it, or else of the
state the sentence or the article is about (the builder decides that last part).
"""

from __future__ import annotations

from dataclasses import dataclass

from rightsgraph.builders.names import fold
from rightsgraph.builders.nlp import tokens_of


@dataclass(frozen=True)
class OrganMention:
    """Where an organ is named: characters ``start``..``end``; ``organ`` its lexicon key, or
    ``government``; ``country`` the state's key when the words name it."""

    start: int
    end: int
    organ: str
    label: str
    country: str | None = None
    place: bool = False  # a diplomatic mission spoken of as a place ("killed in the consulate")
    city: str | None = None  # where a diplomatic mission is ("the Ruritanian Embassy in Strelsau")


class OrganFinder:
    """Finds the state organs one parsed article names by common nouns."""

    def __init__(self, lexicon: dict, country_names: dict[str, str], demonyms: dict[str, str]):
        self.organs: dict[tuple[str, ...], tuple[str, str]] = {}
        for key, organ in lexicon["state_organs"].items():
            for noun in organ["nouns"]:
                self.organs[tuple(noun.lower().split())] = (key, organ["label"])
        self.longest = max(len(words) for words in self.organs)
        self.first_words = frozenset(words[0] for words in self.organs)
        self.modifiers = frozenset(word.lower() for word in lexicon["state_organ_modifiers"])
        self.missions = frozenset(lexicon["diplomatic_mission_nouns"])
        self.speaking_nouns = frozenset(lexicon["organ_speaking_nouns"])
        self.blockers = frozenset(word.lower() for word in lexicon["state_organ_blockers"])
        self.name_heads = frozenset(word for heads in ("organization_heads", "armed_group_heads", "state_force_heads",
                                                       "country_named_organ_heads") for word in lexicon[heads])
        self.country_names = country_names
        self.demonyms = demonyms

    def find(self, doc) -> list[OrganMention]:
        found: list[OrganMention] = []
        tokens = tokens_of(doc)
        firsts = self.first_words
        index = 0
        while index < len(tokens):
            if tokens[index].lower_ not in firsts:
                index += 1
                continue
            match = self._organ_at(tokens, index)
            if match is None:
                index += 1
                continue
            organ, label, length = match
            last = tokens[index + length - 1]
            if self._modifier(last, length) or organ == "government" and (
                last.dep_ == "compound" and last.head.lemma_.lower() not in self.speaking_nouns
                or last.tag_ == "NNS" and last.lower_ == "governments"
            ):
                index += length  # "military operations", "government employees": not the organ itself ("government spokesman" is)
                continue
            if self._blocked(tokens, index, length, organ):
                index += length  # "UN peacekeeping troops", "rebel troops", "the administration of justice"
                continue
            start, country = self._country_before(tokens, index)
            if self._inside_a_name(tokens, index if country is None else start, tokens[index]) \
                    or self._opens_a_name(tokens, index + length):
                index += length  # "the Delta Liberation Army", "the Free Syrian Army": a name of its own
                continue
            end = index + length
            if country is None:
                country, end = self._country_after(tokens, end)
            place, city = False, None
            if organ in self.missions:
                city = self._mission_city(doc, end)
                place = self._spoken_of_as_place(tokens, start)
            span = doc[start:end]
            found.append(OrganMention(span.start_char, span.end_char, organ, label, country, place, city))
            index = end
        return found

    def _organ_at(self, tokens: list, index: int) -> tuple[str, str, int] | None:
        for length in range(min(self.longest, len(tokens) - index), 0, -1):
            words = tuple(token.lower_ for token in tokens[index : index + length])
            if words in self.organs:
                if length == 1 and index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper() and tokens[index].text[:1].isupper():
                    return None  # "Police Scotland", "Army Day": part of a longer name
                key, label = self.organs[words]
                return key, label, length
        return None

    def _blocked(self, tokens: list, index: int, length: int, organ: str = "") -> bool:
        """Words that make an organ noun no state's: a modifier before it that says whose it is
        not ("rebel troops", "UN peacekeeping troops", "the party congress", "child soldiers"),
        a name other than a state's before a force ("ISIS soldiers"; "the Biden administration" is
        the government's), or "of" and a common noun after it
        ("the administration of justice")."""
        before = tokens[max(0, index - 3) : index]
        if any(token.lower_ in self.blockers for token in before if not token.is_punct):
            return True
        previous = tokens[index - 1] if index > 0 else None
        if organ != "government" and previous is not None and previous.pos_ in ("PROPN", "NOUN") \
                and previous.text[:1].isupper() and not previous.is_sent_start \
                and self._country_before(tokens, index)[1] is None:
            return True  # "ISIS soldiers", "Wagner troops": the named body's, not a state's
        end = index + length
        return end + 1 < len(tokens) and tokens[end].lower_ == "of" and tokens[end + 1].text.islower() \
            and tokens[end + 1].lower_ not in ("the", "a", "an")

    def _modifier(self, token, length: int) -> bool:
        """"military operations", "military service": a word describing a noun, not the organ;
        "a police crackdown" names the police (a determiner before the compound), and so does
        a spokesman's or an official's title ("foreign ministry spokesman X")."""
        if token.pos_ in ("NOUN", "PROPN"):
            if token.dep_ == "conj" and token.head.dep_ in ("compound", "nmod") and token.head.head.i > token.i:
                return True  # "NGO and embassy employees": listed with a word describing the noun after them
            first = token.doc[token.i - length + 1]
            if token.dep_ != "compound" or token.head.lemma_.lower() in self.speaking_nouns \
                    or all(word.text[:1].isupper() for word in token.doc[first.i : token.i + 1]) and not first.is_sent_start:
                return False  # "Supreme Court rulings": the court's name, in capitals, before what it did
            before = token.doc[first.i - 1] if first.i > 0 else None
            return not (before is not None and (before.pos_ == "DET" or before.text in ("’s", "'s")))
        if token.pos_ != "ADJ" or length > 1:
            return True
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and following.text.isalpha() and following.pos_ in ("NOUN", "PROPN")

    def _opens_a_name(self, tokens: list, end: int) -> bool:
        """A capitalised organ noun before a body's capitalised head word opens a name of its
        own: "the Border Police Force", "the Armed Police Force"."""
        last = tokens[end - 1]
        return end < len(tokens) and last.text[:1].isupper() and tokens[end].text in self.name_heads \
            and last.head.i == tokens[end].i

    @staticmethod
    def _inside_a_name(tokens: list, start: int, noun) -> bool:
        """A capitalised organ noun after another capitalised word (before the state's name, if
        any) ends a name of its own."""
        if not noun.text[:1].isupper() or start == 0:
            return False
        previous = tokens[start - 1]
        return previous.text[:1].isupper() and previous.pos_ in ("PROPN", "ADJ", "NOUN") and not previous.is_sent_start

    def _country_before(self, tokens: list, index: int) -> tuple[int, str | None]:
        """Where the mention starts and the state the words before the organ name: "the
        Kenyan navy", "Egypt's public prosecutor", "French intelligence agencies"."""
        start = index
        while start > 0 and tokens[start - 1].lower_ in self.modifiers and (
                tokens[start - 1].text.islower() or tokens[start - 1].is_sent_start):
            start -= 1  # "the ruling military junta", "Armed soldiers arrested …" opening a sentence
        position = start
        if position > 0 and tokens[position - 1].text in ("’s", "'s", "’"):
            position -= 1
        for width in (4, 3, 2, 1):
            if position - width < 0:
                continue
            words = tokens[position - width : position]
            if any(token.is_space or token.is_punct and token.text not in (".", "-") for token in words):
                continue
            folded = fold(" ".join(token.text for token in words))
            country = self.country_names.get(folded) or self.demonyms.get(folded)
            if country is None and len(words) == 1:
                country = self.country_names.get(folded.replace(".", "")) if "." in folded else None
            if country:
                return position - width, country
        return start, None

    def _country_after(self, tokens: list, end: int) -> tuple[str | None, int]:
        """"the army of Myanmar": the state after "of"."""
        if end + 1 >= len(tokens) or tokens[end].lower_ != "of":
            return None, end
        for width in (7, 6, 5, 4, 3, 2, 1):  # "of the Democratic Republic of the Congo"
            words = tokens[end + 1 : end + 1 + width]
            if len(words) < width:
                continue
            folded = fold(" ".join(token.text for token in words))
            if folded.startswith("the "):
                folded = folded[4:]
            if folded in self.country_names:
                return self.country_names[folded], end + 1 + width
        return None, end

    @staticmethod
    def _mission_city(doc, end: int) -> str | None:
        """"the Ruritanian Embassy in Strelsau": the city a mission is in tells it from the
        state's others (the city keeps its own mention); "the embassy in March" has no city."""
        if end + 1 < len(doc) and doc[end].lower_ == "in" and doc[end + 1].text[:1].isupper() \
                and doc[end + 1].ent_type_ in ("GPE", "LOC", "FAC"):
            last = end + 2
            while last < len(doc) and doc[last].ent_type_ == doc[end + 1].ent_type_ and doc[last].ent_iob_ == "I":
                last += 1
            return doc[end + 1 : last].text
        return None

    def _spoken_of_as_place(self, tokens: list, start: int) -> bool:
        """"killed in the consulate", "murdered at the Saudi consulate": where something
        happened; "a counsellor at the embassy": who works there, the organ."""
        position = start - 1
        if position >= 0 and tokens[position].lower_ in ("the", "a", "an", "its", "their"):
            position -= 1
        if position < 0 or tokens[position].lower_ not in ("in", "at", "inside", "outside", "into", "near", "to"):
            return False
        # the preposition hangs on a verb ("killed in"), not on a person's role ("counsellor at")
        return tokens[position].head.pos_ in ("VERB", "AUX")


__all__ = ["OrganFinder", "OrganMention"]
