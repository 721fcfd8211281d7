"""Reading a parsed clause: who does it, to whom, about which report, when.

Shared by the event and finding builders, over spaCy's dependency parse and the resolved
entity and report mentions.
"""

from __future__ import annotations

from dataclasses import dataclass

from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.records import DateValue, Report, Span
from rightsgraph.builders.org_kinds import UNITED_NATIONS
from rightsgraph.builders.voice import quotation_around, quotations_in

ACTORS = ("person", "organization")
PLACES = ("country", "place")
_PERSONAL = {"she": "female", "he": "male", "her": "female", "his": "male", "him": "male"}
_COLLECTIVE = {"it", "its", "they", "their", "them"}
_THIRD_PLURAL = {"they", "their", "them"}
_FIRST_PLURAL = {"we", "our", "us"}
_FIRST_SINGULAR = {"i", "me", "my", "myself"}


def salient_organization(doc, pronoun, index: EntityIndex) -> str | None:
    """What "its" opening a sentence refers to: the organisation the previous sentence is
    about (its subject), else the last organisation named."""
    sentence = pronoun.sent
    if pronoun.i == sentence.start and sentence.start > 0:
        previous = doc[sentence.start - 1].sent
        for token in previous:
            if token.dep_ in ("nsubj", "nsubjpass"):
                key = index.at(token.idx, token.idx + len(token.text))
                if key and index.entities[key].kind == "organization":
                    return key
    return index.last_before(pronoun.idx, ("organization",))


def reduced_passive(verb) -> bool:
    """A participle with a subject and no auxiliary or object: a headline's passive
    ("Journalist killed in …", "Activists detained after protest"), whose subject is acted on.
    Headlines say what was done in the present tense ("Army kills …"), so a past form in a
    line that ends without a stop is a participle whatever the tagger says."""
    children = list(verb.children)
    if not any(child.dep_ == "nsubj" for child in children) \
            or any(child.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for child in children):
        return False
    if verb.tag_ == "VBN":
        return True
    last = next((token for token in reversed(verb.sent) if not token.is_space), verb)
    return verb.tag_ == "VBD" and not last.is_punct


def set_off_participle(verb) -> bool:
    """ "the Commission of Inquiry, set up by the Council in 2016, …": a participle with a
    "by" and no subject, set off by a comma after a name, qualifies that name however the
    parser hangs it."""
    doc = verb.doc
    return verb.tag_ == "VBN" and verb.i >= 2 and doc[verb.i - 1].text == "," \
        and doc[verb.i - 2].pos_ == "PROPN" and verb.dep_ not in ("ROOT", "acl", "relcl") \
        and any(child.dep_ == "agent" for child in verb.children) \
        and not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for child in verb.children)


def acted_on(verb) -> list:
    """The words a verb acts on as its subject: a passive's, a reduced passive's, or the noun
    a participle qualifies ("the journalist killed in …", "Ana Ruiz, detained since May")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        return [verb.head]
    if set_off_participle(verb):
        return [verb.doc[verb.i - 2]]
    deps = ("nsubjpass", "nsubj") if reduced_passive(verb) else ("nsubjpass",)
    return [child for child in verb.children if child.dep_ in deps]


#: The dash a dateline ends with ("GENEVA – UN experts said").
DATELINE_DASHES = ("–", "—", "-", "--")


def past_dateline(subject):
    """The subject a dateline hides: in "GENEVA – UN experts today called on …" the parser
    makes the dateline's place the subject and the real one its apposition."""
    doc, after = subject.doc, subject.i + 1
    if after < len(doc) and doc[after].text == "(":  # "GENEVA (12 April 2018) – …"
        closing = next((token.i for token in doc[after : after + 12] if token.text == ")"), None)
        after = closing + 1 if closing is not None else after
    following = doc[after] if after < len(doc) else None
    if following is None or following.text not in DATELINE_DASHES or following.head.i != subject.i:
        return subject
    return next((child for child in subject.children if child.dep_ == "appos" and child.i > following.i), subject)


def has_subject(verb, kids=lambda token: token.children) -> bool:
    """Whether the clause has a subject of its own, active or passive."""
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in kids(verb))


def verb_as_written(verb) -> str:
    """The verb as the clause has it, with its particle ("set up", "was killed")."""
    passive = any(child.dep_ == "auxpass" for child in verb.lefts)
    # "have been invited", not "been invited": a passive's auxiliaries with it
    words = [child.text for child in verb.lefts
             if child.dep_ in ("auxpass", "neg") or passive and child.dep_ == "aux" and child.tag_ != "TO"] + [verb.text]
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i:
        # "refused to cooperate", "was urged to release", "is due to visit"
        before = [head.head.text, head.text] if head.dep_ == "acomp" and head.head.i != head.i else verb_as_written(head).split()
        words = before + ["to"] + words
    words += [child.text for child in verb.rights if child.dep_ == "prt"]
    return " ".join(words)


def name_words(head, kids, compound: bool = False):
    """The head of a noun phrase and the words that name with it, each with whether it is
    only a compound before a common noun: conjuncts, a name in apposition, the parser's
    nominal modifiers (how it joins "Amnesty International and Human Rights Watch") and,
    under a common noun, its compounds ("UN experts"); not possessives, prepositions or
    clauses, nor the noun of an apposition ("X, a Washington Post columnist")."""
    yield head, compound
    for child in kids(head):
        if child.dep_ in ("conj", "nmod") or child.dep_ == "appos" and child.pos_ == "PROPN":
            yield from name_words(child, kids, compound)
        elif child.dep_ == "compound" and head.pos_ == "NOUN":
            yield from name_words(child, kids, True)


@dataclass
class ClauseReader:
    doc: object
    index: EntityIndex
    reports: list[Report]
    dates: list[tuple[Span, DateValue]]
    titles: list[Span]
    #: Nouns that name a happening, whose date is the clause's ("an October 2020 discussion").
    event_nouns: frozenset[str]
    #: Verbs of saying: whose subject a quotation's "I" is ("“I condemn it,” he wrote").
    speech_verbs: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.quotations = quotations_in(text_of(self.doc))

    def entities_in(self, token, kinds: tuple[str, ...] = ACTORS, skip: tuple[str, ...] = (UNITED_NATIONS,)) -> list[str]:
        """Entities named in the subtree of ``token``, in text order; a pronoun resolves."""
        first, last = token.left_edge, token.right_edge  # the ends of its subtree
        start, end = first.idx, last.idx + len(last.text)
        found = []
        for _start, _end, key in self.index.within(start, end):
            if self._of_kinds(key, kinds) and key not in skip and key not in found:
                found.append(key)
        if not found and token.lower_ in _PERSONAL | dict.fromkeys(_COLLECTIVE | _FIRST_PLURAL | _FIRST_SINGULAR) \
                and "person" in kinds + ("person",):
            pronoun = self.pronoun(token)
            if pronoun and (self.index.entities[pronoun].kind in kinds):
                found.append(pronoun)
        return found

    def head_entity(self, token, kinds: tuple[str, ...] = ACTORS) -> str | None:
        """The entity a noun phrase is about: the one at its head word, else the first in it."""
        key = self.index.at(token.idx, token.idx + len(token.text))
        if key and self._of_kinds(key, kinds):
            return key
        if token.lower_ in _PERSONAL or token.lower_ in _COLLECTIVE or token.lower_ in _FIRST_PLURAL \
                or token.lower_ in _FIRST_SINGULAR:
            key = self.pronoun(token)
            return key if key and self._of_kinds(key, kinds) else None
        found = self.entities_in(token, kinds)
        return found[0] if found else None

    def _of_kinds(self, key: str, kinds: tuple[str, ...]) -> bool:
        entity = self.index.entities[key]
        return entity.kind in kinds or entity.org_kind in kinds

    def pronoun(self, token) -> str | None:
        word = token.lower_
        if word in _PERSONAL:
            gender = _PERSONAL[word]
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                # "She added …": the person the sentence before was about, if of that gender
                focus = self.index.focus.get(token.sent.start_char)
                if focus and self.index.genders.get(focus, gender) == gender:
                    return focus
            return self.index.last_before(token.idx, ("person",), gender)
        if word in _FIRST_PLURAL:
            return self.index.voice  # "we urge the Council": the body the text speaks for
        if word in _FIRST_SINGULAR and (word != "i" or token.text == "I"):
            quotation = quotation_around(self.quotations, token.idx)
            if quotation is None:
                return self.index.author  # "I travelled to …" in a rapporteur's own statement
            return self._speaker(quotation)
        if word in _COLLECTIVE:
            # "they" after "the North Korean government responded that ...": the subject of
            # the clause that governs this one, else the last organisation named
            for ancestor in token.ancestors:
                for child in ancestor.children:
                    if child.dep_ not in ("nsubj", "nsubjpass") or child.i == token.i:
                        continue
                    if child.lower_ in _COLLECTIVE:
                        if child.lower_ == word and child.i < token.i:
                            return self.pronoun(child)  # "It failed to implement what it agreed to": the same one
                        continue
                    key = self.head_entity(child, ("organization",))
                    if key:
                        return key
            if word in _THIRD_PLURAL:
                # "EMRIP members will meet the Government. They will also hold …": the body or the
                # people the sentence before is about; else the last named, people as well as bodies
                before = self._previous_subject(token, ("organization", "group"))
                return before or self.index.last_before(token.idx, ("organization", "group"))
            # "Cambodia accepted 171 recommendations … It also failed …": the state or body the sentence before is about
            before = self._previous_subject(token, ("organization", "country")) if word == "it" else None
            return before or self.index.last_before(token.idx, ("organization",))
        return None

    def _previous_subject(self, token, kinds: tuple[str, ...]) -> str | None:
        """What the sentence before this one is about, where ``token`` is its own main subject."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT" or token.sent.start == 0:
            return None
        previous = token.doc[token.sent.start - 1].sent
        if not previous.text.strip() and previous.start > 0:
            previous = token.doc[previous.start - 1].sent  # the paragraph break between them
        root = previous.root
        content = next((child for child in root.children if child.dep_ == "ccomp" and child.i < root.i), None)
        if content is not None and root.lemma_ in self.speech_verbs:
            root = content  # "UN experts have urged X …, Courier News reported. They …": the experts
        subject = next((child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in _COLLECTIVE:
            return None
        return self.head_entity(subject, kinds)

    def _speaker(self, quotation: tuple[int, int]) -> str | None:
        """Who says a quotation: the subject of the verb of saying in the sentences it is in or
        ends before ("“I condemn the murder,” he wrote"), a person named or a pronoun."""
        start, end = quotation
        for sentence in self.doc.sents:
            if sentence.end_char <= start or sentence.start_char > end + 1:
                continue
            for token in sentence:
                if token.lemma_ not in self.speech_verbs or token.pos_ != "VERB" or start <= token.idx < end:
                    continue
                for child in token.children:
                    if child.dep_ == "nsubj" and not start <= child.idx < end and child.lower_ not in _FIRST_SINGULAR:
                        key = self.head_entity(child, ("person",))
                        if key:
                            return key
        return None

    def actor(self, verb) -> tuple[str | None, object | None]:
        """Who does what ``verb`` says: the subject, the "by" agent of a passive, or the
        subject of the clause an infinitive or participle depends on."""
        for child in verb.children:
            if child.dep_ == "agent":
                for grandchild in child.children:
                    key = self.head_entity(grandchild)
                    if key:
                        return key, grandchild
        for child in verb.children:
            if child.dep_ == "nsubj" and not reduced_passive(verb):
                child = past_dateline(child)
                return self.head_entity(child) or self.report_actor(child), child
        current = verb
        while current.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acl", "relcl") and current.head.i != current.i:
            current = current.head
            for child in current.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return self.head_entity(child), child
        return None, None

    def passive_subject(self, verb) -> str | None:
        for child in acted_on(verb):
            return self.head_entity(child)
        return None

    def report_actor(self, token) -> str | None:
        report = self.report_at(token)
        if report:
            authors = next((r.authors for r in self.reports if r.key == report), ())
            return authors[0] if authors else None
        return None

    def report_at(self, token) -> str | None:
        """The report a noun phrase refers to: named in it, or "the report"/"it" for the last one."""
        first, last = token.left_edge, token.right_edge  # the ends of its subtree
        start, end = first.idx, last.idx + len(last.text)
        for report in self.reports:
            for mention in report.mentions:
                if start <= mention.span.start < end or mention.span.start <= token.idx < mention.span.end:
                    return report.key
        if token.lower_ in ("report", "it", "findings", "study", "document", "assessment", "one"):
            return self.last_report(token.idx)
        return None

    def last_report(self, offset: int) -> str | None:
        best = None
        for report in self.reports:
            for mention in report.mentions:
                if mention.span.start < offset and (best is None or mention.span.start > best[0]):
                    best = (mention.span.start, report.key)
        return best[1] if best else None

    def prepositional(self, token, words: tuple[str, ...], kinds: tuple[str, ...] = ACTORS) -> list[str]:
        found = []
        for child in token.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in words:
                for grandchild in child.children:
                    found += [key for key in self.entities_in(grandchild, kinds) if key not in found]
        return found

    def clause_date(self, verb) -> DateValue | None:
        return clause_date(self.doc, verb, self.dates, self.titles, self.event_nouns)

    def dates_listed_with(self, date: DateValue) -> list[DateValue]:
        """The dates coordinated after a clause's date ("made in 2015 and 2018"): each says
        another time it happened."""
        spans = {id(value): span for span, value in self.dates}
        if id(date) not in spans:
            return []
        chosen = self.doc.char_span(spans[id(date)].start, spans[id(date)].end, alignment_mode="expand")
        listed, heads = [], {token.i for token in chosen or ()}
        for span, value in self.dates:
            tokens = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if tokens is not None and value is not date and tokens[0].dep_ == "conj" and tokens[0].head.i in heads:
                listed.append(value)
                heads |= {token.i for token in tokens}
        return listed

    def actors(self, verb) -> list[str]:
        """The actor of ``verb`` and those coordinated with it ("HRW and Amnesty urged")."""
        first, subject = self.actor(verb)
        found = [first] if first else []
        if subject is not None:
            for conjunct in subject.conjuncts:
                key = self.head_entity(conjunct)
                if key and key not in found:
                    found.append(key)
        return found

    def date_in(self, token) -> DateValue | None:
        """A date among the words before a noun: "an October 2020 discussion"."""
        subtree = [child for child in token.subtree if child.i <= token.i]
        start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
        for span, value in self.dates:
            if start <= span.start and span.end <= end:
                return value
        return None

    def places_in_sentence(self, token) -> list[str]:
        sentence = token.sent
        return [key for _s, _e, key in self.index.within(sentence.start_char, sentence.end_char)
                if self.index.entities[key].kind in ("place", "country")]


def clause_date(doc, verb, dates: list[tuple[Span, DateValue]], titles: list[Span],
                event_nouns: frozenset[str]) -> DateValue | None:
    """The date of what ``verb`` says: a date attached to this verb's own clause, else to the
    clauses above it; never one that dates a document ("its 2019 report") or belongs to
    another clause below."""
    sentence = verb.sent
    candidates = []
    for span, value in dates:  # only this sentence's dates can belong to its clauses
        if sentence.start_char <= span.start < sentence.end_char and not any(t.start <= span.start < t.end for t in titles):
            tokens = list(doc.char_span(span.start, span.end, alignment_mode="expand") or [])
            if tokens:
                candidates.append((tokens, value))
    date = _date_up_from(verb, candidates, event_nouns)
    if date is None:
        # "Soon after the war ended in 2009, the High Commissioner called for …": the date of a
        # clause of time that opens this one
        for clause in verb.children:
            if clause.dep_ == "advcl" and clause.i < verb.i and any(
                    mark.dep_ == "mark" and mark.lower_ in _TIME_MARKS for mark in clause.children):
                date = _date_up_from(clause, [item for item in candidates if _governing_verb(item[0][0]) == clause], event_nouns)
                if date is not None:
                    break
    return date


#: The words that open a clause saying when the clause it opens happened.
_TIME_MARKS = ("after", "when", "once", "as", "following")


def _date_up_from(verb, candidates: list, event_nouns: frozenset[str]) -> DateValue | None:
    """The date attached to ``verb``'s own clause, else to the clauses above it."""
    current = verb
    while current is not None:
        found = []
        for tokens, value in candidates:
            governor = _governing_verb(tokens[0])
            # "The last time X was invited to brief ... was in 2017": a copula joined to the clause
            joined = governor is not None and governor.dep_ == "conj" and governor.head.i == current.i and governor.pos_ == "AUX"
            if (governor is not None and governor.i == current.i or joined) and not _dates_a_noun(tokens[0], event_nouns):
                found.append((_bracketed(tokens), value))
        if found:
            # "Today, 27 February 2025, the committee published …": the date that says which day;
            # "GENEVA (31 October 2016) – X will visit Y from 1 to 18 November": not the dateline's
            found.sort(key=lambda item: item[0])
            return next((value for _aside, value in found if value.value), found[0][1])
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return None
        current = _governing_verb(current.head) if current.head.pos_ not in ("VERB", "AUX") else current.head
    return None


def _bracketed(tokens) -> bool:
    """Whether a date stands alone in brackets, as a dateline's does."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    return first > 0 and doc[first - 1].text == "(" and last + 1 < len(doc) and doc[last + 1].text == ")"


def _governing_verb(token):
    for candidate in [token, *token.ancestors]:
        if candidate.pos_ in ("VERB", "AUX") and candidate.i != token.i or candidate.dep_ == "ROOT":
            return candidate
    return None


def _dates_a_noun(token, event_nouns: frozenset[str]) -> bool:
    """A date that modifies a noun other than a time word ("its 2019 report", "an October 2020
    discussion" dates the discussion, which is fine; "the 2019 report" dates the report)."""
    head = token
    while head.dep_ in ("nummod", "compound", "amod", "nmod", "pobj", "prep") and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "DATE" and head.lower_ not in event_nouns:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False

