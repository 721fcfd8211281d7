"""Acts named by their noun: "the arrest of Ana Ruiz by the police", "the killing of
protesters in Lima by security forces", "Ana Ruiz has been in detention since 2016".

A noun that names a verb class's act (``nouns`` in ``data/verb_classes.json``) is that
class's action where the phrase itself says both who did it ("by") and to whom ("of"); the
places its "in"/"at" name are where, and a date among its words when. Only what the phrase
joins: "the arrest of Ana Ruiz" names no one's act, and a name elsewhere in the sentence
is not its agent. A noun of the state an act leaves people in (``states``: "in detention",
"in custody") after "be" is that act done to the copula's subject, where the clause dates
it ("who has been in detention since 2016"): when it began, by no one the clause names.
"""

from __future__ import annotations

from rightsgraph.builders.clauses import ACTORS, PLACES
from rightsgraph.builders.happenings import dated
from rightsgraph.builders.nlp import tokens_of
from rightsgraph.builders.records import Action, Span

#: The prepositions a noun's place comes after.
_WHERE = ("in", "at")


def nominal_acts(doc, reader) -> list[Action]:
    """Each act a noun phrase names with its doer and what it is done to; ``reader`` is the
    clause reader of ``actions`` (its lookups of names, objects and pronouns)."""
    index = reader.index
    class_of = {noun: name for name, spec in reader.verb_classes.items() for noun in spec.get("nouns", ())}
    states = {noun: name for name, spec in reader.verb_classes.items() for noun in spec.get("states", ())}
    found = []
    for noun in tokens_of(doc):
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in states and (held := _held_since(reader, noun, states)):
            found.append(held)
            continue
        verb_class = class_of.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if verb_class is None or index.at(noun.idx, noun.idx + len(noun.text)) is not None:
            continue  # not an act's noun, or a word of a name ("the Anti-Torture Commission")
        agents = _after(reader, noun, ("by",), reader.actors)
        patients = [key for key in _after(reader, noun, ("of",), reader.objects) if key not in agents]
        # a possessor is the one who did it where "of" names what was done ("the Council's creation of
        # the mission"), and what was done where "by" names who ("its creation by the Council")
        owners = _owners(reader, noun, reader.things)
        agents = agents or ([key for key in owners if index.entities[key].kind in ACTORS + ("country",)] if patients else [])
        patients = patients or [key for key in owners if key not in agents]
        if not agents or not patients:
            continue
        places = [key for key in _after(reader, noun, _WHERE, lambda pobj: reader.things(pobj, PLACES))
                  if key not in patients]
        names = lambda keys: " and ".join(index.entities[key].label for key in keys)  # noqa: E731
        label = f"{noun.text} of {names(patients)} by {names(agents)}" + (f" in {names(places)}" if places else "")
        sentence = noun.sent
        found.append(Action(
            key=f"action-{noun.idx}", verb_class=verb_class, lemma=noun.lemma_.lower(), label=label,
            span=Span(sentence.start_char, sentence.end_char, sentence.text), sentence=index.sentence_of(noun.idx),
            agents=tuple(agents), patients=tuple(patients), places=tuple(places),
            date=reader.reader.date_in(noun) or _date_after(reader, noun),
        ))
    return found


def dated_happenings(doc, reader) -> list[Action]:
    """Each happening a dated noun phrase names ("the regime's revolution in 1979", "its 2015
    decision"), or an oblique of a dated clause ("came to a head in a bloody crackdown in May
    2022", "during its operations in Gaza in December 2008"): an event of that date, by whom
    its possessor or "by" names, where its "in" says.
    The nouns are the lexicon's (``dated_happening_nouns``, ``unrest_nouns``); a phrase that
    is the subject or object of a clause dated alike is that clause's event, not another."""
    index, found = reader.index, []
    for noun in tokens_of(doc):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in reader.happening_nouns \
                or index.at(noun.idx, noun.idx + len(noun.text)) is not None:
            continue
        date = reader.reader.date_in(noun) or _date_after(reader, noun)
        clause = noun
        while clause.dep_ in ("pobj", "prep") and clause.head.i != clause.i:
            clause = clause.head  # "during its operations in …", "killed in the final stages of the war in May 2009"
        if date is None and clause is not noun and clause.pos_ == "VERB":
            date = reader.reader.clause_date(clause)
        if not dated(date):
            continue
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ == "VERB" and reader.reader.clause_date(noun.head) == date:
            continue  # "protests began in May 2021", "held a review in 2005": the clause's own event
        owners = _owners(reader, noun, reader.actors)
        agents = list(dict.fromkeys(owners + _after(reader, noun, ("by",), reader.actors)))
        places = [key for key in _after(reader, noun, _WHERE, lambda pobj: reader.things(pobj, PLACES)) if key not in agents]
        # "the 2011 ouster of Muammar Qaddafi": whom it befell
        patients = [key for key in _after(reader, noun, ("of",), reader.objects) if key not in agents + places]
        names = lambda keys: " and ".join(index.entities[key].label for key in keys)  # noqa: E731
        words = " ".join(child.text for child in noun.lefts if child.dep_ in ("amod", "compound")) + f" {noun.text}"
        label = words.strip() + (f" of {names(patients)}" if patients else "") + (f" by {names(agents)}" if agents else "") \
            + (f" in {names(places)}" if places else "")
        sentence = noun.sent
        found.append(Action(
            key=f"action-{noun.idx}", verb_class=None, lemma=noun.lemma_.lower(), label=label,
            span=Span(sentence.start_char, sentence.end_char, sentence.text), sentence=index.sentence_of(noun.idx),
            agents=tuple(agents), patients=tuple(patients), places=tuple(places), date=date,
        ))
    return found


def _held_since(reader, noun, states: dict[str, str]) -> Action | None:
    """ "X has been in detention since 2016": the act that left the copula's subject in that
    state, dated by the clause."""
    copula = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if copula is None or copula.lemma_ != "be":
        return None
    date = reader.reader.clause_date(copula)
    subject = next((child for child in reader.kids(copula) if child.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and copula.dep_ == "relcl":
        subject = copula.head  # "Ana Ruiz, who has been in detention since 2016"
    patients = [key for key in reader.objects(subject) if reader.index.entities[key].kind in ("person", "group")] \
        if subject is not None else []
    if date is None or not patients:
        return None
    index, sentence = reader.index, noun.sent
    return Action(
        key=f"action-{noun.idx}", verb_class=states[noun.lemma_.lower()], lemma=noun.lemma_.lower(),
        label=f"{' and '.join(index.entities[key].label for key in patients)} in {noun.lemma_.lower()}",
        span=Span(sentence.start_char, sentence.end_char, sentence.text), sentence=index.sentence_of(noun.idx),
        patients=tuple(patients), date=date,
    )


def invitations(doc, reader) -> list[Action]:
    """ "X, who is visiting at the invitation of the Government", "Following an invitation of
    Y, X will visit …": Y invites X (the call class's "invite"), the one whose clause the
    invitation opens or follows."""
    found = []
    for noun in tokens_of(doc):
        if noun.lemma_.lower() != "invitation" or noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "following", "upon", "on", "after"):
            continue
        inviters = _after(reader, noun, ("of", "from", "by"), reader.actors) or _owners(reader, noun, reader.actors)
        verb = next((head for head in (noun.head.head, *noun.head.head.ancestors) if head.pos_ in ("VERB", "AUX")), None)
        invited = [key for key in (reader.subjects(verb)[0] if verb is not None else []) if key not in inviters]
        if verb is not None and verb.dep_ == "relcl" and not invited:
            invited = [key for key in reader.things(verb.head) if key not in inviters]  # "X, who is visiting at …"
        if not inviters or not invited:
            continue
        names = lambda keys: " and ".join(reader.index.entities[key].label for key in keys)  # noqa: E731
        sentence = noun.sent
        found.append(Action(
            key=f"action-{noun.idx}", verb_class="call", lemma="invite", label=f"invitation of {names(invited)} by {names(inviters)}",
            span=Span(sentence.start_char, sentence.end_char, sentence.text), sentence=reader.index.sentence_of(noun.idx),
            agents=tuple(inviters), addressees=tuple(invited), date=reader.reader.date_in(noun),
        ))
    return found


def _owners(reader, noun, read) -> list[str]:
    """What the noun's possessor names, read by ``read``; a possessive pronoun resolved ("its")."""
    return [key for poss in reader.kids(noun) if poss.dep_ == "poss"
            for key in (read(poss) if poss.pos_ != "PRON" else [reader.reader.pronoun(poss)]) if key]


def _date_after(reader, noun):
    """A date the noun's own "in" or "on" gives ("its creation in October 2023 by …")."""
    for prep in reader.kids(noun):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
            start, end = prep.idx, prep.right_edge.idx + len(prep.right_edge.text)
            value = next((value for span, value in reader.reader.dates if start <= span.start and span.end <= end), None)
            if value is not None:
                return value
    return None


def _after(reader, noun, prepositions: tuple[str, ...], read) -> list[str]:
    """What the noun's own prepositions of these words name, read by ``read``, once each."""
    keys = [key for prep in reader.kids(noun) if prep.dep_ in ("prep", "agent") and prep.lower_ in prepositions
            for pobj in reader.kids(prep) if pobj.dep_ == "pobj" for key in read(pobj)]
    return list(dict.fromkeys(keys))


__all__ = ["dated_happenings", "invitations", "nominal_acts"]
