"""Candidates from patterns that know the genre: a government named by its state or its capital
("the North Korean government", "the government of Syria", "Pyongyang rejected"), a UN
mechanism named by its kind and country ("Commission of Inquiry on ... Syria"), "the city of
Korla" and other places a pattern gives, a dateline naming the publisher, and names listed
after a word for their kind ("charities including Freedom from Torture and Care4Calais")."""

from __future__ import annotations

import re

from rightsgraph.builders.candidates import Candidate
from rightsgraph.builders.clauses import DATELINE_DASHES
from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.groups import load_groups
from rightsgraph.builders.name_tables import NameTables
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.nlp import text_of, tokens_of
from rightsgraph.builders.records import Article
from rightsgraph.builders.org_kinds import OrgKind

#: "of" or "in" after a government noun, before a state's name or its capital.
_OF_OR_IN = re.compile(r"\s+(?P<word>of|in)\s+")
#: A word of a name, with an apostrophe or hyphen inside it or a possessive at its end.
_WORD = re.compile(r"[\w.’'-]+")
#: The capitalised name a region's government is named by: "Tigray", "the Kurdistan Region".
#: a region's or a government's own name after "the Government of" ("Tigray", "National
#: Accord", "Reconciliation and National Unity")
_REGION_NAME = re.compile(r"(?:the[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}(?:[ \t]+and(?:[ \t]+[A-Z][\w’'-]+){1,3})?")
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_ANAPHORIC_MECHANISM = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:(?:UN|U\.N\.|United Nations)\s+)?(?P<noun>panel|commission|inquiry|mission)\b(?!\s+(?:of|on|for|in|to)\b)",
    re.IGNORECASE,
)
_PLACE_PATTERN = re.compile(
    r"\b(?:city|town|village|province|region|district|governorate|prefecture|county|camp) of (?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)"
)
#: A leader's name right before "administration", "government" or "regime".
_LEADER_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w’'\-]+[ \t]){0,2}[A-Z][\w’'\-]+)[ \t]\Z")
_LED_NOUNS = {"administration", "government", "regime"}
#: Capitalised words that open a phrase but name no leader.
_NOT_LEADERS = {"The", "This", "That", "These", "A", "An", "Its", "Their", "His", "Her", "Our", "Any", "Every", "New",
                "Interim", "Transitional", "Federal", "National", "Central", "Local", "Military", "Provisional"}


def _line_end(text: str, start: int, lines: int) -> int:
    """Where the ``lines``-th line from ``start`` ends."""
    end = start
    for _line in range(lines):
        newline = text.find("\n", end)
        end = len(text) if newline < 0 else newline + 1
    return end


def _leader_before(text: str, noun) -> int | None:
    """Where a leader's name starts right before a government noun, if one does: the
    capitalised words there, less the words that open a phrase ("The", "Interim")."""
    match = _LEADER_BEFORE.search(text, max(0, noun.start() - 60), noun.start())
    if match is None or match.group("name").endswith(("'s", "’s", "'", "’")):
        return None  # "President X's government": a person's, whose country the article may not say
    start = match.start("name")
    for word in match.group("name").split():
        if word not in _NOT_LEADERS:
            return start
        start = text.index(word, start) + len(word) + 1
    return None


def _named_as_person(text: str, name: str) -> bool:
    """Whether the article names a person by these words elsewhere, after a given name or a
    title ("President Ana Ruiz", "Tomás Ruiz"): only then is "the Ruiz
    administration" a leader's government, and "the Hamas government" stays Hamas's."""
    before = r"(?<![\w’'.\-])(?!The\b|This\b|That\b)[A-Z][\w’'.\-]+[ \t]+"
    after = r"(?![ \t]+(?:[Aa]dministration|[Gg]overnment|[Rr]egime)\b)"
    return re.search(before + re.escape(name) + r"\b" + after, text) is not None


#: A capitalised word of a name.
_CAPITALISED = r"[A-Z][\w’'\-]+"
#: A name of capitalised words, and what separates the names of a list.
_NAME = rf"{_CAPITALISED}(?: {_CAPITALISED})*"
_PLACE_LIST_SEPARATOR = r"(?:,[ \t]+|,?[ \t]+and[ \t]+)"
_DATELINE = re.compile(r"(?P<name>[A-Z][\w&’'.\-]*(?:\s+[A-Z][\w&’'.\-]*){0,4}):\s+(?=[A-Z])")
#: A place in capitals opening a line, before a dash, a comma or a bracket: "ATHENS –",
#: "BUDAPEST, 17 July (OHCHR) -", "NEW YORK (AP) —".
_CAPITALS_DATELINE = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z.'’]+(?:[ \t][A-Z][A-Z.'’]+){0,2})[ \t]*(?=[,(:–—-])", re.MULTILINE)
#: A byline ending in whom its writers write for ("By Ana Ruiz and Luis Condori, Reuters").
BYLINE = re.compile(r"^[ \t]*By[ \t]+(?P<names>[A-Z][^\n]*),[ \t]*(?P<holder>[^,\n]+?)[ \t]*$", re.MULTILINE)
_PUBLISHER = re.compile(r"(?:The )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}")
#: A byline set out in fields, the publisher first: "The Lagos Sentinel | By Ana Ruiz, Abuja | Friday".
#: (The holder opens with a word and runs to a few words: a line of blanks, as a masked page
#: header leaves, is no holder, and would cost time cubic in its length.)
_FIELD_BYLINE = re.compile(r"^[ \t]*(?P<holder>[^|\s][^|\n]{0,80}?)[ \t]+\|[ \t][^\n]*\bBy[ \t]+[A-Z]", re.MULTILINE)
#: A wire dateline with its agency in brackets: "GENEVA, Sept 10 (Meridian Wire) -".
#: The agency may be an acronym, the dateline a date alone: "March 4 (UPI) --", "GENEVA (AA) –".
_AGENCY_DATELINE = re.compile(r"^[ \t]*(?:[A-Z][A-Z.'’ ]+(?:,[^()\n]{1,30})?|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)"
                              r"[ \t]*\((?P<holder>[A-Z][A-Za-z][^()\n]*?)\)[ \t]*[-–—]", re.MULTILINE)
#: How many lines of the body a dateline may open (after a date, a byline, a standfirst).
_DATELINE_LINES = 6
#: One name of a list ("Freedom from Torture", "the Center for Constitutional Rights"): title-case
#: words and the lower-case words inside names, up to a comma, "and" or a lower-case word.
_LISTED_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z0-9][\w’'&-]*)"  # "U.N." or "Care4Calais", never a sentence's full stop
_LISTED_NAME = re.compile(
    rf"(?<![\w’'-])(?!(?:and|the)\b){_LISTED_WORD}(?:[ \t]+(?:(?:of|for|from|on|against|the|de|du|in)[ \t]+)*{_LISTED_WORD})*"
)
#: What may stand before a listed name without being part of it: "London-based", "New York-based".
_LISTED_OPENING = re.compile(r"(?:[A-Z][\w’']*[ \t]+)*[A-Z][\w’'-]*-based[ \t]+")

_LIST_SEPARATOR = re.compile(r"(?:[ \t]*\([A-Z][\w.&-]{1,9}\))?(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?(?=[A-Z0-9])")


_NAME_WORD = r"[A-Z][a-z'’\-]+"
#: A given name, another in brackets, and a surname: "Reza (Gholamreza) Rasaei".
_BRACKETED_NAME = re.compile(rf"(?P<honorific>\b(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?(?P<name>\b{_NAME_WORD}[ \t]+\({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?\)"
                             rf"[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)")


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


class PatternFinder:
    """Finds the candidates the genre's patterns make."""

    def __init__(self, gazetteer: Gazetteer, tables: NameTables):
        self.gazetteer = gazetteer
        self.tables = tables
        # the longest country name or demonym, with room for a possessive and spacing
        self._name_reach = max(map(len, [*self.tables.countries, *self.tables.demonyms])) + 8
        # names the domain data knows, which its own lookup finds ("(AP)": the Associated Press)
        self._known_names = frozenset(name for entity in gazetteer.entities.values() for name in entity.names)
        self._government_nouns = self._build_government_patterns()
        # "the judicial authorities of X": an organ of the state, not its government
        self._organ_nouns = {noun for organ in gazetteer.lexicon_dict("state_organs").values() for noun in organ["nouns"]}
        self._mechanism_pattern = self._build_mechanism_pattern()
        numbered = "|".join(sorted(map(re.escape, gazetteer.words("numbered_place_nouns")), key=len, reverse=True))
        self._numbered_place = re.compile(rf"\b(?:{numbered})\s+(?:No\.\s*)?\d+\b")
        plurals = "|".join(sorted({re.escape(_plural(noun)) for noun in gazetteer.words("settlement_nouns") if " " not in noun}))
        # "in Aweil, Wau and Gogrial counties": every name listed before the plural is a place
        self._listed_places = re.compile(
            rf"(?P<names>{_NAME}(?:{_PLACE_LIST_SEPARATOR}{_NAME})+)[ \t]+(?:{plurals})\b")
        self._not_leading = gazetteer.words("spatial_words") | {word.lower() for word in gazetteer.words("not_names")}
        nouns = "|".join(sorted((re.escape(noun) for nouns in gazetteer.lexicon_dict("organization_list_nouns").values() for noun in nouns),
                                key=len, reverse=True))
        rebels = "|".join(sorted(map(re.escape, gazetteer.words("rebel_nouns")), key=len, reverse=True))
        self._rebels = re.compile(rf"(?<![\w.])(?:the[ \t]+)?(?P<word>[A-Z][a-z]{{2,}})[ \t]+(?:{rebels})\b")
        # the first words of the names the data knows, bodies' and peoples' ("Houthis", "Kurdish")
        self._known_words = frozenset(fold(name.split()[0]) for name in self._known_names if name[:1].isupper()) | frozenset(
            fold(word.split()[0]) for group in load_groups()[0] for word in (*group.names, *group.adjectives, *group.context_names))
        self._listing = re.compile(rf"\b(?P<noun>(?i:{nouns})),?[ \t]+(?:including|such as|like|among them|notably)[ \t]+(?:the[ \t]+)?")

    def rebels(self, text: str) -> list[Candidate]:
        """ "the Maoist rebels", "Zapatista guerrillas": an armed group named by what its members
        are called (lexicon ``rebel_nouns``), not by a state's or an ethnic group's people
        ("Syrian rebels", "Kurdish militants" are many groups) nor by a name the data knows
        ("Houthi rebels" are the Houthis)."""
        found = []
        for match in self._rebels.finditer(text):
            word = match.group("word")
            folded = fold(word)
            if folded in self.tables.countries or folded in self.tables.demonyms or {folded, f"{folded}s"} & self._known_words:
                continue
            found.append(Candidate(match.start("word"), match.end(), "organization", "heuristic", 2, org_kind=OrgKind.ARMED_GROUP))
        return found

    def bracketed_names(self, text: str) -> list[Candidate]:
        """ "Mr Mojahed (Abbas) Kourkouri", "Reza (Gholamreza) Rasaei": a person's name with the
        other given name they go by in brackets, one name, after an honorific or a given name."""
        found = []
        for match in _BRACKETED_NAME.finditer(text):
            first = match.group("name").split()[0]
            if match.group("honorific") or fold(first) in self.tables.given_names:
                found.append(Candidate(match.start("name"), match.end("name"), "person", "heuristic", 3))
        return found

    def listings(self, text: str) -> list[Candidate]:
        """Names listed after a word for their kind are of that kind, whatever the model says:
        "charities including Freedom from Torture and Care4Calais", "rights groups such as …"."""
        found = []
        kinds = {noun.lower(): kind for kind, nouns in self.gazetteer.lexicon_dict("organization_list_nouns").items() for noun in nouns}
        for match in self._listing.finditer(text):
            kind = kinds.get(match.group("noun").lower())
            kind = None if kind == OrgKind.OTHER else kind
            position = match.end()
            while True:  # "A, B (BB) and the C": names and what separates them, nothing else
                opening = _LISTED_OPENING.match(text, position)
                item = _LISTED_NAME.match(text, opening.end() if opening else position)
                if item is None:
                    break
                found.append(Candidate(item.start(), item.end(), "organization", "pattern", 3, org_kind=kind))
                separator = _LIST_SEPARATOR.match(text, item.end())
                if separator is None:
                    break
                position = separator.end()
        return found

    def _build_government_patterns(self) -> re.Pattern[str]:
        # a country's foreign ministry speaks for its government ("Belarus's foreign ministry dismissed…")
        nouns = (r"(?P<noun>[Gg]overnments?|[Rr]egime|[Aa]uthorities|[Aa]dministration|[Oo]fficials|[Ff]oreign [Mm]inistry"
                 r"|[Mm]inistry of [Ff]oreign [Aa]ffairs|[Ff]oreign [Aa]ffairs [Mm]inistry)")
        return re.compile(rf"\b{nouns}\b")

    def governments(self, doc) -> list[Candidate]:
        """A government named by its state: "the North Korean government", "Syria's government",
        "the government of Syria", "the government of Syrian President …", "the authorities
        in Minsk"; and a capital that acts ("Pyongyang rejected the report")."""
        found = []
        text = text_of(doc)
        for noun in self._government_nouns.finditer(text):
            named = self._state_named_before(text, noun.start())
            if named is not None:
                start, country = named
                found.append(Candidate(start, noun.end(), "government", "pattern", 5, country=country))
                continue
            leader = _leader_before(text, noun) if noun.group("noun").lower() in _LED_NOUNS else None
            if leader is not None and _named_as_person(text, text[leader : noun.start()].strip()):
                # "the Ruiz administration", "the Kamau government", "Joseph Kamau's government":
                # a government by its leader's name, whichever country the article says it governs
                found.append(Candidate(leader, noun.end(), "led-government", "pattern", 5, org_kind=OrgKind.GOVERNMENT,
                                       ref=slug(text[leader : noun.start()])))
                continue
            after = _OF_OR_IN.match(text, noun.end())
            if after is None or self._organ_before(text, noun):
                continue
            named = self._name_after(text, after.end(), after.group("word") == "in")
            if named is None:
                region = _REGION_NAME.match(text, after.end()) if noun.group("noun") == "Government" \
                    and after.group("word") == "of" else None
                if region is not None:
                    # "the Government of Tigray": a region's own government, no state's
                    found.append(Candidate(noun.start(), region.end(), "organization", "pattern", 5,
                                           org_kind=OrgKind.GOVERNMENT))
                continue
            end, country, kind = named
            # "the government of Syrian President ...": the mention ends with the noun
            found.append(Candidate(noun.start(), noun.end() if kind == "demonym" else end, "government", "pattern", 5,
                                   country=country))
        for token in tokens_of(doc):
            # A capital that acts stands for its government: "Pyongyang rejected the report".
            if token.dep_ not in _SUBJECT_DEPS:
                continue
            country = self.tables.capitals.get(fold(token.text))
            # "WASHINGTON — The rapporteur said": a dateline, not the government speaking;
            # "Denzel Washington said": a person's surname
            previous = tokens_of(doc)[token.i - 1] if token.i > 0 else None
            # (the model's single-word "person" that is a capital's name is the capital: "Ankara invited …")
            surname = previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isupper() \
                or token.ent_type_ == "PERSON" and not (token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I"))
            if country and token.head.pos_ in ("VERB", "AUX") and not token.text.isupper() and not surname \
                    and not _opens_a_dateline(doc, token):
                found.append(Candidate(token.idx, token.idx + len(token.text), "government", "pattern", 5, country=country))
        return found

    def _organ_before(self, text: str, noun) -> bool:
        """Whether the word before the government noun makes it a state organ's name
        ("judicial authorities", "prison authorities")."""
        before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, noun.start() - 30) : noun.start()])
        return before is not None and f"{before.group(1).lower()} {noun.group('noun').lower()}" in self._organ_nouns

    def _name_after(self, text: str, start: int, capital: bool) -> tuple[int, str, str] | None:
        """A state's name starting at ``start`` ("the Syrian Arab Republic", "Syria"), or a
        demonym before a title-case word ("Syrian President"), or with ``capital`` its capital:
        where it ends, the country, and which it was."""
        words = list(_WORD.finditer(text, start, min(len(text), start + self._name_reach)))
        if not words or words[0].start() != start:
            return None
        offset = 1 if fold(words[0].group(0)) == "the" and not capital else 0
        run = _spaced_run(text, words[offset : offset + 5])
        for width in range(len(run), 0, -1):  # the longest name first: "South Sudan" before "South"
            chosen = run[:width]
            raw = text[chosen[0].start() : chosen[-1].end()].rstrip(".,;:")
            end, folded = chosen[0].start() + len(raw), fold(raw)
            if capital:
                if folded in self.tables.capitals:
                    return end, self.tables.capitals[folded], "capital"
                if folded in self.tables.countries:
                    return end, self.tables.countries[folded], "country"  # "the authorities in Peru"
                continue
            if folded in self.tables.countries:
                return end, self.tables.countries[folded], "country"
            if offset == 0 and folded in self.tables.demonyms and width < len(words) and words[width].group(0)[:1].isupper():
                return end, self.tables.demonyms[folded], "demonym"
        return None

    def _state_named_before(self, text: str, end: int) -> tuple[int, str] | None:
        """Where a country's name or demonym ends right before ``end`` (one space away, an
        optional possessive between), and which country: looked up word by word, the longest
        name first, not by an alternation of every name tried at every position."""
        window_start = max(0, end - self._name_reach)
        words = list(_WORD.finditer(text, window_start, end))
        if not words or text[words[-1].end() : end].strip(" \t") != "":
            return None
        run = _spaced_run(text, words[::-1][:5])  # nearest word first
        for width in range(len(run), 0, -1):
            first = run[width - 1]
            phrase = text[first.start() : words[-1].end()]
            possessive = re.sub(r"['’]s?$", "", phrase)
            folded = fold(phrase)
            if folded in self.tables.demonyms and phrase == possessive:
                return first.start(), self.tables.demonyms[folded]
            if fold(possessive) in self.tables.countries:
                return first.start(), self.tables.countries[fold(possessive)]
        return None

    def _build_mechanism_pattern(self) -> re.Pattern[str]:
        return re.compile(
            r"(?:(?:UN|U\.N\.|United Nations)\s+)?(?:(?:HRC|Human Rights Council)\s+)?(?:(?:[Ii]ndependent\s+)?[Ii]nternational\s+)?"
            r"(?P<type>[Cc]ommission of [Ii]nquiry|[Ff]act[- ][Ff]inding (?:[Mm]ission|[Tt]eam)|[Gg]roup of (?:[Ii]ndependent )?[Ee]xperts"
            r"|[Pp]anel of (?:[Ii]ndependent )?[Ee]xperts)"
            r"(?P<about>\s+(?:on|for|into|in)\s+(?:the\s+)?(?:[Ss]ituation\s+of\s+)?(?:(?:[Hh]uman [Rr]ights)\s+in\s+)?)?"
        )

    def mechanisms(self, text: str) -> list[Candidate]:
        found = []
        for match in self._mechanism_pattern.finditer(text):
            mechanism = _mechanism_type(match.group("type"))
            end, country = match.end("type"), None
            if match.group("about"):
                # "Commission of Inquiry on (the situation of human rights in) the Syrian Arab Republic"
                named = self._name_after(text, match.end("about"), capital=False)
                if named is not None and named[2] == "country":
                    end, country = named[0], named[1]
            named = country or match.group("type")[:1].isupper() or match.start("type") > match.start()
            if not named:
                # "a two-week fact-finding mission to the UK": the words for a kind of work, which
                # only name a body already named ("the fact-finding mission" after its full name);
                # "an international fact-finding mission", "a UN commission of inquiry" name one
                found.append(Candidate(match.start(), end, "anaphoric-mechanism", "pattern", 4, mechanism=mechanism))
                continue
            found.append(Candidate(match.start(), end, "mechanism", "pattern", 4, country=country, mechanism=mechanism,
                                   org_kind=mechanism))
        for match in _ANAPHORIC_MECHANISM.finditer(text):
            found.append(Candidate(match.start(), match.end(), "anaphoric-mechanism", "pattern", 4))
        return found

    def places(self, text: str) -> list[Candidate]:
        found = [Candidate(match.start("name"), match.end("name"), "place", "pattern", 4) for match in _PLACE_PATTERN.finditer(text)]
        # "Camp 15", "Prison No. 2": a numbered camp or prison is a place whatever the model says
        found += [Candidate(match.start(), match.end(), "place", "pattern", 4) for match in self._numbered_place.finditer(text)]
        for match in self._listed_places.finditer(text):
            for name in re.finditer(_NAME, match.group("names")):
                start = match.start("names") + name.start()
                words = name.group().split()
                while len(words) > 1 and words[0].lower() in self._not_leading:  # "In Leer and …"
                    start += len(words[0]) + 1
                    words = words[1:]
                found.append(Candidate(start, match.start("names") + name.end(), "place", "pattern", 3))
        return found

    def dateline(self, text: str, article: Article) -> list[Candidate]:
        body = text[article.body_start :]
        offset = article.body_start + len(body) - len(body.lstrip())
        match = _DATELINE.match(text, offset)
        if match is None or fold(match.group("name")) in self.tables.countries or fold(match.group("name")) in self.tables.capitals \
                or fold(match.group("name")) in self.tables.known_places:
            return []  # "GENEVA: The UN …" names where, not who
        return [Candidate(match.start("name"), match.end("name"), "organization", "pattern", 4, org_kind=OrgKind.MEDIA)]

    def byline_publishers(self, text: str) -> list[Candidate]:
        """ "By Ana Ruiz and Luis Condori, Reuters": whom a byline's writers write for, a
        news organisation (not a place: "By Ana Ruiz, Nairobi"); so is the name a byline in
        fields opens with ("The Lagos Sentinel | By Ana Ruiz | Friday") and a wire
        dateline's agency ("GENEVA, Sept 10 (Meridian Wire) -")."""
        found = []
        head = text[: _line_end(text, 0, 2 * _DATELINE_LINES)]  # where a byline in fields or a dateline stands
        matches = [*BYLINE.finditer(text), *_FIELD_BYLINE.finditer(head), *_AGENCY_DATELINE.finditer(head)]
        for match in sorted(matches, key=lambda match: match.start("holder")):
            name = match.group("holder")
            if _PUBLISHER.fullmatch(name) and fold(name) not in self.tables.countries and name not in self._known_names \
                    and fold(name) not in self.tables.capitals and fold(name) not in self.tables.known_places:
                found.append(Candidate(match.start("holder"), match.end("holder"), "organization", "pattern", 4,
                                       org_kind=OrgKind.MEDIA))
        return found

    def dateline_places(self, text: str, article: Article) -> list[Candidate]:
        """The place a dateline in capitals names ("ATHENS –", "BUDAPEST, 17 July"), which
        no model reads as a name; only a country, capital or place the domain data knows."""
        found = []
        limit = _line_end(text, article.body_start, _DATELINE_LINES)  # the body's first lines, not the whole text split
        for match in _CAPITALS_DATELINE.finditer(text, article.body_start, limit):
            start, end = match.start("name"), match.end("name")
            name = fold(match.group("name"))
            if name in self.tables.capitals:
                found.append(Candidate(start, end, "capital", "pattern", 3, country=self.tables.capitals[name]))
            elif name in self.tables.countries:
                found.append(Candidate(start, end, "country", "pattern", 3, ref=self.tables.countries[name]))
            elif name in self.tables.known_places:
                found.append(Candidate(start, end, "place", "pattern", 3, ref=self.tables.known_places[name]))
        return found


def _mechanism_type(words: str) -> str:
    words = fold(words)
    if "finding" in words:
        return OrgKind.FACT_FINDING_MISSION
    if "inquiry" in words:
        return OrgKind.COMMISSION_OF_INQUIRY
    return OrgKind.UN_MECHANISM


def _spaced_run(text: str, words: list) -> list:
    """The words, in the order given, as long as only spaces or tabs stand between each and
    the next: the words that may make one name."""
    run = words[:1]
    for word in words[1:]:
        a, b = sorted((run[-1], word), key=lambda match: match.start())
        if text[a.end() : b.start()].strip(" \t"):
            break
        run.append(word)
    return run


#: How many words a dateline's place may run to before its dash ("Budapest, Hungary –").
_DATELINE_WORDS = 6


def _opens_a_dateline(doc, token) -> bool:
    """ "Budapest, Hungary – In a report …": a place that opens its line, followed by
    capitalised words and commas up to a dash or a bracket, is a dateline, not a subject."""
    if token.i > 0 and "\n" not in doc[token.i - 1].text_with_ws:
        return False
    for following in doc[token.i + 1 : token.i + 1 + _DATELINE_WORDS]:
        if following.text in DATELINE_DASHES or following.text == "(":
            return True
        if not (following.text == "," or following.text[:1].isupper()) or "\n" in following.text_with_ws:
            return False
    return False


__all__ = ["BYLINE", "PatternFinder"]
