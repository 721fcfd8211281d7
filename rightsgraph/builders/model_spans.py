"""Candidates from the statistical model's entity spans, for the people and organisations no
list knows: each span trimmed, cut at a post title or a line break, extended to the name the
words license ("Washington DC", "Time magazine"), and retyped by what stands around it."""

from __future__ import annotations

from spacy.tokens import Span

from rightsgraph.builders.candidates import Candidate, inside_blocked
from rightsgraph.builders.extents import (NAME_CONJUNCTIONS, cut_trailing_adjectives, extend_left, extend_over_joints,
                                          extend_right, extend_to_surname, split_at_breaks, split_coordination)
from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.name_kinds import NAME_PARTICLES, NameKinds, particle_name
from rightsgraph.builders.name_tables import NameTables
from rightsgraph.builders.names import clean_surface, fold, slug
from rightsgraph.builders.org_kinds import OrgKind

_MODEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": None,
                # the model's guesses for names it cannot place ("Camp 15" an event, a person
                # after a post title a work of art): kept when the words around them say more
                "EVENT": "unknown", "WORK_OF_ART": "unknown", "PRODUCT": "unknown"}


class ModelSpans:
    """Turns the model's spans into candidates."""

    def __init__(self, gazetteer: Gazetteer, tables: NameTables, kinds: NameKinds):
        self.gazetteer = gazetteer
        self.tables = tables
        self.kinds = kinds
        # words that end a heading, not a person's name: "Farid Haddad European countries"
        self._adjectives = frozenset(self.tables.demonyms) | {word.lower() for word in gazetteer.words("regional_adjectives")}

    def find(self, doc, blocked: list[tuple[int, int, bool]]) -> list[Candidate]:
        """A candidate for each piece of each of the model's spans that still names something."""
        found = []
        heads = self.gazetteer.words("organization_heads")
        # the words the model calls a person when they stand alone: "Verlaine said"
        self._surnames = frozenset(ent.text for ent in doc.ents if ent.label_ == "PERSON" and " " not in ent.text)
        self._lower_surnames = frozenset(word.lower() for word in self._surnames)
        for ent in _joined_names(doc):
            kind = _MODEL_KINDS.get(ent.label_)
            if kind is None or kind == "person" and ent[-1].text.isdigit():
                continue  # "Agenda Item 4", "Article 7": a numbered thing, no one's name
            span = _trim(ent)
            if span is None:
                continue
            for piece in split_at_breaks(span):
                parts = split_coordination(piece, heads) if kind == "organization" else [piece]
                for part in parts:
                    candidate = self._model_candidate(doc, part, kind, blocked)
                    if candidate is not None:
                        found.append(candidate)
        return found

    def _model_candidate(self, doc, span, kind: str, blocked: list[tuple[int, int, bool]]) -> Candidate | None:
        """One span of the model's, cut and extended to the name the words license, and
        typed by what stands around it."""
        not_names = self.gazetteer.words("not_names")
        span, kind = _cut_leading_post(doc, span, kind, blocked)
        if span is None:
            return None
        span, kind = self.kinds.with_surname(doc, span, kind)
        extended = self.kinds.with_given_name(doc, span, kind)
        if kind == "person":
            extended = extend_to_surname(extended, self._lower_surnames, NAME_PARTICLES)
        if not any(not keep_places and start <= extended.start_char < end for start, end, keep_places in blocked):
            span = extended  # not a word of a post before the name ("… Against Women Dubravka Simonovic")
        connectors = self.gazetteer.words("name_connectors")
        longer = extend_over_joints(span, connectors)
        if kind == "person" and any(token.lower_ in NAME_CONJUNCTIONS for token in longer) \
                and not any(token.text in self.gazetteer.words("organization_heads") for token in longer):
            longer = extend_over_joints(span, connectors - NAME_CONJUNCTIONS)  # "Ana Ruiz y Juan Pérez" are two people
        span = longer
        inside = inside_blocked(span.start_char, span.end_char, blocked)
        if inside is not None and not (inside and kind == "place"):
            return None
        if all(token.text in not_names or not token.text[:1].isupper() for token in span):
            return None
        if span.end < len(doc) and doc[span.end].text in self.gazetteer.words("award_words"):
            return None  # "the Lena Varga Award", "the Tomas Ferro Prize": an award's name, no one's
        if len(span) == 1 and kind == "person" and span[0].dep_ == "compound" \
                and span[0].head.lower_ in self.gazetteer.words("government_nouns"):
            return None  # "the Biden administration": the government, named by its leader
        if len(span) == 1 and kind in ("organization", "person") and (
                span[0].tag_ == "JJ" and span[0].dep_ == "amod"
                or span[0].dep_ in ("amod", "compound") and (span[0].text in self.kinds.group_words or fold(span[0].text) in self.tables.demonyms)):
            return None  # "Turkic language-speaking minorities", "Oromo forces": a people's adjective, no name
        priority = 1
        heads = self.gazetteer.words("organization_heads") | self.gazetteer.words("armed_group_heads")
        if kind == "place" and (span[-1].text in heads or any(
                token.text in heads and following.pos_ == "ADP" for token, following in zip(span, span[1:]))):
            kind = "organization"  # "the South Sudan People's Defence Forces", "the Assistance Mission in X": no places
        within = next((i for i, token in enumerate(span) if i and token.lower_ == "in"), None)
        if within and within + 1 < len(span) and span[-1].lower_.rstrip("s") in self.tables.place_nouns \
                and not any(token.text in heads for token in span[:within]):
            span, kind = span[within + 1 :], "place"  # "the Tatmadaw in Rakhine State": an actor, then where it acted
        suffixes = self.gazetteer.words("place_suffixes")
        longer = extend_right(span, self.tables.place_nouns, suffixes)
        heads = self.gazetteer.words("organization_heads")
        if len(span) > 1 and span[-1].lower_.rstrip("s") in self.tables.place_nouns and span[-1].text[:1].isupper() \
                and not any(token.text in heads for token in span):
            kind, priority = "place", 3  # "Kachin State", "Unity State": no person's name
        elif kind != "person" and (longer.end > span.end or len(span) > 1 and (
                span[-1].text in suffixes or span[-1].lower_ in self.tables.place_nouns and span[-1].text.islower())):
            # "Washington DC", "Rason province": the longer name beats a known one inside it
            span, kind, priority = longer, "place", 3
        elif kind != "person" and len(span) == 2 and span[0].lower_ in self.tables.place_nouns and span[-1].text.isdigit():
            kind = "place"  # "Camp 15"
        media_kind = None
        armed = self.gazetteer.words("armed_group_heads")
        if kind == "organization" and span.end < len(doc) and doc[span.end].text.islower() and doc[span.end].text.capitalize() in armed \
                and span[-1].head.i == span.end and span[-1].text not in heads | armed:
            span = doc[span.start : span.end + 1]  # "the Kenyan National Defence force": its head noun is the name's
        if kind in ("organization", "unknown") and span.end < len(doc) and doc[span.end].lower_ in self.gazetteer.words("media_name_nouns") \
                and doc[span.end].text.islower() and span[-1].text not in self.gazetteer.words("organization_heads"):
            span, kind, media_kind, priority = doc[span.start : span.end + 1], "organization", OrgKind.MEDIA, 3  # "Time magazine"
        if kind == "organization" and span[-1].text in self.gazetteer.words("organization_heads"):
            prefixes = self.gazetteer.words("name_prefixes")
            longer = extend_left(span, prefixes)
            if longer.start < span.start or len(span) > 1 and span[0].text in prefixes:
                # "U.N. Maritime Safety Office": the longer name beats the known "U.N." inside it
                span, priority = longer, 3
        if kind in ("person", "organization"):
            span = cut_trailing_adjectives(span, self._adjectives, describing_only=kind == "organization")
        if kind == "person":
            span, kind = self.kinds.correct_person(doc, span)
            if kind == "person" and span.start > 0 and doc[span.start - 1].lower_ == "the" and len(span) == 1:
                kind = "organization"  # "the Sangha": people are not named with "the"
        elif kind in ("organization", "unknown") and self.kinds.happening(doc, span):
            # "the 2023 Global Refugee Forum", "the Paris Peace Summit": a named happening
            label = clean_surface(span.text)
            return Candidate(span.start_char, span.end_char, "happening", "model", 1, ref=slug(label), label=label)
        elif kind == "organization" and span[-1].text in self.gazetteer.words("event_heads"):
            return None  # "the 46th Session", "Human Rights Day": no organisation
        if kind in ("organization", "place", "unknown") and (
            self.kinds.after_person_role(doc, span) or kind in ("organization", "unknown") and particle_name(span, self.gazetteer)
            or self.kinds.context.person(span) or kind in ("organization", "unknown") and self.kinds.given_name_first(span)
            or kind == "place" and self.kinds.given_name_first(span) and span[-1].text in self._surnames
        ):
            # "its spokesperson, Grace Achebe," is a person whatever the model says; so is a
            # "place" that opens with a given name and ends in a word the model calls a person alone
            kind = "person"
        elif kind == "organization" and len(span) > 2 and span[1].lower_ == "of" and self.kinds.context.plural_place_noun(span[0]):
            span, kind = span[2:], "place"  # "the States of Mato Grosso do Sul, Bahia and Pará": the first of them
        elif kind == "organization" and self.kinds.context.place(span) or kind == "person" and (
                self.kinds.context.place(span, strong_only=True) or self.kinds.placed_by_in(doc, span)):
            kind = "place"  # "north of Tal Kayf"
        org_kind = self.kinds.appositive_organization(doc, span)
        if org_kind is not None:
            kind = "organization"  # "Viasna, a Belarusian human rights group," whatever the model says
        elif kind in ("organization", "unknown") and self.kinds.context.media(span, telling=kind == "organization") or (
                kind == "person" and self.kinds.context.media(span, telling=False, after=False)):
            kind, org_kind = "organization", OrgKind.MEDIA  # "state news agency KNA", "a WNET documentary"
        if span.text in self.gazetteer.words("platform_names"):
            kind, media_kind, priority = "organization", OrgKind.MEDIA, 3  # "posted on Twitter": a platform, not a person
        if kind == "unknown":
            return None
        return Candidate(span.start_char, span.end_char, kind, "model", priority, org_kind=org_kind or media_kind)


def _trim(ent):
    span = ent
    while len(span) and (span[0].lower_ in ("the", "a", "an") or span[0].is_punct or span[0].is_space or span[0].like_num):
        span = span[1:]
    while len(span) and (span[-1].text in ("’s", "'s", "’", "'") or span[-1].is_punct or span[-1].is_space or span[-1].like_num or span[-1].ent_type_ == "DATE" and span[-1].text.isdigit()):
        span = span[:-1]
    if not len(span) or not any(token.text[:1].isupper() for token in span):
        return None
    if any(token.like_url or token.like_email for token in span):
        return None
    return span


def _cut_leading_post(doc, span, kind: str, blocked: list[tuple[int, int, bool]]):
    """"Special Rapporteur Castaño" read as one organisation is a post and a person."""
    for block_start, block_end, keep_places in blocked:
        if not keep_places and block_start <= span.start_char < block_end < span.end_char:
            rest = doc.char_span(block_end, span.end_char, alignment_mode="contract")
            while rest is not None and len(rest) and (rest[0].is_space or rest[0].is_punct):
                rest = rest[1:]
            if rest is None or not len(rest):
                return None, kind
            if all(token.pos_ == "PROPN" and token.text[:1].isupper() for token in rest) and len(rest) <= 4:
                return rest, "person"
            return rest, kind
    return span, kind


def _joined_names(doc) -> list:
    """The model's spans, where it cut one person's name in two ("Ali Mahdi" "Hasan Saeed"
    for "Ali Mahdi Hasan Saeed") joined again: two person spans one space apart whose words
    the parse compounds onto one head in the second."""
    ents = list(doc.ents)
    joined = []
    for ent in ents:
        previous = joined[-1] if joined else None
        if previous is not None and previous.label_ == ent.label_ == "PERSON" and previous.end == ent.start \
                and doc[previous.end - 1].whitespace_ == " " and doc[previous.end - 1].dep_ == "compound" \
                and doc[previous.end - 1].head.i in range(ent.start, ent.end) \
                and all(token.pos_ == "PROPN" for token in doc[previous.start : ent.end]):
            joined[-1] = Span(doc, previous.start, ent.end, label="PERSON")
            continue
        joined.append(ent)
    return joined


__all__ = ["ModelSpans"]
