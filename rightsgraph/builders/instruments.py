"""Legal instruments and court cases: the Convention against Torture, the Universal Declaration
of Human Rights, a national "Border Security Amendment Act", "Endorois Welfare Council v Kenya".

The model calls them organisations ("Convention against Torture" looks like "Committee
against Torture"), and their words hide others ("Torture", "Saudi Arabia" in "the Saudi
Arabia Human Rights and Accountability Act"). Two sources, both data:

1. the instruments of ``data/instruments.json`` (the core human-rights treaties and their
   protocols, the UDHR, the Rome Statute, the Geneva Conventions, …) by name or alias; an
   acronym that also names a treaty body ("CAT", "CRC") only where a verb of treaties governs
   it ("ratify CAT"), else it is left to the body;
2. a title-case name ending in an instrument's head word ("Act", "Law", "Convention",
   "Declaration", …) or opening with one before its complement ("Convention on the Rights
   of …"), unless it is a field of law ("International Humanitarian Law").

A case is two title-case names joined by "v." or "versus".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rightsgraph.builders.gazetteer import data_file
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.nlp import text_of

_NAME_WORD = r"[A-Z][\w’'.\-]*"
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_JOINERS = r"(?:of|on|the|and|against|for|to|in|with|&)"
#: What opens an instrument's complement: "Convention on …", "Convention against …" (never "and")
_COMPLEMENT = r"(?:of|on|against|for|to|in|with|relating)"
#: Capitalised words that open a sentence before a name: "Under International Law", "The Act"
_OPENERS = re.compile(r"^(?:(?:The|A|An|Under|In|On|By|For|With|From|As|At|To|And|But|Its|Their|This|That|These|Those|If|When|While)[ \t]+)+")


@dataclass(frozen=True)
class InstrumentMention:
    """Where a legal instrument or case is named; ``kind`` is ``instrument`` or ``case``."""

    start: int
    end: int
    kind: str
    key: str
    label: str
    known: bool = False


@dataclass(frozen=True)
class InstrumentData:
    names: dict[str, tuple[str, str]]  # name -> (key, label)
    acronyms: dict[str, tuple[str, str]]
    ambiguous: dict[str, tuple[str, str]]  # acronyms that also name a treaty body ("CAT")
    heads: frozenset[str]
    not_instruments: frozenset[str]


@lru_cache(maxsize=1)
def load_instruments() -> InstrumentData:
    data = data_file("instruments.json")
    names, acronyms, ambiguous_acronyms = {}, {}, {}
    for item in data["instruments"]:
        ambiguous = set(item.get("ambiguous_aliases", ()))
        for name in (item["label"], *item.get("aliases", ())):
            acronym = name.isupper() and " " not in name
            if name in ambiguous:
                if acronym:
                    ambiguous_acronyms[name] = (item["key"], item["label"])
                continue
            target = acronyms if acronym else names
            target[name] = (item["key"], item["label"])
    return InstrumentData(names=names, acronyms=acronyms, ambiguous=ambiguous_acronyms, heads=frozenset(data["heads"]),
                          not_instruments=frozenset(fold(name) for name in data["not_instruments"]))


#: A law the text gives a name in quotes: "a new law – called “Stop Soros” by the Government",
#: "the bill, dubbed "the gag law"".
_NICKNAMED_LAW = re.compile(
    r"\b(?:[Ll]aws?|[Bb]ills?|[Dd]ecrees?|[Ll]egislation|[Pp]ackage(?: of laws)?)\b[ \t,–—-]{0,4}"
    r"(?:which is |also )?(?:called|dubbed|named|nicknamed|known as)[ \t]+[“\"](?P<name>[^”\"\n]{2,60})[”\"]")


class InstrumentFinder:
    """Finds the legal instruments and cases one article names."""

    def __init__(self, nlp, treaty_verbs: frozenset[str] = frozenset(), organization_heads: frozenset[str] = frozenset()):
        from spacy.matcher import PhraseMatcher

        self.data = load_instruments()
        self.treaty_verbs = treaty_verbs
        # "the X Institute of International Law": a body named for the law it studies
        self.body_of = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(organization_heads)))})[ \t]+(?:of|for)[ \t]") \
            if organization_heads else None
        self.by_context = PhraseMatcher(nlp.vocab, attr="ORTH")
        for name, (key, _label) in self.data.ambiguous.items():
            self.by_context.add(key, [nlp.make_doc(name)])
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_case = PhraseMatcher(nlp.vocab, attr="ORTH")
        for name, (key, _label) in self.data.names.items():
            # "the UN Convention against Torture and Other Cruel …": a treaty named with the UN's name before it
            variants = [name, *(f"{prefix} {name}" for prefix in ("UN", "U.N.", "United Nations") if not name.startswith(prefix))]
            self.by_lower.add(key, [nlp.make_doc(variant) for variant in variants])
        for name, (key, _label) in self.data.acronyms.items():
            self.by_case.add(key, [nlp.make_doc(name)])
        self.labels = {key: label for key, label in [*self.data.names.values(), *self.data.acronyms.values(),
                                                      *self.data.ambiguous.values()]}
        heads = "|".join(sorted(map(re.escape, self.data.heads), key=len, reverse=True))
        # the head words alone, found first: the name patterns are only tried around them
        self.head_words = re.compile(rf"(?<![\w’'\-])(?:{heads})(?![\w’'\-])")
        name = rf"{_NAME_WORD}(?:[ \t]+(?:(?:and|of|for|on|against|to|&)[ \t]+)?(?:{_NAME_WORD}|\d{{4}}))*"
        # "Border Security Amendment Act", "the 2019 Anti-Terrorism Law"; "Convention on the Rights of Persons with Disabilities"
        self.ending = re.compile(rf"(?<![\w’'.\-])(?P<name>{name}[ \t]+(?:{heads}))\Z")
        self.opening = re.compile(
            rf"(?<![\w’'.\-])(?P<name>(?:{_NAME_WORD}[ \t]+)*(?:{heads})[ \t]+{_COMPLEMENT}(?:[ \t]+{_JOINERS})*[ \t]+{_NAME_WORD}"
            rf"(?:[ \t]+(?:{_JOINERS}[ \t]+)*{_NAME_WORD})*)"
        )
        # a case's own cues ("Endorois Welfare Council v Kenya"); "vs." and "versus" join rivals too
        cues = "|".join(re.escape(cue) for cue in ("v.", "v"))
        self.case = re.compile(rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}}[ \t]+(?:{cues})[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}})")

    def _named_around_heads(self, text: str) -> list[tuple[int, int]]:
        """The extents of title-case names ending in a head word, or opening with one before
        its complement, tried only near the head words the text holds."""
        found = []
        reach = 160
        for head in self.head_words.finditer(text):
            window = max(0, head.start() - reach)
            ending = self.ending.search(text, window, head.end())
            # "the Eritrean Law Society": the name goes on past the head, and is no instrument
            continues = _NAME_GOES_ON.match(text, head.end()) is not None
            body = ending is not None and self.body_of is not None and self.body_of.search(ending.group("name")) is not None
            if ending is not None and not continues and not body:
                found.append(ending.span("name"))
            line_start = max(window, text.rfind("\n", 0, head.start()) + 1)
            for opening in self.opening.finditer(text, line_start, min(len(text), head.end() + reach)):
                if opening.start("name") <= head.start() < opening.end("name"):
                    found.append(opening.span("name"))
                    break
        return sorted(set(found))

    def find(self, doc) -> list[InstrumentMention]:
        text = text_of(doc)
        found: list[InstrumentMention] = []
        strings = doc.vocab.strings
        for matcher in (self.by_lower, self.by_case):
            for match_id, start, end in matcher(doc):
                key = strings[match_id]
                span = doc[start:end]
                found.append(InstrumentMention(span.start_char, span.end_char, "instrument", key, self.labels[key], known=True))
        for match_id, start, end in self.by_context(doc):
            # "ratify ICERD and CAT": the treaty, where a verb of treaties governs it; else the committee
            token = doc[start]
            before = doc[max(token.sent.start, start - 12) : start]
            if any(other.lemma_.lower() in self.treaty_verbs and (other.pos_ == "VERB" or other.lemma_.lower().endswith("ion"))
                   for other in [*token.ancestors, *before]):
                key = strings[match_id]
                span = doc[start:end]
                found.append(InstrumentMention(span.start_char, span.end_char, "instrument", key, self.labels[key], known=True))
        for start, end in self._named_around_heads(text):
            words = _OPENERS.sub("", text[start:end])
            start = end - len(words)
            if fold(words) in self.data.not_instruments or len(words.split()) < 2:
                continue
            last = doc.char_span(start, end, alignment_mode="expand")
            if last is not None and last[-1].dep_ == "compound" and last[-1].head.i > last[-1].i:
                continue  # "a Harvard Law professor": the word describes the noun after it
            found.append(InstrumentMention(start, end, "instrument", slug(words), words))
        for match in _NICKNAMED_LAW.finditer(text):
            # "a new law – called “Stop Soros” by the Government": the law's name, no one's
            words = match.group("name").strip()
            start = match.start("name") + match.group("name").index(words)
            found.append(InstrumentMention(start, start + len(words), "instrument", slug(words), words))
        for match in self.case.finditer(text):
            words = match.group("name").rstrip(".")
            start = match.start("name")
            found.append(InstrumentMention(start, start + len(words), "case", slug(words), words))
        return found


__all__ = ["InstrumentFinder", "InstrumentMention", "load_instruments"]
