"""Find the titles of documents: quoted, or in title case after a document noun.

``her report Ending impunity in ...``, ``its 2019 report “Nowhere to go…”:
Women in detention ...``, ``Amnesty’s March 2019 Eritrea Country Dossier``.
Titles are found before entities, so that words inside a title are not read as actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rightsgraph.builders.records import Span
from rightsgraph.builders.nlp import text_of, tokens_of

OPEN_QUOTES = {"“", '"', "‘"}
CLOSE_QUOTES = {"”", '"', "’"}
_STOP_TOKENS = {".", ";", "]", "[", "(", ")", "!", "?"}
_POSSESSIVE = {"’s", "'s", "’", "'"}
_FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_NOT_TITLE_START = {"on", "to", "by", "of", "for", "from", "in", "into", "about", "that", "which", "and", "or", "was", "is", "the"}
# A title-case run with no document noun before it is a title only when it ends in one of these.
TITLE_HEADS = {"Dossier", "Report", "Review", "Index", "Survey", "List", "Study", "Brief", "Atlas",
               "Assessment", "Update", "Paper", "Bulletin", "Yearbook", "Monitor", "Tracker", "Watchlist"}
_SYMBOL = re.compile(r"^[A-Z]{1,6}/")


@dataclass(frozen=True)
class Title:
    """A document title and the token that introduces it (the document noun or possessive)."""

    span: Span
    anchor: int
    quoted: bool


def find_titles(doc, document_nouns: frozenset[str], masked: list[tuple[int, int]],
                publication_verbs: frozenset[str] = frozenset()) -> list[Title]:
    titles: list[Title] = []
    for token in tokens_of(doc):
        if token.pos_ == "VERB" and token.lemma_ in publication_verbs and (quote := _quote_after_verb(doc, token)) \
                and not _in_masked(token.idx, masked):
            # 'Human Rights Watch published "No Way Out"', 'published a 233-page ‘Nepal Conflict Report’'
            title = _quoted_title(doc, quote, token.i)
            if title:
                titles.append(title)
        elif token.text in _NAMED_HEADS and (title := _named_document(doc, token)) is not None:
            if not _in_masked(token.idx, masked):
                titles.append(title)  # "the Holm Report": a document known by its name
        elif token.lower_ in document_nouns and token.text.islower():
            if _in_masked(token.idx, masked):
                continue
            title = _title_after(doc, token.i + 1, token.i) or _quoted_after_author(doc, token.i)
            if title:
                titles.append(title)
        elif token.text in _POSSESSIVE and token.i > 0 and doc[token.i - 1].text[:1].isupper():
            if _in_masked(token.idx, masked):
                continue
            title = _headed_title_after_date(doc, token.i + 1, token.i)
            if title:
                titles.append(title)
    return titles


def _quote_after_verb(doc, verb) -> int | None:
    """Where a quoted object of a publishing verb opens: right after the verb, or after what
    says which or how long it is ("a", "its new", "a 233-page") and is the quote's."""
    index = verb.i + 1
    while index < len(doc) and index - verb.i <= _QUOTE_REACH and doc[index].text not in OPEN_QUOTES:
        token = doc[index]
        if token.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PRON") and token.text not in ("-", "‐") \
                or token.pos_ == "PRON" and token.tag_ != "PRP$" or token.head.i <= index:
            return None
        index += 1
    return index if index < len(doc) and doc[index].text in OPEN_QUOTES and index - verb.i <= _QUOTE_REACH else None


#: How many words may stand between a publishing verb and the quote of its object.
_QUOTE_REACH = 5


#: The heads of a document known by its name: "the Holm Report", "the Mapping Report".
_NAMED_HEADS = {"Report"}


def _named_document(doc, head) -> Title | None:
    """ "the Holm Report": one to three capitalised words after "the" and before a
    capitalised "Report" name a document (not an acronym: "the UN Report" is a UN report)."""
    index = head.i
    while index > 0 and head.i - index < 3 and doc[index - 1].text[:1].isupper() and doc[index - 1].pos_ == "PROPN" \
            and not doc[index - 1].text.isupper() and not doc[index - 1].is_sent_start:
        index -= 1
    if index == head.i or index == 0 or doc[index - 1].lower_ != "the":
        return None
    return Title(_span(doc, index, head.i + 1), head.i, quoted=False)


def _in_masked(offset: int, masked: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in masked)


def _title_after(doc, start: int, anchor: int) -> Title | None:
    start, named = _past_naming_words(doc, start)
    if start >= len(doc):
        return None
    first = doc[start]
    if first.text in OPEN_QUOTES or first.text == "'" and (named is not None or first.tag_ == "``"):
        # a straight single quote only after a comma or "titled", or where the parse reads it as opening a quote
        return _quoted_title(doc, start, anchor)
    if not _can_start_title(first):
        return None
    end = _unquoted_end(doc, start)
    if end - start < 2:
        return None
    if named is False and not _set_off_title(doc, start, end):
        return None  # "the report, Human Rights Watch said": a comma alone opens no unquoted title
    return Title(_span(doc, start, end), anchor, quoted=False)


def _set_off_title(doc, start: int, end: int) -> bool:
    """ "the report, Human Rights Violations and Abuses in the Context of Demonstrations in
    Iraq, cites …": a long title-case run with a title's small words, set off by commas."""
    words = doc[start:end]
    return len(words) >= _SET_OFF_WORDS and any(token.text in _TITLE_SMALL_WORDS for token in words) \
        and end < len(doc) and doc[end].text == ","


#: The fewest words, and the small words one of which, a title set off by commas alone has.
_SET_OFF_WORDS = 5
_TITLE_SMALL_WORDS = {"and", "of", "in", "on", "for", "the", "against", "to"}


def _quoted_after_author(doc, anchor: int) -> Title | None:
    """ "a new report by the Committee against Torture, “Silenced Voices”, says …": a quoted
    title after the document's "by" and its author's name, set off by a comma."""
    index = anchor + 1
    if index >= len(doc) or doc[index].lower_ != "by":
        return None
    index += 1
    while index < len(doc) and index - anchor <= _MAX_AUTHOR_WORDS and (
            doc[index].text[:1].isupper() or doc[index].lower_ in _AUTHOR_JOINERS):
        index += 1
    if index + 1 >= len(doc) or doc[index].text != "," or doc[index + 1].text not in OPEN_QUOTES \
            or not doc[index - 1].text[:1].isupper():
        return None
    return _quoted_title(doc, index + 1, anchor)


#: How far an author's name may run between "by" and a quoted title, and the small words in it.
_MAX_AUTHOR_WORDS = 12
_AUTHOR_JOINERS = {"the", "of", "on", "for", "against", "and", "in", "&"}


def _past_naming_words(doc, start: int) -> tuple[int, bool | None]:
    """Past the words that introduce a title after its noun: "the report, titled …", "a
    report entitled …", "a report called …". Returns where the title may start and whether
    a naming word was passed (None: nothing was; False: only a comma, which may precede a
    quoted title and nothing else)."""
    index = start
    if index < len(doc) and _NUMBER.match(doc[index].text) and index + 1 < len(doc) and doc[index + 1].text == ",":
        index += 1  # "resolution 12/4, “Promoting dialogue …”": its number, then its title
    if index < len(doc) and doc[index].text in (",", "–", "—", ":"):
        index += 1  # "the report, “…”", "the report – “…” –", "the report: “…”"
    if index < len(doc) and doc[index].lower_ in _NAMING_WORDS:
        index += 1
        if index < len(doc) and doc[index].text == ":":
            index += 1
        return index, True
    return (index, False) if index > start else (start, None)


#: A document's number between its noun and its title: "12/4", "2334", "A/HRC/RES/46/1".
_NUMBER = re.compile(r"^(?=[^,]*\d)[A-Z0-9/.\-]+$")
#: What names a document before its title: "titled", "entitled", "called", "named".
_NAMING_WORDS = {"titled", "entitled", "called", "named"}


def _can_start_title(token) -> bool:
    return (
        token.text[:1].isupper()
        and token.lower_ not in _NOT_TITLE_START
        and token.pos_ != "NUM"
        and token.ent_type_ not in ("DATE", "CARDINAL")
        and not _SYMBOL.match(token.text)
    )


def _quoted_title(doc, open_index: int, anchor: int) -> Title | None:
    """The title a quote opening at ``open_index`` holds; a quote opening in lower case is
    words quoted, no title ("in response, “regrets the hasty …”")."""
    if open_index + 1 >= len(doc) or doc[open_index + 1].text[:1].islower():
        return None
    straight = doc[open_index].text == "'"
    for close in range(open_index + 1, min(open_index + 40, len(doc))):
        if straight:
            if doc[close].text == "'" and (doc[close].whitespace_ or close + 1 < len(doc) and doc[close + 1].is_punct):
                break
        elif doc[close].text in CLOSE_QUOTES and doc[close].text != "’" or doc[close].text == "’" and (
                doc[close].whitespace_ or doc[open_index].text == "‘" and close + 1 < len(doc) and doc[close + 1].is_punct):
            break  # "’" closes where a word ends, or before punctuation after a "‘" (not "Reporters’ Freedom")
    else:
        return None
    if close == open_index + 1:
        return None
    end = close + 1
    if end < len(doc) and doc[end].text == ":" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
        end = _unquoted_end(doc, end + 1)
    return Title(_span(doc, open_index, end), anchor, quoted=True)


def _unquoted_end(doc, start: int) -> int:
    """The token index where a title-case title that begins at ``start`` ends."""
    index = start
    while index < len(doc):
        token = doc[index]
        if index > start and token.is_sent_start and doc[index - 1].text != ":":
            break
        if token.text in _STOP_TOKENS or token.text in ("“", "”", '"') or "\n" in token.text:
            break
        if token.text == ",":
            following = doc[index + 1] if index + 1 < len(doc) else None
            if following is None or not following.text[:1].isupper() or following.pos_ == "PRON":
                break
        if token.lower_ in ("and", "or", "but") and _possessive_ahead(doc, index + 1):
            break
        if token.tag_ in _FINITE_VERB_TAGS and token.text.islower():
            break
        if token.text.islower() and index + 1 < len(doc) and doc[index + 1].ent_type_ == "DATE":
            break  # "… in Zelinia on Monday": the date is the sentence's, not the title's
        index += 1
    while index > start and (doc[index - 1].is_punct and doc[index - 1].text not in ("…", "?", "!") or doc[index - 1].lower_ in ("and", "or")):
        index -= 1
    return index


def _possessive_ahead(doc, start: int) -> bool:
    for index in range(start, min(start + 7, len(doc))):
        if doc[index].text in _POSSESSIVE:
            return True
        if doc[index].is_punct:
            return False
    return False


def _headed_title_after_date(doc, start: int, anchor: int) -> Title | None:
    # "<Actor>’s <date> <Title Case Words ending in Dossier>": a title with no document noun.
    index = start
    while index < len(doc) and doc[index].ent_type_ == "DATE":
        index += 1
    if index == start or index >= len(doc) or not _can_start_title(doc[index]):
        return None
    end = _unquoted_end(doc, index)
    words = [token for token in doc[index:end] if not token.is_punct]
    if len(words) < 2 or words[-1].text not in TITLE_HEADS:
        return None
    if any(not (token.text[:1].isupper() or token.lower_ in ("of", "on", "the", "and", "for", "in", "&")) for token in words):
        return None
    return Title(_span(doc, index, end), anchor, quoted=False)


def _span(doc, start: int, end: int) -> Span:
    begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return Span(begin, finish, text_of(doc)[begin:finish])


def title_text(span: Span) -> str:
    """The title as it should be shown: quote marks around a quoted main title dropped."""
    text = span.text
    for mark in ("“", "”", '"'):
        text = text.replace(mark, "")
    if text.startswith("‘"):
        text = text[1:-1] if text.endswith("’") else text[1:].replace("’:", ":", 1)
    elif text.startswith("'") and "'" in text[1:]:
        text = text[1:-1] if text.endswith("'") else text[1:].replace("':", ":", 1)
    # a comma set inside the closing quote (“Silenced Voices,” says) belongs to the sentence
    return " ".join(text.split()).removesuffix(",")
