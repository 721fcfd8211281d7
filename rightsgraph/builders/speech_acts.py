"""What a verb of saying does besides reporting a clause: an address to a body ("in her
annual address to the Council, X said …") and a statement that speaks of what its reported
clause names ("X said collective expulsions of people from Y must be avoided"), and a report
dismissed in words ("X said the report is biased"). Read for the
action reader (``actions.ActionReader``), whose lookups they use."""

from __future__ import annotations

from rightsgraph.builders.clauses import ACTORS
from rightsgraph.builders.records import Action, Span

#: The prepositions that say whom something is addressed to.
ADDRESSEE = ("to", "toward", "towards")


def spoken_in(reader, verb, key: str) -> Action | None:
    """ "In her annual address to the Council, X said …", "X told reporters in a speech to
    the Assembly": the address, by whoever speaks, to whom it is addressed."""
    for prep in reader.kids(verb):
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in reader.kids(prep):
            if noun.dep_ != "pobj" or noun.lemma_ not in reader.speech_nouns:
                continue
            addressees = [key for to in reader.kids(noun) if to.dep_ == "prep" and to.lower_ in ADDRESSEE
                          for pobj in reader.kids(to) if pobj.dep_ == "pobj" for key in reader.things(pobj, ACTORS)]
            agents = [agent for agent in reader.subjects(verb)[0] if agent not in addressees]
            if agents and addressees:
                sentence = verb.sent
                return Action(key=key, verb_class="communication", lemma=noun.lemma_,
                              label=f"{' and '.join(reader.index.entities[a].label for a in agents)} {noun.lemma_} to "
                                    f"{' and '.join(reader.index.entities[a].label for a in addressees)}",
                              span=Span(sentence.start_char, sentence.end_char, sentence.text),
                              sentence=reader.index.sentence_of(verb.idx), agents=tuple(agents), addressees=tuple(addressees),
                              date=reader.reader.clause_date(verb))
    return None


def said_of(reader, verb, key: str) -> Action | None:
    """ "X said collective expulsions of people from Y must be avoided": X's statement
    speaks of what its reported clause names, when that clause names something."""
    speakers = reader.subjects(verb)[0]
    if not speakers:
        return None
    topics: list[str] = []
    for clause in reader.kids(verb):
        if clause.dep_ != "ccomp":
            continue
        for token in clause.subtree:
            if token.pos_ in ("PROPN", "NOUN", "PRON"):
                topics += [thing for thing in reader.things(token) if thing not in speakers and thing not in topics]
    if not topics:
        return None
    sentence = verb.sent
    names = reader.index.entities
    return Action(key=key, verb_class=None, lemma=verb.lemma_,
                  label=f"{' and '.join(names[a].label for a in speakers)} {verb.text} of "
                        f"{' and '.join(names[t].label for t in topics)}",
                  span=Span(sentence.start_char, sentence.end_char, sentence.text),
                  sentence=reader.index.sentence_of(verb.idx), agents=tuple(speakers), topics=tuple(topics),
                  date=reader.reader.clause_date(verb))


def dismissed(reader, verb, key: str, dismissive: frozenset[str]) -> Action | None:
    """ "X said the report is biased", "“The report is self-contradictory,” X said": X rejects
    the report, in the word it dismisses it with (``dismissive``, lower case), which the action
    keeps as its lemma."""
    speakers = reader.subjects(verb)[0]
    if not speakers:
        return None
    for clause in reader.kids(verb):
        if clause.dep_ != "ccomp" or clause.lemma_ != "be":
            continue
        subject = next((child for child in reader.kids(clause) if child.dep_ == "nsubj"), None)
        judged = [child for child in reader.kids(clause) if child.dep_ in ("acomp", "attr")]
        words = [word for phrase in judged for word in phrase.subtree if word.lower_ in dismissive]
        document = reader.document(subject) if subject is not None else None
        if words and document is not None:
            sentence = verb.sent
            return Action(key=key, verb_class="rejection", lemma=words[0].lower_,
                          label=f"{' and '.join(reader.index.entities[a].label for a in speakers)} called it {words[0].lower_}",
                          span=Span(sentence.start_char, sentence.end_char, sentence.text),
                          sentence=reader.index.sentence_of(verb.idx), agents=tuple(speakers), documents=(document,),
                          date=reader.reader.clause_date(verb))
    return None


__all__ = ["ADDRESSEE", "dismissed", "said_of", "spoken_in"]
