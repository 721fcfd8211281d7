"""Whether a clause says something happened, though no one in it acts on anyone.

An actor doing nothing to anyone is no action, unless the clause says where ("the expert
arrived in Geneva") or when ("in May 2021 she resigned"). A clause with no actor is a
happening where it is dated and says where or to whom ("protests began in Iran in September
2022"), or where its subject is a word for unrest or conflict (``unrest_nouns`` in the
lexicon: "since fighting erupted in November 2020"): the timeline's dated events no one is
said to cause.
"""

from __future__ import annotations

#: Prepositions that say what an act is about rather than where it is done.
_TOPIC = ("of", "about", "on", "over", "against", "regarding", "concerning")


def dated(date) -> bool:
    """Whether a clause's date is one the article fixes, not only its words ("last week")."""
    return date is not None and date.value is not None


def topic_before_place(verb, kids, places: tuple[str, ...]) -> bool:
    """ "warns of forced labour in X": a place after the verb's topic is the topic's, however
    the parser attached it; "told reporters in Geneva" has none."""
    seen_topic = False
    for child in kids(verb):
        # "over the last ten days" says when, not what about
        if child.dep_ == "prep" and child.lower_ in _TOPIC and not any(
                pobj.ent_type_ in ("DATE", "TIME") for pobj in kids(child)):
            seen_topic = True
        elif child.dep_ == "prep" and child.lower_ in places and seen_topic:
            return True
    return False


def unrest_subject(verb, kids, nouns: frozenset[str]) -> bool:
    """Whether the clause's subject is a common noun for unrest or conflict ("fighting
    erupted", "protests started"), however modified ("anti-government protests")."""
    return any(child.dep_ == "nsubj" and child.pos_ == "NOUN" and child.lemma_.lower() in nouns for child in kids(verb))


__all__ = ["dated", "topic_before_place", "unrest_subject"]
