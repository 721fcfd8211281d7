"""What a verb of saying does besides reporting a clause: an address to a body ("in her
annual address to the Council, X said …") and a statement that speaks of what its reported
clause names ("X said collective expulsions of people from Y must be avoided"). Read for the
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


__all__ = ["ADDRESSEE", "said_of", "spoken_in"]
