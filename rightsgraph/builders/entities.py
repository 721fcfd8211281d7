"""Find the persons, organisations and places an article names, and resolve their mentions.

Three sources of candidates, strongest first:

1. patterns that know the genre: a government named by its people or country ("the North
   Korean government", "the government of Syria", "Pyongyang rejected"), a UN mechanism named
   by its kind and country ("Commission of Inquiry on ... Syria"), "the city of Korla",
   acronyms introduced in parentheses, a dateline naming the publisher;
2. names the domain data knows, with their aliases;
3. the statistical NER model, for the people and organisations no list knows, cleaned of what
   it gets wrong in this genre (titles of reports, post titles, link labels).

Mentions are then resolved: "Lindqvist", "High Commissioner Lindqvist" and "Anna Lindqvist"
are one person; "the Office" after OHCHR is OHCHR; "Nile Watch Initative" is a typo of
"Nile Watch Initiative".
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from collections import Counter
from dataclasses import dataclass, field, replace

from rightsgraph.builders.extents import cut_trailing_adjectives, extend_left, extend_right, split_at_breaks, split_coordination
from rightsgraph.builders.gazetteer import Gazetteer, KnownEntity, load_given_names
from rightsgraph.builders.groups import GroupFinder
from rightsgraph.builders.instruments import InstrumentFinder
from rightsgraph.builders.kinds import ContextKinds
from rightsgraph.builders.organs import OrganFinder
from rightsgraph.builders.noise import clause_words, english_words, headline_confirmed, not_a_name
from rightsgraph.builders.names import clean_surface, fold, is_typo_of, name_key, slug
from rightsgraph.builders.records import Article, Entity, Mention, Span
from rightsgraph.builders.nlp import text_of, tokens_of

_MODEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": None,
                # the model's guesses for names it cannot place ("Camp 15" an event, a person
                # after a post title a work of art): kept when the words around them say more
                "EVENT": "unknown", "WORK_OF_ART": "unknown", "PRODUCT": "unknown"}
#: "of" or "in" after a government noun, before a state's name or its capital.
_OF_OR_IN = re.compile(r"\s+(?P<word>of|in)\s+")
#: A word of a name, with an apostrophe or hyphen inside it or a possessive at its end.
_WORD = re.compile(r"[\w.’'-]+")
#: Kinds of things that are neither actors nor places.
_NOT_ACTORS = ("group", "instrument", "case", "happening")
#: Candidates that are guesses from capitalisation and the model, not from the domain data.
_GUESSED_SOURCES = {"model", "heuristic", "post", "instrument-words"}
_CONNECTORS = {"of", "for", "on", "the", "and", "&", "in", "de", "al", "el", "bin", "van", "von", "der"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "da", "di", "du", "van", "von", "der", "le", "la"}
_ANAPHORIC_MECHANISM = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:(?:UN|U\.N\.|United Nations)\s+)?(?P<noun>panel|commission|inquiry|mission)\b(?!\s+(?:of|on|for|in|to)\b)",
    re.IGNORECASE,
)
_ACRONYM_DEFINITION = re.compile(
    r"(?P<name>[A-Z][\w’'\-.]*(?:[ \t]+(?:[A-Z][\w’'\-.]*|of|for|on|the|and|&|in|against|to|with))*)[ \t]+\((?P<acronym>[A-Z][A-Za-z.&]{1,9})\)"
)
_PLACE_PATTERN = re.compile(
    r"\b(?:city|town|village|province|region|district|governorate|prefecture|county|camp) of (?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)"
)
#: A capitalised word of a name.
_CAPITALISED = r"[A-Z][\w’'\-]+"
#: A name of capitalised words, and what separates the names of a list.
_NAME = rf"{_CAPITALISED}(?: {_CAPITALISED})*"
_PLACE_LIST_SEPARATOR = r"(?:,[ \t]+|,?[ \t]+and[ \t]+)"
_DATELINE = re.compile(r"(?P<name>[A-Z][\w&’'.\-]*(?:\s+[A-Z][\w&’'.\-]*){0,4}):\s+(?=[A-Z])")


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


@dataclass
class Candidate:
    """One stretch of text that may name an entity, before resolution."""

    start: int
    end: int
    # person, organization, country, place, capital, government, organ, mechanism, anaphoric-mechanism,
    # context, acronym, group, instrument, case, happening, unknown (a model guess to be retyped)
    kind: str
    source: str
    priority: int
    ref: str | None = None
    org_kind: str | None = None
    country: str | None = None
    mechanism: str | None = None
    gender: str | None = None
    label: str | None = None  # the name a group, instrument or case goes by
    countries: tuple[str, ...] = ()  # a group's countries; the bodies a short form ("the Council") may stand for
    as_place: bool = False  # a diplomatic mission spoken of as where something happened
    city: str | None = None  # the city a diplomatic mission is in

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class EntityIndex:
    """Resolved entities and their mentions in text order, for the builders that come after."""

    entities: dict[str, Entity]
    mentions: list[tuple[int, int, str]]
    sentences: list[Span]
    genders: dict[str, str] = field(default_factory=dict)
    _text: str = ""
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions.sort()
        self._reindex()
        self._sentence_starts = [sentence.start for sentence in self.sentences]

    @property
    def doc_text(self) -> str:
        return self._text

    def add_mention(self, start: int, end: int, key: str) -> None:
        """One more mention of a known entity, found after resolution (a post's holder)."""
        entity = self.entities[key]
        span = Span(start, end, self._text[start:end])
        self.entities[key] = replace(entity, mentions=tuple(sorted({*entity.mentions, Mention(span, self.sentence_of(start))}, key=lambda m: m.span)))
        bisect.insort(self.mentions, (start, end, key))
        self._reindex()

    def add_entity(self, key: str, label: str, start: int, end: int, **fields) -> None:
        """An organisation found after resolution (a mandate named without its holder)."""
        if key in self.entities:
            self.add_mention(start, end, key)
            return
        span = Span(start, end, self._text[start:end])
        self.entities[key] = Entity(key=key, kind="organization", label=label, mentions=(Mention(span, self.sentence_of(start)),), **fields)
        bisect.insort(self.mentions, (start, end, key))
        self._reindex()

    def _reindex(self) -> None:
        self._starts = [start for start, _end, _key in self.mentions]
        self._longest = max((end - start for start, end, _key in self.mentions), default=0)

    def sentence_of(self, offset: int) -> int:
        return _sentence_index(self._sentence_starts, offset)

    def at(self, start: int, end: int) -> str | None:
        """The entity of the first mention, in text order, that covers ``start``..``end``."""
        # no mention that starts before end - longest can reach end: look only from there
        low = bisect.bisect_left(self._starts, end - self._longest)
        high = bisect.bisect_right(self._starts, start)
        for mention_start, mention_end, key in self.mentions[low:high]:
            if mention_start <= start and end <= mention_end:
                return key
        return None

    def ending_at(self, end: int, slack: int = 0) -> str | None:
        for mention_start, mention_end, key in self.mentions:
            if end - slack <= mention_end <= end:
                return key
        return None

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        low = bisect.bisect_left(self._starts, start)
        return [mention for mention in self.mentions[low:] if mention[1] <= end and mention[0] < end]

    def last_before(self, offset: int, kinds: tuple[str, ...], gender: str | None = None) -> str | None:
        high = bisect.bisect_left(self._starts, offset)
        for start, _end, key in reversed(self.mentions[:high]):
            entity = self.entities[key]
            if entity.kind in kinds or (entity.org_kind in kinds):
                if gender and self.genders.get(key, gender) != gender:
                    continue
                return key
        return None

    def token_mentions(self, doc, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
        """Mentions of the given kinds as token ranges of ``doc``."""
        result = []
        for start, end, key in self.mentions:
            if self.entities[key].kind not in kinds:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                result.append((span.start, span.end, key))
        return result


class EntityFinder:
    """Finds and resolves entities in one parsed article."""

    def __init__(self, nlp, gazetteer: Gazetteer):
        self.nlp = nlp
        self.gazetteer = gazetteer
        self._matcher = _known_name_matcher(nlp, gazetteer)
        self._country_names = _country_name_lookup(gazetteer)
        self._demonyms = gazetteer.country_by_demonym()
        self._capitals = gazetteer.capital_country()
        self._post_heads = frozenset(head.lower() for head in gazetteer.post_heads)
        self._post_head_prefixes = tuple(head.lower() + " " for head in gazetteer.post_heads)  # longest first
        # the longest country name or demonym, with room for a possessive and spacing
        self._name_reach = max(map(len, [*self._country_names, *self._demonyms])) + 8
        self._government_nouns = self._build_government_patterns()
        self._mechanism_pattern = self._build_mechanism_pattern()
        self._place_nouns = gazetteer.words("place_nouns")
        self._given_names = load_given_names()
        # words that make a title-case name an organisation's, a happening's or an award's
        self._not_person_words = frozenset().union(*(gazetteer.words(name) for name in (
            "organization_heads", "armed_group_heads", "ngo_heads", "media_heads", "state_organ_heads", "event_heads",
            "award_words")))
        numbered = "|".join(sorted(map(re.escape, gazetteer.words("numbered_place_nouns")), key=len, reverse=True))
        self._numbered_place = re.compile(rf"\b(?:{numbered})\s+(?:No\.\s*)?\d+\b")
        self._context = ContextKinds(gazetteer)
        plurals = "|".join(sorted({re.escape(_plural(noun)) for noun in gazetteer.words("settlement_nouns") if " " not in noun}))
        # "in Aweil, Wau and Gogrial counties": every name listed before the plural is a place
        self._listed_places = re.compile(
            rf"(?P<names>{_NAME}(?:{_PLACE_LIST_SEPARATOR}{_NAME})+)[ \t]+(?:{plurals})\b")
        self._not_leading = gazetteer.words("spatial_words") | {word.lower() for word in gazetteer.words("not_names")}
        nouns = "|".join(sorted((re.escape(noun) for nouns in gazetteer.lexicon_dict("organization_list_nouns").values() for noun in nouns),
                                key=len, reverse=True))
        self._listing = re.compile(rf"\b(?P<noun>(?i:{nouns})),?[ \t]+(?:including|such as|like|among them|notably)[ \t]+(?:the[ \t]+)?")
        self._groups = GroupFinder(nlp, self._demonyms, frozenset(self._country_names))
        self._instruments = InstrumentFinder(nlp, gazetteer.words("treaty_verbs"))
        self._organ_finder = OrganFinder(gazetteer.lexicon, self._country_names, self._demonyms)
        # words that end a heading, not a person's name: "Farid Haddad European countries"
        self._adjectives = frozenset(self._demonyms) | {word.lower() for word in gazetteer.words("regional_adjectives")}

    # -- candidates -------------------------------------------------------------------

    def candidates(self, doc, article: Article, blocked: list[tuple[int, int, bool]]) -> list[Candidate]:
        """Every candidate mention; ``blocked`` are (start, end, keep_places) stretches such as
        titles and post names, inside which the model's guesses are not trusted."""
        text = text_of(doc)
        found: list[Candidate] = []
        found += self._government_candidates(doc)
        found += self._mechanism_candidates(text)
        found += self._known_candidates(doc)
        found += self._pattern_places(text)
        found += self._dateline(text, article)
        found += self._model_candidates(doc, blocked)
        found += self._heuristic_organizations(doc, blocked)
        found += self._names_after_posts(doc, blocked)
        found += _acronym_mentions(text)
        found += self._groups_and_instruments(doc)
        found += self._organs(doc)
        found += self._listed_organizations(text)
        found += self._unseen_persons(doc, found)
        found = [candidate for candidate in found if not _inside_masked(candidate, article.masked)]
        found = _longer_names_first(_without_groups_inside_names(found), text)
        found = _kinds_by_coordination(doc, found)
        return self._without_common_words(doc, article, found)

    def _unseen_persons(self, doc, found: list[Candidate]) -> list[Candidate]:
        """A given name and a surname the model passed over ("Head of the inquiry Lena Okafor
        said"): two or three title-case proper nouns no other candidate covers, the first
        a given name, the others no word of an organisation's, a place's or a group's."""
        taken = _Covered((c.start, c.end) for c in found)
        tokens = tokens_of(doc)
        heads = self.gazetteer.words("organization_heads") | self.gazetteer.words("armed_group_heads")
        not_names = self.gazetteer.words("not_names")
        people = []
        index = 0
        while index < len(tokens) - 1:
            token = tokens[index]
            if not (token.pos_ == "PROPN" and token.text[:1].isupper() and fold(token.text) in self._given_names):
                index += 1
                continue
            end = index + 1
            while end < len(tokens) and end - index < 3 and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper() \
                    and tokens[end].text not in heads and tokens[end].text not in not_names and tokens[end].is_alpha \
                    and fold(tokens[end].text) not in self._country_names and fold(tokens[end].text) not in self._demonyms:
                end += 1
            if end - index >= 2:
                start_char, end_char = token.idx, tokens[end - 1].idx + len(tokens[end - 1].text)
                if not taken.overlaps(start_char, end_char):
                    people.append(Candidate(start_char, end_char, "person", "model", 1))
            index = end
        return people

    def _listed_organizations(self, text: str) -> list[Candidate]:
        """Names listed after a word for their kind are of that kind, whatever the model says:
        "charities including Freedom from Torture and Care4Calais", "rights groups such as …"."""
        found = []
        kinds = {noun.lower(): kind for kind, nouns in self.gazetteer.lexicon_dict("organization_list_nouns").items() for noun in nouns}
        for match in self._listing.finditer(text):
            kind = kinds.get(match.group("noun").lower())
            kind = None if kind == "other" else kind
            position = match.end()
            while True:  # "A, B (BB) and the C": names and what separates them, nothing else
                opening = _LISTED_OPENING.match(text, position)
                item = _LISTED_NAME.match(text, opening.end() if opening else position)
                if item is None:
                    break
                found.append(Candidate(item.start(), item.end(), "organization", "pattern", 3, org_kind=kind))
                separator = _LIST_SEPARATOR.match(text, item.end())
                if separator is None:
                    break
                position = separator.end()
        return found

    def _organs(self, doc) -> list[Candidate]:
        """Organs of a state by common noun ("the police", "the Kenyan navy", "the
        government"): what a name the article gives or a list knows wins over them."""
        return [
            # named with its state ("Egypt's public prosecutor") it wins over the state's name inside it
            Candidate(organ.start, organ.end, "organ", "organ", 3, ref=organ.organ, label=organ.label,
                      country=organ.country, as_place=organ.place, city=organ.city)
            for organ in self._organ_finder.find(doc)
        ]

    def _groups_and_instruments(self, doc) -> list[Candidate]:
        """Groups of people, legal instruments and cases: names that are no actor or place,
        strong enough to win over the model's guesses and the known names inside them."""
        found = [
            Candidate(group.start, group.end, "group", "group", 4, ref=group.key, label=group.label, countries=group.countries)
            for group in self._groups.find(doc)
        ]
        found += [
            # an instrument the data knows, or one named by its words (which a headline must not make)
            Candidate(item.start, item.end, item.kind, "instrument" if item.known else "instrument-words", 5 if item.known else 4,
                      ref=item.key, label=item.label)
            for item in self._instruments.find(doc)
        ]
        return found

    def _without_common_words(self, doc, article: Article, found: list[Candidate]) -> list[Candidate]:
        """Drop what only capitalisation made a name: a headline's words the body and the
        domain data never confirm, a sentence's or list item's first word that is a verb, an
        adverb, a common word the article also writes in lower case, or a misspelling."""
        text = text_of(doc)
        title_end = text.find(article.title) + len(article.title)  # the first line, the article's own
        body_start = article.body_start
        body_keys = {name_key(text[c.start:c.end]) for c in found if c.start >= body_start}
        body_text = text[body_start:]
        tokens = tokens_of(doc)
        lowercase = {token.lower_ for token in tokens if token.text.islower()}
        # capitalised inside a sentence: a name the article gives, whatever the word
        names = {token.text for token in tokens if token.text[:1].isupper() and not token.is_sent_start
                 and token.i > 0 and not (tokens[token.i - 1].is_punct or tokens[token.i - 1].like_num)}
        vocabulary = english_words(self.nlp)
        actions = clause_words(self.nlp)
        kept = []
        for candidate in found:
            if candidate.source not in _GUESSED_SOURCES:
                kept.append(candidate)
                continue
            if candidate.end <= title_end and not headline_confirmed(text[candidate.start:candidate.end], body_keys, body_text):
                continue
            span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
            if span is None:
                continue
            words = not_a_name(span, lowercase, vocabulary, actions, names)
            if words >= len(span):
                continue
            if words:
                rest = span[words:]
                if not rest[0].text[:1].isupper():
                    continue
                candidate = replace(candidate, start=rest.start_char)
            kept.append(candidate)
        return kept

    def _known_candidates(self, doc) -> list[Candidate]:
        found = []
        owners: dict[tuple[int, int], list[str]] = {}
        for match_id, start, end in self._matcher(doc):
            label = self.nlp.vocab.strings[match_id]
            kind, key = label.split("|", 1)
            span = doc[start:end]
            if kind == "capital":
                previous = doc[start - 1] if start > 0 else None
                if previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isupper() \
                        and fold(previous.text) not in self._country_names and previous.text not in self.gazetteer.honorifics:
                    continue  # "Denzel Washington", "Lake Victoria": a longer name holds the capital's
                found.append(Candidate(span.start_char, span.end_char, "capital", "known", 3, country=key))
                continue
            entity = self.gazetteer.entities[key]
            if entity.ambiguous and not any(token.ent_type_ in ("GPE", "LOC") for token in span):
                continue
            if kind == "context":
                # "the Council", "the Committee": every body that goes by it, one picked in resolution
                owners.setdefault((span.start_char, span.end_char), []).append(key)
                continue
            found.append(
                Candidate(span.start_char, span.end_char, entity.kind, "known", 3, ref=key, org_kind=entity.org_kind)
            )
        for (start, end), keys in owners.items():
            found.append(Candidate(start, end, "context", "known", 3, countries=tuple(sorted(keys))))
        return found

    def _build_government_patterns(self) -> re.Pattern[str]:
        # a country's foreign ministry speaks for its government ("Belarus's foreign ministry dismissed…")
        nouns = (r"(?P<noun>[Gg]overnments?|[Rr]egime|[Aa]uthorities|[Aa]dministration|[Oo]fficials|[Ff]oreign [Mm]inistry"
                 r"|[Mm]inistry of [Ff]oreign [Aa]ffairs|[Ff]oreign [Aa]ffairs [Mm]inistry)")
        return re.compile(rf"\b{nouns}\b")

    def _government_candidates(self, doc) -> list[Candidate]:
        """A government named by its state: "the North Korean government", "Syria's government",
        "the government of Syria", "the government of Syrian President …", "the authorities
        in Minsk"; and a capital that acts ("Pyongyang rejected the report")."""
        found = []
        text = text_of(doc)
        for noun in self._government_nouns.finditer(text):
            named = self._state_named_before(text, noun.start())
            if named is not None:
                start, country = named
                found.append(Candidate(start, noun.end(), "government", "pattern", 5, country=country))
                continue
            after = _OF_OR_IN.match(text, noun.end())
            if after is None:
                continue
            named = self._name_after(text, after.end(), after.group("word") == "in")
            if named is None:
                continue
            end, country, kind = named
            # "the government of Syrian President ...": the mention ends with the noun
            found.append(Candidate(noun.start(), noun.end() if kind == "demonym" else end, "government", "pattern", 5,
                                   country=country))
        for token in tokens_of(doc):
            # A capital that acts stands for its government: "Pyongyang rejected the report".
            if token.dep_ not in _SUBJECT_DEPS:
                continue
            country = self._capitals.get(fold(token.text))
            # "WASHINGTON — The rapporteur said": a dateline, not the government speaking;
            # "Denzel Washington said": a person's surname
            previous = tokens_of(doc)[token.i - 1] if token.i > 0 else None
            surname = previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isupper() or token.ent_type_ == "PERSON"
            if country and token.head.pos_ in ("VERB", "AUX") and not token.text.isupper() and not surname:
                found.append(Candidate(token.idx, token.idx + len(token.text), "government", "pattern", 5, country=country))
        return found

    def _name_after(self, text: str, start: int, capital: bool) -> tuple[int, str, str] | None:
        """A state's name starting at ``start`` ("the Syrian Arab Republic", "Syria"), or a
        demonym before a title-case word ("Syrian President"), or with ``capital`` its capital:
        where it ends, the country, and which it was."""
        words = list(_WORD.finditer(text, start, min(len(text), start + self._name_reach)))
        if not words or words[0].start() != start:
            return None
        offset = 1 if fold(words[0].group(0)) == "the" and not capital else 0
        run = _spaced_run(text, words[offset : offset + 5])
        for width in range(len(run), 0, -1):  # the longest name first: "South Sudan" before "South"
            chosen = run[:width]
            raw = text[chosen[0].start() : chosen[-1].end()].rstrip(".,;:")
            end, folded = chosen[0].start() + len(raw), fold(raw)
            if capital:
                if folded in self._capitals:
                    return end, self._capitals[folded], "capital"
                continue
            if folded in self._country_names:
                return end, self._country_names[folded], "country"
            if offset == 0 and folded in self._demonyms and width < len(words) and words[width].group(0)[:1].isupper():
                return end, self._demonyms[folded], "demonym"
        return None

    def _state_named_before(self, text: str, end: int) -> tuple[int, str] | None:
        """Where a country's name or demonym ends right before ``end`` (one space away, an
        optional possessive between), and which country: looked up word by word, the longest
        name first, not by an alternation of every name tried at every position."""
        window_start = max(0, end - self._name_reach)
        words = list(_WORD.finditer(text, window_start, end))
        if not words or text[words[-1].end() : end].strip(" \t") != "":
            return None
        run = _spaced_run(text, words[::-1][:5])  # nearest word first
        for width in range(len(run), 0, -1):
            first = run[width - 1]
            phrase = text[first.start() : words[-1].end()]
            possessive = re.sub(r"['’]s?$", "", phrase)
            folded = fold(phrase)
            if folded in self._demonyms and phrase == possessive:
                return first.start(), self._demonyms[folded]
            if fold(possessive) in self._country_names:
                return first.start(), self._country_names[fold(possessive)]
        return None

    def _build_mechanism_pattern(self) -> re.Pattern[str]:
        return re.compile(
            r"(?:(?:UN|U\.N\.|United Nations)\s+)?(?:(?:HRC|Human Rights Council)\s+)?(?:(?:Independent\s+)?International\s+)?"
            r"(?P<type>[Cc]ommission of [Ii]nquiry|[Ff]act[- ][Ff]inding [Mm]ission|[Gg]roup of (?:[Ii]ndependent )?[Ee]xperts"
            r"|[Pp]anel of (?:[Ii]ndependent )?[Ee]xperts)"
            r"(?P<about>\s+(?:on|for|into|in)\s+(?:the\s+)?(?:[Ss]ituation\s+of\s+)?(?:(?:[Hh]uman [Rr]ights)\s+in\s+)?)?"
        )

    def _mechanism_candidates(self, text: str) -> list[Candidate]:
        found = []
        for match in self._mechanism_pattern.finditer(text):
            mechanism = _mechanism_type(match.group("type"))
            end, country = match.end("type"), None
            if match.group("about"):
                # "Commission of Inquiry on (the situation of human rights in) the Syrian Arab Republic"
                named = self._name_after(text, match.end("about"), capital=False)
                if named is not None and named[2] == "country":
                    end, country = named[0], named[1]
            named = country or match.group("type")[:1].isupper() or match.start("type") > match.start()
            if not named:
                # "a two-week fact-finding mission to the UK": the words for a kind of work, which
                # only name a body already named ("the fact-finding mission" after its full name)
                found.append(Candidate(match.start(), end, "anaphoric-mechanism", "pattern", 4))
                continue
            found.append(Candidate(match.start(), end, "mechanism", "pattern", 4, country=country, mechanism=mechanism,
                                   org_kind=mechanism))
        for match in _ANAPHORIC_MECHANISM.finditer(text):
            found.append(Candidate(match.start(), match.end(), "anaphoric-mechanism", "pattern", 4))
        return found

    def _pattern_places(self, text: str) -> list[Candidate]:
        found = [Candidate(match.start("name"), match.end("name"), "place", "pattern", 4) for match in _PLACE_PATTERN.finditer(text)]
        # "Camp 15", "Prison No. 2": a numbered camp or prison is a place whatever the model says
        found += [Candidate(match.start(), match.end(), "place", "pattern", 4) for match in self._numbered_place.finditer(text)]
        for match in self._listed_places.finditer(text):
            for name in re.finditer(_NAME, match.group("names")):
                start = match.start("names") + name.start()
                words = name.group().split()
                while len(words) > 1 and words[0].lower() in self._not_leading:  # "In Leer and …"
                    start += len(words[0]) + 1
                    words = words[1:]
                found.append(Candidate(start, match.start("names") + name.end(), "place", "pattern", 3))
        return found

    def _dateline(self, text: str, article: Article) -> list[Candidate]:
        body = text[article.body_start :]
        offset = article.body_start + len(body) - len(body.lstrip())
        match = _DATELINE.match(text, offset)
        if match is None or fold(match.group("name")) in self._country_names or fold(match.group("name")) in self._capitals \
                or fold(match.group("name")) in self._known_place_names:
            return []  # "GENEVA: The UN …" names where, not who
        return [Candidate(match.start("name"), match.end("name"), "organization", "pattern", 4, org_kind="media")]

    def _model_candidates(self, doc, blocked: list[tuple[int, int, bool]]) -> list[Candidate]:
        found = []
        heads = self.gazetteer.words("organization_heads")
        for ent in doc.ents:
            kind = _MODEL_KINDS.get(ent.label_)
            if kind is None:
                continue
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
        span = self._with_given_name(doc, span, kind)
        inside = _inside_blocked(span.start_char, span.end_char, blocked)
        if inside is not None and not (inside and kind == "place"):
            return None
        if all(token.text in not_names or not token.text[:1].isupper() for token in span):
            return None
        if len(span) == 1 and kind == "person" and span[0].dep_ == "compound" \
                and span[0].head.lower_ in self.gazetteer.words("government_nouns"):
            return None  # "the Biden administration": the government, named by its leader
        if len(span) == 1 and kind in ("organization", "person") and (
                span[0].tag_ == "JJ" and span[0].dep_ == "amod"
                or span[0].dep_ in ("amod", "compound") and (span[0].text in self._groups.words or fold(span[0].text) in self._demonyms)):
            return None  # "Turkic language-speaking minorities", "Oromo forces": a people's adjective, no name
        priority = 1
        if kind == "place" and span[-1].text in self.gazetteer.words("organization_heads") | self.gazetteer.words("armed_group_heads"):
            kind = "organization"  # "the South Sudan People's Defence Forces" is no place
        suffixes = self.gazetteer.words("place_suffixes")
        longer = extend_right(span, self._place_nouns, suffixes)
        heads = self.gazetteer.words("organization_heads")
        if len(span) > 1 and span[-1].lower_.rstrip("s") in self._place_nouns and span[-1].text[:1].isupper() \
                and not any(token.text in heads for token in span):
            kind, priority = "place", 3  # "Kachin State", "Unity State": no person's name
        elif kind != "person" and (longer.end > span.end or len(span) > 1 and (
                span[-1].text in suffixes or span[-1].lower_ in self._place_nouns and span[-1].text.islower())):
            # "Washington DC", "Rason province": the longer name beats a known one inside it
            span, kind, priority = longer, "place", 3
        elif kind != "person" and len(span) == 2 and span[0].lower_ in self._place_nouns and span[-1].text.isdigit():
            kind = "place"  # "Camp 15"
        media_kind = None
        if kind in ("organization", "unknown") and span.end < len(doc) and doc[span.end].lower_ in self.gazetteer.words("media_name_nouns") \
                and doc[span.end].text.islower() and span[-1].text not in self.gazetteer.words("organization_heads"):
            span, kind, media_kind, priority = doc[span.start : span.end + 1], "organization", "media", 3  # "Time magazine"
        if kind == "organization" and span[-1].text in self.gazetteer.words("organization_heads"):
            prefixes = self.gazetteer.words("name_prefixes")
            longer = extend_left(span, prefixes)
            if longer.start < span.start or len(span) > 1 and span[0].text in prefixes:
                # "U.N. Maritime Safety Office": the longer name beats the known "U.N." inside it
                span, priority = longer, 3
        if kind in ("person", "organization"):
            span = cut_trailing_adjectives(span, self._adjectives, describing_only=kind == "organization")
        if kind == "person":
            span, kind = self._correct_person(doc, span)
            if kind == "person" and span.start > 0 and doc[span.start - 1].lower_ == "the" and len(span) == 1:
                kind = "organization"  # "the Sangha": people are not named with "the"
        elif kind in ("organization", "unknown") and self._happening(doc, span):
            # "the 2023 Global Refugee Forum", "the Paris Peace Summit": a named happening
            label = clean_surface(span.text)
            return Candidate(span.start_char, span.end_char, "happening", "model", 1, ref=slug(label), label=label)
        elif kind == "organization" and span[-1].text in self.gazetteer.words("event_heads"):
            return None  # "the 46th Session", "Human Rights Day": no organisation
        if kind in ("organization", "place", "unknown") and (
            self._after_person_role(doc, span) or kind in ("organization", "unknown") and _particle_name(span, self.gazetteer)
            or self._context.person(span) or kind in ("organization", "unknown") and self._given_name_first(span)
        ):
            kind = "person"  # "its spokesperson, Grace Achebe," is a person whatever the model says
        elif kind == "organization" and self._context.place(span) or kind == "person" and (
                self._context.place(span, strong_only=True) or self._placed_by_in(doc, span)):
            kind = "place"  # "north of Tal Kayf"
        org_kind = self._appositive_organization(doc, span)
        if org_kind is not None:
            kind = "organization"  # "Viasna, a Belarusian human rights group," whatever the model says
        elif kind in ("organization", "unknown") and self._context.media(span, telling=kind == "organization") or (
                kind == "person" and self._context.media(span, telling=False, after=False)):
            kind, org_kind = "organization", "media"  # "state news agency KNA", "a WNET documentary"
        if kind == "unknown":
            return None
        return Candidate(span.start_char, span.end_char, kind, "model", priority, org_kind=org_kind or media_kind)

    def _placed_by_in(self, doc, span) -> bool:
        """"Police in Tamil Nadu arrested them": what the model calls a person is a place after
        "in", unless it opens with a given name ("trust in Amal Clooney") or owns what follows."""
        if span.start == 0 or doc[span.start - 1].lower_ != "in" or fold(span[0].text) in self._given_names:
            return False
        return span.end == len(doc) or doc[span.end].text not in ("’s", "'s")

    def _with_given_name(self, doc, span, kind: str):
        """"Ana Torvik" where the model found "Torvik": a one-word person or organisation
        with a given name just before it is the person's whole name."""
        if len(span) != 1 or kind not in ("person", "organization", "unknown") or span.start == 0:
            return span
        before = doc[span.start - 1]
        if before.pos_ == "PROPN" and before.text[:1].isupper() and fold(before.text) in self._given_names \
                and before.text not in self.gazetteer.words("not_names") and not before.ent_type_ \
                and before.whitespace_ and "\n" not in before.text_with_ws:
            return doc[span.start - 1 : span.end]
        return span

    def _given_name_first(self, span) -> bool:
        """"Yasmin Sooka", "Amber Rudd": two to four title-case words, no word of an
        organisation's or a place's, the first a given name, name a person."""
        words = [token for token in span if not token.is_punct]
        if not 2 <= len(words) <= 4 or not all(token.text[:1].isupper() and token.pos_ == "PROPN" for token in words):
            return False
        if any(token.text in self._not_person_words or token.lower_ in self._place_nouns for token in words):
            return False  # "Marie Stopes International", "Martin Ennals Award"
        if fold(span.text) in self._country_names or any(fold(token.text) in self._demonyms for token in words):
            return False
        return fold(words[0].text) in self._given_names

    def _happening(self, doc, span) -> bool:
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

    def _appositive_organization(self, doc, span) -> str | None:
        """"Name, a Belarusian human rights group," names an organisation: "" when the
        apposition says no more, "NGO" when it speaks of rights, charity or advocacy."""
        index = span.end
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
        return "NGO" if any(word.text in self.gazetteer.words("ngo_appositive_words") for word in words) else ""

    def _after_person_role(self, doc, span) -> bool:
        """A short title-case name right after a word for a person's role ("spokesperson",
        "researcher"), with or without a comma between, with no organisation word in it."""
        if len(span) > 4 or any(token.text in self.gazetteer.words("organization_heads") for token in span):
            return False
        if fold(span.text) in self._country_names:
            return False
        if not all(token.pos_ == "PROPN" and token.text[:1].isupper() for token in span):
            return False
        before = span.start - 1
        if before >= 0 and doc[before].text == ",":
            before -= 1
        return before >= 0 and doc[before].lower_ in self.gazetteer.words("person_role_nouns")

    def _correct_person(self, doc, span):
        # The model splits "Harbour Campaign" into a person "Harbour"; a capitalised
        # organisation word right after a name makes it an organisation.
        end = span.end
        heads = self.gazetteer.words("organization_heads")
        while end < len(doc) and doc[end].text in heads and doc[end].text[:1].isupper():
            end += 1
        if end > span.end:
            return doc[span.start : end], "organization"
        if any(token.text in heads for token in span):
            return span, "organization"
        return span, "person"

    def _names_after_posts(self, doc, blocked: list[tuple[int, int, bool]]) -> list[Candidate]:
        """A capitalised name right after a post title is a person, even where the model
        misses it ("High Commissioner for Human Rights Anna Lindqvist")."""
        found = []
        honorifics = self.gazetteer.honorifics
        heads = self.gazetteer.words("organization_heads")
        for block_start, block_end, keep_places in blocked:
            if keep_places:
                continue
            span = doc.char_span(block_start, block_end, alignment_mode="expand")
            if span is None:
                continue
            index = span.end
            while index < len(doc) and doc[index].text in honorifics:
                index += 1
            end = index
            while end < len(doc) and end - index < 6 and doc[end].text not in heads and (
                doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                or doc[end].lower_ in _NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text in ("-", "‐")
                or doc[end].text in ("-", "‐") and end > index and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
            ):
                end += 1
            if end > index:
                names = doc[index:end]
                found.append(Candidate(names.start_char, names.end_char, "person", "post", 1))
        return found

    def _heuristic_organizations(self, doc, blocked: list[tuple[int, int, bool]]) -> list[Candidate]:
        """Title-case names that end in an organisation word ("Coastal Council for Human Rights"),
        or in a word for a happening ("the Paris Peace Summit")."""
        heads = self.gazetteer.words("organization_heads") | self.gazetteer.words("happening_heads")
        found = []
        tokens = tokens_of(doc)
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if not (token.text in heads and token.text[:1].isupper()):
                index += 1
                continue
            start = index
            while (
                # "Supreme People's Assembly", "Women's Refugee Commission"
                start > 1 and tokens[start - 1].text in ("'s", "’s") and tokens[start - 2].text[:1].isupper()
                and tokens[start - 2].lower_ in self.gazetteer.words("possessive_name_words")
                or start > 0 and _name_word(tokens[start - 1])
                and (not tokens[start - 1].is_sent_start or tokens[start - 1].tag_ in ("NNP", "NNPS"))
                and tokens[start - 1].ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
                and tokens[start - 1].lower_ not in ("and", "&")
                and _inside_blocked(tokens[start - 1].idx, tokens[start - 1].idx + 1, blocked) is not True
            ):
                start -= 1
            while start < index and (tokens[start].lower_ in _CONNECTORS or tokens[start].text in ("The", "A")):
                start += 1
            end = _complement_end(tokens, index + 1, self._country_names)
            while end > index + 1 and tokens[end - 1].lower_ in _CONNECTORS:
                end -= 1
            if end - start >= 2 and not any(tokens[i].pos_ == "PRON" for i in range(start, end)):
                span = doc[start:end]
                # "chairman of the High Council for ...": an organisation a post belongs to
                after_of = any(token.lower_ == "of" for token in tokens[max(0, start - 6) : start])
                if self._happening(doc, span):
                    label = clean_surface(span.text)
                    found.append(Candidate(span.start_char, span.end_char, "happening", "heuristic", 2, ref=slug(label), label=label))
                elif span[-1].text in self.gazetteer.words("event_heads"):
                    pass
                elif after_of or _inside_blocked(span.start_char, span.end_char, blocked) is None:
                    found.append(Candidate(span.start_char, span.end_char, "organization", "heuristic", 2))
            index = end
        return found

    # -- resolution -------------------------------------------------------------------

    def resolve(self, doc, candidates: list[Candidate], sentences: list[Span], article: Article) -> EntityIndex:
        chosen = self._completed_names(doc, _choose(candidates))
        text = text_of(doc)
        acronyms = _acronym_definitions(text)
        dominant = _dominant_country(chosen)
        clusters: dict[str, dict] = {}
        mentions: list[tuple[int, int, str]] = []
        genders: dict[str, str] = {}
        persons: list[tuple[str, str]] = []  # (cluster key, name key) in text order
        organs_named: dict[str, tuple[str, str | None]] = {}  # each organ's state (and a mission's city) so far

        def add(key: str, candidate: Candidate, **info) -> None:
            cluster = clusters.setdefault(key, {"surfaces": [], "info": {}})
            cluster["surfaces"].append((candidate.start, candidate.end, text[candidate.start : candidate.end]))
            for name, value in info.items():
                if value is not None:
                    cluster["info"].setdefault(name, value)
            mentions.append((candidate.start, candidate.end, key))

        # Full names before short ones, so that "Lindqvist" can find "Anna Lindqvist".
        full_names: dict[str, str] = {}
        for candidate in chosen:
            if candidate.kind == "person":
                words = name_key(self._strip_honorific(text[candidate.start : candidate.end])[0]).split()
                if len(words) >= 2:
                    full_names.setdefault(" ".join(words), slug(" ".join(words)))

        for candidate in sorted(chosen, key=lambda item: item.start):
            surface = text[candidate.start : candidate.end]
            if candidate.kind in ("organization", "country", "place") and candidate.ref:
                candidate.ref = self._disambiguate(candidate, doc)
                entity = self.gazetteer.entities[candidate.ref]
                # a parent body the article does not name gets no node of its own: the graph
                # holds what the article names ("UN experts" does not name the Council)
                add(candidate.ref, candidate, known=entity)
            elif candidate.kind in _NOT_ACTORS:
                add(f"{candidate.kind}:{candidate.ref}", candidate, kind=candidate.kind, label=candidate.label,
                    countries=candidate.countries or None)
            elif candidate.kind == "acronym":
                defined = name_key(acronyms.get(surface, ""))
                for key, cluster in clusters.items():
                    known = cluster["info"].get("known")
                    names = list(known.names) if known else _cluster_names(cluster)
                    if defined and any(name_key(name) == defined for name in names):
                        add(key, candidate)
                        break
            elif candidate.kind == "context":
                # the body named last of those that go by these words
                owner = next((key for _start, _end, key in sorted(mentions, reverse=True) if key in candidate.countries), None)
                if owner is not None:
                    add(owner, candidate)
            elif candidate.kind == "capital":
                city = fold(surface)
                country = candidate.country
                state = self.gazetteer.entities.get(country)
                wikidata = next((item for name, item in state.capital_wikidata.items() if fold(name) == city), None) if state else None
                add(f"place:{slug(city)}", candidate, located_in=country, kind="place", wikidata=wikidata)
            elif candidate.kind == "government":
                key = f"government-of-{candidate.country}"
                add(key, candidate, kind="organization", org_kind="government", country=candidate.country)
                self._ensure_known(clusters, candidate.country, candidate)
            elif candidate.kind == "organ":
                earlier = organs_named.get(candidate.ref)  # "the public prosecutor" later is the same one
                country = (candidate.country or (earlier and earlier[0])
                           or self._country_of_sentence(candidate.start, mentions, clusters, sentences) or dominant)
                if country is None or country not in self.gazetteer.entities:
                    if surface[:1].isupper() and candidate.ref != "government":
                        # "In 2019 Congress passed …" in an article about no one state: the body it names
                        add(f"org:{slug(clean_surface(surface))}", candidate, kind="organization", org_kind="state organ")
                    continue
                city = candidate.city or (earlier[1] if earlier and earlier[0] == country else None)
                self._add_organ(add, clusters, candidate, country, city, surface)
                self._ensure_known(clusters, country, candidate)
                organs_named[candidate.ref] = (country, city)
            elif candidate.kind == "mechanism":
                country = candidate.country or dominant
                key = f"{slug(candidate.mechanism)}-{country}" if country else slug(surface)
                add(key, candidate, kind="organization", org_kind=candidate.org_kind, country=country)
            elif candidate.kind == "anaphoric-mechanism":
                previous = _last_cluster(mentions, clusters, candidate.start, ("commission of inquiry", "fact-finding mission", "UN mechanism"))
                if previous:
                    add(previous, candidate)
            elif candidate.kind == "person":
                candidate = self._with_honorific(text, candidate)  # "Mr. Kang": the name as the article gives it
                surface = text[candidate.start : candidate.end]
                name, gender = self._strip_honorific(surface)
                words = name_key(name).split()
                if not words:
                    continue
                key = self._person_key(words, full_names, persons)
                persons.append((key, " ".join(words)))
                add(f"person:{key}", candidate, kind="person")
                if gender:
                    genders[f"person:{key}"] = gender
            elif candidate.source == "model" and candidate.kind in ("organization", "place") and (
                    key := self._surname_of(surface, full_names)):
                # "Lindqvist wrote…" after "Anna Lindqvist": the model may call a bare surname an organisation
                persons.append((key, name_key(surface)))
                add(f"person:{key}", candidate, kind="person")
            else:  # organisations and places no list knows
                key = self._unknown_key(candidate, surface, clusters, acronyms)
                if key is None:
                    continue
                org_kind, country = candidate.org_kind, None
                if candidate.kind == "organization" and org_kind is None and key not in self.gazetteer.entities:
                    org_kind, country = self._named_organ(surface)
                    if org_kind == "state organ" and country is None:
                        country = self._country_of_sentence(candidate.start, mentions, clusters, sentences) or dominant
                add(key, candidate, kind=candidate.kind, org_kind=org_kind, country=country)
                if country:
                    self._ensure_known(clusters, country, candidate)

        _merge_other_names(text, clusters, mentions, genders)
        _merge_short_names(clusters, mentions, genders)
        self._add_bare_names(doc, clusters, mentions)
        self._add_misspelt_names(doc, clusters, mentions)
        entities = {key: self._entity(key, cluster, text, sentences) for key, cluster in clusters.items()}
        index = EntityIndex(entities=entities, mentions=mentions, sentences=sentences, genders=genders, _text=text)
        _infer_genders(doc, index)
        return index

    def _with_honorific(self, text: str, candidate: Candidate) -> Candidate:
        """The candidate with an honorific right before it ("Mr.", "Ms", "Dr") made part of it."""
        before = text[max(0, candidate.start - 10) : candidate.start]
        match = re.search(r"(?:^|(?<=\s))(\S+)[ \t]+$", before)
        if match and match.group(1) in self.gazetteer.honorifics:
            return replace(candidate, start=candidate.start - len(before) + match.start(1))
        return candidate

    def _completed_names(self, doc, chosen: list[Candidate]) -> list[Candidate]:
        """The candidates, with the full name of a person the model only found by surname:
        "Okafor says …" after "…, Lena Okafor, a lecturer", where the model tagged "Okafor"."""
        text = text_of(doc)
        taken = _Covered((candidate.start, candidate.end) for candidate in chosen)
        surnames = {text[c.start:c.end] for c in chosen if c.kind == "person" and re.fullmatch(r"[A-Z][\w’'-]+", text[c.start:c.end])}
        if not surnames:
            return chosen
        heads, honorifics = self._post_heads, self.gazetteer.honorifics
        not_names = self.gazetteer.words("not_names")
        found = []
        for surname in sorted(surnames):
            for match in re.finditer(rf"(?<![\w’'-])([A-Z][\w’'-]+)[ \t]+{re.escape(surname)}(?![\w’'-])", text):
                token = doc.char_span(match.start(1), match.end(1))
                if token is None or taken.overlaps(match.start(1), match.end(1)):
                    continue
                first = token[0]
                if first.pos_ != "PROPN" or first.text in honorifics or first.lower_ in heads or first.text in not_names:
                    continue
                if first.ent_type_ not in ("", "PERSON"):
                    continue
                found.append(Candidate(match.start(), match.end(), "person", "model", 1))
                taken.add(match.start(), match.end())
        kept = [c for c in chosen if not any(c.start < end and start < c.end for start, end in
                                            ((f.start, f.end) for f in found))]
        return sorted(kept + found, key=lambda item: item.start)

    def _add_organ(self, add, clusters: dict, candidate: Candidate, country: str, city: str | None, surface: str) -> None:
        """One organ of one state: "the police" in an article about India is the Police of India,
        whichever of its nouns the article uses; a mission is told apart by its city."""
        state = self.gazetteer.entities[country]
        if candidate.ref == "government":
            add(f"government-of-{country}", candidate, kind="organization", org_kind="government", country=country)
            return
        name = f"{candidate.label} of {_with_article(state.label)}"
        key = f"{candidate.ref}-of-{country}"
        if city:
            name, key = f"{name} in {city}", f"{key}-in-{slug(city)}"
        add(key, candidate, kind="organization", org_kind="state organ", country=country, label=name)
        if candidate.city:  # "the Ruritanian consulate in Strelsau", as the article puts it
            clusters[key].setdefault("aliases", set()).add(f"{clean_surface(surface)} in {candidate.city}")
        votes = clusters[key].setdefault("votes", [0, 0])  # how often spoken of as an organ, as a place
        votes[candidate.as_place] += 1

    def _country_of_sentence(self, offset: int, mentions: list[tuple[int, int, str]], clusters: dict,
                             sentences: list[Span]) -> str | None:
        """The state the sentence is about: the last country, or a government's or organ's
        country, named in it before ``offset``."""
        starts = [span.start for span in sentences]
        since = sentences[_sentence_index(starts, offset)].start if sentences else 0
        for start, _end, key in sorted(mentions, reverse=True):
            if start >= offset:
                continue
            if start < since:
                break
            info = clusters.get(key, {}).get("info", {})
            known = info.get("known")
            if known is not None and known.kind == "country":
                return known.key
            if info.get("org_kind") in ("government", "state organ") and info.get("country"):
                return info["country"]
        return None

    def _disambiguate(self, candidate: Candidate, doc) -> str:
        """"UNHCR adopted a resolution at its session" means the Human Rights Council."""
        entity = self.gazetteer.entities[candidate.ref]
        if not entity.ambiguous_with:
            return candidate.ref
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        context = fold(span.sent.text) if span is not None else ""
        if any(cue in context for cue in entity.cues):
            return candidate.ref
        for other, cues in sorted(entity.ambiguous_with.items()):
            if any(cue in context for cue in cues):
                return other
        return candidate.ref

    def _add_bare_names(self, doc, clusters: dict, mentions: list[tuple[int, int, str]]) -> None:
        """"Karimi" after "Reza Karimi Tabar", where the model did not tag it."""
        taken = _Covered((start, end) for start, end, _key in mentions)
        for key, cluster in list(clusters.items()):
            if cluster["info"].get("kind") != "person":
                continue
            full = max((surface for _s, _e, surface in cluster["surfaces"]), key=len)
            words = self._strip_honorific(full)[0].split()
            if len(words) < 2:
                continue
            first_seen = min(start for start, _e, _s in cluster["surfaces"])
            for match in re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", text_of(doc)):
                if match.start() < first_seen or taken.overlaps(match.start(), match.end()):
                    continue
                cluster["surfaces"].append((match.start(), match.end(), match.group(0)))
                mentions.append((match.start(), match.end(), key))
                taken.add(match.start(), match.end())

    def _add_misspelt_names(self, doc, clusters: dict, mentions: list[tuple[int, int, str]]) -> None:
        """"Nile Watch Initative" after "Nile Watch Initiative": a typo the model missed."""
        taken = _Covered((start, end) for start, end, _key in mentions)
        tokens = tokens_of(doc)
        capitalised = [token.i for token in tokens if token.text[:1].isupper()]
        starts = [token.idx for token in tokens]
        ends = [token.idx + len(token) for token in tokens]
        text = text_of(doc)
        for key, cluster in list(clusters.items()):
            if cluster["info"].get("kind") not in ("organization", "place") or not cluster["surfaces"]:
                continue
            name = max((clean_surface(surface) for _s, _e, surface in cluster["surfaces"]), key=len)
            words = name.split()
            if len(words) < 2 or len(name) < 8:
                continue
            wanted = name_key(name)
            for start in capitalised:
                if start + len(words) > len(doc):
                    continue
                begin, end = starts[start], ends[start + len(words) - 1]
                if abs(end - begin - len(name)) > 2 or taken.overlaps(begin, end):
                    continue
                window = text[begin:end]
                if name_key(window) != wanted and is_typo_of(name_key(window), wanted):
                    cluster["surfaces"].append((begin, end, window))
                    mentions.append((begin, end, key))
                    taken.add(begin, end)

    def _ensure_known(self, clusters: dict, key: str | None, candidate: Candidate) -> None:
        # A parent organisation or a governed country is referenced, not mentioned: it still
        # needs a node, derived from the sentence that implies it.
        if key and key not in clusters and key in self.gazetteer.entities:
            clusters[key] = {"surfaces": [], "info": {"known": self.gazetteer.entities[key]}, "implied_by": (candidate.start, candidate.end)}

    def _strip_honorific(self, surface: str) -> tuple[str, str | None]:
        words = clean_surface(surface).split()
        gender = None
        heads = self._post_heads
        while len(words) > 1 and (words[0] in self.gazetteer.honorifics or words[0].lower() in heads):
            gender = gender or self.gazetteer.honorifics.get(words[0]) or None
            words = words[1:]
        # multi-word post titles before a name: "High Commissioner Lindqvist"
        joined = " ".join(words)
        lowered = joined.lower()
        for head in self._post_head_prefixes:
            if lowered.startswith(head) and len(joined) > len(head):
                joined = joined[len(head) :]
                break
        return joined, gender

    @staticmethod
    def _person_key(words: list[str], full_names: dict[str, str], seen: list[tuple[str, str]]) -> str:
        name = " ".join(words)
        if len(words) >= 2:
            # "Castaño Ruiz" is a shorter form of "Inés Castaño Ruiz".
            for full, key in full_names.items():
                if full != name and full.endswith(" " + name):
                    return key
            return full_names.get(name, slug(name))
        word = words[0]
        matches = [key for full, key in full_names.items() if full.split()[-1] == word]
        matches = matches or [key for full, key in full_names.items() if full.split()[0] == word]
        if len(matches) == 1:
            return matches[0]
        for key, seen_name in reversed(seen):
            if word in seen_name.split():
                return key
        return slug(word)

    def _surname_of(self, surface: str, full_names: dict[str, str]) -> str | None:
        """The key of the one full name in the article that ends, or else begins, in this
        single word: "Haddad" and "Jamal" after "Jamal Haddad", whatever the model
        calls them; "Prince Faisal" after "Faisal bin Nasser"."""
        words = name_key(self._strip_honorific(surface)[0]).split()
        if len(words) != 1:
            return None
        matches = {key for full, key in full_names.items() if full.split()[-1] == words[0]}
        matches = matches or {key for full, key in full_names.items() if full.split()[0] == words[0]}
        return matches.pop() if len(matches) == 1 else None

    def _unknown_key(self, candidate: Candidate, surface: str, clusters: dict, acronyms: dict[str, str]) -> str | None:
        surface = clean_surface(surface)
        surface = re.sub(r"\s+(?:19|20)\d\d$", "", surface)
        key_text = name_key(surface)
        if not key_text or len(key_text) < 2:
            return None
        if fold(surface) in self._country_names:
            return self._country_names[fold(surface)]
        words = surface.split()
        if candidate.kind == "place" and len(words) > 1 and words[-1].lower() in self._place_nouns:
            # "Xinjiang region", "Rakhine state": a known place with its type noun
            known = self._known_place_names.get(fold(" ".join(words[:-1])))
            if known:
                return known
        if surface in acronyms:
            defined = name_key(acronyms[surface])
            for key, cluster in clusters.items():
                if any(name_key(name) == defined for name in _cluster_names(cluster)):
                    return key
        elif _is_acronym(surface) and 2 < len(surface) <= 6:
            # "the TPLF" after "the Tigray People's Liberation Front": the initials of a name given
            for key, cluster in clusters.items():
                if cluster["info"].get("kind") == "organization" and any(_initials(name) == surface for name in _cluster_names(cluster)):
                    return key
        prefix = "org" if candidate.kind == "organization" else "place"
        for key, cluster in clusters.items():
            known: KnownEntity | None = cluster["info"].get("known")
            names = list(known.names) if known else _cluster_names(cluster)
            kind = known.kind if known else cluster["info"].get("kind")
            same_kind = kind == candidate.kind or {kind, candidate.kind} <= {"place", "country"}
            if same_kind and any(is_typo_of(key_text, name_key(name)) for name in names):
                return key
        if len(key_text) >= 8:  # shorter names have no typos (is_typo_of)
            for entity, known in self._known_names_like(key_text):
                same_kind = entity.kind == candidate.kind or {entity.kind, candidate.kind} <= {"place", "country"}
                if same_kind and is_typo_of(key_text, known):
                    return entity.key
        return f"{prefix}:{slug(key_text)}"

    def _known_names_like(self, key_text: str) -> list[tuple[KnownEntity, str]]:
        """The known names a typo of ``key_text`` could be: those sharing its first two letters or
        its first word, within two letters of its length (what ``is_typo_of`` allows), in data order."""
        by_opening, by_word = self._known_name_index
        found = by_opening.get(key_text[:2], []) + by_word.get(key_text.split()[0], [])
        seen, near = set(), []
        for order, entity, known in sorted(found, key=lambda item: item[0]):
            if order not in seen and abs(len(known) - len(key_text)) <= 2:
                seen.add(order)
                near.append((entity, known))
        return near

    @cached_property
    def _known_name_index(self) -> tuple[dict, dict]:
        """Every known name key, by its first two letters and by its first word, made once."""
        by_opening: dict[str, list] = {}
        by_word: dict[str, list] = {}
        order = 0
        for entity, keys in self._known_name_keys:
            for known in keys:
                if not known:
                    continue
                by_opening.setdefault(known[:2], []).append((order, entity, known))
                by_word.setdefault(known.split()[0], []).append((order, entity, known))
                order += 1
        return by_opening, by_word

    @cached_property
    def _known_place_names(self) -> dict[str, str]:
        """Folded names of the countries and places the domain data knows."""
        return {fold(name): entity.key for entity in self.gazetteer.entities.values()
                if entity.kind in ("country", "place") for name in entity.names}

    @cached_property
    def _known_name_keys(self) -> list[tuple[KnownEntity, list[str]]]:
        """Every known entity with the keys of its names, made once (not for every unknown name)."""
        return [(entity, [name_key(name) for name in entity.names]) for entity in self.gazetteer.entities.values()]

    def _entity(self, key: str, cluster: dict, text: str, sentences: list[Span]) -> Entity:
        info = cluster["info"]
        known: KnownEntity | None = info.get("known")
        if not known and key in self.gazetteer.entities:
            known = self.gazetteer.entities[key]
        spans = [Span(start, end, surface) for start, end, surface in sorted(set(cluster["surfaces"]))]
        if not spans and "implied_by" in cluster:
            start, end = cluster["implied_by"]
            spans_for_provenance = [Span(start, end, text[start:end])]
        else:
            spans_for_provenance = spans
        starts = [sentence.start for sentence in sentences]
        mentions = tuple(Mention(span, _sentence_index(starts, span.start)) for span in spans_for_provenance)
        surfaces = [clean_surface(span.text) for span in spans]
        surfaces = [surface for surface in surfaces if surface] + sorted(cluster.get("aliases", ()))
        if known:
            aliases = tuple(sorted({*known.aliases, *surfaces} - {known.label}))
            return Entity(
                key=known.key, kind=known.kind, label=known.label, mentions=mentions, aliases=aliases,
                org_kind=known.org_kind, ref=known.key, wikidata=known.wikidata, part_of=known.part_of,
                located_in=known.country, country=known.org_country or info.get("country"),
            )
        kind = info.get("kind", "organization")
        if kind in _NOT_ACTORS:
            label = info.get("label") or max(surfaces, key=len)
            aliases = tuple(sorted(set(surfaces) - {label}))
            return Entity(key=key, kind=kind, label=label, mentions=mentions, aliases=aliases)
        if kind == "person":
            names = [self._strip_honorific(surface)[0] for surface in surfaces]
            label = max(names, key=lambda name: (len(name.split()), len(name), -names.index(name)))
            aliases = tuple(sorted(set(surfaces) - {label}))
        elif info.get("org_kind") == "government":
            country = self.gazetteer.entities[info["country"]]
            label = f"Government of {_with_article(country.label)}"
            aliases = tuple(sorted({surface for surface in surfaces if not surface.islower() or " " in surface} - {label}))
        else:
            # a full name over its acronym, then the most frequent, then the longest form
            counts = Counter(surfaces)
            label = max(counts, key=lambda name: (not _is_acronym(name), counts[name], len(name), -surfaces.index(name)))
            if info.get("org_kind") in ("commission of inquiry", "fact-finding mission") and info.get("country"):
                # one name in every article: its kind and its country
                country = self.gazetteer.entities[info["country"]]
                kind_name = "Commission of Inquiry" if info["org_kind"] == "commission of inquiry" else "Fact-Finding Mission"
                label = f"{kind_name} on {_with_article(country.label)}"
            elif info.get("org_kind") in ("commission of inquiry", "fact-finding mission", "UN mechanism"):
                label = max(surfaces, key=lambda name: (len(name), -surfaces.index(name)))
            if info.get("label"):
                label = info["label"]  # an organ of a state: "Police of India", whatever the article calls it
            aliases = tuple(sorted(set(surfaces) - {label}))
        org_kind = info.get("org_kind")
        if kind == "organization" and org_kind is None:
            org_kind = self._guess_org_kind(label)
        as_organ, as_place = cluster.get("votes", (1, 0))
        if as_place > as_organ:
            kind, org_kind = "place", None  # "killed in the consulate": where it happened
        return Entity(
            key=key, kind=kind, label=label, mentions=mentions, aliases=aliases, org_kind=org_kind,
            country=info.get("country"), located_in=info.get("located_in"), wikidata=info.get("wikidata"),
        )

    def _named_organ(self, surface: str) -> tuple[str | None, str | None]:
        """The kind of a named body that may belong to a state, and that state when the name
        gives it: "Ministry of Water Affairs" and "Kenyan Ministry on Coastal Affairs" are
        state organs; "Kenya Army" the state's army, "Delta Liberation Army" an armed group."""
        words = clean_surface(surface).split()
        if not words:
            return None, None
        country, country_end = None, -1
        for width in (4, 3, 2, 1):
            for start in range(0, len(words) - width + 1):
                folded = re.sub(r"['’]s$", "", fold(" ".join(words[start : start + width])))
                found = self._country_names.get(folded) or self._demonyms.get(folded)
                if found and country is None:
                    country, country_end = found, start + width
        lexicon = self.gazetteer
        # a state's own forces open with the state's name: "Ruritanian National Defence Force",
        # "Ruritania Navy"; "Free Ruritanian Army" is an armed group, and so is every movement
        # or front, whatever state it names
        if words[-1] in lexicon.words("state_force_heads"):
            for width in (3, 2, 1):
                opening = fold(" ".join(words[:width]))
                state = self._country_names.get(opening) or self._demonyms.get(opening)
                if state and width < len(words):
                    return "state organ", state
        if words[-1] in lexicon.words("armed_group_heads"):
            return "armed group", None
        if any(word in lexicon.words("state_organ_heads") for word in words) or words[:2] == ["House", "of"]:
            return "state organ", country  # "House of Commons", "House of Representatives": a legislature
        if country and country_end < len(words) and words[-1] in lexicon.words("country_named_organ_heads") \
                and not any(word in lexicon.words("media_heads") | lexicon.words("ngo_heads") for word in words):
            return "state organ", country  # "Israel Prison Service", "Republic of Korea Mission"
        return None, None

    def _guess_org_kind(self, label: str) -> str:
        words = label.split()
        lowered = fold(label)
        if any(head.lower() in lowered for head in self.gazetteer.words("media_heads") if " " in head) or words[-1] in self.gazetteer.words("media_heads"):
            return "media"
        if words[0] in ("UN", "U.N.", "United"):
            return "UN body"
        if any(word in self.gazetteer.words("government_heads") for word in words) or any(
            head in label for head in self.gazetteer.words("government_heads") if " " in head
        ):
            return "government"
        if any(word in self.gazetteer.words("ngo_heads") for word in words):
            return "NGO"
        return "other"


def _known_name_matcher(nlp, gazetteer: Gazetteer):
    from spacy.matcher import PhraseMatcher

    by_case = PhraseMatcher(nlp.vocab, attr="ORTH")
    by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")

    def add(matcher, label: str, names) -> None:
        variants = set()
        for name in names:
            variants |= {name, name.replace("'", "’")}
            # "the UN's human rights office", "the U.N.'s refugee agency"
            for prefix, possessive in (("UN ", "UN's "), ("U.N. ", "U.N.'s "), ("United Nations ", "United Nations' ")):
                if name.startswith(prefix) and len(name) > len(prefix):
                    owned = possessive + name[len(prefix):]
                    variants |= {owned, owned.replace("'", "’")}
        matcher.add(label, [nlp.make_doc(variant) for variant in sorted(variants)])

    for entity in gazetteer.entities.values():
        acronyms = [name for name in entity.names if _is_acronym(name)]
        words = [name for name in entity.names if not _is_acronym(name)]
        label = f"{entity.kind}|{entity.key}"
        if words:
            add(by_lower, label, words)
        if acronyms:
            add(by_case, label, acronyms)
        if entity.context_aliases:
            # "the Office" also opens a sentence as "The Office"
            aliases = {alias for name in entity.context_aliases for alias in (name, name[:1].upper() + name[1:])}
            add(by_case, f"context|{entity.key}", sorted(aliases))
        if entity.capitals:
            add(by_case, f"capital|{entity.key}", entity.capitals)

    def match(doc):
        return list(by_case(doc)) + list(by_lower(doc))

    return match


def _initials(name: str) -> str:
    """"Tigray People's Liberation Front" -> "TPLF": the capitals that open its words."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name.replace("’s", "").replace("'s", "")) if word[:1].isupper())


def _is_acronym(name: str) -> bool:
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters) and len(name.split()) == 1


def _mechanism_type(words: str) -> str:
    words = fold(words)
    if "finding" in words:
        return "fact-finding mission"
    if "inquiry" in words:
        return "commission of inquiry"
    return "UN mechanism"


def _country_name_lookup(gazetteer: Gazetteer) -> dict[str, str]:
    lookup = {}
    for country in gazetteer.countries:
        for name in country.names:
            lookup[fold(name)] = country.key
    return lookup


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


class _Covered:
    """Character offsets already claimed by a mention, for constant-time overlap checks."""

    def __init__(self, spans=()):
        self.offsets: set[int] = set()
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self.offsets.update(range(start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(offset in self.offsets for offset in range(start, end))


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


#: Lower-case words inside a name's complement: "Institute of Maritime Law and Human
#: Rights", "Committee on the Elimination of Discrimination against Women".
_COMPLEMENT_WORDS = {"of", "the", "and", "&", "against", "for", "on", "in"}
_MAX_COMPLEMENT = 12


def _spaced_run(text: str, words: list) -> list:
    """The words, in the order given, as long as only spaces or tabs stand between each and
    the next: the words that may make one name."""
    run = words[:1]
    for word in words[1:]:
        a, b = sorted((run[-1], word), key=lambda match: match.start())
        if text[a.end() : b.start()].strip(" \t"):
            break
        run.append(word)
    return run


def _country_at(tokens: list, index: int, countries: dict[str, str]) -> bool:
    """Whether a country's name starts at ``index``."""
    return any(fold(" ".join(token.text for token in tokens[index : index + width])) in countries for width in (4, 3, 2, 1))


def _complement_end(tokens: list, end: int, countries: dict[str, str] | None = None) -> int:
    """Where the complement after an organisation word ends ("Mechanism for the Declaration"):
    after "for", "of" or "on", title-case words and the lower-case words that join them, up
    to the last title-case word. "and the" starts another name."""
    if end + 1 >= len(tokens) or tokens[end].lower_ not in ("for", "of", "on", "in"):
        return end
    if tokens[end].lower_ == "in" and not (countries and _country_at(tokens, end + 1, countries)):
        return end  # "Mission in South Sudan" names the mission; "Office in New York" says where it is
    last = end
    index = end + 1
    while index < len(tokens) and index - end <= _MAX_COMPLEMENT:
        token = tokens[index]
        if token.text in ("“", "”") or "\n" in token.text_with_ws[len(token.text):] and index > end + 1:
            break
        if token.text[:1].isupper() or token.text == "&":
            last = index + 1
            if "\n" in token.text_with_ws:
                break
        elif token.lower_ not in _COMPLEMENT_WORDS or token.lower_ == "and" and index + 1 < len(tokens) and (
            tokens[index + 1].lower_ == "the" or tokens[index + 1].text.isupper()
        ):
            break
        index += 1
    return last if last > end + 1 else end


def _kinds_by_coordination(doc, found: list[Candidate]) -> list[Candidate]:
    """A single name the model guessed, listed with groups of people or with places, is one
    too: "the Rohingya, Mro, Daignet and Karen" lists peoples, "London, Glasgow, Belfast and
    Jaywick" places, whatever the model calls "Mro" or "Jaywick"."""
    single = set()
    for c in found:
        span = doc.char_span(c.start, c.end) if c.source == "model" and c.kind in ("person", "place", "organization") else None
        if span is not None and len(span) == 1 and span[0].dep_ in ("conj", "nmod", "compound"):
            single.add(id(c))
    if not single:
        return found
    changed = True
    while changed:  # "A, B, C and D": each is the conjunct of the one before
        changed = False
        spans = {kind: [(c.start, c.end) for c in found if c.kind in kinds]
                 for kind, kinds in (("group", ("group",)), ("place", ("place", "country")))}
        result = []
        for c in found:
            if id(c) in single:
                kind = _kind_of_conjuncts(doc, c, spans)
                retyped = None
                if kind == "group" and c.kind != "group":
                    text = text_of(doc)[c.start : c.end]
                    retyped = replace(c, kind="group", source="group", ref=slug(text), label=text)
                elif kind == "place" and c.kind != "place":
                    retyped = replace(c, kind="place")
                if retyped is not None:
                    c, changed = retyped, True
                    single.add(id(c))
            result.append(c)
        found = result
    return found


def _kind_of_conjuncts(doc, candidate: Candidate, spans: dict[str, list[tuple[int, int]]]) -> str | None:
    span = doc.char_span(candidate.start, candidate.end)
    if span is None or len(span) != 1:
        return None
    token = span[0]
    conjuncts = [token.head] if token.dep_ == "conj" else []
    conjuncts += [child for child in token.children if child.dep_ == "conj"]
    if token.dep_ in ("nmod", "compound", "conj"):  # listed side by side before one noun
        conjuncts += [other for other in token.head.children if other.dep_ == token.dep_]
    conjuncts = [other for other in conjuncts if other.i != token.i]
    for kind, taken in spans.items():
        if any(start <= other.idx < end for other in conjuncts for start, end in taken):
            return kind
    return None


def _longer_names_first(found: list[Candidate], text: str) -> list[Candidate]:
    """A title-case name ending in an organisation's or a happening's word, or a place the
    model found, that holds a known name is another, longer name: "Paris Peace Summit",
    "Japan Society for Human Rights", "Latin America"."""
    known = sorted((c.start, c.end, c.kind) for c in found if c.source == "known" and c.kind != "context")
    longer = []
    for c in found:
        if (c.source == "heuristic" or c.source == "model" and c.kind == "place") and c.priority < 3:
            # a place the model found holds only places ("Latin America"), not "BBC Delhi"
            inside = [(start, end) for start, end, kind in known if c.start <= start and end <= c.end
                      and (start, end) != (c.start, c.end) and (c.source == "heuristic" or kind in ("country", "place", "capital"))]
            # two known names joined by "and" are two names ("OHCHR and Amnesty International")
            joined = any(re.search(r"\s(?:and|&)\s", text[a_end:b_start]) for (_a, a_end), (b_start, _b) in zip(inside, inside[1:]))
            if inside and not joined:
                c = replace(c, priority=3)
        longer.append(c)
    return longer


def _without_groups_inside_names(found: list[Candidate]) -> list[Candidate]:
    """A group named inside an organisation's, an instrument's or a place's name is part of that
    name: "Indigenous Peoples" in "Expert Mechanism on the Rights of Indigenous Peoples"."""
    if not any(c.kind == "group" for c in found):
        return found
    names = [(c.start, c.end) for c in found
             if c.kind in ("organization", "mechanism", "instrument") and c.source in ("heuristic", "known", "pattern", "instrument",
                                                                                     "instrument-words")
             or c.kind == "place" and c.source == "model"]  # "Tamil Nadu" holds no group
    return [c for c in found if c.kind != "group" or not any(
        start <= c.start and c.end <= end and (start, end) != (c.start, c.end) for start, end in names)]


def _particle_name(span, gazetteer: Gazetteer) -> bool:
    """"Pierre de Villiers": capitalised words joined by a lower-case name particle, with no
    word of an organisation's or a place's, name a person."""
    words = [token for token in span if not token.is_punct]
    if not 3 <= len(words) <= 5 or words[0].lower_ in _NAME_PARTICLES or words[-1].lower_ in _NAME_PARTICLES:
        return False
    heads = gazetteer.words("organization_heads") | gazetteer.words("place_nouns")
    particles = [token for token in words if token.lower_ in _NAME_PARTICLES and token.text.islower()]
    return bool(particles) and all(
        token in particles or token.text[:1].isupper() and token.text not in heads and token.lower_ not in heads for token in words
    )


def _name_word(token) -> bool:
    return (token.text[:1].isupper() and token.is_alpha or token.lower_ in _CONNECTORS) and token.text not in ("“", "”")


def _inside_blocked(start: int, end: int, blocked: list[tuple[int, int, bool]]) -> bool | None:
    for block_start, block_end, keep_places in blocked:
        if block_start <= start and end <= block_end:
            return keep_places
    return None


def _inside_masked(candidate: Candidate, masked) -> bool:
    return any(span.start <= candidate.start and candidate.end <= span.end for span in masked)


def _choose(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the strongest, longest candidates; drop any that overlap one already kept."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=lambda item: (-item.priority, -item.length, item.start)):
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        chosen.append(candidate)
        taken.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda item: item.start)


def _acronym_definitions(text: str) -> dict[str, str]:
    definitions = {}
    for match in _ACRONYM_DEFINITION.finditer(text):
        name, acronym = match.group("name"), match.group("acronym")
        name = re.sub(r"^(?:The|the)\s+", "", name)
        initials = "".join(word[0] for word in name.split() if word[0].isupper()).upper()
        every_initial = "".join(word[0] for word in name.split()).upper()  # "Committee against Torture": CAT
        letters = acronym.replace(".", "").upper()
        if letters in initials or letters in every_initial or initials.startswith(letters[0]):
            definitions[acronym] = re.sub(r"^(?:The|the)\s+", "", name)
    return definitions


def _acronym_mentions(text: str) -> list[Candidate]:
    """Every use of an acronym that the article defines in parentheses ("Islamic State (IS)")."""
    found = []
    for acronym, _name in _acronym_definitions(text).items():
        for match in re.finditer(rf"(?<![\w.]){re.escape(acronym)}(?![\w])", text):
            found.append(Candidate(match.start(), match.end(), "acronym", "pattern", 3))
    return found


#: One name of a list ("Freedom from Torture", "the Center for Constitutional Rights"): title-case
#: words and the lower-case words inside names, up to a comma, "and" or a lower-case word.
_LISTED_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z0-9][\w’'&-]*)"  # "U.N." or "Care4Calais", never a sentence's full stop
_LISTED_NAME = re.compile(
    rf"(?<![\w’'-])(?!(?:and|the)\b){_LISTED_WORD}(?:[ \t]+(?:(?:of|for|from|on|against|the|de|du|in)[ \t]+)*{_LISTED_WORD})*"
)
#: What may stand before a listed name without being part of it: "London-based", "New York-based".
_LISTED_OPENING = re.compile(r"(?:[A-Z][\w’']*[ \t]+)*[A-Z][\w’'-]*-based[ \t]+")

_LIST_SEPARATOR = re.compile(r"(?:[ \t]*\([A-Z][\w.&-]{1,9}\))?(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?(?=[A-Z0-9])")

#: What stands between a name and another name of the same thing: "Camp 15, also known as
#: Sungri", "Faisal bin Nasser, widely known as FBN".
_OTHER_NAME = re.compile(r"[\s,(\-–—\ufffd]*(?:also|otherwise|commonly|widely|better|locally)?\s*(?:known|referred to) as\s*(?:the\s+)?[“\"']?\s*$")


def _merge_other_names(text: str, clusters: dict, mentions: list[tuple[int, int, str]], genders: dict[str, str]) -> None:
    """A name followed by "also known as" another name: both are one thing. The thing the
    domain data knows keeps its key; otherwise the first name's."""
    ordered = sorted(mentions)
    for (start, end, first), (next_start, next_end, second) in zip(ordered, ordered[1:]):
        if first == second or first not in clusters or second not in clusters or next_start < end:
            continue
        if not _OTHER_NAME.match(text[end:next_start]):
            continue
        keep, drop = (second, first) if "known" in clusters[second]["info"] and "known" not in clusters[first]["info"] else (first, second)
        if "known" in clusters[drop]["info"]:
            continue  # two things the data knows apart stay apart
        _merge_cluster(clusters, mentions, genders, keep, drop)
        # the other name used on its own later ("FBN said") is the same thing
        names = {name_key(surface) for _s, _e, surface in clusters[keep]["surfaces"]}
        for other in [key for key, cluster in clusters.items() if key != keep and "known" not in cluster["info"]]:
            surfaces = clusters[other]["surfaces"]
            if surfaces and all(name_key(surface) in names for _s, _e, surface in surfaces):
                _merge_cluster(clusters, mentions, genders, keep, other)


def _merge_short_names(clusters: dict, mentions: list[tuple[int, int, str]], genders: dict[str, str]) -> None:
    """A place or organisation named by one word that begins the one longer name of its kind
    in the article is that thing: "Guantánamo" after "Guantánamo Bay"."""
    def names(cluster) -> set[str]:
        known = cluster["info"].get("known")
        return {name_key(name) for name in (known.names if known else _cluster_names(cluster))}

    single = {key: names(cluster) for key, cluster in clusters.items()
              if "known" not in cluster["info"] and cluster["info"].get("kind") in ("place", "organization") and cluster["surfaces"]}
    single = {key: own for key, own in single.items() if all(len(name.split()) == 1 for name in own)}
    if not single:
        return
    # the first words of every longer name, once
    openings = {key: {name.split()[0] for name in names(cluster) if len(name.split()) > 1} for key, cluster in clusters.items()}
    for key, own in single.items():
        if key not in clusters:
            continue
        kind = clusters[key]["info"].get("kind")
        longer = [other for other, words in openings.items() if other != key and other in clusters and words & own
                  and clusters[other]["info"].get("kind", kind) == kind]
        if len(longer) == 1:
            _merge_cluster(clusters, mentions, genders, longer[0], key)


def _merge_cluster(clusters: dict, mentions: list[tuple[int, int, str]], genders: dict[str, str], keep: str, drop: str) -> None:
    clusters[keep]["surfaces"] += clusters[drop]["surfaces"]
    for name, value in clusters[drop]["info"].items():
        clusters[keep]["info"].setdefault(name, value)
    del clusters[drop]
    mentions[:] = [(start, end, keep if key == drop else key) for start, end, key in mentions]
    if drop in genders:
        genders.setdefault(keep, genders.pop(drop))


def _dominant_country(chosen: list[Candidate]) -> str | None:
    counts = Counter(candidate.ref for candidate in chosen if candidate.kind == "country")
    counts.update(candidate.country for candidate in chosen if candidate.kind == "government")
    if not counts:
        return None
    first_seen = {}
    for candidate in chosen:
        key = candidate.ref if candidate.kind == "country" else candidate.country
        first_seen.setdefault(key, candidate.start)
    return max(counts, key=lambda key: (counts[key], -first_seen.get(key, 0)))


def _last_cluster(mentions, clusters, offset: int, org_kinds: tuple[str, ...]) -> str | None:
    for start, _end, key in sorted(mentions, reverse=True):
        if start < offset and clusters[key]["info"].get("org_kind") in org_kinds:
            return key
    return None


def _cluster_names(cluster: dict) -> list[str]:
    return [clean_surface(surface) for _start, _end, surface in cluster["surfaces"]]


def _sentence_index(starts: list[int], offset: int) -> int:
    """The index of the sentence an offset falls in, given the sentences' start offsets."""
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _with_article(label: str) -> str:
    """A country's name as it reads after "of": "the Syrian Arab Republic", "the Philippines"."""
    words = label.split()
    return f"the {label}" if words[0] in _ARTICLE_FIRST_WORDS or words[-1] in _ARTICLE_LAST_WORDS else label


#: Country names that take "the": by their first word (a form of state, a union) or their last
#: (a plural: "the Philippines", "the Solomon Islands").
_ARTICLE_FIRST_WORDS = {"Democratic", "Republic", "United", "Islamic", "Syrian", "Russian", "People's", "Kingdom", "State",
                        "Central", "Federal", "Lao", "Bolivarian", "Plurinational", "Holy", "Czech", "Dominican", "Gambia"}
_ARTICLE_LAST_WORDS = {"Philippines", "Netherlands", "Bahamas", "Maldives", "Comoros", "Islands", "Emirates", "Congo"}


def _infer_genders(doc, index: EntityIndex) -> None:
    """A sentence that opens with "He" or "She" tells the gender of the last person named."""
    for sentence in doc.sents:
        first = next((token for token in sentence if not token.is_space and not token.is_punct), None)
        if first is None or first.lower_ not in ("he", "she"):
            continue
        person = index.last_before(first.idx, ("person",))
        if person and person not in index.genders:
            index.genders[person] = "male" if first.lower_ == "he" else "female"


__all__ = ["EntityFinder", "EntityIndex", "Candidate"]
