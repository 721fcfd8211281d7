"""How sure a finding is: its epistemic status, read from the cue words of its own clause.

The lexicon is data (``data/status_cues.json``). From the finding's anchor (the violation's
words, or the verb an actor speaks with) the walk goes up the dependency tree to the root of
the sentence; the first listed verb or noun decides, in the form the clause gives it: plain
("found"), negated ("did not find", "could not rule out") or with a modal ("may amount to").
Only the clause above the anchor counts, so "could not establish genocide, but found torture"
gives each violation its own verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rightsgraph.builders.gazetteer import data_file

#: The statuses, as the local ids of the concepts of the status scheme (rgst:).
STATUSES = ("found", "reasonable-grounds", "established", "documented", "alleged", "may-amount-to", "denied",
            "not-established", "called-for")


@dataclass(frozen=True)
class StatusCues:
    modals: frozenset[str]
    negations: frozenset[str]
    verbs: dict
    nouns: dict


@lru_cache(maxsize=1)
def load_status_cues() -> StatusCues:
    data = data_file("status_cues.json")
    for table in (data["verbs"], data["nouns"]):
        for lemma, entry in table.items():
            for form in ("status", "negated", "modal"):
                if entry.get(form) is not None and entry[form] not in STATUSES:
                    raise ValueError(f"status_cues.json: {lemma}: no status {entry[form]!r}")
    return StatusCues(frozenset(data["modals"]), frozenset(data["negations"]), data["verbs"], data["nouns"])


def status_of(anchor, in_report: bool, cues: StatusCues | None = None) -> tuple[str, tuple[str, ...]]:
    """The status of the finding whose words hang from ``anchor`` (a spaCy token), and the cue
    words that decided it, in text order. ``in_report``: the finding is stated in a report,
    which makes a finding with no cue "documented" rather than "alleged"."""
    cues = cues or load_status_cues()
    negated_below: list = []  # a negated verb under the cue: "said police had not tortured anyone"
    for token in [anchor, *anchor.ancestors]:
        found = None
        if token.pos_ in ("VERB", "AUX") and token.lemma_ in cues.verbs:
            entry = cues.verbs[token.lemma_]
            if negated_below and entry.get("negated_below"):
                return entry["negated_below"], _in_order([*negated_below, token])
            found = _verb_status(token, entry, cues)
            if found is not None and found[0] == "found":
                # "found reasonable grounds to believe that ...": the grounds are the verb's object
                grounds = [_noun_status(child, cues.nouns[child.lemma_], cues) for child in token.children
                           if child.dep_ in ("dobj", "attr") and "with" in cues.nouns.get(child.lemma_, {})]
                grounds = [status for status in grounds if status is not None]
                if grounds:
                    found = grounds[0][0], found[1] + grounds[0][1]
        elif token.pos_ in ("NOUN", "PROPN") and token.lemma_ in cues.nouns:
            found = _noun_status(token, cues.nouns[token.lemma_], cues)
        elif token.pos_ in ("VERB", "AUX"):
            negated_below += [child for child in token.children if child.dep_ == "neg"]
        if found is not None:
            return found[0], _in_order(found[1])
        if token.dep_ == "ROOT":
            # reported speech after the words: "soldiers tortured them, the commission found"
            for child in token.children:
                if child.dep_ in ("parataxis", "ccomp") and child.i > anchor.i and child.lemma_ in cues.verbs:
                    found = _verb_status(child, cues.verbs[child.lemma_], cues)
                    if found is not None:
                        return found[0], _in_order(found[1])
    return ("documented" if in_report else "alleged"), ()


def _verb_status(verb, entry: dict, cues: StatusCues) -> tuple[str, list] | None:
    negations = [child for child in verb.children if child.dep_ == "neg" or
                 (child.dep_ == "advmod" and child.lower_ in cues.negations)]
    modals = [child for child in verb.children if child.dep_ == "aux" and child.lower_ in cues.modals]
    if negations:
        auxiliaries = [child for child in verb.children if child.dep_ == "aux" and child.i < verb.i]  # "did not", "could not"
        status, words = entry.get("negated", "not-established"), [*auxiliaries, *negations]
    elif modals and "modal" in entry:
        status, words = entry["modal"], modals
    else:
        status, words = entry.get("status"), []
    if status is None:
        return None
    particles = [child for child in verb.children if child.dep_ == "prt" or
                 (child.dep_ == "prep" and child.lower_ in ("for", "to") and status in ("called-for", "may-amount-to"))]
    return status, [*words, verb, *particles]


def _noun_status(noun, entry: dict, cues: StatusCues) -> tuple[str, list] | None:
    modifiers = [child for child in noun.children if child.lower_ == entry.get("with")]
    if "with" in entry and not modifiers:
        return None
    verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    negations = [child for child in (verb.children if verb is not None else ()) if child.dep_ == "neg"] + \
                [child for child in noun.children if child.dep_ == "det" and child.lower_ == "no"]
    if negations:
        status = entry.get("negated", "not-established")
        return (status, [*negations, *([verb] if verb is not None else []), *modifiers, noun]) if status else None
    status = entry.get("status")
    return (status, [*modifiers, noun]) if status else None


def _in_order(tokens) -> tuple[str, ...]:
    return tuple(token.text for token in sorted(set(tokens), key=lambda token: token.i))
