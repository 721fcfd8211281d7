"""Where a name begins and ends: the model's spans, cut and extended by what the text licenses.

The statistical model often gets a name's extent wrong in this genre: it runs a post title
into the holder's name across a masked link label, joins two bodies named in one breath
("the Lakeside Monitoring Mechanism and the Human Rights Commission"), takes a heading's next
word ("Farid Haddad European"), or stops short of a place's type noun ("Rason province",
"Camp 22", "Washington DC"). These functions take a spaCy ``Span`` and give the spans the
words license, longest first; the lexicon's word lists say which words do the licensing.
"""

from __future__ import annotations

import re

from rightsgraph.builders.dates import MONTHS

_SPACE_RUN = re.compile(r"\n|\s{2,}")
#: A dash or bar with a space on both sides: it sets a byline's parts apart ("Ana Ruiz -
#: Nairobi Editor", "Geneva | Reuters"), never joins a name's words.
_SPACED_BREAK = re.compile(r"\s[-–—|]\s")
_BREAK_MARKS = ("-", "–", "—", "|")


def split_at_breaks(span) -> list:
    """The pieces of ``span`` between line breaks, runs of spaces (where a masked link label
    or a layout gap stood) and spaced dashes: no name runs across them."""
    doc = span.doc
    if not _SPACE_RUN.search(span.text) and not _SPACED_BREAK.search(span.text):
        return [span]
    pieces, start = [], span.start
    for token in span:
        gap = token.text_with_ws[len(token.text):]
        spaced_mark = token.text in _BREAK_MARKS and gap and token.i > 0 and doc[token.i - 1].whitespace_
        if spaced_mark:
            if token.i > start:
                pieces.append(doc[start : token.i])
            start = token.i + 1
        elif token.is_space or _SPACE_RUN.search(gap) or "\n" in token.text:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                pieces.append(doc[start:end])
            start = token.i + 1
    if start < span.end:
        pieces.append(doc[start : span.end])
    return [piece for piece in (_strip_edges(piece) for piece in pieces) if piece is not None]


def split_coordination(span, heads: frozenset[str]) -> list:
    """"the Tasman Monitoring Mechanism for the Charter and the Human Rights Commission" is two
    organisations: split at "and" when both sides end in an organisation word or the right
    side starts with "the". "Institute of Maritime Law and Human Rights" stays whole."""
    doc = span.doc
    for token in span:
        if token.lower_ not in ("and", "&") or token.i in (span.start, span.end - 1):
            continue
        left, right = doc[span.start : token.i], doc[token.i + 1 : span.end]
        right_opens = right[0].lower_ == "the"
        if right_opens or (_ends_in_head(left, heads) and _ends_in_head(right, heads)):
            pieces = [_strip_edges(left), _strip_edges(right)]
            return [piece for piece in pieces if piece is not None]
    return [span]


def cut_trailing_adjectives(span, adjectives: frozenset[str], describing_only: bool = False):
    """A name does not end in a demonym that describes the noun after it ("Farid Haddad
    European countries will …", where a heading ran into the next sentence): cut such words
    off the end. "Howard French wrote" keeps its surname. ``describing_only``: only a word the
    parse makes an adjective of the noun after (an organisation's "… English reported" keeps
    its last word). A word hyphened to the one before it is a part of the name ("Karim al-Arab")."""
    doc = span.doc
    end = span.end
    while end - span.start > 1 and doc[end - 1].lower_ in adjectives and doc[end - 1].head.i >= end and (
            not describing_only or doc[end - 1].dep_ == "amod") and not (doc[end - 2].text == "-" and not doc[end - 2].whitespace_):
        end -= 1
    return doc[span.start : end]


def extend_to_surname(span, surnames: frozenset[str], particles: frozenset[str], longest: int = 5):
    """A person's name the model stopped short of ("Omar Isa" in "Omar Isa Omar Isa
    al-Harbi"): the capitalised words and name particles right after it, up to a word the
    model calls a person on its own elsewhere ("Al-Harbi said"), are the rest of the name.
    ``surnames`` are such words, lower case."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end - 1].whitespace_ != " ":
        return span
    end, word = span.end, ""
    while end < len(doc) and end - span.end < longest:
        token = doc[end]
        name_like = token.pos_ == "PROPN" and token.text[:1].isupper() or token.lower_ in particles or token.text == "-"
        if not name_like or token.ent_type_ in ("DATE", "GPE", "ORG", "NORP"):
            break
        word += token.text
        end += 1
        word_ends = bool(token.whitespace_) or end == len(doc) or doc[end].is_punct and doc[end].text != "-"
        if word_ends and token.text != "-" and word.lower() in surnames:
            return doc[span.start : end]
        if token.whitespace_:
            if token.whitespace_ != " ":
                break
            word = ""
    return span


def extend_right(span, place_nouns: frozenset[str], suffixes: frozenset[str]):
    """A place's type noun or a district code that the model left outside the name: "Rason
    province", "Washington DC", "Washington, DC". Returns the longer span, or the same one."""
    doc = span.doc
    end = span.end
    if end < len(doc):
        following = doc[end]
        if following.lower_ in place_nouns and following.text.islower() and following.dep_ not in ("compound", "amod"):
            end += 1
        elif following.text in suffixes:
            end += 1
        elif following.text == "," and end + 1 < len(doc) and doc[end + 1].text in suffixes:
            end += 2  # "Washington, DC"
        elif following.like_num and following.text.isdigit() and span[-1].lower_ in place_nouns:
            end += 1
    return doc[span.start : end]


def extend_left(span, prefixes: frozenset[str]):
    """"U.N. Maritime Safety Office", "U.S. State Department": a prefix naming the parent
    organisation or the state, which the span leaves out, belongs to the name."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].text in prefixes and not doc[start - 1].is_space:
        start -= 1
    return doc[start : span.end]


def _ends_in_head(span, heads: frozenset[str]) -> bool:
    words = [token.text for token in span if not token.is_punct]
    return bool(words) and (words[-1] in heads or any(word in heads for word in words[-3:]))


def _strip_edges(span):
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_punct or doc[start].lower_ in ("the", "a", "an", "and")):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "of", "the")):
        end -= 1
    if end <= start or not any(token.text[:1].isupper() for token in doc[start:end]):
        return None
    return doc[start:end]


__all__ = ["split_at_breaks", "split_coordination", "cut_trailing_adjectives", "extend_right", "extend_left"]


#: The connecting words that join two names rather than a name's words ("Memoria y Dignidad"
#: is one collective's name, "Ana Ruiz y Juan Pérez" two people).
NAME_CONJUNCTIONS = frozenset({"y", "e", "et"})
#: What the model says a word before a connector is when it is no part of the name ("in
#: February de Varennes said").
_NOT_NAME_TYPES = ("DATE", "TIME", "CARDINAL", "ORDINAL")


def extend_over_joints(span, connectors: frozenset[str]):
    """A name the model ended at a joint inside it: a hyphen ("Marie-Ange Pierre-Louis",
    "Croix-des-Bouquets") or a connecting word of a name in Spanish, French or Portuguese
    ("Colectivo Memoria y Dignidad", "Voix des Collines", "Santa Cruz del Quiché"), with a
    capitalised word after it. ``connectors`` are those words, and pairs of them ("de la")."""
    doc = span.doc
    end = span.end
    while end < len(doc):
        token = doc[end]
        if token.text in ("-", "‐") and not doc[end - 1].whitespace_ and not token.whitespace_:
            after = end + 1
            while after + 1 < len(doc) and doc[after].lower_ in connectors and doc[after + 1].text in ("-", "‐") \
                    and not doc[after].whitespace_:
                after += 2  # "Croix-des-Bouquets"
            if after < len(doc) and doc[after].text[:1].isupper() and doc[after].is_alpha:
                end = after + 1
                continue
            break
        words = 1 if token.lower_ in connectors else 0
        if words and end + 2 < len(doc) and " ".join((token.lower_, doc[end + 1].lower_)) in connectors:
            words = 2
        after = end + words
        if not words or not token.whitespace_ or after >= len(doc) or not doc[after].text[:1].isupper() \
                or not doc[after].is_alpha or doc[after].is_sent_start or any(t.text != t.lower_ for t in doc[end:after]):
            break
        end = after
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start:
            end += 1
    start = span.start
    while start > 1 and doc[start - 1].lower_ in connectors and doc[start - 1].text.islower() and doc[start - 1].whitespace_ \
            and doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha and not doc[start - 1].is_sent_start \
            and not doc[start].is_sent_start and doc[start - 2].ent_type_ not in _NOT_NAME_TYPES \
            and doc[start - 2].lower_ not in MONTHS:
        start -= 1  # "Colectivo Memoria y Dignidad" where the model found "Dignidad"
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and doc[start - 1].lower_ not in ("the", "a", "an") and not doc[start].is_sent_start \
                and doc[start - 1].ent_type_ not in _NOT_NAME_TYPES and doc[start - 1].lower_ not in MONTHS:
            start -= 1
    return doc[start:end]
