"""Find the events an article reports, each with its agents, participants, place and date.

Triggers are verbs read through the dependency parse ("OHCHR sent an official diplomatic note
to the government", "the Council was warned by the commission", "appointed X as Special
Rapporteur", "rejected the report"), sessions of UN bodies ("the Human Rights Council 46th
Session"), and the publication or submission of every report with an author and a date.
The verb lists live in the package's lexicon, not here.
"""

from __future__ import annotations

import re

from rightsgraph.builders.clauses import ACTORS, ClauseReader
from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.names import slug
from rightsgraph.builders.records import Event, Report, Span
from rightsgraph.builders.nlp import text_of, tokens_of
from rightsgraph.builders.org_kinds import UNITED_NATIONS, OrgKind

_SESSION = re.compile(
    r"\b(?P<ordinal>\d{1,3})(?:st|nd|rd|th)\s+(?:regular\s+|special\s+)?[Ss]ession\b"
)
_KIND_OF_TRIGGER = {"meeting": "briefing", "visit_direct": "visit", "establishment": "appointment"}


def find_events(doc, index: EntityIndex, reports: list[Report], reader: ClauseReader, gazetteer: Gazetteer) -> list[Event]:
    triggers = gazetteer.lexicon_dict("event_triggers")
    trigger_of: dict[str, str] = {}
    for trigger, spec in triggers.items():
        for verb in spec["verbs"]:
            trigger_of.setdefault(verb, trigger)  # the first trigger listed wins
    events: dict[str, Event] = {}
    for token in tokens_of(doc):
        if token.pos_ not in ("VERB", "AUX") or index.at(token.idx, token.idx + len(token.text)) is not None:
            continue  # a verb inside a name; the model's own spans can run over one ("X invited Y")
        trigger = trigger_of.get(token.lemma_)
        if trigger is not None:
            event = _from_verb(token, trigger, triggers[trigger]["objects"], reader, index)
            if event is not None and event.key not in events:
                events[event.key] = event
    for event in _sessions(doc, index, reader, gazetteer.words("session_body_kinds")):
        events.setdefault(event.key, event)
    for event in _elections(doc, index, reader, gazetteer.words("election_nouns")):
        events.setdefault(event.key, event)
    for event in _publications(reports, index):
        events.setdefault(event.key, event)
    return sorted(events.values(), key=lambda event: (event.span.start, event.key))


def _from_verb(verb, trigger: str, objects: list[str], reader: ClauseReader, index: EntityIndex) -> Event | None:
    if any(child.dep_ == "neg" for child in verb.children):
        return None  # "she did not visit Iran": what did not happen is no event
    kind = _KIND_OF_TRIGGER.get(trigger, trigger)
    obj = next((child for child in verb.children if child.dep_ in ("dobj", "attr")), None)
    if objects and obj is not None and not _is_object(obj, objects):
        # "conducted interviews with defectors, missions to Japan": the object noun can sit
        # deeper in a coordination
        obj = next((token for token in obj.subtree if token.pos_ == "NOUN" and _is_object(token, objects)), obj)
    if objects:
        if obj is None or not (obj.lower_ in objects or obj.lemma_ in objects or _compound_object(obj, objects)):
            if not (trigger == "rejection" and obj is not None and reader.report_at(obj)):
                return None
    if trigger == "visit" and verb.lemma_ == "carry" and not any(child.lower_ == "out" for child in verb.children):
        return None
    agents = reader.actors(verb)
    agent = agents[0] if agents else None
    passive = reader.passive_subject(verb)
    participants: list[str] = []
    places: list[str] = []
    documents: list[str] = []
    if kind == "communication":
        participants = reader.prepositional(verb, ("to",)) or reader.prepositional(obj, ("to",))
    elif kind == "briefing" and trigger == "meeting":
        participants = reader.prepositional(obj, ("with",)) + reader.prepositional(verb, ("with",))
        places = reader.prepositional(obj, ("in", "at"), ("place", "country")) + reader.prepositional(verb, ("in", "at"), ("place", "country"))
    elif kind == "briefing":
        if obj is not None:
            participants = reader.entities_in(obj)
        if passive:
            participants.append(passive)
        participants += reader.prepositional(verb, ("to",), (OrgKind.MEDIA, "organization", "person"))
        if not participants:
            return None  # "warns of forced labour" is a statement, not a briefing of anyone
    elif kind == "visit":
        targets = reader.prepositional(obj, ("to", "in")) if obj is not None else []
        targets += reader.prepositional(verb, ("to", "in"), ("place", "country"))
        if trigger == "visit_direct" and obj is not None:
            targets += reader.entities_in(obj, ("place", "country"))
        places = [key for key in targets if index.entities[key].kind in ("place", "country")]
        targets += reader.prepositional(obj, ("to", "in"), ("place", "country")) if obj is not None else []
        places = list(dict.fromkeys(places + [key for key in targets if index.entities[key].kind in ("place", "country")]))
        if not places:
            return None
    elif kind == "rejection":
        report = reader.report_at(obj) if obj is not None else None
        documents = [report] if report else []
        if not documents and obj is None:
            return None
    elif kind == "appointment":
        if obj is not None:
            participants = reader.entities_in(obj, ACTORS + (OrgKind.UN_MECHANISM, OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION))
        if passive:
            participants.append(passive)
        if not participants:
            return None
    elif kind == "resolution":
        participants = []
    elif kind == "call":
        # whom the call is made to: "urged Bahrain", "called on the Council", "called for the
        # FBI to open …"; not those it is about ("demanded the release of X", "urged Y to free X")
        if obj is not None:
            participants = _named_by(obj, index)
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "upon", "for"):
                participants += [key for pobj in child.children if pobj.dep_ == "pobj" for key in _named_by(pobj, index)]
            elif child.dep_ in ("xcomp", "ccomp", "advcl"):
                participants += [key for subject in child.children if subject.dep_ == "nsubj"
                                 for key in _named_by(subject, index) if key not in participants]
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is not None and reader.report_at(subject):
            documents = [reader.report_at(subject)]
        if not participants:
            return None
    if agent is None and not documents:
        return None
    participants = [key for key in dict.fromkeys(participants) if key not in agents]
    sentence = verb.sent
    span = Span(sentence.start_char, sentence.end_char, sentence.text)
    date = reader.date_in(obj) if obj is not None else None
    date = date or reader.clause_date(verb)
    agents = tuple(agents)
    return Event(
        key=f"{kind}-{verb.idx}",
        kind=kind,
        label=_label(kind, agents, participants, places, index, date),
        span=span,
        sentence=index.sentence_of(verb.idx),
        agents=agents,
        participants=tuple(participants),
        places=tuple(places),
        documents=tuple(documents),
        date=date,
        verb=verb.idx,
    )


def _named_by(token, index: EntityIndex) -> list[str]:
    """The actors a noun phrase names at its head or its conjuncts ("Bahrain and Qatar"), a
    country as the state the text names."""
    found = []
    for head in (token, *token.conjuncts):
        key = index.at(head.idx, head.idx + len(head.text))
        if key is None or index.entities[key].kind not in ACTORS + ("country",):
            continue
        if key not in found:
            found.append(key)
    return found


def _is_object(obj, objects: list[str]) -> bool:
    return obj.lower_ in objects or obj.lemma_ in objects or _compound_object(obj, objects)


def _compound_object(obj, objects: list[str]) -> bool:
    words = " ".join(token.lower_ for token in obj.subtree if token.i <= obj.i and token.dep_ in ("compound", "amod") or token.i == obj.i)
    return any(words.endswith(word) for word in objects)


def _sessions(doc, index: EntityIndex, reader: ClauseReader, body_kinds: frozenset[str]) -> list[Event]:
    events = []
    for match in _SESSION.finditer(text_of(doc)):
        sentence_index = index.sentence_of(match.start())
        sentence = index.sentences[sentence_index]
        body = None
        for start, end, key in index.mentions:
            entity = index.entities[key]
            if entity.org_kind not in body_kinds or key == UNITED_NATIONS:
                continue
            if 0 <= match.start() - end <= 3 or 0 <= start - match.end() <= 12 and "of" in text_of(doc)[match.end() : start]:
                body = key
                break
        if body is None:
            # "During its 33rd Session, the Human Rights Council ...": the body the sentence names
            inside = [key for start, _end, key in index.mentions if sentence.start <= start < sentence.end
                      and index.entities[key].org_kind == OrgKind.UN_BODY and key != UNITED_NATIONS]
            body = inside[0] if inside else None
        if body is None:
            continue
        token = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        date = None
        for span, value in reader.dates:
            if sentence.start <= span.start < sentence.end and span.start >= match.end():
                date = value
                break
        ordinal = match.group("ordinal")
        label = f"{index.entities[body].label}, {_ordinal(ordinal)} session"
        events.append(Event(
            key=f"session-{body}-{ordinal}", kind="session", label=label,
            span=Span(match.start(), match.end(), match.group(0)), sentence=sentence_index,
            participants=(body,), date=date if token is not None else None,
        ))
    return events


def _elections(doc, index: EntityIndex, reader: ClauseReader, nouns: frozenset[str]) -> list[Event]:
    """Elections the article dates: "the 2012 parliamentary elections", "the parliamentary
    elections held on 1 October 2012"; in the country the words name, if they name one."""
    events = []
    for token in tokens_of(doc):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
            continue
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        date = next((value for span, value in reader.dates if start <= span.start and span.end <= end and value.value), None)
        if date is None:
            continue
        words = [word for word in doc[token.left_edge.i : token.i + 1] if word.dep_ != "det" and not word.is_punct]
        label = " ".join(word.text for word in words)
        if date.text not in label:
            label += f" ({date.value})"
        places = tuple(key for mention_start, _end, key in index.within(start, end)
                       if index.entities[key].kind == "country" and mention_start >= start)[:1]
        events.append(Event(
            key=f"election-{slug(label)}", kind="election", label=label[:1].upper() + label[1:],
            span=Span(start, end, text_of(doc)[start:end]), sentence=index.sentence_of(token.idx), places=places, date=date,
        ))
    return events


def _publications(reports: list[Report], index: EntityIndex) -> list[Event]:
    events = []
    for report in reports:
        if not report.authors or report.date is None or report.date.value is None:
            continue
        kind = "submission" if report.kind == "submission" else "presentation" if report.addressed_to else "publication"
        mention = report.mentions[0]
        events.append(Event(
            key=f"{kind}-{report.key}", kind=kind,
            label=_label(kind, report.authors, list(report.addressed_to), [], index, report.date),
            span=mention.span, sentence=mention.sentence, agents=report.authors,
            participants=report.addressed_to, documents=(report.key,), date=report.date,
        ))
    return events


def _label(kind: str, agents, participants, places, index: EntityIndex, date) -> str:
    names = lambda keys: ", ".join(index.entities[key].label for key in keys)  # noqa: E731
    label = kind.capitalize()
    if agents:
        label += f" by {names(agents)}"
    if participants:
        label += f" with {names(participants)}" if kind in ("briefing",) else f" to {names(participants)}"
    if places:
        label += f" in {names(places)}"
    if date is not None and date.value:
        label += f" ({date.value})"
    return label


def _ordinal(number: str) -> str:
    value = int(number)
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"
