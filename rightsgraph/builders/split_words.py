"""Words a PDF's text layer splits with a space ("recommenda tions", "Sp ain", "Speci al"),
joined back where the joined word is in the model's vocabulary and a part is not.

Justified lines set their letters apart, and a text layer reads a wide gap inside a word as
a space. Both parts being words ("sect or", "in to") leaves them as they are: a real pair
of words is likelier than a split one.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

_PAIR = re.compile(r"(?<![\w’'-])([A-Za-z]+) (?=([a-z]+)(?![\w’'-]))")


@lru_cache(maxsize=1)
def load_model_words() -> frozenset[str]:
    """The strings of the English model's vocabulary, read from its package (no pipeline loaded)."""
    from rightsgraph.builders.nlp import MODEL_PACKAGES

    for package in MODEL_PACKAGES:
        spec = find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        for strings in Path(next(iter(spec.submodule_search_locations))).glob("*/vocab/strings.json"):
            return frozenset(word for word in json.loads(strings.read_text(encoding="utf-8")) if word.isalpha())
    return frozenset()


def rejoin_split_words(text: str, words: frozenset[str] | None = None) -> str:
    """The text with each split word joined back (the first pair that joins wins)."""
    words = load_model_words() if words is None else words
    if not words:
        return text
    parts: list[str] = []
    last = 0
    for match in _PAIR.finditer(text):
        first, second = match.group(1), match.group(2)
        if match.start() < last:
            continue
        joined = first + second
        if (joined in words or joined.lower() in words) and not (_known(first, words) and _known(second, words)):
            parts.append(text[last:match.start()] + first)
            last = match.end()  # the space dropped; the second part follows as it is
    parts.append(text[last:])
    return "".join(parts)


def _known(part: str, words: frozenset[str]) -> bool:
    return part in words  # as written: "Sp" is no word, though "sp" may be
