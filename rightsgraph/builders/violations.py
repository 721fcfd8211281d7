"""Find the violation types an article names, and what names them.

The wording comes from the SKOS scheme shipped with the ontology (preferred, alternative and
hidden labels), matched without regard to case, plural endings or British and American
spelling; "sexual or labour exploitation" names both sexual and labour exploitation.
A violation the text says was not established ("could not establish genocide") is kept but
marked negated, so it never becomes a documented violation. A word that names where people
are held ("abused in detention", "detention centres": the lexicon's ``violation_settings``) is
a setting there, not a violation, and "non-refoulement" names a principle, not refoulement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.records import Report, Span, ViolationMention
from rightsgraph.builders.nlp import text_of, tokens_of

_PREPOSITIONS = {"of", "against", "in", "without", "on", "to", "as", "by"}
_TARGETS = [("attack on ", "attack against "), ("attacks on ", "attacks against "), ("crackdown on ", "crackdown against ")]
_SPELLINGS = [("labour", "labor"), ("isation", "ization"), ("ise", "ize"), ("neighbour", "neighbor")]
_NEGATING_PHRASES = re.compile(
    r"\b(?:no|not|never|without|lack of|insufficient|denied|denies|deny|rejected|ruled out)\s+(?:\w+\s+){0,3}?"
    r"(?:evidence|proof|sign|signs|indication|finding)s?\s+(?:of|that)\b[^.;]*$",
    re.IGNORECASE,
)
_BULLETS = ("•", "-", "*", "–", "·", "▪")


def variants(label: str) -> set[str]:
    """The ways a label is written: plural head noun, "on" or "against" after an attack, British
    and American spelling."""
    words = label.lower().split()
    forms = {" ".join(words)}
    head = next((i - 1 for i, word in enumerate(words) if word in _PREPOSITIONS and i > 0), len(words) - 1)
    plural = list(words)
    plural[head] = _plural(words[head])
    forms.add(" ".join(plural))
    for form in list(forms):
        # "attack on civilians" and "attacks against civilians" say the same
        for on, against in _TARGETS:
            forms.add(form.replace(on, against))
            forms.add(form.replace(against, on))
    for british, american in _SPELLINGS:
        for form in list(forms):
            forms.add(form.replace(british, american))
            forms.add(form.replace(american, british))
    return forms


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "sh", "ch")):
        return word + "es" if not word.endswith("s") else word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


@lru_cache(maxsize=4)
def _matcher(nlp, labels_items: tuple[tuple[str, tuple[str, ...]], ...]):
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for concept, labels in labels_items:
        forms = set()
        for label in labels:
            forms |= variants(label)
        matcher.add(concept, [nlp.make_doc(form) for form in sorted(forms)])
    return matcher


def find_violations(doc, nlp, index: EntityIndex, reports: list[Report], labels: dict[str, tuple[str, ...]],
                    speech_verbs: frozenset[str] = frozenset(), settings: frozenset[str] = frozenset(),
                    negating_verbs: frozenset[str] = frozenset(), posts: tuple[Span, ...] = (),
                    guarding_verbs: frozenset[str] = frozenset(), holding_verbs: frozenset[str] = frozenset(),
                    arrests: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> list[ViolationMention]:
    """Every violation type the text names; not the words of a name ("the Committee against
    Torture", "the Special Rapporteur on torture", "the Genocide Convention"), which name a body,
    a post or a treaty, not something that happened; not a plain arrest of people not held for
    what they say or do (``arrests``: the words of arrest, and the nouns for such people)."""
    matcher = _matcher(nlp, tuple(sorted(labels.items())))
    names = sorted([(start, end) for start, end, key in index.mentions if index.entities[key].kind in _NAMES_OF_THINGS]
                   + [(span.start, span.end) for span in posts])
    contiguous = [(start, end, concept) for start, end, concept in
                  _longest([(start, end, doc.vocab.strings[match_id]) for match_id, start, end in matcher(doc)])
                  if not _prefixed_non(doc, start) and not _setting(doc[start:end], settings, holding_verbs)
                  and not _inside(doc[start:end], names) and not _arrest_of_suspects(doc[start:end], *arrests)]
    covered = {i for start, end, _concept in contiguous for i in range(start, end)}
    coordinated = [match for match in _coordinated(doc, labels) if match[3] not in covered
                   and not _inside(doc[match[3] : match[1]], names)]  # "the Special Rapporteur on extrajudicial or arbitrary executions"
    context = _ReportContext(doc, index, reports, speech_verbs)
    found = []
    for start, end, concept, first in [(*match, None) for match in contiguous] + coordinated:
        span = doc[start:end]
        begin = doc[first].idx if first is not None else span.start_char
        wording = span.text if first is None else f"{doc[first].text} {span.text}"
        found.append(
            ViolationMention(
                concept=concept,
                wording=wording.lower(),
                span=Span(begin, span.end_char, text_of(doc)[begin : span.end_char]),
                sentence=index.sentence_of(begin),
                named_by=context.namer(span),
                negated=_negated(span, negating_verbs) or _guarded_against(span, guarding_verbs),
            )
        )
    return sorted(found, key=lambda mention: (mention.span.start, mention.concept))


@lru_cache(maxsize=4)
def _two_word_labels(labels_items: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[tuple[str, str], str]:
    two_word = {}
    for concept, names in labels_items:
        for name in names:
            for form in variants(name):
                words = form.split()
                if len(words) == 2:
                    two_word[tuple(words)] = concept
    return two_word


def _coordinated(doc, labels: dict[str, tuple[str, ...]]) -> list[tuple[int, int, str, int]]:
    """"sexual or labour exploitation": the first modifier shares the head of the second."""
    two_word = _two_word_labels(tuple(sorted(labels.items())))
    found = []
    lowers = [token.lower_ for token in tokens_of(doc)]
    for first in range(len(lowers) - 3):
        if lowers[first + 1] in ("or", "and", ",", "and/or"):
            concept = two_word.get((lowers[first], lowers[first + 3]))
            if concept:
                found.append((first + 3, first + 4, concept, first))
    return found


def _longest(matches: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Keep the longest of overlapping matches: "extrajudicial killings", not "killings"."""
    chosen: list[tuple[int, int, str]] = []
    for start, end, concept in sorted(matches, key=lambda m: (m[0] - m[1], m[0], m[2])):
        if not any(start < other_end and other_start < end for other_start, other_end, _c in chosen):
            chosen.append((start, end, concept))
    return sorted(chosen)


#: Kinds of entity whose names may hold a violation's words without the text naming it.
_NAMES_OF_THINGS = ("organization", "instrument", "case")


def _inside(span, names: list[tuple[int, int]]) -> bool:
    start, end = span.start_char, span.end_char
    return any(name_start <= start and end <= name_end for name_start, name_end in names)


def _prefixed_non(doc, start: int) -> bool:
    """ "non-refoulement", "non-discrimination": the principle against it, not the act."""
    before = doc[max(0, start - 2) : start].text.lower().replace(" ", "")
    return before.endswith(("non-", "non"))


def _setting(span, settings: frozenset[str], holding_verbs: frozenset[str] = frozenset()) -> bool:
    """A one-word mention that says where people are held: "tortured in detention", "released
    from custody", the "detention" of "detention centres"; not where a verb of being or keeping
    says they are held there ("those who are in detention", "held in detention camps"): that
    is their detention."""
    if len(span) != 1 or span.root.lemma_.lower() not in settings:
        return False
    root = span.root
    place = root.head if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") else root
    if place.dep_ == "pobj" and place.head.lower_ in ("in", "into") and place.head.head.lemma_ in holding_verbs:
        return False
    return (root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN")
            or root.dep_ == "pobj" and root.head.lower_ in ("in", "from", "into", "of"))


def _arrest_of_suspects(span, arrest_words: frozenset[str], dissent_nouns: frozenset[str]) -> bool:
    """ "who were arrested in 2017", "all those arrested were handed over": a plain arrest told
    as a verb with no one who arrests names no violation unless those arrested are held for what
    they say or do ("two activists were arrested"); "security forces arrested …", "his arrest
    by the police" and "the arrest of journalists" name one."""
    if span.text.lower() not in arrest_words:
        return False
    root = span.root
    if root.pos_ != "VERB" or any(child.dep_ in ("nsubj", "agent") for child in root.children):
        return False
    arrested = [child for child in root.children if child.dep_ in ("dobj", "nsubjpass")]
    arrested += [pobj for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for pobj in prep.children if pobj.dep_ == "pobj"]
    if root.dep_ in ("acl", "relcl", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        arrested.append(root.head)  # "activists arrested last week"
    return not any(token.lemma_.lower() in dissent_nouns for phrase in arrested for token in phrase.subtree)


def _guarded_against(span, guarding_verbs: frozenset[str]) -> bool:
    """ "a law to prevent torture", "campaigns against the death penalty", "bans forced
    labour": what is guarded against is not said to have happened."""
    verb = next((ancestor for ancestor in span.root.ancestors if ancestor.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_ in guarding_verbs


def _negated(span, negating_verbs: frozenset[str]) -> bool:
    sentence = span.sent
    before = text_of(span.doc)[sentence.start_char : span.start_char]
    if _NEGATING_PHRASES.search(before):
        return True
    # only the verb that governs the mention: in "could not establish genocide, but found
    # torture" the negation of "establish" does not reach "torture"
    verb = next((ancestor for ancestor in span.root.ancestors if ancestor.pos_ in ("VERB", "AUX")), None)
    return bool(verb is not None and verb.lemma_ in negating_verbs and any(child.dep_ == "neg" for child in verb.children))


class _ReportContext:
    """Which report or actor names a violation: a report named in the same sentence, the report
    a bulleted list of findings was introduced with, or the actor the sentence is about."""

    def __init__(self, doc, index: EntityIndex, reports: list[Report], speech_verbs: frozenset[str]):
        self.speech_verbs = speech_verbs
        self.index = index
        self.doc = doc
        self.report_at: list[tuple[int, int, str]] = sorted(
            (mention.span.start, mention.span.end, report.key) for report in reports for mention in report.mentions
        )
        self.list_report = self._list_reports(doc)
        #: a sentence's start and where its bulleted item starts: a sentence names many violations,
        #: and walking back through the sentences before it made a Span of each (a fifth of this step)
        self._bullet_starts: dict[int, int] = {}
        self._sentences_ending_at: dict | None = None

    def _list_reports(self, doc) -> dict[int, str]:
        """Sentence start offsets of bullets, mapped to the report named where the list opens."""
        owner: dict[int, str] = {}
        current: str | None = None
        whole = text_of(doc)
        for sentence in doc.sents:
            text = whole[sentence.start_char : sentence.end_char].strip()
            if not text:
                continue
            if text.startswith(_BULLETS):
                if current:
                    owner[sentence.start_char] = current
                continue
            if text.startswith("[") or text.endswith("]"):
                continue  # an aside does not end the list
            if current and owner and not text.startswith(_BULLETS) and sentence.start_char > max(owner) and _is_paragraph_start(doc, sentence):
                current = None
            if text.rstrip().endswith(":"):
                named = [key for start, _end, key in self.report_at if sentence.start_char <= start < sentence.end_char]
                current = named[-1] if named else current
        return owner

    def namer(self, span) -> str | None:
        sentence = span.sent
        in_sentence = [key for start, _end, key in self.report_at if sentence.start_char <= start < sentence.end_char]
        if in_sentence:
            before = [key for start, _end, key in self.report_at if sentence.start_char <= start <= span.start_char]
            return before[-1] if before else in_sentence[0]
        paragraph_start = self._bullet_starts.get(sentence.start)
        if paragraph_start is None:
            if self._sentences_ending_at is None:
                self._sentences_ending_at = {each.end: each for each in self.doc.sents}
            paragraph_start = self._bullet_starts[sentence.start] = _bullet_start(self.doc, sentence, self._sentences_ending_at)
        if paragraph_start in self.list_report:
            return self.list_report[paragraph_start]
        # the one who speaks: the subject of a verb of saying or finding that governs the words
        for verb in [span.root, *span.root.ancestors]:
            if verb.pos_ != "VERB" or verb.lemma_ not in self.speech_verbs:
                continue
            for child in verb.children:
                if child.dep_ == "nsubj":
                    key = self.index.at(child.idx, child.idx + len(child.text))
                    if key and self.index.entities[key].kind in ("person", "organization"):
                        return key
                    if child.lower_ in ("report", "it", "study", "commission", "panel"):
                        return self._recent_report(sentence.start_char)
        return self._recent_report(sentence.start_char, window=2)

    def _recent_report(self, offset: int, window: int | None = None) -> str | None:
        """The last report named before ``offset``, within ``window`` sentences if given."""
        sentences = self.index.sentences
        current = self.index.sentence_of(offset)
        earliest = sentences[max(0, current - window)].start if window is not None else 0
        before = [key for start, _end, key in self.report_at if earliest <= start < offset]
        return before[-1] if before else None


def _is_paragraph_start(doc, sentence) -> bool:
    return sentence.start == 0 or "\n" in doc[sentence.start - 1].text_with_ws


def _bullet_start(doc, sentence, ending_at: dict | None = None) -> int:
    """The start of the bulleted item a sentence belongs to (bullets can hold several sentences).
    ``ending_at``: the doc's sentences by the token they end before, so that the one before a
    sentence is looked up, not made again from a token (``Token.sent`` walks the sentence)."""
    ending_at = ending_at or {}
    current = sentence
    while True:
        if current.text.strip().startswith(_BULLETS) or current.start == 0:
            return current.start_char
        if _is_paragraph_start(doc, current):
            return current.start_char
        previous = ending_at.get(current.start) or doc[current.start - 1].sent
        if previous.start == current.start:
            return current.start_char
        current = previous
