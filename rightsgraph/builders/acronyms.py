"""Acronyms: those an article defines in parentheses ("Islamic State (IS)") and every later use
of them, and what makes a name an acronym or the initials of another."""

from __future__ import annotations

import re
from dataclasses import replace

from rightsgraph.builders.candidates import Candidate
from rightsgraph.builders.names import fold

_ACRONYM_DEFINITION = re.compile(
    r"(?P<name>[A-Z][\w’'\-.]*(?:[ \t]+(?:[A-Z][\w’'\-.]*|of|for|on|the|and|&|in|against|to|with))*)[ \t]+\((?P<acronym>[A-Z][A-Za-z.&]{1,9})\)"
)


def initials(name: str) -> str:
    """"Tigray People's Liberation Front" -> "TPLF": the capitals that open its words."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name.replace("’s", "").replace("'s", "")) if word[:1].isupper())


def is_acronym(name: str) -> bool:
    letters = [char for char in name if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters) and len(name.split()) == 1


def acronym_definitions(text: str) -> dict[str, str]:
    definitions = {}
    for match in _ACRONYM_DEFINITION.finditer(text):
        name, acronym = match.group("name"), match.group("acronym")
        name = re.sub(r"^(?:The|the)\s+", "", name)
        initials = "".join(word[0] for word in name.split() if word[0].isupper()).upper()
        every_initial = "".join(word[0] for word in name.split()).upper()  # "Committee against Torture": CAT
        letters = acronym.replace(".", "").upper()
        if letters in initials or letters in every_initial or initials.startswith(letters[0]) \
                or _in_another_language(letters, name):
            definitions[acronym] = re.sub(r"^(?:The|the)\s+", "", name)
    return definitions


#: An acronym in parentheses after lower-case words: "international humanitarian law (IHL)".
_TERM_DEFINITION = re.compile(r"(?P<words>(?:\b[a-z][\w'’-]*[ \t]+){1,6})\((?P<acronym>[A-Z]{2,6})s?\)")


def term_acronyms(text: str) -> frozenset[str]:
    """The acronyms the text defines for a term written in lower case ("international
    humanitarian law (IHL)", "internally displaced persons (IDPs)"): no body's name."""
    found = set()
    for match in _TERM_DEFINITION.finditer(text):
        words = re.split(r"[\s-]+", match.group("words").strip())
        letters = match.group("acronym")
        if "".join(word[0] for word in words[-len(letters):]).upper() == letters and len(words) >= len(letters):
            found.add(letters)
    return frozenset(found)


def without_term_acronyms(found: list[Candidate], text: str) -> list[Candidate]:
    """A guessed name that is the acronym of a lower-case term (and its plural) names nothing."""
    terms = term_acronyms(text)
    if not terms:
        return found
    return [c for c in found if not (c.source in ("model", "heuristic", "pattern") and text[c.start : c.end].rstrip("s") in terms)]


def _in_another_language(letters: str, name: str) -> bool:
    """An acronym of the name in the body's own language: "Haitian National Police (PNH)",
    "Bolivarian National Intelligence Service (SEBIN)", "UN Integrated Office in Haiti
    (BINUH)": the same initials in another order, with at most one letter the English name
    lacks ("Servicio" gives SEBIN its E), an acronym's own letters counting ("UN": U, N)."""
    words = [word for word in re.split(r"[\s-]+", name) if word[:1].isupper()]
    available = "".join(word if is_acronym(word) else word[0] for word in words).upper()
    missing = sum(1 for letter in set(letters) if letter not in available)
    return len(letters) >= 3 and len(words) >= 2 and missing <= 1 and abs(len(letters) - len(available)) <= 2


def acronym_mentions(text: str) -> list[Candidate]:
    """Every use of an acronym that the article defines in parentheses ("Islamic State (IS)")."""
    found = []
    for acronym, _name in acronym_definitions(text).items():
        for match in re.finditer(rf"(?<![\w.]){re.escape(acronym)}(?![\w])", text):
            found.append(Candidate(match.start(), match.end(), "acronym", "pattern", 3))
    return found


def defined_acronyms_first(found: list[Candidate], text: str, known: dict) -> list[Candidate]:
    """An acronym the article defines for a body the domain data knows is that body's in this
    article, whatever other body the data knows it for: "the UN Human Rights Committee
    (UNHRC)" makes "UNHRC" the committee's, not the Council's."""
    definitions = acronym_definitions(text)
    if not definitions:
        return found
    defined = {(c.start, c.end) for c in found if c.kind == "acronym"}
    # what the data knows each defined name for: the article ties the acronym to that body
    bodies = {fold(name): entity.key for entity in known.values() for name in entity.names
              if fold(name) in {fold(defined_name) for defined_name in definitions.values()}}

    def other_body(c: Candidate) -> bool:
        name = definitions.get(text[c.start : c.end])
        body = bodies.get(fold(name)) if name else None
        return body is not None and c.ref is not None and body != c.ref

    return [c for c in found if not (c.source == "known" and (c.start, c.end) in defined and other_body(c))]


def defined_name_spans(text: str) -> list[tuple[int, int]]:
    """Where each name an acronym defines begins and ends: the shortest run of words before
    the parenthesis whose capitals are the acronym's letters ("Immigration and Customs
    Enforcement (ICE)")."""
    spans = []
    for match in _ACRONYM_DEFINITION.finditer(text):
        letters = match.group("acronym").replace(".", "").upper()
        words = list(re.finditer(r"\S+", match.group("name")))
        for first in range(len(words) - 1, -1, -1):
            run = match.group("name")[words[first].start():]
            if words[first].group()[:1].isupper() and initials(run).upper() == letters:
                spans.append((match.start("name") + words[first].start(), match.end("name")))
                break
        else:
            name = re.sub(r"^(?:The|the)\s+", "", match.group("name"))
            if _in_another_language(letters, name):  # the whole name: no run of its words spells it
                spans.append((match.end("name") - len(name), match.end("name")))
    return spans


def extended_to_defined_names(found: list[Candidate], text: str, heads: frozenset[str] = frozenset()) -> list[Candidate]:
    """A name the model or the title-case reading cut short inside a name an acronym defines is
    the whole defined name: "Customs Enforcement" in "Immigration and Customs Enforcement
    (ICE)", "Armed Police" in "Armed Police Force (APF)"; a place it ends in is no longer what
    it names when an organisation's head word comes before it ("the Assistance Mission in
    Afghanistan (AMA)"); and a defined name no other reading found is an organisation's ("the
    opposition National Unity Platform (NUP)")."""
    spans = defined_name_spans(text)
    if not spans:
        return found
    ends = {end: start for start, end in spans}
    extended = []
    for candidate in found:
        if candidate.source == "model" and candidate.end in ends and ends[candidate.end] < candidate.start:
            kind = candidate.kind
            if kind == "place" and any(word in heads for word in text[ends[candidate.end] : candidate.start].split()):
                kind = "organization"
            candidate = replace(candidate, start=ends[candidate.end], kind=kind)
        elif candidate.source in ("model", "heuristic") and candidate.kind == "organization":
            around = next(((start, end) for start, end in spans if start <= candidate.start and candidate.end <= end
                           and (start, end) != (candidate.start, candidate.end)), None)
            if around is not None:
                candidate = replace(candidate, start=around[0], end=around[1])
        extended.append(candidate)
    # a defined name nothing else found: "the opposition National Unity Platform (NUP)"
    extended += [Candidate(start, end, "organization", "heuristic", 2) for start, end in spans
                 if len(text[start:end].split()) > 1 and not any(c.start < end and start < c.end for c in extended)]
    return extended


__all__ = ["acronym_definitions", "acronym_mentions", "defined_name_spans", "extended_to_defined_names", "initials",
           "is_acronym", "term_acronyms", "without_term_acronyms"]
