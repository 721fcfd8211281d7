"""What weeds and retypes the candidates of every source before resolution: what only
capitalisation made a name, a group named inside a longer name, a known name inside a longer
one, a single name listed with groups of people or with places, and one name the model types
two ways."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from rightsgraph.builders.candidates import Candidate, Covered
from rightsgraph.builders.gazetteer import load_given_names
from rightsgraph.builders.names import fold, name_key, slug
from rightsgraph.builders.nlp import text_of, tokens_of
from rightsgraph.builders.noise import clause_words, english_words, headline_confirmed, not_a_name
from rightsgraph.builders.records import Article

#: Candidates that are guesses from capitalisation and the model, not from the domain data.
_GUESSED_SOURCES = {"model", "heuristic", "post", "instrument-words"}


def _full_name(surface: str, vocabulary: frozenset[str]) -> bool:
    """A given name the data knows, then words that are no English words: "Lena Varga" is a
    person's name in a title-case headline too, "Will Report" is not."""
    words = surface.split()
    return 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words) \
        and fold(words[0]) in load_given_names() and not any(word.lower() in vocabulary for word in words[1:])


def without_common_words(nlp, doc, article: Article, found: list[Candidate]) -> list[Candidate]:
    """Drop what only capitalisation made a name: a headline's words the body and the
    domain data never confirm, a sentence's or list item's first word that is a verb, an
    adverb, a common word the article also writes in lower case, or a misspelling."""
    text = text_of(doc)
    title_end = text.find(article.title) + len(article.title)  # the first line, the article's own
    body_start = article.body_start
    body_keys = {name_key(text[c.start:c.end]) for c in found if c.start >= body_start}
    body_text = text[body_start:]
    tokens = tokens_of(doc)
    lowercase = {token.lower_ for token in tokens if token.text.islower()}
    # capitalised inside a sentence: a name the article gives, whatever the word
    names = {token.text for token in tokens if token.text[:1].isupper() and not token.is_sent_start
             and token.i > 0 and not (tokens[token.i - 1].is_punct or tokens[token.i - 1].like_num)}
    vocabulary = english_words(nlp)
    actions = clause_words(nlp)
    kept = []
    for candidate in found:
        if candidate.source not in _GUESSED_SOURCES:
            kept.append(candidate)
            continue
        if candidate.end <= title_end and not headline_confirmed(text[candidate.start:candidate.end], body_keys, body_text) \
                and not (candidate.kind == "person" and _full_name(text[candidate.start:candidate.end], vocabulary)):
            continue
        if candidate.kind in ("organization", "unknown") and is_cut_name(
                text[candidate.start:candidate.end], after_the=text[max(0, candidate.start - 4) : candidate.start].lower() == "the "):
            continue
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None:
            continue
        words = not_a_name(span, lowercase, vocabulary, actions, names)
        if words >= len(span):
            continue
        if words:
            rest = span[words:]
            if not rest[0].text[:1].isupper():
                continue
            candidate = replace(candidate, start=rest.start_char)
        kept.append(candidate)
    return kept


#: The words a name does not end with: one that does was cut off ("Netherlands (Kingdom of the)",
#: "Co-Chair of the Platform ... on" the rest of it).
_OPEN_ENDS = frozenset({"of", "the", "on", "for", "and", "in", "to", "de", "du", "des", "la", "against", "with"})


def is_cut_name(surface: str, after_the: bool = False) -> bool:
    """A guessed name that is only part of a longer one: it ends in a word that opens what
    follows ("Kingdom of the"), or its words are a stretch of a name the domain data knows
    without being a name of its own ("Human Rights" of "Human Rights Council", "Convention
    on the Rights" of "Convention on the Rights of the Child"); what a body is called once
    named, after "the" (``after_the``: "the Working Group"), is its name, not a stretch of it
    ("the Universal Periodic Review (UPR) Working Group")."""
    words = surface.split()
    if len(words) > 1 and words[-1].lower() in _OPEN_ENDS or surface.count("(") != surface.count(")"):
        return True  # "State(s": a bracket left open
    joined = " ".join(words)
    return len(words) > 1 and joined in _known_fragments() and not (after_the and joined in _said_for())


#: The last words of a body's name.
_HEADS = frozenset({"Group", "Groups", "Committee", "Council", "Commission", "Office", "Court", "Procedures", "Mechanism",
                    "Rapporteur", "Commissioner", "Forum", "Fund", "Programme", "Agency", "Organization", "Union",
                    "Network", "Mission", "Panel", "Board", "Secretariat", "Assembly", "Tribunal", "Institute"})


#: Words that open a name and can be left out of it.
_PREFIXES = frozenset({"UN", "U.N.", "United", "Nations", "the", "The"})


@lru_cache(maxsize=1)
def _known_fragments() -> frozenset[str]:
    """Every stretch of two or more words (not beginning or ending in a small word) of the
    domain data's names, less the names themselves."""
    from rightsgraph.builders.gazetteer import load_gazetteer
    from rightsgraph.builders.instruments import load_instruments

    entities = load_gazetteer().entities.values()
    names = {name for entity in entities for name in entity.names} | set(load_instruments().names)
    fragments = set()
    for name in names:
        words = name.split()
        for start in range(len(words)):
            for end in range(start + 2, len(words) + (1 if start else 0)):
                if words[start].lower() in _OPEN_ENDS or words[end - 1].lower() in _OPEN_ENDS:
                    continue
                if start == 0 and words[end - 1] in _HEADS:
                    continue  # a name's first words up to a head are a shorter name: "Working Group"
                if all(word in _PREFIXES for word in words[:start]) and words[end - 1] in _HEADS:
                    continue  # a name less its "UN" is a name too: "Human Rights Commission"
                fragments.add(" ".join(words[start:end]))
    return frozenset(fragments - names)


@lru_cache(maxsize=1)
def _said_for() -> frozenset[str]:
    """What bodies are called once named, less their "the" ("Working Group", "High Commissioner")."""
    from rightsgraph.builders.gazetteer import load_gazetteer

    return frozenset(alias.removeprefix("the ").removeprefix("The ")
                     for entity in load_gazetteer().entities.values() for alias in entity.context_aliases)


def kinds_by_coordination(doc, found: list[Candidate], said_of_a_person=lambda span: False) -> list[Candidate]:
    """A single name the model guessed, listed with groups of people or with places, is one
    too: "the Rohingya, Mro, Daignet and Karen" lists peoples, "London, Glasgow, Belfast and
    Jaywick" places, whatever the model calls "Mro" or "Jaywick". A person the text says is one
    (``said_of_a_person``: "journalists from Geneva, Hanny Megally, a senior official,") stays one,
    however the parse lists it."""
    single = set()
    for c in found:
        span = doc.char_span(c.start, c.end) if c.source == "model" and c.kind in ("person", "place", "organization") else None
        if span is not None and _listable(span) and (span.root.dep_ in ("conj", "nmod", "compound")
                                                     or any(child.dep_ == "conj" for child in span.root.children)) \
                and not (c.kind == "person" and said_of_a_person(span)):
            single.add(id(c))
    if not single:
        return found
    changed = True
    while changed:  # "A, B, C and D": each is the conjunct of the one before
        changed = False
        spans = {kind: [(c.start, c.end) for c in found if c.kind in kinds]
                 for kind, kinds in (("group", ("group",)), ("place", ("place", "country")))}
        result = []
        for c in found:
            if id(c) in single:
                kind = _kind_of_conjuncts(doc, c, spans)
                retyped = None
                if kind == "group" and c.kind != "group":
                    text = text_of(doc)[c.start : c.end]
                    retyped = replace(c, kind="group", source="group", ref=slug(text), label=text)
                elif kind == "place" and c.kind != "place":
                    retyped = replace(c, kind="place")
                if retyped is not None:
                    c, changed = retyped, True
                    single.add(id(c))
            result.append(c)
        found = result
    return found


def kinds_by_majority(found: list[Candidate], text: str) -> list[Candidate]:
    """One name the model calls a place in most sentences and an organisation in others (or the
    other way round) is one thing, of the kind it is most often: "the village of Kouri … no
    civilian from Kouri … the village of Kouri" is a place each time."""
    def votes_for_its_kind(c: Candidate) -> bool:  # a model's guess of a place or an organisation of no kind
        return c.source == "model" and c.kind in ("place", "organization") and c.org_kind is None

    votes: dict[str, Counter] = {}
    for c in found:
        if votes_for_its_kind(c):
            votes.setdefault(text[c.start : c.end], Counter())[c.kind] += 1
    majority = {}
    for surface, counted in votes.items():
        ranked = counted.most_common()
        if len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
            majority[surface] = ranked[0][0]
    if not majority:
        return found
    return [replace(c, kind=majority[text[c.start : c.end]])
            if votes_for_its_kind(c) and majority.get(text[c.start : c.end], c.kind) != c.kind else c for c in found]


def _listable(span) -> bool:
    """A name short enough to take its kind from the names listed with it: one word, or two or
    three that do not open with a given name ("Greater Khartoum", not "Ana Ruiz")."""
    return len(span) == 1 or len(span) <= 3 and fold(span[0].text) not in load_given_names()


def _kind_of_conjuncts(doc, candidate: Candidate, spans: dict[str, list[tuple[int, int]]]) -> str | None:
    span = doc.char_span(candidate.start, candidate.end)
    if span is None or not _listable(span):
        return None
    token = span.root
    conjuncts = [token.head] if token.dep_ == "conj" else []
    conjuncts += [child for child in token.children if child.dep_ == "conj"]
    if token.dep_ in ("nmod", "compound", "conj"):  # listed side by side before one noun
        conjuncts += [other for other in token.head.children if other.dep_ == token.dep_]
    conjuncts = [other for other in conjuncts if other.i != token.i]
    for kind, taken in spans.items():
        if any(start <= other.idx < end for other in conjuncts for start, end in taken):
            return kind
    return None


def names_by_coordination(doc, found: list[Candidate], not_names: frozenset[str], vocabulary: frozenset[str] = frozenset()) -> list[Candidate]:
    """A name no source found, coordinated with a person's name, is a person's too: "Ko Naing
    and Thet Zin Oo" where the model found only the second (two or three capitalised proper
    nouns, none a word that is no name; a given name alone before the name it shares a surname
    with: "Leyla and Arif Yunus"); one coordinated with a place is a place: "the States of
    Rio Vermelho, Tavora and Beiral" (one to three such words, a single one no English word);
    and one after "the" coordinated with a body is a body: "the police, the army and the
    Imbonerakure"."""
    covered = Covered((c.start, c.end) for c in found)
    added = []
    for candidate in found:
        kind = candidate.kind if candidate.kind in ("person", "place") else \
            "organization" if candidate.kind in ("organization", "organ", "government") else None
        span = doc.char_span(candidate.start, candidate.end) if kind else None
        if span is None:
            continue
        root = span.root
        for other in ([root.head] if root.dep_ == "conj" else []) + [child for child in root.children if child.dep_ == "conj"]:
            # the capitalised words that end at the conjunct (the parser may not join them: "Ko Naing")
            first = other.i
            while first > max(other.i - 2, other.sent.start) and doc[first - 1].text[:1].isupper() and doc[first - 1].is_alpha:
                first -= 1
            words = doc[first : other.i + 1]
            # a given name alone shares the surname after it: "Leyla and Arif Yunus"
            given = kind == "person" and len(words) == 1 and fold(words[0].text) in load_given_names() \
                and words[0].lower_ not in vocabulary and other.i < root.i
            shortest = 1 if given or kind == "place" and words[0].lower_ not in vocabulary else 2
            if kind == "organization":
                # "the police, the army and the Imbonerakure": a body's name after "the", listed with bodies
                shortest = 1 if first > 0 and doc[first - 1].lower_ == "the" and words[0].lower_ not in vocabulary else 4
            proper = other.pos_ == "PROPN" or kind == "organization" and other.text[:1].isupper() and other.lower_ not in vocabulary
            if not shortest <= len(words) <= 3 or not proper or not all(
                    word.text[:1].isupper() and word.is_alpha and word.text not in not_names for word in words):
                continue
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            if not covered.overlaps(start, end):
                added.append(Candidate(start, end, kind, "model", 1))
                covered.add(start, end)
    return found + added


def persons_counted_before(doc, found: list[Candidate], person_nouns: frozenset[str]) -> list[Candidate]:
    """Names listed in apposition to a counted plural of people are people's: "nine Tibetans –
    A, B, … and Z –", "three defenders, X, Y and Z", whatever the model or a group's name like
    one of them says."""
    result = []
    for candidate in found:
        span = doc.char_span(candidate.start, candidate.end) if candidate.kind in ("group", "place", "organization") \
            and candidate.source in ("model", "group") else None
        if span is not None and len(span) <= 3 and _counted_people(span.root, person_nouns):
            candidate = replace(candidate, kind="person", source="model", ref=None, label=None, countries=())
        result.append(candidate)
    return result


def _counted_people(token, person_nouns: frozenset[str]) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "appos":
        return False
    head = token.head
    return head.tag_ in ("NNS", "NNPS") and any(child.dep_ == "nummod" for child in head.children) \
        and (head.ent_type_ == "NORP" or head.lemma_.lower() in person_nouns)


#: Names listed before the last of them: "Kachin, Rakhine and " before "Shan States".
_LISTED_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?,[ \t]+)*[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?,?[ \t]+and[ \t]+)$")
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?")


def places_by_shared_noun(found: list[Candidate], text: str, place_nouns: frozenset[str]) -> list[Candidate]:
    """Places listed before one plural place noun are each a place: "Kachin, Rakhine and Shan
    States" names Kachin, Rakhine and Shan, whatever the model made of the list."""
    covered = Covered((c.start, c.end) for c in found)
    result = []
    for candidate in found:
        words = text[candidate.start : candidate.end].split()
        last = words[-1].lower() if words else ""
        if candidate.kind != "place" or len(words) < 2 or not (last.endswith("s") and last[:-1] in place_nouns):
            result.append(candidate)
            continue
        name_end = candidate.start + len(" ".join(words[:-1]))  # "Shan" of "Shan States"
        result.append(replace(candidate, end=name_end))
        listed = _LISTED_BEFORE.search(text, max(0, candidate.start - 200), candidate.start)
        if listed is None:
            continue
        for name in _LISTED_NAME.finditer(text, listed.start(), listed.end()):
            if not covered.overlaps(name.start(), name.end()):
                result.append(Candidate(name.start(), name.end(), "place", "model", 1))
                covered.add(name.start(), name.end())
    return result


def without_titles_as_persons(found: list[Candidate], text: str, title_words: frozenset[str]) -> list[Candidate]:
    """A guessed person's name made only of the words of titles and bodies ("Commander",
    "Vice Minister", "Committee Expert") names no one: the holder's name is elsewhere."""
    kept = []
    for candidate in found:
        words = re.split(r"[\s\-]+", text[candidate.start : candidate.end].strip())
        if candidate.kind == "person" and candidate.source in _GUESSED_SOURCES and words \
                and all(word.lower() in title_words for word in words):
            continue
        kept.append(candidate)
    return kept


def without_generic_organisations(found: list[Candidate], text: str, heads: frozenset[str],
                                  post_words: frozenset[str]) -> list[Candidate]:
    """A guessed organisation named by a plural of a body's head word ("Commissions of
    Inquiry", "Working Groups") is a kind of body, not one; one that ends in a post's word
    ("Committee Chairperson") is a post."""
    kept = []
    for candidate in found:
        words = text[candidate.start : candidate.end].split()
        if candidate.kind == "organization" and candidate.source in _GUESSED_SOURCES and words and (
                any(word.endswith("s") and word[:-1] in heads for word in words[:2]) or words[-1].lower() in post_words):
            continue
        kept.append(candidate)
    return kept


#: "the 39th Session of the Human Rights Council": a body's session, named by the body.
_SESSION_OF = re.compile(r"(?:\d+(?:st|nd|rd|th)[ \t]+)?Session[ \t]+of[ \t]+")


def without_sessions_of_bodies(found: list[Candidate], text: str) -> list[Candidate]:
    """A title-case run that names a body's session ("Session of the Human Rights Council") is
    no organisation; the body named in it is."""
    return [c for c in found if not (c.source == "heuristic" and _SESSION_OF.match(text, c.start))]


def longer_names_first(found: list[Candidate], text: str) -> list[Candidate]:
    """A title-case name ending in an organisation's or a happening's word, or a place the
    model found, that holds a known name is another, longer name: "Paris Peace Summit",
    "Japan Society for Human Rights", "Latin America"."""
    known = sorted((c.start, c.end, c.kind) for c in found if c.source == "known" and c.kind != "context")
    longer = []
    for c in found:
        if (c.source == "heuristic" or c.source == "model" and c.kind == "place") and c.priority < 3:
            # a place the model found holds only places ("Latin America"), not "BBC Delhi"
            inside = [(start, end) for start, end, kind in known if c.start <= start and end <= c.end
                      and (start, end) != (c.start, c.end) and (c.source == "heuristic" or kind in ("country", "place", "capital"))]
            # two known names joined by "and" are two names ("OHCHR and Amnesty International")
            joined = any(re.search(r"\s(?:and|&)\s", text[a_end:b_start]) for (_a, a_end), (b_start, _b) in zip(inside, inside[1:]))
            if inside and not joined:
                c = replace(c, priority=3)
        elif c.source == "model" and c.kind == "organization" and c.priority < 3 and _named_again(c, text, known):
            c = replace(c, priority=3)  # "Sudan Call … the Sudan Call urged": a body named for its country
        longer.append(c)
    return longer


def _named_again(c: Candidate, text: str, known: list[tuple[int, int, str]]) -> bool:
    """An organisation the model found whose name opens with a country's and goes on in
    capitalised words, written so more than once: a name of its own ("Sudan Call")."""
    surface = text[c.start : c.end]
    opening = [(start, end) for start, end, kind in known if start == c.start and end < c.end and kind == "country"]
    rest = surface[opening[0][1] - c.start :].split() if opening else []
    return bool(rest) and all(word[:1].isupper() and word.isalpha() for word in rest) and text.count(surface) >= 2


#: What joins a person's name to the body she belongs to: "Ana Ruiz of the Women's Coalition".
_OF_BODY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def persons_of_bodies(found: list[Candidate], text: str) -> list[Candidate]:
    """A title-case run that opens with a person's name and " of ": "Ana Ruiz of the Women's
    Coalition" is the person and the body, and the run only the body's name."""
    people = {c.start: c.end for c in found if c.kind == "person" and c.source == "model"}
    kept = []
    for c in found:
        end = people.get(c.start)
        joint = _OF_BODY.match(text, end) if c.source == "heuristic" and c.kind == "organization" and end else None
        if joint is not None and joint.end() < c.end:
            c = replace(c, start=joint.end())
        kept.append(c)
    return kept


def without_groups_inside_names(found: list[Candidate]) -> list[Candidate]:
    """A group named inside an organisation's, an instrument's or a place's name is part of that
    name: "Indigenous Peoples" in "Expert Mechanism on the Rights of Indigenous Peoples"."""
    if not any(c.kind == "group" for c in found):
        return found
    names = [(c.start, c.end) for c in found
             if c.kind in ("organization", "mechanism", "instrument") and c.source in ("heuristic", "known", "pattern", "instrument",
                                                                                     "instrument-words")
             or c.kind == "place" and c.source == "model"]  # "Tamil Nadu" holds no group
    return [c for c in found if c.kind != "group" or not any(
        start <= c.start and c.end <= end and (start, end) != (c.start, c.end) for start, end in names)]


#: A hyphen and the capitalised word it joins to a name's last word: "Counter-Terrorism".
_HYPHENED = re.compile(r"-[A-Z][\w’']*")
#: An acronym hyphened onto a name ("the Human Rights Council-UNHRC"): the name's short form
#: set beside it, not part of it.
_HYPHENED_ACRONYM = re.compile(r"-[A-Z]{2,}\b")
#: A capitalised word and the hyphen that joins it to a name's first word: "Inter-".
_HYPHENED_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w’']*-$")
#: A hyphen and a lower-case word: the name's last word is the first half of a word; but a
#: participle joins a name to what it says of it ("Lyon-based", "UN-led", "Kenyan-born").
_LOWER_HYPHENED = re.compile(r"-(?![a-z]+ed\b|born\b|run\b|held\b|owned\b)[a-z]")


def whole_hyphened_words(found: list[Candidate], text: str) -> list[Candidate]:
    """A guessed name that starts or ends at a hyphen inside a word takes in the whole word:
    the title-case finder or the model may stop "UN Office of Counter-Terrorism" at "Counter"
    or start "Inter-American Commission" at "American". A guessed name of one word that is
    only the first half of a lower-case compound ("Afro-descendant", "Pan-regional") is no
    organisation."""
    extended = []
    for candidate in found:
        if candidate.source not in ("model", "heuristic"):
            extended.append(candidate)
            continue
        if _LOWER_HYPHENED.match(text, candidate.end) and " " not in text[candidate.start:candidate.end] \
                and candidate.source == "model" and candidate.kind == "organization":
            continue
        surface = text[candidate.start:candidate.end]
        acronym = _HYPHENED_ACRONYM.search(surface)
        if acronym and acronym.end() == len(surface) and " " in surface[: acronym.start()]:
            candidate = replace(candidate, end=candidate.start + acronym.start())  # "Council-UNHRC": "Council"
        before = _HYPHENED_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
        start = before.start() if before else candidate.start
        after = _HYPHENED.match(text, candidate.end)
        if after and _HYPHENED_ACRONYM.match(text, candidate.end):
            after = None
        extended.append(replace(candidate, start=start, end=after.end() if after else candidate.end))
    return extended


def without_hyphened_pairs(found: list[Candidate], text: str, countries) -> list[Candidate]:
    """A guessed name made of two countries' names hyphened ("the Belarus-Poland border") is
    no place of its own: the two countries, which the data finds inside it, are what it names."""
    kept = []
    for candidate in found:
        parts = text[candidate.start : candidate.end].split("-")
        if candidate.source in ("model", "heuristic") and len(parts) > 1 and all(fold(part) in countries for part in parts):
            continue
        kept.append(candidate)
    return kept


__all__ = ["is_cut_name", "kinds_by_coordination", "longer_names_first", "names_by_coordination", "whole_hyphened_words",
           "without_common_words", "without_groups_inside_names", "without_hyphened_pairs"]
