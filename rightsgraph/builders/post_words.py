"""The words a post's name is compared by: its key words, and its head words before the
complement ("High Commissioner" of "High Commissioner for Human Rights")."""

from __future__ import annotations

from rightsgraph.builders.names import slug

#: The words a post's complement opens with: "investigator into human rights in X".
COMPLEMENT_STARTS = frozenset({"of", "for", "on", "to", "into"})


def head_words(label: str) -> list[str]:
    """A post's words before its complement: "Spokesperson" of "Spokesperson for the High
    Commissioner", "High Commissioner" of "High Commissioner for Human Rights"."""
    words = []
    for word in label.lower().replace("-", " ").split():
        if word in COMPLEMENT_STARTS | {"at", "in"} and words:
            break
        words.append(word)
    return words


def key_words(label: str) -> list[str]:
    """The words that tell one post from another, without articles and the UN's name."""
    return [word for word in slug(label).split("-") if word not in ("the", "un", "united", "nations", "of", "a")]
