"""Findings: what a report or an actor states in one sentence, allegation or denial.

A sentence that names violations is an allegation by whoever names them (the report in the
sentence, the report a list of findings opens with, or the actor who speaks). A sentence in
which an actor speaks ("said", "dismissed the report as full of lies") is that actor's
statement; a dismissal or denial is marked as one. The actors a sentence holds responsible
are those doing the violating verb ("the government probably used chlorine gas").

Each finding has one epistemic status (``status.status_of``) read from the clause above its
anchor: the first violation's words, else the verb its actor speaks with. A violation the
clause says was not established ("could not establish genocide") alleges nothing, but the
sentence is still a finding, "not established". A denial points to the reports it names and to
the earlier findings, stated by others, that allege what it speaks of.
"""

from __future__ import annotations

from rightsgraph.builders.clauses import ClauseReader, acted_on
from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.nlp import tokens_of
from rightsgraph.builders.records import Finding, Report, ViolationMention
from rightsgraph.builders.status import status_of


def find_findings(doc, index: EntityIndex, reports: list[Report], violations: list[ViolationMention],
                  reader: ClauseReader, gazetteer: Gazetteer) -> list[Finding]:
    speech = gazetteer.words("speech_verbs")
    denial = gazetteer.words("denial_verbs")
    observers = gazetteer.words("observer_verbs")
    undergone = gazetteer.words("undergone_nouns")
    report_authors = {report.key: report.authors for report in reports}
    by_sentence: dict[int, dict] = {}

    for mention in violations:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if mention.negated:
            # only what the clause says was not established; "a law to prevent torture" is no finding
            if span is not None and status_of(span.root, False)[0] == "not-established":
                entry = by_sentence.setdefault(mention.sentence, _empty())
                entry["anchor"] = entry["anchor"] or span.root
                entry["denied_concepts"].append(mention.concept)
            continue
        entry = by_sentence.setdefault(mention.sentence, _empty())
        if span is not None and (entry["anchor"] is None or entry["anchor_negated"]):
            entry["anchor"], entry["anchor_negated"] = span.root, False
        entry["violations"].append(mention.concept)
        if mention.named_by in report_authors:
            entry["stated_in"] = entry["stated_in"] or mention.named_by
            entry["stated_by"] += list(report_authors[mention.named_by])
        elif mention.named_by:
            entry["stated_by"].append(mention.named_by)
        if span is not None:
            entry["perpetrators"] += _perpetrators(span, reader, mention.named_by, report_authors, speech | observers,
                                                   gazetteer.words("classifying_verbs"), undergone,
                                                   gazetteer.words("scrutiny_nouns"))
            entry["victims"] += _victims(span, reader, undergone)

    for sentence_index, sentence in enumerate(index.sentences):
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        for token in tokens_of(doc)[span.start : span.end]:
            if token.pos_ != "VERB" or token.lemma_ not in speech:
                continue
            speaker, _subject = reader.actor(token)
            if speaker is None:
                continue
            entry = by_sentence.setdefault(sentence_index, _empty())
            entry["stated_by"].append(speaker)
            entry["denial"] = entry["denial"] or token.lemma_ in denial
            entry["speech"] = token
            for child in token.children:
                if child.dep_ in ("dobj", "ccomp", "xcomp", "prep"):
                    report = reader.report_at(child) if child.dep_ != "prep" else None
                    if report:
                        entry["documents"].append(report)
            entry["documents"] += [report.key for report in reports for m in report.mentions
                                   if sentence.start <= m.span.start < sentence.end and report.key not in entry["documents"]]
            break

    findings = []
    for sentence_index, entry in sorted(by_sentence.items()):
        sentence = index.sentences[sentence_index]
        status, cues = _status(entry)
        stated_by = tuple(dict.fromkeys(entry["stated_by"]))
        violations_alleged = tuple(dict.fromkeys(entry["violations"]))
        places = [key for _s, _e, key in index.within(sentence.start, sentence.end)
                  if index.entities[key].kind in ("country", "place")]
        findings.append(Finding(
            sentence=sentence_index,
            stated_by=stated_by,
            stated_in=entry["stated_in"],
            violations=violations_alleged,
            perpetrators=tuple(key for key in dict.fromkeys(entry["perpetrators"]) if key not in entry["stated_by"]),
            places=tuple(dict.fromkeys(places)),
            documents=tuple(key for key in dict.fromkeys(entry["documents"]) if key != entry["stated_in"]),
            denial=entry["denial"] or status == "denied",
            victims=tuple(key for key in dict.fromkeys(entry["victims"]) if key not in entry["perpetrators"]),
            status=status,
            cues=cues,
            denies=_denied(findings, stated_by, violations_alleged + tuple(entry["denied_concepts"]))
            if status == "denied" else (),
        ))
    return findings


def _empty() -> dict:
    return {"violations": [], "stated_by": [], "stated_in": None, "perpetrators": [], "documents": [], "denial": False,
            "victims": [], "anchor": None, "anchor_negated": True, "speech": None, "denied_concepts": []}


def _status(entry: dict) -> tuple[str, tuple[str, ...]]:
    """The finding's status and its cue words: a denial's verb denies; otherwise the clause
    above its anchor decides."""
    if entry["denial"] and entry["speech"] is not None:
        return "denied", (entry["speech"].text,)
    anchor = entry["anchor"] if entry["anchor"] is not None else entry["speech"]
    if anchor is None:
        return ("documented" if entry["stated_in"] else "alleged"), ()
    return status_of(anchor, entry["stated_in"] is not None)


def _denied(earlier: list[Finding], denier: tuple[str, ...], concepts: tuple[str, ...]) -> tuple[int, ...]:
    """The sentences of the earlier findings a denial answers: those, stated by someone else,
    that allege a violation the denial speaks of."""
    return tuple(finding.sentence for finding in earlier
                 if finding.status != "denied" and set(finding.violations) & set(concepts)
                 and not set(finding.stated_by) & set(denier))


def _perpetrators(span, reader: ClauseReader, named_by: str | None, report_authors, not_doing: frozenset[str],
                  classifying: frozenset[str] = frozenset(), undergone: frozenset[str] = frozenset(),
                  scrutiny: frozenset[str] = frozenset()) -> list[str]:
    """The actor doing the verb whose object is the violation, or whose possession it is;
    not someone who investigates, reports or speaks of it, nor one whose verb reaches the
    violation through a noun of scrutiny ("demands an inquiry into the killing", "called for
    accountability for torture"). Where the violation classifies an act ("attacks which may
    constitute war crimes", "the shelling amounts to a war crime"), whoever does the act."""
    found = []
    for ancestor in [span.root, *span.root.ancestors]:
        if ancestor is not span.root and ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in scrutiny:
            break
        if ancestor.pos_ in ("VERB", "AUX"):
            if ancestor.lemma_ in not_doing:
                break
            attributed = _attributed_to(ancestor, reader)
            if attributed:
                found += attributed  # "crimes against humanity are attributable to the police and the army"
                break
            agent, subject = reader.actor(ancestor)
            if agent is None and ancestor.lemma_ in classifying:
                agent, subject = _doer_of_the_act(ancestor, reader), None
            if agent and agent != named_by and agent not in report_authors.get(named_by, ()):
                if subject is None or not reader.report_at(subject):
                    found.append(agent)
            break
    found += _doers_named_with(span.root, reader, undergone)
    return found


def _undergoer(noun, reader: ClauseReader, undergone: frozenset[str]) -> str | None:
    """The person or group a singular noun of something done to someone possesses, who
    suffers it: "Khashoggi's murder", "his arrest" (not "the army's detention of activists",
    nor "the president's killings")."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in undergone:
        return None
    owners = (reader.head_entity(child, _VICTIMS) for child in noun.children if child.dep_ == "poss")
    return next((key for key in owners if key and reader.index.entities[key].kind in _VICTIMS), None)


def _doers_named_with(noun, reader: ClauseReader, undergone: frozenset[str] = frozenset()) -> list[str]:
    """The actors a violation's own noun phrase names as doing it: its possessor ("the army's
    abuses", but not the one who suffers it, ``_undergoer``), an actor before it ("a police
    crackdown", "ISIS attacks") or its "by" ("torture by the security forces")."""
    suffering = _undergoer(noun, reader, undergone) is not None
    phrases = [child for child in noun.children if child.dep_ == "compound" or child.dep_ == "poss" and not suffering]
    bys = [child for child in noun.children if child.dep_ == "prep" and child.lower_ == "by"]
    if noun.dep_ == "dobj":
        # "documented torture by the army": the parse hangs the noun's "by" on the active verb
        bys += [child for child in noun.head.children
                if child.dep_ == "prep" and child.lower_ == "by" and child.i == noun.right_edge.i + 1]
    phrases += [pobj for child in bys for pobj in child.children if pobj.dep_ == "pobj"]
    found = []
    for phrase in phrases:
        key = reader.head_entity(phrase)
        if key and key not in found:
            found.append(key)
    return found


#: What says whose doing a violation is: "attributable to", "attributed to", "imputable to".
_ATTRIBUTING = ("attributable", "attributed", "imputable", "attribute")


def _attributed_to(verb, reader: ClauseReader) -> list[str]:
    """The actors a violation is attributed to: "crimes are attributable to the police, the
    army and the Imbonerakure", "the killings were attributed to the army"."""
    words = [verb] if verb.lemma_ in _ATTRIBUTING else [child for child in verb.children
                                                        if child.dep_ == "acomp" and child.lower_ in _ATTRIBUTING]
    for word in words:
        to = next((prep for prep in word.subtree if prep.dep_ == "prep" and prep.lower_ == "to"), None)
        if to is not None:
            last = word.right_edge
            found = []
            for _start, _end, key in reader.index.within(to.idx, last.idx + len(last.text)):
                entity = reader.index.entities[key]
                if entity.kind in ("person", "organization") and key not in found:
                    found.append(key)
            return found
    return []


def _doer_of_the_act(verb, reader: ClauseReader) -> str | None:
    """Who does the act a classifying verb's subject names: its "by" ("attacks by the army
    may amount to …"), or the subject of the verb it is the object of ("the army carried out
    attacks which may constitute …")."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "attacks which may constitute war crimes": the attacks
    for prep in subject.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            for pobj in prep.children:
                key = reader.head_entity(pobj)
                if key:
                    return key
    # the act as the object of its own verb: this noun, or the same noun said just before it
    # ("carrying out attacks against civilians; attacks which may constitute war crimes")
    for noun in [subject] + [token for token in subject.sent if token.i < subject.i and token.lemma_ == subject.lemma_][::-1]:
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            agent, _subject = reader.actor(noun.head)
            if agent:
                return agent
    return None


#: Who suffers a violation: a person or a group of people.
_VICTIMS = ("person", "group")


def _victims(span, reader: ClauseReader, undergone: frozenset[str] = frozenset()) -> list[str]:
    """Whom the violation is done to: its "of", "against" or "on" ("torture of detainees",
    "attacks against the Rohingya"), the object of the violating verb ("soldiers tortured
    Ana Ruiz", "the Yazidis were enslaved"), or the one who suffers it that it belongs to
    ("the journalist's murder")."""
    root = span.root
    undergoer = _undergoer(root, reader, undergone)
    if undergoer:
        return [undergoer]
    phrases = [pobj for child in root.children if child.dep_ == "prep" and child.lower_ in ("of", "against", "on", "targeting")
               for pobj in child.children if pobj.dep_ == "pobj"]
    if root.pos_ == "VERB":  # the violation is the verb; "committed torture" has none such
        phrases += [child for child in root.children if child.dep_ == "dobj"] + acted_on(root)
    found = [reader.head_entity(phrase, _VICTIMS) for phrase in phrases]
    # a pronoun resolves to whatever it names: only people and groups are victims here
    return [key for key in found if key and reader.index.entities[key].kind in _VICTIMS]

