"""What a name is, told by the words around it rather than by the name itself.

The model types a village an organisation and a witness too; the sentence says "north of
Tal Kayf" and "identified as Nesrin". A news agency is "state news agency KNA", "a WNET
documentary", "told Al Jazeera". These cues hold across the genre; their words are in the
lexicon (``person_nouns``, ``media_nouns_before`` and ``_after``, ``settlement_nouns``,
``spatial_words``).
"""

from __future__ import annotations

from rightsgraph.builders.gazetteer import Gazetteer


#: How many words a list of names may run to on either side of one of them.
_LIST_REACH = 16


class ContextKinds:
    """Reads the kind of a name from its neighbours in the parse."""

    def __init__(self, gazetteer: Gazetteer):
        self.person_nouns = gazetteer.words("person_nouns") | gazetteer.words("person_role_nouns")
        self.media_before = gazetteer.words("media_nouns_before")
        self.media_after = gazetteer.words("media_nouns_after")
        self.settlement_nouns = gazetteer.words("settlement_nouns")
        self.spatial_words = gazetteer.words("spatial_words")
        self.organization_heads = gazetteer.words("organization_heads")
        self.place_nouns = self.settlement_nouns | gazetteer.words("place_nouns")
        self.connectors = {word for connector in gazetteer.words("name_connectors") for word in connector.split()}

    def person(self, span) -> bool:
        """"identified as Nesrin", "a woman named Nadia", "Nesrin, 20,": a person."""
        doc = span.doc
        before = [token.lower_ for token in doc[max(0, span.start - 3) : span.start]]
        if before[-2:] == ["identified", "as"] or before[-3:] == ["identified", "only", "as"]:
            return True
        if len(before) >= 2 and before[-1] in ("named", "called") and before[-2] in self.person_nouns:
            return True
        after = doc[span.end : span.end + 3]
        if len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ",":
            return True
        return self._role_in_apposition(span) or self._subject_of_a_role(span)

    def _subject_of_a_role(self, span) -> bool:
        """"Since X became the president of Y", "X is a lecturer at Y": the subject of a
        copula whose attribute is a person's role is a person."""
        root = span.root
        verb = root.head
        return root.dep_ == "nsubj" and verb.lemma_ in ("be", "become", "remain") and any(
            child.dep_ == "attr" and child.lemma_.lower() in self.person_nouns and child.text.islower()
            for child in verb.children)

    def _role_in_apposition(self, span) -> bool:
        """"Amber Rudd, the work and pensions secretary, said …", "X, spokesperson for the
        office, said": a role in apposition after the name makes it a person's."""
        doc = span.doc
        if span.end + 2 >= len(doc) or doc[span.end].text != ",":
            return False
        if doc[span.end + 1].lower_ in ("the", "a", "an", "its", "their"):
            first = span.end + 2
        elif doc[span.end + 1].lower_ in self.person_nouns and doc[span.end + 1].text.islower():
            first = span.end + 1  # the role with no article before it
        else:
            return False
        for token in doc[first : span.end + 9]:
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return False
            if token.lower_ in self.person_nouns and token.text.islower():
                following = doc[token.i + 1] if token.i + 1 < len(doc) else None
                return following is None or following.is_punct or following.lower_ in ("of", "at", "for", "to", "in", "and", "who")
        return False

    def place(self, span, strong_only: bool = False) -> bool:
        """"north of Tal Kayf", "the region's capital Korla", "the village of …": a place,
        when the name has no word of an organisation's. A bare preposition says nothing ("a
        role in Hamas"); ``strong_only`` (for what the model calls a person) leaves out the
        nouns after a name too ("the Trump camp")."""
        if any(token.text in self.organization_heads for token in span):
            return False
        doc = span.doc
        previous = doc[span.start - 1] if span.start > 0 else None
        if previous is None or span.end < len(doc) and doc[span.end].text in ("’s", "'s"):
            return False  # an owner: "in Amnesty's report" does not place Amnesty
        if previous.lower_ in self.settlement_nouns and previous.text.islower():
            return True
        following = doc[span.end : span.end + 2]
        if len(following) == 2 and following[0].text in ("-", "‐") and following[1].lower_ == "based" and not following[0].whitespace_:
            return True  # "the Kano-based group": where a body is based
        # what the model calls a person is placed by a settlement noun only where the noun ends
        # the phrase: "Kyauk Taw village", not "the Trump camp" or "the Obama town hall"
        ends_phrase = len(following) < 2 or following[1].pos_ not in ("NOUN", "PROPN")
        if (not strong_only or ends_phrase) and len(following) and following[0].text.islower() \
                and following[0].lower_ not in ("camp", "state") and (
                following[0].lower_ in self.settlement_nouns or following[0].lower_.rstrip("s") in self.settlement_nouns
                or following[0].lemma_ in self.settlement_nouns):
            return True  # "the Zabarwan favela", "Tal Kayf village", "Aweil and Gogrial counties"
        if len(following) == 2 and following[0].text == "," and following[1].lower_ == "where":
            return True  # "could not visit Zabarwan, where witnesses say …"
        if previous.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in self.spatial_words:
            return True
        return self._listed_as_places(span)

    def _listed_as_places(self, span) -> bool:
        """A name in a list of places: after "the states of" or "the provinces of" ("the States
        of Mato Grosso do Sul, Bahia and Pará"), or before "were the most dangerous regions"."""
        doc = span.doc
        sentence = span.sent
        start = span.start
        while start > sentence.start and start > span.start - _LIST_REACH and self._in_list(doc[start - 1]):
            start -= 1
        if start - 2 >= sentence.start and doc[start - 1].lower_ == "of":
            if self.plural_place_noun(doc[start - 2]) or doc[start - 2].lower_ in self.place_nouns and doc[start - 2].text.islower():
                return True  # "the provinces of", "the state of"; "the Department of Justice" is no list of places
        end = span.end
        while end < sentence.end and end < span.end + _LIST_REACH and self._in_list(doc[end]):
            end += 1
        if end < sentence.end and doc[end].lemma_ == "be":
            for token in doc[end + 1 : min(sentence.end, end + 6)]:
                if token.pos_ == "VERB":
                    return False  # "were all abducted in the capital": an auxiliary, no copula
                if token.pos_ in ("NOUN", "PROPN"):
                    return token.lemma_.lower() in self.place_nouns and token.text.islower()
        return False

    def plural_place_noun(self, token) -> bool:
        """"states", "provinces", "regions": the plural of a place noun, in any case."""
        word = token.lower_
        return word.endswith("s") and (word[:-1] in self.place_nouns or word.endswith("ies") and word[:-3] + "y" in self.place_nouns)

    def _in_list(self, token) -> bool:
        """A word of a list of names: a capitalised word, a comma, "and", or a connector inside a
        name ("do", "del")."""
        return token.text[:1].isupper() or token.text in (",", "&") or token.lower_ == "and" or token.lower_ in self.connectors

    def media(self, span, telling: bool = True, after: bool = True) -> bool:
        """"state news agency KNA", "newspaper Asharq Today", "a WNET documentary",
        "Outlook magazine", "told Al Jazeera": a news organisation."""
        doc = span.doc
        previous = doc[span.start - 1] if span.start > 0 else None
        following = doc[span.end] if span.end < len(doc) else None
        before = " ".join(token.lower_ for token in doc[max(0, span.start - 2) : span.start])
        if previous is not None and previous.text.islower() and (
            previous.lower_ in self.media_before or before in self.media_before
        ):
            return True
        if after and following is not None and following.lower_ in self.media_after and following.text.islower():
            return True
        if len(span) > 1 and span[-1].lower_ in self.media_after and span[-1].text.islower():
            return True  # the model took the noun into the name: "Outlook magazine"
        if any(token.text in self.organization_heads for token in span):
            return False
        # the object of "told", with nothing after it: "…, the diplomat told Al Jazeera." (only for
        # what the model calls an organisation: people are told things too)
        head = span[-1]
        return telling and previous is not None and previous.lemma_ == "tell" and head.dep_ in ("dobj", "dative") and (
            following is None or following.is_punct or following.lower_ in ("in", "on", "that", "last", "this")
        )


__all__ = ["ContextKinds"]
