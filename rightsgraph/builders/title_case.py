"""Candidates from capitalisation where the model is silent: title-case names that end in an
organisation's or a happening's word ("Coastal Council for Human Rights", "the Paris Peace
Summit"), the name right after a post title ("High Commissioner for Human Rights Anna
Lindqvist"), and a given name with a surname the model passed over."""

from __future__ import annotations

from rightsgraph.builders.candidates import Candidate, Covered, inside_blocked
from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.name_kinds import NAME_PARTICLES, NameKinds
from rightsgraph.builders.name_tables import NameTables
from rightsgraph.builders.names import clean_surface, fold, slug
from rightsgraph.builders.nlp import tokens_of
from rightsgraph.builders.titles import TITLE_HEADS

_CONNECTORS = {"of", "for", "on", "the", "and", "&", "in", "de", "al", "el", "bin", "van", "von", "der"}
#: Lower-case words inside a name's complement: "Institute of Maritime Law and Human
#: Rights", "Committee on the Elimination of Discrimination against Women", "Tribunal for the
#: former Ruritania".
_COMPLEMENT_WORDS = {"of", "the", "and", "&", "against", "for", "on", "in", "former"}
_MAX_COMPLEMENT = 12


class TitleCaseNames:
    """Finds the names capitalisation gives."""

    def __init__(self, gazetteer: Gazetteer, tables: NameTables, kinds: NameKinds):
        self.gazetteer = gazetteer
        self.tables = tables
        self.kinds = kinds
        # places the data knows that are no country: "in Geneva" after a body says where it sits
        self._cities = frozenset(name for name in (*tables.known_places, *tables.capitals) if name not in tables.countries)

    def unseen_persons(self, doc, found: list[Candidate]) -> list[Candidate]:
        """A given name and a surname the model passed over ("Head of the inquiry Lena Okafor
        said"): two or three title-case proper nouns no other candidate covers, the first
        a given name, the others no word of an organisation's, a place's or a group's."""
        taken = Covered((c.start, c.end) for c in found)
        tokens = tokens_of(doc)
        heads = self.gazetteer.words("organization_heads") | self.gazetteer.words("armed_group_heads")
        not_names = self.gazetteer.words("not_names")
        awards = self.gazetteer.words("award_words")
        heads = heads | awards | TITLE_HEADS  # "the Kelly Report": a document's name, no one's
        people = []
        index = 0
        while index < len(tokens) - 1:
            token = tokens[index]
            if not (token.pos_ == "PROPN" and token.text[:1].isupper() and fold(token.text) in self.tables.given_names):
                index += 1
                continue
            end = index + 1
            while end < len(tokens) and end - index < 3 and tokens[end].pos_ == "PROPN" and tokens[end].text[:1].isupper() \
                    and tokens[end].text not in heads and tokens[end].text not in not_names and tokens[end].is_alpha \
                    and fold(tokens[end].text) not in self.tables.countries and fold(tokens[end].text) not in self.tables.demonyms:
                end += 1
            if end < len(tokens) and tokens[end].text in awards:
                index = end + 1  # "the Lena Varga Award": an award's name, no one's
                continue
            if end - index >= 2:
                start_char, end_char = token.idx, tokens[end - 1].idx + len(tokens[end - 1].text)
                if not taken.overlaps(start_char, end_char):
                    people.append(Candidate(start_char, end_char, "person", "model", 1))
            index = end
        return people

    def after_posts(self, doc, blocked: list[tuple[int, int, bool]]) -> list[Candidate]:
        """A capitalised name right after a post title is a person, even where the model
        misses it ("High Commissioner for Human Rights Anna Lindqvist")."""
        found = []
        honorifics = self.gazetteer.honorifics
        heads = self.gazetteer.words("organization_heads")
        posts = [(start, end) for start, end, keep_places in blocked if not keep_places]
        for block_start, block_end in posts:
            if any(start <= block_start and block_end < end for start, end in posts):
                continue  # "Justice" in "Justice Minister": the longer post is the one a name follows
            span = doc.char_span(block_start, block_end, alignment_mode="expand")
            if span is None:
                continue
            index = span.end
            while index < len(doc) and doc[index].text in honorifics:
                index += 1
            end = index
            # up to six words ("Marie-Ange Pierre-Louis" is four, its hyphens none)
            while end < len(doc) and sum(token.is_alpha for token in doc[index:end]) < 6 and doc[end].text not in heads and (
                doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                or doc[end].lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text in ("-", "‐")
                or doc[end].text in ("-", "‐") and end > index and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
            ):
                end += 1
            if end > index:
                names = doc[index:end]
                found.append(Candidate(names.start_char, names.end_char, "person", "post", 1))
        return found

    def organizations(self, doc, blocked: list[tuple[int, int, bool]]) -> list[Candidate]:
        """Title-case names that end in an organisation word ("Coastal Council for Human Rights"),
        or in a word for a happening ("the Paris Peace Summit")."""
        heads = self.gazetteer.words("organization_heads") | self.gazetteer.words("happening_heads")
        # a body's head word may be followed by a force's: "Border Police Force", "National Police Service"
        further_heads = self.gazetteer.words("state_force_heads") | self.gazetteer.words("armed_group_heads") | heads
        found = []
        tokens = tokens_of(doc)
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if not (token.text in heads and token.text[:1].isupper()):
                index += 1
                continue
            start = index
            while (
                # "Supreme People's Assembly", "Women's Refugee Commission"
                start > 1 and tokens[start - 1].text in ("'s", "’s") and tokens[start - 2].text[:1].isupper()
                and tokens[start - 2].lower_ in self.gazetteer.words("possessive_name_words")
                or start > 0 and _name_word(tokens[start - 1])
                and (not tokens[start - 1].is_sent_start or tokens[start - 1].tag_ in ("NNP", "NNPS"))
                and tokens[start - 1].ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
                and tokens[start - 1].lower_ not in ("and", "&")
                # "Members of the Committee …" opening a sentence: the members of a body, not its name
                and not (tokens[start - 1].is_sent_start and tokens[start - 1].lower_ in self.gazetteer.words("collective_nouns"))
                and inside_blocked(tokens[start - 1].idx, tokens[start - 1].idx + 1, blocked) is not True
            ):
                start -= 1
            while start < index and (tokens[start].lower_ in _CONNECTORS or tokens[start].text in ("The", "A")):
                start += 1
            head_end = index + 1
            while head_end < len(tokens) and tokens[head_end].text in further_heads and tokens[head_end - 1].head.i == head_end:
                head_end += 1
            end = _complement_end(tokens, head_end, self.tables.countries, self._cities)
            while end > index + 1 and tokens[end - 1].lower_ in _CONNECTORS:
                end -= 1
            if end - start >= 2 and not any(tokens[i].pos_ == "PRON" for i in range(start, end)):
                span = doc[start:end]
                # "chairman of the High Council for ...", "coordinator for the X Coalition": an organisation a post belongs to
                after_of = any(token.lower_ in ("of", "at", "for") for token in tokens[max(0, start - 6) : start])
                if self.kinds.happening(doc, span):
                    label = clean_surface(span.text)
                    found.append(Candidate(span.start_char, span.end_char, "happening", "heuristic", 2, ref=slug(label), label=label))
                elif span[-1].text in self.gazetteer.words("event_heads"):
                    pass
                elif after_of or inside_blocked(span.start_char, span.end_char, blocked) is None:
                    found.append(Candidate(span.start_char, span.end_char, "organization", "heuristic", 2))
            index = end
        return found


def _country_at(tokens: list, index: int, countries: dict[str, str]) -> bool:
    """Whether a country's name starts at ``index``."""
    return any(fold(" ".join(token.text for token in tokens[index : index + width])) in countries for width in (4, 3, 2, 1))


def _complement_end(tokens: list, end: int, countries: dict[str, str] | None = None,
                    cities: frozenset[str] = frozenset()) -> int:
    """Where the complement after an organisation word ends ("Mechanism for the Declaration"):
    after "for", "of" or "on", title-case words and the lower-case words that join them, up
    to the last title-case word. "and the" starts another name."""
    if end + 1 >= len(tokens) or tokens[end].lower_ not in ("for", "of", "on", "in", "against"):
        return end
    if tokens[end].lower_ == "in" and not (countries and _country_at(tokens, end + 1, countries)):
        return end  # "Mission in South Sudan" names the mission; "Office in New York" says where it is
    last = end
    index = end + 1
    while index < len(tokens) and index - end <= _MAX_COMPLEMENT:
        token = tokens[index]
        if token.text in ("“", "”") or "\n" in token.text_with_ws[len(token.text):] and index > end + 1:
            break
        if token.ent_type_ in ("DATE", "TIME"):
            break  # "the Commission for Human Rights in March": a month says when, not which body
        if token.text[:1].isupper() and index + 2 < len(tokens) and tokens[index + 1].text in ("’s", "'s") \
                and tokens[index + 2].text.islower():
            break  # "updated the UN Committee on Bahrain’s efforts": the owner opens a phrase of its own
        if token.text[:1].isupper() or token.text == "&":
            last = index + 1
            if "\n" in token.text_with_ws:
                break
        elif token.lower_ == "in" and index > end + 1 and index + 1 < len(tokens) and fold(tokens[index + 1].text) in cities:
            break  # "the Committee against Torture in Geneva": where it sits, not which committee
        elif token.text in ("'", "’") and tokens[index - 1].lower_.endswith("s") and not tokens[index - 1].whitespace_:
            pass  # a plural's possessive inside the name: "Institute for Reporters' Freedom and Safety"
        elif token.text in ("-", "‐") and not tokens[index - 1].whitespace_ and not token.whitespace_:
            pass  # a hyphened word inside the name: "Network Against Anti-Union Violence"
        elif token.lower_ not in _COMPLEMENT_WORDS or token.lower_ == "and" and index + 1 < len(tokens) and (
            tokens[index + 1].lower_ == "the" or tokens[index + 1].text.isupper()
        ):
            break
        index += 1
    return last if last > end + 1 else end


def _name_word(token) -> bool:
    return (token.text[:1].isupper() and token.is_alpha or token.lower_ in _CONNECTORS) and token.text not in ("“", "”")


__all__ = ["TitleCaseNames"]
