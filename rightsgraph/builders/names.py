"""Normalise names so that the same actor written differently meets under one key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|')$")


def fold(text: str) -> str:
    """Lower case, straight apostrophes, no accents, single spaces: for comparing names."""
    if text.isascii():  # nothing to straighten or strip: the common case, and a hot one
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(text.lower().split())


@lru_cache(maxsize=65_536)
def name_key(text: str) -> str:
    """The comparison form of a name: folded, without a leading article, possessive or hyphens."""
    text = _LEADING_ARTICLE.sub("", fold(text).strip(" .,;:"))
    text = _POSSESSIVE.sub("", text)
    text = text.replace("-", " ").replace(".", "")
    return " ".join(text.split())


def slug(text: str, limit: int = 80) -> str:
    """A readable IRI segment: ``Inés Castaño Ruiz`` becomes ``ines-castano-ruiz``."""
    text = fold(text).replace("&", " and ")
    text = re.sub(r"'s\b", "s", text)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > limit:
        text = text[:limit].rsplit("-", 1)[0]
    return text or "unnamed"


@lru_cache(maxsize=65_536)
def clean_surface(text: str) -> str:
    """A mention as it should be shown: trimmed, one space between its words, without a
    leading article or trailing possessive."""
    text = re.sub(r"[ \t]{2,}", " ", text.strip(" \t\n,;:.“”\"'‘’()[]"))
    text = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", text)
    text = re.sub(r"(?:['’]s|['’])$", "", text)
    return text.strip()


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def is_typo_of(a: str, b: str) -> bool:
    """Two name keys differ only by a typo: one edit in a long name, two in a very long one."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 8:
        return False
    allowed = 2 if shortest >= 18 else 1
    if abs(len(a) - len(b)) > allowed:
        return False
    # "North Korea" and "South Korea" are not typos of each other: typos keep the first letters
    # (checked first: it is cheap, and few names pass it)
    if not (a[:2] == b[:2] and a.split()[-1][:2] == b.split()[-1][:2] or len(a.split()) > 1 and a.split()[0] == b.split()[0]):
        return False
    return edit_distance(a, b, allowed) <= allowed
