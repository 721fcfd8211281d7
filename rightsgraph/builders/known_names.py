"""Candidates from names the domain data knows: the gazetteer's entities with their aliases and
acronyms, the short forms several bodies go by ("the Council"), capitals; and the groups of
people, legal instruments and organs of state that their own finders know."""

from __future__ import annotations

import re

from rightsgraph.builders.acronyms import is_acronym
from rightsgraph.builders.candidates import Candidate
from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.groups import GroupFinder
from rightsgraph.builders.instruments import InstrumentFinder
from rightsgraph.builders.name_tables import NameTables
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.org_kinds import UN_MACHINERY, OrgKind
from rightsgraph.builders.organs import OrganFinder

#: "of" and a capitalised name after a government noun: "the Government of Tigray".
_NAMED_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")


class KnownNames:
    """Finds the names the domain data knows."""

    def __init__(self, nlp, gazetteer: Gazetteer, tables: NameTables):
        self.nlp = nlp
        self.gazetteer = gazetteer
        self.tables = tables
        self._matcher = known_name_matcher(nlp, gazetteer)
        self.groups = GroupFinder(nlp, self.tables.demonyms, frozenset(self.tables.countries))
        self.instruments = InstrumentFinder(nlp, gazetteer.words("treaty_verbs"), gazetteer.words("organization_heads"))
        self.organ_finder = OrganFinder(gazetteer.lexicon, self.tables.countries, self.tables.demonyms)

    def organs(self, doc) -> list[Candidate]:
        """Organs of a state by common noun ("the police", "the Kenyan navy", "the
        government"): what a name the article gives or a list knows wins over them."""
        text = text_of(doc)
        nouns = self.gazetteer.words("government_nouns")
        return [
            # named with its state ("Egypt's public prosecutor") it wins over the state's name inside it
            # and one named with its state, "the Permanent Mission of Eritrea", wins over the same words read as a name
            Candidate(organ.start, organ.end, "organ", "organ", 4 if organ.country else 3, ref=organ.organ, label=organ.label,
                      country=organ.country, as_place=organ.place, city=organ.city)
            for organ in self.organ_finder.find(doc)
            # "the Government of Tigray": a government named by what it governs, a region's too
            if not (text[organ.start : organ.end].lower() in nouns and _NAMED_AFTER.match(text, organ.end))
        ]

    def groups_and_instruments(self, doc) -> list[Candidate]:
        """Groups of people, legal instruments and cases: names that are no actor or place,
        strong enough to win over the model's guesses and the known names inside them."""
        found = [
            Candidate(group.start, group.end, "group", "group", 4, ref=group.key, label=group.label, countries=group.countries)
            for group in self.groups.find(doc)
        ]
        found += [
            # an instrument the data knows, or one named by its words (which a headline must not make)
            Candidate(item.start, item.end, item.kind, "instrument" if item.known else "instrument-words", 5 if item.known else 4,
                      ref=item.key, label=item.label)
            for item in self.instruments.find(doc)
        ]
        return found

    def _national_section(self, doc, end: int) -> int | None:
        """The end offset of a country's name right after an organisation's ("Amnesty
        International Turkey"), if one stands there."""
        if end >= len(doc) or doc[end - 1].whitespace_ != " ":
            return None
        after = _country_words(doc, end, self.tables.countries)
        if after is None or after < len(doc) and (doc[after].text in ("’s", "'s") or doc[after].is_alpha):
            return None  # "Human Rights Watch Turkey director X": a post for the country, no section
        last = doc[after - 1]
        return last.idx + len(last.text)

    def _possessing_state(self, doc, start: int) -> str | None:
        """The state whose possessive stands before a name ("Kenya's …"; "" for "the
        government's …", a state the article names elsewhere), or None."""
        if start < 2 or doc[start - 1].text not in ("’s", "'s"):
            return None
        owner = doc[start - 2]
        if owner.lower_ in self.gazetteer.words("government_nouns"):
            return ""
        return self.tables.countries.get(fold(owner.text))

    def find(self, doc) -> list[Candidate]:
        """Every known name, acronym, capital and shared short form the text holds."""
        found = []
        owners: dict[tuple[int, int], list[str]] = {}
        for match_id, start, end in self._matcher(doc):
            label = self.nlp.vocab.strings[match_id]
            kind, key = label.split("|", 1)
            span = doc[start:end]
            if kind == "capital":
                previous = doc[start - 1] if start > 0 else None
                if previous is not None and previous.pos_ == "PROPN" and previous.text[:1].isupper() \
                        and fold(previous.text) not in self.tables.countries and previous.text not in self.gazetteer.honorifics:
                    continue  # "Denzel Washington", "Lake Victoria": a longer name holds the capital's
                found.append(Candidate(span.start_char, span.end_char, "capital", "known", 3, country=key))
                continue
            entity = self.gazetteer.entities[key]
            if entity.ambiguous and not any(token.ent_type_ in ("GPE", "LOC") for token in span):
                continue
            if kind == "context":
                if end < len(doc) and doc[end].lower_ in ("of", "on", "for", "against") \
                        and not (end + 2 < len(doc) and doc[end + 2].text in ("’s", "'s")):
                    continue  # "the Group of Eminent Experts on …": the start of a longer name, not "… on Bahrain’s efforts"
                # "the Council", "the Committee": every body that goes by it, one picked in resolution
                owners.setdefault((span.start_char, span.end_char), []).append(key)
                continue
            state = self._possessing_state(doc, start) if entity.kind == "organization" else None
            if state is not None:
                # "the government's Human Rights Committee", "Kenya's Human Rights Commission": the state's own body
                found.append(Candidate(span.start_char, span.end_char, "organ", "organ", 3, ref=slug(span.text),
                                       label=span.text, country=state or None))
                continue
            found.append(
                Candidate(span.start_char, span.end_char, entity.kind, "known", 3, ref=key, org_kind=entity.org_kind)
            )
            section = self._national_section(doc, end) if entity.org_kind == OrgKind.NGO else None
            if section is not None:
                # "Amnesty International Turkey": the organisation's section in a country, a body of its own
                found.append(Candidate(span.start_char, section, "organization", "heuristic", 4, org_kind=OrgKind.NGO))
        for (start, end), keys in owners.items():
            found.append(Candidate(start, end, "context", "known", 3, countries=tuple(sorted(keys))))
        return found


def _country_words(doc, start: int, countries: dict[str, str]) -> int | None:
    """Where a country's name of one to three words starting at token ``start`` ends."""
    for width in (3, 2, 1):
        words = doc[start : start + width]
        if len(words) == width and all(word.text[:1].isupper() for word in words) and fold(words.text) in countries:
            return start + width
    return None


#: The names of the UN written before or after its own bodies' names.
_UN_PREFIXES = ("UN", "U.N.", "United Nations")


def known_name_matcher(nlp, gazetteer: Gazetteer):
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    by_case = PhraseMatcher(nlp.vocab, attr="ORTH")
    by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")

    def add(matcher, label: str, names) -> None:
        variants = set()
        for name in names:
            variants |= {name, name.replace("'", "’")}
            # "the UN's human rights office", "the U.N.'s refugee agency"
            for prefix, possessive in (("UN ", "UN's "), ("U.N. ", "U.N.'s "), ("United Nations ", "United Nations' ")):
                if name.startswith(prefix) and len(name) > len(prefix):
                    owned = possessive + name[len(prefix):]
                    variants |= {owned, owned.replace("'", "’")}
        matcher.add(label, [nlp.make_doc(variant) for variant in sorted(variants)])

    for entity in gazetteer.entities.values():
        acronyms = [name for name in entity.names if is_acronym(name)]
        words = [name for name in entity.names if not is_acronym(name)]
        if entity.org_kind in UN_MACHINERY:
            # "the United Nations Working Group on …", "the UN Human Rights Committee", "the
            # Security Council of the UN": a body of the UN is named with the UN's name
            own = [name for name in words if not name.startswith(_UN_PREFIXES) and not name.lower().startswith("the ")]
            words += [f"{prefix} {name}" for name in own for prefix in _UN_PREFIXES]
            words += [f"{name} of the {prefix}" for name in own for prefix in _UN_PREFIXES]  # "the Security Council of the UN"
        label = f"{entity.kind}|{entity.key}"
        if words:
            add(by_lower, label, words)
        if acronyms:
            add(by_case, label, acronyms)
        if entity.context_aliases:
            # "the Office" also opens a sentence as "The Office"
            names = list(entity.context_aliases)
            if entity.org_kind in UN_MACHINERY:  # "the UN Committee" after the Committee against Torture
                names += [f"the {prefix} {name.removeprefix('the ')}" for name in entity.context_aliases
                          if name.startswith("the ") and len(name.split()) == 2 for prefix in _UN_PREFIXES]
            aliases = {alias for name in names for alias in (name, name[:1].upper() + name[1:])}
            add(by_case, f"context|{entity.key}", sorted(aliases))
        if entity.capitals:
            add(by_case, f"capital|{entity.key}", entity.capitals)

    def match(doc):
        # a name with a run of spaces inside ("the International Commission  of Human Rights
        # Experts", text copied from a PDF) is looked up without them, and found where it stands
        kept = [token for token in doc if not (token.is_space and "\n" not in token.text)]
        if len(kept) == len(doc):
            return list(by_case(doc)) + list(by_lower(doc))
        squeezed = Doc(doc.vocab, words=[token.text for token in kept],
                       spaces=[bool(token.whitespace_) or token.i + 1 < len(doc) and doc[token.i + 1].is_space for token in kept])
        return [(match_id, kept[start].i, kept[end - 1].i + 1)
                for match_id, start, end in list(by_case(squeezed)) + list(by_lower(squeezed))]

    return match


__all__ = ["KnownNames", "known_name_matcher"]
