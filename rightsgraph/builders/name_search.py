"""Names looked up, not compared one by one: people's full names by the words a shorter form
keeps, a cluster's name keys by their first letter, a word where it stands whole in a text,
and the misspelt names of organisations and places among the stretches of a name's width.
Comparing every name with every other grew with the square of a text (issue 17)."""

from __future__ import annotations

import re

from rightsgraph.builders.candidates import Covered
from rightsgraph.builders.merging import cluster_names
from rightsgraph.builders.name_kinds import NAME_PARTICLES
from rightsgraph.builders.names import clean_surface, edit_distance, is_typo_of, name_key, slug
from rightsgraph.builders.nlp import text_of, tokens_of


def name_keys_by_letter(cluster: dict) -> dict[str, list[str]]:
    """The name keys of a cluster's names (its known entity's, or its surfaces'), by their
    first letter, which a name and its typo share (``is_typo_of``); kept in the cluster until
    it gains a surface, since an unknown name is compared with every cluster."""
    known = cluster["info"].get("known")
    count = len(cluster["surfaces"])
    cached = cluster.get("name keys")
    if cached is None or cached[0] != count:
        by_first: dict[str, list[str]] = {}
        for name in (known.names if known else cluster_names(cluster)):
            key = name_key(name)
            if key:
                by_first.setdefault(key[0], []).append(key)
        cached = cluster["name keys"] = (count, by_first)
    return cached[1]


class FullNames:
    """People's full names (name key: person key, in the order found), looked up by the
    words a shorter form keeps: the words they end in ("castano ruiz" of "ines castano
    ruiz"), their last word and their first. Made once a text, instead of going through
    every full name for every name."""

    def __init__(self, keys: dict[str, str]):
        self.keys = keys
        self.by_ending: dict[str, str] = {}
        self.by_last: dict[str, list[str]] = {}
        self.by_first: dict[str, list[str]] = {}
        self.by_opening: dict[str, set[str]] = {}  # "tesfaye alemu" of "tesfaye alemu gebre"
        for full, key in keys.items():
            words = full.split()
            for start in range(1, len(words)):
                self.by_ending.setdefault(" ".join(words[start:]), key)
            for end in range(2, len(words)):
                self.by_opening.setdefault(" ".join(words[:end]), set()).add(key)
            self.by_last.setdefault(words[-1], []).append(key)
            self.by_first.setdefault(words[0], []).append(key)

    def person_key(self, words: list[str], seen: list[tuple[str, str]]) -> str:
        """The key of the person a name's words (name keys) name: the full name a shorter form
        ends ("Castaño Ruiz" of "Inés Castaño Ruiz") or is the one full name to open ("Tesfaye
        Alemu" of "Tesfaye Alemu Gebre"), the one full name a single word ends or begins,
        else the last person seen with that word (``seen``: key, name in text order), else the one
        full name whose long surname it misspells by a letter."""
        name = " ".join(words)
        if len(words) >= 2:
            opened = self.by_opening.get(name, set())
            if name in self.by_ending or len(opened) != 1:
                return self.by_ending.get(name) or self.keys.get(name, slug(name))
            return next(iter(opened))
        word = words[0]
        matches = self.by_last.get(word) or self.by_first.get(word) or []
        if len(matches) == 1:
            return matches[0]
        for key, seen_name in reversed(seen):
            if word in seen_name.split():
                return key
        # "Castelano" after "Marta Castellano": a long surname misspelt by one letter past its first
        misspelt = {key for last, keys in self.by_last.items() if len(last) >= 8 and last[0] == word[0]
                    and abs(len(last) - len(word)) <= 1 and edit_distance(last, word, 1) <= 1 for key in keys}
        return misspelt.pop() if len(misspelt) == 1 else slug(word)

    def surname_key(self, words: list[str], hyphened: bool = False) -> str | None:
        """The key of the one full name that ends, or else begins, in this single word:
        "Haddad" and "Jamal" after "Jamal Haddad", whatever the model calls them; "Prince
        Faisal" after "Faisal bin Nasser"; "Al-Harbi" after "Omar Isa al-Harbi", a surname
        with its particle, and "Ruiz-Tagle" after "Elena Ruiz-Tagle" (``hyphened``: the
        words were one word of the text)."""
        if len(words) == 2 and (words[0] in NAME_PARTICLES or hyphened):
            return self.by_ending.get(" ".join(words))
        if len(words) != 1:
            return None
        matches = set(self.by_last.get(words[0], ())) or set(self.by_first.get(words[0], ()))
        return matches.pop() if len(matches) == 1 else None


_WORD_CHARACTER = re.compile(r"[\w-]")


def whole_words(text: str, word: str):
    """Where ``word`` stands in the text as a word of its own (no word character or hyphen
    either side), left to right, as a pattern with look-arounds would find it, but with
    ``str.find``: a pattern compiled for every person's name and tried at every character
    cost a long text more than its model did."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _WORD_CHARACTER.match(text, at - 1)) and not _WORD_CHARACTER.match(text, end):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def add_misspelt_names(doc, clusters: dict, mentions: list[tuple[int, int, str]]) -> None:
    """"Nile Watch Initative" after "Nile Watch Initiative": a typo the model missed."""
    taken = Covered((start, end) for start, end, _key in mentions)
    tokens = tokens_of(doc)
    capitalised = [token.i for token in tokens if token.text[:1].isupper()]
    starts = [token.idx for token in tokens]
    ends = [token.idx + len(token) for token in tokens]
    text = text_of(doc)
    # the capitalised words that open a stretch of so many words, by the stretch's width
    # and the first letter of its name key: a name is compared only with the stretches of
    # its length give or take two that open as it does, as a typo does (``is_typo_of``;
    # looking at every capitalised word for every name grew with the square of the text)
    by_width: dict[int, dict[tuple[int, str], list[int]]] = {}
    for key, cluster in list(clusters.items()):
        if cluster["info"].get("kind") not in ("organization", "place") or not cluster["surfaces"]:
            continue
        name = max((clean_surface(surface) for _s, _e, surface in cluster["surfaces"]), key=len)
        words = name.split()
        if len(words) < 2 or len(name) < 8:
            continue
        wanted = name_key(name)
        if len(words) not in by_width:
            table = by_width[len(words)] = {}
            for start in capitalised:
                if start + len(words) <= len(doc):
                    begin, end = starts[start], ends[start + len(words) - 1]
                    table.setdefault((end - begin, name_key(text[begin:end])[:1]), []).append(start)
        table = by_width[len(words)]
        for start in sorted(start for width in range(len(name) - 2, len(name) + 3)
                            for start in table.get((width, wanted[:1]), ())):
            begin, end = starts[start], ends[start + len(words) - 1]
            if taken.overlaps(begin, end):
                continue
            window = text[begin:end]
            if name_key(window) != wanted and is_typo_of(name_key(window), wanted):
                cluster["surfaces"].append((begin, end, window))
                mentions.append((begin, end, key))
                taken.add(begin, end)


__all__ = ["FullNames", "add_misspelt_names", "name_keys_by_letter", "whole_words"]
