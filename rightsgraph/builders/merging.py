"""Clusters of mentions that name one thing joined into one: a name and the name it is "also
known as", a one-word name and the one longer name of its kind it opens ("Guantánamo" after
"Guantánamo Bay"), a body's name cut before what it is on ("the Group of Experts" after
"the Group of Experts on Ruritania"), and "UN experts" where one body of experts is named."""

from __future__ import annotations

import re

from rightsgraph.builders.names import clean_surface, name_key

#: What stands between a name and another name of the same thing: "Camp 15, also known as
#: Sungri", "Faisal bin Nasser, widely known as FBN".
_OTHER_NAME = re.compile(r"[\s,(\-–—\ufffd]*(?:also|otherwise|commonly|widely|better|locally)?\s*(?:known|referred to) as\s*(?:the\s+)?[“\"']?\s*$")


#: A name set off after an organisation as its other name: "the Ruritanian army, or Voysk,",
#: "the army – the Voysk –" (the name must close the aside).
_APPOSED_NAME = re.compile(r"\s*(?:,\s*or|[–—])\s*(?:the\s+)?$")
#: The most characters between a name and its other name ("  , also widely known as the “").
_ASIDE_CHARS = 80
_ASIDE_CLOSES = re.compile(r"\s*(?:[,–—.;)]|$)")


def merge_other_names(text: str, clusters: dict, mentions: list[tuple[int, int, str]], genders: dict[str, str]) -> None:
    """A name followed by "also known as" another name, or by an organisation's other name
    set off in an aside (", or Y,", "– the Y –"): both are one thing. The thing the domain
    data knows keeps its key; otherwise the first name's."""
    ordered = sorted(mentions)
    for (start, end, first), (next_start, next_end, second) in zip(ordered, ordered[1:]):
        if first == second or first not in clusters or second not in clusters or next_start < end:
            continue
        between = text[end:next_start]
        if len(between) > _ASIDE_CHARS:
            continue  # no "also known as" nor aside runs this long (and a long run of blanks costs the patterns dear)
        if not _OTHER_NAME.match(between) and not (
                _APPOSED_NAME.match(between) and _ASIDE_CLOSES.match(text, next_end) and _is_name_of_its_own(clusters, first, second)):
            continue
        keep, drop = (second, first) if "known" in clusters[second]["info"] and "known" not in clusters[first]["info"] else (first, second)
        if "known" in clusters[drop]["info"]:
            continue  # two things the data knows apart stay apart
        _merge_cluster(clusters, mentions, genders, keep, drop)
        # the other name used on its own later ("FBN said") is the same thing
        names = {name_key(surface) for _s, _e, surface in clusters[keep]["surfaces"]}
        for other in [key for key, cluster in clusters.items() if key != keep and "known" not in cluster["info"]]:
            surfaces = clusters[other]["surfaces"]
            if surfaces and all(name_key(surface) in names for _s, _e, surface in surfaces):
                _merge_cluster(clusters, mentions, genders, keep, other)


def _is_name_of_its_own(clusters: dict, first: str, second: str) -> bool:
    """Whether ``second`` may be another name of the organisation ``first``: a capitalised name
    no list knows, not a body named by common nouns ("the police, or the army" are two)."""
    info = clusters[second]["info"]
    surfaces = [surface for _s, _e, surface in clusters[second]["surfaces"]]
    return clusters[first]["info"].get("kind") == "organization" and info.get("kind") == "organization" \
        and "known" not in info and not info.get("org_kind") and all(surface[:1].isupper() for surface in surfaces)


def merge_short_names(clusters: dict, mentions: list[tuple[int, int, str]], genders: dict[str, str],
                      landforms: frozenset[str] = frozenset()) -> None:
    """A place or organisation named by one word that begins the one longer name of its kind
    in the article is that thing: "Guantánamo" after "Guantánamo Bay"."""
    def names(cluster) -> set[str]:
        known = cluster["info"].get("known")
        return {name_key(name) for name in (known.names if known else cluster_names(cluster))}

    single = {key: names(cluster) for key, cluster in clusters.items()
              if "known" not in cluster["info"] and cluster["info"].get("kind") in ("place", "organization") and cluster["surfaces"]}
    single = {key: own for key, own in single.items() if all(len(name.split()) == 1 for name in own)}
    if not single:
        return
    # the first words of every longer name, once; not a river's or a valley's, named for a town
    # ("Dovrik" and "the Dovrik River" are two places)
    openings = {key: {name.split()[0] for name in names(cluster) if len(name.split()) > 1 and name.split()[-1] not in landforms}
                for key, cluster in clusters.items()}
    for key, own in single.items():
        if key not in clusters:
            continue
        kind = clusters[key]["info"].get("kind")
        longer = [other for other, words in openings.items() if other != key and other in clusters and words & own
                  and clusters[other]["info"].get("kind", kind) == kind]
        if len(longer) == 1:
            _merge_cluster(clusters, mentions, genders, longer[0], key)


#: Where a body's name says what it is on, for or in: what a short form leaves off.
_TOPIC = re.compile(r" (?:on|for|in|into|of inquiry on) ")


def merge_cut_names(clusters: dict, mentions: list[tuple[int, int, str]], genders: dict[str, str]) -> None:
    """An organisation no list knows, named only by the words of one longer organisation's
    name before its "on …", "for …" or "in …", is that organisation ("the Group of Experts"
    after "the Group of Experts on Ruritania")."""
    names = {key: {name_key(name) for name in cluster_names(cluster)} for key, cluster in clusters.items()
             if cluster["info"].get("kind") == "organization" and cluster["surfaces"]}
    cut = {}
    for key, own in names.items():
        for name in own:
            for match in _TOPIC.finditer(name):
                cut.setdefault(name[: match.start()], set()).add(key)
    for key, own in names.items():
        if key not in clusters or "known" in clusters[key]["info"]:
            continue
        longer = set().union(*(cut.get(name, set()) for name in own)) - {key}
        if len(longer) == 1 and all(name in cut for name in own):
            _merge_cluster(clusters, mentions, genders, longer.pop(), key)


def home_generic_experts(clusters: dict, mentions: list[tuple[int, int, str]], generic: str, bodies: list[str]) -> None:
    """ "UN experts" in an article that names one body of experts (a commission, a mission, a
    working group, a committee) are its members speaking, not the special procedures at large:
    those mentions go to that body. Only the "experts" words move; the names of the special
    procedures themselves stay."""
    if generic not in clusters or len(bodies) != 1:
        return
    body = bodies[0]
    moved = [(start, end, surface) for start, end, surface in clusters[generic]["surfaces"]
             if name_key(surface).split()[-1:] == ["experts"]]
    if not moved:
        return
    spans = {(start, end) for start, end, _surface in moved}
    clusters[body]["surfaces"] += moved
    clusters[generic]["surfaces"] = [item for item in clusters[generic]["surfaces"] if (item[0], item[1]) not in spans]
    mentions[:] = [(start, end, body if key == generic and (start, end) in spans else key) for start, end, key in mentions]
    if not clusters[generic]["surfaces"]:
        del clusters[generic]


def _merge_cluster(clusters: dict, mentions: list[tuple[int, int, str]], genders: dict[str, str], keep: str, drop: str) -> None:
    clusters[keep]["surfaces"] += clusters[drop]["surfaces"]
    for name, value in clusters[drop]["info"].items():
        clusters[keep]["info"].setdefault(name, value)
    del clusters[drop]
    mentions[:] = [(start, end, keep if key == drop else key) for start, end, key in mentions]
    if drop in genders:
        genders.setdefault(keep, genders.pop(drop))


def cluster_names(cluster: dict) -> list[str]:
    return [clean_surface(surface) for _start, _end, surface in cluster["surfaces"]]


__all__ = ["cluster_names", "home_generic_experts", "merge_cut_names", "merge_other_names", "merge_short_names"]
