"""Capitalised words that are not names.

English capitalises more than names: every word of a title-case headline, the first word of
a sentence or of a list item ("Ensuring access to …", "124.108 Bring …"), and a misspelt
word there as much as a well-spelt one. The model takes many of them for organisations.
These tests tell such words from names by what the rest of the article does with them: a
name in the headline comes back in the body or in the domain data; a common word turns up
in lower case elsewhere; a verb is tagged a verb; a misspelling is one edit from an English
word and is no name the article repeats.
"""

from __future__ import annotations

import string
from functools import lru_cache

from rightsgraph.builders.names import name_key

#: Tags of a clause's first word that make it a word, not a name ("Calling upon", "Fully").
_OPENING_TAGS = {"VB", "VBG", "VBN", "VBD", "VBZ", "VBP", "RB", "RBR", "MD", "IN", "DT", "WDT", "WRB", "PRP"}
#: Single words opening a clause are common words when tagged so, and the article also writes them in lower case.
_ADJECTIVE_TAGS = {"JJ", "JJR", "JJS", "NN", "NNS"}


@lru_cache(maxsize=8)
def english_words(nlp, parts: tuple[str, ...] = ("noun", "verb", "adj", "adv")) -> frozenset[str]:
    """The lower-case English words the model's lemmatizer knows (WordNet's lemma index), of
    the given parts of speech."""
    from spacy.strings import get_string_id

    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    wanted = [get_string_id(part) for part in parts]
    return frozenset(word for key in wanted if key in index for word in index[key] if word.isalpha())


@lru_cache(maxsize=4)
def clause_words(nlp) -> frozenset[str]:
    """English verbs and adverbs that are not also nouns, and verbs that are not adjectives:
    the words a list item or an instruction opens with ("Ratify", "Fully", "Cooperate")."""
    verbs, adverbs = english_words(nlp, ("verb",)), english_words(nlp, ("adv",))
    nouns, adjectives = english_words(nlp, ("noun",)), english_words(nlp, ("adj",))
    return frozenset((verbs | adverbs) - nouns) | frozenset(verbs - adjectives)


def opens_clause(token) -> bool:
    """The first word of a sentence or of a list item: after a bullet, a number or a quote
    mark that opens the sentence."""
    if token.is_sent_start:
        return True
    doc = token.doc
    index = token.i - 1
    numbered = False
    while index >= 0 and (doc[index].is_punct or doc[index].like_num or doc[index].is_space or doc[index].text in ("•", "-", "–")):
        if doc[index].is_sent_start or numbered and doc[index].text in (";", ":"):
            return True  # "…; 124.6 Ratify …": a numbered item after the one before
        numbered = numbered or doc[index].like_num
        index -= 1
    return False


def not_a_name(span, lowercase_words: set[str], vocabulary: frozenset[str], actions: frozenset[str] = frozenset(),
               names: set[str] = frozenset()) -> int:
    """How many of the span's first words are an ordinary capitalised word, not part of a name:
    0 when the span starts with a name, ``len(span)`` when it is no name at all. ``actions``
    are English verbs and adverbs; ``names`` the words the article capitalises inside sentences."""
    first = span[0]
    if not opens_clause(first) or not first.text[:1].isupper():
        return 0
    if first.tag_ in _OPENING_TAGS and first.ent_type_ not in ("PERSON", "GPE"):
        return 1
    word = first.lower_
    if word in actions and first.text not in names and (len(span) == 1 or span[1].text[:1].islower()):
        return 1  # "Ratify the Convention", "Fully cooperate": a list item's verb or adverb
    if len(span) > 1:
        return 0
    following = span.doc[first.i + 1] if first.i + 1 < len(span.doc) else None
    if word in vocabulary and first.text not in names and following is not None and following.text[:1].islower() \
            and first.ent_type_ != "PERSON" and following.pos_ not in ("VERB", "AUX"):
        return 1  # "Untold thousands of people killed": an English word opening a line, no name
    if first.tag_ in _ADJECTIVE_TAGS and word in lowercase_words:
        return 1  # "'Sovereign power …'" where the body also speaks of "sovereign power"
    if word not in vocabulary and word not in lowercase_words and _near_word(word, vocabulary):
        return 1  # "Unfortunatly, …"
    return 0


def headline_confirmed(surface: str, body_keys: set[str], body_text: str) -> bool:
    """A name from the headline counts only when the body names it too, as a candidate of its
    own or in the same capitalised words."""
    key = name_key(surface)
    return bool(key) and (key in body_keys or f" {surface} " in f" {body_text} ")


def _near_word(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether a word is one edit (a letter dropped, added, changed or two swapped) from an
    English word: the mark of a typo, not of a name."""
    if len(word) < 5:
        return False
    letters = string.ascii_lowercase
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right and left + right[1:] in vocabulary:
            return True
        if len(right) > 1 and left + right[1] + right[0] + right[2:] in vocabulary:
            return True
        for letter in letters:
            if right and left + letter + right[1:] in vocabulary:
                return True
            if left + letter + right in vocabulary:
                return True
    return False


__all__ = ["english_words", "clause_words", "opens_clause", "not_a_name", "headline_confirmed"]
